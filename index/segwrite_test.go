package index

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/govreport/govreport/corpus"
)

// TestCRC32Combine checks the checksum of a file written as it is made
// (the header's and the rest's, combined) against the whole's.
func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 7, 232, 4096, 70001} {
		a, b := make([]byte, 232), make([]byte, n)
		rng.Read(a)
		rng.Read(b)
		whole := crc32.Checksum(append(append([]byte(nil), a...), b...), crcTable)
		if got := crc32Combine(crc32.Checksum(a, crcTable), crc32.Checksum(b, crcTable), int64(n)); got != whole {
			t.Errorf("combined CRC of 232 + %d bytes = %08x, the whole's %08x", n, got, whole)
		}
	}
}

// TestStreamedMerge merges segments of several chunks of lists into a
// file as the merge is made (streamSegment) and checks that the file
// holds exactly the bytes of the same merge made in memory: a checksum
// that verifies, the header written last, the chunks in order.
func TestStreamedMerge(t *testing.T) {
	ix, _ := openTemp(t)
	var vs []segView
	for s := 0; s < 3; s++ {
		b := newSegBuilder()
		for d := 0; d < 40; d++ {
			id := fmt.Sprintf("s%d-%02d", s, d)
			b.addDoc(id, uint64(s+1))
			for k := 0; k < 3; k++ {
				text := randomDoc(id, 100*s+10*d+k).Sections[0].Text
				text = strings.Repeat(text, 1+k*4)
				b.addSection(corpus.SectionID(id, k), text, int32(len([]rune(text))), nil)
			}
		}
		sg := b.build()
		sv := segView{seg: sg, infos: make([]*DocInfo, sg.numDocs())}
		if s == 1 { // a document dropped: entries are read one by one
			first, n := sg.docRange(3)
			sv.del = sv.del.withRange(first, first+n, sg.numSlots())
			sv.ndel = int(n)
		}
		vs = append(vs, sv)
	}
	mem := mergeViews(vs)
	_, src := mergeSource(vs)
	chunks := 0
	defer func() { streamHook = nil }()
	streamHook = func() { chunks++ }
	sg, err := ix.streamSegment(src, vs)
	if err != nil {
		t.Fatal(err)
	}
	if chunks < 3 {
		t.Errorf("the merge was written in %d chunks: want several, to test their joins", chunks)
	}
	if !bytes.Equal(sg.data, mem.seg.data) {
		t.Fatalf("the merged file (%d bytes) differs from the merge made in memory (%d bytes)", len(sg.data), len(mem.seg.data))
	}
	if err := verifySegment(sg.data); err != nil {
		t.Errorf("verifySegment of the merged file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(ix.exactDir(), sg.file+".tmp")); err == nil {
		t.Errorf("the temporary file is left")
	}
}

// TestKilledStreamedMerge kills a process (SIGKILL) while a merge is
// being written to its file, then opens the folder and checks that every
// document whose Add returned is there and found by its wording, that the
// half-written file is gone, and that store, segments and bleve agree.
func TestKilledStreamedMerge(t *testing.T) {
	if dir := os.Getenv("GOVREPORT_KILL_MERGE_CHILD"); dir != "" {
		killMergeChild(t, dir)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	startAndKill(t, "TestKilledStreamedMerge", "GOVREPORT_KILL_MERGE_CHILD", dir, 0, 0)
	tmps, _ := filepath.Glob(filepath.Join(dir, "exact", "*.tmp"))
	if len(tmps) == 0 {
		t.Fatalf("the child was not killed during a merge's write: no temporary file")
	}
	acked, _ := os.ReadFile(filepath.Join(dir, "acked"))
	ids := strings.Fields(string(acked))
	if len(ids) < 20 {
		t.Fatalf("%d documents acknowledged, want 20 or more", len(ids))
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after a kill during a merge: %v", err)
	}
	if p := ix.SegmentProblems(); len(p) != 0 {
		t.Errorf("segment problems after the kill: %v", p)
	}
	for _, id := range ids {
		if got := containing(t, ix, "第"+id+"号"); len(got) != 3 {
			t.Errorf("acknowledged document %s: its wording is found in %d sections, want 3", id, len(got))
		}
	}
	checkConsistent(t, ix)
	ix.compact()
	checkConsistent(t, ix)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	// (Not looked for before: the merges of the open write files too.)
	tmps, _ = filepath.Glob(filepath.Join(dir, "exact", "*.tmp"))
	if len(tmps) != 0 {
		t.Errorf("the half-written file is kept: %v", tmps)
	}
}

// killMergeChild adds documents one call each, recording those added,
// until a merge writes its file; there it stops, in the middle of the
// file, for the parent to kill it.
func killMergeChild(t *testing.T, dir string) {
	flushMin = 1
	// Once armed, every merge stops in its file's second chunk (set
	// before Open: the merges read it from their own goroutine).
	var armed atomic.Bool
	var chunks atomic.Int32
	streamHook = func() {
		if armed.Load() && chunks.Add(1) == 2 {
			os.WriteFile(filepath.Join(dir, "ready"), nil, 0o644)
			time.Sleep(time.Hour)
		}
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	acked, err := os.Create(filepath.Join(dir, "acked"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 60; i++ {
		id := fmt.Sprintf("m%02d", i)
		var ht []string
		for k := 0; k < 3; k++ {
			ht = append(ht, fmt.Sprintf("%d、双减", k+1), strings.Repeat(fmt.Sprintf("第%s号落实双减政策，课后服务覆盖率达到%d%%。", id, k), 30+i))
		}
		if err := ix.Add(doc(id, "江城市", 2020, ht...)); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(acked, id)
		acked.Sync()
	}
	armed.Store(true)
	ix.compact()
	t.Fatal("the merge finished")
}
