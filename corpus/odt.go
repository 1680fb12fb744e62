package corpus

// OpenDocument text
//
// An .odt (LibreOffice, WPS and 永中 Office save it) is a zip whose first
// member, mimetype, says application/vnd.oasis.opendocument.text, and whose
// content.xml holds the text under office:body/office:text. readODT takes
// one line per paragraph, as readDOCX does:
//
//   - Headings (text:h) are paragraphs passed to Split as heading hints at
//     their outline level (text:outline-level, 1 when it is missing); so is
//     a paragraph (text:p) whose style, or a style it is based on, has an
//     outline level (style:default-outline-level), in content.xml's
//     automatic styles or styles.xml's.
//   - Spaces are kept as the writer counted them (text:s, text:c="3"), a
//     tab is a space and a line break (text:line-break) a new line; white
//     space in the XML's text is collapsed as ODF says (a run of it one
//     space, none at a paragraph's start), so that a writer that indents
//     its XML adds no blanks; spans and links are read for their text. A
//     list's item is its paragraphs. Page headers and footers (in
//     styles.xml's master pages) are not the report's and are not read.
//   - Automatic numbering: the 一、 or （1） a reader sees before a list's
//     item or a heading is rendered from the list's style (or the outline
//     style, for headings) and is not in the text. readODT renders it
//     again, as readDOCX does Word's: the level's format (1, 一, ①, a, i
//     …), prefix and suffix (（ ）, 、), start value and levels shown, the
//     count going on across lists that continue one another
//     (text:continue-numbering, text:continue-list) and starting again
//     below a higher level's next item. A number the writer rendered
//     into the heading (text:number) is read as it is, not twice.
//   - Tables: a row is one line of its cells' words (a rowHint), as a
//     .docx's table is read, unless it has one cell or a cell of running
//     text, when it is read paragraph by paragraph.
//   - A frame's text box (a caption, a cover's title) is read before the
//     paragraph it is anchored in, which goes on after it.
//   - A table of contents or an index repeats headings with page numbers,
//     tracked changes keep deleted text, annotations are a reader's notes,
//     a picture's title and description are no part of the text, and a
//     note's citation mark is no word: none of them is read. A footnote's
//     or endnote's text is the writer's and is read at the end.
//
// A flat OpenDocument file (.fodt: the same XML, with the styles, in one
// file) is read the same way. Everything is bounded: the package's
// members, the unpacked size of a part, the nesting of elements, and the
// text (MaxText).

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// odtMime is the media type an OpenDocument text's mimetype member holds
// (a template's is the same with -template).
const odtMime = "application/vnd.oasis.opendocument.text"

// maxODTDepth bounds the nesting of an ODT's XML elements (lists in lists,
// tables in cells, frames in paragraphs).
const maxODTDepth = 256

