package corpus

// Traditional characters
//
// A report written in traditional characters (政府工作報告, 各位代表：現在，
// 我代表國務院…) is read as what it is. Every rule that reads a report's
// title block, chrome and headings is written in simplified characters, so a
// text whose Han characters are mostly traditional (hantShare) is cleaned,
// read for its metadata and split from its simplified reading, and the
// document then gets its own characters back: the body, the title and the
// sections show the report as it was published, while region, issuer and
// kind are the gazetteer's and the kinds' simplified names, so that facets
// and filters count 廣東省 with 广东省.
//
// The reading is character for character: hant_table.go (generated from
// OpenCC's dictionaries by internal/genhant) maps each traditional character
// to its usual simplified form, 於 of 關於 included, which simplified text
// uses only as a name. Words whose simplified form depends on the word (瞭解
// and 瞭望) keep their character: what metadata and headings are made of
// reads the same either way. A traditional character and its simplified
// form take the same number of bytes, so offsets into a text and into its
// simplified reading are the same.

//go:generate sh -c "opencc_dict -i /usr/share/opencc/TSCharacters.ocd2 -o /tmp/TSCharacters.txt -f ocd2 -t text && opencc_dict -i /usr/share/opencc/STCharacters.ocd2 -o /tmp/STCharacters.txt -f ocd2 -t text && go run ./internal/genhant -ts /tmp/TSCharacters.txt -st /tmp/STCharacters.txt -o hant_table.go"

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// hantBMP[r-0x3400] is the simplified form of the traditional character
// r of the Basic Multilingual Plane, 0 for any other; hantFar holds the
// few beyond it.
var (
	hantBMP [0xa000 - 0x3400]uint16
	hantFar = map[rune]rune{}
)

// hantShared holds the traditional characters of hantSharedPairs, which
// simplified text uses too: they say nothing of which characters a text is
// written in.
var hantShared = map[rune]bool{}

func init() {
	for s := hantSharedPairs; s != ""; {
		t, n := utf8.DecodeRuneInString(s)
		_, m := utf8.DecodeRuneInString(s[n:])
		s = s[n+m:]
		hantShared[t] = true
	}
	for s := hantPairs + hantSharedPairs; s != ""; {
		t, n := utf8.DecodeRuneInString(s)
		r, m := utf8.DecodeRuneInString(s[n:])
		s = s[n+m:]
		if 0x3400 <= t && t < 0xa000 {
			hantBMP[t-0x3400] = uint16(r)
		} else {
			hantFar[t] = r
		}
	}
}

// SimplifiedRune returns the simplified form of r when r is a traditional
// character (們, 報, 雙, and 於 of 關於, which simplified text has as a
// name), and r itself for any other. The two take as many bytes in UTF-8.
func SimplifiedRune(r rune) rune {
	if 0x3400 <= r && r < 0xa000 {
		if s := hantBMP[r-0x3400]; s != 0 {
			return rune(s)
		}
		return r
	}
	if r >= 0x20000 {
		if s, ok := hantFar[r]; ok {
			return s
		}
	}
	return r
}

// Simplify returns s with each traditional character replaced by its
// simplified form (SimplifiedRune); every other byte, invalid UTF-8
// included, is kept, so Simplify(s) is as long as s, offset for offset.
func Simplify(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if SimplifiedRune(r) != r {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if f := SimplifiedRune(r); f != r {
			utf8.EncodeRune(b[i:], f)
		}
		i += n
	}
	return string(b)
}

// hantShare returns the share of traditional-only characters among the
// Han characters of s. A text in simplified characters has next to none (a
// name quoted as written); one in traditional characters about a third,
// the common words (的, 一, 在, 工作) being written alike: of the dev
// reports, at most 0.02% as published, at least 32% in traditional
// characters (OpenCC's s2t and s2tw).
func hantShare(s string) float64 {
	han, trad := 0, 0
	for _, r := range s {
		if !IsHan(r) {
			continue
		}
		han++
		if SimplifiedRune(r) != r && !hantShared[r] {
			trad++
		}
	}
	if han == 0 {
		return 0
	}
	return float64(trad) / float64(han)
}

// minHantShare is the share of traditional-only characters above which a
// text is read from its simplified reading.
const minHantShare = 0.05

// A hantText is a text in traditional characters and its simplified
// reading, for putting back the characters of the text into what was read
// from the reading.
type hantText struct {
	orig, simp string
	// usual is, for each simplified form of a traditional character that
	// stands in simp, the character of orig most often behind it.
	usual map[rune]rune
}

func newHantText(orig string) *hantText {
	h := &hantText{orig: orig, simp: Simplify(orig), usual: map[rune]rune{}}
	forms := map[rune]bool{}
	for i, r := range h.simp {
		if o, _ := utf8.DecodeRuneInString(orig[i:]); o != r {
			forms[r] = true
		}
	}
	counts := map[[2]rune]int{}
	for i, r := range h.simp {
		if forms[r] {
			o, _ := utf8.DecodeRuneInString(orig[i:])
			counts[[2]rune{r, o}]++
		}
	}
	best := map[rune]int{}
	for k, n := range counts {
		if n > best[k[0]] || n == best[k[0]] && k[1] < h.usual[k[0]] {
			best[k[0]], h.usual[k[0]] = n, k[1]
		}
	}
	return h
}

