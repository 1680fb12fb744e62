package compare

// New and dropped terms
//
// A journalist reading a new report looks for 新提法: phrases the old one
// did not use (新质生产力, 低空经济, 人工智能+, “两重”), not for ordinary
// words that happen to be new this year (打造, 需要). So terms are found
// and ranked in three steps.
//
// Candidates. From the gse words of every heading and of every text not
// found whole in the other document: single words of two characters or
// more; runs of two to four neighbouring words inside one clause (gse cuts
// a coinage into known words: 低空 经济, 数字 消费), beginning and ending
// with words of two characters or more that are not function words; noun
// phrases (nounPhrases: the longest runs of nouns and their modifiers,
// 现代化 产业 体系, 紧密 型 教育 集团, 布局 新型 储能, up to six words and 16
// characters, with their core when a first or last word may not belong:
// 新型储能 of 布局新型储能, 紧密型教育集团 of 紧密型教育集团建设; one used
// once outside a heading needs a word general Chinese rarely uses, f
// under about 580 in 34 million: 储能, not 学前教育 适龄 人口; or a name
// of a thing and what is done to it that the report uses elsewhere, a
// modifier put inside: 乡村 全面 振兴 beside 乡村振兴, splitName), and the
// object of a verb that ends with a verb at a clause's end (加强 学生 欺凌
// 防治; not 实现 实体化 运行, a manner), or, after a verb whose object is
// an activity, without the verbs when a verbal noun after them names the
// activity (开展 教师 数字 素养 | 提升 培训; eventVerbs); runs of three to
// six single characters, gse's cut of a coinage it lacks (扩 优 提 质),
// that recur, or stand before a policy's head (市
// 域 产 教 联合体, even once); two such characters, the last a noun's,
// that a verb takes as its object at a clause's end (开设 托 班，); a run
// followed by "+" (人工智能+); a numbered plenum (二十 届 二中全会: a
// phrase begins inside none); the items, used twice, of a list of
// one-character verbs and their objects (保 增长、扩 内需、调 结构:
// slogans, a year's formula, which no run finds);
// and whatever stands between quotation marks (“两重”, or straight
// marks paired on a line: "两重"), up to 16 characters. A candidate the report always writes after a one-character
// noun and 的 takes them in (党的 二十大精神: ofNoun). Runs ending with an
// adjective, and nouns an adjective (or a set phrase of four characters
// that does not end with a noun: 经济运行 稳中有进) follows at a clause's end or before a
// verb, are clauses, not names (乡村振兴 扎实, 学科 结构性 短缺 并存), and so
// are nouns a one-character verb follows (徒弟 每学期 | 听) and an object
// whose verbs begin with an adverbial one (大班额成果 持续 巩固). No phrase
// begins inside a name gse cut apart (枫 林区, where 枫林 is a word) or ends
// inside one (门诊 楼主 | 体, where 主体 is), or next to lone characters
// that go on (县域 | 医 共 体, 望 川 | 二中; but lone characters that open a
// noun phrase are a word gse cut apart and stand in it: 和 美 乡村 示范村,
// a conjunction among them when a lone character follows it, as a
// conjunction joins words; and after a word whose first character they
// repeat, parallel words gse cut apart: 宜居 宜 业 和 美 乡村, a formula
// the report coins, which weighs as a policy's name), and a determiner
// with a word
// (每学年, 各部门) stands in none. A noun phrase with a suffix gse left
// alone inside it names a kind (紧密 型 教育 集团) and is kept even used
// once with common words, and so is a title that a level of government
// confers on many and the report counts (市级 | 智慧 校园 32 所: the
// phrase after the level, conferred; but not 晋位 省级 高新技术 产业
// 开发区, one place's news); the frame 以 X 为 Y 的 before a noun phrase
// belongs to it (以 县城 为 重要 载体 的 城镇化 建设), and a clause that is
// the formula 以 X 引领 Y is one (以 科技 创新 引领 产业 创新:
// leadFormulas); a compound the
// dictionary lists without a count is a verb when its last part is one
// (全面推行, 切实加强: headPOS), whatever the tag, and a noun when it
// is tagged an idiom and its last part is a noun (承载能力). A verb right
// before a policy's head (policyHeads: 行动, 清单, 体系...) stands in the
// noun phrase, which names the programme of that action (县域 普通高中
// 振兴 行动计划, 教师 减负 清单), and a policy's head is a noun whatever
// its tag. An adjective that opens a clause before nouns is mostly a verb
// the dictionary tags as one (落实 | 中小学 教师 减负 清单): the phrase
// after it is the core, as after an unsure word, and so is the phrase
// after an abbreviation (中小学, j) that opens one: 教师减负清单.
// Parts of speech are the dictionary's (analysis.DictFreq). A candidate is new when it does not occur anywhere
// in the other document's text, checked as a substring (a suffix array of
// the other text, whitespace left out), not as a word sequence, because
// gse cuts one phrase differently in different contexts.
//
// Phrases by recurrence. A run of words is kept whole only when its words
// hold together: it occurs at least twice, and at each boundary between
// its words one side is found with the other at least half the time (低空
// is always followed by 经济 even though 经济 is everywhere; 需要 and 打造
// stand next to each other once in ten), a third of the time for a noun
// phrase (智慧 校园). A heading's runs may occur once:
// a heading names its topic. Noun phrases the dictionary lacks may occur
// once, and quoted phrases and "+" forms whatever their count: the report
// names something, or marks it itself.
//
// Salience. A term weighs the log of its count, times how specific it is;
// a part of a longer term that the report writes alone only once weighs
// that one use (termown.go: 优化升级 of 产业结构优化升级).
// Specificity comes from a background: the frequency of its words in
// general Chinese (gse's dictionary, analysis.DictFreq), as log(1 + K/(f+1)),
// so that 需要 and 推动 weigh almost nothing, 打造 little and a word the
// dictionary lacks much; a compound the dictionary lists without a count
// (frequency 3, nearly half its entries: 高度重视, 骨干教师) is as common as
// its rarest part of two characters or more (partsFreq), not rare; a run
// of words is as specific as its most specific word, plus a little for
// holding together. A noun phrase the
// dictionary lacks is as specific as a word it lacks, whatever its words
// (经营 主体: each common, the phrase new), less a little when the report
// uses it once outside headings or when it may hold a word too many
// (coinageSpec), and half as specific when it is two of the words general
// Chinese uses most, more likely a stock collocation (资本 市场, 先进 技术:
// everydayPair). Other runs whose words are all common (f above about
// 1,000 in 34 million) are left out, and so are verbs (打造) alone or at
// the start of a run, and function words (by the dictionary's part of
// speech, and a short list of particles) at either end: generic verbs,
// function words and stock phrases (过去一年) are not 新提法. A single word
// that is no noun (较重, 紧盯) weighs half. A candidate inside a longer one
// as sure, that the report never uses without it, is left out (国家督导 of
// 国家督导评估). With a
// Collection (Options.Collection), specificity is also scaled by the
// term's inverse document frequency over the indexed reports, so that
// what every report of the collection says weighs little even if general
// Chinese rarely says it: over the reports of years before the newer
// report's, when both have a year (collection.go), since what the reports
// of its own year all say first is the year's new wording. A name the
// report marks by its form (a quoted coinage, a "+" form, a slogan, a
// numbered formula: 六稳, 两学一做, 三个代表) is not weighed down so: the
// formulas of a year are in most reports of their years, and that this
// report takes one up or leaves it is what a reader of the two looks for
// (formulaName). The MaxTerms
// most salient are kept, and a term inside a kept term with no more
// occurrences, or around one with as many, is dropped. A text found whole in the other document is not searched.
// The shape of a term weighs in its salience too (termshape.go: a
// policy's name more, one institution's less). A term the other report
// writes with a modifier put inside is neither new nor dropped
// (termvariant.go: 乡村振兴 against 乡村全面振兴), and a plan's dropped
// terms against the summary of its year leave out its opening formulas
// and what the summary reports in its own words (termreported.go). A
// quoted phrase the dictionary lacks or a "+" form weighs as used twice, a
// quoted common word the report also writes unquoted is only as specific
// as the word (“数字化” beside 数字化转型: emphasis, not a name), a streak
// (九连增) is a figure, a slogan of two halves joined by 、 is one term,
// and a one-character adjective's coinage gse cut apart (新 常态) is a
// candidate (termmarked.go).

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/internal/runesa"
)

// A Term is a word or phrase found in one document and not in the other.
type Term struct {
	Text string `json:"text"`
	// Score is the salience used for ranking (higher first).
	Score float64 `json:"score"`
	// Count is the number of occurrences in the document that has it.
	Count int `json:"count"`
	// Sections are the IDs of the sections it occurs in, in order, and
	// Headings their headings ("" for text before the first heading).
	Sections []string `json:"sections"`
	Headings []string `json:"headings"`
}

// MaxTerms is the most terms Compare returns on each side.
const MaxTerms = 30

