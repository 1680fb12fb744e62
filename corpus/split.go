package corpus

// Splitting
//
// Split follows the report's own numbering, whatever mix of styles it uses:
//
//	一、工作回顾            level 1
//	（一）基础教育          level 2
//	1. 学前教育             level 3
//	（1）普惠性幼儿园       level 4
//
// The styles are 一、 一. 一， （一） 〔一〕 第一章/节/部分 甲、 1、 1. （1） 〔1〕
// and ①, full- and half-width alike. Levels come from the order in which
// styles first appear (a stack of open headings), not from a fixed table, so
// a report that puts 1、 directly under 一、 and another that puts （一） there
// both come out right. The usual order of official documents only breaks
// ties: a new style that outranks the open ones (一、 after a list 1、 2、 in
// the preamble) closes them instead of nesting under them.
//
// A line-start marker is a heading only when its number continues its
// style's sequence: the next number of an open heading of the same style,
// 1 for a new style, or the number after the last one of a style seen
// before (some reports number 1.–5. under 一. and go on with 6. under 二.).
// A marker that breaks its sequence, or that follows a line stopping in
// the middle of a sentence, stays text, and the document gets a warning.
// A book's edition of an old report numbers its parts by the numeral alone
// on its line (一 / 二); two such lines in sequence, each with text under
// it, make them headings of the 一、 style.
//
// News items carry unnumbered headings naming a place ("钟楼区：5个…"); when a
// text has at least two such short lines, they are headings of one style.
// Word documents mark headings with paragraph styles, HTML with <h2>–<h6>
// and Markdown with #, passed to Split as hints by the readers; a first line
// that is the document's title is not a heading. A marked line without a
// number is a heading at its marked level before any guess from its shape
// (the bare headings of outline.go).
//
// A heading runs to the end of its line, or to the end of its first
// sentence when the text follows on the same line ("1.继续推进教育信息化。制订…").
// Sections tile the body: section i covers Body[Start:End], from the start
// of its heading line to the start of the next heading line.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A marker is a numbering marker found at the start of a line.
type marker struct {
	style string // 一、, （一）, 1., …: the style, width-folded
	n     int    // the number it gives
	end   int    // byte length of the marker in the line
}

// headingMarker returns the numbering marker at the start of s, or nil.
func headingMarker(s string) *marker {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r >= '①' && r <= '⑳':
		return afterMarker(s, &marker{"①", int(r-'①') + 1, size})
	case r >= '⑴' && r <= '⒇':
		// one character for （1） (Word's decimalEnclosedParen)
		return afterMarker(s, &marker{"（1", int(r-'⑴') + 1, size})
	case r >= '⒈' && r <= '⒛':
		// one character for 1. (decimalEnclosedFullstop)
		return afterMarker(s, &marker{"1.", int(r-'⒈') + 1, size})
	case r >= '㈠' && r <= '㈩':
		// one character for （一） (Word's ideographEnclosedCircle)
		return afterMarker(s, &marker{"（一", int(r-'㈠') + 1, size})
	case isCNDigit(r):
		n, k := cnNumber(s)
		if n == 0 {
			return nil
		}
		p, ps := utf8.DecodeRuneInString(s[k:])
		switch p {
		case '、':
			return afterMarker(s, &marker{"一、", n, k + ps})
		case '.', '．':
			return afterMarker(s, &marker{"一.", n, k + ps})
		case '，', ',':
			return afterMarker(s, &marker{"一，", n, k + ps})
		case '）', ')':
			// （一） that lost its opening bracket: a web copy that
			// drops the opener at every paragraph's start, or a
			// writer who numbers 一） 二）. It is the same style, so
			// one heading that kept its bracket still continues it.
			return afterMarker(s, &marker{"（一", n, k + ps})
		}
	case strings.ContainsRune(stems, r):
		// The heavenly stems of old reports (甲、 乙、 丙、): a list of
		// parties (甲、乙双方) is no heading.
		p, ps := utf8.DecodeRuneInString(s[size:])
		if p != '、' && p != '．' && p != '.' {
			return nil
		}
		if next, _ := utf8.DecodeRuneInString(s[size+ps:]); strings.ContainsRune(stems, next) {
			return nil
		}
		return afterMarker(s, &marker{"甲、", strings.IndexRune(stems, r)/len("甲") + 1, size + ps})
	case r == '第':
		n, k := cnNumber(s[size:])
		if n == 0 {
			return nil
		}
		rest := s[size+k:]
		for _, unit := range []string{"部分", "章", "节", "篇"} {
			if strings.HasPrefix(rest, unit) {
				return afterMarker(s, &marker{"第一" + unit, n, size + k + len(unit)})
			}
		}
		// An ordinal: 第一、 (the points of old reports), or 第一， on a
		// line of its own; Split takes a paragraph that opens with 第一，
		// for a point of a list, not a heading.
		switch p, ps := utf8.DecodeRuneInString(rest); p {
		case '、':
			return afterMarker(s, &marker{"第一、", n, size + k + ps})
		case '，', ',':
			return afterMarker(s, &marker{"第一，", n, size + k + ps})
		}
	case r >= '0' && r <= '9':
		k := 0
		for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > 2 {
			return nil
		}
		n := atoi(s[:k])
		p, ps := utf8.DecodeRuneInString(s[k:])
		if p == ' ' {
			// A Word list's number, its tab turned into a space by the
			// copy site that converted the file (1 .强镇筑基。2 .联盟办
			// 学。): the same marker as 1., when words follow the dot
			// (1 . 5 is a spaced-out decimal, which afterMarker refuses).
			if q, qs := utf8.DecodeRuneInString(s[k+1:]); q == '.' || q == '．' {
				return afterMarker(s, &marker{"1.", n, k + 1 + qs})
			}
			return nil
		}
		switch p {
		case '、':
			return afterMarker(s, &marker{"1、", n, k + ps})
		case '.', '．':
			return afterMarker(s, &marker{"1.", n, k + ps})
		}
	case r == '（' || r == '(' || r == '〔':
		closer := map[rune]string{'（': "）)", '(': "）)", '〔': "〕"}[r]
		style := map[rune]string{'（': "（", '(': "（", '〔': "〔"}[r]
		rest := s[size:]
		if n, k := cnNumber(rest); n > 0 {
			c, cs := utf8.DecodeRuneInString(rest[k:])
			if strings.ContainsRune(closer, c) {
				return afterMarker(s, &marker{style + "一", n, size + k + cs + bracketCommaLen(rest[k+cs:])})
			}
			return nil
		}
		k := 0
		for k < len(rest) && k < 3 && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		if k == 0 || k > 2 {
			return nil
		}
		c, cs := utf8.DecodeRuneInString(rest[k:])
		if strings.ContainsRune(closer, c) {
			return afterMarker(s, &marker{style + "1", atoi(rest[:k]), size + k + cs + bracketCommaLen(rest[k+cs:])})
		}
	}
	return nil
}

