package web_test

// Readers' paths
//
// These tests walk what a journalist or a bureau's staff meets first and
// most often: the header on a phone, where the keyboard's focus lands after
// a link, what a search that finds nothing says, and narrowing a search to
// a span of years.

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestE2E_NarrowHeader checks that on a phone the header's brand and its
// five page links read as words on one row: at 390 px (a common phone) and
// 320 px (the narrowest still sold) no label is broken across lines (检索
// was 检 above 索), and the header stays as short as one row, since it
// sticks to the top of every page.
func TestE2E_NarrowHeader(t *testing.T) {
	_, srv := server(t)
	for _, width := range []int{390, 320} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			ctx := browser(t, width, 700)
			do(t, ctx, "search page", chromedp.Navigate(srv.URL+"/#/search"), visible(".doclist"))
			shot(t, ctx, fmt.Sprintf("header-%d", width))
			type box struct {
				Label        string
				Lines        int
				Height, Line float64
			}
			// Lines counts the rows a label's text takes: one rect per row.
			boxes := eval[[]box](t, ctx, `[...document.querySelectorAll("header.top .brand, header.top nav a")].map(a => {
				const r = document.createRange();
				r.selectNodeContents(a);
				const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
				return {Label: a.textContent, Lines: tops.size, Height: a.getBoundingClientRect().height, Line: parseFloat(getComputedStyle(a).lineHeight) || 24};
			})`)
			if len(boxes) != 6 {
				t.Fatalf("found %d header labels, want the brand and 5 page links", len(boxes))
			}
			for _, b := range boxes {
				if b.Lines != 1 {
					t.Errorf("at %d px the header label %q is broken over %d lines", width, b.Label, b.Lines)
				}
			}
			if h := eval[float64](t, ctx, `document.querySelector("header.top").getBoundingClientRect().height`); h > 64 {
				t.Errorf("at %d px the sticky header is %.0f px tall, want one row (at most 64 px)", width, h)
			}
			if eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
				t.Errorf("at %d px the page is wider than the screen", width)
			}
			// The list of documents under the search box: only a title wraps.
			cells := eval[[]box](t, ctx, `[...document.querySelectorAll(".doclist th, .doclist td:not(:nth-child(4))")].filter(c => c.offsetParent && c.textContent.trim()).map(c => {
				const r = document.createRange();
				r.selectNodeContents(c);
				return {Label: c.textContent, Lines: new Set([...r.getClientRects()].map(x => Math.round(x.top))).size};
			})`)
			if len(cells) == 0 {
				t.Fatal("the document list shows no cells")
			}
			for _, c := range cells {
				if c.Lines != 1 {
					t.Errorf("at %d px the document list's cell %q is broken over %d lines", width, c.Label, c.Lines)
					break
				}
			}
			if eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
				t.Errorf("at %d px the document list is wider than the screen", width)
			}
			// Every page link can still be reached and followed.
			do(t, ctx, "follow 对比", click(`header.top nav a[data-route="compare"]`), visible(".picker"))
		})
	}
}