// functionWords are the words that never start or end a term: particles,
// conjunctions, prepositions, pronouns and measure words, which gse
// leaves as words of their own.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		的 地 得 了 着 过 和 与 及 或 并 而 且 也 都 就 又 还 再 更 很 最 较 把 被 将 对 为 以 于 从 向 在 由 让 使 给
		到 按 经 等 之 其 这 那 此 各 每 该 本 是 有 个 项 些 次 要 会 能 可 应 须 以及 并且 或者 通过 按照 围绕
		我们 我 你 他 她 它 他们 一 一是 二是 三是 四是 进一步 已经 正在 加以 予以 进行 有关 相关`) {
		functionWords[w] = true
	}
}

// stopWords is kept for callers that check terms against it: the
// function words.
var stopWords = functionWords

// generic is the specificity under which a word or run says nothing on
// its own (about 1,000 occurrences in gse's 34 million: 深化, 推动).
const generic = 0.7

// specificity returns how specific a word of frequency f is against the
// background: log(1 + K/(f+1)).
func specificity(f float64) float64 {
	const k = 1000
	return math.Log(1 + k/(f+1))
}

// A wordInfo is what the dictionary says of a word, for terms.
type wordInfo struct {
	spec        float64
	edge, start bool // may end a term; may begin one
	// noun: a noun to the dictionary (n, nr, ns, nt, nz, vn, an, j), or
	// a word of two characters or more it lacks (a coinage: 数字化转型).
	noun bool
	// head: may end a noun phrase (a noun, or a set phrase, l: 一体化);
	// nominal: may stand in one (a head, or an adjective or
	// distinguishing word, a b k: 紧密 型, 新型).
	head, nominal bool
	// unsure: a vague verbal noun, or a name (nr), as the dictionary tags
	// many verbs (建设, 发展, 弘扬), or an abbreviation (j: 中小学, which
	// says for whom): a phrase beginning with one is less sure (but 现代化
	// 产业 体系, 经营 主体)
	unsure bool
	// vague: a verbal noun so common (建设, 服务, 发展: specificity under
	// vague) that a phrase ending with it may name the same thing without it
	vague bool
	// inner: may stand inside a noun phrase: a nominal word, or a numeral
	// of Han characters (三年 行动)
	inner bool
	// verb: a verb, not a verbal noun (v, vd, vi...); verbal: a verbal
	// noun (vn)
	verb, verbal bool
	// adjective: an adjective (a, ad), which ends a clause, not a name
	adjective bool
	// adverbial: a verb the dictionary tags as used as an adverb (vd:
	// 持续 巩固), which begins a predicate
	adverbial bool
	// charVerb: a verb of one character (听, 抓)
	charVerb bool
	// letter: a single character that may be part of a word gse cut
	// apart: no function, numeral or measure word
	letter bool
	// suffix: a single character the dictionary tags as a suffix (k: 型,
	// 式), which makes a kind of what it follows (紧密 型, 两段 式)
	suffix bool
	// termChars: Han characters or letters only, as a word that may be
	// part of a term is (isTermWord)
	termChars bool
}

// uncommon is the specificity a noun phrase used once needs in one of
// its words at least (under about 580 occurrences in gse's 34 million).
const uncommon = 1.0

// vague is the specificity under which a verbal noun at the end of a
// phrase may be only the work done on it (about 10,000 occurrences in
// gse's 34 million: 智慧校园 建设, 托幼一体化 服务).
const vague = 0.1

// wordInfos caches wordInfo by word: the dictionary does not change once
// loaded, and reports share their words. It is read under a read lock (a
// map read costs a third of a sync.Map's Load, which took a fifth of the
// finder's CPU) and emptied when it holds maxWordInfos words, so that
// texts of made-up words do not grow it without end.
var wordInfos struct {
	sync.RWMutex
	m map[string]wordInfo
}

const maxWordInfos = 1 << 20

// pronounRoots are the characters every pronoun is made of: personal (我,
// 咱, 自己, 大伙), demonstrative (这, 那, 此, 其, 之), interrogative (谁, 哪,
// 何, 啥, 孰), and those that pick out members (各, 每, 某, 本, 该, 任何,
// 一切, 有些, 个个, 别人, 另, 余).
const pronounRoots = "我你您他她它咱俺吾尔汝自己伙人家这那此彼其之厥哪谁什么怎何啥孰咋各每某本该任切些有个别另余敝"

// termWordInfo returns what the dictionary says of w (cached).
func termWordInfo(w string) wordInfo {
	wordInfos.RLock()
	v, ok := wordInfos.m[w]
	wordInfos.RUnlock()
	if ok {
		return v
	}
	v = newWordInfo(w)
	wordInfos.Lock()
	if wordInfos.m == nil || len(wordInfos.m) >= maxWordInfos {
		wordInfos.m = make(map[string]wordInfo)
	}
	wordInfos.m[strings.Clone(w)] = v // not the text w may be cut from
	wordInfos.Unlock()
	return v
}

// wordInfosOf returns what the dictionary says of each word of ws
// (termWordInfo), looked up once for the many checks each word goes
// through.
func wordInfosOf(ws []word) []wordInfo {
	out := make([]wordInfo, len(ws))
	// the words known already under one read lock, not one a word: the
	// lock's count is shared by the finders on every core
	var missing []int
	wordInfos.RLock()
	for k, w := range ws {
		if v, ok := wordInfos.m[w.text]; ok {
			out[k] = v
		} else {
			missing = append(missing, k)
		}
	}
	wordInfos.RUnlock()
	for _, k := range missing {
		out[k] = termWordInfo(ws[k].text)
	}
	return out
}

// termWordsOf reports, for each word of ws, whether it may be part of a
// term (isTermWord), asked once for the many checks each word goes through.
func termWordsOf(ws []word) []bool {
	out := make([]bool, len(ws))
	for k, w := range ws {
		out[k] = isTermWord(w)
	}
	return out
}

// termWordsFrom is termWordsOf given the words' infos (wordInfosOf),
// which tell their characters: no pass over them again.
func termWordsFrom(ws []word, infos []wordInfo) []bool {
	out := make([]bool, len(ws))
	for k, w := range ws {
		out[k] = w.class == classWord && infos[k].termChars
	}
	return out
}

// newWordInfo returns what the dictionary says of w.
func newWordInfo(w string) wordInfo {
	v := wordInfo{edge: !functionWords[w], start: !functionWords[w], termChars: termChars(w)}
	f, _, pos := analysis.DictFreq(w)
	if f == uncounted {
		f = partsFreq(w)
		switch h := headPOS(w); {
		case (nounPOS(pos) || pos == "i") && h != "" && h[0] == 'v' && h != "vn":
			// 全面推行, 切实加强, 深入开展: a verb with its adverb,
			// which the dictionary lists without a count and tags as a
			// noun or an idiom
			pos = "v"
		case pos == "i" && h != "" && h[0] == 'n':
			// 承载能力: a noun, not an idiom
			pos = "n"
		}
	}
	if pos == "r" && !strings.ContainsAny(w, pronounRoots) {
		// 多样, 多边, 前身: pronouns are a closed class, and a word the
		// dictionary tags as one without any of their roots is
		// mistagged; it is read as an adjective, which may stand inside
		// a term (特色多样发展)
		pos = "a"
	}
	switch {
	case functionWords[w]:
	case oneRune(w):
		// a lone character says nothing on its own, but may stand
		// inside a noun phrase: 市 域, 紧密 型
		v.nominal = pos != "" && (pos[0] == 'n' || pos == "k" || pos == "b")
		v.inner = v.nominal
		v.letter = pos != "" && !strings.ContainsAny(pos[:1], "pcudrmqfyoe")
		v.charVerb = pos != "" && pos[0] == 'v' && pos != "vn"
		v.suffix = pos == "k"
	default:
		v.spec = specificity(f)
		v.noun = nounPOS(pos) || f == 0
		v.head = v.noun || pos == "l"
		v.nominal = v.head || pos == "a" || pos == "b"
		v.verb = pos != "" && pos[0] == 'v' && pos != "vn"
		v.verbal = pos == "vn"
		v.vague = pos == "vn" && v.spec < vague
		v.adjective = pos == "a" || pos == "ad"
		if pos == "l" && utf8.RuneCountInString(w) == 4 && !nounPOS(headPOS(w)) {
			// a set phrase of four characters that does not end with
			// a noun (稳中有进, 稳中求进) says how things go, as an
			// adjective does: it ends a clause, not a name (经济运行
			// 稳中有进), though it may stand inside one
			v.head, v.adjective = false, true
		}
		v.adverbial = pos == "vd"
		v.unsure = v.vague || pos == "nr" || pos == "j"
		if policyHead(w) {
			// a policy's head is a noun, whatever the tag (清单 an
			// adjective to the dictionary)
			v.noun, v.head, v.nominal, v.inner = true, true, true, true
			v.verb, v.adjective, v.adverbial = false, false, false
		}
		v.inner = v.nominal || pos == "m" && !strings.ContainsFunc(w, unicode.IsDigit)
		switch {
		case determined(w):
			// 每学年, 各部门, 本年度: which ones, not what
			v.edge, v.start = false, false
			v.noun, v.head, v.nominal, v.inner = false, false, false, false
		case pos == "":
		case strings.ContainsAny(pos[:1], "pcudrmqfyoe"):
			// prepositions, conjunctions, particles, adverbs, pronouns,
			// numerals, measure and position words, modal particles and
			// interjections: never at a term's edge
			v.edge, v.start = false, false
		case pos[0] == 'v':
			// a verb (打造, 推动, 守住): says nothing alone and does not
			// begin a term; set phrases (简政放权, 以旧换新) are idioms,
			// not verbs, to the dictionary
			v.start = false
		}
	}
	return v
}

// uncounted is the frequency gse's dictionary (jieba's) gives the
// compounds it lists without a count: 159,044 of its 352,279 entries
// (骨干教师, 心理健康, 严格控制, 新能源, 每学期) have 3, which says the word
// exists, not that it is rare.
const uncounted = 3

// partsFreq estimates the frequency of word w, which the dictionary lists
// without a count (uncounted), from its parts: a compound is no rarer
// than the parts it is made of (骨干教师 of 骨干 and 教师, 新能源 of 新 and
// 能源). Of the ways to cut w in two dictionary words, at least one of
// them of two characters or more and counted, it takes the one whose
// rarest such part is commonest, and returns that part's frequency. A word
// with no such cut keeps uncounted (开园: two characters).
func partsFreq(w string) float64 {
	best := 0.0
	for i := range w {
		if i == 0 {
			continue
		}
		a, b := w[:i], w[i:]
		fa, _, _ := analysis.DictFreq(a)
		fb, _, _ := analysis.DictFreq(b)
		if fa == 0 || fb == 0 {
			continue // not two dictionary words
		}
		est := math.Inf(1)
		for _, p := range []struct {
			s string
			f float64
		}{{a, fa}, {b, fb}} {
			if severalRunes(p.s) && p.f > uncounted {
				est = min(est, p.f)
			}
		}
		if !math.IsInf(est, 1) {
			best = max(best, est)
		}
	}
	if best == 0 {
		return uncounted
	}
	return best
}

// headPOS returns the part of speech of the last part of compound w: of
// the ways to cut w in two dictionary words, the one with the longest
// last part of two characters or more; "" when there is none. A Chinese
// compound is of the kind of its last part (全面 推行 a verb, 保障 体系 and
// 承载 能力 nouns), which the parts of speech of the compounds the
// dictionary lists without a count do not say.
func headPOS(w string) string {
	for i := range w {
		if i == 0 {
			continue
		}
		a, b := w[:i], w[i:]
		if !severalRunes(b) {
			break
		}
		fa, _, _ := analysis.DictFreq(a)
		fb, _, pos := analysis.DictFreq(b)
		if fa == 0 || fb == 0 {
			continue
		}
		return pos
	}
	return ""
}

// determiners are the function words that say which ones (每, 各, 该, 本,
// 此, 这, 那, 其).
const determiners = "每各该本此这那其"

// determined reports whether w is a determiner followed by a dictionary
// word of two characters or more (每学年, 各部门, 本年度): a word the
// dictionary lists for the phrase, which says which ones, not what, and
// stands in no name.
func determined(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	rest := w[n:]
	return strings.ContainsRune(determiners, r) && severalRunes(rest) && dictWord(rest)
}

// Runs of words are at most maxRunWords words and maxRunRunes characters
// (国家教育数字化战略行动: 5 words, 11 characters).
const (
	maxRunWords = 6
	maxRunRunes = 16
)

// nounPOS reports whether the dictionary's part of speech pos is a noun's:
// n and its kinds (nr, ns, nt, nz, ng), verbal and adjectival nouns (vn,
// an), abbreviations (j) and set phrases (l).
func nounPOS(pos string) bool {
	switch {
	case pos == "":
		return false
	case pos[0] == 'n', pos == "vn", pos == "an", pos == "j", pos == "l":
		return true
	}
	return false
}

// wordTermSpec is how specific a single word is as a term: its
// specificity, halved for a word that is no noun (an adjective or status
// word alone, 较重, 紧盯, says how, not what).
func wordTermSpec(w wordInfo) float64 {
	if !w.noun {
		return w.spec / 2
	}
	return w.spec
}

// nounPhrases calls fn(i, j, unsure) with the noun phrases of ws. Each
// longest run of neighbouring words that may stand in a noun phrase
// (nouns, adjectives, distinguishing words, Han numerals inside: 新型 储能,
// 紧密 型 教育 集团, 治本 攻坚 三年 行动) gives a phrase from its first
// noun, adjective or distinguishing word of two characters or more to its
// last head noun of two characters or more. When a word at its edge may
// not belong, it gives its core instead:
//   - without a first word the dictionary may mistake for a noun
//     (wordInfo.unsure: 建设 教育强市, 弘扬 教育家 精神);
//   - without a level of government before a title it confers on many,
//     which the report counts (市级 | 智慧 校园 32 所: conferred);
//   - from the first modifier after its first word: a modifier begins a
//     noun phrase (布局 新型 储能);
//   - without a vague last word, in a run of five words at most
//     (wordInfo.vague: 紧密 型 教育 集团 建设), or, when the core is too
//     short, only without that (智慧 校园 建设);
//
// and the whole phrase too when it begins with an unsure word (经营 主体
// is the name, 建设 教育强市 is not). unsure is true for a phrase that
// begins with such a word or holds a core: it is less sure. A run that a
// verb follows is that verb's subject, no phrase, and so is a run whose
// last word, an adjective, ends the clause or stands before a verb (学科
// 结构性 短缺 并存: its predicate); but the object of a verb that ends with
// one or two verbs at a clause's end is one (加强 学生 欺凌 防治，) when it
// holds a noun that is no verbal noun, or the verb is uncommon (开展 有偿
// 补课; 实现 实体化 运行 is a manner), and the verbs do not begin with an
// adverbial one (消除 大班 额 成果 持续 巩固 is a clause); so is, without
// the verbs, such an object of a verb whose object is an activity
// (eventVerbs) when a verbal noun follows the verbs and ends the run, the
// head of the whole: the activity, the verbs what it does to the object
// (开展 [教师 数字 素养] 提升 培训 7200 人次), unless its last word is a
// verbal noun; and a run that
// opens a clause with an unsure word, one or two verbs following it to the
// clause's end, is the clause's subject, a noun phrase whose first word is
// a modifier, not a verb (教育 数字化转型 加快 推进。), and is given whole
// and sure. A one-character
// verb ends a run as one of two does (徒弟 每学期 | 听), unless another
// lone character follows it (望 川: a name gse cut apart). A run whose
// first word of two characters follows a lone one that makes a word with
// its first character (枫 林区: 枫林) gives nothing: gse cut a name it
// lacks. Lone characters that open a run, two or more (pieces: 和 美 乡村
// 示范村, 奶 源 基地), are a word gse cut apart and begin the phrase, but
// not before a name (望 川 | 二中: one institution's). A name the
// dictionary tags as a person's right after a verb is a noun of its
// object, not an unsure word (创建 智慧 校园 示范校; 大力 弘扬 教育家
// 精神 stays unsure). Phrases have 2 to maxRunWords words and at most
// maxRunRunes characters. infos are what the dictionary says of each
// word of ws (wordInfosOf), term whether each may stand in a term
// (termWordsOf).
func nounPhrases(ws []word, infos []wordInfo, term []bool, fn func(i, j int, unsure bool)) {
	info := func(k int) wordInfo { return infos[k] }
	long := func(k int) bool { return severalRunes(ws[k].text) }
	piece := pieces(ws, infos, term)
	inner := func(k int) bool {
		if !term[k] {
			return false
		}
		// a verb before a programme's head names it (振兴 行动计划, 减负
		// 清单, 攻坚 行动): the programme of that action
		return info(k).inner || piece[k] || info(k).verb && long(k) && k+1 < len(ws) && term[k+1] &&
			ws[k+1].start == ws[k].end && programmeHead(ws[k+1].text)
	}
	first := func(k, j int) int { // the first word of a phrase from k on
		for k < j && !(long(k) && info(k).nominal) && !piece[k] {
			k++
		}
		return k
	}
	last := func(i, e int) int { // the end of a phrase ending by e
		for e > i && !(long(e-1) && info(e-1).head) {
			e--
		}
		return e
	}
	// predicate reports whether the one-character word k is a verb that
	// a noun run ends at (徒弟 每学期 | 听): one followed by another lone
	// character is more likely part of a name gse cut apart (望 川)
	predicate := func(k int) bool {
		return !long(k) && info(k).charVerb &&
			(k+1 == len(ws) || !term[k+1] || ws[k+1].start != ws[k].end || long(k+1))
	}
	fits := func(b, e int) bool {
		return e-b >= 2 && e-b <= maxRunWords && utf8.RuneCountInString(joinRunes(ws, b, e)) <= maxRunRunes
	}
	for i := 0; i < len(ws); i++ {
		if !inner(i) || i > 0 && inner(i-1) && ws[i-1].end == ws[i].start {
			continue // not the first word of a run
		}
		j := i + 1
		for j < len(ws) && inner(j) && ws[j].start == ws[j-1].end {
			j++
		}
		b := first(i, j)
		e := last(b, j)
		if b == j {
			continue
		}
		if b > i && !long(b-1) && dictWord(ws[b-1].text+firstRunes(ws[b].text, 1)) {
			// the character before the first word makes a word with
			// its first character (枫 林区: 枫林): gse cut a name it
			// lacks, and the phrase would begin inside it
			continue
		}
		if cutBefore(ws, b) {
			// lone characters go before it (望 川 | 二中): the phrase
			// begins inside a name gse cut apart, which ends with the
			// name's word. The nouns after it belong to the name (某县
			// 人民法院 工作报告), unless it ends a list of names (望川一中、
			// 望川二中 | 特色 多样 发展): then they say what is done to every
			// name of the list, a phrase of their own
			if !listEnd(ws, b) {
				continue
			}
			b = first(b+1, j)
			if e-b < 2 {
				continue
			}
		}
		if cutAfter(ws, e) {
			// lone characters go on after the phrase (县域 | 医 共 体):
			// it ends inside a coinage or a name gse cut apart
			continue
		}
		if e > b && e < len(ws) && !long(e) && term[e] && ws[e].start == ws[e-1].end && info(e).letter &&
			dictWord(lastRune(ws[e-1].text)+ws[e].text) {
			// the last character makes a word with the lone one after
			// it (门诊 楼主 | 体: 主体): gse cut the phrase's last word
			// wrong, and the phrase would end inside the next one
			continue
		}
		if e == j-1 && info(e).adjective && long(e) && (j == len(ws) || !term[j] || ws[j].start != ws[e].end || info(j).verb && long(j)) {
			// an adjective after the nouns, at a clause's end or
			// before a verb, is their predicate: a clause (学科 结构性
			// | 短缺 并存), no name (but 小区 配套 园)
			continue
		}
		cb, ce := b, e
		// an adjective that opens a clause before nouns is mostly a
		// verb the dictionary tags as one (落实 | 中小学 教师 减负 清单，
		// 健全 | 社会 救助 制度): a phrase beginning with it is less sure,
		// as one beginning with an unsure word is (but 紧密 型)
		// and so is one after an adverb of manner (严格 | 落实 | 某某
		// 责任制: adverbBefore)
		unsure := info(b).unsure && !nameAfterVerb(ws, b) || info(b).adjective && (b == 0 || !term[b-1] || adverbBefore(ws, b)) &&
			!(b+1 < e && info(b+1).suffix)
		if unsure {
			cb = first(b+1, e)
			// and the unsure words after it while two words at least
			// are left before a vague end (落实 中小学 | 教师 减负 清单;
			// 发展 托幼 一体化 服务 keeps 托幼)
			end := e
			if e > b && e-b <= 5 && info(e-1).vague {
				end = last(b, e-1)
			}
			for cb < e && info(cb).unsure && end-first(cb+1, e) >= 2 {
				cb = first(cb+1, e)
			}
		}
		if cb == b && e-b > 2 && first(b+1, e) == b+1 && conferred(ws, b+1, e) {
			// a level opens the title a government confers at it (市级
			// | 智慧 校园 32 所): the title is the name (but not from
			// inside a word gse cut apart, 市级 思 政 | 课名 师 工作室)
			cb = b + 1
		}
		for k := cb + 1; k < e; k++ {
			if x := info(k); long(k) && x.nominal && !x.head {
				cb = k // 布局 新型 储能
				break
			}
		}
		if e > b && e-b <= 5 && info(e-1).vague {
			ce = last(cb, e-1) // a longer run is a name as a whole
		}
		// nouns that a verb follows are its subject, not a name of their
		// own (乡村 全面 | 振兴); the object of a verb that ends with one
		// or two verbs at a clause's end names an action (加强 [学生 欺凌
		// 防治]，推动 [乡村 全面 振兴] 不断)
		if e == j && j < len(ws) && term[j] && ws[j].start == ws[j-1].end && (info(j).verb || predicate(j)) {
			v := j
			for v < len(ws) && v < j+2 && term[v] && ws[v].start == ws[v-1].end && info(v).verb && long(v) {
				v++
			}
			object := i > 0 && term[i-1] && ws[i-1].end == ws[i].start && info(i-1).verb
			// an object of verbal nouns only is the manner of the
			// verb (实现 实体化 运行), unless the verb is uncommon
			// (开展 有偿 补课): a thing (学生) or an uncommon verb; a
			// lone character after the verbs continues the clause
			// (骨干教师 结对 | 带 教), which does not end there
			thing := info(j).spec >= uncommon
			for k := cb; k < j; k++ {
				thing = thing || info(k).noun && !info(k).verbal
			}
			if object && thing && v > j && !info(j).adverbial && (v == len(ws) || !term[v] || ws[v].start != ws[v-1].end || !info(v).inner && !info(v).verb && !(!long(v) && info(v).letter)) && fits(cb, v) {
				fn(cb, v, false)
			}
			// the object of verbs that a verbal noun ends, after a
			// verb whose object is an activity, is what the activity is
			// about: the verbal noun heads the whole, the verbs say what
			// it does to the object (开展 [教师 数字 素养] 提升 培训 7200
			// 人次: training that raises it; but 支持 民营经济 加快 发展
			// is a clause, the object of 支持), when its last word is no
			// verbal noun, which may be the activity's first (疫苗 免费
			// 接种 工作, 招商 引资 宣传 推介 活动)
			if object && eventVerb(ws[i-1].text) && !info(e-1).verbal && thing && v > j && !info(j).adverbial && v < len(ws) && term[v] && ws[v].start == ws[v-1].end &&
				long(v) && info(v).verbal && (v+1 == len(ws) || !term[v+1] || ws[v+1].start != ws[v].end) && fits(cb, e) {
				fn(cb, e, false)
			}
			// a clause's subject, which opens it with an unsure word
			// that verbs follow to the clause's end, is a noun phrase,
			// and that word its modifier, not a verb ([教育 数字化转型]
			// 加快 推进。; but 建设 教育强市，, a verb and its object)
			opens := i == 0 || !term[i-1] || ws[i-1].end != ws[i].start
			if opens && b == i && info(b).unsure && v > j && (v == len(ws) || !term[v] || ws[v].start != ws[v-1].end) && fits(b, e) {
				fn(b, e, false)
			}
			continue
		}
		// the core, or failing that the phrase without its vague end
		// only (智慧 校园 of 智慧 校园 建设), then the whole when it may be
		// the name (经营 主体) or nothing less is
		sure := unsure
		part := false
		if cb != b || ce != e {
			if fits(cb, ce) {
				fn(cb, ce, false)
				part = true
			} else if ce != e && fits(b, ce) {
				fn(b, ce, sure)
				part = true
			}
		}
		if fits(b, e) && (sure || !part) {
			fn(b, e, sure || part)
		}
	}
}

// programmeHeads are the policy heads (policyHeads) of a plan, an action
// or a system, which a verb right before may name by what it does (振兴
// 行动计划, 减负 清单, 攻坚 行动, 激励 机制). The others name a field, an
// idea or a body (经济, 产业, 精神, 集团, 示范区), which a verb before takes
// as its object: 运用 经济 、 法律 手段, 适应 经济 发展 新常态, 弘扬 精神.
var programmeHeads = strings.Fields(`行动 工程 计划 规划 方案 战略 体系 机制 制度 体制 模式 格局 平台 清单`)

// programmeHead reports whether word w is one of programmeHeads, or ends
// with one (行动计划).
func programmeHead(w string) bool {
	return endsWithOne(w, programmeHeads)
}

// adverbBefore reports whether the word before ws[b] is an adverb of
// manner glued to it (the dictionary's ad, an adjective used as an
// adverb: 严格, 认真, 切实), which modifies verbs; an adverb of degree (d:
// 更, 更加) modifies an adjective that may still modify a noun (更 紧密
// 经贸 关系).
func adverbBefore(ws []word, b int) bool {
	return b > 0 && ws[b-1].end == ws[b].start && dictWordPOS(ws[b-1].text) == "ad"
}

// formulaRun reports whether the words of infs are a verb, or a word
// that says how and a verb, and a noun, the verb's object (建成 | 小康社会,
// 全面 建成 | 小康社会).
func formulaRun(infs []wordInfo) bool {
	n := len(infs)
	if n < 2 || n > 3 || !infs[n-1].noun || infs[n-1].verbal || !infs[n-2].verb {
		return false
	}
	return n == 2 || !infs[0].verb
}

// sessionEnd matches the end of the name of a congress's numbered
// session (第一次会议, 七次会议), with its spirit (会议精神).
var sessionEnd = regexp.MustCompile(`[一二三四五六七八九十]+次会议(精神)?$`)

// congressSession reports whether t names a numbered session of a
// congress (全国人民代表大会第一次会议, 县人大七次会议): the session a report
// is given at, or the one before, changes its number every year, a date
// and no 新提法. A party's plenum (三中全会) sets policy and is a term
// (plenums).
func congressSession(t string) bool {
	return sessionEnd.MatchString(t)
}

// eventVerbs are the verbs whose object is an activity, named by a
// verbal noun (开展 培训, 做好 工作, 举办 活动), never a clause.
var eventVerbs = strings.Fields(`开展 进行 组织 举办 实施 做好 抓好 办好`)

// eventVerb reports whether w is one of eventVerbs, or ends with one
// after an adverb the dictionary joins to it (深入开展, 积极开展).
func eventVerb(w string) bool {
	for _, v := range eventVerbs {
		if strings.HasSuffix(w, v) {
			return true
		}
	}
	return false
}

// levels are the governments that confer a title (国家, 省, 市, 县, 区),
// which a level names with 级: 国家级, 省级.
var levels = strings.Fields(`国家 自治区 省 市 县 区`)

// level reports whether w is a level of government (国家级, 省级, 市级,
// 县级, 区级): before a noun phrase, the level at which a title is
// conferred (市级 智慧 校园, 国家级 绿色 工厂), not part of the title.
func level(w string) bool {
	return strings.HasSuffix(w, "级") && slices.Contains(levels, strings.TrimSuffix(w, "级"))
}

// countWords are the measure words that count single places, bodies and
// things (32 所, 5 个, 20 家), not amounts (亩, 公里, 元).
const countWords = "个所家座处项批条名"

// conferred reports whether the noun phrase ws[i:j] is a title a
// government confers on many, which the report counts (市级 | 智慧 校园
// 32 所, 省级 | 重点 专科 5 个): it follows a level (level), a number
// and a measure word that counts (countWords) follow it, it ends with a
// noun that is no verbal noun, and it holds no verb and its object (not
// 县级 | 领导 分包 重点项目, clauseLike). A title one place is given
// (晋位 省级 高新技术 产业 开发区) is news of that place, not a programme.
func conferred(ws []word, i, j int) bool {
	if i == 0 || !isTermWord(ws[i-1]) || ws[i-1].end != ws[i].start || !level(ws[i-1].text) {
		return false
	}
	if j+1 >= len(ws) || ws[j].class != classNumber || ws[j].start != ws[j-1].end || ws[j+1].start != ws[j].end ||
		!strings.Contains(countWords, ws[j+1].text) || !oneRune(ws[j+1].text) {
		return false
	}
	_, _, pos := analysis.DictFreq(ws[j-1].text)
	if !strings.HasPrefix(pos, "n") && !policyHead(ws[j-1].text) {
		return false
	}
	return !clauseLike(joinRunes(ws, i, j))
}

// nameAfterVerb reports whether ws[b], a word the dictionary tags as a
// name (nr: 智慧, 弘扬), follows a verb of two characters or more without a
// gap: a verb's object begins there, and the word is a noun of it (创建
// 智慧 校园 示范校), not a verb the dictionary mistakes for a name (大力
// 弘扬 教育家 精神).
func nameAfterVerb(ws []word, b int) bool {
	if b == 0 || !isTermWord(ws[b-1]) || ws[b-1].end != ws[b].start || !severalRunes(ws[b-1].text) ||
		!termWordInfo(ws[b-1].text).verb {
		return false
	}
	_, _, pos := analysis.DictFreq(ws[b].text)
	return strings.HasPrefix(pos, "nr")
}

// pieces reports, for each word of ws, whether it is a piece of a word gse
// cut apart that opens a noun phrase: a run of two or more lone
// characters that may be part of a word (wordInfo.letter), without a gap,
// after no word that stands in a noun phrase, that goes on into a noun of
// two characters or more that is no name (打造 和 美 | 乡村 示范村, 奶 源 |
// 基地; not 望 川 | 二中, a school's name). A one-character conjunction
// counts as such a character when a lone noun's character follows it that
// goes on into a word (和 美 乡村): it joins no words there, its conjuncts
// would be words (but 稳增长 和 防 通胀: 防 a verb's). A run after a noun
// phrase's word is left alone: it may begin a name (中国式 现代化 | 望 川
// 篇章), unless it repeats that word's first character (宜居 | 宜 业 和 美
// 乡村: parallelWord). infos and term are what the dictionary says of each
// word of ws and whether it may be part of a term (wordInfosOf,
// termWordsOf), asked once for the many checks each word goes through.
func pieces(ws []word, infos []wordInfo, term []bool) []bool {
	lone := func(k int) bool {
		return k < len(ws) && term[k] && oneRune(ws[k].text) &&
			(k == 0 || ws[k-1].end == ws[k].start)
	}
	letter := func(k int) bool {
		if !lone(k) {
			return false
		}
		if infos[k].letter {
			return true
		}
		_, _, pos := analysis.DictFreq(ws[k].text)
		return pos == "c" && lone(k+1) && infos[k+1].nominal &&
			k+2 < len(ws) && term[k+2] && ws[k+2].start == ws[k+1].end && severalRunes(ws[k+2].text)
	}
	out := make([]bool, len(ws))
	for i := 0; i < len(ws); i++ {
		if !letter(i) {
			continue
		}
		j := i + 1
		for j < len(ws) && letter(j) {
			j++
		}
		opens := i == 0 || !term[i-1] || ws[i-1].end != ws[i].start || !infos[i-1].inner ||
			parallelWord(ws[i-1].text, ws[i].text)
		if opens && j-i >= 2 && j < len(ws) && term[j] && ws[j].start == ws[j-1].end &&
			severalRunes(ws[j].text) && infos[j].inner && !properName(ws[j].text) {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j - 1
	}
	return out
}

// parallelWord reports whether the lone character c, after the word w of two
// characters, begins as w does (宜居 | 宜 业, 惠民 | 惠 企): the second of
// two parallel words, gse cut apart, which pair as one modifier (宜居宜业
// 和美 乡村).
func parallelWord(w, c string) bool {
	return utf8.RuneCountInString(w) == 2 && oneRune(c) && strings.HasPrefix(w, c)
}

// cutAfter reports whether lone characters follow ws[:e] without a gap,
// the first one a noun's (wordInfo.nominal) and the second no function
// word (县域 | 医 共 体): a coinage gse cut apart goes on there, and a
// phrase ending at e ends inside it (but 中国式现代化 | 望 川, a verb's
// character: a name after it).
func cutAfter(ws []word, e int) bool {
	lone := func(k int) bool {
		return k > 0 && k < len(ws) && isTermWord(ws[k]) && ws[k].start == ws[k-1].end && oneRune(ws[k].text)
	}
	return lone(e) && termWordInfo(ws[e].text).nominal && lone(e+1) && !functionWords[ws[e+1].text]
}

// properName reports whether the dictionary tags w as a person's, a
// place's or a body's name (nr, ns, nt).
func properName(w string) bool {
	_, _, pos := analysis.DictFreq(w)
	return strings.HasPrefix(pos, "nr") || strings.HasPrefix(pos, "ns") || strings.HasPrefix(pos, "nt")
}

// cutBefore reports whether two lone characters that may be part of a
// word (wordInfo.letter) come right before ws[b:], which begins with a
// word the dictionary tags as a name (望 川 | 二中, 望 岳 区 | 云台 中学): a
// name gse cut apart, which a phrase beginning at b begins inside (but 援
// 非 | 抗击 埃博拉 疫情, 扎 住 | 制度 围栏: a verb gse cut apart, and its
// object).
func cutBefore(ws []word, b int) bool {
	lone := func(k int) bool {
		return k >= 0 && k+1 < len(ws) && isTermWord(ws[k]) && ws[k].end == ws[k+1].start &&
			oneRune(ws[k].text) && termWordInfo(ws[k].text).letter
	}
	if b >= len(ws) || !lone(b-1) || !lone(b-2) {
		return false
	}
	return properName(ws[b].text)
}

// listEnd reports whether the name ws[b], after the lone characters of a
// name gse cut apart (cutBefore), ends a list of names: a list mark (、,
// 和, 及, 与) comes right before the lone characters.
func listEnd(ws []word, b int) bool {
	k := b - 1
	for k >= 0 && isTermWord(ws[k]) && oneRune(ws[k].text) && termWordInfo(ws[k].text).letter && ws[k].end == ws[k+1].start {
		k--
	}
	if k < 0 || ws[k].end != ws[k+1].start {
		return false
	}
	switch ws[k].text {
	case "、", "和", "及", "与":
		return true
	}
	return false
}

// frameNames calls fn(i, j) with each noun phrase ws[i:j] that begins with
// the frame 以 X 为 Y 的, X and Y one to three words of a noun phrase each
// (以 人民 为 中心 的 发展 思想): Chinese names a policy by what it takes as
// its basis or centre, and the frame belongs to the name. The phrase ends
// at the last head noun of the noun phrase after 的, of four words at
// most, and has at most maxRunRunes characters.
func frameNames(ws []word, fn func(i, j int)) {
	next := func(k int) bool { // ws[k] follows ws[k-1] in one run
		return k < len(ws) && isTermWord(ws[k]) && ws[k].start == ws[k-1].end
	}
	nominal := func(k, most int) int { // the end of a nominal run from k
		e := k
		for e < k+most && next(e) && termWordInfo(ws[e].text).inner {
			e++
		}
		return e
	}
	for i := 0; i+5 < len(ws); i++ {
		if ws[i].text != "以" || !isTermWord(ws[i]) {
			continue
		}
		x := nominal(i+1, 3)
		if x == i+1 || !next(x) || ws[x].text != "为" {
			continue
		}
		y := nominal(x+1, 3)
		if y == x+1 || !next(y) || ws[y].text != "的" {
			continue
		}
		z := nominal(y+1, 4)
		for z > y+1 && !(severalRunes(ws[z-1].text) && termWordInfo(ws[z-1].text).head) {
			z--
		}
		if z > y+1 && utf8.RuneCountInString(joinRunes(ws, i, z)) <= maxRunRunes {
			fn(i, z)
		}
	}
}

// plenumName matches the name of a numbered plenum: a term of a party
// committee, its plenary session (二十届二中全会, 十一届九次全会).
var plenumName = regexp.MustCompile(`^[一二三四五六七八九十]+届[一二三四五六七八九十]+[中次]全会$`)

// plenums calls fn(i, j) with each run of words ws[i:j] that names a
// numbered plenum (plenumName: 二十 届 二中全会, 十七届 五中全会): gse cuts
// the term's numeral and 届 from the session, and the numerals make the
// name, the meeting whose decisions the report follows.
func plenums(ws []word, fn func(i, j int)) {
	for i := range ws {
		if r, _ := utf8.DecodeRuneInString(ws[i].text); !cnDigit(r) {
			continue // plenumName's first character: most words are passed here
		}
		if !isTermWord(ws[i]) || i > 0 && isTermWord(ws[i-1]) && ws[i-1].end == ws[i].start &&
			strings.ContainsAny(lastRune(ws[i-1].text), "一二三四五六七八九十第") {
			continue
		}
		for j := i + 1; j <= min(i+4, len(ws)) && isTermWord(ws[j-1]) && (j == i+1 || ws[j-1].start == ws[j-2].end); j++ {
			if plenumName.MatchString(joinRunes(ws, i, j)) {
				fn(i, j)
				break
			}
		}
	}
}

// cnDigit reports whether r is a Chinese numeral of one to ten
// (一二三四五六七八九十), with no search of a string of them: plenums asks
// it of every word.
func cnDigit(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// leadVerbs are the verbs of the formula 以 X 引领 Y: what drives what.
var leadVerbs = strings.Fields(`引领 带动 促进 推动 驱动 促`)

// leadFormulas calls fn(i, j) with each clause ws[i:j] that is the formula
// 以 X 引领 Y (以 科技 创新 引领 产业 创新, 以 创业 带动 就业, 以 公开 促
// 公正): 以 opening the clause, X and Y one to three words each, words of
// two characters or more and no function word, a verb of leadVerbs
// between them, Y no verb and its object (以学促干 取得 实效), and the
// clause ending after Y. Chinese states how one aim serves another in this frame, and
// the report's formula is a name of its policy.
func leadFormulas(ws []word, fn func(i, j int)) {
	next := func(k int) bool { // ws[k] follows ws[k-1] in one run
		return k < len(ws) && isTermWord(ws[k]) && ws[k].start == ws[k-1].end
	}
	plain := func(k int) bool { // may stand in X or Y: a whole word
		return severalRunes(ws[k].text) && termWordInfo(ws[k].text).edge && !determined(ws[k].text) &&
			!slices.Contains(leadVerbs, ws[k].text)
	}
	for i := 0; i+3 < len(ws); i++ {
		if ws[i].text != "以" || !isTermWord(ws[i]) || i > 0 && isTermWord(ws[i-1]) && ws[i-1].end == ws[i].start {
			continue
		}
		v := i + 1
		for v < i+5 && next(v) && plain(v) {
			v++
		}
		if v == i+1 || v == i+5 || !next(v) || !slices.Contains(leadVerbs, ws[v].text) {
			continue
		}
		e := v + 1
		for e < v+5 && next(e) && plain(e) {
			e++
		}
		if e == v+1 || e == v+5 || next(e) || clauseLike(joinRunes(ws, v+1, e)) ||
			utf8.RuneCountInString(joinRunes(ws, i, e)) > maxRunRunes {
			continue
		}
		fn(i, e)
	}
}

// splitName reports whether the words ws are three, a noun (n, nr,
// ns...), a noun or adjective of two characters, and a verb or verbal
// noun (乡村 全面 振兴): the name of a thing and what is done to it
// (乡村振兴), a modifier put inside it (not 人数 继续 增加, 效率 得到
// 提升: a clause).
func splitName(ws []word) bool {
	if len(ws) != 3 || utf8.RuneCountInString(ws[1].text) != 2 {
		return false
	}
	_, _, a := analysis.DictFreq(ws[0].text)
	_, _, b := analysis.DictFreq(ws[1].text)
	c := termWordInfo(ws[2].text)
	return strings.HasPrefix(a, "n") && (strings.HasPrefix(b, "n") || b == "a") && (c.verb || c.verbal)
}

// kindOf reports whether the noun phrase ws[i:j] names a kind by a
// suffix gse left as a character of its own inside it (紧密 型 教育 集团,
// 两段 式 课后 服务: the report makes a category, X型 Y, which is a name
// even when its words are common and it is used once).
func kindOf(ws []word, i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if severalRunes(ws[k-1].text) && termWordInfo(ws[k].text).suffix {
			return true
		}
	}
	return false
}

// everyday is the frequency in gse's 34 million over which a word is
// among the few thousand general Chinese uses most (资本, 市场, 先进, 技术,
// 国际, 地位, 数字; not 主体, 2,851, nor 主题, 2,673: 经营主体 and 主题教育
// are coinages of common words).
const everyday = 3000

// everydayPair reports whether the words ws of a noun phrase are two words
// general Chinese uses all the time (everyday), neither a numeral nor a
// place's or a person's name (两个 维护, 健康 中国 name a formula or a
// policy), the last no policy's head (数字 经济, 公务员 制度 name a
// policy's field or programme: policyHead): more likely a stock
// collocation any report may use one year and not the next (资本 市场,
// 先进 技术, 国际 地位, 领导 干部, 外交 工作, 民间 投资) than a coinage,
// though the dictionary lacks it as one word, and weighed as half a
// coinage: a report that coins many phrases lists them first, one that
// coins few still lists it (时间 银行 may be a coinage). A coinage of
// common words mostly holds a rarer one (经营 主体, 银发 经济).
func everydayPair(ws []word) bool {
	if len(ws) != 2 {
		return false
	}
	for _, w := range ws {
		f, _, pos := analysis.DictFreq(w.text)
		if w.class != classWord || !severalRunes(w.text) || f < everyday ||
			pos == "m" || strings.HasPrefix(pos, "ns") || strings.HasPrefix(pos, "nr") {
			return false
		}
	}
	return !policyHead(ws[1].text)
}

// joinRunes returns the words ws[i:j] joined (neighbours: their text).
func joinRunes(ws []word, i, j int) string {
	var sb strings.Builder
	for _, w := range ws[i:j] {
		sb.WriteString(w.text)
	}
	return sb.String()
}

// coinageSpec is how specific a coinage is: as a word the dictionary
// lacks, less 0.5 when it is unsure (nounPhrases), and less 0.5 when the
// report uses it only once outside its headings (not recurring): a phrase
// is surer when the report repeats it or heads a section with it.
func coinageSpec(unsure, recurring bool) float64 {
	spec := specificity(0)
	if unsure {
		spec -= 0.5
	}
	if !recurring {
		spec -= 0.5
	}
	return spec
}

// dictWord reports whether general Chinese holds t as one word (gse's
// dictionary has it).
func dictWord(t string) bool {
	f, _, _ := analysis.DictFreq(t)
	return f > 0
}

// termDoc is one side's text for term finding.
type termDoc struct {
	text     string
	sa       *runesa.Index
	starts   []int    // start of each section's text in text
	ids      []string // section IDs
	headings []string
	secs     []*prepared
	texts    map[string]bool // the sections' texts
	edges    edgeCuts        // the cuts around places of text (termedge.go)
	advMu    sync.Mutex
	adverbs  map[string]bool // adverbed's answers, by word
	offMu    sync.Mutex
	offs     map[string][]int // offsets' answers, by text
	// stopped reports that the comparison is abandoned (stopLatch): the
	// finder then stops between sections and between candidates, and
	// what it returns is not to be shown. Never, when nil.
	stopped func() bool
	// folded is text with its full-width letters, digits and marks read
	// half-width (halfWidth), indexed on the first hasFolded
	foldOnce sync.Once
	folded   *runesa.Index
}

// halfWidth returns s with each full-width form of an ASCII character
// (，％（１) read as that character (corpus.WidthKey), and whether it held
// one: a report saved by another tool writes 5％ or 5%, （一） or (一), and
// the width is no new wording.
func halfWidth(s string) (string, bool) {
	h := strings.Map(corpus.WidthKey, s)
	return h, h != s
}

// asciiMark reports whether s holds a printable ASCII character (a
// digit, a mark, a Latin letter), whose full-width form another copy may
// write.
func asciiMark(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r > ' ' && r < 0x7f })
}

// hasFolded reports whether d holds t but for the width of its letters,
// digits and marks.
func (d *termDoc) hasFolded(t string) bool {
	d.foldOnce.Do(func() {
		text, _ := halfWidth(d.text)
		d.folded = runesa.New(text)
	})
	t, _ = halfWidth(t)
	return len(d.folded.Lookup(t, 1)) > 0
}

// gone reports whether d's comparison is abandoned.
func (d *termDoc) gone() bool {
	return d.stopped != nil && d.stopped()
}

func newTermDoc(ps []*prepared) *termDoc {
	var sb strings.Builder
	d := &termDoc{secs: ps, texts: make(map[string]bool, len(ps))}
	size := 0
	for _, p := range ps {
		size += len(p.heading) + len(p.s.Text) + 1
	}
	sb.Grow(size)
	for _, p := range ps {
		d.texts[p.s.Text] = true
		d.starts = append(d.starts, sb.Len())
		d.ids = append(d.ids, p.s.ID)
		d.headings = append(d.headings, p.s.Heading)
		// without whitespace: a line wrapped or indented differently
		// makes no phrase new (terms never hold whitespace)
		writeNoSpace(&sb, p.heading)
		writeNoSpace(&sb, p.s.Text)
		sb.WriteString("\n")
	}
	d.text = sb.String()
	// the suffixes of its runes only (runesa): what index/suffixarray's
	// of the bytes answers, in the same order, for a third of the sort
	d.sa = runesa.New(d.text)
	return d
}

// termTextWords returns the words of p's text that may hold terms: all
// but those of the lines that address a notice to its recipients
// (addressLine): a bureau publishes its plan or summary inside a notice
// (关于印发…的通知) sent to 各区县教育局，各直属学校（单位）：, and the
// units it is sent to change with the map of offices (a zone renamed, a
// bureau merged), not with the year's work.
func (p *prepared) termTextWords() []word {
	ws := p.textWords()
	text := p.s.Text
	// two searches for one character each: ContainsAny with a character
	// beyond ASCII walks the text rune by rune, a tenth of the finder's
	// own passes over a report's words
	if !strings.Contains(text, "：") && strings.IndexByte(text, ':') < 0 {
		return ws
	}
	var skip [][2]int
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if addressLine(line) {
			skip = append(skip, [2]int{off, off + len(line)})
		}
		off += len(line)
	}
	if len(skip) == 0 {
		return ws
	}
	out := make([]word, 0, len(ws))
	for _, w := range ws {
		in := false
		for _, r := range skip {
			if w.start >= r[0] && w.start < r[1] {
				in = true
				break
			}
		}
		if !in {
			out = append(out, w)
		}
	}
	return out
}

// addressLine reports whether line addresses a notice to its recipients:
// it ends with a colon, says nothing (no sentence end), and lists two
// units or more, apart from what brackets add, each addressed to all of
// a kind (各…) or named as an office (…局, …学校, …单位): 各区（县、市）教育局，
// 宁波高新区教育文体局，各直属学校（单位）： or 市属各高校，各区教育局，局属各单位：.
func addressLine(line string) bool {
	t := strings.TrimSpace(line)
	if !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") {
		return false
	}
	t = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, "："), ":"), " ")
	if t == "" || strings.ContainsAny(t, "。！？；;!?“”") {
		return false
	}
	t = bracketed.ReplaceAllString(t, "")
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '，' || r == ',' || r == '、' })
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if n := utf8.RuneCountInString(part); n < 2 || n > 30 {
			return false
		}
		if !strings.HasPrefix(part, "各") && !officeName(part) {
			return false
		}
	}
	return true
}

// bracketed matches what brackets add to a name: （单位）, (县、市).
var bracketed = regexp.MustCompile(`（[^（）]*）|\([^()]*\)`)

// officeName reports whether s ends as the name of an office, a school or
// a body does.
func officeName(s string) bool {
	for _, suf := range []string{"局", "委", "厅", "办", "院", "校", "所", "会", "部", "室", "处", "科", "站", "中心", "单位", "政府", "机构", "公司", "集团", "街道", "社区"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// writeNoSpace writes s to sb without its whitespace, a byte not of
// UTF-8 as U+FFFD (as writing s rune by rune does). The stretches between
// are copied whole: rune by rune took a sixth of building a report's text.
func writeNoSpace(sb *strings.Builder, s string) {
	start := 0
	for i, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			continue // the common ideographs: no space, without unicode's tables
		}
		if r == utf8.RuneError || unicode.IsSpace(r) {
			sb.WriteString(s[start:i])
			_, size := utf8.DecodeRuneInString(s[i:])
			start = i + size
			if r == utf8.RuneError {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteString(s[start:])
}

// count returns the occurrences of t in d.
func (d *termDoc) count(t string) int {
	return len(d.offsets(t))
}

// offsets returns the offsets of every occurrence of t in d, in the
// suffix array's order, which callers must not change. They are kept: a
// candidate's are asked for by a dozen checks (its count, the text
// around it: eachOccurrence), and the look-up took a tenth of the term
// finder's time.
func (d *termDoc) offsets(t string) []int {
	d.offMu.Lock()
	offs, ok := d.offs[t]
	d.offMu.Unlock()
	if ok {
		return offs
	}
	offs = d.sa.Lookup(t, -1)
	d.offMu.Lock()
	if d.offs == nil {
		d.offs = make(map[string][]int)
	}
	d.offs[t] = offs
	d.offMu.Unlock()
	return offs
}

func (d *termDoc) has(t string) bool {
	return len(d.sa.Lookup(t, 1)) > 0
}

// occurrences returns the count of t in d and the sections it occurs in
// (indexes into d.ids).
func (d *termDoc) occurrences(t string) (int, []int) {
	offs := d.sa.Lookup(t, -1)
	sort.Ints(offs)
	var secs []int
	for _, off := range offs {
		k := sort.SearchInts(d.starts, off+1) - 1
		if k >= 0 && (len(secs) == 0 || secs[len(secs)-1] != k) {
			secs = append(secs, k)
		}
	}
	return len(offs), secs
}

// terms returns the new terms (in b, not in a) and the dropped ones.
// planSum says a is a plan and b the summary of its year: the dropped
// terms leave out what the summary reports in its own words
// (termreported.go). before, when not 0, is the year whose earlier
// reports the collection's document frequencies count, for both lists
// (Collection.DocFreq). Once stopped reports true (nil: never), the
// comparison abandoned, it cuts and weighs no more and returns what it
// has, not to be shown.
func terms(pa, pb []*prepared, coll Collection, planSum bool, before int, stopped func() bool) (added, dropped []Term) {
	stopped = stopLatch(stopped)
	if stopped() {
		return nil, nil
	}
	var da *termDoc
	waitA := background(func() { da = newTermDoc(pa) })
	db := newTermDoc(pb)
	waitA()
	da.stopped, db.stopped = stopped, stopped
	// each side's terms on a core of its own: both only read da and db
	waitDropped := background(func() { dropped = novel(da, db, coll, before, planSum, MaxTerms) })
	added = novel(db, da, coll, before, false, MaxTerms)
	waitDropped()
	return added, dropped
}

// isTermWord reports whether w can be part of a term: Han characters or
// letters only.
func isTermWord(w word) bool {
	return w.class == classWord && termChars(w.text)
}

// termChars reports whether s holds Han characters or letters only.
func termChars(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			continue // the common ideographs, all Han: unicode.Is's tables cost more
		}
		if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// Candidate kinds.
const (
	kindWord    = iota // one gse word
	kindRun            // neighbouring words
	kindMarked         // quoted
	kindPlus           // a "+" form
	kindFrame          // a noun phrase opened by 以 X 为 Y 的 (frameNames), or 以 X 引领 Y (leadFormulas)
	kindPlenum         // a numbered plenum (plenums)
	kindFormula        // a noun phrase with parallel words gse cut apart (parallelWord)
	kindTitle          // a title conferred at a level (conferred)
	kindSlogan         // a one-character verb and its object in a list of such (slogans)
)

// A cand is a candidate term of one document.
type cand struct {
	text string
	kind int
	spec float64
	// unsure: a phrase that may hold a word too many (nounPhrases); it
	// does not make the candidates inside it redundant (dropInside)
	unsure bool
	// modified: a name ofModifier took a word before into that
	// modifies it though the dictionary tags it a verb (激励 约束 机制:
	// boundModifier), which the phrase does not begin as a predicate
	modified bool
	// ws are the gse words of text, cut once for the checks of notTerm
	// and shapeWeight (candWords); nil until candidates cuts them
	ws []word
}

// candWords returns the gse words of c's text.
func candWords(c cand) []word {
	if c.ws == nil {
		return words(c.text)
	}
	return c.ws
}

// kindWeight is how much a candidate's kind adds to its salience: the
// report marks quoted phrases and "+" forms itself, and slogans by their
// form.
func kindWeight(kind int) float64 {
	switch kind {
	case kindMarked:
		return 1.5
	case kindPlus:
		return 1.3
	case kindSlogan:
		// a list of one-character verbs and their objects is the
		// report's formula, marked by its form; without a little more
		// weight its items, three characters each, rank below every
		// longer phrase as salient (byRank)
		return 1.1
	}
	return 1
}

// candidates returns the candidate terms of d that isNew accepts, in the
// order they are first met. skip reports whether a section's text (not its
// heading) is to be left out.
func candidates(d *termDoc, isNew func(string) bool, skip func(p *prepared) bool) []cand {
	var cands []cand
	countMemo := make(map[string]int)
	count := func(t string) int {
		v, ok := countMemo[t]
		if !ok {
			v = d.count(t)
			countMemo[t] = v
		}
		return v
	}
	info := termWordInfo
	wordSpec := func(w string) float64 { return info(w).spec }
	at := make(map[string]int) // index in cands
	add := func(t string, kind int, spec float64, unsure bool) {
		if k, ok := at[t]; ok {
			// met again: as specific as it is found at best, and as
			// the report marks it if it does (a noun phrase it quotes
			// elsewhere: 博士 农场, “博士农场”)
			if c := &cands[k]; spec > c.spec || spec == c.spec && kindWeight(kind) > kindWeight(c.kind) {
				c.kind, c.spec, c.unsure = kind, spec, unsure
			}
			return
		}
		at[t] = len(cands)
		cands = append(cands, cand{text: t, kind: kind, spec: spec, unsure: unsure})
	}
	// holds reports whether the words ws hold together as one phrase:
	// they occur together at least least times, and at each boundary
	// between them one side is found with the other at least one time in
	// ratio. more reports whether t occurs more than n times in d, without
	// listing every occurrence of a common word.
	// atLeast keeps what more learnt of a text it did not count: that it
	// occurs that many times at least (a run's words are asked of again
	// and again, in every run they stand in).
	atLeast := make(map[string]int)
	more := func(t string, n int) bool {
		if v, ok := countMemo[t]; ok {
			return v > n
		}
		if atLeast[t] > n {
			return true
		}
		if n >= 64 {
			// as dear as counting them all, which is kept: asked again at
			// every place of a text that repeats one word thousands of
			// times, the uncounted lookup made adding it quadratic
			return count(t) > n
		}
		m := len(d.sa.Lookup(t, n+1))
		if m <= n {
			countMemo[t] = m // all of them
		} else {
			atLeast[t] = m
		}
		return m > n
	}
	holds := func(text string, ws []word, least, ratio int) bool {
		t := joinWords(text, ws, 0, len(ws))
		c := count(t)
		if c < least {
			return false
		}
		for k := 1; k < len(ws); k++ {
			if more(joinWords(text, ws, 0, k), ratio*c) && more(joinWords(text, ws, k, len(ws)), ratio*c) {
				return false
			}
		}
		return true
	}
	// a verb and the word after the next where a noun of two characters
	// or more stands between them (推进 制造业 数字化转型): a verbal noun
	// the report puts there (推进 教育 数字化转型) is a noun as that one
	// is, a kind of the same thing, and begins a run
	slots := map[[2]string]bool{}
	joined := func(ws []word, tw []bool, i, j int) bool {
		for x := i + 1; x <= j; x++ {
			if !tw[x] || ws[x].start != ws[x-1].end {
				return false
			}
		}
		return tw[i]
	}
	// each section's heading and text (unless skipped), their words,
	// what the dictionary says of each and whether each may stand in a
	// term, for the passes below
	type wordList struct {
		text  string
		ws    []word
		infos []wordInfo
		term  []bool
	}
	secLists := make([][]wordList, len(d.secs))
	for si, p := range d.secs {
		if d.gone() {
			return nil
		}
		secLists[si] = []wordList{{p.heading, p.headWords(), nil, nil}}
		if !skip(p) {
			secLists[si] = append(secLists[si], wordList{p.s.Text, p.termTextWords(), nil, nil})
		}
		for k := range secLists[si] {
			l := &secLists[si][k]
			l.infos = wordInfosOf(l.ws)
			l.term = termWordsFrom(l.ws, l.infos)
		}
	}
	for _, lists := range secLists {
		for _, l := range lists {
			ws, inf, tw := l.ws, l.infos, l.term
			for i := 1; i+1 < len(ws); i++ {
				if v, n := inf[i-1], inf[i]; joined(ws, tw, i-1, i+1) && v.verb &&
					n.noun && !n.verbal && !n.unsure && severalRunes(ws[i].text) {
					slots[[2]string{ws[i-1].text, ws[i+1].text}] = true
				}
			}
		}
	}
	slotted := func(ws []word, inf []wordInfo, tw []bool, i int) bool {
		return i > 0 && i+1 < len(ws) && inf[i].verbal && joined(ws, tw, i-1, i+1) &&
			slots[[2]string{ws[i-1].text, ws[i+1].text}]
	}
	for si, p := range d.secs {
		if d.gone() {
			return nil
		}
		var lists [][]word
		var src []string
		var infos [][]wordInfo
		var terms [][]bool
		for _, l := range secLists[si] {
			terms = append(terms, l.term)
			lists = append(lists, l.ws)
			src = append(src, l.text)
			infos = append(infos, l.infos)
		}
		for k, ws := range lists {
			text, inf, tw := src[k], infos[k], terms[k]
			for i := 0; i < len(ws); i++ {
				// the first word of its run of neighbouring words
				runStart := i == 0 || !tw[i-1] || ws[i-1].end != ws[i].start
				if runStart && tw[i] {
					// a whole run found in the other document holds
					// nothing new: one lookup instead of one per phrase
					j := i + 1
					for j < len(ws) && tw[j] && ws[j].start == ws[j-1].end {
						j++
					}
					next := text[ws[j-1].end:]
					if j-i > 1 && !strings.HasPrefix(next, "+") && !strings.HasPrefix(next, "＋") && !isNew(joinWords(text, ws, i, j)) {
						i = j - 1
						continue
					}
				}
				if !tw[i] || !inf[i].start && !slotted(ws, inf, tw, i) {
					continue // 建设教育强市: the term is 教育强市
				}
				best := 0.0
				firstNew := false
				for n := 1; n <= 4 && i+n <= len(ws); n++ {
					last := ws[i+n-1]
					if !tw[i+n-1] || (n > 1 && last.start != ws[i+n-2].end) || n > 2 && !inf[i+n-2].edge {
						break // not neighbours, or a function word inside (教育强市为目标)
					}
					lw := inf[i+n-1]
					best = math.Max(best, lw.spec)
					run := ws[i : i+n]
					t := joinWords(text, ws, i, i+n)
					if utf8.RuneCountInString(t) > 12 {
						break
					}
					if n == 1 {
						firstNew = isNew(t)
					}
					// "+" right after: 人工智能+
					if next := text[last.end:]; runStart && lw.edge && (strings.HasPrefix(next, "+") || strings.HasPrefix(next, "＋")) {
						if severalRunes(t) && isNew(t+"+") {
							add(t+"+", kindPlus, specificity(0), false)
						}
					}
					if !lw.edge {
						continue
					}
					switch {
					case n == 1:
						// a verbal noun in a noun's slot begins a run,
						// no term alone
						if firstNew && severalRunes(t) && best >= generic && info(t).start {
							add(t, kindWord, wordTermSpec(lw), false)
						}
					case !severalRunes(ws[i].text) || !severalRunes(last.text) || !(firstNew || isNew(t)):
						// a run begins and ends with whole words: 稳中向好
						// cut 稳 中 向 好 gives no 中向好
					case !lw.head && (lw.spec < generic || lw.adjective):
						// a clause, not a name: 数字化转型 加快, 乡村振兴 扎实
					case cutAfter(ws, i+n) || cutBefore(ws, i):
						// inside a coinage or a name gse cut apart
					case n >= 2 && formulaRun(inf[i:i+n]) && count(t) >= 3 && count(last.text) == count(t):
						// a verb and its object the report repeats and
						// never writes the object without: a formula (全面
						// 建成 | 小康社会), however common its words
						add(t, kindRun, coinageSpec(false, true), false)
					case best >= generic && holds(text, run, 1+k, 2):
						add(t, kindRun, best+0.5, false)
					}
				}
			}
		}
		// noun phrases, even once: a coinage names something; used once
		// outside a heading, with a word that general Chinese does not
		// use often (储能 of 新型储能): common words once together
		// describe (学前教育 适龄 人口)
		for k, ws := range lists {
			text := src[k]
			// no phrase begins inside a plenum's name (二十 届 |
			// 二中全会 精神)
			inPlenum := map[int]bool{}
			plenums(ws, func(i, j int) {
				for x := i + 1; x < j; x++ {
					inPlenum[x] = true
				}
			})
			nounPhrases(ws, infos[k], terms[k], func(i, j int, unsure bool) {
				t := joinWords(text, ws, i, j)
				if inPlenum[i] || !isNew(t) || dictWord(t) || !holds(text, ws[i:j], 1, 3) {
					return
				}
				// a name of a thing and what is done to it that the
				// report uses elsewhere, with a word put inside it (乡村
				// 全面 振兴, where it says 乡村振兴), is that name in a
				// new form: it recurs
				recurring := k == 0 || count(t) > 1 || splitName(ws[i:j]) && count(ws[i].text+ws[j-1].text) > 0
				titled := conferred(ws, i, j)
				if !recurring && !kindOf(ws, i, j) && !titled && !wayOfGrowth(ws, infos[k], i, j) {
					best := 0.0
					for _, w := range ws[i:j] {
						best = max(best, wordSpec(w.text))
					}
					if best < uncommon {
						return
					}
				}
				kind := kindRun
				if titled {
					kind = kindTitle
				}
				for x := i + 1; x+1 < j; x++ {
					if parallelWord(ws[x-1].text, ws[x].text) && oneRune(ws[x+1].text) {
						kind = kindFormula // 宜居 宜 业 和 美 乡村
					}
				}
				spec := coinageSpec(unsure, recurring)
				if everydayPair(ws[i:j]) {
					spec /= 2 // a stock collocation, more likely than a coinage
				}
				add(t, kind, spec, unsure)
			})
		}
		// a noun phrase with the frame 以 X 为 Y 的 before it: a name the
		// report gives its topic by what it rests on (以 县城 为 重要 载体
		// 的 城镇化 建设), whatever its count
		for k, ws := range lists {
			text := src[k]
			frameNames(ws, func(i, j int) {
				if t := joinWords(text, ws, i, j); isNew(t) {
					add(t, kindFrame, coinageSpec(false, k == 0 || count(t) > 1), false)
				}
			})
			leadFormulas(ws, func(i, j int) {
				if t := joinWords(text, ws, i, j); isNew(t) {
					add(t, kindFrame, coinageSpec(false, k == 0 || count(t) > 1), false)
				}
			})
		}
		// a numbered plenum (二十 届 二中全会), whatever its count
		for k, ws := range lists {
			text := src[k]
			plenums(ws, func(i, j int) {
				if t := joinWords(text, ws, i, j); isNew(t) {
					add(t, kindPlenum, coinageSpec(false, k == 0 || count(t) > 1), false)
				}
			})
		}
		// characters cut apart: gse cuts a coinage it lacks into single
		// characters (扩 优 提 质); a run of three to six of them that are
		// no function, numeral or measure words (wordInfo.letter), that
		// the report repeats or heads a section with, is one (two are
		// too often two words: 市 县)
		for k, ws := range lists {
			text, inf, tw := src[k], infos[k], terms[k]
			single := func(x int) bool {
				return tw[x] && oneRune(ws[x].text) && inf[x].letter
			}
			for i := 0; i < len(ws); i++ {
				if !single(i) || i > 0 && single(i-1) && ws[i-1].end == ws[i].start {
					continue
				}
				j := i + 1
				for j < len(ws) && single(j) && ws[j].start == ws[j-1].end {
					j++
				}
				if j-i == 2 && i > 0 && tw[i-1] && ws[i-1].end == ws[i].start &&
					severalRunes(ws[i-1].text) && inf[i-1].verb &&
					(j == len(ws) || ws[j].class == classPunct) && !functionWords[ws[i].text] {
					// two characters a verb takes as its object at a
					// clause's end, the last a noun's: a coinage (开设 托
					// 班，), not a clause
					if _, _, pos := analysis.DictFreq(ws[j-1].text); strings.HasPrefix(pos, "n") {
						if t := joinWords(text, ws, i, j); isNew(t) && !dictWord(t) {
							add(t, kindWord, coinageSpec(false, k == 0 || count(t) > 1), false)
						}
					}
				}
				if j-i < 3 || j-i > 6 {
					continue
				}
				if t := joinWords(text, ws, i, j); isNew(t) && !dictWord(t) && count(t) >= 1+k {
					add(t, kindWord, coinageSpec(true, true), false) // less sure than a word
				}
				// such a run before a policy's head names it, even once
				// (市 域 产 教 联合体)
				if j < len(ws) && tw[j] && ws[j].start == ws[j-1].end &&
					severalRunes(ws[j].text) && policyHead(ws[j].text) {
					if t := joinWords(text, ws, i, j+1); isNew(t) && utf8.RuneCountInString(t) <= maxRunRunes {
						add(t, kindRun, coinageSpec(false, k == 0 || count(t) > 1), false)
					}
				}
			}
		}
		// a name a one-character adjective coins (新 常态) that the
		// report repeats (termmarked.go)
		for k, ws := range lists {
			text := src[k]
			prefixNames(ws, infos[k], terms[k], func(i, j int) {
				if t := joinWords(text, ws, i, j); isNew(t) && !dictWord(t) && count(t) >= 2 {
					add(t, kindRun, coinageSpec(false, true), false) // a coinage the dictionary lacks
				}
			})
		}
		// a one-character verb and its object, an item of a list of such
		// (保增长、扩内需、调结构) that the report repeats
		for k, s := range src {
			for _, t := range slogans(s) {
				if isNew(t) && !dictWord(t) && count(t) >= 1+k {
					add(t, kindSlogan, coinageSpec(false, true), false)
				}
			}
		}
		// quoted phrases
		for _, s := range []string{p.heading, p.s.Text} {
			for _, q := range quoted(s) {
				if q = noSpace(q); q != "" && isNew(q) {
					spec := specificity(0)
					if borrowedWord(d, q) {
						// a word the report also writes unquoted
						// (termmarked.go): as specific as the word
						spec = wordTermSpec(info(q))
					}
					add(q, kindMarked, spec, false)
				}
			}
		}
	}
	if d.gone() {
		return nil
	}
	ofNoun(d, cands, count)
	cands = ofModifier(d, cands, count)
	for k := range cands {
		if d.gone() {
			return nil
		}
		cands[k].ws = words(cands[k].text)
	}
	cands = slices.DeleteFunc(cands, func(c cand) bool { return d.gone() || notTerm(d, c, isNew) })
	if d.gone() {
		return nil
	}
	return pairedNames(d, dropInside(cands, count), count)
}

// candTexts returns the set of the texts of cands.
func candTexts(cands []cand) map[string]bool {
	texts := make(map[string]bool, len(cands))
	for _, c := range cands {
		texts[c.text] = true
	}
	return texts
}

// ofNoun extends each candidate that the report always writes after a
// one-character noun of its own and 的 (党 的 二十大 精神, not 精神 的 开局)
// with them: the noun and the particle belong to the name, as the report
// never uses it without them. A candidate is left as it is when the
// longer one is a candidate already.
func ofNoun(d *termDoc, cands []cand, count func(string) int) {
	const de = "的"
	texts := candTexts(cands)
	for k := range cands {
		c := &cands[k]
		if c.kind == kindMarked || c.kind == kindPlus {
			continue
		}
		offs := d.sa.Lookup(c.text, 1)
		if len(offs) == 0 {
			continue
		}
		before := d.text[:offs[0]]
		if !strings.HasSuffix(before, de) {
			continue
		}
		r, size := utf8.DecodeLastRuneInString(before[:len(before)-len(de)])
		if size == 0 || !unicode.Is(unicode.Han, r) {
			continue
		}
		x := string(r)
		if functionWords[x] {
			continue
		}
		// a word of its own, not the end of one (精神 的 开局)
		if p, n := utf8.DecodeLastRuneInString(before[:len(before)-len(de)-size]); n > 0 && dictWord(string(p)+x) {
			continue
		}
		if _, _, pos := analysis.DictFreq(x); pos == "" || pos[0] != 'n' {
			continue
		}
		if t := x + de + c.text; !texts[t] && utf8.RuneCountInString(t) <= maxRunRunes && count(t) == count(c.text) {
			c.text = t
			texts[t] = true
		}
	}
}

// ofModifier extends each candidate that the report writes twice or more,
// every time after the same modifier word (modifierWord) glued to it
// (国内 国际双循环, 岭南 民族特色…廊道, 农村 富余劳动力), with that word: the
// report never names the thing without it, and the candidate alone is the
// tail of that name. A candidate is left out when the longer one is a
// candidate already.
func ofModifier(d *termDoc, cands []cand, count func(string) int) []cand {
	texts := candTexts(cands)
	// the word before each place, cut once: candidates begin at the
	// same places (a word, the runs and phrases it opens). Kept by the
	// place, a cheaper key than the characters before it (d.edges)
	before := make(map[int]string)
	wordBefore := func(o int) string {
		w, ok := before[o]
		if !ok {
			w = d.edges.lastToken(d.text[:o])
			before[o] = w
		}
		return w
	}
	for k := range cands {
		c := &cands[k]
		if c.kind == kindMarked || c.kind == kindPlus {
			continue
		}
		offs := d.offsets(c.text)
		if len(offs) < 2 || !sameBefore(d.text, offs) {
			continue
		}
		w := wordBefore(offs[0])
		for _, o := range offs[1:] {
			if wordBefore(o) != w {
				w = ""
				break
			}
		}
		if !modifierWord(w) && !boundModifier(d, w, c.text) {
			continue
		}
		t := w + c.text
		if utf8.RuneCountInString(t) > maxRunRunes || count(t) != len(offs) {
			continue
		}
		if texts[t] {
			c.text = "" // the tail of a candidate
			continue
		}
		c.text = t
		c.modified = !modifierWord(w)
		texts[t] = true
	}
	return slices.DeleteFunc(cands, func(c cand) bool { return c.text == "" })
}

// sameBefore reports whether the last character but white space of the
// edgeWindow characters before each offset of text is the same, which
// ends the last word gse makes of them (edgeCuts.lastToken): where it is
// not, the words before differ, and ofModifier need not cut them.
func sameBefore(text string, offs []int) bool {
	last := func(s string) rune {
		for n := 0; s != "" && n < edgeWindow; n++ {
			r, size := utf8.DecodeLastRuneInString(s)
			if !unicode.IsSpace(r) {
				return r
			}
			s = s[:len(s)-size]
		}
		return -1
	}
	r := last(text[:offs[0]])
	for _, o := range offs[1:] {
		if last(text[:o]) != r {
			return false
		}
	}
	return true
}

// modifierPOS are the dictionary's parts of speech of the words that
// modify a name glued before it: nouns, places, positions (国内) and
// distinguishing words (民营), and pronouns (各种); not verbs, nor
// abbreviations, which the dictionary tags verbs as (深化), nor persons'
// names, which it tags some verbs as (弘扬).
var modifierPOS = strings.Fields(`n ns nz s b r an`)

// modifierWord reports whether w, a word of two characters or more, is a
// modifier that belongs to the name after it (modifierPOS): not a place
// with its unit (某市 先进制造业集群), which says where, nor a determiner
// (每年), but a quantifier (各种 所有制经济: which the whole, a phrase
// that opens with it, is no term for).
func modifierWord(w string) bool {
	if !severalRunes(w) || !slices.Contains(modifierPOS, dictWordPOS(w)) {
		return false
	}
	if slices.Contains(quantifiers, w) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return !strings.ContainsRune(placeUnits, last) && !strings.ContainsRune(determiners, first) && first != '全'
}

// boundModifier reports whether w, which d writes before t every time,
// modifies t though modifierWord does not take it. It is a word of two
// characters or more that d never writes after an adverb or a word of
// pace, as it writes a verb (持续 深化), and either an abbreviation or a
// state word (研发 | 人员数量, 优良 | 天数比率, 煤电 | 油运紧张状况), a set
// phrase before a noun (可再生 | 能源发电) or a verb
// before another verb or verbal noun that opens t (激励 | 约束机制, 创新 |
// 驱动发展战略): two actions that name t's noun together, inside a phrase
// every time; a verb that opens a clause before t takes it as its object
// (，履行 | 监督职责: opensClause). Or it is 不
// before an adjective that opens t (不 | 健康因素: 不健康 is the modifier,
// 健康因素 a piece of it).
func boundModifier(d *termDoc, w, t string) bool {
	ws := wordTexts(t)
	if len(ws) < 2 {
		return false
	}
	first := dictWordPOS(ws[0])
	if w == "不" {
		return first == "a"
	}
	if !severalRunes(w) {
		return false
	}
	// the dictionary's tag before adverbed, which cuts the text before
	// every occurrence of w
	switch dictWordPOS(w) {
	case "j", "z":
		return !adverbed(d, w)
	case "l":
		// a set phrase before a noun names its kind (可再生 | 能源发电)
		return termWordInfo(ws[0]).noun && !adverbed(d, w)
	case "v", "vn":
		return (first == "v" || first == "vn") && !adverbed(d, w) && !opensClause(d, w+t)
	}
	return false
}

// opensClause reports whether d writes s somewhere where a clause opens:
// after a punctuation mark, at a line's start or at the text's (，履行
// 监督职责: a verb there is the clause's predicate, and what follows it
// its object).
func opensClause(d *termDoc, s string) bool {
	for _, o := range d.sa.Lookup(s, -1) {
		r, _ := utf8.DecodeLastRuneInString(d.text[:o])
		if r == utf8.RuneError || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// dropInside leaves out of cands each one inside a longer one that is
// as specific and that the report never uses it without (same count):
// it says nothing more (国家督导 of 国家督导评估; but 教育家精神 is kept
// beside 弘扬教育家精神, which is less sure).
func dropInside(cands []cand, count func(string) int) []cand {
	at := make(map[string]int, len(cands))
	for i, c := range cands {
		at[c.text] = i
	}
	drop := make([]bool, len(cands))
	for _, u := range cands {
		if u.kind == kindWord || u.unsure {
			continue // one word holds no other candidate
		}
		n := -1
		eachSubstring(u.text, func(sub string) bool {
			if i, ok := at[sub]; ok && sub != u.text && cands[i].spec <= u.spec {
				if n < 0 {
					n = count(u.text)
				}
				if count(sub) == n {
					drop[i] = true
				}
			}
			return true
		})
	}
	out := cands[:0]
	for i, c := range cands {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// novel returns the most salient terms of d absent from other, most of
// them at most, weighed by coll's document frequencies over the years
// before before (0: all years). reported says d is a plan and other the
// summary of its year: a term the summary reports in its own words is not
// absent (reportedTerm).
func novel(d, other *termDoc, coll Collection, before int, reported bool, most int) []Term {
	newMemo := make(map[string]bool)
	isNew := func(t string) bool {
		v, ok := newMemo[t]
		if !ok {
			v = !other.has(t)
			if _, wide := halfWidth(t); v && (wide || asciiMark(t)) {
				// the other report writes its marks or digits the
				// other width (抓好两端，畅通中间 and 抓好两端,畅通中间)
				v = !other.hasFolded(t)
			}
			newMemo[t] = v
		}
		return v
	}
	// a text found whole in the other document has nothing new
	cands := candidates(d, isNew, func(p *prepared) bool { return other.texts[p.s.Text] })
	// the other report writes it with a word put inside (termvariant.go),
	// or with another number of its series or its numbers written the
	// other way (termseries.go)
	cands = slices.DeleteFunc(cands, func(c cand) bool {
		if d.gone() {
			return true // abandoned: nothing more is weighed
		}
		return variantIn(other, c.text, candWords(c)) || seriesIn(other, c.text) || numeralFormIn(other, c.text) ||
			reported && reportedTerm(d, other, c.text, candWords(c))
	})
	terms := make([]Term, 0, len(cands))
	shapes := shapeWeights(cands, d.count)
	texts := make([]string, len(cands))
	counts := make([]int, len(cands))
	secs := make([][]int, len(cands))
	for i, c := range cands {
		if d.gone() {
			return nil
		}
		texts[i] = c.text
		counts[i], secs[i] = d.occurrences(c.text)
	}
	// a part of a longer term weighs its own uses (termown.go)
	own := ownCounts(texts, counts)
	for i, c := range cands {
		n := counts[i]
		if n == 0 {
			continue
		}
		spec := c.spec
		if coll != nil && !formulaName(c) {
			// what the collection's reports say everywhere weighs little
			if df, total := coll.DocFreq(c.text, before); total > 0 {
				spec *= math.Log(float64(total+1)/float64(df+1)) / math.Log(float64(total+1))
			}
		}
		score := countWeight(c, own[i]) * spec * kindWeight(c.kind) * shapes[i]
		t := Term{Text: c.text, Score: math.Round(score*100) / 100, Count: n}
		for _, k := range secs[i] {
			t.Sections = append(t.Sections, d.ids[k])
			t.Headings = append(t.Headings, d.headings[k])
		}
		terms = append(terms, t)
	}
	slices.SortFunc(terms, byRank)
	return dropNested(formulaPieces(terms), most, true)
}

// byRank orders terms best first: by Score, then by Count, then the
// longer first, then by text. At equal salience and count a longer phrase
// holds more of the report's own wording, more often a name it coins
// (丝绸之路经济带, 重点产业调整振兴规划), where a short one is more often a
// collocation any report may use (市场活力, 繁荣发展); most noun phrases the
// dictionary lacks weigh alike, so ties are many.
func byRank(x, y Term) int {
	switch {
	case x.Score != y.Score:
		if x.Score > y.Score {
			return -1
		}
		return 1
	case x.Count != y.Count:
		return y.Count - x.Count
	case len(x.Text) != len(y.Text):
		return len(y.Text) - len(x.Text)
	}
	return strings.Compare(x.Text, y.Text)
}

// formulaPieces leaves out of ts each piece of a numbered formula that ts
// holds whole (三横 and 六纵 of 三横六纵两联, 一主 of 一主三辅): a numeral
// and one character, which the report may quote and explain one by one,
// are the formula's parts, and the formula is the term.
func formulaPieces(ts []Term) []Term {
	pieces := map[string]bool{}
	for _, t := range ts {
		if rs := []rune(t.Text); len(rs) > 2 && numberedFormula(rs) {
			for i := 0; i < len(rs); i += 2 {
				pieces[string(rs[i:i+2])] = true
			}
		}
	}
	if len(pieces) == 0 {
		return ts
	}
	return slices.DeleteFunc(ts, func(t Term) bool { return pieces[t.Text] })
}

// numberedFormula reports whether rs is a formula of numbered pieces, a
// numeral and one character each (一核一带一区, 三横六纵两联).
func numberedFormula(rs []rune) bool {
	if len(rs)%2 != 0 {
		return false
	}
	for i := 0; i < len(rs); i += 2 {
		if !strings.ContainsRune(hanNumerals, rs[i]) || strings.ContainsRune(hanNumerals, rs[i+1]) || !corpus.IsHan(rs[i+1]) {
			return false
		}
	}
	return true
}

// DropNested returns the first most terms of ts (ranked best first) that
// do not repeat a term kept before them: a term inside a kept term with no
// higher Count, or around one with the same Count, says nothing more.
func DropNested(ts []Term, most int) []Term {
	return dropNested(ts, most, false)
}

// dropNested is DropNested; with parts, the Counts are the occurrences
// in one report, and a term is also left out when the report writes it
// inside kept slogans (terms of parts joined by 、) more often than alone,
// the Counts of the slogans around it against the rest of its own
// (绽放新颜值 ×7 and 跑出加速度 ×7 of 绽放新颜值、跑出加速度 ×6: a
// slogan's half, read in it), and when it is a kept term written with or
// without enumeration commas (二一三四 after 二、一、三、四). Inside other
// terms a term may be the name they add a verb or a head to (教育强市 of
// 建设教育强市, 低空飞行器 of 低空飞行器产业链), and stays.
func dropNested(ts []Term, most int, parts bool) []Term {
	kept := make([]Term, 0, min(most, len(ts)))
	// around maps every term of ts inside a kept term to the highest
	// Count of the kept terms around it, and aroundSum to the sum of the
	// kept slogans' around it; keptCount maps a kept term to its Count.
	around := map[string]int{}
	aroundSum := map[string]int{}
	keptCount := map[string]int{}
	keptBare := map[string]bool{}
	// only the substrings that are terms of ts matter, and those begin
	// with the first two runes of one: a long list of long terms has
	// many substrings, few of them terms
	listed := make(map[string]struct{}, len(ts))
	heads := make(map[string]struct{}, len(ts))
	for _, t := range ts {
		listed[t.Text] = struct{}{}
		heads[firstRunes(t.Text, 2)] = struct{}{}
	}
	inside := func(s string, fn func(sub string) bool) {
		eachHeadedSubstring(s, heads, func(sub string) bool {
			_, ok := listed[sub]
			return !ok || fn(sub)
		})
	}
	for _, t := range ts {
		if len(kept) == most {
			break
		}
		if c, ok := around[t.Text]; ok && t.Count <= c {
			continue
		}
		if parts && t.Count < 2*aroundSum[t.Text] {
			continue
		}
		bare := listMarks.Replace(t.Text)
		if parts && keptBare[bare] {
			continue
		}
		redundant := false
		inside(t.Text, func(sub string) bool {
			if c, ok := keptCount[sub]; ok && c == t.Count {
				redundant = true
			}
			return !redundant
		})
		if redundant {
			continue
		}
		kept = append(kept, t)
		keptCount[t.Text] = t.Count
		keptBare[bare] = true
		inside(t.Text, func(sub string) bool {
			around[sub] = max(around[sub], t.Count)
			if sub != t.Text && strings.Contains(t.Text, "、") {
				aroundSum[sub] += t.Count
			}
			return true
		})
	}
	return kept
}

// lastRune returns the last rune of s as a string.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// firstRunes returns the first n runes of s, or s if it has fewer.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// eachSubstring calls fn with every substring of s of two runes or more
// (a term has two at least), s itself included, until fn returns false.
func eachSubstring(s string, fn func(string) bool) {
	for i, r := range s {
		for j := i + utf8.RuneLen(r) + 1; j <= len(s); j++ {
			if j < len(s) && !utf8.RuneStart(s[j]) {
				continue
			}
			if !fn(s[i:j]) {
				return
			}
		}
	}
}

// eachHeadedSubstring calls fn with every substring of s, s itself
// included, that opens with a key of heads (the first two runes of each
// term looked for: firstRunes), until fn returns false: of a long text's
// many substrings, only those that may be one of the terms.
func eachHeadedSubstring(s string, heads map[string]struct{}, fn func(string) bool) {
	for i := range s {
		h := firstRunes(s[i:], 2)
		if _, ok := heads[h]; !ok {
			continue
		}
		for j := i + len(h); j <= len(s); j++ {
			if j < len(s) && !utf8.RuneStart(s[j]) {
				continue
			}
			if !fn(s[i:j]) {
				return
			}
		}
	}
}

// sloganList matches a list of items of three characters joined by
// enumeration commas (稳增长、调结构、促改革); slogans asks that no Han
// character follow a list of two.
var sloganList = regexp.MustCompile(`\p{Han}{3}(?:、\p{Han}{3})+`)

// slogans returns the slogans of s: items of a list of three characters
// each (sloganList), a one-character verb to gse and a word of two
// characters, its object (保 增长, 扩 内需, 兜 底线), in a list where one
// item at least opens with a verb (稳 增长、调 结构: 稳 an adjective to
// the dictionary), and no function word or 来 (有 能力, 可 持续, 来 推进,
// which say what may or will be). A report coins such a formula for a
// year's policy, and a term finder that starts no run with one character
// finds none of its items; a list of adjectives and nouns (新技术、新工艺)
// is none.
func slogans(s string) []string {
	var out []string
	for _, loc := range sloganLists(s) {
		items := strings.Split(s[loc[0]:loc[1]], "、")
		if r, _ := utf8.DecodeRuneInString(s[loc[1]:]); corpus.IsHan(r) && len(items) < 3 {
			continue // two items, the last going on: of four (加快发展、奋力争先)
		}
		var keep []string
		verb := false
		for _, it := range items {
			head := sloganVerb(it)
			if head == "" || functionWords[head] || head == "来" {
				continue // 有 能力, 可 持续, 来 推进: no verb of its own
			}
			pos := dictWordPOS(head)
			if pos == "v" {
				verb = true
			}
			if pos == "v" || pos == "a" {
				keep = append(keep, it)
			}
		}
		if verb && len(keep) >= 2 {
			out = append(out, keep...)
		}
	}
	return out
}

// sloganLists returns the index pairs of sloganList's matches in s, as
// FindAllStringIndex does, matching only the stretches of s that hold Han
// characters and enumeration commas alone, and among them those with a
// comma and seven characters at least: a match lies inside one, and
// matching the whole of a long section took the term finder a thirtieth
// of its time.
func sloganLists(s string) [][]int {
	var out [][]int
	start, n, comma := -1, 0, false
	flush := func(end int) {
		if start >= 0 && comma && n >= 7 {
			for _, loc := range sloganList.FindAllStringIndex(s[start:end], -1) {
				out = append(out, []int{start + loc[0], start + loc[1]})
			}
		}
		start = -1
	}
	for i, r := range s {
		if r >= 0x4e00 && r <= 0x9fff || r == '、' || unicode.Is(unicode.Han, r) {
			if start < 0 {
				start, n, comma = i, 0, false
			}
			n++
			comma = comma || r == '、'
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// sloganVerb returns the one-character verb that opens it, an item of
// three characters, before its object of two: gse's first word (保 增长),
// or the first character where gse took it with the next into a word and
// left the last alone, though the last two make a word (补短 | 板: 补
// 短板, a name gse cut apart). It returns "" for any other cut.
func sloganVerb(it string) string {
	ws := words(it)
	if len(ws) != 2 {
		return ""
	}
	if oneRune(ws[0].text) {
		return ws[0].text
	}
	if rs := []rune(it); len(rs) == 3 && oneRune(ws[1].text) && dictWord(string(rs[1:])) {
		return string(rs[0])
	}
	return ""
}

// quoted returns the phrases of s between “” or 「」, or between straight
// double quotes (straightQuoted), that may name something (quotable).
func quoted(s string) []string {
	var out []string
	for _, q := range [][2]string{{"“", "”"}, {"「", "」"}} {
		rest := s
		for {
			i := strings.Index(rest, q[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(q[0]):]
			j := strings.Index(rest, q[1])
			if j < 0 {
				break
			}
			if t := rest[:j]; quotable(t) {
				out = append(out, t)
			}
			rest = rest[j+len(q[1]):]
		}
	}
	return append(out, straightQuoted(s)...)
}

// quotable reports whether t, a quoted phrase, may be a slogan or a name:
// 2 to 16 characters, two of them letters at least (not a code: 1+10,
// 5·18), no clause mark or line break (not a sentence); or longer, a
// slogan list (quotedList).
func quotable(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	n := utf8.RuneCountInString(t)
	if commaSlogan(t) {
		return true
	}
	return n >= 2 && (n <= 16 || quotedList(t)) && letters >= 2 && !strings.ContainsAny(t, "\n“「，。；：！？,;:!?")
}

// commaSlogan reports whether t, a quoted phrase, is a slogan of two
// parallel clauses joined by a comma (“不着一把火，不冒一股烟”, “有呼必应，
// 无事不扰”, “这么近、那么美，周末到河北”): each of three to eight Han
// characters or enumeration commas, 20 characters in all at most. A
// report quotes such a couplet as its own formula; a longer quotation with
// a comma is a sentence.
func commaSlogan(t string) bool {
	halves := strings.Split(t, "，")
	if len(halves) != 2 || utf8.RuneCountInString(t) > 20 {
		return false
	}
	for _, h := range halves {
		n := 0
		for _, r := range h {
			if !corpus.IsHan(r) && r != '、' {
				return false
			}
			n++
		}
		if n < 3 || n > 8 || strings.HasPrefix(h, "、") || strings.HasSuffix(h, "、") {
			return false
		}
	}
	return true
}

// quotedList reports whether t, a quoted phrase, is a list of three or
// more short parallel items joined by enumeration commas, each of two to
// six Han characters (“新区开发、老城提升、组团展开、整体推进”, “谁投资、
// 谁决策、谁受益、谁承担风险”): a report's formula of four phrases runs
// past the 16 characters a name has, and is one term, as a shorter list
// is, not a sentence. At most 32 characters.
func quotedList(t string) bool {
	items := strings.Split(t, "、")
	if len(items) < 3 || utf8.RuneCountInString(t) > 32 {
		return false
	}
	for _, it := range items {
		n := 0
		for _, r := range it {
			if !corpus.IsHan(r) {
				return false
			}
			n++
		}
		if n < 2 || n > 6 {
			return false
		}
	}
	return true
}

// straightQuoted returns the quotable phrases of s between straight
// double quotes ("气代煤"), which a text typed or converted without
// Chinese punctuation writes for “”: one mark opens and closes alike, so
// the marks of a line pair in order. A line with an odd number of them is
// left out, as a pair there cannot be told from a close and an open, and
// so is a pair opened after a colon: a speech, which may quote words
// inside it (说："要深化"某某"改革。").
func straightQuoted(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		parts := strings.Split(line, `"`)
		if len(parts) < 3 || len(parts)%2 == 0 {
			continue // no pair, or an odd number of marks
		}
		for k := 1; k < len(parts); k += 2 {
			before := strings.TrimRightFunc(parts[k-1], unicode.IsSpace)
			if strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
				continue
			}
			if quotable(parts[k]) {
				out = append(out, parts[k])
			}
		}
	}
	return out
}