// readODT returns the text of an OpenDocument text, one paragraph a line,
// and its heading hints (paragraph to outline level, rowHint for a table's
// row read as one line).
func readODT(ctx context.Context, name string, data []byte) (string, map[string]int, error) {
	if len(data) == 0 {
		return "", nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if !bytes.HasPrefix(data, []byte("PK")) && isFlatODT(data) {
		return readODTXML(ctx, name, "the document", data, nil)
	}
	pkg, err := openPackage(name, data)
	if err != nil {
		return "", nil, err
	}
	content, err := pkg.part("content.xml")
	if err != nil {
		return "", nil, err
	}
	if content == nil {
		return "", nil, fmt.Errorf("%s: %w: an OpenDocument file without content.xml", name, ErrMalformed)
	}
	styles, err := pkg.part("styles.xml")
	if err != nil {
		return "", nil, err
	}
	return readODTXML(ctx, name, "content.xml", content, styles)
}

// isFlatODT reports whether data is a flat OpenDocument text: XML whose
// root, office:document, says the text's media type.
func isFlatODT(data []byte) bool {
	head := data[:min(len(data), 4096)]
	return bytes.Contains(head, []byte("office:document")) && bytes.Contains(head, []byte(odtMime))
}

// odtStyles maps a paragraph style's name to its outline level, following
// the styles it is based on; 0 for none.
type odtStyles struct {
	level  map[string]int
	parent map[string]string
	// lists maps a list style's name to its levels (1-based); the outline
	// style, the headings' numbering, is under odtOutline.
	lists map[string]map[int]odtLevel
}

// odtLevel is how one level of a list style numbers its items.
type odtLevel struct {
	format         string // style:num-format: 1, a, A, i, I, 一, 二, 三, ...
	prefix, suffix string
	start          int // text:start-value
	display        int // text:display-levels: the levels the label shows
}

// odtOutline is the key of the outline style among the list styles.
const odtOutline = "\x00outline"

// maxODTLevels bounds the levels of a list read (ODF has ten).
const maxODTLevels = 10

// add reads the style:style elements of one XML part.
func (s *odtStyles) add(data []byte) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	list := "" // the list style being read
	for depth := 0; ; {
		tok, err := dec.Token()
		if err != nil {
			return // styles are a help: a broken part gives none
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxODTDepth {
				return
			}
			switch t.Name.Local {
			case "list-style":
				list = xmlAttr(t, "name")
				continue
			case "outline-style":
				list = odtOutline
				continue
			case "list-level-style-number", "outline-level-style", "list-level-style-bullet", "list-level-style-image":
				l, err := strconv.Atoi(xmlAttr(t, "level"))
				if list == "" || err != nil || l < 1 || l > maxODTLevels {
					continue
				}
				lv := odtLevel{start: 1, display: 1}
				if t.Name.Local == "list-level-style-number" || t.Name.Local == "outline-level-style" {
					lv.format, lv.prefix, lv.suffix = xmlAttr(t, "num-format"), xmlAttr(t, "num-prefix"), xmlAttr(t, "num-suffix")
				}
				if v, err := strconv.Atoi(xmlAttr(t, "start-value")); err == nil && v >= 0 && v < 1e6 {
					lv.start = v
				}
				if v, err := strconv.Atoi(xmlAttr(t, "display-levels")); err == nil && v >= 1 {
					lv.display = min(v, l)
				}
				if s.lists[list] == nil {
					s.lists[list] = map[int]odtLevel{}
				}
				s.lists[list][l] = lv
				continue
			case "style":
			default:
				continue
			}
			name := xmlAttr(t, "name")
			if name == "" {
				continue
			}
			if p := xmlAttr(t, "parent-style-name"); p != "" {
				s.parent[name] = p
			}
			if l, err := strconv.Atoi(xmlAttr(t, "default-outline-level")); err == nil && l >= 1 && l <= 10 {
				s.level[name] = l
			}
		case xml.EndElement:
			depth--
			if t.Name.Local == "list-style" || t.Name.Local == "outline-style" {
				list = ""
			}
		}
	}
}

// odtFormats maps the start of an ODF number format (style:num-format,
// "一, 二, 三, ...") to the Word format formatNumber renders.
var odtFormats = []struct{ start, word string }{
	{"1", "decimal"}, {"a", "lowerLetter"}, {"A", "upperLetter"}, {"i", "lowerRoman"}, {"I", "upperRoman"},
	{"①", "decimalEnclosedCircle"}, {"一", "chineseCounting"}, {"壹", "chineseLegalSimplified"},
	{"甲", "ideographTraditional"}, {"子", "ideographZodiac"}, {"１", "decimalFullWidth"}, {"㈠", "ideographEnclosedCircle"},
	{"⑴", "decimalEnclosedParen"}, {"⒈", "decimalEnclosedFullstop"},
}

// odtNumber renders v in an ODF number format; "" for none (a bullet, or
// a level that shows no number).
func odtNumber(v int, format string) string {
	for _, f := range odtFormats {
		if strings.HasPrefix(format, f.start) {
			return formatNumber(v, f.word)
		}
	}
	return ""
}

