package index

// Exact wording
//
// Quoted wording is found from a positional index of character bigrams,
// with no text read: the index maps every pair of adjacent folded runes (a
// bigram; the last rune of a text pairs with 0) to the sorted list of the
// sections that contain it, each with the places (rune offsets) where it
// starts. It is cut into segments (segments.go): each segment numbers its
// own sections from 0 (local slots) and holds one such map, built as
// encoded lists and then laid end to end behind a sorted key table
// (segfile.go has the encoding). A segment is built once and never
// changed, so a list is appended to only while its segment is built, in
// slot order. Beside it each segment keeps a list per character: the
// sections that hold it, with its count in each and no places.
//
//	one rune    the list of that character (the same sections and counts
//	            as the union of the lists of all bigrams that start with
//	            it, which a common character's lookup read before: every
//	            place of every one of them)
//	two runes   the list of that bigram
//	more        the lists of its bigrams read side by side, section by
//	            section: the rarest proposes the sections and the places
//	            the wording may start at, the others, shortest first,
//	            keep the places where their bigram follows at the right
//	            distance; a section is in when a place is left after all.
//	            Only about every other bigram is read (cover): those on
//	            both sides of one pin its two characters already. Where
//	            the bits of its dense lists (dense.go) chose the sections
//	            first, the rarest is read only if the cover has it
//
// So wording of any length, cutting across gse words or not, is found in
// every section whose folded text contains it and in no other, and its
// count in each section (the places it starts, overlapping ones included)
// is exact: BM25 reads it (bm25.go). Confirming candidates against their
// text instead, as codesearch does, read the folded text of every
// candidate: at a million sections of the benchmark's text a common
// wording read a third of the index's text, and its mapped pages were
// most of the server's memory.
//
// Why lists and not roaring bitmaps: the places that ride in each entry
// are what the intersection needs, and a bitmap would need a second,
// parallel structure for them. A list over an eighth of its segment's
// sections has both (dense.go): a plain bit set of its slots in place of
// its entries' heads, and its places apart. A deleted section is masked
// by its segment's deletion bitmap (a plain bit set) until a merge drops
// it from the lists.

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"sync"
)

// grams is the bigram lists of a segment being built, each already in
// its encoded form (segfile.go), and the character lists.
type grams struct {
	post  map[uint64]*gramList
	chars map[rune]*gramList
}

// gramList is one bigram's list being built.
type gramList struct {
	b    []byte // the entries, encoded
	n    uint32 // entries
	last uint32 // the slot of the last entry
}

func newGrams() *grams {
	return &grams{post: make(map[uint64]*gramList), chars: make(map[rune]*gramList)}
}

