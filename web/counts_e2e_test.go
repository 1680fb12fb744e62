package web_test

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// TestE2E_TimelineYearWithoutReports follows a phrase through a collection
// with no report of 2020 between reports of 2019 and 2021: the chart has a
// bar place for 2020 (the years stay evenly apart, as the timeline's rows
// do) and its share line has no point there (a year with no report has no
// share; a point at 0% read as reports that do not use the phrase).
func TestE2E_TimelineYearWithoutReports(t *testing.T) {
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var docs []*corpus.Document
	for _, y := range []int{2018, 2019, 2021, 2022} {
		text := fmt.Sprintf("白塔县教育局%d年工作要点\n一、总体要求\n坚持立德树人根本任务，办好人民满意的教育。\n二、重点任务\n", y)
		if y >= 2021 {
			text += "（一）落实“双减”\n规范课后服务，课后服务覆盖率达到95%。\n"
		} else {
			text += "（一）课堂改革\n推进课堂教学改革，提高教学质量。\n"
		}
		text += "三、保障措施\n加强经费保障，完善督导评估。\n"
		d, err := corpus.Read(fmt.Sprintf("baita-%d.txt", y), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(embedded.New(ix), api.Config{}).Handler())
	t.Cleanup(srv.Close)

	ctx := browser(t, 1280, 900)
	do(t, ctx, "search a quoted phrase",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(`"双减"`)),
		visible(`.timeline .tl-chart`),
	)
	shot(t, ctx, "timeline-gap")
	type chart struct {
		Years  []string
		Points int
	}
	c := eval[chart](t, ctx, `({
		Years: [...document.querySelectorAll(".timeline .tl-chart .tl-year-label")].map(e => e.textContent),
		Points: [...document.querySelectorAll(".timeline .tl-chart polyline.share-line")].reduce((n, l) => n + l.getAttribute("points").trim().split(/\s+/).length, 0),
	})`)
	// From two years before the first use (2021) on: 2019, 2020, 2021, 2022.
	if fmt.Sprint(c.Years) != "[2019 2020 2021 2022]" {
		t.Errorf("chart years %v, want [2019 2020 2021 2022]", c.Years)
	}
	if c.Points != 3 {
		t.Errorf("share line has %d points, want 3 (none for 2020, a year with no report)", c.Points)
	}
}

// TestE2E_CountsSayTheirUnit: with a hit per section the search page's
// year chart and facets count sections, while the timeline's chart below
// counts reports; the chart's caption and the facets say which they count,
// in either mode, so that 52 (sections of 2024) beside 43 (reports of 2024)
// does not read as two counts of reports.
func TestE2E_CountsSayTheirUnit(t *testing.T) {
	_, srv := server(t)
	ctx := browser(t, 1280, 900)
	for _, tc := range []struct{ group, unit string }{{"", "报告"}, {"section", "章节"}} {
		do(t, ctx, "search "+tc.group,
			chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(`"`+phrase+`"`)+"&group="+tc.group),
			visible(`.results .chart figcaption`),
			visible(`.facets .facets-unit`),
		)
		type page struct{ Caption, Facets string }
		p := eval[page](t, ctx, `({
			Caption: document.querySelector(".results .chart figcaption").textContent,
			Facets: document.querySelector(".facets .facets-unit").textContent,
		})`)
		if p.Caption != "各年份匹配"+tc.unit+"数" || p.Facets != "数字为"+tc.unit+"数" {
			t.Errorf("group=%q: chart caption %q, facets %q; want both to say they count %s", tc.group, p.Caption, p.Facets, tc.unit)
		}
	}
}

// TestE2E_ZeroUnderFilters: a search that finds nothing under filters says
// how many reports the filters alone pass, counted by the API: none, for a
// place the collection does not hold (a filter that matches no report is
// no answer about the wording), or N, of which none matches; for filters
// written in the query and in the URL alike.
func TestE2E_ZeroUnderFilters(t *testing.T) {
	_, srv := server(t)
	const absent = "星际学校"
	var region, kind struct {
		Total int `json:"total"`
	}
	getJSON(t, srv.URL+"/api/v1/documents?size=0&region="+url.QueryEscape("明湖市"), &region)
	getJSON(t, srv.URL+"/api/v1/documents?size=0&kind="+url.QueryEscape("计划"), &kind)
	if region.Total == 0 || kind.Total == 0 {
		t.Fatalf("the sample should hold reports of 明湖市 (%d) and plans (%d)", region.Total, kind.Total)
	}
	ctx := browser(t, 1280, 900)
	for _, tc := range []struct{ hash, want string }{
		{"q=" + url.QueryEscape(`"`+phrase+`" region:青川市`), "没有一篇报告符合这些筛选条件"},
		{"q=" + url.QueryEscape(`"`+absent+`" region:明湖市`), fmt.Sprintf("符合筛选条件的报告共 %d 篇，其中没有一篇匹配。", region.Total)},
		{"q=" + url.QueryEscape(`"`+absent+`"`) + "&kind=" + url.QueryEscape("计划"), fmt.Sprintf("符合筛选条件的报告共 %d 篇，其中没有一篇匹配。", kind.Total)},
	} {
		do(t, ctx, tc.hash,
			chromedp.Navigate(srv.URL+"/#/search?"+tc.hash),
			visible(".result-count .zero-count"),
			visible(".hint .zero-base"),
		)
		if got := eval[string](t, ctx, `document.querySelector(".hint .zero-base").textContent`); !strings.HasPrefix(got, tc.want) {
			t.Errorf("#/search?%s: the zero says %q, want it to begin %q", tc.hash, got, tc.want)
		}
	}
	// without filters, nothing of the kind
	do(t, ctx, "a zero without filters",
		chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(`"`+absent+`"`)),
		visible(".result-count .zero-count"),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll(".zero-base").length`); n != 0 {
		t.Errorf("a zero without filters shows %d filter counts", n)
	}
}
