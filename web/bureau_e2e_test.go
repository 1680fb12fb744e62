package web_test

import (
	"net/url"
	"strings"
	"testing"

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
