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

// TestCharEntries round-trips a character's list through its byte form
// (appendCharEntry, and charReader and appendChar, with and without
// deletions): slot 0, near and far slots, the largest
// slot a segment has, counts of 1, 2 and past 255 (kept as 255), and a
// list cut short in an entry, which ends the reading.
func TestCharEntries(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	// a segment of the most sections, so that no list here is dense
	allSlots := make([]uint32, maxSegSlots)
	for trial := 0; trial < 2000; trial++ {
		var b []byte
		var slots []uint32
		var counts []uint8
		slot, prev := uint32(0), uint32(0)
		for e := range rng.Intn(60) {
			if e > 0 || rng.Intn(2) == 0 {
				slot += uint32(1 + rng.Intn([]int{3, 200, 100000}[rng.Intn(3)]))
			}
			if slot >= maxSegSlots {
				slot = maxSegSlots - 1
				if e > 0 && slot == prev {
					break
				}
			}
			c := []uint32{1, 1, 2, uint32(3 + rng.Intn(100)), uint32(200 + rng.Intn(1000))}[rng.Intn(5)]
			b = appendCharEntry(b, slot-prev, c)
			slots, counts = append(slots, slot), append(counts, uint8(min(c, 255)))
			prev = slot
		}
		r := charReader{b: b}
		var gs []uint32
		var gc []uint8
		for s, c, ok := r.next(); ok; s, c, ok = r.next() {
			gs, gc = append(gs, s), append(gc, c)
		}
		if !slices.Equal(gs, slots) || !slices.Equal(gc, counts) {
			t.Fatalf("trial %d: read %v %v, want %v %v", trial, gs, gc, slots, counts)
		}
		// appendChar, which decodes without a call or a branch on the
		// count, reads the same, with base added, deleted slots left out
		var del bitset
		if trial%2 == 1 && len(slots) > 0 {
			last := slots[len(slots)-1]
			a := uint32(rng.Intn(int(last) + 1))
			del = del.withRange(a, min(a+uint32(rng.Intn(300)), last+1), int(last)+1)
		}
		var ws []uint32
		var wc []uint8
		for k, s := range slots {
			if !del.has(s) {
				ws, wc = append(ws, s+3), append(wc, counts[k])
			}
		}
		sg := &segment{charPost: b, charOff: []uint64{0, uint64(len(b))}, charLen: []uint32{uint32(len(slots))}, slotDoc: allSlots}
		if as, ac := sg.appendChar(nil, nil, 0, del, 3); !slices.Equal(as, ws) || !slices.Equal(ac, wc) {
			t.Fatalf("trial %d: appendChar = %v %v, want %v %v", trial, as, ac, ws, wc)
		}
		if len(b) > 0 {
			r := charReader{b: b[:len(b)-1]}
			n := 0
			for _, _, ok := r.next(); ok; _, _, ok = r.next() {
				n++
			}
			if n != len(slots)-1 {
				t.Fatalf("trial %d: a list cut in its last entry reads %d entries, want %d", trial, n, len(slots)-1)
			}
			sg := &segment{charPost: b[:len(b)-1], charOff: []uint64{0, uint64(len(b) - 1)}, charLen: []uint32{uint32(n)}, slotDoc: allSlots}
			if as, _ := sg.appendChar(nil, nil, 0, nil, 0); len(as) != n {
				t.Fatalf("trial %d: appendChar of a list cut in its last entry gives %d entries, want %d", trial, len(as), n)
			}
		}
	}
}
