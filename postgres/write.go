package postgres

// Writes
//
// Each document is one transaction: its old version's sections leave the
// collection statistics, the old rows go (sections by cascade), the new
// rows come (the sections by COPY), the statistics take the new sections,
// and its corrections are carried over (by ID, or by File for a file read
// differently), as in the embedded store. The new sections' index entries
// wait in the GIN indexes' pending lists until the transaction merges
// them, all at once, before it commits (mergePending). The folding, grams and gse terms
// of the sections are computed before the transaction starts. Writers take
// a transaction advisory lock (writeLock) so that the statistics rows are
// updated one writer at a time; readers are never blocked.
//
// After each commit the DB remembers the primary's WAL position (seen):
// a replica that has not replayed that far is not read from (replica.go).

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/govreport/govreport"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// prepared is a document ready to write.
type prepared struct {
	doc   *corpus.Document
	shell []byte // doc as JSON without body and sections
	rows  [][]any
	df    map[string]int // term -> sections of doc holding it
	terms int64          // terms in all sections
	runes int64          // characters in all folded texts
	// the report's terms (search.ReportTerms): texts and scores
	reportTerms  []string
	reportScores []float64
}

// prepare folds, grams and segments the sections of d (cleaned), and finds
// its terms.
func prepare(d *corpus.Document) (*prepared, error) {
	shell := *d
	shell.Body, shell.Sections = "", nil
	js, err := json.Marshal(&shell)
	if err != nil {
		return nil, fmt.Errorf("encoding document %s: %w", d.ID, err)
	}
	p := &prepared{doc: d, shell: js, df: make(map[string]int)}
	for _, s := range d.Sections {
		folded := analysis.FoldSection(s.Heading, s.Joint, s.Text)
		terms := analysis.RankTerms(s.Heading + "\n" + s.Text)
		p.terms += int64(len(terms))
		runes := analysis.SectionLength(folded, s.Joint)
		p.runes += int64(runes)
		distinct := make(map[string]bool, len(terms))
		for _, t := range terms {
			if !distinct[t] {
				distinct[t] = true
				p.df[t]++
			}
		}
		path := s.Path
		if path == nil {
			path = []string{}
		}
		p.rows = append(p.rows, []any{s.ID, d.ID, s.Ordinal, s.Heading, s.Level, path, s.Text,
			s.Start, s.End, folded, sectionGrams(folded), terms, s.Inferred, runes, s.Joint})
	}
	p.reportTerms, p.reportScores = []string{}, []float64{} // not NULL
	for _, t := range search.ReportTerms(d) {
		p.reportTerms = append(p.reportTerms, t.Text)
		p.reportScores = append(p.reportScores, t.Score)
	}
	return p, nil
}

var sectionColumns = []string{"id", "doc_id", "ordinal", "heading", "level", "path", "text",
	"span_start", "span_end", "folded", "grams", "terms", "inferred", "runes", "joint"}

