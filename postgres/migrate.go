package postgres

// Schema and migrations
//
// govreport creates and migrates its own schema. Each migration is a
// numbered list of statements applied in one transaction together with its
// row in govreport_migrations, so a migration is either wholly applied and
// recorded or not at all. Open takes a session advisory lock while it
// migrates, so two processes opening a new database at once apply each
// migration once; opening a database that is up to date changes nothing.
// A database migrated by a newer govreport (a version this one does not
// know) is refused with ErrSchemaVersion.
//
// The tables (migration 1):
//
//	documents    one row per document: the metadata searched (as read, with
//	             the user's corrections applied), the document as read
//	             without body and sections (doc, JSON: origins, warnings),
//	             and the cleaned body
//	corrections  the user's corrections, apart from the documents (as in the
//	             embedded store), found by document ID or by File
//	sections     one row per section: its parts, and what search needs:
//	             folded   analysis.FoldSection(heading, joint, text), what quoted
//	                      wording is confirmed against; pg_trgm GIN index
//	             grams    the distinct characters and character pairs of the
//	                      folded heading and text (gramKey); GIN index, for
//	                      wording too short for trigrams
//	             terms    the gse ranking terms of heading and text, in order
//	                      (analysis.RankTerms); GIN index, for words
//	             inferred (migration 2) the heading was read from the
//	                      paragraphs of a report that lost its headings
//	             seq      the order sections were written in (migration 3):
//	                      ties of rank and year are listed in it
//	             runes    the length BM25 weighs the section by (migration 8):
//	                      analysis.SectionLength, the characters of folded
//	                      with a line break for the joint
//	             joint    (migration 10) what joins the heading to the text
//	                      on its line, folded with them (Section.Joint)
//	             folded is stored in the row, uncompressed where it fits
//	             (migration 9)
//	term_stats   per term, the number of sections that hold it (BM25's df)
//	collection   one row: documents, sections and terms in all (BM25's N and
//	             average length); the last time stamp given (migration 5);
//	             the characters of all folded texts (migration 6); the
//	             generation (migration 8), a new random number at every
//	             write, which keys what readers cache (readcache.go)
//	report_terms (migration 7) one row per document: the terms the new terms
//	             of a year start from (search.ReportTerms), found when it is
//	             written, with the finder's version (search.TermsVersion);
//	             deleted with the document
//
// term_stats and collection change in the transaction of each document
// write, under a transaction advisory lock that serializes writers.

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrSchemaVersion is returned by Open for a database migrated by a newer
// govreport.
var ErrSchemaVersion = errors.New("database schema is newer than this govreport")

// Advisory lock keys (pg_advisory_lock's bigint space is shared with other
// applications of the database: these are arbitrary but fixed).
const (
	migrateLock = 0x676f76_726570_01 // "govrep" 1: Open migrating
	writeLock   = 0x676f76_726570_02 // "govrep" 2: a document write
)

// A migration is one step of the schema, applied in one transaction.
type migration struct {
	version int
	name    string
	stmts   []string
}

