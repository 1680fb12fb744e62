package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestReadFlatOrdinalPoints checks that in a report that lost its
// paragraph breaks (one sentence a line), the points of a paragraph numbered 第一，第二，第三， (each a
// sentence, a few sentences apart) are its text, not headings, and the
// parts around them keep their headings.
func TestReadFlatOrdinalPoints(t *testing.T) {
	fill := func(from, n int) string {
		var b strings.Builder
		for i := from; i < from+n; i++ {
			fmt.Fprintf(&b, "全县第%d批重点项目新开工%d个，完成投资%d亿元。\n", i, i+3, i*2+5)
		}
		return b.String()
	}
	// one sentence a line, as oneline.go parts a text run together
	head := "白塔县教育局2031年工作总结\n2031年，全县教育系统坚持立德树人，各项工作取得新进展。\n"
	points := head + "一、2031年工作回顾\n" + fill(1, 12) +
		"过去一年，我们主要做了以下工作。\n第一，农业生产连续增产，粮食总产达到三十万吨。\n" + fill(20, 3) +
		"第二，工业生产有了新的发展，规上工业增加值增长8%。\n" + fill(30, 3) +
		"第三，商品供应状况显著改善，物价稳定，财政收支平衡。\n" + fill(40, 3) +
		"二、2032年工作打算\n" + fill(50, 12)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"points", points, []string{"1 一、2031年工作回顾", "1 二、2032年工作打算"}, []string{"第一，", "第二，", "第三，"}},
	} {
		d, err := Read("白塔县教育局工作总结.txt", []byte(c.text))
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
			for _, n := range c.not {
				if strings.Contains(h, n) {
					t.Errorf("%s: heading %q is a point of a paragraph", c.name, h)
				}
			}
		}
		checkTiling(t, d)
	}
}
