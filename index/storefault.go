package index

// A store cut under a running process
//
// bbolt reads store.db through a mapping of the file. A file cut shorter
// while it is mapped faults (SIGBUS) where a read reaches past its new
// end, and a fault in Go ends the process: a GET of a document, a search
// reading stored text, a compare, a write each ended a running serve
// (r76h left it open). Every transaction of the store now begins with
// storeOK, an fstat of the file against the bytes of pages bbolt had in
// use at the open or the last commit (bbolt never makes the file
// shorter), made only after the folder's watch saw a write into it where
// there is one (inotify, Linux): a file cut shorter is refused before
// bbolt reads it, with an error wrapping ErrStoreUnreadable that names
// the file, and so is every transaction after it until the process starts
// again (the open then says store.db is truncated: checkStoreSize). A cut
// during a transaction faults where it reads: the transactions run with
// debug.SetPanicOnFault, and the fault is the same error. A write checks
// the file once more just before it commits: bbolt grows a file shorter
// than its pages back to their size, zeros where they were, which would
// acknowledge a write into a damaged store and hide the cut from the next
// open. What is left is a cut between that check and the commit's own
// writes, and one into the meta pages (the first 8 kB) that comes before
// the watch tells of it: bbolt's Begin faults there holding its lock.

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// storeGuard is what storeOK needs: store.db open for fstat, the bytes of
// pages in use when last seen whole, and the error once it was not. Where
// the folder's watch (watch_linux.go) watches store.db too (wd), changed
// counts the writes into it the watch saw (a truncate is one), and seen
// is the count when an fstat last found it whole: while they are equal,
// storeOK needs no fstat.
type storeGuard struct {
	f             *os.File
	need          atomic.Int64
	err           atomic.Pointer[error]
	wd            atomic.Int32
	changed, seen atomic.Uint64
}

// guardStore opens store.db for storeOK and records its pages in use.
// Without the file (it cannot be opened), the transactions run unguarded
// but for their faults.
func (ix *Index) guardStore() {
	if f, err := os.Open(ix.storePath()); err == nil {
		ix.store.f = f
	}
	ix.noteStoreSize()
}

func (ix *Index) storePath() string { return filepath.Join(ix.dir, "store.db") }

// noteStoreSize records the bytes of pages the store has in use now
// (after a commit, which may have added pages).
func (ix *Index) noteStoreSize() {
	var need int64
	if ix.storeView(func(tx *bolt.Tx) error { need = tx.Size(); return nil }) != nil {
		return
	}
	for {
		old := ix.store.need.Load()
		if need <= old || ix.store.need.CompareAndSwap(old, need) {
			return
		}
	}
}

// storeOK returns the error of a store found unreadable (cut shorter than
// its pages, or a read of it faulted), nil when it is as bbolt left it.
// It asks the file (fstat) unless the folder's watch saw no write into
// it since it last did: an fstat is a system call for every search (6 to
// 11 µs on this loaded machine, as much as a getppid), the watch's
// atomic loads a few nanoseconds. A cut the watch has not told of yet faults where it is
// read, and that is the same error; only a cut into the meta pages in
// that moment faults in bbolt's Begin, under its lock. force asks the
// file whatever the watch says (a write, before it commits).
func (ix *Index) storeOK(force bool) error {
	if p := ix.store.err.Load(); p != nil {
		return *p
	}
	if ix.store.f == nil {
		return nil
	}
	c := ix.store.changed.Load()
	if !force && c == ix.store.seen.Load() && ix.store.wd.Load() > 0 && ix.watching.Load() {
		return nil
	}
	// The pages in use are read before the file's size: a commit grows
	// the file before it publishes the pages that need it, so a size read
	// after is at least the pages read before. The other way round, a
	// read of the store while a write committed took the file's size from
	// before the commit's growth and the pages from after, and called a
	// whole store cut (at 9 million sections, a write 4 pages past the
	// size fstat had just seen): every later transaction was refused.
	need := ix.store.need.Load()
	if storeOKBetween != nil {
		storeOKBetween(ix)
	}
	fi, err := ix.store.f.Stat()
	if err != nil {
		return nil // the read says what is wrong, if anything
	}
	if fi.Size() < need {
		return ix.storeUnreadable(fmt.Sprintf("it is %d bytes, its pages need %d (cut shorter while in use)", fi.Size(), need))
	}
	ix.store.seen.Store(c)
	return nil
}

