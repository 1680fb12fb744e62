package web_test

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// A fictional plan whose numbering skips a level, so that the reader
// warns, and a file the reader refuses.
const (
	uploadPlan = "云岫市教育局2025年工作要点\n一、总体要求\n坚持立德树人，全面落实双减。\n二、重点任务\n（一）学位供给\n新建改扩建中小学12所。\n（三）课后服务\n课后服务覆盖率达到98%。\n"
	uploadBad  = "\x00\x01\x02\x03 not a report \x00\x00"
)

// TestE2E_Upload adds two files through the upload page of a server that
// needs a token: both wait for the token, which the page asks for; then
// the report is indexed and its line names its title and the reader's
// warnings, and the other file's line says why it failed.
func TestE2E_Upload(t *testing.T) {
	chromiumPath(t)
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	srv := httptest.NewServer(api.New(embedded.New(ix), api.Config{Token: "sekret"}).Handler())
	defer srv.Close()
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "云岫市2025年工作要点.txt"), filepath.Join(dir, "garbage.txt")
	if err := os.WriteFile(good, []byte(uploadPlan), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(uploadBad), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t, 1280, 900)

	do(t, ctx, "choose two files",
		chromedp.Navigate(srv.URL+"/#/upload"),
		chromedp.WaitReady(chromedp.CSS(`#upload-files`)),
		chromedp.SetUploadFiles(chromedp.CSS(`#upload-files`), []string{good, bad}),
		visible(`.upload-token`),
		until(`document.querySelectorAll(".upload-line.wait").length === 2`),
	)
	shot(t, ctx, "upload-token")
	if docs, _ := ix.Stats(); docs != 0 {
		t.Fatalf("before the token was given the index holds %d documents", docs)
	}

	do(t, ctx, "give the token",
		chromedp.SendKeys(chromedp.CSS(`#upload-token`), "sekret"),
		click(`.upload-token button[type=submit]`),
		until(`document.querySelectorAll(".upload-line.ok, .upload-line.fail").length === 2`),
	)
	shot(t, ctx, "upload-done")
	type line struct {
		Name, ID, Title, Href, State, Code string
		Warnings                           int
	}
	lines := eval[[]line](t, ctx, `[...document.querySelectorAll(".upload-line")].map(li => ({
		Name: li.querySelector(".upload-name").textContent,
		ID: li.dataset.id || "",
		Title: (li.querySelector(".upload-doc") || {}).textContent || "",
		Href: (li.querySelector(".upload-doc") || {}).getAttribute?.("href") || "",
		State: li.className,
		Code: li.dataset.code || "",
		Warnings: li.querySelectorAll(".upload-warnings li").length,
	}))`)
	if len(lines) != 2 {
		t.Fatalf("the page shows %d lines for 2 files: %+v", len(lines), lines)
	}
	ok, failed := lines[0], lines[1]
	if !strings.Contains(ok.State, "ok") || ok.ID == "" {
		t.Fatalf("the report's line is %+v, want it indexed", ok)
	}
	doc, err := ix.Document(ok.ID)
	if err != nil {
		t.Fatalf("the page names document %s, which the index does not hold: %v", ok.ID, err)
	}
	if ok.Title != doc.Title || ok.Href == "" {
		t.Errorf("the report's line shows title %q linking to %q; the index has %q", ok.Title, ok.Href, doc.Title)
	}
	if len(doc.Warnings) == 0 || ok.Warnings != len(doc.Warnings) {
		t.Errorf("the report's line shows %d warnings; the reader gave %d", ok.Warnings, len(doc.Warnings))
	}
	if !strings.Contains(failed.State, "fail") || failed.Code == "" || failed.Name != "garbage.txt" {
		t.Errorf("the refused file's line is %+v, want a failure with the server's code", failed)
	}
	if docs, _ := ix.Stats(); docs != 1 {
		t.Errorf("after the upload the index holds %d documents, want 1", docs)
	}

	// The token is kept for the session: a later upload does not ask again.
	do(t, ctx, "upload again",
		chromedp.Navigate(srv.URL+"/#/search"),
		visible(`form.searchbar`),
		chromedp.Navigate(srv.URL+"/#/upload"),
		chromedp.WaitReady(chromedp.CSS(`#upload-files`)),
		chromedp.SetUploadFiles(chromedp.CSS(`#upload-files`), []string{good}),
		until(`document.querySelectorAll(".upload-line.ok").length === 1`),
	)
}
