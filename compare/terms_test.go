package compare

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// TestUnsureWhole: a whole and its core after one word the term finder
// cannot tell a modifier from a verb by (fictional phrases).
func TestUnsureWhole(t *testing.T) {
	for _, c := range []struct {
		whole, core string
		want        bool
	}{
		{"服务数字化升级", "数字化升级", true},      // 服务: a verbal noun as common as a verb
		{"建设教育强市", "教育强市", true},        // the same words, the other reading
		{"养老服务网络", "服务网络", true},        // a name to the dictionary
		{"推进服务数字化升级", "服务数字化升级", false}, // 推进: a verb
		{"数字化升级", "升级", false},          // 数字化: a noun
		{"服务数字化升级", "字化升级", false},      // not at a word's end
		{"数字化升级", "数字化升级", false},
	} {
		if got := UnsureWhole(c.whole, c.core); got != c.want {
			t.Errorf("UnsureWhole(%q, %q) = %v, want %v", c.whole, c.core, got, c.want)
		}
	}
}

// TestSubject: a phrase that opens a clause, an adverbial word and a verb
// after it to the clause's end, is the clause's subject (fictional
// sentences).
func TestSubject(t *testing.T) {
	for _, c := range []struct {
		s, t string
		want bool
	}{
		{"（五）服务数字化升级加快推进", "服务数字化升级", true},
		{"（二）养老服务网络持续完善", "养老服务网络", true},
		{"全区经济平稳运行，服务数字化升级稳步推进，", "服务数字化升级", true},
		{"三、推进服务数字化升级", "服务数字化升级", false},          // after a verb
		{"以服务数字化升级为抓手，", "服务数字化升级", false},         // after a preposition
		{"全市服务数字化升级加快推进", "服务数字化升级", false},        // not where the clause opens
		{"培育新动能，发展银发经济，", "发展银发经济", false},         // a verb and its object
		{"深化园区环境整治提升，", "深化园区环境整治", false},         // one verb: the object's last word
		{"服务数字化升级", "服务数字化升级", false},              // no predicate
		{"三、服务数字化升级加快推进；服务数字化升级", "服务数字化升级", true}, // one occurrence is enough
	} {
		if got := Subject(c.s, c.t); got != c.want {
			t.Errorf("Subject(%q, %q) = %v, want %v", c.s, c.t, got, c.want)
		}
	}
}

