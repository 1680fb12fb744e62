package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
)

// ingestBatch is how many documents go to the index in one write.
const ingestBatch = 64

func runIngest(ctx context.Context, e *env, args []string) error {
	var data, dict string
	fs := newFlags(e, "ingest", "[flags] PATH...", `Read report files (.txt .md .html .htm .docx .pdf, any common Chinese
encoding) and folders (walked recursively) into the index. Each file prints
one line; a file that cannot be read is reported and the rest still go in.
Ingesting a file again replaces its document (the ID comes from the
content), so re-running is safe. The exit status is 1 if any file failed.

Example:
  govreport ingest --data ./govreport-data ~/reports/2023 plan-2024.docx
`, &data)
	fs.StringVar(&dict, "dict", "", "extra segmentation dictionary `file` (one word a line)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return errUsage
	}
	if dict != "" {
		index.SetUserDict(dict)
	}
	// The dictionary (about 2 s) loads while the first files are read.
	go index.LoadSegmenter()
	ix, err := index.Open(data)
	if err != nil {
		return err
	}
	defer ix.Close()

	// A folder walked may hold the data folder itself ("govreport ingest
	// ." beside ./govreport-data): its files are the index, not reports.
	dataAbs, err := filepath.Abs(data)
	if err != nil {
		return err
	}
	start := time.Now()
	var (
		pending       []*corpus.Document
		ok, failed    int
		bytes, chunks int
	)
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		if err := ix.Add(pending...); err != nil {
			return fmt.Errorf("writing %d documents to the index: %w", len(pending), err)
		}
		pending = pending[:0]
		return nil
	}
	for _, root := range paths {
		// Errors fn returns (a failed index write, an interrupt) stop the
		// ingest; a path that cannot be walked is one more failure.
		var stop error
		err := corpus.Walk(root, func(path string, d *corpus.Document, err error) error {
			if stop = ctx.Err(); stop != nil {
				return stop
			}
			if within(dataAbs, path) {
				return nil
			}
			if err != nil {
				failed++
				fmt.Fprintf(e.stdout, "FAIL %s: %v\n", path, err)
				return nil
			}
			ok++
			bytes += len(d.Body)
			chunks += len(d.Sections)
			fmt.Fprintf(e.stdout, "ok   %s  %s  %s (%s) %d sections\n", path, d.ID, d.Title, describe(d), len(d.Sections))
			for _, w := range d.Warnings {
				fmt.Fprintf(e.stdout, "       warning: %s\n", warningText(w))
			}
			pending = append(pending, d)
			if len(pending) >= ingestBatch {
				stop = flush()
			}
			return stop
		})
		if stop != nil {
			if ctx.Err() != nil {
				// Interrupted: what was read is still written.
				if ferr := flush(); ferr != nil {
					return ferr
				}
			}
			return stop
		}
		if err != nil {
			failed++
			fmt.Fprintf(e.stdout, "FAIL %s: %v\n", root, err)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	docs, secs := ix.Stats()
	fmt.Fprintf(e.stdout, "ingested %d files (%d sections, %.1f MB) in %.1fs, %d failed; index now holds %d documents, %d sections\n",
		ok, chunks, float64(bytes)/1e6, time.Since(start).Seconds(), failed, docs, secs)
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, ok+failed)
	}
	return nil
}

// within reports whether path is dir or lies inside it.
func within(dir, path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, abs)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// describe returns a document's year, kind, issuer and region for one line
// of output, with "?" for what is unknown.
func describe(d *corpus.Document) string {
	year := "?"
	if d.Year != 0 {
		year = fmt.Sprint(d.Year)
	}
	return fmt.Sprintf("%s %s %s %s", year, orUnknown(d.Kind), orUnknown(d.Issuer), orUnknown(d.Region))
}

func orUnknown(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

// warningText returns a document warning for a terminal, with its line
// when known.
func warningText(w corpus.Warning) string {
	if w.Line > 0 {
		return fmt.Sprintf("line %d: %s", w.Line, w.Message)
	}
	return w.Message
}
