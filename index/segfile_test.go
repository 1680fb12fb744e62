package index

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
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
			f := analysis.FoldSection("一、双减", "", noisyText(d*10+s, 50))
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
	kinds := map[bool]int{} // lists dense or not (dense.go): both are here
	for k, p := range b.g.post {
		i, ok := slices.BinarySearch(sg.keys, k)
		if ok {
			_, dense := sg.dense(i)
			kinds[dense]++
		}
		if !ok || int(sg.postLen[i]) != int(p.n) || !slices.EqualFunc(listEntries(sg.reader(i)), listEntries(listReader{b: p.b}), entryEqual) {
			t.Errorf("the list of %x is not the one built", k)
		}
	}
	if kinds[true] == 0 || kinds[false] == 0 {
		t.Errorf("%d dense lists and %d others, want some of each", kinds[true], kinds[false])
	}
	charKinds := map[bool]int{}             // character lists dense or not: both are here
	allSlots := make([]uint32, maxSegSlots) // a segment where no list is dense
	for r, c := range b.g.chars {
		i, ok := sg.charList(r)
		if !ok || sg.charLen[i] != c.n {
			t.Errorf("the list of %q is not the one built", r)
			continue
		}
		_, dense := sg.charDense(i)
		charKinds[dense]++
		ws, wc := (&segment{charPost: c.b, charOff: []uint64{0, uint64(len(c.b))}, charLen: []uint32{c.n}, slotDoc: allSlots}).appendChar(nil, nil, 0, nil, 0)
		if gs, gc := sg.appendChar(nil, nil, i, nil, 0); !slices.Equal(gs, ws) || !slices.Equal(gc, wc) {
			t.Errorf("the list of %q is not the one built", r)
		}
	}
	if charKinds[true] == 0 || charKinds[false] == 0 {
		t.Errorf("%d dense character lists and %d others, want some of each", charKinds[true], charKinds[false])
	}
	if len(sg.charKeys) != len(b.g.chars) {
		t.Errorf("%d character lists, %d built", len(sg.charKeys), len(b.g.chars))
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

// TestDocOf checks that docOf and docFrom, which read a slot's document
// from docFirst, give slotDoc's document for every slot: documents of one
// section and of many, some with none (passed), and docFrom from every
// document before the slot's, from after it and from outside the table.
func TestDocOf(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, docs := range []int{1, 2, 7, 300} {
		b := newSegBuilder()
		for d := range docs {
			id := fmt.Sprintf("doc%04d", d)
			b.addDoc(id, 1)
			n := rng.Intn(4)
			if d%5 == 0 {
				n = 20 + rng.Intn(200)
			}
			if d == 0 {
				n = max(n, 1)
			}
			for s := range n {
				b.addSection(fmt.Sprintf("%s-%03d", id, s), "双减", 2, nil)
			}
		}
		sg := b.build()
		for l := range uint32(sg.numSlots()) {
			want := int32(sg.slotDoc[l])
			if got := sg.docOf(l); got != want {
				t.Fatalf("%d documents: docOf(%d) = %d, want %d", docs, l, got, want)
			}
			for _, from := range []int32{-1, 0, want / 2, want - 1, want, want + 1, int32(docs), 1 << 30} {
				if got := sg.docFrom(from, l); got != want {
					t.Fatalf("%d documents: docFrom(%d, %d) = %d, want %d", docs, from, l, got, want)
				}
			}
		}
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

// TestCharLists checks each character's list (segfile.go) against the
// folded texts: its sections and its count in each (at most 255), the
// same as the lists of every bigram it starts added up; the list's
// length; the answer of a one-character lookup and BM25's frequencies
// with and without deletions. It checks segments built from texts, and
// merged from two segments with sections dropped, where the slots of the
// second continue the first's.
func TestCharLists(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	var texts []string
	for i := range 120 {
		var f string
		switch i % 6 {
		case 0:
			f = analysis.FoldSection("", "", strings.Repeat("教", 10+rng.Intn(400))) // past 255
		case 1:
			f = ""
		default:
			f = analysis.FoldSection("（一）双减", "", noisyText(i, 20+rng.Intn(300)))
		}
		texts = append(texts, f)
	}
	build := func(texts []string) *segment {
		b := newSegBuilder()
		for i, f := range texts { // a document of each section
			b.addDoc(fmt.Sprintf("d%03d", i), 1)
			b.addSection(fmt.Sprintf("s%03d", i), f, int32(len([]rune(f))), nil)
		}
		return b.build()
	}
	// check compares sg's lists with texts (the text of each slot).
	check := func(when string, sg *segment, texts []string) {
		t.Helper()
		want := map[rune][]uint8{}
		for l, f := range texts {
			for _, r := range f {
				if want[r] == nil {
					want[r] = make([]uint8, len(texts))
				}
				want[r][l] = uint8(min(int(want[r][l])+1, 255))
			}
		}
		if len(sg.charKeys) != len(want) {
			t.Errorf("%s: %d character lists, %d characters in the texts", when, len(sg.charKeys), len(want))
		}
		var del bitset
		for l := range texts {
			if rng.Intn(3) == 0 {
				del = del.withRange(uint32(l), uint32(l+1), len(texts))
			}
		}
		for r, counts := range want {
			i, ok := sg.charList(r)
			if !ok {
				t.Errorf("%s: no list of %q", when, r)
				continue
			}
			// the bigrams' lists added up
			sum := make([]int, len(texts))
			lo, hi := sg.keysFrom(r)
			for k := lo; k < hi; k++ {
				lr := sg.reader(k)
				for s, pb, ok := lr.next(); ok; s, pb, ok = lr.next() {
					sum[s] += int(countPlaces(pb))
				}
			}
			var ws, wl []uint32
			var wt, wlt []uint8
			for l, c := range counts {
				if uint8(min(sum[l], 255)) != c {
					t.Errorf("%s: %q in slot %d: the bigrams' lists count %d, the text %d", when, r, l, sum[l], c)
				}
				if c > 0 {
					ws, wt = append(ws, 5+uint32(l)), append(wt, c)
					if !del.has(uint32(l)) {
						wl, wlt = append(wl, 5+uint32(l)), append(wlt, c)
					}
				}
			}
			if int(sg.charLen[i]) != len(ws) {
				t.Errorf("%s: the list of %q has %d entries, the texts %d sections", when, r, sg.charLen[i], len(ws))
			}
			if gs, gt := sg.appendChar(nil, nil, i, nil, 5); !slices.Equal(gs, ws) || !slices.Equal(gt, wt) {
				t.Errorf("%s: appendChar(%q) = %v %v, want %v %v", when, r, gs, gt, ws, wt)
			}
			if gs, gt := sg.appendChar(nil, nil, i, del, 5); !slices.Equal(gs, wl) || !slices.Equal(gt, wlt) {
				t.Errorf("%s: appendChar(%q) with deletions = %v %v, want %v %v", when, r, gs, gt, wl, wlt)
			}
			for _, d := range []bitset{nil, del} {
				ndel := 0
				for l := range texts {
					if d.has(uint32(l)) {
						ndel++
					}
				}
				sv := &segView{seg: sg, base: 5, del: d, ndel: ndel}
				var members []uint32
				for l := range texts {
					if rng.Intn(4) == 0 && !d.has(uint32(l)) {
						members = append(members, 5+uint32(l))
					}
				}
				tfs := make([]uint8, len(members))
				df := sg.wordFreqs([]rune{r}, sv, members, tfs)
				wdf := 0
				for l, c := range counts {
					if c > 0 && !d.has(uint32(l)) {
						wdf++
					}
				}
				wtf := make([]uint8, len(members))
				for k, m := range members {
					wtf[k] = counts[m-5]
				}
				if df != wdf || !slices.Equal(tfs, wtf) {
					t.Errorf("%s: wordFreqs(%q), %d deleted = %d %v, want %d %v", when, r, ndel, df, tfs, wdf, wtf)
				}
			}
		}
		if _, ok := sg.charList('鑫'); ok {
			t.Errorf("%s: a list of a character no text holds", when)
		}
	}
	a, b := build(texts[:70]), build(texts[70:])
	check("built", a, texts[:70])
	check("built, second", b, texts[70:])
	// Merged, with some sections of each dropped (deleted documents).
	va := segView{seg: a, infos: make([]*DocInfo, a.numDocs())}
	vb := segView{seg: b, infos: make([]*DocInfo, b.numDocs())}
	var kept []string
	for i, f := range texts {
		sv, l := &va, uint32(i)
		if i >= 70 {
			sv, l = &vb, uint32(i-70)
		}
		if i%5 == 2 || i == 70 { // the second's first section too
			sv.del = sv.del.withRange(l, l+1, sv.seg.numSlots())
			sv.ndel++
			continue
		}
		kept = append(kept, f)
	}
	m := mergeViews([]segView{va, vb})
	check("merged", m.seg, kept)
	check("merged whole", mergeViews([]segView{{seg: a, infos: va.infos}, {seg: b, infos: vb.infos}}).seg, texts)
}

type listEntry struct {
	slot   uint32
	places []byte
}

func entryEqual(a, b listEntry) bool { return a.slot == b.slot && bytes.Equal(a.places, b.places) }

// listEntries returns the entries r reads.
func listEntries(r listReader) []listEntry {
	var es []listEntry
	for s, pb, ok := r.next(); ok; s, pb, ok = r.next() {
		es = append(es, listEntry{s, pb})
	}
	return es
}
