package index

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"
)

// TestDiskFull fills a small filesystem with documents until a write fails,
// and checks that the failure is an error, not a panic; that the document
// whose write failed is absent everywhere; that reads go on; and that the
// documents acknowledged before are all there after a reopen. It mounts a
// 4 MiB tmpfs and skips where that is not allowed (not root, no mount).
func TestDiskFull(t *testing.T) {
	if testing.Short() {
		t.Skip("mounts a filesystem")
	}
	// Which write meets the full disk first, the store's or the search
	// index's, depends on the room left: try a few.
	for _, keep := range []int64{200 << 10, 1 << 20, 1536 << 10} {
		t.Run(fmt.Sprintf("keep%dK", keep>>10), func(t *testing.T) { diskFull(t, keep) })
	}
}

func diskFull(t *testing.T, keep int64) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs for the disk-full test (%v: %s)", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("open on a 4 MiB filesystem: %v", err)
	}
	var acked []string
	var failed error
	for i := 0; i < 2000 && failed == nil; i++ {
		if i == 20 {
			// Take the rest of the space but a little, so that the next
			// writes fail wherever they first need new space (the store's
			// file has room left inside; the search index needs new files).
			fill(t, dir, keep)
		}
		id := fmt.Sprintf("full%04d", i)
		text := noisyText(i, 1500)
		failed = ix.Add(doc(id, "江城市", 2020+i%5, "一、双减", text, "二、现代化", text))
		if failed == nil {
			acked = append(acked, id)
		}
	}
	if failed == nil {
		t.Fatalf("2000 documents fit in 4 MiB; the test did not reach a full disk")
	}
	t.Logf("after %d documents: %v", len(acked), failed)
	if !errors.Is(failed, ErrWriteFailed) {
		t.Errorf("the failed write's error %v does not wrap ErrWriteFailed", failed)
	}
	lost := fmt.Sprintf("full%04d", len(acked))
	if _, err := ix.Document(lost); !errors.Is(err, ErrNotFound) {
		t.Errorf("document %s, whose write failed, reads as %v; want ErrNotFound", lost, err)
	}
	// Reads go on, and a second write fails cleanly too (or goes through).
	if _, err := ix.Document(acked[0]); err != nil {
		t.Errorf("read after the failed write: %v", err)
	}
	if err := ix.Add(doc("again", "江城市", 2024, "一、双减", noisyText(9999, 3000))); err != nil && !errors.Is(err, ErrWriteFailed) {
		t.Errorf("a write after the failure: %v, want ErrWriteFailed", err)
	}
	if err := ix.Close(); err != nil {
		t.Logf("close after disk full: %v", err)
	}
	// The operator frees space and starts again: everything acknowledged
	// is there. (Opening on a disk still full may fail: the search index
	// persists on open; that failure is an error too, never a panic.)
	if full, err := Open(dir); err != nil {
		t.Logf("open on the full disk: %v", err)
	} else {
		t.Log("open on the full disk: ok")
		full.Close()
	}
	if err := os.Remove(filepath.Join(dir, "filler")); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatalf("reopen after space was freed: %v", err)
	}
	defer ix.Close()
	for _, id := range acked {
		if _, err := ix.Document(id); err != nil {
			t.Errorf("document %s acknowledged before the disk filled is gone: %v", id, err)
		}
	}
}

// fill writes a file into dir that leaves about keep bytes free.
func fill(t *testing.T, dir string, keep int64) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	free := int64(st.Bavail) * int64(st.Bsize)
	if free <= keep {
		return
	}
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.Write(make([]byte, free-keep)) // short on a full disk: that is the point
}

