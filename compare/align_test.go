package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// build makes a document from lines "level|heading|text" (text may be
// empty), with paths, ordinals and IDs filled in the way corpus.Split
// fills them.
func build(id string, lines ...string) *corpus.Document {
	d := &corpus.Document{ID: id}
	var stack []string
	var levels []int
	for n, l := range lines {
		f := strings.SplitN(l, "|", 3)
		if len(f) != 3 {
			panic("build: want level|heading|text, got " + l)
		}
		var level int
		fmt.Sscan(f[0], &level)
		for len(levels) > 0 && levels[len(levels)-1] >= level {
			levels, stack = levels[:len(levels)-1], stack[:len(stack)-1]
		}
		path := append([]string{}, stack...)
		d.Sections = append(d.Sections, corpus.Section{
			ID: corpus.SectionID(id, n), DocID: id, Heading: f[1], Level: level,
			Path: path, Ordinal: n, Text: f[2],
		})
		if level > 0 {
			levels, stack = append(levels, level), append(stack, f[1])
		}
	}
	return d
}

// fixture texts: a fictional city's education plan, 青溪市, two years.
const (
	txPreschool   = "新建改扩建公办幼儿园6所，新增学位2000个，重点解决城东新区配套园不足问题。严格落实城镇小区配套园规划、建设、移交和使用管理制度。"
	txCompulsory  = "实施义务教育学校建设工程，新建改扩建中小学12所，新增学位1.5万个，全面消除大班额。加快青溪实验学校等重点项目建设，确保秋季学期如期投入使用。"
	txAfterSchool = "推进义务教育学校课后服务全覆盖，课后服务覆盖率达到95%，学生参与率达到85%以上。丰富课后服务内容，开设科技、体育、艺术、阅读等兴趣课程。"
	txTeachers    = "实施新一轮中小学教师全员培训，年内培训教师8000人次。加强名师名校长培养，新认定市级学科带头人和骨干教师200名，重点向乡村学校和紧缺学科倾斜。"
	txEthics      = "把师德师风作为评价教师素质的第一标准，健全师德考核评价机制，开展师德师风专题教育，对违反师德行为发现一起、查处一起。"
	txPE          = "开齐开足上好体育与健康课程，保障学生每天校内外各1小时体育活动时间，广泛开展校园足球、篮球和传统体育项目。"
	txLabour      = "落实大中小学劳动教育指导纲要，中小学每周安排不少于1课时劳动教育课，建设市级中小学劳动教育实践基地10个。"
	txEpidemic    = "严格落实校园疫情防控各项措施，健全校园疫情应急处置机制，做好师生健康监测和晨午检工作，确保校园安全和正常教学秩序。"
	txDigital     = "深入实施国家教育数字化战略行动，用好国家智慧教育公共服务平台，推动优质数字资源向乡村学校延伸，培育智慧教育示范校15所。"
	txFunding     = "确保一般公共预算教育支出逐年只增不减，确保按在校学生人数平均的一般公共预算教育支出逐年只增不减，加强教育经费绩效管理。"
)

func oldPlan() *corpus.Document {
	return build("old",
		"1|一、推进基础教育优质均衡发展|",
		"2|（一）扩大学前教育普惠资源|"+txPreschool,
		"2|（二）推进义务教育优质均衡发展|"+txCompulsory,
		"2|（三）全面落实“双减”工作|"+txAfterSchool,
		"1|二、加强体育美育和劳动教育|",
		"2|（一）加强体育|"+txPE,
		"2|（二）加强劳动教育|"+txLabour,
		"1|三、建设高素质教师队伍|",
		"2|（一）加强师德师风建设|"+txEthics,
		"2|（二）提升教师专业能力|"+txTeachers,
		"1|四、强化教育保障|",
		"2|（一）落实教育经费投入|"+txFunding,
		"2|（二）做好常态化疫情防控|"+txEpidemic,
	)
}

