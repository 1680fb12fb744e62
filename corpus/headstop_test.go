package corpus

import (
	"strings"
	"testing"
)

// TestSpaceBeforeHeadingStop: a converter that set a space before each
// full stop (…扎实有效 。坚持…) left the run-in heading's stop after the
// space. The heading keeps its stop and its text opens with its own words,
// not with the stop, as when no space was set.
func TestSpaceBeforeHeadingStop(t *testing.T) {
	text := strings.Join([]string{
		"政府工作报告",
		"——2031年4月27日在白塔县第十七届人民代表大会第五次会议上",
		"县长 某某",
		"各位代表：",
		"现在，我代表县人民政府向大会报告工作，请予审议。",
		"一、2030年工作回顾",
		"2030年是极不平凡的一年 。全县上下坚持稳中求进工作总基调 ，各项事业取得新进展。",
		"(一)疫情防控扎实有效 。坚持把人民群众生命安全放在首位 ，有效遏制疫情蔓延。",
		"(二)经济运行稳中有进。扎实做好各项工作 ，新增市场主体2651户。",
		"(三)改革开放深入推进 ；深化放管服改革 ，营商环境持续优化。",
	}, "\n")
	d, err := Read("report.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"(一)疫情防控扎实有效。": "坚持",
		"(二)经济运行稳中有进。": "扎实",
		"(三)改革开放深入推进；": "深化",
	}
	seen := 0
	for _, s := range d.Sections {
		if strings.HasPrefix(s.Text, "。") || strings.HasPrefix(s.Text, "；") {
			t.Errorf("section %q opens with the stop of its heading: %.20q", s.Heading, s.Text)
		}
		if open, ok := want[s.Heading]; ok {
			seen++
			if !strings.HasPrefix(s.Text, open) {
				t.Errorf("section %q opens %.20q, want %q", s.Heading, s.Text, open)
			}
		}
	}
	if seen != len(want) {
		var hs []string
		for _, s := range d.Sections {
			hs = append(hs, s.Heading)
		}
		t.Errorf("headings %q, want %d of %v", hs, len(want), want)
	}
}
