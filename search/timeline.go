package search

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
)

// MaxFirst is the number of earliest reports a Timeline lists.
const MaxFirst = 10

// A Timeline is where and when the reports of a query's exact set appear.
type Timeline struct {
	Query     string `json:"query"`     // the parsed query, Query.String
	Documents int    `json:"documents"` // reports with a matching section
	Sections  int    `json:"sections"`  // matching sections
	// Years holds, oldest first, every year of a report that passes the
	// filters (with or without a match), so that the share has a base.
	// Reports of unknown year count in Documents only.
	Years []YearCount `json:"years"`
	// Regions holds each region with a matching report: by the first year
	// the query appears there (unknown last), then by more reports, then
	// by name. Reports without a region count in Documents only.
	Regions []RegionCount `json:"regions"`
	// First holds the earliest matching reports of known year, up to
	// MaxFirst, oldest first (ties by ID).
	First  []FirstReport `json:"first"`
	TookMS float64       `json:"took_ms"`
}

// A YearCount is one year of a Timeline.
type YearCount struct {
	Year      int `json:"year"`
	Documents int `json:"documents"` // matching reports of the year
	Sections  int `json:"sections"`  // their matching sections
	// AllDocuments is the number of the year's reports that pass the
	// query's filters, matching or not.
	AllDocuments int `json:"all_documents"`
}

// A RegionCount is one region of a Timeline.
type RegionCount struct {
	Region    string `json:"region"`
	Province  string `json:"province"`   // the province-level unit above it, or itself
	Documents int    `json:"documents"`  // matching reports of the region
	FirstYear int    `json:"first_year"` // the earliest year of one of them; 0 if none has a year
	// Years holds the matching reports of the region by year, oldest
	// first (reports of unknown year left out): a row of a region x year
	// table.
	Years []RegionYear `json:"years"`
}

// A RegionYear is the number of a region's matching reports of one year.
type RegionYear struct {
	Year      int `json:"year"`
	Documents int `json:"documents"`
}

// A FirstReport is one of the earliest matching reports.
type FirstReport struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Year   int    `json:"year"`
	Region string `json:"region"`
}

// addYear counts one report of year y in ys, kept sorted by year.
func addYear(ys []RegionYear, y int) []RegionYear {
	i := sort.Search(len(ys), func(i int) bool { return ys[i].Year >= y })
	if i < len(ys) && ys[i].Year == y {
		ys[i].Documents++
		return ys
	}
	ys = append(ys, RegionYear{})
	copy(ys[i+1:], ys[i:])
	ys[i] = RegionYear{Year: y, Documents: 1}
	return ys
}

// Timeline returns the timeline of r's query and filters; r's page, sort
// and group are ignored. Bad parameters give an error wrapping
// ErrBadQuery; the timeline stops with ctx's error when ctx ends.
func (s *Searcher) Timeline(ctx context.Context, r Request) (*Timeline, error) {
	start := time.Now()
	q, err := queryOf(r)
	if err != nil {
		return nil, err
	}
	tl := &Timeline{Query: q.String(), Years: []YearCount{}, Regions: []RegionCount{}, First: []FirstReport{}}
	err = s.ix.View(func(v *index.View) error {
		set := resultSet(v, q)
		if err := ctx.Err(); err != nil {
			return err
		}
		tl.Sections = len(set)
		years := map[int]*YearCount{}
		year := func(y int) *YearCount {
			c := years[y]
			if c == nil {
				c = &YearCount{Year: y}
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
			if d.Year != 0 && (q.Filters.empty() || q.Filters.match(d)) {
				year(d.Year).AllDocuments++
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		regions := map[string]*RegionCount{}
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
						rc = &RegionCount{Region: d.Region, Province: d.Province, Years: []RegionYear{}}
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
		for _, d := range dated[:min(MaxFirst, len(dated))] {
			tl.First = append(tl.First, FirstReport{ID: d.ID, Title: d.Title, Year: d.Year, Region: d.Region})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline of %q: %w", r.Query, err)
	}
	tl.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return tl, nil
}