func newPlan() *corpus.Document {
	return build("new",
		// teachers moved up to first place
		"1|一、建设高素质教师队伍|",
		"2|（一）加强师德师风建设|"+txEthics,
		"2|（二）提升教师专业能力|"+strings.Replace(txTeachers, "8000", "9000", 1),
		"1|二、推进基础教育扩优提质|", // renamed
		"2|（一）扩大学前教育普惠资源|"+txPreschool,
		"2|（二）推进义务教育优质均衡发展|"+strings.Replace(txCompulsory, "12所", "15所", 1),
		"2|（三）全面落实“双减”工作|"+txAfterSchool,
		// PE and labour merged
		"1|三、坚持五育并举|",
		"2|（一）加强体育美育和劳动教育|"+txPE+"\n"+strings.Replace(txLabour, "10个", "15个", 1),
		"1|四、推进教育数字化转型|", // added
		"2|（一）深化智慧教育应用|"+txDigital,
		"1|五、强化教育保障|",
		"2|（一）落实教育经费投入|"+txFunding,
		// 疫情防控 dropped
	)
}

// alignDump returns pairs one alignLine a line, for a failure message.
func alignDump(pairs []Pair) string {
	var b strings.Builder
	for _, p := range pairs {
		b.WriteString(alignLine(p) + "\n")
	}
	return b.String()
}

// alignLine prints a pair the way the goldens do.
func alignLine(p Pair) string {
	h := func(r *SectionRef) string {
		if r == nil {
			return "-"
		}
		if r.Heading == "" {
			return "(opening)"
		}
		return r.Heading
	}
	s := fmt.Sprintf("%-9s %.2f  %s => %s", p.Status, p.Similarity, h(p.From), h(p.To))
	if p.Related != nil {
		s += "  [" + p.Relation + " " + h(p.Related) + "]"
	}
	if p.Rewritten {
		s += "  (rewritten)"
	}
	return s
}

// checkCoverage checks the contract of Align on which sections pairs
// hold: every section is in one pair that is not a merge or split (its
// primary pair, or added or removed) or else only in merged pairs (an old
// section) or split pairs (a new one); merged and split pairs name both
// sections and their relation.
func checkCoverage(a, b *corpus.Document, pairs []Pair) error {
	type count struct{ primary, extra int }
	seenA, seenB := map[string]*count{}, map[string]*count{}
	for _, s := range a.Sections {
		seenA[s.ID] = &count{}
	}
	for _, s := range b.Sections {
		seenB[s.ID] = &count{}
	}
	for _, p := range pairs {
		extra := p.Status == Merged || p.Status == Split
		if extra && (p.From == nil || p.To == nil || p.Related == nil) {
			return fmt.Errorf("pair %s: a merge or split without both sections and the related one", alignLine(p))
		}
		for _, side := range []struct {
			ref  *SectionRef
			seen map[string]*count
		}{{p.From, seenA}, {p.To, seenB}} {
			if side.ref == nil {
				continue
			}
			c := side.seen[side.ref.ID]
			if c == nil {
				return fmt.Errorf("pair %s: no section %s", alignLine(p), side.ref.ID)
			}
			if extra {
				c.extra++
			} else {
				c.primary++
			}
		}
	}
	for _, side := range []struct {
		name string
		seen map[string]*count
	}{{"old", seenA}, {"new", seenB}} {
		for id, c := range side.seen {
			if c.primary > 1 || (c.primary == 0 && c.extra == 0) {
				return fmt.Errorf("%s section %s is in %d primary and %d merged or split pairs", side.name, id, c.primary, c.extra)
			}
		}
	}
	return nil
}

func findPair(pairs []Pair, from, to string) *Pair {
	for i := range pairs {
		p := &pairs[i]
		f, t := "", ""
		if p.From != nil {
			f = p.From.Heading
		}
		if p.To != nil {
			t = p.To.Heading
		}
		if f == from && t == to {
			return p
		}
	}
	return nil
}

