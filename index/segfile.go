package index

// Segment encoding
//
// A segment (segments.go) is one byte string, the same in memory and in a
// file of the data folder, read in place (a file is memory-mapped): opening
// one reads its header and nothing else. Little-endian, every table
// 8-byte aligned, at the offset the header gives (writeSegment writes the
// lists first, segwrite.go):
//
//	header     magic "GRSEG008", then the counts and the offset of each
//	           table (segHeader)
//	strOff     slots+1 uint64: section i's ID is str[strOff[i]:strOff[i+1]]
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
//	skipOff    keys+1 uint64: key i's skips are skips[skipOff[i]:skipOff[i+1]]
//	skips      for every skipEvery-th entry e (not the first) of a list of
//	           more than skipEvery entries (not a dense one), two uint32:
//	           the slot of the entry before e and e's offset in the list's
//	           bytes, so that a reader jumps to the entries near a slot
//	           instead of decoding every entry before them
//	postOff    keys+1 uint64: key i's list is post[postOff[i]:postOff[i+1]]
//	post       the lists (grams.go), each entry a uvarint of its local
//	           slot's distance from the previous entry's (from 0 for the
//	           first) shifted left one bit, the bit set when the bigram
//	           starts at more than one place of the section, then the
//	           bytes of the places as a uvarint (so a reader skips them
//	           without decoding); then the places (rune offsets in the
//	           section's folded text), each a uvarint of its distance from
//	           the one before (from 0 for the first). A list of more
//	           than one entry in eight of the segment's sections is laid
//	           out dense instead (dense.go): its slots a bit set with a
//	           rank per word, the lengths of its entries' places a byte
//	           each, then the places; it has no skips
//	charKeys   chars uint32: the characters that have a list, sorted
//	charLen    chars uint32: the entries of each character's list (its
//	           sections: a character's frequency for BM25 read without
//	           its list)
//	charOff    chars+1 uint64: character i's list is
//	           charPost[charOff[i]:charOff[i+1]]
//	charPost   the character lists: for every section that holds the
//	           character, a uvarint of its local slot's distance from the
//	           previous entry's shifted left one bit, the bit set when the
//	           character is there more than once, and then a byte of its
//	           count (at most 255). A one-character wording reads its list
//	           alone, where the lists of every bigram it starts, added
//	           up, give the same counts at the cost of all their places.
//	           A list of more than one entry in eight of the segment's
//	           sections is laid out dense instead (dense.go): its slots a
//	           bit set with a rank per word, then a byte per entry, its
//	           count
//	str, docStr
//	trailer    CRC-32C of all the bytes before it, and "GRSEGEND"
//
// Formats 1 and 2 held each section's folded text and no places, format 3
// the number of places where this one has their bytes, format 4 no skips,
// format 5 no character lists, format 6 no dense lists, format 7 no
// dense character lists; a file of an earlier format does not open,
// and the documents it held are read from the store again (segdisk.go).
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
	segMagic    = "GRSEG008"
	segEndMagic = "GRSEGEND"
	segHdrLen   = 16 + segHdrN*8
	segHdrN     = 27 // the header's uint64s after the runes
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
	skipOff   []uint64
	skips     []uint32
	postOff   []uint64
	post      []byte
	charKeys  []uint32
	charLen   []uint32
	charOff   []uint64
	charPost  []byte
	str       []byte
	docStr    []byte
}

func (sg *segment) numSlots() int { return len(sg.slotDoc) }
func (sg *segment) numDocs() int  { return len(sg.docFirst) - 1 }

