package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// hardWrap cuts each paragraph into lines of width characters, as a text
// saved with fixed-width lines has them.
func hardWrap(paras []string, width int) []string {
	var out []string
	for _, p := range paras {
		r := []rune(p)
		for len(r) > width {
			out = append(out, string(r[:width]))
			r = r[width:]
		}
		out = append(out, string(r))
	}
	return out
}

func TestJoinWrapsHeadingFillsWidth(t *testing.T) {
	const width = 30
	body := "全年新建改建学校12所，新增学位8000个，完成老旧小区改造46个，惠及居民1.2万户，城乡居民收入稳步增长，社会保障水平持续提高，群众获得感不断增强。"
	head := func(h string) []string { return []string{h, body} }
	var paras []string
	paras = append(paras, head("（一）稳住经济大盘，推动质效提升")...)
	paras = append(paras, head("（二）聚力产业转型，加快建设现代化产业体系")...)
	// 30 characters: the heading fills the line, and its paragraph opens
	// with a lead sentence.
	filled := "（三）坚定不移深化改革扩大开放，持续增强湖滨新城发展活力动力"
	if n := utf8.RuneCountInString(filled); n != width {
		t.Fatalf("the filled heading has %d characters, want %d", n, width)
	}
	paras = append(paras, filled, "优化营商环境。"+body)
	paras = append(paras, head("（四）办好民生实事，提高群众幸福指数")...)
	paras = append(paras, head("（五）加强政府自身建设，提升行政效能")...)
	got := joinWraps(hardWrap(paras, width), "", nil)
	if !slices.Contains(got, filled) {
		t.Errorf("joinWraps joined the heading that fills the width with its paragraph:\n%q", got)
	}
	if !slices.Contains(got, "（一）稳住经济大盘，推动质效提升") || !slices.Contains(got, "优化营商环境。"+body) {
		t.Errorf("joinWraps(hard-wrapped text) =\n%q", got)
	}
}

// A numbered heading that fills a hard-wrapped line by chance stays a line
// of its own when its siblings are too long for the line and the wrap cut
// each, leaving a short tail with no full stop: their shape tells it a
// heading (not a numbered paragraph's first line, not a lead whose
// sentence ends in the next line), whether its paragraph opens with a
// short sentence or fills its first line. r73i: the wrap-32 copies of
// three dev reports (jianggufan) read the heading with the paragraph's
// first sentence, or cut at its comma.
func TestJoinWrapsHeadingFillsWidthAmongWrapped(t *testing.T) {
	const width = 32
	body := "全年新建改建学校12所，新增学位8000个，完成老旧小区改造46个，惠及居民1.2万户，城乡居民收入稳步增长，社会保障水平持续提高，群众获得感不断增强。"
	lead := "统筹推进城乡建设。" + body
	full := "坚持以产业兴旺带动乡村全面发展，推动农业增效、农村增美、农民增收，" + body
	second := "（二）坚持在城乡融合上协同发力，推动新型城镇化与乡村振兴互促共进"
	fourth := "（四）坚持在生态保护上持续发力，全力筑牢望川流域重要生态安全屏障"
	for _, h := range []string{second, fourth} {
		if n := utf8.RuneCountInString(h); n != width {
			t.Fatalf("%s has %d characters, want %d", h, n, width)
		}
	}
	paras := []string{
		"（一）坚持在产业升级上持续发力，加快构建具有明湖特色的现代化产业体系", body,
		second, lead,
		"（三）坚持在改革创新上集中发力，加快培育和塑造明湖发展的新动能新优势", body,
		fourth, full,
		"（五）坚持在民生保障上主动发力，更好满足全市人民群众对美好生活的向往", body,
	}
	got := joinWraps(hardWrap(paras, width), "", nil)
	for _, want := range paras {
		if !slices.Contains(got, want) {
			t.Errorf("joinWraps(wrapped at %d) lost %q:\n%q", width, want, got)
		}
	}
}

