package compare

// Marked names and streaks
//
// A report that quotes a phrase marks it as a name, but not every quoted
// phrase is a policy's name: a report quotes figures of speech too (“拦路
// 虎”, “独角戏”, “妙不可言”), words general Chinese has, which it borrows.
// A quoted phrase the dictionary lacks (“两个确立”, “中国制造2025”, “互联
// 网+”, but also “好差评”, “非禁即入”, “投资于人”, “疏整促”), and a "+"
// form unquoted (人工智能+), is the name of a programme or a slogan the
// report coins or takes up: it weighs as if used twice (markedName), so
// that one quoted once ranks with a phrase used twice, as the report
// marks it itself. A quoted word the dictionary has keeps the weight of
// its count, and a common one the report also writes unquoted is only as
// specific as the word (borrowedWord). Quoted phrases without a numeral were left at their count
// once before; then a phrase the report quotes once ranked below any noun
// phrase it writes twice, and in recent reports, which quote their new
// programmes, plain pairs of words (生态环保, 税费减免, 政策落地) filled
// the lists instead. Of the quoted phrases the dictionary lacks that reach
// the first 30 now (four pairs of recent national and city reports, 14 of
// the dev set), 9 in 10 are programmes, slogans or formulas; the rest are
// figures of speech, pieces of names and titles the country conferred
// (全国…示范区), which keep the weight of their count (conferredTitle).
//
// A streak (九连增, 十一连增, 五连快: a numeral, 连 and one character) is a
// figure, how many years in a row something grew, not a term: next year's
// report counts one more.

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markedName reports whether c, a candidate, is a name the report marks
// by its form: a "+" form, or a quoted phrase the dictionary lacks that is
// no title conferred from above (conferredTitle) nor one thing of a
// series (serialName).
func markedName(c cand) bool {
	switch c.kind {
	case kindPlus:
		return true
	case kindMarked:
		return !dictWord(c.text) && !conferredTitle(c.text) && !serialName(c.text)
	}
	return false
}

// borrowedWord reports whether t, a quoted phrase of d, is a word
// general Chinese has for a common thing or act (the dictionary tags it
// a noun, a verb, an adjective or a distinguishing word) that d also
// writes without quotes (“数字化” beside 数字化转型, “渗透” beside 反渗透,
// “迭代” beside 迭代推出): there the report uses the word in its ordinary
// sense, and the quotes mark a figure of speech or an emphasis, not a
// name it coins; it is as specific as the word. A word d only ever quotes
// (“村村通”, “阳光工程”) is the name of a programme the dictionary
// happens to list, and a numeral (“九五”: a plan's period), a name, an
// abbreviation or a set phrase (“三农”, “双拥”, “一国两制”) is a name the
// report takes up: both stay marked.
func borrowedWord(d *termDoc, t string) bool {
	switch dictWordPOS(t) {
	case "", "m", "mq", "t", "nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "l", "i":
		return false
	}
	return d.count(t) > d.count("“"+t+"”")+d.count("「"+t+"」")+d.count(`"`+t+`"`)
}

// serialName reports whether t ends with a numeral and 号 (“嫦娥六号”,
// “马兰1号”): the name of one craft or one crop variety of a series, which
// a report quotes as a name, not a programme or a slogan it coins.
func serialName(t string) bool {
	rest, ok := strings.CutSuffix(t, "号")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return strings.ContainsRune(hanNumerals, r) || r >= '0' && r <= '9'
}

// conferredTitle reports whether t, a quoted phrase, is a title the
// country confers (“全国义务教育发展基本均衡县”, “国家级慢性病综合防控示范
// 区”, “全国双拥模范城”): it opens with 全国 or 国家 and names no
// programme (programmeHead: “国家重点基础研究发展计划” is one). A report
// quotes the titles its place won, news of that year, not a name it coins;
// such a title keeps the weight of its count.
func conferredTitle(t string) bool {
	return (strings.HasPrefix(t, "全国") || strings.HasPrefix(t, "国家")) && !programmeHead(t)
}

// countWeight is how much the count n of candidate c adds to its
// salience: 1 + ln n, with n at least 2 for a name the report marks
// (markedName).
func countWeight(c cand, n int) float64 {
	if n < 2 && markedName(c) {
		n = 2
	}
	return 1 + math.Log(float64(n))
}

