package search

// Counting a terms list
//
// Every engine makes a terms list the same way, here (CountTerms); an
// engine gives only what it alone can (TermsIndex): its reports and their
// metadata, each report's terms (stored when it was written, or found
// again when the stored ones are of an older finder), the sections that
// hold a wording exactly, and, for those sections, a wording's
// occurrences and first sentence. So the lists of two engines over the
// same reports are the same by construction.
//
//  1. The sides (TermsRequest.Sides): the reports whose terms are the
//     candidates (the year's, or the previous year's for dropped terms),
//     and those whose stored terms bound them (the earlier reports for
//     new terms, the year's for dropped ones).
//  2. The candidates, each with its greatest score; a report's pair of a
//     whole and its core after a word the term finder cannot tell a
//     modifier from a verb by (compare.UnsureWhole: 教育数字化转型 of
//     数字化转型, as 建设教育强市 of 教育强市), which the report weighs the
//     core of more, is settled by the collection: when some report writes
//     the whole as a clause's subject (compare.Subject: 教育数字化转型
//     加快推进, in the sentence where a section first holds it, of the first
//     subjectSections sections that hold it), the
//     whole takes the core's score in the pair's report, and the core
//     the whole's (a report that writes the whole only after a verb or a
//     preposition says nothing either way); a candidate that the
//     bounding reports' terms hold too often cannot be listed and is not
//     counted (a report whose terms hold it contains it: their number is
//     at least the exact one). These are the costliest to count: words
//     used before.
//  3. The rest are counted exactly, in one call (TermsIndex.Holding, which
//     an engine may answer in batches): the year's reports and places,
//     the earlier and the later reports, the first year of the whole
//     collection.
//  4. For the kept terms of at most MaxSentenceReports reports, their
//     occurrences and distinct sentences in the sections of those reports
//     (TermsIndex.Load first, with every such section at once).
//  5. RankTerms.

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/compare"
)

// subjectSections bounds the sections read for each whole whose pair
// the collection settles (the first that hold it, by report ID and then
// in the report's order), so a list's work does not grow with the archive.
const subjectSections = 32

// A TermsIndex is one snapshot of an engine's collection, as CountTerms
// reads it. Its methods are called from one goroutine.
type TermsIndex interface {
	// Reports returns every report of the collection that has sections,
	// each once: the same pointer for a report in every call of the
	// snapshot (Holding's too).
	Reports() []*govreport.DocInfo
	// ReportTerms calls fn with each term of report d and its score (as
	// compare.ReportTerms found them), and reports whether they were
	// stored with d rather than found for this list (stored) and whether
	// it has them at all (ok; a bounding report's terms are only read
	// when stored).
	ReportTerms(d *govreport.DocInfo, fn func(text string, score float64)) (stored, ok bool)
	// Holding calls fn, for each wording of ws in order, with every
	// section of the collection whose folded heading or text contains
	// analysis.Fold(ws[i]), the sections of a report one after another;
	// sec identifies the section for Load, Count and Sentence. It stops
	// with ctx's error when ctx ends.
	Holding(ctx context.Context, ws []string, fn func(i int, d *govreport.DocInfo, sec int64)) error
	// Load readies the sections secs (from Holding; some twice) for Count
	// and Sentence.
	Load(ctx context.Context, secs []int64) error
	// Count returns the occurrences of folded wording fw in the folded
	// section sec, without overlaps (strings.Count).
	Count(sec int64, fw string) int
	// Sentence returns the sentence of section sec where folded wording fw
	// first occurs (analysis.Sentence). The string need not outlive the
	// snapshot.
	Sentence(sec int64, fw string) (string, bool)
}

// Sides returns the indexes in docs of the reports under r's filters
// whose terms give r's candidates (side: the year's reports, or the
// previous year's for dropped terms) and of those whose stored terms
// bound them (bound: the earlier reports for new terms, the year's for
// dropped ones). Reports of unknown year are on neither side.
func (r TermsRequest) Sides(docs []*govreport.DocInfo) (side, bound []int) {
	year := r.Year
	if r.Dropped {
		year = previousYear(docs, r.Filters, r.Year)
	}
	for i, d := range docs {
		if d.Year == 0 || !r.Filters.Match(d) {
			continue
		}
		if r.bounding(d.Year) {
			bound = append(bound, i)
		}
		if d.Year == year {
			side = append(side, i)
		}
	}
	return side, bound
}

