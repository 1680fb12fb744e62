package index

// Resident memory
//
// The exact index's segments and the store are files mapped into the
// process (segdisk.go, bbolt), so every page a search reads stays counted
// in the process's resident memory (RSS) until the kernel needs it back:
// after a few hundred broad searches over a million sections, about a
// gigabyte beside a heap of three hundred megabytes. LimitResident bounds
// that: after a search, when the process's resident memory is over the
// limit, the mapped pages of the segments and the store are handed back
// (MADV_DONTNEED on the read-only shared mappings). The files' pages stay
// in the kernel's page cache, so a later search that reads them again
// maps them back without reading the disk; what it pays is a minor fault
// per few pages. The Go heap is bounded by the runtime's own soft limit
// (GOMEMLIMIT), which `serve --memory-limit` sets to the same figure.

import (
	"runtime"
	"sync/atomic"
	"time"
)

// residentEvery is the least time between two reads of the process's
// resident memory: a search reads it, if that long has passed since the
// last read, in a few microseconds.
const residentEvery = 50 * time.Millisecond

// residentHeadroom keeps a part of the limit free: the mapped pages are
// handed back once the resident memory passes limit - limit/residentHeadroom,
// not the limit itself. Between two checks a search maps pages and the
// heap grows, and the hand-back takes its time: handed back only past the
// limit, a server with 600MiB peaked at 615-649 MB (a million and 2.6
// million sections), 15-50 MB over it. An eighth (75 MB of 600MiB) keeps
// the peak under the limit, for a few more hand-backs (each a minor fault
// per few pages searched again).
const residentHeadroom = 8

// residentLimit is the state of LimitResident.
type residentLimit struct {
	limit    atomic.Int64 // bytes; 0 for none
	last     atomic.Int64 // time of the last check, Unix nanoseconds
	trimming atomic.Bool  // a hand-back is running
	trims    atomic.Int64 // hand-backs done, for tests and stats
	// over is whether the last read of the resident memory found it
	// within the headroom of the limit: while it is, a search hands each
	// segment's pages back as soon as it has read them (snapshot.handBack).
	// overAt is when it was read, Unix nanoseconds.
	over   atomic.Bool
	overAt atomic.Int64
}

// tight reports whether the resident memory is over the limit's
// headroom, as last read: read again when that was residentEvery ago or
// more, so that the first search after open, which maps the most while
// the heap holds what open left, is not taken as under the limit until a
// search has ended (checkResident). False for a nil r or no limit.
func (r *residentLimit) tight() bool {
	if r == nil {
		return false
	}
	limit := r.limit.Load()
	if limit <= 0 {
		return false
	}
	now := time.Now().UnixNano()
	if at := r.overAt.Load(); now-at >= int64(residentEvery) && r.overAt.CompareAndSwap(at, now) {
		r.readOver(limit)
	}
	return r.over.Load()
}

// readOver reads the resident memory and stores whether it is over limit's
// headroom (over), and returns that.
func (r *residentLimit) readOver(limit int64) bool {
	rss, ok := residentBytes()
	over := ok && rss > limit-limit/residentHeadroom
	r.over.Store(over)
	return over
}

// LimitResident sets the resident memory of the process (RSS) that the
// mapped pages of the index files are handed back to stay under: after a
// search, when the resident memory is within an eighth of it
// (residentHeadroom); 0 or less sets none. Where the platform cannot hand pages back (anything but
// Linux) it does nothing.
func (ix *Index) LimitResident(bytes int64) {
	ix.resident.limit.Store(max(bytes, 0))
}

// checkResident hands the mapped pages back, in the background, when the
// process's resident memory is over the limit. It reads the resident
// memory at most once every residentEvery.
func (ix *Index) checkResident() {
	limit := ix.resident.limit.Load()
	if limit <= 0 {
		return
	}
	now := time.Now().UnixNano()
	last := ix.resident.last.Load()
	if now-last < int64(residentEvery) || !ix.resident.last.CompareAndSwap(last, now) {
		return
	}
	over := ix.resident.readOver(limit)
	ix.resident.overAt.Store(now)
	if !over {
		return
	}
	if !ix.resident.trimming.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer ix.resident.trimming.Store(false)
		ix.releaseMapped()
	}()
}

// releaseMapped hands back the mapped pages of the segments searches see
// now and of the store. The snapshot is held while it does, so that no
// segment it hands back is unmapped meanwhile (a finalizer unmaps a
// segment no snapshot holds: handing back a range that no longer maps the
// file would zero whatever was mapped there since). Segments of older
// snapshots are on their way out and left alone.
func (ix *Index) releaseMapped() {
	defer func() { recover() }() // only pages are at stake, never an answer
	s, err := ix.snapshotNow()
	if err != nil || s == nil {
		return
	}
	for i := range s.segs {
		if sg := s.segs[i].seg; sg.file != "" {
			releasePages(sg.data)
		}
	}
	runtime.KeepAlive(s)
	tx, err := ix.db.Begin(false)
	if err != nil {
		return
	}
	releaseStorePages(tx)
	tx.Rollback()
	ix.resident.trims.Add(1)
}
