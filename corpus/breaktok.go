package corpus

import (
	"strings"
	"unicode/utf8"
)

// Least number of times a copy site's stand-in for a line break must be
// met, and of those right after a sentence's end or a colon
// (splitBreakTokens).
const (
	minBreakTokens    = 5
	minBreakTokenEnds = 2
)

// splitBreakTokens returns text with a copy site's stand-in for its line
// breaks made line breaks again: a page that lost its lines keeps, where
// each ended, a short made-up token of ASCII letters (…第五次会议上ftr
// 鲁山县人民政府县长某某ftr各位代表：ftr现在，…; …提出意见。PZl). Such a
// token is two to four letters, one of them at least lower case (an
// abbreviation of the text, GDP, PPP, is upper case), standing between
// Chinese words with no letter or digit beside it (a unit, 3.5km, follows
// a number), met minBreakTokens times or more, and minBreakTokenEnds of
// them right after a sentence's end or a colon. A token that a hard wrap
// cut in two (…基地。PZ / l一年来) goes too. Letters x alone are no such
// token: a template masks names and figures with them (xx乡中心小学,
// 占地xx亩, 招聘计划xx名), as often after a colon as anywhere.
func splitBreakTokens(text string) string {
	type tally struct{ n, ends int }
	var counts map[string]*tally
	for i := 0; i < len(text); {
		c := text[i]
		if !isASCIILetter(c) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		tok := text[i:j]
		if n := j - i; n >= 2 && n <= 4 && hasLower(tok) && !isPlaceholder(tok) {
			prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:i], " \u3000"))
			next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[j:], " \u3000"))
			if prev >= utf8.RuneSelf && (next >= utf8.RuneSelf || next >= '0' && next <= '9' || next == '\n' || next == utf8.RuneError) {
				if counts == nil {
					counts = map[string]*tally{}
				}
				t := counts[tok]
				if t == nil {
					t = &tally{}
					counts[tok] = t
				}
				t.n++
				if strings.ContainsRune("。：！？；:", prev) {
					t.ends++
				}
			}
		}
		i = j
	}
	var toks []string
	for tok, t := range counts {
		if t.n >= minBreakTokens && t.ends >= minBreakTokenEnds {
			toks = append(toks, tok)
		}
	}
	if len(toks) == 0 {
		return text
	}
	text = dropTokenTeasers(text, toks)
	for _, tok := range toks {
		text = replaceBounded(text, tok)
		for k := 1; k < len(tok); k++ {
			text = replaceBounded(text, tok[:k]+"\n"+tok[k:])
		}
	}
	return text
}

// minTeaserRunes is the least length of a teaser that dropTokenTeasers
// drops, its tokens and spaces aside.
const minTeaserRunes = 20

// dropTokenTeasers returns text without a copy site's teaser of the text
// that keeps the stand-in tokens: a line holding one of toks whose words,
// tokens and spaces aside, are the very words the text below it starts
// with (…（全文） 政府工作报告ftr 2031年…ftr 望川县人民政 above …（全文）
// 政府工作报告ftr 2031年…). Made lines again, its pieces would be read for
// the title block, said twice.
func dropTokenTeasers(text string, toks []string) string {
	squeeze := func(s string) string {
		for _, tok := range toks {
			s = strings.ReplaceAll(s, tok, "")
		}
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '\u3000' || r == '\n' || r == '\t' || r == '\r' {
				return -1
			}
			return r
		}, s)
	}
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for i, l := range lines {
		if i+1 < len(lines) && holdsToken(l, toks) {
			key := squeeze(l)
			if utf8.RuneCountInString(key) >= minTeaserRunes {
				rest := strings.Join(lines[i+1:min(len(lines), i+40)], "\n")
				if len(rest) > 4*len(l) {
					rest = rest[:4*len(l)]
				}
				if strings.HasPrefix(squeeze(rest), key) {
					continue
				}
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func holdsToken(s string, toks []string) bool {
	for _, t := range toks {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// replaceBounded returns text with each tok that no ASCII letter or digit
// touches made a line break, or dropped where a line break follows it.
func replaceBounded(text, tok string) string {
	var b strings.Builder
	last := 0
	for off := 0; ; {
		k := strings.Index(text[off:], tok)
		if k < 0 {
			break
		}
		a := off + k
		e := a + len(tok)
		off = e
		if a > 0 && isASCIIAlnumByte(text[a-1]) || e < len(text) && isASCIIAlnumByte(text[e]) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[last:a])
		if r := strings.TrimLeft(text[e:], " \t\u3000"); r != "" && r[0] != '\n' {
			b.WriteByte('\n') // a token that ends a line is only dropped
		}
		last = e
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isASCIIAlnumByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9'
}

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// isPlaceholder reports whether tok is a template's mask for a name or a
// figure: the letter x alone, in either case (xx, XXX, xX).
func isPlaceholder(tok string) bool {
	return strings.Trim(tok, "xX") == ""
}
