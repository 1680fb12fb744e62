package index

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/govreport/govreport/corpus"
)

// docRows returns the document table of ix as rows: each document's
// metadata and the generation of its last write, in row order.
func docRows(ix *Index) []any {
	var rows []any
	for r, p := range ix.docs.infos {
		if p != nil {
			rows = append(rows, *p, ix.docs.gen(r))
		}
	}
	return rows
}

// storeRows returns the document table as loadInfo reads it from the
// store of ix (docRows).
func storeRows(t *testing.T, ix *Index) []any {
	t.Helper()
	c := &Index{dir: ix.dir, db: ix.db}
	if _, err := c.loadInfo(); err != nil {
		t.Fatal(err)
	}
	return docRows(c)
}

// openDocs opens dir and reports whether the document table came from its
// file; the index is closed when the test ends.
func openDocs(t *testing.T, dir string) (*Index, bool) {
	t.Helper()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, ix.docsFromFile
}

// TestDocFileOpens: Close saves the document table, and the next open
// reads it from the file: the same rows, generations and corrected
// metadata as a read of the store gives, and the same answers.
func TestDocFileOpens(t *testing.T) {
	dir := closedIndex(t)
	if _, err := os.Stat(filepath.Join(dir, "exact", docFileName)); err != nil {
		t.Fatalf("no document table file after Close: %v", err)
	}
	ix, fromFile := openDocs(t, dir)
	if !fromFile {
		t.Fatal("the open read the store, not the document table's file")
	}
	if got, want := docRows(ix), storeRows(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("document table from the file:\n%v\nfrom the store:\n%v", got, want)
	}
	if got := containing(t, ix, "示范区"); !reflect.DeepEqual(got, []string{"flipped-000"}) {
		t.Errorf("containing 示范区 = %v", got)
	}
	// a correction is the store's, applied over the file's table
	if _, err := ix.Correct("intact", corpus.Override{Title: "江城市教育局2023年工作总结（修订）"}, nil); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix, fromFile = openDocs(t, dir)
	if !fromFile {
		t.Fatal("a correction made the file out of date")
	}
	if got := ix.docs.info("intact").Title; got != "江城市教育局2023年工作总结（修订）" {
		t.Errorf("title after reopening = %q, want the correction", got)
	}
	if _, err := ix.Correct("intact", corpus.Override{}, []string{"title"}); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix, _ = openDocs(t, dir)
	if got := ix.docs.info("intact").Title; got != "江城市教育局工作总结" {
		t.Errorf("title after the correction was cleared = %q, want the document's own", got)
	}
}

