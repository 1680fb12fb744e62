package postgres

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/internal/exacttest"
	"github.com/govreport/govreport/internal/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedDB != nil {
		sharedDB.Close()
	}
	pgtest.StopShared()
	os.Exit(code)
}

// testCtx returns a context that ends with the test or after two minutes.
func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// freshDatabase creates a new, empty database on the shared cluster.
func freshDatabase(t testing.TB) (*pgtest.Cluster, string) {
	t.Helper()
	c := pgtest.Shared(t)
	name, err := c.NewDatabase(testCtx(t), "govreport")
	if err != nil {
		t.Fatal(err)
	}
	return c, name
}

// openFresh opens a new, empty database of the shared cluster.
func openFresh(t testing.TB) (*DB, *pgtest.Cluster, string) {
	t.Helper()
	c, name := freshDatabase(t)
	ctx := testCtx(t)
	db, err := Open(ctx, c.Primary.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, c, name
}

// sampleDocs returns the sample corpus and, when present, the seeds.
func sampleDocs(t testing.TB) []*corpus.Document { return exacttest.SampleAndSeeds(t) }

var (
	sharedOnce sync.Once
	sharedDB   *DB
	sharedDocs []*corpus.Document
	sharedErr  error
)

// shared returns one database holding sampleDocs, read from the replica,
// for the tests that only read.
func shared(t testing.TB) (*DB, []*corpus.Document) {
	t.Helper()
	c := pgtest.Shared(t)
	sharedOnce.Do(func() {
		ctx := context.Background()
		sharedDocs = sampleDocs(t)
		var name string
		if name, sharedErr = c.NewDatabase(ctx, "shared"); sharedErr != nil {
			return
		}
		// Reads go to the replica once it has replayed the documents.
		if sharedDB, sharedErr = Open(ctx, c.Primary.URL(name), c.Replica.URL(name)); sharedErr != nil {
			return
		}
		if sharedErr = sharedDB.Add(ctx, nil, sharedDocs...); sharedErr != nil {
			return
		}
		sharedErr = c.WaitReplay(ctx)
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedDB, sharedDocs
}
