package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/index"
)

// TestKilledIngestKeepsOK kills "govreport ingest" (SIGKILL) after it has
// printed some "ok" lines, at a different point each round, and checks
// that every document it printed "ok" for is in the index: a line printed
// is a document that survives a crash.
func TestKilledIngestKeepsOK(t *testing.T) {
	if spec := os.Getenv("GOVREPORT_INGEST_CHILD"); spec != "" {
		data, files, _ := strings.Cut(spec, "\n")
		run(context.Background(), &env{stdout: os.Stdout, stderr: os.Stderr}, []string{"ingest", "--data", data, files})
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	os.MkdirAll(files, 0o755)
	for i := 0; i < 300; i++ {
		text := fmt.Sprintf("云岭市第%d中学2024年工作计划\n一、总体要求\n坚持立德树人，第%d次落实双减。\n二、重点任务\n新建教室%d间。\n", i, i, i+3)
		os.WriteFile(filepath.Join(files, fmt.Sprintf("plan-%03d.txt", i)), []byte(text), 0o644)
	}
	okLine := regexp.MustCompile(`^ok\s+\S+\s+([0-9a-f]{16})\s`)
	for round, after := range []int{1, 70, 130} {
		data := filepath.Join(dir, fmt.Sprintf("data-%d", round))
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledIngestKeepsOK$")
		cmd.Env = append(os.Environ(), "GOVREPORT_INGEST_CHILD="+data+"\n"+files)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var printed []string
		sc := bufio.NewScanner(out)
		timer := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
		for sc.Scan() {
			if m := okLine.FindStringSubmatch(sc.Text()); m != nil {
				printed = append(printed, m[1])
				if len(printed) == after {
					cmd.Process.Kill()
					break
				}
			}
		}
		timer.Stop()
		cmd.Process.Kill()
		cmd.Wait()
		if len(printed) < after {
			t.Fatalf("round %d: the child printed %d ok lines before it ended, want at least %d", round, len(printed), after)
		}
		ix, err := index.Open(data)
		if err != nil {
			t.Fatalf("round %d: open after kill: %v", round, err)
		}
		for _, id := range printed {
			if _, err := ix.Document(id); err != nil {
				t.Errorf("round %d: killed after %d ok lines; document %s printed ok is missing: %v", round, after, id, err)
			}
		}
		n, _ := ix.Stats()
		t.Logf("round %d: killed after %d ok lines; the index holds %d documents", round, after, n)
		ix.Close()
	}
}
