package compare

// A report against its own reshaped copy
//
// The same report saved by another site or tool comes back reshaped: its
// lines re-wrapped, its 　　 indents gone, CRLF line ends, a space after
// its headings' numbers, full-width digits and marks turned half-width or
// the other way (5％ / 5%, （一） / (一)). Compared with the original, every
// section must pair as unchanged, or changed only in those characters,
// with no section added, removed, merged or split, no figure changed and
// no term new or dropped.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// widthSwap turns each full-width digit and mark of the set into its
// half-width form and each half-width one into its full-width form.
var widthSwap = func() map[rune]rune {
	m := map[rune]rune{}
	pairs := [][2]rune{{'％', '%'}, {'（', '('}, {'）', ')'}, {'：', ':'}, {'；', ';'}, {'，', ','}, {'！', '!'}, {'？', '?'}}
	for d := '0'; d <= '9'; d++ {
		pairs = append(pairs, [2]rune{'０' + d - '0', d})
	}
	for _, p := range pairs {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}()

// reshaped returns text as another site writes it: the width of digits
// and of the marks of widthSwap swapped, lines' 　 indents removed, a
// space after a heading's number (一、 工作回顾, (一) 学前教育), lines
// longer than wrap characters broken every wrap characters (0: none),
// CRLF line ends.
func reshaped(text string, wrap int) string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimLeft(line, "　 \t")
		line = strings.Map(func(r rune) rune {
			if s, ok := widthSwap[r]; ok {
				return s
			}
			return r
		}, line)
		if i := strings.Index(line, "、"); i > 0 && i <= 6 && headNumeral(line[:i]) {
			line = line[:i] + "、 " + line[i+len("、"):]
		} else if strings.HasPrefix(line, "(") || strings.HasPrefix(line, "（") {
			if j := strings.IndexAny(line, ")）"); j > 0 && j <= 10 && headNumeral(strings.Trim(line[:j], "(（")) {
				_, w := utf8.DecodeRuneInString(line[j:])
				line = line[:j+w] + " " + line[j+w:]
			}
		}
		for wrap > 0 && utf8.RuneCountInString(line) > wrap {
			rs := []rune(line)
			out = append(out, string(rs[:wrap]))
			line = string(rs[wrap:])
		}
		out = append(out, line)
	}
	return strings.Join(out, "\r\n")
}

// headNumeral reports whether s is a heading's Chinese numeral (一 to 九十九).
func headNumeral(s string) bool {
	return s != "" && strings.Trim(s, "一二三四五六七八九十") == ""
}

// reshapedOnly reports whether the two sides of a diff are the same
// text but for whitespace and the width of the characters widthSwap
// swaps: a word cut by a line break (合一 against 合\n一) is deleted and
// inserted whole, with the letters it keeps.
func reshapedOnly(ops []Op) bool {
	var a, b strings.Builder
	for _, o := range ops {
		if o.Op != OpInsert {
			a.WriteString(o.Text)
		}
		if o.Op != OpDelete {
			b.WriteString(o.Text)
		}
	}
	return foldReshaped(a.String()) == foldReshaped(b.String())
}

// foldReshaped returns s without whitespace, each character of widthSwap in
// its half-width form.
func foldReshaped(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		if h, ok := widthSwap[r]; ok && r > unicode.MaxASCII {
			return h
		}
		return r
	}, s)
}

// reshapeFaults compares d with its reshaped copy and lists what is
// wrong: a pair that is not the same section, a change beyond the
// reshaped characters, a changed figure, a new or dropped term.
func reshapeFaults(t *testing.T, d *corpus.Document, wrap int) []string {
	t.Helper()
	c, err := corpus.Read(d.ID+"-reshaped.txt", []byte(reshaped(d.Body, wrap)))
	if err != nil {
		return []string{fmt.Sprintf("reading the reshaped copy: %v", err)}
	}
	r := Compare(d, c, Options{})
	var faults []string
	for _, p := range r.Pairs {
		switch {
		case p.From == nil || p.To == nil || p.Relation != "":
			faults = append(faults, fmt.Sprintf("%s %s: %q -> %q", p.Status, p.Relation, refHead(p.From), refHead(p.To)))
		case !reshapedOnly(p.Diff):
			faults = append(faults, fmt.Sprintf("%s beyond the reshaped characters: %q -> %q: %s", p.Status, refHead(p.From), refHead(p.To), firstChange(p.Diff)))
		}
	}
	for _, n := range r.Summary.ChangedNumbers {
		faults = append(faults, fmt.Sprintf("changed figure %s -> %s (%s)", n.From, n.To, n.Context))
	}
	for _, tm := range r.NewTerms {
		faults = append(faults, fmt.Sprintf("new term %s", tm.Text))
	}
	for _, tm := range r.DroppedTerms {
		faults = append(faults, fmt.Sprintf("dropped term %s", tm.Text))
	}
	return faults
}

func refHead(r *SectionRef) string {
	if r == nil {
		return ""
	}
	return r.Heading
}

