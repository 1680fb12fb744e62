// Package runesa is a suffix array of a UTF-8 text that answers as the
// standard library's index/suffixarray does on the text's bytes, built
// over its runes.
//
// The term finder (package compare) builds one suffix array of each
// report's text, and building it was a fifth of the finder's CPU at
// ingest: index/suffixarray sorts every byte's suffix, where a report of
// Han characters has three bytes to a rune, and a valid UTF-8 string that
// is looked up can only start at a rune. So the suffixes sorted here are
// the runes' only, by the standard library's own induced sorting (sais.go)
// run over the text's runes numbered in code point order. UTF-8's byte
// order is code point order, a suffix that is a prefix of another coming
// first in both, so the rune suffixes come in the order the byte suffix
// array has them, and Lookup returns the same offsets in the same order
// as index/suffixarray's Lookup on []byte(text). For what this cannot
// answer (a text that is not valid UTF-8, a string that starts with a
// continuation byte, which may match inside a rune), Lookup asks
// index/suffixarray itself, built on first need.
package runesa

import (
	"index/suffixarray"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// An Index is the suffix array of one text.
type Index struct {
	text string
	// sa holds the byte offsets of the text's runes, in the order of the
	// suffixes that start there; nil when the text is not valid UTF-8.
	sa []int32

	once  sync.Once
	bytes *suffixarray.Index // the byte suffix array, built on first need
}

// New returns the suffix array of text.
func New(text string) *Index {
	x := &Index{text: text}
	if len(text) >= math.MaxInt32 {
		return x // Lookup asks index/suffixarray
	}
	n := utf8.RuneCountInString(text)
	runes := make([]int32, n)
	offs := make([]int32, n)
	var maxRune rune
	k := 0
	for i, r := range text {
		if r == utf8.RuneError && !strings.HasPrefix(text[i:], "\uFFFD") {
			return x // not valid UTF-8: Lookup asks index/suffixarray
		}
		runes[k], offs[k] = r, int32(i)
		maxRune = max(maxRune, r)
		k++
	}
	// The runes, numbered in code point order from 0: the alphabet of
	// the sort, as small as the text's distinct runes.
	m := number(runes, maxRune)
	x.sa = make([]int32, n)
	sais_32(runes, m, x.sa, make([]int32, 2*m))
	for i, r := range x.sa {
		x.sa[i] = offs[r]
	}
	return x
}

// number replaces each rune of rs by its rank among the distinct runes of
// rs, the largest of which is maxRune, and returns how many there are. The
// runes present are bits of a set, a rune's rank the bits below it: the
// set of a report's runes (up to U+FFFF, mostly) is 8 KB to clear, where
// a table of ranks by rune would be 256 KB, as much work as the sort of a
// report's suffixes.
func number(rs []int32, maxRune rune) int {
	set := make([]uint64, maxRune>>6+1)
	for _, r := range rs {
		set[r>>6] |= 1 << (r & 63)
	}
	below := make([]int32, len(set)) // the runes present in the words before
	m := int32(0)
	for w, word := range set {
		below[w] = m
		m += int32(bits.OnesCount64(word))
	}
	for i, r := range rs {
		rs[i] = below[r>>6] + int32(bits.OnesCount64(set[r>>6]&(1<<(r&63)-1)))
	}
	return int(m)
}

// Lookup returns what index/suffixarray's Lookup([]byte(s), n) returns
// for []byte(text): at most n byte offsets where s occurs in the text
// (all if n < 0), in the order of the suffixes that start there; nil if s
// is empty, not found, or n == 0.
func (x *Index) Lookup(s string, n int) []int {
	if len(s) == 0 || n == 0 {
		return nil
	}
	if x.sa == nil || !utf8.RuneStart(s[0]) {
		x.once.Do(func() { x.bytes = suffixarray.New([]byte(x.text)) })
		return x.bytes.Lookup([]byte(s), n)
	}
	// s starts with an ASCII or a leading byte, which in valid UTF-8
	// starts a rune: it can occur only where the suffixes of sa start.
	sa, text := x.sa, x.text
	i, _ := slices.BinarySearchFunc(sa, s, func(off int32, s string) int {
		return strings.Compare(text[off:], s)
	})
	j := i + countPrefixed(sa[i:], text, s)
	if n < 0 || j-i < n {
		n = j - i
	}
	if n == 0 {
		return nil
	}
	out := make([]int, n)
	for k := range out {
		out[k] = int(sa[i+k])
	}
	return out
}

// countPrefixed returns how many of the suffixes at sa's offsets, from the
// first, start with s.
func countPrefixed(sa []int32, text, s string) int {
	lo, hi := 0, len(sa)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if strings.HasPrefix(text[sa[m]:], s) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
