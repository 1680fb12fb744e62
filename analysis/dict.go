package analysis

// Loading gse's dictionary
//
// gse's LoadDictEmbed("zh_s") reads its 352,000 words into a double-array
// trie (about 0.4 s here) and then, in CalcToken, cuts every one of them
// again to fill two fields of each token that only gse's Segment, Slice and
// search-mode cuts read: the shortest-path distance and the sub-words (1.4 s,
// three quarters of the load, and much of the dictionary's heap). Nothing
// here calls those: cut.go walks the trie with the words' frequencies, and
// Cut(text, true) (the DAG and HMM cut) and Find read only the frequencies
// too. So the words are added the way LoadDictStr adds them, line by line,
// without CalcToken; TestLoadDictMatchesGse checks that the words, their
// order, frequencies, parts of speech and the total are gse's own.

import (
	"strings"
	_ "unsafe" // go:linkname

	"github.com/go-ego/gse"
)

// gseZhS is the text of gse's embedded simplified-Chinese dictionary
// (data/dict/zh/s_1.txt), the one LoadDictEmbed("zh_s") reads; gse does not
// export it. If gse renames it, the build fails here rather than at run
// time.
//
//go:linkname gseZhS github.com/go-ego/gse.zhS
var gseZhS string

// loadDict gives s a new dictionary with the words of text, a gse
// dictionary file (word, frequency, part of speech on each line), as
// LoadDictStr does but without CalcToken (see above). It also loads gse's
// HMM model, as LoadDictStr does.
func loadDict(s *gse.Segmenter, text string) {
	s.Dict = gse.NewDict()
	// one token a line at most, and the policy terms LoadSegmenter adds
	// next: room for all of them at once, where appending 352,000 tokens
	// a doubling at a time copied them over and over (a third of
	// AddToken's time)
	s.Dict.Tokens = make([]gse.Token, 0, strings.Count(text, "\n")+strings.Count(policyTerms, "\n")+2)
	s.Init()
	// The lines are parsed into tokens on a second goroutine, in chunks,
	// while this one puts them into the trie (AddToken, the larger part
	// and one that cannot be shared): the load is about a quarter
	// shorter. ToToken and Size read only the segmenter's settings.
	chunks := make(chan []gse.Token, 4)
	go func() {
		defer close(chunks)
		sep := s.DictSep + " "
		chunk := make([]gse.Token, 0, dictChunk)
		for len(text) > 0 {
			line := text
			if i := strings.IndexByte(text, '\n'); i >= 0 {
				line, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			// LoadDictStr's parsing, field for field: strings.Split on the
			// separator, so that runs of spaces count as empty fields there too.
			f := strings.Split(line, sep)
			word := strings.TrimSpace(f[0])
			freqText := ""
			if len(f) > 1 {
				freqText = strings.TrimSpace(f[1])
			}
			freq := s.Size(len(f), word, freqText)
			if freq == 0 {
				continue
			}
			pos := ""
			if len(f) > 2 {
				pos = strings.TrimSpace(strings.Trim(f[2], "\n"))
			}
			chunk = append(chunk, s.ToToken(word, freq, pos))
			if len(chunk) == dictChunk {
				chunks <- chunk
				chunk = make([]gse.Token, 0, dictChunk)
			}
		}
		chunks <- chunk
	}()
	for chunk := range chunks {
		for _, t := range chunk {
			s.Dict.AddToken(t)
		}
	}
}

// dictChunk is how many tokens loadDict's parser hands over at a time.
const dictChunk = 4096
