// Package index stores report documents and finds their sections: by exact
// wording, whatever its length and however gse segments it, and by words
// ranked with BM25 over gse tokens (bm25.go: counted in the exact index).
//
// A data folder holds three things (see store.go, mapping.go and
// segdisk.go):
//
//	dir/store.db   the documents (bbolt), the source of truth
//	dir/bleve      one bleve document per section, its gse words; kept in
//	               step with the store, read by no search (View.Rank, tests)
//	dir/exact      the exact-wording index: positional bigram lists
//	               (grams.go) that make exact wording a lookup, with no
//	               text read, in immutable segments
//	               (segments.go), memory-mapped; rebuilt from the store
//	               when missing or damaged; and a copy of the document
//	               table (docfile.go), which the open reads instead of
//	               every metadata record of the store when it is the
//	               store's as it is
//
// and an Index keeps in memory the metadata of every document and the
// recent segments not yet in files. An Index is safe for concurrent use: a
// search runs on a snapshot, while Add and Delete prepare their writes
// without a lock and publish a new snapshot with a pointer swap.
//
// For a server: Open returns once the document metadata is read (Documents
// and Stats answer at once), from the document table's file when it is
// up to date (docfile.go); in the background the segment files are
// mapped and the sections the files lack are read from the store (their
// checksums checked), and Ready reports when searches will no longer wait.
// The checksums of the segment files and of the other section records are
// checked after that, while searches run (a million sections' records are
// a gigabyte to read); Verified reports when that is done. A damaged
// record found then makes searches refuse from then on; a damaged file is
// rebuilt from the store, searches refusing with ErrRebuilding meanwhile
// (segcheck.go). A one-shot command waits for Verified, and opens with
// Options.TrustChecked: what was found good before and has not changed
// since is not read again. Start analysis.LoadSegmenter with WhenIdle
// too: quoted wording needs no dictionary, words do. For
// an ingest: one Add is one batch and one transaction, so give it about a
// thousand sections at a time.
package index

