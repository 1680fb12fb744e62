package index

// Writing a segment as it is made
//
// writeSegment lays a segment (segfile.go) out from a segSource into a
// segSink, in one pass, table by table: the bigram lists first, key by
// key, then the character lists, then the tables of keys, sections and
// documents, and the header last. A sink holds the bytes in memory (a new
// write's segment, encodeSegment) or writes them to a file as they come
// (a merge's segment, Index.streamSegment), so that a merge of a
// gigabyte of lists holds one list at a time, not the gigabyte: what it
// holds beside is a few tables per key and per section of the new
// segment (65 MB of heap for a million sections, measured), bounded by
// the merge policy's cap on a merge, not by the archive.
//
// The layout is the format's (segfile.go): the header gives every table's
// offset, so their order in the file is free; the lists come first
// because they are the only part whose size is not known beforehand.

import (
	"encoding/binary"
	"hash/crc32"
	"os"
	"sort"
)

// segSink receives a segment's bytes in order: in memory when f is nil,
// else written to f writeChunk bytes at a time (segdisk.go: the page
// cache then keeps the file in folios no larger than that).
type segSink struct {
	f   *os.File
	buf []byte // all the bytes (memory), or those not yet written (file)
	off uint64 // bytes given so far, the header's room included
	crc uint32 // file: CRC-32C of the bytes after the header written so far
	err error  // file: the first write error
	// wrote, when set, is called with the bytes given so far each time
	// a chunk goes to the file (the merge hands back the pages of its
	// inputs it has read).
	wrote func(off uint64)
}

func (sk *segSink) write(p []byte) {
	sk.off += uint64(len(p))
	sk.buf = append(sk.buf, p...)
	if sk.f != nil && len(sk.buf) >= writeChunk {
		sk.flush(false)
	}
}

// flush writes the whole chunks held (all the bytes held, with last).
func (sk *segSink) flush(last bool) {
	n := len(sk.buf) / writeChunk * writeChunk
	if last {
		n = len(sk.buf)
	}
	if n == 0 {
		return
	}
	// The bytes held start at offset sk.off-len(sk.buf); those before
	// segHdrLen are the header's room, checksummed with the header.
	at := sk.off - uint64(len(sk.buf))
	body := sk.buf[:n]
	if at < segHdrLen {
		body = body[min(uint64(n), segHdrLen-at):]
	}
	sk.crc = crc32.Update(sk.crc, crcTable, body)
	if sk.err == nil {
		_, sk.err = sk.f.Write(sk.buf[:n])
	}
	sk.buf = sk.buf[:copy(sk.buf, sk.buf[n:])]
	if sk.wrote != nil {
		sk.wrote(sk.off - uint64(len(sk.buf)))
	}
}

func (sk *segSink) pad8() {
	var zero [8]byte
	sk.write(zero[:align8(sk.off)-sk.off])
}

func (sk *segSink) u32(v uint32) {
	sk.buf = binary.LittleEndian.AppendUint32(sk.buf, v)
	sk.off += 4
	if sk.f != nil && len(sk.buf) >= writeChunk {
		sk.flush(false)
	}
}

func (sk *segSink) u64(v uint64) {
	sk.buf = binary.LittleEndian.AppendUint64(sk.buf, v)
	sk.off += 8
	if sk.f != nil && len(sk.buf) >= writeChunk {
		sk.flush(false)
	}
}

// finish writes the header over its room at the start and the trailer
// at the end. In memory, sk.buf is then the segment.
func (sk *segSink) finish(hdr []byte) {
	if sk.f == nil {
		copy(sk.buf, hdr)
		crc := crc32.Checksum(sk.buf, crcTable)
		sk.buf = binary.LittleEndian.AppendUint32(sk.buf, crc)
		sk.buf = append(sk.buf, 0, 0, 0, 0)
		sk.buf = append(sk.buf, segEndMagic...)
		return
	}
	sk.flush(true)
	// The checksum covers the header, then the rest: the rest's was
	// made as it was written, and the two are combined.
	bodyLen := int64(sk.off) - segHdrLen
	crc := crc32Combine(crc32.Checksum(hdr, crcTable), sk.crc, bodyLen)
	var tr [segTrailer]byte
	binary.LittleEndian.PutUint32(tr[:], crc)
	copy(tr[8:], segEndMagic)
	if sk.err == nil {
		_, sk.err = sk.f.Write(tr[:])
	}
	if sk.err == nil {
		_, sk.err = sk.f.WriteAt(hdr, 0)
	}
	sk.off += segTrailer
}

