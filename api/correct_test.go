package api

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// Two plans of a fictional city bureau without a title line: inference has
// little to go on, corrections make them a series.
const (
	untitledPlan2023 = "一、总体要求\n坚持立德树人，全面落实双减。\n二、重点任务\n（一）学位供给\n新建改扩建中小学12所。\n（二）课后服务\n课后服务覆盖率达到95%。\n"
	untitledPlan2024 = "一、总体要求\n坚持立德树人，全面落实双减，建设教育强市。\n二、重点任务\n（一）学位供给\n新建改扩建中小学15所。\n（二）课后服务\n课后服务覆盖率达到98%。\n"
)

type correctedDoc struct {
	ID      string            `json:"id"`
	Title   string            `json:"title"`
	Year    *int              `json:"year"`
	Region  string            `json:"region"`
	Kind    string            `json:"kind"`
	Issuer  string            `json:"issuer"`
	Origins map[string]string `json:"origins"`
}

// correctServer serves an index in dir holding the two untitled plans.
func correctServer(t *testing.T, dir string) (*testServer, func()) {
	t.Helper()
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), Config{Token: "sekret"}).Handler()}
	return ts, func() { ix.Close() }
}

func (ts *testServer) patch(id, body string) *httptest.ResponseRecorder {
	ts.t.Helper()
	return ts.do("PATCH", "/api/v1/documents/"+id, strings.NewReader(body), "Authorization", "Bearer sekret", "Content-Type", "application/json")
}

