// Package search says what a search is, whatever engine answers it: the
// query language (Parse), a Request and its Result, timelines and similar
// passages, the Engine interface that answers them, and what every engine
// shares: filters on document metadata, highlighted snippets, CSV export.
// It links no search engine; package embedded is the one-process engine.
//
// A query (Parse) is a list of terms, all of which must match:
//
//	双减 课后服务          words: each must occur (as written, folded);
//	                       a run of Chinese is cut into words by gse first
//	"推进教育现"            exact wording, any length, across word boundaries
//	-培训  -"校外培训"      exclusion: no section containing it
//	双减 OR 减负           either one (OR binds tighter than the implied AND)
//	year:2023  year:2021..2023  region:常州  kind:计划  issuer:教育局
//
// Wording and words match the folded text of a section (width, case and
// whitespace folded on both sides; see analysis.Fold), so the set of
// sections a query returns is exact: an engine must return every section
// that matches and none that does not. Ranking orders that set by BM25 over
// gse words.
package search

// Query syntax
//
// Parse reads the query left to right: quoted wording runs to the next
// closing quote (" or the Chinese “”; 「」, 『』, ＂＂ and ‘’ each by its own
// closing mark), a leading - negates one term, OR
// (upper case) joins the terms on its two sides, and a word of the form
// field:value with a known field is a filter. Errors carry the 1-based
// character column where the problem is.

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// ErrBadQuery is wrapped by every error about a query or request the
// searcher cannot accept.
var ErrBadQuery = errors.New("bad query")

// MaxQuery bounds a query's length in characters, the filters written in it
// included. Every term costs lookups and an exact check in each search, and
// a watch's query runs again on every ingest and upload: a paragraph in
// quotes fits, a pasted report does not (similar passages are found from a
// section).
const MaxQuery = 1000

// A Query is a parsed query.
type Query struct {
	Must    []Clause // every clause must match
	Not     []Term   // no term may match
	Filters Filters
}

// A Clause is a list of alternatives, any of which may match.
type Clause []Term

// A Term is quoted wording or a word as typed.
type Term struct {
	Text   string   // as typed, without quotes
	Phrase bool     // quoted
	Words  []string // for an unquoted term: the words that must all occur
}

// Filters restrict results by document metadata. Values of one field are
// alternatives; fields combine with AND. A region, kind or issuer matches
// when the document's value contains it (region:常州 matches 常州市); a
// region matches the places under it too (region:江苏 matches every place
// of 江苏省, through the document's province and prefecture).
type Filters struct {
	Years   []YearRange `json:"years,omitempty"`
	Regions []string    `json:"regions,omitempty"`
	Kinds   []string    `json:"kinds,omitempty"`
	Issuers []string    `json:"issuers,omitempty"`
}

// A YearRange is an inclusive range of years.
type YearRange struct{ From, To int }

// Empty reports whether f filters nothing.
func (f Filters) Empty() bool {
	return len(f.Years) == 0 && len(f.Regions) == 0 && len(f.Kinds) == 0 && len(f.Issuers) == 0
}

type parseError struct {
	col   int
	msg   string
	cause error // a sentinel besides ErrBadQuery (ErrNoSuchKind), or nil
}

func (e *parseError) Error() string { return fmt.Sprintf("column %d: %s", e.col, e.msg) }
func (e *parseError) Unwrap() []error {
	if e.cause != nil {
		return []error{ErrBadQuery, e.cause}
	}
	return []error{ErrBadQuery}
}

// ErrNoSuchKind is what the error of a kind filter that no document can
// match wraps, besides ErrBadQuery (CheckKind).
var ErrNoSuchKind = errors.New("no such kind")

type kindError struct{ kind string }

func (e *kindError) Error() string {
	return fmt.Sprintf("kind %q matches no report: a kind is %s or %s (or a part of one, as 报告)",
		e.kind, strings.Join(corpus.Kinds, ", "), corpus.KindOther)
}
func (e *kindError) Unwrap() []error { return []error{ErrBadQuery, ErrNoSuchKind} }

// CheckKind returns an error when kind, the value of a kind filter, names
// none of the kinds a document can have (corpus.Kinds and 其他, folded as
// the filter folds them; kindName): such a filter matches nothing, and its
// zero would read as an answer. kind:计划, kind:計劃, kind:报告 and the
// long names kind:工作计划 and kind:工作要点 pass; kind:通知 is refused. The
// error wraps ErrBadQuery and ErrNoSuchKind.
func CheckKind(kind string) error {
	if partOfKind(kindName(kind)) {
		return nil
	}
	return &kindError{kind}
}

