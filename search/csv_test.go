package search

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSVCellsAreNotFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "@x": "'@x", "+x": "'+x", "-减负": "'-减负",
		"-3.5%": "-3.5%", "+12": "+12", "双减": "双减", "": "", "-0.5": "-0.5", "+.5%": "+.5%",
		// a number's sign before a formula is still a formula
		"-2+3": "'-2+3", "+1-1": "'+1-1", `-1+HYPERLINK("http://x.test","青川")`: `'-1+HYPERLINK("http://x.test","青川")`,
		"+86 10 1234": "'+86 10 1234", "-": "'-", "\t=1": "'\t=1",
	} {
		if got := cells(in)[0]; got != want {
			t.Errorf("cells(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCSVRowsSayTheirQuery: every row of a search's or a timeline's export
// ends with the query it answers, every filter in it, so that a sheet
// renamed or pasted beside another still says what it counts.
func TestCSVRowsSayTheirQuery(t *testing.T) {
	const q = `"双减" year:2021..2023 region:白塔县 kind:计划`
	hit := Hit{SectionID: "a-001", DocID: "a", Title: "白塔县教育局2023年工作计划", Year: 2023, Snippet: "落实<mark>双减</mark>"}
	tl := &Timeline{Query: q, Years: []YearCount{{Year: 2023, Documents: 1, Sections: 1, AllDocuments: 2}},
		Regions: []RegionCount{{Region: "白塔县", Documents: 1, FirstYear: 2023}}, First: []FirstReport{{ID: "a", Year: 2023}}}
	write := map[string]func(*bytes.Buffer) error{
		"sections": func(b *bytes.Buffer) error { return WriteCSV(b, &Result{Query: q, Total: 1, Hits: []Hit{hit}}, "") },
		"reports": func(b *bytes.Buffer) error {
			return WriteCSV(b, &Result{Query: q, Total: 1, Hits: []Hit{hit}}, "document")
		},
		"years":   func(b *bytes.Buffer) error { return WriteTimelineCSV(b, tl, "years") },
		"regions": func(b *bytes.Buffer) error { return WriteTimelineCSV(b, tl, "regions") },
		"first":   func(b *bytes.Buffer) error { return WriteTimelineCSV(b, tl, "first") },
	}
	for name, w := range write {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), BOM))).ReadAll()
		if err != nil || len(recs) != 2 {
			t.Fatalf("%s: %v, %d records", name, err, len(recs))
		}
		if last := len(recs[0]) - 1; recs[0][last] != "query" || recs[1][last] != q {
			t.Errorf("%s: header %v, row %v; want both to end with the query %s", name, recs[0], recs[1], q)
		}
	}
}
