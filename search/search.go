package search

// Search plan
//
// 1. The result set, exactly: each clause's sections from the index's
//    bigram lists (quoted wording, and each word of an unquoted term),
//    intersected; exclusions subtracted; filters applied on the in-memory
//    document metadata. Sets are sorted slot lists.
// 2. Total and facets: one pass over the set. Slots of a document are
//    consecutive, so counting goes document by document, not section by
//    section.
// 3. Order: by year, buckets of the set; by relevance, BM25. A set of at
//    most rankAllLimit sections is ranked by bleve on the gse terms of the
//    query, restricted to the set's section IDs; members bleve does not
//    score (their words segmented otherwise) follow, in index order. A
//    larger set is ranked in memory from the bigram counts (index.View.BM25):
//    bleve would score every matching section, about 1 µs each.
// 4. Only the page's sections are read from the store, for headings, paths
//    and snippets.

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
)

// MaxSize is the largest page a search returns.
const MaxSize = 100

// DefaultSize is the page size when a request gives none.
const DefaultSize = 10

// rankAllLimit is the largest set ranked whole through bleve (a variable
// for tests).
var rankAllLimit = 500

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

// A Searcher searches one index.
type Searcher struct {
	ix *index.Index
}

// NewSearcher returns a Searcher over ix.
func NewSearcher(ix *index.Index) *Searcher { return &Searcher{ix: ix} }

