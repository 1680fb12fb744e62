package index

import (
	"bytes"
	"context"
	"fmt"
	"os"
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
		startAndKill(t, "TestKilledTermsWorker", "GOVREPORT_KILL_TERMS_CHILD", dir, round, time.Duration(300+200*round)*time.Millisecond)

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
	termsFinders = func() int { return 3 }
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
		switch i % 14 {
		case 0:
			// let the worker catch up now and then, so that records land
			for ix.TermsPending() > 0 {
				time.Sleep(time.Millisecond)
			}
		case 7:
			// and with its helpers, as at the end of an ingest
			ix.WaitTerms(context.Background())
		}
	}
}

// TestTermsOfReplacedReport checks that terms the worker found for a text
// replaced (or deleted) while it worked are not stored: the report keeps
// the terms of its new text, or none; with the texts held in the queue, and
// read back from the store.
func TestTermsOfReplacedReport(t *testing.T) {
	t.Run("held", func(t *testing.T) { testTermsOfReplacedReport(t, 0) })
	// Behind twenty others, so that helpers of the worker find them while
	// WaitTerms waits.
	finders := termsFinders
	defer func() { termsFinders = finders }()
	termsFinders = func() int { return 3 }
	t.Run("held, three finders", func(t *testing.T) { testTermsOfReplacedReport(t, 20) })
	held := termsHeld
	defer func() { termsHeld = held }()
	termsHeld = 0
	t.Run("read back, three finders", func(t *testing.T) { testTermsOfReplacedReport(t, 20) })
	termsFinders = func() int { return 1 }
	t.Run("read back", func(t *testing.T) { testTermsOfReplacedReport(t, 0) })
}

func testTermsOfReplacedReport(t *testing.T, before int) {
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
	var docs []*corpus.Document
	for i := range before {
		docs = append(docs, doc("a"+strconv.Itoa(i), "明湖市", 2024, "一、第"+strconv.Itoa(i)+"项", "正文。"))
	}
	docs = append(docs, doc("r", "明湖市", 2024, "一、旧文", "正文。"), doc("g", "明湖市", 2024, "一、将删", "正文。"))
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	waitTerms(t, ix)
	if got, ok := storedTermsOf(t, ix, "r"); !ok || !slices.Equal(got, []string{"一、新文"}) {
		t.Errorf("terms of r, written again while the worker found them = %q, %v; want the new text's", got, ok)
	}
	if got, ok := storedTermsOf(t, ix, "g"); ok {
		t.Errorf("terms of g, deleted while the worker found them = %q; want none", got)
	}
	if n := checkStoredTerms(t, ix, f); n != 1+before {
		t.Errorf("%d terms records, want %d", n, 1+before)
	}
}

// gateFinder is headingFinder whose first n calls wait until all n have
// started (or 10 s passed: then gate reports it), then until release is
// closed; it counts the most calls at once.
type gateFinder struct {
	n       int
	mu      sync.Mutex
	calls   int
	active  int
	most    int
	all     chan struct{} // closed when the first n calls have started
	release chan struct{}
	timeout bool
}

func newGateFinder(n int) *gateFinder {
	return &gateFinder{n: n, all: make(chan struct{}), release: make(chan struct{})}
}

func (g *gateFinder) finder() TermFinder {
	f := headingFinder("v1")
	return TermFinder{Version: "v1", Find: func(d *corpus.Document) []ReportTerm {
		g.mu.Lock()
		g.calls++
		gated := g.calls <= g.n
		if g.calls == g.n {
			close(g.all)
		}
		g.active++
		g.most = max(g.most, g.active)
		g.mu.Unlock()
		if gated {
			select {
			case <-g.all:
			case <-time.After(10 * time.Second):
				g.mu.Lock()
				g.timeout = true
				g.mu.Unlock()
			}
			<-g.release
		}
		time.Sleep(time.Millisecond)
		g.mu.Lock()
		g.active--
		g.mu.Unlock()
		return f.Find(d)
	}}
}

