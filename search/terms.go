package search

// New terms of a year
//
// A journalist asks which phrases are new in this year's reports: not the
// terms of one report against another (compare's 新提法), but what the
// year's reports say that the reports before them did not. The terms of
// each report come from compare's term finder (compare.ReportTerms: words,
// runs of words that hold together, noun phrases, quoted phrases, "+"
// forms, without generic words and verbs). A year's candidates are the
// terms of its reports that pass the filters; an engine counts each
// exactly (the set a quoted search of it gives): the reports of the year
// that contain it, their places, the reports of earlier and of later
// years under the same filters, and the first year any report of the
// collection uses it.
//
// A term is new in the year when at most one in twenty of the earlier
// reports under the filters use it, and fewer than a fifth as many as the
// year's reports (none at all for a term of fewer than five reports, or
// against fewer than twenty earlier reports: "not, or rarely, before";
// IsRare). Terms with digits are left out (2023年工作回顾 is new every
// year). A term is
// dropped when the reports of the previous year under the filters (the
// latest earlier year that has reports under them) use it and no report of
// the year does. Terms rank by the reports and places that use them,
// weighed by how specific they are and how often the reports repeat them
// (compare's salience): specificity x (reports + places) x (1 + ln(its
// occurrences a report)/2, counted for terms of at most MaxSentenceReports
// reports), then by reports, places, fewer earlier reports, more reports
// of later years under the filters (a term first used in the year that
// later reports use again stuck: a 提法 that became policy, where a
// phrase used once did not; none for the latest year), a later first
// year in the whole collection (new to every report before new to these)
// and more occurrences; a term inside a ranked one with no more occurrences (or
// reports, where they are not counted), or around one with as many, is
// left out (compare.DropNested: the reports never write the one without
// the other). A sentence
// copied from one report into another (a paragraph of a provincial
// document, or of another place's plan, taken over word for word) is one
// use of its words, not one per report: the reports count as many as the
// distinct sentences that hold the term at most, and so do the places
// (counted for terms of at most MaxSentenceReports reports).
// Otherwise every ordinary word of a copied paragraph would outrank a
// coinage that one report makes.

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
)

// TermsVersion names what ReportTerms finds. Engines store it with each
// report's terms: change it when the term finder changes, so that the
// terms an earlier version stored are found again (on demand, and by
// govreport reindex).
const TermsVersion = "compare.ReportTerms 66"

// ReportTerms returns the terms of report d that a list starts from: those
// compare's term finder takes from its sections (its other fields are not
// read), as each engine stores them when d is written.
func ReportTerms(d *corpus.Document) []compare.Term {
	return ReportTermsCut(d, nil)
}

// ReportTermsCut is ReportTerms given the cuts of some sections' texts
// (compare.ReportTermsCut).
func ReportTermsCut(d *corpus.Document, cuts [][]int32) []compare.Term {
	return compare.ReportTermsCut(&corpus.Document{ID: d.ID, Year: d.Year, Sections: d.Sections}, cuts)
}

// MaxSentenceReports is the most reports of a term whose sentences and
// occurrences are counted (YearTerm.Sentences, YearTerm.Occurrences):
// finding them costs a scan of each section that holds it, and a sentence
// copied into a few reports, or a term repeated, changes little the rank
// of a term that many reports use.
const MaxSentenceReports = 8

// Limits of a terms list.
const (
	DefaultTerms = 50   // terms a TermsRequest returns when Limit is 0
	MaxTerms     = 1000 // the largest Limit, but for an export (MaxExport)
)

// A TermsRequest asks for the new, or the dropped, terms of one year.
type TermsRequest struct {
	Year int
	// Filters restrict the reports on both sides (the year's and the
	// earlier ones); they may not hold years.
	Filters Filters
	// Dropped asks for the terms of the previous year's reports that the
	// year's reports no longer use.
	Dropped bool
	// Limit is the number of terms returned: 0 means DefaultTerms; at most
	// MaxTerms, or MaxExport with Export.
	Limit  int
	Export bool
}

