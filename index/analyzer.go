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
// here); the policy terms HMM would guess are in the user dictionary. A
// token of Han characters only is its own term, which spares the fold.
//
// The analyzer is registered with bleve under the name AnalyzerName when this
// package is loaded, so every binary that links package index can open the
// index.

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
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
	stream := make(analysis.TokenStream, 0, len(input)/4)
	pos := 0
	eachRankTerm(string(input), func(term string, start, end int) {
		pos++
		stream = append(stream, &analysis.Token{
			Start:    start,
			End:      end,
			Term:     []byte(term),
			Position: pos,
			Type:     analysis.Ideographic,
		})
	})
	return stream
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
	var toks []Token
	var c cutter
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		toks = c.appendCut(toks[:0], text[start:end])
		for _, t := range toks {
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
