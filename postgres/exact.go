package postgres

// Exact wording
//
// Quoted wording is found in every section whose folded heading or text
// contains the folded wording, and in no other, whatever its length: an
// index proposes candidates and the stored folded text confirms them, in
// one query.
//
//	three characters or more, with a run of three letters or digits
//	            folded LIKE '%wording%': pg_trgm's GIN index proposes the
//	            sections that hold the wording's trigrams, and PostgreSQL
//	            rechecks LIKE on each
//	shorter, or mostly punctuation
//	            grams @> the wording's grams: the GIN index on the grams
//	            array proposes the sections that hold every character pair
//	            of the wording (its one character, for one), and the
//	            wording is confirmed with strpos; wording of one or two
//	            characters needs no confirming (its gram is in a
//	            section's grams exactly when the section holds it)
//
// pg_trgm takes its trigrams from runs of letters and digits only, so
// wording of one or two characters, and wording like "、（一", has none to
// look up, and its LIKE would read every section; the grams cover those.
// In a database whose LC_CTYPE is C, pg_trgm sees no Han character at all:
// then the grams serve every wording (DB.trgmHan).

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// gramKey is the grams entry of the character pair a, b, or of the single
// character a when b is 0. Runes are below 2^21.
func gramKey(a, b rune) int64 { return int64(a)<<21 | int64(b) }

// sectionGrams returns the distinct grams of folded (analysis.FoldSection):
// every character and every pair of adjacent characters, not across the
// line break between heading and text, which no folded wording contains.
func sectionGrams(folded string) []int64 {
	seen := make(map[int64]struct{}, 2*len(folded)/3)
	prev := rune(-1)
	for _, r := range folded {
		if r == '\n' {
			prev = -1
			continue
		}
		seen[gramKey(r, 0)] = struct{}{}
		if prev >= 0 {
			seen[gramKey(prev, r)] = struct{}{}
		}
		prev = r
	}
	out := make([]int64, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// wordingGrams returns the grams every section containing fw (folded, not
// empty) holds: its character if it has one, else its character pairs.
func wordingGrams(fw string) []int64 {
	r := []rune(fw)
	if len(r) == 1 {
		return []int64{gramKey(r[0], 0)}
	}
	seen := make(map[int64]bool, len(r))
	var out []int64
	for i := 1; i < len(r); i++ {
		k := gramKey(r[i-1], r[i])
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// trigramRun reports whether fw has three letters or digits in a row:
// a trigram pg_trgm can look up.
func trigramRun(fw string) bool {
	n := 0
	for _, r := range fw {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
			if n == 3 {
				return true
			}
			continue
		}
		n = 0
	}
	return false
}

// likeContains returns the LIKE pattern that matches text containing s.
func likeContains(s string) string {
	return "%" + likeEscaper.Replace(s) + "%"
}

// likeEscaper escapes LIKE's special characters (built once: a terms list
// escapes tens of thousands of wordings).
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// A wordingBatch is a batch of folded wordings as the statements that
// find many at once take them (terms.go, similar.go): those the trigram
// index serves, as LIKE patterns, and the others, as slices of one array
// of their grams.
type wordingBatch struct {
	like   []int    // indexes of the wordings found by LIKE
	pats   []string // their patterns
	gram   []int    // indexes of the others
	fws    []string // their folded wordings
	lo, hi []int32  // their grams: grams[lo-1:hi] (SQL arrays count from 1)
	grams  []int64
}

// batchOf returns fws (folded) as a wordingBatch; an empty one is in
// neither part.
func (db *DB) batchOf(fws []string) *wordingBatch {
	b := &wordingBatch{}
	for i, fw := range fws {
		switch {
		case fw == "":
		case db.trgmHan && trigramRun(fw):
			b.like = append(b.like, i)
			b.pats = append(b.pats, likeContains(fw))
		default:
			b.gram = append(b.gram, i)
			b.fws = append(b.fws, fw)
			b.lo = append(b.lo, int32(len(b.grams))+1)
			b.grams = append(b.grams, wordingGrams(fw)...)
			b.hi = append(b.hi, int32(len(b.grams)))
		}
	}
	return b
}

// A cond collects the arguments of an SQL condition being built, and
// numbers them.
type cond struct{ args []any }

// arg adds v and returns its placeholder.
func (c *cond) arg(v any) string {
	c.args = append(c.args, v)
	return fmt.Sprintf("$%d", len(c.args))
}

// exact returns the SQL condition on the sections table (alias s) that
// holds for exactly the sections whose folded heading or text contains
// Fold(wording): none when it folds to nothing.
func (db *DB) exact(c *cond, wording string) string {
	fw := analysis.Fold(wording)
	switch {
	case fw == "":
		return "false"
	case db.trgmHan && trigramRun(fw):
		return "s.folded LIKE " + c.arg(likeContains(fw))
	case utf8.RuneCountInString(fw) <= 2:
		// A section holds the gram of one or two characters exactly
		// when its folded text holds them: no text to confirm.
		return "s.grams @> " + c.arg(wordingGrams(fw))
	}
	return "(s.grams @> " + c.arg(wordingGrams(fw)) + " AND strpos(s.folded, " + c.arg(fw) + ") > 0)"
}

// Containing returns the sorted IDs of the sections whose folded heading or
// text contains Fold(wording). Wording that folds to nothing gives nil.
func (db *DB) Containing(ctx context.Context, wording string) ([]string, error) {
	if analysis.Fold(wording) == "" {
		return nil, nil
	}
	var c cond
	where := db.exact(&c, wording)
	var ids []string
	err := db.readFrom(ctx, func(pool *pgxpool.Pool) error {
		rows, err := pool.Query(ctx, `SELECT s.id FROM sections s WHERE `+where+` ORDER BY s.id COLLATE "C"`, c.args...)
		if err != nil {
			return err
		}
		ids, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("finding %q: %w", wording, err)
	}
	return ids, nil
}
