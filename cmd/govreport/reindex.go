package main

import (
	"context"
	"fmt"

	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

func runReindex(ctx context.Context, e *env, args []string) error {
	var data, dict string
	fs := newFlags(e, "reindex", "[flags]", `Rebuild the search index from the documents stored in the data folder,
and find again the terms stored with each report (what the new terms of a
year start from). Needed when a new version of govreport changes the
index's schema (it says so when it opens an older index), or after a
change of --dict; safe to run at any time.

With --store, the sections' folded texts, character pairs and gse terms
in the PostgreSQL database are computed again from its stored texts.

Example:
  govreport reindex --data ./govreport-data
  govreport reindex --store postgres://govreport@db1:5432/govreport
`, &data)
	fs.StringVar(&dict, "dict", "", "extra segmentation dictionary `file` (one word a line), as given to serve")
	var sf storeFlags
	sf.add(fs)
	if err := parseNone(fs, args); err != nil {
		return err
	}
	if err := useDict(dict); err != nil {
		return err
	}
	if sf.postgres() {
		db, err := sf.open(ctx)
		if err != nil {
			return err
		}
		defer db.Close()
		if err := db.Rebuild(ctx, reindexProgress(e)); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "reindex done")
		return nil
	}
	if has, err := indexIn(data); err != nil {
		return err
	} else if !has {
		return fmt.Errorf("data folder %s holds no index to rebuild (check --data or GOVREPORT_DATA)", data)
	}
	if err := ownFolder(data, "reindex"); err != nil {
		return err
	}
	eng, err := rebuild(ctx, e, data)
	if err != nil {
		return err
	}
	if err := eng.Close(); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "reindex done")
	return nil
}

// rebuild rebuilds the search index of the data folder from its stored
// documents, finds their terms again and returns the engine open on it.
func rebuild(ctx context.Context, e *env, data string) (*embedded.Engine, error) {
	if err := index.Rebuild(data, reindexProgress(e)); err != nil {
		return nil, err
	}
	eng, err := embedded.Open(data)
	if err != nil {
		return nil, err
	}
	if err := eng.FindTerms(ctx, true, termsProgress(e)); err != nil {
		eng.Close()
		return nil, err
	}
	return eng, nil
}

// reindexProgress prints a rebuild's progress in tenths.
func reindexProgress(e *env) func(done, total int) {
	return tenths(e, "reindexed %d/%d documents\n")
}

// termsProgress prints the progress of finding the reports' terms in
// tenths.
func termsProgress(e *env) func(done, total int) {
	return tenths(e, "found the terms of %d/%d reports\n")
}

// tenths returns a progress function that prints format with the done and
// total counts at each tenth and at the end.
func tenths(e *env, format string) func(done, total int) {
	last := -1
	return func(done, total int) {
		if pct := done * 10 / max(total, 1); pct != last || done == total {
			last = pct
			fmt.Fprintf(e.stdout, format, done, total)
		}
	}
}