// restore returns s, a text made from the simplified reading (cleaned,
// cut, joined), with the characters of the original text put back. A
// simplified form can stand for more than one character of the text (干
// for the 幹 of 幹部 and the 干 of 若干), so s is matched to the reading
// line by line and, where cleaning changed a line (joined it, dropped a
// mark), by the longest pieces the reading holds at or after the place
// the last piece was found: cleaning keeps the order of the text and
// leaves out lines, not words.
func (h *hantText) restore(s string) string {
	if !utf8.ValidString(s) {
		return s // not made from the reading
	}
	if i := strings.Index(h.simp, s); i >= 0 && s != "" {
		return h.orig[i : i+len(s)]
	}
	out := []byte(s)
	next := 0
	for from := 0; from < len(s); {
		to := strings.IndexByte(s[from:], '\n')
		if to < 0 {
			to = len(s)
		} else {
			to += from + 1
		}
		next = h.restoreRun(out, s[from:to], from, next)
		from = to
	}
	return string(out)
}

// restoreRun puts the original characters of run, found at offset off of
// s, into out[off:], looking for its pieces in the reading from offset
// next on, and returns where the last piece found ends.
func (h *hantText) restoreRun(out []byte, run string, off, next int) int {
	// The runes of run (their ends) up to its last form: past it, what
	// is left needs no change.
	var ends []int
	last := 0
	for j, r := range run {
		ends = append(ends, j+utf8.RuneLen(r))
		if _, ok := h.usual[r]; ok {
			last = len(ends)
		}
	}
	for p := 0; p < last; {
		i := 0
		if p > 0 {
			i = ends[p-1]
		}
		// The longest prefix of run[i:] (up to hantMaxPiece characters)
		// the reading holds after next: a prefix of one found is found too.
		// Looked for within hantAhead bytes: each look scans what it
		// passes, and a piece cleaning changed is looked for to the end
		// of the window (a text of one long line, whose lines cleaning
		// cut, took seconds when the window was the rest of the text).
		ahead := h.simp[next:min(len(h.simp), next+hantAhead)]
		m := sort.Search(min(len(ends)-p, hantMaxPiece), func(m int) bool {
			return !strings.Contains(ahead, run[i:ends[p+m]])
		})
		if m > 0 {
			piece := run[i:ends[p+m-1]]
			at := next + strings.Index(ahead, piece)
			// Cleaning leaves out whole lines: a piece far ahead is
			// where the text went on only when it starts a line of the
			// reading, or is long; else it is as likely another place
			// that happens to read the same (a clause of the closing
			// words, where cleaning made a comma of the text full width).
			if at-next <= hantNear || m >= hantPiece && h.startsLine(at) || m >= hantLongPiece {
				copy(out[off+i:], h.orig[at:at+len(piece)])
				next = at + len(piece)
				p += m
				continue
			}
		}
		// A character cleaning made or changed (a comma made full
		// width), or the first of a piece too short to trust: a form gets
		// the character behind it close ahead, or the one most often
		// behind it.
		r, _ := utf8.DecodeRuneInString(run[i:])
		if o, ok := h.usual[r]; ok {
			near := h.simp[next:min(len(h.simp), next+hantNear)]
			if j := strings.IndexRune(near, r); j >= 0 {
				o, _ = utf8.DecodeRuneInString(h.orig[next+j:])
			}
			utf8.EncodeRune(out[off+i:], o)
		}
		p++
	}
	return next
}

// A piece of the reading found within hantNear bytes of where the last one
// ended is taken for the place a piece of cleaned text comes from; one
// further ahead when it is at least hantPiece characters long and starts a
// line of the reading, or at least hantLongPiece long. Pieces are tried up
// to hantMaxPiece characters long, and looked for within hantAhead bytes
// of where the last one ended (cleaning leaves out page furniture, not
// tens of kilobytes of text).
const (
	hantNear      = 48
	hantPiece     = 8
	hantLongPiece = 24
	hantMaxPiece  = 256
	hantAhead     = 16 << 10
)

// startsLine reports whether only spaces stand between the line start
// before offset at of the reading and at.
func (h *hantText) startsLine(at int) bool {
	i := strings.LastIndexByte(h.simp[:at], '\n') + 1
	return strings.TrimSpace(h.simp[i:at]) == ""
}

// restoreDoc puts the characters of the original text back into d, read
// from the simplified reading: body is d.Body restored (the ID was made
// from it). Offsets stay as they are, a character and its simplified form
// being as long.
func (h *hantText) restoreDoc(d *Document, body string) {
	simp := d.Body
	d.Body = body
	if d.Origins["title"] == OriginFileName || d.Origins["title"] != OriginOpening && printedIn(h.simp, d.Title) {
		// A title the page prints, or its file's name, is shown in the
		// page's script. One the page does not print (政府工作报告 for a
		// report read from its opening alone) is no text of the page:
		// it keeps the standard form, as restoreWidths keeps its widths,
		// even where the opening's own sentence or a link names the
		// report (向大會作政府工作報告, 更多地方政府工作報告), which is no
		// title either.
		d.Title = h.restore(d.Title)
	}
	// A section's heading and text are parts of its span of the body.
	span := func(s string, start, end int) string {
		if i := strings.Index(simp[start:end], s); i >= 0 && s != "" {
			return body[start+i : start+i+len(s)]
		}
		return h.restore(s)
	}
	heads := map[string]string{}
	for i := range d.Sections {
		s := &d.Sections[i]
		head := span(s.Heading, s.Start, s.End)
		heads[s.Heading] = head
		s.Heading = head
		s.Text = span(s.Text, s.Start, s.End)
		for j, p := range s.Path {
			if o, ok := heads[p]; ok {
				s.Path[j] = o
			}
		}
	}
	for i := range d.Warnings {
		d.Warnings[i].Message = h.restore(d.Warnings[i].Message)
	}
}
