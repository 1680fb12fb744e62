package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// Errors net/http answers itself
//
// A request net/http cannot read (headers over the server's
// MaxHeaderBytes: a URL of a megabyte; a malformed request line or Host
// header; a transfer coding it does not know) never reaches the handler:
// net/http writes a plain-text answer straight to the connection and
// closes it. JSONErrors wraps the listener so that those answers leave in
// the API's JSON form too, with the same status. They are recognised by
// the exact header block net/http writes for them (Content-Type
// text/plain, Connection: close, and no Date), which no answer of a
// handler has: net/http adds a Date to every one.
//
// What it cannot answer: a request whose headers do not arrive within the
// server's ReadHeaderTimeout, or a connection closed or reset while being
// read, gets no answer at all from net/http (the connection is closed).

// plainErrorHeaders is the header block net/http's server writes after
// the status line of the errors it answers itself (server.go, conn.serve).
const plainErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// JSONErrors returns ln, its connections rewriting net/http's plain-text
// answers to requests it could not read into the API's JSON error body.
// maxHeader is the http.Server's MaxHeaderBytes, said in the answer to
// headers over it.
func JSONErrors(ln net.Listener, maxHeader int) net.Listener {
	return &jsonErrListener{Listener: ln, maxHeader: maxHeader}
}

type jsonErrListener struct {
	net.Listener
	maxHeader int
}

func (l *jsonErrListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &jsonErrConn{Conn: c, maxHeader: l.maxHeader}, nil
}

type jsonErrConn struct {
	net.Conn
	maxHeader int
}

func (c *jsonErrConn) Write(b []byte) (int, error) {
	if out, ok := jsonPlainError(b, c.maxHeader); ok {
		if _, err := c.Conn.Write(out); err != nil {
			return 0, err
		}
		return len(b), nil
	}
	return c.Conn.Write(b)
}

// jsonPlainError returns the JSON answer for b when b is a whole answer
// net/http wrote itself ("HTTP/1.1 431 Request Header Fields Too
// Large" and plainErrorHeaders, then its text), false otherwise.
func jsonPlainError(b []byte, maxHeader int) ([]byte, bool) {
	rest, ok := bytes.CutPrefix(b, []byte("HTTP/1.1 "))
	if !ok || len(rest) < 4 || rest[3] != ' ' {
		return nil, false
	}
	line, text, ok := bytes.Cut(rest, []byte(plainErrorHeaders))
	if !ok || bytes.ContainsAny(line, "\r\n") {
		return nil, false
	}
	status, err := strconv.Atoi(string(line[:3]))
	if err != nil || status < 400 || status > 599 {
		return nil, false
	}
	// net/http's text repeats the status line: "400 Bad Request: missing
	// required Host header".
	why := "a malformed request line or header"
	if _, t, ok := strings.Cut(string(text), ": "); ok {
		why = t
	}
	code, msg := "bad_request", "the request could not be read: "+why
	switch status {
	case http.StatusRequestHeaderFieldsTooLarge:
		code = "headers_too_large"
		msg = fmt.Sprintf("the request's URL and headers are over the server's limit of %s; a URL may be at most %d bytes", sizeText(int64(maxHeader)), MaxURI)
	case http.StatusNotImplemented:
		code = "not_implemented"
	}
	body, err := json.Marshal(errorBody{Error: errorDetail{Code: code, Message: msg}})
	if err != nil {
		return nil, false
	}
	head := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\nContent-Length: %d\r\n\r\n",
		status, http.StatusText(status), len(body))
	return append([]byte(head), body...), true
}
