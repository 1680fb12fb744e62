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
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// A rankScratch is the reusable space of one text's terms: the cutter and
// the words of a sentence.
type rankScratch struct {
	c     cutter
	toks  []Token
	whole wholeCut // the sentences' words weighed, for EachRankTermCut
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

// EachRankTermCut is EachRankTerm, and returns besides the words gse's
// cut of text[from:] as a whole without HMM makes, the one
// AppendTokensNoHMM makes and package compare's term finder reads: their
// lengths in runes (AppendCutTokens makes the tokens of them), replayed
// from what the cuts of the sentences weighed (sure.go); nil when it
// cannot tell them, or text[from:] is empty. from must start a sentence:
// 0, or right after a sentence's end (the line break between a section's
// heading and its text).
func EachRankTermCut(text string, from int, fn func(term string, start, end int)) []int32 {
	sc := scratchPool.Get().(*rankScratch)
	defer scratchPool.Put(sc)
	return sc.eachTermCut(text, from, fn)
}

// eachTerm is EachRankTerm in sc's space.
func (sc *rankScratch) eachTerm(text string, fn func(term string, start, end int)) {
	sc.eachTermCut(text, -1, fn)
}

// eachTermCut is EachRankTermCut in sc's space; from < 0 wants no cut.
func (sc *rankScratch) eachTermCut(text string, from int, fn func(term string, start, end int)) []int32 {
	// Traditional characters are cut and ranked as their simplified forms
	// (the dictionary's): the two are as long, so offsets hold.
	simple := corpus.Simplify(text)
	// The finder cuts the text as written: only where that is its own
	// simplified form is the ranking's cut of the same string.
	share := from >= 0 && from < len(text) && sentenceStart(text, from) && simple[from:] == text[from:] && cutsJoin(seg.Dict)
	text = simple
	sc.whole.reset()
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		sc.c.whole = nil
		if share && start >= from {
			sc.c.whole = &sc.whole
		}
		sc.toks = sc.c.appendCut(sc.toks[:0], text[start:end])
		if sc.c.whole != nil && !sc.c.recorded {
			share = false // not valid UTF-8: gse's own cut
		}
		for _, t := range sc.toks {
			emitTerms(t.Text, start+t.Start, fn)
		}
		start = end
	}
	sc.c.whole = nil
	if !share {
		return nil
	}
	return sc.whole.replay(nil)
}

// sentenceStart reports whether a sentence (sentenceEnd) starts at
// text[i:]: i is 0 or follows a sentence's end.
func sentenceStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune(SentenceEnds, r)
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
