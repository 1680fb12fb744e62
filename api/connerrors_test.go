package api

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestJSONErrors: a request net/http answers itself (a URL of a megabyte,
// over the server's header limit: 431; no Host header: 400) gets the
// API's JSON error with the same status, and the answers of the API pass
// through unchanged, on the same connection too.
func TestJSONErrors(t *testing.T) {
	ts := newTestServer(t, Config{})
	const maxHeader = MaxURI + 64<<10
	srv := &http.Server{Handler: ts.h, MaxHeaderBytes: maxHeader, ReadHeaderTimeout: 10 * time.Second}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(JSONErrors(ln, maxHeader))
	defer srv.Close()

	// exchange sends the raw requests on one connection and reads an
	// answer for each.
	exchange := func(reqs ...string) []*http.Response {
		t.Helper()
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(20 * time.Second))
		go func() {
			for _, r := range reqs {
				if _, err := io.WriteString(c, r); err != nil {
					return // the server closed it, having answered
				}
			}
		}()
		br := bufio.NewReader(c)
		var out []*http.Response
		for range reqs {
			res, err := http.ReadResponse(br, nil)
			if err != nil {
				t.Fatalf("reading an answer: %v", err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body = io.NopCloser(strings.NewReader(string(body)))
			out = append(out, res)
			if res.Close {
				break
			}
		}
		return out
	}
	wantJSON := func(res *http.Response, status int, code, says string) {
		t.Helper()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != status || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Fatalf("status %d %q, want %d in JSON: %s", res.StatusCode, res.Header.Get("Content-Type"), status, body)
		}
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || e.Error.Code != code || !strings.Contains(e.Error.Message, says) {
			t.Errorf("body %s, want code %q saying %q", body, code, says)
		}
	}

	ok := "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
	res := exchange(ok, "GET /api/v1/search?q="+strings.Repeat("a", 1<<20)+" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	if len(res) != 2 {
		t.Fatalf("%d answers, want 2", len(res))
	}
	if res[0].StatusCode != 200 || res[0].Header.Get("Date") == "" {
		t.Errorf("healthz: %d, Date %q: want the API's answer unchanged", res[0].StatusCode, res[0].Header.Get("Date"))
	}
	wantJSON(res[1], http.StatusRequestHeaderFieldsTooLarge, "headers_too_large", "128 KiB")

	res = exchange("GET /api/v1/stats HTTP/1.1\r\n\r\n")
	wantJSON(res[0], http.StatusBadRequest, "bad_request", "Host")
}