// A hard wrap that falls inside a run of figures (…降至 / 36、28微克…)
// leaves a line that opens as a list's item would: it is the rest of the
// paragraph all the same, and the text reads as it does unwrapped, the
// number kept. A list's real items, after a line that ends its sentence,
// stay lines of their own, a year after their number too. r73i: dev
// jianggufan 安顺 (211、985) and probes at three other sites (5、6号,
// 72、43, 6、1.2) under wrap-32/38.
func TestCleanWrapInsideFigures(t *testing.T) {
	const width = 30
	paras := []string{
		"一、2030年工作回顾",
		"过去一年，明湖全市细颗粒物和可吸入颗粒物的年平均浓度分别降至36、28微克/立方米，优良天数比例达到百分之九十二，望川水质稳定达标，生态环境持续改善。",
		"全市加快能源项目建设，推进燃气电厂扩建，开工建设青禾光伏电站3、4号机组和西山风电场，新增清洁能源装机容量一百二十万千瓦，能源结构更趋优化。",
		"二、2031年主要任务",
		"今年要重点做好以下工作：",
		"1、2031年全面完成城乡供水一体化工程，让农村群众喝上放心水。",
		"2、2031年底前建成市域快速路环线，城区主干道通行效率明显提升。",
	}
	// (a text long enough to show its wrap width)
	para := "过去一年，我们坚持稳中求进工作总基调，统筹发展和安全，扎实做好各项工作，全市经济社会发展取得新的成绩，城乡面貌持续改善，人民生活水平稳步提高。"
	paras = append(paras, "三、加强政府自身建设", para, para, para, para)
	plain, _ := Clean(strings.Join(paras, "\n"))
	if !strings.Contains(plain, "分别降至36、28微克") || !strings.Contains(plain, "\n2、2031年底前") {
		t.Fatalf("Clean(plain) =\n%s", plain)
	}
	wrapped := hardWrap(paras, width)
	// the wrap falls right before each run of figures
	for _, l := range []string{"36、28微克", "3、4号机组"} {
		found := false
		for _, w := range wrapped {
			found = found || strings.HasPrefix(w, l)
		}
		if !found {
			t.Fatalf("no line opens with %s at width %d:\n%s", l, width, strings.Join(wrapped, "\n"))
		}
	}
	if got, _ := Clean(strings.Join(wrapped, "\n")); got != plain {
		t.Errorf("Clean(wrapped at %d) =\n%s\nwant\n%s", width, got, plain)
	}
}

// A paragraph cut inside a quotation by a manual line break, in a text that
// keeps each paragraph on a line (…是实施“十 / 四五”规划…), is one line again:
// no line ends with a quotation left open. Found by probe r46c (a search for
// 十四五 missed the paragraph, whose first half was read as a heading).
func TestJoinWrapsQuoteLeftOpen(t *testing.T) {
	// The page's other breaks fell at a width, which makes a line well
	// short of it end its paragraph.
	para := "望川县坚持稳中求进，扎实推进各项工作，全县经济运行总体平稳、稳中有进，城乡居民收入稳步增长，群众获得感不断增强。"
	lines := hardWrap([]string{para, para, para, para, para, para}, 30)
	lines = append(lines, "今年是全面落实县委部署的重要一年，是实施“十", "四五”规划的攻坚之年，做好今年工作意义重大。")
	got := joinWraps(lines, "", nil)
	want := "今年是全面落实县委部署的重要一年，是实施“十四五”规划的攻坚之年，做好今年工作意义重大。"
	if got[len(got)-1] != want {
		t.Errorf("joinWraps: last line %q, want %q", got[len(got)-1], want)
	}
	for _, c := range []struct {
		p, l string
		want bool
	}{
		{"是实施“十", "四五”规划的攻坚之年。", true},
		{"扎实推动“三城”建设", "着力办好民生实事。", false},
		{"（一）实施“青禾", "行动”，推动发展。", true},
		{"是实施“十", "二、2032年工作安排", false},
		{"（一）全面落实《", "望川县营商条例》，市场活力增强。", true},
		{"（二）推进乡村建设（", "二期），面貌改善。", true},
		{"（三）推进乡村建设（一期）", "农村面貌明显改善。", false},
		{"（四）落实《", "（五）加强基层治理。", false},
	} {
		if got := quoteLeftOpen(c.p, c.l); got != c.want {
			t.Errorf("quoteLeftOpen(%q, %q) = %v, want %v", c.p, c.l, got, c.want)
		}
	}
}