func bigram(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// maxSegSlots bounds the sections of one segment.
const maxSegSlots = 1 << 24

// add records the bigrams of folded text under local slot, which must be
// greater than every slot added before.
func (g *grams) add(slot uint32, folded string) {
	g.addSet(slot, collectGrams(folded))
}

// A gramSet is the distinct bigrams of one folded text with the places
// they start, in the order the text meets them. Writers collect it on all
// cores before they build a segment, so that building costs one append per
// distinct bigram (addSet), not a map update per character.
type gramSet struct {
	keys []uint64
	ends []uint32 // key i starts at pos[ends[i-1]:ends[i]] (from 0 for i = 0)
	pos  []uint32 // rune offsets, ascending for each key
	// the distinct characters, in the order the keys that start with
	// them are first met, and the places of each: the places of those
	// keys added up (every character starts one bigram)
	chars  []rune
	charIn []uint32
}

func collectGrams(folded string) gramSet {
	sc := gramScratchPool.Get().(*gramScratch)
	defer gramScratchPool.Put(sc)
	if sc.at == nil {
		sc.at = make(map[uint64]int32)
	}
	// The places and counts are gathered in the scratch space, reused
	// from one section to the next, and the set is then made at its size:
	// a map and slices sized by the characters, made anew for every
	// section, were about a fifth of what an ingest allocated.
	at := sc.at
	clear(at)
	keys, of, counts := sc.keys[:0], sc.of[:0], sc.counts[:0]
	put := func(k uint64) {
		i, ok := at[k]
		if !ok {
			i = int32(len(keys))
			at[k] = i
			keys = append(keys, k)
			counts = append(counts, 0)
		}
		counts[i]++
		of = append(of, i)
	}
	prev := rune(-1)
	for _, r := range folded {
		if prev >= 0 {
			put(bigram(prev, r))
		}
		prev = r
	}
	if prev >= 0 {
		put(bigram(prev, 0))
	}
	// the distinct characters, in the order the keys that start with
	// them are met (every character starts one bigram)
	clear(at) // reused for the characters
	chars, charOf := sc.chars[:0], sc.charOf[:0]
	for _, k := range keys {
		r := rune(k >> 32)
		j, ok := at[uint64(r)]
		if !ok {
			j = int32(len(chars))
			at[uint64(r)] = j
			chars = append(chars, r)
		}
		charOf = append(charOf, j)
	}
	sc.keys, sc.of, sc.counts, sc.chars, sc.charOf = keys, of, counts, chars, charOf
	if len(keys) > maxScratchKeys {
		// a map grown for an outsized text is not kept: clearing it
		// would cost every later section its size
		sc.at = nil
	}

	// one block for the set's numbers: ends, pos and charIn
	nk, np, nc := len(keys), len(of), len(chars)
	block := make([]uint32, nk+np+nc)
	gs := gramSet{
		keys:   slices.Clone(keys),
		ends:   block[:nk:nk],
		pos:    block[nk : nk+np : nk+np],
		chars:  slices.Clone(chars),
		charIn: block[nk+np:],
	}
	if cap(sc.next) < nk {
		sc.next = make([]uint32, nk)
	}
	next := sc.next[:nk] // each set below before it is read
	sum := uint32(0)
	for i, c := range counts {
		next[i] = sum
		sum += c
		gs.ends[i] = sum
		gs.charIn[charOf[i]] += c
	}
	for p, i := range of {
		gs.pos[next[i]] = uint32(p)
		next[i]++
	}
	return gs
}

// A gramScratch is collectGrams' reusable space.
type gramScratch struct {
	at     map[uint64]int32 // a bigram's index in keys, then a character's in chars
	keys   []uint64
	of     []int32 // the key of each place
	counts []uint32
	next   []uint32
	chars  []rune
	charOf []int32 // the character of each key
}

var gramScratchPool = sync.Pool{New: func() any { return new(gramScratch) }}

// maxScratchKeys is the most distinct bigrams whose map a gramScratch
// keeps for the next text (a section of real length has a few hundred).
const maxScratchKeys = 1 << 14

// addSet records gs under local slot, which must be greater than every
// slot added before; the same as add of the text gs was collected from.
func (g *grams) addSet(slot uint32, gs gramSet) {
	start := uint32(0)
	for i, k := range gs.keys {
		l := g.post[k]
		if l == nil {
			l = &gramList{}
			g.post[k] = l
		}
		l.b = appendEntry(l.b, slot-l.last, gs.pos[start:gs.ends[i]]) // last is 0 before the first
		l.n++
		l.last = slot
		start = gs.ends[i]
	}
	for j, r := range gs.chars {
		l := g.chars[r]
		if l == nil {
			l = &gramList{}
			g.chars[r] = l
		}
		l.b = appendCharEntry(l.b, slot-l.last, gs.charIn[j])
		l.n++
		l.last = slot
	}
}

// appendCharEntry appends to dst the encoding of one entry of a
// character's list (segfile.go): the distance of its slot from the
// previous entry's, and the character's count in it, c (at most 255 is
// kept).
func appendCharEntry(dst []byte, delta uint32, c uint32) []byte {
	if c <= 1 {
		return binary.AppendUvarint(dst, uint64(delta)<<1)
	}
	return append(binary.AppendUvarint(dst, uint64(delta)<<1|1), uint8(min(c, 255)))
}

// A charReader decodes a character's list entry by entry.
type charReader struct {
	b    []byte
	slot uint64
}

// next returns the next entry's slot and count, or false at the end of
// the list or where its bytes stop making sense.
func (r *charReader) next() (slot uint32, c uint8, ok bool) {
	b := r.b
	var v uint64
	if len(b) > 0 && b[0] < 0x80 { // a near slot, one byte
		v, b = uint64(b[0]), b[1:]
	} else {
		var n int
		if v, n = binary.Uvarint(b); n <= 0 {
			return 0, 0, false
		}
		b = b[n:]
	}
	r.slot += v >> 1
	c = 1
	if v&1 != 0 {
		if len(b) == 0 {
			return 0, 0, false
		}
		c, b = b[0], b[1:]
	}
	r.b = b
	return uint32(r.slot), c, true
}

// appendEntry appends to dst the encoding of one entry (segfile.go): the
// distance of its slot from the previous entry's, and its places.
func appendEntry(dst []byte, delta uint32, pos []uint32) []byte {
	var buf [64]byte
	places := buf[:0]
	p := uint32(0)
	for _, q := range pos {
		places = binary.AppendUvarint(places, uint64(q-p))
		p = q
	}
	return append(appendEntryHead(dst, delta, places), places...)
}

// appendEntryHead appends the head of an entry whose places are encoded
// in places: the distance of its slot from the previous entry's and, for
// more than one place, the length of their encoding.
func appendEntryHead(dst []byte, delta uint32, places []byte) []byte {
	if onePlace(places) {
		return binary.AppendUvarint(dst, uint64(delta)<<1)
	}
	dst = binary.AppendUvarint(dst, uint64(delta)<<1|1)
	return binary.AppendUvarint(dst, uint64(len(places)))
}

// onePlace reports whether places encodes at most one place: no byte
// before its last ends a uvarint. It stops at the first that does, where
// countPlaces reads them all (merges ask it of every entry).
func onePlace(places []byte) bool {
	for _, c := range places[:max(len(places)-1, 0)] {
		if c&0x80 == 0 {
			return false
		}
	}
	return true
}

// countPlaces returns the number of places encoded in b: the bytes that
// end a uvarint.
func countPlaces(b []byte) uint32 {
	n := uint32(0)
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		n += uint32(bits.OnesCount64(^w & 0x8080808080808080))
		b = b[8:]
	}
	for _, c := range b {
		n += uint32(c>>7) ^ 1
	}
	return n
}

