package compare

// Candidates that are no terms whatever their weight
//
// Bureau summaries and plans (工作总结, 工作要点) are short, cut by gse
// less well than a government report, and full of the names of the places
// and bodies that did the work. These kinds of candidate are read by nobody
// as a 新提法, and are left out (notTerm):
//
//   - a cut word: a candidate that the report writes, every time, with a
//     lone character glued to it that belongs to it (cutEdge): a modifier
//     before it (新 | 时代中国特色…, 新 | 改扩建, 高 | 站位: the text writes
//     新时代, 新改扩建, 高站位 whole) or a noun's character after it (谋新创
//     | 优, 德智体美 | 劳, 新型公办 | 园, 廉政风险 | 点). A character is
//     lone when gse, cutting the few characters on its side, leaves it a
//     word of its own (推动 | 人工智能: 动 is 推动's; 重点流域 | 水污染: 水 is
//     水污染's), and an adjective that ends a verb is the verb's (用好 |
//     国家…平台, 兜好 | 基本民生底线);
//   - letters and digits of a code: a term of Latin letters or digits glued
//     to other letters or digits (the XE of an index number …155XE/2023);
//   - a place's name: a place name with its unit (浙江省, 龙山镇, 浒山街道;
//     a county, township or village the dictionary lacks: 禾坪村), a
//     city, county or district the gazetteer knows without its unit
//     (knownPlace), or a name in a list of names (鹿城、龙湾、乐清): who did
//     the work, not what was done; and a phrase that begins or ends with a place's name
//     and its unit (placeLed): a body of that place (慈溪市民政局, 某市
//     志愿服务中心) or a clause's piece about it (金额均居宁波市, 启动龙山镇),
//     where a 新提法 names no place, unless it is the name of a rule or a
//     policy of that place (某市教育设施管理条例);
//   - the rest of a count (410 | 余场): 余, 多, 几 or a measure word after
//     a number every time (countPiece);
//   - a name cut before a place word that goes on with it (中央电视台
//     朝闻 | 天下栏目: placeCut), which the noun phrases do not take in;
//   - a word gse took across a word of the text (力量 类项 | 目, 边检 | 视):
//     its edge character makes, with the one beside it, a word the
//     dictionary sees more often, and stands alone where gse cuts that
//     side (splitWord), or that begins inside a word of the text every
//     time, after a noun's character gse leaves alone (雄 | 安新区) or
//     one gse took in a rarer word (转化为生 | 产力) (cutStart);
//   - one institution's name (溪口市杏坛小学, 香港科技大学) or its proper
//     part, which the report writes every time between a place with its
//     unit and the institution's kind (枫林区 | 丹桂 | 学校): who did the
//     work, as a place's name is (nameStem, institutionName);
//   - an adjective or adverb alone (扎实, 忠诚): how the work was done;
//   - the name of one of the document's parts (工作总结, 进展情况, 重点
//     任务): how the report is laid out; and a phrase that names the
//     document's kind (…政府工作报告全文, the headline a site gives it);
//   - a site's label in 【】 (【…遴选考点】, pageLabel), which the report
//     never writes: the page's, not the report's;
//   - a common word written once or twice (commonOnce): one word general
//     Chinese uses often (精准, 高质量, 课堂, 专项: over about 50 times in
//     gse's 34 million), which a report uses a time or two where last
//     year's did not happen to, and an idiom of four characters written
//     once (承上启下, 扶危济困), a stock phrase whatever its frequency. New
//     wording is a coinage or a compound the dictionary lacks (银龄驿站), a
//     word it rarely sees (乡贤), a formula of a number (三农, 十四五), or
//     a word the report uses again and again or quotes;
//   - a judgement of how the work went, or of the effort put in it, with
//     one everyday word (judged: 重要步伐, 显著成就, 实质性进展, 良好开局,
//     全力攻坚), which any year's report says of something;
//   - an everyday word with a head that makes of any word a task or a
//     topic (genericHeaded: 目标任务, 重点领域, 领导班子成员);
//   - a phrase that begins with the whole of a place (wholePlace: 全市公办
//     中小学, 全省平均水平): who or where, as a place's name is;
//   - a phrase cut at a verb that says what a figure or a body reached,
//     before what it reached (resultCut: 公办比例达到 | 92%, 负责人获评 |
//     2024年…, 失业率控制 | 在3%以内, 增长目标定为 | 7%), or a subject with
//     its verb of progress, a manner word in gse's one word for both
//     (协调性 明显增强。): a clause, not a name;
//   - a phrase that ends with a word of manner (文化事业 全面 | 繁荣:
//     mannerEnd), a clause cut before its verb;
//   - a verb and its object (大力发展 | 循环经济, 盘活 | 存量资金), where the
//     report names the object without the verb too, or last year's did
//     (verbObject): what to do with the thing, which is the name;
//   - the government of a place (代表区人民政府, the opening formula:
//     placeGovernment): who speaks, not what was done;
//   - a phrase that opens with a quantifier (各项政策措施, 部分干部,
//     广大人民群众: quantified): which of them, not what;
//   - a thing with a measure of the work on it (招商引资力度, 转型升级步伐,
//     城市管理水平, 协同发展机遇: measured), or a clause that opens with a
//     word of effort and a verb (大力发展 | 空港经济, 充分利用 | 国家:
//     effortLed): the thing is the wording, how hard it is pushed any
//     year's;
//   - a person named by a title or an honorific (某某同志, 毛主席, 联合国
//     秘书长, the name before 同志: titled): whom the report names;
//   - a phrase that opens with a suffix alone (普惠 | 型小微企业:
//     suffixFirst), cut inside the word the suffix ends;
//   - the front of a longer name, cut after a verb or a verbal noun that
//     modifies the word the report writes after it every time (…高质量发展
//     示范 | 省, 大兴调查 | 研究), or before a suffix or an adjective that
//     makes one word with it (重点帮扶 | 县, 融资难融资 | 贵: nameFront),
//     or after a noun the report writes every time before the same noun
//     and more words (习近平新时代中国 | 特色 | 社会主义…: a long name);
//   - the head several names share, an everyday word and a policy's head
//     the report writes every time after words naming which one (医疗 |
//     服务体系, 法律 | 服务体系: sharedHead).
//
// What the report marks itself (quoted, "+" forms) is kept whatever it is.

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// notTerm reports whether the candidate c of d is no term (see above).
// Most candidates are terms and go through every check, so the checks of
// c's text alone come first, then those of c's gse words, cut once for
// all of them, and last those that cut the text around each occurrence
// of c (cutEdge, splitWord, cutStart).
func notTerm(d *termDoc, c cand, isNew func(string) bool) bool {
	if streak(c.text) || planPeriodAlone(c.text) || sectorOrder(c.text) {
		return true // a figure, quoted or not (termmarked.go, termseries.go)
	}
	if c.kind == kindMarked || c.kind == kindPlus || c.kind == kindSlogan {
		return false // marked by the report, or by its form (slogans)
	}
	t := c.text
	if genericAlone(t) || docPart(t) || institutionName(t) || judged(t) || wholePlace(t) || genericHeaded(t) ||
		placeGovernment(t) || quantified(t) || knownPlace(t) || congressSession(t) || measured(t) {
		return true
	}
	ws := candWords(c)
	if suffixFirst(ws) {
		return true
	}
	texts := wordTextsOf(ws)
	if roadName(texts) {
		return true
	}
	return placeName(d, t) || titled(d, t) || commonOnce(d, t) || countPiece(d, t) || nameStem(d, t) || placeLed(d, t, texts) ||
		resultCut(d, t, ws) || verbObject(d, t, texts, isNew) || sharedModifier(d, t, texts) || nameFront(d, t, texts) ||
		pageLabel(d, t) || sharedHead(d, t, texts) || cutEdge(d, t) || placeCut(d, t) || splitWord(d, t, ws) || cutStart(d, t, ws) ||
		mannerEnd(d, texts) || effortLed(texts) || conjunctPiece(d, t) || quotedTail(d, t)
}

