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

// baitaWrapped is a fictional county's report whose hard wrap falls inside
// a figure written in Han numerals (…将增长百分之三 / 十二，即增加…).
const baitaWrapped = `白塔县人民政府工作报告
一、过去五年的工作
白塔县2031年的农业计划如果完成，全县粮食总产量比2026年将增长百分之三十二，即增加四万三千吨。以粮食和油料来说，五年间的产量合计都超过了以往任何时期。
五年来，全县新修水库十一座，整修塘坝和渠道一千二百多处，新增有效灌溉面积八万六千亩，旱涝保收的农田逐年扩大。县办工业从无到有，建成农具厂、砖瓦厂、粮油加工厂等企业二十三个，工业总产值比五年前增长一点八倍。
小学在校学生增加到四万一千人，每个乡都办起了中心小学和卫生院，城乡人民的生活有了显著的改善。
二、今后一年的任务
继续坚持农业和工业并举的方针，办好农田水利，力争粮食总产量再增长百分之五。抓紧冬春农田基本建设，完成整修渠道三百处、打井四百眼的任务，并且认真做好粮食的收购和供应工作。
勤俭办一切事业，节约每一个铜板，反对铺张浪费，把有限的资金用在生产建设最需要的地方，为全县人民办好几件看得见的实事。`

// TestWrappedHanNumber: a figure in Han numerals that a hard wrap cut in two
// (百分之三 / 十二，) is read whole: the line the wrap left opening with 十二，
// is the paragraph's rest, not a heading numbered 12 that cuts the
// paragraph (its figure then read as 百分之三).
func TestWrappedHanNumber(t *testing.T) {
	raw := hardWrapped(baitaWrapped, 38)
	if !strings.Contains(raw, "百分之三\n十二，") {
		t.Fatalf("the wrap does not cut 百分之三十二:\n%s", raw)
	}
	d, err := Read("baita-2031.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Body, "将增长百分之三十二，即增加四万三千吨") {
		t.Errorf("the wrapped figure is not read whole:\n%s", d.Body)
	}
	var heads []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			heads = append(heads, s.Heading)
		}
	}
	if want := []string{"一、过去五年的工作", "二、今后一年的任务"}; strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", heads, want)
	}
}
