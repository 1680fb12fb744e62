package compare

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected parts in testdata")

// markup writes ops in the notation of the goldens: [-deleted-], {+inserted+},
// and (-…-)(+…+) for ignored differences.
func markup(ops []Op) string {
	var sb strings.Builder
	for _, o := range ops {
		switch {
		case o.Op == OpEqual:
			sb.WriteString(o.Text)
		case o.Op == OpDelete && o.Ignored:
			sb.WriteString("(-" + o.Text + "-)")
		case o.Op == OpInsert && o.Ignored:
			sb.WriteString("(+" + o.Text + "+)")
		case o.Op == OpDelete:
			sb.WriteString("[-" + o.Text + "-]")
		case o.Op == OpInsert:
			sb.WriteString("{+" + o.Text + "+}")
		}
	}
	return sb.String()
}

// checkOps reports the ways ops break Diff's contract for a and b.
func checkOps(a, b string, ops []Op) error {
	if got := opsText(ops, true); got != a {
		return fmt.Errorf("equal+delete = %q, want a = %q", got, a)
	}
	if got := opsText(ops, false); got != b {
		return fmt.Errorf("equal+insert = %q, want b = %q", got, b)
	}
	for i, o := range ops {
		if o.Text == "" {
			return fmt.Errorf("op %d (%s) is empty", i, o.Op)
		}
		if i > 0 && ops[i-1].Op == o.Op && ops[i-1].Ignored == o.Ignored {
			return fmt.Errorf("ops %d and %d are both %s: not merged", i-1, i, o.Op)
		}
		if i > 0 && ops[i-1].Op == OpInsert && o.Op == OpDelete && ops[i-1].Ignored == o.Ignored {
			return fmt.Errorf("op %d: delete after insert in one run", i)
		}
		if o.Op == OpEqual && o.Ignored {
			return fmt.Errorf("op %d: equal marked ignored", i)
		}
	}
	return nil
}

func parseOptions(comment string) (Options, error) {
	var opt Options
	for _, line := range strings.Split(comment, "\n") {
		rest, ok := strings.CutPrefix(line, "options:")
		if !ok {
			continue
		}
		for _, f := range strings.Fields(rest) {
			switch f {
			case "ignore-punct":
				opt.IgnorePunct = true
			case "ignore-space":
				opt.IgnoreSpace = true
			default:
				return opt, fmt.Errorf("unknown option %q", f)
			}
		}
	}
	return opt, nil
}

func section(ar *txtar.Archive, name string) (string, bool) {
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// TestDiff runs the goldens in testdata/diff: old and new texts and the
// expected diff in markup. With -update the diff parts are rewritten.
func TestDiff(t *testing.T) {
	files, _ := filepath.Glob("testdata/diff/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			opt, err := parseOptions(string(ar.Comment))
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			old, ok1 := section(ar, "old")
			nw, ok2 := section(ar, "new")
			if !ok1 || !ok2 {
				t.Fatalf("%s: want parts old and new", file)
			}
			ops := Diff(old, nw, opt)
			if err := checkOps(old, nw, ops); err != nil {
				t.Fatalf("Diff(old, new, %+v): %v", opt, err)
			}
			got := markup(ops)
			if got != "" && !strings.HasSuffix(got, "\n") {
				got += "\n"
			}
			if *update {
				var files []txtar.File
				for _, f := range ar.Files {
					if f.Name != "diff" {
						files = append(files, f)
					}
				}
				ar.Files = append(files, txtar.File{Name: "diff", Data: []byte(got)})
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := section(ar, "diff")
			if got != want {
				t.Errorf("Diff(old, new, %+v):\n got: %s\nwant: %s", opt, got, want)
			}
		})
	}
}

func TestDiffRebuildsEdgeCases(t *testing.T) {
	cases := []struct{ a, b string }{
		{"", ""},
		{"", "新增"},
		{"删除", ""},
		{"同一段文字。", "同一段文字。"},
		{"a\xffb", "a\xfeb"}, // invalid UTF-8 is kept byte for byte
		{"  前后空白  ", "前后空白"},
		{"１２所", "12所"}, // full-width digits are digits too
		{"第一行\r\n第二行", "第一行\n第二行"},
	}
	for _, c := range cases {
		for _, opt := range []Options{{}, {IgnorePunct: true, IgnoreSpace: true}} {
			ops := Diff(c.a, c.b, opt)
			if err := checkOps(c.a, c.b, ops); err != nil {
				t.Errorf("Diff(%q, %q, %+v): %v", c.a, c.b, opt, err)
			}
		}
	}
}

