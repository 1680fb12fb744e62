package postgres

import (
	"testing"
	"time"

	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
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
	if db.reader(ctx) != db.replicas[0].pool {
		t.Fatal("a replica that has replayed everything is not read from")
	}
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
	st := db.Replicas(ctx)
	if len(st) != 1 || st[0].Usable || st[0].LagBytes <= 0 || st[0].Error != "" {
		t.Errorf("Replicas() while replay is paused = %+v, want one unusable with lag", st)
	}

	if _, err := rc.Exec(ctx, `SELECT pg_wal_replay_resume()`); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitReplay(ctx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for db.reader(ctx) != db.replicas[0].pool {
		if time.Now().After(deadline) {
			t.Fatal("the replica is not read from once it has replayed the write")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if st := db.Replicas(ctx); !st[0].Usable {
		t.Errorf("Replicas() after replay = %+v, want usable", st)
	}
}
