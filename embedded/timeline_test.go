package embedded

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
)

// bruteDoc is a report of a brute-force scan: its metadata as the index
// keeps it and its sections that contain the wording.
type bruteDoc struct {
	d        *corpus.Document
	province string
	sections []string
}

// bruteReports scans the stored texts for the folded wording (bruteForce,
// report by report) and returns the reports with a match, and how many
// reports with sections each year has, among those keep accepts.
func bruteReports(docs []*corpus.Document, wording string, keep func(*corpus.Document) bool) (match []bruteDoc, all map[int]int) {
	all = map[int]int{}
	for _, d := range docs {
		if len(d.Sections) == 0 || !keep(d) {
			continue
		}
		if d.Year != 0 {
			all[d.Year]++
		}
		ids := bruteForce([]*corpus.Document{d}, wording)
		if len(ids) > 0 {
			match = append(match, bruteDoc{d: d, province: corpus.ProvinceOf(d.Region, d.Province), sections: ids})
		}
	}
	return match, all
}

// timelineWordings returns quoted wordings worth following: common ones of
// the fixtures and random substrings of the stored texts.
func timelineWordings(docs []*corpus.Document, n int) []string {
	rng := rand.New(rand.NewSource(13))
	ws := []string{"教育", "双减", "课后服务", "高质量发展", "的", "推进", "生产力"}
	for len(ws) < n {
		w := randomWording(rng, docs)
		if len([]rune(w)) > 6 { // short wordings span many reports and years
			w = string([]rune(w)[:2+rng.Intn(3)])
		}
		if analysis.Fold(w) != "" && !strings.ContainsAny(w, "\"“”") {
			ws = append(ws, w)
		}
	}
	return ws
}

// TestTimelineIsExact checks every figure of timelines of quoted wordings
// against a brute-force scan of the stored texts: reports and sections,
// per year matching and all reports, per region reports and first year,
// and the earliest reports.
func TestTimelineIsExact(t *testing.T) {
	ix, docs := sharedIndex(t)
	s := NewSearcher(ix)
	for _, w := range timelineWordings(docs, 120) {
		tl, err := s.Timeline(context.Background(), search.Request{Query: `"` + w + `"`})
		if err != nil {
			t.Fatalf("Timeline(%q): %v", w, err)
		}
		match, all := bruteReports(docs, w, func(*corpus.Document) bool { return true })
		checkTimeline(t, w, tl, match, all)
	}
}

