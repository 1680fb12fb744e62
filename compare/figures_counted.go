package compare

// What a count counts
//
// A count (6个, 150个, 1.2万座) counts a thing, and the report names it
// either right after the figure (建成6个数字产业园区: the 园区) or as the
// last words before it (园区内新签约亿元项目超150个: the 项目). Two counts
// whose counted things share nothing are two measures, however much else
// their clauses share: the 6 parks being built are no change of the 150
// projects signed in them. The thing right after the figure names it
// first; the words before it may be another thing's, of which it counts
// a part.

import (
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// countUnits are the measure words of things counted one by one.
const countUnits = "个家座所项件条处栋台辆套张只名位户间批支"

// countedThing returns the thing a count names (see the note above): the
// words right after the figure up to the first word that is no noun or
// adjective, when after starts with a noun; else the nouns that close
// before, once the words that say how the figure stands (超, 达到, 突破)
// are left out; follows says the thing was named after the figure. It
// returns "" for a figure that is no count, or when neither names a
// thing.
func countedThing(unit, before, after string) (thing string, follows bool) {
	if utf8.RuneCountInString(unit) != 1 || !strings.Contains(countUnits, unit) {
		return "", false
	}
	thing = nounRun(after, false)
	follows = thing != ""
	if !follows {
		thing = nounRun(before, true)
	}
	if unit == "家" && thing == "企业" {
		// 家 counts firms: 企业 says no more than the unit does, and a
		// count of 服务商 or 商店 is a count of 企业 all the same
		return "", false
	}
	return thing, follows
}

// nounRun returns the nouns (and the adjectives and distinctive words
// among them) that open s, or, when last is true, that close it after the
// words that say how a figure stands are dropped from its end.
func nounRun(s string, last bool) string {
	ts := analysis.AppendTokensNoHMM(nil, s)
	noun := func(w string) bool {
		_, _, pos := analysis.DictFreq(w)
		if pos == "vn" || w == "和" || w == "及" || w == "与" || w == "、" {
			return true // 棚户区改造住房, 孵化器和众创空间: one thing
		}
		// a word the dictionary does not know, of two characters or
		// more with a letter among them, is a name (5G, 雁汀)
		return pos != "" && strings.ContainsRune("nab", rune(pos[0])) || pos == "" && utf8.RuneCountInString(w) > 1 && len(letters(w)) > 0
	}
	if !last {
		end := 0
		for _, t := range ts {
			if !noun(s[t.Start:t.End]) {
				break
			}
			end = t.End
		}
		return s[:end]
	}
	k := len(ts)
	for k > 0 && isStandWord(s[ts[k-1].Start:ts[k-1].End]) {
		k--
	}
	if k == 0 {
		return ""
	}
	end, start := ts[k-1].End, -1
	for k > 0 && noun(s[ts[k-1].Start:ts[k-1].End]) {
		k--
		start = ts[k].Start
	}
	if start < 0 {
		return ""
	}
	return s[start:end]
}

// isStandWord reports whether w says how a figure stands (超, 达到, 突破,
// 以上), not what it counts.
func isStandWord(w string) bool {
	for _, s := range []string{"超", "超过", "达", "达到", "突破", "为", "共", "共计", "累计", "近", "约", "以上", "多"} {
		if w == s {
			return true
		}
	}
	return false
}

// countsApart reports whether a and b count things that share nothing
// (countedThing): 6个数字产业园区 and 项目超150个. One of the things must
// be named right after its figure: the last nouns before a figure may
// be only part of its name (棚户区改造住房280万套 against 其中各类棚户区
// 470万套), and are left to the weights when both are such.
func countsApart(a, b fig) bool {
	if a.counted == "" || b.counted == "" || !a.countedAfter && !b.countedAfter {
		return false
	}
	ca, cb := []rune(a.counted), []rune(b.counted)
	return !alike(ca, cb) && !alike(cb, ca)
}

// firmWords name what a count of firms counts: reports count firms and
// market entities in 家 one year and in 户 the next (市场主体达到31.4万家,
// 市场主体总量达到33.9万户; 新设外资企业42户, 新设外资企业57家).
var firmWords = []string{"企业", "市场主体", "经营主体", "公司"}

// firmUnit returns 家 for a count in 户 whose words (before and after
// the figure) name firms, so that the two years' counts of one measure
// pair; households (农户, 贫困户) are counted in 户 only and keep it.
func firmUnit(unit, words string) string {
	if unit == "户" && containsAnyOf(words, firmWords) {
		return "家"
	}
	return unit
}
