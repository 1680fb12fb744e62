package index

// Segment encoding
//
// A segment (segments.go) is one byte string, the same in memory and in a
// file of the data folder, read in place (a file is memory-mapped): opening
// one reads its header and nothing else. Little-endian, every table
// 8-byte aligned:
//
//	header     magic "GRSEG001", then the counts and the offset of each
//	           table (segHeader)
//	strOff     2*slots+1 uint64: section i's ID is str[strOff[2i]:strOff[2i+1]],
//	           its folded text str[strOff[2i+1]:strOff[2i+2]]
//	slotDoc    slots uint32: the document of each section
//	slotRunes  slots uint32: the characters of each folded text
//	docFirst   docs+1 uint32: document d's sections are docFirst[d] up to
//	           docFirst[d+1]
//	docOff     docs+1 uint64: document d's ID is docStr[docOff[d]:docOff[d+1]]
//	docGen     docs uint64: the store generation that wrote each document
//	           (store.go), to tell at open whether it is still the store's
//	docByID    docs uint32: the documents in the order of their IDs
//	slotByID   slots uint32: the sections in the order of their IDs
//	keys       bigram keys, sorted (those of one first rune are a range)
//	postLen    keys uint32: the entries of each key's list
//	postOff    keys+1 uint64: key i's list is post[postOff[i]:postOff[i+1]]
//	post       the lists, each entry (local slot<<8 | count, grams.go) as a
//	           uvarint of the slot's distance from the previous entry's
//	           (from 0 for the first), shifted left one bit, the bit set
//	           when the count is not 1 and then follows in a byte: most
//	           entries take one or two bytes instead of four
//	str, docStr
//	trailer    CRC-32C of all the bytes before it, and "GRSEGEND"
//
// The tables are read as Go slices over the bytes; opening checks that
// every table lies inside them, so a damaged segment can at worst give
// wrong answers or an index-out-of-range panic (caught by View), never a
// read outside the mapping. govreport check verifies the checksum.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"sort"
	"unsafe"
)

const (
	segMagic    = "GRSEG002"
	segEndMagic = "GRSEGEND"
	segHdrLen   = 16 + 19*8
	segTrailer  = 16
)

// segment is an encoded segment, read in place.
type segment struct {
	data      []byte
	file      string // its file in the data folder, "" for one held in memory
	runes     int64  // characters in all folded texts
	strOff    []uint64
	slotDoc   []uint32
	slotRunes []uint32
	docFirst  []uint32
	docOff    []uint64
	docGen    []uint64
	docByID   []uint32
	slotByID  []uint32
	keys      []uint64
	postLen   []uint32
	postOff   []uint64
	post      []byte
	str       []byte
	docStr    []byte
}

func (sg *segment) numSlots() int { return len(sg.slotDoc) }
func (sg *segment) numDocs() int  { return len(sg.docFirst) - 1 }

// idAt and textAt return section l's ID and folded text, sharing the
// segment's bytes: valid while the segment is (a View's snapshot keeps it).
func (sg *segment) idAt(l uint32) string   { return sg.strAt(2 * l) }
func (sg *segment) textAt(l uint32) string { return sg.strAt(2*l + 1) }

