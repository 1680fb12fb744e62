package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/govreport/govreport/search"
)

// TestPrintResult_Exact checks the line that tells how many sections hold
// a cut term's exact wording, with the command that asks for only them.
func TestPrintResult_Exact(t *testing.T) {
	res := &search.Result{Query: "两新{两 新}", Total: 522, Hits: []search.Hit{},
		Exact: []search.Exact{{Term: "两新", Sections: 91, Query: `"两新" -"两岸"`}}}
	var b bytes.Buffer
	printResult(&b, res, "", 0, false)
	want := `“两新” 精确匹配 91 个章节 (exact wording in 91 sections, ranked first): govreport search '"两新" -"两岸"'`
	if !strings.Contains(b.String(), want) {
		t.Errorf("printResult wrote\n%s\nwant a line %s", b.String(), want)
	}
	// When every hit holds the wording, there is nothing to tell.
	res.Exact[0].Sections = 522
	b.Reset()
	printResult(&b, res, "", 0, false)
	if strings.Contains(b.String(), "精确匹配") {
		t.Errorf("printResult with every section exact wrote\n%s", b.String())
	}
	if got := shellQuote(`it's`); got != `'it'\''s'` {
		t.Errorf("shellQuote(it's) = %s", got)
	}
}

// TestPrintResult_Unit: the first line counts in the hits' unit, the
// facets' too: sections, or reports and their sections with --reports,
// a zero included.
func TestPrintResult_Unit(t *testing.T) {
	for _, tc := range []struct {
		group string
		res   search.Result
		want  string
	}{
		{"", search.Result{Query: `"双减"`, Total: 66}, `66 sections for "双减"`},
		{"document", search.Result{Query: `"双减"`, Total: 55, Sections: 66}, `55 reports · 66 sections for "双减"`},
		{"document", search.Result{Query: `"双减" region:白塔县`}, `0 reports · 0 sections for "双减" region:白塔县`},
		{"", search.Result{Query: `"双减" region:白塔县`}, `0 sections for "双减" region:白塔县`},
	} {
		var b bytes.Buffer
		printResult(&b, &tc.res, tc.group, 0, false)
		if !strings.HasPrefix(b.String(), tc.want+" (") {
			t.Errorf("group %q: printResult wrote\n%s\nwant a first line %s (…)", tc.group, b.String(), tc.want)
		}
	}
}

// TestSearchZeroUnderFilters: a search that finds nothing under filters
// says how many reports the filters alone pass (written in the query or
// given as flags): none is a filter that matches no report, which the
// zero would otherwise pass off as an answer about the wording.
func TestSearchZeroUnderFilters(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.WriteFile(filepath.Join(dir, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(dir, "plan-2024.txt"), []byte(plan2024), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, dir); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{`"双减" region:青川市`}, "no report passes the filters region:青川市: the zero is theirs, not the wording's"},
		{[]string{"--reports", `"星际学校"`, "--year", "2023"}, "none of the 1 reports that pass the filters year:2023 matches"},
	} {
		out, err := runCmd(t, append([]string{"search", "--data", data}, tc.args...)...)
		if err != nil || !strings.Contains(out, tc.want) {
			t.Errorf("search %v: %v\n%s\nwant a line %q", tc.args, err, out, tc.want)
		}
	}
	// a zero without filters, and a search that finds: no such line
	for _, q := range []string{`"星际学校"`, `"双减" year:2023`} {
		if out, err := runCmd(t, "search", "--data", data, q); err != nil || strings.Contains(out, "pass the filters") || strings.Contains(out, "passes the filters") {
			t.Errorf("search %s: %v\n%s\nwant no count of the filters", q, err, out)
		}
	}
}

// TestFilterFlagsLists: a flag's values apart by commas, ASCII or
// fullwidth, are several values, as the API's parameters are (a search
// beside a server asks the API, one on the folder reads the flags here).
func TestFilterFlagsLists(t *testing.T) {
	f := filterFlags{year: "2021，2023..2024", region: "江苏，浙江", kind: "总结,计划", issuer: "教育局， "}
	got, err := f.filters()
	if err != nil {
		t.Fatal(err)
	}
	want := search.Filters{Years: []search.YearRange{{From: 2021, To: 2021}, {From: 2023, To: 2024}},
		Regions: []string{"江苏", "浙江"}, Kinds: []string{"总结", "计划"}, Issuers: []string{"教育局"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("filters %+v, want %+v", got, want)
	}
}
