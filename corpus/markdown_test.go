package corpus

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMarkdownBlocks checks what a converter's tables and wrapped
// paragraphs become (fictional text): rows are lines of words, borders
// go, and a paragraph wrapped in the source is one line again only where
// the text sets its paragraphs apart by blank lines.
func TestMarkdownBlocks(t *testing.T) {
	// blank-separated paragraphs, enough of them to tell the layout
	paras := strings.Repeat("全市新建公园绿地12处。\n\n", 6)
	tests := []struct {
		name, in, want string
	}{
		{"pipe table, empty header row (pandoc's gfm from .docx)",
			"目标如下：\n\n|    |    |\n|----|----|\n| 指标 | 目标 |\n| 城镇新增就业 | 4万人 |\n\n## 二、2032年工作安排",
			"目标如下：\n\n\n\n指标 目标\n城镇新增就业 4万人\n\n## 二、2032年工作安排"},
		{"pipe table with an escaped pipe, no outer pipes",
			"指标 | 目标\n---|:---:\n增长\\|百分比 | 5.5%",
			"指标 目标\n\n增长|百分比 5.5%"},
		{"grid table",
			"+------+------+\n| 指标 | 目标 |\n+======+======+\n| 就业 | 4万  |\n+------+------+",
			"\n指标 目标\n\n就业 4万\n"},
		{"pandoc's simple table, set in, and text at the margin after it",
			"  ------ ------\n  指标   目标\n\n  就业   4万人\n  ------ ------\n\n今年要抓好以下工作。",
			"\n指标 目标\n\n就业 4万人\n\n\n今年要抓好以下工作。"},
		{"pandoc's table with a header above its dashes",
			"  指标   目标\n  ------ ------\n  就业   4万人\n\n今年要抓好以下工作。",
			"指标 目标\n\n就业 4万人\n\n今年要抓好以下工作。"},
		{"a wrapped paragraph in blank-separated text is joined",
			paras + "过去一年，全市地区生产总值增长5.6%，新建改扩建中小学\n12所，新增学位1.5万个。\n\n## 一、工作回顾",
			paras + "过去一年，全市地区生产总值增长5.6%，新建改扩建中小学12所，新增学位1.5万个。\n\n## 一、工作回顾"},
		{"a footer's short lines and a menu's line are not joined to one another",
			paras + "过去一年，全市地区生产总值增长5.6%，新建改扩建中小学\n12所，新增学位1.5万个，城镇新增就业4.1万人，\n居民人均可支配收入增长5.8%。\n\n扫一扫在手机打开当前页\n信息来源：市政府研究室\n责任编辑：王明\n网站地图 | 页面纠错 | 版权声明 | 关于我们 | 联系我们\n主办单位：枫桥市人民政府办公室",
			paras + "过去一年，全市地区生产总值增长5.6%，新建改扩建中小学12所，新增学位1.5万个，城镇新增就业4.1万人，居民人均可支配收入增长5.8%。\n\n扫一扫在手机打开当前页\n信息来源：市政府研究室\n责任编辑：王明\n网站地图 | 页面纠错 | 版权声明 | 关于我们 | 联系我们\n主办单位：枫桥市人民政府办公室"},
		{"a hard break and a block start are not joined",
			paras + "枫桥市人民政府市长 温致远  \n各位代表：\n- 第一项工作",
			paras + "枫桥市人民政府市长 温致远  \n各位代表：\n- 第一项工作"},
		{"setext headings, and pandoc's div fences",
			"::: content\n一、工作回顾\n============\n\n（一）稳增长\n----------\n\n全市经济稳中有进。\n:::",
			"\n# 一、工作回顾\n\n\n## （一）稳增长\n\n\n全市经济稳中有进。\n"},
		{"a collapsed contents list goes with its tags; a block of another summary stays",
			"**明湖市十年规划纲要**\n\n<details>\n<summary>目录</summary>\n\n- 一、总体目标\n  - （一）发展目标\n- 二、主要任务\n\n</details>\n\n## 一、总体目标\n\n<details><summary>附表</summary>\n指标 目标\n</details>",
			"**明湖市十年规划纲要**\n\n\n\n\n\n\n\n\n\n\n## 一、总体目标\n\n<details><summary>附表</summary>\n指标 目标\n</details>"},
		{"a few broken lines in text whose paragraphs were never wrapped are not joined",
			"标题：青岚县2031年政府工作报告（《政府工作报告》——2031年1月16日在青岚县第九届人民代表大会第三次会议上）\n发布机构：青岚县人民政府（县长周明远向大会所作）\n通过或发布日期：2031年1月16日\n\n" + strings.Repeat(paras, 4),
			"标题：青岚县2031年政府工作报告（《政府工作报告》——2031年1月16日在青岚县第九届人民代表大会第三次会议上）\n发布机构：青岚县人民政府（县长周明远向大会所作）\n通过或发布日期：2031年1月16日\n\n" + strings.Repeat(paras, 4)},
		{"one paragraph a line, blank lines between parts only: not joined",
			strings.Repeat("一、工作回顾\n\n过去一年工作扎实。\n今年要抓好三件事。\n一是稳增长。\n二是促改革。\n\n", 3),
			strings.Repeat("一、工作回顾\n\n过去一年工作扎实。\n今年要抓好三件事。\n一是稳增长。\n二是促改革。\n\n", 3)},
	}
	for _, tt := range tests {
		got, _ := markdownBlocks(strings.Split(tt.in, "\n"))
		if g := strings.Join(got, "\n"); g != tt.want {
			t.Errorf("%s: markdownBlocks(%q)\n got %q\nwant %q", tt.name, tt.in, g, tt.want)
		}
	}
}

