package corpus

// Data dumps
//
// Datasets often keep each report as a record rather than as a text: one
// JSON object per file (what json.dump writes), or a CSV row under a
// header line, the report's whole text in one field:
//
//	{"title": "某市2031年政府工作报告", "year": 2031, "content": "各位代表：\n…"}
//
//	id,title,content
//	1,某市2031年政府工作报告,"各位代表：
//	…"
//
// unwrapDump takes the text out of its record and turns the record's other
// fields into a front matter, which the collector's header reads as it
// reads a Markdown file's (collector.go): evidence about the document, not
// part of it.
//
// A text-mining corpus often keeps one report a line, the year it files
// the report under first and a TAB before the text, the text's own line
// breaks written as TABs; one such line saved as a file of its own is a
// record too (tabRecord):
//
//	2031<TAB>政府工作报告<TAB>——2031年1月…<TAB>各位代表：<TAB>…
//
// A string field dumped without its record keeps the string's escapes: each
// line break written as backslash and n, the whole report on one line
// (…工作报告\n各位代表：\n…). unwrapDump undoes them first (unescapeDump).

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minDumpText is the fewest characters a record's field must hold to be
// taken for the report's text.
const minDumpText = 200

// dumpKeys maps a record's field names (lower-cased) to the front matter's
// keys that collector.go reads.
var dumpKeys = map[string]string{
	"title": "title", "标题": "title", "题目": "title", "name": "title", "doc_title": "title",
	"year": "year", "date": "date", "年份": "year", "日期": "date", "time": "date", "publish_date": "date", "pub_date": "date",
	"province": "province", "city": "city", "region": "region", "place": "place", "省份": "省份", "城市": "城市", "地区": "地区",
	"issuer": "issuer", "publisher": "publisher", "发文单位": "发文单位", "发布单位": "发布单位",
	"url": "url", "source": "source", "link": "link", "链接": "链接",
	"发布日期": "date", "发布时间": "date", "发文时间": "date", "来源": "source", "来源url": "url",
}

// unwrapDump returns the text a JSON object or a one-record CSV holds,
// behind a front matter made of the record's other fields; ok is false
// (and text unchanged, but for a string's escapes undone) when text is no
// such record, or no field of it holds at least minDumpText characters.
func unwrapDump(text string) (string, bool) {
	t := strings.TrimSpace(strings.TrimPrefix(text, "\ufeff"))
	if lines, ok := listText(t); ok {
		// a report kept as the list of its paragraphs (strlist.go)
		return lines, true
	}
	if u, ok := unescapeDump(t); ok {
		text, t = u, strings.TrimSpace(u)
	}
	if front, ok := leadRecord(t); ok {
		return front, true
	}
	if year, place, body, ok := tabRecord(t); ok {
		front := "---\nyear: " + year + "\n"
		if place != "" {
			front += "place: " + place + "\n"
		}
		return front + "---\n" + body, true
	}
	if strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") {
		fields, ok := jsonFields(t)
		if !ok {
			return text, false
		}
		return dumpText(fields, text)
	}
	first, _, _ := strings.Cut(t, "\n")
	if !strings.Contains(first, ",") || utf8.RuneCountInString(first) > 200 {
		return text, false
	}
	r := csv.NewReader(strings.NewReader(t))
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil || len(rows) != 2 || len(rows[0]) != len(rows[1]) || len(rows[0]) < 2 {
		return text, false
	}
	fields := map[string]string{}
	for i, k := range rows[0] {
		fields[strings.TrimSpace(k)] = rows[1][i]
	}
	return dumpText(fields, text)
}