// enclosedNumber reports whether s opens with a number that is one
// character (① ⑴ ⒈ ㈠).
func enclosedNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '①' && r <= '⒛' || r >= '㈠' && r <= '㈩'
}

// stems are the heavenly stems in order, which old reports number their
// points with (甲、乙、丙、).
const stems = "甲乙丙丁戊己庚辛壬癸"

// bracketCommaLen returns the length of the 、 a plain writer puts after a
// bracketed number (（一）、实行目标管理, （2）、加强安全), which is part of
// the marker, or 0: not before another number of a list (（一）、（二）项).
func bracketCommaLen(s string) int {
	rest, ok := strings.CutPrefix(s, "、")
	if !ok || rest == "" {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("（(〔0123456789０１２３４５６７８９、", r) || isCNDigit(r) {
		return 0
	}
	return len("、")
}

// StripNumbering returns heading without the numbering marker Split reads
// at its start (一、 （一） 〔一〕 1. 1、 （1） ① 第一章 …, digits full- or
// half-width), trimmed; heading trimmed when it has none. Alignment compares
// headings this way, so that renumbering alone is not a rename.
func StripNumbering(heading string) string {
	h := strings.TrimSpace(heading)
	folded := strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + r - '０'
		}
		return r
	}, h)
	m := headingMarker(folded)
	if m == nil {
		return h
	}
	// The marker ends after the same number of runes in h as in folded.
	i := 0
	for range utf8.RuneCountInString(folded[:m.end]) {
		_, size := utf8.DecodeRuneInString(h[i:])
		i += size
	}
	return strings.TrimSpace(h[i:])
}

// afterMarker checks what follows a marker: some text, which is not a digit
// (1.5万, 2、3年级) nor another numeral of a list (一、二年级, 一、二、三).
func afterMarker(s string, m *marker) *marker {
	if m.n <= 0 {
		return nil
	}
	rest := strings.TrimLeft(s[m.end:], " ")
	if rest == "" {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(rest)
	// A digit after 1. or 1、 is a decimal's or a list's (2.5亿元, 1、2号), not
	// an item's words; a year after 1. is (附件：1. 2034年重点工作分解表):
	// no decimal runs to four places and 年. (After 1、 it may be a list
	// of years a wrap cut: 20 / 29、2030年.)
	if r >= '0' && r <= '9' && (m.style == "1、" || m.style == "1." && !itemYearRe.MatchString(rest)) || strings.ContainsRune("、.．%％，,。）)", r) {
		return nil
	}
	if isCNDigit(r) {
		if n, k := cnNumber(rest); n > 0 {
			p, _ := utf8.DecodeRuneInString(rest[k:])
			if p == '、' || p == '是' || strings.HasPrefix(rest[k:], "年级") {
				return nil
			}
		}
	}
	return m
}

// itemYearRe matches a year that opens an item's words (2034年…).
var itemYearRe = mustLitRe(`^(?:19|20)[0-9]{2}年`)

func isCNDigit(r rune) bool {
	return strings.ContainsRune("一二三四五六七八九十", r)
}

// cnNumber parses a Chinese numeral of up to 99 at the start of s and
// returns its value and byte length; 0, 0 if there is none.
func cnNumber(s string) (n, size int) {
	const digits = "一二三四五六七八九"
	tens, units, seenTen := 0, 0, false
	i := 0
	for count := 0; i < len(s) && count < 3; count++ {
		r, rs := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '十':
			if seenTen || units == 0 && count > 0 {
				return 0, 0
			}
			seenTen = true
			tens = units
			if tens == 0 {
				tens = 1
			}
			units = 0
		case strings.ContainsRune(digits, r):
			if units != 0 {
				return 0, 0 // 一二 is not a number
			}
			units = strings.IndexRune(digits, r)/3 + 1
		default:
			goto done
		}
		i += rs
	}
done:
	if i == 0 {
		return 0, 0
	}
	return tens*10 + units, i
}

var placeHeadingRe = mustLitRe(`^\p{Han}{1,10}?(?:省|市|区|县|镇|乡|街道|旗|州)[：:]\S`)

// isPlaceHeading reports whether l looks like a news item's unnumbered
// heading: a place, a colon and a short phrase that ends no sentence.
func isPlaceHeading(l string) bool {
	if utf8.RuneCountInString(l) > 40 || !placeHeadingRe.MatchString(l) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune("。；，、：:;,", r)
}

type frame struct {
	style   string
	n       int
	heading string
	mark    int // the heading level the file marked its line with, 0 for none
}

type headLine struct {
	style          string
	start, headEnd int
	level          int
	heading        string
	path           []string
	inferred       bool // found from the paragraphs, not a heading line (infer.go)
	lost           bool // the first top heading of a file that lost its beginning (lostFirst)
}

