package corpus

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// TestDevSetShapes reads real reports of the dev set (every fifth file of
// shared/dev, beside the repository) in the shapes the same text reaches
// govreport in: Windows line ends, UTF-16 with its BOM, GB18030, a portal's
// HTML page with its menus and footer, Markdown with blank lines between
// paragraphs, a .docx, and under a collector's header in brackets. Each
// report's cleaned text, read as a plain .txt, gives the metadata and the
// headings every shape must give too: a report is read the same whatever
// carried it.
func TestDevSetShapes(t *testing.T) {
	f, err := os.Open(filepath.Join(devDir, "manifest.jsonl"))
	if err != nil {
		t.Skipf("no dev set in %s (it lives beside the repository, in shared/dev): %v", devDir, err)
	}
	defer f.Close()
	var paths []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for i := 0; sc.Scan(); i++ {
		var l struct {
			Path string `json:"path"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("manifest: %v", err)
		}
		if i%5 == 0 {
			paths = append(paths, l.Path)
		}
	}
	for _, p := range paths {
		orig, err := ReadFile(filepath.Join(devDir, p))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		base, err := Read("report.txt", []byte(orig.Body))
		if err != nil {
			t.Errorf("%s as text: %v", p, err)
			continue
		}
		want := shapeSummary(base)
		for _, s := range reportShapes(base) {
			d, err := Read(s.name, s.data)
			if err != nil {
				t.Errorf("%s as %s: %v", p, s.name, err)
				continue
			}
			if s.name == "page.html" && base.Region == "" {
				// A report whose text gives no place, on a page whose
				// title names the government whose site it is on
				// (…_望川市人民政府门户网站): that government's place
				// (html.go's titleSite) when the text names none, none
				// when the places it names disagree; the rest as the
				// text's.
				if d.Region != "" && d.Region != "望川市" {
					t.Errorf("%s as %s: region %q, want none or the site's, 望川市", p, s.name, d.Region)
				}
				if got, want := shapeSummary(unplaced(d)), shapeSummary(unplaced(base)); got != want {
					t.Errorf("%s as %s:\n got %s\nwant %s", p, s.name, got, want)
				}
				continue
			}
			if got := shapeSummary(d); got != want {
				t.Errorf("%s as %s:\n got %s\nwant %s", p, s.name, got, want)
			}
		}
	}
}

// shapeSummary is what a shape of a report must not change: its metadata
// and its headings with their levels.
func shapeSummary(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title %q year %d kind %q region %q issuer %q; headings", d.Title, d.Year, d.Kind, d.Region, d.Issuer)
	for _, s := range d.Sections {
		if s.Heading != "" {
			fmt.Fprintf(&b, " %d:%s", s.Level, s.Heading)
		}
	}
	return b.String()
}

// unplaced returns a copy of d without its region and issuer, which a
// place found or not changes together (市人民政府 without one, 人民政府
// under 某市).
func unplaced(d *Document) *Document {
	c := *d
	c.Region, c.Issuer = "", ""
	return &c
}

// A shape is a report's text as some file carries it.
type shape struct {
	name string
	data []byte
}

// reportShapes returns d's text in the shapes TestDevSetShapes reads.
func reportShapes(d *Document) []shape {
	lines := strings.Split(d.Body, "\n")
	var paras []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			paras = append(paras, l)
		}
	}
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(strings.Join(lines, "\r\n"))
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().String(d.Body)

	var page strings.Builder
	page.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + html.EscapeString(d.Title) + `_望川市人民政府门户网站</title></head><body>` +
		`<div class="top"><a href="/">网站首页</a> | <a href="/zwgk">政务公开</a> | <a href="/zwfw">政务服务</a> | <a href="/hd">互动交流</a></div>` +
		`<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 工作报告</div><div class="article">`)
	for _, p := range paras {
		page.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	page.WriteString(`</div><div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>` +
		`<div class="foot">主办：望川市人民政府办公室 网站标识码：0000000001 望ICP备00000001号</div></body></html>`)

	var docx bytes.Buffer
	zw := zip.NewWriter(&docx)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`))
	for _, p := range paras {
		w.Write([]byte(`<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(p) + `</w:t></w:r></w:p>`))
	}
	w.Write([]byte(`</w:body></w:document>`))
	zw.Close()

	header := "【标题】" + d.Title + "\n【来源】http://www.example.gov.cn/art/1.html\n【采集时间】2035-05-01\n==========\n"
	return []shape{
		{"crlf.txt", []byte(strings.Join(lines, "\r\n"))},
		{"utf16.txt", []byte(utf16)},
		{"gb18030.txt", []byte(gbk)},
		{"page.html", []byte(page.String())},
		{"blank-lines.md", []byte(strings.Join(paras, "\n\n"))},
		{"paragraphs.docx", docx.Bytes()},
		{"under-a-header.txt", []byte(header + d.Body)},
	}
}

// TestDevSetRawShapes reads every text file of the dev set as it came
// (its collector's header, its site's lines, its own line breaks) in
// three shapes the same file takes on other machines and sites: Windows
// line ends, every line indented with the full-width spaces of a Chinese
// paper (　　), and its blank lines between paragraphs dropped (a .docx's
// paragraphs, a page copied into a plain file). Each shape must give the
// file's metadata, and the line ends its text too: a raw file is read the
// same whatever its line ends and indents, which reportShapes, built from
// the cleaned text, does not try.
func TestDevSetRawShapes(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every text file of the dev set four times")
	}
	paths, err := filepath.Glob(filepath.Join(devDir, "files", "*", "*"))
	if err != nil || len(paths) == 0 {
		t.Skipf("no dev set in %s (it lives beside the repository, in shared/dev)", devDir)
	}
	meta := func(d *Document) string {
		return fmt.Sprintf("title %q year %d kind %q region %q issuer %q", d.Title, d.Year, d.Kind, d.Region, d.Issuer)
	}
	for _, p := range paths {
		ext := filepath.Ext(p)
		if ext != ".txt" && ext != ".md" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if !utf8.Valid(data) {
			if text, err = simplifiedchinese.GB18030.NewDecoder().String(text); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
		}
		text = strings.ReplaceAll(strings.ReplaceAll(strings.TrimPrefix(text, "\ufeff"), "\r\n", "\n"), "\r", "\n")
		name := filepath.Base(p)
		want, err := Read(name, []byte(text))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		lines := strings.Split(text, "\n")
		var indented, compact []string
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				indented = append(indented, l)
				continue
			}
			indented = append(indented, "\u3000\u3000"+strings.TrimSpace(l))
			compact = append(compact, l)
		}
		for _, s := range []struct {
			shape, text string
		}{
			{"with CR LF", strings.Join(lines, "\r\n")},
			{"indented", strings.Join(indented, "\n")},
			{"without blank lines", strings.Join(compact, "\n")},
		} {
			d, err := Read(name, []byte(s.text))
			if err != nil {
				t.Errorf("%s %s: %v", p, s.shape, err)
				continue
			}
			if got, w := meta(d), meta(want); got != w {
				t.Errorf("%s %s:\n got %s\nwant %s", p, s.shape, got, w)
			}
			if s.shape == "with CR LF" && d.Body != want.Body {
				t.Errorf("%s %s: the text differs from the file's with LF", p, s.shape)
			}
		}
	}
}