// noisyText returns n characters of varied Han text, different for each
// seed: hard to compress, many distinct terms, as the search index sees
// real reports.
func noisyText(seed, n int) string {
	const han = "教育现代化推进落实双减政策课后服务覆盖率学校教师学生质量体系建设改革发展创新提升强化完善优化保障机制标准规范评价资源均衡城乡区域县域集团办学特色品牌"
	rs := []rune(han)
	var b strings.Builder
	x := uint32(seed*2654435761 + 1)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteRune(rs[x%uint32(len(rs))])
		if x%23 == 0 {
			b.WriteString("。")
		}
	}
	return b.String()
}

// TestBatchPanic makes the search index's batch panic, as bleve's did on the
// write after a failed one, and checks that Add returns an error instead of
// crashing the process, that nothing of the write is kept, that later writes
// are refused with ErrWriteFailed and that reads go on.
func TestBatchPanic(t *testing.T) {
	ix, _ := openTemp(t)
	if err := ix.Add(doc("keep", "江城市", 2023, "一、双减", "落实双减政策。")); err != nil {
		t.Fatal(err)
	}
	batchHook = func() { var m map[string]int; m["x"] = 1 }
	defer func() { batchHook = nil }()
	err := ix.Add(doc("lost", "江城市", 2024, "一、双减", "深化双减。"))
	if !errors.Is(err, ErrWriteFailed) || !strings.Contains(err.Error(), "panic") {
		t.Fatalf("Add with a panicking batch = %v, want ErrWriteFailed naming the panic", err)
	}
	batchHook = nil
	if _, err := ix.Document("lost"); !errors.Is(err, ErrNotFound) {
		t.Errorf("the document whose write failed reads as %v, want ErrNotFound", err)
	}
	if _, err := ix.Document("keep"); err != nil {
		t.Errorf("read after the failed write: %v", err)
	}
	if err := ix.Add(doc("later", "江城市", 2024, "一、双减", "巩固双减。")); !errors.Is(err, ErrWriteFailed) {
		t.Errorf("a write after the search index failed = %v, want ErrWriteFailed until reopened", err)
	}
	if err := ix.Delete("keep"); !errors.Is(err, ErrWriteFailed) {
		t.Errorf("a delete after the search index failed = %v, want ErrWriteFailed until reopened", err)
	}
}

// TestFailedBatchKeptByBleve is what a full disk left (r73h): the bleve
// batch of a new document reported its failure, the store undid the
// write, and bleve kept the batch after all (its in-memory segment
// persisted when it closed, once the disk had room). The next open
// redid the last write from the store, deleting only the sections the
// pending write replaced, none for a new document: bleve held 63 sections
// the store had not, and check called the folder damaged. The pending
// write now lists the sections it adds too.
func TestFailedBatchKeptByBleve(t *testing.T) {
	ix, dir := openTemp(t)
	if err := ix.Add(doc("keep", "江城市", 2023, "一、双减", "落实双减政策。")); err != nil {
		t.Fatal(err)
	}
	batchHook = func() { panic("disk full") }
	lost := doc("lost", "江城市", 2024, "一、双减", "深化双减。", "二、课后服务", "扩大覆盖面。")
	err := ix.Add(lost)
	batchHook = nil
	if !errors.Is(err, ErrWriteFailed) {
		t.Fatalf("Add with a failing batch = %v, want ErrWriteFailed", err)
	}
	var gen uint64
	ix.db.View(func(tx *bolt.Tx) error { gen = getGen(tx); return nil })
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	// bleve keeps the batch after all, at the write's generation.
	bl, err := bleve.Open(filepath.Join(dir, "bleve"))
	if err != nil {
		t.Fatal(err)
	}
	b := bl.NewBatch()
	for _, s := range lost.Sections {
		if err := b.Index(s.ID, rankDoc(s.Heading, s.Text)); err != nil {
			t.Fatal(err)
		}
	}
	b.SetInternal(internalGen, genBytes(gen+1))
	if err := bl.Batch(b); err != nil {
		t.Fatal(err)
	}
	bl.Close()

	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	<-ix.Verified()
	ix.Close()
	rep, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Errorf("after the open redid the last write, check finds %v", rep.Index)
	}
}
