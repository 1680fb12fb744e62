package index

import (
	"bytes"
	"strings"
	"testing"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// TestRankFreqsMatchBleve checks that the ranking field's analysis at
// ingest (rankText, preAnalyzed) gives bleve what its own TextField gives
// through the registered analyzer: the number of terms and each term's
// frequency, with no places, so that the postings written are the same.
func TestRankFreqsMatchBleve(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"",
		"一、",
		benchParagraph,
		"明湖市2025年政府工作报告\n推进“双减”落地，“双减”成效明显；GDP增长5.5%，ＧＤＰ总量１２００亿元！",
		"望川縣積極推進雙減，雙減工作取得新成效。Ai+教育、AI＋教育",
		strings.Repeat("发展 发展\t发展。", 40),
	}
	m := newMapping()
	for _, text := range texts {
		h, body, _ := strings.Cut(text, "\n")
		docs := []*corpus.Document{{ID: "d", Sections: []corpus.Section{{ID: "d#1", Heading: h, Text: body}}}}
		bdocs, work, err := rankDocs(m, docs)
		if err != nil {
			t.Fatal(err)
		}
		if len(bdocs) != 1 || len(work) != 1 {
			t.Fatalf("%d documents, %d analyses, want 1 and 1", len(bdocs), len(work))
		}
		// bleve's own: the field as the mapping makes it, analyzed by
		// the registered analyzer
		want := document.NewDocument("d#1")
		if err := m.MapDocument(want, rankDoc(h, body)); err != nil {
			t.Fatal(err)
		}
		var wf, gf bindex.Field
		want.VisitFields(func(f bindex.Field) {
			if f.Name() == rankField {
				wf = f
			}
		})
		bdocs[0].VisitFields(func(f bindex.Field) {
			if f.Name() == rankField {
				gf = f
			}
		})
		if wf == nil || gf == nil {
			t.Fatalf("%q: no ranking field (bleve's %v, ingest's %v)", text, wf, gf)
		}
		wf.Analyze()
		gf.Analyze()
		if gf.Options() != wf.Options() || !bytes.Equal(gf.Value(), wf.Value()) || gf.NumPlainTextBytes() != wf.NumPlainTextBytes() {
			t.Errorf("%q: the field differs from bleve's: options %v value %q, bleve's %v %q", text, gf.Options(), gf.Value(), wf.Options(), wf.Value())
		}
		if g, w := gf.AnalyzedLength(), wf.AnalyzedLength(); g != w {
			t.Errorf("%q: %d terms, bleve counts %d", text, g, w)
		}
		g, w := gf.AnalyzedTokenFrequencies(), wf.AnalyzedTokenFrequencies()
		if len(g) != len(w) {
			t.Errorf("%q: %d distinct terms, bleve has %d", text, len(g), len(w))
		}
		for k, wt := range w {
			gt := g[k]
			if gt == nil || !bytes.Equal(gt.Term, wt.Term) || gt.Frequency() != wt.Frequency() || len(gt.Locations) != len(wt.Locations) {
				t.Errorf("%q: term %q: %+v, bleve's %+v", text, k, gt, wt)
			}
		}
		// and the counting itself, against TokenFrequency of the stream
		stream := rankStream(h + "\n" + body)
		n, freqs := rankFreqs(h+"\n"+body, true)
		tf := bleveanalysis.TokenFrequency(stream, nil, bindex.IndexField)
		if n != len(stream) || len(freqs) != len(tf) {
			t.Errorf("%q: rankFreqs %d terms %d distinct, TokenFrequency %d and %d", text, n, len(freqs), len(stream), len(tf))
		}
	}
}
