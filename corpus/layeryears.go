package corpus

// Years a text layer moved
//
// A PDF whose digits are set in another font than its Chinese text may
// give its text layer the digits apart from the words they belong to: the
// year of a part's heading before the heading's marker (2032 一、年工作回顾
// for 一、2032年工作回顾), the year of the title after it (年某市政府工作报告
// 2033 for 2033年某市政府工作报告). A marker followed at once by 年, or a
// title that opens with 年 and is followed by a year, is never what the
// author wrote: restoreLayerYears puts the year back before its 年.
//
// Unless the year stands before that 年 already, a space between: a text
// layer that sets every number apart from its words (2033 年全市教育工作要点
// 2033 年是…, its wrapped lines joined by spaces) moved no year, and the
// year after the title opens the next sentence.

import (
	"strings"
	"unicode/utf8"
)

var (
	// layerHeadYearRe matches a year set before a part heading's marker
	// whose text opens with 年.
	layerHeadYearRe = mustLitRe(`((?:19|20)[0-9]{2})[ \t\x{3000}]*([一二三四五六七八九十]{1,3}、)[ \t\x{3000}]*年`)
	// layerTitleYearRe matches a title that opens with 年 with its year
	// after it, read where a line starts or a space stands before 年.
	layerTitleYearRe = mustLitRe(`^年(\p{Han}{2,30}?(?:工作报告|工作总结|工作计划|工作要点))[ \t\x{3000}]*((?:19|20)[0-9]{2})(?:[ \t\x{3000}\n]|$)`)
)

// restoreLayerYears returns text with the years a text layer moved put back
// where they belong (see the note at the top of this file). Only the places
// where such a title can open (年 at a line's start or after a space) are
// matched, each in a window of its own.
func restoreLayerYears(text string) string {
	if strings.Contains(text, "、年") {
		text = layerHeadYearRe.ReplaceAllString(text, "${2}${1}年")
	}
	var b strings.Builder
	last := 0
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], "年")
		if k < 0 {
			break
		}
		at := off + k
		off = at + len("年")
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); r != '\n' && r != ' ' && r != '\t' && r != '\u3000' {
				continue
			}
			if endsWithYear(strings.TrimRight(text[:at], " \t\u3000")) {
				continue // 2033 年…: the year is in its place
			}
		}
		m := layerTitleYearRe.FindStringSubmatchIndex(text[at:min(len(text), at+160)])
		if m == nil {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text) + 8)
		}
		b.WriteString(text[last:at])
		b.WriteString(text[at+m[4] : at+m[5]]) // the year
		b.WriteString("年")
		b.WriteString(text[at+m[2] : at+m[3]]) // the title
		last = at + m[5]
		off = last
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// endsWithYear reports whether s ends with a year of four digits (19xx or
// 20xx) that no other digit comes before.
func endsWithYear(s string) bool {
	n := len(s)
	if n < 4 || strings.Trim(s[n-4:], "0123456789") != "" || !strings.HasPrefix(s[n-4:], "19") && !strings.HasPrefix(s[n-4:], "20") {
		return false
	}
	return n == 4 || s[n-5] < '0' || s[n-5] > '9'
}
