package embedded

// BenchmarkScale measures ingest, index size, memory and query latency on
// synthetic sections, and the same corpus and queries through SQLite FTS5
// with the trigram tokenizer (Debian's sqlite3 CLI), side by side. It runs
// once whatever b.N is, and only when asked:
//
//	GOVREPORT_BENCH_SECTIONS=10000 go test ./embedded -run XXX -bench Scale -benchtime 1x -timeout 30m
//	GOVREPORT_BENCH_SECTIONS=100000 go test ./embedded -run XXX -bench Scale -benchtime 1x -timeout 60m
//
// The figures are logged as a Markdown table (go test -v shows them).
// FTS5 ingest runs in the sqlite3 CLI; its queries run in process through
// Python's sqlite3 module on the same Debian library (the CLI's timer only
// has millisecond resolution).
// Peak memory is the process's VmHWM while ingesting (the generated corpus
// included); serving memory is VmRSS after reopening the index and running
// every query, with the corpus freed. With GOVREPORT_BENCH_LIMIT=600MiB
// the reopened index serves as `serve --memory-limit 600MiB` would
// (benchLimit). Ingest finds and stores each report's terms, as `govreport
// ingest` does (benchTerms): the index's worker finds them after each
// write, so the figures give the time when every section written is
// searchable (the last Add returned) and when every report's terms are
// stored too (WaitTerms returned); the ingest time runs to the end of
// Close, after both. GOVREPORT_BENCH_INGEST_ONLY=1 stops after ingest
// and the data folder's size (both sides), for the ingest ratio at a
// million sections.

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	rtrace "runtime/trace"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/bytesize"
	"github.com/govreport/govreport/internal/cputime"
	"github.com/govreport/govreport/internal/synth"
	"github.com/govreport/govreport/search"
	"golang.org/x/sys/unix"
)

