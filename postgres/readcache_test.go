package postgres

import (
	"encoding/json"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/internal/backendtest"
	"github.com/govreport/govreport/search"
)

// TestCacheFollowsOtherWriters: what a client caches for its searches
// (documents, word counts) gives way to the writes of another client, and
// its answers are then those of a client that has cached nothing: totals,
// facets, and scores, which hang on the word counts.
func TestCacheFollowsOtherWriters(t *testing.T) {
	db, c, name := openFresh(t)
	ctx := testCtx(t)
	docs := backendtest.Documents()
	if err := db.Add(ctx, nil, docs[:3]...); err != nil {
		t.Fatal(err)
	}
	queries := []search.Request{{Query: "课后服务"}, {Query: "教育", Group: "document"}, {Query: `"双减" -"校外培训"`}}
	before := make([]*search.Result, len(queries))
	for i, r := range queries {
		res, err := db.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		before[i] = res
	}

	other, err := Open(ctx, c.Primary.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	more := doc("other-2025", "云岫市", 2025, "一、课后服务", "课后服务全覆盖，课后服务时长每天两小时，教育质量提升，落实“双减”。")
	if err := other.Add(ctx, nil, append(docs[3:], more)...); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Correct(ctx, docs[0].ID, corpus.Override{Region: "青岚县"}, nil); err != nil {
		t.Fatal(err)
	}

	fresh, err := Open(ctx, c.Primary.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	for i, r := range queries {
		got, err := db.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		want, err := fresh.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		got.TookMS, want.TookMS = 0, 0
		if g, w := asJSON(got), asJSON(want); g != w {
			t.Errorf("Search(%q) after another client's writes:\n%s\nwant, as a new client answers:\n%s", r.Query, g, w)
		}
		if got.Total <= before[i].Total {
			t.Errorf("Search(%q): total %d after adding documents that hold it, %d before", r.Query, got.Total, before[i].Total)
		}
	}
}

func asJSON(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

// TestStampKeepsGeneration: a time stamp (Now, taken when a watch is made)
// takes the write lock but changes nothing readers cache, so it keeps the
// collection's generation; a write changes it.
func TestStampKeepsGeneration(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	gen := func() int64 {
		t.Helper()
		var g int64
		if err := db.primary.QueryRow(ctx, `SELECT generation FROM collection`).Scan(&g); err != nil {
			t.Fatal(err)
		}
		return g
	}
	docs := backendtest.Documents()
	if err := db.Add(ctx, nil, docs[:1]...); err != nil {
		t.Fatal(err)
	}
	before := gen()
	if _, err := db.Now(ctx); err != nil {
		t.Fatal(err)
	}
	if after := gen(); after != before {
		t.Errorf("Now changed the generation from %d to %d: every reader's cache is thrown away for a time stamp", before, after)
	}
	if err := db.Add(ctx, nil, docs[1:2]...); err != nil {
		t.Fatal(err)
	}
	if after := gen(); after == before {
		t.Errorf("Add kept the generation %d: readers would keep what they cached before it", before)
	}
}
