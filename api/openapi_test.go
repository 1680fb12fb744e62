package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

// TestOpenAPI validates the spec, then real responses of every route in it,
// OK and error cases, against it. A route in the spec that no request here
// reaches fails the test, so the spec and the server cannot drift apart.
func TestOpenAPI(t *testing.T) {
	ctx := context.Background()
	loader := openapi3.NewLoader()
	spec, err := loader.LoadFromData(openapiSpec)
	if err != nil {
		t.Fatal(err)
	}
	if err := spec.Validate(ctx); err != nil {
		t.Fatalf("openapi.json is not valid OpenAPI 3: %v", err)
	}
	// The HTML export is checked as a string; the tests in server_test.go
	// look inside it.
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.FileBodyDecoder)
	openapi3filter.RegisterBodyDecoder("application/atom+xml", openapi3filter.FileBodyDecoder) // TestServer_Watches parses it
	router, err := legacy.NewRouter(spec)
	if err != nil {
		t.Fatal(err)
	}

	ts := newTestServer(t, Config{Token: "sekret", Watches: openWatches(t)})
	docs := ts.ix.Documents()
	ids := seriesIDs(t, ts)
	d, _ := ts.ix.Document(ids[2023])
	sec := d.Sections[1].ID
	q := url.QueryEscape
	auth := []string{"Authorization", "Bearer sekret", "Content-Type", "text/plain"}
	authJSON := []string{"Authorization", "Bearer sekret", "Content-Type", "application/json"}

	type exchange struct {
		method, target string
		body           string
		header         []string
	}
	exchanges := []exchange{
		{"GET", "/healthz", "", nil},
		{"GET", "/api/v1/openapi.json", "", nil},
		{"GET", "/api/v1/search?q=" + q(`"双减"`) + "&year=2022..2024&sort=-year", "", nil},
		{"GET", "/api/v1/search?q=" + q("教育 质量") + "&region=明湖&kind=要点&size=3&from=1", "", nil},
		{"GET", "/api/v1/search?q=" + q(`"unclosed`), "", nil},
		{"GET", "/api/v1/search?q=a&size=1000", "", nil},
		{"GET", "/api/v1/search?q=" + q(`"双减"`) + "&group=document&sort=year", "", nil},
		{"GET", "/api/v1/search?q=" + q(`"双减"`) + "&group=document&format=csv", "", nil},
		{"GET", "/api/v1/search?q=" + q(`"双减"`) + "&group=chapter", "", nil},
		{"GET", "/api/v1/timeline?q=" + q(`"双减"`) + "&region=明湖", "", nil},
		{"GET", "/api/v1/timeline?q=" + q(`"双减"`) + "&format=csv&table=regions", "", nil},
		{"GET", "/api/v1/timeline?q=", "", nil},
		{"GET", "/api/v1/terms?year=2024&region=" + q("望川") + "&limit=5", "", nil},
		{"GET", "/api/v1/terms?year=2024&dropped=true&format=csv", "", nil},
		{"GET", "/api/v1/terms?year=2022..2024", "", nil},
		{"GET", "/api/v1/documents?size=100", "", nil},
		{"GET", "/api/v1/documents?year=2023&kind=要点", "", nil},
		{"GET", "/api/v1/documents?from=x", "", nil},
		{"GET", "/api/v1/documents?year=2023&format=csv", "", nil},
		{"GET", "/api/v1/documents?format=csv&size=0", "", nil},
		{"GET", "/api/v1/documents/" + docs[0].ID, "", nil},
		{"GET", "/api/v1/documents/nope", "", nil},
		{"GET", "/api/v1/documents/" + ids[2023] + "/counterparts", "", nil},
		{"GET", "/api/v1/documents/" + ids[2022] + "/counterparts", "", nil},
		{"GET", "/api/v1/documents/nope/counterparts", "", nil},
		{"GET", "/api/v1/sections/" + sec, "", nil},
		{"GET", "/api/v1/sections/nope", "", nil},
		{"GET", "/api/v1/sections/" + sec + "/similar?size=3", "", nil},
		{"GET", "/api/v1/sections/nope/similar", "", nil},
		{"GET", "/api/v1/compare?from=" + ids[2022] + "&to=" + ids[2023], "", nil},
		{"GET", "/api/v1/compare?from=" + ids[2022] + "&to=" + ids[2023] + "&format=html", "", nil},
		{"GET", "/api/v1/compare?from=nope&to=nada", "", nil},
		{"GET", "/api/v1/compare?from=" + ids[2022], "", nil},
		{"GET", "/api/v1/compare/sections?from=" + d.Sections[1].ID + "&to=" + d.Sections[2].ID + "&ignore_punct=true", "", nil},
		{"GET", "/api/v1/compare/sections?from=nope&to=nada", "", nil},
		{"POST", "/api/v1/documents?filename=a.txt", goodUpload, []string{"Content-Type", "text/plain"}},
		{"POST", "/api/v1/documents?filename=x.txt", "\x00\x01\x02\xff\xfe\x00\x00\x00", auth},
		{"POST", "/api/v1/documents?filename=a.txt", goodUpload, auth},
		{"PATCH", "/api/v1/documents/" + docs[0].ID, `{"year":2023,"region":"明湖市","issuer":null}`, authJSON},
		{"PATCH", "/api/v1/documents/" + docs[0].ID, `{"year":null,"region":""}`, authJSON},
		{"PATCH", "/api/v1/documents/" + docs[0].ID, `{"colour":"红"}`, authJSON},
		{"PATCH", "/api/v1/documents/" + docs[0].ID, `{"year":2023}`, nil},
		{"PATCH", "/api/v1/documents/nope", `{"year":2023}`, authJSON},
		{"DELETE", "/api/v1/documents/nope", "", []string{"Authorization", "Bearer sekret"}},
		{"DELETE", "/api/v1/documents/nope", "", nil},
		{"POST", "/api/v1/watches", `{"q":"\"双减\"","year":["2024"],"region":"望川"}`, authJSON},
		{"POST", "/api/v1/watches", `{"q":"\"双减\"","year":2024,"region":["望川"]}`, authJSON},
		{"POST", "/api/v1/watches", `{"q":"\"unclosed"}`, authJSON},
		{"POST", "/api/v1/watches", `{"q":"教育","colour":"红"}`, authJSON},
		{"POST", "/api/v1/watches", `{"q":"教育"}`, []string{"Content-Type", "application/json"}},
		{"GET", "/api/v1/watches", "", nil},
		{"GET", "/api/v1/watches/nope/feed", "", nil},
		{"DELETE", "/api/v1/watches/nope", "", []string{"Authorization", "Bearer sekret"}},
		{"DELETE", "/api/v1/watches/nope", "", nil},
	}
	reached := map[string]bool{}
	var uploaded string
	for _, ex := range exchanges {
		var body io.Reader
		if ex.body != "" {
			body = strings.NewReader(ex.body)
		}
		rec := ts.do(ex.method, ex.target, body, ex.header...)
		if ex.target == "/api/v1/watches" && ex.method == "POST" && rec.Code == 201 {
			var w WatchJSON
			if err := json.Unmarshal(rec.Body.Bytes(), &w); err == nil {
				exchanges = append(exchanges, exchange{"GET", w.Feed, "", nil},
					exchange{"DELETE", "/api/v1/watches/" + w.ID, "", []string{"Authorization", "Bearer sekret"}})
			}
		} else if ex.method == "POST" && rec.Code == 201 {
			uploaded = ex.target
			var doc docJSON
			if err := json.Unmarshal(rec.Body.Bytes(), &doc); err == nil {
				exchanges = append(exchanges, exchange{"DELETE", "/api/v1/documents/" + doc.ID, "", []string{"Authorization", "Bearer sekret"}})
			}
		}
		path, err := inSpec(router, ex.method, ex.target, rec)
		if path == "" {
			t.Errorf("%s %s: not in the spec: %v", ex.method, ex.target, err)
			continue
		}
		reached[ex.method+" "+path] = true
		if err != nil {
			t.Errorf("%s %s -> %d does not match the spec: %v", ex.method, ex.target, rec.Code, err)
		}
	}
	if uploaded == "" {
		t.Error("no upload succeeded")
	}
	for path, item := range spec.Paths.Map() {
		for method := range item.Operations() {
			if !reached[method+" "+path] {
				t.Errorf("%s %s is in the spec but no test request reached it", method, path)
			}
		}
	}
}

// inSpec checks the response rec that method and target got against the
// spec's router: it returns the spec's path of the route ("" when the
// spec has none, err saying why) and whether the response matches what
// the spec says of that route and status (err).
func inSpec(router routers.Router, method, target string, rec *httptest.ResponseRecorder) (path string, err error) {
	req := httptest.NewRequest(method, target, nil)
	route, params, err := router.FindRoute(req)
	if err != nil {
		return "", err
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 rec.Code,
		Header:                 rec.Header(),
		Body:                   io.NopCloser(bytes.NewReader(rec.Body.Bytes())),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true},
	}
	return route.Path, openapi3filter.ValidateResponse(context.Background(), in)
}
