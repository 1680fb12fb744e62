package postgres

// Replicas
//
// Reads (searches, timelines, documents, sections, counts) may go to
// streaming replicas, but a replica that lags must not answer a wrong
// zero: a read goes to a replica only if it has replayed the primary's
// WAL at least as far as this client has seen it (seen: the primary's
// position when the DB was opened, then after each write of this DB), else
// to the primary. What each replica has
// replayed (pg_last_wal_replay_lsn) is remembered, so a replica that is
// ahead costs no extra round trip; one that is behind is asked again, with
// a short timeout, and a replica that does not answer is left alone for a
// second. Replicas are tried in turn, so the reads spread over them.
//
// Failover: give the primary as a multi-host URL with
// target_session_attrs=read-write (postgres://h1:5432,h2:5432/db?...), and
// once a replica is promoted (pg_ctl promote) new connections find it.
// Until then writes fail with the connection's error and reads go on from
// the replicas that have replayed what this client saw. A read whose
// server goes away while it runs (the primary killed under it, a replica
// restarting) is read once more from another server that has what this
// client saw (readFrom): a replica, asked afresh even if it was slow to
// answer lately (a loaded replica misses replicaCheckTimeout and is left
// alone, so reads go to the primary just when it may be dying), or else the
// primary, whose multi-host URL may now find a promoted replica.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/govreport/govreport"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// replicaCheckTimeout bounds asking a replica how far it has replayed
// when the primary can answer instead; lostPrimaryCheckTimeout when the
// primary has just been lost, and a loaded replica is the only server
// left to answer; replicaRetry is how long a replica that failed to
// answer is left alone.
const (
	replicaCheckTimeout     = 500 * time.Millisecond
	lostPrimaryCheckTimeout = 5 * time.Second
	replicaRetry            = time.Second
)

type replica struct {
	url      string // redacted, for messages and /healthz
	pool     *pgxpool.Pool
	replayed atomic.Uint64 // the furthest replay position seen

	mu       sync.Mutex
	downTill time.Time
}

// check asks r how far it has replayed, waiting at most timeout, and
// remembers it.
func (r *replica) check(ctx context.Context, timeout time.Duration) (lsn, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var text *string
	if err := r.pool.QueryRow(ctx, `SELECT pg_last_wal_replay_lsn()::text`).Scan(&text); err != nil {
		return 0, err
	}
	if text == nil {
		return 0, errors.New("not a streaming replica (pg_last_wal_replay_lsn is null)")
	}
	l, err := parseLSN(*text)
	if err != nil {
		return 0, err
	}
	for {
		old := r.replayed.Load()
		if uint64(l) <= old || r.replayed.CompareAndSwap(old, uint64(l)) {
			break
		}
	}
	return l, nil
}

// usable reports whether r may serve a read that must see seen. A replica
// that failed to answer lately is not asked again until replicaRetry has
// passed.
func (r *replica) usable(ctx context.Context, seen uint64) bool {
	if r.replayed.Load() >= seen {
		return true
	}
	r.mu.Lock()
	down := time.Now().Before(r.downTill)
	r.mu.Unlock()
	if down {
		return false
	}
	return r.caughtUp(ctx, seen, replicaCheckTimeout)
}

// caughtUp asks r whether it has replayed seen, waiting at most timeout
// for its answer, and leaves it alone for replicaRetry if it does not
// answer.
func (r *replica) caughtUp(ctx context.Context, seen uint64, timeout time.Duration) bool {
	if r.replayed.Load() >= seen {
		return true
	}
	l, err := r.check(ctx, timeout)
	if err != nil {
		r.mu.Lock()
		r.downTill = time.Now().Add(replicaRetry)
		r.mu.Unlock()
		return false
	}
	return uint64(l) >= seen
}

// reader returns the pool a read should use: a replica that has replayed
// what this client has seen, or the primary.
func (db *DB) reader(ctx context.Context) *pgxpool.Pool {
	n := len(db.replicas)
	if n == 0 {
		return db.primary
	}
	seen := db.seen.v.Load()
	start := int(db.turn.Add(1))
	for i := range n {
		r := db.replicas[(start+i)%n]
		if r.usable(ctx, seen) {
			return r.pool
		}
	}
	return db.primary
}

