package search

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
