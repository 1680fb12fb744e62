package search

import (
	"math"
	"sort"

	"github.com/govreport/govreport"
)

// MaxFirst is the number of earliest reports a Timeline lists.
const MaxFirst = 10

// A Timeline is where and when the reports of a query's exact set appear.
type Timeline struct {
	Query     string `json:"query"`     // the parsed query, Query.String
	Documents int    `json:"documents"` // reports with a matching section
	Sections  int    `json:"sections"`  // matching sections
	// Years holds, oldest first, every year from the earliest to the
	// latest year of a report that passes the filters (with or without a
	// match), so that the share has a base; a year between them with no
	// report has AllDocuments 0 (and no share), so that a chart or a
	// spreadsheet of the rows keeps its years evenly apart (a collection
	// without a report of 1999 drew 1998 and 2000 side by side). Reports of
	// unknown year count in Documents only.
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

// A DocMatch is a report of a query's exact set and the number of its
// sections in the set.
type DocMatch struct {
	Doc      *govreport.DocInfo
	Sections int
}

// NewTimeline returns the timeline of query (the parsed query's String)
// whose exact set holds the sections of matched, over all, the reports that
// pass the query's filters, matching or not. Every engine builds its
// timelines here from these two lists, in any order; TookMS is left 0.
func NewTimeline(query string, all []*govreport.DocInfo, matched []DocMatch) *Timeline {
	tl := &Timeline{Query: query, Years: []YearCount{}, Regions: []RegionCount{}, First: []FirstReport{}}
	years := map[int]*YearCount{}
	year := func(y int) *YearCount {
		c := years[y]
		if c == nil {
			c = &YearCount{Year: y}
			years[y] = c
		}
		return c
	}
	for _, d := range all {
		if d.Year != 0 {
			year(d.Year).AllDocuments++
		}
	}
	regions := map[string]*RegionCount{}
	for _, m := range matched {
		d := m.Doc
		tl.Sections += m.Sections
		if d.Year != 0 {
			c := year(d.Year)
			c.Documents++
			c.Sections += m.Sections
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
	tl.Documents = len(matched)
	if len(years) > 0 {
		lo, hi := math.MaxInt, math.MinInt
		for y := range years {
			lo, hi = min(lo, y), max(hi, y)
		}
		for y := lo; y <= hi; y++ {
			tl.Years = append(tl.Years, *year(y))
		}
	}
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
	var dated []*govreport.DocInfo
	for _, m := range matched {
		if m.Doc.Year != 0 {
			dated = append(dated, m.Doc)
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
	return tl
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
