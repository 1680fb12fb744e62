package web_test

import (
	"net/url"
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
