package api

import (
	"encoding/json"
	"encoding/xml"
	"io/fs"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/watch"
)

// openWatches returns a watch store in a temporary folder.
func openWatches(t *testing.T) *watch.Store {
	t.Helper()
	st, err := watch.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// atomFeed is what a reader takes from a feed.
type atomFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  string   `xml:"author>name"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

// feed fetches and parses the Atom feed of watch id, checking what Atom
// requires of a feed and its entries.
func (ts *testServer) feed(id string) atomFeed {
	ts.t.Helper()
	rec := ts.do("GET", "/api/v1/watches/"+id+"/feed", nil)
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/atom+xml") {
		ts.t.Fatalf("feed of %s = %d %s: %s", id, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	var f atomFeed
	if err := xml.Unmarshal(rec.Body.Bytes(), &f); err != nil {
		ts.t.Fatalf("feed of %s is not Atom XML: %v\n%s", id, err, rec.Body.String())
	}
	if f.ID == "" || f.Title == "" || f.Author == "" {
		ts.t.Errorf("feed of %s lacks id, title or author: %+v", id, f)
	}
	if _, err := time.Parse(time.RFC3339, f.Updated); err != nil {
		ts.t.Errorf("feed of %s: updated %q: %v", id, f.Updated, err)
	}
	for _, e := range f.Entries {
		if e.ID == "" || e.Title == "" || e.Link.Href == "" {
			ts.t.Errorf("feed of %s: entry lacks id, title or link: %+v", id, e)
		}
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
			ts.t.Errorf("feed of %s: entry %s updated %q: %v", id, e.ID, e.Updated, err)
		}
	}
	return f
}

// feedDocs returns the document IDs a feed links to, in its order.
func feedDocs(t *testing.T, f atomFeed) []string {
	var ids []string
	for _, e := range f.Entries {
		_, id, ok := strings.Cut(e.Link.Href, "/#/doc/")
		if !ok {
			t.Errorf("entry %s links to %s, not a document page", e.ID, e.Link.Href)
		}
		ids = append(ids, id)
	}
	return ids
}

func (ts *testServer) createWatch(body string, status int) WatchJSON {
	ts.t.Helper()
	rec := ts.do("POST", "/api/v1/watches", strings.NewReader(body), "Authorization", "Bearer sekret", "Content-Type", "application/json")
	if rec.Code != status {
		ts.t.Fatalf("POST /api/v1/watches %s = %d, want %d: %s", body, rec.Code, status, rec.Body.String())
	}
	var w WatchJSON
	if err := json.Unmarshal(rec.Body.Bytes(), &w); err != nil {
		ts.t.Fatal(err)
	}
	return w
}

// uploadedJSON is an upload's answer.
type uploadedJSON struct {
	ID      string     `json:"id"`
	Title   string     `json:"title"`
	Watches []watchRef `json:"watches"`
}

func (ts *testServer) upload(name, text string) uploadedJSON {
	ts.t.Helper()
	rec := ts.do("POST", "/api/v1/documents?filename="+url.QueryEscape(name), strings.NewReader(text), "Authorization", "Bearer sekret", "Content-Type", "text/plain")
	if rec.Code != 201 {
		ts.t.Fatalf("upload %s = %d: %s", name, rec.Code, rec.Body.String())
	}
	var u uploadedJSON
	if err := json.Unmarshal(rec.Body.Bytes(), &u); err != nil {
		ts.t.Fatal(err)
	}
	return u
}

func refIDs(refs []watchRef) string {
	var ids []string
	for _, r := range refs {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, ",")
}

// TestServer_Watches is the life of a watch: made before new reports
// come, it lists in its feed (and the uploads name it for) the new
// matching reports, newest first, and nothing else: not the reports that
// matched before it was made, not a new report that does not match, not a
// report whose content was in the index already. It survives a restart;
// deleting it is durable too.
func TestServer_Watches(t *testing.T) {
	dir := t.TempDir()
	st, err := watch.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix := sampleIndex(t)
	ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), Config{Token: "sekret", Watches: st}).Handler()}

	var before searchResult
	ts.get("/api/v1/search?group=document&q="+url.QueryEscape(`"双减"`), 200, &before)
	if before.Total == 0 {
		t.Fatal("no sample report holds 双减: the test would prove nothing")
	}
	w := ts.createWatch(`{"q":"\"双减\""}`, 201)
	old := ts.createWatch(`{"q":"\"双减\"","year":"2022"}`, 201)
	if w.New != 0 || w.Feed != "/api/v1/watches/"+w.ID+"/feed" || w.Created.IsZero() {
		t.Errorf("new watch = %+v", w)
	}
	if again := ts.createWatch(`{"q":" \"双减\" "}`, 200); again.ID != w.ID {
		t.Errorf("the same query saved again made watch %s, want %s", again.ID, w.ID)
	}
	if f := ts.feed(w.ID); len(f.Entries) != 0 {
		t.Errorf("feed of a new watch lists %v; the reports that matched before it was made do not belong in it", feedDocs(t, f))
	}

	a := ts.upload("a.txt", "2024年青岚县教育工作要点\n一、总体要求\n坚持立德树人，深化双减改革。\n二、主要任务\n新建学校5所。\n")
	b := ts.upload("b.txt", "2024年青岚县卫生健康工作要点\n一、总体要求\n坚持人民至上。\n二、主要任务\n新建社区卫生服务中心3个。\n")
	c := ts.upload("c.txt", "2025年云岫市教育工作计划\n一、工作目标\n巩固双减成果，课后服务全覆盖。\n")
	if refIDs(a.Watches) != w.ID || refIDs(c.Watches) != w.ID {
		t.Errorf("uploads matching 双减 name watches %q and %q, want %s only (the 2022 watch takes neither)", refIDs(a.Watches), refIDs(c.Watches), w.ID)
	}
	if len(b.Watches) != 0 {
		t.Errorf("an upload without 双减 names watches %q", refIDs(b.Watches))
	}
	// A sample report uploaded again: the same content, not new.
	raw, err := fs.ReadFile(sample.FS, "wangchuan-gov-2023-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	if again := ts.upload("wangchuan-gov-2023-report.txt", string(raw)); len(again.Watches) != 0 {
		t.Errorf("a report uploaded again names watches %q", refIDs(again.Watches))
	}

	f := ts.feed(w.ID)
	if got := strings.Join(feedDocs(t, f), ","); got != c.ID+","+a.ID {
		t.Errorf("feed lists %s, want %s,%s (the new matching reports, newest first)", got, c.ID, a.ID)
	}
	if len(f.Entries) == 2 && (f.Entries[0].Title != c.Title || f.Entries[0].Updated != f.Updated) {
		t.Errorf("first entry %q updated %s, want %q, updated as the feed (%s)", f.Entries[0].Title, f.Entries[0].Updated, c.Title, f.Updated)
	}
	if f := ts.feed(old.ID); len(f.Entries) != 0 {
		t.Errorf("feed of the 2022 watch lists %v", feedDocs(t, f))
	}
	var list struct{ Watches []WatchJSON }
	ts.get("/api/v1/watches", 200, &list)
	if len(list.Watches) != 2 || list.Watches[0].ID != w.ID || list.Watches[0].New != 2 || list.Watches[1].New != 0 {
		t.Errorf("watches = %+v, want %s with 2 new, then %s with none", list.Watches, w.ID, old.ID)
	}

	// A restart: the watches come back from the folder.
	st2, err := watch.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ts2 := &testServer{t: t, ix: ix, h: New(embedded.New(ix), Config{Token: "sekret", Watches: st2}).Handler()}
	if got := strings.Join(feedDocs(t, ts2.feed(w.ID)), ","); got != c.ID+","+a.ID {
		t.Errorf("after a restart the feed lists %s", got)
	}
	wantError(t, ts2.do("DELETE", "/api/v1/watches/"+w.ID, nil), 401, "unauthorized")
	if rec := ts2.do("DELETE", "/api/v1/watches/"+w.ID, nil, "Authorization", "Bearer sekret"); rec.Code != 204 {
		t.Fatalf("delete = %d: %s", rec.Code, rec.Body.String())
	}
	wantError(t, ts2.do("GET", "/api/v1/watches/"+w.ID+"/feed", nil), 404, "not_found")
	st3, err := watch.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l := st3.List(); len(l) != 1 || l[0].ID != old.ID {
		t.Errorf("after delete and reopen, watches = %+v, want %s only", l, old.ID)
	}
}

func TestServer_WatchesRefused(t *testing.T) {
	ts := newTestServer(t, Config{Watches: openWatches(t)})
	wantError(t, ts.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"教育"}`), "Content-Type", "application/json"), 401, "unauthorized")
	cross := newTestServer(t, Config{AllowWrites: true, CORSOrigins: []string{"*"}, Watches: openWatches(t)})
	wantError(t, cross.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"教育"}`), "Origin", "http://elsewhere.test"), 403, "forbidden")
	none := newTestServer(t, Config{AllowWrites: true})
	wantError(t, none.do("GET", "/api/v1/watches", nil), 501, "not_implemented")
	saved := openWatches(t)
	open := newTestServer(t, Config{AllowWrites: true, Watches: saved})
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"  "}`)), 400, "bad_query")
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"教育","year":"20x4"}`)), 400, "bad_query")
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader(`[1]`)), 400, "bad_request")
	// a query or filters longer than a query may be: every upload runs it
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"`+strings.Repeat("教育 OR ", 1<<16)+`教育"}`)), 400, "bad_query")
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"教育","region":"`+strings.Repeat("某县,", 1<<12)+`"}`)), 400, "bad_query")
	// invalid UTF-8, a lone surrogate: encoding/json would make them U+FFFD
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader("{\"q\":\"教\xff育\"}")), 400, "bad_request")
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"教育","region":"\ud800"}`)), 400, "bad_request")
	// A filter with a NUL, a terminal's escape or a bidirectional control:
	// the watch list prints filters as they are.
	for _, body := range []string{`{"q":"教育","region":"a\u0000"}`, `{"q":"教育","kind":"\u001b[31m计划"}`, `{"q":"教育","issuer":["教育局","\u202e局"]}`} {
		rec := open.do("POST", "/api/v1/watches", strings.NewReader(body))
		wantError(t, rec, 400, "bad_request")
		if !strings.Contains(rec.Body.String(), "control character") {
			t.Errorf("POST %s: %s does not name the control character", body, rec.Body.String())
		}
	}
	// Two objects: which one would be saved? Neither.
	wantError(t, open.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"教育"} {"q":"双减"}`)), 400, "bad_request")
	if l := saved.List(); len(l) != 0 {
		t.Errorf("refused bodies saved watches %+v", l)
	}
	if rec := open.do("POST", "/api/v1/watches", strings.NewReader(`{"q":"教育","year":["2023..2024"]}`)); rec.Code != 201 {
		t.Errorf("--allow-writes watch = %d: %s", rec.Code, rec.Body.String())
	}
}
