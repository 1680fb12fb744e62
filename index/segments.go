package index

// Segments and snapshots
//
// The exact-wording index (grams.go) is a list of immutable segments, in the
// zoekt and Lucene way. A segment holds the sections of some documents in
// the order they were written: their IDs and lengths, and the positional
// bigram lists over its own slot numbers (0, 1, ...). A snapshot is what a
// search sees:
//
//	segments     oldest first; a section's slot in the snapshot is its
//	             segment's base (the slots of the segments before it) plus
//	             its local slot, so slots are in write order and a
//	             document's sections have consecutive slots
//	deletions    per segment, a bit set of the local slots deleted (nil for
//	             none); a document is deleted by setting all its sections
//	infos        per segment, the metadata of its documents (corrections
//	             replace an entry)
//	gen          the store's generation the snapshot shows (store.go)
//
// A snapshot is never changed once published. A write folds its documents
// and builds their segment without any lock; then, once the store has
// committed, it publishes a new snapshot (the old segments, the deletions
// of the documents it replaces, its segment at the end) by swapping a
// pointer under a lock held for microseconds. A search loads the pointer
// and keeps the snapshot for as long as it runs: it never waits for a
// write to prepare, and sees each document wholly or not at all.
//
// Small segments are merged in the background (merge, below): adjacent
// segments only, so the order of slots is kept; deleted sections are
// dropped from the merged lists. The merge is built without a lock, from
// the segments as they were when it started, and swapped in under the
// lock, taking along the deletions and corrections made meanwhile. Slots
// change when segments merge: they are stable within one View, not across.

import (
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

	"github.com/govreport/govreport/corpus"
)

// segBuilder collects the sections of a segment before it is encoded.
type segBuilder struct {
	ids      []string
	runes    []int32
	docs     []string
	docGen   []uint64
	docFirst []uint32
	g        *grams
}

func newSegBuilder() *segBuilder { return &segBuilder{docFirst: []uint32{0}, g: newGrams()} }

func (b *segBuilder) numSlots() int { return len(b.ids) }

// addDoc starts document id, written by store generation gen; the
// sections added next belong to it.
func (b *segBuilder) addDoc(id string, gen uint64) {
	b.docs = append(b.docs, id)
	b.docGen = append(b.docGen, gen)
	b.docFirst = append(b.docFirst, b.docFirst[len(b.docFirst)-1])
}

// addSection adds a section to the last document started, its bigrams
// from gs when not nil, else from folded.
func (b *segBuilder) addSection(id, folded string, runes int32, gs *gramSet) {
	slot := uint32(len(b.ids))
	b.ids = append(b.ids, id)
	b.runes = append(b.runes, runes)
	b.docFirst[len(b.docFirst)-1]++
	if gs != nil {
		b.g.addSet(slot, *gs)
	} else {
		b.g.add(slot, folded)
	}
}

// build encodes the segment (segfile.go).
func (b *segBuilder) build() *segment {
	keys := make([]uint64, 0, len(b.g.post))
	size := 0
	for k, l := range b.g.post {
		keys = append(keys, k)
		size += len(l.b)
	}
	slices.Sort(keys)
	chars := make([]rune, 0, len(b.g.chars))
	csize := 0
	for r, l := range b.g.chars {
		chars = append(chars, r)
		csize += len(l.b)
	}
	slices.Sort(chars)
	data := encodeSegment(&segSource{ids: b.ids, runes: b.runes, docs: b.docs, docGen: b.docGen, docFirst: b.docFirst,
		keys: keys, appendPost: func(dst []byte, i int) ([]byte, int) {
			l := b.g.post[keys[i]]
			return append(dst, l.b...), int(l.n)
		}, postSize: size,
		chars: chars, appendChars: func(dst []byte, i int) ([]byte, int) {
			l := b.g.chars[chars[i]]
			return append(dst, l.b...), int(l.n)
		}, charSize: csize})
	sg, err := openSegment(data)
	if err != nil { // a bug: encodeSegment writes what openSegment reads
		panic(err)
	}
	return sg
}

// A bitset is a set of local slots. Published ones are never modified.
type bitset []uint64

func (b bitset) has(i uint32) bool {
	w := int(i >> 6)
	return w < len(b) && b[w]>>(i&63)&1 != 0
}

// withRange returns a copy of b, large enough for n slots, with slots
// from..to-1 set.
func (b bitset) withRange(from, to uint32, n int) bitset {
	c := make(bitset, (n+63)/64)
	copy(c, b)
	for i := from; i < to; i++ {
		c[i>>6] |= 1 << (i & 63)
	}
	return c
}

// segView is a segment as one snapshot sees it.
type segView struct {
	seg   *segment
	base  uint32
	del   bitset
	ndel  int
	drun  int64      // characters of the deleted sections
	infos []*DocInfo // per document of seg
	// facets numbers the facet values of infos: made by finish when nil,
	// made nil when infos change (setInfo)
	facets *facetCodes
	// delOwned says del is this unpublished view's own copy, made by
	// its first deleteSlots, which the next ones set bits in; publish
	// clears it (finish), so that a view copied from a published one
	// copies del before it changes it.
	delOwned bool
}

