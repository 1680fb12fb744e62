package corpus

// Old Word documents
//
// A .doc (Word 97-2003) is a Compound File Binary: a small file system of
// streams inside one file, read with github.com/richardlehane/mscfb. The
// text lies in the WordDocument stream, in pieces:
//
//   - The FIB at the stream's start gives the length of the main text
//     (ccpText, in characters) and where its piece table is (fcClx and
//     lcbClx), in the table stream its fWhichTblStm bit names (0Table or
//     1Table).
//   - The piece table (the Clx's PlcPcd) cuts the text into runs of
//     characters, each stored either as 8-bit cp1252 (a "compressed"
//     piece, at fc/2) or as UTF-16LE (Chinese text always is).
//   - Word's special characters become what the other readers make of the
//     same things: a paragraph mark, a line break and a page or section
//     break end a line; a table's row is a line, its cells words of it (as
//     in HTML tables: a cell's end and a row's are the same character, the
//     paragraph's properties tell them apart, docpara.go); a tab is a
//     space; a field (a hyperlink, a page number, a date) keeps its
//     result, not its code; the anchors of pictures and drawn objects and
//     the other controls go.
//
// As for a .docx, a paragraph's automatic numbering is rendered before its
// text and a heading style makes it a heading hint (docstyle.go); the rest
// (title, metadata, headings typed as text) comes from the text's rules.
// Only the main text is read: the other parts of the piece table's text
// (footnotes, headers, comments, text boxes) are not, as a .docx's
// footnotes and headers are not.
//
// Nothing in the file is trusted: every offset and length is checked
// against the stream it points into, so a damaged file is an error naming
// it, never a panic, and the text is bounded by MaxText. An encrypted
// document, an Excel or PowerPoint file and a Word 6/95 file are refused by
// name.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/richardlehane/mscfb"
	"golang.org/x/text/encoding/charmap"
)

// cfbMagic opens every Compound File Binary (.doc, .xls, .ppt, .wps).
var cfbMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// wordFormat returns the format a Word file named with extension ext (.doc
// or .docx) really is, by its first bytes: sites publish a .docx named
// .doc, a .doc named .docx, and a web page, a web archive (MHT) or Word's
// XML (a template an office system filled) saved as .doc, all of which
// Word opens, and RTF (which Word and WPS save, and offices publish under
// .doc). The warning says so when the name and the content disagree.
func wordFormat(name, ext string, data []byte) (string, []Warning, error) {
	got := ext
	switch {
	case bytes.HasPrefix(data, cfbMagic[:4]):
		got = ".doc"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if got = zipFormat(data); got == "" {
			got = ".docx"
		}
	case isWordXML(data):
		// a template's filling saved as Word's XML (docxparts.go)
		got = ".wordxml"
	default:
		switch markupFormat(data) {
		case ".rtf":
			got = ".rtf"
		case ".mht":
			// a web page saved as a web archive, which Word opens
			got = ".mht"
		case ".html":
			got = ".html"
		}
	}
	if got == ext {
		return ext, nil, nil
	}
	return got, []Warning{{Message: fmt.Sprintf("%s named %s; read as %s", formatName[got], ext, got)}}, nil
}

