package index

import (
	"bytes"
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestReleaseStorePagesKeepsRecords hands the store's pages back in the
// middle of reading them, as the record check does, and reads every
// record again: the same bytes, and the index still answers and takes
// writes. Handing back the wrong range would zero live memory.
func TestReleaseStorePagesKeepsRecords(t *testing.T) {
	ix, _ := openTemp(t)
	for i := range 40 {
		d := doc(fmt.Sprintf("d%02d", i), "明湖市", 2020+i%5, "一、总体情况", fmt.Sprintf("第%d份报告推进集团化办学，课后服务覆盖率%d%%。", i, 60+i), "二、下一步", "深化教育评价改革。")
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	read := func(tx *bolt.Tx) map[string][]byte {
		recs := map[string][]byte{}
		tx.Bucket(bucketSecs).ForEach(func(k, v []byte) error {
			recs[string(k)] = bytes.Clone(v)
			return nil
		})
		return recs
	}
	err := ix.db.View(func(tx *bolt.Tx) error {
		before := read(tx)
		releaseStorePages(tx)
		after := read(tx)
		if len(before) != 80 || len(after) != len(before) {
			return fmt.Errorf("%d records before, %d after, want 80", len(before), len(after))
		}
		for k, v := range before {
			if !bytes.Equal(after[k], v) {
				return fmt.Errorf("record %s changed after its pages were handed back", k)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := containing(t, ix, "课后服务覆盖率"); len(got) != 40 {
		t.Fatalf("课后服务覆盖率 in %d sections, want 40", len(got))
	}
	if err := ix.Add(doc("d99", "望川县", 2024, "一、总体情况", "课后服务覆盖率达到百分之百。")); err != nil {
		t.Fatal(err)
	}
	if got := containing(t, ix, "课后服务覆盖率"); len(got) != 41 {
		t.Fatalf("after a write, 课后服务覆盖率 in %d sections, want 41", len(got))
	}
}
