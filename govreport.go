// Package govreport holds what every layer of govreport agrees on: the
// metadata of a document (DocInfo), the errors a backend reports, and the
// Store that keeps the documents. Together with search.Engine (searches,
// timelines, similar passages) it is the seam between the server and the
// backend behind it:
//
//	api, cmd/govreport      hold a govreport.Store and a search.Engine
//	embedded                the one-process backend: bbolt, bleve and the
//	                        in-memory exact-wording index of package index
//
// A backend implements both interfaces, usually with one value. Every call
// that can wait takes a context.Context first; requests and results are
// domain types (corpus.Document, DocInfo, search.Request, search.Result),
// never an engine's own: no slot numbers, no bleve or bbolt types.
package govreport

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// Errors a backend reports. Callers test them with errors.Is; only package
// api maps them to HTTP statuses.
var (
	// ErrNotFound is returned for a document or section that is not there.
	ErrNotFound = errors.New("not found")

	// ErrWriteFailed wraps the cause of a write that could not be made
	// (a full disk, an I/O error): nothing of it was kept.
	ErrWriteFailed = errors.New("write failed")

	// ErrCorrupt marks a damaged store: a record whose checksum does not
	// match, a page that cannot be read. The error names what is damaged.
	ErrCorrupt = errors.New("the document store is damaged")

	// ErrRebuilding is returned by a search while a part of the search
	// index found damaged is being rebuilt from the store, which is whole:
	// the search would miss what that part holds. Ask again shortly.
	ErrRebuilding = errors.New("the exact-wording index is being rebuilt from the store")

	// ErrStoreUnreadable is returned for a request that needs the
	// document store after store.db was found shorter than the pages it
	// had (cut while in use: a copy over it, a full disk's truncate) or a
	// read of its mapping faulted: nothing more is read from it or written
	// to it until the process is started again on a restored store. The
	// error names the file and wraps ErrCorrupt too.
	ErrStoreUnreadable = errors.New("the document store cannot be read")

	// ErrLoading is returned to a request with a deadline (a server's)
	// that came while the index was still loading its sections after
	// an open and did not see the load end within a short grace: the
	// server is starting; ask again shortly.
	ErrLoading = errors.New("the index is still loading its sections")

	// ErrInUse is returned when another process holds the data.
	ErrInUse = errors.New("the data folder is in use by another govreport process (a running serve?); stop it or use its API")
)

// DocInfo is the metadata of a document: what lists, filters, facets and
// counterparts need, without the text.
type DocInfo struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Year   int    `json:"year"`
	Region string `json:"region"`
	Kind   string `json:"kind"`
	Issuer string `json:"issuer"`
	// Province and Prefecture are the chain above Region (corpus.Document's):
	// the province-level unit it belongs to, the region itself for a
	// provincial report; the prefecture of a county or district.
	Province   string `json:"province,omitempty"`
	Prefecture string `json:"prefecture,omitempty"`
	Source     string `json:"source"`
	Sections   int    `json:"sections"`
	// Added is when the document first entered the store (see Store.Now);
	// zero for documents stored before govreport recorded it.
	Added time.Time `json:"added,omitzero"`
}

// InfoOf returns the metadata of d.
func InfoOf(d *corpus.Document) DocInfo {
	return DocInfo{ID: d.ID, Title: d.Title, Year: d.Year, Region: d.Region, Kind: d.Kind,
		Issuer: d.Issuer, Province: corpus.ProvinceOf(d.Region, d.Province), Prefecture: d.Prefecture,
		Source: d.Source, Sections: len(d.Sections), Added: d.Added}
}

// DocOrder compares documents a and b in the order documents are listed
// in: by region, issuer, kind, year, title and ID. Results break their ties
// by it (and then by a section's place in its document), never by the
// order documents were written in, which differs between two archives of
// the same reports.
func DocOrder(a, b *DocInfo) int {
	return cmp.Or(strings.Compare(a.Region, b.Region), strings.Compare(a.Issuer, b.Issuer),
		strings.Compare(a.Kind, b.Kind), cmp.Compare(a.Year, b.Year),
		strings.Compare(a.Title, b.Title), strings.Compare(a.ID, b.ID))
}

// Stats counts what a store holds.
type Stats struct {
	Documents int
	Sections  int
	// Ready reports whether searches start at once; before, they wait (they
	// are never answered wrong).
	Ready bool
}

