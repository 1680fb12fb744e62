package compare

// Benchmarks of Compare end to end (alignment, every diff, the summary) on
// two reports of about 20,000 characters each, built from the sample
// corpus by putting several of its documents one after the other:
//
//   - related: five documents of 2023 (and one of 2022) against the same
//     five series one year later, the usual use;
//   - unrelated: the 明湖市 plans and summaries against the 望川县 reports
//     and plans (two places, different writers; a few paragraphs copied);
//   - shuffled: the related old report against itself with the sentences
//     of every section shuffled, the worst case for the diff (everything
//     pairs, nothing lines up).
//
// Each reports p50 and p99 of the wall time of one Compare (ms), the CPU
// time it used (all threads), and fails if any run gives a different JSON
// from the first. Run:
//
//	go test ./compare -run XXX -bench Compare -benchtime 200x

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/cputime"
)

// concat returns one document made of the sections of the sample files
// named, in order.
func concat(tb testing.TB, id string, files ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Title: id}
	for _, f := range files {
		for _, s := range readSample(tb, f).Sections {
			s.Ordinal = len(d.Sections)
			s.ID = corpus.SectionID(id, s.Ordinal)
			s.DocID = id
			d.Sections = append(d.Sections, s)
		}
	}
	return d
}

func chars(d *corpus.Document) int {
	n := 0
	for _, s := range d.Sections {
		n += utf8.RuneCountInString(s.Heading) + utf8.RuneCountInString(s.Text)
	}
	return n
}

func relatedPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	a := concat(tb, "old", "wangchuan-gov-2023-report.txt", "wangchuan-jyj-2023-plan.txt", "minghu-edu-2023-plan.txt",
		"minghu-edu-2023-summary.txt", "minghu-edu-2022-summary.txt")
	b := concat(tb, "new", "wangchuan-gov-2024-report.txt", "wangchuan-jyj-2024-plan.txt", "minghu-edu-2024-plan.txt",
		"minghu-edu-2024-summary.txt", "minghu-edu-2023-summary.txt")
	return a, b
}

func unrelatedPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	a := concat(tb, "minghu", "minghu-edu-2022-plan.txt", "minghu-edu-2023-plan.txt", "minghu-edu-2024-plan.txt",
		"minghu-edu-2022-summary.txt", "minghu-edu-2023-summary.txt")
	b := concat(tb, "wangchuan", "wangchuan-gov-2022-report.txt", "wangchuan-gov-2023-report.txt", "wangchuan-gov-2024-report.txt",
		"wangchuan-jyj-2023-plan.txt", "wangchuan-jyj-2024-plan.txt")
	return a, b
}

// shuffledPair returns the related old report and a copy with the
// sentences of each section in a random (seeded) order.
func shuffledPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	a, _ := relatedPair(tb)
	b := &corpus.Document{ID: "shuffled", Title: "shuffled"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range a.Sections {
		sentences := strings.SplitAfter(s.Text, "。")
		rng.Shuffle(len(sentences), func(i, j int) { sentences[i], sentences[j] = sentences[j], sentences[i] })
		s.Text = strings.Join(sentences, "")
		s.ID = corpus.SectionID(b.ID, s.Ordinal)
		b.Sections = append(b.Sections, s)
	}
	return a, b
}

func benchCompare(b *testing.B, pair func(testing.TB) (*corpus.Document, *corpus.Document)) {
	benchCompareWith(b, pair, Options{})
}

func benchCompareWith(b *testing.B, pair func(testing.TB) (*corpus.Document, *corpus.Document), opt Options) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	x, y := pair(b)
	first, _ := json.Marshal(Compare(x, y, opt))
	times := make([]time.Duration, 0, b.N)
	var cpu time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		start, cpu0 := time.Now(), cputime.Self()
		r := Compare(x, y, opt)
		times = append(times, time.Since(start))
		cpu += cputime.Self() - cpu0
		b.StopTimer()
		got, _ := json.Marshal(r)
		if !bytes.Equal(got, first) {
			b.Fatalf("run %d gave a different report from the first", len(times))
		}
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(times)
	pct := func(p float64) float64 {
		k := int(p * float64(len(times)-1))
		return float64(times[k].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	// CPU time of all threads (gse runs on all cores) per comparison: what
	// the machine spends, whatever else it is doing.
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(times)), "cpu-ms/op")
	b.ReportMetric(float64(chars(x)), "chars-old")
	b.ReportMetric(float64(chars(y)), "chars-new")
}

