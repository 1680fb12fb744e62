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

// countUnit reports whether unit is a measure word of things counted one
// by one (countUnits).
func countUnit(unit string) bool {
	return utf8.RuneCountInString(unit) == 1 && strings.Contains(countUnits, unit)
}

// countsOneThing reports whether a and b, counts in two measure words,
// count one thing all the same: reports count a kind of thing by 个 one
// year and by 家, 项 or 座 the next (新增家庭农场592家, 新增家庭农场811个;
// 新增国际友城4个, 增加国际友城8座). The measure word then tells nothing
// apart, so the words right at the figures must: both name the thing
// there, in three letters or more, closing the words before the figure
// or opening those after it (12个废弃矿山完成治理, 治理废弃矿山35座).
// Words shared further off name what the things are said of, not the
// things (新增省级工业互联网平台5个, 新增省级工业设计中心6家).
func countsOneThing(a, b fig) bool {
	if !countUnit(a.unit) || !countUnit(b.unit) || a.listed || b.listed {
		return false // an item of a list shares its words with the others
	}
	ab, aa := []rune(standTrimmed(a.indicator)), []rune(a.after)
	bb, ba := []rune(standTrimmed(b.indicator)), []rune(b.after)
	const least = 3
	// a thing that is one item of a list the figure counts (380所中小学、
	// 幼儿园…工程) is not all it counts
	// the shared words hold all the thing the figure's nouns name there
	// (countedThing): 7个乡镇卫生院改扩建工程 counts works, not the
	// 乡镇卫生院 another count is of; and a thing that is one item of a
	// list the figure counts (380所中小学、幼儿园…工程) is not all it counts
	alone := func(f fig, words []rune, n int, after bool) bool {
		if after {
			if !strings.HasPrefix(string(words[:n]), nounRun(string(words), false)) {
				return false
			}
			if n >= len(words) {
				return !f.afterListed
			}
			return !listJoin(words[n])
		}
		if !strings.HasSuffix(string(words[len(words)-n:]), nounRun(string(words), true)) {
			return false
		}
		return n >= len(words) || !listJoin(words[len(words)-1-n])
	}
	if n := commonEnd(ab, bb); n >= least && alone(a, ab, n, false) && alone(b, bb, n, false) {
		return true
	}
	if n := commonStart(aa, ba); n >= least && alone(a, aa, n, true) && alone(b, ba, n, true) {
		return true
	}
	if n := endStarts(ab, ba); n >= least && alone(a, ab, n, false) && alone(b, ba, n, true) {
		return true
	}
	n := endStarts(bb, aa)
	return n >= least && alone(b, bb, n, false) && alone(a, aa, n, true)
}

// listJoin reports whether r joins the items of a list.
func listJoin(r rune) bool {
	return r == '、' || r == '和' || r == '及' || r == '与'
}

// standTrimmed returns before without the words that close it saying how
// the figure after stands (超, 达到, 突破: isStandWord).
func standTrimmed(before string) string {
	ts := analysis.AppendTokensNoHMM(nil, before)
	end := len(before)
	for k := len(ts) - 1; k >= 0 && isStandWord(before[ts[k].Start:ts[k].End]); k-- {
		end = ts[k].Start
	}
	return before[:end]
}

// commonEnd returns how many letters a and b end with alike.
func commonEnd(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// commonStart returns how many letters a and b start with alike.
func commonStart(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// endStarts returns the most letters that end a and start b alike: the
// thing named before one figure and after the other.
func endStarts(a, b []rune) int {
	for n := min(len(a), len(b)); n > 0; n-- {
		if string(a[len(a)-n:]) == string(b[:n]) {
			return n
		}
	}
	return 0
}
