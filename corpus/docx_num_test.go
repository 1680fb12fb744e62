package corpus

import (
	"strings"
	"testing"
)

// TestRead_DOCXHeadingNumberingOff: a paragraph in a numbered heading
// style with its numbering switched off (w:numId 0: a closing part the
// writer left unnumbered) is a heading of its style's level all the same,
// a part beside the numbered parts, not a point under the last of them.
func TestRead_DOCXHeadingNumberingOff(t *testing.T) {
	styles := `<?xml version="1.0"?><w:styles ` + wordNS + `>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`
	body := reportParas(func(_ int, l string) string {
		switch {
		case strings.HasPrefix(l, "一、") || strings.HasPrefix(l, "二、"):
			return wordPara("1", l[len("一、"):])
		case strings.HasPrefix(l, "（"):
			return wordPara("2", l[strings.Index(l, "）")+len("）"):])
		}
		return wordPara("", l)
	}) + `<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>加强政府自身建设</w:t></w:r></w:p>` +
		wordPara("", "全县政府系统要坚持依法行政，持续改进作风，提高办事效率。")
	d := mustRead(t, "report.docx", zipOf(t, "word/document.xml", wordDoc(body), "word/numbering.xml", chineseOutline, "word/styles.xml", styles))
	hs := strings.Join(headings(d), "|")
	if !strings.HasSuffix(hs, "|1 加强政府自身建设") || !strings.Contains(hs, "2 （二）办好民生实事|") {
		t.Errorf("Read(report.docx) headings\n%s\nwant 加强政府自身建设 a part (level 1) after （二）办好民生实事", hs)
	}
}
