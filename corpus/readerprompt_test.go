package corpus

import (
	"strings"
	"testing"
)

// A story's page ends with prompts to the reader (like it, pass it on, keep
// it, scan the site's code, open its app) or with its list of recommended
// stories: they go with the footer, and the story's text stays.
func TestReaderPromptTail(t *testing.T) {
	story := "明湖市政府召开全体会议\n\n" +
		"12月20日下午，明湖市政府召开全体会议，讨论即将提请市人代会审议的政府工作报告（讨论稿），部署年末重点工作。\n\n" +
		"会议强调，要认真修改完善报告，确保全面完成年度各项任务。\n\n"
	for _, c := range []struct {
		name string
		tail string
		gone []string
	}{
		{"like and share", "（责任编辑：林远）\n\n文章不错，点个赞再走呗！\n\n转载是一种动力 分享是一种美德\n", []string{"点个赞", "分享是一种美德"}},
		{"keep it", "快些收藏！\n\n*本页内容如有不妥，请联系我们处理。\n", []string{"快些收藏", "如有不妥"}},
		{"scan the code", "未经授权严禁转载\n扫描下方二维码，获取更多精彩内容！\n", []string{"二维码"}},
		{"recommended and the app", "相关推荐 更多精彩内容\n\n暂无列表\n\n打开望川新闻参与讨论\n", []string{"相关推荐", "暂无列表", "参与讨论"}},
	} {
		body, _ := Clean(story + c.tail)
		if !strings.Contains(body, "确保全面完成年度各项任务。") {
			t.Errorf("%s: the story's text went: %q", c.name, body)
		}
		for _, g := range c.gone {
			if strings.Contains(body, g) {
				t.Errorf("%s: %q left at the page's end: %q", c.name, g, body)
			}
		}
	}

	// A report's own closing line that thanks or praises is no prompt.
	report := "各位代表！\n\n新的一年，我们要团结奋进，真抓实干，努力让群众满意、让企业点赞，为建设美丽明湖而努力奋斗！\n"
	if body, _ := Clean(report); !strings.Contains(body, "让企业点赞") {
		t.Errorf("a report's closing sentence went: %q", body)
	}
}