// Split fills d.Sections from d.Body, in document order. Text before the
// first heading becomes a section with an empty heading and level 0; a body
// without headings is one such section, and an empty body has none. Split
// never fails: numbering that breaks its sequence is reported in
// d.Warnings. When d.ID is set, section IDs and DocIDs are set too.
func Split(d *Document) {
	body := d.Body
	d.Sections = nil
	if body == "" {
		return
	}
	places, numerals := 0, 0
	var outline []outlineLine
	for i, l := range strings.Split(body, "\n") {
		t := strings.TrimSpace(l)
		if isPlaceHeading(t) {
			places++
		}
		if loneNumeral(t) == numerals+1 {
			numerals++
		}
		if t != "" {
			outline = append(outline, outlineLine{i + 1, t})
		}
	}
	head := hintedHead(d, outline)
	points := flatPoints(outline)
	pieces := pieceStarts(outline)
	segs := scanPieces(outline, pieces, d.tableRows)
	o, yearParts := segs[0].o, segs[0].yearParts
	rank := func(style string) (int, bool) {
		switch style {
		case "barePart":
			return -2, true
		case "bare":
			if o.parts {
				return -1, true
			}
			return 0, false
		}
		return styleRank(style)
	}
	var (
		heads    []headLine
		stack    []frame
		last     = map[string]int{}
		prevLine string
		lineNo   int
	)
	for off := 0; off < len(body); {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		lineNo++
		line := body[off:end]
		lead := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
		t := strings.TrimSpace(line)
		if t == "" {
			off = end + 1
			continue
		}
		style, n, heading := "", 0, ""
		for _, p := range segs[1:] {
			if p.from == lineNo {
				o, yearParts = p.o, p.yearParts // a piece's own outline and notes
			}
		}
		// The notes open a section, and so does every later annex's heading
		// (附件2 after 附件1's list; 名词解释 under 附件2 stays its text).
		notes := o.notes > 0 && (lineNo == o.notes || lineNo > o.notes && notesHeadRe.MatchString(t) && !notesHeadRe.MatchString(prevLine))
		if o.notes > 0 && lineNo > o.notes && noteRe.MatchString(t) {
			// A note of a glossary ([3]三链融合：…) is the notes' text.
		} else if notes {
			style, heading = "注", t
			if m := noteRe.FindString(t); m != "" {
				heading = noteHeading(t, len(m)) // the notes start with the first note
			}
			stack = stack[:pieceDepth(stack)] // a piece's notes are its own
		} else if pieces[lineNo] {
			// A piece of a page that holds several (篇1, 【篇三】, a
			// report's own title over its greeting): the piece is a
			// section of its own, and its greeting and parts are none of
			// the piece before it.
			style, heading = "篇", t
			stack = stack[:0]
		} else if head[lineNo] {
			// A line of the title block, whatever the file marked it.
		} else if lvl, ok := d.headingHints[t]; ok && headingMarker(t) == nil && utf8.RuneCountInString(t) <= 60 && !(prevLine == "" && t == d.Title) {
			// The file marks the line as a heading (a Word style, <h2>, ##):
			// its level says more than the shape of the line.
			style, heading = "h"+itoa(lvl), t
		} else if v := loneNumeral(t); v > 0 && numerals >= 2 && nextText(body, end) != "" && loneNumeral(nextText(body, end)) == 0 {
			// A part numbered by its numeral alone on its line (一 / 二),
			// as a book prints the parts of an old report: text follows
			// it, not another numeral (a table's column of numbers).
			style, n, heading = "一、", v, t
		} else if yearParts[lineNo] {
			style, heading = "barePart", t
		} else if o.bare[lineNo] {
			style, heading = "bare", t
		} else if hm := headingMarker(t); hm != nil && (hm.style != "第一，" || isOneSentence(t) && !points[lineNo]) {
			heading = headingText(t, hm)
			if heading == "" && nextPoint(stack, hm) {
				// A point of a list whose items stand as headings, its
				// line one long sentence (3、某镇消防队在…督查中排名第
				// 一。): the sentence is its heading, the list not cut
				// short at it.
				heading = longPointHeading(t, hm)
			}
			switch {
			case heading == "":
				d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: "line starts with " + t[:hm.end] + " but holds no heading"})
			case isPipeRow(t):
				// A table's row flattened with bars between its cells
				// (一、本年新收政府信息公开申请数量 | 0 | 0 |): a row, not a
				// heading.
				heading = ""
			case d.tableRows[t]:
				// A row of a Word or HTML table (一、经济发展, a category
				// of a table of targets): a row, not a heading.
				heading = ""
			case numberCell(nextText(body, end)):
				// A table's row label saved one cell a line, its figure
				// under it (一、本年新收政府信息公开申请数量 / 8): a cell, not
				// a heading.
				heading = ""
			case prevLine != "" && endsMidSentence(prevLine) && !leadsInList(prevLine) && !isPipeRow(prevLine) && !isHeadingLike(prevLine) && !isPlaceHeading(prevLine) && utf8.RuneCountInString(prevLine) >= 20 && !titleBlockLine(prevLine) && prevLine != d.Title && copyTagRe.ReplaceAllString(prevLine, "") != d.Title && !nextOfOpen(stack, hm, t) && !opensSequence(body, end, stack, last, hm, t) && !(nextPoint(stack, hm) && lostLastStop(prevLine)):
				// (a long title ends without a sentence end by nature, also
				// with a copy site's tag after it, …（精选4篇）作文: the
				// heading under it does not continue it)
				d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: t[:hm.end] + " cuts a sentence; not a heading"})
				heading = ""
			default:
				style, n = hm.style, hm.n
			}
		} else if places >= 2 && isPlaceHeading(t) {
			style, heading = "地名：", t
		} else if lvl, ok := d.headingHints[t]; ok && utf8.RuneCountInString(t) <= 60 && !(prevLine == "" && t == d.Title) {
			style, heading = "h"+itoa(lvl), t
		}
		if heading != "" {
			idx := -1
			for i := range stack {
				if stack[i].style == style {
					idx = i
					break
				}
			}
			ok, lost := true, false
			unnumbered := n == 0
			if idx >= 0 {
				if unnumbered || n == stack[idx].n+1 {
					stack = stack[:idx]
				} else if idx == 0 && n == 1 && stack[idx].n >= 3 && (isHeadingLike(t) || strings.HasSuffix(prevLine, "：")) {
					// The top numbering starts again at 1 with no part
					// heading between (the review's items, then "重点做好
					// 十个方面工作：" and the year's tasks): a new run of
					// the same level.
					d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: "heading " + clip(heading) + " starts the numbering again after " + clip(stack[idx].heading)})
					stack = stack[:idx]
				} else if idx == 0 && (n == stack[idx].n+2 || n == stack[idx].n+3) && isHeadingLike(t) {
					// A top-level heading standing alone whose number skips
					// one or two: the headings before it were lost (a
					// library's excerpt leaves parts out, 一、 then 四、).
					missing := "one heading is missing"
					if n == stack[idx].n+3 {
						missing = "two headings are missing"
					}
					d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: "heading " + clip(heading) + " follows " + clip(stack[idx].heading) + ": " + missing})
					stack = stack[:idx]
				} else {
					ok = false
					d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: "heading " + clip(heading) + " breaks the sequence after " + clip(stack[idx].heading)})
				}
			} else if !unnumbered && n != 1 && n != last[style]+1 {
				if lost = lostFirst(style, n, t, last, stack); lost {
					d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: "heading " + clip(heading) + " starts its numbering at " + itoa(n) + ": the file lost its beginning"})
				} else if lost = midStart(style, n, t, heading, heads, stack); lost {
					d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: "heading " + clip(heading) + " starts its numbering at " + itoa(n) + ": the text starts in the middle of the report"})
				} else {
					ok = false
					d.Warnings = append(d.Warnings, Warning{Line: lineNo, Message: "heading " + clip(heading) + " does not continue a sequence; kept as text"})
				}
			}
			if lvl, marked := d.headingHints[t]; ok && idx < 0 && unnumbered && marked && style == "h"+itoa(lvl) {
				// A heading the file marks without a number (a Word
				// heading style with its numbering switched off) closes
				// the open headings it marks at its level or below: a
				// part beside the numbered parts, not a point under them.
				for len(stack) > 0 && stack[len(stack)-1].mark >= lvl {
					stack = stack[:len(stack)-1]
				}
			}
			if ok && idx < 0 {
				// A new style nests under the open headings, unless by the
				// usual order (一、 （一） 1. （1） ①) it outranks them: a
				// list in the preamble does not swallow the 一、 after it.
				if r, known := rank(style); known {
					for len(stack) > 0 {
						tr, tk := rank(stack[len(stack)-1].style)
						if !tk || tr < r {
							break
						}
						stack = stack[:len(stack)-1]
					}
				}
			}
			if ok {
				last[style] = n
				path := make([]string, len(stack))
				for i, f := range stack {
					path[i] = f.heading
				}
				stack = append(stack, frame{style, n, heading, d.headingHints[t]})
				heads = append(heads, headLine{style: style, start: off, headEnd: off + lead + len(heading), level: len(stack), heading: heading, path: path, lost: lost})
			}
		}
		prevLine = t
		off = end + 1
	}
	heads = dropPreambleLists(heads, styleRank)
	if d.Kind == "政府工作报告" && shortOutline(heads) {
		heads = inferHeads(body, heads, segs[0].o.notes, d.leadMarks, d.tableRows)
	}
	add := func(start, headEnd, end int, h headLine) {
		s := Section{
			Heading:  h.heading,
			Level:    h.level,
			Path:     h.path,
			Inferred: h.inferred,
			Ordinal:  len(d.Sections),
			Text:     sectionText(body[headEnd:end], h.heading),
			Joint:    sectionJoint(body[headEnd:end], h.heading),
			Start:    start,
			End:      end,
		}
		if s.Path == nil {
			s.Path = []string{}
		}
		if d.ID != "" {
			s.DocID = d.ID
			s.ID = SectionID(d.ID, s.Ordinal)
		}
		d.Sections = append(d.Sections, s)
	}
	first := len(body)
	if len(heads) > 0 {
		first = heads[0].start
	}
	if first > 0 {
		add(0, 0, first, headLine{})
	}
	for i, h := range heads {
		end := len(body)
		if i+1 < len(heads) {
			end = heads[i+1].start
		}
		add(h.start, h.headEnd, end, h)
	}
}

