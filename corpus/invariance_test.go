package corpus

// Metamorphic tests: the same report, wrapped differently
//
// The files govreport meets come from many sites, each saving the same kind
// of report its own way: another encoding, other line ends, indents of
// full-width or no-break spaces, paragraphs hard-wrapped as a PDF's text or
// an old bulletin board's copy, a collector's header, a page's chrome and
// page numbers around the text, or the text as Markdown, a web page or a
// Word file. None of that changes what the report is. TestInvariance takes
// reports govreport reads right (the dev set beside the repository, when it
// is there, and the repository's own fictional samples), rewraps each of
// them every such way, and checks that title, year, kind, region, issuer
// and the sections (headings, texts) read from the rewrapped copy are those
// of the plain copy.
//
// Each transform is a way real copies differ; a transform govreport is not
// yet invariant under is listed in knownVariant with the number of files
// whose reading it changed on the full run, so that the test fails when it
// changes more, and fails at once for any other transform.
//
// The dev set is sampled to keep the test fast: each of its files up to
// invarianceMaxSampled bytes is read one way, the transforms taken in turn.
// GOVREPORT_INVARIANCE_ALL=1 reads every file every way and prints the table
// of changes; GOVREPORT_INVARIANCE_DIRS=dir1:dir2 reads the files of those
// folders (a probe's files/) instead of the dev set's;
// GOVREPORT_INVARIANCE_ONLY=regexp reads the transforms it matches only:
//
//	GOVREPORT_INVARIANCE_ALL=1 go test ./corpus -run Invariance -v

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/fnv"
	"html"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// invarianceMaxSampled bounds the size of the dev files the sampled run
// reads, to keep it fast; the full run reads every file.
const invarianceMaxSampled = 120 << 10

// knownVariant lists the transforms govreport's reading is not yet
// invariant under, with the number of files (dev set and samples, full run)
// whose reading changed; the sampled run must not exceed it. Every other
// transform must change no reading at all.
var knownVariant = map[string]int{
	// A dev file with a comma alone on its line (…加快5G商用进程 / , /
	// 促进…): indented, or set apart by blank lines or as a paragraph of
	// its own, the comma no longer follows the Han character it belongs
	// to and stays ASCII on a line of its own. One file, no class.
	"indent-ideographic": 1,
	"indent-nbsp":        1,
	"blanks-between":     1,
	"html":               1,
	"html-gbk":           1,
	// Hard wraps at a fixed width: headings wrapped and joined with their
	// text or cut, the title block's date and speaker lines wrapped into
	// one another, a site's stamp wrapped and no longer known.
	"wrap-32": 28,
	"wrap-38": 25,
	// A page's number between paragraphs every 14 lines: a saved web
	// page's title block with the markers among its chrome (its lines
	// kept or dropped otherwise), a footnote above a marker, a box's
	// heading after one (the fixture's 专栏), a page's "第3页 共35页"
	// under the first line taken for the title. (A file that holds its
	// report several times reads once whatever the breaks, r76d: a
	// heading each copy holds once is no running head, a paragraph run
	// on across a break in one copy only is taken apart, a break beside
	// a link's words leaves them to the anchor repair.)
	"page-dash-numbers": 7,
	"page-of-numbers":   9,
	// A page's marker wherever the page ends, inside paragraphs and
	// figures (r75d): a run-in heading's sentence cut by the page read as
	// a heading of its own, a piece before a marker in an indented text
	// taken for a bare heading, copies of a report a page broke
	// otherwise. A figure is never changed: a number alone inside it is
	// the page's.
	"page-inside-dash": 33,
	"page-inside-bare": 43,
	// Markdown: a Word file's plain copy that opens with its first
	// heading (no title above it) reads it as the title block's line; and
	// the comma alone on its line above.
	"markdown": 2,
}

// A rewrap is one way a copy of a report differs from another: it takes the
// plain text of a report (UTF-8, LF line ends) and the reading of it, and
// returns the file name and bytes of the rewrapped copy, or ok false when
// it does not apply to this text.
type rewrap struct {
	name string
	fn   func(base, text string, d *Document) (string, []byte, bool)
}

func swapExt(base, ext string) string {
	return strings.TrimSuffix(base, filepath.Ext(base)) + ext
}

