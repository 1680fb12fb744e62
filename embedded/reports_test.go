package embedded

import (
	"context"
	"fmt"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
)

// TestReportsIsExact checks Reports against a brute-force scan of the
// stored texts: the same reports, each with its number of matching
// sections, with and without a year filter passed as a request filter.
func TestReportsIsExact(t *testing.T) {
	ix, docs := sharedIndex(t)
	s := NewSearcher(ix)
	year := 0
	for _, d := range docs {
		if d.Year != 0 {
			year = d.Year
			break
		}
	}
	for _, w := range timelineWordings(docs, 60) {
		for _, filtered := range []bool{false, true} {
			req := search.Request{Query: `"` + w + `"`}
			keep := func(*corpus.Document) bool { return true }
			if filtered {
				req.Filters.Years = []search.YearRange{{From: year, To: year}}
				keep = func(d *corpus.Document) bool { return d.Year == year }
			}
			got, err := s.Reports(context.Background(), req)
			if err != nil {
				t.Fatalf("Reports(%q): %v", w, err)
			}
			match, _ := bruteReports(docs, w, keep)
			want := map[string]int{}
			for _, m := range match {
				want[m.d.ID] = len(m.sections)
			}
			gotm := map[string]int{}
			for _, r := range got {
				if _, dup := gotm[r.ID]; dup {
					t.Errorf("Reports(%q, %v) lists %s twice", w, req.Filters, r.ID)
				}
				gotm[r.ID] = r.Sections
			}
			if fmt.Sprint(gotm) != fmt.Sprint(want) {
				t.Errorf("Reports(%q, %v) = %v, want %v", w, req.Filters, gotm, want)
			}
		}
	}
}
