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
// section's ranking field (a rankText) a preAnalyzed analysis, and Add's
// workers (startWork) analyze the sections once the work the write waits
// for is done, while Add writes the store; bleve's own workers then find
// the terms counted (or count them themselves if they get there first:
// each section is analyzed once). The documents are otherwise exactly what
// the mapping makes of rankDoc, and bleve stores the same postings
// (TestRankFreqsMatchBleve). With a term finder set, the analysis also
// gives the finder the cut of each section's text it would make itself
// (analysis.EachRankTermCut, sectionCuts, TermFinder.FindCut), so that
// the segmenter cuts each text once, not twice.

import (
	"fmt"
	"sync"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	bindex "github.com/blevesearch/bleve_index_api"

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
	recs, terms := sc.collect(text)
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

// collect gathers the ranking terms of text into sc's reused space: each
// term's place and where it ends in terms, the terms one after another.
func (sc *streamScratch) collect(text string) ([]termRec, []byte) {
	recs, terms, _ := sc.collectCut(text, -1)
	return recs, terms
}

// collectCut is collect, and returns besides the cut of text[from:] the
// term finder may read (analysis.EachRankTermCut; none for from < 0).
func (sc *streamScratch) collectCut(text string, from int) ([]termRec, []byte, []int32) {
	recs := sc.recs[:0]
	terms := sc.terms[:0]
	each := func(term string, start, end int) {
		terms = append(terms, term...)
		recs = append(recs, termRec{int32(start), int32(end), int32(len(terms))})
	}
	var cut []int32
	if from < 0 {
		analysis.EachRankTerm(text, each)
	} else {
		cut = analysis.EachRankTermCut(text, from, each)
	}
	sc.recs, sc.terms = recs, terms
	return recs, terms, cut
}

// A termRec is a term of rankStream: its offsets in the text and the end of
// its bytes in streamScratch.terms.
type termRec struct{ start, end, termEnd int32 }

var scratchPool = sync.Pool{New: func() any { return new(streamScratch) }}

// A preAnalyzed is the analysis of one section's ranking field at ingest,
// computed once by whoever asks first: Add's workers, or bleve's when they
// get there first. It gives bleve what its TextField.Analyze would (the
// number of terms and each term's frequency: the field has no term
// vectors, so no places), counted straight from the terms as
// analysis.EachRankTerm gives them: no token stream is built for
// bleve to count again (TokenFrequency), and the terms, the map's keys and
// its entries take a block each, not an allocation each.
type preAnalyzed struct {
	once   sync.Once
	text   string
	field  *document.TextField // the field as the mapping made it
	length int
	freqs  bindex.TokenFrequencies
	// from is where the section's text starts in text (after its heading
	// and a line break; -1: no cut wanted), and cut is the words the term finder would cut
	// the section's text into, when the analysis could tell them
	// (analysis.EachRankTermCut): the finder reads them instead of
	// cutting the text again (sectionCuts)
	from int
	cut  []int32
}

func (p *preAnalyzed) analyze() {
	p.once.Do(func() {
		if p.field.Options().IncludeTermVectors() {
			// places wanted (not by this mapping): bleve's own count
			stream := rankStream(p.text)
			p.length = len(stream)
			p.freqs = bleveanalysis.TokenFrequency(stream, p.field.ArrayPositions(), p.field.Options())
			return
		}
		p.length, p.freqs, p.cut = rankFreqsCut(p.text, p.from, !p.field.Options().SkipFreqNorm())
	})
}

// sectionCuts returns the cuts of the sections' texts the analyses of
// work found (preAnalyzed.cut), by document and section as rankDocs
// made them, a nil one where there is none; nil when there are none. It
// waits for an analysis not done yet (the analyses are done once the
// write has indexed the sections).
func sectionCuts(docs []*corpus.Document, work []*preAnalyzed) [][][]int32 {
	var out [][][]int32
	k, found := 0, false
	for _, d := range docs {
		cuts := make([][]int32, len(d.Sections))
		for j := range d.Sections {
			if k < len(work) {
				p := work[k]
				p.analyze()
				// the cut is of the text the finder reads, or none
				if p.cut != nil && p.from <= len(p.text) && p.text[p.from:] == d.Sections[j].Text {
					cuts[j] = p.cut
					found = true
				}
			}
			k++
		}
		out = append(out, cuts)
	}
	if !found || k != len(work) {
		return nil // not a field a section: no cuts
	}
	return out
}

// rankFreqs returns the number of ranking terms of text and the
// frequency of each, as bleve's TokenFrequency counts them from
// rankStream(text) for a field without term vectors (each term's count
// only if count).
func rankFreqs(text string, count bool) (int, bindex.TokenFrequencies) {
	n, freqs, _ := rankFreqsCut(text, -1, count)
	return n, freqs
}

// rankFreqsCut is rankFreqs, and returns besides the cut of text[from:]
// the term finder may read (collectCut).
func rankFreqsCut(text string, from int, count bool) (int, bindex.TokenFrequencies, []int32) {
	sc := scratchPool.Get().(*streamScratch)
	defer scratchPool.Put(sc)
	recs, terms, cut := sc.collectCut(text, from)
	keys := string(terms) // the map's keys, cut from one string
	block := []byte(keys) // the entries' terms, not shared with the scratch
	freqs := make(bindex.TokenFrequencies, len(recs))
	var entries []bindex.TokenFreq // one block, at most a term each
	off := int32(0)
	for _, r := range recs {
		key := keys[off:r.termEnd]
		tf := freqs[key]
		if tf == nil {
			if entries == nil {
				entries = make([]bindex.TokenFreq, 0, len(recs))
			}
			entries = append(entries, bindex.TokenFreq{Term: block[off:r.termEnd:r.termEnd]})
			tf = &entries[len(entries)-1]
			freqs[key] = tf
		}
		if count {
			tf.SetFrequency(tf.Frequency() + 1)
		}
		off = r.termEnd
	}
	return len(recs), freqs, cut
}

// A rankText is the ranking field of a section at ingest: the field the
// mapping made, analyzed by its preAnalyzed.
type rankText struct {
	*document.TextField
	p *preAnalyzed
}

func (f *rankText) Analyze()                                          { f.p.analyze() }
func (f *rankText) AnalyzedLength() int                               { return f.p.length }
func (f *rankText) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.p.freqs }

