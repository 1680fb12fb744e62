package corpus

// RTF
//
// Older office systems, WPS and Word export RTF, and sites publish it as
// .rtf or under .doc (Word opens both the same). readRTF takes the text
// out of one: paragraphs (\par, and a backslash before a line end, as
// TextEdit writes it), line breaks and table cells become lines; the
// groups that hold no body text (the font, colour and style tables, the
// document's properties, pictures, objects, headers and footers, fields'
// instructions, and every \* destination) are skipped, and so are hidden
// text (\v) and tracked deletions (\deleted). Characters come as \uN
// (its \ucN fallback dropped) or as \'hh bytes in the code page of the
// current font's \fcharset (134 GB2312, 136 Big5) or else of the
// document's \ansicpg (936, 950, 1252). A small reader of our own: of the
// Go libraries weighed, J45k4/rtf-go only strips the markup, go-rtf/rtf
// decodes \'hh by \ansicpg alone (not by a font's charset, which Word and
// WPS use for Chinese), aiq/go-rtf has no users,
// and AOShei/go-fast-rtf is weeks old and brings its own document model.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// maxRTFDepth bounds the nesting of groups: Word's deepest real nesting
// is a few dozen; thousands mean a broken or hostile file.
const maxRTFDepth = 2000

// rtfSkipped are the destinations whose group holds no body text.
var rtfSkipped = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true,
	"pict": true, "object": true, "shp": true, "shppict": true, "nonshppict": true,
	"header": true, "headerl": true, "headerr": true, "headerf": true,
	"footer": true, "footerl": true, "footerr": true, "footerf": true,
	"footnote": true, "annotation": true, "fldinst": true, "xe": true, "tc": true,
	"listtable": true, "listoverridetable": true, "revtbl": true, "rsidtbl": true,
	"generator": true, "themedata": true, "colorschememapping": true,
	"latentstyles": true, "datastore": true, "filetbl": true, "pgdsctbl": true,
	"bkmkstart": true, "bkmkend": true, "template": true, "docvar": true,
}

// rtfSymbols are control words that stand for a character or a break.
var rtfSymbols = map[string]string{
	"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "cell": "\n",
	"nestcell": "\n", "row": "\n", "nestrow": "\n", "tab": "\t",
	"emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
	"ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " ",
}

// rtfGroup is the state a group inherits and restores.
type rtfGroup struct {
	skip  bool
	fonts bool // inside the font table
	// hidden: text Word does not show (\v) or a tracked deletion
	// (\deleted), dropped as the .docx reader drops w:del
	hidden bool
	uc     int // characters a \uN's fallback takes
	font   int
}

// rtfReader holds one reading's state.
type rtfReader struct {
	data    []byte
	out     strings.Builder
	pending []byte // \'hh bytes not yet decoded
	pendEnc encoding.Encoding
	high    rune // a \uN high surrogate waiting for its low half
	docEnc  encoding.Encoding
	charset map[int]int // font number -> \fcharset
	// rawUTF8: the file is valid UTF-8 throughout, so its bytes outside
	// ASCII are UTF-8 (as a web tool writes RTF), not the code page's.
	rawUTF8 bool
	tblFont int // the font the font table is describing
	deff    int // the default font (\deffN), which \plain restores
}

// readRTF returns the text of an RTF file, or an error naming it.
func readRTF(name string, data []byte) (string, []Warning, error) {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte{0xef, 0xbb, 0xbf}), " \t\r\n")
	if !bytes.HasPrefix(head, []byte(`{\rtf`)) {
		return "", nil, fmt.Errorf("%s: %w: not an RTF file (it does not open with {\\rtf)", name, ErrMalformed)
	}
	r := &rtfReader{data: head, docEnc: charmap.Windows1252, charset: map[int]int{}, rawUTF8: utf8.Valid(head)}
	open, err := r.run()
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", name, err)
	}
	text := r.out.String()
	if strings.TrimSpace(text) == "" {
		return "", nil, fmt.Errorf("%s: %w: the RTF file has no text", name, ErrEmpty)
	}
	var warns []Warning
	if open > 0 {
		warns = append(warns, Warning{Message: fmt.Sprintf("RTF file cut short (%d groups left open); read as far as it goes", open)})
	}
	return text, warns, nil
}