// idAt returns section l's ID, sharing the segment's bytes: valid while
// the segment is (a View's snapshot keeps it).
func (sg *segment) idAt(l uint32) string {
	b := sg.str[sg.strOff[l]:sg.strOff[l+1]]
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

// docOf returns the document of local slot l, read from docFirst (the
// last document whose first section is at or before l: one that has no
// section here is passed) where slotDoc holds it too: docFirst has a
// number a document, slotDoc one a section. A search reads the documents
// of its hits and of the runs of a broad set in every segment, spread
// over all its sections, and the kernel maps a file's pages in 64 kB at a
// time: through slotDoc each search mapped most of the table, about a
// third of the pages a quoted search at a million sections held (3.6 of
// 11.9 MB), where docFirst, thirty times smaller, is a few of them.
func (sg *segment) docOf(l uint32) int32 {
	return sg.docFrom(0, l)
}

// docFrom is docOf for a slot whose document is d or one after it: it
// gallops from d, so that a walk through a sorted set of slots costs a
// step or two a document, however far apart the slots are.
func (sg *segment) docFrom(d int32, l uint32) int32 {
	f := sg.docFirst[:len(sg.docFirst)-1]
	lo := int(max(d, 0))
	if lo >= len(f) || f[lo] > l {
		lo = 0
	}
	// f[lo] <= l (or lo is 0): find hi past l by doubling the step.
	hi, step := lo+1, 1
	for hi < len(f) && f[hi] <= l {
		lo, hi, step = hi, hi+step, step*2
	}
	hi = min(hi, len(f))
	// The last of f[lo:hi] at or before l.
	i, _ := slices.BinarySearch(f[lo:hi], l+1)
	return int32(max(lo+i-1, 0))
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

// reader returns a reader of the i-th list.
func (sg *segment) reader(i int) listReader {
	if d, ok := sg.dense(i); ok {
		return listReader{d: d, dw: -1}
	}
	b := sg.post[sg.postOff[i]:sg.postOff[i+1]]
	return listReader{b: b, all: b, skips: sg.skips[sg.skipOff[i]:sg.skipOff[i+1]]}
}

// listLen returns the number of entries of the list of bigram k.
func (sg *segment) listLen(k uint64) int {
	i, ok := slices.BinarySearch(sg.keys, k)
	if !ok {
		return 0
	}
	return int(sg.postLen[i])
}

// charList returns the index of rune r's list, or false when no section
// of the segment holds r.
func (sg *segment) charList(r rune) (int, bool) {
	return slices.BinarySearch(sg.charKeys, uint32(r))
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
	ids      []string
	runes    []int32
	docs     []string // document IDs, in order
	docGen   []uint64 // the generation that wrote each
	docFirst []uint32 // len(docs)+1
	keys     []uint64 // sorted
	// appendPost appends the encoded entries of key i to dst and returns
	// their number; a key given no entries is left out.
	appendPost func(dst []byte, i int) ([]byte, int)
	// postSize is about the size of all entries, for which room is made
	// at once (a hint: they may take more).
	postSize int
	// chars and appendChars are keys and appendPost for the character
	// lists, charSize postSize.
	chars       []rune // sorted
	appendChars func(dst []byte, i int) ([]byte, int)
	charSize    int
}

type segHeader struct {
	slots, docs, keys, npost                                               uint64
	strOff, slotDoc, slotRunes, docFirst, docOff, docByID, slotByID, keys_ uint64
	postOff, post, str, docStr, end, docGen, postLen                       uint64
	skipOff, skips                                                         uint64
	chars, ncpost, charKeys, charLen, charOff, charPost                    uint64
}

func align8(n uint64) uint64 { return (n + 7) &^ 7 }

// encodeSegment returns the encoding of src, made in memory
// (writeSegment, segwrite.go).
func encodeSegment(src *segSource) []byte {
	sk := &segSink{buf: make([]byte, 0, segHdrLen+src.postSize+src.charSize+64*len(src.ids)+segTrailer)}
	writeSegment(src, sk)
	return sk.buf
}

var errSegment = errors.New("damaged segment")

// errOldSegment is the error of a segment an earlier govreport wrote
// (formats 1 to 7): its documents are read
// from the store again, as for a missing file, and it is no problem.
var errOldSegment = errors.New("a segment of an earlier format")

// openSegment reads the header of encoded segment b and returns the
// segment over it, checking that every table lies inside b (not the
// checksum: verifySegment).
func openSegment(b []byte) (*segment, error) {
	if len(b) >= 8 && string(b[:7]) == "GRSEG00" && b[7] >= '1' && b[7] < segMagic[7] {
		return nil, errOldSegment
	}
	if len(b) < segHdrLen+segTrailer || string(b[:8]) != segMagic {
		return nil, fmt.Errorf("%w: no segment header", errSegment)
	}
	if uintptr(unsafe.Pointer(&b[0]))%8 != 0 {
		return nil, fmt.Errorf("%w: not aligned", errSegment)
	}
	le := binary.LittleEndian
	hv := make([]uint64, segHdrN)
	for i := range hv {
		hv[i] = le.Uint64(b[16+8*i:])
	}
	h := segHeader{hv[0], hv[1], hv[2], hv[3], hv[4], hv[5], hv[6], hv[7], hv[8], hv[9], hv[10], hv[11], hv[12], hv[13], hv[14], hv[15], hv[16], hv[17], hv[18], hv[19], hv[20],
		hv[21], hv[22], hv[23], hv[24], hv[25], hv[26]}
	if h.end+segTrailer != uint64(len(b)) || string(b[h.end+8:]) != segEndMagic ||
		h.slots >= maxSegSlots || h.docs > h.slots+1<<20 || h.keys > 1<<40 || h.npost > 1<<40 ||
		h.chars > 1<<32 || h.ncpost > 1<<40 {
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
	sg.strOff = u64(h.strOff, h.slots+1)
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
	sg.skipOff = u64(h.skipOff, h.keys+1)
	if n := len(sg.skipOff); n > 0 && !bad {
		if sg.skipOff[n-1] > 1<<40 || sg.skipOff[n-1]%2 != 0 {
			bad = true
		} else {
			sg.skips = u32(h.skips, sg.skipOff[n-1])
		}
	}
	if h.post < segHdrLen || h.post > h.end || h.npost > h.end-h.post {
		bad = true
	} else {
		sg.post = b[h.post : h.post+h.npost]
	}
	sg.charKeys = u32(h.charKeys, h.chars)
	sg.charLen = u32(h.charLen, h.chars)
	sg.charOff = u64(h.charOff, h.chars+1)
	if h.charPost < segHdrLen || h.charPost > h.end || h.ncpost > h.end-h.charPost {
		bad = true
	} else {
		sg.charPost = b[h.charPost : h.charPost+h.ncpost]
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
	body, want, err := segBody(b)
	if err != nil {
		return err
	}
	return checksumMatches(crc32.Checksum(body, crcTable), want)
}

// segBody returns the checksummed part of encoded segment b and the
// checksum its trailer records, or an error when b has no whole trailer.
func segBody(b []byte) (body []byte, crc uint32, err error) {
	if len(b) < segTrailer || !bytes.Equal(b[len(b)-8:], []byte(segEndMagic)) {
		return nil, 0, fmt.Errorf("%w: truncated", errSegment)
	}
	end := len(b) - segTrailer
	return b[:end], binary.LittleEndian.Uint32(b[end:]), nil
}

// checksumMatches returns the error of a segment whose body's checksum got
// is not the recorded one, want.
func checksumMatches(got, want uint32) error {
	if got != want {
		return fmt.Errorf("%w: checksum %08x, recorded %08x", errSegment, got, want)
	}
	return nil
}
