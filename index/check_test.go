package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// closedIndex returns a data folder holding two documents, closed.
func closedIndex(t *testing.T) string {
	t.Helper()
	ix, dir := openTemp(t)
	if err := ix.Add(
		doc("intact", "江城市", 2023, "一、双减", "落实双减政策，课后服务全覆盖。"),
		doc("flipped", "青岚县", 2024, "一、现代化", "青岚县推进县域教育现代化示范区建设的独有表述。"),
	); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFlippedByte flips one byte of a section's text in store.db and checks
// that the read meeting it fails with ErrCorrupt, that searches refuse
// rather than answer a confident zero, that Check names the document and
// its file, and that Repair removes it and leaves the rest searchable.
func TestFlippedByte(t *testing.T) {
	dir := closedIndex(t)
	path := filepath.Join(dir, "store.db")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte("示范区"))
	if i < 0 {
		t.Fatal("the section's text is not in store.db as written")
	}
	b[i+1] ^= 0x01
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}

	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("Open with one damaged record: %v", err)
	}
	// The segment files hold the document's text, so its records are
	// checked after the index is ready: wait for that check.
	<-ix.Verified()
	if _, err := ix.Document("flipped"); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Document(flipped) = %v, want ErrCorrupt", err)
	}
	if _, err := ix.Document("intact"); err != nil {
		t.Errorf("Document(intact) = %v", err)
	}
	err = ix.View(func(*View) error { return nil })
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "flipped") {
		t.Errorf("View with a damaged document = %v, want ErrCorrupt naming it", err)
	}
	ix.Close()

	rep, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Damaged) != 1 || rep.Damaged["flipped"] == nil || rep.Sources["flipped"] != "flipped.txt" {
		t.Fatalf("Check = damaged %v, sources %v; want flipped (flipped.txt) only", rep.Damaged, rep.Sources)
	}
	if err := Rebuild(dir, nil); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Rebuild of a damaged store = %v, want ErrCorrupt before anything is removed", err)
	}
	if err := Repair(dir, rep, nil); err != nil {
		t.Fatalf("Repair: %v", err)
	}
	if rep, err := Check(dir); err != nil || !rep.OK() {
		t.Errorf("Check after Repair = %+v, %v; want nothing damaged", rep, err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Document("flipped"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document(flipped) after Repair = %v, want ErrNotFound", err)
	}
	err = ix.View(func(v *View) error {
		if n := len(v.Containing("课后服务")); n != 1 {
			t.Errorf("after Repair, 课后服务 is in %d sections, want 1", n)
		}
		return nil
	})
	if err != nil {
		t.Errorf("View after Repair: %v", err)
	}
}

// TestTruncatedStore cuts store.db in half: Open and Check fail with an
// error that says what to do, never a panic.
func TestTruncatedStore(t *testing.T) {
	dir := closedIndex(t)
	path := filepath.Join(dir, "store.db")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte("示范区")) // cut inside the pages in use
	if i < 0 {
		t.Fatal("the section's text is not in store.db as written")
	}
	if err := os.Truncate(path, int64(i)); err != nil {
		t.Fatal(err)
	}
	if ix, err := Open(dir); err == nil {
		// bbolt may open a cut file; a read must then fail cleanly.
		_, err = ix.Document("flipped")
		ix.Close()
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("Open of a truncated store succeeded and Document = %v, want ErrCorrupt", err)
		}
	} else if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "store.db") || !strings.Contains(err.Error(), "backup") {
		// What to do, too: nothing in the folder can bring it back.
		t.Errorf("Open of a truncated store = %v, want ErrCorrupt naming store.db and a backup", err)
	}
	if rep, err := Check(dir); err == nil && rep.OK() {
		t.Errorf("Check of a truncated store found nothing wrong")
	}
}

// TestEmptyStoreKeepsIndex removes store.db, or empties it: Open and
// Check refuse, naming store.db and what to do, and change nothing,
// instead of starting afresh over the search index (Open created an
// empty store.db, and Check of an emptied one made it a new store and
// advised a reindex).
func TestEmptyStoreKeepsIndex(t *testing.T) {
	for _, lose := range []string{"removed", "emptied"} {
		t.Run(lose, func(t *testing.T) {
			dir := closedIndex(t)
			path := filepath.Join(dir, "store.db")
			var err error
			if lose == "removed" {
				err = os.Remove(path)
			} else {
				err = os.Truncate(path, 0)
			}
			if err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadDir(filepath.Join(dir, "bleve"))
			_, err = Open(dir)
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "store.db") || !strings.Contains(err.Error(), "backup") {
				t.Errorf("Open with store.db %s = %v, want ErrCorrupt naming store.db and a backup", lose, err)
			}
			_, err = Check(dir)
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "store.db") {
				t.Errorf("Check with store.db %s = %v, want ErrCorrupt naming store.db", lose, err)
			}
			after, _ := os.ReadDir(filepath.Join(dir, "bleve"))
			if len(before) == 0 || len(after) != len(before) {
				t.Errorf("the search index went from %d entries to %d", len(before), len(after))
			}
			fi, err := os.Stat(path)
			switch {
			case lose == "removed" && err == nil:
				t.Errorf("store.db was created (%d bytes), the folder changed", fi.Size())
			case lose == "emptied" && (err != nil || fi.Size() != 0):
				t.Errorf("the empty store.db was written: %v %v", fi, err)
			}
		})
	}
}

// TestDamagedMetaPage damages the page size and page count of one of
// store.db's two meta pages, each time the one of the newest transaction:
// what a power cut leaves when it tears the meta page of a commit being
// written, which was not acknowledged. bbolt keeps two meta pages, each
// with a checksum, so that it opens the store as of the other; the size
// check before it read the damaged one and refused the store as
// truncated, telling the user to restore a backup (r73h: 8 bytes flipped
// at offset 20, "its pages need 6049824055574" bytes).
func TestDamagedMetaPage(t *testing.T) {
	for round := 0; round < 2; round++ {
		t.Run(fmt.Sprintf("round%d", round), func(t *testing.T) {
			dir := closedIndex(t)
			// Writes after the first documents, one per round more, so
			// that the newest meta page is each of the two in turn.
			for i := 0; i <= round; i++ {
				ix, err := Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				if err := ix.Add(doc(fmt.Sprintf("later%d", i), "江城市", 2025, "一、双减", "巩固双减。")); err != nil {
					t.Fatal(err)
				}
				ix.Close()
			}
			path := filepath.Join(dir, "store.db")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			le := binary.LittleEndian
			psize := int(le.Uint32(b[16+8:]))
			off := 0
			if le.Uint64(b[psize+16+48:]) > le.Uint64(b[16+48:]) {
				off = psize
			}
			for i := off + 16 + 8; i < off+16+8+4; i++ { // the page size
				b[i] ^= 0x5a
			}
			for i := off + 16 + 40; i < off+16+48; i++ { // the page count
				b[i] ^= 0x5a
			}
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			ix, err := Open(dir)
			if err != nil {
				t.Fatalf("Open with the newest meta page (at %d) torn: %v", off, err)
			}
			defer ix.Close()
			if _, err := ix.Document("intact"); err != nil {
				t.Errorf("Document(intact), written before the torn commit: %v", err)
			}
		})
	}
}
