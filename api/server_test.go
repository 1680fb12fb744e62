package api

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// sampleIndex builds an index of the embedded sample corpus in a temporary
// folder.
func sampleIndex(t testing.TB) *index.Index {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	return ix
}

// testServer is an API server over the sample corpus, recording every
// exchange so that TestOpenAPI can validate them.
type testServer struct {
	t  *testing.T
	ix *index.Index
	h  http.Handler
}

func newTestServer(t *testing.T, cfg Config) *testServer {
	ix := sampleIndex(t)
	return &testServer{t: t, ix: ix, h: New(embedded.New(ix), cfg).Handler()}
}

// do sends a request and returns the recorded response.
func (ts *testServer) do(method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	ts.t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	ts.h.ServeHTTP(rec, req)
	return rec
}

// get sends a GET and decodes a JSON answer with the wanted status into v.
func (ts *testServer) get(target string, status int, v any) {
	ts.t.Helper()
	rec := ts.do("GET", target, nil)
	if rec.Code != status {
		ts.t.Fatalf("GET %s = %d, want %d: %s", target, rec.Code, status, rec.Body.String())
	}
	if v != nil {
		if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
			ts.t.Fatalf("GET %s: %v in %s", target, err, rec.Body.String())
		}
	}
}

// wantError checks that rec is the JSON error with status and code.
func wantError(t *testing.T, rec *httptest.ResponseRecorder, status int, code string) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status %d, want %d: %s", rec.Code, status, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want JSON", ct)
	}
	var body errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code != code || body.Error.Message == "" {
		t.Errorf("error body %s, want code %q with a message", rec.Body.String(), code)
	}
}

type searchResult struct {
	Query string `json:"query"`
	Total int    `json:"total"`
	Hits  []struct {
		SectionID string   `json:"section_id"`
		DocID     string   `json:"doc_id"`
		Title     string   `json:"title"`
		Year      int      `json:"year"`
		Path      []string `json:"path"`
		Snippet   string   `json:"snippet"`
	} `json:"hits"`
	Facets map[string][]struct {
		Value string `json:"value"`
		Count int    `json:"count"`
	} `json:"facets"`
}

func TestServer_Health(t *testing.T) {
	ts := newTestServer(t, Config{})
	var h struct {
		Status    string `json:"status"`
		Documents int    `json:"documents"`
		Sections  int    `json:"sections"`
		Ready     bool   `json:"ready"`
	}
	// A search waits until the index is ready, so after one healthz must
	// say ready.
	ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2", 200, nil)
	ts.get("/healthz", 200, &h)
	docs, secs := ts.ix.Stats()
	if h.Status != "ok" || h.Documents != docs || h.Sections != secs || docs < 10 || !h.Ready {
		t.Errorf("healthz = %+v, index has %d documents, %d sections", h, docs, secs)
	}
}

func TestServer_Search(t *testing.T) {
	ts := newTestServer(t, Config{})
	t.Run("ErrMessages", func(t *testing.T) {
		// a bad query's message ends with what is wrong, not with the
		// sentinel's "bad query" that its code already says
		for target, want := range map[string]string{
			"/api/v1/search?q=%E6%95%99%E8%82%B2&sort=newest":          `sort "newest" is not relevance, year or -year`,
			"/api/v1/search?q=%E6%95%99%E8%82%B2&group=report":         `group "report" is not section or document`,
			"/api/v1/search?q=" + strings.Repeat("%E6%95%99", 1001):    "query of 1001 characters: at most 1000",
			"/api/v1/timeline?q=%E6%95%99%E8%82%B2&format=csv&table=x": `table "x" is not years, regions or first`,
		} {
			rec := ts.do("GET", target, nil)
			wantError(t, rec, 400, "bad_query")
			var body errorBody
			json.Unmarshal(rec.Body.Bytes(), &body)
			if body.Error.Message != want {
				t.Errorf("GET %.80s: message %q, want %q", target, body.Error.Message, want)
			}
		}
	})
	t.Run("ErrNoSuchKind", func(t *testing.T) {
		// a kind no report can have, as a parameter or in the query: a
		// 400 naming it and the kinds, never a zero that reads as an answer
		for _, target := range []string{
			"/api/v1/search?q=%E6%95%99%E8%82%B2&kind=" + url.QueryEscape("工作通知"),
			"/api/v1/timeline?q=%E6%95%99%E8%82%B2&kind=" + url.QueryEscape("工作通知"),
			"/api/v1/documents?kind=" + url.QueryEscape("工作通知"),
			"/api/v1/terms?year=2024&kind=" + url.QueryEscape("工作通知"),
		} {
			rec := ts.do("GET", target, nil)
			wantError(t, rec, 400, "bad_request")
			if !strings.Contains(rec.Body.String(), `parameter kind \"工作通知\" matches no report: a kind is 总结`) {
				t.Errorf("GET %s: %s, want the parameter named with the kinds", target, rec.Body.String())
			}
		}
		rec := ts.do("GET", "/api/v1/search?q="+url.QueryEscape("教育 kind:通知"), nil)
		wantError(t, rec, 400, "bad_query")
		if !strings.Contains(rec.Body.String(), `kind \"通知\" matches no report`) {
			t.Errorf("kind:通知 in the query: %s, want it named", rec.Body.String())
		}
		// a part of a kind, or a traditional spelling, still filters
		var res searchResult
		ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&size=0&kind="+url.QueryEscape("計劃"), 200, &res)
		if res.Total == 0 {
			t.Errorf("kind=計劃 found nothing")
		}
	})
	t.Run("OK", func(t *testing.T) {
		var res searchResult
		ts.get("/api/v1/search?q="+url.QueryEscape(`"双减"`)+"&size=100", 200, &res)
		if res.Total == 0 || len(res.Hits) != min(res.Total, 100) {
			t.Fatalf("total %d, %d hits", res.Total, len(res.Hits))
		}
		for _, h := range res.Hits {
			if !strings.Contains(h.Snippet, "<mark>双减</mark>") {
				t.Errorf("hit %s: snippet %q lacks the marked phrase", h.SectionID, h.Snippet)
			}
			if h.Path == nil {
				t.Errorf("hit %s: path is null", h.SectionID)
			}
		}
		sum := 0
		for _, f := range res.Facets["year"] {
			sum += f.Count
		}
		if sum != res.Total {
			t.Errorf("year facet counts add up to %d, total is %d", sum, res.Total)
		}
	})
	t.Run("Filters", func(t *testing.T) {
		var all, y2023, ranged searchResult
		ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&size=100", 200, &all)
		ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&year=2023&size=100", 200, &y2023)
		ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&year=2022..2023&size=100", 200, &ranged)
		if !(y2023.Total > 0 && y2023.Total < ranged.Total && ranged.Total < all.Total) {
			t.Errorf("totals: all %d, 2022..2023 %d, 2023 %d", all.Total, ranged.Total, y2023.Total)
		}
		for _, h := range y2023.Hits {
			if h.Year != 2023 {
				t.Errorf("year=2023 returned a hit of %d", h.Year)
			}
		}
	})
	t.Run("Pagination", func(t *testing.T) {
		var p1, p2 searchResult
		ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&size=5", 200, &p1)
		ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&size=5&from=5", 200, &p2)
		if len(p1.Hits) != 5 || len(p2.Hits) != 5 || p1.Hits[0].SectionID == p2.Hits[0].SectionID {
			t.Errorf("pages of 5: %d and %d hits", len(p1.Hits), len(p2.Hits))
		}
	})
	for name, target := range map[string]string{
		"ErrEmptyQuery":   "/api/v1/search?q=",
		"ErrUnclosed":     "/api/v1/search?q=%22abc",
		"ErrSizeTooBig":   "/api/v1/search?q=a&size=101",
		"ErrNegativeFrom": "/api/v1/search?q=a&from=-3",
		"ErrNotANumber":   "/api/v1/search?q=a&size=ten",
		"ErrInvalidUTF8":  "/api/v1/search?q=%FF%FE",
		"ErrBadSort":      "/api/v1/search?q=a&sort=random",
		"ErrBadYear":      "/api/v1/search?q=a&year=20x3",
	} {
		t.Run(name, func(t *testing.T) {
			rec := ts.do("GET", target, nil)
			if rec.Code != 400 {
				t.Fatalf("GET %s = %d, want 400: %s", target, rec.Code, rec.Body.String())
			}
			var body errorBody
			json.Unmarshal(rec.Body.Bytes(), &body)
			if body.Error.Code != "bad_request" && body.Error.Code != "bad_query" || body.Error.Message == "" {
				t.Errorf("GET %s: error body %s", target, rec.Body.String())
			}
		})
	}
}

