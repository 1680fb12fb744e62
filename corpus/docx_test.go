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

// printedPara is a paragraph as a PDF converted to Word holds it: a soft
// line break (w:br) after every n characters, where the page's line ended.
func printedPara(n int, text string) string {
	rs := []rune(text)
	var b strings.Builder
	b.WriteString(`<w:p>`)
	for i := 0; i < len(rs); i += n {
		if i > 0 {
			b.WriteString(`<w:r><w:br/></w:r>`)
		}
		b.WriteString(`<w:r><w:t xml:space="preserve">` + string(rs[i:min(i+n, len(rs))]) + `</w:t></w:r>`)
	}
	b.WriteString(`</w:p>`)
	return b.String()
}

// TestRead_DOCXPrintedLines: a PDF converted to Word ends every printed
// line with a soft break, at the page's width, inside paragraphs that are
// the report's paragraphs. The document reads as the same text typed out,
// a paragraph a line: a long run-in heading is not cut at the margin, a
// chrome line cut in two is still known and dropped, an address cut
// mid-word is whole. A soft break the writer put (a date under the
// issuer's name) still makes a line.
func TestRead_DOCXPrintedLines(t *testing.T) {
	paras := []string{
		"青禾县人民政府2035年工作报告",
		"2035年，全县上下围绕年初确定的目标任务，攻坚克难，经济社会保持平稳健康发展，全年地区生产总值增长6.2%。",
		"一、2035年工作回顾",
		"（一）坚持项目带动，推动县域经济提质增效。全年实施重点项目48个，完成投资126亿元，新增规模以上工业企业15家。",
		"（二）坚持民生优先，群众获得感持续增强。新建改扩建学校6所，新增学位3200个，城乡居民医保参保率达98.6%。",
		"青禾县政务网 www.qinghe.example.cn 发布时间：2036-01-10 浏览次数：1024",
		"二、2036年工作安排",
		"2036年是承上启下的关键一年，我们将坚持稳中求进，扎实推进各项工作，确保全年目标任务圆满完成，奋力开创新局面。",
	}
	var body strings.Builder
	for i, p := range paras {
		if i == 0 {
			body.WriteString(wordPara("", p))
			continue
		}
		body.WriteString(printedPara(17, p))
	}
	body.WriteString(`<w:p><w:r><w:t>青禾县人民政府</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>2036年1月8日</w:t></w:r></w:p>`)
	data := zipOf(t,
		"word/document.xml", `<?xml version="1.0"?><w:document `+wordNS+`><w:body>`+body.String()+`</w:body></w:document>`,
	)
	d := mustRead(t, "report.docx", data)
	typed := mustRead(t, "report.txt", []byte(strings.Join(paras, "\n")+"\n青禾县人民政府\n2036年1月8日\n"))
	if got, want := strings.Join(headings(d), "|"), strings.Join(headings(typed), "|"); got != want {
		t.Errorf("Read(report.docx) headings\n%s, want as typed out\n%s", got, want)
	}
	if d.Body != typed.Body || strings.Contains(d.Body, "浏览次数") || !strings.Contains(d.Body, "青禾县人民政府\n2036年1月8日") {
		t.Errorf("Read(report.docx) body\n%s\nwant as typed out\n%s", d.Body, typed.Body)
	}
}

// TestRead_DOCXPrintedPage: a converted page that is one long paragraph
// (a web page's text run together) is cut by the page's width all the
// same: it reads as one line, not as a column of printed lines.
func TestRead_DOCXPrintedPage(t *testing.T) {
	text := strings.Repeat("全县新建改扩建学校6所，新增学位3200个，城乡居民医保参保率达98.6%。", 6)
	data := zipOf(t,
		"word/document.xml", `<?xml version="1.0"?><w:document `+wordNS+`><w:body>`+
			wordPara("", "青禾县人民政府2035年工作报告")+printedPara(19, text)+`</w:body></w:document>`,
	)
	d := mustRead(t, "report.docx", data)
	typed := mustRead(t, "report.txt", []byte("青禾县人民政府2035年工作报告\n"+text+"\n"))
	// (a heading the file marks stands between blank lines)
	if strings.ReplaceAll(d.Body, "\n\n", "\n") != typed.Body {
		t.Errorf("Read(report.docx) body\n%s\nwant as typed out\n%s", d.Body, typed.Body)
	}
}

