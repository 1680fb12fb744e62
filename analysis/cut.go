package analysis

// Cutting without HMM, faster
//
// The ranking analyzer cuts every section with gse's dictionary and no HMM
// (Segmenter.Cut(s, false)). gse does that in three steps: a DAG of the
// dictionary words starting at each rune (a map of slices), the best route
// through it by summed log frequencies (a second map, looking every word up
// in the dictionary again), then the words as strings. At ingest those maps,
// the repeated lookups and the strings were more than half of gse's time.
//
// A cutter computes the same route in one backward pass over the runes: for
// each start it walks the dictionary words beginning there (each looked up
// once, on a byte slice of the lower-cased text, no conversion) and keeps
// the best (log frequency of the word + best route after it) in flat
// slices, with gse's own formula, evaluation order and tie rule (a later,
// longer word wins a tie). It returns word lengths in runes, all that
// appendCut needs, merging runs of single ASCII letters and digits the way
// gse does. TestCutterMatchesGse checks it word for word against gse on the
// fixtures, the seeds and random text, and FuzzCutter on anything; text
// that is not valid UTF-8 goes to gse itself.

import (
	"math"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/vcaesar/cedar"
)

// A cutter holds the scratch space of cutNoHMM, reused from one sentence to
// the next. It must not be shared between goroutines.
type cutter struct {
	low   []byte    // the text, lower-cased as gse does
	offs  []int32   // byte offset in low of each rune, and len(low)
	best  []float64 // best[i]: log-probability of the best route from rune i
	next  []int32   // next[i]: the last rune of the first word of that route
	words []int32   // word lengths in runes, the result

	// whole, when set, keeps every word cutNoHMM weighs in the text it
	// cuts, which follows whole's text so far (sure.go); recorded says it
	// did, for the last text
	whole    *wholeCut
	recorded bool

	dict  *gse.Dictionary // the dictionary trie, steps and logs are of
	trie  *cedar.Cedar    // its trie, nil if it cannot be reached
	steps []hanStep       // hanSteps(dict, trie), nil without a trie
	logs  []float64       // logFreqs(dict)
}

// dictTrie returns the double-array trie inside d, so that a cutter can
// walk it one rune at a time: gse does not export it, and its Find walks
// from the root for every prefix. It returns nil if gse's Dictionary no
// longer holds one (the cutter then uses Find, slower, same words).
func dictTrie(d *gse.Dictionary) *cedar.Cedar {
	v := reflect.ValueOf(d).Elem().FieldByName("trie")
	if !v.IsValid() || v.Type() != reflect.TypeFor[*cedar.Cedar]() || v.IsNil() {
		return nil
	}
	return (*cedar.Cedar)(v.UnsafePointer())
}

// cutNoHMM returns the lengths in runes of the words seg.Cut(text, false)
// returns, in order. The slice is reused by the next call.
func (c *cutter) cutNoHMM(s *gse.Segmenter, text string) []int32 {
	c.words = c.words[:0]
	c.recorded = false
	if !utf8.ValidString(text) {
		for _, w := range s.Cut(text, false) {
			c.words = append(c.words, int32(utf8.RuneCountInString(w)))
		}
		return c.words
	}
	if gse.ToLower {
		text = lower(text)
	}
	c.low = append(c.low[:0], text...)
	c.offs = c.offs[:0]
	for i := range text {
		c.offs = append(c.offs, int32(i))
	}
	n := len(c.offs)
	c.offs = append(c.offs, int32(len(text)))
	c.best = grow(c.best, n+1)
	c.next = grow(c.next, n+1)
	c.best[n] = 0
	w := c.whole
	var base int32 // the text's first rune in w
	if w != nil {
		base = w.grow(n)
	}

	d := s.Dict
	if c.dict != d {
		c.dict, c.trie, c.steps = d, dictTrie(d), nil
		if c.trie != nil {
			c.steps = hanSteps(d, c.trie)
		}
		c.logs = logFreqs(d)
	}
	trie, steps, logs := c.trie, c.steps, c.logs
	logT := math.Log(d.TotalFreq())
	for k := n - 1; k >= 0; k-- {
		start := c.offs[k]
		found := false
		var bestF float64
		var bestI int32
		if w != nil {
			w.first[base+int32(k)] = int32(len(w.cands))
			w.alnum[base+int32(k)] = isASCIIAlnum(c.low[start])
		}
		considerLog := func(logF float64, i int32) {
			if w != nil {
				w.cands = append(w.cands, cutCand{base + i, logF - logT})
			}
			f := logF - logT + c.best[i+1]
			if !found || bestF < f || (bestF == f && bestI < i) {
				bestF, bestI = f, i
			}
			found = true
		}
		consider := func(freq float64, i int32) { considerLog(math.Log(freq), i) }
		// The words starting at rune k: as gse's getDag, every prefix
		// the dictionary knows, kept if its frequency is positive. The
		// trie is walked one rune further for each prefix, where Find
		// would walk it again from the root; the first step of a Han
		// character comes from its hanStep.
		if trie != nil {
			node, i := 0, int32(k)
			if r, _ := utf8.DecodeRune(c.low[start:]); steps != nil && hanFirst <= r && r <= hanLast {
				st := steps[r-hanFirst]
				node, i = int(st.node), i+1
				if st.word {
					considerLog(st.logF, int32(k))
				}
				if st.node < 0 {
					i = int32(n) // no word starts with it
				}
			}
			for ; int(i) < n; i++ {
				var err error
				node, err = trie.Jump(c.low[c.offs[i]:c.offs[i+1]], node)
				if err != nil {
					break // no word goes on with these runes
				}
				v, err := trie.Value(node)
				if err != nil {
					continue // a prefix of words, not a word
				}
				if v < len(logs) {
					if l := logs[v]; l == l { // not NaN: a positive frequency
						considerLog(l, i)
					}
				} else if freq := d.Tokens[v].Freq(); freq > 0 {
					consider(freq, i)
				}
			}
		} else {
			for i := int32(k); int(i) < n; i++ {
				freq, _, ok := d.Find(c.low[start:c.offs[i+1]])
				if !ok {
					break
				}
				if freq > 0 {
					consider(freq, i)
				}
			}
		}
		if !found {
			// No word: the rune alone, with gse's fallback frequency.
			freq, _, ok := d.Find(c.low[start:c.offs[k+1]])
			if !ok {
				freq = 1
			}
			consider(freq, int32(k))
		}
		c.best[k], c.next[k] = bestF, bestI
		if w != nil {
			w.end[base+int32(k)] = int32(len(w.cands))
		}
	}

	c.recorded = w != nil
	// The words of the route; single ASCII letters and digits in a row
	// make one word, as in gse's cutDAGNoHMM.
	run := int32(0)
	for x := 0; x < n; {
		y := int(c.next[x]) + 1
		if y-x == 1 && isASCIIAlnum(c.low[c.offs[x]]) {
			run++
			x = y
			continue
		}
		if run > 0 {
			c.words = append(c.words, run)
			run = 0
		}
		c.words = append(c.words, int32(y-x))
		x = y
	}
	if run > 0 {
		c.words = append(c.words, run)
	}
	return c.words
}

