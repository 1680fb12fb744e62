package embedded

// Timelines
//
// A timeline follows the exact set of a query (the set Search counts: the
// same parse, clauses and filters) through the years and places, report by
// report. One pass over the set, whose slots are grouped by report, gives
// each matching report and its number of matching sections; one pass over
// the live slots gives the reports of each year that pass the filters,
// whatever their wording, so that a share can be drawn; search.NewTimeline
// counts them, as it does for every engine. Nothing is estimated or read
// from the store: every figure comes from the in-memory tables of one view.

import (
	"context"
	"fmt"
	"time"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// Timeline returns the timeline of r's query and filters; r's page, sort
// and group are ignored. Bad parameters give an error wrapping
// ErrBadQuery; the timeline stops with ctx's error when ctx ends.
func (s *Searcher) Timeline(ctx context.Context, r search.Request) (*search.Timeline, error) {
	start := time.Now()
	q, err := r.Parsed()
	if err != nil {
		return nil, err
	}
	// The load of an open, bounded by the request's deadline (View waits for it without one).
	if err := s.ix.WaitReady(ctx); err != nil {
		return nil, err
	}
	var tl *search.Timeline
	err = s.ix.View(func(v *index.View) error {
		set := resultSet(v, q)
		if err := ctx.Err(); err != nil {
			return err
		}
		// Every report of the filters, matching or not.
		var all []*index.DocInfo
		v.Runs(v.Live(), func(d *index.DocInfo, _, _ int) {
			if q.Filters.Empty() || q.Filters.Match(d) {
				all = append(all, d)
			}
		})
		if err := ctx.Err(); err != nil {
			return err
		}
		tl = search.NewTimeline(q.String(), all, docMatches(v, set))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline of %q: %w", r.Query, err)
	}
	tl.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return tl, nil
}
