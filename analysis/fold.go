package analysis

// Folding
//
// Exact wording is matched on folded text: every rune is width-folded
// (fullwidth Ａ１，to A1, halfwidth katakana to fullwidth), lower-cased, a
// traditional character becomes its simplified form (雙減 to 双减:
// corpus.SimplifiedRune), and whitespace and invisible format characters
// (zero-width space, BOM, soft hyphen) are dropped. The same fold is applied
// to the stored section text and to the quoted wording, so "推进 教育" finds
// 推进教育, ＡＩ finds ai, and "双减" finds a report written in traditional
// characters, which is stored and shown as written, as "雙減" finds one in
// simplified characters. Each rune folds to at most one rune, which keeps
// the way back from a match in folded text to the original bytes a simple
// table (FoldMap).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/govreport/govreport/corpus"
)

// foldRune returns the folded form of r and whether r is kept at all.
func foldRune(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			return 0, false
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A', true
		}
		return r, true
	}
	if 0x4E00 <= r && r <= 0x9FFF {
		return corpus.SimplifiedRune(r), true // CJK unified ideographs: 報 to 报
	}
	if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
		return 0, false
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
	}
	return corpus.SimplifiedRune(unicode.ToLower(r)), true
}

// Fold returns s folded for exact-wording matches: width folded, lower-cased,
// without whitespace. Invalid UTF-8 bytes become U+FFFD.
func Fold(s string) string {
	// Most text folds to itself (simplified Han, lower-case ASCII, digits): check
	// before building a copy.
	same := true
	for i, r := range s {
		f, ok := foldRune(r)
		if !ok || f != r || (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) {
			same = false
			break
		}
	}
	if same {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// A FoldMap leads from byte offsets in Fold(s) back to byte offsets in s.
type FoldMap struct {
	Folded string
	start  []int32 // start[i]: offset in s of the rune folded to the one at Folded[i:]
	end    []int32 // end[i]: offset in s just after the rune folded to the one ending at Folded[:i]
}

// NewFoldMap folds s and records where each folded rune came from.
func NewFoldMap(s string) *FoldMap {
	var b strings.Builder
	b.Grow(len(s))
	m := &FoldMap{start: make([]int32, 0, len(s)+1), end: make([]int32, 1, len(s)+1)}
	for i, r := range s {
		f, ok := foldRune(r)
		if !ok {
			continue
		}
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size = utf8.DecodeRuneInString(s[i:])
		}
		n := b.Len()
		b.WriteRune(f)
		for j := n; j < b.Len(); j++ {
			m.start = append(m.start, int32(i))
			m.end = append(m.end, int32(i))
		}
		m.end[len(m.end)-1] = int32(i + size)
	}
	m.start = append(m.start, int32(len(s)))
	m.Folded = b.String()
	return m
}

// Orig returns the byte range of s that the folded range [from, to) covers.
// from and to must be rune boundaries of Folded.
func (m *FoldMap) Orig(from, to int) (int, int) {
	if from >= to {
		o := int(m.start[from])
		return o, o
	}
	return int(m.start[from]), int(m.end[to])
}

// FoldSection returns the folded searchable text of a section: its heading
// and its text, folded, joined by a line break (which no folded wording
// contains, so no match spans the two).
func FoldSection(heading, text string) string {
	return Fold(heading) + "\n" + Fold(text)
}

// SentenceEnds are the marks that end a sentence for Sentence.
const SentenceEnds = "。！？；!?;\n"

// Sentence returns the sentence of folded (FoldSection) where folded
// wording fw first occurs, and whether it occurs. A sentence ends at
// SentenceEnds. The string is a part of folded.
func Sentence(folded, fw string) (string, bool) {
	if fw == "" {
		return "", false
	}
	i := strings.Index(folded, fw)
	if i < 0 {
		return "", false
	}
	start := strings.LastIndexAny(folded[:i], SentenceEnds) + 1
	if start > 0 {
		_, n := utf8.DecodeRuneInString(folded[start-1:])
		start += n - 1
	}
	end := strings.IndexAny(folded[i+len(fw):], SentenceEnds)
	if end < 0 {
		return folded[start:], true
	}
	return folded[start : i+len(fw)+end], true
}