// kindName returns the folded kind a kind filter names: the value itself,
// a kind or a part of one, or, for a report's long name that is neither
// (工作总结, 工作计划, 工作要点: what the reports call themselves, and what a
// user types), the kind within it (总结, 计划, 要点), which a document's
// kind is.
func kindName(kind string) string {
	fk := analysis.Fold(kind)
	if rest, ok := strings.CutPrefix(fk, "工作"); ok && !partOfKind(fk) && partOfKind(rest) {
		return rest
	}
	return fk
}

// partOfKind reports whether fk (folded, not empty) is part of a kind a
// document can have.
func partOfKind(fk string) bool {
	if fk == "" {
		return false
	}
	for _, k := range foldedKinds {
		if strings.Contains(k, fk) {
			return true
		}
	}
	return false
}

// foldedKinds are the kinds a document can have (corpus.Kinds and
// KindOther), folded once: a filter is matched against every report of a
// set (matchKind).
var foldedKinds = func() []string {
	var out []string
	for _, k := range append(slices.Clone(corpus.Kinds), corpus.KindOther) {
		out = append(out, analysis.Fold(k))
	}
	return out
}()

// Parse parses q. Words are segmented with gse, which may wait for the
// dictionary to load. An error wraps ErrBadQuery and gives the column.
func Parse(q string) (*Query, error) {
	if !utf8.ValidString(q) {
		return nil, fmt.Errorf("query is not valid UTF-8: %w", ErrBadQuery)
	}
	if n := utf8.RuneCountInString(q); n > MaxQuery {
		// not quoted back: it may be megabytes long
		return nil, fmt.Errorf("query of %d characters: at most %d: %w", n, MaxQuery, ErrBadQuery)
	}
	p := &parser{src: []rune(q)}
	for i, r := range p.src {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return nil, fmt.Errorf("query %q: %w", q, p.errorf(i, "control character %U", r))
		}
	}
	query, err := p.parse()
	if err != nil {
		return nil, fmt.Errorf("query %q: %w", q, err)
	}
	return query, nil
}

type parser struct {
	src []rune
	i   int
}

// item is one lexical element: a term or OR (a filter is added to the
// query as it is read).
type item struct {
	col  int
	term Term
	neg  bool
	or   bool
}

func (p *parser) errorf(col int, format string, args ...interface{}) error {
	return &parseError{col: col + 1, msg: fmt.Sprintf(format, args...)}
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// bracketCloses maps the other quotation marks that open wording at the
// start of a term to the mark that closes it: corner brackets (「双减」,
// 『双减』, as traditional-character text and some input methods quote),
// the fullwidth quote (＂双减＂) and single quotes (‘双减’). Each is a quote
// to the fold (analysis.Fold), and the UI counts 「双减」 as the wording it
// quotes; read as a word, 「县域普通高中」 was cut into 县域 and 普通高中 and
// counted 34 reports where 7 hold the wording. Inside a word they stay
// part of it, as they always were.
var bracketCloses = map[rune]rune{'「': '」', '『': '』', '＂': '＂', '‘': '’'}

func (p *parser) parse() (*Query, error) {
	q := new(Query)
	var items []item
	for {
		for p.i < len(p.src) && unicode.IsSpace(p.src[p.i]) {
			p.i++
		}
		if p.i >= len(p.src) {
			break
		}
		it, err := p.next(q)
		if err != nil {
			return nil, err
		}
		if it != nil {
			items = append(items, *it)
		}
	}
	// Group: a OR b OR c becomes one clause.
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.or {
			return nil, p.errorf(it.col, "OR needs a term before it")
		}
		if it.neg {
			if i+1 < len(items) && items[i+1].or {
				return nil, p.errorf(items[i+1].col, "an excluded term cannot be part of OR")
			}
			q.Not = append(q.Not, it.term)
			continue
		}
		c := Clause{it.term}
		for i+1 < len(items) && items[i+1].or {
			if i+2 >= len(items) {
				return nil, p.errorf(items[i+1].col, "OR needs a term after it")
			}
			nx := items[i+2]
			if nx.or {
				return nil, p.errorf(nx.col, "OR follows OR")
			}
			if nx.neg {
				return nil, p.errorf(nx.col, "an excluded term cannot be part of OR")
			}
			c = append(c, nx.term)
			i += 2
		}
		q.Must = append(q.Must, c)
	}
	return q, nil
}