// TestQuoted: phrases between quotation marks, curly or straight
// (fictional sentences).
func TestQuoted(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"全面推进“双河共治”，落实「三清单」制度", []string{"双河共治", "三清单"}},
		// straight marks pair in order on each line
		{`完成农村"煤换电"改造，创建"整洁城镇"`, []string{"煤换电", "整洁城镇"}},
		{"落实\"四个到位\"要求\n开展\"清河\"行动", []string{"四个到位", "清河"}},
		// an odd number of marks on a line: no pair is sure
		{`落实"四个到位"要求，开展"清河行动`, nil},
		// a pair opened after a colon is a speech, which may quote inside
		{`县长说："要深化"三减"改革。"`, nil},
		// a sentence or a code is no name
		{`他"来了，又走了"；代码"1+10"`, nil},
	} {
		if got := quoted(c.s); !slices.Equal(got, c.want) {
			t.Errorf("quoted(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestByRank: terms rank by score, then count, then the longer first
// (fictional terms).
func TestByRank(t *testing.T) {
	ts := []Term{
		{Text: "园区活力", Score: 11.7, Count: 2},
		{Text: "青禾县域文旅融合示范带", Score: 11.7, Count: 2},
		{Text: "河湾共治", Score: 14.5, Count: 3},
		{Text: "明湖夜市", Score: 11.7, Count: 3},
		{Text: "乡村活力", Score: 11.7, Count: 2},
	}
	slices.SortFunc(ts, byRank)
	var got []string
	for _, x := range ts {
		got = append(got, x.Text)
	}
	want := []string{"河湾共治", "明湖夜市", "青禾县域文旅融合示范带", "乡村活力", "园区活力"}
	if !slices.Equal(got, want) {
		t.Errorf("byRank order %q, want %q", got, want)
	}
}

// TestEverydayPair: two words general Chinese uses all the time make a
// stock collocation, unless the last is a policy's head or one is rarer.
func TestEverydayPair(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"民间投资", true},  // both everyday
		{"外交工作", true},  // 外交 4,781: everyday since the bound is 3,000
		{"经营主体", false}, // 主体 2,851: a coinage of common words
		{"主题教育", false}, // 主题 2,673
		{"数字经济", false}, // 经济: a policy's field
		{"国际金融危机", false},
	} {
		if got := everydayPair(words(c.text)); got != c.want {
			t.Errorf("everydayPair(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestProgrammeHead: a verb right before a programme's head stands in the
// noun phrase, which names the programme of that action; before a
// field's head it takes the head as its object (fictional sentences).
func TestProgrammeHead(t *testing.T) {
	phrases := func(s string) []string {
		ws := words(s)
		var out []string
		nounPhrases(ws, wordInfosOf(ws), termWordsOf(ws), func(i, j int, unsure bool) {
			out = append(out, joinRunes(ws, i, j))
		})
		return out
	}
	for _, c := range []struct {
		s    string
		has  string
		want bool
	}{
		{"全县实施河湾振兴行动计划。", "河湾振兴行动计划", true},
		{"推行企业减负清单。", "企业减负清单", true},
		{"把扩大内需作为经济工作的主线。", "扩大内需作为经济", false},
		{"主动适应经济发展新常态。", "主动适应经济", false},
	} {
		got := phrases(c.s)
		if slices.Contains(got, c.has) != c.want {
			t.Errorf("nounPhrases(%q) = %q: holds %s %v, want %v", c.s, got, c.has, !c.want, c.want)
		}
	}
}

// TestAdverbBefore: an adjective after an adverb of manner is a
// predicate, a verb the dictionary tags as an adjective, and the phrase
// after it is the core; after an adverb of degree it may still modify the
// noun (fictional sentences).
func TestAdverbBefore(t *testing.T) {
	for _, c := range []struct {
		s    string
		b    int
		want bool
	}{
		{"严格落实河湾责任制", 1, true},  // 严格: ad
		{"更紧密经贸关系", 1, false},   // 更: d
		{"全面落实河湾责任制", 1, false}, // 全面: n
		{"落实河湾责任制", 0, false},
	} {
		if got := adverbBefore(words(c.s), c.b); got != c.want {
			t.Errorf("adverbBefore(%q, %d) = %v, want %v", c.s, c.b, got, c.want)
		}
	}
	ws := words("严格落实安全生产责任制。")
	var got []string
	nounPhrases(ws, wordInfosOf(ws), termWordsOf(ws), func(i, j int, unsure bool) {
		got = append(got, joinRunes(ws, i, j))
	})
	if !slices.Contains(got, "安全生产责任制") {
		t.Errorf("nounPhrases(严格落实安全生产责任制) = %q, want 安全生产责任制 among them", got)
	}
}

// TestFormulaRun: a verb and its object that the report repeats and never
// writes the object without is a formula, however common its words
// (fictional report).
func TestFormulaRun(t *testing.T) {
	a := build("a", "1|一、工作回顾|推进河道清淤，完成河道清淤工程。")
	b := build("b",
		"1|一、总体要求|今年是全面建成园林城市的关键一年。",
		"2|二、重点工作|围绕全面建成园林城市，实施十项工程。为全面建成园林城市打下基础。",
	)
	r := Compare(a, b, Options{})
	var list []string
	for _, term := range r.NewTerms {
		list = append(list, term.Text)
	}
	if !slices.Contains(list, "全面建成园林城市") {
		t.Errorf("Compare: new terms %v lack 全面建成园林城市", list)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"建成园林城市", true},
		{"全面建成园林城市", true},
		{"园林城市", false},
		{"建成推进", false},
	} {
		ws := words(c.s)
		if got := formulaRun(wordInfosOf(ws)); got != c.want {
			t.Errorf("formulaRun(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestSlogansCutApart: an item of a slogan list whose verb gse took with
// the next character into a word (补短 | 板) is the verb and its object
// still (fictional list).
func TestSlogansCutApart(t *testing.T) {
	got := slogans("全年坚持保供水、畅交通、补短板，")
	if !slices.Contains(got, "补短板") || !slices.Contains(got, "保供水") {
		t.Errorf("slogans = %q, want 保供水 and 补短板 among them", got)
	}
	for it, want := range map[string]string{"保供水": "保", "补短板": "补", "新技术": "新", "现代化": ""} {
		if got := sloganVerb(it); got != want {
			t.Errorf("sloganVerb(%s) = %q, want %q", it, got, want)
		}
	}
}

// TestCongressSession: a congress's numbered session is a date, no term;
// a plenum or an unnumbered meeting is not one (fictional names).
func TestCongressSession(t *testing.T) {
	for s, want := range map[string]bool{
		"县人民代表大会第三次会议": true,
		"县人大五次会议":      true,
		"县人大五次会议精神":    true,
		"县委十二届四次全会":    false,
		"全县经济工作会议":     false,
	} {
		if got := congressSession(s); got != want {
			t.Errorf("congressSession(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestSloganLists checks that sloganLists finds what sloganList finds in
// the whole text.
func TestSloganLists(t *testing.T) {
	for _, s := range []string{
		"", "稳增长、调结构", "明湖市要稳增长、调结构、惠民生，扩内需、保就业。",
		"望川县稳增长、调结构a惠民生、防风险", "稳增长、调结构、惠民生、", "、稳增长、调结构", "抓落实稳增长、调结构保民生、促发展",
		"稳增长 、调结构", "稳增长、调结\xff构、惠民生", "明湖稳增长、调结构",
	} {
		want := sloganList.FindAllStringIndex(s, -1)
		if got := sloganLists(s); !reflect.DeepEqual(got, want) {
			t.Errorf("sloganLists(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSameBefore: the last character but white space before each offset
// (望川县 notes of my own).
func TestSameBefore(t *testing.T) {
	text := "望川县新型储能\n新型储能，县新型储能"
	at := func(s string, from int) int { return from + strings.Index(text[from:], s) }
	a := at("新型储能", 0)
	b := at("新型储能", a+1)
	c := at("新型储能", b+1)
	for _, tc := range []struct {
		offs []int
		want bool
	}{
		{[]int{a, c}, true},  // 县 before both
		{[]int{a, b}, false}, // 县, then 能 across the line break
		{[]int{b, c}, false}, // 能 and 县
		{[]int{0, a}, false}, // nothing, then 县
	} {
		if got := sameBefore(text, tc.offs); got != tc.want {
			t.Errorf("sameBefore(%v) = %v, want %v", tc.offs, got, tc.want)
		}
	}
}

// TestIsTermWordHan: the ideographs isTermWord takes without unicode.Is
// are all Han to it.
func TestIsTermWordHan(t *testing.T) {
	for r := rune(0x4e00); r <= 0x9fff; r++ {
		if !unicode.Is(unicode.Han, r) {
			t.Fatalf("%U is no Han character to unicode.Is", r)
		}
	}
}

// TestWriteNoSpace: whitespace left out, a byte not of UTF-8 written as
// U+FFFD, as writing rune by rune does.
func TestWriteNoSpace(t *testing.T) {
	for _, s := range []string{"", " ", "明湖市 望川县\n", "\t明湖\u3000市\xff望川\xe6\x98县 \uFFFD", "\xff", "明湖\xe6"} {
		var want, got strings.Builder
		for _, r := range s {
			if !unicode.IsSpace(r) {
				want.WriteRune(r)
			}
		}
		writeNoSpace(&got, s)
		if got.String() != want.String() {
			t.Errorf("writeNoSpace(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

// TestRuneCounts: oneRune and severalRunes say what counting the
// characters says, for invalid bytes and characters of four bytes too.
func TestRuneCounts(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "湖", "明湖", "明湖市望川县", "\xff", "\xff\xfe", "湖\xff", "\xe6\x98",
		"\xe6\x98\xe6", "\xf0\xa0\x80\x80", "\xf0\xa0\x80\x80a", "\xf0\xa0\x80", "abcde", "\xff\xff\xff\xff\xff", "𠀀𠀀"} {
		n := utf8.RuneCountInString(s)
		if got := oneRune(s); got != (n == 1) {
			t.Errorf("oneRune(%q) = %v, %d characters", s, got, n)
		}
		if got := severalRunes(s); got != (n > 1) {
			t.Errorf("severalRunes(%q) = %v, %d characters", s, got, n)
		}
	}
}

// TestCnDigit: the numerals plenums looks for, and no other character.
func TestCnDigit(t *testing.T) {
	for _, r := range "一二三四五六七八九十百千零〇两第届a1" {
		if got, want := cnDigit(r), strings.ContainsRune("一二三四五六七八九十", r); got != want {
			t.Errorf("cnDigit(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestWordInfosOf: the words' infos, whether known already or not, are
// termWordInfo's.
func TestWordInfosOf(t *testing.T) {
	ws := words("明湖市推进望川县集团化办学，新建学校3所。")
	for _, w := range ws[:len(ws)/2] {
		termWordInfo(w.text) // half of them known before
	}
	got := wordInfosOf(ws)
	for k, w := range ws {
		if got[k] != termWordInfo(w.text) {
			t.Errorf("wordInfosOf: %q's info %+v, termWordInfo's %+v", w.text, got[k], termWordInfo(w.text))
		}
	}
}

// TestTermTextWordsColons: an address line is left out whether it ends
// with a wide colon or an ASCII one; a text with neither keeps all its
// words.
func TestTermTextWordsColons(t *testing.T) {
	for _, c := range []struct {
		text    string
		address bool // the first line addresses the notice
	}{
		{"各区教育局，各直属学校：\n明湖市推进集团化办学。", true},
		{"各区教育局，各直属学校:\n明湖市推进集团化办学。", true},
		{"明湖市推进集团化办学。", false},
		{"明湖市推进：集团化办学。", false},
	} {
		want := words(c.text)
		if c.address {
			body := strings.Index(c.text, "\n") + 1
			want = slices.DeleteFunc(want, func(w word) bool { return w.start < body })
		}
		p := &prepared{s: &corpus.Section{Text: c.text}}
		if got := p.termTextWords(); !reflect.DeepEqual(got, want) {
			t.Errorf("termTextWords(%q) = %v, want %v", c.text, got, want)
		}
	}
}

// TestTermWordsFrom: the words that may stand in a term, told from their
// infos, are those isTermWord tells.
func TestTermWordsFrom(t *testing.T) {
	ws := words("明湖市推进AI+教育、“双减”工作，新建学校3所（含望川县2所）。ⅰ型")
	if got, want := termWordsFrom(ws, wordInfosOf(ws)), termWordsOf(ws); !reflect.DeepEqual(got, want) {
		t.Errorf("termWordsFrom = %v, termWordsOf = %v (%v)", got, want, ws)
	}
}
