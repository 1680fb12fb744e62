package analysis

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// gseLens returns the lengths in runes of the words of seg.Cut(text, false).
func gseLens(text string) []int32 {
	var lens []int32
	for _, w := range seg.Cut(text, false) {
		lens = append(lens, int32(utf8.RuneCountInString(w)))
	}
	return lens
}

// checkCut fails t if the cutter and gse cut text differently.
func checkCut(t *testing.T, c *cutter, name, text string) bool {
	t.Helper()
	got := slices.Clone(c.cutNoHMM(seg, text))
	want := gseLens(text)
	if !slices.Equal(got, want) {
		t.Errorf("%s: cutNoHMM(%q) = %v, gse.Cut(s, false) = %v", name, text, got, want)
		return false
	}
	return true
}

// TestCutterMatchesGse checks the ranking analyzer's cutter word for word
// against gse's own Cut(s, false), sentence by sentence as the analyzer
// cuts, on the test fixtures, the seeds (when present) and random text that
// mixes Han, ASCII, full-width forms, digits and punctuation. A difference
// would make the index hold other terms than RankTerms looks up.
func TestCutterMatchesGse(t *testing.T) {
	if err := LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, pat := range []string{"../embedded/testdata/corpus/*.txt", "../corpus/testdata/*/*.txt", "../../shared/seeds/*"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no fixture files found")
	}
	if dictTrie(seg.Dict) == nil {
		t.Error("dictTrie: gse's dictionary trie not reached; the cutter falls back to Find (same words, slower)")
	}
	var c cutter
	sentences := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if !checkCut(t, &c, filepath.Base(f)+" (whole)", text) {
			return
		}
		for start := 0; start < len(text); {
			end := sentenceEnd(text, start)
			sentences++
			if !checkCut(t, &c, filepath.Base(f), text[start:end]) {
				return
			}
			start = end
		}
	}
	t.Logf("%d files, %d sentences", len(files), sentences)

	pieces := []string{"教育", "立德树人", "双减", "新质生产力", "推进", "现代化", "学校", "育", "的", "了",
		"2023", "年", "ＡＩ", "AI", "GDP", "6.5%", "％", "，", "。", "、", "（一）", " ", "\t", "A", "b", "1", "x1",
		"常州市", "集团化办学", "课后服务", "“", "”", "《", "》", "-", "ａｂｃ", "Ⅱ", "é", "İ", "ß", "😀"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		var sb strings.Builder
		for j := rng.Intn(12); j >= 0; j-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if !checkCut(t, &c, "random", sb.String()) {
			return
		}
	}
	checkCut(t, &c, "empty", "")
	checkCut(t, &c, "invalid UTF-8", "教育\xff\xfe现代化ab\xc3")
}

// FuzzCutter checks the cutter against gse on any text.
func FuzzCutter(f *testing.F) {
	if err := LoadSegmenter(); err != nil {
		f.Fatal(err)
	}
	f.Add("2023年，全市教育系统坚持立德树人根本任务，深入推进教育现代化。")
	f.Add("加强ＡＩ＋教育应用，GDP增长6.5%。")
	f.Add("a1b2 c3！")
	var c cutter
	f.Fuzz(func(t *testing.T, text string) {
		checkCut(t, &c, "fuzz", text)
	})
}

// TestLower checks lower against strings.ToLower on every character of
// the ranges it passes without a lookup, on capitals of every script the
// random pieces hold, and on random mixes.
func TestLower(t *testing.T) {
	var sb strings.Builder
	for _, rg := range [][2]rune{{0, 0x7f}, {0x3000, 0x303f}, {hanFirst, hanLast}, {0xff00, 0xffef}, {0x80, 0x2fff}} {
		sb.Reset()
		for r := rg[0]; r <= rg[1]; r++ {
			if utf8.ValidRune(r) {
				sb.WriteRune(r)
			}
		}
		s := sb.String()
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(U+%04X..U+%04X) differs from strings.ToLower", rg[0], rg[1])
		}
		for _, r := range s {
			if got, want := lower(string(r)), strings.ToLower(string(r)); got != want {
				t.Errorf("lower(%q) = %q, want %q", r, got, want)
			}
		}
	}
	pieces := []string{"教育", "，", "。", "ＡＩ", "AI", "ａｂｃ", "Ⅱ", "É", "İ", "ß", "Σ", "😀", "2023", " "}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		sb.Reset()
		for j := rng.Intn(8); j >= 0; j-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if got, want := lower(sb.String()), strings.ToLower(sb.String()); got != want {
			t.Errorf("lower(%q) = %q, want %q", sb.String(), got, want)
		}
	}
}

// TestBlank checks blank against strings.TrimSpace.
func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "　", "\u00a0", "\u2028 ", " 教", "教 ", "教", "\xff", " \xff", "\ufffd", "a", "，", "\u3000\u3000"} {
		if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("blank(%q) = %v, want %v", s, got, want)
		}
	}
}
