package embedded

// Similar passages are found by search.FindSimilar (search/similar.go, the
// one way for every engine); the embedded engine gives it the section from
// the store and counts the shingles' sections in one view of the bigram
// lists (similarView).

import (
	"context"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// Similar returns up to size sections of other documents that share
// passages with section sectionID, best first (search.FindSimilar). size 0
// means DefaultSize; above MaxSize is ErrBadQuery. An unknown section gives
// an error wrapping index.ErrNotFound.
func (s *Searcher) Similar(ctx context.Context, sectionID string, size int) ([]search.SimilarHit, error) {
	return search.FindSimilar(ctx, similarView{s.ix}, sectionID, size)
}

// similarView is the index as search.FindSimilar reads it: each call of
// Candidates counts and reads its candidates within one view.
type similarView struct{ ix *index.Index }

func (sv similarView) Section(ctx context.Context, id string) (*corpus.Section, error) {
	return sv.ix.Section(id)
}

func (sv similarView) Candidates(ctx context.Context, q search.CandidateQuery) ([]search.Candidate, error) {
	// The load of an open, bounded by the request's deadline (View waits for it without one).
	if err := sv.ix.WaitReady(ctx); err != nil {
		return nil, err
	}
	var out []search.Candidate
	err := sv.ix.View(func(v *index.View) error {
		counts := map[uint32]int{}
		for _, w := range q.Wordings {
			if err := ctx.Err(); err != nil {
				return err
			}
			for _, slot := range v.Containing(w) {
				if v.Doc(slot).ID != q.Doc {
					counts[slot]++
				}
			}
		}
		// Ties go by section ID, not by slot: slots are in the order of
		// ingest, and the budget (q.Runes) keeps the first candidates only.
		byID := make(map[string]int)
		slotOf := make(map[string]uint32)
		for slot, c := range counts {
			if c >= q.Need {
				id := v.SectionID(slot)
				byID[id], slotOf[id] = c, slot
			}
		}
		runes := 0
		for _, id := range search.TopCandidates(byID, q.Need, q.Limit) {
			slot := slotOf[id]
			sec, err := v.Section(slot)
			if err != nil {
				return err
			}
			if runes += utf8.RuneCountInString(sec.Text); runes > q.Runes {
				break
			}
			out = append(out, search.Candidate{ID: sec.ID, Text: sec.Text, Doc: *v.Doc(slot)})
		}
		return nil
	})
	return out, err
}
