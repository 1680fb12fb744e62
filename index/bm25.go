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
// pass over the set and the words' lists: a word the set's own lookups
// have cached in the view is read from there; a word of one or two
// characters (most of gse's words) is counted from its lists without
// listing every section that holds it (wordFreqs), which for quoted
// wording, looked up whole and not word by word, was most of the ranking's
// cost. A quoted wording's own lookup cannot stand in for its words': a
// word also counts where it occurs outside the wording, and its frequency
// is over the whole index. A broad set is scored and its best picked in
// chunks on all the cores (rankChunks), and its words counted in the
// ranges a lookup reads (wordFreqs): the best of each chunk hold the best
// of the set, the order being total (better).

import (
	"container/heap"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/govreport/govreport/analysis"
)

const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// BM25 returns the best n members of set (sorted slots) for words (folded
// wording), best first, ties in the view's Order (not slot order: that is
// the order of ingest). Members that contain none of the words score 0.
func (v *View) BM25(words []string, set []uint32, n int) []Ranked {
	if n <= 0 || len(set) == 0 {
		return nil
	}
	// The score and count arrays are as long as the set, or as a window of
	// it (bm25Window) when it is longer: they are reused from search to
	// search (sync.Pool) so that they do not bring on the garbage
	// collector.
	win := min(len(set), bm25Window)
	sc, _ := bm25Pool.Get().(*bm25Scratch)
	if sc == nil {
		sc = &bm25Scratch{}
	}
	defer bm25Pool.Put(sc)
	if cap(sc.scores) < win {
		sc.scores, sc.tfs = make([]float32, win), make([]uint8, win)
	}
	live := float64(v.s.live)
	avg := float64(v.s.runes) / math.Max(1, live)
	var fws []string
	for _, w := range words {
		if fw := analysis.Fold(w); fw != "" {
			fws = append(fws, fw)
		}
	}
	// A word's idf is over the whole index: its frequency is counted
	// with the first window's members (every part of the index read for
	// it), the later windows only reading their own members' counts.
	idfs := make([]float64, len(fws)) // 0: the word occurs nowhere
	var top rankHeap                  // the best n of the windows so far
	top.v = v
	for a := 0; a < len(set); a += win {
		ws := set[a:min(a+win, len(set))]
		scores, tfs := sc.scores[:len(ws)], sc.tfs[:len(ws)]
		clear(scores)
		chunks := v.rankChunks(len(ws))
		for i, fw := range fws {
			if a == 0 {
				df := float64(v.wordFreqs(fw, ws, tfs, true))
				if df == 0 {
					continue
				}
				idfs[i] = math.Log(1 + (live-df+0.5)/(df+0.5))
			} else if idfs[i] == 0 {
				continue
			} else {
				v.wordFreqs(fw, ws, tfs, false)
			}
			idf := idfs[i]
			chunks.each(func(_, a, b int) { v.addScores(ws[a:b], tfs[a:b], scores[a:b], idf, avg) })
		}
		// the best n of each chunk, and the best n of those and of the
		// windows before: the order is total (better), so they are the
		// best n of the set
		best := make([][]Ranked, chunks.k)
		chunks.each(func(j, a, b int) {
			h := &rankHeap{v: v}
			for i, s := range ws[a:b] {
				h.offer(Ranked{Slot: s, Score: float64(scores[a+i])}, n)
			}
			best[j] = h.r
		})
		if a == 0 && len(ws) == len(set) {
			// one window: its chunks' best are the candidates
			for _, r := range best {
				top.r = append(top.r, r...)
			}
			break
		}
		for _, r := range best {
			for _, x := range r {
				top.offer(x, n)
			}
		}
	}
	out := top.r
	slices.SortFunc(out, func(a, b Ranked) int {
		if v.better(a, b) {
			return -1
		}
		if v.better(b, a) {
			return 1
		}
		return 0
	})
	return out[:min(n, len(out))]
}

