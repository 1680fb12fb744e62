package index

import (
	"os"
	"path/filepath"
	"testing"
)

// fileRSSKB returns the resident kilobytes of this process's mappings of
// the file at path.
func fileRSSKB(t *testing.T, path string) int {
	t.Helper()
	return smapsRSSKB(t, func(p string) bool { return p == path })
}

// touchedKB maps the file at path as a segment is mapped, reads one byte
// every 2 MB, and returns how many kilobytes of the mapping that made
// resident.
func touchedKB(t *testing.T, path string) int {
	t.Helper()
	b, unmap, err := mapFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer unmap()
	for i := 0; i < len(b); i += 2 << 20 {
		touchSink += int(b[i])
	}
	return fileRSSKB(t, path)
}

// touchSink keeps touchedKB's reads from being left out by the compiler.
var touchSink int

// TestSegmentFilePagesSmall writes a segment-sized file as saveSegment
// does and reads one byte every 2 MB of its mapping: each read may make
// resident the few pages around it (64 kB of fault-around), never the
// 2 MB a page cache folio can hold on Linux 6.x when a file is written in
// one call. The file written in one call is measured beside it: where the
// filesystem caches no large folios, both are small and the test shows
// nothing (it passes).
func TestSegmentFilePagesSmall(t *testing.T) {
	dir := t.TempDir()
	data := make([]byte, 16<<20)
	for i := range data {
		data[i] = byte(i * 7)
	}
	chunked := filepath.Join(dir, "seg-00000001.grs")
	if err := writeFileSync(chunked, data); err != nil {
		t.Fatal(err)
	}
	whole := filepath.Join(dir, "whole.grs")
	if err := os.WriteFile(whole, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, inOne := touchedKB(t, chunked), touchedKB(t, whole)
	t.Logf("8 reads 2 MB apart: %d kB resident from the file writeFileSync wrote, %d kB from the one written in one call", got, inOne)
	if got > 8*256 {
		t.Errorf("8 reads 2 MB apart made %d kB of the segment file resident, want at most %d (a page cache folio of the whole write mapped at each)", got, 8*256)
	}
	if back, err := os.ReadFile(chunked); err != nil || string(back) != string(data) {
		t.Fatalf("the file writeFileSync wrote reads back differently (%v)", err)
	}
}
