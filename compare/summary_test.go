package compare

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

func TestChangedNumbers(t *testing.T) {
	cases := []struct {
		name     string
		old, new string
		want     []string // "from -> to"
	}{
		{"units kept", "新建改扩建中小学12所，新增学位1.5万个。", "新建改扩建中小学15所，新增学位2万个。",
			[]string{"12所 -> 15所", "1.5万个 -> 2万个"}},
		{"percent and points", "覆盖率达到88%，本科上线率提高3个百分点。", "覆盖率达到90%，本科上线率提高2个百分点。",
			[]string{"88% -> 90%", "3个百分点 -> 2个百分点"}},
		{"years and dates left out", "2023年3月召开会议，建设基地10个。", "2024年5月召开会议，建设基地12个。",
			[]string{"10个 -> 12个"}},
		{"same figure reworded", "参与率达到98%以上。", "参与率稳定在98%以上。", nil},
		{"unrelated clauses in one change", "兑现各类奖补资金1.2亿元。", "新增企业贷款26亿元。", nil},
		{"full-width digits", "新建改扩建中小学１２所。", "新建改扩建中小学15所。", []string{"１２所 -> 15所"}},
		{"numbers in the heading left out", "", "", nil},
	}
	for _, c := range cases {
		a := build("a", "1|一、学校建设|"+c.old)
		b := build("b", "1|一、学校建设|"+c.new)
		if c.name == "numbers in the heading left out" {
			a = build("a", "1|一、2023年重点工作|建设基地10个。")
			b = build("b", "1|二、2024年重点工作|建设基地10个。")
		}
		r := Compare(a, b, Options{})
		var got []string
		for _, n := range r.Summary.ChangedNumbers {
			got = append(got, n.From+" -> "+n.To)
			if n.Section.ID != "b-000" {
				t.Errorf("%s: number change %s -> %s in section %q, want b-000", c.name, n.From, n.To, n.Section.ID)
			}
			if !strings.Contains(n.Context, n.To) || !strings.Contains(n.OldContext, n.From) {
				t.Errorf("%s: context %q / old context %q do not hold %s / %s", c.name, n.Context, n.OldContext, n.To, n.From)
			}
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: Compare(%q, %q).Summary.ChangedNumbers = %q, want %q", c.name, c.old, c.new, got, c.want)
		}
	}
}

func TestTerms(t *testing.T) {
	a := build("a",
		"1|一、总体要求|坚持立德树人根本任务，推进教育现代化，办好人民满意的教育。深入开展“学党史、强信念、跟党走”主题活动。",
		"1|二、重点任务|加快教育信息化建设，推进集团化办学，做好常态化疫情防控。做好常态化疫情防控。",
	)
	b := build("b",
		"1|一、总体要求|坚持立德树人根本任务，加快建设教育强市，办好人民满意的教育。深入开展“强国复兴有我”主题活动。",
		"1|二、重点任务|推进教育数字化转型，推进集团化办学，建设教育强市。培育新质生产力，以新质生产力赋能教育。",
	)
	r := Compare(a, b, Options{})
	texts := func(ts []Term) map[string]Term {
		m := map[string]Term{}
		for _, t := range ts {
			m[t.Text] = t
		}
		return m
	}
	added, dropped := texts(r.NewTerms), texts(r.DroppedTerms)
	for _, w := range []string{"教育强市", "新质生产力", "强国复兴有我"} {
		if _, ok := added[w]; !ok {
			t.Errorf("Compare: new terms %v lack %q", keys(added), w)
		}
	}
	if n := added["新质生产力"].Count; n != 2 {
		t.Errorf("Compare: new term 新质生产力 counted %d times, want 2", n)
	}
	if ids := added["教育强市"].Sections; strings.Join(ids, ",") != "b-000,b-001" {
		t.Errorf("Compare: new term 教育强市 in sections %v, want [b-000 b-001]", ids)
	}
	// 常态化疫情防控, not 疫情防控: the old report never says the one
	// without the other
	for _, w := range []string{"学党史、强信念、跟党走", "常态化疫情防控"} {
		if _, ok := dropped[w]; !ok {
			t.Errorf("Compare: dropped terms %v lack %q", keys(dropped), w)
		}
	}
	for _, m := range []map[string]Term{added, dropped} {
		for text := range m {
			if stopWords[text] {
				t.Errorf("Compare: stop word %q among the terms", text)
			}
			if strings.Contains(a.Sections[0].Text+a.Sections[1].Text, text) && strings.Contains(b.Sections[0].Text+b.Sections[1].Text, text) {
				t.Errorf("Compare: term %q occurs in both documents", text)
			}
		}
	}
	for _, w := range []string{"立德树人", "集团化办学", "人民满意"} {
		if _, ok := added[w]; ok {
			t.Errorf("Compare: %q is in both documents but listed as new", w)
		}
	}
}

