package api

// Export file names
//
// A CSV export is saved under a name that says what it holds: the kind of
// export, the query and the filters it was made under, so that a folder of
// downloads reads as a list of searches rather than search.csv, search (1).csv:
//
//	检索报告_双减_2023_江苏.csv           search, a row per report
//	检索章节_双减_2021-2023_从10001行起.csv  search, a row per section, a later page
//	时间线地区_双减_江苏.csv              timeline, one of its tables
//	新提法_2024_江苏.csv                 new terms of a year
//	文档列表_2024_工作计划.csv            the document list
//	对比_2018_海拉尔区_政府工作报告_2019_海拉尔区_政府工作报告.html  a comparison (format=html)
//
// The name must be a file name on Windows, macOS and Linux alike: the
// characters Windows reserves (< > : " / \ | ? *), quotation marks of any
// kind, control and format characters (bidirectional marks, zero-width
// spaces) and white space become one "_"; no name starts with a dot, a dash
// or "_" or ends with a dot or a space (Windows drops those); a query is cut
// at a character boundary so that the name stays under 150 bytes of UTF-8
// (255 bytes is the limit of ext4 and APFS, 255 UTF-16 units that of NTFS).
// Reserved device names (CON, NUL, COM1) cannot occur: a name starts with
// its kind.
//
// Content-Disposition carries the name twice (RFC 6266): filename* in UTF-8
// (RFC 8187), which browsers use, and filename, an ASCII fallback for older
// clients made of the kind in English and the ASCII parts of the rest
// (search-reports_2023.csv).

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/search"
)

// exportKind names a kind of export: in Chinese for the file name, in
// English for its ASCII fallback.
type exportKind struct{ zh, en string }

var (
	exportSections  = exportKind{"检索章节", "search-sections"}
	exportReports   = exportKind{"检索报告", "search-reports"}
	exportDocuments = exportKind{"文档列表", "documents"}
	exportTerms     = exportKind{"新提法", "terms"}
	exportDropped   = exportKind{"不再使用的提法", "dropped-terms"}
	exportCompare   = exportKind{"对比", "compare"}
)

// compareExport is the kind of a comparison table's export (pairs,
// numbers, terms): 对比章节_2023_明湖市_要点_2024_明湖市_要点.csv.
func compareExport(table string) exportKind {
	zh := map[string]string{"pairs": "对比章节", "numbers": "对比数字", "terms": "对比提法"}[table]
	if zh == "" {
		zh = "对比"
	}
	return exportKind{zh, "compare-" + table}
}

// timelineExport is the kind of a timeline table's export.
func timelineExport(table string) exportKind {
	zh := map[string]string{"years": "时间线年份", "regions": "时间线地区", "first": "时间线首次使用"}[table]
	if zh == "" {
		zh = "时间线"
	}
	return exportKind{zh, "timeline-" + table}
}

// maxNameBytes bounds the UTF-8 length of an export's name, ".csv"
// included, and maxPartBytes that of each part (a long query leaves room
// for the filters after it).
const (
	maxNameBytes = 150
	maxPartBytes = 60
)

// exportName returns the file name of a CSV export of kind made of parts
// (the query, the filters: empty parts are left out), and its ASCII
// fallback.
func exportName(kind exportKind, parts []string) (name, ascii string) {
	return exportFile(kind, parts, ".csv")
}

// exportFile is exportName for a file ending in ext.
func exportFile(kind exportKind, parts []string, ext string) (name, ascii string) {
	zh, en := []string{kind.zh}, []string{kind.en}
	for _, p := range parts {
		if p = cut(safeNamePart(p), maxPartBytes); p != "" {
			zh = append(zh, p)
		}
		if p = asciiPart(p); p != "" {
			en = append(en, p)
		}
	}
	return joinName(zh, ext), joinName(en, ext)
}

// joinName joins parts with "_" and adds ext, cutting the last parts at a
// character so that the name stays within maxNameBytes.
func joinName(parts []string, ext string) string {
	return cut(strings.Join(parts, "_"), maxNameBytes-len(ext)) + ext
}

// docParts name a document in an export's name: its title, after its year
// and region when the title does not hold them (政府工作报告 of 2019 is
// 2019_海拉尔区_政府工作报告, 明湖市教育局2023年工作要点 is itself).
func docParts(d govreport.DocInfo) []string {
	var out []string
	if y := strconv.Itoa(d.Year); d.Year != 0 && !strings.Contains(d.Title, y) {
		out = append(out, y)
	}
	if d.Region != "" && !strings.Contains(d.Title, d.Region) {
		out = append(out, d.Region)
	}
	title := d.Title
	if title == "" {
		title = d.ID
	}
	return append(out, title)
}

// cut shortens s to at most n bytes at a character boundary, without the
// separators left at its end.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimRight(s[:n], "_.- ")
}

// safeNamePart turns a query or a filter into a part of a file name: runs
// of characters no file system takes, of quotation marks, and of spaces
// become one "_", trimmed at both ends along with dots and dashes.
func safeNamePart(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range s {
		if unsafeNameRune(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte('_')
			gap = false
		}
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), "_.- ")
}

// unsafeNameRune reports whether r may not stand in an export's name.
func unsafeNameRune(r rune) bool {
	switch {
	case r == utf8.RuneError, r < 0x20, r == 0x7f:
		return true
	case strings.ContainsRune(`<>:"/\|?*'`+"`“”‘’「」『』〝〞＂＇", r):
		return true
	case unicode.IsSpace(r), unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r):
		return true
	}
	return !unicode.IsPrint(r)
}

// asciiPart keeps the ASCII letters, digits, dots and dashes of a name's
// part, its other characters becoming one "_".
func asciiPart(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range s {
		if r < 0x80 && (r == '.' || r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			gap = false
			b.WriteRune(r)
			continue
		}
		gap = true
	}
	return strings.Trim(b.String(), "_.- ")
}

// filterParts are the parts of an export's name that its filters make:
// the years (a span 2021..2023 as 2021-2023), regions, kinds, issuers.
func filterParts(f search.Filters) []string {
	var out []string
	for _, y := range f.Years {
		if y.From == y.To {
			out = append(out, strconv.Itoa(y.From))
		} else {
			out = append(out, fmt.Sprintf("%d-%d", y.From, y.To))
		}
	}
	out = append(out, f.Regions...)
	out = append(out, f.Kinds...)
	return append(out, f.Issuers...)
}

// contentDisposition is the header value that saves a download as name,
// with ascii for clients that do not read filename*.
func contentDisposition(name, ascii string) string {
	return `attachment; filename="` + ascii + `"; filename*=UTF-8''` + rfc8187(name)
}

// rfc8187 percent-encodes s as an ext-value's value (RFC 8187 attr-char).
func rfc8187(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("!#$&+-.^_`|~", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// sendCSV answers with a CSV export of kind made under parts (the query,
// the filters), saved under the name they make.
func sendCSV(c *gin.Context, kind exportKind, parts []string, body []byte) {
	c.Header("Content-Disposition", contentDisposition(exportName(kind, parts)))
	c.Data(http.StatusOK, "text/csv; charset=utf-8", body)
}
