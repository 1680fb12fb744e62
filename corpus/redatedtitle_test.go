package corpus

import (
	"strings"
	"testing"
)

// TestRedatedHeadlineOverNotedTitle: a copy site re-dated an older paper in
// its headline (2033年教育体育局上半年工作总结) over the paper's own title
// line (2032教育体育局上半年工作总结), which the site's note repeats
// (下面是…推荐的2032教育体育局上半年工作总结供大家参阅). The title is the
// paper's own line, of the year its text reports on, not the headline.
func TestRedatedHeadlineOverNotedTitle(t *testing.T) {
	text := strings.Join([]string{
		"温馨提示：",
		"1. 本文档由用户上传，版权归属用户，某某文库负责整理代发布。",
		"网站客服：4008001234",
		"2033年教育体育局上半年工作总结",
		"2032教育体育局上半年工作总结",
		"下面是我们的小编给大家推荐的2032教育体育局上半年工作总结供大家参阅。",
		"2032年上半年，白塔县教育体育局认真贯彻落实全市教育工作会议精神，围绕教育质量这一核心，深入推进教育综合改革，取得了阶段性成效。",
		"一、实施常规管理提升工程，促进教育精细化管理",
		"（一）落实立德树人根本任务。以重要节日为契机，组织开展形式多样的班团队活动。",
		"（二）规范办学行为。严格执行课程计划，减轻学生课业负担。",
		"二、实施队伍建设提升工程，打造高素质教师队伍",
		"（一）加强师德师风建设。开展师德师风专题教育活动。",
	}, "\n")
	d, err := Read("summary.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "2032教育体育局上半年工作总结" {
		t.Errorf("title %q, want the paper's own line 2032教育体育局上半年工作总结", d.Title)
	}
	if d.Year != 2032 {
		t.Errorf("year %d, want 2032", d.Year)
	}

	// A headline of the same year as the noted line keeps its place: the
	// site shortened or tagged it, it did not re-date the paper.
	same := strings.Replace(text, "2033年教育体育局上半年工作总结", "2032年教育体育局上半年工作总结范文", 1)
	d, err = Read("summary.txt", []byte(same))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "2032年教育体育局上半年工作总结范文" && d.Title != "2032年教育体育局上半年工作总结" {
		t.Errorf("title %q, want the headline (2032年教育体育局上半年工作总结范文)", d.Title)
	}

	// The same with no note: the line under the headline gives its words
	// dated earlier, which no site does to a paper's own title.
	bare := strings.Replace(text, "下面是我们的小编给大家推荐的2032教育体育局上半年工作总结供大家参阅。\n", "", 1)
	d, err = Read("summary.txt", []byte(bare))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "2032教育体育局上半年工作总结" {
		t.Errorf("with no note: title %q, want 2032教育体育局上半年工作总结", d.Title)
	}

	// A headline dated earlier than the line under it is no re-dating
	// (a site never moves a paper's year back): the headline stands.
	back := strings.Replace(text, "2033年教育体育局上半年工作总结", "2031年教育体育局上半年工作总结", 1)
	d, err = Read("summary.txt", []byte(back))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "2031年教育体育局上半年工作总结" {
		t.Errorf("headline dated earlier: title %q, want the headline 2031年教育体育局上半年工作总结", d.Title)
	}
}

// TestPostedSummaryYearThisYearOpening: a copy site dated a bureau's summary
// and plan by the year it posted it (2033年市民政局年工作总结和工作计划, the
// title only its note gives) over a text that opens with 今年以来 and heads
// its first part with the year it sums up (一、2032年完成的主要工作). The
// paper is of that year, as when the opening names it (2032年，…).
func TestPostedSummaryYearThisYearOpening(t *testing.T) {
	text := strings.Join([]string{
		"下面是小编为大家整理的2033年市民政局年工作总结和工作计划(完整)，供大家参考。",
		"今年以来，全市民政系统在市委市政府的正确领导下，全面履行基本民生保障、基层社会治理和基本社会服务职责，为青川经济社会发展做出了积极贡献。",
		"一、2032年完成的主要工作",
		"（一）民政系统疫情防控果断有力。全市各级民政部门始终把服务对象生命安全放在第一位。",
		"（二）社会救助保障水平稳步提升。2032年，低保标准城乡统筹，全市平均为680元。",
		"二、2033年工作计划",
		"（一）兜牢民生底线。完善分层分类社会救助体系。",
	}, "\n")
	d, err := Read("minzheng.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Year != 2032 {
		t.Errorf("year %d, want 2032 (the year its first part sums up)", d.Year)
	}
	// An opening that names the title's year keeps it: the heading's
	// year is not enough alone.
	named := strings.Replace(text, "今年以来，全市", "2033年以来，全市", 1)
	if d, err = Read("minzheng.txt", []byte(named)); err != nil {
		t.Fatal(err)
	}
	if d.Year != 2033 {
		t.Errorf("opening names 2033: year %d, want 2033", d.Year)
	}
}