import (
	"bytes"
	"encoding/json"
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
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

var (
	// ErrNotFound is returned for a document or section that is not in the
	// index (govreport.ErrNotFound).
	ErrNotFound = govreport.ErrNotFound
	// ErrSchemaVersion is returned by Open for an index written by another
	// version of govreport; Rebuild (govreport reindex) fixes it.
	ErrSchemaVersion = errors.New("index schema version differs")

	// ErrReindex is returned by Open when the search index must be rebuilt
	// from the document store (govreport reindex): it is missing, does not
	// open, or has another schema (then the error wraps ErrSchemaVersion
	// too).
	ErrReindex = errors.New("the search index must be rebuilt: run `govreport reindex`")

	// ErrUnfinished is returned by Open, with ErrReindex, for a search
	// index a rebuild (reindex, check --repair) began and did not finish.
	ErrUnfinished = errors.New("the search index was left unfinished")

	// ErrInUse is returned by Open when another process (a running
	// "govreport serve", say) holds the data folder.
	ErrInUse = govreport.ErrInUse

	// ErrWriteFailed wraps the cause of a write that could not be made
	// (a full disk, an I/O error): nothing of it was kept. After a failure
	// inside the search index every later write fails with it too, until
	// the index is reopened; reads go on.
	ErrWriteFailed = govreport.ErrWriteFailed

	// ErrCorrupt marks a damaged store: a record whose checksum does not
	// match, a page bbolt cannot read. The error names what is damaged;
	// govreport check lists all of it.
	ErrCorrupt = govreport.ErrCorrupt

	// ErrRebuilding is returned by View while a segment file found damaged
	// is being rebuilt from the store (verifySegments).
	ErrRebuilding = govreport.ErrRebuilding

	// ErrStoreUnreadable is returned once store.db is found cut shorter
	// than its pages, or a read of it faulted (storefault.go).
	ErrStoreUnreadable = govreport.ErrStoreUnreadable

	// ErrLoading is returned by WaitReady to a caller with a deadline
	// while the sections are still being loaded (loadGrace).
	ErrLoading = govreport.ErrLoading
)

// DocInfo is the metadata of a document, kept in memory
// (govreport.DocInfo).
type DocInfo = govreport.DocInfo

func infoOf(d *corpus.Document) DocInfo { return govreport.InfoOf(d) }

// An Index is an open data folder.
type Index struct {
	dir string
	db  *bolt.DB
	bl  bleve.Index

	ready   chan struct{} // closed when the sections are loaded
	loadErr error
	// verified is closed when every section record's checksum has been
	// checked (verifyRecords), after ready.
	verified chan struct{}

	wmu sync.Mutex // serializes writers

	// snap is the exact index as searches see it (segments.go), nil
	// until the sections are loaded. It is replaced, never changed, with
	// mu held.
	snap     atomic.Pointer[snapshot]
	mergeReq chan struct{}  // a snapshot was published: merges may be due
	stop     chan struct{}  // closed by Close: background merges stop
	merges   sync.WaitGroup // the merge goroutine
	// diskMu serializes the merges and what they write to the exact
	// folder (segdisk.go): segment files, the manifest.
	diskMu      sync.Mutex
	nextFile    uint64   // the number of the last segment file named
	segProblems []string // segment files that did not open

	mu     sync.RWMutex
	docs   docTable  // the document table (doctable.go)
	sorted []DocInfo // cache of Documents(); nil when stale
	docGen uint64    // counts changes of docs, so that a list built meanwhile is not cached
	closed bool
	// damaged maps the ID of each document with a record that failed its
	// checksum when loaded to what was wrong; while it is not empty, View
	// refuses (a search could miss what the damaged text holds).
	damaged map[string]string
	// badSegs maps each segment file that failed its checksum
	// (verifySegments) to what was wrong; while it is not empty, View
	// refuses too, and no merge copies the file's lists into a new one.
	// Written with diskMu and mu held; read with either.
	badSegs map[string]string
	// stamps holds the stamps of the segment files (segcheck.go), by
	// name, guarded by stampMu; restatMu keeps to one restat at a time.
	stamps            map[string]*segStamps
	stampMu, restatMu sync.Mutex
	// suspect holds the segment files whose stamp changed while serving,
	// until restat has checked them: View refuses meanwhile
	// (ErrRebuilding). Guarded by mu.
	suspect map[string]bool
	// trustChecked is Options.TrustChecked; record is exact/CHECKED as
	// the open found it, read when it is set (verifySegments, then
	// verifyRecords, in turn).
	trustChecked bool
	record       checkedRecord
	noMerges     bool // Options.NoMerges
	// storeChecked is the stamp of store.db when verifyRecords last found
	// every record good (segcheck.go).
	storeChecked atomic.Pointer[fileStamp]
	// lastRestat is when the segment files were last statted (restat),
	// in Unix nanoseconds.
	lastRestat atomic.Int64
	// fsWrites counts the writes into the segment files the folder's
	// watch saw (watchFiles), fsHandled the count the last restat began
	// at: while they differ, a search read bytes written since, and is
	// refused (View). watching is set while the watch runs.
	fsWrites, fsHandled atomic.Uint64
	watching            atomic.Bool
	// rebuilding is set while the documents of badSegs are read from the
	// store again (rebuildDamaged): View answers ErrRebuilding, not
	// ErrCorrupt. Guarded by mu.
	rebuilding bool
	// segsChecked is closed when verifySegments is done: merges wait
	// for it, so that none copies a file not yet checked.
	segsChecked chan struct{}
	// broken is the search index's failure that stops writes until the
	// index is reopened (bleve's state after a failed batch is not to be
	// trusted: a later batch panicked in it). Guarded by wmu.
	broken error

	over     map[string]overrideRecord // doc ID -> its corrections (overrides.go)
	overFile map[string]string         // File of a corrected document -> its ID

	lastStamp time.Time // the latest time stamp handed out (stamp); guarded by wmu

	finder atomic.Pointer[TermFinder] // finds the terms stored with each report (terms.go)
	terms  *termsQueue                // the reports whose terms the worker is to store (terms.go)

	resident residentLimit // the reserve for mapped pages: SetMemoryBudget (resident.go)

	store storeGuard // store.db cut or faulting under the process (storefault.go)

	// searching counts the Views running, for the record check to give
	// way to them (verifyRecords).
	searching atomic.Int32

	// docsFromFile says the open read the document table from its file
	// (docfile.go), not from the info bucket: the record check checks
	// the metadata records too. docSaves is the open's background work,
	// which ends by saving the file when the open could not use it;
	// Close waits for it.
	docsFromFile bool
	docSaves     sync.WaitGroup
	docFileSaved bool // saveDocFile wrote the file; guarded by diskMu
}

// Open opens the data folder dir, creating it if missing. An index of
// another schema version gives an error wrapping ErrSchemaVersion. The
// sections are loaded into memory in the background; calls that need them
// wait.
func Open(dir string) (*Index, error) { return OpenWith(dir, Options{}) }

// OpenWith is Open with options.
func OpenWith(dir string, o Options) (_ *Index, err error) {
	defer catch("open index "+dir, &err)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	if err := storeLost(dir); err != nil {
		return nil, err
	}
	db, err := openStore(dir)
	if err != nil {
		return nil, err
	}
	ix := &Index{dir: dir, db: db, ready: make(chan struct{}), verified: make(chan struct{}), segsChecked: make(chan struct{}),
		mergeReq: make(chan struct{}, 1), stop: make(chan struct{}), terms: newTermsQueue(), trustChecked: o.TrustChecked, noMerges: o.NoMerges}
	ix.guardStore()
	fail := func(err error) (*Index, error) {
		if ix.bl != nil {
			ix.bl.Close()
		}
		db.Close()
		ix.closeStoreGuard()
		return nil, err
	}
	var schema []byte
	var empty bool
	if err := db.View(func(tx *bolt.Tx) error {
		schema = append(schema, tx.Bucket(bucketMeta).Get(keySchema)...)
		// Not Stats().KeyN: it reads every page of the bucket.
		k, _ := tx.Bucket(bucketDocs).Cursor().First()
		empty = k == nil
		return nil
	}); err != nil {
		return fail(fmt.Errorf("open index %s: %w", dir, err))
	}
	blPath := filepath.Join(dir, "bleve")
	_, statErr := os.Stat(blPath)
	switch {
	case schema == nil && empty:
		// A new folder: write the schema and a fresh bleve index. A bleve
		// index that holds sections means the store was lost or emptied
		// (deleted, truncated, replaced): keep everything as it is.
		if statErr == nil {
			if err := indexWithoutStore(dir); err != nil {
				return fail(err)
			}
		}
		os.RemoveAll(blPath)
		bl, err := bleve.New(blPath, newMapping())
		if err != nil {
			return fail(fmt.Errorf("creating index %s: %w", blPath, err))
		}
		ix.bl = bl
		if err := bl.SetInternal(internalSchema, []byte(SchemaVersion)); err != nil {
			return fail(fmt.Errorf("creating index %s: %w", blPath, err))
		}
		if err := db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte(SchemaVersion))
		}); err != nil {
			return fail(fmt.Errorf("creating index %s: %w", dir, err))
		}
	case string(schema) != SchemaVersion:
		return fail(fmt.Errorf("index %s has schema version %q, this govreport writes %q: %w: %w",
			dir, schema, SchemaVersion, ErrReindex, ErrSchemaVersion))
	case statErr != nil:
		return fail(fmt.Errorf("index %s has no search index (%v): %w", dir, statErr, ErrReindex))
	default:
		bl, err := bleve.Open(blPath)
		if err != nil {
			// Not a schema question: a damaged or foreign folder, a
			// permission, a full disk. The store can rebuild it.
			return fail(fmt.Errorf("the search index %s does not open (%v): %w", blPath, err, ErrReindex))
		}
		ix.bl = bl
		v, err := bl.GetInternal(internalSchema)
		if err != nil {
			return fail(fmt.Errorf("opening index %s: %w", blPath, err))
		}
		if len(v) == 0 {
			// Rebuild writes the schema last: a reindex or a check
			// --repair that did not finish (killed, a full disk). As
			// for another version, serve rebuilds it itself.
			return fail(fmt.Errorf("%w: %s (a reindex or check --repair interrupted): %w",
				ErrUnfinished, blPath, ErrReindex))
		}
		if string(v) != SchemaVersion {
			return fail(fmt.Errorf("index %s has schema version %q, this govreport writes %q: %w: %w",
				blPath, v, SchemaVersion, ErrReindex, ErrSchemaVersion))
		}
		if err := ix.recover(); err != nil {
			return fail(err)
		}
	}
	release := holdGC()
	gen, err := ix.loadDocs()
	if err != nil {
		release()
		return fail(err)
	}
	ix.docSaves.Add(1)
	go func() {
		defer ix.docSaves.Done()
		held := ix.loadSections(gen)
		release()
		ix.verifySegments()
		ix.lastRestat.Store(time.Now().UnixNano())
		ix.watchFiles()
		ix.verifyRecords(held)
		if !ix.docsFromFile && ix.loadErr == nil {
			// the first open of a folder without the file, or after a
			// write the file missed, or with the file damaged: the next
			// one reads it
			ix.diskMu.Lock()
			ix.saveDocFile(ix.stop, true)
			ix.diskMu.Unlock()
		}
	}()
	return ix, nil
}

