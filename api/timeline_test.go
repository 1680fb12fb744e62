package api

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/govreport/govreport/search"
)

// csvRows checks an export's status, type and BOM and returns its rows
// without the header.
func csvRows(t *testing.T, ts *testServer, target string) ([][]string, string) {
	t.Helper()
	rec := ts.do("GET", target, nil)
	if rec.Code != 200 {
		t.Fatalf("GET %s = %d: %s", target, rec.Code, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", target, ct)
	}
	b := rec.Body.Bytes()
	if !bytes.HasPrefix(b, []byte(search.BOM)) {
		t.Fatalf("GET %s: no BOM", target)
	}
	recs, err := csv.NewReader(bytes.NewReader(b[len(search.BOM):])).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("GET %s: CSV %v, %d records", target, err, len(recs))
	}
	return recs[1:], rec.Header().Get(headerTotal)
}

// TestTimelineAgreesWithSearch checks the timeline route against the
// search route over the same query and filters (the search tests check
// both against brute force): reports are group=document's total, sections
// the sections' total, and each year's reports the year facet in reports.
// CSV exports hold as many rows as the totals say.
func TestTimelineAgreesWithSearch(t *testing.T) {
	ts := newTestServer(t, Config{})
	for _, query := range []string{`"双减"`, `"教育"`, `"课后服务" year:2022..2024`, `教育 质量`, `"没有这个说法的报告"`} {
		for _, region := range []string{"", "明湖"} {
			qs := "q=" + url.QueryEscape(query)
			if region != "" {
				qs += "&region=" + url.QueryEscape(region)
			}
			var tl search.Timeline
			ts.get("/api/v1/timeline?"+qs, 200, &tl)
			var secs, docs search.Result
			ts.get("/api/v1/search?"+qs, 200, &secs)
			ts.get("/api/v1/search?group=document&"+qs, 200, &docs)
			if tl.Documents != docs.Total || tl.Sections != secs.Total || docs.Sections != secs.Total {
				t.Errorf("%s: timeline %d reports %d sections; search %d reports, %d sections (%d)", qs, tl.Documents, tl.Sections, docs.Total, secs.Total, docs.Sections)
			}
			facet := map[int]int{}
			for _, f := range docs.Facets["year"] {
				y, _ := strconv.Atoi(f.Value)
				facet[y] = f.Count
			}
			for _, y := range tl.Years {
				if y.Documents != facet[y.Year] || y.Documents > y.AllDocuments {
					t.Errorf("%s: year %d has %d of %d reports, the report facet %d", qs, y.Year, y.Documents, y.AllDocuments, facet[y.Year])
				}
			}
			rows, total := csvRows(t, ts, "/api/v1/search?format=csv&"+qs)
			if len(rows) != secs.Total || total != strconv.Itoa(secs.Total) {
				t.Errorf("%s: section CSV has %d rows (header %s), total %d", qs, len(rows), total, secs.Total)
			}
			rows, total = csvRows(t, ts, "/api/v1/search?format=csv&group=document&"+qs)
			if len(rows) != docs.Total || total != strconv.Itoa(docs.Total) {
				t.Errorf("%s: report CSV has %d rows (header %s), total %d", qs, len(rows), total, docs.Total)
			}
			rows, _ = csvRows(t, ts, "/api/v1/timeline?format=csv&"+qs)
			if len(rows) != len(tl.Years) {
				t.Errorf("%s: timeline CSV has %d rows, %d years", qs, len(rows), len(tl.Years))
			}
		}
	}
	for _, bad := range []string{
		"/api/v1/timeline?q=%22a%22&format=xml",
		"/api/v1/timeline?q=%22a%22&table=years",
		"/api/v1/timeline?q=%22a%22&format=csv&table=terms",
		"/api/v1/timeline?q=",
		"/api/v1/search?q=a&group=chapter",
		"/api/v1/search?q=a&format=csv&size=0",
	} {
		ts.get(bad, 400, nil)
	}
}

