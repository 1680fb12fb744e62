package corpus

// PDF
//
// PDF text comes from poppler's pdftotext, run on a temporary copy of the
// file with a time limit and a limit on what it writes (twice MaxText). Without pdftotext a PDF cannot be read, and the
// error says which tool to install.
//
// Pages (separated by form feeds) are joined back into one text
// (joinPages): the running headers and footers a printer or a browser adds
// go, that is the lines among the first and last three of a page (the
// header's own lines not counted) that
// recur there on at least half the pages (of three or more), digits aside (第3页,
// 3/12, a report's title, the date and address of a printed web page; once
// a page, so that the title under a header that repeats it stays; not the
// first page's first line when it is a title set lower than the header
// that repeats it on the other pages, which a word processor's "different
// first page" leaves out of the first), and on
// any page a line at those places that is only a date and a clock time
// or a web address (anywhere on a page when it recurs at the others'
// edges: the plain reading of a page in columns may take it inside). The blank lines around a page break go too, so that
// Clean joins a sentence the break cut, whichever page it fell on: a file
// holding a report twice then gives two copies with the same lines.
//
// pdftotext runs a second time with -layout, which keeps each line's
// indent and orders a page's lines by their place on it (the plain reading
// can take a wrapped heading's last word before its first line). A page
// laid out in one column is read from there: when the text indents its
// paragraphs' first lines, a line at the margin goes on the full line
// before it, even after a full stop, and an indented line opens a new
// paragraph, even after a line that stops mid-sentence (joinIndented).
// The blank lines the laid-out reading puts between any two lines of a
// text set with double line spacing go first (dropSpacingBlanks).
//
// A page set in two columns (an office suite's layout) is read from the
// lines' places on it (-bbox-layout), run when a laid-out page starts a
// fifth of its lines far from the margin: the left column down to a line
// across both (a header, a footer, a title over both), then the right one,
// a line the reading took across both columns cut at the right column's
// margin (readColumns). Laid out, the two columns share the page's rows and
// would be read interleaved line by line.
//
// A text that sets its paragraphs apart by space alone, without indents,
// is read a third time, only then, with -bbox-layout, which gives each
// line's place on the page: a line with clearly more space above it than
// the usual line pitch opens a paragraph, and one at that pitch goes on a
// full line before it, as an indented and an unindented line do above.

import (
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// pdftotext is the command readPDF runs; tests may point it elsewhere.
var pdftotext = "pdftotext"

// pdfTimeLimit bounds each pdftotext run of readPDF whatever its context.
const pdfTimeLimit = 2 * time.Minute

func readPDF(ctx context.Context, name string, data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("%PDF-")) {
		return "", fmt.Errorf("%s: %w: no %%PDF- header", name, ErrBinary)
	}
	tail := data[max(0, len(data)-2048):]
	if !bytes.Contains(tail, []byte("%%EOF")) {
		return "", fmt.Errorf("%s: %w: no %%%%EOF at the end of the PDF", name, ErrTruncated)
	}
	tool, err := exec.LookPath(pdftotext)
	if err != nil {
		return "", fmt.Errorf("%s: %w: pdftotext (Debian package poppler-utils) is needed to read PDF files: %v", name, ErrToolMissing, err)
	}
	f, err := os.CreateTemp("", "govreport-*.pdf")
	if err != nil {
		return "", fmt.Errorf("%s: temporary copy for pdftotext: %w", name, err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", fmt.Errorf("%s: temporary copy for pdftotext: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("%s: temporary copy for pdftotext: %w", name, err)
	}
	ctx, cancel := context.WithTimeout(ctx, pdfTimeLimit)
	defer cancel()
	var stderr bytes.Buffer
	// A small crafted PDF can expand into any amount of text: pdftotext is
	// stopped once it has written more than a document may hold.
	stdout := &cappedBuffer{max: 2 * MaxText, stop: cancel}
	cmd := exec.CommandContext(ctx, tool, "-enc", "UTF-8", f.Name(), "-")
	cmd.Stdout, cmd.Stderr = stdout, &stderr
	if err := cmd.Run(); err != nil {
		if stdout.over {
			return "", tooLarge(name)
		}
		if ctx.Err() != nil {
			return "", fmt.Errorf("%s: pdftotext: %w", name, ctx.Err())
		}
		return "", fmt.Errorf("%s: %w: pdftotext: %v: %s", name, ErrMalformed, err, strings.TrimSpace(stderr.String()))
	}
	// The same text laid out (-layout) keeps each line's indent, which
	// tells a paragraph's first line from the lines its wraps made; the
	// text is read without it when that run fails.
	layout := &cappedBuffer{max: 2 * MaxText, stop: func() {}}
	lay := exec.CommandContext(ctx, tool, "-layout", "-enc", "UTF-8", f.Name(), "-")
	lay.Stdout = layout
	if err := lay.Run(); err != nil || layout.over {
		layout = &cappedBuffer{}
	}
	// Without indents, the space above each line (-bbox-layout) tells
	// where a paragraph starts; that run is made only then.
	boxes := func() string {
		out := &cappedBuffer{max: 8 * MaxText, stop: func() {}}
		box := exec.CommandContext(ctx, tool, "-bbox-layout", "-enc", "UTF-8", f.Name(), "-")
		box.Stdout = out
		if err := box.Run(); err != nil || out.over {
			return ""
		}
		return out.String()
	}
	text := joinPages(stdout.String(), layout.String(), boxes)
	if len(text) > MaxText {
		return "", tooLarge(name)
	}
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%s: %w: the PDF holds no text layer (scanned?)", name, ErrEmpty)
	}
	return text, nil
}

