// Package exacttest holds what every test of exact wording draws on, for
// each engine alike: the definition quoted wording must meet (BruteForce)
// and random wording to try it with (RandomWording).
package exacttest

import (
	"math/rand"
	"sort"
	"strings"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// BruteForce returns the sorted IDs of the sections of docs whose folded
// heading or text contains the folded wording: the definition quoted
// wording must meet.
func BruteForce(docs []*corpus.Document, wording string) []string {
	fw := analysis.Fold(wording)
	var ids []string
	for _, d := range docs {
		for _, s := range d.Sections {
			if strings.Contains(analysis.Fold(s.Heading), fw) || strings.Contains(analysis.Fold(s.Text), fw) {
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
