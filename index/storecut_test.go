package index

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/govreport/govreport/corpus"
)

// storeCutTo is where the tests cut store.db: its two meta pages and
// nothing else, so that every bucket's pages are past the new end.
func storeCutTo() int64 { return int64(2 * os.Getpagesize()) }

// openCutLater opens closedIndex's folder (documents intact and flipped)
// and returns the index, store.db's path and its bytes as they are (the
// backup a test restores). Close is the test's to call.
func openCutLater(t *testing.T) (*Index, string, []byte) {
	t.Helper()
	dir := closedIndex(t)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	<-ix.Verified()
	path := filepath.Join(dir, "store.db")
	backup, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ix, path, backup
}

// wantUnreadable fails t unless err is the error of a store that cannot
// be read, naming its file and saying what to do.
func wantUnreadable(t *testing.T, what string, err error, path string) {
	t.Helper()
	if !errors.Is(err, ErrStoreUnreadable) || !errors.Is(err, ErrCorrupt) ||
		!strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "backup") {
		t.Errorf("%s with store.db cut shorter under the index: %v, want ErrStoreUnreadable naming %s and a backup", what, err, path)
	}
}

// TestStoreCutUnderOpenIndex cuts store.db shorter under an open index and
// calls everything that reads it: bbolt reads the file mapped, and each
// read past the new end faulted (SIGBUS) and ended the process (a GET of
// a document, a search reading a section's text, a write: r76h left it).
// Now each is refused with ErrStoreUnreadable, naming the file, before
// bbolt reads; what needs only memory (the list of documents) answers; a
// refused write leaves the file as the cut left it (bbolt grows a file
// shorter than its pages back with zeros where they were). The next open
// and Check say the store is truncated, and once it is restored every
// write acknowledged before the cut is there and none refused after.
func TestStoreCutUnderOpenIndex(t *testing.T) {
	ix, path, backup := openCutLater(t)
	if _, err := ix.Document("intact"); err != nil {
		t.Fatal(err)
	}
	cut := storeCutTo()
	if err := os.Truncate(path, cut); err != nil {
		t.Fatal(err)
	}
	_, err := ix.Document("intact")
	wantUnreadable(t, "Document", err, path)
	_, err = ix.Section(corpus.SectionID("flipped", 0))
	wantUnreadable(t, "Section", err, path)
	err = ix.View(func(v *View) error {
		_, err := v.Section(0)
		return err
	})
	wantUnreadable(t, "a search reading a section's text", err, path)
	wantUnreadable(t, "Add", ix.Add(doc("later", "白塔县", 2024, "一、课后服务", "白塔县课后服务覆盖全部学校。")), path)
	wantUnreadable(t, "Delete", ix.Delete("intact"), path)
	_, err = ix.Correct("intact", corpus.Override{Title: "改过的标题"}, nil)
	wantUnreadable(t, "Correct", err, path)
	if n := len(ix.Documents()); n != 2 {
		t.Errorf("Documents with store.db cut: %d, want the 2 in memory", n)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() != cut {
		t.Errorf("store.db after the refused writes: %v %v, want %d bytes as the cut left it", fi.Size(), err, cut)
	}
	if err := ix.Close(); err != nil && !errors.Is(err, ErrStoreUnreadable) {
		t.Errorf("Close: %v", err)
	}

	if _, err := Open(filepath.Dir(path)); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("Open of the cut store: %v, want ErrCorrupt saying store.db is truncated", err)
	}
	if _, err := Check(filepath.Dir(path)); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("Check of the cut store: %v, want an error saying store.db is truncated", err)
	}
	reopenRestored(t, path, backup)
}