// cappedBuffer holds what is written to it, up to max bytes, calling stop
// when a write would pass that. (Not an embedded bytes.Buffer: its
// ReadFrom, which io.Copy prefers, would bypass the limit.)
type cappedBuffer struct {
	buf  bytes.Buffer
	max  int
	over bool
	stop func()
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.buf.Len()+len(p) > b.max {
		if !b.over {
			b.over = true
			b.stop()
		}
		return 0, errCapped
	}
	return b.buf.Write(p)
}

func (b *cappedBuffer) String() string { return b.buf.String() }

var errCapped = errors.New("output past its limit")

// pageEdge is the number of non-blank lines at the top and at the bottom
// of a page where running headers and footers are looked for.
const pageEdge = 3

var (
	digitsRe = mustLitRe(`[0-9]+`)
	// printStampRe matches a line a browser prints at a page's edge: the
	// date and clock time (11/30/26, 2:11 PM; 2031/3/5 14:11), or the
	// page's address.
	printStampRe = mustLitRe(`^(?:[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AaPp][Mm])?|(?:https?|file)://\S+)$`)
)

// joinPages joins the pages of pdftotext's output (see above). layout is
// the same PDF read with -layout (or empty): it gives each line's indent,
// from which paragraphs are rebuilt (joinIndented).
func joinPages(text, layout string, boxes func() string) string {
	if boxes != nil {
		// read once: by the columns of a page and by joinIndented
		run, out, done := boxes, "", false
		boxes = func() string {
			if !done {
				out, done = run(), true
			}
			return out
		}
	}
	var boxPages [][]boxLine // the pages' boxes, read for a page set in columns
	pages := strings.Split(text, "\f")
	lpages := strings.Split(layout, "\f")
	lines := make([][]string, len(pages))
	for i, p := range pages {
		lines[i] = strings.Split(strings.Trim(p, "\n"), "\n")
	}
	// edges calls fn with the index of each line among the first and the
	// last pageEdge non-blank lines of page i.
	edges := func(i int, fn func(k int)) {
		ls := lines[i]
		seen := 0
		for k := 0; k < len(ls) && seen < pageEdge; k++ {
			if strings.TrimSpace(ls[k]) != "" {
				fn(k)
				seen++
			}
		}
		seen = 0 // a line may be called twice on a short page
		for k := len(ls) - 1; k >= 0 && seen < pageEdge; k-- {
			if strings.TrimSpace(ls[k]) != "" {
				fn(k)
				seen++
			}
		}
	}
	// key is a line with its numbers as # and without its spaces: the
	// text layer may set a page number apart by spaces from its dashes
	// once it has two digits (—9—, — 10 —).
	key := func(l string) string { return digitsRe.ReplaceAllString(compactSpace(l), "#") }
	recur := map[string]int{} // key -> pages that have it at an edge
	nonEmpty := 0
	firstPage, firstLine := -1, -1 // the first non-blank line of the text
	for i := range lines {
		if len(lines[i]) == 1 && strings.TrimSpace(lines[i][0]) == "" {
			continue
		}
		nonEmpty++
		if firstPage < 0 {
			firstPage = i
			firstLine = slices.IndexFunc(lines[i], func(l string) bool { return strings.TrimSpace(l) != "" })
		}
		onPage := map[string]bool{}
		edges(i, func(k int) { onPage[key(lines[i][k])] = true })
		for k := range onPage {
			recur[k]++
		}
	}
	own := ownPageNumbers(lines, edges)
	width := commonWidth(lines)
	// A page that may be set in columns has the pages read from their
	// boxes too, each page by its columns where it has them.
	if boxes != nil && len(lpages) == len(pages) && slices.ContainsFunc(lpages, inColumns) {
		boxPages = readBoxes(boxes())
	}
	// pageBoxes reads the pages' boxes once, for a first line that may be
	// a title or a running header (headerElsewhere).
	var headBoxes [][]boxLine
	pageBoxes := func() [][]boxLine {
		if boxPages != nil {
			return boxPages
		}
		if headBoxes == nil {
			headBoxes = readBoxes(boxes())
		}
		return headBoxes
	}
	var all []pdfLine
	for i := range lines {
		drop := map[int]bool{}
		dropped := map[string]bool{} // keys dropped on this page
		// dropFurniture drops line k when it is a running header's or
		// footer's, and reports whether it did. Those lines do not count
		// toward a page's edge: the text layer of a browser's print may
		// put a line of the page before them (a wrapped heading's last
		// word) and a piece of the header after them (the title's digits).
		dropFurniture := func(k int) bool {
			l := strings.TrimSpace(lines[i][k])
			kl := key(l)
			if i == firstPage && k == firstLine && firstPageTitle(l) && recur[kl] >= 2 &&
				(boxes != nil && headerElsewhere(pageBoxes(), i, l, key) || boxes == nil && indentElsewhere(lines, i, k, key)) {
				return false
			}
			if n := recur[kl]; nonEmpty >= 3 && n >= 2 && n*2 >= nonEmpty && !dropped[kl] || printStampRe.MatchString(l) || own[i] != "" && l == own[i] {
				// once a page: a report's title under a running header
				// that repeats it stays
				drop[k], dropped[kl] = true, true
				return true
			}
			return false
		}
		ls := lines[i]
		for k, seen := 0, 0; k < len(ls) && seen < pageEdge; k++ {
			if strings.TrimSpace(ls[k]) != "" && !dropFurniture(k) {
				seen++
			}
		}
		for k, seen := len(ls)-1, 0; k >= 0 && seen < pageEdge; k-- {
			if strings.TrimSpace(ls[k]) != "" && !drop[k] && !dropFurniture(k) {
				seen++
			}
		}
		// A browser's print stamp (the page's address, the date and clock
		// time) that recurs at the pages' edges goes wherever the plain
		// reading put it on a page: on a page set in columns it may take
		// the stamp between the columns' lines, away from the edge, and
		// on most pages so (at their edges on two pages is enough: such a
		// line is never the report's).
		for k, l := range ls {
			l = strings.TrimSpace(l)
			if kl := key(l); !drop[k] && !dropped[kl] && printStampRe.MatchString(l) && recur[kl] >= 2 {
				drop[k], dropped[kl] = true, true
			}
		}
		var kept []pdfLine
		gone := map[string]int{}
		for k, l := range lines[i] {
			if drop[k] {
				gone[compactSpace(l)]++
			} else {
				kept = append(kept, pdfLine{text: l, indent: -1, page: i})
			}
		}
		var cols []pdfLine
		if i < len(boxPages) {
			cols = readColumns(i, kept, maps.Clone(gone), boxPages[i])
		}
		if cols != nil {
			kept = cols
		} else if len(lpages) == len(pages) {
			if laid := laidOut(i, kept, gone, lpages[i]); laid != nil {
				kept = laid
			}
		}
		// no blank line at a page break: Clean decides whether the
		// sentence goes on
		for len(kept) > 0 && strings.TrimSpace(kept[0].text) == "" {
			kept = kept[1:]
		}
		for len(kept) > 0 && strings.TrimSpace(kept[len(kept)-1].text) == "" {
			kept = kept[:len(kept)-1]
		}
		if j := slices.IndexFunc(kept[min(1, len(kept)):], func(l pdfLine) bool { return strings.TrimSpace(l.text) != "" }) + 1; len(all) > 0 && j > 0 && compactSpace(kept[0].text) != compactSpace(all[0].text) && pageHead(all[len(all)-1].text, kept[0].text, kept[j].text, width) {
			kept = kept[j:]
		}
		all = append(all, kept...)
	}
	return joinIndented(all, boxes)
}