func keys(m map[string]Term) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestSummaryCounts(t *testing.T) {
	r := Compare(oldPlan(), newPlan(), Options{})
	s := r.Summary
	counts := map[string]int{}
	for _, p := range r.Pairs {
		counts[p.Status]++
	}
	if s.Unchanged != counts[Unchanged] || s.Changed != counts[Changed] || s.Moved != counts[Moved] || s.Added != counts[Added] || s.Removed != counts[Removed] {
		t.Errorf("Summary counts %+v do not match the pairs' statuses %v", s, counts)
	}
	if s.Renamed < 1 || s.Merged != 1 {
		t.Errorf("Summary: renamed %d, merged %d; want at least 1 renamed (扩优提质) and 1 merged", s.Renamed, s.Merged)
	}
	if s.Similarity <= 0.3 || s.Similarity >= 1 {
		t.Errorf("Summary.Similarity = %.3f, want between 0.3 and 1 for two years of one plan", s.Similarity)
	}
	same := Compare(oldPlan(), oldPlan(), Options{})
	if same.Summary.Similarity != 1 || len(same.NewTerms) != 0 || len(same.DroppedTerms) != 0 || len(same.Summary.ChangedNumbers) != 0 {
		t.Errorf("Compare(a, a): similarity %.3f, %d new terms, %d dropped, %d numbers; want 1 and none",
			same.Summary.Similarity, len(same.NewTerms), len(same.DroppedTerms), len(same.Summary.ChangedNumbers))
	}
	none := Compare(nil, nil, Options{})
	if none.Summary.Similarity != 1 || len(none.Pairs) != 0 {
		t.Errorf("Compare(nil, nil) = %+v, want no pairs and similarity 1", none.Summary)
	}
}

// TestReportJSON checks the JSON shape the API serves (issue 6): field
// names, null for a missing side, arrays never null.
func TestReportJSON(t *testing.T) {
	r := Compare(oldPlan(), newPlan(), Options{})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"summary", "pairs", "new_terms", "dropped_terms"} {
		if _, ok := m[k]; !ok {
			t.Errorf("report JSON lacks %q", k)
		}
	}
	sum := m["summary"].(map[string]any)
	for _, k := range []string{"unchanged", "changed", "moved", "added", "removed", "similarity", "changed_numbers"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary JSON lacks %q", k)
		}
	}
	sawAdded := false
	for _, p := range m["pairs"].([]any) {
		pair := p.(map[string]any)
		for _, k := range []string{"status", "similarity", "from_section", "to_section", "diff"} {
			if _, ok := pair[k]; !ok {
				t.Errorf("pair JSON %v lacks %q", pair, k)
			}
		}
		if pair["diff"] == nil {
			t.Errorf("pair JSON %v: diff is null, want an array", pair)
		}
		if pair["status"] == Added {
			sawAdded = true
			if pair["from_section"] != nil {
				t.Errorf("added pair JSON: from_section = %v, want null", pair["from_section"])
			}
			to := pair["to_section"].(map[string]any)
			for _, k := range []string{"id", "heading", "path"} {
				if _, ok := to[k]; !ok {
					t.Errorf("to_section JSON lacks %q", k)
				}
			}
		}
		for _, o := range pair["diff"].([]any) {
			op := o.(map[string]any)
			switch op["op"] {
			case OpEqual, OpInsert, OpDelete:
			default:
				t.Errorf("diff op %v: op %v, want equal, insert or delete", op, op["op"])
			}
		}
	}
	if !sawAdded {
		t.Error("no added pair in the fixture; the null check did not run")
	}
	// empty lists are arrays
	empty, _ := json.Marshal(Compare(nil, nil, Options{}))
	for _, k := range []string{`"pairs":[]`, `"new_terms":[]`, `"dropped_terms":[]`, `"changed_numbers":[]`} {
		if !bytes.Contains(empty, []byte(k)) {
			t.Errorf("Compare(nil, nil) JSON %s lacks %s", empty, k)
		}
	}
}

