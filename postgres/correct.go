package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/corpus"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// CorrectionsOf returns the corrections Add would apply to d: those stored
// under its ID, or else those of a document read from the same file.
func (db *DB) CorrectionsOf(ctx context.Context, d *corpus.Document) (corpus.Override, error) {
	var js []byte
	err := db.primary.QueryRow(ctx, `SELECT override FROM corrections
		WHERE doc_id = $1 OR ($2 <> '' AND file = $2)
		ORDER BY doc_id = $1 DESC, doc_id LIMIT 1`, d.ID, d.File).Scan(&js)
	var o corpus.Override
	if errors.Is(err, pgx.ErrNoRows) {
		return o, nil
	}
	if err != nil {
		return o, fmt.Errorf("reading the corrections of %s: %w", d.ID, err)
	}
	if err := json.Unmarshal(js, &o); err != nil {
		return o, fmt.Errorf("decoding the corrections of %s: %w", d.ID, err)
	}
	return o, nil
}

// Correct changes the corrections of document id: the fields set corrects
// take its values, the fields named in clear go back to what inference
// found (clearing wins when a field is in both). It returns the document
// as corrected, or an error wrapping govreport.ErrNotFound. The documents
// table's metadata (what filters, facets and counterparts read) changes in
// the same transaction.
func (db *DB) Correct(ctx context.Context, id string, set corpus.Override, clear []string) (*corpus.Document, error) {
	for _, f := range clear {
		var probe corpus.Override
		if err := probe.Set(f, ""); err != nil {
			return nil, fmt.Errorf("correct document %s: %w", id, err)
		}
	}
	err := db.write(ctx, func(tx pgx.Tx) error {
		var shell, over []byte
		var file, source string
		err := tx.QueryRow(ctx, `SELECT d.doc, d.file, d.source, c.override FROM documents d
			LEFT JOIN corrections c ON c.doc_id = d.id WHERE d.id = $1`, id).Scan(&shell, &file, &source, &over)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("document %q: %w", id, govreport.ErrNotFound)
		}
		if err != nil {
			return err
		}
		var o corpus.Override
		if over != nil {
			if err := json.Unmarshal(over, &o); err != nil {
				return fmt.Errorf("decoding corrections: %w", err)
			}
		}
		o = o.Merge(set)
		for _, f := range clear {
			o.Set(f, "") // checked above
		}
		if err := putCorrections(ctx, tx, id, o, file, source); err != nil {
			return err
		}
		var d corpus.Document
		if err := json.Unmarshal(shell, &d); err != nil {
			return fmt.Errorf("decoding the document: %w", err)
		}
		o.Apply(&d)
		_, err = tx.Exec(ctx, `UPDATE documents SET title = $2, year = $3, region = $4, kind = $5, issuer = $6,
			province = $7, prefecture = $8 WHERE id = $1`,
			id, d.Title, d.Year, d.Region, d.Kind, d.Issuer, corpus.ProvinceOf(d.Region, d.Province), d.Prefecture)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("correct document %s: %w", id, err)
	}
	return db.Document(ctx, id)
}

// SectionFreq returns the number of sections whose folded heading or text
// contains the folded term, exactly, and the number of sections; 0, 0 when
// the database cannot answer. Answers are cached (see freqCache).
func (db *DB) SectionFreq(ctx context.Context, term string) (df, n int) {
	return db.freq(ctx, term, false, 0)
}

// DocFreq returns the number of documents with a section whose folded
// heading or text contains the folded term, and the number of documents:
// with before > 0, of the documents of years before it only (one without
// a year is in neither count; compare.Collection). 0, 0 when the database
// cannot answer. Answers are cached, by term and year.
func (db *DB) DocFreq(ctx context.Context, term string, before int) (df, n int) {
	return db.freq(ctx, term, true, max(before, 0))
}

// A freqCache keeps the answers of SectionFreq and DocFreq. A comparison
// asks for about two thousand terms, most of them asked again by the next
// comparison: a query each would cost more than the comparison itself. The
// cache is emptied when this client writes, and when it is full; writes of
// other clients show once it is emptied (the figures weigh words, they
// select nothing).
type freqCache struct {
	mu   sync.Mutex
	seen uint64 // db.seen when the answers were cached
	m    map[freqKey][2]int
}

type freqKey struct {
	term   string
	docs   bool
	before int // DocFreq's year; 0: all years
}

const maxFreqCache = 1 << 17

func (db *DB) freq(ctx context.Context, term string, docs bool, before int) (df, n int) {
	k := freqKey{term, docs, before}
	seen := db.seen.v.Load()
	fc := &db.freqs
	fc.mu.Lock()
	if fc.seen != seen || len(fc.m) >= maxFreqCache {
		fc.m, fc.seen = nil, seen
	}
	v, ok := fc.m[k]
	fc.mu.Unlock()
	if ok {
		return v[0], v[1]
	}
	var c cond
	where := db.exact(&c, term)
	total, count := `SELECT sections FROM collection`, `SELECT count(*) FROM sections s WHERE `+where
	yearTotal := 0
	switch {
	case docs && before > 0:
		y := c.arg(before)
		total = `SELECT count(*) FROM documents WHERE year > 0 AND year < ` + y
		count = `SELECT count(DISTINCT s.doc_id) FROM sections s JOIN documents d ON d.id = s.doc_id WHERE d.year > 0 AND d.year < ` + y + ` AND ` + where
		if where != "false" {
			// The documents of the years are counted once, as the empty
			// term's answer, not again with each term: that count reads
			// the documents table whole where the collection row is one.
			if _, yearTotal = db.freq(ctx, "", true, before); yearTotal == 0 {
				return 0, 0
			}
			total = `SELECT 0`
		}
	case docs:
		total, count = `SELECT documents FROM collection`, `SELECT count(DISTINCT s.doc_id) FROM sections s WHERE `+where
	}
	// One statement, one snapshot (a year's total aside, counted once).
	err := db.readFrom(ctx, func(pool *pgxpool.Pool) error {
		return pool.QueryRow(ctx, `SELECT (`+total+`), (`+count+`)`, c.args...).Scan(&n, &df)
	})
	if err != nil {
		return 0, 0
	}
	if yearTotal > 0 {
		// another client's documents written since the total was counted
		// are in df: the weight of a term is never below none
		n, df = yearTotal, min(df, yearTotal)
	}
	fc.mu.Lock()
	if fc.seen == seen {
		if fc.m == nil {
			fc.m = make(map[freqKey][2]int)
		}
		fc.m[k] = [2]int{df, n}
	}
	fc.mu.Unlock()
	return df, n
}
