package index

import (
	"fmt"
	"math"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// TestBM25InChunks: a set scored and picked from in chunks on several
// goroutines (rankChunks) ranks as it does in one: the same slots and
// scores in the same order, for the best few, many and all of it, over
// several segments, one with deletions, with many equal scores (texts
// repeated) whose order the ties decide; and both as the scores worked
// out member by member from the words' lookups.
func TestBM25InChunks(t *testing.T) {
	defer func(r int, n uint32, p, w int) {
		rankPart, parallelSlots, bm25Window = r, n, w
		runtime.GOMAXPROCS(p)
	}(rankPart, parallelSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))), bm25Window)
	ix, _ := openTemp(t)
	rng := rand.New(rand.NewSource(72))
	const chars = "明湖望川县教育双减课后服务学校"
	r := []rune(chars)
	var texts []string
	for range 12 {
		var b strings.Builder
		for range 5 + rng.Intn(30) {
			b.WriteRune(r[rng.Intn(len(r))])
		}
		texts = append(texts, b.String())
	}
	var ids []string
	for w := range 4 {
		var batch []*corpus.Document
		for i := range 30 {
			var ht []string
			for range 1 + rng.Intn(4) {
				ht = append(ht, "（一）", texts[rng.Intn(len(texts))])
			}
			id := fmt.Sprintf("w%d-%02d", w, i)
			ids = append(ids, id)
			batch = append(batch, doc(id, []string{"明湖市", "望川县"}[rng.Intn(2)], 2018+rng.Intn(4), ht...))
		}
		if err := ix.Add(batch...); err != nil {
			t.Fatal(err)
		}
	}
	for _, i := range rng.Perm(30)[:5] {
		if err := ix.Delete(ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	err := ix.View(func(v *View) error {
		if len(v.s.segs) < 2 {
			t.Fatalf("%d segments, want several", len(v.s.segs))
		}
		live := v.Live()
		for q := range 40 {
			var words []string
			for range 2 + rng.Intn(3) {
				// of one to four characters of the texts: the longer
				// ones looked up (their counts merged from the lookup)
				tr := []rune(texts[rng.Intn(len(texts))])
				k := 1 + rng.Intn(4)
				i := rng.Intn(len(tr) - k + 1)
				words = append(words, string(tr[i:i+k]))
			}
			set := live
			if q%2 == 1 {
				set = nil
				for _, s := range live {
					if rng.Intn(3) > 0 {
						set = append(set, s)
					}
				}
			}
			// each member's score from the words' lookups, brute force
			ref := make([]Ranked, len(set))
			liveN := float64(v.s.live)
			avg := float64(v.s.runes) / math.Max(1, liveN)
			for i, s := range set {
				ref[i].Slot = s
			}
			for _, w := range words {
				l := v.find(analysis.Fold(w))
				if len(l.slots) == 0 {
					continue
				}
				df := float64(len(l.slots))
				idf := math.Log(1 + (liveN-df+0.5)/(df+0.5))
				for i, s := range set {
					if j, ok := slices.BinarySearch(l.slots, s); ok {
						tf := float64(l.tfs[j])
						sv, local := v.s.locate(s)
						dl := float64(sv.seg.slotRunes[local])
						ref[i].Score = float64(float32(ref[i].Score) + float32(idf*tf*(bm25K1+1)/(tf+bm25K1*(1-bm25B+bm25B*dl/avg))))
					}
				}
			}
			slices.SortFunc(ref, func(a, b Ranked) int {
				if v.better(a, b) {
					return -1
				}
				return 1
			})
			for _, n := range []int{1, 7, 60, len(set)} {
				rankPart, parallelSlots = 1<<30, 1<<15
				want := (&View{ix: v.ix, s: v.s, tx: v.tx}).BM25(words, set, n)
				rankPart, parallelSlots = 5, 0
				got := (&View{ix: v.ix, s: v.s, tx: v.tx}).BM25(words, set, n)
				if v.rankChunks(len(set)).k < 2 {
					t.Fatalf("a set of %d in one chunk", len(set))
				}
				if !slices.Equal(got, want) {
					t.Errorf("BM25(%q) of %d, best %d, in chunks = %v, in one %v", words, len(set), n, got, want)
				}
				// in windows of a few members, in chunks and in one
				for _, part := range []int{5, 1 << 30} {
					rankPart, bm25Window = part, 7
					win := (&View{ix: v.ix, s: v.s, tx: v.tx}).BM25(words, set, n)
					bm25Window = 1 << 20
					if !slices.Equal(win, want) {
						t.Errorf("BM25(%q) of %d, best %d, in windows of 7 (chunks of %d) = %v, in one %v", words, len(set), n, part, win, want)
					}
				}
				rankPart = 5
				if !slices.Equal(got, ref[:min(n, len(ref))]) {
					t.Errorf("BM25(%q) of %d, best %d = %v, brute force %v", words, len(set), n, got, ref[:min(n, len(ref))])
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