// writeSegment writes the segment of src into sk (sk.off must be 0).
func writeSegment(src *segSource, sk *segSink) {
	var zero [segHdrLen]byte
	sk.write(zero[:])
	var h segHeader
	ns := len(src.ids)

	// The bigram lists, each made in list (after pre bytes that stand
	// for the list's offset from 8-byte alignment: a dense list is laid
	// out aligned), and written.
	h.post = sk.off
	keys := make([]uint64, 0, len(src.keys))
	postOff, skipOff := make([]uint64, 1, len(src.keys)+1), make([]uint64, 1, len(src.keys)+1)
	postLen := make([]uint32, 0, len(src.keys))
	var skips []uint32
	var list, entries []byte
	for i, k := range src.keys {
		pre := int((sk.off - h.post) % 8)
		list = append(list[:0], make([]byte, pre)...)
		var n int
		if list, n = src.appendPost(list, i); n == 0 {
			continue
		}
		if isDense(n, ns) {
			entries = append(entries[:0], list[pre:]...)
			list = appendDense(list[:pre], entries, n, ns)
		} else if n > skipEvery {
			skips = appendSkips(skips, list[pre:])
		}
		sk.write(list[pre:])
		keys = append(keys, k)
		postOff = append(postOff, sk.off-h.post)
		postLen = append(postLen, uint32(n))
		skipOff = append(skipOff, uint64(len(skips)))
	}
	h.npost = sk.off - h.post
	h.keys = uint64(len(keys))
	sk.pad8()

	h.charPost = sk.off
	chars := make([]rune, 0, len(src.chars))
	charOff := []uint64{0}
	var charLen []uint32
	for i, r := range src.chars {
		pre := int((sk.off - h.charPost) % 8)
		list = append(list[:0], make([]byte, pre)...)
		var n int
		if list, n = src.appendChars(list, i); n == 0 {
			continue
		}
		if isDense(n, ns) {
			entries = append(entries[:0], list[pre:]...)
			list = appendDenseChars(list[:pre], entries, n, ns)
		}
		sk.write(list[pre:])
		chars = append(chars, r)
		charOff = append(charOff, sk.off-h.charPost)
		charLen = append(charLen, uint32(n))
	}
	h.ncpost = sk.off - h.charPost
	sk.pad8()
	list, entries = nil, nil

	table := func(at *uint64, write func()) {
		*at = sk.off
		write()
		sk.pad8()
	}
	u64s := func(at *uint64, xs []uint64) {
		table(at, func() {
			for _, x := range xs {
				sk.u64(x)
			}
		})
	}
	u32s := func(at *uint64, xs []uint32) {
		table(at, func() {
			for _, x := range xs {
				sk.u32(x)
			}
		})
	}
	// offsets writes the start of each of n strings laid end to end, the
	// i'th size(i) bytes long, and the end of the last.
	offsets := func(at *uint64, n int, size func(int) int) {
		table(at, func() {
			off := uint64(0)
			for i := range n {
				sk.u64(off)
				off += uint64(size(i))
			}
			sk.u64(off)
		})
	}
	u64s(&h.keys_, keys)
	u64s(&h.postOff, postOff)
	u32s(&h.postLen, postLen)
	u64s(&h.skipOff, skipOff)
	u32s(&h.skips, skips)
	keys, postOff, postLen, skipOff, skips = nil, nil, nil, nil, nil
	table(&h.charKeys, func() {
		for _, r := range chars {
			sk.u32(uint32(r))
		}
	})
	u32s(&h.charLen, charLen)
	u64s(&h.charOff, charOff)

	nd := len(src.docs)
	var runes int64
	offsets(&h.strOff, len(src.ids), func(i int) int { return len(src.ids[i]) })
	table(&h.slotDoc, func() {
		for d := range src.docs {
			for l := src.docFirst[d]; l < src.docFirst[d+1]; l++ {
				sk.u32(uint32(d))
			}
		}
	})
	table(&h.slotRunes, func() {
		for _, r := range src.runes {
			sk.u32(uint32(r))
			runes += int64(r)
		}
	})
	u32s(&h.docFirst, src.docFirst)
	offsets(&h.docOff, len(src.docs), func(i int) int { return len(src.docs[i]) })
	u64s(&h.docGen, src.docGen)
	order := make([]uint32, max(nd, ns))
	byID := func(n int, id func(uint32) string) {
		o := order[:n]
		for i := range o {
			o[i] = uint32(i)
		}
		sort.Slice(o, func(i, j int) bool { return id(o[i]) < id(o[j]) })
		for _, v := range o {
			sk.u32(v)
		}
	}
	table(&h.docByID, func() { byID(nd, func(d uint32) string { return src.docs[d] }) })
	table(&h.slotByID, func() { byID(ns, func(l uint32) string { return src.ids[l] }) })
	order = nil
	table(&h.str, func() {
		for _, id := range src.ids {
			sk.write([]byte(id))
		}
	})
	table(&h.docStr, func() {
		for _, d := range src.docs {
			sk.write([]byte(d))
		}
	})
	h.end = sk.off

	h.slots, h.docs, h.chars = uint64(ns), uint64(nd), uint64(len(chars))
	hdr := make([]byte, segHdrLen)
	copy(hdr, segMagic)
	binary.LittleEndian.PutUint64(hdr[8:], uint64(runes))
	hv := []uint64{h.slots, h.docs, h.keys, h.npost, h.strOff, h.slotDoc, h.slotRunes, h.docFirst,
		h.docOff, h.docByID, h.slotByID, h.keys_, h.postOff, h.post, h.str, h.docStr, h.end, h.docGen, h.postLen,
		h.skipOff, h.skips, h.chars, h.ncpost, h.charKeys, h.charLen, h.charOff, h.charPost}
	for i, v := range hv {
		binary.LittleEndian.PutUint64(hdr[16+8*i:], v)
	}
	sk.finish(hdr)
}

// crc32Combine returns the CRC-32C of a then b from crc1, a's, crc2, b's,
// and len2, b's length (zlib's crc32_combine: crc1 is run through len2
// zero bytes by squaring the operator of one zero bit).
func crc32Combine(crc1, crc2 uint32, len2 int64) uint32 {
	if len2 <= 0 {
		return crc1
	}
	times := func(mat *[32]uint32, vec uint32) uint32 {
		var sum uint32
		for i := 0; vec != 0; i, vec = i+1, vec>>1 {
			if vec&1 != 0 {
				sum ^= mat[i]
			}
		}
		return sum
	}
	square := func(sq, mat *[32]uint32) {
		for n := range sq {
			sq[n] = times(mat, mat[n])
		}
	}
	var even, odd [32]uint32
	odd[0] = crc32.Castagnoli
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	square(&even, &odd) // two zero bits
	square(&odd, &even) // four
	for {
		square(&even, &odd)
		if len2&1 != 0 {
			crc1 = times(&even, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
		square(&odd, &even)
		if len2&1 != 0 {
			crc1 = times(&odd, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}
