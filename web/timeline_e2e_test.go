package web_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/search"
)

// TestE2E_Timeline searches a quoted phrase and checks the timeline panel
// against the timeline route: the reports and sections counted, a bar for
// each year from the first use on, the earliest reports listed, the region
// x year table; then the hits, reports by default, switched to sections
// and back; and the reports CSV, downloaded by the browser, holding a row
// per report.
func TestE2E_Timeline(t *testing.T) {
	_, srv := server(t)
	q := `"` + phrase + `"`
	var tl search.Timeline
	getJSON(t, srv.URL+"/api/v1/timeline?q="+url.QueryEscape(q), &tl)
	if tl.Documents < 2 || len(tl.First) == 0 {
		t.Fatalf("the sample corpus has %d reports with %s: the test needs several", tl.Documents, q)
	}
	ctx := browser(t, 1280, 900)
	do(t, ctx, "search a quoted phrase",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(q)),
		visible(`.timeline .tl-chart`),
		visible(`.timeline .first-use li`),
	)
	shot(t, ctx, "timeline")
	type panel struct {
		ReportsCSV  string
		Counts      []string
		Bars, First int
	}
	// The count of reports and sections shows once on the page: the
	// panel sits above the search's count line and counts the same set.
	p := eval[panel](t, ctx, `({
		Counts: [...document.querySelectorAll("#main *")].map(e => [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join("")).filter(t => /\d+ 篇报告 · \d+ 个章节/.test(t)),
		Bars: document.querySelectorAll(".timeline .tl-chart rect.tl-bar").length,
		First: document.querySelectorAll(".timeline .first-use ol li").length,
		ReportsCSV: [...document.querySelectorAll(".timeline .downloads a")].find(a => a.textContent === "报告").href,
	})`)
	if want := fmt.Sprintf("%d 篇报告 · %d 个章节含有“%s”", tl.Documents, tl.Sections, phrase); len(p.Counts) != 1 || !strings.HasPrefix(p.Counts[0], want) {
		t.Errorf("the page counts %q; want one count line, %q", p.Counts, want)
	}
	firstUsed := 0
	for _, y := range tl.Years {
		if y.Documents > 0 {
			firstUsed = y.Year
			break
		}
	}
	bars := 0
	for _, y := range tl.Years {
		if y.Year >= firstUsed-2 {
			bars++
		}
	}
	if p.Bars != bars || p.First != len(tl.First) {
		t.Errorf("panel shows %d bars and %d first reports; the timeline has %d years from two before the first use and %d first reports", p.Bars, p.First, bars, len(tl.First))
	}
	// The region x year table: a row per province (or region without
	// one), its cells adding up to the dated matching reports.
	do(t, ctx, "open the region x year table", click(`.timeline .first-regions summary`), visible(`.timeline .region-years`))
	shot(t, ctx, "timeline-regions")
	type table struct{ Rows, Sum int }
	tb := eval[table](t, ctx, `({
		Rows: document.querySelectorAll(".timeline .region-years tbody tr").length,
		Sum: [...document.querySelectorAll(".timeline .region-years tbody td.num")].reduce((n, td) => n + (parseInt(td.textContent, 10) || 0), 0),
	})`)
	rows, dated := map[string]bool{}, 0
	for _, r := range tl.Regions {
		if r.FirstYear == 0 {
			continue
		}
		name := r.Province
		if name == "" {
			name = r.Region
		}
		rows[name] = true
		for _, y := range r.Years {
			dated += y.Documents
		}
	}
	if tb.Rows != len(rows) || tb.Sum != dated {
		t.Errorf("region x year table: %d rows adding up to %d reports; the timeline has %d provinces or regions and %d dated reports with a region", tb.Rows, tb.Sum, len(rows), dated)
	}
	// The hits are reports, one per report, counted in reports and
	// sections; the switch shows a hit per section, and back.
	type hits struct {
		Count      string
		Hits, Docs int
		Sections   bool
	}
	view := func() hits {
		return eval[hits](t, ctx, `({
			Count: document.querySelector(".result-count").textContent,
			Hits: document.querySelectorAll(".hits .hit").length,
			Docs: new Set([...document.querySelectorAll(".hits .hit .hit-title")].map(a => a.getAttribute("href").split("?")[0])).size,
			Sections: !!document.querySelector(".hits .hit .hit-sections"),
		})`)
	}
	reportsView := func(when string) {
		rp := view()
		if want := fmt.Sprintf("%d 篇报告 · %d 个章节", tl.Documents, tl.Sections); !strings.HasPrefix(rp.Count, want) || rp.Hits != rp.Docs || rp.Hits != min(tl.Documents, 20) || !rp.Sections {
			t.Errorf("%s: %q with %d hits of %d reports; want %q and one hit per report, each saying its matching sections", when, rp.Count, rp.Hits, rp.Docs, want)
		}
	}
	reportsView("the search page")
	do(t, ctx, "switch to sections", click(`.group-toggle a`), until(`location.hash.includes("group=section") && document.querySelector(".hits .hit") && !document.querySelector(".hits .hit .hit-sections")`))
	shot(t, ctx, "sections")
	if sv := view(); !strings.HasPrefix(sv.Count, fmt.Sprintf("共 %d 个章节匹配", tl.Sections)) || sv.Hits != min(tl.Sections, 20) {
		t.Errorf("sections view: %q with %d hits; want %d sections, a hit each", sv.Count, sv.Hits, tl.Sections)
	}
	do(t, ctx, "switch back to reports", click(`.group-toggle a`), visible(`.hits .hit .hit-sections`))
	reportsView("back to reports")

	// The reports CSV, downloaded by the browser: a row per report.
	dir := t.TempDir()
	progress := chromedp.Events(ctx, cdpbrowser.DownloadProgress)
	do(t, ctx, "download the reports CSV",
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
				Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &yes,
			})
			return err
		}),
		visible(`.timeline .downloads a`),
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll(".timeline .downloads a")].find(a => a.textContent === "报告").click()`),
	)
	var file string
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("waiting for the download: %v", err)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCanceled {
			t.Fatalf("the browser canceled the download of %s", p.ReportsCSV)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCompleted {
			file = filepath.Join(dir, ev.GUID)
			break
		}
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("the downloaded CSV: %v", err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte(search.BOM)))).ReadAll()
	if err != nil || !bytes.HasPrefix(b, []byte(search.BOM)) || len(recs)-1 != tl.Documents {
		t.Errorf("downloaded reports CSV: %v, %d rows, BOM %v; want %d rows", err, len(recs)-1, bytes.HasPrefix(b, []byte(search.BOM)), tl.Documents)
	}
	ids := map[string]bool{}
	for _, r := range recs[1:] {
		for _, f := range r {
			ids[f] = true
		}
	}
	for _, f := range tl.First {
		if !ids[f.ID] {
			t.Errorf("the downloaded reports CSV has no row for %s, one of the first reports", f.ID)
		}
	}
}

var yes = true
