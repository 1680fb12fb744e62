package index

import (
	"testing"
	"time"
)

// TestAdded checks the time a document entered the index: stamped once,
// later than a Now taken before and earlier than one taken after, kept
// when the same content comes again, and kept by a reopen and a rebuild.
func TestAdded(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	before := ix.Now()
	if err := ix.Add(doc("a", "江城市", 2023, "一、双减", "全面落实双减政策。")); err != nil {
		t.Fatal(err)
	}
	after := ix.Now()
	a := info(t, ix, "a")
	if !a.Added.After(before) || !a.Added.Before(after) {
		t.Fatalf("Added = %v, want between %v and %v", a.Added, before, after)
	}
	if d, err := ix.Document("a"); err != nil || !d.Added.Equal(a.Added) {
		t.Errorf("Document(a).Added = %v (%v), want %v as listed", d.Added, err, a.Added)
	}
	// The same document again, with a section more: not new.
	if err := ix.Add(doc("a", "江城市", 2023, "一、双减", "全面落实双减政策。", "二、教师", "招聘教师。")); err != nil {
		t.Fatal(err)
	}
	if got := info(t, ix, "a").Added; !got.Equal(a.Added) {
		t.Errorf("after adding a again, Added = %v, want %v kept", got, a.Added)
	}
	// A document that carries its time (put back from a store) keeps it.
	old := doc("b", "河口县", 2022, "一、学前教育", "新增学位。")
	old.Added = time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	if err := ix.Add(old); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := Rebuild(dir, nil); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := info(t, ix, "a").Added; !got.Equal(a.Added) {
		t.Errorf("after reopen and rebuild, Added(a) = %v, want %v", got, a.Added)
	}
	if got := viewInfo(t, ix, "b").Added; !got.Equal(old.Added) {
		t.Errorf("after reopen and rebuild, Added(b) as searches see it = %v, want %v", got, old.Added)
	}
	if now := ix.Now(); !now.After(a.Added) {
		t.Errorf("Now() after reopen = %v, not after Added %v", now, a.Added)
	}
}