// dumpText returns the longest of fields as the text, with the fields
// dumpKeys knows before it as a front matter; ok is false when no field is
// long enough, or when two fields or more named by a year each hold a text
// (several reports in one object).
func dumpText(fields map[string]string, text string) (string, bool) {
	years := 0
	for k, v := range fields {
		if yearKeyRe.MatchString(strings.TrimSpace(k)) && utf8.RuneCountInString(v) >= minDumpText {
			years++
		}
	}
	if years >= 2 {
		// A place's reports kept in one object, each year's text under
		// its year ({"2031": "各位代表：…", "2032": "…"}): several
		// reports, as an array of records is, and no record of one.
		return text, false
	}
	body, bodyKey := "", ""
	for k, v := range fields {
		if n := utf8.RuneCountInString(v); n > utf8.RuneCountInString(body) || n == utf8.RuneCountInString(body) && k < bodyKey {
			body, bodyKey = v, k
		}
	}
	if utf8.RuneCountInString(body) < minDumpText {
		return text, false
	}
	var keys []string
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("---\n")
	for _, k := range keys {
		key, ok := dumpKeys[strings.ToLower(k)]
		v := strings.Join(strings.Fields(fields[k]), " ")
		if !ok || k == bodyKey || v == "" || utf8.RuneCountInString(v) > 200 {
			continue
		}
		fmt.Fprintf(&b, "%s: %s\n", key, v)
	}
	b.WriteString("---\n")
	b.WriteString(strings.ReplaceAll(body, "\r\n", "\n"))
	return b.String(), true
}

// yearKeyRe matches a field name that is a year (2031, 2031年): the key a
// dataset files a year's report under.
var yearKeyRe = mustLitRe(`^(?:19|20)[0-9]{2}年?$`)

// tabYearRe matches the year field of a line of a one-report-a-line corpus
// (2031, or a date 2031-03-05), the TAB after it included.
var tabYearRe = mustLitRe(`^((?:19[4-9]\d|20\d\d)(?:[-/.]\d{1,2}){0,2})\t`)

// tabRecord returns the year field and the text of t when t is one line of
// a corpus that keeps one report a line: a year, a TAB, then at least
// minDumpText characters of text (the line breaks of its own that the
// corpus wrote as TABs are left to the reader, which takes a TAB for one).
// A corpus of local reports puts the place's name in a field of its own
// after the year (2031<TAB>望川县<TAB>各位代表：…): a short run of Han
// characters that names no paper (no 报告, 总结, 计划, 要点) is that place.
// A file of several such lines (a whole corpus) is none: it holds more
// than one report.
func tabRecord(t string) (year, place, body string, ok bool) {
	m := tabYearRe.FindStringSubmatch(t)
	if m == nil {
		return "", "", t, false
	}
	body = t[len(m[0]):]
	if f, rest, cut := strings.Cut(body, "\t"); cut && placeField(f) {
		place, body = f, rest
	}
	if utf8.RuneCountInString(body) < minDumpText {
		return "", "", t, false
	}
	for _, l := range strings.Split(body, "\n")[1:] {
		if tabYearRe.MatchString(l) {
			return "", "", t, false
		}
	}
	return m[1], place, strings.TrimLeft(body, " \t\u3000"), true
}

