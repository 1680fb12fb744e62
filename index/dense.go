package index

// Dense lists
//
// A bigram's list that holds more than one section in denseFrac of its
// segment's is laid out apart from the others (segfile.go), its slots as
// a bit set and its places in a stretch of their own:
//
//	pad     up to 7 zero bytes, so that what follows is 8-byte aligned
//	bits    W = (slots+63)/64 uint64: bit l%64 of word l/64 set when
//	        local slot l has an entry
//	rank    W uint32: the entries in the words before each
//	lens    one byte per entry: the length of its places' encoding, or
//	        255 when that is 255 or more (its places then begin with a
//	        uvarint of their length)
//	places  each entry's places, encoded as in the other lists
//
// Quoted wording of common words reads lists that cover a third of a
// segment or more, and confirms most of their entries' places. Found in
// the entry-by-entry encoding, the entry of a section meant decoding the
// heads of all the entries before it, a few varints of branches the
// processor cannot foresee per entry; here it is one bit tested and
// counted (bits, rank), and the passed entries' places are skipped by
// adding up their lengths eight at a time, unread. A list read whole
// (a two-character word) walks the set bits and counts each entry's
// places in one masked word. Which lists are dense follows from their
// entry counts and the segment's slots, so nothing marks them. The bits
// and ranks take about the bytes of the entry heads, place lengths and
// skips they replace: the benchmark's exact index grew by 0.15%, at
// 200,000 sections and at a million.

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unsafe"
)

// denseFrac: a list of more than one in denseFrac of its segment's slots
// is dense.
const denseFrac = 8

// isDense reports whether a list of n entries in a segment of slots
// sections is laid out dense.
func isDense(n, slots int) bool { return n > 0 && n*denseFrac > slots }

// A denseList is a dense list read in place.
type denseList struct {
	bits   []uint64
	rank   []uint32
	lens   []byte
	places []byte
}

// denseWords returns the words of bits of a dense list in a segment of
// slots sections.
func denseWords(slots int) int { return (slots + 63) / 64 }

// appendDense appends to dst, which starts 8-byte aligned, the dense
// layout of the n entries of list b (encoded entry by entry, as
// appendEntry writes them) in a segment of slots sections. It decodes b
// in one loop and writes the layout in place, room made for it at once:
// merges lay out every dense list again.
func appendDense(dst []byte, b []byte, n, slots int) []byte {
	for len(dst)%8 != 0 {
		dst = append(dst, 0)
	}
	w := denseWords(slots)
	head := 12*w + n
	// The places take no more bytes than the entries did (an entry's
	// head is at least a byte, its length's escape no longer than the
	// length it had).
	dst = slices.Grow(dst, head+len(b))
	at := len(dst)
	dst = dst[:at+head]
	clear(dst[at:])
	words, lens := dst[at:at+8*w], dst[at+12*w:at+head]
	le := binary.LittleEndian
	slot, e := uint64(0), 0
	for len(b) > 0 && e < n {
		var v uint64
		if b[0] < 0x80 {
			v, b = uint64(b[0]), b[1:]
		} else {
			var k int
			if v, k = binary.Uvarint(b); k <= 0 {
				break
			}
			b = b[k:]
		}
		slot += v >> 1
		i := 0
		if v&1 != 0 {
			l, k := binary.Uvarint(b)
			if k <= 0 || l > uint64(len(b)-k) {
				break
			}
			b, i = b[k:], int(l)
		} else if i = onePlaceLen(b); i == 0 {
			break
		}
		if slot >= uint64(slots) {
			break
		}
		x := le.Uint64(words[8*(slot>>6):])
		le.PutUint64(words[8*(slot>>6):], x|1<<(slot&63))
		if i < 255 {
			lens[e] = uint8(i)
		} else {
			lens[e] = 255
			dst = binary.AppendUvarint(dst, uint64(i))
		}
		dst = append(dst, b[:i]...)
		b = b[i:]
		e++
		// the same array unless the room made was short after all
		words, lens = dst[at:at+8*w], dst[at+12*w:at+head]
	}
	putRanks(dst[at:], w)
	return dst
}

// dense returns list i as a dense list, or false when it is not one. A
// list too short for its layout (a damaged segment) is read as empty.
func (sg *segment) dense(i int) (*denseList, bool) {
	n := int(sg.postLen[i])
	if !isDense(n, sg.numSlots()) {
		return nil, false
	}
	bs, rank, rest, ok := denseAt(sg.post, sg.postOff[i], sg.postOff[i+1], n, sg.numSlots())
	if !ok {
		return &denseList{}, true
	}
	return &denseList{bits: bs, rank: rank, lens: rest[:n], places: rest[n:]}, true
}

