package corpus

// Reading a folder's files on all cores
//
// Walk's caller sees the files one at a time, in lexical order, on its own
// goroutine: govreport ingest prints a line for each, writes documents in
// batches and stops at the first error its function returns. Reading a
// file (decoding, cleaning, metadata, sections) is the larger part of an
// ingest's work that is not the index's, and it needs nothing from the
// files before it, so readInOrder reads ahead on up to GOMAXPROCS
// goroutines while fn sees each document in turn, as if read one after
// the other.
//
// Memory stays bounded: at most readAhead documents per reader are read
// and not yet given to fn, whatever the number of files. When fn stops the
// walk, no further file is read; the reads under way finish and are
// dropped.

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

// A walkEntry is a file Walk found: its path as shown to fn, and an error
// instead of a read when it is a link Walk does not follow.
type walkEntry struct {
	path string
	err  error
}

// A walkRead is the outcome of reading one entry.
type walkRead struct {
	doc *Document
	err error
}

// walkReadFile is ReadFile, replaced in tests that count the reads.
var walkReadFile = ReadFile

// readAhead is how many documents per reading goroutine may wait for fn.
const readAhead = 2

// readInOrder reads the entries with ReadFile and calls fn with each, in
// the entries' order, on the calling goroutine; it returns fn's first
// error, without reading the entries after it.
func readInOrder(entries []walkEntry, fn func(path string, doc *Document, err error) error) error {
	read := func(en walkEntry) walkRead {
		if en.err != nil {
			return walkRead{err: en.err}
		}
		d, err := walkReadFile(en.path)
		return walkRead{d, err}
	}
	readers := min(runtime.GOMAXPROCS(0), len(entries))
	if readers <= 1 {
		for _, en := range entries {
			r := read(en)
			if err := fn(en.path, r.doc, r.err); err != nil {
				return err
			}
		}
		return nil
	}

	// Entry i goes to the readers once a place in the window is free (a
	// token in window); its outcome waits in ring[i%len(ring)], which the
	// loop below has emptied by then: entries dispatched and not yet taken
	// are never more than len(ring).
	ring := make([]chan walkRead, readers*readAhead)
	for i := range ring {
		ring[i] = make(chan walkRead, 1)
	}
	window := make(chan struct{}, len(ring))
	next := make(chan int)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	// On any way out (fn's error, or its panic going up) the feeder stops
	// and the reads under way end before readInOrder does.
	defer wg.Wait()
	defer close(stop)
	wg.Go(func() {
		defer close(next)
		for i := range entries {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	})
	for range readers {
		wg.Go(func() {
			for i := range next {
				ring[i%len(ring)] <- read(entries[i])
			}
		})
	}
	for i, en := range entries {
		r := <-ring[i%len(ring)]
		<-window
		if err := fn(en.path, r.doc, r.err); err != nil {
			return err
		}
	}
	return nil
}

// recoverRead turns a panic while reading the file name into an error
// naming it, so that one file that trips a bug in the reading fails alone
// (a FAIL line of ingest, an upload's error) instead of ending the process
// with the files read before it unwritten. The error holds the panic's
// value and where it happened, for a bug report, on one line.
func recoverRead(name string, d **Document, err *error) {
	p := recover()
	if p == nil {
		return
	}
	*d, *err = nil, fmt.Errorf("%s: %w: %v at %s (a bug in govreport's reading of this file; please report it with the file)", name, ErrInternal, p, panicked(debug.Stack()))
}

// panicked returns the function and the line that panicked, from stack, a
// goroutine's stack dump taken in a deferred call: the frame after the
// runtime's panic, as "corpus.readDOCX (docx.go:123)".
func panicked(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+4 <= len(lines) {
			fn := lines[i+2]
			if j := strings.LastIndex(fn, "/"); j >= 0 {
				fn = fn[j+1:]
			}
			if j := strings.LastIndex(fn, "("); j > 0 {
				fn = fn[:j]
			}
			at := strings.TrimSpace(lines[i+3])
			if j := strings.LastIndex(at, " +0x"); j >= 0 {
				at = at[:j]
			}
			return fmt.Sprintf("%s (%s)", fn, filepath.Base(at))
		}
	}
	return "an unknown place"
}
