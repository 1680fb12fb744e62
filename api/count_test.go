package api

import (
	"net/http"
	"reflect"
	"testing"
)

// TestServer_SearchCountOnly checks that size=0 answers the counts of a
// search (total, facets) without hits, the same counts as a page of hits.
func TestServer_SearchCountOnly(t *testing.T) {
	ts := newTestServer(t, Config{})
	type result struct {
		Total    int                         `json:"total"`
		Sections int                         `json:"sections"`
		Hits     []map[string]any            `json:"hits"`
		Facets   map[string][]map[string]any `json:"facets"`
	}
	for _, group := range []string{"", "&group=document"} {
		var page, count result
		ts.get("/api/v1/search?q=%E8%AF%BE%E5%90%8E%E6%9C%8D%E5%8A%A1&size=10"+group, 200, &page)
		ts.get("/api/v1/search?q=%E8%AF%BE%E5%90%8E%E6%9C%8D%E5%8A%A1&size=0"+group, 200, &count)
		if page.Total == 0 || len(page.Hits) == 0 {
			t.Fatalf("search 课后服务%s found nothing in the sample", group)
		}
		if count.Total != page.Total || count.Sections != page.Sections || len(count.Hits) != 0 || count.Hits == nil {
			t.Errorf("size=0%s: total %d, sections %d, %d hits; want total %d, sections %d and an empty list", group, count.Total, count.Sections, len(count.Hits), page.Total, page.Sections)
		}
		if !reflect.DeepEqual(count.Facets, page.Facets) {
			t.Errorf("size=0%s: facets %v, want those of a page: %v", group, count.Facets, page.Facets)
		}
	}
}

// TestServer_Head checks that HEAD answers the GET routes with their
// status and headers and no body.
func TestServer_Head(t *testing.T) {
	ts := newTestServer(t, Config{})
	for _, target := range []string{"/healthz", "/api/v1/search?q=%E6%95%99%E8%82%B2", "/api/v1/documents", "/api/v1/openapi.json", "/"} {
		rec := ts.do(http.MethodHead, target, nil)
		get := ts.do(http.MethodGet, target, nil)
		if rec.Code != get.Code || rec.Header().Get("Content-Type") != get.Header().Get("Content-Type") {
			t.Errorf("HEAD %s = %d %q, GET %d %q", target, rec.Code, rec.Header().Get("Content-Type"), get.Code, get.Header().Get("Content-Type"))
		}
	}
	wantError(t, ts.do(http.MethodHead, "/api/v1/documents/no-such-id", nil), 404, "not_found")
}
