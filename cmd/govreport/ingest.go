package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/watch"
)

// Documents go to the index in batches of ingestBatch, or fewer when the
// first of a batch was read ingestWait ago. A file's "ok" line is printed
// after its batch is committed, never before: a line printed is a document
// that survives a crash.
const (
	ingestBatch = 64
	ingestWait  = time.Second
)

func runIngest(ctx context.Context, e *env, args []string) error {
	var data, dict string
	fs := newFlags(e, "ingest", "[flags] PATH...", `Read report files (.txt .md .html .htm .doc .docx .wps .odt .fodt .rtf
.pdf .ofd .tmx, or a .json, .jsonl or .csv record holding one report; any
common Chinese encoding) and folders (walked recursively) into the index.
Each file prints one line; a file that cannot be read is reported and the
rest still go in.
Ingesting a file again replaces its document (the ID comes from the
content), so re-running is safe. The exit status is 1 if any file failed.

Metadata that inference gets wrong can be corrected: --title, --year,
--kind, --region and --issuer set it for every file of the call, and
--manifest FILE sets it file by file, from CSV with a header row (path plus
any of title,year,kind,region,issuer) or JSON Lines ({"path": ..., "year":
...}); relative paths in a manifest start from its folder. Corrections are
stored apart from what was inferred and stick: ingesting the files again,
reindex and a later version's smarter reading keep them. A kind is one of
总结, 半年总结, 计划, 要点, 政府工作报告, 新闻 or 其他 (none of them fits).

Example:
  govreport ingest --data ./govreport-data ~/reports/2023 plan-2024.docx
  govreport ingest --year 2024 --region 青岚县 --issuer 人民政府 report.txt
  govreport ingest --manifest corrections.csv
  govreport ingest --store postgres://govreport@db1:5432/govreport ~/reports
`, &data)
	fs.StringVar(&dict, "dict", "", "extra segmentation dictionary `file` (one word a line)")
	var sf storeFlags
	sf.add(fs)
	var manifest string
	fs.StringVar(&manifest, "manifest", "", "CSV or JSON Lines `file` listing files to ingest with corrections of their metadata")
	flagValues := map[string]*string{}
	for _, f := range corpus.OverrideFields {
		flagValues[f] = fs.String(f, "", "correct the "+f+" of every file of this call")
	}
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	var corr corpus.Override // from the flags
	for _, f := range corpus.OverrideFields {
		if err := corr.Set(f, *flagValues[f]); err != nil {
			return usageErrorf("--%v", err)
		}
	}
	jobs := make([]manifestEntry, 0, len(paths))
	for _, p := range paths {
		jobs = append(jobs, manifestEntry{path: p, corr: corr})
	}
	if manifest != "" {
		entries, ignored, err := readManifest(manifest)
		if len(ignored) > 0 {
			fmt.Fprintf(e.stderr, "govreport: %s: ignoring %s (not a field that can be corrected)\n", manifest, strings.Join(ignored, ", "))
		}
		if err != nil {
			return err
		}
		for _, m := range entries {
			m.corr = corr.Merge(m.corr) // the manifest's line is more specific
			jobs = append(jobs, m)
		}
	}
	if len(jobs) == 0 {
		fs.Usage()
		return errUsage
	}
	if err := useDict(dict); err != nil {
		return err
	}
	if base := runningServer(ctx, data); base != "" {
		return remoteIngest(ctx, e, data, base, jobs) // remote.go
	}
	// The dictionary (about 0.8 s) loads while the first files are read.
	go analysis.LoadSegmenter()
	var ix backend
	if sf.postgres() {
		ix, err = sf.open(ctx)
	} else if _, err = indexIn(data); err == nil {
		ix, err = embedded.Open(data)
	}
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
	began, err := ix.Now(ctx) // the documents this call adds are stamped after it
	if err != nil {
		return err
	}
	var (
		ingested      []string // IDs of the documents read
		pending       []*corpus.Document
		corrections   = map[string]corpus.Override{} // of pending, by ID
		pendingByID   = map[string]*corpus.Document{}
		lines         strings.Builder // the output of pending, FAIL lines in their order too
		since         time.Time       // when the first of pending was read
		ok, failed    int
		bytes, chunks int
		writing       *ingestWrite // the batch being written, if any
	)
	// The files after a batch are read while it is written (the write
	// finds the reports' terms and cuts the sections on all cores, and
	// reading a file needs nothing from the index but the lookups below):
	// one batch at a time goes to the index, in order, and its lines are
	// printed once it is committed, before those of the next.
	landed := func() error {
		if writing == nil {
			return nil
		}
		w := writing
		writing = nil
		if err := <-w.done; err != nil {
			return fmt.Errorf("writing %d documents to the index (their lines were not printed; nothing of them was stored): %w", w.n, err)
		}
		fmt.Fprint(e.stdout, w.lines)
		return nil
	}
	flush := func() error {
		if err := landed(); err != nil {
			return err
		}
		if len(pending) == 0 {
			fmt.Fprint(e.stdout, lines.String())
			lines.Reset()
			return nil
		}
		w := &ingestWrite{n: len(pending), lines: lines.String(), ids: map[string]bool{}, done: make(chan error, 1)}
		for _, d := range pending {
			w.ids[d.ID] = true
			if d.File != "" {
				w.ids[d.File] = true
			}
		}
		batch, corr := pending, corrections
		go func() {
			// Not ctx: an interrupted ingest still writes what it has read.
			w.done <- ix.Add(context.WithoutCancel(ctx), corr, batch...)
		}()
		writing = w
		lines.Reset()
		pending = nil
		corrections = map[string]corpus.Override{}
		clear(pendingByID)
		return nil
	}
	// finish writes what is pending and waits for it.
	finish := func() error {
		if err := flush(); err != nil {
			return err
		}
		return landed()
	}
	for _, job := range jobs {
		root := job.path
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
				fmt.Fprintf(&lines, "FAIL %s\n", failText(path, err))
				if len(pending) == 0 {
					return flush()
				}
				return nil
			}
			// What the index says of this document (an earlier copy,
			// corrections stored) must not depend on when the batch
			// being written lands: a document of it, or of its file, is
			// waited for.
			if writing != nil && (writing.ids[d.ID] || d.File != "" && writing.ids[d.File]) {
				if err := landed(); err != nil {
					return err
				}
			}
			ok++
			ingested = append(ingested, d.ID)
			bytes += len(d.Body)
			chunks += len(d.Sections)
			if !job.corr.IsZero() {
				corrections[d.ID] = corrections[d.ID].Merge(job.corr)
			}
			// A copy of a text read before (the same cleaned body from
			// another file) keeps what the earlier reading took from
			// outside the text, a collector's header above all
			// (corpus.Document.Inherit).
			prev := pendingByID[d.ID]
			if prev == nil {
				if prev, err = ix.Document(ctx, d.ID); err != nil && !errors.Is(err, govreport.ErrNotFound) {
					return err
				}
			}
			took := d.Inherit(prev)
			pendingByID[d.ID] = d
			// Shown as it will read: the corrections stored before and
			// those of this call applied to a copy (d stays as inferred).
			shown := d
			stored, err := ix.CorrectionsOf(ctx, d)
			if err != nil {
				return err
			}
			if all := stored.Merge(corrections[d.ID]); !all.IsZero() {
				c := *d
				all.Apply(&c)
				shown = &c
			}
			fmt.Fprintf(&lines, "ok   %s  %s  %s (%s) %d sections\n", oneLine(path), d.ID, shown.Title, describe(shown), len(d.Sections))
			if f := job.corr.Fields(); len(f) > 0 {
				fmt.Fprintf(&lines, "       corrected: %s\n", strings.Join(f, ", "))
			}
			if len(took) > 0 {
				fmt.Fprintf(&lines, "       kept from an earlier copy of the same text (%s): %s\n", prev.Source, strings.Join(took, ", "))
			}
			for _, w := range d.Warnings {
				fmt.Fprintf(&lines, "       warning: %s\n", warningText(w))
			}
			if len(pending) == 0 {
				since = time.Now()
			}
			pending = append(pending, d)
			if len(pending) >= ingestBatch || time.Since(since) >= ingestWait {
				stop = flush()
			}
			return stop
		})
		if stop != nil {
			if ctx.Err() != nil {
				// Interrupted: what was read is still written.
				if ferr := finish(); ferr != nil {
					return ferr
				}
			} else if werr := landed(); werr != nil {
				return werr
			}
			return stop
		}
		if err != nil {
			failed++
			fmt.Fprintf(&lines, "FAIL %s\n", failText(root, err))
		}
	}
	if err := finish(); err != nil {
		return err
	}
	// The embedded index finds the reports' terms after each write: wait
	// for them here, so that a list of new terms need not find them.
	if w, ok := ix.(interface{ WaitTerms(context.Context) error }); ok {
		if err := w.WaitTerms(ctx); err != nil {
			fmt.Fprintf(e.stderr, "govreport: %v; the reports' terms not stored are found when a list of new terms needs them (govreport reindex stores them)\n", err)
		}
	}
	// And for the merges of the exact index's segments that the write
	// left to make: a server opening the folder would make them in memory
	// while it answers.
	if w, ok := ix.(interface{ WaitMerges(context.Context) error }); ok {
		if err := w.WaitMerges(ctx); err != nil {
			fmt.Fprintf(e.stderr, "govreport: %v; a server opening the folder makes them in the background\n", err)
		}
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		return err
	}
	docs, secs := st.Documents, st.Sections
	fmt.Fprintf(e.stdout, "ingested %d files (%d sections, %.1f MB) in %.1fs, %d failed; index now holds %d documents, %d sections\n",
		ok, chunks, float64(bytes)/1e6, time.Since(start).Seconds(), failed, docs, secs)
	if err := printWatches(ctx, e, data, ix, ingested, began); err != nil {
		// The documents are stored whatever the watches say.
		fmt.Fprintf(e.stderr, "govreport: %v\n", err)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed", failed, ok+failed)
	}
	return nil
}

