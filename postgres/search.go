package postgres

// Search plan
//
// The embedded engine's plan (package embedded), in SQL, within one
// read-only repeatable-read transaction so that every figure of an answer
// comes from one snapshot:
//
// 1. The result set, exactly, as one condition on the sections table:
//    each clause's terms (quoted wording, or each word of an unquoted
//    term) as exact conditions (exact.go), ORed within the clause and
//    ANDed across clauses; exclusions negated; filters applied in Go on the
//    documents' metadata (search.Filters.Match, the one definition) and
//    given to SQL as the list of documents they keep.
// 2. Total and facets: one GROUP BY of the set by document, counted by
//    search.Facets.
// 3. Order: by year, in SQL (year, then the order sections were written);
//    by relevance, the embedded engine's one model (index.View.BM25): BM25
//    over the query's gse words, each counted in a section's folded text
//    (in SQL), with the number of sections holding it, the number of
//    sections and their characters in all (kept by the writes), scored in
//    Go in the same float32 steps, so that ranks and scores are the same
//    on both engines. Sections holding none of the words follow, in the
//    order they were written.
// 4. Only the page's sections are read whole, for headings, paths and
//    snippets (search.NewHit).

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
)

// BM25's parameters, as in the embedded engine.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// ErrUnsupported is returned for what the PostgreSQL engine does not do
// yet; it wraps errors.ErrUnsupported, which callers of any engine test.
var ErrUnsupported = fmt.Errorf("not supported on PostgreSQL yet: %w", errors.ErrUnsupported)