// odtCounter counts the items of the lists of one style at each level.
type odtCounter struct {
	n   [maxODTLevels + 1]int
	set [maxODTLevels + 1]bool // whether the level has counted an item
}

// label counts an item at level lvl (1-based) of list style levels and
// returns its label: the levels it shows, each in its own format, between
// the level's prefix and suffix. start, when >= 0, is the item's own start
// value. Deeper levels start again.
func (c *odtCounter) label(levels map[int]odtLevel, lvl, start int) string {
	lvl = min(max(lvl, 1), maxODTLevels)
	lv, ok := levels[lvl]
	switch {
	case start >= 0:
		c.n[lvl] = start
	case !c.set[lvl] && ok:
		c.n[lvl] = lv.start
	case !c.set[lvl]:
		c.n[lvl] = 1
	default:
		c.n[lvl]++
	}
	c.set[lvl] = true
	for k := lvl + 1; k <= maxODTLevels; k++ {
		c.n[k], c.set[k] = 0, false
	}
	if !ok {
		return ""
	}
	num := odtNumber(c.n[lvl], lv.format)
	if num == "" {
		return ""
	}
	for k := lvl - 1; k > lvl-lv.display && k >= 1; k-- {
		up, ok := levels[k]
		n := c.n[k]
		if !c.set[k] && ok {
			n = up.start
		}
		if u := odtNumber(n, up.format); u != "" {
			num = u + "." + num
		}
	}
	return lv.prefix + num + lv.suffix
}

// outline returns the outline level of style name, 0 for none.
func (s *odtStyles) outline(name string) int {
	for i := 0; i < 16 && name != ""; i++ {
		if l := s.level[name]; l > 0 {
			return l
		}
		name = s.parent[name]
	}
	return 0
}

// odtPara is a paragraph being read: its text and its outline level.
type odtPara struct {
	b     strings.Builder
	level int
	// label is its automatic number; numbered, whether the writer
	// rendered the number into the text (text:number) all the same.
	label    string
	numbered bool
	// blank: the last character written was a space of the text's own,
	// after which a space of the text is collapsed
	blank bool
}

// odtList is a list being read: its style, and whether the next
// paragraph opens an item (and the item's own start value, -1 for none).
type odtList struct {
	style string
	item  bool
	start int
}

// odtRow is a table's row being read: its cells' paragraphs.
type odtRow struct {
	cells [][]string
}

