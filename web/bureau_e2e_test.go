package web_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The bureau staff's path: a bureau's plan, last year's, and the summary
// of its own year, compared in the browser (the sample's 明湖市教育局).

// planAndSummary returns the sample's 2023 plan of 明湖市教育局 and the
// summary of the same year.
func planAndSummary(t *testing.T) (plan, summary string) {
	t.Helper()
	ix, _ := server(t)
	for _, d := range ix.Documents() {
		if d.Region == "明湖市" && d.Year == 2023 {
			switch d.Kind {
			case "要点", "计划":
				plan = d.ID
			case "总结":
				summary = d.ID
			}
		}
	}
	if plan == "" || summary == "" {
		t.Fatalf("the sample should hold 明湖市's plan and summary of 2023 (plan %q, summary %q)", plan, summary)
	}
	return plan, summary
}

// TestE2E_PlanOffersItsSummary opens a plan and finds, beside last year's
// plan, the summary of its own year: what was reported against what was
// planned, the way a summary offers its plan.
func TestE2E_PlanOffersItsSummary(t *testing.T) {
	plan, summary := planAndSummary(t)
	_, srv := server(t)
	ctx := browser(t, 1280, 900)
	do(t, ctx, "open the plan",
		chromedp.Navigate(srv.URL+"/#/doc/"+url.PathEscape(plan)),
		visible(`#compare-prev`),
	)
	href := eval[string](t, ctx, `(document.getElementById("compare-summary") || {}).href || ""`)
	if !strings.Contains(href, "from="+url.QueryEscape(plan)) || !strings.Contains(href, "to="+url.QueryEscape(summary)) {
		t.Fatalf("the 2023 plan's page links %q for its summary, want a comparison from the plan %s to the summary %s", href, plan, summary)
	}
	do(t, ctx, "compare the plan with its summary",
		click(`#compare-summary`),
		visible(`.summary .stats`),
		visible(`.pairs`),
	)
	shot(t, ctx, "plan-summary")
	// The picker, opened, offers the same comparison among its suggestions.
	do(t, ctx, "open the picker", click(`.picker-wrap > summary`), until(`document.querySelectorAll(".suggest a").length > 0`))
	links := eval[[]string](t, ctx, `[...document.querySelectorAll(".suggest a")].map(a => a.getAttribute("href"))`)
	found := false
	for _, l := range links {
		found = found || strings.Contains(l, "from="+url.QueryEscape(plan)) && strings.Contains(l, "to="+url.QueryEscape(summary))
	}
	if !found {
		t.Errorf("the picker of a plan's comparison suggests %q, want one to the summary of its year %s", links, summary)
	}
}

