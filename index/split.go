package index

// A large segment's lookup split by slot range
//
// A quoted wording's lookup reads each segment on its own goroutine
// (eachSegment), but an archive that has settled into one large segment
// and a few small ones (a million sections: 831, 64 and 54 MB) is read
// mostly on one core: the query's wall time is its CPU time however many
// cores wait. So a segment of splitSlots sections or more is read in
// ranges of slots, one per core (GOMAXPROCS), each range as the whole
// segment is read (appendLookupRange: its lists entered where it begins)
// and its answer laid after the one before. The work in all is the same
// but for each range's entry into its lists (a skip table's binary
// search, a dense list's lengths added up to where the range begins):
// a server under many queries keeps its throughput, and one query's
// answer comes on all the cores.

import (
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
)

// splitSlots is the size of a segment (in slots) from which a lookup
// reads it in ranges on several goroutines: a range of half as many
// takes about a millisecond where its lists are common, well above a
// goroutine's start. Tests set it low.
var splitSlots = 1 << 17

// handBackSlots is the most slots of a part of a lookup in an index that
// hands its mapped pages back (SetMemoryBudget): a part's pages are
// handed back once it is read (doneWith), and what one maps meanwhile is
// about its share of the lists read. A search at ten million sections
// maps 70-210 MB of lists over its course, 7-21 MB per million sections:
// a segment of three million read in two halves kept 10-30 MB a core
// mapped until each half was done; parts of a quarter million keep 2-6.
// Each part enters its lists on its own (a skip table's binary search),
// a few microseconds. Tests set it low.
var handBackSlots = 1 << 18

// A lookupPart is a range of one segment's local slots, from lo to hi,
// that one goroutine looks a wording up in.
type lookupPart struct {
	seg    int
	lo, hi uint32
}

// lookupParts returns the parts a lookup in s reads, in slot order: a
// segment whole, or, when it has splitSlots slots or more and s is read
// on several goroutines, GOMAXPROCS ranges of about equal size, each but
// the last a multiple of 64 slots (a word of a dense list's bits); in an
// index that hands its pages back within a memory budget, ranges of at
// most about handBackSlots.
func (s *snapshot) lookupParts() []lookupPart {
	parts := make([]lookupPart, 0, len(s.segs))
	procs := runtime.GOMAXPROCS(0)
	for i := range s.segs {
		n := uint32(s.segs[i].seg.numSlots())
		k := 1
		if procs > 1 && int(n) >= splitSlots && s.n >= parallelSlots {
			k = procs
		}
		if s.handsBack() {
			k = max(k, (int(n)+handBackSlots-1)/handBackSlots)
		}
		// at least a word of bits: a segment of fewer slots than parts
		// (tests set splitSlots low) is one part, not an empty one and
		// then the whole, which counted its document frequencies twice
		step := max((n/uint32(k)+63)&^63, 64)
		lo := uint32(0)
		for j := range k {
			hi := min(lo+step, n)
			if j == k-1 {
				hi = n
			}
			if hi > lo || j == 0 {
				parts = append(parts, lookupPart{i, lo, hi})
			}
			lo = hi
		}
	}
	return parts
}

// eachPart calls f(k) for every part k of parts: on up to GOMAXPROCS
// goroutines, the largest parts first, when there are several and s has
// at least parallelSlots slots; else on the calling goroutine, in order.
// f must only write what belongs to part k. While the process is over
// the marks of its memory budget, a segment's pages are handed back after
// f has read each of its parts (doneWith, segments.go).
func (s *snapshot) eachPart(parts []lookupPart, f func(k int)) {
	if s.handsBack() {
		g := f
		f = func(k int) {
			defer s.doneWith(parts[k].seg)
			g(k)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(parts))
	if workers <= 1 || s.n < parallelSlots {
		for k := range parts {
			f(k)
		}
		return
	}
	order := make([]int, len(parts))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return int(parts[b].hi-parts[b].lo) - int(parts[a].hi-parts[a].lo)
	})
	runEach(workers, len(order), func(k int) { f(order[k]) })
}

// runEach calls f(k) for k from 0 to n-1 on workers goroutines, each
// taking the next k when done with one. A panic in f stops the others
// taking more and is raised again on the calling goroutine, where the
// server's recovery turns it into an error. So is a fault reading a
// mapped segment file cut shorter while in use: a worker's fault is a
// panic (debug.SetPanicOnFault, which holds for its own goroutine only),
// and View's recovery refuses the search and has the file rebuilt, where
// the fault had ended the process.
func runEach(workers, n int, f func(k int)) {
	var next atomic.Int64
	var stop atomic.Bool
	var mu sync.Mutex
	var failed any // the first panic's value
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			debug.SetPanicOnFault(true) // this goroutine's, which ends here
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					if !stop.Load() {
						failed = r
					}
					stop.Store(true)
					mu.Unlock()
				}
			}()
			for !stop.Load() {
				k := int(next.Add(1)) - 1
				if k >= n {
					return
				}
				f(k)
			}
		})
	}
	wg.Wait()
	if stop.Load() {
		panic(failed)
	}
}
