package compare

import (
	"testing"

	"github.com/govreport/govreport"
)

func TestCounterparts(t *testing.T) {
	docs := []govreport.DocInfo{
		{ID: "p22", Year: 2022, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "p23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "p25b", Year: 2025, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "p25a", Year: 2025, Region: "青溪市", Issuer: "教育局", Kind: "要点"}, // a copy of the same year
		{ID: "s23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "总结"},
		{ID: "s24", Year: 2024, Region: "青溪市", Issuer: "教育局", Kind: "总结"},
		{ID: "o23", Year: 2023, Region: "青溪市", Issuer: "人民政府", Kind: "要点"}, // another issuer
		{ID: "r24", Year: 2024, Region: "白沙县", Issuer: "教育局", Kind: "要点"},  // another region
		{ID: "n23", Year: 0, Region: "青溪市", Issuer: "教育局", Kind: "要点"},     // year unknown
		{ID: "x22", Year: 2022, Region: "", Issuer: "教育局", Kind: "要点"},
		{ID: "x23", Year: 2023, Region: "", Issuer: "教育局", Kind: "要点"},
	}
	cases := []struct {
		id, prev, next string
	}{
		{"p22", "", "p23"},
		{"p23", "p22", "p25a"}, // nearest later year; of two, the smaller ID
		{"p25b", "p23", ""},
		{"s23", "", "s24"}, // summaries are their own series
		{"o23", "", ""},
		{"r24", "", ""},
		{"n23", "", ""}, // no year, no series
		{"x22", "", ""}, // no region, no series
		{"missing", "", ""},
	}
	id := func(d *govreport.DocInfo) string {
		if d == nil {
			return ""
		}
		return d.ID
	}
	for _, c := range cases {
		prev, next := Counterparts(docs, c.id)
		if id(prev) != c.prev || id(next) != c.next {
			t.Errorf("Counterparts(docs, %q) = %q, %q; want %q, %q", c.id, id(prev), id(next), c.prev, c.next)
		}
	}
	// the answer does not depend on the order of docs
	rev := make([]govreport.DocInfo, len(docs))
	for i, d := range docs {
		rev[len(docs)-1-i] = d
	}
	if _, next := Counterparts(rev, "p23"); id(next) != "p25a" {
		t.Errorf("Counterparts(reversed docs, p23): next = %q, want p25a", id(next))
	}
}

func TestPlanFor(t *testing.T) {
	docs := []govreport.DocInfo{
		{ID: "s23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "总结"},
		{ID: "h23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "半年总结"},
		{ID: "k23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "j23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "计划"},
		{ID: "s24", Year: 2024, Region: "青溪市", Issuer: "教育局", Kind: "总结"},
		{ID: "k24", Year: 2024, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "s22", Year: 2022, Region: "青溪市", Issuer: "教育局", Kind: "总结"},
		{ID: "g22", Year: 2022, Region: "青溪市", Issuer: "人民政府", Kind: "计划"},
	}
	cases := []struct{ id, want string }{
		{"s23", "j23"}, // a 计划 before a 要点
		{"h23", "j23"}, // a half-year summary too
		{"s24", "k24"},
		{"s22", ""}, // the only plan of 2022 is another issuer's
		{"k23", ""}, // a plan has no plan
		{"none", ""},
	}
	for _, c := range cases {
		got := PlanFor(docs, c.id)
		gotID := ""
		if got != nil {
			gotID = got.ID
		}
		if gotID != c.want {
			t.Errorf("PlanFor(docs, %q) = %q, want %q", c.id, gotID, c.want)
		}
	}
}
