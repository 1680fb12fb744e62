//go:build unix

package embedded

// Terms of a year over an existing data folder (a copy: the index is
// opened for writing), for instance the dev set ingested by the binary:
//
//	govreport ingest --data /tmp/dev-data ../shared/dev
//	GOVREPORT_BENCH_DATA=/tmp/dev-data GOVREPORT_BENCH_YEAR=2024 go test ./embedded -run XXX -bench Terms -benchtime 5x
//
// BenchmarkTermsCold makes a new searcher each time (every report's terms
// found again: the first list of a year after the server starts);
// BenchmarkTermsWarm reuses one, its reports' terms cached, but empties its
// cache of whole lists each time (a list not asked for before);
// BenchmarkTermsCached does not (the same list asked for again).
// Both report the process's CPU time per list (cpu-ms/op), which a busy
// machine does not inflate as it does the wall time.

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

func benchTermsIndex(b *testing.B) (*index.Index, search.TermsRequest) {
	dir := os.Getenv("GOVREPORT_BENCH_DATA")
	if dir == "" {
		b.Skip("set GOVREPORT_BENCH_DATA to a data folder (see the comment) to run")
	}
	year, _ := strconv.Atoi(os.Getenv("GOVREPORT_BENCH_YEAR"))
	if year == 0 {
		year = 2024
	}
	ix, err := index.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix, search.TermsRequest{Year: year}
}

func BenchmarkTermsCold(b *testing.B) {
	ix, req := benchTermsIndex(b)
	// the dictionary and sections loaded, as a server has them before
	// its first list
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	NewSearcher(ix).Terms(context.Background(), search.TermsRequest{Year: 1})
	cpu := cpuTime()
	for b.Loop() {
		if _, err := NewSearcher(ix).Terms(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}

func BenchmarkTermsWarm(b *testing.B) {
	ix, req := benchTermsIndex(b)
	s := NewSearcher(ix)
	if _, err := s.Terms(context.Background(), req); err != nil {
		b.Fatal(err)
	}
	cpu := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		s.tc.lists.Clear() // lists made again, reports' terms kept
		if _, err := s.Terms(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}

func BenchmarkTermsCached(b *testing.B) {
	ix, req := benchTermsIndex(b)
	s := NewSearcher(ix)
	if _, err := s.Terms(context.Background(), req); err != nil {
		b.Fatal(err)
	}
	cpu := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Terms(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
