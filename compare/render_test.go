package compare

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/govreport/govreport/corpus"
)

// TestWriteText renders the fixture comparison without colour, inline and
// side by side, against testdata/render/fixture.txt (-update rewrites it).
func TestWriteText(t *testing.T) {
	a, b := oldPlan(), newPlan()
	a.Title, b.Title = "青溪市教育局2023年工作要点", "青溪市教育局2024年工作要点"
	r := Compare(a, b, Options{})
	parts := []struct {
		name string
		opt  TextOptions
	}{
		{"inline", TextOptions{}},
		{"side-by-side", TextOptions{SideBySide: true, Width: 100}},
	}
	file := filepath.Join("testdata", "render", "fixture.txt")
	got := &txtar.Archive{Comment: []byte("WriteText on the fixture plans of align_test.go, without colour.\n")}
	for _, p := range parts {
		var buf bytes.Buffer
		if err := WriteText(&buf, r, a, b, p.opt); err != nil {
			t.Fatalf("WriteText(%s): %v", p.name, err)
		}
		if strings.Contains(buf.String(), "\x1b[") {
			t.Errorf("WriteText(%s) without Color wrote ANSI escapes", p.name)
		}
		if p.opt.SideBySide {
			for _, line := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
				if strings.Contains(line, " │ ") {
					left, _, _ := strings.Cut(line, " │ ")
					if n := lineCells([]span{{left, ""}}, false); n != (p.opt.Width-5)/2+2 {
						t.Errorf("WriteText(side-by-side): left column %d cells wide, want %d: %q", n, (p.opt.Width-5)/2+2, line)
					}
				}
			}
		}
		got.Files = append(got.Files, txtar.File{Name: p.name, Data: buf.Bytes()})
	}
	if *update {
		if err := os.WriteFile(file, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	for _, p := range parts {
		g, _ := section(got, p.name)
		w, _ := section(want, p.name)
		if g != w {
			t.Errorf("WriteText(%s):\n%s", p.name, lineDiff(w, g))
		}
	}
}

func TestWriteTextColor(t *testing.T) {
	a, b := oldPlan(), newPlan()
	r := Compare(a, b, Options{})
	var buf bytes.Buffer
	if err := WriteText(&buf, r, a, b, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, ansiDelete+"8000"+ansiReset) || !strings.Contains(out, ansiInsert+"9000"+ansiReset) {
		t.Errorf("WriteText(Color): want 8000 in red and 9000 in green; got:\n%s", out)
	}
	if strings.Contains(out, "[-") || strings.Contains(out, "{+") {
		t.Errorf("WriteText(Color) wrote [- or {+ markers")
	}
	// a text replaced and its replacement read apart, as on the web page:
	// 80009000 would read as one number
	if want := ansiDelete + "8000" + ansiReset + ansiDim + "→" + ansiReset + ansiInsert + "9000" + ansiReset; !strings.Contains(out, want) {
		t.Errorf("WriteText(Color): want an arrow between 8000 and 9000 (%q); got:\n%q", want, out)
	}
	// with All, unchanged sections are there too
	buf.Reset()
	WriteText(&buf, r, a, b, TextOptions{All: true})
	if !strings.Contains(buf.String(), "未变 unchanged  （一）扩大学前教育普惠资源") {
		t.Errorf("WriteText(All) lacks the unchanged section; got:\n%s", buf.String())
	}
}

func TestWriteHTML(t *testing.T) {
	a, b := oldPlan(), newPlan()
	a.Title, b.Title = "青溪市<教育局>2023年工作要点", "青溪市教育局2024年工作要点"
	b.Sections[2].Text += "<script>alert(1)</script>"
	r := Compare(a, b, Options{})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r, a, b); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// self-contained: no scripts, no external resources
	if strings.Contains(out, "<script") {
		t.Error("WriteHTML: the page holds a <script> element (text not escaped?)")
	}
	if m := regexp.MustCompile(`(?i)(src|href)\s*=|url\(|@import|https?://`).FindString(out); m != "" {
		t.Errorf("WriteHTML: the page refers to something outside it: %q", m)
	}
	for _, want := range []string{
		`<meta charset="utf-8">`,
		"&lt;教育局&gt;",
		"<del>8000</del>", "<ins>9000</ins>",
		// a figure replaced reads apart from its replacement, not as 80009000
		`<del>8000</del><span class="repl">→</span><ins>9000</ins>`,
		"Microsoft YaHei", "Noto Sans CJK SC", // fonts for Chinese on Windows, Linux
		"移动 moved", "新增 added", "删除 removed",
		"<details", // unchanged sections folded
		"（一）加强体育美育和劳动教育",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("WriteHTML: page lacks %q", want)
		}
	}
	// the text of every section is on the page, escaped
	for _, s := range b.Sections {
		if s.Text != "" && !strings.Contains(out, strings.ReplaceAll(strings.ReplaceAll(s.Text, "<", "&lt;"), ">", "&gt;")[:30]) {
			t.Errorf("WriteHTML: text of %s missing", s.Heading)
		}
	}
	// nil documents are allowed
	buf.Reset()
	if err := WriteHTML(&buf, Compare(nil, nil, Options{}), nil, (*corpus.Document)(nil)); err != nil {
		t.Errorf("WriteHTML(nil documents): %v", err)
	}
}