// firstPageTitle reports whether l, the first line of a PDF's text, may be
// its title though the pages after the first repeat it as their running
// header: a title names what the paper is (firstTitleRe) and is no
// sentence. A header that is no title (a periodical's name and issue, a
// date and address) goes from the first page as from the others.
func firstPageTitle(l string) bool {
	return utf8.RuneCountInString(l) <= 60 && firstTitleRe.MatchString(l) && !strings.ContainsAny(l, "，。；：:,")
}

// headerElsewhere reports whether line l, the first of page first, stands
// at another height than the running header that repeats it on the other
// pages, in the pages' boxes (pdftotext -bbox-layout). A running header
// stands at one height on every page; a word processor's "different first
// page" leaves the first page without it, and the line there with the
// header's words is the title, set lower and larger (云溪县教育局2031年工作要点
// over the text of page 1, and small at the top of every later page). The
// plain text cannot tell the two apart: without boxes, or when the other
// pages do not agree on the header's height, the line is a header.
func headerElsewhere(boxPages [][]boxLine, first int, l string, key func(string) string) bool {
	const slack = 2.0 // points: one template, one height
	kl := key(l)
	at := func(p int) (float64, bool) {
		for _, b := range boxPages[p] {
			if key(b.text) == kl {
				return b.yMin, true
			}
		}
		return 0, false
	}
	if first >= len(boxPages) {
		return false
	}
	y0, ok := at(first)
	if !ok {
		return false
	}
	head, n := 0.0, 0
	for p := range boxPages {
		if p == first {
			continue
		}
		y, ok := at(p)
		if !ok {
			continue
		}
		if n > 0 && math.Abs(y-head) > slack {
			return false // no one height: not a template's header
		}
		head, n = y, n+1
	}
	return n > 0 && math.Abs(y0-head) > slack
}

// indentElsewhere is headerElsewhere for a text without boxes, a PDF's
// text saved with its layout (pdftotext -layout, form feeds between the
// pages): a line's indent stands for its place. Line k of page first is
// the title when the pages after it set the header that repeats it at one
// indent (give or take the few columns by which the layout's grid moves
// from page to page), clearly another than the title's; the plain text,
// every line at the margin, tells nothing and the line is a header.
func indentElsewhere(lines [][]string, first, k int, key func(string) string) bool {
	const grid = 3 // columns
	indent := func(l string) int {
		return utf8.RuneCountInString(l) - utf8.RuneCountInString(strings.TrimLeft(l, " \u3000"))
	}
	kl := key(strings.TrimSpace(lines[first][k]))
	in0 := indent(lines[first][k])
	lo, hi, n := 0, 0, 0
	for p := range lines {
		if p == first {
			continue
		}
		seen := 0
		for _, l := range lines[p] {
			if strings.TrimSpace(l) == "" {
				continue
			}
			if seen++; seen > pageEdge {
				break
			}
			if key(strings.TrimSpace(l)) == kl {
				in := indent(l)
				if n == 0 {
					lo, hi = in, in
				}
				lo, hi, n = min(lo, in), max(hi, in), n+1
				break
			}
		}
	}
	return n > 0 && hi-lo <= grid && (in0 < lo-grid || in0 > hi+grid)
}

