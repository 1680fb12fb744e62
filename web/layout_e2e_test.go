package web_test

// Layout tests
//
// Real collections span decades and dozens of places, and their files carry
// long unbroken runs (URLs, file numbers, digits). These tests build such a
// collection from fictional reports (36 places, every year from 1990 to
// 2026) and check, at a desktop width and a phone width, that no page is
// wider than the window: the year chart bins or scrolls inside its own box,
// long facet lists fold, long words wrap.

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

// widePlaces returns 36 fictional county, city and district names.
func widePlaces() []string {
	var out []string
	for _, a := range []string{"青岚", "云岫", "望川", "明湖", "霁溪", "澜汀", "芷屏", "枫渚", "梧岭", "桐雾", "汀霞", "岫檀"} {
		for _, b := range []string{"县", "市", "区"} {
			out = append(out, a+b)
		}
	}
	return out
}

// longRun is an unbroken run of Latin and digits, like a pasted URL.
var longRun = "https://edu.example.org/zwgk/" + strings.Repeat("20260315a7f3c9", 12) + ".html"

// wideReport writes a fictional education plan of place for year.
func wideReport(place string, year int, long bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s教育局%d年工作要点\n", place, year)
	b.WriteString("一、总体要求\n坚持立德树人根本任务，全面落实双减，办好人民满意的教育。\n")
	b.WriteString("二、重点任务\n（一）课后服务\n")
	fmt.Fprintf(&b, "课后服务覆盖率达到%d%%，新建改扩建中小学%d所，两类学校同步推进。\n", 80+year%20, 3+year%9)
	if long {
		b.WriteString("（三）设备更新\n扎实推进两新工作，更新教学设备。\n")
		fmt.Fprintf(&b, "（四）信息公开编号%s\n原文链接：%s\n", strings.Repeat("0123456789", 12), longRun)
		b.WriteString(strings.Repeat("全面推进教育数字化转型", 8) + "。\n")
	}
	b.WriteString("三、保障措施\n加强经费保障，完善督导评估。\n")
	return b.String()
}

// wideServer serves the many-years, many-places collection and returns
// the IDs of a previous-year pair whose sections carry long runs.
func wideServer(t *testing.T) (srv *httptest.Server, from, to string) {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	places := widePlaces()
	var docs []*corpus.Document
	read := func(name, text string) *corpus.Document {
		d, err := corpus.Read(name, []byte(text))
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		docs = append(docs, d)
		return d
	}
	for i := 0; i < 74; i++ {
		read(fmt.Sprintf("%03d.txt", i), wideReport(places[i%len(places)], 1990+i%37, i%10 == 0))
	}
	from = read("pair-2025.txt", wideReport("霁溪县", 2025, true)).ID
	to = read("pair-2026.txt", wideReport("霁溪县", 2026, true)).ID
	if err := ix.Add(docs...); err != nil {
		t.Fatalf("indexing the many-places collection: %v", err)
	}
	srv = httptest.NewServer(api.New(embedded.New(ix), api.Config{}).Handler())
	t.Cleanup(srv.Close)
	return srv, from, to
}

