package embedded

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/index"
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

// bruteTerm counts a term over the stored texts: the reports of year under
// keep that contain it and their regions, the reports under keep of
// earlier years, and the first year of any report.
func bruteTerm(docs []*corpus.Document, term string, year int, keep func(*corpus.Document) bool) (inYear, places, before, first int) {
	regions := map[string]bool{}
	for _, d := range docs {
		if d.Year == 0 || !foldedHas(d, term) {
			continue
		}
		if first == 0 || d.Year < first {
			first = d.Year
		}
		if !keep(d) {
			continue
		}
		switch {
		case d.Year == year:
			inYear++
			if d.Region != "" {
				regions[d.Region] = true
			}
		case d.Year < year:
			before++
		}
	}
	return inYear, len(regions), before, first
}

// bruteOccurrences counts the times the folded term occurs in the headings
// and texts of the reports of year under keep, as Terms counts them: 0 when
// more than search.MaxSentenceReports reports hold it.
func bruteOccurrences(docs []*corpus.Document, term string, year int, keep func(*corpus.Document) bool) int {
	ft, n, reports := analysis.Fold(term), 0, 0
	for _, d := range docs {
		if d.Year != year || !keep(d) || !foldedHas(d, term) {
			continue
		}
		reports++
		for _, f := range folded[d] {
			n += strings.Count(f, ft)
		}
	}
	if reports > search.MaxSentenceReports {
		return 0
	}
	return n
}

// bruteSentences counts the distinct sentences (split at 。！？；!?; and
// line breaks) where the folded term first occurs in each section of the
// reports of year under keep: the number of reports when one, or more than
// search.MaxSentenceReports, hold it, as Terms counts them.
func bruteSentences(docs []*corpus.Document, term string, year int, keep func(*corpus.Document) bool) int {
	ft := analysis.Fold(term)
	seen, reports := map[string]bool{}, 0
	for _, d := range docs {
		if d.Year != year || !keep(d) || !foldedHas(d, term) {
			continue
		}
		reports++
		fs := folded[d] // heading, text, heading, text...
		for i := 0; i+1 < len(fs); i += 2 {
			section := strings.FieldsFunc(fs[i]+"\n"+fs[i+1], func(r rune) bool { return strings.ContainsRune("。！？；!?;\n", r) })
			for _, sentence := range section {
				if strings.Contains(sentence, ft) {
					seen[sentence] = true
					break // the first of the section
				}
			}
		}
	}
	if reports < 2 || reports > search.MaxSentenceReports {
		return reports
	}
	return len(seen)
}

var folded = map[*corpus.Document][]string{}

// foldedHas reports whether a section of d holds the folded term in its
// folded heading or text (bruteForce, with the folds kept).
func foldedHas(d *corpus.Document, term string) bool {
	fs, ok := folded[d]
	if !ok {
		for _, s := range d.Sections {
			fs = append(fs, analysis.Fold(s.Heading), analysis.Fold(s.Text))
		}
		folded[d] = fs
	}
	ft := analysis.Fold(term)
	for _, f := range fs {
		if strings.Contains(f, ft) {
			return true
		}
	}
	return false
}

