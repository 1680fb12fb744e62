package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bolt "go.etcd.io/bbolt"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// Document returns document id with its body and sections, and the user's
// corrections applied (overrides.go), or ErrNotFound.
func (ix *Index) Document(id string) (_ *corpus.Document, err error) {
	defer catch("reading document "+id, &err)
	var d *corpus.Document
	err = ix.storeView(func(tx *bolt.Tx) error {
		var err error
		d, err = getDoc(tx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.corrected(d), nil
}

// Section returns section id, or ErrNotFound.
func (ix *Index) Section(id string) (_ *corpus.Section, err error) {
	defer catch("reading section "+id, &err)
	var s *corpus.Section
	err = ix.storeView(func(tx *bolt.Tx) error {
		var err error
		s, err = getSection(tx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Documents returns the metadata of every document, sorted by region,
// issuer, kind, year and title. The slice is shared: do not modify it.
func (ix *Index) Documents() []DocInfo {
	ix.mu.RLock()
	if s := ix.sorted; s != nil {
		ix.mu.RUnlock()
		return s
	}
	out := make([]DocInfo, 0, ix.docs.Len())
	ix.docs.each(func(d *DocInfo) { out = append(out, *d) })
	gen := ix.docGen
	ix.mu.RUnlock()
	slices.SortFunc(out, func(a, b DocInfo) int { return govreport.DocOrder(&a, &b) })
	ix.mu.Lock()
	if ix.docGen == gen { // else a write came in between: out is its own caller's answer only
		ix.sorted = out
	}
	ix.mu.Unlock()
	return out
}

// Stats returns the number of documents and sections.
func (ix *Index) Stats() (documents, sections int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	n := 0
	ix.docs.each(func(d *DocInfo) { n += d.Sections })
	return ix.docs.Len(), n
}

// Ready reports whether the sections have been loaded into memory, that is
// whether a search would start at once instead of waiting.
func (ix *Index) Ready() bool {
	select {
	case <-ix.ready:
		return true
	default:
		return false
	}
}

// WaitReady waits until the sections are loaded (Ready), or until ctx
// ends. A caller with a deadline (a server's request) waits at most
// loadGrace, then is told ErrLoading: an open that reads a million
// sections from the store (a folder of an earlier format, a segment file
// dropped as damaged) takes a minute and more, and a client held until
// its deadline learnt only that it timed out (a 504 after 30 s), where a
// 503 at once tells it to ask again; an open that maps its segment files
// is ready within the grace, and its first requests wait for it. A
// caller without a deadline (a command, a library) waits for the load.
// View, Add, Delete and Correct wait for it without a context. It
// returns the load's error, ctx's wrapped, or ErrLoading. A request
// waiting counts as a search running, as one waiting in View does: the
// work begun as the load ends (the checks, WhenIdle) waits for it.
func (ix *Index) WaitReady(ctx context.Context) error {
	ix.searching.Add(1)
	defer ix.searching.Add(-1)
	select {
	case <-ix.ready:
		return ix.loadErr
	default:
	}
	var grace <-chan time.Time
	if _, ok := ctx.Deadline(); ok {
		t := time.NewTimer(loadGrace)
		defer t.Stop()
		grace = t.C
	}
	select {
	case <-ix.ready:
		return ix.loadErr
	case <-ctx.Done():
		return fmt.Errorf("the index is still loading its sections: %w", ctx.Err())
	case <-grace:
		return fmt.Errorf("%w after govreport started; ask again in a few seconds", ErrLoading)
	}
}

// loadGrace is how long a request with a deadline waits for an open's
// load before it is refused with ErrLoading (WaitReady): at a million
// sections an open that maps its segment files is ready within a second
// or two (r75h), one that reads them from the store in a minute or more.
var loadGrace = 3 * time.Second

// A View is a consistent read-only look at the index, valid only during
// the function passed to (*Index).View. Sections are named by slots: small
// integers, stable during the view (not across views), in the order the
// sections were written; a document's sections have consecutive slots.
// The slot slices its lookups return (Containing, ContainingAll,
// ContainingWithin) are valid during the view only: their arrays are
// given back to be reused when it ends (array).
type View struct {
	ix    *Index
	s     *snapshot
	tx    *bolt.Tx // the store as s knows it
	cache map[string]lookup
	texts map[uint32]string // folded texts read from the store
	held  []*[]uint32       // arrays of answers valid during the view (array)
	held8 []*[]uint8        // and of their counts (counts)
}

// array returns an array of n slots for an answer that is valid during
// the view only: taken from setPool and given back when the view ends
// (release), so that a broad set, made for every search, is not garbage
// after it. At a million sections a quoted search's term set
// (ContainingAll) and its wording's answer within it (ContainingWithin)
// are most of the index, 1.3 MB each, and were about half of what the
// benchmark's quoted class allocated once the other per-answer arrays were
// reused; a word's answer remembered by the view (find), with its counts
// (View.counts), is the set of a search of one word. A View made outside
// Index.View is never released: its arrays are the collector's.
func (v *View) array(n int) []uint32 { return pooled(&setPool, &v.held, n) }

// counts is array for an answer's counts, one byte a slot (countPool).
func (v *View) counts(n int) []uint8 { return pooled(&countPool, &v.held8, n) }

// pooled returns an array of n from pool, noted in held for release, or
// one made for it when n is over setKeep.
func pooled[T uint8 | uint32](pool *sync.Pool, held *[]*[]T, n int) []T {
	if n > setKeep {
		return make([]T, n)
	}
	p := pool.Get().(*[]T)
	if cap(*p) < n {
		*p = make([]T, n)
	}
	*held = append(*held, p)
	return (*p)[:n]
}

// release gives the view's arrays back to setPool and countPool: the view
// has ended.
func (v *View) release() {
	for _, p := range v.held {
		setPool.Put(p)
	}
	for _, p := range v.held8 {
		countPool.Put(p)
	}
	v.held, v.held8 = nil, nil
}

var (
	setPool   = sync.Pool{New: func() any { return new([]uint32) }}
	countPool = sync.Pool{New: func() any { return new([]uint8) }}
)

// answerArrays gives a lookup the arrays of its answer: the view's
// (View.array, View.counts), valid during the view only, or, without a
// view, arrays made for it.
type answerArrays struct{ v *View }

func (a answerArrays) slots(n int) []uint32 {
	if a.v == nil {
		return make([]uint32, n)
	}
	return a.v.array(n)
}

func (a answerArrays) counts(n int) []uint8 {
	if a.v == nil {
		return make([]uint8, n)
	}
	return a.v.counts(n)
}

// setKeep is the most slots of an array a view takes from setPool (4 MB):
// a broad set at ten million sections is most of them, 28 MB or more,
// and is made for its search and left to the collector, not kept from
// search to search on a heap that is most of the memory budget.
var setKeep = 1 << 20

// lookup is the answer of the bigram lists for one folded wording.
type lookup struct {
	slots []uint32
	tfs   []uint8
}

// find returns the sections containing folded wording fw with counts,
// remembered for the rest of the view (a query looks words up for its set
// and again for ranking).
func (v *View) find(fw string) lookup {
	if l, ok := v.cache[fw]; ok {
		return l
	}
	slots, tfs := v.s.lookupInto(fw, answerArrays{v})
	l := lookup{slots, tfs}
	if v.cache == nil {
		v.cache = make(map[string]lookup)
	}
	v.cache[fw] = l
	return l
}

// View calls fn with a view of the index: the snapshot published last
// (segments.go) and a store transaction that agrees with it. Writes go on
// meanwhile, unseen by fn. It waits for the initial load, never for a
// write being prepared.
//
// While documents of the store are damaged (a record failed its checksum
// when the index loaded) View fails with an error wrapping ErrCorrupt that
// names them: an exact search could miss what their damaged text holds.
func (ix *Index) View(fn func(v *View) error) (err error) {
	// The record check and the segment files' check give way meanwhile
	// (giveWay), from before the load ends: the checks begin as it ends,
	// and would take the cores from the first search.
	ix.searching.Add(1)
	defer ix.searching.Add(-1)
	if err := ix.waitReady(); err != nil {
		return err
	}
	defer catch("reading "+ix.dir, &err)
	defer ix.checkResident()
	// A segment file cut shorter under its mapping faults where it is
	// read (SIGBUS): the search is refused, not the process killed, and
	// the restat asked for checks and rebuilds the file.
	defer func() {
		if errors.Is(err, errFault) {
			// The store's mapping faults too (store.db cut shorter):
			// no rebuild brings that back.
			if serr := ix.storeOK(true); serr != nil {
				err = serr
				return
			}
			ix.lastRestat.Store(0)
			ix.maybeRestat()
			err = fmt.Errorf("%w: %v; ask again in a few seconds", ErrRebuilding, err)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverFault(&err, faultWhat)
	ix.maybeRestat()
	for {
		s, err := ix.snapshotNow()
		if err != nil {
			return err
		}
		tx, err := ix.storeBegin()
		if err != nil {
			return fmt.Errorf("reading index %s: %w", ix.dir, err)
		}
		if done, err := ix.viewAt(s, tx, fn); done {
			return err
		}
		// A write has committed to the store and not yet published its
		// snapshot (or is being undone): wait for it.
		<-s.replaced
	}
}

// storeGen returns getGen(tx), or the error of the page of store.db it
// could not read (storePanicked).
func storeGen(ix *Index, tx *bolt.Tx) (g uint64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ix.storePanicked(r)
		}
	}()
	return getGen(tx), nil
}

// viewAt runs fn on snapshot s with the store's transaction tx, which it
// rolls back, unless the store is at another generation than s (done is
// then false: a write is between its commit and its publish). The
// rollback is deferred from the start: a read of the generation that
// panicked (store.db's pages overwritten) left the transaction open, and
// with it bbolt's map lock, which every later Close waited for.
func (ix *Index) viewAt(s *snapshot, tx *bolt.Tx, fn func(v *View) error) (done bool, err error) {
	defer tx.Rollback()
	g, err := storeGen(ix, tx)
	if err != nil {
		return true, err
	}
	if g != s.gen {
		// While s is the snapshot searches see (none was published
		// since it was taken), a write's commit or its undo has moved
		// the store at most one generation from it: a generation
		// further off is no write's (its page overwritten), and no
		// publish would end the wait.
		if (g > s.gen+1 || g+1 < s.gen) && ix.snap.Load() == s {
			return true, fmt.Errorf("reading %s: %w: its generation reads %d where the index is at %d; run `govreport check`",
				ix.storePath(), ErrCorrupt, g, s.gen)
		}
		return false, nil
	}
	// The snapshot's file segments are unmapped by a finalizer once
	// unreachable; strings of the view share their bytes.
	defer runtime.KeepAlive(s)
	v := &View{ix: ix, s: s, tx: tx}
	defer v.release()
	if err := fn(v); err != nil {
		return true, err
	}
	return true, ix.writtenUnder()
}

// faultWhat is what a search says of a segment file that faulted under
// it (View).
const faultWhat = "a file of the exact index was cut shorter while in use"

// snapshotNow returns the snapshot searches see now, or why there is none
// to give.
func (ix *Index) snapshotNow() (*snapshot, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return nil, fmt.Errorf("index %s is closed", ix.dir)
	}
	if len(ix.damaged) > 0 {
		ids := make([]string, 0, len(ix.damaged))
		for id := range ix.damaged {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		return nil, fmt.Errorf("%w in documents %s (%s): a search could miss their text; run `govreport check --repair`, then ingest their files again",
			ErrCorrupt, strings.Join(ids, ", "), ix.damaged[ids[0]])
	}
	for name := range ix.suspect {
		return nil, fmt.Errorf("%w: its file %s changed on disk while in use and is being checked; ask again in a few seconds",
			ErrRebuilding, filepath.Join(ix.exactDir(), name))
	}
	if len(ix.badSegs) > 0 {
		names := make([]string, 0, len(ix.badSegs))
		for name := range ix.badSegs {
			names = append(names, name)
		}
		sort.Strings(names)
		file := fmt.Sprintf("%s (%s)", filepath.Join(ix.exactDir(), names[0]), ix.badSegs[names[0]])
		if ix.rebuilding {
			// The store is whole: the sections are there, only not yet
			// in the lists searches read.
			return nil, fmt.Errorf("%w: its file %s is damaged and its documents are being read again from the store; ask again in a few seconds",
				ErrRebuilding, file)
		}
		return nil, segmentDamage(fmt.Sprintf("the exact index's file %s is damaged: a search could miss sections it holds; start govreport again, which reads their documents from the store (the file is removed)",
			file))
	}
	return ix.snap.Load(), nil
}

// segmentDamage is the error of a damaged segment file whose documents
// could not be read again from the store while serving (rebuildDamaged
// failed: a store read's error): ErrCorrupt to errors.Is (searches refuse;
// the API answers 500 with the message), with a message of its own.
type segmentDamage string

func (e segmentDamage) Error() string { return string(e) }
func (e segmentDamage) Unwrap() error { return ErrCorrupt }

// NumSlots returns one more than the largest slot.
func (v *View) NumSlots() int { return int(v.s.n) }

// Live returns every slot that holds a section, in order.
func (v *View) Live() []uint32 {
	out := make([]uint32, 0, v.s.live)
	for i := range v.s.segs {
		sv := &v.s.segs[i]
		for l := range uint32(sv.seg.numSlots()) {
			if !sv.del.has(l) {
				out = append(out, sv.base+l)
			}
		}
	}
	return out
}

// Containing returns, in order, the slots of the sections whose folded
// heading or text contains analysis.Fold(wording). Empty wording gives nil. The
// slice is shared within the view: do not modify it. It is valid during
// the view only (View.array).
func (v *View) Containing(wording string) []uint32 {
	fw := analysis.Fold(wording)
	if fw == "" {
		return nil
	}
	return v.find(fw).slots
}

// ContainingWithin returns, in order, the slots of within (sorted) whose
// sections contain analysis.Fold(wording): Containing's answer
// intersected with within. A wording of three characters or more is
// looked for in within's sections only, the others' places never decoded
// (a term's whole wording within the set its words found); its answer is
// not remembered by the view. The slice is the caller's to modify, but
// valid during the view only (View.array).
func (v *View) ContainingWithin(wording string, within []uint32) []uint32 {
	fw := analysis.Fold(wording)
	if fw == "" || len(within) == 0 {
		return nil
	}
	if _, cached := v.cache[fw]; !cached && utf8.RuneCountInString(fw) > 2 {
		return v.s.slotsWithin(fw, within, answerArrays{v})
	}
	all := v.find(fw).slots
	out := make([]uint32, 0, min(len(all), len(within)))
	j := 0
	for _, s := range within {
		for j < len(all) && all[j] < s {
			j++
		}
		if j == len(all) {
			break
		}
		if all[j] == s {
			out = append(out, s)
		}
	}
	return out
}

// Folded returns FoldSection of the section in slot, or "" for a free slot.
func (v *View) Folded(slot uint32) string {
	return v.folded(slot)
}

// folded returns FoldSection of the section in slot, read from the store
// (the exact index holds no text), or "" for a free slot or one whose
// record does not read; remembered for the rest of the view.
func (v *View) folded(slot uint32) string {
	if f, ok := v.texts[slot]; ok {
		return f
	}
	sv, l := v.s.locate(slot)
	if sv == nil || sv.del.has(l) {
		return ""
	}
	sec, err := getSection(v.tx, sv.seg.idAt(l))
	if err != nil {
		return ""
	}
	f := analysis.FoldSection(sec.Heading, sec.Joint, sec.Text)
	if v.texts == nil {
		v.texts = make(map[uint32]string)
	}
	v.texts[slot] = f
	return f
}

// Sentence returns the sentence of the section in slot (folded:
// FoldSection) where folded wording fw first occurs, and whether it
// occurs (analysis.Sentence). The string shares the view's memory: it is
// valid only during the view.
func (v *View) Sentence(slot uint32, fw string) (string, bool) {
	return analysis.Sentence(v.folded(slot), fw)
}

// Count returns the number of times folded wording fw occurs in the
// section in slot (folded: FoldSection), without overlaps; 0 for a free
// slot or an empty fw.
func (v *View) Count(slot uint32, fw string) int {
	if fw == "" {
		return 0
	}
	return strings.Count(v.folded(slot), fw)
}

// SectionID returns the ID of the section in slot, which must be less
// than NumSlots.
func (v *View) SectionID(slot uint32) string {
	sv, l := v.s.locate(slot)
	return strings.Clone(sv.seg.idAt(l))
}

// Doc returns the metadata of the document of the section in slot: the
// same pointer for every section of a document during the view.
func (v *View) Doc(slot uint32) *DocInfo {
	sv, l := v.s.locate(slot)
	return sv.infos[sv.seg.docOf(l)]
}

// Order compares the sections in slots a and b in the order results are
// given in when nothing else tells them apart: their documents in
// govreport.DocOrder, and one document's sections in their order. Slot
// order is the order documents were written in, which differs between two
// archives of the same reports ingested in different orders, or where some
// were replaced; this order does not.
func (v *View) Order(a, b uint32) int {
	if a == b {
		return 0
	}
	if da, db := v.Doc(a), v.Doc(b); da != db {
		if c := govreport.DocOrder(da, db); c != 0 {
			return c
		}
	}
	return cmp.Compare(a, b)
}

// MaxDocs returns the number of documents of the view's segments, deleted
// ones included: at least the number of runs Runs finds in any set.
func (v *View) MaxDocs() int {
	n := 0
	for i := range v.s.segs {
		n += len(v.s.segs[i].infos)
	}
	return n
}

// Runs calls fn for each run of set (sorted slots) whose sections belong
// to one document, in order: the document and the run's place in set,
// set[i:i+n]. It walks the segments beside set instead of locating each
// slot, for sets of most of the index (a report's sections have
// consecutive slots, so a document's members form one run): a member's
// document is read once, and the members after it that lie before the
// document's last section are passed by their slots alone.
func (v *View) Runs(set []uint32, fn func(d *DocInfo, i, n int)) {
	seg, start, stop := 0, 0, len(set)
	var last *DocInfo
	doc := int32(0) // the document of the last run, in segment seg
	for i := 0; i < len(set); {
		s := set[i]
		for seg < len(v.s.segs) && s >= v.s.segs[seg].base+uint32(v.s.segs[seg].seg.numSlots()) {
			seg, doc = seg+1, 0
		}
		if seg == len(v.s.segs) {
			stop = i // past the end: not slots of the view
			break
		}
		sv := &v.s.segs[seg]
		doc = sv.seg.docFrom(doc, s-sv.base)
		if d := sv.infos[doc]; d != last {
			if last != nil {
				fn(last, start, i-start)
			}
			last, start = d, i
		}
		first, n := sv.seg.docRange(doc)
		end := sv.base + first + n
		for i++; i < len(set) && set[i] < end; i++ {
		}
	}
	if last != nil {
		fn(last, start, stop-start)
	}
}

// DocSlots returns the slots of the sections of document id in order.
func (v *View) DocSlots(id string) []uint32 {
	i, d := v.s.findDoc(id)
	if i < 0 {
		return nil
	}
	sv := &v.s.segs[i]
	first, n := sv.seg.docRange(d)
	out := make([]uint32, n)
	for j := range out {
		out[j] = sv.base + first + uint32(j)
	}
	return out
}

// Slot returns the slot of section id.
func (v *View) Slot(id string) (uint32, bool) {
	for i := len(v.s.segs) - 1; i >= 0; i-- {
		sv := &v.s.segs[i]
		if l, ok := sv.seg.findSlot(id); ok && !sv.del.has(l) {
			return sv.base + l, true
		}
	}
	return 0, false
}

// Section reads the section in slot from the store.
func (v *View) Section(slot uint32) (_ *corpus.Section, err error) {
	id := v.SectionID(slot) // the segment's: its fault is View's to tell
	defer func() {
		if r := recover(); r != nil { // a page of store.db that does not read
			err = v.ix.storePanicked(r)
		}
	}()
	return getSection(v.tx, id)
}

// A Ranked is a section and its BM25 score.
type Ranked struct {
	Slot  uint32
	Score float64
}

// Rank returns the best k sections for terms (analysis.RankTerms of the query
// words; any of them may match) by BM25, best first, and the number of
// sections that match any term. If only is not nil, ranking is limited to
// those slots. Sections written after the view was taken are left out.
func (v *View) Rank(ctx context.Context, terms []string, only []uint32, k int) ([]Ranked, int, error) {
	if len(terms) == 0 || k <= 0 {
		return nil, 0, nil
	}
	seen := make(map[string]bool, len(terms))
	var disj []query.Query
	for _, t := range terms {
		if seen[t] {
			continue
		}
		seen[t] = true
		q := bleve.NewTermQuery(t)
		q.SetField(rankField)
		disj = append(disj, q)
	}
	var q query.Query = bleve.NewDisjunctionQuery(disj...)
	if only != nil {
		ids := make([]string, len(only))
		for i, s := range only {
			ids[i] = v.SectionID(s)
		}
		q = bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q)
	}
	req := bleve.NewSearchRequestOptions(q, k, 0, false)
	req.SortBy([]string{"-_score", "_id"}) // ties in a stable order
	res, err := v.ix.bl.SearchInContext(ctx, req)
	if err != nil {
		return nil, 0, fmt.Errorf("ranking %q: %w", terms, err)
	}
	out := make([]Ranked, 0, len(res.Hits))
	for _, h := range res.Hits {
		if s, ok := v.Slot(h.ID); ok {
			out = append(out, Ranked{Slot: s, Score: h.Score})
		}
	}
	return out, int(res.Total), nil
}

// Rebuild makes the bleve index of the data folder dir again from the
// stored documents (govreport reindex), calling progress after each batch
// with the number of documents done and the total.
func Rebuild(dir string, progress func(done, total int)) (err error) {
	defer catch("rebuild "+dir, &err)
	// The search index is removed only when the store can rebuild it.
	if rep, err := Check(dir); err != nil {
		return fmt.Errorf("rebuild %s: %w", dir, err)
	} else if len(rep.Damaged) > 0 {
		return fmt.Errorf("rebuild %s: %w in %d documents: run `govreport check --repair` (it rebuilds what is intact)", dir, ErrCorrupt, len(rep.Damaged))
	}
	db, err := openStore(dir)
	if err != nil {
		return err
	}
	defer db.Close()
	blPath := filepath.Join(dir, "bleve")
	if err := os.RemoveAll(blPath); err != nil {
		return fmt.Errorf("rebuild %s: %w", dir, err)
	}
	// The exact index's files too: the next open rebuilds them from the store.
	if err := os.RemoveAll(filepath.Join(dir, "exact")); err != nil {
		return fmt.Errorf("rebuild %s: %w", dir, err)
	}
	bl, err := bleve.New(blPath, newMapping())
	if err != nil {
		return fmt.Errorf("rebuild %s: %w", dir, err)
	}
	var ids []string
	var gen uint64
	if err := db.View(func(tx *bolt.Tx) error {
		gen = getGen(tx)
		return tx.Bucket(bucketDocs).ForEach(func(k, _ []byte) error {
			ids = append(ids, string(k))
			return nil
		})
	}); err != nil {
		bl.Close()
		return fmt.Errorf("rebuild %s: %w", dir, err)
	}
	b := bl.NewBatch()
	flush := func(done int) error {
		if err := bl.Batch(b); err != nil {
			return err
		}
		b.Reset()
		if progress != nil {
			progress(done, len(ids))
		}
		return nil
	}
	for i, id := range ids {
		var d *corpus.Document
		if err := db.View(func(tx *bolt.Tx) error {
			var err error
			d, err = getDoc(tx, id)
			return err
		}); err != nil {
			bl.Close()
			return fmt.Errorf("rebuild %s: %w", dir, err)
		}
		for _, s := range d.Sections {
			if err := b.Index(s.ID, rankDoc(s.Heading, s.Text)); err != nil {
				bl.Close()
				return fmt.Errorf("rebuild %s: section %s: %w", dir, s.ID, err)
			}
		}
		if b.Size() >= batchSize || i == len(ids)-1 {
			if err := flush(i + 1); err != nil {
				bl.Close()
				return fmt.Errorf("rebuild %s: %w", dir, err)
			}
		}
	}
	b.SetInternal(internalGen, genBytes(gen))
	b.SetInternal(internalSchema, []byte(SchemaVersion))
	if err := bl.Batch(b); err != nil {
		bl.Close()
		return fmt.Errorf("rebuild %s: %w", dir, err)
	}
	if err := bl.Close(); err != nil {
		return fmt.Errorf("rebuild %s: %w", dir, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(SchemaVersion))
	}); err != nil {
		return fmt.Errorf("rebuild %s: %w", dir, err)
	}
	return nil
}

// batchSize is the number of sections per bleve batch: FACTS.md measured
// 1000 about 25% faster than 100.
const batchSize = 1000
