package index

// Exact wording
//
// Quoted wording is found the way codesearch finds a regexp: a cheap index
// proposes candidates, the text confirms. The index here is in memory and
// maps every pair of adjacent folded runes (a bigram; the last rune of a text
// pairs with 0) to the sorted list of the sections (slots) that contain it.
// Slots grow with every section added, so appending keeps the lists sorted
// and a repeated bigram within one section is a check of the last element.
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
	"math/bits"
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

func (g *grams) addKey(first rune, k uint64, slot uint32) {
	p, ok := g.post[k]
	if !ok {
		g.byFirst[first] = append(g.byFirst[first], k)
	}
	if n := len(p); n > 0 && p[n-1] == slot {
		return
	}
	g.post[k] = append(p, slot)
}

// lookup returns the sorted slots whose folded text contains fw, which must
// be folded and non-empty. text gives the folded text of a slot ("" for a
// deleted one); n is the number of slots.
func (g *grams) lookup(fw string, n int, text func(uint32) string) []uint32 {
	runes := []rune(fw)
	switch len(runes) {
	case 0:
		return nil
	case 1:
		keys := g.byFirst[runes[0]]
		if len(keys) == 1 {
			return live(g.post[keys[0]], text)
		}
		seen := make([]uint64, (n+63)/64)
		for _, k := range keys {
			for _, s := range g.post[k] {
				seen[s/64] |= 1 << (s % 64)
			}
		}
		var out []uint32
		for w, word := range seen {
			for word != 0 {
				i := uint32(w*64) + uint32(bits.TrailingZeros64(word))
				word &= word - 1
				if text(i) != "" {
					out = append(out, i)
				}
			}
		}
		return out
	}
	lists := make([][]uint32, 0, len(runes)-1)
	for i := 1; i < len(runes); i++ {
		p, ok := g.post[bigram(runes[i-1], runes[i])]
		if !ok {
			return nil
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
	out := cand[:0]
	for _, s := range cand {
		t := text(s)
		if t == "" {
			continue
		}
		if len(runes) == 2 || strings.Contains(t, fw) {
			out = append(out, s)
		}
	}
	return out
}

func live(p []uint32, text func(uint32) string) []uint32 {
	out := make([]uint32, 0, len(p))
	for _, s := range p {
		if text(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// intersect returns the elements of a that are in b, reusing a.
func intersect(a, b []uint32) []uint32 {
	out := a[:0]
	j := 0
	for _, x := range a {
		if len(b)-j > 8*(len(a)) {
			// b is much longer: gallop.
			j += sort.Search(len(b)-j, func(i int) bool { return b[j+i] >= x })
		} else {
			for j < len(b) && b[j] < x {
				j++
			}
		}
		if j == len(b) {
			break
		}
		if b[j] == x {
			out = append(out, x)
		}
	}
	return out
}
