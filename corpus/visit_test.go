package corpus

import (
	"strings"
	"testing"
)

// TestVisitMasked checks that the other party of a visit is blanked: the
// guests the host says came (来我县, 一行莅临), the hosts the visitor says
// it went to (率团赴), every mention of them, full or short; and that
// text telling of no visit is kept. The parties are places the gazetteer
// knows (masking walks it); the sentences are invented.
func TestVisitMasked(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		gone, kept []string
		sole       string // soleOwnPlace of the masked text
	}{
		{
			name: "guests come to the host",
			text: "溧阳市考察团一行来我县考察乡村振兴工作，县委书记陪同。考察团认为，如东县沿海产业布局合理，县委县政府抓落实有力，溧阳将借鉴。",
			gone: []string{"溧阳"}, kept: []string{"如东县"}, sole: "如东县",
		},
		{
			name: "guests arrive, traditional characters",
			text: "溧陽市考察團一行莅臨我縣調研，縣委書記陪同。考察團認為，如東縣發展勢頭良好，縣委縣政府工作紮實。",
			gone: []string{"溧陽"}, kept: []string{"如東縣"}, sole: "如东县",
		},
		{
			name: "the delegation sets out",
			text: "县委书记率党政代表团赴常州市溧阳市考察学习，溧阳市委书记陪同。代表团表示，如东县将学习溧阳经验，县委县政府将抓好落实。",
			gone: []string{"常州", "溧阳"}, kept: []string{"如东县"}, sole: "如东县",
		},
		{
			name: "no visit",
			text: "溧阳市召开乡村振兴推进会，市委书记出席。",
			kept: []string{"溧阳市"},
		},
		{
			name: "来 of a phrase, not of an arrival",
			text: "对溧阳集团来说，这次考察很有收获。",
			kept: []string{"溧阳集团"},
		},
		{
			name: "来看 of a phrase",
			text: "从溧阳市财政局来看，对口协作资金已拨付到位。",
			kept: []string{"溧阳市"},
		},
	} {
		got := visitMasked(tc.text)
		if len(got) != len(tc.text) {
			t.Errorf("%s: length %d, want %d", tc.name, len(got), len(tc.text))
		}
		for _, g := range tc.gone {
			if strings.Contains(got, g) {
				t.Errorf("%s: %q still named in %q", tc.name, g, got)
			}
		}
		for _, k := range tc.kept {
			if !strings.Contains(got, k) {
				t.Errorf("%s: %q lost from %q", tc.name, k, got)
			}
		}
		if tc.sole != "" {
			if s := soleOwnPlace(Simplify(got)); s != tc.sole {
				t.Errorf("%s: soleOwnPlace = %q, want %q", tc.name, s, tc.sole)
			}
		}
	}
}

// TestVisitHeadlinePlace checks the side a visit's headline gives: the
// host after the guests' arrival, the visitor before its departure, none
// when that side is not named in full, and no visit in other headlines.
func TestVisitHeadlinePlace(t *testing.T) {
	for _, tc := range []struct {
		title, want string
		visit       bool
	}{
		{"霁川市考察团莅临桐溪县开展对口协作", "桐溪县", true},
		{"霁川市桐溪县工作考察团莅临青岫县", "青岫县", true},
		{"桐溪县县长率党政代表团赴霁川市考察", "桐溪县", true},
		{"霁川市农业局一行来我县调研", "", true},
		{"霁川市农业局来溪调研春耕", "", true},
		{"桐溪县召开乡村振兴工作推进会", "", false},
		{"桐溪县集团来年产值将翻番", "", false},
	} {
		got, ok := visitHeadlinePlace(tc.title)
		if got != tc.want || ok != tc.visit {
			t.Errorf("visitHeadlinePlace(%q) = %q, %v; want %q, %v", tc.title, got, ok, tc.want, tc.visit)
		}
	}
}