func BenchmarkScale(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GOVREPORT_BENCH_SECTIONS"))
	if n <= 0 {
		b.Skip("set GOVREPORT_BENCH_SECTIONS=10000 (see the comment) to run")
	}
	b.StopTimer()
	dir := b.TempDir()
	docs := synth.Docs(1, n)
	raw := 0
	for _, d := range docs {
		for _, s := range d.Sections {
			raw += len(s.Heading) + 1 + len(s.Text)
		}
	}
	queries := synth.Queries(docs)
	var rows [][]string
	row := func(cells ...string) { rows = append(rows, cells) }

	// Ingest, dictionary load included.
	cpu0 := cpuTime()
	t0 := time.Now()
	ix, err := index.Open(filepath.Join(dir, "gr"))
	if err != nil {
		b.Fatal(err)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	terms := benchTerms(ix)
	dict := time.Since(t0)
	var adds time.Duration
	for i := 0; i < len(docs); i += 34 { // about 1000 sections a call
		t := time.Now()
		if err := ix.Add(docs[i:min(i+34, len(docs))]...); err != nil {
			b.Fatal(err)
		}
		adds += time.Since(t)
	}
	searchable, searchableCPU := time.Since(t0), cpuTime()-cpu0
	if err := ix.WaitTerms(context.Background()); err != nil {
		b.Fatal(err)
	}
	stored, storedCPU := time.Since(t0), cpuTime()-cpu0
	t1 := time.Now()
	if err := ix.Close(); err != nil {
		b.Fatal(err)
	}
	closing := time.Since(t1)
	ingest := time.Since(t0)
	ingestCPU := cpuTime() - cpu0
	peak := procStatus("VmHWM")
	size := dirSize(filepath.Join(dir, "gr"))

	// FTS5 trigram: the same sections, in one transaction.
	ftsIngest, ftsCPU, ftsSize, ftsErr := ftsBuild(dir, docs)

	mb := float64(raw) / 1e6
	row("reports' terms (新提法) at ingest", terms, "")
	row("ingest time (s)", f2(ingest.Seconds()), ftsCell(ftsErr, f2(ftsIngest.Seconds())))
	row("ingest CPU time, user+sys (s)", f2(ingestCPU.Seconds()), ftsCell(ftsErr, f2(ftsCPU.Seconds())))
	row("ingest MB/s of raw text per CPU second", f2(mb/ingestCPU.Seconds()), ftsCell(ftsErr, f2(mb/ftsCPU.Seconds())))
	row("of which dictionary load, Add calls, the terms' wait, Close (s)", f2(dict.Seconds())+", "+f2(adds.Seconds())+", "+f2((stored-searchable).Seconds())+", "+f2(closing.Seconds()), "")
	row("every section searchable after: wall, CPU (s)", f2(searchable.Seconds())+", "+f2(searchableCPU.Seconds()), "")
	row("every report's terms stored after: wall, CPU (s)", f2(stored.Seconds())+", "+f2(storedCPU.Seconds()), "")
	row("ingest MB/s of raw text", f2(mb/ingest.Seconds()), ftsCell(ftsErr, f2(mb/ftsIngest.Seconds())))
	row("ingest sections/s", fmt.Sprintf("%.0f", float64(n)/ingest.Seconds()), ftsCell(ftsErr, fmt.Sprintf("%.0f", float64(n)/ftsIngest.Seconds())))
	row("index size / raw text", f2(float64(size)/float64(raw)), ftsCell(ftsErr, f2(float64(ftsSize)/float64(raw))))
	row("of which store.db, bleve, exact / raw text", partsOfSize(filepath.Join(dir, "gr"), raw), "")
	row("peak RSS while ingesting (MB)", fmt.Sprint(peak/1024), "")
	if os.Getenv("GOVREPORT_BENCH_INGEST_ONLY") != "" {
		// At a million sections FTS5's filtered class alone takes an hour
		// (each query joins the whole metadata table); the ingest ratio
		// needs only the rows above.
		logRows(b, n, mb, rows)
		return
	}

	// Serve: reopen, time to the first answer, then the query classes.
	docs = nil
	runtime.GC()
	debug.FreeOSMemory()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // reset VmHWM
	t0 = time.Now()
	ix, err = index.Open(filepath.Join(dir, "gr"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	opened := time.Since(t0)
	if limit := benchLimit(b, ix); limit != "" {
		row("memory limit (serve --memory-limit)", limit, "")
	}
	s := NewSearcher(ix)
	if _, err := s.Search(context.Background(), search.Request{Query: `"` + queries["quoted"][0] + `"`}); err != nil {
		b.Fatal(err)
	}
	firstQuoted := time.Since(t0)
	row("open (ms)", f2(ms(opened)), "")
	row("open to first quoted answer (ms)", f2(ms(firstQuoted)), "")

	b.StartTimer()
	for _, class := range []string{"word", "quoted", "filtered", "faceted"} {
		var lat []time.Duration
		for _, q := range queries[class] {
			r := search.Request{Query: q}
			t := time.Now()
			if _, err := s.Search(context.Background(), r); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t))
		}
		p50, p99 := synth.Percentile(lat, 50), synth.Percentile(lat, 99)
		fp50, fp99 := "", ""
		if ftsErr == nil && class != "faceted" {
			fl, err := ftsQueries(dir, class, queries[class])
			if err != nil {
				fp50 = "error: " + err.Error()
			} else {
				fp50, fp99 = f2(ms(synth.Percentile(fl, 50))), f2(ms(synth.Percentile(fl, 99)))
			}
		}
		row(class+" p50 (ms)", f2(ms(p50)), fp50)
		row(class+" p99 (ms)", f2(ms(p99)), fp99)
	}
	// Timelines (issue 13): of the quoted wordings, and of the broad words
	// (sets of 30-100% of the index); reports per hit for quoted wording.
	for _, class := range []string{"quoted", "faceted"} {
		var lat []time.Duration
		for _, q := range queries[class] {
			if class == "quoted" {
				q = `"` + q + `"`
			}
			t := time.Now()
			if _, err := s.Timeline(context.Background(), search.Request{Query: q}); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t))
		}
		row("timeline of "+class+" p50 / p99 (ms)", f2(ms(synth.Percentile(lat, 50)))+" / "+f2(ms(synth.Percentile(lat, 99))), "")
	}
	var grouped []time.Duration
	for _, q := range queries["quoted"] {
		t := time.Now()
		if _, err := s.Search(context.Background(), search.Request{Query: `"` + q + `"`, Group: "document"}); err != nil {
			b.Fatal(err)
		}
		grouped = append(grouped, time.Since(t))
	}
	row("quoted, group=document p50 / p99 (ms)", f2(ms(synth.Percentile(grouped, 50)))+" / "+f2(ms(synth.Percentile(grouped, 99))), "")
	// A watch's feed and an ingest's watch lines (package watch) cost one
	// Reports of the watch's query.
	var reports []time.Duration
	for _, q := range queries["quoted"] {
		t := time.Now()
		if _, err := s.Reports(context.Background(), search.Request{Query: `"` + q + `"`}); err != nil {
			b.Fatal(err)
		}
		reports = append(reports, time.Since(t))
	}
	row("reports of quoted wording (a watch's feed) p50 / p99 (ms)", f2(ms(synth.Percentile(reports, 50)))+" / "+f2(ms(synth.Percentile(reports, 99))), "")
	b.StopTimer()
	runtime.GC()
	row("serving RSS after the queries (MB)", fmt.Sprint(procStatus("VmRSS")/1024), "")
	// Mapped pages of the index files count in RSS once touched, but are
	// the kernel's page cache, dropped under pressure; the heap is not.
	row("of which anonymous (heap), mapped files (MB)", fmt.Sprint(procStatus("RssAnon")/1024)+", "+fmt.Sprint(procStatus("RssFile")/1024), "")
	row("serving peak RSS since reopening (MB)", fmt.Sprint(procStatus("VmHWM")/1024), "")

	// The same with a soft memory limit, as `GOMEMLIMIT=300MiB govreport
	// serve` would set: the GC works harder instead of doubling the heap.
	debug.SetMemoryLimit(300 << 20)
	defer debug.SetMemoryLimit(math.MaxInt64)
	debug.FreeOSMemory()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	var lat []time.Duration
	for _, class := range []string{"word", "quoted", "filtered", "faceted"} {
		for _, q := range queries[class] {
			t := time.Now()
			if _, err := s.Search(context.Background(), search.Request{Query: q}); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t))
		}
	}
	row("with GOMEMLIMIT=300MiB: peak RSS over all queries again (MB)", fmt.Sprint(procStatus("VmHWM")/1024), "")
	row("with GOMEMLIMIT=300MiB: p50 / p99 over all classes (ms)", f2(ms(synth.Percentile(lat, 50)))+" / "+f2(ms(synth.Percentile(lat, 99))), "")

	logRows(b, n, mb, rows)
}

