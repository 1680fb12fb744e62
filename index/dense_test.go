package index

import (
	"math/rand"
	"slices"
	"testing"
)

// TestDenseLists checks the dense layout of a list (dense.go) against the
// entries it was made from: reading it whole (next), jumping to slots in
// order (skipTo, seek) from every kind of place in its words of bits, an
// entry asked for by its slot (at), and
// its counts (appendCounts) with and without deletions, beside the
// package's appendCounts of the entries; for lists of every density up to
// full, places of one byte up to over 255 bytes (whose length rides in the
// places), segments of a few slots to several thousand.
func TestDenseLists(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for trial := range 300 {
		slots := []int{1, 2, 63, 64, 65, 200, 1000, 5000}[rng.Intn(8)]
		density := []float64{0.13, 0.3, 0.7, 1}[rng.Intn(4)]
		var want []listEntry
		var b []byte
		prev := uint32(0)
		for s := range uint32(slots) {
			if rng.Float64() >= density {
				continue
			}
			var pos []uint32
			p := uint32(rng.Intn(3))
			nplaces := 1 + rng.Intn(3)
			if rng.Intn(40) == 0 {
				nplaces = 100 + rng.Intn(200) // over 255 bytes
			}
			for range nplaces {
				pos = append(pos, p)
				p += 1 + uint32(rng.Intn([]int{3, 200, 20000}[rng.Intn(3)]))
			}
			b = appendEntry(b, s-prev, pos)
			prev = s
			_, pb, _ := (&listReader{b: appendEntry(nil, 0, pos)}).next()
			want = append(want, listEntry{s, pb})
		}
		if len(want) == 0 || !isDense(len(want), slots) {
			continue
		}
		enc := appendDense(nil, b, len(want), slots)
		sg := &segment{post: enc, postOff: []uint64{0, uint64(len(enc))}, postLen: []uint32{uint32(len(want))},
			skipOff: []uint64{0, 0}, slotDoc: make([]uint32, slots)}
		d, ok := sg.dense(0)
		if !ok || len(d.bits) != denseWords(slots) {
			t.Fatalf("trial %d: list of %d entries in %d slots not read as dense", trial, len(want), slots)
		}
		if got := listEntries(sg.reader(0)); !slices.EqualFunc(got, want, entryEqual) {
			t.Fatalf("trial %d: %d entries read, want %d: %v", trial, len(got), len(want), got)
		}
		// jumps to slots in order, each from where the one before left r
		r := sg.reader(0)
		next := 0 // the first entry r has not returned
		for s := uint32(rng.Intn(3)); int(s) <= slots+2; s += uint32(1 + rng.Intn([]int{2, 10, 100}[rng.Intn(3)])) {
			first := next
			for first < len(want) && want[first].slot < s {
				first++
			}
			var got uint32
			var pb []byte
			var ok bool
			if rng.Intn(2) == 0 {
				got, pb, ok = r.skipTo(s)
			} else {
				r.seek(s)
				got, pb, ok = r.next()
			}
			if first == len(want) {
				if ok {
					t.Fatalf("trial %d: skipTo(%d) = %d past the last entry", trial, s, got)
				}
				break
			}
			if !ok || got != want[first].slot || !entryEqual(listEntry{got, pb}, want[first]) {
				t.Fatalf("trial %d: skipTo(%d) = %d %v, want %d", trial, s, got, ok, want[first].slot)
			}
			next = first + 1
		}
		// asked slot by slot in order (at), members or not, and once
		// out of order (counted from the first entry again)
		bySlot := map[uint32][]byte{}
		for _, e := range want {
			bySlot[e.slot] = e.places
		}
		var c denseCursor
		for s := uint32(rng.Intn(2)); int(s) < slots+70; s += uint32(1 + rng.Intn([]int{1, 5, 80}[rng.Intn(3)])) {
			pb, ok := d.at(s, &c)
			if wpb, in := bySlot[s]; ok != in || ok && string(pb) != string(wpb) {
				t.Fatalf("trial %d: at(%d) = %v %v, want %v %v", trial, s, pb, ok, wpb, in)
			}
		}
		if pb, ok := d.at(want[0].slot, &c); !ok || string(pb) != string(want[0].places) {
			t.Fatalf("trial %d: at(%d) after the last = %v %v, want the first entry", trial, want[0].slot, pb, ok)
		}
		var del bitset
		for _, deleted := range []bool{false, true} {
			if deleted {
				del = del.withRange(uint32(slots/3), uint32(slots/2), slots).withRange(0, 1, slots)
			}
			ws, wt := appendCounts(nil, nil, b, del, 100)
			gs, gt := d.appendCounts(nil, nil, del, 100)
			if !slices.Equal(gs, ws) || !slices.Equal(gt, wt) {
				t.Fatalf("trial %d, deletions %v: appendCounts = %v %v, want %v %v", trial, deleted, gs, gt, ws, wt)
			}
		}
	}
}