type docList struct {
	Total     int `json:"total"`
	Documents []struct {
		ID       string `json:"id"`
		Title    string `json:"title"`
		Year     *int   `json:"year"`
		Kind     string `json:"kind"`
		Region   string `json:"region"`
		Sections int    `json:"sections"`
	} `json:"documents"`
}

type docJSON struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Year     *int      `json:"year"`
	Sections []section `json:"sections"`
}

func TestServer_Documents(t *testing.T) {
	ts := newTestServer(t, Config{})
	var all docList
	ts.get("/api/v1/documents?size=100", 200, &all)
	docs, secs := ts.ix.Stats()
	if all.Total != docs || len(all.Documents) != docs {
		t.Fatalf("listed %d (total %d), index has %d", len(all.Documents), all.Total, docs)
	}
	n := 0
	for _, d := range all.Documents {
		n += d.Sections
	}
	if n != secs {
		t.Errorf("section counts add up to %d, index has %d", n, secs)
	}
	t.Run("Filter", func(t *testing.T) {
		var l docList
		ts.get("/api/v1/documents?year=2023&size=100", 200, &l)
		if l.Total == 0 || l.Total >= all.Total {
			t.Errorf("year=2023: %d of %d", l.Total, all.Total)
		}
		for _, d := range l.Documents {
			if d.Year == nil || *d.Year != 2023 {
				t.Errorf("year=2023 listed %s of %v", d.Title, d.Year)
			}
		}
	})
	t.Run("Page", func(t *testing.T) {
		var l docList
		ts.get("/api/v1/documents?from=2&size=3", 200, &l)
		if l.Total != all.Total || len(l.Documents) != 3 || l.Documents[0].ID != all.Documents[2].ID {
			t.Errorf("from=2&size=3: total %d, %d documents", l.Total, len(l.Documents))
		}
	})
	t.Run("Get", func(t *testing.T) {
		var d docJSON
		ts.get("/api/v1/documents/"+all.Documents[0].ID, 200, &d)
		if d.ID != all.Documents[0].ID || len(d.Sections) != all.Documents[0].Sections {
			t.Fatalf("document %s: %d sections, listed with %d", d.ID, len(d.Sections), all.Documents[0].Sections)
		}
		for i, s := range d.Sections {
			if s.Ordinal != i || s.DocID != d.ID || s.Path == nil {
				t.Errorf("section %d: ordinal %d doc %s path %v", i, s.Ordinal, s.DocID, s.Path)
			}
		}
		var sec section
		ts.get("/api/v1/sections/"+d.Sections[1].ID, 200, &sec)
		if !reflect.DeepEqual(sec, d.Sections[1]) {
			t.Errorf("section route = %+v, document has %+v", sec, d.Sections[1])
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		wantError(t, ts.do("GET", "/api/v1/documents/no-such-document", nil), 404, "not_found")
		wantError(t, ts.do("GET", "/api/v1/sections/no-such-section", nil), 404, "not_found")
		wantError(t, ts.do("GET", "/api/v1/documents/no-such-document/counterparts", nil), 404, "not_found")
	})
}

// seriesIDs returns the IDs of the 明湖市 plans by year.
func seriesIDs(t *testing.T, ts *testServer) map[int]string {
	t.Helper()
	ids := map[int]string{}
	for _, d := range ts.ix.Documents() {
		if strings.Contains(d.Title, "明湖市教育局") && d.Kind == "要点" {
			ids[d.Year] = d.ID
		}
	}
	if len(ids) < 3 {
		t.Fatalf("sample corpus: want 明湖市 plans for three years, have %v", ids)
	}
	return ids
}

func TestServer_Counterparts(t *testing.T) {
	ts := newTestServer(t, Config{})
	ids := seriesIDs(t, ts)
	var cp struct {
		Previous *struct{ ID string } `json:"previous"`
		Next     *struct{ ID string } `json:"next"`
	}
	ts.get("/api/v1/documents/"+ids[2023]+"/counterparts", 200, &cp)
	if cp.Previous == nil || cp.Previous.ID != ids[2022] || cp.Next == nil || cp.Next.ID != ids[2024] {
		t.Errorf("counterparts of 2023 = %+v %+v, want %s and %s", cp.Previous, cp.Next, ids[2022], ids[2024])
	}
	ts.get("/api/v1/documents/"+ids[2022]+"/counterparts", 200, &cp)
	if cp.Previous != nil {
		t.Errorf("2022 has a previous: %+v", cp.Previous)
	}
	// A plan and the summary of its year point at each other.
	var summary string
	for _, d := range ts.ix.Documents() {
		if strings.Contains(d.Title, "明湖市教育局") && d.Kind == "总结" && d.Year == 2023 {
			summary = d.ID
		}
	}
	var same struct {
		Plan    *struct{ ID string } `json:"plan"`
		Summary *struct{ ID string } `json:"summary"`
	}
	ts.get("/api/v1/documents/"+ids[2023]+"/counterparts", 200, &same)
	if summary == "" || same.Summary == nil || same.Summary.ID != summary || same.Plan != nil {
		t.Errorf("counterparts of the 2023 plan: summary %+v, plan %+v; want the 2023 summary %s and no plan", same.Summary, same.Plan, summary)
	}
	same.Summary, same.Plan = nil, nil
	ts.get("/api/v1/documents/"+summary+"/counterparts", 200, &same)
	if same.Plan == nil || same.Plan.ID != ids[2023] || same.Summary != nil {
		t.Errorf("counterparts of the 2023 summary: plan %+v, summary %+v; want the 2023 plan %s", same.Plan, same.Summary, ids[2023])
	}
}

func TestServer_Compare(t *testing.T) {
	ts := newTestServer(t, Config{})
	ids := seriesIDs(t, ts)
	t.Run("OK", func(t *testing.T) {
		var res struct {
			From  struct{ ID string } `json:"from"`
			To    struct{ ID string } `json:"to"`
			Pairs []struct {
				Status string               `json:"status"`
				From   *struct{ ID string } `json:"from_section"`
				To     *struct{ ID string } `json:"to_section"`
				Diff   []struct{ Op, Text string }
			} `json:"pairs"`
		}
		ts.get("/api/v1/compare?from="+ids[2022]+"&to="+ids[2023], 200, &res)
		if res.From.ID != ids[2022] || res.To.ID != ids[2023] || len(res.Pairs) == 0 {
			t.Fatalf("compare: from %s to %s, %d pairs", res.From.ID, res.To.ID, len(res.Pairs))
		}
		statuses, inserts := map[string]int{}, 0
		for _, p := range res.Pairs {
			statuses[p.Status]++
			for _, op := range p.Diff {
				if op.Op == "insert" && p.Status == "changed" {
					inserts++
				}
			}
		}
		if statuses["changed"] == 0 || inserts == 0 || statuses["added"]+statuses["removed"] == 0 {
			t.Errorf("statuses %v, %d insertions in changed pairs: want changed pairs with insertions and added or removed sections", statuses, inserts)
		}
	})
	t.Run("HTML", func(t *testing.T) {
		rec := ts.do("GET", "/api/v1/compare?format=html&from="+ids[2022]+"&to="+ids[2023], nil)
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") ||
			!strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") || !strings.Contains(rec.Body.String(), "<html") {
			t.Errorf("html export: %d %q", rec.Code, rec.Header().Get("Content-Type"))
		}
		// named by the two reports, whose sample titles hold their year and region
		a, _ := ts.ix.Document(ids[2022])
		b, _ := ts.ix.Document(ids[2023])
		cd := rec.Header().Get("Content-Disposition")
		if _, p, err := mime.ParseMediaType(cd); err != nil || p["filename"] != "对比_"+a.Title+"_"+b.Title+".html" {
			t.Errorf("html export: Content-Disposition %q (%v); want it named 对比_%s_%s.html", cd, err, a.Title, b.Title)
		}
		if !strings.Contains(cd, `filename="compare-`+a.ID+"-"+b.ID+`.html"`) {
			t.Errorf("html export: Content-Disposition %q has no ASCII name of the two IDs", cd)
		}
	})
	t.Run("CSV", func(t *testing.T) {
		// The tables of the comparison the JSON answers, to be taken to a
		// spreadsheet or a document: a row a pair, a row a changed figure,
		// a row a new or dropped term.
		var rep struct {
			Pairs   []struct{ Status string } `json:"pairs"`
			Summary struct {
				ChangedNumbers []struct{ From, To string } `json:"changed_numbers"`
			} `json:"summary"`
			NewTerms     []struct{ Text string } `json:"new_terms"`
			DroppedTerms []struct{ Text string } `json:"dropped_terms"`
		}
		ts.get("/api/v1/compare?from="+ids[2022]+"&to="+ids[2023], 200, &rep)
		a, _ := ts.ix.Document(ids[2022])
		b, _ := ts.ix.Document(ids[2023])
		for table, want := range map[string]struct {
			rows int
			name string
		}{
			"":        {len(rep.Pairs), "对比章节"},
			"pairs":   {len(rep.Pairs), "对比章节"},
			"numbers": {len(rep.Summary.ChangedNumbers), "对比数字"},
			"terms":   {len(rep.NewTerms) + len(rep.DroppedTerms), "对比提法"},
		} {
			rec := ts.do("GET", "/api/v1/compare?format=csv&table="+table+"&from="+ids[2022]+"&to="+ids[2023], nil)
			if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
				t.Fatalf("table %q: %d %q", table, rec.Code, rec.Header().Get("Content-Type"))
			}
			recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\ufeff"))).ReadAll()
			if err != nil || len(recs) != want.rows+1 {
				t.Errorf("table %q: %d records (%v), want a header and %d rows", table, len(recs), err, want.rows)
			}
			cd := rec.Header().Get("Content-Disposition")
			if _, p, err := mime.ParseMediaType(cd); err != nil || p["filename"] != want.name+"_"+a.Title+"_"+b.Title+".csv" {
				t.Errorf("table %q: Content-Disposition %q (%v); want it named %s_%s_%s.csv", table, cd, err, want.name, a.Title, b.Title)
			}
		}
		if len(rep.Summary.ChangedNumbers) == 0 {
			t.Fatal("the sample's plans of 2022 and 2023 should change figures")
		}
		wantError(t, ts.do("GET", "/api/v1/compare?table=numbers&from="+ids[2022]+"&to="+ids[2023], nil), 400, "bad_request")
		wantError(t, ts.do("GET", "/api/v1/compare?format=csv&table=figures&from="+ids[2022]+"&to="+ids[2023], nil), 400, "bad_request")
	})
	t.Run("Sections", func(t *testing.T) {
		a, _ := ts.ix.Document(ids[2022])
		b, _ := ts.ix.Document(ids[2023])
		var pair struct {
			Status string `json:"status"`
			Diff   []struct {
				Op   string `json:"op"`
				Text string `json:"text"`
			} `json:"diff"`
		}
		s1, s2 := a.Sections[len(a.Sections)-1], b.Sections[len(b.Sections)-1]
		ts.get("/api/v1/compare/sections?from="+s1.ID+"&to="+s2.ID, 200, &pair)
		var old, new strings.Builder
		for _, op := range pair.Diff {
			if op.Op != "insert" {
				old.WriteString(op.Text)
			}
			if op.Op != "delete" {
				new.WriteString(op.Text)
			}
		}
		if pair.Status == "" || !strings.Contains(old.String(), strings.TrimSpace(s1.Text)) || !strings.Contains(new.String(), strings.TrimSpace(s2.Text)) {
			t.Errorf("section diff does not rebuild both texts (status %q)", pair.Status)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		wantError(t, ts.do("GET", "/api/v1/compare?from=nope&to=nada", nil), 404, "not_found")
		wantError(t, ts.do("GET", "/api/v1/compare/sections?from=nope&to=nada", nil), 404, "not_found")
	})
	t.Run("ErrMissing", func(t *testing.T) {
		wantError(t, ts.do("GET", "/api/v1/compare?from="+ids[2022], nil), 400, "bad_request")
		wantError(t, ts.do("GET", "/api/v1/compare?from="+ids[2022]+"&to="+ids[2023]+"&format=pdf", nil), 400, "bad_request")
	})
}

