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
	for _, c := range cases {
		checkCounterparts(t, docs, c.id, c.prev, c.next)
	}
	// the answer does not depend on the order of docs
	rev := make([]govreport.DocInfo, len(docs))
	for i, d := range docs {
		rev[len(docs)-1-i] = d
	}
	checkCounterparts(t, rev, "p23", "p22", "p25a")
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

// TestSummaryFor finds a plan's own year's summary, as PlanFor finds a
// summary's plan: bureau staff reading this year's 工作要点 check it
// against what the year's 工作总结 reports (fictional places).
func TestSummaryFor(t *testing.T) {
	docs := []govreport.DocInfo{
		{ID: "k23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "j23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "计划"},
		{ID: "h23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "半年总结", Sections: 40},
		{ID: "s23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "总结", Sections: 12},
		{ID: "t23", Year: 2023, Region: "青溪市", Issuer: "教育局", Kind: "总结", Sections: 30}, // a complete copy
		{ID: "k24", Year: 2024, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "h24", Year: 2024, Region: "青溪市", Issuer: "教育局", Kind: "半年总结"},
		{ID: "k22", Year: 2022, Region: "青溪市", Issuer: "教育局", Kind: "要点"},
		{ID: "s22", Year: 2022, Region: "青溪市", Issuer: "人民政府", Kind: "总结"},
		{ID: "s21", Year: 2021, Region: "青溪市", Issuer: "教育局", Kind: "总结"},
		{ID: "k21", Year: 2021, Region: "白塔县", Issuer: "教育局", Kind: "要点"},
	}
	cases := []struct{ id, want string }{
		{"k23", "t23"}, // a 总结 before a 半年总结, the complete copy first
		{"j23", "t23"}, // a 计划 too
		{"k24", "h24"}, // only the first half reported so far
		{"k22", ""},    // the only summary of 2022 is another issuer's
		{"k21", ""},    // another region's
		{"s23", ""},    // a summary has no summary
		{"none", ""},
	}
	for _, c := range cases {
		got := SummaryFor(docs, c.id)
		gotID := ""
		if got != nil {
			gotID = got.ID
		}
		if gotID != c.want {
			t.Errorf("SummaryFor(docs, %q) = %q, want %q", c.id, gotID, c.want)
		}
	}
}

// TestCounterpartsSeries covers what makes a series beyond equal labels: a
// bureau's plan titled 要点 one year and 计划 another, copies of one report
// in one year, half-year summaries, and news pages (fictional places).
func TestCounterpartsSeries(t *testing.T) {
	docs := []govreport.DocInfo{
		// plans of one bureau, titled either way; 2021 holds both
		{ID: "k21", Year: 2021, Region: "澜沧湾市", Issuer: "教育局", Kind: "要点", Sections: 20},
		{ID: "j21", Year: 2021, Region: "澜沧湾市", Issuer: "教育局", Kind: "计划", Sections: 30},
		{ID: "k22", Year: 2022, Region: "澜沧湾市", Issuer: "教育局", Kind: "要点", Sections: 20},
		{ID: "j23", Year: 2023, Region: "澜沧湾市", Issuer: "教育局", Kind: "计划", Sections: 25},
		{ID: "k24", Year: 2024, Region: "澜沧湾市", Issuer: "教育局", Kind: "要点", Sections: 22},
		// summaries and a half-year summary of the same bureau
		{ID: "s22", Year: 2022, Region: "澜沧湾市", Issuer: "教育局", Kind: "总结", Sections: 15},
		{ID: "h23", Year: 2023, Region: "澜沧湾市", Issuer: "教育局", Kind: "半年总结", Sections: 9},
		{ID: "s24", Year: 2024, Region: "澜沧湾市", Issuer: "教育局", Kind: "总结", Sections: 16},
		// a government's reports: 2021 twice, whole and a collector's prefix
		// (the prefix has the smaller ID), 2022 once
		{ID: "g20", Year: 2020, Region: "云溪县", Issuer: "人民政府", Kind: "政府工作报告", Sections: 31},
		{ID: "b21", Year: 2021, Region: "云溪县", Issuer: "人民政府", Kind: "政府工作报告", Sections: 5},
		{ID: "x21", Year: 2021, Region: "云溪县", Issuer: "人民政府", Kind: "政府工作报告", Sections: 29},
		{ID: "g22", Year: 2022, Region: "云溪县", Issuer: "人民政府", Kind: "政府工作报告", Sections: 33},
		// news pages of the county's sessions, published by its office
		{ID: "n21", Year: 2021, Region: "云溪县", Issuer: "人民政府办公室", Kind: "新闻", Sections: 3},
		{ID: "n22", Year: 2022, Region: "云溪县", Issuer: "人民政府办公室", Kind: "新闻", Sections: 4},
		{ID: "m22", Year: 2022, Region: "云溪县", Issuer: "人民政府", Kind: "新闻", Sections: 2},
	}
	cases := []struct {
		id, prev, next string
	}{
		{"k22", "k21", "j23"}, // of 2021's 要点 and 计划, its own kind
		{"j21", "", "k22"},    // 2022 has only a 要点: the plan of that year
		{"j23", "k22", "k24"},
		{"k24", "j23", ""},
		{"s24", "s22", ""}, // a half-year summary is no summary's counterpart
		{"h23", "", ""},
		{"g22", "x21", ""}, // the whole copy, not the prefix
		{"g20", "", "x21"},
		{"b21", "g20", "g22"}, // a copy of the same year is never a counterpart
		{"n22", "", ""},       // news pages make no series
		{"m22", "", ""},
	}
	for _, c := range cases {
		checkCounterparts(t, docs, c.id, c.prev, c.next)
	}
}

// checkCounterparts checks the previous and next reports Counterparts
// gives for id in docs ("" for none).
func checkCounterparts(t *testing.T, docs []govreport.DocInfo, id, prev, next string) {
	t.Helper()
	idOf := func(d *govreport.DocInfo) string {
		if d == nil {
			return ""
		}
		return d.ID
	}
	p, n := Counterparts(docs, id)
	if idOf(p) != prev || idOf(n) != next {
		t.Errorf("Counterparts(%s) = %q, %q; want %q, %q", id, idOf(p), idOf(n), prev, next)
	}
}
