package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestFiguresReadParagraphsOnce checks that reading a section's figures
// reads each of its paragraphs' openings a bounded number of times, not
// once for every figure after it: a report that numbers its items past
// 99. (or none at all) leaves hundreds of paragraphs in one section, and
// each figure's paragraph used to be placed in its run of review
// paragraphs by reading every paragraph from the top. With 900 paragraphs
// that was about 810,000 readings, 7 s of a comparison's 11 s of CPU.
func TestFiguresReadParagraphsOnce(t *testing.T) {
	const paras = 900
	var text strings.Builder
	text.WriteString("过去五年，白塔县经济社会发展取得显著成就。\n")
	for i := 0; i < paras; i++ {
		fmt.Fprintf(&text, "%d.推进第%d项民生工程。新建改扩建学校%d所，新增学位%d个，财政投入增长%d%%。\n", 100+i, i, i%40+1, 300+i, i%9+2)
	}
	sec := &corpus.Section{ID: "x-001", Heading: "一、过去五年工作回顾", Text: text.String()}
	ps := []*prepared{{heading: sec.Heading, s: sec, parent: -1}}
	read := 0
	openingRead = func() { read++ }
	defer func() { openingRead = nil }()
	sf := readFigures(ps, nil, nil, [2]int{2026, 0}, nil)
	t.Logf("%d paragraph openings read", read)
	if figs := len(sf.of[ps[0]].figs); figs < paras {
		t.Fatalf("readFigures found %d figures in %d paragraphs of figures", figs, paras)
	}
	// Each paragraph is read once for the review runs of sideFigures and
	// once for those of sectionFigs, and a few more for their own sake.
	if read > 6*paras {
		t.Errorf("readFigures read %d paragraph openings for a section of %d paragraphs, want at most %d", read, paras+1, 6*paras)
	}
}
