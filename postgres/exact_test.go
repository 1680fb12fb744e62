package postgres

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/govreport/govreport/internal/exacttest"
)

// TestQuotedWordingIsExact draws hundreds of random substrings of the stored
// texts and checks that Containing finds exactly the sections a brute-force
// scan of the folded texts finds, whichever index proposes them (trigrams
// or grams).
func TestQuotedWordingIsExact(t *testing.T) {
	db, docs := shared(t)
	ctx := testCtx(t)
	rng := rand.New(rand.NewSource(4))
	queries := []string{"双减", "育现代", "推进教育现", "减", "ＡＩ＋教育", "ai+教育", "5G", "1,024", "96.3%",
		"“双减”落地", "课后服务 全覆盖", "100%", `a\b`, "_", "%", "、（一", "。"}
	for len(queries) < 600 {
		queries = append(queries, exacttest.RandomWording(rng, docs))
	}
	for _, q := range queries {
		want := exacttest.BruteForce(docs, q)
		got, err := db.Containing(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("Containing(%q) = %d sections %v, brute force %d %v", q, len(got), got, len(want), want)
		}
	}
	t.Logf("%d quoted queries checked over %d documents", len(queries), len(docs))
}

func TestTrigramRun(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{{"双减", false}, {"育现代", true}, {"“双减”落地", false}, {"96.3%", false}, {"2024年", true}, {"、（一", false}} {
		if got := trigramRun(c.in); got != c.want {
			t.Errorf("trigramRun(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
