package main

// The CLI beside a running server
//
// serve holds the data folder (a lock on its store) for as long as it runs,
// so the commands that open the folder cannot run beside it. serve records
// where it listens in the folder (serve.json, removed when it stops);
// search, timeline and docs read that record and, when the server answers
// there, ask its API instead of opening the folder, and so does compare of
// two IDs; ingest posts the files to it with the token of GOVREPORT_TOKEN.
// The other commands name the server and the API route or page that does
// their work.

import (
	"bytes"
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

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
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
	return fmt.Errorf("data folder %s is held by govreport serve at %s: %s, or stop the server: %w", data, base, how, govreport.ErrInUse)
}

// ownFolder refuses a command that needs the data folder to itself (reindex,
// check) while a serve holds it: it names the server, which has no route
// for the command's work, where opening the store would only say that some
// process holds it.
func ownFolder(data, command string) error {
	base := runningServer(context.Background(), data)
	if base == "" {
		return nil
	}
	return fmt.Errorf("data folder %s is held by govreport serve at %s: %s needs the folder to itself; stop the server (Ctrl-C where it runs), run %s, then start it again: %w", data, base, command, command, govreport.ErrInUse)
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
				err = fmt.Errorf("%s: %w", e.Error.Message, govreport.ErrNotFound)
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
func remoteDocuments(ctx context.Context, base string) ([]govreport.DocInfo, error) {
	var all []govreport.DocInfo
	for {
		var page struct {
			Total     int                 `json:"total"`
			Documents []govreport.DocInfo `json:"documents"`
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
	if err == nil || !errors.Is(err, govreport.ErrNotFound) {
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

// errNeedsToken stops a remote write the server refused for its token.
var errNeedsToken = errors.New("the server needs its write token: set GOVREPORT_TOKEN to the token serve was given")

// apiWrite sends a write to base/api/v1/path (with its query) with the
// token of GOVREPORT_TOKEN and body (nil: none) of contentType, decodes
// the answer into v when not nil, and returns the status. An API error
// comes back as its message; a refused token wraps errNeedsToken, a
// missing document or watch govreport.ErrNotFound.
func apiWrite(ctx context.Context, base, method, path, contentType string, body []byte, v any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, method, base+"/api/v1/"+path, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	if body != nil {
		req.Header.Set("Content-Type", contentType)
	}
	if token := os.Getenv("GOVREPORT_TOKEN"); token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("asking the server: %w", err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 256<<20))
	if err != nil {
		return 0, fmt.Errorf("reading the server's answer: %w", err)
	}
	if res.StatusCode >= 300 {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		msg := res.Status
		if json.Unmarshal(b, &e) == nil && e.Error.Message != "" {
			msg = e.Error.Message
		}
		switch res.StatusCode {
		case http.StatusUnauthorized:
			return res.StatusCode, fmt.Errorf("server at %s: %w (%s)", base, errNeedsToken, msg)
		case http.StatusNotFound:
			return res.StatusCode, fmt.Errorf("server at %s: %s: %w", base, msg, govreport.ErrNotFound)
		}
		return res.StatusCode, fmt.Errorf("server at %s: %s", base, msg)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			return res.StatusCode, fmt.Errorf("server at %s: reading the answer to %s %s: %w", base, method, path, err)
		}
	}
	return res.StatusCode, nil
}

// apiUpload posts one file's bytes to the server (POST /api/v1/documents)
// and returns the document as the server read it.
func apiUpload(ctx context.Context, base, path string, data []byte) (*uploaded, error) {
	var d uploaded
	q := url.Values{"filename": {filepath.Base(path)}}.Encode()
	if _, err := apiWrite(ctx, base, http.MethodPost, "documents?"+q, "application/octet-stream", data, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// uploaded is the server's answer to an upload: the document, and the
// watches it is new to.
type uploaded struct {
	corpus.Document
	Watches []struct {
		ID    string `json:"id"`
		Watch string `json:"watch"`
	} `json:"watches"`
}

// remoteIngest ingests the files of jobs through the server at base, one
// line a file as ingest prints them, with the token of GOVREPORT_TOKEN.
// Corrections need the folder (or the API's PATCH): they are refused here.
func remoteIngest(ctx context.Context, e *env, data, base string, jobs []manifestEntry) error {
	for _, j := range jobs {
		if !j.corr.IsZero() {
			return heldBy(data, base, "corrections go through its document pages or PATCH "+base+"/api/v1/documents/ID")
		}
	}
	fmt.Fprintf(e.stderr, "govreport: data folder %s is held by govreport serve at %s; ingesting through it\n", data, base)
	dataAbs, err := filepath.Abs(data)
	if err != nil {
		return err
	}
	start := time.Now()
	var ok, failed, chunks, size int
	var watchLines []func() // the watches each document is new to, printed at the end as ingest prints them
	for _, job := range jobs {
		var stop error
		err := corpus.Walk(job.path, func(path string, d *corpus.Document, err error) error {
			if stop = ctx.Err(); stop != nil {
				return stop
			}
			if within(dataAbs, path) {
				return nil
			}
			if err == nil {
				var raw []byte
				if raw, err = os.ReadFile(path); err == nil {
					var up *uploaded
					if up, err = apiUpload(ctx, base, path, raw); err == nil {
						d = &up.Document
						for _, w := range up.Watches {
							watchLines = append(watchLines, func() { printWatchLine(e, w.ID, w.Watch, d.ID, d.Title) })
						}
					}
				}
			}
			if errors.Is(err, errNeedsToken) {
				stop = err
				return stop
			}
			if err != nil {
				failed++
				fmt.Fprintf(e.stdout, "FAIL %s\n", failText(path, err))
				return nil
			}
			ok++
			chunks += len(d.Sections)
			size += len(d.Body)
			fmt.Fprintf(e.stdout, "ok   %s  %s  %s (%s) %d sections\n", oneLine(path), d.ID, d.Title, describe(d), len(d.Sections))
			for _, w := range d.Warnings {
				fmt.Fprintf(e.stdout, "       warning: %s\n", warningText(w))
			}
			return nil
		})
		if stop != nil {
			return stop
		}
		if err != nil {
			failed++
			fmt.Fprintf(e.stdout, "FAIL %s\n", failText(job.path, err))
		}
	}
	var h struct{ Documents, Sections int }
	if err := apiGetRoot(ctx, base, "/healthz", &h); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "ingested %d files (%d sections, %.1f MB) in %.1fs, %d failed; index now holds %d documents, %d sections\n",
		ok, chunks, float64(size)/1e6, time.Since(start).Seconds(), failed, h.Documents, h.Sections)
	for _, print := range watchLines {
		print()
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, ok+failed)
	}
	return nil
}

// answer gets a read command's answer: from the API's route when a serve
// holds data (remote), else from the index in data, opened for the call
// (local). With csv the server's CSV is copied to w as it comes and answer
// returns nil, nil: the caller has nothing left to print.
func answer[T any](ctx context.Context, data, route string, params url.Values, csv bool, w io.Writer, local func(backend) (*T, error)) (*T, error) {
	if base := runningServer(ctx, data); base != "" {
		if csv {
			params.Set("format", "csv")
			return nil, apiGet(ctx, base, route, params, nil, w)
		}
		v := new(T)
		if err := apiGet(ctx, base, route, params, v, nil); err != nil {
			return nil, err
		}
		return v, nil
	}
	ix, err := openExisting(data)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	return local(ix)
}

// apiGetRoot fetches base+path (outside /api/v1) into v.
func apiGetRoot(ctx context.Context, base, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("asking the server: %w", err)
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(v)
}

// remoteCompare compares the documents old and new (IDs or unique
// prefixes) through the server's API, as compare does from the folder.
func remoteCompare(ctx context.Context, base, old, new string, ignP, ignS bool) (*compare.Report, *corpus.Document, *corpus.Document, error) {
	a, err := remoteDocument(ctx, base, old)
	if err != nil {
		return nil, nil, nil, err
	}
	b, err := remoteDocument(ctx, base, new)
	if err != nil {
		return nil, nil, nil, err
	}
	params := url.Values{"from": {a.ID}, "to": {b.ID}, "ignore_punct": {fmt.Sprint(ignP)}, "ignore_space": {fmt.Sprint(ignS)}}
	var rep compare.Report
	if err := apiGet(ctx, base, "compare", params, &rep, nil); err != nil {
		return nil, nil, nil, err
	}
	return &rep, a, b, nil
}