// TestE2E_StepBetweenChanges reads a long comparison change by change: the
// steps skip the unchanged pairs, bring each changed one into view with
// the focus, say which of how many it is, and go back with p; the window
// need not be scrolled to the pairs first.
func TestE2E_StepBetweenChanges(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	var rep struct {
		Pairs []struct {
			Status string `json:"status"`
		} `json:"pairs"`
	}
	getJSON(t, srv.URL+"/api/v1/compare?ignore_space=1&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to), &rep)
	var changed []int // the pairs' indexes (data-i)
	for i, p := range rep.Pairs {
		if p.Status != "unchanged" {
			changed = append(changed, i)
		}
	}
	if len(changed) < 3 || len(changed) == len(rep.Pairs) {
		t.Fatalf("comparing %s with %s: %d changed pairs of %d; the test needs unchanged pairs between changed ones", from, to, len(changed), len(rep.Pairs))
	}
	type step struct {
		I       int
		Pos     string
		InView  bool
		Focused bool
	}
	// where reads the focused pair and whether its top is in view (in the
	// new pane of the side view, in the window in the inline view).
	const where = `(() => {
		const b = document.activeElement.closest(".pairs [data-i]");
		if (!b) return {I: -1, Pos: document.getElementById("change-pos").textContent};
		const r = b.getBoundingClientRect(), pane = b.closest(".pane");
		const box = pane ? pane.getBoundingClientRect() : {top: 0, bottom: window.innerHeight};
		return {I: Number(b.dataset.i), Pos: document.getElementById("change-pos").textContent,
			InView: r.top >= box.top - 1 && r.top < box.bottom && r.top >= 0 && r.top < window.innerHeight,
			Focused: document.activeElement === b};
	})()`
	for _, view := range []string{"side", "inline"} {
		ctx := browser(t, 1280, 900)
		do(t, ctx, view+": open the comparison",
			chromedp.Navigate(srv.URL+"/#/compare?view="+view+"&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
			visible(`.pairs`), visible(`#next-change`),
		)
		if pos := eval[string](t, ctx, `document.getElementById("change-pos").textContent`); !strings.Contains(pos, fmt.Sprint(len(changed))) {
			t.Errorf("%s: the steps say %q before the first, want the %d changes", view, pos, len(changed))
		}
		do(t, ctx, view+": two steps forward", click(`#next-change`), click(`#next-change`))
		shot(t, ctx, "step-changes-"+view)
		s := eval[step](t, ctx, where)
		want := fmt.Sprintf("第 2 / %d 处变化", len(changed))
		if s.I != changed[1] || !s.Focused || !s.InView || s.Pos != want {
			t.Errorf("%s: after two steps the focus is on pair %d (in view %v, %q), want the second changed pair %d in view, %q", view, s.I, s.InView, s.Pos, changed[1], want)
		}
		do(t, ctx, view+": a step back with p", chromedp.KeyEvent("p"))
		if s := eval[step](t, ctx, where); s.I != changed[0] || !s.InView {
			t.Errorf("%s: after p the focus is on pair %d (in view %v), want the first changed pair %d", view, s.I, s.InView, changed[0])
		}
	}
}

// TestE2E_CompareToSpreadsheet takes a comparison out of the browser as
// tables: the pairs, the changed figures and the terms, each a CSV file
// the page links, holding what the page shows.
func TestE2E_CompareToSpreadsheet(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	ctx := browser(t, 1280, 900)
	do(t, ctx, "open the comparison",
		chromedp.Navigate(srv.URL+"/#/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
		visible(`.pairs`),
	)
	type page struct {
		Pairs, Numbers, Terms     int
		CSV, NumbersCSV, TermsCSV string
	}
	p := eval[page](t, ctx, `({
		Pairs: document.querySelectorAll(".pairs .pane.to > .pblock").length,
		Numbers: document.querySelectorAll(".numbers tbody tr").length,
		Terms: document.querySelectorAll(".terms li").length,
		CSV: (document.getElementById("export-csv") || {}).href || "",
		NumbersCSV: (document.getElementById("export-numbers") || {}).href || "",
		TermsCSV: (document.getElementById("export-terms") || {}).href || "",
	})`)
	for _, c := range []struct {
		what, href string
		rows       int
	}{{"pairs", p.CSV, p.Pairs}, {"numbers", p.NumbersCSV, p.Numbers}, {"terms", p.TermsCSV, p.Terms}} {
		if c.href == "" {
			t.Errorf("the comparison page links no CSV of its %s", c.what)
			continue
		}
		res, err := http.Get(c.href)
		if err != nil {
			t.Fatalf("GET %s: %v", c.href, err)
		}
		recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(readAll(t, res), "\ufeff"))).ReadAll()
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || err != nil {
			t.Errorf("GET %s = %d, Content-Disposition %q, %v; want an attached CSV file", c.href, res.StatusCode, res.Header.Get("Content-Disposition"), err)
			continue
		}
		// the page shows at most 40 terms of each list and 200 figures
		if len(recs)-1 < c.rows {
			t.Errorf("the %s CSV holds %d rows, the page shows %d", c.what, len(recs)-1, c.rows)
		}
	}
}

func readAll(t *testing.T, res *http.Response) string {
	t.Helper()
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// printMedia makes the page render as it prints.
func printMedia() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	})
}

