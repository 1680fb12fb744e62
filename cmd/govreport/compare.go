package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
)

func runCompare(ctx context.Context, e *env, args []string) error {
	var (
		data, htmlOut, table                          string
		asJSON, asCSV, side, noColor, ignP, ignS, all bool
	)
	fs := newFlags(e, "compare", "[flags] OLD NEW", `Compare two reports section by section: sections are paired even when
renamed or moved; added, removed and moved sections are marked; paired
sections show word-level differences with numbers kept whole (12所 -> 15所);
the summary lists changed targets and new and dropped phrases (新提法).

OLD and NEW are document IDs (or unique ID prefixes) from "govreport docs",
or paths of report files, which are read without being indexed.

--csv prints one table for a spreadsheet or a document (UTF-8 with a BOM):
the pairs of sections with the text deleted and inserted (the default),
the changed numbers, or the new and dropped terms (--table).

Example:
  govreport compare 3f2a9c 8be1d0
  govreport compare --html changes.html old-plan.docx new-plan.docx
  govreport compare --csv --table numbers 3f2a9c 8be1d0 > 对比数字.csv
`, &data)
	fs.BoolVar(&asJSON, "json", false, "print the comparison as JSON (the API's format)")
	fs.StringVar(&htmlOut, "html", "", "write a self-contained HTML `file` (- for standard output)")
	fs.BoolVar(&asCSV, "csv", false, "print one table as CSV (UTF-8 with a BOM, for spreadsheets)")
	fs.StringVar(&table, "table", "", "with --csv, the `table`: pairs (default), numbers or terms")
	fs.BoolVar(&side, "side-by-side", false, "show old and new side by side")
	fs.BoolVar(&noColor, "no-color", false, "no colours (insertions {+..+}, deletions [-..-])")
	fs.BoolVar(&ignP, "ignore-punct", false, "treat differences in punctuation only as equal")
	fs.BoolVar(&ignS, "ignore-space", false, "treat differences in whitespace only as equal")
	fs.BoolVar(&all, "all", false, "also print unchanged sections")
	names, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(names) != 2 {
		fs.Usage()
		return errUsage
	}
	switch {
	case table != "" && !asCSV:
		return usageErrorf("--table goes with --csv")
	case table != "" && !slices.Contains(search.CompareTables, table):
		return usageErrorf("--table %q: give one of %s", table, strings.Join(search.CompareTables, ", "))
	case asCSV && (asJSON || htmlOut != ""):
		return usageErrorf("--csv, --json and --html are three outputs: give one")
	}
	for _, name := range names {
		if err := compareArg(name); err != nil {
			return err
		}
	}
	isFile := func(name string) bool {
		st, err := os.Stat(name)
		return err == nil && !st.IsDir()
	}
	var (
		rep  *compare.Report
		a, b *corpus.Document
	)
	if !isFile(names[0]) && !isFile(names[1]) {
		// Two IDs beside a running serve: ask its API (remote.go).
		if base := runningServer(ctx, data); base != "" {
			if rep, a, b, err = remoteCompare(ctx, base, names[0], names[1], ignP, ignS); err != nil {
				return err
			}
		}
	}
	if rep == nil {
		if rep, a, b, err = localCompare(ctx, data, names, ignP, ignS); err != nil {
			return err
		}
	}
	switch {
	case htmlOut == "-":
		return compare.WriteHTML(e.stdout, rep, a, b)
	case htmlOut != "":
		f, err := os.Create(htmlOut)
		if err != nil {
			return err
		}
		if err := compare.WriteHTML(f, rep, a, b); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", htmlOut)
		return nil
	case asJSON:
		// the API's fields: which documents, then the comparison
		return writeJSON(e.stdout, struct {
			From *govreport.DocInfo `json:"from"`
			To   *govreport.DocInfo `json:"to"`
			*compare.Report
		}{jsonInfo(a), jsonInfo(b), rep})
	case asCSV:
		return search.WriteCompareCSV(e.stdout, rep, docID(a), docID(b), table)
	}
	return compare.WriteText(e.stdout, rep, a, b, compare.TextOptions{
		SideBySide: side, Color: !noColor && colorful(e.stdout), All: all,
	})
}