// run reads the whole file and returns how many groups were left open.
func (r *rtfReader) run() (int, error) {
	stack := []rtfGroup{{uc: 1}}
	skipChars := 0 // a \uN's fallback characters still to drop
	d := r.data
	for i := 0; i < len(d); {
		if r.out.Len() > MaxText {
			return 0, fmt.Errorf("%w: more than %d bytes of text", ErrTooLarge, MaxText)
		}
		g := &stack[len(stack)-1]
		c := d[i]
		switch c {
		case '{':
			if len(stack) >= maxRTFDepth {
				return 0, fmt.Errorf("%w: groups nested more than %d deep", ErrMalformed, maxRTFDepth)
			}
			skipChars = 0
			stack = append(stack, *g)
			i++
			continue
		case '}':
			// (bytes kept are decoded when text or bytes of another code
			// page follow: a character's two bytes may stand in two groups)
			skipChars = 0
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			i++
			if len(stack) == 1 {
				// the document's group is closed: what follows (a
				// program's padding, a second copy) is not its text
				i = len(d)
			}
			continue
		case '\r', '\n':
			i++
			continue
		case '\\':
		default:
			i++
			if g.skip || g.fonts || g.hidden {
				continue
			}
			if skipChars > 0 {
				skipChars--
				continue
			}
			if c >= 0x80 {
				// a byte written as it is (not as \'hh)
				if r.rawUTF8 {
					r.addByte(c, nil)
				} else {
					r.addByte(c, r.enc(g))
				}
				continue
			}
			r.flush()
			if c == '\t' {
				r.out.WriteByte('\t')
			} else if c >= ' ' {
				r.out.WriteByte(c)
			}
			continue
		}
		// a control word or symbol
		i++
		if i >= len(d) {
			break
		}
		c = d[i]
		if !isASCIILetter(c) {
			i++
			var sym string
			switch c {
			case '\'':
				if i+2 <= len(d) {
					if b, ok := hexByte(d[i], d[i+1]); ok {
						i += 2
						if g.skip || g.fonts || g.hidden {
							continue
						}
						if skipChars > 0 {
							skipChars--
							continue
						}
						if r.charset[g.font] != 2 {
							// (a symbol font's byte is a bullet's glyph:
							// decoration, and no character of the code page)
							r.addByte(b, r.enc(g))
						}
						continue
					}
				}
				continue
			case '\\', '{', '}':
				sym = string(c)
			case '~':
				sym = " "
			case '_':
				sym = "-"
			case '\n', '\r':
				// TextEdit ends a paragraph with a backslash before the line end.
				sym = "\n"
			case '*':
				// \* marks a destination a reader may ignore.
				g.skip = true
				continue
			case '-', ':', '|':
				// an optional hyphen, an index's subentry, a formula's mark
			}
			if g.skip || g.fonts || g.hidden {
				continue
			}
			if skipChars > 0 {
				skipChars--
				continue
			}
			r.flush()
			r.out.WriteString(sym)
			continue
		}
		start := i
		for i < len(d) && isASCIILetter(d[i]) && i-start < 32 {
			i++
		}
		word := string(d[start:i])
		param, hasParam := 0, false
		neg := i < len(d) && d[i] == '-'
		if neg {
			i++
		}
		for n := 0; i < len(d) && d[i] >= '0' && d[i] <= '9'; n++ {
			if n < 10 {
				param = param*10 + int(d[i]-'0')
			}
			hasParam = true
			i++
		}
		if neg {
			param = -param
		}
		if i < len(d) && d[i] == ' ' {
			i++ // the delimiter belongs to the control word
		}
		if word == "bin" && hasParam {
			// binary data: skipped whole
			i += max(0, min(param, len(d)-i))
			continue
		}
		if skipChars > 0 && !g.skip {
			// a control word in the fallback counts as one character
			skipChars--
			continue
		}
		switch {
		case word == "fonttbl":
			g.fonts = true
		case g.fonts && word == "f" && hasParam:
			r.tblFont = param
		case g.fonts && word == "fcharset" && hasParam:
			r.charset[r.tblFont] = param
		case rtfSkipped[word]:
			g.skip = true
		case word == "ansicpg" && hasParam:
			if e := codePage(param); e != nil {
				r.docEnc = e
			}
		case word == "deff" && hasParam:
			r.deff, g.font = param, param
		case word == "plain":
			// (character formatting back to the default's)
			g.font, g.hidden = r.deff, false
		case word == "uc" && hasParam:
			g.uc = max(0, min(param, 8))
		case word == "f" && hasParam:
			if g.font != param {
				r.flush()
			}
			g.font = param
		case word == "v" || word == "deleted":
			g.hidden = !hasParam || param != 0
		case g.skip || g.fonts || g.hidden:
		case word == "u" && hasParam:
			r.flushBytes()
			r.addUnicode(rune(uint16(int16(param))))
			skipChars = g.uc
		default:
			if s, ok := rtfSymbols[word]; ok {
				r.flush()
				if (word == "row" || word == "nestrow") && strings.HasSuffix(r.out.String(), "\n") {
					// a row ends after its last cell's end
					break
				}
				r.out.WriteString(s)
			}
		}
	}
	r.flush()
	return len(stack) - 1, nil
}