// loadDocs reads the document table (doctable.go) from its file
// (docfile.go) when that is a copy of the store as it is, else from the
// store (loadInfo), applies the user's corrections, and returns the
// store's generation.
func (ix *Index) loadDocs() (gen uint64, err error) {
	gen, err = ix.readDocFile()
	if err != nil {
		return ix.loadInfo()
	}
	return gen, ix.loadOverrides()
}

func openStore(dir string) (*bolt.DB, error) {
	path := filepath.Join(dir, "store.db")
	if err := checkStoreSize(path); err != nil {
		return nil, fmt.Errorf("opening document store %s: %w", path, err)
	}
	// A read transaction holds bbolt's map: a write that grows the file
	// past it waits for every read to end, and new reads wait behind it.
	// Mapping 1 GiB from the start (address space, not memory) keeps
	// writes from remapping until the store is that large.
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 2 * time.Second, InitialMmapSize: 1 << 30})
	if err == nil {
		db.AllocSize = 1 << 20 // grow the file by 1 MB, not 16
	}
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("opening document store %s: %w", path, ErrInUse)
	}
	if err != nil {
		return nil, fmt.Errorf("opening document store %s: %w", path, err)
	}
	// A store of this format with every bucket needs no write: an update
	// transaction commits even when it changes nothing, a write and a
	// sync of the store at every open (a server's, a command's), and a
	// folder served read-only would change on disk.
	current := false
	db.View(func(tx *bolt.Tx) error {
		current = hasBuckets(tx) && string(tx.Bucket(bucketMeta).Get(keyFormat)) == storeFormat
		return nil
	})
	if current {
		return db, nil
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := createBuckets(tx); err != nil {
			return err
		}
		m := tx.Bucket(bucketMeta)
		switch f := m.Get(keyFormat); {
		case f == nil:
			return m.Put(keyFormat, []byte(storeFormat))
		case string(f) == "1":
			if err := sealAll(tx); err != nil {
				return fmt.Errorf("adding checksums to a format 1 store: %w", err)
			}
			fallthrough
		case string(f) == "2", string(f) == "3": // their section records read as they are
			if err := markEdited(tx); err != nil {
				return err
			}
			if err := reencodeInfos(tx); err != nil {
				return fmt.Errorf("rewriting the metadata records of a format %s store: %w", f, err)
			}
			return m.Put(keyFormat, []byte(storeFormat))
		case string(f) != storeFormat:
			return fmt.Errorf("store format %q, this govreport reads %q", f, storeFormat)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening document store %s: %w", path, err)
	}
	return db, nil
}

