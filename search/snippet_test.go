package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

func TestSnippet(t *testing.T) {
	tests := []struct {
		text    string
		needles []string
		width   int
		want    string
	}{
		// A phrase whose words matched separately is one span.
		{"推进教育现代化建设", []string{"教育", "现代化"}, 50, "推进<mark>教育现代化</mark>建设"},
		// Fullwidth text, ASCII query: the original characters are marked.
		{"加强ＡＩ＋教育应用", []string{analysis.Fold("ai+教育")}, 50, "加强<mark>ＡＩ＋教育</mark>应用"},
		// Whitespace inside a match in the text stays inside the span.
		{"课后 服务全覆盖", []string{analysis.Fold("课后服务")}, 50, "<mark>课后 服务</mark>全覆盖"},
		// Numbers and ASCII next to Han, and HTML escaped.
		{"建设5G示范校10所<b>", []string{"5g示范校"}, 50, "建设<mark>5G示范校</mark>10所&lt;b&gt;"},
		{"R&D投入增长12.5%", []string{"12.5%"}, 50, "R&amp;D投入增长<mark>12.5%</mark>"},
		// Overlapping matches merge.
		{"双减双减双", []string{"减双"}, 50, "双<mark>减双减双</mark>"},
		// No match: the start of the text.
		{"没有匹配的文字", []string{"双减"}, 3, "没有匹…"},
		// A cut window: ellipses on both sides, the mark never cut.
		{strings.Repeat("甲", 20) + "立德树人" + strings.Repeat("乙", 20), []string{"立德树人"}, 6,
			"…甲甲<mark>立德树人</mark>…"},
	}
	for _, tt := range tests {
		if got := Snippet(tt.text, tt.needles, tt.width); got != tt.want {
			t.Errorf("Snippet(%q, %q, %d) = %q, want %q", tt.text, tt.needles, tt.width, got, tt.want)
		}
	}
}

// FuzzSnippet checks the snippet invariants on any text: valid UTF-8, marks
// balanced and never nested, and the unmarked, unescaped snippet a piece of
// the text.
func FuzzSnippet(f *testing.F) {
	f.Add("推进教育现代化，ＡＩ＋教育 5G", "教育", 10)
	f.Add("a b a b", "ab", 3)
	f.Fuzz(func(t *testing.T, text, needle string, width int) {
		if width < 0 || width > 1000 || !utf8.ValidString(text) {
			return
		}
		got := Snippet(text, []string{analysis.Fold(needle)}, width)
		if !utf8.ValidString(got) {
			t.Fatalf("Snippet(%q, %q) = %q: invalid UTF-8", text, needle, got)
		}
		depth := 0
		for s := got; s != ""; {
			switch {
			case strings.HasPrefix(s, "<mark>"):
				depth++
				s = s[len("<mark>"):]
			case strings.HasPrefix(s, "</mark>"):
				depth--
				s = s[len("</mark>"):]
			default:
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			if depth < 0 || depth > 1 {
				t.Fatalf("Snippet(%q, %q) = %q: marks unbalanced", text, needle, got)
			}
		}
		if depth != 0 {
			t.Fatalf("Snippet(%q, %q) = %q: mark not closed", text, needle, got)
		}
	})
}

func TestHighlightNeedlesOR(t *testing.T) {
	q, err := Parse(`双减 OR "校外培训" 课后服务`)
	if err != nil {
		t.Fatal(err)
	}
	got := q.Needles(analysis.FoldSection("", "", "落实双减，做好课后服务。"))
	if strings.Join(got, " ") != "双减 课后服务" {
		t.Errorf("highlightNeedles for a section matching only 双减 of the OR = %q, want [双减 课后服务]", got)
	}
}
