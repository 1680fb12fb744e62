// Package conformance checks that two backends give the same answers over
// the same documents: the same cases, written once against the interfaces
// (govreport.Store and search.Engine), run on each; the first backend's
// answers are the reference. Package postgres runs it against the
// embedded engine.
//
// What must be equal: every answer, hit for hit: totals, facet counts,
// exact-wording counts, pages in relevance order (with their scores) and in
// year order (ties in the order documents were added, which both engines
// keep), reports with their best sections, timelines, the reports of a
// set, documents and their metadata (each store's Added clock aside),
// counterparts, new and dropped terms of each year (whole lists), the
// similar passages of every section (all hits, with their scores and
// passages), comparisons of each report with the next of its series
// (with each store's collection statistics), and the documents that
// contain a term (DocFreq), of all years and of the years before each.
package conformance

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/internal/exacttest"
	"github.com/govreport/govreport/search"
)

// A Backend is a store and the engine over it.
type Backend interface {
	govreport.Store
	search.Engine
}

// Requests returns the search and timeline cases over docs: fixed queries
// of every kind the query language has, with filters, orders, pages and
// grouping, and random quoted wording drawn from docs (seeded: the same
// cases every run).
func Requests(docs []*corpus.Document) []search.Request {
	queries := []string{
		`"双减"`, `双减`, `教育`, `课后服务`, `"课后服务" year:2023`, `教育强县`, `教育强市`,
		`教育 -"双减"`, `"双减" OR "课后服务"`, `region:望川县 教育`, `kind:计划`, `year:2022..2023 学校`,
		`"育现代"`, `"减"`, `"ＡＩ"`, `-"教育"`, `issuer:教育局 "质量"`, `region:明湖 "提升" OR "推进"`,
		// Words with a character twice in a row, whose pairs overlap
		// (件件: each run of k counts k-1).
		`刚刚`, `件件 事事`, `中医医院`,
	}
	rng := rand.New(rand.NewSource(15))
	for range 40 {
		queries = append(queries, `"`+strings.ReplaceAll(exacttest.RandomWording(rng, docs), `"`, ``)+`"`)
	}
	var out []search.Request
	for _, q := range queries {
		out = append(out,
			search.Request{Query: q, Size: search.MaxSize},
			search.Request{Query: q, Sort: "year", Size: 7, From: 3},
			search.Request{Query: q, Sort: "-year", Size: 20},
			search.Request{Query: q, Group: "document", Sort: "year", Size: search.MaxSize},
			search.Request{Query: q, CountOnly: true, Group: "document"},
		)
	}
	out = append(out, search.Request{Query: "", Sort: "year", Size: 50},
		search.Request{Query: "教育", Filters: search.Filters{Regions: []string{"望川"}}, Size: search.MaxSize})
	return out
}

// TermsRequests returns the terms cases over docs: the new and the
// dropped terms of every year of docs, without filters, and with the kind
// and the region of the year's first report; each asks for the whole list
// (an export).
func TermsRequests(docs []*corpus.Document) []search.TermsRequest {
	var out []search.TermsRequest
	seen := map[int]bool{}
	for _, d := range docs {
		if d.Year == 0 || seen[d.Year] {
			continue
		}
		seen[d.Year] = true
		for _, f := range []search.Filters{{}, {Kinds: []string{d.Kind}}, {Regions: []string{d.Region}}} {
			for _, dropped := range []bool{false, true} {
				out = append(out, search.TermsRequest{Year: d.Year, Filters: f, Dropped: dropped, Export: true})
			}
		}
	}
	return out
}

// FreqTerms returns the DocFreq cases' terms over docs: fixed ones, the
// empty term, and random wording drawn from docs (seeded).
func FreqTerms(docs []*corpus.Document) []string {
	terms := []string{"", "教育", "双减", "课后服务", "教育强市", "推进", "ＡＩ", "中医医院", "集团化办学", "新质生产力"}
	rng := rand.New(rand.NewSource(81))
	for range 40 {
		terms = append(terms, exacttest.RandomWording(rng, docs))
	}
	return terms
}