func TestAlignFixture(t *testing.T) {
	a, b := oldPlan(), newPlan()
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	want := []struct{ from, to, status, relation string }{
		{"三、建设高素质教师队伍", "一、建设高素质教师队伍", Moved, ""},
		{"（一）加强师德师风建设", "（一）加强师德师风建设", Unchanged, ""}, // moved with its parent, not on its own
		{"（二）提升教师专业能力", "（二）提升教师专业能力", Changed, ""},
		{"一、推进基础教育优质均衡发展", "二、推进基础教育扩优提质", Changed, ""}, // renamed, paired through its children
		{"（一）扩大学前教育普惠资源", "（一）扩大学前教育普惠资源", Unchanged, ""},
		{"（二）推进义务教育优质均衡发展", "（二）推进义务教育优质均衡发展", Changed, ""},
		{"（三）全面落实“双减”工作", "（三）全面落实“双减”工作", Unchanged, ""},
		{"", "四、推进教育数字化转型", Added, ""},
		{"", "（一）深化智慧教育应用", Added, ""},
		{"（二）做好常态化疫情防控", "", Removed, ""},
		{"四、强化教育保障", "五、强化教育保障", Unchanged, ""}, // renumbered only
	}
	for _, w := range want {
		p := findPair(pairs, w.from, w.to)
		if p == nil {
			t.Errorf("Align(old, new): no pair %q => %q; got:\n%s", w.from, w.to, dump)
			continue
		}
		if p.Status != w.status {
			t.Errorf("Align(old, new): pair %q => %q is %s, want %s; got:\n%s", w.from, w.to, p.Status, w.status, dump)
		}
	}
	// the merge: one of the two old sections pairs with the merged one, the
	// other is merged into it
	merged := "（一）加强体育美育和劳动教育"
	pe, lab := findPair(pairs, "（一）加强体育", merged), findPair(pairs, "（二）加强劳动教育", merged)
	switch {
	case pe != nil && lab != nil && pe.Status == Changed && lab.Status == Merged && lab.Relation == MergedInto:
	case pe != nil && lab != nil && lab.Status == Changed && pe.Status == Merged && pe.Relation == MergedInto:
	default:
		t.Errorf("Align(old, new): want one of 加强体育, 加强劳动教育 paired with %s and the other merged into it; got:\n%s", merged, dump)
	}
	if p := findPair(pairs, "二、加强体育美育和劳动教育", "三、坚持五育并举"); p == nil || p.Status != Changed {
		t.Errorf("Align(old, new): want 二、加强体育美育和劳动教育 => 三、坚持五育并举 changed (renamed, paired through its children); got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Errorf("Align(old, new): %v; got:\n%s", err, dump)
	}
	// pairs come in the reading order of b
	last := -1
	for _, p := range pairs {
		if p.To == nil {
			continue
		}
		var n int
		fmt.Sscanf(p.To.ID[len("new-"):], "%d", &n)
		if n < last {
			t.Errorf("Align(old, new): new section %s comes after %d; want the reading order of new:\n%s", p.To.ID, last, dump)
		}
		last = n
	}
	// the removed section stands after the section before it in old
	for k, p := range pairs {
		if p.Status == Removed && p.From.Heading == "（二）做好常态化疫情防控" && (k == 0 || pairs[k-1].From == nil || pairs[k-1].From.Heading != "（一）落实教育经费投入") {
			t.Errorf("Align(old, new): removed %s placed at %d, want after （一）落实教育经费投入:\n%s", p.From.Heading, k, dump)
		}
	}
}

func TestAlignDiffsRebuildSections(t *testing.T) {
	a, b := oldPlan(), newPlan()
	for _, opt := range []Options{{}, {IgnorePunct: true, IgnoreSpace: true}} {
		for _, p := range Align(a, b, opt) {
			var old, nw string
			if p.From != nil {
				s := sectionByID(a, p.From.ID)
				old = joinHeading(s)
			}
			if p.To != nil {
				s := sectionByID(b, p.To.ID)
				nw = joinHeading(s)
			}
			if err := checkOps(old, nw, p.Diff); err != nil {
				t.Errorf("Align(old, new, %+v): pair %s: %v", opt, alignLine(p), err)
			}
		}
	}
}

func sectionByID(d *corpus.Document, id string) *corpus.Section {
	for i := range d.Sections {
		if d.Sections[i].ID == id {
			return &d.Sections[i]
		}
	}
	return nil
}

// joinHeading is the text a pair's diff covers: the heading and the text,
// joined by a line break.
func joinHeading(s *corpus.Section) string {
	if s.Heading != "" && s.Text != "" {
		return s.Heading + "\n" + s.Text
	}
	return s.Heading + s.Text
}

func TestAlignIdentical(t *testing.T) {
	a := oldPlan()
	for _, p := range Align(a, a, Options{}) {
		if p.Status != Unchanged || p.Similarity != 1 {
			t.Errorf("Align(a, a): %s, want every pair unchanged with similarity 1", alignLine(p))
		}
	}
}

func TestAlignEmptyAndNil(t *testing.T) {
	a := oldPlan()
	pairs := Align(nil, a, Options{})
	if len(pairs) != len(a.Sections) {
		t.Fatalf("Align(nil, a) = %d pairs, want %d", len(pairs), len(a.Sections))
	}
	for _, p := range pairs {
		if p.Status != Added || p.From != nil || len(p.Diff) != 1 || p.Diff[0].Op != OpInsert {
			t.Errorf("Align(nil, a): %s with diff %v, want added with one insert", alignLine(p), p.Diff)
		}
	}
	for _, p := range Align(a, &corpus.Document{}, Options{}) {
		if p.Status != Removed || p.To != nil {
			t.Errorf("Align(a, empty): %s, want removed", alignLine(p))
		}
	}
	if got := Align(nil, nil, Options{}); len(got) != 0 {
		t.Errorf("Align(nil, nil) = %v, want no pairs", got)
	}
}

func TestAlignUnrelated(t *testing.T) {
	a := build("a",
		"1|一、加强安全生产|严格落实企业安全生产主体责任，开展危险化学品、道路交通、建筑施工等重点行业领域专项整治。",
		"1|二、发展特色农业|新建高标准农田3万亩，茶园面积扩大到8.5万亩，培育农业产业化龙头企业5家。",
	)
	b := build("b",
		"1|一、加强师德师风建设|把师德师风作为评价教师素质的第一标准，健全师德考核评价机制。",
		"1|二、推进智慧教育|用好国家智慧教育公共服务平台，推动优质数字资源向乡村学校延伸。",
	)
	for _, p := range Align(a, b, Options{}) {
		if p.Status != Added && p.Status != Removed {
			t.Errorf("Align(a, b) of unrelated sections: %s, want only added and removed", alignLine(p))
		}
	}
}

func TestAlignSwapPrefersUpwardMove(t *testing.T) {
	// Two neighbours swap: either could be "the one that moved"; the one
	// that went up is.
	a := build("a", "1|一、学前教育|"+txPreschool, "1|二、义务教育|"+txCompulsory, "1|三、双减|"+txAfterSchool, "1|四、教师|"+txTeachers)
	b := build("b", "1|一、学前教育|"+txPreschool, "1|二、双减|"+txAfterSchool, "1|三、义务教育|"+txCompulsory, "1|四、教师|"+txTeachers)
	pairs := Align(a, b, Options{})
	if p := findPair(pairs, "三、双减", "二、双减"); p == nil || p.Status != Moved {
		t.Errorf("Align: want 三、双减 => 二、双减 moved; got %v", p)
	}
	if p := findPair(pairs, "二、义务教育", "三、义务教育"); p == nil || p.Status != Unchanged {
		t.Errorf("Align: want 二、义务教育 => 三、义务教育 unchanged (renumbered only); got %v", p)
	}
}

func TestAlignNewFirstSectionMovesTheOneThatLeftItsNumber(t *testing.T) {
	// The next plan puts a new section first and moves its old first
	// section down past the second. Among the paired sections alone the
	// two look swapped, and the one that went up would be "the one that
	// moved"; but the second kept its number （二）, and the first left its
	// place: it is the moved one.
	a := build("a", "1|一、义务教育|"+txCompulsory, "1|二、学前教育|"+txPreschool, "1|三、教师队伍|"+txTeachers)
	b := build("b", "1|一、数字教育|"+txDigital, "1|二、学前教育|"+txPreschool, "1|三、义务教育|"+txCompulsory, "1|四、教师队伍|"+txTeachers)
	pairs := Align(a, b, Options{})
	if p := findPair(pairs, "一、义务教育", "三、义务教育"); p == nil || p.Status != Moved {
		t.Errorf("Align: want 一、义务教育 => 三、义务教育 moved; got %v", p)
	}
	if p := findPair(pairs, "二、学前教育", "二、学前教育"); p == nil || p.Status != Unchanged {
		t.Errorf("Align: want 二、学前教育 => 二、学前教育 unchanged (kept its number); got %v", p)
	}
	if p := findPair(pairs, "三、教师队伍", "四、教师队伍"); p == nil || p.Status != Unchanged {
		t.Errorf("Align: want 三、教师队伍 => 四、教师队伍 unchanged (renumbered only); got %v", p)
	}
}

func TestAssign(t *testing.T) {
	cases := []struct {
		gain [][]float64
		want []int
	}{
		{[][]float64{{0.9, 0.8}, {0.85, 0.1}}, []int{1, 0}}, // 0.8+0.85 beats 0.9+0.1
		{[][]float64{{0.5}, {0.7}, {0}}, []int{-1, 0, -1}},
		{[][]float64{{0, 0, 0.4}}, []int{2}},
		{[][]float64{{0, 0}}, []int{-1}},
		{nil, nil},
	}
	for _, c := range cases {
		got := assign(c.gain, nil)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("assign(%v) = %v, want %v", c.gain, got, c.want)
		}
	}
}