// pieceStarts returns the line numbers that open the pieces of a page
// holding several papers. A copy site's label for a later piece (篇2,
// 【篇三】, 某某工作报告篇二) opens one, and so does the first piece's label
// when a later one is on the page. A paper's title over its greeting (a
// subtitle, date or speaker line between) opens one when another such
// title follows it, or when the page's first greeting came before it: a
// second report then starts with its title alone, as a year's report with
// the year's before under it. A site's bare numbers over its pieces'
// titles (1 / 某某工作总结) open them too.
func pieceStarts(lines []outlineLine) map[int]bool {
	starts := map[int]bool{}
	later := false
	for _, l := range lines {
		later = later || pieceLabelNumber(l.text) >= 2
	}
	var titled []int
	greeted := false
	for i, l := range lines {
		if n := pieceLabelNumber(l.text); n >= 2 || n == 1 && later {
			starts[l.no] = true
		}
		if greetsUnder(lines, i) {
			no := l.no
			if !greeted && len(titled) == 0 {
				no = -no // the first: a piece only if another follows
			}
			titled = append(titled, no)
		}
		greeted = greeted || greetRe.MatchString(normLine(l.text)) || pieceHailRe.MatchString(normLine(l.text))
	}
	for _, no := range numberedPieces(lines) {
		starts[no] = true
	}
	if len(titled) >= 2 || len(titled) == 1 && titled[0] > 0 {
		for _, no := range titled {
			starts[max(no, -no)] = true
		}
	}
	return starts
}

// pieceDepth returns 1 when the open headings are under a piece of the
// page (篇), 0 otherwise: what a heading that closes all the piece's own
// headings keeps open.
func pieceDepth(stack []frame) int {
	if len(stack) > 0 && stack[0].style == "篇" {
		return 1
	}
	return 0
}

// pieceOutline is the pre-scan of one piece of a page: its outline from
// its first line on (from; 0 for the page's start), and its bare year
// parts.
type pieceOutline struct {
	from      int
	o         bareOutline
	yearParts map[int]bool
}

// scanPieces pre-scans each piece of the page apart (starts: the lines
// that open one): a piece's bare headings and its notes (名词解释 under a
// report, a later report under them) are its own. A page of one piece is
// one scan.
func scanPieces(lines []outlineLine, starts map[int]bool, rows map[string]bool) []pieceOutline {
	var segs []pieceOutline
	from, begin := 0, 0
	add := func(end int) {
		o := scanOutline(lines[begin:end], rows)
		segs = append(segs, pieceOutline{from, o, bareYearParts(lines[begin:end], o)})
	}
	for i, l := range lines {
		if starts[l.no] && i > begin {
			add(i)
			from, begin = l.no, i
		}
	}
	add(len(lines))
	return segs
}

// pieceLabelNumber returns the number of a copy site's label for a piece
// of its collection that opens l, in either form (篇2, 【篇二】…, or the
// headline with 篇二 after it), or 0.
func pieceLabelNumber(l string) int {
	return max(pieceNumber(l), tagPieceNumber(l))
}

