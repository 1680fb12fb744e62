package corpus

import "testing"

func TestRestoreFirstMarker(t *testing.T) {
	cases := []struct{ in, want string }{
		// a quote or full-width year after the misread marker
		{"一.“十五”时期回顾\n正文。\n二、主要任务", "一、“十五”时期回顾\n正文。\n二、主要任务"},
		{"　　一．２０３１年工作回顾\n二、今年安排", "　　一、２０３１年工作回顾\n二、今年安排"},
		// each copy of a report saved twice
		{"—、回顾\n二、安排\n—、回顾\n二、安排", "一、回顾\n二、安排\n一、回顾\n二、安排"},
		// a report numbered 一. 二. throughout, or with its 一、 read right
		{"一.回顾\n二.安排\n三、附则", "一.回顾\n二.安排\n三、附则"},
		{"一、回顾\n一.细则\n二、安排", "一、回顾\n一.细则\n二、安排"},
		// no 二、 after it
		{"二、安排\n—、回顾", "二、安排\n—、回顾"},
	}
	for _, c := range cases {
		if got := restoreFirstMarker(c.in); got != c.want {
			t.Errorf("restoreFirstMarker(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