// mannerWords are words that say how a thing is done and stand before
// the verb, which the dictionary tags as nouns, adjectives or
// abbreviations (全面 n, 全部 n, 明显 a, 年均 j): 社会事业 全面 | 发展, 协调性
// 明显 | 增强, 人均纯收入 年均 | 增长 (how a figure grew: 同比, 年均), 通信
// 线缆 全部 | 入地 (how much of it: 全部).
var mannerWords = strings.Fields(`全面 全部 明显 显著 年均 同比`)

// mannerWord reports whether w says how a thing is done, before a verb:
// an adverb to the dictionary (大幅, 切实, 持续: d, ad, vd), a word of pace
// (paceWords) or a manner word it tags otherwise (mannerWords).
func mannerWord(w string) bool {
	pos := dictWordPOS(w)
	return strings.HasPrefix(pos, "d") || pos == "ad" || pos == "vd" ||
		slices.Contains(paceWords, w) || slices.Contains(mannerWords, w)
}

// mannerEnd reports whether a phrase, of the gse words ws (wordTexts),
// ends with a word that says how a thing is done (mannerWord): a clause
// cut before its verb (文化事业 全面 | 繁荣), not a name. The report marks
// a name that ends so (“四个全面”), which notTerm keeps before asking.
func mannerEnd(d *termDoc, ws []string) bool {
	return len(ws) > 1 && mannerWord(ws[len(ws)-1])
}

// effortWords are the words of effort or manner that the dictionary tags
// nouns or distinguishing words (大力 n, 着力 n, 主要 b), so that a phrase
// may open with them: 大力 | 发展 空港 经济, 着力 | 建设 国际化, 主要 |
// 运用 经济, also glued to the verb in one gse word (充分利用 | 国家). Not 全面
// nor 积极, which open the names of goals and strategies (全面建成小康社会,
// 积极应对人口老龄化), nor 高质量, which opens those of places and plans
// (高质量发展示范区).
var effortWords = strings.Fields(`大力 着力 充分 主要 切实 努力`)

// intentVerbs are verbs of intent the dictionary tags otherwise (力争 nz):
// what follows is the goal, a clause (力争 | 污泥处置工程 年内完工).
var intentVerbs = strings.Fields(`力争`)

// effortLed reports whether a phrase, of the gse words ws (wordTexts),
// opens with a word of effort and a verb (effortWords: 大力 发展 空港经济,
// 充分利用 国家) or with a verb of intent (intentVerbs): how hard to do a
// thing, a clause cut from the sentence, of which the thing is the wording
// if any is new (measured on dev's 38 pairs of consecutive years: 7 such
// terms in 6 lists, none a 新提法).
func effortLed(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if slices.Contains(intentVerbs, ws[0]) {
		return true
	}
	verb := func(w string) bool { return strings.HasPrefix(dictWordPOS(w), "v") }
	for _, e := range effortWords {
		if ws[0] == e && verb(ws[1]) {
			return true
		}
		// glued to the word after it in one gse word, that word is the
		// verb whatever its tag (充分利用: 利用 n to the dictionary)
		if rest, ok := strings.CutPrefix(ws[0], e); ok && severalRunes(rest) && dictWord(rest) {
			return true
		}
	}
	return false
}

// suffixFirst reports whether the first of the words ws is a suffix
// alone (型, 式, 者: 普惠 | 型小微): a phrase cut inside a word, whose
// suffix ends the word before it, which the phrase left behind.
func suffixFirst(ws []word) bool {
	return len(ws) > 1 && ws[0].class == classWord && termWordInfo(ws[0].text).suffix
}

// paceWords are the words that say how eagerly or how fast a verb is
// done (积极 盘活, 加快 培育), which the dictionary does not tag adverbs.
var paceWords = strings.Fields(`积极 加快 着力 不断 持续 稳步`)

// adverbed reports whether d writes w somewhere after an adverb or a
// word of effort (大力 发展, 积极 盘活, 持续 优化): a verbal noun the report
// uses as a verb, not only as a noun's modifier (教育 数字化转型), or
// after a word of pace (paceWords). The answer for each w is kept in d:
// every candidate that w opens asks it.
func adverbed(d *termDoc, w string) bool {
	d.advMu.Lock()
	v, ok := d.adverbs[w]
	d.advMu.Unlock()
	if !ok {
		v = adverbedIn(d, w)
		d.advMu.Lock()
		if d.adverbs == nil {
			d.adverbs = make(map[string]bool)
		}
		d.adverbs[w] = v
		d.advMu.Unlock()
	}
	return v
}

// adverbedIn is adverbed without the answers kept.
func adverbedIn(d *termDoc, w string) bool {
	for _, o := range d.sa.Lookup(w, 200) {
		p := d.edges.lastToken(d.text[:o])
		if slices.Contains(judgements, p) || slices.Contains(paceWords, p) || strings.HasPrefix(dictWordPOS(p), "d") || dictWordPOS(p) == "vd" {
			return true
		}
	}
	return false
}

// quantifiers are the words that say how many of a kind (各项, 部分), or
// that a group is taken whole (广大, 全体: 广大人民群众, 全体劳动人民, the
// people a report speaks of and to, any year's).
var quantifiers = strings.Fields(`各项 各类 各种 部分 一些 全部 有关 相关 多数 少数 广大 全体`)

// quantified reports whether phrase t opens with a quantifier (各项 政策
// 措施, 部分 干部): which of them, as a determiner says (各部门), with an
// everyday noun, not a name.
func quantified(t string) bool {
	for _, q := range quantifiers {
		if rest, ok := strings.CutPrefix(t, q); ok && severalRunes(rest) {
			return true
		}
	}
	return false
}

// wordTexts returns the texts of the gse words of t, marks left out.
func wordTexts(t string) []string {
	return wordTextsOf(words(t))
}

// wordTextsOf returns the texts of the words ws, marks left out.
func wordTextsOf(ws []word) []string {
	var out []string
	for _, w := range ws {
		if w.class == classWord {
			out = append(out, w.text)
		}
	}
	return out
}

// objectHead reports whether w, the last word of a verb's object, is a
// noun, or a word the dictionary lacks that ends with one (营商环境), and
// names a thing: not a verbal noun or one that ends with one (教育 |
// 数字化转型: 教育 is the modifier of an action), nor a goal's head alone
// (教育 | 强县).
func objectHead(w string) bool {
	pos := dictWordPOS(w)
	if pos == "" {
		pos = headPOS(w)
	}
	if pos == "" {
		pos = tailPOS(w)
	}
	return pos != "" && pos[0] == 'n' && !slices.Contains(goalHeads, w)
}

// tailPOS returns the part of speech of the longest dictionary word of
// two characters or more that ends w, a coinage whose first part the
// dictionary lacks too (新质 | 生产力), "" for none.
func tailPOS(w string) string {
	for i := range w {
		if i == 0 {
			continue
		}
		if utf8.RuneCountInString(w[i:]) < 2 {
			break
		}
		if pos := dictWordPOS(w[i:]); pos != "" {
			return pos
		}
	}
	return ""
}