// Key identifies the list r asks for, but for its length (Limit, Export):
// what an engine caches a whole list by, with the state of its collection.
func (r TermsRequest) Key() string {
	return fmt.Sprintf("%d %v %q %q %q", r.Year, r.Dropped, r.Filters.Regions, r.Filters.Kinds, r.Filters.Issuers)
}

// First returns a copy of ts with its first limit terms.
func (ts *Terms) First(limit int) *Terms {
	out := *ts
	out.Terms = ts.Terms[:min(limit, len(ts.Terms))]
	return &out
}

// previousYear returns the latest year before year that has reports under
// f, or 0.
func previousYear(docs []*govreport.DocInfo, f Filters, year int) int {
	prev := 0
	for _, d := range docs {
		if y := d.Year; y != 0 && y < year && y > prev && f.Match(d) {
			prev = y
		}
	}
	return prev
}

// bounding reports whether the reports of year can rule a term out of the
// list of r: the earlier reports for new terms (a term many of them use is
// not new), the year's for dropped ones (a term one of them uses is not
// dropped).
func (r TermsRequest) bounding(year int) bool {
	if r.Dropped {
		return year == r.Year
	}
	return year < r.Year
}

// CountTerms makes the list of r over ix (see above): side and bound are
// the reports of r.Sides(ix.Reports()). Total and Terms hold the whole
// list; TookMS is left to the caller. It stops with ctx's error when ctx
// ends.
func CountTerms(ctx context.Context, ix TermsIndex, r TermsRequest, side, bound []*govreport.DocInfo) (*Terms, error) {
	out := &Terms{Year: r.Year, Dropped: r.Dropped, Years: []FacetValue{}, Terms: []YearTerm{}}
	docs := ix.Reports()
	prev := previousYear(docs, r.Filters, r.Year)
	years := map[int]int{}
	for _, d := range docs {
		if d.Year == 0 || !r.Filters.Match(d) {
			continue
		}
		years[d.Year]++
		switch {
		case d.Year == r.Year:
			out.Documents++
		case r.Dropped && d.Year == prev:
			out.Against++
		case !r.Dropped && d.Year < r.Year:
			out.Against++
			if out.Since == 0 || d.Year < out.Since {
				out.Since = d.Year
			}
		}
	}
	for y, n := range years {
		out.Years = append(out.Years, FacetValue{Value: strconv.Itoa(y), Count: n})
	}
	slices.SortFunc(out.Years, func(a, b FacetValue) int { return strings.Compare(b.Value, a.Value) })
	if r.Dropped {
		out.Since = prev
		if out.Documents == 0 {
			return out, nil // no report of the year: nothing is dropped from it
		}
	}
	// the candidates, each with its greatest score
	score := map[string]float64{}
	var order []string
	add := func(text string, sc float64) {
		if !Listable(text) {
			return
		}
		if old, ok := score[text]; !ok {
			order = append(order, text)
			score[text] = sc
		} else if sc > old {
			score[text] = sc
		}
	}
	// each side report's terms; a pair of them, a whole and its core
	// after a word the finder cannot tell a modifier from a verb by
	// (compare.UnsureWhole: 教育数字化转型 of 数字化转型), where the report
	// weighs the core more, is settled by the collection: when a report
	// writes the whole as a clause's subject (compare.Subject: 教育数字化转型
	// 加快推进), the word is its modifier there, and the whole weighs as
	// the core did, the core as the whole did (a sentence where a section
	// first holds the whole is read)
	own := make([]map[string]float64, len(side))
	type pair struct{ whole, core string }
	var pairs [][]pair
	var wholes []string
	at := map[string]int{}
	for k, d := range side {
		m := map[string]float64{}
		stored, ok := ix.ReportTerms(d, func(text string, sc float64) {
			if old, ok := m[text]; !ok || sc > old {
				m[text] = sc
			}
		})
		if !ok {
			return nil, fmt.Errorf("terms of report %s were not found", d.ID)
		}
		if !stored {
			out.Unstored++
		}
		own[k] = m
		var ps []pair
		for t, st := range m {
			for i := range t {
				if i == 0 {
					continue
				}
				core := t[i:]
				if sc, ok := m[core]; ok && sc > st && Listable(t) && compare.UnsureWhole(t, core) {
					ps = append(ps, pair{t, core})
					if _, ok := at[t]; !ok {
						at[t] = len(wholes)
						wholes = append(wholes, t)
					}
				}
			}
		}
		pairs = append(pairs, ps)
	}
	subject := make([]bool, len(wholes))
	if len(wholes) > 0 {
		// The first sections by report ID, not in the order the engine
		// gives them (the order of ingest): the same reports ingested in
		// another order read the same sentences.
		type holder struct {
			doc string
			sec int64
		}
		held := make([][]holder, len(wholes))
		if err := ix.Holding(ctx, wholes, func(i int, d *govreport.DocInfo, sec int64) {
			held[i] = append(held[i], holder{d.ID, sec})
		}); err != nil {
			return nil, err
		}
		var secs []int64
		var of []int
		for i, hs := range held {
			slices.SortStableFunc(hs, func(a, b holder) int { return strings.Compare(a.doc, b.doc) })
			for _, h := range hs[:min(len(hs), subjectSections)] {
				secs = append(secs, h.sec)
				of = append(of, i)
			}
		}
		if err := ix.Load(ctx, secs); err != nil {
			return nil, err
		}
		folded := make([]string, len(wholes))
		for i, w := range wholes {
			folded[i] = analysis.Fold(w)
		}
		for k, sec := range secs {
			i := of[k]
			if subject[i] {
				continue
			}
			if s, ok := ix.Sentence(sec, folded[i]); ok && compare.Subject(s, folded[i]) {
				subject[i] = true
			}
		}
	}
	for k, m := range own {
		swapped := map[string]float64{}
		for _, p := range pairs[k] {
			if subject[at[p.whole]] {
				swapped[p.whole] = max(swapped[p.whole], m[p.core])
				if v, ok := swapped[p.core]; !ok || m[p.whole] < v {
					swapped[p.core] = m[p.whole]
				}
			}
		}
		for t, sc := range m {
			if v, ok := swapped[t]; ok {
				sc = v
			}
			add(t, sc)
		}
	}
	// at least, the reports of bound that use each candidate
	least := make(map[string]int, len(order))
	seen := map[string]bool{}
	for _, d := range bound {
		clear(seen)
		ix.ReportTerms(d, func(text string, _ float64) {
			if _, cand := score[text]; cand && !seen[text] {
				seen[text] = true
				least[text]++
			}
		})
	}
	var cands []string
	for _, text := range order {
		if n := least[text]; r.Dropped && n > 0 || !r.Dropped && !IsRare(n, out.Documents, out.Against) {
			continue // used in the year (dropped), or too often before (new)
		}
		cands = append(cands, text)
	}
	c := newTally(r, prev, len(cands))
	if err := ix.Holding(ctx, cands, c.add); err != nil {
		return nil, err
	}
	c.finish()
	// the kept terms, and the sections where their occurrences and
	// sentences are counted
	var kept []int
	var load []int64
	for i := range cands {
		t := &c.terms[i]
		if t.Documents == 0 {
			continue
		}
		t.Term, t.Score, t.Query = cands[i], score[cands[i]], `"`+cands[i]+`"`
		if r.Dropped {
			t.Before += t.Documents // the previous year is before the year too
		}
		if !r.Kept(*t, c.inYear[i], out.Against) {
			continue
		}
		kept = append(kept, i)
		if t.Documents <= MaxSentenceReports {
			load = append(load, c.held[c.from[i]:c.to[i]]...)
		}
	}
	if err := ix.Load(ctx, load); err != nil {
		return nil, err
	}
	list := make([]YearTerm, 0, len(kept))
	sentences := map[string]struct{}{} // of one term
	for k, i := range kept {
		if k%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		t := c.terms[i]
		t.Sentences = t.Documents
		if t.Documents <= MaxSentenceReports {
			fw := analysis.Fold(t.Term)
			held := c.held[c.from[i]:c.to[i]]
			for _, sec := range held {
				t.Occurrences += ix.Count(sec, fw)
			}
			if t.Documents > 1 {
				clear(sentences)
				for _, sec := range held {
					if s, ok := ix.Sentence(sec, fw); ok {
						sentences[s] = struct{}{}
					}
				}
				t.Sentences = len(sentences)
			}
		}
		list = append(list, t)
	}
	out.Terms = RankTerms(list)
	out.Total = len(out.Terms)
	return out, nil
}