// A listReader decodes a list's entries one by one.
type listReader struct {
	b     []byte
	slot  uint64
	all   []byte   // the whole list, for seek
	skips []uint32 // the list's skips (segfile.go), pairs
	skip  int      // the first skip seek looks at
	// a dense list's (dense.go), nil for another: the next entry and
	// where its places begin, the word of bits being read and its bits
	// not read yet
	d      *denseList
	de, dp int
	dw     int
	dbits  uint64
}

// skipEvery is how many entries of a list one skip spans.
const skipEvery = 64

// appendSkips appends the skips of encoded list b to dst.
func appendSkips(dst []uint32, b []byte) []uint32 {
	r := listReader{b: b}
	for n := 0; ; n++ {
		if n > 0 && n%skipEvery == 0 && len(r.b) > 0 {
			dst = append(dst, uint32(r.slot), uint32(len(b)-len(r.b)))
		}
		if _, _, ok := r.next(); !ok {
			return dst
		}
	}
}

// seek moves r on, without decoding the entries it passes, to the first
// entry of the span of skipEvery entries where slot s would be, if that
// is ahead of it; the next call of next returns an entry before s only if
// it was already in r's span.
func (r *listReader) seek(s uint32) {
	if r.d != nil {
		r.denseSeek(s)
		return
	}
	n := len(r.skips) / 2
	if r.skip >= n || r.skips[2*r.skip] >= s {
		return
	}
	// the last skip whose entry before is below s
	k := r.skip + sort.Search(n-r.skip, func(i int) bool { return r.skips[2*(r.skip+i)] >= s }) - 1
	r.skip = k + 1
	off := int(r.skips[2*k+1])
	if off > len(r.all)-len(r.b) && off <= len(r.all) {
		r.b, r.slot = r.all[off:], uint64(r.skips[2*k])
	}
}

// next returns the next entry: its slot and its places' encoding
// (decodePlaces, countPlaces), or false at the end of the list or where
// its bytes stop making sense.
func (r *listReader) next() (slot uint32, places []byte, ok bool) {
	if r.d != nil {
		return r.denseNext()
	}
	b := r.b
	var v uint64
	if len(b) > 0 && b[0] < 0x80 { // the common case: a near entry, one byte
		v, b = uint64(b[0]), b[1:]
	} else {
		var n int
		v, n = binary.Uvarint(b)
		if n <= 0 {
			return 0, nil, false
		}
		b = b[n:]
	}
	r.slot += v >> 1
	i := 0
	if v&1 != 0 {
		l, n := binary.Uvarint(b)
		if n <= 0 || l > uint64(len(b)-n) {
			return 0, nil, false
		}
		b, i = b[n:], int(l)
	} else if i = onePlaceLen(b); i == 0 {
		return 0, nil, false
	}
	r.b = b[i:]
	return uint32(r.slot), b[:i], true
}

