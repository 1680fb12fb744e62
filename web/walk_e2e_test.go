package web_test

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestE2E_CompareKeyboard reads a comparison from the keyboard alone: past
// the tools, a control moves the focus to the pairs, so that the next Tab
// is in the pairs (the old side's pane, or the first pair's heading)
// rather than on the summary's many term and figure links; the pairs'
// title is in view, below the sticky header.
func TestE2E_CompareKeyboard(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	ctx := browser(t, 1280, 800)
	do(t, ctx, "open a comparison",
		chromedp.Navigate(srv.URL+"/#/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
		visible(`.pairs`),
	)
	// Tab from the export link, the last of the tools, to the next control.
	do(t, ctx, "tab past the tools",
		chromedp.Evaluate[chromedp.Void](`document.getElementById("export-html").focus()`),
		chromedp.KeyEvent(kb.Tab),
	)
	if id := eval[string](t, ctx, `document.activeElement.id`); id != "to-pairs" {
		t.Fatalf("after the export link the focus is on %q, want the control that skips to the pairs", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
	}
	do(t, ctx, "skip to the pairs", chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Tab))
	shot(t, ctx, "compare-keyboard")
	type focus struct {
		InPairs, FirstPair   bool
		TitleTop, HeadBottom float64
	}
	f := eval[focus](t, ctx, `({
		InPairs: !!document.activeElement.closest(".pairs"),
		FirstPair: document.activeElement === [...document.querySelectorAll(".pairs a[href], .pairs [tabindex]")].find(e => e.tabIndex >= 0),
		TitleTop: document.getElementById("pairs-title").getBoundingClientRect().top,
		HeadBottom: document.querySelector("header.top").getBoundingClientRect().bottom,
	})`)
	if !f.InPairs || !f.FirstPair {
		t.Errorf("after the skip and a Tab the focus is on %q, want the first control of the pairs", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
	}
	if f.TitleTop < f.HeadBottom || f.TitleTop > 800 {
		t.Errorf("the pairs' title is at %.0f px, the sticky header ends at %.0f px: want the title in view below it", f.TitleTop, f.HeadBottom)
	}
}

// TestE2E_DocumentFilters picks a year's reports of one kind from the
// document list with the keyboard alone, as bureau staff looking for this
// year's plan do: the list then holds exactly the documents the API lists
// under those filters.
func TestE2E_DocumentFilters(t *testing.T) {
	_, srv := server(t)
	var all struct {
		Documents []struct {
			Year int    `json:"year"`
			Kind string `json:"kind"`
		} `json:"documents"`
	}
	getJSON(t, srv.URL+"/api/v1/documents?size=100", &all)
	kinds := []string{"总结", "半年总结", "计划", "要点", "政府工作报告", "新闻", "其他"}
	year, kind := 0, -1
	for _, d := range all.Documents {
		if k := slices.Index(kinds, d.Kind); k >= 0 && d.Year > year {
			year, kind = d.Year, k
		}
	}
	if kind < 0 {
		t.Fatal("no sample document has a year and a kind")
	}
	var want struct {
		Total int `json:"total"`
	}
	getJSON(t, srv.URL+fmt.Sprintf("/api/v1/documents?year=%d&kind=%s", year, url.QueryEscape(kinds[kind])), &want)

	ctx := browser(t, 1280, 900)
	do(t, ctx, "open the document list", chromedp.Navigate(srv.URL+"/#/search"), visible(`.doc-filters`))
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Evaluate[chromedp.Void](`document.querySelector(".doc-filters input[name=year]").focus()`),
		chromedp.KeyEvent(fmt.Sprint(year)),
		chromedp.KeyEvent(kb.Tab), // region
		chromedp.KeyEvent(kb.Tab), // kind
	}
	for range kind + 1 { // past 全部
		steps = append(steps, chromedp.KeyEvent(kb.ArrowDown))
	}
	steps = append(steps, chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Enter), // issuer, 筛选
		// the filtered list's own title, not the rows of the list before
		// it (still shown while the filtered one loads)
		until(fmt.Sprintf(`location.hash.includes("kind=") && !!document.querySelector(".doclist tbody tr") && (document.querySelector(".list-title")?.textContent || "").includes("（%d）")`, want.Total)))
	do(t, ctx, "filter by year and kind", steps...)
	shot(t, ctx, "document-filters")
	type page struct {
		Hash  string
		Years []string
		Title string
	}
	p := eval[page](t, ctx, `({
		Hash: decodeURIComponent(location.hash),
		Years: [...document.querySelectorAll(".doclist tbody tr td:first-child")].map(td => td.textContent),
		Title: document.querySelector(".list-title").textContent,
	})`)
	if !strings.Contains(p.Hash, fmt.Sprintf("year=%d", year)) || !strings.Contains(p.Hash, "kind="+kinds[kind]) {
		t.Errorf("location.hash = %q, want year=%d and kind=%s", p.Hash, year, kinds[kind])
	}
	if len(p.Years) != min(want.Total, 20) || !strings.Contains(p.Title, fmt.Sprintf("（%d）", want.Total)) {
		t.Errorf("the list shows %d rows under %q; the API lists %d documents of %d %s", len(p.Years), p.Title, want.Total, year, kinds[kind])
	}
	for _, y := range p.Years {
		if y != fmt.Sprint(year) {
			t.Errorf("a row of %s in the list of %d", y, year)
		}
	}
}