func asTxt(f func(text string, d *Document) (string, bool)) func(string, string, *Document) (string, []byte, bool) {
	return func(base, text string, d *Document) (string, []byte, bool) {
		t, ok := f(text, d)
		return swapExt(base, ".txt"), []byte(t), ok
	}
}

func encoded(enc func(string) ([]byte, error)) func(string, string, *Document) (string, []byte, bool) {
	return func(base, text string, d *Document) (string, []byte, bool) {
		b, err := enc(text)
		return swapExt(base, ".txt"), b, err == nil
	}
}

func utf16Bytes(e unicode.Endianness, bom bool) func(string) ([]byte, error) {
	return func(s string) ([]byte, error) {
		p := unicode.IgnoreBOM
		if bom {
			p = unicode.UseBOM
		}
		return unicode.UTF16(e, p).NewEncoder().Bytes([]byte(s))
	}
}

// mapLines applies f to each line of text.
func mapLines(text string, f func(string) string) string {
	ls := strings.Split(text, "\n")
	for i, l := range ls {
		ls[i] = f(l)
	}
	return strings.Join(ls, "\n")
}

// reindent replaces the indent of every line holding text with ind.
func reindent(ind string) func(string, *Document) (string, bool) {
	return func(text string, _ *Document) (string, bool) {
		return mapLines(text, func(l string) string {
			t := strings.TrimLeft(l, " \t\u3000\u00a0")
			if t == "" {
				return l
			}
			return ind + t
		}), true
	}
}

// wrapAt cuts every line longer than width characters into lines of
// width characters, as a PDF's text layer or a bulletin board's copy has
// them. Only lines of prose are cut (they end in a sentence's mark or run
// on): a short line is left as it is.
func wrapAt(width int) func(string, *Document) (string, bool) {
	return func(text string, _ *Document) (string, bool) {
		cut := false
		out := mapLines(text, func(l string) string {
			r := []rune(l)
			if len(r) <= width {
				return l
			}
			cut = true
			var b strings.Builder
			for len(r) > width {
				b.WriteString(string(r[:width]))
				b.WriteByte('\n')
				r = r[width:]
			}
			b.WriteString(string(r))
			return b.String()
		})
		return out, cut
	}
}

func blanksRemoved(text string, _ *Document) (string, bool) {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n") + "\n", true
}

// blanksBetween sets a blank line between every two lines of text, as a
// web page copied paragraph by paragraph gives them.
func blanksBetween(text string, d *Document) (string, bool) {
	t, _ := blanksRemoved(text, d)
	return strings.ReplaceAll(t, "\n", "\n\n"), true
}

func blanksDoubled(text string, _ *Document) (string, bool) {
	return mapLines(text, func(l string) string {
		if strings.TrimSpace(l) == "" {
			return l + "\n"
		}
		return l
	}), strings.Contains(text, "\n\n")
}

// pubYear is the year a copy of d would be published in: the report's own
// year for a work report (given at the year's sessions), the next one for a
// review of a year.
func pubYear(d *Document) int {
	if d.Year == 0 {
		return 2024
	}
	if d.Kind == "总结" || d.Kind == "半年总结" {
		return d.Year + 1
	}
	return d.Year
}

// underHeader splits text after the collector's header it opens with, if
// any: a page's stamp and chrome were saved under the collector's header,
// never over it.
func underHeader(text string) (head, rest string) {
	if _, r, ok := cutCollectorHeader(text); ok && strings.HasSuffix(text, r) {
		return text[:len(text)-len(r)], r
	}
	return "", text
}

// collectorHead puts a page's stamp of the shapes the dev set shows over
// the text: the page's address, its source, when it was published, how
// often it was read.
func collectorHead(text string, d *Document) (string, bool) {
	y := pubYear(d)
	head, rest := underHeader(text)
	return head + fmt.Sprintf("http://www.example.gov.cn/art/%d/2/18/art_1021_58213.html\n来源：%s人民政府网站\n发布时间：%d-02-18 09:30\n浏览次数：1367\n\n", y, d.Region, y) + rest, d.Region != ""
}

