package web_test

// End-to-end tests
//
// These tests run the UI in headless Chromium against a real api.Server over
// the embedded sample corpus, the way a journalist uses it: type a phrase,
// see it highlighted, open the hit's section in its document, compare two
// years and see an insertion marked. Expectations come from the index
// itself (which documents contain the phrase, which text a comparison
// inserted), never from numbers written into the test.
//
// Chromium is Debian's package (/usr/bin/chromium); without it the tests
// skip, except under CI=true, where a missing browser is a failure. Set
// GOVREPORT_CHROMIUM to use another binary, and GOVREPORT_SCREENSHOTS to a
// folder to save a screenshot of every step:
//
//	GOVREPORT_SCREENSHOTS=/tmp go test ./web -run E2E -v

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/web"
)

// phrase occurs in several sample reports of several years.
const phrase = "课后服务"

// testTimeout bounds each browser test.
const testTimeout = 90 * time.Second

var (
	envOnce sync.Once
	envErr  error
	envIx   *index.Index
	envSrv  *httptest.Server
	envDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if envSrv != nil {
		envSrv.Close()
	}
	if envIx != nil {
		envIx.Close()
	}
	if envDir != "" {
		os.RemoveAll(envDir)
	}
	os.Exit(code)
}

// server returns the index of the sample corpus and an API server over it,
// built once for all tests of the package.
func server(t *testing.T) (*index.Index, *httptest.Server) {
	t.Helper()
	envOnce.Do(func() {
		start := time.Now()
		defer func() { t.Logf("indexed the sample corpus in %v", time.Since(start).Round(time.Millisecond)) }()
		envDir, envErr = os.MkdirTemp("", "govreport-web-e2e-")
		if envErr != nil {
			return
		}
		envIx, envErr = index.Open(filepath.Join(envDir, "index"))
		if envErr != nil {
			return
		}
		docs, err := corpus.ReadFS(sample.FS, "*.txt")
		if err != nil {
			envErr = err
			return
		}
		if envErr = envIx.Add(docs...); envErr != nil {
			return
		}
		envSrv = httptest.NewServer(api.New(embedded.New(envIx), api.Config{}).Handler())
	})
	if envErr != nil {
		t.Fatalf("building the sample index: %v", envErr)
	}
	return envIx, envSrv
}

// chromiumPath finds the browser, or skips the test (fails under CI=true).
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("GOVREPORT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium binary found (CI=true: .ci/run installs Debian's chromium package)")
	}
	t.Skip("no chromium binary found: apt-get install chromium, or set GOVREPORT_CHROMIUM, to run the browser tests")
	return ""
}

// browser starts a headless Chromium with a fresh profile and returns a tab
// context bounded by testTimeout, sized width x height.
func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	path := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	tctx, tcancel := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(tcancel)
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		t.Fatalf("starting chromium (%s): %v", path, err)
	}
	return tctx
}

// shot saves a screenshot of the viewport (what a reader sees, sticky
// headers included) and one of the full page, when GOVREPORT_SCREENSHOTS
// names a folder.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("GOVREPORT_SCREENSHOTS")
	if dir == "" {
		return
	}
	for suffix, action := range map[string]chromedp.Action[[]byte]{
		"":      chromedp.CaptureScreenshot(),
		"-full": chromedp.FullScreenshot(100), // quality 100 gives a PNG
	} {
		buf, err := chromedp.Run(ctx, action)
		if err != nil {
			t.Logf("screenshot %s: %v", name, err)
			return
		}
		file := filepath.Join(dir, "govreport-"+name+suffix+".png")
		if err := os.WriteFile(file, buf, 0o644); err != nil {
			t.Logf("screenshot %s: %v", name, err)
		}
	}
}

// stepTimeout bounds one group of browser steps, so that a step that
// never succeeds fails with its own name while there is time left for a
// screenshot.
const stepTimeout = 20 * time.Second

// do runs browser steps, failing the test (with a screenshot) on error.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(sctx, steps...); err != nil {
		shot(t, ctx, "failed")
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		shot(t, ctx, "failed")
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func visible(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(sel))
}
func click(sel string) chromedp.Action[chromedp.Void] { return chromedp.Click(chromedp.CSS(sel)) }

// until waits for a JavaScript condition, for steps after which the old
// page's elements would satisfy a selector too.
func until(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(stepTimeout))
}

