package search

import (
	"slices"
	"testing"
)

// TestRankTerms: reports and places weighed by how specific a term is; a
// sentence copied into several reports counts as one use, so a term that
// only such a sentence carries ranks as if one report used it.
func TestRankTerms(t *testing.T) {
	list := []YearTerm{
		{Term: "下班时间", Score: 5.5, Documents: 2, Places: 2, Sentences: 1}, // one sentence copied by two places
		{Term: "云岫快办", Score: 10, Documents: 1, Places: 1, Sentences: 1},
		{Term: "财政补贴", Score: 5.5, Documents: 2, Places: 2, Sentences: 2}, // two places, their own words
		{Term: "智造走廊", Score: 10, Documents: 3, Places: 2, Sentences: 2},  // three reports, one sentence shared
		{Term: "低空航线", Score: 10, Documents: 3, Places: 2, Sentences: 9},  // as many uses as reports
		{Term: "航线", Score: 4, Documents: 3, Places: 2, Sentences: 9},     // inside 低空航线, no more reports
	}
	var got []string
	for _, tm := range RankTerms(list) {
		got = append(got, tm.Term)
	}
	want := []string{"低空航线", "智造走廊", "财政补贴", "云岫快办", "下班时间"}
	if !slices.Equal(got, want) {
		t.Errorf("RankTerms = %v, want %v", got, want)
	}
}
