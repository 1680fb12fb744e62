package corpus

// What a Word paragraph's formatting says
//
// Offices set a report's title and headings apart by how they look, not
// only by their words (GB/T 9704: the title in 小标宋 二号, centred; parts
// in 黑体, sub-parts in 楷体, the body in 仿宋 三号). Two shapes lose their
// meaning when a .docx is read as lines of text:
//
//   - A title broken by hand over two or three centred paragraphs in the
//     title's look (云溪县教育局 / 2031年 / 工作总结): the words alone do not
//     say the lines are one title. Near the top of the document,
//     consecutive centred paragraphs of one title look (bold, larger than
//     the body's 三号, or a title or heading font) are one line when the
//     lines joined read as a title (isTitleLine); a line that opens with a
//     bracket or a dash (a date line, a subtitle, （摘要）) is never joined
//     to the one above, nor is a line to a title already complete (ending
//     in 报告, 总结, 通知 …: the issuer's name under a cover's title).
//   - Headings without numbers, set apart by their runs' look alone (黑体
//     or bold, in a style whose name says nothing, or in none): a
//     paragraph wholly in one look that is not the body's, of heading
//     shape (short, no sentence inside it, no end mark or colon), is a
//     heading hint when two paragraphs or more have that look; the looks
//     rank by first appearance (黑体 parts, then 楷体 sub-parts).
//
// The body's look is the look of most of the document's characters. A
// look comes from the run's own properties over its paragraph style's,
// and a style's over its base style's; document defaults and character
// styles are not read (both usually shape the body alike).

import (
	"bytes"
	"encoding/xml"
	"strings"
	"unicode/utf8"
)

// A runLook is how a run of text looks: its East Asian font (else its
// other one), its size in half-points (0: not said) and its weight.
type runLook struct {
	font    string
	size    int
	bold    bool
	hasBold bool
}

// over returns l with base's properties where l says nothing.
func (l runLook) over(base runLook) runLook {
	if l.font == "" {
		l.font = base.font
	}
	if l.size == 0 {
		l.size = base.size
	}
	if !l.hasBold {
		l.bold, l.hasBold = base.bold, base.hasBold
	}
	return l
}

// set records the run property e (w:rFonts, w:sz, w:b) in l.
func (l *runLook) set(name, val string, fonts [2]string) {
	switch name {
	case "rFonts":
		if fonts[0] != "" {
			l.font = fonts[0]
		} else if fonts[1] != "" {
			l.font = fonts[1]
		}
	case "sz":
		l.size = atoi(val)
	case "b":
		l.bold, l.hasBold = val != "0" && val != "false", true
	}
}

// headingFonts are the fonts GB/T 9704 and offices' templates give titles
// and headings (黑体 parts, 楷体 sub-parts, 小标宋 titles), in the names
// Word and WPS save them under; a list because a font's name is the only
// place the choice is written.
var headingFonts = []string{"黑体", "楷体", "标宋", "SimHei", "KaiTi", "Hei"}

func isHeadingFont(f string) bool {
	for _, h := range headingFonts {
		if strings.Contains(f, h) {
			return true
		}
	}
	return false
}

// bodySize is the size of a report's body when its file does not say
// (三号, 16 pt, in half-points).
const bodySize = 32

// stands reports whether l is set apart from the body's look: bold where
// the body is not, larger, or in a heading font the body is not in.
func (l runLook) stands(body runLook) bool {
	bs := body.size
	if bs == 0 {
		bs = bodySize
	}
	return l.bold && !body.bold || l.size > bs || l.font != body.font && isHeadingFont(l.font) && !isHeadingFont(body.font)
}

// titleLook reports whether a centred paragraph of look l looks like a
// title's line: bold, larger than a body's, or in a heading font.
func (l runLook) titleLook() bool {
	return l.bold || l.size > bodySize || isHeadingFont(l.font)
}

// titleStack joins a title broken by hand over centred paragraphs of one
// look near the top of a document (see the note at the top of the file).
type titleStack struct {
	pieces []string
	look   runLook
	hint   int // the heading level the file gave the first piece, if it is alone
}

// stackHead is how many lines of a document its title stack may start
// after: a collector's header or a 红头's lines come first.
const stackHead = 15

// take holds the paragraph text of look lk, centred or not, as a piece of
// the title being stacked, and reports whether it did. A paragraph it
// does not take ends the stack: the caller flushes it first.
func (s *titleStack) take(text string, lk runLook, centred bool, lines int, hint int) bool {
	if !centred || !lk.titleLook() || strings.ContainsAny(text, "\n"+softBreak+wrapBreak) || utf8.RuneCountInString(text) > 30 || strings.ContainsAny(text, "。；！？：:") || headingMarker(text) != nil {
		return false
	}
	if len(s.pieces) > 0 && lk == s.look && len(s.pieces) < 3 && joinsTitle(s.pieces, text) {
		s.pieces = append(s.pieces, text)
		return true
	}
	if len(s.pieces) > 0 || lines >= stackHead {
		return false
	}
	s.pieces, s.look, s.hint = []string{text}, lk, hint
	return true
}

