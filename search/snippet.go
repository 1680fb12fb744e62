package search

// Snippets
//
// A snippet is a window of the section text around its first match, HTML
// escaped, with every match wrapped in <mark>. Matches are found on the
// folded text (so ＡＩ and "推进 教育" highlight like they match) and mapped
// back to byte ranges of the original text; overlapping or touching ranges
// are merged, so a phrase is always one span, even where its words matched
// separately or a space sits inside it. The window is cut on rune
// boundaries and widened rather than cut through a mark.

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// snippetRunes is the length of a snippet, in characters, before widening.
const snippetRunes = 120

// Needles returns the folded strings whose occurrences are marked:
// the wording and words of the query's terms. With folded (the section's
// folded text) not empty, an alternative of an OR that the section does not
// match is left out, so that only what made the section match is marked.
func (q *Query) Needles(folded string) []string {
	var out []string
	for _, c := range q.Must {
		for _, t := range c {
			var ws []string
			if t.Phrase || len(t.Words) == 0 {
				if f := analysis.Fold(t.Text); f != "" {
					ws = []string{f}
				}
			} else {
				ws = t.Words
			}
			if folded != "" && len(c) > 1 && !containsAll(folded, ws) {
				continue
			}
			out = append(out, ws...)
		}
	}
	return out
}

func containsAll(folded string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(folded, w) {
			return false
		}
	}
	return true
}

// Snippet returns about width characters of text around the first
// occurrence of any of needles (folded wording), HTML-escaped, with each
// run of matched text in one <mark>…</mark>. Without a match it returns the
// start of text. An ellipsis marks each side that was cut.
func Snippet(text string, needles []string, width int) string {
	fm := analysis.NewFoldMap(text)
	var spans [][2]int
	for _, n := range needles {
		if n == "" {
			continue
		}
		_, first := utf8.DecodeRuneInString(n)
		for off := 0; off < len(fm.Folded); {
			i := strings.Index(fm.Folded[off:], n)
			if i < 0 {
				break
			}
			a, b := fm.Orig(off+i, off+i+len(n))
			spans = append(spans, [2]int{a, b})
			off += i + first // overlapping matches too
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	merged := spans[:0]
	for _, s := range spans {
		if n := len(merged); n > 0 && s[0] <= merged[n-1][1] {
			if s[1] > merged[n-1][1] {
				merged[n-1][1] = s[1]
			}
			continue
		}
		merged = append(merged, s)
	}
	spans = merged

	// Window: start a third of the width before the first match.
	from := 0
	if len(spans) > 0 {
		from = backRunes(text, spans[0][0], width/3)
	}
	to := fwdRunes(text, from, width)
	if len(spans) > 0 && to < spans[0][1] {
		to = spans[0][1]
	}
	// Never cut through a mark.
	for _, s := range spans {
		if s[0] < to && s[1] > to {
			to = s[1]
		}
	}
	// Trim whitespace at the cut ends.
	for from < to && (text[from] == ' ' || text[from] == '\n' || text[from] == '\t' || text[from] == '\r') {
		from++
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	pos := from
	for _, s := range spans {
		if s[1] <= from || s[0] >= to {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:s[0]]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s[0]:s[1]]))
		b.WriteString("</mark>")
		pos = s[1]
	}
	b.WriteString(html.EscapeString(strings.TrimRight(text[pos:to], " \n\t\r")))
	if to < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// backRunes returns the offset n runes before off in s, not before 0.
func backRunes(s string, off, n int) int {
	for ; n > 0 && off > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:off])
		off -= size
	}
	return off
}

// fwdRunes returns the offset n runes after off in s, not past len(s).
func fwdRunes(s string, off, n int) int {
	for ; n > 0 && off < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	return off
}
