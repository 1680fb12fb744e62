package corpus

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestRequiredLits(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string // nil: every line goes to the regexp
	}{
		{`结束`, []string{"结束"}},
		{`(?:预览|试读)已?结束`, []string{"结束"}},
		{`^请先登[录陆]$`, []string{"请先登"}},
		{`继续免费阅读|需要先?登录`, []string{"继续免费阅读", "需要"}},
		{`^(?:积分|帖子)\s*[：:]?\d*$`, []string{"帖子", "积分"}},
		{`[：:]\d+`, []string{":", "："}},
		{`请下载\s*(?i:word)\s*后使用`, []string{"请下载"}},
		{`(?i:word)`, nil},
		{`[A-Za-z]+`, nil},
		{`第\d+页|\d*`, nil}, // a branch that matches the empty string
		{`a*`, nil},
		{`[^。]+`, nil},
		{`(?:会员|用户){2}请`, []string{"会员", "用户"}},
		{`((?:19|20)[0-9]{2})\s*年(?:工作回顾|主要工作情况)`, []string{"主要工作情况", "工作回顾"}},
		{`(?:会员|用户)+`, []string{"会员", "用户"}},
	} {
		re := mustLitRe(c.pattern)
		got := slices.Clone(re.lits)
		slices.Sort(got)
		if !slices.Equal(got, c.want) || (got == nil) != (c.want == nil) {
			t.Errorf("literals of %s = %q, want %q", c.pattern, got, c.want)
		}
	}
}

// TestLitResAgreeWithRegexps holds every pattern of the package against
// text it matches, made from the pattern itself (each branch, class and
// repeat chosen at random): a match must hold one of the pattern's
// literals, else the cheap test would turn a matching line away.
func TestLitResAgreeWithRegexps(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	made, checked := 0, 0
	for _, re := range litRes {
		if re.lits == nil {
			continue
		}
		tree, err := syntax.Parse(re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		tree = tree.Simplify()
		for range 200 {
			var b strings.Builder
			genMatch(&b, tree, rnd)
			s := b.String()
			made++
			for _, s := range []string{s, "某某" + s + "。"} {
				if !re.Regexp.MatchString(s) {
					continue // an anchor or a boundary the made text misses
				}
				checked++
				if !re.mayMatch(s) {
					t.Fatalf("%s matches %q, which holds none of its literals %q", re, s, re.lits)
				}
			}
		}
	}
	if checked < made/2 {
		t.Fatalf("%d of %d made texts match their pattern: too few to check", checked, made)
	}
}

// genMatch writes to b a text that t may match.
func genMatch(b *strings.Builder, t *syntax.Regexp, rnd *rand.Rand) {
	repeat := func(lo, hi int) {
		if hi < 0 {
			hi = lo + 3
		}
		for range lo + rnd.IntN(hi-lo+1) {
			genMatch(b, t.Sub[0], rnd)
		}
	}
	switch t.Op {
	case syntax.OpLiteral:
		for _, r := range t.Rune {
			if t.Flags&syntax.FoldCase != 0 && rnd.IntN(2) == 0 {
				r = unicode.SimpleFold(r)
			}
			b.WriteRune(r)
		}
	case syntax.OpCharClass:
		if len(t.Rune) == 0 {
			return
		}
		i := 2 * rnd.IntN(len(t.Rune)/2)
		lo, hi := t.Rune[i], min(t.Rune[i+1], t.Rune[i]+64)
		r := lo + rune(rnd.IntN(int(hi-lo)+1))
		if utf8.ValidRune(r) {
			b.WriteRune(r)
		}
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		b.WriteRune([]rune("年市县x，1")[rnd.IntN(6)])
	case syntax.OpCapture:
		genMatch(b, t.Sub[0], rnd)
	case syntax.OpStar:
		repeat(0, -1)
	case syntax.OpPlus:
		repeat(1, -1)
	case syntax.OpQuest:
		repeat(0, 1)
	case syntax.OpRepeat:
		repeat(t.Min, t.Max)
	case syntax.OpConcat:
		for _, s := range t.Sub {
			genMatch(b, s, rnd)
		}
	case syntax.OpAlternate:
		genMatch(b, t.Sub[rnd.IntN(len(t.Sub))], rnd)
	}
}
