package corpus

import (
	"strings"
	"testing"
)

// Run properties of the looks an office's report uses (GB/T 9704).
const (
	lookTitle = `<w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>`
	lookBody  = `<w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>`
	lookPart  = `<w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/>`
	lookSub   = `<w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="32"/>`
	lookBold  = `<w:rFonts w:eastAsia="仿宋_GB2312"/><w:b/><w:sz w:val="32"/>`
)

// lookPara is a paragraph of one run of look rpr, with paragraph
// properties ppr.
func lookedPara(ppr, rpr, text string) string {
	if ppr != "" {
		ppr = `<w:pPr>` + ppr + `</w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:rPr>` + rpr + `</w:rPr><w:t>` + text + `</w:t></w:r></w:p>`
}

const centred = `<w:jc w:val="center"/>`

// TestRead_DOCXTitleOverCentredLines: a clerk breaks a title over two or
// three centred paragraphs in the title's look, where the words give no
// clue (issuer / year / kind). The lines are one title. A date line or a
// subtitle under the title in the same look is not joined to it, nor is
// the issuer's name under a title that is already whole, nor are centred
// lines in the body's look.
func TestRead_DOCXTitleOverCentredLines(t *testing.T) {
	body := func(head string) string {
		return wordDoc(head +
			lookedPara("", lookBody, "2034年，全县教育系统坚持稳中求进，各项工作稳步推进。") +
			lookedPara("", lookBody, "一、主要工作") +
			lookedPara("", lookBody, "新办公立幼儿园3所，普惠学位占比升至92%。") +
			lookedPara("", lookBody, "二、存在问题") +
			lookedPara("", lookBody, "城区学位仍然紧张，教师结构性缺编。"))
	}
	for _, c := range []struct {
		name, head, title string
	}{
		{"three lines", lookedPara(centred, lookTitle, "云溪县教育局") + lookedPara(centred, lookTitle, "2034年") + lookedPara(centred, lookTitle, "工作总结"),
			"云溪县教育局2034年工作总结"},
		{"two lines, bold", lookedPara(centred, `<w:b/><w:sz w:val="36"/>`, "云溪县教育局2034年") + lookedPara(centred, `<w:b/><w:sz w:val="36"/>`, "工作总结"),
			"云溪县教育局2034年工作总结"},
		{"subtitle apart", lookedPara(centred, lookTitle, "云溪县教育局2034年工作总结") + lookedPara(centred, lookTitle, "——在全县教育工作会议上"),
			"云溪县教育局2034年工作总结"},
		{"issuer under a whole title", lookedPara(centred, lookTitle, "2034年工作总结") + lookedPara(centred, lookTitle, "云溪县教育局"),
			"2034年工作总结"},
	} {
		d := mustRead(t, "summary.docx", zipOf(t, "word/document.xml", body(c.head)))
		if d.Title != c.title || d.Year != 2034 || d.Kind != "总结" {
			t.Errorf("%s: Read(summary.docx) = title %q year %d kind %q, want %q 2034 总结", c.name, d.Title, d.Year, d.Kind, c.title)
		}
		if got, want := strings.Join(headings(d), "|"), "1 一、主要工作|1 二、存在问题"; got != want {
			t.Errorf("%s: Read(summary.docx) headings %s, want %s", c.name, got, want)
		}
	}
	// Centred lines in the body's look are read as lines, as typed.
	plain := zipOf(t, "word/document.xml", body(lookedPara(centred, lookBody, "云溪县教育局")+lookedPara(centred, lookBody, "2034年工作总结")))
	typed := mustRead(t, "summary.txt", []byte("云溪县教育局\n2034年工作总结\n2034年，全县教育系统坚持稳中求进，各项工作稳步推进。\n一、主要工作\n新办公立幼儿园3所，普惠学位占比升至92%。\n二、存在问题\n城区学位仍然紧张，教师结构性缺编。\n"))
	if d := mustRead(t, "summary.docx", plain); d.Body != typed.Body || d.Title != typed.Title {
		t.Errorf("Read(summary.docx) in the body's look = title %q body\n%s\nwant as typed: title %q body\n%s", d.Title, d.Body, typed.Title, typed.Body)
	}
}

// lookReport is a work report whose parts and sub-parts carry no
// numbers: part(text) and sub(text) make their paragraphs.
func lookReport(part, sub func(string) string) string {
	p := func(text string) string { return lookedPara("", lookBody, text) }
	return lookedPara(centred, lookTitle, "澜沧湾市2035年政府工作报告") +
		p("各位代表：") +
		p("现在，我代表市人民政府，向大会报告工作，请予审议。") +
		part("2034年工作回顾") +
		p("过去一年，澜沧湾全域经济总量增长5.2%，财政一般收入增长4.6%。") +
		sub("产业升级步伐加快。") +
		p("新增规模以上工业企业46家，数字经济核心产业增加值增长9%。") +
		sub("城乡面貌持续改善。") +
		p("改造老旧小区38个，新建口袋公园12个。") +
		p("——我们坚持民生为先，群众获得感不断增强。") +
		p("各位代表！这些进展凝聚着澜沧湾人的汗水。") +
		part("2035年重点工作") +
		sub("扩大有效投资。") +
		p("全年实施重点项目210个，完成投资460亿元。") +
		sub("办好民生实事。") +
		p("新增义务教育学位6000个，建成社区养老服务中心15个。") +
		part("加强政府自身建设") +
		p("政务服务事项网上可办率提到98%。")
}

// TestRead_DOCXLookHeadings: parts and sub-parts without numbers, set
// apart by their look alone (黑体 parts, 楷体 bold sub-parts ending with 。),
// by direct formatting or in styles whose names say nothing, are
// headings; a thesis line opened by a dash and a paragraph in the body's
// look are not.
func TestRead_DOCXLookHeadings(t *testing.T) {
	const want = "1 2034年工作回顾|2 产业升级步伐加快。|2 城乡面貌持续改善。|1 2035年重点工作|2 扩大有效投资。|2 办好民生实事。|1 加强政府自身建设"
	direct := zipOf(t, "word/document.xml", wordDoc(lookReport(
		func(s string) string { return lookedPara("", lookPart, s) },
		func(s string) string { return lookedPara("", lookSub, s) })))
	styles := `<?xml version="1.0"?><w:styles ` + wordNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr>` + lookBody + `</w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="11"><w:name w:val="公文标题甲"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="12"><w:name w:val="样式 楷体_GB2312 加粗"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:style>
</w:styles>`
	styled := zipOf(t, "word/document.xml", wordDoc(lookReport(
		func(s string) string { return wordPara("11", s) },
		func(s string) string { return wordPara("12", s) })), "word/styles.xml", styles)
	for name, data := range map[string][]byte{"direct": direct, "styled": styled} {
		d := mustRead(t, "report.docx", data)
		if got := strings.Join(headings(d), "|"); got != want {
			t.Errorf("%s: Read(report.docx) headings\n%s, want\n%s", name, got, want)
		}
	}
	// One paragraph in bold is emphasis, not a heading.
	bold := zipOf(t, "word/document.xml", wordDoc(lookReport(
		func(s string) string { return lookedPara("", lookBody, s) },
		func(s string) string {
			if s == "扩大有效投资。" {
				return lookedPara("", lookBold, s)
			}
			return lookedPara("", lookBody, s)
		})))
	if hs := strings.Join(headings(mustRead(t, "report.docx", bold)), "|"); strings.Contains(hs, "扩大有效投资") {
		t.Errorf("Read(report.docx) with one bold paragraph: headings %s, want it not among them", hs)
	}
}

// TestRead_DOCXNotes: the text of footnotes and endnotes is read at the
// end, footnotes first; the reference marks add no digits to the
// figures; the page header's 内部资料 and a reviewer's comment are not
// read.
func TestRead_DOCXNotes(t *testing.T) {
	ref := func(kind, id string) string {
		return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:` + kind + `Reference w:id="` + id + `"/></w:r>`
	}
	run := func(s string) string { return `<w:r><w:t>` + s + `</w:t></w:r>` }
	doc := wordDoc(wordPara("", "云溪县教育局2034年工作总结") +
		`<w:p>` + run("全县学前三年毛入园率达到95%") + ref("footnote", "1") + run("，较上年提高2个百分点。") + `</w:p>` +
		wordPara("", "一、主要工作") +
		`<w:p>` + run("全面推行“校园餐”") + ref("endnote", "1") + run("公开公示制度。") + `<w:commentReference w:id="0"/></w:p>` +
		wordPara("", "二、存在问题") +
		wordPara("", "城区学位仍然紧张。"))
	notes := func(kind string, text string) string {
		return `<?xml version="1.0"?><w:` + kind + `s ` + wordNS + `><w:` + kind + ` w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:` + kind + `>` +
			`<w:` + kind + ` w:id="1"><w:p><w:r><w:` + kind + `Ref/></w:r><w:r><w:t xml:space="preserve"> ` + text + `</w:t></w:r></w:p></w:` + kind + `></w:` + kind + `s>`
	}
	data := zipOf(t, "word/document.xml", doc,
		"word/footnotes.xml", notes("footnote", "毛入园率按在园幼儿数除以适龄人口计算。"),
		"word/endnotes.xml", notes("endnote", "“校园餐”指中小学校为学生提供的午餐。"),
		"word/header1.xml", `<?xml version="1.0"?><w:hdr `+wordNS+`>`+wordPara("", "内部资料　注意保存")+`</w:hdr>`,
		"word/comments.xml", `<?xml version="1.0"?><w:comments `+wordNS+`><w:comment w:id="0">`+wordPara("", "请核实数据口径。")+`</w:comment></w:comments>`)
	d := mustRead(t, "summary.docx", data)
	for _, s := range []string{
		"全县学前三年毛入园率达到95%，较上年提高2个百分点。\n",
		"城区学位仍然紧张。\n毛入园率按在园幼儿数除以适龄人口计算。\n“校园餐”指中小学校为学生提供的午餐。",
	} {
		if !strings.Contains(d.Body, s) {
			t.Errorf("Read(summary.docx) body lacks %q:\n%s", s, d.Body)
		}
	}
	for _, s := range []string{"内部资料", "请核实"} {
		if strings.Contains(d.Body, s) {
			t.Errorf("Read(summary.docx) body holds %q:\n%s", s, d.Body)
		}
	}
	if got, want := strings.Join(headings(d), "|"), "1 一、主要工作|1 二、存在问题"; got != want {
		t.Errorf("Read(summary.docx) headings %s, want %s", got, want)
	}
}