func TestServer_Similar(t *testing.T) {
	ts := newTestServer(t, Config{})
	var res searchResult
	ts.get("/api/v1/search?q="+url.QueryEscape(`"集团化办学"`)+"&size=1", 200, &res)
	if len(res.Hits) == 0 {
		t.Fatal("no section on 集团化办学")
	}
	var sim struct {
		Hits []struct {
			DocID    string `json:"doc_id"`
			Passages []struct {
				Text string `json:"text"`
			} `json:"passages"`
		} `json:"hits"`
	}
	ts.get("/api/v1/sections/"+res.Hits[0].SectionID+"/similar?size=5", 200, &sim)
	for _, h := range sim.Hits {
		if h.DocID == res.Hits[0].DocID {
			t.Errorf("similar returned a section of the same document")
		}
	}
	wantError(t, ts.do("GET", "/api/v1/sections/nope/similar", nil), 404, "not_found")
	wantError(t, ts.do("GET", "/api/v1/sections/"+res.Hits[0].SectionID+"/similar?size=0", nil), 400, "bad_request")
}

const goodUpload = "2024年某市教育工作要点\n一、总体要求\n坚持立德树人，推进双减。\n二、主要任务\n新建学校5所。\n"

func TestServer_Upload(t *testing.T) {
	ts := newTestServer(t, Config{Token: "sekret", MaxBody: 1 << 20})
	auth := []string{"Authorization", "Bearer sekret", "Content-Type", "text/plain"}
	before, beforeDocs := ts.ix.Documents(), 0
	beforeDocs, _ = ts.ix.Stats()
	unchanged := func(t *testing.T) {
		t.Helper()
		if n, _ := ts.ix.Stats(); n != beforeDocs || !reflect.DeepEqual(ts.ix.Documents(), before) {
			t.Errorf("a rejected upload changed the index: %d documents, had %d", n, beforeDocs)
		}
	}
	t.Run("ErrNoToken", func(t *testing.T) {
		wantError(t, ts.do("POST", "/api/v1/documents?filename=a.txt", strings.NewReader(goodUpload), "Content-Type", "text/plain"), 401, "unauthorized")
		wantError(t, ts.do("POST", "/api/v1/documents?filename=a.txt", strings.NewReader(goodUpload), "Authorization", "Bearer wrong"), 401, "unauthorized")
		wantError(t, ts.do("DELETE", "/api/v1/documents/"+before[0].ID, nil), 401, "unauthorized")
		unchanged(t)
	})
	t.Run("ErrBinary", func(t *testing.T) {
		junk := bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe, 7, 0x80}, 2000)
		rec := ts.do("POST", "/api/v1/documents?filename=x.bin", bytes.NewReader(junk), auth...)
		if rec.Code < 400 || rec.Code >= 500 {
			t.Errorf("binary upload = %d, want a 4xx", rec.Code)
		}
		wantError(t, ts.do("POST", "/api/v1/documents?filename=x.txt", bytes.NewReader(junk), auth...), 415, "unsupported_media")
		unchanged(t)
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		wantError(t, ts.do("POST", "/api/v1/documents?filename=empty.txt", strings.NewReader(" \n\n"), auth...), 400, "bad_request")
		wantError(t, ts.do("POST", "/api/v1/documents", strings.NewReader(goodUpload), auth...), 400, "bad_request")
		unchanged(t)
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		big := strings.Repeat("教育", 1<<19) // 3 MiB
		rec := ts.do("POST", "/api/v1/documents?filename=big.txt", strings.NewReader(big), auth...)
		wantError(t, rec, 413, "too_large")
		// the limit, so that the client knows what it may send
		if !strings.Contains(rec.Body.String(), "limit of 1 MiB") {
			t.Errorf("upload over the limit: %s does not say the limit", rec.Body.String())
		}
		// and which file, with a declared length (refused before it is
		// read) or without one (refused as it is read)
		if !strings.Contains(rec.Body.String(), `"big.txt: `) {
			t.Errorf("upload over the limit: %s does not name the file", rec.Body.String())
		}
		rec = ts.do("POST", "/api/v1/documents?filename=dir/big.txt", io.MultiReader(strings.NewReader(big)), auth...)
		wantError(t, rec, 413, "too_large")
		if !strings.Contains(rec.Body.String(), `"big.txt: `) || !strings.Contains(rec.Body.String(), "limit of 1 MiB") {
			t.Errorf("upload of unknown length over the limit: %s does not name the file and the limit", rec.Body.String())
		}
		// a multipart upload (the UI's) names its file the same, with a
		// declared length or without, with a field before the file or not
		for _, field := range []bool{false, true} {
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			if field {
				mw.WriteField("note", "青川市")
			}
			fw, _ := mw.CreateFormFile("file", "big-plan.txt")
			fw.Write([]byte(big))
			mw.Close()
			for _, r := range []io.Reader{bytes.NewReader(body.Bytes()), io.MultiReader(bytes.NewReader(body.Bytes()))} {
				rec := ts.do("POST", "/api/v1/documents", r, "Authorization", "Bearer sekret", "Content-Type", mw.FormDataContentType())
				wantError(t, rec, 413, "too_large")
				if !strings.Contains(rec.Body.String(), `"big-plan.txt: `) || !strings.Contains(rec.Body.String(), "limit of 1 MiB") {
					t.Errorf("multipart upload over the limit (%T, field before: %v): %s does not name the file and the limit", r, field, rec.Body.String())
				}
			}
		}
		unchanged(t)
	})
	t.Run("OK", func(t *testing.T) {
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		fw, _ := mw.CreateFormFile("file", "plan-2024.txt")
		fw.Write([]byte(goodUpload))
		mw.Close()
		rec := ts.do("POST", "/api/v1/documents", &body, "Authorization", "Bearer sekret", "Content-Type", mw.FormDataContentType())
		if rec.Code != 201 {
			t.Fatalf("upload = %d: %s", rec.Code, rec.Body.String())
		}
		var d docJSON
		json.Unmarshal(rec.Body.Bytes(), &d)
		if d.ID == "" || d.Year == nil || *d.Year != 2024 || len(d.Sections) < 2 {
			t.Fatalf("uploaded document: %s", rec.Body.String())
		}
		var res searchResult
		ts.get("/api/v1/search?q="+url.QueryEscape(`"新建学校5所"`), 200, &res)
		if res.Total != 1 || res.Hits[0].DocID != d.ID {
			t.Errorf("the uploaded text is not found: %d hits", res.Total)
		}
		if rec := ts.do("DELETE", "/api/v1/documents/"+d.ID, nil, "Authorization", "Bearer sekret"); rec.Code != 204 {
			t.Fatalf("delete = %d: %s", rec.Code, rec.Body.String())
		}
		ts.get("/api/v1/search?q="+url.QueryEscape(`"新建学校5所"`), 200, &res)
		if res.Total != 0 {
			t.Errorf("deleted text still found")
		}
		wantError(t, ts.do("GET", "/api/v1/documents/"+d.ID, nil), 404, "not_found")
		wantError(t, ts.do("DELETE", "/api/v1/documents/"+d.ID, nil, "Authorization", "Bearer sekret"), 404, "not_found")
		unchanged(t)
	})
}

