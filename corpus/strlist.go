package corpus

// Lists of strings
//
// A crawler or a notebook often saves a report as the list its script
// held, one string a paragraph, written out by print or str() (a Python
// list's repr) or by json.dump:
//
//	['2031年政府工作报告', '各位代表：', '现在，我代表市人民政府…', …]
//	["2031年政府工作报告", "各位代表：", "\u73b0\u5728…", …]
//
// Read as it is, such a file is one line of quoted pieces: no title line,
// no greeting on a line of its own, no heading at a line's start. listText
// gives the report its lines back: each string a line, its escapes undone
// (\n, \t, \', \u3000, and JSON's or Python 2's \uXXXX for every Chinese
// character). A list that holds two or more strings each long enough to
// be a whole report (reportRunes) is several reports, not one, and is left
// as it is; so is any list that holds anything but strings.

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// reportRunes is the length from which one string of a list is taken for
// a whole report rather than a paragraph of one.
const reportRunes = 3000

// listText returns the lines of t when t is a list of strings (a JSON
// array or a Python list literal) that holds one report: its strings
// joined by line breaks. ok is false for any other text.
func listText(t string) (string, bool) {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") {
		return "", false
	}
	items, ok := jsonStrings(t)
	if !ok {
		if items, ok = pyStrings(t); !ok {
			return "", false
		}
	}
	long, han := 0, 0
	for _, s := range items {
		if utf8.RuneCountInString(s) >= reportRunes {
			long++
		}
		for _, r := range s {
			if IsHan(r) {
				han++
			}
		}
	}
	if long >= 2 || han < minDumpText {
		return "", false
	}
	return strings.Join(items, "\n"), true
}

// jsonStrings returns the strings of t, a JSON array of strings only.
func jsonStrings(t string) ([]string, bool) {
	var items []any
	if json.Unmarshal([]byte(t), &items) != nil || len(items) == 0 {
		return nil, false
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// pyStrings returns the strings of t, a Python list literal of string
// literals only ('…' or "…", with Python 2's u prefix or without), as
// repr() writes them.
func pyStrings(t string) ([]string, bool) {
	var out []string
	i := 1 // after [
	for {
		for i < len(t) && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t') {
			i++
		}
		if i < len(t) && t[i] == ']' {
			return out, i == len(t)-1 && len(out) > 0
		}
		if i < len(t) && (t[i] == 'u' || t[i] == 'U') {
			i++
		}
		if i >= len(t) || t[i] != '\'' && t[i] != '"' {
			return nil, false
		}
		s, n, ok := pyString(t[i:])
		if !ok {
			return nil, false
		}
		out = append(out, s)
		i += n
		for i < len(t) && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t') {
			i++
		}
		if i < len(t) && t[i] == ',' {
			i++
		} else if i >= len(t) || t[i] != ']' {
			return nil, false
		}
	}
}

// pyString reads the string literal s opens with (its quote first) and
// returns its value and the bytes it takes, escapes undone as Python does;
// an escape Python does not know keeps its backslash.
func pyString(s string) (string, int, bool) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); {
		c := s[i]
		switch {
		case c == q:
			return b.String(), i + 1, true
		case c == '\n':
			return "", 0, false // a literal ends on its line
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return "", 0, false
		}
		e := s[i+1]
		i += 2
		switch e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if i+n > len(s) {
				return "", 0, false
			}
			v, err := strconv.ParseUint(s[i:i+n], 16, 32)
			if err != nil || !utf8.ValidRune(rune(v)) {
				return "", 0, false
			}
			b.WriteRune(rune(v))
			i += n
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return "", 0, false
}
