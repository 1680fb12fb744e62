package index

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestLookupScratchConcurrent runs two searches at once, again and again,
// each looking up its own wordings over an index of several segments read
// in ranges on four goroutines (lookupLong: a scratch a part, reused from
// search to search through lookupPool): every answer must be the one the
// wording has alone, never holding entries of the other search's, nor of
// an earlier one of its own. The wordings' answers differ in size (a few
// sections, most of them), so that a scratch grown by one is handed to
// the other.
func TestLookupScratchConcurrent(t *testing.T) {
	ix, _ := openSegmented(t)
	s := ix.snap.Load()
	defer runtime.KeepAlive(s)
	if len(s.segs) < 2 {
		t.Fatalf("%d segments, want several", len(s.segs))
	}
	words := [][]string{{"课后服务", "集团化办学", "第12项"}, {"教育评价", "推进集团", "第7项"}}
	want := map[string][]uint32{}
	for _, ws := range words {
		for _, w := range ws {
			slots, _ := s.lookup(w)
			want[w] = slices.Clone(slots)
		}
	}
	if len(want["集团化办学"]) != 160 || len(want["课后服务"]) != 23 || len(want["第12项"]) != 1 {
		t.Fatalf("answers of %d, %d and %d sections, want 160, 23 and 1", len(want["集团化办学"]), len(want["课后服务"]), len(want["第12项"]))
	}
	// within: every other slot
	var within []uint32
	for i := uint32(0); i < s.n; i += 2 {
		within = append(within, i)
	}
	wantWithin := map[string][]uint32{}
	for w, all := range want {
		for _, x := range all {
			if x%2 == 0 {
				wantWithin[w] = append(wantWithin[w], x)
			}
		}
	}
	var wg sync.WaitGroup
	for _, ws := range words {
		wg.Go(func() {
			for i := range 200 {
				w := ws[i%len(ws)]
				if got, _ := s.lookup(w); !slices.Equal(got, want[w]) {
					t.Errorf("%s: %d sections, want %d", w, len(got), len(want[w]))
					return
				}
				if got, _ := s.lookupWithin(w, within); !slices.Equal(got, wantWithin[w]) {
					t.Errorf("%s within: %d sections, want %d", w, len(got), len(wantWithin[w]))
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestContainingAllConcurrent: two searches at once, again and again,
// each intersecting its own words, of one character, two and three, over
// an index of several segments read in ranges on four goroutines: every
// answer must be the one the words have alone.
func TestContainingAllConcurrent(t *testing.T) {
	ix, docs := openSegmented(t)
	if err := ix.Delete("d007"); err != nil { // a deleted section in a character's bits (课)
		t.Fatal(err)
	}
	delete(docs, "d007")
	queries := [][]string{{"课", "提高", "第"}, {"改", "集团化", "项"}, {"率", "深"}}
	want := make([][]string, len(queries))
	for i, q := range queries {
		for j, w := range q {
			ids := bruteContaining(docs, w)
			if j == 0 {
				want[i] = ids
			} else {
				want[i] = slices.DeleteFunc(want[i], func(id string) bool { _, ok := slices.BinarySearch(ids, id); return !ok })
			}
		}
		if len(want[i]) == 0 {
			t.Fatalf("%v: in no section", q)
		}
	}
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Go(func() {
			for i := range 60 {
				k := (g + i) % len(queries)
				err := ix.View(func(v *View) error {
					var got []string
					for _, s := range v.ContainingAll(queries[k]) {
						got = append(got, v.SectionID(s))
					}
					slices.Sort(got)
					if !slices.Equal(got, want[k]) {
						t.Errorf("%v: %d sections, want %d", queries[k], len(got), len(want[k]))
					}
					return nil
				})
				if err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// openSegmented opens a new index of four segments read in ranges on four
// goroutines (parallelSlots and splitSlots 0, GOMAXPROCS 4, until the test
// ends), a write of 40 sections each: every one names its number (第12项),
// every seventh 课后服务 and every third 教育评价. It returns the index and
// its documents by ID.
func openSegmented(t *testing.T) (*Index, map[string]*corpus.Document) {
	t.Helper()
	n, z, p := parallelSlots, splitSlots, runtime.GOMAXPROCS(4)
	t.Cleanup(func() { parallelSlots, splitSlots = n, z; runtime.GOMAXPROCS(p) })
	parallelSlots, splitSlots = 0, 0
	ix, _ := openTemp(t)
	docs := map[string]*corpus.Document{}
	for w := range 4 { // a write, a segment
		var batch []*corpus.Document
		for i := range 40 {
			n := w*40 + i
			text := fmt.Sprintf("推进集团化办学第%d项，", n)
			if n%7 == 0 {
				text += "课后服务覆盖率提高，"
			}
			if n%3 == 0 {
				text += "深化教育评价改革，"
			}
			d := doc(fmt.Sprintf("d%03d", n), "明湖市", 2020+n%5, "一、总体情况", text)
			batch, docs[d.ID] = append(batch, d), d
		}
		if err := ix.Add(batch...); err != nil {
			t.Fatal(err)
		}
	}
	return ix, docs
}