// ReportTerms returns the terms of one report, found as the new terms of
// a comparison are (the candidates above: words, runs that hold together,
// noun phrases, quoted phrases, "+" forms), with nothing to be new
// against: what a collection-wide new-terms list starts from. Each term's
// Count is its occurrences in d and its Score how specific it is, times
// the weight of its kind (a quoted phrase or a "+" form weighs more), not
// of its count; Sections and Headings are left empty. Terms come in the
// order they are first met.
func ReportTerms(d *corpus.Document) []Term {
	return ReportTermsCut(d, nil)
}

// ReportTermsCut is ReportTerms given besides, for some sections (by
// index; nil for the others), the words gse cuts their texts into, as
// lengths in runes (analysis.EachRankTermCut: the ingest's ranking
// analysis found them), which it does not cut again.
func ReportTermsCut(d *corpus.Document, cuts [][]int32) []Term {
	ps := prepareWords(d)
	for i, p := range ps {
		if i < len(cuts) && cuts[i] != nil && p.s.Text != "" {
			p.twords = cutWords(p.s.Text, cuts[i])
		}
	}
	tokenize(ps, nil)
	td := newTermDoc(ps)
	cands := candidates(td, func(string) bool { return true }, func(*prepared) bool { return false })
	out := make([]Term, 0, len(cands))
	shapes := shapeWeights(cands, td.count)
	for i, c := range cands {
		n := td.count(c.text)
		if n == 0 {
			continue
		}
		out = append(out, Term{Text: c.text, Score: math.Round(c.spec*kindWeight(c.kind)*shapes[i]*100) / 100, Count: n})
	}
	return out
}

