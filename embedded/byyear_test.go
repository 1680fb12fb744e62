package embedded

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
)

// TestByYearFirstN: byYear's first n slots, for every n, are the first n of
// the whole set ordered the slow way (every report gathered, sorted by
// year, newest or oldest first and no year last, then by
// govreport.DocOrder, each report's sections in order): keeping only the
// reports that hold the first n sections drops none that a page needs.
// The reports come in an order that is not the sort's (ingest order, equal
// years far apart, reports of one or many sections, some of no year).
func TestByYearFirstN(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	places := []string{"青川市", "白塔县", "云溪区", "石门镇"}
	var docs []*corpus.Document
	for i := range 60 {
		year := 2015 + rng.Intn(8)
		if i%9 == 4 {
			year = 0
		}
		text := fmt.Sprintf("title: 第%d号工作要点\nyear: %d\nregion: %s\nkind: 工作要点\n\n", i, year, places[rng.Intn(len(places))])
		for j := range 1 + rng.Intn(4) {
			text += fmt.Sprintf("%s、教育工作第%d项\n推进课后服务，办好人民满意的教育。\n", []string{"一", "二", "三", "四"}[j], j)
		}
		docs = append(docs, splitDoc(fmt.Sprintf("d%02d", i), text))
	}
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	ix.View(func(v *index.View) error {
		live := v.Live()
		var some []uint32 // every other report's sections
		v.Runs(live, func(_ *index.DocInfo, i, n int) {
			if i%2 == 0 {
				some = append(some, live[i:i+n]...)
			}
		})
		for _, set := range [][]uint32{live, some} {
			for _, desc := range []bool{true, false} {
				want := slowByYear(v, set, desc)
				for n := 0; n <= len(set)+1; n++ {
					var got []uint32
					for _, r := range byYear(v, set, desc, n) {
						got = append(got, r.Slot)
					}
					if w := want[:min(n, len(want))]; !slices.Equal(got, w) {
						t.Fatalf("desc %v, n %d of %d: byYear %v, want %v", desc, n, len(set), got, w)
					}
				}
			}
		}
		return nil
	})
}

// slowByYear orders all of set as byYear documents it.
func slowByYear(v *index.View, set []uint32, desc bool) []uint32 {
	type run struct {
		doc   *index.DocInfo
		slots []uint32
	}
	var runs []run
	v.Runs(set, func(d *index.DocInfo, i, n int) { runs = append(runs, run{d, set[i : i+n]}) })
	key := func(r run) int { // smaller first
		switch {
		case r.doc.Year == 0:
			return 1 << 30
		case desc:
			return -r.doc.Year
		}
		return r.doc.Year
	}
	slices.SortStableFunc(runs, func(a, b run) int {
		if ka, kb := key(a), key(b); ka != kb {
			return ka - kb
		}
		return govreport.DocOrder(a.doc, b.doc)
	})
	var out []uint32
	for _, r := range runs {
		out = append(out, r.slots...)
	}
	return out
}
