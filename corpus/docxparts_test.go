package corpus

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"mime/quotedprintable"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// typedLines returns the lines of typedReport from i to j (j < 0: to the end).
func typedLines(i, j int) []string {
	lines := strings.Split(strings.TrimSpace(typedReport), "\n")
	if j < 0 {
		j = len(lines)
	}
	return lines[i:j]
}

// numberedReport returns typedReport's paragraphs as document.xml holds
// them when Word numbers the headings (chineseOutline): 一、 and （一） are
// not in the text.
func numberedReport() string {
	return reportParas(func(_ int, l string) string {
		switch {
		case strings.HasPrefix(l, "一、"), strings.HasPrefix(l, "二、"):
			return numberedPara("1", 0, strings.TrimPrefix(strings.TrimPrefix(l, "一、"), "二、"))
		case strings.HasPrefix(l, "（一）"), strings.HasPrefix(l, "（二）"):
			return numberedPara("1", 1, l[len("（一）"):])
		}
		return wordPara("", l)
	})
}

// officeRels is a .rels part of the given relationships (ID, type's last
// segment, target).
func officeRels(rels ...string) string {
	s := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	for i := 0; i+2 < len(rels); i += 3 {
		s += `<Relationship Id="` + rels[i] + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + rels[i+1] + `" Target="` + rels[i+2] + `"/>`
	}
	return s + `</Relationships>`
}

// TestRead_DOCXMainPartNamed: Word for the web saves the main document as
// word/document2.xml, its relationships in word/_rels/document2.xml.rels;
// the package's _rels/.rels says so. The file reads as the same report
// saved by Word (document.xml), its numbering found through the main
// part's relationships.
func TestRead_DOCXMainPartNamed(t *testing.T) {
	checkTyped(t, zipOf(t,
		"_rels/.rels", officeRels("rId1", "officeDocument", "word/document2.xml"),
		"word/document2.xml", wordDoc(numberedReport()),
		"word/_rels/document2.xml.rels", officeRels("rId3", "numbering", "numbering.xml", "rId4", "hyperlink", "https://example.invalid/"),
		"word/numbering.xml", chineseOutline,
	))
}

// htmlParas returns lines as a web page's paragraphs.
func htmlParas(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(`<p style="text-indent:2em">` + html.EscapeString(l) + "</p>\n")
	}
	return b.String()
}