// pieceGreetRe matches the greeting that opens a report, its address
// ended by a colon (各位代表：, 各位代表、同志们：); a part's first words
// address the deputies with a comma or a bang (各位代表，今年是…).
var pieceGreetRe = mustLitRe(`^(?:各位代表|各位主任、?委员)(?:[、，,]\p{Han}{1,10}){0,3}[：:]`)

// pieceHailRe matches the greeting that opens a paper read out to a
// meeting other than the deputies, ended by a colon (同志们：, 尊敬的各位
// 领导、同志们：, 各位来宾，老师们：).
var pieceHailRe = mustLitRe(`^(?:尊敬的)?(?:各位领导|各位来宾|各位同事|各位同仁|同志们|同事们)(?:[、，,]\p{Han}{1,10}){0,3}[：:]`)

// reportOpenRe matches a report's first sentence, which stands in for its
// lost greeting (现在，我代表县人民政府向大会报告工作).
var reportOpenRe = mustLitRe(`^现在[，,]?我代表\p{Han}{2,20}?向`)

// pieceTitleRe matches the end of a paper's title that opens a piece: a
// report or a summary (a part's bare heading may end in 安排 or 任务).
var pieceTitleRe = mustLitRe(`(?:报告|总结)$`)

// paperTitle reports whether t reads as the title of a paper that may
// open a piece: a work report's, or a title ending in 报告 or 总结.
func paperTitle(t string) bool {
	if utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, "。；：:，,") || headingMarker(t) != nil {
		return false
	}
	return titleLineRe.MatchString(t) || isTitleLine(normLine(t)) && pieceTitleRe.MatchString(fullTextRe.ReplaceAllString(copyTagRe.ReplaceAllString(t, ""), ""))
}

// numberedPieces returns the line numbers of a copy site's bare numbers
// (1 / 2 alone on their lines) when each stands over a paper's title and
// they count up from 1 to 2 or more: the site's labels of its pieces. A
// report's parts numbered so stand over their headings, not over titles.
func numberedPieces(lines []outlineLine) []int {
	var nos []int
	for i, l := range lines {
		if v := bareNumber(l.text); v > 0 {
			if v != len(nos)+1 || i+1 == len(lines) || !paperTitle(lines[i+1].text) {
				return nil
			}
			nos = append(nos, l.no)
		}
	}
	if len(nos) < 2 {
		return nil
	}
	return nos
}

// bareNumber returns the number a line holds alone, in figures (2) or
// Chinese numerals (二), up to 20, or 0.
func bareNumber(t string) int {
	if v, err := strconv.Atoi(strings.TrimSpace(t)); err == nil && v <= 20 {
		return max(v, 0)
	}
	return loneNumeral(t)
}

// greetsUnder reports whether lines[i] is a paper's title whose greeting
// (各位代表：) follows it within its title block: at most four short lines
// between, each a subtitle (——在…会议上, its session's words wrapped to
// a line of their own), a date or a speaker.
func greetsUnder(lines []outlineLine, i int) bool {
	t := lines[i].text
	if !paperTitle(t) {
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+5; j++ {
		l := normLine(lines[j].text)
		switch {
		case pieceGreetRe.MatchString(l) || reportOpenRe.MatchString(l):
			return true
		case pieceHailRe.MatchString(l):
			// A year's part (2031年工作总结) hailing its hearers is no
			// paper's title.
			return !yearPartRe.MatchString(arabicYears(t))
		case utf8.RuneCountInString(l) > 60 || strings.ContainsAny(l, "。；！？"):
			return false
		case !titleBlockLine(l) && !strings.HasPrefix(l, "—") && !strings.HasPrefix(l, "－") && !strings.HasPrefix(l, "（") && !strings.HasPrefix(l, "(") && !strings.HasSuffix(l, "会议上"):
			return false
		}
	}
	return false
}

// bareYearParts returns the line numbers of the bare headings that are a
// report's parts when its other bare headings are its leads, of two
// clauses or more (一年来，我们…，…; 坚持…，…): the parts outrank the leads,
// which nest under them. A part names a year's part (2031年工作回顾, 2032年
// 工作安排, “十五五”时期主要目标任务) or reads as a part of its own (加强政府
// 自身建设, 阔步迈上新征程: one clause; a lead may name 自身建设 in a later
// clause, 一年来，我们…，自身建设更加严实). It returns nil when the bare
// headings are not parts (o.parts), when the preamble announced them (all
// of one rank), when there is no lead, and when no part names a year's
// part: they are all parts then.
func bareYearParts(lines []outlineLine, o bareOutline) map[int]bool {
	if !o.parts || len(o.announced) > 0 || len(o.bare) < 2 {
		return nil
	}
	parts := map[int]bool{}
	items := reviewItems(lines, o)
	leads, own := 0, 0
	for _, l := range lines {
		if !o.bare[l.no] {
			continue
		}
		t := arabicYears(strings.TrimSpace(l.text))
		switch {
		case yearPartRe.MatchString(t) || fivePlanPartRe.MatchString(t):
			parts[l.no] = true
		case items[l.no]:
			leads++
		case strings.Contains(firstClause(t), "自身建设") || partEndRe.MatchString(t) || !strings.ContainsAny(t, "，,"):
			// A part of its own (加强政府自身建设, 2032年主要工作及措施,
			// 阔步迈上新征程): a lead has two clauses at least.
			own++
			parts[l.no] = true
		default:
			leads++
		}
	}
	if len(parts) == own || leads == 0 {
		return nil
	}
	return parts
}

// reviewItems returns the line numbers of the bare headings that stand
// under a part reviewing the past (2031年工作回顾, 过去五年工作回顾) up to the
// next part, when two or more do: the review's items, which a report
// without numbers gives as short lines of one clause (工业经济稳中有进) as
// often as of two. A line that names a part's work (2032年工作安排, 今年的
// 主要任务, 今后五年的目标和任务) or a year (努力做好2032年各项工作) ends the
// review, and so does a numbered heading before any bare one: the review
// numbers its items.
func reviewItems(lines []outlineLine, o bareOutline) map[int]bool {
	items := map[int]bool{}
	var run []int
	open := false
	flush := func() {
		if len(run) >= 2 {
			for _, no := range run {
				items[no] = true
			}
		}
		run = nil
	}
	for _, l := range lines {
		if !o.bare[l.no] {
			if open && len(run) == 0 && headingMarker(l.text) != nil {
				open = false // the review numbers its items
			}
			continue
		}
		t := arabicYears(strings.TrimSpace(l.text))
		switch {
		case reviewPart(t):
			flush()
			open = true
		case yearPartRe.MatchString(t) || fivePlanPartRe.MatchString(t) || partEndRe.MatchString(t) || titleYearsRe.MatchString(t) || aimsEndRe.MatchString(t):
			flush()
			open = false
		case open:
			run = append(run, l.no)
		}
	}
	flush()
	return items
}

// reviewPart reports whether t heads a part that reviews a year, a
// five-year plan's period or the government's term.
func reviewPart(t string) bool {
	if termPartRe.MatchString(t) {
		return true
	}
	return (yearPartRe.MatchString(t) || fivePlanPartRe.MatchString(t)) && reviewEndRe.MatchString(t)
}

// aimsEndRe matches the end of a heading that names aims to come (今后五年的
// 目标和任务, “十六五”发展的主要目标): a part, where a review's item names
// what was done (年度目标任务圆满完成).
var aimsEndRe = mustLitRe(`(?:目标|任务|目標|任務)$`)

// reviewEndRe matches the end of a part's heading that reviews the past
// (…工作回顾, …工作总结, …时期发展成就).
var reviewEndRe = mustLitRe(`(?:回顾|回顧|总结|總結|成就)$`)

// firstClause returns t up to its first comma.
func firstClause(t string) string {
	if i := strings.IndexAny(t, "，,"); i >= 0 {
		return t[:i]
	}
	return t
}

// hintedHead returns the lines of the title block that the file marked as
// headings (a PDF converter's Markdown puts "# " before the title, the date
// line and the speaker alike): in the run of marked lines that opens the
// body, each line followed by another marked line, and the last one when
// it is a title, date or speaker line or the greeting follows it.
func hintedHead(d *Document, lines []outlineLine) map[int]bool {
	hinted := func(t string) bool {
		_, ok := d.headingHints[t]
		return ok && headingMarker(t) == nil
	}
	head := map[int]bool{}
	for i, l := range lines {
		if !hinted(l.text) {
			break
		}
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1].text
		}
		if hinted(next) || greetRe.MatchString(normLine(next)) || titleBlockLine(l.text) || isTitleLine(normLine(l.text)) {
			head[l.no] = true
		}
	}
	return head
}

