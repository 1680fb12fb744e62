package api

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// TestServer_SegmentDamagedWhileServing flips bytes in the exact index's
// files under a running server, after its check at open: a server
// answered from the damaged lists until restarted, and one that found
// the damage at open answered every search 500 store_damaged until then,
// though the store holds every section. Now it finds the files' changed
// stamps, drops them and reads their documents again from the store
// while it serves; every answer meanwhile is a 200 or a 503 rebuilding
// with Retry-After, and once the files are rebuilt it answers the counts
// it answered before the damage.
func TestServer_SegmentDamagedWhileServing(t *testing.T) {
	dir, _, ts := servedFromFiles(t, Config{})

	queries := []string{`"双减"`, `"教育"`, `"学校"`, "课后服务"}
	before := map[string]int{}
	for _, q := range queries {
		var res struct{ Total int }
		ts.get("/api/v1/search?q="+url.QueryEscape(q), 200, &res)
		if res.Total == 0 {
			t.Fatalf("%s: no hits in the sample, the test needs some", q)
		}
		before[q] = res.Total
	}

	var m struct{ Segments []string }
	b, err := os.ReadFile(filepath.Join(dir, "exact", "MANIFEST"))
	if err != nil || json.Unmarshal(b, &m) != nil || len(m.Segments) == 0 {
		t.Fatalf("manifest: %v %s", err, b)
	}
	for _, name := range m.Segments {
		f, err := os.OpenFile(filepath.Join(dir, "exact", name), os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := f.Stat()
		mid := make([]byte, 64)
		f.ReadAt(mid, fi.Size()/2)
		for i := range mid {
			mid[i] ^= 0x5a
		}
		if _, err := f.WriteAt(mid, fi.Size()/2); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}

	deadline := time.Now().Add(15 * time.Second)
	for rebuilt := false; !rebuilt; {
		if time.Now().After(deadline) {
			t.Fatalf("the damaged files are still in use after 15 s")
		}
		rec := ts.do("GET", "/api/v1/search?q="+url.QueryEscape(queries[0]), nil)
		switch rec.Code {
		case 200:
			b, _ := os.ReadFile(filepath.Join(dir, "exact", "MANIFEST"))
			var now struct{ Segments []string }
			json.Unmarshal(b, &now)
			rebuilt = !slices.ContainsFunc(m.Segments, func(s string) bool { return slices.Contains(now.Segments, s) })
		case 503:
			wantError(t, rec, 503, "rebuilding")
			if rec.Header().Get("Retry-After") == "" {
				t.Errorf("a 503 rebuilding without Retry-After")
			}
		default:
			t.Fatalf("a search while the damaged files are found and rebuilt: %d %s, want 200 or 503 rebuilding", rec.Code, rec.Body.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, q := range queries {
		var res struct{ Total int }
		ts.get("/api/v1/search?q="+url.QueryEscape(q), 200, &res)
		if res.Total != before[q] {
			t.Errorf("%s: %d hits after the rebuild, %d before the damage", q, res.Total, before[q])
		}
	}
}

// TestServer_WriteWhileSegmentCut cuts the exact index's files shorter
// under a running server that takes writes: a DELETE or a PATCH read the
// files' tables of documents (which documents the write replaces) past
// their new end, and the fault ended the process (r76h). Now each is a
// 503 rebuilding with Retry-After, nothing changed, until the files are
// read again from the store; then the same DELETE is a 204.
func TestServer_WriteWhileSegmentCut(t *testing.T) {
	dir, docs, ts := servedFromFiles(t, Config{AllowWrites: true})
	var m struct{ Segments []string }
	b, err := os.ReadFile(filepath.Join(dir, "exact", "MANIFEST"))
	if err != nil || json.Unmarshal(b, &m) != nil || len(m.Segments) == 0 {
		t.Fatalf("manifest: %v %s", err, b)
	}
	for _, name := range m.Segments {
		if err := os.Truncate(filepath.Join(dir, "exact", name), 4096); err != nil {
			t.Fatal(err)
		}
	}
	id := docs[0].ID
	for _, rec := range []*httptest.ResponseRecorder{
		ts.do("DELETE", "/api/v1/documents/"+id, nil),
		ts.do("PATCH", "/api/v1/documents/"+id, strings.NewReader(`{"issuer":"教育局"}`), "Content-Type", "application/json"),
	} {
		wantError(t, rec, 503, "rebuilding")
		if rec.Header().Get("Retry-After") == "" {
			t.Errorf("a 503 rebuilding without Retry-After")
		}
	}
	ts.get("/api/v1/documents/"+id, 200, nil)
	deadline := time.Now().Add(15 * time.Second)
	for {
		rec := ts.do("DELETE", "/api/v1/documents/"+id, nil)
		if rec.Code == 204 {
			break
		}
		wantError(t, rec, 503, "rebuilding")
		if time.Now().After(deadline) {
			t.Fatalf("writes still refused 15 s after the files were cut shorter")
		}
		// a search asks for the restat that finds the files
		ts.do("GET", "/api/v1/search?q="+url.QueryEscape(`"教育"`), nil)
		time.Sleep(20 * time.Millisecond)
	}
	ts.get("/api/v1/documents/"+id, 404, nil)
}

// servedFromFiles indexes the sample corpus in a new folder, opens it again
// so that its exact index is read from segment files (what the damage tests
// cut or flip), waits for the check after open, and serves it with cfg. It
// returns the folder and the documents indexed; the index closes when the
// test ends.
func servedFromFiles(t *testing.T, cfg Config) (string, []*corpus.Document, *testServer) {
	t.Helper()
	dir := t.TempDir()
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil { // saves the segments to files
		t.Fatal(err)
	}
	ix, err = index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	<-ix.Verified()
	return dir, docs, &testServer{t: t, ix: ix, h: New(embedded.New(ix), cfg).Handler()}
}