// streak reports whether t is a numeral, 连 and one Han character (九连增,
// 十一连增, 五连快), or the first two alone (九连, where gse cut 增 off):
// how many years in a row, a figure.
func streak(t string) bool {
	i := strings.IndexFunc(t, func(r rune) bool { return !strings.ContainsRune(hanNumerals, r) })
	if i <= 0 || !strings.HasPrefix(t[i:], "连") {
		return false
	}
	rest := t[i+len("连"):]
	if rest == "" {
		return true // the streak cut from its verb (九连 | 增)
	}
	r, size := utf8.DecodeRuneInString(rest)
	return size == len(rest) && unicode.Is(unicode.Han, r)
}

// pairedNames joins each candidate of cands that the report only ever
// writes before an enumeration comma and a second candidate of its length
// (大众创业、万众创新: a slogan of two parallel halves) with that second one:
// the pair is the term, the first half alone none. The second stays a
// candidate of its own when the report uses it without the first too.
// Two halves of two characters are too often two items of a list (教育、
// 卫生) and are left alone.
func pairedNames(d *termDoc, cands []cand, count func(string) int) []cand {
	const comma = "、"
	at := make(map[string]int, len(cands))
	for k, c := range cands {
		at[c.text] = k
	}
	drop := map[int]bool{}
	made := map[string]bool{}
	for k := range cands {
		a := &cands[k]
		n := utf8.RuneCountInString(a.text)
		if n < 3 || drop[k] || count(a.text) < 2 {
			continue
		}
		// the second half is what follows the first where it occurs first
		offs := d.sa.Lookup(a.text, 1)
		if len(offs) == 0 {
			continue
		}
		rest, ok := strings.CutPrefix(d.text[offs[0]+len(a.text):], comma)
		if !ok {
			continue
		}
		b := firstRunes(rest, n)
		kb, ok := at[b]
		if !ok || kb == k || cands[kb].text != b || utf8.RuneCountInString(b) != n {
			continue
		}
		pair := a.text + comma + b
		if c := count(pair); c < count(a.text) || !pairEnds(d, pair) {
			continue
		}
		if kp, ok := at[pair]; ok && kp != k || made[pair] {
			drop[k] = true // a candidate already
			continue
		}
		made[pair] = true
		if count(b) == count(pair) {
			drop[kb] = true
		}
		// the slogan is as specific as its more specific half (大众创业
		// of two everyday words, 万众创新 of a rarer one)
		a.text, a.ws, a.spec = pair, words(pair), max(a.spec, cands[kb].spec)
	}
	if len(drop) == 0 {
		return cands
	}
	out := cands[:0]
	for k, c := range cands {
		if !drop[k] {
			out = append(out, c)
		}
	}
	return out
}

// prefixNames calls fn(i, j) for each name in ws that a one-character
// adjective coins with the noun glued after it (新 常态: gse cuts the name
// it lacks there, and no run begins with a word of one character): the
// noun a common noun of the dictionary (n: not a piece gse made of what
// it lacks, which it tags a name: 大 | 开发新 十年) that general Chinese rarely uses (uncommon: 常态, 业态, not 局面,
// 机制, whose 新局面 and 新机制 are stock phrases), no verbal noun (新 突破).
// A noun glued after it makes the noun a modifier of a longer phrase,
// which the adjective describes (新 登记注册 企业: newly registered). The
// caller asks that the name recur.
func prefixNames(ws []word, inf []wordInfo, tw []bool, fn func(i, j int)) {
	for i := 0; i+1 < len(ws); i++ {
		a, n := ws[i], ws[i+1]
		if !tw[i] || !tw[i+1] || a.end != n.start || !oneRune(a.text) ||
			!severalRunes(n.text) || dictWordPOS(a.text) != "a" || dictWordPOS(n.text) != "n" {
			continue
		}
		if in := inf[i+1]; !in.noun || in.verbal || in.unsure || in.spec < uncommon {
			continue
		}
		if i+2 < len(ws) && tw[i+2] && ws[i+2].start == n.end && inf[i+2].noun {
			continue // the adjective says what the longer phrase is (新 登记注册 企业)
		}
		fn(i, i+2)
	}
}

// pairEnds reports whether every occurrence of pair in d ends where a
// word ends: gse, cutting the pair's second half with the characters after
// it, ends a word there (大众创业、万众创新 | 和; 山民共建、溪谷共享 | 格局), not
// inside a word the second half begins (重要思想、科学发展 | 观, cut 科学 |
// 发展观).
func pairEnds(d *termDoc, pair string) bool {
	_, b, _ := strings.Cut(pair, "、")
	for _, o := range d.sa.Lookup(pair, -1) {
		next := firstRunes(d.text[o+len(pair):], 3)
		if next == "" {
			continue
		}
		ends := false
		for _, w := range words(b + next) {
			if w.end == len(b) {
				ends = true
			}
		}
		if !ends {
			return false
		}
	}
	return true
}
