package corpus

import (
	"context"
	"errors"
	"maps"
	"strings"
	"testing"
)

const odtNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
	`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
	`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
	`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
	`xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ` +
	`xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"`

// odtStylesXML is a styles.xml whose Heading 1 and Heading 2 have outline
// levels, as LibreOffice writes them.
const odtStylesXML = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ` + odtNS + `><office:styles>` +
	`<style:style style:name="Heading" style:family="paragraph"/>` +
	`<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>` +
	`<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>` +
	`</office:styles></office:document-styles>`

// odtFile returns an .odt whose body (office:text) is body.
func odtFile(t *testing.T, body string) []byte {
	t.Helper()
	return odtFileStyled(t, "", "", body)
}

// odtFileStyled is odtFile with more automatic styles in content.xml and
// more styles in styles.xml.
func odtFileStyled(t *testing.T, auto, styles, body string) []byte {
	t.Helper()
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odtNS + `><office:automatic-styles>` +
		`<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Heading_20_2"/>` + auto +
		`</office:automatic-styles><office:body><office:text>` + body + `</office:text></office:body></office:document-content>`
	return zipOf(t, "mimetype", odtMime, "content.xml", content, "styles.xml", strings.Replace(odtStylesXML, "</office:styles>", styles+"</office:styles>", 1))
}

// TestReadODTNumbering checks that automatic numbering is rendered as a
// reader sees it: a list style's levels and the outline style's, the
// count going on across lists that continue one another and starting
// again under a higher level's next item or in a list of its own.
func TestReadODTNumbering(t *testing.T) {
	const cn = `<text:list-style style:name="L1">` +
		`<text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>` +
		`<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-format="一, 二, 三, ..." style:num-suffix="）"/>` +
		`<text:list-level-style-bullet text:level="3" text:bullet-char="●"/></text:list-style>` +
		`<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>` +
		`<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=" "/></text:list-style>` +
		`<text:list-style style:name="L3"><text:list-level-style-number text:level="1" style:num-format="①, ②, ③, ..." text:start-value="3"/></text:list-style>`
	const outline = `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>` +
		`<text:outline-level-style text:level="2" style:num-format=""/></text:outline-style>`
	item := func(s string) string { return `<text:list-item><text:p>` + s + `</text:p></text:list-item>` }
	tests := []struct {
		name, body, want string
		hints            map[string]int
	}{
		{"lists that continue, a deeper level starting again",
			`<text:list text:style-name="L1">` + item("工作回顾") + `</text:list><text:p>正文。</text:p>` +
				`<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:list>` + item("产业发展") + item("城乡建设") + `</text:list></text:list-item></text:list>` +
				`<text:list text:style-name="L1" text:continue-list="list1">` + item("工作安排") + `<text:list-item><text:list>` + item("稳增长") +
				`<text:list-item><text:list>` + item("技改") + `</text:list></text:list-item></text:list></text:list-item></text:list>`,
			"一、工作回顾\n正文。\n（一）产业发展\n（二）城乡建设\n二、工作安排\n（一）稳增长\n技改", map[string]int{}},
		{"a list of its own starts again",
			`<text:list text:style-name="L2">` + item("甲") + item("乙") + `</text:list><text:p>正文。</text:p><text:list text:style-name="L2">` + item("丙") +
				`<text:list-item><text:list>` + item("丁") + `</text:list></text:list-item></text:list>`,
			"1.甲\n2.乙\n正文。\n1.丙\n1.1 丁", map[string]int{}},
		{"start values and a list header",
			`<text:list text:style-name="L3"><text:list-header><text:p>说明</text:p></text:list-header>` + item("甲") + `<text:list-item text:start-value="9"><text:p>乙</text:p><text:p>续</text:p></text:list-item></text:list>`,
			"说明\n③甲\n⑨乙\n续", map[string]int{}},
		{"headings numbered by the outline style, once",
			`<text:h text:outline-level="1">工作回顾</text:h><text:h text:outline-level="2">产业发展</text:h><text:h text:outline-level="1"><text:number>二、</text:number>工作安排</text:h>`,
			"一、工作回顾\n产业发展\n二、工作安排", map[string]int{"一、工作回顾": 1, "产业发展": 2, "二、工作安排": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkODT(t, odtFileStyled(t, cn, outline, tt.body), tt.want, tt.hints)
		})
	}
}

