package compare

import (
	"strings"
	"testing"
)

// yearColl is a Collection of reports by year (fictional): DocFreq counts
// the reports that contain the term, of the years before before when it
// is not 0, a report without a year in neither count.
type yearColl []struct {
	year int
	text string
}

func (c yearColl) SectionFreq(term string) (int, int) { return c.DocFreq(term, 0) }
func (c yearColl) DocFreq(term string, before int) (df, n int) {
	for _, d := range c {
		if before > 0 && (d.year == 0 || d.year >= before) {
			continue
		}
		n++
		if strings.Contains(d.text, term) {
			df++
		}
	}
	return df, n
}

// TestTermsCollectionEarlierYears: the new terms are weighed by the
// collection's reports of years before the newer report's. 白塔县's report
// of 2032 against that of 2031 (fictional) writes two phrases the older
// one lacks: 银发经济, which a dozen reports of 2032 and 2033 write (new
// wording spreading in its year), and 智慧养老, which most reports of 2027
// to 2030 already wrote. The first keeps the score it has without a
// collection and ranks above the second, which weighs less than without
// one; counted over every year, 银发经济 would rank below it. A report
// without a year is still weighed against every year.
func TestTermsCollectionEarlierYears(t *testing.T) {
	a := build("a",
		"1|一、民生保障|新建城乡社区养老服务中心5个，发放高龄津贴1200万元。",
	)
	b := build("b",
		"1|一、民生保障|新建城乡社区养老服务中心6个，发展银发经济，推进智慧养老，发放高龄津贴1300万元。",
		"2|二、今年安排|培育银发经济，推广互助养老，推进智慧养老，壮大康养产业。",
	)
	a.Year, b.Year = 2031, 2032
	var coll yearColl
	add := func(year int, text string) {
		coll = append(coll, struct {
			year int
			text string
		}{year, text})
	}
	for y := 2027; y <= 2030; y++ {
		add(y, "推进智慧养老，做好养老服务。")
		add(y, "发展智慧养老，做好养老服务。")
		add(y, "做好养老服务。")
	}
	add(2031, "做好养老服务。")
	add(2031, "做好养老服务。")
	for k := range 12 {
		add([]int{2032, 2033, 0}[k%3], "发展银发经济，做好养老服务。")
	}
	score := func(ts []Term, text string) (float64, int) {
		for k, t := range ts {
			if t.Text == text {
				return t.Score, k
			}
		}
		t.Fatalf("new terms %v lack %s", ts, text)
		return 0, 0
	}
	plain := Compare(a, b, Options{}).NewTerms
	spread0, _ := score(plain, "银发经济")
	earlier0, _ := score(plain, "智慧养老")
	got := Compare(a, b, Options{Collection: coll}).NewTerms
	spread, rs := score(got, "银发经济")
	earlier, re := score(got, "智慧养老")
	if spread != spread0 {
		t.Errorf("银发经济, in reports of 2032 and after only, weighs %.2f with the collection, want %.2f as without one: %v", spread, spread0, got)
	}
	if earlier >= earlier0 {
		t.Errorf("智慧养老, in most reports of 2027-2030, weighs %.2f with the collection, want less than %.2f without one", earlier, earlier0)
	}
	if rs > re {
		t.Errorf("银发经济 ranks %d, below 智慧养老 (%d): %v", rs+1, re+1, got)
	}
	a.Year = 0
	got = Compare(a, b, Options{Collection: coll}).NewTerms
	spread, rs = score(got, "银发经济")
	if _, re = score(got, "智慧养老"); spread >= spread0 || rs < re {
		t.Errorf("the older report without a year: 银发经济 weighs %.2f (%.2f without a collection) and ranks %d, 智慧养老 %d; want it weighed against every year, below: %v", spread, spread0, rs+1, re+1, got)
	}
}