// logRows logs BenchmarkScale's figures as a Markdown table, and writes
// them to GOVREPORT_BENCH_OUT when it is set.
func logRows(b *testing.B, n int, mb float64, rows [][]string) {
	var out strings.Builder
	fmt.Fprintf(&out, "\n%d sections, %.1f MB raw text, %d cores\n\n| measure | govreport | FTS5 trigram |\n|---|---|---|\n", n, mb, runtime.NumCPU())
	for _, r := range rows {
		fmt.Fprintf(&out, "| %s |\n", strings.Join(r, " | "))
	}
	b.Log(out.String())
	if f := os.Getenv("GOVREPORT_BENCH_OUT"); f != "" {
		os.WriteFile(f, []byte(out.String()), 0o644)
	}
}

// BenchmarkIngest is BenchmarkScale's ingest alone (index.Open, the
// dictionary, Add in calls of 34 documents, Close; the terms found), for
// alternating two builds quickly on a machine whose load swings:
//
//	GOVREPORT_BENCH_SECTIONS=20000 go test ./embedded -run XXX -bench 'Ingest$' -benchtime 1x -v
func BenchmarkIngest(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GOVREPORT_BENCH_SECTIONS"))
	if n <= 0 {
		b.Skip("set GOVREPORT_BENCH_SECTIONS=20000 (see the comment) to run")
	}
	b.StopTimer()
	dir := b.TempDir()
	docs := synth.Docs(1, n)
	idle0 := goIdle()
	cpu0, t0 := cpuTime(), time.Now()
	ix, err := index.Open(filepath.Join(dir, "gr"))
	if err != nil {
		b.Fatal(err)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	terms := benchTerms(ix)
	dict, dictCPU := time.Since(t0), cpuTime()-cpu0
	for i := 0; i < len(docs); i += 34 {
		if err := ix.Add(docs[i:min(i+34, len(docs))]...); err != nil {
			b.Fatal(err)
		}
	}
	searchable := time.Since(t0)
	if err := ix.WaitTerms(context.Background()); err != nil {
		b.Fatal(err)
	}
	stored := time.Since(t0)
	if err := ix.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d sections, terms %s: ingest wall %.2f s, CPU %.2f s, cores idle %.2f s; of which dictionary wall %.2f s, CPU %.2f s; searchable after %.2f s, terms stored after %.2f s",
		n, terms, time.Since(t0).Seconds(), (cpuTime() - cpu0).Seconds(), goIdle()-idle0, dict.Seconds(), dictCPU.Seconds(), searchable.Seconds(), stored.Seconds())
}

// goIdle returns the Go runtime's count of the time its Ps (GOMAXPROCS)
// have had no goroutine to run, in seconds: unlike wall time, it does not
// grow when other processes take the cores, so it tells a lack of work to
// run at once from a busy machine.
func goIdle() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/idle:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64()
}

// benchTerms gives ix the finder of the reports' terms, as `govreport
// ingest` and `serve` do (every write through an Engine finds them), and
// says so for the figures; GOVREPORT_BENCH_NOTERMS=1 leaves it out, as the
// benchmarks did before 2026-12-05, to compare with their figures.
func benchTerms(ix *index.Index) string {
	if os.Getenv("GOVREPORT_BENCH_NOTERMS") != "" {
		return "not found (GOVREPORT_BENCH_NOTERMS)"
	}
	NewSearcher(ix)
	return "found, as govreport ingest does"
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
func f2(x float64) string        { return strconv.FormatFloat(x, 'f', 2, 64) }

func ftsCell(err error, s string) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return s
}

func procStatus(key string) int {
	b, _ := os.ReadFile("/proc/self/status")
	m := regexp.MustCompile(key + `:\s+(\d+)`).FindSubmatch(b)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// cpuTime returns the user and system CPU time of this process so far:
// on a machine shared with other work, a steadier figure than wall time.
var cpuTime = cputime.Self

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return n
}

// partsOfSize returns the sizes of the store, the bleve index and the
// exact index of data folder dir over raw bytes of text.
func partsOfSize(dir string, raw int) string {
	var parts []string
	for _, p := range []string{"store.db", "bleve", "exact"} {
		parts = append(parts, f2(float64(dirSize(filepath.Join(dir, p)))/float64(raw)))
	}
	return strings.Join(parts, ", ")
}

func sqlQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// ftsBuild loads the sections into an FTS5 trigram table with the sqlite3
// CLI and returns the time the CLI took and the database size.
func ftsBuild(dir string, docs []*corpus.Document) (time.Duration, time.Duration, int64, error) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		return 0, 0, 0, fmt.Errorf("no sqlite3 (apt-get install sqlite3)")
	}
	sqlFile := filepath.Join(dir, "load.sql")
	var b strings.Builder
	b.WriteString("PRAGMA journal_mode=OFF;\nCREATE TABLE meta(id INTEGER PRIMARY KEY, region TEXT, year INT, kind TEXT, issuer TEXT);\n")
	b.WriteString("CREATE VIRTUAL TABLE t USING fts5(heading, text, tokenize='trigram');\nBEGIN;\n")
	row := 0
	for _, d := range docs {
		for _, s := range d.Sections {
			row++
			fmt.Fprintf(&b, "INSERT INTO t(rowid, heading, text) VALUES(%d, %s, %s);\n", row, sqlQuote(s.Heading), sqlQuote(s.Text))
			fmt.Fprintf(&b, "INSERT INTO meta VALUES(%d, %s, %d, %s, %s);\n", row, sqlQuote(d.Region), d.Year, sqlQuote(d.Kind), sqlQuote(d.Issuer))
		}
	}
	b.WriteString("COMMIT;\n")
	if err := os.WriteFile(sqlFile, []byte(b.String()), 0o644); err != nil {
		return 0, 0, 0, err
	}
	db := filepath.Join(dir, "fts.db")
	t0 := time.Now()
	cmd := exec.Command("sqlite3", db, ".read "+sqlFile)
	if out, err := cmd.CombinedOutput(); err != nil {
		return 0, 0, 0, fmt.Errorf("sqlite3: %v: %s", err, out)
	}
	took := time.Since(t0)
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	fi, err := os.Stat(db)
	if err != nil {
		return 0, 0, 0, err
	}
	return took, cpu, fi.Size(), nil
}

