package embedded

// New terms of a year (search.Terms) over the index: the terms of each
// report are found by compare.ReportTerms when the report is written and
// stored with it (index.SetTermFinder: NewSearcher gives the index this
// package's finder, termFinder); a report stored without them (by an
// older govreport, or before the finder's version changed) has them found
// on demand and the list says how many (Terms.Unstored; govreport reindex
// stores them). Either way they are cached by the report's ID and slots (a
// report added again, or reindexed, has new slots; one deleted is
// forgotten at the next list); the year's candidates are then counted
// exactly with the exact-wording lists (View.Containing), in one view,
// against the reports and their metadata as the index holds them now (so
// that corrections count at once). Whole lists are cached too, by the
// request and a fingerprint of every report's ID, slots and metadata: any
// add, delete, reindex or correction changes the fingerprint. The reports'
// terms stay in memory for the life of the searcher (a few hundred terms
// a report).

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// termFinder is the finder of the terms stored with each report.
var termFinder = index.TermFinder{Version: search.TermsVersion, Find: func(d *corpus.Document) []index.ReportTerm {
	ts := search.ReportTerms(d)
	out := make([]index.ReportTerm, len(ts))
	for i, t := range ts {
		out[i] = index.ReportTerm{Text: t.Text, Score: t.Score}
	}
	return out
}}

// termCache holds the terms of each report, found once, and the last
// lists.
type termCache struct {
	mu    sync.Mutex
	docs  map[string]cachedTerms   // by document ID
	lists map[string]*search.Terms // by listKey, every term
	order []string                 // keys of lists, oldest first
}

// maxLists is the number of lists cached (a list of the dev set's 2024
// holds about 43,000 terms, a few MB).
const maxLists = 8

// listKey identifies a list: the state of the index (fingerprint) and the
// request, but for its limit.
func listKey(fp uint64, r search.TermsRequest) string {
	return fmt.Sprintf("%x %d %v %q %q %q", fp, r.Year, r.Dropped, r.Filters.Regions, r.Filters.Kinds, r.Filters.Issuers)
}

func (c *termCache) list(key string) *search.Terms {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lists[key]
}

func (c *termCache) putList(key string, ts *search.Terms) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lists == nil {
		c.lists = make(map[string]*search.Terms)
	}
	if _, ok := c.lists[key]; !ok {
		c.order = append(c.order, key)
	}
	c.lists[key] = ts
	for len(c.order) > maxLists {
		delete(c.lists, c.order[0])
		c.order = c.order[1:]
	}
}

// cachedTerms are a report's terms, with what identifies its text: a
// document ingested again or reindexed gets new slots.
// stored says whether they were read from the store rather than found.
type cachedTerms struct {
	first  uint32
	n      int
	terms  []index.ReportTerm
	stored bool
}

func (c *termCache) get(id string, slots []uint32) (cachedTerms, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.docs[id]
	if !ok || len(slots) == 0 || e.first != slots[0] || e.n != len(slots) {
		return cachedTerms{}, false
	}
	return e, true
}

func (c *termCache) put(id string, slots []uint32, terms []index.ReportTerm, stored bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.docs == nil {
		c.docs = make(map[string]cachedTerms)
	}
	if len(slots) > 0 {
		c.docs[id] = cachedTerms{first: slots[0], n: len(slots), terms: terms, stored: stored}
	}
}

// forget drops the reports that are no longer indexed.
func (c *termCache) forget(live map[string]bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id := range c.docs {
		if !live[id] {
			delete(c.docs, id)
		}
	}
}

// sideDoc is one report of a terms list's side.
type sideDoc struct {
	info  *index.DocInfo
	slots []uint32
}

