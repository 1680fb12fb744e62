package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/bytesize"
	"github.com/govreport/govreport/watch"
)

func runServe(ctx context.Context, e *env, args []string) error {
	var (
		data, addr, token, tokenFile string
		cors, dict, memLimit         string
		allowWrites, pprof, quiet    bool
		maxBody                      int64
		timeout                      time.Duration
	)
	fs := newFlags(e, "serve", "[flags]", `Serve the web UI at / and the JSON API under /api/v1 (described at
/api/v1/openapi.json). On an empty data folder, serve first indexes the
embedded sample corpus (fictional reports of 明湖市 and 望川县, 2022-2024)
and prints its progress; on a folder already indexed it starts at once,
unless an earlier govreport wrote its index: then it rebuilds the index
from the stored documents first, as reindex does.

Writes (POST, PATCH and DELETE /api/v1/documents) need "Authorization:
Bearer <token>" when a token is set, and are refused without a token
unless --allow-writes is given. The server binds loopback by default, and
there it answers only requests that name it by a loopback name (Host
header), so that no page of another site can reach it through DNS. Pages of
other sites may call the API only from the origins given with --cors.

With --store, the documents are kept in a PostgreSQL database instead of
the data folder, and searches may read from its streaming replicas
(--replica, repeatable), each only once it has replayed what this server
wrote; /healthz reports their lag.

Example:
  govreport serve
  govreport serve --addr 127.0.0.1:9000 --token s3cret --data /srv/govreport
  govreport serve --store postgres://govreport@db1:5432/govreport --replica postgres://govreport@db2:5432/govreport
`, &data)
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "`address` to listen on")
	fs.StringVar(&token, "token", os.Getenv("GOVREPORT_TOKEN"), "bearer `token` required for writes (environment GOVREPORT_TOKEN, which ps does not show)")
	fs.StringVar(&tokenFile, "token-file", "", "read the write token from the first line of `file`")
	fs.BoolVar(&allowWrites, "allow-writes", false, "allow writes without a token (on a loopback address only)")
	fs.StringVar(&cors, "cors", "", "comma-separated `origins` whose pages may call the API (none by default; * lets any read, and write only with --token)")
	fs.Int64Var(&maxBody, "max-body", 20<<20, "largest request body in `bytes`")
	fs.DurationVar(&timeout, "timeout", 30*time.Second, "longest time a request may take")
	fs.BoolVar(&pprof, "pprof", false, "serve /debug/pprof")
	fs.StringVar(&dict, "dict", "", "extra segmentation dictionary `file` (one word a line)")
	fs.BoolVar(&quiet, "quiet", false, "no access log (internal errors are still logged)")
	var sf storeFlags
	sf.add(fs)
	fs.StringVar(&memLimit, "memory-limit", "", "memory `budget` of the process, split between the Go heap's soft limit and the index pages mapped in (an eighth, at least 64MiB); 800MiB, 2GiB, off (default: GOMEMLIMIT if set, else half the machine's memory, at least 300MiB)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if tokenFile != "" {
		b, err := os.ReadFile(tokenFile)
		if err != nil {
			return fmt.Errorf("--token-file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		if token = strings.TrimSpace(line); token == "" {
			return fmt.Errorf("--token-file %s: the first line is empty", tokenFile)
		}
	}
	origins, err := api.ParseOrigins(cors)
	if err != nil {
		return usageErrorf("--cors: %v", err)
	}
	switch {
	case maxBody <= 0:
		return usageErrorf("--max-body %d: give the largest body in bytes, above 0", maxBody)
	case timeout <= 0:
		return usageErrorf("--timeout %v: give the longest time a request may take, above 0", timeout)
	case allowWrites && token == "" && api.LoopbackHosts(addr) == nil:
		// --allow-writes is for a server only this machine reaches
		return usageErrorf("--allow-writes on %s would let anyone who reaches it write; give --token (or GOVREPORT_TOKEN) there", addr)
	}
	if err := useDict(dict); err != nil {
		return err
	}
	// A soft memory limit (memory.go): with Go's default GC the heap of a
	// server over 100k sections (about 220 MB live, half of it the gse
	// dictionary) grows to twice that before a collection.
	limit, limitFrom, err := setMemoryLimit(memLimit)
	if err != nil {
		return err
	}
	// Listen first: a port that is taken fails at once, before the sample
	// corpus is indexed into a folder the user then has to remove.
	ln, err := listen(addr)
	if err != nil {
		return err
	}
	defer ln.Close() // Serve closes it too; this is for the returns before

	var ix backend
	var fresh bool
	if sf.postgres() {
		go analysis.LoadSegmenter() // meanwhile
		db, err := sf.open(ctx)
		if err != nil {
			return err
		}
		ix = db
		st, err := db.Stats(ctx)
		if err != nil {
			return err
		}
		fresh = st.Documents == 0
		// The folder still holds the server's own records (serve.json,
		// saved queries).
		if err := os.MkdirAll(data, 0o755); err != nil {
			return fmt.Errorf("data folder: %w", err)
		}
	} else {
		has, err := indexIn(data)
		if err != nil {
			return err
		}
		fresh = !has
		ix, err = embedded.Open(data)
		if errors.Is(err, index.ErrSchemaVersion) || errors.Is(err, index.ErrUnfinished) {
			// An index an earlier govreport wrote, or a rebuild that
			// did not finish: the documents are stored, so serve
			// rebuilds it as reindex would, once.
			why := "was written by another version of govreport"
			if errors.Is(err, index.ErrUnfinished) {
				why = "was left unfinished by an interrupted reindex"
			}
			fmt.Fprintf(e.stderr, "the index in %s %s: rebuilding it from the stored documents (govreport reindex)\n", data, why)
			ix, err = rebuild(ctx, e, data)
		}
		if err != nil {
			return err
		}
		// The budget is split between Go's soft limit and the index's
		// mapped pages (index.SplitBudget): the heap sits at Go's limit,
		// and the pages a search reads come on top of it.
		if eng, ok := ix.(*embedded.Engine); ok && limit < math.MaxInt64 {
			goLimit, mapped := eng.SetMemoryBudget(limit)
			limitFrom += fmt.Sprintf(": Go's heap %s, the index's mapped pages %s", bytesize.Format(goLimit), bytesize.Format(mapped))
		}
	}
	// The dictionary loads in the background: the server answers /healthz
	// and document routes at once, and a search with words waits for the
	// load. Over the embedded index it begins once the sections are loaded
	// and the first searches answered (WhenIdle): quoted wording needs no
	// dictionary, and on two cores its load took a core from the first
	// answer.
	if eng, ok := ix.(*embedded.Engine); ok {
		eng.WhenIdle(func() { analysis.LoadSegmenter() })
	}
	defer ix.Close()
	if fresh {
		if err := indexSample(ctx, e, ix); err != nil {
			return err
		}
	}
	watches, err := watch.Open(data)
	if err != nil {
		return err
	}

	// --quiet drops the access log, never the internal errors.
	level := slog.LevelInfo
	if quiet {
		level = slog.LevelError
	}
	const maxHeader = api.MaxURI + 64<<10
	logger := slog.New(slog.NewJSONHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	srv := &http.Server{
		Handler: api.New(ix, api.Config{
			Token: token, AllowWrites: allowWrites, CORSOrigins: origins, Hosts: api.LoopbackHosts(addr),
			MaxBody: maxBody, Timeout: timeout, Pprof: pprof, Log: logger, Watches: watches,
		}).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    maxHeader, // a longer URL is answered by the API, in JSON
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		return err
	}
	docs, secs := st.Documents, st.Sections
	fmt.Fprintf(e.stdout, "govreport: serving http://%s (%d documents, %d sections; data %s; memory limit %s, %s)\n", ln.Addr(), docs, secs, data, bytesize.Format(limit), limitFrom)
	// The commands run beside the server find it through this record
	// (remote.go).
	remove, err := recordServe(data, reachable(ln.Addr()))
	if err != nil {
		fmt.Fprintf(e.stderr, "govreport: %v (commands beside the server will not find it)\n", err)
	}
	defer remove()

	errc := make(chan error, 1)
	// Requests net/http refuses before the API sees them (headers over
	// maxHeader) are answered in the API's JSON form too.
	go func() { errc <- srv.Serve(api.JSONErrors(ln, maxHeader)) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(e.stdout, "govreport: shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// listen listens on addr; when the port is taken, the error says how to
// choose another.
func listen(addr string) (net.Listener, error) {
	// An address that is not host:port is the command line's fault (exit
	// 2), said with the flag's name; net's own message names neither.
	_, port, err := net.SplitHostPort(addr)
	if err == nil {
		_, err = net.LookupPort("tcp", port)
	}
	if err != nil {
		return nil, usageErrorf("--addr %q: %v (give host:port, e.g. 127.0.0.1:8080)", addr, err)
	}
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("%w (another program listens there; choose a free port with --addr, e.g. --addr 127.0.0.1:8081)", err)
	}
	return ln, err
}

// reachable returns the URL at which this machine reaches a listener on
// addr: loopback for an unspecified address (0.0.0.0, ::).
func reachable(addr net.Addr) string {
	if tcp, ok := addr.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		return fmt.Sprintf("http://127.0.0.1:%d", tcp.Port)
	}
	return "http://" + addr.String()
}

// indexIn reports whether the data folder dir holds an index: its store
// or its search index (index.Open checks them against each other). A
// folder with no index that holds other files than govreport's own
// records (serve.json, watches.json and their temporary files) is an
// error, whatever the command: --data given the folder of the reports
// would otherwise get an index created among them.
func indexIn(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("data folder: %w", err)
	}
	var other []string
	for _, e := range entries {
		switch name := e.Name(); {
		case name == "store.db" || name == "bleve":
			return true, nil
		case name == "exact" || strings.HasPrefix(name, serveFile) || strings.HasPrefix(name, watch.FileName) || strings.HasPrefix(name, "."):
		default:
			other = append(other, name)
		}
	}
	if len(other) > 0 {
		if len(other) > 3 {
			other = append(other[:3], "...")
		}
		return false, fmt.Errorf("data folder %s holds no index but other files (%s); --data (or GOVREPORT_DATA) names the folder of the index, a new one or that of an earlier ingest, never that of the reports", dir, strings.Join(other, ", "))
	}
	return false, nil
}

// indexSample reads and indexes the embedded sample corpus.
func indexSample(ctx context.Context, e *env, st govreport.Store) error {
	start := time.Now()
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		return fmt.Errorf("sample corpus: %w", err)
	}
	fmt.Fprintf(e.stdout, "govreport: empty data folder; indexing the sample corpus (%d reports)\n", len(docs))
	for _, d := range docs {
		fmt.Fprintf(e.stdout, "  read %-34s %s (%d sections)\n", d.Source, d.Title, len(d.Sections))
	}
	if err := st.Add(ctx, nil, docs...); err != nil {
		return fmt.Errorf("indexing the sample corpus: %w", err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "govreport: indexed %d documents, %d sections in %.1fs\n", stats.Documents, stats.Sections, time.Since(start).Seconds())
	return nil
}
