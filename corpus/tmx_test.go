package corpus

import (
	"errors"
	"strings"
	"testing"
)

// tmxOf returns a TMX file whose body holds units.
func tmxOf(units ...string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4">` + "\n" +
		`<header creationtool="aligner" segtype="sentence" adminlang="en-US" srclang="en-US" datatype="plaintext"></header>` + "\n<body>\n" +
		strings.Join(units, "\n") + "\n</body>\n</tmx>\n")
}

// tmxUnit returns a unit of a Chinese and an English variant, Chinese first
// or not.
func tmxUnit(zh, en string, zhFirst bool) string {
	z := `<tuv xml:lang="zh-CN"><seg>` + zh + `</seg></tuv>`
	e := `<tuv xml:lang="en-US"><seg>` + en + `</seg></tuv>`
	if zhFirst {
		return "<tu>\n" + z + "\n" + e + "\n</tu>"
	}
	return "<tu>\n" + e + "\n" + z + "\n</tu>"
}

// TestReadTMX checks that a bilingual translation memory is read for its
// Chinese side, one unit a line, whatever the variants' order, without the
// inline codes' text, and that its title, subtitle and headings, units of
// their own, make a report Split reads.
func TestReadTMX(t *testing.T) {
	data := tmxOf(
		tmxUnit("政府工作报告", "REPORT ON THE WORK OF THE GOVERNMENT", true),
		tmxUnit("——2031年1月8日在明湖市第九届人民代表大会第二次会议上", "Delivered at the Second Session of the Ninth Minghu Municipal People's Congress", false),
		tmxUnit("明湖市市长 周一帆", "Zhou Yifan, Mayor of Minghu", true),
		tmxUnit("各位代表：", "Fellow Deputies,", true),
		tmxUnit("现在，我代表市人民政府，向大会报告工作，请予审议。", "On behalf of the municipal government, I now report on its work.", true),
		tmxUnit("一、2030年工作回顾", "I. Review of Our Work in 2030", false),
		tmxUnit("过去一年，全市地区生产总值增长<ph x=\"1\">&lt;b&gt;</ph>5.8%<ph x=\"2\">&lt;/b&gt;</ph>，", "Regional GDP grew by 5.8 percent,", true),
		tmxUnit("城乡居民收入<hi type=\"b\">稳步</hi>提高。", "and incomes rose steadily.", true),
		// a unit whose codes are missing: the variant with Chinese in it
		`<tu><tuv><seg>Harbor traffic rose.</seg></tuv><tuv><seg>港口吞吐量增长三成。</seg></tuv></tu>`,
		// a footnote's text inside an inline code
		tmxUnit(`新建学校十二所<bpt i="1">&lt;fn&gt;<sub>含九年一贯制学校两所</sub></bpt><ept i="1">&lt;/fn&gt;</ept>。`, "Twelve schools were built.", true),
		tmxUnit("二、2031年工作安排", "II. Our Work in 2031", true),
		tmxUnit("今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。", "This year's main target is growth of around 5.5 percent.", true),
		tmxUnit("（一）稳住工业增长", "Stabilizing industrial growth", true),
		tmxUnit("推动重点企业扩产增效。", "We will help key enterprises expand.", true),
		tmxUnit("（二）办好民生实事", "Delivering on public services", true),
		tmxUnit("新增城镇就业二万人。", "Twenty thousand urban jobs will be added.", true),
	)
	text, warns, err := readTMX("明湖市2031年政府工作报告.tmx", data)
	if err != nil || len(warns) != 0 {
		t.Fatalf("readTMX: %v, warnings %v", err, warns)
	}
	want := "政府工作报告\n——2031年1月8日在明湖市第九届人民代表大会第二次会议上\n明湖市市长 周一帆\n各位代表：\n" +
		"现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2030年工作回顾\n过去一年，全市地区生产总值增长5.8%，\n" +
		"城乡居民收入稳步提高。\n港口吞吐量增长三成。\n新建学校十二所含九年一贯制学校两所。\n二、2031年工作安排\n" +
		"今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n（一）稳住工业增长\n推动重点企业扩产增效。\n（二）办好民生实事\n新增城镇就业二万人。\n"
	if text != want {
		t.Errorf("text:\n%s\nwant:\n%s", text, want)
	}
	d, err := Read("明湖市2031年政府工作报告.tmx", data)
	if err != nil {
		t.Fatal(err)
	}
	Split(d)
	var heads []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			heads = append(heads, s.Heading)
		}
	}
	if d.Year != 2031 || d.Region != "明湖市" || strings.Join(heads, "|") != "一、2030年工作回顾|二、2031年工作安排|（一）稳住工业增长|（二）办好民生实事" {
		t.Errorf("year %d, region %q, headings %q", d.Year, d.Region, heads)
	}
	if strings.Contains(d.Body, "REPORT") || strings.Contains(d.Body, "&lt;") || strings.Contains(d.Body, "<b>") {
		t.Errorf("English or an inline code read: %q", d.Body)
	}
}

// TestReadTMXErrors checks the files readTMX refuses, with an error naming
// the file, and that one cut off gives its whole units with a warning.
func TestReadTMXErrors(t *testing.T) {
	good := tmxOf(tmxUnit("各位代表：", "Fellow Deputies,", true), tmxUnit("现在，我代表县人民政府向大会报告工作。", "I now report on the work of the county government.", true))
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", []byte(" \n"), ErrEmpty},
		{"no Chinese", tmxOf(tmxUnit("", "Fellow Deputies,", true)), ErrUnsupported},
		{"broken", []byte(`<tmx><body><tu><tuv xml:lang="zh"><seg>望川</tuv></tu></body></tmx>`), ErrMalformed},
		{"cut before a unit ends", []byte(`<tmx><body><tu><tuv xml:lang="zh"><seg>望川县`), ErrTruncated},
		{"nested too deep", tmxOf("<tu><tuv xml:lang=\"zh\"><seg>" + strings.Repeat("<hi>", maxTMXDepth) + "望川" + strings.Repeat("</hi>", maxTMXDepth) + "</seg></tuv></tu>"), ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("望川县政府工作报告.tmx", tt.data)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "望川县政府工作报告.tmx") {
				t.Errorf("got %v, want %v naming the file", err, tt.want)
			}
		})
	}
	cut := good[:strings.LastIndex(string(good), "</tu>")-20]
	text, warns, err := readTMX("望川县.tmx", cut)
	if err != nil || text != "各位代表：\n" || len(warns) != 1 || !strings.Contains(warns[0].Message, "cut off") {
		t.Errorf("cut file: %q, %v, %v", text, warns, err)
	}
}
