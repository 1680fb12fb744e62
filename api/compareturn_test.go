package api

import (
	"testing"
	"time"

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