// bm25Window is the most members of a set BM25 scores at a time: a broad
// set at ten million sections is most of them, and its score and count
// arrays were 5 bytes a member (about 50 MB) on a heap that is most of the
// memory budget, kept from search to search. A set is scored window by
// window, keeping the best n of the windows so far. Tests set it low.
var bm25Window = 1 << 20

// addScores adds to scores[i] the BM25 weight of a word of inverse
// document frequency idf in section set[i], where it occurs tfs[i] times
// (avg: the average length of a live section).
func (v *View) addScores(set []uint32, tfs []uint8, scores []float32, idf, avg float64) {
	// the segments walked beside the set, not located slot by slot
	if len(set) == 0 {
		return
	}
	seg := sort.Search(len(v.s.segs), func(i int) bool {
		sv := &v.s.segs[i]
		return sv.base+uint32(sv.seg.numSlots()) > set[0]
	}) - 1
	end := uint32(0)
	if seg >= 0 {
		end = v.s.segs[seg].base + uint32(v.s.segs[seg].seg.numSlots())
	}
	var sv *segView
	if seg >= 0 {
		sv = &v.s.segs[seg]
	}
	for i, s := range set {
		if tfs[i] == 0 {
			continue
		}
		for s >= end {
			seg++
			sv = &v.s.segs[seg]
			end = sv.base + uint32(sv.seg.numSlots())
		}
		tf := float64(tfs[i])
		dl := float64(sv.seg.slotRunes[s-sv.base])
		scores[i] += float32(idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*dl/avg)))
	}
}

// rankPart is the fewest members of a set that BM25 scores and picks from
// on a core of their own: a broad set at a million sections is most of
// them, and its scoring and picking were one core's. A chunk of 8,192
// members takes tens of microseconds a word, well above a goroutine's
// start: at 65,536 a set of fewer than 131,072 members was scored, and
// its words' counts merged, on one core. Tests set it low.
var rankPart = 1 << 13

// rankChunks is a set of n members cut into k chunks of about equal size,
// each scored and picked from on its own goroutine.
type rankChunks struct {
	n, k int
	big  bool // the snapshot is large enough for goroutines
}

func (v *View) rankChunks(n int) rankChunks {
	k := max(1, min(runtime.GOMAXPROCS(0), n/rankPart))
	return rankChunks{n: n, k: k, big: v.s.n >= parallelSlots}
}

// each calls f(j, a, b) for each chunk j, members a to b of the set: on as
// many goroutines as chunks when there are several and the snapshot is
// large, else in order on the calling goroutine. f must only write what
// belongs to its chunk.
func (c rankChunks) each(f func(j, a, b int)) {
	if c.k == 1 || !c.big {
		for j := range c.k {
			f(j, c.n*j/c.k, c.n*(j+1)/c.k)
		}
		return
	}
	runEach(c.k, c.k, func(j int) { f(j, c.n*j/c.k, c.n*(j+1)/c.k) })
}

// bm25Scratch holds BM25's per-member arrays between searches.
type bm25Scratch struct {
	scores []float32
	tfs    []uint8
}

var bm25Pool sync.Pool

// better reports whether a ranks before b: the higher score, or for equal
// scores the first in Order.
func (v *View) better(a, b Ranked) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return v.Order(a.Slot, b.Slot) < 0
}

// rankHeap is a min-heap: the worst kept hit on top.
type rankHeap struct {
	r []Ranked
	v *View
}

func (h *rankHeap) Len() int           { return len(h.r) }
func (h *rankHeap) Less(i, j int) bool { return h.v.better(h.r[j], h.r[i]) }
func (h *rankHeap) Swap(i, j int)      { h.r[i], h.r[j] = h.r[j], h.r[i] }
func (h *rankHeap) Push(x any)         { h.r = append(h.r, x.(Ranked)) }

// offer keeps r if the heap holds fewer than n hits or r ranks before
// the worst of them, which it replaces.
func (h *rankHeap) offer(r Ranked, n int) {
	if h.Len() < n {
		heap.Push(h, r)
	} else if h.v.better(r, h.r[0]) {
		h.r[0] = r
		heap.Fix(h, 0)
	}
}