// TestE2E_PrintComparison prints a comparison, the page and the HTML
// file it exports: the page prints every pair whole (no pane cut at the
// window's height) without its controls, and both underline an insertion,
// which a printer that leaves out backgrounds would otherwise print as
// unchanged text.
func TestE2E_PrintComparison(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	ctx := browser(t, 1280, 900)
	do(t, ctx, "print the comparison page",
		chromedp.Navigate(srv.URL+"/#/compare?view=side&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
		visible(`.pairs`),
		printMedia(),
	)
	type printed struct {
		Cut       []string
		Tools     string
		Underline bool
	}
	const look = `({
		Cut: [...document.querySelectorAll(".pane")].filter(p => p.scrollHeight > p.clientHeight + 1).map(p => p.getAttribute("aria-label")),
		Tools: getComputedStyle(document.querySelector(".cmp-tools") || document.body).display,
		Underline: getComputedStyle(document.querySelector("ins")).textDecorationLine.includes("underline"),
	})`
	p := eval[printed](t, ctx, look)
	if len(p.Cut) > 0 || p.Tools != "none" || !p.Underline {
		t.Errorf("printed, the comparison page cuts the panes %q at their height, shows its tools (display %q), underlines insertions: %v; want every pair whole, no tools, insertions underlined", p.Cut, p.Tools, p.Underline)
	}
	res, err := http.Get(srv.URL + "/api/v1/compare?format=html&from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to))
	if err != nil {
		t.Fatal(err)
	}
	page := readAll(t, res)
	do(t, ctx, "print the exported page",
		chromedp.Navigate("about:blank"),
		chromedp.Evaluate[chromedp.Void](`document.open(); document.write(`+jsString(page)+`); document.close()`),
		visible(`ins`),
		printMedia(),
	)
	if !eval[bool](t, ctx, `getComputedStyle(document.querySelector("ins")).textDecorationLine.includes("underline")`) {
		t.Error("printed, the exported HTML page does not underline insertions")
	}
}

// TestE2E_FigureInItsSentence reads the changed figures: in each row the
// old and the new figure are marked in their sentences, whole (not inside
// a longer number), so that the reader finds the one the row is about
// among the sentence's other figures.
func TestE2E_FigureInItsSentence(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	ctx := browser(t, 1280, 900)
	do(t, ctx, "open the changed figures",
		chromedp.Navigate(srv.URL+"/#/compare?view=inline&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
		visible(`.numbers`),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("details.numbers").open = true`),
		visible(`.numbers tbody tr`),
	)
	shot(t, ctx, "figures-in-sentences")
	type row struct {
		Old, New, OldMark, NewMark, OldBefore, NewBefore string
		OldHas, NewHas                                   bool
	}
	rows := eval[[]row](t, ctx, `[...document.querySelectorAll(".numbers tbody tr")].map(tr => {
		const td = tr.querySelectorAll("td");
		const o = tr.querySelector(".old-sentence"), n = tr.querySelector(".new-sentence");
		const om = o && o.querySelector(".fig"), nm = n && n.querySelector(".fig");
		const before = (m) => m && m.previousSibling ? m.previousSibling.textContent.slice(-1) : "";
		const old = td[1].querySelector("del").textContent, nu = td[2].querySelector("ins").textContent;
		return {Old: old, New: nu, OldMark: om ? om.textContent : "", NewMark: nm ? nm.textContent : "",
			OldBefore: before(om), NewBefore: before(nm),
			OldHas: !!o && o.textContent.includes(old), NewHas: !!n && n.textContent.includes(nu)};
	})`)
	marked := 0
	for _, r := range rows {
		if r.NewHas && r.NewMark != r.New || r.OldHas && r.OldMark != r.Old {
			t.Errorf("figure %s -> %s: marked %q in the old sentence and %q in the new one", r.Old, r.New, r.OldMark, r.NewMark)
		}
		if strings.ContainsAny(r.OldBefore+r.NewBefore, "0123456789.") {
			t.Errorf("figure %s -> %s: marked inside a longer number (after %q, %q)", r.Old, r.New, r.OldBefore, r.NewBefore)
		}
		if r.NewMark != "" {
			marked++
		}
	}
	if marked == 0 {
		t.Errorf("comparing %s with %s: no figure marked in its sentence among %d rows", from, to, len(rows))
	}
}

// TestE2E_MergeReadsAsOneChange follows a merged section's note to the
// section its text went into: the comparison stays, and the pair of that
// section takes the focus, so that the two halves of a merge read as one
// change rather than two unrelated pairs.
func TestE2E_MergeReadsAsOneChange(t *testing.T) {
	ix, srv := server(t)
	var from, to, into string
	for _, d := range ix.Documents() {
		var cp struct {
			Previous *struct {
				ID string `json:"id"`
			} `json:"previous"`
		}
		getJSON(t, srv.URL+"/api/v1/documents/"+url.PathEscape(d.ID)+"/counterparts", &cp)
		if cp.Previous == nil {
			continue
		}
		var rep struct {
			Pairs []struct {
				Relation string `json:"relation"`
				Related  *struct {
					ID string `json:"id"`
				} `json:"related_section"`
			} `json:"pairs"`
		}
		getJSON(t, srv.URL+"/api/v1/compare?from="+url.QueryEscape(cp.Previous.ID)+"&to="+url.QueryEscape(d.ID), &rep)
		for _, p := range rep.Pairs {
			if p.Relation == "merged_into" && p.Related != nil {
				from, to, into = cp.Previous.ID, d.ID, p.Related.ID
				break
			}
		}
		if into != "" {
			break
		}
	}
	if into == "" {
		t.Fatal("no comparison of the sample's consecutive years merges a section")
	}
	for _, view := range []string{"inline", "side"} {
		ctx := browser(t, 1280, 900)
		do(t, ctx, view+": follow the merge's note",
			chromedp.Navigate(srv.URL+"/#/compare?view="+view+"&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
			visible(`.pairs`),
			chromedp.Evaluate[chromedp.Void](`document.querySelector(".st-merged .relation-note a").click()`),
		)
		type focus struct {
			Hash, To string
			Merged   bool
		}
		f := eval[focus](t, ctx, `(() => {
			const b = document.activeElement.closest(".pairs [data-i]");
			return {Hash: location.hash, To: b ? b.dataset.to || "" : "", Merged: !!b && b.matches(".st-merged, .st-split")};
		})()`)
		if !strings.HasPrefix(f.Hash, "#/compare") || f.To != into || f.Merged {
			t.Errorf("%s: after the merge's note the page is %q with the focus on the pair of %q (a merge's link: %v); want the comparison, on the pair of %s", view, f.Hash, f.To, f.Merged, into)
		}
	}
}
