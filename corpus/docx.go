package corpus

// Word documents
//
// A .docx is a zip of XML parts. readDOCX takes one line per paragraph of
// word/document.xml (w:p), with its runs' text (w:t), tabs as spaces and
// line breaks (w:br) as newlines. Two things Word keeps out of the text
// matter for the section tree:
//
//   - Automatic numbering (w:numPr): the "一、" or "1." a reader sees is
//     rendered from numbering.xml. readDOCX renders it again for the
//     common formats (decimal, Chinese counting, ⑴, ①, 甲 …) from the
//     level's lvlText ("%1、", "（%1）"), so Split sees the same numbering as
//     a reader. A template's heading styles often carry the numbering
//     themselves: a paragraph without a w:numPr of its own takes its
//     style's, at the level numbering.xml links to the style. A list made
//     from a list style numbers with the style's levels. An empty
//     numbered paragraph is its label alone, as Word shows it, and the
//     next one counts on from it.
//   - Heading styles (标题 1, Heading 2, 一级标题, an outline level, or a
//     style based on one of them): such paragraphs are passed to Split as
//     heading hints with their level.
//   - Text boxes (a cover's title, a figure's caption): Word keeps each
//     twice, as a drawing and in mc:Fallback for old readers, with its
//     paragraphs inside the paragraph it is anchored in. The fallback is
//     skipped, and the anchoring paragraph goes on after the box's lines.
//   - Bold openings: a paragraph whose first runs are bold up to a sentence
//     end ("六堡茶发展实现新突破。全市茶园…") opens with a lead; the bold
//     sentence is passed to Split as a lead mark, which counts only when a
//     report lost its headings (infer.go).
//   - Tables (w:tbl): a row is one line of its cells' words, as HTML
//     tables are read, so that "1 新建中小学 12所 15所" stays together
//     instead of becoming four short lines that cleaning drops; a row of
//     one cell, or with a cell of running text, is read paragraph by
//     paragraph. A table inside a cell is part of that cell. A row made
//     one line is a line of its own (rowHint): cleaning joins it to no
//     paragraph, and it is never a heading, even a header row of words
//     alone (指标 单位 目标 完成) above the figures.
//   - Hidden text (a run with w:vanish): Word neither shows nor prints
//     it, and it is not read.
//   - Tracked changes are read accepted: inserted text is read, deleted
//     and moved-away text (w:del, w:moveFrom) and a formatting change's
//     old properties are not, and a paragraph whose mark was deleted runs
//     on into the next.
//   - A table of contents (Word's Table of Contents block, or the cached
//     result of a TOC field) repeats the headings with page numbers: it is
//     not read.
//   - Footnotes and endnotes are the writer's text: they are read at the
//     end of the document, footnotes first.
//     Page headers and footers (内部资料, 第 1 页) and comments are not the
//     report's and are not read (docxlook.go).
//   - A title broken by hand over centred paragraphs of one look is one
//     line, and paragraphs set apart by their look alone (黑体, bold, a
//     style named anyhow) are heading hints (docxlook.go).
//   - The main part and the parts it uses are found through the package's
//     relationships (Word for the web names it document2.xml), and text
//     kept in another format (w:altChunk: a web page or web archive a web
//     system exported, a merged document) is read in its place
//     (docxparts.go).
//
// A file that is not a zip is binary (an old .doc named .docx is read as
// a .doc: wordFormat in doc.go); a zip cut short is truncated.

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

const maxDOCXPart = 64 << 20 // bytes of one XML part read at most

// docxCheckEvery is how many XML tokens readDOCX reads between looks at
// its context: a few milliseconds of work.
const docxCheckEvery = 4096

// readDOCX returns the text of a .docx, its heading hints (paragraph to
// outline level) and its lead marks (the bold opening sentences of
// paragraphs). It stops with ctx's error, naming the file, when ctx ends:
// a small archive can hold millions of paragraphs, each read in a few
// microseconds, and an upload is read within its request's deadline.
func readDOCX(ctx context.Context, name string, data []byte) (string, map[string]int, []string, error) {
	return readDOCXDepth(ctx, name, data, 0)
}

