package api

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/govreport/govreport/search"
)

// csv reads the format parameter: json (the default) or csv.
func (p *params) csv() bool {
	switch f := p.str("format"); f {
	case "", "json":
		return false
	case "csv":
		return true
	default:
		if p.err == nil {
			p.err = badRequest(fmt.Sprintf("parameter format=%q is not json or csv", f))
		}
		return false
	}
}

// Headers of a CSV export: the number of rows of the whole result, and,
// when rows are left after those sent (a result over search.MaxExport, or
// a page of it), which rows were sent.
const (
	headerTotal     = "X-Result-Total"
	headerTruncated = "X-Result-Truncated"
)

// exportRows caps a CSV export (a variable for tests).
var exportRows = search.MaxExport

// searchCSV answers a search with format=csv: the hits (sections, or
// reports with group=document) from req.From on, at most req.Size rows
// (search.MaxExport when the request gave no size). When rows of the
// result are left after them, X-Result-Truncated says which rows were
// sent and the from of the next.
func (s *Server) searchCSV(c *gin.Context, req search.Request) {
	req.Export, req.CountOnly = true, false
	res, err := s.engine.Search(c.Request.Context(), req)
	if err != nil {
		s.fail(c, err)
		return
	}
	var buf bytes.Buffer
	if err := search.WriteCSV(&buf, res, req.Group); err != nil {
		s.fail(c, err)
		return
	}
	c.Header(headerTotal, strconv.Itoa(res.Total))
	if next := req.From + len(res.Hits); next < res.Total {
		c.Header(headerTruncated, fmt.Sprintf("rows %d-%d of %d; the next from=%d", req.From+1, next, res.Total, next))
	}
	kind := exportSections
	if req.Group == "document" {
		kind = exportReports
	}
	parts := append([]string{req.Query}, filterParts(req.Filters)...)
	if next := req.From + len(res.Hits); req.From > 0 || next < res.Total {
		// a part of the result (over the cap, or a page): which rows
		parts = append(parts, fmt.Sprintf("第%d-%d行", req.From+1, next))
	}
	sendCSV(c, kind, parts, buf.Bytes()) // export.go
}

// timeline answers GET /api/v1/timeline: where and when the reports of a
// query's exact set appear (search.Timeline), as JSON or, with format=csv,
// one of its tables (table=years, regions or first).
func (s *Server) timeline(c *gin.Context) {
	p := s.params(c)
	req := search.Request{
		Query:   p.q.Get("q"),
		Filters: p.filters(),
	}
	csv := p.csv()
	table := p.str("table")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	if strings.TrimSpace(req.Query) == "" {
		s.fail(c, fmt.Errorf("parameter q is empty: %w", search.ErrBadQuery))
		return
	}
	if table != "" && !csv {
		s.fail(c, badRequest("parameter table goes with format=csv"))
		return
	}
	tl, err := s.engine.Timeline(c.Request.Context(), req)
	if err != nil {
		s.fail(c, err)
		return
	}
	if !csv {
		c.JSON(http.StatusOK, tl)
		return
	}
	var buf bytes.Buffer
	if err := search.WriteTimelineCSV(&buf, tl, table); err != nil {
		s.fail(c, err)
		return
	}
	if table == "" {
		table = "years"
	}
	sendCSV(c, timelineExport(table), append([]string{req.Query}, filterParts(req.Filters)...), buf.Bytes())
}