// TestE2E_ZeroIsACount checks that a search that finds nothing says so as
// a count of the wording under its filters ("0 篇报告 · 0 个章节含有“…”
// （年份 1999）"), which a journalist can report, and not as an error; and
// that with a year filter it says how many reports use the wording in any
// year, as a link that drops the years.
func TestE2E_ZeroIsACount(t *testing.T) {
	_, srv := server(t)
	ctx := browser(t, 1280, 900)
	var all, none struct {
		Total int `json:"total"`
	}
	getJSON(t, srv.URL+"/api/v1/search?size=0&group=document&q="+url.QueryEscape(`"`+phrase+`"`), &all)
	getJSON(t, srv.URL+"/api/v1/search?size=0&year=1999&q="+url.QueryEscape(`"`+phrase+`"`), &none)
	if all.Total == 0 || none.Total != 0 {
		t.Fatalf("the sample should hold %q in some reports (%d) and in none of 1999 (%d)", phrase, all.Total, none.Total)
	}
	const absent = "星际学校"
	getJSON(t, srv.URL+"/api/v1/search?size=0&q="+url.QueryEscape(`"`+absent+`"`), &none)
	if none.Total != 0 {
		t.Fatalf("%q should occur in no sample report; %d hold it", absent, none.Total)
	}
	type zero struct {
		Count, Elsewhere, Href string
		Errors                 int
	}
	read := `({
		Count: document.querySelector(".result-count").textContent,
		Elsewhere: (document.querySelector(".zero-elsewhere a") || {}).textContent || "",
		Href: (document.querySelector(".zero-elsewhere a") || {}).hash || "",
		Errors: [...document.querySelectorAll(".error, [role=alert]")].filter(e => e.textContent.trim()).length,
	})`

	do(t, ctx, "a wording no report holds",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(`“`+absent+`”`)),
		visible(".result-count"),
	)
	shot(t, ctx, "zero")
	z := eval[zero](t, ctx, read)
	if want := "0 篇报告 · 0 个章节含有“" + absent + "”"; !strings.HasPrefix(z.Count, want) {
		t.Errorf("a search for %q that finds nothing says %q, want it to begin %q", absent, z.Count, want)
	}
	if z.Errors != 0 || z.Elsewhere != "" {
		t.Errorf("a zero shows %d error boxes and an any-year count %q; want neither", z.Errors, z.Elsewhere)
	}

	do(t, ctx, "a wording in no report of the year",
		chromedp.Navigate(srv.URL+"/#/search?year=1999&q="+url.QueryEscape(`"`+phrase+`"`)),
		visible(".result-count"),
		visible(".zero-elsewhere a"),
	)
	shot(t, ctx, "zero-year")
	z = eval[zero](t, ctx, read)
	if want := "0 篇报告 · 0 个章节含有“" + phrase + "”（年份 1999）"; !strings.HasPrefix(z.Count, want) {
		t.Errorf("a search for %q in 1999 says %q, want it to begin %q", phrase, z.Count, want)
	}
	if want := fmt.Sprintf("不限年份：%d 篇报告", all.Total); z.Elsewhere != want {
		t.Errorf("the any-year count reads %q, want %q", z.Elsewhere, want)
	}
	if z.Errors != 0 || strings.Contains(z.Href, "year=") {
		t.Errorf("%d error boxes; the any-year link %q keeps a year", z.Errors, z.Href)
	}
}

