package index

// In-memory BM25
//
// Ranking a result set that covers much of the index through bleve costs a
// scored hit per matching section: about 1 µs each, too slow at 100k
// sections. For such sets the bigram lists rank instead: each query word's
// frequency in a section comes from the counts kept in its bigram entries
// (exact for one or two characters, the rarest bigram's count for longer
// words), its document frequency is the number of sections containing it,
// and the section length is its folded length in characters. The formula is
// BM25's (k1 = 1.2, b = 0.75) over words as written rather than gse tokens,
// so "育现代" ranks too. One pass over the set and the words' lists.

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
			_, e := v.entry(s)
			dl := float64(e.runes)
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
