package exacttest

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
)

// A TermsEngine lists the new or dropped terms of a year (search.Engine's
// Terms).
type TermsEngine interface {
	Terms(ctx context.Context, r search.TermsRequest) (*search.Terms, error)
}

// A Brute counts terms over the stored texts of docs, as a terms list
// must count them.
type Brute struct {
	docs   []*corpus.Document
	folded map[*corpus.Document][]string // heading, text, heading, text...
}

// NewBrute returns a Brute over docs.
func NewBrute(docs []*corpus.Document) *Brute { return &Brute{docs: docs} }

// Term counts a term over the stored texts: the reports of year under
// keep that contain it and their regions, the reports under keep of
// earlier years, and the first year of any report.
func (b *Brute) Term(term string, year int, keep func(*corpus.Document) bool) (inYear, places, before, first int) {
	regions := map[string]bool{}
	for _, d := range b.docs {
		if d.Year == 0 || !b.Has(d, term) {
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

// After counts the reports under keep of years after year that contain
// term.
func (b *Brute) After(term string, year int, keep func(*corpus.Document) bool) int {
	n := 0
	for _, d := range b.docs {
		if d.Year > year && keep(d) && b.Has(d, term) {
			n++
		}
	}
	return n
}

// Occurrences counts the times the folded term occurs in the headings
// and texts of the reports of year under keep, as a terms list counts them: 0 when
// more than search.MaxSentenceReports reports hold it.
func (b *Brute) Occurrences(term string, year int, keep func(*corpus.Document) bool) int {
	ft, n, reports := analysis.Fold(term), 0, 0
	for _, d := range b.docs {
		if d.Year != year || !keep(d) || !b.Has(d, term) {
			continue
		}
		reports++
		for _, f := range b.folded[d] {
			n += strings.Count(f, ft)
		}
	}
	if reports > search.MaxSentenceReports {
		return 0
	}
	return n
}

// Sentences counts the distinct sentences (split at 。！？；!?; and
// line breaks) where the folded term first occurs in each section of the
// reports of year under keep: the number of reports when one, or more than
// search.MaxSentenceReports, hold it, as a terms list counts them.
func (b *Brute) Sentences(term string, year int, keep func(*corpus.Document) bool) int {
	ft := analysis.Fold(term)
	seen, reports := map[string]bool{}, 0
	for _, d := range b.docs {
		if d.Year != year || !keep(d) || !b.Has(d, term) {
			continue
		}
		reports++
		fs := b.folded[d] // heading, text, heading, text...
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

// Has reports whether a section of d holds the folded term in its
// folded heading or text (BruteForce, with the folds kept).
func (b *Brute) Has(d *corpus.Document, term string) bool {
	fs, ok := b.folded[d]
	if !ok {
		if b.folded == nil {
			b.folded = map[*corpus.Document][]string{}
		}
		for _, s := range d.Sections {
			fs = append(fs, analysis.Fold(s.Heading), analysis.Fold(s.Text))
		}
		b.folded[d] = fs
	}
	ft := analysis.Fold(term)
	for _, f := range fs {
		if strings.Contains(f, ft) {
			return true
		}
	}
	return false
}

// CheckTerms checks every figure of the new and dropped terms that eng
// lists for 2022 to 2024, with and without filters, against a brute-force
// scan of docs (the documents eng holds, which must include the sample
// corpus), and that each listed term is new (or dropped) by the rule.
func CheckTerms(t *testing.T, ctx context.Context, eng TermsEngine, docs []*corpus.Document) {
	t.Helper()
	b := NewBrute(docs)
	filters := []search.Filters{{}, {Regions: []string{"望川"}}, {Kinds: []string{"要点", "计划"}}}
	for _, f := range filters {
		keep := func(d *corpus.Document) bool {
			info := govreport.InfoOf(d)
			return f.Match(&info)
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
			res, err := eng.Terms(ctx, search.TermsRequest{Year: year, Filters: f, Limit: search.MaxTerms})
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
				n, places, before, first := b.Term(tm.Term, year, keep)
				if tm.Documents != n || tm.Places != places || tm.Before != before || tm.FirstYear != first {
					t.Errorf("Terms(%d, %v): %s in %d reports, %d places, %d before, first %d; brute force %d, %d, %d, %d",
						year, f, tm.Term, tm.Documents, tm.Places, tm.Before, tm.FirstYear, n, places, before, first)
				}
				if want := b.After(tm.Term, year, keep); tm.After != want {
					t.Errorf("Terms(%d, %v): %s in %d reports of later years; brute force %d", year, f, tm.Term, tm.After, want)
				}
				if want := b.Sentences(tm.Term, year, keep); tm.Sentences != want {
					t.Errorf("Terms(%d, %v): %s in %d distinct sentences; brute force %d", year, f, tm.Term, tm.Sentences, want)
				}
				if want := b.Occurrences(tm.Term, year, keep); tm.Occurrences != want {
					t.Errorf("Terms(%d, %v): %s occurs %d times; brute force %d", year, f, tm.Term, tm.Occurrences, want)
				}
				if n == 0 || before*20 > earlier || before*5 >= n || strings.ContainsAny(tm.Term, "0123456789") {
					t.Errorf("Terms(%d, %v): %s is listed as new with %d reports and %d of %d before", year, f, tm.Term, n, before, earlier)
				}
				if tm.Query != `"`+tm.Term+`"` {
					t.Errorf("Terms(%d, %v): %s has query %s", year, f, tm.Term, tm.Query)
				}
			}
			dropped, err := eng.Terms(ctx, search.TermsRequest{Year: year, Filters: f, Dropped: true, Limit: search.MaxTerms})
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
				inPrev, places, _, first := b.Term(tm.Term, prev, keep)
				inYear, _, before, _ := b.Term(tm.Term, year, keep)
				if want := b.Occurrences(tm.Term, prev, keep); tm.Occurrences != want {
					t.Errorf("Terms(%d, %v, dropped): %s occurs %d times in %d; brute force %d", year, f, tm.Term, tm.Occurrences, prev, want)
				}
				if tm.Documents != inPrev || tm.Places != places || tm.FirstYear != first || tm.Before != before {
					t.Errorf("Terms(%d, %v, dropped): %s in %d reports of %d, %d places, first %d, %d before; brute force %d, %d, %d, %d",
						year, f, tm.Term, tm.Documents, prev, tm.Places, tm.FirstYear, tm.Before, inPrev, places, first, before)
				}
				if tm.After != 0 {
					t.Errorf("Terms(%d, %v, dropped): %s has %d reports after, want 0 (new terms only)", year, f, tm.Term, tm.After)
				}
				if inYear != 0 || inPrev == 0 {
					t.Errorf("Terms(%d, %v, dropped): %s is in %d reports of the year, %d of %d", year, f, tm.Term, inYear, inPrev, prev)
				}
			}
		}
	}
}