// typedReport is a short report as typed out, a line a paragraph, that the
// Word files of the tests below show.
const typedReport = `望川县人民政府2037年工作报告
各位代表：现在，我代表县人民政府向大会报告工作，请予审议。
一、2036年工作回顾
过去一年，全县地区生产总值增长5.8%，城乡居民收入稳步增加。
（一）产业发展迈出新步伐。新引进工业项目21个，茶叶加工园一期投产。
（二）民生保障持续加强。新增城镇就业2600人，改造农村危房418户。
二、2037年主要任务
今年全县地区生产总值预期增长6%左右。
（一）做强县域产业
加快建设茶叶加工园二期，培育规模以上企业8家。
（二）办好民生实事
新建幼儿园2所，完成老旧小区改造12个。
`

// checkTyped fails the test unless the Word file data reads as typedReport
// typed out: the same headings, the same lines.
func checkTyped(t *testing.T, data []byte) {
	t.Helper()
	d := mustRead(t, "report.docx", data)
	typed := mustRead(t, "report.txt", []byte(typedReport))
	if got, want := strings.Join(headings(d), "|"), strings.Join(headings(typed), "|"); got != want {
		t.Errorf("Read(report.docx) headings\n%s, want as typed out\n%s", got, want)
	}
	// (a heading the file marks stands between blank lines)
	if strings.ReplaceAll(d.Body, "\n\n", "\n") != typed.Body {
		t.Errorf("Read(report.docx) body\n%s\nwant as typed out\n%s", d.Body, typed.Body)
	}
}

// reportParas returns the paragraphs of typedReport as document.xml holds
// them, each made by para(i, line) (i counts from 0).
func reportParas(para func(i int, line string) string) string {
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimSpace(typedReport), "\n") {
		b.WriteString(para(i, l))
	}
	return b.String()
}

// wordDoc wraps the paragraphs of a body in a document.xml.
func wordDoc(body string) string {
	return `<?xml version="1.0"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`
}