// TestSoleOwnPlaceLevelsTied checks that a text speaking as two levels as
// often (县政府, 县长 of its own; 市政府 of the city's meeting it relays)
// gets the one place of the level it names, and none when it names one of
// each level.
func TestSoleOwnPlaceLevelsTied(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"县政府召开第三次全体会议，传达省政府和市政府全体会议精神。县长主持会议。会议要求，如东县各部门抓好落实，确保如东县全年目标完成。", "如东县"},
		{"县政府召开全体会议，传达市政府全体会议精神，县长、市长出席。如东县、溧阳市有关负责人参加。", ""},
	} {
		if got := soleOwnPlace(tc.text); got != tc.want {
			t.Errorf("soleOwnPlace(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSoleOwnPlaceModernPractice checks that a county's news that names
// its county only by its short form, in the slogan of its modernization's
// practice (中国式现代化某某实践, …建设的某某新实践), gets that county, and
// that the short form before 实践 with no such slogan (学习某某实践, a
// partner's way of working) attests nothing.
func TestSoleOwnPlaceModernPractice(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"县人大代表分组审议县政府工作报告。代表们表示，要紧扣全县目标任务，奋力谱写中国式现代化泰顺实践。县委、县政府领导参加审议。", "泰顺县"},
		{"县人大代表分组审议县政府工作报告。代表们表示，全县要在中国式现代化建设的泰顺新实践中走在前列，县委领导参加审议。", "泰顺县"},
		{"县人大代表分组审议县政府工作报告。代表们表示，全县要学习借鉴泰顺实践，县委、县政府领导参加审议。", ""},
	} {
		if got := soleOwnPlace(tc.text); got != tc.want {
			t.Errorf("soleOwnPlace(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCreditPlace checks the place of a reporter's credit or an agency's
// dateline: named in full in the text beyond the credit, by its full name
// whether or not the gazetteer knows it (a fictional county here, as
// Taiwan's are unknown to it), and nothing when the text does not name it.
func TestCreditPlace(t *testing.T) {
	for _, tc := range []struct{ head, text, want string }{
		{"【記者林曉明/桐溪報導】", "桐溪縣長今天出席活動，桐溪縣政府表示將持續推動。", "桐溪县"},
		{"記者:林曉明 / 桐溪縣 報導 發佈時間:2031-10-23", "桐溪縣長在縣議會進行施政總報告。", "桐溪县"},
		{"（中央社記者王大同桐溪縣3日電）", "桐溪縣政府今天舉辦活動。", "桐溪县"},
		{"中央社／ 桐溪縣1日電", "桐溪縣政府今日於縣府廣場辦理升旗活動。", "桐溪县"},
		{"记者 张某／北京报道", "会议在京召开，各地代表参加。", ""},
		{"记者 张某／桐溪报道", "记者 张某／桐溪报道 会议召开。", ""}, // the credit alone
	} {
		if got := creditPlace(tc.head, tc.head+"\n"+tc.text); got != tc.want {
			t.Errorf("creditPlace(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}

// TestVisitHeadlineGuestsNotRegion checks that a visit's headline that
// names only the guests (a real city's bureau here, so that the gazetteer
// knows it) and the host by one character (来溪) gives the page no region:
// the guests' place leads the headline but is not the page's, and the
// text never names the host.
func TestVisitHeadlineGuestsNotRegion(t *testing.T) {
	text := "溧阳市农业农村局来溪调研春耕生产\n3月12日，溧阳市农业农村局副局长带队一行来我县调研春耕生产，县农业农村局负责同志陪同。\n调研组实地查看了高标准农田建设和育秧工厂。\n"
	d, err := Read("news.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Region != "" {
		t.Errorf("region %q, want none", d.Region)
	}
}

// TestSoleOwnPlaceAutonomousShort checks that a county's news that names
// its autonomous county only by its place name (长阳 for 长阳土家族自治县)
// gets that county: before the words that make a short form the place's
// (长阳实际), as its everyday name (长阳县), or twice when it names no other
// county; and that a second county named beside it leaves the text none.
func TestSoleOwnPlaceAutonomousShort(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"县人大代表分组审议县政府工作报告。代表们表示，报告符合长阳实际，县委、县政府领导参加审议。", "长阳土家族自治县"},
		{"县人大代表分组审议县政府工作报告。代表们表示，长阳县三年来变化很大，县委、县政府领导参加审议。", "长阳土家族自治县"},
		{"县人大代表分组审议县政府工作报告。代表们说，报告回顾了三年来长阳取得的成就，希望把长阳的茶叶品牌做大。县委、县政府领导参加审议。", "长阳土家族自治县"},
		{"县人大代表分组审议县政府工作报告。代表们说，三年来长阳取得的成就值得学习，希望与长阳、如东加强协作。县委、县政府领导参加审议。", ""},
		{"县人大代表分组审议县政府工作报告。代表们说，报告回顾了三年来长阳取得的成就。县委、县政府领导参加审议。", ""},
	} {
		if got := soleOwnPlace(tc.text); got != tc.want {
			t.Errorf("soleOwnPlace(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
