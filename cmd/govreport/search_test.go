package main

import (
	"bytes"
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
