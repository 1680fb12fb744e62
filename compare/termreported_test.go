package compare

import (
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestTermsPlanSummary: a bureau's plan against the summary of its year
// (fictional): the dropped terms leave out the plan's opening formulas
// and an item the summary reports in its own words (清廉校园建设 as
// 清廉校园示范点), and keep the items it says nothing of (…旅行基地,
// 托育服务); the same plan against next year's plan keeps its opening.
func TestTermsPlanSummary(t *testing.T) {
	plan := build("p",
		"1||2031年全县教育工作的总体要求是：坚持勤俭兴学总方针，锚定书香澜县目标。",
		"1|一、加强党的建设|1.推进清廉校园建设。建成清廉校园示范点5个。",
		"1|二、发展各类教育|2.建设研学旅行基地。新建研学旅行基地3个。3.发展普惠托育服务。开设托育服务班10个。",
	)
	plan.Kind, plan.Year = "要点", 2031
	sum := build("s",
		"1|一、2031年主要成效|建成清廉校园示范点6个，开展廉洁教育30场。新增学位1200个。",
		"1|二、存在的问题|师资结构性短缺。",
	)
	sum.Kind, sum.Year = "总结", 2031
	dropped := func(a, b *corpus.Document) []string {
		var out []string
		for _, term := range Compare(a, b, Options{}).DroppedTerms {
			out = append(out, term.Text)
		}
		return out
	}
	got := dropped(plan, sum)
	for _, bad := range []string{"勤俭兴学总方针", "书香", "清廉校园建设"} {
		for _, term := range got {
			if term == bad {
				t.Errorf("Compare(plan, summary): dropped terms %v hold %s", got, bad)
			}
		}
	}
	for _, want := range []string{"旅行基地", "托育服务"} {
		if !strings.Contains(strings.Join(got, " "), want) {
			t.Errorf("Compare(plan, summary): dropped terms %v lack %s", got, want)
		}
	}
	next := build("n",
		"1||2032年全县教育工作的总体要求是：坚持勤俭办学，推进教育现代化。",
		"1|一、加强党的建设|1.深化清廉校园建设。",
	)
	next.Kind, next.Year = "要点", 2032
	if got := dropped(plan, next); !strings.Contains(strings.Join(got, " "), "勤俭兴学总方针") {
		t.Errorf("Compare(plan, next plan): dropped terms %v lack 勤俭兴学总方针", got)
	}
}

// TestReportedWords: which summaries write a plan's term in their own
// words (fictional phrases).
func TestReportedWords(t *testing.T) {
	other := newTermDoc(prepare(build("o",
		"1|一、成效|建成清廉校园示范点6个。坚持学习党的理论，把教育作为重要政治任务。课后延时托管全覆盖。")))
	for _, c := range []struct {
		term string
		want bool
	}{
		{"清廉校园建设", true},  // 清廉 校园, 建设 aside
		{"课后托管", true},    // 延时: two characters between
		{"理论政治", false},   // a clause mark and more than four characters between
		{"校园清廉", false},   // not in their order
		{"清廉校园文化", false}, // 文化 nowhere near
	} {
		if got := reportedWords(other, words(c.term)); got != c.want {
			t.Errorf("reportedWords(%q) = %v, want %v", c.term, got, c.want)
		}
	}
}
