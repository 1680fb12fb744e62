package analysis

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// TestLoadDictMatchesGse checks that loadDict gives the words gse's own
// LoadDictEmbed("zh_s") gives, in the same order, with the same frequencies,
// parts of speech and total: the cuts and DictFreq depend on nothing else.
func TestLoadDictMatchesGse(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's dictionary twice (3 s); -short skips it")
	}
	var want gse.Segmenter
	want.SkipLog = true
	if err := want.LoadDictEmbed("zh_s"); err != nil {
		t.Fatal(err)
	}
	var got gse.Segmenter
	got.SkipLog = true
	loadDict(&got, gseZhS)

	if g, w := got.Dict.NumTokens(), want.Dict.NumTokens(); g != w || w < 300_000 {
		t.Fatalf("%d words loaded, gse loads %d (expected over 300,000)", g, w)
	}
	if g, w := got.Dict.TotalFreq(), want.Dict.TotalFreq(); g != w {
		t.Errorf("total frequency %v, gse's %v", g, w)
	}
	if g, w := got.Dict.MaxTokenLen(), want.Dict.MaxTokenLen(); g != w {
		t.Errorf("longest word %d characters, gse's %d", g, w)
	}
	bad := 0
	for i := range want.Dict.Tokens {
		g, w := &got.Dict.Tokens[i], &want.Dict.Tokens[i]
		if g.Text() != w.Text() || g.Freq() != w.Freq() || g.Pos() != w.Pos() {
			if bad++; bad <= 5 {
				t.Errorf("word %d: %q %v %q, gse's %q %v %q", i, g.Text(), g.Freq(), g.Pos(), w.Text(), w.Freq(), w.Pos())
			}
		}
	}
	for _, s := range []string{"推进教育数字化转型，落实立德树人根本任务。", "2025年GDP增长5%左右", "深化新时代教育评价改革"} {
		if g, w := got.Cut(s, true), want.Cut(s, true); !slices.Equal(g, w) {
			t.Errorf("Cut(%q, hmm): %q, gse's dictionary gives %q", s, g, w)
		}
	}
}

// TestCompactDictCutsTheSame checks the dictionary LoadSegmenter publishes,
// compacted (compactDict), against one loaded the same way and left whole:
// every word's frequency and part of speech (Find, which Cut and DictFreq
// read), and the cuts with and without HMM and the cutter's on the
// fixtures and random text. It also checks that the compaction happened:
// without it a server holds 44 MB more.
func TestCompactDictCutsTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's dictionary twice (3 s); -short skips it")
	}
	if err := LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	var whole gse.Segmenter
	whole.SkipLog = true
	loadDict(&whole, gseZhS)
	if err := addWords(&whole, "userdict.txt", policyTerms); err != nil {
		t.Fatal(err)
	}
	if g, w := seg.Dict.NumTokens(), whole.Dict.NumTokens(); g != w {
		t.Fatalf("%d words, %d loaded whole", g, w)
	}
	if seg.Dict.Tokens[0].Text() != "" {
		t.Error("the tokens' texts are still held (gse.Token's text field not reached)")
	}
	tr := reflect.ValueOf(dictTrie(seg.Dict)).Elem()
	if size, n := tr.FieldByName("size").Int(), tr.FieldByName("array").Len(); int64(n) != size {
		t.Errorf("the trie's array holds %d slots, %d in use: not trimmed", n, size)
	}
	bad := 0
	for i := range whole.Dict.Tokens {
		w := []byte(whole.Dict.Tokens[i].Text())
		gf, gp, gok := seg.Dict.Find(w)
		wf, wp, wok := whole.Dict.Find(w)
		if gf != wf || gp != wp || gok != wok {
			if bad++; bad <= 5 {
				t.Errorf("Find(%q) = %v %q %v, whole: %v %q %v", w, gf, gp, gok, wf, wp, wok)
			}
		}
	}
	var texts []string
	for _, pat := range []string{"../embedded/testdata/corpus/*.txt", "../corpus/testdata/*/*.txt"} {
		m, _ := filepath.Glob(pat)
		for i, f := range m {
			if i%25 != 0 {
				continue // a sample: 1,700 files are 7 MB, cut four times
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		t.Fatal("no fixture files found")
	}
	pieces := []string{"教育", "立德树人", "新质生产力", "推进", "现代化", "的", "2023", "年", "ＡＩ", "GDP", "6.5%",
		"，", "。", "（一）", " ", "常州市", "课后服务", "“", "ａｂｃ", "Ⅱ", "é", "😀", "\x00", "\xff"}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 2000; i++ {
		var sb strings.Builder
		for j := rng.Intn(12); j >= 0; j-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	var c cutter
	for _, text := range texts {
		for _, hmm := range []bool{true, false} {
			if g, w := seg.Cut(text, hmm), whole.Cut(text, hmm); !slices.Equal(g, w) {
				t.Fatalf("Cut(%.60q, %v) = %.10q, whole: %.10q", text, hmm, g, w)
			}
		}
		var want []int32
		for _, w := range whole.Cut(text, false) {
			want = append(want, int32(utf8.RuneCountInString(w)))
		}
		if g := c.cutNoHMM(seg, text); !slices.Equal(g, want) {
			t.Fatalf("cutNoHMM(%.60q) = %v, whole: %v", text, g, want)
		}
	}
}

// BenchmarkLoadDict is the dictionary's load as LoadSegmenter does it;
// BenchmarkLoadDictGse is gse's own LoadDictEmbed, for comparison. The
// heap-MB metric is what the loaded dictionary holds after a GC.
func BenchmarkLoadDict(b *testing.B) {
	benchLoad(b, func(s *gse.Segmenter) { loadDict(s, gseZhS) })
}

func BenchmarkLoadDictGse(b *testing.B) {
	benchLoad(b, func(s *gse.Segmenter) {
		if err := s.LoadDictEmbed("zh_s"); err != nil {
			b.Fatal(err)
		}
	})
}

func benchLoad(b *testing.B, load func(*gse.Segmenter)) {
	var heap uint64
	for b.Loop() {
		b.StopTimer()
		before := heapInUse()
		b.StartTimer()
		s := new(gse.Segmenter)
		s.SkipLog = true
		load(s)
		b.StopTimer()
		heap = heapInUse() - before
		runtime.KeepAlive(s)
		b.StartTimer()
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}