func TestServer_Correct(t *testing.T) {
	dir := t.TempDir()
	ts, closeIx := correctServer(t, dir)
	auth := []string{"Authorization", "Bearer sekret", "Content-Type", "text/plain"}
	upload := func(ts *testServer, name, text string) correctedDoc {
		t.Helper()
		rec := ts.do("POST", "/api/v1/documents?filename="+name, strings.NewReader(text), auth...)
		if rec.Code != 201 {
			t.Fatalf("upload %s = %d: %s", name, rec.Code, rec.Body.String())
		}
		var d correctedDoc
		json.Unmarshal(rec.Body.Bytes(), &d)
		return d
	}
	a := upload(ts, "a.txt", untitledPlan2023)
	b := upload(ts, "b.txt", untitledPlan2024)
	inferredYear := a.Year

	t.Run("ErrAuth", func(t *testing.T) {
		wantError(t, ts.do("PATCH", "/api/v1/documents/"+a.ID, strings.NewReader(`{"year":2023}`)), 401, "unauthorized")
		wantError(t, ts.do("PATCH", "/api/v1/documents/"+a.ID, strings.NewReader(`{"year":2023}`), "Authorization", "Bearer wrong"), 401, "unauthorized")
		closed := New(embedded.New(ts.ix), Config{}).Handler() // no token, writes not allowed
		rec := httptest.NewRecorder()
		closed.ServeHTTP(rec, httptest.NewRequest("PATCH", "/api/v1/documents/"+a.ID, strings.NewReader(`{"year":2023}`)))
		wantError(t, rec, 401, "unauthorized")
	})
	t.Run("ErrBadField", func(t *testing.T) {
		for body, field := range map[string]string{
			`{"colour":"红"}`:           "colour",
			`{"year":"next year"}`:     "year",
			`{"year":2023.5}`:          "year",
			`{"year":1800}`:            "year",
			`{"title":5}`:              "title",
			`{"region":["云岫市"]}`:       "region",
			`{"issuer":"教育\n局"}`:       "issuer",
			"{\"region\":\"云\xff岫市\"}": "region",
			`{"kind":"\ud800"}`:        "kind",
			`{"kind":"工作总结"}`:          "政府工作报告", // the kinds there are
			`[1,2]`:                    "JSON object",
			`null`:                     "JSON object",
		} {
			rec := ts.patch(a.ID, body)
			wantError(t, rec, 400, "bad_request")
			if !strings.Contains(rec.Body.String(), field) {
				t.Errorf("PATCH %s: message %s does not name %s", body, rec.Body.String(), field)
			}
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		wantError(t, ts.patch("no-such-document", `{"year":2023}`), 404, "not_found")
	})

	// The corrections that make the two a series.
	for id, body := range map[string]string{
		a.ID: `{"title":"云岫市教育局2023年工作要点","year":2023,"kind":"要点","region":"云岫市","issuer":"教育局"}`,
		b.ID: `{"title":"云岫市教育局2024年工作要点","year":"2024","kind":"要点","region":"云岫市","issuer":"教育局"}`,
	} {
		rec := ts.patch(id, body)
		if rec.Code != 200 {
			t.Fatalf("PATCH %s = %d: %s", body, rec.Code, rec.Body.String())
		}
		var d correctedDoc
		json.Unmarshal(rec.Body.Bytes(), &d)
		for _, f := range corpus.OverrideFields {
			if d.Origins[f] != corpus.OriginUser {
				t.Errorf("PATCH %s: origin of %s = %q, want user", body, f, d.Origins[f])
			}
		}
	}

	check := func(when string, ts *testServer) {
		t.Helper()
		var res searchResult
		ts.get("/api/v1/search?q="+url.QueryEscape(`"课后服务覆盖率"`)+"&region="+url.QueryEscape("云岫"), 200, &res)
		if res.Total != 2 {
			t.Errorf("%s: search with region=云岫 found %d sections, want 2", when, res.Total)
		}
		facets := map[string]int{}
		for name, vs := range res.Facets {
			for _, v := range vs {
				facets[name+":"+v.Value] = v.Count
			}
		}
		for _, want := range []string{"region:云岫市", "year:2023", "year:2024", "kind:要点", "issuer:教育局"} {
			if facets[want] == 0 {
				t.Errorf("%s: facets lack %s: %v", when, want, facets)
			}
		}
		var cp struct {
			Previous *struct{ ID string } `json:"previous"`
			Next     *struct{ ID string } `json:"next"`
		}
		ts.get("/api/v1/documents/"+a.ID+"/counterparts", 200, &cp)
		if cp.Next == nil || cp.Next.ID != b.ID {
			t.Errorf("%s: counterparts of the 2023 plan: next %+v, want %s", when, cp.Next, b.ID)
		}
		var cmp struct {
			From correctedDoc `json:"from"`
			To   correctedDoc `json:"to"`
		}
		ts.get("/api/v1/compare?from="+a.ID+"&to="+b.ID, 200, &cmp)
		if cmp.From.Title != "云岫市教育局2023年工作要点" || cmp.To.Region != "云岫市" || cmp.To.Year == nil || *cmp.To.Year != 2024 {
			t.Errorf("%s: compare from %+v to %+v, want the corrections", when, cmp.From, cmp.To)
		}
	}
	check("after PATCH", ts)

	// Uploading the same file again keeps the corrections, and says so.
	if d := upload(ts, "a.txt", untitledPlan2023); d.Region != "云岫市" || d.Origins["region"] != corpus.OriginUser {
		t.Errorf("re-upload answered region %q origins %v, want the correction", d.Region, d.Origins)
	}
	check("after uploading again", ts)

	// govreport reindex, then a new server.
	closeIx()
	if err := index.Rebuild(dir, nil); err != nil {
		t.Fatal(err)
	}
	ts, closeIx = correctServer(t, dir)
	defer closeIx()
	check("after reindex", ts)

	// null and "" clear a correction: the inferred value is back.
	rec := ts.patch(a.ID, `{"year":null,"issuer":""}`)
	var d correctedDoc
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &d) != nil {
		t.Fatalf("PATCH clearing = %d: %s", rec.Code, rec.Body.String())
	}
	if (d.Year == nil) != (inferredYear == nil) || d.Year != nil && *d.Year != *inferredYear || d.Origins["year"] == corpus.OriginUser || d.Origins["issuer"] == corpus.OriginUser {
		t.Errorf("after clearing: year %v origins %v, want the inferred year %v, no user origin", d.Year, d.Origins, inferredYear)
	}
	if d.Region != "云岫市" || d.Origins["region"] != corpus.OriginUser {
		t.Errorf("clearing year and issuer changed the region: %q %v", d.Region, d.Origins)
	}
}
