package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/corpus"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Document returns document id with its body and sections, and the user's
// corrections applied, or govreport.ErrNotFound.
func (db *DB) Document(ctx context.Context, id string) (*corpus.Document, error) {
	return db.document(ctx, id, true)
}

// storedDocument returns document id as it was read, without corrections.
func (db *DB) storedDocument(ctx context.Context, id string) (*corpus.Document, error) {
	return db.document(ctx, id, false)
}

func (db *DB) document(ctx context.Context, id string, corrected bool) (*corpus.Document, error) {
	var d *corpus.Document
	var over []byte
	err := db.readFrom(ctx, func(pool *pgxpool.Pool) error {
		var shell []byte
		var added time.Time
		d, over = new(corpus.Document), nil
		err := pool.QueryRow(ctx, `SELECT d.doc, d.body, d.added, c.override FROM documents d
			LEFT JOIN corrections c ON c.doc_id = d.id WHERE d.id = $1`, id).Scan(&shell, &d.Body, &added, &over)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("document %q: %w", id, govreport.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("reading document %s: %w", id, err)
		}
		body := d.Body
		if err := json.Unmarshal(shell, d); err != nil {
			return fmt.Errorf("decoding document %s: %w", id, err)
		}
		d.Body, d.Added = body, added.UTC()
		rows, err := pool.Query(ctx, `SELECT `+sectionFields+` FROM sections WHERE doc_id = $1 ORDER BY ordinal`, id)
		if err != nil {
			return fmt.Errorf("reading the sections of %s: %w", id, err)
		}
		d.Sections, err = pgx.CollectRows(rows, scanSection)
		if err != nil {
			return fmt.Errorf("reading the sections of %s: %w", id, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if over != nil && corrected {
		var o corpus.Override
		if err := json.Unmarshal(over, &o); err != nil {
			return nil, fmt.Errorf("decoding the corrections of %s: %w", id, err)
		}
		o.Apply(d)
	}
	return d, nil
}

const sectionFields = `id, doc_id, heading, level, path, ordinal, text, span_start, span_end, inferred, joint`

func scanSection(row pgx.CollectableRow) (corpus.Section, error) {
	var s corpus.Section
	err := row.Scan(&s.ID, &s.DocID, &s.Heading, &s.Level, &s.Path, &s.Ordinal, &s.Text, &s.Start, &s.End, &s.Inferred, &s.Joint)
	return s, err
}

// Section returns section id, or govreport.ErrNotFound.
func (db *DB) Section(ctx context.Context, id string) (*corpus.Section, error) {
	var s corpus.Section
	err := db.readFrom(ctx, func(pool *pgxpool.Pool) error {
		rows, err := pool.Query(ctx, `SELECT `+sectionFields+` FROM sections WHERE id = $1`, id)
		if err != nil {
			return err
		}
		s, err = pgx.CollectExactlyOneRow(rows, scanSection)
		return err
	})
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("section %q: %w", id, govreport.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading section %s: %w", id, err)
	}
	return &s, nil
}

// docInfoFields are the columns of documents that make an govreport.DocInfo.
const docInfoFields = `id, title, year, region, kind, issuer, province, prefecture, source, sections, added`

func scanDocInfo(row pgx.CollectableRow) (govreport.DocInfo, error) {
	var i govreport.DocInfo
	err := row.Scan(&i.ID, &i.Title, &i.Year, &i.Region, &i.Kind, &i.Issuer, &i.Province, &i.Prefecture, &i.Source, &i.Sections, &i.Added)
	i.Added = i.Added.UTC()
	return i, err
}

// Documents returns the metadata of every document (corrections applied),
// in the embedded engine's order: by region, issuer, kind, year, title and
// ID, strings compared byte by byte.
func (db *DB) Documents(ctx context.Context) ([]govreport.DocInfo, error) {
	var docs []govreport.DocInfo
	err := db.readFrom(ctx, func(pool *pgxpool.Pool) error {
		rows, err := pool.Query(ctx, `SELECT `+docInfoFields+` FROM documents
			ORDER BY region COLLATE "C", issuer COLLATE "C", kind COLLATE "C", year, title COLLATE "C", id COLLATE "C"`)
		if err != nil {
			return err
		}
		docs, err = pgx.CollectRows(rows, scanDocInfo)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("listing documents: %w", err)
	}
	return docs, nil
}

// Stats counts the documents and sections. A database is always ready.
func (db *DB) Stats(ctx context.Context) (govreport.Stats, error) {
	st := govreport.Stats{Ready: true}
	err := db.readFrom(ctx, func(pool *pgxpool.Pool) error {
		return pool.QueryRow(ctx, `SELECT documents, sections FROM collection`).Scan(&st.Documents, &st.Sections)
	})
	if err != nil {
		return govreport.Stats{}, fmt.Errorf("reading collection statistics: %w", err)
	}
	return st, nil
}