// placeField reports whether f, a record's field, reads as a place's name:
// two to twelve Han characters that name no paper.
func placeField(f string) bool {
	n := 0
	for _, r := range f {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 12 && !strings.Contains(f, "报告") && !strings.Contains(f, "总结") && !strings.Contains(f, "计划") && !strings.Contains(f, "要点")
}

// minEscapedBreaks is the fewest escaped line breaks (backslash and n) a
// text must hold for unescapeDump to take it for a dumped string.
const minEscapedBreaks = 5

// unescapeDump returns t with a string's escapes undone (\n, \t, \", \\,
// \uXXXX) when t is a string's value dumped with them: minEscapedBreaks
// escaped line breaks at least, and four times as many as real ones. A
// JSON object or array is left to its reader, whose strings hold them.
func unescapeDump(t string) (string, bool) {
	n := strings.Count(t, `\n`)
	if n < minEscapedBreaks || n <= 4*strings.Count(t, "\n") || strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
		return t, false
	}
	q := strings.TrimSuffix(strings.TrimPrefix(t, `"`), `"`)
	var s string
	if json.Unmarshal([]byte(`"`+strings.ReplaceAll(q, "\n", `\n`)+`"`), &s) == nil {
		return s, true
	}
	return strings.NewReplacer(`\\`, `\`, `\r\n`, "\n", `\n`, "\n", `\r`, "\n", `\t`, "\t", `\"`, `"`, `\u3000`, "\u3000", `\/`, "/").Replace(q), true
}

// A crawler that saves the page's text as it is sometimes writes its
// record of the page above it, in one line or as a table, instead of as
// key: value lines:
//
//	{"title": "某市2031年政府工作报告", "url": "http://…", "publish_date": "2031-01-20"}
//	各位代表：…
//
//	| 标题 | 发布日期 | 来源 |
//	| --- | --- | --- |
//	| 某市2031年政府工作报告 | 2031-01-20 | http://… |
//
// leadRecord reads either as the front matter it stands for.

// leadRecord returns t with the record above its text (a JSON object on
// the first line, or a Markdown table of a header row and one row of
// values) turned into a front matter; ok is false when t opens with no
// such record. The record must name a title and one more field dumpKeys
// knows, hold no field long enough to be the text itself, and have text
// under it.
func leadRecord(t string) (string, bool) {
	first, rest, _ := strings.Cut(t, "\n")
	first = strings.TrimSpace(first)
	fields := map[string]string{}
	switch {
	case strings.HasPrefix(first, "{") && strings.HasSuffix(first, "}"):
		var ok bool
		if fields, ok = jsonFields(first); !ok {
			return t, false
		}
	case strings.HasPrefix(first, "|") && strings.HasSuffix(first, "|"):
		lines := strings.SplitN(t, "\n", 4)
		if len(lines) < 4 {
			return t, false
		}
		rule, vals := strings.TrimSpace(lines[1]), strings.TrimSpace(lines[2])
		if strings.Trim(rule, "|-: ") != "" || !strings.HasPrefix(vals, "|") || !strings.HasSuffix(vals, "|") {
			return t, false
		}
		keys, values := recordCells(first), recordCells(vals)
		if len(keys) != len(values) {
			return t, false
		}
		for i, k := range keys {
			fields[k] = values[i]
		}
		rest = lines[3]
	default:
		return t, false
	}
	known, titled := 0, false
	for k, v := range fields {
		if utf8.RuneCountInString(v) >= minDumpText {
			return t, false // the record holds the text: unwrapDump's
		}
		if key, ok := dumpKeys[strings.ToLower(k)]; ok && v != "" {
			known++
			titled = titled || key == "title"
		}
	}
	if known < 2 || !titled || strings.TrimSpace(rest) == "" || strings.HasPrefix(strings.TrimSpace(rest), "{") {
		return t, false
	}
	var b strings.Builder
	b.WriteString("---\n")
	var keys []string
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if key, ok := dumpKeys[strings.ToLower(k)]; ok && fields[k] != "" {
			fmt.Fprintf(&b, "%s: %s\n", key, strings.Join(strings.Fields(fields[k]), " "))
		}
	}
	b.WriteString("---\n")
	return b.String() + rest, true
}

// recordCells returns the cells of a Markdown table's row, trimmed, empty
// ones kept (a field without its value).
func recordCells(row string) []string {
	cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|"), "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

// jsonFields returns the string and number fields of the JSON object s,
// numbers written as fmt prints them; ok is false when s is no object.
func jsonFields(s string) (map[string]string, bool) {
	var rec map[string]any
	if json.Unmarshal([]byte(s), &rec) != nil {
		return nil, false
	}
	fields := map[string]string{}
	for k, v := range rec {
		switch v := v.(type) {
		case string:
			fields[k] = v
		case []any:
			// the text kept as the list of its paragraphs
			// ("content": ["各位代表：", "现在，…"])
			var ps []string
			for _, p := range v {
				if s, ok := p.(string); ok {
					ps = append(ps, s)
				}
			}
			if len(ps) == len(v) && len(ps) > 0 {
				fields[k] = strings.Join(ps, "\n")
			}
		case float64:
			fields[k] = fmt.Sprint(v)
		}
	}
	return fields, true
}
