package embedded

// New terms of a year over the index: search.CountTerms makes the list,
// over the index as a termsView gives it. The terms of each report are
// found by compare.ReportTerms after the report is written, by the index's
// worker, and stored with it (index.SetTermFinder: NewSearcher gives the
// index this package's finder, termFinder); a report stored without them
// (by an older govreport, before the finder's version changed, or not yet:
// the worker is behind) has them found on demand and the list says how
// many (Terms.Unstored; govreport reindex stores them). Either way they
// are cached by the report's ID and slots (a report added again, or
// reindexed, has new slots; one deleted is forgotten at the next list); a
// report whose terms were found is read again from the store once the
// worker has stored them, and a list made while the worker is behind is
// not kept, so that Unstored counts only what the store still lacks. The
// year's candidates are then counted
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
	"sync"
	"time"

	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// termFinder is the finder of the terms stored with each report.
var termFinder = index.TermFinder{Version: search.TermsVersion,
	Find: func(d *corpus.Document) []index.ReportTerm { return reportTerms(search.ReportTerms(d)) },
	FindCut: func(d *corpus.Document, cuts [][]int32) []index.ReportTerm {
		return reportTerms(search.ReportTermsCut(d, cuts))
	},
}

// reportTerms returns the terms ts as the index stores them.
func reportTerms(ts []compare.Term) []index.ReportTerm {
	out := make([]index.ReportTerm, len(ts))
	for i, t := range ts {
		out[i] = index.ReportTerm{Text: t.Text, Score: t.Score}
	}
	return out
}

// termCache holds the terms of each report, found once, and the last
// lists.
type termCache struct {
	mu    sync.Mutex
	docs  map[string]cachedTerms // by document ID
	lists search.TermsCache      // by listKey, every term
}

// listKey identifies a list: the state of the index (fingerprint) and the
// request, but for its limit.
func listKey(fp uint64, r search.TermsRequest) string {
	return fmt.Sprintf("%x %s", fp, r.Key())
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

// sideDoc is one report of the index with its slots.
type sideDoc struct {
	info  *index.DocInfo
	slots []uint32
}

// Terms returns the new terms of r.Year, or the dropped ones
// (search.CountTerms over the index). Bad parameters give an error
// wrapping ErrBadQuery; the list stops with ctx's error when ctx ends.
func (s *Searcher) Terms(ctx context.Context, r search.TermsRequest) (*search.Terms, error) {
	start := time.Now()
	limit, err := r.Check()
	if err != nil {
		return nil, err
	}
	// Which reports give the candidates: the year's, or the previous
	// year's; their terms are found outside the view (gse takes a while
	// and holds no lock), then everything is counted in one view.
	var tv *termsView
	var texts map[string]*corpus.Document
	var key string
	pick := func(v *index.View) error {
		texts = map[string]*corpus.Document{}
		tv = newTermsView(s, v)
		key = listKey(fingerprint(tv.all), r)
		if s.tc.lists.Get(key) != nil {
			return nil
		}
		s.tc.forget(tv.live)
		side, bound := r.Sides(tv.docs)
		for _, i := range bound {
			// the stored terms only: a bound, not worth finding
			d := tv.all[i]
			if _, ok := s.tc.get(d.info.ID, d.slots); !ok {
				if ts, ok := v.ReportTerms(d.info.ID); ok {
					s.tc.put(d.info.ID, d.slots, ts, true)
				}
			}
		}
		for _, i := range side {
			d := tv.all[i]
			tv.side = append(tv.side, d.info)
			if e, ok := s.tc.get(d.info.ID, d.slots); ok && e.stored {
				continue
			} else if ok {
				// found on demand before: stored since? (the same terms)
				if ts, ok := v.ReportTerms(d.info.ID); ok {
					s.tc.put(d.info.ID, d.slots, ts, true)
				}
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
		for _, i := range bound {
			tv.bound = append(tv.bound, tv.all[i].info)
		}
		return ctx.Err()
	}
	// The load of an open, bounded by the request's deadline (View waits for it without one).
	if err := s.ix.WaitReady(ctx); err != nil {
		return nil, err
	}
	if err := s.ix.View(pick); err != nil {
		return nil, fmt.Errorf("terms of %d: %w", r.Year, err)
	}
	if ts := s.tc.lists.Get(key); ts != nil {
		return limited(ts, limit, start), nil
	}
	for _, doc := range texts {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("terms of %d: %w", r.Year, err)
		}
		s.tc.put(doc.ID, tv.slots(doc.ID), termFinder.Find(doc), false)
	}
	var made *search.Terms // the list answered: from the cache it may leave any time
	err = s.ix.View(func(v *index.View) error {
		// the index may have changed between the two views: pick again,
		// and find the terms of a report added meanwhile here
		if err := pick(v); err != nil {
			return err
		}
		if made = s.tc.lists.Get(key); made != nil {
			return nil // a list made meanwhile is as good
		}
		for _, doc := range texts {
			s.tc.put(doc.ID, tv.slots(doc.ID), termFinder.Find(doc), false)
		}
		out, err := search.CountTerms(ctx, tv, r, tv.side, tv.bound)
		if err != nil {
			return err
		}
		if out.Unstored == 0 || s.ix.TermsPending() == 0 {
			// a list made while the worker is behind would keep its
			// Unstored after the worker is done
			s.tc.lists.Put(key, out)
		}
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
	out := ts.First(limit)
	out.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return out
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

// A termsView is the index as search.CountTerms reads it, in one view:
// the reports' terms from the searcher's cache, the sections holding a
// wording from the exact-wording lists (index.View.Containing), slots as
// sections.
type termsView struct {
	s           *Searcher
	v           *index.View
	all         []sideDoc // every report, in slot order
	docs        []*index.DocInfo
	at          map[string]int // ID -> index in all
	live        map[string]bool
	side, bound []*index.DocInfo
}

func newTermsView(s *Searcher, v *index.View) *termsView {
	tv := &termsView{s: s, v: v, at: map[string]int{}, live: map[string]bool{}}
	for _, slot := range v.Live() {
		d := v.Doc(slot)
		if tv.live[d.ID] {
			continue
		}
		tv.live[d.ID] = true
		tv.at[d.ID] = len(tv.all)
		tv.all = append(tv.all, sideDoc{info: d, slots: v.DocSlots(d.ID)})
		tv.docs = append(tv.docs, d)
	}
	return tv
}

// slots returns the slots of report id.
func (tv *termsView) slots(id string) []uint32 {
	if i, ok := tv.at[id]; ok {
		return tv.all[i].slots
	}
	return nil
}

func (tv *termsView) Reports() []*index.DocInfo { return tv.docs }

func (tv *termsView) ReportTerms(d *index.DocInfo, fn func(string, float64)) (stored, ok bool) {
	e, ok := tv.s.tc.get(d.ID, tv.slots(d.ID))
	if !ok {
		return false, false
	}
	for _, t := range e.terms {
		fn(t.Text, t.Score)
	}
	return e.stored, true
}

func (tv *termsView) Holding(ctx context.Context, ws []string, fn func(int, *index.DocInfo, int64)) error {
	for i, w := range ws {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for _, slot := range tv.v.Containing(w) {
			fn(i, tv.v.Doc(slot), int64(slot))
		}
	}
	return nil
}

func (tv *termsView) Load(context.Context, []int64) error { return nil }

func (tv *termsView) Count(sec int64, fw string) int { return tv.v.Count(uint32(sec), fw) }

func (tv *termsView) Sentence(sec int64, fw string) (string, bool) {
	return tv.v.Sentence(uint32(sec), fw)
}
