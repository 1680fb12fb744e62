package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/corpus"
)

func runDocs(ctx context.Context, e *env, args []string) error {
	var (
		data, outline string
		asJSON        bool
	)
	fs := newFlags(e, "docs", "[flags]", `List the indexed documents with their metadata, or with --outline show
one document's heading tree (the report's own numbering) with each
section's size.

Example:
  govreport docs
  govreport docs --outline 3f2a9c
`, &data)
	fs.StringVar(&outline, "outline", "", "show the heading tree of the document with this `ID` (or unique prefix)")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	// Beside a running serve, ask its API (remote.go).
	var (
		list func() ([]govreport.DocInfo, error)
		find func(id string) (*corpus.Document, error)
	)
	if base := runningServer(ctx, data); base != "" {
		list = func() ([]govreport.DocInfo, error) { return remoteDocuments(ctx, base) }
		find = func(id string) (*corpus.Document, error) { return remoteDocument(ctx, base, id) }
	} else {
		ix, err := openExisting(data)
		if err != nil {
			return err
		}
		defer ix.Close()
		list = func() ([]govreport.DocInfo, error) { return ix.Documents(ctx) }
		find = func(id string) (*corpus.Document, error) { return findDocument(ctx, ix, id) }
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)

	if outline != "" {
		d, err := find(outline)
		if err != nil {
			return err
		}
		if asJSON {
			return enc.Encode(d.Sections)
		}
		fmt.Fprintf(e.stdout, "%s  %s (%s)\n", d.ID, d.Title, describe(d))
		for _, s := range d.Sections {
			heading := s.Heading
			if heading == "" {
				heading = "(preamble)"
			}
			if s.Inferred {
				heading += "  (inferred)" // read from the paragraphs: the report has no such heading line
			}
			indent := strings.Repeat("  ", max(s.Level, 1))
			fmt.Fprintf(e.stdout, "%s%s  [%d chars]\n", indent, heading, len([]rune(s.Text)))
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(e.stdout, "warning: %s\n", warningText(w))
		}
		return nil
	}
	docs, err := list()
	if err != nil {
		return err
	}
	if asJSON {
		// The API's fields, which leave out when a document was added: the
		// same bytes beside a running server (remote.go) as from the folder.
		out := make([]govreport.DocInfo, len(docs))
		for i, d := range docs {
			d.Added = time.Time{}
			out[i] = d
		}
		return enc.Encode(out)
	}
	rows := [][]string{{"ID", "YEAR", "KIND", "REGION", "ISSUER", "SECTIONS", "TITLE", "SOURCE"}}
	for _, d := range docs {
		year := "?"
		if d.Year != 0 {
			year = fmt.Sprint(d.Year)
		}
		rows = append(rows, []string{d.ID, year, orUnknown(d.Kind), orUnknown(d.Region), orUnknown(d.Issuer),
			fmt.Sprint(d.Sections), d.Title, d.Source})
	}
	if err := writeTable(e.stdout, rows); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d documents\n", len(docs))
	return nil
}