// live reports whether document d of the segment has not been deleted.
func (sv *segView) live(d int32) bool {
	first, n := sv.seg.docRange(d)
	return n > 0 && !sv.del.has(first)
}

type snapshot struct {
	gen   uint64 // the store generation it shows
	segs  []segView
	n     uint32 // slots in all segments, deleted ones included
	live  int    // sections not deleted
	runes int64  // characters in the sections not deleted
	// near holds, for every run of 1<<nearShift slots, the segment of
	// the run's first slot: locate starts there, instead of searching
	// the segments for each of the million slots of a broad set.
	near []int32
	// replaced is closed when the next snapshot is published.
	replaced chan struct{}
	dead     deadCounts // SectionFreq's counts of deleted entries (collection.go)
	years    docYears   // DocFreq's years of the documents (collection.go)
	// resident is the index's reserve for mapped pages (SetMemoryBudget),
	// set when the snapshot is published: a lookup hands back the pages
	// it read while the process is over its marks (doneWith).
	resident *residentLimit
}

// clone returns a copy of s to change and publish.
func (s *snapshot) clone() *snapshot {
	return &snapshot{gen: s.gen, segs: append([]segView(nil), s.segs...)}
}

// finish sets the bases and the totals of a snapshot about to be published.
func (s *snapshot) finish() {
	s.n, s.live, s.runes = 0, 0, 0
	for i := range s.segs {
		sv := &s.segs[i]
		sv.delOwned = false // shared from now on: a clone's deleteSlots copies it
		if sv.facets == nil && sv.infos != nil {
			sv.facets = numberFacets(sv.infos)
		}
		sv.base = s.n
		s.n += uint32(sv.seg.numSlots())
		s.live += sv.seg.numSlots() - sv.ndel
		s.runes += sv.seg.runes - sv.drun
	}
	s.near = make([]int32, s.n>>nearShift+1)
	i := 0
	for b := range s.near {
		for i < len(s.segs) && s.segs[i].base+uint32(s.segs[i].seg.numSlots()) <= uint32(b)<<nearShift {
			i++
		}
		s.near[b] = int32(i)
	}
	s.replaced = make(chan struct{})
}

// nearShift sets the runs of slots snapshot.near indexes: 4,096, the
// smallest segment written to disk.
const nearShift = 12

// locate returns the segment of slot and the slot's local number in it,
// or nil for a slot past the end.
func (s *snapshot) locate(slot uint32) (*segView, uint32) {
	if len(s.segs) == 1 && slot < uint32(s.segs[0].seg.numSlots()) {
		return &s.segs[0], slot
	}
	var i int
	if b := int(slot >> nearShift); b < len(s.near) {
		// the segment of the run's first slot, or one after it (a
		// run spans several segments only where they are small)
		i = int(s.near[b])
		for i < len(s.segs) && s.segs[i].base+uint32(s.segs[i].seg.numSlots()) <= slot {
			i++
		}
	} else {
		i = sort.Search(len(s.segs), func(i int) bool {
			return s.segs[i].base+uint32(s.segs[i].seg.numSlots()) > slot
		})
	}
	if i == len(s.segs) {
		return nil, 0
	}
	return &s.segs[i], slot - s.segs[i].base
}

// findDoc returns the segment and index of live document id, or -1.
func (s *snapshot) findDoc(id string) (int, int32) {
	for i := len(s.segs) - 1; i >= 0; i-- {
		sv := &s.segs[i]
		if d, ok := sv.seg.findDoc(id); ok && sv.live(d) {
			return i, d
		}
	}
	return -1, 0
}

// sectionIDs returns the section IDs of live document id.
func (s *snapshot) sectionIDs(id string) []string {
	i, d := s.findDoc(id)
	if i < 0 {
		return nil
	}
	sg := s.segs[i].seg
	first, n := sg.docRange(d)
	ids := make([]string, 0, n)
	for l := first; l < first+n; l++ {
		ids = append(ids, strings.Clone(sg.idAt(l)))
	}
	return ids
}

// deleteDocs marks the sections of the live documents ids deleted; s must
// be a clone not yet published.
func (s *snapshot) deleteDocs(ids []string) {
	for _, id := range ids {
		i, d := s.findDoc(id)
		if i < 0 {
			continue
		}
		sv := &s.segs[i]
		sv.deleteSlots(sv.seg.docRange(d))
	}
}

// deleteSlots marks the n sections from slot first deleted in sv, and
// counts them and their characters. The first one in sv makes a new
// bitset (sv.del may be a published snapshot's); the next ones set bits
// in it: a copy each, an open's view of a file whose documents the store
// had rewritten (viewOf, one call a document) copied the whole bitset for
// every one of them, quadratic (BenchmarkFreshViewDeletes, 10,000
// documents of a million slots: 3.7 s and 1.3 GB allocated).
func (sv *segView) deleteSlots(first, n uint32) {
	if slots := sv.seg.numSlots(); !sv.delOwned || len(sv.del) < (slots+63)/64 {
		sv.del, sv.delOwned = sv.del.withRange(first, first+n, slots), true
	} else {
		for l := first; l < first+n; l++ {
			sv.del[l>>6] |= 1 << (l & 63)
		}
	}
	sv.ndel += int(n)
	for l := first; l < first+n; l++ {
		sv.drun += int64(sv.seg.slotRunes[l])
	}
}