// An ingestWrite is a batch of documents being written to the index.
type ingestWrite struct {
	n     int             // documents
	lines string          // their output, printed once they are committed
	ids   map[string]bool // their IDs and their files' hashes
	done  chan error      // the write's outcome
}

// printWatches prints a line for each watch of the data folder and each
// document of ids that is new to it: added at or after since (not content
// that was in the index already) and after the watch was made.
func printWatches(ctx context.Context, e *env, data string, r watch.Reporter, ids []string, since time.Time) error {
	st, err := watch.Open(data)
	if err != nil {
		return fmt.Errorf("the watches were not matched: %w", err)
	}
	ms, err := watch.Matching(ctx, r, st.List(), ids, since)
	if err != nil {
		return fmt.Errorf("matching the watches: %w", err)
	}
	for _, m := range ms {
		printWatchLine(e, m.Watch.ID, m.Watch.String(), m.Report.ID, m.Report.Title)
	}
	return nil
}

// printWatchLine prints that document docID is new to watch id.
func printWatchLine(e *env, id, query, docID, title string) {
	fmt.Fprintf(e.stdout, "watch %s  %s  new: %s  %s\n", id, query, docID, title)
}

// oneLine returns path as it can stand on one line of output: quoted, with
// escapes, when it holds a line break or another control character.
// failText returns what a FAIL line says of path's failure err: the path,
// then the message without the wrapping that names the path again (read
// PATH:, walk PATH:, stat PATH:, and the reader's own NAME:), so that a
// line names the file once (it said it three times: FAIL a.txt: read
// a.txt: a.txt: no text); the reader's line number stays, after the path
// (FAIL sub/b.txt:3: binary or garbled data).
func failText(path string, err error) string {
	msg := err.Error()
	for _, op := range []string{"read ", "walk ", "stat "} {
		msg = strings.TrimPrefix(msg, op+path+": ")
	}
	for _, name := range []string{path, filepath.Base(path)} {
		if rest, ok := strings.CutPrefix(msg, name+":"); ok {
			if line, after, ok := strings.Cut(rest, ": "); ok && line != "" && strings.Trim(line, "0123456789") == "" {
				return oneLine(path) + ":" + line + ": " + after
			}
			if after, ok := strings.CutPrefix(rest, " "); ok {
				return oneLine(path) + ": " + after
			}
		}
	}
	return oneLine(path) + ": " + msg
}

func oneLine(path string) string {
	if strings.ContainsFunc(path, unicode.IsControl) {
		return strconv.Quote(path)
	}
	return path
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