// Terms returns the new terms of r.Year, or the dropped ones. Bad
// parameters give an error wrapping ErrBadQuery; the list stops with ctx's
// error when ctx ends.
func (s *Searcher) Terms(ctx context.Context, r search.TermsRequest) (*search.Terms, error) {
	start := time.Now()
	limit, err := r.Check()
	if err != nil {
		return nil, err
	}
	out := &search.Terms{Year: r.Year, Dropped: r.Dropped, Years: []search.FacetValue{}, Terms: []search.YearTerm{}}
	// Which reports give the candidates: the year's, or the previous
	// year's; their terms are found outside the view (gse takes a while
	// and holds no lock), then everything is counted in one view.
	var need, bound []sideDoc
	var texts map[string]*corpus.Document
	var key string
	pick := func(v *index.View) error {
		need, bound, texts = nil, nil, map[string]*corpus.Document{}
		docs, live := reports(v)
		key = listKey(fingerprint(docs), r)
		if s.tc.list(key) != nil {
			return nil
		}
		s.tc.forget(live)
		year := r.Year
		if r.Dropped {
			year = previousYear(docs, r.Filters, r.Year)
		}
		for _, d := range docs {
			if d.info.Year == 0 || !r.Filters.Match(d.info) {
				continue
			}
			if bounding(r, d.info.Year) {
				// the stored terms only: a bound, not worth finding
				bound = append(bound, d)
				if _, ok := s.tc.get(d.info.ID, d.slots); !ok {
					if ts, ok := v.ReportTerms(d.info.ID); ok {
						s.tc.put(d.info.ID, d.slots, ts, true)
					}
				}
			}
			if d.info.Year != year {
				continue
			}
			need = append(need, d)
			if _, ok := s.tc.get(d.info.ID, d.slots); ok {
				continue
			}
			if ts, ok := v.ReportTerms(d.info.ID); ok {
				s.tc.put(d.info.ID, d.slots, ts, true)
				continue
			}
			doc := &corpus.Document{ID: d.info.ID, Year: d.info.Year}
			for _, slot := range d.slots {
				sec, err := v.Section(slot)
				if err != nil {
					return err
				}
				doc.Sections = append(doc.Sections, *sec)
			}
			texts[d.info.ID] = doc
		}
		return ctx.Err()
	}
	if err := s.ix.View(pick); err != nil {
		return nil, fmt.Errorf("terms of %d: %w", r.Year, err)
	}
	if ts := s.tc.list(key); ts != nil {
		return limited(ts, limit, start), nil
	}
	for _, d := range need {
		if doc := texts[d.info.ID]; doc != nil {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("terms of %d: %w", r.Year, err)
			}
			s.tc.put(doc.ID, d.slots, termFinder.Find(doc), false)
		}
	}
	var made *search.Terms // the list answered: from the cache it may leave any time
	err = s.ix.View(func(v *index.View) error {
		// the index may have changed between the two views: pick again,
		// and find the terms of a report added meanwhile here
		if err := pick(v); err != nil {
			return err
		}
		if made = s.tc.list(key); made != nil {
			return nil // a list made meanwhile is as good
		}
		for _, d := range need {
			if doc := texts[d.info.ID]; doc != nil {
				s.tc.put(doc.ID, d.slots, termFinder.Find(doc), false)
			}
		}
		if err := s.countTerms(ctx, v, r, need, bound, out); err != nil {
			return err
		}
		out.Total = len(out.Terms)
		s.tc.putList(key, out)
		made = out
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("terms of %d: %w", r.Year, err)
	}
	if termsHook != nil {
		termsHook(s)
	}
	return limited(made, limit, start), nil
}

// termsHook, when set (by tests), runs before Terms answers a list it made.
var termsHook func(s *Searcher)

// limited returns a copy of the list ts with its first limit terms.
func limited(ts *search.Terms, limit int, start time.Time) *search.Terms {
	out := *ts
	out.Terms = ts.Terms[:min(limit, len(ts.Terms))]
	out.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return &out
}

// fingerprint hashes what a list depends on besides the request: every
// report's ID, slots and metadata.
func fingerprint(docs []sideDoc) uint64 {
	h := fnv.New64a()
	for _, d := range docs {
		first := uint32(0)
		if len(d.slots) > 0 {
			first = d.slots[0]
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s\x00%s\x00", d.info.ID, first, len(d.slots),
			d.info.Year, d.info.Region, d.info.Kind, d.info.Issuer, d.info.Province, d.info.Prefecture)
	}
	return h.Sum64()
}

// reports returns every report of v with its slots, and the set of their
// IDs.
func reports(v *index.View) ([]sideDoc, map[string]bool) {
	var docs []sideDoc
	live := map[string]bool{}
	for _, slot := range v.Live() {
		d := v.Doc(slot)
		if live[d.ID] {
			continue
		}
		live[d.ID] = true
		docs = append(docs, sideDoc{info: d, slots: v.DocSlots(d.ID)})
	}
	return docs, live
}

// previousYear returns the latest year before year that has reports under
// f, or 0.
func previousYear(docs []sideDoc, f search.Filters, year int) int {
	prev := 0
	for _, d := range docs {
		if y := d.info.Year; y != 0 && y < year && y > prev && f.Match(d.info) {
			prev = y
		}
	}
	return prev
}

// bounding reports whether the reports of year can rule a term out of the
// list of r: the earlier reports for new terms (a term many of them use is
// not new), the year's for dropped ones (a term one of them uses is not
// dropped).
func bounding(r search.TermsRequest, year int) bool {
	if r.Dropped {
		return year == r.Year
	}
	return year < r.Year
}