// denseAt reads in place the dense layout of n entries that a list's
// bytes post[from:to] hold in a segment of slots sections: its bits, its
// ranks and the bytes after them. ok is false when the bytes are too
// short for the layout (a damaged segment).
func denseAt(post []byte, from, to uint64, n, slots int) (bs []uint64, rank []uint32, rest []byte, ok bool) {
	a := align8(from)
	w := uint64(denseWords(slots))
	if from > to || to > uint64(len(post)) || a > to || to-a < 12*w+uint64(n) {
		return nil, nil, nil, false
	}
	b := post[a:to]
	return unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), w), unsafe.Slice((*uint32)(unsafe.Pointer(&b[8*w])), w), b[12*w:], true
}

// putRanks writes the ranks of a dense layout b, whose w words of bits it
// opens with: for each word, the entries in the words before it.
func putRanks(b []byte, w int) {
	le := binary.LittleEndian
	rank := uint32(0)
	for j := range w {
		le.PutUint32(b[8*w+4*j:], rank)
		rank += uint32(bits.OnesCount64(le.Uint64(b[8*j:])))
	}
}

// entry returns the places of entry e, whose places begin at p, and where
// the next entry's begin, or false where the bytes stop making sense.
func (d *denseList) entry(e, p int) ([]byte, int, bool) {
	if e >= len(d.lens) || p > len(d.places) {
		return nil, 0, false
	}
	c := int(d.lens[e])
	if c == 255 {
		v, k := binary.Uvarint(d.places[p:])
		if k <= 0 || v > uint64(len(d.places)-p-k) {
			return nil, 0, false
		}
		p, c = p+k, int(v)
	}
	if c > len(d.places)-p {
		return nil, 0, false
	}
	return d.places[p : p+c], p + c, true
}

// advance returns where the places of entry e1 begin, those of entry e0
// (at most e1) beginning at p: the lengths between are added up eight at
// a time, the places not read.
func (d *denseList) advance(e0, p, e1 int) (int, bool) {
	if e1 > len(d.lens) || e0 > e1 {
		return 0, false
	}
	if n, ok := sumLens(d.lens[e0:e1]); ok {
		return p + n, true
	}
	for e := e0; e < e1; e++ { // a length of 255 or more among them
		var ok bool
		if _, p, ok = d.entry(e, p); !ok {
			return 0, false
		}
	}
	return p, true
}

// sumLens returns the sum of the bytes of b, or false when one is 255
// (an entry whose length is in its places).
func sumLens(b []byte) (int, bool) {
	const ones, highs, lanes = 0x0101010101010101, 0x8080808080808080, 0x00ff00ff00ff00ff
	n := 0
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		if (^w-ones)&w&highs != 0 { // a byte of 255 (a zero byte of ^w)
			return 0, false
		}
		// pairs of bytes added into 16-bit lanes, and the lanes added up
		// by the multiplication into the top one
		n += int(((w&lanes)+(w>>8&lanes))*0x0001000100010001>>48) & 0xffff
		b = b[8:]
	}
	for _, c := range b {
		if c == 255 {
			return 0, false
		}
		n += int(c)
	}
	return n, true
}

// appendCounts appends to slots and tfs the slot (plus base) and the
// number of places (at most 255) of every entry of d whose slot is not in
// del: the dense form of the package's appendCounts. An entry's places
// are counted in one masked word (the bytes that end a uvarint) when
// they take at most 8 bytes and 8 can be read.
func (d *denseList) appendCounts(slots []uint32, tfs []uint8, del bitset, base uint32) ([]uint32, []uint8) {
	e, p := 0, 0
	lens, places := d.lens, d.places
	for w, x := range d.bits {
		for x != 0 {
			s := uint32(w<<6 + bits.TrailingZeros64(x))
			x &= x - 1
			if e >= len(lens) {
				return slots, tfs
			}
			c := lens[e]
			var n uint32
			if c <= 8 && p+8 <= len(places) {
				m := ^binary.LittleEndian.Uint64(places[p:]) & 0x8080808080808080
				n = uint32(bits.OnesCount64(m & (1<<(8*uint(c)) - 1)))
				p += int(c)
			} else {
				pb, np, ok := d.entry(e, p)
				if !ok {
					return slots, tfs
				}
				n, p = countPlaces(pb), np
			}
			e++
			if !del.has(s) {
				slots = append(slots, base+s)
				tfs = append(tfs, uint8(min(n, 255)))
			}
		}
	}
	return slots, tfs
}

