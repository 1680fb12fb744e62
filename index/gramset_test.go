package index

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
)

// TestAddSetSameAsAdd checks that collecting a text's bigrams before the
// lock and adding them after (collectGrams, addSet) builds the same lists
// as adding the text itself, repeated bigrams and the 255 cap included.
func TestAddSetSameAsAdd(t *testing.T) {
	texts := []string{
		"", "a", "双减", "双减双减双减", strings.Repeat("课后服务", 300), noisyText(1, 5000), noisyText(2, 20),
		"推进教育现代化\n坚持立德树人", "ＡＢ ab 12%", strings.Repeat("啊", 600),
	}
	a, b := newGrams(), newGrams()
	for i, s := range texts {
		f := analysis.FoldSection("", "", s)
		a.add(uint32(i), f)
		b.addSet(uint32(i), collectGrams(f))
	}
	if !reflect.DeepEqual(a.post, b.post) {
		t.Errorf("posting lists differ")
	}
	if !reflect.DeepEqual(a.chars, b.chars) || len(a.chars) == 0 {
		t.Errorf("character lists differ")
	}
}

// TestCollectGramsScratch checks collectGrams, whose map and slices are
// reused from one text to the next, against a plain collection made anew
// for each text: texts long and short in turn, so that a text follows a
// longer one and a shorter one in the same scratch space.
func TestCollectGramsScratch(t *testing.T) {
	texts := []string{
		strings.Repeat("课后服务", 300), "", "a", noisyText(1, 5000), "双减", "双减双减双减",
		noisyText(2, 20), "推进教育现代化\n坚持立德树人", noisyText(3, 3000), "ＡＢ ab 12%",
		strings.Repeat("啊", 600), "z",
	}
	for i := range 40 {
		texts = append(texts, noisyText(10+i, 10+i*97%1500))
	}
	// more distinct bigrams than the scratch keeps a map for, then short
	// texts again
	var wide []rune
	for r := rune(0x4E00); r < 0x4E00+maxScratchKeys+100; r++ {
		wide = append(wide, r)
	}
	texts = append(texts, string(wide), "双减", noisyText(4, 800))
	for _, s := range texts {
		f := analysis.FoldSection("", "", s)
		got, want := collectGrams(f), plainGrams(f)
		if !slices.Equal(got.keys, want.keys) || !slices.Equal(got.ends, want.ends) || !slices.Equal(got.pos, want.pos) ||
			!slices.Equal(got.chars, want.chars) || !slices.Equal(got.charIn, want.charIn) {
			t.Fatalf("%.40q: collectGrams %+v, want %+v", f, got, want)
		}
	}
}

// plainGrams is collectGrams without reused space: the distinct bigrams of
// folded in the order it meets them, each bigram's places, and the
// characters that start them with their counts.
func plainGrams(folded string) gramSet {
	var gs gramSet
	at := map[uint64]int{}
	var places [][]uint32
	p := uint32(0)
	rs := []rune(folded)
	for i, r := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		k := bigram(r, next)
		j, ok := at[k]
		if !ok {
			j = len(gs.keys)
			at[k] = j
			gs.keys = append(gs.keys, k)
			places = append(places, nil)
		}
		places[j] = append(places[j], p)
		p++
	}
	charAt := map[rune]int{}
	for i, k := range gs.keys {
		gs.pos = append(gs.pos, places[i]...)
		gs.ends = append(gs.ends, uint32(len(gs.pos)))
		r := rune(k >> 32)
		j, ok := charAt[r]
		if !ok {
			j = len(gs.chars)
			charAt[r] = j
			gs.chars = append(gs.chars, r)
			gs.charIn = append(gs.charIn, 0)
		}
		gs.charIn[j] += uint32(len(places[i]))
	}
	return gs
}
