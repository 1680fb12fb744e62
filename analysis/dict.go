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
	"reflect"
	"strings"
	"unsafe"

	"github.com/go-ego/gse"
	"github.com/vcaesar/cedar"
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

// Holding the dictionary smaller
//
// Loaded, the dictionary held 93 MB of heap, and a server's heap goal is
// about twice what it holds: a serving process's peak. Two parts of it are
// read by nothing once every word is in (compactDict):
//
//   - each token's text, the word split into one byte slice a character
//     (a copy of the word and a slice of slices, about 25 MB): only gse's
//     Segment, Slice and search-mode cuts, and its CalcToken, read it. Cut
//     with or without HMM and Find read a token's frequency and part of
//     speech, by the index the trie gives; the trie holds the words.
//   - the trie's arrays past the part in use: cedar doubles them when it
//     runs out of blocks, so after the 352,000 words 40% of them (about
//     15 MB) were never used. A word is a path of the slots in use, and a
//     step from a slot stays in its block of 256 (a base and a label are
//     XORed), so no lookup reads past them; a word added later would grow
//     the arrays again as cedar does.
//
// Both are unexported fields of gse's and cedar's types, reached as
// dictTrie reaches the trie: each is checked by name and type, and left as
// it is if either package changes them. TestCompactDictCutsTheSame checks
// that a compacted dictionary gives every word's frequency and part of
// speech, and the same cuts with and without HMM, as the one loaded.

// compactDict drops what d holds that no cut or lookup reads (see above).
// d must not change afterwards but by adding words.
func compactDict(d *gse.Dictionary) {
	if off, ok := tokenTextOffset(); ok {
		for i := range d.Tokens {
			*(*[]gse.Text)(unsafe.Add(unsafe.Pointer(&d.Tokens[i]), off)) = nil
		}
	}
	if tr := dictTrie(d); tr != nil {
		trimTrie(tr)
	}
}

// tokenTextOffset returns the offset of gse.Token's text field, and
// whether it is there with the type compactDict expects.
func tokenTextOffset() (uintptr, bool) {
	f, ok := reflect.TypeFor[gse.Token]().FieldByName("text")
	return f.Offset, ok && f.Type == reflect.TypeFor[[]gse.Text]()
}

// trimTrie cuts the arrays of tr to the slots in use, in new arrays of
// that length (the old ones go to the garbage collector). It does nothing
// if cedar's fields are not those it knows.
func trimTrie(tr *cedar.Cedar) {
	v := reflect.ValueOf(tr).Elem()
	field := func(name string, want reflect.Type) unsafe.Pointer {
		f := v.FieldByName(name)
		if !f.IsValid() || f.Type() != want {
			return nil
		}
		return unsafe.Pointer(f.UnsafeAddr())
	}
	intT := reflect.TypeFor[int]()
	sizeP, capP := field("size", intT), field("capacity", intT)
	arrayP := field("array", reflect.TypeFor[[]cedar.Node]())
	infosP := field("nInfos", reflect.TypeFor[[]cedar.NInfo]())
	blocksP := field("blocks", reflect.TypeFor[[]cedar.Block]())
	if sizeP == nil || capP == nil || arrayP == nil || infosP == nil || blocksP == nil {
		return
	}
	size, capacity := *(*int)(sizeP), (*int)(capP)
	array, infos, blocks := (*[]cedar.Node)(arrayP), (*[]cedar.NInfo)(infosP), (*[]cedar.Block)(blocksP)
	if size <= 0 || size%256 != 0 || size >= *capacity || len(*array) != *capacity || len(*infos) != *capacity || len(*blocks) != *capacity>>8 {
		return
	}
	*array = append([]cedar.Node(nil), (*array)[:size]...)
	*infos = append([]cedar.NInfo(nil), (*infos)[:size]...)
	*blocks = append([]cedar.Block(nil), (*blocks)[:size>>8]...)
	*capacity = size
}
