package analysis

// Segmentation
//
// One gse segmenter per process, loaded on first use with the embedded
// simplified-Chinese dictionary and then the project's policy terms
// (userdict.txt, embedded) and, if set with SetUserDict before the first use,
// one extra file of the user's. gse is not safe for AddToken while another
// goroutine cuts, so every word is added before the segmenter is published.
// After that it is used read-only, which is race-free.

import (
	"bufio"
	_ "embed"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

//go:embed userdict.txt
var policyTerms string

var (
	userWords = map[string]bool{} // added by addWords: not general-language statistics
	segOnce   sync.Once
	seg       *gse.Segmenter
	segErr    error
	extraDict string
	segReady  = make(chan struct{})
)

// SetUserDict names a file of extra words (one per line: word [frequency]) to
// load after the built-in dictionaries. It has effect only before the first
// call that segments text.
func SetUserDict(path string) { extraDict = path }

// LoadSegmenter loads the dictionaries if they are not loaded yet and reports
// any error. Every function that segments calls it; call it early (in the
// background) to have the load (0.8 s, dict.go) out of the way before the
// first query.
func LoadSegmenter() error {
	segOnce.Do(func() {
		defer close(segReady)
		s := new(gse.Segmenter)
		s.SkipLog = true
		loadDict(s, gseZhS)
		if s.Dict.NumTokens() == 0 {
			segErr = fmt.Errorf("loading the gse dictionary: no words loaded (built with -tags ne?)")
			return
		}
		if err := addWords(s, "userdict.txt", policyTerms); err != nil {
			segErr = err
			return
		}
		if extraDict != "" {
			b, err := os.ReadFile(extraDict)
			if err != nil {
				segErr = fmt.Errorf("loading user dictionary: %w", err)
				return
			}
			if err := addWords(s, extraDict, string(b)); err != nil {
				segErr = err
				return
			}
		}
		compactDict(s.Dict) // no word is added from here on
		seg = s
		// Loading leaves about as much garbage as the dictionary it built:
		// hand it back now rather than at the next GC cycles.
		debug.FreeOSMemory()
	})
	return segErr
}

// SegmenterReady reports whether the dictionaries have finished loading.
func SegmenterReady() bool {
	select {
	case <-segReady:
		return segErr == nil
	default:
		return false
	}
}

func addWords(s *gse.Segmenter, name, text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if !utf8.ValidString(f[0]) {
			return fmt.Errorf("%s:%d: invalid UTF-8", name, line)
		}
		freq := 20000.0
		if len(f) > 1 {
			if _, err := fmt.Sscan(f[1], &freq); err != nil {
				return fmt.Errorf("%s:%d: frequency %q is not a number", name, line, f[1])
			}
		}
		s.AddToken(f[0], freq, "n")
		userWords[f[0]] = true
	}
	return sc.Err()
}

// DictFreq returns how often word occurs in general Chinese, as gse's
// embedded dictionary counts it, the total of its counts, and the part of
// speech the dictionary gives it (v verb, n noun, p preposition, ...): a
// background against which a report's words are weighed (打造 and 需要
// are frequent verbs, 低空经济 is not there). Words the dictionary lacks,
// and those only the policy terms or a user dictionary add, have
// frequency 0 and no part of speech. DictFreq returns zeros if the
// dictionary failed to load.
func DictFreq(word string) (freq, total float64, pos string) {
	if LoadSegmenter() != nil {
		return 0, 0, ""
	}
	total = seg.Dict.TotalFreq()
	if userWords[word] {
		return 0, total, ""
	}
	f, pos, ok := seg.Find(word)
	if !ok {
		return 0, total, ""
	}
	return f, total, pos
}

// A Token is one word of a text with its byte offsets in that text.
type Token struct {
	Text       string // the word as it appears in the text (case kept)
	Start, End int    // byte offsets: text[Start:End] == Text
}

// Tokens segments text into words with gse and returns them with their byte
// offsets in text. Whitespace-only tokens are dropped; every other byte of
// text belongs to exactly one token. Invalid UTF-8 bytes become one-byte
// tokens of their own. Tokens panics only if the dictionary failed to load;
// call LoadSegmenter first to get that error.
func Tokens(text string) []Token {
	return appendTokens(nil, text)
}

// TokensNoHMM is Tokens without gse's HMM guesses for words missing from
// the dictionary: about a fifth less CPU for the same text, unknown names
// coming out in smaller pieces. Package compare uses it: its diffs, pairs
// and changed numbers on the sample corpus are the same either way.
func TokensNoHMM(text string) []Token {
	return appendCut(nil, text, false)
}

// AppendTokensNoHMM appends the tokens of TokensNoHMM(text) to out and
// returns the extended slice, so that a caller cutting many texts can
// reuse one buffer.
func AppendTokensNoHMM(out []Token, text string) []Token {
	return appendCut(out, text, false)
}

func appendTokens(out []Token, text string) []Token {
	return appendCut(out, text, true)
}

// appendCut appends the tokens of text to out, cutting with gse's HMM for
// unknown words or without (faster; the ranking analyzer uses it, the
// policy terms being in the user dictionary).
func appendCut(out []Token, text string, hmm bool) []Token {
	if err := LoadSegmenter(); err != nil {
		panic(err)
	}
	if !hmm {
		c := cutters.Get().(*cutter)
		out = c.appendCut(out, text)
		cutters.Put(c)
		return out
	}
	// gse lower-cases and replaces invalid UTF-8, so its tokens are used
	// only for their rune counts; offsets come from walking text itself.
	words := seg.Cut(text, true)
	lens := make([]int32, len(words))
	for i, w := range words {
		lens[i] = int32(utf8.RuneCountInString(w))
	}
	return appendWords(out, text, lens)
}

// cutters keeps cutters' scratch space from one text to the next.
var cutters = sync.Pool{New: func() any { return new(cutter) }}

// appendCut is appendCut(out, text, false) with c's scratch space.
func (c *cutter) appendCut(out []Token, text string) []Token {
	if err := LoadSegmenter(); err != nil {
		panic(err)
	}
	return appendWords(out, text, c.cutNoHMM(seg, text))
}

// appendWords appends to out the tokens of text whose lengths in runes are
// lens, dropping whitespace-only ones.
func appendWords(out []Token, text string, lens []int32) []Token {
	pos := 0
	for _, n := range lens {
		start := pos
		for i := int32(0); i < n && pos < len(text); i++ {
			_, size := utf8.DecodeRuneInString(text[pos:])
			pos += size
		}
		if blank(text[start:pos]) {
			continue
		}
		out = append(out, Token{Text: text[start:pos], Start: start, End: pos})
	}
	if pos < len(text) && !blank(text[pos:]) {
		out = append(out, Token{Text: text[pos:], Start: pos, End: len(text)})
	}
	return out
}

// blank reports whether s is white space only (strings.TrimSpace(s) ==
// ""), looking no further than its first character when that is none: a
// word's.
func blank(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError && !unicode.IsSpace(r) {
		return false
	}
	return strings.TrimSpace(s) == ""
}

// Words returns the texts of Tokens(text).
func Words(text string) []string {
	toks := Tokens(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return words
}