// TestCompareDeterministic runs Compare on two unrelated documents and on
// two years of one document several times: the JSON must be the same
// every time.
func TestCompareDeterministic(t *testing.T) {
	cases := [][2]*corpus.Document{
		{oldPlan(), newPlan()},
		{readSample(t, "minghu-edu-2023-plan.txt"), readSample(t, "wangchuan-gov-2023-report.txt")},
	}
	for k, c := range cases {
		first, _ := json.Marshal(Compare(c[0], c[1], Options{}))
		for range 3 {
			again, _ := json.Marshal(Compare(c[0], c[1], Options{}))
			if !bytes.Equal(first, again) {
				t.Fatalf("case %d: Compare gave different JSON on a second run", k)
			}
		}
	}
}

// everywhere is a Collection in which some terms occur in every one of
// 100 documents and every other term in one.
type everywhere map[string]bool

func (e everywhere) SectionFreq(term string) (int, int) { return e.DocFreq(term, 0) }
func (e everywhere) DocFreq(term string, before int) (int, int) {
	if e[term] {
		return 100, 100
	}
	return 1, 100
}

// TestTermsCollection checks that a term every report of the collection
// uses ranks below one that only this report uses, whatever their counts.
func TestTermsCollection(t *testing.T) {
	a := build("a", "1|一、重点任务|推进集团化办学，做好常态化疫情防控。")
	b := build("b", "1|一、重点任务|推进集团化办学，建设教育强市，建设教育强市，争创教育强市。培育新质生产力。")
	rank := func(ts []Term, text string) int {
		for k, t := range ts {
			if t.Text == text {
				return k
			}
		}
		return len(ts)
	}
	plain := Compare(a, b, Options{}).NewTerms
	if rank(plain, "教育强市") > rank(plain, "新质生产力") {
		t.Errorf("without a collection, 教育强市 (3 times) ranks below 新质生产力 (once): %v", plain)
	}
	coll := Compare(a, b, Options{Collection: everywhere{"教育强市": true}}).NewTerms
	if rank(coll, "新质生产力") == len(coll) || rank(coll, "教育强市") < rank(coll, "新质生产力") {
		t.Errorf("with 教育强市 in every report of the collection, it ranks above 新质生产力: %v", coll)
	}
}

