package compare

// Terms that change only by a number
//
// Some phrases come back every year with another number in them, and a
// reader takes none of them for a 新提法 or for a phrase given up:
//
//   - a plan period alone (“十三五”, “十四五”, “五五”普法), which is a
//     date: planPeriodAlone, a figure whether quoted or not;
//   - the order of the three sectors' shares (“二三一”, “二、一、三”
//     产业格局), a figure too: sectorOrder;
//   - the numbered session of a body that meets on a calendar, a party
//     committee's plenum (省委九届八次全会 the year after 九届六次全会),
//     a party congress (二十大 after 十九大), a plan or 普法 period named
//     with its word (十四五规划, 五五普法): seriesIn, when the other
//     report names the same series with another number, which is the
//     same phrase a year on, not a new one;
//   - a number written the other way, in Chinese numerals or in digits
//     (促进就业九条 and 促进就业9条): numeralFormIn.
//
// A count that changes is not one of these: 九大攻坚 is another programme
// than 三大攻坚, and 三个确保 another list than 两个确保, so only numbers
// that number a session or a period make a series.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// planPeriodName matches a plan period alone: 一五 to 九五, 十五, 十一五 to
// 十五五 (五年计划/规划, and the 普法 periods numbered alike).
var planPeriodName = regexp.MustCompile(`^(?:[一二三四五六七八九]|十[一二三四五]?)五$`)

// planPeriodAlone reports whether t is a plan period alone (十三五, 五五): a
// date.
func planPeriodAlone(t string) bool {
	return planPeriodName.MatchString(t)
}

// sectorOrder reports whether t, its enumeration commas aside, is the
// three numerals 一, 二 and 三 each once in some order (二三一, 二、一、三):
// the order of the three sectors' shares of the economy, a figure.
func sectorOrder(t string) bool {
	rs := []rune(strings.ReplaceAll(t, "、", ""))
	if len(rs) != 3 {
		return false
	}
	seen := map[rune]bool{}
	for _, r := range rs {
		if !strings.ContainsRune("一二三", r) || seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

// seriesNumber matches the numbers of a term that number a session or a
// period: a plenum's 届 and 次/中全会 (九届八次全会, 十七届三中全会), a
// party congress (十九大, two numerals or more before 大 at the term's end
// or before 精神), a plan or 普法 period with its word (十四五规划,
// 五五普法). Group 1 is the number, group 2 what it numbers.
var seriesNumber = regexp.MustCompile(`([〇一二三四五六七八九十]+)(届|次全会|中全会|次党代会|大(?:精神|$)|五(?:规划|计划|时期|期间|普法))`)

// seriesIn reports whether t names a numbered session or period
// (seriesNumber) that other names with another number: the same series,
// a year or a term on. What follows the last number's word (精神 of
// 市委十一届六次全会精神) is left out, as other may write the session
// without it.
func seriesIn(other *termDoc, t string) bool {
	ms := seriesNumber.FindAllStringSubmatchIndex(t, -1)
	if len(ms) == 0 {
		return false
	}
	var sb strings.Builder
	sb.WriteString("^")
	at := 0
	for _, m := range ms {
		number, what := t[m[2]:m[3]], t[m[4]:m[5]]
		numerals := `[〇一二三四五六七八九十]+`
		if strings.HasPrefix(what, "大") {
			// a congress is numbered past ten (十九大): 九大 is a count
			if utf8.RuneCountInString(number) < 2 {
				return false
			}
			numerals = `[〇一二三四五六七八九十]{2,}`
			// before 精神: the congress alone
			what = "大"
		}
		sb.WriteString(regexp.QuoteMeta(t[at:m[2]]))
		sb.WriteString(numerals)
		if rest, ok := strings.CutPrefix(what, "五"); ok {
			// a period the other report may quote: “四五”普法
			sb.WriteString(`五[”"」]?` + regexp.QuoteMeta(rest))
		} else {
			sb.WriteString(regexp.QuoteMeta(what))
		}
		at = m[1]
	}
	front := t[:ms[0][2]]
	series := regexp.MustCompile(sb.String())
	// other's places that hold the series: where its front is, or, a
	// series that opens t, where any numeral is (the suffix array finds
	// each place its first character holds)
	var offs []int
	if front != "" {
		offs = other.sa.Lookup(front, -1)
	} else {
		for _, r := range "一二三四五六七八九十" {
			offs = append(offs, other.sa.Lookup(string(r), -1)...)
		}
	}
	for _, o := range offs {
		if front == "" && o > 0 {
			// not inside a longer numeral: the whole number begins here
			if r, _ := utf8.DecodeLastRuneInString(other.text[:o]); strings.ContainsRune("〇一二三四五六七八九十", r) {
				continue
			}
		}
		if series.MatchString(other.text[o:min(len(other.text), o+len(t)+3*8)]) {
			return true
		}
	}
	return false
}

// numeralFormIn reports whether other writes t with its numbers written
// the other way: Chinese numerals of less than a hundred as digits
// (九条 as 9条), or one or two digits as Chinese numerals (9条 as 九条).
func numeralFormIn(other *termDoc, t string) bool {
	alt, changed := otherNumerals(t)
	return changed && alt != t && other.has(alt)
}

// otherNumerals returns t with each number of less than a hundred
// written the other way (corpus.Numeral, digitsOf), and whether any was. A
// run of digits beside a point or another digit (3.0, 2021) stays.
func otherNumerals(t string) (string, bool) {
	rs := []rune(t)
	var sb strings.Builder
	changed := false
	for i := 0; i < len(rs); {
		j := i
		switch {
		case rs[i] >= '0' && rs[i] <= '9':
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			dotted := i > 0 && rs[i-1] == '.' || j < len(rs) && rs[j] == '.'
			if n, err := strconv.Atoi(string(rs[i:j])); err == nil && j-i <= 2 && !dotted {
				sb.WriteString(corpus.Numeral(n))
				changed = true
			} else {
				sb.WriteString(string(rs[i:j]))
			}
		case strings.ContainsRune("一二三四五六七八九十", rs[i]):
			for j < len(rs) && strings.ContainsRune("一二三四五六七八九十", rs[j]) {
				j++
			}
			if n, ok := digitsOf(string(rs[i:j])); ok {
				sb.WriteString(strconv.Itoa(n))
				changed = true
			} else {
				sb.WriteString(string(rs[i:j]))
			}
		default:
			j = i + 1
			sb.WriteRune(rs[i])
		}
		i = j
	}
	return sb.String(), changed
}

// digitsOf returns the value of s, Chinese numerals of a number from one
// to 99 written the usual way (九, 十八, 二十六), and false for anything
// else: a run of numerals that is no number (三三, 二一三四). It reads s
// as the figures do (chineseNumber) and takes it only when that is how
// the number is written (not 十十, 二二十).
func digitsOf(s string) (int, bool) {
	if n := chineseNumber(s); n > 0 && n < 100 && corpus.Numeral(n) == s {
		return n, true
	}
	return 0, false
}