// commonWidth returns the most common display width of the long lines
// (20 columns or more) of a PDF's pages, 0 when none is.
func commonWidth(lines [][]string) int {
	widths := map[int]int{}
	for _, ls := range lines {
		for _, l := range ls {
			if w := runewidth.StringWidth(strings.TrimSpace(l)); w >= 20 {
				widths[w]++
			}
		}
	}
	width, most := 0, 0
	for w, n := range widths {
		if n > most || n == most && w > width {
			width, most = w, n
		}
	}
	return width
}

// pageHead reports whether first, a page's first line, is a running head
// that a page of its own shows, however few the pages are (a head left off
// the first page recurs on too few of two): a line shorter than a full
// one, with no punctuation and no heading's marker, that falls inside a
// sentence the page break cut (the last line before the break is a full
// line that stops mid-sentence: prose cut there cannot be short, only a
// paragraph's last line is), or that is only an office's name (某县人民政府)
// over running text, where a signature has its date under it. The text's
// first line printed again is no such head: two pages do not tell a
// running head that repeats the title from a second copy's title.
func pageHead(last, first, second string, width int) bool {
	last, first, second = strings.TrimSpace(last), strings.TrimSpace(first), strings.TrimSpace(second)
	w := runewidth.StringWidth(first)
	if width == 0 || second == "" || w == 0 || w*4 >= width*3 || strings.ContainsAny(first, "。，；：！？、,.;:!?（）()") || headingMarker(first) != nil {
		return false
	}
	if endsMidSentence(last) && runewidth.StringWidth(last)*4 >= width*3 {
		return true
	}
	return signatureOfficeRe.MatchString(first) && runewidth.StringWidth(second)*2 >= width && !footDateRe.MatchString(second)
}

// ownPageNumbers returns, by page, the page's number as the page prints
// it alone on a line at its top or foot (3, for the third page, or 2 when
// an unnumbered cover comes first), "" for a page that prints none: the
// pages' own numbers, which go however few the pages are (a PDF of one or
// two pages proves no running footer by recurrence). Every page that has
// text must print its number, and at the same offset from its place.
func ownPageNumbers(lines [][]string, edges func(int, func(int))) []string {
	for skip := 0; skip <= 1; skip++ {
		own := make([]string, len(lines))
		ok, found := true, 0
		for i := range lines {
			if len(lines[i]) == 1 && strings.TrimSpace(lines[i][0]) == "" || i < skip {
				continue
			}
			n := strconv.Itoa(i + 1 - skip)
			edges(i, func(k int) {
				if strings.TrimSpace(lines[i][k]) == n {
					own[i] = n
				}
			})
			if own[i] == "" {
				ok = false
				break
			}
			found++
		}
		if ok && found > 0 {
			return own
		}
	}
	return make([]string, len(lines))
}

// A pdfLine is a line of a PDF's text with its indent in the laid-out
// text (-1 when unknown), its page, and the distance from the top of the
// line before it on the page (-bbox-layout; 0 when unknown).
type pdfLine struct {
	text   string
	indent int
	page   int
	above  float64
}

// laidOut returns the kept lines of a page as the same page laid out
// (-layout) has them, each with its indent, or nil when the laid-out page
// cannot stand for them: it sets columns side by side (a line in three of
// ten with a wide gap inside), or, the dropped lines aside, its characters
// are not those of the kept lines (hyphens aside). The laid-out page orders lines by their
// place on the page, where the plain reading may take a wrapped heading's
// last word before its first line.
func laidOut(page int, kept []pdfLine, dropped map[string]int, layout string) []pdfLine {
	if len(kept) == 0 {
		return nil
	}
	var want, got []rune
	for _, l := range kept {
		want = append(want, []rune(compactSpace(l.text))...)
	}
	var out []pdfLine
	gaps, long := 0, 0
	for _, l := range strings.Split(strings.Trim(layout, "\n"), "\n") {
		t := strings.TrimSpace(l)
		c := compactSpace(t)
		if c != "" && takeDropped(c, dropped) {
			continue // furniture: its gaps set no columns
		}
		if runewidth.StringWidth(t) >= 20 {
			long++
			if strings.Contains(t, "    ") {
				gaps++
			}
		}
		got = append(got, []rune(c)...)
		out = append(out, pdfLine{text: t, indent: len(l) - len(strings.TrimLeft(l, " ")), page: page})
	}
	// The plain reading takes a hyphen that ends a line for a word's
	// hyphenation and drops it (<!-- / --> loses a dash); the laid-out one
	// keeps it. Hyphens are not compared.
	hyphen := func(r rune) bool { return r == '-' || r == '\u00ad' }
	want, got = slices.DeleteFunc(want, hyphen), slices.DeleteFunc(got, hyphen)
	if gaps*10 >= long*3 || len(got) != len(want) {
		return nil
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		return nil
	}
	return out
}

// inColumns reports whether a laid-out page may be set in columns: a fifth
// of its lines at least start past two fifths of its width, where a page
// of one column starts only a centred title or a signature, or hold a word
// there after a wide gap (rightColumnWord).
func inColumns(layout string) bool {
	lines := strings.Split(layout, "\n")
	width, n := 0, 0
	for _, l := range lines {
		if w := utf8.RuneCountInString(strings.TrimRight(l, " ")); w > 0 {
			width = max(width, w)
			n++
		}
	}
	far := 0
	for _, l := range lines {
		if t := strings.TrimLeft(l, " "); t != "" && (utf8.RuneCountInString(l[:len(l)-len(t)])*5 >= width*2 || rightColumnWord(l, width)) {
			far++
		}
	}
	return n >= 10 && far*5 >= n
}