// Terms are the new or dropped terms of a year.
type Terms struct {
	Year    int  `json:"year"`
	Dropped bool `json:"dropped"`
	// Documents is the number of reports of the year under the filters.
	Documents int `json:"documents"`
	// Against says what the year is read against: for new terms the
	// reports of the years before it under the filters (Since the first of
	// those years, 0 if none); for dropped terms the reports of the
	// previous year with reports under the filters (Since that year).
	Against int `json:"against_documents"`
	Since   int `json:"since"`
	// Years holds every year of a report under the filters with its number
	// of reports, newest first: the years a list can be asked for.
	Years []FacetValue `json:"years"`
	// Unstored is the number of reports the terms were taken from whose
	// terms were not stored with them and were found for this list, which
	// is slower: reports just written whose terms the index's background
	// worker has not stored yet (it stores them shortly), or reports
	// written by an older govreport or by an ingest stopped before it
	// stored them (govreport reindex stores those). 0 when every report's
	// terms were stored.
	Unstored int `json:"unstored,omitempty"`
	// Total is the number of terms found; Terms holds the first Limit.
	Total  int        `json:"total"`
	Terms  []YearTerm `json:"terms"`
	TookMS float64    `json:"took_ms"`
}

// A YearTerm is one term of a Terms list. Counts are of reports, exact:
// those a quoted search of the term finds.
type YearTerm struct {
	Term string `json:"term"`
	// Documents is the number of reports under the filters that contain it,
	// of the year (new terms) or of the previous year (dropped terms);
	// Places the number of their regions.
	Documents int `json:"documents"`
	Places    int `json:"places"`
	// Sentences is the number of distinct sentences where it first occurs
	// in each section of those reports (a sentence copied from one report
	// into another counts once), counted when 2 to MaxSentenceReports
	// reports hold it; Documents otherwise.
	Sentences int `json:"sentences"`
	// Occurrences is the number of times it occurs in the reports counted
	// in Documents, headings and texts, counted when at most
	// MaxSentenceReports reports hold it (finding them costs a scan of
	// each section that holds it); 0 otherwise.
	Occurrences int `json:"occurrences"`
	// FirstYear is the first year a report of the whole collection uses it
	// (whatever the filters).
	FirstYear int `json:"first_year"`
	// Before is the number of reports of earlier years under the filters
	// that contain it.
	Before int `json:"before"`
	// After is the number of reports of later years under the filters
	// that contain it (new terms; 0 for dropped ones).
	After int `json:"after"`
	// Score is how specific the term is (compare.ReportTerms).
	Score float64 `json:"score"`
	// Query is the quoted search of the term, for its timeline.
	Query string `json:"query"`
}

// Check checks r and returns the number of terms it asks for. A bad
// year, a year filter or a limit out of range give an error wrapping
// ErrBadQuery.
func (r TermsRequest) Check() (limit int, err error) {
	switch {
	case r.Year <= 0:
		return 0, fmt.Errorf("terms: year %d is not a year: %w", r.Year, ErrBadQuery)
	case len(r.Filters.Years) > 0:
		return 0, fmt.Errorf("terms of %d: a year filter cannot be added to the year: %w", r.Year, ErrBadQuery)
	}
	most := MaxTerms
	if r.Export {
		most = MaxExport
	}
	switch {
	case r.Limit < 0 || r.Limit > most:
		return 0, fmt.Errorf("terms of %d: limit %d is out of range [0, %d]: %w", r.Year, r.Limit, most, ErrBadQuery)
	case r.Limit == 0 && r.Export:
		return MaxExport, nil
	case r.Limit == 0:
		return DefaultTerms, nil
	}
	return r.Limit, nil
}

// Listable reports whether term t can be listed: a quoted search can hold
// it (its counts are that search's), and it has no digits (a heading such
// as 2023年工作回顾 is new every year).
func Listable(t string) bool {
	return t != "" && !strings.Contains(t, `"`) && !strings.ContainsFunc(t, unicode.IsDigit)
}

// Kept reports whether t belongs in the list of r: a new term that the
// year's reports use and earlier reports rarely did (of against earlier
// reports under the filters), or a dropped term the previous year's
// reports used and the year's (inYear of them) do not.
func (r TermsRequest) Kept(t YearTerm, inYear, against int) bool {
	if t.Documents == 0 {
		return false
	}
	if r.Dropped {
		return inYear == 0
	}
	return IsRare(t.Before, t.Documents, against)
}