// placeGovernment reports whether t ends with the government of a place,
// a place's unit before 政府 (代表青禾县人民政府, 代表区人民政府, 县政府): the
// body that speaks, which the report names in its opening formula, not
// what was done; a kind of government (法治政府, 数字政府) stays.
func placeGovernment(t string) bool {
	rest, ok := strings.CutSuffix(t, "政府")
	rest = strings.TrimSuffix(rest, "人民")
	u, _ := utf8.DecodeLastRuneInString(rest)
	return ok && strings.ContainsRune(placeUnits, u)
}

// verbObject reports whether phrase t is a verb and its object: it
// opens, after a word of effort (大力, 切实: judgements) if any, with one
// verb or more of two characters or more, verbal nouns to the dictionary
// too (发展, 盘活, 培育 发展), and what follows them is a phrase that d
// writes more often without them, or that the other document writes too
// (isNew false), two words or more, or one word the dictionary lacks,
// rarely sees or lists without a count, a compound, that ends with a
// thing's name (大力 发展 | 循环 经济, 盘活 | 存量 资金, 发展 | 新能源): a
// clause or a heading that says what to do with the thing, which is the
// name. One common word after a verbal noun is no object the report
// names (循环 经济, 监督 管理), nor an action or a goal's head (教育 |
// 数字化转型, 教育 | 强县: objectHead), and a verbal noun the report never
// writes after an adverb is a modifier (adverbed); a verb made with 化 from a word is
// an attribute (现代化 经济 体系; 优化 is a verb), and one character may
// be a piece of a coinage (征 迁占).
// ws are the texts of t's gse words (wordTexts).
func verbObject(d *termDoc, t string, ws []string, isNew func(string) bool) bool {
	k := 0
	if len(ws) > 0 && slices.Contains(judgements, ws[0]) {
		k++
	}
	for ; k+1 < len(ws); k++ {
		n := utf8.RuneCountInString(ws[k])
		if pos := dictWordPOS(ws[k]); pos == "" || pos[0] != 'v' || n < 2 || n > 2 && strings.HasSuffix(ws[k], "化") ||
			pos == "vn" && !adverbed(d, ws[k]) {
			return false
		}
		rest := strings.Join(ws[k+1:], "")
		if d.count(rest) <= d.count(t) && isNew(rest) {
			continue
		}
		f, _, _ := analysis.DictFreq(rest)
		if objectHead(ws[len(ws)-1]) && (len(ws)-k-1 > 1 || f <= uncounted || termWordInfo(rest).spec >= rare) {
			return true
		}
	}
	return false
}

// measureHeads are the heads that say how hard, how fast or how well a
// thing is done, or what it may bring (力度, 步伐, 水平, 机遇): 加大 排查整治
// | 力度, 加快 转型升级 | 步伐, 提升 城市管理 | 水平, 抢抓 协同发展 | 机遇.
var measureHeads = strings.Fields(`力度 步伐 水平 机遇`)

// measured reports whether phrase t is a thing of two characters or more
// and a measure of the work on it (measureHeads: 招商引资力度, 产业转型升级
// 步伐, 企业装备水平, 京津冀协同发展机遇): the thing is the wording if any
// is new; how hard, how fast or how well it is pushed, or the chance it
// gives, any year's report says of something (measured on dev's 38 pairs
// of consecutive years: 15 such terms in 10 lists, none a 新提法). A word with the head
// in it (高水平) is no phrase and stays, and so does what the report quotes.
func measured(t string) bool {
	for _, h := range measureHeads {
		if rest, ok := strings.CutSuffix(t, h); ok && severalRunes(rest) {
			return true
		}
	}
	return false
}

// titles are the words that name a person by the office held or the
// honorific put after the name (毛主席, 某某同志, 联合国秘书长): 同志, and
// the heads of a state, a government or a body (主席, 总理, 总书记, 秘书长,
// 委员长, 省长, 市长, 县长, 区长); not 书记 alone (驻村第一书记 is a post
// a policy creates).
var titles = strings.Fields(`同志 主席 总理 总书记 秘书长 委员长 省长 市长 县长 区长`)

// titled reports whether t names a person by a title or an honorific
// (titles): it ends with one (某某同志, 毛主席, 联合国秘书长), or holds 同志
// (某某同志先进事迹, 同志扎根基层, 同志们: a person, or the greeting), or d
// writes it every time before a title (某某 | 同志: the name alone). A
// person, or the holder of an office, is whom the report names, not its
// wording. The formula of the leadership, 以某某同志为核心的党中央, stays.
func titled(d *termDoc, t string) bool {
	for _, h := range titles {
		if rest, ok := strings.CutSuffix(t, h); ok && rest != "" {
			return true
		}
	}
	if i := strings.Index(t, "同志"); i >= 0 && !strings.HasPrefix(t[i+len("同志"):], "为") {
		return true
	}
	// a name before its title: not a place's head (…区 | 长期, 城 | 市长效),
	// which the characters after a phrase begin as often as a title
	return eachOccurrence(d, t, func(_, after string) bool {
		return slices.ContainsFunc(titles, func(h string) bool {
			return !strings.HasSuffix(h, "长") && strings.HasPrefix(after, h)
		})
	})
}

// genericHeads are the heads that make of any word a topic of work (工作,
// 任务, 问题, 领域): 绿化 工作 is 绿化 as a task.
var genericHeads = strings.Fields(`任务 领域 部门 成员 方面`)

// genericHeaded reports whether t is one word general Chinese uses often
// and a generic head (genericHeads: 绿化 工作, 目标 任务, 重点 领域, 排查
// 工作): the word as a task or a topic, which says nothing new; a rarer
// word (三农 问题) or a longer phrase (养老机构国企化改革 任务) stays.
func genericHeaded(t string) bool {
	for _, h := range genericHeads {
		rest, ok := strings.CutSuffix(t, h)
		if !ok || rest == "" {
			continue
		}
		if f, _, _ := analysis.DictFreq(rest); f > 0 && termWordInfo(rest).spec < rare {
			return true
		}
	}
	return false
}

// wholePlace reports whether phrase t begins with the whole of a place
// (全市, 全省, 全县, 全区: 全市 公办 中小学, 全市 教育 高质量 发展, 全省 平均
// 水平): who or where the work was done, with what follows, which is the
// wording if any is new; a rule of the whole place (全市…管理办法) stays.
func wholePlace(t string) bool {
	rest, ok := strings.CutPrefix(t, "全")
	if !ok || utf8.RuneCountInString(rest) < 3 || ruleName(t) {
		return false
	}
	u, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(placeUnits, u) || strings.HasPrefix(rest, "旗")
}

// kindSuffixes are the characters that make a kind of the nouns before
// them (力量 类, 学习 型).
const kindSuffixes = "类型式"

// conjunctions are the words that join two nouns under one modifier
// (学生 耐力 和 力量).
var conjunctions = strings.Fields(`和 与 及 以及`)