// TestTermsUncounted: a compound the dictionary lists without a count
// (高度重视, 紧紧抓住, 坚实基础: frequency 3, like nearly half its entries)
// is as common as its parts: a term that holds one weighs less than one
// built on a word general Chinese rarely uses (储能, counted 8 times in
// gse's 34 million).
func TestTermsUncounted(t *testing.T) {
	a := build("a",
		"1|一、总体要求|坚持立德树人根本任务，推进教育现代化，办好人民满意的教育。",
	)
	b := build("b",
		"1|一、总体要求|坚持立德树人根本任务，各级各部门高度重视，紧紧抓住发展机遇，打下坚实基础。发展储能产业。",
	)
	terms := Compare(a, b, Options{}).NewTerms
	rare := 0.0
	for _, tm := range terms {
		if strings.Contains(tm.Text, "储能") {
			rare = max(rare, tm.Score)
		}
	}
	if rare == 0 {
		t.Fatalf("Compare: new terms %v lack 储能", terms)
	}
	for _, tm := range terms {
		for _, w := range []string{"高度重视", "紧紧抓住", "坚实基础"} {
			if strings.Contains(tm.Text, w) && tm.Score >= rare {
				t.Errorf("Compare: new term %s weighs %.2f, as much as one of 储能 (%.2f)", tm.Text, tm.Score, rare)
			}
		}
	}
	if got, want := termWordInfo("骨干教师").spec, termWordInfo("骨干").spec; got != want {
		t.Errorf("termWordInfo(骨干教师).spec = %.2f, want that of its rarer part 骨干, %.2f", got, want)
	}
}

// TestReportTermsEdges: where a noun phrase may begin and end. Each case is
// one sentence of a report, the terms it must give and those it must not.
func TestReportTermsEdges(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// gse cuts a name it lacks (柏林区) as 柏 林区: no phrase begins
		// inside it
		{"加快柏林区银杏学校建设。", nil, []string{"林区银杏学校"}},
		// a determiner and a word (每学年) says which ones: in no name
		{"云岫市龙头学校每学年派出骨干教师。", nil, []string{"每学年", "龙头学校每学年"}},
		// nouns a one-character verb follows are its subject
		{"学员每学期听导师的课不少于10节。", nil, []string{"学员每学期"}},
		// verbs that begin with an adverbial one (持续 巩固) are a
		// predicate, not an action named with its object
		{"巩固消除大班额成果持续巩固。", nil, []string{"大班额成果持续巩固"}},
		// but the object of a verb ending a clause is named with it
		{"加强学生欺凌防治，完善早发现机制。", []string{"学生欺凌防治"}, nil},
		// a numbered plenum is one name (十九 届 四中全会; with 党的,
		// which the report always writes before it), and no phrase
		// begins inside it
		{"深入学习党的十九届四中全会精神，落实十一届九次全会部署。", []string{"党的十九届四中全会", "十一届九次全会"}, []string{"四中全会精神"}},
		// parallel words gse cut apart (宜居 宜 业) stand in the noun
		// phrase they open
		{"建设宜居宜业和美乡村。", []string{"宜居宜业和美乡村"}, nil},
		// the formula 以 X 引领 Y is a clause of its own, of whole
		// words (以学 促 干 is not)
		{"壮大新兴产业。以数字经济带动产业升级，以学促干取得实效。", []string{"以数字经济带动产业升级"}, []string{"以学促干取得实效"}},
		// a name with a modifier put inside it, the report using the
		// name elsewhere, is kept though used once with common words
		// (文化 全面 振兴 beside 文化振兴), but not a clause (人数 继续
		// 增加)
		{"推动文化振兴，推动文化全面振兴不断取得进展，参保人数继续增加，人数增加较快。", []string{"文化全面振兴"}, []string{"人数继续增加"}},
		// a title a level confers on many, which the report counts, is
		// kept without its level though used once with common words (市级
		// | 平安 校园 24 所); one a single place is given is not taken
		// apart (晋位 省级 生态 工业园区)
		{"建成市级平安校园24所，开发区晋位省级生态工业园区。", []string{"平安校园"}, []string{"生态工业园区"}},
		// the object of verbs that a verbal noun ends (提升 培训), after
		// a verb whose object is an activity (开展), is what the
		// activity is about, named without them, though used once; but
		// not after a verb whose object is a clause (支持 X 加快 发展),
		// nor with a verbal noun at its end (免费 接种 工作)
		// the nouns after a name gse cut apart (柳 岙 | 二中) are a
		// phrase of their own, and a word the dictionary mistags as a
		// pronoun (多样) stands inside it
		{"推动柳岙一中、柳岙二中特色多样发展，柳岙一中和柳岙二中特色多样发展成效明显。", []string{"特色多样发展"}, []string{"二中特色多样发展"}},
		// the way a field is to grow, 发展 after an adjective that says
		// how, is a 提法 though used once with common words; an
		// adjective before other work describes it (校园 清洁 工作)
		{"推动柳岙一中、柳岙三中特色多样发展。", []string{"特色多样发展"}, nil},
		{"引导柳岙文旅市场平稳健康发展，做好柳岙校园清洁工作。", []string{"平稳健康发展"}, []string{"校园清洁工作"}},
		// but after a name alone, they are the name's own (某县
		// 人民法院 工作报告)
		{"柳岙县人民法院院长作柳岙县人民法院工作报告。柳岙县人民法院工作报告获得通过。", nil, []string{"工作报告"}},
		{"组织开展班主任心理素养提升培训600人次，支持藏药产业加快发展，开展狂犬疫苗免费接种工作。",
			[]string{"班主任心理素养"}, []string{"班主任心理素养提升", "藏药产业", "狂犬疫苗免费"}},
	} {
		d := &corpus.Document{ID: "x", Sections: []corpus.Section{{ID: "x-000", Text: c.text}}}
		got := map[string]bool{}
		var list []string
		for _, tm := range ReportTerms(d) {
			got[tm.Text] = true
			list = append(list, tm.Text)
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("ReportTerms(%s) = %v, want %s among them", c.text, list, w)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("ReportTerms(%s) = %v, want no %s", c.text, list, w)
			}
		}
	}
}

