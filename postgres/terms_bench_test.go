package postgres

// Terms of a year over an existing database, for instance the dev set
// ingested by the binary:
//
//	govreport ingest --store postgres://... ../shared/dev/files
//	GOVREPORT_BENCH_STORE=postgres://... GOVREPORT_BENCH_YEAR=2024 go test ./postgres -run XXX -bench TermsPostgres -benchtime 3x
//
// Each list is made afresh (the cache of whole lists emptied); the time is
// wall time, most of it the server's.

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/govreport/govreport/search"
)

func BenchmarkTermsPostgres(b *testing.B) {
	url := os.Getenv("GOVREPORT_BENCH_STORE")
	if url == "" {
		b.Skip("set GOVREPORT_BENCH_STORE to a database's URL (see the comment) to run")
	}
	year, _ := strconv.Atoi(os.Getenv("GOVREPORT_BENCH_YEAR"))
	if year == 0 {
		year = 2024
	}
	ctx := context.Background()
	db, err := Open(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	total := 0
	for b.Loop() {
		db.terms.Clear()
		ts, err := db.Terms(ctx, search.TermsRequest{Year: year})
		if err != nil {
			b.Fatal(err)
		}
		total = ts.Total
	}
	b.ReportMetric(float64(total), "terms")
}
