package compare

// Bounded work
//
// A comparison costs time in the documents' length (segmentation, the
// section scores, one diff per pair): about 10 s for two documents of
// 300,000 characters on one core of the 2-core machine, while a real work
// report has 20,000 to 70,000. CompareContext refuses documents longer than
// MaxRunes and stops diffing pairs once its context is done, so that a
// request with a deadline ends near it instead of long after.

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// MaxRunes bounds the characters of each document CompareContext takes.
const MaxRunes = 300_000

// ErrTooLarge is returned by CompareContext for a document over MaxRunes.
var ErrTooLarge = errors.New("document too long to compare")

// CompareContext is Compare within ctx: it fails with ErrTooLarge for a
// document over MaxRunes characters, and with ctx's error when ctx ends
// before the comparison does (the pairs not yet diffed are then skipped).
func CompareContext(ctx context.Context, a, b *corpus.Document, opt Options) (*Report, error) {
	for _, d := range []*corpus.Document{a, b} {
		if d == nil {
			continue
		}
		if n := utf8.RuneCountInString(d.Body); n > MaxRunes {
			return nil, fmt.Errorf("compare %s (%s): %w: %d characters, at most %d", d.ID, d.Source, ErrTooLarge, n, MaxRunes)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	opt.done = ctx.Done()
	r := Compare(a, b, opt)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	return r, nil
}

// stopLatch returns stopped asked until it first reports true, and true
// from then on without asking it again, safe to call from several
// goroutines at once (one asks at a time); nil is never stopped. The
// parts of a comparison that run beside the alignment (the words, the
// figures, the terms) ask it between sections.
func stopLatch(stopped func() bool) func() bool {
	if stopped == nil {
		return func() bool { return false }
	}
	var gone atomic.Bool
	var mu sync.Mutex
	return func() bool {
		if gone.Load() {
			return true
		}
		mu.Lock()
		defer mu.Unlock()
		if !gone.Load() && stopped() {
			gone.Store(true)
		}
		return gone.Load()
	}
}

// stopped reports whether the comparison's context has ended.
func (o Options) stopped() bool {
	select {
	case <-o.done:
		return true
	default:
		return false
	}
}
