package corpus

// Two columns read across
//
// A page set in two columns (a yearbook's, a paper's) that a converter
// wrote out as laid out (pdftotext -layout, an OCR engine's rows) puts
// each row of the left column and the same row of the right one on one
// line, a wide run of spaces between them. Read so, the text goes from a
// line of the left column to a line of the right one and back: no
// sentence, heading or paragraph survives. readAcrossColumns puts each
// page's left column first, then its right one, as a reader reads them.

import (
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// columnRowGap is the fewest spaces that part a row's two columns: a
// sentence never holds so many, a justified line or a name padded to its
// column (县长　某某) holds one or two.
const columnRowGap = 3

// readAcrossColumns returns text with each page laid out in two columns
// read column by column (see the note at the top of this file); text with
// no such page comes back as it is. A page is the text between form feeds
// or page-number lines (pageMarkerRe); within it the columns stop at a line
// that runs across the gutter (a title or a running head over both), which
// stays where it stands. A page is in two columns when it holds eight rows
// at least, and three in five of its rows either hold the gutter, a gap of
// columnRowGap spaces or more at one place (give or take the difference
// between narrow and wide characters), or hold one column alone, on its
// side of the gutter; and each column holds prose (prose), not a table's
// cells: one row in five at most holds two such gaps or more.
func readAcrossColumns(text string) string {
	if !strings.Contains(text, "    ") {
		return text
	}
	// (a form feed is a line of its own here, the page's first row after it)
	lines := strings.Split(strings.ReplaceAll(text, "\f", "\f\n"), "\n")
	out := make([]string, 0, len(lines))
	changed := false
	start := 0
	flush := func(end int) {
		if cols, ok := pageColumns(lines[start:end]); ok {
			out = append(out, cols...)
			changed = true
		} else {
			out = append(out, lines[start:end]...)
		}
		start = end
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if l == "\f" || pageMarkerRe.MatchString(t) {
			flush(i)
			out = append(out, l)
			start = i + 1
		}
	}
	flush(len(lines))
	if !changed {
		return text
	}
	return strings.ReplaceAll(strings.Join(out, "\n"), "\f\n", "\f")
}

// gutterTolerance is how far, in display columns, a row's gap may end from
// the page's usual place for the right column: a converter that places
// characters by a grid puts a row of narrow digits or quotes a little off.
const gutterTolerance = 6

// pageColumns returns the page's lines read column by column, and whether
// the page is set in two columns (see readAcrossColumns).
func pageColumns(page []string) ([]string, bool) {
	// Where each row's wide gaps end, in display columns.
	type gap struct{ at, end, col int } // byte offsets of the gap, the column the right text starts at
	gaps := make([][]gap, len(page))
	widest, rows := 0, 0
	for i, l := range page {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			continue
		}
		rows++
		widest = max(widest, runewidth.StringWidth(l))
		for j := 0; j < len(l); {
			if l[j] != ' ' {
				_, n := utf8.DecodeRuneInString(l[j:])
				j += n
				continue
			}
			k := j
			for k < len(l) && l[k] == ' ' {
				k++
			}
			if k-j >= columnRowGap && k < len(l) {
				gaps[i] = append(gaps[i], gap{j, k, runewidth.StringWidth(l[:k])})
			}
			j = k
		}
	}
	// A row of three cells or more is a table's, which a page in columns
	// holds few of.
	cells := 0
	for _, gs := range gaps {
		if len(gs) >= 2 {
			cells++
		}
	}
	if rows < 8 || widest < 20 || cells*5 > rows {
		return nil, false
	}
	// The gutter: the column most rows' gaps end at, in the middle fifths.
	count := map[int]int{}
	for _, gs := range gaps {
		for _, g := range gs {
			if g.col*5 >= widest*2 && g.col*5 <= widest*4 {
				count[g.col]++
			}
		}
	}
	gutter, best := -1, 0
	for c := range count {
		n := 0
		for d := -gutterTolerance; d <= gutterTolerance; d++ {
			n += count[c+d]
		}
		if n > best || n == best && c < gutter {
			gutter, best = c, n
		}
	}
	if gutter < 0 || best*5 < rows*3 {
		return nil, false
	}
	// Each row split at its gap nearest the gutter; a row with none is the
	// left column's alone when it ends before the gutter, the right one's
	// when it starts after it, and otherwise runs across both.
	var left, right, out, lefts, rights []string
	fits := 0
	emit := func() {
		lefts, rights = append(lefts, left...), append(rights, right...)
		out = append(append(out, left...), right...)
		left, right = nil, nil
	}
	for i, l := range page {
		l = strings.TrimRight(l, " \t")
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		var cut *gap
		for k := range gaps[i] {
			g := &gaps[i][k]
			if d := g.col - gutter; d >= -gutterTolerance && d <= gutterTolerance && (cut == nil || abs(d) < abs(cut.col-gutter)) {
				cut = g
			}
		}
		indent := runewidth.StringWidth(l[:len(l)-len(strings.TrimLeft(l, " "))])
		switch {
		case cut != nil:
			fits++
			if s := strings.TrimSpace(l[:cut.at]); s != "" {
				left = append(left, s)
			}
			right = append(right, strings.TrimSpace(l[cut.end:]))
		case runewidth.StringWidth(l) < gutter:
			fits++
			left = append(left, t)
		case indent >= gutter-gutterTolerance:
			fits++
			right = append(right, t)
		default:
			emit()
			out = append(out, t)
		}
	}
	emit()
	if fits*5 < rows*3 || !prose(lefts) || !prose(rights) {
		return nil, false
	}
	return out, true
}

// prose reports whether a third of pieces at least are eight characters
// long or more: a column of text, not a table's cells, which a gap of
// spaces parts as well.
func prose(pieces []string) bool {
	long := 0
	for _, p := range pieces {
		if utf8.RuneCountInString(p) >= 8 {
			long++
		}
	}
	return len(pieces) > 0 && long*3 >= len(pieces)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
