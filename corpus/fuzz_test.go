package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	report,
	"一、加快发展\n1、新建学校。全市新建中\n2、小学3所。\n2、教师队伍。\n",
	"标题 一.注重整体发展 1.继续推进。 2.加快建设。 二.注重协调 6.推进均衡。",
	"1、青石县今年以来工作总结\n\n2、之重的位置，\n\n3、年底",
	"钟楼区：目标一\n文字。\n溧阳市：目标二\n文字。",
	"〔一〕（1）①第一章 (2) 十一、二十、 1.5万 \r\n\u200b ＡＢ ６．５ 第1页 / 共2页",
	"",
	"\xff\xfe\x00",
	"各位代表：\n2031年工作回顾\n过去一年，全县地区生产总值增长6%，各项工作取得新成效，人民生活持续改善。\n一、产业\n文字。\n2032年工作安排\n今年全县经济社会发展的主要预期目标是增长6%左右，居民收入同步增长。\n一、民生\n文字。",
	"报告分两个部分：一、回顾；二、安排。\n回顾\n过去一年的工作很多很多很多很多很多很多很多很多很多很多很多很多。\n安排\n今年的工作很多很多很多很多很多很多很多很多很多很多很多很多很多。",
	"一、甲\n第一，乙。\n第二，丙。\n关于丁问题。\n名词解释\n[1]戊：己。\n[2]庚：辛。",
	"正文\n[1]甲：乙\n续\n[2]丙：丁",
}

// FuzzSplit checks that Split never panics and its sections tile any body,
// each starting with its heading.
func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	// a long speech without headings, whose outline is inferred by topic
	f.Add("各位代表：\n我代表县人民政府向大会报告工作。\n" + strings.Repeat("工业生产稳步增长，工厂整顿取得成效，产品质量提高。\n", 60) +
		strings.Repeat("农业生产责任制普遍建立，粮食产量创历史新高。\n", 60) + "各位代表！让我们共同努力。")
	f.Fuzz(func(t *testing.T, body string) {
		// a 政府工作报告 may have its outline inferred (infer.go, tile.go)
		for _, kind := range []string{"", "政府工作报告"} {
			d := &Document{ID: "x", Kind: kind, Body: body}
			Split(d)
			if err := tiles(d); err != "" {
				t.Fatalf("Split(%q) of kind %q: %s", body, kind, err)
			}
		}
	})
}

// FuzzClean checks that Clean never panics, returns valid UTF-8 without CR,
// zero-width characters or blank lines at its ends, and that Split tiles
// what it returns.
func FuzzClean(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		out, _ := Clean(text)
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", text, out)
		}
		if strings.ContainsAny(out, "\r\u200b\ufeff\ufffd") {
			t.Fatalf("Clean(%q) = %q: keeps CR, zero-width or replacement characters", text, out)
		}
		if out != strings.TrimSpace(out) {
			t.Fatalf("Clean(%q) = %q: not trimmed", text, out)
		}
		d := &Document{Body: out}
		Split(d)
		if err := tiles(d); err != "" {
			t.Fatalf("Split(Clean(%q)): %s", text, err)
		}
	})
}
