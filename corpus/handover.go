package corpus

import (
	"strings"
	"unicode/utf8"
)

// handOverLines is how many lines that are not blank a page's story may
// take before the line that hands over to the report under it.
const handOverLines = 8

// handOverReach is how many lines that are not blank below the hand-over
// line the report's opening is looked for: a live-text page gives the
// chair's words first.
const handOverReach = 40

// handedOverReportStart returns the byte offset in body, a work report's
// text, of the report's first line when a page's story heads it and hands
// over to the report below it (以下是政府工作报告全文：, 以下为文字实录：,
// 以下为文字直播：): the greeting over the report's opening when the chair's
// words come first, else the line after the hand-over line and the
// speaker's name under it (某某：). The story is the site's writing, read
// for the metadata, and none of the report's sections. It returns 0 when
// body's head holds no such story, or holds the report's own title block.
func handedOverReportStart(body string) int {
	lines := strings.SplitAfter(body, "\n")
	seen := 0
	for i, raw := range lines {
		l := strings.TrimSpace(raw)
		if l == "" {
			continue
		}
		if seen++; seen > handOverLines {
			return 0
		}
		if at := spokenOpeningAt(raw, strings.Join(lines[:i], "")); at > 0 {
			return byteOffset(lines, i) + at
		}
		if ownHeadLine(l) {
			return 0
		}
		if handOverLine(l) {
			if at := reportLineAfter(lines, i); at < len(lines) {
				return byteOffset(lines, at)
			}
			return 0
		}
	}
	return 0
}

// handOverLine reports whether l hands over to a report's text below it.
func handOverLine(l string) bool {
	return transcriptLineRe.MatchString(l) || reportHandOverRe.MatchString(l) || liveTextLineRe.MatchString(l)
}

// liveTextLineRe matches a line that announces a live text below it:
// 以下为文字直播：, 以下是现场直播：.
var liveTextLineRe = mustLitRe(`^以下(?:为|是)\p{Han}{0,6}?直播[：:]?$`)

// ownHeadLine reports whether l, above a hand-over line, is the report's
// own head, not a story's: its greeting, its opening, its date line
// (…会议上) or a short title (政府工作报告).
func ownHeadLine(l string) bool {
	return greetingLineRe.MatchString(l) || reportOpening(l) ||
		strings.Contains(l, "会议上") || utf8.RuneCountInString(l) <= 40 && strings.HasSuffix(l, "报告")
}

// reportLineAfter returns the index in lines of the report's first line
// under the hand-over line at i: the greeting over the report's opening
// within reach, or the opening itself; else the first line after i that is
// not blank nor the speaker's name.
func reportLineAfter(lines []string, i int) int {
	first, prev, seen := -1, -1, 0
	for j := i + 1; j < len(lines) && seen < handOverReach; j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" {
			continue
		}
		seen++
		if first < 0 && !speakerLineRe.MatchString(l) {
			first = j
		}
		if reportOpening(l) {
			if prev >= 0 && bareGreetingRe.MatchString(strings.TrimSpace(lines[prev])) {
				return prev
			}
			return j
		}
		prev = j
	}
	if first < 0 {
		return len(lines)
	}
	return first
}

// bareGreetingRe matches a greeting alone, maybe without its colon (各位
// 代表), as a live text gives it.
var bareGreetingRe = mustLitRe(`^` + greetPart + `[：:！!]?$`)

// byteOffset returns the byte offset of lines[i] in their join.
func byteOffset(lines []string, i int) int {
	n := 0
	for _, l := range lines[:i] {
		n += len(l)
	}
	return n
}

// spokenOpeningAt returns the byte offset in line of the greeting when line
// is the report's greeting and opening with the speaker's name run in
// before them (某某：各位代表：现在，我代表国务院，向大会报告政府工作) and the
// story above, lede, names the speaker; else 0.
func spokenOpeningAt(line, lede string) int {
	m := spokenOpeningRe.FindStringSubmatchIndex(line)
	if m == nil || !strings.Contains(lede, line[m[2]:m[3]]) {
		return 0
	}
	rest := line[m[1]:]
	if !reportOpening(rest) {
		return 0
	}
	return m[4]
}

// spokenOpeningRe matches a speaker's name run in before the greeting:
// group 1 the name, group 2 the greeting.
var spokenOpeningRe = mustLitRe(`^\s*(\p{Han}{2,4})[：:]\s*(` + greetPart + `[：:！!])`)
