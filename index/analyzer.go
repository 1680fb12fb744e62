package index

// Ranking analyzer
//
// The "w" field of every section is analyzed into the ranking terms of
// package analysis (gse words, folded like exact wording; see
// analysis.EachRankTerm). Offsets are bytes in the original field value and
// positions are consecutive from 1, as bleve requires.
//
// The analyzer is registered with bleve under the name AnalyzerName when this
// package is loaded, so every binary that links package index can open the
// index.
//
// At ingest, Add does not leave the analysis to bleve's Batch, which starts
// it only once the document store has committed. rankDocs gives each
// section's field a preAnalyzed analyzer, and Add's workers (addWork)
// analyze the sections once the work the write waits for is done, while
// Add writes the store; bleve's own workers then find the token streams
// ready (or compute one themselves if they get there first: each section
// is analyzed once). The documents are otherwise exactly what the mapping
// makes of rankDoc.

import (
	"fmt"
	"sync"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// AnalyzerName is the bleve name of the gse analyzer of the ranking field.
const AnalyzerName = "govreport_gse"

func init() {
	err := registry.RegisterAnalyzer(AnalyzerName, func(map[string]interface{}, *registry.Cache) (bleveanalysis.Analyzer, error) {
		return gseAnalyzer{}, nil
	})
	if err != nil {
		panic(err) // only on a duplicate name, a programming error
	}
}

type gseAnalyzer struct{}

func (gseAnalyzer) Analyze(input []byte) bleveanalysis.TokenStream {
	return rankStream(string(input))
}

// rankStream returns the token stream of the ranking field for text. The
// tokens and their terms are allocated in one block each, of the exact size,
// from records kept in reused scratch space.
func rankStream(text string) bleveanalysis.TokenStream {
	sc := scratchPool.Get().(*streamScratch)
	defer scratchPool.Put(sc)
	recs := sc.recs[:0]
	terms := sc.terms[:0]
	analysis.EachRankTerm(text, func(term string, start, end int) {
		terms = append(terms, term...)
		recs = append(recs, termRec{int32(start), int32(end), int32(len(terms))})
	})
	sc.recs, sc.terms = recs, terms
	block := make([]byte, len(terms)) // exact size, not shared with the scratch
	copy(block, terms)
	toks := make([]bleveanalysis.Token, len(recs))
	stream := make(bleveanalysis.TokenStream, len(recs))
	off := int32(0)
	for i, r := range recs {
		toks[i] = bleveanalysis.Token{
			Start:    int(r.start),
			End:      int(r.end),
			Term:     block[off:r.termEnd:r.termEnd],
			Position: i + 1,
			Type:     bleveanalysis.Ideographic,
		}
		off = r.termEnd
		stream[i] = &toks[i]
	}
	return stream
}

// A streamScratch is the reusable space of one analysis: the terms of a
// text as rankStream collects them.
type streamScratch struct {
	recs  []termRec
	terms []byte
}

// A termRec is a term of rankStream: its offsets in the text and the end of
// its bytes in streamScratch.terms.
type termRec struct{ start, end, termEnd int32 }

var scratchPool = sync.Pool{New: func() any { return new(streamScratch) }}

// A preAnalyzed is the analyzer of one section's ranking field at ingest:
// the token stream of text, computed once by whoever asks first.
type preAnalyzed struct {
	once   sync.Once
	text   string
	stream bleveanalysis.TokenStream
}

func (p *preAnalyzed) analyze() {
	p.once.Do(func() { p.stream = rankStream(p.text) })
}

// Analyze returns the token stream of p's text; input is that same text,
// as bleve passes the field's value.
func (p *preAnalyzed) Analyze([]byte) bleveanalysis.TokenStream {
	p.analyze()
	return p.stream
}

// rankDocs returns the bleve documents of the sections of docs, as m maps
// rankDoc, and their ranking fields' analyzers, in the order of the
// sections, for the caller to analyze in the background (see above).
func rankDocs(m mapping.IndexMapping, docs []*corpus.Document) (bdocs []*document.Document, work []*preAnalyzed, err error) {
	for _, d := range docs {
		for _, s := range d.Sections {
			doc := document.NewDocument(s.ID)
			if err := m.MapDocument(doc, rankDoc(s.Heading, s.Text)); err != nil {
				return nil, nil, fmt.Errorf("mapping section %s: %w", s.ID, err)
			}
			for i, f := range doc.Fields {
				if tf, ok := f.(*document.TextField); ok && tf.Name() == rankField {
					p := &preAnalyzed{text: string(tf.Value())}
					doc.Fields[i] = document.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), tf.Value(), tf.Options(), p)
					work = append(work, p)
				}
			}
			bdocs = append(bdocs, doc)
		}
	}
	return bdocs, work, nil
}
