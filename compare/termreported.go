package compare

// A plan's terms that its summary reports in its own words
//
// A bureau's plan (工作要点, 工作计划) against the summary of the same
// year (工作总结) is a comparison of what was promised with what was
// reported. Its dropped terms should be the plan's items the summary says
// nothing of (疫情常态化防控, 县管校聘, 光纤进校园). But a summary never
// repeats a plan's wording: it reports 中心组…集中学习13次 for the plan's
// 中心组学习制度, 清廉学校示范点9个 for 清廉学校建设, 课后服务覆盖率 for
// 规范课后服务; and it does not restate the year's general requirements
// that open a plan (the text before its first heading: 稳中求进工作总基调,
// 立德树人 and the year's goal), which are the line the plan follows, not
// work to report on. So, a plan against the summary of its year (Compare
// reads the documents' kinds and years), a dropped term is left out when
// it occurs only in the plan's opening, or when the summary writes the
// words of it that say what it is about, two at least, in their order and
// close together in one clause, the commonest verbal nouns aside
// (reportedWords: 清廉 学校 of 清廉学校建设 in 建成清廉学校示范点9个; but
// not 职业教育集团 where the summary speaks of 职业教育 and never of 集团,
// nor 思想政治 of a sentence that names a 思想 and, later, a 政治任务). The
// new terms, and every other comparison, are not touched.

import (
	"strings"
	"unicode/utf8"
)

// planSummary reports whether a is a plan (planKinds) and b a summary
// (summaryKinds) of the same year.
func planSummary(aKind, bKind string, aYear, bYear int) bool {
	return aYear != 0 && aYear == bYear && contains(planKinds, aKind) && contains(summaryKinds, bKind)
}

// reportedTerm reports whether the dropped term t of the plan d is one
// the summary other reports in its own words or never would: d holds it
// only in its opening (sections with an empty heading), or other writes
// its words close together in one clause (reportedWords).
func reportedTerm(d, other *termDoc, t string, ws []word) bool {
	if _, secs := d.occurrences(t); len(secs) > 0 {
		opening := true
		for _, k := range secs {
			if d.headings[k] != "" {
				opening = false
				break
			}
		}
		if opening {
			return true
		}
	}
	return reportedWords(other, ws)
}

// maxReportGap is the most characters reportedWords lets a summary put
// between two of a term's words.
const maxReportGap = 4

// reportedWords reports whether other writes the words of ws that say
// what the term is about in their order, each at most maxReportGap
// characters after the one before, no clause mark between them: every
// word but function words and verbal nouns so common they say nothing
// (建设, 服务: wordInfo.vague), which a summary's report of the work does
// without (清廉 学校 of 清廉学校建设 in 建成清廉学校示范点9个). It needs two
// such words at least: one word a summary uses says nothing of the item.
func reportedWords(other *termDoc, ws []word) bool {
	var need []string
	for _, w := range ws {
		if !isTermWord(w) || functionWords[w.text] || termWordInfo(w.text).vague {
			continue
		}
		need = append(need, w.text)
	}
	if len(need) < 2 {
		return false
	}
	for _, off := range other.sa.Lookup(need[0], -1) {
		if inOrder(other.text[off+len(need[0]):], need[1:]) {
			return true
		}
	}
	return false
}

// inOrder reports whether s begins with the words need in order, each
// after at most maxReportGap characters that hold no clause mark.
func inOrder(s string, need []string) bool {
	if len(need) == 0 {
		return true
	}
	for n, i := 0, 0; n <= maxReportGap && i <= len(s); n++ {
		if strings.HasPrefix(s[i:], need[0]) {
			return inOrder(s[i+len(need[0]):], need[1:])
		}
		if i == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(clauseMarks, r) {
			break
		}
		i += size
	}
	return false
}