// ftsQueries runs one class of queries through Python's sqlite3 module
// (Debian's libsqlite3, in process, timed with perf_counter) and returns the
// time of each: the count of all matches plus the first 10 by rank with a
// highlighted snippet, as govreport returns.
func ftsQueries(dir, class string, qs []string) ([]time.Duration, error) {
	var stmts []string
	for _, q := range qs {
		var match, where string
		switch class {
		case "word":
			var parts []string
			for _, w := range strings.Fields(q) {
				parts = append(parts, `"`+w+`"`)
			}
			match = strings.Join(parts, " AND ")
		case "quoted":
			match = `"` + q + `"`
		case "filtered":
			f := strings.Fields(q)
			match = `"` + f[0] + `"`
			region := strings.TrimPrefix(f[1], "region:")
			ys := strings.Split(strings.TrimPrefix(f[2], "year:"), "..")
			where = fmt.Sprintf(" AND rowid IN (SELECT id FROM meta WHERE region=%s AND year BETWEEN %s AND %s)", sqlQuote(region), ys[0], ys[1])
		}
		stmts = append(stmts, fmt.Sprintf("SELECT (SELECT count(*) FROM t WHERE t MATCH %s%s), (SELECT group_concat(s) FROM (SELECT snippet(t, 1, '<mark>', '</mark>', '…', 40) AS s FROM t WHERE t MATCH %s%s ORDER BY rank LIMIT 10))",
			sqlQuote(match), where, sqlQuote(match), where))
	}
	script := `import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1])
for line in sys.stdin.read().split("\n"):
    if not line: continue
    t = time.perf_counter()
    c.execute(line).fetchall()
    print(time.perf_counter() - t)
`
	cmd := exec.Command("python3", "-c", script, filepath.Join(dir, "fts.db"))
	cmd.Stdin = strings.NewReader(strings.Join(stmts, "\n"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("python3 sqlite3: %v: %.300s", err, out)
	}
	var lat []time.Duration
	for _, l := range strings.Fields(string(out)) {
		f, err := strconv.ParseFloat(l, 64)
		if err != nil {
			return nil, fmt.Errorf("python3 sqlite3: %.300s", out)
		}
		lat = append(lat, time.Duration(f*float64(time.Second)))
	}
	if len(lat) != len(qs) {
		return nil, fmt.Errorf("timed %d of %d queries", len(lat), len(qs))
	}
	return lat, nil
}

// BenchmarkOpenLarge measures, at sizes whose corpus would not fit in
// memory twice (ten million sections are 8.4 GB of text), what
// BenchmarkScale cannot: the synthetic sections are generated as they are
// written, and only ingest, the data folder, open, the first quoted answer,
// quoted latency and memory are measured; no FTS5, no other query classes.
// Progress goes to stderr every million sections. With
// GOVREPORT_BENCH_STOP=15:04 (UTC) ingest stops at that time, and the rest
// is measured on the sections written by then.
//
// Serving is measured in a fresh process, as `serve` would run: the
// benchmark runs its own test binary again on the data folder it wrote
// (benchServe), so that what ingest left on the heap or in the runtime's
// spans is not counted. With GOVREPORT_BENCH_DIR the data folder is kept
// there, and a folder written by an earlier run (bench.json marks it done)
// is measured again without ingesting; with GOVREPORT_BENCH_RESUME=1 a
// folder whose ingest stopped short of GOVREPORT_BENCH_SECTIONS (at
// GOVREPORT_BENCH_STOP) is written on to that many first, the times adding
// up. With GOVREPORT_BENCH_MEMCG=600M the
// serving process runs a second time confined to that much memory, page
// cache included (benchServeConfined). With GOVREPORT_BENCH_LIMIT=600MiB
// the serving process runs as `serve --memory-limit 600MiB` would: that
// budget split between Go's soft limit and the index's reserve for mapped
// pages (index.Index.SetMemoryBudget). The
// serving rows give the open's and the first answer's counts (CPU, minor
// faults, bytes allocated, collections) and the same wording's again once
// all is loaded; GOVREPORT_BENCH_RTRACE=file writes a runtime trace and
// GOVREPORT_BENCH_CPUPROF=file a CPU profile (1 kHz) of the open and the
// first answer, GOVREPORT_BENCH_CLASSPROF=file one of the classes' queries.
//
//	GOVREPORT_BENCH_SECTIONS=10000000 go test ./embedded -run XXX -bench OpenLarge -benchtime 1x -v -timeout 300m
func BenchmarkOpenLarge(b *testing.B) {
	if dir := os.Getenv("GOVREPORT_BENCH_SERVE"); dir != "" {
		benchServe(b, dir)
		return
	}
	n, _ := strconv.Atoi(os.Getenv("GOVREPORT_BENCH_SECTIONS"))
	if n <= 0 {
		b.Skip("set GOVREPORT_BENCH_SECTIONS=10000000 (see the comment) to run")
	}
	var stop time.Time
	if at := os.Getenv("GOVREPORT_BENCH_STOP"); at != "" {
		hm, err := time.Parse("15:04", at)
		if err != nil {
			b.Fatalf("GOVREPORT_BENCH_STOP=%q: want hh:mm (UTC)", at)
		}
		now := time.Now().UTC()
		stop = time.Date(now.Year(), now.Month(), now.Day(), hm.Hour(), hm.Minute(), 0, 0, time.UTC)
	}
	b.StopTimer()
	dir := os.Getenv("GOVREPORT_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(b.TempDir(), "gr")
	}
	var done benchIngest
	if buf, err := os.ReadFile(filepath.Join(dir, "bench.json")); err == nil {
		if err := json.Unmarshal(buf, &done); err != nil {
			b.Fatalf("%s: %v", filepath.Join(dir, "bench.json"), err)
		}
		b.Logf("measuring %s, written before: %d sections", dir, done.Sections)
		if done.Sections < n && os.Getenv("GOVREPORT_BENCH_RESUME") != "" {
			done = benchWrite(b, dir, n, stop, done)
		}
	} else {
		done = benchWrite(b, dir, n, stop, benchIngest{})
	}
	var rows [][]string
	row := func(cells ...string) { rows = append(rows, cells) }
	row("sections written", fmt.Sprint(done.Sections))
	row("ingest time (min)", f2(done.Ingest.Minutes()))
	row("ingest sections/s", fmt.Sprintf("%.0f", float64(done.Sections)/done.Ingest.Seconds()))
	row("ingest CPU, user + system (min)", f2(done.CPU.Minutes()))
	row("peak RSS while ingesting (MB)", fmt.Sprint(done.PeakRSS/1024))
	row("index size / raw text", f2(float64(dirSize(dir))/float64(done.Raw)))
	row("of which store.db, bleve, exact / raw text", partsOfSize(dir, done.Raw))

	// Serve in a fresh process: this one holds what ingest left.
	rows = append(rows, benchServeProcess(b, dir)...)
	if limit := os.Getenv("GOVREPORT_BENCH_MEMCG"); limit != "" {
		served, err := benchServeConfined(b, dir, limit)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range served {
			rows = append(rows, []string{"in " + limit + ": " + r[0], r[1]})
		}
	}

	var table strings.Builder
	fmt.Fprintf(&table, "\n%d sections, %.1f MB raw text, %d cores\n\n| measure | govreport |\n|---|---|\n", done.Sections, float64(done.Raw)/1e6, runtime.NumCPU())
	for _, r := range rows {
		fmt.Fprintf(&table, "| %s |\n", strings.Join(r, " | "))
	}
	b.Log(table.String())
	if f := os.Getenv("GOVREPORT_BENCH_OUT"); f != "" {
		os.WriteFile(f, []byte(table.String()), 0o644)
	}
}

// benchServeProcess runs benchServe in a new process of this test binary
// on data folder dir, with env added to its environment, and returns its
// rows.
func benchServeProcess(b *testing.B, dir string, env ...string) [][]string {
	out := filepath.Join(b.TempDir(), "serve.json")
	cmd := exec.Command(os.Args[0], "-test.run=XXX", "-test.bench=^BenchmarkOpenLarge$", "-test.benchtime=1x")
	cmd.Env = append(append(os.Environ(), "GOVREPORT_BENCH_SERVE="+dir, "GOVREPORT_BENCH_SERVE_OUT="+out), env...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("serving process: %v", err)
	}
	var rows [][]string
	if buf, err := os.ReadFile(out); err != nil {
		b.Fatalf("serving process wrote no figures: %v", err)
	} else if err := json.Unmarshal(buf, &rows); err != nil {
		b.Fatalf("%s: %v", out, err)
	}
	return rows
}

// benchServeConfined runs the serving process again inside a memory
// cgroup of limit bytes (GOVREPORT_BENCH_MEMCG=600M), where the kernel
// charges the process both its own memory and the page cache it reads,
// and reclaims the cache to stay under the limit: whether the server works
// in that much memory, and at what latency. The data folder's files are
// evicted from the page cache first, so that their pages are read, and
// charged, by the process measured. The Go heap gets a soft limit of two
// thirds of it (what `serve --memory-limit` would be given). Needs root
// and cgroup v1 or v2 with the memory controller.
func benchServeConfined(b *testing.B, dir, limit string) ([][]string, error) {
	bytes, err := bytesize.Parse(limit)
	if err != nil {
		return nil, fmt.Errorf("GOVREPORT_BENCH_MEMCG=%q: %v", limit, err)
	}
	cg, maxFile, peakFile := "/sys/fs/cgroup/memory/govreport-bench", "memory.limit_in_bytes", "memory.max_usage_in_bytes"
	if _, err := os.Stat("/sys/fs/cgroup/cgroup.controllers"); err == nil {
		cg, maxFile, peakFile = "/sys/fs/cgroup/govreport-bench", "memory.max", "memory.peak"
	}
	if err := os.Mkdir(cg, 0o755); err != nil && !os.IsExist(err) {
		return nil, fmt.Errorf("memory cgroup: %v", err)
	}
	defer os.Remove(cg)
	if err := os.WriteFile(filepath.Join(cg, maxFile), []byte(fmt.Sprint(bytes)), 0o644); err != nil {
		return nil, fmt.Errorf("memory cgroup limit: %v", err)
	}
	err = filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		return unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
	})
	if err != nil {
		return nil, fmt.Errorf("evicting %s from the page cache: %v", dir, err)
	}
	rows := benchServeProcess(b, dir, "GOVREPORT_BENCH_CGROUP="+cg, fmt.Sprintf("GOMEMLIMIT=%d", bytes*2/3))
	if peak, err := os.ReadFile(filepath.Join(cg, peakFile)); err == nil {
		n, _ := strconv.ParseInt(strings.TrimSpace(string(peak)), 10, 64)
		rows = append(rows, []string{"peak charge of the cgroup, page cache included (MB)", fmt.Sprint(n >> 20)})
	}
	return rows, nil
}

