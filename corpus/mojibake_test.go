package corpus

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// misread returns what a scraper saves when it reads the UTF-8 of text as
// one byte a character: Latin-1, or Windows-1252 as browsers read it (the
// five bytes it leaves undefined become the C1 controls), or, lossy,
// Windows-1252 with those bytes lost (U+FFFD).
func misread(text string, how string) []byte {
	var b strings.Builder
	for _, c := range []byte(text) {
		r := rune(c)
		if how != "latin1" && c >= 0x80 && c < 0xa0 {
			if d := charmap.Windows1252.DecodeByte(c); d != utf8.RuneError || how == "lossy" {
				r = d
			}
		}
		b.WriteRune(r)
	}
	return []byte(b.String())
}

// gbkMisread returns the UTF-8 of text read as GB18030 and saved as UTF-8
// (a byte pair GB18030 has no character for becomes U+FFFD).
func gbkMisread(t *testing.T, text string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewDecoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// evenReport is fictional text whose UTF-8 is, line by line, pairs of
// bytes that GB18030 all reads as characters: its wrong reading as GBK
// lost nothing and can be undone exactly (real text never is: 一, 、 and
// any line of an odd length lose bytes).
const evenReport = `云溪县教育局工作总结
全县教育系统坚持稳中求进
各项工作取得明显成效
组建职教集团两个
全年教育经费增长较快
`

// TestRead_Mojibake: UTF-8 read as Latin-1, Windows-1252 or GBK and
// saved again as UTF-8 is restored when no byte was lost, and fails with
// an error naming the file and the loss when bytes were.
func TestRead_Mojibake(t *testing.T) {
	want := mustRead(t, "r.txt", []byte(report))
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"latin1.txt", misread(report, "latin1")},
		{"cp1252.txt", misread(report, "cp1252")},
		{"cp1252-bom.md", append([]byte{0xef, 0xbb, 0xbf}, misread(report, "cp1252")...)},
	} {
		if bytes.Contains(tc.data, []byte("育")) {
			t.Fatalf("%s: the fixture is not garbled", tc.name)
		}
		d := mustRead(t, tc.name, tc.data)
		if d.Body != want.Body || d.Title != want.Title {
			t.Errorf("Read(%q): title %q body %q, want title %q body %q", tc.name, d.Title, d.Body, want.Title, want.Body)
		}
		if !hasWarning(d, "mojibake") {
			t.Errorf("Read(%q) warnings %v, want one naming the repair", tc.name, d.Warnings)
		}
	}

	page := func(text string) []byte {
		return []byte("<html><body><p>" + strings.ReplaceAll(text, "\n", "</p><p>") + "</p></body></html>")
	}
	if d, w := mustRead(t, "cp1252.html", page(string(misread(report, "cp1252")))), mustRead(t, "r.html", page(report)); d.Body != w.Body || !hasWarning(d, "mojibake") {
		t.Errorf("Read(cp1252.html): body %q warnings %v, want body %q and a warning naming the repair", d.Body, d.Warnings, w.Body)
	}

	// a GBK page read as Latin-1, and UTF-8 read as Latin-1 twice
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(report))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"gbk-latin1.txt":    misread(string(gbk), "latin1"),
		"latin1-twice.txt":  misread(string(misread(report, "latin1")), "latin1"),
		"cp1252-twice.html": page(string(misread(string(misread(report, "cp1252")), "cp1252"))),
	} {
		w := want
		if strings.HasSuffix(name, ".html") {
			w = mustRead(t, "r.html", page(report))
		}
		if d := mustRead(t, name, data); d.Body != w.Body || !hasWarning(d, "mojibake") {
			t.Errorf("Read(%q): body %q warnings %v, want body %q and a warning naming the repair", name, d.Body, d.Warnings, w.Body)
		}
	}

	even := gbkMisread(t, evenReport)
	if bytes.ContainsRune(even, utf8.RuneError) {
		t.Fatal("evenReport's reading as GBK lost bytes; the fixture must lose none")
	}
	wantEven := mustRead(t, "even.txt", []byte(evenReport))
	if d := mustRead(t, "gbk-even.txt", even); d.Body != wantEven.Body {
		t.Errorf("Read(gbk-even.txt) body %q, want %q", d.Body, wantEven.Body)
	}

	for _, tc := range []struct {
		name string
		data []byte
		how  string
	}{
		{"gbk-lossy.txt", gbkMisread(t, report), "read as GB18030/GBK"},
		{"cp1252-lossy.txt", misread(strings.Repeat(report, 3), "lossy"), "read as Windows-1252"},
		{"big5-lossy.txt", func() []byte {
			b, err := traditionalchinese.Big5.NewDecoder().Bytes([]byte(strings.Repeat(report, 3)))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}(), "read as Big5"},
	} {
		d, err := Read(tc.name, tc.data)
		if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), tc.name) || !strings.Contains(err.Error(), tc.how) || !strings.Contains(err.Error(), "cannot be restored") {
			t.Errorf("Read(%q) = %v, %v; want ErrBinary naming the file, %q and the loss", tc.name, d, err, tc.how)
		}
	}
}

