package corpus

// Styles and lists of old Word documents
//
// As in a .docx (docx.go), two things Word keeps out of a .doc's text
// matter for the section tree, and the reader renders them the same way:
//
//   - Automatic numbering: a paragraph's list (sprmPIlfo, a 1-based index
//     into the PlfLfo, whose LFO names a list of the PlfLst by its lsid)
//     and level (sprmPIlvl), from its own properties or its style's. Each
//     level's LVL holds its number format (nfc) and its text (xst), where
//     a character below 9 stands for that level's number: "\x00、",
//     "（\x01）". The label is rendered before the paragraph's text.
//   - Heading styles: a built-in heading style (sti 1-9), a style named as
//     docx.go's are (标题 1, 一级标题), or an outline level (sprmPOutLvl),
//     its own or its style's, make the paragraph a heading hint for Split;
//     a table of contents' styles (sti 19-27, toc 1) drop the paragraph.
//
// The style sheet (STSH) is a list of STDs, one per style index (istd),
// each with its base style, its name and, for a paragraph style, its
// paragraph properties (UpxPapx). A style without numbering or level of
// its own takes its base's. As elsewhere in the reader, a damaged table
// is skipped, not an error.

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

const (
	fcLcbStshf  = 1  // index of fcStshf (the style sheet) among the FIB's (fc, lcb) pairs
	fcLcbPlfLst = 73 // the lists (PlfLst, then their LVLs)
	fcLcbPlfLfo = 74 // the list instances (PlfLfo)

	sprmPIlvl   = 0x260a
	sprmPIlfo   = 0x460b
	sprmPOutLvl = 0x2640

	istdNil = 0x0fff // no base style
)

// A docStyle is what the reader uses of a paragraph style.
type docStyle struct {
	level int     // heading level 1-9, tocStyle, or 0
	num   listRef // the numbering the style gives its paragraphs
	base  int     // the base style's istd, or istdNil
}

// A listRef is a paragraph's numbering: which list instance (ilfo, 0 for
// none), at which level; set tells whether the properties said so.
type listRef struct {
	ilfo, ilvl       int
	hasIlfo, hasIlvl bool
	outline          int // sprmPOutLvl: 0-8 a heading level less 1
	hasOutLvl        bool
}

// paraSprm records the modifiers of numbering and outline level in r.
func (r *listRef) paraSprm(sprm uint16, op []byte) {
	switch sprm {
	case sprmPIlfo:
		if len(op) >= 2 {
			r.ilfo, r.hasIlfo = int(int16(binary.LittleEndian.Uint16(op))), true
		}
	case sprmPIlvl:
		r.ilvl, r.hasIlvl = int(op[0]), true
	case sprmPOutLvl:
		r.outline, r.hasOutLvl = int(op[0]), true
	}
}