// readFrom runs fn, a read, on the pool reader chooses and, when the
// server goes away during it (serverLost), once more on another: a
// replica that has replayed what this client has seen, asked afresh, or
// else the primary. fn must not keep what a failed run produced.
func (db *DB) readFrom(ctx context.Context, fn func(*pgxpool.Pool) error) error {
	pool := db.reader(ctx)
	err := fn(pool)
	if err == nil || ctx.Err() != nil || !serverLost(err) {
		return err
	}
	// The pool's other connections to that server are as dead as this one,
	// and a pool hands out a connection idle for under a second unchecked.
	pool.Reset()
	return fn(db.otherReader(ctx, pool))
}

// otherReader returns the pool to read from after failed lost its server:
// a replica other than failed that has replayed what this client has seen,
// or else the primary (a new connection, which a multi-host URL points at
// whichever server accepts writes now). When failed is the primary, a
// replica is given lostPrimaryCheckTimeout to answer, not
// replicaCheckTimeout: the primary that would answer instead is the
// server just lost.
func (db *DB) otherReader(ctx context.Context, failed *pgxpool.Pool) *pgxpool.Pool {
	seen := db.seen.v.Load()
	timeout := replicaCheckTimeout
	if failed == db.primary {
		timeout = lostPrimaryCheckTimeout
	}
	for _, r := range db.replicas {
		if r.pool != failed && r.caughtUp(ctx, seen, timeout) {
			return r.pool
		}
	}
	return db.primary
}

// serverLost reports whether err says that the server went away or could
// not be reached, rather than that it refused what was asked: the
// connection failed or was cut, or the server shut down or crashed.
func serverLost(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return connectionCode(pgErr.Code)
	}
	var connect *pgconn.ConnectError
	var netErr net.Error
	return errors.As(err, &connect) || errors.As(err, &netErr) || errors.Is(err, pgconn.ErrConnClosed) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

// connectionCode reports whether SQLSTATE code says the connection failed
// (class 08) or the server shut down, crashed or is starting (57P).
func connectionCode(code string) bool {
	return strings.HasPrefix(code, "08") || strings.HasPrefix(code, "57P")
}

// Replicas reports each replica's lag behind the primary. A primary that
// does not answer leaves LagBytes 0 and says so in each Error.
func (db *DB) Replicas(ctx context.Context) []govreport.ReplicaStatus {
	var current *lsn
	var perr error
	{
		ctx, cancel := context.WithTimeout(ctx, replicaCheckTimeout)
		var text string
		if perr = db.primary.QueryRow(ctx, `SELECT pg_current_wal_lsn()::text`).Scan(&text); perr == nil {
			if l, err := parseLSN(text); err == nil {
				current = &l
			}
		}
		cancel()
	}
	out := make([]govreport.ReplicaStatus, 0, len(db.replicas))
	for _, r := range db.replicas {
		st := govreport.ReplicaStatus{URL: r.url}
		l, err := r.check(ctx, replicaCheckTimeout)
		if err != nil {
			st.Error = err.Error()
			out = append(out, st)
			continue
		}
		st.ReplayLSN = l.String()
		if current != nil && *current > l {
			st.LagBytes = int64(*current - l)
		}
		if perr != nil {
			st.Error = fmt.Sprintf("primary: %v", perr)
		}
		cctx, cancel := context.WithTimeout(ctx, replicaCheckTimeout)
		var secs *float64
		err = r.pool.QueryRow(cctx, `SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
			ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END`).Scan(&secs)
		cancel()
		if err == nil && secs != nil {
			st.LagSeconds = *secs
		}
		st.Usable = uint64(l) >= db.seen.v.Load()
		out = append(out, st)
	}
	return out
}

// openReplicas connects to the replicas (lazily: a replica that is down
// at open is tried again at each read).
func openReplicas(ctx context.Context, urls []string) ([]*replica, error) {
	var out []*replica
	for _, u := range urls {
		cfg, err := pgxpool.ParseConfig(u)
		if err != nil {
			closeReplicas(out)
			return nil, fmt.Errorf("replica %s: %w", redact(u), err)
		}
		// A read-only transaction is what a replica takes; say so, so that
		// a replica mistaken for a primary refuses writes too.
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
		tune(cfg)
		pool, err := pgxpool.NewWithConfig(ctx, cfg)
		if err != nil {
			closeReplicas(out)
			return nil, fmt.Errorf("replica %s: %w", redact(u), err)
		}
		out = append(out, &replica{url: redact(u), pool: pool})
	}
	return out, nil
}

func closeReplicas(rs []*replica) {
	for _, r := range rs {
		r.pool.Close()
	}
}
