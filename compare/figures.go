package compare

// Changed figures
//
// A changed figure is one indicator measured twice: 城镇新增就业 1100万人
// -> 1200万人以上, 专项债券 3.8万亿元 -> 3.9万亿元. Pairing figures by where
// they sit in the diff alone goes wrong as soon as a paragraph is
// rewritten: two figures side by side in one change are taken for one
// that changed (7000处 -> 1000处 when the new text says 8000处 of the same
// thing and adds 1000处 of another), figures of different units are
// joined (200万吨 -> 100万亩), and a figure moved within its section looks
// changed. So figures are paired by what they measure:
//
//   - every figure of a paired section's old and new text is read as a
//     Quantity (quantity.go); the candidates are those that touch a
//     counted change of the diff (a figure in equal text did not change);
//   - each figure's indicator is the text that names what is measured:
//     the words just before it in its clause (专项债券, 城镇新增就业,
//     居民消费价格涨幅控制在), back to the start of the clause or the
//     previous figure; a figure right after another one (分别下降3.5%、
//     2.9%; 从26万增加到28万) shares that one's indicator; a figure said of
//     several things at once (游客接待量、旅游综合收入均增长12%) is one
//     figure of each of them, each pairing on its own (eachOfThings), and
//     the numbers of a list after 分别 that writes its unit once (分别为
//     1.2、2.4、3.6亿元) each take that unit (listUnits);
//   - two indicators are compared on their character pairs, each pair
//     weighed by how rare it is among the indicators of both documents:
//     增长, 达到, 控制在 name no indicator, 就业 and 债券 do;
//   - an old and a new figure pair when they have the same unit and
//     sizes one measure may take a year apart (Quantity.near), their
//     indicators are alike (FigureFloor), and no better pair claims
//     either, in this pair of sections or another one the section is in
//     (a merged section is paired with two): a figure is the change of
//     one figure at most. A figure of the same quantity with a like
//     indicator on the other side of any pair its section is in means
//     the figure did not change (200万吨 stated in both years), and it is
//     left out; unless the other side names the figure's own indicator
//     again with another figure (城镇调查失业率6%左右，城镇登记失业率5.5%左右
//     against 城镇调查失业率5.5%左右): the like indicator's equal figure
//     is then another thing's.
//   - a figure the diff keeps in equal text counts as changed when the
//     figure it is lined up with names another thing (markRealigned);
//   - a figure whose sentence moved to a section not paired with its own
//     pairs across sections only when both are surely one thing: no pair
//     took them, and each is the one figure of its unit named in those
//     words in both whole documents, or the one target, or the one result
//     of a year (last year's results said at the opening of the plan part
//     one year and in the review part the next) (acrossSections). So
//     does a figure of an added or removed section, which no pair holds
//     (the year's results said in the lead of the review part one year,
//     under a heading of their own the next). A figure of a part that
//     looks ahead over several years (a five-year plan's targets) crosses
//     only with one of such a part, and one figure said twice (a span's
//     end, 增加到2015年的136.3亿元, then the year's own words) crosses once.
//     Before that, an item under a heading with no partner, whose parent's
//     partner has no items (a review written as items one year and as one
//     run of paragraphs the next), is read against that partner's text as
//     a pair is (unitemized), but for figures named by their own words
//     only and alike by half their indicators (ItemFloor);
//
// Some figures alike enough by their indicators still measure different
// things, and never pair:
//
//   - indicators that name different scopes of one kind (scopeClasses):
//     区本级 and 全社会 固定资产投资, 城镇 and 农村 (and 城乡 alone), 出口
//     and 进口, 省级 and 国家, 新增 and 总量, a share (比重) and a growth;
//   - indicators alike only in the words that say what happened to a
//     figure (完成, 同比增长: verbWords), not in those that name a thing
//     (NameFloor); who pays a sum (中央财政安排, 投入) and that it is
//     money (资金) name no thing either. A figure whose own words name
//     nothing takes the names of what it is said of: a change said after
//     a figure (提高到120元，比上年增长50%) those of that figure, a sum said
//     only of who pays it (中央财政安排423亿元资金，支持十大重点节能工程)
//     the words of its sentence, of which the other figure's must share
//     a thing (namesAround);
//   - a figure said as what something grew or fell by since another
//     year (财政赤字规模比去年增加1万亿元: sinceYear) and one that is not,
//     unless both are rates;
//   - the change of a figure (52亿元，比上年增加6亿元), or its difference
//     from the whole's (67.7%，高于全省3.1个百分点: aboveWhole), and the
//     other year's, when the figures they follow are not one figure
//     changed (their pairing decides);
//   - a total of several years (a part whose heading reviews them, 过去
//     五年工作回顾, a paragraph that opens 五年来， or 这五年，, or one
//     of a run that follows a paragraph naming the period (“十三五”时期是
//     …的五年。) until one names a year,
//     a sentence that opens 五年共, a clause of its sentence that opens
//     with the span or says it after its subject: …，五年建成, 县财政五年
//     投入) and the year's figure it is more
//     than twice or under half of, or any it is a count of work done for
//     (完成6.64万户…整治: workDone), not a level reached (达12.8万亿元);
//   - a yearly average of several years (年均增长5.6%) and a figure that
//     is not one;
//   - a figure its clause says is accumulated (累计创建288个) and one it
//     does not, unless both are rates;
//   - siblings: names that share a head and differ entirely in what kind
//     of it they name (高新技术产业增加值 and 服务业增加值, 社会消费品零售
//     总额 and 网络消费零售额);
//   - a part and its whole: a figure said with 其中 after another (其中
//     中央财政赤字) and one said as a sum (全国财政赤字合计) or followed
//     by its parts; a sum of a list (保障性住房、棚户区改造住房共1000万套)
//     and a figure of only some of its items (sumOf, partOfSum);
//   - what a year added, said with the total it made (新增296家、总数达
//     1025家), and a bare count nearer in size to that total (twinNearer);
//   - a result of the old report and a target of the new one: the year
//     before the old report's and the year of the new one's, two apart;
//   - counts of things that share nothing, the thing named right after
//     the figure or closing the words before it (7个大型产业集聚区, 项目
//     超270个: countedThing, figures_counted.go);
//   - a zone's figure, its name opened by the zone's (雁汀实际利用外资,
//     雁汀科技合作区 named in its paragraph), and the whole place's
//     (zonePart, figures_zone.go).
//
// Indicators that official statistics renamed (公共财政收入, 一般公共预算
// 收入; 市场主体, 经营主体; 对外贸易总额, 进出口总额) are read as one name
// (renamed). A growth said after what a figure grew by (投入5955亿元，比上年
// 增加1637亿元，增长37.9%) is the growth of that figure.
//
// What a year added (新增发电装机, 新开工住房, 容量增加2000万门) is no
// change of a level reached (装机容量达到, 总容量): a figure qualified as
// added pairs with a level only when that is qualified the same way,
// unless both are rates; work of the year said without 新 (建成蔬菜大棚,
// 开工改造) is still what 新建成, 新开工 count.
//
// A figure its clause qualifies by a share in per mille after it (学科入围
// 前1‰) is no change of one qualified by a share in per cent (前1%).
//
// The total investment said after a count of projects (签约项目273个、总投资
// 1.8万亿元) is those projects': it names what the count names, and two
// lists of different projects (签约项目, 在建储能项目) are no one figure.
//
// An anniversary (改革开放40周年) is a date named, no figure that changes,
// and a count in quotation or book-title marks part of a name (出台“稳外贸
// 8条”: a policy and its count of articles), no indicator; nor are the
// terms of a ratio of parts (三次产业结构4.2∶40.1∶55.7) or how long a run
// lasted (连续20个月).
//
// A part that reviews five years may tell the last year on its own
// (2032年是…收官之年。 then 一是…): from a paragraph that opens with that
// year to one that names the years again, its figures are the year's
// (yearRun). After a figure and a list's mark, a change (、增长8%) or a
// total (、总量突破150万千瓦) measures what that figure measures.
//
// In a list whose items name their thing after the figure (12公里热力
// 管网、10公里供水管网), the words before a figure are the item before's:
// 10公里 measures 供水管网 alone.
//
// 从600元、400元提高到650元、450元 starts from 600元 and 400元: they are
// where the changes began, neither changes of their own nor statements
// that the other year's 650元 and 450元 did not change; so does 从1997年的
// 7.4万亿元增加到2002年的10.2万亿元 from 7.4万亿元.
//
// Each change carries the clause and the sentence of both sides.

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// FigureFloor is the least similarity of the indicators of an old and a
// new figure for them to count as one figure changed.
const FigureFloor = 0.3

// SameIndicator is the least similarity of two indicators for them to
// name one thing in the same words, near enough (城镇调查失业率 and 城镇
// 调查失业率全年控制在), where a figure's own indicator is named again.
const SameIndicator = 0.75

// ItemFloor is the least similarity of the indicators of an old and a
// new figure read against a whole part (unitemized): each has the
// figures of a whole year's review to choose from, not those of its own
// item, and half its words at least must be the other's.
const ItemFloor = 0.5

// NameFloor is the least similarity of the words of two indicators that
// name what is measured, without those that say what happened to it
// (verbWords), for two figures to count as one figure changed: 社会消费品
// 零售总额完成同比增长 and 社会固定资产投资额完成同比增长 are alike in 完成同比
// 增长 and name two things.
const NameFloor = 0.2

// A fig is a figure of one side of a pair, with what it measures.
type fig struct {
	quantity
	unit         string   // the unit figures pair by: 家 for a count of firms in 户 (firmUnit), 人次 for 人（次）
	indicator    string   // the words before it that name what it measures
	after        string   // the words after it in its clause
	grams        []uint64 // character pairs of indicator, sorted, distinct
	names        []uint64 // those of the words that name a thing (nameWords)
	name         []rune   // those words in order, for siblings
	called       []rune   // those of them before it, for oneName
	counted      string   // the thing a count counts (countedThing), "" if none
	countedAfter bool     // that thing is named right after the figure
	afterListed  bool     // its words after it end at a list's mark: the first item of what it counts (380所中小学、幼儿园)
	listed       bool     // it follows a list's mark: one item of a list (412条行政村、1335条自然村…治理)
	clause       []rune   // the letters of its whole clause, for siblings
	said         []rune   // those of its sentence up to its clause's end, for zonePart
	around       bool     // names are those of its sentence: its indicator names none (namesAround)
	changed      bool     // touches a counted change of the diff
	base         bool     // the start of 从…到…: the figure after it is the one that counts
	perMille     int      // the share its clause qualifies it by after it (前1‰: 1, 前1%: -1), 0 if none
	added        bool     // its indicator says it was added in the year (新增, 新建, 容量增加), not a total reached
	than         bool     // its indicator says it is what it grew by since another year (比去年增加1万亿元), not a level
	named        bool     // no measure: part of a name (“稳外贸8条”) or an anniversary (40周年)
	of           int      // the figure whose change it is (比上年增加1.5亿元), -1 if none
	scope        scopes   // the scopes its indicator names (城镇, 出口, 省级)
	years5       bool     // its paragraph, its sentence or a clause of it says a span of several years (五年来，)
	summed       bool     // its whole sentence opens with a span of years summed up (五年累计，…；…): spanLeads
	sumNear      bool     // its sentence says 累计 before it, in any clause (前四年累计…，…分别下降9.66%): sumBefore
	cumul        bool     // its clause says it is accumulated (累计) before it
	sharer       []rune   // what its clause says is the share (研发支出占国内生产总值比重: 研发支出), or its sentence's first clause when the clause names only a time (…教育经费支出…，2012年占…): sharerOf
	whole        []rune   // what its clause says it is a share of (占地区生产总值比重: 地区生产总值), nil if none
	average      bool     // its indicator says it is a yearly average of several years (年均)
	run          int      // the run of changes it touches, -1 if none
	order        int      // rank among the figures of its side
	item         string   // the one of several things its indicator enumerates (respectively)
	itemGrams    []uint64 // character pairs of that thing and what is said of it (label)
	role         string   // RoleTarget, RoleResult or "" (figureRole)
	row          bool     // it is in a table's row (cellOf)
	parts        [][]rune // a sum of a list (保障性住房、棚户区改造住房共): what tells each item apart, nil if none
	sum          bool     // a whole: said as a sum (财政赤字合计) or followed by a part of it (…，其中中央财政赤字)
	several      bool     // one of a list of figures that share their words (…支出分别为774亿元、536亿元; 增长29.2%、39.4%)
	oneOf        bool     // one of a list of figures said of several things one by one (分别达…元、…元; 二氧化硫、化学需氧量…下降3.5%和2.9%)
	lostItem     bool     // the one figure after 分别 that follows a list of levels said one by one (分别达36210元、19870元，分别增长7.2%): which of them it measures its words leave unsaid
	listTotal    bool     // the one figure of several things its clause lists and closes by 等 (科技、教育、文化等方面的支出), or the change of such a figure: listTotalOf
	share        bool     // a part of the figure before it (其中中央财政赤字)
	twin         float64  // what the year added, followed by the total it made (新增296家、总数达1025家): the total's value, 0 if none
	plain        []uint64 // character pairs of its indicator in plain words (plainName), for figures across sections
	zones        []string // the first two letters of the zones its paragraph names (paragraphZones), nil if none
	ended        bool     // said by a review of years all gone by (pastRun), in a plan part too: a result
	each         string   // one figure said of several things at once (游客接待量、旅游收入均增长12%): the words after 均, and item the thing this copy is of (eachOfThings)
	eachAll      string   // and the words that say it of them all (游客接待量、旅游收入均增长)
}

// clauseStop reports whether r ends a clause, for indicators. Quotation
// marks and book-title marks do not: what they enclose is a name that is
// part of what is measured (新增“专精特新”中小企业, 《规划》确定的).
func clauseStop(r rune) bool {
	return strings.ContainsRune("，。；：！？\n,;:!?（(）)——", r)
}

// indicatorOf returns the words around q in s that name what it
// measures: before it, back to a clause mark or the previous figure (at
// most 16 characters), and after it, to the end of its clause or the next
// figure (at most 10): 城镇新增就业1310万人 measures 城镇新增就业, 完成
// 42个村庄环境整治 measures 完成…村庄环境整治. Whitespace is left out.
// prevEnd is the end of the previous figure of s (-1 if none), nextStart
// the start of the next (len(s) if none). A clause that names too little
// on its own (增长6.2%, a rate 比上年增长9.2%: sinceWords) borrows the start of the clause
// before it, up to its first figure: 一般公共预算收入11.9亿元，增长6.2%
// measures 一般公共预算收入增长.
func indicatorOf(s string, q quantity, prevEnd, nextStart int) (before, after string, afterPrev bool) {
	i, stop, afterPrev := backToClause(s, q.start, prevEnd, indicatorRunes)
	if stop == 0 && !afterPrev && i > 0 {
		i = wordStart(s, i, prevEnd)
	}
	before = noSpace(s[i:q.start])
	j := q.end
	for n := 0; j < nextStart && n < 10; n++ {
		r, size := utf8.DecodeRuneInString(s[j:])
		if clauseStop(r) || r == '、' {
			break
		}
		j += size
	}
	after = noSpace(s[q.end:j])
	if !afterPrev && len(letters(nameWords(after))) < 2 {
		// 新引进甲、乙等项目820个: the verb and the thing, not the
		// examples; not when the figure names its own thing after it
		// (等领域49个突出问题: 领域 is the examples' kind, not the count's)
		if cs, cstop, atPrev := backToClause(s, q.start, prevEnd, 64); !atPrev && (cstop != 0 || cs == 0) {
			if name := exampleName(s, cs, q.start, q.Unit); name != "" {
				before = name
			}
		}
	}
	named := before + after
	if isRate(q.Unit) {
		named = sinceWords.Replace(named)
	}
	if !afterPrev && utf8.RuneCountInString(named) <= 4 && (stop == '，' || stop == ',') && namesLittle(named) {
		before = noSpace(clauseSubject(s, i-len(string(stop)), after == "")) + before
	}
	if !afterPrev && (stop == '，' || stop == ',') && after == "" {
		before = issuedObject(s, i, before) + before
	}
	return before, after, afterPrev
}

// sinceWords say which year a rate of change is counted from (比上年增长
// 9.2%), which names no more than 增长 does: the clause borrows the name
// before it as 同比增长 does, so 国内生产总值47.2万亿元，比上年增长9.2%
// measures 国内生产总值…增长, as 国内生产总值增长7.8% does the other year.
// A difference (比上年增加1500亿元) keeps its own words: it is read as the
// change of the figure before it (fig.of, sinceYear), never as a level.
var sinceWords = strings.NewReplacer("比上年同期", "", "比上年", "", "比去年", "", "较上年", "", "较去年", "",
	// how it is counted names no thing either (按可比价格计算比上年增长11.2%;
	// 同口径增长8%: on the basis the year before was counted on)
	"按可比价格计算", "", "按可比口径计算", "", "按可比价格", "", "按可比口径", "", "扣除价格因素", "", "同口径", "")

// issuedObject returns, for a clause that says only when and what is done
// with its figure (今年先发行1万亿元: a verb after words of time and
// order), the words its sentence said before with the same verb, which
// name what is done: 分几年发行长期建设国债，…，今年先发行1万亿元
// issues 长期建设国债. The verb said again is the sign; a clause whose
// words name a thing of their own, or a sentence that does not say the
// verb before, returns "". start is where the clause, before, begins.
func issuedObject(s string, start int, before string) string {
	v := before
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range leadWords {
			if rest, ok := strings.CutPrefix(v, w); ok {
				v, trimmed = rest, true
			}
		}
	}
	if utf8.RuneCountInString(v) != 2 || len(letters(v)) != 2 || v == before {
		return ""
	}
	from, _ := backTo(s, start, roleLead, sentenceEnd)
	said := s[from:start]
	at := strings.LastIndex(said, v)
	if at < 0 {
		return ""
	}
	obj := said[at:]
	if end := strings.IndexFunc(obj, clauseStop); end >= 0 {
		obj = obj[:end]
	}
	if len(letters(obj)) < 4 || len(quantities(obj, 0)) > 0 {
		return "" // the verb alone, or a figure's own words
	}
	return noSpace(obj)
}

// leadWords say, before a verb, when or in what order it is done (今年先,
// 其中首批), not what it is done to.
var leadWords = []string{"今年", "明年", "当年", "年内", "其中", "首批", "首期", "先", "再", "又", "还", "将", "拟"}