// setInfo replaces the metadata of live document id by info (the store's
// entry's, never changed); s must be a clone not yet published.
func (s *snapshot) setInfo(id string, info *DocInfo) {
	i, d := s.findDoc(id)
	if i < 0 {
		return
	}
	sv := &s.segs[i]
	sv.infos = append([]*DocInfo(nil), sv.infos...)
	sv.infos[d] = info
	sv.facets = nil // numbered again by finish
}

// lookup returns the sorted slots whose folded text contains fw (folded,
// not empty), with counts (grams.lookup), over every segment.
//
// Each segment's part of the answer is found on its own (eachSegment: on
// several cores when the snapshot is large) and written into its own
// stretch of one pair of slices, sized beforehand where the lists tell
// the size: a broad word's answer is most of the index, and building it
// once, not per segment and then again, halves what a search allocates.
func (s *snapshot) lookup(fw string) ([]uint32, []uint8) {
	return s.lookupInto(fw, answerArrays{})
}

// lookupInto is lookup with its answer in arrays from a (a view's, or
// made), but for a snapshot of one segment, whose answer is made as the
// segment's lookup makes it.
func (s *snapshot) lookupInto(fw string, a answerArrays) ([]uint32, []uint8) {
	runes := []rune(fw)
	if len(s.segs) == 1 && len(runes) <= 2 {
		defer s.doneWith(0)
		return s.segs[0].seg.lookup(fw, s.segs[0].del)
	}
	switch len(runes) {
	case 0:
		return nil, nil
	case 1:
		// A character's list's length bounds its part, as a bigram's.
		lists := make([]int, len(s.segs))
		sizes := make([]int, len(s.segs))
		for i := range s.segs {
			sg := s.segs[i].seg
			if j, ok := sg.charList(runes[0]); ok {
				lists[i], sizes[i] = j, int(sg.charLen[j])
			}
		}
		return s.gather(sizes, a, func(i int, slots []uint32, tfs []uint8) ([]uint32, []uint8) {
			sv := &s.segs[i]
			return sv.seg.appendChar(slots, tfs, lists[i], sv.del, sv.base)
		})
	case 2:
		// A list's length bounds its part (deleted entries are left out).
		k := bigram(runes[0], runes[1])
		sizes := make([]int, len(s.segs))
		for i := range s.segs {
			sizes[i] = s.segs[i].seg.listLen(k)
		}
		return s.gather(sizes, a, func(i int, slots []uint32, tfs []uint8) ([]uint32, []uint8) {
			sv := &s.segs[i]
			return sv.seg.appendLookup(slots, tfs, runes, sv.del, sv.base, nil)
		})
	}
	return s.lookupLong(runes, nil, a, true)
}

// lookupWithin returns the slots of within (sorted) whose folded text
// contains fw (folded, at least two runes), with counts: lookup's answer
// intersected with within, found by jumping from member to member of
// within along each segment's rarest list of fw, so that the sections
// outside within cost no decoding of places and no reading of the other
// lists.
func (s *snapshot) lookupWithin(fw string, within []uint32) ([]uint32, []uint8) {
	runes := []rune(fw)
	if len(runes) < 2 || len(within) == 0 {
		return nil, nil
	}
	return s.lookupLong(runes, within, answerArrays{}, true)
}

// slotsWithin is lookupWithin's slots without their counts, which are
// then not copied out of the parts: a term's whole wording is counted in
// sections, not in places. The slots are in an array from a.
func (s *snapshot) slotsWithin(fw string, within []uint32, a answerArrays) []uint32 {
	runes := []rune(fw)
	if len(runes) < 2 || len(within) == 0 {
		return nil
	}
	slots, _ := s.lookupLong(runes, within, a, false)
	return slots
}