// migrations, in order. Never edit one that has been released: add another.
var migrations = []migration{
	{1, "documents, sections, grams, terms and collection statistics", []string{
		`CREATE EXTENSION IF NOT EXISTS pg_trgm`,
		`CREATE TABLE documents (
			id         text PRIMARY KEY,
			title      text NOT NULL,
			year       int  NOT NULL,
			region     text NOT NULL,
			kind       text NOT NULL,
			issuer     text NOT NULL,
			province   text NOT NULL,
			prefecture text NOT NULL,
			source     text NOT NULL,
			file       text NOT NULL,
			sections   int  NOT NULL,
			doc        jsonb NOT NULL,
			body       text NOT NULL,
			added      timestamptz NOT NULL DEFAULT now()
		)`,
		`CREATE INDEX documents_file ON documents (file) WHERE file <> ''`,
		`CREATE TABLE corrections (
			doc_id   text PRIMARY KEY,
			file     text NOT NULL,
			source   text NOT NULL,
			override jsonb NOT NULL
		)`,
		`CREATE INDEX corrections_file ON corrections (file) WHERE file <> ''`,
		`CREATE TABLE sections (
			id         text PRIMARY KEY,
			doc_id     text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
			ordinal    int  NOT NULL,
			heading    text NOT NULL,
			level      int  NOT NULL,
			path       text[] NOT NULL,
			text       text NOT NULL,
			span_start int  NOT NULL,
			span_end   int  NOT NULL,
			folded     text NOT NULL,
			grams      bigint[] NOT NULL,
			terms      text[] NOT NULL,
			UNIQUE (doc_id, ordinal)
		)`,
		`CREATE INDEX sections_folded_trgm ON sections USING gin (folded gin_trgm_ops)`,
		`CREATE INDEX sections_grams ON sections USING gin (grams)`,
		`CREATE INDEX sections_terms ON sections USING gin (terms)`,
		`CREATE TABLE term_stats (
			term     text PRIMARY KEY,
			sections int NOT NULL
		)`,
		`CREATE TABLE collection (
			one       boolean PRIMARY KEY DEFAULT true CHECK (one),
			documents int    NOT NULL,
			sections  int    NOT NULL,
			terms     bigint NOT NULL
		)`,
		`INSERT INTO collection VALUES (true, 0, 0, 0)`,
	}},
	{2, "sections: inferred, a heading read from the paragraphs (corpus.Section.Inferred)", []string{
		`ALTER TABLE sections ADD COLUMN inferred boolean NOT NULL DEFAULT false`,
	}},
	{3, "sections numbered in the order they were written", []string{
		// The embedded engine lists equal-ranked sections in the order
		// they were added (its slots); seq is that order here.
		`ALTER TABLE sections ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`,
	}},
	{4, "GIN indexes without a pending list", []string{
		// With fastupdate (the default) new entries wait in a pending list
		// that every search reads whole until a vacuum merges it: after
		// ingesting a few hundred sections (a thousand grams each) a
		// two-character lookup read 500k pending entries and took longer
		// than reading every section. Writes pay for the merge instead.
		`ALTER INDEX sections_folded_trgm SET (fastupdate = off)`,
		`ALTER INDEX sections_grams SET (fastupdate = off)`,
		`ALTER INDEX sections_terms SET (fastupdate = off)`,
		`SELECT gin_clean_pending_list('sections_folded_trgm'), gin_clean_pending_list('sections_grams'), gin_clean_pending_list('sections_terms')`,
	}},
	{5, "the last time stamp (Store.Now, documents.added)", []string{
		`ALTER TABLE collection ADD COLUMN last_stamp timestamptz NOT NULL DEFAULT '-infinity'`,
	}},
	{6, "characters of the folded texts in all (BM25's average length, as the embedded engine measures it)", []string{
		`ALTER TABLE collection ADD COLUMN runes bigint NOT NULL DEFAULT 0`,
		`UPDATE collection SET runes = (SELECT coalesce(sum(char_length(folded)), 0) FROM sections)`,
	}},
	{7, "report_terms: each report's terms, found when it is written (search.ReportTerms)", []string{
		// Documents written before have none: govreport reindex finds them.
		`CREATE TABLE report_terms (
			doc_id  text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
			version text NOT NULL,
			terms   text[] NOT NULL,
			scores  float8[] NOT NULL
		)`,
	}},
	{8, "the generation of the collection, changed by every write (what readers cache is keyed by it); sections: runes, the folded length; GIN pending lists merged by each write", []string{
		`ALTER TABLE collection ADD COLUMN generation bigint NOT NULL DEFAULT 0`,
		// BM25's section length, read for every section of a ranked set:
		// char_length walks the text each time.
		`ALTER TABLE sections ADD COLUMN runes int NOT NULL DEFAULT 0`,
		`UPDATE sections SET runes = char_length(folded)`,
		// Back to a pending list (see 4), now merged by each write before
		// it commits (mergePending): a search never reads more than the
		// entries of the write in progress, and merging a document's
		// entries at once, each key with all its sections, is much faster
		// than inserting them one by one (30 sections: 50-100 ms against
		// 170-260; 300: 160 ms against 2.2 s).
		`ALTER INDEX sections_folded_trgm SET (fastupdate = on)`,
		`ALTER INDEX sections_grams SET (fastupdate = on)`,
		`ALTER INDEX sections_terms SET (fastupdate = on)`,
	}},
	{9, "sections: folded kept inline and uncompressed where it fits", []string{
		// A search reads folded for every section of its set (strpos, word
		// counts). Left EXTENDED, a row over 2 kB has folded compressed
		// (pglz) or moved to the TOAST table like the other columns, and
		// each read decompresses it: two thirds of the rows at 300-
		// character sections, half the cost of a broad search. MAIN keeps
		// it in the row while text, grams and terms make room (they are
		// read for a page of hits, or not at all); a folded text too long
		// for a row is compressed with lz4 where the server has it, faster
		// to read than pglz. Rows written before keep their storage until
		// written again (govreport reindex).
		`ALTER TABLE sections ALTER COLUMN folded SET STORAGE MAIN`,
		`DO $$ BEGIN
			EXECUTE 'ALTER TABLE sections ALTER COLUMN folded SET COMPRESSION lz4';
		EXCEPTION WHEN syntax_error OR feature_not_supported OR invalid_parameter_value THEN
			NULL; -- PostgreSQL 13 (no SET COMPRESSION), or built without lz4: pglz;
			      -- any other error (a lost connection, a lock timeout) fails the migration
		END $$`,
	}},
	{10, "sections: joint, what joins a heading to the text on its line (corpus.Section.Joint)", []string{
		`ALTER TABLE sections ADD COLUMN joint text NOT NULL DEFAULT ''`,
	}},
}

// SchemaVersion is the latest migration this govreport knows.
func SchemaVersion() int { return migrations[len(migrations)-1].version }

// migrate brings the database up to SchemaVersion, and returns the
// versions it applied.
func migrate(ctx context.Context, pool *pgxpool.Pool) (applied []int, err error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrating: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return nil, fmt.Errorf("migrating: taking the lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))

	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS govreport_migrations (
		version int PRIMARY KEY,
		name    text NOT NULL,
		applied timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return nil, fmt.Errorf("migrating: creating govreport_migrations: %w", err)
	}
	var current int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM govreport_migrations`).Scan(&current); err != nil {
		return nil, fmt.Errorf("migrating: reading the schema version: %w", err)
	}
	if current > SchemaVersion() {
		return nil, fmt.Errorf("database at schema version %d, this govreport knows up to %d: %w", current, SchemaVersion(), ErrSchemaVersion)
	}
	for _, m := range migrations {
		if m.version <= current {
			continue
		}
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			for _, s := range m.stmts {
				if _, err := tx.Exec(ctx, s); err != nil {
					return fmt.Errorf("%w\n%s", err, s)
				}
			}
			_, err := tx.Exec(ctx, `INSERT INTO govreport_migrations (version, name) VALUES ($1, $2)`, m.version, m.name)
			return err
		})
		if err != nil {
			return applied, fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
		}
		applied = append(applied, m.version)
	}
	return applied, nil
}
