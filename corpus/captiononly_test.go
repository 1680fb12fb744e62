package corpus

import (
	"errors"
	"strings"
	"testing"
)

// A page of photo captions alone is read from its captions, without the
// photographers' credits; a page with text of its own still drops them.
func TestCaptionsOnlyPage(t *testing.T) {
	for _, c := range []struct {
		name       string
		in         string
		want, gone []string
	}{
		{"captions with agency credits",
			"2月3日，明湖市第五届人民代表大会第二次会议开幕，市长作政府工作报告。 晨江社记者 林远 摄\n" +
				"2月3日，代表们认真阅读政府工作报告。 晨江社记者 林远 摄\n",
			[]string{"市长作政府工作报告。", "代表们认真阅读政府工作报告。"},
			[]string{"林远", "晨江社", "摄"}},
		{"credit glued after the full stop",
			"1月9日，望川县第十届人民代表大会第三次会议开幕。這是代表們在認真聽會。望川日报记者何青摄\n" +
				"1月9日，望川县第十届人民代表大会第三次会议开幕。这是列席人员旁听会议。望川日报记者何青摄\n",
			[]string{"在認真聽會。", "列席人员旁听会议。"},
			[]string{"何青", "望川日报"}},
	} {
		d, err := Read(c.name+".txt", []byte(c.in))
		if err != nil {
			t.Errorf("%s: Read = %v, want the captions read", c.name, err)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(d.Body, w) {
				t.Errorf("%s: body %q lacks %q", c.name, d.Body, w)
			}
		}
		for _, g := range c.gone {
			if strings.Contains(d.Body, g) {
				t.Errorf("%s: body %q keeps the credit's %q", c.name, d.Body, g)
			}
		}
		warned := false
		for _, w := range d.Warnings {
			warned = warned || w.Message == captionsOnlyWarning
		}
		if !warned {
			t.Errorf("%s: no warning that the page was read from its captions: %v", c.name, d.Warnings)
		}
	}

	// Text of its own: the caption goes as before, and nothing is said.
	d, err := Read("story.txt", []byte("明湖市召开政府工作报告征求意见座谈会\n"+
		"2月1日，市政府召开座谈会，听取各界对政府工作报告征求意见稿的意见和建议。与会人员围绕产业发展、城市建设等提出建议。\n"+
		"座谈会现场。 晨江社记者 林远 摄\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Body, "座谈会现场") || strings.Contains(d.Body, "林远") {
		t.Errorf("a story's caption kept: %q", d.Body)
	}
	for _, w := range d.Warnings {
		if w.Message == captionsOnlyWarning {
			t.Errorf("a story with text of its own warned as captions only")
		}
	}

	// Chrome alone is still no text.
	if _, err := Read("links.txt", []byte("返回 下载 相关 举报\n查看更多\n")); !errors.Is(err, ErrEmpty) {
		t.Errorf("chrome alone: Read = %v, want ErrEmpty", err)
	}
}