// still waits until the page has stopped scrolling (a smooth scroll to a
// section): its scroll offset is the same at two polls 100 ms apart.
func still() chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Evaluate[chromedp.Void](`delete window.__stillY`),
		chromedp.Poll[chromedp.Void](`(() => {
			const y = Math.round(window.scrollY), same = window.__stillY === y;
			window.__stillY = y;
			return same;
		})()`, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(stepTimeout)),
	)
}

// sectionText returns the heading and text of a section of the index.
func sectionText(t *testing.T, ix *index.Index, id string) string {
	t.Helper()
	s, err := ix.Section(id)
	if err != nil {
		t.Fatalf("ix.Section(%q): %v", id, err)
	}
	return s.Heading + "\n" + s.Text
}

// previousYear returns a document that has a previous-year counterpart and
// that counterpart, found through the API the page uses.
func previousYear(t *testing.T, ix *index.Index, srv *httptest.Server) (from, to string) {
	t.Helper()
	for _, d := range ix.Documents() {
		var cp struct {
			Previous *struct {
				ID string `json:"id"`
			} `json:"previous"`
		}
		getJSON(t, srv.URL+"/api/v1/documents/"+url.PathEscape(d.ID)+"/counterparts", &cp)
		if cp.Previous != nil {
			return cp.Previous.ID, d.ID
		}
	}
	t.Fatal("no sample document has a previous-year counterpart")
	return "", ""
}