// next reads one item at p.i. It returns nil for a filter, which it adds to q.
func (p *parser) next(q *Query) (*item, error) {
	start := p.i
	neg := false
	if p.src[p.i] == '-' {
		neg = true
		p.i++
		if p.i >= len(p.src) || unicode.IsSpace(p.src[p.i]) {
			return nil, p.errorf(start, "- must be followed by a word or quoted wording")
		}
	}
	if _, bracket := bracketCloses[p.src[p.i]]; isQuote(p.src[p.i]) || bracket {
		text, err := p.quoted()
		if err != nil {
			return nil, err
		}
		if analysis.Fold(text) == "" {
			return nil, p.errorf(start, "empty quoted wording")
		}
		return &item{col: start, neg: neg, term: Term{Text: text, Phrase: true}}, nil
	}
	wstart := p.i
	for p.i < len(p.src) && !unicode.IsSpace(p.src[p.i]) && !isQuote(p.src[p.i]) {
		p.i++
	}
	word := string(p.src[wstart:p.i])
	if !neg && word == "OR" {
		return &item{col: start, or: true}, nil
	}
	if field, _, ok := filterField(word); ok && neg && isFilter(field) {
		return nil, p.errorf(start, "a filter cannot be excluded (-%s:…); name the values you want instead, as in year:2021..2022", field)
	}
	if field, value, ok := filterField(word); ok && !neg {
		if name := word[:len(word)-len(value)]; !isFilter(field) && strings.HasSuffix(name, ":") && isLetters(field) && value != "" {
			// regoin:常州, province:江苏: a filter that is none. Read as
			// a word it matched nothing, and the query answered a zero
			// that read as one about the place. (With a fullwidth colon,
			// GDP：增长, it is a word of the text.)
			return nil, p.errorf(start, "%s is no filter: the filters are year:, region:, kind: and issuer: (region: takes a province too); to search for the text, quote it", name)
		}
		switch field {
		case "year", "region", "kind", "issuer":
			if value == "" && p.i < len(p.src) && isQuote(p.src[p.i]) {
				v, err := p.quoted()
				if err != nil {
					return nil, err
				}
				value = v
			}
			values := SplitValues(value)
			if len(values) == 0 {
				return nil, p.errorf(start, "%s: needs a value", field)
			}
			for _, v := range values {
				if err := addFilter(&q.Filters, field, v); err != nil {
					pe := p.errorf(start+len(field)+1, "%v", err).(*parseError)
					if errors.Is(err, ErrNoSuchKind) {
						pe.cause = ErrNoSuchKind
					}
					return nil, pe
				}
			}
			return nil, nil
		}
	}
	if p.i < len(p.src) && isQuote(p.src[p.i]) {
		return nil, p.errorf(p.i, "quote inside a word; put a space before it")
	}
	if analysis.Fold(word) == "" {
		// Only characters the texts are searched without (a zero-width
		// space pasted from a page, a format mark): as a word it matched
		// nothing, so the whole query answered a false zero, and as an
		// exclusion it excluded nothing.
		return nil, p.errorf(wstart, "%+q has nothing to search for: only invisible or format characters", word)
	}
	t := Term{Text: word}
	if neg {
		// An exclusion is always taken as wording: no section containing it.
		t.Phrase = true
	} else {
		t.Words = words(word)
	}
	return &item{col: start, neg: neg, term: t}, nil
}

// quoted reads quoted wording at p.i. ASCII quotes close only with an
// ASCII quote, so Chinese quotes inside them are wording ("“双减”" finds the
// quoted term); Chinese quotes close with either; a bracket or another
// mark of bracketCloses only with its closing mark.
func (p *parser) quoted() (string, error) {
	open := p.i
	closes := isQuote
	if p.src[open] == '"' {
		closes = func(r rune) bool { return r == '"' }
	} else if c, ok := bracketCloses[p.src[open]]; ok {
		closes = func(r rune) bool { return r == c }
	}
	p.i++
	start := p.i
	for p.i < len(p.src) && !closes(p.src[p.i]) {
		p.i++
	}
	if p.i >= len(p.src) {
		return "", p.errorf(open, "quote not closed")
	}
	text := string(p.src[start:p.i])
	p.i++
	return text, nil
}