// TestTermsFindersWhileWaiting checks that while WaitTerms waits the
// worker's helpers find the reports' terms on every core (termsFinders of
// them at once), storing the same records as one finder would.
func TestTermsFindersWhileWaiting(t *testing.T) {
	finders := termsFinders
	defer func() { termsFinders = finders }()
	termsFinders = func() int { return 3 }
	ix, _ := openTemp(t)
	g := newGateFinder(3)
	ix.SetTermFinder(g.finder())
	var docs []*corpus.Document
	for i := range 40 {
		docs = append(docs, doc("p"+strconv.Itoa(i), "明湖市", 2024, "一、第"+strconv.Itoa(i)+"项", "正文。"))
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	close(g.release)
	waitTerms(t, ix)
	if g.timeout {
		t.Error("three finders never ran at once while WaitTerms waited")
	}
	if g.most > 3 {
		t.Errorf("%d finders at once, more than termsFinders (3)", g.most)
	}
	if n := checkStoredTerms(t, ix, headingFinder("v1")); n != len(docs) {
		t.Errorf("%d reports with terms, want %d", n, len(docs))
	}
	ix.terms.mu.Lock()
	defer ix.terms.mu.Unlock()
	if ix.terms.helpers != 0 {
		t.Errorf("%d helpers still counted with the queue empty", ix.terms.helpers)
	}
}

// TestTermsFinderWhileWriting checks that while a write is pending the
// worker finds the terms alone, leaving the other cores to the write.
func TestTermsFinderWhileWriting(t *testing.T) {
	finders := termsFinders
	defer func() { termsFinders = finders }()
	termsFinders = func() int { return 3 }
	ix, _ := openTemp(t)
	g := newGateFinder(0)
	close(g.release)
	ix.SetTermFinder(g.finder())
	var docs []*corpus.Document
	for i := range 40 {
		docs = append(docs, doc("q"+strconv.Itoa(i), "明湖市", 2024, "一、第"+strconv.Itoa(i)+"项", "正文。"))
	}
	done := ix.terms.writing() // a write pending all along
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	for ix.TermsPending() > 0 {
		time.Sleep(time.Millisecond)
	}
	done()
	if g.most != 1 {
		t.Errorf("%d finders at once while a write was pending, want 1", g.most)
	}
	if n := checkStoredTerms(t, ix, headingFinder("v1")); n != len(docs) {
		t.Errorf("%d reports with terms, want %d", n, len(docs))
	}
}

// TestCloseDuringTermsFinders checks that Close stops the worker and its
// helpers after the reports at hand, one each, while WaitTerms waits.
func TestCloseDuringTermsFinders(t *testing.T) {
	finders := termsFinders
	defer func() { termsFinders = finders }()
	termsFinders = func() int { return 3 }
	ix, dir := openTemp(t)
	g := newGateFinder(3)
	ix.SetTermFinder(g.finder())
	var docs []*corpus.Document
	for i := range 40 {
		docs = append(docs, doc("c"+strconv.Itoa(i), "明湖市", 2024, "一、第"+strconv.Itoa(i)+"项", "正文。"))
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- ix.WaitTerms(t.Context()) }()
	select {
	case <-g.all:
	case <-time.After(10 * time.Second):
		t.Fatal("three finders never ran at once while WaitTerms waited")
	}
	closed := make(chan error, 1)
	go func() { closed <- ix.Close() }()
	select {
	case <-ix.stop:
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not stop the background work in 10 s")
	}
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) while the finders were still at work", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(g.release)
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return 10 s after the finders did")
	}
	if err := <-waited; err == nil {
		t.Error("WaitTerms during Close with reports left: no error")
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n := checkStoredTerms(t, ix, headingFinder("v1")); n != 3 {
		t.Errorf("%d reports with terms after Close stopped the finders; want the three at hand", n)
	}
	if n, _ := ix.Stats(); n != len(docs) {
		t.Errorf("%d documents after Close, want %d", n, len(docs))
	}
}

// TestTermsFoundWhileStoring checks that a finder does not wait for the
// store's commit of what it found: while the committer is held, the worker
// goes on with the next reports; what it hands over meanwhile is stored
// in fewer transactions than batches, and WaitTerms returns only once
// every record is stored.
func TestTermsFoundWhileStoring(t *testing.T) {
	ix, _ := openTemp(t)
	defer ix.Close()
	f := headingFinder("v1")
	var mu sync.Mutex
	found := 0
	held, release := make(chan struct{}), make(chan struct{})
	ix.SetTermFinder(TermFinder{Version: "v1", Find: func(d *corpus.Document) []ReportTerm {
		mu.Lock()
		found++
		k := found
		mu.Unlock()
		if k == termsBatch+1 {
			<-held // the first batch handed over and its commit held
		}
		return f.Find(d)
	}})
	var once sync.Once
	commits := 0
	commitHook = func() {
		commits++ // the committer is one goroutine
		once.Do(func() {
			close(held)
			<-release
		})
	}
	defer func() { commitHook = nil }()
	released := false
	defer func() { // before Close, which waits for the committer
		if !released {
			close(release)
		}
	}()
	n := 4*termsBatch + 3 // the first batch held, the other four waiting
	if c := cap(ix.terms.commits); c != 4 {
		t.Fatalf("the committer's queue holds %d, the test expects 4", c)
	}
	var docs []*corpus.Document
	for i := range n {
		docs = append(docs, doc("s"+strconv.Itoa(i), "明湖市", 2024, "一、第"+strconv.Itoa(i)+"项", "正文。"))
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	<-held
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		k := found
		mu.Unlock()
		if k == n && len(ix.terms.commits) == cap(ix.terms.commits) {
			break // every report found, the other batches handed over
		}
		if time.Now().After(deadline) {
			t.Fatalf("the finder found %d reports of %d in 10 s while the first commit was held, and handed over %d batches", k, n, len(ix.terms.commits))
		}
		time.Sleep(5 * time.Millisecond)
	}
	waited := make(chan error, 1)
	go func() { waited <- ix.WaitTerms(context.Background()) }()
	select {
	case err := <-waited:
		t.Fatalf("WaitTerms returned (%v) before the terms were stored", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	released = true
	if err := <-waited; err != nil {
		t.Fatal(err)
	}
	if got := checkStoredTerms(t, ix, f); got != n {
		t.Errorf("%d reports have terms stored, want %d", got, n)
	}
	if batches := (n + termsBatch - 1) / termsBatch; commits >= batches {
		t.Errorf("%d commits for %d batches found while one was held, want fewer", commits, batches)
	}
}
