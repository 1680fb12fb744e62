package index

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// TestLookupWithinEdges checks a wording's answer within a set of
// sections (its candidates confirmed one by one along the lists of its
// cover: appendLookupRange with within, as a term's exact count is
// found) against a scan of the texts, sections and counts, over a segment
// whole and in ranges: wording at a section's start and at its end,
// repeated characters (哈哈哈 in 哈哈哈哈哈 is there three times), a bigram
// twice in the wording (推进教育推进), two characters, and deleted
// sections. The common bigrams' lists are dense (dense.go) and the rare
// ones' not, so both kinds come first and come later.
func TestLookupWithinEdges(t *testing.T) {
	rng := rand.New(rand.NewSource(8711))
	pieces := []string{"推进", "教育", "哈哈", "哈", "发展", "，", "白塔县", "青川市", "推进教育推进", "学校", "a1"}
	b := newSegBuilder()
	b.addDoc("d", 1)
	var texts []string
	for i := range 1500 {
		var text string
		for range rng.Intn(9) {
			text += pieces[rng.Intn(len(pieces))]
		}
		switch i % 10 {
		case 0:
			text = "哈哈哈" + text // at the start
		case 1:
			text += "哈哈哈" // at the end
		case 2:
			text = "推进教育推进" // the whole section
		case 3:
			text += "哈哈哈哈哈"
		}
		texts = append(texts, text)
		b.addSection(fmt.Sprintf("s%04d", i), text, int32(len([]rune(text))), nil)
	}
	sg := b.build()
	dense := 0
	for j := range sg.keys {
		if _, ok := sg.dense(j); ok {
			dense++
		}
	}
	if dense == 0 || dense == len(sg.keys) {
		t.Fatalf("%d dense lists of %d: want both kinds", dense, len(sg.keys))
	}
	n := len(texts)
	var del bitset
	del = del.withRange(2, 3, n).withRange(700, 760, n).withRange(uint32(n-1), uint32(n), n)
	words := []string{"哈哈哈", "哈哈", "哈哈哈哈", "推进教育推进", "教育推进", "进教育推", "推进教育", "白塔县", "塔县青川", "县推进", "哈，", "育a1", "a1哈哈", "学校哈哈哈", "推进推进推进", "哈哈哈哈哈哈"}
	for _, w := range words {
		for _, d := range []bitset{nil, del} {
			for q := range 6 {
				lo, hi := uint32(0), uint32(n)
				if q >= 3 {
					lo = uint32(rng.Intn(n/64)) * 64
					hi = lo + uint32(rng.Intn(n-int(lo))) + 1
				}
				var within []uint32
				for s := lo; s < hi; s++ {
					if q%3 == 0 || q%3 == 1 && rng.Intn(2) == 0 || rng.Intn(40) == 0 {
						within = append(within, s)
					}
				}
				if len(within) == 0 {
					continue
				}
				all, allTF := scanLookup(texts, w, d)
				var want []uint32
				var wantTF []uint8
				for k, s := range all {
					if _, ok := slices.BinarySearch(within, s); ok {
						want, wantTF = append(want, s), append(wantTF, allTF[k])
					}
				}
				got, tf := sg.appendLookupRange(nil, nil, []rune(w), d, 0, within, lo, hi)
				if !slices.Equal(got, want) || !slices.Equal(tf, wantTF) {
					t.Errorf("%q within %d of %d..%d, %d deleted: %d sections %v %v, want %d %v %v", w, len(within), lo, hi, len(d), len(got), got, tf, len(want), want, wantTF)
				}
			}
		}
	}
}