// denseNext is listReader.next for a dense list.
func (r *listReader) denseNext() (uint32, []byte, bool) {
	d := r.d
	for r.dbits == 0 {
		r.dw++
		if r.dw >= len(d.bits) {
			r.dw = len(d.bits)
			return 0, nil, false
		}
		r.dbits = d.bits[r.dw]
	}
	s := uint32(r.dw<<6 + bits.TrailingZeros64(r.dbits))
	r.dbits &= r.dbits - 1
	pb, p, ok := d.entry(r.de, r.dp)
	if !ok {
		r.dw, r.dbits = len(d.bits), 0
		return 0, nil, false
	}
	r.de, r.dp, r.slot = r.de+1, p, uint64(s)
	return s, pb, true
}

// denseSeek is listReader.seek for a dense list, and exact: the next
// call of next returns the first entry of slot s or more, unless r is
// already past s. The entries passed are counted in their words of bits
// and their places skipped by their lengths.
func (r *listReader) denseSeek(s uint32) {
	d := r.d
	w := int(s >> 6)
	if w < r.dw {
		return
	}
	if w >= len(d.bits) {
		r.dw, r.dbits = len(d.bits), 0
		return
	}
	mask := ^uint64(0) << (s & 63)
	x := d.bits[w]
	e := int(d.rank[w]) + bits.OnesCount64(x&^mask)
	if e < r.de { // entries of s or more of this word read already
		return
	}
	p, ok := d.advance(r.de, r.dp, e)
	if !ok {
		r.dw, r.dbits = len(d.bits), 0
		return
	}
	r.de, r.dp, r.dw, r.dbits = e, p, w, x&mask
}

// A denseCursor is where a dense list was last asked for an entry: the
// entry after it and where its places begin.
type denseCursor struct{ e, p int }

// at returns the places of the entry of slot s, or false when s has
// none; c is where the list was asked last, and s must not be before the
// slot asked then (else the entries are counted from the first again).
func (d *denseList) at(s uint32, c *denseCursor) ([]byte, bool) {
	w := int(s >> 6)
	if w >= len(d.bits) {
		return nil, false
	}
	x := d.bits[w]
	if x>>(s&63)&1 == 0 {
		return nil, false
	}
	e := int(d.rank[w]) + bits.OnesCount64(x&(1<<(s&63)-1))
	if e < c.e {
		c.e, c.p = 0, 0
	}
	p := c.p
	// Candidates come close together along a dense list: the lengths of
	// up to 8 entries passed are added in one masked word, no call.
	if n := e - c.e; n > 0 {
		const highs, lanes = 0x8080808080808080, 0x00ff00ff00ff00ff
		if n <= 8 && c.e+8 <= len(d.lens) {
			l := binary.LittleEndian.Uint64(d.lens[c.e:]) & (1<<(8*uint(n)) - 1)
			if (^l-0x0101010101010101)&l&highs != 0 { // a length of 255: walk
				return d.atFrom(e, c)
			}
			p += int(((l&lanes)+(l>>8&lanes))*0x0001000100010001>>48) & 0xffff
		} else {
			return d.atFrom(e, c)
		}
	}
	if e < len(d.lens) {
		if l := int(d.lens[e]); l < 255 && l <= len(d.places)-p {
			c.e, c.p = e+1, p+l
			return d.places[p : p+l], true
		}
	}
	c.p = p
	c.e = e
	return d.atFrom(e, c)
}

// atFrom is at's way for entry e of every case: the lengths passed added
// up by advance, the entry read by entry.
func (d *denseList) atFrom(e int, c *denseCursor) ([]byte, bool) {
	p, ok := d.advance(c.e, c.p, e)
	if !ok {
		return nil, false
	}
	pb, np, ok := d.entry(e, p)
	if !ok {
		return nil, false
	}
	c.e, c.p = e+1, np
	return pb, true
}

// wordFreqs is segment.wordFreqs for a two-character word whose list, of
// n entries, is d: the live entries counted in the words of bits (the
// list's length when sv has no deletions), and only the members' entries
// read (at), their places counted. A term's set is most of a common
// word's list, and ranking asks the word's counts in it after the set was
// made without them (ContainingAll).
func (d *denseList) wordFreqs(n int, sv *segView, members []uint32, tfs []uint8) int {
	df := n
	if sv.ndel > 0 {
		df = 0
		for x, w := range d.bits {
			if x < len(sv.del) {
				w &^= sv.del[x]
			}
			df += bits.OnesCount64(w)
		}
	}
	var c denseCursor
	for k, m := range members {
		s := m - sv.base
		if sv.ndel > 0 && sv.del.has(s) {
			continue
		}
		if pb, ok := d.at(s, &c); ok {
			var n uint32
			if len(pb) <= 8 && cap(pb) >= 8 {
				// most entries: their places counted in one masked word
				// (the bytes after them are the list's, not counted)
				m := ^binary.LittleEndian.Uint64(pb[:8]) & 0x8080808080808080
				n = uint32(bits.OnesCount64(m & (1<<(8*uint(len(pb))) - 1)))
			} else {
				n = countPlaces(pb)
			}
			tfs[k] = uint8(min(n, 255))
		}
	}
	return df
}