// columnGapRe matches the run of spaces that parts a laid-out line's left
// column's words from its right column's.
var columnGapRe = mustLitRe(`\S {3,}\S`)

// rightColumnWord reports whether laid-out line l, words before it, has a
// word after a wide gap that starts in the middle fifths of the width: the
// right column's line on the row of a left column's (a column longer than
// the other has such rows only where they run side by side).
func rightColumnWord(l string, width int) bool {
	for _, m := range columnGapRe.FindAllStringIndex(l, -1) {
		k := utf8.RuneCountInString(l[:m[1]]) - 1
		if k*5 >= width*2 && k*5 <= width*4 {
			return true
		}
	}
	return false
}

// readColumns returns the kept lines of a page set in two columns in the
// order they are read, from the page's boxes (-bbox-layout): the left
// column's lines down to a line that spans both (a running header or
// footer, a title over both columns), then the right column's, each line
// indented from its column's margin in characters; nil when the page is not
// so set, or its boxes do not hold the kept lines' characters. Laid out
// (-layout), the columns share the page's rows, which read in that order
// interleave them line by line, and the plain reading takes the columns'
// blocks in an order of its own.
//
// The right column is where a fifth of the lines at least start, in the
// middle fifths of the text's width; a line holding a word that starts
// there and words before it is the two columns' lines the reading took for
// one, and is cut there, unless it stands above the right column's first
// line (the title block's: 县长　某某, its name set apart). The page is in
// two columns when one line in ten at most then still crosses that margin
// between the title block and the block under the columns (a footer, a
// signature: the lines under the right column's last), a fifth at least
// are left of it,
// and each column holds prose (a third of its lines 8 characters long or
// more), not only a table's cells.
func readColumns(page int, kept []pdfLine, dropped map[string]int, boxes []boxLine) []pdfLine {
	var ls []boxLine
	for _, b := range boxes {
		if b.text != "" && len(b.words) > 0 && !takeDropped(b.text, dropped) {
			ls = append(ls, b)
		}
	}
	n := len(ls)
	if n < 10 {
		return nil
	}
	var want, got []rune
	for _, l := range kept {
		want = append(want, []rune(compactSpace(l.text))...)
	}
	for _, b := range ls {
		got = append(got, []rune(b.text)...)
	}
	hyphen := func(r rune) bool { return r == '-' || r == '\u00ad' }
	want, got = slices.DeleteFunc(want, hyphen), slices.DeleteFunc(got, hyphen)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		return nil
	}
	lo, hi := ls[0].xMin, ls[0].xMax
	for _, b := range ls {
		lo, hi = min(lo, b.xMin), max(hi, b.xMax)
	}
	// the right column's margin: the commonest start of a word in the
	// middle of the width
	at := func(x float64) int { return int(x*2 + 0.5) } // half points
	starts := map[int]int{}
	for _, b := range ls {
		seen := map[int]bool{}
		for _, w := range b.words {
			if k := at(w.xMin); w.xMin > lo+(hi-lo)*0.3 && w.xMin < lo+(hi-lo)*0.7 && !seen[k] {
				starts[k]++
				seen[k] = true
			}
		}
	}
	mk, most := 0, 0
	for k, c := range starts {
		if c > most || c == most && k < mk {
			mk, most = k, c
		}
	}
	if most*5 < n {
		return nil
	}
	// x is the margin; a word starting within a point of it is there
	atMargin := func(w boxWord) bool { return at(w.xMin) >= mk-2 && at(w.xMin) <= mk+2 }
	// top is where the right column starts: a line above it (the title
	// block's, 县长　某某 with its name set apart) is not cut
	top := -1.0
	for _, b := range ls {
		if atMargin(b.words[0]) && (top < 0 || b.yMin < top) {
			top = b.yMin
		}
	}
	// bottom is the right column's last line: a line under it that spans
	// both columns (a site's footer, a signature under a page whose two
	// columns end short) is a block under the columns, as the title block
	// is one over them, and does not count against them
	bottom := top
	for _, b := range ls {
		if slices.ContainsFunc(b.words, atMargin) {
			bottom = max(bottom, b.yMin)
		}
	}
	cut := make([]boxLine, 0, n)
	for _, b := range ls {
		k := slices.IndexFunc(b.words, atMargin)
		if k <= 0 || b.yMin < top-1 {
			cut = append(cut, b)
			continue
		}
		for _, ws := range [][]boxWord{b.words[:k], b.words[k:]} {
			p := boxLine{words: ws, yMin: b.yMin, xMin: ws[0].xMin, xMax: ws[len(ws)-1].xMax}
			for _, w := range ws {
				p.text += w.text
			}
			cut = append(cut, p)
		}
	}
	ls = cut
	x := float64(mk) / 2
	side := func(b boxLine) int {
		switch {
		case b.xMin >= x-1:
			return 1
		case b.xMax <= x+1:
			return 0
		}
		return -1 // across the margin
	}
	var lens [2][]int
	var charW []float64
	margins := [2]map[int]int{{}, {}}
	cross := 0
	for _, b := range ls {
		r := utf8.RuneCountInString(b.text)
		charW = append(charW, (b.xMax-b.xMin)/float64(r))
		c := side(b)
		if c < 0 {
			if b.yMin >= top-1 && b.yMin <= bottom+1 {
				cross++ // the blocks above and under the columns may cross
			}
			continue
		}
		lens[c] = append(lens[c], r)
		margins[c][at(b.xMin)]++
	}
	if cross*10 > len(ls) || len(lens[0])*5 < len(ls) || len(lens[1])*5 < len(ls) {
		return nil
	}
	for _, l := range lens {
		long := 0
		for _, r := range l {
			if r >= 8 {
				long++
			}
		}
		if long < 3 || long*3 < len(l) {
			return nil
		}
	}
	slices.Sort(charW)
	cw := charW[len(charW)/2]
	// a column's margin: where most of its lines start
	var margin [2]float64
	for c, m := range margins {
		mk, most := 0, 0
		for k, v := range m {
			if v > most || v == most && k < mk {
				mk, most = k, v
			}
		}
		margin[c] = float64(mk) / 2
	}
	line := func(b boxLine, c int) pdfLine {
		indent := max(0, int((b.xMin-margin[c])/cw+0.5))
		var t strings.Builder
		for k, w := range b.words {
			if k > 0 {
				t.WriteByte(' ')
			}
			t.WriteString(w.text)
		}
		return pdfLine{text: t.String(), indent: indent, page: page}
	}
	slices.SortStableFunc(ls, func(a, b boxLine) int { return cmp.Compare(a.yMin, b.yMin) })
	var out, left, right []pdfLine
	for _, b := range ls {
		switch side(b) {
		case -1:
			out = append(append(append(out, left...), right...), line(b, 0))
			left, right = left[:0], right[:0]
		case 1:
			right = append(right, line(b, 1))
		default:
			left = append(left, line(b, 0))
		}
	}
	return append(append(out, left...), right...)
}

