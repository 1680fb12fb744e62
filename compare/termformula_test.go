package compare

import "testing"

// TestTermsCollectionFormulas: a name the report marks by its form, quoted
// or numbered (“三提两增”, 两基), is weighed as without a
// collection even when every report of the collection writes it: the
// formulas of a year (六稳, 六保, 两学一做) are in most reports of their
// years, and a report that takes one up or leaves it is what a reader of
// the two looks for. A phrase the report does not mark, which every report
// writes too (智慧养老), still weighs less with the collection.
func TestTermsCollectionFormulas(t *testing.T) {
	a := build("a",
		"1|一、民生保障|青川市新建城乡社区养老服务中心5个，发放高龄津贴1200万元。",
	)
	b := build("b",
		"1|一、民生保障|青川市落实“三提两增”，巩固两基，推进智慧养老，新建城乡社区养老服务中心6个。",
		"2|二、今年安排|抓好两基，发展智慧养老，发放高龄津贴1300万元。",
	)
	a.Year, b.Year = 2031, 2032
	coll := everywhere{"三提两增": true, "两基": true, "智慧养老": true}
	score := func(ts []Term, text string) float64 {
		for _, t := range ts {
			if t.Text == text {
				return t.Score
			}
		}
		t.Fatalf("new terms %v lack %s", ts, text)
		return 0
	}
	plain := Compare(a, b, Options{}).NewTerms
	got := Compare(a, b, Options{Collection: coll}).NewTerms
	for _, f := range []string{"三提两增", "两基"} {
		if s, s0 := score(got, f), score(plain, f); s != s0 {
			t.Errorf("%s, a formula, weighs %.2f with a collection whose every report writes it, want %.2f as without one: %v", f, s, s0, got)
		}
	}
	if s, s0 := score(got, "智慧养老"), score(plain, "智慧养老"); s >= s0 {
		t.Errorf("智慧养老, unmarked and in every report of the collection, weighs %.2f with it, want less than %.2f without one", s, s0)
	}
}
