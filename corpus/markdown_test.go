package corpus

import (
	"strings"
	"testing"
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
		{"a hard break and a block start are not joined",
			paras + "枫桥市人民政府市长 温致远  \n各位代表：\n- 第一项工作",
			paras + "枫桥市人民政府市长 温致远  \n各位代表：\n- 第一项工作"},
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
