package index

import (
	"encoding/binary"
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// TestPlace checks place against binary.Uvarint: the same value and
// length for a place of one or two bytes, none for a longer one or one
// cut short, whatever follows the slice in its array.
func TestPlace(t *testing.T) {
	rng := rand.New(rand.NewSource(73))
	vals := []uint64{0, 1, 126, 127, 128, 129, 255, 256, 300, 16382, 16383, 16384, 16385, 1 << 20, 1<<21 - 1, 1 << 21, 1 << 28}
	for range 2000 {
		vals = append(vals, uint64(rng.Intn(1<<[]int{7, 14, 21}[rng.Intn(3)])))
	}
	for _, v := range vals {
		enc := binary.AppendUvarint(nil, v)
		cases := map[string][]byte{
			"alone":            slices.Clip(enc),
			"before a place":   append(slices.Clone(enc), 5),
			"before a 0xff":    append(slices.Clone(enc), 0xff, 0xff),
			"cut short":        append(slices.Clone(enc), 0xff)[:len(enc)-1],
			"cut short, alone": slices.Clip(enc[:len(enc)-1]),
		}
		for name, b := range cases {
			if len(b) == 0 {
				continue
			}
			wv, wn := binary.Uvarint(b)
			gv, gn := place(b)
			if wn == 1 || wn == 2 {
				if gv != uint32(wv) || gn != wn {
					t.Errorf("place(%x) %s = %d, %d; want %d, %d", b, name, gv, gn, wv, wn)
				}
			} else if gn != 0 {
				t.Errorf("place(%x) %s = %d, %d; want none (Uvarint: %d, %d)", b, name, gv, gn, wv, wn)
			}
		}
	}
}

// TestLookupFarPlaces checks lookups, over the whole index and within
// sets of sections large and small, against a brute-force scan where the
// places of a wording lie in all three widths of their encoding: near
// the one before (one byte), up to 16,383 characters on (two) and
// further (three: sections of over 16,384 characters). The alphabet is
// small, so that the lists are dense and their bits narrow the
// candidates (denseCandidates, both ways: member by member for a few,
// an AND of the lists for many), and the wordings often occur in part
// only, so that candidates are turned down by their places. It runs with
// every segment read whole and in ranges of slots, the ranges' answers
// copied into one on several goroutines.
func TestLookupFarPlaces(t *testing.T) {
	t.Run("whole", testLookupFarPlaces)
	t.Run("in ranges", func(t *testing.T) {
		defer func(n uint32, z, c, k, p int) {
			parallelSlots, splitSlots, copyApart, setKeep = n, z, c, k
			runtime.GOMAXPROCS(p)
		}(parallelSlots, splitSlots, copyApart, setKeep, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
		parallelSlots, splitSlots, copyApart, setKeep = 0, 0, 0, 0
		testLookupFarPlaces(t)
	})
}

func testLookupFarPlaces(t *testing.T) {
	ix, _ := openTemp(t)
	rng := rand.New(rand.NewSource(7314))
	alphabet := []rune("明湖望川县学校")
	text := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	docs := map[string]*corpus.Document{}
	var batch []*corpus.Document
	for i := range 300 {
		var ht []string
		for range 1 + rng.Intn(3) {
			n := 5 + rng.Intn(60)
			switch rng.Intn(20) {
			case 0:
				n = 200 + rng.Intn(400) // places of two bytes apart
			case 1:
				n = 16384 + rng.Intn(3000) // places of three bytes
			}
			ht = append(ht, "（一）", text(n))
		}
		d := doc(fmt.Sprintf("d%03d", i), "望川县", 2020+rng.Intn(5), ht...)
		batch = append(batch, d)
		docs[d.ID] = d
		if len(batch) == 100 {
			if err := ix.Add(batch...); err != nil {
				t.Fatal(err)
			}
			batch = nil
		}
	}
	err := ix.View(func(v *View) error {
		live := v.Live()
		for q := range 300 {
			k := 3 + rng.Intn(6)
			fw := analysis.Fold(text(k))
			want := scanCounts(docs, fw)
			var within []uint32
			switch q % 3 {
			case 0: // the whole index
			case 1: // a few members: tested one by one against the lists' bits
				for range 1 + rng.Intn(3) {
					within = append(within, live[rng.Intn(len(live))])
				}
			case 2: // many: the lists ANDed
				for _, s := range live {
					if rng.Intn(2) == 0 {
						within = append(within, s)
					}
				}
			}
			slices.Sort(within)
			within = slices.Compact(within)
			var slots []uint32
			var tfs []uint8
			if within == nil {
				slots, tfs = v.s.lookup(fw)
			} else {
				slots, tfs = v.s.lookupWithin(fw, within)
			}
			n := 0
			for _, s := range live {
				if _, in := slices.BinarySearch(within, s); (in || within == nil) && want[v.SectionID(s)] > 0 {
					n++
				}
			}
			if len(slots) != n {
				t.Errorf("lookup of %q in %d members: %d sections, brute force %d", fw, len(within), len(slots), n)
			}
			for j, s := range slots {
				if _, in := slices.BinarySearch(within, s); !in && within != nil {
					t.Errorf("lookup of %q: slot %d not a member", fw, s)
				}
				if w := want[v.SectionID(s)]; tfs[j] != w {
					t.Errorf("lookup of %q: section %s count %d, brute force %d", fw, v.SectionID(s), tfs[j], w)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestDenseCandidates checks the members of a set that denseCandidates
// keeps against each member's bit in each dense list read one by one:
// for a few members (tested one by one) and for many (the lists ANDed),
// over a segment whole and in ranges. It is a filter a lookup's places
// check after it, so a member let through wrongly changes no answer: only
// this test sees it.
func TestDenseCandidates(t *testing.T) {
	ix, _ := openTemp(t)
	rng := rand.New(rand.NewSource(7315))
	alphabet := []rune("明湖望川县学校教")
	var batch []*corpus.Document
	for i := range 400 {
		var b strings.Builder
		for range 3 + rng.Intn(30) {
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		batch = append(batch, doc(fmt.Sprintf("d%03d", i), "望川县", 2021, "（一）", b.String()))
	}
	if err := ix.Add(batch...); err != nil {
		t.Fatal(err)
	}
	err := ix.View(func(v *View) error {
		for i := range v.s.segs {
			sv := &v.s.segs[i]
			sg := sv.seg
			n := uint32(sg.numSlots())
			for q := range 400 {
				var lists []int
				for range 1 + rng.Intn(4) {
					lists = append(lists, rng.Intn(len(sg.keys)))
				}
				lo, hi := uint32(0), n
				if q%2 == 1 && n > 128 {
					lo = uint32(rng.Intn(int(n)/64)) * 64
					hi = lo + uint32(rng.Intn(int(n-lo))) + 1
				}
				var within []uint32
				if q%4 < 2 {
					for range 1 + rng.Intn(3) {
						within = append(within, sv.base+lo+uint32(rng.Intn(int(hi-lo))))
					}
				} else {
					for s := lo; s < hi; s++ {
						if rng.Intn(2) == 0 {
							within = append(within, sv.base+s)
						}
					}
				}
				slices.Sort(within)
				within = slices.Compact(within)
				got, ok := sg.denseCandidates(lists, within, sv.base, lo, hi, nil)
				var ds []*denseList
				for _, j := range lists {
					if d, ok := sg.dense(j); ok {
						ds = append(ds, d)
					}
				}
				if !ok {
					if len(ds) != 0 {
						t.Fatalf("lists %v: no candidates for %d dense lists", lists, len(ds))
					}
					continue
				}
				want := []uint32{}
				for _, m := range within {
					in := true
					for _, d := range ds {
						in = in && bitset(d.bits).has(m-sv.base)
					}
					if in {
						want = append(want, m)
					}
				}
				if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
					t.Errorf("lists %v, %d members in %d..%d: %v, want %v", lists, len(within), lo, hi, got, want)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
