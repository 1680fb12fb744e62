package index

import (
	"fmt"
	"testing"
)

// BenchmarkFreshViewDeletes marks every tenth document of a segment
// deleted in a view made afresh, as an open's viewOf does for the
// documents the store has at another generation (each rewritten or
// deleted since the file was written), one deleteSlots a document:
//
//	go test ./index -run '^$' -bench FreshViewDeletes -benchmem
func BenchmarkFreshViewDeletes(b *testing.B) {
	for _, slots := range []int{10_000, 100_000, 1_000_000} {
		// documents of ten sections, their slots in runs
		sg := &segment{slotDoc: make([]uint32, slots), slotRunes: make([]uint32, slots)}
		b.Run(fmt.Sprintf("slots=%d", slots), func(b *testing.B) {
			for b.Loop() {
				sv := segView{seg: sg}
				for first := 0; first+10 <= slots; first += 100 {
					sv.deleteSlots(uint32(first), 10)
				}
				if sv.ndel != slots/10 {
					b.Fatalf("%d deleted, want %d", sv.ndel, slots/10)
				}
			}
		})
	}
}

// TestDeleteSlotsCopyOnWrite: deleteSlots sets bits in place in a view's
// own bitset, made by its first call, but never in one a published
// snapshot shares: a search holding the published snapshot must go on
// seeing the sections a later write deleted in its clone.
func TestDeleteSlotsCopyOnWrite(t *testing.T) {
	sg := &segment{slotDoc: make([]uint32, 300), slotRunes: make([]uint32, 300)}
	pub := &snapshot{segs: []segView{{seg: sg}}}
	pub.segs[0].deleteSlots(10, 5)
	pub.segs[0].deleteSlots(100, 5) // in place: the view's own copy
	if !pub.segs[0].del.has(12) || !pub.segs[0].del.has(104) || pub.segs[0].ndel != 10 {
		t.Fatalf("deleted in a fresh view: %v, ndel %d", pub.segs[0].del, pub.segs[0].ndel)
	}
	pub.finish() // as publish does
	next := pub.clone()
	next.segs[0].deleteSlots(200, 5)
	next.segs[0].deleteSlots(250, 5)
	for _, l := range []uint32{200, 204, 250, 254} {
		if pub.segs[0].del.has(l) {
			t.Errorf("slot %d deleted in the clone shows in the published snapshot", l)
		}
		if !next.segs[0].del.has(l) {
			t.Errorf("slot %d not deleted in the clone", l)
		}
	}
	if !next.segs[0].del.has(12) || pub.segs[0].ndel != 10 || next.segs[0].ndel != 20 {
		t.Errorf("ndel %d published, %d in the clone; want 10 and 20 with the published deletions kept", pub.segs[0].ndel, next.segs[0].ndel)
	}
}
