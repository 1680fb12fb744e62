package corpus

import (
	"math"
	"testing"
)

// TestNumeral: Numeral writes counts as a report does, at the edges of
// its places: the ten that opens a number (十一, 十万), the ten inside one
// (一百一十), one 零 for a run of zero places inside (一千零一, 一万零一十),
// none at the end (一千, 一万), the places of 万 and 亿. The table is
// written by hand.
func TestNumeral(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{
		{0, "零"},
		{1, "一"},
		{9, "九"},
		{10, "十"},
		{11, "十一"},
		{19, "十九"},
		{20, "二十"},
		{21, "二十一"},
		{99, "九十九"},
		{100, "一百"},
		{101, "一百零一"},
		{110, "一百一十"},
		{111, "一百一十一"},
		{120, "一百二十"},
		{999, "九百九十九"},
		{1000, "一千"},
		{1001, "一千零一"},
		{1010, "一千零一十"},
		{1100, "一千一百"},
		{2019, "二千零一十九"},
		{9999, "九千九百九十九"},
		{10000, "一万"},
		{10001, "一万零一"},
		{10010, "一万零一十"},
		{10100, "一万零一百"},
		{11000, "一万一千"},
		{100000, "十万"},
		{110000, "十一万"},
		{100010, "十万零一十"},
		{1000000, "一百万"},
		{10000000, "一千万"},
		{12345678, "一千二百三十四万五千六百七十八"},
		{100000000, "一亿"},
		{100010000, "一亿零一万"},
		{110000000, "一亿一千万"},
		{1000000000, "十亿"},
		{-5, "负五"},
		{-110, "负一百一十"},
	} {
		if got := Numeral(c.n); got != c.want {
			t.Errorf("Numeral(%d) = %s, want %s", c.n, got, c.want)
		}
	}
	if got := Numeral(math.MinInt); got == "" {
		t.Errorf("Numeral(MinInt) is empty")
	}
}
