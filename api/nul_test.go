package api

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/search"
)

// nulRefusing is a backend that, like PostgreSQL (SQLSTATE 22021), fails
// on a key that holds a NUL instead of not finding it.
type nulRefusing struct{ Backend }

var errNULKey = errors.New(`invalid byte sequence for encoding "UTF8": 0x00`)

func (b nulRefusing) Document(ctx context.Context, id string) (*corpus.Document, error) {
	if strings.ContainsRune(id, 0) {
		return nil, errNULKey
	}
	return b.Backend.Document(ctx, id)
}

func (b nulRefusing) Section(ctx context.Context, id string) (*corpus.Section, error) {
	if strings.ContainsRune(id, 0) {
		return nil, errNULKey
	}
	return b.Backend.Section(ctx, id)
}

func (b nulRefusing) Similar(ctx context.Context, id string, size int) ([]search.SimilarHit, error) {
	if strings.ContainsRune(id, 0) {
		return nil, errNULKey
	}
	return b.Backend.Similar(ctx, id, size)
}

func (b nulRefusing) Delete(ctx context.Context, id string) error {
	if strings.ContainsRune(id, 0) {
		return errNULKey
	}
	return b.Backend.Delete(ctx, id)
}

func (b nulRefusing) Correct(ctx context.Context, id string, set corpus.Override, clear []string) (*corpus.Document, error) {
	if strings.ContainsRune(id, 0) {
		return nil, errNULKey
	}
	return b.Backend.Correct(ctx, id, set, clear)
}

// TestServer_NULInIDs checks that an ID or parameter holding a NUL, which
// no document has and PostgreSQL cannot even look up, is the client's
// error (404 for a route's ID, 400 for a parameter), never the backend's
// failure (500).
func TestServer_NULInIDs(t *testing.T) {
	ix := sampleIndex(t)
	ts := &testServer{t: t, ix: ix, h: New(nulRefusing{embedded.New(ix)}, Config{AllowWrites: true}).Handler()}
	for _, tc := range []struct {
		method, target string
		status         int
		code           string
	}{
		{"GET", "/api/v1/documents/ab%00cd", 404, "not_found"},
		{"GET", "/api/v1/documents/ab%00cd/counterparts", 404, "not_found"},
		{"GET", "/api/v1/sections/ab%00cd-001", 404, "not_found"},
		{"GET", "/api/v1/sections/ab%00cd-001/similar", 404, "not_found"},
		{"DELETE", "/api/v1/documents/ab%00cd", 404, "not_found"},
		{"PATCH", "/api/v1/documents/ab%00cd", 404, "not_found"},
		{"GET", "/api/v1/compare?from=ab%00cd&to=ef", 400, "bad_request"},
		{"GET", "/api/v1/compare/sections?from=ab%00cd-001&to=ef-001", 400, "bad_request"},
		{"GET", "/api/v1/search?q=教育&region=a%00", 400, "bad_request"},
	} {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			var body *strings.Reader
			if tc.method == "PATCH" {
				body = strings.NewReader(`{"title":"云岫市教育工作要点"}`)
			} else {
				body = strings.NewReader("")
			}
			wantError(t, ts.do(tc.method, tc.target, body, "Content-Type", "application/json"), tc.status, tc.code)
		})
	}
}

// TestServer_SameErrorEveryTime checks that a request with several bad
// parameters is answered with the same error every time: the first
// parameter in name order, not the first a map happens to give.
func TestServer_SameErrorEveryTime(t *testing.T) {
	ix := sampleIndex(t)
	ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), Config{}).Handler()}
	const target = "/api/v1/search?q=教育&region=a%00&kind=b%00&issuer=c%00&year=2023"
	first := ts.do("GET", target, nil).Body.String()
	if !strings.Contains(first, `\"issuer\"`) {
		t.Errorf("GET %s: %s, want the error of parameter issuer", target, first)
	}
	for range 30 {
		if got := ts.do("GET", target, nil).Body.String(); got != first {
			t.Fatalf("GET %s: %s, then %s", target, first, got)
		}
	}
}