// TestRepairMojibake_NotMojibake: text that is what it says is left alone:
// Chinese, a European language's accented letters, rare characters in a
// name, traditional characters.
func TestRepairMojibake_NotMojibake(t *testing.T) {
	for _, text := range []string{
		report,
		reportTrad,
		strings.Repeat("Le conseil général a adopté le budget de l'année à l'unanimité. Élèves, écoles et crèches. ", 5),
		strings.Repeat("云溪县䶮𠮷乡的𬌗村，", 20) + report,
	} {
		if got, how, _ := repairMojibake(text); how != "" || got != text {
			t.Errorf("repairMojibake(%.30q) = %.30q, %q; want the text unchanged", text, got, how)
		}
	}
}

// headed is a fictional report under a collector's header.
const headed = `标题：云溪县教育局2031年工作总结
发文单位：云溪县教育局
发文时间：2032-01-12
正文：
云溪县教育局2031年工作总结
2031年，全县教育系统坚持稳中求进，各项工作取得明显成效。
一、基础教育
新建幼儿园4所，新增学位2400个，改造薄弱学校校舍3.5万平方米。
二、职业教育
组建职教集团2个，培训教师3000人次，校企合作项目增加到46个。
`

// TestRead_TwoEncodings: a collector's UTF-8 header over a body saved in
// GBK, and the reverse, read as the file in one encoding does.
func TestRead_TwoEncodings(t *testing.T) {
	want := mustRead(t, "one.txt", []byte(headed))
	cut := strings.Index(headed, "正文：\n") + len("正文：\n")
	gbk := func(s string) []byte {
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"u8-gbk.txt", append([]byte(headed[:cut]), gbk(headed[cut:])...)},
		{"gbk-u8.txt", append(gbk(headed[:cut]), headed[cut:]...)},
		// a stray byte in a UTF-8 line keeps the line UTF-8
		{"u8-gbk-stray.txt", append([]byte(strings.Replace(headed[:cut], "发文单位", "发文\xff单位", 1)), gbk(headed[cut:])...)},
	} {
		d := mustRead(t, tc.name, tc.data)
		if d.Body != want.Body || d.Title != want.Title || d.Year != want.Year || d.Issuer != want.Issuer {
			t.Errorf("Read(%q): title %q year %d issuer %q body %q, want title %q year %d issuer %q body %q",
				tc.name, d.Title, d.Year, d.Issuer, d.Body, want.Title, want.Year, want.Issuer, want.Body)
		}
		if !hasWarning(d, "two encodings") {
			t.Errorf("Read(%q) warnings %v, want one naming the two encodings", tc.name, d.Warnings)
		}
	}
	if d := mustRead(t, "gbk.txt", gbk(headed)); hasWarning(d, "two encodings") || d.Body != want.Body {
		t.Errorf("Read(gbk.txt): body %q warnings %v, want the GBK reading alone", d.Body, d.Warnings)
	}
}