// UnsureWhole reports whether the term whole is the term core with one
// word before it that the term finder cannot tell a modifier from a verb
// by (an unsure word: a verbal noun as common as 教育 or 建设, a name, an
// abbreviation): 教育数字化转型 of 数字化转型, as 建设教育强市 of 教育强市.
// A report that writes the whole only after a verb or a preposition (推进
// 教育数字化转型, 以建设教育强市为目标) does not say which it is.
func UnsureWhole(whole, core string) bool {
	if len(whole) <= len(core) || !strings.HasSuffix(whole, core) {
		return false
	}
	w := whole[:len(whole)-len(core)]
	if !severalRunes(w) || len(words(w)) != 1 || len(words(whole)) < 2 {
		return false
	}
	return termWordInfo(w).unsure
}

// Subject reports whether sentence s writes t as a clause's subject: t
// opens a clause (at s's start or right after a punctuation mark, such as
// a heading's number: （七）) and its predicate follows it to the clause's
// end, a word that says how and a verb (howVerb: （七）教育数字化转型加快推进;
// but not ，发展银发经济，, a verb and its object, nor 以建设教育强市为目标).
// The first word of such a t is its modifier, not a verb (UnsureWhole).
func Subject(s, t string) bool {
	if t == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(s[off:], t)
		if i < 0 {
			return false
		}
		at := off + i
		off = at + len(t)
		if r, _ := utf8.DecodeLastRuneInString(s[:at]); at > 0 && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			continue
		}
		rest := s[off:]
		if end := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }); end >= 0 {
			rest = rest[:end]
		}
		if ws := words(rest); len(ws) == 2 && howVerb(ws[0].text, ws[1].text) {
			return true
		}
	}
}

