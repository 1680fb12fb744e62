// Package embedded is govreport's backend in one process: the documents in
// bbolt, a bleve index of gse words for BM25, and the in-memory index of
// folded character pairs that finds exact wording (all in package index),
// with the query evaluation of this package on top.
//
// An Engine implements govreport.Store and search.Engine over one open
// index, so that package api and the commands hold those interfaces and
// never an *index.Index. The evaluation works on the index's slots (small
// integers naming sections within one index.View); slots never leave this
// package.
package embedded

import (
	"context"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// An Engine is the embedded backend over one open index. It is safe for
// concurrent use.
type Engine struct {
	*Searcher
	ix   *index.Index
	owns bool // Close closes ix
}

var (
	_ govreport.Store = (*Engine)(nil)
	_ search.Engine   = (*Engine)(nil)
)

// New returns the backend over ix. The caller keeps ownership of ix and
// closes it; Close does nothing.
func New(ix *index.Index) *Engine { return &Engine{Searcher: NewSearcher(ix), ix: ix} }

// Open opens the data folder dir (index.Open) and returns the backend over
// it, which Close closes.
func Open(dir string) (*Engine, error) { return OpenWith(dir, index.Options{}) }

// OpenWith is Open with the index's options (index.OpenWith): a one-shot
// command trusts the segment files checked before (TrustChecked).
func OpenWith(dir string, o index.Options) (*Engine, error) {
	ix, err := index.OpenWith(dir, o)
	if err != nil {
		return nil, err
	}
	e := New(ix)
	e.owns = true
	return e, nil
}

// Verified returns a channel closed once every stored section's checksum
// has been checked (index.Index.Verified): a one-shot command waits for it,
// so that it refuses to answer from a damaged store; a server need not.
func (e *Engine) Verified() <-chan struct{} { return e.ix.Verified() }

// SetMemoryBudget serves the process within a memory budget of bytes
// (index.Index.SetMemoryBudget): Go's soft limit gets the most of it, and
// the index hands its files' mapped pages back to stay within the rest.
// It returns the two parts; 0 or less, or math.MaxInt64, sets none.
func (e *Engine) SetMemoryBudget(bytes int64) (goLimit, mapped int64) {
	return e.ix.SetMemoryBudget(bytes)
}

// WhenIdle runs f once the index is loaded and its first searches are
// answered (index.Index.WhenIdle): for a server's start, the dictionary's
// load.
func (e *Engine) WhenIdle(f func()) { e.ix.WhenIdle(f) }

// Close closes the index if Open opened it.
func (e *Engine) Close() error {
	if !e.owns {
		return nil
	}
	return e.ix.Close()
}

// Document returns document id as stored, corrections applied.
func (e *Engine) Document(ctx context.Context, id string) (*corpus.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.ix.Document(id)
}

// Documents returns the metadata of every document (index.Documents).
func (e *Engine) Documents(ctx context.Context) ([]govreport.DocInfo, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.ix.Documents(), nil
}

// Section returns section id.
func (e *Engine) Section(ctx context.Context, id string) (*corpus.Section, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.ix.Section(id)
}

// Add stores docs in one batch (index.AddCorrected). Once the write has
// begun it is not interrupted by ctx: it commits or fails whole.
func (e *Engine) Add(ctx context.Context, corr map[string]corpus.Override, docs ...*corpus.Document) error {
	if err := e.ix.WaitReady(ctx); err != nil {
		return err
	}
	return e.ix.AddCorrected(corr, docs...)
}

// CorrectionsOf is index.CorrectionsOf.
func (e *Engine) CorrectionsOf(ctx context.Context, d *corpus.Document) (corpus.Override, error) {
	return e.ix.CorrectionsOf(d), nil
}

// Now is index.Now: a time stamp taken between two writes.
func (e *Engine) Now(ctx context.Context) (time.Time, error) {
	if err := ctx.Err(); err != nil {
		return time.Time{}, err
	}
	return e.ix.Now(), nil
}

// Delete removes document id.
func (e *Engine) Delete(ctx context.Context, id string) error {
	if err := e.ix.WaitReady(ctx); err != nil {
		return err
	}
	return e.ix.Delete(id)
}

// Correct sets and clears corrections of document id's metadata.
func (e *Engine) Correct(ctx context.Context, id string, set corpus.Override, clear []string) (*corpus.Document, error) {
	if err := e.ix.WaitReady(ctx); err != nil {
		return nil, err
	}
	return e.ix.Correct(id, set, clear)
}

// Stats counts documents and sections; Ready is true once the sections are
// in memory and the dictionary is loaded.
func (e *Engine) Stats(ctx context.Context) (govreport.Stats, error) {
	docs, secs := e.ix.Stats()
	return govreport.Stats{Documents: docs, Sections: secs, Ready: e.ix.Ready() && analysis.SegmenterReady()}, nil
}

// SectionFreq is index.SectionFreq.
func (e *Engine) SectionFreq(ctx context.Context, term string) (df, n int) {
	return e.ix.SectionFreq(term)
}

// DocFreq is index.DocFreq.
func (e *Engine) DocFreq(ctx context.Context, term string, before int) (df, n int) {
	return e.ix.DocFreq(term, before)
}

// FindTerms finds and stores the terms of the reports that have none
// stored, or of every report with redo (index.FindTerms with this
// package's finder): govreport reindex.
func (e *Engine) FindTerms(ctx context.Context, redo bool, progress func(done, total int)) error {
	return e.ix.FindTerms(ctx, redo, progress)
}

// WaitTerms waits until the reports written so far have their terms
// stored (index.Index.WaitTerms): govreport ingest does before it closes,
// so that a later list of new terms need not find them.
func (e *Engine) WaitTerms(ctx context.Context) error { return e.ix.WaitTerms(ctx) }

// WaitMerges makes the exact index's merges its policy asks for now
// (index.Index.WaitMerges): govreport ingest does before it closes, so
// that a server opening the folder does not make them while it answers.
func (e *Engine) WaitMerges(ctx context.Context) error { return e.ix.WaitMerges(ctx) }