// lookupLong is lookup for a wording of two or more runes whose answer's
// size is not known beforehand (always, for three or more), restricted to
// within when it is not nil, its answer copied into arrays from a; its
// counts are nil unless counts.
func (s *snapshot) lookupLong(runes []rune, within []uint32, a answerArrays, counts bool) ([]uint32, []uint8) {
	// a large segment read in ranges on several cores (split.go)
	ranges := s.lookupParts()
	// each range's members: within[at[k]:at[k+1]]
	var at []int
	if within != nil {
		at = make([]int, len(ranges)+1)
		for k, r := range ranges {
			at[k+1], _ = slices.BinarySearch(within, s.segs[r.seg].base+r.hi)
		}
	}
	// A longer wording's part is not known in size until its range has
	// been read: the parts go into slices kept from search to search, and
	// the answer is copied out once.
	parts := make([]*lookupScratch, len(ranges))
	for i := range parts {
		parts[i], _ = lookupPool.Get().(*lookupScratch)
		if parts[i] == nil {
			parts[i] = &lookupScratch{}
		}
	}
	defer func() {
		tight := s.resident.tight()
		for _, sc := range parts {
			if tight && cap(sc.slots) > lookupKeep {
				continue
			}
			lookupPool.Put(sc)
		}
	}()
	s.eachPart(ranges, func(k int) {
		r, sc := ranges[k], parts[k]
		sv := &s.segs[r.seg]
		var in []uint32
		if within != nil {
			if in = within[at[k]:at[k+1]]; len(in) == 0 {
				sc.slots, sc.tfs = sc.slots[:0], sc.tfs[:0]
				return
			}
		}
		if len(runes) == 2 && in == nil && r.lo == 0 && int(r.hi) == sv.seg.numSlots() {
			sc.slots, sc.tfs = sv.seg.appendLookup(sc.slots[:0], sc.tfs[:0], runes, sv.del, sv.base, nil)
			return
		}
		sc.slots, sc.tfs = sv.seg.appendLookupRange(sc.slots[:0], sc.tfs[:0], runes, sv.del, sv.base, in, r.lo, r.hi)
	})
	n := 0
	for _, sc := range parts {
		n += len(sc.slots)
	}
	if n == 0 {
		return nil, nil
	}
	// Each part is copied to its place in a new answer on its own
	// goroutine: at ten million sections the copy of a broad wording's
	// answer (7 million slots) and the page faults of its new array took
	// 0.12 s of the first answer after open on one core. Not into a
	// view's reused array (setKeep), which writes from both cores cost
	// twice as much (measured in gather). At a million sections every
	// answer of 256k slots or more copied apart gave the faceted class a
	// CPU p50 of 18.4-18.7 ms against 14.4-14.9 in one alternation of
	// BenchmarkOpenLarge; later runs of the same builds varied as much.
	slots, tfs := a.slots(n), []uint8(nil)
	if counts {
		tfs = a.counts(n)
	}
	off := make([]int, len(parts)) // where each part goes in the answer
	for k := 1; k < len(parts); k++ {
		off[k] = off[k-1] + len(parts[k-1].slots)
	}
	copyPart := func(k int) {
		copy(slots[off[k]:], parts[k].slots)
		if counts {
			copy(tfs[off[k]:], parts[k].tfs)
		}
	}
	if workers := min(runtime.GOMAXPROCS(0), len(parts)); workers > 1 && n >= copyApart && (a.v == nil || n > setKeep) {
		runEach(workers, len(parts), copyPart)
	} else {
		for k := range parts {
			copyPart(k)
		}
	}
	return slots, tfs
}

// copyApart is the size of a lookup's new answer (in slots) from which
// its parts are copied into it on several goroutines: below it the copy
// takes less than their start.
var copyApart = 1 << 18

// gather returns the parts of a lookup's answer that part appends for
// each segment i, at most sizes[i] entries, laid end to end in segment
// order: each part is written into its own stretch of one pair of slices
// (eachSegment), and the stretches are closed up where a part came out
// shorter than its bound.
func (s *snapshot) gather(sizes []int, a answerArrays, part func(i int, slots []uint32, tfs []uint8) ([]uint32, []uint8)) ([]uint32, []uint8) {
	n := 0
	for _, z := range sizes {
		n += z
	}
	if n == 0 {
		return nil, nil
	}
	slots, tfs := a.slots(n), a.counts(n)
	if a.v != nil {
		// A view's reused arrays, written in parts on both cores: unless
		// cleared first on this goroutine, the parts' first writes cost
		// about twice as much. At a million sections (BenchmarkOpenLarge,
		// faceted class, 600MiB, quiet) the broad words' dense counts
		// (denseList.appendCounts) took 1.97 s against 0.93 with arrays
		// made anew, and the class's CPU p50 was 20.4-21.1 ms against
		// 13.4-13.6; cleared, 13.6-13.8. Why was not found: the same lists
		// are read into the same places. Clearing every reused array
		// (ContainingAll's, a wording's answer) instead cost the quoted
		// class about 4 ms of CPU p50.
		clear(slots)
		clear(tfs)
	}
	at := make([]int, len(sizes)+1) // where each part starts
	for i, z := range sizes {
		at[i+1] = at[i] + z
	}
	got := make([]int, len(sizes))
	s.eachSegment(func(i int) {
		if sizes[i] == 0 {
			return
		}
		// A full slice expression: a part longer than its bound would
		// grow into a slice of its own, never into the next stretch.
		a, b := at[i], at[i+1]
		p, _ := part(i, slots[a:a:b], tfs[a:a:b])
		if len(p) > 0 && &p[0] != &slots[a] {
			panic("index: a segment's part of a lookup is longer than its list")
		}
		got[i] = len(p)
	})
	w := 0
	for i, g := range got {
		copy(slots[w:], slots[at[i]:at[i]+g])
		copy(tfs[w:], tfs[at[i]:at[i]+g])
		w += g
	}
	if w == 0 {
		return nil, nil
	}
	return slots[:w:w], tfs[:w:w]
}

