package corpus

import (
	"strings"
	"testing"
)

// hardWrapped returns text with each line longer than width characters
// broken every width characters, as a PDF's text copied out or a plain
// text site prints a report.
func hardWrapped(text string, width int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		rs := []rune(line)
		for len(rs) > width {
			out = append(out, string(rs[:width]))
			rs = rs[width:]
		}
		out = append(out, string(rs))
	}
	return strings.Join(out, "\n")
}

// qingchuanWrapped is a fictional city's report whose last part's last
// paragraph a hard wrap ends on a line of its own that reads as a reader's
// prompt (…用心用情的服务赢得 / 群众点赞。).
const qingchuanWrapped = `青川市人民政府工作报告
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。
一、2031年工作回顾
过去一年，全市地区生产总值增长5.6%，一般公共预算收入增长7.1%，城乡居民人均可支配收入分别增长5.2%、7.4%，主要指标好于预期。
二、2032年重点工作
持续增进民生福祉。实施一批群众需求强烈的普惠性民生项目，新建社区食堂四十个，改造老旧小区一百个，打通断头路十二条，让群众得到了实惠，以用心用情的服务赢得群众点赞。
三、加强政府自身建设
坚持依法行政，自觉接受人大法律监督和政协民主监督，办理人大建议和政协提案三百一十件，办复率达到百分之百。
各位代表，让我们紧密团结，埋头苦干，奋力谱写青川高质量发展新篇章！`

// TestWrappedPromptTail: a hard-wrapped report keeps the parts under a line
// that ends a wrapped sentence with words a page's prompt to like a story
// would open with (群众点赞。): the footer scan cut the report there, its
// last part and closing lost.
func TestWrappedPromptTail(t *testing.T) {
	raw := hardWrapped(qingchuanWrapped, 38)
	if !strings.Contains(raw, "\n群众点赞。\n") {
		t.Fatalf("the wrap does not leave 群众点赞。 on a line of its own:\n%s", raw)
	}
	d, err := Read("qingchuan-2032.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			heads = append(heads, s.Heading)
		}
	}
	if want := []string{"一、2031年工作回顾", "二、2032年重点工作", "三、加强政府自身建设"}; len(heads) < len(want) || strings.Join(heads[:len(want)], "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", heads, want)
	}
	if !strings.Contains(d.Body, "赢得群众点赞。") || !strings.Contains(d.Body, "高质量发展新篇章") {
		t.Errorf("the body lost the wrapped sentence's end or the report's close:\n%s", d.Body)
	}
}
