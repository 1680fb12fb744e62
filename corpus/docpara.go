package corpus

// Paragraph properties of old Word documents
//
// Word keeps a paragraph's properties apart from its text: the FIB's
// PlcBtePapx (in the table stream) lists 512-byte pages of the
// WordDocument stream (PapxFkp), each holding, for up to 29 paragraphs,
// the byte range of the paragraph's text and its property modifiers
// (sprms). The reader needs one of them: whether a paragraph is the mark
// that ends a table's row (sprmPFTtp), to tell a row's end from a cell's,
// both written as the character 0x07.
//
// Properties only shape the text, so a damaged page or modifier is
// skipped, not an error: its paragraphs read as if they had none, and a
// file without any reads each cell of a table as a line.

import (
	"encoding/binary"
	"sort"
)

// A paraRun is a paragraph's bytes [start, end) in the WordDocument
// stream, with the properties the reader uses.
type paraRun struct {
	start, end uint32
	rowEnd     bool    // the paragraph ends a table's row
	istd       int     // its style
	num        listRef // its own numbering and outline level
}

const (
	fcLcbPlcfBtePapx = 13 // index of fcPlcfBtePapx among the FIB's (fc, lcb) pairs
	fkpSize          = 512

	sprmPFTtp       = 0x2417 // the paragraph ends a table's row
	sprmPFInnerTtp  = 0x244c // the paragraph ends a nested table's row
	sprmTDefTable   = 0xd608 // a row's cells, with a 2-byte length
	sprmTDefTable10 = 0xd606
	sprmPChgTabs    = 0xc615 // tab stops, whose length 255 means "count it"
)

// paragraphRuns returns the paragraphs of the document's PAPX pages, in
// the order of their bytes.
func paragraphRuns(word, table []byte, f fib) []paraRun {
	le := binary.LittleEndian
	fc, lcb := f.place(fcLcbPlcfBtePapx)
	if lcb < 12 || uint64(fc)+uint64(lcb) > uint64(len(table)) {
		return nil
	}
	plc := table[fc : fc+lcb]
	n := int(lcb-4) / 8
	var runs []paraRun
	seen := map[uint32]bool{}
	for i := 0; i < n; i++ {
		pn := le.Uint32(plc[4*(n+1)+4*i:]) & 0x3fffff
		if seen[pn] || uint64(pn+1)*fkpSize > uint64(len(word)) {
			continue
		}
		seen[pn] = true
		runs = append(runs, papxFkp(word[pn*fkpSize:(pn+1)*fkpSize])...)
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].start < runs[j].start })
	return runs
}

// papxFkp returns the paragraphs of one PapxFkp page: crun (its last
// byte) paragraphs' byte ranges (rgfc), then for each the place of its
// properties (rgbx), in 2-byte words from the page's start.
func papxFkp(fkp []byte) []paraRun {
	le := binary.LittleEndian
	crun := int(fkp[fkpSize-1])
	bx := 4 * (crun + 1)
	if crun == 0 || bx+13*crun > fkpSize-1 {
		return nil
	}
	runs := make([]paraRun, 0, crun)
	for j := 0; j < crun; j++ {
		r := paraRun{start: le.Uint32(fkp[4*j:]), end: le.Uint32(fkp[4*j+4:])}
		if r.end <= r.start {
			continue
		}
		// PapxInFkp: cb, then 2cb-1 bytes; or 0, cb' and 2cb' bytes.
		// They open with the paragraph's style (istd, 2 bytes).
		if at := 2 * int(fkp[bx+13*j]); at > 0 && at+1 < fkpSize-1 {
			size, g := 2*int(fkp[at])-1, at+1
			if fkp[at] == 0 {
				size, g = 2*int(fkp[at+1]), at+2
			}
			if size >= 2 && g+size <= fkpSize-1 {
				r.istd = int(le.Uint16(fkp[g:]))
				eachSprm(fkp[g+2:g+size], func(sprm uint16, op []byte) {
					if (sprm == sprmPFTtp || sprm == sprmPFInnerTtp) && op[0] != 0 {
						r.rowEnd = true
					}
					r.num.paraSprm(sprm, op)
				})
			}
		}
		runs = append(runs, r)
	}
	return runs
}

// eachSprm calls fn with each property modifier of grpprl and its operand,
// whose length the modifier's spra bits give. It stops where an operand
// would run past grpprl's end.
func eachSprm(grpprl []byte, fn func(sprm uint16, op []byte)) {
	le := binary.LittleEndian
	for len(grpprl) >= 2 {
		sprm := le.Uint16(grpprl)
		g := grpprl[2:]
		n := 0
		switch sprm >> 13 {
		case 0, 1:
			n = 1
		case 2, 4, 5:
			n = 2
		case 3:
			n = 4
		case 7:
			n = 3
		case 6:
			switch {
			case len(g) < 2:
				return
			case sprm == sprmTDefTable || sprm == sprmTDefTable10:
				n = int(le.Uint16(g)) + 1 // cb counts the rest, plus 1
			case sprm == sprmPChgTabs && g[0] == 255:
				return
			default:
				n = 1 + int(g[0])
			}
		}
		if n > len(g) {
			return
		}
		fn(sprm, g[:n])
		grpprl = g[n:]
	}
}

// paraAt returns the paragraph whose bytes hold fc, or nil.
func (w *docWriter) paraAt(fc uint32) *paraRun {
	i := sort.Search(len(w.paras), func(i int) bool { return w.paras[i].end > fc })
	if i < len(w.paras) && w.paras[i].start <= fc {
		return &w.paras[i]
	}
	return nil
}

// rowEnd reports whether the character at fc in the WordDocument stream
// is in a paragraph that ends a table's row. Without paragraph properties
// every cell end is taken for one: a cell is a line.
func (w *docWriter) rowEnd(fc uint32) bool {
	if len(w.paras) == 0 {
		return true
	}
	p := w.paraAt(fc)
	return p != nil && p.rowEnd
}
