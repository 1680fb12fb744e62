package embedded

import (
	"context"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/exacttest"
	"github.com/govreport/govreport/search"
)

// The definition quoted wording must meet, and wording to try it with,
// shared with the other engines' tests.
var (
	bruteForce    = exacttest.BruteForce
	randomWording = exacttest.RandomWording
)

// TestQuotedWordingIsExact draws hundreds of random substrings from the
// indexed corpus and checks that quoted wording finds exactly the sections
// a brute-force scan of the folded texts finds, set for set: every
// candidate the bigram lists propose is confirmed, and none is missed.
func TestQuotedWordingIsExact(t *testing.T) {
	ix, docs := sharedIndex(t)
	s := NewSearcher(ix)
	rng := rand.New(rand.NewSource(4))
	queries := []string{"双减", "育现代", "推进教育现", "减", "ＡＩ＋教育", "ai+教育", "5G", "1,024", "96.3%", "“双减”落地", "课后服务 全覆盖"}
	for len(queries) < 600 {
		queries = append(queries, randomWording(rng, docs))
	}
	for _, q := range queries {
		want := bruteForce(docs, q)
		var got []string
		err := ix.View(func(v *index.View) error {
			for _, slot := range v.Containing(q) {
				got = append(got, v.SectionID(slot))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("Containing(%q) = %d sections %v, brute force %d %v", q, len(got), got, len(want), want)
			continue
		}
		if strings.ContainsAny(q, "\"“”") {
			continue
		}
		// Through the query language too: total, and the IDs of every page.
		res, err := s.Search(context.Background(), search.Request{Query: `"` + q + `"`, Size: search.MaxSize})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if res.Total != len(want) {
			t.Errorf("Search(%q).Total = %d, brute force %d", `"`+q+`"`, res.Total, len(want))
		}
		if len(want) <= search.MaxSize {
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, h.SectionID)
			}
			sort.Strings(ids)
			if strings.Join(ids, " ") != strings.Join(want, " ") {
				t.Errorf("Search(%q) hits = %v, brute force %v", `"`+q+`"`, ids, want)
			}
		}
	}
	t.Logf("%d quoted queries checked over %d documents", len(queries), len(docs))
}
