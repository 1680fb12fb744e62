package api

// Watches
//
// A watch is a saved query (package watch). POST and DELETE are writes,
// under the same token rules as uploads; the list and the Atom feed are
// reads. What is new to a watch is decided by package watch: a report
// that matches the query and entered the index after the watch was made.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/govreport/govreport/watch"
)

// errNoWatches marks a watch route on a server started without a place to
// keep watches (an API over an index with no data folder).
var errNoWatches = errors.New("this server keeps no watches (it was started without a data folder for them)")

// WatchJSON is a watch as the API shows it (and govreport watch list).
type WatchJSON struct {
	ID      string    `json:"id"`
	Q       string    `json:"q"`
	Year    []string  `json:"year"`
	Region  []string  `json:"region"`
	Kind    []string  `json:"kind"`
	Issuer  []string  `json:"issuer"`
	Created time.Time `json:"created"`
	// Feed is the path of the watch's Atom feed.
	Feed string `json:"feed"`
	// New is the number of reports new to the watch: matching, and added
	// after it was made.
	New int `json:"new"`
}

// Watch returns the watch j shows.
func (j WatchJSON) Watch() watch.Watch {
	return watch.Watch{ID: j.ID, Query: j.Q, Years: j.Year, Regions: j.Region, Kinds: j.Kind, Issuers: j.Issuer, Created: j.Created}
}

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

func (s *Server) watchOut(c *gin.Context, w watch.Watch) (WatchJSON, error) {
	return NewWatchJSON(c.Request.Context(), s.engine, w)
}

// NewWatchJSON returns w as the API shows it, with its number of new
// reports in r.
func NewWatchJSON(ctx context.Context, r watch.Reporter, w watch.Watch) (WatchJSON, error) {
	reps, err := watch.New(ctx, r, w)
	if err != nil {
		return WatchJSON{}, err
	}
	return WatchJSON{ID: w.ID, Q: w.Query, Year: nonNil(w.Years), Region: nonNil(w.Regions), Kind: nonNil(w.Kinds),
		Issuer: nonNil(w.Issuers), Created: w.Created, Feed: "/api/v1/watches/" + url.PathEscape(w.ID) + "/feed", New: len(reps)}, nil
}

// stringList is a JSON string list that also takes one string or number
// (a year), values split at commas as the search parameters are.
type stringList []string

func (l *stringList) UnmarshalJSON(b []byte) error {
	var many []json.RawMessage
	if err := json.Unmarshal(b, &many); err != nil {
		many = []json.RawMessage{b}
	}
	*l = nil
	for _, raw := range many {
		var v string
		if err := json.Unmarshal(raw, &v); err != nil {
			var n int
			if err := json.Unmarshal(raw, &n); err != nil {
				return fmt.Errorf("%s is not a string or a list of strings", b)
			}
			v = strconv.Itoa(n)
		}
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				*l = append(*l, part)
			}
		}
	}
	return nil
}

