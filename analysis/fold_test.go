package analysis

import (
	"testing"
	"unicode/utf8"
)

// TestSectionLength checks that the length BM25 weighs a section by is
// its folded heading's and text's characters and one for the line break
// between them, whatever joins them in FoldSection: a heading run on into
// its text by a comma or a space weighs as much as on a line of its own.
func TestSectionLength(t *testing.T) {
	for _, c := range []struct{ heading, joint, text string }{
		{"（一）加快发展新质生产力", "，", "推动白塔县产业升级。"},
		{"1.落实“双减”政策。", " ", "强化课后服务，覆盖率达到９８％。"},
		{"二○二三年工作回顾", "", "全年新建学校12所[1]。"},
		{"", "", "青川市教育局"},
		{"三、ＡＢＣ", "：", ""},
	} {
		want := utf8.RuneCountInString(Fold(c.heading)) + 1 + utf8.RuneCountInString(Fold(c.text))
		if got := SectionLength(FoldSection(c.heading, c.joint, c.text), c.joint); got != want {
			t.Errorf("SectionLength of %q+%q+%q = %d, want %d", c.heading, c.joint, c.text, got, want)
		}
	}
}
