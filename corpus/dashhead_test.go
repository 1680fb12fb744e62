package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestReadHeadingsAfterDash checks that a report's part headings written
// after a dash (——过去五年工作回顾, —— 2032年工作安排, ——一、…) are read as
// the parts they head, as the same headings without the dash are, while
// the title's dash subtitle stays in the title block and a review's
// dash-led lead (——立德树人成效明显、教育质量稳步提升) stays its part's text.
func TestReadHeadingsAfterDash(t *testing.T) {
	gov := "青川市白塔县2032年政府工作报告\n" +
		"——2032年1月6日在白塔县第十八届人民代表大会第五次会议上\n" +
		"白塔县人民政府县长 李明\n各位代表：\n" +
		"现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员提出意见。\n" +
		"——过去五年工作回顾\n" +
		"过去五年，是白塔县发展极不平凡的五年。全县地区生产总值由120亿元增加到180亿元，年均增长7.5%。\n" +
		"我们坚持项目为王，新建产业园区三个，引进企业一百余家，城乡面貌焕然一新，新建道路二百公里。\n" +
		"—— 2032年工作安排\n" +
		"今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城乡居民收入增长与经济增长同步。\n" +
		"（一）着力扩大有效需求。实施重点项目八十个，完成固定资产投资一百二十亿元。\n" +
		"（二）着力推进乡村振兴。新建高标准农田五万亩，粮食总产稳定在三十万吨以上。\n"
	edu := "白塔县教育局2031年工作总结和2032年工作计划\n" +
		"——在全县教育工作会议上的讲话\n" +
		"同志们：\n" +
		"今天召开全县教育工作会议，主要任务是总结去年教育工作，安排部署今年工作。下面，我讲两点意见。\n" +
		"——一、2031年教育工作回顾\n" +
		"——立德树人成效明显、教育质量稳步提升\n" +
		"一年来，全县教育系统坚持立德树人根本任务，各项工作取得新进展。\n" +
		"（一）基础教育质量稳步提升。全县新建幼儿园五所，新增学位一千二百个。\n" +
		"（二）教师队伍建设不断加强。招聘新教师一百二十名，培训教师三千人次。\n" +
		"——二、2032年工作计划\n" +
		"2032年，全县教育工作的总体思路是：坚持优先发展教育，办好人民满意的教育。\n" +
		"（一）推进学前教育普惠发展。新建公办幼儿园三所。\n" +
		"（二）推进义务教育优质均衡。改造薄弱学校十所。\n"
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"白塔县政府工作报告.txt", gov, []string{"1 过去五年工作回顾", "1 2032年工作安排", "2 （一）着力扩大有效需求。"}},
		{"白塔县教育局总结.txt", edu, []string{"1 一、2031年教育工作回顾", "2 （一）基础教育质量稳步提升。", "1 二、2032年工作计划"}},
	} {
		d, err := Read(c.name, []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		got := headings(d)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: headings %q, want %q among them", c.name, got, w)
			}
		}
		for _, h := range got {
			if strings.Contains(h, "——") || strings.Contains(h, "讲话") || strings.Contains(h, "成效明显") {
				t.Errorf("%s: heading %q is a subtitle or a lead, not a heading", c.name, h)
			}
		}
		if !strings.Contains(d.Sections[0].Text, "——") {
			t.Errorf("%s: the preamble %q lost its dash subtitle", c.name, d.Sections[0].Text)
		}
		checkTiling(t, d)
	}
}

// TestUndashHeadingsKeepsSubtitles checks that a dash line in the title
// block is left alone though its words name a year's part (白塔县教育局
// 工作要点 / ——2032年工作安排: the subtitle says what the paper is), also
// under a collector's header that ends with 正文：, and so
// is a dash line that holds a sentence.
func TestUndashHeadingsKeepsSubtitles(t *testing.T) {
	in := []string{"标题：白塔县教育局工作要点", "正文：", "白塔县教育局工作要点", "——2032年工作安排", "2032年全县教育工作的总体要求是：办好人民满意的教育。", "——2031年工作回顾。全县教育事业稳步发展。", "——过去五年工作回顾"}
	got := undashHeadings(slices.Clone(in))
	want := slices.Clone(in)
	want[6] = "过去五年工作回顾"
	if !slices.Equal(got, want) {
		t.Errorf("undashHeadings(%q) = %q, want %q", in, got, want)
	}
}
