package embedded

// Timelines
//
// A timeline follows the exact set of a query (the set Search counts: the
// same parse, clauses and filters) through the years and places, report by
// report. One pass over the set, whose slots are grouped by report, gives
// each matching report and its number of matching sections; one pass over
// the live slots gives the reports of each year that pass the filters,
// whatever their wording, so that a share can be drawn. Nothing is
// estimated or read from the store: every figure comes from the in-memory
// tables of one view.

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// addYear counts one report of year y in ys, kept sorted by year.
func addYear(ys []search.RegionYear, y int) []search.RegionYear {
	i := sort.Search(len(ys), func(i int) bool { return ys[i].Year >= y })
	if i < len(ys) && ys[i].Year == y {
		ys[i].Documents++
		return ys
	}
	ys = append(ys, search.RegionYear{})
	copy(ys[i+1:], ys[i:])
	ys[i] = search.RegionYear{Year: y, Documents: 1}
	return ys
}

// Timeline returns the timeline of r's query and filters; r's page, sort
// and group are ignored. Bad parameters give an error wrapping
// ErrBadQuery; the timeline stops with ctx's error when ctx ends.
func (s *Searcher) Timeline(ctx context.Context, r search.Request) (*search.Timeline, error) {
	start := time.Now()
	q, err := r.Parsed()
	if err != nil {
		return nil, err
	}
	tl := &search.Timeline{Query: q.String(), Years: []search.YearCount{}, Regions: []search.RegionCount{}, First: []search.FirstReport{}}
	err = s.ix.View(func(v *index.View) error {
		set := resultSet(v, q)
		if err := ctx.Err(); err != nil {
			return err
		}
		tl.Sections = len(set)
		years := map[int]*search.YearCount{}
		year := func(y int) *search.YearCount {
			c := years[y]
			if c == nil {
				c = &search.YearCount{Year: y}
				years[y] = c
			}
			return c
		}
		// Every report of the filters, matching or not.
		var last *index.DocInfo
		for _, slot := range v.Live() {
			d := v.Doc(slot)
			if d == last {
				continue
			}
			last = d
			if d.Year != 0 && (q.Filters.Empty() || q.Filters.Match(d)) {
				year(d.Year).AllDocuments++
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		regions := map[string]*search.RegionCount{}
		var matched []*index.DocInfo
		last = nil
		for _, slot := range set {
			d := v.Doc(slot)
			if d != last {
				last = d
				matched = append(matched, d)
				if d.Year != 0 {
					year(d.Year).Documents++
				}
				if d.Region != "" {
					rc := regions[d.Region]
					if rc == nil {
						rc = &search.RegionCount{Region: d.Region, Province: d.Province, Years: []search.RegionYear{}}
						regions[d.Region] = rc
					}
					rc.Documents++
					if d.Year != 0 && (rc.FirstYear == 0 || d.Year < rc.FirstYear) {
						rc.FirstYear = d.Year
					}
					if d.Year != 0 {
						rc.Years = addYear(rc.Years, d.Year)
					}
				}
			}
			if d.Year != 0 {
				years[d.Year].Sections++
			}
		}
		tl.Documents = len(matched)
		for _, c := range years {
			tl.Years = append(tl.Years, *c)
		}
		sort.Slice(tl.Years, func(i, j int) bool { return tl.Years[i].Year < tl.Years[j].Year })
		for _, rc := range regions {
			tl.Regions = append(tl.Regions, *rc)
		}
		sort.Slice(tl.Regions, func(i, j int) bool {
			a, b := &tl.Regions[i], &tl.Regions[j]
			switch {
			case a.FirstYear != b.FirstYear:
				return a.FirstYear != 0 && (b.FirstYear == 0 || a.FirstYear < b.FirstYear)
			case a.Documents != b.Documents:
				return a.Documents > b.Documents
			}
			return a.Region < b.Region
		})
		dated := matched[:0:0]
		for _, d := range matched {
			if d.Year != 0 {
				dated = append(dated, d)
			}
		}
		sort.Slice(dated, func(i, j int) bool {
			if dated[i].Year != dated[j].Year {
				return dated[i].Year < dated[j].Year
			}
			return dated[i].ID < dated[j].ID
		})
		for _, d := range dated[:min(search.MaxFirst, len(dated))] {
			tl.First = append(tl.First, search.FirstReport{ID: d.ID, Title: d.Title, Year: d.Year, Region: d.Region})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline of %q: %w", r.Query, err)
	}
	tl.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return tl, nil
}