// countTerms counts the candidates of the reports in side over v and puts
// the kept terms, ranked, in out.Terms. The terms of the reports in bound
// that the cache holds rule candidates out before their exact count: a
// report whose terms hold a candidate contains it, so their number is at
// least the exact one; a candidate that many of them hold cannot be kept,
// and is not counted (the costliest to count: words used before).
func (s *Searcher) countTerms(ctx context.Context, v *index.View, r search.TermsRequest, side, bound []sideDoc, out *search.Terms) error {
	docs, _ := reports(v)
	prev := previousYear(docs, r.Filters, r.Year)
	years := map[int]int{}
	for _, d := range docs {
		if d.info.Year == 0 || !r.Filters.Match(d.info) {
			continue
		}
		years[d.info.Year]++
		switch {
		case d.info.Year == r.Year:
			out.Documents++
		case r.Dropped && d.info.Year == prev:
			out.Against++
		case !r.Dropped && d.info.Year < r.Year:
			out.Against++
			if out.Since == 0 || d.info.Year < out.Since {
				out.Since = d.info.Year
			}
		}
	}
	for y, n := range years {
		out.Years = append(out.Years, search.FacetValue{Value: strconv.Itoa(y), Count: n})
	}
	slices.SortFunc(out.Years, func(a, b search.FacetValue) int { return strings.Compare(b.Value, a.Value) })
	if r.Dropped {
		out.Since = prev
		if out.Documents == 0 {
			return nil // no report of the year: nothing is dropped from it
		}
	}
	// the candidates, each with its greatest score
	score := map[string]float64{}
	var order []string
	for _, d := range side {
		e, ok := s.tc.get(d.info.ID, d.slots)
		if !ok {
			return fmt.Errorf("terms of report %s were not found", d.info.ID)
		}
		if !e.stored {
			out.Unstored++
		}
		for _, t := range e.terms {
			if !search.Listable(t.Text) {
				continue
			}
			if old, ok := score[t.Text]; !ok {
				order = append(order, t.Text)
				score[t.Text] = t.Score
			} else if t.Score > old {
				score[t.Text] = t.Score
			}
		}
	}
	side0 := r.Year
	if r.Dropped {
		side0 = prev
	}
	// at least, the reports of bound that use each candidate
	least := make(map[string]int, len(order))
	for _, d := range bound {
		e, ok := s.tc.get(d.info.ID, d.slots)
		if !ok {
			continue
		}
		seen := make(map[string]bool, len(e.terms))
		for _, t := range e.terms {
			if _, cand := score[t.Text]; cand && !seen[t.Text] {
				seen[t.Text] = true
				least[t.Text]++
			}
		}
	}
	var list []search.YearTerm
	var held []uint32
	seen := map[string]struct{}{} // the sentences of one term (they are the view's: not kept after it)
	for i, text := range order {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if n := least[text]; r.Dropped && n > 0 || !r.Dropped && !search.IsRare(n, out.Documents, out.Against) {
			continue // used in the year (dropped), or too often before (new)
		}
		t := search.YearTerm{Term: text, Score: score[text], Query: `"` + text + `"`}
		inYear := 0
		places := map[string]bool{}
		var last *index.DocInfo
		lastHeld := false
		held = held[:0] // the sections of the side's reports that hold it
		for _, slot := range v.Containing(text) {
			d := v.Doc(slot)
			if d == last {
				if lastHeld {
					held = append(held, slot)
				}
				continue
			}
			last, lastHeld = d, false
			if d.Year == 0 {
				continue
			}
			if t.FirstYear == 0 || d.Year < t.FirstYear {
				t.FirstYear = d.Year
			}
			if !r.Filters.Match(d) {
				continue
			}
			if d.Year == side0 {
				held, lastHeld = append(held, slot), true
			}
			switch {
			case d.Year == side0:
				t.Documents++
				if d.Region != "" {
					places[d.Region] = true
				}
			case d.Year < r.Year:
				t.Before++
			}
			if d.Year == r.Year {
				inYear++
			}
		}
		if r.Dropped {
			t.Before += t.Documents // the previous year is before the year too
		}
		t.Places = len(places)
		fw := analysis.Fold(text)
		if t.Documents <= search.MaxSentenceReports {
			for _, slot := range held {
				t.Occurrences += v.Count(slot, fw)
			}
		}
		t.Sentences = t.Documents
		if t.Documents > 1 && t.Documents <= search.MaxSentenceReports {
			t.Sentences = sentences(v, held, fw, seen)
		}
		if r.Kept(t, inYear, out.Against) {
			list = append(list, t)
		}
	}
	out.Terms = search.RankTerms(list)
	return nil
}

// sentences returns the number of distinct sentences where folded
// wording fw first occurs in the sections in slots, using seen (emptied)
// as the set.
func sentences(v *index.View, slots []uint32, fw string, seen map[string]struct{}) int {
	clear(seen)
	for _, slot := range slots {
		if s, ok := v.Sentence(slot, fw); ok {
			seen[s] = struct{}{}
		}
	}
	return len(seen)
}
