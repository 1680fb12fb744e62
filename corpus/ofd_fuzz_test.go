package corpus

import (
	"errors"
	"testing"
)

// FuzzReadOFD reads OFD files made of any document part and any page
// content (seeded with the shapes of the tests: a line an object with its
// advances, a character an object under a scaling matrix, nested page
// blocks, a template, composite objects drawing units that draw
// themselves): a file reads to a document or to an error, and
// never trips a bug of the reading (ErrInternal, a panic recovered).
func FuzzReadOFD(f *testing.F) {
	lines, _ := ofdLayout(40, "望川县2032年工作要点", tParaA)
	document := `<ofd:Document ` + ofdNS + `><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>` +
		`<ofd:TemplatePage ID="2" BaseLoc="/Doc_0/Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages><ofd:Page ID="3" BaseLoc="Pages/Page_0/Content.xml"/>` +
		`<ofd:Page ID="4" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`
	page := func(objs string) string {
		return `<ofd:Page ` + ofdNS + `><ofd:Template TemplateID="2"/><ofd:Content><ofd:Layer ID="5">` + objs + `</ofd:Layer></ofd:Content></ofd:Page>`
	}
	f.Add(document, page(ofdTextObjects(lines, false)))
	f.Add(document, page(`<ofd:PageBlock ID="6">`+ofdTextObjects(lines, true)+`</ofd:PageBlock>`))
	f.Add(document, page(`<ofd:TextObject Boundary="28 40 150 6" CTM="0 1 -1 0 0 0" Size="5"><ofd:TextCode X="1e308" Y="-5" DeltaX="g 99999999 5 g" DeltaY="g 2 -1">一二三</ofd:TextCode><ofd:TextCode>四</ofd:TextCode></ofd:TextObject>`))
	f.Add(document, page(`<ofd:CompositeObject ID="7" ResourceID="20" Boundary="5 5 100 100" CTM="2 0 0 2 0 0"/><ofd:CompositeObject ResourceID="21"/>`))
	res := `<ofd:Res ` + ofdNS + `><ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="20"><ofd:Content><ofd:Layer>` + ofdTextObjects(lines, false) +
		`<ofd:CompositeObject ResourceID="20" Boundary="0 0 1 1"/></ofd:Layer></ofd:Content></ofd:CompositeGraphicUnit>` +
		`<ofd:CompositeGraphicUnit ID="21"/></ofd:CompositeGraphicUnits></ofd:Res>`
	f.Fuzz(func(t *testing.T, document, content string) {
		data := zipOf(t, "OFD.xml", `<ofd:OFD `+ofdNS+`><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
			"Doc_0/Document.xml", document, "Doc_0/Pages/Page_0/Content.xml", content,
			"Doc_0/Tpls/Tpl_0/Content.xml", page(ofdTextObjects(lines[:1], false)), "Doc_0/PublicRes.xml", res)
		d, err := Read("fuzz.ofd", data)
		if errors.Is(err, ErrInternal) || (d == nil) == (err == nil) {
			t.Fatalf("Read gave %v, %v", d, err)
		}
	})
}

// FuzzReadODT reads OpenDocument texts made of any content and styles
// parts (seeded with headings, styled paragraphs, tables, notes, frames,
// a table of contents and numbered lists): a file reads to a document or to an error,
// and never trips a bug of the reading.
func FuzzReadODT(f *testing.F) {
	content := func(body string) string {
		return `<office:document-content ` + odtNS + `><office:automatic-styles><style:style style:name="P2" style:family="paragraph" style:parent-style-name="Heading_20_2"/></office:automatic-styles>` +
			`<office:body><office:text>` + body + `</office:text></office:body></office:document-content>`
	}
	f.Add(content(`<text:h text:outline-level="1">工作回顾</text:h><text:p text:style-name="P2">（一）产业<text:s text:c="2"/>发展</text:p>`), odtStylesXML)
	f.Add(content(`<table:table><table:table-row><table:table-cell><table:table><table:table-row><table:table-cell><text:p>指标</text:p></table:table-cell></table:table-row></table:table></table:table-cell><table:table-cell><text:p>12所</text:p></table:table-cell></table:table-row></table:table>`), "")
	f.Add(content(`<text:p>学校<text:note><text:note-body><text:p>注<draw:frame><draw:text-box><text:p>框</text:p></draw:text-box></draw:frame></text:p></text:note-body></text:note></text:p><text:table-of-content><text:p>目录</text:p></text:table-of-content>`), `<office:document-styles `+odtNS+`><style:style style:name="a" style:parent-style-name="a" style:default-outline-level="99"/></office:document-styles>`)
	f.Add(content(`<text:list text:style-name="L1" text:continue-list="x"><text:list-item text:start-value="-3"><text:list><text:list-item><text:h text:outline-level="11">工作回顾</text:h></text:list-item></text:list></text:list-item></text:list>`),
		`<office:document-styles `+odtNS+`><office:styles><text:list-style style:name="L1"><text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." text:display-levels="9" style:num-prefix="（"/></text:list-style>`+
			`<text:outline-style><text:outline-level-style text:level="1" style:num-format="①" text:start-value="999999"/></text:outline-style></office:styles></office:document-styles>`)
	f.Fuzz(func(t *testing.T, content, styles string) {
		parts := []string{"mimetype", odtMime, "content.xml", content}
		if styles != "" {
			parts = append(parts, "styles.xml", styles)
		}
		d, err := Read("fuzz.odt", zipOf(t, parts...))
		if errors.Is(err, ErrInternal) || (d == nil) == (err == nil) {
			t.Fatalf("Read gave %v, %v", d, err)
		}
	})
}
