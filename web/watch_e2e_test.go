package web_test

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/watch"
)

// TestE2E_Watch saves a search with the 关注 button of a server that needs
// a token (the page asks for it), follows the feed link it shows once a
// matching report comes, finds the watch on the list page with its new
// report, and deletes it there.
func TestE2E_Watch(t *testing.T) {
	chromiumPath(t)
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	st, err := watch.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(embedded.New(ix), api.Config{Token: "sekret", Watches: st}).Handler())
	defer srv.Close()
	ctx := browser(t, 1280, 900)
	q := `"` + phrase + `"`

	do(t, ctx, "search, then 关注",
		chromedp.Navigate(srv.URL+"/#/search?region="+url.QueryEscape("明湖")+"&q="+url.QueryEscape(q)),
		visible(`.result-count .watch-btn`),
		click(`.watch-btn`),
		visible(`.watch-token input`),
	)
	if n := len(st.List()); n != 0 {
		t.Fatalf("before the token was given there are %d watches", n)
	}
	do(t, ctx, "give the token",
		chromedp.SendKeys(chromedp.CSS(`.watch-token input`), "sekret"),
		click(`.watch-token button`),
		visible(`.watch .watch-feed`),
	)
	shot(t, ctx, "watch-saved")
	ws := st.List()
	if len(ws) != 1 || ws[0].Query != q || strings.Join(ws[0].Regions, ",") != "明湖" {
		t.Fatalf("watches after 关注: %+v, want one of %s with region 明湖", ws, q)
	}
	feed := eval[string](t, ctx, `document.querySelector(".watch .watch-feed").href`)
	if feed != srv.URL+"/api/v1/watches/"+ws[0].ID+"/feed" {
		t.Errorf("the page links the feed %s, want %s", feed, srv.URL+"/api/v1/watches/"+ws[0].ID+"/feed")
	}

	// A new report of 明湖市 with the phrase comes.
	report := "明湖市教育局2025年工作要点\n一、总体要求\n坚持立德树人。\n二、重点任务\n（一）" + phrase + "\n" + phrase + "覆盖全部义务教育学校。\n"
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/documents?filename=plan-2025.txt", strings.NewReader(report))
	req.Header.Set("Authorization", "Bearer sekret")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var up struct {
		ID      string
		Watches []struct{ ID string }
	}
	json.NewDecoder(res.Body).Decode(&up)
	res.Body.Close()
	if res.StatusCode != 201 || len(up.Watches) != 1 || up.Watches[0].ID != ws[0].ID {
		t.Fatalf("upload = %s, watches %+v; want the watch named", res.Status, up.Watches)
	}
	res, err = http.Get(feed)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	var f struct {
		Entries []struct {
			Link struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(b, &f); err != nil || len(f.Entries) != 1 || !strings.HasSuffix(f.Entries[0].Link.Href, "/#/doc/"+up.ID) {
		t.Errorf("the feed the page links (%v) lists %+v, want the new report %s only", err, f.Entries, up.ID)
	}

	do(t, ctx, "the list of watches",
		click(`.watch a[href="#/watches"]`),
		visible(`.watches tr[data-watch]`),
	)
	shot(t, ctx, "watches")
	type row struct{ Q, New, Feed string }
	r := eval[row](t, ctx, `(() => {
		const tr = document.querySelector(".watches tr[data-watch]");
		return {Q: tr.querySelector("td a").textContent, New: tr.querySelector("td.num").textContent, Feed: tr.querySelector(".watch-feed").href};
	})()`)
	if r.Q != q || r.New != "1" || r.Feed != feed {
		t.Errorf("the list shows %+v, want %s with 1 new report and its feed", r, q)
	}
	do(t, ctx, "delete the watch",
		click(`.watches .watch-delete`),
		until(`!document.querySelector(".watches tr[data-watch]") && !!document.querySelector(".watch-list .hint")`),
	)
	if n := len(st.List()); n != 0 {
		t.Errorf("after 取消关注 there are %d watches", n)
	}
}
