package runesa

import (
	"index/suffixarray"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/internal/synth"
)

// alphabet is what random texts are made of: ASCII, CJK punctuation, Han
// characters, U+FFFD, a rune beyond the BMP and a line break, few of each
// so that suffixes share long prefixes.
var alphabet = []string{"a", "b", "1", "。", "，", "经", "济", "发", "展", "\uFFFD", "𠀀", "\n", "é"}

func randomText(r *rand.Rand, n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return sb.String()
}

// check compares x.Lookup with index/suffixarray's for s and a few n.
func check(t *testing.T, text string, x *Index, want *suffixarray.Index, s string) {
	t.Helper()
	for _, n := range []int{-1, 0, 1, 2, 3, 200} {
		got, exp := x.Lookup(s, n), want.Lookup([]byte(s), n)
		if !slices.Equal(got, exp) {
			t.Fatalf("text %q: Lookup(%q, %d) = %v, index/suffixarray %v", text, s, n, got, exp)
		}
	}
}

// TestLookupMatchesSuffixArray checks offsets and their order against
// index/suffixarray on random texts and strings: substrings of the text
// (runes or bytes cut anywhere, continuation bytes first included),
// random strings, and texts that are not valid UTF-8.
func TestLookupMatchesSuffixArray(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 400 {
		text := randomText(r, r.IntN(300))
		if iter%10 == 9 && len(text) > 0 {
			b := []byte(text)
			b[r.IntN(len(b))] = byte(0x80 + r.IntN(0x40)) // a continuation byte where it does not belong
			text = string(b)
		}
		x, want := New(text), suffixarray.New([]byte(text))
		for range 60 {
			var s string
			switch r.IntN(3) {
			case 0:
				if len(text) > 0 {
					i := r.IntN(len(text))
					s = text[i:min(len(text), i+1+r.IntN(12))]
				}
			case 1:
				rs := []rune(text)
				if len(rs) > 0 {
					i := r.IntN(len(rs))
					s = string(rs[i:min(len(rs), i+1+r.IntN(6))])
				}
			default:
				s = randomText(r, 1+r.IntN(3))
			}
			check(t, text, x, want, s)
		}
		check(t, text, x, want, "")
	}
}

// TestLookupReportText checks the same on the sample corpus's texts,
// looking up every word-sized piece of a few of their lines.
func TestLookupReportText(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/sample/*.txt")
	if len(files) == 0 {
		t.Skip("no sample corpus")
	}
	for _, f := range files[:min(len(files), 4)] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		x, want := New(text), suffixarray.New(b)
		rs := []rune(text)
		for i := 0; i < len(rs); i += 97 {
			for l := 1; l <= 6 && i+l <= len(rs); l++ {
				check(t, f, x, want, string(rs[i:i+l]))
			}
		}
	}
}

func BenchmarkNew(b *testing.B) {
	glob := os.Getenv("RUNESA_BENCH_FILES") // a report's files, one text
	if glob == "" {
		glob = "../../corpus/sample/*.txt"
	}
	files, _ := filepath.Glob(glob)
	var sb strings.Builder
	for _, f := range files {
		t, _ := os.ReadFile(f)
		sb.Write(t)
	}
	text := sb.String()
	benchNew(b, text)
}

// BenchmarkNewSynth builds the suffix array of a synthetic report's text
// (30 sections, as BenchmarkIngest's), the size the term finder sorts.
func BenchmarkNewSynth(b *testing.B) {
	var sb strings.Builder
	for _, d := range synth.Docs(1, 30) {
		for _, s := range d.Sections {
			sb.WriteString(s.Heading)
			sb.WriteString(s.Text)
			sb.WriteString("\n")
		}
	}
	text := sb.String()
	benchNew(b, text)
}

// benchNew builds the suffix array of text over its runes (New) and, to
// compare, over its bytes (index/suffixarray).
func benchNew(b *testing.B, text string) {
	b.Run("runes", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			New(text)
		}
	})
	b.Run("bytes", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			suffixarray.New([]byte(text))
		}
	})
}
