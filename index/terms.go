package index

// Report terms
//
// A collection-wide list of new terms (package embedded's Terms) starts
// from the terms of each report, which a term finder (compare.ReportTerms)
// takes from the whole report with gse: about 50 ms a report, seconds for
// a year of a few hundred. So they are found once, after the report is
// written, by the finder the index was given (SetTermFinder), and kept in
// the store's bucket terms:
//
//	terms  doc ID -> the finder's version, then each term's text and
//	       score (termsCodec), sealed like every record
//
// The finder runs in a background worker of the index (termsLoop), not in
// the write: Add returns, and the report is searchable, once its text is
// committed; the worker then finds the terms of each report written and
// stores them, one report after another on one core while writes come, so
// that the writes keep the other cores. When none is pending (none for
// termsCalm), or WaitTerms waits (the end of an ingest), helpers of the
// worker take reports from the same queue on the other cores, up to
// GOMAXPROCS finders in all: the order the records are stored in then
// varies, not what each holds. The worker's record is put only if the report is
// still the text it was found from (the generation of its last write,
// bucket wgen, is that of the write that queued it, or that read with it);
// a write deletes the record of the text it replaces in its own
// transaction (deleteDoc), so a View never reads the terms of another text
// than the one it shows. The queue holds the texts written up to
// termsHeld bytes, and past that the reports' IDs only (their texts are
// read back from the store), however far the worker falls behind. Close
// stops the worker after the report at hand; WaitTerms waits for it
// (govreport ingest does, before it closes).
//
// A report without a record (the worker not come to it yet, or stopped by
// Close or a kill before it came to it; written without a finder or by another version of it: an
// older data folder, a govreport whose finder changed) has no terms a
// View gives: its reader finds them on demand (and counts it: Terms.Unstored),
// and FindTerms (govreport reindex) stores them. A damaged record counts as
// missing: the terms can always be found again from the text.

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/govreport/govreport/corpus"
	bolt "go.etcd.io/bbolt"
)

var bucketTerms = []byte("terms")

// A ReportTerm is one term of a report as the finder gave it.
type ReportTerm struct {
	Text  string
	Score float64
}

// A TermFinder finds the terms of a report from its sections (as stored:
// cleaned). Version names what it finds: records of another version are
// not given out.
type TermFinder struct {
	Version string
	Find    func(d *corpus.Document) []ReportTerm
	// FindCut, if set, is Find given besides, for some sections (by
	// index; nil for the others), the words the ranking analysis found
	// the finder would cut the section's text into (lengths in runes,
	// analysis.EachRankTermCut): it finds what Find finds, without
	// cutting those texts again.
	FindCut func(d *corpus.Document, cuts [][]int32) []ReportTerm
}

// SetTermFinder sets the finder of the terms stored with each report
// written from now on (package embedded sets compare's). Without one, no
// terms are stored and ReportTerms finds none.
func (ix *Index) SetTermFinder(f TermFinder) {
	if f.Find == nil || f.Version == "" {
		ix.finder.Store(nil)
		return
	}
	ix.finder.Store(&f)
}

// safeFind is f.Find(termsDoc(d)) encoded, with a panic of the finder as
// an error naming the document, not a crash of the process.
func safeFind(f *TermFinder, d *corpus.Document, cuts [][]int32) (rec []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("finding the terms of %s: panic: %v", d.ID, v)
		}
	}()
	if cuts != nil && f.FindCut != nil {
		return encodeTerms(f.Version, f.FindCut(termsDoc(d), cuts)), nil
	}
	return encodeTerms(f.Version, f.Find(termsDoc(d))), nil
}

// termsDoc is what a finder is given of d: its ID, year and sections, as a
// reader of the store has them.
func termsDoc(d *corpus.Document) *corpus.Document {
	return &corpus.Document{ID: d.ID, Year: d.Year, Sections: d.Sections}
}

// ReportTerms returns the stored terms of document id, found by the
// index's finder (its version), and whether there were any.
func (v *View) ReportTerms(id string) ([]ReportTerm, bool) {
	f := v.ix.finder.Load()
	if f == nil {
		return nil, false
	}
	return storedTerms(v.tx, id, f.Version)
}

