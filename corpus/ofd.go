package corpus

// OFD
//
// OFD (GB/T 33190-2016) is China's standard for fixed-layout documents, the
// format government offices and their document systems publish papers in
// beside PDF. A .ofd is a zip of XML parts: OFD.xml names each document's
// root (DocBody/DocRoot, Doc_0/Document.xml), the root lists the pages
// (Pages/Page BaseLoc, Pages/Page_0/Content.xml), and a page's content is
// layers of objects, text objects among them, nested in page blocks to any
// depth. A text object (TextObject) has a box on the page (Boundary, in
// millimetres from the top left corner), a matrix from its own units to
// the box's (CTM) and a font size; its TextCode elements carry the
// characters, the first one's place (X, Y, the baseline) and the advances
// to the next ones (DeltaX, DeltaY, where "g 3 5.5" stands for 5.5 three
// times). Writers differ: one object a line, one a run, or one a character.
//
// The text has no lines or paragraphs, only places, so readOFD rebuilds
// them as a reader sees them:
//
//   - Characters whose baselines lie within a third of their size of each
//     other are one line, read left to right; a gap of more than 0.4 of a
//     character between two of them is a space. A TextCode holds its
//     characters as text: the fonts (PublicRes) are not needed.
//   - The page's text lines are read top to bottom, the pages in the
//     document's order.
//   - A page template (TemplatePage: the running header, the page number,
//     a red rule) is drawn on every page that names it and is no part of
//     the text: it is not read. A running header or footer drawn on the
//     pages themselves goes too: a line among the first and last two of a
//     page whose words, digits aside, recur there at the same height on
//     half the pages (of three or more), and a page number (3, — 3 —,
//     第3页, 3/12) standing first or last on its page.
//   - Paragraphs come from the lines' places, as a word processor set them:
//     the body's left margin is where most lines start, its right margin
//     where nine in ten of the lines at the left one end or before. A line that starts at the left margin after
//     a line that reached the right one goes on that line's paragraph,
//     across a page break too; an indented line (a paragraph's first, two
//     characters in), a centred one, or a line after a short one opens a
//     paragraph, and so does a line set clearly lower than the line pitch,
//     in another size, or in another font than the one the line before
//     ended in (a heading in 黑体 over a text in 仿宋, as 公文 set them).
//   - A title in a larger font than the text, wrapped over centred lines,
//     is one line.
//   - Text turned on the page (a watermark set across it, a seal's ring
//     drawn as text) is not read.
//   - A composite object draws a unit of the document's resources
//     (CompositeGraphicUnit, in PublicRes or DocumentRes) in its place, as a
//     converter from PDF keeps a form drawn on several pages: the unit's
//     text is read there, units nested in units to a few levels.
//   - Annotations (a seal, a signature, a reader's notes), pictures and
//     drawings are not text and are not read.
//
// Everything is bounded: the number of members, pages and characters, the
// unpacked size of each part, the nesting of page blocks and of composite
// units, and the units a page draws. A file that is not a zip is binary; a
// zip cut short is truncated; a zip without the parts named above, or
// whose XML does not parse, is malformed.