// TestTermsAreExact checks every figure of the new and dropped terms of the
// sample corpus's years, with and without filters, against a brute-force
// scan of the stored texts, and that each listed term is new (or dropped)
// by the rule.
func TestTermsAreExact(t *testing.T) {
	ix, docs := sampleIndex(t)
	s := NewSearcher(ix)
	filters := []search.Filters{{}, {Regions: []string{"望川"}}, {Kinds: []string{"要点", "计划"}}}
	for _, f := range filters {
		keep := func(d *corpus.Document) bool {
			return f.Match(&index.DocInfo{Year: d.Year, Region: d.Region, Kind: d.Kind, Issuer: d.Issuer})
		}
		for _, year := range []int{2022, 2023, 2024} {
			reports, earlier := 0, 0
			for _, d := range docs {
				if keep(d) && d.Year == year {
					reports++
				}
				if keep(d) && d.Year < year {
					earlier++
				}
			}
			res, err := s.Terms(context.Background(), search.TermsRequest{Year: year, Filters: f, Limit: search.MaxTerms})
			if err != nil {
				t.Fatalf("Terms(%d, %v): %v", year, f, err)
			}
			years := map[string]int{}
			for _, d := range docs {
				if keep(d) && d.Year != 0 {
					years[strconv.Itoa(d.Year)]++
				}
			}
			for i, y := range res.Years {
				if years[y.Value] != y.Count || i > 0 && y.Value >= res.Years[i-1].Value {
					t.Errorf("Terms(%d, %v): years %v; brute force %v, newest first", year, f, res.Years, years)
				}
			}
			if len(res.Years) != len(years) {
				t.Errorf("Terms(%d, %v): years %v; brute force %v", year, f, res.Years, years)
			}
			if res.Documents != reports || res.Against != earlier {
				t.Errorf("Terms(%d, %v): %d reports, %d before; want %d, %d", year, f, res.Documents, res.Against, reports, earlier)
			}
			if reports > 0 && len(res.Terms) == 0 {
				t.Errorf("Terms(%d, %v): no new terms in %d reports", year, f, reports)
			}
			for _, tm := range res.Terms {
				n, places, before, first := bruteTerm(docs, tm.Term, year, keep)
				if tm.Documents != n || tm.Places != places || tm.Before != before || tm.FirstYear != first {
					t.Errorf("Terms(%d, %v): %s in %d reports, %d places, %d before, first %d; brute force %d, %d, %d, %d",
						year, f, tm.Term, tm.Documents, tm.Places, tm.Before, tm.FirstYear, n, places, before, first)
				}
				if want := bruteSentences(docs, tm.Term, year, keep); tm.Sentences != want {
					t.Errorf("Terms(%d, %v): %s in %d distinct sentences; brute force %d", year, f, tm.Term, tm.Sentences, want)
				}
				if want := bruteOccurrences(docs, tm.Term, year, keep); tm.Occurrences != want {
					t.Errorf("Terms(%d, %v): %s occurs %d times; brute force %d", year, f, tm.Term, tm.Occurrences, want)
				}
				if n == 0 || before*20 > earlier || before*5 >= n || strings.ContainsAny(tm.Term, "0123456789") {
					t.Errorf("Terms(%d, %v): %s is listed as new with %d reports and %d of %d before", year, f, tm.Term, n, before, earlier)
				}
				if tm.Query != `"`+tm.Term+`"` {
					t.Errorf("Terms(%d, %v): %s has query %s", year, f, tm.Term, tm.Query)
				}
			}
			dropped, err := s.Terms(context.Background(), search.TermsRequest{Year: year, Filters: f, Dropped: true, Limit: search.MaxTerms})
			if err != nil {
				t.Fatalf("Terms(%d, %v, dropped): %v", year, f, err)
			}
			prev := 0
			for _, d := range docs {
				if keep(d) && d.Year < year && d.Year > prev {
					prev = d.Year
				}
			}
			if dropped.Since != prev {
				t.Errorf("Terms(%d, %v, dropped): against %d, want the previous year %d", year, f, dropped.Since, prev)
			}
			if prev != 0 && reports > 0 && len(dropped.Terms) == 0 {
				t.Errorf("Terms(%d, %v, dropped): nothing dropped since %d", year, f, prev)
			}
			for _, tm := range dropped.Terms {
				inPrev, places, _, first := bruteTerm(docs, tm.Term, prev, keep)
				inYear, _, before, _ := bruteTerm(docs, tm.Term, year, keep)
				if want := bruteOccurrences(docs, tm.Term, prev, keep); tm.Occurrences != want {
					t.Errorf("Terms(%d, %v, dropped): %s occurs %d times in %d; brute force %d", year, f, tm.Term, tm.Occurrences, prev, want)
				}
				if tm.Documents != inPrev || tm.Places != places || tm.FirstYear != first || tm.Before != before {
					t.Errorf("Terms(%d, %v, dropped): %s in %d reports of %d, %d places, first %d, %d before; brute force %d, %d, %d, %d",
						year, f, tm.Term, tm.Documents, prev, tm.Places, tm.FirstYear, tm.Before, inPrev, places, first, before)
				}
				if inYear != 0 || inPrev == 0 {
					t.Errorf("Terms(%d, %v, dropped): %s is in %d reports of the year, %d of %d", year, f, tm.Term, inYear, inPrev, prev)
				}
			}
		}
	}
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
		if n, _, _, _ := bruteTerm(docs, term, 2024, func(d *corpus.Document) bool { return d.ID != gov.ID }); tm.Documents != n {
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
		for i := range maxLists {
			s.tc.putList(fmt.Sprint("other ", i), &search.Terms{})
		}
	}
	ts, err := s.Terms(context.Background(), search.TermsRequest{Year: 2024})
	if err != nil || ts == nil || ts.Year != 2024 || len(ts.Terms) == 0 {
		t.Fatalf("Terms(2024) with its list evicted = %+v, %v; want the year's terms", ts, err)
	}
}

// TestTermsStored checks that the terms stored with each report when it is
// written give the same lists as terms found on demand (an index written
// without them, as by an older govreport; there the earlier reports' terms
// are not at hand to rule candidates out before their count), that such
// an index says how many reports had none (Unstored), and that FindTerms
// (reindex) stores them.
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
	if err := stored.Add(docs...); err != nil {
		t.Fatal(err)
	}
	old, _ := sampleIndex(t) // written without a finder
	o := NewSearcher(old)
	ctx := context.Background()
	for _, r := range []search.TermsRequest{
		{Year: 2024, Limit: search.MaxTerms},
		{Year: 2023, Limit: search.MaxTerms, Filters: search.Filters{Regions: []string{"明湖市"}}},
		{Year: 2024, Limit: search.MaxTerms, Dropped: true},
	} {
		got, err := s.Terms(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		want, err := o.Terms(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Terms) == 0 || !slices.Equal(got.Terms, want.Terms) {
			t.Errorf("Terms(%+v) from stored terms: %d terms, found on demand: %d (or they differ)", r, len(got.Terms), len(want.Terms))
		}
		side := want.Documents
		if r.Dropped {
			side = want.Against
		}
		if got.Unstored != 0 || want.Unstored != side {
			t.Errorf("Terms(%+v): unstored %d with stored terms (want 0), %d without (want the %d reports it read)", r, got.Unstored, want.Unstored, side)
		}
	}
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
