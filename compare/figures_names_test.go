package compare

import "testing"

func TestOneName(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"代市县发债", "代发市县债", true},
		{"继续代市县发债", "代发市县债", true},
		{"能源消耗强度", "能耗强度", true},
		{"能源消耗强度要", "能耗强度", true},
		{"规模以上工业增加值", "工业增加值", false},    // a qualifier, not an abbreviation
		{"城镇居民人均可支配收入", "城镇居民收入", false}, // adds more than half
		{"财政赤字", "财政赤字", false},
		{"年初确定单位生产总值能耗", "年单位生产总值能耗", false}, // a clause added, no word cut
		{"赤字率", "率赤字", false},                // under four letters
	}
	for _, c := range cases {
		a, b := fig{called: []rune(c.a)}, fig{called: []rune(c.b)}
		if got := oneName(a, b); got != c.want {
			t.Errorf("oneName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