// doneWith hands the mapped pages of segment i back, once a part of a
// lookup (eachPart, eachSegment) has read what it needed of the segment,
// while the process is over its marks (residentLimit.tight: its resident
// memory over Go's part of the budget, its mapped pages over half the
// reserve), so that a lookup, BM25's counts and a bit-set
// AND hand back each segment as they go. A segment held in memory has
// none to hand back. The snapshot is held by the lookup, so the segment
// is still mapped.
//
// At ten million sections a search maps 70-210 MB of the segments'
// lists, on top of a Go heap at its soft limit: handed back after the
// search, or once a segment's last part was read where the search began
// over the threshold, they came on top of the heap, and a search begun
// just under it peaked 150-210 MB over it (674-716 MB with 600MiB).
// Handed back as each part is read, and tight read again as the search
// goes (every residentEvery), at most about a part's worth a core stays.
// A part of a segment read in two on two cores hands back what the other
// core has read of it too: that core reads on past it, and maps again
// only the pages it is in. The pages stay in the kernel's page cache:
// what a later read pays is a minor fault per 64 kB.
func (s *snapshot) doneWith(i int) {
	if !s.resident.tight() {
		return
	}
	if sg := s.segs[i].seg; sg.file != "" {
		releasePages(sg.data)
	}
}

// handsBack reports whether s was published by an index with a reserve
// for mapped pages (SetMemoryBudget), whose lookups check after each part
// whether to hand its segment back (doneWith).
func (s *snapshot) handsBack() bool {
	return s.resident != nil && s.resident.limit.Load() > 0
}

// parallelSlots is the size of a snapshot (in slots) from which its
// segments are read on several goroutines: below it a lookup takes less
// than a goroutine's start costs, about a microsecond. Tests set it to 0.
var parallelSlots uint32 = 1 << 15

