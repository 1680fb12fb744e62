package index

// Words of one term, intersected as bit sets
//
// An unquoted term is the sections that hold every one of its gse words
// (search's termSet). Looked up one by one, each word's answer is a slot
// array of most of the index for the common words of reports (a slot and
// a count for every section that holds it), and the arrays are then
// intersected pairwise: at 200,000 sections of the benchmark's text a
// third of a quoted search's time. Most such words are two characters,
// whose bigram list in a large segment is dense (dense.go): its sections
// are already a bit set. So the words are intersected segment by segment
// as bit sets, 64 sections an operation: a dense list's set as it is (a
// bigram's, or a one-character word's character list: dense.go), a sparse
// list's entries set into bits, and a longer word's answer set into bits
// from its lookup, which ranking reads again (remembered by the view,
// wordFreqs); and one slot array is made, of the sections left. Ranking
// counts a one- or two-character word in the set's members only
// (segment.wordFreqs), where it read it from the word's whole answer. A
// one-character word was looked up whole until format 8: at a million
// sections a common character's list, about a million entries decoded,
// was a tenth of a quoted search's CPU, and was decoded again for BM25.
// A large segment is ANDed in ranges of slots on all the cores, as a
// lookup reads it (split.go), each range laying out its own stretch of
// the answer: at a million sections, segment by segment left one core
// with most of the work.

import (
	"math/bits"
	"slices"
	"sync"

	"github.com/govreport/govreport/analysis"
)

// ContainingAll returns, in order, the slots of the sections whose folded
// heading or text contains analysis.Fold(w) for every w of words: the
// intersection of Containing's answers, or nil when a word folds to
// nothing or words is empty. The slice may be shared within the view
// (one word's answer is Containing's): do not modify it. It is valid
// during the view only (View.array).
func (v *View) ContainingAll(words []string) []uint32 {
	if len(words) == 0 {
		return nil
	}
	fws := make([]string, len(words))
	for i, w := range words {
		if fws[i] = analysis.Fold(w); fws[i] == "" {
			return nil
		}
	}
	if len(fws) == 1 {
		return v.find(fws[0]).slots
	}
	// The words that are not a bigram's list are looked up whole (and
	// remembered): the rarest first, any empty answer ending it.
	type word struct {
		fw    string
		key   uint64 // a two-character word's bigram
		two   bool
		one   rune     // a one-character word's character, or -1
		slots []uint32 // the lookup of any other
	}
	ws := make([]word, len(fws))
	for i, fw := range fws {
		ws[i].fw, ws[i].one = fw, -1
		switch r := []rune(fw); len(r) {
		case 1:
			ws[i].one = r[0]
		case 2:
			ws[i].key, ws[i].two = bigram(r[0], r[1]), true
		}
	}
	for i := range ws {
		if ws[i].two || ws[i].one >= 0 {
			continue
		}
		if ws[i].slots = v.find(ws[i].fw).slots; len(ws[i].slots) == 0 {
			return nil
		}
	}
	// Each part of the snapshot (a segment, or a range of a large one:
	// lookupParts) ANDs its own words of bits and then lays out its own
	// stretch of the answer, on several cores when the index is large.
	segs := v.s.segs
	parts := v.s.lookupParts()
	sets := make([]bitset, len(parts)) // a part's words, from its lo's
	counts := make([]int, len(parts))
	v.s.eachPart(parts, func(k int) {
		r := parts[k]
		sv := &segs[r.seg]
		w0, w1 := int(r.lo>>6), denseWords(int(r.hi))
		if w0 >= w1 {
			return
		}
		lo, hi := sv.base+r.lo, sv.base+r.hi
		var set, tmp bitset
		for i := range ws {
			w := &ws[i]
			var b bitset // the part's words
			if w.two {
				j, ok := slices.BinarySearch(sv.seg.keys, w.key)
				if !ok {
					return
				}
				if d, ok := sv.seg.dense(j); ok {
					b = d.bits[min(w0, len(d.bits)):min(w1, len(d.bits))]
				} else {
					tmp = listBits(tmp, sv.seg.reader(j), r.lo, r.hi)
					b = tmp
				}
			} else if w.one >= 0 {
				j, ok := sv.seg.charList(w.one)
				if !ok {
					return
				}
				if d, ok := sv.seg.charDense(j); ok {
					b = d.bits[min(w0, len(d.bits)):min(w1, len(d.bits))]
				} else {
					tmp = charBits(tmp, sv.seg.charPost[sv.seg.charOff[j]:sv.seg.charOff[j+1]], r.lo, r.hi)
					b = tmp
				}
			} else {
				a, _ := slices.BinarySearch(w.slots, lo)
				z, _ := slices.BinarySearch(w.slots, hi)
				if a == z {
					return
				}
				tmp = slotBits(tmp, w.slots[a:z], lo, int(r.hi-r.lo))
				b = tmp
			}
			if set == nil {
				set = make(bitset, w1-w0)
				copy(set, b)
				// deleted sections are in no lookup, but in a list's bits
				if w0 < len(sv.del) {
					for x, d := range sv.del[w0:min(len(sv.del), w1)] {
						set[x] &^= d
					}
				}
			} else {
				for x := range set {
					if x < len(b) {
						set[x] &= b[x]
					} else {
						set[x] = 0
					}
				}
			}
		}
		c := 0
		for _, x := range set {
			c += bits.OnesCount64(x)
		}
		sets[k], counts[k] = set, c
	})
	at := make([]int, len(parts)+1) // where each part's stretch begins
	for k, c := range counts {
		at[k+1] = at[k] + c
	}
	if at[len(parts)] == 0 {
		return nil
	}
	out := v.array(at[len(parts)]) // each part writes its whole stretch
	v.s.eachPart(parts, func(k int) {
		o := out[at[k]:at[k]]
		base := segs[parts[k].seg].base + parts[k].lo
		for x, w := range sets[k] {
			for w != 0 {
				o = append(o, base+uint32(x<<6+bits.TrailingZeros64(w)))
				w &= w - 1
			}
		}
	})
	return out
}