// namesLittle reports whether the words of a clause next to its figure
// name at most two letters of a thing once the words that say what
// happened to it, or that it is the total investment of projects named
// before, are left out: 同比增长 and 总投资 name nothing, 果品收入 a thing.
func namesLittle(s string) bool {
	return len(letters(investTotal.Replace(nameWords(s)))) <= 2
}

// stageWords say how far work on a thing has gone in a year: begun,
// finished, put to use.
var stageWords = []string{"新开工", "开工建设", "开工", "基本建成", "建成", "完工", "竣工", "投产", "投用"}

// stageEnd returns the stage word name ends with, "" if none.
func stageEnd(name string) string {
	for _, w := range stageWords {
		if strings.HasSuffix(name, w) {
			return w
		}
	}
	return ""
}

// stagesApart reports whether a counts the things that reached a stage of
// work (危房改造开工320个, 新开工住房) and b names no stage at all (为120个
// 小区引入物业服务): b counts what else was done to such things.
func stagesApart(a, b fig) bool {
	// the thing named before its stage (改造开工), not a verb before the
	// thing named after the figure (建成50个口袋公园 counts parks)
	stage := stageEnd(a.indicator)
	if stage == "" || a.after != "" || len(letters(nameWords(strings.TrimSuffix(a.indicator, stage)))) < 2 {
		return false
	}
	for _, w := range stageWords {
		if strings.Contains(b.indicator+b.after, w) {
			return false
		}
	}
	return true
}

// clauseName returns the name a clause ending at end gives before its
// first figure: from the clause's start, at most indicatorRunes
// characters back from end, to that figure.
func clauseName(s string, end int) string {
	k, kstop, _ := backToClause(s, end, -1, indicatorRunes)
	if kstop == 0 && k > 0 {
		k = wordStart(s, k, -1) // 进出口贸易总额…, not 出口贸易总额…
	}
	prev := s[k:end]
	if fs := quantities(prev, 0); len(fs) > 0 {
		prev = prev[:fs[0].start]
	}
	return prev
}

// listName returns the name a clause ending at end with a figure gives
// before its first figure, as clauseName does, but read at most
// indicatorRunes characters back from that figure rather than from end:
// the figures' own characters name nothing, and counted they cut the
// name of a clause ending with a long figure in the middle (全省PM2.5平均
// 浓度38.8微克/立方米、下降15.3% was read as ".5平均浓度下降").
func listName(s string, end int) string {
	if cs, _, _ := backToClause(s, end, -1, 64); cs < end {
		if fs := quantities(s[cs:end], 0); len(fs) > 0 {
			return clauseName(s, cs+fs[0].start)
		}
	}
	return clauseName(s, end)
}

// clauseSubject returns the name the clause ending at end gives, as
// clauseName does, for the figure of the clause after it. A clause with
// no figure of its own that says what happened to the thing after naming
// it gives only the name: 粮食产量连续七年增产，去年达到… measures 粮食产量,
// not 粮食产量连续七年增产, which the other year's 粮食产量 is not alike
// enough to across sections. The name is cut where the first of
// predicateWords begins, when at least two letters name the thing before
// it. A clause with a figure (地区生产总值增长7%，达到215亿元; 比上年增加2.1
// 亿元，增长12.7%) gives its words before the figure whole, as before,
// and, when they name little and thing says the figure after names
// nothing after it, the words after its figure too (实施120项城建重点项目，
// 完成投资…: 实施城建重点项目).
func clauseSubject(s string, end int, thing bool) string {
	name := clauseName(s, end)
	k, stop, _ := backToClause(s, end, -1, 64)
	if stop == ')' || stop == '）' {
		// 化肥（折纯）产量1855万吨: a note in brackets inside the name
		if open := strings.LastIndexAny(s[:k], "(（"); open >= 0 && utf8.RuneCountInString(s[open:k]) <= 6 {
			if j, _, _ := backToClause(s, open, -1, indicatorRunes); len(letters(s[j:open])) >= 1 {
				name = s[j:open] + name
			}
		}
	}
	if fs := quantities(s[k:end], 0); len(fs) > 0 {
		if thing && namesLittle(name) {
			// 推进85项老城更新重点工程，完成投资96亿元: the clause
			// before names its thing after its figure, and the
			// investment is that thing's (推进…老城更新重点工程); not
			// when the figure names its own after it (建成64个口袋公园，
			// 31个单位…开放: 31个 counts 单位)
			after := s[k+fs[0].end : end]
			if len(fs) > 1 {
				after = s[k+fs[0].end : k+fs[1].start]
			}
			return name + after
		}
		return name
	}
	cut := len(name)
	for _, w := range predicateWords {
		if i := strings.Index(name, w); i >= 0 && i < cut && len(letters(name[:i])) >= 2 {
			cut = i
		}
	}
	return name[:cut]
}

// predicateWords begin what a clause says happened to the thing it named
// first (连续七年增产, 稳步增长, 实现翻番).
var predicateWords = []string{"连续", "持续", "稳步", "稳定", "再创", "屡创", "创历史", "实现", "增长", "增加", "下降", "减少", "提高", "降低", "上升", "上涨", "突破", "超过"}

// wordStart returns the start of the word of s that holds byte i, where
// backToClause stopped at its limit in the middle of a clause: the label
// then begins with a whole word (城乡居民基本医保… is cut before 居民, not
// after 居). The clause back to its start (at most 64 characters, or to
// prevEnd) is segmented, so the word is the one gse reads there.
func wordStart(s string, i, prevEnd int) int {
	cs, _, _ := backToClause(s, i, prevEnd, 64)
	end := i
	for n := 0; end < len(s) && n < 8; n++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	prev := -1
	for _, t := range analysis.AppendTokensNoHMM(nil, s[cs:end]) {
		if cs+t.Start <= i && i < cs+t.End {
			if boundWord(s[cs+t.Start:cs+t.End]) && prev >= 0 {
				return prev // 规模以上工业…, not 以上工业…
			}
			return cs + t.Start
		}
		prev = cs + t.Start
	}
	return i
}

// boundWord reports whether w says a bound of the word before it and
// never begins a name: 规模以上, 限额以下.
func boundWord(w string) bool {
	return w == "以上" || w == "以下" || w == "以内"
}

// indicatorRunes is how far back from a figure its indicator is read.
const indicatorRunes = 16

// backToClause walks back from end to the start of its clause, at most
// most characters, or to prevEnd. It returns the start, the mark that
// stopped it (0 if none) and whether prevEnd did.
func backToClause(s string, end, prevEnd, most int) (start int, stop rune, atPrev bool) {
	i := end
	for n := 0; i > 0 && n < most; n++ {
		if i == prevEnd {
			return i, 0, true
		}
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if clauseStop(r) {
			return i, r, false
		}
		i -= size
	}
	return i, 0, false
}

func noSpace(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// joinedItem reports whether between, the words from the figure before
// to this one, are that figure's after words, naming its thing, and a
// conjunction that joins the next item: 农田和 in 12万亩农田和610眼机井.
func joinedItem(between, after string) bool {
	between = noSpace(between)
	if between != after {
		return false
	}
	name := strings.TrimRight(between, "和及与")
	return name != between && len(letters(name)) >= 2
}

// linking reports whether the words between two figures only join them,
// so that the second measures what the first does: 3.5%、2.9%; 6.2%和
// 8.4%; 从26万增加到28万. 、新开工 names something new.
func linking(between string) bool {
	rest := strings.Trim(between, "、和及与或分别")
	if rest == "" {
		return true
	}
	// 从1997年的7.4万亿元增加到2002年的10.2万亿元: the years each
	// figure is of
	rest = yearOfEnd.ReplaceAllString(rest, "")
	return utf8.RuneCountInString(rest) <= 4 && (strings.HasSuffix(rest, "到") || strings.HasSuffix(rest, "至"))
}

// passedThen reports whether a figure written with 突破 is a round mark
// the level passed, said right before the level itself: text is the
// figure as written, between the words from it to the next figure
// (生产总值突破5000亿元大关，达到5474.8亿元; 突破1000亿元大关，预计2005年
// 达2379.8亿元). The caller checks the level is larger, in the same unit.
func passedThen(text, between string) bool {
	return strings.HasPrefix(text, "突破") && passedLevel.MatchString(noSpace(between))
}

// passedLevel matches the words from a mark passed to the level reached.
var passedLevel = regexp.MustCompile(`^(?:大关)?[，,](?:预计)?(?:(?:19|20)[0-9]{2}年)?(?:达到|达)$`)

// yearIs matches a year said of the figure after it in its own clause
// (2015年为, 2020年超过), and its digits.
var yearIs = regexp.MustCompile(`((?:19|20)[0-9]{2})年(?:底|末)?(?:为|是|达到|达|超过|突破)?$`)

// laterYear reports whether two figures of a sentence are one measure in
// two years, each its year said just before it and the second's clause
// naming nothing more: before is the first's indicator, between the
// words from it to the second (2015年为7.5万亿元，2020年超过11万亿元).
func laterYear(before, between string) bool {
	a := yearIs.FindStringSubmatch(before)
	rest, ok := strings.CutPrefix(between, "，")
	b := yearIs.FindStringSubmatch(rest)
	return a != nil && ok && b != nil && len(b[0]) == len(rest) && b[1] > a[1]
}

// yearOfEnd matches a year said of the figure after it (2002年的, 2002年底的,
// 2007年: 由2002年7703元增加到2007年13786元).
var yearOfEnd = regexp.MustCompile(`(?:19|20)[0-9]{2}年(?:底|末)?的?$`)

// changeWords reports whether the words between two figures say that
// the second is the change of the first: 52亿元，比上年增加6亿元;
// 6.13万亿元，增长19.5%; 3000亿元，比上年预算减少198亿元.
func changeWords(between string) bool {
	w := strings.TrimLeft(noSpace(between), "，,、")
	w = strings.TrimSuffix(w, "了")
	// how it is counted: 按可比价格计算比上年增长11.2%
	for _, how := range []string{"按可比价格计算", "按可比口径计算", "按可比价格", "按可比口径", "扣除价格因素", "同口径"} {
		if rest, ok := strings.CutPrefix(w, how); ok {
			w = strings.TrimLeft(rest, "，,")
			break
		}
	}
	verb := false
	for _, v := range []string{"增长", "增加", "减少", "下降", "提高", "降低", "上升", "上涨", "回落", "扩大", "缩小"} {
		if strings.HasSuffix(w, v) {
			w, verb = strings.TrimSuffix(w, v), true
			break
		}
	}
	if !verb {
		return false
	}
	w = strings.TrimSuffix(w, "实际") // 实际增长: the growth without prices
	if w == "" || w == "同比" || w == "年均" {
		return true
	}
	for _, than := range []string{"比", "较"} {
		if rest, ok := strings.CutPrefix(w, than); ok {
			for _, when := range []string{"上年同期", "去年同期", "上年", "去年", "年初"} {
				if rest, ok := strings.CutPrefix(rest, when); ok {
					return rest == "" || rest == "预算" || rest == "预计数" || rest == "预计"
				}
			}
		}
	}
	return false
}

// verbWords name what is said of a figure, not what it measures.
var verbWords = strings.NewReplacer(
	"比上年", "|", "比去年", "|", "较上年", "|", "同比", "|", "年均", "|",
	"增长", "|", "增加", "|", "增速", "|", "下降", "|", "减少", "|", "提高", "|", "降低", "|", "上升", "|", "上涨", "|",
	"完成", "|", "实现", "|", "达到", "|", "突破", "|", "超过", "|", "控制在", "|", "控制到", "|", "降至", "|", "降到", "|",
	"分别", "|", "全年", "|", "今年", "|", "去年", "|", "预计", "|", "力争", "|", "确保", "|", "其中", "|",
	// who pays a sum and that it is money name no thing it pays for
	// (全市财政收入 is a thing: it stays)
	"全省财政", "全省财政", "全市财政", "全市财政", "全县财政", "全县财政", "全区财政", "全区财政",
	"中央财政", "|", "地方财政", "|", "各级财政", "|", "省级财政", "|", "市级财政", "|", "县级财政", "|", "本级财政", "|",
	"省财政", "|", "市财政", "|", "县财政", "|", "区财政", "|",
	"拟安排", "|", "拟投入", "|", "安排", "|", "投入", "|", "用于", "|", "下达", "|", "拨付", "|", "筹集", "|", "筹措", "|",
	"资金", "|", "的", "|",
	// how a figure is counted
	"按可比价格计算", "|", "按可比口径计算", "|", "按可比价格", "|", "按可比口径", "|", "扣除价格因素", "|", "实际", "|",
	// the marks of a list's items (一是…，二是…)
	"一是", "|", "二是", "|", "三是", "|", "四是", "|", "五是", "|", "六是", "|", "七是", "|", "八是", "|", "九是", "|", "十是", "|",
)

// nameWords returns s without the words that say what happened to a figure.
func nameWords(s string) string { return verbWords.Replace(baseYear.Replace(s)) }

// namesAround returns the character pairs of the words that name things
// in the sentence of qs[k], its figures left out: the figure's own words
// name only who pays it (中央财政安排423亿元资金), and what it pays for
// is said around it (，支持十大重点节能工程…; 实施更加积极的就业政策，).
func namesAround(s string, qs []quantity, k int) []uint64 {
	i, j, _, _ := sentenceBounds(s, qs[k].start, qs[k].end)
	var sb strings.Builder
	for _, q := range qs {
		if q.end <= i || q.start >= j {
			continue
		}
		sb.WriteString(s[i:max(i, q.start)])
		sb.WriteByte('|')
		i = max(i, q.end)
	}
	sb.WriteString(s[min(i, j):j])
	// 投资 names no thing, wherever it stands
	return indicatorGrams(bareInvest.Replace(nameWords(sb.String())), "")
}

// dropNotes returns s without each note in brackets that holds a comma
// and no figure, past skip, and, when it dropped one, the offset in s of
// each byte of what it returns, and of its end. Such a note
// says how the figures around it are counted (（预计，下同）, （不含定州，
// 下同）, 年均（与2016年对比，下同）增长7.1%), not what they measure; read
// as text, its brackets and comma ended the clause, so that 全县地区生产
// 总值突破250亿元（预计，下同）、年均（与2016年对比，下同）增长7.1% measured
// only 增长, and 生产总值完成2650.6亿元（不含定州，下同）、增长9% was not
// the growth of the figure before it. A note longer than noteRunes is
// text of its own, and one that names a figure is kept.
func dropNotes(s string, skip int) (string, []int) {
	if !strings.ContainsAny(s[skip:], "（(") {
		return s, nil
	}
	var b strings.Builder
	var at []int
	from := 0 // s[from:i] is kept, not yet written
	keep := func(i int) {
		for k := from; k < i; k++ {
			at = append(at, k)
		}
		b.WriteString(s[from:i])
	}
	for i := skip; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '（' && r != '(' {
			i += size
			continue
		}
		end, comma := -1, false
		for j, n := i+size, 0; j < len(s) && n <= noteRunes; n++ {
			c, csize := utf8.DecodeRuneInString(s[j:])
			if c == '）' || c == ')' {
				end = j + csize
				break
			}
			if c == '（' || c == '(' || c == '\n' || c == '。' {
				break
			}
			comma = comma || c == '，' || c == ','
			j += csize
		}
		if end < 0 || !comma || len(quantities(s[i:end], 0)) > 0 {
			i += size
			continue
		}
		keep(i)
		from, i = end, end
	}
	if at == nil && from == 0 {
		return s, nil
	}
	keep(len(s))
	at = append(at, len(s))
	return b.String(), at
}

// noteRunes is the longest note in brackets dropNotes drops.
const noteRunes = 16

