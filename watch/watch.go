// Package watch keeps saved queries, watches, and tells which reports
// matched them after they were made.
//
// # When a report is new to a watch
//
// A watch is a query with the filters of a search (years, regions, kinds,
// issuers) and the time it was made, taken from the store between two
// writes (govreport.Store.Now). Every document records when it first
// entered the store (corpus.Document.Added, stamped by the same clock). A
// report is new to a watch when it matches the watch's query now and was
// added after the watch was made. So:
//
//   - a report that was in the index when the watch was made is never new
//     to it, even when a correction of its metadata makes it match later;
//   - ingesting the same content again keeps the report's first time, so it
//     does not come back as new;
//   - nothing is recorded per watch but the watch itself, so a watch costs
//     the same whatever its query matches, and what it shows always agrees
//     with a search (a report deleted since drops out);
//   - reports stored by a govreport that did not record Added count as
//     older than every watch.
//
// # Storage
//
// The watches of a data folder live in one JSON file, dir/watches.json,
// apart from the document store: it belongs to no engine, and reindex,
// which rebuilds the search index, leaves it alone. A change writes the
// whole file to a temporary file, syncs it, renames it over the old one and
// syncs the folder, so a crash leaves the old list or the new, never half
// of one. One process changes it at a time: the one that holds the data
// folder's lock (the server, or govreport watch, which holds the store
// open while it changes the file); ingest only reads it.
package watch

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/govreport/govreport/search"
)

var (
	// ErrNotFound is returned for a watch that does not exist.
	ErrNotFound = errors.New("watch not found")
	// ErrFull is returned by Add when the folder holds MaxWatches already.
	ErrFull = errors.New("too many watches")
)

// MaxWatches bounds the watches of a data folder: every ingest runs each
// of them once.
const MaxWatches = 1000

// FileName is the name of the watches file in a data folder.
const FileName = "watches.json"

// A Watch is a saved query.
type Watch struct {
	ID    string `json:"id"`
	Query string `json:"q"`
	// The filters, as the search API takes them: a year is 2023 or a
	// range 2021..2023.
	Years   []string  `json:"year,omitempty"`
	Regions []string  `json:"region,omitempty"`
	Kinds   []string  `json:"kind,omitempty"`
	Issuers []string  `json:"issuer,omitempty"`
	Created time.Time `json:"created"`
}

// Request returns the search request of w. Years that do not parse give
// an error wrapping search.ErrBadQuery.
func (w *Watch) Request() (search.Request, error) {
	r := search.Request{Query: w.Query, Filters: search.Filters{Regions: w.Regions, Kinds: w.Kinds, Issuers: w.Issuers}}
	for _, y := range w.Years {
		yr, err := search.ParseYearRange(y)
		if err != nil {
			return r, fmt.Errorf("%w: %w", err, search.ErrBadQuery)
		}
		r.Filters.Years = append(r.Filters.Years, yr)
	}
	return r, nil
}

// Check reports whether w can be saved: a query that parses (not empty),
// valid years and kinds (search.CheckKind), no longer together (String)
// than a query may be (search.MaxQuery); its error wraps
// search.ErrBadQuery (and search.ErrNoSuchKind for a kind).
func (w *Watch) Check() error {
	if strings.TrimSpace(w.Query) == "" {
		return fmt.Errorf("a watch needs a query: %w", search.ErrBadQuery)
	}
	if n := utf8.RuneCountInString(w.String()); n > search.MaxQuery {
		return fmt.Errorf("a watch's query and filters are %d characters written as a query: at most %d: %w", n, search.MaxQuery, search.ErrBadQuery)
	}
	if _, err := w.Request(); err != nil {
		return err
	}
	if _, err := search.Parse(w.Query); err != nil {
		return err
	}
	for _, k := range w.Kinds {
		if err := search.CheckKind(k); err != nil {
			return err
		}
	}
	return nil
}

// String returns w's query with its filters, as the query language writes
// them (for one line of output).
func (w *Watch) String() string {
	parts := []string{w.Query}
	for _, f := range []struct {
		key  string
		vals []string
	}{{"year", w.Years}, {"region", w.Regions}, {"kind", w.Kinds}, {"issuer", w.Issuers}} {
		for _, v := range f.vals {
			parts = append(parts, f.key+":"+v)
		}
	}
	return strings.Join(parts, " ")
}

// sameQuery reports whether w and o ask the same: query and filters.
func (w *Watch) sameQuery(o *Watch) bool {
	return strings.TrimSpace(w.Query) == strings.TrimSpace(o.Query) &&
		slices.Equal(w.Years, o.Years) && slices.Equal(w.Regions, o.Regions) &&
		slices.Equal(w.Kinds, o.Kinds) && slices.Equal(w.Issuers, o.Issuers)
}

// A Store is the watches of one data folder. It is safe for concurrent
// use within one process.
type Store struct {
	path string
	mu   sync.Mutex
	list []Watch // oldest first
}

type file struct {
	Watches []Watch `json:"watches"`
}

