package analysis

// Ranking terms
//
// The terms a section is ranked on: gse words, cut sentence by sentence (gse
// slows down on long strings) without gse's HMM (cut.go), then folded like
// exact wording (fold.go), so that ranking and matching agree on width and
// case. gse glues runs of non-Han characters into one token (６.５％，ＧＤＰ);
// such tokens are split again into runs of letters and digits, and
// punctuation is dropped. A token of Han characters only is its own term,
// which spares the fold; a text in traditional characters is cut as its
// simplified reading (corpus.Simplify, as long byte for byte), so that 雙減
// gives the term 双减. Cutting without HMM runs at 4.9 against 3.7 MB/s
// with it on one paragraph here, and the policy terms HMM would guess are in
// the user dictionary; cut.go does gse's Cut(s, false) word for word the
// same and about 4x faster (20 MB/s). The bleve analyzer of package index and the query
// words of package search both come through EachRankTerm, so the index
// holds what a query looks up.

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// A rankScratch is the reusable space of one text's terms: the cutter and
// the words of a sentence.
type rankScratch struct {
	c    cutter
	toks []Token
}

var scratchPool = sync.Pool{New: func() any { return new(rankScratch) }}

// RankTerms returns the ranking-field terms of text, in order: what the
// index holds for a section with that text, and what a query word is
// looked up as.
func RankTerms(text string) []string {
	var terms []string
	EachRankTerm(text, func(term string, _, _ int) { terms = append(terms, term) })
	return terms
}

// EachRankTerm calls fn for every term of text with its byte offsets in
// text, in order. It panics only if the dictionary failed to load (call
// LoadSegmenter first to get that error).
func EachRankTerm(text string, fn func(term string, start, end int)) {
	sc := scratchPool.Get().(*rankScratch)
	defer scratchPool.Put(sc)
	sc.eachTerm(text, fn)
}

// eachTerm is EachRankTerm in sc's space.
func (sc *rankScratch) eachTerm(text string, fn func(term string, start, end int)) {
	// Traditional characters are cut and ranked as their simplified forms
	// (the dictionary's): the two are as long, so offsets hold.
	text = corpus.Simplify(text)
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		sc.toks = sc.c.appendCut(sc.toks[:0], text[start:end])
		for _, t := range sc.toks {
			emitTerms(t.Text, start+t.Start, fn)
		}
		start = end
	}
}

// sentenceEnd returns the end of the sentence that starts at text[start:]:
// just after the next 。！？；or line break, or the end of text.
func sentenceEnd(text string, start int) int {
	for i := start; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch r {
		case '。', '！', '？', '；', '\n', '!', '?', ';':
			return i
		}
	}
	return len(text)
}

// emitTerms calls fn for each run of letters and digits in tok (found at
// offset off in the text), folded.
func emitTerms(tok string, off int, fn func(term string, start, end int)) {
	han := true
	for _, r := range tok {
		if !corpus.IsHan(r) {
			han = false
			break
		}
	}
	if han {
		fn(tok, off, off+len(tok)) // the common case: a Chinese word, already folded
		return
	}
	runStart := -1
	flush := func(end int) {
		if runStart >= 0 {
			fn(Fold(tok[runStart:end]), off+runStart, off+end)
			runStart = -1
		}
	}
	for i, r := range tok {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if runStart < 0 {
				runStart = i
			}
			continue
		}
		flush(i)
	}
	flush(len(tok))
}
