package index

import (
	"encoding/json"
	"errors"
	"reflect"
	"sort"
	"testing"
	"time"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

func TestInfoRecordRoundTrip(t *testing.T) {
	for _, info := range []DocInfo{
		{},
		{ID: "a1b2", Title: "明湖市教育局2024年工作总结", Year: 2024, Region: "明湖市", Kind: "总结",
			Issuer: "教育局", Province: "云岫省", Prefecture: "明湖市", Source: "dir/明湖 2024.txt", Sections: 17,
			Added: time.Date(2026, 11, 30, 20, 1, 2, 123456789, time.UTC)},
		{ID: "x", Year: -1, Sections: 1 << 40, Added: time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC)},
		{ID: "y", Title: "no \x00 trouble\n", Added: time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)},
	} {
		var got DocInfo
		if err := decodeInfo(encodeInfo(&info), &got); err != nil {
			t.Errorf("%+v: %v", info, err)
			continue
		}
		if !reflect.DeepEqual(got, info) {
			t.Errorf("decodeInfo(encodeInfo(%+v)) = %+v", info, got)
		}
		// the JSON records of format 3 read the same
		js, err := json.Marshal(info)
		if err != nil {
			t.Fatal(err)
		}
		if err := decodeInfo(js, &got); err != nil || !got.Added.Equal(info.Added) {
			t.Errorf("JSON %s: %+v, %v", js, got, err)
		}
		got.Added = info.Added
		if !reflect.DeepEqual(got, info) {
			t.Errorf("JSON %s read as %+v", js, got)
		}
	}
}

// A cut or damaged record is an error wrapping ErrCorrupt, never a panic
// nor a wrong record taken for good.
func TestInfoRecordDamaged(t *testing.T) {
	info := DocInfo{ID: "a1", Title: "望川县2025年政府工作报告", Year: 2025, Region: "望川县", Source: "w.txt",
		Sections: 9, Added: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)}
	b := encodeInfo(&info)
	for n := 0; n < len(b); n++ {
		var got DocInfo
		if err := decodeInfo(b[:n], &got); !errors.Is(err, ErrCorrupt) {
			t.Errorf("record cut at %d of %d bytes: %v, want ErrCorrupt", n, len(b), err)
		}
	}
	var got DocInfo
	if err := decodeInfo(append(b, 0), &got); !errors.Is(err, ErrCorrupt) {
		t.Errorf("record with a byte too many: %v, want ErrCorrupt", err)
	}
	if err := decodeInfo([]byte{7, 1, 'a'}, &got); !errors.Is(err, ErrCorrupt) {
		t.Errorf("record of an unknown form: %v, want ErrCorrupt", err)
	}
}

// A store written before format 4 keeps every document's metadata: its
// JSON records are rewritten in the binary form when it is opened.
func TestFormat3StoreOpens(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(doc("a", "江城市", 2023, "一、教育现代化", "推进教育现代化。"),
		doc("b", "青岚县", 2024, "一、学前教育", "扩大普惠学前教育资源。", "二、义务教育", "优质均衡。")); err != nil {
		t.Fatal(err)
	}
	want := ix.Documents()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	// Turn the store into a format 3 one: JSON metadata records.
	db, err := openStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketInfo)
		for _, info := range want {
			js, err := json.Marshal(info)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(info.ID), seal(js)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keyFormat, []byte("3"))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := ix.Documents()
	ix.Close()
	byID := func(ds []DocInfo) { sort.Slice(ds, func(i, j int) bool { return ds[i].ID < ds[j].ID }) }
	byID(want)
	byID(got)
	if len(got) != len(want) {
		t.Fatalf("after reopening a format 3 store: %d documents, want %d", len(got), len(want))
	}
	for i := range want {
		if !got[i].Added.Equal(want[i].Added) {
			t.Errorf("%s: added %v, want %v", want[i].ID, got[i].Added, want[i].Added)
		}
		got[i].Added = want[i].Added
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("after reopening a format 3 store: %+v, want %+v", got[i], want[i])
		}
	}
	db, err = openStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		if f := tx.Bucket(bucketMeta).Get(keyFormat); string(f) != storeFormat {
			t.Errorf("store format %q after opening, want %q", f, storeFormat)
		}
		return tx.Bucket(bucketInfo).ForEach(func(k, v []byte) error {
			if v[0] != infoBinary {
				t.Errorf("metadata record of %s still starts with %q", k, v[0])
			}
			return nil
		})
	})
}

// decodeInfoShared reads what decodeInfo reads, and gives two records
// the same string for a region, kind, issuer, province or prefecture they
// share (one copy on the heap for every document of a region), never for
// their own ID, title or source.
func TestInfoRecordShared(t *testing.T) {
	a := DocInfo{ID: "m1", Title: "明湖市教育局2024年工作总结", Year: 2024, Region: "明湖市", Kind: "总结",
		Issuer: "教育局", Province: "云岫省", Prefecture: "明湖市", Source: "m1.txt", Sections: 3}
	b := DocInfo{ID: "m2", Title: "明湖市教育局2025年工作总结", Year: 2025, Region: "明湖市", Kind: "总结",
		Issuer: "教育局", Province: "云岫省", Prefecture: "明湖市", Source: "m2.txt", Sections: 4}
	shared := map[string]string{}
	var ga, gb DocInfo
	if err := decodeInfoShared(encodeInfo(&a), &ga, shared); err != nil {
		t.Fatal(err)
	}
	if err := decodeInfoShared(encodeInfo(&b), &gb, shared); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ga, a) || !reflect.DeepEqual(gb, b) {
		t.Fatalf("decodeInfoShared read %+v and %+v, want %+v and %+v", ga, gb, a, b)
	}
	same := func(x, y string) bool { return unsafe.StringData(x) == unsafe.StringData(y) }
	for _, p := range [][2]string{{ga.Region, gb.Region}, {ga.Kind, gb.Kind}, {ga.Issuer, gb.Issuer},
		{ga.Province, gb.Province}, {ga.Prefecture, gb.Prefecture}, {ga.Region, gb.Prefecture}} {
		if !same(p[0], p[1]) {
			t.Errorf("%q: two copies, want one shared", p[0])
		}
	}
	if len(shared) != 5-1 { // the region and the prefecture are one string
		t.Errorf("shared holds %d strings, want 4: %v", len(shared), shared)
	}
	// a damaged record is an error, as for decodeInfo
	rec := encodeInfo(&a)
	for n := 0; n < len(rec); n++ {
		if err := decodeInfoShared(rec[:n], &ga, shared); !errors.Is(err, ErrCorrupt) {
			t.Errorf("record cut at %d of %d bytes: %v, want ErrCorrupt", n, len(rec), err)
		}
	}
}