func TestServer_WritesDisabled(t *testing.T) {
	ts := newTestServer(t, Config{})
	wantError(t, ts.do("POST", "/api/v1/documents?filename=a.txt", strings.NewReader(goodUpload)), 401, "unauthorized")
	open := &testServer{t: t, ix: ts.ix, h: New(embedded.New(ts.ix), Config{AllowWrites: true}).Handler()}
	if rec := open.do("POST", "/api/v1/documents?filename=a.txt", strings.NewReader(goodUpload)); rec.Code != 201 {
		t.Errorf("--allow-writes upload = %d: %s", rec.Code, rec.Body.String())
	}
}

func TestServer_Routes(t *testing.T) {
	ts := newTestServer(t, Config{CORSOrigins: []string{"http://example.test"}})
	wantError(t, ts.do("GET", "/api/v1/no-such-route", nil), 404, "not_found")
	wantError(t, ts.do("GET", "/api/nothing", nil), 404, "not_found")
	// a route asked with a method it does not take: 405 saying which it takes
	for _, tt := range []struct{ method, target, allow string }{
		{"POST", "/api/v1/search", "GET, HEAD"},
		{"PUT", "/api/v1/documents", "GET, POST, HEAD"},
		{"POST", "/api/v1/documents/x", "GET, PATCH, DELETE, HEAD"},
		{"DELETE", "/api/v1/watches", "GET, POST, HEAD"},
	} {
		rec := ts.do(tt.method, tt.target, nil)
		wantError(t, rec, 405, "method_not_allowed")
		if got := rec.Header().Get("Allow"); got != tt.allow {
			t.Errorf("%s %s: Allow %q, want %q", tt.method, tt.target, got, tt.allow)
		}
	}
	wantError(t, ts.do("PUT", "/api/v1/nothing", nil), 404, "not_found")
	wantError(t, ts.do("POST", "/", nil), 404, "not_found")
	// OPTIONS without a preflight: what the route takes
	if rec := ts.do("OPTIONS", "/api/v1/documents", nil); rec.Code != 204 || rec.Header().Get("Allow") != "GET, POST, HEAD, OPTIONS" {
		t.Errorf("OPTIONS /api/v1/documents = %d, Allow %q; want 204 with the route's methods", rec.Code, rec.Header().Get("Allow"))
	}
	rec := ts.do("OPTIONS", "/api/v1/search", nil, "Origin", "http://example.test", "Access-Control-Request-Method", "GET")
	if rec.Code >= 400 || rec.Header().Get("Access-Control-Allow-Origin") != "http://example.test" {
		t.Errorf("preflight = %d, allow-origin %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
	}
	rec = ts.do("OPTIONS", "/api/v1/search", nil, "Origin", "http://evil.test", "Access-Control-Request-Method", "GET")
	if rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from an origin not allowed got allow-origin %q", rec.Header().Get("Access-Control-Allow-Origin"))
	}
	rec = ts.do("GET", "/", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "<html") {
		t.Errorf("GET / = %d, want the UI", rec.Code)
	}
	rec = ts.do("GET", "/api/v1/search?q=%E6%95%99%E8%82%B2", nil, "Accept-Encoding", "gzip")
	if rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("search with Accept-Encoding: gzip answered without gzip")
	}
	if rec := ts.do("GET", "/debug/pprof/", nil); rec.Code != 404 {
		t.Errorf("pprof served without --pprof: %d", rec.Code)
	}
}

