package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"syscall"

	"github.com/gin-gonic/gin"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
	"github.com/govreport/govreport/watch"
)

// Error model
//
// Every error leaves the API as {"error":{"code":"...","message":"..."}}
// with the status that matches its code. Handlers never pick a status
// themselves: they return an error, and errorStatus maps its kind to a code
// and a status in one table. Errors the client cannot act on become
// "internal" with a generic message; their detail goes to the log only.

// errBadRequest marks request problems found by the handlers themselves
// (a parameter that is not a number, a missing field).
var errBadRequest = errors.New("bad request")

// errUnauthorized marks a write without a valid token.
var errUnauthorized = errors.New("unauthorized")

// errWritesDisabled marks a write to a server with no token that was not
// started with --allow-writes.
var errWritesDisabled = errors.New("writes are disabled: start the server with --token or --allow-writes")

// errForbidden marks a request refused for where it comes from: a Host
// header that is not this server's, an origin the configuration does not
// allow.
var errForbidden = errors.New("forbidden")

// errURITooLong marks a request whose URL is over MaxURI.
var errURITooLong = errors.New("URI too long")

// errBusy marks a request that waited for its turn (Config.MaxUploads)
// until its deadline.
var errBusy = errors.New("busy")

// errBodyTimeout marks an upload whose body did not arrive by the
// request's deadline (receive).
var errBodyTimeout = errors.New("upload too slow")

// errRouteNotFound marks an unknown route under /api.
var errRouteNotFound = errors.New("no such route")

// errMethodNotAllowed marks a route asked with a method it does not take.
var errMethodNotAllowed = errors.New("method not allowed")

// requestError is an error the client caused, with a message fit to show it.
type requestError struct {
	kind error
	msg  string
}

func (e *requestError) Error() string { return e.msg }
func (e *requestError) Unwrap() error { return e.kind }

func badRequest(msg string) error { return &requestError{kind: errBadRequest, msg: msg} }

// errorStatus maps an error to its code and HTTP status. It is the only
// place in the project that knows HTTP statuses for domain errors.
func errorStatus(err error) (code string, status int) {
	var maxBytes *http.MaxBytesError
	switch {
	case errors.As(err, &maxBytes):
		return "too_large", http.StatusRequestEntityTooLarge
	case errors.Is(err, errBadRequest):
		return "bad_request", http.StatusBadRequest
	case errors.Is(err, search.ErrBadQuery):
		return "bad_query", http.StatusBadRequest
	case errors.Is(err, errUnauthorized), errors.Is(err, errWritesDisabled):
		return "unauthorized", http.StatusUnauthorized
	case errors.Is(err, errURITooLong):
		return "uri_too_long", http.StatusRequestURITooLong
	case errors.Is(err, errForbidden):
		return "forbidden", http.StatusForbidden
	case errors.Is(err, govreport.ErrNotFound), errors.Is(err, errRouteNotFound), errors.Is(err, watch.ErrNotFound):
		return "not_found", http.StatusNotFound
	case errors.Is(err, errMethodNotAllowed):
		return "method_not_allowed", http.StatusMethodNotAllowed
	case errors.Is(err, watch.ErrFull):
		return "too_many_watches", http.StatusConflict
	case errors.Is(err, errNoWatches), errors.Is(err, errors.ErrUnsupported): // a call the backend does not offer
		return "not_implemented", http.StatusNotImplemented
	case errors.Is(err, corpus.ErrUnsupported), errors.Is(err, corpus.ErrBinary), errors.Is(err, corpus.ErrToolMissing):
		return "unsupported_media", http.StatusUnsupportedMediaType
	case errors.Is(err, corpus.ErrEmpty), errors.Is(err, corpus.ErrTruncated), errors.Is(err, corpus.ErrMalformed):
		return "bad_request", http.StatusBadRequest
	case errors.Is(err, corpus.ErrTooLarge), errors.Is(err, compare.ErrTooLarge):
		return "too_large", http.StatusRequestEntityTooLarge
	case errors.Is(err, govreport.ErrRebuilding):
		// Not a 500: the store is whole and the index will answer once
		// its damaged part is read again, in seconds to a minute.
		return "rebuilding", http.StatusServiceUnavailable
	case errors.Is(err, govreport.ErrStoreUnreadable):
		// store.db was cut shorter (or its pages overwritten) under the
		// running server: what needs the store is refused, naming the
		// file, until it is restored and the server started again; the
		// rest (health, the list of documents, facets) answers. Before
		// ErrCorrupt and ErrWriteFailed, which it comes wrapped in.
		return "store_unreadable", http.StatusServiceUnavailable
	case errors.Is(err, govreport.ErrLoading):
		// The server has just started and reads its sections: a request
		// is told so at once rather than held to its deadline.
		return "loading", http.StatusServiceUnavailable
	case errors.Is(err, govreport.ErrCorrupt):
		return "store_damaged", http.StatusInternalServerError
	case errors.Is(err, govreport.ErrWriteFailed):
		if errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), syscall.ENOSPC.Error()) {
			return "insufficient_storage", http.StatusInsufficientStorage
		}
		return "write_failed", http.StatusInternalServerError
	case errors.Is(err, errBusy):
		return "busy", http.StatusServiceUnavailable
	case errors.Is(err, errBodyTimeout):
		return "body_timeout", http.StatusRequestTimeout
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "timeout", http.StatusGatewayTimeout
	}
	return "internal", http.StatusInternalServerError
}

