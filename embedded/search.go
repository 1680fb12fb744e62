package embedded

// Search plan
//
// 1. The result set, exactly: each clause's sections from the index's
//    bigram lists (quoted wording, and each word of an unquoted term),
//    intersected; exclusions subtracted; filters applied on the in-memory
//    document metadata. Sets are sorted slot lists.
// 2. Total and facets: one pass over the set, on a goroutine of its own
//    while the set is ranked (meanwhile) unless the set is broad. Slots
//    of a document are consecutive, so counting goes document by
//    document, not section by section.
// 3. Order: by year, buckets of the set; by relevance, one model whatever
//    the size of the set: BM25 over the gse words of the query, with the
//    statistics of the whole index (index.View.BM25). A section's score
//    depends on its own text and the index alone, never on which other
//    sections are in the set, so a filter that removes members changes
//    neither the order nor the scores of the others. Members that contain
//    none of the words score 0 and follow. Ties, in either order, go by
//    document (region, issuer, kind, year, title, ID: govreport.DocOrder) and
//    then by place in the document (index.View.Order), never by slot:
//    slots are in the order of ingest, and the same reports ingested in
//    another order must give the same answer.
// 4. Only the page's sections are read from the store, for headings, paths
//    and snippets.

import (
	"container/heap"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// A Searcher searches one index.
type Searcher struct {
	ix *index.Index
	tc *termCache // the terms of each report (terms.go)
}

// NewSearcher returns a Searcher over ix.
//
// It gives ix the finder of the terms stored with each report written
// from now on (termFinder).
func NewSearcher(ix *index.Index) *Searcher {
	ix.SetTermFinder(termFinder)
	return &Searcher{ix: ix, tc: &termCache{}}
}

// Search runs r. Bad parameters (a query Parse rejects, size over MaxSize,
// negative from, unknown sort) give an error wrapping ErrBadQuery. The
// search stops with ctx's error when ctx ends.
func (s *Searcher) Search(ctx context.Context, r search.Request) (*search.Result, error) {
	start := time.Now()
	if err := r.Check(); err != nil {
		return nil, err
	}
	q, err := r.Parsed()
	if err != nil {
		return nil, err
	}
	// The query's own filters, without the request's (for Exact.Query).
	own := r.OwnFilters(q)

	res := &search.Result{Query: q.String(), Hits: []search.Hit{}}
	type pageHit struct {
		slot  uint32
		score float64
	}
	var page []pageHit
	var counts []int // matching sections of each page hit's report, when hits are reports
	var sections []*hitSource
	// The load of an open, bounded by the request's deadline (View waits for it without one).
	if err := s.ix.WaitReady(ctx); err != nil {
		return nil, err
	}
	err = s.ix.View(func(v *index.View) error {
		set := resultSet(v, q)
		if err := ctx.Err(); err != nil {
			return err
		}
		res.Total = len(set)
		// A set under facetsAlone sections has its facets counted on a
		// goroutine of their own while it is ranked: their count is on
		// one core, and ranking leaves a core waiting between its parts.
		perDoc := r.Group == "document"
		facetsOf := func() map[string][]search.FacetValue { return facets(v, set, perDoc) }
		if len(set) < facetsAlone {
			facetsOf = meanwhile(facetsOf)
		}
		defer func() { res.Facets = facetsOf() }()
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
		if analysis.SegmenterReady() || q.HasWords() {
			// Quoted wording does not wait for the dictionary to load:
			// meanwhile it is answered in year order.
			terms = q.RankTerms()
		}
		switch {
		case r.Group == "document":
			res.Sections = len(set)
			var docs []docHit
			docs, err = byDocument(ctx, v, set, terms, r.Sort)
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
			order, err = rank(ctx, v, first, terms, r.From+r.Size)
			if err == nil && len(order) < r.From+r.Size {
				var more []index.Ranked
				more, err = rank(ctx, v, subtract(set, first), terms, r.From+r.Size-len(order))
				order = append(order, more...)
			}
			if err != nil {
				return err
			}
		default:
			order, err = rank(ctx, v, set, terms, r.From+r.Size)
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
			if i%256 == 255 { // an export reads up to search.MaxExport sections
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
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	for i, h := range page {
		src := sections[i]
		res.Hits = append(res.Hits, search.NewHit(src.sec, &src.doc, q, h.score))
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
	v.Runs(set, func(*index.DocInfo, int, int) { n++ })
	return n
}

// exactTerms finds the unquoted terms of q that gse cut into several words
// (两新 into 两 and 新) and whose whole wording occurs in the collection. For
// each it counts the sections of set that contain the wording, with the
// query that quotes it (own: the query's own filters). first is the part of
// set that contains the wording of every such term, to be ranked before
// the rest; it is nil when there is no such term or set is all of it. A
// term inside an OR is left alone: quoting it would not count the same set.
func exactTerms(v *index.View, q *search.Query, own search.Filters, set []uint32) (exact []search.Exact, first []uint32) {
	all := true
	for i, c := range q.Must {
		if len(c) != 1 || c[0].Phrase || len(c[0].Words) < 2 {
			continue
		}
		// Looked for in the set only: the sections outside it cost no
		// reading of places. The whole collection is asked only when the
		// set holds none, to tell whether the wording occurs at all.
		in := v.ContainingWithin(c[0].Text, set)
		if len(in) == 0 && len(v.Containing(c[0].Text)) == 0 {
			continue
		}
		exact = append(exact, search.Exact{Term: c[0].Text, Sections: len(in), Query: q.Quoting(i, own)})
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

type hitSource struct {
	sec *corpus.Section
	doc index.DocInfo
}

// resultSet returns the sorted slots that match q exactly.
func resultSet(v *index.View, q *search.Query) []uint32 {
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
	if !q.Filters.Empty() {
		out := set[:0:0]
		v.Runs(set, func(d *index.DocInfo, i, n int) {
			if q.Filters.Match(d) {
				out = append(out, set[i:i+n]...)
			}
		})
		set = out
	}
	return set
}

func termSet(v *index.View, t search.Term) []uint32 {
	if t.Phrase || len(t.Words) == 0 {
		return v.Containing(t.Text)
	}
	// the words intersected as bit sets (index.View.ContainingAll); the
	// view's slice: not to be written over
	return v.ContainingAll(t.Words)
}

// facets counts the set by year, region, province, kind and issuer:
// sections, or reports if perDoc (index.View.FacetCounts, ordered by
// search.FacetsOf). The view numbers each segment's values of those
// fields, so that a report is counted in arrays by number, not in five
// maps keyed by strings (BENCHMARKS.md, Issue 14).
func facets(v *index.View, set []uint32, perDoc bool) map[string][]search.FacetValue {
	c := v.FacetCounts(set, perDoc)
	return search.FacetsOf(c.Years, c.Fields)
}

// facetsAlone is the fewest sections of a set whose facets are counted on
// the search's goroutine, after it is ranked, not meanwhile: the ranking
// of so broad a set keeps both cores busy (rankChunks), and a count by
// the segments' numbered values (index.View.FacetCounts) is a walk of the
// set, cheap beside it. At a million sections, on a machine
// shared with other work (load 25-45), the broad words' searches took 2-3
// times as long with the two at once, at the same CPU.
var facetsAlone = 1 << 16

// meanwhile calls f on a goroutine of its own and returns the function
// that waits for its answer. A panic of f is raised again by that
// function, on the caller's goroutine, where a view's recovery turns it
// into an error. Within a view, the function must be called before the
// view ends: f reads it.
func meanwhile[T any](f func() T) func() T {
	type answer struct {
		v      T
		failed any
		ok     bool
	}
	done := make(chan answer, 1)
	go func() {
		var a answer
		defer func() {
			if !a.ok {
				a.failed = recover()
			}
			done <- a
		}()
		a.v = f()
		a.ok = true
	}()
	return func() T {
		a := <-done
		if !a.ok {
			panic(a.failed)
		}
		return a.v
	}
}

// docMatches returns the reports of set with their numbers of sections in
// it (a report's slots are consecutive).
func docMatches(v *index.View, set []uint32) []search.DocMatch {
	return appendDocMatches(make([]search.DocMatch, 0, min(len(set), v.MaxDocs())), v, set)
}

// appendDocMatches appends to matched the reports of set, as docMatches
// returns them.
func appendDocMatches(matched []search.DocMatch, v *index.View, set []uint32) []search.DocMatch {
	if need := min(len(set), v.MaxDocs()); cap(matched) < need {
		matched = make([]search.DocMatch, 0, need)
	}
	v.Runs(set, func(d *index.DocInfo, _, n int) {
		matched = append(matched, search.DocMatch{Doc: d, Sections: n})
	})
	return matched
}

// byYear returns the first n slots of set by year (newest first if desc),
// documents of unknown year last, and within a year in govreport.DocOrder
// (not slot order, the order of ingest), each document's sections in
// order.
//
// Only the reports that hold the first n sections are kept, in a heap whose
// top is the last of them, not every report of the set sorted: at ten
// million sections the first quoted wording, answered in year order while
// the dictionary loads, is in 470,000 reports, and gathering them all by
// year and sorting them took about 0.29 s of CPU of that answer (a profile
// of the benchmark's first answer, BENCHMARKS.md) on one core.
func byYear(v *index.View, set []uint32, desc bool, n int) []index.Ranked {
	if n <= 0 {
		return nil
	}
	before := func(a, b yearRun) int { // < 0 when a comes first
		if a.doc.Year != b.doc.Year {
			switch {
			case a.doc.Year == 0:
				return 1
			case b.doc.Year == 0:
				return -1
			case desc == (a.doc.Year > b.doc.Year):
				return -1
			}
			return 1
		}
		return govreport.DocOrder(a.doc, b.doc)
	}
	h := &yearHeap{before: before}
	held := 0 // the sections of the runs in h
	v.Runs(set, func(d *index.DocInfo, i, k int) {
		r := yearRun{d, set[i : i+k]}
		if held >= n && before(r, h.runs[0]) > 0 {
			return // after every report the first n sections need
		}
		heap.Push(h, r)
		held += k
		for held-len(h.runs[0].slots) >= n {
			held -= len(heap.Pop(h).(yearRun).slots)
		}
	})
	runs := h.runs
	slices.SortFunc(runs, before)
	out := make([]index.Ranked, 0, min(n, held))
	for _, r := range runs {
		for _, s := range r.slots {
			if len(out) == n {
				return out
			}
			out = append(out, index.Ranked{Slot: s})
		}
	}
	return out
}

// A yearRun is a report's sections in a set.
type yearRun struct {
	doc   *index.DocInfo
	slots []uint32
}

// yearHeap is a heap of runs (container/heap) whose top is the run that
// comes last by before.
type yearHeap struct {
	runs   []yearRun
	before func(a, b yearRun) int
}

func (h *yearHeap) Len() int           { return len(h.runs) }
func (h *yearHeap) Less(i, j int) bool { return h.before(h.runs[i], h.runs[j]) > 0 }
func (h *yearHeap) Swap(i, j int)      { h.runs[i], h.runs[j] = h.runs[j], h.runs[i] }
func (h *yearHeap) Push(x any)         { h.runs = append(h.runs, x.(yearRun)) }
func (h *yearHeap) Pop() any {
	r := h.runs[len(h.runs)-1]
	h.runs = h.runs[:len(h.runs)-1]
	return r
}

// rank returns the first n members of set by relevance: BM25 over terms
// (the query's gse words; see the plan above), best first, ties in
// index.View.Order.
func rank(ctx context.Context, v *index.View, set []uint32, terms []string, n int) ([]index.Ranked, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return v.BM25(unique(terms), set, n), nil
}

// unique returns terms without repeats, in order: a word typed twice
// counts once, as in a disjunction of terms.
func unique(terms []string) []string {
	seen := make(map[string]bool, len(terms))
	out := terms[:0:0]
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
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
	return intersectTo(make([]uint32, 0, min(len(a), len(b))), a, b)
}

// intersectTo appends to out the elements of sorted a that are in sorted
// b. out may share a's array from its start: each element is read before
// it is written.
func intersectTo(out, a, b []uint32) []uint32 {
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