// sideFigures returns the figures of one side's text s (skipping the
// heading, s[:skip]) with their indicators.
func sideFigures(s string, skip int) []fig {
	s, at := dropNotes(s, skip)
	qs := listUnits(s, quantities(s, skip), skip)
	out := make([]fig, len(qs))
	prevEnd := -1
	twin := 0.0                      // the total said after the figure before (、总数达1025家)
	linked := make([]bool, len(qs))  // shares the figure before's indicator
	reached := make([]bool, len(qs)) // a level passed, said after what was added (净增98万户、突破1900万户)
	for k, q := range qs {
		next := len(s)
		if k+1 < len(qs) {
			next = qs[k+1].start
		}
		// 12公里热力管网、10公里供水管网: a list whose items name their
		// thing after the figure; the words before 10公里 are the item
		// before's, and 10公里 measures 供水管网 (so in 建设12万亩高标准
		// 农田和610眼机井, 610眼 measures 机井)
		cell, inRow := cellOf(s, q.start)
		if inRow && q.Unit == "" && cell.unit != "" {
			q = withUnit(q, cell.unit) // 6左右 under % is 6%左右
			qs[k] = q
		}
		nounAfter := k > 0 && out[k-1].after != "" && (noSpace(s[qs[k-1].end:q.start]) == out[k-1].after+"、" || joinedItem(s[qs[k-1].end:q.start], out[k-1].after))
		if nounAfter {
			prevEnd = q.start
		}
		before, after, afterPrev := indicatorOf(s, q, prevEnd, next)
		if inRow && cell.label != "" {
			// a row's figure measures what its label names, not the
			// cells and bars before it
			before, after, afterPrev, nounAfter = cell.label, "", false, false
		}
		if afterPrev && k > 0 && !nounAfter && linking(before) {
			linked[k] = true
			// 分别下降3.5%、2.9%; 从26万增加到28万, where 26万 is where
			// the indicator started, not a figure of its own
			// (not 达到, a level reached: 新增12个、累计达到86个 adds 12
			// and reaches 86, it does not go from 12 to 86)
			if to := yearOfEnd.ReplaceAllString(before, ""); (strings.HasSuffix(to, "到") || strings.HasSuffix(to, "至")) && !strings.HasSuffix(to, "达到") && !strings.HasSuffix(to, "达至") {
				// 从600元、400元提高到650元、450元: each figure of the
				// list before 到 is where one started
				for m := k - 1; m >= 0; m-- {
					out[m].base = true
					if !linked[m] {
						break
					}
				}
			}
			before = out[k-1].indicator + before
			if after == "" {
				after = out[k-1].after
			}
		}
		if afterPrev && k > 0 && !linked[k] && !nounAfter && !inRow {
			// 地区生产总值达680亿元、同比增长5.2%: a change said right
			// after a figure, joined by a list's mark, is the change of
			// what that figure measures, as after a comma (clauseName)
			between := noSpace(s[qs[k-1].end:q.start])
			if rest, ok := strings.CutPrefix(between, "、"); ok {
				name := noSpace(listName(s, qs[k-1].end))
				switch {
				case slices.Contains(stageWords, rest) && stageEnd(name) != "":
					// 危房改造开工320个、完工260个: what was finished of
					// the thing whose start the figure before counts
					before = strings.TrimSuffix(name, stageEnd(name)) + rest
				case changeWords(between) && namesLittle(rest):
					before = name + rest
				case totalSaid(rest):
					// 新增光伏装机超30万千瓦、总量突破150万千瓦:
					// the total of what the figure before added
					for _, w := range addedWords {
						name = strings.Replace(name, w, "", 1)
					}
					before = name + rest
					if qs[k-1].Unit == q.Unit {
						twin = q.Value
					}
				}
			}
		}
		if m := k - 2; !afterPrev && m >= 0 && totalSaid(before) && qs[m].Unit == q.Unit && out[m].added && out[k-1].of == m &&
			isRate(qs[k-1].Unit) && !strings.ContainsFunc(s[qs[m].end:q.start], sentenceEnd) {
			// 新登记经营主体41万户、增长9%，总量达406万户: the total
			// of what the figure before the growth added, whose name the
			// total's clause leaves out, as 、总量突破150万千瓦 does
			name := noSpace(listName(s, qs[m].end))
			for _, w := range addedWords {
				name = strings.Replace(name, w, "", 1)
			}
			before = name + before
			out[m].twin = q.Value
		}
		if k > 0 && qs[k-1].Unit == q.Unit && laterYear(out[k-1].indicator, s[qs[k-1].end:q.start]) {
			// 2015年为7.5万亿元，2020年超过11万亿元: one measure, the
			// first where the span began
			out[k-1].base = true
			before = yearIs.ReplaceAllString(out[k-1].indicator, "") + before
		}
		if k > 0 && qs[k-1].Unit == q.Unit && q.Value > qs[k-1].Value && passedThen(qs[k-1].text, s[qs[k-1].end:q.start]) {
			// 规模以上工业增加值突破1000亿元，达到1174.67亿元: a mark
			// passed, then the level; the level is the measure
			out[k-1].base = true
			if !strings.HasPrefix(before, out[k-1].indicator) {
				before = out[k-1].indicator + before
			}
		}
		if k > 1 && isRate(q.Unit) && out[k-1].than && out[k-1].of >= 0 && !isRate(out[k-1].Unit) && changeWords(s[qs[k-1].end:q.start]) {
			// 投入5955亿元，比上年增加1637亿元，增长37.9%: the rate is the
			// growth of the figure the difference is of, not of the
			// difference; it borrowed the difference's words
			if rest, ok := strings.CutPrefix(before, out[k-1].indicator); ok {
				before = out[out[k-1].of].indicator + rest
			}
		}
		if k > 0 && twin == 0 && qs[k-1].Unit == q.Unit && out[k-1].added {
			// 新增300处信号灯联网、累计达2600处: a total said after what
			// the figure before added, whose thing is named after it
			between := noSpace(s[qs[k-1].end:q.start])
			if thing, rest, ok := strings.Cut(between, "、"); ok && thing != "" && !strings.ContainsFunc(thing, clauseStop) && totalSaid(rest) {
				twin = q.Value
			}
		}
		out[k] = fig{quantity: q, indicator: before, after: after, run: -1, order: k, of: -1, row: inRow}
		out[k].unit = firmUnit(q.Unit, before+after)
		if q.Unit == "人" && (strings.HasPrefix(s[q.end:], "（次）") || strings.HasPrefix(s[q.end:], "(次)")) {
			out[k].unit = "人次" // 38.9万人（次） counts visits as 39.5万人次 does
		}
		if twin != 0 {
			out[k-1].twin, twin = twin, 0
		}
		if k > 0 && (changeWords(s[qs[k-1].end:q.start]) || aboveWhole(s[qs[k-1].end:q.start])) {
			out[k].of = k - 1
			if k > 1 && out[k-2].base && passedThen(qs[k-2].text, s[qs[k-2].end:qs[k-1].start]) && !strings.HasPrefix(before, out[k-2].indicator) {
				// 突破600亿元大关，达到612.4亿元，增长6.8%: the growth
				// of the level, which the mark's words name
				before = out[k-2].indicator + before
				out[k].indicator = before
			}
			if k > 1 && isRate(q.Unit) && out[k-1].than && out[k-1].of >= 0 && !isRate(out[k-1].Unit) {
				out[k].of = out[k-1].of
			}
		} else if k > 1 && slices.Contains([]string{"和", "、", "及"}, noSpace(s[qs[k-1].end:q.start])) && aboveWhole(s[qs[k-2].end:qs[k-1].start]) {
			// 分别达到45.4%、47.8%，高于全省22.7和28.8个百分点: the
			// second difference is one too
			out[k].of = out[k-1].of
		}
		out[k].grams = indicatorGrams(before, after)
		if linked[k] && out[k-1].base && sinceStart.MatchString(before) {
			// 债务率从去年的41%提高到43%: the frame of a change from
			// last year names nothing; 43% measures 债务率, as the other
			// year's 债务率稳定在41% does
			out[k].grams = indicatorGrams(fromToFrame.ReplaceAllString(before, ""), fromToFrame.ReplaceAllString(after, ""))
		}
		out[k].names = indicatorGrams(nameWords(before), nameWords(after))
		if len(letters(nameWords(before)+nameWords(after))) < 2 {
			out[k].names = nil // a character alone (将安排, 拟) names nothing
		}
		if k > 0 && len(out[k].names) > 0 && strings.HasPrefix(noSpace(s[qs[k-1].end:q.start]), "、") &&
			len(letters(investTotal.Replace(nameWords(before)+nameWords(after)))) < 2 {
			// 签约项目273个、总投资1.8万亿元: the investment of the
			// projects counted before, which name what it measures
			out[k].names, out[k].around = out[k-1].names, out[k-1].around
		} else if k > 0 && len(out[k].names) > 0 && strings.HasPrefix(noSpace(s[qs[k-1].end:q.start]), "、") &&
			len(letters(sizeWords.Replace(nameWords(before)+nameWords(after)))) < 2 {
			// 转移支付增加约1.5万亿元、规模近9.8万亿元: the size of what
			// the figure before is of (转移支付规模), no 赤字规模
			before = noSpace(clauseName(s, qs[k-1].start)) + before
			out[k].indicator = before
			out[k].grams = indicatorGrams(before, after)
			out[k].names = indicatorGrams(nameWords(before), nameWords(after))
		}
		if len(out[k].names) > 0 && !(k > 0 && strings.HasPrefix(noSpace(s[qs[k-1].end:q.start]), "、")) &&
			len(letters(bareInvest.Replace(nameWords(before)+nameWords(after)))) < 2 {
			// 投资2.6亿元，实施了…供热、燃气管网铺设…工程: 投资 alone
			// names no thing; what the money went to is said around it
			// (namesAround), and 投资1.29亿元完成了17条道路的改扩建 is
			// another thing's
			out[k].names = nil
		}
		out[k].name = nameRunes(before, after)
		out[k].called = letters(placeWords.Replace(nameWords(before)))
		out[k].counted, out[k].countedAfter = countedThing(q.Unit, before, after)
		if after != "" {
			rest := s[q.end:]
			if len(rest) > 96 {
				rest = rest[:96]
			}
			out[k].afterListed = strings.HasPrefix(noSpace(rest), after+"、")
		}
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s[:q.start], unicode.IsSpace)); listJoin(r) {
			out[k].listed = true
		}
		out[k].named = anniversary(s, q) || quotedName(s, q) || ratioPart(s, q) || runLength(s, q)
		// 净增25万户、突破525万户: a figure of a list that opens with 突破
		// is the level the thing reached, though it borrows the words of
		// the figure before, which said what the year added
		passed := k > 0 && strings.HasPrefix(q.text, "突破") && strings.HasPrefix(noSpace(s[qs[k-1].end:q.start]), "、")
		out[k].added = addedIn(before) && !totalNearer(before) && !passed
		reached[k] = passed
		out[k].than = sinceYear(before)
		out[k].parts = sumOf(before)
		out[k].share = strings.HasPrefix(before, "其中")
		out[k].sum = sumSaid(before)
		if out[k].share && k > 0 && !linked[k] && qs[k-1].Unit == q.Unit {
			// 财政赤字10500亿元，其中中央财政赤字8500亿元; not an item of
			// a list that borrows 其中 from the list's words (其中一产、二产、
			// 三产分别增长4%、8%、5.5%: 8% is no part of 4%)
			out[k-1].sum = true
		}
		if k > 0 && out[k-1].added && strings.HasPrefix(noSpace(s[qs[k-1].end:q.start]), "、") && !containsAnyOf(before, reachedWords) && !passed {
			// 新增高新技术企业70家、科技型中小企业300家: what the
			// list's first item says it added, it says of every item
			// that does not say it is a total (净增142万户、总量突破1500万户)
			out[k].added = true
		}
		if k+1 < len(qs) && !strings.ContainsFunc(s[q.end:qs[k+1].start], clauseStop) {
			// 27个学科入围前1‰: the share it is among
			switch qs[k+1].Unit {
			case "‰":
				out[k].perMille = 1
			case "%":
				out[k].perMille = -1
			}
		}
		out[k].average = strings.Contains(before, "年均") || strings.Contains(before, "平均每年") || strings.Contains(before, "年平均")
		if len(out[k].names) == 0 {
			if b := out[k].of; b >= 0 {
				// 120元，比上年增长50%: the growth of what 120元 measures
				out[k].names, out[k].around = out[b].names, out[b].around
			} else {
				out[k].names, out[k].around = namesAround(s, qs, k), true
			}
		}
		prevEnd = q.end
	}
	para, several, run := -1, false, false
	runs := openingRuns{s: s}
	for k := range out {
		// the period its paragraph opens with, to its first clause mark
		start := strings.LastIndexByte(s[:out[k].start], '\n') + 1
		if start != para {
			para = start
			open := s[start:]
			if i := strings.IndexFunc(open, clauseStop); i >= 0 {
				open = open[:i]
			}
			several = utf8.RuneCountInString(open) <= 12 && (severalYears(open) || theseYears.MatchString(open))
			_, run = runs.at(start)
		}
		out[k].years5 = several
		if run && !several {
			out[k].years5 = !namesYear(s, out[k].start)
		}
		if !out[k].years5 {
			// 五年共投入扶贫专项资金56.8亿元，发放救灾款10.6亿元: a sentence
			// that opens with the years it sums up
			i, _, _, _ := sentenceBounds(s, out[k].start, out[k].end)
			out[k].years5 = yearsSummed.MatchString(strings.TrimSpace(s[i:out[k].start])) || yearsInClauses(s[i:out[k].start])
		}
		out[k].summed = spanLeads(s, out[k].start)
		out[k].sumNear = sumBefore(s, out[k].start)
		cs, _, _ := backToClause(s, out[k].start, -1, 64)
		out[k].cumul = strings.Contains(s[cs:out[k].start], "累计")
		ce := out[k].end
		for ce < len(s) {
			r, size := utf8.DecodeRuneInString(s[ce:])
			if clauseStop(r) {
				break
			}
			ce += size
		}
		out[k].clause = letters(s[cs:ce])
		if si, _, _, _ := sentenceBounds(s, out[k].start, out[k].end); si < cs {
			out[k].said = letters(s[si:ce])
		} else {
			out[k].said = out[k].clause
		}
		out[k].whole = shareOf(s[cs:out[k].start])
		if len(out[k].whole) > 0 {
			si, _, _, _ := sentenceBounds(s, out[k].start, out[k].end)
			out[k].sharer = sharerOf(s[cs:out[k].start], s[si:cs])
		}
		lone := !linked[k] && (k+1 == len(out) || !linked[k+1])
		out[k].listTotal = lone && listTotalOf(s[cs:out[k].start]) || out[k].of >= 0 && out[out[k].of].listTotal
	}
	for k := 0; k < len(out); {
		j := k + 1
		for j < len(out) && linked[j] {
			j++
		}
		n := j - k
		// the figures of a list 从…到… are where each thing started,
		// then where it went, in the same order: 分别从每月202元、270元
		// 提高到209元、280元 measures two things, each from and to
		at := []int{k}
		if out[k].base {
			n = 0
			for n < j-k && out[k+n].base {
				n++
			}
			if j-k == 2*n {
				at = append(at, k+n)
			} else {
				n = 1 // 从26万增加到28万: one thing, from and to
			}
		}
		if items := respectively(subjectOf(s, out[k], n), n); items != nil {
			for _, first := range at {
				for i, it := range items {
					f := &out[first+i]
					f.item = it
					f.itemGrams = indicatorGrams(f.label(), f.after)
				}
			}
		}
		for i := k; i < j; i++ {
			f := &out[i]
			text := f.indicator
			if f.item != "" {
				text = f.item
			}
			f.scope = scopeOf(text, j-k > 1 || strings.Contains(f.indicator, "分别"))
			if len(f.whole) > 0 && f.scope[kindGroup] == 0 {
				// 占本级财政总支出的78.5% is a share, though it does
				// not say 比重: no growth of what it is a share of
				f.scope[kindGroup] = 1
			}
			if f.item != "" {
				// a share or a growth, and its base year, are said of all
				// the things together
				whole := scopeOf(f.indicator, false)
				f.scope[kindGroup], f.scope[baseGroup] = whole[kindGroup], whole[baseGroup]
			}
		}
		for i := k; i < j; i++ {
			if reached[i] {
				// 净增98万户、突破1900万户: a total, though the words it
				// borrows say what was added
				out[i].scope[addedGroup] = 1 << 1
			}
		}
		if n == 2 && out[k].item == "" && strings.Contains(subjectOf(s, out[k], n), "城乡") {
			// 城乡居民人均可支配收入分别增长6.5%和8.5%: 城乡 says 城 and
			// 乡, the town's figure first and the country's second
			for _, first := range at {
				out[first].scope[0], out[first+1].scope[0] = 1<<1, 1<<2
			}
		}
		if n >= 2 && k >= n && !out[k].base && out[k].item == "" && strings.Contains(out[k].indicator, "分别") {
			// 城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，
			// 分别增长7.7%和6.8%: the growths of the figures before, in
			// order, when their own words name nothing
			// The figures before are n of their own, or one list of n:
			// 城乡居民人均可支配收入分别达到38120元和15630元、增长5%和6%
			// (城镇和农村居民人均可支配收入分别达到…元、…元，分别增长7.1%、
			// 8.1%), the way a city's review gives its incomes: 5% is the
			// growth of 38120元, not of 15630元 right before it.
			sep, _, _, _ := sentenceBounds(s, out[k].start, out[k].end)
			apart := out[k-n].start >= sep
			each, list := true, !linked[k-n]
			for i := k - n + 1; i < k; i++ {
				each, list = each && !linked[i], list && linked[i]
			}
			apart = apart && (each || list)
			for i := 0; apart && i < n; i++ {
				level := out[k-n+i]
				bare := joinsOnly(out[k+i])
				if f := &out[k+i]; isRate(f.Unit) && !isRate(level.Unit) {
					// of its level whether said after a list's mark
					// (、增长5%和6%, the change of the figure before) or
					// after a comma (，分别增长7.7%和6.8%)
					f.of = k - n + i
				}
				if f := &out[k+i]; level.item != "" {
					// what the level's list names one by one, the
					// growth's says of each: 城镇居民人均可支配收入增长
					f.item = level.item
					f.itemGrams = indicatorGrams(f.label(), f.after)
				} else if subject, _, ok := strings.Cut(level.indicator, "分别"); ok && list && strings.HasPrefix(f.indicator, "分别") {
					// one thing said of both (城乡居民人均可支配收入): the
					// growth's words begin at 分别 and name it only there
					f.indicator = subject + f.indicator
					f.grams = indicatorGrams(f.indicator, f.after)
				} else if each && strings.HasPrefix(f.indicator, "分别") && bare {
					// each level named in its own clause (农牧民人均纯收入
					// 2180元，城镇居民人均可支配收入8800元，分别增长…):
					// the growth's words name nothing, its level's do
					verb := strings.TrimRightFunc(strings.TrimPrefix(f.indicator, "分别"), listJoin)
					f.indicator = standTrimmed(level.indicator) + verb
					f.grams = indicatorGrams(f.indicator, "")
				}
				if f := &out[k+i]; len(f.names) == 0 || f.around || bare {
					f.names, f.around = out[k-n+i].names, out[k-n+i].around
					for g := range 3 {
						// and their scopes: 农村居民…2936元，分别增长…6.8%
						// is the country's growth
						if f.scope[g] == 0 || f.scope[g] == 1<<len(scopeClasses[g])-1 {
							f.scope[g] = out[k-n+i].scope[g]
						}
					}
				}
			}
		}
		k = j
	}
	for k := range out {
		// one of several things said one by one: a list of figures
		// with its things named (item) or after 分别
		lone := !linked[k] && (k+1 == len(out) || !linked[k+1])
		out[k].several = !lone
		out[k].oneOf = !lone && (out[k].item != "" || strings.Contains(out[k].indicator, "分别"))
	}
	for k := 1; k < len(out); k++ {
		// 城镇和农村居民人均可支配收入分别达36210元、19870元，分别同比增长
		// 7.2%: a second growth is missing, and 7.2% is no growth of one
		// of the things the other year gives each its own
		lone := !linked[k] && (k+1 == len(out) || !linked[k+1])
		out[k].lostItem = lone && out[k].item == "" && strings.Contains(out[k].indicator, "分别") && isRate(out[k].Unit) &&
			linked[k-1] && out[k-1].oneOf && !isRate(out[k-1].Unit)
	}
	for k := range out {
		out[k].plain = indicatorGrams(plainName(out[k].indicator), fromToFrame.ReplaceAllString(out[k].after, ""))
	}
	out = eachOfThings(s, out)
	if at != nil {
		for k := range out {
			out[k].start, out[k].end = at[out[k].start], at[out[k].end-1]+1
		}
	}
	return out
}

