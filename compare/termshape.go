package compare

// The shape of a term
//
// Salience (terms.go) says how specific a term's words are and how often
// the report uses it; among the many phrases a report coins once, it does
// not say which are names of policies. Their shape does. A Chinese noun
// phrase is of the kind of its last word, and policy documents name what
// they launch with a few heads: a programme (行动, 工程, 计划, 规划, 方案,
// 战略), a system or rule (体系, 机制, 制度, 体制, 模式, 格局, 平台, 清单), an
// idea or lesson (精神, 思想, 理念, 经验), an economy or a force (经济, 产业,
// 生产力), a body (集团, 联合体, 共同体) or a zone or model place (示范区,
// 试验区, 先行区, 示范县, 示范村; a model school is one institution):
// 国家教育数字化战略行动, 现代化产业体系, 银发经济, 紧密型教育集团; and the
// goals a place sets itself, a strong one of its kind (教育强县, 制造强省). A
// phrase ending with one of them weighs more, but not one that begins as a
// predicate (落实 党中央八项规定精神) or that names another candidate with
// what is said of it (大力弘扬 教育家精神; the head alone, 强县 of 工业强县
// and 教育强县, names nothing), and so does a phrase the frame 以 X 为 Y 的
// opens, whatever its head (以县城为重要载体的城镇化建设: the report names
// its topic by what it rests on), and the formula 以 X 引领 Y
// (以科技创新引领产业创新: what drives what), and so does a numbered plenum
// (二十届二中全会: the meeting whose decisions the report follows) and a
// noun phrase with parallel words gse cut apart (宜居宜业和美乡村: a
// formula the report coins, marked by its form) and a title a level of
// government confers on many (智慧校园 of 建成市级智慧校园32所: the
// name of the programme that confers it). A
// phrase that names one institution
// (云台中学, 溪口市杏坛小学: a school, a hospital, its name a place or a
// person's to the dictionary, or after a lone 市, 县, 区...) is a name, not
// a policy, and weighs less, and so does a phrase that holds a verb and
// its object (企业渡过难关: a clause). Quoted phrases and "+" forms, which
// the report marks itself, keep their weight.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// policyHeads are the last words of the names policies take (above).
var policyHeads = strings.Fields(`
	行动 工程 计划 规划 方案 战略
	体系 机制 制度 体制 模式 格局 平台 清单
	精神 思想 理念 经验
	经济 产业 生产力
	集团 联合体 共同体
	示范区 试验区 先行区 示范县 示范镇 示范村`)

// goalHeads are the last words of the names of goals a place sets itself,
// a strong one of its kind (教育强市, 制造强省, 农业强县): names as a
// policy's are, but a verb before them does not stand in the name (建设 |
// 教育强县 is the work toward it).
var goalHeads = strings.Fields(`强国 强省 强市 强县 强区`)

// nameHeads are policyHeads and goalHeads, joined once: a candidate's
// weight is asked for every candidate of a report.
var nameHeads = slices.Concat(policyHeads, goalHeads)

// policyHead reports whether word w is a policy's head, or ends with one
// (行动计划).
func policyHead(w string) bool {
	return endsWithOne(w, policyHeads)
}