// benchLimit serves ix as `serve --memory-limit` does when
// GOVREPORT_BENCH_LIMIT gives a budget (600MiB): split between Go's soft
// limit and the reserve for mapped pages by the index's own
// SetMemoryBudget, as serve splits it. It returns the budget and its
// parts, "" for none.
func benchLimit(b *testing.B, ix *index.Index) string {
	limit := os.Getenv("GOVREPORT_BENCH_LIMIT")
	if limit == "" {
		return ""
	}
	n, err := bytesize.Parse(limit)
	if err != nil {
		b.Fatalf("GOVREPORT_BENCH_LIMIT=%q: %v", limit, err)
	}
	goLimit, mapped := ix.SetMemoryBudget(n)
	// GOVREPORT_BENCH_GOLIMIT gives Go's soft limit a figure of its own,
	// the reserve for mapped pages staying the budget's: for measuring
	// what another split would do
	if g := os.Getenv("GOVREPORT_BENCH_GOLIMIT"); g != "" {
		if goLimit, err = bytesize.Parse(g); err != nil {
			b.Fatalf("GOVREPORT_BENCH_GOLIMIT=%q: %v", g, err)
		}
		debug.SetMemoryLimit(goLimit)
	}
	return fmt.Sprintf("%s: Go's soft limit %s, mapped pages %s", limit, bytesize.Format(goLimit), bytesize.Format(mapped))
}