// readDOCXDepth is readDOCX for a document depth chunks deep: a Word
// document in another's w:altChunk is read at depth 1 (docxparts.go).
func readDOCXDepth(ctx context.Context, name string, data []byte, depth int) (string, map[string]int, []string, error) {
	if len(data) == 0 {
		return "", nil, nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	zr, err := openZip(name, data)
	if err != nil {
		return "", nil, nil, err
	}
	part := func(p string) ([]byte, error) {
		for _, f := range zr.File {
			if f.Name == p {
				rc, err := f.Open()
				if err != nil {
					return nil, err
				}
				defer rc.Close()
				b, err := io.ReadAll(io.LimitReader(rc, maxDOCXPart+1))
				if err != nil {
					return nil, err
				}
				if len(b) > maxDOCXPart {
					return nil, fmt.Errorf("%w: %s is more than %d MiB unpacked", ErrTooLarge, p, maxDOCXPart>>20)
				}
				return b, nil
			}
		}
		return nil, nil
	}
	has := func(p string) bool {
		return slices.ContainsFunc(zr.File, func(f *zip.File) bool { return f.Name == p })
	}
	return readWordPackage(ctx, name, part, has, depth)
}

// readWordPackage is readDOCX for the parts of a Word package however they
// are kept: zipped (.docx) or in one XML file (docxparts.go). part returns
// a part's bytes (nil when there is none), has whether there is one.
func readWordPackage(ctx context.Context, name string, part func(string) ([]byte, error), has func(string) bool, depth int) (string, map[string]int, []string, error) {
	// The main part is the one the package's relationships name (Word for
	// the web saves word/document2.xml), its other parts those its own
	// relationships name (docxparts.go).
	mainPart := "word/document.xml"
	pkgRels, _ := part("_rels/.rels")
	if r := relOfKind(parseRels(pkgRels, ""), "officeDocument", ""); r != "" && has(r) {
		mainPart = r
	}
	mainRels, _ := part(relsPath(mainPart))
	rels := parseRels(mainRels, mainPart)
	docXML, err := part(mainPart)
	if errors.Is(err, ErrTooLarge) {
		return "", nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if err != nil {
		return "", nil, nil, fmt.Errorf("%s: reading %s: %w: %v", name, mainPart, ErrTruncated, err)
	}
	if docXML == nil {
		// a zip of other files (an archive of reports, say), under a
		// Word name or none that tells
		return "", nil, nil, fmt.Errorf("%s: %w: a zip archive that is not a Word (.docx), OpenDocument or OFD file (no word/document.xml): unpack it and ingest its files", name, ErrUnsupported)
	}
	stylesXML, _ := part(relOfKind(rels, "styles", "word/styles.xml"))
	footXML, _ := part(relOfKind(rels, "footnotes", "word/footnotes.xml"))
	endXML, _ := part(relOfKind(rels, "endnotes", "word/endnotes.xml"))
	footnotes, endnotes := parseNotes(footXML), parseNotes(endXML)
	numberingXML, _ := part(relOfKind(rels, "numbering", "word/numbering.xml"))
	styles := parseStyles(stylesXML)
	num := parseNumbering(numberingXML)
	num.followStyleLinks(styles)

	dec := xml.NewDecoder(bytes.NewReader(docXML))
	var (
		out     strings.Builder
		para    strings.Builder
		inPara  bool
		inText  bool
		style   string
		outline = -1
		numID   string
		ilvl    int
		hints   = map[string]int{}
		leads   []string
		// The bold opening of the paragraph: open while only bold runs
		// have given text.
		bold     strings.Builder
		boldOpen bool
		// The paragraphs a text box's paragraphs interrupt.
		outer []paraState
		inRun bool
		// The run is hidden text (w:vanish): Word neither shows nor
		// prints it.
		runHidden bool
		// The tables open around the paragraph, innermost last.
		tables []*docxTable
		// The paragraphs with soft line breaks, and the first printed
		// widths of those whose lines look cut by the page's width.
		broken int
		wraps  []int
		cuts   int // the lines those cut at a width
		// The fields open (a TOC's cached entries), whether the run
		// properties read are the paragraph mark's (or the row's
		// properties), whether the row read was deleted, the paragraph read
		// so far when its mark is deleted (it runs on into the next),
		// and a table of contents' content control about to open.
		fields   docxFields
		inPPr    bool
		inTrPr   bool
		rowGone  bool
		markGone bool
		carry    *paraState
		tocBlock bool
		// How the run read looks by its own properties, and the
		// paragraph's: the look of its first text, whether all its text
		// has it, and its alignment (docxlook.go). The title stacked so
		// far, the lines written, the paragraphs wholly in one look and
		// the characters of each look.
		runOwn    runLook
		pLook     runLook
		pLooked   bool
		pUniform  bool
		pJc       string
		stack     titleStack
		written   int
		lookParas []lookPara
		lookChars = map[runLook]int{}
		// The footnotes and the endnotes referred to, written at the
		// end (docxlook.go).
		notesDue []string
		endDue   []string
		// The alternative format chunks read, by part, and the bytes of
		// their parts (docxparts.go).
		chunks     = map[string]altChunk{}
		chunkBytes int
	)
	writeNotes := func(notes []string) {
		for _, n := range notes {
			out.WriteString(n)
			out.WriteByte('\n')
		}
	}
	for n := 0; ; n++ {
		if n%docxCheckEvery == 0 && ctx.Err() != nil {
			return "", nil, nil, fmt.Errorf("%s: reading %s: %w", name, mainPart, ctx.Err())
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", nil, nil, documentXMLError(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "hdr", "ftr":
				// Word 2003's XML keeps a section's headers and footers
				// in its properties: not read, as a .docx's are not.
				if err := dec.Skip(); err != nil {
					return "", nil, nil, documentXMLError(name, err)
				}
			case "footnote", "endnote":
				// Word 2003's XML keeps a note where it is referred to
				// (and the separators' in the document's properties): read
				// at the end, as a .docx's notes are.
				var v struct {
					Inner []byte `xml:",innerxml"`
				}
				if err := dec.DecodeElement(&v, &t); err != nil {
					return "", nil, nil, documentXMLError(name, err)
				}
				if !inPara || runHidden {
					break
				}
				note := parseNotes(slices.Concat([]byte(`<n><w:footnote w:id="1">`), v.Inner, []byte(`</w:footnote></n>`)))["1"]
				switch {
				case note == "":
				case t.Name.Local == "footnote":
					notesDue = append(notesDue, note)
				default:
					endDue = append(endDue, note)
				}
			case "annotation":
				// Word 2003's comments (aml:annotation of type
				// Word.Comment) hold paragraphs; its insertions hold
				// text that is read, its deletions w:delText.
				if strings.EqualFold(xmlAttr(t, "type"), "Word.Comment") {
					if err := dec.Skip(); err != nil {
						return "", nil, nil, documentXMLError(name, err)
					}
				}
			case "Fallback", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange":
				// mc:AlternateContent holds a text box twice: as a
				// drawing (mc:Choice) and again for old readers. A
				// tracked change of formatting keeps the old properties.
				if err := dec.Skip(); err != nil {
					return "", nil, nil, documentXMLError(name, err)
				}
			case "del", "moveFrom":
				// Tracked changes: deleted text, and text moved
				// elsewhere, are not in the document Word shows; a
				// paragraph mark deleted joins its paragraph to the next.
				if inPPr {
					markGone = true
				} else if inTrPr {
					rowGone = true
				} else if err := dec.Skip(); err != nil {
					return "", nil, nil, documentXMLError(name, err)
				}
			case "altChunk":
				// Text kept in another format: a web page, a web archive,
				// plain text or a Word document, in its place (docxparts.go).
				r, ok := rels[xmlAttr(t, "id")]
				if !ok || depth >= altChunkMaxDepth {
					break
				}
				c, seen := chunks[r.target]
				if !seen {
					// Each part is read once, and the parts read add up
					// to what one part may hold unpacked: a small file
					// naming a large part many times is not read many
					// times over.
					data, err := part(r.target)
					if err == nil && data != nil && chunkBytes+len(data) <= maxDOCXPart {
						chunkBytes += len(data)
						c.text, c.hints, c.ok = readAltChunk(ctx, name, data, depth)
					}
					chunks[r.target] = c
				}
				text, hs := c.text, c.hints
				if !c.ok || strings.TrimSpace(text) == "" {
					break
				}
				lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
				if n := len(tables); n > 0 {
					tables[n-1].cell = append(tables[n-1].cell, lines...)
					break
				}
				stack.flush(&out, hints)
				for _, l := range lines {
					out.WriteString(l)
					out.WriteByte('\n')
				}
				written += len(lines)
				for k, v := range hs {
					if _, ok := hints[k]; !ok {
						hints[k] = v
					}
				}
				if out.Len() > MaxText {
					return "", nil, nil, tooLarge(name)
				}
			case "docPartGallery":
				tocBlock = strings.EqualFold(xmlAttr(t, "val"), "Table of Contents")
			case "sdtContent":
				if tocBlock {
					// Word's table of contents block: its cached
					// entries repeat the headings.
					tocBlock = false
					if err := dec.Skip(); err != nil {
						return "", nil, nil, documentXMLError(name, err)
					}
				}
			case "footnoteReference":
				if n, ok := footnotes[xmlAttr(t, "id")]; ok && !runHidden {
					notesDue = append(notesDue, n)
				}
			case "endnoteReference":
				if n, ok := endnotes[xmlAttr(t, "id")]; ok && !runHidden {
					endDue = append(endDue, n)
				}
			case "pPr":
				inPPr = true
			case "trPr":
				inTrPr = true
			case "fldChar":
				fields.mark(xmlAttr(t, "fldCharType"))
			case "instrText":
				fields.inInstr = true
			case "p":
				if inPara {
					// A paragraph of a text box inside this one: this
					// one goes on after it.
					outer = append(outer, paraState{para.String(), style, outline, numID, ilvl, bold.String(), boldOpen})
				}
				inPara = true
				para.Reset()
				pLooked, pUniform, pJc = false, len(outer) == 0, ""
				style, outline, numID, ilvl = "", -1, "", -1
				bold.Reset()
				boldOpen = true
				markGone = false
				fields.paraStart()
				if carry != nil {
					para.WriteString(carry.text)
					bold.WriteString(carry.bold)
					boldOpen = carry.boldOpen
					carry = nil
				}
			case "tbl":
				tables = append(tables, &docxTable{})
			case "tc":
				if n := len(tables); n > 0 {
					tables[n-1].cell = tables[n-1].cell[:0]
				}
			case "r":
				inRun, runHidden = true, false
				runOwn = runLook{}
			case "rFonts", "sz":
				if inRun {
					runOwn.set(t.Name.Local, xmlAttr(t, "val"), [2]string{xmlAttr(t, "eastAsia"), xmlAttr(t, "ascii")})
				}
			case "jc":
				if inPPr {
					pJc = xmlAttr(t, "val")
				}
			case "vanish":
				if inRun {
					v := xmlAttr(t, "val")
					runHidden = v != "0" && v != "false"
				}
			case "b":
				if inRun {
					runOwn.set("b", xmlAttr(t, "val"), [2]string{})
				}
			case "pStyle":
				style = xmlAttr(t, "val")
			case "outlineLvl":
				outline = atoi(xmlAttr(t, "val"))
			case "numId", "ilfo":
				numID = xmlAttr(t, "val")
			case "ilvl":
				ilvl = atoi(xmlAttr(t, "val"))
			case "t":
				inText = true
			case "tab":
				if inPara && !runHidden {
					para.WriteByte(' ')
				}
			case "br", "cr":
				if inPara && !runHidden && xmlAttr(t, "type") != "page" {
					para.WriteString(softBreak)
				} else if inPara && !runHidden {
					para.WriteByte('\n')
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "tc":
				if n := len(tables); n > 0 {
					tb := tables[n-1]
					tb.row = append(tb.row, slices.Clone(tb.cell))
				}
			case "tr":
				if n := len(tables); n > 0 && rowGone {
					// a row deleted with changes tracked
					tables[n-1].row, rowGone = tables[n-1].row[:0], false
				} else if n > 0 {
					lines, joined := tables[n-1].rowLines()
					tables[n-1].row = tables[n-1].row[:0]
					if n > 1 {
						// a table inside a cell: its rows are paragraphs of that cell
						tables[n-2].cell = append(tables[n-2].cell, lines...)
						break
					}
					if joined {
						hints[lines[0]] = rowHint
					}
					stack.flush(&out, hints)
					for _, l := range lines {
						out.WriteString(l)
						out.WriteByte('\n')
					}
					written += len(lines)
					if out.Len() > MaxText {
						return "", nil, nil, tooLarge(name)
					}
				}
			case "tbl":
				if n := len(tables); n > 0 {
					tables = tables[:n-1]
				}
			case "t":
				inText = false
			case "pPr":
				inPPr = false
			case "trPr":
				inTrPr = false
			case "instrText":
				fields.inInstr = false
			case "r":
				inRun, runHidden = false, false
			case "p":
				if markGone && len(outer) == 0 {
					carry = &paraState{text: para.String(), bold: bold.String(), boldOpen: boldOpen}
					inPara = false
					break
				}
				text := strings.TrimFunc(para.String(), isBreakSpace)
				if strings.Contains(text, softBreak) {
					// Lines cut by the page's width are marked to be
					// joined once the whole document is seen; other soft
					// breaks are lines.
					broken++
					if w := printedWraps(text); w > 0 {
						wraps = append(wraps, w)
						cuts += strings.Count(text, softBreak)
						text = strings.ReplaceAll(text, softBreak, wrapBreak)
					} else {
						text = strings.ReplaceAll(text, softBreak, "\n")
					}
				}
				toc := styles.levels[style] == tocStyle || fields.tocEntry()
				if toc {
					text = "" // an entry of the table of contents
				}
				empty := text == ""
				if empty && len(tables) == 0 && len(outer) == 0 {
					stack.flush(&out, hints) // an empty paragraph ends a title's lines
				}
				if !toc {
					if numID == "" {
						// No numbering of its own: its style's, at its
						// own w:ilvl if it has one (a heading demoted
						// with Tab), else at the style's level.
						r := styles.nums[style]
						numID = r.numID
						switch {
						case ilvl >= 0:
						case r.hasIlvl:
							ilvl = r.ilvl
						default:
							ilvl = num.styleLevel(numID, style)
						}
					}
					ilvl = max(ilvl, 0)
					if numID != "" && numID != "0" {
						// An empty numbered paragraph shows its label
						// alone and takes its number, as in Word: the
						// next one counts on from it.
						text = num.label(numID, ilvl) + text
					}
				}
				if text != "" {
					lvl := 0
					if l, ok := styles.levels[style]; ok {
						lvl = l
					} else if outline >= 0 && outline < 9 {
						lvl = outline + 1
					}
					if n := len(tables); n > 0 {
						// a paragraph of a table's cell: the row makes the line
						tables[n-1].cell = append(tables[n-1].cell, text)
						text = ""
					}
					centred := pJc == "center" || pJc == "" && styles.centred[style]
					hint := 0
					if lvl > 0 && !empty {
						hint = lvl
					}
					if text != "" && numID == "" && len(outer) == 0 && pLooked && pUniform && stack.take(text, pLook, centred, written, hint) {
						// a line of a title set over centred paragraphs
						text = ""
					} else if text != "" {
						stack.flush(&out, hints)
						written++
						if pLooked && pUniform && numID == "" && lvl == 0 && len(outer) == 0 {
							lookParas = append(lookParas, lookPara{text, pLook})
						}
					}
					if hint > 0 && text != "" {
						// (a bare label is no heading, even in a
						// heading style)
						hints[text] = lvl
					}
					if text != "" {
						if l := boldLead(bold.String()); l != "" && numID == "" && lvl == 0 {
							leads = append(leads, l)
						}
						out.WriteString(text)
						out.WriteByte('\n')
						if out.Len() > MaxText {
							return "", nil, nil, tooLarge(name)
						}
					}
				}
				inPara = false
				if n := len(outer); n > 0 {
					pUniform = false // a text box's paragraphs stood in it
					o := outer[n-1]
					outer = outer[:n-1]
					inPara = true
					para.Reset()
					para.WriteString(o.text)
					style, outline, numID, ilvl = o.style, o.outline, o.numID, o.ilvl
					bold.Reset()
					bold.WriteString(o.bold)
					boldOpen = o.boldOpen
				}
			}
		case xml.CharData:
			if fields.inInstr {
				fields.instr(string(t))
			}
			if inText && inPara && !runHidden {
				fields.wrote(strings.TrimSpace(string(t)) != "")
				if para.Len()+len(t) > MaxText {
					return "", nil, nil, tooLarge(name)
				}
				para.Write(t)
				lk := runOwn.over(styles.looks[style])
				if words := strings.TrimSpace(string(t)); words != "" && len(tables) == 0 {
					lookChars[lk] += utf8.RuneCountInString(words)
					if !pLooked {
						pLook, pLooked = lk, true
					} else if lk != pLook {
						pUniform = false
					}
				}
				if boldOpen && strings.TrimSpace(string(t)) != "" {
					// (bold by the run's own properties or its
					// paragraph style's)
					if lk.bold {
						bold.Write(t)
					} else {
						boldOpen = false
					}
				}
			}
		}
	}
	stack.flush(&out, hints)
	writeNotes(notesDue)
	writeNotes(endDue)
	if out.Len() > MaxText {
		return "", nil, nil, tooLarge(name)
	}
	if strings.TrimSpace(out.String()) == "" {
		return "", nil, nil, fmt.Errorf("%s: %w: the document has no paragraphs of text", name, ErrEmpty)
	}
	for t, lvl := range lookHints(lookParas, mostLook(lookChars)) {
		if _, ok := hints[t]; !ok {
			hints[t] = lvl
		}
	}
	if len(wraps) == 0 {
		return out.String(), hints, leads, nil
	}
	join := pageWrapped(wraps, broken, cuts)
	fix := func(s string) string {
		if join {
			return joinWrapBreaks(s)
		}
		return strings.ReplaceAll(s, wrapBreak, "\n")
	}
	fixed := make(map[string]int, len(hints))
	for k, v := range hints {
		fixed[fix(k)] = v
	}
	return fix(out.String()), fixed, leads, nil
}

// softBreak and wrapBreak stand for a soft line break (w:br) while a
// paragraph is read: one not yet judged, and one that ends a line the
// page's width cut. Neither can be in XML text.
const (
	softBreak = "\x01"
	wrapBreak = "\x02"
)

// isBreakSpace reports whether r is space or a soft break at a
// paragraph's ends (a trailing w:br ends no line).
func isBreakSpace(r rune) bool {
	return r == '\x01' || unicode.IsSpace(r)
}

// printedWraps returns the printed width of the first line of a paragraph
// whose soft breaks end lines cut by the page's width, as a PDF converted
// to Word breaks every printed line: the lines before the last of one
// width (within a fifth: a line of figures or punctuation is narrower),
// at least ten characters wide, and the last no wider. 0 when the breaks
// are the writer's (a blank line, an address under a name, a date under
// a signature: a short line, then a longer one).
func printedWraps(text string) int {
	pieces := strings.Split(text, softBreak)
	lo, hi := 0, 0
	for i, p := range pieces {
		w := runewidth.StringWidth(strings.TrimSpace(p))
		if i == len(pieces)-1 {
			if w == 0 || w > hi+hi/5 {
				return 0
			}
			break
		}
		if w < 20 {
			return 0
		}
		if i == 0 || w < lo {
			lo = w
		}
		if w > hi {
			hi = w
		}
	}
	if hi-lo > hi/5 {
		return 0
	}
	return runewidth.StringWidth(strings.TrimSpace(pieces[0]))
}

// pageWrapped reports whether a document's soft breaks are a page's line
// ends (a PDF converted to Word): of its paragraphs with soft breaks
// (broken), two in three or more look cut by a width (wraps, their first
// lines' widths), at least three of them or one long paragraph (eight
// lines cut or more in all), and two in three of those at one width, the
// page's, within a fifth of their median.
func pageWrapped(wraps []int, broken, cuts int) bool {
	if len(wraps) < 3 && cuts < 8 || len(wraps)*3 < broken*2 {
		return false
	}
	ws := slices.Clone(wraps)
	slices.Sort(ws)
	mid := ws[len(ws)/2]
	near := 0
	for _, w := range ws {
		if d := w - mid; d <= mid/5 && -d <= mid/5 {
			near++
		}
	}
	return near*3 >= len(ws)*2
}

// joinWrapBreaks joins the lines a page's width cut back into their
// paragraphs, as the page shows them: the words run on, with the spaces
// the lines kept (an address or a number cut at the margin is whole
// again).
func joinWrapBreaks(s string) string {
	return strings.ReplaceAll(s, wrapBreak, "")
}

// A docxTable is a table being read: the paragraphs of the cell open and
// the cells of the row so far.
type docxTable struct {
	cell []string
	row  [][]string
	grid bool // a row of two cells or more was read as one line
}

// tableCellRunes is the longest a table's cell may be for its row to be
// read as one line: a longer cell is text laid out in a table (a page's
// body in one cell, a note beside a figure), read paragraph by paragraph.
const tableCellRunes = 200

// rowLines returns the lines of the row read: one line of its cells'
// words (序号 项目 2024年 2025年 → "1 新建中小学 12所 15所"), as HTML tables
// are read (tableLines), so that a row's figures stay together and are
// not dropped as short lines; or, for a row of one cell or with a long
// cell, the paragraphs of its cells one by one. A short row of one cell
// under such rows (一、经济发展, a category of a table of targets) is a row
// too, no heading. joined says the row was made one line.
func (tb *docxTable) rowLines() (lines []string, joined bool) {
	var cells []string
	long := false
	for _, c := range tb.row {
		t := strings.Join(c, " ")
		if t == "" {
			continue
		}
		cells = append(cells, t)
		long = long || utf8.RuneCountInString(t) > tableCellRunes
	}
	if len(cells) == 1 && tb.grid && utf8.RuneCountInString(cells[0]) <= categoryRunes {
		return cells, true
	}
	if len(cells) < 2 || long {
		for _, c := range tb.row {
			lines = append(lines, c...)
		}
		return lines, false
	}
	tb.grid = true
	return []string{strings.Join(cells, " ")}, true
}

// categoryRunes is the longest a table's row of one cell may be to be a
// category of the rows under it rather than text laid out in the table.
const categoryRunes = 20

// documentXMLError wraps an error of the XML decoder on word/document.xml:
// the part is truncated when it ends early, malformed otherwise.
func documentXMLError(name string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
		return fmt.Errorf("%s: word/document.xml: %w: %v", name, ErrTruncated, err)
	}
	return fmt.Errorf("%s: word/document.xml: %w: %v", name, ErrMalformed, err)
}

// docxFields follows the fields (w:fldChar) open while document.xml is
// read, to know the paragraphs of a table of contents' cached result: its
// entries repeat the headings with page numbers.
type docxFields struct {
	open    []*docxField
	inInstr bool // in a w:instrText
	// The text of the paragraph read: some in a TOC's result, some not.
	inTOC, outTOC bool
}

type docxField struct {
	instr  strings.Builder
	result bool // past its separate mark: the cached result
}

// mark opens, separates or closes a field.
func (f *docxFields) mark(kind string) {
	switch n := len(f.open); kind {
	case "begin":
		f.open = append(f.open, &docxField{})
	case "separate":
		if n > 0 {
			f.open[n-1].result = true
		}
	case "end":
		if n > 0 {
			f.open = f.open[:n-1]
		}
	}
}

// instr adds s to the instruction of the innermost field.
func (f *docxFields) instr(s string) {
	if n := len(f.open); n > 0 && !f.open[n-1].result {
		f.open[n-1].instr.WriteString(s)
	}
}

func (f *docxFields) paraStart() { f.inTOC, f.outTOC = false, false }

// wrote notes text of the paragraph, in a TOC's result or not.
func (f *docxFields) wrote(words bool) {
	if !words {
		return
	}
	for _, fd := range f.open {
		if fd.result && tocFieldRe.MatchString(fd.instr.String()) {
			f.inTOC = true
			return
		}
	}
	f.outTOC = true
}

// tocEntry reports whether the paragraph read is an entry of a table of
// contents: all its words are a TOC field's cached result.
func (f *docxFields) tocEntry() bool { return f.inTOC && !f.outTOC }

// tocFieldRe matches the instruction of a table of contents' field.
var tocFieldRe = mustLitRe(`^\s*TOC\b`)

// paraState is what readDOCX holds of a paragraph while the paragraphs of
// a text box anchored in it are read.
type paraState struct {
	text, style string
	outline     int
	numID       string
	ilvl        int
	bold        string
	boldOpen    bool
}

// boldLead returns the bold opening b of a paragraph up to its last
// sentence end, when that is a lead of 4 to 120 characters; "" otherwise.
func boldLead(b string) string {
	b = strings.TrimSpace(b)
	i := strings.LastIndexAny(b, "。！；")
	if i < 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(b[i:])
	b = b[:i+size]
	if n := utf8.RuneCountInString(b); n < 4 || n > 120 {
		return ""
	}
	return b
}

func xmlAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

var headingStyleRe = mustLitRe(`(?i)^(?:heading|标题)\s*([1-9])$`)

// rankStyleRe matches the Chinese names templates give heading styles by
// rank (一级标题, 二级标题).
var rankStyleRe = mustLitRe(`^([一二三四五六七八九])级标题$`)

// tocStyleRe matches the name of a table of contents' styles (toc 1, TOC
// Heading, 目录 1): their paragraphs repeat the headings with page numbers.
var tocStyleRe = mustLitRe(`(?i)^(?:toc|目录)\s*(?:[1-9]|heading|标题)?$`)

// tocStyle is the level parseStyles gives a table of contents' style.
const tocStyle = -1

// docStyles holds what the reader needs of styles.xml, by style ID.
type docStyles struct {
	levels map[string]int    // heading level (1-9), or tocStyle
	nums   map[string]numRef // the automatic numbering a style gives its paragraphs
	// How a paragraph style's runs look, and whether it centres its
	// paragraphs (docxlook.go).
	looks   map[string]runLook
	centred map[string]bool
}

// A numRef is a w:numPr: which numbering, at which level.
type numRef struct {
	numID   string
	ilvl    int
	hasIlvl bool // false: the level is the one numbering.xml links to the style
}

// parseStyles returns the heading styles of styles.xml with their level (a
// style named "heading 2", "标题 2" or "二级标题", in simplified or
// traditional characters, or with an outline level)
// and the styles that number their paragraphs (a w:numPr in the style, as
// templates do for their heading styles). Both pass down to the styles
// based on them.
func parseStyles(data []byte) docStyles {
	st := docStyles{levels: map[string]int{}, nums: map[string]numRef{}, looks: map[string]runLook{}, centred: map[string]bool{}}
	// Built-in IDs work even without styles.xml.
	for i := 1; i <= 9; i++ {
		st.levels["Heading"+itoa(i)] = i
		st.levels[itoa(i)] = i
		st.levels["TOC"+itoa(i)] = tocStyle
	}
	st.levels["TOCHeading"] = tocStyle
	if data == nil {
		return st
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	id := ""
	para := false // the style open is a paragraph style
	basedOn := map[string]string{}
	jc := map[string]string{}
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if e, ok := tok.(xml.EndElement); ok && e.Name.Local == "style" {
			// (Word 2003's XML keeps its styles and its body in one
			// file: what follows the last style is not that style's)
			id = ""
			continue
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if t.Name.Local == "style" {
			id = xmlAttr(t, "styleId")
			para = xmlAttr(t, "type") == "paragraph"
		}
		if id == "" {
			continue
		}
		switch v := xmlAttr(t, "val"); t.Name.Local {
		case "name":
			v = Simplify(v) // a template in traditional characters: 標題 1, 二級標題, 目錄
			if m := headingStyleRe.FindStringSubmatch(v); m != nil {
				st.levels[id] = atoi(m[1])
			} else if m := rankStyleRe.FindStringSubmatch(v); m != nil {
				n, _ := cnNumber(m[1] + "、")
				st.levels[id] = n
			} else if tocStyleRe.MatchString(v) {
				st.levels[id] = tocStyle
			} else {
				// A built-in ID the file gives another style: WPS
				// numbers its styles (1 Normal, 2 heading 1, …).
				delete(st.levels, id)
			}
		case "basedOn":
			basedOn[id] = v
		case "outlineLvl":
			if st.levels[id] != tocStyle {
				if l := atoi(v); l < 9 {
					st.levels[id] = l + 1
				}
			}
		case "numId", "ilfo":
			r := st.nums[id]
			r.numID = v
			st.nums[id] = r
		case "ilvl":
			r := st.nums[id]
			r.ilvl, r.hasIlvl = atoi(v), true
			st.nums[id] = r
		case "rFonts", "sz", "b":
			if para {
				l := st.looks[id]
				l.set(t.Name.Local, v, [2]string{xmlAttr(t, "eastAsia"), xmlAttr(t, "ascii")})
				st.looks[id] = l
			}
		case "jc":
			if para {
				jc[id] = v
			}
		}
	}
	// Looks and alignment pass down too, property by property.
	for id := range basedOn {
		l, j := st.looks[id], jc[id]
		for b, n := basedOn[id], 0; b != "" && n < 10; b, n = basedOn[b], n+1 {
			l = l.over(st.looks[b])
			if j == "" {
				j = jc[b]
			}
		}
		st.looks[id], jc[id] = l, j
	}
	for id, j := range jc {
		if j == "center" {
			st.centred[id] = true
		}
	}
	// A style without a level or numbering of its own takes its base's.
	for id := range basedOn {
		_, hasLevel := st.levels[id]
		_, hasNum := st.nums[id]
		for b, n := basedOn[id], 0; b != "" && n < 10 && !(hasLevel && hasNum); b, n = basedOn[b], n+1 {
			if l, ok := st.levels[b]; ok && !hasLevel {
				st.levels[id], hasLevel = l, true
			}
			if r, ok := st.nums[b]; ok && !hasNum {
				st.nums[id], hasNum = r, true
			}
		}
	}
	return st
}

// numbering renders Word's automatic numbering labels.
//
// As in Word, the count is kept per abstract numbering, not per numbering
// instance (w:num): a document often numbers one outline through several
// instances of one abstract numbering (a heading style's and the direct
// w:numPr of pasted paragraphs), and the count goes on from one to the
// other. An instance that restarts a level says so with a w:startOverride,
// which counts from its value where the instance is first used.
type numbering struct {
	abstract  map[string]map[int]numLevel // abstractNumId -> ilvl -> level
	styled    map[string]map[string]int   // abstractNumId -> style ID -> the ilvl whose w:pStyle it is
	nums      map[string]string           // numId -> abstractNumId
	overrides map[string]map[int]int      // numId -> ilvl -> its w:startOverride
	own       map[string]map[int]numLevel // numId -> ilvl -> a level it defines anew (w:lvl in w:lvlOverride)
	used      map[string]map[int]bool     // numId -> the levels it has numbered
	counters  map[string][]int            // abstractNumId -> counter per level
	// A list style's numbering: the abstract numbering that defines it
	// (w:styleLink), and those that only point to it (w:numStyleLink).
	defines map[string]string // style ID -> abstractNumId
	points  map[string]string // abstractNumId -> style ID
}

type numLevel struct {
	format, text string
	start        int
	// w:lvlRestart: the level never starts again (0), or only under a
	// level up to restartAt (1-based); by default under any level above.
	noRestart bool
	restartAt int
}

func parseNumbering(data []byte) *numbering {
	n := &numbering{abstract: map[string]map[int]numLevel{}, styled: map[string]map[string]int{}, nums: map[string]string{},
		overrides: map[string]map[int]int{}, own: map[string]map[int]numLevel{}, used: map[string]map[int]bool{}, counters: map[string][]int{},
		defines: map[string]string{}, points: map[string]string{}}
	if data == nil {
		return n
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var abs, num string
	lvl, over := -1, -1 // the w:lvl open, the w:lvlOverride open
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "abstractNum", "listDef":
				// (Word 2003's XML: w:listDef for w:abstractNum, w:list
				// for w:num, w:ilst for w:abstractNumId, w:nfc for
				// w:numFmt, by number)
				abs = xmlAttr(t, "abstractNumId") + xmlAttr(t, "listDefId")
				n.abstract[abs] = map[int]numLevel{}
			case "lvl":
				lvl = atoi(xmlAttr(t, "ilvl"))
				if levels := n.levelsOpen(abs, num, over); levels != nil {
					levels[lvl] = numLevel{format: "decimal", start: 1}
				}
			case "pStyle":
				if abs != "" && lvl >= 0 {
					if n.styled[abs] == nil {
						n.styled[abs] = map[string]int{}
					}
					n.styled[abs][xmlAttr(t, "val")] = lvl
				}
			case "start", "numFmt", "nfc", "lvlText", "lvlRestart":
				levels := n.levelsOpen(abs, num, over)
				if levels == nil || lvl < 0 {
					continue
				}
				l := levels[lvl]
				switch v := xmlAttr(t, "val"); t.Name.Local {
				case "start":
					l.start = atoi(v)
				case "numFmt":
					l.format = v
				case "nfc":
					l.format = nfcFormat(byte(atoi(v)))
				case "lvlText":
					l.text = v
				case "lvlRestart":
					l.restartAt = atoi(v)
					l.noRestart = l.restartAt == 0
				}
				levels[lvl] = l
			case "num", "list":
				num = xmlAttr(t, "numId") + xmlAttr(t, "ilfo")
			case "lvlOverride":
				if num != "" {
					over = atoi(xmlAttr(t, "ilvl"))
				}
			case "startOverride":
				if num != "" && over >= 0 {
					if n.overrides[num] == nil {
						n.overrides[num] = map[int]int{}
					}
					n.overrides[num][over] = atoi(xmlAttr(t, "val"))
				}
			case "abstractNumId", "ilst":
				if num != "" {
					n.nums[num] = xmlAttr(t, "val")
				}
			case "styleLink":
				if abs != "" {
					n.defines[xmlAttr(t, "val")] = abs
				}
			case "numStyleLink":
				if abs != "" {
					n.points[abs] = xmlAttr(t, "val")
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "abstractNum", "listDef":
				abs, lvl = "", -1
			case "num", "list":
				num = ""
			case "lvlOverride":
				over, lvl = -1, -1
			}
		}
	}
	return n
}

// levelsOpen returns the levels being defined where the parser is: an
// abstract numbering's, or those an instance's w:lvlOverride defines
// anew; nil outside both.
func (n *numbering) levelsOpen(abs, num string, over int) map[int]numLevel {
	switch {
	case abs != "":
		return n.abstract[abs]
	case num != "" && over >= 0:
		if n.own[num] == nil {
			n.own[num] = map[int]numLevel{}
		}
		return n.own[num]
	}
	return nil
}

// level returns level ilvl of instance numID: its own definition if it
// gives one, else its abstract numbering's.
func (n *numbering) level(numID string, ilvl int) numLevel {
	if l, ok := n.own[numID][ilvl]; ok {
		return l
	}
	return n.abstract[n.nums[numID]][ilvl]
}

// followStyleLinks makes the numbering instances of an abstract numbering
// that only names a list style (w:numStyleLink, as Word saves a multilevel
// list made from a list style) number with the list style's own abstract
// numbering: the one that says it defines the style (w:styleLink), or the
// one the style's w:numPr names. They then count on together, as in Word.
func (n *numbering) followStyleLinks(st docStyles) {
	for num, abs := range n.nums {
		style, ok := n.points[abs]
		if !ok {
			continue
		}
		def, ok := n.defines[style]
		if !ok {
			def, ok = n.nums[st.nums[style].numID]
		}
		if ok && n.points[def] == "" {
			n.nums[num] = def
		}
	}
}

// styleLevel returns the level of numbering numID that is linked to the
// paragraph style, 0 when none is.
func (n *numbering) styleLevel(numID, style string) int {
	return n.styled[n.nums[numID]][style]
}

// label advances the counter of level ilvl of numID's abstract numbering
// and returns its label, or "" when the numbering is unknown or is a
// bullet.
func (n *numbering) label(numID string, ilvl int) string {
	abs := n.nums[numID]
	levels := n.abstract[abs]
	if levels == nil || ilvl < 0 || ilvl > 8 {
		return ""
	}
	lv := n.level(numID, ilvl)
	start := lv.start
	if !n.used[numID][ilvl] {
		if n.used[numID] == nil {
			n.used[numID] = map[int]bool{}
		}
		n.used[numID][ilvl] = true
		if v, ok := n.overrides[numID][ilvl]; ok {
			// the instance restarts the level
			if c := n.counters[abs]; c != nil {
				c[ilvl] = 0
			}
			start = v
		}
	}
	kept := slices.Clone(n.counters[abs])
	c := countLevel(n.counters, abs, ilvl, start)
	for i := ilvl + 1; i < len(kept); i++ {
		// a level that does not start again under this one (w:lvlRestart)
		if l := n.level(numID, i); l.noRestart || l.restartAt > 0 && l.restartAt <= i && ilvl >= l.restartAt {
			c[i] = kept[i]
		}
	}
	if lv.format == "bullet" || lv.format == "none" || lv.text == "" {
		return ""
	}
	text := lv.text
	for i := 0; i <= ilvl; i++ {
		text = strings.ReplaceAll(text, "%"+itoa(i+1), formatNumber(c[i], n.level(numID, i).format))
	}
	return text
}

// countLevel advances the counter of level ilvl (0-8) of the list key,
// which starts at start, resets the levels below it, and returns the
// list's counters.
func countLevel[K comparable](counters map[K][]int, key K, ilvl, start int) []int {
	c := counters[key]
	if c == nil {
		c = make([]int, 9)
		counters[key] = c
	}
	if c[ilvl] == 0 {
		c[ilvl] = max(start, 1)
	} else {
		c[ilvl]++
	}
	for i := ilvl + 1; i < len(c); i++ {
		c[i] = 0
	}
	return c
}

// formatNumber writes v in a level's number format (w:numFmt) as Word
// shows it; decimal for a format it does not know.
func formatNumber(v int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
		return countingNumeral(v)
	case "chineseLegalSimplified":
		return legalNumeral(countingNumeral(v), "壹贰叁肆伍陆柒捌玖拾")
	case "ideographLegalTraditional":
		return legalNumeral(countingNumeral(v), "壹貳參肆伍陸柒捌玖拾")
	case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
		return digitsIn(v, "〇一二三四五六七八九")
	case "decimalFullWidth", "decimalFullWidth2":
		return digitsIn(v, "０１２３４５６７８９")
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + itoa(v)
		}
	case "ideographTraditional": // the heavenly stems
		return runeOf(v, stems)
	case "ideographZodiac":
		return runeOf(v, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		return runeFrom(v, '①', 20)
	case "ideographEnclosedCircle":
		return runeFrom(v, '㈠', 10)
	case "decimalEnclosedParen":
		return runeFrom(v, '⑴', 20)
	case "decimalEnclosedFullstop":
		return runeFrom(v, '⒈', 20)
	case "upperLetter", "lowerLetter":
		if v >= 1 {
			l := string(rune('a' + (v-1)%26))
			l = strings.Repeat(l, (v-1)/26+1)
			if format == "upperLetter" {
				l = strings.ToUpper(l)
			}
			return l
		}
	case "upperRoman", "lowerRoman":
		if r := romanNumeral(v); r != "" && format == "lowerRoman" {
			return strings.ToLower(r)
		} else if r != "" {
			return r
		}
	}
	return itoa(v)
}

