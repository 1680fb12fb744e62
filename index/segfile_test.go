package index

import (
	"errors"
	"fmt"
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
		if !ok || sg.idAt(l) != sid || sg.textAt(l) != f {
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
		if got := sg.postings(k); !slices.Equal(got, p) {
			t.Errorf("postings(%x) = %v, want %v", k, got, p)
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
// counts of 1 and above, slot 0, and the largest slot a segment has.
func TestPostingEncoding(t *testing.T) {
	lists := [][]uint32{
		{0<<8 | 1},
		{0<<8 | 255, 1<<8 | 1, 2<<8 | 2, 300<<8 | 1, (maxSegSlots-1)<<8 | 7},
		{5<<8 | 1, 6<<8 | 1, 7<<8 | 1, 1000<<8 | 1},
	}
	for _, l := range lists {
		sg := &segment{post: appendEntries(nil, l), postOff: []uint64{0, 0}}
		sg.postOff[1] = uint64(len(sg.post))
		if got := sg.appendList(nil, 0); !slices.Equal(got, l) {
			t.Errorf("appendList(appendEntries(%v)) = %v", l, got)
		}
	}
}
