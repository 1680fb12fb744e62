package web_test

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// TestE2E_LayoutOverCorpus checks the page widths over a real collection:
// every report under the folder named by GOVREPORT_LAYOUT_CORPUS, the
// search, document and compare pages at 1400 and 390 px. It reads and
// indexes the whole folder (minutes for a few hundred reports), so it runs
// only when asked:
//
//	GOVREPORT_LAYOUT_CORPUS=../../shared/dev/files go test ./web -run LayoutOverCorpus -v
func TestE2E_LayoutOverCorpus(t *testing.T) {
	dir := os.Getenv("GOVREPORT_LAYOUT_CORPUS")
	if dir == "" {
		t.Skip("set GOVREPORT_LAYOUT_CORPUS to a folder of reports to check the layout over them")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GOVREPORT_LAYOUT_CORPUS: %v", err)
	}
	chromiumPath(t)
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var docs []*corpus.Document
	err = corpus.Walk(dir, func(path string, d *corpus.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(embedded.New(ix), api.Config{}).Handler())
	defer srv.Close()
	t.Logf("%d reports from %s", len(docs), dir)

	// The longest document, and a previous-year pair, for the other pages.
	var long, from, to string
	most := 0
	for _, d := range docs {
		if len(d.Body) > most {
			long, most = d.ID, len(d.Body)
		}
	}
	for _, d := range ix.Documents() {
		var cp struct {
			Previous *struct {
				ID string `json:"id"`
			} `json:"previous"`
		}
		getJSON(t, srv.URL+"/api/v1/documents/"+url.PathEscape(d.ID)+"/counterparts", &cp)
		if cp.Previous != nil {
			from, to = cp.Previous.ID, d.ID
			break
		}
	}
	for _, q := range []string{"两新", "以旧换新"} {
		var res struct {
			Total int `json:"total"`
			Exact []struct {
				Sections int `json:"sections"`
			} `json:"exact"`
		}
		getJSON(t, srv.URL+"/api/v1/search?size=0&q="+url.QueryEscape(q), &res)
		t.Logf("search %s: %d sections, exact wording %+v", q, res.Total, res.Exact)
	}
	pages := []string{
		"#/search?q=" + url.QueryEscape("两新"),
		"#/search?q=" + url.QueryEscape(`"以旧换新"`),
		"#/search?q=" + url.QueryEscape("教育"),
		"#/search",
		"#/doc/" + url.PathEscape(long),
		"#/upload",
	}
	if from != "" {
		pages = append(pages, "#/compare?from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to),
			"#/compare?view=side&from="+url.QueryEscape(from)+"&to="+url.QueryEscape(to))
	}
	for _, width := range []int{1400, 390} {
		ctx := browser(t, width, 900)
		for i, p := range pages {
			do(t, ctx, p,
				chromedp.Navigate(srv.URL+"/"+p),
				until(`!document.querySelector("#main .loading") && document.querySelector("#main").children.length > 0`),
			)
			shot(t, ctx, fmt.Sprintf("corpus-%d-%d", width, i))
			w := eval[int](t, ctx, `document.documentElement.scrollWidth`)
			t.Logf("%d px: %s is %d px wide", width, p, w)
			if w > width {
				t.Errorf("%d px: %s is %d px wide", width, p, w)
			}
		}
	}
}