// jsonInfo returns d's metadata as the API gives it (without when it
// was added, as docs --json leaves it out), nil for none.
func jsonInfo(d *corpus.Document) *govreport.DocInfo {
	if d == nil {
		return nil
	}
	info := govreport.InfoOf(d)
	info.Added = time.Time{}
	return &info
}

// docID returns d's ID, "" for none.
func docID(d *corpus.Document) string {
	if d == nil {
		return ""
	}
	return d.ID
}

// compareArg checks that name, an argument of compare, can be what it
// takes: a report file, or a document ID or its prefix (hexadecimal). A
// name that is neither, old-plan.docx mistyped, is a file that is not
// there, and says so, rather than "no document in the index" (or "no
// index" on a machine that has none, which compare of two files does not
// need).
func compareArg(name string) error {
	st, err := os.Stat(name)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("compare: %s is a folder; OLD and NEW are two report files, or two document IDs from govreport docs", name)
	case err == nil || name != "" && strings.Trim(strings.ToLower(name), "0123456789abcdef") == "":
		return nil
	}
	return fmt.Errorf("compare: %w (OLD and NEW are report files, or document IDs from govreport docs)", err)
}

// findDocument returns the document whose ID is id or, when no ID is id,
// the one document whose ID starts with id (matchPrefix).
func findDocument(ctx context.Context, st govreport.Store, id string) (*corpus.Document, error) {
	d, err := st.Document(ctx, id)
	if err == nil || !errors.Is(err, govreport.ErrNotFound) {
		return d, err
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	full, err := matchPrefix(id, docs)
	if err != nil {
		return nil, err
	}
	return st.Document(ctx, full)
}

// matchPrefix returns the one ID of docs that starts with id. A prefix that
// starts several IDs is an error that says it is ambiguous and names some
// of them; one that starts none wraps govreport.ErrNotFound.
func matchPrefix(id string, docs []govreport.DocInfo) (string, error) {
	var match []string
	for _, info := range docs {
		if id != "" && strings.HasPrefix(info.ID, id) {
			match = append(match, info.ID)
		}
	}
	switch len(match) {
	case 0:
		return "", fmt.Errorf("no document %q in the index (see govreport docs): %w", id, govreport.ErrNotFound)
	case 1:
		return match[0], nil
	}
	sort.Strings(match)
	some := match[:min(len(match), 5)]
	more := ""
	if len(match) > len(some) {
		more = ", ..."
	}
	return "", fmt.Errorf("ID prefix %q is ambiguous: it starts %d document IDs (%s%s); give more of the ID", id, len(match), strings.Join(some, ", "), more)
}

// localCompare compares names (IDs from the index in data, or files).
func localCompare(ctx context.Context, data string, names []string, ignP, ignS bool) (*compare.Report, *corpus.Document, *corpus.Document, error) {
	var ix backend
	load := func(name string) (*corpus.Document, error) {
		if st, err := os.Stat(name); err == nil && !st.IsDir() {
			return corpus.ReadFile(name)
		}
		if ix == nil {
			var err error
			if ix, err = openExisting(data); err != nil {
				return nil, err
			}
		}
		return findDocument(ctx, ix, name)
	}
	a, err := load(names[0])
	if err != nil {
		return nil, nil, nil, err
	}
	b, err := load(names[1])
	if ix != nil {
		defer ix.Close()
	}
	if err != nil {
		return nil, nil, nil, err
	}
	opt := compare.Options{IgnorePunct: ignP, IgnoreSpace: ignS}
	if ix != nil {
		// a document from the index: weigh terms by the whole collection
		opt.Collection = collection{ctx, ix}
	}
	rep, err := compare.CompareContext(ctx, a, b, opt)
	if err != nil {
		return nil, nil, nil, err
	}
	return rep, a, b, nil
}

// collection is a store's collection statistics for one command
// (compare.Collection).
type collection struct {
	ctx   context.Context
	store govreport.Store
}

func (c collection) SectionFreq(term string) (df, n int) { return c.store.SectionFreq(c.ctx, term) }
func (c collection) DocFreq(term string, before int) (df, n int) {
	return c.store.DocFreq(c.ctx, term, before)
}
