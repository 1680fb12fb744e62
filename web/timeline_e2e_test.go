package web_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/search"
)

// TestE2E_Timeline searches a quoted phrase and checks the timeline panel
// against the timeline route: the reports and sections counted, a bar for
// each year from the first use on, the earliest reports listed, and the
// reports CSV it links to holding a row per report.
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
		Count, ReportsCSV string
		Bars, First       int
	}
	p := eval[panel](t, ctx, `({
		Count: document.querySelector(".timeline .timeline-count").textContent,
		Bars: document.querySelectorAll(".timeline .tl-chart rect.tl-bar").length,
		First: document.querySelectorAll(".timeline .first-use ol li").length,
		ReportsCSV: [...document.querySelectorAll(".timeline .downloads a")].find(a => a.textContent === "报告").href,
	})`)
	if want := fmt.Sprintf("%d 篇报告 · %d 个章节", tl.Documents, tl.Sections); p.Count != want {
		t.Errorf("timeline count %q, want %q", p.Count, want)
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
	// Switch the hits to reports: one per report, the count in reports.
	do(t, ctx, "switch to reports", click(`.group-toggle a`), visible(`.hits .hit .hit-sections`))
	shot(t, ctx, "reports")
	type reports struct {
		Count      string
		Hits, Docs int
	}
	rp := eval[reports](t, ctx, `({
		Count: document.querySelector(".result-count").textContent,
		Hits: document.querySelectorAll(".hits .hit").length,
		Docs: new Set([...document.querySelectorAll(".hits .hit .hit-title")].map(a => a.getAttribute("href").split("?")[0])).size,
	})`)
	if want := fmt.Sprintf("共 %d 篇报告 · %d 个章节匹配", tl.Documents, tl.Sections); !strings.Contains(rp.Count, want) || rp.Hits != rp.Docs || rp.Hits != min(tl.Documents, 20) {
		t.Errorf("reports view: %q with %d hits of %d reports; want %q and one hit per report", rp.Count, rp.Hits, rp.Docs, want)
	}
	res, err := http.Get(p.ReportsCSV)
	if err != nil {
		t.Fatalf("GET %s: %v", p.ReportsCSV, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte(search.BOM)))).ReadAll()
	if err != nil || !bytes.HasPrefix(b, []byte(search.BOM)) || len(recs)-1 != tl.Documents || !strings.Contains(res.Header.Get("Content-Type"), "text/csv") {
		t.Errorf("reports CSV %s: %v, %d rows, BOM %v, type %q; want %d rows", p.ReportsCSV, err, len(recs)-1, bytes.HasPrefix(b, []byte(search.BOM)), res.Header.Get("Content-Type"), tl.Documents)
	}
}