// skipTo returns the first entry of r whose slot is s or more, as next
// does, moving r past it: it jumps to s's span (seek) and then passes the
// entries before s without returning them, in one loop (the lists read
// beside a rarer one pass most of their entries so). The loop decodes an
// entry as next does, written out again: a function for one entry is
// not inlined, and a call per entry is what the loop saves.
func (r *listReader) skipTo(s uint32) (slot uint32, places []byte, ok bool) {
	if r.d != nil {
		r.denseSeek(s)
		return r.denseNext()
	}
	if r.skip < len(r.skips)/2 && r.skips[2*r.skip] < s {
		r.seek(s)
	}
	b, at := r.b, r.slot
	for len(b) > 0 {
		var v uint64
		if b[0] < 0x80 {
			v, b = uint64(b[0]), b[1:]
		} else {
			var n int
			if v, n = binary.Uvarint(b); n <= 0 {
				break
			}
			b = b[n:]
		}
		at += v >> 1
		i := 0
		if v&1 != 0 {
			l, n := binary.Uvarint(b)
			if n <= 0 || l > uint64(len(b)-n) {
				break
			}
			b, i = b[n:], int(l)
		} else if i = onePlaceLen(b); i == 0 {
			break
		}
		if at >= uint64(s) {
			r.b, r.slot = b[i:], at
			return uint32(at), b[:i], true
		}
		b = b[i:]
	}
	r.b, r.slot = nil, at
	return 0, nil, false
}

// keepAt returns the starts st of starts (ascending) for which st+off is
// one of the places encoded in pb, kept in starts' array. It decodes the
// places only as far as the last start needs, and none into a slice: most
// candidates have one start, and a common bigram several places.
func keepAt(starts []uint32, off uint32, pb []byte) []uint32 {
	kept := 0
	p, have := uint32(0), false // the place decoded last
	for _, st := range starts {
		want := st + off
		for !have || p < want {
			if len(pb) == 0 {
				return starts[:kept]
			}
			if v, n := place(pb); n > 0 {
				p, pb = p+v, pb[n:]
			} else {
				v, n := binary.Uvarint(pb)
				if n <= 0 {
					return starts[:kept]
				}
				p, pb = p+uint32(v), pb[n:]
			}
			have = true
		}
		// written whether kept or not (at kept, not past st's own
		// place), and kept counted without a branch: a start kept or not
		// comes at random
		starts[kept] = st
		if p == want {
			kept++
		}
	}
	return starts[:kept]
}

// place decodes the place (a uvarint) that begins b, not empty, when it
// takes one or two bytes, as every place of a section shorter than 16,384
// characters does: its value and length, or a length of 0 for a longer
// one (binary.Uvarint then). One byte or two comes at random along a
// list's places (a place's distance from the one before, below 128 or
// not), a branch the processor would mispredict: both are worked out and
// one is picked by the first byte's top bit. The second byte is read
// past b's end when b's array goes on (b is a piece of a list's places).
func place(b []byte) (uint32, int) {
	b0 := uint32(b[0])
	two := b0 >> 7 // 1 when a second byte follows
	b1 := uint32(0)
	if cap(b) >= 2 {
		b1 = uint32(b[:2][1])
	}
	if two&(b1>>7) != 0 || int(two) >= len(b) { // three bytes or more, or cut short
		return 0, 0
	}
	return b0&0x7f | b1<<7&-two, int(1 + two)
}

// shortEntry decodes the entry at the start of b when it is short, as
// most entries of a long list are (a near slot, one place of one or two
// bytes or a few places in at most 8 bytes): the distance of its slot
// from the previous entry's, its length in bytes and its number of
// places. ok is false for any other entry, which is then decoded the long
// way. Both kinds are worked out and one is picked, without a branch on
// which it is: one place or several comes at random along a list, a
// branch the processor would mispredict.
func shortEntry(b []byte) (delta uint32, n int, c uint32, ok bool) {
	if len(b) < 10 {
		return 0, 0, 0, false
	}
	h, x, y := b[0], b[1], b[2]
	w := binary.LittleEndian.Uint64(b[2:10])
	// one place: x (and y) its uvarint
	n, c, ok = 2+int(x>>7), 1, x&y < 0x80
	// several: x the length of their bytes, each byte below 0x80 ending one
	nm := 2 + int(x)
	cm := uint32(bits.OnesCount64(^w & 0x8080808080808080 & (uint64(1)<<(8*uint(x&63)) - 1)))
	if x >= 8 {
		cm = uint32(bits.OnesCount64(^w & 0x8080808080808080))
	}
	if h&1 != 0 {
		n, c, ok = nm, cm, x <= 8
	}
	return uint32(h >> 1), n, c, ok && h < 0x80
}