// joinsOnly reports whether the words of f, a figure of a list, are
// only the words said of it and the marks that join it to the figure
// before: 分别增长7.7%和6.8% gives 6.8% the words 分别增长和, which name
// nothing (和 joins, it is no thing).
func joinsOnly(f fig) bool {
	rest := strings.Map(func(r rune) rune {
		if listJoin(r) {
			return -1
		}
		return r
	}, nameWords(f.indicator)+nameWords(f.after))
	return len(letters(rest)) < 2
}

// plainName returns an indicator without what a report adds to the name
// one year and not the next: a time word (全年进出口总额, 去年…总额达到:
// the year is the section's), the year a growth is counted from and the
// level said before it (国内生产总值达到比上年增长 is 国内生产总值增长:
// sinceWords), 达到 and the other verbs of reachedVerbs, the place's
// whole opening it (ownWhole), and a code of Latin letters
// and digits written after the Chinese name (广义货币M2: M2 is 广义货币;
// a code without a digit, as in 单位GDP, may be the name itself). Figures
// across sections are read against one another in these words too, so
// that 今年广义货币M2增长目标为 names what 广义货币增长目标为 names. An
// indicator that is nothing but these words keeps them.
func plainName(name string) string {
	s := reachedVerbs.Replace(yearWords.Replace(sinceWords.Replace(fromToFrame.ReplaceAllString(name, ""))))
	for _, w := range ownWhole {
		if rest, ok := strings.CutPrefix(s, w); ok {
			s = rest
			break
		}
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		j, digit := i, false
		for j < len(rs) && (rs[j] < utf8.RuneSelf && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]))) {
			digit = digit || unicode.IsDigit(rs[j])
			j++
		}
		if j > i && i > 0 && unicode.Is(unicode.Han, rs[i-1]) && j-i <= 4 && digit && unicode.IsLetter(rs[i]) {
			i = j - 1 // an abbreviation after the name it stands for
			continue
		}
		if j > i {
			b.WriteString(string(rs[i:j]))
			i = j - 1
			continue
		}
		b.WriteRune(rs[i])
	}
	if len(letters(b.String())) < 2 {
		return name
	}
	return b.String()
}

// yearWords say which year a figure is of; the section says it too.
var yearWords = strings.NewReplacer("全年", "", "去年", "", "今年", "")

// reachedVerbs say that a figure was reached, which one year's report
// says with one verb and the next with another (地区生产总值完成274.4亿元,
// 地区生产总值达到287.9亿元): plainName leaves them out.
var reachedVerbs = strings.NewReplacer("达到", "", "完成", "", "实现", "")

// fromToFrame matches the words of a span's start and end around the
// figures of 由2010年的68亿元增加到2015年的136.3亿元: the end figure
// measures what the name before the span names (社会消费品零售总额), the
// level of the span's last year, which the next report says without them.
var fromToFrame = regexp.MustCompile(`(?:由|从)(?:(?:(?:19|20)[0-9]{2}年|去年|上年)(?:底|末)?的?)?|(?:增加|提高|增长|上升|扩大|下降|降低|减少|缩小)(?:到|至)(?:(?:19|20)[0-9]{2}年(?:底|末)?的?)?`)

// sinceStart matches a span's start said as last year's (从去年的, 由上年):
// the change is this year's against the last.
var sinceStart = regexp.MustCompile(`(?:由|从)(?:去年|上年)`)

// ownWhole, opening an indicator, say the figure is the whole of the
// report's own place (全区地区生产总值), which the other year's report
// may leave unsaid: plainName leaves them out there.
var ownWhole = []string{"全市", "全区", "全县", "全省", "全州", "全盟"}

// totalWords, right after a list's mark that follows a figure (、总量突破
// 150万千瓦), say that the figure after them is the total of what the
// figure before measures.
var totalWords = []string{"总量", "总规模", "总数", "累计"}

// totalSaid reports whether the words between two figures, after the
// list's mark, say only that the second is a total: one of totalWords
// and at most a verb of one character (总量达, 累计突破, 总规模).
func totalSaid(rest string) bool {
	for _, w := range totalWords {
		if r, ok := strings.CutPrefix(rest, w); ok && len(letters(nameWords(r))) <= 1 {
			return true
		}
	}
	return false
}

// addedWords say that a figure is what a year added (新增发电装机, 新开工
// 住房), not a total reached.
var addedWords = []string{"新增", "净增", "新建", "新开工", "新登记", "新投产"}

// addedIn reports whether the words before a figure say that it is what
// a year added: one of addedWords, or a verb of increase right before it
// (电话交换机容量增加2000万门), which 增加到 and 增至, saying the level
// reached, are not.
func addedIn(before string) bool {
	return containsAnyOf(before, addedWords) || strings.HasSuffix(before, "增加") || containsAnySuffix(before, byWords)
}

// totalNearer reports whether the words before a figure name a total
// (总量, 总数) after the last word that says what a year added: in
// 新增高新技术企业160家，总量2400家 the second figure borrows the clause
// before it (新增高新技术企业总量) and is the total, as scopeOf reads the
// word nearest the figure. 新增装机容量 stays added: a capacity added is
// no total.
func totalNearer(before string) bool {
	at := -1
	for _, w := range addedWords {
		at = max(at, strings.LastIndex(before, w))
	}
	for _, w := range []string{"总量", "总数"} {
		if strings.LastIndex(before, w) > at {
			return true
		}
	}
	return false
}

// aboveWholeRe matches the words between two figures that say the second
// is how far the first is above or below the whole's (67.7%，高于全省3.1个
// 百分点; 增长8.2%，增速快于全国平均水平1.5个百分点).
var aboveWholeRe = regexp.MustCompile(`^(?:增速|增幅|涨幅)?(?:分别)?(?:高于|低于|快于|慢于)(?:全国|全省|全市|全区|全州|全盟|全县)(?:平均水平|平均增速|平均|水平)?(?:近|约)?$`)

// aboveWhole reports whether the words between two figures say that the
// second is the first's difference from the whole's figure: like a change
// since last year, it measures the figure before it (fig.of), and says
// nothing of its own (高于全省 after a share of three industries one year,
// after the share of spending on people's welfare the next).
func aboveWhole(between string) bool {
	return aboveWholeRe.MatchString(strings.TrimLeft(noSpace(between), "，,"))
}

// sinceYear reports whether the words right before a figure say that it
// is what something grew or fell by since another year (财政赤字规模比去年
// 增加1万亿元, 较上年减少198亿元): a difference, never a level of the
// thing (财政赤字2.76万亿元).
func sinceYear(before string) bool {
	for _, than := range []string{"比", "较"} {
		if i := strings.LastIndex(before, than); i >= 0 && changeWords(before[i:]) {
			return true
		}
	}
	return false
}

// byWords say, right before a figure, by how much something grew (试点范围
// 又扩大了8个省份), not the level it grew to (扩大到11个省份).
var byWords = []string{"增加了", "扩大了", "增长了", "新增了"}

// containsAnySuffix reports whether s ends with one of ws.
func containsAnySuffix(s string, ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return strings.HasSuffix(s, w) })
}

// reachedWords say that a figure is a level reached or a total (装机容量
// 达到, 总容量, 余额, a capacity in place: 并网容量), not what a year did
// (新建成, 开工改造, 退税减税降费高达).
var reachedWords = []string{"达到", "总量", "总数", "容量", "总规模", "总里程", "保有量", "余额", "增至", "增加到", "扩大到", "扩大至", "突破"}

// reached reports whether f's indicator says it is a level reached, or
// the figure opens with 突破: read as its qualifier (more than), the word
// is then no part of the indicator, yet 企业突破2600家 says the level
// passed as much as 总量突破2600家 does.
func reached(f fig) bool {
	return containsAnyOf(f.indicator, reachedWords) || strings.HasPrefix(f.text, "突破")
}

// containsAnyOf reports whether s contains one of words.
func containsAnyOf(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// bareInvest removes the words that say only that a sum was invested
// (投资, 完成投资): what names the thing is left.
var bareInvest = strings.NewReplacer("计划总投资", "|", "总投资额", "|", "总投资", "|", "投资总额", "|", "投资额", "|", "投资", "|")

// investTotal removes the words that name the total investment of some
// projects (总投资, 投资总额): which projects, they do not say.
var investTotal = strings.NewReplacer("计划总投资", "|", "总投资额", "|", "总投资", "|", "投资总额", "|")

// sizeWords remove the words that name only how large something is
// (规模): after 、 they measure the thing the figure before is of.
var sizeWords = strings.NewReplacer("总规模", "|", "规模", "|")

// shareOf returns the letters of what before, the words of a clause
// before a figure, says the figure is a share of: 高技术制造业增加值占规模
// 以上工业比重 is a share of 规模以上工业; 占GDP的比重 and 占国民经济比重 are
// shares of the whole economy (生产总值); 占本级财政总支出的 right before
// the figure says the share without 比重. It returns nil when they name no
// share.
func shareOf(before string) []rune {
	i := strings.LastIndex(before, "占")
	if i < 0 {
		return nil
	}
	rest := before[i+len("占"):]
	for _, w := range []string{"的比重", "的比例", "比重", "比例"} {
		if j := strings.Index(rest, w); j > 0 {
			return letters(economyWords.Replace(rest[:j]))
		}
	}
	if of, ok := strings.CutSuffix(rest, "的"); ok && len(letters(of)) > 0 {
		return letters(economyWords.Replace(of)) // 占本级财政总支出的78.5%
	}
	return nil
}

// economyWords name the whole economy's output, one whole of shares.
var economyWords = strings.NewReplacer("GDP", "生产总值", "gdp", "生产总值", "国民经济", "生产总值", "经济总量", "生产总值")

// anniversary reports whether q counts the years since something
// (改革开放40周年, 建校60周年): a date named, not a figure that changes.
func anniversary(s string, q quantity) bool {
	return q.Unit == "周" && strings.HasPrefix(s[q.end:], "年")
}

// streakUnits count the spans or times of a run (连续20个月, 连续5次).
var streakUnits = []string{"个月", "天", "周", "次", "季度", "届"}

// runLength reports whether q counts how long a run has lasted (工业投资连续
// 20个月两位数增长, 连续5次获评A级): how long something kept up, not
// a measure of it; two runs of different things (工业投资 and 技改投资
// 连续24个月) are no figure changed.
func runLength(s string, q quantity) bool {
	return strings.HasSuffix(s[:q.start], "连续") && slices.Contains(streakUnits, q.Unit)
}

// ratioColons are the marks between the terms of a ratio (4.2∶40.1∶55.7).
var ratioColons = []string{"∶", ":", "："}

// ratioPart reports whether q, a bare number, is a term of a ratio of
// parts (三次产业结构为4.2∶40.1∶55.7): a mark of ratio and a digit on one
// side of it. Each term is a share of a whole the others are shares of,
// and a term alone is no figure: 4.2 -> 4.1 read out of two such ratios
// says nothing a reader can use. A ratio to one (2.45∶1) is one figure
// already (ratioToOne) and has a unit of its own.
func ratioPart(s string, q quantity) bool {
	if q.Unit != "" {
		return false
	}
	for _, c := range ratioColons {
		if rest, ok := strings.CutPrefix(s[q.end:], c); ok {
			if r, _ := utf8.DecodeRuneInString(rest); r >= '0' && r <= '9' {
				return true
			}
		}
		if before, ok := strings.CutSuffix(s[:q.start], c); ok {
			if r, _ := utf8.DecodeLastRuneInString(before); r >= '0' && r <= '9' {
				return true
			}
		}
	}
	return false
}

// quotedName reports whether q is part of a name in quotation marks or
// book-title marks (出台“稳外贸8条”, 《惠企20条》): a policy named with its
// count of articles or measures is a name, not an indicator. The marks
// are sought within q's sentence, the opening one with no closing one
// between it and q.
func quotedName(s string, q quantity) bool {
	i, j, _, _ := sentenceBounds(s, q.start, q.end)
	for _, m := range [][2]string{{"“", "”"}, {"《", "》"}, {"「", "」"}, {"‘", "’"}} {
		open := strings.LastIndex(s[i:q.start], m[0])
		if open < 0 || strings.Contains(s[i+open:q.start], m[1]) {
			continue
		}
		close := strings.Index(s[q.end:j], m[1])
		if close >= 0 && !strings.Contains(s[q.end:q.end+close], m[0]) {
			return true
		}
	}
	return false
}

// scopeClasses are groups of words that name scopes one indicator cannot
// have two of: 城镇居民收入 is not 农村居民收入 nor 城乡居民收入, 出口 is
// not 进口, the government's own investment (本级) is not society's
// (全社会), a province's list of firms (省级) is not the state's, what was
// added in a year (新增) is not a total (总量, 累计), a share (比重) is
// not a growth, a capacity (产能) is not an output (产量), a change on the
// year before (同比) is not one on a named year (比2018年). The first class
// of the first three groups names both of the others (城乡, 进出口, 中央和
// 地方): with several figures given together (城乡居民收入分别增长6%和8%) it is each of
// them; alone it is a scope of its own, the whole.
var scopeClasses = [][][]string{
	{{"城乡"}, {"城镇", "城市"}, {"农村", "乡村", "农民"}},
	{{"进出口"}, {"出口"}, {"进口"}},
	{{"中央和地方", "中央与地方"}, {"中央"}, {"地方"}},
	{{"全社会"}, {"本级"}},
	{{"国家级", "国家", "全国"}, {"省级"}, {"市级"}, {"县级"}},
	{{"新增", "净增", "新建", "新登记"}, {"总量", "累计", "总数"}},
	{{"比重", "占比"}, {"增长", "增速", "涨幅"}},
	{{"产能"}, {"产量"}},
	// a change on the year before is not one on a named base year
	// (比2018年下降): the year's digits follow 比 or 较
	{{"同比", "比上年", "比去年", "较上年", "较去年"}, {"比19", "比20", "较19", "较20"}},
}

// planPeriod matches a five-year plan's years named as a period
// (“十四五”时期, 十三五期间).
var planPeriod = regexp.MustCompile(`十[一二三四五六七八九]?五[”"」]?(?:时期|期间)`)

// reviewSpan matches a span of several years gone by at the opening of a
// paragraph (过去五年, 经过五年接续奋斗, 5年来), and yearsOfIt a sentence
// that says what kind of years they were (这是…的五年).
var (
	reviewSpan = regexp.MustCompile(`(?:经过|过去|近|这)[二三四五六七八九十两2-9]年|[二三四五六七八九十两2-9]年(?:来|以来)`)
	yearsOfIt  = regexp.MustCompile(`是.*的[二三四五六七八九十两]年$`)
)

// comingWords say that the years a paragraph names are still to come, or
// what is set for them.
var comingWords = []string{"今后", "未来", "展望", "开局", "起步", "目标", "任务"}

// reviewRun reports whether the paragraph of s at para is in a run of
// paragraphs reviewing several years gone by, in a part that reviews
// them and then one year (“十三五”时期发展成就和2030年主要工作): the run
// opens with a paragraph whose first sentence names the period, or its
// span in its first clause, or says what kind of years they were, and
// names no one year (“十三五”时期是…的五年。, 过去五年，, 这是…的五年。),
// and it goes on, over paragraphs that open with what the
// years did, until one whose first sentence names a year (2030年是…,
// 一年来).
func reviewRun(s string, para int) bool {
	_, run := runOpening(s, para)
	return run
}

// runOpening returns the first sentence of the paragraph that opens the
// run of paragraphs reviewing several years gone by that the paragraph of
// s at para is in (reviewRun), and whether it is in one.
func runOpening(s string, para int) (string, bool) {
	r := openingRuns{s: s}
	return r.at(para)
}

// openingRead, when set, is called for each paragraph openingSentence
// reads: TestFiguresReadParagraphsOnce sets it to count them (a
// comparison's work bounded by a count, not by a time), and nothing else
// does.
var openingRead func()

// openingRuns is runOpening over the paragraphs of one text asked for in
// order: each call reads on from the paragraph the call before stopped
// at, so that the figures of a section cost its paragraphs once, not
// once a figure. Reading from the top for each figure, a section of 900
// paragraphs with a figure each (a report without headings past 99.) took
// 7 s of a compare's 11 s of CPU.
type openingRuns struct {
	s       string
	i       int // the start of the next paragraph to read
	asked   int // the paragraph the last call asked for
	run     bool
	opening string
}

// at returns runOpening(r.s, para); a para before the last one asked for
// reads again from the top.
func (r *openingRuns) at(para int) (string, bool) {
	if para < r.asked {
		*r = openingRuns{s: r.s}
	}
	r.asked = para
	s := r.s
	for r.i <= para && r.i < len(s) {
		i := r.i
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s) - i
		}
		first := openingSentence(s[i : i+end])
		open := first
		if j := strings.IndexFunc(open, clauseStop); j >= 0 {
			open = open[:j]
		}
		switch {
		case yearRe.MatchString(first) || oneYear(first):
			r.run = false
		case (planPeriod.MatchString(first) || reviewSpan.MatchString(open) || yearsOfIt.MatchString(first)) && !containsAnyOf(first, comingWords):
			r.run, r.opening = true, first
		}
		r.i = i + end + 1
	}
	return r.opening, r.run
}

// pastRun reports whether the paragraph of s at para is in a run of
// paragraphs reviewing years that are all gone by in a report of year
// base: the run's opening names a span before the report's year (“十四五”
// 时期是…的五年。 in a report of 2026, 过去五年，, 这五年，), and no span
// that reaches it (“十五五”时期是…). A plan part often opens by reviewing
// the plan period just ended (“十四五”时期，…从4.2万亿元增加到5.6万亿元)
// before it sets the next one's targets: those figures are results.
func pastRun(s string, para, base int) bool {
	first, run := runOpening(s, para)
	return pastOpening(first, run, base)
}

// pastOpening is pastRun of the paragraph whose run's opening runOpening
// gives as first and run.
func pastOpening(first string, run bool, base int) bool {
	if !run || base == 0 {
		return false
	}
	open := first
	if j := strings.IndexFunc(open, clauseStop); j >= 0 {
		open = open[:j]
	}
	spans := yearSpans(first, base)
	for _, sp := range spans {
		if sp[1] >= 0 {
			return false
		}
	}
	return len(spans) > 0 || reviewSpan.MatchString(open)
}

