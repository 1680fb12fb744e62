package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// wordNS is the WordprocessingML namespace of a test's document.xml.
const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// numberedPara is a paragraph numbered automatically (w:numPr) at level
// ilvl of numbering numID, its label not in its text.
func numberedPara(numID string, ilvl int, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, ilvl, numID, text)
}

// chineseOutline is a numbering.xml of one outline: 一、 then （一）.
const chineseOutline = `<?xml version="1.0"?><w:numbering ` + wordNS + `>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

// TestRead_DOCXEmptyNumbered: an automatically numbered paragraph left
// empty (its words moved to the next line, or deleted) shows its label
// alone in Word and takes its number. The document reads as the same text
// typed out does: the bare label a line of its own, and the headings after
// it with the numbers a reader sees, not one less.
func TestRead_DOCXEmptyNumbered(t *testing.T) {
	p := func(text string) string { return wordPara("", text) }
	data := zipOf(t,
		"word/document.xml", `<?xml version="1.0"?><w:document `+wordNS+`><w:body>`+
			p("望溪县教育局2034年工作总结")+
			p("2034年，全县教育系统围绕年初目标，各项工作稳步推进。")+
			numberedPara("1", 0, "主要工作")+
			numberedPara("1", 1, "学前教育普惠发展")+
			p("新建公办幼儿园3所，普惠性幼儿园覆盖率达92%。")+
			numberedPara("1", 1, "")+
			p("义务教育均衡发展，改扩建校舍1.2万平方米。")+
			numberedPara("1", 1, "教师队伍建设")+
			p("招聘新教师126名，开展全员培训4200人次。")+
			numberedPara("1", 0, "存在问题")+
			p("城区学位仍然紧张。")+
			`</w:body></w:document>`,
		"word/numbering.xml", chineseOutline,
	)
	d := mustRead(t, "summary.docx", data)
	typed := mustRead(t, "summary.txt", []byte(`望溪县教育局2034年工作总结
2034年，全县教育系统围绕年初目标，各项工作稳步推进。
一、主要工作
（一）学前教育普惠发展
新建公办幼儿园3所，普惠性幼儿园覆盖率达92%。
（二）
义务教育均衡发展，改扩建校舍1.2万平方米。
（三）教师队伍建设
招聘新教师126名，开展全员培训4200人次。
二、存在问题
城区学位仍然紧张。
`))
	if got, want := strings.Join(headings(d), "|"), strings.Join(headings(typed), "|"); got != want {
		t.Errorf("Read(summary.docx) headings\n%s, want as typed out\n%s", got, want)
	}
	if d.Body != typed.Body || !strings.Contains(d.Body, "（三）教师队伍建设") {
		t.Errorf("Read(summary.docx) body\n%s\nwant as typed out\n%s", d.Body, typed.Body)
	}
}

// TestRead_DOCXHiddenText: runs of hidden text (w:vanish: a template's
// hints, an editor's note) are neither shown nor printed by Word; they are
// not read, and the words around them join as the reader sees them. A
// paragraph mark that is hidden hides no text.
func TestRead_DOCXHiddenText(t *testing.T) {
	hidden := func(text string) string {
		return `<w:r><w:rPr><w:vanish/></w:rPr><w:t>` + text + `</w:t></w:r>`
	}
	r := func(text string) string { return `<w:r><w:t>` + text + `</w:t></w:r>` }
	data := zipOf(t,
		"word/document.xml", `<?xml version="1.0"?><w:document `+wordNS+`><w:body>`+
			wordPara("", "望溪县教育局2034年工作总结")+
			`<w:p>`+r("一、")+hidden("（此处填写一级标题）")+r("主要工作")+`</w:p>`+
			`<w:p>`+r("新建公办幼儿园")+hidden("待核实")+r("3所。")+`</w:p>`+
			`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>`+r("招聘新教师126名。")+`</w:p>`+
			`<w:p>`+r("二、")+`<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>存在问题</w:t></w:r></w:p>`+
			wordPara("", "城区学位仍然紧张。")+
			`</w:body></w:document>`,
	)
	d := mustRead(t, "summary.docx", data)
	want := "1 一、主要工作|1 二、存在问题"
	if got := strings.Join(headings(d), "|"); got != want {
		t.Errorf("Read(summary.docx) headings\n%s, want\n%s", got, want)
	}
	for _, s := range []string{"新建公办幼儿园3所。", "招聘新教师126名。"} {
		if !strings.Contains(d.Body, s) {
			t.Errorf("Read(summary.docx) body lacks %q:\n%s", s, d.Body)
		}
	}
	for _, s := range []string{"此处填写", "待核实"} {
		if strings.Contains(d.Body, s) {
			t.Errorf("Read(summary.docx) body keeps the hidden %q:\n%s", s, d.Body)
		}
	}
}