// dropPreambleLists turns back into text the headings before the first
// top-level heading of the document's highest-ranking style, when all of
// them rank below it: "1、坚持稳中求进；" in a preamble is a list, not a
// part of the report.
func dropPreambleLists(heads []headLine, rank func(string) (int, bool)) []headLine {
	top, found := 0, false
	for _, h := range heads {
		if r, ok := rank(h.style); ok && h.level == 1 && (!found || r < top) {
			top, found = r, true
		}
	}
	if !found {
		return heads
	}
	for i, h := range heads {
		r, ok := rank(h.style)
		if !ok {
			return heads
		}
		if h.level == 1 && r == top {
			if h.lost {
				// the items before it are the lost part's, not a list
				return heads
			}
			return heads[i:]
		}
	}
	return heads
}

// lostFirst reports whether the heading line t, numbered n in a style not
// seen before, opens a file whose beginning was lost: a part 二、 standing
// alone as a heading, under items of a lower style (（一）…（八） of the
// review whose part 一、 and its heading the file lacks). Its number is
// 2: a file that lost more than one part lost the report.
// nextOfOpen reports whether t, a line of a heading's style hm, is the
// next heading after one of its style still open (二、工作目标 under 一、):
// short, one phrase without punctuation, or a bracketed point's lead
// sentence of one phrase that its text follows (（二）文物保护利用扎实推进。
// 完成…). A paragraph above it that lost its full stop (…推动我校教育事业又
// 快又好发展, …覆盖率达到100%) does not make it a sentence's continuation.
func nextOfOpen(stack []frame, hm *marker, t string) bool {
	rest := t[hm.end:]
	if (utf8.RuneCountInString(rest) > 15 || strings.ContainsAny(rest, "，。；：、,.;:")) && !leadPhrase(rest, hm.style) {
		return false
	}
	for _, f := range stack {
		if f.style == hm.style {
			return f.n == hm.n-1
		}
	}
	return false
}

// nextPoint reports whether hm numbers the next point of a list whose
// points stand as headings: the heading open in hm's style is numbered
// one less (3. under an open 2.).
func nextPoint(stack []frame, hm *marker) bool {
	for _, f := range stack {
		if f.style == hm.style {
			return f.n == hm.n-1
		}
	}
	return false
}

// lostLastStop reports whether l, a line that stops in the middle of a
// sentence, is a paragraph of several sentences that lost only its last
// full stop (…在艺体学习方面有新突破), not a line a wrap cut: a sentence
// ends inside it, and it ends on a word, not on a word that wants more
// after it (在, 的, 和) or a comma.
func lostLastStop(l string) bool {
	r, size := utf8.DecodeLastRuneInString(l)
	if !IsHan(r) || strings.ContainsRune(runInNoEnd, r) {
		return false
	}
	return strings.ContainsAny(l[:len(l)-size], "。！？；")
}

// longPointHeading returns the heading of a point whose line is one long
// sentence (longer than headingText takes, 60 characters, with no clause
// to cut at): the sentence up to its end, when it ends within 120
// characters, or "".
func longPointHeading(t string, hm *marker) string {
	n := 0
	for i, r := range t[hm.end:] {
		if n++; n > 120 {
			return ""
		}
		if strings.ContainsRune("。！？；", r) {
			return t[:hm.end+i+utf8.RuneLen(r)]
		}
	}
	return ""
}

// leadPhrase reports whether rest, a point's line after its bracketed
// marker (style （一）), opens with a lead sentence of one phrase, 4 to 20
// characters with no comma, that more text follows.
func leadPhrase(rest, style string) bool {
	e := strings.Index(rest, "。")
	if !strings.HasPrefix(style, "（") || e < 0 || e+len("。") == len(rest) || strings.ContainsAny(rest[:e], "，、；：,;:（") {
		return false
	}
	n := utf8.RuneCountInString(rest[:e])
	return n >= 4 && n <= 20
}