func TestDiffIgnore(t *testing.T) {
	cases := []struct {
		a, b    string
		opt     Options
		changed bool
	}{
		{"落实双减，减轻负担。", "落实双减；减轻负担。", Options{}, true},
		{"落实双减，减轻负担。", "落实双减；减轻负担。", Options{IgnorePunct: true}, false},
		{"落实双减，减轻负担。", "落实双减减轻负担", Options{IgnorePunct: true}, false},
		{"落实双减，减轻负担。", "落实双减；减轻负担。", Options{IgnoreSpace: true}, true},
		{"落实双减\n减轻负担", "落实双减 减轻负担", Options{IgnoreSpace: true}, false},
		{"落实双减\n减轻负担", "落实双减减轻负担", Options{IgnoreSpace: true}, false},
		{"落实双减\n减轻负担", "落实双减减轻负担", Options{IgnorePunct: true}, true},
		{"落实双减，减轻负担。", "落实双减，减轻作业负担。", Options{IgnorePunct: true, IgnoreSpace: true}, true},
		// a mark next to a real change joins it
		{"落实双减，减轻负担。", "落实双减；全面减轻负担。", Options{IgnorePunct: true}, true},
	}
	for _, c := range cases {
		ops := Diff(c.a, c.b, c.opt)
		if err := checkOps(c.a, c.b, ops); err != nil {
			t.Errorf("Diff(%q, %q, %+v): %v", c.a, c.b, c.opt, err)
		}
		if got := changed(ops); got != c.changed {
			t.Errorf("Diff(%q, %q, %+v) = %s: changed = %v, want %v", c.a, c.b, c.opt, markup(ops), got, c.changed)
		}
	}
}

func TestDiffTimeoutGivesRewritten(t *testing.T) {
	// Two long unrelated texts with a timeout too short for any diff: the
	// result must be the rewritten form, not a half-done diff.
	a := strings.Repeat("推进义务教育优质均衡发展，", 300)
	b := strings.Repeat("加快建设现代化产业体系，", 300) + a[:600]
	ops, truncated := diffWords(a, b, words(a), words(b), Options{Timeout: 1})
	if !truncated {
		t.Skip("the diff finished within 1ns on this machine; nothing to check")
	}
	if len(ops) != 2 || ops[0] != (Op{Op: OpDelete, Text: a}) || ops[1] != (Op{Op: OpInsert, Text: b}) {
		t.Errorf("diffWords with a reached timeout = %d ops starting %v, want one delete of a and one insert of b", len(ops), ops[0])
	}
}

// TestDiffLongPairRewritten checks that whether a pair is diffed word by
// word depends on its length, not on the machine: past maxDiffCells it is
// the rewritten form whatever the timeout, and under it a diff.
func TestDiffLongPairRewritten(t *testing.T) {
	unit := "推进义务教育优质均衡发展，加快建设现代化产业体系，"
	long := func(n int, edit string) string {
		return strings.Repeat(unit, n) + edit + strings.Repeat(unit, n)
	}
	a, b := long(700, "新建学校12所，"), long(700, "新建学校15所，")
	wa, wb := words(a), words(b)
	if len(wa)*len(wb) <= maxDiffCells {
		t.Fatalf("%d x %d words: not past maxDiffCells; lengthen the test texts", len(wa), len(wb))
	}
	ops, truncated := diffWords(a, b, wa, wb, Options{Timeout: time.Hour})
	if !truncated || len(ops) != 2 || ops[0] != (Op{Op: OpDelete, Text: a}) || ops[1] != (Op{Op: OpInsert, Text: b}) {
		t.Errorf("a pair of %d x %d words = %d ops (truncated %v), want the rewritten form", len(wa), len(wb), len(ops), truncated)
	}
	a, b = long(200, "新建学校12所，"), long(200, "新建学校15所，")
	if ops, truncated := diffWords(a, b, words(a), words(b), Options{Timeout: time.Hour}); truncated || len(ops) < 3 {
		t.Errorf("a pair under maxDiffCells = %d ops (truncated %v), want a word diff", len(ops), truncated)
	}
}