// sharedModifier reports whether phrase t is a modifier and the first of
// two nouns that name a kind together: d writes it every time before a
// conjunction, a second noun of as many characters as t's last word and
// a suffix of a kind (初中学生 耐力 | 和 力量 类项目: the items of the
// endurance-and-strength kind), so the name is the whole of it and the
// first noun alone is cut from it. Two nouns where the phrase ends (学生
// 科学素养 和 创新能力) may each stand alone, and stay.
// ws are the texts of t's gse words (wordTexts).
func sharedModifier(d *termDoc, t string, ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	n := utf8.RuneCountInString(last)
	if n < 2 || !termWordInfo(last).noun {
		return false
	}
	return eachOccurrence(d, t, func(_, after string) bool {
		for _, c := range conjunctions {
			rest, ok := strings.CutPrefix(after, c)
			if !ok {
				continue
			}
			toks := analysis.TokensNoHMM(firstRunes(rest, n+2))
			if len(toks) == 0 || utf8.RuneCountInString(toks[0].Text) != n || !termWordInfo(toks[0].Text).noun {
				return false
			}
			r, _ := utf8.DecodeRuneInString(rest[len(toks[0].Text):])
			return strings.ContainsRune(kindSuffixes, r)
		}
		return false
	})
}

// judgements are the words a report judges its work by (重要, 显著, 有力),
// and those that say with what effort it was done (全力, 大力, 切实): how
// well, how much or how, not what.
var judgements = strings.Fields(`重要 显著 明显 良好 有力 实质性 长足 丰硕 可喜 巨大
	全力 大力 切实 扎实 坚决`)

// judged reports whether t is a judgement and one word general Chinese
// uses often (重要 步伐, 显著 成就, 明显 增强, 有力 保障, 良好 开局): how
// the work went, which any year's report says of something, not new
// wording; a judgement before a rarer word or a longer phrase says more,
// and stays, and so does a class of things (重大 传染病, 重大 项目: 重大
// sorts them, and is no judgement).
func judged(t string) bool {
	for _, j := range judgements {
		rest, ok := strings.CutPrefix(t, j)
		if !ok || rest == "" {
			continue
		}
		if f, _, _ := analysis.DictFreq(rest); f > 0 && termWordInfo(rest).spec < rare && !policyHead(rest) {
			return true
		}
	}
	return false
}

// resultVerbs are the verbs that say what a figure or a body reached (达到,
// 突破, 获评, 入选, 增至, 降至), or what a target is set at (定为), which
// take what it reached after them (增长目标 定为 | 7%左右, 企业 增至 | 86家).
var resultVerbs = strings.Fields(`达到 达 定为 突破 超过 获评 获得 荣获 入选 参加 参与 守住 完成 实现 增至 降至 升至 减至`)

// resultCut reports whether phrase t ends with a result verb (resultVerbs)
// after what reached it, and d writes what was reached after it every
// time (公办比例 达到 | 91%, 负责人 获评 | 2024年…), or ends with a result
// or a progress verb (progressVerbs) that ends the clause every time
// (通胀 压力 加大，, 改革 任务 全面 完成。, 同 口径 增长 | 8.5%: a subject
// and its predicate), or ends with 控制
// before 在 or 到 (失业率 控制 | 在3%以内: the verb 控制在, unlike the
// policy 总量 控制): a clause cut before its object, not a name.
// ws are t's gse words (words).
func resultCut(d *termDoc, t string, ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1].text
	if v := mannerVerb(last); v != "" {
		last = v // 协调性 明显增强: gse's one word for 明显 增强
	}
	switch {
	case last == "控制":
		return eachOccurrence(d, t, func(_, after string) bool {
			return strings.HasPrefix(after, "在") || strings.HasPrefix(after, "到")
		})
	case slices.Contains(resultVerbs, last):
		if eachOccurrence(d, t, func(_, after string) bool {
			r, _ := utf8.DecodeRuneInString(after)
			return corpus.IsHan(r) || alnum(r)
		}) {
			return true
		}
	}
	if slices.Contains(resultVerbs, last) || slices.Contains(progressVerbs, last) {
		return eachOccurrence(d, t, clauseEnd)
	}
	return false
}

// mannerVerb returns the verb of w when w is a word of the dictionary
// made of a manner word and a result or progress verb (明显增强, 明显改善,
// which it tags as names), "" otherwise.
func mannerVerb(w string) string {
	for _, verbs := range [2][]string{resultVerbs, progressVerbs} {
		for _, v := range verbs {
			if m, ok := strings.CutSuffix(w, v); ok && m != "" && mannerWord(m) {
				return v
			}
		}
	}
	return ""
}

// progressVerbs are the verbs that say how a thing went or what was done
// to it (加大, 增长, 开展), which end a clause after its subject (压力 加大，
// 业务 开展，).
var progressVerbs = strings.Fields(`加大 增长 下降 减少 提高 提升 加快 开展 推进 改善 增强 扩大 完成 实现 完工 竣工`)

// clauseEnd reports whether after, the text after a phrase, ends the
// clause: a stop or a mark, a figure (增长 | 8.5%), a conjunction before
// another subject (开展 | 和…), or the end of the text.
func clauseEnd(_, after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if r == utf8.RuneError || unicode.IsDigit(r) || unicode.IsPunct(r) {
		return true
	}
	for _, c := range conjunctions {
		if strings.HasPrefix(after, c) {
			return true
		}
	}
	return false
}

// conjunctPiece reports whether t is one half of a document's title of
// two nouns joined by a conjunction (某市国民经济 和 社会发展第十五个五年
// 规划纲要, 中长期科学 和 技术发展规划纲要), which d never writes apart: d
// writes t twice or more, every time before a conjunction and the same
// word, the title's head (titleHead) coming after it in the same run of
// characters, or every time after the same word and a conjunction, t
// holding the head itself. The title is the term, and either half alone
// is cut from it. Two names joined for once (新能源 与 智能网联汽车 产业链)
// have no title's head, and stay.
func conjunctPiece(d *termDoc, t string) bool {
	offs := d.offsets(t)
	if len(offs) < 2 {
		return false
	}
	// the conjunction and the word after it right after an occurrence
	// when a title's head follows in the same run; "" for none
	after := func(o int) string {
		rest := d.text[o+len(t):]
		for _, c := range conjunctions {
			if r, ok := strings.CutPrefix(rest, c); ok {
				run := r
				if i := strings.IndexFunc(r, func(x rune) bool { return !corpus.IsHan(x) }); i >= 0 {
					run = r[:i]
				}
				if !titleHead(run) {
					return ""
				}
				return c + "|" + d.edges.firstToken(r)
			}
		}
		return ""
	}
	// the word and the conjunction right before an occurrence; "" for
	// none or when t holds no title's head
	before := func(o int) string {
		if !titleHead(t) {
			return ""
		}
		for _, c := range conjunctions {
			if h, ok := strings.CutSuffix(d.text[:o], c); ok {
				return d.edges.lastToken(h) + "|" + c
			}
		}
		return ""
	}
	for _, side := range []func(int) string{after, before} {
		first := side(offs[0])
		same := first != ""
		for _, o := range offs[1:] {
			same = same && side(o) == first
		}
		if same {
			return true
		}
	}
	return false
}

// quotedTail reports whether d writes t every time right after a closing
// quotation mark: the rest of a name whose first part the report quotes
// (“高效办成一件事”重点事项清单, “十三五”规划收官, “严打”整治斗争). The
// quoted part is a term of its own and the whole is the name; the rest
// alone is cut from it.
func quotedTail(d *termDoc, t string) bool {
	return eachOccurrence(d, t, func(before, _ string) bool {
		return strings.HasSuffix(before, "”") || strings.HasSuffix(before, "」")
	})
}

// titleHeads are the words that end a plan's or a rule's title.
var titleHeads = append([]string{"规划"}, rules...)