func (h *rankHeap) Pop() any {
	x := h.r[len(h.r)-1]
	h.r = h.r[:len(h.r)-1]
	return x
}

// wordFreqs returns the number of live sections of the index that contain
// folded word fw (its document frequency) and sets tfs[i] to its count in
// section set[i] (0 where it does not occur; at most 255), as find(fw)
// gives them. A word the view has looked up already is read from its
// cache. Otherwise a word of one or two characters is counted from its
// lists without listing every section that holds it: for two, the list's
// length is the frequency (in a segment with deletions the live entries
// are counted), and only the set's entries are read, jumping to them when
// they are few; for one, the character's list, whose length is the
// frequency in the same way. Longer words are looked up (find): their frequency
// needs the places of every section. Without df (a later window of a
// set: BM25), only the parts of the index that hold members of set are
// read, and the frequency returned is not the index's.
func (v *View) wordFreqs(fw string, set []uint32, tfs []uint8, df bool) int {
	l, cached := v.cache[fw]
	runes := []rune(fw)
	if !cached && len(runes) <= 2 {
		// Each part counts its own members (at[k]:at[k+1] of set), on
		// several cores when the index is large: a large segment in
		// ranges of slots as a lookup reads it (lookupParts), when the
		// word is a bigram and the segment has no deletions, so that
		// its frequency is its list's length whatever the range; else
		// the segment whole, by the part where it begins.
		parts := v.s.lookupParts()
		at := make([]int, len(parts)+1)
		whole := make([]bool, len(parts))
		for k, r := range parts {
			sv := &v.s.segs[r.seg]
			n := uint32(sv.seg.numSlots())
			hi := r.hi
			if whole[k] = len(runes) == 1 || sv.ndel > 0 || r.lo == 0 && r.hi == n; whole[k] {
				if r.lo > 0 {
					hi = r.lo // the part where the segment begins counts it
				} else {
					hi = n
				}
			}
			at[k+1], _ = slices.BinarySearch(set, sv.base+hi)
			at[k+1] = max(at[k+1], at[k])
		}
		if !df {
			// the parts without members left out, so that their
			// segments are neither read nor handed back
			// (the parts' stretches of set are laid end to end, the
			// empty ones between those kept)
			var with []lookupPart
			var wat []int
			var wwhole []bool
			end := 0
			for k, r := range parts {
				if at[k] < at[k+1] && !(whole[k] && r.lo > 0) {
					with, wat, wwhole = append(with, r), append(wat, at[k]), append(wwhole, whole[k])
					end = at[k+1]
				}
			}
			parts, at, whole = with, append(wat, end), wwhole
		}
		dfs := make([]int, len(parts))
		v.s.eachPart(parts, func(k int) {
			r := parts[k]
			if whole[k] && r.lo > 0 {
				return
			}
			sv := &v.s.segs[r.seg]
			clear(tfs[at[k]:at[k+1]])
			df := sv.seg.wordFreqs(runes, sv, set[at[k]:at[k+1]], tfs[at[k]:at[k+1]])
			if r.lo == 0 {
				dfs[k] = df // a bigram's in a segment without deletions: its list's length
			}
		})
		n := 0
		for _, d := range dfs {
			n += d
		}
		return n
	}
	if !cached {
		l = v.find(fw)
	}
	// the lookup's counts merged into the set's, a broad set in chunks
	// on all the cores (rankChunks), each from its first member on
	v.rankChunks(len(set)).each(func(_, a, b int) {
		tfs := tfs[a:b]
		clear(tfs)
		if a == b {
			return
		}
		j, _ := slices.BinarySearch(l.slots, set[a])
		for i, s := range set[a:b] {
			for j < len(l.slots) && l.slots[j] < s {
				j++
			}
			if j == len(l.slots) {
				break
			}
			if l.slots[j] == s {
				tfs[i] = l.tfs[j]
			}
		}
	})
	return len(l.slots)
}
