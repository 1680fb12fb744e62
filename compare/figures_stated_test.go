package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// manyFigures returns a report of one long section of n figures, in
// paragraphs of three rates (of enrolment, of coverage, of growth) of
// few values,
// some of them changed with the year: a county's list of works with no
// headings between them, where a pair of sections holds hundreds of
// figures a side.
func manyFigures(id string, n, year int) *corpus.Document {
	var text strings.Builder
	text.WriteString("过去一年，白塔县民生工程建设取得新进展。\n")
	works := []string{"学校", "道路", "公园", "养老院", "卫生院", "文化站", "体育场", "图书馆"}
	for i := 0; i < n/3; i++ {
		w := works[i%len(works)]
		grow := i%9 + 2
		if i%5 == 0 {
			grow += year % 3
		}
		fmt.Fprintf(&text, "推进第%d项%s工程，%s入学率提高%d%%，%s覆盖率达到%d%%，财政投入增长%d%%。\n",
			i+1, w, w, 80+i%15, works[(i+3)%len(works)], 60+(i+year%2*(i%7))%30, grow)
	}
	return &corpus.Document{ID: id, Title: fmt.Sprintf("白塔县%d年政府工作报告", year), Region: "白塔县",
		Sections: []corpus.Section{{ID: corpus.SectionID(id, 0), DocID: id, Heading: "一、过去一年工作回顾", Text: text.String(), Level: 1}}}
}

// figurePairs readies the pairs of a and b for changedFigures, as Compare
// does, on one goroutine.
func figurePairs(tb testing.TB, a, b *corpus.Document) ([]*Pair, *sectionFigures) {
	if err := analysis.LoadSegmenter(); err != nil {
		tb.Fatal(err)
	}
	pa, pb := prepare(a), prepare(b)
	tokenize(distinct(pa, pb), nil)
	for _, p := range append(append([]*prepared{}, pa...), pb...) {
		p.headWords()
	}
	sf := readFigures(pa, pb, []string{a.Region, b.Region}, [2]int{reportYear(a), reportYear(b)}, nil)
	pairs := alignPairs(pa, pb, Options{})
	diffPairs(pairs, Options{})
	var both []*Pair
	for k := range pairs {
		if pairs[k].from != nil && pairs[k].to != nil {
			both = append(both, &pairs[k])
		}
	}
	return both, sf
}

// BenchmarkChangedFiguresMany measures changedFigures on one pair of 900
// figures a side (manyFigures):
// go test ./compare -run XXX -bench ChangedFiguresMany -benchtime 3x
func BenchmarkChangedFiguresMany(b *testing.B) {
	pairs, sf := figurePairs(b, manyFigures("old", 900, 2024), manyFigures("new", 900, 2025))
	var n int
	for b.Loop() {
		n = len(changedFigures(pairs, sf, func() bool { return false }))
	}
	b.ReportMetric(float64(len(sf.of[pairs[0].from].figs)), "figs-old")
	b.ReportMetric(float64(n), "changes")
}

// TestStatedAll: statedAll, read from its indexes (statedIndexed) however
// few the figures, answers as stated, the naive reading, for every
// figure of every pair of sections of the sample corpus's reports of one
// series a year apart, and of a pair of 900 rates a side.
func TestStatedAll(t *testing.T) {
	type doc struct{ a, b *corpus.Document }
	docs := []doc{{manyFigures("old", 900, 2024), manyFigures("new", 900, 2025)}}
	for _, s := range [][2]string{
		{"wangchuan-gov-2022-report.txt", "wangchuan-gov-2023-report.txt"},
		{"wangchuan-gov-2023-report.txt", "wangchuan-gov-2024-report.txt"},
		{"wangchuan-jyj-2023-plan.txt", "wangchuan-jyj-2024-plan.txt"},
		{"minghu-edu-2022-plan.txt", "minghu-edu-2023-plan.txt"},
		{"minghu-edu-2023-summary.txt", "minghu-edu-2024-summary.txt"},
	} {
		docs = append(docs, doc{readSample(t, s[0]), readSample(t, s[1])})
	}
	checked, stated := 0, 0
	for _, d := range docs {
		pairs, sf := figurePairs(t, d.a, d.b)
		for _, p := range pairs {
			old, new := sf.of[p.from].figs, sf.of[p.to].figs
			for _, sides := range [][2][]fig{{old, new}, {new, old}} {
				own, figs := sides[0], sides[1]
				got := sf.w.statedIndexed(own, figs)
				for k, f := range own {
					want := sf.w.stated(f, own, figs)
					if got[k] != want {
						t.Errorf("%s -> %s, %s: statedAll says %v for %s%s, stated %v", d.a.ID, d.b.ID, p.to.heading, got[k], f.indicator, f.text, want)
					}
					checked++
					if want {
						stated++
					}
				}
			}
		}
	}
	t.Logf("%d figures checked, %d stated", checked, stated)
	if stated == 0 || stated == checked {
		t.Errorf("%d of %d figures stated: the test shows nothing", stated, checked)
	}
}