// opensSequence reports whether t, a line of a heading's style hm, opens
// that style's sequence: numbered 1 in a style not seen before, short, one
// phrase without punctuation, and a line further down carries the style's
// number 2 (一、本届政府工作回顾 … 二、今后五年的目标), or the first
// numbered line below opens a lower style at 1 (（一） under 一、, in a
// copy cut before its 二、). The line above it may stop without a sentence
// end all the same: a subtitle (——某区2031年工作总结和2032年工作安排) or a
// greeting whose full stop the copy lost (…请予审议). Only then does it
// look further down the text.
func opensSequence(body string, end int, stack []frame, last map[string]int, hm *marker, t string) bool {
	if hm.n != 1 || last[hm.style] != 0 {
		return false
	}
	rest := t[hm.end:]
	if utf8.RuneCountInString(rest) > 15 || strings.ContainsAny(rest, "，。；：、,.;:") {
		return false
	}
	for _, f := range stack {
		if f.style == hm.style {
			return false
		}
	}
	child := false
	for off := end; off < len(body); {
		l := body[off+1:]
		k := strings.IndexByte(l, '\n')
		if k >= 0 {
			l = l[:k]
		}
		if m := headingMarker(strings.TrimSpace(l)); m != nil {
			if m.style == hm.style && m.n == 2 {
				return true
			}
			if !child && m.style != hm.style {
				// The first numbered line below opens a lower style:
				// （一） under 一、.
				child = true
				r, ok := styleRank(hm.style)
				mr, mok := styleRank(m.style)
				if m.n == 1 && ok && mok && mr > r {
					return true
				}
			}
		}
		if k < 0 {
			break
		}
		off += 1 + k
	}
	return false
}

func lostFirst(style string, n int, t string, last map[string]int, stack []frame) bool {
	r, known := styleRank(style)
	if n != 2 || last[style] != 0 || !known || len(stack) == 0 || !isHeadingLike(t) {
		return false
	}
	for _, f := range stack {
		if fr, ok := styleRank(f.style); !ok || fr <= r {
			return false
		}
	}
	return true
}

// midStart reports whether a heading numbered n (三、) is the first
// heading of a text that starts in the middle of a report: one page of a
// copy paginated over several, one chapter of a book that prints the
// report over several, a newspaper's continuation page. No heading came
// before it, it is numbered in Chinese numerals as a part or a chapter is
// (三、, （三）, 第三章; not 3、, which also numbers a collection's pieces
// and a list's items), and it reads as a heading: alone on its line, or
// run in, its first sentence (heading, as headingText cut it) as short as
// a heading alone on its line and the line going on after it (（七）更好
// 统筹发展和安全。坚定不移…, as reports print their sections). A run-in
// "heading" whose words open with a numeral is a sentence opening with a
// range (二、三月份，…; 三、四季度是…), not a heading.
func midStart(style string, n int, t, heading string, heads []headLine, stack []frame) bool {
	if len(heads) > 0 || len(stack) > 0 || n < 2 || n > 12 {
		return false
	}
	if !isHeadingLike(t) && !runInMidHeading(t, heading) {
		return false
	}
	r, known := styleRank(style)
	return known && r <= 4
}

// runInMidHeading reports whether heading, the first sentence of line t
// cut by headingText, is a run-in heading that may open a text starting
// mid-report: the line goes on after it, it ends with a full stop, it is no
// longer than a heading alone on its line (40 characters), and its words
// do not open with a Chinese numeral (二、三月份 is a range of months).
func runInMidHeading(t, heading string) bool {
	if len(heading) >= len(t) || !strings.HasSuffix(heading, "。") || utf8.RuneCountInString(heading) > 40 {
		return false
	}
	hm := headingMarker(heading)
	if hm == nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(heading[hm.end:])
	return !isCNDigit(r)
}

// styleRank returns the usual rank of a numbering style in Chinese official
// documents (GB/T 9704: 一、 above （一） above 1. above （1）; the ordinals
// 第一， of old reports between （一） and 1.), which
// decides only where a new style goes when the styles already open rank
// below it.
func styleRank(style string) (int, bool) {
	switch style {
	case "第一部分", "第一篇":
		return 0, true
	case "第一章":
		return 1, true
	case "第一节":
		return 2, true
	case "一、", "一.", "一，":
		return 3, true
	case "（一", "〔一", "甲、":
		return 4, true
	case "第一、", "第一，":
		return 5, true
	case "1、", "1.":
		return 6, true
	case "（1", "〔1":
		return 7, true
	case "①":
		return 8, true
	}
	return 0, false
}

// loneNumeral returns the value of t when it is a Chinese numeral from 一
// to 二十 and nothing else (the number of a book's part, alone on its
// line), 0 otherwise.
func loneNumeral(t string) int {
	t = strings.Join(strings.Fields(t), "")
	if t == "" || utf8.RuneCountInString(t) > 3 {
		return 0
	}
	n, k := cnNumber(t)
	if k != len(t) || n > 20 {
		return 0
	}
	return n
}

// sectionText returns a section's text, the body after its heading, less
// the comma a heading cut off at its first clause leaves in front
// (（1）促进重点群体就业增收 / ，开发公益性岗位…): the comma parts the two in
// the line, and no text opens with one.
func sectionText(rest, heading string) string {
	t := strings.TrimSpace(rest)
	if heading != "" {
		t = strings.TrimSpace(strings.TrimLeft(t, "，,"))
	}
	return t
}

// sectionJoint returns the Joint of a section whose heading is followed by
// rest: the marks sectionText cuts from the start of the text (a comma)
// when the text goes on the heading's line or those marks are on it, " "
// when only space stands between them on one line, "" when the text starts
// on a line of its own or there is none.
func sectionJoint(rest, heading string) string {
	text := sectionText(rest, heading)
	if heading == "" || text == "" {
		return ""
	}
	lead := rest[:strings.Index(rest, text)]
	if marks := strings.Join(strings.FieldsFunc(lead, unicode.IsSpace), ""); marks != "" {
		return marks
	}
	if strings.ContainsAny(lead, "\n\r") {
		return ""
	}
	return " "
}

// romanTailRe matches the Roman numeral of a bilingual heading's English
// title glued after its Chinese one, in group 1: 工作回顾I., 主要任务II.
var romanTailRe = mustLitRe(`\p{Han}([IVX]{1,4}\.)$`)