// TestSumLens checks the lengths added eight at a time against a loop.
func TestSumLens(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for range 2000 {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = byte(rng.Intn([]int{4, 256, 255}[rng.Intn(3)]))
		}
		want, wantOK := 0, true
		for _, c := range b {
			want += int(c)
			wantOK = wantOK && c != 255
		}
		if got, ok := sumLens(b); ok != wantOK || ok && got != want {
			t.Fatalf("sumLens(%v) = %d %v, want %d %v", b, got, ok, want, wantOK)
		}
	}
}

// TestDenseChars checks a dense character list (format 8) against the
// same entries in the entry-by-entry form: read whole with and without
// deletions (appendChar), counted in members with and without deletions
// (wordFreqs), walked for a merge (each), and its bits against those of
// the entry-by-entry list over ranges of slots (charBits), counts of 1,
// 2 and past 255 (kept as 255).
func TestDenseChars(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	allSlots := make([]uint32, maxSegSlots) // a segment where no list is dense
	for trial := range 300 {
		ns := 1 + rng.Intn(3000)
		var slots []uint32
		var counts []uint8
		var b []byte
		prev := uint32(0)
		for s := range uint32(ns) {
			if rng.Intn(3) == 0 {
				continue
			}
			c := []uint32{1, 1, 2, uint32(3 + rng.Intn(100)), uint32(200 + rng.Intn(1000))}[rng.Intn(5)]
			b = appendCharEntry(b, s-prev, c)
			slots, counts, prev = append(slots, s), append(counts, uint8(min(c, 255))), s
		}
		n := len(slots)
		if !isDense(n, ns) {
			continue
		}
		pre := trial % 8 // where the list begins in its 8 bytes
		d := appendDenseChars(make([]byte, pre), b, n, ns)
		sg := &segment{charKeys: []uint32{'教'}, charPost: d, charOff: []uint64{uint64(pre), uint64(len(d))}, charLen: []uint32{uint32(n)}, slotDoc: make([]uint32, ns)}
		sparse := &segment{charKeys: []uint32{'教'}, charPost: b, charOff: []uint64{0, uint64(len(b))}, charLen: []uint32{uint32(n)}, slotDoc: allSlots}
		dc, ok := sg.charDense(0)
		if !ok || len(dc.counts) != n {
			t.Fatalf("trial %d: a list of %d entries in %d slots is not read dense", trial, n, ns)
		}
		var es []uint32
		var ec []uint8
		dc.each(func(s uint32, c uint8) bool { es, ec = append(es, s), append(ec, c); return true })
		if !slices.Equal(es, slots) || !slices.Equal(ec, counts) {
			t.Fatalf("trial %d: each gives %v %v, want %v %v", trial, es, ec, slots, counts)
		}
		var del bitset
		ndel := 0
		if trial%2 == 1 {
			a := uint32(rng.Intn(ns))
			del = del.withRange(a, min(a+uint32(rng.Intn(300)), uint32(ns)), ns)
			for s := range uint32(ns) {
				if del.has(s) {
					ndel++
				}
			}
		}
		ws, wc := sparse.appendChar(nil, nil, 0, del, 5)
		if gs, gc := sg.appendChar(nil, nil, 0, del, 5); !slices.Equal(gs, ws) || !slices.Equal(gc, wc) {
			t.Fatalf("trial %d: appendChar = %v %v, want %v %v", trial, gs, gc, ws, wc)
		}
		// counts in members: every third slot of the segment
		var members []uint32
		for s := uint32(0); s < uint32(ns); s += 3 {
			members = append(members, s+5)
		}
		sv := &segView{seg: sg, base: 5, del: del, ndel: ndel}
		svs := &segView{seg: sparse, base: 5, del: del, ndel: ndel}
		got, want := make([]uint8, len(members)), make([]uint8, len(members))
		gdf, wdf := sg.wordFreqs([]rune("教"), sv, members, got), sparse.wordFreqs([]rune("教"), svs, members, want)
		if gdf != wdf || !slices.Equal(got, want) {
			t.Fatalf("trial %d: wordFreqs = %d %v, want %d %v", trial, gdf, got, wdf, want)
		}
		lo := uint32(rng.Intn(ns)) &^ 63
		hi := min(lo+uint32(1+rng.Intn(500)), uint32(ns))
		wb := charBits(nil, b, lo, hi)
		gb := dc.bits[lo>>6 : denseWords(int(hi))]
		for x := range wb {
			// the dense list's words hold the slots past hi as well
			mask := ^uint64(0)
			if end := int(hi-lo) - 64*x; end < 64 {
				mask = 1<<end - 1
			}
			if gb[x]&mask != wb[x] {
				t.Fatalf("trial %d: bits of %d to %d, word %d: %x, want %x", trial, lo, hi, x, gb[x]&mask, wb[x])
			}
		}
	}
}