// Add stores docs, replacing documents of the same IDs, all of them or
// none: one transaction for the call (ingest adds a file at a time, so a
// document is a transaction). A document whose ID is stored already keeps
// its corrections; a new document whose File belongs to a corrected
// document takes that document's corrections; corr maps a document ID to
// corrections given with it, laid over those. Every document is checked
// and prepared before the transaction begins.
func (db *DB) Add(ctx context.Context, corr map[string]corpus.Override, docs ...*corpus.Document) error {
	if err := analysis.LoadSegmenter(); err != nil {
		return fmt.Errorf("add: %w", err)
	}
	var ps []*prepared
	for _, d := range docs {
		c, err := govreport.Clean(d)
		if err != nil {
			return fmt.Errorf("add: %w", err)
		}
		p, err := prepare(c)
		if err != nil {
			return fmt.Errorf("add: %w", err)
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return nil
	}
	err := db.write(ctx, func(tx pgx.Tx) error {
		for _, p := range ps {
			if err := p.write(ctx, tx, corr[p.doc.ID]); err != nil {
				return fmt.Errorf("document %s (%s): %w", p.doc.ID, p.doc.Source, err)
			}
		}
		return mergePending(ctx, tx)
	})
	if err != nil {
		return fmt.Errorf("add: %w", err)
	}
	return nil
}

// write runs fn in a transaction on the primary under the write lock,
// with a new generation of the collection, and remembers the WAL position
// after the commit. A write that fails because
// no primary answers (it is down, or no replica has been promoted yet)
// gives an error wrapping govreport.ErrWriteFailed that says so.
func (db *DB) write(ctx context.Context, fn func(pgx.Tx) error) error {
	return db.locked(ctx, true, fn)
}

// locked is write, with a new generation only when changes says the
// transaction changes what readers cache (a time stamp does not).
func (db *DB) locked(ctx context.Context, changes bool, fn func(pgx.Tx) error) error {
	conn, err := db.primary.Acquire(ctx)
	if err != nil {
		return noPrimary(ctx, err)
	}
	defer conn.Release()
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(writeLock)); err != nil {
			return err
		}
		if !changes {
			return fn(tx)
		}
		if _, err := tx.Exec(ctx, `UPDATE collection SET generation = $1`, newGeneration()); err != nil {
			return err
		}
		return fn(tx)
	})
	if err != nil {
		return noPrimary(ctx, err)
	}
	var lsn string
	if err := conn.QueryRow(ctx, `SELECT pg_current_wal_lsn()::text`).Scan(&lsn); err == nil {
		db.saw(lsn)
	}
	return nil
}

// forget takes document id's sections out of the statistics and deletes
// it, and reports whether it was there.
func forget(ctx context.Context, tx pgx.Tx, id string) (bool, error) {
	var nsec int
	var nterms, nrunes int64
	err := tx.QueryRow(ctx, `SELECT count(*), coalesce(sum(cardinality(terms)), 0), coalesce(sum(runes), 0)
		FROM sections WHERE doc_id = $1`, id).Scan(&nsec, &nterms, &nrunes)
	if err != nil {
		return false, fmt.Errorf("reading the old sections: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE term_stats t SET sections = t.sections - o.n
		FROM (SELECT u.term, count(*) AS n FROM sections s,
			LATERAL (SELECT DISTINCT unnest(s.terms) AS term) u
			WHERE s.doc_id = $1 GROUP BY u.term) o
		WHERE t.term = o.term`, id); err != nil {
		return false, fmt.Errorf("updating term statistics: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM term_stats WHERE sections <= 0`); err != nil {
		return false, fmt.Errorf("updating term statistics: %w", err)
	}
	tag, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, id)
	if err != nil {
		return false, fmt.Errorf("deleting the old version: %w", err)
	}
	gone := tag.RowsAffected()
	if _, err := tx.Exec(ctx, `UPDATE collection SET documents = documents - $1, sections = sections - $2, terms = terms - $3, runes = runes - $4`,
		gone, nsec, nterms, nrunes); err != nil {
		return false, fmt.Errorf("updating collection statistics: %w", err)
	}
	return gone > 0, nil
}