// slotBits returns b, reused, as the bit set of n slots from base with
// the slots of s (sorted, from base on, below base+n) set.
func slotBits(b bitset, s []uint32, base uint32, n int) bitset {
	b = resetBits(b, n)
	for _, x := range s {
		l := x - base
		b[l>>6] |= 1 << (l & 63)
	}
	return b
}

// listBits returns b, reused, as the bit set of the local slots from lo
// (a multiple of 64) to hi of the entries of list r, bit 0 for lo.
func listBits(b bitset, r listReader, lo, hi uint32) bitset {
	b = resetBits(b, int(hi-lo))
	if lo > 0 {
		r.seek(lo)
	}
	for s, _, ok := r.next(); ok && s < hi; s, _, ok = r.next() {
		if s >= lo {
			s -= lo
			b[s>>6] |= 1 << (s & 63)
		}
	}
	return b
}

// charBits returns b, reused, as the bit set of the local slots from lo
// (a multiple of 64) to hi of the entries of character list cb (not a
// dense one), bit 0 for lo.
func charBits(b bitset, cb []byte, lo, hi uint32) bitset {
	b = resetBits(b, int(hi-lo))
	r := charReader{b: cb}
	for s, _, ok := r.next(); ok && s < hi; s, _, ok = r.next() {
		if s >= lo {
			s -= lo
			b[s>>6] |= 1 << (s & 63)
		}
	}
	return b
}

// resetBits returns b, reused, cleared to the words of n slots.
func resetBits(b bitset, n int) bitset {
	w := denseWords(n)
	if cap(b) < w {
		return make(bitset, w)
	}
	b = b[:w]
	clear(b)
	return b
}

