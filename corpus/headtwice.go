package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Headlines printed twice
//
// A page's template may print the headline twice in a row: as the
// headline and again as the start of the text (a copy site's 某镇…工作规划
// 某镇…工作规划全镇现有…), or as the headline and again as the deck
// under it (…报告：某某答卷 / 某某答卷). When the file lost the break
// between them, or the reading joined the short lines, the first line of
// the text holds a run printed twice back to back. No sentence repeats a
// clause of eight characters or more at once, so the run is a seam: what
// ends with its first copy is the headline, and a headline may then open
// with its day and a comma, as a lede does (2月6日，某某代表团举行全体会议
// over 2月6日，某某代表团举行全体会议，审议…).

// twiceMinRunes is the shortest run that counts as printed twice: shorter
// repeats occur in text (研究研究, a doubled word or name).
const twiceMinRunes = 8

// twiceMaxRunes bounds the headline before the repeat (a title's length).
const twiceMaxRunes = 60

// headlineTwice returns the headline that ends where a run of at least
// twiceMinRunes characters repeats at once in the first line l, when what
// ends there is a title's line (titleCandidate, or one after the lede's
// day and comma), or "". The earliest such end is taken.
func headlineTwice(l string) string {
	l = strings.TrimSpace(l)
	if utf8.RuneCountInString(l) < 2*twiceMinRunes {
		return ""
	}
	r := []rune(l)
	for p := twiceMinRunes; p <= twiceMaxRunes && 2*p <= len(r)+p; p++ {
		if r[p-1] == '。' || r[p-1] == '；' {
			return ""
		}
		for t := twiceMinRunes; t <= p && p+t <= len(r); t++ {
			if !slices.Equal(r[p-t:p], r[p:p+t]) {
				continue
			}
			h := string(r[:p])
			if strings.ContainsAny(h, "。；！？") {
				return ""
			}
			if titleCandidate(h) {
				return despace(h)
			}
			if m := ledeDateRe.FindString(h); m != "" && titleCandidate(strings.TrimLeft(h[len(m):], "，, ")) {
				return despace(h)
			}
			return ""
		}
	}
	return ""
}

// headlineTwiceInHead returns the headline printed twice on one of the
// first three lines of the file as it came (head), when the body's first
// line first opens with it, or "": Clean drops a repeat it finds, so the
// body may keep one copy glued to the text.
func headlineTwiceInHead(head []string, first string) string {
	n := 0
	for _, l := range head {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if n++; n > 3 {
			break
		}
		if t := headlineTwice(normLine(l)); t != "" && strings.HasPrefix(despace(first), t) {
			return t
		}
	}
	return ""
}
