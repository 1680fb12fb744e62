package compare

// Figure roles
//
// A report sets targets for its year (地区生产总值增长6%左右, 力争新增就业
// 1.2万人) and reports what the year before achieved (实际增长5.2%, 完成
// 投资120亿元). Last year's target and this year's result of one indicator
// pair as one figure changed, but 6%左右 -> 5.2% is no change of target: a
// reader must see it as a target against a result. So every figure gets a
// role, read by rules from the words of its own sentence and the part it
// is in, never from a list of one report's phrases:
//
//   - words right after the figure that call it a target (6%左右的预期目标,
//     高于年初确定的6.5%的目标) make it a target, whatever its part;
//   - otherwise the nearest word before it in its sentence, or in the lead
//     of its paragraph up to a colon (主要预期目标是：…；…), decides: 目标,
//     预期, 力争, 确保, 拟, 今年 say a target; 实际, 累计, 预计, 去年,
//     过去一年 a result. A result word right after a target word (力争实现,
//     确保完成) still sets a target, and a target word right after a result
//     word (完成年度目标, 实现预期目标) says the target was met: a result;
//   - the verbs 完成, 实现, 达到, 控制在, 争取 say nothing of their own
//     where the part says it: a plan's 完成投资500亿元 is a target, a
//     review's 涨幅控制在3%以内 or 争取专项债券120亿元 (obtained) a
//     result; only in a part of no known kind they say a result;
//   - a figure whose sentence says neither, nor a verb of them, takes the
//     year the sentence before it opens with (过去一年，…成绩。 then 生产总值
//     增长10.3%: a result; 今年，…: a target);
//   - a figure with no such word is a result in a part that reviews past
//     years, and a target in a part that plans the report's year or later
//     (a plan's 推动9000家工业企业开展技术改造 is what it sets out to do);
//   - in a part of neither kind, a figure whose qualifier bounds it the
//     way a plan sets a target (6%左右, 以上, 以内, 不低于) is a target;
//   - else its role is unknown ("").
//
// A row of a table (地区生产总值增长 | % | 6左右) takes its role from its
// column's header (2032年目标, 上年完成): see cellOf (figures_table.go).

import (
	"strings"
	"unicode/utf8"
)

// Role values of a figure (NumberChange.Role, NumberChange.OldRole).
const (
	RoleTarget = "target" // what a report sets for a year: 预期目标, 力争, 拟
	RoleResult = "result" // what a year achieved: 完成, 实现, a review part's figure
)

// targetWords say that the figure after them is a target set.
var targetWords = []string{"预期目标", "主要目标", "目标", "预期", "力争", "确保", "拟", "力求", "今年", "明年"}

// resultWords say that the figure after them is what a year achieved.
var resultWords = []string{"实际", "累计", "预计", "去年", "上年", "过去一年", "过去的一年"}

// partVerbs say what was done, or is to be done, to a figure: which of
// the two, the part tells (weakCue).
var partVerbs = []string{"完成", "实现", "达到", "控制在", "控制到", "争取"}

// targetAfter are the words right after a figure that call it a target
// (6%左右的预期目标, 5%的目标).
var targetAfter = []string{"的预期目标", "的目标", "预期目标", "目标"}

// aboveWords, right before a target word, measure a result against the
// target: 好于预期, 超出预期, 低于预期目标.
var aboveWords = []string{"好于", "高于", "低于", "超出", "超过", "超", "优于", "快于", "慢于", "差于"}

// roleLead is how far back, in characters, a figure's sentence is read
// for the words that give its role.
const roleLead = 120

// figureRole returns the role of the figure s[start:end] in a section
// that reviews past years (back) or plans (plan).
func figureRole(s string, start, end int, back, plan bool) string {
	if containsAnyPrefix(strings.TrimLeft(s[end:], " "), targetAfter) {
		return RoleTarget
	}
	r := cueRole(leadOf(s, start))
	if r == "" || r == roleWeak {
		if t := timeRole(sentenceBefore(s, start)); t != "" {
			return t
		}
	}
	switch {
	case r == roleWeak && back:
		return RoleResult
	case r == roleWeak && plan:
		return RoleTarget
	case r == roleWeak:
		return RoleResult
	case r != "":
		return r
	case back:
		return RoleResult
	case plan:
		return RoleTarget
	case setsBound(s[start:end]):
		return RoleTarget
	}
	return ""
}