// benchCounts are counts of the process's work that a shared machine's
// load does not change (or changes little): CPU time, minor page faults
// (pages of the mapped files and of the heap touched first), bytes
// allocated and collections.
type benchCounts struct {
	cpu          time.Duration
	minflt       int64
	alloc, numGC uint64
}

func countsNow() benchCounts {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return benchCounts{cpu: cpuTime(), minflt: ru.Minflt, alloc: m.TotalAlloc, numGC: uint64(m.NumGC)}
}

// minus gives the counts from c0 to c as a row's cell.
func (c benchCounts) minus(c0 benchCounts) string {
	return fmt.Sprintf("%.0f; %d; %d; %d", ms(c.cpu-c0.cpu), c.minflt-c0.minflt, (c.alloc-c0.alloc)>>20, c.numGC-c0.numGC)
}

// benchIngest is what BenchmarkOpenLarge's ingest leaves in bench.json
// beside the data folder's own files.
type benchIngest struct {
	Sections int
	Raw      int // bytes of section text, headings included
	Ingest   time.Duration
	CPU      time.Duration
	PeakRSS  int // kB
	Queries  []string
}

// benchWrite ingests n synthetic sections (fewer if stop comes first) into
// data folder dir, in calls of 34 documents, and records the figures and
// the quoted wordings to measure in dir/bench.json. prev is what an earlier
// run wrote into dir (zero for a new folder): its sections are generated
// again and skipped, and its figures added to this run's.
func benchWrite(b *testing.B, dir string, n int, stop time.Time, prev benchIngest) benchIngest {
	t0, cpu0 := time.Now(), cpuTime()
	ix, err := index.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "reports' terms at ingest: %s\n", benchTerms(ix))
	var sample, batch []*corpus.Document
	raw, done, reported, skipped := prev.Raw, prev.Sections, prev.Sections, 0
	var addErr error
	// Regenerating what prev wrote is not ingest: its time is left out.
	var skipWall, skipCPU time.Duration
	t1, cpu1 := time.Now(), cpuTime()
	synth.Generate(1, n, func(d *corpus.Document) bool {
		if len(sample) < 3000 {
			sample = append(sample, d)
		}
		if skipped < prev.Sections {
			if skipped += len(d.Sections); skipped >= prev.Sections {
				skipWall, skipCPU = time.Since(t1), cpuTime()-cpu1
				fmt.Fprintf(os.Stderr, "%s: resuming after %d sections (%.0f s to generate them again)\n",
					time.Now().UTC().Format("15:04:05"), skipped, skipWall.Seconds())
			}
			return true
		}
		if addErr != nil || !stop.IsZero() && time.Now().After(stop) {
			return false
		}
		for _, s := range d.Sections {
			raw += len(s.Heading) + 1 + len(s.Text)
		}
		if batch = append(batch, d); len(batch) < 34 {
			return true
		}
		addErr = ix.Add(batch...)
		for _, d := range batch {
			done += len(d.Sections)
		}
		batch = batch[:0]
		if done-reported >= 1000000 {
			reported = done
			took := time.Since(t0) - skipWall
			fmt.Fprintf(os.Stderr, "%s: %d sections, %d in %.0f s (%.0f/s), data folder %.2fx of the text, RSS %d MB (anonymous %d, mapped files %d), peak %d MB\n",
				time.Now().UTC().Format("15:04:05"), done, done-prev.Sections, took.Seconds(), float64(done-prev.Sections)/took.Seconds(),
				float64(dirSize(dir))/float64(raw), procStatus("VmRSS")/1024, procStatus("RssAnon")/1024, procStatus("RssFile")/1024, procStatus("VmHWM")/1024)
		}
		return true
	})
	if addErr == nil && len(batch) > 0 {
		addErr = ix.Add(batch...)
		for _, d := range batch {
			done += len(d.Sections)
		}
	}
	if addErr != nil {
		b.Fatal(addErr)
	}
	if err := ix.WaitTerms(context.Background()); err != nil {
		b.Fatal(err)
	}
	if err := ix.WaitMerges(context.Background()); err != nil { // as govreport ingest does
		b.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		b.Fatal(err)
	}
	w := benchIngest{Sections: done, Raw: raw, Ingest: prev.Ingest + time.Since(t0) - skipWall, CPU: prev.CPU + cpuTime() - cpu0 - skipCPU,
		PeakRSS: max(prev.PeakRSS, procStatus("VmHWM")), Queries: synth.Queries(sample)["quoted"]}
	buf, err := json.Marshal(w)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "bench.json"), buf, 0o644)
	}
	if err != nil {
		b.Fatal(err)
	}
	return w
}