// titleHead reports whether s holds a title's head (titleHeads).
func titleHead(s string) bool {
	for _, h := range titleHeads {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// eachOccurrence reports whether fn holds of the text before and after every
// occurrence of t in d, and t occurs.
func eachOccurrence(d *termDoc, t string, fn func(before, after string) bool) bool {
	offs := d.offsets(t)
	if len(offs) == 0 {
		return false
	}
	for _, o := range offs {
		if !fn(d.text[:o], d.text[o+len(t):]) {
			return false
		}
	}
	return true
}

// placeCut reports whether every occurrence of t in d goes on with a
// place word of two characters or more (the dictionary's s: 天下, 校外)
// and a noun after it, glued to t (中央电视台朝闻 | 天下 栏目): the noun
// phrases end before a place word, and t is a name cut inside, its end
// lost. A place word before punctuation, a verb or a function word ends
// nothing (…服务 | 国内 | 循环 goes on, …工程 | 海外 | 。 not).
func placeCut(d *termDoc, t string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	if !corpus.IsHan(last) {
		return false
	}
	return eachOccurrence(d, t, func(_, after string) bool {
		toks := d.edges.startTokens(after)
		if len(toks) < 2 || !severalRunes(toks[0].Text) || dictWordPOS(toks[0].Text) != "s" {
			return false
		}
		return severalRunes(toks[1].Text) && nounPOS(dictWordPOS(toks[1].Text))
	})
}

// hanNumerals are the characters of numbers written in Han characters.
const hanNumerals = "〇一二三四五六七八九十百千万亿两"

// countPiece reports whether t is the rest of a count (410 | 余场, 三 |
// 场次, 40多 | 家央企): it begins with 余, 多 or 几 (about so many) or with
// a measure word or a figure's unit, and d writes it after a digit or a numeral, or after
// 余, 多 or 几 that follow one, every time.
func countPiece(d *termDoc, t string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("余多几", first) && dictWordPOS(string(first)) != "q" && !slices.Contains(units, string(first)) {
		return false // 家 and 项 are no measure words to the dictionary; figures count with them
	}
	return eachOccurrence(d, t, func(before, _ string) bool {
		c, size := utf8.DecodeLastRuneInString(before)
		if strings.ContainsRune("余多几", c) && !strings.ContainsRune("余多几", first) {
			c, _ = utf8.DecodeLastRuneInString(before[:len(before)-size])
		}
		return unicode.IsDigit(c) || strings.ContainsRune(hanNumerals, c)
	})
}

// splitWord reports whether t is a word cut from the text around it
// every time: its last character and the next one, or its first and the
// one before, make a word the dictionary sees more often than the word
// of t they would take it from, and that character stands alone where
// gse cuts the text beside t (力量 类项 | 目: 项目; 边检 | 视: 检视; 生物
// 基材 | 料: 材料): gse took the wrong pair (but 民生 实事 | 项目, where 项
// begins a word of its own).
// ws are t's gse words (words).
func splitWord(d *termDoc, t string, ws []word) bool {
	if len(ws) == 0 || ws[0].class != classWord || ws[len(ws)-1].class != classWord {
		return false
	}
	firstFreq, _, _ := analysis.DictFreq(ws[0].text)
	lastFreq, _, _ := analysis.DictFreq(ws[len(ws)-1].text)
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	across := func(pair string, than float64) bool {
		f, _, _ := analysis.DictFreq(pair)
		return f > than
	}
	return eachOccurrence(d, t, func(before, after string) bool {
		// the dictionary before gse's cut of the text beside t
		if n, _ := utf8.DecodeRuneInString(after); corpus.IsHan(n) && across(string([]rune{last, n}), lastFreq) && d.edges.loneStart(after) {
			return true
		}
		p, _ := utf8.DecodeLastRuneInString(before)
		return corpus.IsHan(p) && across(string([]rune{p, first}), firstFreq) && d.edges.loneEnd(before)
	})
}

// cutStart reports whether t begins inside a word of the text every
// time: the character before it is a noun's that gse leaves alone, after
// a word of its own (和 雄 | 安新区, 启动 庞 | 口镇, where it cuts 雄 | 安新 |
// 区 and 庞 | 口镇: a name it lacks, which t begins inside), or makes with
// t's first character a word the dictionary sees more often than the one
// gse took it in and than t's first word (转化为生 | 产力: 生产 of 生产力,
// not 为生). A place's unit (市 | 教育局), a determiner, a function word or
// a count's noun (三孩 | 生育政策) stands alone before a term, and so does
// the last of lone characters, which ends a word gse lacks (厚 植 |
// 人才根基), and a name's kind (青溪河 | 龙舟赛); a pair no commoner than
// the word before (及其 | 实施: 其实) is no cut.
// ws are t's gse words (words).
func cutStart(d *termDoc, t string, ws []word) bool {
	if len(ws) == 0 || ws[0].class != classWord {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	firstFreq, _, _ := analysis.DictFreq(ws[0].text)
	return eachOccurrence(d, t, func(before, _ string) bool {
		p, _ := utf8.DecodeLastRuneInString(before)
		if !corpus.IsHan(p) || !corpus.IsHan(first) {
			return false
		}
		toks := d.edges.endTokens(before)
		took := toks[len(toks)-1].Text
		if oneRune(took) && loneNounChar(p) && !counted(before) && !runEnd(toks) {
			return true
		}
		pair, _, _ := analysis.DictFreq(string([]rune{p, first}))
		tookFreq, _, _ := analysis.DictFreq(took)
		return pair > tookFreq && pair > firstFreq
	})
}

// counted reports whether the character that ends before follows a
// numeral (三孩 | 生育政策): a count's noun, which stands alone before
// what it counts.
func counted(before string) bool {
	_, size := utf8.DecodeLastRuneInString(before)
	c, _ := utf8.DecodeLastRuneInString(before[:len(before)-size])
	return unicode.IsDigit(c) || strings.ContainsRune(hanNumerals, c)
}

// nameKinds are the characters that end the names of rivers, lakes,
// hills, roads and the like (青溪河, 云台山, 中山路): a name's kind, as a
// place's unit is.
const nameKinds = "河江湖海山岭峰岛湾溪港桥路街"

// loneNounChar reports whether c, a character gse leaves alone, is a
// noun's (n, ng, nr, ns, nz, j) that stands alone before no term: no
// place's unit (市 | 教育局) or name's kind (青溪河 | 龙舟赛), no
// determiner and no function word.
func loneNounChar(c rune) bool {
	s := string(c)
	if strings.ContainsRune(placeUnits, c) || strings.ContainsRune(nameKinds, c) || strings.ContainsRune(determiners, c) || functionWords[s] {
		return false
	}
	switch dictWordPOS(s) {
	case "n", "ng", "nr", "ns", "nz", "j":
		return true
	}
	return false
}

// nameStem reports whether t is the proper part of one institution's
// name, which d writes every time after a place and its unit and before
// the institution's kind (枫林区 | 丹桂 | 学校, 望岳区 | 云台 | 中学): a
// name of two or three characters, the dictionary's name of a person or
// a place, a word it rarely sees (杏坛) or one it lacks.
func nameStem(d *termDoc, t string) bool {
	if n := utf8.RuneCountInString(t); n < 2 || n > 3 {
		return false
	}
	if pos := dictWordPOS(t); pos != "" && !strings.HasPrefix(pos, "nr") && !strings.HasPrefix(pos, "ns") && termWordInfo(t).spec < rare {
		return false
	}
	return eachOccurrence(d, t, func(before, after string) bool {
		u, size := utf8.DecodeLastRuneInString(before)
		p, _ := utf8.DecodeLastRuneInString(before[:len(before)-size])
		if !strings.ContainsRune(placeUnits, u) || !corpus.IsHan(p) {
			return false
		}
		for _, h := range institutions {
			if strings.HasPrefix(after, h) {
				return true
			}
		}
		return false
	})
}

// institutionName reports whether t is one institution's whole name: an
// institution's kind after a proper name (溪口 市 杏坛 | 小学,
// namedInstitution), which names who did the work, not what was done.
func institutionName(t string) bool {
	for _, h := range institutions {
		if strings.HasSuffix(t, h) && len(t) > len(h) && namedInstitution(t[:len(t)-len(h)]) {
			return true
		}
	}
	return false
}

// rare is the specificity a word the dictionary has needs to be a term
// when the report writes it once or twice (under about 50 occurrences in
// gse's 34 million).
const rare = 3.0

// formulaNumerals are the numerals that open a formula (三农, 四风, 两基,
// 双减): a policy counted by its parts. 一 is left out, which opens
// ordinary words (一线, 一致).
const formulaNumerals = "二三四五六七八九十百千万两双"

// commonOnce reports whether t is one word the dictionary has, no
// formula of a number, that d writes once or twice, common in general
// Chinese (specificity under rare), or once, an idiom of four characters
// (see above).
func commonOnce(d *termDoc, t string) bool {
	f, _, pos := analysis.DictFreq(t)
	if f <= 0 || strings.ContainsRune(formulaNumerals, []rune(t)[0]) {
		return false
	}
	if pos == "i" && utf8.RuneCountInString(t) == 4 {
		return d.count(t) == 1
	}
	if termWordInfo(t).spec >= rare {
		return false
	}
	return d.count(t) <= 2
}

// docParts are the names a summary or a plan gives its own parts in its
// headings and title (一、2024年工作进展情况, 二、2025年工作思路, 二、2025年
// 主要目标任务), and the names of the documents' kinds (政府工作报告,
// which one year's text says and another's not): a report of another
// year, or another kind, names its parts otherwise, and says nothing new
// by it.
var docParts = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`总结 计划 要点 报告 思路 打算 安排 情况 进展情况 完成情况 基本情况 总体要求 主要任务
		重点任务 主要做法 存在问题 下步打算 下一步打算 目标任务 主要目标 主要目标任务`) {
		docParts[p] = true
		docParts["工作"+p] = true
		docParts["政府工作"+p] = true
	}
}

// docPart reports whether t names a part of the document (docParts), or
// holds the name of its kind (2031年某省政府工作报告全文, the headline a
// site gives the report): the document itself, not what it says.
func docPart(t string) bool {
	return docParts[t] || strings.Contains(t, "工作报告")
}

// labelWindow is how many bytes around a term pageLabel looks for the
// brackets of a site's label.
const labelWindow = 96

// pageLabel reports whether d writes t only inside 【】 (【2031年遴选考点】,
// 【打印】): the label a site puts on its pages and links, not the
// report's words.
func pageLabel(d *termDoc, t string) bool {
	return eachOccurrence(d, t, func(before, after string) bool {
		before = before[max(0, len(before)-labelWindow):]
		after = after[:min(len(after), labelWindow)]
		open := strings.LastIndex(before, "【")
		end := strings.Index(after, "】")
		return open >= 0 && end >= 0 && !strings.Contains(before[open:], "】") && !strings.Contains(after[:end], "【")
	})
}

// dictWordPOS returns the dictionary's part of speech of w, "" when the
// dictionary lacks it.
func dictWordPOS(w string) string {
	f, _, pos := analysis.DictFreq(w)
	if f <= 0 {
		return ""
	}
	return pos
}

// genericAlone reports whether t is one word the dictionary tags as an
// adjective or an adverb (扎实, 忠诚, 切实).
func genericAlone(t string) bool {
	switch dictWordPOS(t) {
	case "a", "ad", "d":
		return true
	}
	return false
}

// roadWords are the words that end a street's name, and roadParts a
// part of one street.
var (
	roadWords = strings.Fields(`路 街 大街 大道`)
	roadParts = strings.Fields(`段 东段 西段 南段 北段`)
)

// roadName reports whether the words ws are a street's name: short
// words, no numeral among them, then 路, 街, 大街 or 大道 alone, and a
// part of it at most (商 桐 路, 保 沧 路, 交通 路 西段, 贝尔 大街): where
// one road was built, one place's news, not a 提法. A numbered slogan
// that ends with 路 (四好农村路) is no street's, and a quoted one is kept
// whatever it is.
func roadName(ws []string) bool {
	n := len(ws)
	if n >= 2 && slices.Contains(roadParts, ws[n-1]) {
		n--
	}
	if n < 2 || n > 3 || !slices.Contains(roadWords, ws[n-1]) {
		return false
	}
	for _, w := range ws[:n-1] {
		if utf8.RuneCountInString(w) > 2 || strings.ContainsAny(w, hanNumerals) {
			return false
		}
	}
	return true
}

// knownPlace reports whether t, two to four characters, is the name of a
// city, a county or a district that the gazetteer knows, written without
// its unit (某市 written 某): who or where the work was, as a place's name
// with its unit is.
func knownPlace(t string) bool {
	if n := utf8.RuneCountInString(t); n < 2 || n > 4 {
		return false
	}
	for _, u := range []string{"市", "县", "区"} {
		if p, _ := corpus.PlaceChain(t + u); p != "" {
			return true
		}
	}
	return false
}

// placeUnitWords are the administrative units that end a place's name.
var placeUnitWords = strings.Fields(`省 市 县 区 镇 乡 村 街道 社区`)

// placeName reports whether t is a place's name: one word the dictionary
// tags as a place (ns) that ends with its unit (浙江省), a place name and
// a unit (浒山 街道), or a name (nr, ns, nt) the report only writes in a
// list of names (鹿城、龙湾、乐清) or, a place's, before its unit.
func placeName(d *termDoc, t string) bool {
	for _, u := range placeUnitWords {
		if rest, ok := strings.CutSuffix(t, u); ok && rest != "" {
			if strings.HasPrefix(dictWordPOS(t), "ns") || strings.HasPrefix(dictWordPOS(rest), "ns") {
				return true
			}
		}
	}
	if unknownPlace(t) {
		return true
	}
	if !properName(t) || dictWordPOS(t) == "" {
		return false
	}
	return eachOccurrence(d, t, func(before, after string) bool {
		return listedName(before, after) || strings.HasPrefix(dictWordPOS(t), "ns") && unitAfter(after)
	})
}

// unknownPlace reports whether t is the name of a county, a township or
// a village the dictionary lacks, and its unit (龙化 乡, 青禾 县): two
// characters that are no word, and the three none either (not 空心村,
// 新农村: a kind of village, whose first two characters or whole the
// dictionary has). A zone (区) may be a kind (自贸区, 综保区), and is
// left alone.
func unknownPlace(t string) bool {
	rs := []rune(t)
	if len(rs) != 3 || !strings.ContainsRune("县乡镇村", rs[2]) || !corpus.IsHan(rs[0]) || !corpus.IsHan(rs[1]) {
		return false
	}
	return dictWordPOS(t) == "" && dictWordPOS(string(rs[:2])) == ""
}

// rules are the last words of the names of a place's rules: a place's
// regulation or programme (某市教育设施管理条例, 某市养老服务行动方案: a
// policy's head) is named after it, and is new wording.
var rules = strings.Fields(`条例 办法 规定 细则 意见 纲要`)

// ruleName reports whether w is or ends with a rule's head (管理条例).
func ruleName(w string) bool {
	for _, r := range rules {
		if strings.HasSuffix(w, r) {
			return true
		}
	}
	return false
}

// placeLed reports whether phrase t begins or ends with a place's name
// and its unit, as gse cuts it: one word the dictionary tags as a place
// that ends with a unit after a name of two characters or more (慈溪市,
// 浙江省; not 城市, 山区), or a place's name and a unit (东湖 市, 浒山 街道;
// not 城市 社区, a place's kind); or ends with a place's name that d
// writes before a unit everywhere (均居东湖 | 市).
// ws are the texts of t's gse words (wordTexts).
func placeLed(d *termDoc, t string, ws []string) bool {
	n := len(ws)
	if n < 2 || policyHead(ws[n-1]) || ruleName(ws[n-1]) {
		return false
	}
	if placeWithUnit(ws[0]) || placeWithUnit(ws[n-1]) ||
		n > 2 && (placeAlone(ws[0]) && unitWord(ws[1]) || placeAlone(ws[n-2]) && unitWord(ws[n-1])) {
		return true
	}
	if !placeAlone(ws[n-1]) {
		return false
	}
	return eachOccurrence(d, t, func(_, after string) bool { return unitAfter(after) })
}

// placeWithUnit reports whether w is one word of a place's name and its
// unit (慈溪市, 浙江省, 鹿城区): what stands before its unit, two
// characters or more, is a place's name or a person's to the dictionary
// (慈溪 is tagged a person's; not 科教兴 of 科教兴市, a goal).
func placeWithUnit(w string) bool {
	for _, u := range placeUnitWords {
		if rest, ok := strings.CutSuffix(w, u); ok && severalRunes(rest) {
			if r := dictWordPOS(rest); strings.HasPrefix(r, "ns") || strings.HasPrefix(r, "nr") {
				return true
			}
		}
	}
	return false
}

// placeAlone reports whether w is a place's name without a unit of its
// own (东湖, 浒山; not 城市 or 乡村, which end with one: a kind of place).
func placeAlone(w string) bool {
	if !severalRunes(w) || !strings.HasPrefix(dictWordPOS(w), "ns") {
		return false
	}
	return !strings.ContainsAny(lastRune(w), placeUnits)
}

// unitWord reports whether w is an administrative unit (placeUnitWords).
func unitWord(w string) bool {
	return slices.Contains(placeUnitWords, w)
}

// unitAfter reports whether s begins with an administrative unit (浒山 |
// 街道).
func unitAfter(s string) bool {
	for _, u := range placeUnitWords {
		if strings.HasPrefix(s, u) {
			return true
		}
	}
	return false
}

// listedName reports whether a name between before and after stands next
// to another name in a list: a 、 and a name the dictionary knows (nr, ns,
// nt) on one side.
func listedName(before, after string) bool {
	const mark = "、"
	if rest, ok := strings.CutPrefix(after, mark); ok {
		if item := listItem(rest, true); item != "" && properName(item) && dictWordPOS(item) != "" {
			return true
		}
	}
	if rest, ok := strings.CutSuffix(before, mark); ok {
		if item := listItem(rest, false); item != "" && properName(item) && dictWordPOS(item) != "" {
			return true
		}
	}
	return false
}

// listItem returns the item of a list at the start (forward) or the end
// of s: the Han characters up to the first other one, at most four.
func listItem(s string, forward bool) string {
	n, i := 0, 0
	if forward {
		for i < len(s) && n < 5 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !corpus.IsHan(r) {
				break
			}
			i += size
			n++
		}
		if n < 2 || n > 4 {
			return ""
		}
		return s[:i]
	}
	i = len(s)
	for i > 0 && n < 5 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !corpus.IsHan(r) {
			break
		}
		i -= size
		n++
	}
	if n < 2 || n > 4 {
		return ""
	}
	return s[i:]
}