// Check runs every case on want and got and reports each difference. Every
// case is a valid request, so an error from either backend is a failure
// too, not a case to skip.
func Check(t *testing.T, ctx context.Context, want, got Backend, docs []*corpus.Document) {
	t.Run("Search", func(t *testing.T) {
		for _, r := range Requests(docs) {
			w, err1 := want.Search(ctx, r)
			g, err2 := got.Search(ctx, r)
			if err1 != nil || err2 != nil {
				t.Errorf("%s: %v / %v", show(r), err1, err2)
				continue
			}
			checkResult(t, r, w, g)
		}
	})
	t.Run("Timeline", func(t *testing.T) {
		for _, r := range Requests(docs) {
			if r.From != 0 || r.Group != "" || r.Sort != "" {
				continue
			}
			w, err1 := want.Timeline(ctx, r)
			g, err2 := got.Timeline(ctx, r)
			if err1 != nil || err2 != nil {
				t.Errorf("Timeline(%q): %v / %v", r.Query, err1, err2)
				continue
			}
			w.TookMS, g.TookMS = 0, 0
			if !reflect.DeepEqual(w, g) {
				t.Errorf("Timeline(%q):\n%s\nwant\n%s", r.Query, js(g), js(w))
			}
		}
	})
	t.Run("Reports", func(t *testing.T) {
		for _, r := range Requests(docs) {
			if r.From != 0 || r.Group != "" || r.Sort != "" {
				continue
			}
			w, err1 := want.Reports(ctx, r)
			g, err2 := got.Reports(ctx, r)
			if err1 != nil || err2 != nil {
				t.Errorf("Reports(%q): %v / %v", r.Query, err1, err2)
				continue
			}
			for i := range w {
				w[i].Added = time.Time{}
			}
			for i := range g {
				g[i].Added = time.Time{}
			}
			if !reflect.DeepEqual(w, g) {
				t.Errorf("Reports(%q):\n%s\nwant\n%s", r.Query, js(g), js(w))
			}
		}
	})
	t.Run("Terms", func(t *testing.T) {
		listed := 0
		for _, r := range TermsRequests(docs) {
			w, err1 := want.Terms(ctx, r)
			g, err2 := got.Terms(ctx, r)
			if err1 != nil || err2 != nil {
				t.Errorf("Terms(%+v): %v / %v", r, err1, err2)
				continue
			}
			listed += len(w.Terms)
			w.TookMS, g.TookMS = 0, 0
			if reflect.DeepEqual(w, g) {
				continue
			}
			wt, gt := w.Terms, g.Terms
			w.Terms, g.Terms = nil, nil
			if !reflect.DeepEqual(w, g) {
				t.Errorf("Terms(%+v):\n%s\nwant\n%s", r, js(g), js(w))
				continue
			}
			for i := range max(len(wt), len(gt)) {
				if i >= len(wt) || i >= len(gt) || wt[i] != gt[i] {
					t.Errorf("Terms(%+v): %d terms, want %d; the first difference at %d:\n%s\nwant\n%s", r, len(gt), len(wt), i, js(gt[i:min(i+1, len(gt))]), js(wt[i:min(i+1, len(wt))]))
					break
				}
			}
		}
		if listed == 0 {
			t.Error("no terms list holds a term: the terms cases check nothing")
		}
	})
	t.Run("Similar", func(t *testing.T) {
		found := 0
		for _, d := range docs {
			for _, s := range d.Sections {
				w, err1 := want.Similar(ctx, s.ID, search.MaxSize)
				g, err2 := got.Similar(ctx, s.ID, search.MaxSize)
				if err1 != nil || err2 != nil {
					t.Errorf("Similar(%s): %v / %v", s.ID, err1, err2)
					continue
				}
				found += len(w)
				if wj, gj := js(w), js(g); wj != gj {
					t.Errorf("Similar(%s):\n%s\nwant\n%s", s.ID, gj, wj)
				}
			}
		}
		if found == 0 {
			t.Error("no section has similar passages: the similar cases check nothing")
		}
	})
	t.Run("Documents", func(t *testing.T) {
		w, err1 := want.Documents(ctx)
		g, err2 := got.Documents(ctx)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		// Added is each store's own clock.
		w, g = append([]govreport.DocInfo(nil), w...), append([]govreport.DocInfo(nil), g...)
		for i := range w {
			w[i].Added = time.Time{}
		}
		for i := range g {
			g[i].Added = time.Time{}
		}
		if !reflect.DeepEqual(w, g) {
			t.Errorf("Documents():\n%s\nwant\n%s", js(g), js(w))
		}
		for _, d := range w {
			a, err1 := want.Document(ctx, d.ID)
			b, err2 := got.Document(ctx, d.ID)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if a.Added.IsZero() || b.Added.IsZero() {
				t.Errorf("Document(%s): Added %v, want a time (reference %v)", d.ID, b.Added, a.Added)
			}
			a.Added, b.Added = time.Time{}, time.Time{}
			if js(a) != js(b) {
				t.Errorf("Document(%s) differs", d.ID)
			}
			ws, err1 := want.Stats(ctx)
			gs, err2 := got.Stats(ctx)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if ws.Documents != gs.Documents || ws.Sections != gs.Sections {
				t.Errorf("Stats() = %+v, want %+v", gs, ws)
			}
		}
	})
	t.Run("Counterparts", func(t *testing.T) {
		w, err1 := want.Documents(ctx)
		g, err2 := got.Documents(ctx)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		pairs := 0
		for _, d := range w {
			wp, wn := compare.Counterparts(w, d.ID)
			gp, gn := compare.Counterparts(g, d.ID)
			if id(wp) != id(gp) || id(wn) != id(gn) {
				t.Errorf("Counterparts(%s) = %s, %s; want %s, %s", d.ID, id(gp), id(gn), id(wp), id(wn))
			}
			if wn != nil {
				pairs++
			}
		}
		if pairs == 0 {
			t.Error("no document has a next of its series: the comparisons check nothing")
		}
	})
	t.Run("DocFreq", func(t *testing.T) {
		// every year of docs, one after them all, and all years (0)
		years := []int{0}
		last := 0
		for _, d := range docs {
			if d.Year > 0 && !slices.Contains(years, d.Year) {
				years = append(years, d.Year)
				last = max(last, d.Year)
			}
		}
		years = append(years, last+1)
		narrower := 0 // cases that a year counts fewer documents in
		for _, term := range FreqTerms(docs) {
			for _, y := range years {
				wdf, wn := want.DocFreq(ctx, term, y)
				gdf, gn := got.DocFreq(ctx, term, y)
				if gdf != wdf || gn != wn {
					t.Errorf("DocFreq(%q, %d) = %d, %d; want %d, %d", term, y, gdf, gn, wdf, wn)
				}
				if all, _ := want.DocFreq(ctx, term, 0); y > 0 && wdf < all {
					narrower++
				}
			}
		}
		if narrower == 0 {
			t.Error("no term is in fewer documents of the years before a year than of all: the years check nothing")
		}
	})
	t.Run("Compare", func(t *testing.T) {
		w, err := want.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range w {
			_, next := compare.Counterparts(w, d.ID)
			if next == nil {
				continue
			}
			report := func(b Backend) string {
				a, err1 := b.Document(ctx, d.ID)
				n, err2 := b.Document(ctx, next.ID)
				if err1 != nil || err2 != nil {
					t.Fatal(err1, err2)
				}
				start := time.Now()
				r, err := compare.CompareContext(ctx, a, n, compare.Options{Collection: collection{ctx, b}})
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("compare %s %s: %v", d.ID, next.ID, time.Since(start))
				return js(r)
			}
			if wr, gr := report(want), report(got); wr != gr {
				t.Errorf("compare %s %s differs:\n%s\nwant\n%s", d.ID, next.ID, gr, wr)
			}
		}
	})
}

