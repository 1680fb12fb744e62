package corpus

import (
	"strings"
	"testing"
)

// readAll returns the headings and texts of every section of a text file
// read as name, one string, for tests that look for what must not be left.
func readAll(t *testing.T, name, text string) (*Document, string) {
	t.Helper()
	d, err := Read(name, []byte(text))
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	var b strings.Builder
	for _, s := range d.Sections {
		b.WriteString(s.Heading + "\n" + s.Text + "\n")
	}
	return d, b.String()
}

// A page wrapped at a fixed width can break a character reference in two
// across its line break (&ens / p;): mended, it reads as the space it
// stands for, and a search for the sentence around it finds it whole.
func TestBrokenReferenceMended(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"冲锋在前，&ens\np;群众踊跃参与", "冲锋在前，\n\u2002群众踊跃参与"},
		{"主动作为，&nb\r\nsp;各方参与", "主动作为，\r\n\u00a0各方参与"},
		{"全县&\nmdash;一年来", "全县\n—一年来"},
		// halves that name no reference HTML knows stay as they are
		{"研发R&D\nE;投入", "研发R&D\nE;投入"},
		{"工程&ab\ncd;推进", "工程&ab\ncd;推进"},
	} {
		if got := decodeReferences(tc.in); got != tc.want {
			t.Errorf("decodeReferences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	text := "白塔县2031年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n" +
		"一、2030年工作回顾\n过去一年，全县上下齐心协力，医护人员白衣执甲、逆\n行出征，党员干部闻令而动、冲锋在前，&ens\n" +
		"p;群众踊跃参与、倾情奉献，仅用8天就实现清零。\n"
	_, all := readAll(t, "baita-2031.txt", text)
	if strings.Contains(all, "&ens") || strings.Contains(all, "p；") || !strings.Contains(all, "冲锋在前，群众踊跃参与") {
		t.Errorf("sections keep the broken reference or lose the sentence:\n%s", all)
	}
}

// A news portal's bar over its story, kept line by line by a scraper: its
// names and site map, its customer-service link run into its home-page
// button, its rating box, feedback and vote buttons, and its script's
// variable are the page's, not the report's opening.
func TestPortalBarWordsDropped(t *testing.T) {
	text := "青川网|青川网络电视台|网站地图\n客服设为首页\n登录\n\n白塔县2031年政府工作报告\n\n评分\n" +
		"意见反馈 意见反馈 顶 踩 收藏 收藏\nchannelId 1 1 1\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作，请予审议。\n\n" +
		"一、2030年工作回顾\n\n过去一年，全县生产总值增长6%。\n"
	d, all := readAll(t, "baita-2031.txt", text)
	for _, w := range []string{"网站地图", "客服", "评分", "意见反馈", "顶踩", "channelId"} {
		if strings.Contains(all, w) {
			t.Errorf("sections keep the bar's %q:\n%s", w, all)
		}
	}
	if d.Title != "白塔县2031年政府工作报告" || !strings.Contains(all, "过去一年，全县生产总值增长6%。") {
		t.Errorf("title %q, sections:\n%s", d.Title, all)
	}
	// a report's own line that names a station or a camel-cased product
	// among its words stays
	for _, l := range []string{"青川广播电视台｜青川日报", "建成智慧平台appStore 2 3"} {
		if chromeLine(l, true) {
			t.Errorf("chromeLine(%q) = true, want false", l)
		}
	}
}

// A copy site's label over its blurb (简介), alone on its line between the
// page's stamp and the text, is no part of the report's opening.
func TestBlurbLabelDropped(t *testing.T) {
	text := "您现在的位置是:首页 > 党团范文\n\n[2031年工作总结]白塔县教育局2031年工作总结\n\n2032-03-02人围观\n简介\n\n" +
		"  2031年，县教育局深入贯彻党的教育方针，各项工作取得新进展。现将全年工作总结如下：\n\n  一、主要工作\n\n" +
		"  (一)加强党的建设\n\n  1.深入开展主题教育。全系统开展集中学习12场。\n"
	_, all := readAll(t, "baita-edu.txt", text)
	if strings.Contains(all, "简介") || !strings.Contains(all, "各项工作取得新进展") {
		t.Errorf("sections keep the label or lose the text:\n%s", all)
	}
}

// A library's PDF text of a paper whose headline left its place out: the
// paper's own title under it writes the place as the template's blank,
// spaced from the words as the PDF spaces numbers (XX 区… 2031 年…), and
// the reading joins it to the text across the PDF's wraps. The title's
// copy goes; the blank keeps no space in the text (健康XX行动).
func TestMaskedTitleRepeatDropped(t *testing.T) {
	text := "区卫生健康局2031年工作总结和2032年工作计划\nVIP专免\n2032-05-20\n999+\n18KB\n10 页\n海报\n侵权投诉\n" +
		"XX 区卫生健康局 2031 年工作总结和 2032 年工作计划\n2031 年,区卫健局在区委、区政府的领导下,紧紧围绕\n" +
		"疫情防控为重点,以深化卫生健康综合改革为切入点,不断提\n升我区卫生健康工作水平,现将 2031 年工作情况汇报如下:\n" +
		"一、2031 年工作总结\n1.疫情防控总体向好。全年累计排查管控人员 X人,《健康 XX 行动》考\n核在全市排名第三,组建 XX 市第四人民医院医共体。\n"
	d, all := readAll(t, "qc-health.txt", text)
	if d.Title != "区卫生健康局2031年工作总结和2032年工作计划" {
		t.Errorf("title %q", d.Title)
	}
	if strings.Count(all, "工作总结和2032年工作计划") != 1 || !strings.Contains(all, "2031年，区卫健局在区委") {
		t.Errorf("sections keep the title's copy or lose the text:\n%s", all)
	}
	for _, w := range []string{"《健康XX行动》", "组建XX市第四人民医院", "管控人员X人"} {
		if !strings.Contains(all, w) {
			t.Errorf("sections lack %q:\n%s", w, all)
		}
	}
	// a Latin word's X, and a mask between two numbers, keep their spaces
	for _, tc := range []struct{ in, want string }{
		{"接入 Xbox 平台，增长 5%", "接入 Xbox 平台，增长5%"},
		{"全年 X 项，实现 XX 万元", "全年X项，实现XX万元"},
	} {
		if got := squeezeHanSpaces(tc.in); got != tc.want {
			t.Errorf("squeezeHanSpaces(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