// cutEdge reports whether every occurrence of t in d has a lone character
// that belongs to it glued to one of its ends (boundBefore, boundAfter),
// or, for a term of Latin letters and digits, letters or digits.
func cutEdge(d *termDoc, t string) bool {
	return eachOccurrence(d, t, func(before, after string) bool {
		return boundBefore(&d.edges, t, before) || boundAfter(&d.edges, t, after)
	})
}

// alnum reports whether r is a Latin letter or a digit.
func alnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// boundBefore reports whether the text before t ends with a lone
// adjective or distinguishing word (a, b: 新, 高) that modifies t: a word
// of its own where gse cuts the characters before it, no complement, and
// not after a verb's character (兜好: how the verb ends).
func boundBefore(e *edgeCuts, t, before string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	c, size := utf8.DecodeLastRuneInString(before)
	if size == 0 {
		return false
	}
	if alnum(first) {
		return alnum(c)
	}
	if !corpus.IsHan(c) || !corpus.IsHan(first) {
		return false
	}
	// 推动 | 人工智能: 动 is 推动's; 兜好 | 基本民生底线: 好 says how a
	// verb ends
	if strings.ContainsRune(complements, c) {
		return false
	}
	rest := before[:len(before)-size]
	if p, _ := utf8.DecodeLastRuneInString(rest); p != utf8.RuneError && strings.HasPrefix(dictWordPOS(string(p)), "v") {
		return false
	}
	switch dictWordPOS(string(c)) {
	case "a", "b":
	default:
		return false
	}
	// the dictionary's tag first: gse's cut of the characters before t
	// is the dear check
	return !functionWords[string(c)] && e.loneEnd(before)
}

