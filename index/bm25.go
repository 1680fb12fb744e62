package index

// In-memory BM25
//
// Search ranks every result set, whatever its size, with one model: BM25
// (k1 = 1.2, b = 0.75) over the gse words of the query, with the statistics
// of the whole index, computed from the bigram lists. A word's frequency
// in a section is the number of places it starts at in the section's
// folded text, from the positional lists (grams.go), wherever gse
// would cut the section: the same word is segmented differently in
// different contexts, and a section that holds it should not rank as if it
// did not. Its document frequency is the number of sections of the index
// containing it, N the number of live sections, and a section's length
// its folded length in characters. A score depends on the section and the
// index only, not on the set being ranked: a filter that removes members
// of a set leaves the order and the scores of the others as they were. One
// pass over the set and the words' lists, which the set's own lookups have
// usually cached in the view already.

import (
	"container/heap"
	"math"

	"github.com/govreport/govreport/analysis"
)

const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// BM25 returns the best n members of set (sorted slots) for words (folded
// wording), best first, ties in slot order. Members that contain none of
// the words score 0.
func (v *View) BM25(words []string, set []uint32, n int) []Ranked {
	if n <= 0 || len(set) == 0 {
		return nil
	}
	scores := make([]float32, len(set))
	live := float64(v.s.live)
	avg := float64(v.s.runes) / math.Max(1, live)
	for _, w := range words {
		fw := analysis.Fold(w)
		if fw == "" {
			continue
		}
		l := v.find(fw)
		slots, tfs := l.slots, l.tfs
		df := float64(len(slots))
		if df == 0 {
			continue
		}
		idf := math.Log(1 + (live-df+0.5)/(df+0.5))
		j := 0
		for i, s := range set {
			for j < len(slots) && slots[j] < s {
				j++
			}
			if j == len(slots) {
				break
			}
			if slots[j] != s {
				continue
			}
			tf := float64(tfs[j])
			sv, l := v.s.locate(s)
			dl := float64(sv.seg.slotRunes[l])
			scores[i] += float32(idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*dl/avg)))
		}
	}
	h := &rankHeap{}
	for i, s := range set {
		r := Ranked{Slot: s, Score: float64(scores[i])}
		if h.Len() < n {
			heap.Push(h, r)
		} else if better(r, (*h)[0]) {
			(*h)[0] = r
			heap.Fix(h, 0)
		}
	}
	out := make([]Ranked, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(Ranked)
	}
	return out
}

func better(a, b Ranked) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Slot < b.Slot
}

// rankHeap is a min-heap: the worst kept hit on top.
type rankHeap []Ranked

func (h rankHeap) Len() int            { return len(h) }
func (h rankHeap) Less(i, j int) bool  { return better(h[j], h[i]) }
func (h rankHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *rankHeap) Push(x interface{}) { *h = append(*h, x.(Ranked)) }
func (h *rankHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
