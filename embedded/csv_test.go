package embedded

import (
	"bytes"
	"context"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
)

// readCSV checks the BOM and returns the records of an export.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte(search.BOM)) {
		t.Fatalf("CSV does not start with a BOM: %q", b[:min(len(b), 20)])
	}
	recs, err := csv.NewReader(bytes.NewReader(b[len(search.BOM):])).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if len(recs) == 0 {
		t.Fatal("CSV has no header row")
	}
	return recs
}

// TestCSVRowsAreTheResult checks that exports hold a row per hit (section
// or report) and per year, region and first report, as many as the
// brute-force scan finds.
func TestCSVRowsAreTheResult(t *testing.T) {
	ix, docs := sharedIndex(t)
	s := NewSearcher(ix)
	ctx := context.Background()
	for _, w := range timelineWordings(docs, 20) {
		match, all := bruteReports(docs, w, func(*corpus.Document) bool { return true })
		sections := 0
		for _, m := range match {
			sections += len(m.sections)
		}
		for _, group := range []string{"", "document"} {
			res, err := s.Search(ctx, search.Request{Query: `"` + w + `"`, Group: group, Size: search.MaxExport, Export: true})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := search.WriteCSV(&buf, res, group); err != nil {
				t.Fatal(err)
			}
			recs := readCSV(t, buf.Bytes())
			want := sections
			if group == "document" {
				want = len(match)
			}
			if len(recs)-1 != min(want, search.MaxExport) {
				t.Errorf("%q group %q: %d CSV rows, brute force %d", w, group, len(recs)-1, want)
			}
			snippet := slices.Index(recs[0], "snippet")
			for _, r := range recs[1:] {
				if len(r) != len(recs[0]) || snippet < 0 || strings.Contains(r[snippet], "<mark>") {
					t.Errorf("%q: bad row %q", w, r)
					break
				}
			}
		}
		tl, err := s.Timeline(ctx, search.Request{Query: `"` + w + `"`})
		if err != nil {
			t.Fatal(err)
		}
		regions := map[string]bool{}
		dated := 0
		for _, m := range match {
			if m.d.Region != "" {
				regions[m.d.Region] = true
			}
			if m.d.Year != 0 {
				dated++
			}
		}
		// years: every year from the first to the last (search.Timeline)
		lo, hi := 0, -1
		for y := range all {
			if hi < lo {
				lo, hi = y, y
			}
			lo, hi = min(lo, y), max(hi, y)
		}
		for table, want := range map[string]int{"years": hi - lo + 1, "regions": len(regions), "first": min(dated, search.MaxFirst)} {
			var buf bytes.Buffer
			if err := search.WriteTimelineCSV(&buf, tl, table); err != nil {
				t.Fatal(err)
			}
			if got := len(readCSV(t, buf.Bytes())) - 1; got != want {
				t.Errorf("%q timeline table %s: %d rows, brute force %d", w, table, got, want)
			}
		}
	}
}
