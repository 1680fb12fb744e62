package postgres

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/internal/synth"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
)

// longDocs returns n documents of one section each, a collage of at
// least runes characters (synth.Collages): every one shares long passages
// with every other.
func longDocs(t *testing.T, n, runes int) []*corpus.Document {
	t.Helper()
	collages, err := synth.Collages(n, runes)
	if err != nil {
		t.Fatal(err)
	}
	var out []*corpus.Document
	for k, text := range collages {
		id := fmt.Sprintf("yunxiu-long-%d", k)
		d := &corpus.Document{ID: id, Title: fmt.Sprintf("云岫市综合材料汇编之%d", k+1), Year: 2024, Region: "云岫市",
			Kind: "总结", Source: id + ".txt", Body: "一、汇编\n" + text}
		d.Sections = []corpus.Section{{ID: corpus.SectionID(id, 0), DocID: id, Heading: "一、汇编", Level: 1,
			Text: text, End: len(d.Body)}}
		out = append(out, d)
	}
	return out
}

// TestSimilarBudget: when the candidates' texts add up to more than the
// alignment's budget, PostgreSQL returns exactly the first ones that fit
// (counted in characters, as the embedded engine counts them), and the
// answer is the embedded engine's.
func TestSimilarBudget(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	docs := longDocs(t, 18, 12_500)
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	emb, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	if err := db.Add(ctx, nil, docs...); err != nil {
		t.Fatal(err)
	}
	if err := emb.Add(ctx, nil, docs...); err != nil {
		t.Fatal(err)
	}
	src := docs[0].Sections[len(docs[0].Sections)-1]
	// Wordings of six characters spread over the section, as shingles are.
	var shingles []string
	r := []rune(analysis.Fold(src.Text))
	for i := 0; i+6 <= len(r) && len(shingles) < search.MaxShingles; i += 150 {
		if w := string(r[i : i+6]); !strings.ContainsAny(w, "，。、；：\n") {
			shingles = append(shingles, w)
		}
	}
	candidates := func(runes int) []search.Candidate {
		var out []search.Candidate
		err := db.read(ctx, func(tx pgx.Tx) error {
			var err error
			out, err = (&similarTx{db: db, tx: tx}).Candidates(ctx, search.CandidateQuery{Wordings: shingles, Doc: src.DocID,
				Need: 2, Limit: search.MaxCandidates, Runes: runes})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	all, cut := candidates(math.MaxInt32), candidates(search.MaxAlignRunes)
	sum := 0
	for i, c := range cut {
		if c.ID != all[i].ID || c.Text != all[i].Text {
			t.Fatalf("candidate %d within the budget is %s, %s without it", i, c.ID, all[i].ID)
		}
		sum += utf8.RuneCountInString(c.Text)
	}
	if len(cut) >= len(all) || sum > search.MaxAlignRunes || sum+utf8.RuneCountInString(all[len(cut)].Text) <= search.MaxAlignRunes {
		t.Fatalf("%d of %d candidates within a budget of %d characters: %d characters; want the first ones up to the one that would pass it",
			len(cut), len(all), search.MaxAlignRunes, sum)
	}

	w, err1 := emb.Similar(ctx, src.ID, search.MaxSize)
	g, err2 := db.Similar(ctx, src.ID, search.MaxSize)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	wj, _ := json.Marshal(w)
	gj, _ := json.Marshal(g)
	if string(wj) != string(gj) || len(w) == 0 {
		t.Errorf("Similar(%s) on PostgreSQL:\n%s\nwant (embedded)\n%s", src.ID, gj, wj)
	}
}