// TestDiffRandomEdits is the property test: for random edits of report-like
// text, the ops rebuild both sides exactly, with and without the Ignore
// options, and the same input gives the same output.
func TestDiffRandomEdits(t *testing.T) {
	base := []rune(strings.Join([]string{
		"一、总体要求",
		"坚持立德树人根本任务，全面推进教育现代化，新建改扩建中小学12所，新增学位1.5万个。",
		"（一）学前教育",
		"普惠性幼儿园覆盖率达到90.5%，公办园在园幼儿占比达到55%以上。",
		"二、重点任务",
		"深化“双减”改革，课后服务覆盖率100%，建设智慧校园30所。Wi-Fi 全覆盖。",
	}, "\n"))
	pieces := []string{"全面", "12", "所", "，", "。", "\n", " ", "教育", "3.5", "%", "高质量发展", "“", "A", "\xff"}
	rng := rand.New(rand.NewPCG(5, 17))
	for i := range 300 {
		a := string(base)
		b := []rune(a)
		for range 1 + rng.IntN(8) {
			p := rng.IntN(len(b) + 1)
			switch rng.IntN(3) {
			case 0: // insert
				b = append(b[:p], append([]rune(pieces[rng.IntN(len(pieces))]), b[p:]...)...)
			case 1: // delete a span
				q := min(len(b), p+rng.IntN(12))
				b = append(b[:p], b[q:]...)
			case 2: // replace a span
				q := min(len(b), p+rng.IntN(6))
				b = append(b[:p], append([]rune(pieces[rng.IntN(len(pieces))]), b[q:]...)...)
			}
		}
		bs := string(b)
		for _, opt := range []Options{{}, {IgnorePunct: true}, {IgnoreSpace: true, IgnorePunct: true}} {
			ops := Diff(a, bs, opt)
			if err := checkOps(a, bs, ops); err != nil {
				t.Fatalf("case %d: Diff(%q, %q, %+v): %v", i, a, bs, opt, err)
			}
			again := Diff(a, bs, opt)
			if markup(again) != markup(ops) {
				t.Fatalf("case %d: Diff(%q, %q, %+v) not deterministic:\n%s\n%s", i, a, bs, opt, markup(ops), markup(again))
			}
			if !changed(ops) && opt == (Options{}) && a != bs {
				t.Fatalf("case %d: Diff(%q, %q) reports no change", i, a, bs)
			}
		}
	}
}

func TestWordsTile(t *testing.T) {
	for _, s := range []string{
		"全市GDP增长6.5%，收入123.4亿元(增长5%)。 第二行\n（一）基础教育",
		"a\xffb\xfe\xfd中文",
		"3,000人、1.5万个、.5 和 5. 以及 1,2",
	} {
		var sb bytes.Buffer
		for _, w := range words(s) {
			if s[w.start:w.end] != w.text {
				t.Fatalf("words(%q): word %q at %d:%d does not match the text", s, w.text, w.start, w.end)
			}
			sb.WriteString(w.text)
		}
		if sb.String() != s {
			t.Errorf("words(%q) join to %q", s, sb.String())
		}
	}
	// numbers are one word each, with their inner separators
	var nums []string
	for _, w := range words("共3,000人，增长1.5万个，占比12.5%。") {
		if w.class == classNumber {
			nums = append(nums, w.text)
		}
	}
	if got := strings.Join(nums, " "); got != "3,000 1.5 12.5" {
		t.Errorf("numbers of words(...) = %q, want %q", got, "3,000 1.5 12.5")
	}
}

// FuzzDiff checks that Diff never panics and that its ops rebuild both
// sides, for any bytes.
func FuzzDiff(f *testing.F) {
	f.Add("新建改扩建中小学12所，新增学位1.5万个。", "新建改扩建中小学15所，新增学位2万个，实现课后服务全覆盖。", true)
	f.Add("", "x", false)
	f.Add("a\xffb", "\xff\xfe", true)
	f.Add("落实\"双减\"政策\n", "落实“双减”政策 ", true)
	f.Fuzz(func(t *testing.T, a, b string, ignore bool) {
		opt := Options{IgnorePunct: ignore, IgnoreSpace: ignore}
		ops := Diff(a, b, opt)
		if err := checkOps(a, b, ops); err != nil {
			t.Fatalf("Diff(%q, %q, %+v): %v", a, b, opt, err)
		}
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		if a != b && !changed(ops) && !ignore {
			t.Fatalf("Diff(%q, %q) reports no change", a, b)
		}
	})
}

