package pgtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) {
	code := m.Run()
	StopShared()
	os.Exit(code)
}

// TestReplicaStreams writes on the primary and reads it back on the
// replica, which refuses writes.
func TestReplicaStreams(t *testing.T) {
	c := Shared(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := c.NewDatabase(ctx, "streams")
	if err != nil {
		t.Fatal(err)
	}
	p, err := pgx.Connect(ctx, c.Primary.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close(ctx)
	if _, err := p.Exec(ctx, "CREATE TABLE t (s text); INSERT INTO t VALUES ('望川县')"); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitReplay(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := pgx.Connect(ctx, c.Replica.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(ctx)
	var s string
	if err := r.QueryRow(ctx, "SELECT s FROM t").Scan(&s); err != nil || s != "望川县" {
		t.Fatalf("replica read %q, %v; want 望川县", s, err)
	}
	var inRecovery bool
	if err := r.QueryRow(ctx, "SELECT pg_is_in_recovery()").Scan(&inRecovery); err != nil || !inRecovery {
		t.Errorf("replica: pg_is_in_recovery() = %v, %v; want true", inRecovery, err)
	}
	if _, err := r.Exec(ctx, "INSERT INTO t VALUES ('x')"); err == nil {
		t.Error("the replica accepted a write")
	}
}

func TestFindBin(t *testing.T) {
	t.Setenv("GOVREPORT_PG_BIN", t.TempDir())
	if _, err := FindBin(); err == nil {
		t.Error("FindBin with GOVREPORT_PG_BIN naming an empty folder: no error")
	}
}