// wrapInChrome sets a page's chrome around the text: the print and close
// links and the font-size control over it, the site's footer under it.
func wrapInChrome(text string, d *Document) (string, bool) {
	top := "【字体：大 中 小】 打印本页 关闭窗口\n\n"
	foot := fmt.Sprintf("\n\n打印本页 关闭窗口\n主办单位：%s人民政府办公室 承办单位：%s大数据中心\n网站标识码：1300000017 备案序号：京ICP备05012345号\n", d.Region, d.Region)
	head, rest := underHeader(text)
	return head + top + rest + foot, d.Region != ""
}

// pageNumbers sets a page's number between paragraphs every 14 lines, as
// a PDF's text layer keeps them.
func pageNumbers(format func(n, of int) string) func(string, *Document) (string, bool) {
	return func(text string, _ *Document) (string, bool) {
		ls := strings.Split(text, "\n")
		of := len(ls)/14 + 1
		var out []string
		n := 0
		for i, l := range ls {
			out = append(out, l)
			if i%14 == 13 && i+1 < len(ls) {
				n++
				out = append(out, format(n, of))
			}
		}
		return strings.Join(out, "\n"), n > 0
	}
}

// pageBreaksInside sets a page's number where a PDF's page ends, every
// 600 to 900 characters of text wherever that falls, as copies of a PDF's
// text keep them: between paragraphs, or inside a paragraph mid-sentence,
// and every other page inside a figure (…收入4.6 / — 3 — / 亿元，…, a
// figure's digits, its unit or 百分点 cut by the page). Only a paragraph's
// line is cut (one that ends on a stop and opens with no heading's
// number, or a long one): a page breaks no one-line heading. The places are drawn at random, seeded by the text.
func pageBreaksInside(format func(n int) string) func(string, *Document) (string, bool) {
	return func(text string, _ *Document) (string, bool) {
		h := fnv.New64a()
		h.Write([]byte(text))
		rnd := rand.New(rand.NewSource(int64(h.Sum64())))
		page := func() int { return 600 + rnd.Intn(300) }
		var out []string
		n, left := 0, page()
		for _, l := range strings.Split(text, "\n") {
			r := []rune(l)
			ind := len(r) - len([]rune(strings.TrimLeft(l, " \t\u3000\u00a0")))
			// (a paragraph a heading opens on its line, its own words
			// after it: no cut in the heading's first 40 characters,
			// which no reader could tell from a heading over the page's
			// foot)
			from := ind + 1
			if headingMarker(strings.TrimSpace(l)) != nil {
				from = ind + 40
			}
			para := len(r) >= 80 || len(r) >= 20 && strings.ContainsRune("。！？；：", r[len(r)-1]) && from == ind+1
			for para && left > from && left < len(r)-1 {
				cut := left
				if n%2 == 1 {
					cut = figureCut(r, cut)
				}
				n++
				out = append(out, string(r[:cut]), format(n))
				r, ind = r[cut:], 0
				left = page()
			}
			out = append(out, string(r))
			if left -= len(r); left <= 0 {
				n++
				out = append(out, format(n))
				left = page()
			}
		}
		return strings.Join(out, "\n"), n > 0
	}
}

// figureCut returns the first place in r from at on where a page break
// cuts a figure: between two of its digits, before its decimal point or
// its unit (4.6 / 亿元, 3 / %, 1.2个百 / 分点); at when the line holds no
// figure after it.
func figureCut(r []rune, at int) int {
	for k := max(at, 1); k < len(r); k++ {
		if isDigit(r[k-1]) && (isDigit(r[k]) || strings.ContainsRune(".%万亿元个倍", r[k])) || r[k-1] == '百' && r[k] == '分' {
			return k
		}
	}
	return at
}

// headingLevels maps the headings of d's reading to their levels: the
// headings its text writes, not those Split inferred from the shape of its
// paragraphs (an old report without headings: a page's Markdown marks
// none of its paragraphs, and a sentence that opens a part is no heading
// a converter sees).
func headingLevels(d *Document) map[string]int {
	m := map[string]int{}
	for _, s := range d.Sections {
		if s.Heading != "" && !s.Inferred {
			m[compactSpace(s.Heading)] = s.Level
		}
	}
	return m
}