func ExampleDiff() {
	old := "新建改扩建中小学12所，新增学位1.5万个。"
	nw := "新建改扩建中小学15所，新增学位2万个，实现课后服务全覆盖。"
	for _, op := range Diff(old, nw, Options{}) {
		fmt.Printf("%s %q\n", op.Op, op.Text)
	}
	// Output:
	// equal "新建改扩建中小学"
	// delete "12"
	// insert "15"
	// equal "所，新增学位"
	// delete "1.5"
	// insert "2"
	// equal "万个"
	// insert "，实现课后服务全覆盖"
	// equal "。"
}

// TestDecodeRunTrimsEqualText: gse may cut the same text into different
// words on the two sides (名校长 / 名校 长); the common text of a run of
// changes, up to a boundary of words on both sides, must come out equal.
func TestDecodeRunTrimsEqualText(t *testing.T) {
	w := func(s string, cuts ...int) []word {
		var ws []word
		start := 0
		for _, c := range append(cuts, len(s)) {
			ws = append(ws, word{text: s[start:c], start: start, end: c, class: classWord})
			start = c
		}
		return ws
	}
	cases := []struct {
		a, b   string
		wa, wb []word
		want   string
	}{
		{"名校长", "名校长", w("名校长"), w("名校长", 6), "名校长"},
		{"新教师500", "新教师450", w("新教师500", 3, 9), w("新教师450", 9), "新教师[-500-]{+450+}"},
		{"推进工作", "推动工作", w("推进工作", 6), w("推动工作", 6), "[-推进-]{+推动+}工作"},
		// the common prefix 推 is not a word boundary on either side: no trim
		{"推进", "推动", w("推进"), w("推动"), "[-推进-]{+推动+}"},
		// common text whole words on one side only, gse having cut the
		// other across it: given back when two Han characters or more,
		// with two or more left changed on each side (or none)
		{"严格食品药品", "强化食品药品", w("严格食品药品", 6), w("强化食品药品", 12), "[-严格-]{+强化+}食品药品"},
		{"毫不放松", "毫不松懈", w("毫不放松"), w("毫不松懈", 6), "毫不[-放松-]{+松懈+}"},
		{"城镇居民", "城镇常住居民", w("城镇居民"), w("城镇常住居民", 6, 12), "城镇{+常住+}居民"},
		// one character left changed: a name or a term stays whole
		{"王明远", "王明华", w("王明远"), w("王明华", 6), "[-王明远-]{+王明华+}"},
		{"红十字会", "红十字", w("红十字会"), w("红十字"), "[-红十字会-]{+红十字+}"},
		// a blank line more between two paragraphs: one line break added
		{"\n", "\n\n", w("\n"), w("\n\n"), "\n{+\n+}"},
		{"\n\n", "\n", w("\n\n"), w("\n"), "\n[-\n-]"},
		// one character left on each side: no trim either
		{"全县共建", "全县共享", w("全县共建"), w("全县共享", 9), "[-全县共建-]{+全县共享+}"},
		{"12项任务", "12个任务", w("12项任务", 2), w("12个任务", 2, 5), "12[-项任务-]{+个任务+}"},
	}
	for _, c := range cases {
		var ob opBuilder
		decodeRun(&ob, c.a, c.b, c.wa, c.wb, Options{})
		ops := ob.ops()
		if err := checkOps(c.a, c.b, ops); err != nil {
			t.Errorf("decodeRun(%q, %q): %v", c.a, c.b, err)
		}
		if got := markup(ops); got != c.want {
			t.Errorf("decodeRun(%q, %q) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
}

// opsText returns the old (equal+delete) or new (equal+insert) text of ops.
func opsText(ops []Op, old bool) string {
	var sb strings.Builder
	for _, o := range ops {
		if o.Op == OpEqual || (old && o.Op == OpDelete) || (!old && o.Op == OpInsert) {
			sb.WriteString(o.Text)
		}
	}
	return sb.String()
}