// TestE2E_KeyboardFocus follows links and controls with the keyboard only
// and checks where the focus lands once the page is painted again: a
// search hit opened with Enter leaves it on the document page (it fell back
// to the top of the document, so the next Tab started at the header); a
// facet value or the next page, followed with Enter, keeps it on the same
// control of the new results; 只看变化, toggled with the space bar, keeps
// it on the checkbox, so that a second press toggles it back.
func TestE2E_KeyboardFocus(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	ctx := browser(t, 1280, 900)
	const active = `(() => {
		const a = document.activeElement;
		const what = a.type === "checkbox" ? a.parentElement.textContent.trim() : a.textContent.trim() || a.tagName;
		return a === document.body ? "body" : (document.getElementById("main").contains(a) ? "main:" : "out:") + what;
	})()`

	do(t, ctx, "search",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(phrase)),
		visible(".hits .hit-title"),
		chromedp.Focus(chromedp.CSS(`.facet[data-facet="year"] li a`)),
	)
	year := eval[string](t, ctx, `document.activeElement.textContent.trim()`)
	do(t, ctx, "a year facet with Enter",
		chromedp.KeyEvent(kb.Enter),
		visible(`.facet[data-facet="year"] li a.on`),
		visible(".hits .hit-title"),
	)
	if got := eval[string](t, ctx, active); got != "main:"+year {
		t.Errorf("after Enter on a year facet the focus is on %q, want the same facet value (%q)", got, "main:"+year)
	}

	do(t, ctx, "open a hit with Enter",
		chromedp.Focus(chromedp.CSS(".hits .hit-title")),
		chromedp.KeyEvent(kb.Enter),
		visible(".doc-text .section"),
	)
	shot(t, ctx, "keyboard-doc")
	if got := eval[string](t, ctx, active); !strings.HasPrefix(got, "main:") {
		t.Errorf("after opening a hit with Enter the focus is on %q, want it inside the document page", got)
	}

	do(t, ctx, "compare",
		chromedp.Navigate(srv.URL+"/#/compare?view=inline&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
		visible(".pairs.inline .pair"),
	)
	all := eval[int](t, ctx, `document.querySelectorAll(".pairs .pair").length`)
	const onlyChanged = `[...document.querySelectorAll(".cmp-tools label.check")].find(l => l.textContent.trim() === "只看变化").querySelector("input")`
	do(t, ctx, "只看变化 with the space bar",
		chromedp.Evaluate[chromedp.Void](onlyChanged+`.focus()`),
		chromedp.KeyEvent(" "),
		until(onlyChanged+`.checked`),
	)
	if got := eval[string](t, ctx, active); got != "main:只看变化" {
		t.Fatalf("after toggling 只看变化 the focus is on %q, want the checkbox", got)
	}
	do(t, ctx, "and back",
		chromedp.KeyEvent(" "),
		until(`!`+onlyChanged+`.checked`),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll(".pairs .pair").length`); n != all {
		t.Errorf("after toggling 只看变化 twice %d pairs show, want all %d", n, all)
	}
	do(t, ctx, "the side by side view with Enter",
		chromedp.Focus(chromedp.CSS(`.view-switch a:first-child`)),
		chromedp.KeyEvent(kb.Enter),
		visible(".pairs.side"),
	)
	if got := eval[string](t, ctx, active); got != "main:并排" {
		t.Errorf("after switching the view with Enter the focus is on %q, want the view switch", got)
	}
}

// TestE2E_YearRange narrows a search to a span of years with the year
// facet's 从/到 fields, as a journalist asks "since 2023": the URL keeps
// the range, every hit is of a year inside it, and the count is the API's
// for the same range. Ends typed backwards are swapped, not refused.
func TestE2E_YearRange(t *testing.T) {
	_, srv := server(t)
	ctx := browser(t, 1280, 900)
	var api struct {
		Total  int `json:"total"`
		Facets struct {
			Year []struct {
				Value string `json:"value"`
			} `json:"year"`
		} `json:"facets"`
	}
	getJSON(t, srv.URL+"/api/v1/search?size=0&group=document&q="+url.QueryEscape(phrase), &api)
	if len(api.Facets.Year) < 3 {
		t.Fatalf("the sample should use %q in at least 3 years: %+v", phrase, api.Facets.Year)
	}
	// The two latest years with hits (the facet lists years by count; sort them).
	var years []string
	for _, y := range api.Facets.Year {
		years = append(years, y.Value)
	}
	slices.Sort(years)
	lo, hi := years[len(years)-2], years[len(years)-1]
	span := lo + ".." + hi
	getJSON(t, srv.URL+"/api/v1/search?size=0&group=document&year="+span+"&q="+url.QueryEscape(phrase), &api)

	do(t, ctx, "search",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(phrase)),
		visible(`.year-range input[name="to"]`),
	)
	// Typed backwards: the later year first.
	do(t, ctx, "a span of years",
		chromedp.SendKeys(chromedp.CSS(`.year-range input[name="from"]`), hi),
		chromedp.SendKeys(chromedp.CSS(`.year-range input[name="to"]`), lo),
		click(`.year-range button[type=submit]`),
		until(`location.hash.includes("year=")`),
		visible(".chips .chip"),
		visible(".hits .hit-title"),
	)
	shot(t, ctx, "year-range")
	type ranged struct {
		Hash, Count, From, To string
		Metas                 []string
	}
	r := eval[ranged](t, ctx, `({
		Hash: decodeURIComponent(location.hash),
		Count: document.querySelector(".result-count").textContent,
		From: document.querySelector('.year-range input[name="from"]').value,
		To: document.querySelector('.year-range input[name="to"]').value,
		Metas: [...document.querySelectorAll(".hits .hit .hit-meta")].map(e => e.textContent),
	})`)
	if !strings.Contains(r.Hash, "year="+span) {
		t.Errorf("after 从 %s 到 %s the URL is %q, want year=%s", hi, lo, r.Hash, span)
	}
	if !strings.HasPrefix(r.Count, fmt.Sprintf("%d 篇报告", api.Total)) {
		t.Errorf("the page counts %q for %s, want %d reports as the API does", r.Count, span, api.Total)
	}
	for _, m := range r.Metas {
		if !strings.HasPrefix(m, lo+"年") && !strings.HasPrefix(m, hi+"年") {
			t.Errorf("hit %q shown under year:%s", m, span)
		}
	}
	if r.From != lo || r.To != hi {
		t.Errorf("the range fields show %q–%q, want the range in force %s–%s", r.From, r.To, lo, hi)
	}

	// The years inside the span show as chosen, in the chart and the facet,
	// and following one narrows the search to it.
	type chosen struct{ Bars, Facet []string }
	c := eval[chosen](t, ctx, `({
		Bars: [...document.querySelectorAll(".chart svg a")].filter(a => a.querySelector("rect.on")).map(a => a.querySelector(".bar-year").textContent),
		Facet: [...document.querySelectorAll('.facet[data-facet="year"] li a.on .fv')].map(e => e.textContent),
	})`)
	if want := []string{lo, hi}; !slices.Equal(c.Bars, want) || !slices.Equal(slices.Sorted(slices.Values(c.Facet)), want) {
		t.Errorf("under year=%s the chart marks %v and the facet %v as chosen, want %v in both", span, c.Bars, c.Facet, want)
	}
	do(t, ctx, "narrow to the first year of the span",
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll(".chart svg a")].find(a => a.querySelector(".bar-year").textContent === `+jsString(lo)+`).dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}))`),
		until(`decodeURIComponent(location.hash).includes("year=`+lo+`") && !decodeURIComponent(location.hash).includes("..")`),
	)
}

