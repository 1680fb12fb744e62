package index

// Memory budget
//
// A server is given one memory budget for its resident memory (`serve
// --memory-limit`, GOMEMLIMIT, or the default: cmd/govreport/memory.go),
// and SetMemoryBudget splits it in two parts, each kept by its own means:
//
//   - Go's soft limit (runtime/debug.SetMemoryLimit): the heap, the
//     stacks and the runtime's own memory. The collector keeps them under
//     it, and near it that is where they sit: a collection is due when the
//     heap has doubled since the last, and a search at ten million sections
//     has 250-300 MB in use (BENCHMARKS.md).
//   - a reserve for the pages of mapped files: the binary's, bleve's, the
//     store's and the exact index's segments (segdisk.go, bbolt). Every page
//     a search reads through a mapping counts in the process's resident
//     memory until it is handed back (MADV_DONTNEED on the read-only shared
//     mappings); the index hands the segments' and the store's back to keep
//     the mapped part under the reserve (below).
//
// One bound could not do both: Go's soft limit counts only Go's own
// memory, so with the whole budget as Go's limit the mapped pages came on
// top of a heap that sat at it (a 600MiB budget at ten million sections
// peaked at 666-716 MB), and a hand-back decided on the whole resident
// memory cannot tell the heap's growth from the pages'.
//
// The reserve is an eighth of the budget (mappedShare), at least
// minMappedReserve and at most half the budget. What it has to hold,
// measured at ten million sections: 26 MB of mapped files always there
// (the binary, bleve's), and what searches read between two hand-backs;
// an eighth of 600MiB, 75 MiB, leaves Go 525 MiB. A small budget gets at
// least 64 MiB, of which the binary's and bleve's pages take about 26 MB,
// so that the segments' pages are not handed back at every read: 300MiB
// serves the sample corpus with Go's limit at 236 MiB, beside a
// dictionary of 50 MB.
//
// The resident memory and its mapped part are read from /proc/self/statm
// at most every residentEvery. The pages are handed back when both are
// over their marks: the resident memory over Go's part of the budget, and
// the mapped part over half the reserve (the other half is for what
// searches read before the next read of it). Where Go's heap sits at its
// limit, as at ten million sections, that is the mapped part over half
// the reserve; where the heap is well under it, as at a million (a
// collection every doubling of 80 MB live), the mapped pages may use what
// the heap leaves, as they did before the budget was split: kept to half
// the reserve there too, a search mapped its lists again each time, and
// took 40-57% more CPU (quoted and word classes, 1M, one run each, load
// 14-19). Either way what may grow unseen before the next read is the
// rest of the budget: half the reserve where the heap is at its limit,
// all of it where the process has just passed Go's part. Then
// searches hand each segment's pages back as soon as a part of a lookup
// has read it (snapshot.doneWith), and a hand-back of all of them and of
// the store runs after the search (checkResident). The files' pages stay
// in the kernel's page cache, so a later search that reads them again
// maps them back without reading the disk; what it pays is a minor fault
// per 64 kB.

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"time"
)

// residentEvery is the least time between two reads of the process's
// mapped memory: a search reads it, if that long has passed since the
// last read, in a few microseconds. A search at ten million sections maps
// about 70 MB of lists in 150 ms on two cores, half a megabyte a
// millisecond: 10 ms between reads lets it map 5 MB unseen.
const residentEvery = 10 * time.Millisecond

// mappedShare is the part of a memory budget reserved for mapped pages:
// a budget of B reserves B/mappedShare (see the top of the file).
const mappedShare = 8

// minMappedReserve is the least reserve for mapped pages, where a budget
// allows (at most half of it): a Go binary's own pages and bleve's take
// about 26 MB.
const minMappedReserve = 64 << 20

// SplitBudget returns the two parts of a memory budget of budget bytes:
// Go's soft limit and the reserve for the pages of mapped files (see the
// top of the file). A budget of 0 or less, or math.MaxInt64, is none:
// math.MaxInt64 and 0.
func SplitBudget(budget int64) (goLimit, mapped int64) {
	if budget <= 0 || budget == math.MaxInt64 {
		return math.MaxInt64, 0
	}
	mapped = min(max(budget/mappedShare, minMappedReserve), budget/2)
	return budget - mapped, mapped
}

// SetMemoryBudget serves the process within a memory budget of budget
// bytes (SplitBudget): it sets Go's soft limit to Go's part, for the whole
// process, and keeps the index's mapped pages within the rest. It returns
// the two parts. 0 or less, or math.MaxInt64, sets none: Go's limit is
// lifted and nothing is handed back. Where the platform cannot hand pages
// back (anything but Linux) only Go's limit holds.
func (ix *Index) SetMemoryBudget(budget int64) (goLimit, mapped int64) {
	goLimit, mapped = SplitBudget(budget)
	debug.SetMemoryLimit(goLimit)
	ix.limitMapped(goLimit, mapped)
	return goLimit, mapped
}

// residentLimit is the state of the mapped pages' reserve.
type residentLimit struct {
	limit    atomic.Int64 // the reserve, bytes; 0 for none
	heap     atomic.Int64 // Go's part of the budget, bytes (0 for a reserve alone: tests)
	last     atomic.Int64 // time of the last check, Unix nanoseconds
	trimming atomic.Bool  // a hand-back is running
	trims    atomic.Int64 // hand-backs done, for tests and stats
	// over is whether the last read found the resident memory over Go's
	// part and its mapped part over half the reserve: while it is, a
	// search hands each segment's pages back as soon as it has read them
	// (snapshot.doneWith). overAt is when it was read, Unix nanoseconds.
	over   atomic.Bool
	overAt atomic.Int64
}

// tight reports whether the pages are to be handed back (over), as last
// read: read again when that was residentEvery ago or more, so that a long
// search sees what its own reads have mapped. False for a nil r or no
// reserve.
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

// readOver reads the resident memory and its mapped part, stores whether
// the first is over Go's part and the second over half of limit (over),
// and returns that.
func (r *residentLimit) readOver(limit int64) bool {
	rss, mapped, ok := residentBytes()
	over := ok && rss > r.heap.Load() && mapped > limit/2
	r.over.Store(over)
	return over
}

// limitMapped sets the reserve for the process's mapped pages, mapped
// bytes, beside Go's part of the budget, heap bytes (see the top of the
// file); a reserve of 0 or less sets none.
func (ix *Index) limitMapped(heap, mapped int64) {
	ix.resident.heap.Store(max(heap, 0))
	ix.resident.limit.Store(max(mapped, 0))
	ix.resident.overAt.Store(0) // read at the next search
}

// checkResident hands the mapped pages back, in the background, when the
// process is over its marks (readOver). It reads the resident memory at
// most once every residentEvery.
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
	tx, err := ix.storeBegin()
	if err != nil {
		return
	}
	releaseStorePages(tx)
	tx.Rollback()
	ix.resident.trims.Add(1)
}
