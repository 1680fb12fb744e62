package embedded

import (
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/synth"
	"github.com/govreport/govreport/search"
)

// TestRankingIgnoresTheRestOfTheSet checks that relevance is one model
// whatever the size of the set: a filter that removes members of a set
// leaves the others in the same order with the same scores. The sets run
// from a few sections to about 1,200 and their filtered parts to a few
// dozen, across the 500 where ranking once switched from bleve to the
// bigram counts.
func TestRankingIgnoresTheRestOfTheSet(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Add(synth.Docs(7, 1200)...); err != nil {
		t.Fatal(err)
	}
	s := NewSearcher(ix)
	docs := ix.Documents()
	filters := []search.Filters{
		{Years: []search.YearRange{{From: 2019, To: 2019}}},
		{Years: []search.YearRange{{From: 2015, To: 2020}}},
		{Kinds: []string{"计划"}},
		{Issuers: []string{"人民政府"}},
		{Regions: []string{docs[0].Region}},
	}
	crossed := false
	for _, query := range []string{"教育", "推进", "课后服务 学位", `"教育现代化"`, `"双减" 违规培训`, "智慧教育 -劳动", "学位 OR 学校"} {
		all, err := s.Search(t.Context(), search.Request{Query: query, Size: search.MaxExport, Export: true})
		if err != nil {
			t.Fatal(err)
		}
		if all.Total == 0 || all.Total > search.MaxExport {
			t.Fatalf("%s: %d hits; the test needs a set it can read whole", query, all.Total)
		}
		for _, f := range filters {
			part, err := s.Search(t.Context(), search.Request{Query: query, Filters: f, Size: search.MaxExport, Export: true})
			if err != nil {
				t.Fatal(err)
			}
			crossed = crossed || all.Total > 500 && part.Total < 500
			var want []search.Hit
			for _, h := range all.Hits {
				d := docOf(docs, h.DocID)
				if f.Match(&d) {
					want = append(want, h)
				}
			}
			if len(want) != len(part.Hits) {
				t.Fatalf("%s %+v: %d hits, %d of the unfiltered set pass the filter", query, f, len(part.Hits), len(want))
			}
			for i := range want {
				if part.Hits[i].SectionID != want[i].SectionID || part.Hits[i].Score != want[i].Score {
					t.Errorf("%s %+v: hit %d is %s (score %.4f); without the filter the %d-th of those passing it is %s (score %.4f)",
						query, f, i+1, part.Hits[i].SectionID, part.Hits[i].Score, i+1, want[i].SectionID, want[i].Score)
					break
				}
			}
		}
	}
	if !crossed {
		t.Error("no set went from over 500 sections to under 500 with a filter: the test lost its point")
	}
}

func docOf(docs []index.DocInfo, id string) index.DocInfo {
	for _, d := range docs {
		if d.ID == id {
			return d
		}
	}
	return index.DocInfo{}
}