// setsBound reports whether the figure text bounds its value the way a
// plan sets a target (6%左右, 1100万人以上, 3%以内, 不低于90%), not the way
// a level is told (近14亿, 超过2000万, 不到100万元).
func setsBound(text string) bool {
	return containsAnySuffix(text, []string{"左右", "以上", "以内", "以下"}) || containsAnyPrefix(text, []string{"不低于", "不超过", "不高于", "不少于"})
}

// timeWords name the year a sentence speaks of: the report's (a target)
// or the one before (a result).
var timeWords = []string{"今年", "明年", "去年", "上年", "过去一年", "过去的一年"}

// timeRole returns the role the year s opens with says (今年，: a
// target; 去年，, 过去一年，: a result), "" if it opens with none.
func timeRole(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range timeWords {
		if strings.HasPrefix(s, w) {
			if w == "今年" || w == "明年" {
				return RoleTarget
			}
			return RoleResult
		}
	}
	return ""
}

// sentenceBefore returns the sentence before the one that holds
// s[start:] in its paragraph, at most roleLead characters, "" if none:
// 过去一年，我们的各项工作取得了很大成绩。 says the year of the figures
// the next sentence lists.
func sentenceBefore(s string, start int) string {
	i, r := backTo(s, start, roleLead, func(r rune) bool { return r == '\n' || sentenceEnd(r) })
	if r == '\n' || i == 0 {
		return ""
	}
	_, size := utf8.DecodeLastRuneInString(s[:i])
	j, r := backTo(s, i-size, roleLead, fullStop)
	if r == 0 && j > 0 {
		return "" // longer than roleLead: its opening is not read
	}
	return s[j : i-size]
}

// fullStop reports whether r ends a whole sentence, for sentenceBefore:
// the items of a list after a colon (主要是：…；去年…) are one sentence,
// whose opening, not its last item's, says the year it speaks of.
func fullStop(r rune) bool { return strings.ContainsRune("。！？\n!?", r) }

// backTo walks back from s[:i], at most most characters, to just after
// the first character stop accepts; it returns where it stopped and that
// character (0 when s's start or most stopped it).
func backTo(s string, i, most int, stop func(rune) bool) (int, rune) {
	for n := 0; i > 0 && n < most; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if stop(r) {
			return i, r
		}
		i -= size
	}
	return i, 0
}

// leadOf returns the words before s[start:] that may give its role: its
// sentence back to a sentence end (at most roleLead characters), and,
// when its paragraph opens with a lead that ends in a colon before the
// sentence (主要预期目标是：…；…), or is an item of a list under such a
// lead, one item a line, that lead in front of it.
func leadOf(s string, start int) string {
	i, _ := backTo(s, start, roleLead, sentenceEnd)
	lead := s[i:start]
	para := strings.LastIndexByte(s[:i], '\n') + 1
	if c := strings.Index(s[para:i], "："); c >= 0 && para < i {
		return s[para:para+c] + "：" + lead
	}
	return listLead(s, para) + lead
}

// listLead returns the line that leads the list whose item is the line
// starting at para, one item a line: 主要预期目标是： over 地区生产总值增长
// 7%； and the items after it. It returns "" if the lines above are no
// such list (at most listItems items, each ending in a semicolon).
func listLead(s string, para int) string {
	end := para - 1
	for n := 0; end > 0 && n <= listItems; n++ {
		start := strings.LastIndexByte(s[:end], '\n') + 1
		line := strings.TrimSpace(s[start:end])
		switch {
		case strings.HasSuffix(line, "：") || strings.HasSuffix(line, ":"):
			return line
		case !strings.HasSuffix(line, "；") && !strings.HasSuffix(line, ";"):
			return ""
		}
		end = start - 1
	}
	return ""
}