// onePlaceLen returns the length of the uvarint that begins b (an
// entry's one place), or 0 when b ends before it does. A place of a
// section of fewer than 16,384 characters takes one or two bytes, told
// apart here without a loop: a loop of one or two rounds, at random, is a
// branch the processor mispredicts about every other entry of a list.
func onePlaceLen(b []byte) int {
	if len(b) >= 2 && b[1] < 0x80 {
		return 1 + int(b[0]>>7)
	}
	for i, c := range b {
		if c < 0x80 {
			return i + 1
		}
	}
	return 0
}

// decodePlaces appends the places of an entry's encoding to dst.
func decodePlaces(dst []uint32, b []byte) []uint32 {
	p := uint32(0)
	for len(b) > 0 {
		if b[0] < 0x80 { // a place near the one before
			p += uint32(b[0])
			dst = append(dst, p)
			b = b[1:]
			continue
		}
		v, n := binary.Uvarint(b)
		if n <= 0 {
			break
		}
		p += uint32(v)
		dst = append(dst, p)
		b = b[n:]
	}
	return dst
}

// lookup returns the sorted local slots whose folded text contains fw,
// which must be folded and non-empty, and the count of fw in each (at
// most 255). Slots in del are left out.
func (sg *segment) lookup(fw string, del bitset) ([]uint32, []uint8) {
	runes := []rune(fw)
	switch len(runes) {
	case 0:
		return nil, nil
	case 1:
		i, ok := sg.charList(runes[0])
		if !ok {
			return nil, nil
		}
		n := int(sg.charLen[i])
		slots, tfs := sg.appendChar(make([]uint32, 0, n), make([]uint8, 0, n), i, del, 0)
		if len(slots) == 0 {
			return nil, nil
		}
		return slots, tfs
	case 2:
		if n := sg.listLen(bigram(runes[0], runes[1])); n > 0 {
			return sg.appendLookup(make([]uint32, 0, n), make([]uint8, 0, n), runes, del, 0, nil)
		}
		return nil, nil
	}
	return sg.appendLookup(nil, nil, runes, del, 0, nil)
}

// appendChar appends to slots (plus base) and tfs the slots of the list
// of the i-th character of the segment that are not in del, with their
// counts: a character's answer is its list, read whole. It decodes the
// entries as charReader.next does, in one loop (a call per entry is not
// inlined), and takes an entry's count byte or 1 without a branch on
// which: a count of 1 or more comes at random along a list.
func (sg *segment) appendChar(slots []uint32, tfs []uint8, i int, del bitset, base uint32) ([]uint32, []uint8) {
	if d, ok := sg.charDense(i); ok {
		return d.appendChars(slots, tfs, del, base)
	}
	b := sg.charPost[sg.charOff[i]:sg.charOff[i+1]]
	slot := uint64(0)
	for len(b) > 0 {
		var v uint64
		if b[0] < 0x80 {
			v, b = uint64(b[0]), b[1:]
		} else {
			var n int
			if v, n = binary.Uvarint(b); n <= 0 {
				break
			}
			b = b[n:]
		}
		slot += v >> 1
		f := int(v & 1) // 1 when a count byte follows
		if len(b) < f {
			break
		}
		next := uint8(1)
		if len(b) > 0 {
			next = b[0]
		}
		c := 1 ^ (next^1)&-uint8(f) // next when f is 1, else 1
		b = b[f:]
		if !del.has(uint32(slot)) {
			slots = append(slots, base+uint32(slot))
			tfs = append(tfs, c)
		}
	}
	return slots, tfs
}

// appendLookup is lookup for fw's runes (two or more), appending its
// answer to slots and tfs with base added to each slot: the snapshot
// gathers the answers of its segments in one pair of slices. When within
// is not nil (sorted slots of the snapshot in this segment), only those
// sections are looked at: the rarest list jumps from one to the next.
func (sg *segment) appendLookup(slots []uint32, tfs []uint8, runes []rune, del bitset, base uint32, within []uint32) ([]uint32, []uint8) {
	if len(runes) == 2 && within == nil {
		i, ok := slices.BinarySearch(sg.keys, bigram(runes[0], runes[1]))
		if !ok {
			return slots, tfs
		}
		if d, ok := sg.dense(i); ok {
			return d.appendCounts(slots, tfs, del, base)
		}
		return appendCounts(slots, tfs, sg.post[sg.postOff[i]:sg.postOff[i+1]], del, base)
	}
	return sg.appendLookupRange(slots, tfs, runes, del, base, within, 0, uint32(sg.numSlots()))
}