// readODTXML reads the body of an OpenDocument text; part names it in
// errors. styles is styles.xml (nil for a flat file, whose styles are in
// data).
func readODTXML(ctx context.Context, name, part string, data, styles []byte) (string, map[string]int, error) {
	st := &odtStyles{level: map[string]int{}, parent: map[string]string{}, lists: map[string]map[int]odtLevel{}}
	if styles != nil {
		st.add(styles)
	}
	st.add(data)
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		lines  []string
		notes  []string
		hints  = map[string]int{}
		paras  []*odtPara // open paragraphs, innermost last
		rows   []*odtRow  // open table rows, innermost last
		lists  []*odtList // open lists, innermost last
		counts = map[string]*odtCounter{}
		inBody bool
		skip   int // depth of an element whose text is not read, 0 for none
		note   int // depth of a note's body being read, 0 for none
		depth  int
		size   int
		n      int
	)
	// emit ends a paragraph: into the innermost open row's last cell, the
	// notes, or the text.
	emit := func(p *odtPara) {
		text := p.b.String()
		if !p.numbered {
			text = p.label + text
		}
		for _, l := range strings.Split(text, "\n") {
			l = strings.TrimRight(l, " ")
			switch {
			case len(rows) > 0 && len(rows[len(rows)-1].cells) > 0:
				r := rows[len(rows)-1]
				r.cells[len(r.cells)-1] = append(r.cells[len(r.cells)-1], l)
			case note > 0:
				notes = append(notes, l)
			default:
				lines = append(lines, l)
				if p.level > 0 && strings.TrimSpace(l) != "" {
					hints[strings.TrimSpace(l)] = p.level
				}
			}
			size += len(l) + 1
		}
	}
	// write adds s to the innermost open paragraph.
	write := func(s string) {
		if skip > 0 || len(paras) == 0 || paras[len(paras)-1] == nil {
			return
		}
		p := paras[len(paras)-1]
		p.b.WriteString(s)
		p.blank = false
		size += len(s)
	}
	for {
		if n++; n%docxCheckEvery == 0 && ctx.Err() != nil {
			return "", nil, fmt.Errorf("%s: reading %s: %w", name, part, ctx.Err())
		}
		if size > MaxText {
			return "", nil, tooLarge(name)
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", nil, xmlPartError(name, part, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxODTDepth {
				return "", nil, fmt.Errorf("%s: %w: %s: elements nested more than %d deep", name, ErrMalformed, part, maxODTDepth)
			}
			local := t.Name.Local
			if !inBody {
				inBody = local == "text" && t.Name.Space != "" && strings.Contains(t.Name.Space, "office")
				continue
			}
			if skip > 0 {
				continue
			}
			switch local {
			case "h", "p":
				if t.Name.Space != "" && !strings.Contains(t.Name.Space, "text") {
					continue
				}
				p := &odtPara{}
				if local == "h" {
					p.level = 1
					if l, err := strconv.Atoi(xmlAttr(t, "outline-level")); err == nil && l >= 1 && l <= 10 {
						p.level = l
					}
				} else if l := st.outline(xmlAttr(t, "style-name")); l > 0 {
					p.level = l
				}
				count := func(key string) *odtCounter {
					if counts[key] == nil {
						counts[key] = &odtCounter{}
					}
					return counts[key]
				}
				switch {
				case len(lists) > 0 && lists[len(lists)-1].item:
					// an item's first paragraph: its number
					top := lists[len(lists)-1]
					top.item = false
					p.label = count(top.style).label(st.lists[top.style], len(lists), top.start)
				case len(lists) == 0 && local == "h" && st.lists[odtOutline] != nil:
					p.label = count(odtOutline).label(st.lists[odtOutline], p.level, -1)
				}
				paras = append(paras, p)
			case "number":
				if len(paras) > 0 && paras[len(paras)-1] != nil {
					paras[len(paras)-1].numbered = true
				}
			case "list":
				l := &odtList{style: xmlAttr(t, "style-name"), start: -1}
				if l.style == "" && len(lists) > 0 {
					l.style = lists[len(lists)-1].style
				}
				if len(lists) == 0 && xmlAttr(t, "continue-numbering") != "true" && xmlAttr(t, "continue-list") == "" {
					// a list of its own: its count starts again
					delete(counts, l.style)
				}
				if len(lists) > 0 {
					// an item that opens with a list of a deeper level
					// shows no number of its own
					lists[len(lists)-1].item = false
				}
				lists = append(lists, l)
			case "list-item":
				if len(lists) > 0 {
					top := lists[len(lists)-1]
					top.item, top.start = true, -1
					if v, err := strconv.Atoi(xmlAttr(t, "start-value")); err == nil && v >= 0 && v < 1e6 {
						top.start = v
					}
				}
			case "list-header":
				if len(lists) > 0 {
					lists[len(lists)-1].item = false
				}
			case "s":
				c, err := strconv.Atoi(xmlAttr(t, "c"))
				if err != nil || c < 1 {
					c = 1
				}
				write(strings.Repeat(" ", min(c, 64)))
			case "tab":
				write(" ")
			case "line-break":
				write("\n")
			case "table-of-content", "alphabetical-index", "illustration-index", "table-index",
				"object-index", "user-index", "bibliography", "tracked-changes", "annotation",
				"note-citation", "sequence-decls", "variable-decls", "user-field-decls", "ruby-text":
				skip = depth
			case "title", "desc":
				// a picture's title and description (svg:title, svg:desc;
				// text:title is a field showing the document's title)
				if strings.Contains(t.Name.Space, "svg") {
					skip = depth
				}
			case "note-body":
				note = depth
				// a note's paragraphs are not the anchoring one's
				paras = append(paras, nil)
			case "table-row":
				rows = append(rows, &odtRow{})
			case "table-cell":
				if len(rows) > 0 {
					r := rows[len(rows)-1]
					r.cells = append(r.cells, nil)
				}
			}
		case xml.CharData:
			if inBody && skip == 0 && len(paras) > 0 && paras[len(paras)-1] != nil {
				// White space in a paragraph's text is collapsed, as
				// ODF reads it: a run of blanks, tabs and line ends is one
				// space, none at the paragraph's start (the writer's
				// own spaces are text:s elements).
				p := paras[len(paras)-1]
				for _, r := range string(t) {
					if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
						if p.b.Len() == 0 || p.blank {
							continue
						}
						r = ' '
					}
					p.blank = r == ' '
					p.b.WriteRune(r)
					size += utf8.RuneLen(r)
				}
			}
		case xml.EndElement:
			d := depth
			depth--
			if !inBody {
				continue
			}
			if skip > 0 {
				if d == skip {
					skip = 0
				}
				continue
			}
			switch t.Name.Local {
			case "h", "p":
				if len(paras) > 0 && paras[len(paras)-1] != nil {
					p := paras[len(paras)-1]
					paras = paras[:len(paras)-1]
					emit(p)
				}
			case "note-body":
				if len(paras) > 0 && paras[len(paras)-1] == nil {
					paras = paras[:len(paras)-1]
				}
				note = 0
			case "list":
				if len(lists) > 0 {
					lists = lists[:len(lists)-1]
				}
			case "table-row":
				if len(rows) == 0 {
					continue
				}
				r := rows[len(rows)-1]
				rows = rows[:len(rows)-1]
				for _, l := range r.lines(hints) {
					if len(rows) > 0 && len(rows[len(rows)-1].cells) > 0 {
						// a table in a cell is part of that cell
						o := rows[len(rows)-1]
						o.cells[len(o.cells)-1] = append(o.cells[len(o.cells)-1], l)
					} else {
						lines = append(lines, l)
					}
				}
			case "text":
				if strings.Contains(t.Name.Space, "office") {
					inBody = false
				}
			}
		}
	}
	if len(notes) > 0 {
		lines = append(append(lines, ""), notes...)
	}
	text := strings.Join(lines, "\n")
	if len(text) > MaxText {
		return "", nil, tooLarge(name)
	}
	if strings.TrimSpace(text) == "" {
		return "", nil, fmt.Errorf("%s: %w: the document has no text", name, ErrEmpty)
	}
	return text, hints, nil
}

// odtRunningCell is the length in characters from which a table's cell
// holds running text, not a figure or a label: such a row is read
// paragraph by paragraph.
const odtRunningCell = 60

// lines returns the row's lines: one line of its cells' words, marked as a
// row in hints, or, for a row of one cell or with running text, its cells'
// paragraphs.
func (r *odtRow) lines(hints map[string]int) []string {
	var words []string
	running := false
	for _, c := range r.cells {
		w := strings.Join(strings.Fields(strings.Join(c, " ")), " ")
		if w != "" {
			words = append(words, w)
		}
		if utf8.RuneCountInString(w) >= odtRunningCell {
			running = true
		}
	}
	if len(words) < 2 || running {
		var out []string
		for _, c := range r.cells {
			out = append(out, c...)
		}
		return out
	}
	row := strings.Join(words, " ")
	hints[row] = rowHint
	return []string{row}
}