// denseCandidates returns the sections of the segment (slots plus base,
// in order) that hold an entry in every one of lists that is dense, and,
// when within is not nil, are members of within (sorted slots of the
// snapshot in this segment); false when lists has no dense list to narrow
// them by (none, or one and no within), the caller then reading its lists
// as they are. Deleted sections are left in: the lookup skips them. Only
// the local slots from lo (a multiple of 64) to hi are looked at; within
// must lie there. The candidates and the bits ANDed are written into
// sc's arrays when given (nil: new ones), grown as needed: the answer is
// sc.cand's until sc is used again.
func (sg *segment) denseCandidates(lists []int, within []uint32, base, lo, hi uint32, sc *candScratch) ([]uint32, bool) {
	if sc == nil {
		sc = &candScratch{}
	}
	var ds []*denseList
	for i, j := range lists {
		if slices.Contains(lists[:i], j) { // a bigram twice in the wording
			continue
		}
		if d, ok := sg.dense(j); ok {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 || len(ds) == 1 && within == nil {
		return nil, false
	}
	var out []uint32
	// the words of the range, lo>>6 to w
	w0, w := int(lo>>6), min(denseWords(int(hi)), denseWords(sg.numSlots()))
	if within != nil && len(within) < w-w0 {
		// Each member tested against each list's bits: a set smaller
		// than the range's words of bits costs less so than an AND of
		// the lists, read whole. A member is written at the end of out
		// and counted in when every list has its bit, without a branch
		// on which: in or out comes at random along the set.
		out = sc.candidates(len(within))
		k := 0
		for _, m := range within {
			l := m - base
			in := uint64(1)
			for _, d := range ds {
				if w := int(l >> 6); w < len(d.bits) {
					in &= d.bits[w] >> (l & 63)
				} else {
					in = 0
				}
			}
			out[k] = m
			k += int(in & 1)
		}
		return out[:k], true
	}
	if w0 >= w {
		return nil, true
	}
	and := resetBits(sc.and, (w-w0)<<6)
	sc.and = and
	if w0 < len(ds[0].bits) {
		copy(and, ds[0].bits[w0:])
	}
	for _, d := range ds[1:] {
		b := d.bits
		for x := range and {
			if w0+x < len(b) {
				and[x] &= b[w0+x]
			} else {
				and[x] = 0
			}
		}
	}
	if within != nil {
		// written and counted in without a branch, as above
		out = sc.candidates(len(within))
		k := 0
		for _, m := range within {
			out[k] = m
			if l := m - base - uint32(w0<<6); int(l>>6) < len(and) {
				k += int(and[l>>6] >> (l & 63) & 1)
			}
		}
		return out[:k], true
	}
	n := 0
	for _, x := range and {
		n += bits.OnesCount64(x)
	}
	out = sc.candidates(n)[:0]
	for x, b := range and {
		for b != 0 {
			out = append(out, base+uint32((w0+x)<<6+bits.TrailingZeros64(b)))
			b &= b - 1
		}
	}
	return out, true
}

// A candScratch is denseCandidates' space, reused from one part of a
// lookup to the next (candPool): the candidates of a term's wording
// within its words' set are most of the set, and they and the bits ANDed
// were made anew for every part of every lookup, about a quarter of what
// the benchmark's quoted class allocated at a million sections (348 of
// 1,288 MB over its 200 searches).
type candScratch struct {
	cand []uint32
	and  bitset
}

// candidates returns sc.cand, grown to at least n entries, of length n.
func (sc *candScratch) candidates(n int) []uint32 {
	if cap(sc.cand) < n {
		sc.cand = make([]uint32, n)
	}
	return sc.cand[:n]
}

var candPool = sync.Pool{New: func() any { return new(candScratch) }}

// candKeep is the most candidates of a candScratch that goes back to
// candPool: a part of a lookup has at most a segment's slots, and one
// that had more than a million is left to the collector.
const candKeep = 1 << 20

// putCand gives sc back to candPool, unless it grew past candKeep.
func putCand(sc *candScratch) {
	if cap(sc.cand) <= candKeep && cap(sc.and) <= candKeep/64 {
		candPool.Put(sc)
	}
}