// TestE2E_SearchThenDocument types a phrase, checks the highlighted hit and
// the facets, then follows the hit to its section inside its document.
func TestE2E_SearchThenDocument(t *testing.T) {
	ix, srv := server(t)
	ctx := browser(t, 1280, 900)

	do(t, ctx, "search from the box",
		chromedp.Navigate(srv.URL+"/#/search"),
		visible(`form.searchbar input[name=q]`),
		chromedp.SendKeys(chromedp.CSS(`form.searchbar input[name=q]`), phrase),
		click(`form.searchbar button[type=submit]`),
		visible(`.hits .hit mark`),
	)
	shot(t, ctx, "search")
	type page struct {
		Hash, FirstHref, FirstMarks, FirstMark, FirstSnippet string
		Hits, YearFacets, Bars                               int
	}
	p := eval[page](t, ctx, `({
		Hash: location.hash,
		Hits: document.querySelectorAll(".hits .hit").length,
		FirstHref: document.querySelector(".hits .hit .hit-title").getAttribute("href"),
		FirstMarks: [...document.querySelectorAll(".hits .hit:first-child .snippet mark")].map(m => m.textContent).join(""),
		FirstMark: (document.querySelector(".hits .hit:first-child .snippet mark") || {}).textContent || "",
		FirstSnippet: document.querySelector(".hits .hit:first-child .snippet").textContent,
		YearFacets: document.querySelectorAll('.facet[data-facet="year"] li').length,
		Bars: document.querySelectorAll(".chart rect.bar").length,
	})`)

	// The query is in the URL, so the page can be shared.
	if u, err := url.Parse("x:" + strings.TrimPrefix(p.Hash, "#/search")); err != nil || u.Query().Get("q") != phrase {
		t.Errorf("location.hash = %q, want #/search?q=%s", p.Hash, url.QueryEscape(phrase))
	}
	if p.Hits == 0 {
		t.Fatalf("no hits shown for %q", phrase)
	}
	// The highlight marks the phrase (possibly in pieces), inside the snippet.
	if p.FirstMarks == "" || !strings.Contains(p.FirstMarks, phrase) && !strings.Contains(phrase, p.FirstMarks) {
		t.Errorf("marked text of the first snippet = %q, want the phrase %q", p.FirstMarks, phrase)
	}
	if !strings.Contains(p.FirstSnippet, phrase) {
		t.Errorf("first snippet %q does not contain %q", p.FirstSnippet, phrase)
	}
	if p.YearFacets < 2 || p.Bars < 2 {
		t.Errorf("year facet shows %d values and the chart %d bars; the phrase occurs in several years", p.YearFacets, p.Bars)
	}

	// The hit links to its section, which holds the phrase.
	docPart, query, _ := strings.Cut(strings.TrimPrefix(p.FirstHref, "#/doc/"), "?")
	q, _ := url.ParseQuery(query)
	sectionID := q.Get("s")
	docID, _ := url.PathUnescape(docPart)
	if !strings.HasPrefix(p.FirstHref, "#/doc/") || sectionID == "" || docID == "" {
		t.Fatalf("first hit links to %q, want #/doc/{id}?s={section}", p.FirstHref)
	}
	if text := sectionText(t, ix, sectionID); !strings.Contains(text, phrase) {
		t.Errorf("the first hit's section %s does not contain %q", sectionID, phrase)
	}

	do(t, ctx, "open the hit's document",
		click(`.hits .hit:first-child .hit-title`),
		visible(`.doc-text .section.target`),
	)
	shot(t, ctx, "document")
	type docPage struct {
		Target, Outlined, Title, Marked string
		Outline                         int
	}
	d := eval[docPage](t, ctx, `({
		Target: document.querySelector(".section.target").id,
		Marked: [...document.querySelectorAll(".section.target mark.hl")].map(m => m.textContent).join(""),
		Outline: document.querySelectorAll(".outline li").length,
		Outlined: (document.querySelector(".outline a.on") || {}).textContent || "",
		Title: document.querySelector(".doc-head h1").textContent,
	})`)
	if d.Target != "sec-"+sectionID {
		t.Errorf("highlighted section = %q, want sec-%s", d.Target, sectionID)
	}
	// The words the hit marked are marked in the section it leads to.
	if p.FirstMark == "" || !strings.Contains(d.Marked, p.FirstMark) {
		t.Errorf("marked text in the hit's section = %q, want the word the snippet marked first (%q)", d.Marked, p.FirstMark)
	}
	doc, err := ix.Document(docID)
	if err != nil {
		t.Fatalf("ix.Document(%q): %v", docID, err)
	}
	if d.Title != doc.Title {
		t.Errorf("document page title = %q, want %q", d.Title, doc.Title)
	}
	headings := 0
	for _, s := range doc.Sections {
		if s.Heading != "" {
			headings++
		}
	}
	if d.Outline != headings {
		t.Errorf("outline has %d entries, document %s has %d headings", d.Outline, docID, headings)
	}
	if sec, _ := ix.Section(sectionID); sec != nil && sec.Heading != "" && d.Outlined != sec.Heading {
		t.Errorf("outline marks %q, want the section's heading %q", d.Outlined, sec.Heading)
	}

	// Another entry of the outline moves the highlight and the permalink in
	// the URL, without reloading the document.
	do(t, ctx, "mark the page", chromedp.Evaluate[chromedp.Void](`document.querySelector(".doc-text").dataset.loaded = "1"`))
	other := eval[string](t, ctx, `(() => {
		const a = [...document.querySelectorAll(".outline a[data-sid]")].find(a => !a.classList.contains("on"));
		a.click();
		return a.dataset.sid;
	})()`)
	do(t, ctx, "follow the outline", until(`document.querySelector(".section.target") && document.querySelector(".section.target").id === "sec-" + `+jsString(other)))
	type moved struct {
		Hash, Loaded string
	}
	m := eval[moved](t, ctx, `({Hash: location.hash, Loaded: document.querySelector(".doc-text").dataset.loaded || ""})`)
	if !strings.Contains(m.Hash, "s="+url.QueryEscape(other)) || m.Loaded != "1" {
		t.Errorf("after choosing %s in the outline: hash %q, page kept %v; want s=%s in the hash and no reload", other, m.Hash, m.Loaded == "1", other)
	}
	do(t, ctx, "back to the hit", chromedp.Evaluate[chromedp.Void](`history.back()`),
		until(`document.querySelector(".section.target") && document.querySelector(".section.target").id === "sec-" + `+jsString(sectionID)))

	// Similar passages load in place, without an error. Going back scrolls
	// smoothly to the hit's section: the button is clicked once the page is
	// still, or the click lands where the button was a frame before.
	do(t, ctx, "similar passages",
		still(),
		click(`.section.target .similar-btn`),
		visible(`.section.target .similar .similar-list, .section.target .similar p.muted, .section.target .similar .error`),
	)
	shot(t, ctx, "similar")
	if msg := eval[string](t, ctx, `(document.querySelector(".section.target .similar .error") || {}).textContent || ""`); msg != "" {
		t.Errorf("similar passages of %s show an error: %s", sectionID, msg)
	}
}

