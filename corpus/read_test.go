package corpus

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/tools/txtar"
)

// report is a small fictional report used across the format tests.
const report = `云岭市教育局2023年工作总结
2023年，全市教育系统坚持稳中求进。
一、基础教育
新建幼儿园4所。
二、职业教育
（一）产教融合
组建职教集团2个。
`

func mustRead(t *testing.T, name string, data []byte) *Document {
	t.Helper()
	d, err := Read(name, data)
	if err != nil {
		t.Fatalf("Read(%q) error: %v", name, err)
	}
	checkTiling(t, d)
	return d
}

func headings(d *Document) []string {
	var hs []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			hs = append(hs, fmt.Sprintf("%d %s", s.Level, s.Heading))
		}
	}
	return hs
}

// TestRead_Encodings: the same text in every supported encoding gives the
// same body, ID and sections, without a flag saying which encoding it is.
func TestRead_Encodings(t *testing.T) {
	utf16 := func(e unicode.Endianness, bom unicode.BOMPolicy) []byte {
		b, err := unicode.UTF16(e, bom).NewEncoder().Bytes([]byte(report))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(report))
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(report))
	if err != nil {
		t.Fatal(err)
	}
	want := mustRead(t, "r.txt", []byte(report))
	if want.Title != "云岭市教育局2023年工作总结" || want.Year != 2023 || want.Region != "云岭市" {
		t.Fatalf("Read(r.txt) = title %q year %d region %q", want.Title, want.Year, want.Region)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"utf8-bom.txt", append([]byte{0xef, 0xbb, 0xbf}, report...)},
		{"utf16le-bom.txt", utf16(unicode.LittleEndian, unicode.UseBOM)},
		{"utf16be-bom.txt", utf16(unicode.BigEndian, unicode.UseBOM)},
		{"utf16le.txt", utf16(unicode.LittleEndian, unicode.IgnoreBOM)},
		{"utf32le-bom.txt", utf32Of(t, utf32.LittleEndian)},
		{"utf32be-bom.txt", utf32Of(t, utf32.BigEndian)},
		{"gb18030.txt", gb},
		{"gbk.md", gbk},
		{"crlf.txt", []byte(strings.ReplaceAll(report, "\n", "\r\n"))},
	} {
		d := mustRead(t, tc.name, tc.data)
		if d.Body != want.Body || d.ID != want.ID {
			t.Errorf("Read(%q): body %q (ID %s), want %q (ID %s)", tc.name, d.Body, d.ID, want.Body, want.ID)
		}
		if got, w := strings.Join(headings(d), "|"), strings.Join(headings(want), "|"); got != w {
			t.Errorf("Read(%q) headings %s, want %s", tc.name, got, w)
		}
		if d.Source != tc.name {
			t.Errorf("Read(%q).Source = %q", tc.name, d.Source)
		}
	}
}

// utf32Of returns report in UTF-32 with a BOM.
func utf32Of(t *testing.T, e utf32.Endianness) []byte {
	t.Helper()
	b, err := utf32.UTF32(e, utf32.UseBOM).NewEncoder().Bytes([]byte(report))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// reportTrad is a fictional report in traditional characters, as a
// Big5 file from Hong Kong, Macao or Taiwan holds it.
const reportTrad = `雲嶺縣政府2031年工作報告
各位代表：
2031年，全縣堅持穩中求進，經濟運行總體平穩。
一、過去一年的工作
（一）推動產業轉型升級。新建產業園區3個，引進重點項目12個。
（二）辦好民生實事。新增學位2400個，改造老舊小區18個。
二、今年的主要任務
全縣地區生產總值增長5%左右，城鎮新增就業6000人以上。
`

// TestRead_Big5: a Big5 file is read as Big5, not as GBK garble, and the
// GBK and GB18030 files of the same bytes' length still read as GBK.
func TestRead_Big5(t *testing.T) {
	big5, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(reportTrad))
	if err != nil {
		t.Fatal(err)
	}
	want := mustRead(t, "trad.txt", []byte(reportTrad))
	for _, name := range []string{"big5.txt", "big5.md"} {
		d := mustRead(t, name, big5)
		if d.Body != want.Body || d.Title != want.Title || d.Year != 2031 {
			t.Errorf("Read(%q): title %q year %d body %q, want title %q body %q", name, d.Title, d.Year, d.Body, want.Title, want.Body)
		}
		if !hasWarning(d, "Big5") {
			t.Errorf("Read(%q) warnings %v, want one naming Big5", name, d.Warnings)
		}
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(report))
	if err != nil {
		t.Fatal(err)
	}
	if d := mustRead(t, "gbk.txt", gbk); !strings.Contains(d.Body, "坚持稳中求进") || !hasWarning(d, "GB18030") {
		t.Errorf("Read(gbk.txt): body %q warnings %v, want the GBK reading", d.Body, d.Warnings)
	}
}

// hanGarble returns byte pairs that GBK and Big5 both read as Han
// characters, few of them common: text in neither encoding.
func hanGarble() []byte {
	var b []byte
	for i := 0; i < 400; i++ {
		b = append(b, byte(0xb0+i*7%0x47), byte(0xa1+i*13%0x5e))
	}
	return b
}

func hasWarning(d *Document, sub string) bool {
	for _, w := range d.Warnings {
		if strings.Contains(w.Message, sub) {
			return true
		}
	}
	return false
}

// TestCommonHan: every character counted as common is written alike in
// both scripts, so that GBK and Big5 can both spell it.
func TestCommonHan(t *testing.T) {
	for r := range commonHan {
		for _, e := range legacyEncodings {
			if _, err := e.enc.NewEncoder().String(string(r)); err != nil {
				t.Errorf("commonHan holds %q, which %s cannot encode", r, e.name)
			}
		}
	}
}

// TestRead_InvalidUTF8: a few bad bytes are dropped with a warning, not an
// error, and nothing invalid reaches the body.
func TestRead_InvalidUTF8(t *testing.T) {
	data := []byte(strings.Replace(report, "坚持", "坚\xff持", 1))
	d := mustRead(t, "bad.txt", data)
	if !strings.Contains(d.Body, "坚持稳中求进") {
		t.Errorf("Read(bad.txt) body lost the text around the bad byte: %q", d.Body)
	}
	if len(d.Warnings) == 0 {
		t.Errorf("Read(bad.txt) gave no warning for the invalid byte")
	}
}

func TestRead_HTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>云岭市教育局2023年工作总结 - 云岭教育网</title>
<style>p{color:red}</style><script>alert("下载")</script></head><body>
<nav>首页 新闻 下载</nav>
<div id="header">云岭教育网</div>
<div class="content"><p>2023年，全市教育系统坚持稳中求进。</p>
<h2>一、基础教育</h2><p>新建幼儿园<b>4</b>所。</p>
<h2>二、职业教育</h2><p>组建职教集团2个。</p></div>
<div class="footer">版权所有 云岭教育网</div></body></html>`
	d := mustRead(t, "page.html", []byte(page))
	if d.Title != "云岭市教育局2023年工作总结" {
		t.Errorf("Read(page.html).Title = %q", d.Title)
	}
	for _, bad := range []string{"alert", "color", "首页", "版权所有", "云岭教育网"} {
		if strings.Contains(d.Body, bad) {
			t.Errorf("Read(page.html) body keeps %q: %q", bad, d.Body)
		}
	}
	if got := strings.Join(headings(d), "|"); got != "1 一、基础教育|1 二、职业教育" {
		t.Errorf("Read(page.html) headings %s", got)
	}
	if !strings.Contains(d.Body, "新建幼儿园4所。") {
		t.Errorf("Read(page.html) body %q lacks the inline-formatted sentence", d.Body)
	}
}

// TestRead_HTMLGBK: a GBK page whose logo is an <h1> too; the article's
// own <h1> gives the title.
func TestRead_HTMLGBK(t *testing.T) {
	page := `<html><head><meta charset="gbk"><title>云岭教育网</title></head><body>
