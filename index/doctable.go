package index

import (
	"hash/maphash"
	"slices"
	"unsafe"
)

// The document table
//
// Open reads every document's metadata record into the table (loadInfo),
// and it is held for as long as the index is open: at ten million sections
// (333,000 documents) it was 101-110 MB of a server's heap, a map by ID of
// an entry a document, each pointing at a DocInfo of its own and at three
// strings of their own (ID, title, source). docTable holds them without a
// map and without an object a document: rows numbered in the order they
// are written, an open-addressed table of row numbers by the ID's hash,
// the DocInfos cut from blocks of docSlab and their own strings copied
// into blocks of docArena bytes. The segment views and View.Doc still hand
// out a *DocInfo, the same pointer for a document while it is not written
// again or corrected.

// docSlab is how many DocInfos a block of the table holds.
const docSlab = 1024

// docArena is the size of a block of the table's strings. A string longer
// than a quarter of it has an allocation of its own.
const docArena = 64 << 10

// docHashSeed hashes IDs for every table: a table is not shared outside
// the process.
var docHashSeed = maphash.MakeSeed()

// docTable is the document table: the metadata of each document of the
// store, by ID, and the generation of its last write as Open read it
// (bucket wgen, for loadSections to tell whether a segment's copy of a
// document is the store's; not kept up to date after). A document's row
// is its write: a document written again gets a new row, a correction
// keeps the row and gives it a new DocInfo (the published views point at
// the old one). Rows are not reused; a deleted one keeps its place, nil.
// Guarded by Index.mu once the index is shared.
type docTable struct {
	// slots holds row+1 by the ID's hash (linear probing), 0 for none,
	// docGone for a deleted ID's slot that probes go past.
	slots []uint32
	used  int // slots not 0 (documents and docGone)
	infos []*DocInfo
	gens  []uint64
	n     int // documents: rows not deleted

	slab  []DocInfo // the rest of the last block of DocInfos
	arena []byte    // the rest of the last block of strings
}

// docGone marks the slot of a deleted ID.
const docGone = ^uint32(0)

// Len returns the number of documents.
func (t *docTable) Len() int { return t.n }

// find returns the slot of id, or -1.
func (t *docTable) find(id string) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := len(t.slots) - 1
	for i := int(maphash.String(docHashSeed, id)) & mask; ; i = (i + 1) & mask {
		switch r := t.slots[i]; {
		case r == 0:
			return -1
		case r != docGone && t.infos[r-1].ID == id:
			return i
		}
	}
}

// row returns the row of document id, or -1.
func (t *docTable) row(id string) int {
	if i := t.find(id); i >= 0 {
		return int(t.slots[i] - 1)
	}
	return -1
}

// info returns the metadata of document id, or nil.
func (t *docTable) info(id string) *DocInfo {
	if i := t.find(id); i >= 0 {
		return t.infos[t.slots[i]-1]
	}
	return nil
}

// gen returns the generation of the write of row r as Open read it.
func (t *docTable) gen(r int) uint64 { return t.gens[r] }

// put adds info, a copy in the table's own memory, with gen as a new row,
// replacing the document's row if it has one, and returns the table's
// DocInfo.
func (t *docTable) put(info *DocInfo, gen uint64) *DocInfo {
	t.remove(info.ID)
	return t.add(info, gen)
}

// grow makes room for n more documents: the rows and the slots, which
// put then neither copies nor lays out again while they are added.
func (t *docTable) grow(n int) {
	t.infos = slices.Grow(t.infos, n)
	t.gens = slices.Grow(t.gens, n)
	size := max(1024, len(t.slots))
	for (t.used+n+1)*2 > size {
		size *= 2
	}
	if size > len(t.slots) {
		t.rehash(size)
	}
}

// add is put of a document the table does not hold.
func (t *docTable) add(info *DocInfo, gen uint64) *DocInfo {
	return t.addOwn(t.copyInfo(info), gen)
}

// addOwn is add of p, a DocInfo in memory the table may hold (copyInfo's,
// this table's or another's), not copied again.
func (t *docTable) addOwn(p *DocInfo, gen uint64) *DocInfo {
	if (t.used+1)*2 > len(t.slots) {
		t.rehash(max(1024, 2*len(t.slots)))
	}
	t.infos = append(t.infos, p)
	t.gens = append(t.gens, gen)
	mask := len(t.slots) - 1
	i := int(maphash.String(docHashSeed, p.ID)) & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = uint32(len(t.infos))
	t.used++
	t.n++
	return p
}

// correct gives document id the metadata info (a copy in the table's
// memory) in its row, and returns it; nil if id is not in the table.
func (t *docTable) correct(id string, info *DocInfo) *DocInfo {
	i := t.find(id)
	if i < 0 {
		return nil
	}
	p := t.copyInfo(info)
	t.infos[t.slots[i]-1] = p
	return p
}

// remove deletes document id, if the table holds it.
func (t *docTable) remove(id string) {
	i := t.find(id)
	if i < 0 {
		return
	}
	t.infos[t.slots[i]-1] = nil
	t.slots[i] = docGone
	t.n--
	// the slots are made again once the deleted outnumber the documents
	if t.used > 2*t.n+1024 {
		t.rehash(len(t.slots))
	}
}

// rehash lays the rows of the documents out in n slots (a power of two at
// least twice the documents), the deleted ones' slots dropped.
func (t *docTable) rehash(n int) {
	for n < 2*(t.n+1) {
		n *= 2
	}
	t.slots, t.used = make([]uint32, n), 0
	mask := n - 1
	for r, p := range t.infos {
		if p == nil {
			continue
		}
		i := int(maphash.String(docHashSeed, p.ID)) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(r + 1)
		t.used++
	}
}

// each calls fn with the metadata of every document, in no order.
func (t *docTable) each(fn func(*DocInfo)) {
	for _, p := range t.infos {
		if p != nil {
			fn(p)
		}
	}
}

// copyInfo returns a copy of info cut from the table's blocks, with its
// own strings (ID, title, source) copied into them; the fields documents
// share (region, kind, ...) are kept as they are (decodeInfoShared).
func (t *docTable) copyInfo(info *DocInfo) *DocInfo {
	if len(t.slab) == 0 {
		t.slab = make([]DocInfo, docSlab)
	}
	p := &t.slab[0]
	t.slab = t.slab[1:]
	*p = *info
	p.ID, p.Title, p.Source = t.str(info.ID), t.str(info.Title), t.str(info.Source)
	return p
}

// str returns a copy of s in the table's block of strings.
func (t *docTable) str(s string) string {
	switch {
	case s == "":
		return ""
	case len(s) > docArena/4:
		return string([]byte(s))
	case len(s) > len(t.arena):
		t.arena = make([]byte, docArena)
	}
	b := t.arena[:len(s):len(s)]
	copy(b, s)
	t.arena = t.arena[len(s):]
	return unsafe.String(&b[0], len(b))
}