// write stores p in tx, with the corrections add laid over the stored ones.
func (p *prepared) write(ctx context.Context, tx pgx.Tx, add corpus.Override) error {
	d := p.doc
	// A document stored already keeps its Added time, one that carries a
	// time keeps it, the others take a new stamp.
	added := d.Added
	var old time.Time
	err := tx.QueryRow(ctx, `SELECT added FROM documents WHERE id = $1`, d.ID).Scan(&old)
	switch {
	case err == nil:
		added = old
	case !errors.Is(err, pgx.ErrNoRows):
		return fmt.Errorf("reading the old version: %w", err)
	case added.IsZero():
		if added, err = stamp(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := forget(ctx, tx, d.ID); err != nil {
		return err
	}
	over, err := carryCorrections(ctx, tx, d, add)
	if err != nil {
		return err
	}
	m := *d
	over.Apply(&m)
	province := corpus.ProvinceOf(m.Region, m.Province)
	if _, err := tx.Exec(ctx, `INSERT INTO documents (id, title, year, region, kind, issuer, province, prefecture,
		source, file, sections, doc, body, added) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
		d.ID, m.Title, m.Year, m.Region, m.Kind, m.Issuer, province, m.Prefecture, d.Source, d.File,
		len(d.Sections), p.shell, d.Body, added.UTC()); err != nil {
		return fmt.Errorf("storing the document: %w", err)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sections"}, sectionColumns, pgx.CopyFromRows(p.rows)); err != nil {
		return fmt.Errorf("storing the sections: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO report_terms (doc_id, version, terms, scores) VALUES ($1, $2, $3, $4)`,
		d.ID, search.TermsVersion, p.reportTerms, p.reportScores); err != nil {
		return fmt.Errorf("storing the report's terms: %w", err)
	}
	if len(p.df) > 0 {
		terms := make([]string, 0, len(p.df))
		counts := make([]int32, 0, len(p.df))
		for t, n := range p.df {
			terms = append(terms, t)
			counts = append(counts, int32(n))
		}
		if _, err := tx.Exec(ctx, `INSERT INTO term_stats (term, sections)
			SELECT * FROM unnest($1::text[], $2::int[])
			ON CONFLICT (term) DO UPDATE SET sections = term_stats.sections + excluded.sections`,
			terms, counts); err != nil {
			return fmt.Errorf("updating term statistics: %w", err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE collection SET documents = documents + 1, sections = sections + $1, terms = terms + $2, runes = runes + $3`,
		len(p.rows), p.terms, p.runes); err != nil {
		return fmt.Errorf("updating collection statistics: %w", err)
	}
	return nil
}

// mergePending merges the entries the sections written in tx left in the
// pending lists of the GIN indexes into the indexes (migration 8), so that
// searches do not read them one by one. The user must own the indexes
// (PostgreSQL asks that of gin_clean_pending_list, as of VACUUM): the one
// whose connection created the schema.
func mergePending(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `SELECT gin_clean_pending_list('sections_folded_trgm'),
		gin_clean_pending_list('sections_grams'), gin_clean_pending_list('sections_terms')`)
	if err != nil {
		return fmt.Errorf("merging the indexes' pending lists: %w", err)
	}
	return nil
}

// carryCorrections stores and returns the corrections that hold for d once
// written with the extra corrections add: d.ID's own, or else those of a
// document read from the same file, with add laid over them.
func carryCorrections(ctx context.Context, tx pgx.Tx, d *corpus.Document, add corpus.Override) (corpus.Override, error) {
	var js []byte
	var file string
	err := tx.QueryRow(ctx, `SELECT override, file FROM corrections WHERE doc_id = $1`, d.ID).Scan(&js, &file)
	own := err == nil
	if errors.Is(err, pgx.ErrNoRows) && d.File != "" {
		err = tx.QueryRow(ctx, `SELECT override, file FROM corrections WHERE file = $1 ORDER BY doc_id LIMIT 1`, d.File).Scan(&js, &file)
	}
	var old corpus.Override
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return old, fmt.Errorf("reading corrections: %w", err)
	default:
		if err := json.Unmarshal(js, &old); err != nil {
			return old, fmt.Errorf("decoding corrections: %w", err)
		}
	}
	now := old.Merge(add)
	if now.IsZero() || (own && now == old && (d.File == "" || d.File == file)) {
		return now, nil
	}
	if d.File != "" {
		file = d.File
	}
	return now, putCorrections(ctx, tx, d.ID, now, file, d.Source)
}

// putCorrections stores the corrections of document id (none: deletes).
func putCorrections(ctx context.Context, tx pgx.Tx, id string, o corpus.Override, file, source string) error {
	if o.IsZero() {
		if _, err := tx.Exec(ctx, `DELETE FROM corrections WHERE doc_id = $1`, id); err != nil {
			return fmt.Errorf("deleting corrections: %w", err)
		}
		return nil
	}
	js, err := json.Marshal(o)
	if err != nil {
		return fmt.Errorf("encoding corrections: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO corrections (doc_id, file, source, override) VALUES ($1, $2, $3, $4)
		ON CONFLICT (doc_id) DO UPDATE SET file = excluded.file, source = excluded.source, override = excluded.override`,
		id, file, source, js); err != nil {
		return fmt.Errorf("storing corrections: %w", err)
	}
	return nil
}

// Delete removes document id, its sections and its corrections, or returns
// govreport.ErrNotFound.
func (db *DB) Delete(ctx context.Context, id string) error {
	err := db.write(ctx, func(tx pgx.Tx) error {
		found, err := forget(ctx, tx, id)
		if err != nil {
			return err
		}
		if !found {
			return govreport.ErrNotFound
		}
		return putCorrections(ctx, tx, id, corpus.Override{}, "", "")
	})
	if err != nil {
		return fmt.Errorf("delete document %q: %w", id, err)
	}
	return nil
}

// stamp returns the current time of the primary, later than any stamp
// before it (collection.last_stamp), under the write lock: what a new
// document's Added is, and what Now returns.
func stamp(ctx context.Context, tx pgx.Tx) (time.Time, error) {
	var t time.Time
	err := tx.QueryRow(ctx, `UPDATE collection SET last_stamp = greatest(clock_timestamp(), last_stamp + interval '1 microsecond')
		RETURNING last_stamp`).Scan(&t)
	if err != nil {
		return t, fmt.Errorf("taking a time stamp: %w", err)
	}
	return t.UTC(), nil
}

// Now returns a time stamp taken between two writes: later than the Added
// of every document stored before it, earlier than that of every document
// stored after it (writes and stamps hold the write lock).
func (db *DB) Now(ctx context.Context) (time.Time, error) {
	var t time.Time
	// under the write lock, but no new generation: what readers cached
	// still holds
	err := db.locked(ctx, false, func(tx pgx.Tx) error {
		var err error
		t, err = stamp(ctx, tx)
		return err
	})
	return t, err
}

// Rebuild computes again what is derived from each stored document (folded
// texts, grams, gse terms, statistics, the report's terms: after a change of the analysis or
// of the user dictionary), one document per transaction; corrections and
// Added times stay. progress, if not nil, is called after each document.
func (db *DB) Rebuild(ctx context.Context, progress func(done, total int)) error {
	rows, err := db.primary.Query(ctx, `SELECT id FROM documents ORDER BY added, id`)
	if err != nil {
		return fmt.Errorf("rebuild: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("rebuild: %w", err)
	}
	for i, id := range ids {
		d, err := db.storedDocument(ctx, id)
		if errors.Is(err, govreport.ErrNotFound) {
			continue // deleted meanwhile
		}
		if err != nil {
			return fmt.Errorf("rebuild: %w", err)
		}
		if err := db.Add(ctx, nil, d); err != nil {
			return fmt.Errorf("rebuild: %w", err)
		}
		if progress != nil {
			progress(i+1, len(ids))
		}
	}
	return nil
}

// noPrimary wraps err, the failure of a write, with govreport.ErrWriteFailed
// and a word for the operator when it is not PostgreSQL's answer but the
// lack of one: the connection refused or cut, no server accepting writes.
func noPrimary(ctx context.Context, err error) error {
	var pgErr *pgconn.PgError
	if ctx.Err() != nil {
		return err
	}
	if errors.As(err, &pgErr) {
		// the connection failed, the server shut down or is starting, or
		// 25006: a read-only transaction (a standby)
		if c := pgErr.Code; !connectionCode(c) && c != "25006" {
			return err
		}
	}
	return fmt.Errorf("%w: no primary accepts writes (it is down, or no replica is promoted yet); write again once one does (adding a document again replaces it): %w",
		govreport.ErrWriteFailed, err)
}