// A tally counts the candidates of a list as Holding gives their
// sections: terms[i] the counts of candidate i; held[from[i]:to[i]] its
// sections in the reports of the side's year, kept while it has at most
// MaxSentenceReports of them.
type tally struct {
	r     TermsRequest
	side  int // the year of the candidates' reports
	terms []YearTerm
	// inYear counts the reports of r.Year (for dropped terms, none must
	// hold it)
	inYear   []int
	held     []int64
	from, to []int

	cur      int // the candidate being counted, or -1
	last     *govreport.DocInfo
	lastHeld bool
	places   map[string]bool
}

func newTally(r TermsRequest, prev, n int) *tally {
	c := &tally{r: r, side: r.Year, terms: make([]YearTerm, n), inYear: make([]int, n),
		from: make([]int, n), to: make([]int, n), cur: -1, places: map[string]bool{}}
	if r.Dropped {
		c.side = prev
	}
	return c
}

// add counts section sec of report d, which holds candidate i.
func (c *tally) add(i int, d *govreport.DocInfo, sec int64) {
	if i != c.cur {
		c.finish()
		c.cur, c.last, c.lastHeld = i, nil, false
		c.from[i] = len(c.held)
	}
	t := &c.terms[i]
	if d == c.last {
		if c.lastHeld {
			c.held = append(c.held, sec)
		}
		return
	}
	c.last, c.lastHeld = d, false
	if d.Year == 0 {
		return
	}
	if t.FirstYear == 0 || d.Year < t.FirstYear {
		t.FirstYear = d.Year
	}
	if !c.r.Filters.Match(d) {
		return
	}
	switch {
	case d.Year == c.side:
		t.Documents++
		if d.Region != "" {
			c.places[d.Region] = true
		}
		if t.Documents <= MaxSentenceReports {
			c.held, c.lastHeld = append(c.held, sec), true
		}
	case d.Year < c.r.Year:
		t.Before++
	case !c.r.Dropped && d.Year > c.r.Year:
		t.After++
	}
	if d.Year == c.r.Year {
		c.inYear[i]++
	}
}

