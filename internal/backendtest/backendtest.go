// Package backendtest checks that a backend keeps the contract of the seam
// (govreport.Store and search.Engine), the same suite for every engine:
//
//	func TestConformance(t *testing.T) {
//		backendtest.Run(t, func(t *testing.T) (govreport.Store, search.Engine) {
//			... // an empty backend, closed by t.Cleanup
//		})
//	}
//
// The documents are fictional (云岫市, 青岚县, 望川县) and small, so that
// every answer can be checked against a scan of them: exact wording finds
// exactly the sections whose folded text holds it (exacttest.BruteForce),
// filters and exclusions remove exactly what they name, pages tile the
// result, counts add up, corrections and deletions show in every answer
// at once, new terms of a year are counted as a scan counts them. Ranking
// is not checked beyond its being a stable order: engines may score
// differently.
//
// Package conformance compares two engines' answers with each other over
// the sample corpus; this suite checks each engine against the contract
// itself.
package backendtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/internal/exacttest"
	"github.com/govreport/govreport/search"
)

// Run runs the suite on the backend open returns, which must be empty.
func Run(t *testing.T, open func(t *testing.T) (govreport.Store, search.Engine)) {
	st, eng := open(t)
	ctx := t.Context()
	b := &backend{t: t, st: st, eng: eng}

	t.Run("Empty", func(t *testing.T) {
		stats, err := st.Stats(ctx)
		if err != nil || stats.Documents != 0 || stats.Sections != 0 {
			t.Errorf("Stats of an empty backend = %+v, %v", stats, err)
		}
		if docs, err := st.Documents(ctx); err != nil || len(docs) != 0 {
			t.Errorf("Documents of an empty backend = %v, %v", docs, err)
		}
		wantNotFound(t, "Delete(nope)", st.Delete(ctx, "nope"))
		res := b.search(t, search.Request{Query: `"教育"`})
		if res.Total != 0 || res.Hits == nil || len(res.Hits) != 0 {
			t.Errorf(`Search("教育") on an empty backend: total %d, hits %v; want 0 and an empty list`, res.Total, res.Hits)
		}
	})

	docs := Documents()
	if err := st.Add(ctx, nil, docs...); err != nil {
		t.Fatalf("Add: %v", err)
	}

	t.Run("Stats", func(t *testing.T) {
		stats, err := st.Stats(ctx)
		if err != nil || stats.Documents != len(docs) || stats.Sections != sectionCount(docs) {
			t.Errorf("Stats = %+v, %v; want %d documents, %d sections", stats, err, len(docs), sectionCount(docs))
		}
	})

	t.Run("Documents", func(t *testing.T) {
		got, err := st.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var want []govreport.DocInfo
		for _, d := range docs {
			want = append(want, govreport.InfoOf(d))
		}
		sort.Slice(want, func(i, j int) bool {
			a, b := want[i], want[j]
			return fmt.Sprint(a.Region, "\x00", a.Issuer, "\x00", a.Kind, "\x00", a.Year, "\x00", a.Title) <
				fmt.Sprint(b.Region, "\x00", b.Issuer, "\x00", b.Kind, "\x00", b.Year, "\x00", b.Title)
		})
		// Added is the store's to set: when the document came in.
		got = slices.Clone(got)
		for i := range got {
			if got[i].Added.IsZero() {
				t.Errorf("Documents: %s has no time it was added", got[i].ID)
			}
			got[i].Added = time.Time{}
		}
		if !slices.Equal(got, want) {
			t.Errorf("Documents =\n%v\nwant (sorted by region, issuer, kind, year, title)\n%v", got, want)
		}
	})

	t.Run("DocumentAndSection", func(t *testing.T) {
		for _, d := range docs {
			got, err := st.Document(ctx, d.ID)
			if err != nil {
				t.Fatalf("Document(%s): %v", d.ID, err)
			}
			if got.Title != d.Title || got.Year != d.Year || len(got.Sections) != len(d.Sections) {
				t.Errorf("Document(%s) = %q %d with %d sections, want %q %d with %d", d.ID, got.Title, got.Year, len(got.Sections), d.Title, d.Year, len(d.Sections))
				continue
			}
			for i, s := range d.Sections {
				g := got.Sections[i]
				if g.ID != s.ID || g.Heading != s.Heading || g.Text != s.Text {
					t.Errorf("Document(%s) section %d = %s %q, want %s %q", d.ID, i, g.ID, g.Heading, s.ID, s.Heading)
				}
				sec, err := st.Section(ctx, s.ID)
				if err != nil || sec.Heading != s.Heading || sec.Text != s.Text || sec.DocID != d.ID {
					t.Errorf("Section(%s) = %+v, %v", s.ID, sec, err)
				}
			}
		}
		_, err := st.Document(ctx, "nope")
		wantNotFound(t, "Document(nope)", err)
		_, err = st.Section(ctx, "nope-001")
		wantNotFound(t, "Section(nope-001)", err)
	})

	t.Run("ExactWording", func(t *testing.T) {
		// Across words (育现), one character, width and case folded (ＡＩ),
		// figures, punctuation, and wording that is nowhere.
		for _, w := range []string{"双减", "育现", "教育现代化", "课", "ＡＩ＋教育", "ai", "2万", "12所", "“双减”政策", "不存在的提法"} {
			b.wantExact(t, search.Request{Query: `"` + w + `"`}, exacttest.BruteForce(docs, w))
		}
	})

	t.Run("Exclusion", func(t *testing.T) {
		want := without(exacttest.BruteForce(docs, "双减"), exacttest.BruteForce(docs, "校外培训"))
		b.wantExact(t, search.Request{Query: `"双减" -"校外培训"`}, want)
	})

	t.Run("Filters", func(t *testing.T) {
		all := exacttest.BruteForce(docs, "双减")
		for _, f := range []search.Filters{
			{Years: []search.YearRange{{From: 2023, To: 2023}}},
			{Kinds: []string{"要点"}},
			{Regions: []string{"青岚"}},
			{Issuers: []string{"教育局"}, Years: []search.YearRange{{From: 2024, To: 2030}}},
		} {
			var want []string
			for _, id := range all {
				if d := docOf(docs, id); f.Match(ptr(govreport.InfoOf(d))) {
					want = append(want, id)
				}
			}
			b.wantExact(t, search.Request{Query: `"双减"`, Filters: f}, want)
		}
		// The same filter typed in the query.
		var want []string
		for _, id := range all {
			if docOf(docs, id).Year == 2024 {
				want = append(want, id)
			}
		}
		b.wantExact(t, search.Request{Query: `"双减" year:2024`}, want)
	})

	t.Run("FacetsAndPages", func(t *testing.T) {
		whole := b.search(t, search.Request{Query: `"教育"`, Size: search.MaxSize})
		if whole.Total < 4 || whole.Total > search.MaxSize {
			t.Fatalf(`"教育": %d hits; the test needs a few, on one page`, whole.Total)
		}
		sum := 0
		for _, f := range whole.Facets["year"] {
			sum += f.Count
		}
		if sum != whole.Total {
			t.Errorf("year facet counts add up to %d, total %d (every document has a year)", sum, whole.Total)
		}
		for from := 0; from < whole.Total; from += 3 {
			page := b.search(t, search.Request{Query: `"教育"`, From: from, Size: 3})
			for i, h := range page.Hits {
				if want := whole.Hits[from+i].SectionID; h.SectionID != want {
					t.Errorf("hit %d is %s on a page of 3 and %s on the whole page", from+i, h.SectionID, want)
				}
			}
		}
		again := b.search(t, search.Request{Query: `"教育"`, Size: search.MaxSize})
		for i := range whole.Hits {
			if again.Hits[i].SectionID != whole.Hits[i].SectionID {
				t.Fatalf("the same search twice: hit %d is %s, then %s", i, whole.Hits[i].SectionID, again.Hits[i].SectionID)
			}
		}
	})

	t.Run("BadQuery", func(t *testing.T) {
		for _, r := range []search.Request{{Query: `"双减`}, {Query: "双减", Size: -1}, {Query: "双减", Sort: "score"},
			{Query: "双减", Size: search.MaxSize + 1}, {Query: "双减", From: -1}} {
			if _, err := eng.Search(ctx, r); !errors.Is(err, search.ErrBadQuery) {
				t.Errorf("Search(%+v): %v, want ErrBadQuery", r, err)
			}
		}
	})

	t.Run("TimelineAndReports", func(t *testing.T) {
		ids := exacttest.BruteForce(docs, "双减")
		perDoc := map[string]int{}
		for _, id := range ids {
			perDoc[docOf(docs, id).ID]++
		}
		tl, err := eng.Timeline(ctx, search.Request{Query: `"双减"`})
		if err != nil {
			t.Fatal(err)
		}
		if tl.Documents != len(perDoc) || tl.Sections != len(ids) {
			t.Errorf(`Timeline("双减"): %d reports, %d sections; want %d, %d`, tl.Documents, tl.Sections, len(perDoc), len(ids))
		}
		reps, err := eng.Reports(ctx, search.Request{Query: `"双减"`})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, r := range reps {
			got[r.ID] = r.Sections
		}
		if fmt.Sprint(got) != fmt.Sprint(perDoc) {
			t.Errorf(`Reports("双减") = %v, want %v`, got, perDoc)
		}
	})

	t.Run("Similar", func(t *testing.T) {
		// The 2024 plan copies the 2023 plan's first section whole.
		src, copied := docs[0].Sections[0], docs[1].Sections[0]
		hits, err := eng.Similar(ctx, src.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(hits, func(h search.SimilarHit) bool { return h.SectionID == copied.ID })
		if i < 0 {
			t.Fatalf("Similar(%s) = %+v, want the copy %s among them", src.ID, hits, copied.ID)
		}
		if h := hits[i]; h.DocID != docs[1].ID || h.Year != docs[1].Year || h.Title != docs[1].Title || h.Score < 0.95 {
			t.Errorf("Similar(%s): the copy is %+v, want %s of %d, score about 1", src.ID, h, docs[1].ID, docs[1].Year)
		}
		for _, h := range hits {
			if h.DocID == docs[0].ID {
				t.Errorf("Similar(%s) offers %s, of the same document", src.ID, h.SectionID)
			}
			other := docOf(docs, h.SectionID)
			for _, p := range h.Passages {
				// A passage quotes the section at Start:End, and the hit
				// holds the same words at OtherStart:OtherEnd.
				if p.Start < 0 || p.End > len(src.Text) || p.Start >= p.End || src.Text[p.Start:p.End] != p.Text {
					t.Errorf("Similar(%s): passage %+v does not quote the section", src.ID, p)
				}
				if other == nil || p.OtherStart < 0 || p.OtherStart >= p.OtherEnd || p.OtherEnd > len(sectionText(other, h.SectionID)) {
					t.Errorf("Similar(%s): passage %+v lies outside hit %s", src.ID, p, h.SectionID)
				}
			}
		}
		_, err = eng.Similar(ctx, "nope-001", 10)
		wantNotFound(t, "Similar(nope-001)", err)
		if _, err := eng.Similar(ctx, src.ID, search.MaxSize+1); !errors.Is(err, search.ErrBadQuery) {
			t.Errorf("Similar(size %d): %v, want ErrBadQuery", search.MaxSize+1, err)
		}
	})

	t.Run("Correct", func(t *testing.T) {
		d := docs[3] // 望川县, 2022
		got, err := st.Correct(ctx, d.ID, corpus.Override{Region: "青岚县", Title: "青岚县教育体育局2022年工作总结"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Region != "青岚县" || got.Title != "青岚县教育体育局2022年工作总结" {
			t.Errorf("Correct returned region %q, title %q", got.Region, got.Title)
		}
		list, err := st.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if i := slices.IndexFunc(list, func(x govreport.DocInfo) bool { return x.ID == d.ID }); i < 0 || list[i].Region != "青岚县" {
			t.Errorf("Documents after the correction: %+v", list)
		}
		// A filter on the corrected region finds the document at once.
		res := b.search(t, search.Request{Query: `"集团化办学"`, Filters: search.Filters{Regions: []string{"青岚"}}})
		if res.Total != 1 {
			t.Errorf(`"集团化办学" region:青岚 after the correction: %d hits, want 1`, res.Total)
		}
		if _, err := st.Correct(ctx, d.ID, corpus.Override{}, []string{"region", "title"}); err != nil {
			t.Fatal(err)
		}
		if got, err := st.Document(ctx, d.ID); err != nil || got.Region != d.Region || got.Title != d.Title {
			t.Errorf("after clearing the corrections: %q %q, %v; want %q %q", got.Region, got.Title, err, d.Region, d.Title)
		}
		_, err = st.Correct(ctx, "nope", corpus.Override{Title: "x"}, nil)
		wantNotFound(t, "Correct(nope)", err)
	})

	t.Run("Terms", func(t *testing.T) {
		terms := func(r search.TermsRequest) *search.Terms {
			t.Helper()
			ts, err := eng.Terms(ctx, r)
			if err != nil {
				t.Fatalf("Terms(%+v): %v", r, err)
			}
			return ts
		}
		all := func(*corpus.Document) bool { return true }
		brute := exacttest.NewBrute(docs)
		// the 2024 plan against the three reports before it
		ts := terms(search.TermsRequest{Year: 2024, Limit: search.MaxTerms})
		if ts.Documents != 1 || ts.Against != 3 || ts.Since != 2022 || len(ts.Terms) == 0 {
			t.Errorf("Terms(2024): %d reports against %d since %d, %d terms; want 1 against 3 since 2022, some terms", ts.Documents, ts.Against, ts.Since, len(ts.Terms))
		}
		for _, tm := range ts.Terms {
			n, places, before, first := brute.Term(tm.Term, 2024, all)
			if tm.Documents != n || tm.Places != places || tm.Before != before || tm.FirstYear != first || n != 1 || before != 0 {
				t.Errorf("Terms(2024): %+v; brute force %d reports, %d places, %d before, first %d", tm, n, places, before, first)
			}
		}
		dropped := terms(search.TermsRequest{Year: 2024, Dropped: true, Limit: search.MaxTerms})
		for _, tm := range dropped.Terms {
			if inYear, _, _, _ := brute.Term(tm.Term, 2024, all); inYear != 0 || tm.Documents == 0 {
				t.Errorf("Terms(2024, dropped): %+v, which %d reports of 2024 hold", tm, inYear)
			}
		}
		// a correction of the year shows at once
		d := docs[1]
		if _, err := st.Correct(ctx, d.ID, corpus.Override{Year: 2021}, nil); err != nil {
			t.Fatal(err)
		}
		if ts := terms(search.TermsRequest{Year: 2024}); ts.Documents != 0 || len(ts.Terms) != 0 {
			t.Errorf("Terms(2024) after its one report was corrected to 2021: %d reports, %d terms", ts.Documents, len(ts.Terms))
		}
		if _, err := st.Correct(ctx, d.ID, corpus.Override{}, []string{"year"}); err != nil {
			t.Fatal(err)
		}
		if again := terms(search.TermsRequest{Year: 2024, Limit: search.MaxTerms}); len(again.Terms) != len(ts.Terms) {
			t.Errorf("Terms(2024) after clearing the correction: %d terms, want %d", len(again.Terms), len(ts.Terms))
		}
	})

	t.Run("Replace", func(t *testing.T) {
		old := docs[1]
		d := *old
		d.Sections = slices.Clone(old.Sections)
		d.Sections[1].Text = "丰富课后服务内容，课后服务学生参与率稳定在98%以上。"
		d.Body = d.Sections[0].Heading + "\n" + d.Sections[0].Text + "\n" + d.Sections[1].Heading + "\n" + d.Sections[1].Text + "\n"
		if err := st.Add(ctx, nil, &d); err != nil {
			t.Fatal(err)
		}
		now := []*corpus.Document{docs[0], &d, docs[2], docs[3]}
		b.wantExact(t, search.Request{Query: `"2万"`}, exacttest.BruteForce(now, "2万"))
		b.wantExact(t, search.Request{Query: `"98%以上"`}, exacttest.BruteForce(now, "98%以上"))
		if stats, err := st.Stats(ctx); err != nil || stats.Documents != len(docs) {
			t.Errorf("Stats after replacing a document = %+v, %v; want %d documents", stats, err, len(docs))
		}
	})

	t.Run("Delete", func(t *testing.T) {
		d := docs[3]
		if err := st.Delete(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
		_, err := st.Document(ctx, d.ID)
		wantNotFound(t, "Document after Delete", err)
		_, err = st.Section(ctx, d.Sections[0].ID)
		wantNotFound(t, "Section after Delete", err)
		b.wantExact(t, search.Request{Query: `"集团化办学"`}, nil)
		if stats, err := st.Stats(ctx); err != nil || stats.Documents != len(docs)-1 {
			t.Errorf("Stats after Delete = %+v, %v; want %d documents", stats, err, len(docs)-1)
		}
		wantNotFound(t, "Delete twice", st.Delete(ctx, d.ID))
	})

	t.Run("TraditionalCharacters", func(t *testing.T) {
		// A report of 青岚县 written in traditional characters: quoted
		// wording and a region in either script find it and the other
		// report of the county, and its hits show it as written.
		trad, err := corpus.Read("qinglan-2024.txt", []byte("青嵐縣人民政府2024年政府工作報告\n各位代表：\n現在，我代表縣人民政府，向大會報告工作。\n"+
			"一、2023年工作回顧\n鞏固“雙減”成果，課後服務覆蓋全部學校。\n二、2024年重點工作\n加強校外培訓機構監管。\n"))
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Add(ctx, nil, trad); err != nil {
			t.Fatal(err)
		}
		county := []*corpus.Document{docs[2], trad}
		for _, q := range []string{"双减", "雙減", "“双减”成果", "校外培訓"} {
			for _, region := range []string{"青岚", "青嵐"} {
				b.wantExact(t, search.Request{Query: `"` + q + `"`, Filters: search.Filters{Regions: []string{region}}}, exacttest.BruteForce(county, q))
			}
		}
		res := b.search(t, search.Request{Query: `"双减"`, Filters: search.Filters{Regions: []string{"青嵐"}}})
		for _, h := range res.Hits {
			if h.DocID == trad.ID && (h.Title != "青嵐縣人民政府2024年政府工作報告" || h.Region != "青岚县" || !strings.Contains(h.Snippet, "<mark>雙減</mark>")) {
				t.Errorf("Search(\"双减\") hit of the traditional report: %q in %q, snippet %q", h.Title, h.Region, h.Snippet)
			}
		}
		if err := st.Delete(ctx, trad.ID); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("Canceled", func(t *testing.T) {
		c, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := eng.Search(c, search.Request{Query: `"教育"`}); !errors.Is(err, context.Canceled) {
			t.Errorf("Search with a canceled context: %v, want context.Canceled", err)
		}
		if _, err := eng.Terms(c, search.TermsRequest{Year: 2023}); !errors.Is(err, context.Canceled) {
			t.Errorf("Terms with a canceled context: %v, want context.Canceled", err)
		}
		if _, err := eng.Similar(c, docs[0].Sections[0].ID, 10); !errors.Is(err, context.Canceled) {
			t.Errorf("Similar with a canceled context: %v, want context.Canceled", err)
		}
	})
}

type backend struct {
	t   *testing.T
	st  govreport.Store
	eng search.Engine
}

func (b *backend) search(t *testing.T, r search.Request) *search.Result {
	t.Helper()
	res, err := b.eng.Search(t.Context(), r)
	if err != nil {
		t.Fatalf("Search(%+v): %v", r, err)
	}
	return res
}

// wantExact checks that r finds exactly the sections want (sorted IDs).
func (b *backend) wantExact(t *testing.T, r search.Request, want []string) {
	t.Helper()
	r.Size = search.MaxSize
	res := b.search(t, r)
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.SectionID)
	}
	sort.Strings(got)
	if res.Total != len(want) || !slices.Equal(got, want) {
		t.Errorf("Search(%q %+v): total %d, sections %v; want %d: %v", r.Query, r.Filters, res.Total, got, len(want), want)
	}
}

func wantNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, govreport.ErrNotFound) {
		t.Errorf("%s: %v, want an error wrapping govreport.ErrNotFound", what, err)
	}
}

func sectionCount(docs []*corpus.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Sections)
	}
	return n
}

