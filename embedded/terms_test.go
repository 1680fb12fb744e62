package embedded

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/exacttest"
	"github.com/govreport/govreport/search"
)

// sampleIndex returns an index of the sample corpus alone, and its
// documents.
func sampleIndex(t testing.TB) (*index.Index, []*corpus.Document) {
	t.Helper()
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	return ix, docs
}

// TestTermsAreExact checks every figure of the terms lists of the sample
// corpus against a brute-force scan of the stored texts
// (exacttest.CheckTerms).
func TestTermsAreExact(t *testing.T) {
	ix, docs := sampleIndex(t)
	exacttest.CheckTerms(t, context.Background(), NewSearcher(ix), docs)
}

// TestTermsAfterAddDelete checks that a searcher's terms, cached, follow
// the index: a report added brings its terms, a deleted one takes them
// away, and so does a correction of its year.
func TestTermsAfterAddDelete(t *testing.T) {
	ix, docs := sampleIndex(t)
	s := NewSearcher(ix)
	var gov *corpus.Document
	for _, d := range docs {
		if d.Year == 2024 && d.Kind == "政府工作报告" {
			gov = d
		}
	}
	if gov == nil {
		t.Fatal("no 2024 government work report in the sample corpus")
	}
	own := map[string]bool{} // terms only the report uses
	terms := func() map[string]search.YearTerm {
		t.Helper()
		res, err := s.Terms(context.Background(), search.TermsRequest{Year: 2024, Limit: search.MaxTerms})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]search.YearTerm{}
		for _, tm := range res.Terms {
			out[tm.Term] = tm
		}
		return out
	}
	with := terms()
	for term, tm := range with {
		if tm.Documents == 1 && len(bruteForce([]*corpus.Document{gov}, term)) > 0 {
			own[term] = true
		}
	}
	if len(own) == 0 {
		t.Fatal("no term of the 2024 government work report alone")
	}
	if err := ix.Delete(gov.ID); err != nil {
		t.Fatal(err)
	}
	without := terms()
	for term := range own {
		if _, ok := without[term]; ok {
			t.Errorf("%s is still listed after its only report was deleted", term)
		}
	}
	for term, tm := range without {
		if n, _, _, _ := exacttest.NewBrute(docs).Term(term, 2024, func(d *corpus.Document) bool { return d.ID != gov.ID }); tm.Documents != n {
			t.Errorf("after the delete %s has %d reports, brute force %d", term, tm.Documents, n)
		}
	}
	if err := ix.Add(gov); err != nil {
		t.Fatal(err)
	}
	again := terms()
	for term := range own {
		if _, ok := again[term]; !ok {
			t.Errorf("%s is not listed once its report is added again", term)
		}
	}
	if len(again) != len(with) {
		t.Errorf("%d terms after delete and add, %d before", len(again), len(with))
	}
	// A correction of its year takes it out of 2024 too.
	if _, err := ix.Correct(gov.ID, corpus.Override{Year: 2021}, nil); err != nil {
		t.Fatal(err)
	}
	corrected := terms()
	for term := range own {
		if _, ok := corrected[term]; ok {
			t.Errorf("%s is still listed in 2024 after its only report was corrected to 2021", term)
		}
	}
}

func TestTermsBadRequest(t *testing.T) {
	ix, _ := sampleIndex(t)
	s := NewSearcher(ix)
	for _, r := range []search.TermsRequest{
		{},
		{Year: 2024, Limit: -1},
		{Year: 2024, Limit: search.MaxTerms + 1},
		{Year: 2024, Filters: search.Filters{Years: []search.YearRange{{From: 2023, To: 2023}}}},
	} {
		if _, err := s.Terms(context.Background(), r); !errors.Is(err, search.ErrBadQuery) {
			t.Errorf("Terms(%+v) = %v, want ErrBadQuery", r, err)
		}
	}
}

// TestTermsListEvicted checks that a list is answered even when other
// requests push it out of the cache between its making and its answer
// (it was read back from the cache: nil, and a panic).
func TestTermsListEvicted(t *testing.T) {
	ix, _ := sampleIndex(t)
	s := NewSearcher(ix)
	defer func() { termsHook = nil }()
	termsHook = func(s *Searcher) {
		for i := range search.MaxCachedLists {
			s.tc.lists.Put(fmt.Sprint("other ", i), &search.Terms{})
		}
	}
	ts, err := s.Terms(context.Background(), search.TermsRequest{Year: 2024})
	if err != nil || ts == nil || ts.Year != 2024 || len(ts.Terms) == 0 {
		t.Fatalf("Terms(2024) with its list evicted = %+v, %v; want the year's terms", ts, err)
	}
}

// TestTermsStored checks that the terms stored with each report by the
// index's worker give the same lists as terms found on demand (an index
// written without them, as by an older govreport; there the earlier
// reports' terms are not at hand to rule candidates out before their
// count), before the worker has stored them (then the list finds them and
// says how many: Unstored) and after; and that FindTerms (reindex) stores
// them in an index written without them.
func TestTermsStored(t *testing.T) {
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	stored, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer stored.Close()
	s := NewSearcher(stored) // before the writes: they store the terms
	// The worker waits until the first lists are made.
	started, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	stored.SetTermFinder(index.TermFinder{Version: termFinder.Version, Find: func(d *corpus.Document) []index.ReportTerm {
		once.Do(func() { close(started) })
		<-release
		return termFinder.Find(d)
	}})
	if err := stored.Add(docs...); err != nil {
		t.Fatal(err)
	}
	<-started
	old, _ := sampleIndex(t) // written without a finder
	o := NewSearcher(old)
	ctx := context.Background()
	requests := []search.TermsRequest{
		{Year: 2024, Limit: search.MaxTerms},
		{Year: 2023, Limit: search.MaxTerms, Filters: search.Filters{Regions: []string{"明湖市"}}},
		{Year: 2024, Limit: search.MaxTerms, Dropped: true},
	}
	check := func(when string, unstored bool) {
		t.Helper()
		for _, r := range requests {
			got, err := s.Terms(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			want, err := o.Terms(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Terms) == 0 || !slices.Equal(got.Terms, want.Terms) {
				t.Errorf("%s: Terms(%+v) from stored terms: %d terms, found on demand: %d (or they differ)", when, r, len(got.Terms), len(want.Terms))
			}
			side := want.Documents
			if r.Dropped {
				side = want.Against
			}
			if wantU := map[bool]int{true: side}[unstored]; got.Unstored != wantU || want.Unstored != side {
				t.Errorf("%s: Terms(%+v): unstored %d with the index's worker (want %d), %d without (want the %d reports it read)",
					when, r, got.Unstored, wantU, want.Unstored, side)
			}
		}
	}
	check("while the worker waits", true)
	close(release)
	if err := stored.WaitTerms(ctx); err != nil {
		t.Fatal(err)
	}
	check("once the worker is done", false)
	if err := old.FindTerms(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	again, err := NewSearcher(old).Terms(ctx, search.TermsRequest{Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if again.Unstored != 0 {
		t.Errorf("after FindTerms %d reports of 2024 still have no stored terms", again.Unstored)
	}
}