// readDOC returns the main text of a Word 97-2003 file and its heading
// hints.
func readDOC(name string, data []byte) (string, map[string]int, error) {
	if len(data) == 0 {
		return "", nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if !bytes.HasPrefix(data, cfbMagic) {
		if bytes.HasPrefix(data, cfbMagic[:4]) || len(data) < len(cfbMagic) && bytes.HasPrefix(cfbMagic, data) {
			return "", nil, fmt.Errorf("%s: %w: the compound file's header is cut short", name, ErrTruncated)
		}
		return "", nil, fmt.Errorf("%s: %w: not a Word 97-2003 file (no compound file header)", name, ErrBinary)
	}
	var (
		text  string
		hints map[string]int
	)
	word, table, err := wordStreams(data)
	if err == nil {
		text, hints, err = docText(word, table)
	}
	if err != nil {
		// A compound file is made of whole 512- or 4096-byte sectors: a
		// broken one that is not was cut short, and that is why it breaks.
		if len(data)%512 != 0 && errors.Is(err, ErrMalformed) {
			return "", nil, fmt.Errorf("%s: %w: %s", name, ErrTruncated, strings.TrimPrefix(err.Error(), ErrMalformed.Error()+": "))
		}
		return "", nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(text) > MaxText {
		return "", nil, tooLarge(name)
	}
	if strings.TrimSpace(text) == "" {
		return "", nil, fmt.Errorf("%s: %w: the document has no text", name, ErrEmpty)
	}
	return text, hints, nil
}

// wordStreams returns the WordDocument stream of a compound file and the
// table stream its FIB names. Streams inside storages (a Word file
// embedded as an object) are not the document's.
func wordStreams(data []byte) (word, table []byte, err error) {
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	files := map[string]*mscfb.File{}
	for _, f := range r.File {
		if len(f.Path) == 0 && f.FileInfo().Mode().IsRegular() {
			files[f.Name] = f
		}
	}
	read := func(f *mscfb.File) ([]byte, error) {
		// A stream's sectors are in the file: a size beyond it is a lie.
		if f.Size > int64(len(data)) {
			return nil, fmt.Errorf("%w: stream %s of %d bytes in a file of %d", ErrMalformed, f.Name, f.Size, len(data))
		}
		b := make([]byte, f.Size)
		if _, err := io.ReadFull(f, b); err != nil {
			return nil, fmt.Errorf("%w: reading stream %s: %v", ErrMalformed, f.Name, err)
		}
		return b, nil
	}
	wd := files["WordDocument"]
	if wd == nil {
		switch {
		case files["Workbook"] != nil || files["Book"] != nil:
			return nil, nil, fmt.Errorf("%w: an Excel file, not a Word document", ErrUnsupported)
		case files["PowerPoint Document"] != nil:
			return nil, nil, fmt.Errorf("%w: a PowerPoint file, not a Word document", ErrUnsupported)
		}
		return nil, nil, fmt.Errorf("%w: a compound file without a WordDocument stream, not a Word document", ErrUnsupported)
	}
	if word, err = read(wd); err != nil {
		return nil, nil, err
	}
	fib, err := parseFIB(word)
	if err != nil {
		return nil, nil, err
	}
	tname := "0Table"
	if fib.whichTable {
		tname = "1Table"
	}
	ts := files[tname]
	if ts == nil {
		return nil, nil, fmt.Errorf("%w: no %s stream", ErrMalformed, tname)
	}
	if table, err = read(ts); err != nil {
		return nil, nil, err
	}
	return word, table, nil
}

// fib is what the reader needs of a File Information Block.
type fib struct {
	whichTable     bool   // the table stream is 1Table, not 0Table
	ccpText        uint32 // characters of the main text
	fcClx, lcbClx  uint32 // the piece table's place in the table stream
	fcLcb          []byte // the (fc, lcb) pairs: places in the table stream
	nFib, csw, clw uint16
}

// The FIB's fixed part (FibBase) and its flags.
const (
	fibBaseLen       = 32
	wIdentWord       = 0xa5ec
	fEncrypted       = 1 << 8
	fWhichTblStm     = 1 << 9
	nFibWord97       = 0x6a // nFib below this: Word 6, Word 95 or older, another layout
	fcLcbClx         = 33   // index of fcClx/lcbClx among the FIB's (fc, lcb) pairs
	lwCcpText        = 3    // index of ccpText among the FIB's 32-bit counts
	fcCompressedFlag = 1 << 30
)

// parseFIB reads the FIB at the start of the WordDocument stream w.
func parseFIB(w []byte) (fib, error) {
	var f fib
	if len(w) < fibBaseLen+2 {
		return f, fmt.Errorf("%w: WordDocument stream of %d bytes, shorter than its header", ErrMalformed, len(w))
	}
	le := binary.LittleEndian
	if le.Uint16(w) != wIdentWord {
		return f, fmt.Errorf("%w: WordDocument stream without Word's signature", ErrUnsupported)
	}
	f.nFib = le.Uint16(w[2:])
	flags := le.Uint16(w[0x0a:])
	if flags&fEncrypted != 0 {
		return f, fmt.Errorf("%w: the document is encrypted (password-protected): save it without a password", ErrUnsupported)
	}
	if f.nFib < nFibWord97 {
		return f, fmt.Errorf("%w: a Word 6 or Word 95 document (nFib %d): save it as .docx", ErrUnsupported, f.nFib)
	}
	f.whichTable = flags&fWhichTblStm != 0
	// FibBase, then three arrays, each after its count: 16-bit words
	// (csw), 32-bit longs (cslw), and (fc, lcb) pairs (cbRgFcLcb).
	off := fibBaseLen
	f.csw = le.Uint16(w[off:])
	off += 2 + 2*int(f.csw)
	if off+2 > len(w) {
		return f, fmt.Errorf("%w: FIB cut short", ErrMalformed)
	}
	f.clw = le.Uint16(w[off:])
	lw := off + 2
	off = lw + 4*int(f.clw)
	if off+2 > len(w) || f.clw <= lwCcpText {
		return f, fmt.Errorf("%w: FIB cut short", ErrMalformed)
	}
	f.ccpText = le.Uint32(w[lw+4*lwCcpText:])
	pairs := int(le.Uint16(w[off:]))
	fc := off + 2
	if pairs <= fcLcbClx || fc+8*pairs > len(w) {
		return f, fmt.Errorf("%w: FIB cut short (no piece table's place)", ErrMalformed)
	}
	f.fcLcb = w[fc : fc+8*pairs]
	f.fcClx, f.lcbClx = f.place(fcLcbClx)
	return f, nil
}

// place returns the i-th (fc, lcb) pair of the FIB: where a structure is
// in the table stream and its length; 0, 0 when the FIB has no such pair.
func (f fib) place(i int) (fc, lcb uint32) {
	if 8*i+8 > len(f.fcLcb) {
		return 0, 0
	}
	return binary.LittleEndian.Uint32(f.fcLcb[8*i:]), binary.LittleEndian.Uint32(f.fcLcb[8*i+4:])
}

// docText returns the main text of a Word document from its WordDocument
// stream and its table stream, and its heading hints (paragraph to level).
func docText(word, table []byte) (string, map[string]int, error) {
	f, err := parseFIB(word)
	if err != nil {
		return "", nil, err
	}
	pieces, err := pieceTable(table, f.fcClx, f.lcbClx)
	if err != nil {
		return "", nil, err
	}
	out := docWriter{
		paras:  paragraphRuns(word, table, f),
		styles: parseSTSH(table, f),
		lists:  parseLists(table, f),
		hints:  map[string]int{},
	}
	for _, p := range pieces {
		if p.cpStart >= f.ccpText {
			break
		}
		n := uint64(min(p.cpEnd, f.ccpText) - p.cpStart)
		start, size := uint64(p.fc), uint64(2)
		if p.compressed {
			start, size = uint64(p.fc/2), 1
		}
		if start+n*size > uint64(len(word)) {
			return "", nil, fmt.Errorf("%w: a piece of text at byte %d, %d characters long, past the WordDocument stream's end (%d bytes)", ErrMalformed, start, n, len(word))
		}
		b := word[start : start+n*size]
		if p.compressed {
			out.compressed(b, uint32(start))
		} else {
			out.utf16(b, uint32(start))
		}
		if out.b.Len()+out.para.Len() > MaxText {
			return "", nil, fmt.Errorf("%w: more than %d MiB of text", ErrTooLarge, MaxText>>20)
		}
	}
	out.endPara(nil) // a text that does not end its last paragraph
	return out.b.String(), out.hints, nil
}

// A piece is a run of characters [cpStart, cpEnd) stored at fc in the
// WordDocument stream.
type piece struct {
	cpStart, cpEnd uint32
	fc             uint32
	compressed     bool
}

// pieceTable returns the pieces of the Clx at fc (lcb bytes) in table: a
// run of Prc (property modifiers, skipped), then the Pcdt holding the
// PlcPcd: n+1 character positions, then n 8-byte piece descriptors.
func pieceTable(table []byte, fc, lcb uint32) ([]piece, error) {
	if uint64(fc)+uint64(lcb) > uint64(len(table)) || lcb == 0 {
		return nil, fmt.Errorf("%w: the piece table (%d bytes at %d) is not in the table stream (%d bytes)", ErrMalformed, lcb, fc, len(table))
	}
	clx := table[fc : fc+lcb]
	le := binary.LittleEndian
	for len(clx) > 0 && clx[0] == 0x01 {
		if len(clx) < 3 {
			return nil, fmt.Errorf("%w: piece table cut short", ErrMalformed)
		}
		n := int(int16(le.Uint16(clx[1:])))
		if n < 0 || 3+n > len(clx) {
			return nil, fmt.Errorf("%w: a property modifier of %d bytes in the piece table", ErrMalformed, n)
		}
		clx = clx[3+n:]
	}
	if len(clx) < 5 || clx[0] != 0x02 {
		return nil, fmt.Errorf("%w: no piece table in the Clx", ErrMalformed)
	}
	size := le.Uint32(clx[1:])
	plc := clx[5:]
	if uint64(size) > uint64(len(plc)) || size < 4 || (size-4)%12 != 0 {
		return nil, fmt.Errorf("%w: a piece table of %d bytes", ErrMalformed, size)
	}
	plc = plc[:size]
	n := int(size-4) / 12
	pcd := plc[4*(n+1):]
	pieces := make([]piece, 0, n)
	for i := 0; i < n; i++ {
		a, b := le.Uint32(plc[4*i:]), le.Uint32(plc[4*i+4:])
		if b < a || i > 0 && a < pieces[i-1].cpEnd {
			return nil, fmt.Errorf("%w: piece %d runs from character %d to %d", ErrMalformed, i, a, b)
		}
		fcc := le.Uint32(pcd[8*i+2:])
		pieces = append(pieces, piece{
			cpStart:    a,
			cpEnd:      b,
			fc:         fcc &^ (fcCompressedFlag | 1<<31),
			compressed: fcc&fcCompressedFlag != 0,
		})
	}
	return pieces, nil
}

// docWriter writes a Word text's characters as plain text: special
// characters mapped, a field's code left out.
type docWriter struct {
	b     bytes.Buffer
	para  bytes.Buffer // the paragraph being read
	paras []paraRun    // the paragraphs' properties, by place in the stream
	// styles and lists give paragraphs their heading levels and numbering
	// labels (docstyle.go); hints collects the headings.
	styles map[int]docStyle
	lists  *docLists
	hints  map[string]int
	// fields holds, for each open field, whether its code is done (its
	// separator seen): a character shows when no open field is in its
	// code.
	fields []bool
	inCode int
}

// compressed writes the characters of a compressed piece, b, stored at
// fc in the WordDocument stream.
func (w *docWriter) compressed(b []byte, fc uint32) {
	for i, c := range b {
		w.char(charmap.Windows1252.DecodeByte(c), fc+uint32(i))
	}
}

// utf16 writes the characters of a UTF-16 piece, b, stored at fc in the
// WordDocument stream.
func (w *docWriter) utf16(b []byte, fc uint32) {
	for i := 0; i+1 < len(b); i += 2 {
		r := rune(binary.LittleEndian.Uint16(b[i:]))
		at := fc + uint32(i)
		if utf16.IsSurrogate(r) {
			if i+3 < len(b) {
				if p := utf16.DecodeRune(r, rune(binary.LittleEndian.Uint16(b[i+2:]))); p != utf8.RuneError {
					i += 2
					w.char(p, at)
					continue
				}
			}
			r = utf8.RuneError
		}
		w.char(r, at)
	}
}

// char writes one character of Word's text, stored at fc in the
// WordDocument stream.
func (w *docWriter) char(r rune, fc uint32) {
	switch r {
	case 0x13: // field begins: its code follows
		w.fields = append(w.fields, false)
		w.inCode++
		return
	case 0x14: // field separator: its result follows
		if n := len(w.fields); n > 0 && !w.fields[n-1] {
			w.fields[n-1] = true
			w.inCode--
		}
		return
	case 0x15: // field ends
		if n := len(w.fields); n > 0 {
			if !w.fields[n-1] {
				w.inCode--
			}
			w.fields = w.fields[:n-1]
		}
		return
	}
	if w.inCode > 0 {
		return
	}
	switch {
	case r == '\r', r == 0x07:
		// a paragraph mark; 0x07 ends a table's cell or its row
		w.endPara(w.paraAt(fc))
		switch {
		case r == '\r':
			w.b.WriteByte('\n')
		case w.rowEnd(fc):
			if bytes.HasSuffix(w.b.Bytes(), []byte{' '}) {
				w.b.Truncate(w.b.Len() - 1)
			}
			w.b.WriteByte('\n')
		default: // the row is one line, its cells words
			w.b.WriteByte(' ')
		}
	case r == 0x0b, r == 0x0c: // line break, page or section break
		w.para.WriteByte('\n')
	case r == '\t':
		w.para.WriteByte(' ')
	case r == 0x1e: // non-breaking hyphen
		w.para.WriteByte('-')
	case r < 0x20, r == 0xfffd:
		// anchors of pictures (0x01) and drawn objects (0x08), a
		// footnote's mark (0x02), a comment's (0x05), an optional
		// hyphen (0x1f), unpaired surrogates
	default:
		w.para.WriteRune(r)
	}
}

// endPara writes the paragraph held in w.para, whose properties are p
// (nil when unknown): with its numbering's label before it, as a heading
// hint when its style or outline level makes it one, or not at all when
// it is an entry of a table of contents.
func (w *docWriter) endPara(p *paraRun) {
	text := strings.TrimSpace(w.para.String())
	w.para.Reset()
	if text == "" {
		return
	}
	if p == nil {
		w.b.WriteString(text)
		return
	}
	st := w.styles[p.istd]
	if st.level == tocStyle {
		return
	}
	num := p.num
	if !num.hasIlfo {
		num.ilfo = st.num.ilfo
	}
	if !num.hasIlvl {
		num.ilvl = st.num.ilvl
	}
	if num.ilfo > 0 {
		text = w.lists.label(num.ilfo, num.ilvl) + text
	}
	lvl := st.level
	if lvl == 0 && num.hasOutLvl && num.outline < 9 {
		lvl = num.outline + 1
	}
	if lvl > 0 && !strings.Contains(text, "\n") {
		w.hints[text] = lvl
	}
	w.b.WriteString(text)
}
