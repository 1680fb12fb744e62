package postgres

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/govreport/govreport/internal/exacttest"
	"github.com/govreport/govreport/search"
)

// TestTermsAreExact checks every figure of the terms lists against a
// brute-force scan of the stored texts (exacttest.CheckTerms).
func TestTermsAreExact(t *testing.T) {
	db, docs := shared(t)
	exacttest.CheckTerms(t, testCtx(t), db, docs)
}

// TestTermsStale: reports whose stored terms are of an older finder have
// them found again from their sections, the list says how many
// (Unstored), and it is the list of the stored terms otherwise.
func TestTermsStale(t *testing.T) {
	db, c, name := openFresh(t)
	ctx := testCtx(t)
	docs := sampleDocs(t)
	if err := db.Add(ctx, nil, docs...); err != nil {
		t.Fatal(err)
	}
	r := search.TermsRequest{Year: 2024, Export: true}
	want, err := db.Terms(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	var stale []string
	for _, d := range docs {
		if d.Year == 2024 {
			stale = append(stale, d.ID)
		}
	}
	if _, err := db.primary.Exec(ctx, `UPDATE report_terms SET version = 'an older finder' WHERE doc_id = ANY($1)`, stale); err != nil {
		t.Fatal(err)
	}
	// a new client: nothing cached
	db2, err := Open(ctx, c.Primary.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	got, err := db2.Terms(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if got.Unstored != len(stale) || want.Unstored != 0 {
		t.Errorf("Unstored = %d, want %d (and 0 before, got %d)", got.Unstored, len(stale), want.Unstored)
	}
	got.Unstored, got.TookMS, want.TookMS = 0, 0, 0
	if len(want.Terms) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("the list with terms found again differs: %d terms, want %d", len(got.Terms), len(want.Terms))
	}
	// and so do the reports whose terms are missing
	if _, err := db.primary.Exec(ctx, `DELETE FROM report_terms WHERE doc_id = ANY($1)`, stale); err != nil {
		t.Fatal(err)
	}
	db3, err := Open(ctx, c.Primary.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer db3.Close()
	got, err = db3.Terms(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if got.Unstored != len(stale) || len(got.Terms) != len(want.Terms) {
		t.Errorf("without stored terms: %d terms, Unstored %d; want %d, %d", len(got.Terms), got.Unstored, len(want.Terms), len(stale))
	}
}

// TestTermsCancelled: a list asked for with an ended context answers its
// error, not a list (nor another error).
func TestTermsCancelled(t *testing.T) {
	db, _ := shared(t)
	ctx, cancel := context.WithCancel(testCtx(t))
	cancel()
	db.terms.Clear()
	if ts, err := db.Terms(ctx, search.TermsRequest{Year: 2024}); !errors.Is(err, context.Canceled) {
		t.Errorf("Terms with a cancelled context = %v, %v; want context.Canceled", ts, err)
	}
}