// complements are the adjectives that end a verb (做好, 抓实, 守牢, 做强),
// not begin a noun phrase, after a verb the dictionary lacks (用好).
const complements = "好实牢强优细深准透足稳"

// edgeWindow is how many characters around a term loneEnd and loneStart
// cut.
const edgeWindow = 4

// An edgeCuts holds the words gse makes of the characters around places
// of a report (the edgeWindow characters before a place, those after it),
// each cut made once: the checks of a report's candidates cut the same
// places again and again (every candidate a word begins, at each of its
// occurrences; the words before a place for adverbed, ofModifier,
// sharedHead and cutStart alike), and a cut is most of a check's cost.
// The cuts are kept by the characters cut, so a kept cut is exactly the
// one it stands for. A nil *edgeCuts cuts every time. An edgeCuts is safe
// for concurrent use; its slices must not be changed.
type edgeCuts struct {
	mu           sync.Mutex
	ends, starts map[string][]analysis.Token
}

// cut returns the words of window, from m or cut and kept there.
func (e *edgeCuts) cut(m *map[string][]analysis.Token, window string) []analysis.Token {
	if e == nil {
		return analysis.TokensNoHMM(window)
	}
	e.mu.Lock()
	toks, ok := (*m)[window]
	e.mu.Unlock()
	if ok {
		return toks
	}
	toks = analysis.TokensNoHMM(window)
	e.mu.Lock()
	if *m == nil {
		*m = make(map[string][]analysis.Token)
	}
	(*m)[window] = toks
	e.mu.Unlock()
	return toks
}

// loneEnd reports whether the last character of s is a word of its own
// when gse cuts the last characters of s (新 of 习近平新; not 动 of 推动).
func (e *edgeCuts) loneEnd(s string) bool {
	return utf8.RuneCountInString(e.lastToken(s)) == 1
}

// lastToken returns the last word gse makes of the last characters of s
// (推动 of …推动, 为生 of 转化为生), "" for none.
func (e *edgeCuts) lastToken(s string) string {
	toks := e.endTokens(s)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Text
}

