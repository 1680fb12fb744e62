package index

// Exact wording
//
// Quoted wording is found the way codesearch finds a regexp: a cheap index
// proposes candidates, the text confirms. The index maps every pair of
// adjacent folded runes (a bigram; the last rune of a text pairs with 0) to
// the sorted list of the sections that contain it. It is cut into segments
// (segments.go): each segment numbers its own sections from 0 (local slots)
// and holds one such map, built in a Go map and then encoded as a sorted
// key table and the lists laid end to end (segfile.go), whose entries are
// local<<8 | the bigram's count in the section (at most 255). A segment is
// built once and never changed, so a list is appended to only while its
// segment is built, in slot order, and a repeated bigram within one section
// is a check of the last element.
// The counts give term frequencies for ranking large result sets (bm25.go):
// exact for one and two characters, an upper bound (the rarest bigram's
// count) for longer wording.
//
//	one rune    the union of the lists of all bigrams that start with it: exact
//	two runes   the list of that bigram: exact
//	more        the intersection of the lists of its bigrams (rarest first),
//	            then a search of the folded text of each candidate
//	            (containsFolded)
//
// So wording of any length, cutting across gse words or not, is found in
// every section whose folded text contains it and in no other.
//
// Why sorted arrays and not roaring bitmaps: the count that rides in each
// entry is what BM25 needs, and a bitmap would need a second, parallel
// structure for it; the lists of a segment are intersected rarest first,
// each longer one decoded as it is merged in, without a copy. A
// deleted section is masked by its segment's deletion bitmap (a plain bit
// set) until a merge drops it from the lists.

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// grams is the bigram lists of a segment being built (segfile.go has the
// encoding they end in).
type grams struct {
	post map[uint64][]uint32
}

func newGrams() *grams {
	return &grams{post: make(map[uint64][]uint32)}
}

