package postgres

import (
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
)

// An lsn is a position in the primary's write-ahead log.
type lsn uint64

// parseLSN reads PostgreSQL's text form of a pg_lsn: two hexadecimal
// numbers, the high and low 32 bits, joined by a slash (16/B374D848).
func parseLSN(s string) (lsn, error) {
	hi, lo, ok := strings.Cut(s, "/")
	if !ok {
		return 0, fmt.Errorf("LSN %q: no slash", s)
	}
	h, err := strconv.ParseUint(hi, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("LSN %q: %w", s, err)
	}
	l, err := strconv.ParseUint(lo, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("LSN %q: %w", s, err)
	}
	return lsn(h<<32 | l), nil
}

func (l lsn) String() string { return fmt.Sprintf("%X/%X", uint64(l)>>32, uint32(l)) }

// seenLSN is the furthest WAL position a write of this client has reached.
type seenLSN struct{ v atomic.Uint64 }

// saw records text (a pg_lsn) as reached, if it is further than before.
func (db *DB) saw(text string) {
	l, err := parseLSN(text)
	if err != nil {
		return
	}
	for {
		old := db.seen.v.Load()
		if uint64(l) <= old || db.seen.v.CompareAndSwap(old, uint64(l)) {
			return
		}
	}
}