// paragraphs returns the lines of text that hold something, trimmed.
func paragraphs(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(strings.Trim(l, "\u3000\u00a0")); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// asMarkdown writes text as Markdown: the headings of its reading as #
// headings of their level, every other line a paragraph (a report without
// headings of its own is a Markdown file without # headings).
func asMarkdown(base, text string, d *Document) (string, []byte, bool) {
	lv := headingLevels(d)
	var b strings.Builder
	for _, p := range paragraphs(text) {
		if l, ok := lv[compactSpace(p)]; ok {
			b.WriteString(strings.Repeat("#", min(l+1, 6)) + " ")
		}
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	return swapExt(base, ".md"), []byte(b.String()), true
}

// htmlPage writes text as a minimal web page, a <p> a paragraph.
func htmlPage(text, charset string) string {
	ps := paragraphs(text)
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"%s\">\n<title>%s</title>\n</head>\n<body>\n", charset, html.EscapeString(ps[0]))
	for _, p := range ps {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</body>\n</html>\n")
	return b.String()
}

func asHTML(base, text string, _ *Document) (string, []byte, bool) {
	return swapExt(base, ".html"), []byte(htmlPage(text, "utf-8")), true
}

func asHTMLGBK(base, text string, _ *Document) (string, []byte, bool) {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(htmlPage(text, "gb2312")))
	return swapExt(base, ".htm"), b, err == nil
}

// asDOCX writes text as a Word file, a w:p a paragraph, no styles.
func asDOCX(base, text string, _ *Document) (string, []byte, bool) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, _ := z.Create(name)
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range paragraphs(text) {
		fmt.Fprintf(&doc, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, docxText(p))
	}
	doc.WriteString(`</w:body></w:document>`)
	add("word/document.xml", doc.String())
	if err := z.Close(); err != nil {
		return "", nil, false
	}
	return swapExt(base, ".docx"), buf.Bytes(), true
}

// docxText is s as a w:t element's text: the XML escapes, without the
// control characters XML 1.0 cannot hold.
func docxText(s string) string {
	return xmlEscape(strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0xfffe || r == 0xffff {
			return -1
		}
		return r
	}, s))
}

var rewraps = []rewrap{
	{"utf8-bom", func(base, text string, _ *Document) (string, []byte, bool) {
		return swapExt(base, ".txt"), append([]byte{0xef, 0xbb, 0xbf}, text...), true
	}},
	{"gbk", encoded(func(s string) ([]byte, error) { return simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s)) })},
	{"gb18030", encoded(func(s string) ([]byte, error) { return simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s)) })},
	{"utf16le-bom", encoded(utf16Bytes(unicode.LittleEndian, true))},
	{"utf16le", encoded(utf16Bytes(unicode.LittleEndian, false))},
	{"utf16be-bom", encoded(utf16Bytes(unicode.BigEndian, true))},
	{"utf16be", encoded(utf16Bytes(unicode.BigEndian, false))},
	{"crlf", asTxt(func(t string, _ *Document) (string, bool) { return strings.ReplaceAll(t, "\n", "\r\n"), true })},
	{"cr", asTxt(func(t string, _ *Document) (string, bool) { return strings.ReplaceAll(t, "\n", "\r"), true })},
	{"indent-ideographic", asTxt(reindent("\u3000\u3000"))},
	{"indent-nbsp", asTxt(reindent("\u00a0\u00a0\u00a0\u00a0"))},
	{"indent-none", asTxt(reindent(""))},
	{"wrap-32", asTxt(wrapAt(32))},
	{"wrap-38", asTxt(wrapAt(38))},
	{"blanks-removed", asTxt(blanksRemoved)},
	{"blanks-between", asTxt(blanksBetween)},
	{"blanks-doubled", asTxt(blanksDoubled)},
	{"collector-header", asTxt(collectorHead)},
	{"page-chrome", asTxt(wrapInChrome)},
	{"page-dash-numbers", asTxt(pageNumbers(func(n, _ int) string { return fmt.Sprintf("— %d —", n) }))},
	{"page-of-numbers", asTxt(pageNumbers(func(n, of int) string { return fmt.Sprintf("第%d页 共%d页", n, of) }))},
	{"page-inside-dash", asTxt(pageBreaksInside(func(n int) string { return fmt.Sprintf("— %d —", n) }))},
	{"page-inside-bare", asTxt(pageBreaksInside(func(n int) string { return fmt.Sprintf("\n%d\n", n) }))},
	{"markdown", asMarkdown},
	{"html", asHTML},
	{"html-gbk", asHTMLGBK},
	{"docx", asDOCX},
}

