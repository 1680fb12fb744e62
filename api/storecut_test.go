package api

import (
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/routers/legacy"
)

// TestServer_StoreCutWhileServing cuts store.db shorter under a running
// server and calls every route that reads it: bbolt reads the file mapped,
// and the first read past its new end faulted (SIGBUS) and ended the
// process (a GET of a document, a search, a compare, a write; r76h left
// it). Now each answers 503 store_unreadable, naming the file, without
// Retry-After (asking again does not help), as the OpenAPI spec says;
// health and the list of documents, which need no store, answer 200; no
// write lands. The server is then still up, and still refuses.
func TestServer_StoreCutWhileServing(t *testing.T) {
	dir, docs, ts := servedFromFiles(t, Config{Token: "sekret"})
	path := filepath.Join(dir, "store.db")
	a, b := docs[0], docs[1]
	ts.get("/api/v1/documents/"+a.ID, 200, nil)
	if err := os.Truncate(path, int64(2*os.Getpagesize())); err != nil { // its meta pages, none of its buckets'
		t.Fatal(err)
	}

	spec, err := openapi3.NewLoader().LoadFromData(openapiSpec)
	if err != nil {
		t.Fatal(err)
	}
	router, err := legacy.NewRouter(spec)
	if err != nil {
		t.Fatal(err)
	}
	q := url.QueryEscape
	auth := []string{"Authorization", "Bearer sekret", "Content-Type", "application/json"}
	for _, ex := range []struct {
		method, target, body string
		header               []string
	}{
		{"GET", "/api/v1/documents/" + a.ID, "", nil},
		{"GET", "/api/v1/sections/" + a.Sections[0].ID, "", nil},
		{"GET", "/api/v1/search?q=" + q(`"教育"`), "", nil},
		{"GET", "/api/v1/compare?from=" + a.ID + "&to=" + b.ID, "", nil},
		{"GET", "/api/v1/compare/sections?from=" + a.Sections[0].ID + "&to=" + b.Sections[0].ID, "", nil},
		{"POST", "/api/v1/documents?filename=plan-2024.txt", goodUpload, []string{"Authorization", "Bearer sekret", "Content-Type", "text/plain"}},
		{"PATCH", "/api/v1/documents/" + a.ID, `{"issuer":"教育局"}`, auth},
		{"DELETE", "/api/v1/documents/" + b.ID, "", auth},
	} {
		var body io.Reader
		if ex.body != "" {
			body = strings.NewReader(ex.body)
		}
		rec := ts.do(ex.method, ex.target, body, ex.header...)
		t.Run(ex.method+" "+strings.SplitN(ex.target, "?", 2)[0], func(t *testing.T) {
			wantError(t, rec, 503, "store_unreadable")
			if !strings.Contains(rec.Body.String(), path) {
				t.Errorf("%s does not name %s", rec.Body.String(), path)
			}
			if ra := rec.Header().Get("Retry-After"); ra != "" {
				t.Errorf("Retry-After %q: asking again does not bring the store back", ra)
			}
			if path, err := inSpec(router, ex.method, ex.target, rec); path == "" {
				t.Fatalf("not in the spec: %v", err)
			} else if err != nil {
				t.Errorf("-> %d does not match the spec: %v", rec.Code, err)
			}
		})
	}
	ts.get("/healthz", 200, nil)
	var list struct{ Total int }
	ts.get("/api/v1/documents", 200, &list)
	if list.Total != len(docs) {
		t.Errorf("the list of documents with store.db cut: %d, want the %d served (no write landed)", list.Total, len(docs))
	}
	wantError(t, ts.do("GET", "/api/v1/documents/"+a.ID, nil), 503, "store_unreadable")
	if fi, err := os.Stat(path); err != nil || fi.Size() != int64(2*os.Getpagesize()) {
		t.Errorf("store.db after the refused writes: %v, want it as the cut left it", err)
	}
}
