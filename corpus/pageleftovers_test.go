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
