package compare

// A term's own uses
//
// A new term weighs the log of its count (countWeight). A part of a longer
// new term counts the whole's uses as its own: a report that writes
// 绽放新颜值、跑出加速度 six times and 绽放新颜值 once alone counts 绽放新颜值
// seven times, more than the slogan, and both halves ranked above it; so
// did 优化升级 of 产业结构优化升级, 专业合作社 of 农民专业合作社, 医疗卫生机构
// of 基层医疗卫生机构 (first of its list) and 高质 of 高质量发展 (second), in
// the first ten of national and county reports' lists. DropNested leaves
// out a part with no more uses than a whole kept before it, but not one
// with a single use more, which ranks above the whole. So a term the report
// writes inside one longer new term every time but once (twice inside at
// least) weighs that one use: the rest are the longer term's, which carries
// what it says; the part keeps its Count and a place lower in the list. A
// part the report writes alone twice or more (中国式现代化, ten uses, four
// inside 中国式现代化河北场景; 冰雪运动 beside 冰雪运动名城) is a term of its
// own and keeps its weight; one never written alone is DropNested's, as
// before.
//
// Measured on dev's consecutive-year pairs (compare's lists without a
// collection, as the CLI on files), against phrases a reader would want at
// the top, written by hand before looking at the lists: 277 phrases of 20
// lists (eleven pairs, national, city, district and county) the rule was
// chosen on, 108 of 8 lists (seven other pairs) it was not. Listed in the
// first 10 / 30: 53 / 92 -> 53 / 93, and 13 / 35 -> 14 / 35; of the first
// ten places, wrong by hand (a fragment, a generic collocation, a template
// word) 21 of 200 -> 18, and 12 of 80 -> 10. Weighing quotation, spread
// over sections or length otherwise moved no judged phrase up on both sets
// (a quoted phrase used once, as if twice and weighed 1.5, is what the
// judged lists hold most often: 0.08 of them against 0.03 of the unquoted
// used twice), so they are left as they are.

import "strings"

// ownCounts returns, for each of the terms texts (their counts in the
// report: counts), the count its salience weighs: its count, or the uses
// it has outside the longer term of texts that holds it most, one, when
// that term holds all of them but one and two at least.
func ownCounts(texts []string, counts []int) []int {
	at := make(map[string]int, len(texts))
	heads := make(map[string]struct{}, len(texts))
	for i, t := range texts {
		at[t] = i
		heads[firstRunes(t, 2)] = struct{}{}
	}
	// inside[i] is the most uses of texts[i] that one longer term holds
	inside := make([]int, len(texts))
	for k, whole := range texts {
		if counts[k] == 0 {
			continue
		}
		eachHeadedSubstring(whole, heads, func(sub string) bool {
			if p, ok := at[sub]; ok && sub != whole {
				inside[p] = max(inside[p], counts[k]*strings.Count(whole, sub))
			}
			return true
		})
	}
	own := make([]int, len(texts))
	for i, n := range counts {
		own[i] = n
		if in := inside[i]; in >= 2 && n-in == 1 {
			// a part never written alone is DropNested's: left as it was
			own[i] = 1
		}
	}
	return own
}