// countingNumeral writes v, 1 to 99, in Chinese numerals (Numeral), and
// in digits outside that range, where the capital forms of legalNumeral
// stop (it has no 佰).
func countingNumeral(v int) string {
	if v <= 0 || v > 99 {
		return itoa(v)
	}
	return Numeral(v)
}

// legalNumeral writes the numerals of n (一 … 十) in the capital forms
// digits gives for 一 … 十 (壹 … 拾).
func legalNumeral(n, digits string) string {
	const plain = "一二三四五六七八九十"
	caps := []rune(digits)
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune(plain, r); i >= 0 {
			return caps[i/len("一")]
		}
		return r
	}, n)
}

// digitsIn writes v digit by digit in the ten runes of digits (一〇 for 10).
func digitsIn(v int, digits string) string {
	ds := []rune(digits)
	return strings.Map(func(r rune) rune { return ds[r-'0'] }, itoa(v))
}

// runeOf returns the v-th rune of seq (from 1), or v in digits beyond it.
func runeOf(v int, seq string) string {
	rs := []rune(seq)
	if v < 1 || v > len(rs) {
		return itoa(v)
	}
	return string(rs[v-1])
}

// runeFrom returns the rune first+v-1 for v in 1..n (①, ⑴, ⒈), or v in
// digits beyond them.
func runeFrom(v int, first rune, n int) string {
	if v < 1 || v > n {
		return itoa(v)
	}
	return string(first + rune(v-1))
}

// romanNumeral writes 1–3999 in Roman numerals, "" outside them.
func romanNumeral(v int) string {
	if v < 1 || v > 3999 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, x := range vals {
		for ; v >= x; v -= x {
			b.WriteString(syms[i])
		}
	}
	return b.String()
}
