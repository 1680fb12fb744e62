package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestFiguresGolden runs testdata/figures: parse.txt lists the figures
// read from each line of its input; every other file compares an old and
// a new section text and lists the changed figures with what they
// measure, or, when it has a roles part, with the role of each figure. Run with -update to rewrite the expected parts, then read the
// git diff.
func TestFiguresGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/figures/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			parts := map[string]string{}
			for _, f := range ar.Files {
				parts[f.Name] = string(f.Data)
			}
			var want, got string
			if in, ok := parts["input"]; ok {
				want = "quantities"
				got = showQuantities(in)
			} else if _, ok := parts["roles"]; ok {
				want = "roles"
				got = showRoles(parts["old"], parts["new"])
			} else {
				want = "changes"
				got = showChanges(parts["old"], parts["new"])
			}
			if *update {
				for i := range ar.Files {
					if ar.Files[i].Name == want {
						ar.Files[i].Data = []byte(got)
					}
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != parts[want] {
				t.Errorf("%s: %s differ\n--- got\n%s--- want\n%s", file, want, got, parts[want])
			}
		})
	}
}

func showQuantities(in string) string {
	var sb strings.Builder
	for _, line := range strings.Split(strings.TrimRight(in, "\n"), "\n") {
		qs := quantities(line, 0)
		if len(qs) == 0 {
			fmt.Fprintf(&sb, "(none) %s\n", line)
			continue
		}
		for _, q := range qs {
			v := strconv.FormatFloat(q.Value, 'g', 10, 64)
			if q.High != 0 {
				v += " — " + strconv.FormatFloat(q.High, 'g', 10, 64)
			}
			fmt.Fprintf(&sb, "%s | %s | %s | %s\n", q.text, v, q.Unit, q.Qualifier)
		}
	}
	return sb.String()
}

func showChanges(old, new string) string {
	a := build("a", sections(old)...)
	b := build("b", sections(new)...)
	r := Compare(a, b, Options{})
	var sb strings.Builder
	for _, n := range r.Summary.ChangedNumbers {
		fmt.Fprintf(&sb, "%s -> %s | %s | %s\n", n.From, n.To, n.Indicator, n.Unit)
	}
	if sb.Len() == 0 {
		return "(none)\n"
	}
	return sb.String()
}

// showRoles lists the changed figures with the role of each side:
// from -> to | old role -> new role | indicator.
func showRoles(old, new string) string {
	a := build("a", sections(old)...)
	b := build("b", sections(new)...)
	r := Compare(a, b, Options{})
	var sb strings.Builder
	role := func(s string) string {
		if s == "" {
			return "?"
		}
		return s
	}
	for _, n := range r.Summary.ChangedNumbers {
		fmt.Fprintf(&sb, "%s -> %s | %s -> %s | %s\n", n.From, n.To, role(n.OldRole), role(n.Role), n.Indicator)
	}
	if sb.Len() == 0 {
		return "(none)\n"
	}
	return sb.String()
}

// sections returns the sections of a golden's side for build: one
// section headed 一、主要目标, or one for each line "# heading" (a part)
// or "## heading" (an item of the part before) and the lines under it.
func sections(text string) []string {
	text = strings.TrimRight(text, "\n")
	if !strings.HasPrefix(text, "# ") {
		return []string{"1|一、主要目标|" + text}
	}
	var out []string
	for _, part := range strings.Split(text[1:], "\n#") {
		level := "1|"
		if rest, ok := strings.CutPrefix(part, "#"); ok {
			level, part = "2|", rest
		}
		heading, body, _ := strings.Cut(part[1:], "\n")
		out = append(out, level+heading+"|"+body)
	}
	return out
}

