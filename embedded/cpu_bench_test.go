//go:build linux

package embedded

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/synth"
	"github.com/govreport/govreport/search"
	"golang.org/x/sys/unix"
)

// BenchmarkQueryCPU measures the CPU time one search takes, by query class,
// on the synthetic sections and queries of BenchmarkScale: the searching
// thread's own time (each query run three times, the least kept), which a
// machine busy with other work disturbs far less than wall time. It runs
// once whatever b.N is, and only when asked:
//
//	GOVREPORT_BENCH_SECTIONS=10000 go test ./embedded -run XXX -bench QueryCPU -benchtime 1x -v
func BenchmarkQueryCPU(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GOVREPORT_BENCH_SECTIONS"))
	if n <= 0 {
		b.Skip("set GOVREPORT_BENCH_SECTIONS=10000 (see the comment) to run")
	}
	b.StopTimer()
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	ix, err := index.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	docs := synth.Docs(1, n)
	for i := 0; i < len(docs); i += 30 {
		if err := ix.Add(docs[i:min(i+30, len(docs))]...); err != nil {
			b.Fatal(err)
		}
	}
	queries := synth.Queries(docs)
	s := NewSearcher(ix)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	out := fmt.Sprintf("%d sections, CPU time of one search (ms, the thread's own)\n\n| class | p50 | p99 |\n|---|---|---|\n", n)
	// BenchmarkScale's "quoted" substrings go in as typed (gse words);
	// "in quotes" asks for them as exact wording.
	for _, q := range queries["quoted"] {
		queries["in quotes"] = append(queries["in quotes"], `"`+q+`"`)
	}
	for _, class := range []string{"word", "quoted", "in quotes", "filtered", "faceted"} {
		var cpu []time.Duration
		for _, q := range queries[class] {
			best := time.Duration(1<<63 - 1)
			for range 3 {
				t := threadCPU()
				if _, err := s.Search(context.Background(), search.Request{Query: q}); err != nil {
					b.Fatal(err)
				}
				best = min(best, threadCPU()-t)
			}
			cpu = append(cpu, best)
		}
		out += fmt.Sprintf("| %s | %s | %s |\n", class, f2(ms(synth.Percentile(cpu, 50))), f2(ms(synth.Percentile(cpu, 99))))
	}
	b.Log("\n" + out)
}

// threadCPU returns the CPU time of the calling thread (a precise clock,
// where getrusage counts in scheduler ticks).
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
