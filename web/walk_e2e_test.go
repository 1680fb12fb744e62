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

// TestE2E_FigureToPair follows a changed figure of the summary to its pair
// with the keyboard, in both views: the pair that holds the figure's new
// section takes the focus, and the new figure is marked in it and in view.
func TestE2E_FigureToPair(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	var rep struct {
		Summary struct {
			ChangedNumbers []struct {
				To      string `json:"to"`
				Section struct {
					ID string `json:"id"`
				} `json:"section"`
			} `json:"changed_numbers"`
		} `json:"summary"`
	}
	getJSON(t, srv.URL+"/api/v1/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)+"&ignore_space=true", &rep)
	if len(rep.Summary.ChangedNumbers) == 0 || rep.Summary.ChangedNumbers[0].Section.ID == "" {
		t.Fatalf("comparing %s with %s changes no figure of a section; the test needs one", from, to)
	}
	n := rep.Summary.ChangedNumbers[0]
	ctx := browser(t, 1280, 800)
	for _, view := range []string{"inline", "side"} {
		do(t, ctx, "open the "+view+" view",
			chromedp.Navigate(srv.URL+"/#/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)+"&view="+view),
			visible(`.numbers > summary`),
		)
		if !eval[bool](t, ctx, `document.querySelector(".numbers").open`) { // folded past 12 figures
			do(t, ctx, "unfold the figures",
				chromedp.Evaluate[chromedp.Void](`document.querySelector(".numbers > summary").focus()`),
				chromedp.KeyEvent(kb.Enter),
				visible(`.numbers .to-pair`),
			)
		}
		do(t, ctx, "follow the first figure to its pair",
			chromedp.Evaluate[chromedp.Void](`document.querySelector(".numbers .to-pair").focus()`),
			chromedp.KeyEvent(kb.Enter),
		)
		shot(t, ctx, "figure-to-pair-"+view)
		type focus struct {
			To, Text, Mark string
			Top, Bottom    float64
			Floor, Height  float64
		}
		f := eval[focus](t, ctx, `(() => {
			const el = document.activeElement, m = el.querySelector("mark.hl"), r = (m || el).getBoundingClientRect();
			const box = el.closest(".pane") ? el.closest(".pane").getBoundingClientRect() : {top: document.querySelector("header.top").getBoundingClientRect().bottom, bottom: innerHeight};
			return {To: el.dataset.to || "", Text: el.textContent, Mark: m ? m.textContent : "", Top: r.top, Bottom: r.bottom, Floor: box.top, Height: box.bottom};
		})()`)
		if f.To != n.Section.ID || !strings.Contains(f.Text, n.To) {
			t.Errorf("%s view: the focus is on the pair of %q; want the pair of %s, holding %s", view, f.To, n.Section.ID, n.To)
		}
		if f.Mark == "" || !strings.HasPrefix(n.To, f.Mark) || !strings.ContainsAny(f.Mark, "0123456789") {
			t.Errorf("%s view: the pair marks %q; want the new figure, %s, or its number", view, f.Mark, n.To)
		}
		if f.Top < f.Floor-1 || f.Bottom > f.Height {
			t.Errorf("%s view: the figure is at %.0f-%.0f px; want it in view, between %.0f and %.0f", view, f.Top, f.Bottom, f.Floor, f.Height)
		}
	}
}

// TestE2E_TermToPair follows a new term and a dropped term of the summary
// with the keyboard: the page stays on the comparison, the pair of the
// term's section (new side for a new term, old side for a dropped one)
// takes the focus with the term marked, and following a term used in
// several sections again goes on to the next.
func TestE2E_TermToPair(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	type term struct {
		Text     string   `json:"text"`
		Sections []string `json:"sections"`
	}
	var rep struct {
		New     []term `json:"new_terms"`
		Dropped []term `json:"dropped_terms"`
	}
	getJSON(t, srv.URL+"/api/v1/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)+"&ignore_space=true", &rep)
	ctx := browser(t, 1280, 800)
	do(t, ctx, "open the inline view",
		chromedp.Navigate(srv.URL+"/#/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)+"&view=inline"),
		visible(`.terms-grid`),
	)
	type focus struct{ Hash, From, To, Mark string }
	follow := func(list string, i int) focus {
		do(t, ctx, "follow a term",
			chromedp.Evaluate[chromedp.Void](`document.querySelectorAll(".terms.`+list+` li a")[`+fmt.Sprint(i)+`].focus()`),
			chromedp.KeyEvent(kb.Enter),
		)
		return eval[focus](t, ctx, `(() => {
			const el = document.activeElement;
			return {Hash: location.hash, From: el.dataset.from || "", To: el.dataset.to || "", Mark: [...el.querySelectorAll("mark.hl")].map(m => m.textContent).join("")};
		})()`)
	}
	checked := 0
	for _, c := range []struct {
		list  string
		terms []term
	}{{"new", rep.New}, {"dropped", rep.Dropped}} {
		// the first term of the list used in two sections, else the first
		i := slices.IndexFunc(c.terms, func(x term) bool { return len(x.Sections) > 1 })
		if i < 0 || i >= 40 {
			i = 0
		}
		if len(c.terms) == 0 || len(c.terms[i].Sections) == 0 {
			continue
		}
		checked++
		tm := c.terms[i]
		for k := range min(len(tm.Sections), 2) {
			f := follow(c.list, i)
			got := f.To
			if c.list == "dropped" {
				got = f.From
			}
			if !strings.HasPrefix(f.Hash, "#/compare") || got != tm.Sections[k] || f.Mark != tm.Text {
				t.Errorf("%s term %q, followed %d times: page %q, focus on the pair of %q marking %q; want the pair of %s marking the term", c.list, tm.Text, k+1, f.Hash, got, f.Mark, tm.Sections[k])
			}
		}
	}
	if checked == 0 {
		t.Fatalf("comparing %s with %s finds no new or dropped term; the test needs one", from, to)
	}
}
