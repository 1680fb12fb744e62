package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strconv"

	"github.com/govreport/govreport/search"
)

func runTerms(ctx context.Context, e *env, args []string) error {
	var (
		data          string
		dropped       bool
		asJSON, asCSV bool
		limit         int
		ff            filterFlags
	)
	fs := newFlags(e, "terms", "--year YEAR [flags]", `List the terms that the reports of a year use and the reports before it
did not (or rarely did): policy terms kept whole, found as compare finds
新提法, ranked by the reports and places that use them and by how specific
they are. Each comes with the number of reports and places of the year,
the first year any report uses it, and the reports before it. --dropped
lists instead the terms of the previous year with reports that the year's
reports no longer use. The filters restrict both the year's reports and
the earlier ones.

Example:
  govreport terms --year 2024
  govreport terms --year 2024 --kind 政府工作报告 --dropped
  govreport terms --year 2024 --region 江苏 --csv > 新提法_2024_江苏.csv
`, &data)
	ff.register(fs)
	fs.Lookup("year").Usage = "the `year` whose terms to list (required; one year, not a range)"
	fs.BoolVar(&dropped, "dropped", false, "the terms the previous year's reports used and the year's no longer do")
	fs.IntVar(&limit, "limit", search.DefaultTerms, fmt.Sprintf("show `n` terms (at most %d)", search.MaxTerms))
	fs.BoolVar(&asJSON, "json", false, "print the list as JSON (the API's format)")
	fs.BoolVar(&asCSV, "csv", false, fmt.Sprintf("print every term as CSV (UTF-8 with a BOM, for spreadsheets; at most %d rows)", search.MaxExport))
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErrorf("unexpected arguments %q: the year goes in --year", rest)
	}
	filters, err := ff.filters()
	if err != nil {
		return err
	}
	if len(filters.Years) == 0 {
		return usageErrorf("--year is required: the year whose terms to list, e.g. --year 2024")
	}
	if len(filters.Years) != 1 || filters.Years[0].From != filters.Years[0].To {
		return usageErrorf("--year takes one year, e.g. --year 2024")
	}
	if !asCSV && (limit < 1 || limit > search.MaxTerms) {
		// 0 too: beside a server, the API takes 1 to MaxTerms
		return usageErrorf("--limit %d: show 1 to %d terms", limit, search.MaxTerms)
	}
	req := search.TermsRequest{Year: filters.Years[0].From, Dropped: dropped, Limit: limit}
	filters.Years = nil
	req.Filters = filters
	if asCSV {
		req.Limit, req.Export = 0, true
	}
	// Beside a running serve, its API answers (remote.go).
	params := ff.params(url.Values{})
	if dropped {
		params.Set("dropped", "true")
	}
	if !asCSV {
		params.Set("limit", strconv.Itoa(limit))
	}
	ts, err := answer(ctx, data, "terms", params, asCSV, e.stdout, func(ix backend) (*search.Terms, error) { return ix.Terms(ctx, req) })
	if ts == nil {
		return err
	}
	switch {
	case asCSV:
		return search.WriteTermsCSV(e.stdout, ts)
	case asJSON:
		return writeJSON(e.stdout, ts)
	}
	return printTerms(e.stdout, ts)
}

// printTerms writes ts as a table, with what the year was read against.
func printTerms(w io.Writer, ts *search.Terms) error {
	switch {
	case ts.Dropped && ts.Since == 0:
		fmt.Fprintf(w, "%d: %d reports; no earlier year has reports to compare with\n", ts.Year, ts.Documents)
	case ts.Dropped:
		fmt.Fprintf(w, "%d terms of the %d reports of %d that the %d reports of %d no longer use (%.1f ms)\n",
			ts.Total, ts.Against, ts.Since, ts.Documents, ts.Year, ts.TookMS)
	case ts.Since == 0:
		fmt.Fprintf(w, "%d new terms in the %d reports of %d; no earlier reports (%.1f ms)\n", ts.Total, ts.Documents, ts.Year, ts.TookMS)
	default:
		since := strconv.Itoa(ts.Since)
		if ts.Since < ts.Year-1 {
			since += "-" + strconv.Itoa(ts.Year-1)
		}
		fmt.Fprintf(w, "%d new terms in the %d reports of %d, against %d reports of %s (%.1f ms)\n",
			ts.Total, ts.Documents, ts.Year, ts.Against, since, ts.TookMS)
	}
	if ts.Unstored > 0 {
		fmt.Fprintf(w, "note: %d reports had no terms stored with them: found now, which is slower (just written, and the server's background worker has not stored them yet; or written by an older govreport, or by an ingest stopped before it stored them: `govreport reindex` stores those)\n", ts.Unstored)
	}
	if len(ts.Terms) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	head := []string{"term", "reports", "places", "first", "before"}
	if !ts.Dropped {
		head = append(head, "after") // later reports that use it: whether it stuck
	}
	rows := [][]string{head}
	for _, t := range ts.Terms {
		first := "?"
		if t.FirstYear != 0 {
			first = strconv.Itoa(t.FirstYear)
		}
		row := []string{t.Term, strconv.Itoa(t.Documents), strconv.Itoa(t.Places), first, strconv.Itoa(t.Before)}
		if !ts.Dropped {
			row = append(row, strconv.Itoa(t.After))
		}
		rows = append(rows, row)
	}
	if err := writeTable(w, rows); err != nil {
		return err
	}
	if len(ts.Terms) < ts.Total {
		fmt.Fprintf(w, "... %d more (--limit, --csv)\n", ts.Total-len(ts.Terms))
	}
	fmt.Fprintf(w, "\nfollow one: govreport timeline '%s'\n", ts.Terms[0].Query)
	return nil
}
