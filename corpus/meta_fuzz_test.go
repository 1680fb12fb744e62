package corpus

import (
	"strings"
	"testing"
)

// FuzzReadMeta checks that reading metadata never panics, that a title is
// one line, that a year is 0 or within 1900-2100, that every field with a
// value has an origin, and that a collector's header, when cut, leaves the
// title above it, if any, and the end of the text (the rest of its 正文：
// line trimmed, and what follows).
func FuzzReadMeta(f *testing.F) {
	for _, s := range []string{
		"政 府 工 作 报 告\n——2023年2月10日在望川县第十七届人民代表大会第三次会议上\n望川县人民政府县长 林晓\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2022年工作回顾\n",
		"标题：明湖市2024年政府工作报告\n发文单位：明湖市人民政府\n正文：各位代表：\n现在，我代表市人民政府，向大会报告工作。",
		"---\ntitle: 岚山省2026年政府工作报告\nprovince: 岚山省\n---\n（二〇二六年一月二十七日在岚山省第十四届人民代表大会第四次会议上）",
		"1978年政府工作报告——1978年2月26日在第五届全国人民代表大会第一次会议上国务院总理某某各位代表：",
		"各位代表\n人民代表大会第二次会议上\n——2024年1月1日在\n第1次会议上",
		"", "——", "各位代表", "我代表", "（2024年）",
	} {
		f.Add("report.txt", s)
	}
	f.Fuzz(func(t *testing.T, name, text string) {
		if h, rest, ok := cutCollectorHeader(text); ok {
			lead := 0 // the title kept above the header: what rest and text begin with
			for lead < len(rest) && lead < len(text) && rest[lead] == text[lead] {
				lead++
			}
			lead = strings.LastIndexByte(rest[:lead], '\n') + 1
			first, after, _ := strings.Cut(rest[lead:], "\n")
			if !strings.HasSuffix(text, after) || !strings.Contains(text, strings.TrimSpace(first)) {
				t.Fatalf("cutCollectorHeader(%q) left %q, not the end of the text (header %+v)", text, rest, h)
			}
		}
		d := &Document{ID: "x", Body: text}
		fillMeta(d, metaInput{raw: text, name: name})
		if strings.Contains(d.Title, "\n") {
			t.Errorf("title %q spans lines", d.Title)
		}
		if d.Year != 0 && (d.Year < 1900 || d.Year > 2100) {
			t.Errorf("year %d", d.Year)
		}
		for field, v := range map[string]string{"title": d.Title, "kind": d.Kind, "region": d.Region, "issuer": d.Issuer} {
			if v != "" && d.Origins[field] == "" {
				t.Errorf("%s %q has no origin (%v)", field, v, d.Origins)
			}
		}
		if d.Year != 0 && d.Origins["year"] == "" {
			t.Errorf("year %d has no origin (%v)", d.Year, d.Origins)
		}
	})
}
