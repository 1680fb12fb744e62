package corpus

import (
	"strings"
	"testing"
)

// wordNS is the WordprocessingML namespace of a test's document.xml.
const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

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