// storedTerms reads the terms of id in tx if they are of version.
func storedTerms(tx *bolt.Tx, id, version string) ([]ReportTerm, bool) {
	b := tx.Bucket(bucketTerms)
	if b == nil {
		return nil, false
	}
	rec := b.Get([]byte(id))
	if rec == nil {
		return nil, false
	}
	body, err := unseal("terms of "+id, rec)
	if err != nil {
		return nil, false
	}
	ver, terms, err := decodeTerms(body)
	if err != nil || ver != version {
		return nil, false
	}
	return terms, true
}

// FindTerms finds and stores the terms of every report that has none of
// the finder's version, or of every report with redo (govreport reindex:
// the dictionary may have changed), calling progress after each with the
// reports done and the total. Each report is read, its terms found and
// stored under the write lock, so that no write replaces it meanwhile;
// other writes go on between reports.
func (ix *Index) FindTerms(ctx context.Context, redo bool, progress func(done, total int)) error {
	f := ix.finder.Load()
	if f == nil {
		return errors.New("find terms: no term finder set")
	}
	if err := ix.waitReady(); err != nil {
		return err
	}
	docs := ix.Documents()
	for i, info := range docs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("find terms: %w", err)
		}
		if err := ix.findTerms(info.ID, f, redo); err != nil {
			return fmt.Errorf("find terms: %w", err)
		}
		if progress != nil {
			progress(i+1, len(docs))
		}
	}
	return nil
}

// findTerms finds and stores the terms of document id (gone: nothing).
func (ix *Index) findTerms(id string, f *TermFinder, redo bool) error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	if ix.isClosed() {
		return errors.New("index closed")
	}
	var d *corpus.Document
	err := ix.storeView(func(tx *bolt.Tx) error {
		if _, ok := storedTerms(tx, id, f.Version); ok && !redo {
			return nil
		}
		var err error
		d, err = getDoc(tx, id)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		return err
	})
	if err != nil || d == nil {
		return err
	}
	rec := encodeTerms(f.Version, f.Find(termsDoc(d)))
	return ix.storeUpdate(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketTerms).Put([]byte(id), rec); err != nil {
			return fmt.Errorf("storing the terms of %s: %w", id, err)
		}
		return nil
	})
}

// encodeTerms writes the sealed record of terms: the uvarint-prefixed
// version, the number of terms, then each term's uvarint-prefixed text
// and its score's IEEE 754 bits (8 bytes, big-endian).
func encodeTerms(version string, terms []ReportTerm) []byte {
	n := len(version) + 2*binary.MaxVarintLen64
	for _, t := range terms {
		n += len(t.Text) + binary.MaxVarintLen64 + 8
	}
	b := make([]byte, 0, n+4)
	b = binary.AppendUvarint(b, uint64(len(version)))
	b = append(b, version...)
	b = binary.AppendUvarint(b, uint64(len(terms)))
	for _, t := range terms {
		b = binary.AppendUvarint(b, uint64(len(t.Text)))
		b = append(b, t.Text...)
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(t.Score))
	}
	return seal(b)
}

var errTermsCorrupt = fmt.Errorf("terms record does not decode: %w", ErrCorrupt)

// decodeTerms reads a record of encodeTerms, without its checksum.
func decodeTerms(b []byte) (version string, terms []ReportTerm, err error) {
	str := func() (string, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return "", false
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s, true
	}
	version, ok := str()
	if !ok {
		return "", nil, errTermsCorrupt
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return "", nil, errTermsCorrupt
	}
	b = b[k:]
	terms = make([]ReportTerm, 0, n)
	for range n {
		text, ok := str()
		if !ok || len(b) < 8 {
			return "", nil, errTermsCorrupt
		}
		terms = append(terms, ReportTerm{Text: text, Score: math.Float64frombits(binary.BigEndian.Uint64(b))})
		b = b[8:]
	}
	if len(b) != 0 {
		return "", nil, errTermsCorrupt
	}
	return version, terms, nil
}

// termsBatch is how many reports a finder finds the terms of before it
// stores them in one transaction: one commit (and its sync) for a few
// reports, not one each.
const termsBatch = 8

