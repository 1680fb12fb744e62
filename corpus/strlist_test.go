package corpus

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// listReport is a short report of a fictional county, one paragraph a line.
var listReport = []string{
	"白塔县2031年政府工作报告",
	"——2031年1月8日在白塔县第十八届人民代表大会第三次会议上",
	"白塔县人民政府县长 林青",
	"各位代表：",
	"现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
	"一、2030年工作回顾",
	"过去一年，面对复杂多变的外部环境，我们坚持稳中求进工作总基调，全县经济运行总体平稳，地区生产总值增长百分之五点八，一般公共预算收入增长百分之六，城乡居民收入稳步提高。",
	"（一）产业发展提质增效。新引进亿元以上项目十二个，茶叶、竹木两大产业链产值突破六十亿元，规模以上工业增加值增长百分之七。",
	"（二）城乡面貌持续改善。完成老旧小区改造二十三个，新建改建农村公路一百二十公里，白塔河综合治理一期工程竣工。",
	"二、2031年工作安排",
	"今年是实施“十六五”规划的关键一年。全县经济社会发展的主要预期目标是：地区生产总值增长百分之六左右，城乡居民收入增长与经济增长同步。",
	"（一）着力扩大有效投资。全年安排重点项目一百个，完成投资一百五十亿元，加快白塔工业园扩区和县城东部新区建设。",
}

// pyRepr writes s as Python 3's repr() does for the characters of the
// report: single quotes, \u3000 and other non-printing spaces escaped.
func pyRepr(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\u3000' || r == '\u00a0':
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// asciiJSON writes s as json.dumps does by default (ensure_ascii): every
// character beyond ASCII as \uXXXX (the report has none beyond the BMP).
func asciiJSON(s string) string {
	return strconv.QuoteToASCII(s)
}

// TestReadListOfStrings: a report saved as the list of its paragraphs, by
// str() of a Python list or by json.dump (Chinese escaped or not, alone or
// as a record's field), reads as the same report written one paragraph a
// line: the same title, year, place and headings. A list of whole reports
// stays refused.
func TestReadListOfStrings(t *testing.T) {
	plain := mustRead(t, "report.txt", []byte(strings.Join(listReport, "\n")))
	want := fmt.Sprintf("%s|%d|%s|%s", plain.Title, plain.Year, plain.Region, strings.Join(headings(plain), "|"))
	if len(headings(plain)) != 5 {
		t.Fatalf("the plain text gives headings %q, want the report's five", headings(plain))
	}
	var py, js, ascii []string
	for _, p := range listReport {
		py = append(py, pyRepr(p))
		js = append(js, strconv.Quote(p))
		ascii = append(ascii, asciiJSON(p))
	}
	shapes := []struct{ name, file, text string }{
		{"python list", "report.txt", "[" + strings.Join(py, ", ") + "]"},
		{"python list, indented paragraphs", "report.txt", "[" + strings.Join(py, ", ") + "]"},
		{"JSON array", "report.json", "[" + strings.Join(js, ", ") + "]"},
		{"JSON array in a text file, one item a line", "report.txt", "[\n  " + strings.Join(js, ",\n  ") + "\n]"},
		{"JSON array, Chinese escaped", "report.json", "[" + strings.Join(ascii, ", ") + "]"},
		{"a record's field", "report.json", `{"title": "白塔县2031年政府工作报告", "content": [` + strings.Join(ascii, ", ") + `]}`},
	}
	shapes[1].text = strings.ReplaceAll(shapes[1].text, "'现在", `'\u3000\u3000现在`)
	for _, s := range shapes {
		d := mustRead(t, s.file, []byte(s.text))
		if got := fmt.Sprintf("%s|%d|%s|%s", d.Title, d.Year, d.Region, strings.Join(headings(d), "|")); got != want {
			t.Errorf("%s:\n got %s\nwant %s", s.name, got, want)
		}
	}
	// A list whose strings are whole reports, two or more, is a
	// collection, not one report: a .json file of it is refused as an
	// array of records is; and a list of anything but strings is no
	// report's lines.
	one := strings.Repeat(strings.Join(listReport[5:], ""), 12)
	data := "[" + strconv.Quote(one) + ", " + strconv.Quote(one) + "]"
	if _, err := Read("reports.json", []byte(data)); !errors.Is(err, ErrUnsupported) {
		t.Errorf("a list of two reports: error %v, want ErrUnsupported", err)
	}
	if _, ok := listText(`['一、工作回顾', 2031, '二、工作安排']`); ok {
		t.Errorf("a list that holds a number is read as a report's lines")
	}
}