// sectionText returns the text of section id of d.
func sectionText(d *corpus.Document, id string) string {
	for _, s := range d.Sections {
		if s.ID == id {
			return s.Text
		}
	}
	return ""
}

// docOf returns the document of section id.
func docOf(docs []*corpus.Document, sectionID string) *corpus.Document {
	for _, d := range docs {
		for _, s := range d.Sections {
			if s.ID == sectionID {
				return d
			}
		}
	}
	return nil
}

// without returns the members of a not in b.
func without(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// Documents returns the suite's documents, new copies on each call: two
// plans of 云岫市's education bureau (the 2024 one copies the first
// section of 2023's), a work report of 青岚县 and a summary of 望川县.
func Documents() []*corpus.Document {
	type sec struct{ heading, text string }
	doc := func(id, title string, year int, region, kind, issuer string, secs ...sec) *corpus.Document {
		d := &corpus.Document{ID: id, Title: title, Year: year, Region: region, Kind: kind, Issuer: issuer, Source: id + ".txt"}
		var body strings.Builder
		for i, s := range secs {
			start := body.Len()
			body.WriteString(s.heading + "\n" + s.text + "\n")
			d.Sections = append(d.Sections, corpus.Section{ID: corpus.SectionID(id, i), DocID: id, Heading: s.heading,
				Level: 1, Ordinal: i, Text: s.text, Start: start, End: body.Len()})
		}
		d.Body = body.String()
		return d
	}
	return []*corpus.Document{
		doc("yunxiu-2023-plan", "云岫市教育局2023年工作要点", 2023, "云岫市", "要点", "教育局",
			sec{"一、总体要求", "坚持立德树人根本任务，深入推进教育现代化，落实“双减”政策，统筹抓好课后服务提质，努力办好人民满意的教育。"},
			sec{"（一）课后服务", "规范课后服务，课后服务学生参与率达到95%以上。新建改扩建中小学12所。"},
			sec{"（二）智慧教育", "建设ＡＩ＋教育示范校５所，推进教育数字化转型，开展人工智能通识教育。"}),
		doc("yunxiu-2024-plan", "云岫市教育局2024年工作要点", 2024, "云岫市", "要点", "教育局",
			sec{"一、总体要求", "坚持立德树人根本任务，深入推进教育现代化，落实“双减”政策，统筹抓好课后服务提质，努力办好人民满意的教育。"},
			sec{"（一）课后服务", "丰富课后服务内容，课后服务学生参与率稳定在98%以上。新建改扩建中小学15所，新增学位2万个。"}),
		doc("qinglan-2023-report", "青岚县人民政府2023年政府工作报告", 2023, "青岚县", "政府工作报告", "人民政府",
			sec{"一、2022年工作回顾", "全县地区生产总值增长6.5%，城乡居民收入稳步提高，教育投入持续加大。"},
			sec{"二、2023年重点工作", "加快县域高中振兴，巩固“双减”成果，加强校外培训机构监管，严厉查处违规培训行为。"}),
		doc("wangchuan-2022-summary", "望川县教育体育局2022年工作总结", 2022, "望川县", "总结", "教育体育局",
			sec{"一、主要成绩", "集团化办学覆盖率达到80%，培训教师3000人次，教育质量稳步提升。"},
			sec{"二、存在问题", "城乡教育资源配置仍不均衡，教师队伍结构有待优化。"}),
	}
}
