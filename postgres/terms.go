package postgres

// New terms of a year
//
// search.CountTerms makes the list, as for the embedded engine, over one
// read-only repeatable-read transaction (termsTx), so that every count
// comes from one snapshot:
//
//	reports     the documents with sections (the view's, readcache.go)
//	their terms report_terms, one statement for the reports of both sides;
//	            a report whose terms are of an older finder (or missing)
//	            has them found again from its stored sections when it is
//	            one of the year's, and the list counts it in Unstored: they
//	            are not written back (a read may run on a replica, and
//	            reads do not write), govreport reindex (Rebuild) stores
//	            them; as a bound only stored terms serve, as in the
//	            embedded engine
//	holding     the candidates in batches of termsBatch, one statement a
//	            batch: each wording joined to the sections its exact
//	            condition holds for (exact.go's, the wording taken from
//	            the batch's row), trigram-indexed wordings in one statement,
//	            the others by their grams in another
//	occurrences the folded texts of the sections of the terms of at most
//	            search.MaxSentenceReports reports, read in one statement,
//	            counted and cut into sentences in Go (analysis.Sentence)
//
// A section is named by its document's index in the view and its ordinal
// (docIndex<<32 | ordinal), which the sections table has an index for.
// Whole lists are cached (search.TermsCache) by the collection's
// generation and the request (search.TermsRequest.Key).

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
)

// termsBatch is the number of candidates one statement counts.
const termsBatch = 500