// TestDocFileStale: a document table file of an earlier state of the store
// (as a kill -9 after a write leaves it) is not used: the documents written
// since are there, the deleted ones gone; and the file is then saved anew.
func TestDocFileStale(t *testing.T) {
	dir := closedIndex(t)
	path := filepath.Join(dir, "exact", docFileName)
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ix, _ := openDocs(t, dir)
	if err := ix.Add(doc("added", "白塔县", 2025, "一、课后服务", "白塔县课后服务覆盖率达到百分之百。")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete("intact"); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	ix, fromFile := openDocs(t, dir)
	if fromFile {
		t.Fatal("the open used a document table of an earlier generation")
	}
	if ix.docs.info("added") == nil || ix.docs.info("intact") != nil {
		t.Errorf("documents after the open: added %v, intact %v; want added only", ix.docs.info("added"), ix.docs.info("intact"))
	}
	if got := containing(t, ix, "课后服务覆盖率"); !reflect.DeepEqual(got, []string{"added-000"}) {
		t.Errorf("containing 课后服务覆盖率 = %v", got)
	}
	<-ix.Verified()
	ix.Close() // waits for the file's save after the record check
	if now, _ := os.ReadFile(path); bytes.Equal(now, old) {
		t.Fatal("the out-of-date document table was not saved anew")
	}
	ix, fromFile = openDocs(t, dir)
	if !fromFile {
		t.Fatal("the document table saved after the open is not used")
	}
	if got, want := docRows(ix), storeRows(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("document table from the file:\n%v\nfrom the store:\n%v", got, want)
	}
	ix.Close()

	// a folder written before the file existed opens from the store, and
	// has the file after its first open
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	ix, fromFile = openDocs(t, dir)
	if fromFile || ix.docs.info("added") == nil {
		t.Fatalf("open without the file: from a file %v, added %v", fromFile, ix.docs.info("added"))
	}
	<-ix.Verified()
	ix.Close()
	if _, fromFile = openDocs(t, dir); !fromFile {
		t.Error("the document table was not saved by the first open of a folder without it")
	}
}

// TestDocFileOtherState: a document table file whose generation is the
// store's but whose buckets are not (a repair's deletions, which move no
// generation) is not used.
func TestDocFileOtherState(t *testing.T) {
	dir := closedIndex(t)
	db, err := bolt.Open(filepath.Join(dir, "store.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketInfo).Delete([]byte("intact"))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	ix, fromFile := openDocs(t, dir)
	if fromFile {
		t.Fatal("the open used a document table of another state of the store")
	}
	if ix.docs.info("intact") != nil || ix.docs.info("flipped") == nil {
		t.Errorf("documents: intact %v, flipped %v; want flipped only", ix.docs.info("intact"), ix.docs.info("flipped"))
	}
}

// TestDocFileDamaged: a document table file cut short, grown, or with a
// byte flipped anywhere is not used, and the open reads the store.
func TestDocFileDamaged(t *testing.T) {
	dir := closedIndex(t)
	path := filepath.Join(dir, "exact", docFileName)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var bad [][]byte
	for _, n := range []int{0, 7, docFileHeaderSize - 1, docFileHeaderSize, docFileHeaderSize + 3, len(good) / 2, len(good) - 4, len(good) - 1} {
		bad = append(bad, good[:n])
	}
	bad = append(bad, append(append([]byte(nil), good...), 0))
	// every byte of the header, every ninth of the records, the checksum's
	for i := 0; i < len(good); i++ {
		if i >= docFileHeaderSize && i < len(good)-4 && i%9 != 0 {
			continue
		}
		b := append([]byte(nil), good...)
		b[i] ^= 0x10
		bad = append(bad, b)
	}
	for i, b := range bad {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		ix, err := Open(dir)
		if err != nil {
			t.Fatalf("Open with a damaged document table (case %d): %v", i, err)
		}
		if ix.docsFromFile {
			t.Errorf("case %d: a damaged document table (%d bytes of %d) was used", i, len(b), len(good))
		}
		if got, want := docRows(ix), storeRows(t, ix); !reflect.DeepEqual(got, want) {
			t.Errorf("case %d: document table %v, want %v", i, got, want)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, good) {
		t.Errorf("the document table saved after a damaged one differs from the first")
	}
}

// TestDocFileRecordDamaged: a metadata record damaged in store.db after the
// document table was saved (the file is good, the store's state the same)
// is still found, by the record check, and named; searches refuse; and no
// document table file is saved over a damaged record.
func TestDocFileRecordDamaged(t *testing.T) {
	// enough documents for the info bucket to have pages of its own (a
	// few are kept inline, and bucketState sums their records)
	ix, dir := openTemp(t)
	docs := []*corpus.Document{doc("flipped", "青岚县", 2024, "一、现代化", "青岚县推进县域教育现代化示范区建设。")}
	for i := range 40 {
		docs = append(docs, doc(fmt.Sprintf("d%02d", i), "江城市", 2000+i, "一、双减", "落实双减政策。"))
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "store.db")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// the source name is in the metadata record only
	n := 0
	for i := bytes.Index(b, []byte("flipped.txt")); i >= 0; i = bytes.Index(b, []byte("flipped.txt")) {
		b[i] ^= 0x01
		n++
	}
	if n == 0 {
		t.Fatal("the metadata record is not in store.db as written")
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	ix, fromFile := openDocs(t, dir)
	if !fromFile {
		t.Fatal("the open did not use the document table's file")
	}
	<-ix.Verified()
	err = ix.View(func(*View) error { return nil })
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "metadata of flipped") {
		t.Errorf("View with a damaged metadata record = %v, want ErrCorrupt naming it", err)
	}
	// the file is not saved again over it: the next open reads the store
	os.Remove(filepath.Join(dir, "exact", docFileName))
	ix.Close()
	if _, err := os.Stat(filepath.Join(dir, "exact", docFileName)); err == nil {
		t.Error("a document table was saved from a store with a damaged metadata record")
	}
	ix, fromFile = openDocs(t, dir)
	if fromFile {
		t.Fatal("the open used a document table file that should not exist")
	}
	err = ix.View(func(*View) error { return nil })
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "metadata of flipped") {
		t.Errorf("View after reopening = %v, want ErrCorrupt naming the record", err)
	}
}

// fileState returns the header of the document table file of dir.
func fileState(t *testing.T, dir string) docFileHeader {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "exact", docFileName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h, err := readDocFileHeader(f)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestDocFileEditedState: a change to the documents' records that moves
// no generation forward (a write undone after the search index failed,
// which sets the generation back; a repair's deletions) leaves the
// document table file a copy of another state, even where bbolt gave the
// buckets their old root pages back, as its reuse of freed pages can:
// the state's generation and count of edits differ without them.
func TestDocFileEditedState(t *testing.T) {
	for _, change := range []string{"an undone write", "a repair"} {
		t.Run(change, func(t *testing.T) {
			dir := closedIndex(t)
			saved := fileState(t, dir)
			switch change {
			case "an undone write":
				ix, err := Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				batchHook = func() { panic("disk full") }
				err = ix.Add(doc("lost", "江城市", 2024, "一、双减", "深化双减。"))
				batchHook = nil
				if !errors.Is(err, ErrWriteFailed) {
					t.Fatalf("Add with a failing batch = %v, want ErrWriteFailed", err)
				}
				// the state saved before the write is compared
				// with the store's: what a kill -9 now would leave
				if err := ix.Close(); err != nil {
					t.Fatal(err)
				}
			case "a repair":
				rep := &Report{Damaged: map[string][]string{"flipped": {"test"}}}
				if err := Repair(dir, rep, nil); err != nil {
					t.Fatal(err)
				}
			}
			db, err := bolt.Open(filepath.Join(dir, "store.db"), 0o644, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var now docFileHeader
			db.View(func(tx *bolt.Tx) error { now = storeState(tx); return nil })
			saved.infoRoot, saved.wgenRoot = now.infoRoot, now.wgenRoot
			if saved.sameState(now) {
				t.Errorf("after %s the file's generation and edits (%d, %d) are the store's: a reused root page would make it current", change, saved.gen, saved.edits)
			}
		})
	}
}

// TestDocFileInRuns: the document table file read in several runs, each
// on a goroutine of its own (docRuns), gives the rows a read of the store
// gives, in the store's order, and a damaged file is still refused
// whatever run its damage falls in (TestDocFileOpens and TestDocFileDamaged
// again, with runs of one record).
func TestDocFileInRuns(t *testing.T) {
	defer func(n, p int) { docRunMin = n; runtime.GOMAXPROCS(p) }(docRunMin, runtime.GOMAXPROCS(4))
	docRunMin = 1
	ix, dir := openTemp(t)
	var docs []*corpus.Document
	for i := range 41 {
		docs = append(docs, doc(fmt.Sprintf("d%02d", (i*17)%41), "江城市", 2000+i, "一、双减", "落实双减政策。"))
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, fromFile := openDocs(t, dir)
	if !fromFile {
		t.Fatal("the open read the store, not the document table's file")
	}
	if got, want := docRows(ix), storeRows(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("document table read in runs:\n%v\nfrom the store:\n%v", got, want)
	}
	for _, id := range []string{"d00", "d20", "d40"} {
		if ix.docs.info(id) == nil {
			t.Errorf("document %s not found in the table read in runs", id)
		}
	}
	t.Run("opens", TestDocFileOpens)
	t.Run("damaged", TestDocFileDamaged)
}
