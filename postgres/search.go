package postgres

// Search plan
//
// The embedded engine's plan (package embedded), within one read-only
// repeatable-read transaction so that every figure of an answer comes from
// one snapshot:
//
// 1. The result set, exactly, as one condition on the sections table:
//    each clause's terms (quoted wording, or each word of an unquoted
//    term) as exact conditions (exact.go), ORed within the clause and
//    ANDed across clauses; exclusions negated (tested on the folded text);
//    filters applied in Go on the documents' metadata (search.Filters.Match,
//    the one definition) and given to SQL as the list of documents they
//    keep. The planner is told to find the set through the indexes
//    (indexesFirst).
// 2. One statement reads the set (readSet): for each section, its place
//    (order written, document, ordinal), whether it holds each cut term's
//    wording, and, to rank, its folded length and each ranked word's count
//    in its folded text. A broad word's set is most of the collection, so
//    this is the one statement whose cost grows with the set; nothing else
//    reads it again.
// 3. Total, facets (search.Facets), exact-wording counts and order are
//    computed in Go from those rows: by year (year, then as ties go,
//    below), or by relevance, the embedded engine's one model
//    (index.View.BM25): BM25 over the query's gse words with the number of
//    sections holding each (counted once per generation of the collection,
//    readcache.go), the number of sections and their characters in all
//    (kept by the writes), in the same float32 steps, so that ranks and
//    scores are the same on both engines. Sections holding none of the
//    words follow. Ties go as in the embedded engine (view.tie: by
//    document, govreport.DocOrder, then place in it), not by the order
//    written. Only the first n of an order are sorted.
// 4. Only the page's sections are read whole, for headings, paths and
//    snippets (search.NewHit).

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// BM25's parameters, as in the embedded engine.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// read runs fn in a read-only repeatable-read transaction on a replica
// that has replayed this client's writes, or else on the primary.
// If the server goes away meanwhile, fn runs again on another (readFrom):
// fn must start afresh each time.
func (db *DB) read(ctx context.Context, fn func(pgx.Tx) error) error {
	return db.readFrom(ctx, func(pool *pgxpool.Pool) error {
		return pgx.BeginTxFunc(ctx, pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
	})
}

// snapshot is what one search reads besides the sections.
type snapshot struct {
	docs  []govreport.DocInfo
	byID  map[string]*govreport.DocInfo
	index map[string]int32 // ID -> index in docs
}

func loadSnapshot(ctx context.Context, tx pgx.Tx) (*snapshot, error) {
	rows, err := tx.Query(ctx, `SELECT `+docInfoFields+` FROM documents`)
	if err != nil {
		return nil, fmt.Errorf("reading documents: %w", err)
	}
	docs, err := pgx.CollectRows(rows, scanDocInfo)
	if err != nil {
		return nil, fmt.Errorf("reading documents: %w", err)
	}
	sn := &snapshot{docs: docs, byID: make(map[string]*govreport.DocInfo, len(docs)), index: make(map[string]int32, len(docs))}
	for i := range docs {
		sn.byID[docs[i].ID] = &docs[i]
		sn.index[docs[i].ID] = int32(i)
	}
	return sn, nil
}

// setWhere returns the condition that holds for exactly the sections of
// q's result set.
func (db *DB) setWhere(c *cond, q *search.Query, sn *snapshot) string {
	var parts []string
	for _, cl := range q.Must {
		var ors []string
		for _, t := range cl {
			if t.Phrase || len(t.Words) == 0 {
				ors = append(ors, db.exact(c, t.Text))
				continue
			}
			var ands []string
			for _, w := range t.Words {
				ands = append(ands, db.exact(c, w))
			}
			ors = append(ors, "("+strings.Join(ands, " AND ")+")")
		}
		parts = append(parts, "("+strings.Join(ors, " OR ")+")")
	}
	for _, t := range q.Not {
		if fw := analysis.Fold(t.Text); fw != "" {
			parts = append(parts, "NOT "+exactOn(c, fw))
		}
	}
	if !q.Filters.Empty() {
		keep := []string{}
		for i := range sn.docs {
			if q.Filters.Match(&sn.docs[i]) {
				keep = append(keep, sn.docs[i].ID)
			}
		}
		parts = append(parts, "s.doc_id = ANY("+c.arg(keep)+")")
	}
	if len(parts) == 0 {
		return "true"
	}
	return strings.Join(parts, " AND ")
}

// A where builds an SQL condition on the sections table (alias s) with
// its arguments numbered in c. PostgreSQL refuses arguments a statement
// does not use, so every statement builds its condition afresh.
type where func(c *cond) string

// A member is a section of a result set, as the one pass over the set
// (readSet) reads it.
type member struct {
	seq     int64 // the order written
	doc     int32 // the index of its document in the view
	ordinal int32
	score   float32 // BM25 over the ranked words, if scored
	scored  bool    // it holds one of the ranked words
	first   bool    // it holds every cut term's exact wording (Search)
}

// A resultSet is a query's result set, read in one pass.
type resultSet struct {
	members []member
	perDoc  []docCount // by the index of the document in the view
	exact   []int      // per cut term: the members holding its wording
}

// docCount is a document's members in a set: how many, and the first
// written.
type docCount struct {
	n     int
	first int64
}

// A scoring is what ranking needs besides the sections: the ranked words
// (folded, distinct, found in the collection), their idf, and the average
// folded length of a section.
type scoring struct {
	words []string
	short []bool // the word has one or two characters
	idf   []float64
	avg   float64
}

// newScoring computes BM25's collection figures for terms as the embedded
// engine does (index.View.BM25): each distinct folded term's document
// frequency is the number of sections whose folded text holds it (terms
// held by none are dropped), the number of sections and their characters
// in all are the collection's.
func (db *DB) newScoring(ctx context.Context, tx pgx.Tx, v *view, terms []string) (*scoring, error) {
	live := float64(v.sections)
	sc := &scoring{avg: float64(v.runes) / math.Max(1, live)}
	for _, fw := range foldedOnce(terms) {
		df, err := db.sectionsHolding(ctx, tx, v, fw)
		if err != nil {
			return nil, fmt.Errorf("ranking: %w", err)
		}
		if df == 0 {
			continue
		}
		sc.words = append(sc.words, fw)
		sc.short = append(sc.short, utf8.RuneCountInString(fw) <= 2)
		sc.idf = append(sc.idf, math.Log(1+(live-float64(df)+0.5)/(float64(df)+0.5)))
	}
	return sc, nil
}

// score returns the BM25 score of a section of dl characters whose
// frequencies of the words are tf, in the embedded engine's float32 steps.
func (sc *scoring) score(dl int64, tf []int64) float32 {
	var s float32
	for i, f := range tf {
		if f <= 0 {
			continue
		}
		x := float64(f)
		s += float32(sc.idf[i] * x * (bm25K1 + 1) / (x + bm25K1*(1-bm25B+bm25B*float64(dl)/sc.avg)))
	}
	return s
}

// readSet reads the sections w holds for in one statement: each one's
// place, and, with sc, its score; with cut (folded wordings), which of
// them it holds.
func readSet(ctx context.Context, tx pgx.Tx, v *view, w where, sc *scoring, cut []string) (*resultSet, error) {
	c := &cond{}
	cols := []string{"s.seq::int8", "s.doc_id", "s.ordinal::int4"}
	if sc != nil && len(sc.words) > 0 {
		// Whether a section holds a word of one or two characters is
		// whether its frequency is above 0 (read below, with
		// scoring.short); longer ones are looked for (strpos).
		anys := []string{"false"}
		for _, fw := range sc.words {
			if utf8.RuneCountInString(fw) > 2 {
				anys = append(anys, exactOn(c, fw))
			}
		}
		cols = append(cols, "s.runes::int4", "("+strings.Join(anys, " OR ")+")")
		for _, fw := range sc.words {
			cols = append(cols, tfSQL(c, fw)+"::int4")
		}
	}
	for _, fw := range cut {
		cols = append(cols, exactOn(c, fw))
	}
	rows, err := tx.Query(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM sections s WHERE `+w(c), c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	set := &resultSet{perDoc: make([]docCount, len(v.docs)), exact: make([]int, len(cut))}
	var tf []int64
	if sc != nil {
		tf = make([]int64, len(sc.words))
	}
	for rows.Next() {
		vals := rows.RawValues()
		raw := rawReader{vals: vals, fields: rows.FieldDescriptions()}
		var m member
		m.seq = raw.int(0)
		d, ok := v.index[string(vals[1])]
		if !ok {
			continue // not in the snapshot: cannot happen in one transaction
		}
		m.doc = d
		m.ordinal = int32(raw.int(2))
		k := 3
		if len(tf) > 0 {
			dl := raw.int(k)
			m.scored = raw.bool(k + 1)
			k += 2
			for i := range tf {
				tf[i] = raw.int(k + i)
				m.scored = m.scored || (sc.short[i] && tf[i] > 0)
			}
			k += len(tf)
			if m.scored {
				m.score = sc.score(dl, tf)
			}
		}
		m.first = len(cut) > 0
		for j := range cut {
			if raw.bool(k + j) {
				set.exact[j]++
			} else {
				m.first = false
			}
		}
		if raw.err != nil {
			return nil, raw.err
		}
		pd := &set.perDoc[d]
		if pd.n == 0 || m.seq < pd.first {
			pd.first = m.seq
		}
		pd.n++
		set.members = append(set.members, m)
	}
	return set, rows.Err()
}

// matched returns the documents of the set with their numbers of sections
// in it, in the order they were written.
func (set *resultSet) matched(v *view) []search.DocMatch {
	var idx []int
	for i, pd := range set.perDoc {
		if pd.n > 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return set.perDoc[idx[a]].first < set.perDoc[idx[b]].first })
	out := make([]search.DocMatch, len(idx))
	for k, i := range idx {
		out[k] = search.DocMatch{Doc: &v.docs[i], Sections: set.perDoc[i].n}
	}
	return out
}

// A rawReader decodes the columns of a row as pgx received them, in text
// or binary format, without allocating: the one pass over a set reads
// 100,000 rows for a broad word. The first error is kept.
type rawReader struct {
	vals   [][]byte
	fields []pgconn.FieldDescription
	err    error
}

func (r *rawReader) int(i int) int64 {
	b := r.vals[i]
	if r.fields[i].Format == pgx.TextFormatCode {
		n, err := strconv.ParseInt(string(b), 10, 64)
		if err != nil && r.err == nil {
			r.err = fmt.Errorf("column %d: %w", i, err)
		}
		return n
	}
	switch len(b) {
	case 8:
		return int64(binary.BigEndian.Uint64(b))
	case 4:
		return int64(int32(binary.BigEndian.Uint32(b)))
	case 2:
		return int64(int16(binary.BigEndian.Uint16(b)))
	}
	if r.err == nil {
		r.err = fmt.Errorf("column %d: an integer of %d bytes", i, len(b))
	}
	return 0
}

func (r *rawReader) bool(i int) bool {
	b := r.vals[i]
	if r.fields[i].Format == pgx.TextFormatCode {
		return string(b) == "t"
	}
	return len(b) == 1 && b[0] != 0
}

// byRelevance reports whether a comes before b in relevance order, as the
// embedded engine ranks: members holding a ranked word by score, best
// first, then the others; ties as tie breaks them.
func (v *view) byRelevance(a, b *member) bool {
	ra, rb := a.scored && a.score > 0, b.scored && b.score > 0
	if ra != rb {
		return ra
	}
	if ra && a.score != b.score {
		return a.score > b.score
	}
	return v.tie(a, b)
}

// byYear returns the order by year (newest first if desc), documents of
// unknown year last, within a year as tie breaks ties.
func (v *view) byYear(desc bool) func(a, b *member) bool {
	return func(a, b *member) bool {
		ya, yb := v.docs[a.doc].Year, v.docs[b.doc].Year
		if (ya == 0) != (yb == 0) {
			return yb == 0
		}
		if ya != yb {
			return (ya > yb) == desc
		}
		return v.tie(a, b)
	}
}

// tie reports whether a comes before b when nothing else tells them
// apart, as in the embedded engine: their documents in govreport.DocOrder,
// one document's sections in their order; not seq, the order written,
// which differs between two archives of the same reports.
func (v *view) tie(a, b *member) bool {
	if a.doc != b.doc {
		if c := govreport.DocOrder(&v.docs[a.doc], &v.docs[b.doc]); c != 0 {
			return c < 0
		}
	}
	if a.ordinal != b.ordinal {
		return a.ordinal < b.ordinal
	}
	return a.seq < b.seq
}

// firstN returns the first n of ms in the order less gives (a strict
// total order), without sorting all of ms when n is small.
func firstN(ms []member, n int, less func(a, b *member) bool) []member {
	n = min(n, len(ms))
	if n <= 0 {
		return nil
	}
	if n > len(ms)/8 {
		out := append([]member(nil), ms...)
		sort.Slice(out, func(i, j int) bool { return less(&out[i], &out[j]) })
		return out[:n]
	}
	best := make([]member, 0, n+1) // in order
	for i := range ms {
		m := &ms[i]
		if len(best) == n && !less(m, &best[n-1]) {
			continue
		}
		at := sort.Search(len(best), func(j int) bool { return less(m, &best[j]) })
		best = append(best, member{})
		copy(best[at+1:], best[at:])
		best[at] = *m
		if len(best) > n {
			best = best[:n]
		}
	}
	return best
}

// exactOn is the condition that the folded text holds fw (folded, not
// empty), read on the row alone: what confirms, and what a filter tests
// (a condition on grams there would decompress each row's grams).
func exactOn(c *cond, fw string) string {
	return "strpos(s.folded, " + c.arg(fw) + ") > 0"
}

// tfSQL returns the SQL of fw's frequency in a section's folded text, as
// the embedded engine counts it (index.View.BM25): the places fw starts
// at, overlapping occurrences included, capped at 255.
func tfSQL(c *cond, fw string) string {
	r := []rune(fw)
	if !selfOverlaps(r) {
		// occurrences cannot overlap: those replace removes
		return "least(255, (octet_length(s.folded) - octet_length(replace(s.folded, " + c.arg(fw) + ", ''))) / " + fmt.Sprint(len(fw)) + ")"
	}
	// 教教 in 教教教 starts at two places (PostgreSQL 13 has no
	// regexp_count); such words are few
	return fmt.Sprintf("least(255, (select count(*) from generate_series(1, char_length(s.folded) - %d) i where substr(s.folded, i, %d) = %s))",
		len(r)-1, len(r), c.arg(fw))
}

// selfOverlaps reports whether two occurrences of r can overlap: whether
// a proper prefix of r is also its suffix.
func selfOverlaps(r []rune) bool {
	for n := 1; n < len(r); n++ {
		if slices.Equal(r[:n], r[len(r)-n:]) {
			return true
		}
	}
	return false
}

// Search runs r as the embedded engine does (see above). Bad parameters
// give an error wrapping search.ErrBadQuery.
func (db *DB) Search(ctx context.Context, r search.Request) (*search.Result, error) {
	start := time.Now()
	if err := r.Check(); err != nil {
		return nil, err
	}
	q, err := r.Parsed()
	if err != nil {
		return nil, err
	}
	own := r.OwnFilters(q)
	var res *search.Result
	err = db.read(ctx, func(tx pgx.Tx) error {
		res = &search.Result{Query: q.String(), Hits: []search.Hit{}}
		v, err := db.openView(ctx, tx)
		if err != nil {
			return err
		}
		if err := indexesFirst(ctx, tx, q); err != nil {
			return err
		}
		// Sections holding every cut term's exact wording rank first: the
		// cut terms whose wording the collection holds.
		var cut []string // folded
		var cutClause []int
		for i, cl := range q.Must {
			if len(cl) != 1 || cl[0].Phrase || len(cl[0].Words) < 2 {
				continue
			}
			fw := analysis.Fold(cl[0].Text)
			n, err := db.sectionsHolding(ctx, tx, v, fw)
			if err != nil {
				return err
			}
			if n > 0 {
				cut = append(cut, fw)
				cutClause = append(cutClause, i)
			}
		}
		var terms []string
		if !r.CountOnly && (analysis.SegmenterReady() || q.HasWords()) {
			terms = q.RankTerms()
		}
		byYear := r.Sort == "year" || r.Sort == "-year" || len(terms) == 0
		var sc *scoring
		if len(terms) > 0 && (r.Group == "document" || !byYear) {
			if sc, err = db.newScoring(ctx, tx, v, terms); err != nil {
				return err
			}
		}
		set, err := readSet(ctx, tx, v, func(c *cond) string { return db.setWhere(c, q, v.snapshot) }, sc, cut)
		if err != nil {
			return err
		}
		matched := set.matched(v)
		total := len(set.members)
		res.Total = total
		res.Facets = search.Facets(matched, r.Group == "document")
		for j, i := range cutClause {
			res.Exact = append(res.Exact, search.Exact{Term: q.Must[i][0].Text, Sections: set.exact[j], Query: q.Quoting(i, own)})
		}
		if r.CountOnly {
			if r.Group == "document" {
				res.Sections, res.Total = total, len(matched)
			}
			return nil
		}
		var first, rest []member
		if len(cut) > 0 {
			for _, m := range set.members {
				if m.first {
					first = append(first, m)
				} else {
					rest = append(rest, m)
				}
			}
		}
		var order []member
		var counts []int
		n := r.From + r.Size
		switch {
		case r.Group == "document":
			// Each report's best section is the first of its sections in
			// the order of the whole set.
			res.Sections = total
			less := v.byRelevance
			if len(terms) == 0 {
				less = v.byYear(r.Sort != "year")
			}
			var docs []member
			seen := make([]bool, len(v.docs))
			for _, m := range firstN(set.members, total, less) {
				if !seen[m.doc] {
					seen[m.doc] = true
					docs = append(docs, m)
				}
			}
			if r.Sort == "year" || r.Sort == "-year" {
				desc := r.Sort == "-year"
				sort.SliceStable(docs, func(i, j int) bool {
					return search.YearBefore(v.docs[docs[i].doc].Year, v.docs[docs[j].doc].Year, desc)
				})
			}
			res.Total = len(docs)
			for _, m := range docs[min(r.From, len(docs)):min(n, len(docs))] {
				order = append(order, m)
				counts = append(counts, set.perDoc[m.doc].n)
			}
		case r.From >= total:
		case byYear:
			order = firstN(set.members, n, v.byYear(r.Sort != "year"))
		case len(first) > 0 && len(first) < total:
			order = firstN(first, n, v.byRelevance)
			order = append(order, firstN(rest, n-len(order), v.byRelevance)...)
		default:
			order = firstN(set.members, n, v.byRelevance)
		}
		if r.Group != "document" {
			order = order[min(r.From, len(order)):]
		}
		secs, err := sectionsOf(ctx, tx, v, order)
		if err != nil {
			return err
		}
		for i, m := range order {
			var score float64
			if m.scored && m.score > 0 {
				score = float64(m.score)
			}
			h := search.NewHit(secs[i], &v.docs[m.doc], q, score)
			if counts != nil {
				h.Sections = counts[i]
			}
			res.Hits = append(res.Hits, h)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

// indexesFirst tells the planner, for the rest of tx, to find q's set
// through the indexes whenever q has a positive term, however much of the
// collection the term holds. Left to itself it reads the whole table for
// a broad word, testing each row's grams, which it stores compressed:
// decompressing them costs six times the bitmap scan of the index (30,000
// sections: 430 ms against 70).
func indexesFirst(ctx context.Context, tx pgx.Tx, q *search.Query) error {
	if len(q.Must) == 0 {
		return nil
	}
	_, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`)
	return err
}

// sectionsOf returns the sections of ms, in the same order.
func sectionsOf(ctx context.Context, tx pgx.Tx, v *view, ms []member) ([]*corpus.Section, error) {
	docs := make([]string, len(ms))
	ords := make([]int32, len(ms))
	for i, m := range ms {
		docs[i], ords[i] = v.docs[m.doc].ID, m.ordinal
	}
	rows, err := tx.Query(ctx, `SELECT `+sectionFields+` FROM sections
		WHERE (doc_id, ordinal) IN (SELECT * FROM unnest($1::text[], $2::int[]))`, docs, ords)
	if err != nil {
		return nil, err
	}
	secs, err := pgx.CollectRows(rows, scanSection)
	if err != nil {
		return nil, err
	}
	type key struct {
		doc string
		ord int
	}
	byKey := make(map[key]*corpus.Section, len(secs))
	for i := range secs {
		byKey[key{secs[i].DocID, secs[i].Ordinal}] = &secs[i]
	}
	out := make([]*corpus.Section, len(ms))
	for i := range ms {
		if out[i] = byKey[key{docs[i], int(ords[i])}]; out[i] == nil {
			return nil, fmt.Errorf("section %d of %s: %w", ords[i], docs[i], govreport.ErrNotFound)
		}
	}
	return out, nil
}

// Timeline returns the timeline of r's query and filters (search.NewTimeline
// over the same exact set Search counts); r's page, sort and group are
// ignored.
func (db *DB) Timeline(ctx context.Context, r search.Request) (*search.Timeline, error) {
	start := time.Now()
	q, err := r.Parsed()
	if err != nil {
		return nil, err
	}
	var tl *search.Timeline
	err = db.read(ctx, func(tx pgx.Tx) error {
		matched, sn, err := db.matched(ctx, tx, q)
		if err != nil {
			return err
		}
		var all []*govreport.DocInfo
		for i := range sn.docs {
			d := &sn.docs[i]
			if d.Sections > 0 && (q.Filters.Empty() || q.Filters.Match(d)) {
				all = append(all, d)
			}
		}
		tl = search.NewTimeline(q.String(), all, matched)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline of %q: %w", r.Query, err)
	}
	tl.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return tl, nil
}

// Reports returns every report of r's exact set, each with its number of
// matching sections, in the order they were written (as the embedded
// engine lists them); r's page, sort and group are ignored.
func (db *DB) Reports(ctx context.Context, r search.Request) ([]search.Report, error) {
	q, err := r.Parsed()
	if err != nil {
		return nil, err
	}
	var out []search.Report
	err = db.read(ctx, func(tx pgx.Tx) error {
		matched, _, err := db.matched(ctx, tx, q)
		out = nil
		for _, m := range matched {
			out = append(out, search.Report{DocInfo: *m.Doc, Sections: m.Sections})
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("reports of %q: %w", r.Query, err)
	}
	return out, nil
}

// matched returns the documents of q's set with their numbers of sections
// in it, in the order they were written, and the documents.
func (db *DB) matched(ctx context.Context, tx pgx.Tx, q *search.Query) ([]search.DocMatch, *snapshot, error) {
	v, err := db.openView(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	if err := indexesFirst(ctx, tx, q); err != nil {
		return nil, nil, err
	}
	set, err := readSet(ctx, tx, v, func(c *cond) string { return db.setWhere(c, q, v.snapshot) }, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	return set.matched(v), v.snapshot, nil
}

var (
	_ govreport.Store = (*DB)(nil)
	_ search.Engine   = (*DB)(nil)
)
