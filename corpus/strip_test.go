package corpus

import "testing"

// TestStripNumbering: headings lose the marker Split reads, whatever its
// style and width, and keep everything else.
func TestStripNumbering(t *testing.T) {
	cases := []struct{ in, want string }{
		{"一、总体要求", "总体要求"},
		{"（三）加强体育和美育", "加强体育和美育"},
		{"(3)加强体育", "加强体育"},
		{"三）办好民生实事", "办好民生实事"}, // （三） that lost its opener
		{"〔二〕深化改革", "深化改革"},
		{"1.增加公办学位供给。", "增加公办学位供给。"},
		{"12、推进集团化办学。", "推进集团化办学。"},
		{"１２．全角数字", "全角数字"},
		{"③专项行动", "专项行动"},
		{"第二章 总则", "总则"},
		{"第一部分 工作回顾", "工作回顾"},
		{"2023年重点工作", "2023年重点工作"}, // a year is not a number
		{"各位代表：", "各位代表："},
		{"", ""},
		{"一、二年级课后服务", "一、二年级课后服务"}, // a list of numerals, not a marker
		{"  （二）  维护校园安全稳定 ", "维护校园安全稳定"},
		// a 、 after a bracketed number is the marker's (（一）、), not
		// before another number of a list
		{"（一）、实行目标管理", "实行目标管理"},
		{"(2)、加强安全管理", "加强安全管理"},
		{"（一）、（二）两项任务", "（一）、（二）两项任务"},
	}
	for _, c := range cases {
		if got := StripNumbering(c.in); got != c.want {
			t.Errorf("StripNumbering(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