// read runs fn in a read-only repeatable-read transaction on a replica
// that has replayed this client's writes, or else on the primary.
func (db *DB) read(ctx context.Context, fn func(pgx.Tx) error) error {
	pool := db.reader(ctx)
	return pgx.BeginTxFunc(ctx, pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
}

// snapshot is what one search reads besides the sections.
type snapshot struct {
	docs []govreport.DocInfo
	byID map[string]*govreport.DocInfo
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
	sn := &snapshot{docs: docs, byID: make(map[string]*govreport.DocInfo, len(docs))}
	for i := range docs {
		sn.byID[docs[i].ID] = &docs[i]
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
		parts = append(parts, "NOT "+db.exact(c, t.Text))
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

// and returns the condition that both w and more hold.
func (w where) and(more where) where {
	return func(c *cond) string { return w(c) + " AND " + more(c) }
}

// matches returns the documents of the set w holds for, with their
// numbers of sections in it, in the order they were written.
func matches(ctx context.Context, tx pgx.Tx, sn *snapshot, w where) ([]search.DocMatch, int, error) {
	var c cond
	rows, err := tx.Query(ctx, `SELECT s.doc_id, count(*), min(s.seq) FROM sections s WHERE `+w(&c)+
		` GROUP BY s.doc_id ORDER BY min(s.seq)`, c.args...)
	if err != nil {
		return nil, 0, err
	}
	var out []search.DocMatch
	total := 0
	for rows.Next() {
		var id string
		var n int
		var seq int64
		if err := rows.Scan(&id, &n, &seq); err != nil {
			rows.Close()
			return nil, 0, err
		}
		d := sn.byID[id]
		if d == nil {
			continue // not in the snapshot: cannot happen in one transaction
		}
		out = append(out, search.DocMatch{Doc: d, Sections: n})
		total += n
	}
	return out, total, rows.Err()
}

// count returns the number of sections w holds for.
func count(ctx context.Context, tx pgx.Tx, w where) (int, error) {
	var c cond
	var n int
	err := tx.QueryRow(ctx, `SELECT count(*) FROM sections s WHERE `+w(&c), c.args...).Scan(&n)
	return n, err
}

// A ranked is a section of a result in order, with its score.
type ranked struct {
	id    string
	score float64
}

// byYear returns the first n sections where holds, by year (newest first
// if desc), documents of unknown year last, within a year in the order
// they were written.
func byYear(ctx context.Context, tx pgx.Tx, w where, desc bool, n int) ([]ranked, error) {
	dir := "ASC"
	if desc {
		dir = "DESC"
	}
	var c cond
	rows, err := tx.Query(ctx, `SELECT s.id FROM sections s JOIN documents d ON d.id = s.doc_id WHERE `+w(&c)+
		` ORDER BY d.year = 0, d.year `+dir+`, s.seq LIMIT `+fmt.Sprint(n), c.args...)
	if err != nil {
		return nil, err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}
	out := make([]ranked, len(ids))
	for i, id := range ids {
		out[i] = ranked{id: id}
	}
	return out, nil
}

// rank returns the first n sections w holds for by BM25 over terms, best
// first, ties in the order written, as the embedded engine ranks
// (index.View.BM25): each distinct term's frequency in a section is the
// number of its occurrences in the folded text (a single character's
// occurrences; a pair's; for a longer term, the least of its pairs'), each
// count capped at 255; its document frequency the number of sections
// containing it; a section's length its folded length in characters; the
// score accumulated in float32. Sections holding none of the terms follow
// in the order written.
func (db *DB) rank(ctx context.Context, tx pgx.Tx, w where, terms []string, n int) ([]ranked, error) {
	if n <= 0 {
		return nil, nil
	}
	var nsec int
	var runes int64
	if err := tx.QueryRow(ctx, `SELECT sections, runes FROM collection`).Scan(&nsec, &runes); err != nil {
		return nil, fmt.Errorf("reading collection statistics: %w", err)
	}
	live := float64(nsec)
	avg := float64(runes) / math.Max(1, live)
	var words []string // folded, distinct, found in the collection
	var idf []float64
	seen := map[string]bool{}
	for _, t := range terms {
		fw := analysis.Fold(t)
		if fw == "" || seen[fw] {
			continue
		}
		seen[fw] = true
		hold := where(func(c *cond) string { return db.exact(c, fw) })
		df, err := count(ctx, tx, hold)
		if err != nil {
			return nil, fmt.Errorf("ranking: %w", err)
		}
		if df == 0 {
			continue
		}
		words = append(words, fw)
		idf = append(idf, math.Log(1+(live-float64(df)+0.5)/(float64(df)+0.5)))
	}

	type cand struct {
		ranked
		seq   int64
		score float32
	}
	var scored []cand
	if len(words) > 0 {
		c := &cond{}
		var tfs, anys []string
		for _, fw := range words {
			tfs = append(tfs, tfSQL(c, fw))
			anys = append(anys, exactOn(c, fw))
		}
		rows, err := tx.Query(ctx, `SELECT s.id, s.seq, char_length(s.folded), ARRAY[`+strings.Join(tfs, ", ")+`]::int[]
			FROM sections s WHERE (`+strings.Join(anys, " OR ")+`) AND `+w(c), c.args...)
		if err != nil {
			return nil, fmt.Errorf("ranking: %w", err)
		}
		for rows.Next() {
			var k cand
			var dl int
			var tf []int32
			if err := rows.Scan(&k.id, &k.seq, &dl, &tf); err != nil {
				rows.Close()
				return nil, fmt.Errorf("ranking: %w", err)
			}
			for i, f := range tf {
				if f <= 0 {
					continue
				}
				x := float64(f)
				k.score += float32(idf[i] * x * (bm25K1 + 1) / (x + bm25K1*(1-bm25B+bm25B*float64(dl)/avg)))
			}
			k.ranked.score = float64(k.score)
			scored = append(scored, k)
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("ranking: %w", err)
		}
	}
	sort.Slice(scored, func(i, j int) bool {
		if scored[i].score != scored[j].score {
			return scored[i].score > scored[j].score
		}
		return scored[i].seq < scored[j].seq
	})
	// Members scoring 0 are ranked with the rest, in the order written.
	out := make([]ranked, 0, min(n, len(scored)))
	for _, k := range scored {
		if k.score <= 0 || len(out) == n {
			break
		}
		out = append(out, k.ranked)
	}
	if len(out) < n {
		c := &cond{}
		var anys []string
		for _, fw := range words {
			anys = append(anys, exactOn(c, fw))
		}
		rest := w(c)
		if len(anys) > 0 {
			// the scored ones are out already; those scoring 0 come back here
			var zero []string
			for _, k := range scored {
				if k.score <= 0 {
					zero = append(zero, k.id)
				}
			}
			rest = "(NOT (" + strings.Join(anys, " OR ") + ") OR s.id = ANY(" + c.arg(zero) + ")) AND " + rest
		}
		rows, err := tx.Query(ctx, `SELECT s.id FROM sections s WHERE `+rest+` ORDER BY s.seq LIMIT `+fmt.Sprint(n-len(out)), c.args...)
		if err != nil {
			return nil, fmt.Errorf("ranking: %w", err)
		}
		ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return nil, fmt.Errorf("ranking: %w", err)
		}
		for _, id := range ids {
			out = append(out, ranked{id: id})
		}
	}
	return out, nil
}

// exactOn is the condition that the folded text holds fw (folded), by LIKE
// alone: ranking runs on a set already found through the indexes.
func exactOn(c *cond, fw string) string {
	return "strpos(s.folded, " + c.arg(fw) + ") > 0"
}

// tfSQL returns the SQL of fw's frequency in a section's folded text, as
// the embedded engine counts it (see rank).
func tfSQL(c *cond, fw string) string {
	r := []rune(fw)
	occ := func(s string) string { // non-overlapping occurrences of s
		return "((char_length(s.folded) - char_length(replace(s.folded, " + c.arg(s) + ", ''))) / " + fmt.Sprint(len([]rune(s))) + ")"
	}
	if len(r) == 1 {
		return "least(255, " + occ(fw) + ")"
	}
	var pairs []string
	for i := 1; i < len(r); i++ {
		a, b := r[i-1], r[i]
		if a != b {
			pairs = append(pairs, "least(255, "+occ(string([]rune{a, b}))+")")
			continue
		}
		// aa overlaps itself: in a run of k a's it occurs k-1 times.
		pairs = append(pairs, fmt.Sprintf("least(255, %s - regexp_count(s.folded, %s))",
			occ(string(a)), c.arg(fmt.Sprintf(`\U%08X+`, a))))
	}
	return "least(" + strings.Join(pairs, ", ") + ")"
}

// A docHit is a report of the set: its best section, that section's score
// and the number of its sections in the set.
type docHit struct {
	ranked
	n   int
	doc *govreport.DocInfo
}

// byDocument returns the reports of the set in the order sortBy asks, each
// with its best section: the first of its sections in the order of the
// whole set (relevance, or year while there are no terms), as the embedded
// engine does.
func (db *DB) byDocument(ctx context.Context, tx pgx.Tx, w where, total int, matched []search.DocMatch, terms []string, sortBy string) ([]docHit, error) {
	var order []ranked
	var err error
	if len(terms) == 0 {
		order, err = byYear(ctx, tx, w, sortBy != "year", total)
	} else {
		order, err = db.rank(ctx, tx, w, terms, total)
	}
	if err != nil {
		return nil, err
	}
	docOf, err := sectionDocs(ctx, tx, order)
	if err != nil {
		return nil, err
	}
	counts := make(map[string]search.DocMatch, len(matched))
	for _, m := range matched {
		counts[m.Doc.ID] = m
	}
	docs := make([]docHit, 0, len(matched))
	seen := make(map[string]bool, len(matched))
	for _, o := range order {
		id := docOf[o.id]
		if m, ok := counts[id]; ok && !seen[id] {
			seen[id] = true
			docs = append(docs, docHit{ranked: o, n: m.Sections, doc: m.Doc})
		}
	}
	if sortBy == "year" || sortBy == "-year" {
		desc := sortBy == "-year"
		sort.SliceStable(docs, func(i, j int) bool {
			return search.YearBefore(docs[i].doc.Year, docs[j].doc.Year, desc)
		})
	}
	return docs, nil
}

// sectionDocs returns the document of each section of order.
func sectionDocs(ctx context.Context, tx pgx.Tx, order []ranked) (map[string]string, error) {
	ids := make([]string, len(order))
	for i, o := range order {
		ids[i] = o.id
	}
	rows, err := tx.Query(ctx, `SELECT id, doc_id FROM sections WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ids))
	for rows.Next() {
		var id, doc string
		if err := rows.Scan(&id, &doc); err != nil {
			rows.Close()
			return nil, err
		}
		out[id] = doc
	}
	return out, rows.Err()
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
	res := &search.Result{Query: q.String(), Hits: []search.Hit{}}
	err = db.read(ctx, func(tx pgx.Tx) error {
		sn, err := loadSnapshot(ctx, tx)
		if err != nil {
			return err
		}
		set := where(func(c *cond) string { return db.setWhere(c, q, sn) })
		matched, total, err := matches(ctx, tx, sn, set)
		if err != nil {
			return err
		}
		res.Total = total
		res.Facets = search.Facets(matched, r.Group == "document")

		// Sections holding every cut term's exact wording rank first.
		var first where // the sections holding every such wording
		for i, cl := range q.Must {
			if len(cl) != 1 || cl[0].Phrase || len(cl[0].Words) < 2 {
				continue
			}
			var ec cond
			var exists bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM sections s WHERE `+db.exact(&ec, cl[0].Text)+`)`, ec.args...).Scan(&exists); err != nil {
				return err
			}
			if !exists {
				continue
			}
			text := cl[0].Text
			holds := where(func(c *cond) string { return db.exact(c, text) })
			n, err := count(ctx, tx, set.and(holds))
			if err != nil {
				return err
			}
			res.Exact = append(res.Exact, search.Exact{Term: text, Sections: n, Query: q.Quoting(i, own)})
			if first == nil {
				first = holds
			} else {
				first = first.and(holds)
			}
		}
		nfirst := 0
		if first != nil {
			if nfirst, err = count(ctx, tx, set.and(first)); err != nil {
				return err
			}
			if nfirst == total {
				nfirst = 0
			}
		}
		if r.CountOnly {
			if r.Group == "document" {
				res.Sections, res.Total = total, len(matched)
			}
			return nil
		}
		var terms []string
		if analysis.SegmenterReady() || q.HasWords() {
			terms = q.RankTerms()
		}
		var order []ranked
		var counts []int
		n := r.From + r.Size
		switch {
		case r.Group == "document":
			res.Sections = total
			docs, err := db.byDocument(ctx, tx, set, total, matched, terms, r.Sort)
			if err != nil {
				return err
			}
			res.Total = len(docs)
			for _, d := range docs[min(r.From, len(docs)):min(n, len(docs))] {
				order = append(order, d.ranked)
				counts = append(counts, d.n)
			}
		case r.From >= total:
		case r.Sort == "year" || r.Sort == "-year" || len(terms) == 0:
			order, err = byYear(ctx, tx, set, r.Sort != "year", n)
		case nfirst > 0:
			order, err = db.rank(ctx, tx, set.and(first), terms, n)
			if err == nil && len(order) < n {
				var more []ranked
				rest := set.and(func(c *cond) string { return "NOT (" + first(c) + ")" })
				more, err = db.rank(ctx, tx, rest, terms, n-len(order))
				order = append(order, more...)
			}
		default:
			order, err = db.rank(ctx, tx, set, terms, n)
		}
		if err != nil {
			return err
		}
		if r.Group != "document" {
			order = order[min(r.From, len(order)):]
		}
		ids := make([]string, len(order))
		for i, o := range order {
			ids[i] = o.id
		}
		rows, err := tx.Query(ctx, `SELECT `+sectionFields+` FROM sections WHERE id = ANY($1)`, ids)
		if err != nil {
			return err
		}
		secs, err := pgx.CollectRows(rows, scanSection)
		if err != nil {
			return err
		}
		byID := make(map[string]int, len(secs))
		for i := range secs {
			byID[secs[i].ID] = i
		}
		for i, o := range order {
			j, ok := byID[o.id]
			if !ok {
				return fmt.Errorf("section %s: %w", o.id, govreport.ErrNotFound)
			}
			sec := &secs[j]
			h := search.NewHit(sec, sn.byID[sec.DocID], q, o.score)
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
		sn, err := loadSnapshot(ctx, tx)
		if err != nil {
			return err
		}
		matched, _, err := matches(ctx, tx, sn, func(c *cond) string { return db.setWhere(c, q, sn) })
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
		sn, err := loadSnapshot(ctx, tx)
		if err != nil {
			return err
		}
		matched, _, err := matches(ctx, tx, sn, func(c *cond) string { return db.setWhere(c, q, sn) })
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

// Similar is not done on PostgreSQL yet.
func (db *DB) Similar(ctx context.Context, sectionID string, size int) ([]search.SimilarHit, error) {
	return nil, fmt.Errorf("similar passages: %w", ErrUnsupported)
}

// Terms is not done on PostgreSQL yet.
func (db *DB) Terms(ctx context.Context, r search.TermsRequest) (*search.Terms, error) {
	return nil, fmt.Errorf("new and dropped terms: %w", ErrUnsupported)
}

var (
	_ govreport.Store = (*DB)(nil)
	_ search.Engine   = (*DB)(nil)
)