import (
	"archive/zip"
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

const (
	maxOFDPart    = 32 << 20 // bytes of one XML part read at most
	maxZipMembers = 100000   // members of an OFD or ODT package read at most
	maxOFDPages   = 20000    // pages of one OFD document
	maxOFDDepth   = 64       // page blocks (and XML elements) nested at most
	// maxOFDPageGlyphs bounds the characters of one page: a page of a
	// report holds a few thousand, and each costs some 60 bytes while its
	// lines are rebuilt.
	maxOFDPageGlyphs = 200000
)

// ofdGlyph is one character placed on a page: x its left edge and y its
// baseline, in millimetres; size the font's size.
type ofdGlyph struct {
	r       rune
	x, y    float64
	size    float64
	font    string // the font's ID in the resources
	seq     int    // order in the content, for a stable sort
	hasNext bool
	adv     float64 // advance to the next character, or the glyph's width
}

// ofdLine is a line of text on a page: its characters, its baseline, the
// left and right ends of its ink, and the size of its font.
type ofdLine struct {
	text      string
	x, end, y float64
	size      float64
	page      int
	// the fonts of its first and last characters
	firstFont, lastFont string
}

// readOFD returns the text of an OFD file's first document, one paragraph
// a line.
func readOFD(ctx context.Context, name string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	pkg, err := openPackage(name, data)
	if err != nil {
		return "", err
	}
	root, err := pkg.part("OFD.xml")
	if err != nil {
		return "", err
	}
	if root == nil {
		return "", fmt.Errorf("%s: %w: an OFD file without OFD.xml", name, ErrMalformed)
	}
	docRoot, err := ofdDocRoot(root)
	if err != nil {
		return "", xmlPartError(name, "OFD.xml", err)
	}
	if docRoot == "" {
		return "", fmt.Errorf("%s: %w: OFD.xml names no document (DocBody/DocRoot)", name, ErrMalformed)
	}
	docRoot = ofdPath("", docRoot)
	doc, err := pkg.part(docRoot)
	if err != nil {
		return "", err
	}
	if doc == nil {
		return "", fmt.Errorf("%s: %w: no %s, the document OFD.xml names", name, ErrMalformed, docRoot)
	}
	info, err := ofdPages(doc)
	if err != nil {
		return "", xmlPartError(name, docRoot, err)
	}
	pages, width := info.pages, info.width
	// Composite objects draw the units of the document's resources.
	units := map[string][]byte{}
	for _, loc := range info.resources {
		p := ofdPath(path.Dir(docRoot), loc)
		res, err := pkg.part(p)
		if err != nil {
			return "", err
		}
		if res == nil {
			continue // (a resource part that is missing holds no text)
		}
		if err := ofdUnits(res, units); err != nil {
			return "", xmlPartError(name, p, err)
		}
	}
	if len(pages) == 0 {
		return "", fmt.Errorf("%s: %w: the document has no pages", name, ErrEmpty)
	}
	var lines []ofdLine
	glyphs := 0
	for i, loc := range pages {
		if err := ctx.Err(); err != nil {
			return "", fmt.Errorf("%s: reading page %d: %w", name, i+1, err)
		}
		p := ofdPath(path.Dir(docRoot), loc)
		content, err := pkg.part(p)
		if err != nil {
			return "", err
		}
		if content == nil {
			return "", fmt.Errorf("%s: %w: no %s, page %d of the document", name, ErrMalformed, p, i+1)
		}
		gs, err := ofdPageGlyphs(ctx, content, units)
		if err != nil {
			if ctx.Err() != nil {
				return "", fmt.Errorf("%s: reading %s: %w", name, p, ctx.Err())
			}
			if errors.Is(err, errOFDPageFull) {
				return "", fmt.Errorf("%s: %w: %s: %v", name, ErrTooLarge, p, err)
			}
			return "", xmlPartError(name, p, err)
		}
		if glyphs += len(gs); glyphs > MaxText/3 {
			// (a character is 3 bytes of UTF-8: the text is past MaxText)
			return "", tooLarge(name)
		}
		lines = append(lines, ofdPageLines(gs, i)...)
	}
	text := ofdParagraphs(dropOFDFurniture(lines), width)
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%s: %w: the document has no text (a scan without a text layer?)", name, ErrEmpty)
	}
	return text, nil
}

// zipPackage is a zip archive of XML parts, read part by part within the
// bounds above.
type zipPackage struct {
	name  string
	files map[string]*zip.File
	read  int64 // bytes unpacked so far, at most maxPackageRead
}

// maxPackageRead bounds the bytes unpacked from one package in all: pages
// may all name one part, so the parts' own bound times the pages' would let
// a small file cost hours of parsing. A variable for the test.
var maxPackageRead int64 = 256 << 20