// yearOpening matches the opening of a paragraph that says it is about
// one year gone by: 2032年是…, 一年来, 过去一年, and the year said as the
// one just gone (刚刚过去的2032年，…; 刚刚过去的一年，…), as a new
// term's report opens the last year of the five it reviews; not a span
// that starts with a year (2028年以来, 2028—2032年).
var yearOpening = regexp.MustCompile(`^(?:(?:(?:刚刚|刚)?过去的)?(?:(?:19|20)[0-9]{2}|去|上)年(?:[^以至到—－~-]|$)|一年来|过去一年|(?:刚刚|刚)?过去的一年)`)

// yearRun reports whether the paragraph of s at pos is in a run of
// paragraphs about one year gone by inside a part that reviews several
// (过去五年工作回顾, whose last paragraphs often tell the last year on its
// own: 2032年是本届政府的收官之年。 then 一是…, 二是…, each with the
// year's figures): the run opens with a paragraph whose first sentence
// opens with that year, and goes on until one whose first sentence names
// a span of years again (过去五年的发展…, 五年来，), as reviewRun reads
// them.
func yearRun(s string, pos int) bool {
	para := strings.LastIndexByte(s[:pos], '\n') + 1
	run := false
	for i := 0; i <= para && i < len(s); {
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s) - i
		}
		first := strings.TrimLeft(openingSentence(s[i:i+end]), " \t　")
		open := first
		if j := strings.IndexFunc(open, clauseStop); j >= 0 {
			open = open[:j]
		}
		switch {
		case yearOpening.MatchString(first):
			run = true
		case planPeriod.MatchString(first) || reviewSpan.MatchString(open) || yearsOfIt.MatchString(first) || severalYears(open):
			run = false
		}
		i += end + 1
	}
	return run
}

// openingSentence returns the first sentence of a paragraph, after a
// call to the hearers (各位代表！).
func openingSentence(p string) string {
	if openingRead != nil {
		openingRead()
	}
	for {
		j := strings.IndexFunc(p, sentenceEnd)
		if j < 0 {
			return p
		}
		r, size := utf8.DecodeRuneInString(p[j:])
		if r != '！' || utf8.RuneCountInString(p[:j]) > 6 {
			return p[:j]
		}
		p = p[j+size:]
	}
}

// oneYear reports whether s names a span of one year gone by (一年来,
// 过去一年).
func oneYear(s string) bool {
	for _, sp := range yearSpans(s, 0) {
		if sp[0] == sp[1] && sp[0] < 0 {
			return true
		}
	}
	return false
}

// theseYears matches the opening of a paragraph that reviews several
// years by pointing at them (这五年，). 这一年， is one year: a city's
// review of its last year often opens each of its paragraphs so (这一年，
// 我们…。全年地区生产总值预计增长5.5%), and those are that year's figures.
var theseYears = regexp.MustCompile(`^这(?:[二三四五六七八九两]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?|[2-9])年$`)

// yearsSummed matches the opening of a sentence that sums up several
// years (五年共, 三年累计, 五年来).
var yearsSummed = regexp.MustCompile(`^(?:这|近|过去)?[二三四五六七八九十两2-9]年(?:来|以来|共|累计|合计)`)

// spanLeads reports whether the whole sentence of the figure at start,
// to its full stop, opens with a clause that is only a span of years
// summed up (五年累计，…；…；单位能耗下降17.2%; 五年共，): the span leads
// every item the semicolons part, not only the first. 五年来， says when,
// not that the items are sums: a level reached then (森林覆盖率达到38%) is
// the year's.
func spanLeads(s string, start int) bool {
	i, _ := backTo(s, start, 4*roleLead, fullStop)
	open := s[i:start]
	c := strings.IndexFunc(open, clauseStop)
	if c < 0 {
		return false
	}
	lead := strings.TrimSpace(open[:c])
	summed := strings.HasSuffix(lead, "累计") || strings.HasSuffix(lead, "共") || strings.HasSuffix(lead, "合计")
	return summed && utf8.RuneCountInString(lead) <= 6 && yearsSummed.FindString(lead) == lead
}

// sumBefore reports whether the sentence of the figure at start, back to
// its full stop, says 累计 before it: “十一五”前四年累计单位能耗下降14.38%，
// 化学需氧量…分别下降9.66% sums both figures.
func sumBefore(s string, start int) bool {
	i, _ := backTo(s, start, 4*roleLead, fullStop)
	return strings.Contains(s[i:start], "累计")
}

// yearsSpan matches a span of several years (五年, 两年, 5年) and what
// follows it; the digit of a year's number (2025年) is left to the caller.
var yearsSpan = regexp.MustCompile(`[二三四五六七八九十两2-9]年`)

// notSummed are the words after a span of years that make of it no sum of
// the years' work: a programme's name (三年行动, 五年规划), a limit or a
// time to come (两年内, 三年后, 五年时间), a run of years (连续三年 is said
// before it).
var notSummed = []string{"行动", "计划", "规划", "攻坚", "内", "后", "前", "时间", "左右", "以上", "的", "制", "级"}

// yearsInClauses reports whether the sentence before a figure, s, sums up
// several years in one of its clauses: a clause that opens with a span of
// years (基础设施建设明显加快，五年建成铁路新线…, 五年全国新增城镇就业…),
// or a span right after the clause's subject in the figure's own clause
// (中央财政五年支出…); not a programme, a limit, a run (连续三年) or an
// ordinal (第五年, 前四年).
func yearsInClauses(s string) bool {
	for _, loc := range yearsSpan.FindAllStringIndex(s, -1) {
		before, after := s[:loc[0]], s[loc[1]:]
		if containsAnyPrefix(after, notSummed) {
			continue
		}
		p, _ := utf8.DecodeLastRuneInString(before)
		if strings.ContainsRune("第前后十一二三四五六七八九两0123456789", p) || strings.HasSuffix(before, "连续") {
			continue
		}
		clause := before
		if i := strings.LastIndexFunc(before, clauseStop); i >= 0 {
			_, size := utf8.DecodeRuneInString(before[i:])
			clause = before[i+size:]
		}
		if strings.TrimLeft(clause, "这近过去 ") == "" || !strings.ContainsFunc(after, clauseStop) {
			return true
		}
	}
	return false
}

// containsAnyPrefix reports whether s begins with one of ps.
func containsAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// addedGroup is the group of scopeClasses that tells what a year added
// from a total, kindGroup the one that tells a share from a growth,
// baseGroup the one that tells a change on the year before from one on a
// named year, ownGroup the one that tells the government's own accounts
// (本级) from the whole place's.
const (
	ownGroup   = 3
	addedGroup = 5
	kindGroup  = 6
	baseGroup  = 8
)

// scopes holds, for each group of scopeClasses, the classes an indicator
// names, one bit each.
type scopes [9]uint8

// scopeOf returns the scopes text names; many is whether its figure is
// one of several given together.
func scopeOf(text string, many bool) scopes {
	var sc scopes
	added := lastClass(text, scopeClasses[addedGroup])
	for g, classes := range scopeClasses {
		for c, words := range classes {
			for _, w := range words {
				if strings.Contains(text, w) {
					sc[g] |= 1 << c
					text = strings.ReplaceAll(text, w, "|") // 进出口 is no 出口
				}
			}
		}
		if many && g < 3 && sc[g]&1 != 0 {
			sc[g] |= 1<<len(classes) - 1
		}
	}
	if sc[ownGroup] == 0 {
		// 固定资产投资 said alone is the whole place's, no 区本级固定资产投资
		sc[ownGroup] = 1
	}
	if added >= 0 {
		// 新增市场主体18.1万户，总量突破106万户: what the words nearest
		// the figure say it is, the clause before naming another figure
		sc[addedGroup] = 1 << added
	}
	return sc
}

// lastClass returns the class of classes whose word text names last, or
// -1 if it names none.
func lastClass(text string, classes [][]string) int {
	class, at := -1, -1
	for c, words := range classes {
		for _, w := range words {
			if i := strings.LastIndex(text, w); i > at {
				class, at = c, i
			}
		}
	}
	return class
}

// apart reports whether two indicators name different scopes of one
// group: 区本级 and 全社会, 城镇 and 农村, 出口 and 进口. An indicator that
// names no scope of a group is apart from none in it.
func (sc scopes) apart(o scopes) bool {
	for g := range sc {
		if sc[g] != 0 && o[g] != 0 && sc[g]&o[g] == 0 {
			return true
		}
	}
	return false
}

// subjectOf returns the indicator of f, the first of n figures given
// together, back to the start of its clause when it says 分别 or when n
// is 2 or more (at most 40 characters): the things it enumerates come
// before the figures and may run longer than an indicator is read back
// (城镇和农村居民人均可支配收入分别增长, 城镇居民人均可支配收入和农村居民
// 人均纯收入实际增长).
func subjectOf(s string, f fig, n int) string {
	if n < 2 && !strings.Contains(f.indicator, "分别") {
		return f.indicator
	}
	i, _, _ := backToClause(s, f.start, -1, 40)
	return noSpace(s[i:f.start])
}

// sameItem weighs, for two figures of which one or both are one of
// several things measured together (respectively), whether they measure
// the same thing: 0.1 when the one's thing is named in the other's (总磷 in
// 总磷排放量, 小麦 in 小麦最低收购价每50公斤提高), -0.1 when both name
// things and neither names the other's (化学需氧量 and 总磷, whose
// indicators are otherwise the same), 0 otherwise.
func sameItem(a, b fig) float64 {
	in := func(item string, f fig) bool {
		return item != "" && (strings.Contains(f.item, item) || f.item == "" && strings.Contains(f.indicator, item))
	}
	switch {
	case a.item == "" && b.item == "":
		return 0
	case in(a.item, b) || in(b.item, a):
		return 0.1
	case a.item != "" && b.item != "":
		return -0.1
	}
	return 0
}

// unnamedItem reports whether a is one of several things measured
// together (respectively) and b, alone, names that thing nowhere in its
// clause: 煤炭、电解铝分别淘汰落后产能1.1亿吨和120万吨 and 淘汰落后炼铁
// 产能4659万吨 measure different things, however alike what is said of
// them. The thing's head is name enough (早籼稻 is one 水稻), and a scope
// of it (城镇, 出口) is left to scopeClasses.
func unnamedItem(a, b fig) bool {
	if a.item == "" || b.item != "" {
		return false
	}
	item := nameWords(a.item)
	for _, classes := range scopeClasses[:3] {
		for _, words := range classes {
			for _, w := range words {
				item = strings.ReplaceAll(item, w, "|")
			}
		}
	}
	it := letters(placeWords.Replace(item))
	if len(it) < 2 {
		return false
	}
	other := append(letters(b.indicator), b.clause...)
	return !alike(it, other) && !slices.Contains(other, it[len(it)-1])
}

// respectively returns the things an indicator of n figures enumerates
// before 分别, one for each figure in order (二氧化硫、化学需氧量排放量分别
// 下降3.5%和2.9%: 二氧化硫 for 3.5%, 化学需氧量排放量 for 2.9%), or nil when
// it does not name n of them. Without 分别, n things joined by 、 or a
// conjunction before n figures are meant one by one all the same (城镇居民
// 人均可支配收入和农村居民人均纯收入实际增长6.2%和9.1%); the last of them
// then runs to the figures (农村居民人均纯收入实际增长).
func respectively(indicator string, n int) []string {
	subject, _, _ := strings.Cut(indicator, "分别")
	if n < 2 {
		return nil
	}
	items := strings.Split(subject, "、")
	if len(items) == n-1 {
		// the last two joined by a conjunction: A、B和C
		last := items[len(items)-1]
		for _, c := range []string{"和", "及", "与"} {
			if a, b, ok := strings.Cut(last, c); ok && a != "" && b != "" {
				items = append(items[:len(items)-1], a, b)
				break
			}
		}
	}
	if len(items) != n {
		return nil
	}
	for _, it := range items {
		if utf8.RuneCountInString(it) < 2 {
			return nil
		}
	}
	last := items[n-1]
	for i, it := range items[:n-1] {
		items[i] = scopedHead(it, last)
	}
	return items
}

// scopedHead returns item, one of several things named before 分别, with
// the name the last of them ends with when the words say that name is
// shared: when item is only the scope that sets it apart (城镇和农村居民
// 人均可支配收入 names 城镇居民人均可支配收入 first, and so does 城镇居民和
// 农村居民人均可支配收入), where 城镇 alone would name nothing another
// year's figure is named by, and when the last ends with what 的 says of
// all of them (科技、教育和文化事业的支出: 科技的支出). Only two scopes of
// one group (城镇 and 农村, 出口 and 进口) or 的 say where the shared words
// begin: in 工业和服务业增加值 nothing says where 服务业's name ends.
func scopedHead(item, last string) string {
	if _, head, ok := strings.Cut(last, "的"); ok && head != "" && !strings.Contains(item, "的") {
		// 文旅、物流和现代农业的投资: what follows 的 is said of
		// each (文旅的投资), as 的 says where the last thing's name ends
		return item + "的" + head
	}
	for _, classes := range scopeClasses[:3] {
		for c, words := range classes {
			for _, w := range words {
				rest, ok := strings.CutPrefix(item, w)
				if !ok {
					continue
				}
				for o, others := range classes {
					for _, v := range others {
						if o == c || o == 0 || c == 0 {
							continue
						}
						if tail, ok := strings.CutPrefix(last, v+rest); ok && tail != "" {
							return item + tail
						}
					}
				}
			}
		}
	}
	return item
}

// label returns the indicator as shown: the words before the figure, and
// those after it when the words before say little (完成…村庄环境整治).
func (f fig) label() string {
	before := strings.Trim(f.indicator, "、和及与")
	if f.each != "" {
		return f.item + "…" + f.each // 旅游收入…增长, of 游客接待量、旅游收入均增长
	}
	if f.item != "" {
		// one of several things measured together: which one
		i := strings.LastIndex(before, "分别")
		if i < 0 {
			return f.item
		}
		// the verb after the last 分别: 分别达到…元，分别增长 says 增长
		return f.item + "…" + before[i+len("分别"):]
	}
	if utf8.RuneCountInString(before) <= 4 && f.after != "" {
		return before + "…" + f.after
	}
	return before
}

// indicatorGrams returns the distinct character pairs of the words before
// and after a figure, Han characters and letters only (a single character
// stands for itself).
func indicatorGrams(before, after string) []uint64 {
	var g []uint64
	for _, s := range []string{renamed.Replace(baseYear.Replace(before)), renamed.Replace(baseYear.Replace(after))} {
		var rs []rune
		for _, r := range s {
			if unicode.IsLetter(r) {
				rs = append(rs, unicode.ToLower(r))
			}
		}
		if len(rs) == 1 {
			g = append(g, uint64(rs[0]))
		}
		for i := 1; i < len(rs); i++ {
			g = append(g, uint64(rs[i-1])<<32|uint64(rs[i]))
		}
	}
	slices.Sort(g)
	out := g[:0]
	for k, v := range g {
		if k == 0 || v != g[k-1] {
			out = append(out, v)
		}
	}
	return out
}

// renamed gives the indicators that official statistics renamed, or that
// reports name in two ways sharing no character pair, one name: the
// budget law of 2014 renamed 公共财政收入 (and 支出) 一般公共预算收入; 经营主体
// replaced 市场主体 in 2023; 对外贸易总额, 进出口贸易总额 and 外贸进出口总额 are
// the 进出口总额 of the customs' figures. A reader pairs them; their
// characters do not, so a list is the only way. The older, shorter name is
// kept, so that 财政收入 said alone still reads as 公共财政收入 does.
var renamed = strings.NewReplacer(
	"一般公共预算", "公共财政",
	"经营主体", "市场主体",
	"对外贸易", "进出口", "进出口贸易", "进出口", "外贸进出口", "进出口", "外贸", "进出口",
)

// baseYear reads the year a change is counted from as one name however
// it is said (比上年, 比去年, 较上年, 比去年预算: the year before, or its
// budget): 财政赤字1.2万亿元，比去年预算增加4000亿元 and the next year's
// 13500亿元，比上年增加1500亿元 say one measure, what the deficit grew
// by, and their words differ in nothing else.
var baseYear = strings.NewReplacer("比去年预算", "比上年", "比上年预算", "比上年", "比去年", "比上年", "较上年", "比上年", "较去年", "比上年")

// figWeights weighs character pairs by how rare they are among the
// indicators of a comparison: log(1 + n/df).
type figWeights struct {
	df map[uint64]int
	n  int
}

func (fw *figWeights) add(figs []fig) {
	for _, f := range figs {
		for _, g := range f.grams {
			fw.df[g]++
		}
		fw.n++
	}
}

func (fw *figWeights) weight(g uint64) float64 {
	return math.Log(1 + float64(fw.n+1)/float64(fw.df[g]+1))
}

// similarity is the weighted Dice coefficient of two indicators.
func (fw *figWeights) similarity(a, b []uint64) float64 {
	both, _, _, all := fw.shared(a, b)
	if all == 0 {
		return 0
	}
	return 2 * both / all
}

// overlap is the weight two sets of character pairs share over that of
// the smaller set.
func (fw *figWeights) overlap(a, b []uint64) float64 {
	both, wa, wb, _ := fw.shared(a, b)
	if wa == 0 || wb == 0 {
		return 0
	}
	return both / min(wa, wb)
}

// shared walks two sorted sets of character pairs once and returns the
// weight of the pairs they share, the weights of a and of b, and the sum
// of both weights (shared pairs counted twice), added in the walk's order.
func (fw *figWeights) shared(a, b []uint64) (both, wa, wb, all float64) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			x := fw.weight(a[i])
			wa += x
			all += x
			i++
		case i == len(a) || b[j] < a[i]:
			x := fw.weight(b[j])
			wb += x
			all += x
			j++
		default:
			x := fw.weight(a[i])
			both += x
			wa += x
			wb += x
			all += 2 * x
			i++
			j++
		}
	}
	return both, wa, wb, all
}

// pairFigures are the figures of the two sides of one pair.
type pairFigures struct {
	p        *Pair
	old, new []fig
	oldText  string
	newText  string
	// unitemized: an item read against its parent's partner (unitemized)
	unitemized bool
}

// sectionFigures are the figures of every section of the two documents,
// and the weights of their indicators' character pairs.
type sectionFigures struct {
	w    *figWeights
	of   map[*prepared]sideText
	docs [2][]*prepared // the sections of the old and the new document
}

// sideText is a section's heading and text joined, as a pair's diff
// rebuilds it, and its figures.
type sideText struct {
	text string
	figs []fig
}