// TestMarkdownInlineConverterMarks checks the marks converters add inside
// a line (fictional text).
func TestMarkdownInlineConverterMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		// pandoc's smart punctuation
		{"------全市新增就业4万人。", "——全市新增就业4万人。"},
		{"枫桥---明湖", "枫桥—明湖"},
		{"----2032年1月15日", "----2032年1月15日"},
		// a note's text from pandoc, and a note's mark and back-link from mammoth
		{"[^1]: 注：部分数据为初步统计数。", "注：部分数据为初步统计数。"},
		{"增长5.6%。<a id=\"footnote-ref-1\"></a>[\\[1\\]](\\#footnote\\-1)", "增长5.6%。"},
		{"注：部分数据为初步统计数。 [↑](\\#footnote\\-ref\\-1)", "注：部分数据为初步统计数。 "},
		{"1. <a id=\"footnote-1\"></a> 注：部分数据为初步统计数。 [↑](\\#footnote\\-ref\\-1)", " 注：部分数据为初步统计数。 "},
		{"1. 新建学校12所。", "1. 新建学校12所。"},
		// a page number from a PDF is no list item
		{"- 3 -", "- 3 -"},
		{"- 新建学校12所。", "新建学校12所。"},
		// a rule stays a rule, a link to another page keeps its text
		{"---", ""},
		{"详见[附件1](/fj/1.pdf)", "详见附件1"},
		// a picture in emphasis marks goes with them (a page's icon)
		{"*   _![Image 3](/img/icon\\_r1.png)_ 2031-12-14", " 2031-12-14"},
		{"**![Image 4](/img/src.png)** 来源：明湖市医疗保障局", " 来源：明湖市医疗保障局"},
	}
	for _, tt := range tests {
		if got := markdownInline(tt.in); got != tt.want {
			t.Errorf("markdownInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzMarkdownBlocks checks that markdownBlocks never fails on any text
// and never invents a character: every Han character of its output is in
// its input, in the same order. Its input is decoded text (valid UTF-8):
// joining two halves of a broken character would make one.
func FuzzMarkdownBlocks(f *testing.F) {
	f.Add("|    |    |\n|----|----|\n| 指标 | 目标 |\n\n## 二、安排")
	f.Add("  ------ ------\n  指标   目标\n  ------ ------\n\n正文。")
	f.Add("一、回顾\n=====\n\n::: content\n全市\n经济。\n:::\n")
	f.Add(strings.Repeat("全市新建公园绿地12处。\n\n", 6) + "过去一年，新建\n学校。")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("not text")
		}
		got, _ := markdownBlocks(strings.Split(s, "\n"))
		han := func(s string) []rune {
			var rs []rune
			for _, r := range s {
				if IsHan(r) {
					rs = append(rs, r)
				}
			}
			return rs
		}
		in, out := han(s), han(strings.Join(got, "\n"))
		i := 0
		for _, r := range out {
			for i < len(in) && in[i] != r {
				i++
			}
			if i == len(in) {
				t.Fatalf("markdownBlocks(%q) = %q: a character not in the input, or out of order", s, got)
			}
			i++
		}
	})
}

// TestDropLinkMenus checks which of a web reader's link rows and link
// lists go as menus (fictional text): a report's own lists, of sentences
// or of links within itself, and a short list stay.
func TestDropLinkMenus(t *testing.T) {
	tests := []struct {
		name, in string
		gone     []int // lines blanked
	}{
		{"row under a label", "热门搜索：[灌区](http://s/1)[农田](http://s/2)[春耕](http://s/3)", []int{0}},
		{"heading row of a breadcrumb with arrows", "# 您现在的位置：[首页](/)>[新闻](/xw/)>[动态](/xw/dt/)", []int{0}},
		{"toolbar row with a word after it", "[读屏](javascript:void(0);)[繁體](javascript:; \"繁體\")[English](/en/)支持IPV6访问", []int{0}},
		{"menu list, a blank line between two items, an English name, a quoted name",
			"*   [**首页**_Home_](/)\n*   [新闻中心](/xw/)\n\n*   [“明湖通”APP](/app/)\n*   [互动](/hd/) [退出](javascript:void(0))", []int{0, 1, 3, 4}},
		{"three items are no menu", "*   [首页](/)\n*   [新闻](/xw/)\n*   [互动](/hd/)", nil},
		{"a report's contents links within itself", "*   [第一章 总则](#c1)\n*   [第二章 规划](#c2)\n*   [第三章 建设](#c3)\n*   [第四章 附则](#c4)", nil},
		{"a list item that is a sentence breaks the run",
			"*   [首页](/)\n*   [新闻](/xw/)\n*   全年新建[公园](/gy/)12处。\n*   [互动](/hd/)\n*   [服务](/fw/)", nil},
		{"a long link text is a headline, not a menu's item",
			"*   [明湖市召开全市农田水利建设工作推进会议](/a)\n*   [新闻](/xw/)\n*   [互动](/hd/)\n*   [服务](/fw/)", nil},
		{"two links glued are left to the converter's own rule", "详见[附件1](a.pdf)[附件2](b.pdf)", nil},
		{"a sentence with links", "全市新建[公园](/a)、[绿道](/b)和[广场](/c)，面积增长5%。", nil},
	}
	for _, tt := range tests {
		got := strings.Split(dropLinkMenus(tt.in), "\n")
		in := strings.Split(tt.in, "\n")
		var gone []int
		for i := range in {
			if got[i] != in[i] {
				gone = append(gone, i)
			}
		}
		if fmt.Sprint(gone) != fmt.Sprint(tt.gone) {
			t.Errorf("%s: lines blanked %v, want %v", tt.name, gone, tt.gone)
		}
	}
}
