package api

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
)

// TestCompareTurn checks that comparisons past one per CPU (MaxUploads)
// wait for their turn and, past their deadline, are refused as busy with
// Retry-After, rather than all running at once and all ending past their
// deadline; and that a comparison with a free turn is answered and gives
// its turn back.
func TestCompareTurn(t *testing.T) {
	ix := sampleIndex(t)
	srv := New(embedded.New(ix), Config{MaxUploads: 1, Timeout: 200 * time.Millisecond})
	ts := &testServer{t: t, ix: ix, h: srv.Handler()}
	docs := ix.Documents()
	target := "/api/v1/compare?from=" + docs[0].ID + "&to=" + docs[1].ID
	srv.compares <- struct{}{} // a comparison being made
	rec := ts.do("GET", target, nil)
	wantError(t, rec, 503, "busy")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("a busy answer without Retry-After")
	}
	<-srv.compares // that comparison is done
	srv = New(embedded.New(ix), Config{MaxUploads: 1})
	ts.h = srv.Handler()
	if rec := ts.do("GET", target, nil); rec.Code != 200 {
		t.Fatalf("compare with a free turn = %d: %s", rec.Code, rec.Body.String())
	}
	if len(srv.compares) != 0 {
		t.Errorf("%d turns still taken after the comparison", len(srv.compares))
	}
}

// TestCompareTimeout: a comparison that runs out of the request's time
// says which reports it was comparing, how long they are, what the limit
// is, that nothing of it is shown and how to have it anyway, rather than
// only that the request took too long.
func TestCompareTimeout(t *testing.T) {
	ix := sampleIndex(t)
	srv := New(embedded.New(ix), Config{Timeout: 300 * time.Millisecond})
	ts := &testServer{t: t, ix: ix, h: srv.Handler()}
	slow := compareDocs
	t.Cleanup(func() { compareDocs = slow })
	compareDocs = func(ctx context.Context, a, b *corpus.Document, opt compare.Options) (*compare.Report, error) {
		<-ctx.Done() // a comparison slower than the limit
		return nil, fmt.Errorf("compare: %w", ctx.Err())
	}
	ids := seriesIDs(t, ts)
	rec := ts.do("GET", "/api/v1/compare?from="+ids[2022]+"&to="+ids[2023], nil)
	wantError(t, rec, 504, "timeout")
	a, _ := ix.Document(ids[2022])
	b, _ := ix.Document(ids[2023])
	var body struct {
		Error struct{ Message string } `json:"error"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{a.Title, b.Title, fmt.Sprintf("%d sections", len(b.Sections)), "300ms", "govreport compare " + a.ID + " " + b.ID} {
		if !strings.Contains(body.Error.Message, want) {
			t.Errorf("the timeout's message %q does not say %q", body.Error.Message, want)
		}
	}
}
