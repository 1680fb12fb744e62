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