// TestServer_Concurrent runs searches in parallel while documents are added
// and deleted; .ci/run runs it again under -race.
func TestServer_Concurrent(t *testing.T) {
	ts := newTestServer(t, Config{AllowWrites: true})
	queries := []string{`"双减"`, "教育 质量", `"教育强市" -"新质生产力"`, "课后服务 year:2023", `"育现代"`}
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				q := queries[(w+i)%len(queries)]
				req := httptest.NewRequest("GET", "/api/v1/search?q="+url.QueryEscape(q), nil)
				rec := httptest.NewRecorder()
				ts.h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					errs <- fmt.Errorf("search %s = %d: %s", q, rec.Code, rec.Body.String())
				}
			}
		}(w)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 10; i++ {
			text := fmt.Sprintf("%d年某县教育工作要点\n一、总体要求\n推进双减第%d轮。\n", 2030+i, i)
			req := httptest.NewRequest("POST", "/api/v1/documents?filename=c.txt", strings.NewReader(text))
			rec := httptest.NewRecorder()
			ts.h.ServeHTTP(rec, req)
			if rec.Code != 201 {
				errs <- fmt.Errorf("upload = %d: %s", rec.Code, rec.Body.String())
				continue
			}
			var d docJSON
			json.Unmarshal(rec.Body.Bytes(), &d)
			if i%2 == 0 {
				req = httptest.NewRequest("DELETE", "/api/v1/documents/"+d.ID, nil)
				rec = httptest.NewRecorder()
				ts.h.ServeHTTP(rec, req)
				if rec.Code != 204 {
					errs <- fmt.Errorf("delete = %d", rec.Code)
				}
			} else {
				// A correction while searches read the metadata.
				req = httptest.NewRequest("PATCH", "/api/v1/documents/"+d.ID, strings.NewReader(`{"region":"云岫市","kind":"要点"}`))
				rec = httptest.NewRecorder()
				ts.h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					errs <- fmt.Errorf("patch = %d: %s", rec.Code, rec.Body.String())
				}
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var res searchResult
	ts.get("/api/v1/search?q="+url.QueryEscape(`"推进双减第"`)+"&size=100", 200, &res)
	if res.Total != 5 {
		t.Errorf("after 10 uploads and 5 deletes, %d sections hold the uploaded wording, want 5", res.Total)
	}
	ts.get("/api/v1/search?q="+url.QueryEscape(`"推进双减第"`)+"&region="+url.QueryEscape("云岫市")+"&size=100", 200, &res)
	if res.Total != 5 {
		t.Errorf("after 5 corrections to 云岫市, the region filter finds %d sections, want 5", res.Total)
	}
}

// TestServer_Origin checks that a page of another site cannot write: not
// with the default configuration, not with "*" and writes open, and only
// with a token when "*" is configured.
func TestServer_Origin(t *testing.T) {
	ix := sampleIndex(t)
	post := func(cfg Config, origin, token string) *httptest.ResponseRecorder {
		ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), cfg).Handler()}
		h := []string{}
		if origin != "" {
			h = append(h, "Origin", origin)
		}
		if token != "" {
			h = append(h, "Authorization", "Bearer "+token)
		}
		return ts.do("POST", "/api/v1/documents?filename=a.txt", strings.NewReader(goodUpload), h...)
	}
	open := Config{AllowWrites: true}
	wantError(t, post(open, "http://evil.test", ""), 403, "forbidden")
	if rec := post(open, "", ""); rec.Code != 201 {
		t.Errorf("upload without Origin = %d: %s", rec.Code, rec.Body.String())
	}
	if rec := post(open, "http://example.com", ""); rec.Code != 201 { // httptest's Host is example.com
		t.Errorf("upload from the server's own origin = %d: %s", rec.Code, rec.Body.String())
	}
	anyOpen := Config{AllowWrites: true, CORSOrigins: []string{"*"}}
	wantError(t, post(anyOpen, "http://evil.test", ""), 403, "forbidden")
	ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), anyOpen).Handler()}
	if rec := ts.do("GET", "/api/v1/documents", nil, "Origin", "http://evil.test"); rec.Code != 200 || rec.Header().Get("Access-Control-Allow-Origin") == "" {
		t.Errorf("read from any origin with --cors '*' = %d, allow-origin %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
	}
	anyToken := Config{Token: "t0ken", CORSOrigins: []string{"*"}}
	if rec := post(anyToken, "http://app.test", "t0ken"); rec.Code != 201 {
		t.Errorf("upload with the token from another origin under '*' = %d: %s", rec.Code, rec.Body.String())
	}
	named := Config{AllowWrites: true, CORSOrigins: []string{"http://app.test"}}
	if rec := post(named, "http://app.test", ""); rec.Code != 201 {
		t.Errorf("upload from a listed origin = %d: %s", rec.Code, rec.Body.String())
	}
	wantError(t, post(named, "http://evil.test", ""), 403, "forbidden")
}

// TestServer_CORSWrites checks that a preflight from a page of another
// site offers the write methods only where the write would be taken: an
// origin listed by name, or "*" with a token. Under "*" without a token
// the write is refused, and the preflight says so first.
func TestServer_CORSWrites(t *testing.T) {
	ix := sampleIndex(t)
	preflight := func(cfg Config, origin string) *httptest.ResponseRecorder {
		ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), cfg).Handler()}
		return ts.do("OPTIONS", "/api/v1/documents", nil, "Origin", origin, "Access-Control-Request-Method", "POST")
	}
	tests := []struct {
		cfg        Config
		origin     string
		allowWrite bool
		allowFrom  string
	}{
		{Config{AllowWrites: true, CORSOrigins: []string{"*"}}, "http://evil.test", false, "*"},
		{Config{Token: "t0ken", CORSOrigins: []string{"*"}}, "http://app.test", true, "*"},
		{Config{AllowWrites: true, CORSOrigins: []string{"http://app.test"}}, "http://app.test", true, "http://app.test"},
		{Config{AllowWrites: true, CORSOrigins: []string{"*", "http://app.test"}}, "http://app.test", true, "http://app.test"},
		{Config{AllowWrites: true, CORSOrigins: []string{"*", "http://app.test"}}, "http://evil.test", false, "*"},
	}
	for _, tt := range tests {
		rec := preflight(tt.cfg, tt.origin)
		methods := rec.Header().Get("Access-Control-Allow-Methods")
		if got := strings.Contains(methods, "POST"); got != tt.allowWrite || rec.Header().Get("Access-Control-Allow-Origin") != tt.allowFrom {
			t.Errorf("--cors %v token %q: preflight of POST from %s = %d, Allow-Origin %q, Allow-Methods %q; want POST offered %v to %q",
				tt.cfg.CORSOrigins, tt.cfg.Token, tt.origin, rec.Code, rec.Header().Get("Access-Control-Allow-Origin"), methods, tt.allowWrite, tt.allowFrom)
		}
	}
	// the refused write says why, and what would let it through
	ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), Config{AllowWrites: true, CORSOrigins: []string{"*"}}).Handler()}
	rec := ts.do("POST", "/api/v1/documents?filename=a.txt", strings.NewReader(goodUpload), "Origin", "http://evil.test")
	wantError(t, rec, 403, "forbidden")
	if !strings.Contains(rec.Body.String(), "not write") {
		t.Errorf("write from another origin under --cors * without a token: %s, want it to say reads only", rec.Body.String())
	}
}