// A hanStep is the first step of the trie walk for one Han character:
// the node its bytes lead to from the root (-1 if no word starts with it)
// and, if the character is a word of its own with a positive frequency,
// the log of that frequency.
type hanStep struct {
	node int32
	word bool
	logF float64
}

// The Han characters that have a hanStep: the CJK Unified Ideographs
// block, where nearly all of a report's characters are.
const hanFirst, hanLast = 0x4E00, 0x9FFF

// hanStepTables holds the hanSteps of each trie (*cedar.Cedar -> []hanStep).
var hanStepTables sync.Map

// hanSteps returns the first steps of trie for the characters hanFirst to
// hanLast, built on first use (a few milliseconds). Every word of a route
// starts with one: read from a table of 21,000 entries that stays in the
// processor's cache, it costs a fraction of a walk of the trie's tens of
// megabytes, three bytes deep.
func hanSteps(d *gse.Dictionary, trie *cedar.Cedar) []hanStep {
	if v, ok := hanStepTables.Load(trie); ok {
		return v.([]hanStep)
	}
	steps := make([]hanStep, hanLast-hanFirst+1)
	var buf [utf8.UTFMax]byte
	for r := rune(hanFirst); r <= hanLast; r++ {
		st := &steps[r-hanFirst]
		st.node = -1
		node, err := trie.Jump(buf[:utf8.EncodeRune(buf[:], r)], 0)
		if err != nil {
			continue
		}
		if node > math.MaxInt32 {
			steps = nil // a trie too large for the table: walk it all
			break
		}
		st.node = int32(node)
		if v, err := trie.Value(node); err == nil {
			if freq := d.Tokens[v].Freq(); freq > 0 {
				st.word, st.logF = true, math.Log(freq)
			}
		}
	}
	v, _ := hanStepTables.LoadOrStore(trie, steps)
	return v.([]hanStep)
}

// logTables holds the logFreqs of each dictionary (*gse.Dictionary ->
// []float64).
var logTables sync.Map

// logFreqs returns, for each word of d by its index in d.Tokens, the log
// of its frequency, or NaN where the frequency is not positive (gse leaves
// such words out of a route), built on first use: a route weighs every
// word that starts at every character, and a table read is a fraction of
// a logarithm. The values are math.Log's, as cutNoHMM would compute them.
// A dictionary must not change once it is used to cut (LoadSegmenter adds
// every word before publishing it); words added after the table are
// looked up and logged one by one.
func logFreqs(d *gse.Dictionary) []float64 {
	if v, ok := logTables.Load(d); ok {
		return v.([]float64)
	}
	logs := make([]float64, len(d.Tokens))
	for i := range d.Tokens {
		if freq := d.Tokens[i].Freq(); freq > 0 {
			logs[i] = math.Log(freq)
		} else {
			logs[i] = math.NaN()
		}
	}
	v, _ := logTables.LoadOrStore(d, logs)
	return v.([]float64)
}

// lower returns strings.ToLower(text) for valid UTF-8 text, without a
// case lookup for each of the characters a report is made of, which have
// no lower case: ASCII but capitals, CJK punctuation (U+3000-U+303F), and
// Han characters (U+4E00-U+9FFF). Other characters are looked up as
// strings.ToLower does; if any changes, strings.ToLower lowers text.
func lower(text string) string {
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if 'A' <= b && b <= 'Z' {
				return strings.ToLower(text)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(hanFirst <= r && r <= hanLast || 0x3000 <= r && r <= 0x303F) && unicode.ToLower(r) != r {
			return strings.ToLower(text)
		}
		i += size
	}
	return text
}

func isASCIIAlnum(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
