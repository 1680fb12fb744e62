package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/govreport/govreport/search"
)

func runTimeline(ctx context.Context, e *env, args []string) error {
	var (
		data, table   string
		asJSON, asCSV bool
		ff            filterFlags
	)
	fs := newFlags(e, "timeline", "[flags] QUERY...", `Follow a query through the years and places: per year the reports that
contain it and all reports of that year (its share), per region the first
year it appears there, and the earliest reports that use it. Counts are
those of the exact search (the query language of govreport search), in
reports, never estimates.

Example:
  govreport timeline '"新质生产力"'
  govreport timeline '"双减"' --region 江苏 --csv --table regions > 时间线地区_双减_江苏.csv
`, &data)
	ff.register(fs)
	fs.BoolVar(&asJSON, "json", false, "print the timeline as JSON (the API's format)")
	fs.BoolVar(&asCSV, "csv", false, "print one table as CSV (UTF-8 with a BOM, for spreadsheets)")
	fs.StringVar(&table, "table", "years", "with --csv, the `table`: years, regions or first")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		fs.Usage()
		return errUsage
	}
	if err := checkQuery(words); err != nil {
		return err
	}
	filters, err := ff.filters()
	if err != nil {
		return err
	}
	tableSet := false
	fs.Visit(func(f *flag.Flag) { tableSet = tableSet || f.Name == "table" })
	switch {
	case !slices.Contains(search.TimelineTables, table):
		return usageErrorf("--table %q: years, regions or first", table)
	case tableSet && !asCSV:
		return usageErrorf("--table goes with --csv (without it every table is printed)")
	}
	req := search.Request{Query: strings.Join(words, " "), Filters: filters}
	// Beside a running serve, its API answers (remote.go).
	params := ff.params(url.Values{"q": {req.Query}})
	if asCSV {
		params.Set("table", table)
	}
	tl, err := answer(ctx, data, "timeline", params, asCSV, e.stdout, func(ix backend) (*search.Timeline, error) { return ix.Timeline(ctx, req) })
	if tl == nil {
		return err
	}
	switch {
	case asCSV:
		return search.WriteTimelineCSV(e.stdout, tl, table)
	case asJSON:
		return writeJSON(e.stdout, tl)
	}
	return printTimeline(e.stdout, tl)
}

// printTimeline writes tl as three tables: years with a bar of the share,
// regions by first year, and the earliest reports.
func printTimeline(w io.Writer, tl *search.Timeline) error {
	fmt.Fprintf(w, "%s: %d reports, %d sections (%.1f ms)\n\n", tl.Query, tl.Documents, tl.Sections, tl.TookMS)
	rows := [][]string{{"year", "reports", "of", "share", "sections", ""}}
	for _, y := range tl.Years {
		// A year without a report (between two with) has no share: "-",
		// not a 0% that reads as reports that do not use the query.
		share, cell := 0.0, "-"
		if y.AllDocuments > 0 {
			share = float64(y.Documents) / float64(y.AllDocuments)
			cell = fmt.Sprintf("%.0f%%", 100*share)
		}
		rows = append(rows, []string{strconv.Itoa(y.Year), strconv.Itoa(y.Documents), strconv.Itoa(y.AllDocuments),
			cell, strconv.Itoa(y.Sections), strings.Repeat("█", int(20*share+0.5))})
	}
	if err := writeTable(w, rows); err != nil {
		return err
	}
	if len(tl.First) > 0 {
		fmt.Fprintln(w, "\nfirst used in:")
		rows = nil
		for _, f := range tl.First {
			rows = append(rows, []string{"  " + strconv.Itoa(f.Year), orUnknown(f.Region), f.Title, f.ID})
		}
		if err := writeTable(w, rows); err != nil {
			return err
		}
	}
	if len(tl.Regions) > 0 {
		fmt.Fprintln(w, "\nregions (by first year):")
		rows = [][]string{{"  region", "province", "reports", "first"}}
		for _, r := range tl.Regions {
			first := "?"
			if r.FirstYear != 0 {
				first = strconv.Itoa(r.FirstYear)
			}
			rows = append(rows, []string{"  " + r.Region, r.Province, strconv.Itoa(r.Documents), first})
		}
		return writeTable(w, rows)
	}
	return nil
}