// eachSegment calls f(i) for every segment i of s: on up to GOMAXPROCS
// goroutines, the largest segments first, when s has several segments
// and at least parallelSlots slots; else on the calling goroutine, in
// order. f must only write what belongs to segment i. A panic in f is
// raised again on the calling goroutine, where the server's recovery
// turns it into an error. While the process is over its marks, each
// segment's pages are handed back after f (doneWith).
func (s *snapshot) eachSegment(f func(i int)) {
	if s.handsBack() {
		g := f
		f = func(i int) {
			defer s.doneWith(i)
			g(i)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(s.segs))
	if workers <= 1 || s.n < parallelSlots {
		for i := range s.segs {
			f(i)
		}
		return
	}
	order := make([]int, len(s.segs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return s.segs[b].seg.numSlots() - s.segs[a].seg.numSlots() })
	runEach(workers, len(order), func(k int) { f(order[k]) })
}

// lookupScratch holds a segment's part of a lookup's answer between
// searches.
type lookupScratch struct {
	slots []uint32
	tfs   []uint8
}

var lookupPool sync.Pool

// lookupKeep is the most entries of a lookupScratch that goes back to
// lookupPool while the index hands mapped pages back (residentLimit.tight:
// a server near its memory budget): a larger one is left to the
// collector. Each part of a lookup takes a scratch, and one grows to the
// largest part it was given: at ten million sections (64 parts) those of broad wordings
// held 61 MB of the heap between searches, a tenth of the budget and twice
// that with the collector's room, where the Go heap is most of the budget.
var lookupKeep = 1 << 16 // tests set it low

// buildSegment makes the segment of docs, written by store generation
// gen, from prep (prepareSlots(docs)).
func buildSegment(docs []*corpus.Document, prep [][]slotPrep, gen uint64) *segment {
	b := newSegBuilder()
	for i, d := range docs {
		b.addDoc(d.ID, gen)
		for j := range prep[i] {
			p := &prep[i][j]
			b.addSection(p.id, p.folded, p.runes, &p.grams)
			p.grams = gramSet{}
		}
	}
	return b.build()
}

// Merging
//
// The merge policy keeps few segments without rewriting much: it merges
// the newest two neighbours of which the older is at most mergeRatio times
// the size of the newer (so sizes fall geometrically from oldest to newest,
// and a section is rewritten about log(n) times in all); it rewrites a segment
// alone when at least half of it is deleted; and when there are more than
// maxSegments it merges the adjacent pair that is smallest together. A
// segment's size is its live characters plus its live sections. No merge
// makes a segment of more than maxSegSlots sections, or larger than
// maxMergeSize. A merge saved to a file is written as it is made
// (streamSegment), holding a few tables per bigram key and per section of
// the new segment beside one list at a time (65 MB of heap for a merge of
// a million sections into one, where it was 2.0-2.2 GB built in memory);
// a smaller one is made in memory. An archive past maxSegments times the cap keeps more segments
// than maxSegments.

const (
	mergeRatio  = 2
	maxSegments = 16
)

// maxMergeSize is the largest size a merge makes: 2^27, about 440,000
// sections of 300 characters, a segment file of about 420 MB (3.1 bytes a
// unit of size at a million sections). Why that much and no more:
//   - no merge rewrites most of the archive past a million sections
//     (about 3*10^8 units: the largest merge is 43% of it; at 2^28 the
//     ingest of a million sections ended rewriting 87% of it into one
//     831 MB segment, and a server merging at that size reads and writes
//     a gigabyte while it answers);
//   - ten million sections (3*10^9 units) keep a bounded number of
//     segments: 23 to 46 at the cap (a segment stays under the cap only
//     when it and its neighbour do not fit in one, so each is at least
//     half of it but for the newest), plus the tiers under the cap,
//     halving from one to the next down to the newest writes (mergeRatio,
//     at most maxSegments in all before the smallest pairs merge): about
//     30 to 60, each read by a quoted lookup at a few microseconds a
//     segment beside its lists, which cost the same split or not;
//   - a merge's memory does not grow with the cap's bytes (streamSegment),
//     only with its sections and keys: about 30 MB at the cap.
var maxMergeSize int64 = 1 << 27

func (sv *segView) size() int64 {
	return sv.seg.runes - sv.drun + int64(sv.seg.numSlots()-sv.ndel)
}

// pickMerge returns the segments of s to merge next, s.segs[lo:hi], or
// hi == 0 when none need it.
func pickMerge(s *snapshot) (lo, hi int) {
	fits := func(lo, hi int) bool {
		n, size := 0, int64(0)
		for _, sv := range s.segs[lo:hi] {
			n += sv.seg.numSlots() - sv.ndel
			size += sv.size()
		}
		return n < maxSegSlots && size <= maxMergeSize
	}
	for i, sv := range s.segs {
		if sv.ndel > 0 && 2*sv.ndel >= sv.seg.numSlots() {
			return i, i + 1
		}
	}
	// The newest pair of neighbours the ratio allows, not only the two
	// newest: where the newest is a fresh write, small beside the one
	// before, two equal segments behind it would wait for the newest to
	// grow (a million sections written under load ended with sixteen
	// segments of 17 to 87 MB, equal neighbours among them).
	n := len(s.segs)
	for i := n - 2; i >= 0; i-- {
		if s.segs[i].size() <= mergeRatio*s.segs[i+1].size() && fits(i, i+2) {
			return i, i + 2
		}
	}
	if n > maxSegments {
		best, at := int64(-1), -1
		for i := 0; i+1 < n; i++ {
			if w := s.segs[i].size() + s.segs[i+1].size(); (best < 0 || w < best) && fits(i, i+2) {
				best, at = w, i
			}
		}
		if at >= 0 {
			return at, at + 2
		}
	}
	return 0, 0
}

// merged is a merge built off-lock: the new segment, and for each merged
// segment the new local slot of each old one and the new index of each
// old document (-1 for dropped).
type merged struct {
	from    []segView // the segments as they were when the merge started
	seg     *segment
	slotMap [][]int32
	docMap  [][]int32
}

// mergeViews merges the segments vs (adjacent, in order), dropping their
// deleted sections, into a segment in memory.
func mergeViews(vs []segView) *merged {
	m, src := mergeSource(vs)
	sg, err := openSegment(encodeSegment(src))
	if err != nil { // a bug: encodeSegment writes what openSegment reads
		panic(err)
	}
	m.seg = sg
	return m
}

// mergeSource returns the merge of the segments vs (adjacent, in order)
// without its segment, and the source that writes it (writeSegment): the
// sections and documents vs keep, and their lists merged key by key as
// the writer asks for them, read from vs's segments in place. Their
// infos are not needed: the swap takes the current ones.
func mergeSource(vs []segView) (*merged, *segSource) {
	m := &merged{from: vs}
	src := &segSource{docFirst: []uint32{0}}
	var keys []uint64
	var chars []rune
	for i := range vs {
		sv := &vs[i]
		sg := sv.seg
		sm := make([]int32, sg.numSlots())
		dm := make([]int32, sg.numDocs())
		for d := range dm {
			first, n := sg.docRange(int32(d))
			if !sv.live(int32(d)) {
				dm[d] = -1
				for l := first; l < first+n; l++ {
					sm[l] = -1
				}
				continue
			}
			dm[d] = int32(len(src.docs))
			src.docs = append(src.docs, sg.docID(int32(d)))
			src.docGen = append(src.docGen, sg.docGen[d])
			for l := first; l < first+n; l++ {
				sm[l] = int32(len(src.ids))
				src.ids = append(src.ids, sg.idAt(l))
				src.runes = append(src.runes, int32(sg.slotRunes[l]))
			}
			src.docFirst = append(src.docFirst, uint32(len(src.ids)))
		}
		m.slotMap = append(m.slotMap, sm)
		m.docMap = append(m.docMap, dm)
		keys = append(keys, sg.keys...)
		src.postSize += len(sg.post) // about the merged entries: these, but the deleted ones
		for _, r := range sg.charKeys {
			chars = append(chars, rune(r))
		}
		src.charSize += len(sg.charPost)
	}
	slices.Sort(keys)
	src.keys = slices.Compact(keys)
	slices.Sort(chars)
	src.chars = slices.Compact(chars)
	cat := make([]int, len(vs)) // each segment's next character
	src.appendChars = func(dst []byte, i int) ([]byte, int) {
		r := uint32(src.chars[i])
		n, prev := 0, uint32(0)
		for j := range vs {
			sg := vs[j].seg
			if cat[j] >= len(sg.charKeys) || sg.charKeys[cat[j]] != r {
				continue
			}
			sm := m.slotMap[j]
			add := func(s uint32, c uint8) bool {
				if int(s) < len(sm) && sm[s] >= 0 {
					dst = appendCharEntry(dst, uint32(sm[s])-prev, uint32(c))
					prev = uint32(sm[s])
					n++
				}
				return true
			}
			if d, ok := sg.charDense(cat[j]); ok {
				d.each(add)
			} else {
				cr := charReader{b: sg.charPost[sg.charOff[cat[j]]:sg.charOff[cat[j]+1]]}
				for s, c, ok := cr.next(); ok; s, c, ok = cr.next() {
					add(s, c)
				}
			}
			cat[j]++
		}
		return dst, n
	}
	at := make([]int, len(vs)) // each segment's next key
	whole := make([]bool, len(vs))
	for j, sm := range m.slotMap {
		whole[j] = len(sm) > 0 && !slices.Contains(sm, -1)
	}
	src.appendPost = func(dst []byte, i int) ([]byte, int) {
		k := src.keys[i]
		n, prev := 0, uint32(0)
		for j := range vs {
			sg := vs[j].seg
			if at[j] >= len(sg.keys) || sg.keys[at[j]] != k {
				continue
			}
			sm := m.slotMap[j]
			r := sg.reader(at[j])
			// (A dense list's bytes are not entries: read one by one.)
			if whole[j] && r.d == nil {
				// No section of this segment is dropped, so its slots
				// keep their distances: past the first entry, the
				// entries are the same bytes, copied once read through
				// (up to any that does not decode, as below).
				probe := r
				cnt, last, fits := 0, uint32(0), true
				for s, _, ok := probe.next(); ok; s, _, ok = probe.next() {
					if int(s) >= len(sm) {
						fits = false
						break
					}
					cnt, last = cnt+1, s
				}
				if fits && cnt > 0 {
					s, places, _ := r.next()
					dst = appendEntryHead(dst, uint32(sm[s])-prev, places)
					dst = append(dst, places...)
					dst = append(dst, r.b[:len(r.b)-len(probe.b)]...)
					prev = uint32(sm[last])
					n += cnt
					at[j]++
					continue
				}
			}
			for s, places, ok := r.next(); ok; s, places, ok = r.next() {
				if int(s) >= len(sm) || sm[s] < 0 {
					continue
				}
				// the places are the section's own: copied as they are
				dst = appendEntryHead(dst, uint32(sm[s])-prev, places)
				dst = append(dst, places...)
				prev = uint32(sm[s])
				n++
			}
			at[j]++
		}
		return dst, n
	}
	return m, src
}

// apply returns a clone of cur with m's segments replaced by the merged
// one, carrying over the deletions and corrections made since the merge
// started, or nil if cur no longer holds them in a row (it always does:
// only the merger removes segments).
func (m *merged) apply(cur *snapshot) *snapshot {
	at := -1
	for i := range cur.segs {
		if cur.segs[i].seg == m.from[0].seg {
			at = i
			break
		}
	}
	if at < 0 || at+len(m.from) > len(cur.segs) {
		return nil
	}
	nv := segView{seg: m.seg, infos: make([]*DocInfo, m.seg.numDocs())}
	for j := range m.from {
		now := &cur.segs[at+j]
		if now.seg != m.from[j].seg {
			return nil
		}
		for d, nd := range m.docMap[j] {
			if nd < 0 {
				continue
			}
			nv.infos[nd] = now.infos[d]
			if now.live(int32(d)) {
				continue
			}
			// Deleted while the merge was being built.
			oldFirst, n := now.seg.docRange(int32(d))
			first := uint32(m.slotMap[j][oldFirst])
			if nv.del == nil {
				nv.del = make(bitset, (m.seg.numSlots()+63)/64)
			}
			for l := first; l < first+n; l++ {
				nv.del[l>>6] |= 1 << (l & 63)
			}
			nv.ndel += int(n)
			for l := oldFirst; l < oldFirst+n; l++ {
				nv.drun += int64(now.seg.slotRunes[l])
			}
		}
	}
	next := cur.clone()
	tail := append([]segView(nil), next.segs[at+len(m.from):]...)
	next.segs = next.segs[:at]
	if m.seg.numSlots() > 0 {
		next.segs = append(next.segs, nv)
	}
	next.segs = append(next.segs, tail...)
	return next
}

// mergeLoop makes the merges pickMerge asks for, each time a snapshot is
// published, until the index closes.
func (ix *Index) mergeLoop() {
	defer ix.merges.Done()
	for {
		select {
		case <-ix.stop:
			return
		case <-ix.mergeReq:
		}
		for ix.mergeOnce(false) {
			select {
			case <-ix.stop:
				return
			default:
			}
		}
	}
}

// WaitMerges makes the merges the merge policy asks for, one after
// another, and returns when it asks for none: govreport ingest does before
// it says done, so that a server opening the folder does not make them
// while it answers (a million sections written at once left it
// merging six segments into one, a minute of both cores and over a GB). The
// background merges go on meanwhile, one merge at a time (diskMu).
func (ix *Index) WaitMerges(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("waiting for the exact index's merges: %w", err)
		}
		select {
		case <-ix.stop:
			return errors.New("waiting for the exact index's merges: index closed")
		default:
		}
		select { // the check of the segment files, which merges wait for
		case <-ix.segsChecked:
		case <-ctx.Done():
			return fmt.Errorf("waiting for the exact index's merges: %w", ctx.Err())
		case <-ix.stop:
			return errors.New("waiting for the exact index's merges: index closed")
		}
		if !ix.mergeOnce(false) {
			return nil
		}
	}
}