// A bureau's plan comes inside a notice addressed to the units it is
// sent to; the addressees change with the map of offices (a zone renamed),
// and are not the year's new terms, while the plan's own are.
func TestTermsNotAddressees(t *testing.T) {
	a := build("a",
		"0||关于印发明湖市教育局2031年工作要点的通知\n各区县（市）教育局，明湖经济开发区社会事务局，各直属学校（单位）：\n现将《明湖市教育局2031年工作要点》印发给你们，请认真贯彻落实。\n明湖市教育局\n2031年1月20日",
		"1|一、强化党建引领|推进中小学校党组织领导的校长负责制，深化“清廉学校”建设。",
	)
	b := build("b",
		"0||关于印发明湖市教育局2032年工作要点的通知\n各区（县、市）教育局，明湖滨江新区教育文体局，各直属学校（单位）：\n现将《明湖市教育局2032年工作要点》印发给你们，请认真贯彻落实。\n明湖市教育局\n2032年1月18日",
		"1|一、强化党建引领|推进中小学校党组织领导的校长负责制，实施“红烛先锋”工程。",
	)
	r := Compare(a, b, Options{})
	for _, ts := range [][]Term{r.NewTerms, r.DroppedTerms} {
		for _, term := range ts {
			if strings.Contains(term.Text, "局") || strings.Contains(term.Text, "新区") || strings.Contains(term.Text, "开发区") {
				t.Errorf("Compare: addressee %q among the terms %v / %v", term.Text, r.NewTerms, r.DroppedTerms)
			}
		}
	}
	if got, _ := newTermSet(r); !got["红烛先锋"] {
		t.Errorf("Compare: new terms %v lack 红烛先锋", r.NewTerms)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"各区（县、市）教育局，明湖滨江新区教育文体局，各直属学校（单位）：", true},
		{"市属各高校，各区教育局，局属各单位:", true},
		{"各位代表：", false},
		{"重点抓好以下工作：", false},
		{"全市新建学校、幼儿园：", false},
		{"坚持以下原则，统筹推进：", false},
	} {
		if got := addressLine(c.line); got != c.want {
			t.Errorf("addressLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