// openZip opens data, file name's bytes, as a zip archive: one that opens
// as a zip (PK) but does not read is truncated, anything else binary.
func openZip(name string, data []byte) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if bytes.HasPrefix(data, []byte("PK")) {
			return nil, fmt.Errorf("%s: %w: %v", name, ErrTruncated, err)
		}
		return nil, fmt.Errorf("%s: %w: not a zip archive", name, ErrBinary)
	}
	return zr, nil
}

// openPackage opens data as a zip archive of parts.
func openPackage(name string, data []byte) (*zipPackage, error) {
	zr, err := openZip(name, data)
	if err != nil {
		return nil, err
	}
	if len(zr.File) > maxZipMembers {
		return nil, fmt.Errorf("%s: %w: %d members in the archive (more than %d)", name, ErrMalformed, len(zr.File), maxZipMembers)
	}
	pkg := &zipPackage{name: name, files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		// Names are compared without a leading slash or a case: writers
		// differ (/Doc_0/Document.xml, doc_0/document.xml).
		k := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, ok := pkg.files[k]; !ok {
			pkg.files[k] = f
		}
	}
	return pkg, nil
}

// part returns the unpacked bytes of part p, nil when there is none. The
// error names the file and the part.
func (pkg *zipPackage) part(p string) ([]byte, error) {
	f, ok := pkg.files[strings.ToLower(strings.TrimPrefix(p, "/"))]
	if !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %s: %v", pkg.name, ErrMalformed, p, err)
	}
	defer rc.Close()
	if pkg.read >= maxPackageRead {
		return nil, fmt.Errorf("%s: %w: more than %d MiB unpacked in all", pkg.name, ErrTooLarge, maxPackageRead>>20)
	}
	b, err := io.ReadAll(io.LimitReader(rc, maxOFDPart+1))
	pkg.read += int64(len(b))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, zip.ErrChecksum) {
			return nil, fmt.Errorf("%s: %w: %s: %v", pkg.name, ErrTruncated, p, err)
		}
		return nil, fmt.Errorf("%s: %w: %s: %v", pkg.name, ErrMalformed, p, err)
	}
	if len(b) > maxOFDPart {
		return nil, fmt.Errorf("%s: %w: %s is more than %d MiB unpacked", pkg.name, ErrTooLarge, p, maxOFDPart>>20)
	}
	return b, nil
}

// xmlPartError wraps an error met reading part of a package as XML: the
// part is truncated when it ends early, malformed otherwise.
func xmlPartError(name, part string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
		return fmt.Errorf("%s: %w: %s ends early: %v", name, ErrTruncated, part, err)
	}
	return fmt.Errorf("%s: %w: %s: %v", name, ErrMalformed, part, err)
}

