package corpus

// Footnotes at a page's foot
//
// A PDF's text keeps each page's footnotes where the page prints them:
// at its foot, above its number, after the page's last line of text, which
// the page often cut mid-sentence (…贡献率达到 / ①数据为快报数。/ - 3 - /
// 50%，…). Left there a note cuts the sentence the page break cut, and its
// circled number reads as a heading's marker. moveFootnotes takes each
// page's notes out and puts them at the end of the text, where a Word
// file's notes go too (docx.go), so the page break joins the sentence;
// each is written 注①… there, which no heading opens with.

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// noteMarks are the marks a footnote opens with and its reference carries.
const noteMarks = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

// moveFootnotes returns lines with the footnotes at each page's foot
// moved to the end, each after 注 (see the note at the top of this file). A footnote is
// a line right above a page marker (pageMarkerRe), or above another such
// note, that opens with a circled number, is 120 characters at most, and
// whose number the page's text above it carries after a character (增长
// 8.2%①): a list of ① items is no page's notes, its numbers open lines.
func moveFootnotes(lines []string) []string {
	if !slices.ContainsFunc(lines, func(l string) bool { return strings.ContainsAny(l, noteMarks) }) {
		return lines
	}
	var notes []string
	drop := make([]bool, len(lines))
	top := 0 // the first line of the current page
	for i, l := range lines {
		if !pageMarkerRe.MatchString(l) {
			continue
		}
		k := i - 1
		for k > top && lines[k] == "" {
			k--
		}
		var found []int
		for ; k > top; k-- {
			r, n := utf8.DecodeRuneInString(lines[k])
			if !strings.ContainsRune(noteMarks, r) || utf8.RuneCountInString(lines[k]) > 120 || !referencedAbove(lines[top:k], lines[k][:n]) {
				break
			}
			found = append(found, k)
		}
		for j := len(found) - 1; j >= 0; j-- {
			drop[found[j]] = true
			notes = append(notes, "注"+lines[found[j]])
		}
		top = i + 1
	}
	if len(notes) == 0 {
		return lines
	}
	out := make([]string, 0, len(lines)+1)
	for i, l := range lines {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return append(append(out, ""), notes...)
}

// referencedAbove reports whether one of lines carries mark after another
// character: a reference, not a list item's number.
func referencedAbove(lines []string, mark string) bool {
	for _, l := range lines {
		if k := strings.Index(l, mark); k > 0 {
			return true
		}
	}
	return false
}
