package index

import (
	"encoding/binary"
	"math/rand"
	"slices"
	"testing"
)

// TestListDecoders checks the decoders of a list's entries against the
// entries encoded (appendEntry): appendCounts, whose short entries are
// decoded without a branch on their kind (shortEntry), and the others the
// long way; listReader.next and skipTo, which pass one place without a
// loop (onePlaceLen); and keepAt, which decodes places only as far as it
// needs. The lists mix near and far slots, one place and several, places
// of one, two and three bytes, a few places in at most 8 bytes and more,
// and counts over 255, wherever they fall against the end of the list.
func TestListDecoders(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	place := func() uint32 {
		return []uint32{uint32(rng.Intn(128)), uint32(rng.Intn(16384)), uint32(rng.Intn(1 << 20))}[rng.Intn(3)]
	}
	for trial := 0; trial < 3000; trial++ {
		var b []byte
		var slots []uint32
		var places [][]uint32
		slot := uint32(0)
		for e := range rng.Intn(40) {
			d := uint32(1 + rng.Intn([]int{3, 60, 100000}[rng.Intn(3)]))
			if e == 0 {
				d = uint32(rng.Intn(3))
			}
			slot += d
			var ps []uint32
			n := 1
			switch rng.Intn(4) {
			case 1:
				n = 2 + rng.Intn(6)
			case 2:
				n = 1 + rng.Intn(300)
			}
			for range n {
				ps = append(ps, place())
			}
			slices.Sort(ps)
			ps = slices.Compact(ps)
			b = appendEntry(b, d, ps)
			slots, places = append(slots, slot), append(places, ps)
		}
		wantTF := make([]uint8, len(places))
		for i, ps := range places {
			wantTF[i] = uint8(min(len(ps), 255))
		}
		gs, gt := appendCounts(nil, nil, b, nil, 0)
		if !slices.Equal(gs, slots) || !slices.Equal(gt, wantTF) {
			t.Fatalf("trial %d: appendCounts = %v %v, want %v %v", trial, gs, gt, slots, wantTF)
		}
		r := listReader{b: b, all: b}
		for i := range slots {
			s, pb, ok := r.next()
			if !ok || s != slots[i] || !slices.Equal(decodePlaces(nil, pb), places[i]) {
				t.Fatalf("trial %d: entry %d: next = %d %v %v, want %d %v", trial, i, s, decodePlaces(nil, pb), ok, slots[i], places[i])
			}
		}
		if _, _, ok := r.next(); ok {
			t.Fatalf("trial %d: next past the end", trial)
		}
		if len(slots) > 0 {
			k := rng.Intn(len(slots))
			r := listReader{b: b, all: b}
			s, pb, ok := r.skipTo(slots[k])
			if !ok || s != slots[k] || !slices.Equal(decodePlaces(nil, pb), places[k]) {
				t.Fatalf("trial %d: skipTo(%d) = %d %v", trial, slots[k], s, ok)
			}
			// keepAt against a search of the places
			var starts []uint32
			for _, p := range places[k] {
				if rng.Intn(2) == 0 {
					starts = append(starts, p)
				} else {
					starts = append(starts, p+uint32(rng.Intn(3)))
				}
			}
			slices.Sort(starts)
			starts = slices.Compact(starts)
			off := uint32(rng.Intn(2))
			var want []uint32
			for _, st := range starts {
				if _, found := slices.BinarySearch(places[k], st+off); found {
					want = append(want, st)
				}
			}
			if got := keepAt(slices.Clone(starts), off, pb); !slices.Equal(got, want) {
				t.Fatalf("trial %d: keepAt(%v, %d, %v) = %v, want %v", trial, starts, off, places[k], got, want)
			}
		}
	}
	// onePlaceLen against binary.Uvarint, at every length left
	for _, v := range []uint64{0, 1, 127, 128, 300, 16383, 16384, 1 << 21, 1 << 28} {
		enc := binary.AppendUvarint(nil, v)
		for _, tail := range [][]byte{nil, {0}, {0x80}, {0x80, 0x80, 0}} {
			b := append(slices.Clone(enc), tail...)
			if got := onePlaceLen(b); got != len(enc) {
				t.Errorf("onePlaceLen(% x) = %d, want %d", b, got, len(enc))
			}
		}
		if got := onePlaceLen(enc[:len(enc)-1]); got != 0 {
			t.Errorf("onePlaceLen(% x), cut short = %d, want 0", enc[:len(enc)-1], got)
		}
	}
}

// TestRuneCounting checks the counting of a single character's lists:
// addCounts, which counts the ends of a few places in one word, against
// the places encoded (saturating at 255), and countRune and appendRune,
// which pass eight slots at a time, against a loop over every slot, with
// and without deletions, over counts of every density and length.
func TestRuneCounting(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for trial := 0; trial < 2000; trial++ {
		n := rng.Intn(300)
		want := make([]int, n)
		got := make([]uint8, n)
		for range 1 + rng.Intn(4) { // the lists of several bigrams
			var b []byte
			prev := uint32(0)
			for s := 0; s < n; s++ {
				if rng.Intn(3) != 0 {
					continue
				}
				var ps []uint32
				for range []int{1, 1, 2 + rng.Intn(5), 1 + rng.Intn(200)}[rng.Intn(4)] {
					ps = append(ps, uint32(rng.Intn([]int{100, 20000}[rng.Intn(2)])))
				}
				slices.Sort(ps)
				ps = slices.Compact(ps)
				b = appendEntry(b, uint32(s)-prev, ps)
				prev = uint32(s)
				want[s] += len(ps)
			}
			addCounts(got, b)
		}
		for s := range n {
			if w := uint8(min(want[s], 255)); got[s] != w {
				t.Fatalf("trial %d: addCounts: slot %d counted %d, want %d", trial, s, got[s], w)
			}
		}
		counts := make([]uint8, rng.Intn(200))
		density := rng.Intn(4)
		for i := range counts {
			if rng.Intn(4) < density {
				counts[i] = uint8(1 + rng.Intn(255))
			}
		}
		var del bitset
		if trial%2 == 1 && len(counts) > 0 {
			a := rng.Intn(len(counts))
			del = del.withRange(uint32(a), uint32(a+rng.Intn(len(counts)-a+1)), len(counts))
		}
		var ws []uint32
		var wt []uint8
		for s, c := range counts {
			if c > 0 && !del.has(uint32(s)) {
				ws, wt = append(ws, 7+uint32(s)), append(wt, c)
			}
		}
		if got := countRune(counts, del); got != len(ws) {
			t.Fatalf("trial %d: countRune = %d, want %d", trial, got, len(ws))
		}
		gs, gt := appendRune(nil, nil, counts, del, 7)
		if !slices.Equal(gs, ws) || !slices.Equal(gt, wt) {
			t.Fatalf("trial %d: appendRune = %v %v, want %v %v", trial, gs, gt, ws, wt)
		}
	}
}
