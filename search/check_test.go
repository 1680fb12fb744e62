package search

import (
	"errors"
	"math"
	"testing"
)

// TestCheckBoundsThePage: a page past MaxFrom is a bad request, not an
// offset that overflows when the page is cut (From+Size near MaxInt).
func TestCheckBoundsThePage(t *testing.T) {
	for _, r := range []Request{
		{Query: "教育", From: math.MaxInt, Group: "document"},
		{Query: "教育", From: MaxFrom + 1},
		{Query: "教育", From: -1},
		{Query: "教育", Size: MaxSize + 1},
	} {
		if err := r.Check(); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Check(from %d, size %d) = %v, want ErrBadQuery", r.From, r.Size, err)
		}
	}
	ok := Request{Query: "教育", From: MaxFrom, Size: MaxSize}
	if err := ok.Check(); err != nil {
		t.Errorf("Check(from MaxFrom) = %v, want nil", err)
	}
}