func TestWrap(t *testing.T) {
	show := func(lines [][]span) string {
		var got []string
		for _, l := range lines {
			var sb strings.Builder
			for _, s := range l {
				sb.WriteString(s.Style + ":" + s.Text + " ")
			}
			got = append(got, sb.String())
		}
		return strings.Join(got, "|")
	}
	cases := []struct {
		sp   []span
		w    int
		want string
	}{
		// a short change that does not fit moves whole to the next line
		{[]span{{"一二三四五", ""}, {"六七", "ins"}, {"\nab", ""}}, 6, ":一二三 |:四五 |ins:六七 |:ab "},
		// a change longer than a line is cut
		{[]span{{"一", ""}, {"二三四五六七八", "del"}}, 6, ":一 del:二三 |del:四五六 |del:七八 "},
		// Latin letters and digits are one cell
		{[]span{{"ab一2", ""}}, 4, ":ab一 |:2 "},
	}
	for _, c := range cases {
		if got := show(wrap(c.sp, c.w, false)); got != c.want {
			t.Errorf("wrap(%v, %d) = %q, want %q", c.sp, c.w, got, c.want)
		}
	}
}

// TestHTMLFigureInSentence: the exported page marks each changed figure in
// its sentences, whole, after its indicator, as the compare page does (a
// fictional review sentence of several figures).
func TestHTMLFigureInSentence(t *testing.T) {
	r := &Report{Summary: Summary{ChangedNumbers: []NumberChange{{
		From: "6%左右", To: "5%左右", Indicator: "一般公共预算收入增长", Unit: "%",
		OldSentence: "地区生产总值增长6.6%左右，一般公共预算收入增长6%左右，社会消费品零售总额增长6%以上。",
		Sentence:    "地区生产总值增长5.5%左右，一般公共预算收入增长5%左右，社会消费品零售总额增长<6%>。",
		Section:     SectionRef{ID: "b-001", Heading: "（一）主要预期目标"},
	}}}}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r, nil, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"地区生产总值增长6.6%左右，一般公共预算收入增长<del>6%左右</del>，社会消费品零售总额增长6%以上。",
		"地区生产总值增长5.5%左右，一般公共预算收入增长<ins>5%左右</ins>，社会消费品零售总额增长&lt;6%&gt;。",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("WriteHTML: page lacks %q", want)
		}
	}
	for _, c := range []struct {
		s, fig, ind string
		want        int
	}{
		{"增长6.6%左右，增长6%左右", "6%左右", "", len("增长6.6%左右，增长")},
		{"达到15所，新增5所", "5所", "", len("达到15所，新增")},
		{"共12.5万人", "12", "", -1},
		{"投入3.9万亿元", "3.9万亿元", "投入", len("投入")},
	} {
		if got := wholeFigure(c.s, c.fig, 0); got != c.want {
			t.Errorf("wholeFigure(%q, %q, 0) = %d, want %d", c.s, c.fig, got, c.want)
		}
	}
}