// heapProfile writes the live heap (after a collection) to
// GOVREPORT_BENCH_HEAPPROF's prefix followed by "-" and at: what the serving
// heap holds once open (at "open": the sections loaded, the record check
// done, the dictionary loaded) and after each class. Unset, nothing.
func heapProfile(b *testing.B, at string) {
	prefix := os.Getenv("GOVREPORT_BENCH_HEAPPROF")
	if prefix == "" {
		return
	}
	runtime.GC()
	f, err := os.Create(prefix + "-" + at + ".pprof")
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		b.Fatalf("heap profile: %v", err)
	}
}

// benchServe is the serving process of BenchmarkOpenLarge: it opens the
// data folder dir as `serve` does (the gse dictionary's load begun once the
// index is loaded and idle, Index.WhenIdle; with GOVREPORT_BENCH_DICT=open
// at the open, as before), answers the first quoted wording, runs the queries of every class of
// BenchmarkScale (quoted wordings as typed, words, filtered, faceted), and
// writes its rows as JSON to GOVREPORT_BENCH_SERVE_OUT. Memory is read
// with the dictionary loaded and the record check done, as a server holds
// them after its first seconds.
func benchServe(b *testing.B, dir string) {
	b.StopTimer()
	var w benchIngest
	buf, err := os.ReadFile(filepath.Join(dir, "bench.json"))
	if err == nil {
		err = json.Unmarshal(buf, &w)
	}
	if err != nil || len(w.Queries) == 0 {
		b.Fatalf("%s: no finished ingest to measure (%v)", dir, err)
	}
	if cg := os.Getenv("GOVREPORT_BENCH_CGROUP"); cg != "" {
		if err := os.WriteFile(filepath.Join(cg, "cgroup.procs"), []byte(fmt.Sprint(os.Getpid())), 0o644); err != nil {
			b.Fatalf("joining the memory cgroup: %v", err)
		}
	}
	// The other classes of BenchmarkScale, from the same sample as the
	// quoted wordings: the first 3,000 documents synth writes again. They
	// are made before the index opens and their garbage handed back to
	// the system, so that the serving figures hold what a server holds,
	// not a few hundred megabytes of the benchmark's own (the Go runtime
	// keeps freed heap up to the soft limit).
	var sample []*corpus.Document
	synth.Generate(1, w.Sections, func(d *corpus.Document) bool { sample = append(sample, d); return len(sample) < 3000 })
	classes := synth.Queries(sample)
	if !slices.Equal(classes["quoted"], w.Queries) {
		b.Fatalf("%s: the quoted wordings differ from the sample's: written by another version of synth", dir)
	}
	sample = nil
	debug.FreeOSMemory()
	// and its peak is not the server's: made, it took the process to
	// 317-337 MB (a million sections), over what a server within a budget
	// of 300MiB ever held
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // reset VmHWM
	var rows [][]string
	row := func(cells ...string) { rows = append(rows, cells) }
	var trace *memTrace
	if prefix := os.Getenv("GOVREPORT_BENCH_TRACE"); prefix != "" {
		trace = startMemTrace(prefix)
	}
	if f := os.Getenv("GOVREPORT_BENCH_RTRACE"); f != "" {
		// a runtime trace of the open and the first answer (go tool trace)
		out, err := os.Create(f)
		if err == nil {
			err = rtrace.Start(out)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	if f := os.Getenv("GOVREPORT_BENCH_CPUPROF"); f != "" {
		// a CPU profile of the open and the first answer
		out, err := os.Create(f)
		if err == nil {
			runtime.SetCPUProfileRate(1000)
			err = pprof.StartCPUProfile(out)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	c0 := countsNow()
	t0 := time.Now()
	dictAtOpen := os.Getenv("GOVREPORT_BENCH_DICT") == "open"
	if dictAtOpen {
		go analysis.LoadSegmenter()
	}
	ix, err := index.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if !dictAtOpen {
		ix.WhenIdle(func() { analysis.LoadSegmenter() })
	}
	opened := time.Since(t0)
	c1 := countsNow()
	rssOpen := procStatus("VmRSS") / 1024
	if limit := benchLimit(b, ix); limit != "" {
		row("memory limit (serve --memory-limit)", limit)
	}
	s := NewSearcher(ix)
	trace.set("first answer")
	first := search.Request{Query: `"` + w.Queries[0] + `"`}
	if _, err := s.Search(context.Background(), first); err != nil {
		b.Fatal(err)
	}
	firstAt := time.Since(t0)
	c2 := countsNow()
	rtrace.Stop()
	pprof.StopCPUProfile()
	trace.set("record check")
	row("open: CPU (ms); minor faults; MB allocated; collections", c1.minus(c0))
	row("open's end to the first answer: CPU (ms); minor faults; MB allocated; collections", c2.minus(c1))
	row("open (ms)", f2(ms(opened)))
	row("RSS after open (MB)", fmt.Sprint(rssOpen))
	row("open to first quoted answer (ms)", f2(ms(firstAt)))
	row("RSS after the first answer (MB)", fmt.Sprint(procStatus("VmRSS")/1024))
	<-ix.Verified()
	row("open to the end of the record check (ms)", f2(ms(time.Since(t0))))
	row("RSS at the end of the record check (MB)", fmt.Sprint(procStatus("VmRSS")/1024))
	trace.set("dictionary")
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	heapProfile(b, "open")
	// the first wording again, all loaded: what the first answer did
	// that a later one does not
	c3, t3 := countsNow(), time.Now()
	if _, err := s.Search(context.Background(), first); err != nil {
		b.Fatal(err)
	}
	row("the first wording again (ms); CPU (ms); minor faults; MB allocated; collections", f2(ms(time.Since(t3)))+"; "+countsNow().minus(c3))
	if f := os.Getenv("GOVREPORT_BENCH_CLASSPROF"); f != "" {
		// a CPU profile of the classes' queries (not of the open)
		out, err := os.Create(f)
		if err == nil {
			// at the default rate: set to 1 kHz first, as for the
			// open's profile, the quoted class's profile held 2.9 s of
			// samples for about 10 s of CPU (StartCPUProfile then
			// warns that the rate is set already)
			err = pprof.StartCPUProfile(out)
		}
		if err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	b.StartTimer()
	run := []string{"quoted", "word", "filtered", "faceted"}
	if only := os.Getenv("GOVREPORT_BENCH_CLASSES"); only != "" {
		run = strings.Split(only, ",") // for a profile of one class
	}
	for _, class := range run {
		if len(classes[class]) == 0 {
			b.Fatalf("GOVREPORT_BENCH_CLASSES: no class %q (quoted, word, filtered, faceted)", class)
		}
		var lat, cpu []time.Duration
		trace.set(class)
		var m0 runtime.MemStats
		runtime.ReadMemStats(&m0)
		for i, q := range classes[class] {
			trace.setQuery(i)
			t, c := time.Now(), cpuTime()
			if _, err := s.Search(context.Background(), search.Request{Query: q}); err != nil {
				b.Fatal(err)
			}
			lat, cpu = append(lat, time.Since(t)), append(cpu, cpuTime()-c)
		}
		trace.setQuery(-1)
		row(class+" p50 / p99 (ms)", f2(ms(synth.Percentile(lat, 50)))+" / "+f2(ms(synth.Percentile(lat, 99))))
		row(class+" CPU p50 / p99 (ms, the process's user and system time, GC included)", f2(ms(synth.Percentile(cpu, 50)))+" / "+f2(ms(synth.Percentile(cpu, 99))))
		// counts the machine's load does not change, for comparing
		// builds on a shared machine
		var m1 runtime.MemStats
		runtime.ReadMemStats(&m1)
		row(class+" collections; MB allocated; Go heap in use after the class (MB)",
			fmt.Sprintf("%d; %d; %d", m1.NumGC-m0.NumGC, (m1.TotalAlloc-m0.TotalAlloc)>>20, m1.HeapInuse>>20))
		heapProfile(b, class)
	}
	b.StopTimer()
	pprof.StopCPUProfile()
	trace.set("after the queries")
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	row("serving RSS after the queries (MB)", fmt.Sprint(procStatus("VmRSS")/1024))
	row("of which anonymous, mapped files (MB)", fmt.Sprint(procStatus("RssAnon")/1024)+", "+fmt.Sprint(procStatus("RssFile")/1024))
	row("Go heap in use after a GC, dictionary included (MB)", fmt.Sprint(m.HeapInuse>>20))
	row("serving peak RSS (MB)", fmt.Sprint(procStatus("VmHWM")/1024))
	rows = append(rows, trace.stop()...)
	buf, err = json.Marshal(rows)
	if err == nil {
		err = os.WriteFile(os.Getenv("GOVREPORT_BENCH_SERVE_OUT"), buf, 0o644)
	}
	if err != nil {
		b.Fatal(err)
	}
}
