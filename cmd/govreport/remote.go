package main

// The CLI beside a running server
//
// serve holds the data folder (a lock on its store) for as long as it runs,
// so the commands that open the folder cannot run beside it. serve records
// where it listens in the folder (serve.json, removed when it stops);
// search and docs read that record and, when the server answers there, ask
// its API instead of opening the folder. The other commands name the
// server and the API route or page that does their work.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
)

// serveFile is the record of a running serve in the data folder.
const serveFile = "serve.json"

type serveRecord struct {
	URL string `json:"url"` // http://host:port
	PID int    `json:"pid"`
}

// recordServe writes the record of a serve listening at base into data;
// the function it returns removes it.
func recordServe(data, base string) (remove func(), err error) {
	b, _ := json.Marshal(serveRecord{URL: base, PID: os.Getpid()})
	path := filepath.Join(data, serveFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return func() {}, fmt.Errorf("recording the server's address in %s: %w", data, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return func() {}, fmt.Errorf("recording the server's address in %s: %w", data, err)
	}
	return func() { os.Remove(path) }, nil
}

// runningServer returns the base URL of the serve recorded in data when it
// answers there, or "" (no record, a stale one, or no answer within 2 s).
func runningServer(ctx context.Context, data string) string {
	b, err := os.ReadFile(filepath.Join(data, serveFile))
	if err != nil {
		return ""
	}
	var rec serveRecord
	if json.Unmarshal(b, &rec) != nil || !strings.HasPrefix(rec.URL, "http://") {
		return ""
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rec.URL+"/healthz", nil)
	if err != nil {
		return ""
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return ""
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return ""
	}
	return rec.URL
}

// heldBy is the error of a command that cannot run while serve holds the
// folder: it names the server and how to do the same through it.
func heldBy(data, base, how string) error {
	return fmt.Errorf("data folder %s is held by govreport serve at %s: %s, or stop the server: %w", data, base, how, index.ErrInUse)
}

// apiGet fetches base/api/v1/path?params into v (JSON), or copies the body
// to w when w is not nil. An API error comes back as its message.
func apiGet(ctx context.Context, base, path string, params url.Values, v any, w io.Writer) error {
	u := base + "/api/v1/" + path
	if len(params) > 0 {
		u += "?" + params.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("asking the server: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		b, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
		if json.Unmarshal(b, &e) == nil && e.Error.Message != "" {
			err = errors.New(e.Error.Message)
			if res.StatusCode == http.StatusNotFound {
				err = fmt.Errorf("%s: %w", e.Error.Message, index.ErrNotFound)
			}
			return fmt.Errorf("server at %s: %w", base, err)
		}
		return fmt.Errorf("server at %s: GET %s: %s", base, u, res.Status)
	}
	if w != nil {
		_, err = io.Copy(w, res.Body)
		return err
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		return fmt.Errorf("server at %s: reading %s: %w", base, path, err)
	}
	return nil
}

// remoteDocuments lists every document through the API, page by page.
func remoteDocuments(ctx context.Context, base string) ([]index.DocInfo, error) {
	var all []index.DocInfo
	for {
		var page struct {
			Total     int             `json:"total"`
			Documents []index.DocInfo `json:"documents"`
		}
		if err := apiGet(ctx, base, "documents", url.Values{"from": {fmt.Sprint(len(all))}, "size": {"100"}}, &page, nil); err != nil {
			return nil, err
		}
		all = append(all, page.Documents...)
		if len(page.Documents) == 0 || len(all) >= page.Total {
			return all, nil
		}
	}
}

// remoteDocument returns the document whose ID is id, or starts with id,
// through the API.
func remoteDocument(ctx context.Context, base, id string) (*corpus.Document, error) {
	var d corpus.Document
	err := apiGet(ctx, base, "documents/"+url.PathEscape(id), nil, &d, nil)
	if err == nil || !errors.Is(err, index.ErrNotFound) {
		return &d, err
	}
	infos, err := remoteDocuments(ctx, base)
	if err != nil {
		return nil, err
	}
	full, err := matchPrefix(id, infos)
	if err != nil {
		return nil, err
	}
	d = corpus.Document{}
	return &d, apiGet(ctx, base, "documents/"+url.PathEscape(full), nil, &d, nil)
}
