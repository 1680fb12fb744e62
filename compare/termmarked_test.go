package compare

import (
	"slices"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestTermsMarkedNames: a county's report (fictional) that quotes the
// names of its programmes once each, a numbered formula, a "+" form and a
// coinage without a numeral, and quotes figures of speech the dictionary
// has; it also uses two plain phrases twice. The quoted names rank above
// the phrases used twice; the figures of speech do not; a streak (七连增)
// is no term at all.
func TestTermsMarkedNames(t *testing.T) {
	a := build("a",
		"1|一、工作回顾|全县粮食产量实现六连增。推进河道清淤，完成河道清淤工程。",
	)
	b := build("b",
		"1|一、工作回顾|全县粮食产量实现七连增。实施“三廊两园”计划，推进“茶旅+”融合发展，推行“码上办”服务。"+
			"破除发展中的“拦路虎”，打好“组合拳”。建设冷链仓储中心，冷链仓储中心投入运营。培育乡贤议事会，乡贤议事会覆盖各村。",
	)
	list, rank := newTermRanks(a, b)
	for _, name := range []string{"三廊两园", "茶旅+", "码上办"} {
		if rank[name] == 0 {
			t.Fatalf("Compare: new terms %v lack %s", list, name)
		}
		for _, plain := range []string{"冷链仓储中心", "乡贤议事会", "拦路虎", "组合拳"} {
			if rank[plain] != 0 && rank[plain] < rank[name] {
				t.Errorf("Compare: new terms %v rank %s above %s", list, plain, name)
			}
		}
	}
	if slices.Contains(list, "七连增") {
		t.Errorf("Compare: new terms %v hold the streak 七连增", list)
	}
}

// TestMarkedName: which candidates are names the report marks by their
// form (fictional phrases).
func TestMarkedName(t *testing.T) {
	for _, c := range []struct {
		c    cand
		want bool
	}{
		{cand{text: "三廊两园", kind: kindMarked}, true},       // a numbered formula, quoted
		{cand{text: "云溪制造2035", kind: kindMarked}, true},   // a digit
		{cand{text: "茶旅+", kind: kindMarked}, true},        // a "+" form, quoted
		{cand{text: "茶旅+", kind: kindPlus}, true},          // a "+" form
		{cand{text: "双廊计划", kind: kindMarked}, true},       // 双 counts
		{cand{text: "拦路虎", kind: kindMarked}, false},       // a word the dictionary has
		{cand{text: "四两拨千斤", kind: kindMarked}, false},     // an idiom, though it counts
		{cand{text: "乡贤议事", kind: kindMarked}, true},       // no numeral: a coinage all the same
		{cand{text: "全国茶旅融合示范乡", kind: kindMarked}, false}, // a title the country confers
		{cand{text: "国家级山地康养基地", kind: kindMarked}, false}, // so is this
		{cand{text: "国家青禾育种计划", kind: kindMarked}, true},   // a programme of the country
		{cand{text: "云雀七号", kind: kindMarked}, false},      // one craft of a series
		{cand{text: "青麦9号", kind: kindMarked}, false},      // one variety of a series
		{cand{text: "三廊两园", kind: kindRun}, false},         // not marked
	} {
		if got := markedName(c.c); got != c.want {
			t.Errorf("markedName(%q, kind %d) = %v, want %v", c.c.text, c.c.kind, got, c.want)
		}
	}
}

// TestStreak: a numeral, 连 and one character is a figure.
func TestStreak(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"七连增", true},
		{"十一连增", true},
		{"五连快", true},
		{"连增", false},   // no numeral
		{"三连增长", false}, // two characters after 连
		{"三廊两园", false}, // no 连
		{"一连串", true},   // the shape: a count, never a term either
		{"九连", true},    // cut from its verb
	} {
		if got := streak(c.t); got != c.want {
			t.Errorf("streak(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

// TestTermsPairedAndPrefixed: a slogan of two parallel halves joined by
// an enumeration comma is one term, and a name a one-character adjective
// coins (gse cuts 新 from it) is a term when the report repeats it; the
// adjective before a longer phrase (新 登记注册 企业) coins nothing, and a
// pair whose second half goes on into a word (生态发展 | 观, cut 生态 | 发展观) is no pair
// (fictional report).
func TestTermsPairedAndPrefixed(t *testing.T) {
	a := build("a", "1|一、工作回顾|推进河道清淤，完成河道清淤工程。")
	b := build("b",
		"1|一、工作回顾|倡导山民共建、溪谷共享，形成山民共建、溪谷共享格局。县域经济进入新常态，主动适应新常态。"+
			"学习湖心精神、生态发展观，践行湖心精神、生态发展观，推进生态发展。"+
			"新登记注册企业增长一成，新登记注册企业达到两千户。",
	)
	r := Compare(a, b, Options{})
	var list []string
	for _, term := range r.NewTerms {
		list = append(list, term.Text)
	}
	for _, want := range []string{"山民共建、溪谷共享", "新常态"} {
		if !slices.Contains(list, want) {
			t.Errorf("Compare: new terms %v lack %s", list, want)
		}
	}
	for _, bad := range []string{"山民共建", "溪谷共享", "新登记注册", "湖心精神、生态发展"} {
		if slices.Contains(list, bad) {
			t.Errorf("Compare: new terms %v hold %s", list, bad)
		}
	}
}

// TestTermsPairedSpec: a slogan of two halves is as specific as its more
// specific half, though the first is two everyday words, a stock
// collocation alone (fictional report).
func TestTermsPairedSpec(t *testing.T) {
	d := newTermDoc(prepare(build("b",
		"1|一、工作回顾|倡导民间投资、溪谷共享，形成民间投资、溪谷共享格局。"+
			"倡导山民共建、溪谷共享，形成山民共建、溪谷共享格局。",
	)))
	spec := map[string]float64{}
	for _, c := range candidates(d, func(string) bool { return true }, func(*prepared) bool { return false }) {
		spec[c.text] = c.spec
	}
	pair, half := spec["民间投资、溪谷共享"], spec["溪谷共享"]
	if half == 0 || pair != half {
		t.Errorf("candidates: 民间投资、溪谷共享 as specific as %v, 溪谷共享 %v; want equal (%v)", pair, half, spec)
	}
}

// TestSlogansRankAboveRuns: an item of a slogan list ranks above a longer
// noun phrase the dictionary lacks, used as often (fictional report).
func TestSlogansRankAboveRuns(t *testing.T) {
	a := build("a", "1|一、工作回顾|推进河道清淤，完成河道清淤工程。")
	b := build("b",
		"1|一、总体要求|坚持稳物价、保就业、促消费，建成数字乡村服务站。",
		"2|二、重点工作|做到保就业、稳物价、促消费，用好数字乡村服务站。",
	)
	_, rank := newTermRanks(a, b)
	s, p := rank["稳物价"], rank["数字乡村服务站"]
	if s == 0 || p == 0 || s > p {
		t.Errorf("Compare: 稳物价 ranks %d, 数字乡村服务站 %d; want the slogan first (%v)", s, p, rank)
	}
}

// TestTermsBorrowedWords: a county's report (fictional) that quotes
// common words it also writes unquoted (“数字化” beside 数字化车间,
// “迭代” beside 迭代升级: emphasis, not names) and a programme's name the
// dictionary lists that it only ever quotes (“村村通”); it uses two plain
// phrases twice. The quoted common words rank below the plain phrases
// and the programme.
func TestTermsBorrowedWords(t *testing.T) {
	a := build("a",
		"1|一、工作回顾|推进河道清淤，完成河道清淤工程。",
	)
	b := build("b",
		"1|一、工作回顾|以“数字化”赋能茶园管理，新建数字化车间两个。推动政务服务“迭代”，平台迭代升级三次。"+
			"实施公路“村村通”工程。建设冷链仓储中心，冷链仓储中心投入运营。培育乡贤议事会，乡贤议事会覆盖各村。",
	)
	list, rank := newTermRanks(a, b)
	for _, above := range []string{"仓储中心", "乡贤议事会", "村村通"} {
		if rank[above] == 0 {
			t.Fatalf("Compare: new terms %v lack %s", list, above)
		}
		for _, word := range []string{"数字化", "迭代"} {
			if rank[word] != 0 && rank[word] < rank[above] {
				t.Errorf("Compare: new terms %v rank the quoted common word %s above %s", list, word, above)
			}
		}
	}
}

// TestQuotedList: a quoted list of short parallel items runs past 16
// characters and is still one term; a long quoted sentence or a list of
// long items is not (fictional slogans).
func TestQuotedList(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"茶园提质、溪谷添绿、古镇焕新、乡贤回归", true},                 // four items of four, 19 characters
		{"谁建设、谁管护、谁受益、谁承担责任", true},                   // items of three to five
		{"山要绿起来、水要清起来、村要美起来", true},                   // three items of five
		{"茶园提质、溪谷添绿", true},                           // short: quotable anyway
		{"茶园提质溪谷添绿古镇焕新乡贤回归共建共享", false},               // no list: too long for a name
		{"望川县全面推进茶园提质和溪谷添绿、古镇焕新", false},              // an item of 13 characters
		{"茶园提质、溪谷添绿、古镇焕新、乡贤回归、共建共享、人人参与、户户受益", false}, // over 32 characters
		{"茶园提质、溪谷添绿、5G全覆盖、乡贤回归", false},               // an item not of Han characters
	} {
		if got := quotable(c.q); got != c.want {
			t.Errorf("quotable(%s) = %v, want %v", c.q, got, c.want)
		}
	}
}

// newTermRanks compares a with b and returns b's new terms in their order
// and each one's rank, from 1.
func newTermRanks(a, b *corpus.Document) ([]string, map[string]int) {
	var list []string
	rank := map[string]int{}
	for i, term := range Compare(a, b, Options{}).NewTerms {
		list = append(list, term.Text)
		rank[term.Text] = i + 1
	}
	return list, rank
}
