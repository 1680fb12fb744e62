package postgres

// BenchmarkScalePostgres ingests the same synthetic sections as the
// embedded engine's BenchmarkScale into the embedded engine and into
// PostgreSQL (the test cluster internal/pgtest starts on loopback), in the
// same run, and times ingest and the word, quoted and faceted queries on
// each. It runs once whatever b.N is, and only when asked:
//
//	GOVREPORT_BENCH_SECTIONS=10000 go test ./postgres -run XXX -bench ScalePostgres -benchtime 1x -timeout 60m -v
//
// The figures are logged as a Markdown table. Both engines are driven
// through the same seam (Add, Search); PostgreSQL is read from its primary,
// a cluster internal/pgtest starts for the benchmark with shared_buffers
// of benchSharedBuffers (the tests' 32 MB would have every broad query
// read its pages again from the OS).

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/internal/pgtest"
	"github.com/govreport/govreport/internal/synth"
	"github.com/govreport/govreport/search"
)

// benchSharedBuffers is the benchmark cluster's shared_buffers unless
// GOVREPORT_BENCH_PG_SHARED_BUFFERS says otherwise ("32MB", as the tests).
const benchSharedBuffers = "1GB"

// benchEngine is what the benchmark needs of either engine.
type benchEngine interface {
	Add(ctx context.Context, corr map[string]corpus.Override, docs ...*corpus.Document) error
	Search(ctx context.Context, r search.Request) (*search.Result, error)
}

func BenchmarkScalePostgres(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GOVREPORT_BENCH_SECTIONS"))
	if n <= 0 {
		b.Skip("set GOVREPORT_BENCH_SECTIONS=10000 (see the comment) to run")
	}
	b.StopTimer()
	ctx := context.Background()
	docs := synth.Docs(1, n)
	queries := synth.Queries(docs)
	// The dictionary is loaded once, before either ingest.
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}

	// Embedded: ingest into a temporary folder, then reopen to serve.
	dir := b.TempDir()
	t0 := time.Now()
	emb, err := embedded.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if err := ingest(ctx, emb, docs); err != nil {
		b.Fatal(err)
	}
	if err := emb.Close(); err != nil {
		b.Fatal(err)
	}
	embIngest := time.Since(t0)
	if emb, err = embedded.Open(dir); err != nil {
		b.Fatal(err)
	}
	defer emb.Close()

	// PostgreSQL: a cluster of its own, with room for the tables and
	// indexes in its shared buffers.
	buffers := cmp.Or(os.Getenv("GOVREPORT_BENCH_PG_SHARED_BUFFERS"), benchSharedBuffers)
	c, err := pgtest.Start(ctx, pgtest.Options{SharedBuffers: buffers})
	if errors.Is(err, pgtest.ErrNotFound) {
		b.Skip(err)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer c.Stop()
	name, err := c.NewDatabase(ctx, "bench")
	if err != nil {
		b.Fatal(err)
	}
	t0 = time.Now()
	db, err := Open(ctx, c.Primary.URL(name))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := ingest(ctx, db, docs); err != nil {
		b.Fatal(err)
	}
	pgIngest := time.Since(t0)

	rows := [][]string{
		{"ingest time (s)", f2(embIngest.Seconds()), f2(pgIngest.Seconds())},
		{"ingest sections/s", fmt.Sprintf("%.0f", float64(n)/embIngest.Seconds()), fmt.Sprintf("%.0f", float64(n)/pgIngest.Seconds())},
	}
	b.StartTimer()
	for _, class := range []string{"word", "quoted", "faceted"} {
		var cells [2][2]string
		for i, e := range []benchEngine{emb, db} {
			var lat []time.Duration
			for _, q := range queries[class] {
				if class == "quoted" {
					q = `"` + q + `"`
				}
				t := time.Now()
				if _, err := e.Search(ctx, search.Request{Query: q}); err != nil {
					b.Fatalf("%s %q: %v", class, q, err)
				}
				lat = append(lat, time.Since(t))
			}
			cells[i] = [2]string{f2(ms(synth.Percentile(lat, 50))), f2(ms(synth.Percentile(lat, 99)))}
		}
		rows = append(rows, []string{class + " p50 (ms)", cells[0][0], cells[1][0]},
			[]string{class + " p99 (ms)", cells[0][1], cells[1][1]})
	}
	b.StopTimer()

	var out strings.Builder
	fmt.Fprintf(&out, "\n%d sections in %d documents, %d cores, 200 queries a class, PostgreSQL shared_buffers %s\n\n| measure | embedded | PostgreSQL |\n|---|---|---|\n", n, len(docs), runtime.NumCPU(), buffers)
	for _, r := range rows {
		fmt.Fprintf(&out, "| %s |\n", strings.Join(r, " | "))
	}
	b.Log(out.String())
	if f := os.Getenv("GOVREPORT_BENCH_OUT"); f != "" {
		os.WriteFile(f, []byte(out.String()), 0o644)
	}
}

// ingest adds docs about 1000 sections (34 documents) a call, as
// BenchmarkScale does.
func ingest(ctx context.Context, e benchEngine, docs []*corpus.Document) error {
	for i := 0; i < len(docs); i += 34 {
		if err := e.Add(ctx, nil, docs[i:min(i+34, len(docs))]...); err != nil {
			return err
		}
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
func f2(x float64) string        { return strconv.FormatFloat(x, 'f', 2, 64) }
