package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/govreport/govreport/index"
)

// TestBesideServe runs the commands while serve holds the data folder:
// search, timeline, terms, docs and compare (of two IDs) answer through the
// server's API as they answer from the folder, ingest posts files with the
// token, and the record of the server goes when it stops.
func TestBesideServe(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	files := filepath.Join(dir, "files")
	os.MkdirAll(files, 0o755)
	os.WriteFile(filepath.Join(files, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(files, "plan-2024.txt"), []byte(plan2024), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, files); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	took := regexp.MustCompile(`\([0-9.]+ ms\)|"took_ms": [0-9.e-]+`)
	local := map[string]string{}
	commands := map[string][]string{
		"search":    {"search", "--data", data, "课后服务", "--size", "5"},
		"reports":   {"search", "--data", data, "课后服务", "--reports"},
		"timeline":  {"timeline", "--data", data, `"双减"`},
		"csv":       {"timeline", "--data", data, "--csv", "--table", "regions", `"课后服务"`},
		"docs":      {"docs", "--data", data},
		"terms":     {"terms", "--data", data, "--year", "2024", "--limit", "8"},
		"terms-csv": {"terms", "--data", data, "--year", "2024", "--csv"},
		// JSON too: a script gets the same bytes whether or not a server
		// runs (but for the time taken)
		"docs-json":     {"docs", "--data", data, "--json"},
		"search-json":   {"search", "--data", data, "课后服务", "--json"},
		"timeline-json": {"timeline", "--data", data, `"双减"`, "--json"},
		"terms-json":    {"terms", "--data", data, "--year", "2024", "--json"},
	}
	docsBefore, _ := runCmd(t, "docs", "--data", data, "--json")
	var ids []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(docsBefore), &ids); err != nil || len(ids) != 2 {
		t.Fatalf("docs --json: %v\n%s", err, docsBefore)
	}
	commands["compare"] = []string{"compare", "--data", data, "--no-color", ids[0].ID[:6], ids[1].ID}
	commands["compare-json"] = []string{"compare", "--data", data, "--json", ids[0].ID, ids[1].ID}
	for name, args := range commands {
		out, err := runCmd(t, args...)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		local[name] = took.ReplaceAllString(out, "")
	}

	ctx, cancel := context.WithCancel(context.Background())
	var serveOut bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, &env{stdout: &syncWriter{w: &serveOut}, stderr: &syncWriter{w: &serveOut}}, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--quiet", "--token", "sekret"})
	}()
	defer func() {
		cancel()
		<-done
	}()
	record := filepath.Join(data, serveFile)
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(record); err == nil {
			break
		}
		if time.Since(start) > 30*time.Second {
			t.Fatalf("serve wrote no %s in 30 s", serveFile)
		}
	}
	base := runningServer(ctx, data)
	if base == "" {
		t.Fatalf("the recorded server does not answer")
	}

	for name, args := range commands {
		out, err := runCmd(t, args...)
		if err != nil {
			t.Errorf("%s beside serve: %v\n%s", name, err, out)
			continue
		}
		if got := took.ReplaceAllString(out, ""); got != local[name] {
			t.Errorf("%s beside serve printed\n%s\nfrom the folder\n%s", name, got, local[name])
		}
	}
	docs, _ := remoteDocuments(ctx, base)
	if len(docs) != 2 {
		t.Fatalf("the server lists %d documents, want 2", len(docs))
	}
	out, err := runCmd(t, "docs", "--data", data, "--outline", docs[0].ID[:6])
	if err != nil || !strings.Contains(out, docs[0].Title) || !strings.Contains(out, "（一）学位供给") {
		t.Errorf("docs --outline beside serve: %v\n%s", err, out)
	}

	// ingest posts to the server, with the token of GOVREPORT_TOKEN.
	more := filepath.Join(dir, "more")
	os.MkdirAll(more, 0o755)
	os.WriteFile(filepath.Join(more, "plan-2025.txt"), []byte(strings.ReplaceAll(plan2024, "2024", "2025")), 0o644)
	t.Setenv("GOVREPORT_TOKEN", "")
	out, err = runCmd(t, "ingest", "--data", data, more)
	if err == nil || !strings.Contains(out+err.Error(), "GOVREPORT_TOKEN") {
		t.Errorf("ingest beside serve without the token: %v\n%s; want an error asking for GOVREPORT_TOKEN", err, out)
	}
	t.Setenv("GOVREPORT_TOKEN", "sekret")
	out, err = runCmd(t, "ingest", "--data", data, more)
	if err != nil || !strings.Contains(out, "ok   "+filepath.Join(more, "plan-2025.txt")) || !strings.Contains(out, "index now holds 3 documents") {
		t.Errorf("ingest beside serve with the token: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "search", "--data", data, `"2025年工作要点"`); err != nil || !strings.Contains(out, "1 sections for") {
		t.Errorf("the file ingested through the server is not found: %v\n%s", err, out)
	}
	out, err = runCmd(t, "ingest", "--data", data, "--year", "2025", more)
	if !errors.Is(err, index.ErrInUse) {
		t.Errorf("ingest --year beside serve: %v\n%s; want an error naming the server", err, out)
	}
	// The commands that need the folder to themselves say where the server
	// is, as the README promises, not only that some process holds it.
	for _, args := range [][]string{{"reindex"}, {"check"}, {"check", "--repair"}} {
		out, err = runCmd(t, append(args, "--data", data)...)
		if !errors.Is(err, index.ErrInUse) || !strings.Contains(err.Error(), base) || !strings.Contains(err.Error(), "stop the server") {
			t.Errorf("%s beside serve: %v\n%s; want an error naming the server at %s and saying to stop it", strings.Join(args, " "), err, out, base)
		}
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v\n%s", err, serveOut.String())
	}
	done <- nil // for the deferred receive
	if _, err := os.Stat(record); !os.IsNotExist(err) {
		t.Errorf("serve left %s behind: %v", serveFile, err)
	}
}

// syncWriter serialises writes from the server's goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