// A Store keeps the documents with their sections and the user's
// corrections of their metadata. Implementations are safe for concurrent
// use.
type Store interface {
	// Document returns document id with its sections, corrections
	// applied, or an error wrapping ErrNotFound.
	Document(ctx context.Context, id string) (*corpus.Document, error)
	// Documents returns the metadata of every document, sorted by region,
	// issuer, kind, year and title: the series that counterparts are found
	// in. The caller must not modify the slice.
	Documents(ctx context.Context) ([]DocInfo, error)
	// Section returns section id, or an error wrapping ErrNotFound.
	Section(ctx context.Context, id string) (*corpus.Section, error)
	// Add stores docs, replacing documents of the same IDs, all of them or
	// none. Corrections stored for a document (or for another read from the
	// same file) apply to it; corr maps a document ID to corrections given
	// with it (a manifest line, ingest --title), laid over those and
	// committed with it. corr may be nil.
	// A document not in the store yet gets its Added time; one stored
	// already keeps its own.
	Add(ctx context.Context, corr map[string]corpus.Override, docs ...*corpus.Document) error
	// Now returns a time stamp taken between two writes: later than the
	// Added of every document stored before it, earlier than that of every
	// document stored after it. A saved query (package watch) records it
	// as the time it was made.
	Now(ctx context.Context) (time.Time, error)
	// CorrectionsOf returns the corrections Add would apply to d: those
	// stored under its ID, or else those of a document read from the same
	// file.
	CorrectionsOf(ctx context.Context, d *corpus.Document) (corpus.Override, error)
	// Delete removes document id, or returns an error wrapping ErrNotFound.
	Delete(ctx context.Context, id string) error
	// Correct sets and clears corrections of document id's metadata (the
	// fields of corpus.OverrideFields) and returns the corrected document.
	Correct(ctx context.Context, id string, set corpus.Override, clear []string) (*corpus.Document, error)
	// Stats counts the documents and sections.
	Stats(ctx context.Context) (Stats, error)
	// SectionFreq and DocFreq tell how common a term is across the store
	// (compare.Collection, with a context): the sections, or documents,
	// that contain it and how many there are in all; DocFreq with before
	// > 0 only of the documents of years before it, those without a year
	// left out of both counts. A store that cannot tell returns 0, 0.
	SectionFreq(ctx context.Context, term string) (df, n int)
	DocFreq(ctx context.Context, term string, before int) (df, n int)
}

// A ReplicaStatus is how far a streaming replica of a store's database is
// behind its primary (package postgres).
type ReplicaStatus struct {
	URL       string `json:"url"` // without password
	ReplayLSN string `json:"replay_lsn,omitempty"`
	// LagBytes is how far its replay is behind the primary's current WAL
	// position; LagSeconds how long ago the last transaction it replayed
	// was committed, 0 when it has replayed all it received.
	LagBytes   int64   `json:"lag_bytes"`
	LagSeconds float64 `json:"lag_seconds"`
	// Usable reports whether reads may go to it now: it has replayed every
	// write this process has seen.
	Usable bool   `json:"usable"`
	Error  string `json:"error,omitempty"`
}

// A Replicated store reads from streaming replicas; /healthz reports them.
type Replicated interface {
	Replicas(ctx context.Context) []ReplicaStatus
}

// Clean returns the copy of d that a store keeps, the same in every
// backend: valid UTF-8 in every text (invalid bytes become U+FFFD), no NUL
// byte (PostgreSQL's text cannot hold it; U+FFFD too), sections that name
// their document and have IDs (corpus.SectionID of their ordinal when
// missing). It fails on a nil document, a missing ID or duplicate section
// IDs.
func Clean(d *corpus.Document) (*corpus.Document, error) {
	if d == nil {
		return nil, errors.New("nil document")
	}
	if d.ID == "" {
		return nil, fmt.Errorf("document %q has no ID", d.Title)
	}
	v := func(s string) string {
		if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
			return s
		}
		return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
	}
	c := *d
	c.Title, c.Body, c.Kind, c.Issuer, c.Region, c.Source = v(d.Title), v(d.Body), v(d.Kind), v(d.Issuer), v(d.Region), v(d.Source)
	c.Province, c.Prefecture, c.File = v(d.Province), v(d.Prefecture), v(d.File)
	c.Sections = make([]corpus.Section, len(d.Sections))
	seen := make(map[string]bool, len(d.Sections))
	for i, s := range d.Sections {
		if s.ID == "" {
			s.ID = corpus.SectionID(d.ID, s.Ordinal)
		}
		if seen[s.ID] {
			return nil, fmt.Errorf("document %s: duplicate section ID %s", d.ID, s.ID)
		}
		seen[s.ID] = true
		s.DocID = d.ID
		s.Heading, s.Text = v(s.Heading), v(s.Text)
		path := make([]string, len(s.Path))
		for j, p := range s.Path {
			path[j] = v(p)
		}
		s.Path = path
		c.Sections[i] = s
	}
	c.Warnings = append([]corpus.Warning(nil), d.Warnings...)
	for i, w := range c.Warnings {
		c.Warnings[i].Message = v(w.Message)
	}
	return &c, nil
}