// parseSTSH returns the paragraph styles of the style sheet, by istd.
func parseSTSH(table []byte, f fib) map[int]docStyle {
	le := binary.LittleEndian
	fc, lcb := f.place(fcLcbStshf)
	if lcb < 4 || uint64(fc)+uint64(lcb) > uint64(len(table)) {
		return nil
	}
	stsh := table[fc : fc+lcb]
	cbStshi := int(le.Uint16(stsh))
	if cbStshi < 4 || 2+cbStshi > len(stsh) {
		return nil
	}
	cstd, cbBase := int(le.Uint16(stsh[2:])), int(le.Uint16(stsh[4:]))
	if cbBase < 10 {
		return nil
	}
	styles := map[int]docStyle{}
	p := 2 + cbStshi
	for istd := 0; istd < cstd && p+2 <= len(stsh); istd++ {
		cb := int(le.Uint16(stsh[p:]))
		p += 2
		if p+cb > len(stsh) {
			break
		}
		std := stsh[p : p+cb]
		p += cb
		if len(std) < cbBase+2 {
			continue
		}
		sti := int(le.Uint16(std) & 0x0fff)
		stk, base := le.Uint16(std[2:])&0xf, int(le.Uint16(std[2:])>>4)
		if stk != 1 { // not a paragraph style
			continue
		}
		st := docStyle{base: base}
		cch := int(le.Uint16(std[cbBase:]))
		q := cbBase + 2 + 2*cch + 2 // the name and its terminating NUL
		if q > len(std) {
			continue
		}
		u := make([]uint16, cch)
		for i := range u {
			u[i] = le.Uint16(std[cbBase+2+2*i:])
		}
		st.level = styleLevel(sti, string(utf16.Decode(u)))
		if q+2 <= len(std) {
			if n := int(le.Uint16(std[q:])); n >= 2 && q+2+n <= len(std) {
				// UpxPapx: the style's istd again, then its modifiers
				eachSprm(std[q+4:q+2+n], st.num.paraSprm)
			}
		}
		if st.level == 0 && st.num.hasOutLvl && st.num.outline < 9 {
			st.level = st.num.outline + 1
		}
		styles[istd] = st
	}
	// A style without a level or numbering of its own takes its base's.
	for istd, st := range styles {
		for b, n := st.base, 0; b != istdNil && n < 10 && (st.level == 0 || !st.num.hasIlfo); b, n = styles[b].base, n+1 {
			bs, ok := styles[b]
			if !ok {
				break
			}
			if st.level == 0 {
				st.level = bs.level
			}
			if !st.num.hasIlfo && bs.num.hasIlfo {
				st.num.ilfo, st.num.hasIlfo = bs.num.ilfo, true
				if !st.num.hasIlvl {
					st.num.ilvl, st.num.hasIlvl = bs.num.ilvl, bs.num.hasIlvl
				}
			}
		}
		styles[istd] = st
	}
	return styles
}

// styleLevel returns the heading level of a style by its built-in
// identifier (sti) or by any of its names (Word keeps aliases after
// commas: "heading 1,标题 1"; in traditional characters too: 標題 1,
// 二級標題), tocStyle for a table of contents' style.
func styleLevel(sti int, name string) int {
	switch {
	case sti >= 1 && sti <= 9:
		return sti
	case sti >= 19 && sti <= 27:
		return tocStyle
	}
	for _, n := range strings.Split(name, ",") {
		n = Simplify(strings.TrimSpace(n)) // 標題 1 as 标题 1
		if m := headingStyleRe.FindStringSubmatch(n); m != nil {
			return atoi(m[1])
		}
		if m := rankStyleRe.FindStringSubmatch(n); m != nil {
			l, _ := cnNumber(m[1] + "、")
			return l
		}
		if tocStyleRe.MatchString(n) {
			return tocStyle
		}
	}
	return 0
}

// docLists renders the labels of a .doc's automatic numbering.
type docLists struct {
	lists    map[uint32][]docLevel // lsid -> its levels
	lfos     []uint32              // ilfo-1 -> lsid
	counters map[int][]int         // ilfo -> counter per level
}

// A docLevel is a list level's LVL: start, number format and text.
type docLevel struct {
	start int
	nfc   byte
	text  []uint16
}

// Number formats (MSONFC) and the names docx.go's formatNumber knows them
// by; those not named are written in Arabic digits.
const (
	nfcBullet = 0x17
	nfcNone   = 0xff
)

// nfcFormat returns the numFmt of a number format code (nfc) of Word's
// binary format and Word 2003's XML: decimal for a code not known.
func nfcFormat(nfc byte) string {
	switch nfc {
	case nfcBullet:
		return "bullet"
	case nfcNone:
		return "none"
	case 1:
		return "upperRoman"
	case 2:
		return "lowerRoman"
	case 3:
		return "upperLetter"
	case 4:
		return "lowerLetter"
	}
	if f, ok := nfcFormats[nfc]; ok {
		return f
	}
	return "decimal"
}