// TestCSVCap checks that an export over the cap stops at it and says so.
func TestCSVCap(t *testing.T) {
	ts := newTestServer(t, Config{})
	var res search.Result
	ts.get("/api/v1/search?q=%22%E6%95%99%E8%82%B2%22", 200, &res) // "教育"
	if res.Total < 3 {
		t.Fatalf("the sample corpus has %d sections with 教育", res.Total)
	}
	defer func(n int) { exportRows = n }(exportRows)
	exportRows = 2
	rec := ts.do("GET", "/api/v1/search?format=csv&q=%22%E6%95%99%E8%82%B2%22", nil)
	rows, total := csvRows(t, ts, "/api/v1/search?format=csv&q=%22%E6%95%99%E8%82%B2%22")
	if len(rows) != 2 || total != strconv.Itoa(res.Total) || rec.Header().Get(headerTruncated) == "" {
		t.Errorf("capped export: %d rows, total %s (want %d), truncated header %q", len(rows), total, res.Total, rec.Header().Get(headerTruncated))
	}
	exportRows = res.Total
	if rec := ts.do("GET", "/api/v1/search?format=csv&q=%22%E6%95%99%E8%82%B2%22", nil); rec.Header().Get(headerTruncated) != "" {
		t.Errorf("an export of every row says it was truncated: %q", rec.Header().Get(headerTruncated))
	}
}

// TestCSVPage checks that an export with from and size is the page they
// ask for, in the order of the JSON answer, with the rows left after it
// said in X-Result-Truncated, so that an export over the cap can be taken
// in parts; and that what an export cannot give is a 400 naming size.
func TestCSVPage(t *testing.T) {
	ts := newTestServer(t, Config{})
	qs := "q=" + url.QueryEscape(`"双减"`) + "&sort=year"
	var all search.Result
	ts.get("/api/v1/search?size=100&"+qs, 200, &all)
	if all.Total < 5 || all.Total > 100 {
		t.Fatalf("the sample corpus has %d sections with 双减, want 5 to 100", all.Total)
	}
	for _, g := range []string{"", "&group=document"} {
		var whole search.Result
		ts.get("/api/v1/search?size=100&"+qs+g, 200, &whole)
		for _, page := range [][2]int{{0, 2}, {2, 3}, {whole.Total - 1, 5}, {whole.Total, 1}} {
			target := fmt.Sprintf("/api/v1/search?format=csv&from=%d&size=%d&%s%s", page[0], page[1], qs, g)
			rows, total := csvRows(t, ts, target)
			want := whole.Hits[min(page[0], len(whole.Hits)):min(page[0]+page[1], len(whole.Hits))]
			if len(rows) != len(want) || total != strconv.Itoa(whole.Total) {
				t.Errorf("%s: %d rows (total %s), want %d of %d", target, len(rows), total, len(want), whole.Total)
				continue
			}
			for i, h := range want {
				id := h.SectionID // the first column: section_id, or doc_id of a report
				if g != "" {
					id = h.DocID
				}
				if rows[i][0] != id {
					t.Errorf("%s: row %d is %s, want %s", target, i+1, rows[i][0], id)
				}
			}
			left := page[0]+len(want) < whole.Total
			if h := ts.do("GET", target, nil).Header().Get(headerTruncated); (h != "") != left {
				t.Errorf("%s: %s %q, rows left after the page: %v", target, headerTruncated, h, left)
			}
		}
	}
	for _, bad := range []string{"size=0", "size=10001", "size=x", "from=-1"} {
		rec := ts.do("GET", "/api/v1/search?format=csv&"+qs+"&"+bad, nil)
		name := strings.SplitN(bad, "=", 2)[0]
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), name) {
			t.Errorf("export with %s: %d %s, want 400 naming %s", bad, rec.Code, rec.Body.String(), name)
		}
	}
}
