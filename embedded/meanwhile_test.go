package embedded

import (
	"context"
	"reflect"
	"testing"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// TestMeanwhile: the waiting function gives f's answer, and a panic of f
// is raised again on the goroutine that waits, with f's value (where a
// view's recovery turns it into an error, not the process's end).
func TestMeanwhile(t *testing.T) {
	if got := meanwhile(func() int { return 42 })(); got != 42 {
		t.Errorf("meanwhile's answer = %d, want 42", got)
	}
	wait := meanwhile(func() int { panic("counting failed") })
	defer func() {
		if r := recover(); r != "counting failed" {
			t.Errorf("recovered %v from the wait, want f's panic", r)
		}
	}()
	wait()
	t.Error("the wait returned after f panicked")
}

// TestSearchFacetsMeanwhile: the facets Search counts while it ranks (run
// with -race), or before for a broad set (facetsAlone), are those of the
// set counted on their own, for sets of every size, section and report
// counts, and the count-only answers.
func TestSearchFacetsMeanwhile(t *testing.T) {
	ix := goldenIndex(t)
	s := NewSearcher(ix)
	defer func(n int) { facetsAlone = n }(facetsAlone)
	for _, alone := range []int{1 << 16, 0} {
		facetsAlone = alone
		testFacetsMeanwhile(t, ix, s)
	}
}

func testFacetsMeanwhile(t *testing.T, ix *index.Index, s *Searcher) {
	for _, q := range []string{"教育", "学位", `"课后服务"`, "双减 课后服务", "教育 -学位", "教育 year:2023..2024", "没有这样的说法"} {
		for _, r := range []search.Request{{Query: q}, {Query: q, Group: "document"}, {Query: q, CountOnly: true}, {Query: q, Sort: "-year"}} {
			res, err := s.Search(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			parsed, err := r.Parsed()
			if err != nil {
				t.Fatal(err)
			}
			var want map[string][]search.FacetValue
			ix.View(func(v *index.View) error {
				want = facets(v, resultSet(v, parsed), r.Group == "document")
				return nil
			})
			if !reflect.DeepEqual(res.Facets, want) {
				t.Errorf("facetsAlone %d, %+v: facets %v, counted on their own %v", facetsAlone, r, res.Facets, want)
			}
		}
	}
}
