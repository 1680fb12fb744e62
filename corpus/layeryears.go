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

import (
	"strings"
)

var (
	// layerHeadYearRe matches a year set before a part heading's marker
	// whose text opens with 年.
	layerHeadYearRe = mustLitRe(`((?:19|20)[0-9]{2})[ \t\x{3000}]*([一二三四五六七八九十]{1,3}、)[ \t\x{3000}]*年`)
	// layerTitleYearRe matches a title that opens with 年, at a line's
	// start or after a space, with its year after it.
	layerTitleYearRe = mustLitRe(`(?m)(^|[ \t\x{3000}])年(\p{Han}{2,30}?(?:工作报告|工作总结|工作计划|工作要点))[ \t\x{3000}]*((?:19|20)[0-9]{2})([ \t\x{3000}]|$)`)
)

// restoreLayerYears returns text with the years a text layer moved put back
// where they belong (see the note at the top of this file).
func restoreLayerYears(text string) string {
	if strings.Contains(text, "、年") {
		text = layerHeadYearRe.ReplaceAllString(text, "${2}${1}年")
	}
	if strings.Contains(text, "\n年") || strings.HasPrefix(text, "年") || strings.Contains(text, " 年") {
		text = layerTitleYearRe.ReplaceAllString(text, "${1}${3}年${2}${4}")
	}
	return text
}