// Terms returns the new terms of r.Year, or the dropped ones, as the
// embedded engine lists them (see above). Bad parameters give an error
// wrapping search.ErrBadQuery; the list stops with ctx's error when ctx
// ends.
func (db *DB) Terms(ctx context.Context, r search.TermsRequest) (*search.Terms, error) {
	start := time.Now()
	limit, err := r.Check()
	if err != nil {
		return nil, err
	}
	var list *search.Terms
	err = db.read(ctx, func(tx pgx.Tx) error {
		v, err := db.openView(ctx, tx)
		if err != nil {
			return err
		}
		key := fmt.Sprintf("%x %s", v.gen, r.Key())
		if list = db.terms.Get(key); list != nil {
			return nil
		}
		tt := &termsTx{db: db, tx: tx, v: v, terms: map[*govreport.DocInfo]reportTerms{}}
		for i := range v.docs {
			if v.docs[i].Sections > 0 {
				tt.docs = append(tt.docs, &v.docs[i])
			}
		}
		sideAt, boundAt := r.Sides(tt.docs)
		side, bound := make([]*govreport.DocInfo, len(sideAt)), make([]*govreport.DocInfo, len(boundAt))
		for k, i := range sideAt {
			side[k] = tt.docs[i]
		}
		for k, i := range boundAt {
			bound[k] = tt.docs[i]
		}
		if err := tt.readTerms(ctx, side, bound); err != nil {
			return err
		}
		if list, err = search.CountTerms(ctx, tt, r, side, bound); err != nil {
			return err
		}
		db.terms.Put(key, list)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("terms of %d: %w", r.Year, err)
	}
	out := list.First(limit)
	out.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return out, nil
}

// reportTerms are the terms of a report, and whether they were stored.
type reportTerms struct {
	texts  []string
	scores []float64
	stored bool
}

// A termsTx is the collection as search.CountTerms reads it, in one
// transaction.
type termsTx struct {
	db     *DB
	tx     pgx.Tx
	v      *view
	docs   []*govreport.DocInfo // the documents with sections
	terms  map[*govreport.DocInfo]reportTerms
	folded map[int64]string // by section (Load)
}

// sectionKey names the section of ordinal ord of the document of index
// doc in the view.
func sectionKey(doc int32, ord int32) int64 { return int64(doc)<<32 | int64(uint32(ord)) }

// readTerms reads the stored terms of the reports of side and bound, and
// finds those of the reports of side stored without terms of the
// finder's version.
func (tt *termsTx) readTerms(ctx context.Context, side, bound []*govreport.DocInfo) error {
	ids := make([]string, 0, len(side)+len(bound))
	for _, d := range slices.Concat(side, bound) {
		ids = append(ids, d.ID)
	}
	rows, err := tt.tx.Query(ctx, `SELECT doc_id, terms, scores FROM report_terms WHERE doc_id = ANY($1) AND version = $2`,
		ids, search.TermsVersion)
	if err != nil {
		return fmt.Errorf("reading the reports' terms: %w", err)
	}
	var id string
	var rt reportTerms
	_, err = pgx.ForEachRow(rows, []any{&id, &rt.texts, &rt.scores}, func() error {
		d := tt.v.byID[id]
		if d == nil || len(rt.texts) != len(rt.scores) {
			return fmt.Errorf("terms of report %s: %d terms and %d scores", id, len(rt.texts), len(rt.scores))
		}
		tt.terms[d] = reportTerms{texts: rt.texts, scores: rt.scores, stored: true}
		rt = reportTerms{}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading the reports' terms: %w", err)
	}
	var stale []string
	for _, d := range side {
		if _, ok := tt.terms[d]; !ok {
			stale = append(stale, d.ID)
		}
	}
	if len(stale) == 0 {
		return nil
	}
	rows, err = tt.tx.Query(ctx, `SELECT `+sectionFields+` FROM sections WHERE doc_id = ANY($1) ORDER BY doc_id, ordinal`, stale)
	if err != nil {
		return fmt.Errorf("reading the sections of %d reports without terms: %w", len(stale), err)
	}
	secs, err := pgx.CollectRows(rows, scanSection)
	if err != nil {
		return fmt.Errorf("reading the sections of %d reports without terms: %w", len(stale), err)
	}
	for len(secs) > 0 {
		n := 1
		for n < len(secs) && secs[n].DocID == secs[0].DocID {
			n++
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		d := tt.v.byID[secs[0].DocID]
		var rt reportTerms
		for _, t := range search.ReportTerms(&corpus.Document{ID: d.ID, Year: d.Year, Sections: secs[:n]}) {
			rt.texts = append(rt.texts, t.Text)
			rt.scores = append(rt.scores, t.Score)
		}
		tt.terms[d] = rt
		secs = secs[n:]
	}
	return nil
}

func (tt *termsTx) Reports() []*govreport.DocInfo { return tt.docs }

func (tt *termsTx) ReportTerms(d *govreport.DocInfo, fn func(string, float64)) (stored, ok bool) {
	rt, ok := tt.terms[d]
	if !ok {
		return false, false
	}
	for i, t := range rt.texts {
		fn(t, rt.scores[i])
	}
	return rt.stored, true
}

// Holding answers each batch of ws in two statements: the wordings the
// trigram index serves (LIKE), and the others (grams, confirmed with
// strpos when longer than two characters), each wording's rows together
// and in the order of ws.
func (tt *termsTx) Holding(ctx context.Context, ws []string, fn func(int, *govreport.DocInfo, int64)) error {
	for from := 0; from < len(ws); from += termsBatch {
		batch := ws[from:min(from+termsBatch, len(ws))]
		fws := make([]string, len(batch))
		for i, w := range batch {
			fws[i] = analysis.Fold(w)
		}
		b := tt.db.batchOf(fws)
		rows := make([][]holder, len(batch))
		if len(b.like) > 0 {
			err := tt.holders(ctx, `SELECT w.k::int4, s.doc_id, s.ordinal FROM unnest($1::text[]) WITH ORDINALITY AS w(pat, k)
				CROSS JOIN LATERAL (SELECT s.doc_id, s.ordinal FROM sections s WHERE s.folded LIKE w.pat) s
				ORDER BY w.k, s.doc_id`, b.like, rows, b.pats)
			if err != nil {
				return err
			}
		}
		if len(b.gram) > 0 {
			err := tt.holders(ctx, `SELECT w.k::int4, s.doc_id, s.ordinal
				FROM unnest($1::text[], $2::int4[], $3::int4[]) WITH ORDINALITY AS w(fw, lo, hi, k)
				CROSS JOIN LATERAL (SELECT s.doc_id, s.ordinal FROM sections s
					WHERE s.grams @> ($4::int8[])[w.lo:w.hi] AND (char_length(w.fw) <= 2 OR strpos(s.folded, w.fw) > 0)) s
				ORDER BY w.k, s.doc_id`, b.gram, rows, b.fws, b.lo, b.hi, b.grams)
			if err != nil {
				return err
			}
		}
		for i, hs := range rows {
			for _, h := range hs {
				fn(from+i, &tt.v.docs[h.doc], sectionKey(h.doc, h.ord))
			}
		}
	}
	return nil
}

// A holder is a section holding a wording: its document's index in the
// view and its ordinal.
type holder struct{ doc, ord int32 }

// holders runs query, whose rows are (k, document ID, ordinal), k
// counting from 1 in idx, and puts each in rows[idx[k-1]].
func (tt *termsTx) holders(ctx context.Context, query string, idx []int, rows [][]holder, args ...any) error {
	res, err := tt.tx.Query(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("counting %d terms: %w", len(idx), err)
	}
	var k, ord int32
	var id string
	_, err = pgx.ForEachRow(res, []any{&k, &id, &ord}, func() error {
		d, ok := tt.v.index[id]
		if !ok || k < 1 || int(k) > len(idx) {
			return fmt.Errorf("section %d of %s (wording %d) is not in the snapshot", ord, id, k)
		}
		i := idx[k-1]
		rows[i] = append(rows[i], holder{doc: d, ord: ord})
		return nil
	})
	if err != nil {
		return fmt.Errorf("counting %d terms: %w", len(idx), err)
	}
	return nil
}

// Load reads the folded texts of secs.
func (tt *termsTx) Load(ctx context.Context, secs []int64) error {
	tt.folded = make(map[int64]string, len(secs))
	var ids []string
	var ords []int32
	for _, sec := range secs {
		if _, ok := tt.folded[sec]; ok {
			continue
		}
		tt.folded[sec] = ""
		ids = append(ids, tt.v.docs[sec>>32].ID)
		ords = append(ords, int32(uint32(sec)))
	}
	if len(ids) == 0 {
		return nil
	}
	rows, err := tt.tx.Query(ctx, `SELECT doc_id, ordinal, folded FROM sections
		WHERE (doc_id, ordinal) IN (SELECT * FROM unnest($1::text[], $2::int[]))`, ids, ords)
	if err != nil {
		return fmt.Errorf("reading %d sections: %w", len(ids), err)
	}
	var id, folded string
	var ord int32
	_, err = pgx.ForEachRow(rows, []any{&id, &ord, &folded}, func() error {
		if d, ok := tt.v.index[id]; ok {
			tt.folded[sectionKey(d, ord)] = folded
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading %d sections: %w", len(ids), err)
	}
	return nil
}

func (tt *termsTx) Count(sec int64, fw string) int {
	if fw == "" {
		return 0
	}
	return strings.Count(tt.folded[sec], fw)
}

func (tt *termsTx) Sentence(sec int64, fw string) (string, bool) {
	return analysis.Sentence(tt.folded[sec], fw)
}