// joinsTitle reports whether line goes on the title of pieces: it opens
// with no bracket or dash, the title so far is not complete, and the
// whole reads as a title.
func joinsTitle(pieces []string, line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	if strings.ContainsRune("（(〔[【—-－–“", r) {
		return false
	}
	so := strings.Join(pieces, "")
	if completeTitleRe.MatchString(so) {
		return false
	}
	return isTitleLine(so + line)
}

// completeTitleRe matches a title that ends in the name of its kind: a
// line under it is not its continuation.
var completeTitleRe = mustLitRe(`(?:报告|总结|计划|要点|通知|意见|方案|纲要|讲话|决定)$`)

// flush writes the stacked title to out as one line, with its hint when
// it is one paragraph, and empties the stack.
func (s *titleStack) flush(out *strings.Builder, hints map[string]int) {
	if len(s.pieces) == 0 {
		return
	}
	line := strings.Join(s.pieces, "")
	if len(s.pieces) == 1 && s.hint > 0 {
		hints[line] = s.hint
	}
	out.WriteString(line)
	out.WriteByte('\n')
	s.pieces = s.pieces[:0]
}

// A lookPara is a paragraph wholly in one look, a candidate heading.
type lookPara struct {
	text string
	look runLook
}

// lookHints returns the heading hints of paragraphs set apart by their
// look alone (see the note at the top of the file): paras are the
// paragraphs wholly in one look, body the look of most characters.
func lookHints(paras []lookPara, body runLook) map[string]int {
	count := map[runLook]int{}
	for _, p := range paras {
		if p.look != body && p.look.stands(body) && headingShape(p.text) {
			count[p.look]++
		}
	}
	var hints map[string]int
	rank := map[runLook]int{}
	for _, p := range paras {
		if count[p.look] < 2 || !headingShape(p.text) {
			continue
		}
		if rank[p.look] == 0 {
			rank[p.look] = len(rank) + 1
		}
		if hints == nil {
			hints = map[string]int{}
		}
		hints[p.text] = rank[p.look]
	}
	return hints
}

// headingShape reports whether a paragraph can be a heading without a
// number: 2 to 40 characters, one sentence at most (a sub-part's heading
// often ends with 。), no other end mark or colon at its end, not opened
// by a dash (——我们…。, a thesis over the paragraphs that bear it out),
// and no number of its own (numbered lines are Split's).
func headingShape(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 40 || headingMarker(t) != nil || strings.HasPrefix(t, "—") || strings.ContainsAny(strings.TrimSuffix(t, "。"), "。；！？\n") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune("，,：:、；;！!？?", r)
}

// mostLook returns the look of most characters (the body's); of looks
// as common, the one that sorts first, so that the choice is the same
// each time.
func mostLook(chars map[runLook]int) runLook {
	var best runLook
	n := -1
	for l, c := range chars {
		if c > n || c == n && lookLess(l, best) {
			best, n = l, c
		}
	}
	return best
}

func lookLess(a, b runLook) bool {
	if a.font != b.font {
		return a.font < b.font
	}
	if a.size != b.size {
		return a.size < b.size
	}
	return !a.bold && b.bold || a.bold == b.bold && !a.hasBold && b.hasBold
}

// Footnotes and endnotes
//
// A note's text is the writer's (a figure's basis, a term's meaning, 名词
// 解释), part of the report a reader reads and searches, so it is read, a
// line each at the end of the document: the footnotes in the order the
// text refers to them, then the endnotes, as Word prints endnotes. A
// footnote is not put after the paragraph that refers to it, where the
// page prints it: between two paragraphs it would cut a run of parallel
// paragraphs (五年来，我们… / 五年来，我们…) that stand for headings, and
// copies of a report in one file would no longer read the same. The
// reference mark (a superscript number) is not read: glued to a figure
// it would change it (增长8%1).
// A page's header and footer (the running title, 内部资料, 第 1 页) and
// the comments of reviewers are not the report's text and are not read.

// parseNotes returns the text of each note of footnotes.xml or
// endnotes.xml by its w:id, its paragraphs a line each; the separators
// Word keeps among them have no text and are left out.
func parseNotes(data []byte) map[string]string {
	if data == nil {
		return nil
	}
	notes := map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		id     string
		b      strings.Builder
		inText bool
	)
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "footnote", "endnote":
				id = xmlAttr(t, "id")
				b.Reset()
			case "t":
				inText = true
			case "tab":
				b.WriteByte(' ')
			case "del", "moveFrom":
				dec.Skip()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if id != "" && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
					b.WriteByte('\n')
				}
			case "footnote", "endnote":
				if s := strings.TrimSpace(b.String()); id != "" && s != "" {
					notes[id] = s
				}
				id = ""
			}
		case xml.CharData:
			if inText && id != "" {
				b.Write(t)
			}
		}
	}
	return notes
}