func TestComparePair(t *testing.T) {
	a := &corpus.Section{ID: "a-001", Heading: "（二）推进义务教育优质均衡发展", Level: 2, Text: txCompulsory}
	b := &corpus.Section{ID: "b-003", Heading: "2.推进义务教育优质均衡", Level: 3, Text: strings.Replace(txCompulsory, "12所", "15所", 1)}
	p := ComparePair(a, b, Options{})
	if p.Status != Changed || p.From == nil || p.From.ID != "a-001" || p.To == nil || p.To.ID != "b-003" {
		t.Fatalf("ComparePair(a, b) = %s, want changed a-001 => b-003", alignLine(p))
	}
	if p.Similarity < 0.8 {
		t.Errorf("ComparePair(a, b).Similarity = %.3f, want >= 0.8 (levels are not compared)", p.Similarity)
	}
	if err := checkOps(joinHeading(a), joinHeading(b), p.Diff); err != nil {
		t.Errorf("ComparePair(a, b).Diff: %v", err)
	}
	if !strings.Contains(markup(p.Diff), "[-12-]{+15+}所") {
		t.Errorf("ComparePair(a, b).Diff = %s, want [-12-]{+15+}所 in it", markup(p.Diff))
	}
	if p := ComparePair(a, a, Options{}); p.Status != Unchanged || p.Similarity != 1 {
		t.Errorf("ComparePair(a, a) = %s, want unchanged 1", alignLine(p))
	}
	if p := ComparePair(nil, b, Options{}); p.Status != Added || p.From != nil {
		t.Errorf("ComparePair(nil, b) = %s, want added", alignLine(p))
	}
	if p := ComparePair(a, nil, Options{}); p.Status != Removed || p.To != nil {
		t.Errorf("ComparePair(a, nil) = %s, want removed", alignLine(p))
	}
}

