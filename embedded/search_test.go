package embedded

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

func TestSearchBadRequests(t *testing.T) {
	s := NewSearcher(goldenIndex(t))
	for _, r := range []search.Request{
		{Query: "双减", Size: search.MaxSize + 1},
		{Query: "双减", From: -1},
		{Query: "双减", Sort: "score"},
		{Query: `"双减`},
		{Query: "双减", Filters: search.Filters{Years: []search.YearRange{{From: 2024, To: 2023}}}},
	} {
		if _, err := s.Search(context.Background(), r); !errors.Is(err, search.ErrBadQuery) {
			t.Errorf("Search(%+v) error = %v, want search.ErrBadQuery", r, err)
		}
	}
}

func TestSearchDeadline(t *testing.T) {
	s := NewSearcher(goldenIndex(t))
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	if _, err := s.Search(ctx, search.Request{Query: "教育"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Search with an expired deadline: error = %v, want context.DeadlineExceeded", err)
	}
}

// TestSearchPagesAndFacets checks that pages tile the result set without
// repeats, that facet counts add up to the total (every fixture document
// has a year), and that -year sorts newest first.
func TestSearchPagesAndFacets(t *testing.T) {
	testPages(t, NewSearcher(goldenIndex(t)))
}

func testPages(t *testing.T, s *Searcher) {
	for _, sort := range []string{"relevance", "-year"} {
		all, err := s.Search(context.Background(), search.Request{Query: "学位", Size: search.MaxSize, Sort: sort})
		if err != nil {
			t.Fatal(err)
		}
		if all.Total == 0 || all.Total > search.MaxSize {
			t.Fatalf("total %d: the test needs a result set of one page", all.Total)
		}
		sum := 0
		for _, f := range all.Facets["year"] {
			sum += f.Count
		}
		if sum != all.Total {
			t.Errorf("year facet counts add to %d, total %d", sum, all.Total)
		}
		seen := map[string]bool{}
		for from := 0; from < all.Total; from += 7 {
			page, err := s.Search(context.Background(), search.Request{Query: "学位", From: from, Size: 7, Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			for i, h := range page.Hits {
				if want := all.Hits[from+i].SectionID; h.SectionID != want {
					t.Errorf("sort %s: hit %d = %s on its page, %s in one page", sort, from+i, h.SectionID, want)
				}
				if seen[h.SectionID] {
					t.Errorf("sort %s: %s on two pages", sort, h.SectionID)
				}
				seen[h.SectionID] = true
			}
		}
		if len(seen) != all.Total {
			t.Errorf("sort %s: pages hold %d sections, total %d", sort, len(seen), all.Total)
		}
		if sort == "-year" {
			for i := 1; i < len(all.Hits); i++ {
				if all.Hits[i].Year > all.Hits[i-1].Year {
					t.Errorf("-year: hit %d year %d after %d", i, all.Hits[i].Year, all.Hits[i-1].Year)
				}
			}
		}
	}
}

// TestSearchWhileWriting runs searches while documents are added and
// deleted (run with -race): every hit must contain the wording, and totals
// never count a section twice.
func TestSearchWhileWriting(t *testing.T) {
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := fixtureDocs(t, false)
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	s := NewSearcher(ix)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 10; i++ {
			d := *docs[i%len(docs)]
			d.ID = fmt.Sprintf("copy-%d", i%3)
			d.Sections = append([]corpus.Section(nil), d.Sections...)
			for j := range d.Sections {
				d.Sections[j].ID = corpus.SectionID(d.ID, j)
			}
			if err := ix.Add(&d); err != nil {
				t.Error(err)
			}
			if i%4 == 3 {
				if err := ix.Delete(d.ID); err != nil {
					t.Error(err)
				}
			}
		}
	}()
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				res, err := s.Search(context.Background(), search.Request{Query: `"双减"`, Size: search.MaxSize})
				if err != nil {
					t.Error(err)
					return
				}
				ids := map[string]bool{}
				for _, h := range res.Hits {
					if ids[h.SectionID] {
						t.Errorf("%s twice in one result", h.SectionID)
					}
					ids[h.SectionID] = true
				}
			}
		}()
	}
	wg.Wait()
}