func TestQuantityEqual(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"3.8万亿元", "38000亿元", true},
		{"4.6%以内", "低于4.6%", true},
		{"2%以上", "超过2%", true},
		{"5%左右", "5%", false},
		{"200万吨", "200万亩", false},
		{"百分之五", "5%", true},
		{"三成", "30%", true},
		{"１２所", "12所", true},
	}
	for _, c := range cases {
		qa, qb := quantities(c.a, 0), quantities(c.b, 0)
		if len(qa) != 1 || len(qb) != 1 {
			t.Errorf("quantities(%q), quantities(%q): %d and %d figures, want 1 each", c.a, c.b, len(qa), len(qb))
			continue
		}
		if got := qa[0].equal(qb[0].Quantity); got != c.want {
			t.Errorf("%q.equal(%q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestQuantityNear(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"12.5亿元", "21350元", false},
		{"3.8万亿元", "3.9万亿元", true},
		{"5到7元", "7.4元", true},
		{"100个", "20个", true},
		{"2个", "300个", false},
		{"0.1%", "15%", true}, // rates move freely
	}
	for _, c := range cases {
		qa, qb := quantities(c.a, 0), quantities(c.b, 0)
		if len(qa) != 1 || len(qb) != 1 {
			t.Errorf("quantities(%q), quantities(%q): %d and %d figures, want 1 each", c.a, c.b, len(qa), len(qb))
			continue
		}
		if got := qa[0].near(qb[0].Quantity); got != c.want {
			t.Errorf("%q.near(%q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestChangeWords(t *testing.T) {
	cases := []struct {
		between string
		want    bool
	}{
		{"，比上年增加", true},
		{"，增长", true},
		{"、同比增长", true},
		{"，比上年预算减少", true},
		{"，比去年扩大", true}, // 开支比去年扩大1.6万亿元左右: what it grew by
		{"，较去年同期下降", true},
		{"资金，支持再就业", false},
		{"，新增", false},
		{"增加到", false}, // 从26万增加到28万: a start and an end
		{"，按可比价格计算比上年增长", true},
		{"，实际增长", true},
		{"、年均增长", true},
	}
	for _, c := range cases {
		if got := changeWords(c.between); got != c.want {
			t.Errorf("changeWords(%q) = %v, want %v", c.between, got, c.want)
		}
	}
}

func TestScopesApart(t *testing.T) {
	cases := []struct {
		a, b  string
		manyA bool
		want  bool
	}{
		{"区本级固定资产投资增长", "全社会固定资产投资增长", false, true},
		{"区本级全社会固定资产投资额", "全社会固定资产投资增长", false, false},
		{"城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", false, true},
		{"城乡居民可支配收入增长", "城镇居民人均可支配收入增长", false, true},
		{"城乡居民人均可支配收入分别增长", "城镇居民人均可支配收入增长", true, false},
		{"进出口总额增长", "出口总额增长", false, true},
		{"进出口总额增长", "外贸进出口增长", false, false},
		{"省级科技型中小企业", "国家科技型中小企业达到", false, true},
		{"新增营业面积", "新增商业营业面积", false, false},
		{"全省净增各类市场主体", "市场主体总量", false, true},
		{"新登记市场经营主体", "市场经营主体总量", false, true},
		{"高技术制造业增加值占规模以上工业比重", "规模以上工业增加值增长", false, true},
		{"中央和地方财政安排扶贫资金", "中央财政安排扶贫资金", false, true},
		{"中央财政赤字", "财政赤字", false, false},
		{"压减钢铁产能", "压减粗钢产量", false, true},
		{"化解过剩钢铁产能", "压减钢铁产能", false, false},
	}
	for _, c := range cases {
		if got := scopeOf(c.a, c.manyA).apart(scopeOf(c.b, false)); got != c.want {
			t.Errorf("scopeOf(%q, %v).apart(scopeOf(%q)) = %v, want %v", c.a, c.manyA, c.b, got, c.want)
		}
	}
}

func TestSiblings(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"高新技术产业增加值增长12%", "服务业增加值增长3.3%", true},
		{"社会消费品零售总额增长6.3%", "全省网络消费零售额增长20%", true},
		{"振兴107个重点县域特色产业集群", "全省超百亿元特色产业集群达到90个", true},
		{"新建高标准农田120万亩", "建设高标准农田100万亩", false},               // verbs say no kind
		{"规模以上工业增加值增长9%", "工业增加值增长8%", false},                 // one says nothing of the head
		{"全省地区生产总值增长6%", "全市地区生产总值增长5%", false},               // the place is the report's
		{"五是推进教师交流，交流比例不低于15%", "四是推进教师交流，交流比例不低于20%", false}, // list marks
		{"外贸进出口总额达到2890亿美元", "我国年进出口总额达到3251亿美元", false},      // 年 alone names no kind
		{"新增海上风电装机规模超120万千瓦", "新增屋顶光伏装机规模超500万千瓦", true},      // both added: 新增 is no head
		{"新增高标准农田120万亩", "新增高标准农田100万亩", false},
	}
	for _, c := range cases {
		fa, fb := sideFigures(c.a, 0), sideFigures(c.b, 0)
		if len(fa) != 1 || len(fb) != 1 {
			t.Fatalf("%q, %q: want one figure each", c.a, c.b)
		}
		if got := siblings(fa[0], fb[0]); got != c.want {
			t.Errorf("siblings(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestShareOf(t *testing.T) {
	cases := []struct {
		a, b  string
		alike bool
	}{
		{"高技术制造业增加值占规模以上工业比重提高到", "制造业增加值占地区生产总值比重达", false},
		{"服务业增加值占地区生产总值比重达", "服务业增加值占全市地区生产总值的比重达到", true},
		// the whole economy by any of its names
		{"非公有制经济增加值占地区生产总值的比重达到", "非公有制经济占国民经济比重达到", true},
		{"数字经济核心产业增加值占GDP比重", "数字经济核心产业增加值占生产总值比重", true},
		{"研发经费投入占财政支出比例", "研发经费投入占地区生产总值比重", false},
		// the share without 比重, said right before the figure
		{"民生投入占本级财政总支出的", "民生投入占本级财政总支出比重", true},
	}
	for _, c := range cases {
		a, b := shareOf(c.a), shareOf(c.b)
		if len(a) == 0 || len(b) == 0 {
			t.Errorf("%s / %s: no share read (%q, %q)", c.a, c.b, string(a), string(b))
			continue
		}
		if got := alike(a, b) || alike(b, a); got != c.alike {
			t.Errorf("%s (%s) / %s (%s): alike %v, want %v", c.a, string(a), c.b, string(b), got, c.alike)
		}
	}
	if w := shareOf("地区生产总值增长6%"); w != nil {
		t.Errorf("no share named, got %q", string(w))
	}
}

// TestScopeAddedOrTotal: an indicator that names both what a year added
// and a total (新增…, then 总量突破 in the clause that borrows the thing's
// name) is what the words nearest its figure say.
func TestScopeAddedOrTotal(t *testing.T) {
	cases := []struct {
		a, b  string
		apart bool
	}{
		{"新增市场经营主体总量突破", "新登记市场经营主体", true},
		{"市场经营主体总量达到", "新增市场经营主体", true},
		{"新增市场经营主体", "新登记市场经营主体", false},
		{"累计新增城镇就业", "新增城镇就业", false},
		{"新增市场经营主体总量突破", "市场经营主体总数", false},
	}
	for _, c := range cases {
		if got := scopeOf(c.a, false).apart(scopeOf(c.b, false)); got != c.apart {
			t.Errorf("scopes of %s and %s apart: %v, want %v", c.a, c.b, got, c.apart)
		}
	}
}

func TestYearRun(t *testing.T) {
	cases := []struct {
		text string // the figure is the last X
		want bool
	}{
		{"五年来，就业X。", false},
		{"五年来，就业X。\n2032年是收官之年。\n一是稳就业。就业X。", true},
		{"五年来，就业X。\n一年来，我们着力办好几件大事：\n就业X。", true},
		{"过去一年，就业X。", true},
		// a new term's report tells the last of the five years it reviews
		// as the one just gone
		{"五年来，就业X。\n刚刚过去的2032年，我们稳住了基本盘。就业X。", true},
		{"五年来，就业X。\n各位代表！刚刚过去的一年，极不平凡。就业X。", true},
		{"刚刚过去的五年，就业X。", false},
		{"2032年是收官之年。\n各位代表！过去五年的成绩来之不易。就业X。", false},
		{"2032年是收官之年。\n五年来，就业X。", false},
		{"2028年以来，就业X。", false},
		{"2028—2032年，就业X。", false},
	}
	for _, c := range cases {
		if got := yearRun(c.text, strings.LastIndex(c.text, "X")); got != c.want {
			t.Errorf("yearRun(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRatioPart(t *testing.T) {
	cases := []struct {
		s, fig string
		want   bool
	}{
		{"三次产业结构为4.2∶40.1∶55.7。", "4.2", true},
		{"三次产业结构为4.2∶40.1∶55.7。", "40.1", true},
		{"三次产业结构为4.2:40.1:55.7。", "55.7", true},
		{"城乡居民收入比2.45∶1。", "2.45∶1", false},
		{"主要目标：6%左右。", "6%左右", false},
		{"完成800平方千米范围的1:5000比例尺测绘。", "5000", true},
	}
	for _, c := range cases {
		found := false
		for _, q := range quantities(c.s, 0) {
			if q.text != c.fig {
				continue
			}
			found = true
			if got := ratioPart(c.s, q); got != c.want {
				t.Errorf("ratioPart(%q, %s) = %v, want %v", c.s, c.fig, got, c.want)
			}
		}
		if !found {
			t.Errorf("%q: figure %s not read", c.s, c.fig)
		}
	}
}

func TestTotalNearer(t *testing.T) {
	cases := []struct {
		before string
		want   bool
	}{
		{"新增高新技术企业总量", true},  // 新增…160家，总量2400家: the total
		{"新增发电装机容量", false},   // a capacity added
		{"新增专精特新中小企业", false}, // what the year added
		{"新增市场经营主体总数达", true}, // the total reached
		{"高新技术企业总量新增", false}, // what the total grew by
	}
	for _, c := range cases {
		if got := totalNearer(c.before); got != c.want {
			t.Errorf("totalNearer(%s) = %v, want %v", c.before, got, c.want)
		}
	}
}

func TestReachedPassed(t *testing.T) {
	for _, c := range []struct {
		indicator, text string
		want            bool
	}{
		{"国家高新技术企业", "突破2600家", true}, // 突破 read as the qualifier
		{"国家高新技术企业", "超过2600家", false},
		{"新增国家高新技术企业", "160家", false},
		{"装机容量达到", "380万千瓦", true},
	} {
		f := fig{indicator: c.indicator}
		f.text = c.text
		if got := reached(f); got != c.want {
			t.Errorf("reached(%s|%s) = %v, want %v", c.indicator, c.text, got, c.want)
		}
	}
}

// TestPartAndWhole checks that a part said with 其中 never pairs with a
// whole said as a sum or followed by its parts, and that a sum of a list
// never pairs with a figure of some of its items (fictional).
func TestPartAndWhole(t *testing.T) {
	for _, c := range []struct {
		a, b       string
		ka, kb     int // the figures compared
		wantPaired bool
	}{
		{"全市政府债务限额合计9.5亿元。", "全市政府债务限额10.5亿元，其中政府专项债务限额8.5亿元。", 0, 1, false},
		{"全市政府债务限额合计9.5亿元。", "全市政府债务限额10.5亿元，其中政府专项债务限额8.5亿元。", 0, 0, true},
		{"政府专项债务限额7.5亿元。", "全市政府债务限额10.5亿元，其中政府专项债务限额8.5亿元。", 0, 1, true},
		{"全市政府债务限额7亿元，其中政府专项债务限额5亿元。", "全市政府债务限额10.5亿元，其中政府专项债务限额8.5亿元。", 1, 0, false},
		{"新建公共租赁住房1200套。", "开工建设公共租赁住房、城中村改造住房共2600套。", 0, 0, false},
		{"新建公共租赁住房、城中村改造住房1900套。", "开工建设公共租赁住房、城中村改造住房共2600套。", 0, 0, true},
		{"新建改扩建学校12所。", "新建、改扩建学校共15所。", 0, 0, true},
	} {
		fa, fb := sideFigures(c.a, 0), sideFigures(c.b, 0)
		w := &figWeights{df: map[uint64]int{}}
		w.add(fa)
		w.add(fb)
		if _, ok := w.match(fa[c.ka], fb[c.kb]); ok != c.wantPaired {
			t.Errorf("match(%s of %q, %s of %q) = %v, want %v", fa[c.ka].text, c.a, fb[c.kb].text, c.b, ok, c.wantPaired)
		}
	}
}

func TestSumOf(t *testing.T) {
	for _, c := range []struct {
		before string
		parts  int // items told apart, 0 if no sum of a list
		sum    bool
	}{
		{"建设公共租赁住房、城中村改造住房共", 2, true},
		{"新建、改扩建学校共计", 2, true},
		{"全市财政赤字合计", 0, true},
		{"乡镇文化站、村级服务中心和城乡公共", 0, false}, // 公共 is no sum word
		{"新建公共租赁住房", 0, false},
	} {
		if got := len(sumOf(c.before)); got != c.parts {
			t.Errorf("len(sumOf(%q)) = %d, want %d", c.before, got, c.parts)
		}
		if got := sumSaid(c.before); got != c.sum {
			t.Errorf("sumSaid(%q) = %v, want %v", c.before, got, c.sum)
		}
	}
}

// TestPlainName checks the words figures across sections are read in: a
// time word, a verb that says a figure was reached (达到, 完成, 实现), the
// place's whole opening the name (全县) and a code with a digit after the Chinese
// name go; a code without a digit may be the name itself and stays.
func TestPlainName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"今年全市广义货币M2增长目标为", "广义货币增长目标为"},
		{"去年外贸总额达到", "外贸总额"},
		{"全年进出口总额", "进出口总额"},
		{"单位GDP能耗下降", "单位GDP能耗下降"},
		{"M2增长", "M2增长"},
		{"今年", "今年"},
		{"地区生产总值达到比上年增长", "地区生产总值增长"},
		{"全县粮食产量比去年增加", "粮食产量增加"},
		{"全区地区生产总值完成", "地区生产总值"},
		{"力争实现新建改建农村公路", "力争新建改建农村公路"},
	} {
		if got := plainName(c.in); got != c.want {
			t.Errorf("plainName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClauseSubject(t *testing.T) {
	for _, c := range []struct {
		in    string
		thing bool // the figure after names nothing after it
		want  string
	}{
		{"油菜籽产量连续三年增加，", true, "油菜籽产量"},
		{"茶叶产值屡创新高，", true, "茶叶产值"},
		{"茶油（精炼）产量连续五年增加，", true, "茶油产量"},     // a note in brackets inside the name
		{"全县地区生产总值增长7%，", true, "全县地区生产总值增长"}, // a clause with a figure: whole
		{"比上年增加2.1亿元，", true, "比上年增加"},        // the difference's words, no name
		{"增长较快，", true, "增长较快"},               // no name before the verb: whole
		{"实施120项城建重点项目，", true, "实施城建重点项目"},   // its thing named after its figure
		{"建成96个口袋公园，", false, "建成"},           // the figure after names its own thing
	} {
		end := len(c.in) - len("，")
		if got := clauseSubject(c.in, end, c.thing); got != c.want {
			t.Errorf("clauseSubject(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestYearsSummed: a sentence that opens with a span of years summed up
// (五年累计，…；…) sums every item its semicolons part, so a decline over
// the five years is no change of one year's decline, though both are
// rates and neither names the years in its own words.
func TestYearsSummed(t *testing.T) {
	old := sideFigures("全县着力推进节能降耗和污染治理。五年累计，关停小煤窑十二座；新建乡镇污水处理站六座；化学需氧量、氨氮排放量分别下降15.4%和17.1%。", 0)
	cur := sideFigures("过去一年，全县新建乡镇污水处理站两座，化学需氧量、氨氮排放量分别下降3.1%、2.6%。", 0)
	if len(old) < 2 || len(cur) != 2 {
		t.Fatalf("figures: %d old, %d new", len(old), len(cur))
	}
	old = old[len(old)-2:] // the rates, after the counts of the items before
	for k := range old {
		if !old[k].summed || cur[k].summed {
			t.Errorf("figure %d: summed %v (old) %v (new), want true, false", k, old[k].summed, cur[k].summed)
		}
		if !yearsTotal(old[k], cur[k]) && old[k].years5 != cur[k].years5 {
			t.Errorf("figure %d: %s and %s read as one measure", k, old[k].text, cur[k].text)
		}
	}
	// another sum, 累计 said in an earlier clause of its sentence: no
	// year's figure, so the sums may pair
	four := sideFigures("前四年累计单位生产总值能耗下降11.3%，化学需氧量、氨氮排放量分别下降9.8%和12.4%。", 0)
	if len(four) != 3 || !four[1].sumNear || yearsTotal(old[0], four[1]) {
		t.Errorf("a sum said with 累计 earlier in its sentence read as one year's: %+v", four)
	}
	if one := sideFigures("全县着力推进污染治理。去年，化学需氧量排放量下降3.3%；氨氮排放量下降2.7%。", 0); len(one) != 2 || one[1].summed {
		t.Errorf("a sentence opening with a year sums nothing: %+v", one)
	}
}

// TestOwnName: a figure read against a whole part (unitemized) must be
// named by the words before it, more than one word, and be no total of
// several years (fictional, 明湖市鹭洲区).
func TestOwnName(t *testing.T) {
	cases := []struct {
		text string
		k    int // which figure of text
		want bool
	}{
		{"城镇新增就业4120人，失业人员再就业1260人。", 0, true},
		{"城镇新增就业4120人，失业人员再就业1260人。", 1, true},
		{"投资6300万元，重点实施了第二中学改扩建等4项工程。", 0, false},
		{"五年累计，共淘汰落后产能130万吨。", 0, false},
		{"城镇和农村居民人均可支配收入分别达43600元、25300元，分别同比增长6.2%。", 2, false},
	}
	for _, c := range cases {
		figs := sideFigures(c.text, 0)
		if len(figs) <= c.k {
			t.Fatalf("%s: %d figures", c.text, len(figs))
		}
		if got := ownName(figs[c.k]); got != c.want {
			t.Errorf("ownName(%s, %d) = %v, want %v", c.text, c.k, got, c.want)
		}
	}
}

// TestScopedHead: one of several things named before 分别 takes the name
// the last ends with when it is only the scope that sets it apart.
func TestScopedHead(t *testing.T) {
	cases := []struct{ item, last, want string }{
		{"城镇", "农村居民人均可支配收入", "城镇居民人均可支配收入"},
		{"城镇居民", "农村居民人均可支配收入", "城镇居民人均可支配收入"},
		{"出口", "进口总额", "出口总额"},
		{"工业", "服务业增加值", "工业"},      // no scope: where 服务业's name ends is not said
		{"政府会议", "发文数量", "政府会议"},    // two whole names
		{"城镇", "农村", "城镇"},          // nothing shared
		{"城乡", "农村居民人均可支配收入", "城乡"}, // the whole is no scope of its parts
		{"种植业", "林业的投资", "种植业的投资"},
		{"种植业的产值", "林业的投资", "种植业的产值"}, // its own 的: its own name
	}
	for _, c := range cases {
		if got := scopedHead(c.item, c.last); got != c.want {
			t.Errorf("scopedHead(%s, %s) = %s, want %s", c.item, c.last, got, c.want)
		}
	}
	got := respectively("城镇和农村居民人均可支配收入分别增长", 2)
	if want := []string{"城镇居民人均可支配收入", "农村居民人均可支配收入"}; !slices.Equal(got, want) {
		t.Errorf("respectively = %v, want %v", got, want)
	}
}

func TestListTotalOf(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"全年市级财政用于科技、教育、卫生、文化等方面的支出", true},
		{"农业、工业等", true},
		{"科技、教育、卫生和文化事业的支出分别为", false}, // one by one
		{"基础教育、高等教育在学人数", false},       // 高等 is a word's 等
		{"评选一等奖、二等奖", false},
		{"科技、教育支出", false}, // no 等: each or both, unsaid
	} {
		if got := listTotalOf(c.before); got != c.want {
			t.Errorf("listTotalOf(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}

func TestSharerOf(t *testing.T) {
	for _, c := range []struct{ before, sentence, want string }{
		{"全市研发经费支出占地区生产总值比重", "", "研发经费支出"},
		// the clause names a year only: the sentence's first clause
		{"2030年占地区生产总值比重达到", "全市财政性教育经费支出五年累计86.4亿元，年均增长9.2%，", "财政性教育经费支出五年累计"},
	} {
		if got := string(sharerOf(c.before, c.sentence)); got != c.want {
			t.Errorf("sharerOf(%q, %q) = %q, want %q", c.before, c.sentence, got, c.want)
		}
	}
}