// A readingKey is what must not change: metadata, headings and texts.
type readingKey struct {
	title, kind, region, issuer string
	year                        int
	headings                    []string
	texts                       []string
}

func keyOf(d *Document) readingKey {
	k := readingKey{title: compactSpace(d.Title), kind: d.Kind, region: d.Region, issuer: d.Issuer, year: d.Year}
	for _, s := range d.Sections {
		k.headings = append(k.headings, fmt.Sprintf("%d %s", s.Level, compactSpace(s.Heading)))
		k.texts = append(k.texts, compactSpace(s.Text))
	}
	return k
}

// changedFields names the fields in which b differs from a, with a short
// example of the first difference.
func changedFields(a, b readingKey) (fields []string, example string) {
	add := func(f string, ex string) {
		fields = append(fields, f)
		if example == "" {
			example = f + ": " + ex
		}
	}
	if a.title != b.title {
		add("title", fmt.Sprintf("%q -> %q", a.title, b.title))
	}
	if a.year != b.year {
		add("year", fmt.Sprintf("%d -> %d", a.year, b.year))
	}
	if a.kind != b.kind {
		add("kind", fmt.Sprintf("%q -> %q", a.kind, b.kind))
	}
	if a.region != b.region {
		add("region", fmt.Sprintf("%q -> %q", a.region, b.region))
	}
	if a.issuer != b.issuer {
		add("issuer", fmt.Sprintf("%q -> %q", a.issuer, b.issuer))
	}
	if strings.Join(a.headings, "\n") != strings.Join(b.headings, "\n") {
		i := firstDiff(a.headings, b.headings)
		add("headings", fmt.Sprintf("%d vs %d sections; #%d %q -> %q", len(a.headings), len(b.headings), i, at(a.headings, i), at(b.headings, i)))
	} else if strings.Join(a.texts, "\n") != strings.Join(b.texts, "\n") {
		i := firstDiff(a.texts, b.texts)
		x, y := at(a.texts, i), at(b.texts, i)
		j := 0
		for j < len(x) && j < len(y) && x[j] == y[j] {
			j++
		}
		for j > 0 && !utf8.RuneStart(x[min(j, len(x)-1)]) {
			j--
		}
		add("texts", fmt.Sprintf("section %d: %q -> %q", i, clipShown(x[j:]), clipShown(y[min(j, len(y)):])))
	}
	return fields, example
}

func firstDiff(a, b []string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

func clipShown(s string) string {
	r := []rune(s)
	if len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

// invarianceFile is one report to rewrap.
type invarianceFile struct {
	path string // shown
	name string // base name
	data []byte
}

func invarianceFiles(t *testing.T) (sampled, fixtures []invarianceFile) {
	read := func(root string, exts ...string) []invarianceFile {
		var out []invarianceFile
		filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(p))
			for _, x := range exts {
				if ext == x {
					data, err := os.ReadFile(p)
					if err == nil {
						out = append(out, invarianceFile{path: p, name: filepath.Base(p), data: data})
					}
				}
			}
			return nil
		})
		sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
		return out
	}
	fixtures = append(read("sample", ".txt"), read(filepath.Join("testdata", "layouts"), ".txt", ".md")...)
	if dirs := os.Getenv("GOVREPORT_INVARIANCE_DIRS"); dirs != "" {
		// folders of one's own instead of the dev set
		for _, d := range filepath.SplitList(dirs) {
			sampled = append(sampled, read(d, ".txt", ".docx", ".doc", ".md", ".html", ".htm", ".shtml", ".odt", ".rtf", ".ofd")...)
		}
		return sampled, fixtures
	}
	dev := filepath.Join(devDir, "files")
	if _, err := os.Stat(dev); err != nil {
		t.Logf("no dev set in %s (it lives beside the repository, in shared/dev): rewrapping the repository's samples only", devDir)
	} else {
		sampled = read(dev, ".txt", ".docx", ".md", ".html", ".htm")
	}
	return sampled, fixtures
}

