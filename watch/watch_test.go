package watch

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/search"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func TestStore(t *testing.T) {
	dir := t.TempDir()
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l := st.List(); len(l) != 0 {
		t.Fatalf("a new folder has watches %v", l)
	}
	a, created, err := st.Add(Watch{Query: `"双减"`, Years: []string{"2024"}, Created: t0})
	if err != nil || !created || a.ID == "" {
		t.Fatalf("Add = %+v, %v, %v", a, created, err)
	}
	if same, created, err := st.Add(Watch{Query: `"双减" `, Years: []string{"2024"}, Created: t0.Add(time.Hour)}); err != nil || created || same.ID != a.ID || !same.Created.Equal(t0) {
		t.Errorf("Add of the same query = %+v, %v, %v; want watch %s as it was", same, created, err, a.ID)
	}
	b, _, err := st.Add(Watch{Query: `"双减"`, Created: t0.Add(time.Hour)})
	if err != nil || b.ID == a.ID {
		t.Fatalf("Add without the year filter = %+v, %v; want a watch of its own", b, err)
	}
	for _, bad := range []Watch{{Query: " ", Created: t0}, {Query: `"open`, Created: t0}, {Query: "教育", Years: []string{"x"}, Created: t0}} {
		if _, _, err := st.Add(bad); !errors.Is(err, search.ErrBadQuery) {
			t.Errorf("Add(%+v) = %v, want a bad query", bad, err)
		}
	}
	if err := st.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if err := st.Delete(a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete twice = %v, want ErrNotFound", err)
	}
	// Only the file is left in the folder, no temporary one.
	names, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(names) != 1 || filepath.Base(names[0]) != FileName {
		t.Errorf("folder holds %v, want %s only", names, FileName)
	}
	st2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l := st2.List(); len(l) != 1 || l[0].ID != b.ID || l[0].Query != `"双减"` || !l[0].Created.Equal(b.Created) {
		t.Errorf("reopened: %+v, want %+v", l, b)
	}
	if _, err := st2.Get(a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of a deleted watch = %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), FileName) || !strings.Contains(err.Error(), "move it away") {
		t.Errorf("Open of a damaged watches file = %v, want an error naming it and what to do", err)
	}
}

// TestOpenRefusesBadWatch puts in the watches file what Add never writes:
// Open names the file and the watch, where the server started and every
// listing of its watches failed with the client's "bad query" (r73h).
func TestOpenRefusesBadWatch(t *testing.T) {
	for _, c := range []struct{ name, list string }{
		{"unclosed quote", `{"id":"a1","q":"\"","created":"2026-01-01T00:00:00Z"}`},
		{"empty query", `{"id":"a1","q":" ","created":"2026-01-01T00:00:00Z"}`},
		{"bad year", `{"id":"a1","q":"双减","year":["abc"],"created":"2026-01-01T00:00:00Z"}`},
		{"no id", `{"q":"双减","created":"2026-01-01T00:00:00Z"}`},
		{"no time", `{"id":"a1","q":"双减"}`},
		{"same id", `{"id":"a1","q":"双减","created":"2026-01-01T00:00:00Z"},{"id":"a1","q":"课后服务","created":"2026-01-01T00:00:00Z"}`},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(`{"watches":[`+c.list+`]}`), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Open(dir)
		if err == nil || !strings.Contains(err.Error(), FileName) || !strings.Contains(err.Error(), "watch ") {
			t.Errorf("%s: Open = %v, want an error naming the file and the watch", c.name, err)
		}
	}
	dir := t.TempDir()
	good := `{"watches":[{"id":"a1","q":"\"双减\"","year":["2024..2025"],"created":"2026-01-01T00:00:00Z"}]}`
	os.WriteFile(filepath.Join(dir, FileName), []byte(good), 0o644)
	if st, err := Open(dir); err != nil || len(st.List()) != 1 {
		t.Errorf("Open of a good file: %v", err)
	}
}

// TestOpenKeepsNoSuchKind: a watch saved before a kind no report can have
// was refused (kind:工作通知) is kept when the list is opened, so that the
// watches and the server still open, and New finds nothing for it, as it
// always did.
func TestOpenKeepsNoSuchKind(t *testing.T) {
	dir := t.TempDir()
	list := `{"watches":[{"id":"a1","q":"双减 kind:工作通知","created":"2026-01-01T00:00:00Z"},{"id":"a2","q":"双减","kind":["通知"],"created":"2026-01-01T00:00:00Z"}]}`
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := Open(dir)
	if err != nil || len(st.List()) != 2 {
		t.Fatalf("Open = %v, want the two watches kept", err)
	}
	r := parsing{report("n1", "新报告一", t0.Add(time.Hour))}
	for _, w := range st.List() {
		if got, err := New(context.Background(), r, w); err != nil || len(got) != 0 {
			t.Errorf("New(%s) = %v, %v; want nothing, no error", w.String(), got, err)
		}
	}
}

// parsing is a Reporter that parses the request as an engine does, and
// answers the same reports for any request that parses.
type parsing []search.Report