// Search runs r. Bad parameters (a query Parse rejects, size over MaxSize,
// negative from, unknown sort) give an error wrapping ErrBadQuery. The
// search stops with ctx's error when ctx ends.
func (s *Searcher) Search(ctx context.Context, r Request) (*Result, error) {
	start := time.Now()
	if r.Size == 0 {
		r.Size = DefaultSize
	}
	maxSize := MaxSize
	if r.Export {
		maxSize = MaxExport
	}
	switch {
	case r.Size < 0 || r.Size > maxSize:
		return nil, fmt.Errorf("size %d is not between 1 and %d: %w", r.Size, maxSize, ErrBadQuery)
	case r.From < 0:
		return nil, fmt.Errorf("from %d is negative: %w", r.From, ErrBadQuery)
	}
	switch r.Sort {
	case "", "relevance", "year", "-year":
	default:
		return nil, fmt.Errorf("sort %q is not relevance, year or -year: %w", r.Sort, ErrBadQuery)
	}
	switch r.Group {
	case "", "section", "document":
	default:
		return nil, fmt.Errorf("group %q is not section or document: %w", r.Group, ErrBadQuery)
	}
	q, err := queryOf(r)
	if err != nil {
		return nil, err
	}
	// The query's own filters, without the request's (for Exact.Query).
	own := Filters{
		Years:   q.Filters.Years[:len(q.Filters.Years)-len(r.Filters.Years)],
		Regions: q.Filters.Regions[:len(q.Filters.Regions)-len(r.Filters.Regions)],
		Kinds:   q.Filters.Kinds[:len(q.Filters.Kinds)-len(r.Filters.Kinds)],
		Issuers: q.Filters.Issuers[:len(q.Filters.Issuers)-len(r.Filters.Issuers)],
	}

	res := &Result{Query: q.String(), Hits: []Hit{}}
	type pageHit struct {
		slot  uint32
		score float64
	}
	var page []pageHit
	var counts []int // matching sections of each page hit's report, when hits are reports
	var sections []*hitSource
	err = s.ix.View(func(v *index.View) error {
		set := resultSet(v, q)
		if err := ctx.Err(); err != nil {
			return err
		}
		res.Total = len(set)
		res.Facets = facets(v, set, r.Group == "document")
		// Sections holding every cut term's exact wording rank first.
		exact, first := exactTerms(v, q, own, set)
		res.Exact = exact
		if r.CountOnly {
			if r.Group == "document" {
				res.Sections, res.Total = len(set), countDocs(v, set)
			}
			return nil
		}
		var order []index.Ranked
		var terms []string
		if analysis.SegmenterReady() || hasWords(q) {
			// Quoted wording does not wait for the dictionary to load:
			// meanwhile it is answered in year order.
			terms = rankTerms(q)
		}
		switch {
		case r.Group == "document":
			res.Sections = len(set)
			var docs []docHit
			docs, err = byDocument(ctx, v, set, q, terms, r.Sort)
			if err != nil {
				return err
			}
			res.Total = len(docs)
			for _, d := range docs[min(r.From, len(docs)):min(r.From+r.Size, len(docs))] {
				order = append(order, index.Ranked{Slot: d.slot, Score: d.score})
				counts = append(counts, d.n)
			}
			r.From = 0
		case r.From >= len(set):
		case r.Sort == "year" || r.Sort == "-year" || len(terms) == 0:
			order = byYear(v, set, r.Sort != "year", r.From+r.Size)
		case first != nil:
			order, err = rank(ctx, v, first, q, terms, r.From+r.Size)
			if err == nil && len(order) < r.From+r.Size {
				var more []index.Ranked
				more, err = rank(ctx, v, subtract(set, first), q, terms, r.From+r.Size-len(order))
				order = append(order, more...)
			}
			if err != nil {
				return err
			}
		default:
			order, err = rank(ctx, v, set, q, terms, r.From+r.Size)
			if err != nil {
				return err
			}
		}
		if r.From < len(order) {
			for _, o := range order[r.From:] {
				page = append(page, pageHit{o.Slot, o.Score})
			}
		}
		for i, h := range page {
			if i%256 == 255 { // an export reads up to MaxExport sections
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			sec, err := v.Section(h.slot)
			if err != nil {
				return err
			}
			sections = append(sections, &hitSource{sec: sec, doc: *v.Doc(h.slot)})
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return nil, fmt.Errorf("search %q: %w", r.Query, err)
		}
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	for i, h := range page {
		src := sections[i]
		path := src.sec.Path
		if path == nil {
			path = []string{}
		}
		res.Hits = append(res.Hits, Hit{
			SectionID: src.sec.ID, DocID: src.doc.ID, Title: src.doc.Title, Year: src.doc.Year,
			Region: src.doc.Region, Kind: src.doc.Kind, Issuer: src.doc.Issuer,
			Heading: src.sec.Heading, Path: path, Score: h.score,
			Snippet: snippetOf(src.sec, highlightNeedles(q, analysis.FoldSection(src.sec.Heading, src.sec.Text))),
		})
		if counts != nil {
			res.Hits[i].Sections = counts[i]
		}
	}
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

// countDocs returns the number of documents the sections of set belong to
// (a document's sections have consecutive slots).
func countDocs(v *index.View, set []uint32) int {
	n := 0
	var last *index.DocInfo
	for _, s := range set {
		if d := v.Doc(s); d != last {
			last = d
			n++
		}
	}
	return n
}

// exactTerms finds the unquoted terms of q that gse cut into several words
// (两新 into 两 and 新) and whose whole wording occurs in the collection. For
// each it counts the sections of set that contain the wording, with the
// query that quotes it (own: the query's own filters). first is the part of
// set that contains the wording of every such term, to be ranked before
// the rest; it is nil when there is no such term or set is all of it. A
// term inside an OR is left alone: quoting it would not count the same set.
func exactTerms(v *index.View, q *Query, own Filters, set []uint32) (exact []Exact, first []uint32) {
	all := true
	for i, c := range q.Must {
		if len(c) != 1 || c[0].Phrase || len(c[0].Words) < 2 {
			continue
		}
		whole := v.Containing(c[0].Text)
		if len(whole) == 0 {
			continue
		}
		in := intersect(set, whole)
		exact = append(exact, Exact{Term: c[0].Text, Sections: len(in), Query: q.quoting(i, own)})
		if all {
			first, all = in, false
		} else {
			first = intersect(first, in)
		}
	}
	if len(first) == 0 || len(first) == len(set) {
		first = nil
	}
	return exact, first
}

// quoting writes q as typed with the term of clause i quoted; filters are
// own.
func (q *Query) quoting(i int, own Filters) string {
	term := func(t Term, quote bool) string {
		if t.Phrase || quote {
			return `"` + t.Text + `"`
		}
		return t.Text
	}
	var parts []string
	for j, c := range q.Must {
		alts := make([]string, len(c))
		for k, t := range c {
			alts[k] = term(t, j == i)
		}
		parts = append(parts, strings.Join(alts, " OR "))
	}
	for _, t := range q.Not {
		parts = append(parts, "-"+term(t, false))
	}
	parts = append(parts, own.strings()...)
	return strings.Join(parts, " ")
}

// snippetOf returns the snippet of the section's text or, when only its
// heading matches, of its heading.
func snippetOf(sec *corpus.Section, needles []string) string {
	sn := Snippet(sec.Text, needles, snippetRunes)
	if !strings.Contains(sn, "<mark>") {
		if h := Snippet(sec.Heading, needles, snippetRunes); strings.Contains(h, "<mark>") {
			return h
		}
	}
	return sn
}

type hitSource struct {
	sec *corpus.Section
	doc index.DocInfo
}

// resultSet returns the sorted slots that match q exactly.
func resultSet(v *index.View, q *Query) []uint32 {
	var set []uint32
	all := true
	for _, c := range q.Must {
		var cs []uint32
		for i, t := range c {
			ts := termSet(v, t)
			if i == 0 {
				cs = ts
			} else {
				cs = union(cs, ts)
			}
		}
		if all {
			set, all = cs, false
		} else {
			set = intersect(set, cs)
		}
		if len(set) == 0 {
			return nil
		}
	}
	if all {
		set = v.Live()
	}
	for _, t := range q.Not {
		set = subtract(set, v.Containing(t.Text))
	}
	if !q.Filters.empty() {
		out := set[:0:0]
		var last *index.DocInfo
		keep := false
		for _, s := range set {
			d := v.Doc(s)
			if d != last {
				last, keep = d, q.Filters.match(d)
			}
			if keep {
				out = append(out, s)
			}
		}
		set = out
	}
	return set
}

func termSet(v *index.View, t Term) []uint32 {
	if t.Phrase || len(t.Words) == 0 {
		return v.Containing(t.Text)
	}
	var set []uint32
	for i, w := range t.Words {
		ws := v.Containing(w)
		if i == 0 {
			set = ws
		} else {
			set = intersect(set, ws)
		}
		if len(set) == 0 {
			return nil
		}
	}
	return set
}

func (f Filters) match(d *index.DocInfo) bool {
	if len(f.Years) > 0 {
		ok := false
		for _, y := range f.Years {
			if y.From <= d.Year && d.Year <= y.To {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return matchRegion(d, f.Regions) && matchAny(d.Kind, f.Kinds) && matchAny(d.Issuer, f.Issuers)
}

// matchRegion reports whether d's place or a place above it (its province,
// its prefecture) contains one of wants: region:江苏 matches every place
// under 江苏省, region:某市 the city and its counties.
func matchRegion(d *index.DocInfo, wants []string) bool {
	return matchAny(d.Region, wants) || d.Province != "" && matchAny(d.Province, wants) || d.Prefecture != "" && matchAny(d.Prefecture, wants)
}

func matchAny(value string, wants []string) bool {
	if len(wants) == 0 {
		return true
	}
	fv := analysis.Fold(value)
	for _, w := range wants {
		if fw := analysis.Fold(w); fw != "" && strings.Contains(fv, fw) {
			return true
		}
	}
	return false
}

// facets counts the set by year, region, province (the province-level unit
// a document belongs to), kind and issuer: sections, or reports if perDoc.
func facets(v *index.View, set []uint32, perDoc bool) map[string][]FacetValue {
	type key struct {
		field string
		value string
	}
	counts := map[key]int{}
	var last *index.DocInfo
	n := 0
	flush := func() {
		if last == nil || n == 0 {
			return
		}
		if perDoc {
			n = 1
		}
		if last.Year != 0 {
			counts[key{"year", fmt.Sprint(last.Year)}] += n
		}
		for _, kv := range [...][2]string{{"region", last.Region}, {"province", last.Province}, {"kind", last.Kind}, {"issuer", last.Issuer}} {
			if kv[1] != "" {
				counts[key{kv[0], kv[1]}] += n
			}
		}
	}
	for _, s := range set {
		d := v.Doc(s)
		if d != last {
			flush()
			last, n = d, 0
		}
		n++
	}
	flush()
	out := map[string][]FacetValue{"year": {}, "region": {}, "province": {}, "kind": {}, "issuer": {}}
	for k, c := range counts {
		out[k.field] = append(out[k.field], FacetValue{Value: k.value, Count: c})
	}
	for f, vals := range out {
		sort.Slice(vals, func(i, j int) bool {
			if vals[i].Count != vals[j].Count {
				return vals[i].Count > vals[j].Count
			}
			if f == "year" {
				return vals[i].Value > vals[j].Value
			}
			return vals[i].Value < vals[j].Value
		})
	}
	return out
}

// hasWords reports whether q has unquoted words to match.
func hasWords(q *Query) bool {
	for _, c := range q.Must {
		for _, t := range c {
			if !t.Phrase {
				return true
			}
		}
	}
	return false
}

// rankTerms returns the gse terms of the query's positive terms.
func rankTerms(q *Query) []string {
	if analysis.LoadSegmenter() != nil {
		return nil // no dictionary: year order
	}
	var terms []string
	for _, c := range q.Must {
		for _, t := range c {
			terms = append(terms, analysis.RankTerms(t.Text)...)
		}
	}
	return terms
}

// byYear returns the first n slots of set by year (newest first if desc),
// documents of unknown year last, and within a year in index order. It
// buckets by year instead of sorting: sets run to the whole index.
func byYear(v *index.View, set []uint32, desc bool, n int) []index.Ranked {
	buckets := map[int][]uint32{}
	var last *index.DocInfo
	var b []uint32
	for _, s := range set {
		if d := v.Doc(s); d != last {
			if last != nil {
				buckets[last.Year] = b
			}
			last = d
			b = buckets[d.Year]
		}
		b = append(b, s)
	}
	if last != nil {
		buckets[last.Year] = b
	}
	years := make([]int, 0, len(buckets))
	for y := range buckets {
		years = append(years, y)
	}
	sort.Slice(years, func(i, j int) bool {
		a, b := years[i], years[j]
		if a == 0 || b == 0 {
			return b == 0 && a != 0
		}
		if desc {
			return a > b
		}
		return a < b
	})
	out := make([]index.Ranked, 0, min(n, len(set)))
	for _, y := range years {
		for _, s := range buckets[y] {
			if len(out) == n {
				return out
			}
			out = append(out, index.Ranked{Slot: s})
		}
	}
	return out
}

// rank returns the first n members of set by relevance: BM25 from bleve
// over gse terms for a set of at most rankAllLimit sections, then the
// members bleve does not score; BM25 over the words as written (from the
// index's bigram counts, see index.View.BM25) for a larger one.
func rank(ctx context.Context, v *index.View, set []uint32, q *Query, terms []string, n int) ([]index.Ranked, error) {
	if len(set) > rankAllLimit {
		return v.BM25(highlightNeedles(q, ""), set, n), nil
	}
	ranked, _, err := v.Rank(ctx, terms, set, n)
	if err != nil {
		return nil, err
	}
	if len(ranked) > n {
		ranked = ranked[:n]
	}
	if len(ranked) < n {
		seen := make(map[uint32]bool, len(ranked))
		for _, h := range ranked {
			seen[h.Slot] = true
		}
		for _, s := range set {
			if len(ranked) >= n {
				break
			}
			if !seen[s] {
				ranked = append(ranked, index.Ranked{Slot: s})
			}
		}
	}
	return ranked, nil
}

// union returns the sorted union of sorted a and b.
func union(a, b []uint32) []uint32 {
	out := make([]uint32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// intersect returns the elements of sorted a that are in sorted b.
func intersect(a, b []uint32) []uint32 {
	out := make([]uint32, 0, min(len(a), len(b)))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// subtract returns the elements of sorted a that are not in sorted b.
func subtract(a, b []uint32) []uint32 {
	if len(b) == 0 {
		return a
	}
	out := make([]uint32, 0, len(a))
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			continue
		}
		out = append(out, x)
	}
	return out
}
