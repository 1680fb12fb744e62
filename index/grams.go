package index

// Exact wording
//
// Quoted wording is found the way codesearch finds a regexp: a cheap index
// proposes candidates, the text confirms. The index here is in memory and
// maps every pair of adjacent folded runes (a bigram; the last rune of a text
// pairs with 0) to the sorted list of the sections (slots) that contain it,
// each entry slot<<8 | the bigram's count in the section (at most 255).
// Slots grow with every section added, so appending keeps the lists sorted
// and a repeated bigram within one section is a check of the last element.
// The counts give term frequencies for ranking large result sets (bm25.go):
// exact for one and two characters, an upper bound (the rarest bigram's
// count) for longer wording.
//
//	one rune    the union of the lists of all bigrams that start with it: exact
//	two runes   the list of that bigram: exact
//	more        the intersection of the lists of its bigrams (rarest first),
//	            then strings.Contains on the folded text of each candidate
//
// So wording of any length, cutting across gse words or not, is found in
// every section whose folded text contains it and in no other. The lists
// are built from the stored section texts when the index opens (in the
// background) and kept up to date by Add and Delete; deleted slots are
// masked, not removed, until the next open.

import (
	"sort"
	"strings"
)

type grams struct {
	post    map[uint64][]uint32
	byFirst map[rune][]uint64 // the bigrams that start with a rune
}

func newGrams() *grams {
	return &grams{post: make(map[uint64][]uint32), byFirst: make(map[rune][]uint64)}
}

func bigram(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// add records the bigrams of folded text under slot, which must be greater
// than every slot added before.
func (g *grams) add(slot uint32, folded string) {
	prev := rune(-1)
	for _, r := range folded {
		if prev >= 0 {
			g.addKey(prev, bigram(prev, r), slot)
		}
		prev = r
	}
	if prev >= 0 {
		g.addKey(prev, bigram(prev, 0), slot)
	}
}

// A gramSet is the distinct bigrams of one folded text with their counts
// (at most 255), in the order add would meet them. Writers collect it
// before they take the index's lock, so that under the lock a section
// costs one posting append per distinct bigram (addSet), not a map update
// per character.
type gramSet struct {
	keys   []uint64
	firsts []rune
	counts []uint8
}

func collectGrams(folded string) gramSet {
	var gs gramSet
	at := make(map[uint64]int)
	put := func(first rune, k uint64) {
		if i, ok := at[k]; ok {
			if gs.counts[i] < 0xff {
				gs.counts[i]++
			}
			return
		}
		at[k] = len(gs.keys)
		gs.keys = append(gs.keys, k)
		gs.firsts = append(gs.firsts, first)
		gs.counts = append(gs.counts, 1)
	}
	prev := rune(-1)
	for _, r := range folded {
		if prev >= 0 {
			put(prev, bigram(prev, r))
		}
		prev = r
	}
	if prev >= 0 {
		put(prev, bigram(prev, 0))
	}
	return gs
}

// addSet records gs under slot, which must be greater than every slot
// added before; the same as add of the text gs was collected from.
func (g *grams) addSet(slot uint32, gs gramSet) {
	for i, k := range gs.keys {
		p, ok := g.post[k]
		if !ok {
			g.byFirst[gs.firsts[i]] = append(g.byFirst[gs.firsts[i]], k)
		}
		g.post[k] = append(p, slot<<8|uint32(gs.counts[i]))
	}
}

// maxSlots bounds the slots an Index hands out between two opens.
const maxSlots = 1 << 24

func (g *grams) addKey(first rune, k uint64, slot uint32) {
	p, ok := g.post[k]
	if !ok {
		g.byFirst[first] = append(g.byFirst[first], k)
	}
	if n := len(p); n > 0 && p[n-1]>>8 == slot {
		if p[n-1]&0xff < 0xff {
			p[n-1]++
		}
		return
	}
	g.post[k] = append(p, slot<<8|1)
}

// lookup returns the sorted slots whose folded text contains fw, which must
// be folded and non-empty, and the count of fw in each (see above). text
// gives the folded text of a slot ("" for a deleted one); n is the number
// of slots.
func (g *grams) lookup(fw string, n int, text func(uint32) string) ([]uint32, []uint8) {
	runes := []rune(fw)
	switch len(runes) {
	case 0:
		return nil, nil
	case 1:
		counts := make([]uint16, n)
		for _, k := range g.byFirst[runes[0]] {
			for _, e := range g.post[k] {
				counts[e>>8] += uint16(e & 0xff)
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
	lists := make([][]uint32, 0, len(runes)-1)
	for i := 1; i < len(runes); i++ {
		p, ok := g.post[bigram(runes[i-1], runes[i])]
		if !ok {
			return nil, nil
		}
		lists = append(lists, p)
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i]) < len(lists[j]) })
	cand := append([]uint32(nil), lists[0]...)
	for _, l := range lists[1:] {
		if len(cand) == 0 {
			break
		}
		cand = intersect(cand, l)
	}
	slots := make([]uint32, 0, len(cand))
	tfs := make([]uint8, 0, len(cand))
	for _, e := range cand {
		s := e >> 8
		t := text(s)
		if t == "" {
			continue
		}
		if len(runes) == 2 || strings.Contains(t, fw) {
			slots = append(slots, s)
			tfs = append(tfs, uint8(e&0xff))
		}
	}
	return slots, tfs
}

// intersect returns the entries of a whose slot is in b, reusing a; each
// keeps the smaller count of the two.
func intersect(a, b []uint32) []uint32 {
	out := a[:0]
	j := 0
	for _, x := range a {
		xs := x >> 8
		if len(b)-j > 8*len(a) {
			// b is much longer: gallop.
			j += sort.Search(len(b)-j, func(i int) bool { return b[j+i]>>8 >= xs })
		} else {
			for j < len(b) && b[j]>>8 < xs {
				j++
			}
		}
		if j == len(b) {
			break
		}
		if b[j]>>8 == xs {
			out = append(out, min(x, b[j]&0xff|xs<<8))
		}
	}
	return out
}
