package corpus

// Headings written after a dash
//
// Some writers set a report's part headings after a dash, as they set the
// subtitle under its title:
//
//	——过去五年工作回顾        (a part by its shape: outline.go's partShape)
//	—— 2032年工作安排
//	——一、2031年教育工作回顾  (a numbered part)
//
// Split reads no heading that opens with a dash: a dash opens a title's
// subtitle (——2032年1月6日在…会议上, ——在全县教育工作会议上的讲话) and the
// points of a review (——经济运行总体平稳。…, ——经济稳中有进、发展质效向好
// over a part's text), which are text. undashHeadings drops the dash of
// the two shapes above, whose words are a heading's whatever stands
// before them, once the text is under way: after a line that ends a
// sentence or a greeting, never in the title block, where a dash line is
// the subtitle (白塔县教育局工作要点 / ——2032年工作安排). A dash line that
// holds a sentence's end, or words of neither shape, keeps its dash.

import (
	"strings"
	"unicode/utf8"
)

// dashHeadRunes bounds a line taken for a heading written after a dash.
const dashHeadRunes = 40

// undashHeadings returns lines with the dash dropped before each heading
// written after one (see above).
func undashHeadings(lines []string) []string {
	begun := false // a line before ended a sentence or greeted (各位代表：)
	for i, l := range lines {
		if l == "" {
			continue
		}
		if begun {
			if rest, ok := dashHeading(l); ok {
				lines[i] = rest
				continue
			}
		}
		if strings.ContainsRune("。！？；", lastRune(strings.TrimRight(l, "”’」』）)"))) || runGreetingRe.MatchString(l) {
			// (not any line that ends with a colon: a collector's 正文：
			// comes before the title block)
			begun = true
		}
	}
	return lines
}

// dashHeading returns l without its leading dash when what follows the
// dash is a heading (see above).
func dashHeading(l string) (string, bool) {
	rest := strings.TrimLeft(l, "—―─－-")
	if len(l)-len(rest) < len("—") || !strings.HasPrefix(l, "—") && !strings.HasPrefix(l, "－－") && !strings.HasPrefix(l, "--") {
		return "", false
	}
	rest = strings.TrimLeft(rest, " \u3000")
	if rest == "" || utf8.RuneCountInString(rest) > dashHeadRunes || strings.ContainsAny(strings.TrimRight(rest, "。"), "。！？；") {
		return "", false
	}
	if hm := headingMarker(rest); hm != nil {
		switch hm.style {
		case "一、", "一.", "第一部分", "第一章", "第一篇":
			return rest, true
		}
		return "", false
	}
	if partShape(rest) {
		return rest, true
	}
	return "", false
}

// partShape reports whether t names a report's part by its shape alone:
// a year's review or plan (2031年工作回顾, 2032年工作安排), a half year's,
// a five-year plan's, the government's term (过去五年工作回顾) or its own
// building (加强政府自身建设).
func partShape(t string) bool {
	t = arabicYears(afterSlogan(strings.TrimSpace(t)))
	return isYearPart(t) || fivePlanPartRe.MatchString(t) || termPartRe.MatchString(t) || halfPartRe.MatchString(t) || selfBuildingPartRe.MatchString(t)
}