// readFigures reads the figures of every section of pa and pb, and the
// zones their paragraphs name (paragraphZones; own holds the documents'
// regions, which are no zones of their own; years their years, 0 when
// unknown). It reads only the sections' headings and texts: Compare runs
// it while the sections are aligned. It reads no more sections once
// stopped reports true (asked before each; nil: never), the comparison
// abandoned: the figures it returns then are not to be shown.
func readFigures(pa, pb []*prepared, own []string, years [2]int, stopped func() bool) *sectionFigures {
	stopped = stopLatch(stopped)
	sf := &sectionFigures{w: &figWeights{df: map[uint64]int{}}, of: make(map[*prepared]sideText, len(pa)+len(pb)), docs: [2][]*prepared{pa, pb}}
	for side, ps := range [][]*prepared{pa, pb} {
		for _, p := range ps {
			if stopped() {
				return sf
			}
			text, f := sectionFigs(p, years[side])
			paragraphZones(text, f, own)
			if reviewsYears(ps, p) {
				for k := range f {
					f[k].years5 = f[k].years5 || !namesYear(text, f[k].start) && !yearRun(text, f[k].start)
				}
			}
			sf.of[p] = sideText{text, f}
			sf.w.add(f)
		}
	}
	return sf
}

// sectionFigs returns p's heading and text joined, as a pair's diff
// rebuilds them, and its figures with their roles, in a report of year
// base (0 if unknown).
func sectionFigs(p *prepared, base int) (string, []fig) {
	text := p.heading + p.s.Text
	f := sideFigures(text, len(p.heading))
	para, ended := -1, false
	runs := openingRuns{s: text}
	for k := range f {
		if start := strings.LastIndexByte(text[:f[k].start], '\n') + 1; start != para {
			first, run := runs.at(start)
			para, ended = start, pastOpening(first, run, base)
		}
		f[k].ended = ended
		back, plan := p.back || p.wholeReview, (p.plan && !p.wholeReview) || p.wholePlan
		if ended && plan && !back {
			back, plan = true, false // the plan period just ended, reviewed
		}
		f[k].role = figureRole(text, f[k].start, f[k].end, back, plan)
		if c, ok := cellOf(text, f[k].start); ok && headerRole(c.header) != "" {
			f[k].role = headerRole(c.header) // 2032年目标
		}
	}
	return text, f
}

// namesYear reports whether the sentence of s before start names a year
// of its own: 2032年，…城镇新增就业1266万人 is that year's, though its
// paragraph or part reviews several.
func namesYear(s string, start int) bool {
	said := s[:start]
	if i := strings.LastIndexFunc(said, sentenceEnd); i >= 0 {
		said = said[i:]
	}
	return yearRe.MatchString(said)
}

// reviewsYears reports whether p is, or is in, a part whose heading
// reviews several years gone by and names no one year (“十四五”时期的
// 回顾, 过去五年工作回顾): every figure in it is the years' total, however
// its own paragraph opens (the part's items rarely say the span again),
// but for those of a sentence that names a year of its own.
func reviewsYears(ps []*prepared, p *prepared) bool {
	for {
		if len(p.years) >= 2 && pastOnly(p.years) && !yearRe.MatchString(p.head) {
			return true
		}
		if p.parent < 0 {
			return false
		}
		p = ps[p.parent]
	}
}

// changedFigures reads the changed figures of pairs, in order. Only pairs
// with a counted change are read, and those of an added or a removed
// section (one side nil) only for acrossSections; the indicators of the
// figures of every section of both documents (sf) give the weights of the
// character pairs.
//
// A section may be paired with more than one section of the other side
// (merged, split): the candidates of every pair are weighed together and
// each figure of a section is the change of one figure at most, the one
// that measures it best, whichever pair offers it. Otherwise this year's
// 生产总值增长6%以上, in a section that holds both the year's results and
// its targets, would be shown once as the change of last year's target
// and once more as the change of last year's result.
//
// It gives up, returning nil, as soon as stopped reports true between two
// pairs: the comparison is abandoned (Options.stopped), and a pair of
// hundreds of figures a side takes a while to weigh (statedAll).
func changedFigures(pairs []*Pair, sf *sectionFigures, stopped func() bool) []NumberChange {
	stopped = latch(stopped)
	w := sf.w
	// a pair's sides are its sections' headings and texts (its diff
	// rebuilds them exactly), whose figures are read already
	sideOf := func(p *prepared) (string, []fig) {
		if st, ok := sf.of[p]; ok {
			return st.text, slices.Clone(st.figs) // numberChanges marks them
		}
		return sectionFigs(p, 0) // every section is read: not reached
	}
	var pfs []pairFigures
	for _, p := range pairs {
		if stopped() {
			return nil
		}
		if !changed(p.Diff) {
			continue // nothing changed, no figure either
		}
		pf := pairFigures{p: p}
		if p.from != nil {
			pf.oldText, pf.old = sideOf(p.from)
		}
		if p.to != nil {
			pf.newText, pf.new = sideOf(p.to)
		}
		if len(pf.old) == 0 && len(pf.new) == 0 {
			continue // a side without figures pairs none, but may cross (acrossSections)
		}
		pfs = append(pfs, pf)
	}
	// a figure stated unchanged in one pair is no change in another
	unchanged := map[figKey]bool{}
	for _, pf := range pfs {
		if stopped() { // the comparison is abandoned
			return nil
		}
		markChanged(pf.old, pf.p.Diff, true)
		markChanged(pf.new, pf.p.Diff, false)
		w.markRealigned(pf.old, pf.new, pf.p.Diff)
		for k, ok := range w.statedAll(pf.old, pf.new) {
			if ok {
				unchanged[figKey{pf.p.from, k}] = true
			}
		}
		for k, ok := range w.statedAll(pf.new, pf.old) {
			if ok {
				unchanged[figKey{pf.p.to, k}] = true
			}
		}
	}
	if stopped() {
		return nil
	}
	if more := sf.unitemized(pfs, unchanged); len(more) > 0 {
		var all []pairFigures
		for x, pf := range pfs {
			all = append(all, pf)
			if u, ok := more[x]; ok {
				all = append(all, u)
			}
		}
		pfs = all
	}
	if stopped() {
		return nil
	}
	sf.restatedRows(pfs, unchanged)
	var cands []figCand
	for k, pf := range pfs {
		if stopped() {
			return nil
		}
		cands = append(cands, figCandidates(pf, k, w, unchanged)...)
	}
	key := func(c figCand) (figKey, figKey) {
		return figKey{pfs[c.pair].p.from, c.a}, figKey{pfs[c.pair].p.to, c.b}
	}
	picked := matchFigures(cands, key)
	// a change of a figure (比上年增加4亿元) is the change of the other
	// year's change only when the figures they are said of are one
	// figure changed: not when either of those is paired with another
	for range 3 {
		if stopped() {
			return nil
		}
		partner := map[figKey]figKey{}
		for _, c := range picked {
			ka, kb := key(c)
			partner[ka], partner[kb] = kb, ka
		}
		bad := map[figCand]bool{}
		for _, c := range picked {
			pf := pfs[c.pair]
			a, b := pf.old[c.a], pf.new[c.b]
			if a.of < 0 || b.of < 0 {
				continue
			}
			ka, kb := figKey{pf.p.from, a.of}, figKey{pf.p.to, b.of}
			if p, ok := partner[ka]; ok && p != kb {
				bad[c] = true
			}
			if p, ok := partner[kb]; ok && p != ka {
				bad[c] = true
			}
		}
		if len(bad) == 0 {
			break
		}
		cands = slices.DeleteFunc(cands, func(c figCand) bool { return bad[c] })
		picked = matchFigures(cands, key)
	}
	chosen := make([][]figCand, len(pfs))
	for _, c := range picked {
		chosen[c.pair] = append(chosen[c.pair], c)
	}
	if stopped() {
		return nil
	}
	across := acrossSections(pfs, sf, picked, unchanged)
	out := []NumberChange{}
	for k, pf := range pfs {
		if stopped() {
			return nil
		}
		out = append(out, numberChanges(pf, chosen[k])...)
		for _, c := range across[k] {
			out = append(out, numberChanges(c.pf, []figCand{c.cand})...)
		}
	}
	return out
}

// unitemized returns, by the index in pfs of the pair that removed (or
// added) it, a section whose parent is paired with a section of no items
// of its own, read against its parent's partner: a part written as items
// under headings one year ((一)经济实力迈上新台阶。…) and as one run of
// paragraphs the next says its figures in the part's own text, which
// pairs with the part the items are under, not with them. The figures of
// both sides come marked as their own pairs marked them, and a figure
// either side states unchanged is no change (figWeights.statedAll).
func (sf *sectionFigures) unitemized(pfs []pairFigures, unchanged map[figKey]bool) map[int]pairFigures {
	partner := map[*prepared]int{} // the pair of pfs a section is in with a partner
	for x, pf := range pfs {
		if pf.p.from != nil && pf.p.to != nil {
			partner[pf.p.from], partner[pf.p.to] = x, x
		}
	}
	hasItems := func(side int, p *prepared) bool {
		return slices.ContainsFunc(sf.docs[side], func(c *prepared) bool { return c.parent == p.n })
	}
	parentOf := func(side int, p *prepared) *prepared {
		if p.parent < 0 || p.parent >= len(sf.docs[side]) {
			return nil
		}
		return sf.docs[side][p.parent]
	}
	noRuns := func(figs []fig) []fig {
		figs = slices.Clone(figs)
		for k := range figs {
			figs[k].run = -1 // the runs of another pair's diff
		}
		return figs
	}
	out := map[int]pairFigures{}
	for y, pf := range pfs {
		lone, side := pf.p.from, 0
		if lone == nil {
			lone, side = pf.p.to, 1
		} else if pf.p.to != nil {
			continue
		}
		parent := parentOf(side, lone)
		x, ok := partner[parent]
		if parent == nil || !ok {
			continue
		}
		par := pfs[x]
		other := par.p.to
		if side == 1 {
			other = par.p.from
		}
		if hasItems(1-side, other) || lone.plan != other.plan || lone.ahead != other.ahead {
			continue
		}
		u := pairFigures{p: &Pair{From: pf.p.From, To: par.p.To, from: lone, to: other}, old: noRuns(pf.old), new: noRuns(par.new), oldText: pf.oldText, newText: par.newText, unitemized: true}
		if side == 1 {
			u = pairFigures{p: &Pair{From: par.p.From, To: pf.p.To, from: other, to: lone}, old: noRuns(par.old), new: noRuns(pf.new), oldText: par.oldText, newText: pf.newText, unitemized: true}
		}
		for k, ok := range sf.w.statedAll(u.old, u.new) {
			if ok {
				unchanged[figKey{u.p.from, k}] = true
			}
		}
		for k, ok := range sf.w.statedAll(u.new, u.old) {
			if ok {
				unchanged[figKey{u.p.to, k}] = true
			}
		}
		out[y] = u
	}
	return out
}

// ownName reports whether the words before a figure name a thing, more
// than one word, and it is no total of several years: read against a
// whole part (unitemized), a figure named only by who pays (投资3.5亿元，
// 实施了…) or by the words of its sentence (分别同比增长7.8%) may be any of
// the part's, and which years a total sums its section tells (五年累计，
// 共淘汰…), not the part it is read against.
func ownName(f fig) bool {
	before := f.indicator
	if f.item != "" {
		before = f.item
	}
	return !f.around && !f.years5 && len(indicatorGrams(nameWords(before), "")) > 1
}

// A crossing is a change whose old figure is in a section not paired
// with the new one's (pf holds the two sections).
type crossing struct {
	pf   pairFigures
	cand figCand
}

// acrossSections returns, by the pair of the new figure, the changes of
// figures whose sentence moved to a section not paired with their own
// (今年拟安排地方政府专项债券 in the part on investment one year and in
// the part on finance the next): a figure is read against the other side
// of its own pairs only. An old and a new figure that no pair took, and
// that a pair's diff marks as changed in every pair they are in, pair
// across sections only where they are surely one thing: each is the one
// figure of its unit in its whole document, and in the other one, whose
// indicator names the other's in the same words (SameIndicator), and
// nothing else keeps them apart (figWeights.match). A total of several
// years never crosses: which years it sums (五年淘汰 ahead, 过去五年 gone
// by) the sections tell, not the words.
func acrossSections(pfs []pairFigures, sf *sectionFigures, picked []figCand, unchanged map[figKey]bool) map[int][]crossing {
	type at struct{ pf, k int }
	taken := map[figKey]bool{}
	for _, c := range picked {
		taken[figKey{pfs[c.pair].p.from, c.a}] = true
		taken[figKey{pfs[c.pair].p.to, c.b}] = true
	}
	paired := map[[2]*prepared]bool{}
	free := [2]map[figKey]at{{}, {}}
	var order [2][]figKey      // free's keys, in the order met
	still := map[figKey]bool{} // unchanged in some pair
	for x, pf := range pfs {
		if !pf.unitemized {
			// an item and its parent's partner are no pair: their
			// figures that fell short of ItemFloor may still cross
			paired[[2]*prepared{pf.p.from, pf.p.to}] = true
		}
		for side, figs := range [2][]fig{pf.old, pf.new} {
			sec := pf.p.from
			if side == 1 {
				sec = pf.p.to
			}
			for k, f := range figs {
				key := figKey{sec, k}
				if !f.changed {
					still[key] = true
				}
				if _, ok := free[side][key]; !ok && f.changed && (!f.years5 || levelAtEnd(f)) && !f.base && !f.named && (f.of < 0 || growthOfLevel(f, figs)) && f.item == "" && !unchanged[key] && !taken[key] {
					free[side][key] = at{x, k}
					order[side] = append(order[side], key)
				}
			}
		}
	}
	fw := sf.w
	out := map[int][]crossing{}
	crossed := map[figKey]bool{} // new figures a crossing took
	var bestAt figKey
	for _, ka := range order[0] {
		xa := free[0][ka]
		a := pfs[xa.pf].old[xa.k]
		one := sf.namedSo(a, 0, "") == 1 && sf.namedSo(a, 1, "") == 1
		// two targets of one indicator cross when each is the one target
		// named so, though a result says it too (收入增长3.5%左右 against
		// 5%左右, with last year's 增长4.1% in the review)
		oneTarget := a.role == RoleTarget && sf.namedSo(a, 0, RoleTarget) == 1 && sf.namedSo(a, 1, RoleTarget) == 1
		// so do two results, each the one result of the year named so
		// (城镇新增就业1102万人 in the review part against 1168万人 in
		// the opening of the next year's plan part, with the five years'
		// 5771万人 and the targets 900万人以上 beside them)
		oneResult := a.role == RoleResult && sf.namedSo(a, 0, RoleResult) == 1 && sf.namedSo(a, 1, RoleResult) == 1
		if still[ka] || !one && !oneTarget && !oneResult {
			continue
		}
		// one figure said twice (a review's span that ends with the
		// year's level, then the year's paragraph) crosses once, with the
		// one named most nearly so, and the year's own words before the
		// span's
		var best *crossing
		bestName, bestSpan := 0.0, false
		for _, kb := range order[1] {
			xb := free[1][kb]
			b := pfs[xb.pf].new[xb.k]
			name := fw.sameName(a, b)
			if still[kb] || crossed[kb] || paired[[2]*prepared{ka.p, kb.p}] || name < SameIndicator {
				continue
			}
			sole := one && sf.namedSo(b, 1, "") == 1 && sf.namedSo(b, 0, "") == 1
			soleTarget := oneTarget && b.role == RoleTarget && sf.namedSo(b, 1, RoleTarget) == 1 && sf.namedSo(b, 0, RoleTarget) == 1
			soleResult := oneResult && b.role == RoleResult && sf.namedSo(b, 1, RoleResult) == 1 && sf.namedSo(b, 0, RoleResult) == 1
			if _, ok := fw.match(a, b); !ok || !sole && !soleTarget && !soleResult {
				continue
			}
			if ka.p.ahead != kb.p.ahead && !(ka.p.ahead && a.ended) && !(kb.p.ahead && b.ended) {
				continue // what a plan's part sets for its years is no year's figure
			}
			span := fromToFrame.MatchString(b.indicator)
			if best != nil && (name < bestName || name == bestName && (span || !bestSpan)) {
				continue // the year's own words before a span's end
			}
			pf := pairFigures{p: &Pair{From: pfs[xa.pf].p.From, To: pfs[xb.pf].p.To, from: ka.p, to: kb.p}, old: pfs[xa.pf].old, new: pfs[xb.pf].new, oldText: pfs[xa.pf].oldText, newText: pfs[xb.pf].newText}
			best, bestName, bestSpan, bestAt = &crossing{pf, figCand{a: xa.k, b: xb.k}}, name, span, kb
		}
		if best != nil {
			crossed[bestAt] = true
			x := free[1][bestAt].pf
			out[x] = append(out[x], *best)
		}
	}
	return out
}

// levelAtEnd reports whether f, of a paragraph that tells several years,
// is the level they reached, the year's as much as the years' (地区生产总值
// 从4.2万亿元增加到5.6万亿元, 经营主体达到980万户, 公园总数达1200个): not
// what they did together (五年新建…, 累计…), nor an average of them.
// Such a level, said in the review of a term or of a plan period, has its
// counterpart in the next year's review of its year, a part the pairs do
// not join to it.
func levelAtEnd(f fig) bool {
	if !f.years5 || f.average || f.cumul || f.summed || f.sumNear || f.added || f.than || f.base || workDone(f) {
		return false
	}
	if fromToFrame.MatchString(f.indicator) {
		return true
	}
	// the level said right before the figure (…总数达1200个, 经营主体达到
	// 980万户), not a word of the clause that may say something else
	// (为农户发放补贴: 为 is no level there)
	return containsAnySuffix(f.indicator, levelWords) || strings.HasSuffix(f.indicator, "达到")
}

// growthOfLevel reports whether f, the change of a figure before it, is
// a rate of a level (国内生产总值33.5万亿元，比上年增长8.7%): such a growth
// is an indicator of its own, said bare the other year (国内生产总值增长
// 10.3%), and may cross sections as a level does. A difference (比上年增加
// 6亿元) crosses only with the figure it is the change of: never alone.
func growthOfLevel(f fig, figs []fig) bool {
	return f.of >= 0 && isRate(f.Unit) && !isRate(figs[f.of].Unit)
}

