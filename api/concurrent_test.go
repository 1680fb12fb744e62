package api

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// TestServer_ConcurrentWritesAndReads runs uploads, deletes, corrections,
// searches, compares, document and counterpart reads, feeds and watch
// changes at once, each reader aiming at documents that a writer is
// deleting meanwhile: every answer must be a success or a 404 for a
// document gone, never a 5xx; and the index must hold exactly what the
// acknowledged writes left. .ci/run runs the api tests under -race.
func TestServer_ConcurrentWritesAndReads(t *testing.T) {
	ts := newTestServer(t, Config{AllowWrites: true, Watches: openWatches(t)})
	send := func(method, target, body string) (int, []byte) {
		var req = httptest.NewRequest(method, target, strings.NewReader(body))
		rec := httptest.NewRecorder()
		ts.h.ServeHTTP(rec, req)
		return rec.Code, rec.Body.Bytes()
	}
	// Two years of one county's plan: a pair compare reads while each is
	// replaced or deleted.
	plan := func(year, round int) string {
		return fmt.Sprintf("岚川县教育局%d年工作要点\n一、总体要求\n坚持立德树人，推进第%d轮并行测试。\n二、重点任务\n新建学校%d所，改善办学条件。\n", year, round, round+3)
	}
	var (
		mu   sync.Mutex
		ids  []string            // uploaded, for the readers to aim at
		live = map[string]bool{} // the acknowledged state of each ID
	)
	note := func(id string, present bool) {
		mu.Lock()
		defer mu.Unlock()
		if present {
			ids = append(ids, id)
		}
		live[id] = present
	}
	pick := func(i int) string {
		mu.Lock()
		defer mu.Unlock()
		if len(ids) == 0 {
			return "0123456789abcdef"
		}
		return ids[i%len(ids)]
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2000)
	// Writers: each uploads its own documents, corrects half and deletes
	// the other half.
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 8; i++ {
				code, body := send("POST", "/api/v1/documents?filename=p.txt", plan(2030+i%2, 100*w+i))
				if code != 201 {
					errs <- fmt.Errorf("upload = %d: %s", code, body)
					continue
				}
				var d docJSON
				json.Unmarshal(body, &d)
				note(d.ID, true)
				if i%2 == 0 {
					code, body = send("DELETE", "/api/v1/documents/"+d.ID, "")
					if code != 204 {
						errs <- fmt.Errorf("delete %s = %d: %s", d.ID, code, body)
						continue
					}
					note(d.ID, false)
				} else if code, body = send("PATCH", "/api/v1/documents/"+d.ID, `{"issuer":"教育局"}`); code != 200 {
					errs <- fmt.Errorf("patch %s = %d: %s", d.ID, code, body)
				}
			}
		}(w)
	}
	// A watch writer: adds and removes watches while feeds are read.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 6; i++ {
			code, body := send("POST", "/api/v1/watches", fmt.Sprintf(`{"q":"\"并行测试\" 第%d轮"}`, i))
			if code != 201 {
				errs <- fmt.Errorf("create watch = %d: %s", code, body)
				continue
			}
			var w struct {
				ID string `json:"id"`
			}
			json.Unmarshal(body, &w)
			if code, body = send("GET", "/api/v1/watches/"+w.ID+"/feed", ""); code != 200 {
				errs <- fmt.Errorf("feed = %d: %s", code, body)
			}
			if i%2 == 0 {
				if code, body = send("DELETE", "/api/v1/watches/"+w.ID, ""); code != 204 {
					errs <- fmt.Errorf("delete watch = %d: %s", code, body)
				}
			}
		}
	}()
	// Readers: any success, or a 404 for a document deleted meanwhile.
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				a, b := pick(r+i), pick(r+i+1)
				var target string
				switch (r + i) % 7 {
				case 0:
					target = "/api/v1/search?q=" + url.QueryEscape(`"并行测试"`) + "&size=100"
				case 1:
					target = "/api/v1/compare?from=" + a + "&to=" + b
				case 2:
					target = "/api/v1/documents/" + a
				case 3:
					target = "/api/v1/documents/" + a + "/counterparts"
				case 4:
					target = "/api/v1/timeline?q=" + url.QueryEscape(`"并行测试"`)
				case 5:
					target = "/api/v1/terms?year=2031"
				case 6:
					target = "/api/v1/search?q=" + url.QueryEscape("学校 并行") + "&group=document"
				}
				code, body := send("GET", target, "")
				if code != 200 && code != 404 {
					errs <- fmt.Errorf("GET %s = %d: %s", target, code, body)
				}
			}
		}(r)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// The index holds what the acknowledged writes left, and the quoted
	// wording finds exactly their sections.
	want := 0
	for id, present := range live {
		code, _ := send("GET", "/api/v1/documents/"+id, "")
		switch {
		case present && code != 200:
			t.Errorf("document %s acknowledged and not deleted: GET = %d", id, code)
		case !present && code != 404:
			t.Errorf("document %s deleted: GET = %d", id, code)
		}
		if present {
			want++
		}
	}
	var res searchResult
	ts.get("/api/v1/search?q="+url.QueryEscape(`"并行测试"`)+"&size=100", 200, &res)
	if res.Total != want {
		t.Errorf("quoted wording finds %d sections, want %d (one per document kept)", res.Total, want)
	}
}