// TestRead_NULs: a run of NUL bytes at the end of a file (written to its
// size before the text, or cut off) and a rare NUL among the text are
// dropped with a warning; text with many is binary (TestRead_Errors).
func TestRead_NULs(t *testing.T) {
	long := strings.Repeat(headed, 8)
	want := mustRead(t, "one.txt", []byte(long))
	for _, tc := range []struct {
		name string
		data []byte
		warn string
	}{
		{"tail.txt", append([]byte(long), make([]byte, 4096)...), "at the end"},
		{"tail-odd.txt", append([]byte(long), make([]byte, 1001)...), "at the end"},
		{"some.txt", []byte(strings.Replace(long, "成效。\n", "成效。\x00\n", 2)), "line 6: 2 NUL bytes"},
	} {
		d := mustRead(t, tc.name, tc.data)
		if d.Body != want.Body {
			t.Errorf("Read(%q) body %q, want %q", tc.name, d.Body, want.Body)
		}
		if !hasWarning(d, tc.warn) {
			t.Errorf("Read(%q) warnings %v, want one saying %q", tc.name, d.Warnings, tc.warn)
		}
	}
	if _, err := Read("many.txt", []byte(strings.ReplaceAll(long, "。", "。\x00"))); !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), "many.txt:6") {
		t.Errorf("Read(many.txt) error %v, want ErrBinary at line 6", err)
	}
}

// TestRead_LostMarks: 锟斤拷, the mark of characters lost in an earlier
// conversion, is dropped as U+FFFD is, with a warning.
func TestRead_LostMarks(t *testing.T) {
	want := mustRead(t, "one.txt", []byte(headed))
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"u8.txt", []byte(strings.Replace(headed, "校企合作", "校企锟斤拷锟斤拷合作", 1))},
		{"gbk.txt", func() []byte {
			b, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.Replace(headed, "校企合作", "校企锟斤拷合作", 1)))
			return b
		}()},
	} {
		d := mustRead(t, tc.name, tc.data)
		if d.Body != want.Body {
			t.Errorf("Read(%q) body %q, want %q", tc.name, d.Body, want.Body)
		}
		if !hasWarning(d, "锟斤拷") {
			t.Errorf("Read(%q) warnings %v, want one naming 锟斤拷", tc.name, d.Warnings)
		}
	}
}

// TestRead_ShortGBKLines: a page saved in GBK whose paragraphs were cut
// into pieces of a few characters (组建省 / 省省) has short lines whose
// bytes happen to be valid UTF-8 (齨ʡ, ʡʡ): the page is read in GBK all
// through, not as a mix of the two encodings.
func TestRead_ShortGBKLines(t *testing.T) {
	page := "<html><head><meta charset=\"gb2312\"><title>望川县2031年政府工作报告</title></head><body>\n" +
		"<p>望川县2031年政府工作报告</p>\n<p>各位代表：</p>\n<p>一、2030年工作回顾</p>\n" +
		"<p>过去一年，全县完善园区管理制度，</p>\n<p>组建省</p>\n<p>级以上创新平台3个，争取</p>\n<p>省省</p>\n" +
		"<p>两级资金1.2亿元，省统计局核定地区生产总值增长6%。</p>\n<p>二、2031年主要任务</p>\n" +
		"<p>组建省</p>\n<p>市县三级联动的招商专班，新建标准厂房8万平方米。</p>\n</body></html>\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := mustRead(t, "u8.html", []byte(page))
	d := mustRead(t, "gbk.html", gbk)
	if d.Body != want.Body {
		t.Errorf("Read(gbk.html): body %q, want %q", d.Body, want.Body)
	}
	if hasWarning(d, "two encodings") {
		t.Errorf("Read(gbk.html): warnings %v, want no mix of encodings", d.Warnings)
	}
}