// takeDropped reports whether c, a laid-out line without its spaces, is
// made of lines dropped from the plain reading, and takes them from
// dropped when it is. The laid-out page may set on one line what the plain
// reading gives as several: a browser's print header (the date and clock
// time left, the page's title right: 3/5/31, 2:11 PM … 某某报告) or footer
// (the address left, 2/9 right).
func takeDropped(c string, dropped map[string]int) bool {
	if dropped[c] > 0 {
		dropped[c]--
		return true
	}
	var took []string
	rest := c
	for rest != "" {
		found := ""
		for d, n := range dropped {
			if n > 0 && d != "" && strings.HasPrefix(rest, d) && len(d) > len(found) {
				found = d
			}
		}
		if found == "" {
			for _, d := range took {
				dropped[d]++
			}
			return false
		}
		dropped[found]--
		took = append(took, found)
		rest = rest[len(found):]
	}
	return true
}

// titleTail reports whether line i is the last words of a title that
// the page wrapped and centred (关于印发《某县教育局2031年工作要点》的 /
// 通知): a short line set in from the margin further than a paragraph's
// indent, under a line half the text's width at least that stops
// mid-sentence and is no paragraph's last line. It goes on that line, and
// the line after it opens a paragraph, which Clean would otherwise join to
// the title (…的通知各乡镇中心学校：).
func titleTail(lines []pdfLine, i, width int, rel func(pdfLine) int) bool {
	t, pt := strings.TrimSpace(lines[i].text), strings.TrimSpace(lines[i-1].text)
	if rel(lines[i]) <= 8 || rel(lines[i-1]) < 0 || i+1 >= len(lines) {
		return false
	}
	w := runewidth.StringWidth(t)
	return w > 0 && w*3 <= width && runewidth.StringWidth(pt)*2 >= width &&
		endsMidSentence(pt) && headingMarker(t) == nil && !strings.ContainsAny(t, "。；！？")
}

// compactSpace returns l without its white space.
func compactSpace(l string) string {
	return strings.Join(strings.Fields(l), "")
}