// endTokens returns the words gse makes of the last characters of s.
func (e *edgeCuts) endTokens(s string) []analysis.Token {
	i, n := len(s), 0
	for i > 0 && n < edgeWindow {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
	}
	if e == nil {
		return analysis.TokensNoHMM(s[i:])
	}
	return e.cut(&e.ends, s[i:])
}

// startTokens returns the words gse makes of the first characters of s.
func (e *edgeCuts) startTokens(s string) []analysis.Token {
	w := firstRunes(s, edgeWindow)
	if e == nil {
		return analysis.TokensNoHMM(w)
	}
	return e.cut(&e.starts, w)
}

// runEnd reports whether the last of the words toks, one character, ends
// a run of lone characters that may be part of a word (厚 植, 望 川 河):
// a word gse lacks, which it ends, not the next one.
func runEnd(toks []analysis.Token) bool {
	if len(toks) < 2 {
		return false
	}
	prev := toks[len(toks)-2].Text
	return oneRune(prev) && termWordInfo(prev).letter && !functionWords[prev]
}

// loneStart reports whether the first character of s is a word of its own
// when gse cuts the first characters of s (劳 of 劳全面发; not 水 of 水污染).
func (e *edgeCuts) loneStart(s string) bool {
	toks := e.startTokens(s)
	return len(toks) > 0 && oneRune(toks[0].Text)
}

// postpositions are the characters that stand after a noun phrase as
// words of their own (在 X 中, X 时, X 以来): they make no cut.
const postpositions = "中时后前上下里内外间来"

// numeralChars are the characters of numbers and dates.
const numeralChars = "年月日一二三四五六七八九十百千万亿两零几多余半首第"

// boundAfter reports whether the text after t begins with a lone
// character of a noun (n, ng, j, k, vn, or m not a number: 优, 劳, 点; a
// zg, 园, only before punctuation or a digit) that ends t: a word of its
// own where gse cuts the characters after it.
func boundAfter(e *edgeCuts, t, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	c, size := utf8.DecodeRuneInString(after)
	if size == 0 {
		return false
	}
	if alnum(last) {
		return alnum(c)
	}
	if !corpus.IsHan(c) || !corpus.IsHan(last) {
		return false
	}
	if functionWords[string(c)] || strings.ContainsRune(postpositions, c) || strings.ContainsRune(numeralChars, c) ||
		strings.ContainsRune(placeUnits, c) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(after[size:])
	switch pos := dictWordPOS(string(c)); pos {
	case "n", "ng", "j", "k", "vn", "m":
	case "zg":
		// a suffix as often as a verb (园, 迈): only where the phrase ends
		if n != utf8.RuneError && corpus.IsHan(n) {
			return false
		}
	default:
		return false
	}
	// 重点流域 | 水污染, 碳达峰 | 碳中和: the character begins a word (gse's
	// cut of the characters after t, the dear check, last)
	return e.loneStart(after)
}

// nameFront reports whether t, which ends with a verb or a verbal noun
// (示范, 调查, 高质量发展), is the front of a longer name: d writes it
// twice or more, every time glued to the same word after it, a noun's, a
// verb's or a verbal noun's (…示范 | 省, 调查 | 研究, …高质量发展 | 引领区):
// the verb modifies that word, and t names nothing on its own; or a
// suffix or an adjective of one character, which makes one word with the
// verb (重点帮扶 | 县, 深化供给 | 侧, 融资难融资 | 贵). A noun at
// t's end before the work done on it (信用体系 | 建设) is a name, and so is
// t before a particle, a conjunction or a postposition (…发展 | 的, 和, 上).
// A phrase of two words or more that ends with a noun is the front of a
// longer name when d writes it twice or more, every time glued to the same
// noun (not a verbal noun) and more words after it (新时代中国 | 特色 |
// 社会主义…); not when the name's head ends it somewhere (三中全会 | 精神，).
// ws are the texts of t's gse words (wordTexts).
func nameFront(d *termDoc, t string, ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	noun := !verbal(ws[len(ws)-1])
	if noun && (len(ws) < 2 || !nounPOS(dictWordPOS(ws[len(ws)-1]))) {
		return false
	}
	offs := d.offsets(t)
	if len(offs) < 2 {
		return false
	}
	next := ""
	for i, o := range offs {
		x := d.edges.firstToken(d.text[o+len(t):])
		if i > 0 && x != next {
			return false
		}
		next = x
	}
	if next == "" || functionWords[next] {
		return false
	}
	pos := dictWordPOS(next)
	if noun {
		// a noun glued to the same noun every time, which a word goes
		// on after every time (…新时代中国 | 特色 | 社会主义…): the
		// front of a long name, not a name with its head after it
		// (三中全会 | 精神，)
		if !severalRunes(next) || !nounPOS(pos) || pos == "vn" {
			return false
		}
		return eachOccurrence(d, t+next, func(_, after string) bool {
			r, _ := utf8.DecodeRuneInString(after)
			x := d.edges.firstToken(after)
			return corpus.IsHan(r) && x != "" && !functionWords[x] && !(oneRune(x) && strings.ContainsAny(x, postpositions))
		})
	}
	if strings.ContainsAny(next, postpositions) {
		return false
	}
	if oneRune(next) && (pos == "zg" || pos == "a") {
		// a suffix (帮扶 | 县, 供给 | 侧) or an adjective (融资难融资 |
		// 贵) that makes one word with the verb before it
		return true
	}
	return pos != "" && (pos[0] == 'n' || pos[0] == 'v')
}

// sharedHead reports whether t, an everyday word and a noun (服务 体系,
// 行动 方案), is the head several names share: d writes it twice or
// more, every time glued after a word that names which one (远程医疗 |
// 服务体系, 公共法律 | 服务体系; 三年 | 行动方案, 十年 | 行动方案), or after
// a conjunction that joins it to another (治理和 | 服务体系), and after two
// such words at least; never alone, nor as a verb's object (完善 |
// 服务体系 names it whole). The names are the terms, not their head.
// ws are the texts of t's gse words (wordTexts).
func sharedHead(d *termDoc, t string, ws []string) bool {
	if len(ws) != 2 || termWordInfo(ws[0]).spec >= generic || !policyHead(ws[1]) {
		return false
	}
	offs := d.offsets(t)
	if len(offs) < 2 {
		return false
	}
	seen := ""
	several := false
	for _, o := range offs {
		w := d.edges.lastToken(d.text[:o])
		if !namesWhich(w) {
			return false
		}
		several = several || seen != "" && w != seen
		seen = w
	}
	return several
}

// namesWhich reports whether w, glued before a head, says which one it
// is: a noun, a distinguishing word, a number (三年) or a conjunction
// that joins the head to a noun before it; not a verb, which takes the
// head as its object, nor a function word.
func namesWhich(w string) bool {
	if slices.Contains(conjunctions, w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !corpus.IsHan(r) || functionWords[w] {
		return false
	}
	pos := dictWordPOS(w)
	return nounPOS(pos) && pos != "vn" || pos == "b" || pos == "m" || pos == "nr" || pos == ""
}

// verbal reports whether w is a verb or a verbal noun to the dictionary,
// or a compound it lacks that ends with one (高质量 | 发展).
func verbal(w string) bool {
	pos := dictWordPOS(w)
	if pos == "" {
		pos = tailPOS(w)
	}
	return pos == "v" || pos == "vn"
}

// firstToken returns the first word gse makes of the first characters of
// s (研究 of 研究，), "" for none.
func (e *edgeCuts) firstToken(s string) string {
	toks := e.startTokens(s)
	if len(toks) == 0 {
		return ""
	}
	return toks[0].Text
}
