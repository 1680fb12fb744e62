package corpus

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A file of several papers (several.go)
//
// Text converted from a Word or PDF file is often a collection: a
// government's reports of several years one after another, a report and
// its explanation (关于《政府工作报告》的说明), a speech and then the
// report. Each paper has a title block of its own, its title over its
// greeting (a date, session or speaker line between), and a document of
// one year, kind and issuer cannot hold them: read as one, the later
// papers' text would be found under the first one's year and title, and a
// comparison would pair a year's report with its own successor.
//
// Reading such a file as several documents is not reliable enough from its
// text alone: where one paper ends (its closing, a signature, an annex of
// terms) and what belongs to the next (a headline over its title, a news
// lead) is guessed, and a wrong cut would give a document a piece of
// another. So the first paper is read, alone, and a warning says that the
// file holds more and where the next begins, for the user to split the
// file. A copy site's page of pieces (篇1, 【篇二】, bare numbers over
// titles) is not cut: its pieces are templates of one kind, kept as the
// page's 篇 sections (Split), as a copy of the same report repeated is
// kept once (repeats.go).

// minFirstPaper is the size in characters that the first paper's text
// must reach, from its title block to the next title, for a later title
// block to be another paper's and not its own heading over a second
// greeting.
const minFirstPaper = 300

// explainTitleRe matches the title of a paper that explains another to
// the congress or the committee: 关于《政府工作报告》的说明, 关于《某县2031年
// 政府工作报告（征求意见稿）》起草情况的说明.
var explainTitleRe = mustLitRe(`^关于《[^《》]{2,50}》\p{Han}{0,8}的(?:几点)?说明$`)

// committeeGreetRe matches the greeting of a paper read to a committee or
// to a political consultative conference (主席、副主席、各位委员：, 各位委员：).
var committeeGreetRe = mustLitRe(`^(?:(?:主席|主任)、副(?:主席|主任)、?(?:秘书长、)?)?各位委员[：:]`)

// explainOpenRe matches the first sentence of an explanation (下面，我就
// 《政府工作报告》作几点说明; 受某某委托，现将…说明如下).
var explainOpenRe = mustLitRe(`^(?:下面|现在)[，,]?我(?:就|把|对|受)|^受\p{Han}{2,20}委托[，,]`)

// laterPaper returns the index in lines of the title that opens a second
// paper of the file, with how many papers follow the first, or -1 when the
// file holds one paper (or a copy site's pieces, or copies of one paper).
func laterPaper(lines []string) (at, more int) {
	var outline []outlineLine
	for i, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			outline = append(outline, outlineLine{i + 1, t})
		}
	}
	for _, l := range outline {
		if pieceLabelNumber(l.text) > 0 {
			return -1, 0 // a copy site's labelled pieces: Split's 篇
		}
	}
	if len(numberedPieces(outline)) > 0 {
		return -1, 0
	}
	first, firstOpen := -1, ""
	at = -1
	size := 0
	for i, l := range outline {
		open, titled := paperOpening(outline, i)
		if first < 0 {
			if titled || opensPaper(normLine(l.text)) {
				first = i
				firstOpen = open
			}
			continue
		}
		if titled && size >= minFirstPaper && open != firstOpen {
			if at < 0 {
				at = l.no - 1
			}
			more++
			size = 0
			continue
		}
		size += utf8.RuneCountInString(l.text)
	}
	return at, more
}

// opensPaper reports whether l, a normalised line, opens a paper without
// a title over it: its greeting or its first sentence.
func opensPaper(l string) bool {
	return pieceGreetRe.MatchString(l) || pieceHailRe.MatchString(l) || committeeGreetRe.MatchString(l) || reportOpenRe.MatchString(l) || explainOpenRe.MatchString(l)
}

// paperOpening reports whether lines[i] is a paper's title over its
// greeting (greetsUnder, or an explanation's title over its greeting),
// and returns the paper's first words under its title block (up to
// openingSize characters), by which a copy of the same paper is told from
// another: the opening sentence alone is the same in every year's report
// (现在，我代表县人民政府向大会报告工作).
func paperOpening(lines []outlineLine, i int) (open string, titled bool) {
	if !greetsUnder(lines, i) && !explainsUnder(lines, i) {
		return "", false
	}
	var b strings.Builder
	n := 0
	for j := i + 1; j < len(lines) && j <= i+30 && n < openingSize; j++ {
		l := normLine(lines[j].text)
		if b.Len() == 0 && !opensPaper(l) {
			continue // the title block's date, session and speaker lines
		}
		b.WriteString(l)
		n += utf8.RuneCountInString(l)
	}
	return clipRunes(b.String(), openingSize), true
}

// openingSize is how much of a paper's opening tells it from another
// paper: a copy of the same paper opens with the same words this far.
const openingSize = 200

// greetingPrefix returns the greeting that opens l, or "".
func greetingPrefix(l string) string {
	for _, re := range []litRe{pieceGreetRe, pieceHailRe, committeeGreetRe} {
		if m := re.FindString(l); m != "" {
			return m
		}
	}
	return ""
}

// explainsUnder reports whether lines[i] is an explanation's title over
// its greeting or first sentence (a date or speaker line between).
func explainsUnder(lines []outlineLine, i int) bool {
	if !explainTitleRe.MatchString(normLine(lines[i].text)) {
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+4; j++ {
		l := normLine(lines[j].text)
		switch {
		case opensPaper(l):
			return true
		case utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "。；！？"):
			return false
		}
	}
	return false
}

// clipRunes returns the first n characters of s.
func clipRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// firstPaper returns body cut before a second paper's title block, with a
// warning naming it, or body as it is when it holds one paper.
func firstPaper(body string) (string, []Warning) {
	if !strings.Contains(body, "各位") && !strings.Contains(body, "同志们") && !strings.Contains(body, "我代表") {
		return body, nil // (most files: no greeting to open a paper)
	}
	lines := strings.Split(body, "\n")
	at, more := laterPaper(lines)
	if at < 0 {
		return body, nil
	}
	next := strings.TrimSpace(lines[at])
	w := Warning{Line: at + 1, Message: fmt.Sprintf("the file holds %d papers, each with its own title and greeting (the next, %s, opens on this line): only the first is read; split the file to index the others", more+1, clip(next))}
	return strings.TrimRight(strings.Join(lines[:at], "\n"), " \t\n"), []Warning{w}
}