// headingText returns the heading part of the line t that starts with the
// marker hm: the whole line when it is short, the first sentence when the
// text follows on the same line, or the first clause of a long sentence.
// A bilingual heading's English numeral glued after it (…工作回顾I.) is
// left to the text. It returns "" when no heading can be told apart.
func headingText(t string, hm *marker) string {
	if end := planPartEnd(t, hm); end > 0 {
		return t[:end]
	}
	runes := 0
	comma := -1
	for i, r := range t {
		if i >= hm.end {
			if strings.ContainsRune("。！？；：", r) {
				if r == '：' && utf8.RuneCountInString(t) <= 30 && !strings.ContainsAny(t[i:], "。！？；") {
					// a short line whose words after the colon end no
					// sentence: the heading's second half, not its text
					// (一、党建工作：深化实践，服务提质)
					return t
				}
				if runes <= 60 {
					return t[:i+utf8.RuneLen(r)]
				}
				break
			}
			if (r == '，' || r == ',') && comma < 0 && runes <= 40 {
				comma = i
			}
		}
		runes++
	}
	if strings.HasSuffix(t, ".") {
		if m := romanTailRe.FindStringSubmatchIndex(t); m != nil && m[2] > hm.end {
			// A bilingual heading whose English title went to the next
			// line, its numeral glued after the Chinese (一、2031年工作
			// 回顾I.): the numeral is the English title's, not the
			// heading's.
			return t[:m[2]]
		}
	}
	if utf8.RuneCountInString(t) <= 60 {
		return t
	}
	if comma > hm.end {
		return t[:comma]
	}
	// A part's heading run together with its text, in a file that lost
	// its line breaks: 二、2010年主要任务今年是… ends at the word that ends
	// such headings.
	if m := partEndRe.FindStringIndex(t[hm.end:]); m != nil {
		end := hm.end + m[1]
		// The requirements are named with the year's aims more often than
		// alone (2031年工作总体要求和主要目标, 总体要求和目标任务): the words
		// that end the heading go on through them.
		if n := aimsTailRe.FindStringIndex(t[end:]); n != nil && strings.HasSuffix(t[:end], "总体要求") {
			end += n[1]
		}
		return t[:end]
	}
	return ""
}

// aimsTailRe matches the aims that a part's heading names after its
// general requirements (和主要目标, 和主要预期目标, 和目标任务, 及主要目标).
var aimsTailRe = mustLitRe(`^(?:和|及|与)(?:主要)?(?:预期)?目标(?:任务)?`)

// planPartRe matches the name of a plan's part that its text may follow
// on the same line with no mark between (一、指导思想本学期学校工作以…，
// 二、工作目标以德育为魂，…): the name, then a Han character that goes on
// with a sentence, not with the name (指导思想和工作目标).
var planPartRe = mustLitRe(`^(?:指导思想|工作目标|主要目标|总体目标|主要措施|工作措施|具体措施|保障措施|总体要求|工作思路)[^和及与、，,。；：:！？\s（(“0-9]`)

// planPartEnd returns the end of a plan part's name that opens t after its
// marker hm when the part's text follows it on the line (t is longer than
// a heading, 60 characters, or a sentence of 20 follows the name), or 0.
func planPartEnd(t string, hm *marker) int {
	if hm.end >= len(t) || !strings.HasPrefix(t[hm.end:], "指导") && !strings.HasPrefix(t[hm.end:], "工作") &&
		!strings.HasPrefix(t[hm.end:], "主要") && !strings.HasPrefix(t[hm.end:], "总体") && !strings.HasPrefix(t[hm.end:], "具体") &&
		!strings.HasPrefix(t[hm.end:], "保障") {
		return 0
	}
	if !planPartRe.MatchString(t[hm.end:]) {
		return 0
	}
	end := hm.end + len("指导思想") // every name is four characters
	if utf8.RuneCountInString(t) <= 60 && (utf8.RuneCountInString(t[end:]) < 20 || !strings.ContainsAny(t[end:], "，。；")) {
		// a short line is the heading whole (二、工作目标任务) unless
		// what follows the name is a sentence of its own (一、指导思想
		// 认真学习…精神，坚持…，扎实推进素质教育。)
		return 0
	}
	return end
}

// titleBlockLine reports whether l is a line of a report's title block
// that stops without a sentence end by nature: a date line or a speaker
// line (a heading right below it starts the report).
func titleBlockLine(l string) bool {
	l = normLine(l)
	return isDateLine(l) || dateTailRe.MatchString(l) || isSpeaker(l)
}

// partEndRe matches the words that end the heading of a report's review
// or plan part (2009年工作回顾, 2010年主要任务, 对2018年政府工作的建议,
// 2024年经济社会发展总体要求和政策取向), within the first 30 characters.
var partEndRe = mustLitRe(`^[^。！？；：，,\n]{0,26}?(?:` + partEndWords + `)`)

// partEndWords are the words that end the heading of a report's part, the
// longer of two first (总体要求和政策取向 before 总体要求).
const partEndWords = `回顾|主要任务|工作任务|重点任务|工作安排|重点工作|总体部署|工作部署|总体要求和政策取向|政策取向|总体要求|工作的建议|工作建议`

// isOneSentence reports whether t is a short line of one sentence at most
// (a point standing alone: "第一，集中力量办好农业，争取好收成。").
func isOneSentence(t string) bool {
	body := strings.TrimRight(t, "。！？；")
	return utf8.RuneCountInString(t) <= 50 && !strings.ContainsAny(body, "。！？；")
}

// clip shortens s for a warning.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 20 {
		return s
	}
	r := []rune(s)
	return string(r[:20]) + "…"
}

// nextText returns the first line after the byte offset end of body that
// holds more than spaces, trimmed; "" when there is none.
func nextText(body string, end int) string {
	for end < len(body) {
		rest := body[end+1:]
		l, _, _ := strings.Cut(rest, "\n")
		if t := strings.TrimSpace(l); t != "" {
			return t
		}
		k := strings.IndexByte(rest, '\n')
		if k < 0 {
			break
		}
		end += 1 + k
	}
	return ""
}

// numberCell reports whether l is a table's cell that holds a figure
// alone (8, 12.5, 30%), as a table saved one cell a line shows it.
func numberCell(l string) bool {
	l = strings.TrimSpace(strings.Trim(l, "|｜ "))
	return l != "" && len(l) <= 12 && strings.Trim(l, "0123456789.%") == "" && l[0] != '.'
}
