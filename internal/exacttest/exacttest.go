// Package exacttest holds what every test of exact wording draws on, for
// each engine alike: the definition quoted wording must meet (BruteForce)
// random wording to try it with (RandomWording), and the documents to try
// it on (SampleAndSeeds).
package exacttest

import (
	"math/rand"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
)

// SampleAndSeeds returns the embedded sample corpus and, when
// ../../shared/seeds is there (from a package one folder below the
// project root), the seeds: real reports. A seed that cannot be read is
// logged and left out.
func SampleAndSeeds(t testing.TB) []*corpus.Document {
	t.Helper()
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	seeds, _ := filepath.Glob("../../shared/seeds/*")
	if len(seeds) == 0 {
		t.Log("no seeds at ../../shared/seeds: the sample corpus only")
	}
	for _, f := range seeds {
		d, err := corpus.ReadFile(f)
		if err != nil {
			t.Logf("seed skipped: %v", err)
			continue
		}
		docs = append(docs, d)
	}
	return docs
}

// BruteForce returns the sorted IDs of the sections of docs whose folded
// heading or text contains the folded wording, or, for a heading that runs
// on into its text on one line, the folded line as the report writes it
// (heading, joint, text: corpus.Section.Joint): the definition quoted
// wording must meet.
func BruteForce(docs []*corpus.Document, wording string) []string {
	fw := analysis.Fold(wording)
	var ids []string
	for _, d := range docs {
		for _, s := range d.Sections {
			if strings.Contains(analysis.Fold(s.Heading), fw) || strings.Contains(analysis.Fold(s.Text), fw) ||
				s.Joint != "" && strings.Contains(analysis.Fold(s.Heading+s.Joint+s.Text), fw) {
				ids = append(ids, s.ID)
			}
		}
	}
	sort.Strings(ids)
	return ids
}

// RandomWording draws a substring of 1 to 12 characters from a random
// section's heading (one time in five) or text, one that does not fold to
// nothing. docs must hold a section with some text.
func RandomWording(rng *rand.Rand, docs []*corpus.Document) string {
	for {
		d := docs[rng.Intn(len(docs))]
		if len(d.Sections) == 0 {
			continue
		}
		s := d.Sections[rng.Intn(len(d.Sections))]
		src := s.Text
		if rng.Intn(5) == 0 {
			src = s.Heading
		}
		r := []rune(src)
		if len(r) == 0 {
			continue
		}
		n := 1 + rng.Intn(12)
		if n > len(r) {
			n = len(r)
		}
		i := rng.Intn(len(r) - n + 1)
		w := string(r[i : i+n])
		if analysis.Fold(w) == "" {
			continue
		}
		return w
	}
}