// IsRare reports whether a term that before of the against earlier
// reports used, and documents of the year's, was rare before: at most one
// earlier report in twenty used it, and fewer than a fifth as many as the
// year's.
func IsRare(before, documents, against int) bool {
	return before*20 <= against && before*5 < documents
}

// RankTerms orders the kept terms of a list, best first, and leaves out
// the nested repeats (see above).
func RankTerms(list []YearTerm) []YearTerm {
	// more reports and places first, weighed by how specific the term is,
	// so that a word of the year that says little (社团, 复兴) does not come
	// before a phrase fewer places coined
	// (a sentence copied into several reports is one use of the term, not
	// one per report: the reports count as many as their distinct
	// sentences at most, and so do the places)
	rank := func(t YearTerm) float64 {
		uses := t.Documents
		if t.Sentences > 0 { // 0: not counted
			uses = min(uses, t.Sentences)
		}
		// a term the reports repeat weighs more, as compare's salience
		// weighs one a report repeats, but less: 1 + ln(occurrences a
		// report)/2
		repeat := 1.0
		if t.Occurrences > t.Documents && t.Documents > 0 {
			repeat += math.Log(float64(t.Occurrences)/float64(t.Documents)) / 2
		}
		return t.Score * float64(uses+min(t.Places, uses)) * repeat
	}
	count := func(t YearTerm) int { // occurrences, for the nested repeats
		if t.Occurrences > 0 {
			return t.Occurrences
		}
		return t.Documents
	}
	slices.SortFunc(list, func(a, b YearTerm) int {
		ra, rb := rank(a), rank(b)
		switch {
		case ra != rb:
			if ra > rb {
				return -1
			}
			return 1
		case a.Documents != b.Documents:
			return b.Documents - a.Documents
		case a.Places != b.Places:
			return b.Places - a.Places
		case a.Before != b.Before:
			return a.Before - b.Before
		case a.After != b.After:
			// used again by later reports: it stuck
			return b.After - a.After
		case a.FirstYear != b.FirstYear:
			// new to the whole collection before new to these reports
			return b.FirstYear - a.FirstYear
		case count(a) != count(b):
			return count(b) - count(a)
		case len(a.Term) != len(b.Term):
			return len(a.Term) - len(b.Term)
		}
		return strings.Compare(a.Term, b.Term)
	})
	ranked := make([]compare.Term, len(list))
	at := make(map[string]int, len(list))
	for i, t := range list {
		ranked[i] = compare.Term{Text: t.Term, Count: count(t)}
		at[t.Term] = i
	}
	out := []YearTerm{}
	for _, k := range compare.DropNested(ranked, math.MaxInt) {
		out = append(out, list[at[k.Text]])
	}
	// at equal weight, a term around one listed before it (教育强市开好局
	// after 教育强市) comes after those that are news of their own
	around := holdingEarlier(out)
	weight := make([]float64, len(out))
	for i, t := range out {
		weight[i] = rank(t)
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		switch {
		case weight[i] != weight[j]:
			return 0 // already in order
		case around[i] != around[j]:
			if around[j] {
				return -1
			}
			return 1
		}
		return 0
	})
	sorted := make([]YearTerm, len(out))
	for k, i := range idx {
		sorted[k] = out[i]
	}
	return sorted
}

// holdingEarlier reports, for each term of ts, whether it holds a term that
// comes before it in ts.
func holdingEarlier(ts []YearTerm) []bool {
	out := make([]bool, len(ts))
	before := make(map[string]bool, len(ts))
	heads := make(map[string]bool, len(ts)) // the first two runes of those
	for i, t := range ts {
		s := t.Term
	scan:
		for a := range s {
			h := head(s[a:])
			if !heads[h] {
				continue
			}
			for b := a + len(h); b <= len(s); b++ {
				if (b < len(s) && !utf8.RuneStart(s[b])) || a == 0 && b == len(s) {
					continue
				}
				if before[s[a:b]] {
					out[i] = true
					break scan
				}
			}
		}
		before[s] = true
		heads[head(s)] = true
	}
	return out
}

// head returns the first two runes of s, or s if it has fewer.
func head(s string) string {
	_, a := utf8.DecodeRuneInString(s)
	_, b := utf8.DecodeRuneInString(s[a:])
	return s[:a+b]
}
