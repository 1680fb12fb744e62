package search

// Requests and results
//
// The types that cross the seam between the server and an engine (Engine):
// a Request in, a Result, a Timeline or similar hits out. They say nothing
// about how an engine finds what it finds; Check, Parsed and NewHit are the
// parts of answering that every engine shares.

import (
	"context"
	"fmt"
	"strings"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// An Engine answers searches, timelines and similar passages over the
// documents of a store (govreport.Store): the embedded bleve engine is one,
// a database can be another. Implementations are safe for concurrent use;
// each call stops with ctx's error when ctx ends.
type Engine interface {
	// Search answers one page of r. Bad parameters give an error wrapping
	// ErrBadQuery.
	Search(ctx context.Context, r Request) (*Result, error)
	// Timeline follows the exact set of r's query and filters through the
	// years and places; r's page, sort and group are ignored.
	Timeline(ctx context.Context, r Request) (*Timeline, error)
	// Similar returns up to size sections of other documents that share
	// passages with section sectionID, best first; size 0 means
	// DefaultSize. An unknown section gives an error wrapping
	// govreport.ErrNotFound.
	Similar(ctx context.Context, sectionID string, size int) ([]SimilarHit, error)
	// Terms lists the new terms of a year's reports, or the dropped ones
	// (terms.go); bad parameters give an error wrapping ErrBadQuery.
	Terms(ctx context.Context, r TermsRequest) (*Terms, error)
	// Reports returns every report of r's exact set (the set Search
	// counts), each with its number of matching sections; r's page, sort
	// and group are ignored. Bad parameters give an error wrapping
	// ErrBadQuery.
	Reports(ctx context.Context, r Request) ([]Report, error)
}

// A Report is one report of a query's exact set.
type Report struct {
	govreport.DocInfo
	Sections int // its matching sections
}

// MaxSize is the largest page a search returns.
const MaxSize = 100

// MaxFrom is the largest offset a Request may ask for: From+Size must not
// overflow an int anywhere a page is cut.
const MaxFrom = 1 << 30

// DefaultSize is the page size when a request gives none.
const DefaultSize = 10

// A Request is a query with its filters, page and order.
type Request struct {
	Query   string
	Filters Filters // added to the filters of the query
	From    int
	Size    int    // 0 means DefaultSize
	Sort    string // "", "relevance", "year" (oldest first), "-year" (newest first)
	// Group "document" gives one hit per report (group.go); "" or
	// "section" one per section.
	Group string
	// Export lets Size run to MaxExport (for CSV, csv.go).
	Export bool
	// CountOnly answers the total, facets and exact counts without hits:
	// nothing is ranked (a dashboard's count, the API's size=0).
	CountOnly bool
}

// A Result is one page of a search.
type Result struct {
	Query string `json:"query"` // the parsed query, Query.String
	Total int    `json:"total"`
	// Sections is the number of matching sections when hits are reports
	// (Group "document"); Total then counts reports.
	Sections int                     `json:"sections,omitempty"`
	TookMS   float64                 `json:"took_ms"`
	Hits     []Hit                   `json:"hits"`
	Facets   map[string][]FacetValue `json:"facets"` // year, region, province, kind, issuer
	// Exact tells, for each unquoted term that gse cut into words and whose
	// whole wording occurs in the collection, how many sections of the
	// result contain that wording; those sections are ranked first.
	Exact []Exact `json:"exact,omitempty"`
}

// An Exact is the count of the sections of a result that contain an
// unquoted term's exact wording (两新 as a string, not 两 and 新 apart), and
// the query that asks for that wording (the query as typed, the term
// quoted; the request's own filters are not in it).
type Exact struct {
	Term     string `json:"term"`
	Sections int    `json:"sections"`
	Query    string `json:"query"`
}

// A Hit is one section found.
type Hit struct {
	SectionID string   `json:"section_id"`
	DocID     string   `json:"doc_id"`
	Title     string   `json:"title"`
	Year      int      `json:"year"`
	Region    string   `json:"region"`
	Kind      string   `json:"kind"`
	Issuer    string   `json:"issuer"`
	Heading   string   `json:"heading"`
	Path      []string `json:"path"`
	Score     float64  `json:"score"`
	Snippet   string   `json:"snippet"` // HTML: escaped text, matches in <mark>
	// Sections is, when hits are reports, the number of the report's
	// sections that match; the hit is its best one.
	Sections int `json:"sections,omitempty"`
}

// A FacetValue is a metadata value and the number of sections in the
// result set that have it (of reports, when hits are reports).
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// MaxExport is the largest page a Request with Export may ask for: the
// cap on the rows of a CSV export.
const MaxExport = 10000

// Check sets r's defaults (Size 0 is DefaultSize) and checks its page,
// sort and group: size over MaxSize (MaxExport for an export), from
// negative or over MaxFrom, an unknown sort or group give an error wrapping
// ErrBadQuery.
func (r *Request) Check() error {
	if r.Size == 0 {
		r.Size = DefaultSize
	}
	maxSize := MaxSize
	if r.Export {
		maxSize = MaxExport
	}
	switch {
	case r.Size < 0 || r.Size > maxSize:
		return fmt.Errorf("size %d is not between 1 and %d: %w", r.Size, maxSize, ErrBadQuery)
	case r.From < 0 || r.From > MaxFrom:
		return fmt.Errorf("from %d is not between 0 and %d: %w", r.From, MaxFrom, ErrBadQuery)
	}
	switch r.Sort {
	case "", "relevance", "year", "-year":
	default:
		return fmt.Errorf("sort %q is not relevance, year or -year: %w", r.Sort, ErrBadQuery)
	}
	switch r.Group {
	case "", "section", "document":
	default:
		return fmt.Errorf("group %q is not section or document: %w", r.Group, ErrBadQuery)
	}
	return nil
}

// Parsed checks r's year ranges and returns its parsed query with r's
// filters added. Errors wrap ErrBadQuery.
func (r Request) Parsed() (*Query, error) {
	for _, y := range r.Filters.Years {
		if y.From > y.To {
			return nil, fmt.Errorf("year range %d..%d runs backwards: %w", y.From, y.To, ErrBadQuery)
		}
	}
	q, err := Parse(r.Query)
	if err != nil {
		return nil, err
	}
	q.Filters.Years = append(q.Filters.Years, r.Filters.Years...)
	q.Filters.Regions = append(q.Filters.Regions, r.Filters.Regions...)
	q.Filters.Kinds = append(q.Filters.Kinds, r.Filters.Kinds...)
	q.Filters.Issuers = append(q.Filters.Issuers, r.Filters.Issuers...)
	return q, nil
}

// OwnFilters returns the filters of q, parsed from r (Parsed), that the
// query itself wrote, without those r added: what Exact.Query keeps.
func (r Request) OwnFilters(q *Query) Filters {
	return Filters{
		Years:   q.Filters.Years[:len(q.Filters.Years)-len(r.Filters.Years)],
		Regions: q.Filters.Regions[:len(q.Filters.Regions)-len(r.Filters.Regions)],
		Kinds:   q.Filters.Kinds[:len(q.Filters.Kinds)-len(r.Filters.Kinds)],
		Issuers: q.Filters.Issuers[:len(q.Filters.Issuers)-len(r.Filters.Issuers)],
	}
}

// NewHit returns the hit of section sec of document doc, scored score,
// with its snippet marked for q.
func NewHit(sec *corpus.Section, doc *govreport.DocInfo, q *Query, score float64) Hit {
	path := sec.Path
	if path == nil {
		path = []string{}
	}
	return Hit{
		SectionID: sec.ID, DocID: doc.ID, Title: doc.Title, Year: doc.Year,
		Region: doc.Region, Kind: doc.Kind, Issuer: doc.Issuer,
		Heading: sec.Heading, Path: path, Score: score,
		Snippet: snippetOf(sec, q.Needles(analysis.FoldSection(sec.Heading, sec.Joint, sec.Text))),
	}
}

// snippetOf returns the snippet of the section's text or, when only its
// heading matches, of its heading, or, when the wording runs from a
// heading into the text on its line (Section.Joint), of the two joined.
func snippetOf(sec *corpus.Section, needles []string) string {
	sn := Snippet(sec.Text, needles, snippetRunes)
	if !strings.Contains(sn, "<mark>") {
		if h := Snippet(sec.Heading, needles, snippetRunes); strings.Contains(h, "<mark>") {
			return h
		}
		if sec.Joint != "" {
			if l := Snippet(sec.Heading+sec.Joint+sec.Text, needles, snippetRunes); strings.Contains(l, "<mark>") {
				return l
			}
		}
	}
	return sn
}

// YearBefore reports whether a report of year a comes before one of year b
// in year order (newest first if desc), reports of unknown year (0) last.
func YearBefore(a, b int, desc bool) bool {
	if a == 0 || b == 0 {
		return b == 0 && a != 0
	}
	if desc {
		return a > b
	}
	return a < b
}
