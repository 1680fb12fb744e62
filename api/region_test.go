package api

import (
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// TestServer_DocumentsByProvince checks that the document list carries each
// document's province and prefecture, and that a region filter naming a
// province lists the documents of every place under it. The reports are
// invented; the places are real so that the gazetteer gives their chain.
func TestServer_DocumentsByProvince(t *testing.T) {
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for name, place := range map[string]string{"a.txt": "浙江省", "b.txt": "金华市", "c.txt": "义乌市", "d.txt": "延边州"} {
		text := "政府工作报告\n——2024年1月10日在" + place + "第九届人民代表大会第三次会议上\n各位代表：\n现在，我代表人民政府，向大会报告工作。\n一、2023年工作回顾\n" + place + "新建学校。\n"
		d, err := corpus.Read(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	ts := &testServer{t: t, ix: ix, h: New(embedded.New(ix), Config{}).Handler()}
	var res struct {
		Documents []docInfo `json:"documents"`
	}
	ts.get("/api/v1/documents?region=浙江", 200, &res)
	var got []string
	for _, d := range res.Documents {
		got = append(got, d.Region+"/"+d.Province+"/"+d.Prefecture)
	}
	sort.Strings(got)
	if want := "义乌市/浙江省/金华市 浙江省/浙江省/ 金华市/浙江省/"; strings.Join(got, " ") != want {
		t.Errorf("documents?region=浙江 = %q, want %q", got, want)
	}
}

// TestServer_FilterValueLists: values apart by commas, ASCII or fullwidth
// (the comma a Chinese input method gives), are several values, in the
// query's filters and in the parameters alike: each way of asking for the
// reports of 明湖市 or 望川县 counts the same, and that is the sum of the
// two places' (a value 明湖市，望川县 taken whole matched no report).
func TestServer_FilterValueLists(t *testing.T) {
	ts := newTestServer(t, Config{})
	count := func(target string) int {
		t.Helper()
		var res searchResult
		ts.get(target, http.StatusOK, &res)
		return res.Total
	}
	q := url.QueryEscape(`"课后服务"`)
	one, other := count("/api/v1/search?group=document&q="+q+"&region="+url.QueryEscape("明湖市")), count("/api/v1/search?group=document&q="+q+"&region="+url.QueryEscape("望川县"))
	if one == 0 || other == 0 {
		t.Fatalf("the sample should hold 课后服务 in reports of 明湖市 (%d) and 望川县 (%d)", one, other)
	}
	for _, target := range []string{
		"/api/v1/search?group=document&q=" + q + "&region=" + url.QueryEscape("明湖市,望川县"),
		"/api/v1/search?group=document&q=" + q + "&region=" + url.QueryEscape("明湖市，望川县"),
		"/api/v1/search?group=document&q=" + url.QueryEscape(`"课后服务" region:明湖市,望川县`),
		"/api/v1/search?group=document&q=" + url.QueryEscape(`"课后服务" region:明湖市，望川县`),
	} {
		if n := count(target); n != one+other {
			t.Errorf("GET %s: %d reports, want %d + %d", target, n, one, other)
		}
	}
}
