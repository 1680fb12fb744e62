package index

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	bolt "go.etcd.io/bbolt"
)

// checkStoredTerms checks that every terms record in ix is the finder's
// terms of the text the store holds for its report, and returns how many
// reports have one.
func checkStoredTerms(t *testing.T, ix *Index, f TermFinder) int {
	t.Helper()
	n := 0
	err := ix.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTerms).ForEach(func(k, v []byte) error {
			d, err := getDoc(tx, string(k))
			if err != nil {
				t.Errorf("terms stored for %s, whose text does not read: %v", k, err)
				return nil
			}
			if want := encodeTerms(f.Version, f.Find(termsDoc(d))); !bytes.Equal(v, want) {
				t.Errorf("the terms stored for %s are not those of its text", k)
			}
			n++
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCloseDuringTermsWorker checks that Close stops the worker after the
// report at hand, leaves the others without terms (and the store
// consistent), and that WaitTerms then says the index closed.
func TestCloseDuringTermsWorker(t *testing.T) {
	ix, dir := openTemp(t)
	started, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	f := headingFinder("v1")
	ix.SetTermFinder(TermFinder{Version: "v1", Find: func(d *corpus.Document) []ReportTerm {
		once.Do(func() { close(started) })
		<-release
		return f.Find(d)
	}})
	var docs []*corpus.Document
	for i := range 20 {
		docs = append(docs, doc("c"+strconv.Itoa(i), "明湖市", 2024, "一、第"+strconv.Itoa(i)+"项", "正文。"))
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	<-started
	if n := ix.TermsPending(); n != len(docs) {
		t.Errorf("TermsPending = %d while the worker holds the first report, want %d", n, len(docs))
	}
	closed := make(chan error, 1)
	go func() { closed <- ix.Close() }()
	select {
	case <-ix.stop: // Close has told the worker
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not stop the background work in 10 s")
	}
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) while the finder was still at work", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return 10 s after the finder did")
	}
	if err := ix.WaitTerms(t.Context()); err == nil {
		t.Error("WaitTerms after Close with reports left: no error")
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n := checkStoredTerms(t, ix, f); n != 1 {
		t.Errorf("%d reports with terms after Close stopped the worker; want the one at hand", n)
	}
	if n, _ := ix.Stats(); n != len(docs) {
		t.Errorf("%d documents after Close, want %d", n, len(docs))
	}
}

// TestKilledTermsWorker kills a process (SIGKILL) whose writes replace
// and delete reports while the worker stores their terms, then checks
// that every terms record left is that of its report's text as stored:
// none of a text replaced or deleted. The reports without terms are found
// on demand (package embedded) or by FindTerms.
func TestKilledTermsWorker(t *testing.T) {
	if dir := os.Getenv("GOVREPORT_KILL_TERMS_CHILD"); dir != "" {
		killTermsChild(t, dir)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	total := 0
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledTermsWorker$")
		cmd.Env = append(os.Environ(), "GOVREPORT_KILL_TERMS_CHILD="+dir)
		var out bytes.Buffer
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
			case err := <-exited:
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
		time.Sleep(time.Duration(300+200*round) * time.Millisecond)
		cmd.Process.Kill()
		<-exited
		os.Remove(ready)

		ix, err := Open(dir)
		if err != nil {
			t.Fatalf("round %d: Open after kill: %v", round, err)
		}
		checkConsistent(t, ix)
		n := checkStoredTerms(t, ix, slowHeadings())
		docs, _ := ix.Stats()
		t.Logf("round %d: killed, reopened with %d documents, %d with terms", round, docs, n)
		total += n
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if total == 0 {
		t.Error("no terms stored in three rounds: the kills test nothing")
	}
}

// slowHeadings is headingFinder taking a millisecond a report, so that
// writes replace reports the worker has read.
func slowHeadings() TermFinder {
	f := headingFinder("slow")
	return TermFinder{Version: "slow", Find: func(d *corpus.Document) []ReportTerm {
		time.Sleep(time.Millisecond)
		return f.Find(d)
	}}
}

// killTermsChild writes forever: reports added, replaced and deleted, the
// worker storing their terms behind.
func killTermsChild(t *testing.T, dir string) {
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	ix.SetTermFinder(slowHeadings())
	os.WriteFile(filepath.Join(dir, "ready"), nil, 0o644)
	for i := 0; ; i++ {
		docs := make([]*corpus.Document, 0, 5)
		for j := range 5 {
			id := fmt.Sprintf("w%02d", (i*5+j)%30)
			docs = append(docs, doc(id, "江城市", 2020+i%5,
				fmt.Sprintf("一、第%d轮", i), fmt.Sprintf("落实双减政策，课后服务覆盖率达到%d%%。", j),
				"二、教育现代化", "推进教育现代化。"))
		}
		ix.Add(docs...)
		if i%3 == 0 {
			ix.Delete(fmt.Sprintf("w%02d", i%30))
		}
		if i%7 == 0 {
			// let the worker catch up now and then, so that records land
			for ix.TermsPending() > 0 {
				time.Sleep(time.Millisecond)
			}
		}
	}
}

// TestTermsOfReplacedReport checks that terms the worker found for a text
// replaced (or deleted) while it worked are not stored: the report keeps
// the terms of its new text, or none; with the texts held in the queue, and
// read back from the store.
func TestTermsOfReplacedReport(t *testing.T) {
	t.Run("held", testTermsOfReplacedReport)
	held := termsHeld
	defer func() { termsHeld = held }()
	termsHeld = 0
	t.Run("read back", testTermsOfReplacedReport)
}

func testTermsOfReplacedReport(t *testing.T) {
	ix, _ := openTemp(t)
	f := headingFinder("v1")
	ix.SetTermFinder(TermFinder{Version: "v1", Find: func(d *corpus.Document) []ReportTerm {
		switch d.Sections[0].Heading {
		case "一、旧文":
			// written again while the worker is at its old text
			if err := ix.Add(doc("r", "明湖市", 2024, "一、新文", "正文。")); err != nil {
				t.Error(err)
			}
		case "一、将删":
			if err := ix.Delete("g"); err != nil {
				t.Error(err)
			}
		}
		return f.Find(d)
	}})
	if err := ix.Add(doc("r", "明湖市", 2024, "一、旧文", "正文。"), doc("g", "明湖市", 2024, "一、将删", "正文。")); err != nil {
		t.Fatal(err)
	}
	waitTerms(t, ix)
	if got, ok := storedTermsOf(t, ix, "r"); !ok || !slices.Equal(got, []string{"一、新文"}) {
		t.Errorf("terms of r, written again while the worker found them = %q, %v; want the new text's", got, ok)
	}
	if got, ok := storedTermsOf(t, ix, "g"); ok {
		t.Errorf("terms of g, deleted while the worker found them = %q; want none", got)
	}
	if n := checkStoredTerms(t, ix, f); n != 1 {
		t.Errorf("%d terms records, want 1", n)
	}
}