// TestE2E_FiltersAndPages narrows a search with a facet and pages through
// the results; both are kept in the URL.
func TestE2E_FiltersAndPages(t *testing.T) {
	_, srv := server(t)
	ctx := browser(t, 1280, 900)
	const word = "教育" // in nearly every section of every report: pages of sections
	do(t, ctx, "search",
		chromedp.Navigate(srv.URL+"/#/search?group=section&q="+url.QueryEscape(word)),
		visible(`.facet[data-facet="year"] li a`),
	)
	year := eval[string](t, ctx, `document.querySelector('.facet[data-facet="year"] li a .fv').textContent`)
	do(t, ctx, "filter on a year",
		click(`.facet[data-facet="year"] li a`),
		visible(`.facet[data-facet="year"] li a.on`),
		visible(`.chips .chip`),
	)
	shot(t, ctx, "filtered")
	type filtered struct {
		Hash  string
		Metas []string
		Pager bool
	}
	f := eval[filtered](t, ctx, `({
		Hash: location.hash,
		Metas: [...document.querySelectorAll(".hits .hit .hit-meta")].map(e => e.textContent),
		Pager: !!document.querySelector(".pager a.next"),
	})`)
	if !strings.Contains(f.Hash, "year="+year) {
		t.Errorf("location.hash = %q after choosing year %s, want year=%s", f.Hash, year, year)
	}
	if len(f.Metas) == 0 {
		t.Fatalf("no hits for %q in %s", word, year)
	}
	for _, m := range f.Metas {
		if !strings.HasPrefix(m, year+"年") {
			t.Errorf("hit %q shown under the filter year:%s", m, year)
			break
		}
	}
	if !f.Pager {
		t.Fatalf("no next page for %q in %s (%d hits on the first page)", word, year, len(f.Metas))
	}
	first := eval[string](t, ctx, `document.querySelector(".hits .hit .hit-title").getAttribute("href")`)
	do(t, ctx, "next page",
		click(`.pager a.next`),
		until(`(document.querySelector(".pager .page.cur") || {}).textContent === "2"`),
	)
	type paged struct {
		Hash, First, Cur string
		Start            int
	}
	p := eval[paged](t, ctx, `({
		Hash: location.hash,
		First: document.querySelector(".hits .hit .hit-title").getAttribute("href"),
		Cur: document.querySelector(".pager .page.cur").textContent,
		Start: document.querySelector("ol.hits").start,
	})`)
	if !strings.Contains(p.Hash, "from=20") || !strings.Contains(p.Hash, "year="+year) || !strings.Contains(p.Hash, "group=section") || p.Cur != "2" || p.Start != 21 {
		t.Errorf("after next page: hash %q, current page %q, list starts at %d; want from=20 with year=%s and group=section kept, page 2, 21", p.Hash, p.Cur, p.Start, year)
	}
	if p.First == first {
		t.Errorf("page 2 starts with the same hit as page 1: %s", first)
	}
}

