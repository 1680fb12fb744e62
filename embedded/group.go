package embedded

// Reports, not only sections
//
// With Group "document" a search answers one hit per report: the set is
// the same exact set of sections, counted report by report (a report's
// slots are consecutive). Its hit is its best section: the first of its
// sections in the relevance order of the whole set (ranked whole, so that
// any page of reports is right), or in year order while the dictionary
// loads. A report scores its best section's score. By year, reports are
// ordered by year (unknown last), and by relevance within a year.

import (
	"context"
	"fmt"
	"sort"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// A docHit is a report of the set: its best section, that section's score
// and the number of its sections in the set.
type docHit struct {
	slot  uint32
	score float64
	n     int
	doc   *index.DocInfo
}

// byDocument returns the reports of set in the order sortBy asks, each
// with its best section.
func byDocument(ctx context.Context, v *index.View, set []uint32, terms []string, sortBy string) ([]docHit, error) {
	var order []index.Ranked
	if len(terms) == 0 {
		order = byYear(v, set, sortBy != "year", len(set))
	} else {
		var err error
		order, err = rank(ctx, v, set, terms, len(set))
		if err != nil {
			return nil, err
		}
	}
	counts := map[*index.DocInfo]int{}
	var first []uint32 // each report's first slot in the set
	v.Runs(set, func(d *index.DocInfo, i, n int) {
		if counts[d] == 0 {
			first = append(first, set[i])
		}
		counts[d] += n
	})
	docs := make([]docHit, 0, len(counts))
	seen := make(map[*index.DocInfo]bool, len(counts))
	add := func(o index.Ranked) {
		if d := v.Doc(o.Slot); !seen[d] {
			seen[d] = true
			docs = append(docs, docHit{slot: o.Slot, score: o.Score, n: counts[d], doc: d})
		}
	}
	for _, o := range order {
		add(o)
	}
	for _, s := range first { // none, unless the order left a report out
		add(index.Ranked{Slot: s})
	}
	if sortBy == "year" || sortBy == "-year" {
		desc := sortBy == "-year"
		sort.SliceStable(docs, func(i, j int) bool {
			return search.YearBefore(docs[i].doc.Year, docs[j].doc.Year, desc)
		})
	}
	return docs, nil
}

// Reports returns every report of r's exact set (the set Search counts),
// in index order, each with its number of matching sections; r's page,
// sort and group are ignored. Nothing is ranked or read from the store.
func (s *Searcher) Reports(ctx context.Context, r search.Request) ([]search.Report, error) {
	q, err := r.Parsed()
	if err != nil {
		return nil, err
	}
	// The load of an open, bounded by the request's deadline (View waits for it without one).
	if err := s.ix.WaitReady(ctx); err != nil {
		return nil, err
	}
	var out []search.Report
	err = s.ix.View(func(v *index.View) error {
		set := resultSet(v, q)
		if err := ctx.Err(); err != nil {
			return err
		}
		v.Runs(set, func(d *index.DocInfo, _, n int) {
			out = append(out, search.Report{DocInfo: *d, Sections: n})
		})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reports of %q: %w", r.Query, err)
	}
	return out, nil
}