// TestReadODT checks the reading of an OpenDocument text: one line a
// paragraph, headings' outline levels (their own, or their style's) as
// heading hints, spaces as counted, tables' rows as lines, and what is no
// part of the text (a table of contents, deleted changes, annotations, a
// note's mark) left out.
func TestReadODT(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		want  string
		hints map[string]int
	}{
		{"headings by outline level",
			`<text:p>望川县2032年工作要点</text:p><text:h text:outline-level="1">工作回顾</text:h><text:p>全县经济平稳运行。</text:p>` +
				`<text:h text:outline-level="2">（一）产业发展</text:h><text:h>总体要求</text:h>`,
			"望川县2032年工作要点\n工作回顾\n全县经济平稳运行。\n（一）产业发展\n总体要求",
			map[string]int{"工作回顾": 1, "（一）产业发展": 2, "总体要求": 1}},
		{"heading by its style's outline level",
			`<text:p text:style-name="P2">（二）城乡建设</text:p><text:p text:style-name="Standard">沿河绿道贯通。</text:p>`,
			"（二）城乡建设\n沿河绿道贯通。", map[string]int{"（二）城乡建设": 2}},
		{"spaces, tabs and line breaks",
			`<text:p>望川县人民政府<text:s text:c="3"/>县长<text:tab/>林远<text:line-break/>2032年1月6日</text:p><text:p>增长<text:span>6.2%</text:span>，<text:a>详见附表</text:a>。</text:p>`,
			"望川县人民政府   县长 林远\n2032年1月6日\n增长6.2%，详见附表。", map[string]int{}},
		{"table rows as lines",
			`<table:table><table:table-row><table:table-cell><text:p>指标</text:p></table:table-cell><table:table-cell><text:p>2031年</text:p></table:table-cell></table:table-row>` +
				`<table:table-row><table:table-cell><text:p>新增学位</text:p></table:table-cell><table:table-cell><text:p>1.5万个</text:p></table:table-cell></table:table-row></table:table>`,
			"指标 2031年\n新增学位 1.5万个", map[string]int{"指标 2031年": rowHint, "新增学位 1.5万个": rowHint}},
		{"a table of one cell is read by paragraphs",
			`<table:table><table:table-row><table:table-cell><text:p>一、工作回顾</text:p><text:p>全县经济平稳运行。</text:p></table:table-cell></table:table-row></table:table>`,
			"一、工作回顾\n全县经济平稳运行。", map[string]int{}},
		{"what is not the text",
			`<text:table-of-content><text:index-body><text:p>工作回顾<text:tab/>1</text:p></text:index-body></text:table-of-content>` +
				`<text:tracked-changes><text:changed-region><text:deletion><text:p>删去的段落</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
				`<text:p>新建学校<office:annotation><text:p>核对数字</text:p></office:annotation>12所<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>含改扩建。</text:p></text:note-body></text:note>。</text:p>`,
			"新建学校12所。\n\n含改扩建。", map[string]int{}},
		{"a frame's text before its paragraph",
			`<text:p>正文开头<draw:frame><draw:text-box><text:p>图1 望川河绿道</text:p></draw:text-box></draw:frame>正文继续。</text:p>`,
			"图1 望川河绿道\n正文开头正文继续。", map[string]int{}},
		{"white space of the XML collapsed, a picture's title not read",
			"<text:p>\n    望川县<text:span> \t 人民政府 </text:span>\n  <text:s/>工作报告<draw:frame><svg:title>照片</svg:title><svg:desc>沿河绿道</svg:desc><draw:image/></draw:frame></text:p>",
			"望川县 人民政府  工作报告", map[string]int{}},
		{"list items",
			`<text:list><text:list-item><text:p>1.稳住工业增长。</text:p></text:list-item><text:list-item><text:list><text:list-item><text:p>（1）技改投资。</text:p></text:list-item></text:list></text:list-item></text:list>`,
			"1.稳住工业增长。\n（1）技改投资。", map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkODT(t, odtFile(t, tt.body), tt.want, tt.hints)
		})
	}
}

// TestReadODTSections checks that an .odt's headings open sections even
// without numbering, as a .docx's heading styles do.
func TestReadODTSections(t *testing.T) {
	body := `<text:p>望川县2032年政府工作报告</text:p><text:p>各位代表：</text:p><text:p>现在，我代表县人民政府向大会报告工作，请予审议。</text:p>` +
		`<text:h text:outline-level="1">2031年工作回顾</text:h><text:p>过去一年，全县经济平稳运行，地区生产总值增长6.2%，城乡居民收入稳步提高。</text:p>` +
		`<text:h text:outline-level="1">2032年工作安排</text:h><text:p>今年是承上启下的一年，全县上下要稳住工业增长，办好民生实事。</text:p>`
	d, err := Read("望川县2032年政府工作报告.odt", odtFile(t, body))
	if err != nil {
		t.Fatal(err)
	}
	Split(d)
	var heads []string
	for _, s := range d.Sections {
		if s.Level == 1 {
			heads = append(heads, s.Heading)
		}
	}
	if strings.Join(heads, "|") != "2031年工作回顾|2032年工作安排" || d.Year != 2032 {
		t.Errorf("year %d, top-level sections %q", d.Year, heads)
	}
}

// TestReadODTErrors checks that a broken .odt fails with an error naming
// the file and telling the case apart, and that one without an extension
// or under a Word file's name is read as what it is.
func TestReadODTErrors(t *testing.T) {
	good := odtFile(t, `<text:p>望川县人民政府</text:p>`)
	deep := strings.Repeat(`<text:span>`, maxODTDepth) + "望川" + strings.Repeat(`</text:span>`, maxODTDepth)
	tests := []struct {
		name string
		data []byte
		want error
		says string
	}{
		{"cut short", good[:len(good)-30], ErrTruncated, ""},
		{"no content.xml", zipOf(t, "mimetype", odtMime, "styles.xml", odtStylesXML), ErrMalformed, "without content.xml"},
		{"XML broken", zipOf(t, "mimetype", odtMime, "content.xml", `<office:document-content `+odtNS+`><office:body><office:text><text:p>望川</text:h>`), ErrMalformed, "content.xml"},
		{"XML cut", zipOf(t, "mimetype", odtMime, "content.xml", `<office:document-content `+odtNS+`><office:body><office:text><text:p>望川`), ErrTruncated, "content.xml"},
		{"nested too deep", odtFile(t, `<text:p>`+deep+`</text:p>`), ErrMalformed, "nested"},
		{"no text", odtFile(t, `<text:p/><text:p> </text:p>`), ErrEmpty, "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("计划.odt", tt.data)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "计划.odt") || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("got %v, want %v naming the file and saying %q", err, tt.want, tt.says)
			}
		})
	}
	text := `<text:p>望川县2032年工作要点</text:p><text:p>2031年，全县上下稳住工业增长，县域经济总量首次突破三百亿元。</text:p>`
	for _, name := range []string{"望川县2032年工作要点", "望川县2032年工作要点.doc", "望川县2032年工作要点.ofd"} {
		d, err := Read(name, odtFile(t, text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Year != 2032 || len(d.Warnings) == 0 || !strings.Contains(d.Warnings[0].Message, "OpenDocument") {
			t.Errorf("%s: year %d, warnings %v", name, d.Year, d.Warnings)
		}
	}
	// a flat OpenDocument file
	flat := `<?xml version="1.0" encoding="UTF-8"?><office:document ` + odtNS + ` office:mimetype="` + odtMime + `"><office:body><office:text>` + text + `</office:text></office:body></office:document>`
	if d, err := Read("要点.fodt", []byte(flat)); err != nil || d.Year != 2032 {
		t.Errorf("flat file: %v, %v", d, err)
	}
}

// checkODT reads file as an .odt and checks its text and heading hints.
func checkODT(t *testing.T, file []byte, want string, wantHints map[string]int) {
	t.Helper()
	got, hints, err := readODT(context.Background(), "要点.odt", file)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if !maps.Equal(hints, wantHints) {
		t.Errorf("hints %v, want %v", hints, wantHints)
	}
}