// appendLookupRange is appendLookup for the local slots from lo (a
// multiple of 64) to hi only: within, when not nil, must lie in that
// range. A large segment's lookup is split by slot range across cores
// (snapshot.lookupLong, split.go), each range read as the whole segment
// is, its lists entered where the range begins.
func (sg *segment) appendLookupRange(slots []uint32, tfs []uint8, runes []rune, del bitset, base uint32, within []uint32, lo, hi uint32) ([]uint32, []uint8) {
	// The bigram at each offset of fw (all must be in the segment), then
	// the ones to read, rarest first (their lengths are known without
	// decoding them).
	type part struct {
		off  uint32
		list int
	}
	parts := make([]part, 0, len(runes)-1)
	for i := 1; i < len(runes); i++ {
		j, ok := slices.BinarySearch(sg.keys, bigram(runes[i-1], runes[i]))
		if !ok {
			return slots, tfs
		}
		parts = append(parts, part{uint32(i - 1), j})
	}
	// The sections that hold every bigram of fw whose list is dense
	// (dense.go), found as the bits of those lists ANDed 64 sections at
	// a time: only they are looked at, as members of within, so that a
	// candidate one of those lists lacks costs no entry read, wherever
	// that list comes in the order below (and bigrams the cover leaves
	// out narrow the candidates too).
	lists := make([]int, len(parts))
	for i, p := range parts {
		lists[i] = p.list
	}
	csc := candPool.Get().(*candScratch)
	defer putCand(csc)
	cand, narrowed := sg.denseCandidates(lists, within, base, lo, hi, csc)
	if narrowed {
		if len(cand) == 0 {
			return slots, tfs
		}
		within = cand
	}
	if within != nil {
		// Most candidates are answers (84% of the benchmark's quoted
		// wordings' at a million sections): room for all of them at
		// once, not grown by doubling (twice the bytes made).
		slots, tfs = slices.Grow(slots, len(within)), slices.Grow(tfs, len(within))
	}
	// The rarest list is read, covered or not, to propose the candidates;
	// but where the dense lists' bits chose them already and the rarest
	// is one of those, it proposes no fewer, and reading it cost a list
	// per candidate more than the cover (a wording of four characters
	// read three lists where two pin it). Whether a list is dense follows
	// from its length, so the rarest is dense when the fewest entries are.
	length := func(i int) uint32 { return sg.postLen[parts[i].list] }
	fewest := length(0)
	for i := range parts {
		fewest = min(fewest, length(i))
	}
	rarestDense := isDense(int(fewest), sg.numSlots())
	if keep := cover(len(parts), length, !narrowed || !rarestDense); keep != nil {
		n := 0
		for i, p := range parts {
			if keep[i] {
				parts[n] = p
				n++
			}
		}
		parts = parts[:n]
	}
	sort.SliceStable(parts, func(i, j int) bool { return sg.postLen[parts[i].list] < sg.postLen[parts[j].list] })
	// Section by section (the lists read side by side, not one after the
	// other): each entry of the rarest list proposes a section and the
	// places fw may start at there; each other list, in order of length,
	// keeps those where its bigram is at the right distance, until none
	// is left or every list has agreed. Only the answer is kept, not the
	// places of every candidate: a broad wording's candidates are most of
	// the index.
	readers := make([]listReader, len(parts))
	for k, pt := range parts {
		readers[k] = sg.reader(pt.list)
	}
	at := make([]uint32, len(parts)) // the slot of the entry each reader read last
	pbs := make([][]byte, len(parts))
	have := make([]bool, len(parts))
	// A dense list (dense.go) is not read along but asked for the
	// candidate's entry: a bit, and the places of the entries passed
	// skipped by their lengths.
	curs := make([]denseCursor, len(parts))
	var starts []uint32
	o := parts[0].off
	w := 0 // the next member of within to look for
	if within == nil && lo > 0 {
		readers[0].seek(lo)
	}
	for {
		var s uint32
		var pb []byte
		var ok bool
		if within == nil {
			if s, pb, ok = readers[0].next(); ok && s < lo {
				continue // a sparse list's seek stops at a skip before lo
			}
			if s >= hi {
				break
			}
		} else if d := readers[0].d; d != nil {
			for w < len(within) && !ok {
				s = within[w] - base
				pb, ok = d.at(s, &curs[0])
				w++
			}
		} else if w < len(within) {
			s, pb, ok = readers[0].skipTo(within[w] - base)
			for ok && w < len(within) && within[w]-base < s {
				w++
			}
			if ok && (w == len(within) || within[w]-base != s) {
				continue // not a member: on to the next one
			}
			w++
		}
		if !ok {
			break
		}
		if del.has(s) {
			continue
		}
		// the places decoded straight into the starts they give
		starts = starts[:0]
		for p, b := uint32(0), pb; len(b) > 0; {
			if v, n := place(b); n > 0 {
				p, b = p+v, b[n:]
			} else {
				v, n := binary.Uvarint(b)
				if n <= 0 {
					break
				}
				p, b = p+uint32(v), b[n:]
			}
			if p >= o {
				starts = append(starts, p-o)
			}
		}
		for k := 1; k < len(parts) && len(starts) > 0; k++ {
			r := &readers[k]
			if r.d != nil {
				pb, ok := r.d.at(s, &curs[k])
				if !ok {
					starts = starts[:0]
					break
				}
				starts = keepAt(starts, parts[k].off, pb)
				continue
			}
			if !have[k] || at[k] < s {
				// Jump to s's span: a rare candidate against a long
				// list passes the entries between without decoding them.
				var ok bool
				if at[k], pbs[k], ok = r.skipTo(s); !ok {
					return slots, tfs // no later section has this bigram
				}
				have[k] = true
			}
			if at[k] != s {
				starts = starts[:0]
				break
			}
			starts = keepAt(starts, parts[k].off, pbs[k])
		}
		if len(starts) > 0 {
			slots = append(slots, base+s)
			tfs = append(tfs, uint8(min(len(starts), 255)))
		}
	}
	return slots, tfs
}