// TestE2E_Compare opens a report that has a previous year, compares the two
// and checks the summary, an insertion marked in both views, synchronised
// scrolling and the export link.
func TestE2E_Compare(t *testing.T) {
	ix, srv := server(t)
	prevID, docID := previousYear(t, ix, srv)
	ctx := browser(t, 1280, 900)

	do(t, ctx, "compare with the previous year",
		chromedp.Navigate(srv.URL+"/#/doc/"+url.PathEscape(docID)),
		visible(`#compare-prev`),
		click(`#compare-prev`),
		visible(`.summary .stats`),
		visible(`.pairs.side`),
	)
	shot(t, ctx, "compare-side")
	type cmpPage struct {
		Hash         string
		Stats        int
		SummaryFirst bool
		Ins          []string
		InsFrom      int
	}
	c := eval[cmpPage](t, ctx, `({
		Hash: location.hash,
		Stats: document.querySelectorAll(".summary .stat").length,
		SummaryFirst: !!(document.querySelector(".summary").compareDocumentPosition(document.querySelector(".pairs")) & Node.DOCUMENT_POSITION_FOLLOWING),
		Ins: [...document.querySelectorAll(".pane.to ins")].map(e => e.textContent),
		InsFrom: document.querySelectorAll(".pane.from ins").length,
	})`)
	if !strings.Contains(c.Hash, "from="+url.QueryEscape(prevID)) || !strings.Contains(c.Hash, "to="+url.QueryEscape(docID)) {
		t.Errorf("location.hash = %q, want from=%s and to=%s", c.Hash, prevID, docID)
	}
	if c.Stats == 0 {
		t.Error("the change summary shows no counts")
	}
	if !c.SummaryFirst {
		t.Error("the pairs come before the change summary")
	}
	// An insertion is marked on the new side only, and its text is new text.
	if len(c.Ins) == 0 {
		t.Fatalf("no insertion marked comparing %s with %s", prevID, docID)
	}
	newDoc, err := ix.Document(docID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Ins {
		if !strings.Contains(newDoc.Body, s) {
			t.Errorf("inserted text %q is not in the new document %s", s, docID)
			break
		}
	}
	if c.InsFrom != 0 {
		t.Errorf("the old side shows %d insertions", c.InsFrom)
	}

	// Scrolling one pane brings the matching pair to the top of the other.
	eval[int](t, ctx, `(() => {
		const l = document.querySelector(".pane.from");
		const k = Math.floor(l.children.length / 2);
		l.scrollTop = l.children[k].offsetTop - l.firstElementChild.offsetTop;
		return k;
	})()`)
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](`(() => {
		const l = document.querySelector(".pane.from"), r = document.querySelector(".pane.to");
		const k = Math.floor(l.children.length / 2);
		const want = Math.min(r.children[k].offsetTop - r.firstElementChild.offsetTop, r.scrollHeight - r.clientHeight);
		return r.scrollTop > 0 && Math.abs(r.scrollTop - want) <= 2;
	})()`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		shot(t, ctx, "failed")
		t.Errorf("scrolling the old pane to a pair did not bring the new pane to the same pair: %v", err)
	}

	// The inline view marks the same insertions; the view is in the URL.
	do(t, ctx, "inline view",
		click(`.view-switch a[href*="view=inline"]`),
		visible(`.pairs.inline`),
	)
	shot(t, ctx, "compare-inline")
	if hash := eval[string](t, ctx, `location.hash`); !strings.Contains(hash, "view=inline") {
		t.Errorf("location.hash = %q after switching to inline, want view=inline", hash)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".pairs.inline ins").length`); n != len(c.Ins) {
		t.Errorf("inline view marks %d insertions, side view %d", n, len(c.Ins))
	}
	// A text replaced by another reads apart from it: a figure changed
	// (增长[-6.5-]{+7+}%) must not read as one number (6.57%).
	type repl struct {
		Figures int
		Glued   []string
	}
	rp := eval[repl](t, ctx, `(() => {
		const out = {Figures: 0, Glued: []};
		for (const del of document.querySelectorAll(".pairs.inline .diff del")) {
			let n = del.nextSibling;
			if (n && n.classList && n.classList.contains("repl")) n = n.nextSibling;
			if (!n || n.localName !== "ins") continue;
			if (/\d$/.test(del.textContent) && /^\d/.test(n.textContent)) out.Figures++;
			const glued = del.textContent + n.textContent;
			if (del.parentElement.innerText.includes(glued)) out.Glued.push(glued);
		}
		return out;
	})()`)
	if rp.Figures == 0 {
		t.Errorf("comparing %s with %s, the inline view shows no figure replaced by another; the test needs one", prevID, docID)
	}
	if len(rp.Glued) > 0 {
		t.Errorf("the inline view runs replaced texts into their replacements: %q", rp.Glued)
	}

	// The export link downloads a self-contained HTML file.
	href := eval[string](t, ctx, `document.getElementById("export-html").href`)
	res, err := http.Get(href)
	if err != nil {
		t.Fatalf("GET %s: %v", href, err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") ||
		!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || !strings.Contains(string(body), "<ins") {
		t.Errorf("GET %s = %d, Content-Type %q, Content-Disposition %q, %d bytes; want 200, an attached HTML file with insertions marked",
			href, res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Content-Disposition"), len(body))
	}
}

// TestE2E_Errors checks that API errors become messages, not blank pages.
func TestE2E_Errors(t *testing.T) {
	_, srv := server(t)
	ctx := browser(t, 1280, 900)
	do(t, ctx, "unknown document",
		chromedp.Navigate(srv.URL+"/#/doc/no-such-document"),
		visible(`#main .error`),
	)
	shot(t, ctx, "error")
	type errBox struct{ Code, Message string }
	e := eval[errBox](t, ctx, `({
		Code: document.querySelector("#main .error").dataset.code,
		Message: document.querySelector("#main .error .error-message").textContent,
	})`)
	if e.Code != "not_found" || strings.TrimSpace(e.Message) == "" {
		t.Errorf("error shown for an unknown document: code %q, message %q; want not_found with a message", e.Code, e.Message)
	}

	// A malformed query is explained, and stays in the box to be fixed.
	const bad = `"课后服务`
	do(t, ctx, "malformed query",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(bad)),
		visible(`form.searchbar`), // the search page has replaced the document's error
		visible(`#main .error`),
	)
	shot(t, ctx, "error-query")
	type queryErr struct{ Code, Message, Box string }
	q := eval[queryErr](t, ctx, `({
		Code: document.querySelector("#main .error").dataset.code,
		Message: document.querySelector("#main .error .error-message").textContent,
		Box: document.querySelector("form.searchbar input[name=q]").value,
	})`)
	if q.Code != "bad_query" || strings.TrimSpace(q.Message) == "" || q.Box != bad {
		t.Errorf("malformed query %s: error code %q, message %q, box %q; want bad_query, a message and the query kept", bad, q.Code, q.Message, q.Box)
	}
}