// howVerb reports whether the words a and b, which end a clause after
// nouns, are its predicate: a verb (no verbal noun) after a word that says
// how, a verb, an adverb or an adjective (加快 推进, 持续 提高, 圆满 完成).
// One verb alone there is as often the last word of an object
// (深化 [园区 环境 整治 提升], 防止 [安全 事故 发生]).
func howVerb(a, b string) bool {
	if !severalRunes(a) || !severalRunes(b) || !termWordInfo(b).verb {
		return false
	}
	_, _, pos := analysis.DictFreq(a)
	return termWordInfo(a).verb || pos == "d" || pos == "ad" || pos == "a"
}

// oneRune reports whether s is one character, as utf8.RuneCountInString(s)
// == 1 does, without counting the characters of a longer s (no character
// takes more than utf8.UTFMax bytes, an invalid byte one): the term finder
// asks it of words and phrases many times over, and counting them was a
// twentieth of its time.
func oneRune(s string) bool {
	return len(s) <= utf8.UTFMax && utf8.RuneCountInString(s) == 1
}

// severalRunes reports whether s has two characters or more, as
// utf8.RuneCountInString(s) > 1 does (see oneRune).
func severalRunes(s string) bool {
	return len(s) > utf8.UTFMax || utf8.RuneCountInString(s) > 1
}

// formulaName reports whether c is a name the report marks by its form
// (markedName, a slogan) or a numbered formula (六稳, 两新一重; 三个代表,
// 五个一工程), which the collection's document frequencies leave alone.
// Weighed by them, such names fell out of the lists of r84d's 14 pairs of
// consecutive years (ingested with dev into one index, as the server
// compares them: 六稳, 六保, 两新一重, 外防输入、内防反弹, 两学一做,
// 揭榜挂帅, 米袋子): recall on the formulations a reader lists went from
// 231 of 283 without a collection to 215 with it; left alone, 227, and
// hand-judged new terms in the lists from 381 to 392 of 660 (399 without
// a collection).
func formulaName(c cand) bool {
	if markedName(c) || c.kind == kindSlogan {
		return true
	}
	rs := []rune(c.text)
	return numberedFormula(rs) || len(rs) > 2 && len(rs) <= 5 && strings.ContainsRune(hanNumerals, rs[0]) && rs[1] == '个'
}
