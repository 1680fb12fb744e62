package api

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/govreport/govreport/search"
)

// termsJSON is the answer of GET /api/v1/terms: search.Terms with, for each
// term, the URL of its timeline under the same filters.
type termsJSON struct {
	*termsBase
	Terms []termJSON `json:"terms"` // shadows termsBase's
}

// termsBase is search.Terms under a name of its own, so that its field
// Terms can be shadowed.
type termsBase = search.Terms

type termJSON struct {
	search.YearTerm
	Timeline string `json:"timeline"`
}

// terms answers GET /api/v1/terms: the new terms of a year's reports
// (search.Terms), or with dropped=true the ones the previous year's
// reports used and the year's no longer do; format=csv exports them.
func (s *Server) terms(c *gin.Context) {
	p := s.params(c)
	f := p.filters()
	csv := p.csv()
	req := search.TermsRequest{Dropped: p.bool("dropped")}
	if csv {
		// an export is every term up to exportRows, or the limit given
		req.Export, req.Limit = true, p.int("limit", exportRows, 1, exportRows)
	} else {
		req.Limit = p.int("limit", 0, 1, search.MaxTerms)
	}
	if p.err == nil {
		switch years := p.list("year"); {
		case len(years) == 0:
			p.err = badRequest("parameter year is required: the year whose terms to list, e.g. year=2024")
		case len(years) > 1 || f.Years[0].From != f.Years[0].To:
			p.err = badRequest(fmt.Sprintf("parameter year=%q must be one year, e.g. year=2024", strings.Join(years, ",")))
		default:
			req.Year, f.Years = f.Years[0].From, nil
		}
	}
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	req.Filters = f
	ts, err := s.engine.Terms(c.Request.Context(), req)
	if err != nil {
		s.fail(c, err)
		return
	}
	if csv {
		var buf bytes.Buffer
		if err := search.WriteTermsCSV(&buf, ts); err != nil {
			s.fail(c, err)
			return
		}
		c.Header(headerTotal, strconv.Itoa(ts.Total))
		if ts.Total > len(ts.Terms) {
			c.Header(headerTruncated, fmt.Sprintf("rows 1-%d of %d", len(ts.Terms), ts.Total))
		}
		kind := exportTerms
		if ts.Dropped {
			kind = exportDropped
		}
		sendCSV(c, kind, append([]string{strconv.Itoa(ts.Year)}, filterParts(f)...), buf.Bytes())
		return
	}
	// the timeline of a term: its quoted search under the same filters
	filters := url.Values{}
	for _, k := range []string{"region", "kind", "issuer"} {
		if vs := p.list(k); len(vs) > 0 {
			filters[k] = vs
		}
	}
	out := termsJSON{termsBase: ts, Terms: make([]termJSON, len(ts.Terms))}
	for i, t := range ts.Terms {
		q := url.Values{"q": {t.Query}}
		for k, vs := range filters {
			q[k] = vs
		}
		out.Terms[i] = termJSON{YearTerm: t, Timeline: "/api/v1/timeline?" + q.Encode()}
	}
	c.JSON(http.StatusOK, out)
}