// endsWithOne reports whether w is one of heads or ends with one.
func endsWithOne(w string, heads []string) bool {
	for _, h := range heads {
		if strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

// growthHead is the verbal noun whose manner a policy sets for a field:
// the kind of development it wants (高质量发展, 均衡发展, 平稳健康发展).
const growthHead = "发展"

// wayOfGrowth reports whether the noun phrase ws[i:j] (infos: its words'
// infos) names a way of growth: growthHead after an adjective of two
// characters or more that says how, a word before them (特色 多样 发展,
// 义务教育 均衡 发展, 房地产 市场 平稳 健康 发展). The manner a report sets
// for a field's development is a 提法 reports change and readers follow
// (又好又快发展 to 高质量发展), though its words are common and the report
// may write it once; an adjective before another verbal noun describes the
// work (校园 清洁 工作).
func wayOfGrowth(ws []word, infos []wordInfo, i, j int) bool {
	return j-i >= 3 && ws[j-1].text == growthHead && infos[j-2].adjective && severalRunes(ws[j-2].text)
}

// institutions are the last words of the names of single institutions.
var institutions = strings.Fields(`学校 小学 中学 幼儿园 大学 学院 医院 卫生院`)

// placeUnits are the units a place name ends with, which gse leaves alone
// after a name it lacks (溪口 市).
const placeUnits = "省市县区乡镇村"

// Weights of a term's shape.
const (
	policyWeight      = 1.2
	institutionWeight = 0.8
	clauseWeight      = 0.85
)

// shapeWeights returns how much the shape of each candidate of cands adds
// to its salience (see above): policyWeight for a policy's name,
// institutionWeight for one institution's, 1 otherwise and for the kinds
// the report marks. A phrase that holds at its end another candidate the
// report uses more often names that one, with what is said of it before
// (大力弘扬 教育家精神, 主动服务 新质生产力): not a name of its own, unless
// what comes before ends with a suffix that makes a kind (紧密型 教育集团).
// count gives a candidate's occurrences.
func shapeWeights(cands []cand, count func(string) int) []float64 {
	at := make(map[string]bool, len(cands))
	for _, c := range cands {
		at[c.text] = true
	}
	out := make([]float64, len(cands))
	for i, c := range cands {
		out[i] = shapeWeight(c, func(t string) bool {
			for k := range t {
				if k == 0 || !at[t[k:]] || slices.Contains(policyHeads, t[k:]) || slices.Contains(goalHeads, t[k:]) {
					continue // a head alone ends many names (工业强县, 教育强县)
				}
				if _, _, pos := analysis.DictFreq(lastRune(t[:k])); pos != "k" && count(t[k:]) > count(t) {
					return true
				}
			}
			return false
		})
	}
	return out
}

// shapeWeight is the weight of candidate c's shape; about reports whether
// it is about another candidate (shapeWeights).
func shapeWeight(c cand, about func(string) bool) float64 {
	t := c.text
	switch c.kind {
	case kindMarked, kindPlus, kindSlogan:
		return 1
	case kindFormula:
		// parallel words gse cut apart (宜居 宜 业 和 美 乡村): the
		// report coins a formula, and marks it by its form as a quote
		// does, unless the phrase may hold a word too many
		if !c.unsure {
			return policyWeight
		}
		return 1
	case kindTitle:
		// a title a government confers at a level (市级 | 智慧 校园):
		// a name its programme gives, unless the phrase may hold a
		// word too many
		if !c.unsure {
			return policyWeight
		}
		return 1
	case kindFrame, kindPlenum:
		// the report names its topic by what it rests on (以 县城 为
		// 重要 载体 的 城镇化 建设), or the plenum whose decisions it
		// follows (二十届二中全会): a policy's name, whatever its head
		return policyWeight
	}
	for _, h := range nameHeads {
		if strings.HasSuffix(t, h) && len(t) > len(h) {
			if c.unsure || !c.modified && predicate(candWords(c)) || about(t) {
				return 1
			}
			return policyWeight
		}
	}
	for _, h := range institutions {
		if strings.HasSuffix(t, h) && len(t) > len(h) && namedInstitution(t[:len(t)-len(h)]) {
			return institutionWeight
		}
	}
	if utf8.RuneCountInString(t) >= 3 && clauseWords(candWords(c)) {
		return clauseWeight
	}
	return 1
}

// clauseLike reports whether phrase t holds a verb and its object: a verb
// (not a verbal noun) of two characters or more that a noun follows (企业
// 渡过 难关, 着力 扩大 内需, 变相 体罚 学生): it says what is done, as a
// clause does, and names nothing (but 学生 欺凌 防治, a verb before a
// verb, names an activity).
func clauseLike(t string) bool {
	if utf8.RuneCountInString(t) < 3 {
		return false // no room for a verb of two characters and a noun: not cut
	}
	return clauseWords(words(t))
}

// clauseWords reports whether the gse words of a phrase, words, hold a
// verb and its object (clauseLike).
func clauseWords(words []word) bool {
	ws := wordTextsOf(words)
	for k := 0; k+1 < len(ws); k++ {
		_, _, pos := analysis.DictFreq(ws[k])
		_, _, next := analysis.DictFreq(ws[k+1])
		if severalRunes(ws[k]) && strings.HasPrefix(pos, "v") && pos != "vn" && strings.HasPrefix(next, "n") {
			return true
		}
	}
	return false
}

// predicate reports whether a phrase, of the gse words words, begins as a
// predicate does: with a verb, an adverb or an adjective to the
// dictionary (落实 党中央 八项 规定 精神, 健全 社会 救助 制度), but an
// adjective that a suffix makes a kind of (紧密 型 教育 集团).
func predicate(words []word) bool {
	var ws []string
	for _, w := range words {
		if w.class == classWord {
			ws = append(ws, w.text)
		}
		if len(ws) == 2 {
			break
		}
	}
	if len(ws) == 0 {
		return false
	}
	_, _, pos := analysis.DictFreq(ws[0])
	switch {
	case pos == "" || pos == "vn" || pos == "an":
		return false // a noun
	case len(ws) > 1 && termWordInfo(ws[1]).suffix:
		return false
	}
	return pos[0] == 'v' || pos[0] == 'a' || pos[0] == 'd'
}

// namedInstitution reports whether name, what stands before an
// institution's head, is a proper name: a word the dictionary tags as a
// place's or a person's (云台 ns), or a place unit gse left alone (溪口 市
// 杏坛).
func namedInstitution(name string) bool {
	for _, w := range words(name) {
		if w.class != classWord {
			continue
		}
		if oneRune(w.text) {
			if strings.Contains(placeUnits, w.text) {
				return true
			}
			continue
		}
		if _, _, pos := analysis.DictFreq(w.text); strings.HasPrefix(pos, "ns") || strings.HasPrefix(pos, "nr") {
			return true
		}
	}
	return false
}