// TestE2E_Narrow checks that on a phone-sized screen the columns stack (the
// outline above the text, one comparison pane above the other when the side
// by side view is asked for) and that no page is wider than the screen.
func TestE2E_Narrow(t *testing.T) {
	ix, srv := server(t)
	from, to := previousYear(t, ix, srv)
	ctx := browser(t, 390, 844)
	stacked := func(a, b string) string {
		return fmt.Sprintf(`(() => {
			const a = document.querySelector(%q).getBoundingClientRect(), b = document.querySelector(%q).getBoundingClientRect();
			return b.top >= a.bottom - 1 && a.width > 0 && b.width > 0;
		})()`, a, b)
	}
	const overflow = `document.documentElement.scrollWidth > window.innerWidth + 1`

	do(t, ctx, "narrow document",
		chromedp.Navigate(srv.URL+"/#/doc/"+url.PathEscape(to)),
		visible(`.doc-text .section`),
	)
	shot(t, ctx, "narrow-document")
	if !eval[bool](t, ctx, stacked(".outline", ".doc-text")) {
		t.Error("on a narrow screen the outline is not above the text")
	}
	if eval[bool](t, ctx, overflow) {
		t.Error("the document page is wider than a narrow screen")
	}

	do(t, ctx, "narrow compare",
		chromedp.Navigate(srv.URL+"/#/compare?view=side&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to)),
		visible(`.pairs.side`),
	)
	shot(t, ctx, "narrow-compare")
	if !eval[bool](t, ctx, stacked(".pane.from", ".pane.to")) {
		t.Error("on a narrow screen the comparison panes are not stacked")
	}
	if eval[bool](t, ctx, overflow) {
		t.Error("the comparison page is wider than a narrow screen")
	}

	do(t, ctx, "narrow search",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(phrase)),
		visible(`.hits .hit mark`),
	)
	shot(t, ctx, "narrow-search")
	if eval[bool](t, ctx, overflow) {
		t.Error("the search page is wider than a narrow screen")
	}
}

// TestFS checks that the embedded UI has its entry point at the root and
// that every module index.html loads is embedded.
func TestFS(t *testing.T) {
	fsys := web.FS()
	index, err := fs.ReadFile(fsys, "index.html")
	if err != nil {
		t.Fatalf("index.html: %v", err)
	}
	for _, name := range []string{"app.js", "style.css"} {
		if !strings.Contains(string(index), name) {
			t.Errorf("index.html does not load %s", name)
		}
		if _, err := fs.Stat(fsys, name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Every relative import of every module resolves to an embedded file.
	files, _ := fs.Glob(fsys, "*.js")
	for _, f := range files {
		b, _ := fs.ReadFile(fsys, f)
		for _, line := range strings.Split(string(b), "\n") {
			_, rest, ok := strings.Cut(line, ` from "./`)
			if !ok {
				continue
			}
			dep, _, _ := strings.Cut(rest, `"`)
			if _, err := fs.Stat(fsys, dep); err != nil {
				t.Errorf("%s imports ./%s: %v", f, dep, err)
			}
		}
	}
}

func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, res.Status)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
