//go:build linux

package index

import (
	"errors"
	"math/rand"
	"path/filepath"
	"testing"
	"time"
)

// TestWriteInPlaceRefusedByWatch writes bytes into a segment file in
// place under an open index whose restat (by time) is a long way off:
// searches were answered from the changed bytes until it came (up to
// restatEvery, a second; r75h: a count of 660,903 where it was 999,749).
// The folder's watch sees the write: the searches after it are refused
// (ErrRebuilding) and the restat is asked for at once, which checks the
// file, finds it damaged and rebuilds it; every document is then found.
func TestWriteInPlaceRefusedByWatch(t *testing.T) {
	ix, dir, docs, names := openRestatting(t)
	restatEvery = time.Hour
	for start := time.Now(); !ix.watching.Load(); time.Sleep(time.Millisecond) {
		if time.Since(start) > 5*time.Second { // it starts after the check after open
			t.Fatalf("no watch of the folder 5 s after the open")
		}
	}
	if err := ix.View(func(v *View) error { return nil }); err != nil {
		t.Fatalf("View before the write: %v", err)
	}
	flipInPlace(t, filepath.Join(dir, "exact", names[0]))
	written := time.Now()
	deadline := written.Add(5 * time.Second)
	for answered := 0; ; answered++ {
		err := ix.View(func(v *View) error { return nil })
		if errors.Is(err, ErrRebuilding) {
			t.Logf("refused %v after the write, %d answered before", time.Since(written), answered)
			break
		}
		if err != nil {
			t.Fatalf("View after a write in place: %v", err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("searches still answered 5 s after %s was written in place, the restat an hour off", names[0])
		}
		time.Sleep(time.Millisecond)
	}
	waitRebuilt(t, ix, dir, names[0], func(v *View) error { return nil }, "a write in place into")
	checkExact(t, ix, docs, rand.New(rand.NewSource(17)), 100, "after a write in place seen by the watch")
}

// BenchmarkWrittenUnder: what each search pays for the watch, the check
// after it (writtenUnder: two atomic loads). A zero-hit quoted search at
// a million sections takes 170-260 µs (r75h), a stat of each file after
// each search 9-17% of that.
func BenchmarkWrittenUnder(b *testing.B) {
	ix := &Index{}
	for i := 0; i < b.N; i++ {
		if ix.writtenUnder() != nil {
			b.Fatal("refused")
		}
	}
}
