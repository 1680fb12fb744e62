package corpus

import (
	"reflect"
	"testing"
)

func TestIsBareHeading(t *testing.T) {
	para := "过去一年，全县地区生产总值增长6%，一般公共预算收入增长8%，各项工作取得新成效。"
	for _, tc := range []struct {
		prev, line, next string
		first            bool
		want             bool
		flat             bool // one sentence a line
	}{
		{"现在，我代表县人民政府向大会报告工作，请予审议。", "2031年工作回顾", para, false, true, false},
		{"", "2031年工作回顾", para, true, true, false},
		// Right under the title block's speaker or date line, which end
		// without a stop.
		{"云岫市人民政府市长 林某某", "2031年政府工作回顾", para, false, true, false},
		{"——2032年1月9日在云岫市第十六届人民代表大会第四次会议上", "2031年工作回顾", para, false, true, false},
		// Right under the title, the rest of the title block and the
		// greeting lost; a line that is no year's part stays the title's.
		{"政府工作报告", "2031年工作回顾", para, false, true, false},
		{"政府工作报告", "团结奋斗建设美好云岫", para, false, false, false},
		{para, "全面加强政府自身建设", "一、坚持依法行政", false, true, false},
		{"三、关于人民生活", "关于劳动就业问题。", para, false, true, false},
		{para, "把揭批“四人帮”式的流毒肃清，加强团结", para, false, true, false},
		// A title, before its subtitle or as the first line.
		{"", "云岫市2031年政府工作报告", para, true, false, false},
		{"", "团结奋斗，建设繁荣的云岫", "——1979年6月18日在云岫省第五届人民代表大会第二次会议上的报告", true, false, false},
		// A line that introduces the next, a sentence, a greeting, a list item.
		{para, "报告指出", para, false, false, false},
		{para, "今年政府工作的总体要求是", para, false, false, false},
		{para, "一是稳增长", para, false, false, false},
		{para, "各位代表", para, false, false, false},
		{para, "新建学校3所。", para, false, false, false},
		// The line before stops in the middle of a sentence; the next is short.
		{"全市实施“十五五”计划的关键一年，要推进", "经济和社会发展", para, false, false, false},
		{para, "2031年工作回顾", "各位代表：", false, false, false},
		{para, "（2031年1月8日）", para, false, false, false},
		// One sentence a line: a part's first sentence may be short, and
		// stands for its paragraph; in a text of paragraphs it does not.
		{"请予审议。", "2031年工作回顾", "过去一年极不平凡。", false, true, true},
		{"请予审议。", "2031年工作回顾", "过去一年极不平凡。", false, false, false},
		{"请予审议。", "2031年工作回顾", "极不平凡。", false, false, true},
		// The speaker under the date line, a photo's caption under him, is
		// no part in either.
		{"二〇三二年一月九日在云岫市第十六届人民代表大会第四次会议上", "云岫市人民政府市长林某某", "林某某作政府工作报告。", false, false, true},
		{"二〇三二年一月九日在云岫市第十六届人民代表大会第四次会议上", "云岫市人民政府市长林某某", para, false, false, false},
	} {
		if got := bareHeading(tc.prev, tc.line, tc.next, tc.first, tc.flat); got != tc.want {
			t.Errorf("bareHeading(%q, %q, %q, %v, flat %v) = %v, want %v", clip(tc.prev), tc.line, clip(tc.next), tc.first, tc.flat, got, tc.want)
		}
	}
}

func TestAnnouncedItems(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"报告分四个部分：一、过去一年的工作；二、调整国民经济；三、发展科学教育事业；四、加强民主和法制。", []string{"过去一年的工作", "调整国民经济", "发展科学教育事业", "加强民主和法制"}},
		{"这个报告分为三个部分：（1）关于生产；（2）关于生活；（3）关于团结。", []string{"关于生产", "关于生活", "关于团结"}},
		{"全市分三个部分推进改革。", nil},
		{"报告分两个部分：回顾。", nil},
	} {
		if got := announcedItems(tc.line); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("announcedItems(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestNotesStart(t *testing.T) {
	lines := func(ss ...string) []outlineLine {
		var out []outlineLine
		for i, s := range ss {
			out = append(out, outlineLine{i + 1, s})
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		lines []outlineLine
		want  int
	}{
		{"heading", lines("一、回顾", "正文。", "二、安排", "正文。", "名词解释", "[1]甲：乙。", "[2]丙：丁。"), 5},
		{"run", lines("一、回顾", "正文。", "二、安排", "正文。", "[1]甲：乙。", "续。", "[2]丙：丁。"), 5},
		{"run not from 1", lines("一、回顾", "正文。", "二、安排", "正文。", "[2]甲：乙。", "[3]丙：丁。"), 0},
		{"not at the end", lines("一、回顾", "[1]甲：乙。", "[2]丙：丁。", "二、安排", "正文。", "正文。"), 0},
		{"heading early", lines("注释：", "一、回顾", "正文。", "二、安排", "正文。", "正文。"), 0},
		{"none", lines("一、回顾", "正文。"), 0},
	} {
		if got := notesStart(tc.lines); got != tc.want {
			t.Errorf("notesStart(%s) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestDecodeEscapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<U+00A0><U+00A0>各位代表", "\u00a0\u00a0各位代表"},
		{"<U+4E2D>国", "中国"},
		{"<U+ZZZZ> <U+110000>", "<U+ZZZZ> <U+110000>"},
		{"无转义", "无转义"},
	} {
		if got := decodeEscapes(tc.in); got != tc.want {
			t.Errorf("decodeEscapes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsOneSentence(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"第一，集中力量办好农业，争取粮食有一个好的收成。", true},
		{"第二，努力改变市场销售疲软状况", true},
		{"第一，向深化改革要动力。改革是最大的红利。", false},
		{"第三，在治理整顿和深化改革中推动科学技术进步，保证教育事业稳步发展，继续控制社会总需求，努力做好财政金融工作。", false},
	} {
		if got := isOneSentence(tc.in); got != tc.want {
			t.Errorf("isOneSentence(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCutLines checks that a body whose long lines often stop mid-sentence
// (a wrap the reader could not undo) is told from one whose long lines are
// paragraphs and a lead or two.
func TestCutLines(t *testing.T) {
	para := "全县扎实推进各项工作，经济社会保持平稳健康发展，群众生活水平稳步提高。"
	lead := "推进县城扩容提质，加快构建以人为核心、城乡融合发展的新型城镇化格局"
	piece := "全县扎实推进各项工作，经济社会保持平稳健康发展，群众生活水平稳步提高和"
	build := func(texts ...string) []outlineLine {
		var ls []outlineLine
		for i, x := range texts {
			ls = append(ls, outlineLine{no: i + 1, text: x})
		}
		return ls
	}
	leads := build(para, para, para, para, para, para, para, para, para, para, lead, para)
	if cutLines(leads) {
		t.Errorf("cutLines(ten paragraphs and a lead) = true, want false")
	}
	cut := build(para, piece, para, piece, para, piece, para, lead, para)
	if !cutLines(cut) {
		t.Errorf("cutLines(paragraphs cut by a wrap) = false, want true")
	}
}