// TestServer_UnknownParams checks that a query parameter a route does not
// take (a misspelt filter, another route's) is a 400 naming it, rather than
// dropped with the answer unfiltered.
// TestServer_TrailingSlash checks that a route asked with a slash too
// many is a 404 in JSON naming the route without it, for every method:
// gin redirected it with an HTML body (a 307 for a POST or a DELETE).
func TestServer_TrailingSlash(t *testing.T) {
	ts := newTestServer(t, Config{Token: "sekret"})
	var docs struct {
		Documents []docInfo `json:"documents"`
	}
	ts.get("/api/v1/documents?size=1", 200, &docs)
	id := docs.Documents[0].ID
	for _, tt := range []struct{ method, target, route string }{
		{"GET", "/api/v1/documents/", "/api/v1/documents"},
		{"POST", "/api/v1/documents/", "/api/v1/documents"},
		{"GET", "/api/v1/documents/" + id + "/", "/api/v1/documents/" + id},
		{"DELETE", "/api/v1/documents/" + id + "/", "/api/v1/documents/" + id},
		{"GET", "/api/v1/search/?q=x", "/api/v1/search"},
	} {
		rec := ts.do(tt.method, tt.target, strings.NewReader(goodUpload), "Authorization", "Bearer sekret", "Content-Type", "text/plain")
		wantError(t, rec, 404, "not_found")
		if !strings.Contains(rec.Body.String(), "the route is "+tt.route+",") {
			t.Errorf("%s %s: %s does not name %s", tt.method, tt.target, rec.Body.String(), tt.route)
		}
	}
	// a path that is no route with or without the slash says only that
	rec := ts.do("GET", "/api/v1/nothing/", nil)
	wantError(t, rec, 404, "not_found")
	if strings.Contains(rec.Body.String(), "the route is") {
		t.Errorf("GET /api/v1/nothing/: %s names a route", rec.Body.String())
	}
	// the document is still there: the DELETE with a slash did nothing
	ts.get("/api/v1/documents/"+id, 200, nil)
}

func TestServer_UnknownParams(t *testing.T) {
	ts := newTestServer(t, Config{Token: "sekret", Watches: openWatches(t)})
	var docs struct {
		Documents []docInfo `json:"documents"`
	}
	ts.get("/api/v1/documents?size=1", 200, &docs)
	id := docs.Documents[0].ID
	for _, tt := range []struct{ method, target, param string }{
		{"GET", "/api/v1/search?q=%E6%95%99%E8%82%B2&years=2023", "years"},
		{"GET", "/api/v1/search?q=%E6%95%99%E8%82%B2&limit=5", "limit"},
		{"GET", "/api/v1/timeline?q=%E6%95%99%E8%82%B2&regoin=x", "regoin"},
		{"GET", "/api/v1/terms?year=2024&size=5", "size"},
		{"GET", "/api/v1/documents?q=x", "q"},
		{"GET", "/api/v1/documents/" + id + "?outline=1", "outline"},
		{"GET", "/api/v1/compare?from=" + id + "&to=" + id + "&side_by_side=1", "side_by_side"},
		{"GET", "/api/v1/watches?q=x", "q"},
		{"POST", "/api/v1/documents?filename=a.txt&year=2024", "year"},
	} {
		rec := ts.do(tt.method, tt.target, strings.NewReader(goodUpload), "Authorization", "Bearer sekret", "Content-Type", "text/plain")
		wantError(t, rec, 400, "bad_request")
		if !strings.Contains(rec.Body.String(), `\"`+tt.param+`\"`) {
			t.Errorf("%s %s: %s does not name %s", tt.method, tt.target, rec.Body.String(), tt.param)
		}
	}
	// a parameter of one value, given twice: which would be taken?
	for _, target := range []string{"/api/v1/search?q=%E6%95%99%E8%82%B2&q=x", "/api/v1/search?q=x&size=1&size=2",
		"/api/v1/compare?from=" + id + "&from=x&to=" + id, "/api/v1/terms?year=2024&limit=1&limit=2"} {
		rec := ts.do("GET", target, nil)
		wantError(t, rec, 400, "bad_request")
		if !strings.Contains(rec.Body.String(), "given 2 times") {
			t.Errorf("GET %s: %s does not say the parameter is repeated", target, rec.Body.String())
		}
	}
	// filters repeat: each value filters
	ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&year=2023&year=2024&region=x&region=y", 200, nil)
	// HEAD is checked as its GET; every parameter of a route's contract passes
	if rec := ts.do("HEAD", "/api/v1/search?q=x&limit=5", nil); rec.Code != 400 {
		t.Errorf("HEAD with an unknown parameter = %d, want 400", rec.Code)
	}
	ts.get("/api/v1/search?q=%E6%95%99%E8%82%B2&year=2023&region=x&kind=%E8%AE%A1%E5%88%92&issuer=x&from=0&size=1&sort=year&group=document&format=json", 200, nil)
	ts.get("/api/v1/documents/"+id, 200, nil)
}

// TestServer_Host checks that a server on loopback refuses requests that
// name it by another host (DNS rebinding) and accepts its loopback names.
func TestServer_Host(t *testing.T) {
	ix := sampleIndex(t)
	ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), Config{Hosts: LoopbackHosts("127.0.0.1:8080")}).Handler()}
	for host, want := range map[string]int{"evil.test": 403, "evil.test:8080": 403, "127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "127.0.0.1": 200} {
		req := httptest.NewRequest("GET", "/healthz", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		ts.h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("GET /healthz with Host %q = %d, want %d", host, rec.Code, want)
		}
	}
	if h := LoopbackHosts("0.0.0.0:8080"); h != nil {
		t.Errorf("LoopbackHosts(0.0.0.0:8080) = %v, want nil (any host)", h)
	}
	if h := LoopbackHosts("[::1]:9000"); len(h) == 0 {
		t.Errorf("LoopbackHosts([::1]:9000) = nil, want the loopback names")
	}
}

// TestServer_UploadMalformed checks that broken files are the client's
// error: a 4xx naming the file, never a 500, and nothing stored.
func TestServer_UploadMalformed(t *testing.T) {
	ts := newTestServer(t, Config{AllowWrites: true})
	before, _ := ts.ix.Stats()
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	var archive bytes.Buffer
	aw := zip.NewWriter(&archive)
	w, _ = aw.Create("reports/2024.txt")
	w.Write([]byte("云岫市教育局2024年工作要点\n一、总体要求\n推进教育现代化。\n"))
	aw.Close()
	deep := "<html><body>" + strings.Repeat("<div>", 600) + "云岫市" + strings.Repeat("</div>", 600) + "</body></html>"
	huge := strings.Repeat("云岫市推进教育现代化。\n", corpus.MaxText/30+1)
	for _, tc := range []struct {
		name, body string
		status     int
		code       string
	}{
		{"xxe.docx", z.String(), 400, "bad_request"},
		{"deep.html", deep, 400, "bad_request"},
		{"huge.txt", huge, 413, "too_large"},
		// a zip of reports, named .txt or .docx: what it is and what to
		// do, not which part of a Word file it lacks
		{"reports.txt", archive.String(), 415, "unsupported_media"},
		{"reports.docx", archive.String(), 415, "unsupported_media"},
		{"reports.zip", archive.String(), 415, "unsupported_media"},
	} {
		rec := ts.do("POST", "/api/v1/documents?filename="+tc.name, strings.NewReader(tc.body))
		wantError(t, rec, tc.status, tc.code)
		if !strings.Contains(rec.Body.String(), tc.name) {
			t.Errorf("upload %s: error %s does not name the file", tc.name, rec.Body.String())
		}
		if strings.HasSuffix(tc.name, ".zip") {
			// every format the upload reads, as the README and the
			// OpenAPI document list them (.htm, .wps and .fodt were left out)
			if !strings.Contains(rec.Body.String(), ".txt, .md, .html, .htm, .doc, .docx, .wps, .odt, .fodt, .rtf, .pdf, .ofd, .tmx, or a .json, .jsonl or .csv record") {
				t.Errorf("upload %s: error %s does not list every format", tc.name, rec.Body.String())
			}
		} else if tc.code == "unsupported_media" && !strings.Contains(rec.Body.String(), "a zip archive that is not a Word (.docx), OpenDocument or OFD file") {
			t.Errorf("upload %s: error %s does not say it is an archive of other files", tc.name, rec.Body.String())
		}
	}
	// A file name no file system gives (a NUL): PostgreSQL refuses to store
	// it, so it must be the client's error, on every backend, not a failed
	// write.
	rec := ts.do("POST", "/api/v1/documents?filename=a%00b.txt", strings.NewReader("2024年云岫市教育工作要点\n一、总体要求\n推进教育现代化。\n"))
	wantError(t, rec, 400, "bad_request")
	if after, _ := ts.ix.Stats(); after != before {
		t.Errorf("malformed uploads changed the index: %d documents, want %d", after, before)
	}
}

