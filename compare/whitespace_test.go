package compare

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// rewrap returns a copy of a report's text as another site would serve
// it: no blank lines, body paragraphs indented with two full-width spaces
// and broken every width characters (inside words and numbers too), and
// blank lines added after headings. Headings (lines shorter than 30
// characters) are kept on one line.
func rewrap(text string, width int) string {
	var sb strings.Builder
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) < 30 {
			sb.WriteString(line + "\n\n")
			continue
		}
		sb.WriteString("\u3000\u3000")
		rs := []rune(line)
		for len(rs) > width {
			sb.WriteString(string(rs[:width]) + "\r\n")
			rs = rs[width:]
		}
		sb.WriteString(string(rs) + "\n")
	}
	return sb.String()
}

// runIn returns a copy of a report's text in which every top-level
// heading (一、…) runs on into its first paragraph with nothing between
// them, as some scrapers join a page's paragraphs: Split then reads the
// heading up to the paragraph's first full stop.
func runIn(text string) string {
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if strings.Contains(l, "、") && strings.ContainsRune("一二三四五六七八九十", []rune(l)[0]) && utf8.RuneCountInString(l) < 30 {
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j < len(lines) {
				out = append(out, l+strings.TrimSpace(lines[j]))
				i = j
				continue
			}
		}
		out = append(out, lines[i])
	}
	return strings.Join(out, "\n")
}

// TestFormattingIsNotAChange compares a report (of our own writing) with
// a copy that differs only in blank lines, indentation and line wraps, or
// in top-level headings run into their first paragraph:
// with IgnoreSpace no section may be changed, added or removed, and the
// whole must be at least 99% similar.
func TestFormattingIsNotAChange(t *testing.T) {
	data, err := os.ReadFile("testdata/whitespace/yunxiu-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.Read("yunxiu-2025.txt", data)
	if err != nil {
		t.Fatalf("corpus.Read: %v", err)
	}
	for _, width := range []int{17, 23, 40, 0} {
		wrapped := runIn(string(data)) // 0: headings run into their text instead
		if width > 0 {
			wrapped = rewrap(string(data), width)
		}
		b, err := corpus.Read("yunxiu-2025-wrapped.txt", []byte(wrapped))
		if err != nil {
			t.Fatalf("corpus.Read (wrapped at %d): %v", width, err)
		}
		if len(a.Sections) != len(b.Sections) {
			t.Errorf("width %d: %d sections, the original has %d", width, len(b.Sections), len(a.Sections))
		}
		r := Compare(a, b, Options{IgnoreSpace: true})
		for _, p := range r.Pairs {
			if p.Status != Unchanged {
				t.Errorf("width %d: section %q is %s: %v", width, headingOf(p.To), p.Status, p.Diff)
			}
		}
		if r.Summary.Similarity < 0.99 {
			t.Errorf("width %d: similarity %.3f, want at least 0.99", width, r.Summary.Similarity)
		}
		if n := len(r.Summary.ChangedNumbers); n > 0 {
			t.Errorf("width %d: %d changed numbers, want none: %+v", width, n, r.Summary.ChangedNumbers)
		}
		if len(r.NewTerms)+len(r.DroppedTerms) > 0 {
			t.Errorf("width %d: new terms %v, dropped terms %v, want none", width, r.NewTerms, r.DroppedTerms)
		}
	}
}

// TestRuneClassHan checks runeClass's shortcut for the CJK Unified
// Ideographs block against unicode's tables: no character of it is a
// space, a digit, a punctuation mark or a symbol.
func TestRuneClassHan(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			t.Errorf("runeClass(%q) = classWord, but unicode classes it otherwise", r)
		}
	}
}