// joinIndented joins the lines a PDF's wraps made, when the PDF indents the
// first line of its paragraphs (three such lines at least): a line at the
// page's left margin goes on the line before it when that one is a full
// line (three quarters of the text's width at least) and the line opens no
// numbered heading. The width is the most common width of the long lines;
// a page's margin is the least indent of its long lines. Lines whose indent
// is unknown, and texts that do not indent paragraphs, are left to Clean,
// which joins a line stopping mid-sentence with the next.
func joinIndented(lines []pdfLine, boxes func() string) string {
	lines = dropSpacingBlanks(lines)
	margin := map[int]int{}
	widths := map[int]int{}
	for _, l := range lines {
		w := runewidth.StringWidth(strings.TrimSpace(l.text))
		if w < 20 {
			continue
		}
		widths[w]++
		if l.indent < 0 {
			continue
		}
		if m, ok := margin[l.page]; !ok || l.indent < m {
			margin[l.page] = l.indent
		}
	}
	width, most := 0, 0
	for w, n := range widths {
		if n > most || n == most && w > width {
			width, most = w, n
		}
	}
	// A printed web page's first page sets the site's banner, menu and
	// breadcrumb at the page's edge above the article, left of its text
	// (and its footer under it): a page's margin is where its wrapped
	// lines start, the furthest in of the places where two full lines at
	// least start that no line left of them interrupts (lines left of it
	// stand only above or under the lines that start there, and are
	// fewer).
	fullAt := map[[2]int]int{} // page, indent -> full lines
	for _, l := range lines {
		if l.indent >= 0 && runewidth.StringWidth(strings.TrimSpace(l.text))*4 >= width*3 {
			fullAt[[2]int{l.page, l.indent}]++
		}
	}
	textMargin := map[int]int{}
	for k, n := range fullAt {
		p, m := k[0], k[1]
		if n < 2 || m <= margin[p] {
			continue
		}
		first, last, at, left := -1, -1, 0, 0 // the page's lines at m, those left of it
		for i, l := range lines {
			if l.page != p || l.indent < 0 || strings.TrimSpace(l.text) == "" {
				continue
			}
			if l.indent == m {
				if first < 0 {
					first = i
				}
				last, at = i, at+1
			} else if l.indent < m {
				left++
			}
		}
		if left >= at || slices.ContainsFunc(lines[first:last+1], func(l pdfLine) bool {
			return l.page == p && l.indent >= 0 && l.indent < m && strings.TrimSpace(l.text) != ""
		}) {
			continue
		}
		if t, ok := textMargin[p]; !ok || m > t {
			textMargin[p] = m
		}
	}
	for p, m := range textMargin {
		margin[p] = m
	}
	// rel is a line's indent from its page's margin, -1 when unknown.
	rel := func(l pdfLine) int {
		m, ok := margin[l.page]
		if l.indent < 0 || !ok || strings.TrimSpace(l.text) == "" {
			return -1
		}
		return l.indent - m
	}
	// above is the line above line i that is not blank: a text that sets
	// its paragraphs apart by a little space as well as by an indent has
	// the laid-out reading part them by a blank line, and the indent still
	// tells which lines open one.
	above := func(i int) pdfLine {
		for i--; i > 0 && strings.TrimSpace(lines[i].text) == ""; i-- {
		}
		return lines[i]
	}
	starts := 0 // indented lines under a line at the margin
	for i := 1; i < len(lines); i++ {
		if r := rel(lines[i]); r >= 2 && r <= 8 && rel(above(i)) == 0 {
			starts++
		}
	}
	// opens and goesOn report whether line i, by its indent, opens a
	// paragraph or may go on the line before it.
	opens := func(i int) bool { return rel(lines[i]) >= 2 && rel(lines[i]) <= 8 && rel(above(i)) >= 0 }
	goesOn := func(i int) bool { return rel(lines[i]) >= 0 && rel(lines[i]) <= 1 && rel(lines[i-1]) >= 0 }
	if starts < 3 && boxes != nil {
		if b := readBoxes(boxes()); b != nil {
			setAbove(lines, b)
		}
		// No indents: a line with clearly more space above it than the
		// usual line pitch opens a paragraph, and one at that pitch goes on.
		if pitch := linePitch(lines); pitch > 0 {
			gapOpens := func(i int) bool { return lines[i].above > pitch*1.2 }
			gapGoesOn := func(i int) bool { return lines[i].above > 0 && lines[i].above <= pitch*1.1 }
			spaced, wrapped := 0, 0
			for i := 1; i < len(lines); i++ {
				if gapOpens(i) {
					spaced++
				} else if gapGoesOn(i) {
					wrapped++
				}
			}
			if spaced >= 3 && wrapped >= 3 {
				starts, opens, goesOn = spaced, gapOpens, gapGoesOn
			}
		}
	}
	// full reports whether line i-1 is a full line, one a paragraph
	// wrapped.
	full := func(i int) bool {
		pt := strings.TrimSpace(lines[i-1].text)
		return pt != "" && runewidth.StringWidth(pt)*4 >= width*3
	}
	// A line at the margin that starts with a numbering marker (一、,
	// （二）) under a full line is a heading set at the margin, unless
	// the text sets its headings indented like its paragraphs: twice at
	// least a marker opens an indented line, and none stands at the margin
	// under a line that ends its paragraph. Then it is a list's next item
	// that a wrap brought to the margin (…以下的观点： / （一）我国…).
	markersIndented, markersAtMargin := 0, 0
	if starts >= 3 {
		for i := 1; i < len(lines); i++ {
			if headingMarker(strings.TrimSpace(lines[i].text)) == nil {
				continue
			}
			if opens(i) {
				markersIndented++
			} else if goesOn(i) && !full(i) {
			}
		}
	}
	markerGoesOn := markersIndented >= 2 && markersAtMargin == 0
	out := make([]string, 0, len(lines))
	cont := make([]bool, 0, len(lines))
	indented := map[int]bool{} // lines that open an indented paragraph
	afterTitle := map[int]bool{}
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		join := false
		if starts >= 3 && i > 0 && t != "" {
			join = goesOn(i) && full(i) && (markerGoesOn || headingMarker(t) == nil)
			indented[i] = opens(i)
			if titleTail(lines, i, width, rel) {
				join, afterTitle[i+1] = true, true
			}
		}
		out = append(out, t)
		cont = append(cont, join)
	}
	// A paragraph's first line after a paragraph that stops mid-sentence
	// (…新增就业5800人 / 新建…) is kept from Clean's joining of such
	// lines by a blank line.
	var paras []string
	for i, l := range out {
		if cont[i] && len(paras) > 0 {
			last := paras[len(paras)-1]
			if r, _ := utf8.DecodeLastRuneInString(last); isASCIIAlnum(r) && isASCIIAlnum(firstRune(l)) && !(unicode.IsDigit(r) && unicode.IsDigit(firstRune(l))) {
				l = " " + l
			}
			paras[len(paras)-1] += l
			continue
		}
		if (indented[i] || afterTitle[i]) && len(paras) > 0 {
			p := paras[len(paras)-1]
			if p != "" && endsMidSentence(p) && (afterTitle[i] || !isHeadingLike(p) && utf8.RuneCountInString(p) >= 20) {
				paras = append(paras, "")
			}
		}
		paras = append(paras, l)
	}
	return strings.Join(paras, "\n")
}