// storeOKBetween, set by a test, runs between storeOK's read of the pages
// in use and its fstat.
var storeOKBetween func(*Index)

// storeUnreadable records and returns the error of a store that cannot be
// read, why saying what was found; the first one recorded stays.
func (ix *Index) storeUnreadable(why string) error {
	err := fmt.Errorf("%w: %s: %s; nothing more is read from it or written to it: stop govreport and restore store.db from a backup (`govreport check` says what is damaged) (%w)",
		ErrStoreUnreadable, ix.storePath(), why, ErrCorrupt)
	ix.store.err.CompareAndSwap(nil, &err)
	return *ix.store.err.Load()
}

// storeFaulted returns the error of fault v, met reading the store's
// mapping: the file cut shorter (storeOK finds it), or, whole, a read
// outside its pages (a page overwritten with a number that points past
// them).
func (ix *Index) storeFaulted(v any) error {
	if err := ix.storeOK(true); err != nil {
		return err
	}
	return ix.storeUnreadable(fmt.Sprintf("a read of its pages faulted (%v): a page overwritten in place?", v))
}

// recoverStoreFault, deferred with debug.SetPanicOnFault(true), makes a
// panic the store's error (storePanicked).
func (ix *Index) recoverStoreFault(err *error) {
	v := recover()
	if v == nil {
		return
	}
	*err = ix.storePanicked(v)
}

// storePanicked returns the error of panic v in a transaction of the
// store: a fault is the store's (storeFaulted); any other is bbolt's
// (a page that does not read as one: overwritten in place) or a record's,
// an error wrapping ErrCorrupt, as catch makes it, here too for the
// transactions of goroutines of their own (the record check, the terms
// worker), where a panic ended the process.
func (ix *Index) storePanicked(v any) error {
	if isFault(v) {
		return ix.storeFaulted(v)
	}
	return fmt.Errorf("reading %s: %w (%v); run `govreport check`", ix.storePath(), ErrCorrupt, v)
}

// storeView runs fn in a read transaction of the store, guarded.
func (ix *Index) storeView(fn func(tx *bolt.Tx) error) (err error) {
	if err := ix.storeOK(false); err != nil {
		return err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer ix.recoverStoreFault(&err)
	return ix.db.View(fn)
}

// storeBegin begins a read transaction of the store, guarded (the caller's
// reads are its own to guard).
func (ix *Index) storeBegin() (_ *bolt.Tx, err error) {
	if err := ix.storeOK(false); err != nil {
		return nil, err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer ix.recoverStoreFault(&err)
	return ix.db.Begin(false)
}

// storeUpdate runs fn in a write transaction of the store and commits it
// unless fn fails, the file was cut meanwhile, or a read faults. It does
// not use bbolt's Update: on a panic that one rolls back reading the
// free list's page, which faults again in a cut file, and the second
// panic leaves bbolt's write lock held (every later write, and Close,
// would wait for ever); Rollback reads nothing.
func (ix *Index) storeUpdate(fn func(tx *bolt.Tx) error) (err error) {
	if err := ix.storeOK(false); err != nil {
		return err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	tx, err := ix.db.Begin(true)
	if err != nil {
		return err
	}
	defer func() {
		if v := recover(); v != nil {
			tx.Rollback()
			err = ix.storePanicked(v)
		}
	}()
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := ix.storeOK(true); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	ix.noteStoreSize()
	return nil
}

// closeStoreGuard closes what guardStore opened.
func (ix *Index) closeStoreGuard() {
	if ix.store.f != nil {
		ix.store.f.Close()
	}
}
