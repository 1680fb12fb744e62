package corpus

import (
	"strings"
	"testing"
)

// TestReadAcrossColumns: a page laid out in two columns reads column by
// column; a table whose rows part their cells by wide gaps, and a text
// with a wide gap here and there, come back as they are.
func TestReadAcrossColumns(t *testing.T) {
	row := func(l, r string) string {
		return l + strings.Repeat(" ", 4+2*22-2*len([]rune(l))) + r
	}
	var page []string
	var left, right []string
	for i := 0; i < 10; i++ {
		left = append(left, "左栏第"+string(rune('一'+i))+"行的文字，讲澄岚县的香菇产业")
		right = append(right, "右栏第"+string(rune('一'+i))+"行的文字，讲澄岚县的农村公路")
	}
	for i := range left {
		page = append(page, row(left[i], right[i]))
	}
	in := "澄岚县2032年工作要点\n" + strings.Join(page, "\n") + "\n                    - 1 -\n"
	want := "澄岚县2032年工作要点\n" + strings.Join(left, "\n") + "\n" + strings.Join(right, "\n") + "\n                    - 1 -\n"
	if got := readAcrossColumns(in); got != want {
		t.Errorf("two columns:\n%s\nwant\n%s", got, want)
	}

	table := "指标名称            单位        2031年完成      增长\n"
	for i := 0; i < 10; i++ {
		table += "澄岚县指标" + string(rune('一'+i)) + "          亿元        182.6           6.1%\n"
	}
	if got := readAcrossColumns(table); got != table {
		t.Errorf("table changed:\n%s", got)
	}

	prose := "现在，我代表县人民政府，向大会报告工作。\n县长    林远舟\n" + strings.Repeat("过去一年，全县生产总值增长6.1%，城乡居民收入稳步提高。\n", 10)
	if got := readAcrossColumns(prose); got != prose {
		t.Errorf("prose changed:\n%s", got)
	}
}