// ofdPath resolves loc, a part's location as OFD writes it, from folder
// dir: a location that starts with / is from the package's root.
func ofdPath(dir, loc string) string {
	loc = strings.TrimSpace(strings.ReplaceAll(loc, `\`, "/"))
	if strings.HasPrefix(loc, "/") {
		return strings.TrimPrefix(path.Clean(loc), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join("/", dir, loc)), "/")
}

// ofdDocRoot returns the location of the first document OFD.xml names.
func ofdDocRoot(data []byte) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	in := false
	var b strings.Builder
	for depth := 0; ; {
		tok, err := dec.Token()
		if err == io.EOF {
			return "", nil
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxOFDDepth {
				return "", errors.New("elements nested too deep")
			}
			in = t.Name.Local == "DocRoot"
		case xml.CharData:
			if in && b.Len() < 4096 {
				b.Write(t)
			}
		case xml.EndElement:
			depth--
			if in {
				return strings.TrimSpace(b.String()), nil
			}
		}
	}
}

// ofdDocument is what a document's root part (Document.xml) says: its
// pages' locations in order, the width of its default page area (0 when
// it gives none), and its resource parts' locations.
type ofdDocument struct {
	pages     []string
	width     float64
	resources []string
}

// ofdPages reads a document's root part.
func ofdPages(data []byte) (*ofdDocument, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		doc   ofdDocument
		stack []string
		buf   strings.Builder
	)
	top := func() string {
		if len(stack) == 0 {
			return ""
		}
		return stack[len(stack)-1]
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return &doc, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= maxOFDDepth {
				return nil, errors.New("elements nested too deep")
			}
			stack = append(stack, t.Name.Local)
			// (a TemplatePage in CommonData has a BaseLoc too: only the
			// pages under Pages are read)
			if t.Name.Local == "Page" && len(stack) >= 2 && stack[len(stack)-2] == "Pages" {
				if loc := xmlAttr(t, "BaseLoc"); loc != "" {
					if len(doc.pages) >= maxOFDPages {
						return nil, fmt.Errorf("more than %d pages", maxOFDPages)
					}
					doc.pages = append(doc.pages, loc)
				}
			}
			buf.Reset()
		case xml.CharData:
			if buf.Len() < 1024 {
				buf.Write(t)
			}
		case xml.EndElement:
			switch top() {
			case "PhysicalBox":
				if len(stack) >= 2 && stack[len(stack)-2] == "PageArea" {
					if f := ofdNumbers(buf.String(), 4); len(f) == 4 {
						doc.width = f[2]
					}
				}
			case "PublicRes", "DocumentRes":
				if loc := strings.TrimSpace(buf.String()); loc != "" && len(doc.resources) < 64 {
					doc.resources = append(doc.resources, loc)
				}
			}
			buf.Reset()
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// ofdUnits returns the composite graphic units a resource part defines:
// the content of each (its objects, as a page's), by ID, added to units.
func ofdUnits(data []byte, units map[string][]byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		id    string
		from  int64 // where the open unit's content starts, -1 for none
		depth int
		at    int // the open unit's depth
	)
	from = -1
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxOFDDepth {
				return errors.New("elements nested too deep")
			}
			if t.Name.Local == "CompositeGraphicUnit" && from < 0 {
				id, from, at = xmlAttr(t, "ID"), dec.InputOffset(), depth
			}
		case xml.EndElement:
			if from >= 0 && depth == at && id != "" && len(units) < 10000 {
				// (read again as a fragment: the objects' names are all
				// that is looked at, not their namespace)
				units[id] = append(append([]byte("<Unit>"), data[from:before]...), "</Unit>"...)
			}
			if depth == at {
				from = -1
			}
			depth--
		}
	}
}

// ofdNumbers parses up to max numbers of a space-separated list (a box, a
// matrix), stopping at the first that is not one.
func ofdNumbers(s string, max int) []float64 {
	var out []float64
	for _, f := range strings.Fields(s) {
		if len(out) >= max {
			break
		}
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			break
		}
		out = append(out, v)
	}
	return out
}

// ofdDeltas expands a DeltaX or DeltaY list into at most n advances: "g k
// d" stands for d k times.
func ofdDeltas(s string, n int) []float64 {
	f := strings.Fields(s)
	out := make([]float64, 0, min(n, len(f)))
	for i := 0; i < len(f) && len(out) < n; i++ {
		if f[i] == "g" && i+2 < len(f) {
			k, err1 := strconv.Atoi(f[i+1])
			d, err2 := strconv.ParseFloat(f[i+2], 64)
			if err1 != nil || err2 != nil || math.IsNaN(d) || math.IsInf(d, 0) {
				break
			}
			for ; k > 0 && len(out) < n; k-- {
				out = append(out, d)
			}
			i += 2
			continue
		}
		d, err := strconv.ParseFloat(f[i], 64)
		if err != nil || math.IsNaN(d) || math.IsInf(d, 0) {
			break
		}
		out = append(out, d)
	}
	return out
}

// ofdMatrix is an affine map of the plane as OFD writes it (CTM): a b c
// d e f takes (x, y) to (a x + c y + e, b x + d y + f).
type ofdMatrix [6]float64

var ofdIdentity = ofdMatrix{1, 0, 0, 1, 0, 0}

// apply maps point (x, y).
func (m ofdMatrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// then returns the map that applies m, then n.
func (m ofdMatrix) then(n ofdMatrix) ofdMatrix {
	return ofdMatrix{
		n[0]*m[0] + n[2]*m[1], n[1]*m[0] + n[3]*m[1],
		n[0]*m[2] + n[2]*m[3], n[1]*m[2] + n[3]*m[3],
		n[0]*m[4] + n[2]*m[5] + n[4], n[1]*m[4] + n[3]*m[5] + n[5],
	}
}

// turned reports whether m turns or skews what it maps: text drawn so
// is no line of the report.
func (m ofdMatrix) turned() bool {
	return math.Abs(m[1]) > 1e-3*math.Abs(m[0]) || math.Abs(m[2]) > 1e-3*math.Abs(m[3])
}

// ofdPlaced returns the map from the own units of a graphic object (a
// TextObject, a CompositeObject) to the page: its matrix (CTM), then its
// box's corner (Boundary), then base, the map of what holds it.
func ofdPlaced(e xml.StartElement, base ofdMatrix) (m ofdMatrix, boxWidth float64) {
	m = ofdIdentity
	if c := ofdNumbers(xmlAttr(e, "CTM"), 6); len(c) == 6 {
		copy(m[:], c)
	}
	if b := ofdNumbers(xmlAttr(e, "Boundary"), 4); len(b) >= 2 {
		m[4] += b[0]
		m[5] += b[1]
		if len(b) >= 3 {
			boxWidth = b[2] * math.Hypot(base[0], base[1])
		}
	}
	return m.then(base), boxWidth
}

// ofdTextObject is what a TextObject tells about the place of its
// characters: the map from its units to the page, its box's width, its
// font and its size.
type ofdTextObject struct {
	m            ofdMatrix
	bw           float64 // the box's width on the page
	font         string
	unit         float64 // the font's size in the object's units
	size         float64 // and on the page
	visible      bool
	lastX, lastY float64
}

// at returns the page place of point (x, y) of the object's own units.
func (o *ofdTextObject) at(x, y float64) (float64, float64) {
	return o.m.apply(x, y)
}

// maxOFDComposites bounds composite objects nested in one another's units
// (a unit may draw another, or itself), and maxOFDDrawn the units a page
// draws in all: a unit that draws itself a hundred times would otherwise
// be read a hundred million times.
const (
	maxOFDComposites = 4
	maxOFDDrawn      = 2000
)

// ofdPageGlyphs returns the characters of a page's content part with their
// places. Text of the page's template and annotations is elsewhere and not
// read. A composite object's unit (units, by resource ID) is read where
// the object places it.
func ofdPageGlyphs(ctx context.Context, data []byte, units map[string][]byte) ([]ofdGlyph, error) {
	drawn := 0
	return ofdContentGlyphs(ctx, data, units, ofdIdentity, 0, &drawn, nil)
}

// ofdContentGlyphs appends to out the characters of content data (a page's
// or a composite unit's) placed by base; nested is how many composite
// objects hold it, drawn how many units the page has drawn.
func ofdContentGlyphs(ctx context.Context, data []byte, units map[string][]byte, base ofdMatrix, nested int, drawn *int, out []ofdGlyph) ([]ofdGlyph, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		obj   *ofdTextObject
		code  xml.StartElement
		inTC  bool
		text  strings.Builder
		depth int
		n     int
	)
	for {
		if n++; n%docxCheckEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxOFDDepth {
				return nil, errors.New("page blocks nested too deep")
			}
			switch t.Name.Local {
			case "TextObject":
				obj = &ofdTextObject{unit: 3.5, font: xmlAttr(t, "Font")}
				obj.m, obj.bw = ofdPlaced(t, base)
				if s, err := strconv.ParseFloat(xmlAttr(t, "Size"), 64); err == nil && s > 0 && !math.IsInf(s, 0) {
					obj.unit = s
				}
				// the size is in the object's units: scaled by the map
				obj.size = obj.unit * math.Hypot(obj.m[2], obj.m[3])
				// Text turned on the page (a watermark across it, the ring
				// of a seal drawn as text) is no line of the report.
				obj.visible = xmlAttr(t, "Visible") != "false" && !obj.m.turned() && obj.size > 0
			case "CompositeObject":
				unit := units[xmlAttr(t, "ResourceID")]
				if unit == nil || nested >= maxOFDComposites || *drawn >= maxOFDDrawn || xmlAttr(t, "Visible") == "false" {
					break
				}
				*drawn++
				m, _ := ofdPlaced(t, base)
				if out, err = ofdContentGlyphs(ctx, unit, units, m, nested+1, drawn, out); err != nil {
					return nil, err
				}
			case "TextCode":
				if obj != nil {
					code, inTC = t, true
					text.Reset()
				}
			}
		case xml.CharData:
			if inTC && text.Len() < 1<<20 {
				text.Write(t)
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "TextCode":
				if inTC && obj != nil && obj.visible {
					out = obj.place(out, code, text.String())
					if len(out) > maxOFDPageGlyphs {
						return nil, errOFDPageFull
					}
				}
				inTC = false
			case "TextObject":
				obj = nil
			}
		}
	}
}

// errOFDPageFull is a page with more than maxOFDPageGlyphs characters.
var errOFDPageFull = fmt.Errorf("more than %d characters on one page", maxOFDPageGlyphs)

// place appends the characters of one TextCode of the object to gs. A
// TextCode without X or Y goes on from where the one before it ended.
func (o *ofdTextObject) place(gs []ofdGlyph, code xml.StartElement, s string) []ofdGlyph {
	rs := []rune(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s))
	if len(rs) == 0 {
		return gs
	}
	x, errX := strconv.ParseFloat(xmlAttr(code, "X"), 64)
	y, errY := strconv.ParseFloat(xmlAttr(code, "Y"), 64)
	if errX != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		x = o.lastX
	}
	if errY != nil || math.IsNaN(y) || math.IsInf(y, 0) {
		y = o.lastY
	}
	dx := ofdDeltas(xmlAttr(code, "DeltaX"), len(rs)-1)
	dy := ofdDeltas(xmlAttr(code, "DeltaY"), len(rs)-1)
	for i, r := range rs {
		px, py := o.at(x, y)
		g := ofdGlyph{r: r, x: px, y: py, size: o.size, font: o.font, seq: len(gs)}
		switch {
		case i < len(dx):
			ax, _ := o.at(x+dx[i], y)
			g.hasNext, g.adv = true, ax-px
		case len(rs) == 1 && o.bw > 0:
			// an object of one character (a converter's way): its box
			// is as wide as the glyph, a narrow letter's or a wide one's
			g.hasNext, g.adv = true, o.bw
		}
		gs = append(gs, g)
		// Without advances, the characters stand one size apart (half
		// a size for a narrow one), as the font would set them.
		step := o.unit
		if runewidth.RuneWidth(r) < 2 {
			step /= 2
		}
		if i < len(dx) {
			step = dx[i]
		}
		x += step
		if i < len(dy) {
			y += dy[i]
		}
	}
	o.lastX, o.lastY = x, y
	return gs
}

// width returns the width the glyph takes on the line: its advance, or
// its font's size for a wide character and half of it for a narrow one.
func (g ofdGlyph) width() float64 {
	if g.hasNext && g.adv > 0 && g.adv < 3*g.size {
		return g.adv
	}
	if runewidth.RuneWidth(g.r) < 2 {
		return g.size / 2
	}
	return g.size
}

// ofdPageLines groups the characters of page into lines, top to bottom.
func ofdPageLines(gs []ofdGlyph, page int) []ofdLine {
	if len(gs) == 0 {
		return nil
	}
	slices.SortStableFunc(gs, func(a, b ofdGlyph) int { return cmp.Compare(a.y, b.y) })
	var rows [][]ofdGlyph
	for _, g := range gs {
		if k := len(rows) - 1; k >= 0 {
			ref := rows[k][0]
			if math.Abs(g.y-ref.y) <= math.Max(ref.size, g.size)/3 {
				rows[k] = append(rows[k], g)
				continue
			}
		}
		rows = append(rows, []ofdGlyph{g})
	}
	var lines []ofdLine
	for _, row := range rows {
		slices.SortStableFunc(row, func(a, b ofdGlyph) int {
			if c := cmp.Compare(a.x, b.x); c != 0 {
				return c
			}
			return cmp.Compare(a.seq, b.seq)
		})
		var b strings.Builder
		size, end := 0.0, row[0].x
		for i, g := range row {
			if i > 0 && g.x-end > 0.4*g.size && !strings.HasSuffix(b.String(), " ") {
				// set apart by more than 0.4 of a character: a space
				b.WriteByte(' ')
			}
			b.WriteRune(g.r)
			end = math.Max(end, g.x+g.width())
			size = math.Max(size, g.size)
		}
		t := strings.TrimSpace(b.String())
		if t == "" {
			continue
		}
		start := row[0].x
		for _, g := range row {
			if g.r != ' ' && g.r != '\u3000' {
				start = g.x
				break
			}
		}
		lines = append(lines, ofdLine{text: t, x: start, end: end, y: row[0].y, size: size, page: page,
			firstFont: row[0].font, lastFont: row[len(row)-1].font})
	}
	return lines
}

// ofdPageNumberRe matches a line that is a page number alone: 3, — 3 —,
// - 3 -, 第3页, 第 3 页 共 12 页, 3/12.
var ofdPageNumberRe = mustLitRe(`^[-—–－―\s]*(?:第\s*)?[0-9]{1,4}(?:\s*页)?(?:\s*[/／]\s*[0-9]{1,4}|\s*共\s*[0-9]{1,4}\s*页)?[-—–－―\s]*$`)

// ofdEdge is how many lines at the top and at the bottom of a page are
// looked at for a running header or footer.
const ofdEdge = 2

// dropOFDFurniture drops the running headers and footers drawn on the
// pages themselves and the pages' numbers (see above).
func dropOFDFurniture(lines []ofdLine) []ofdLine {
	// A running line stands at one height on every page: its key is its
	// words, digits aside, and its height to 2 mm.
	key := func(l ofdLine) string {
		return digitsRe.ReplaceAllString(compactSpace(l.text), "#") + "@" + strconv.Itoa(int(math.Round(l.y/2)))
	}
	// the lines of each page at its edges
	var pages [][]int
	for i, l := range lines {
		if i == 0 || l.page != lines[i-1].page {
			pages = append(pages, nil)
		}
		pages[len(pages)-1] = append(pages[len(pages)-1], i)
	}
	edge := func(p []int) []int {
		if len(p) <= 2*ofdEdge {
			return p
		}
		return append(slices.Clone(p[:ofdEdge]), p[len(p)-ofdEdge:]...)
	}
	recur := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, i := range edge(p) {
			seen[key(lines[i])] = true
		}
		for k := range seen {
			recur[k]++
		}
	}
	drop := map[int]bool{}
	for _, p := range pages {
		dropped := map[string]bool{}
		for _, i := range edge(p) {
			k := key(lines[i])
			if n := recur[k]; len(pages) >= 3 && n*2 >= len(pages) && !dropped[k] {
				// once a page: a title under a header that repeats it stays
				drop[i], dropped[k] = true, true
			}
		}
		// a page number alone, first or last on its page once the running
		// lines are gone
		kept := slices.DeleteFunc(slices.Clone(p), func(i int) bool { return drop[i] })
		if len(kept) > 1 {
			for _, i := range []int{kept[0], kept[len(kept)-1]} {
				if ofdPageNumberRe.MatchString(lines[i].text) {
					drop[i] = true
				}
			}
		}
	}
	out := make([]ofdLine, 0, len(lines))
	for i, l := range lines {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// ofdParagraphs joins lines into paragraphs (see above) and returns them
// one a line. pageWidth is the document's page width, 0 when unknown.
func ofdParagraphs(lines []ofdLine, pageWidth float64) string {
	if len(lines) == 0 {
		return ""
	}
	// The body's margins: where most lines start (rounded to a millimetre)
	// and the furthest end of the lines that start there.
	starts := map[int]int{}
	for _, l := range lines {
		starts[int(math.Round(l.x))]++
	}
	left, most := 0, -1
	for x, n := range starts {
		if n > most || n == most && x < left {
			left, most = x, n
		}
	}
	margin := float64(left)
	var pitches, ends []float64
	sizes := map[float64]int{}
	for i, l := range lines {
		if math.Abs(l.x-margin) <= 1 {
			ends = append(ends, l.end)
		}
		if i > 0 && lines[i-1].page == l.page {
			if d := l.y - lines[i-1].y; d > 0 {
				pitches = append(pitches, d)
			}
		}
		sizes[math.Round(l.size*10)/10]++
	}
	// The right margin is where nine lines in ten at the left one end or
	// before: most lines of a text are full, and a line that runs past
	// the margin (a long address, a table's row) does not move it.
	slices.Sort(ends)
	right := ends[len(ends)*9/10]
	if pageWidth > 0 && right > pageWidth {
		right = pageWidth
	}
	pitch := 0.0
	if len(pitches) > 0 {
		slices.Sort(pitches)
		pitch = pitches[len(pitches)/2]
	}
	bodySize, most := 0.0, 0
	for sz, n := range sizes {
		if n > most || n == most && sz < bodySize {
			bodySize, most = sz, n
		}
	}
	// centred reports whether a line stands in the middle of the body,
	// clear of the left margin.
	centred := func(l ofdLine) bool {
		return l.x > margin+l.size && math.Abs((l.x-margin)-(right-l.end)) < 2*l.size
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			full := prev.end >= right-1.5*prev.size
			atMargin := math.Abs(l.x-margin) < l.size/2
			// set clearly lower than the usual pitch (on the same page)
			apart := prev.page == l.page && pitch > 0 && l.y-prev.y > 1.6*pitch
			sameSize := math.Abs(l.size-prev.size) < 0.2*math.Max(l.size, prev.size)
			// A paragraph goes on in the font its line ended in: a
			// heading in another (黑体 over 仿宋) ends at its line's end
			// even when it filled the line.
			sameFont := prev.lastFont == l.firstFont || prev.lastFont == "" || l.firstFont == ""
			// A title in a larger font wrapped over centred lines (a
			// notice's title over two or three) is one line.
			title := prev.page == l.page && centred(prev) && centred(l) && prev.size > 1.15*bodySize
			if (full && atMargin || title) && !apart && sameSize && sameFont {
				if joinsWithSpace(prev.text, l.text) {
					b.WriteByte(' ')
				}
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// joinsWithSpace reports whether two lines of one paragraph are joined by
// a space: between two Latin letters, as a Latin text wraps at its spaces.
// Chinese text wraps anywhere and is joined as it is, and so is a number
// the line's end cut (2 / 4公里 is 24公里).
func joinsWithSpace(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return isLatinLetter(ra) && isLatinLetter(rb)
}

func isLatinLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
