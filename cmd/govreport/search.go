package main

import (
	"context"
	"flag"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/search"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	var (
		data, sortBy, dict     string
		from, size             int
		asJSON, asCSV, reports bool
		ff                     filterFlags
	)
	fs := newFlags(e, "search", "[flags] QUERY...", `Search the index and print the hits with highlighted snippets and the
counts by year, region, kind and issuer. The query language:

  双减 课后服务          both words (ranked by BM25)
  "教育强市"            exact wording, any length, found wherever it occurs
  -"义务教育" -减负      exclude wording or a word
  双减 OR 减负           either
  year:2023  year:2021..2023  region:常州  kind:计划  issuer:教育局

Example:
  govreport search '"新质生产力"' --year 2024
  govreport search 教育现代化 kind:总结 --json
  govreport search '"新质生产力"' --reports --csv > 检索报告_新质生产力.csv
`, &data)
	ff.register(fs)
	fs.IntVar(&from, "from", 0, "skip the first `n` hits")
	fs.IntVar(&size, "size", 10, "show `n` hits (at most 100)")
	fs.StringVar(&sortBy, "sort", "relevance", "order: relevance, year or -year")
	fs.BoolVar(&asJSON, "json", false, "print the result as JSON (the API's format)")
	fs.StringVar(&dict, "dict", "", "extra segmentation dictionary `file` (one word a line), as given to serve")
	fs.BoolVar(&reports, "reports", false, "one hit per report: its best section and its number of matching sections")
	fs.BoolVar(&asCSV, "csv", false, fmt.Sprintf("print the hits as CSV (UTF-8 with a BOM, for spreadsheets): every hit from --from on, at most %d rows, or --size rows", search.MaxExport))
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
	// The page, before anything is opened; the same range beside a server
	// (where size 0 would be the API's count-only) as without one. A CSV
	// export is the whole result from --from on up to MaxExport rows, or
	// the --size rows asked for.
	sized := false
	fs.Visit(func(f *flag.Flag) { sized = sized || f.Name == "size" })
	if asCSV && !sized {
		size = search.MaxExport
	}
	switch {
	case !asCSV && (size < 1 || size > search.MaxSize):
		return usageErrorf("--size %d: show 1 to %d hits", size, search.MaxSize)
	case asCSV && (size < 1 || size > search.MaxExport):
		return usageErrorf("--size %d with --csv: export 1 to %d rows", size, search.MaxExport)
	case from < 0 || from > search.MaxFrom:
		return usageErrorf("--from %d: skip 0 to %d hits", from, search.MaxFrom)
	case sortBy != "relevance" && sortBy != "year" && sortBy != "-year":
		return usageErrorf("--sort %q: relevance, year or -year", sortBy)
	}
	req := search.Request{Query: strings.Join(words, " "), Filters: filters, From: from, Size: size, Sort: sortBy}
	if reports {
		req.Group = "document"
	}
	req.Export = asCSV
	var res *search.Result
	// count answers the number of reports a query (of filters only) passes,
	// as the search itself is answered; set below.
	var count func(q string) (int, error)
	if base := runningServer(ctx, data); base != "" {
		// Beside a running serve, ask its API (remote.go).
		if dict != "" {
			fmt.Fprintf(e.stderr, "govreport: asking the server at %s, which segments with its own dictionary (--dict ignored)\n", base)
		}
		params := ff.params(url.Values{"q": {req.Query}, "from": {fmt.Sprint(from)}, "size": {fmt.Sprint(size)},
			"sort": {sortBy}, "group": {req.Group}})
		for k, v := range params {
			if v[0] == "" {
				delete(params, k)
			}
		}
		if asCSV {
			params.Set("format", "csv")
			return apiGet(ctx, base, "search", params, nil, e.stdout)
		}
		res = new(search.Result)
		if err := apiGet(ctx, base, "search", params, res, nil); err != nil {
			return err
		}
		count = func(q string) (int, error) {
			var c search.Result
			err := apiGet(ctx, base, "search", url.Values{"q": {q}, "group": {"document"}, "size": {"0"}}, &c, nil)
			return c.Total, err
		}
	} else {
		if err := useDict(dict); err != nil {
			return err
		}
		// Load the dictionary first: a server answers quoted wording in year
		// order while it loads, a one-shot search should rank.
		if err := analysis.LoadSegmenter(); err != nil {
			return err
		}
		ix, err := openExisting(data)
		if err != nil {
			return err
		}
		defer ix.Close()
		if res, err = ix.Search(ctx, req); err != nil {
			return err
		}
		count = func(q string) (int, error) {
			c, err := ix.Search(ctx, search.Request{Query: q, Group: "document", CountOnly: true})
			if err != nil {
				return 0, err
			}
			return c.Total, nil
		}
	}
	if asCSV {
		if next := from + len(res.Hits); next < res.Total {
			fmt.Fprintf(e.stderr, "govreport: rows %d-%d of %d (the next: --from %d)\n", from+1, next, res.Total, next)
		}
		return search.WriteCSV(e.stdout, res, req.Group)
	}
	if asJSON {
		return writeJSON(e.stdout, res)
	}
	printResult(e.stdout, res, req.Group, from, colorful(e.stdout))
	if res.Total == 0 {
		// A zero under filters: how many reports the filters alone pass.
		// None is a filter that matches no report (region:青川市, a
		// place not indexed), not an answer about the wording.
		if q := filtersOnly(res.Query, req.Filters); q != "" {
			if n, err := count(q); err == nil && n == 0 {
				fmt.Fprintf(e.stdout, "no report passes the filters %s: the zero is theirs, not the wording's\n", q)
			} else if err == nil {
				fmt.Fprintf(e.stdout, "none of the %d reports that pass the filters %s matches\n", n, q)
			}
		}
	}
	return nil
}

