package analysis

import (
	"runtime"
	"slices"
	"testing"

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