// dropSpacingBlanks returns lines without the blank lines that a text set
// with wide line spacing (double spacing) has the laid-out reading put
// between any two of its lines: when eight in ten lines at least stand
// over the same number of blank lines (one or two) and then a line, a run
// of that many parts no paragraphs and goes, and a longer run is one blank
// line (the wider space a paragraph may have over it). lines is not
// changed.
func dropSpacingBlanks(lines []pdfLine) []pdfLine {
	blank := func(i int) bool { return strings.TrimSpace(lines[i].text) == "" }
	text := 0
	runs := map[int]int{} // blank lines between a line and the next -> how often
	for i := 0; i < len(lines); i++ {
		if blank(i) {
			continue
		}
		text++
		k := i + 1
		for k < len(lines) && blank(k) {
			k++
		}
		if k < len(lines) {
			runs[k-i-1]++
		}
	}
	run := 0
	for n := 1; n <= 2; n++ {
		if runs[n]*10 >= text*8 {
			run = n
		}
	}
	if text < 20 || run == 0 {
		return lines
	}
	out := make([]pdfLine, 0, text)
	for i := 0; i < len(lines); i++ {
		if !blank(i) {
			out = append(out, lines[i])
			continue
		}
		k := i
		for k < len(lines) && blank(k) {
			k++
		}
		if k-i > run {
			out = append(out, lines[i])
		}
		i = k - 1
	}
	return out
}

// linePitch returns the usual distance between the tops of two lines of a
// paragraph: the lower quartile of the known distances (most lines of a
// report go on a paragraph; the larger distances open one), or 0 when
// fewer than ten are known.
func linePitch(lines []pdfLine) float64 {
	var d []float64
	for _, l := range lines {
		if l.above > 0 {
			d = append(d, l.above)
		}
	}
	if len(d) < 10 {
		return 0
	}
	slices.Sort(d)
	return d[len(d)/4]
}

// A boxLine is a line of pdftotext -bbox-layout: its words without spaces
// and the top of its box.
type boxLine struct {
	text       string // the words without spaces
	words      []boxWord
	yMin       float64
	xMin, xMax float64
}

// A boxWord is a word of a boxLine and where it spans across the page.
type boxWord struct {
	text       string
	xMin, xMax float64
}

// boxAttrs returns the xMin, xMax and yMin attributes of an element of
// pdftotext -bbox-layout's output (0 where one is missing).
func boxAttrs(attrs []xml.Attr) (xMin, xMax, yMin float64) {
	for _, a := range attrs {
		v, _ := strconv.ParseFloat(a.Value, 64)
		switch a.Name.Local {
		case "xMin":
			xMin = v
		case "xMax":
			xMax = v
		case "yMin":
			yMin = v
		}
	}
	return xMin, xMax, yMin
}

// readBoxes returns the lines of each page of pdftotext -bbox-layout's
// XHTML, or nil when it cannot be parsed.
func readBoxes(x string) [][]boxLine {
	var pages [][]boxLine
	dec := xml.NewDecoder(strings.NewReader(x))
	dec.Strict = false
	inWord := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return pages
		}
		if err != nil {
			return nil
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, nil)
			case "line":
				if len(pages) == 0 {
					return nil
				}
				l := boxLine{}
				l.xMin, l.xMax, l.yMin = boxAttrs(t.Attr)
				pages[len(pages)-1] = append(pages[len(pages)-1], l)
			case "word":
				inWord = true
				if n := len(pages); n > 0 && len(pages[n-1]) > 0 {
					l := &pages[n-1][len(pages[n-1])-1]
					w := boxWord{}
					w.xMin, w.xMax, _ = boxAttrs(t.Attr)
					l.words = append(l.words, w)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "word" {
				inWord = false
			}
		case xml.CharData:
			if n := len(pages); inWord && n > 0 && len(pages[n-1]) > 0 {
				l := &pages[n-1][len(pages[n-1])-1]
				w := compactSpace(string(t))
				l.text += w
				if k := len(l.words); k > 0 {
					l.words[k-1].text += w
				}
			}
		}
	}
}

// setAbove gives each line of lines the distance from the top of the line
// before it on its page, from the same lines' boxes. A line is found among
// its page's boxes by its text, in order; a page's first line, and a line
// not found, stay unknown (but see below).
func setAbove(lines []pdfLine, boxes [][]boxLine) {
	next := 0 // first box not yet matched on the current page
	page := -1
	var prev *boxLine
	for i := range lines {
		l := &lines[i]
		if l.page != page {
			page, next, prev = l.page, 0, nil
		}
		c := compactSpace(l.text)
		if c == "" || page >= len(boxes) {
			continue
		}
		for k := next; k < len(boxes[page]); k++ {
			b := &boxes[page][k]
			if b.text != c {
				continue
			}
			if prev != nil && k == next {
				l.above = b.yMin - prev.yMin
			}
			prev, next = b, k+1
			break
		}
	}
	// A page's first line has no space above it to measure. Where the
	// same two lines meet within a page elsewhere (a file holding a report
	// twice, its page breaks falling in other places), the space there
	// stands for it, so that the copies read alike.
	pair := func(i int) [2]string { return [2]string{compactSpace(lines[i-1].text), compactSpace(lines[i].text)} }
	seen := map[[2]string]float64{}
	for i := 1; i < len(lines); i++ {
		if lines[i].above > 0 {
			seen[pair(i)] = lines[i].above
		}
	}
	for i := 1; i < len(lines); i++ {
		if a, ok := seen[pair(i)]; ok && lines[i].above == 0 && lines[i].page != lines[i-1].page {
			lines[i].above = a
		}
	}
}
