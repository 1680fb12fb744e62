package corpus

import (
	"strings"
	"testing"
)

func TestUnwrapDumpRefuses(t *testing.T) {
	long := strings.Repeat("全市地区生产总值增长6%，城镇新增就业3万人。", 12)
	for _, in := range []string{
		"政府工作报告\n各位代表：\n" + long,                        // a report
		"2031年工作总结, 全文\n" + long + "\n二、下一步打算\n" + long, // a report whose first line has a comma
		`{"title": "某县2031年工作总结", "content": "太短"}`,     // no field long enough
		"{青石区2031年工作要点}\n" + long,                       // braces, no JSON
		"id,title\n1,某县2031年工作总结",                       // a CSV row without a text
	} {
		if got, ok := unwrapDump(in); ok || got != in {
			t.Errorf("unwrapDump(%.20q) = %.20q, %v; want the text unchanged, false", in, got, ok)
		}
	}
}
