package postgres

import (
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/internal/pgtest"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// TestReplicaReadsOnlyWhenCaughtUp pauses the replica's replay, writes, and
// checks that the write is found at once (from the primary: the replica
// has not replayed it and is not used), that /healthz's figures say the
// replica lags, and that once replay resumes reads go to the replica.
func TestReplicaReadsOnlyWhenCaughtUp(t *testing.T) {
	c, name := freshDatabase(t)
	ctx := testCtx(t)
	db, err := Open(ctx, c.Primary.URL(name), c.Replica.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := c.WaitReplay(ctx); err != nil {
		t.Fatal(err)
	}
	// A replica's check times out after replicaCheckTimeout, and a loaded
	// machine (the whole suite in parallel) can take that long: what is
	// asked of a replica that answers is asked until a deadline.
	eventually(t, "a replica that has replayed everything is not read from", func() bool {
		return db.reader(ctx) == db.replicas[0].pool
	})
	rc, err := pgx.Connect(ctx, c.Replica.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close(ctx)
	if _, err := rc.Exec(ctx, `SELECT pg_wal_replay_pause()`); err != nil {
		t.Fatal(err)
	}
	defer rc.Exec(ctx, `SELECT pg_wal_replay_resume()`)

	if err := db.Add(ctx, nil, doc("r1", "云岫市", 2033, "一、总体", "建设云岫湖湿地公园。")); err != nil {
		t.Fatal(err)
	}
	res, err := db.Search(ctx, search.Request{Query: `"云岫湖湿地"`})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 {
		t.Errorf(`Search("云岫湖湿地") right after the write: %d hits, want 1 (a lagging replica answered?)`, res.Total)
	}
	if db.reader(ctx) != db.primary {
		t.Error("reads go to a replica that has not replayed this client's write")
	}
	var st []govreport.ReplicaStatus
	eventually(t, "Replicas() while replay is paused keeps failing", func() bool {
		st = db.Replicas(ctx)
		return len(st) != 1 || st[0].Error == ""
	})
	if len(st) != 1 || st[0].Usable || st[0].LagBytes <= 0 || st[0].Error != "" {
		t.Errorf("Replicas() while replay is paused = %+v, want one unusable with lag", st)
	}

	if _, err := rc.Exec(ctx, `SELECT pg_wal_replay_resume()`); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitReplay(ctx); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the replica is not read from once it has replayed the write", func() bool {
		return db.reader(ctx) == db.replicas[0].pool
	})
	eventually(t, "Replicas() after replay: not usable", func() bool {
		st = db.Replicas(ctx)
		return len(st) == 1 && st[0].Usable
	})
}

// eventually waits up to 30 s for ok, and fails the test with what if it
// never holds.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !ok(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal(what)
		}
	}
}

// terminateAll ends every other connection to database name on the
// cluster's primary, as a primary that crashes and restarts would, and waits
// until they are gone.
func terminateAll(t *testing.T, c *pgtest.Cluster, name string) {
	t.Helper()
	ctx := testCtx(t)
	conn, err := pgx.Connect(ctx, c.Primary.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, name); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = $1`, name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d connections to %s still there 30 s after pg_terminate_backend", n, name)
		}
	}
}

// TestReadAfterServerLost: a read whose pooled connection lost its server
// (the server ended it, as a primary that crashes does) is read again on a
// new connection rather than failing, and a read that finds the primary
// unreachable is answered by a replica that has replayed this client's
// writes, even one that failed to answer a check lately (a loaded
// replica; TestFailover failed so when the primary was killed).
func TestReadAfterServerLost(t *testing.T) {
	c, name := freshDatabase(t)
	ctx := testCtx(t)
	db, err := Open(ctx, c.Primary.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Add(ctx, nil, doc("l1", "望川县", 2031, "一、总体", "修缮望川古桥。")); err != nil {
		t.Fatal(err)
	}
	query := search.Request{Query: `"望川古桥"`}
	reads := map[string]func() error{
		"Search": func() error {
			res, err := db.Search(ctx, query)
			if err == nil && res.Total != 1 {
				err = fmt.Errorf("%d hits, want 1", res.Total)
			}
			return err
		},
		"Document": func() error { _, err := db.Document(ctx, "l1"); return err },
		"Stats":    func() error { _, err := db.Stats(ctx); return err },
	}
	for what, read := range reads {
		if err := read(); err != nil { // a pooled connection
			t.Fatalf("%s: %v", what, err)
		}
		terminateAll(t, c, name)
		if err := read(); err != nil {
			t.Errorf("%s after its connection lost the server: %v", what, err)
		}
	}

	rdb, err := Open(ctx, c.Primary.URL(name), c.Replica.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	if err := c.WaitReplay(ctx); err != nil {
		t.Fatal(err)
	}
	// The replica failed its last check and the primary is unreachable.
	r := rdb.replicas[0]
	r.mu.Lock()
	r.downTill = time.Now().Add(time.Hour)
	r.mu.Unlock()
	r.replayed.Store(0)
	l, err := net.Listen("tcp", "127.0.0.1:0") // a port nothing listens on once closed
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	gone, err := pgxpool.New(ctx, fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable&connect_timeout=2", port, name))
	if err != nil {
		t.Fatal(err)
	}
	defer gone.Close()
	primary := rdb.primary
	rdb.primary = gone
	defer func() { rdb.primary = primary }()
	res, err := rdb.Search(ctx, query)
	if err != nil || res.Total != 1 {
		t.Errorf("Search with the primary unreachable and the replica caught up: %v, %v; want 1 hit from the replica", res, err)
	}
}