// checkResult compares one search's answers.
func checkResult(t *testing.T, r search.Request, w, g *search.Result) {
	t.Helper()
	if w.Query != g.Query || w.Total != g.Total || w.Sections != g.Sections {
		t.Errorf("%s: query %q total %d sections %d; want %q %d %d", show(r), g.Query, g.Total, g.Sections, w.Query, w.Total, w.Sections)
		return
	}
	if !reflect.DeepEqual(w.Facets, g.Facets) {
		t.Errorf("%s: facets\n%s\nwant\n%s", show(r), js(g.Facets), js(w.Facets))
	}
	if !reflect.DeepEqual(w.Exact, g.Exact) {
		t.Errorf("%s: exact %s, want %s", show(r), js(g.Exact), js(w.Exact))
	}
	if len(w.Hits) != len(g.Hits) {
		t.Errorf("%s: %d hits, want %d", show(r), len(g.Hits), len(w.Hits))
		return
	}
	hits := func(res *search.Result) []string {
		var out []string
		for _, h := range res.Hits {
			out = append(out, js(h))
		}
		return out
	}
	if wh, gh := hits(w), hits(g); !reflect.DeepEqual(wh, gh) {
		for i := range wh {
			if wh[i] != gh[i] {
				t.Errorf("%s: hit %d\n%s\nwant\n%s", show(r), i, gh[i], wh[i])
				break
			}
		}
	}
}

// collection is compare.Collection over a store.
type collection struct {
	ctx context.Context
	s   govreport.Store
}

func (c collection) SectionFreq(term string) (int, int) { return c.s.SectionFreq(c.ctx, term) }
func (c collection) DocFreq(term string, before int) (int, int) {
	return c.s.DocFreq(c.ctx, term, before)
}

func show(r search.Request) string {
	return fmt.Sprintf("Search(%q sort=%q group=%q from=%d size=%d count=%v filters=%v)", r.Query, r.Sort, r.Group, r.From, r.Size, r.CountOnly, r.Filters)
}

func id(d *govreport.DocInfo) string {
	if d == nil {
		return "none"
	}
	return d.ID
}

func js(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