// SplitValues returns the values a filter's value lists, apart by commas
// (ASCII or fullwidth), without blanks: region:江苏,浙江 in a query and
// region=江苏，浙江 in the API are the two regions, as region:江苏
// region:浙江 is (as one value, a region no report has, it answered a
// zero). An enumeration comma (、) is not a separator: a body's name may
// hold one.
func SplitValues(v string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '，' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// filterField splits word at its first colon into a filter's field and
// value, the field folded (analysis.Fold: lower case, halfwidth), and
// reports whether word has a colon after at least one character. A colon
// is ASCII or fullwidth, and the field in any case or width: year：2023
// (the colon a Chinese input method gives), Year:2023 and ｙｅａｒ:2023 are
// the filter year:2023, not words that match nothing.
func filterField(word string) (field, value string, ok bool) {
	i := strings.IndexAny(word, ":：")
	if i <= 0 {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(word[i:])
	return analysis.Fold(word[:i]), word[i+n:], true
}

// isLetters reports whether s is two or more ASCII letters, the shape of
// a filter's field.
func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return len(s) >= 2
}

// isFilter reports whether field names a filter.
func isFilter(field string) bool {
	return field == "year" || field == "region" || field == "kind" || field == "issuer"
}

func addFilter(f *Filters, field, value string) error {
	switch field {
	case "year":
		r, err := ParseYearRange(value)
		if err != nil {
			return err
		}
		f.Years = append(f.Years, r)
	case "region":
		f.Regions = append(f.Regions, value)
	case "kind":
		if err := CheckKind(value); err != nil {
			return err
		}
		f.Kinds = append(f.Kinds, value)
	case "issuer":
		f.Issuers = append(f.Issuers, value)
	}
	return nil
}

// ParseYearRange reads a year (2023) or a range of years (2021..2023), as
// the year: filter and the API's year parameter take them.
func ParseYearRange(s string) (YearRange, error) {
	from, to, isRange := strings.Cut(s, "..")
	if !isRange {
		to = from
	}
	a, err1 := strconv.Atoi(from)
	b, err2 := strconv.Atoi(to)
	if err1 != nil || err2 != nil || a < 1000 || b > 9999 {
		return YearRange{}, fmt.Errorf("year %q is not a year or a range like 2021..2023", s)
	}
	if a > b {
		return YearRange{}, fmt.Errorf("year range %q runs backwards", s)
	}
	return YearRange{From: a, To: b}, nil
}

// words returns the words an unquoted term must contain: the gse words of
// a term with Chinese in it, or the term itself.
func words(term string) []string {
	hasHan := false
	for _, r := range term {
		if unicode.Is(unicode.Han, r) {
			hasHan = true
			break
		}
	}
	if !hasHan {
		if f := analysis.Fold(term); f != "" {
			return []string{f}
		}
		return nil
	}
	if analysis.LoadSegmenter() != nil {
		// No dictionary: the term is taken whole, which only narrows.
		return []string{analysis.Fold(term)}
	}
	seen := map[string]bool{}
	var out []string
	for _, w := range analysis.RankTerms(term) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		out = []string{analysis.Fold(term)}
	}
	return out
}

// String returns the query in a canonical form: clauses in order (OR binds
// tighter than the space between clauses), words cut by gse shown with
// their words in braces, exclusions, then filters.
func (q *Query) String() string {
	var parts []string
	for _, c := range q.Must {
		alts := make([]string, len(c))
		for i, t := range c {
			alts[i] = t.String()
		}
		parts = append(parts, strings.Join(alts, " OR "))
	}
	for _, t := range q.Not {
		parts = append(parts, "-"+t.String())
	}
	parts = append(parts, q.Filters.strings()...)
	return strings.Join(parts, " ")
}

// String returns "wording" for quoted wording, the word for a word gse
// keeps whole, and word{w1 w2} for one it cuts.
func (t Term) String() string {
	if t.Phrase {
		return `"` + t.Text + `"`
	}
	if len(t.Words) == 1 && t.Words[0] == analysis.Fold(t.Text) {
		return t.Text
	}
	return t.Text + "{" + strings.Join(t.Words, " ") + "}"
}

func (f Filters) strings() []string {
	var out []string
	for _, y := range f.Years {
		if y.From == y.To {
			out = append(out, fmt.Sprintf("year:%d", y.From))
		} else {
			out = append(out, fmt.Sprintf("year:%d..%d", y.From, y.To))
		}
	}
	for _, v := range f.Regions {
		out = append(out, "region:"+filterValue(v))
	}
	for _, v := range f.Kinds {
		out = append(out, "kind:"+filterValue(v))
	}
	for _, v := range f.Issuers {
		out = append(out, "issuer:"+filterValue(v))
	}
	return out
}

func filterValue(v string) string {
	if strings.IndexFunc(v, unicode.IsSpace) >= 0 {
		return `"` + v + `"`
	}
	return v
}