// firstChange shows the first insert or delete of ops.
func firstChange(ops []Op) string {
	for _, o := range ops {
		if o.Op != OpEqual {
			return o.Op + " " + strings.TrimSpace(string([]rune(o.Text)[:min(utf8.RuneCountInString(o.Text), 30)]))
		}
	}
	return ""
}

// TestReshapedDev compares each of dev's reports that a gold alignment
// names with its reshaped copy, unwrapped and re-wrapped.
func TestReshapedDev(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(devDir, "align", "*.json"))
	if len(files) == 0 {
		t.Skipf("no dev corpus in %s (it lives beside the repository, in shared/dev): nothing to reshape", devDir)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	var paths []string
	if env := os.Getenv("RESHAPE_ALL"); env != "" {
		paths, _ = filepath.Glob(filepath.Join(devDir, "files", "*", "*"))
	} else {
		seen := map[string]bool{}
		for _, f := range files {
			g := readGold(t, f)
			for _, p := range []string{g.From, g.To} {
				if !seen[p] {
					seen[p] = true
					paths = append(paths, filepath.Join(devDir, p))
				}
			}
		}
	}
	for _, path := range paths {
		d, err := corpus.ReadFile(path)
		if err != nil {
			continue
		}
		for _, wrap := range reshapeWraps() {
			for _, f := range reshapeFaults(t, d, wrap) {
				t.Errorf("%s (wrap %d): %s", filepath.Base(path), wrap, f)
			}
		}
	}
}

func readGold(t *testing.T, file string) goldAlignment {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var g goldAlignment
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return g
}

func reshapeWraps() []int {
	if os.Getenv("RESHAPE_WRAP") != "" {
		return []int{0, 40}
	}
	return []int{0}
}

// baitaSummary is a fictional bureau's summary written as sites publish
// them: 　　 indents, full-width digits and marks beside half-width ones,
// （一） items, a heading that reviews the five years gone by inside a part
// on the plan ahead, quoted terms with a comma inside.
const baitaSummary = `白塔县教育局2026年工作总结

　　２０２６年，县教育局坚持以人民为中心的发展思想，落实“抓好两端，畅通中间”的工作思路，各项工作取得新进展。

一、主要工作成效
　　（一）学前教育普惠发展。新建改扩建公办幼儿园６所，新增学位１２６０个，普惠性幼儿园覆盖率达到９２.５％，比上年提高３.１个百分点。
　　（二）义务教育优质均衡。推进“县管校聘”改革，交流轮岗教师３１８人；完成薄弱学校改造１４所，投入资金８６００万元。
　　（三）教育数字化转型。建成“智慧课堂”教室２１０间，实现城乡学校（含教学点）宽带网络全覆盖。
二、关于“十五五”教育发展规划的编制
　　（一）“十四五”时期教育发展主要情况
　　五年来，全县累计投入教育经费４８.６亿元，年均增长７.２%，新建学校２３所。
　　（二）规划编制的主要考虑
　　坚持问题导向，按照“抓好两端，畅通中间”的要求，聚焦“双减”落地、县域高中振兴和职业教育产教融合，形成规划草案。
三、存在的问题
　　城乡之间办学条件仍有差距，部分乡村学校生源持续减少；教师队伍结构性缺编问题依然存在。
四、２０２７年工作打算
　　（一）实施县域普通高中振兴行动，力争优质高中学位占比达到６５%以上。
　　（二）深化“双减”工作，课后服务参与率保持在９５％以上。继续落实“抓好两端，畅通中间”，补齐学前和高中短板。
`

// TestReshapedFictional compares a fictional summary with its reshaped
// copy, unwrapped and re-wrapped.
func TestReshapedFictional(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Read("baita-2026-summary.txt", []byte(baitaSummary))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sections) < 10 {
		t.Fatalf("the fictional summary reads as %d sections: the test shows little", len(d.Sections))
	}
	for _, wrap := range []int{0, 30} {
		for _, f := range reshapeFaults(t, d, wrap) {
			t.Errorf("wrap %d: %s", wrap, f)
		}
	}
}

// TestTermsWidthNotNew: a term the other report writes with its marks or
// digits the other width (抓好两端，畅通中间 and 抓好两端,畅通中间, in a
// heading, as a city's report wrote it) is neither new nor dropped.
func TestTermsWidthNotNew(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	text := "白塔县2026年政府工作报告\n\n一、2025年工作回顾\n过去一年，全县生产总值增长６.２％。\n二、2026年主要任务\n（一）坚持“抓好两端，畅通中间”[12]，大力推动城乡融合发展。加快新型城镇化建设，建成“５Ｇ＋智慧园区”２个。\n（二）坚持创新驱动，培育壮大特色产业集群。\n"
	a, err := corpus.Read("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	b, err := corpus.Read("b.txt", []byte(reshaped(text, 0)))
	if err != nil {
		t.Fatal(err)
	}
	r := Compare(a, b, Options{})
	for _, tm := range r.NewTerms {
		t.Errorf("new term %s", tm.Text)
	}
	for _, tm := range r.DroppedTerms {
		t.Errorf("dropped term %s", tm.Text)
	}
}
