package index

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// TestKilledIngest kills a process in the middle of a stream of Add and
// Delete calls (SIGKILL, no chance to clean up), then opens the index and
// checks that it answers and that store, memory and bleve agree.
func TestKilledIngest(t *testing.T) {
	if dir := os.Getenv("GOVREPORT_KILL_CHILD"); dir != "" {
		killChild(t, dir)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	for round := 0; round < 3; round++ {
		startAndKill(t, "TestKilledIngest", "GOVREPORT_KILL_CHILD", dir, round, time.Duration(150+200*round)*time.Millisecond)

		ix, err := Open(dir)
		if err != nil {
			t.Fatalf("round %d: Open after kill: %v", round, err)
		}
		checkConsistent(t, ix)
		n, secs := ix.Stats()
		t.Logf("round %d: killed, reopened with %d documents, %d sections", round, n, secs)
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// startAndKill runs the test named test again in a child process, with
// the environment variable env set to dir (the child writes there and
// makes the file "ready" once it writes), and kills it (SIGKILL) after
// it has written for wait. It fails t when the child exits or does not
// start writing within a minute.
func startAndKill(t *testing.T, test, env, dir string, round int, wait time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$")
	cmd.Env = append(os.Environ(), env+"="+dir)
	var out bytes.Buffer // the child's own failure, if it has one
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	ready := filepath.Join(dir, "ready")
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(ready); err == nil {
			break
		}
		select {
		case err := <-exited: // it stops only when killed: Open failed, say
			t.Fatalf("round %d: the child exited before writing (%v):\n%s", round, err, out.String())
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			<-exited
			t.Fatalf("round %d: child never started writing in 60 s:\n%s", round, out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(wait)
	cmd.Process.Kill()
	<-exited
	os.Remove(ready)
}

// killChild writes forever: documents added, replaced and deleted. Every
// merge saves its segment to a file, so that kills land during merges and
// manifest swaps too.
func killChild(t *testing.T, dir string) {
	flushMin = 0
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "ready"), nil, 0o644)
	for i := 0; ; i++ {
		docs := make([]*corpus.Document, 0, 5)
		for j := 0; j < 5; j++ {
			id := fmt.Sprintf("k%02d", (i*5+j)%40)
			docs = append(docs, doc(id, "江城市", 2020+i%5,
				"一、双减", fmt.Sprintf("第%d轮落实双减政策，课后服务覆盖率达到%d%%。", i, j),
				"二、教育现代化", strings.Repeat("推进教育现代化。", 1+j)))
		}
		ix.Add(docs...)
		if i%3 == 0 {
			ix.Delete(fmt.Sprintf("k%02d", i%40))
		}
	}
}

// checkConsistent checks that every document's sections are in memory and
// the store, that exact wording finds exactly them, and that bleve ranks
// the same sections.
func checkConsistent(t *testing.T, ix *Index) {
	t.Helper()
	docs := ix.Documents()
	want := map[string]bool{}
	for _, d := range docs {
		full, err := ix.Document(d.ID)
		if err != nil {
			t.Fatalf("Document(%s) listed but not readable: %v", d.ID, err)
		}
		if len(full.Sections) != d.Sections {
			t.Errorf("Document(%s) has %d sections, its info says %d", d.ID, len(full.Sections), d.Sections)
		}
		for _, s := range full.Sections {
			if strings.Contains(s.Text, "双减") {
				want[s.ID] = true
			}
		}
	}
	got := map[string]bool{}
	for _, id := range containing(t, ix, "双减") {
		got[id] = true
		if !want[id] {
			t.Errorf("after kill: Containing(双减) finds %s, which the store does not have with 双减", id)
		}
	}
	if len(got) != len(want) {
		t.Errorf("after kill: Containing(双减) = %d sections, the store has %d", len(got), len(want))
	}
	// Each document's own wording (its round), as the store has it.
	for _, d := range docs {
		full, _ := ix.Document(d.ID)
		for _, s := range full.Sections {
			r := []rune(s.Text)
			w := string(r[:min(len(r), 8)])
			if !slices.Contains(containing(t, ix, w), s.ID) {
				t.Errorf("after kill: Containing(%q) misses %s, whose text begins so in the store", w, s.ID)
			}
		}
	}
	err := ix.View(func(v *View) error {
		r, total, err := v.Rank(t.Context(), analysis.RankTerms("双减"), nil, 1000)
		if err != nil {
			return err
		}
		if total != len(want) || len(r) != len(want) {
			t.Errorf("after kill: bleve ranks %d sections (%d mapped) for 双减, the store has %d", total, len(r), len(want))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
