package index

import (
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestBM25InChunks: a set scored and picked from in chunks on several
// goroutines (rankChunks) ranks as it does in one: the same slots and
// scores in the same order, for the best few, many and all of it, over
// several segments, one with deletions, with many equal scores (texts
// repeated) whose order the ties decide.
func TestBM25InChunks(t *testing.T) {
	defer func(r int, n uint32, p int) { rankPart, parallelSlots = r, n; runtime.GOMAXPROCS(p) }(rankPart, parallelSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
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
			for range 1 + rng.Intn(3) {
				k := 1 + rng.Intn(3)
				i := rng.Intn(len(r) - k + 1)
				words = append(words, string(r[i:i+k]))
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
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