func bigram(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// maxSegSlots bounds the sections of one segment: a local slot and a count
// share a 32-bit entry.
const maxSegSlots = 1 << 24

// add records the bigrams of folded text under local slot, which must be
// greater than every slot added before.
func (g *grams) add(slot uint32, folded string) {
	prev := rune(-1)
	for _, r := range folded {
		if prev >= 0 {
			g.addKey(bigram(prev, r), slot)
		}
		prev = r
	}
	if prev >= 0 {
		g.addKey(bigram(prev, 0), slot)
	}
}

func (g *grams) addKey(k uint64, slot uint32) {
	p := g.post[k]
	if n := len(p); n > 0 && p[n-1]>>8 == slot {
		if p[n-1]&0xff < 0xff {
			p[n-1]++
		}
		return
	}
	g.post[k] = append(p, slot<<8|1)
}

// A gramSet is the distinct bigrams of one folded text with their counts
// (at most 255), in the order add would meet them. Writers collect it on
// all cores before they build a segment, so that building costs one
// posting append per distinct bigram (addSet), not a map update per
// character.
type gramSet struct {
	keys   []uint64
	counts []uint8
}

func collectGrams(folded string) gramSet {
	var gs gramSet
	at := make(map[uint64]int)
	put := func(k uint64) {
		if i, ok := at[k]; ok {
			if gs.counts[i] < 0xff {
				gs.counts[i]++
			}
			return
		}
		at[k] = len(gs.keys)
		gs.keys = append(gs.keys, k)
		gs.counts = append(gs.counts, 1)
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
	return gs
}

// addSet records gs under local slot, which must be greater than every
// slot added before; the same as add of the text gs was collected from.
func (g *grams) addSet(slot uint32, gs gramSet) {
	for i, k := range gs.keys {
		g.post[k] = append(g.post[k], slot<<8|uint32(gs.counts[i]))
	}
}

// lookup returns the sorted local slots whose folded text contains fw,
// which must be folded and non-empty, and the count of fw in each (see
// above). text gives the folded text of a slot ("" for a deleted one).
func (sg *segment) lookup(fw string, text func(uint32) string) ([]uint32, []uint8) {
	runes := []rune(fw)
	switch len(runes) {
	case 0:
		return nil, nil
	case 1:
		lo, hi := sg.keysFrom(runes[0])
		if lo == hi {
			return nil, nil
		}
		counts := make([]uint16, sg.numSlots())
		var list []uint32
		for i := lo; i < hi; i++ {
			list = sg.appendList(list[:0], i)
			for _, e := range list {
				if int(e>>8) < len(counts) {
					counts[e>>8] += uint16(e & 0xff)
				}
			}
		}
		var slots []uint32
		var tfs []uint8
		for s, c := range counts {
			if c > 0 && text(uint32(s)) != "" {
				slots = append(slots, uint32(s))
				tfs = append(tfs, uint8(min(c, 255)))
			}
		}
		return slots, tfs
	}
	// The lists by length, known without decoding them: the shortest is
	// decoded, the others are decoded as they are intersected with it,
	// with no copy of their own.
	lists := make([]int, 0, len(runes)-1)
	for i := 1; i < len(runes); i++ {
		j, ok := slices.BinarySearch(sg.keys, bigram(runes[i-1], runes[i]))
		if !ok {
			return nil, nil
		}
		lists = append(lists, j)
	}
	sort.Slice(lists, func(i, j int) bool { return sg.postLen[lists[i]] < sg.postLen[lists[j]] })
	cand := sg.appendList(make([]uint32, 0, sg.postLen[lists[0]]), lists[0])
	for _, j := range lists[1:] {
		if len(cand) == 0 || len(runes) > 2 && int(sg.postLen[j]) > verifyRatio*len(cand) {
			// a list this much longer costs more to decode than the
			// candidates cost to confirm (below): the lists left are
			// longer still
			break
		}
		cand = sg.intersectList(cand, j)
	}
	slots := cand[:0] // cand is this lookup's own: the slots overwrite it as it is read
	tfs := make([]uint8, 0, len(cand))
	for _, e := range cand {
		s := e >> 8
		t := text(s)
		if t == "" {
			continue
		}
		if len(runes) == 2 || containsFolded(t, fw) {
			slots = append(slots, s)
			tfs = append(tfs, uint8(e&0xff))
		}
	}
	return slots, tfs
}

// verifyRatio is how many times longer than the candidates a posting
// list must be for an exact lookup to confirm the candidates against
// their text instead of decoding it.
const verifyRatio = 16

// intersectList returns the entries of a (sorted) whose slot is in the
// i-th list, reusing a; each keeps the smaller count of the two.
func (sg *segment) intersectList(a []uint32, i int) []uint32 {
	r := listReader{b: sg.post[sg.postOff[i]:sg.postOff[i+1]]}
	out := a[:0]
	j := 0
	for e, ok := r.next(); ok && j < len(a); e, ok = r.next() {
		for j < len(a) && a[j]>>8 < e>>8 {
			j++
		}
		if j < len(a) && a[j]>>8 == e>>8 {
			out = append(out, min(a[j], e))
			j++
		}
	}
	return out
}

// containsFolded reports whether t contains fw, as strings.Contains does.
// strings.Contains looks for the first byte of fw with IndexByte and checks
// each place it finds; in Chinese text the first byte of a character is
// one of a few (0xE4-0xE9 for most Han), so that stops every few bytes.
// For fw that starts with a multi-byte rune it looks for the rest of fw
// instead, which starts with a continuation byte, one of 64, and checks
// the byte before: several times faster over a candidate's text.
func containsFolded(t, fw string) bool {
	if len(fw) < 3 || fw[0] < utf8.RuneSelf {
		return strings.Contains(t, fw)
	}
	rest := fw[1:]
	for i := 1; i <= len(t); {
		j := strings.Index(t[i:], rest)
		if j < 0 {
			return false
		}
		if t[i+j-1] == fw[0] {
			return true
		}
		i += j + 1
	}
	return false
}
