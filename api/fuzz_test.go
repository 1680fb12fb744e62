package api

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/watch"
)

// FuzzServer_Read sends the read routes hostile IDs and query strings
// (numbers out of range, invalid UTF-8 and escapes, NULs, repeated and
// unknown parameters, nested and unbalanced query syntax) and checks that
// none is answered with a 5xx: a client's mistake is a 4xx with the JSON
// error body. go test -fuzz FuzzServer_Read -parallel 1 ./api/
func FuzzServer_Read(f *testing.F) {
	ix := sampleIndex(f)
	ws, err := watch.Open(f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	h := New(embedded.New(ix), Config{Watches: ws}).Handler()
	docs := ix.Documents()
	if len(docs) < 2 {
		f.Fatalf("sample index: %d documents", len(docs))
	}
	doc, next := docs[0].ID, docs[1].ID
	sec := doc + "-001"
	for _, q := range []string{
		"", "q=", "q=%E6%95%99%E8%82%B2", "q=%22%22", "q=%22", "q=((((a", "q=a)))", "q=-", "q=OR", "q=a+OR+OR+b",
		"q=year:", "q=year:2024..2020", "q=year:99999999999", "q=region:", "q=%ff%fe", "q=%zz", "q=%00", "q=%ED%A0%80",
		"q=x&size=-1", "q=x&size=NaN", "q=x&size=1e9", "q=x&from=99999999999999999999", "q=x&from=-1&size=0",
		"q=x&size=0&format=csv", "q=x&group=document&sort=-year&size=100&from=10000", "q=x&sort=%ff", "q=x&format=xml",
		"q=x&year=2023&year=abc", "q=x&year=-5..5", "q=x&region=%00", "q=x&q=y&q=", "q=x&unknown=1", "q=x&table=regions",
		"q=x&format=csv&table=first", "year=2024", "year=2024&dropped=maybe", "year=2024&limit=0", "year=2024..2025",
		"year=0", "year=2024&limit=99999999999999999999", "from=" + doc + "&to=" + next, "from=" + doc + "&to=" + doc + "&format=html",
		"from=" + sec + "&to=" + sec + "&ignore_punct=yes", "from=%00&to=" + next, "from=&to=", "size=101", "size=0",
	} {
		for route := range readRoutes {
			f.Add(uint8(route), doc, q)
		}
	}
	for _, id := range []string{"", "..", "%2e%2e", "-1", sec, doc + "-", doc + "-999999999999999999999", "\x00", "\xff", "a/b", strings.Repeat("a", 5000)} {
		for route := range readRoutes {
			f.Add(uint8(route), id, "size=5")
		}
	}
	f.Fuzz(func(t *testing.T, route uint8, id, query string) {
		path := strings.ReplaceAll(readRoutes[int(route)%len(readRoutes)], "{id}", id)
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path, req.URL.RawQuery = path, query
		req.RequestURI = req.URL.String()
		req.Host = "127.0.0.1"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %s?%s = %d: %s", path, query, rec.Code, rec.Body.String())
		}
		if rec.Code >= 400 && strings.HasPrefix(path, "/api/") {
			var body errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code == "" {
				t.Errorf("GET %s?%s = %d with body %q, want the JSON error", path, query, rec.Code, rec.Body.String())
			}
		}
	})
}

// readRoutes are the routes FuzzServer_Read tries, {id} for an ID.
var readRoutes = []string{
	"/api/v1/search", "/api/v1/timeline", "/api/v1/terms", "/api/v1/documents", "/api/v1/documents/{id}",
	"/api/v1/documents/{id}/counterparts", "/api/v1/sections/{id}", "/api/v1/sections/{id}/similar",
	"/api/v1/compare", "/api/v1/compare/sections", "/api/v1/watches", "/api/v1/watches/{id}/feed", "/healthz",
}
