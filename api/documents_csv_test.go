package api

import (
	"encoding/json"
	"mime"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// TestServer_DocumentsCSV checks the document list's export against the
// list itself: a row per document the filters match, in the list's order,
// with the search export's conventions (BOM, header row, formula guard,
// size bounds, X-Result-Total and X-Result-Truncated) and a name that says
// what it holds.
func TestServer_DocumentsCSV(t *testing.T) {
	ts := newTestServer(t, Config{Token: "sekret"})
	var all struct {
		Total     int       `json:"total"`
		Documents []docInfo `json:"documents"`
	}
	ts.get("/api/v1/documents?size=100", 200, &all)
	if all.Total < 4 {
		t.Fatalf("the sample corpus lists %d documents; the test needs several", all.Total)
	}
	// a title a spreadsheet would run as a formula
	id := all.Documents[0].ID
	rec := ts.do("PATCH", "/api/v1/documents/"+id, strings.NewReader(`{"title":"=HYPERLINK(\"http://example.test\")"}`),
		"Authorization", "Bearer sekret", "Content-Type", "application/json")
	if rec.Code != 200 {
		t.Fatalf("PATCH %s = %d: %s", id, rec.Code, rec.Body.String())
	}

	t.Run("OK", func(t *testing.T) {
		year := strconv.Itoa(*all.Documents[len(all.Documents)-1].Year)
		var list struct {
			Total     int       `json:"total"`
			Documents []docInfo `json:"documents"`
		}
		ts.get("/api/v1/documents?size=100&year="+year, 200, &list)
		rows, total := csvRows(t, ts, "/api/v1/documents?format=csv&year="+year)
		if total != strconv.Itoa(list.Total) || len(rows) != list.Total {
			t.Fatalf("year=%s: %d rows, X-Result-Total %q; the list has %d documents", year, len(rows), total, list.Total)
		}
		for i, d := range list.Documents {
			if rows[i][0] != d.ID || rows[i][1] != d.Title || rows[i][2] != year || rows[i][3] != d.Region || rows[i][6] != d.Kind || rows[i][8] != strconv.Itoa(d.Sections) {
				t.Errorf("row %d = %q; the list has %+v", i+1, rows[i], d)
			}
		}
		cd := ts.do("GET", "/api/v1/documents?format=csv&year="+year+"&kind="+url.QueryEscape("要点"), nil).Header().Get("Content-Disposition")
		if _, p, err := mime.ParseMediaType(cd); err != nil || p["filename"] != "文档列表_"+year+"_要点.csv" {
			t.Errorf("Content-Disposition %q (%v): want 文档列表_%s_要点.csv", cd, err, year)
		}
	})
	t.Run("FormulaGuard", func(t *testing.T) {
		rows, _ := csvRows(t, ts, "/api/v1/documents?format=csv")
		for _, r := range rows {
			if r[0] == id && r[1] != `'=HYPERLINK("http://example.test")` {
				t.Errorf("the title of %s is exported as %q, want it behind an apostrophe", id, r[1])
			}
		}
	})
	t.Run("Rows", func(t *testing.T) {
		rec := ts.do("GET", "/api/v1/documents?format=csv&from=1&size=2", nil)
		want := "rows 2-3 of " + strconv.Itoa(all.Total) + "; the next from=3"
		if got := rec.Header().Get(headerTruncated); got != want {
			t.Errorf("X-Result-Truncated %q, want %q", got, want)
		}
		rows, _ := csvRows(t, ts, "/api/v1/documents?format=csv&from=1&size=2")
		if len(rows) != 2 || rows[0][0] != all.Documents[1].ID || rows[1][0] != all.Documents[2].ID {
			t.Errorf("from=1&size=2: rows %q, want the list's 2nd and 3rd documents", rows)
		}
		if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, url.PathEscape("第2-3行")) {
			t.Errorf("Content-Disposition %q does not name the rows", cd)
		}
		if got := ts.do("GET", "/api/v1/documents?format=csv", nil).Header().Get(headerTruncated); got != "" {
			t.Errorf("the whole list exported: X-Result-Truncated %q", got)
		}
	})
	t.Run("ErrSize", func(t *testing.T) {
		for _, target := range []string{"/api/v1/documents?format=csv&size=0", "/api/v1/documents?format=csv&size=10001", "/api/v1/documents?format=xml"} {
			rec := ts.do("GET", target, nil)
			wantError(t, rec, 400, "bad_request")
			var e struct {
				Error struct{ Message string } `json:"error"`
			}
			json.Unmarshal(rec.Body.Bytes(), &e)
			if want := map[bool]string{true: "size", false: "format"}[strings.Contains(target, "size")]; !strings.Contains(e.Error.Message, want) {
				t.Errorf("GET %s: %q does not name %s", target, e.Error.Message, want)
			}
		}
	})
}
