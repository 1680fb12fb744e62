// Package postgres keeps govreport's documents in PostgreSQL and answers
// searches from it: the second engine beside the embedded one (package
// index), for deployments that need more than one machine or a standby.
//
// The database holds what the embedded engine holds, in tables govreport
// creates and migrates itself (migrate.go), and the answers are the
// embedded engine's: the same folding (analysis.Fold), the same gse ranking
// terms (analysis.RankTerms), the same documents and sections as package
// corpus makes them. Quoted wording is found as in the embedded engine,
// an index proposing and the text confirming (exact.go); PostgreSQL's own
// text search, which has no Chinese parser, is not used.
//
// Each document is written in its own transaction (write.go). Reads may go
// to streaming replicas, but only to one that has replayed the writes this
// client has made; otherwise to the primary.
package postgres

import (
	"context"
	"fmt"
	"net/url"
	"sync/atomic"

	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5/pgxpool"
)

// A DB is an open govreport database: a pool of connections to the primary.
// It is safe for concurrent use.
type DB struct {
	primary *pgxpool.Pool
	url     string
	// trgmHan reports whether pg_trgm sees Han characters as word
	// characters (a database whose LC_CTYPE is not C or POSIX): then
	// wording of three characters or more is proposed by the trigram index.
	trgmHan bool
	seen    seenLSN // the WAL position of this client's last write
	// replicas serve reads that they have replayed far enough for
	// (replica.go); turn spreads reads over them.
	replicas []*replica
	turn     atomic.Uint64
	freqs    freqCache         // SectionFreq and DocFreq (correct.go)
	cache    readCache         // what searches read, by generation (readcache.go)
	terms    search.TermsCache // whole terms lists, by generation and request (terms.go)
}

// Open connects to the database at url (postgres://user@host:port/db),
// creates or migrates govreport's schema there, and returns the DB. Reads
// may go to the streaming replicas at replicas (replica.go). The
// database must exist; the user needs to create tables in it, and the
// pg_trgm extension, which ships with PostgreSQL (contrib), must be
// installable (it is a trusted extension: the database owner may).
func Open(ctx context.Context, url string, replicas ...string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", redact(url), err)
	}
	tune(cfg)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", redact(url), err)
	}
	db := &DB{primary: pool, url: url}
	if _, err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("opening %s: %w", redact(url), err)
	}
	// pg_trgm ignores characters that are not letters or digits in the
	// database's LC_CTYPE; under C, that is every Han character.
	var n int
	if err := pool.QueryRow(ctx, `SELECT cardinality(show_trgm('教育局'))`).Scan(&n); err != nil {
		pool.Close()
		return nil, fmt.Errorf("opening %s: %w", redact(url), err)
	}
	db.trgmHan = n > 0
	// What this client has seen: everything committed before it opened.
	var at string
	if err := pool.QueryRow(ctx, `SELECT pg_current_wal_lsn()::text`).Scan(&at); err != nil {
		pool.Close()
		return nil, fmt.Errorf("opening %s: %w", redact(url), err)
	}
	db.saw(at)
	if db.replicas, err = openReplicas(ctx, replicas); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// tune sets what every connection of govreport needs. plan_cache_mode:
// how many sections a wording proposes depends wholly on the wording (减
// against 推进教育现代化), and a generic plan of a prepared statement,
// which PostgreSQL adopts after five runs, guesses alike for all and read
// every section for two-character wording (50-100 ms against under 1 ms
// on the sample corpus); plan each query for its own arguments.
func tune(cfg *pgxpool.Config) {
	cfg.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
}

// Close closes the connections.
func (db *DB) Close() error {
	closeReplicas(db.replicas)
	db.primary.Close()
	return nil
}

// redact returns u without its password, for messages.
func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "the database"
	}
	return p.Redacted()
}