// TestInvariance reads reports rewrapped the ways real copies differ and
// checks that each reads as its plain copy does (see the top of the file).
func TestInvariance(t *testing.T) {
	all := os.Getenv("GOVREPORT_INVARIANCE_ALL") != ""
	var only *regexp.Regexp
	if o := os.Getenv("GOVREPORT_INVARIANCE_ONLY"); o != "" {
		only = regexp.MustCompile(o)
	}
	sampled, fixtures := invarianceFiles(t)
	if len(sampled)+len(fixtures) == 0 {
		t.Fatal("no reports to rewrap")
	}
	type change struct{ file, example string }
	changed := map[string]map[string][]change{} // transform -> field -> files
	files := map[string]int{}                   // transform -> files read
	took := map[string]time.Duration{}          // transform -> time reading
	var mu sync.Mutex
	check := func(f invarianceFile, i int, sample bool) {
		orig, err := Read(f.name, f.data)
		if err != nil {
			return // a file govreport refuses has no reading to keep
		}
		// The plain copy: the text as UTF-8 with LF line ends. A Word
		// file's, a page's or a Markdown file's plain copy is its
		// cleaned body.
		var text string
		if ext := strings.ToLower(filepath.Ext(f.name)); ext == ".txt" {
			text, _, err = decodeText(f.name, f.data)
			if err != nil {
				return
			}
			text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		} else {
			text = orig.Body
		}
		if ext := filepath.Ext(f.name); ext != ".txt" {
			// the plain copy of a file in another format is a .txt
			base, err := Read(swapExt(f.name, ".txt"), []byte(text))
			if err != nil {
				return
			}
			orig = base
		}
		want := keyOf(orig)
		for j, rw := range rewraps {
			if sample && !all && (i+j)%len(rewraps) != 0 || only != nil && !only.MatchString(rw.name) {
				continue
			}
			name, data, ok := rw.fn(f.name, text, orig)
			if !ok {
				continue
			}
			start := time.Now()
			d, err := Read(name, data)
			dt := time.Since(start)
			var fields []string
			var ex string
			if err != nil {
				fields, ex = []string{"read"}, err.Error()
			} else {
				fields, ex = changedFields(want, keyOf(d))
			}
			mu.Lock()
			files[rw.name]++
			took[rw.name] += dt
			if len(fields) > 0 {
				fields = append(fields, "any")
			}
			for _, fl := range fields {
				if changed[rw.name] == nil {
					changed[rw.name] = map[string][]change{}
				}
				changed[rw.name][fl] = append(changed[rw.name][fl], change{f.path, ex})
			}
			mu.Unlock()
		}
	}
	type job struct {
		f      invarianceFile
		i      int
		sample bool
	}
	var jobs []job
	for i, f := range fixtures {
		jobs = append(jobs, job{f, i, false})
	}
	for i, f := range sampled {
		if !all && len(f.data) > invarianceMaxSampled {
			continue
		}
		jobs = append(jobs, job{f, i, true})
	}
	next := make(chan job)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				if all {
					fmt.Fprintf(os.Stderr, "%s %s\n", time.Now().Format("15:04:05"), j.f.path)
				}
				check(j.f, j.i, j.sample)
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	// The table: per transform, files read and files changed per field.
	fieldOrder := []string{"read", "title", "year", "kind", "region", "issuer", "headings", "texts"}
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %6s %5s %5s", "transform", "secs", "files", "any")
	for _, fl := range fieldOrder {
		fmt.Fprintf(&b, " %8s", fl)
	}
	b.WriteByte('\n')
	for _, rw := range rewraps {
		fmt.Fprintf(&b, "%-20s %6.1f %5d %5d", rw.name, took[rw.name].Seconds(), files[rw.name], len(changed[rw.name]["any"]))
		for _, fl := range fieldOrder {
			fmt.Fprintf(&b, " %8d", len(changed[rw.name][fl]))
		}
		b.WriteByte('\n')
	}
	t.Logf("files whose reading changed, per transform and field:\n%s", b.String())
	for _, rw := range rewraps {
		if only != nil && !only.MatchString(rw.name) {
			continue
		}
		n := len(changed[rw.name]["any"])
		known, isKnown := knownVariant[rw.name]
		if n == 0 || isKnown && n <= known && !all {
			continue
		}
		report := t.Errorf
		if isKnown {
			if n <= known {
				report = t.Logf
			}
		}
		var ex []string
		for _, c := range changed[rw.name]["any"] {
			ex = append(ex, "  "+c.file+": "+c.example)
		}
		report("%s changes the reading of %d files (known: %d):\n%s", rw.name, n, known, strings.Join(ex, "\n"))
	}
}