// filterRe matches a filter in a parsed query's canonical form
// (search.Query.String): field:value or field:"v w".
var filterRe = regexp.MustCompile(`(?:^|\s)(?:year|region|kind|issuer):(?:"[^"]*"|\S+)`)

// filtersOnly returns the query of the filters of a search, those written
// in its query (query, the canonical form, which holds the flags' too) and
// the flags' (f), each once, or "" when it has none.
func filtersOnly(query string, f search.Filters) string {
	var parts []string
	for _, m := range filterRe.FindAllString(query+" "+(&search.Query{Filters: f}).String(), -1) {
		if m = strings.TrimSpace(m); !slices.Contains(parts, m) {
			parts = append(parts, m)
		}
	}
	return strings.Join(parts, " ")
}

// printResult writes res, the answer to a search whose hits are reports
// when group is "document" and sections otherwise. The first line counts
// in the hits' unit, as the facets under them do (sections by year, or
// reports by year): "N hits" left the facets' unit unsaid, and a search
// by report that found nothing said "0 hits" where it counts reports.
func printResult(w io.Writer, res *search.Result, group string, from int, color bool) {
	sections := res.Total
	if group == "document" {
		sections = res.Sections
		fmt.Fprintf(w, "%d reports · %d sections for %s (%.1f ms)\n", res.Total, res.Sections, res.Query, res.TookMS)
	} else {
		fmt.Fprintf(w, "%d sections for %s (%.1f ms)\n", res.Total, res.Query, res.TookMS)
	}
	for _, x := range res.Exact {
		if x.Sections < sections {
			fmt.Fprintf(w, "“%s” 精确匹配 %d 个章节 (exact wording in %d sections, ranked first): govreport search %s\n",
				x.Term, x.Sections, x.Sections, shellQuote(x.Query))
		}
	}
	for i, h := range res.Hits {
		fmt.Fprintf(w, "\n%d. %s (%s) score %.2f\n", from+i+1, h.Title, strings.Join(nonZero(h.Year, h.Region, h.Kind, h.Issuer), " "), h.Score)
		if loc := strings.Join(append(append([]string{}, h.Path...), h.Heading), " > "); loc != "" {
			fmt.Fprintf(w, "   %s\n", loc)
		}
		fmt.Fprintf(w, "   %s\n", terminalSnippet(h.Snippet, color))
		if h.Sections > 0 {
			fmt.Fprintf(w, "   section %s, best of %d matching in report %s\n", h.SectionID, h.Sections, h.DocID)
		} else {
			fmt.Fprintf(w, "   section %s\n", h.SectionID)
		}
	}
	for _, name := range []string{"year", "province", "region", "kind", "issuer"} {
		vals := res.Facets[name]
		if len(vals) == 0 {
			continue
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = fmt.Sprintf("%s %d", orUnknown(v.Value), v.Count)
		}
		fmt.Fprintf(w, "\n%-9s %s", name+":", strings.Join(parts, " · "))
	}
	fmt.Fprintln(w)
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// terminalSnippet turns an HTML snippet with <mark> spans into terminal
// text: bold yellow when color is on, 【】 around matches otherwise.
func terminalSnippet(s string, color bool) string {
	open, close := "【", "】"
	if color {
		open, close = "\x1b[1;33m", "\x1b[0m"
	}
	s = strings.NewReplacer("<mark>", open, "</mark>", close).Replace(s)
	return html.UnescapeString(s)
}

// colorful reports whether w is a terminal that wants colour.
func colorful(w io.Writer) bool {
	if o, ok := w.(*outWriter); ok {
		w = o.w
	}
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func nonZero(year int, rest ...string) []string {
	var out []string
	if year != 0 {
		out = append(out, strconv.Itoa(year))
	}
	for _, s := range rest {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// nonEmpty returns the values of a flag, apart by commas as the API's
// parameters are (search.SplitValues: ASCII or fullwidth), so that the
// same flags answer alike beside a server and on the folder.
func nonEmpty(s string) []string { return search.SplitValues(s) }

// filterFlags are the flags that filter by metadata, shared by search and
// timeline.
type filterFlags struct{ year, region, kind, issuer string }

func (f *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.year, "year", "", "only `years` (2023, or 2021..2023; comma-separated)")
	fs.StringVar(&f.region, "region", "", "only this `region` (a province: every place under it)")
	fs.StringVar(&f.kind, "kind", "", "only this `kind` (总结, 计划, 要点, 政府工作报告, ...)")
	fs.StringVar(&f.issuer, "issuer", "", "only this `issuer` (教育局, 人民政府, ...)")
}

// filters returns the flags as search filters.
func (f *filterFlags) filters() (search.Filters, error) {
	years, err := parseYears(f.year)
	if err != nil {
		return search.Filters{}, err
	}
	kinds := nonEmpty(f.kind)
	for _, k := range kinds {
		if err := search.CheckKind(k); err != nil {
			return search.Filters{}, usageErrorf("--kind: %v", err)
		}
	}
	return search.Filters{Years: years, Regions: nonEmpty(f.region), Kinds: kinds, Issuers: nonEmpty(f.issuer)}, nil
}

// params adds the flags that are set to API parameters p and returns p.
func (f *filterFlags) params(p url.Values) url.Values {
	for k, v := range map[string]string{"year": f.year, "region": f.region, "kind": f.kind, "issuer": f.issuer} {
		if v != "" {
			p.Set(k, v)
		}
	}
	return p
}

// parseYears reads a comma-separated list of years and ranges (2021..2023).
func parseYears(s string) ([]search.YearRange, error) {
	var out []search.YearRange
	for _, p := range nonEmpty(s) {
		r, err := search.ParseYearRange(p)
		if err != nil {
			return nil, usageErrorf("--year: %v", err)
		}
		out = append(out, r)
	}
	return out, nil
}

// checkQuery refuses a query of blank words (an empty argument): the engine would
// answer every section, and a server's API refuses it, so the same command
// would answer differently beside a running serve.
func checkQuery(words []string) error {
	if strings.TrimSpace(strings.Join(words, " ")) == "" {
		return usageErrorf("the query is empty: give words, \"exact wording\" or filters such as year:2024")
	}
	return nil
}