<div class="logo"><h1>云岭教育网</h1></div>
<ul class="menu"><li>首页</li><li>通知公告</li></ul>
<div class="article"><h1>青石县教育局2022年工作计划</h1>
<p>一、工作目标</p><p>新建学校两所，改造校舍八处，全面提升办学条件。</p>
<p>二、保障措施</p><p>加大经费投入，落实责任分工。</p></div>
<div class="copyright">主办：青石县教育局</div></body></html>`
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	d := mustRead(t, "page.htm", gbk)
	if d.Title != "青石县教育局2022年工作计划" || d.Year != 2022 || d.Kind != "计划" || d.Region != "青石县" {
		t.Errorf("Read(page.htm) = title %q year %d kind %q region %q", d.Title, d.Year, d.Kind, d.Region)
	}
	if got := strings.Join(headings(d), "|"); got != "1 一、工作目标|1 二、保障措施" {
		t.Errorf("Read(page.htm) headings %s", got)
	}
	for _, bad := range []string{"首页", "通知公告", "主办", "云岭教育网"} {
		if strings.Contains(d.Body, bad) {
			t.Errorf("Read(page.htm) body keeps %q: %q", bad, d.Body)
		}
	}
}

// TestRead_HTMLColumnTitle: a page whose <title> is only its column's
// name (政务公开) takes its title from the text, not from the column.
func TestRead_HTMLColumnTitle(t *testing.T) {
	for _, title := range []string{"政务公开", "通知公告", "信息公开"} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk">` + title + `</a></div>
<div class="content"><p>政府工作报告</p><p>——2031年2月9日在澜沧湾市第九届人民代表大会第三次会议上</p>
<p>澜沧湾市市长 周启明</p><p>各位代表：</p><p>现在，我代表市人民政府，向大会报告工作，请予审议。</p>
<p>一、2030年工作回顾</p><p>过去一年，全市地区生产总值增长5.6%，一般公共预算收入增长4.1%。</p>
<p>二、2031年工作安排</p><p>今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。</p></div></body></html>`
		d := mustRead(t, "page.html", []byte(page))
		if d.Title != "政府工作报告" || d.Year != 2031 || d.Region != "澜沧湾市" {
			t.Errorf("Read(page.html) with <title>%s</title> = title %q year %d region %q", title, d.Title, d.Year, d.Region)
		}
	}
}

// docx builds a .docx with an automatically numbered list and heading
// styles: the numbering Word renders (一、, （一）) is not in the text.
func docx(t *testing.T, truncate bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := func(style, num string, lvl int, text string) string {
		ppr := ""
		if style != "" {
			ppr += `<w:pStyle w:val="` + style + `"/>`
		}
		if num != "" {
			ppr += fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr>`, lvl, num)
		}
		return `<w:p><w:pPr>` + ppr + `</w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types/>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+
		p("Title", "", 0, "云岭市教育局2023年工作总结")+
		p("", "", 0, "2023年，全市教育系统坚持稳中求进。")+
		p("", "1", 0, "基础教育")+
		p("", "1", 1, "学前教育")+
		p("", "", 0, "新建幼儿园4所。")+
		p("", "1", 0, "职业教育")+
		p("a5", "", 0, "产教融合成效")+
		`<w:p><w:r><w:t xml:space="preserve">组建职教集团</w:t></w:r><w:r><w:t>2个。</w:t></w:r></w:p>`+
		`</w:body></w:document>`)
	add("word/styles.xml", `<?xml version="1.0"?><w:styles `+ns+`><w:style w:styleId="a5"><w:name w:val="heading 2"/></w:style></w:styles>`)
	add("word/numbering.xml", `<?xml version="1.0"?><w:numbering `+ns+`>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if truncate {
		b = b[:len(b)*2/3]
	}
	return b
}

func TestRead_DOCX(t *testing.T) {
	d := mustRead(t, "report.docx", docx(t, false))
	if d.Title != "云岭市教育局2023年工作总结" || d.Kind != "总结" || d.Issuer != "教育局" {
		t.Errorf("Read(report.docx) = title %q kind %q issuer %q", d.Title, d.Kind, d.Issuer)
	}
	want := "1 一、基础教育|2 （一）学前教育|1 二、职业教育|2 产教融合成效"
	if got := strings.Join(headings(d), "|"); got != want {
		t.Errorf("Read(report.docx) headings\n%s, want\n%s", got, want)
	}
	if !strings.Contains(d.Body, "组建职教集团2个。") {
		t.Errorf("Read(report.docx) body %q lacks the runs joined", d.Body)
	}
}

// zipOf returns a zip archive holding the given parts (name, content).
func zipOf(t *testing.T, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestRead_DOCXDeadline checks that a .docx is read within its caller's
// context: a small archive of very many paragraphs is given up, with the
// context's error naming the file, once the context has ended.
func TestRead_DOCXDeadline(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	var body strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&body, "<w:p><w:r><w:t>云岫市第%d所学校完成校舍改造。</w:t></w:r></w:p>", i+1)
	}
	data := zipOf(t, "word/document.xml", `<?xml version="1.0"?><w:document `+ns+`><w:body>`+body.String()+`</w:body></w:document>`)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ReadContext(ctx, "many.docx", data)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "many.docx") {
		t.Errorf("ReadContext(many.docx) with its context ended = %v; want the context's error naming the file", err)
	}
	if _, err := Read("many.docx", data); err != nil {
		t.Errorf("Read(many.docx) = %v; want the paragraphs read", err)
	}
}

// MalformedDOCX returns .docx files that are broken inside: XML that does
// not parse, an entity-expansion bomb, an external entity, and a small
// archive that expands to more than MaxText of text.
func malformedDOCX(t *testing.T) map[string][]byte {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	para := "<w:p><w:r><w:t>" + strings.Repeat("云岫市推进教育现代化。", 200) + "</w:t></w:r></w:p>"
	huge := `<?xml version="1.0"?><w:document ` + ns + `><w:body>` + strings.Repeat(para, 2*MaxText/len(para)) + `</w:body></w:document>`
	return map[string][]byte{
		"badxml.docx": zipOf(t, "word/document.xml", `<?xml version="1.0"?><w:document `+ns+`><w:body><w:p><w:r><w:t>云岫</w:x></w:body>`),
		"laughs.docx": zipOf(t, "word/document.xml", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`+
			`<w:document `+ns+`><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`),
		"xxe.docx": zipOf(t, "word/document.xml", `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>`+
			`<w:document `+ns+`><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`),
		"huge.docx": zipOf(t, "word/document.xml", huge),
	}
}