func BenchmarkCompareRelated(b *testing.B) { benchCompare(b, relatedPair) }

// BenchmarkCompareRelatedIndexed is the related case with terms weighed
// against an index of the sample corpus (Options.Collection), as the API
// compares: what the collection's statistics add.
func BenchmarkCompareRelatedIndexed(b *testing.B) {
	ix, err := index.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	files, _ := filepath.Glob(filepath.Join(sampleDir, "*.txt"))
	for _, f := range files {
		if err := ix.Add(readSample(b, filepath.Base(f))); err != nil {
			b.Fatal(err)
		}
	}
	benchCompareWith(b, relatedPair, Options{Collection: ix})
}
func BenchmarkCompareUnrelated(b *testing.B) { benchCompare(b, unrelatedPair) }
func BenchmarkCompareShuffled(b *testing.B)  { benchCompare(b, shuffledPair) }

// BenchmarkDiffSection measures Diff alone on one long section (the
// 总体要求 paragraph of a plan) with a few words changed.
func BenchmarkDiffSection(b *testing.B) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	d := readSample(b, "minghu-edu-2023-plan.txt")
	a := d.Sections[0].Text
	c := strings.NewReplacer("推进", "推动", "15所", "18所", "全面", "").Replace(a)
	b.SetBytes(int64(len(a) + len(c)))
	for b.Loop() {
		Diff(a, c, Options{})
	}
}

// BenchmarkAlignPairs measures the pairing of sections alone (weighing,
// groups, hubs, leftovers, paragraph flows, order), without gse, diffs,
// figures or terms: go test ./compare -run XXX -bench AlignPairs -benchtime 200x
func BenchmarkAlignPairs(b *testing.B) {
	for _, c := range []struct {
		name string
		pair func(testing.TB) (*corpus.Document, *corpus.Document)
	}{{"related", relatedPair}, {"unrelated", unrelatedPair}} {
		x, y := c.pair(b)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				alignPairs(prepare(x), prepare(y), Options{})
			}
		})
	}
}

// BenchmarkReportTermsRepeated measures ReportTerms on one section that
// repeats one character 20,000 times, as a hostile upload may: every count
// of a run of it is thousands, and asking again at each place whether a
// run is found more than thousands of times made it quadratic (7 s of CPU
// at 40,000 characters, minutes at 100,000, before the lookups were kept).
// go test ./compare -run XXX -bench ReportTermsRepeated -benchtime 5x
func BenchmarkReportTermsRepeated(b *testing.B) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("教", 20000)
	d := &corpus.Document{ID: "r", Title: "明湖市某某工作总结", Sections: []corpus.Section{{ID: "r-000", DocID: "r", Text: text}}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ReportTerms(d)
	}
}

// BenchmarkReportTerms measures ReportTerms, the term finder that ingest
// runs on every report it writes (index.Index.Add stores its terms), over
// the eleven reports of the sample corpus, one report an op: wall time
// and the CPU time of the process (the finder cuts a few parts on both
// cores).
// go test ./compare -run XXX -bench 'ReportTerms$' -benchtime 110x -count 5
func BenchmarkReportTerms(b *testing.B) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(sampleDir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no sample files: %v", err)
	}
	var docs []*corpus.Document
	for _, f := range files {
		docs = append(docs, readSample(b, filepath.Base(f)))
	}
	cpu0, i := cputime.Self(), 0
	for b.Loop() {
		ReportTerms(docs[i%len(docs)])
		i++
	}
	b.ReportMetric(float64((cputime.Self()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