// Open reads the watches of the data folder dir. A folder without a
// watches file has none; the file is written by the first Add.
func Open(dir string) (*Store, error) {
	s := &Store{path: filepath.Join(dir, FileName)}
	b, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading watches: %w", err)
	}
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		// Written whole (write), so damaged from outside: the user
		// decides whether to mend it or give its watches up.
		return nil, fmt.Errorf("reading watches %s: %w: the file is damaged; mend it (JSON, {\"watches\": [...]}) or move it away, which drops the saved watches; the documents and the index are not touched", s.path, err)
	}
	// Each watch as Add would save it: a list that holds one it would
	// refuse (the file edited by hand, say) made every listing of the
	// watches fail, answered as the client's bad query.
	ids := map[string]bool{}
	for i, w := range f.Watches {
		err := w.Check()
		if errors.Is(err, search.ErrNoSuchKind) {
			// saved before such a kind was refused: it never matched a
			// report, and New still finds none for it; kept, so that
			// the list opens and the user can remove it
			err = nil
		}
		switch {
		case err != nil:
		case w.ID == "":
			err = errors.New("no id")
		case ids[w.ID]:
			err = errors.New("the id of an earlier watch")
		case w.Created.IsZero():
			err = errors.New("no creation time")
		}
		if err != nil {
			return nil, fmt.Errorf("reading watches %s: watch %d (id %q): %w: mend it or remove it from the file; the documents and the index are not touched", s.path, i+1, w.ID, err)
		}
		ids[w.ID] = true
	}
	s.list = f.Watches
	return s, nil
}

// List returns the watches, oldest first.
func (s *Store) List() []Watch {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.list)
}

// Get returns watch id, or an error wrapping ErrNotFound.
func (s *Store) Get(id string) (Watch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range s.list {
		if w.ID == id {
			return w, nil
		}
	}
	return Watch{}, fmt.Errorf("watch %q: %w", id, ErrNotFound)
}

// Add saves w, which must pass Check and carry its Created time, under a
// new ID, and returns it with created true. When a watch of the same query
// and filters exists, Add returns that one instead, with created false.
// The list is on disk when Add returns.
func (s *Store) Add(w Watch) (_ Watch, created bool, err error) {
	if err := w.Check(); err != nil {
		return Watch{}, false, err
	}
	if w.Created.IsZero() {
		return Watch{}, false, errors.New("add watch: no creation time")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range s.list {
		if o.sameQuery(&w) {
			return o, false, nil
		}
	}
	if len(s.list) >= MaxWatches {
		return Watch{}, false, fmt.Errorf("add watch: %w: the data folder holds %d, the most it keeps; delete some", ErrFull, len(s.list))
	}
	w.ID, err = newID()
	if err != nil {
		return Watch{}, false, fmt.Errorf("add watch: %w", err)
	}
	w.Query = strings.TrimSpace(w.Query)
	list := append(slices.Clone(s.list), w)
	if err := s.write(list); err != nil {
		return Watch{}, false, fmt.Errorf("add watch: %w", err)
	}
	s.list = list
	return w, true, nil
}

// Delete removes watch id, or returns an error wrapping ErrNotFound. The
// list is on disk when Delete returns.
func (s *Store) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := slices.IndexFunc(s.list, func(w Watch) bool { return w.ID == id })
	if i < 0 {
		return fmt.Errorf("delete watch %q: %w", id, ErrNotFound)
	}
	list := slices.Delete(slices.Clone(s.list), i, i+1)
	if err := s.write(list); err != nil {
		return fmt.Errorf("delete watch %s: %w", id, err)
	}
	s.list = list
	return nil
}

func newID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(b[:]), nil
}

// write replaces the watches file with list: a temporary file beside it,
// synced, renamed over it, and the folder synced.
func (s *Store) write(list []Watch) error {
	b, err := json.MarshalIndent(file{Watches: list}, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.path)
	tmp, err := os.CreateTemp(dir, FileName+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing watches: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails once renamed
	_, err = tmp.Write(append(b, '\n'))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), s.path)
	}
	if err != nil {
		return fmt.Errorf("writing watches %s: %w", s.path, err)
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("syncing folder %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("syncing folder %s: %w", dir, err)
	}
	return nil
}

// A Reporter lists the reports of a query's exact set (search.Searcher).
type Reporter interface {
	Reports(ctx context.Context, r search.Request) ([]search.Report, error)
}

// New returns the reports that match w and were added after w was made,
// newest first (ties by ID).
func New(ctx context.Context, r Reporter, w Watch) ([]search.Report, error) {
	req, err := w.Request()
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", w.ID, err)
	}
	all, err := r.Reports(ctx, req)
	if errors.Is(err, search.ErrNoSuchKind) {
		return nil, nil // a watch saved before its kind was refused (Open): it matches nothing
	}
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", w.ID, err)
	}
	var out []search.Report
	for _, rep := range all {
		if rep.Added.After(w.Created) {
			out = append(out, rep)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Added.Equal(out[j].Added) {
			return out[i].Added.After(out[j].Added)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// A Match is a report new to a watch.
type Match struct {
	Watch  Watch
	Report search.Report
}

// Matching returns the watches that the documents ids matched, counting
// only those documents added at or after since (an ingest's own start:
// content ingested again is not new) and after the watch was made. Matches
// come watch by watch, in the order of watches, then newest first.
func Matching(ctx context.Context, r Reporter, watches []Watch, ids []string, since time.Time) ([]Match, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	want := make(map[string]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	var out []Match
	for _, w := range watches {
		reps, err := New(ctx, r, w)
		if err != nil {
			return out, err
		}
		for _, rep := range reps {
			if want[rep.ID] && !rep.Added.Before(since) {
				out = append(out, Match{Watch: w, Report: rep})
			}
		}
	}
	return out, nil
}
