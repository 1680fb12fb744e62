package postgres

import (
	"testing"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/internal/backendtest"
	"github.com/govreport/govreport/search"
)

// TestContract runs the seam's contract suite (internal/backendtest) on a
// fresh database.
func TestContract(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	backendtest.Run(t, func(t *testing.T) (govreport.Store, search.Engine) {
		db, _, _ := openFresh(t)
		return db, db
	})
}