// finish ends the count of the current candidate.
func (c *tally) finish() {
	if c.cur < 0 {
		return
	}
	t := &c.terms[c.cur]
	t.Places = len(c.places)
	clear(c.places)
	if t.Documents > MaxSentenceReports {
		c.held = c.held[:c.from[c.cur]]
	}
	c.to[c.cur] = len(c.held)
	c.cur = -1
}

// A TermsCache holds the last whole lists an engine made (at most
// MaxCachedLists), by a key that names the state of its collection and
// the request (Key). It is safe for concurrent use; the zero value is an
// empty cache.
type TermsCache struct {
	mu    sync.Mutex
	lists map[string]*Terms
	order []string // keys, oldest first
}

// MaxCachedLists is the number of lists a TermsCache holds (a list of the
// dev set's 2024 holds about 40,000 terms, a few MB).
const MaxCachedLists = 8

// Get returns the list cached for key, or nil.
func (c *TermsCache) Get(key string) *Terms {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lists[key]
}

// Put caches ts for key, forgetting the oldest list beyond
// MaxCachedLists.
func (c *TermsCache) Put(key string, ts *Terms) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lists == nil {
		c.lists = make(map[string]*Terms)
	}
	if _, ok := c.lists[key]; !ok {
		c.order = append(c.order, key)
	}
	c.lists[key] = ts
	for len(c.order) > MaxCachedLists {
		delete(c.lists, c.order[0])
		c.order = c.order[1:]
	}
}

// Clear forgets every list.
func (c *TermsCache) Clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lists, c.order = nil, nil
}