func (r parsing) Reports(_ context.Context, req search.Request) ([]search.Report, error) {
	if _, err := req.Parsed(); err != nil {
		return nil, err
	}
	if !(search.Filters{Kinds: req.Filters.Kinds}).Empty() {
		return nil, nil // no report has a kind that is none of the kinds
	}
	return r, nil
}

// reports is a Reporter that answers the same reports for any query.
type reports []search.Report

func (r reports) Reports(context.Context, search.Request) ([]search.Report, error) { return r, nil }

func report(id, title string, added time.Time) search.Report {
	return search.Report{DocInfo: govreport.DocInfo{ID: id, Title: title, Year: 2025, Region: "云岫市", Added: added}, Sections: 2}
}

func TestNewAndMatching(t *testing.T) {
	w := Watch{ID: "w1", Query: `"双减"`, Created: t0}
	r := reports{
		report("old", "旧报告", t0.Add(-time.Hour)),
		report("unknown", "未记时间", time.Time{}),
		report("n1", "新报告一", t0.Add(time.Minute)),
		report("n2", "新报告二", t0.Add(2*time.Minute)),
	}
	got, err := New(context.Background(), r, w)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "n2" || got[1].ID != "n1" {
		t.Errorf("New = %v, want n2, n1", got)
	}
	// An ingest that began between n1 and n2, which wrote n1 again and n2.
	ms, err := Matching(context.Background(), r, []Watch{w}, []string{"n1", "n2", "old"}, t0.Add(90*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Report.ID != "n2" || ms[0].Watch.ID != "w1" {
		t.Errorf("Matching = %+v, want n2 for w1 only", ms)
	}
}

func TestWriteAtom(t *testing.T) {
	w := Watch{ID: "w1", Query: `"双减" <课后>`, Regions: []string{"云岫"}, Created: t0}
	var buf bytes.Buffer
	r := []search.Report{report("n2", "云岫市 A&B <计划>", t0.Add(2*time.Minute)), report("n1", "", t0.Add(time.Minute))}
	r[1].Source = "n1.txt"
	if err := WriteAtom(&buf, w, r, "http://127.0.0.1:8080/"); err != nil {
		t.Fatal(err)
	}
	var f struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Title   string   `xml:"title"`
		Updated string   `xml:"updated"`
		Links   []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &f); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if f.ID != "tag:govreport,2026-03-01:watch/w1" || !strings.Contains(f.Title, `"双减" <课后> region:云岫`) || f.Updated != "2026-03-01T09:02:00Z" {
		t.Errorf("feed id %q title %q updated %q", f.ID, f.Title, f.Updated)
	}
	if len(f.Links) != 2 || f.Links[0].Href != "http://127.0.0.1:8080/api/v1/watches/w1/feed" || !strings.HasPrefix(f.Links[1].Href, "http://127.0.0.1:8080/#/search?") {
		t.Errorf("feed links %+v", f.Links)
	}
	if len(f.Entries) != 2 || f.Entries[0].Title != "云岫市 A&B <计划>" || f.Entries[1].Title != "n1.txt" ||
		f.Entries[0].ID != "tag:govreport,2026-03-01:document/n2" || f.Entries[0].Link.Href != "http://127.0.0.1:8080/#/doc/n2" {
		t.Errorf("entries %+v", f.Entries)
	}
	// A watch with nothing new: a valid feed, updated when it was made.
	buf.Reset()
	if err := WriteAtom(&buf, w, nil, "http://h"); err != nil {
		t.Fatal(err)
	}
	f.Entries = nil
	if err := xml.Unmarshal(buf.Bytes(), &f); err != nil || len(f.Entries) != 0 || f.Updated != "2026-03-01T09:00:00Z" {
		t.Errorf("empty feed: %v, %d entries, updated %s", err, len(f.Entries), f.Updated)
	}
}

func TestCheck(t *testing.T) {
	long := strings.Repeat("教育 ", search.MaxQuery/3+1)
	regions := make([]string, search.MaxQuery/4)
	for i := range regions {
		regions[i] = "某县"
	}
	tests := []struct {
		w    Watch
		want string // "" for no error
	}{
		{Watch{Query: "教育", Regions: []string{"明湖市"}}, ""},
		{Watch{Query: " "}, "needs a query"},
		{Watch{Query: long}, "at most 1000"},
		{Watch{Query: "教育", Regions: regions}, "at most 1000"},
		{Watch{Query: "教育", Years: []string{"20x4"}}, "not a year"},
		{Watch{Query: "教育", Kinds: []string{"工作通知"}}, `kind "工作通知" matches no report`},
		{Watch{Query: "教育 kind:通知"}, `kind "通知" matches no report`},
		{Watch{Query: "教育", Kinds: []string{"計劃"}}, ""},
	}
	for _, tt := range tests {
		err := tt.w.Check()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("Check(%.40s) = %v, want nil", tt.w.String(), err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, search.ErrBadQuery)):
			t.Errorf("Check(%.40s) = %v, want an error wrapping ErrBadQuery with %q", tt.w.String(), err, tt.want)
		}
	}
}