// TestServer_UploadDOC checks that a Word 97-2003 file is read like the
// other formats, and that a damaged one is the client's error naming it.
func TestServer_UploadDOC(t *testing.T) {
	ts := newTestServer(t, Config{AllowWrites: true})
	doc, err := os.ReadFile("../corpus/testdata/doc/wangchuan-jyj-2025-summary.doc")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		rec := ts.do("POST", "/api/v1/documents?filename=summary.doc", bytes.NewReader(doc))
		if rec.Code != 201 {
			t.Fatalf("upload summary.doc = %d: %s", rec.Code, rec.Body.String())
		}
		var d docJSON
		json.Unmarshal(rec.Body.Bytes(), &d)
		if d.Title != "望川县教育局2025年工作总结" || d.Year == nil || *d.Year != 2025 || len(d.Sections) < 5 {
			t.Fatalf("uploaded summary.doc: %s", rec.Body.String())
		}
		var res searchResult
		ts.get("/api/v1/search?q="+url.QueryEscape(`"望川名师"`), 200, &res)
		if res.Total != 1 || res.Hits[0].DocID != d.ID {
			t.Errorf("the uploaded .doc's text is not found: %d hits", res.Total)
		}
	})
	t.Run("ErrDamaged", func(t *testing.T) {
		before, _ := ts.ix.Stats()
		for _, tc := range []struct {
			name   string
			body   []byte
			status int
			code   string
		}{
			{"cut.doc", doc[:len(doc)*2/3], 400, "bad_request"},
			{"junk.doc", bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe, 7, 0x80}, 2000), 415, "unsupported_media"},
		} {
			rec := ts.do("POST", "/api/v1/documents?filename="+tc.name, bytes.NewReader(tc.body))
			wantError(t, rec, tc.status, tc.code)
			if !strings.Contains(rec.Body.String(), tc.name) {
				t.Errorf("upload %s: error %s does not name the file", tc.name, rec.Body.String())
			}
		}
		if after, _ := ts.ix.Stats(); after != before {
			t.Errorf("damaged .doc uploads changed the index: %d documents, want %d", after, before)
		}
	})
}

// rtfLines writes lines as RTF the way Word does: a paragraph a line,
// each character outside ASCII as \uN with a ? for readers that cannot.
func rtfLines(lines ...string) []byte {
	var b strings.Builder
	b.WriteString(`{\rtf1\ansi\ansicpg936\uc1{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}{\header 页眉}`)
	for _, l := range lines {
		b.WriteString(`\pard\f0 `)
		for _, r := range l {
			if r < 0x80 {
				b.WriteRune(r)
			} else {
				fmt.Fprintf(&b, `\u%d?`, int16(r))
			}
		}
		b.WriteString("\\par\n")
	}
	b.WriteString("}")
	return []byte(b.String())
}

// TestServer_UploadRTF checks that an RTF file, named .rtf or .doc, is
// read like the other formats, and that a broken one is the client's
// error naming it.
func TestServer_UploadRTF(t *testing.T) {
	ts := newTestServer(t, Config{AllowWrites: true})
	// (two documents: the index keeps one of two alike)
	for name, dams := range map[string]string{"summary.rtf": "两座", "summary.doc": "三座"} {
		body := rtfLines("望川县水利局2033年工作总结", "一、主要工作", "新建小型水库"+dams+"，加固堤防十二公里。", "二、2034年工作打算", "推进灌区续建配套与节水改造。")
		rec := ts.do("POST", "/api/v1/documents?filename="+name, bytes.NewReader(body))
		if rec.Code != 201 {
			t.Fatalf("upload %s = %d: %s", name, rec.Code, rec.Body.String())
		}
		var d docJSON
		json.Unmarshal(rec.Body.Bytes(), &d)
		if d.Title != "望川县水利局2033年工作总结" || d.Year == nil || *d.Year != 2033 || strings.Contains(rec.Body.String(), "页眉") {
			t.Errorf("uploaded %s: %s", name, rec.Body.String())
		}
	}
	before, _ := ts.ix.Stats()
	for _, tc := range []struct {
		name, body string
	}{
		{"empty.rtf", `{\rtf1\ansi{\fonttbl{\f0 Song;}}{\info{\title 望川}}\par}`},
		{"notrtf.rtf", "望川县水利局2033年工作总结"},
		{"deep.doc", `{\rtf1 ` + strings.Repeat("{", 3000) + "x"},
	} {
		rec := ts.do("POST", "/api/v1/documents?filename="+tc.name, strings.NewReader(tc.body))
		wantError(t, rec, 400, "bad_request")
		if !strings.Contains(rec.Body.String(), tc.name) {
			t.Errorf("upload %s: error %s does not name the file", tc.name, rec.Body.String())
		}
	}
	if after, _ := ts.ix.Stats(); after != before {
		t.Errorf("broken RTF uploads changed the index: %d documents, want %d", after, before)
	}
}

// TestServer_UploadPastDeadline checks that an upload whose reading outlasts
// the request's deadline is answered 504 and not committed.
func TestServer_UploadPastDeadline(t *testing.T) {
	ts := newTestServer(t, Config{AllowWrites: true, Timeout: time.Nanosecond})
	before, _ := ts.ix.Stats()
	wantError(t, ts.do("POST", "/api/v1/documents?filename=late.txt", strings.NewReader(goodUpload)), 504, "timeout")
	if after, _ := ts.ix.Stats(); after != before {
		t.Errorf("an upload answered 504 was committed: %d documents, want %d", after, before)
	}
}

// TestErrorStatus_WriteFailed checks that a failed write is told apart: a
// full disk is 507, another failure 500, both with their cause shown.
func TestErrorStatus_WriteFailed(t *testing.T) {
	full := fmt.Errorf("add: %w: write /data/store.db: %w", index.ErrWriteFailed, syscall.ENOSPC)
	bleveFull := fmt.Errorf("add: %w: segment persist err: write x.zap: no space left on device", index.ErrWriteFailed)
	other := fmt.Errorf("add: %w: search index batch: panic: boom", index.ErrWriteFailed)
	for _, tc := range []struct {
		err    error
		code   string
		status int
	}{
		{full, "insufficient_storage", 507},
		{bleveFull, "insufficient_storage", 507},
		{other, "write_failed", 500},
	} {
		if code, status := errorStatus(tc.err); code != tc.code || status != tc.status {
			t.Errorf("errorStatus(%v) = %s %d, want %s %d", tc.err, code, status, tc.code, tc.status)
		}
	}
}

// TestServer_BadQueryString checks that a query string that does not
// decode, a control character and an excluded filter are 400s that say
// what is wrong, not an empty query or a silent word.
func TestServer_BadQueryString(t *testing.T) {
	ts := newTestServer(t, Config{})
	for target, want := range map[string][2]string{
		"/api/v1/search?q=%zz":                           {"bad_request", "%zz"},
		"/api/v1/search?q=%E5%8F%8C%00":                  {"bad_query", "control character"},
		"/api/v1/search?q=%E5%8F%8C%E5%87%8F+-year:2023": {"bad_query", "cannot be excluded"},
	} {
		rec := ts.do("GET", target, nil)
		wantError(t, rec, 400, want[0])
		if !strings.Contains(rec.Body.String(), want[1]) {
			t.Errorf("GET %s: %s, want a message with %q", target, rec.Body.String(), want[1])
		}
	}
}

// TestServer_LongURI checks that a URL over MaxURI is a JSON 414.
func TestServer_LongURI(t *testing.T) {
	ts := newTestServer(t, Config{})
	wantError(t, ts.do("GET", "/api/v1/search?q="+strings.Repeat("a", MaxURI), nil), 414, "uri_too_long")
}

