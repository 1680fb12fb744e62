package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/internal/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.StopShared()
	os.Exit(code)
}

// TestStorePostgres runs ingest, reindex and serve on PostgreSQL (--store)
// with a streaming replica (--replica): the server finds what ingest wrote
// and /healthz reports the replica.
func TestStorePostgres(t *testing.T) {
	c := pgtest.Shared(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	name, err := c.NewDatabase(ctx, "cmd")
	if err != nil {
		t.Fatal(err)
	}
	store, replica := c.Primary.URL(name), c.Replica.URL(name)
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	os.MkdirAll(files, 0o755)
	os.WriteFile(filepath.Join(files, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(files, "plan-2024.txt"), []byte(plan2024), 0o644)
	data := filepath.Join(dir, "data")
	if out, err := runCmd(t, "ingest", "--data", data, "--store", store, files); err != nil || !strings.Contains(out, "index now holds 2 documents") {
		t.Fatalf("ingest --store: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "reindex", "--data", data, "--store", store); err != nil || !strings.Contains(out, "reindexed 2/2") {
		t.Fatalf("reindex --store: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(data, "store.db")); err == nil {
		t.Error("ingest --store wrote an embedded index into the data folder")
	}

	sctx, stop := context.WithCancel(ctx)
	var serveOut bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(sctx, &env{stdout: &syncWriter{w: &serveOut}, stderr: &syncWriter{w: &serveOut}},
			[]string{"serve", "--data", data, "--store", store, "--replica", replica, "--addr", "127.0.0.1:0", "--quiet"})
	}()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("serve: %v\n%s", err, serveOut.String())
		}
	}()
	var base string
	for start := time.Now(); base == ""; time.Sleep(50 * time.Millisecond) {
		if base = runningServer(ctx, data); base == "" && time.Since(start) > time.Minute {
			t.Fatalf("serve --store did not start in a minute:\n%s", serveOut.String())
		}
	}
	get := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %s", path, resp.Status)
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	type healthz struct {
		Documents int
		Replicas  []struct {
			URL    string
			Usable bool
			Error  string
		}
	}
	var health healthz
	// The replica replays the primary's CREATE DATABASE and writes in its
	// own time: until then it has no database to connect to, and says so.
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		health = healthz{} // json keeps the fields an answer leaves out
		get("/healthz", &health)
		if len(health.Replicas) != 1 || health.Replicas[0].Error == "" || time.Since(start) > 30*time.Second {
			break
		}
	}
	if health.Documents != 2 || len(health.Replicas) != 1 || health.Replicas[0].Error != "" {
		t.Errorf("/healthz = %+v, want 2 documents and one replica without error", health)
	}
	var res struct{ Total int }
	get("/api/v1/search?q=%22%E8%AF%BE%E5%90%8E%E6%9C%8D%E5%8A%A1%22", &res) // "课后服务"
	if res.Total != 2 {
		t.Errorf(`search "课后服务" on serve --store: total %d, want 2`, res.Total)
	}
	// the new terms of 2024: those of the 2024 plan the 2023 one lacks
	var terms struct {
		Documents int `json:"documents"`
		Against   int `json:"against_documents"`
		Total     int `json:"total"`
		Terms     []struct {
			Term      string `json:"term"`
			Documents int    `json:"documents"`
			Before    int    `json:"before"`
		} `json:"terms"`
	}
	get("/api/v1/terms?year=2024", &terms)
	if terms.Documents != 1 || terms.Against != 1 || terms.Total == 0 || len(terms.Terms) == 0 {
		t.Errorf("terms of 2024 on serve --store: %d reports against %d, %d terms; want 1 against 1, some terms", terms.Documents, terms.Against, terms.Total)
	}
	for _, tm := range terms.Terms {
		if tm.Documents != 1 || tm.Before != 0 || !strings.Contains(plan2024, tm.Term) || strings.Contains(plan2023, tm.Term) {
			t.Errorf("terms of 2024 on serve --store: %+v is not a term of the 2024 plan alone", tm)
		}
	}
}