// Quoting writes q as typed with the term of clause i quoted; filters are
// own.
func (q *Query) Quoting(i int, own Filters) string {
	term := func(t Term, quote bool) string {
		if t.Phrase || quote {
			return `"` + t.Text + `"`
		}
		return t.Text
	}
	var parts []string
	for j, c := range q.Must {
		alts := make([]string, len(c))
		for k, t := range c {
			alts[k] = term(t, j == i)
		}
		parts = append(parts, strings.Join(alts, " OR "))
	}
	for _, t := range q.Not {
		parts = append(parts, "-"+term(t, false))
	}
	parts = append(parts, own.strings()...)
	return strings.Join(parts, " ")
}

// Match reports whether document d passes f: a year in one of the ranges,
// a region (or a place above it) and a kind and issuer that contain one of
// the wanted values, folded. Empty lists pass everything.
func (f Filters) Match(d *govreport.DocInfo) bool {
	if len(f.Years) > 0 {
		ok := false
		for _, y := range f.Years {
			if y.From <= d.Year && d.Year <= y.To {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return matchRegion(d, f.Regions) && matchKind(d.Kind, f.Kinds) && matchAny(d.Issuer, f.Issuers)
}

// matchKind is matchAny for a kind, the filters' values read as the kinds
// they name (kindName: kind:工作计划 is 计划), where kind:其他
// (corpus.KindOther) also matches a document whose kind was left empty:
// none of the kinds fits it.
func matchKind(kind string, wants []string) bool {
	if len(wants) == 0 {
		return true
	}
	fv := analysis.Fold(kind)
	for _, w := range wants {
		fw := kindName(w)
		if kind == "" && fw == corpus.KindOther || fw != "" && strings.Contains(fv, fw) {
			return true
		}
	}
	return false
}

// matchRegion reports whether d's place or a place above it (its province,
// its prefecture) contains one of wants: region:江苏 matches every place
// under 江苏省, region:某市 the city and its counties. A want that writes a
// place under the place above it, as addresses and reports do
// (江苏省常州市, 江苏常州, 常州市武进区), matches too (placePath).
func matchRegion(d *govreport.DocInfo, wants []string) bool {
	if matchAny(d.Region, wants) || d.Province != "" && matchAny(d.Province, wants) || d.Prefecture != "" && matchAny(d.Prefecture, wants) {
		return true
	}
	for _, w := range wants {
		if placePath(d, analysis.Fold(w)) {
			return true
		}
	}
	return false
}

// placePath reports whether fw, a folded region filter, is two places of
// d's, the upper then the lower, each written whole or in part of at least
// two characters: its province then its prefecture or its place, or its
// prefecture then its place (江苏省常州市, 江苏常州, 常州市武进区 for
// 武进区 of 常州市 of 江苏省). Read as one name it matched no report, and
// the search answered a zero.
func placePath(d *govreport.DocInfo, fw string) bool {
	if d.Province == "" && d.Prefecture == "" || utf8.RuneCountInString(fw) < 4 {
		return false
	}
	province, prefecture, region := analysis.Fold(d.Province), analysis.Fold(d.Prefecture), analysis.Fold(d.Region)
	in := func(place, part string) bool { return place != "" && strings.Contains(place, part) }
	for i := range fw {
		upper, lower := fw[:i], fw[i:]
		if utf8.RuneCountInString(upper) < 2 || utf8.RuneCountInString(lower) < 2 {
			continue
		}
		if in(province, upper) && (in(prefecture, lower) || in(region, lower)) ||
			in(prefecture, upper) && in(region, lower) && prefecture != region {
			return true
		}
	}
	return false
}

func matchAny(value string, wants []string) bool {
	if len(wants) == 0 {
		return true
	}
	fv := analysis.Fold(value)
	for _, w := range wants {
		if fw := analysis.Fold(w); fw != "" && strings.Contains(fv, fw) {
			return true
		}
	}
	return false
}

// HasWords reports whether q has unquoted words to match.
func (q *Query) HasWords() bool {
	for _, c := range q.Must {
		for _, t := range c {
			if !t.Phrase {
				return true
			}
		}
	}
	return false
}

// RankTerms returns the ranking terms (analysis.RankTerms) of the query's
// positive terms, or nil when the dictionary cannot load.
func (q *Query) RankTerms() []string {
	if analysis.LoadSegmenter() != nil {
		return nil // no dictionary: year order
	}
	var terms []string
	for _, c := range q.Must {
		for _, t := range c {
			terms = append(terms, analysis.RankTerms(t.Text)...)
		}
	}
	return terms
}