// TestServer_CompareDeadline checks that compare takes the request's
// deadline: past it the answer is a 504, not a report computed long after.
func TestServer_CompareDeadline(t *testing.T) {
	ts := newTestServer(t, Config{Timeout: time.Nanosecond})
	docs := ts.ix.Documents()
	rec := ts.do("GET", "/api/v1/compare?from="+docs[0].ID+"&to="+docs[1].ID, nil)
	wantError(t, rec, 504, "timeout")
}

// TestErrorStatus_Unsupported checks that a call the backend does not
// offer (errors.ErrUnsupported, however wrapped) is 501, not an internal
// error.
func TestErrorStatus_Unsupported(t *testing.T) {
	err := fmt.Errorf("similar passages: %w", fmt.Errorf("not supported on this engine yet: %w", errors.ErrUnsupported))
	if code, status := errorStatus(err); code != "not_implemented" || status != 501 {
		t.Errorf("errorStatus(%v) = %s %d, want not_implemented 501", err, code, status)
	}
}

func TestParseOrigins(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // joined by " "; "error" for an error
	}{
		{"", ""},
		{" http://a.test , https://b.test:8443 ,", "http://a.test https://b.test:8443"},
		{"*", "*"},
		{"http://[::1]:8080", "http://[::1]:8080"},
		{"a.test", "error"},
		{"http://a.test,a.test", "error"},
		{"http://a.test/", "error"},
		{"http://a.test/app", "error"},
		{"http://*.a.test", "error"},
		{"null", "error"},
		{"file://", "error"},
		{"ftp://a.test", "error"},
		{"http://user@a.test", "error"},
		{"HTTP://a.test", "error"},
	} {
		got, err := ParseOrigins(tt.in)
		if err != nil {
			if tt.want != "error" {
				t.Errorf("ParseOrigins(%q): %v, want %q", tt.in, err, tt.want)
			}
			continue
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("ParseOrigins(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

func TestUploadName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plan-2024.txt", "plan-2024.txt"},
		{"../../etc/plan.txt", "plan.txt"},
		{`C:\Users\李\报告\2024年工作要点.docx`, "2024年工作要点.docx"},
		{"云岫市 工作总结.pdf", "云岫市 工作总结.pdf"},
		{"2031年\n工作总结.txt", "error"},
		{"a\rb.txt", "error"},
		{"a\x1b[31mb.txt", "error"},
		{"a\x00b.txt", "error"},
		{"\u202etxt.exe", "error"},
		{"a\xffb.txt", "error"},
		{strings.Repeat("报", 300) + ".txt", "error"},
		{strings.Repeat("报", 251) + ".txt", strings.Repeat("报", 251) + ".txt"},
		{strings.Repeat("长/", 1000) + "plan.txt", "plan.txt"},
	} {
		got, err := uploadName(tt.in)
		if err != nil {
			got = "error"
			if !errors.Is(err, errBadRequest) {
				t.Errorf("uploadName(%q) error %v is not a bad request", tt.in, err)
			}
		}
		if got != tt.want {
			t.Errorf("uploadName(%q) = %q (%v), want %q", tt.in, got, err, tt.want)
		}
	}
	// through the API: refused, the index as it was
	ts := newTestServer(t, Config{AllowWrites: true})
	before, _ := ts.ix.Stats()
	wantError(t, ts.do("POST", "/api/v1/documents?filename="+url.QueryEscape("a\x1b]0;x\x07.txt"), strings.NewReader(goodUpload)), 400, "bad_request")
	if after, _ := ts.ix.Stats(); after != before {
		t.Errorf("a refused upload changed the index: %d -> %d documents", before, after)
	}
}

// TestUploadTurn checks that uploads past Config.MaxUploads wait for their
// turn and, past their deadline, are refused as busy with nothing indexed.
func TestUploadTurn(t *testing.T) {
	ix := sampleIndex(t)
	srv := New(embedded.New(ix), Config{AllowWrites: true, MaxUploads: 1, Timeout: 200 * time.Millisecond})
	ts := &testServer{t: t, ix: ix, h: srv.Handler()}
	before, _ := ix.Stats()
	srv.uploads <- struct{}{} // an upload being read
	rec := ts.do("POST", "/api/v1/documents?filename=plan.txt", strings.NewReader(goodUpload))
	wantError(t, rec, 503, "busy")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("a busy answer without Retry-After")
	}
	if after, _ := ix.Stats(); after != before {
		t.Errorf("a refused upload changed the index: %d -> %d documents", before, after)
	}
	<-srv.uploads // that upload is done
	if rec := ts.do("POST", "/api/v1/documents?filename=plan.txt", strings.NewReader(goodUpload)); rec.Code != 201 {
		t.Fatalf("upload with a free turn = %d: %s", rec.Code, rec.Body.String())
	}
	if len(srv.uploads) != 0 {
		t.Errorf("%d turns still taken after the upload", len(srv.uploads))
	}
}

// TestUploadSlowReader checks that an upload whose reading does not stop at
// the deadline is answered at the deadline (504), and that the reading
// keeps its upload turn until it ends: the next upload is refused as busy
// meanwhile, and taken once the reading is over.
func TestUploadSlowReader(t *testing.T) {
	ix := sampleIndex(t)
	srv := New(embedded.New(ix), Config{AllowWrites: true, MaxUploads: 1, Timeout: 200 * time.Millisecond})
	ts := &testServer{t: t, ix: ix, h: srv.Handler()}
	release, ended := make(chan struct{}), make(chan struct{})
	readFile = func(ctx context.Context, name string, data []byte) (*corpus.Document, error) {
		defer close(ended)
		<-release // deaf to ctx, as a reader stuck in one long loop is
		return corpus.ReadContext(context.Background(), name, data)
	}
	defer func() { readFile = corpus.ReadContext }()
	before, _ := ix.Stats()
	start := time.Now()
	wantError(t, ts.do("POST", "/api/v1/documents?filename=plan.txt", strings.NewReader(goodUpload)), 504, "timeout")
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the upload was answered after %v, its deadline 200ms", d)
	}
	wantError(t, ts.do("POST", "/api/v1/documents?filename=plan.txt", strings.NewReader(goodUpload)), 503, "busy")
	close(release)
	<-ended
	for i := 0; len(srv.uploads) != 0 && i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if after, _ := ix.Stats(); after != before {
		t.Errorf("the reading past the deadline changed the index: %d -> %d documents", before, after)
	}
	readFile = corpus.ReadContext
	if rec := ts.do("POST", "/api/v1/documents?filename=plan.txt", strings.NewReader(goodUpload)); rec.Code != 201 {
		t.Fatalf("upload once the reading ended = %d: %s", rec.Code, rec.Body.String())
	}
}

// TestErrorStatus_Rebuilding: a search refused while a damaged part of
// the exact index is read again from the store is a 503 a client can
// retry (code rebuilding, Retry-After), not the 500 store_damaged it was
// (the store is whole, and the server answers again once it is rebuilt).
func TestErrorStatus_Rebuilding(t *testing.T) {
	err := fmt.Errorf("search: %w: its file exact/seg-00000001.grs is damaged", index.ErrRebuilding)
	if code, status := errorStatus(err); code != "rebuilding" || status != 503 {
		t.Errorf("errorStatus(%v) = %s %d, want rebuilding 503", err, code, status)
	}
}

// TestErrorStatus_Loading: a request that came while the index loads its
// sections after a start, and did not see the load end within its grace
// (index.WaitReady), is a 503 loading, not a 504 at its deadline nor a
// 500.
func TestErrorStatus_Loading(t *testing.T) {
	err := fmt.Errorf("search: %w after govreport started", index.ErrLoading)
	if code, status := errorStatus(err); code != "loading" || status != 503 {
		t.Errorf("errorStatus(%v) = %s %d, want loading 503", err, code, status)
	}
}