// TestE2E_NarrowNumbers opens a comparison's figures (数字变化) on a phone
// and checks that the old and new sentences read at the width of the
// screen, not in a column a character wide beside the indicator and the
// two figures, and that each row still shows both figures.
func TestE2E_NarrowNumbers(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	ctx := browser(t, 390, 844)
	do(t, ctx, "compare on a phone",
		chromedp.Navigate(srv.URL+"/#/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
		visible(".pairs"),
	)
	if !eval[bool](t, ctx, `!!document.querySelector("details.numbers tbody tr")`) {
		t.Fatalf("comparing %s with %s shows no changed figures to lay out", from, to)
	}
	do(t, ctx, "open the figures",
		chromedp.Evaluate[chromedp.Void](`document.querySelector("details.numbers").open = true`),
		visible("details.numbers td.sentences"),
		chromedp.ScrollIntoView(chromedp.CSS("details.numbers td.sentences")),
	)
	shot(t, ctx, "narrow-numbers")
	type row struct {
		Sentences, Window float64
		Old, New          bool
	}
	rows := eval[[]row](t, ctx, `[...document.querySelectorAll("details.numbers tbody tr")].map(tr => ({
		Sentences: tr.querySelector("td.sentences").getBoundingClientRect().width,
		Window: window.innerWidth,
		Old: tr.querySelector("del").getBoundingClientRect().width > 0,
		New: tr.querySelector("ins").getBoundingClientRect().width > 0,
	}))`)
	for i, r := range rows {
		if r.Sentences < 0.6*r.Window || !r.Old || !r.New {
			t.Errorf("figure %d at 390 px: the sentences take %.0f of %.0f px (want at least 60%%); old figure shown %v, new %v", i+1, r.Sentences, r.Window, r.Old, r.New)
			break
		}
	}
	if eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Error("with its figures open the comparison is wider than a phone's screen")
	}
}