// mergeOnce makes one merge, the one pickMerge asks for or, with all, of
// every segment into one, and reports whether it made one. A merge of
// flushMin sections or more, or of a segment with a file, is saved to a
// file (segdisk.go); so is a segment of that size still in memory (the
// first load of an index). Only the swap holds ix.mu.
func (ix *Index) mergeOnce(all bool) (made bool) {
	select {
	case <-ix.segsChecked: // verifySegments
	case <-ix.stop:
		return false
	}
	ix.diskMu.Lock()
	defer ix.diskMu.Unlock()
	// An input file cut shorter under its mapping faults where the merge
	// reads past its new end (SIGBUS), which ended the process: made a
	// panic here, the merge keeps nothing (streamSegment removes its
	// file) and asks for the restat, which finds the file changed,
	// damaged, and rebuilds it from the store once this returns (diskMu);
	// that publishes, and the merge loop tries again.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if v := recover(); v != nil { // keep serving from the segments as they are
			made = false
			if isFault(v) {
				ix.lastRestat.Store(0)
				ix.maybeRestat()
			}
		}
	}()
	if ix.segmentsDamaged() {
		return false // a merge would copy the damaged lists into a file with a good checksum
	}
	s := ix.snap.Load()
	lo, hi := pickMerge(s)
	if all {
		lo, hi = 0, len(s.segs)
		if hi < 2 && (hi == 0 || s.segs[0].ndel == 0) {
			return false
		}
	}
	if hi == 0 {
		for i, sv := range s.segs {
			if sv.seg.file == "" && sv.seg.numSlots() >= flushMin {
				lo, hi = i, i+1
				break
			}
		}
	}
	if hi == 0 {
		return false
	}
	if mergeHook != nil {
		mergeHook()
	}
	m, src := mergeSource(append([]segView(nil), s.segs[lo:hi]...))
	files := len(src.ids) >= flushMin
	for _, sv := range m.from {
		files = files || sv.seg.file != ""
	}
	if files && len(src.ids) > 0 {
		// Written to its file as it is made (streamSegment), in memory
		// bounded by the merge's cap, whatever the archive's size.
		if sg, err := ix.streamSegment(src, m.from); err == nil {
			m.seg = sg
		} else {
			// It is made in memory, and its documents load from the
			// store at the next open.
			m = mergeViews(m.from)
		}
	} else {
		sg, err := openSegment(encodeSegment(src))
		if err != nil { // a bug: encodeSegment writes what openSegment reads
			panic(err)
		}
		m.seg = sg
	}
	if ix.inputsChanged(m.from) {
		// A file it read changed on disk meanwhile (segcheck.go): the
		// new file could hold its changed bytes under a good checksum.
		if m.seg.file != "" {
			os.Remove(filepath.Join(ix.exactDir(), m.seg.file))
		}
		return false
	}
	next := func() *snapshot {
		ix.mu.Lock()
		defer ix.mu.Unlock()
		if ix.closed {
			return nil
		}
		next := m.apply(ix.snap.Load())
		if next != nil {
			ix.publish(next)
		}
		return next
	}()
	if next == nil {
		return false
	}
	if files {
		ix.writeManifest(next) // on failure the old manifest stands: its files are kept
	}
	return true
}

// compact merges every segment into one, dropping the deleted sections
// (for tests: merges otherwise happen in the background).
func (ix *Index) compact() {
	for i := 0; i < 100; i++ {
		s := ix.snap.Load()
		if len(s.segs) == 0 || len(s.segs) == 1 && s.segs[0].ndel == 0 {
			return
		}
		ix.mergeOnce(true)
	}
}

// mergeHook, when set (by tests), runs before a merge is built.
var mergeHook func()

// publish makes next the snapshot searches see. ix.mu must be held.
func (ix *Index) publish(next *snapshot) {
	next.finish()
	next.resident = &ix.resident
	old := ix.snap.Swap(next)
	if old != nil {
		close(old.replaced)
	}
	select {
	case ix.mergeReq <- struct{}{}:
	default:
	}
}
