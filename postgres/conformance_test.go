package postgres

import (
	"testing"

	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/internal/conformance"
)

// TestConformance runs the same cases on the embedded engine and on
// PostgreSQL, both holding the sample corpus and the seeds, and asserts
// equal answers (internal/conformance says which).
func TestConformance(t *testing.T) {
	db, docs := shared(t)
	ctx := testCtx(t)
	emb, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	if err := emb.Add(ctx, nil, docs...); err != nil {
		t.Fatal(err)
	}
	conformance.Check(t, ctx, emb, db, docs)
}

// TestConformanceReadsTheReplica: the conformance answers came from the
// replica, not only from the primary.
func TestConformanceReadsTheReplica(t *testing.T) {
	db, _ := shared(t)
	if db.reader(testCtx(t)) != db.replicas[0].pool {
		t.Error("the shared database reads from its primary, not from the replica that has replayed everything")
	}
}
