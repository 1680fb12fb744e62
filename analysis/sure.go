package analysis

// One cut for the ranking and the term finder
//
// The ranking analysis cuts a section sentence by sentence (terms.go); the
// term finder of package compare cuts its text whole (AppendTokensNoHMM),
// and at ingest both run on every section: the finder's cut was a tenth
// of its CPU. The cuts are not the same: a route's score is a sum of
// logarithms in floating point, and the whole text adds the score of the
// route after a sentence to each of the sentence's, which rounds them
// differently; the dictionary's counts make exact ties common (留 得住
// against 留得 住: one in three of the fixtures' paragraphs has one),
// and a tie, or a lead within rounding, may go the other way.
//
// But the words a cut weighs at each rune are the same in a sentence and
// in the whole text when no dictionary word goes on past a sentence's end
// (cutsJoin): no word crosses one. So the ranking's cutter keeps, for
// each rune of the section's text, the words it weighed and the first
// part of their scores (the word's log-probability, as it computes it),
// and replay makes the choices of the whole text's cut from them: the
// same sums in the same order, the same rule for a tie, the same words
// of ASCII letters and digits joined, bit for bit the cut the finder
// would make, without the dictionary's trie, the cost of a cut.

import (
	"slices"
	"strings"
	"sync"

	"github.com/go-ego/gse"
)

// A cutCand is a word cutNoHMM weighed at a rune: its last rune, and the
// log of its probability, logF - logT, as cutNoHMM computes it.
type cutCand struct {
	last int32
	logP float64
}

// A wholeCut gathers the words a cutter weighed in the sentences of a
// text (cutter.whole), to replay the cut of the whole text: cutNoHMM
// writes them there as it weighs them, the runes numbered in the whole
// text.
type wholeCut struct {
	cands      []cutCand
	first, end []int32 // the words of rune k: cands[first[k]:end[k]]
	alnum      []bool
	best       []float64
	next       []int32
}

// reset empties w for a new text.
func (w *wholeCut) reset() {
	w.cands, w.first, w.end, w.alnum = w.cands[:0], w.first[:0], w.end[:0], w.alnum[:0]
}

// grow makes room for n more runes of the text, and returns the first's
// index.
func (w *wholeCut) grow(n int) int32 {
	base := len(w.first)
	w.first = slices.Grow(w.first, n)[:base+n]
	w.end = slices.Grow(w.end, n)[:base+n]
	w.alnum = slices.Grow(w.alnum, n)[:base+n]
	return int32(base)
}

// replay returns the lengths in runes of the words of the cut of the
// whole text, made from what add gathered as cutNoHMM makes it from the
// dictionary: the best route back from the end, each rune's choice the
// word of the highest logP + best route after it (the later of equals),
// then single ASCII letters and digits in a row joined.
func (w *wholeCut) replay(out []int32) []int32 {
	n := len(w.first)
	w.best = grow(w.best, n+1)
	w.next = grow(w.next, n+1)
	w.best[n] = 0
	for k := n - 1; k >= 0; k-- {
		found := false
		var bestF float64
		var bestI int32
		for _, cd := range w.cands[w.first[k]:w.end[k]] {
			f := cd.logP + w.best[cd.last+1]
			if !found || bestF < f || (bestF == f && bestI < cd.last) {
				bestF, bestI = f, cd.last
			}
			found = true
		}
		w.best[k], w.next[k] = bestF, bestI
	}
	if out == nil {
		// the words, at most: one block of the size they take
		words := 0
		for x := 0; x < n; x = int(w.next[x]) + 1 {
			words++
		}
		out = make([]int32, 0, words)
	}
	run := int32(0)
	for x := 0; x < n; {
		y := int(w.next[x]) + 1
		if y-x == 1 && w.alnum[x] {
			run++
			x = y
			continue
		}
		if run > 0 {
			out = append(out, run)
			run = 0
		}
		out = append(out, int32(y-x))
		x = y
	}
	if run > 0 {
		out = append(out, run)
	}
	return out
}

// joinTables holds cutsJoin's answer for each dictionary
// (*gse.Dictionary -> bool).
var joinTables sync.Map

// cutsJoin reports whether no word of d holds a sentence's end
// (SentenceEnds) before its last character, so that no word a cut weighs
// goes on past one. The answer is the dictionary's, found on first use (a
// look at each word); a dictionary must not change once it is used to
// cut.
func cutsJoin(d *gse.Dictionary) bool {
	if v, ok := joinTables.Load(d); ok {
		return v.(bool)
	}
	ok := true
	for i := range d.Tokens {
		w := d.Tokens[i].Text()
		if k := strings.IndexAny(w, SentenceEnds); k >= 0 && k < len(w)-1 {
			for j, r := range w {
				if j+len(string(r)) < len(w) && strings.ContainsRune(SentenceEnds, r) {
					ok = false // a mark that does not end the word
				}
			}
		}
		if !ok {
			break
		}
	}
	v, _ := joinTables.LoadOrStore(d, ok)
	return v.(bool)
}

// AppendCutTokens appends to out the tokens of text that words of lens
// runes make (EachRankTermCut's cut of it), as AppendTokensNoHMM does
// from its own cut.
func AppendCutTokens(out []Token, text string, lens []int32) []Token {
	return appendWords(out, text, lens)
}
