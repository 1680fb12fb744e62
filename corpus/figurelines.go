package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// figureLineRe matches a line that holds a figure or a masked name and
// nothing else (XX, 14.9%, 77.8 %, 1—10, 2033, GDP): a PDF whose figures
// and latin runs were set in another font than the text around them gives
// each of them a line of its own in its text layer.
var figureLineRe = mustLitRe(`^(?:[0-9０-９][0-9０-９.．,]*(?:\s*[—–\-~～至]\s*[0-9０-９][0-9０-９.．,]*)?\s*[%％‰]?|[XxＸｘ×＊*]{1,6}(?:\.[XxＸｘ×＊*0-9]{1,4})?\s*[%％]?|[A-Za-z]{2,8})$`)

// unitOpenRe matches the start of a line that goes on after a bare number:
// its unit, a closing mark or the rest of a date (年, 月份, 亿元, 家涉林企业,
// %；). A page number alone between two pieces of a sentence is followed by
// the next page's words, which no unit opens.
var unitOpenRe = mustLitRe(`^(?:\s*[%％‰、，；;。）)]|[年月日号亿万千百元个家人户亩项件所名座条次批吨辆台套张间处支倍余多])`)

// figureLines counts the lines of lines that figureLineRe matches between
// two lines that are not blank.
func figureLines(lines []string) int {
	n := 0
	for i := 1; i+1 < len(lines); i++ {
		if lines[i-1] != "" && lines[i+1] != "" && figureLineRe.MatchString(lines[i]) {
			n++
		}
	}
	return n
}

// joinFigureLines joins each figure or masked name that a PDF's text layer
// set alone on its line to the two pieces of the sentence around it
// (完成地区生产总值 / XX / 亿元，增长 / 5% / ；, 现在，我代表 / XX /
// 镇人民政府向大会报告工作): on lines that short the wrap repair sees no
// running text, so each piece stayed a paragraph of its own. Only a text
// with three such lines at least is read so; a bare number goes on only
// before its unit (2 / 家企业), so a page number between two pieces of a
// sentence stays where it is; the line above must stop inside a sentence
// (or at a semicolon) and be no title, and the line below must be no
// heading, greeting or line of a title block. A line that opened a
// paragraph still opens it once joined.
func joinFigureLines(lines []string, title string, starts map[string]bool) []string {
	if figureLines(lines) < 3 {
		return lines
	}
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if len(out) == 0 || i+1 >= len(lines) || !figureLineRe.MatchString(l) {
			out = append(out, l)
			continue
		}
		p, next := out[len(out)-1], lines[i+1]
		if !figureGoesOn(p, l, next, title) {
			out = append(out, l)
			continue
		}
		joined := p + l
		if !figureLineRe.MatchString(next) && !starts[next] && pieceGoesOn(next) {
			joined += next
			i++
		}
		if starts != nil && starts[p] {
			starts[joined] = true
		}
		out[len(out)-1] = joined
	}
	return out
}

// figureGoesOn reports whether the figure line f stands inside the
// sentence that p stops in and next goes on with.
func figureGoesOn(p, f, next, title string) bool {
	if p == "" || next == "" || p == title || isMarkerOnly(p) || isMarkerOnly(f) || isSubtitle(p) || isDateLine(p) || looseSpeakerRe.MatchString(p+f) {
		return false
	}
	if !endsMidSentence(p) && !strings.ContainsRune("；;", lastRune(p)) || runsIntoFigure(p, f) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(f); unicode.IsDigit(r) && strings.Trim(f, "0123456789０１２３４５６７８９—–-~～至 ") == "" {
		return unitOpenRe.MatchString(next)
	}
	return pieceGoesOn(next) || figureLineRe.MatchString(next)
}

// pieceGoesOn reports whether l may be the rest of a sentence cut before
// it: no heading's marker, greeting, field label or title-block line
// opens it.
func pieceGoesOn(l string) bool {
	return headingMarker(l) == nil && !isMarkerOnly(l) && !greetingLineRe.MatchString(l) && !opensTitleBlockLine(l) &&
		!labelRe.MatchString(l) && !collectorKeyRe.MatchString(l) && !isYearTitleLine(l) && !listItemRe.MatchString(l)
}
