package api

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/govreport/govreport/search"
)

// TestServer_Terms checks the terms route: what it answers agrees with the
// timeline of each term under the same filters (the search tests check
// both against brute force), the CSV holds every term, and bad parameters
// are 400s that name the parameter.
func TestServer_Terms(t *testing.T) {
	ts := newTestServer(t, Config{})
	t.Run("OK", func(t *testing.T) {
		for _, qs := range []string{"year=2024", "year=2023&region=" + url.QueryEscape("望川"), "year=2024&dropped=true&kind=" + url.QueryEscape("要点")} {
			res := termsJSON{termsBase: &search.Terms{}}
			ts.get("/api/v1/terms?limit=10&"+qs, 200, &res)
			if len(res.Terms) == 0 || len(res.Terms) > 10 || res.Total < len(res.Terms) {
				t.Fatalf("%s: %d terms of %d", qs, len(res.Terms), res.Total)
			}
			for _, tm := range res.Terms {
				if !strings.HasPrefix(tm.Timeline, "/api/v1/timeline?") {
					t.Fatalf("%s: %s links to %q", qs, tm.Term, tm.Timeline)
				}
				var tl search.Timeline
				ts.get(tm.Timeline, 200, &tl)
				year := res.Year
				if res.Dropped {
					year = res.Since
				}
				got := 0
				for _, y := range tl.Years {
					if y.Year == year {
						got = y.Documents
					}
				}
				if got != tm.Documents || tl.Query != tm.Query+filterSuffix(qs) {
					t.Errorf("%s: %s in %d reports of %d, its timeline %q says %d", qs, tm.Term, tm.Documents, year, tl.Query, got)
				}
			}
			rows, total := csvRows(t, ts, "/api/v1/terms?format=csv&"+qs)
			if len(rows) != res.Total || total != strconv.Itoa(res.Total) {
				t.Errorf("%s: CSV has %d rows (header %s), %d terms", qs, len(rows), total, res.Total)
			}
			if len(rows) > 0 {
				tm := res.Terms[0]
				want := []string{tm.Term, strconv.Itoa(tm.Documents), strconv.Itoa(tm.Places), "", strconv.Itoa(tm.Before), strconv.Itoa(tm.After)}
				if tm.FirstYear > 0 {
					want[3] = strconv.Itoa(tm.FirstYear)
				}
				if len(rows[0]) < len(want) || !slices.Equal(rows[0][:len(want)], want) {
					t.Errorf("%s: CSV's first row %q, JSON's term %+v", qs, rows[0], tm)
				}
			}
		}
	})
	t.Run("CSVCap", func(t *testing.T) {
		defer func(n int) { exportRows = n }(exportRows)
		exportRows = 3
		rec := ts.do("GET", "/api/v1/terms?year=2024&format=csv", nil)
		if rec.Code != 200 || rec.Header().Get(headerTruncated) == "" {
			t.Errorf("capped CSV: %d, %s %q", rec.Code, headerTruncated, rec.Header().Get(headerTruncated))
		}
		if n := strings.Count(rec.Body.String(), "\r\n"); n != 4 {
			t.Errorf("capped CSV has %d lines, want a header and 3 rows", n)
		}
	})
	t.Run("CSVLimit", func(t *testing.T) {
		// an export takes the limit it is given, not every term
		rows, _ := csvRows(t, ts, "/api/v1/terms?year=2024&format=csv&limit=2")
		if len(rows) != 2 {
			t.Errorf("CSV with limit=2 has %d rows", len(rows))
		}
		if rec := ts.do("GET", "/api/v1/terms?year=2024&format=csv&limit=0", nil); rec.Code != 400 || !strings.Contains(rec.Body.String(), "limit") {
			t.Errorf("CSV with limit=0: %d %s, want 400 naming limit", rec.Code, rec.Body.String())
		}
	})
	t.Run("ErrBadRequest", func(t *testing.T) {
		for target, param := range map[string]string{
			"/api/v1/terms":                           "year",
			"/api/v1/terms?year=":                     "year",
			"/api/v1/terms?year=abc":                  "year",
			"/api/v1/terms?year=2022..2024":           "year",
			"/api/v1/terms?year=2023&year=2024":       "year",
			"/api/v1/terms?year=2024&limit=0":         "limit",
			"/api/v1/terms?year=2024&limit=100000":    "limit",
			"/api/v1/terms?year=2024&dropped=perhaps": "dropped",
			"/api/v1/terms?year=2024&format=xml":      "format",
		} {
			rec := ts.do("GET", target, nil)
			wantError(t, rec, 400, "bad_request")
			if !strings.Contains(rec.Body.String(), "parameter "+param) {
				t.Errorf("GET %s: %s does not name parameter %s", target, rec.Body.String(), param)
			}
		}
	})
}

// filterSuffix returns how a timeline's canonical query shows the filters
// of qs (region and kind).
func filterSuffix(qs string) string {
	v, _ := url.ParseQuery(qs)
	out := ""
	for _, k := range []string{"region", "kind"} {
		if x := v.Get(k); x != "" {
			out += " " + k + ":" + x
		}
	}
	return out
}