// fuzzDoc makes a document from any text: one section a line, the first
// few characters its heading, the rest its text, levels from the line's
// length so that trees of any shape come up.
func fuzzDoc(id, s string) *corpus.Document {
	d := &corpus.Document{ID: id}
	for n, line := range strings.Split(s, "\n") {
		rs := []rune(line)
		k := min(len(rs), 6)
		d.Sections = append(d.Sections, corpus.Section{
			ID: corpus.SectionID(id, n), DocID: id, Ordinal: n,
			Heading: string(rs[:k]), Text: string(rs[k:]), Level: len(rs) % 4,
		})
	}
	return d
}

// FuzzCompare checks that Compare never panics on documents of any shape
// and keeps its contract: every section in one primary pair (or added,
// removed, merged or split, see checkCoverage), every diff rebuilding its
// sections.
func FuzzCompare(f *testing.F) {
	f.Add("一、总体要求坚持立德树人\n（一）学前教育新建幼儿园8所\n（二）义务教育新建中小学12所", "一、总体要求坚持立德树人\n（一）义务教育新建中小学15所\n（二）学前教育新建幼儿园8所\n（三）新增一节")
	f.Add("", "x")
	f.Add("a\n\n\nb", "a\xff\n\nb")
	f.Fuzz(func(t *testing.T, a, b string) {
		da, db := fuzzDoc("a", a), fuzzDoc("b", b)
		r := Compare(da, db, Options{})
		for _, p := range r.Pairs {
			var old, nw string
			if p.From != nil {
				old = joinHeading(sectionByID(da, p.From.ID))
			}
			if p.To != nil {
				nw = joinHeading(sectionByID(db, p.To.ID))
			}
			if err := checkOps(old, nw, p.Diff); err != nil {
				t.Fatalf("pair %s: %v", alignLine(p), err)
			}
		}
		if err := checkCoverage(da, db, r.Pairs); err != nil {
			t.Fatal(err)
		}
	})
}