// TestRead_DOCXNumberedStyleIDs: WPS names its styles by number (1
// Normal, 2 heading 1, 3 heading 2), where Word's Chinese templates give
// heading 1 the ID 1. A paragraph in the style named Normal is body text
// whatever its ID, and the heading styles are the ones named so.
func TestRead_DOCXNumberedStyleIDs(t *testing.T) {
	styles := `<?xml version="1.0"?><w:styles ` + wordNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/><w:basedOn w:val="1"/></w:style>
<w:style w:type="character" w:default="1" w:styleId="4"><w:name w:val="Default Paragraph Font"/></w:style>
</w:styles>`
	body := reportParas(func(_ int, l string) string {
		switch {
		case strings.HasPrefix(l, "一、") || strings.HasPrefix(l, "二、"):
			return wordPara("2", l)
		case strings.HasPrefix(l, "（"):
			return wordPara("3", l)
		}
		return wordPara("1", l)
	})
	checkTyped(t, zipOf(t, "word/document.xml", wordDoc(body), "word/styles.xml", styles))
}

// outlineLevels is the w:lvl elements of an outline numbered 一、 then
// （一）, in Chinese counting.
const outlineLevels = `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>`

// autoNumbered returns the paragraphs of typedReport with the numbers of
// their headings left to numbering numID (w:numPr), not in their text.
func autoNumbered(numID string) string {
	return reportParas(func(_ int, l string) string {
		for _, p := range []string{"一、", "二、"} {
			if rest, ok := strings.CutPrefix(l, p); ok {
				return numberedPara(numID, 0, rest)
			}
		}
		if strings.HasPrefix(l, "（") {
			return numberedPara(numID, 1, l[strings.Index(l, "）")+len("）"):])
		}
		return wordPara("", l)
	})
}

// TestRead_DOCXListStyle: a multilevel list made from a list style is
// saved as an abstract numbering that only names the style
// (w:numStyleLink); the levels are those of the abstract numbering that
// defines the style (w:styleLink), or that the style's own w:numPr names.
// The headings show their numbers either way.
func TestRead_DOCXListStyle(t *testing.T) {
	styleLinked := `<?xml version="1.0"?><w:numbering ` + wordNS + `>
<w:abstractNum w:abstractNumId="4"><w:styleLink w:val="af2"/>` + outlineLevels + `</w:abstractNum>
<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="af2"/></w:abstractNum>
<w:num w:numId="2"><w:abstractNumId w:val="4"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num></w:numbering>`
	checkTyped(t, zipOf(t, "word/document.xml", wordDoc(autoNumbered("3")), "word/numbering.xml", styleLinked))

	// no w:styleLink: the list style's w:numPr leads to its levels
	styles := `<?xml version="1.0"?><w:styles ` + wordNS + `>
<w:style w:type="numbering" w:styleId="af2"><w:name w:val="县政府报告编号"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>`
	byStyle := strings.Replace(styleLinked, `<w:styleLink w:val="af2"/>`, "", 1)
	checkTyped(t, zipOf(t, "word/document.xml", wordDoc(autoNumbered("3")), "word/numbering.xml", byStyle, "word/styles.xml", styles))
}

// TestRead_DOCXTrackedChanges: a draft saved with its tracked changes
// reads as Word shows it with the changes accepted: inserted text is
// read; deleted text, text moved away (w:moveFrom) and the old properties
// of a formatting change are not; a paragraph whose mark was deleted runs
// on into the next one.
func TestRead_DOCXTrackedChanges(t *testing.T) {
	who := `w:id="%d" w:author="县府办" w:date="2037-01-06T09:00:00Z"`
	mark := func(tag string, id int) string { return fmt.Sprintf(`<w:%s `+who+`/>`, tag, id) }
	wrap := func(tag string, id int, inner string) string {
		return fmt.Sprintf(`<w:%s `+who+`>%s</w:%s>`, tag, id, inner, tag)
	}
	r := func(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }
	del := func(text string) string { return `<w:r><w:delText>` + text + `</w:delText></w:r>` }
	body := reportParas(func(i int, l string) string {
		switch {
		case strings.HasPrefix(l, "过去一年"):
			// the clause after the comma was moved here from a later
			// paragraph; a clause of the draft deleted
			k := strings.Index(l, "，") + len("，")
			return `<w:p>` + r(l[:k]) + wrap("del", 1, del("全县经济运行总体平稳，")) + wrap("moveTo", 2, r(l[k:])) + `</w:p>`
		case strings.HasPrefix(l, "今年全县"):
			return `<w:p>` + r(l[:len(l)-len("。")]) + wrap("moveFrom", 3, r("城乡居民收入稳步增加。")) + r("。") + `</w:p>`
		case strings.HasPrefix(l, "（一）做强"):
			// the heading was body text in the draft: the change of
			// style keeps the old numbering, which Word no longer shows
			return `<w:p><w:pPr><w:pPrChange ` + fmt.Sprintf(who, 4) + `><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>` + r(l) + `</w:p>`
		case strings.HasPrefix(l, "新建幼儿园"):
			// two paragraphs in the draft, their mark deleted; an
			// inserted sentence end
			k := strings.Index(l, "，") + len("，")
			return `<w:p><w:pPr><w:rPr>` + mark("del", 5) + `</w:rPr></w:pPr>` + r(l[:k]) + `</w:p><w:p>` +
				r(l[k:len(l)-len("。")]) + wrap("ins", 6, r("。")) + `</w:p>`
		}
		return wordPara("", l)
	})
	checkTyped(t, zipOf(t, "word/document.xml", wordDoc(body), "word/numbering.xml", chineseOutline))
}

// tocFieldEntry is a paragraph of a TOC field's cached result: a hyperlink to
// the heading's bookmark, its text and a PAGEREF field's page number.
func tocFieldEntry(style, text string, page int) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return fmt.Sprintf(`<w:p>%s<w:hyperlink w:anchor="_Toc%d"><w:r><w:t>%s</w:t></w:r><w:r><w:tab/></w:r>`+
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc%d \h </w:instrText></w:r>`+
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%d</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`,
		ppr, page, text, page, page)
}

// TestRead_DOCXTableOfContents: a table of contents is a TOC field whose
// cached result repeats the headings with page numbers; Word puts it in a
// content control of the Table of Contents gallery with its title (目录).
// Neither the entries nor the title are read, whatever their styles: the
// headings are read once, where the text has them.
func TestRead_DOCXTableOfContents(t *testing.T) {
	begin := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
	end := `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	entries := func() string {
		e := tocFieldEntry("", "一、2036年工作回顾", 2) + tocFieldEntry("", "（一）产业发展迈出新步伐。", 2) +
			tocFieldEntry("", "二、2037年主要任务", 3) + tocFieldEntry("", "（二）办好民生实事", 4) + tocFieldEntry("", "三、加强政府自身建设", 5)
		return strings.Replace(e, `<w:hyperlink`, begin+`<w:hyperlink`, 1)
	}
	withTOC := func(toc string) []byte {
		body := reportParas(func(i int, l string) string {
			if i == 1 {
				return toc + wordPara("", l)
			}
			return wordPara("", l)
		})
		return zipOf(t, "word/document.xml", wordDoc(body))
	}
	// in the gallery's content control, entries in plain paragraphs
	checkTyped(t, withTOC(`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>`+
		wordPara("", "目  录")+entries()+end+`</w:sdtContent></w:sdt>`))
	// the field alone, as older files keep it
	checkTyped(t, withTOC(entries()+end))
}