// TestTimelineFilters checks that a timeline's filters restrict both the
// matching reports and the reports of each year.
func TestTimelineFilters(t *testing.T) {
	ix, docs := sharedIndex(t)
	s := NewSearcher(ix)
	years := map[int]bool{}
	for _, d := range docs {
		if d.Year != 0 {
			years[d.Year] = true
		}
	}
	var ys []int
	for y := range years {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	if len(ys) < 2 {
		t.Skip("the test corpus has fewer than two years")
	}
	from, to := ys[0], ys[len(ys)/2]
	for _, w := range timelineWordings(docs, 30) {
		q := fmt.Sprintf(`"%s" year:%d..%d`, w, from, to)
		tl, err := s.Timeline(context.Background(), search.Request{Query: q})
		if err != nil {
			t.Fatalf("Timeline(%q): %v", q, err)
		}
		match, all := bruteReports(docs, w, func(d *corpus.Document) bool { return from <= d.Year && d.Year <= to })
		checkTimeline(t, q, tl, match, all)
	}
}

func checkTimeline(t *testing.T, q string, tl *search.Timeline, match []bruteDoc, all map[int]int) {
	t.Helper()
	sections := 0
	type yc struct{ docs, secs int }
	perYear := map[int]yc{}
	type rc struct {
		province string
		docs     int
		first    int
		years    map[int]int
	}
	perRegion := map[string]rc{}
	var dated []*corpus.Document
	for _, m := range match {
		sections += len(m.sections)
		if y := m.d.Year; y != 0 {
			c := perYear[y]
			perYear[y] = yc{c.docs + 1, c.secs + len(m.sections)}
			dated = append(dated, m.d)
		}
		if m.d.Region != "" {
			c := perRegion[m.d.Region]
			c.province, c.docs = m.province, c.docs+1
			if m.d.Year != 0 && (c.first == 0 || m.d.Year < c.first) {
				c.first = m.d.Year
			}
			if c.years == nil {
				c.years = map[int]int{}
			}
			if m.d.Year != 0 {
				c.years[m.d.Year]++
			}
			perRegion[m.d.Region] = c
		}
	}
	if tl.Documents != len(match) || tl.Sections != sections {
		t.Errorf("%s: %d reports, %d sections; brute force %d, %d", q, tl.Documents, tl.Sections, len(match), sections)
	}
	var got, want []string
	for _, y := range tl.Years {
		got = append(got, fmt.Sprintf("%d:%d/%d/%d", y.Year, y.Documents, y.Sections, y.AllDocuments))
	}
	var ys []int
	for y := range all {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	// every year from the first to the last, one without a report too
	if len(ys) > 0 {
		for y := ys[0]; y <= ys[len(ys)-1]; y++ {
			want = append(want, fmt.Sprintf("%d:%d/%d/%d", y, perYear[y].docs, perYear[y].secs, all[y]))
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: years (year:reports/sections/all) %v, brute force %v", q, got, want)
	}
	got, want = nil, nil
	for i, r := range tl.Regions {
		ys := map[int]int{}
		for j, y := range r.Years {
			ys[y.Year] = y.Documents
			if j > 0 && r.Years[j-1].Year >= y.Year {
				t.Errorf("%s: region %s years out of order: %v", q, r.Region, r.Years)
			}
		}
		got = append(got, fmt.Sprintf("%s(%s):%d@%d%v", r.Region, r.Province, r.Documents, r.FirstYear, ys))
		if i > 0 {
			p := tl.Regions[i-1]
			if p.FirstYear == 0 && r.FirstYear != 0 || p.FirstYear != 0 && r.FirstYear != 0 && p.FirstYear > r.FirstYear {
				t.Errorf("%s: region %s (first %d) listed after %s (first %d)", q, r.Region, r.FirstYear, p.Region, p.FirstYear)
			}
		}
	}
	sort.Strings(got)
	for name, c := range perRegion {
		want = append(want, fmt.Sprintf("%s(%s):%d@%d%v", name, c.province, c.docs, c.first, c.years))
	}
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: regions %v, brute force %v", q, got, want)
	}
	sort.Slice(dated, func(i, j int) bool {
		if dated[i].Year != dated[j].Year {
			return dated[i].Year < dated[j].Year
		}
		return dated[i].ID < dated[j].ID
	})
	got, want = nil, nil
	for _, f := range tl.First {
		got = append(got, fmt.Sprintf("%s@%d", f.ID, f.Year))
	}
	for _, d := range dated[:min(len(dated), search.MaxFirst)] {
		want = append(want, fmt.Sprintf("%s@%d", d.ID, d.Year))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: first reports %v, brute force %v", q, got, want)
	}
}

// TestGroupByDocumentIsExact checks searches with Group "document" against
// a brute-force scan: total in reports, matching sections per report,
// each report once with one of its matching sections, facets in reports,
// and pages that tile the whole list.
func TestGroupByDocumentIsExact(t *testing.T) {
	ix, docs := sharedIndex(t)
	s := NewSearcher(ix)
	ctx := context.Background()
	for i, w := range timelineWordings(docs, 80) {
		match, _ := bruteReports(docs, w, func(*corpus.Document) bool { return true })
		sortBy := []string{"", "year", "-year"}[i%3]
		want := map[string][]string{}
		sections := 0
		yearFacet := map[string]int{}
		for _, m := range match {
			want[m.d.ID] = m.sections
			sections += len(m.sections)
			if m.d.Year != 0 {
				yearFacet[fmt.Sprint(m.d.Year)]++
			}
		}
		seen := map[string]bool{}
		lastYear := 0
		const size = 7
		for from := 0; ; from += size {
			res, err := s.Search(ctx, search.Request{Query: `"` + w + `"`, Group: "document", Sort: sortBy, From: from, Size: size})
			if err != nil {
				t.Fatalf("Search(%q, group=document): %v", w, err)
			}
			if res.Total != len(match) || res.Sections != sections {
				t.Fatalf("Search(%q, group=document): total %d reports, %d sections; brute force %d, %d", w, res.Total, res.Sections, len(match), sections)
			}
			if from == 0 {
				got := map[string]int{}
				for _, f := range res.Facets["year"] {
					got[f.Value] = f.Count
				}
				if fmt.Sprint(got) != fmt.Sprint(yearFacet) {
					t.Errorf("Search(%q, group=document): year facet %v, brute force reports %v", w, got, yearFacet)
				}
			}
			for _, h := range res.Hits {
				secs, ok := want[h.DocID]
				switch {
				case !ok:
					t.Errorf("%q: report %s has no match", w, h.DocID)
				case seen[h.DocID]:
					t.Errorf("%q: report %s listed twice", w, h.DocID)
				case h.Sections != len(secs):
					t.Errorf("%q: report %s has %d matching sections, brute force %d", w, h.DocID, h.Sections, len(secs))
				case !contains(secs, h.SectionID):
					t.Errorf("%q: report %s's hit %s is not one of its matching sections %v", w, h.DocID, h.SectionID, secs)
				}
				if sortBy != "" && h.Year != 0 && lastYear != 0 && (sortBy == "year") != (h.Year >= lastYear) && h.Year != lastYear {
					t.Errorf("%q sort %s: year %d after %d", w, sortBy, h.Year, lastYear)
				}
				if h.Year != 0 {
					lastYear = h.Year
				}
				seen[h.DocID] = true
			}
			if len(res.Hits) < size {
				break
			}
		}
		if len(seen) != len(match) {
			t.Errorf("%q: pages listed %d reports, brute force %d", w, len(seen), len(match))
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
