package postgres

// What readers cache
//
// Every search needs the documents' metadata (filters, facets, years) and,
// to rank, the number of sections holding each word: reading 3,000
// documents and counting a broad word over 100,000 sections, each time,
// cost more than the rest of the search. Both depend only on what the
// collection holds, so they are kept in memory, keyed by the collection's
// generation (collection.generation, a new random number in every write
// transaction, write.go): a read transaction reads the generation first
// and uses what was cached for it, which is then exactly what the same
// snapshot would read. A random number rather than a counter, so that a
// generation never names two states, not even after a failover that lost
// a write the replica had not received.
//
// One generation is kept at a time, the last one read; the word counts
// are capped (maxDFCache), after which the cache starts afresh.

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/govreport/govreport/analysis"
	"github.com/jackc/pgx/v5"
)

// newGeneration returns a new generation: a random positive number.
func newGeneration() int64 {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return 0 // crypto/rand does not fail on the systems Go supports
	}
	return int64(binary.BigEndian.Uint64(b[:]) >> 1)
}

// maxDFCache bounds the number of word counts cached.
const maxDFCache = 1 << 16

// A readCache holds what readers of one generation share.
type readCache struct {
	mu  sync.Mutex
	gen int64
	sn  *snapshot
	df  map[string]int // folded wording -> sections holding it
}

// A view is what a read transaction sees of the collection as a whole:
// its generation and statistics, and the documents.
type view struct {
	gen      int64
	sections int
	runes    int64
	*snapshot
}

// openView reads the collection's generation and statistics in tx, and
// the documents, from the cache when they were read for that generation.
func (db *DB) openView(ctx context.Context, tx pgx.Tx) (*view, error) {
	v := &view{}
	if err := tx.QueryRow(ctx, `SELECT generation, sections, runes FROM collection`).Scan(&v.gen, &v.sections, &v.runes); err != nil {
		return nil, fmt.Errorf("reading collection statistics: %w", err)
	}
	rc := &db.cache
	rc.mu.Lock()
	if rc.gen == v.gen && rc.sn != nil {
		v.snapshot = rc.sn
	}
	rc.mu.Unlock()
	if v.snapshot != nil {
		return v, nil
	}
	sn, err := loadSnapshot(ctx, tx)
	if err != nil {
		return nil, err
	}
	v.snapshot = sn
	rc.mu.Lock()
	if rc.gen != v.gen {
		rc.gen, rc.df = v.gen, nil
	}
	rc.sn = sn
	rc.mu.Unlock()
	return v, nil
}

// sectionsHolding returns the number of sections whose folded heading or
// text contains fw (folded) in v's generation, counted in tx or cached.
func (db *DB) sectionsHolding(ctx context.Context, tx pgx.Tx, v *view, fw string) (int, error) {
	if fw == "" {
		return 0, nil
	}
	rc := &db.cache
	rc.mu.Lock()
	n, ok := rc.df[fw]
	ok = ok && rc.gen == v.gen
	rc.mu.Unlock()
	if ok {
		return n, nil
	}
	var c cond
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM sections s WHERE `+db.exact(&c, fw), c.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting the sections holding %q: %w", fw, err)
	}
	rc.mu.Lock()
	if rc.gen == v.gen {
		if rc.df == nil || len(rc.df) >= maxDFCache {
			rc.df = make(map[string]int)
		}
		rc.df[fw] = n
	}
	rc.mu.Unlock()
	return n, nil
}

// foldedOnce returns the distinct non-empty foldings of terms, in order.
func foldedOnce(terms []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range terms {
		fw := analysis.Fold(t)
		if fw != "" && !seen[fw] {
			seen[fw] = true
			out = append(out, fw)
		}
	}
	return out
}