// cover returns which of the m bigrams of a wording (one for each
// offset, in order; length(i) entries in the list of the i-th) its lookup
// reads, or nil for all of them: the fewest list entries whose bigrams
// still cover every character of the wording, and, when withRarest, the
// rarest bigram. A
// bigram whose two characters are both pinned by the bigrams read on its
// two sides (at offsets i-1 and i+1) adds nothing: if those start where
// the wording puts them, the characters between are the wording's, and so
// is it. So a wording of n characters reads about n/2 lists, not n-1,
// and finds exactly the same sections and places. The offsets read start
// at 0, end at m-1 and step by 1 or 2; among such covers the one of the
// least entries in all is taken (a common bigram costs a decoded entry
// per section). With withRarest the rarest bigram is read as well,
// covered or not: it proposes the candidates, and the other lists are
// jumped through.
func cover(m int, length func(i int) uint32, withRarest bool) []bool {
	if m <= 2 { // two bigrams (three characters) are both needed
		return nil
	}
	cost := make([]int64, m) // the least entries of a cover of offsets 0..i that reads i
	from := make([]int, m)   // the offset read before i in that cover
	rarest := 0
	for i := range m {
		if length(i) < length(rarest) {
			rarest = i
		}
	}
	for i := range m {
		n := int64(length(i))
		if i == rarest && withRarest { // read whatever the cover: free to it
			n = 0
		}
		switch {
		case i == 0:
			cost[i], from[i] = n, -1
		case i == 1 || cost[i-1] <= cost[i-2]:
			cost[i], from[i] = cost[i-1]+n, i-1
		default:
			cost[i], from[i] = cost[i-2]+n, i-2
		}
	}
	keep := make([]bool, m)
	keep[rarest] = withRarest
	for i := m - 1; i >= 0; i = from[i] {
		keep[i] = true
	}
	return keep
}

