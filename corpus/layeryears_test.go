package corpus

import "testing"

func TestRestoreLayerYears(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2033 一、年工作回顾", "一、2033年工作回顾"},
		{"年望川市政府工作报告 2034\n各位代表：", "2034年望川市政府工作报告\n各位代表："},
		{"意见。 年青禾县教育局工作总结 2032 一年来", "意见。 2032年青禾县教育局工作总结 一年来"},
		// a year in its place, and 年 inside a sentence, stay
		{"一、2033年工作回顾", "一、2033年工作回顾"},
		{"过去五年，年均增长6%。", "过去五年，年均增长6%。"},
		{"2031 年全市地区生产总值增长6%", "2031 年全市地区生产总值增长6%"},
		// every year set apart from its 年: the title's year is before it
		{"2033 年全市教育工作要点 2033 年是开局之年", "2033 年全市教育工作要点 2033 年是开局之年"},
		{"12033 年明湖县教育局工作要点 2034 一", "12033 2034年明湖县教育局工作要点 一"},
		{"年", "年"},
	} {
		if got := restoreLayerYears(c.in); got != c.want {
			t.Errorf("restoreLayerYears(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