// termsHeld is how many bytes of section text the queue holds at most: a
// report queued past it is read back from the store when its turn comes
// (its record inflated, its shell decoded: about a sixth of the finder's
// own time), one within it is given to the finder as it was written.
var termsHeld = 64 << 20 // a variable for tests

// termsQueue is the background worker's work (termsLoop): the reports
// written since the worker last looked, in the order written.
type termsQueue struct {
	mu      sync.Mutex
	jobs    []termsJob
	held    int           // bytes of section text the jobs hold
	busy    int           // jobs taken whose terms are not stored yet
	idle    chan struct{} // closed while jobs is empty and busy is 0
	wake    chan struct{} // a send wakes the worker (capacity 1)
	errs    []error       // the finder's failures since the last WaitTerms
	writes  int           // Add and Delete calls not returned yet
	wrote   time.Time     // when the last of them returned
	waiters int           // WaitTerms calls waiting
	helpers int           // finders running beside the worker (termsHelper)
	start   sync.Once
	worker  sync.WaitGroup // the worker and its helpers

	// The finders hand what they found to the committer (termsCommitter)
	// and go on finding: they do not wait for the store's sync, and what
	// several hand over meanwhile is stored in one transaction.
	commits   chan termsCommit
	committer sync.WaitGroup
}

// A termsCommit is what a finder found in one turn (runTerms): the
// records to store, the failures, and the jobs taken (with the bytes of
// text they held), which count as busy until the records are stored.
type termsCommit struct {
	out         []foundTerms
	errs        []error
	taken, held int
}

// termsCalm is how long after the last write the worker takes the writes
// to have stopped and lets helpers find terms on the other cores: a bulk
// ingest writes one batch right after another, and its writes keep those
// cores (they prepare each batch's sections on all of them).
const termsCalm = 100 * time.Millisecond

// termsFinders is how many finders may run at once when no write is
// pending (a variable for tests).
var termsFinders = func() int { return runtime.GOMAXPROCS(0) }

// A termsJob is a report whose terms are to be found: its text as written
// by write generation gen (termsDoc), or nil to read it from the store.
type termsJob struct {
	id   string
	doc  *corpus.Document
	cuts [][]int32 // the sections' cuts, with doc (TermFinder.FindCut)
	gen  uint64
	size int
}

func newTermsQueue() *termsQueue {
	idle := make(chan struct{})
	close(idle)
	return &termsQueue{idle: idle, wake: make(chan struct{}, 1), commits: make(chan termsCommit, 4)}
}

// writing marks a write (Add, Delete) pending until the function it
// returns is called: while one is, the worker finds terms on one core.
func (q *termsQueue) writing() (done func()) {
	q.mu.Lock()
	q.writes++
	q.mu.Unlock()
	return func() {
		q.mu.Lock()
		q.writes--
		q.wrote = time.Now()
		q.mu.Unlock()
	}
}

// wide reports whether the worker's helpers may run: someone waits for
// the terms (WaitTerms), or no write is pending and none was for
// termsCalm. q.mu must be held.
func (q *termsQueue) wide() bool {
	return q.waiters > 0 || q.writes == 0 && time.Since(q.wrote) >= termsCalm
}