// TestE2E_WideCollection opens the search, document and compare pages of
// the many-years, many-places collection at 1400 and 390 px and checks
// that no page is wider than the window.
func TestE2E_WideCollection(t *testing.T) {
	chromiumPath(t)
	srv, from, to := wideServer(t)
	const tooWide = `document.documentElement.scrollWidth > window.innerWidth`
	pages := []struct {
		name, hash, ready string
	}{
		{"search", "#/search?q=" + url.QueryEscape("课后服务"), ".hits .hit mark"},
		{"search-quoted", "#/search?q=" + url.QueryEscape(`"教育数字化转型"`), ".hits .hit mark"},
		{"list", "#/search", ".doclist"},
		{"document", "#/doc/" + url.PathEscape(to), ".doc-text .section"},
		{"compare", "#/compare?from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to), ".pairs"},
		{"compare-side", "#/compare?view=side&from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to), ".pairs.side"},
		{"compare-inline", "#/compare?view=inline&from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to), ".pairs.inline"},
	}
	for _, width := range []int{1400, 390} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			ctx := browser(t, width, 900)
			for _, p := range pages {
				do(t, ctx, p.name,
					chromedp.Navigate(srv.URL+"/"+p.hash),
					visible(p.ready),
				)
				shot(t, ctx, fmt.Sprintf("wide-%d-%s", width, p.name))
				if eval[bool](t, ctx, tooWide) {
					w := eval[int](t, ctx, `document.documentElement.scrollWidth`)
					t.Errorf("%s at %d px: the page is %d px wide", p.name, width, w)
				}
				if p.name == "compare" {
					// On a phone the two reports read inline, not one pane above the other.
					want := map[int]string{1400: "side", 390: "inline"}[width]
					if !eval[bool](t, ctx, `!!document.querySelector(".pairs.`+want+`")`) {
						t.Errorf("compare at %d px does not default to the %s view", width, want)
					}
				}
			}

			// The search page: facets fold, the chart bins, and unfolding
			// keeps the page inside the window.
			do(t, ctx, "search again",
				chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape("课后服务")),
				visible(".hits .hit mark"),
			)
			type facetState struct {
				Regions, Shown, Bars int
				More                 bool
				ChartRight, Window   float64
			}
			f := eval[facetState](t, ctx, `({
				Regions: document.querySelectorAll('.facet[data-facet="region"] li').length,
				Shown: [...document.querySelectorAll('.facet[data-facet="region"] li')].filter(li => !li.hidden).length,
				More: !!document.querySelector('.facet[data-facet="region"] .facet-more'),
				Bars: document.querySelectorAll(".chart rect.bar").length,
				ChartRight: document.querySelector(".chart").getBoundingClientRect().right,
				Window: window.innerWidth,
			})`)
			if f.Regions != len(widePlaces()) {
				t.Errorf("region facet lists %d places, want %d", f.Regions, len(widePlaces()))
			}
			if !f.More || f.Shown >= f.Regions {
				t.Errorf("region facet shows %d of %d places (more button: %v); want the list folded", f.Shown, f.Regions, f.More)
			}
			if f.Bars < 2 || f.Bars > 24 {
				t.Errorf("the year chart draws %d bars for 37 years; want them binned to at most 24", f.Bars)
			}
			if f.ChartRight > f.Window {
				t.Errorf("the year chart ends at %.0f px in a %.0f px window", f.ChartRight, f.Window)
			}
			do(t, ctx, "unfold the regions", click(`.facet[data-facet="region"] .facet-more`))
			shown := eval[int](t, ctx, `[...document.querySelectorAll('.facet[data-facet="region"] li')].filter(li => !li.hidden).length`)
			if shown != f.Regions {
				t.Errorf("after 更多 the region facet shows %d of %d places", shown, f.Regions)
			}
			if eval[bool](t, ctx, tooWide) {
				t.Errorf("with every region shown at %d px the search page is wider than the window", width)
			}

			// 两新 unquoted is cut into 两 and 新; the page says how many
			// sections hold it whole and offers the quoted search.
			var api struct {
				Total int `json:"total"`
				Exact []struct {
					Sections int    `json:"sections"`
					Query    string `json:"query"`
				} `json:"exact"`
			}
			getJSON(t, srv.URL+"/api/v1/search?q="+url.QueryEscape("两新"), &api)
			if len(api.Exact) != 1 || api.Exact[0].Sections == 0 || api.Exact[0].Sections >= api.Total {
				t.Fatalf("the fixture should give 两新 an exact note: %+v", api)
			}
			do(t, ctx, "search 两新",
				chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape("两新")),
				visible(".exact-note a"),
			)
			note := eval[string](t, ctx, `document.querySelector(".exact-note a").textContent`)
			if want := fmt.Sprintf("“两新” 精确匹配 %d 个章节", api.Exact[0].Sections); note != want {
				t.Errorf("exact note = %q, want %q", note, want)
			}
			do(t, ctx, "follow the quoted search", click(".exact-note a"),
				until(`document.querySelector("form.searchbar input[name=q]").value === `+jsString(api.Exact[0].Query)+` && !!document.querySelector(".result-count")`))
			if got := eval[string](t, ctx, `document.querySelector(".result-count").textContent`); !strings.Contains(got, fmt.Sprintf(" %d 个章节", api.Exact[0].Sections)) {
				t.Errorf("after the quoted search the page says %q, want %d sections", got, api.Exact[0].Sections)
			}
			if eval[bool](t, ctx, tooWide) {
				t.Errorf("the search page with an exact note is wider than the window at %d px", width)
			}

			// A bin of the chart filters on its years.
			do(t, ctx, "filter on a bin", click(`.chart svg a:first-of-type`), visible(".chips .chip"))
			hash := eval[string](t, ctx, `location.hash`)
			u, _ := url.Parse("x:" + strings.TrimPrefix(hash, "#/search"))
			if y := u.Query().Get("year"); !strings.Contains(y, "..") {
				t.Errorf("the first bin filters on year=%q, want a range of years", y)
			}
			do(t, ctx, "binned results", visible(".hits .hit, .hint"))
			if n := eval[int](t, ctx, `document.querySelectorAll(".hits .hit").length`); n == 0 {
				t.Errorf("filtering on the first bin (%s) gives no hits", hash)
			}
		})
	}
}
