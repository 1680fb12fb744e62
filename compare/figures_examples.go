package compare

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// Examples before the thing counted
//
// A report often names a few of the things it counts before the count:
// 新引进甲公司电池材料、乙公司碳材料等产业项目162个 (or 等162个产业项目).
// The examples are names of one year's projects, firms or places, which
// the other year's report does not repeat, and they are long: the words
// read before the figure (at most indicatorRunes) end inside them, and the
// verb that says what was done (新引进) is lost. The figure is then read as
// 乙公司碳材料等产业项目, which shares almost nothing with the other year's
// 新引进产业项目. Its name is the clause's verb and the words after 等.

// exampleName returns the words that name what the figure at qStart counts
// when its clause, starting at cs, opens with a verb and lists examples
// ending with 等 before the figure: the verb and the words from 等 to the
// figure (新引进产业项目; 加快推进 before 等371个重大产业项目, whose thing
// is named after it). It returns "" when the clause has no such shape: no
// 等 word of its own (等级 is a word), no verb opening it (汽车、家电等以旧换新
// lists the subject), or no letters of an example between the two.
func exampleName(s string, cs, qStart int, unit string) string {
	if utf8.RuneCountInString(unit) != 1 || !strings.Contains(countUnits, unit) {
		return "" // 等总投资6074亿元的813个项目: the sum is no count of them
	}
	clause := s[cs:qStart]
	at := -1
	var verb string
	toks := analysis.AppendTokensNoHMM(nil, clause)
	for _, t := range toks {
		if t.Text == "等" {
			at = t.Start
		}
	}
	if at < 0 {
		return ""
	}
	end := leadVerb(clause[:at], toks)
	verb = clause[:end]
	if verb == "" || len(letters(clause[end:at])) < 2 || len(letters(clause[at:])) < 3 {
		// no verb, no example, or no thing between 等 and the figure
		// (等21个特色产业集群 names its thing after the figure, whole)
		return ""
	}
	return noSpace(verb + clause[at+len("等"):])
}

// leadVerb returns the end of the verbs that open clause (新引进, 推进实施,
// 建成投运): its first words, while each is a verb, or an adverb or
// adjective before the first verb (新, 成功, 加快), and of two characters
// or more but the first. A verbal noun (教育 in 引进培养教育、医疗等领域博士)
// opens the first example more often than it ends the verb. At least one word must
// be a verb: 0 when the clause opens with a name.
func leadVerb(clause string, toks []analysis.Token) int {
	end, verbs := 0, 0
	for _, t := range toks {
		if t.Start != end || t.End > len(clause) || t.Start > 0 && utf8.RuneCountInString(t.Text) == 1 {
			// a character alone after the first word opens a name
			// more likely than a verb (推进实施望川大道: 望)
			break
		}
		_, _, pos := analysis.DictFreq(t.Text)
		verbLike := pos == "v" || slices.Contains(addedWords, t.Text) || slices.Contains(stageWords, t.Text)
		if !verbLike && (verbs > 0 || pos == "" || !strings.ContainsRune("ad", rune(pos[0]))) {
			break
		}
		if verbLike {
			verbs++
		}
		end = t.End
	}
	if verbs == 0 {
		return 0
	}
	return end
}
