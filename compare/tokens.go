package compare

// Words for diffing
//
// The diff works on words, not characters, so that an edit never cuts a word
// or a number in two. Words come from the shared gse segmenter without its
// HMM for unknown words (analysis.TokensNoHMM): gse is the costliest step of a
// comparison, the HMM adds about a fifth to it, and on the sample corpus
// the pairs, diffs and numbers come out the same without it (a few terms
// differ). They are refined here in two ways:
//
//   - gse glues runs of non-Han characters into one token ("%，", "\n（",
//     "6.5%，GDP"). Such tokens are split by character class: a number
//     (digits with inner "." or ","), a run of Latin letters, a run of
//     whitespace, and every punctuation mark or symbol on its own.
//   - analysis.Tokens drops whitespace-only tokens; the gaps are put back as
//     whitespace words, so the words of a text always tile it exactly:
//     joining their texts in order gives the text back, byte for byte.
//
// Han runs that gse returned as one word stay one word.

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// wordClass is the kind of a word, used by the Ignore options and by the
// number and term extraction.
type wordClass uint8

const (
	classWord   wordClass = iota // Han, letters, anything else
	classNumber                  // 12, 1.5, 3,000
	classPunct                   // one punctuation mark or symbol
	classSpace                   // a run of whitespace
)

// A word is one unit of the diff: text[start:end] of the text it came from.
type word struct {
	text       string
	start, end int
	class      wordClass
}

// tokenBufs keeps the buffers words cuts into, from one text to the next.
var tokenBufs = sync.Pool{New: func() any { return new([]analysis.Token) }}

// words returns the words of text; they tile text exactly.
func words(text string) []word {
	return cutWords(text, nil)
}

// cutWords is words, from gse's cut of text as lens, lengths in runes
// (analysis.AppendCutTokens), or gse's own when lens is nil.
func cutWords(text string, lens []int32) []word {
	out := make([]word, 0, len(text)/4+1) // about 5 bytes a word in Chinese
	pos := 0
	buf := tokenBufs.Get().(*[]analysis.Token)
	defer tokenBufs.Put(buf)
	if lens != nil {
		*buf = analysis.AppendCutTokens((*buf)[:0], text, lens)
	} else {
		*buf = analysis.AppendTokensNoHMM((*buf)[:0], text)
	}
	for _, t := range *buf {
		if t.Start > pos {
			out = splitRun(out, text, pos, t.Start)
		}
		out = splitRun(out, text, t.Start, t.End)
		pos = t.End
	}
	if pos < len(text) {
		out = splitRun(out, text, pos, len(text))
	}
	return joinNumbers(out, text)
}

// joinNumbers puts back together the numbers gse cut in two ("3" "," "000"):
// neighbouring number words, and number words around one "." or ",".
func joinNumbers(ws []word, text string) []word {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.class == classNumber && len(out) > 0 {
			last := &out[len(out)-1]
			if last.class == classNumber && last.end == w.start {
				last.end = w.end
				last.text = text[last.start:last.end]
				continue
			}
			if len(out) > 1 && (last.text == "." || last.text == ",") && out[len(out)-2].class == classNumber {
				num := &out[len(out)-2]
				num.end = w.end
				num.text = text[num.start:num.end]
				out = out[:len(out)-1]
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// runeClass classifies one rune for splitting. The Han characters of the
// CJK Unified Ideographs block, most of a report, are words without a
// look at unicode's tables (none is a space, digit, mark or symbol).
func runeClass(r rune) wordClass {
	switch {
	case 0x4E00 <= r && r <= 0x9FFF:
		return classWord
	case r == utf8.RuneError:
		return classWord
	case unicode.IsSpace(r):
		return classSpace
	case unicode.IsDigit(r):
		return classNumber
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return classPunct
	}
	return classWord
}

// splitRun appends the words of text[start:end], one gse token or gap. A token
// made only of word characters stays whole.
func splitRun(out []word, text string, start, end int) []word {
	s := text[start:end]
	plain := true
	for _, r := range s {
		if runeClass(r) != classWord {
			plain = false
			break
		}
	}
	if plain {
		return append(out, word{text: s, start: start, end: end, class: classWord})
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		c := runeClass(r)
		j := i + size
		switch c {
		case classPunct:
			// one mark per word
		case classNumber:
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// an inner '.' or ',' followed by a digit belongs to the number
				if (r2 == '.' || r2 == ',') && j+n2 < len(s) {
					r3, n3 := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsDigit(r3) {
						j += n2 + n3
						continue
					}
				}
				break
			}
		case classSpace:
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if runeClass(r2) != classSpace {
					break
				}
				j += n2
			}
		case classWord:
			// a run of word characters; invalid bytes stay one byte each so
			// that the words keep tiling the text
			if r == utf8.RuneError && size == 1 {
				break
			}
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if runeClass(r2) != classWord || (r2 == utf8.RuneError && n2 == 1) {
					break
				}
				j += n2
			}
		}
		out = append(out, word{text: s[i:j], start: start + i, end: start + j, class: c})
		i = j
	}
	return out
}

// weight returns how much w counts when the semantic cleanup weighs an
// equality against the changes around it (see cleanupSemantic).
func (w word) weight() int {
	switch w.class {
	case classNumber, classPunct:
		return 1
	case classSpace:
		if strings.Contains(w.text, "\n") {
			return 1 << 20
		}
		return 1
	}
	return utf8.RuneCountInString(w.text)
}

// changeWeight is weight for a word inside a change: the same, except that
// whitespace, line breaks included, weighs 1.
func (w word) changeWeight() int {
	if w.class == classSpace {
		return 1
	}
	return w.weight()
}
