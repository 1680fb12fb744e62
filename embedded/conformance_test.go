package embedded

import (
	"testing"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/internal/backendtest"
	"github.com/govreport/govreport/search"
)

// TestConformance runs the seam's suite (internal/backendtest) on the
// embedded engine.
func TestConformance(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	backendtest.Run(t, func(t *testing.T) (govreport.Store, search.Engine) {
		e, err := Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		return e, e
	})
}