func (sg *segment) strAt(i uint32) string {
	b := sg.str[sg.strOff[i]:sg.strOff[i+1]]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func (sg *segment) docID(d int32) string {
	b := sg.docStr[sg.docOff[d]:sg.docOff[d+1]]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// docRange returns the first section of document d and its number of sections.
func (sg *segment) docRange(d int32) (first, n uint32) {
	return sg.docFirst[d], sg.docFirst[d+1] - sg.docFirst[d]
}

// findDoc returns the index of document id, or false.
func (sg *segment) findDoc(id string) (int32, bool) {
	i := sort.Search(len(sg.docByID), func(i int) bool { return sg.docID(int32(sg.docByID[i])) >= id })
	if i < len(sg.docByID) && sg.docID(int32(sg.docByID[i])) == id {
		return int32(sg.docByID[i]), true
	}
	return 0, false
}

// findSlot returns the local slot of section id, or false.
func (sg *segment) findSlot(id string) (uint32, bool) {
	i := sort.Search(len(sg.slotByID), func(i int) bool { return sg.idAt(sg.slotByID[i]) >= id })
	if i < len(sg.slotByID) && sg.idAt(sg.slotByID[i]) == id {
		return sg.slotByID[i], true
	}
	return 0, false
}

// postings returns the list of bigram k, nil if no section has it.
func (sg *segment) postings(k uint64) []uint32 {
	i, ok := slices.BinarySearch(sg.keys, k)
	if !ok {
		return nil
	}
	return sg.appendList(make([]uint32, 0, sg.postLen[i]), i)
}

// listLen returns the number of entries of the list of bigram k.
func (sg *segment) listLen(k uint64) int {
	i, ok := slices.BinarySearch(sg.keys, k)
	if !ok {
		return 0
	}
	return int(sg.postLen[i])
}

// appendList appends the entries of the i-th list to dst. A damaged list
// ends where its bytes stop making sense.
func (sg *segment) appendList(dst []uint32, i int) []uint32 {
	r := listReader{b: sg.post[sg.postOff[i]:sg.postOff[i+1]]}
	for e, ok := r.next(); ok; e, ok = r.next() {
		dst = append(dst, e)
	}
	return dst
}

// A listReader decodes a list's entries one by one.
type listReader struct {
	b    []byte
	slot uint64
}

// next returns the next entry, or false at the end of the list or where
// its bytes stop making sense.
func (r *listReader) next() (uint32, bool) {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		return 0, false
	}
	r.b = r.b[n:]
	r.slot += v >> 1
	count := uint32(1)
	if v&1 != 0 {
		if len(r.b) == 0 {
			return 0, false
		}
		count, r.b = uint32(r.b[0]), r.b[1:]
	}
	return uint32(r.slot)<<8 | count, true
}

// appendEntries appends the encoding of entries (sorted) to dst.
func appendEntries(dst []byte, entries []uint32) []byte {
	prev := uint32(0)
	for _, e := range entries {
		d := uint64(e>>8-prev) << 1
		prev = e >> 8
		if c := e & 0xff; c != 1 {
			dst = binary.AppendUvarint(dst, d|1)
			dst = append(dst, byte(c))
		} else {
			dst = binary.AppendUvarint(dst, d)
		}
	}
	return dst
}

// keysFrom returns the indexes in keys of the bigrams that start with r.
func (sg *segment) keysFrom(r rune) (lo, hi int) {
	lo, _ = slices.BinarySearch(sg.keys, bigram(r, 0))
	hi, _ = slices.BinarySearch(sg.keys, bigram(r+1, 0))
	return lo, hi
}

// segSource is what encodeSegment writes: sections with their documents,
// and the bigram lists key by key in order.
type segSource struct {
	ids, texts []string
	runes      []int32
	docs       []string // document IDs, in order
	docGen     []uint64 // the generation that wrote each
	docFirst   []uint32 // len(docs)+1
	keys       []uint64 // sorted
	// appendPost appends the entries of key i to dst; a key given no
	// entries is left out.
	appendPost func(dst []uint32, i int) []uint32
}

type segHeader struct {
	slots, docs, keys, npost                                               uint64
	strOff, slotDoc, slotRunes, docFirst, docOff, docByID, slotByID, keys_ uint64
	postOff, post, str, docStr, end, docGen, postLen                       uint64
}

func align8(n uint64) uint64 { return (n + 7) &^ 7 }

// encodeSegment returns the encoding of src.
func encodeSegment(src *segSource) []byte {
	var post []byte
	var list []uint32
	var postLen []uint32
	postOff := []uint64{0}
	keys := src.keys[:0:0]
	for i, k := range src.keys {
		if list = src.appendPost(list[:0], i); len(list) > 0 {
			keys = append(keys, k)
			post = appendEntries(post, list)
			postOff = append(postOff, uint64(len(post)))
			postLen = append(postLen, uint32(len(list)))
		}
	}
	ns, nd, nk := uint64(len(src.ids)), uint64(len(src.docs)), uint64(len(keys))
	var strLen, docLen uint64
	for i := range src.ids {
		strLen += uint64(len(src.ids[i]) + len(src.texts[i]))
	}
	for _, d := range src.docs {
		docLen += uint64(len(d))
	}
	var h segHeader
	h.slots, h.docs, h.keys, h.npost = ns, nd, nk, uint64(len(post))
	at := uint64(segHdrLen)
	place := func(size uint64) uint64 {
		off := at
		at = align8(at + size)
		return off
	}
	h.strOff = place(8 * (2*ns + 1))
	h.slotDoc = place(4 * ns)
	h.slotRunes = place(4 * ns)
	h.docFirst = place(4 * (nd + 1))
	h.docOff = place(8 * (nd + 1))
	h.docGen = place(8 * nd)
	h.docByID = place(4 * nd)
	h.slotByID = place(4 * ns)
	h.keys_ = place(8 * nk)
	h.postOff = place(8 * (nk + 1))
	h.post = place(h.npost)
	h.postLen = place(4 * nk)
	h.str = place(strLen)
	h.docStr = place(docLen)
	h.end = at
	b := make([]byte, at+segTrailer)
	copy(b, segMagic)
	binary.LittleEndian.PutUint64(b[8:], 0) // runes, set below
	hv := []uint64{h.slots, h.docs, h.keys, h.npost, h.strOff, h.slotDoc, h.slotRunes, h.docFirst,
		h.docOff, h.docByID, h.slotByID, h.keys_, h.postOff, h.post, h.str, h.docStr, h.end, h.docGen, h.postLen}
	for i, v := range hv {
		binary.LittleEndian.PutUint64(b[16+8*i:], v)
	}
	le := binary.LittleEndian
	var runes int64
	off := uint64(0)
	for i := range src.ids {
		le.PutUint64(b[h.strOff+16*uint64(i):], off)
		copy(b[h.str+off:], src.ids[i])
		off += uint64(len(src.ids[i]))
		le.PutUint64(b[h.strOff+16*uint64(i)+8:], off)
		copy(b[h.str+off:], src.texts[i])
		off += uint64(len(src.texts[i]))
		le.PutUint32(b[h.slotRunes+4*uint64(i):], uint32(src.runes[i]))
		runes += int64(src.runes[i])
	}
	le.PutUint64(b[h.strOff+16*ns:], off)
	le.PutUint64(b[8:], uint64(runes))
	off = 0
	for d, id := range src.docs {
		le.PutUint64(b[h.docOff+8*uint64(d):], off)
		copy(b[h.docStr+off:], id)
		off += uint64(len(id))
		for l := src.docFirst[d]; l < src.docFirst[d+1]; l++ {
			le.PutUint32(b[h.slotDoc+4*uint64(l):], uint32(d))
		}
	}
	le.PutUint64(b[h.docOff+8*nd:], off)
	for d, g := range src.docGen {
		le.PutUint64(b[h.docGen+8*uint64(d):], g)
	}
	for d, f := range src.docFirst {
		le.PutUint32(b[h.docFirst+4*uint64(d):], f)
	}
	order := make([]uint32, max(nd, ns))
	byID := func(n uint64, id func(uint32) string, at uint64) {
		o := order[:n]
		for i := range o {
			o[i] = uint32(i)
		}
		sort.Slice(o, func(i, j int) bool { return id(o[i]) < id(o[j]) })
		for i, v := range o {
			le.PutUint32(b[at+4*uint64(i):], v)
		}
	}
	byID(nd, func(d uint32) string { return src.docs[d] }, h.docByID)
	byID(ns, func(l uint32) string { return src.ids[l] }, h.slotByID)
	for i, k := range keys {
		le.PutUint64(b[h.keys_+8*uint64(i):], k)
	}
	for i, o := range postOff {
		le.PutUint64(b[h.postOff+8*uint64(i):], o)
	}
	copy(b[h.post:], post)
	for i, n := range postLen {
		le.PutUint32(b[h.postLen+4*uint64(i):], n)
	}
	le.PutUint32(b[h.end:], crc32.Checksum(b[:h.end], crcTable))
	copy(b[h.end+8:], segEndMagic)
	return b
}

var errSegment = errors.New("damaged segment")

// openSegment reads the header of encoded segment b and returns the
// segment over it, checking that every table lies inside b (not the
// checksum: verifySegment).
func openSegment(b []byte) (*segment, error) {
	if len(b) < segHdrLen+segTrailer || string(b[:8]) != segMagic {
		return nil, fmt.Errorf("%w: no segment header", errSegment)
	}
	if uintptr(unsafe.Pointer(&b[0]))%8 != 0 {
		return nil, fmt.Errorf("%w: not aligned", errSegment)
	}
	le := binary.LittleEndian
	hv := make([]uint64, 19)
	for i := range hv {
		hv[i] = le.Uint64(b[16+8*i:])
	}
	h := segHeader{hv[0], hv[1], hv[2], hv[3], hv[4], hv[5], hv[6], hv[7], hv[8], hv[9], hv[10], hv[11], hv[12], hv[13], hv[14], hv[15], hv[16], hv[17], hv[18]}
	if h.end+segTrailer != uint64(len(b)) || string(b[h.end+8:]) != segEndMagic ||
		h.slots >= maxSegSlots || h.docs > h.slots+1<<20 || h.keys > 1<<40 || h.npost > 1<<40 {
		return nil, fmt.Errorf("%w: bad header", errSegment)
	}
	bad := false
	table := func(off, n, size uint64) unsafe.Pointer {
		if off%8 != 0 || off < segHdrLen || off > h.end || n*size > h.end-off {
			bad = true
			return nil
		}
		if n == 0 {
			return nil
		}
		return unsafe.Pointer(&b[off])
	}
	u32 := func(off, n uint64) []uint32 {
		p := table(off, n, 4)
		if p == nil {
			return []uint32{}
		}
		return unsafe.Slice((*uint32)(p), n)
	}
	u64 := func(off, n uint64) []uint64 {
		p := table(off, n, 8)
		if p == nil {
			return []uint64{}
		}
		return unsafe.Slice((*uint64)(p), n)
	}
	sg := &segment{data: b, runes: int64(le.Uint64(b[8:]))}
	sg.strOff = u64(h.strOff, 2*h.slots+1)
	sg.slotDoc = u32(h.slotDoc, h.slots)
	sg.slotRunes = u32(h.slotRunes, h.slots)
	sg.docFirst = u32(h.docFirst, h.docs+1)
	sg.docOff = u64(h.docOff, h.docs+1)
	sg.docGen = u64(h.docGen, h.docs)
	sg.docByID = u32(h.docByID, h.docs)
	sg.slotByID = u32(h.slotByID, h.slots)
	sg.keys = u64(h.keys_, h.keys)
	sg.postOff = u64(h.postOff, h.keys+1)
	sg.postLen = u32(h.postLen, h.keys)
	if h.post < segHdrLen || h.post > h.end || h.npost > h.end-h.post {
		bad = true
	} else {
		sg.post = b[h.post : h.post+h.npost]
	}
	if bad || h.str > h.docStr || h.docStr > h.end {
		return nil, fmt.Errorf("%w: a table lies outside the segment", errSegment)
	}
	sg.str = b[h.str:h.docStr]
	sg.docStr = b[h.docStr:h.end]
	return sg, nil
}

// verifySegment checks the checksum of encoded segment b.
func verifySegment(b []byte) error {
	if len(b) < segTrailer || !bytes.Equal(b[len(b)-8:], []byte(segEndMagic)) {
		return fmt.Errorf("%w: truncated", errSegment)
	}
	end := len(b) - segTrailer
	if got, want := crc32.Checksum(b[:end], crcTable), binary.LittleEndian.Uint32(b[end:]); got != want {
		return fmt.Errorf("%w: checksum %08x, recorded %08x", errSegment, got, want)
	}
	return nil
}
