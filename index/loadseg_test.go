package index

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestLoadSavesBoundedSegments: a folder whose segment files are lost is
// read again from the store at open into segments of at most the load's
// cap, each saved to a file as it is made (none kept whole in memory); all
// sections are found by their wording. Cut short after some of them (a
// manifest listing the first two, a file of a third left unlisted), the
// folder opens again with nothing lost.
func TestLoadSavesBoundedSegments(t *testing.T) {
	defer func(n int, l, m int64) { flushMin, loadSegSize, maxMergeSize = n, l, m }(flushMin, loadSegSize, maxMergeSize)
	flushMin = 8
	ix, dir := openTemp(t)
	rng := rand.New(rand.NewSource(71))
	docs := map[string]*corpus.Document{}
	for i := 0; i < 120; i++ {
		d := randomDoc(fmt.Sprintf("L%03d", i), i)
		docs[d.ID] = d
	}
	for _, d := range docs {
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	exact := filepath.Join(dir, "exact")
	if err := os.RemoveAll(exact); err != nil {
		t.Fatal(err)
	}
	// the merges may not join two loaded segments either
	loadSegSize, maxMergeSize = 2500, 3000
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.waitReady(); err != nil {
		t.Fatal(err)
	}
	s := ix.snap.Load()
	names, err := readManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.segs) < 4 || len(names) < 4 {
		t.Fatalf("loaded into %d segments, %d in the manifest: want several", len(s.segs), len(names))
	}
	for i, sv := range s.segs {
		if sv.seg.file == "" && sv.seg.numSlots() >= flushMin {
			t.Errorf("segment %d of %d sections is held in memory, not saved", i, sv.seg.numSlots())
		}
		// a document's sections are not split: a segment passes the cap
		// by its last document at most
		if sv.size() > loadSegSize+1000 {
			t.Errorf("segment %d has size %d, past the cap %d", i, sv.size(), loadSegSize)
		}
	}
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(exact, n)); err != nil {
			t.Errorf("manifest lists %s: %v", n, err)
		}
	}
	checkExact(t, ix, docs, rng, 200, "loaded in bounded segments")
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	// An open cut short: the first two files listed, a third left over.
	ix = &Index{dir: dir}
	if err := ix.writeManifest(&snapshot{segs: []segView{{seg: &segment{file: names[0]}}, {seg: &segment{file: names[1]}}}}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(exact, "seg-99999999.grs"), []byte("half a segment"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	checkExact(t, ix, docs, rng, 200, "reopened after an open cut short")
}