// enc is the code page of \'hh bytes in group g: its font's charset's
// (\fcharset 134 GB2312, 136 Big5), else the document's.
func (r *rtfReader) enc(g *rtfGroup) encoding.Encoding {
	switch r.charset[g.font] {
	case 134:
		return simplifiedchinese.GB18030
	case 136:
		return traditionalchinese.Big5
	}
	return r.docEnc
}

// codePage returns the encoding of a Windows code page, nil for one not
// read.
func codePage(cp int) encoding.Encoding {
	switch cp {
	case 936, 54936:
		return simplifiedchinese.GB18030
	case 950:
		return traditionalchinese.Big5
	case 1252:
		return charmap.Windows1252
	}
	return nil
}

// addByte keeps a byte of encoding e to decode with the bytes that follow
// it (a GBK character is two).
func (r *rtfReader) addByte(b byte, e encoding.Encoding) {
	if r.pendEnc != e {
		r.flush()
		r.pendEnc = e
	}
	r.pending = append(r.pending, b)
}

// flush decodes the bytes kept; a high surrogate without its low half
// is a character lost.
func (r *rtfReader) flush() {
	if r.high != 0 {
		r.out.WriteRune(0xfffd)
		r.high = 0
	}
	r.flushBytes()
}

// flushBytes decodes the \'hh bytes kept.
func (r *rtfReader) flushBytes() {
	if len(r.pending) == 0 {
		return
	}
	if r.pendEnc == nil {
		r.out.WriteString(strings.ToValidUTF8(string(r.pending), "\uFFFD"))
	} else if s, err := r.pendEnc.NewDecoder().Bytes(r.pending); err == nil {
		r.out.Write(s)
	}
	r.pending = r.pending[:0]
}

// addUnicode writes a \uN character, joining a surrogate pair.
func (r *rtfReader) addUnicode(c rune) {
	switch {
	case utf16.IsSurrogate(c) && c < 0xdc00:
		r.high = c
		return
	case utf16.IsSurrogate(c) && r.high != 0:
		c = utf16.DecodeRune(r.high, c)
		r.high = 0
	case utf16.IsSurrogate(c):
		c = 0xfffd
	}
	if c == 0 {
		return
	}
	r.out.WriteRune(c)
}

// hexByte returns the byte two hex digits write.
func hexByte(a, b byte) (byte, bool) {
	h := func(c byte) (byte, bool) {
		switch {
		case c >= '0' && c <= '9':
			return c - '0', true
		case c >= 'a' && c <= 'f':
			return c - 'a' + 10, true
		case c >= 'A' && c <= 'F':
			return c - 'A' + 10, true
		}
		return 0, false
	}
	x, ok1 := h(a)
	y, ok2 := h(b)
	return x<<4 | y, ok1 && ok2
}
