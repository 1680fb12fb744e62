package index

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/govreport/govreport/analysis"
)

// TestSegmentEncoding builds a segment, reads it back from its bytes and
// checks every table, then damages the bytes: the checksum notices a
// flipped byte, and a truncated or cut segment does not open.
func TestSegmentEncoding(t *testing.T) {
	b := newSegBuilder()
	want := map[string]string{}
	for d := 0; d < 5; d++ {
		id := fmt.Sprintf("doc%d", 4-d) // IDs out of order
		b.addDoc(id, uint64(d))
		for s := 0; s < d; s++ { // doc4 has no section
			sid := fmt.Sprintf("%s-%03d", id, s)
			f := analysis.FoldSection("一、双减", noisyText(d*10+s, 50))
			want[sid] = f
			b.addSection(sid, f, int32(len([]rune(f))), nil)
		}
	}
	sg := b.build()
	if sg.numSlots() != len(want) || sg.numDocs() != 5 {
		t.Fatalf("segment of %d sections, %d documents; want %d, 5", sg.numSlots(), sg.numDocs(), len(want))
	}
	for sid, f := range want {
		l, ok := sg.findSlot(sid)
		if !ok || sg.idAt(l) != sid || int(sg.slotRunes[l]) != len([]rune(f)) {
			t.Errorf("findSlot(%s) = %d, %v: %q", sid, l, ok, sg.idAt(l))
		}
		d, ok := sg.findDoc(sid[:4])
		if first, n := sg.docRange(d); !ok || l < first || l >= first+n || sg.slotDoc[l] != uint32(d) {
			t.Errorf("section %s (slot %d) is not in its document's range %d+%d", sid, l, first, n)
		}
	}
	if _, ok := sg.findDoc("doc9"); ok {
		t.Errorf("findDoc(doc9) found a document not there")
	}
	if d, ok := sg.findDoc("doc4"); !ok {
		t.Errorf("findDoc(doc4), a document without sections, not found")
	} else if _, n := sg.docRange(d); n != 0 {
		t.Errorf("doc4 has %d sections, want 0", n)
	}
	for k, p := range b.g.post {
		i, ok := slices.BinarySearch(sg.keys, k)
		if !ok || int(sg.postLen[i]) != int(p.n) || !slices.Equal(sg.post[sg.postOff[i]:sg.postOff[i+1]], p.b) {
			t.Errorf("the list of %x is not the one built", k)
		}
	}
	if err := verifySegment(sg.data); err != nil {
		t.Errorf("verifySegment of a new segment: %v", err)
	}
	flipped := slices.Clone(sg.data)
	flipped[len(flipped)/2] ^= 1
	if err := verifySegment(flipped); !errors.Is(err, errSegment) {
		t.Errorf("verifySegment with a flipped byte = %v, want errSegment", err)
	}
	for _, n := range []int{0, 10, segHdrLen, len(sg.data) / 2, len(sg.data) - 1} {
		cut := slices.Clone(sg.data[:n])
		if _, err := openSegment(cut); !errors.Is(err, errSegment) {
			t.Errorf("openSegment of the first %d bytes = %v, want errSegment", n, err)
		}
	}
	// A table offset pointing past the end.
	bad := slices.Clone(sg.data)
	for i := 16 + 8*4; i < 16+8*16; i++ {
		bad[i] = 0xff
	}
	if _, err := openSegment(bad); !errors.Is(err, errSegment) {
		t.Errorf("openSegment with tables past the end = %v, want errSegment", err)
	}
}

// TestPostingEncoding round-trips posting lists through their byte form:
// one place and many, slot 0, the largest slot a segment has, a place past
// what a byte holds, and a section with more places than 255.
func TestPostingEncoding(t *testing.T) {
	type entry struct {
		slot   uint32
		places []uint32
	}
	many := make([]uint32, 300)
	for i := range many {
		many[i] = uint32(3 * i)
	}
	lists := [][]entry{
		{{0, []uint32{0}}},
		{{0, []uint32{1, 2, 70000}}, {1, []uint32{5}}, {300, many}, {maxSegSlots - 1, []uint32{128}}},
	}
	for _, l := range lists {
		var b []byte
		prev := uint32(0)
		for _, e := range l {
			b = appendEntry(b, e.slot-prev, e.places)
			prev = e.slot
		}
		r := listReader{b: b}
		var got []entry
		for s, pb, ok := r.next(); ok; s, pb, ok = r.next() {
			p := decodePlaces(nil, pb)
			if c := countPlaces(pb); int(c) != len(p) {
				t.Errorf("entry of slot %d: count %d, %d places", s, c, len(p))
			}
			got = append(got, entry{s, p})
		}
		if !reflect.DeepEqual(got, l) {
			t.Errorf("decoded %v, want %v", got, l)
		}
	}
}
