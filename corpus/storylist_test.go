package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestCutDatedStoryList: a list of other stories with a date under each
// goes only under its heading and below the text; a report's own dated
// entries (a 大事记, notes) stay, and prose after the list keeps what
// follows it.
func TestCutDatedStoryList(t *testing.T) {
	text := "全年完成各项目标任务。"
	item := func(n string) string {
		return "望川县召开第" + n + "次专题会议\n会议研究部署下一阶段重点工作。\n2031-09-1" + n + " 10:20:00"
	}
	prose := strings.Repeat("我们将坚持以人民为中心，抓好就业、教育、医疗和养老等民生工作。", 4)
	cases := []struct {
		name, in, want string
	}{
		{"list and what follows it go", text + "\n相关阅读\n" + item("1") + "\n" + item("2") + "\n" + item("3") + "\n头条阅读\n关于我们", text},
		{"headline with the date glued on", text + "\n猜你喜欢\n明湖市湖鲜节开幕 2031-09-11\n望川县秋收进度过半 2031-09-12\n清江口码头扩建完工 2031-09-13", text},
		{"prose after the list stays", text + "\n相关新闻\n" + item("1") + "\n" + item("2") + "\n" + item("3") + "\n" + prose, text + "\n" + prose},
		{"two dates are no list", text + "\n相关阅读\n" + item("1") + "\n" + item("2"), ""},
		{"no sentence above the heading", "望川县政府工作报告\n相关阅读\n" + item("1") + "\n" + item("2") + "\n" + item("3"), ""},
		{"a column's label over stamps with the time", text + "\n经济新闻精选：\n明湖市湖鲜节开幕\n2031年09月11日 13:43:44\n望川县秋收进度过半\n2031年09月12日 08:12:37\n清江口码头扩建完工\n2031年09月13日 10:02:54", text},
		{"a label over dates without the time stays", text + "\n大事记：\n县十八届人大一次会议开幕\n2031年01月05日\n县城第二水厂建成供水\n2031年03月12日\n望川大桥通车\n2031年06月30日", ""},
		{"a chronicle without the heading stays", text + "\n大事记\n2031-01-05\n县十八届人大一次会议开幕。\n2031-03-12\n县城第二水厂建成供水。\n2031-06-30\n望川大桥通车。", ""},
	}
	for _, c := range cases {
		in := strings.Split(c.in, "\n")
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := strings.Join(cutDatedStoryList(slices.Clone(in)), "\n"); got != want {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, got, want)
		}
	}
}

// TestDropSiteNotice: a news site's copyright notice under the text goes,
// its heading and its clauses; the line after it that is neither numbered
// nor the site's stays, and nothing goes without a sentence above.
func TestDropSiteNotice(t *testing.T) {
	notice := "明湖新闻网版权与免责声明\n1、凡本网注明“来源：明湖新闻网”的所有作品，版权均属于明湖新闻网。\n2、本网转载稿件不代表本网观点。"
	cases := []struct{ in, want string }{
		{"全年完成各项目标任务。\n" + notice + "\n主管：中共明湖市委宣传部", "全年完成各项目标任务。\n主管：中共明湖市委宣传部"},
		{"全年完成各项目标任务。\n注：凡本网注明来源非明湖新闻网的作品，均转载自其他媒体。\n网站地图", "全年完成各项目标任务。\n网站地图"},
		{notice + "\n全年完成各项目标任务。", notice + "\n全年完成各项目标任务。"},
	}
	for _, c := range cases {
		if got := strings.Join(dropSiteNotice(strings.Split(c.in, "\n")), "\n"); got != c.want {
			t.Errorf("dropSiteNotice(%q):\ngot  %q\nwant %q", c.in, got, c.want)
		}
	}
}
