package index

// Ranking analyzer
//
// The "w" field of every section is analyzed by gse (the process-wide
// segmenter of segment.go) and then folded like exact wording (fold.go), so
// ranking and matching agree on width and case. gse glues runs of non-Han
// characters into one token (６.５％，ＧＤＰ); such tokens are split again into
// runs of letters and digits, and punctuation is dropped. Offsets are bytes in
// the original field value and positions are consecutive from 1, as bleve
// requires. The text is cut sentence by sentence (gse slows down on long
// strings) and without gse's HMM (4.9 against 3.7 MB/s on one paragraph
// here); the policy terms HMM would guess are in the user dictionary. The
// cutting is gse's Cut(s, false) done by cut.go, word for word the same and
// about 4x faster (20 MB/s). A token of Han characters only is its own
// term, which spares the fold.
//
// The analyzer is registered with bleve under the name AnalyzerName when this
// package is loaded, so every binary that links package index can open the
// index.
//
// At ingest, Add does not leave the analysis to bleve's Batch, which starts
// it only once the document store has committed. rankDocs gives each
// section's field a preAnalyzed analyzer and starts GOMAXPROCS goroutines
// that analyze the sections while Add writes the store; bleve's own workers then find the token streams ready (or compute one
// themselves if they get there first: each section is analyzed once). The
// documents are otherwise exactly what the mapping makes of rankDoc.

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/govreport/govreport/corpus"
)

// AnalyzerName is the bleve name of the gse analyzer of the ranking field.
const AnalyzerName = "govreport_gse"

func init() {
	err := registry.RegisterAnalyzer(AnalyzerName, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return gseAnalyzer{}, nil
	})
	if err != nil {
		panic(err) // only on a duplicate name, a programming error
	}
}

type gseAnalyzer struct{}

func (gseAnalyzer) Analyze(input []byte) analysis.TokenStream {
	return rankStream(string(input))
}

// rankStream returns the token stream of the ranking field for text. The
// tokens and their terms are allocated in one block each, of the exact size,
// from records kept in reused scratch space.
func rankStream(text string) analysis.TokenStream {
	sc := scratchPool.Get().(*rankScratch)
	defer scratchPool.Put(sc)
	recs := sc.recs[:0]
	terms := sc.terms[:0]
	sc.eachTerm(text, func(term string, start, end int) {
		terms = append(terms, term...)
		recs = append(recs, termRec{int32(start), int32(end), int32(len(terms))})
	})
	sc.recs, sc.terms = recs, terms
	block := make([]byte, len(terms)) // exact size, not shared with the scratch
	copy(block, terms)
	toks := make([]analysis.Token, len(recs))
	stream := make(analysis.TokenStream, len(recs))
	off := int32(0)
	for i, r := range recs {
		toks[i] = analysis.Token{
			Start:    int(r.start),
			End:      int(r.end),
			Term:     block[off:r.termEnd:r.termEnd],
			Position: i + 1,
			Type:     analysis.Ideographic,
		}
		off = r.termEnd
		stream[i] = &toks[i]
	}
	return stream
}

// A rankScratch is the reusable space of one analysis: the cutter, the
// words of a sentence, and the terms of a text as rankStream collects them.
type rankScratch struct {
	c     cutter
	toks  []Token
	recs  []termRec
	terms []byte
}

// A termRec is a term of rankStream: its offsets in the text and the end of
// its bytes in rankScratch.terms.
type termRec struct{ start, end, termEnd int32 }

var scratchPool = sync.Pool{New: func() any { return new(rankScratch) }}

// A preAnalyzed is the analyzer of one section's ranking field at ingest:
// the token stream of text, computed once by whoever asks first.
type preAnalyzed struct {
	once   sync.Once
	text   string
	stream analysis.TokenStream
}

func (p *preAnalyzed) analyze() {
	p.once.Do(func() { p.stream = rankStream(p.text) })
}

// Analyze returns the token stream of p's text; input is that same text,
// as bleve passes the field's value.
func (p *preAnalyzed) Analyze([]byte) analysis.TokenStream {
	p.analyze()
	return p.stream
}

// rankDocs returns the bleve documents of the sections of docs, as m maps
// rankDoc, and starts analyzing them in the background (see above). stop
// ends the background work and waits for it; call it once the batch is
// done or abandoned.
func rankDocs(m mapping.IndexMapping, docs []*corpus.Document) (bdocs []*document.Document, stop func(), err error) {
	var work []*preAnalyzed
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
	var next atomic.Int64
	var stopped atomic.Bool
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(work)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stopped.Load() {
				i := next.Add(1) - 1
				if i >= int64(len(work)) {
					return
				}
				work[i].analyze()
			}
		}()
	}
	return bdocs, func() { stopped.Store(true); wg.Wait() }, nil
}

// RankTerms returns the ranking-field terms of text, in order: what the
// index holds for a section with that text, and what a query word is
// looked up as.
func RankTerms(text string) []string {
	var terms []string
	eachRankTerm(text, func(term string, _, _ int) { terms = append(terms, term) })
	return terms
}

// eachRankTerm calls fn for every term of text with its byte offsets.
func eachRankTerm(text string, fn func(term string, start, end int)) {
	sc := scratchPool.Get().(*rankScratch)
	defer scratchPool.Put(sc)
	sc.eachTerm(text, fn)
}

// eachTerm is eachRankTerm in sc's space.
func (sc *rankScratch) eachTerm(text string, fn func(term string, start, end int)) {
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		sc.toks = sc.c.appendCut(sc.toks[:0], text[start:end])
		for _, t := range sc.toks {
			emitTerms(t.Text, start+t.Start, fn)
		}
		start = end
	}
}

// sentenceEnd returns the end of the sentence that starts at text[start:]:
// just after the next 。！？；or line break, or the end of text.
func sentenceEnd(text string, start int) int {
	for i := start; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch r {
		case '。', '！', '？', '；', '\n', '!', '?', ';':
			return i
		}
	}
	return len(text)
}

// emitTerms calls fn for each run of letters and digits in tok (found at
// offset off in the text), folded.
func emitTerms(tok string, off int, fn func(term string, start, end int)) {
	han := true
	for _, r := range tok {
		if r < 0x4E00 || r > 0x9FFF {
			han = false
			break
		}
	}
	if han {
		fn(tok, off, off+len(tok)) // the common case: a Chinese word, already folded
		return
	}
	runStart := -1
	flush := func(end int) {
		if runStart >= 0 {
			fn(Fold(tok[runStart:end]), off+runStart, off+end)
			runStart = -1
		}
	}
	for i, r := range tok {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if runStart < 0 {
				runStart = i
			}
			continue
		}
		flush(i)
	}
	flush(len(tok))
}