type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// fail writes err as the JSON error body and aborts the request.
func (s *Server) fail(c *gin.Context, err error) {
	code, status := errorStatus(err)
	msg := err.Error()
	// A bad query's message says what is wrong; the sentinel's own words
	// that wrapping tacked on at its end (sort "x" is not relevance, year
	// or -year: bad query) tell a client nothing its code does not.
	if code == "bad_query" {
		msg = strings.TrimSuffix(msg, ": "+search.ErrBadQuery.Error())
	}
	switch status {
	case http.StatusInternalServerError, http.StatusInsufficientStorage:
		s.log.Error("internal error", "method", c.Request.Method, "path", c.Request.URL.Path, "err", err)
		if !errors.Is(err, govreport.ErrWriteFailed) && !errors.Is(err, govreport.ErrCorrupt) { // their cause is the operator's to act on
			msg = "internal error"
		}
	case http.StatusGatewayTimeout:
		msg = "the request took longer than the server allows"
		if te := (*timeoutError)(nil); errors.As(err, &te) {
			msg = te.msg
		}
	case http.StatusServiceUnavailable:
		if code != "store_unreadable" { // asking again does not help: the operator must restore the file
			c.Header("Retry-After", "5")
		}
	case http.StatusRequestEntityTooLarge:
		if !errors.Is(err, corpus.ErrTooLarge) && !errors.Is(err, compare.ErrTooLarge) { // those name the file and the limit
			// the limit, so that a client knows what it may send
			var maxBytes *http.MaxBytesError
			msg = "the request body is larger than the server allows"
			if errors.As(err, &maxBytes) {
				msg = fmt.Sprintf("the request body is over the server's limit of %s (serve --max-body)", sizeText(maxBytes.Limit))
			}
			if fe := (*fileError)(nil); errors.As(err, &fe) {
				msg = fe.name + ": " + msg
			}
		}
	default:
		s.log.Debug("request error", "path", c.Request.URL.Path, "err", err, slog.Int("status", status))
	}
	c.AbortWithStatusJSON(status, errorBody{Error: errorDetail{Code: code, Message: msg}})
}

// sizeText writes n bytes for a message: in MiB when it is a whole number
// of them (the default limit, 20 MiB), in KiB when it is one of those,
// else in bytes.
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
