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

// TestLeadRecord checks that a crawler's record of the page above its text
// (a JSON object on one line, a Markdown table of one row) is read as a
// front matter, and that records of other shapes are left alone.
func TestLeadRecord(t *testing.T) {
	body := "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
	for _, tc := range []struct{ name, in, want string }{
		{"json line", `{"title": "澜沧湾市2031年政府工作报告", "url": "https://example.org/a.html", "publish_date": "2031-01-18"}` + "\n" + body,
			"---\ndate: 2031-01-18\ntitle: 澜沧湾市2031年政府工作报告\nurl: https://example.org/a.html\n---\n" + body},
		{"markdown table", "| 标题 | 发布日期 | 来源 |\n| --- | --- | --- |\n| 澜沧湾市2031年政府工作报告 | 2031-01-18 | https://example.org/a.html |\n\n" + body,
			"---\ndate: 2031-01-18\nsource: https://example.org/a.html\ntitle: 澜沧湾市2031年政府工作报告\n---\n\n" + body},
		{"markdown table, a field without its value", "| 标题 | 发布日期 | 链接 |\n|---|---|---|\n| 澜沧湾市2031年政府工作报告 |  | https://example.org/a.html |\n" + body,
			"---\ntitle: 澜沧湾市2031年政府工作报告\n链接: https://example.org/a.html\n---\n" + body},
		{"no title", `{"url": "https://example.org/a.html", "publish_date": "2031-01-18"}` + "\n" + body, ""},
		{"one known field", `{"title": "澜沧湾市2031年政府工作报告", "views": "1024"}` + "\n" + body, ""},
		{"records one a line", `{"title": "澜沧湾市2031年政府工作报告", "url": "https://example.org/a.html"}` + "\n" + `{"title": "澜沧湾市2032年政府工作报告", "url": "https://example.org/b.html"}`, ""},
		{"a table in the text", "| 指标 | 2031年 | 增长 |\n| --- | --- | --- |\n| 地区生产总值 | 1200亿元 | 6% |\n" + body, ""},
	} {
		got, ok := leadRecord(tc.in)
		if tc.want == "" {
			if ok || got != tc.in {
				t.Errorf("%s: leadRecord = %q, %v; want the text unchanged", tc.name, got, ok)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("%s: leadRecord = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
}