// createWatch answers POST /api/v1/watches: a JSON object with q and any
// of year, region, kind, issuer (a string or a list of strings). It saves
// the watch (201), or answers the existing watch of the same query and
// filters (200).
func (s *Server) createWatch(c *gin.Context) {
	if s.watches == nil {
		s.fail(c, errNoWatches)
		return
	}
	var body struct {
		Q      string     `json:"q"`
		Year   stringList `json:"year"`
		Region stringList `json:"region"`
		Kind   stringList `json:"kind"`
		Issuer stringList `json:"issuer"`
	}
	dec := json.NewDecoder(c.Request.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(&body)
	if err == nil {
		// one object, as json.Unmarshal takes: not the first of several
		if _, end := dec.Token(); !errors.Is(end, io.EOF) {
			err = end
			if err == nil {
				err = errors.New("more than one JSON value")
			}
		}
	}
	if err != nil {
		var maxBytes *http.MaxBytesError
		if errors.As(err, &maxBytes) {
			s.fail(c, err)
			return
		}
		s.fail(c, badRequest("the body must be a JSON object with q and any of year, region, kind, issuer: "+err.Error()))
		return
	}
	if hasReplacement(slices.Concat([]string{body.Q}, body.Year, body.Region, body.Kind, body.Issuer)...) {
		s.fail(c, badRequest("the body is not valid UTF-8"))
		return
	}
	// A filter is kept and shown as given (govreport watch list prints it
	// to a terminal, the feed's title holds it); the query's own parser
	// refuses control characters in q, saying where.
	for _, f := range []struct {
		name string
		vals []string
	}{{"year", body.Year}, {"region", body.Region}, {"kind", body.Kind}, {"issuer", body.Issuer}} {
		for _, v := range f.vals {
			if r, ok := controlRune(v); ok {
				s.fail(c, badRequest(fmt.Sprintf("field %s: %q holds the control character %U", f.name, v, r)))
				return
			}
		}
	}
	w := watch.Watch{Query: body.Q, Years: body.Year, Regions: body.Region, Kinds: body.Kind, Issuers: body.Issuer}
	if err := w.Check(); err != nil {
		s.fail(c, err)
		return
	}
	if w.Created, err = s.store.Now(c.Request.Context()); err != nil {
		s.fail(c, err)
		return
	}
	saved, created, err := s.watches.Add(w)
	if err != nil {
		s.fail(c, err)
		return
	}
	out, err := s.watchOut(c, saved)
	if err != nil {
		s.fail(c, err)
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	c.Header("Location", "/api/v1/watches/"+url.PathEscape(saved.ID)+"/feed")
	c.JSON(status, out)
}

// listWatches answers GET /api/v1/watches, oldest first.
func (s *Server) listWatches(c *gin.Context) {
	if s.watches == nil {
		s.fail(c, errNoWatches)
		return
	}
	out := []WatchJSON{}
	for _, w := range s.watches.List() {
		j, err := s.watchOut(c, w)
		if err != nil {
			s.fail(c, err)
			return
		}
		out = append(out, j)
	}
	c.JSON(http.StatusOK, gin.H{"watches": out})
}

func (s *Server) deleteWatch(c *gin.Context) {
	if s.watches == nil {
		s.fail(c, errNoWatches)
		return
	}
	if err := s.watches.Delete(c.Param("id")); err != nil {
		s.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// watchFeed answers GET /api/v1/watches/{id}/feed: the Atom feed of the
// reports new to the watch, newest first.
func (s *Server) watchFeed(c *gin.Context) {
	if s.watches == nil {
		s.fail(c, errNoWatches)
		return
	}
	w, err := s.watches.Get(c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	reps, err := watch.New(c.Request.Context(), s.engine, w)
	if err != nil {
		s.fail(c, err)
		return
	}
	var buf bytes.Buffer
	if err := watch.WriteAtom(&buf, w, reps, origin(c)); err != nil {
		s.fail(c, err)
		return
	}
	c.Data(http.StatusOK, "application/atom+xml; charset=utf-8", buf.Bytes())
}

// origin returns scheme://host of the request, for absolute links.
func origin(c *gin.Context) string {
	scheme := "http"
	if c.Request.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + c.Request.Host
}

// newToWatches returns the watches that document id, just added, is new
// to (none when it was in the index before since). A failure is logged,
// not returned: the document is stored whatever the watches say.
func (s *Server) newToWatches(c *gin.Context, id string, since time.Time) []watchRef {
	out := []watchRef{}
	if s.watches == nil {
		return out
	}
	ms, err := watch.Matching(c.Request.Context(), s.engine, s.watches.List(), []string{id}, since)
	if err != nil {
		s.log.Error("matching watches", "document", id, "err", err)
	}
	for _, m := range ms {
		out = append(out, watchRef{ID: m.Watch.ID, Watch: m.Watch.String()})
	}
	return out
}

// watchRef names a watch a new document matched, in an upload's answer.
type watchRef struct {
	ID    string `json:"id"`
	Watch string `json:"watch"` // its query and filters, as the query language writes them
}