func TestRead_Errors(t *testing.T) {
	var zipNoDoc bytes.Buffer
	zw := zip.NewWriter(&zipNoDoc)
	zw.Create("other.xml")
	zw.Close()
	bad := malformedDOCX(t)
	if len(bad["huge.docx"]) > 1<<20 {
		t.Fatalf("huge.docx is %d bytes; the case is a small archive of much text", len(bad["huge.docx"]))
	}
	deep := "<html><body>" + strings.Repeat("<div>", 600) + "云岫市教育局工作要点" + strings.Repeat("</div>", 600) + "</body></html>"
	doc := readFixture(t, "wangchuan-jyj-2025-summary.doc")
	encrypted := withFIB(t, doc, func(fib []byte) { fib[0x0b] |= fEncrypted >> 8 })
	word95 := withFIB(t, doc, func(fib []byte) { binary.LittleEndian.PutUint16(fib[2:], 104) })
	noWord := bytes.Replace(doc, utf16Name("WordDocument"), utf16Name("WordDocumenX"), 1)
	if bytes.Equal(noWord, doc) {
		t.Fatal("no WordDocument name in the fixture")
	}
	junk := append(bytes.Clone(cfbMagic), bytes.Repeat(allBytes(), 16)[len(cfbMagic):]...)
	for _, tc := range []struct {
		name string
		data []byte
		want error
		msg  string // also in the message
	}{
		{"a.xyz", []byte("文本"), ErrUnsupported, "a.xyz"},
		{"list.json", []byte(`[{"title": "某县2031年工作总结", "content": "一年来，全县教育工作稳步推进。"}]`), ErrUnsupported, "list.json: unsupported format: a JSON file that is not one record"},
		{"short.json", []byte(`{"title": "某县2031年工作总结", "content": "一年来，全县教育工作稳步推进。"}`), ErrUnsupported, "short.json: unsupported format"},
		{"years.json", []byte(`{"2031": "` + strings.Repeat("一年来，全县教育工作稳步推进。", 20) + `", "2032": "` + strings.Repeat("今年，全县教育工作继续推进。", 20) + `"}`), ErrUnsupported, "years.json: unsupported format: a JSON file that is not one record"},
		{"old.wps", []byte("WPS 4.0 document"), ErrUnsupported, "old.wps: unsupported format: .wps not in Word's format"},
		{"cut.wps", cfbMagic[:4], ErrTruncated, "cut.wps"},
		{"empty.txt", nil, ErrEmpty, "empty.txt"},
		{"blank.txt", []byte(" \n\t\n"), ErrEmpty, "blank.txt"},
		{"chrome-only.txt", []byte("返回 下载 相关 举报\n查看更多\n"), ErrEmpty, "chrome-only.txt"},
		{"nul.txt", []byte("第一行\n第二行\x00\x01\x02"), ErrBinary, "nul.txt:2"},
		{"ctl.txt", bytes.Repeat([]byte("ab\x01\x02\x03"), 50), ErrBinary, "ctl.txt"},
		{"garbage.txt", []byte{0x81, 0x20, 0xff, 0xfe, 0x80, 0x81, 0x82, 0x83, 0xff, 0x30, 0x81}, ErrBinary, "garbage.txt"},
		{"junk.txt", bytes.Repeat(allBytes(), 64), ErrBinary, "junk.txt"},
		{"garble.txt", hanGarble(), ErrBinary, "garble.txt"},
		{"junk.html", bytes.Repeat(allBytes(), 64), ErrBinary, "junk.html"},
		{"cut.docx", docx(t, true), ErrTruncated, "cut.docx"},
		{"notzip.docx", []byte("plain text, not a zip"), ErrBinary, "notzip.docx"},
		{"nodoc.docx", zipNoDoc.Bytes(), ErrUnsupported, "word/document.xml"},
		{"cut.pdf", []byte("%PDF-1.4\n1 0 obj\n<<>>\n"), ErrTruncated, "cut.pdf"},
		{"fake.pdf", []byte("not a pdf at all"), ErrBinary, "fake.pdf"},
		{"badxml.docx", bad["badxml.docx"], ErrMalformed, "badxml.docx"},
		{"laughs.docx", bad["laughs.docx"], ErrMalformed, "laughs.docx"},
		{"xxe.docx", bad["xxe.docx"], ErrMalformed, "xxe.docx"},
		{"huge.docx", bad["huge.docx"], ErrTooLarge, "8 MiB"},
		// markup past the part's limit, whatever its text: too large, not cut
		{"bloated.docx", zipOf(t, "word/document.xml", `<?xml version="1.0"?><w:document><w:body>`+
			strings.Repeat("<w:p/>", maxDOCXPart/6+1)+`</w:body></w:document>`), ErrTooLarge, "64 MiB"},
		{"huge.txt", bytes.Repeat([]byte("云岫市推进教育现代化。\n"), MaxText/30+1), ErrTooLarge, "huge.txt"},
		{"deep.html", []byte(deep), ErrMalformed, "deep.html"},
		{"cut.doc", doc[:len(doc)*2/3], ErrTruncated, "cut.doc"},
		{"header.doc", cfbMagic[:4], ErrTruncated, "header.doc"},
		{"random.doc", bytes.Repeat(allBytes(), 16), ErrBinary, "random.doc"},
		{"text.doc", []byte("望川县教育局2025年工作总结"), ErrBinary, "text.doc"},
		{"empty.doc", nil, ErrEmpty, "empty.doc"},
		{"junk.doc", junk, ErrMalformed, "junk.doc"},
		{"encrypted.doc", encrypted, ErrUnsupported, "encrypted.doc: unsupported format: the document is encrypted"},
		{"word95.doc", word95, ErrUnsupported, "Word 95"},
		{"noword.doc", noWord, ErrUnsupported, "noword.doc: unsupported format: a compound file without a WordDocument stream"},
		{"rtf.doc", []byte(`{\rtf1\ansi{\*\generator Riched20}{\info{\title 望川县教育局}}}`), ErrEmpty, "rtf.doc: no text: the RTF file has no text"},
		{"page.doc", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n"), ErrUnsupported, "(MHT)"},
	} {
		d, err := Read(tc.name, tc.data)
		if !errors.Is(err, tc.want) {
			t.Errorf("Read(%q) = %v, %v; want error %v", tc.name, d, err, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Read(%q) error %q does not name %q", tc.name, err, tc.msg)
		}
	}
}

// allBytes returns the bytes 0 to 255 in order.
func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

// minimalPDF returns a one-page PDF showing text in Helvetica, with a
// correct cross-reference table.
func minimalPDF(text string) []byte {
	content := "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func TestRead_PDF(t *testing.T) {
	pdf := minimalPDF("Annual Work Summary 2023")
	t.Run("ErrToolMissing", func(t *testing.T) {
		old := pdftotext
		pdftotext = "pdftotext-not-installed-here"
		defer func() { pdftotext = old }()
		_, err := Read("report.pdf", pdf)
		if !errors.Is(err, ErrToolMissing) || !strings.Contains(err.Error(), "pdftotext") || !strings.Contains(err.Error(), "report.pdf") {
			t.Errorf("Read(report.pdf) without the tool = %v; want ErrToolMissing naming pdftotext and the file", err)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		// A converter that writes far more than a document may hold and
		// then hangs, as pdftotext can on a small crafted PDF: it is
		// stopped when its output passes the limit, not after its time
		// limit (or never, holding all it wrote).
		fake := filepath.Join(t.TempDir(), "pdftotext")
		script := fmt.Sprintf("#!/bin/sh\nyes 明湖市教育局推进教育现代化 | head -c %d\nexec sleep 600\n", 5*MaxText)
		if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		old := pdftotext
		pdftotext = fake
		defer func() { pdftotext = old }()
		_, err := Read("endless.pdf", pdf)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "endless.pdf") {
			t.Errorf("Read(endless.pdf) with a converter writing without end = %v; want ErrTooLarge naming the file", err)
		}
	})
	t.Run("Deadline", func(t *testing.T) {
		// A converter that hangs is stopped when the caller's context
		// ends (an upload's deadline), not after its own time limit.
		fake := filepath.Join(t.TempDir(), "pdftotext")
		if err := os.WriteFile(fake, []byte("#!/bin/sh\nexec sleep 600\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		old := pdftotext
		pdftotext = fake
		defer func() { pdftotext = old }()
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		_, err := ReadContext(ctx, "hanging.pdf", pdf)
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "hanging.pdf") {
			t.Errorf("ReadContext(hanging.pdf) past its deadline = %v; want the deadline's error naming the file", err)
		}
	})
	t.Run("ErrMalformed", func(t *testing.T) {
		if _, err := exec.LookPath("pdftotext"); err != nil {
			t.Skip("pdftotext not installed (Debian package poppler-utils); PDF reading not tested")
		}
		_, err := Read("broken.pdf", []byte("%PDF-1.4\nthis is not a real pdf body\n%%EOF\n"))
		if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "broken.pdf") {
			t.Errorf("Read(broken.pdf) = %v; want ErrMalformed naming the file", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		if _, err := exec.LookPath("pdftotext"); err != nil {
			t.Skip("pdftotext not installed (Debian package poppler-utils); PDF reading not tested")
		}
		d := mustRead(t, "report.pdf", pdf)
		if d.Title != "Annual Work Summary 2023" || d.Year != 2023 {
			t.Errorf("Read(report.pdf) = title %q year %d, body %q", d.Title, d.Year, d.Body)
		}
	})
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", []byte(report))
	write("a/c.md", []byte(strings.Replace(report, "2023", "2022", -1)))
	write("a/bad.xyz", []byte("x"))
	write("empty.txt", nil)
	write(".hidden.txt", []byte(report))
	write(".git/d.txt", []byte(report))
	var got []string
	err := Walk(dir, func(path string, d *Document, err error) error {
		rel, _ := filepath.Rel(dir, path)
		switch {
		case err != nil && d == nil:
			got = append(got, rel+": error")
		case err == nil && d != nil:
			got = append(got, fmt.Sprintf("%s: %d", rel, d.Year))
		default:
			t.Errorf("Walk gave %s both or neither of a document and an error", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Walk(%s) = %v", dir, err)
	}
	want := "a/bad.xyz: error|a/c.md: 2022|b.txt: 2023|empty.txt: error"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("Walk(dir) visited %s, want %s", g, want)
	}
	// fn's error stops the walk and comes back.
	stop := errors.New("stop")
	n := 0
	if err := Walk(dir, func(string, *Document, error) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("Walk with fn returning an error = %v after %d calls, want stop after 1", err, n)
	}
	// A file as root.
	if err := Walk(filepath.Join(dir, "b.txt"), func(p string, d *Document, err error) error {
		if err != nil || d == nil || d.Source != "b.txt" {
			t.Errorf("Walk(b.txt) gave %v, %v", d, err)
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
	if err := Walk(filepath.Join(dir, "missing"), func(string, *Document, error) error { return nil }); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("Walk(missing) = %v, want an error naming it", err)
	}
}

// TestRead_StableID: the same content gives the same ID whatever the file
// is called; different content a different one.
func TestRead_StableID(t *testing.T) {
	a := mustRead(t, "a.txt", []byte(report))
	b := mustRead(t, "dir/b.txt", []byte(report+"\n\n"))
	c := mustRead(t, "a.txt", []byte(strings.Replace(report, "4所", "5所", 1)))
	if a.ID != b.ID || a.ID == c.ID || len(a.ID) != 16 {
		t.Errorf("IDs %s %s %s: want the first two equal, the third different, 16 hex digits", a.ID, b.ID, c.ID)
	}
	for _, s := range a.Sections {
		if s.DocID != a.ID || s.ID != SectionID(a.ID, s.Ordinal) {
			t.Errorf("section %d: ID %q DocID %q, doc %s", s.Ordinal, s.ID, s.DocID, a.ID)
		}
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":   {Data: []byte("云岭市教育局2024年工作要点\n一、总体要求\n坚持立德树人。\n")},
		"a.txt":   {Data: []byte("云岭市教育局2023年工作要点\n一、总体要求\n落实双减。\n")},
		"x.md":    {Data: []byte("# 不读\n")},
		"bad.bin": {Data: []byte{0, 1, 2, 3}},
	}
	docs, err := ReadFS(fsys, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Year != 2023 || docs[1].Year != 2024 || docs[0].Source != "a.txt" {
		t.Errorf("ReadFS(*.txt): %d documents, want a.txt (2023) then b.txt (2024)", len(docs))
	}
	if _, err := ReadFS(fsys, "*.bin"); err == nil || !strings.Contains(err.Error(), "bad.bin") {
		t.Errorf("ReadFS(*.bin) = %v, want an error naming bad.bin", err)
	}
	if _, err := ReadFS(fsys, "*.pdf"); !errors.Is(err, ErrEmpty) {
		t.Errorf("ReadFS(*.pdf) = %v, want ErrEmpty", err)
	}
}

// TestWalkLinksAndSpecialFiles checks that a link to a file is read, a
// root that is a link is walked, a link to a folder is reported rather
// than skipped in silence, and that a FIFO or an oversized file is an
// error instead of a hang or an exhausted memory.
// TestReadMarksOnly checks that a text of marks and figures only, with no
// word in any script, is refused with ErrEmpty naming the file: a .md of
// a million # was stored as a report titled ########. A word of any
// script is read.
func TestReadMarksOnly(t *testing.T) {
	for name, text := range map[string]string{
		"marks.md":    strings.Repeat("#", 5000) + "\n",
		"figures.txt": "2031 -- 12.5% / 37\n———\n（3）\n",
	} {
		d, err := Read(name, []byte(text))
		if !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), name) {
			t.Errorf("Read(%s) = %v, %v; want ErrEmpty naming the file", name, d, err)
		}
	}
	for name, text := range map[string]string{"one.txt": "望川县2031年政府工作报告\n", "latin.txt": "Report 2031\n"} {
		if _, err := Read(name, []byte(text)); err != nil {
			t.Errorf("Read(%s): %v", name, err)
		}
	}
}

// TestWalkPastUnreadableFolder checks that a folder the walk may not read
// is reported to fn as an error, in its place in the order, and that the
// files around it are still read: one locked folder once stopped the
// whole ingest before its first file. The folder's error is injected
// into Walk's visit (a test run as root reads a folder of mode 000);
// run as another user, the same is checked on a real locked folder.
func TestWalkPastUnreadableFolder(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "locked"), 0o755)
	report := []byte("云岫市教育局2024年工作要点\n一、总体要求\n坚持立德树人。\n")
	for _, name := range []string{"a.txt", filepath.Join("locked", "inside.txt"), "z.txt"} {
		os.WriteFile(filepath.Join(dir, name), report, 0o644)
	}
	w := walker{root: dir, real: dir}
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err == nil && e.IsDir() && e.Name() == "locked" {
			err = fs.ErrPermission
		}
		return w.visit(path, e, err)
	})
	if err != nil {
		t.Fatalf("walk stopped: %v", err)
	}
	var got []string
	for _, en := range w.entries {
		s := filepath.Base(en.path)
		if en.err != nil {
			s += " (" + en.err.Error() + ")"
			if !errors.Is(en.err, fs.ErrPermission) {
				t.Errorf("%s: error %v, want it to wrap the folder's", en.path, en.err)
			}
		}
		got = append(got, s)
	}
	want := []string{"a.txt", "locked (walk " + filepath.Join(dir, "locked") + ": permission denied)", "z.txt"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}

	if os.Geteuid() == 0 {
		t.Log("run as root, which reads a folder of mode 000: the real locked folder is not tried")
		return
	}
	os.Chmod(filepath.Join(dir, "locked"), 0)
	defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	read, failed := 0, 0
	if err := Walk(dir, func(path string, d *Document, err error) error {
		if err != nil {
			failed++
		} else {
			read++
		}
		return nil
	}); err != nil || read != 2 || failed != 1 {
		t.Errorf("Walk over a locked folder: %v, %d read, %d failed; want nil, 2 read (a.txt, z.txt), 1 failed", err, read, failed)
	}
}

func TestWalkLinksAndSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	os.MkdirAll(filepath.Join(real, "sub"), 0o755)
	report := []byte("云岫市教育局2024年工作要点\n一、总体要求\n坚持立德树人。\n")
	os.WriteFile(filepath.Join(real, "sub", "plan.txt"), report, 0o644)
	elsewhere := filepath.Join(dir, "elsewhere.txt")
	os.WriteFile(elsewhere, []byte("云岫市教育局2023年工作总结\n一、主要成绩\n新建学校3所。\n"), 0o644)
	if err := os.Symlink(elsewhere, filepath.Join(real, "linked.txt")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	os.Symlink(filepath.Join(real, "sub"), filepath.Join(real, "linkdir"))
	root := filepath.Join(dir, "root-link")
	os.Symlink(real, root)

	got := map[string]string{}
	err := Walk(root, func(path string, d *Document, err error) error {
		switch {
		case err != nil:
			got[filepath.Base(path)] = "error: " + err.Error()
		default:
			got[filepath.Base(path)] = d.Title
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got["plan.txt"] == "" || strings.HasPrefix(got["plan.txt"], "error") {
		t.Errorf("walking a root that is a link: plan.txt = %q", got["plan.txt"])
	}
	if got["linked.txt"] != "云岫市教育局2023年工作总结" {
		t.Errorf("a link to a file: %q, want it read", got["linked.txt"])
	}
	if !strings.Contains(got["linkdir"], "not followed") {
		t.Errorf("a link to a folder: %q, want an error saying it is not followed", got["linkdir"])
	}

	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		if _, err := ReadFile(fifo); !errors.Is(err, ErrUnsupported) {
			t.Errorf("ReadFile(FIFO) = %v, want ErrUnsupported", err)
		}
	}
	big := filepath.Join(dir, "big.txt")
	f, _ := os.Create(big)
	f.Truncate(MaxFile + 1) // sparse: no disk used
	f.Close()
	if _, err := ReadFile(big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadFile(%d bytes) = %v, want ErrTooLarge", MaxFile+1, err)
	}
}

// TestRead_DOCXContents: a Word file's table of contents (paragraphs of
// the toc styles, by built-in ID or by a style named "toc 1", and its
// 目录 line) repeats the headings with page numbers; it is left out, and
// the report's headings are read once, with their text.
func TestRead_DOCXContents(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := wordPara
	entry := func(style, text, page string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r><w:r><w:tab/><w:t>` + page + `</w:t></w:r></w:p>`
	}
	data := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+
			p("", "青岚县人民政府工作报告")+
			p("TOCHeading", "目  录")+
			entry("TOC1", "一、2030年工作回顾", "1")+
			entry("21", "（一）经济运行稳中向好", "2")+
			entry("TOC1", "二、2031年工作安排", "4")+
			p("", "各位代表：")+
			p("", "现在，我代表县人民政府向大会报告工作，请予审议。")+
			p("1", "一、2030年工作回顾")+
			p("2", "（一）经济运行稳中向好")+
			p("", "全县地区生产总值增长5.8%。")+
			p("1", "二、2031年工作安排")+
			p("", "今年地区生产总值预期增长5.5%左右。")+
			`</w:body></w:document>`,
		"word/styles.xml", `<?xml version="1.0"?><w:styles `+ns+`><w:style w:styleId="21"><w:name w:val="toc 2"/></w:style></w:styles>`,
	)
	d := mustRead(t, "report.docx", data)
	want := "1 一、2030年工作回顾|2 （一）经济运行稳中向好|1 二、2031年工作安排"
	if got := strings.Join(headings(d), "|"); got != want {
		t.Errorf("Read(report.docx) headings\n%s, want\n%s", got, want)
	}
	for _, l := range strings.Split(d.Body, "\n") {
		if strings.Join(strings.Fields(l), "") == "目录" {
			t.Errorf("Read(report.docx) body keeps the contents' 目录 line:\n%s", d.Body)
		}
	}
	if n := strings.Count(d.Body, "2030年工作回顾"); n != 1 {
		t.Errorf("Read(report.docx) body holds the heading %d times, want once (no contents entry):\n%s", n, d.Body)
	}
}

// TestRead_DOCXStyleNumbering: a template's heading styles carry the
// automatic numbering (a w:numPr in the style, not in the paragraph), by a
// level that numbering.xml links to the style or that the style names; a
// style named by rank (一级标题) or based on a heading style is a heading
// style too. The numbers a reader sees are rendered and the outline is
// read from them.
func TestRead_DOCXStyleNumbering(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := wordPara
	data := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+
			p("", "政府工作报告")+
			p("", "——2032年1月18日在翠屏市第九届人民代表大会第三次会议上")+
			p("", "翠屏市人民政府市长  沈知远")+
			p("", "各位代表：")+
			p("", "现在，我代表市人民政府，向大会报告工作，请予审议。")+
			p("11", "2031年工作回顾")+
			p("", "过去一年，全市地区生产总值增长5.6%。")+
			p("12", "产业转型步伐加快")+
			p("", "新增规模以上工业企业86家。")+
			p("12", "城乡面貌持续改善")+
			p("", "改造老旧小区42个。")+
			p("11", "2032年工作安排")+
			p("", "今年地区生产总值预期增长5.5%左右。")+
			p("12", "着力扩大有效需求")+
			p("", "实施重点项目260个。")+
			`</w:body></w:document>`,
		"word/styles.xml", `<?xml version="1.0"?><w:styles `+ns+`>
<w:style w:styleId="11"><w:name w:val="一级标题"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="a7"><w:name w:val="heading 2"/></w:style>
<w:style w:styleId="12"><w:name w:val="翠屏二级"/><w:basedOn w:val="a7"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
</w:styles>`,
		"word/numbering.xml", `<?xml version="1.0"?><w:numbering `+ns+`>
<w:abstractNum w:abstractNumId="5">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="11"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="12"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num></w:numbering>`,
	)
	d := mustRead(t, "report.docx", data)
	want := "1 一、2031年工作回顾|2 （一）产业转型步伐加快|2 （二）城乡面貌持续改善|1 二、2032年工作安排|2 （一）着力扩大有效需求"
	if got := strings.Join(headings(d), "|"); got != want {
		t.Errorf("Read(report.docx) headings\n%s, want\n%s", got, want)
	}
	if d.Year != 2032 || d.Region != "翠屏市" {
		t.Errorf("Read(report.docx) = year %d region %q, want 2032 翠屏市", d.Year, d.Region)
	}
}

// TestRead_DOCXTraditional: a Word report in traditional characters whose
// template names its heading styles in traditional characters too (標題 1,
// 二級標題) and whose headings carry no number: the styles are heading
// styles, the headings their sections, and title and headings read as
// written.
func TestRead_DOCXTraditional(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := wordPara
	data := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+
			p("", "政府工作報告")+
			p("", "——2032年1月18日在翠屏市第九屆人民代表大會第三次會議上")+
			p("", "翠屏市人民政府市長  沈知遠")+
			p("", "各位代表：")+
			p("", "現在，我代表市人民政府，向大會報告工作，請予審議。")+
			p("21", "2031年工作回顧")+
			p("", "過去一年，全市地區生產總值增長5.6%。")+
			p("22", "產業轉型步伐加快")+
			p("", "新增規模以上工業企業86家。")+
			p("21", "2032年工作安排")+
			p("", "今年地區生產總值預期增長5.5%左右。")+
			p("22", "著力擴大有效需求")+
			p("", "實施重點項目260個。")+
			`</w:body></w:document>`,
		"word/styles.xml", `<?xml version="1.0"?><w:styles `+ns+`>
<w:style w:styleId="21"><w:name w:val="標題 1"/></w:style>
<w:style w:styleId="22"><w:name w:val="二級標題"/></w:style>
</w:styles>`,
	)
	d := mustRead(t, "report.docx", data)
	want := "1 2031年工作回顧|2 產業轉型步伐加快|1 2032年工作安排|2 著力擴大有效需求"
	if got := strings.Join(headings(d), "|"); got != want {
		t.Errorf("Read(report.docx) headings\n%s, want\n%s", got, want)
	}
	if d.Title != "政府工作報告" || d.Year != 2032 || d.Region != "翠屏市" || d.Kind != "政府工作报告" {
		t.Errorf("Read(report.docx) = title %q year %d region %q kind %q", d.Title, d.Year, d.Region, d.Kind)
	}
}

// TestRead_DOCXTextBox: a text box (a cover's title, a note beside the
// text) is kept twice in the file, as a drawing and again in
// mc:Fallback for old readers, and its paragraphs sit inside the paragraph
// it is anchored in. Its text is read once, and the anchoring paragraph's
// own text after it is kept.
func TestRead_DOCXTextBox(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`
	p := func(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }
	box := func(text, after string) string {
		inner := p(text)
		return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` + inner +
			`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` + inner +
			`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>` + after + `</w:t></w:r></w:p>`
	}
	data := zipOf(t, "word/document.xml", `<?xml version="1.0"?><w:document `+ns+`><w:body>`+
		box("政府工作报告", "")+
		p("——2032年1月18日在翠屏市第九届人民代表大会第三次会议上")+
		p("各位代表：")+
		p("现在，我代表市人民政府，向大会报告工作，请予审议。")+
		p("一、2031年工作回顾")+
		box("图1 2031年全市主要经济指标", "过去一年，全市地区生产总值增长5.6%。")+
		p("二、2032年工作安排")+
		p("今年地区生产总值预期增长5.5%左右。")+
		`</w:body></w:document>`)
	d := mustRead(t, "report.docx", data)
	if d.Title != "政府工作报告" || d.Year != 2032 || d.Region != "翠屏市" {
		t.Errorf("Read(report.docx) = title %q year %d region %q", d.Title, d.Year, d.Region)
	}
	for _, s := range []string{"政府工作报告", "图1 2031年全市主要经济指标", "过去一年，全市地区生产总值增长5.6%。"} {
		if n := strings.Count(d.Body, s); n != 1 {
			t.Errorf("Read(report.docx) body holds %q %d times, want once:\n%s", s, n, d.Body)
		}
	}
}

// TestRead_CROnly: a file whose lines end with CR alone (old Mac text)
// reads as the same file with LF: its title block is read line by line.
func TestRead_CROnly(t *testing.T) {
	text := "坚定信心 奋勇争先\n——2032年1月16日在云岫市第八届人民代表大会第五次会议上\n云岫市人民政府市长  林远舟\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2031年工作回顾\n过去一年，全市地区生产总值增长5.9%。\n二、2032年工作安排\n今年的主要预期目标是：地区生产总值增长5.5%以上。\n"
	want := mustRead(t, "lf.txt", []byte(text))
	d := mustRead(t, "cr.txt", []byte(strings.ReplaceAll(text, "\n", "\r")))
	if d.Title != want.Title || d.Year != want.Year || d.Region != want.Region || d.Body != want.Body {
		t.Errorf("Read(cr.txt) = title %q year %d region %q; want %q %d %q and the same body", d.Title, d.Year, d.Region, want.Title, want.Year, want.Region)
	}
	if want.Title != "坚定信心 奋勇争先" {
		t.Errorf("Read(lf.txt).Title = %q, want the report's main title", want.Title)
	}
}

// TestDropNoteMarks: the superscript marks of notes that PDF converters
// write go, wherever they follow Chinese text or figures; a power after a
// Latin letter, a note's own line and other math stay.
func TestDropNoteMarks(t *testing.T) {
	for in, want := range map[string]string{
		"“两重”${ }^{1}$，指":    "“两重”，指",
		"“两新”$^{[2]}$工作。":    "“两新”工作。",
		"生活圈<sup>3</sup>28个": "生活圈28个",
		"增长8.3%$^{4}$，":      "增长8.3%，",
		"停车泊位6000个[^5]。":     "停车泊位6000个。",
		"增长$5.5\\%$左右":       "增长5.5\\%左右",
		"面积$12$万亩":           "面积12万亩",
		"[^5]: 两重：指…":        "[^5]: 两重：指…",
		"绿地42万m<sup>2</sup>": "绿地42万m<sup>2</sup>",
		"单价$x^{2}$元":         "单价$x^{2}$元",
	} {
		if got := dropNoteMarks(in); got != want {
			t.Errorf("dropNoteMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

// wordPara is a Word paragraph of the style (none when empty) holding the
// text in one run.
func wordPara(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// wordRow returns a WordprocessingML table row of one paragraph a cell.
func wordRow(cells ...string) string {
	s := `<w:tr>`
	for _, c := range cells {
		s += `<w:tc>` + wordPara("", c) + `</w:tc>`
	}
	return s + `</w:tr>`
}

// TestRead_DOCXTable: a table's row is one line of its cells' words, so
// that its figures stay in the body (a line per cell would be short lines
// that cleaning drops); a row of one cell, a layout table's, keeps its
// paragraphs as lines, headings found in them; a table inside a cell is
// part of that cell.
func TestRead_DOCXTable(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := wordPara
	cell := func(paras ...string) string {
		s := `<w:tc>`
		for _, x := range paras {
			s += p("", x)
		}
		return s + `</w:tc>`
	}
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	inner := `<w:tbl>` + row(cell("小学"), cell("6所")) + row(cell("初中"), cell("3所")) + `</w:tbl>`
	data := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+
			p("", "青岚县教育局2031年工作总结")+
			`<w:tbl>`+row(cell("一、办学条件", "全县新建改扩建学校9所，新增学位4500个。"))+`</w:tbl>`+
			p("", "主要指标完成情况如下：")+
			`<w:tbl>`+
			row(cell("序号"), cell("指标"), cell("2030年"), cell("2031年"))+
			row(cell("1"), cell("新建中小学"), cell("12所"), cell("15所"))+
			row(cell("2"), cell("新增", "学位"), cell("0.9万个"), cell("1.2万个"))+
			row(cell("3"), cell("其中"), cell(inner), cell(""))+
			`</w:tbl>`+
			p("", "二、教师队伍")+
			p("", "全年招聘教师120名。")+
			`</w:body></w:document>`,
	)
	d := mustRead(t, "summary.docx", data)
	// (cleaning joins the words of Han cells, as it joins spaced-out text)
	for _, want := range []string{"序号指标 2030年 2031年", "1 新建中小学 12所 15所", "2 新增学位 0.9万个 1.2万个", "3 其中小学 6所初中 3所"} {
		if !strings.Contains(d.Body, want+"\n") {
			t.Errorf("Read(summary.docx) body lacks the row line %q:\n%s", want, d.Body)
		}
	}
	if got, want := strings.Join(headings(d), "|"), "1 一、办学条件|1 二、教师队伍"; got != want {
		t.Errorf("Read(summary.docx) headings %s, want %s", got, want)
	}
}

// TestRead_DOCXTableInText: a table between the paragraphs of a section is
// lines of its own: its last row, which ends with a figure, does not swallow
// the next row or the heading after the table (（二） would then cut a
// sentence), and its header row of words alone is no heading.
func TestRead_DOCXTableInText(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := wordPara
	row := wordRow
	data := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+
			p("", "明湖市2031年政府工作报告")+
			p("", "各位代表：")+
			p("", "现在，我代表市人民政府向大会报告工作，请予审议。")+
			p("", "一、2031年工作回顾")+
			p("", "（一）经济运行稳中有进。全市地区生产总值增长6.8%，一般公共预算收入增长5.2%，主要指标好于预期。")+
			p("", "全年主要指标完成情况如下表。")+
			`<w:tbl>`+
			row("指标", "单位", "目标", "完成")+
			row("规模以上工业增加值增长", "%", "6.0", "6.3")+
			row("一般公共预算收入", "亿元", "120", "126.3")+
			row("城镇新增就业人数", "万人", "3.2", "3.5")+
			`</w:tbl>`+
			p("", "（二）城乡面貌持续改善。新建改造道路42公里，完成老旧小区改造86个。")+
			p("", "二、2032年主要任务")+
			p("", "（一）扩大有效投资。全年实施重点项目120个，完成投资300亿元。")+
			`</w:body></w:document>`,
	)
	d := mustRead(t, "report.docx", data)
	for _, want := range []string{"\n指标单位目标完成\n", "\n规模以上工业增加值增长 % 6.0 6.3\n", "\n一般公共预算收入亿元 120 126.3\n", "\n城镇新增就业人数万人 3.2 3.5\n"} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("Read(report.docx) body lacks the row line %q:\n%s", strings.TrimSpace(want), d.Body)
		}
	}
	want := "1 一、2031年工作回顾|2 （一）经济运行稳中有进。|2 （二）城乡面貌持续改善。|1 二、2032年主要任务|2 （一）扩大有效投资。"
	if got := strings.Join(headings(d), "|"); got != want {
		t.Errorf("Read(report.docx) headings\n%s, want\n%s", got, want)
	}
}

// TestRead_TableCategoryRows: a table of targets in a Word file or on a
// page whose categories are rows of one cell spanning the table (一、经济
// 指标 over its rows): they are the table's rows, not parts of the report,
// and the report's own parts after the table keep their numbers.
func TestRead_TableCategoryRows(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := wordPara
	row := wordRow
	paras := []string{"望川县2032年政府工作报告", "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。",
		"一、2031年工作回顾", "过去一年，全县经济平稳增长，城乡面貌持续改善。", "二、2032年主要任务",
		"（一）做强特色产业。新建茶叶加工园一个，带动农户增收。", "各位代表，让我们团结奋斗，为建设美丽望川而努力！", "附件", "2032年主要目标"}
	rows := [][]string{{"序号", "指标", "目标"}, {"一、经济指标"}, {"1", "县域生产总值增长", "6%"}, {"2", "财政收入增长", "5%"},
		{"二、社会指标"}, {"3", "城镇新增就业", "2000人"}}
	var body, page strings.Builder
	for _, x := range paras {
		body.WriteString(p("", x))
		page.WriteString("<p>" + x + "</p>\n")
	}
	body.WriteString(`<w:tbl>`)
	page.WriteString("<table>")
	for _, r := range rows {
		body.WriteString(row(r...))
		page.WriteString("<tr>")
		for _, c := range r {
			span := ""
			if len(r) == 1 {
				span = ` colspan="3"`
			}
			page.WriteString("<td" + span + ">" + c + "</td>")
		}
		page.WriteString("</tr>\n")
	}
	body.WriteString(`</w:tbl>`)
	page.WriteString("</table>")
	docx := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+body.String()+`</w:body></w:document>`,
	)
	html := `<html><head><meta charset="utf-8"><title>望川县2032年政府工作报告</title></head><body><div class="article">` + page.String() + `</div></body></html>`
	want := "1 一、2031年工作回顾|1 二、2032年主要任务|2 （一）做强特色产业。|1 附件"
	for name, data := range map[string][]byte{"report.docx": docx, "report.html": []byte(html)} {
		d := mustRead(t, name, data)
		if got := strings.Join(headings(d), "|"); got != want {
			t.Errorf("Read(%s) headings\n%s, want\n%s", name, got, want)
		}
		if !strings.Contains(d.Body, "一、经济指标\n") || !strings.Contains(d.Body, "二、社会指标\n") {
			t.Errorf("Read(%s) body lacks the category rows:\n%s", name, d.Body)
		}
	}
}

// TestRead_HTMLPageTail: a portal's page whose classes say nothing: after
// the report come a row of bracketed buttons, a related-articles list, a
// comments block (its heading, the comments, the form) and the footer's
// 主办 line with its links; none of them is the report's.
func TestRead_HTMLPageTail(t *testing.T) {
	const page = `<html><head><meta charset="utf-8"><title>明湖市2031年政府工作报告</title></head><body>
<div class="w1"><div class="bt">明湖市2031年政府工作报告</div>
<div class="nr">
<p>各位代表：</p>
<p>现在，我代表市人民政府，向大会报告工作，请予审议。</p>
<p>一、2030年工作回顾</p>
<p>过去一年，明湖市地区生产总值增长6.2%，城镇新增就业3.1万人，新建改扩建中小学12所。</p>
<p>二、2031年主要任务</p>
<p>今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。</p>
<p>各位代表，让我们团结一心，为建设更加美好的明湖而努力奋斗！</p>
</div>
<div>【发表评论】【告诉好友】【打印此文】【关闭窗口】</div>
<div class="box2"><div>相关文章</div><ul>
<li><a href="/1.html">望川县召开第一季度经济形势分析会</a></li>
<li><a href="/2.html">市政府常务会议研究部署重点工作</a></li></ul></div>
<div class="box3"><div>网友评论</div>
<div><span>网友 湖畔小王</span> 2031-03-02 10:12<p>报告写得很实在，希望民生实事都能落地！</p></div>
<div><span>网友 望川老李</span> 2031-03-03 18:40<p>点赞，期待家门口的学校早日建成。</p></div>
<div>我要评论：<textarea></textarea> 验证码：<input> 提交</div></div>
<div class="db">明湖市人民政府办公室主办　联系我们　网站地图</div>
</div></body></html>`
	d := mustRead(t, "page.html", []byte(page))
	if !strings.HasSuffix(d.Body, "为建设更加美好的明湖而努力奋斗！") {
		t.Errorf("Read(page.html) body does not end with the report's last line:\n%s", d.Body)
	}
	for _, bad := range []string{"评论", "好友", "此文", "相关文章", "望川县召开", "民生实事都能落地", "验证码", "主办", "网站地图"} {
		if strings.Contains(d.Body, bad) {
			t.Errorf("Read(page.html) body keeps %q", bad)
		}
	}
}

// TestRead_WordHTML: a page saved by Word ("Save as Web Page": GB2312,
// MsoNormal paragraphs, spans, <o:p>, conditional comments) wraps its
// source every 80 columns or so, between two Chinese characters; the wraps
// are no spaces, so they cut neither a heading (（一）经 济…) nor a
// numbering (１ 、).
func TestRead_WordHTML(t *testing.T) {
	page := "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n" +
		"<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\r\n<title>明湖市2031年政府工作报告</title>\r\n" +
		"<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>USER</o:Author>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n" +
		"<style>\r\n<!--\r\np.MsoNormal\r\n\t{margin:0cm;}\r\n-->\r\n</style>\r\n</head>\r\n<body lang=ZH-CN>\r\n<div class=Section1>\r\n" +
		"<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>明湖市2031年政府工作报告<o:p></o:p></span></b></p>\r\n" +
		"<p class=MsoNormal><span style='font-family:仿宋_GB2312'>各位代表：<o:p></o:p></span></p>\r\n" +
		"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>现在，我代表市人民政府，向大会报告工作，请予审议。</span></p>\r\n" +
		"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>一、<span lang=EN-US>2030</span>年工作回顾<o:p></o:p></span></b></p>\r\n" +
		"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:楷体_GB2312'>（一）经\r\n济实力迈上新台阶。</span></b><span style='font-family:仿宋_GB2312'>全市地区生产总值增长<span lang=EN-US>6.2%</span>，一般公共预算收入增长\r\n<span lang=EN-US>5.1%</span>。<o:p></o:p></span></p>\r\n" +
		"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:楷体_GB2312'>（二）城乡面貌持续改善。</span></b><span>新建改造道路<span lang=EN-US>42</span>公里，完成老旧小\r\n区改造<span lang=EN-US>86</span>个。<o:p></o:p></span></p>\r\n" +
		"<p class=MsoNormal style='text-indent:32.0pt'><span>各位代表，让我们团结一心，为建设更加美好的明湖而努力奋斗！</span></p>\r\n" +
		"<p class=MsoNormal><span>注释：</span></p>\r\n" +
		"<p class=MsoNormal><span>１\r\n、老旧小区：是指建成年代较早、失养失修失管、市政配套设施不完善的住宅小区。</span></p>\r\n" +
		"</div>\r\n</body>\r\n</html>\r\n"
	data, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	d := mustRead(t, "report.htm", data)
	if d.Title != "明湖市2031年政府工作报告" || d.Year != 2031 {
		t.Errorf("Read(report.htm) = title %q year %d", d.Title, d.Year)
	}
	for _, want := range []string{"（一）经济实力迈上新台阶。", "完成老旧小区改造86个。", "１、老旧小区："} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("Read(report.htm) body lacks %q:\n%s", want, d.Body)
		}
	}
	want := "1 一、2030年工作回顾|2 （一）经济实力迈上新台阶。|2 （二）城乡面貌持续改善。"
	if got := strings.Join(headings(d), "|"); !strings.HasPrefix(got, want) {
		t.Errorf("Read(report.htm) headings\n%s, want them to start\n%s", got, want)
	}
}

// TestRead_DOCXNumberingInstances: one outline numbered through several
// instances (w:num) of one abstract numbering, as a heading style's and
// pasted paragraphs' direct numbering often are: as in Word, the count goes
// on from one instance to the other and a part resets its items; an
// instance with a w:startOverride starts again (the annex's own list).
func TestRead_DOCXNumberingInstances(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := func(num string, lvl int, text string) string {
		return fmt.Sprintf(`<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, lvl, num, text)
	}
	data := zipOf(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+
			wordPara("", "明湖市2031年政府工作报告")+
			wordPara("", "各位代表：")+
			wordPara("", "现在，我代表市人民政府，向大会报告工作，请予审议。")+
			p("1", 0, "2030年工作回顾")+
			p("2", 1, "产业转型持续加快。全年新增规模以上工业企业86家。")+
			p("2", 1, "城乡面貌持续改善。完成老旧小区改造86个。")+
			p("2", 0, "2031年主要任务")+
			p("1", 1, "全力壮大实体经济。实施重点产业项目120个。")+
			p("2", 1, "持续增进民生福祉。新增学位1.5万个。")+
			wordPara("", "附件：名词解释")+
			p("7", 0, "老旧小区：建成年代较早、配套设施不完善的住宅小区。")+
			p("7", 0, "专精特新：专业化、精细化、特色化、新颖化。")+
			`</w:body></w:document>`,
		"word/numbering.xml", `<?xml version="1.0"?><w:numbering `+ns+`>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`,
	)
	d := mustRead(t, "report.docx", data)
	for _, want := range []string{"\n一、2030年工作回顾\n", "\n（二）城乡面貌持续改善。", "\n二、2031年主要任务\n", "\n（一）全力壮大实体经济。", "\n（二）持续增进民生福祉。", "\n1.老旧小区：", "\n2.专精特新："} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("Read(report.docx) body lacks %q:\n%s", strings.TrimSpace(want), d.Body)
		}
	}
}

// TestReadCopyUnderItsOwnHeader reads a collector's file (fictional) that
// holds a report twice, each copy under the collector's header: the first
// header is cut as the file's, the second, far down in the text, goes with
// every field of it (its title too), and the report is read once.
func TestReadCopyUnderItsOwnHeader(t *testing.T) {
	header := "标题：枫桥县2031年政府工作报告\n发文单位：枫桥县人民政府\n发文时间：2031-01-18\n来源URL：http://www.fengqiao.example/zwgk/t20310118_1.html\n\n"
	var report strings.Builder
	report.WriteString("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2030年工作回顾\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&report, "全县第%d批重点项目建成投产，新增产值%d亿元，带动就业%d人，项目所在乡镇的基础设施同步完善。\n", i, 10+i, 300+i)
	}
	report.WriteString("二、2031年主要任务\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&report, "实施第%d项民生工程，年内完成投资%d亿元，惠及群众%d万人，建立台账逐月调度、按季通报。\n", i, 5+i, 2+i)
	}
	d, err := Read("枫桥县2031年政府工作报告.txt", []byte(header+report.String()+"\n"+header+report.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title == "" || d.Year != 2031 || d.Region != "枫桥县" {
		t.Errorf("title %q, year %d, region %q; want the report's", d.Title, d.Year, d.Region)
	}
	seen := 0
	for _, s := range d.Sections {
		for _, l := range strings.Split(s.Heading+"\n"+s.Text, "\n") {
			if collectorKeyRe.MatchString(l) {
				t.Errorf("section %q keeps the collector's line %q", s.Heading, l)
			}
			if strings.HasPrefix(l, "全县第1批重点项目") {
				seen++
			}
		}
	}
	if seen != 1 {
		t.Errorf("the report's first item read %d times, want once", seen)
	}
}

// TestRead_LineEndsOfACopiedPage: a copy site's page whose lost line
// breaks stand as a made-up token (Qvz) reads the same with Windows line
// ends as with LF: the token is found and cut before the text's lines
// are read, whatever ends them (with CR LF, the token before a CR was
// not counted and the title block ran into one line).
func TestRead_LineEndsOfACopiedPage(t *testing.T) {
	const page = `（青川省）2031年望川县人民政府工作报告（全文） 政 府 工 作 报 告Qvz 2031年6月22日
政 府 工 作 报 告Qvz
2031年6月22日在望川县第十五届Qvz
人民代表大会第五次会议上Qvz
望川县县长某某某Qvz
各位代表：Qvz
现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员
提出意见。Qvz
2030年工作回顾Qvz
一年来，我们坚持转型发展，产业结构持续优化。三次产业比例为26:27:47。乡村振兴战略深入实施。
一年来，我们坚持项目为王，扩投资增后劲，发展基础持续夯实。全年完成投资120亿元。Qvz
`
	lf := mustRead(t, "page.txt", []byte(page))
	if strings.Contains(lf.Body, "Qvz") || !strings.Contains(lf.Body, "\n望川县县长某某某\n") {
		t.Fatalf("Read(LF page): the stand-in for line breaks is not read:\n%s", lf.Body)
	}
	for _, end := range []string{"\r\n", "\r"} {
		d := mustRead(t, "page.txt", []byte(strings.ReplaceAll(page, "\n", end)))
		if d.Body != lf.Body || d.Title != lf.Title {
			t.Errorf("Read(page with line ends %q): title %q, body\n%s\nwant title %q, body\n%s", end, d.Title, d.Body, lf.Title, lf.Body)
		}
	}
}

// TestWalkReadsAheadInOrder: with files read on several goroutines, fn
// still sees every file once, in lexical order, with the document ReadFile
// gives; when fn stops the walk, the files after the window of reads
// ahead are never read.
func TestWalkReadsAheadInOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		name := fmt.Sprintf("r%02d.txt", i)
		text := strings.Replace(report, "2023", fmt.Sprint(1990+i), -1)
		if i%7 == 3 {
			text = "" // an error in the middle
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := ReadFile(filepath.Join(dir, name))
		if err != nil {
			want = append(want, name+": error")
		} else {
			want = append(want, fmt.Sprintf("%s: %s %d", name, d.ID, d.Year))
		}
	}
	var reads atomic.Int32
	defer func(f func(string) (*Document, error)) { walkReadFile = f }(walkReadFile)
	walkReadFile = func(p string) (*Document, error) {
		reads.Add(1)
		return ReadFile(p)
	}
	var got []string
	err := Walk(dir, func(path string, d *Document, err error) error {
		if err != nil {
			got = append(got, filepath.Base(path)+": error")
		} else {
			got = append(got, fmt.Sprintf("%s: %s %d", filepath.Base(path), d.ID, d.Year))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("Walk read ahead gave\n%s\nwant (one file after the other)\n%s", g, w)
	}
	stop := errors.New("stop")
	reads.Store(0)
	calls := 0
	err = Walk(dir, func(string, *Document, error) error {
		if calls++; calls == 5 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 5 {
		t.Errorf("Walk stopped at the fifth file = %v after %d calls", err, calls)
	}
	// Five given to fn, then at most the window (4 readers, readAhead
	// each) read beyond them.
	if n := int(reads.Load()); n > 5+4*readAhead {
		t.Errorf("Walk stopped at the fifth file read %d files, want at most %d", n, 5+4*readAhead)
	}
}

// TestReadPanicIsError: a panic while reading a file comes back as an
// error that names the file and the failing function, not as a crash.
func TestReadPanicIsError(t *testing.T) {
	read := func() (d *Document, err error) {
		defer recoverRead("report.docx", &d, &err)
		var m map[string]int
		m["x"]++ // a bug: assignment to a nil map
		return &Document{}, nil
	}
	d, err := read()
	if d != nil || !errors.Is(err, ErrInternal) {
		t.Fatalf("a reading that panics gave %v, %v; want no document and ErrInternal", d, err)
	}
	for _, w := range []string{"report.docx", "nil map", "TestReadPanicIsError.func1 (read_test.go:"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("the error does not name %q:\n%v", w, err)
		}
	}
}

// TestWalkFnPanics: a panic of fn goes up through Walk, with the files
// read ahead, as it would from a walk without them, instead of leaving
// Walk waiting for readers that wait for it.
func TestWalkFnPanics(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	dir := t.TempDir()
	for i := range 12 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%02d.txt", i)), []byte(report), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := make(chan any, 1)
	go func() {
		defer func() { got <- recover() }()
		Walk(dir, func(string, *Document, error) error { panic("fn's bug") })
	}()
	select {
	case p := <-got:
		if p != "fn's bug" {
			t.Errorf("Walk with fn panicking recovered %v, want fn's panic", p)
		}
	case <-time.After(time.Minute):
		t.Fatal("Walk with fn panicking never returned (its readers wait for a window fn no longer frees)")
	}
}

// TestRead_HTMLPages: a file of a paged article's pages one after another
// keeps none of a page's own chrome between the pieces of the report: not
// the second page's <title> nor its title bar, nor the first page's pager
// and 上一篇/下一篇 links, however long the pages after it (Clean reads a
// footer in the last lines of the text only).
func TestRead_HTMLPages(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/read/html_pages_concatenated.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := string(ar.Files[0].Data)
	var more strings.Builder
	for i := 1; i <= 90; i++ {
		fmt.Fprintf(&more, "<p>第%d项，沿湾第%d号泊位完成改造，年吞吐能力提高%d万吨。</p>\n", i, i, i*3)
	}
	page = strings.Replace(page, "<p>二、2031年主要任务</p>", more.String()+"<p>二、2031年主要任务</p>", 1)
	d := mustRead(t, ar.Files[0].Name, []byte(page))
	for _, bad := range []string{"上一篇", "下一篇", "下一页", "(2)", "发布时间", "首页"} {
		if strings.Contains(d.Body, bad) {
			t.Errorf("Read(%s) body keeps %q:\n%s", ar.Files[0].Name, bad, d.Body)
		}
	}
	if n := strings.Count(d.Body, "2031年澜沧湾市政府工作报告"); n != 1 {
		t.Errorf("Read(%s) body holds the title %d times, want 1:\n%s", ar.Files[0].Name, n, d.Body)
	}
}

// TestRead_HTMLPhotoCaption: a photo set inside a report's page, its
// caption under it in the photo's block, in a centred paragraph after
// the picture's, or in a <figcaption>, is the picture's and goes; a
// paragraph of the report next to a picture (indented, or dated but in
// the text's flow) and a centred heading under a banner stay.
func TestRead_HTMLPhotoCaption(t *testing.T) {
	const page = `<html><head><meta charset="utf-8"><title>澜沧湾市2031年政府工作报告</title></head><body>
<div class="article_content">
<p>各位代表：</p>
<p>现在，我代表市人民政府，向大会报告工作，请予审议。</p>
<p><img src="/banner.png"/></p>
<p style="text-align:center"><strong>一、2030年工作回顾</strong></p>
<p>过去一年，全市经济总量增长6.4%，新建改扩建学校9所，城乡居民收入稳步提高。</p>
<div class="pic_box">
<img src="/photo/1.jpg"/>
<!-- <img src="/photo/1s.jpg"> -->
<p>1月9日，澜沧湾市八届人大四次会议在市会堂开幕。市长苏望川作政府工作报告。</p>
</div>
<p>一年来，我们着力抓了五件实事。</p>
<div class="pics"><img src="/photo/2.jpg"/><p>图为代表们审阅报告。</p><img src="/photo/3.jpg"/><p>1月9日上午，代表们步入会场。</p></div>
<p style="text-align:center"><img src="/photo/4.jpg"/></p>
<p style="text-align:center">图为海湾新区的产业园。</p>
<figure><img src="/photo/5.jpg"/><figcaption>1月10日，代表分组审议政府工作报告。</figcaption></figure>
<p><img src="/photo/6.jpg"/></p>
<p style="text-indent:2em">3月15日，我们组织消费维权集中宣传，发放资料2000余份。</p>
<p>二、2031年工作安排</p>
<p>今年全市经济总量预期增长6%左右。</p>
</div></body></html>`
	d := mustRead(t, "page.html", []byte(page))
	for _, bad := range []string{"在市会堂开幕", "代表们审阅报告", "代表们步入会场", "产业园", "分组审议"} {
		if strings.Contains(d.Body, bad) {
			t.Errorf("Read(page.html) body keeps the caption with %q:\n%s", bad, d.Body)
		}
	}
	for _, good := range []string{"一、2030年工作回顾", "新建改扩建学校9所", "一年来，我们着力抓了五件实事。", "3月15日，我们组织消费维权集中宣传", "今年全市经济总量预期增长6%左右。"} {
		if !strings.Contains(d.Body, good) {
			t.Errorf("Read(page.html) body lost %q:\n%s", good, d.Body)
		}
	}

	// The same photo block in a text file that kept the page's markup
	// (a scraper's str() of the content block): the picture's tag goes
	// with the others, and its caption with it.
	const scraped = `[<div class="box_text">
<p>各位代表：</p>
<p>现在，我代表市人民政府，向大会报告工作，请予审议。</p>
<h5>一、2030年工作回顾</h5>
<p>过去一年，全市经济总量增长6.4%，新建改扩建学校9所，城乡居民收入稳步提高。</p>
<div class="box_pic">
<img src="/photo/1.jpg"/>
<p>1月9日，澜沧湾市八届人大四次会议在市会堂开幕。市长苏望川作政府工作报告。</p>
</div>
<p>1月9日，市政府召开常务会议，研究部署重点项目建设。</p>
<p>一年来，我们着力抓了五件实事。</p>
<h5>二、2031年工作安排</h5>
<p>今年全市经济总量预期增长6%左右。</p>
</div>]`
	d = mustRead(t, "report.txt", []byte(scraped))
	if strings.Contains(d.Body, "在市会堂开幕") {
		t.Errorf("Read(report.txt) body keeps the photo's caption:\n%s", d.Body)
	}
	for _, good := range []string{"市政府召开常务会议", "一年来，我们着力抓了五件实事。"} {
		if !strings.Contains(d.Body, good) {
			t.Errorf("Read(report.txt) body lost %q:\n%s", good, d.Body)
		}
	}
}

// TestReadNoChinese: a text of words with not one Chinese character (an
// English text given as a report) is read, as a word of any script is,
// with a warning saying so (NoChineseWarning): it was indexed with
// guessed metadata and nothing said. A text with Chinese has no such
// warning.
func TestReadNoChinese(t *testing.T) {
	has := func(d *Document) bool {
		for _, w := range d.Warnings {
			if w.Message == NoChineseWarning {
				return true
			}
		}
		return false
	}
	d := mustRead(t, "english.txt", []byte("Annual Report of Lakeside Town 2031\n\n1. Roads\nThe town repaired its roads.\n\n2. Schools\nTwo schools opened.\n"))
	if !has(d) {
		t.Errorf("Read(english.txt): warnings %v, want %q", d.Warnings, NoChineseWarning)
	}
	d = mustRead(t, "one.txt", []byte("望川县2031年政府工作报告\n\n一、工作回顾\nThe roads were repaired.\n"))
	if has(d) {
		t.Errorf("Read(one.txt), a text with Chinese: warned %q", NoChineseWarning)
	}
}
