package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestMemoryLimitFlag(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "") // the flag wins anyway; keep the default path testable
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	limit, from, err := setMemoryLimit("700MiB")
	if err != nil || limit != 700<<20 || from != "--memory-limit" {
		t.Errorf("setMemoryLimit(700MiB) = %d, %q, %v", limit, from, err)
	}
	if _, _, err := setMemoryLimit("much"); !errors.Is(err, errUsage) {
		t.Errorf("setMemoryLimit(much): %v, want a usage error", err)
	}
	limit, from, err = setMemoryLimit("")
	if err != nil || limit < minMemoryLimit {
		t.Errorf("setMemoryLimit(\"\") = %d, %q, %v; want a default of at least %d", limit, from, err, minMemoryLimit)
	}
	if mem := physicalMemory(); mem > 2*minMemoryLimit && cgroupMemory() == 0 && limit != mem/2 {
		t.Errorf("default limit %d on a machine of %d bytes, want half", limit, mem)
	}
	setMemoryLimit("off")
}

// TestServeSmallBudget serves the sample corpus within a budget of
// 300MiB: the serving line gives the budget and how it is split, Go's
// soft limit while it serves is the budget less the index's reserve for
// mapped pages (64MiB, its least), and a search is answered.
func TestServeSmallBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	data := filepath.Join(t.TempDir(), "data")
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	w := &syncWriter{w: &out}
	printed := func() string {
		w.mu.Lock()
		defer w.mu.Unlock()
		return out.String()
	}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, &env{stdout: w, stderr: w}, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--quiet", "--memory-limit", "300MiB"})
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v\n%s", err, printed())
		}
	}()
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(data, serveFile)); err == nil {
			break
		}
		if time.Since(start) > 60*time.Second {
			t.Fatalf("serve wrote no %s in 60 s:\n%s", serveFile, printed())
		}
	}
	if want := "memory limit 300MiB, --memory-limit: Go's heap 236MiB, the index's mapped pages 64MiB"; !strings.Contains(printed(), want) {
		t.Errorf("serving line without %q:\n%s", want, printed())
	}
	if got := debug.SetMemoryLimit(-1); got != 236<<20 {
		t.Errorf("Go's soft limit while serving within 300MiB: %d, want 236MiB", got)
	}
	if got, err := runCmd(t, "search", "--data", data, `"课后服务"`); err != nil || !strings.Contains(got, "明湖市教育局") {
		t.Errorf("search beside serve within 300MiB: %v\n%s", err, got)
	}
}