var nfcFormats = map[byte]string{
	0x12: "decimalEnclosedCircle",
	0x1c: "decimalEnclosedCircleChinese",
	0x1e: "ideographTraditional",
	0x21: "taiwaneseCounting",
	0x23: "taiwaneseCountingThousand",
	0x25: "chineseCounting",
	0x26: "chineseLegalSimplified",
	0x27: "chineseCountingThousand",
}

// parseLists returns the lists of the PlfLst (with the LVLs that follow it
// in the table stream) and the list instances of the PlfLfo.
func parseLists(table []byte, f fib) *docLists {
	le := binary.LittleEndian
	l := &docLists{lists: map[uint32][]docLevel{}, counters: map[int][]int{}}
	fc, lcb := f.place(fcLcbPlfLst)
	if lcb >= 2 && uint64(fc)+uint64(lcb) <= uint64(len(table)) {
		plf := table[fc : fc+lcb]
		n := int(int16(le.Uint16(plf)))
		p := int(fc + lcb) // the LVLs, list by list
		for i := 0; i < n && 2+28*(i+1) <= len(plf); i++ {
			lstf := plf[2+28*i:]
			lsid, simple := le.Uint32(lstf), lstf[26]&1 != 0
			count := 9
			if simple {
				count = 1
			}
			var levels []docLevel
			for j := 0; j < count; j++ {
				lv, next, ok := parseLVL(table, p)
				if !ok {
					break
				}
				levels, p = append(levels, lv), next
			}
			l.lists[lsid] = levels
			if len(levels) < count {
				break // the rest cannot be found
			}
		}
	}
	fc, lcb = f.place(fcLcbPlfLfo)
	if lcb >= 4 && uint64(fc)+uint64(lcb) <= uint64(len(table)) {
		plf := table[fc : fc+lcb]
		n := int(le.Uint32(plf))
		for i := 0; i < n && 4+16*(i+1) <= len(plf); i++ {
			l.lfos = append(l.lfos, le.Uint32(plf[4+16*i:]))
		}
	}
	return l
}

// parseLVL reads the LVL at p in table: its fixed part (LVLF), its
// paragraph and character modifiers, and its text (xst). It returns where
// the next LVL starts.
func parseLVL(table []byte, p int) (docLevel, int, bool) {
	le := binary.LittleEndian
	if p < 0 || p+28 > len(table) {
		return docLevel{}, 0, false
	}
	lvlf := table[p : p+28]
	lv := docLevel{start: int(int32(le.Uint32(lvlf))), nfc: lvlf[4]}
	p += 28 + int(lvlf[24]) + int(lvlf[25])
	if p+2 > len(table) {
		return docLevel{}, 0, false
	}
	cch := int(le.Uint16(table[p:]))
	p += 2
	if p+2*cch > len(table) {
		return docLevel{}, 0, false
	}
	lv.text = make([]uint16, cch)
	for i := range lv.text {
		lv.text[i] = le.Uint16(table[p+2*i:])
	}
	return lv, p + 2*cch, true
}

// label advances the counter of (ilfo, ilvl) and returns its label, or ""
// when the list is unknown or is a bullet.
func (l *docLists) label(ilfo, ilvl int) string {
	if l == nil || ilfo < 1 || ilfo > len(l.lfos) || ilvl < 0 || ilvl > 8 {
		return ""
	}
	levels := l.lists[l.lfos[ilfo-1]]
	if ilvl >= len(levels) {
		return ""
	}
	lv := levels[ilvl]
	c := countLevel(l.counters, ilfo, ilvl, lv.start)
	if lv.nfc == nfcBullet || lv.nfc == nfcNone {
		return ""
	}
	var b strings.Builder
	for _, r := range utf16.Decode(lv.text) {
		if r >= 9 {
			b.WriteRune(r)
		} else if int(r) < len(levels) {
			b.WriteString(formatNumber(c[r], nfcFormats[levels[r].nfc]))
		}
	}
	return b.String()
}