func TestAlignPromotedInPlaceNotMoved(t *testing.T) {
	// The last item of the tasks part becomes a part of its own right
	// after it, and a file that holds only the tasks keeps its items in
	// their order: each changed level or part, not its place in the
	// report, so none is moved. The one that did change place is.
	review := "全年新建改扩建学校9所，培训教师7000人次，课后服务覆盖率达到90%，各项工作取得新进展。"
	a := build("a",
		"1|一、过去一年工作回顾|"+review,
		"1|二、今年重点工作|",
		"2|（一）扩大学前教育普惠资源|"+txPreschool,
		"2|（二）推进义务教育优质均衡发展|"+txCompulsory,
		"2|（三）全面落实“双减”工作|"+txAfterSchool,
		"2|（四）加强体育和劳动教育|"+txPE+txLabour,
		"2|（五）建设高素质教师队伍|"+txTeachers,
	)
	b := build("b",
		"1|一、过去一年工作回顾|"+review,
		"1|二、今年重点工作|",
		"2|（一）扩大学前教育普惠资源|"+txPreschool,
		"2|（二）全面落实“双减”工作|"+txAfterSchool,
		"2|（三）推进义务教育优质均衡发展|"+txCompulsory,
		"2|（四）加强体育和劳动教育|"+txPE+txLabour,
		"1|三、建设高素质教师队伍|"+txTeachers,
	)
	pairs := Align(a, b, Options{})
	if p := findPair(pairs, "（五）建设高素质教师队伍", "三、建设高素质教师队伍"); p == nil || p.Status == Moved {
		t.Errorf("Align: want （五）建设高素质教师队伍 => 三、建设高素质教师队伍 paired and not moved (promoted in place)\n%s", alignDump(pairs))
	}
	if p := findPair(pairs, "（三）全面落实“双减”工作", "（二）全面落实“双减”工作"); p == nil || p.Status != Moved {
		t.Errorf("Align: want （三）全面落实“双减”工作 => （二）全面落实“双减”工作 moved\n%s", alignDump(pairs))
	}
	// promoted ahead of the items it followed: moved
	b = build("b",
		"1|一、过去一年工作回顾|"+review,
		"1|二、建设高素质教师队伍|"+txTeachers,
		"1|三、今年重点工作|",
		"2|（一）扩大学前教育普惠资源|"+txPreschool,
		"2|（二）推进义务教育优质均衡发展|"+txCompulsory,
		"2|（三）全面落实“双减”工作|"+txAfterSchool,
		"2|（四）加强体育和劳动教育|"+txPE+txLabour,
	)
	pairs = Align(a, b, Options{})
	if p := findPair(pairs, "（五）建设高素质教师队伍", "二、建设高素质教师队伍"); p == nil || p.Status != Moved {
		t.Errorf("Align: want （五）建设高素质教师队伍 => 二、建设高素质教师队伍 moved (promoted ahead of the tasks)\n%s", alignDump(pairs))
	}
}

