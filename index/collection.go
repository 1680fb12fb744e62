package index

import (
	"runtime"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/govreport/govreport/analysis"
)

// Collection statistics
//
// Comparison weighs a term by how common it is across everything indexed
// (compare.Collection): 推进 is in most sections, 专项债券 in few. The
// in-memory bigram lists (grams.go) already hold the answer for a term of
// two characters, the one alignment asks for thousands of times per
// comparison: the length of the term's list, read under the read lock, no
// copy, no store access. Longer terms get the length of their rarest
// bigram's list, an upper bound, and one character the longest list of
// the bigrams that start with it, a lower bound: both cost no more than a
// few map lookups per segment (segments.go).
//
// Only live sections count. Deleted sections stay in a segment's lists
// (masked) until the background merge drops them, and when that happens
// depends on the machine's load: counting them would make a comparison's
// weights, and so its confidences, differ between two runs on the same
// data, or between an archive built in one go and one where documents were
// replaced. A segment with deletions has its lists' deleted entries
// counted (liveListLen: the list read where its slots are deleted,
// remembered for the snapshot), so the statistics depend only on the live
// sections.
//
// DocFreq is exact: it looks the term up (grams.go) and counts distinct
// documents, so it costs in proportion to the lists of the term's
// bigrams; it is meant for the few
// terms a new-terms list ranks, not for every bigram of a report.

// SectionFreq returns the number of sections whose folded heading or text
// contains analysis.Fold(term) (see above for terms longer or shorter than two
// characters), and the number of sections. It waits for the initial load;
// on a closed index or a failed load it returns 0, 0, which callers take
// as "no statistics".
func (ix *Index) SectionFreq(term string) (df, n int) {
	if ix.waitReady() != nil {
		return 0, 0
	}
	fw := []rune(analysis.Fold(term))
	ix.mu.RLock()
	closed, s := ix.closed, ix.snap.Load()
	ix.mu.RUnlock()
	defer runtime.KeepAlive(s) // its mapped segments (segdisk.go)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer ix.noStatsOnFault(&df, &n)
	if closed {
		return 0, 0
	}
	n = s.live
	switch len(fw) {
	case 0:
		return 0, n
	case 1:
		sum := make(map[uint64]int)
		for j := range s.segs {
			sg := s.segs[j].seg
			lo, hi := sg.keysFrom(fw[0])
			for i := lo; i < hi; i++ {
				sum[sg.keys[i]] += s.liveListLen(j, i)
			}
		}
		for _, c := range sum {
			df = max(df, c)
		}
		return df, n
	}
	df = n
	for i := 1; i < len(fw); i++ {
		k, c := bigram(fw[i-1], fw[i]), 0
		for j := range s.segs {
			sg := s.segs[j].seg
			if at, ok := slices.BinarySearch(sg.keys, k); ok {
				c += s.liveListLen(j, at)
			}
		}
		df = min(df, c)
	}
	return df, n
}

// DocFreq returns the number of documents with a section whose folded
// heading or text contains analysis.Fold(term), and the number of
// documents: with before > 0, of the documents of years before it only
// (one without a year is in neither count; compare.Collection). Like
// SectionFreq it waits for the initial load and returns 0, 0 when the
// index cannot answer.
func (ix *Index) DocFreq(term string, before int) (df, n int) {
	if ix.waitReady() != nil {
		return 0, 0
	}
	fw := analysis.Fold(term)
	ix.mu.RLock()
	closed, s, n := ix.closed, ix.snap.Load(), ix.docs.Len()
	if before > 0 && !closed {
		n = s.docsBefore(before, &ix.docs)
	}
	ix.mu.RUnlock()
	defer runtime.KeepAlive(s) // its mapped segments (segdisk.go)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer ix.noStatsOnFault(&df, &n)
	if closed {
		return 0, 0
	}
	if fw == "" {
		return 0, n
	}
	// A document is in one segment, its sections in consecutive slots.
	for i := range s.segs {
		sv := &s.segs[i]
		slots, _ := sv.seg.lookup(fw, sv.del)
		last := int32(-1)
		for _, l := range slots {
			if d := sv.seg.docFrom(last, l); d != last {
				last = d
				if info := sv.infos[d]; before == 0 || info != nil && info.Year > 0 && info.Year < before {
					df++
				}
			}
		}
	}
	return df, n
}

