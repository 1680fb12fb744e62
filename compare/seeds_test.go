package compare

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// seedsDir holds real reports scraped from the web, outside the
// repository (they are not ours to copy in).
const seedsDir = "../../shared/seeds"

// TestSeeds compares every seed report with the next one: real files with
// real noise (site chrome, odd numbering, full-width digits). Whatever the
// pairs, Compare must keep its contract: every section in one primary pair
// or only in merges and splits (checkCoverage), every diff rebuilding its
// sections exactly, the same report on a second run.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) < 2 {
		t.Skipf("no seed reports in %s (they live outside the repository)", seedsDir)
	}
	var docs []*corpus.Document
	for _, f := range files {
		d, err := corpus.ReadFile(f)
		if err != nil {
			t.Logf("skipping %s: %v", filepath.Base(f), err)
			continue
		}
		docs = append(docs, d)
	}
	for k := 0; k+1 < len(docs); k++ {
		a, b := docs[k], docs[k+1]
		t.Run(filepath.Base(a.Source)+"--"+filepath.Base(b.Source), func(t *testing.T) {
			r := Compare(a, b, Options{})
			for _, p := range r.Pairs {
				var old, nw string
				if p.From != nil {
					old = joinHeading(sectionByID(a, p.From.ID))
				}
				if p.To != nil {
					nw = joinHeading(sectionByID(b, p.To.ID))
				}
				if err := checkOps(old, nw, p.Diff); err != nil {
					t.Errorf("pair %s: %v", alignLine(p), err)
				}
			}
			if err := checkCoverage(a, b, r.Pairs); err != nil {
				t.Error(err)
			}
			first, _ := json.Marshal(r)
			again, _ := json.Marshal(Compare(a, b, Options{}))
			if !bytes.Equal(first, again) {
				t.Error("Compare gave a different report on a second run")
			}
		})
	}
}