// reopenRestored writes backup over store.db, opens the folder, and checks
// that it holds what closedIndex wrote and nothing a refused write tried.
func reopenRestored(t *testing.T, path string, backup []byte) {
	t.Helper()
	if err := os.WriteFile(path, backup, 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(filepath.Dir(path))
	if err != nil {
		t.Fatalf("Open after store.db was restored: %v", err)
	}
	defer ix.Close()
	for _, id := range []string{"intact", "flipped"} {
		d, err := ix.Document(id)
		if err != nil {
			t.Errorf("%s after the restore: %v", id, err)
		} else if d.Title != d.Region+"教育局工作总结" {
			t.Errorf("%s after the restore titled %q: a refused correction landed", id, d.Title)
		}
	}
	if _, err := ix.Document("later"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a document whose Add was refused, after the restore: %v, want ErrNotFound", err)
	}
}

// TestStoreCutDuringTransaction cuts store.db shorter while a transaction
// is open, after the guard (storeOK) let it in: the read then faults in
// bbolt's mapping. A search's fault was taken for a segment file's
// (ErrRebuilding, and a restat that finds nothing), a read's or a write's
// ended the process. Now each is ErrStoreUnreadable; the write commits
// nothing, leaves bbolt's write lock free (Close returns) and the file as
// the cut left it.
func TestStoreCutDuringTransaction(t *testing.T) {
	t.Run("search", func(t *testing.T) {
		ix, path, _ := openCutLater(t)
		defer ix.Close()
		err := ix.View(func(v *View) error {
			if err := os.Truncate(path, storeCutTo()); err != nil {
				t.Fatal(err)
			}
			_, err := v.Section(0)
			return err
		})
		wantUnreadable(t, "a search whose section's text was cut away under it", err, path)
	})
	t.Run("read", func(t *testing.T) {
		ix, path, _ := openCutLater(t)
		defer ix.Close()
		err := ix.storeView(func(tx *bolt.Tx) error {
			if err := os.Truncate(path, storeCutTo()); err != nil {
				t.Fatal(err)
			}
			_, err := getDoc(tx, "intact")
			return err
		})
		wantUnreadable(t, "a read of a document cut away under it", err, path)
	})
	t.Run("write", func(t *testing.T) {
		ix, path, backup := openCutLater(t)
		err := ix.storeUpdate(func(tx *bolt.Tx) error {
			if err := os.Truncate(path, storeCutTo()); err != nil {
				t.Fatal(err)
			}
			return putDoc(tx, doc("later", "白塔县", 2024, "一、课后服务", "白塔县课后服务覆盖全部学校。"))
		})
		wantUnreadable(t, "a write whose pages were cut away under it", err, path)
		if fi, err := os.Stat(path); err != nil || fi.Size() != storeCutTo() {
			t.Errorf("store.db after the failed write: %v %v, want %d bytes as the cut left it", fi.Size(), err, storeCutTo())
		}
		if err := ix.Close(); err != nil && !errors.Is(err, ErrStoreUnreadable) {
			t.Errorf("Close: %v", err)
		}
		reopenRestored(t, path, backup)
	})
}

// TestStoreOverwrittenUnderOpenIndex writes over store.db's pages in place
// (every byte past the meta pages changed) under an open index: bbolt
// follows page numbers that now point anywhere, past its mapping (SIGSEGV)
// or into pages that are no page, and a read ended the process or
// panicked. Now each read and write is an error wrapping ErrCorrupt that
// names store.db (ErrStoreUnreadable where it faulted), and no write
// lands: restored, the store holds what it held.
func TestStoreOverwrittenUnderOpenIndex(t *testing.T) {
	ix, path, backup := openCutLater(t)
	b := append([]byte(nil), backup...)
	for i := 2 * os.Getpagesize(); i < len(b); i++ {
		b[i] ^= 0x5a
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(b, 0); err != nil {
		t.Fatal(err)
	}
	f.Close()
	want := func(what string, err error) {
		t.Helper()
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "store.db") {
			t.Errorf("%s with store.db's pages overwritten: %v, want ErrCorrupt naming store.db", what, err)
		}
	}
	_, err = ix.Document("intact")
	want("Document", err)
	_, err = ix.Section(corpus.SectionID("flipped", 0))
	want("Section", err)
	want("a search reading a section's text", ix.View(func(v *View) error {
		_, err := v.Section(0)
		return err
	}))
	want("Add", ix.Add(doc("later", "白塔县", 2024, "一、课后服务", "白塔县课后服务覆盖全部学校。")))
	if err := ix.Close(); err != nil && !errors.Is(err, ErrCorrupt) { // it returned: no transaction left open
		t.Errorf("Close: %v", err)
	}
	reopenRestored(t, path, backup)
}

// TestStoreGrowsWhileChecked grows store.db by a commit between the two
// reads of a store check (the pages in use, the file's size), as a write
// committing beside a search or a merge's read of the store can: the
// check must not call the whole, grown store cut. At 9 million sections
// it did (the size read before the commit grew the file, the pages after
// it published them), and every later write and read was refused.
func TestStoreGrowsWhileChecked(t *testing.T) {
	ix, _ := openTemp(t)
	if err := ix.Add(doc("intact", "江城市", 2023, "一、双减", "落实双减政策，课后服务全覆盖。")); err != nil {
		t.Fatal(err)
	}
	grown := false
	storeOKBetween = func(in *Index) {
		if in != ix || grown {
			return
		}
		grown = true
		// More pages than the file's slack (bbolt grows it 1 MB past its
		// pages), so the commit must grow it.
		if err := ix.storeUpdate(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("grow-test"))
			if err != nil {
				return err
			}
			return b.Put([]byte("k"), make([]byte, 4<<20))
		}); err != nil {
			t.Errorf("growing write: %v", err)
		}
	}
	t.Cleanup(func() { storeOKBetween = nil })
	if err := ix.storeOK(true); err != nil {
		t.Fatalf("store check while a commit grew store.db: %v", err)
	}
	if !grown {
		t.Fatal("the check did not read the file's size (the test's hook never ran)")
	}
	if _, err := ix.Document("intact"); err != nil {
		t.Errorf("a read after the check: %v", err)
	}
}