// docsBefore returns the number of documents of t, the document table
// that s was published with (ix.mu held), whose year is before year (and
// not 0). Their years are sorted once a snapshot, the first time it is
// asked (a comparison asks for each of its candidate terms): every write
// and correction publishes a new one.
func (s *snapshot) docsBefore(year int, t *docTable) int {
	s.years.once.Do(func() {
		t.each(func(info *DocInfo) {
			if info.Year > 0 {
				s.years.sorted = append(s.years.sorted, info.Year)
			}
		})
		slices.Sort(s.years.sorted)
	})
	k, _ := slices.BinarySearch(s.years.sorted, year)
	return k
}

// docYears holds the years of a snapshot's live documents that have one,
// sorted (docsBefore).
type docYears struct {
	once   sync.Once
	sorted []int
}

// noStatsOnFault, deferred with debug.SetPanicOnFault(true) by
// SectionFreq and DocFreq, makes their answer 0, 0 ("no statistics")
// when they read a segment file cut shorter under its mapping (SIGBUS):
// they run on the caller's goroutine, outside View, and the fault ended
// the process (a compare's new terms count them). It asks for the
// restat, which rebuilds the file from the store.
func (ix *Index) noStatsOnFault(df, n *int) {
	v := recover()
	if v == nil {
		return
	}
	if !isFault(v) {
		panic(v)
	}
	*df, *n = 0, 0
	ix.lastRestat.Store(0)
	ix.maybeRestat()
}

// liveListLen returns the number of entries of the at-th list of segment
// j of s that are not deleted.
func (s *snapshot) liveListLen(j, at int) int {
	sv := &s.segs[j]
	n := int(sv.seg.postLen[at])
	if sv.ndel == 0 {
		return n
	}
	key := [2]int{j, at}
	s.dead.mu.Lock()
	d, ok := s.dead.m[key]
	runs := s.dead.runs[j]
	s.dead.mu.Unlock()
	if ok {
		return n - d
	}
	if runs == nil {
		runs = deletedRuns(sv.del, sv.seg.numSlots())
		if len(runs) == 0 { // not expected: ndel counts set slots
			return n
		}
	}
	// Only the stretches of deleted slots are read, jumping to each
	// (listReader.skipTo): deletions are whole documents, a few runs of
	// slots, in a list that may hold most of the segment.
	r := sv.seg.reader(at)
	l, _, more := r.skipTo(runs[0][0])
	for _, run := range runs {
		if more && l < run[0] {
			l, _, more = r.skipTo(run[0])
		}
		for more && l < run[1] {
			d++
			l, _, more = r.next()
		}
		if !more {
			break
		}
	}
	s.dead.mu.Lock()
	if s.dead.m == nil {
		s.dead.m = make(map[[2]int]int)
		s.dead.runs = make(map[int][][2]uint32)
	}
	s.dead.m[key] = d
	s.dead.runs[j] = runs
	s.dead.mu.Unlock()
	return n - d
}

// deletedRuns returns the runs of consecutive slots set in del, of a
// segment of n slots, as [first, end) pairs in order; del has one at
// least.
func deletedRuns(del bitset, n int) [][2]uint32 {
	var runs [][2]uint32
	for l := uint32(0); l < uint32(n) && int(l>>6) < len(del); l++ {
		if del[l>>6] == 0 {
			l |= 63 // a word of live slots
			continue
		}
		if !del.has(l) {
			continue
		}
		if k := len(runs); k > 0 && runs[k-1][1] == l {
			runs[k-1][1] = l + 1
		} else {
			runs = append(runs, [2]uint32{l, l + 1})
		}
	}
	return runs
}

// deadCounts remembers, for one snapshot, the deleted entries of the lists
// SectionFreq has read, and each segment's runs of deleted slots: a
// comparison asks for the same bigrams again and again, and a snapshot's
// deletions never change.
type deadCounts struct {
	mu   sync.Mutex
	m    map[[2]int]int      // segment, list -> deleted entries
	runs map[int][][2]uint32 // segment -> its runs of deleted slots
}