// recover redoes in bleve the last write of the store if bleve missed it
// (the process was killed between the two), or undoes it if the store
// undid it and bleve kept it (write: a batch that failed and persisted).
func (ix *Index) recover() error {
	v, err := ix.bl.GetInternal(internalGen)
	if err != nil {
		return fmt.Errorf("reading index generation: %w", err)
	}
	var blGen uint64
	if len(v) == 8 {
		blGen = bytesGen(v)
	}
	var storeGen uint64
	pending := map[string][]string{}
	var sections [][2]string // id, searchable text
	err = ix.storeView(func(tx *bolt.Tx) error {
		storeGen = getGen(tx)
		if storeGen == blGen {
			return nil
		}
		if p := tx.Bucket(bucketMeta).Get(keyPending); p != nil {
			if err := json.Unmarshal(p, &pending); err != nil {
				return fmt.Errorf("decoding pending writes: %w", err)
			}
		}
		for id := range pending {
			d, err := getDoc(tx, id)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			for _, s := range d.Sections {
				sections = append(sections, [2]string{s.ID, s.Heading + "\x00" + s.Text})
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("recovering index %s: %w", ix.dir, err)
	}
	if storeGen == blGen {
		return nil
	}
	b := ix.bl.NewBatch()
	for _, old := range pending {
		for _, id := range old {
			b.Delete(id)
		}
	}
	for _, s := range sections {
		h, t, _ := strings.Cut(s[1], "\x00")
		if err := b.Index(s[0], rankDoc(h, t)); err != nil {
			return fmt.Errorf("recovering section %s: %w", s[0], err)
		}
	}
	b.SetInternal(internalGen, genBytes(storeGen))
	if err := ix.bl.Batch(b); err != nil {
		return fmt.Errorf("recovering index %s: %w", ix.dir, err)
	}
	return nil
}

func bytesGen(v []byte) uint64 {
	var g uint64
	for _, c := range v {
		g = g<<8 | uint64(c)
	}
	return g
}

// loadInfo reads the document table: every document's metadata, and with
// it the generation of its last write (docTable.gen, bucket wgen), which
// loadSections needs to tell whether a segment's copy of a document is the
// store's. It returns the store's generation, read in the same
// transaction. Both buckets are keyed by document ID, so the generations
// are read in step with the metadata, one cursor each: read apart, in a
// pass of their own, each was a lookup in the table by ID (at ten million
// sections, 333,000 documents, the pass took longer than a tenth of the
// open).
func (ix *Index) loadInfo() (gen uint64, err error) {
	ix.docs = docTable{}
	ix.damaged = make(map[string]string)
	shared := map[string]string{} // decodeInfoShared
	var info DocInfo
	err = ix.storeView(func(tx *bolt.Tx) error {
		// The pages read are handed back as it goes, as the passes over
		// the sections do (releaseStorePages): at ten million sections,
		// with store.db in the page cache (a restart), the open's read of
		// every document's metadata left 877 MB resident against 483
		// with the file cold, over a 572 MiB budget before any search.
		defer releaseStorePages(tx)
		n := 0
		gen = getGen(tx)
		wc := tx.Bucket(bucketWgen).Cursor()
		wk, wv := wc.First()
		return tx.Bucket(bucketInfo).ForEach(func(k, v []byte) error {
			if n++; n%releaseRecords == 0 {
				releaseStorePages(tx)
			}
			for wk != nil && bytes.Compare(wk, k) < 0 {
				wk, wv = wc.Next()
			}
			v, err := unsealKey("metadata of ", k, v)
			if err == nil {
				if err = decodeInfoWith(v, &info, shared, true); err != nil {
					err = fmt.Errorf("metadata of %s: %w", k, err)
				}
			}
			if err != nil {
				ix.damaged[string(k)] = err.Error()
				return nil
			}
			var gen uint64
			if len(wv) == 8 && bytes.Equal(wk, k) {
				gen = bytesGen(wv)
			}
			ix.docs.put(&info, gen)
			return nil
		})
	})
	if err != nil {
		return 0, err
	}
	return gen, ix.loadOverrides()
}

// loadGCPercent is the collector's GOGC while an index loads (holdGC).
const loadGCPercent = 400

// loadGC counts the indexes loading, and keeps the GOGC they found.
var loadGC struct {
	sync.Mutex
	n   int
	old int
}

// holdGC raises the collector's GOGC to loadGCPercent (a heap goal five
// times the live heap, not twice) until the release it returns is called,
// from Open to the end of loadSections: what an open allocates is nearly
// all kept (the document table, the segments' views), so a collection
// then frees little, and each scans all that is kept so far. At default
// GOGC an open of a million sections ran 11 collections before the first
// answer, of ten million 18, on the cores the open and the dictionary's
// load need. The heap at the end of the load is still bounded, by what
// the load allocates and by the soft memory limit (serve
// --memory-limit). A GOGC already higher, or off, is left alone, as is
// one set by someone else meanwhile; opens at once hold it together.
func holdGC() (release func()) {
	loadGC.Lock()
	defer loadGC.Unlock()
	if loadGC.n++; loadGC.n == 1 {
		loadGC.old = debug.SetGCPercent(loadGCPercent)
		if loadGC.old < 0 || loadGC.old >= loadGCPercent {
			debug.SetGCPercent(loadGC.old)
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			loadGC.Lock()
			defer loadGC.Unlock()
			if loadGC.n--; loadGC.n == 0 && loadGC.old >= 0 && loadGC.old < loadGCPercent {
				if now := debug.SetGCPercent(loadGC.old); now != loadGCPercent {
					debug.SetGCPercent(now) // set by someone else meanwhile
				}
			}
		})
	}
}

// loadSections maps the segment files, reads the text of every section
// they lack, folds it and builds the bigram lists, in segments of at most
// loadSegSize (saveLoaded saves each to a file as it is made), and
// publishes the first snapshot. It returns
// the documents the files hold, whose records verifyRecords checks next.
// Readers and writers wait for it (waitReady). Decoding and folding run in a second goroutine, ahead of the list
// building. The sections of a document are consecutive in the store (their
// IDs start with the document's), so they are in the segment too.
//
// It holds no lock: until ready is closed nothing else touches the slots,
// the bigram lists or the counts (View, Add, Delete and Correct wait for
// it), and Stats, Documents and Document read only what Open loaded, so
// they answer at once while the sections load.
func (ix *Index) loadSections(gen uint64) (held []bool) {
	defer close(ix.ready)
	if loadHook != nil {
		loadHook()
	}
	type loaded struct {
		doc, id, folded string
		runes           int32 // analysis.SectionLength
	}
	ch := make(chan []loaded, 4)
	var readErr error
	var damaged [][2]string // doc ID, what
	s, held := ix.openSegments()
	// the documents the segment files lack, in the store's order
	var missing []string
	for r, d := range ix.docs.infos {
		if d != nil && !held[r] {
			missing = append(missing, d.ID)
		}
	}
	sort.Strings(missing)
	go func() {
		defer close(ch)
		defer catch("loading sections", &readErr)
		batch := make([]loaded, 0, 256)
		readErr = ix.storeView(func(tx *bolt.Tx) error {
			// Only the records of the documents the segments lack are
			// read here, decoded and folded (their checksums checked);
			// the others are checked after (verifyRecords). The pages
			// read are handed back as it goes (releaseStorePages), as
			// verifyRecords does: else the store read whole stays in the
			// resident memory (984 MB at a million sections).
			defer releaseStorePages(tx)
			n := 0
			c := tx.Bucket(bucketSecs).Cursor()
			for _, doc := range missing {
				for k, v := c.Seek([]byte(doc + "-")); k != nil && docOfSection(string(k)) == doc; k, v = c.Next() {
					if n++; n%releaseRecords == 0 {
						releaseStorePages(tx)
					}
					v, err := unseal("section "+string(k), v)
					var s *corpus.Section
					if err == nil {
						s, err = decodeSection(v)
					}
					if err != nil {
						damaged = append(damaged, [2]string{doc, err.Error()})
						continue
					}
					f := analysis.FoldSection(s.Heading, s.Joint, s.Text)
					batch = append(batch, loaded{s.DocID, s.ID, f, int32(analysis.SectionLength(f, s.Joint))})
					if len(batch) == cap(batch) {
						ch <- batch
						batch = make([]loaded, 0, 256)
					}
				}
			}
			return nil
		})
		if len(batch) > 0 {
			ch <- batch
		}
	}()
	sg := newSegBuilder()
	var infos []*DocInfo
	var size int64 // of sg, as segView.size counts it
	limit := min(loadSegSize, maxMergeSize)
	flush := func() {
		if sg.numSlots() > 0 {
			s.segs = append(s.segs, segView{seg: ix.saveLoaded(s, sg.build()), infos: infos})
		}
		sg, infos, size = newSegBuilder(), nil, 0
	}
	last := ""
	for batch := range ch {
		for _, l := range batch {
			r := ix.docs.row(l.doc)
			if r < 0 { // left over from an interrupted write
				continue
			}
			if l.doc != last {
				if sg.numSlots() >= maxSegSlots-1<<16 || size >= limit {
					flush()
				}
				sg.addDoc(l.doc, ix.docs.gen(r))
				infos = append(infos, ix.docs.infos[r])
				last = l.doc
			}
			sg.addSection(l.id, l.folded, l.runes, nil)
			size += int64(l.runes) + 1
		}
	}
	flush()
	for _, d := range damaged {
		ix.damaged[d[0]] = d[1]
	}
	if readErr != nil {
		ix.loadErr = fmt.Errorf("loading index %s: %w", ix.dir, readErr)
		return nil
	}
	s.gen = gen
	ix.mu.Lock()
	ix.publish(s)
	ix.mu.Unlock()
	if !ix.noMerges {
		ix.merges.Add(1)
		go ix.mergeLoop()
	}
	return held
}

// verifyRecords checks the checksum of every section record of the
// documents of the rows in held (those whose texts the segment files
// hold; loadSections read the others), after the index is ready: at a
// million sections the
// check reads a gigabyte of records, which searches need not wait for. A
// document with a damaged record is then marked damaged, and searches
// refuse from then on, as they do for damage found at open. A document
// written again meanwhile has new records and is not marked. It stops
// early when the index closes. verified is closed when it returns. The
// pages it reads are handed back as it goes (releaseStorePages): the
// check reads the whole store once, and a server should not hold it.
func (ix *Index) verifyRecords(held []bool) {
	defer close(ix.verified)
	some := slices.Contains(held, true)
	if !some && !ix.docsFromFile {
		return
	}
	// Taken before the records are read: a write meanwhile changes it.
	st, stOK := statStamp(filepath.Join(ix.dir, "store.db"))
	if stOK && ix.trustChecked && ix.record.Store != nil && *ix.record.Store == st {
		ix.storeChecked.Store(&st)
		return // unchanged since every record was found good (segcheck.go)
	}
	if checkHook != nil {
		checkHook("store.db")
	}
	var damaged [][2]string
	errStop := errors.New("closing")
	var err error
	var entries map[string]int
	if some {
		entries = ix.heldEntries(held)
	}
	if ix.docsFromFile {
		// The metadata records the open took from the document table's
		// file (docfile.go), as loadInfo would have checked them.
		err = ix.verifyInfos(&damaged, errStop)
	}
	func() {
		if err != nil || len(entries) == 0 {
			return
		}
		defer catch("checking section records", &err)
		err = ix.storeView(func(tx *bolt.Tx) error {
			n := 0
			defer releaseStorePages(tx)
			return tx.Bucket(bucketSecs).ForEach(func(k, v []byte) error {
				if n++; ix.pace(tx, n) {
					return errStop
				}
				// the document's ID as bytes: no string made a record
				// for the ten million of them
				doc := k
				if i := bytes.LastIndexByte(k, '-'); i > 0 {
					doc = k[:i]
				}
				if _, ok := entries[string(doc)]; !ok {
					return nil // read at load, or left over from an interrupted write
				}
				if _, err := unsealKey("section ", k, v); err != nil {
					damaged = append(damaged, [2]string{string(doc), err.Error()})
				}
				return nil
			})
		})
	}()
	if err != nil && !errors.Is(err, errStop) {
		// a page bbolt could not read: the whole store is suspect
		damaged = append(damaged, [2]string{"(store)", err.Error()})
	}
	if len(damaged) == 0 {
		ix.mu.RLock()
		whole := len(ix.damaged) == 0 // none found at load either
		ix.mu.RUnlock()
		if err == nil && stOK && whole {
			ix.storeChecked.Store(&st)
			// Recorded now unless a merge holds diskMu: then with the
			// manifest the merge writes.
			if ix.diskMu.TryLock() {
				ix.writeChecked(ix.snap.Load())
				ix.diskMu.Unlock()
			}
		}
		return
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, d := range damaged {
		if r, ok := entries[d[0]]; ok && ix.docs.row(d[0]) != r {
			continue // written again or deleted since
		}
		ix.damaged[d[0]] = d[1]
	}
}

// heldEntries returns the documents of the rows in held by ID, each with
// its row, as the table holds them now: a document deleted since the open
// is left out, one written again has a row of its own, past held's.
func (ix *Index) heldEntries(held []bool) map[string]int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	entries := make(map[string]int, len(held))
	for r, h := range held {
		if d := ix.docs.infos[r]; h && d != nil {
			entries[d.ID] = r
		}
	}
	return entries
}

// verifyInfos checks the checksum of every metadata record (bucket info)
// and that it decodes, as loadInfo does, adding those that fail to
// damaged; for an open that read the document table from its file. A
// document written again or deleted since the check began is left out:
// its record is new, or gone. It gives way to searches as verifyRecords
// does, and returns stop when the index closes.
func (ix *Index) verifyInfos(damaged *[][2]string, stop error) (err error) {
	defer catch("checking metadata records", &err)
	// the rows of the documents as they are before the store is read: a
	// write meanwhile gives its documents rows past them
	ix.mu.RLock()
	rows := len(ix.docs.infos)
	ix.mu.RUnlock()
	var bad [][2]string
	err = ix.storeView(func(tx *bolt.Tx) error {
		n := 0
		defer releaseStorePages(tx)
		var info DocInfo
		return tx.Bucket(bucketInfo).ForEach(func(k, v []byte) error {
			if n++; ix.pace(tx, n) {
				return stop
			}
			body, err := unsealKey("metadata of ", k, v)
			if err == nil {
				if err = decodeInfoWith(body, &info, nil, true); err != nil {
					err = fmt.Errorf("metadata of %s: %w", k, err)
				}
			}
			if err != nil {
				bad = append(bad, [2]string{string(k), err.Error()})
			}
			return nil
		})
	})
	ix.mu.RLock()
	for _, d := range bad {
		if r := ix.docs.row(d[0]); r >= 0 && r < rows {
			*damaged = append(*damaged, d)
		}
	}
	ix.mu.RUnlock()
	return err
}

// pace is the record check's step before the nth record of a pass over
// the store in tx: every 4,096 records it gives way to the searches
// running (giveWay), and every releaseRecords it hands the store's pages
// back. It reports whether the index is closing: the pass then stops.
func (ix *Index) pace(tx *bolt.Tx, n int) (closing bool) {
	if n%4096 == 0 {
		select {
		case <-ix.stop:
			return true
		default:
		}
		ix.giveWay()
	}
	if n%releaseRecords == 0 {
		releaseStorePages(tx)
	}
	return false
}

// giveWayMax bounds one pause of the record check for the searches
// running (giveWay).
const giveWayMax = 50 * time.Millisecond

// giveWay pauses the record check while searches are running, for at most
// giveWayMax: on two cores the check of ten million records took a core's
// worth of a second from the first search after open, which it is ready to
// answer before the check ends. The check goes on between searches, and
// at least 4,096 records every giveWayMax under a steady stream of them.
func (ix *Index) giveWay() {
	for t := time.Duration(0); t < giveWayMax && ix.searching.Load() > 0; t += time.Millisecond {
		time.Sleep(time.Millisecond)
	}
}

// idleQuiet is how long no search may have run for WhenIdle to start
// its work, and idleMax the longest it waits for that after the load.
var idleQuiet, idleMax = 5 * time.Millisecond, 2 * time.Second

// WhenIdle runs f on a goroutine of its own once the sections are loaded
// (or failed to load) and no search has been running for idleQuiet, or at
// the latest idleMax after the load: for what a server starts with that
// the first answers need not wait for. The gse dictionary's load is such
// work: a quoted wording needs no dictionary (it is answered in year
// order meanwhile), and on two cores the load, begun with the open, took
// a core from the first answer at ten million sections, with its
// collections; a search that needs words loads it itself, as before. The
// requests waiting for the load (WaitReady, View) count as searches, so
// the first of them is answered before f begins.
func (ix *Index) WhenIdle(f func()) {
	go func() {
		<-ix.ready
		// by the clock, not by counted sleeps: on a loaded machine a
		// millisecond's sleep lasts longer
		now := time.Now()
		quietSince, deadline := now, now.Add(idleMax)
		for ; now.Before(deadline); now = time.Now() {
			if ix.searching.Load() > 0 {
				quietSince = now
			} else if now.Sub(quietSince) >= idleQuiet {
				break
			}
			time.Sleep(time.Millisecond)
		}
		f()
	}()
}

// Verified returns a channel closed once every section record's checksum
// has been checked (after Ready): a damaged record found by then makes
// searches refuse. A one-shot command waits for it before it searches; a
// server need not.
func (ix *Index) Verified() <-chan struct{} { return ix.verified }

// SegmentProblems returns what was wrong with the exact index's files
// when the index opened (a missing or damaged segment file): the documents
// they held were read from the store instead.
func (ix *Index) SegmentProblems() []string {
	<-ix.ready
	return ix.segProblems
}

func (ix *Index) waitReady() error {
	<-ix.ready
	return ix.loadErr
}

// Close closes the index. It waits for the background load to finish.
func (ix *Index) Close() error {
	<-ix.ready
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		return nil
	}
	ix.closed = true
	ix.mu.Unlock()
	close(ix.stop)
	<-ix.verified
	ix.docSaves.Wait()
	ix.merges.Wait()
	ix.terms.worker.Wait() // the report at hand; the rest keep no terms
	close(ix.terms.commits)
	ix.terms.committer.Wait() // what the finders found is stored
	// The segment files are a cache of the store: if they cannot be
	// written (a full disk, a read-only folder), the next open reads the
	// sections from the store instead, and closing is no failure.
	ix.diskMu.Lock()
	ix.saveAll()
	if ix.loadErr == nil {
		// a copy of the store as it is now, for the next open (the
		// store's state is compared first: nothing is written when it
		// did not change)
		ix.saveDocFile(nil, !ix.docsFromFile && !ix.docFileSaved)
	}
	ix.diskMu.Unlock()
	err1 := ix.bl.Close()
	err2 := ix.db.Close()
	ix.closeStoreGuard()
	if err1 != nil {
		return fmt.Errorf("closing index %s: %w", ix.dir, err1)
	}
	if err2 != nil {
		return fmt.Errorf("closing document store %s: %w", ix.dir, err2)
	}
	return nil
}

// Add stores docs and indexes their sections. A document whose ID is already
// in the index replaces it (its old sections are removed) and keeps its
// corrections; a new document whose File (the hash of the file's bytes)
// belongs to a corrected document takes that document's corrections. Either
// all of the documents land or, on error, the index answers as before.
func (ix *Index) Add(docs ...*corpus.Document) error {
	return ix.AddCorrected(nil, docs...)
}

// AddCorrected is Add with corrections: corr maps a document ID to the
// corrections given with it (ingest --title, a manifest line), laid over the
// ones it already has and committed with the documents.
func (ix *Index) AddCorrected(corr map[string]corpus.Override, docs ...*corpus.Document) error {
	if err := ix.waitReady(); err != nil {
		return err
	}
	defer ix.terms.writing()()
	// The analyzer runs in bleve's workers, where a failed dictionary
	// could only panic: check it here.
	if err := analysis.LoadSegmenter(); err != nil {
		return fmt.Errorf("add: %w", err)
	}
	byID := make(map[string]*corpus.Document, len(docs))
	var order []string
	for _, d := range docs {
		c, err := govreport.Clean(d)
		if err != nil {
			return fmt.Errorf("add: %w", err)
		}
		if _, ok := byID[c.ID]; !ok {
			order = append(order, c.ID)
		}
		byID[c.ID] = c
	}
	if len(order) == 0 {
		return nil
	}
	added := make([]*corpus.Document, len(order))
	for i, id := range order {
		added[i] = byID[id]
	}
	// with a term finder, the ranking analysis gives it the cut of each
	// section's text, which it then does not cut again (sectionCuts)
	bdocs, analyzers, err := rankDocsCut(ix.bl.Mapping(), added, ix.finder.Load() != nil)
	if err != nil {
		return fmt.Errorf("add: %w", err)
	}
	// Before the write lock, on all cores and with no wait between them:
	// each section's store record and its fold and bigrams for the exact
	// index. The workers then go on with the ranking analysis while the
	// write goes on (analyzer.go), so that the store's commit does not
	// leave a core idle. The reports' terms are found after the write, by
	// the index's worker (terms.go).
	type secRef struct{ d, s int }
	var secs []secRef
	prep := make([][]slotPrep, len(added))
	secRecs := make([][][]byte, len(added))
	for i, d := range added {
		prep[i] = make([]slotPrep, len(d.Sections))
		secRecs[i] = make([][]byte, len(d.Sections))
		for j := range d.Sections {
			secs = append(secs, secRef{i, j})
		}
	}
	wait, stop := startWork(len(secs), func(k int) {
		r := secs[k]
		s := &added[r.d].Sections[r.s]
		prep[r.d][r.s] = prepareSlot(s)
		secRecs[r.d][r.s] = seal(encodeSection(s))
	}, len(analyzers), func(k int) { analyzers[k].analyze() })
	defer stop()
	wait()
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	if ix.isClosed() {
		return errors.New("add: index closed")
	}
	if err := ix.writeRefused("add"); err != nil {
		return err
	}
	ix.stampAdded(order, byID)
	old := ix.oldSections(order)
	nnew := 0
	for _, id := range order {
		nnew += len(byID[id].Sections)
	}
	if nnew >= maxSegSlots || uint64(ix.snap.Load().n)+uint64(nnew) >= 1<<32 {
		return fmt.Errorf("add: %d sections in one write, more than the index takes at once (%d); add fewer", nnew, maxSegSlots)
	}
	now := make(map[string][]string, len(order))
	for _, id := range order {
		for _, s := range byID[id].Sections {
			now[id] = append(now[id], s.ID)
		}
	}
	encoded := make(map[string]*docRecords, len(order))
	for i, id := range order {
		if encoded[id], err = encodeDocWith(added[i], secRecs[i]); err != nil {
			return fmt.Errorf("add: %w", err)
		}
	}
	// The corrections are found before the store transaction: wmu keeps
	// other writers from changing them meanwhile.
	recs := make(map[string]overrideRecord)
	ix.mu.RLock()
	for _, id := range order {
		if r, changed := ix.correctionsFor(byID[id], corr[id]); changed {
			recs[id] = r
		}
	}
	ix.mu.RUnlock()
	err = ix.write(order, old, now, added, prep, func(tx *bolt.Tx) error {
		for _, id := range order {
			if err := deleteDoc(tx, id, old[id]); err != nil {
				return err
			}
			if err := encoded[id].put(tx); err != nil {
				return err
			}
			if r, ok := recs[id]; ok {
				if err := putOverride(tx, id, r); err != nil {
					return err
				}
			}
		}
		return nil
	}, func() {
		for id, r := range recs {
			ix.remember(id, r)
		}
	}, func(b *bleve.Batch) error {
		for _, id := range order {
			for _, s := range old[id] {
				b.Delete(s)
			}
		}
		for _, d := range bdocs {
			if err := b.IndexAdvanced(d); err != nil {
				return fmt.Errorf("indexing section %s: %w", d.ID(), err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("add: %w", err)
	}
	if ix.finder.Load() != nil {
		// wmu is held: the snapshot is this write's
		ix.queueTerms(added, sectionCuts(added, analyzers), ix.snap.Load().gen)
	}
	return nil
}

// Now returns the current time as writes see it: a time stamp taken
// between two writes, later than the Added of every document already in
// the index and earlier than that of every document added after it. A
// saved query records it as the time it was made, so that "added after"
// means exactly "not there when it was made".
func (ix *Index) Now() time.Time {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	return ix.stamp()
}

// stamp returns the current time in UTC, later than any stamp before it
// (the wall clock may stand still between two calls). ix.wmu must be held.
func (ix *Index) stamp() time.Time {
	t := time.Now().UTC().Round(0)
	if !t.After(ix.lastStamp) {
		t = ix.lastStamp.Add(time.Nanosecond)
	}
	ix.lastStamp = t
	return t
}

// stampAdded sets the Added time of the documents about to be written: a
// document already in the index keeps its own (zero for one stored before
// Added was recorded: it is not new), one that carries a time keeps it (a
// document put back from the store), and the others take a new stamp.
// ix.wmu must be held.
func (ix *Index) stampAdded(ids []string, docs map[string]*corpus.Document) {
	now := ix.stamp()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, id := range ids {
		d := docs[id]
		switch e := ix.docs.info(id); {
		case e != nil:
			d.Added = e.Added
		case d.Added.IsZero():
			d.Added = now
		}
	}
}

// Delete removes document id and all its sections, or returns ErrNotFound.
func (ix *Index) Delete(id string) error {
	if err := ix.waitReady(); err != nil {
		return err
	}
	defer ix.terms.writing()()
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	if ix.isClosed() {
		return errors.New("delete: index closed")
	}
	if err := ix.writeRefused("delete document " + id); err != nil {
		return err
	}
	old := ix.oldSections([]string{id})
	if _, ok := old[id]; !ok {
		return fmt.Errorf("delete document %q: %w", id, ErrNotFound)
	}
	err := ix.write([]string{id}, old, nil, nil, nil, func(tx *bolt.Tx) error {
		if err := deleteDoc(tx, id, old[id]); err != nil {
			return err
		}
		return putOverride(tx, id, overrideRecord{})
	}, func() {
		ix.remember(id, overrideRecord{})
	}, func(b *bleve.Batch) error {
		for _, s := range old[id] {
			b.Delete(s)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete document %s: %w", id, err)
	}
	return nil
}

func (ix *Index) isClosed() bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.closed
}

// oldSections returns the section IDs of those of ids that are in the index.
func (ix *Index) oldSections(ids []string) map[string][]string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	s := ix.snap.Load()
	old := make(map[string][]string)
	for _, id := range ids {
		if ix.docs.info(id) == nil {
			continue
		}
		old[id] = append([]string{}, s.sectionIDs(id)...)
	}
	return old
}

// dropDoc forgets the metadata of document id. ix.mu must be held.
func (ix *Index) dropDoc(id string) {
	delete(ix.damaged, id)
	ix.docs.remove(id)
}

// write commits a change to the store and to memory, then to bleve. ids
// are the documents written or deleted, old their section IDs before and
// now after the change, added the documents as written and prep their
// sections prepared for the exact index (prepareSlots(added); nil
// prepares them here).
//
// Everything costly happens without ix.mu: the documents are folded and
// their segment built (segments.go) before the store transaction, which
// commits without the lock too; then the new snapshot is published under
// the lock, a pointer swap. A View sees the store and memory agree: the
// store transaction bumps the store's generation, the snapshot carries the
// generation it shows, and a View whose store transaction is newer than
// its snapshot waits for the next snapshot (briefly: the commit is
// done by then, and the swap comes right after it). The bleve batch starts
// once the snapshot is published; until it lands, ranking
// may miss new sections (they still match, ranked after) or name deleted
// ones (dropped). The store transaction records the documents as pending
// under the new generation and the bleve batch carries the same one, so
// Open can tell whether bleve missed the write. committed runs under the
// lock once the store has committed, before memory takes the documents. If
// the bleve batch fails, store and memory are put back (corrections
// committed with the write stay: they are what the user said).
func (ix *Index) write(ids []string, old, now map[string][]string, added []*corpus.Document, prep [][]slotPrep,
	store func(*bolt.Tx) error, committed func(), index func(*bleve.Batch) error) error {
	if ix.broken != nil {
		return fmt.Errorf("the search index failed an earlier write and takes none until govreport is restarted (reads go on): %w", ix.broken)
	}
	b := ix.bl.NewBatch()
	if err := index(b); err != nil {
		return err
	}
	// What can be done before the lock is: searches wait while it is held.
	// The documents replaced (to put back if bleve fails) are read here:
	// the caller holds wmu, so no other write changes them meanwhile.
	var before []*corpus.Document
	var gen uint64
	if err := ix.storeView(func(tx *bolt.Tx) error {
		gen = getGen(tx)
		for _, id := range ids {
			if _, ok := old[id]; ok {
				d, err := getDoc(tx, id)
				if err != nil {
					return err
				}
				before = append(before, d)
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if prep == nil {
		prep = prepareSlots(added)
	}
	seg := buildSegment(added, prep, gen+1)
	// The sections the write removes and those it adds: an open that
	// finds bleve at another generation deletes them all, then indexes
	// what the store holds, which undoes in bleve a batch the store undid
	// (a full disk: bleve said it failed, then kept it) as well as it
	// redoes one bleve missed.
	pending := make(map[string][]string, len(ids))
	for _, id := range ids {
		pending[id] = append(slices.Clip(old[id]), now[id]...)
	}
	err := ix.storeUpdate(func(tx *bolt.Tx) error {
		if g := getGen(tx); g != gen { // wmu is held: no other write
			return fmt.Errorf("the store moved from generation %d to %d during a write", gen, g)
		}
		if err := store(tx); err != nil {
			return err
		}
		if err := putWgen(tx, ids, added, gen+1); err != nil {
			return err
		}
		pj, err := json.Marshal(pending)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(keyPending, pj); err != nil {
			return err
		}
		return putGen(tx, gen+1)
	})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrWriteFailed, err)
	}
	// Publish first: Views that began a store transaction after the
	// commit wait for this snapshot.
	ix.mu.Lock()
	committed()
	ix.swap(ids, added, seg, gen+1)
	ix.mu.Unlock()
	b.SetInternal(internalGen, genBytes(gen+1))
	batched := make(chan error, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				batched <- fmt.Errorf("search index batch: panic: %v", v)
			}
		}()
		if batchHook != nil {
			batchHook()
		}
		batched <- ix.bl.Batch(b)
	}()
	if err := <-batched; err != nil {
		err = fmt.Errorf("%w: %w", ErrWriteFailed, err)
		ix.broken = err
		ix.mu.Lock()
		defer ix.mu.Unlock()
		undo := ix.storeUpdate(func(tx *bolt.Tx) error {
			for _, id := range ids {
				if err := deleteDoc(tx, id, now[id]); err != nil {
					return err
				}
			}
			for _, d := range before {
				if err := putDoc(tx, d); err != nil {
					return err
				}
			}
			if err := putWgen(tx, ids, before, gen); err != nil {
				return err
			}
			if err := markEdited(tx); err != nil {
				return err
			}
			return putGen(tx, gen)
		})
		if undo != nil {
			return fmt.Errorf("%w (and undoing the store failed: %v)", err, undo)
		}
		ix.swap(ids, before, nil, gen)
		return err
	}
	return nil
}

// storeLost refuses a data folder whose store.db is missing or empty
// while its search index holds sections, before anything is written:
// opening the store would create it afresh, and the folder would no longer
// be as the loss left it (for a restore, for a look at what happened).
func storeLost(dir string) error {
	fi, err := os.Stat(filepath.Join(dir, "store.db"))
	if err == nil && fi.Size() > 0 || err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil // bbolt says what is wrong, if anything
	}
	if _, err := os.Stat(filepath.Join(dir, "bleve")); err != nil {
		return nil // a new folder
	}
	return indexWithoutStore(dir)
}

// indexWithoutStore returns the error of a data folder whose document
// store is missing or empty, nil when its search index holds no section
// either (a new folder).
func indexWithoutStore(dir string) error {
	n, err := bleveSections(filepath.Join(dir, "bleve"))
	if err == nil && n == 0 {
		return nil
	}
	holds := fmt.Sprintf("the search index holds %d sections", n)
	if err != nil {
		holds = fmt.Sprintf("a search index is there (it does not open: %v)", err)
	}
	return fmt.Errorf("open index %s: the document store (store.db) is missing or empty but %s: %w; restore store.db from a backup, or move the folder away and ingest the files again; nothing was changed",
		dir, holds, ErrCorrupt)
}

// bleveSections returns the number of sections in the bleve index at path.
func bleveSections(path string) (n uint64, err error) {
	defer catch("reading "+path, &err)
	bl, err := bleve.Open(path)
	if err != nil {
		return 0, err
	}
	defer bl.Close()
	return bl.DocCount()
}

// slotPrep is a section made ready for the in-memory index without the lock.
type slotPrep struct {
	id     string
	folded string
	runes  int32
	grams  gramSet
}

// prepareSlots folds the sections of docs and collects their bigrams, on
// all cores: the part of a write that needs no lock.
func prepareSlots(docs []*corpus.Document) [][]slotPrep {
	out := make([][]slotPrep, len(docs))
	type job struct{ d, s int }
	var jobs []job
	for i, d := range docs {
		out[i] = make([]slotPrep, len(d.Sections))
		for j := range d.Sections {
			jobs = append(jobs, job{i, j})
		}
	}
	onCores(len(jobs), func(k int) {
		out[jobs[k].d][jobs[k].s] = prepareSlot(&docs[jobs[k].d].Sections[jobs[k].s])
	})
	return out
}

// prepareSlot folds section s and collects its bigrams.
func prepareSlot(s *corpus.Section) slotPrep {
	f := analysis.FoldSection(s.Heading, s.Joint, s.Text)
	return slotPrep{id: s.ID, folded: f, runes: int32(analysis.SectionLength(f, s.Joint)), grams: collectGrams(f)}
}

// onCores calls f(k) for every k in [0, n) on up to GOMAXPROCS goroutines,
// each taking the next k, and returns when all are done.
func onCores(n int, f func(k int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < n; k = int(next.Add(1)) - 1 {
				f(k)
			}
		})
	}
	wg.Wait()
}

// startWork calls need(k) for every k in [0, n) and then, until stop is
// called, more(k) for every k in [0, m), on up to GOMAXPROCS goroutines,
// each taking the next task: a worker done with the needed tasks goes on
// with the others while the caller, once wait has returned (every need
// has), goes on with its own work. stop leaves the remaining more tasks
// undone and returns once the tasks under way have.
func startWork(n int, need func(k int), m int, more func(k int)) (wait, stop func()) {
	var next atomic.Int64
	var stopped atomic.Bool
	var needed, wg sync.WaitGroup
	needed.Add(n)
	for range min(runtime.GOMAXPROCS(0), n+m) {
		wg.Go(func() {
			for {
				switch k := int(next.Add(1)) - 1; {
				case k < n:
					need(k)
					needed.Done()
				case k < n+m && !stopped.Load():
					more(k - n)
				default:
					return
				}
			}
		})
	}
	return needed.Wait, func() { stopped.Store(true); wg.Wait() }
}

// loadHook, when set (by tests), runs before loadSections reads anything.
var loadHook func()

// batchHook, when set (by tests), runs where the search index's batch is
// applied, to make it fail.
var batchHook func()

// swap forgets documents ids in memory and remembers docs instead, and
// publishes the snapshot of store generation gen that shows it. ix.mu must
// be held.
//
// seg, from buildSegment(docs, ...), holds what can be computed without
// the lock; nil computes it here.
func (ix *Index) swap(ids []string, docs []*corpus.Document, seg *segment, gen uint64) {
	if seg == nil {
		seg = buildSegment(docs, prepareSlots(docs), gen)
	}
	next := ix.snap.Load().clone()
	next.gen = gen
	next.deleteDocs(ids)
	gone := make([]string, 0, len(docs))
	for _, id := range ids {
		ix.dropDoc(id)
	}
	infos := make([]*DocInfo, len(docs))
	for i, d := range docs {
		gone = append(gone, d.ID)
		ix.dropDoc(d.ID)
		info := infoOf(ix.corrected(d))
		infos[i] = ix.docs.put(&info, gen)
	}
	next.deleteDocs(gone)
	if seg.numSlots() > 0 {
		next.segs = append(next.segs, segView{seg: seg, infos: infos})
	}
	ix.publish(next)
	ix.sorted = nil
	ix.docGen++
}
