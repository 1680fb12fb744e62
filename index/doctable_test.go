package index

import (
	"fmt"
	"math/rand"
	"testing"
)

// TestDocTable checks the document table against a map through random
// writes, rewrites, corrections and deletes: every document found by its
// ID with its metadata and generation, a rewrite a new row, a correction
// the same row, none of the deleted found, the count right, through the
// rehashes that growing and deleting make.
func TestDocTable(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var tb docTable
	want := map[string]DocInfo{}
	gens := map[string]uint64{}
	rows := map[string]int{}
	for step := range 20000 {
		id := fmt.Sprintf("doc%d", rng.Intn(3000))
		switch k := rng.Intn(10); {
		case k < 6: // written (again)
			info := DocInfo{ID: id, Title: fmt.Sprintf("明湖市%d年工作报告%d", step%20+2010, step), Year: step % 20, Region: "明湖市",
				Source: id + ".txt", Sections: rng.Intn(40)}
			p := tb.put(&info, uint64(step))
			if *p != info {
				t.Fatalf("put(%+v) returned %+v", info, *p)
			}
			if r, ok := rows[id]; ok && tb.row(id) == r {
				t.Fatalf("%s written again kept its row %d", id, r)
			}
			want[id], gens[id], rows[id] = info, uint64(step), tb.row(id)
		case k < 8: // corrected
			info, ok := want[id]
			info.Title += "（修订）"
			p := tb.correct(id, &info)
			if !ok {
				if p != nil {
					t.Fatalf("correct(%s) of a missing document returned %+v", id, *p)
				}
				continue
			}
			if *p != info || tb.row(id) != rows[id] {
				t.Fatalf("correct(%s) = %+v in row %d, want %+v in row %d", id, *p, tb.row(id), info, rows[id])
			}
			want[id] = info
		default:
			tb.remove(id)
			delete(want, id)
			delete(rows, id)
		}
	}
	if tb.Len() != len(want) {
		t.Fatalf("Len() = %d, want %d", tb.Len(), len(want))
	}
	n := 0
	tb.each(func(d *DocInfo) {
		n++
		if w, ok := want[d.ID]; !ok || *d != w {
			t.Errorf("each gave %+v, want %+v (%v)", *d, w, ok)
		}
	})
	if n != len(want) {
		t.Errorf("each gave %d documents, want %d", n, len(want))
	}
	for i := range 3000 {
		id := fmt.Sprintf("doc%d", i)
		w, ok := want[id]
		switch d := tb.info(id); {
		case !ok && (d != nil || tb.row(id) >= 0):
			t.Errorf("deleted %s found", id)
		case ok && (d == nil || *d != w || tb.gen(tb.row(id)) != gens[id]):
			t.Errorf("info(%s) = %v, want %+v gen %d", id, d, w, gens[id])
		}
	}
	if tb.used > 2*tb.n+1024 || len(tb.slots) < 2*tb.n {
		t.Errorf("%d slots, %d used, for %d documents", len(tb.slots), tb.used, tb.n)
	}
}

// TestDocTableOwnsStrings checks that a record decoded with its strings
// as views of it (decodeInfoWith, alias, as loadInfo reads the store) is
// copied by put: the table's metadata stays as read when the record's
// memory is written over (a bbolt page after its transaction).
func TestDocTableOwnsStrings(t *testing.T) {
	want := DocInfo{ID: "wangchuan-2024", Title: "望川县2024年政府工作报告", Year: 2024, Region: "望川县",
		Kind: "政府工作报告", Source: "wangchuan-2024.txt", Sections: 12}
	rec := encodeInfo(&want)
	var info DocInfo
	if err := decodeInfoWith(rec, &info, map[string]string{}, true); err != nil {
		t.Fatal(err)
	}
	var tb docTable
	p := tb.put(&info, 7)
	for i := range rec {
		rec[i] = 'x'
	}
	if *p != want || *tb.info(want.ID) != want {
		t.Errorf("after the record was written over: %+v, want %+v", *p, want)
	}
}
