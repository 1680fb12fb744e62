package corpus

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// A litRe is a regular expression with a cheap test in front of it: the
// literal strings one of which every match contains, worked out from the
// pattern when it is compiled (as codesearch works out the trigrams a match
// must contain). The chrome rules try dozens of patterns on every short
// line of a page and nearly all of them fail; a failing backtracking match
// costs the pattern's size times the line's length, while strings.Contains
// turns most lines away in a few nanoseconds. The answers are the
// regexp's own: a line without any of the literals cannot match.
type litRe struct {
	*regexp.Regexp
	lits []string // nil: no literal is certain, every line goes to the regexp
}

// litRes lists every litRe compiled, for the test that holds each one's
// literals against the lines its regexp matches.
var litRes []litRe

// mustLitRe compiles pattern as regexp.MustCompile does and works out its
// literals.
func mustLitRe(pattern string) litRe {
	re := regexp.MustCompile(pattern)
	var lits []string
	if t, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		lits = requiredLits(t.Simplify())
	}
	r := litRe{re, lits}
	litRes = append(litRes, r)
	return r
}

// mayMatch reports whether s contains one of r's literals (or r has none).
func (r litRe) mayMatch(s string) bool {
	if r.lits == nil {
		return true
	}
	for _, lit := range r.lits {
		if strings.Contains(s, lit) {
			return true
		}
	}
	return false
}

func (r litRe) MatchString(s string) bool {
	return r.mayMatch(s) && r.Regexp.MatchString(s)
}

func (r litRe) FindString(s string) string {
	if !r.mayMatch(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

func (r litRe) FindStringIndex(s string) []int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

func (r litRe) FindStringSubmatch(s string) []string {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

func (r litRe) FindStringSubmatchIndex(s string) []int {
	if !r.mayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

func (r litRe) ReplaceAllString(src, repl string) string {
	if !r.mayMatch(src) {
		return src
	}
	return r.Regexp.ReplaceAllString(src, repl)
}

// maxLits bounds a literal set: past it the tests cost more than they
// save and the pattern is tried on every line.
const maxLits = 48

// requiredLits returns strings one of which every match of t contains, or
// nil when no such set is certain (an empty match is possible, a branch
// matches any text, case folding).
func requiredLits(t *syntax.Regexp) []string {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(t.Rune)}
	case syntax.OpCharClass:
		// a few single runes: [：:], [录陆]
		var lits []string
		for i := 0; i+1 < len(t.Rune); i += 2 {
			lo, hi := t.Rune[i], t.Rune[i+1]
			if hi-lo >= 4 || len(lits)+int(hi-lo)+1 > 4 {
				return nil
			}
			for r := lo; r <= hi; r++ {
				if !utf8.ValidRune(r) {
					return nil
				}
				lits = append(lits, string(r))
			}
		}
		return lits
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLits(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return requiredLits(t.Sub[0])
		}
		return nil
	case syntax.OpAlternate:
		var lits []string
		for _, s := range t.Sub {
			l := requiredLits(s)
			if l == nil {
				return nil
			}
			lits = append(lits, l...)
		}
		if len(lits) > maxLits {
			return nil
		}
		return lits
	case syntax.OpConcat:
		// the best of the parts: the one whose shortest literal is longest
		// (up to three characters: 年 is in every report, 工作回顾 in few),
		// then the one with fewest literals; a run of plain literals counts
		// as one literal
		var best []string
		better := func(l []string) {
			if l == nil {
				return
			}
			if best == nil || minRunes(l) > minRunes(best) || minRunes(l) == minRunes(best) && len(l) < len(best) {
				best = l
			}
		}
		run := ""
		for _, s := range t.Sub {
			if s.Op == syntax.OpLiteral && s.Flags&syntax.FoldCase == 0 {
				run += string(s.Rune)
				continue
			}
			if run != "" {
				better([]string{run})
				run = ""
			}
			better(requiredLits(s))
		}
		if run != "" {
			better([]string{run})
		}
		return best
	}
	return nil
}

// minRunes returns the length in characters of the shortest of lits, or 3
// when all are longer.
func minRunes(lits []string) int {
	n := 3
	for _, l := range lits {
		n = min(n, utf8.RuneCountInString(l))
	}
	return n
}