// 青禾县's tasks end with livelihood one year and with safety the next;
// each year the last item runs on into the standing passage on defence
// and the like (国防动员, 双拥, 民族宗教) before the closing words. That
// passage follows whatever item ends the tasks: it does not make the old
// livelihood item a part of the new safety one.
func TestAlignStandingPassageOfTheLastItem(t *testing.T) {
	defence := "全力支持国防和军队建设，做好国防动员和民兵预备役工作，落实退役军人优待抚恤政策，深化双拥共建，巩固军政军民团结。\n" +
		"统筹做好民族宗教、外事侨务、人民防空、气象地震、档案史志等工作。\n"
	closing := "各位代表，新的一年任务艰巨，我们要坚持依法行政，改进工作作风，建设人民满意政府。\n各位代表！让我们团结一心，为建设美丽青禾而努力奋斗！"
	a := build("a",
		"1|一、2030年工作回顾|过去一年，全县地区生产总值增长6%，一般公共预算收入增长5%。",
		"1|二、2031年重点工作|今年要重点抓好四个方面。",
		"2|（一）壮大特色产业|培育茶叶和竹木加工两条产业链，新增规模以上工业企业15家，建成县经济开发区标准厂房10万平方米，引进项目投资30亿元。",
		"2|（二）守牢安全底线|开展燃气管道和自建房隐患排查整治，建成县应急指挥中心，组建乡镇应急救援队伍12支，加强山洪地质灾害监测预警，严防较大以上安全事故。",
		"2|（三）推进乡村振兴|新建高标准农田3万亩，粮食播种面积稳定在20万亩，改造农村公路60公里，建设和美乡村示范村8个。",
		"2|（四）办好民生实事|城镇新增就业3200人，新建幼儿园2所、改扩建乡村学校5所，提高城乡居民基础养老金，建设社区养老服务站6个，县医院新建住院楼投入使用。\n"+defence+closing,
	)
	b := build("b",
		"1|一、2031年工作回顾|过去一年，全县地区生产总值增长6.2%，一般公共预算收入增长5.5%。",
		"1|二、2032年重点工作|今年要重点抓好四个方面。",
		"2|（一）做强特色产业|延伸茶叶精深加工链条，竹木加工产值突破20亿元，新增规模以上工业企业18家，开发区新建标准厂房8万平方米。",
		"2|（二）增进民生福祉|城镇新增就业3500人，新建幼儿园1所、改扩建乡村学校4所，提高低保标准，建设社区养老服务站8个，县中医院门诊楼开工建设。",
		"2|（三）全面推进乡村振兴|新建高标准农田2.5万亩，粮食播种面积稳定在20万亩，改造农村公路50公里，建设和美乡村示范村10个。",
		"2|（四）统筹发展和安全|深化燃气和自建房安全专项整治，加强山洪地质灾害监测预警，乡镇应急救援队伍全部配齐装备，严防较大以上安全事故，平稳化解政府债务风险。\n"+defence+closing,
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	for _, w := range [][2]string{
		{"（四）办好民生实事", "（二）增进民生福祉"},
		{"（二）守牢安全底线", "（四）统筹发展和安全"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Relation != "" {
			t.Errorf("Align: want %s paired with %s\n%s", w[0], w[1], alignDump(pairs))
		}
	}
	if p := findPair(pairs, "（四）办好民生实事", "（四）统筹发展和安全"); p != nil {
		t.Errorf("Align: the livelihood item linked to the safety item by the passage both end in (%s)\n%s", p.Status, alignDump(pairs))
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// TestPartYear checks the year each part of a bureau's plan or summary is
// about (wholeKinds, partYear): a plan's parts its year, its review part
// the year before; a summary's review its year, its part that looks ahead
// the year after, a half-year summary's the same year.
func TestPartYear(t *testing.T) {
	cases := []struct {
		kind  string
		lines []string
		want  []int
	}{
		{"要点", []string{"0||2031年全市教育工作的总体要求是：稳中求进。", "1|一、2030年工作回顾|", "1|二、办好学前教育|", "2|1.扩充学位。|新增学位900个。"},
			[]int{2031, 2030, 2031, 2031}},
		{"计划", []string{"1|一、工作回顾|", "1|二、主要任务|"}, []int{2030, 2031}},
		{"总结", []string{"0||2031年，全市教育事业稳步发展。", "1|一、2031年主要工作成效|", "1|二、存在的问题|", "1|三、下一步工作打算|", "2|（一）扩充学位。|新增学位900个。"},
			[]int{2031, 2031, 2031, 2032, 2032}},
		{"总结", []string{"1|一、主要工作|", "1|二、2032年工作计划|"}, []int{2031, 2032}},
		{"半年总结", []string{"1|一、上半年工作进展|", "1|二、下半年工作打算|"}, []int{2031, 2031}},
		{"政府工作报告", []string{"1|一、2030年工作回顾|", "1|二、2031年重点工作|"}, []int{0, 0}},
	}
	for _, c := range cases {
		d := build("d", c.lines...)
		d.Year, d.Kind = 2031, c.kind
		var got []int
		for _, p := range prepare(d) {
			got = append(got, p.when)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s %q: years %v, want %v", c.kind, c.lines, got, c.want)
		}
	}
}
