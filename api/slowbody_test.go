package api

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/embedded"
)

// TestUploadSlowBody checks that a client sending its upload's body slowly
// holds no turn to read uploads: with one turn (MaxUploads 1), an upload
// whose client sent one byte of its body and then nothing must not keep
// the next upload waiting until it is refused as busy, as it did while
// the turn was taken before the body was read (two such clients, a byte a
// second each, kept a two-core server's uploads refused); and the slow one
// is refused with 408 at its deadline, naming --timeout.
func TestUploadSlowBody(t *testing.T) {
	ix := sampleIndex(t)
	srv := New(embedded.New(ix), Config{AllowWrites: true, MaxUploads: 1, Timeout: 3 * time.Second})
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	addr := strings.TrimPrefix(hs.URL, "http://")

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// not an assertion: a server that never answers fails the test below
	// instead of hanging it
	conn.SetDeadline(time.Now().Add(time.Minute))
	body := goodUpload
	fmt.Fprintf(conn, "POST /api/v1/documents?filename=slow.txt HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s", addr, len(body), body[:1])
	// the slow upload is in the handler once its byte is being read: wait
	// until the body budget shows it, so that the next upload comes second
	for i := 0; srv.bodies.TryAcquire(bodiesBudget(srv.cfg)); i++ {
		srv.bodies.Release(bodiesBudget(srv.cfg))
		if i == 1000 {
			t.Fatal("the slow upload never reached the server")
		}
		time.Sleep(5 * time.Millisecond)
	}

	res, err := http.Post(hs.URL+"/api/v1/documents?filename="+"plan.txt", "text/plain", strings.NewReader(strings.ReplaceAll(goodUpload, "2024", "2031")))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Errorf("an upload beside one whose body is slow = %s, want 201 Created", res.Status)
	}

	slow, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the slow upload got no answer: %v", err)
	}
	var b strings.Builder
	bufio.NewReader(slow.Body).WriteTo(&b)
	if slow.StatusCode != http.StatusRequestTimeout || !strings.Contains(b.String(), "body_timeout") || !strings.Contains(b.String(), "--timeout") {
		t.Errorf("the upload whose body never came = %s %s, want 408 body_timeout naming --timeout", slow.Status, b.String())
	}
}
