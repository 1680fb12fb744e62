package corpus

import (
	"strings"
	"testing"
)

// TestListHeadersAboveReport: a news page that runs its sidebar's lists
// above the report it carries leaves their headers on lines of their own,
// each list's name with its link to more (更多 今日话题) or a ranking's
// name (24小时排行榜). The last of them sat right above the date line, where
// the report's title would be, and was read as the title; neither may be
// the title nor stay in the text.
func TestListHeadersAboveReport(t *testing.T) {
	page := strings.Join([]string{
		"青川新闻网|青川电视台|网站地图",
		"",
		"青川省政府工作报告",
		"",
		"发布时间：2031年02月20日 12:01 | 来源：青川日报",
		"",
		"更多 今日话题",
		"",
		"更多 24小时排行榜",
		"",
		"在青川省第十三届人民代表大会第五次会议上",
		"",
		"青川省人民政府省长 某某",
		"",
		"（2031年1月10日）",
		"",
		"  各位代表：",
		"",
		"  我代表省人民政府，向大会报告工作，请予审查，并请省政协委员提出意见。",
		"",
		"  一、2030年工作回顾",
		"",
		"  过去的一年，我们坚持稳中求进工作总基调，较好地完成了省第十三届人大四次会议确定的主要目标任务。",
		"",
		"  二、2031年工作安排",
		"",
		"  今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
	}, "\n")
	d, err := Read("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Title, "更多") || strings.Contains(d.Title, "排行") {
		t.Errorf("title %q is a sidebar list's header", d.Title)
	}
	if !strings.Contains(d.Title, "政府工作报告") {
		t.Errorf("title %q, want the page's headline or 政府工作报告", d.Title)
	}
	for _, l := range strings.Split(d.Body, "\n") {
		if strings.Contains(l, "更多") || strings.Contains(l, "排行榜") {
			t.Errorf("body keeps the list header %q", l)
		}
	}
	if d.Year != 2031 || d.Region != "青川省" {
		t.Errorf("year %d region %q, want 2031 青川省", d.Year, d.Region)
	}
}

// TestListHeaderLine: the header of a list beside a story, and what is not
// one: a report's line that speaks of more, a heading, a sentence.
func TestListHeaderLine(t *testing.T) {
	for l, want := range map[string]bool{
		"更多 今日话题":     true,
		"今日话题 更多>>":   true,
		"24小时排行榜":     true,
		"点击排行":        true,
		"更多":          true,
		"更多 热点 推荐 专题": false, // more names than a list's header holds: a menu's rule decides
		"更多惠民政策落地见效":  false,
		"一、更多 发展成果":   false,
		"让更多 群众受益。":   false,
		"全省排行第三":      false,
		"全省排行":        false, // a table's cell, one a line: no ranking's word before 排行
	} {
		if got := listHeaderLine(l); got != want {
			t.Errorf("listHeaderLine(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestDisclosureFieldsOneALine: a portal's disclosure table that a scraper
// printed twice, once a row a line (索 引 号 … 主题分类 政务督查) and once a
// field a line, leaves the labels whose values were short or empty on lines
// of their own: 主题分类 with its value, 文  号 padded to its column with
// nothing after it, 公文时效 alone. They are the table's, never the report's.
func TestDisclosureFieldsOneALine(t *testing.T) {
	page := strings.Join([]string{
		"政府工作报告",
		"当前位置: 首页 >> 政务公开 >> 政府工作报告",
		"索 引 号 K00012345/2031-00044 主题分类 政务督查",
		"发布机构 政府办公室 文  号",
		"成文日期 2031-02-06 公文时效",
		"索 引 号 K00012345/2031-00044",
		"主题分类 政务督查",
		"发布机构 政府办公室",
		"文  号",
		"成文日期 2031-02-06",
		"公文时效",
		"",
		"2031年政府工作报告",
		"",
		"白塔区人民政府区长   某  某",
		"",
		"各位代表：",
		"",
		" 现在，我代表区人民政府向大会报告工作，请予审议，并请政协委员和其他列席会议的同志提出意见。",
		"",
		" 一、2030年工作回顾",
		"",
		" 过去一年，全区上下攻坚克难，较好完成了区十六届人大三次会议确定的目标任务。",
	}, "\n")
	d, err := Read("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(d.Body, "\n") {
		if w := despace(l); strings.HasPrefix(w, "主题分类") || w == "文号" || w == "公文时效" {
			t.Errorf("body keeps the disclosure field %q", l)
		}
	}
	if d.Region != "白塔区" {
		t.Errorf("region %q, want 白塔区", d.Region)
	}
}
