package corpus

import (
	"strings"
	"testing"
)

// portalReportPage is a county portal's page as a scraper keeps it: the
// accessibility toolbar over the site's name (twice, the second copy the
// mobile header's), the disclosure table whose bars and colons were lost
// (索引号 … 发布机构 …, 公开目录 … 发布日期 …, 文号 浏览量 10, 主题词 教育),
// the headline, then the paper's own title block: the office alone on
// its line and the title again, broken over two lines, blank lines
// between them, and the paper addressed to the office above.
var portalReportPage = strings.Join([]string{
	"无障碍浏览 打开适老化模式 x 注册 登录",
	"白塔县人民政府",
	"无障碍浏览 打开适老化模式 x 注册 登录",
	"索引号 01525914-6-11_B/2031-1214062 发布机构 白塔县教育体育局",
	"公开目录 法定主动公开内容 发布日期 2031-12-14",
	"文号 浏览量 10",
	"主题词 教育",
	"关于2031年及过去4年工作总结、2032年及未来5年工作计划的报告",
	"",
	"白塔县教育局",
	"",
	"关于2031年及过去4年工作总结、2032",
	"",
	"及未来5年工作计划的报告",
	"",
	"县政府办:",
	"",
	"根据要求,结合白塔教育实际,现将2031年及过去4年工作总结、2032年及未来5年工作计划报告如下。",
	"",
	"一、2031年及过去4年工作回顾",
	"",
	"(一)2031年工作回顾",
	"",
	"1.工作开展情况及成效。一是重教兴学意识不断增强,县委、县政府多次研究教育工作。二是办学条件不断改善,完成项目投资1.8亿元,新建校舍9万平方米。",
	"",
	"二、2032年及未来5年工作计划",
	"",
	"(一)2032年工作计划。巩固义务教育优质均衡成果,推进县一中迁建,新增学位1200个。",
}, "\n")

// TestPortalToolbarAndBareTable: the toolbar's switch written with the
// verb 打开 and the mode's name (打开适老化模式), its close button a letter
// x, and the disclosure rows without colons are the portal's, not the
// paper's: none survives in a section, none is the title, and the rows do
// not run into the headline as the lines of one wrapped paragraph.
func TestPortalToolbarAndBareTable(t *testing.T) {
	d, err := Read("page.txt", []byte(portalReportPage))
	if err != nil {
		t.Fatal(err)
	}
	if want := "关于2031年及过去4年工作总结、2032年及未来5年工作计划的报告"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	for _, s := range d.Sections {
		for _, w := range []string{"适老化", "注册", "浏览量", "公开目录", "主题词", "白塔县人民政府"} {
			if strings.Contains(s.Heading+"\n"+s.Text, w) {
				t.Errorf("section %q keeps the portal's %q:\n%s", s.Heading, w, s.Text)
			}
		}
	}
}

// TestTitleBlockUnderHeadline: the office's name alone on its line under
// the headline, and the title printed again, are the paper's title block:
// the office is the issuer (白塔 is no place the gazetteer knows, so
// the region stays unread), and neither it nor the title's copy is joined
// onto the headline as a link's anchor inside a sentence would be (the
// headline holds a 、 and is as long as a sentence, but it is a title).
func TestTitleBlockUnderHeadline(t *testing.T) {
	d, err := Read("page.txt", []byte(portalReportPage))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(d.Issuer, "教育局") {
		t.Errorf("issuer %q, want the office under the headline (…教育局)", d.Issuer)
	}
	for _, l := range strings.Split(d.Body, "\n") {
		if strings.HasPrefix(l, "关于2031年") && strings.Contains(l, "白塔县教育局") {
			t.Errorf("the office's line runs into the headline: %q", l)
		}
	}
}

// TestSummaryReportToOffice: a 关于…的报告 that names the office's own
// 工作总结 (关于2031年工作总结和2032年工作计划的报告, sent to the county
// government's office) is its summary, as the same title without 关于…的
// 报告 is; a report on a plan or a budget to a congress (关于…计划执行
// 情况与…计划草案的报告) is still none of the kinds.
func TestSummaryReportToOffice(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"关于2031年工作总结和2032年工作计划的报告", "总结"},
		{"关于2031年及过去4年工作总结、2032年及未来5年工作计划的报告", "总结"},
		{"关于白塔县2031年国民经济和社会发展计划执行情况与2032年计划草案的报告", ""},
		{"关于2031年预算执行情况和2032年预算草案的报告", ""},
	} {
		text := c.title + "\n\n县政府办：\n\n现将有关情况报告如下。\n\n一、主要工作\n\n全年新建校舍9万平方米，招聘教师122名，各项工作有序推进。\n"
		d, err := Read("page.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Kind != c.want {
			t.Errorf("%s: kind %q, want %q", c.title, d.Kind, c.want)
		}
	}
}