// namedSo returns how many figures of f's unit in the document side (0
// old, 1 new), of the role given ("" for any), have an indicator that names f's in the same words
// (SameIndicator). A change said after a figure of another unit (完成
// 730.3亿元，增长17.9%) is named by that figure's indicator too. Figures
// of one quantity count once: a review of five years that ends with the
// year's level (由2010年的5.24亿元增加到2015年的15.07亿元) and the year's
// paragraph (公共财政预算收入达到15.07亿元) say one result twice.
func (sf *sectionFigures) namedSo(f fig, side int, role string) int {
	var seen []Quantity // one figure said twice counts once
	for _, p := range sf.docs[side] {
		figs := sf.of[p].figs
		for _, o := range figs {
			if o.Unit != f.Unit || o.base || o.named || role != "" && o.role != role {
				continue
			}
			if role == RoleResult && (o.years5 && (!levelAtEnd(o) || f.added) || o.average) {
				// the years' total or average is no result of one year;
				// the level they reached is, but of no count of what a
				// year added (新增市场主体 against 市场主体从…增加到)
				continue
			}
			s := sf.w.sameName(f, o)
			if o.of >= 0 && figs[o.of].Unit != f.Unit {
				s = max(s, sf.w.sameName(f, figs[o.of]))
			}
			if s >= SameIndicator && !slices.ContainsFunc(seen, o.Quantity.equal) {
				seen = append(seen, o.Quantity)
			}
		}
	}
	return len(seen)
}

// sameName is how nearly two figures' indicators name one thing in the
// same words, as written or in plain words (plainName), and at least
// SameIndicator for one name written two ways (oneName).
func (fw *figWeights) sameName(a, b fig) float64 {
	s := max(fw.similarity(a.grams, b.grams), fw.similarity(a.plain, b.plain))
	if s < SameIndicator && a.item == "" && b.item == "" && oneName(a, b) {
		s = SameIndicator // 能源消耗强度, 能耗强度: one name written two ways
	}
	return s
}

// matchFigures chooses among candidate changes so that every figure (its
// keys, from key) is in one at most, and the candidates chosen measure
// best together: each group of figures that compete for one another is
// an assignment problem whose gain is the square of what a candidate's
// score exceeds FigureFloor by. Taking the best candidate first and then the best of
// what is left goes wrong where two indicators differ by one word:
// 城镇居民人均可支配收入增长7% would take 农村居民人均可支配收入增长9.2% (they
// share more than 农村居民人均纯收入增长9.3% and 农村居民人均可支配收入增长
// do), and leave the rural figure to the national one. Groups too large
// to solve are chosen best first.
func matchFigures(cands []figCand, key func(figCand) (figKey, figKey)) []figCand {
	sort.SliceStable(cands, func(x, y int) bool {
		if cands[x].score != cands[y].score {
			return cands[x].score > cands[y].score
		}
		return cands[x].dist < cands[y].dist
	})
	// number the figures, old ones and new ones, and group them
	ids := map[figKey]int{}
	id := func(k figKey) int {
		n, ok := ids[k]
		if !ok {
			n = len(ids)
			ids[k] = n
		}
		return n
	}
	type ends struct{ a, b int }
	es := make([]ends, len(cands))
	for i, c := range cands {
		ka, kb := key(c)
		es[i] = ends{id(ka), -1}
		es[i].b = id(kb)
	}
	sets := newDisjoint(len(ids))
	for _, e := range es {
		sets.join(e.a, e.b)
	}
	find := sets.find
	groups := map[int][]int{} // root -> candidates, best first
	var roots []int
	for i, e := range es {
		r := find(e.a)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	const most = 300 // figures of one side in a group solved exactly
	var out []figCand
	for _, r := range roots {
		g := groups[r]
		rows, cols := map[int]int{}, map[int]int{}
		for _, i := range g {
			if _, ok := rows[es[i].a]; !ok {
				rows[es[i].a] = len(rows)
			}
			if _, ok := cols[es[i].b]; !ok {
				cols[es[i].b] = len(cols)
			}
		}
		if len(g) == 1 || len(rows) > most || len(cols) > most {
			used := map[int]bool{}
			for _, i := range g {
				if !used[es[i].a] && !used[es[i].b] {
					used[es[i].a], used[es[i].b] = true, true
					out = append(out, cands[i])
				}
			}
			continue
		}
		gain := make([][]float64, len(rows))
		at := make([][]int, len(rows))
		for k := range gain {
			gain[k] = make([]float64, len(cols))
			at[k] = make([]int, len(cols))
		}
		for _, i := range g {
			x, y := rows[es[i].a], cols[es[i].b]
			// what the score exceeds the floor by, squared: one strong
			// pair is worth more than two weak ones (子公司28家 -> 73家
			// rather than 28家 -> 总数289家 and 累计273家 -> 73家); a
			// little above zero for every candidate, and the nearer in
			// order the better where scores tie
			over := cands[i].score - FigureFloor + 0.01
			v := over*over - 1e-6*float64(min(cands[i].dist, 50))
			if v > gain[x][y] {
				gain[x][y], at[x][y] = v, i
			}
		}
		picked := []int{}
		for x, y := range assign(gain, nil) {
			if y >= 0 && gain[x][y] > 0 {
				picked = append(picked, at[x][y])
			}
		}
		sort.Ints(picked) // best first, as the greedy order
		for _, i := range picked {
			out = append(out, cands[i])
		}
	}
	return out
}

// A figKey is figure k of a section.
type figKey struct {
	p *prepared
	k int
}

// A figCand is a candidate change: figure a of a pair's old side and b of
// its new side, and how well their indicators match.
type figCand struct {
	pair, a, b int
	score      float64
	dist       int
}

// changesOfOthers reports whether f and o, of two sides, both say what
// a figure before them grew by since the year before (fig.of, than), and
// those figures measure two things: the deficit's 比上年增加9亿元 is no
// statement of the revenue's 比上年增加9亿元, though their own words are
// alike.
func changesOfOthers(fw *figWeights, f, o fig, own, figs []fig) bool {
	if !f.than || !o.than || f.of < 0 || o.of < 0 || f.of >= len(own) || o.of >= len(figs) {
		return false
	}
	return fw.similarity(own[f.of].grams, figs[o.of].grams) < FigureFloor
}

// markChanged sets changed and run on the figures that overlap a counted
// change of ops on the old (old true) or new side.
func markChanged(figs []fig, ops []Op, old bool) {
	pos, run, inRun, runAt := 0, -1, false, 0 // runAt: where the run began on this side
	for _, o := range ops {
		counted := o.Op != OpEqual && !o.Ignored
		if o.Op == OpEqual || o.Ignored {
			inRun = false
		} else if !inRun {
			inRun = true
			run++
			runAt = pos
		}
		mine := o.Op == OpEqual || (old && o.Op == OpDelete) || (!old && o.Op == OpInsert)
		if !mine {
			if counted {
				// text added or removed on the other side right at a
				// figure: 4% -> 4%{+以上+}, or where this side's text of
				// the run began, the run replacing what followed the
				// figure: 7.5%[-；城镇新增就业…-]{+左右，发展…+}
				for k := range figs {
					if figs[k].start <= pos && runAt <= figs[k].end && !figs[k].changed {
						figs[k].changed, figs[k].run = true, run
					}
				}
			}
			continue
		}
		end := pos + len(o.Text)
		if counted {
			for k := range figs {
				if figs[k].start < end && figs[k].end > pos && !figs[k].changed {
					figs[k].changed, figs[k].run = true, run
				}
			}
		}
		pos = end
	}
}

// markRealigned sets changed on the figures of old and new that a run of
// equal text of ops lines up with a figure of the other side whose
// indicator names another thing (SameIndicator): the diff may keep
// 失业率5.5%左右 equal across 城镇调查[-失业率6%左右，城镇登记-]失业率5.5%左右,
// though the old 5.5% is 登记's and the new one 调查's, which changed.
func (fw *figWeights) markRealigned(old, new []fig, ops []Op) {
	pa, pb := 0, 0
	for _, o := range ops {
		n := len(o.Text)
		switch o.Op {
		case OpDelete:
			pa += n
			continue
		case OpInsert:
			pb += n
			continue
		}
		for i := range old {
			a := &old[i]
			if a.changed || a.start < pa || a.start >= pa+n {
				continue
			}
			for j := range new {
				b := &new[j]
				if b.start-pb == a.start-pa && !b.changed && fw.similarity(a.ownGrams(), b.ownGrams()) < SameIndicator {
					a.changed, b.changed = true, true
				}
			}
		}
		pa, pb = pa+n, pb+n
	}
}

// ownGrams returns the character pairs of what f measures: its thing's
// and what is said of it when f is one of several things a figure is
// said of at once (eachOfThings), its indicator's otherwise.
func (f fig) ownGrams() []uint64 {
	if f.each != "" {
		return f.itemGrams
	}
	return f.grams
}

// figCandidates returns the candidate changes among the figures of the
// pair pfs[k] that touch a change of its diff (marked already), leaving
// out those stated unchanged in this pair or another (see the design note
// at the top of this file).
func figCandidates(pf pairFigures, k int, w *figWeights, unchanged map[figKey]bool) []figCand {
	figsA, figsB := pf.old, pf.new
	var ca, cb []int
	for k, f := range figsA {
		if f.changed && !f.base && !f.named && !unchanged[figKey{pf.p.from, k}] {
			ca = append(ca, k)
		}
	}
	for k, f := range figsB {
		if f.changed && !f.base && !f.named && !unchanged[figKey{pf.p.to, k}] {
			cb = append(cb, k)
		}
	}
	var cands []figCand
	for _, i := range ca {
		for _, j := range cb {
			a, b := figsA[i], figsB[j]
			s, ok := w.match(a, b)
			if !ok || pf.unitemized && (s < ItemFloor || !ownName(a) || !ownName(b)) {
				continue
			}
			if a.run >= 0 && a.run == b.run {
				s += 0.1 // replaced in place: [-12-]{+15+}
			}
			s += sameItem(a, b)
			d := a.order - b.order
			if d < 0 {
				d = -d
			}
			cands = append(cands, figCand{k, i, j, s, d})
		}
	}
	return cands
}

// match returns how well the indicators of an old figure a and a new
// figure b match, and whether they may be one figure changed at all (see
// the design note at the top of this file).
func (fw *figWeights) match(a, b fig) (float64, bool) {
	if a.unit != b.unit && (!countsOneThing(a, b) || sameValue(a.Value, b.Value)) || a.Quantity.equal(b.Quantity) || !a.Quantity.near(b.Quantity) || a.scope.apart(b.scope) {
		return 0, false // 10项民生实事, 10件民生实事: one count, unchanged
	}
	s := fw.similarity(a.grams, b.grams)
	switch {
	case a.item != "" && b.item != "":
		// both one of several things: the things and what is said of them
		s = fw.similarity(a.itemGrams, b.itemGrams)
	case a.item != "":
		// one of several things: that thing may be all the other
		// names (家庭农场、农民合作社6000家、3000家 against 家庭农场
		// 4000家), where the whole list would say too much
		s = max(s, fw.similarity(a.itemGrams, b.grams))
	case b.item != "":
		s = max(s, fw.similarity(a.grams, b.itemGrams))
	}
	written := a.item == "" && b.item == "" && oneName(a, b)
	if written {
		s = max(s, SameIndicator) // 代发地方债, 代地方发债: one name written two ways
	}
	if s < FigureFloor || unnamedItem(a, b) || unnamedItem(b, a) {
		return 0, false
	}
	if a.years5 != b.years5 && yearsTotal(a, b) {
		return 0, false
	}
	if a.item == "" && b.item == "" && !written && siblings(a, b) {
		return 0, false // 高新技术产业增加值, 服务业增加值
	}
	if a.role == RoleResult && b.role == RoleTarget {
		// the old report's result is of the year before it, the new
		// one's target of the year after that: two years apart and of
		// two kinds, no figure changed (实际利用外资 增长20%左右 in the
		// review of 2028 against 增长5% set for 2030)
		return 0, false
	}
	if stagesApart(a, b) || stagesApart(b, a) {
		return 0, false // 改造开工742个 counts work begun, not 引入物业服务
	}
	if countsApart(a, b) {
		return 0, false // 7个大型产业集聚区 counts zones, 项目超270个 projects
	}
	if a.added != b.added && !isRate(a.Unit) && (reached(a) || reached(b)) {
		return 0, false // 新增发电装机 is what the year added, 装机容量达到 the total
	}
	if a.than != b.than && !isRate(a.Unit) {
		return 0, false // 比去年增加1万亿元 is what 2.76万亿元 grew by, not what it became
	}
	if a.perMille*b.perMille < 0 {
		return 0, false // 学科入围前1‰ is no 学科入围前1%
	}
	if a.average != b.average {
		return 0, false // 年均增长5.6% is the years', 增长6% the year's
	}
	if sharesApart(a, b) {
		return 0, false // 80%以上的县 is no share of 50%以上的城市
	}
	if len(a.whole) > 0 && len(b.whole) > 0 && !alike(a.whole, b.whole) && !alike(b.whole, a.whole) {
		return 0, false // a share of 规模以上工业 is no share of 地区生产总值
	}
	if sharersApart(a, b) {
		return 0, false // 教育经费支出's share of 国内生产总值 is no 研发支出's
	}
	if zonePart(a, b) || zonePart(b, a) {
		return 0, false // 云溪实际利用外资 is a zone's, 实际利用外资 the whole place's
	}
	if twinNearer(a, b) || twinNearer(b, a) {
		return 0, false // 小巨人企业742家 is the total 总数达1025家 is, not the 新增296家 before it
	}
	if a.share && b.sum || b.share && a.sum {
		return 0, false // 其中中央财政赤字8500亿元 is a part of what 全国财政赤字合计9500亿元 sums
	}
	if a.listTotal != b.listTotal && (a.listTotal && (b.item != "" || b.several) || b.listTotal && (a.item != "" || a.several)) {
		return 0, false // 科技、教育、卫生、文化等方面的支出1168亿元 is all four, 科技's 774亿元 one of them
	}
	if a.lostItem && b.oneOf || b.lostItem && a.oneOf {
		return 0, false // 分别同比增长7.8% after two incomes is neither's growth for sure
	}
	if partOfSum(a, b) || partOfSum(b, a) {
		return 0, false // 保障性住房300万套 is one item of 保障性住房、棚户区改造住房共1000万套
	}
	if a.cumul != b.cumul && !isRate(a.Unit) {
		return 0, false // 累计创建288个 is all there are, 新增76个 the year's
	}
	if a.item == "" && b.item == "" && !written && len(a.names) > 0 && len(b.names) > 0 {
		ns := fw.similarity(a.names, b.names)
		if a.around || b.around {
			// a sentence says more than a name: what they share
			ns = fw.overlap(a.names, b.names)
		}
		if ns < NameFloor {
			return 0, false // alike in what is said of them only: 社会消费品零售总额完成同比增长, 固定资产投资额完成同比增长
		}
	}
	return s, true
}

// twinNearer reports whether a is what a year added, said with the total
// it made (新增296家、总数达1025家), and b, which says neither that it was
// added nor that it is a level reached (小巨人企业742家), is nearer in
// size to that total than to a: b is the total of the other year, and
// the total after a is its change. A bare figure nearer to what was added
// (培育创新型企业30家 against 新增36家、总数达150家) is the year's work.
func twinNearer(a, b fig) bool {
	if a.twin == 0 || !a.added || b.added || reached(b) || b.cumul || isRate(b.Unit) {
		return false
	}
	ratio := func(x, y float64) float64 {
		x, y = math.Abs(x), math.Abs(y)
		if x == 0 || y == 0 {
			return math.Inf(1)
		}
		return max(x, y) / min(x, y)
	}
	return ratio(b.Value, a.twin) < ratio(b.Value, a.Value)
}

// sumWords, right before a figure (after a verb of one character at
// most: 共计, 合计达), say that it is the sum of what the words before
// them list.
var sumWords = []string{"共计", "合计", "总计", "共"}

// sumOf returns, when before (a figure's indicator) lists several things
// with 、 and says the figure is their sum (建设保障性住房、棚户区改造住房
// 共1000万套), the letters that tell each item from the others (建设保障性,
// 棚户区改造); nil when it says no sum of a list, or an item is told apart
// by nothing.
func sumOf(before string) [][]rune {
	rest := before
	for _, v := range []string{"达到", "达", "为"} {
		if r, ok := strings.CutSuffix(rest, v); ok {
			rest = r
			break
		}
	}
	list := ""
	if strings.HasSuffix(rest, "公共") {
		return nil // 公共 is no sum word
	}
	for _, w := range sumWords {
		if r, ok := strings.CutSuffix(rest, w); ok {
			list = r
			break
		}
	}
	items := strings.Split(list, "、")
	if len(items) < 2 {
		return nil
	}
	out := make([][]rune, len(items))
	for i, it := range items {
		others := map[rune]bool{}
		for j, o := range items {
			if j != i {
				for _, r := range o {
					others[r] = true
				}
			}
		}
		for _, r := range letters(it) {
			if !others[r] {
				out[i] = append(out[i], r)
			}
		}
		if len(out[i]) == 0 {
			return nil
		}
	}
	return out
}

// listTotalOf reports whether before, the words of a figure's clause
// before it, list several things with 、 and close the list by 等 (用于
// 科技、教育、卫生、文化等方面的支出): the figure, the only one of its
// clause, is what they sum to, not what any one of them measures. 分别
// says the figures after it are the things' one by one.
func listTotalOf(before string) bool {
	if strings.Contains(before, "分别") {
		return false
	}
	items := strings.Split(before, "、")
	if len(items) < 2 {
		return false
	}
	last := []rune(items[len(items)-1])
	for i, r := range last {
		// 等 closing a list, not a word's 等 (高等教育, 一等奖, 等级)
		if r == '等' && i > 0 && !strings.ContainsRune("高中初同平对均优上下一二三特", last[i-1]) && (i+1 == len(last) || !strings.ContainsRune("级次奖待候于同", last[i+1])) {
			return true
		}
	}
	return false
}

// sumSaid reports whether before, a figure's indicator, ends by saying
// that the figure is a sum (全国财政赤字合计, 共计): a whole, whatever it
// sums.
func sumSaid(before string) bool {
	for _, v := range []string{"达到", "达", "为"} {
		if r, ok := strings.CutSuffix(before, v); ok {
			before = r
			break
		}
	}
	return containsAnySuffix(before, sumWords) && !strings.HasSuffix(before, "公共")
}

// partOfSum reports whether a is the sum of a list (sumOf) and b, no sum
// of its own, names some of its items and not all: a part of the whole
// (建设保障性住房300万套 against 保障性住房、棚户区改造住房共1000万套). A
// figure whose clause names every item (新建改扩建学校 against 新建、改扩建
// 学校共) is the same sum said without the word.
func partOfSum(a, b fig) bool {
	if len(a.parts) == 0 || len(b.parts) > 0 || isRate(a.Unit) {
		return false
	}
	for _, p := range a.parts {
		if !alike(p, b.clause) {
			return true
		}
	}
	return false
}

// sharerOf returns the letters of what a share is the share of its whole
// is: the words of its clause before 占 (before), or, when those name no
// more than a time (2012年占国内生产总值比例达到4%), the words of the
// first clause of its sentence (sentence, up to its clause), which name
// the thing the sentence is about (国家财政性教育经费支出五年累计…). The
// place all of it is in (全市) tells no thing apart.
func sharerOf(before, sentence string) []rune {
	part, _, _ := strings.Cut(before, "占")
	part = shareTimes.ReplaceAllString(placeWords.Replace(part), "")
	if len(letters(part)) >= 2 {
		return letters(part)
	}
	if i := strings.IndexFunc(sentence, clauseStop); i >= 0 {
		sentence = sentence[:i]
	}
	if i := strings.IndexFunc(sentence, unicode.IsDigit); i >= 0 {
		sentence = sentence[:i]
	}
	return letters(shareTimes.ReplaceAllString(placeWords.Replace(sentence), ""))
}

// shareTimes are the words of a time (2012年, 今年, 年底), which name no
// thing a share is of.
var shareTimes = regexp.MustCompile(`[0-9０-９]+年(底|末)?|今年|去年|全年|当年|年底|年末|其中|同时|并|已|将`)

// sharersApart reports whether two shares (whole) are shares of two
// things of one kind (教育经费支出 and 研发支出 of 国内生产总值): their
// sharers are siblings, each saying before the head they share what the
// other says nowhere in its clause.
func sharersApart(a, b fig) bool {
	if len(a.sharer) == 0 || len(b.sharer) == 0 {
		return false
	}
	ma, mb := modifier(a.sharer, b.sharer), modifier(b.sharer, a.sharer)
	if len(ma) == 0 || len(mb) == 0 {
		return false
	}
	return !alike(ma, append(slices.Clone(b.clause), b.sharer...)) && !alike(mb, append(slices.Clone(a.clause), a.sharer...))
}

// sharesApart reports whether two shares say, after them, of what things
// they are shares (扩大到全国80%以上的县, 50%以上的城市) and the two name no
// thing alike.
func sharesApart(a, b fig) bool {
	of := func(f fig) []rune {
		rest, ok := strings.CutPrefix(f.after, "的")
		if f.Unit != "%" || !ok {
			return nil
		}
		return letters(rest)
	}
	oa, ob := of(a), of(b)
	return len(oa) > 0 && len(ob) > 0 && !alike(oa, ob) && !alike(ob, oa)
}

// yearsTotal reports whether, of two figures in paragraphs of which one
// opens with a span of several years (五年来，) and the other not, the
// one of the years is a rate its own words say is of the years (五年增长
// 30.8%), or the larger is more than twice the smaller, neither a rate nor, the one of
// the years, said of one year (全年, 今年, 2022年; the other saying 全年
// says only that it is the year's): then it is the total of the years (五年筹建保障性
// 安居工程81万套 against the year's 33万套), no change of the year's figure.
// A level reached at the end of the years (地区生产总值达12.8万亿元 against
// 12.4万亿元) is no more than twice the last year's and still pairs.
func yearsTotal(a, b fig) bool {
	years, year := a, b
	if b.years5 {
		years, year = b, a
	}
	if isRate(a.Unit) {
		// 居民人均可支配收入五年增长30.8%: a growth over the years its
		// own words name
		// or whose sentence opens summing the years up (五年累计，…；…
		// 二氧化硫排放总量下降17.5%) against one year's (下降3.5%), not
		// against another sum (前四年累计…下降12.6%, or 累计 said in an
		// earlier clause of its sentence: sumBefore)
		return (yearsInClauses(years.indicator) || years.summed) && !yearsInClauses(year.indicator) && !year.summed && !year.sumNear
	}
	if f := years.indicator; yearRe.MatchString(f) || strings.Contains(f, "全年") || strings.Contains(f, "当年") || strings.Contains(f, "年内") {
		return false
	}
	x, y := math.Abs(a.Value), math.Abs(b.Value)
	if x > 2*y || y > 2*x {
		return true
	}
	return workDone(years)
}

// workDone reports whether f counts work done (完成6.64万户…整治, 改造农村危房
// 7.57万户), not a level reached (地区生产总值达12.8万亿元, 突破1600万户,
// 平均浓度降至20微克): in a paragraph of several years, that is what
// the years did together.
func workDone(f fig) bool {
	return !containsAnyOf(f.indicator+f.text, levelWords) && containsAnyOf(f.indicator+f.after, doneWords)
}

// levelWords say that a figure is a level reached; doneWords that it is
// work done.
var (
	levelWords = []string{"达", "突破", "超过", "增至", "提高到", "提高至", "降至", "降到", "下降到", "总量", "总数", "余额", "规模", "为"}
	doneWords  = []string{"完成", "新增", "新建", "建成", "改造", "整治", "治理", "培训", "解决", "筹建", "创建", "建设", "引进", "消除", "惠及", "帮助", "拆除"}
)

// nameRunes returns the letters of the words of before and after that
// name a thing, in order, without the place the whole report is about
// (全省, 全市).
func nameRunes(before, after string) []rune {
	return letters(placeWords.Replace(nameWords(before) + "|" + nameWords(after)))
}

// letters returns the letters of s.
func letters(s string) []rune {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) {
			rs = append(rs, r)
		}
	}
	return rs
}