// listItems is how many items, one a line, a list's lead is looked for
// above.
const listItems = 12

// cueRole returns the role the nearest cue word of lead says, "" if
// none: a result word after a target word (力争实现) sets a target, a
// target word after a result word (完成年度目标) says it was met.
func cueRole(lead string) string {
	at, role := lastCue(lead)
	if role == "" {
		return ""
	}
	before := clauseBefore(lead, at)
	prev, prevRole := lastCue(before)
	if role == RoleTarget && containsAnySuffix(lead[:at], aboveWords) {
		return RoleResult // 好于预期, 超出预期
	}
	if prevRole == "" || prevRole == role || utf8.RuneCountInString(before[prev:]) > 8 {
		return role
	}
	if role == RoleTarget && yearWord(lead[at:]) {
		return RoleTarget // 预计今年: the year it is of, no target met
	}
	switch {
	case prevRole == RoleTarget:
		return RoleTarget // 力争实现, 确保完成
	case role == RoleTarget:
		return RoleResult // 完成年度目标, 超额完成预期目标
	}
	return role
}

// yearWord reports whether s opens with a target word that names the
// report's year or the next (今年, 明年): after a result word (预计今年高校
// 毕业生超过1170万人) it says which year the figure is of, not that a
// target was met, as 完成年度目标 does.
func yearWord(s string) bool {
	return strings.HasPrefix(s, "今年") || strings.HasPrefix(s, "明年")
}

// roleWeak is the role of a cue among partVerbs: the part decides.
const roleWeak = "weak"

// lastCue returns where the last cue word of s starts and its role. Of
// cue words that end at one place the longest counts (主要目标, not its
// 目标): how near the cue before it is (cueRole) is measured from there,
// so 实现年初确定的主要目标 says the target was met.
func lastCue(s string) (int, string) {
	at, end, role := -1, -1, ""
	find := func(words []string, r string) {
		for _, w := range words {
			i := strings.LastIndex(s, w)
			if i < 0 || notCue(s, i, w) {
				continue
			}
			if (i > at && i+len(w) != end) || (i < at && i+len(w) == end) {
				at, end, role = i, i+len(w), r
			}
		}
	}
	find(targetWords, RoleTarget)
	find(resultWords, RoleResult)
	find(partVerbs, roleWeak)
	return at, role
}

// notCue reports whether w at s[i:] is part of words that say no role:
// 比去年, 较上年 and 高于上年 compare with the year before, 从去年的… says
// the year of where a change began, not of where it went; 实际 that
// leads to an earlier figure, or names a measure (realCue).
func notCue(s string, i int, w string) bool {
	switch w {
	case "去年", "上年":
		// 比上年, 高于上年; 从去年的2.1%提高到: the year of the figure
		// 从 leads to, not of the one after 到 (今年拟安排…赤字率从去年的
		// 2.1%提高到2.3%: this year's)
		return containsAnySuffix(s[:i], []string{"比", "较", "于"}) ||
			containsAnySuffix(s[:i], []string{"从", "由"}) && len(quantities(s[i+len(w):], 0)) > 0
	case "实际":
		return !realCue(s[i+len(w):])
	}
	return false
}

// realCue reports whether 实际, followed by rest up to the figure, says
// the figure is what a year achieved. 实际 qualifies the figure it leads
// to (生产总值实际增长, 实际产量合计，粮食为…), so it says nothing of the
// figures after that one: in a list of targets (…，实际利用外资增长5%，
// 农民人均纯收入增长6%) it does not make the items after it results. And
// 实际利用 / 实际使用 (外资, 内资) name the statistical measure of capital
// actually put to use, which a plan sets targets for as it does any
// other; these two verbs are listed as they are the measure's only names
// in reports.
func realCue(rest string) bool {
	if containsAnyPrefix(rest, []string{"利用", "使用"}) {
		return false
	}
	return len(quantities(rest, 0)) == 0
}

// clauseBefore returns lead before at, back to the start of its clause.
func clauseBefore(lead string, at int) string {
	i, _, _ := backToClause(lead, at, -1, 16)
	return lead[i:at]
}