// A wrap at a fixed width falls beside any character: beside the point of
// a decimal written full-width (1 / ．5, 2． / 4), an ASCII comma or colon
// after Chinese words, inside brackets around them. Clean folds those
// marks by their neighbours, and the joined text reads as the text that
// was never wrapped.
func TestCleanWrapBesideFoldedMarks(t *testing.T) {
	paras := []string{
		"一、2030年工作回顾",
		"过去一年，明湖市地区生产总值达到１．５万亿元，增长６．２％,规模以上工业增加值增长７．１％,城镇新增就业３．６万人,居民人均可支配收入增长５．８％。",
		"全市出台《明湖市促进民营经济发展条例(试行)》等法规４件,制定《明湖市数据资源管理办法(暂行)》等规章３件:依法行政水平持续提升，政务服务事项网上可办率达到９８．６％。",
		"二、2031年主要任务",
		"今年主要预期目标是:地区生产总值增长６％左右,一般公共预算收入增长５．５％,城镇调查失业率控制在５．５％以内,居民收入增长与经济增长同步。",
	}
	plain, _ := Clean(strings.Join(paras, "\n"))
	// (at 23, 24 and 27 a line ends with a closing mark or a colon, which
	// the joiner takes for a paragraph's end: another class)
	for _, width := range []int{25, 26, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37} {
		wrapped, _ := Clean(strings.Join(hardWrap(paras, width), "\n"))
		if wrapped != plain {
			t.Errorf("Clean(wrapped at %d) =\n%s\nwant\n%s", width, wrapped, plain)
		}
	}
}

// A paragraph a dash opens (a report's list of the year's results) that a
// hard wrap cut reads as the same paragraph on one line: its first line,
// filled with a clause, is no subtitle. The title's date line, which names
// the meeting, stays a line of its own.
func TestCleanWrapDashParagraph(t *testing.T) {
	paras := []string{
		"明湖市政府工作报告",
		"——2031年1月10日在明湖市第九届人民代表大会第三次会议上",
		"各位代表：",
		"一、2030年工作回顾",
		"——全市经济运行在复杂多变的外部环境中保持稳中向好的态势，结构调整在重点领域和关键环节取得新的进展，地区生产总值增长百分之六点二。",
		"——各项改革在国有企业、财税金融和营商环境等方面持续深化，对外开放的水平和质量不断提升，新登记市场主体四点二万户。",
		"——民生保障在就业、教育、医疗和社会救助等方面有力有效，群众的获得感和幸福感明显提升，城镇新增就业三点六万人。",
	}
	// (a text long enough to show its wrap width)
	para := "过去一年，我们坚持稳中求进工作总基调，统筹发展和安全，扎实做好各项工作，全市经济社会发展取得新的成绩，城乡面貌持续改善，人民生活水平稳步提高。"
	paras = append(paras, "二、2031年主要任务", para, para, para, para, para, para)
	var indented []string
	for _, p := range paras {
		indented = append(indented, "　　"+p)
	}
	plain, _ := Clean(strings.Join(paras, "\n"))
	for _, width := range []int{34, 36, 38, 40} {
		wrapped, _ := Clean(strings.Join(hardWrap(indented, width), "\n"))
		if wrapped != plain {
			t.Errorf("Clean(wrapped at %d) =\n%s\nwant\n%s", width, wrapped, plain)
		}
	}
}