// Dense character lists
//
// A character's list of more than one entry in denseFrac of its
// segment's sections is laid out dense too (segfile.go):
//
//	pad     up to 7 zero bytes, so that what follows is 8-byte aligned
//	bits    W = (slots+63)/64 uint64, as a dense bigram list's
//	rank    W uint32: the entries in the words before each
//	counts  one byte per entry: the character's count there (at most 255)
//
// A word of one character is in most quoted wordings gse cuts (the 的 and
// 和 between longer words), and a common character's list holds most of
// the index: read entry by entry, a search decoded about a million
// entries a character at a million sections to set the bits of its word
// (ContainingAll) and again to count it in the set's members (BM25). Laid
// out dense, its bits are ANDed as they are, and a member's count is one
// bit counted and one byte read. The bytes are about those of the
// entries: a near slot's uvarint and a count byte for most entries, where
// the bits and ranks take 12 bytes for 64 sections.

// A denseChars is a dense character list read in place.
type denseChars struct {
	bits   []uint64
	rank   []uint32
	counts []byte
}

// appendDenseChars appends to dst, which starts 8-byte aligned, the
// dense layout of the n entries of character list b (encoded entry by
// entry, as appendCharEntry writes them) in a segment of slots sections.
func appendDenseChars(dst []byte, b []byte, n, slots int) []byte {
	for len(dst)%8 != 0 {
		dst = append(dst, 0)
	}
	w := denseWords(slots)
	at := len(dst)
	dst = slices.Grow(dst, 12*w+n)[:at+12*w+n]
	clear(dst[at:])
	words, counts := dst[at:at+8*w], dst[at+12*w:]
	le := binary.LittleEndian
	r := charReader{b: b}
	e := 0
	for s, c, ok := r.next(); ok && e < n && int(s) < slots; s, c, ok = r.next() {
		x := le.Uint64(words[8*(s>>6):])
		le.PutUint64(words[8*(s>>6):], x|1<<(s&63))
		counts[e] = c
		e++
	}
	putRanks(dst[at:], w)
	return dst
}

// charDense returns character list i as a dense list, or false when it
// is not one. A list too short for its layout (a damaged segment) is read
// as empty.
func (sg *segment) charDense(i int) (*denseChars, bool) {
	n := int(sg.charLen[i])
	if !isDense(n, sg.numSlots()) {
		return nil, false
	}
	bs, rank, rest, ok := denseAt(sg.charPost, sg.charOff[i], sg.charOff[i+1], n, sg.numSlots())
	if !ok {
		return &denseChars{}, true
	}
	return &denseChars{bits: bs, rank: rank, counts: rest[:n]}, true
}

// at returns the count of local slot s, or 0 when s has no entry.
func (d *denseChars) at(s uint32) uint8 {
	w := int(s >> 6)
	if w >= len(d.bits) {
		return 0
	}
	x := d.bits[w]
	if x>>(s&63)&1 == 0 {
		return 0
	}
	if e := int(d.rank[w]) + bits.OnesCount64(x&(1<<(s&63)-1)); e < len(d.counts) {
		return d.counts[e]
	}
	return 0
}

// each calls f with every entry's slot and count, in order, until f
// returns false.
func (d *denseChars) each(f func(s uint32, c uint8) bool) {
	e := 0
	for w, x := range d.bits {
		for x != 0 {
			if e >= len(d.counts) {
				return
			}
			if !f(uint32(w<<6+bits.TrailingZeros64(x)), d.counts[e]) {
				return
			}
			x &= x - 1
			e++
		}
	}
}

// appendChars appends to slots and tfs the slot (plus base) and the
// count of every entry of d whose slot is not in del.
func (d *denseChars) appendChars(slots []uint32, tfs []uint8, del bitset, base uint32) ([]uint32, []uint8) {
	e := 0
	counts := d.counts
	for w, x := range d.bits {
		for x != 0 {
			s := uint32(w<<6 + bits.TrailingZeros64(x))
			x &= x - 1
			if e >= len(counts) {
				return slots, tfs
			}
			c := counts[e]
			e++
			if !del.has(s) {
				slots = append(slots, base+s)
				tfs = append(tfs, c)
			}
		}
	}
	return slots, tfs
}