// rankDocs returns the bleve documents of the sections of docs, as m maps
// rankDoc, and their ranking fields' analyses, in the order of the
// sections, for the caller to run in the background (see above).
func rankDocs(m mapping.IndexMapping, docs []*corpus.Document) (bdocs []*document.Document, work []*preAnalyzed, err error) {
	return rankDocsCut(m, docs, false)
}

// rankDocsCut is rankDocs whose analyses find the cuts of the sections'
// texts the term finder reads (sectionCuts) if cuts.
func rankDocsCut(m mapping.IndexMapping, docs []*corpus.Document, cuts bool) (bdocs []*document.Document, work []*preAnalyzed, err error) {
	for _, d := range docs {
		for _, s := range d.Sections {
			doc := document.NewDocument(s.ID)
			if err := m.MapDocument(doc, rankDoc(s.Heading, s.Text)); err != nil {
				return nil, nil, fmt.Errorf("mapping section %s: %w", s.ID, err)
			}
			for i, f := range doc.Fields {
				if tf, ok := f.(*document.TextField); ok && tf.Name() == rankField {
					p := &preAnalyzed{text: string(tf.Value()), field: tf, from: -1}
					if cuts {
						p.from = len(s.Heading) + 1 // rankDoc's text after its heading
					}
					doc.Fields[i] = &rankText{tf, p}
					work = append(work, p)
				}
			}
			bdocs = append(bdocs, doc)
		}
	}
	return bdocs, work, nil
}
