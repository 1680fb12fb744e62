package search

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
)

// orderedTerms is a TermsIndex of one section a report whose Holding
// gives the reports in the order of docs (an engine's order of ingest).
type orderedTerms struct {
	docs  []*govreport.DocInfo
	texts map[string]string // by report ID: its section's folded text
	terms map[string]map[string]float64
}

func (o *orderedTerms) Reports() []*govreport.DocInfo { return o.docs }

func (o *orderedTerms) ReportTerms(d *govreport.DocInfo, fn func(string, float64)) (bool, bool) {
	for t, sc := range o.terms[d.ID] {
		fn(t, sc)
	}
	return true, true
}

func (o *orderedTerms) Holding(ctx context.Context, ws []string, fn func(int, *govreport.DocInfo, int64)) error {
	for i, w := range ws {
		for k, d := range o.docs {
			if strings.Contains(o.texts[d.ID], analysis.Fold(w)) {
				fn(i, d, int64(k))
			}
		}
	}
	return nil
}

func (o *orderedTerms) Load(context.Context, []int64) error { return nil }

func (o *orderedTerms) Count(sec int64, fw string) int {
	return strings.Count(o.texts[o.docs[sec].ID], fw)
}

func (o *orderedTerms) Sentence(sec int64, fw string) (string, bool) {
	return analysis.Sentence(o.texts[o.docs[sec].ID], fw)
}

// TestCountTermsIngestOrder checks that a whole and its core (教育数字化转型,
// 数字化转型) are settled by the same sections whatever order the engine
// holds the reports in: more reports hold the whole than are read for it,
// and the one that writes it as a subject comes first by ID but was
// ingested last.
func TestCountTermsIngestOrder(t *testing.T) {
	const whole, core = "教育数字化转型", "数字化转型"
	build := func(last bool) *orderedTerms {
		o := &orderedTerms{texts: map[string]string{}, terms: map[string]map[string]float64{}}
		ids := make([]string, 0, subjectSections+8)
		for i := range subjectSections + 8 {
			ids = append(ids, fmt.Sprintf("r%02d", i))
		}
		if last { // r00 ingested last
			ids = append(ids[1:], ids[0])
		}
		for _, id := range ids {
			d := &govreport.DocInfo{ID: id, Year: 2024, Region: "望川县" + id, Kind: "总结"}
			o.docs = append(o.docs, d)
			text := "今年推进" + whole + "，建设智慧校园。"
			if id == "r00" {
				text = "（七）" + whole + "加快推进。"
			}
			o.texts[id] = analysis.Fold(text)
			o.terms[id] = map[string]float64{}
		}
		o.terms["r00"] = map[string]float64{whole: 1.5, core: 3}
		return o
	}
	list := func(o *orderedTerms) string {
		side, bound := TermsRequest{Year: 2024}.Sides(o.docs)
		pick := func(ix []int) []*govreport.DocInfo {
			var out []*govreport.DocInfo
			for _, i := range ix {
				out = append(out, o.docs[i])
			}
			return out
		}
		ts, err := CountTerms(context.Background(), o, TermsRequest{Year: 2024}, pick(side), pick(bound))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(ts.Terms)
		return string(b)
	}
	first, last := list(build(false)), list(build(true))
	if first != last {
		t.Errorf("the report that settles the pair ingested first:\n%s\nand last:\n%s", first, last)
	}
	if !strings.Contains(first, `"term":"`+whole+`"`) {
		t.Errorf("the list lacks %s: %s", whole, first)
	}
}