// TestRead_DOCXNumberFormats: Word's number formats are shown as Word
// shows them: 甲、乙 (ideographTraditional, the heavenly stems), ⑴ ⑵
// (decimalEnclosedParen), ⒈ (decimalEnclosedFullstop), full-width
// digits, 一〇 (ideographDigital). A heading numbered ⑴ is a heading as one
// typed （1） is.
func TestRead_DOCXNumberFormats(t *testing.T) {
	for _, c := range []struct{ format, text string }{
		{"ideographTraditional", "%1、"}, {"decimalEnclosedParen", "%1"}, {"decimalEnclosedFullstop", "%1"},
		{"decimalFullWidth", "%1．"}, {"ideographDigital", "%1、"}, {"chineseLegalSimplified", "%1、"},
	} {
		numbering := `<?xml version="1.0"?><w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0">` +
			`<w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="` + c.format + `"/><w:lvlText w:val="` + c.text + `"/></w:lvl>` +
			`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
		var got []string
		n := parseNumbering([]byte(numbering))
		for range 3 {
			got = append(got, n.label("1", 0))
		}
		want := map[string]string{
			"ideographTraditional": "壬、 癸、 11、", "decimalEnclosedParen": "⑼ ⑽ ⑾", "decimalEnclosedFullstop": "⒐ ⒑ ⒒",
			"decimalFullWidth": "９． １０． １１．", "ideographDigital": "九、 一〇、 一一、", "chineseLegalSimplified": "玖、 拾、 拾壹、",
		}[c.format]
		if g := strings.Join(got, " "); g != want {
			t.Errorf("%s labels %s, want %s", c.format, g, want)
		}
	}
	numbering := `<?xml version="1.0"?><w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0">` + outlineLevels +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%3"/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	body := autoNumbered("1") + numberedPara("1", 2, "茶叶加工园二期年内投产。") + numberedPara("1", 2, "新培育规模以上企业8家。")
	d := mustRead(t, "report.docx", zipOf(t, "word/document.xml", wordDoc(body), "word/numbering.xml", numbering))
	hs := strings.Join(headings(d), "|")
	if !strings.Contains(hs, "3 ⑴茶叶加工园二期年内投产。|3 ⑵新培育规模以上企业8家。") {
		t.Errorf("Read(report.docx) headings\n%s\nwant ⑴ and ⑵ under （二）办好民生实事", hs)
	}
}

// numberedHeadingStyles is a styles.xml whose heading 1 (ID 1) and
// heading 2 (ID 2) are numbered by levels 0 and 1 of numbering 1.
const numberedHeadingStyles = `<?xml version="1.0"?><w:styles ` + wordNS + `>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`

// TestRead_DOCXDemotedHeading: a heading in a numbered heading style that
// the writer demoted with Tab keeps its style and gets a w:numPr with only
// a w:ilvl: Word numbers it at that level of the style's numbering, （二）
// under 一、, not as the next 一、 part.
func TestRead_DOCXDemotedHeading(t *testing.T) {
	body := reportParas(func(_ int, l string) string {
		switch {
		case strings.HasPrefix(l, "一、") || strings.HasPrefix(l, "二、"):
			return wordPara("1", l[len("一、"):])
		case strings.HasPrefix(l, "（二）民生"):
			return `<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:r><w:t>` +
				l[strings.Index(l, "）")+len("）"):] + `</w:t></w:r></w:p>`
		case strings.HasPrefix(l, "（"):
			return wordPara("2", l[strings.Index(l, "）")+len("）"):])
		}
		return wordPara("", l)
	})
	d := mustRead(t, "report.docx", zipOf(t, "word/document.xml", wordDoc(body), "word/numbering.xml", chineseOutline, "word/styles.xml", numberedHeadingStyles))
	if !strings.Contains(d.Body, "\n（二）民生保障持续加强。新增") || !strings.Contains(d.Body, "\n二、2037年主要任务") {
		t.Errorf("Read(report.docx) body\n%s\nwant （二）民生保障… under 一、, then 二、2037年主要任务", d.Body)
	}
}

// TestRead_DOCXDeletedRow: a table's row deleted with changes tracked
// (w:del in its w:trPr) is gone from the document Word shows, the words
// of its cells with it.
func TestRead_DOCXDeletedRow(t *testing.T) {
	row := func(trPr string, cells ...string) string {
		var b strings.Builder
		for _, c := range cells {
			b.WriteString(`<w:tc>` + wordPara("", c) + `</w:tc>`)
		}
		return `<w:tr>` + trPr + b.String() + `</w:tr>`
	}
	table := `<w:tbl>` + row("", "指标", "单位", "目标") +
		row(`<w:trPr><w:del w:id="7" w:author="县府办" w:date="2037-01-06T09:00:00Z"/></w:trPr>`, "初稿指标", "亿元", "待定") +
		row("", "粮食产量", "万吨", "31") + `</w:tbl>`
	body := wordPara("", "望川县人民政府2037年工作报告") + table + wordPara("", "今年全县地区生产总值预期增长6%左右。")
	d := mustRead(t, "report.docx", zipOf(t, "word/document.xml", wordDoc(body)))
	if strings.Contains(d.Body, "初稿") || strings.Contains(d.Body, "待定") || !strings.Contains(d.Body, "粮食产量") {
		t.Errorf("Read(report.docx) body\n%s\nwant the deleted row gone, 粮食产量 kept", d.Body)
	}
}
