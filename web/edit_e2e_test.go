package web_test

import (
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

// Two plans of a fictional city bureau without a title line, so that
// inference cannot make them a series; corrections do.
const (
	untitled2023 = "一、总体要求\n坚持立德树人，全面落实双减。\n二、重点任务\n（一）学位供给\n新建改扩建中小学12所。\n（二）课后服务\n课后服务覆盖率达到95%。\n"
	untitled2024 = "一、总体要求\n坚持立德树人，全面落实双减，建设教育强市。\n二、重点任务\n（一）学位供给\n新建改扩建中小学15所。\n（二）课后服务\n课后服务覆盖率达到98%。\n"
)

// TestE2E_CorrectMetadata corrects a document through the form of its page
// on a server that needs a token: the first save asks for the token, the
// second lands, and the page, search facets and counterparts show the
// correction.
func TestE2E_CorrectMetadata(t *testing.T) {
	chromiumPath(t) // skips before indexing when there is no browser
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var ids []string
	for i, text := range []string{untitled2023, untitled2024} {
		d, err := corpus.Read([]string{"a.txt", "b.txt"}[i], []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	// The 2023 plan is corrected already (through the API's own path).
	if _, err := ix.Correct(ids[0], corpus.Override{Title: "云岫市教育局2023年工作要点", Year: 2023, Kind: "要点", Region: "云岫市", Issuer: "教育局"}, nil); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(embedded.New(ix), api.Config{Token: "sekret"}).Handler())
	defer srv.Close()
	ctx := browser(t, 1280, 900)

	do(t, ctx, "open the 2024 plan and its form",
		chromedp.Navigate(srv.URL+"/#/doc/"+url.PathEscape(ids[1])),
		visible(`.doc-head h1`),
		click(`.edit-meta summary`),
		visible(`#edit-title`),
		chromedp.SetValue(chromedp.CSS(`#edit-title`), "云岫市教育局2024年工作要点"),
		chromedp.SetValue(chromedp.CSS(`#edit-year`), "2024"),
		chromedp.SetValue(chromedp.CSS(`#edit-kind`), "要点"),
		chromedp.SetValue(chromedp.CSS(`#edit-region`), "云岫市"),
		chromedp.SetValue(chromedp.CSS(`#edit-issuer`), "教育局"),
		click(`.edit-form button[type=submit]`),
		visible(`#edit-token`),
	)
	shot(t, ctx, "edit-token")
	if msg := eval[string](t, ctx, `document.querySelector(".edit-status").textContent`); !strings.Contains(msg, "令牌") {
		t.Errorf("after a save without a token the form says %q, want it to ask for the token", msg)
	}
	if d, _ := ix.Document(ids[1]); d.Region == "云岫市" {
		t.Fatal("a save without the token changed the document")
	}

	do(t, ctx, "save with the token",
		chromedp.SetValue(chromedp.CSS(`#edit-token`), "sekret"),
		click(`.edit-form button[type=submit]`),
		until(`document.querySelector(".edit-notice") !== null`),
	)
	shot(t, ctx, "edit-saved")
	type page struct {
		Title, Meta, Prev, RegionNote string
	}
	p := eval[page](t, ctx, `({
		Title: document.querySelector(".doc-head h1").textContent,
		Meta: document.querySelector(".doc-meta").textContent,
		Prev: (document.querySelector("#compare-prev") || {}).getAttribute ? document.querySelector("#compare-prev").getAttribute("href") : "",
		RegionNote: (document.querySelector("#edit-region").parentNode.querySelector(".edit-origin") || {}).textContent || "",
	})`)
	if p.Title != "云岫市教育局2024年工作要点" || !strings.Contains(p.Meta, "云岫市") || !strings.Contains(p.Meta, "2024") {
		t.Errorf("after saving, the page shows %q / %q, want the corrected title, year and region", p.Title, p.Meta)
	}
	if !strings.Contains(p.Prev, url.QueryEscape(ids[0])) && !strings.Contains(p.Prev, ids[0]) {
		t.Errorf("after saving, compare-with-previous links to %q, want the corrected 2023 plan %s", p.Prev, ids[0])
	}
	if !strings.Contains(p.RegionNote, "已更正") {
		t.Errorf("the region is not marked as corrected: %q", p.RegionNote)
	}

	// The search facets see it.
	var res struct {
		Facets map[string][]struct {
			Value string `json:"value"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	getJSON(t, srv.URL+"/api/v1/search?q="+url.QueryEscape(`"课后服务覆盖率"`), &res)
	found := 0
	for _, v := range res.Facets["region"] {
		if v.Value == "云岫市" {
			found = v.Count
		}
	}
	if found != 2 {
		t.Errorf("region facet 云岫市 = %d after the correction, want 2: %v", found, res.Facets["region"])
	}

	// 恢复自动识别 empties the field; saving brings inference back. The
	// token is remembered for the session.
	do(t, ctx, "clear the year correction",
		click(`.edit-meta summary`),
		visible(`.edit-reset[data-field=year]`),
		click(`.edit-reset[data-field=year]`),
		chromedp.Evaluate[chromedp.Void](`document.querySelector(".edit-notice").remove()`),
		click(`.edit-form button[type=submit]`),
		until(`document.querySelector(".edit-notice") !== null`),
	)
	c, _ := ix.Corrections(ids[1])
	if c.Year != 0 || c.Region != "云岫市" {
		t.Errorf("after clearing the year: corrections %+v, want the region kept and no year", c)
	}

	// Ingesting the file again keeps what the form saved.
	d, err := corpus.Read("b.txt", []byte(untitled2024))
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(d); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Document(ids[1]); got.Region != "云岫市" || got.Title != "云岫市教育局2024年工作要点" {
		t.Errorf("after ingesting the file again: region %q title %q, want the form's corrections", got.Region, got.Title)
	}
}
