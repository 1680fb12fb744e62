package corpus

import (
	"errors"
	"testing"
)

// FuzzReadDOCX reads Word files made of any document, numbering and
// styles parts (seeded with the shapes of the tests: numbered and styled
// headings, list styles, tracked changes, tables): a file reads to a
// document or to an error, and never trips a bug of the reading
// (ErrInternal, a panic recovered).
func FuzzReadDOCX(f *testing.F) {
	styles := `<?xml version="1.0"?><w:styles ` + wordNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="numbering" w:styleId="af2"><w:name w:val="list"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`
	tracked := `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2037-01-06T09:00:00Z"/></w:rPr></w:pPr>` +
		`<w:ins w:id="2" w:author="a"><w:r><w:t>新增</w:t></w:r></w:ins><w:del w:id="3" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del></w:p>` +
		`<w:tbl><w:tr><w:trPr><w:del w:id="4" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`
	f.Add(wordDoc(autoNumbered("1")), chineseOutline, styles)
	f.Add(wordDoc(numberedPara("1", 0, "发展经济")+numberedPara("1", 3, "细项")+numberedPara("9", 1, "无")), chineseOutline, "")
	f.Add(wordDoc(tracked+wordPara("2", "工作回顾")), "", styles)
	f.Add(wordDoc(numberedPara("1", 0, "一")), `<w:numbering `+wordNS+`><w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="af2"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`, styles)
	f.Fuzz(func(t *testing.T, document, numbering, styles string) {
		parts := []string{"word/document.xml", document}
		if numbering != "" {
			parts = append(parts, "word/numbering.xml", numbering)
		}
		if styles != "" {
			parts = append(parts, "word/styles.xml", styles)
		}
		d, err := Read("fuzz.docx", zipOf(t, parts...))
		if errors.Is(err, ErrInternal) || (d == nil) == (err == nil) {
			t.Fatalf("Read gave %v, %v", d, err)
		}
	})
}
