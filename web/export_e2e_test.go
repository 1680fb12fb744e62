package web_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/search"
)

// download runs steps that start a download and returns the name the
// browser gives the file (the server's Content-Disposition) and its rows
// read as CSV, failing unless it starts with a BOM.
func download(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) (string, [][]string) {
	t.Helper()
	dir := t.TempDir()
	begin := chromedp.Events(ctx, cdpbrowser.DownloadWillBegin)
	progress := chromedp.Events(ctx, cdpbrowser.DownloadProgress)
	do(t, ctx, what, append([]chromedp.Action[chromedp.Void]{
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
				Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &yes,
			})
			return err
		}),
	}, steps...)...)
	var name string
	for ev, err := range begin {
		if err != nil {
			t.Fatalf("%s: waiting for the download: %v", what, err)
		}
		name = ev.SuggestedFilename
		break
	}
	var file string
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("%s: waiting for the download: %v", what, err)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCanceled {
			t.Fatalf("%s: the browser canceled the download", what)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCompleted {
			file = filepath.Join(dir, ev.GUID)
			break
		}
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if !bytes.HasPrefix(b, []byte(search.BOM)) {
		t.Errorf("%s: the file has no BOM", what)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte(search.BOM)))).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("%s: CSV %v, %d records", what, err, len(recs))
	}
	return name, recs[1:]
}

// TestE2E_Exports downloads, as a reader does, the document list of a
// year and a search's reports: each file is named by what it holds (its
// kind, query and filters), and the document list's holds every document
// of the year, not the page shown.
func TestE2E_Exports(t *testing.T) {
	_, srv := server(t)
	var list struct {
		Total     int `json:"total"`
		Documents []struct {
			ID   string `json:"id"`
			Year int    `json:"year"`
		} `json:"documents"`
	}
	getJSON(t, srv.URL+"/api/v1/documents?size=100", &list)
	if len(list.Documents) == 0 {
		t.Fatal("the sample corpus lists no documents")
	}
	year := list.Documents[0].Year
	var ofYear struct {
		Total int `json:"total"`
	}
	getJSON(t, srv.URL+fmt.Sprintf("/api/v1/documents?year=%d", year), &ofYear)
	ctx := browser(t, 1280, 900)

	do(t, ctx, "list the documents of a year", chromedp.Navigate(srv.URL+fmt.Sprintf("/#/search?year=%d", year)), visible(`.doc-csv`))
	shot(t, ctx, "documents")
	name, rows := download(t, ctx, "download the document list", click(`.doc-csv`))
	if want := fmt.Sprintf("文档列表_%d.csv", year); name != want {
		t.Errorf("the document list downloads as %q, want %q", name, want)
	}
	if len(rows) != ofYear.Total {
		t.Errorf("the document list of %d holds %d rows, want %d", year, len(rows), ofYear.Total)
	}
	for _, r := range rows {
		if len(r) < 3 || r[2] != fmt.Sprint(year) {
			t.Errorf("a row of the document list of %d: %q", year, r)
			break
		}
	}

	q := `"` + phrase + `"`
	do(t, ctx, "search a quoted phrase", chromedp.Navigate(srv.URL+"/#/search?q="+url.QueryEscape(q)), visible(`.timeline .downloads a`))
	name, _ = download(t, ctx, "download the reports of a search",
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll(".timeline .downloads a")].find(a => a.textContent === "报告").click()`))
	if want := "检索报告_" + phrase + ".csv"; name != want {
		t.Errorf("the reports of %s download as %q, want %q", q, name, want)
	}
}
