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

// TestRankTermsOccurrences: a term the reports repeat weighs more; nested
// terms are repeats by their occurrences (a term used apart from the one
// around it is news of its own, one used only inside it is not); at equal
// weight a term around one listed before it comes after the others.
func TestRankTermsOccurrences(t *testing.T) {
	list := []YearTerm{
		{Term: "数智转型", Score: 6, Documents: 1, Places: 1, Sentences: 1, Occurrences: 3},
		{Term: "云岫数智转型", Score: 5, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1}, // 数智转型 is used apart: listed
		{Term: "青岚康养", Score: 6, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1},   // said once: after 数智转型
		{Term: "青岚康养走廊", Score: 6, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1}, // as often as 青岚康养 inside it: one of the two
		{Term: "明湖驿站计划", Score: 5, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1},
	}
	var got []string
	for _, tm := range RankTerms(list) {
		got = append(got, tm.Term)
	}
	want := []string{"数智转型", "青岚康养", "明湖驿站计划", "云岫数智转型"}
	if !slices.Equal(got, want) {
		t.Errorf("RankTerms = %v, want %v", got, want)
	}
}

// TestRankTermsAfter: at equal weight, a term that reports of later years
// use again (it stuck) comes before one they do not, whatever its length
// and first year; the later reports do not add to its weight.
func TestRankTermsAfter(t *testing.T) {
	list := []YearTerm{
		{Term: "晨读计划", Score: 6, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1, FirstYear: 2023},
		{Term: "乡村教师数字素养", Score: 6, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1, FirstYear: 2022, After: 1},
		{Term: "青岚学堂", Score: 6, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1, FirstYear: 2023, After: 3},
		{Term: "云岫快办", Score: 7, Documents: 1, Places: 1, Sentences: 1, Occurrences: 1, FirstYear: 2023},
	}
	var got []string
	for _, tm := range RankTerms(list) {
		got = append(got, tm.Term)
	}
	want := []string{"云岫快办", "青岚学堂", "乡村教师数字素养", "晨读计划"}
	if !slices.Equal(got, want) {
		t.Errorf("RankTerms = %v, want %v", got, want)
	}
}
