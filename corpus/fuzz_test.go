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
}

// FuzzSplit checks that Split never panics and its sections tile any body,
// each starting with its heading.
func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		d := &Document{ID: "x", Body: body}
		Split(d)
		if err := tiles(d); err != "" {
			t.Fatalf("Split(%q): %s", body, err)
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