// queueTerms has the worker find and store the terms of docs, just written
// by write generation gen, starting it on first use. cuts are the cuts of
// their sections' texts (sectionCuts; nil for none), held with the texts.
func (ix *Index) queueTerms(docs []*corpus.Document, cuts [][][]int32, gen uint64) {
	q := ix.terms
	q.start.Do(func() {
		q.worker.Add(1)
		go ix.termsLoop()
		q.committer.Add(1)
		go ix.termsCommitter()
	})
	q.mu.Lock()
	if len(q.jobs) == 0 && q.busy == 0 {
		q.idle = make(chan struct{})
	}
	for i, d := range docs {
		j := termsJob{id: d.ID}
		for _, s := range d.Sections {
			j.size += len(s.Heading) + len(s.Text)
		}
		if cuts != nil {
			for _, c := range cuts[i] {
				j.size += 4 * len(c)
			}
		}
		if q.held+j.size <= termsHeld {
			j.doc, j.gen = termsDoc(d), gen
			if cuts != nil {
				j.cuts = cuts[i]
			}
			q.held += j.size
		}
		q.jobs = append(q.jobs, j)
	}
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// termsLoop is the worker: it takes the reports of the queue one at a
// time, finds their terms and stores them up to termsBatch at a time
// (runTerms), until Close. When no write is pending, or someone waits for
// the terms, it starts helpers (spreadTerms) that do the same on the other
// cores.
func (ix *Index) termsLoop() {
	q := ix.terms
	defer q.worker.Done()
	for {
		select {
		case <-ix.stop:
			return
		default:
		}
		q.mu.Lock()
		n := len(q.jobs)
		q.mu.Unlock()
		if n == 0 {
			select {
			case <-q.wake:
				continue
			case <-ix.stop:
				return
			}
		}
		ix.spreadTerms()
		ix.runTerms(false)
	}
}

// termsHelper is one of the worker's helpers: it stores the terms of
// reports from the queue as the worker does, until the queue is empty, a
// write comes (and nobody waits for the terms) or the index closes.
func (ix *Index) termsHelper() {
	q := ix.terms
	defer q.worker.Done()
	for ix.runTerms(true) {
	}
	q.mu.Lock()
	q.helpers--
	q.mu.Unlock()
}

// spreadTerms starts helpers of the worker while they may run (wide), up
// to termsFinders finders in all and not more than the reports queued.
func (ix *Index) spreadTerms() {
	q := ix.terms
	q.mu.Lock()
	n := 0
	if q.wide() {
		n = min(termsFinders()-1-q.helpers, len(q.jobs))
	}
	if n <= 0 {
		q.mu.Unlock()
		return
	}
	q.helpers += n
	q.mu.Unlock()
	// Close sets closed, under ix.mu, before it waits for the worker: a
	// helper is counted in q.worker before that wait, or not started.
	ix.mu.RLock()
	closed := ix.closed
	if !closed {
		q.worker.Add(n)
		for range n {
			go ix.termsHelper()
		}
	}
	ix.mu.RUnlock()
	if closed {
		q.mu.Lock()
		q.helpers -= n
		q.mu.Unlock()
	}
}

// foundTerms is the terms record of a report, found from the text that
// write generation gen wrote.
type foundTerms struct {
	id       string
	gen, rec []byte
}

// runTerms takes reports from the queue one at a time (so that the
// finders running share the last ones) and finds their terms, up to
// termsBatch, then hands them to the committer, which stores them in one
// transaction: one commit (and its sync) for a few reports, not one each.
// It stops early, handing over what it found, when the queue is empty, the
// index closes or, for a helper, when helpers may no longer run (wide); it
// reports whether it took a whole batch (a helper goes on only then).
func (ix *Index) runTerms(helper bool) bool {
	q := ix.terms
	f := ix.finder.Load()
	var out []foundTerms
	var errs []error
	taken, held := 0, 0
reports:
	for taken < termsBatch {
		select {
		case <-ix.stop:
			break reports
		default:
		}
		q.mu.Lock()
		if len(q.jobs) == 0 || helper && !q.wide() {
			q.mu.Unlock()
			break
		}
		j := q.jobs[0]
		q.jobs[0] = termsJob{}
		q.jobs = q.jobs[1:]
		if len(q.jobs) == 0 {
			q.jobs = nil // let the array go
		}
		q.busy++
		q.mu.Unlock()
		taken++
		if j.doc != nil {
			held += j.size
		}
		if f == nil {
			continue
		}
		t, err := ix.findJob(f, j)
		if err != nil {
			errs = append(errs, err)
		} else if t != nil {
			out = append(out, *t)
		}
	}
	if taken > 0 || len(errs) > 0 {
		q.commits <- termsCommit{out, errs, taken, held}
	}
	return taken == termsBatch
}

// commitHook, when set (by tests), runs before the committer stores.
var commitHook func()

// termsCommitter stores what the finders found (runTerms), until Close
// has stopped them and closed q.commits: each time, everything handed
// over by then in one transaction. A job taken stays busy (WaitTerms
// waits for it) until its record is stored.
func (ix *Index) termsCommitter() {
	q := ix.terms
	defer q.committer.Done()
	for c := range q.commits {
		batch := []termsCommit{c}
	more:
		for {
			select {
			case c, ok := <-q.commits:
				if !ok {
					break more
				}
				batch = append(batch, c)
			default:
				break more
			}
		}
		var out []foundTerms
		for _, c := range batch {
			out = append(out, c.out...)
		}
		if commitHook != nil {
			commitHook()
		}
		err := ix.putTerms(out)
		q.mu.Lock()
		taken := 0
		for _, c := range batch {
			taken += c.taken
			q.busy -= c.taken
			q.held -= c.held
			q.errs = append(q.errs, c.errs...)
		}
		if err != nil {
			q.errs = append(q.errs, err)
		}
		if taken > 0 && len(q.jobs) == 0 && q.busy == 0 {
			close(q.idle)
		}
		q.mu.Unlock()
	}
}

// findJob finds the terms of the report of j: the text it holds, or the
// one the store holds (nil when that has the finder's terms already, or
// the report is gone). It returns the finder's failure (a panic): that
// report is left without terms.
func (ix *Index) findJob(f *TermFinder, j termsJob) (*foundTerms, error) {
	d, gen := j.doc, []byte(nil)
	if d != nil {
		gen = genBytes(j.gen)
	} else {
		err := ix.storeView(func(tx *bolt.Tx) error {
			if _, ok := storedTerms(tx, j.id, f.Version); ok {
				return nil
			}
			gen = bytes.Clone(tx.Bucket(bucketWgen).Get([]byte(j.id)))
			if gen == nil {
				return nil // deleted, or of a store without generations
			}
			var err error
			if d, err = getDoc(tx, j.id); errors.Is(err, ErrNotFound) {
				return nil
			}
			return err
		})
		if err != nil {
			// A record that does not read: the reader of the terms
			// will meet the damage too, and check names it.
			return nil, fmt.Errorf("reading %s to find its terms: %w", j.id, err)
		}
		if d == nil {
			return nil, nil
		}
	}
	rec, err := safeFind(f, d, j.cuts)
	if err != nil {
		return nil, err
	}
	return &foundTerms{j.id, gen, rec}, nil
}

// putTerms stores the records of out in one transaction, each only if its
// report has not been written again or deleted since the text the finder
// read (its write queued it again, or took it away).
func (ix *Index) putTerms(out []foundTerms) error {
	if len(out) == 0 {
		return nil
	}
	return ix.storeUpdate(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTerms)
		for _, t := range out {
			if !bytes.Equal(tx.Bucket(bucketWgen).Get([]byte(t.id)), t.gen) {
				continue // written again or deleted since the text read
			}
			if err := b.Put([]byte(t.id), t.rec); err != nil {
				return fmt.Errorf("storing the terms of %s: %w", t.id, err)
			}
		}
		return nil
	})
}

// WaitTerms waits until the worker has stored the terms of every report
// written so far, and returns the finder's failures since the last call
// (those reports have none stored; their readers find them on demand). It
// returns early with ctx's error when ctx ends, or with an error when the
// index closes first.
func (ix *Index) WaitTerms(ctx context.Context) error {
	q := ix.terms
	q.mu.Lock()
	idle := q.idle
	q.waiters++
	q.mu.Unlock()
	defer func() {
		q.mu.Lock()
		q.waiters--
		q.mu.Unlock()
	}()
	// Nothing is to be written meanwhile: the worker's helpers find the
	// rest on every core.
	ix.spreadTerms()
	select {
	case <-idle:
	case <-ctx.Done():
		return fmt.Errorf("waiting for the reports' terms: %w", ctx.Err())
	case <-ix.stop:
		select {
		case <-idle: // done before the close
		default:
			return errors.New("waiting for the reports' terms: index closed")
		}
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	err := errors.Join(q.errs...)
	q.errs = nil
	return err
}

// TermsPending returns how many reports written wait for the worker to
// store their terms.
func (ix *Index) TermsPending() int {
	q := ix.terms
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.jobs) + q.busy
}
