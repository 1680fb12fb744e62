package corpus

// Paragraphs run together
//
// A file that lost its line breaks may keep its paragraphs apart only by
// the indent each one began with (two ideographic spaces, no-break spaces)
// or by a double space: "政府工作报告　　——2032年…会议上　　各位代表：　　现在，
// …。　　一、2031年工作回顾　　过去一年，…". In a line long enough to be such a
// file (splitGaps), those gaps become line breaks where a paragraph can
// end: after a sentence's end, after a short piece without a comma (a
// title, a date line, a speaker, a heading such as 一、2031年工作回顾), or
// before a numbered heading; not between a speaker's office and name
// (县长　　苏青禾), nor between the characters of a word set letter-spaced
// (共　同　富　裕), which keep one space.

import (
	"strings"
	"unicode/utf8"
)

// gapRe matches a gap between paragraphs: an ideographic space, or two
// spaces or more of any width.
var gapRe = mustLitRe(`[ \t\x{00a0}]*\x{3000}[ \t\x{00a0}\x{3000}]*|[ \t\x{00a0}]{2,}`)

// Bounds of a line taken for paragraphs run together: so many characters
// and gaps at least.
const (
	gapLineRunes = 500
	gapLineGaps  = 3
)

// splitGaps returns text with the paragraphs of its run-together lines on
// lines of their own (see above); other lines stay as they are. Once a
// line of the file is such a line, a shorter one with gapLineGaps gaps is
// one too: a page that kept a line break only now and then (at every
// eighth paragraph, at a block's end) runs its head together in a line of
// a few hundred characters (a collector's header, the title, the date
// line), which must read as lines as the rest does.
func splitGaps(text string) string {
	if !strings.ContainsAny(text, "\u3000\u00a0 ") {
		return text
	}
	lines := strings.Split(text, "\n")
	long := false // a line of the file is long enough to be run together
	for _, l := range lines {
		if len(l) >= gapLineRunes && utf8.RuneCountInString(l) >= gapLineRunes && len(gapRe.FindAllStringIndex(l, gapLineGaps)) == gapLineGaps {
			long = true
			break
		}
	}
	if !long {
		return text
	}
	changed := false
	for i, l := range lines {
		if len(l) < 2*gapLineGaps {
			continue
		}
		gaps := gapRe.FindAllStringIndex(l, -1)
		if len(gaps) < gapLineGaps {
			continue
		}
		var b strings.Builder
		start := 0 // the start of the current paragraph
		last := 0  // the end of the last gap written
		for _, g := range gaps {
			b.WriteString(l[last:g[0]])
			last = g[1]
			piece := strings.TrimSpace(l[start:g[0]])
			if g[0] == 0 || piece == "" {
				continue
			}
			if g[1] == len(l) {
				break
			}
			if spacedWordGap(l, g[0], g[1]) {
				// 共　同　富　裕: a word set letter-spaced, not paragraphs
				b.WriteByte(' ')
				continue
			}
			if paragraphEnds(piece, l[g[1]:]) {
				b.WriteByte('\n')
				start = g[1]
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l[last:])
		lines[i] = b.String()
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// paragraphEnds reports whether a gap after piece (the text since the last
// paragraph break) and before rest ends a paragraph.
func paragraphEnds(piece, rest string) bool {
	r, _ := utf8.DecodeLastRuneInString(piece)
	if strings.ContainsRune("。！？；：…”’」』）)", r) {
		return true
	}
	if headingMarker(strings.TrimLeft(rest, " \t\u3000\u00a0")) != nil {
		return true
	}
	n := utf8.RuneCountInString(piece)
	if n <= 60 && !strings.ContainsAny(piece, "，,。；") {
		// a title, a date line, a speaker, a heading; but 县长 before the
		// speaker's name is not a paragraph
		return !(n <= 8 && speakerOfficeRe.MatchString(piece))
	}
	return false
}

// speakerOfficeRe matches a speaker's office alone (国务院总理, 省长, 某市
// 人民政府代市长), whose name follows it.
var speakerOfficeRe = mustLitRe(`(?:总理|省长|市长|州长|盟长|区长|县长|旗长|镇长|乡长|主席|专员)$`)
