package postgres

// Similar passages
//
// search.FindSimilar finds them, as for the embedded engine, over one
// read-only repeatable-read transaction (similarTx), so that the section,
// its candidates and their documents come from one snapshot:
//
//	section     read by its ID
//	candidates  one statement: each shingle joined to the sections of
//	            other documents its exact condition holds for (exact.go's:
//	            trigram-indexed shingles by LIKE, the others by their grams,
//	            as the terms list counts them), the sections counted by the
//	            shingles they hold, the best search.MaxCandidates kept (the
//	            most shingles, then the section ID in byte order, as the
//	            embedded engine; not seq, the order written, which differs
//	            between two archives of the same reports); of those, the
//	            texts of the first ones
//	            while their characters, summed by the server, stay within
//	            the budget of search.MaxAlignRunes
//
// The client reads at most MaxCandidates rows and MaxAlignRunes characters
// of text whatever the collection holds; the server's work grows with the
// sections that hold each of at most search.MaxShingles shingles, as for
// as many quoted searches. The alignment runs in govreport, within the
// transaction.

import (
	"context"
	"errors"
	"fmt"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
)

// Similar returns up to size sections of other documents that share
// passages with section sectionID, best first, as the embedded engine
// finds them (search.FindSimilar). size 0 means DefaultSize; above MaxSize
// is search.ErrBadQuery. An unknown section gives an error wrapping
// govreport.ErrNotFound. It stops with ctx's error when ctx ends.
func (db *DB) Similar(ctx context.Context, sectionID string, size int) ([]search.SimilarHit, error) {
	var hits []search.SimilarHit
	err := db.read(ctx, func(tx pgx.Tx) error {
		var err error
		hits, err = search.FindSimilar(ctx, &similarTx{db: db, tx: tx}, sectionID, size)
		return err
	})
	return hits, err
}

// A similarTx is the collection as search.FindSimilar reads it, in one
// transaction.
type similarTx struct {
	db *DB
	tx pgx.Tx
}

func (st *similarTx) Section(ctx context.Context, id string) (*corpus.Section, error) {
	rows, err := st.tx.Query(ctx, `SELECT `+sectionFields+` FROM sections WHERE id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("reading section %s: %w", id, err)
	}
	s, err := pgx.CollectExactlyOneRow(rows, scanSection)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("section %q: %w", id, govreport.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading section %s: %w", id, err)
	}
	return &s, nil
}

// Candidates answers q in one statement (see above).
func (st *similarTx) Candidates(ctx context.Context, q search.CandidateQuery) ([]search.Candidate, error) {
	v, err := st.db.openView(ctx, st.tx)
	if err != nil {
		return nil, err
	}
	b := st.db.batchOf(q.Wordings)
	rows, err := st.tx.Query(ctx, `WITH hits AS (
			SELECT s.id, s.seq FROM unnest($1::text[]) AS w(pat)
			CROSS JOIN LATERAL (SELECT s.id, s.seq FROM sections s WHERE s.folded LIKE w.pat AND s.doc_id <> $6) s
			UNION ALL
			SELECT s.id, s.seq FROM unnest($2::text[], $3::int4[], $4::int4[]) AS w(fw, lo, hi)
			CROSS JOIN LATERAL (SELECT s.id, s.seq FROM sections s
				WHERE s.grams @> ($5::int8[])[w.lo:w.hi] AND (char_length(w.fw) <= 2 OR strpos(s.folded, w.fw) > 0)
				AND s.doc_id <> $6) s
		), top AS (
			SELECT id, seq, count(*) AS n FROM hits GROUP BY id, seq HAVING count(*) >= $7 ORDER BY n DESC, id COLLATE "C" LIMIT $8
		), within AS (
			SELECT s.id, s.doc_id, s.text, top.n, top.seq,
				sum(char_length(s.text)) OVER (ORDER BY top.n DESC, top.id COLLATE "C") AS runes
			FROM top JOIN sections s ON s.id = top.id
		)
		SELECT id, doc_id, text FROM within WHERE runes <= $9 ORDER BY n DESC, id COLLATE "C"`,
		b.pats, b.fws, b.lo, b.hi, b.grams, q.Doc, q.Need, q.Limit, q.Runes)
	if err != nil {
		return nil, fmt.Errorf("finding the sections sharing %d shingles: %w", len(q.Wordings), err)
	}
	var out []search.Candidate
	var c search.Candidate
	var docID string
	_, err = pgx.ForEachRow(rows, []any{&c.ID, &docID, &c.Text}, func() error {
		d := v.byID[docID]
		if d == nil {
			return fmt.Errorf("section %s: document %s is not in the snapshot", c.ID, docID)
		}
		c.Doc = *d
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("finding the sections sharing %d shingles: %w", len(q.Wordings), err)
	}
	return out, nil
}