var placeWords = strings.NewReplacer("全省", "|", "全市", "|", "全县", "|", "全区", "|", "全国", "|", "全州", "|", "全旗", "|", "全盟", "|")

// siblings reports whether two names share a head and differ entirely in
// what they say of it before: 高新技术产业增加值 and 服务业增加值, 重点县域
// 特色产业集群 and 超百亿元特色产业集群, 社会消费品零售总额 and 网络消费零售额
// are things of one kind, not one thing. The head starts at a name's first
// word that shares a character pair with the other name; the words before
// it that say what kind of thing it is (modifier) are compared: when both
// say something and the two share no character pair (no character where
// one is a single one), the names are siblings.
func siblings(a, b fig) bool {
	ma, mb := modifier(a.name, b.name), modifier(b.name, a.name)
	if len(ma) == 0 || len(mb) == 0 || onlyScopes(ma) && onlyScopes(mb) {
		// 城市登记失业率 and 城镇登记失业率: what a scope word tells
		// apart scopeClasses decides (城镇 and 农村 are apart, 城市 and
		// 城镇 one scope)
		return false
	}
	// what one says of the head the other says nowhere in its clause
	// (望川经济开发区 may stand before what an indicator is read back to)
	return !alike(ma, b.clause) && !alike(mb, a.clause)
}

// onlyScopes reports whether m is made of words of scopeClasses only.
func onlyScopes(m []rune) bool {
	s := string(m)
	for _, classes := range scopeClasses {
		for _, words := range classes {
			for _, w := range words {
				s = strings.ReplaceAll(s, w, "")
			}
		}
	}
	return s == ""
}

// alike reports whether m shares a character pair with rs, or a
// character when m is a single one.
func alike(m, rs []rune) bool {
	if len(m) == 1 {
		return slices.Contains(rs, m[0])
	}
	ps := pairSet(rs)
	for k := 1; k < len(m); k++ {
		if ps[[2]rune{m[k-1], m[k]}] {
			return true
		}
	}
	return false
}

// modifier returns the words of name a before its head (see siblings)
// that say what kind of thing the head is: not verbs (建设高标准农田 is
// 新建高标准农田), adverbs, prepositions, times or the like, nor the words
// that say the thing was added in the year (新增), which both names may
// open with and which are no head. It returns nil when a has no head.
func modifier(a, b []rune) []rune {
	other := pairSet(b)
	s := string(a)
	var out []rune
	for _, t := range analysis.AppendTokensNoHMM(nil, s) {
		w := []rune(s[t.Start:t.End])
		if slices.Contains(addedWords, string(w)) {
			continue // 新增海上风电装机 and 新增分布式光伏装机: both added, of two kinds
		}
		head := false
		if len(w) == 1 {
			head = slices.Contains(b, w[0])
		}
		for k := 1; k < len(w) && !head; k++ {
			head = other[[2]rune{w[k-1], w[k]}]
		}
		if head {
			return out
		}
		_, _, pos := analysis.DictFreq(string(w))
		if len(w) == 1 || pos != "" && strings.ContainsRune("vdpcuqrft", rune(pos[0])) {
			continue // a character alone (年进出口总额, 超百亿元) names no kind
		}
		out = append(out, w...)
	}
	return nil
}

func pairSet(rs []rune) map[[2]rune]bool {
	m := make(map[[2]rune]bool, len(rs))
	for k := 1; k < len(rs); k++ {
		m[[2]rune{rs[k-1], rs[k]}] = true
	}
	return m
}

// isRate reports whether unit is that of a rate or a share.
func isRate(unit string) bool {
	switch unit {
	case "%", "个百分点", "‰":
		return true
	}
	return false
}

// numberChanges returns the changes of a pair chosen among its candidates,
// in the order of the new text.
func numberChanges(pf pairFigures, chosen []figCand) []NumberChange {
	p, oldText, newText := pf.p, pf.oldText, pf.newText
	type found struct {
		nc        NumberChange
		at, oldAt int
	}
	var out []found
	both := map[[2]int]int{} // figures said of several things in both years: where their first change is
	for _, c := range chosen {
		a, b := pf.old[c.a], pf.new[c.b]
		if a.each != "" && b.each != "" {
			// 游客接待量、旅游收入均增长10% -> 均增长12%: one figure
			// changed, said of the same things both years, is one change
			k := [2]int{a.start, b.start}
			if i, ok := both[k]; ok {
				out[i].nc.Indicator = b.eachAll
				continue
			}
			both[k] = len(out)
		}
		from := *p.From
		out = append(out, found{NumberChange{
			From:        a.text,
			To:          b.text,
			Context:     clause(newText, b.start, b.end),
			OldContext:  clause(oldText, a.start, a.end),
			Section:     *p.To,
			OldSection:  &from,
			Indicator:   b.label(),
			Unit:        b.Unit,
			Old:         a.Quantity,
			New:         b.Quantity,
			Sentence:    sentence(newText, b.start, b.end),
			OldSentence: sentence(oldText, a.start, a.end),
			OldRole:     a.role,
			Role:        b.role,
		}, b.start, a.start})
	}
	sort.SliceStable(out, func(x, y int) bool {
		// one figure said of several things: theirs in the order named
		return out[x].at < out[y].at || out[x].at == out[y].at && out[x].oldAt < out[y].oldAt
	})
	changes := make([]NumberChange, 0, len(out))
	seen := map[[3]string]bool{}
	for _, f := range out {
		// a target stated twice in one section is one change
		k := [3]string{f.nc.From, f.nc.To, f.nc.Indicator}
		if !seen[k] {
			seen[k] = true
			changes = append(changes, f.nc)
		}
	}
	return changes
}

// sentence returns the sentence of s around s[start:end]: from the end
// of the sentence before (。！？； or a line break) to the end of this
// one, at most 80 characters on each side of the figure (… where cut).
func sentence(s string, start, end int) string {
	i, j, cutI, cutJ := sentenceBounds(s, start, end)
	pre, post := "", ""
	if cutI {
		pre = "…"
	}
	if cutJ {
		post = "…"
	}
	return pre + strings.TrimSpace(s[i:j]) + post
}

// sentenceBounds returns the start and end of the sentence of s around
// s[start:end], at most 80 characters on each side of it, and whether
// each was cut there.
func sentenceBounds(s string, start, end int) (i, j int, cutI, cutJ bool) {
	const most = 80
	i = start
	n := 0
	for ; i > 0 && n < most; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if sentenceEnd(r) {
			break
		}
		i -= size
	}
	cutI = n == most && i > 0
	j = end
	n = 0
	for ; j < len(s) && n < most; n++ {
		r, size := utf8.DecodeRuneInString(s[j:])
		j += size
		if sentenceEnd(r) {
			break
		}
	}
	cutJ = n == most && j < len(s)
	return i, j, cutI, cutJ
}

func sentenceEnd(r rune) bool { return strings.ContainsRune("。！？；\n!?;", r) }

// eachWords are the words that may follow 均 or 都 when they say that
// one figure is each of several things' (游客接待量、旅游收入均增长12%,
// 解决率和满意率都达到95%), not part of a word (人均, 均衡, 首都).
var eachWords = []string{"增长", "下降", "提高", "提升", "达到", "达", "为", "是", "超过", "超", "保持", "稳定在", "控制在", "突破",
	"比上年", "比去年", "同比", "较上年", "实现", "高于", "低于", "完成", "减少", "增加", "降低", "上升", "在"}

// eachSaid returns the things a clause names before 均 or 都, when it
// says that the figure after is each of them (A、B均增长10%: A and B), the
// words after 均, and whether it does. The things are n of them as
// respectively reads them: joined by 、, the last two perhaps by 和, 及
// or 与 (城镇和农村居民人均可支配收入均增长7%: 城镇居民人均可支配收入 and
// 农村居民人均可支配收入).
func eachSaid(clause string) (items []string, verb string, ok bool) {
	for _, mark := range []string{"均", "都"} {
		i := strings.LastIndex(clause, mark)
		if i <= 0 {
			continue
		}
		things, rest := clause[:i], clause[i+len(mark):]
		prev, _ := utf8.DecodeLastRuneInString(things)
		if mark == "均" && strings.ContainsRune("人年亩平户日月地", prev) || utf8.RuneCountInString(rest) > 8 || strings.ContainsFunc(rest, clauseStop) {
			continue // 人均, 年均: an average, not each
		}
		if !containsAnyPrefix(rest, eachWords) {
			continue
		}
		if strings.Contains(things, "等") {
			continue // 文旅、物流等项目都在…: a list left open names no things one by one
		}
		parts := strings.Split(things, "、")
		n := len(parts)
		for _, c := range []string{"和", "及", "与"} {
			if a, b, found := strings.Cut(parts[n-1], c); found && a != "" && b != "" {
				n++
				break
			}
		}
		if items = respectively(things, n); items != nil {
			return items, rest, true
		}
	}
	return nil, "", false
}

// eachOfThings returns out, the figures of a text s, with every figure
// said of several things at once (全年游客接待量、旅游综合收入均增长12%;
// 问题解决率和办理满意率均达到95%) read as one figure of each of them, in
// the order named: each copy is one item (respectively) and pairs on its
// own, so the other year's 游客接待量增长10%，旅游综合收入增长15% gives two
// changes, not one of a figure said of both and the other left out. The
// copies hold the figure's place in s; the figure each change is of (of)
// is read as the first copy of it.
func eachOfThings(s string, out []fig) []fig {
	var res []fig
	first := make([]int, len(out))
	for k, f := range out {
		first[k] = len(res)
		if f.several || f.item != "" || f.base || f.named {
			res = append(res, f)
			continue
		}
		i, _, _ := backToClause(s, f.start, -1, 40)
		all := noSpace(s[i:f.start])
		items, verb, ok := eachSaid(all)
		if !ok {
			res = append(res, f)
			continue
		}
		whole := scopeOf(f.indicator, false)
		for _, it := range items {
			c := f
			c.item, c.each, c.eachAll = it, verb, all
			c.itemGrams = indicatorGrams(c.label(), c.after)
			c.several, c.oneOf = true, true
			c.scope = scopeOf(it, true)
			c.scope[kindGroup], c.scope[baseGroup] = whole[kindGroup], whole[baseGroup]
			res = append(res, c)
		}
	}
	if len(res) == len(out) {
		return out
	}
	for k := range res {
		if res[k].of >= 0 {
			res[k].of = first[res[k].of]
		}
	}
	return res
}

// listUnits returns qs, the figures of s, with the numbers of a list
// after 分别 that write their unit once, after the last of them (进口、
// 出口、转口分别为1、2、3亿元; 分别增长5.1、7.2和9.3个百分点), read as
// figures of that unit: 1 is 1亿元, not a heading's number nor a bare 1.
// Only such a list is read so, its numbers in Arabic digits joined by 、,
// 和, 及 or 与, its clause saying 分别 before the first: elsewhere a
// number before 、 is a heading's or an item's (1、2号线).
func listUnits(s string, qs []quantity, skip int) []quantity {
	var out []quantity
	for _, q := range qs {
		num := strings.TrimLeftFunc(q.text, func(r rune) bool { return r >= '0' && r <= '9' || r == '.' })
		if q.Unit == "" || num == q.text || !strings.HasPrefix(s[q.start:], q.text) {
			out = append(out, q)
			continue
		}
		// the numbers before q, last first, each joined to the next by a mark
		var bare []quantity
		at := q.start
		for {
			sep := ""
			for _, m := range []string{"、", "和", "及", "与"} {
				if strings.HasSuffix(s[:at], m) {
					sep = m
					break
				}
			}
			if sep == "" {
				break
			}
			j := at - len(sep)
			i := strings.TrimRightFunc(s[:j], func(r rune) bool { return r >= '0' && r <= '9' || r == '.' })
			if len(i) == j || s[len(i)] == '.' || s[j-1] == '.' {
				break
			}
			bare = append(bare, quantity{text: s[len(i):j], start: len(i), end: j})
			at = len(i)
		}
		cs, _, _ := backToClause(s, at, -1, 40)
		if len(bare) == 0 || !strings.Contains(s[cs:at], "分别") {
			out = append(out, q)
			continue
		}
		var read []quantity
		for _, b := range slices.Backward(bare) {
			r := withUnit(b, num)
			if r.Unit != q.Unit || b.start < skip {
				read = nil
				break
			}
			read = append(read, r)
		}
		// the bare numbers read already (7.2 of 5.1、7.2和9.3个百分点) give
		// way to the list's
		for len(out) > 0 && len(read) > 0 && out[len(out)-1].start >= read[0].start {
			out = out[:len(out)-1]
		}
		out = append(append(out, read...), q)
	}
	return out
}
