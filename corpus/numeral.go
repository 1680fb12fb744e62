package corpus

import "strconv"

// Numeral writes n in Chinese counting numerals, the way a report numbers
// its parts and a text writes a count: 零, 九, 十, 十一, 二十, 一百零一,
// 一百一十, 一千零一, 一万, 十万, 一亿零一万. A ten that opens the number is
// 十 (十一, 十万), one inside it 一十 (一百一十); a run of zero places
// within it is one 零 (一千零一, 一万零一十), none at its end (一千).
// Above 九千九百九十九 the places go by 万 and 亿. A negative n is 负 and
// its magnitude. The one writer of Chinese numerals: Word's numbering
// (formatNumber), a run-on table of contents' marks and compare's numbers
// written the other way (9条 as 九条) use it.
func Numeral(n int) string {
	switch {
	case n == 0:
		return "零"
	case n < 0:
		if n == -n { // the least int has no magnitude of its own
			return strconv.Itoa(n)
		}
		return "负" + Numeral(-n)
	}
	return numeral(n, true)
}

// numeral writes n > 0; lead says whether it opens the number (十一, not
// 一十一).
func numeral(n int, lead bool) string {
	for _, u := range []struct {
		size int
		name string
	}{{100_000_000, "亿"}, {10_000, "万"}} {
		if n < u.size {
			continue
		}
		s := numeral(n/u.size, lead) + u.name
		if rest := n % u.size; rest > 0 {
			if rest < u.size/10 {
				s += "零" // 一万零一十: the thousands of the rest are zero
			}
			s += numeral(rest, false)
		}
		return s
	}
	const digits = "零一二三四五六七八九"
	digit := func(d int) string { return digits[d*len("零") : (d+1)*len("零")] }
	var s string
	started, gap := false, false
	for _, p := range []struct {
		size int
		name string
	}{{1000, "千"}, {100, "百"}, {10, "十"}, {1, ""}} {
		d := n / p.size % 10
		if d == 0 {
			gap = started
			continue
		}
		if gap {
			s += "零"
			gap = false
		}
		if p.size == 10 && d == 1 && !started && lead {
			s += "十"
		} else {
			s += digit(d) + p.name
		}
		started = true
	}
	return s
}