// TestRead_DOCXAltChunkArchive: a web system's "export to Word"
// (html-docx-js) writes a document.xml holding only a w:altChunk, the
// report in a web archive (afchunk.mht: MIME, the page quoted-printable).
// Word opens it as the page's paragraphs, its body alone; so does Read.
func TestRead_DOCXAltChunkArchive(t *testing.T) {
	// (the page's <title>, an export's name for it, is not shown by Word)
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>导出文档</title></head><body>` + htmlParas(typedLines(0, -1)) + `</body></html>`
	var qp bytes.Buffer
	w := quotedprintable.NewWriter(&qp)
	w.Write([]byte(page))
	w.Close()
	mht := "MIME-Version: 1.0\nContent-Type: multipart/related;\n    type=\"text/html\";\n    boundary=\"----=mhtDocumentPart\"\n\n\n" +
		"------=mhtDocumentPart\nContent-Type: text/html;\n    charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n" +
		"Content-Location: file:///C:/fake/document.html\n\n" + qp.String() + "\n\n------=mhtDocumentPart--\n"
	checkTyped(t, zipOf(t,
		"_rels/.rels", officeRels("rId1", "officeDocument", "word/document.xml"),
		"word/document.xml", wordDoc(`<w:altChunk r:id="htmlChunk" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><w:sectPr/>`),
		"word/_rels/document.xml.rels", officeRels("htmlChunk", "aFChunk", "/word/afchunk.mht"),
		"word/afchunk.mht", mht,
	))
}

// TestRead_DOCXAltChunkPage: a program adding HTML to a Word file
// (python-docx, POI) puts the body in a web page part (GBK, as the system
// serves it) between paragraphs of the document's own: the page's lines
// are read in their place, between the title and the closing lines.
func TestRead_DOCXAltChunkPage(t *testing.T) {
	page, err := simplifiedchinese.GBK.NewEncoder().String(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>` +
		htmlParas(typedLines(1, 10)) + `</body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	var native strings.Builder
	native.WriteString(wordPara("", typedLines(0, 1)[0]))
	native.WriteString(`<w:altChunk r:id="rId5"/>`)
	for _, l := range typedLines(10, -1) {
		native.WriteString(wordPara("", l))
	}
	checkTyped(t, zipOf(t,
		"word/document.xml", wordDoc(native.String()),
		"word/_rels/document.xml.rels", officeRels("rId5", "aFChunk", "altChunk1.html"),
		"word/altChunk1.html", page,
	))
}

// TestRead_DOCXAltChunkDocument: documents merged by altChunk keep each
// merged document whole, a .docx inside the .docx; its paragraphs (and its
// numbering) are read where it stands. A chunk's own chunks are not: one
// level is what merging makes.
func TestRead_DOCXAltChunkDocument(t *testing.T) {
	inner := zipOf(t,
		"word/document.xml", wordDoc(numberedReport()[len(wordPara("", typedLines(0, 1)[0])):]+`<w:altChunk r:id="rIdDeep"/>`),
		"word/_rels/document.xml.rels", officeRels("rIdDeep", "aFChunk", "deep.txt"),
		"word/deep.txt", "（三）不应读到的一层之下",
		"word/numbering.xml", chineseOutline,
	)
	checkTyped(t, zipOf(t,
		"word/document.xml", wordDoc(wordPara("", typedLines(0, 1)[0])+`<w:altChunk r:id="rId7"/>`),
		"word/_rels/document.xml.rels", officeRels("rId7", "aFChunk", "part1.docx"),
		"word/part1.docx", string(inner),
	))
}

// TestReadAltChunk: the formats of a chunk. A web archive's page may be
// base64; an HTML fragment is a page; text without markup is text, in
// whatever encoding the text reader knows; an RTF chunk is read as RTF.
func TestReadAltChunk(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("一、2036年工作回顾\n全县地区生产总值增长5.8%。\n")
	page := base64.StdEncoding.EncodeToString([]byte(`<html><body><p>一、2036年工作回顾</p><p>全县地区生产总值增长5.8%。</p></body></html>`))
	for _, tc := range []struct {
		name, data string
		want       string // "" when not read
	}{
		{"base64 archive", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + page + "\r\n--b1--\r\n", "全县地区生产总值增长5.8%。"},
		{"fragment", `<div>一、2036年工作回顾</div><div>全县地区生产总值增长5.8%。</div>`, "全县地区生产总值增长5.8%。"},
		{"GBK text", gbk, "全县地区生产总值增长5.8%。"},
		{"RTF", `{\rtf1\ansi\ansicpg936 \'c8\'ab\'cf\'d8 2036}`, "全县 2036"},
		{"archive without a page", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: image/png\r\n\r\nxx\r\n--b1--\r\n", ""},
	} {
		text, _, ok := readAltChunk(context.Background(), "chunk", []byte(tc.data), 0)
		if ok != (tc.want != "") || !strings.Contains(text, tc.want) || strings.Contains(text, "<") {
			t.Errorf("%s: readAltChunk = %q, %v; want it to hold %q", tc.name, text, ok, tc.want)
		}
	}
}

// TestRead_DOCXAltChunkBudget: a chunk named twice shows twice, as in
// Word, but its part is read once; parts beyond what one part may hold
// unpacked, all chunks together, are not read.
func TestRead_DOCXAltChunkBudget(t *testing.T) {
	a := "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。"
	// (the big page and the first chunk fill the budget but for 5 bytes)
	big := "<p>" + strings.Repeat(" ", maxDOCXPart-len(a)-5-len("<p></p>")) + "</p>"
	d := mustRead(t, "report.docx", zipOf(t,
		"word/document.xml", wordDoc(wordPara("", typedLines(0, 1)[0])+`<w:altChunk r:id="rA"/><w:altChunk r:id="rA"/><w:altChunk r:id="rBig"/><w:altChunk r:id="rB"/>`),
		"word/_rels/document.xml.rels", officeRels("rA", "aFChunk", "a.txt", "rBig", "aFChunk", "big.html", "rB", "aFChunk", "b.txt"),
		"word/a.txt", a,
		"word/big.html", big,
		"word/b.txt", "一、2036年工作回顾",
	))
	if got := strings.Count(d.Body, "请予审议"); got != 2 || strings.Contains(d.Body, "2036年工作回顾") {
		t.Errorf("Read(report.docx) body\n%s\nwant the first chunk twice, the last one over the budget not read", d.Body)
	}
}

// checkTypedAs is checkTyped for a file of the given name.
func checkTypedAs(t *testing.T, name string, data []byte) {
	t.Helper()
	d := mustRead(t, name, data)
	typed := mustRead(t, "report.txt", []byte(typedReport))
	if got, want := strings.Join(headings(d), "|"), strings.Join(headings(typed), "|"); got != want {
		t.Errorf("Read(%s) headings\n%s, want as typed out\n%s", name, got, want)
	}
	if strings.ReplaceAll(d.Body, "\n\n", "\n") != typed.Body {
		t.Errorf("Read(%s) body\n%s\nwant as typed out\n%s", name, d.Body, typed.Body)
	}
}

// TestRead_WordXML2003: an office system fills a template saved as Word
// 2003's XML and names the file .doc (GB2312, as its template was saved).
// Its styles are in the same file as its body; a section's header and
// footer sit in the section's properties, a footnote where it is referred
// to, a comment in an annotation: none of them is the report's text where
// it stands: the footnote is read at the end, as a .docx's, the others
// not at all. A deletion's words are not read, an insertion's are.
func TestRead_WordXML2003(t *testing.T) {
	const aml = `xmlns:aml="http://schemas.microsoft.com/aml/2001/core"`
	body := reportParas(func(i int, l string) string {
		style := ""
		switch {
		case strings.HasPrefix(l, "一、"), strings.HasPrefix(l, "二、"):
			style = "1"
		case i == 3:
			// a footnote, a comment and tracked changes inside a paragraph
			return `<w:p><w:r><w:t>` + l[:len("过去一年，")] + `</w:t></w:r>` +
				`<w:r><w:footnote><w:p><w:r><w:t>注：增速按可比价格计算。</w:t></w:r></w:p></w:footnote></w:r>` +
				`<aml:annotation aml:id="1" w:type="Word.Comment"><aml:content><w:p><w:r><w:t>请核实数据。</w:t></w:r></w:p></aml:content></aml:annotation>` +
				`<aml:annotation aml:id="2" w:type="Word.Deletion"><aml:content><w:r><w:delText>删去的字</w:delText></w:r></aml:content></aml:annotation>` +
				`<aml:annotation aml:id="3" w:type="Word.Insertion"><aml:content><w:r><w:t>` + l[len("过去一年，"):] + `</w:t></w:r></aml:content></aml:annotation></w:p>`
		}
		return wordPara(style, l)
	})
	doc := `<?xml version="1.0" encoding="GB2312" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" ` + aml + `>
<w:styles><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>
<w:docPr><w:footnotePr><w:footnote w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote></w:footnotePr></w:docPr>
<w:body><wx:sect xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">` + body +
		`<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>望川县人民政府办公室</w:t></w:r></w:p></w:hdr><w:ftr w:type="odd"><w:p><w:r><w:t>第 1 页</w:t></w:r></w:p></w:ftr></w:sectPr></wx:sect></w:body></w:wordDocument>`
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(doc)
	if err != nil {
		t.Fatal(err)
	}
	typed := mustRead(t, "report.txt", []byte(typedReport+"注：增速按可比价格计算。\n"))
	for _, name := range []string{"report.doc", "report.xml"} {
		d := mustRead(t, name, []byte(gbk))
		if got, want := strings.Join(headings(d), "|"), strings.Join(headings(typed), "|"); got != want {
			t.Errorf("Read(%s) headings\n%s, want as typed out\n%s", name, got, want)
		}
		if strings.ReplaceAll(d.Body, "\n\n", "\n") != typed.Body {
			t.Errorf("Read(%s) body\n%s\nwant as typed out\n%s", name, d.Body, typed.Body)
		}
	}
}

// TestRead_WordFlatPackage: Word 2007's XML, a flat package of a .docx's
// parts in one file, named .doc by the system that filled it: its
// numbering part renders the headings' numbers as the .docx would.
func TestRead_WordFlatPackage(t *testing.T) {
	const pkg = `xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"`
	part := func(name, xmlData string) string {
		return `<pkg:part pkg:name="` + name + `" pkg:contentType="application/xml"><pkg:xmlData>` + xmlData + `</pkg:xmlData></pkg:part>`
	}
	flat := `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package ` + pkg + `>` +
		part("/_rels/.rels", officeRels("rId1", "officeDocument", "word/document.xml")) +
		part("/word/_rels/document.xml.rels", officeRels("rId2", "numbering", "numbering.xml")) +
		part("/word/document.xml", strings.TrimPrefix(wordDoc(numberedReport()), `<?xml version="1.0"?>`)) +
		part("/word/numbering.xml", strings.TrimPrefix(chineseOutline, `<?xml version="1.0"?>`)) +
		`<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part></pkg:package>`
	checkTypedAs(t, "report.doc", []byte(flat))
}

// TestRead_WebArchiveDoc: a web page saved as a web archive (MHT) and
// named .doc, which Word opens, reads as its page.
func TestRead_WebArchiveDoc(t *testing.T) {
	page := `<html><head><meta charset="utf-8"></head><body>` + htmlParas(typedLines(0, -1)) + `</body></html>`
	mht := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString([]byte(page)) + "\r\n--b1--\r\n"
	checkTypedAs(t, "report.doc", []byte(mht))
}

// TestRead_WordXML2003Lists: Word 2003's XML numbers a template's headings
// with its own lists (w:lists: w:listDef levels with w:nfc codes, w:list
// instances; a paragraph's w:listPr names one by w:ilfo), the numbers not
// in the text; they are rendered as a .docx's are.
func TestRead_WordXML2003Lists(t *testing.T) {
	body := reportParas(func(_ int, l string) string {
		list := func(ilvl int, text string) string {
			return fmt.Sprintf(`<w:p><w:pPr><w:listPr><w:ilvl w:val="%d"/><w:ilfo w:val="1"/></w:listPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, ilvl, text)
		}
		switch {
		case strings.HasPrefix(l, "一、"), strings.HasPrefix(l, "二、"):
			return list(0, l[len("一、"):])
		case strings.HasPrefix(l, "（一）"), strings.HasPrefix(l, "（二）"):
			return list(1, l[len("（一）"):])
		}
		return wordPara("", l)
	})
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">
<w:lists><w:listDef w:listDefId="0"><w:plt w:val="HybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="（%2）"/></w:lvl></w:listDef>
<w:list w:ilfo="1"><w:ilst w:val="0"/></w:list></w:lists>
<w:body>` + body + `<w:sectPr/></w:body></w:wordDocument>`
	checkTypedAs(t, "report.doc", []byte(doc))
}

// TestIsWordXML: Word's XML is told by its root element; a web page Word
// saved (named .doc by a site) names w:WordDocument in its head and is a
// web page.
func TestIsWordXML(t *testing.T) {
	for _, tc := range []struct {
		data string
		want bool
	}{
		{`<?xml version="1.0" encoding="GB2312"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="x">`, true},
		{"\ufeff<?xml version=\"1.0\"?>\n<!-- made by a template -->\n<pkg:package xmlns:pkg=\"x\">", true},
		{`<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head>`, false},
		{`<?xml version="1.0"?><report><w:wordDocument/></report>`, false},
		{`望川县教育局 <w:wordDocument>`, false},
	} {
		if got := isWordXML([]byte(tc.data)); got != tc.want {
			t.Errorf("isWordXML(%.60q) = %v, want %v", tc.data, got, tc.want)
		}
	}
	// and such a page named .doc is read as the page it is
	page := `<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head><body>` +
		htmlParas(typedLines(0, -1)) + `</body></html>`
	checkTypedAs(t, "report.doc", []byte(page))
}