// appendCounts appends to slots and tfs the slot (plus base) and the
// number of places (at most 255) of every entry of encoded list b whose
// slot is not in del, for the list of a bigram read whole: one loop, an
// entry decoded as listReader.next does (written out again, as in
// skipTo).
func appendCounts(slots []uint32, tfs []uint8, b []byte, del bitset, base uint32) ([]uint32, []uint8) {
	slot := uint64(0)
	for len(b) > 0 {
		if d, n, c, ok := shortEntry(b); ok {
			slot += uint64(d)
			b = b[n:]
			if !del.has(uint32(slot)) {
				slots = append(slots, base+uint32(slot))
				tfs = append(tfs, uint8(c))
			}
			continue
		}
		var v uint64
		if b[0] < 0x80 {
			v, b = uint64(b[0]), b[1:]
		} else {
			var n int
			if v, n = binary.Uvarint(b); n <= 0 {
				break
			}
			b = b[n:]
		}
		slot += v >> 1
		var c uint32
		if v&1 == 0 { // one place: pass its uvarint
			i := onePlaceLen(b)
			if i == 0 {
				break
			}
			b, c = b[i:], 1
		} else {
			l, n := binary.Uvarint(b)
			if n <= 0 || l > uint64(len(b)-n) {
				break
			}
			c = countPlaces(b[n : n+int(l)])
			b = b[n+int(l):]
		}
		if !del.has(uint32(slot)) {
			slots = append(slots, base+uint32(slot))
			tfs = append(tfs, uint8(min(c, 255)))
		}
	}
	return slots, tfs
}

// wordFreqs is View.wordFreqs for a word of one or two runes in the
// segment as sv sees it: it returns the number of live sections that
// contain the word and sets tfs[i] to its count in members[i] (slots of
// the snapshot in this segment, in order), leaving 0 where it does not
// occur.
func (sg *segment) wordFreqs(runes []rune, sv *segView, members []uint32, tfs []uint8) int {
	switch len(runes) {
	case 1:
		i, ok := sg.charList(runes[0])
		if !ok {
			return 0
		}
		// The list's length is the frequency when nothing is deleted;
		// else its live entries are counted, read whole anyway.
		df := int(sg.charLen[i])
		if sv.ndel == 0 && len(members) == 0 {
			return df
		}
		if sv.ndel > 0 {
			df = 0
		}
		if d, ok := sg.charDense(i); ok {
			// live entries counted in the words of bits, and only the
			// members' entries read
			if sv.ndel > 0 {
				for x, w := range d.bits {
					if x < len(sv.del) {
						w &^= sv.del[x]
					}
					df += bits.OnesCount64(w)
				}
			}
			for k, m := range members {
				if s := m - sv.base; sv.ndel == 0 || !sv.del.has(s) {
					tfs[k] = d.at(s)
				}
			}
			return df
		}
		r := charReader{b: sg.charPost[sg.charOff[i]:sg.charOff[i+1]]}
		k := 0
		for s, c, ok := r.next(); ok; s, c, ok = r.next() {
			if sv.ndel > 0 {
				if sv.del.has(s) {
					continue
				}
				df++
			} else if k == len(members) {
				break
			}
			for k < len(members) && members[k]-sv.base < s {
				k++
			}
			if k < len(members) && members[k]-sv.base == s {
				tfs[k] = c
			}
		}
		return df
	case 2:
		i, ok := slices.BinarySearch(sg.keys, bigram(runes[0], runes[1]))
		if !ok {
			return 0
		}
		if d, ok := sg.dense(i); ok {
			return d.wordFreqs(int(sg.postLen[i]), sv, members, tfs)
		}
		r := sg.reader(i)
		if sv.ndel > 0 {
			// Count the live entries, reading the members' on the way.
			df, k := 0, 0
			for s, pb, ok := r.next(); ok; s, pb, ok = r.next() {
				if sv.del.has(s) {
					continue
				}
				df++
				for k < len(members) && members[k]-sv.base < s {
					k++
				}
				if k < len(members) && members[k]-sv.base == s {
					tfs[k] = uint8(min(countPlaces(pb), 255))
				}
			}
			return df
		}
		// No deletions: every entry is live, and only the members'
		// entries are read, jumping to them when they are few.
		df := int(sg.postLen[i])
		jump := len(members)*8 < df
		var s uint32 // the entry read last
		var pb []byte
		have := false
		if len(members) > 0 {
			// the members of a range of a large segment begin far into
			// its list (View.wordFreqs)
			r.seek(members[0] - sv.base)
		}
		for k, m := range members {
			t := m - sv.base
			if !have || s < t {
				if jump {
					r.seek(t)
				}
				var ok bool
				for s, pb, ok = r.next(); ok && s < t; s, pb, ok = r.next() {
				}
				if !ok {
					break
				}
				have = true
			}
			if s == t {
				tfs[k] = uint8(min(countPlaces(pb), 255))
			}
		}
		return df
	}
	return 0
}
