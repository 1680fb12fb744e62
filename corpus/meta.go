package corpus

// Metadata
//
// Each field comes from the strongest evidence available, and stays empty
// (with a warning naming what was seen) when the evidence is weak or
// contradicts itself: a wrong value is worse than an empty one. Evidence,
// strongest first (the Origin constants record which one gave each field):
//
//   - the report's title block (titleblock.go): its title line(s), the date
//     line (——2024年1月20日在某市第五届人民代表大会第四次会议上), the speaker
//     line (市长 某某), the greeting 各位代表 and the opening (现在，我代表市
//     人民政府，向大会报告政府工作);
//   - the body: the year its review part reviews (一、2023年工作回顾: the 2024
//     report) or its plan part plans; for documents that are not speeches to
//     a congress (an education bureau's plans and summaries), the first line
//     as title and the places the body names (gazetteer.go);
//   - a collector's header (collector.go), which can be wrong: the body wins
//     when they disagree, with a warning;
//   - the file name (2012.txt, 深圳.docx, anhui_2026.txt), weakest: a place
//     it names must fit the level the body speaks for and be named in the
//     body, and the places the body names win over it when they disagree.
//
// Conventions: Year is the report's own year, the session's for a
// government work report (a report given in January 2024 that reviews 2023
// is 2024), never a target year (2035年远景目标) or a page's date. Region is
// the issuing body's own place at its own level, full name (全国 for the
// State Council, 某某自治州, 某区); a national report's region never comes
// from the places its text mentions, a provincial one's only when its head
// names none and the body names one province far more than any other
// (inferProvince). Issuer is 国务院, or the kind of body: 人民政府, 行政公署,
// 教育局, 教育体育局; with its level when the paper leaves its place blank
// or unnamed (镇人民政府, 县教育局: blankPlaceLevel), all it says of it.

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	yearRe       = mustLitRe(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)
	bodyYearRe   = mustLitRe(`((?:19|20)[0-9]{2})\s*年`)
	issuerRe     = mustLitRe(`教育和体育局|教育体育局|教体局|教育局|教育委员会|教委|教育厅|人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府`)
	placeChainRe = mustLitRe(`^(?:\p{Han}{2,7}?(?:自治区|自治州|自治县|省|市|地区|盟|县|旗|区))+`)
	placeRe      = mustLitRe(`\p{Han}{2,7}?(?:自治区|自治州|自治县|省|市|地区|盟|县|旗|区)`)
	// oneCharCountyRe matches a county named by one character and 县.
	oneCharCountyRe = mustLitRe(`^\p{Han}县`)
	// oneCharDistrictRe matches a district's name of one character and 区
	// (城区, 郊区, 矿区) at the start of the text after a city.
	oneCharDistrictRe = mustLitRe(`^\p{Han}区`)
	leadYearRe        = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年?度?\s*)`)
	// leadMonthRe matches the year and the month a month's paper opens
	// with (2031年07月某区教育局工作安排, 2031年3月份…), and the day a
	// headline's date gives after them (2031年1月10日某县…会议), in digits
	// or, as old papers date them, in Chinese numerals (二〇三一年一月二十日
	// 某县…会议通过, its year made digits by arabicYears).
	leadMonthRe = mustLitRe(`^(?:19|20)[0-9]{2}\s*年\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月份?(?:\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*`)
	placeFollow = mustLitRe(`^(?:教育|人民政府|政府|人大常委会|人民代表大会|教体|教委|党委|委员会|关于|[0-9]|“|年|上半年|下半年|工作|第|召开|举行|隆重|两会|《(?:[0-9]|政府|工作|教育))`)
	// ledeMeetingRe matches a meeting named with its place at a lede's
	// start: 某县卫生健康工作会议召开.
	ledeMeetingRe = mustLitRe(`^(\p{Han}{2,12}?(?:省|市|县|区|旗|州|盟))\p{Han}{2,8}?工作会议`)
	// ledeLeadRe matches what comes before a news lede's first words: an
	// abstract's label, a dateline (本报讯, 某某网讯 and its credit), the day.
	ledeLeadRe = mustLitRe(`^(?:摘要\s*[：:]\s*|\p{Han}{0,10}(?:[0-9]{1,2}月[0-9]{1,2}日)?讯\s*(?:[（(][^（()）]{0,40}[）)])?\s*)?(?:[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上?)?\s*[，,]\s*)?`)
	// newsRe matches what only a news page carries: the day it was posted,
	// a news column, a labelled source that is a medium (来源：某某日报, and
	// a county's media centre, 来源：某县融媒体中心).
	newsRe = mustLitRe(`发布日期|发布时间|当前位置.{0,40}(?:新闻|动态|资讯)|新闻中心|来源[：:].{0,20}(?:报|网|台|新闻|融媒|传媒中心)`)
	// A story's lede that opens with its paper's or agency's dateline
	// (某某报讯, 某某网某地1月20日讯（记者…）, 某某社某地三月五日电), and the
	// dateline a paper closes its story with (（北京五日电）): news.
	newsLedeRe = mustLitRe(`(?m)^[ \t\x{3000}]*` + datelinePat + `(?:[ \t\x{3000}（(：:]|$)`)
	// reportVoiceRe matches a speaker's opening that reports to the
	// congress in the first person (现在，我代表某某，向大会报告工作; 我受
	// 某某委托，向大会作…): a wire's dateline over it carries the report,
	// not a story about it.
	reportVoiceRe     = mustLitRe(`我谨?(?:代表|受)[^。；！？]{0,60}?向(?:大会|本次会议)(?:作|报告|汇报|提交)`)
	closingDatelineRe = mustLitRe(`[（(]\p{Han}{2,4}(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日电[）)]`)
	// The part of a work report that reviews a year (2031年工作回顾, and in
	// older reports 一九八五年的主要工作情况: the work done), and the part
	// that plans one (2032年主要任务, 2032年工作目标和主要任务).
	reviewRe = mustLitRe(`((?:19|20)[0-9]{2})\s*年(?:的)?(?:(?:政府)?工作(?:的)?回顾|主要工作情况)`)
	planRe   = mustLitRe(`((?:19|20)[0-9]{2})\s*年(?:的)?(?:政府工作|工作)?(?:的)?(?:总体要求|总体思路|工作安排|重点工作|主要任务|工作任务|总体部署|工作部署|工作总体部署|目标(?:和|与|及)?(?:主要|重点)?任务|工作建议|主要目标)|做好((?:19|20)[0-9]{2})\s*年(?:的)?(?:政府)?工作`)
	// A page's publisher: 发布机构：某县人民政府办公室, also in a table's
	// cell after the label's (发布机构： | 某区农业农村局 |, the colon lost:
	// 发布机构 | 某州教育局 |, or spaced: 发文机关 :某市教育局), and the
	// issuing unit a disclosure table names (发文单位：某县人民政府, 发文机构：
	// 某市教育局).
	publisherRe = mustLitRe(`(?:发布机构|发布单位|来源单位|发文单位|发文机关|发文机构)\s*(?:[：:]\s*[|｜]?|[|｜])\s*(\p{Han}{2,30})`)
	// The same label printed one cell a line, its value on the next line
	// (发布机构 / 某市生态环境局某县分局), as a page's table scraped cell by
	// cell gives it; publisherCell checks the value is a body's name.
	publisherCellRe = mustLitRe(`(?m)^[ \t\x{3000}]*(?:发布机构|发布单位|来源单位|发文单位|发文机关|发文机构)[ \t\x{3000}]*\r?\n[ \t\x{3000}]*(\p{Han}{2,30})[ \t\x{3000}]*\r?$`)
	// A government site's footer: 主办：某县人民政府办公室, 主办单位：….
	siteHostRe = mustLitRe(`(?m)^\s*主办(?:单位)?[：:]\s*(\p{Han}{2,30})`)
	// A government as a page's publisher or source, its label's colon or
	// its table's bar lost or not: 发布机构云岫市人民政府, 来源：某县人民政府.
	// govSiteRe matches a government's own site by its name (某县人民政府
	// 门户网站, 某自治区政府门户网站); group 1 is the government.
	govSiteRe       = mustLitRe(`(\p{Han}{2,20}?(?:人民政府|政府))(?:门户网站|门户网|网站|官网)`)
	pagePublisherRe = mustLitRe(`(?:发布机构|发布单位|发文单位|来源单位|发文机关|来源)\s*[：:]?\s*[|｜]?\s*(\p{Han}{2,20}?人民政府)`)
	// mastheadGovRe matches a portal's name, a government's, alone on its
	// line (某区人民政府); group 1 is the government.
	mastheadGovRe = mustLitRe(`^\s*(\p{Han}{2,20}?人民政府)\s*$`)
)

// nationalCongressRe matches a title that opens with the national
// congress's name, its term before it or not: 第十届全国人民代表大会…,
// 全国人民代表大会常务委员会….
var nationalCongressRe = mustLitRe(`^(?:第[一二三四五六七八九十0-9]{1,3}届)?全国人民代表大会`)

// sentenceLeadRe matches the preposition a sentence opens with, which
// with the level after it (根据市…, 按照县…, 出席某县…会议) reads like a
// place name.
// termLeadRe matches a body's term before its place (第七届某县委员会,
// 政协第七届某县委员会), or the CPPCC's name before its place when the term
// comes after it (中国人民政治协商会议某市第十一届委员会, 政协某县委员会):
// no part of the place.
var termLeadRe = mustLitRe(`^(?:(?:中国人民政治协商会议|政协)?第[一二三四五六七八九十0-9]{1,3}届|(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十0-9]{1,3}届)?)`)

// copyTagLeadRe matches a copy site's tag before a headline: 最新, 精选,
// and the year's sessions it files the report under (2031两会某自治区政府
// 工作报告, after the year).
var copyTagLeadRe = mustLitRe(`^(?:最新|精选|精選|热门|熱門|优秀|優秀|经典|經典|(?:全国|地方)?两会)`)

// provinceTagLeadRe matches a copy site's tag of the province before a
// headline, in brackets ((某省)2031年某县人民政府工作报告(全文)): the
// site's filing, before the year and the title's own place; group 1 is
// the province.
var provinceTagLeadRe = mustLitRe(`^[（(]\s*(\p{Han}{2,7}(?:省|自治区))\s*[）)]\s*`)

// barTagLeadRe matches a news column's tag before a headline, parted from
// it by a bar (快讯丨, 聚焦两会｜): the tag is the column's, and the stroke
// 丨, a Han character, would join it to the place after it.
var barTagLeadRe = mustLitRe(`^([^丨|｜\s]{2,8})\s*[丨|｜]\s*`)

// yearPartLeadRe matches the part of a year a headline or a lede names
// after the year itself (2031年暑期, 2031学年, 2031年春季学期, 2031年上半年):
// a school year or its term, a season, a half or a quarter. No place's
// name opens with one, and placeChainRe would glue it to the place after
// it (暑期某区, 学年县). A short list: the words for the parts of a year
// are few, and no shape tells them from a place's first characters.
var yearPartLeadRe = mustLitRe(`^(?:学年度?|(?:春|夏|秋|冬)季(?:学期)?|(?:春|秋)学期|暑期|暑假|寒假|上半年|下半年|第?[一二三四1-4]季度)`)

// afterLeadYear returns s without the year it opens with, and without the
// part of that year it names next (2031年暑期某区…会议, 2031学年县教育工作
// 会议: see yearPartLeadRe), which is no place's first characters; s
// unchanged when it opens with no year.
func afterLeadYear(s string) string {
	y := leadYearRe.FindString(s)
	if y == "" {
		return s
	}
	s = s[len(y):]
	return s[len(yearPartLeadRe.FindString(s)):]
}

// clauseLevelEndRe matches a run that ends with the verb of a session's
// news and a level alone (某某宣布县, 某某主持区): the congress or the
// government the verb's object is, named by its level, after the one who
// acts. The verbs are listed: no shape of the characters before a level
// tells a verb from a name, and a session's news uses these few.
var clauseLevelEndRe = mustLitRe(`(?:宣布|主持|出席|参加|列席|召开|举行)(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)$`)

// wholeUnitEndRe matches the end of a phrase that names a unit as a whole
// or as the speaker's own (在全省, 在我市): no place ends so.
var wholeUnitEndRe = mustLitRe(`[全我本各该該每](?:自治区|省|市|县|縣|区|區|旗|州)$`)

// A purpose clause reads so too (为确保完成区…人大, 为切实推进市政府…):
// 为 and the verbs of a task (确保, 切实, 推进, 落实…) open no place.
var sentenceLeadRe = mustLitRe(`^(?:根据|按照|依据|依照|为了|对于|通过|经过|围绕|结合|截至|截止|鉴于|由于|遵照|在|出席|参加|列席|为|确保|切实|推进|推动|落实|贯彻|加快|完成)`)

// notPlaceStart lists first characters of words that end like a place
// name but are not one: 全市, 我县, 辖市区, 各区; and 某 and 〇, the
// placeholders a model essay or a template writes for a masked name
// (某某区审计局, 某县, 〇〇县): no place names itself so.
const notPlaceStart = "全我本各该市县区省辖城新两三每某〇"

// A metaInput is what fillMeta reads: the text as the file gave it (the
// collector's header cut off), the header, and the file's base name.
type metaInput struct {
	raw    string
	header collectorHeader
	name   string
	// contentsOnly says the file held a table of contents and nothing
	// after it (contentsOnly), which Read drops before raw is made.
	contentsOnly bool
}

// fillMeta sets the metadata of d from its cleaned body and in.
func fillMeta(d *Document, in metaInput) {
	d.Origins = map[string]string{}
	set := func(field, origin string) {
		d.Origins[field] = origin
	}
	warn := func(format string, args ...any) {
		d.Warnings = append(d.Warnings, Warning{Message: fmt.Sprintf(format, args...)})
	}
	head := headLines(in.raw, 200)
	if at, title, next := seriesLinks(head); at >= 0 {
		// a library's links to the works before and after this one
		head = append([]string(nil), head...)
		head[at] = title
		if next >= 0 {
			head = append(head[:next], head[next+1:]...)
		}
	}
	for i, l := range head[:min(len(head), 8)] {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if k := libraryLeadEnd(l); k > 0 {
			// a library's page counter or banner glued before the first
			// line (第1页共3页在某县…会议上的政府工作报告各位代表：…), as
			// Clean reads it
			head = append([]string(nil), head...)
			head[i] = l[k:]
		}
		break
	}
	if len(head) > 0 {
		// a title block run together on the first line (Clean splits it
		// in the body the same way), or on a library's first chunk under
		// the library's lines about the file (ID：…, 页数：…, 1、.某市政府
		// 工作报告—2031年…会议上某市市长某某各位代表：…)
		at, first := 0, normLine(head[0])
		for i, l := range head[:min(len(head), 10)] {
			if l = strings.TrimSpace(normLine(l)); chunkRe.FindString(l) == "1、" {
				at, first = i, trimChunkDot(strings.TrimSpace(l[len("1、"):]))
				break
			}
		}
		if block := splitTitleBlock(first); len(block) > 1 {
			head = append(append(append([]string(nil), head[:at]...), block...), head[at+1:]...)
		}
	}
	for i := 0; i+1 < min(len(head), 8); i++ {
		if fileTitleRe.MatchString(strings.TrimSpace(head[i])) {
			if loc := previewPagesRe.FindStringSubmatchIndex(strings.TrimSpace(head[i+1])); loc != nil {
				// a library's page count glued before its preview's
				// first line, under the file's name (4页政府工作报告…), as
				// Clean reads it
				head = append([]string(nil), head...)
				head[i+1] = strings.TrimSpace(head[i+1])[loc[2]:]
			}
			break
		}
	}
	for i, l := range head[:min(len(head), 8)] {
		if t, ok := titleTwice(normLine(l)); ok {
			// the headline twice on one line (a library's page title
			// before its document's): the title once
			head = append([]string(nil), head...)
			head[i] = t
			break
		}
	}
	b := readTitleBlock(head)
	review, plan := reviewPlanYear(in.raw)
	speech := b.DateLine != "" || b.Greeting && (b.Opening != "" || review != 0 || plan != 0 || toCongressRe.MatchString(strings.Join(head[:min(len(head), 12)], "\n"))) ||
		b.Opening != "" && b.SpeakerRole != ""
	if !speech && addressRe.MatchString(d.Body) && (review != 0 || plan != 0 || nationalBody(d.Body)) {
		speech = true // a report whose head the file lost
	}
	if !speech && govOpening(b.Opening) {
		// A copy that starts at the opening (现在，我代表某区人民政府，向大会
		// 作政府工作报告…), its title and greeting lost. The file may
		// have broken the opening at a comma (现在，我代表某区人民政府，
		// / 向大会作政府工作报告…): the line runs on into the next.
		for i, l := range head[:min(len(head), 3)] {
			if reportOpening(l) || i+1 < len(head) && cutAtComma(l) && reportOpening(l+strings.TrimSpace(head[i+1])) {
				speech = true
				break
			}
		}
	}
	if !speech && govOpening(b.Opening) && transcriptOfReport(head) {
		// A page that prints the report as it was read, under a line of
		// news (…会议5日上午9时在人民大会堂开幕，听取…的报告 / 以下为文字实录：
		// / 某某： / 现在，我代表国务院，向大会报告政府工作): the report.
		speech = true
	}
	if !speech && spokenTranscriptOfReport(head) {
		// One page of a transcript split over pages (…听取国务院总理某某
		// 关于政府工作的报告 / 以下为文字实录： / 某某： / 六是…): the words
		// of the one the lede says reports, the report's.
		speech = true
	}
	if !speech && ledeOverReview(d.Body) {
		// A collector's copy that keeps the news lede of the opening
		// session (…会议在人民大会堂开幕，听取国务院总理某某关于政府工作的
		// 报告，审查…) straight over the report's own review part (一、2031年
		// 工作回顾), the title block, the greeting and the opening cut:
		// the report, under a lede.
		speech = true
	}
	if !speech && handsOverToReport(head) {
		// A story that hands over to the report's full text by its name
		// (…代表国务院向大会作政府工作报告。 / 以下是政府工作报告全文： /
		// 2031年是很不平凡的一年。…), the title block and the opening cut
		// off: the report, under a lede.
		speech = true
	}
	digestAt := handsOverToDigest(head)
	if !speech && digestAt >= 0 {
		// A story's lede that hands over to a digest of the work report
		// (…向大会作政府工作报告，要点如下： / …以下为转载的极简版工作
		// 报告。), the report's points below it: the report cut to its
		// points, as a digest under a one-line lede is, not news of it.
		speech = true
	}
	if speech && b.DateLine == "" && !govOpening(b.Opening) {
		// A bureau's summary or plan read to its own staff congress also
		// greets 各位代表 and reviews a year: its title says what it is.
		t := b.Title
		if t == "" {
			t = firstTitle(d.Body, head)
		}
		switch kindOf(t, "") {
		case "总结", "半年总结", "计划", "要点":
			speech = false
		}
	}
	hdrMain, hdrSub := cutSubtitle(in.header.Title)
	// An opening that says it reports on a budget or a plan (我受省人民政府
	// 委托，向大会报告我省2031年预算执行情况和2032年预算草案) speaks to the
	// congress, but not of the government's work.
	otherOpen := speech && otherOpening(head)
	named := nameTitle(in.name) // the title the file's name gives, if any
	englishTitle, englishYear := englishEdition(head)

	// Title.
	switch {
	case b.Title != "":
		d.Title = b.Title
		set("title", OriginTitle)
	case hdrSub && (speech || b.Greeting):
		// The collector flattened the title block: 主标题——在…会议上的政府工作报告.
		d.Title = hdrMain
		set("title", OriginCollector)
	case b.Opening == "" && studiesReportRe.MatchString(firstLine(d.Body)) && utf8.RuneCountInString(firstLine(d.Body)) <= 40 && !strings.HasPrefix(firstLine(d.Body), "—"):
		// A study page's headline on the report (2031年政府工作报告：写作
		// 框架分析, …政府工作报告解读): the page's title. The greeting and
		// the reviews it quotes do not make it the report. (A copy site
		// that heads the report's full text so, its opening under the
		// headline, has the report; a subtitle's dash opens no headline.)
		d.Title = strings.TrimSpace(firstLine(d.Body))
		set("title", OriginTitle)
		speech = false
	case speech && len(head) > 0 && greetedTitle(head[0]) != "":
		// A library's chunk that lost its line breaks: the title runs
		// straight into the greeting (1、某市人民政府工作报告材料 各位代表。
		// 现在，…).
		d.Title = greetedTitle(head[0])
		set("title", OriginTitle)
	case speech && !otherOpen && pagedHeadline(firstLine(d.Body)) != "":
		// One page of a copy site's collection of work reports, which
		// starts in the middle of a piece: its headline, the count and the
		// page's number cut (2031年镇政府工作报告-40篇（第12/30页）),
		// names the report and its year.
		d.Title = pagedHeadline(firstLine(d.Body))
		set("title", OriginTitle)
	case speech && !otherOpen && placedReportTitle(firstTitle(d.Body, head)) != "":
		// The page's headline names the place's work report without
		// the shape of a title block's title line: its province in
		// brackets before it, the day it was read after it
		// （某省）某市某区人民政府工作报告（2031年1月15日）.
		d.Title = placedReportTitle(firstTitle(d.Body, head))
		set("title", OriginTitle)
	case speech && !otherOpen && taggedHeadline(firstLine(d.Body)) != "":
		// A copy site's headline over its collection of reports, its
		// tag after the paper's name (某镇镇长工作报告范文, the pieces'
		// bare labels 篇1 / 篇2 below it): the page's title, not the
		// default, which names no piece.
		d.Title = taggedHeadline(firstLine(d.Body))
		set("title", OriginTitle)
	case speech && !otherOpen && runInSessionTitle(headText(d.Body, 900)) != "":
		// A title block run into one line, the report dated in brackets
		// after its session's name (某乡第十届人民代表大会第二次会议政府
		// 工作报告（2031年2月20日）乡长某某 各位代表：…): that name, from
		// the line's start, is the title.
		d.Title = runInSessionTitle(headText(d.Body, 900))
		set("title", OriginTitle)
	case speech && !otherOpen && named != "" && !strings.Contains("政府工作报告", named):
		// A report whose text starts at the greeting, kept in a file
		// named by its title (某县2031年政府工作报告.txt, 主标题——在…会议
		// 上的政府工作报告.txt): the name says more than the opening. A
		// name that is the opening's word or a part of it (工作报告.txt)
		// says less.
		d.Title = named
		set("title", OriginFileName)
	case speech && !otherOpen:
		d.Title = "政府工作报告"
		set("title", OriginOpening)
	case !speech && englishTitle != "":
		// An English edition of the report (a portal's English pages, a
		// forum's translation under the asker's line): its English title
		// line, not a date banner or a note above it.
		d.Title = englishTitle
		set("title", OriginTitle)
	default:
		if t := cmp.Or(sessionHeadline(head), sessionHeadline(headLines(d.Body, 8))); t != "" && reportsOnReport(in.raw) {
			// News of a session: its headline, below the slogans a page
			// puts above it, or below more of the page's furniture than
			// that (an e-paper's menus, story list and masthead), which
			// Clean took off the body.
			d.Title = t
			set("title", OriginTitle)
		} else if t := firstTitle(d.Body, head); t != "" {
			d.Title = t
			set("title", OriginTitle)
		} else if t := infoboxName(head); t != "" {
			// Only an encyclopedia page's infobox names the paper
			// (基本介绍 / - 中文名：2032年某县政府工作报告): the page's
			// name for it, which Clean dropped with the infobox.
			d.Title = t
			set("title", OriginTitle)
		} else if t := copyNoteTitle(head); t != "" {
			// Only a copy site's note names the paper (下面是小编为大家
			// 整理的某某工作总结，供大家参考): a collector's title.
			d.Title = t
			set("title", OriginCollector)
		} else if t := crumbTitle(head); t != "" {
			// Only the breadcrumb's last crumb names the paper: the
			// page's headline, which Clean dropped with its crumbs.
			d.Title = t
			set("title", OriginTitle)
		} else if m := selfNamedRe.FindStringSubmatch(firstLine(d.Body)); m != nil {
			// A page that kept only the body, whose first sentence names
			// the paper before shortening its name (某局2031年政府信息公开
			// 工作年度报告（以下简称年报）是根据…).
			d.Title = m[1]
			set("title", OriginBody)
		} else if h := strings.TrimSpace(firstLine(reviewHeadRe.FindString(d.Body))); review != 0 && h != "" && strings.HasPrefix(strings.TrimSpace(d.Body), h) && headlessReview(d.Body, plan == review+1) {
			// A work report that starts at its review part.
			speech = true
			d.Title = "政府工作报告"
			set("title", OriginBody)
		} else if t := openedReport(head); otherOpen && t != "" {
			// A plan's report with no title line that a collector filed
			// as the year's work report (2036年政府工作报告): its opening
			// names the paper it reads (我代表某市人民政府，向大会作关于
			// 某市国民经济和社会发展第十一个五年规划纲要的报告), which says
			// what it is; the collector's label does not.
			d.Title = t
			set("title", OriginOpening)
		} else if kindOf(in.header.Title, "") == "政府工作报告" && !reportsOnReport(in.raw) {
			d.Title = "政府工作报告"
			set("title", OriginCollector)
		} else if in.header.Title != "" {
			d.Title = in.header.Title
			set("title", OriginCollector)
		} else if kindOf(in.name, "") == "政府工作报告" && !reportsOnReport(in.raw) &&
			(review != 0 || plan != 0 || selfUnit(d.Body) != "" || nationalBody(d.Body)) {
			// A text with no head at all (it starts at a heading) in a
			// file named 2019年政府工作报告.txt: the name says what it is
			// when the body reviews or plans a year, or speaks for its
			// place (全市, 我国), as a work report does.
			speech = true
			d.Title = cmp.Or(named, "政府工作报告")
			set("title", OriginFileName)
		} else if named != "" && !reportsOnReport(in.raw) {
			// A piece of a paper with no head of its own (a part of a
			// work report, its plan for the year), kept in a file named
			// by the paper's title: the name is the only title it has.
			d.Title = named
			set("title", OriginFileName)
		}
	}

	// A page's note that it prints the full text is not part of the title,
	// nor is the site's name after a page's title (…_中国政府网).
	d.Title = titleNoteRe.ReplaceAllString(fullTextRe.ReplaceAllString(strings.TrimSpace(siteSuffix.ReplaceAllString(d.Title, "")), ""), "")
	if t := strings.TrimRight(d.Title, "—━－–- "); t != d.Title && utf8.RuneCountInString(t) >= 4 {
		// A title line that ends with the dash of the date line under it
		// (某省高级人民法院工作报告—— over 2031年1月…在…会议上): the dash
		// is the date line's.
		d.Title = t
	}
	if strings.HasSuffix(d.Title, "页") || strings.HasSuffix(d.Title, "页）") || strings.HasSuffix(d.Title, "页)") {
		// the page of a paginated copy the headline names: …工作要点（第2/4页）
		if t := titlePageRe.ReplaceAllString(d.Title, ""); utf8.RuneCountInString(t) >= 4 {
			d.Title = t
		}
	}
	if loc := titlePartRe.FindStringIndex(d.Title); loc != nil && titleEndRe.MatchString(d.Title[:loc[0]]) && utf8.RuneCountInString(d.Title[:loc[0]]) >= 4 {
		// the number a paginated copy puts after the headline of each of
		// its pages: 某市2031年政府工作报告(3)
		d.Title = d.Title[:loc[0]]
	}
	if m := chapterLeadRe.FindString(d.Title); m != "" && utf8.RuneCountInString(d.Title[len(m):]) >= 4 {
		// a book site's chapter number before the chapter's name (第44章
		// 某县工作报告): the book's, not the paper's
		d.Title = d.Title[len(m):]
	}
	// A resolution's title that a page ran together with the note of its
	// adoption under it (…的决议（一九九三年三月十二日…会议通过）) ends at
	// 决议.
	d.Title = adoptedTailRe.ReplaceAllString(d.Title, "$1")
	if loc := deliveredTailRe.FindStringIndex(d.Title); loc != nil && loc[0] > 0 {
		// A portal's note of the day a report was delivered, and of who
		// delivered it, in brackets after the headline it reprints
		// (某省政府工作报告 （2031年1月20日 某某）): the page's, not the
		// report's title.
		if t := strings.TrimSpace(d.Title[:loc[0]]); titleEndRe.MatchString(t) && utf8.RuneCountInString(t) >= 4 {
			d.Title = t
		}
	}
	// Pictographs a blog or an account sets around a headline (🌟…📜)
	// decorate it.
	d.Title = strings.TrimFunc(d.Title, isPictograph)
	if m := exclaimKickerRe.FindString(d.Title); m != "" && !strings.HasPrefix(m, "【") && utf8.RuneCountInString(d.Title[len(m):]) >= 6 && titleEndRe.MatchString(d.Title) && namesDocument(d.Title[len(m):]) {
		// A repost's kicker before the paper's name (看全文！某厅2031年
		// 工作要点, 速看！…): the post's call to read, not the title.
		d.Title = strings.TrimSpace(d.Title[len(m):])
	}
	d.Title = navTitle(d.Title, head)
	d.Title = firstOfTwoTitles(d.Title)
	if strings.HasPrefix(d.Title, "•") || strings.HasPrefix(d.Title, "●") {
		// A page's list bullet before the headline it lists, and the
		// column it files the headline under (• 【投资某区】2031年某区政府
		// 工作报告), are the page's markup, as Clean reads the line.
		if rest := strings.TrimSpace(strings.TrimLeft(d.Title, "•●")); namesDocument(rest) {
			d.Title = rest
			if m := columnTagRe.FindString(rest); m != "" && titleEndRe.MatchString(rest[len(m):]) && !pieceLabelRe.MatchString(m) && !isFullTextNote(strings.TrimSpace(m)) {
				d.Title = rest[len(m):]
			}
		}
	}
	if loc := ledeDatelineRe.FindStringIndex(d.Title); loc != nil && utf8.RuneCountInString(d.Title[loc[1]:]) >= 6 {
		// A news agency's dateline a page glued before the headline it
		// reprints (新华网北京3月16日电 某某会议关于政府工作报告的决议) is
		// not part of it.
		d.Title = strings.TrimSpace(d.Title[loc[1]:])
	}
	if m := docNumberRe.FindStringSubmatch(d.Title); m != nil && utf8.RuneCountInString(m[1]) >= 6 {
		// A document's number a page glued before its title (某教发
		// [2031]1号关于印发…的通知) is not part of it.
		d.Title = m[1]
	} else if m := numberedNameRe.FindStringSubmatch(d.Title); m != nil && utf8.RuneCountInString(m[1]) >= 6 {
		// …or before the title in title marks, as a policy site names
		// the document (京政办发〔2031〕26号《某市人民政府办公厅关于印发
		// 〈…〉的通知》): the name inside them is the title.
		d.Title = m[1]
	} else if m := wrappedNameRe.FindStringSubmatch(d.Title); m != nil && utf8.RuneCountInString(m[1]) >= 6 {
		// …or its headline line is the name alone in title marks, the
		// number glued before it said once on the line above (Clean drops
		// that line): the name inside them is the title.
		d.Title = m[1]
	}
	if m := dateStampLeadRe.FindString(d.Title); m != "" && utf8.RuneCountInString(d.Title[len(m):]) >= 6 && (titleEndRe.MatchString(d.Title) || nextYearEndRe.MatchString(d.Title)) {
		// A copy site's date stamp glued before the headline (20311218:
		// 某局2031年工作情况及2032年工作思路) is the site's filing, not
		// part of the title.
		d.Title = strings.TrimSpace(d.Title[len(m):])
	}
	if m := pieceOrdinalRe.FindString(d.Title); m != "" && paperEndRe.MatchString(d.Title) && utf8.RuneCountInString(d.Title[len(m):]) >= 4 {
		// A copy site's number for the first piece of its collection
		// before the piece's title (第1篇 某局局长述职报告).
		d.Title = d.Title[len(m):]
	}
	if m := chunkRe.FindString(d.Title); m == "1、" && namesDocument(d.Title) {
		d.Title = d.Title[len(m):] // a library's chunk number before the title
	} else if m := folioLead(d.Title); m > 0 && namesDocument(d.Title) && utf8.RuneCountInString(d.Title[m:]) >= 4 {
		// A PDF's text layer that lost its line breaks puts the page's
		// number before the first words of the page: 1政府工作报告——….
		d.Title = d.Title[m:]
	}
	if loc := tocRe.FindStringIndex(d.Title); loc != nil && loc[0] > 0 {
		// A collection's table of contents run into its title
		// (…汇编（5篇）目录1.某局…), or its label alone at the title's
		// end (…汇编（5篇）目录, the entries below), is not part of it.
		d.Title = strings.TrimSpace(d.Title[:loc[0]])
	}
	if t := pieceTagRe.ReplaceAllString(d.Title, ""); t != d.Title && utf8.RuneCountInString(t) >= 4 {
		// A copy site's number for a piece of its collection after the
		// piece's title (…工作计划范文篇1), also when the page's count
		// line above it went as the site's lead-in: no paper's title
		// ends so.
		d.Title = t
	} else if t := pieceSuffixRe.ReplaceAllString(d.Title, ""); t != d.Title && utf8.RuneCountInString(t) >= 4 && paperEndRe.MatchString(copyTagRe.ReplaceAllString(t, "")) {
		// …or as a bare number or one in brackets right after the
		// paper's word (…季度工作总结一, …工作计划（二）, …要点2): a
		// paper's title ends at its word.
		d.Title = t
	}
	if t := copyTagRe.ReplaceAllString(d.Title, ""); utf8.RuneCountInString(t) >= 4 && !compilationCount(d.Title, t) {
		d.Title = t // a copy site's tag: 某某工作总结【精选推荐】
	}
	if t := sampleTailRe.ReplaceAllString(d.Title, ""); t != d.Title && paperEndRe.MatchString(t) && utf8.RuneCountInString(t) >= 4 {
		// A library's tag after the paper's name: 某局年度工作总结范本,
		// and the forms a preview's headline glues on (某局2031年工作总结
		// 范文范例, 某局2031上半年工作总结报告范文稿): the paper's name
		// ends at its word.
		d.Title = t
	}
	if m := libraryColumnRe.FindStringSubmatchIndex(d.Title); m != nil && utf8.RuneCountInString(d.Title[:m[2]]) >= 6 {
		// A library's column glued after a work report's title (某县人民
		// 政府政府工作报告工作总结): a work report's title names no other
		// paper after it.
		d.Title = d.Title[:m[2]]
	}
	if m := siteTagLeadRe.FindString(d.Title); m != "" && utf8.RuneCountInString(d.Title[len(m):]) >= 6 && titleEndRe.MatchString(d.Title) {
		// A site's keyword tag glued before the title ([某区教育局局长]
		// 某区教育局局长述职报告): the site's, not the title's.
		d.Title = d.Title[len(m):]
	}
	if _, rest, ok := shortTitleTag(d.Title); ok {
		// A copy site's tag that gives the headline after it in short
		// ([2031年工作总结及2032年工作计划]2031年某局工作总结及2032年工作
		// 计划): the site's keywords, not part of the title.
		d.Title = rest
	}
	if m := placeTagLeadRe.FindStringSubmatch(d.Title); m != nil && utf8.RuneCountInString(d.Title[len(m[0]):]) >= 6 && titleEndRe.MatchString(d.Title) && len(lookupPlace(m[1])) > 0 {
		// A site's note of the province a headline comes from, in
		// brackets before it ((甘肃)2031年某县人民政府工作报告): the site's
		// filing, not part of the title.
		d.Title = d.Title[len(m[0]):]
	}
	if a, b, ok := strings.Cut(d.Title, "_"); ok && utf8.RuneCountInString(a) >= 4 && strings.HasPrefix(b, a) {
		// A page title that repeats the piece's title after an
		// underscore (某某工作总结_某某工作总结范文): the piece's, once.
		d.Title = a
	}
	if t, ok := strings.CutSuffix(d.Title, bareReportTitle); ok && strings.HasSuffix(t, bareReportTitle) {
		// A page's headline glued before the report's own title line
		// (2031年政府工作报告政府工作报告): the report's title is the
		// bare one after it.
		d.Title = bareReportTitle
	}
	d.Title = completeCutTitle(d.Title, head)
	if t := datedTitleBelow(d.Title, d.Body); t != "" {
		d.Title = t
	}
	if strings.Contains(d.Title, " ") {
		// A title extracted from a PDF with spaces around its year
		// (明湖市 2032 年政府工作报告): a year between Chinese characters
		// is no cell of a table, and the text writes it without them.
		d.Title = spacedYearRe.ReplaceAllString(d.Title, "${1}${2}年")
	}
	if strings.ContainsAny(d.Title, ",:;!?()") {
		// A title taken from the file's own lines (a news page's headline)
		// keeps the ASCII marks the page gave it; the text folds them to
		// full width beside Chinese (…会议开幕! -> …会议开幕！), and so
		// does the title.
		d.Title, _ = normalize(d.Title, nil)
	}

	// A notice that issues a paper, the paper's own title printed under
	// it (关于印发《某局2031年工作要点》的通知 … 某局2031年工作要点): the
	// paper's title is the title; the notice's headline still names its
	// issuer and place when the paper's title does not.
	notice := ""
	if t := issuedPaperTitle(d.Title, d.Body); t != "" {
		notice, d.Title = d.Title, t
	}

	// Kind.
	switch k := kindOf(d.Title, ""); {
	case fivePlanReportRe.MatchString(d.Title) && headlineNamesWorkReport(head, d.Title):
		// For decades the State Council's work report was its report on
		// the five-year plan (关于第七个五年计划的报告): a page that heads
		// it 1986年政府工作报告 says it is that year's work report.
		d.Kind = "政府工作报告"
		set("kind", OriginTitle)
	case otherReport(d.Title):
		// 关于…计划草案的报告: delivered to a congress, but not a work report.
	case otherOpen && massCongressBody(head) != "":
		// A people's organization's report to its own congress: none of
		// the kinds, nor news of a session.
	case taskTableEndRe.MatchString(d.Title) || strings.Contains(d.Title, "政府工作报告") && workDividedRe.MatchString(d.Title):
		// A table that divides the report's or the year's tasks among
		// offices (…政府工作报告重点工作任务分解表): none of the kinds,
		// whatever stamp its page bears.
	case progressTitle(d.Title):
		// A page on how the report's or a plan's tasks went (…政府工作报告
		// 落实情况, 2031年上半年政府工作报告任务情况汇报, …工作计划二季度
		// 执行情况): none of the kinds, whatever its headings review.
	case !speech && congressResolution(d.Title, d.Body):
		// A congress's resolution on a report (…会议关于政府工作报告的
		// 决议, or stored without its headline: 某市第九届人民代表大会第三次
		// 会议听取和审议了…): a paper of the session, none of the kinds,
		// and no news of it.
	case !speech && speechTitle(d.Title):
		// …工作总结会上的讲话, 镇长述职报告: a speech about the work, not
		// the summary or the plan itself.
	case (k == "总结" || k == "半年总结" || briefingKind(d.Title) != "") && organOpens(head):
		// A court's, a procuratorate's or a standing committee's report
		// to the congress (我代表某市人民检察院向大会报告工作) that a copy
		// site titled a briefing (某某人民检察院工作汇报): another body's
		// work report, none of the kinds.
	case k == "政府工作报告" && !speech && storyOfReport(d.Body, reportNameEndRe.MatchString(d.Title), explainerTitleRe.MatchString(d.Title)):
		// A headline that names the report over a story about it (一图读懂
		// 2031年政府工作报告, 政府工作报告里的这些数字): the page tells of the
		// report, and is news of it.
		d.Kind = "新闻"
		set("kind", OriginBody)
	case k != "" && !speech && in.contentsOnly:
		// A compilation's page that holds its table of contents and
		// nothing after it (2031年省市级政府工作报告汇编 / 目录 / 1. 某省
		// 政府工作报告 5 / 2. …): the titles of papers, none of them.
	case k != "":
		d.Kind = k
		set("kind", d.Origins["title"])
	case !speech && speechSubtitle(d.Body):
		// A speech's slogan title over the subtitle that names where it
		// was given (——在某市2031年教育工作会议上的讲话): a speech about
		// the work, as …会上的讲话 in a title is, whatever its parts
		// review or plan.
	case speech && !otherReport(d.Title) && !otherOpen:
		d.Kind = "政府工作报告"
		set("kind", OriginOpening)
	case openingPlaceReport(d.Title, b.Opening):
		// A repost's headline that names the place by its short name over
		// an opening that speaks for that place's government to its staff
		// (某某2031年工作报告 / 尊敬的各位领导、亲爱的同事们 / 我谨代表某某县
		// 政府…): no greeting to the deputies, but the government's report.
		d.Kind = "政府工作报告"
		set("kind", OriginOpening)
	case briefingKind(d.Title) != "":
		// A briefing on the work done (某局上半年工作情况汇报) that is no
		// speech to a congress.
		d.Kind = briefingKind(d.Title)
		set("kind", d.Origins["title"])
	case reportsOnReport(in.raw):
		d.Kind = "新闻" // a page reporting on a session, whatever its collector called it
		set("kind", OriginBody)
	case d.Title != "" && sessionNewsRe.MatchString(d.Title) && d.Origins["title"] == OriginTitle:
		d.Kind = "新闻" // a session's news by its headline (某镇第九届人民代表大会第三次会议召开)
		set("kind", OriginTitle)
	case ownKindRe.MatchString(d.Title):
		// A paper whose title names a kind of its own (某局2031年度法治政府
		// 建设情况报告, …政府信息公开工作年度报告, …部门决算): its body may review
		// the year's work (一、主要做法及成效) as a summary does, but it is
		// none of the kinds.
	case kindOf(in.header.Title, "") != "" && !otherReport(d.Title):
		d.Kind = kindOf(in.header.Title, "")
		set("kind", OriginCollector)
	case d.Title == "" && govThanksDeputies(d.Body):
		// A later page of a work report split over several pages, no
		// head of its own: the government thanks the congress's deputies
		// for the year's work (我代表市政府，向各位人大代表…致以崇高的
		// 敬意), as only its work report does.
		d.Kind = "政府工作报告"
		set("kind", OriginBody)
	case sessionNameRe.MatchString(despace(d.Title)) && govVoiceRe.MatchString(headText(d.Body, 1500)):
		// A portal's page headed by a session's name alone (某县第十八届
		// 人民代表大会第一次会议) over a review in the government's own
		// voice (在县人大、县政协的监督支持下，县政府团结和带领全县人民…):
		// the work report read to that session, cut to what the page kept.
		d.Kind = "政府工作报告"
		set("kind", OriginBody)
	default:
		k := bodyKind(in.raw, !postedPaperTitle(d.Title))
		if k == "" && d.Title == "" {
			// (the parts' headings, which a page may run inline on one
			// line, stand on their own lines in the body)
			k = kindOf("", d.Body)
		}
		if head := d.Title + "\n" + headText(d.Body, 3000); k == "" && !speech && nationalSessionStory(head) && !adoptionNoteRe.MatchString(Simplify(head)) {
			// A story of the national congress's session that names no
			// kind (十四届全国人大三次会议今天开幕, 会议将听取…): news of it,
			// unless a line dates a paper's adoption (一九五九年四月二十八日
			// 第二届全国人民代表大会第一次会议通过): the paper itself.
			k = "新闻"
		}
		if k != "" {
			d.Kind = k
			set("kind", OriginBody)
		}
	}
	if m := siteTagLeadRe.FindString(d.Title); strings.HasPrefix(m, "【") && d.Kind == "政府工作报告" && utf8.RuneCountInString(d.Title[len(m):]) >= 6 {
		// A site's column in black brackets before a work report's
		// headline that names no paper (【两会专题】团结奋进 共建美好望川,
		// over its subtitle ——在…会议上的政府工作报告): the cut above
		// waits for a title that ends as a paper's; a work report's
		// title never opens with a tag, so once the kind is known the
		// tag is the page's filing whatever the title ends with.
		d.Title = strings.TrimSpace(d.Title[len(m):])
	}
	if d.Kind == "总结" && halfYearOpening(d.Body) {
		// A summary or a briefing whose title names no half year
		// (关于2031年某局的工作汇报材料) that opens on the half year it
		// reviews (2031年上半年，我局…) is a half year's.
		d.Kind = "半年总结"
		set("kind", OriginBody)
	}

	// Year.
	hdrYear := titleYear(in.header.Title)
	if hdrYear == 0 {
		hdrYear = titleYear(in.header.Date)
	}
	fileYear := fileNameYear(in.name)
	if speech || d.Kind == "政府工作报告" {
		switch {
		case b.DateYear != 0 && dateLineOutvoted(b.DateYear, b.DateMonth, review, bodyPlan(in.raw, review, plan, b.DateYear), in.raw):
			// A collector's copy under another year's date line (the
			// subtitle of the next year's report over this one's text):
			// the report's own parts, a review of one year and a plan
			// of the next, outvote a date line that can be neither's.
			warn("the date line says %d, but the report reviews %d and plans %d", b.DateYear, review, review+1)
			d.Year = review + 1
			set("year", OriginBody)
		case b.DateYear != 0 && (b.DateMonth == 12 || b.DateMonth == 11 && firstSessionRe.MatchString(b.DateLine)) && plan != b.DateYear && !b.National && titleYear(d.Title) != b.DateYear:
			// Delivered in December (a new congress's first session often
			// sits then, or late in November), it reviews the year ending
			// and plans the next: it is the next year's report, even in a
			// copy cut off before its plan, unless it plans the year of its
			// date or its title names that year (某区人民政府2031年政府工作
			// 报告 read on 2031年12月22日 calls itself that year's, as a
			// district's portal files it). (The national congress that
			// sat in December, the third's from December 1964, heard the
			// report of its session's year, as every list of the reports
			// files it.)
			d.Year = b.DateYear + 1
			set("year", OriginDateLine)
		case b.DateYear != 0 && titleYear(d.Title) != 0 && titleYear(d.Title) < b.DateYear && heardByCommittee(head):
			// A paper read to a standing committee on a past year's
			// accounts (关于某市2031年度本级预算执行…的审计工作报告, read
			// in 2032): the year its title names, as a final account's.
			d.Year = titleYear(d.Title)
			set("year", OriginTitle)
		case b.DateYear != 0 && d.Title == "" && accountsYear(head) != 0 && accountsYear(head) < b.DateYear && heardByCommittee(head):
			// …the same paper stored without its title: its opening names
			// the year of the accounts it reports (我受市人民政府委托，报告
			// 2031年度市级预算执行和其他财政收支的审计情况).
			d.Year = accountsYear(head)
			set("year", OriginOpening)
		case b.DateYear != 0:
			d.Year = b.DateYear
			set("year", OriginDateLine)
		case d.Title == englishTitle && englishYear != 0:
			// An English edition whose title line gives the year in
			// brackets or the day the report was delivered: that year,
			// not a page's date banner (Today is 2030-8-28).
			d.Year = englishYear
			set("year", OriginTitle)
		case otherReport(d.Title) && titleDraftYear(d.Title) != 0:
			// A plan's or a budget's report names two years (关于2031年…
			// 执行情况和2032年…草案的报告): the session sits in the year
			// of the draft it presents, not of the one it reviews.
			d.Year = titleDraftYear(d.Title)
			set("year", OriginTitle)
		case introSessionYear(head) != 0:
			// No date line, but the copy's sentence before the greeting
			// dates the session (2031年1月20日，在某市第十五届人民代表大会
			// 第三次会议上，市长某某作了政府工作报告，以下是报告全文：).
			d.Year = introSessionYear(head)
			set("year", OriginDateLine)
		case runInSessionYear(headText(d.Body, 900)) != 0:
			// A copy's preview that runs the title block into one line,
			// the session's day in brackets after the title (…第二次会议
			// 政府工作报告（2031年2月20日）乡长某某 各位代表：…).
			d.Year = runInSessionYear(headText(d.Body, 900))
			set("year", OriginDateLine)
		case titleYear(d.Title) != 0 && titleYear(d.Title) == review &&
			(otherHeadline(head, review+1) || (plan == 0 || plan == review || plan == review+1) && !strings.Contains(d.Title, "篇") && reviewPartNames(d.Body, review)):
			// A page with two headlines (2033年县政府工作报告 over
			// 2032年县政府工作报告) whose report reviews the year of the
			// second (2032年工作回顾): the report is the next year's, the
			// one it does not review. So too a copy site's one headline
			// dated by the year its report's review part names
			// (2032年区政府工作报告 over 一、2032年工作回顾): a report
			// reviews the year before its own. (A plan read as the
			// reviewed year is the headline's own, read as a plan's heading.
			// A collection's headline, …多篇, is no witness: such sites
			// rewrite their pieces' years along with it.)
			d.Year = review + 1
			set("year", OriginTitle)
		case titleYear(d.Title) != 0:
			d.Year = titleYear(d.Title)
			set("year", OriginTitle)
		case bareTitle(d.Title) && titleYear(pageHeadline(head)) != 0 && review != titleYear(pageHeadline(head)) &&
			(plan == 0 || plan == titleYear(pageHeadline(head))):
			// The report's own title is bare; the page's headline above it
			// (某县2031年政府工作报告【优秀范文】) dates it, unless the
			// report reviews or plans another year.
			d.Year = titleYear(pageHeadline(head))
			set("year", OriginTitle)
		case (b.National || b.Opening == "国务院" || b.Opening == "" && nationalLede(head)) && !otherOpen && nationalSessionYear(d.Body) != 0 &&
			!(review != 0 && (plan == 0 || plan == review+1) && review+1 != nationalSessionYear(d.Body)):
			// (unless the report's own review part names a year, its plan
			// part none or the next, and the session named in its head, a
			// copy's lead about it, is not the one that year's review
			// goes to: the parts are the report's words, and the year
			// after the one reviewed is the report's)
			// The State Council's report whose date line could not be
			// read (a library's preview ran it into a junk-prefixed title:
			// 1、-_政府工作报告2031年3月5日在第十八届全国人民代表大会…),
			// its title undated: the national session its head names
			// sits in a year fixed by its numbers.
			d.Year = nationalSessionYear(d.Body)
			set("year", OriginDateLine)
		case otherOpen && draftYear(head) != 0:
			// A budget's or a plan's report with no date line or dated
			// title, whose opening names the draft it presents (…2031年预算
			// 执行情况和2032年预算草案): the session sits in the draft's year.
			d.Year = draftYear(head)
			set("year", OriginOpening)
		case plan != 0 && (review == 0 || review+1 == plan):
			d.Year = plan
			set("year", OriginBody)
		case review != 0 && plan == 0:
			d.Year = review + 1
			set("year", OriginBody)
		case review != 0:
			warn("year unknown: the report reviews %d and plans %d", review, plan)
		}
		if d.Year == 0 && hdrYear != 0 && review == 0 {
			d.Year = hdrYear
			set("year", OriginCollector)
		}
		if d.Year == 0 && fileYear != 0 && review == 0 && plan == 0 {
			d.Year = fileYear
			set("year", OriginFileName)
		}
		if y := estimatedYear(d.Body); d.Year == 0 && review == 0 && plan == 0 && y != 0 {
			// A report that lost its head and names no year it reviews or
			// plans: the year it gives estimates for (预计2032年全市生产总值…)
			// is the one just ended, and the report is the next year's.
			d.Year = y + 1
			set("year", OriginBody)
		}
		if y := sessionPageYear(head); d.Year == 0 && review == 0 && plan == 0 && y != 0 {
			// A page of the report that names no year (a newspaper's
			// second page of it, 政府工作报告 / 2033-02-03 / （紧接第3版）…):
			// the day the page came out, under the title, in the season
			// of the congresses that hear reports.
			d.Year = y
			set("year", OriginBody)
		}
		if y := termReviewYear(headText(d.Body, 3000)); d.Year == 0 && review == 0 && plan == 0 && y != 0 {
			// A term's closing report dated by nothing but the start of
			// the term, five years before (1998年县第十四届人民代表大会第一次
			// 会议以来…过去五年): the term's last year.
			d.Year = y
			set("year", OriginBody)
		}
		if y := postedReportYear(in.raw); d.Year == 0 && y != 0 {
			// A portal's report whose text names no year (在县第十八届
			// 人民代表大会第三次会议上, 过去一年, 今年): the day the portal
			// posted it, under its headline, dates the session.
			d.Year = y
			set("year", OriginDateLine)
		}
		if y := nationalSessionYear(strings.Join(head[:digestAt+1], "\n")); d.Year == 0 && review == 0 && plan == 0 && digestAt >= 0 && y != 0 {
			// A digest of the State Council's report whose lede names the
			// national session it was read to (十四届全国人大一次会议…作
			// 政府工作报告，要点如下：): that session's year, as for news
			// of it.
			d.Year = y
			set("year", OriginBody)
		}
		if d.Year == 0 && !(review != 0 && plan != 0) {
			warn("year unknown: no date line, no dated title, no year reviewed or planned")
		}
	} else {
		switch {
		case d.Kind == "总结" && maskedPlanYear(headText(d.Body, 1500)) != 0:
			// A summary whose copy masked its years (20xx年, xxxx年) but
			// still calls the year it sums up a five-year plan's first
			// or last (20xx年是…“十四五”开局之年, xxxx年是…“十三五”规划
			// 的收官之年): that year, before any year the headline gives
			// (…及2034年工作规划), which a copy site put there when it
			// posted the paper.
			d.Year = maskedPlanYear(headText(d.Body, 1500))
			set("year", OriginBody)
		case d.Kind == "总结" && planDatedRe.MatchString(arabicYears(d.Title)):
			// …工作总结及2032年度工作计划: the summary, dated by the plan
			// that follows it, is of the year before.
			d.Year = atoi(planDatedRe.FindStringSubmatch(arabicYears(d.Title))[1]) - 1
			set("year", d.Origins["title"])
		case d.Kind == "总结" && samePlanYear(arabicYears(d.Title)) != 0:
			// 2032年某局工作总结与2032年工作计划: a paper cannot sum up the
			// year it plans; a copy site moved the summary's year on to
			// the plan's. The summary is of the year before the plan,
			// unless the text opens with the title's year as the one it
			// sums up (2032年，在…领导下，…): then the site moved the
			// plan's year back.
			d.Year = samePlanYear(arabicYears(d.Title)) - 1
			if openingYear(d.Body) == d.Year+1 || !namesYear(d.Body, d.Year) {
				// (nor when the text never names the year before: a
				// site that moved the summary's year on leaves the
				// review's own year in it, and a text that names none,
				// or names the title's year throughout, is of that year
				// as it stands)
				d.Year++
			}
			set("year", d.Origins["title"])
		case d.Kind == "总结" && postedSummaryYear(arabicYears(d.Title), d.Body) != 0:
			// 2033年某局工作总结及工作计划 over a text that sums up 2031
			// in its opening and in its first part's heading: a copy
			// site dated the paper by the year it posted it.
			d.Year = postedSummaryYear(arabicYears(d.Title), d.Body)
			set("year", OriginBody)
		case (d.Kind == "总结" || d.Kind == "半年总结") && restatedTitleYear(arabicYears(d.Title), head) != 0:
			// 2034年度某局上半年工作总结 over the same words dated 2033
			// (the paper's own title, or a copy site's note that names it):
			// the site dated its headline by the year it posted the paper;
			// a summary is of the year its own title gives.
			d.Year = restatedTitleYear(arabicYears(d.Title), head)
			set("year", OriginTitle)
		case (d.Kind == "总结" || d.Kind == "半年总结") && unnamedTitleYear(arabicYears(d.Title), d.Body) != 0:
			// 某局2034年工作汇报材料 over a text that opens with 2032年，…
			// and never names 2034 again: a copy site dated its headline by
			// the year it posted the paper.
			d.Year = unnamedTitleYear(arabicYears(d.Title), d.Body)
			set("year", OriginBody)
		case d.Kind == "新闻" && titleYear(d.Title) != 0 && eventHeadlineRe.MatchString(Simplify(d.Title)) && (hdrYear == 0 || hdrYear == storyYear(in.raw, head, d.Title)) && abs(storyYear(in.raw, head, d.Title)-titleYear(d.Title)) == 1:
			// News whose headline tells of a meeting (eventHeadlineRe) and
			// names the year it sums up or plans (召开2031年工作总结大会,
			// 召开2032年工作要点务虚会) is of the
			// day the story tells or the page was posted, one year on or
			// one year back (2032-01-19, 2031年12月20日): the meeting sits
			// early in the year after the one it sums up, or in the
			// December before the one it plans. A gap of more years is a
			// copy site's stamp on an old story, and the headline's year
			// stands.
			d.Year = storyYear(in.raw, head, d.Title)
			set("year", OriginBody)
		case d.Kind == "新闻" && headlinePlanYear(d.Title) != 0:
			// News whose headline names a year's work and the next one's
			// plan with no meeting verb (一图看懂：某省工会2031年工作及2032年
			// 部署): it tells of the plan, and is of the plan's year, or of
			// the day the story gives when that is the year reviewed (a
			// December meeting's).
			d.Year = headlinePlanYear(d.Title)
			if y := storyYear(in.raw, head, d.Title); y == d.Year-1 {
				d.Year = y
			}
			set("year", d.Origins["title"])
		case resolutionRe.MatchString(d.Title) && executedThenYear(d.Title) != 0:
			// A congress's resolution on how a plan or a budget went and
			// on the next year's (…关于2031年预算执行情况与2032年预算的
			// 决议): the session that adopts it sits in the later year, as
			// the one that hears the report does.
			d.Year = executedThenYear(d.Title)
			set("year", d.Origins["title"])
		case titleYear(d.Title) != 0:
			d.Year = titleYear(d.Title)
			set("year", d.Origins["title"])
		case adoptedYear(head) != 0:
			// The sitting that adopted it, under its title (a resolution's
			// （2032年1月20日…会议通过）), dates the paper, whatever year its
			// text speaks of most.
			d.Year = adoptedYear(head)
			set("year", OriginDateLine)
		case adoptedYear(headLines(d.Body, 3)) != 0:
			// …also when a page's furniture came first in the file (a
			// newspaper archive's record fields).
			d.Year = adoptedYear(headLines(d.Body, 3))
			set("year", OriginDateLine)
		case cppccSessionYear(head) != 0:
			// A paper read to a session of the CPPCC, dated by its date
			// line (——2032年3月4日在政协第十五届全国委员会第三次会议上):
			// of the session's year, not of the year its review part
			// names, as a report to the congress in session is.
			d.Year = cppccSessionYear(head)
			set("year", OriginDateLine)
		case hdrYear != 0:
			d.Year = hdrYear
			set("year", OriginCollector)
		case d.Kind == "新闻" && docNumberYear(head) != 0:
			// A page that prints a numbered paper under a site's stamp
			// (某政发〔2031〕65号 over a law library's 时间：2036-07-19): the
			// paper's own number dates it, not the day the site posted it.
			d.Year = docNumberYear(head)
			set("year", OriginBody)
		case (d.Kind == "新闻" || d.Kind == "") && issuesRe.MatchString(d.Title) && noticeFootYear(d.Body) != 0:
			// A notice that issues a paper whose name gives no year, under
			// a portal's stamp (发布日期：2032-01-25): the day it was signed,
			// in its foot (2031年1月15日, or its digits run together,
			// 2031115), not the day the portal posted it.
			d.Year = noticeFootYear(d.Body)
			set("year", OriginDateLine)
		case d.Kind == "新闻" && storyYear(in.raw, head, d.Title) != 0:
			// News is of the day it was published.
			d.Year = storyYear(in.raw, head, d.Title)
			set("year", OriginBody)
		case d.Kind == "新闻" && ledeMeetingYear(Simplify(headText(d.Body, 600))) != 0:
			// Undated news whose lede opens with the day and names the
			// meeting held by the year it is for (1月18日上午，2032年全市
			// 某某工作会议召开; 11月28日至30日，2033年全市工作务虚会召开):
			// the meeting's year, or the year before when it plans that
			// year in its November or December; a summary meeting (召开
			// 2031年度工作总结会) early in a year sums up the year before.
			d.Year = ledeMeetingYear(Simplify(headText(d.Body, 600)))
			set("year", OriginBody)
		case d.Kind == "新闻" && ledePlannedYear(Simplify(headText(d.Body, 1500))) != 0:
			// Undated news of December that tells of planning the next
			// year's work (12月24日，…提前谋划2032年工作): the year that
			// ends, not the one planned, which the text names most
			// recently.
			d.Year = ledePlannedYear(Simplify(headText(d.Body, 1500)))
			set("year", OriginBody)
		case d.Kind == "新闻" && nationalSessionYear(d.Body) != 0:
			// Undated news of a session of the National People's Congress
			// (or of the national CPPCC) named by its numbers: their
			// calendar is fixed, and the session is of the year it sat.
			d.Year = nationalSessionYear(d.Body)
			set("year", OriginBody)
		case d.Kind == "新闻" && review != 0 && plan == review+1:
			// Undated news of a session: the report it tells of reviews
			// one year and plans the next, and the session sits early in
			// the year it plans, or in the December that ends the year
			// it reviews (its lede's day says which).
			d.Year = plan
			if m := ledeDayRe.FindStringSubmatch(headText(d.Body, 400)); m != nil && m[1] == "12" {
				d.Year = review
			}
			set("year", OriginBody)
		case d.Kind == "新闻" && meetingPlanYear(headText(d.Body, 1500)) != 0:
			// News of a work meeting that summed up one year's work and
			// set the next one's (系统总结2031年工作，全面安排部署2032年工作),
			// or of a session whose work report reviewed one year and set
			// out the next (报告回顾了2031年…，并为2032年…): the meeting
			// sits early in the year it plans, or in the December that
			// ends the year it sums up.
			d.Year = meetingPlanYear(headText(d.Body, 1500))
			if m := ledeDayRe.FindStringSubmatch(headText(d.Body, 400)); m != nil && m[1] == "12" {
				d.Year--
			}
			set("year", OriginBody)
		case d.Kind == "新闻" && reportPartsYear(headText(d.Body, 3000)) != 0:
			// Undated news of a session that lists the parts of the work
			// report heard, below the names of the presidium that fill
			// its lede (报告共分三部分：2031年工作回顾；…；2032年任务和
			// 重点): the session sits in the year the report sets out, or
			// in the December that ends the year it reviews.
			d.Year = reportPartsYear(headText(d.Body, 3000))
			if m := ledeDayRe.FindStringSubmatch(headText(d.Body, 400)); m != nil && m[1] == "12" {
				d.Year--
			}
			set("year", OriginBody)
		case d.Kind == "新闻" && sessionReviewYear(headText(d.Body, 3000)) != 0:
			// Undated news of a congress session that quotes what the
			// report says of the year it reviews (李某在报告中说，2031年是…,
			// 在回顾2031年工作时): the session sits early in the next year,
			// or in the December that ends the year reviewed.
			d.Year = sessionReviewYear(headText(d.Body, 3000))
			set("year", OriginBody)
		case d.Kind == "新闻" && subtitleReportYear(head) != 0:
			// News whose page kept only its headline's subtitle, and the
			// subtitle names the report it tells of (——2032年某县政府工作
			// 报告解读): the year of that report.
			d.Year = subtitleReportYear(head)
			set("year", OriginTitle)
		case interpretedReportYear(head) != 0:
			// A page that interprets a dated work report, its headline
			// naming it (2032“两会”解读政府工作报告要点之一：2031年工作
			// 回顾, 2032年某县政府工作报告解读): that report's year, not
			// the year its review part speaks of most.
			d.Year = interpretedReportYear(head)
			set("year", OriginTitle)
		case organReport(d.Title) && (review != 0 && (plan == 0 || plan == review+1)):
			// Another body's work report heard at a session (某县政协常务
			// 委员会工作报告), no date line read and no year in its title:
			// the session sits in the year after the one its review part
			// reviews (2031年工作回顾, 一、2031年主要工作 / 一年来…), as a
			// government's report does.
			d.Year = review + 1
			set("year", OriginBody)
		case openingYear(d.Body) != 0:
			// A paper without a dated title that opens with the year it
			// reviews (2031年以来，我局…): that year, whatever baseline its
			// figures are compared with more often (是2025年末的1.83倍).
			d.Year = openingYear(d.Body)
			set("year", OriginBody)
		case d.Kind != "总结" && docNumberYear(head) != 0:
			// A paper that names no year of its own is of the year its
			// document's number gives (某政发〔2031〕52号 under its title,
			// after it, or in the disclosure table's 发文字号), before the
			// years its text looks ahead to; a summary is numbered in the
			// year after the one it sums up.
			d.Year = docNumberYear(head)
			set("year", OriginDateLine)
		case centralReportYear(d.Body) != 0:
			// The central committee's report to the party's national
			// congress, kept from its greeting on (同志们： / 现在，我代表第
			// 二十一届中央委员会向大会作报告): the congress's year, which
			// its number fixes, not the years its goals look to (到二〇
			// 三五年…), which it names more often.
			d.Year = centralReportYear(d.Body)
			set("year", OriginBody)
		case d.Kind == "" && stampedPageYear(d, in.raw) != 0:
			// A page of no kind that bears, above its text, the stamp of
			// the day it was posted in a shape the news reader does not
			// take for a sign of news (日期：2031-06-02, 发表于 2031-11-12
			// 17:29:41, a bare 2031-11-08 17:33 under the headline): of
			// that day, as news is, before the years its text speaks of (a
			// law in force since the year before, the plans for the next).
			// Not when the text's own year is two or more years before
			// the stamp: an archive or a yearbook that posted an old story
			// (a 2034 stamp over a meeting that heard a 2031 report). A
			// paper's own number, an opening year and the like came first.
			// Not a speech's or a duty report's page (…会上的讲话, 述职报告):
			// copy sites post them years after they were given, and the
			// stamp is the upload's; nor a template whose text leaves its
			// year blank (20__年度述职报告, 20XX年): it is of no year.
			d.Year = stampedPageYear(d, in.raw)
			set("year", OriginBody)
		case (d.Kind == "" || d.Kind == "新闻") && observanceYear(Simplify(d.Title+"\n"+headText(d.Body, 1500))) != 0:
			// Undated news of a yearly observance counted by its ordinal
			// (庆祝第39个教师节, 迎来第十二个全民国家安全教育日): the year that
			// ordinal falls in, before the years of history the text
			// recalls (自1996年起).
			d.Year = observanceYear(Simplify(d.Title + "\n" + headText(d.Body, 1500)))
			set("year", OriginBody)
		case bodyYear(d.Body) != 0:
			d.Year = bodyYear(d.Body)
			set("year", OriginBody)
		case bodyYear(arabicYears(d.Body)) != 0:
			// Only Chinese numerals date the text (a page whose one date
			// is its closing date, 二〇三一年八月十三日): their year.
			d.Year = bodyYear(arabicYears(d.Body))
			set("year", OriginBody)
		case fileYear != 0:
			d.Year = fileYear
			set("year", OriginFileName)
		}
	}
	if hdrYear != 0 && d.Year != 0 && hdrYear != d.Year && d.Origins["year"] != OriginCollector {
		warn("the collector's header says %d; the %s says %d", hdrYear, d.Origins["year"], d.Year)
	}
	if fileYear != 0 && d.Year != 0 && fileYear != d.Year && d.Origins["year"] != OriginFileName {
		warn("the file name says %d; the %s says %d", fileYear, d.Origins["year"], d.Year)
	}

	// Region and issuer.
	place := func(d *Document, set func(string, string), warn func(string, ...any)) {
		if speech || d.Kind == "政府工作报告" || halfYearReportTitle(d.Title) {
			// (A government's half-year report to its congress speaks
			// for the government as its year's report does.)
			reportPlace(d, b, in, set, warn)
			if lede := reportLede(head, digestAt); d.Region == "" && lede != "" {
				// A digest's lede, or a news lede over the report's own
				// words, names the congress the report was read to (某省省长
				// 某某向省十四届人大四次会议作政府工作报告，要点摘编如下：,
				// …某省十一届人大二次会议开幕，省长某某作政府工作报告。他说
				// —— / 各位代表！…), as a session's news does: its place.
				p := congressPlace(lede)
				if p == "" {
					p = shortCongressPlace(lede)
				}
				if p != "" {
					d.Region = p
					set("region", OriginBody)
					d.Warnings = slices.DeleteFunc(d.Warnings, func(w Warning) bool {
						return strings.HasPrefix(w.Message, "region unknown")
					})
				}
			}
		} else {
			otherPlace(d, in, set)
		}
		if d.Issuer == "" && d.Kind != "政府工作报告" && committeeOfficer(d, set) {
			return
		}
		if o := budgetOffice(d, d.Region); d.Issuer == "" && o != "" {
			d.Issuer = o
			set("issuer", OriginTitle)
		}
		if o := scopeEducationOffice(d); d.Issuer == "" && o != "" {
			d.Issuer = o
			set("issuer", OriginTitle)
		}
		if o := educationAuthorityOffice(d); d.Issuer == "" && o != "" {
			d.Issuer = o
			set("issuer", OriginBody)
		}
	}
	place(d, set, warn)
	if d.Region == "" {
		if p := prefectureByStem(d.Body); p != "" {
			d.Region = p
			set("region", OriginBody)
		}
	}
	if notice != "" && (d.Region == "" || d.Issuer == "") {
		// The paper's title names no place or office (2031年全市卫生健康
		// 工作要点, 政府工作报告): the notice's headline over it does.
		n := *d
		n.Title, n.Origins = notice, maps.Clone(d.Origins)
		place(&n, func(field, origin string) { n.Origins[field] = origin }, func(string, ...any) {})
		if d.Region == "" && n.Region != "" {
			d.Region = n.Region
			set("region", n.Origins["region"])
		}
		if d.Issuer == "" && n.Issuer != "" {
			d.Issuer = n.Issuer
			set("issuer", n.Origins["issuer"])
		}
	}
	if d.Issuer == "" && d.Kind != "政府工作报告" && officeSuffixRe.MatchString(in.header.Issuer) {
		// A bureau's paper that calls its office 我局 alone, the office
		// named by the page's record of the paper (the 政府信息公开
		// table's 发文机关 or 发布机构: html.go) or by a collector's
		// 发文单位: that office, when it is one of the paper's place.
		// (A work report's record names the government's office, which
		// publishes the report the government gives.)
		if p := namedPlace(in.header.Issuer); p == "" || d.Region == "" || p == d.Region {
			d.Issuer = in.header.Issuer
			set("issuer", OriginCollector)
		}
	}
	if ds := lookupPlace(d.Region); len(ds) == 1 && ds[0].name != d.Region && strings.HasSuffix(d.Region, ds[0].name) {
		// a chain that settles a name several places share (某市郊区,
		// namedPlace's): the place, in its city and province
		d.Region, d.Province, d.Prefecture = ds[0].name, ds[0].province, ds[0].prefecture
	}
	if d.Region != "" && d.Region != "全国" {
		d.Region = fullPlaceName(d.Region)
		if ds := resolvePlace(d.Region, ""); len(ds) > 0 && d.Province == "" && d.Prefecture == "" {
			d.Province, d.Prefecture = PlaceChain(d.Region)
		}
		if s, ok := successorCounty(d.Region); ok && d.Province == "" && d.Prefecture == "" && (namesPlace(d.Title, s.prefecture) || namesPlace(d.Title, s.province)) {
			// A county by the name it had before it became a district
			// (成都市新津县, now 新津区): its successor's province and
			// prefecture, which a reader filters by, when the title names
			// them; a county of the same stem elsewhere (青川市白塔县, not
			// 辽阳市's 白塔区) keeps none.
			d.Province, d.Prefecture = s.province, s.prefecture
		}
	}
	if d.Region == "" && d.Issuer != "" {
		// A paper that leaves its place blank (XX县教育局, **镇人民政府, a
		// copy site's template) or names its body by the level alone
		// (县教育局2031年工作总结, 我代表县人民政府): the issuer keeps the
		// level, all the paper says of its place.
		level := blankPlaceLevel(d.Title, d.Body, d.Issuer)
		if level == "" && isCommittee(d.Issuer) {
			// A zone's committee (管委会2031年工作总结): the zone's kind
			// the text gives after the mask of its name (__经济开发区).
			level = maskedZoneKind(d.Title + "\n" + headText(d.Body, 3000))
		}
		if level == "" && strings.HasSuffix(d.Issuer, "局") && !leveledName(d.Issuer) {
			// A bureau's paper whose opening says whom it worked under
			// (在县委、县政府的坚强领导下, 我局在区委区政府…): the party
			// committee and the government of its own level, in its first
			// 500 characters or so, in simplified characters (a copy's
			// notes may come first: r78d ushengzhilian names 區委、區政府
			// at its 480th, and lost its level).
			level = superiorsLevel(Simplify(headText(d.Body, 1500)))
			if level == "" {
				// …or that calls its own place by one county level alone
				// (全县, 我区, 区属: ownLevel), also in its head's duty
				// report (教育局长述职报告), which speaks for the office.
				// A zone's bureau working for its committees (党工委、管委会)
				// calls the zone 全区: no district's level.
				k := d.Kind
				if k == "" && strings.Contains(d.Title, "述职") {
					k = "总结"
				}
				// One that names its superiors after its place's name (在
				// 某某区委区政府…) names its place: no blank to fill.
				// And a city's bureau may call its province 全区 (an
				// autonomous region's): the level must be heard more
				// often than the city's voice (全市, 我市, 本市).
				if head := headText(d.Body, 3000); !strings.Contains(head, "党工委") && !strings.Contains(head, "管委会") && !namedSuperiorsRe.MatchString(head) {
					if u := ownLevel("", d.Body, k); u != "" && voiceCount(d.Body, u) > voiceCount(d.Body, "市") {
						level = u
					} else if cityVoiced(d.Body, k) {
						// …or as a city (全市, 我市, 市直) and never
						// as a county: the city's bureau, 市教育局, as
						// a county's is 县教育局. The level is all the
						// paper says of its place, and what a reader
						// filtering bureaus by level needs.
						level = "市"
					}
				}
			}
		}
		if level == "" && (strings.HasSuffix(d.Issuer, "局") || officeCommissionRe.MatchString(d.Issuer)) && !leveledName(d.Issuer) {
			// …or that names its own place with the name masked (紧紧围绕
			// xx区“…”决策部署, XX县教育事业…): the level after the mask,
			// heard more often than any other's. (A congress's standing
			// committee speaks for its place otherwise.)
			level = maskedPlaceLevel(Simplify(headText(d.Body, 3000)))
		}
		if o := maskedTownIssuer(d.Title); level == "" && d.Issuer == "人民政府" && o != "" {
			// A page of a township's or a street's report titled by the
			// level alone (乡2031年政府工作报告-10篇): that level's body.
			d.Issuer, level = o, ""
		} else if level == "" && strings.HasPrefix(d.Issuer, "人民政府") {
			// A government's report copied from its review on, without
			// the greeting: the level of the congress whose targets it
			// says it met (完成了县十七届人大二次会议确定的各项任务).
			if m := ownCongressRe.FindStringSubmatch(headText(d.Body, 3000)); m != nil {
				level = m[1]
			}
		}
		d.Issuer = level + d.Issuer
	}
	if d.Issuer == "" && (d.Kind == "新闻" || d.Kind == "") {
		// News is issued by its publisher (publisher.go): the paper,
		// agency, site or office the page names as its source; an
		// office of the page's own place by its kind alone, as a
		// paper's author is (某县新闻办公室 under 某县 is 新闻办公室).
		// A page of no kind is news when a dateline, a byline or an
		// editor's credit names its medium (某某网讯, （某某社记者…电）), or
		// when its headline tells of a government's dealings.
		if p, lede := newsPublisher(in.raw, d.Title); p != "" && (d.Kind == "新闻" || lede || storyHeadline(d.Title)) {
			if d.Region != "" && d.Region != "全国" && !publisherMediaRe.MatchString(p) && namedPlace(p) == d.Region {
				p = afterPlace(p, d.Region)
			} else if l := string(firstRune(p)); levelOfficeRe.MatchString(p) && strings.HasSuffix(d.Region, l) {
				p = p[len(l):] // 县农业农村局 under 某县: its kind, as above
			}
			d.Issuer = p
			set("issuer", OriginBody)
		}
	}
	d.Issuer = fullOfficeName(fullOrgName(d.Issuer), d.Body)
	if m := levelPartyDeptRe.FindStringSubmatch(d.Issuer); m != nil {
		// A party committee's department named by its level alone (区宣传部
		// 2031年工作总结): the department of that level's committee.
		d.Issuer = m[1] + "委" + m[2]
	}
	if d.Kind == "政府工作报告" && d.Title == "" {
		// A work report kept without its head, no title line, no greeting
		// (a portal's page from 一、2031年工作回顾 on, a PDF's later pages
		// from 2031年是本届政府开局之年): its body reads as the report,
		// so it bears the official title, as one opening at 各位代表 does.
		// (Set last: the rules above read an empty title as a page with
		// no head.)
		d.Title = "政府工作报告"
		set("title", OriginBody)
	}
}

// levelPartyDeptRe matches a party committee's department named by the
// level alone, without the committee (区宣传部, 县组织部, 市统战部): the
// level in group 1, the department in group 2.
var levelPartyDeptRe = mustLitRe(`^([省市县区州旗])(宣传部|组织部|统战部|统一战线工作部)$`)

// orgFullNames maps the short name of a people's organization, of a
// congress's standing committee, of the development and reform office
// (市发改委, 市发展改革委 as its own reports call it), or of a zone's
// administrative committee (新区管委会, whose own reports mostly say so), to
// its full name.
var orgFullNames = map[string]string{
	"人大常委会": "人民代表大会常务委员会",
	"发改委":   "发展和改革委员会", "发展改革委": "发展和改革委员会", "发改局": "发展和改革局",
	"妇联": "妇女联合会", "科协": "科学技术协会", "残联": "残疾人联合会", "文联": "文学艺术界联合会",
	"社科联": "社会科学界联合会", "侨联": "归国华侨联合会", "工商联": "工商业联合会",
	"管委会": "管理委员会",
}

// fullOrgName returns issuer with a people's organization's short name at
// its end spelt in full (县妇联 is 县妇女联合会, 科协 科学技术协会): one
// issuer, not two, for the facets to count (市人大常委会 is
// 市人民代表大会常务委员会, whether or not a place is named).
func fullOrgName(issuer string) string {
	for short, full := range orgFullNames {
		if rest, ok := strings.CutSuffix(issuer, short); ok {
			return rest + full
		}
	}
	return issuer
}

// officeFullNames maps the short name of a government office that papers
// and titles use (卫健委, 人社局, 市场监管局) to the full names it may stand
// for, the commonest first: one body is one issuer for the facets to count
// and the filter to find, 市卫健委 and 市卫生健康委员会 alike (r78d: a city's
// 卫健委 paper was counted apart from the 卫生健康委员会's). Where the
// office's place spells it one of two ways (教育体育局, 教育和体育局), the
// way the paper's own text spells it wins.
var officeFullNames = map[string][]string{
	"卫健委": {"卫生健康委员会"}, "卫健局": {"卫生健康局"},
	"卫计委": {"卫生和计划生育委员会", "卫生计生委员会"}, "卫计局": {"卫生和计划生育局", "卫生计生局"},
	"人社局":   {"人力资源和社会保障局", "人力资源社会保障局"},
	"市场监管局": {"市场监督管理局"},
	"住建局":   {"住房和城乡建设局", "住房城乡建设局"},
	"医保局":   {"医疗保障局"},
	"教体局":   {"教育体育局", "教育和体育局"},
	"文旅局":   {"文化和旅游局", "文化旅游局"},
}

// fullOfficeName returns issuer with an office's short name at its end
// (officeFullNames) spelt in full, as the text names the office in full
// when it does (县卫健局 is 县卫生健康局; 区教体局 of a paper that calls
// itself 教育和体育局 is 区教育和体育局), the commonest full name when it
// does not.
func fullOfficeName(issuer, text string) string {
	for short, fulls := range officeFullNames {
		pre, ok := strings.CutSuffix(issuer, short)
		if !ok || pre != "" && !strings.ContainsRune(placeLevels, lastRune(pre)) {
			continue // (a name that only ends so: 某某卫健委 stays whole)
		}
		if len(fulls) > 1 {
			text = Simplify(text)
		}
		full := fulls[0]
		best := -1
		for _, f := range fulls {
			if i := strings.Index(text, f); i >= 0 && (best < 0 || i < best) {
				full, best = f, i
			}
		}
		return pre + full
	}
	return issuer
}

// namedSuperiorsRe matches the party committee and the government a
// bureau's opening says it worked under, after their place's name (在某某区
// 委区政府的领导下, 在某某县委、县政府).
var namedSuperiorsRe = mustLitRe(`(?:在|围绕|按照|根据)\p{Han}{2,6}?([县区旗])委[、，,和及]?\s*(?:\p{Han}{2,6}?)?[县区旗](?:人民)?政府`)

// superiorsRe matches the party committee and the government a bureau's
// opening says it worked under, each named by its level alone (在县委、县
// 政府的领导下, 在区委区政府…, 围绕县委、县政府…, 沿着区委、区政府…, and
// after its superior office's guidance: 在市教委的统一部署和区委、区政府的
// 领导下),
// not after a place's name (在某某区委区政府…); the two levels in
// groups 1 and 2.
var superiorsRe = mustLitRe(`(?:^|[^\p{Han}]|在|围绕|按照|根据|于|沿着|和)([省市县区旗州盟])委[、，,和及]?\s*([省市县区旗州盟])(?:人民)?政府`)

// superiorsLevel returns the level of the first party committee and
// government that head names together, when both are of that one level,
// or "".
func superiorsLevel(head string) string {
	if m := superiorsRe.FindStringSubmatch(head); m != nil && m[1] == m[2] {
		return m[1]
	}
	return ""
}

// ownCongressRe matches a government report's account of the targets its
// own congress set (完成了市九届人大三次会议确定的目标任务, 圆满完成县十六届
// 人大确定的…): the congress named by its level alone, after a mark or
// after 完成(了); the level in group 1.
var ownCongressRe = mustLitRe(`(?:^|[^\p{Han}]|完成了?)([省市县区旗州盟镇乡])第?[一二三四五六七八九十]{1,3}届人大[^。，；、]{0,10}?(?:确定|提出)的`)

// maskedZoneRe matches a zone whose name a copy or a template masks, its
// kind after the mask (__经济开发区, 在XX高新区, 某新区, but not 的某新区
// where 某 is a word), the kind in group 1.
var maskedZoneRe = mustLitRe(`(?:[XxＸｘ×*＊○〇□_＿]+|(?:^|[^\p{Han}])某+)(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|技术开发区|开发区|高新区|新区|工业园区|产业园区|园区)`)

// maskedZoneKind returns the kind of the first zone s names with its name
// masked (经济开发区 of __经济开发区), or "".
func maskedZoneKind(s string) string {
	if m := maskedZoneRe.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// officeCommissionRe matches a government office that is a commission by
// its short name (卫健委, 发改委, 教委), not a party committee (党委, 工委).
var officeCommissionRe = mustLitRe(`(?:卫健|卫生健康|发改|发展改革|卫计|教)委$`)

// maskedCountyRe matches a county's, a district's, a banner's or a city's
// name a copy or a template masks (xx区, XX县, **市, 某某旗), the level in
// group 1; not a level run on into a word (XX市场, XX区域, XX县城).
var maskedCountyRe = mustLitRe(`(?:[XxＸｘ×*＊○〇□_＿]{2,}|某{1,2})([县区旗市])([场域城]?)`)

// maskedPlaceLevel returns the level of the places s names masked when one
// level is named so more often than any other (a county's bureau names its
// city, xx市, less often than its own county, xx县), or "".
func maskedPlaceLevel(s string) string {
	n := map[string]int{}
	for _, m := range maskedCountyRe.FindAllStringSubmatch(s, -1) {
		if m[2] == "" {
			n[m[1]]++
		}
	}
	best, top, tie := "", 0, false
	for _, u := range []string{"县", "区", "旗", "市"} {
		switch {
		case n[u] > top:
			best, top, tie = u, n[u], false
		case n[u] == top && top > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// maskedTownLeadRe matches a title that opens with a township or a street
// whose name is masked or left out, the year, the half year or the work
// after it (XX镇2031年…, 〔…〕镇2031上半年…, 镇2031年…, 街道2031年工作总结…,
// 街道工作总结及…), or with the year before it (2031年度某街道工作总结…);
// the level in group 1.
var maskedTownLeadRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年度?\s*)?[某XxＸｘ×*＊○〇□_＿?？…〔〕\[\]\s]*([镇乡]|街道(?:办事处)?)(?:(?:19|20)[0-9Xx*]{2}\s*年?|年度|上半年|下半年|工作)`)

// maskedTownIssuer returns the body that writes the paper of a township
// or a street its title names by the level alone (maskedTownLeadRe): the
// township's government (镇人民政府), the street's office (街道办事处); ""
// for a title that does not open so.
func maskedTownIssuer(title string) string {
	m := maskedTownLeadRe.FindStringSubmatch(arabicYears(title))
	switch {
	case m == nil:
		return ""
	case strings.HasPrefix(m[1], "街道"):
		return "街道办事处"
	}
	return m[1] + "人民政府"
}

// placeLevels are the levels a body's place name ends with.
const placeLevels = "省市县区镇乡旗州盟"

// leveledName reports whether a body's name opens with its level (县教育局,
// 区人民政府). An office whose own name opens with a level's character
// (市场监督管理局, 市场监管局, 区域…) names none: 区市场监督管理局 is the
// district's, and a paper titled so keeps 区 (r79b: two of eleven bureau
// papers lost it, issuer 市场监督管理局).
func leveledName(name string) bool {
	r, size := utf8.DecodeRuneInString(name)
	return strings.ContainsRune(placeLevels, r) && !strings.HasPrefix(name[size:], "场") && !strings.HasPrefix(name[size:], "域")
}

// placeMasks are the characters a copy site or a template puts for a place's
// name: 某, XX, **, ○○, underscores, question marks where a character was lost.
const placeMasks = "某XxＸｘ×*＊○〇□_＿?？ "

// sessionTermRe matches the term of office a government may be named with
// after its place, at the end of the text before it: 十四届, 第**届.
var sessionTermRe = mustLitRe(`第?[0-9〇零一二三四五六七八九十百*＊xXｘＸ]{1,4}届$`)

// blankPlaceLevel returns the level issuer is named by where its place is
// blank or missing: in the title, on a line of its own (the signature, the
// byline under the title) or in the body's opening, issuer (or 政府 for
// 人民政府) after a level character that follows masks only, at a line's
// start, after a mark or after 代表 (我代表县人民政府向大会报告工作). A
// level after a place's name (平邑县教育局) is no blank. "" when none.
func blankPlaceLevel(title, body, issuer string) string {
	if leveledName(issuer) {
		return ""
	}
	names := []string{issuer}
	if rest, ok := strings.CutPrefix(issuer, "人民政府"); ok {
		names = append(names, "政府"+rest) // XX镇政府工作报告
	}
	find := func(s string) string {
		s = strings.ToValidUTF8(s, "")
		for _, name := range names {
			for off := 0; ; {
				i := strings.Index(s[off:], name)
				if i < 0 {
					break
				}
				at := off + i
				off = at + len(name)
				if m := sessionTermRe.FindStringIndex(s[:at]); m != nil {
					at = m[0] // 我代表旗十四届人民政府, **乡第**届人民政府
				}
				level := ""
				if strings.HasSuffix(s[:at], "苏木") {
					level = "苏木" // a pastoral banner's township: 我代表苏木人民政府
				} else if r, n := utf8.DecodeLastRuneInString(s[:at]); n > 0 && strings.ContainsRune(placeLevels, r) {
					level = string(r)
				}
				if level == "" {
					continue
				}
				before := strings.TrimRight(s[:at-len(level)], placeMasks)
				if rest, ok := strings.CutSuffix(before, "、"); ok {
					if l, _ := utf8.DecodeLastRuneInString(rest); strings.ContainsRune(placeLevels, l) {
						continue // levels in a list: 市、县交通运输局
					}
				}
				if before == "" || strings.HasSuffix(before, "代表") || strings.HasSuffix(before, "受") || leadYearEndRe.MatchString(before) {
					// (also after the date alone a title opens with:
					// 2031年县教育局工作要点, 2031年07月区教育局工作安排,
					// 2031年县政府…, XX年区卫生局…)
					return level
				}
				if r, _ := utf8.DecodeLastRuneInString(before); !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					return level
				}
			}
		}
		return ""
	}
	if u := find(strings.TrimSpace(title)); u != "" {
		return u
	}
	if strings.HasPrefix(issuer, "人民政府") {
		// a government's own words before a headline's (县政府工作报告
		// over a report that says 我代表旗十四届人民政府): the site that
		// copied it may give the level wrong
		if u := speakerLevel(body, find); u != "" {
			return u
		}
	}
	opening := true
	for _, l := range strings.Split(body, "\n") {
		l = strings.TrimSpace(l)
		n := utf8.RuneCountInString(l)
		if n <= 30 && (strings.HasSuffix(l, issuer) || title != "" && strings.Contains(l, title)) {
			// (also the title restated with the level the headline left
			// out: a collection's entry or piece title 1.市某局2031年度
			// 工作计划 under the headline 某局2031年度工作计划)
			if u := find(l); u != "" {
				return u
			}
		}
		if n <= 60 && strings.Contains(l, issuer) {
			// the speaker's line of a report to a work meeting, maybe
			// glued after the report's name (…工作报告市某局局长 某某)
			if m := meetingSpeakerRe.FindStringSubmatch(despace(l)); m != nil {
				if u := find(m[1]); u != "" {
					return u
				}
			}
		}
		if opening && n >= 60 {
			// the first paragraph of prose, where a bureau's paper names
			// itself as the subject (…的一年。区教育局紧扣…); a government's
			// names its superiors there too (在省委、省政府的领导下)
			opening = false
			if !strings.HasPrefix(issuer, "人民政府") {
				if u := find(l); u != "" {
					return u
				}
			}
		}
	}
	return speakerLevel(body, find)
}

// speakerLevel returns the level find reads in the report's opening, where
// the speaker names the body he speaks for (现在，我代表县人民政府，向大会
// 报告工作, or 我受镇人民政府委托，向大会作政府工作报告, 受市人民政府委托，
// 由我向大会作工作报告), or "".
func speakerLevel(body string, find func(string) string) string {
	head := body[:min(len(body), 3000)]
	for _, w := range []string{"代表", "受"} {
		for off := 0; ; {
			i := strings.Index(head[off:], w)
			if i < 0 {
				break
			}
			at := off + i + len(w)
			// what find reads ends in 代表 or in 受
			from := at - len(strings.TrimPrefix(w, "我"))
			if u := find(head[from:min(len(head), at+30)]); u != "" {
				return u
			}
			off = at
		}
	}
	return ""
}

// leadYearEndRe matches a year, or a copy site's masked year, that ends the
// text before a level (2031年, 2031年度, XX年, 20**年), or a year and month,
// or a year without 年 (2031县教育局…), that are all the text before it
// (2031年07月).
var leadYearEndRe = mustLitRe(`(?:^|[^0-9０-９])(?:(?:19|20)[0-9０-９]{2}|(?:19|20|２０)?[XxＸｘ×*＊]{2})\s*年度?$|^(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月份?$|^(?:19|20)[0-9]{2}$`)

// infoboxNameRe matches an encyclopedia infobox's line that gives the
// entry's name: - 中文名：2032年某县政府工作报告.
var infoboxNameRe = mustLitRe(`^[-•·*]?\s*中文名\s*[：:]\s*(\S.{3,59})$`)

// infoboxName returns the name an encyclopedia page's infobox gives the
// entry among the first lines of head, when it names a paper, or "".
func infoboxName(head []string) string {
	for i, l := range head {
		if i >= 20 {
			break
		}
		if m := infoboxNameRe.FindStringSubmatch(strings.TrimSpace(normLine(l))); m != nil && namesDocument(m[1]) {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// otherReportOpeningRe matches an opening's words on what it reports that
// is not the government's work: a budget, a plan, a plan's outline.
//
// A bureau's opening may put it the other way round: 受某市人民政府委托，现将
// 本市2031年预算执行情况和2032年预算草案提请大会审议.
//
// What it reports is named in the opening's first clause: a page that
// prints the commas in ASCII (向大会作政府工作报告,请连同《…规划纲要(草案)》一并
// 审议) has the work report first and the plan's outline only reviewed
// with it, as with full-width commas.
var otherReportOpeningRe = mustLitRe(`向大会(?:作|报告|提交|汇报)?(?:关于)?[^，。；,;]{0,40}?(?:预算执行情况|预算草案|决算|计划执行情况|计划草案|计划及|规划纲要|目标纲要)|现将[^，。；,;]{0,40}?(?:预算执行情况|预算草案|决算|计划执行情况|计划草案)[^，。；,;]{0,40}?提(?:请|交)`)

// draftYearRe finds the year of the draft an opening presents (2032年预算
// 草案, 2032年国民经济和社会发展计划草案); group 1 is the year. A 和 links
// two papers (2031年计划执行情况和2032年计划草案), except inside the
// draft's own full name (国民经济和社会发展计划, 中央和地方预算).
var draftYearRe = mustLitRe(`((?:19|20)[0-9]{2})\s*年(?:国民经济和社会发展|中央和地方|[^，。；、和与及]){0,16}?(?:预算|计划)\s*[（(]?草案`)

// draftYear returns the year of the draft that the opening among the first
// lines of head presents, 0 for none.
func draftYear(head []string) int {
	if rest, ok := openingClause(head); ok {
		if m := draftYearRe.FindStringSubmatch(foldDigits(rest)); m != nil {
			return atoi(m[1])
		}
	}
	return 0
}

// executedThenRe finds a title's two years of a plan or a budget: the one
// whose execution it reviews, then the next (2031年国民经济和社会发展计划
// 执行情况与2032年…, 2031年中央和地方预算执行情况和2032年…), in groups 1
// and 2.
var executedThenRe = mustLitRe(`((?:19|20)[0-9]{2})\s*年[^，。；《》]{0,24}?执行情况\s*(?:与|和|及)\s*((?:19|20)[0-9]{2})\s*年`)

// executedThenYear returns the later year of executedThenRe in title when
// it is the year after the first, else 0.
func executedThenYear(title string) int {
	m := executedThenRe.FindStringSubmatch(foldDigits(arabicYears(title)))
	if m == nil || atoi(m[2]) != atoi(m[1])+1 {
		return 0
	}
	return atoi(m[2])
}

// titleDraftYear returns the year of the draft a plan's or a budget's
// report names in its title (…和2032年预算草案的报告), or 0.
func titleDraftYear(title string) int {
	if m := draftYearRe.FindStringSubmatch(foldDigits(arabicYears(title))); m != nil {
		return atoi(m[1])
	}
	return 0
}

// openingClause returns what the opening among the first 12 lines of head
// says after who speaks (我代表某市人民政府, 受某市人民政府委托), up to the
// end of its sentence or clause, and whether head has an opening.
func openingClause(head []string) (string, bool) {
	for i, l := range head {
		if i >= 12 {
			break
		}
		if loc := openingRe.FindStringIndex(l); loc != nil {
			rest := l[loc[1]:]
			if k := strings.IndexAny(rest, "。；"); k >= 0 {
				rest = rest[:k]
			}
			return rest, true
		}
	}
	return "", false
}

// openedReportRe finds the paper an opening names after 向大会作: 关于某市
// 国民经济和社会发展第十一个五年规划纲要的报告, or a name in title marks
// (《某市…规划纲要的报告》); group 1 or 2.
var openedReportRe = mustLitRe(`^[，,\s]*向大会(?:作|做)了?(?:《([^《》]{6,60}?报告)》|(关于[^，。；,;《》]{4,60}?的报告))`)

// openedReport returns the name the opening among the first lines of head
// gives the paper it reads (向大会作关于…的报告), or "" when it names none,
// names the work report, or names a year: a plan's name may carry its
// horizon (…“九五”计划及2035年远景目标纲要的报告), which a title's year would
// pass off as the report's.
func openedReport(head []string) string {
	rest, ok := openingClause(head)
	if !ok {
		return ""
	}
	m := openedReportRe.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	if t := cmp.Or(m[1], m[2]); !strings.Contains(t, "工作报告") && titleYear(t) == 0 {
		return t
	}
	return ""
}

// otherOpening reports whether the opening among the first lines of head
// says it reports on a budget or a plan rather than on the government's
// work.
//
// So does an opening in which another body reports to the congress: its
// standing committee, a CPPCC committee's standing committee, the court,
// the procuratorate (我受某市人民代表大会常务委员会的委托，向大会报告工作),
// whatever a page's headline calls the paper.
func otherOpening(head []string) bool {
	for i, l := range head {
		if i >= 12 {
			break
		}
		if otherBodyOpeningRe.MatchString(l) || committeeSitting(l) {
			return true
		}
	}
	if massCongressBody(head) != "" {
		return true
	}
	rest, ok := openingClause(head)
	return ok && otherReportOpeningRe.MatchString(rest)
}

// committeeSittingRe matches the sitting of a people's congress's standing
// committee as a date line names it (在某市第十五届人民代表大会常务委员会第五次
// 会议上, 在区人大常委会第十次会议上); committeeGreetingRe the committee's
// greeting (主任、各位副主任、秘书长、各位委员; the national committee's
// 委员长、各位副委员长、秘书长、各位委员), or the committee's name alone
// above the text, as a letter is addressed (全国人民代表大会常务委员会：,
// 某市人大常委会：).
var (
	committeeSittingRe  = mustLitRe(`在[^，。；]{0,30}?(?:人民代表大会|人大)\s*常务?委员?会\s*第[一二三四五六七八九十百零〇0-9]{1,4}次(?:全体)?会议上`)
	committeeGreetingRe = mustLitRe(`^(?:主任[、，,]\s*(?:各位)?副主任|委员长[、，,]\s*(?:各位)?副委员长|\p{Han}{0,12}?(?:人民代表大会常务委员会|人大常委会)\s*[：:]$)`)
)

// committeeSitting reports whether l, a line of a paper's head, says the
// paper is read to a standing committee: its date line names the
// committee's sitting, or it greets the committee. A government's work
// report goes to the congress in session (各位代表); what a standing
// committee hears (an audit office's report, a budget's adjustment, a
// final account, a report on one field of work) is none of the kinds,
// whoever delivers it on the government's commission.
func committeeSitting(l string) bool {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 240 {
		return false
	}
	if committeeGreetingRe.MatchString(l) {
		return true
	}
	if !strings.Contains(l, "会") {
		return false // (cheap: most lines name no sitting)
	}
	l = Simplify(despace(l))
	return committeeSittingRe.MatchString(l) && isDateLine(l)
}

// accountsRe finds the year of the accounts a paper to a standing committee
// reports on, in its opening: 报告2031年度市级预算执行和其他财政收支的审计
// 情况, 报告2031年度市本级决算 (group 1); 向本次常委会提出2031年中央决算的
// 报告 (group 2).
var accountsRe = mustLitRe(`报告\s*((?:19|20)[0-9]{2})\s*年度[^，。；]{0,20}?(?:预算执行|决算|财政收支)|提出\s*((?:19|20)[0-9]{2})\s*年度?[^，。；]{0,12}?决算的报告`)

// accountsYear returns the year accountsRe finds in the first 12 lines of
// head, or 0.
func accountsYear(head []string) int {
	if m := accountsRe.FindStringSubmatch(strings.Join(head[:min(len(head), 12)], "\n")); m != nil {
		return atoi(m[1] + m[2])
	}
	return 0
}

// heardByCommittee reports whether a line among the first 12 of head says
// the paper is read to a standing committee (committeeSitting).
func heardByCommittee(head []string) bool {
	for i, l := range head {
		if i >= 12 {
			break
		}
		if committeeSitting(l) {
			return true
		}
	}
	return false
}

// officeSpeaker returns the office whose head's line stands in the title
// block above the greeting (珠海市某某局局长 某某, under the date line of a
// report to the standing committee), without its place, or "". A standing
// committee's own officer (某市人大常委会副主任) is left to committeeOfficer.
func officeSpeaker(head []string) string {
	for i, l := range head {
		if i >= 12 {
			break
		}
		l = strings.TrimSpace(normLine(l))
		if greetRe.MatchString(l) || committeeGreetingRe.MatchString(l) {
			return ""
		}
		if m := officeSpeakerRe.FindStringSubmatch(Simplify(despace(l))); m != nil && !strings.HasSuffix(m[1], "人大常委会") && !headlineAfterOffice(m[1], m[2]) {
			return bureauOf(m[1])
		}
	}
	return ""
}

// massCongressOpeningRe matches the opening of a people's organization's
// committee that reports to the organization's own congress: 我代表某县妇联
// 第五届执行委员会，向大会作工作报告; 我受某市妇联第四届执委会的委托，向大会
// 作工作报告; 我代表上届科协委员会向大会报告工作. The organization, its place
// before it, in group 1.
var massCongressOpeningRe = mustLitRe(`我谨?(?:受|代表)(?:上一?届)?([^，。；]{0,30}?(?:` + massOrgNames + `))[^，。；]{0,12}?(?:执行委员会|执委会|委员会)(?:的)?(?:委托)?[，,]?\s*(?:现在)?向(?:大会|本次会议)(?:作|报告|汇报)`)

// massCongressBody returns the people's organization whose committee the
// first lines of head say reports to its congress, its place's name left
// out, or "".
func massCongressBody(head []string) string {
	for i, l := range head {
		if i >= 12 {
			break
		}
		if m := massCongressOpeningRe.FindStringSubmatch(l); m != nil {
			// (a template masks the place, level and all: XXX妇女联合会)
			return bureauOf(strings.TrimLeft(m[1], "XxＸｘ×＊*_"))
		}
	}
	return ""
}

// otherBodyOpeningRe matches the opening of a body other than the
// government that reports to a congress or a conference: 我受某县人民代表
// 大会常务委员会委托，向大会报告工作; 我代表政协某市委员会常务委员会，向大会
// 报告工作; 我代表某市中级人民法院向大会报告工作; and the party's committee
// reporting to the party's own congress (我代表中国共产党某市第六届委员会向
// 大会作报告, 我代表十二届县委向大会报告工作), which also greets 各位代表.
var otherBodyOpeningRe = mustLitRe(`我谨?(?:受|代表)(?:[^，。；]{0,40}?(?:人民代表大会常务委员会|人大常委会|常务委员会|人民法院|人民检察院)|` + partyCommitteeBody + `)(?:的)?(?:委托)?[，,]?\s*(?:现在)?向(?:大会|本次会议)(?:作|报告|汇报)`)

// partyCommitteeBody matches the party's committee of a place as its
// report to the party congress names it: 中国共产党某市第六届委员会, 中共某县
// 委员会, 十二届市委 (the term, then the level and 委). It is a regexp
// fragment with no groups.
const partyCommitteeBody = `(?:中国共产党|中共)[^，。；、]{0,30}?委员会|第?[一二三四五六七八九十]{1,3}届\s*[省市县区州旗盟]委`

// partyCommitteeOpeningRe finds the party committee's opening to its
// congress (partyCommitteeBody in otherBodyOpeningRe); group 1 is the
// committee.
var partyCommitteeOpeningRe = mustLitRe(`我谨?(?:受|代表)(` + partyCommitteeBody + `)(?:的)?(?:委托)?[，,]?\s*(?:现在)?向(?:大会|本次会议)(?:作|报告|汇报)`)

// officeLineRe matches a line that is only an office's name (某县发展和改革局,
// 市财政局, 某某委员会), a zone's committee's too (某某经济区管委会, the name
// line under a zone's report's session line).
var officeLineRe = mustLitRe(`^\p{Han}{2,20}(?:局|厅|委员会|管委会)$`)

// officeUnderDateLine returns the office a title block names on its own
// line between the date line and the greeting, without its place, or "".
func officeUnderDateLine(head []string) string {
	for i, l := range head {
		if !isDateLine(strings.TrimSpace(normLine(l))) {
			continue
		}
		for _, n := range head[i+1 : min(len(head), i+4)] {
			n = strings.TrimSpace(normLine(n))
			if n == "" {
				continue
			}
			if strings.HasPrefix(n, "各位") || !officeLineRe.MatchString(n) {
				return ""
			}
			return bureauOf(n)
		}
		return ""
	}
	return ""
}

// cppccSessionYear returns the year of a CPPCC session's date line
// (cppccDateLineRe) among the first 12 lines of head, 0 for none or for a
// date line without its year.
func cppccSessionYear(head []string) int {
	for _, l := range head[:min(len(head), 12)] {
		if l = strings.TrimSpace(normLine(l)); cppccDateLineRe.MatchString(l) {
			if m := yearRe.FindStringSubmatch(l); m != nil {
				return atoi(m[1])
			}
			return 0
		}
	}
	return 0
}

// nationalCPPCCBodyRe matches the national committee of the CPPCC by its
// names: 中国人民政治协商会议全国委员会, 政协第十五届全国委员会, 全国政协.
var nationalCPPCCBodyRe = mustLitRe(`(?:政治协商会议|政协)(?:第?[一二三四五六七八九十]{1,3}届)?全国委员会|全国政协`)

// nationalCPPCCPaper returns where d names the national committee of the
// CPPCC (nationalCPPCCBodyRe): OriginTitle for its title, OriginDateLine for
// a date line among its first lines that names a session of it (——2032年
// 3月4日在政协第十五届全国委员会第三次会议上), "" for neither.
func nationalCPPCCPaper(d *Document) string {
	if nationalCPPCCBodyRe.MatchString(Simplify(despace(d.Title))) {
		return OriginTitle
	}
	for _, l := range headLines(d.Body, 8) {
		l = Simplify(despace(strings.Trim(strings.TrimSpace(l), "—-－（()）")))
		if strings.Contains(l, "在") && strings.HasSuffix(l, "会议上") && utf8.RuneCountInString(l) <= 40 && nationalCPPCCBodyRe.MatchString(l) {
			return OriginDateLine
		}
	}
	return ""
}

// nationalOfficeUnderDateLine returns the national office (isNationalOffice)
// a title block names on its own line right under the date line, before
// the greeting, or "". A bilingual page's lines of translation between them
// (Delivered at the Fifth Session…) are passed over.
func nationalOfficeUnderDateLine(head []string) string {
	for i, l := range head {
		if !isDateLine(strings.TrimSpace(normLine(l))) {
			continue
		}
		for _, n := range head[i+1 : min(len(head), i+4)] {
			if n = strings.TrimSpace(normLine(n)); n != "" && strings.IndexFunc(n, IsHan) >= 0 {
				if isNationalOffice(n) {
					return n
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// untaggedTitleBelow returns the paper's own title under a copy site's
// headlines that its tags mark as the site's (某局2032年工作总结【精选推荐】,
// one a line): the first untagged line below them, when it is a title line
// naming a paper of the same kind, or "".
func untaggedTitleBelow(first, body string) string {
	if !strings.HasSuffix(first, "】") && !strings.HasSuffix(first, "）") && !strings.HasSuffix(first, ")") || !copyTagRe.MatchString(first) {
		return ""
	}
	if collectionCountRe.MatchString(first) {
		return "" // a collection's headline (精选4篇): its first piece's title is found below
	}
	k := kindOf(copyTagRe.ReplaceAllString(first, ""), "")
	if k == "" {
		return ""
	}
	for _, l := range headLines(body, 4)[1:] {
		l = strings.TrimSpace(l)
		if copyTagRe.MatchString(l) {
			continue // another of the site's headlines
		}
		if isTitleLine(l) && titleCandidate(l) && kindOf(l, "") == k {
			return despace(l)
		}
		break
	}
	return ""
}

// redatedTitleBelow returns the title line just under a copy site's
// headline that gives the headline's paper dated earlier (2033年教育局上半年
// 工作总结 / 2032教育局上半年工作总结): its same words (restatedTitleYear), or
// the name the site's note gives the paper (下面是小编推荐的2032教育局上半年
// 工作总结供大家参阅). The site dated its headline by the year it posted an
// older paper; a site moves a year on, never back, so the line below is the
// paper's own title. A headline of the line's year (tagged or shortened by
// the site) is left to the rules below, and so is a line that carries the
// site's tag (【精选】): a second headline of the site's. Or "".
func redatedTitleBelow(first, body string, head []string) string {
	fy := titleYear(arabicYears(first))
	if fy == 0 {
		fy = bareTitleYear(first)
	}
	if fy == 0 || !isTitleLine(first) || !titleCandidate(first) || kindOf(first, "") == "" {
		return ""
	}
	note := despace(copyNoteTitle(head))
	lines := headLines(body, 3)
	if len(lines) < 2 {
		return ""
	}
	for _, l := range lines[1:] {
		l = despace(strings.TrimSpace(l))
		if !isTitleLine(l) || !titleCandidate(l) || kindOf(l, "") != kindOf(first, "") {
			continue
		}
		if copyTagRe.MatchString(l) || strings.HasSuffix(l, "】") {
			// another headline of the site's, tagged as its first is
			// (…工作总结及工作计划【精选】): no paper's own title ends in
			// a bracketed tag
			continue
		}
		ly := titleYear(arabicYears(l))
		if ly == 0 {
			ly = bareTitleYear(l)
		}
		if ly == 0 || ly >= fy {
			continue
		}
		if l == note || restatedTitleYear(first, []string{l}) == ly {
			return l
		}
	}
	return ""
}

// bareTitleYear returns the year a title writes as a file name does, the
// digits then at once the name's words with no 年 (2032教育局上半年工作总结),
// or 0.
func bareTitleYear(l string) int {
	if m := bareYearRe.FindStringSubmatch(l); m != nil {
		return atoi(m[1])
	}
	return 0
}

// salutedTitleRe matches a speech's title run into its salutation (某局
// 局长在2031年秋季开学工作会议上讲话同志们：…, 在全县教育工作会议上的讲话
// 老师们、同志们：…): a speaker at a meeting, a ceremony or a forum, and the
// title in group 1.
var salutedTitleRe = mustLitRe(`^([^。！？，；：,;:!?“”]{0,30}?在[^。！？，；：,;:!?“”]{2,40}?(?:会|会议|大会|典礼|仪式|论坛|座谈会)上?的?(?:讲话|发言|致辞|讲话稿|主持词))(?:同志们|老师们|各位|尊敬的|亲爱的)`)

// salutedTitle returns the speech's title that line holds before its
// salutation, or "".
func salutedTitle(line string) string {
	if !strings.Contains(line, "在") {
		return ""
	}
	if m := salutedTitleRe.FindStringSubmatch(line); m != nil {
		return despace(m[1])
	}
	return ""
}

// greetedTitle returns the title a work report's first line holds before
// its greeting, run into it after a library's chunk number, if any (某市人民政府工作报告材料各位代表。现在，…), or "":
// a few words with no punctuation that name a work report. A copy site's
// note of a few sentences may run before the title (素材库：某某网。整理汇总。
// 某镇2031年政府工作报告各位代表：…): the title is after its last full stop.
func greetedTitle(line string) string {
	l := strings.TrimSpace(normLine(line))
	l = strings.TrimSpace(strings.TrimPrefix(l, chunkRe.FindString(l))) // a library's chunk number
	i := strings.Index(l, "各位代表")
	if i <= 0 {
		return ""
	}
	t := strings.TrimSpace(l[:i])
	if k := strings.LastIndex(t, "。"); k >= 0 && utf8.RuneCountInString(t[:k]) <= 80 {
		t = strings.TrimSpace(t[k+len("。"):])
	}
	if n := utf8.RuneCountInString(t); n < 6 || n > 40 || strings.ContainsAny(t, "。，；：！？,;:!?“”") {
		return ""
	}
	if kindOf(t, "") != "政府工作报告" || !strings.HasSuffix(t, "报告") && !strings.HasSuffix(t, "报告材料") {
		return ""
	}
	return t
}

// pagedCountRe matches what a copy site puts after the headline of one
// page of a collection: the count of its pieces after a dash, and the
// page's number among the collection's pages (-40篇（第12/30页）, —八篇).
var pagedCountRe = mustLitRe(`\s*[-—－_]\s*(?:[0-9]{1,3}|[二三四五六七八九十]{1,3})\s*篇\s*(?:[（(]\s*第\s*[0-9]{1,3}\s*/\s*[0-9]{1,3}\s*页\s*[）)])?$`)

// pagedHeadline returns the headline of a page of a copy site's
// collection of government work reports without the count and the page's
// number after it (2031年镇政府工作报告-40篇（第12/30页）), or "" when line
// is no such headline.
func pagedHeadline(line string) string {
	l := strings.TrimSpace(normLine(line))
	loc := pagedCountRe.FindStringIndex(l)
	if loc == nil {
		return ""
	}
	t := strings.TrimSpace(l[:loc[0]])
	if n := utf8.RuneCountInString(t); n < 6 || n > 40 || strings.ContainsAny(t, "。，；：！？,;:!?“”") {
		return ""
	}
	if kindOf(t, "") != "政府工作报告" || !strings.HasSuffix(t, "报告") {
		return ""
	}
	return t
}

// navTitle returns the page's own name when t is a piece of a wiki's
// navigation under it: its line of the previous year's paper and the
// page's name (2030年政府工作报告 2031年某某政府工作报告), or its link to the
// next year's paper (2032年政府工作报告) that the title block took for the
// title, or its line of the previous, this and the next year's papers
// (2030年某某政府工作报告 2031年某某政府工作报告 2032年某某政府工作报告), the
// page's name the middle one. Otherwise it returns t.
func navTitle(t string, head []string) string {
	for _, l := range head[:min(len(head), 8)] {
		l = strings.TrimSpace(normLine(l))
		i := strings.LastIndex(l, " ")
		if i <= 0 {
			continue
		}
		prev, name := strings.TrimSpace(l[:i]), strings.TrimSpace(l[i:])
		if f := strings.Fields(l); len(f) == 3 {
			// previous, this and next: the middle one is the page's
			if y := titleYear(f[1]); y != 0 && titleYear(f[0])+1 == y && titleYear(f[2]) == y+1 && kindOf(f[1], "") != "" && kindOf(f[0], "") == kindOf(f[1], "") && kindOf(f[2], "") == kindOf(f[1], "") {
				if t == l || despace(t) == despace(l) {
					return f[1]
				}
				continue
			}
		}
		y := titleYear(name)
		if y == 0 || titleYear(prev)+1 != y || kindOf(prev, "") == "" || kindOf(name, "") != kindOf(prev, "") {
			continue
		}
		if t == l || despace(t) == despace(l) || titleYear(t) == y+1 && kindOf(t, "") == kindOf(name, "") && utf8.RuneCountInString(t) <= 30 {
			return name
		}
	}
	return t
}

// ledeDatelineRe matches a news agency's dateline at the start of a line:
// 新华网北京3月16日电, 某某日报2月3日讯, 新华社某地2031年1月5日电.
var ledeDatelineRe = mustLitRe(`^\p{Han}{1,8}?(?:社|网|报|台)\s*\p{Han}{2,5}\s*(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯)\s*[：:]?\s*`)

// fivePlanReportRe matches the title of a report on a five-year plan or
// its outline (关于第七个五年计划的报告, 关于国民经济和社会发展“九五”计划和
// 2010年远景目标纲要的报告), not on a year's plan or budget.
var fivePlanReportRe = mustLitRe(`^关于.*(?:五年计划|五”?计划|五”?规划|五年规划|远景目标纲要)(?:纲要)?(?:（草案）|\(草案\))?的报告$`)

// headlineNamesWorkReport reports whether a page heads the report titled
// title with a headline that calls it a government work report
// (1986年政府工作报告, 第六届全国人民代表大会第四次会议政府工作报告): a
// short line above the title, its greeting and its date line.
func headlineNamesWorkReport(head []string, title string) bool {
	for _, l := range head[:min(len(head), 12)] {
		l = strings.TrimSpace(normLine(l))
		if l == title || greetRe.MatchString(l) || isDateLine(l) {
			break
		}
		if n := utf8.RuneCountInString(l); n >= 6 && n <= 40 && strings.HasSuffix(l, "政府工作报告") && kindOf(l, "") == "政府工作报告" {
			return true
		}
	}
	return false
}

// otherHeadline reports whether a line at the head of the page, above its
// greeting, is the headline of a work report of year y.
func otherHeadline(head []string, y int) bool {
	for _, l := range head[:min(len(head), 6)] {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "各位代表") {
			break
		}
		if utf8.RuneCountInString(l) <= 40 && titleYear(l) == y && kindOf(l, "") == "政府工作报告" {
			return true
		}
	}
	return false
}

// pageDayRe matches a page's day alone on its line, as a site prints it
// under a headline (2033-02-03, 2033年2月3日), or a news site's stamp of
// it, the time of day and the paper it comes from after it (2033-01-26
// 07:19 某某日报); group 1 is the year, 2 the month.
var pageDayRe = mustLitRe(`^((?:19|20)[0-9]{2})\s*(?:-|/|\.|年)\s*([0-9]{1,2})\s*(?:-|/|\.|月)\s*[0-9]{1,2}\s*日?(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s+\p{Han}{2,12})?)?$`)

// sessionPageYear returns the year of a page's day printed alone among
// the first three lines of head (the site's menu, crumb and button lines
// above the headline, a close mark x among them, not counted), when it falls in January to March, when
// the congresses sit that hear work reports; else 0.
func sessionPageYear(head []string) int {
	i := 0
	for _, l := range head {
		if i >= 3 {
			break
		}
		if l = strings.TrimSpace(l); (utf8.RuneCountInString(l) <= 1 || isChromeLine(l) || isChromeClass(l)) && !pageDayRe.MatchString(l) {
			continue
		}
		i++
		if m := pageDayRe.FindStringSubmatch(l); m != nil {
			if mo := atoi(m[2]); mo >= 1 && mo <= 3 {
				return atoi(m[1])
			}
			return 0
		}
	}
	return 0
}

// firstSessionRe matches a date line's first session of a congress.
var firstSessionRe = mustLitRe(`第(?:一|1)次(?:全体)?会议`)

// estimateRe finds a work report's estimate for the year just ended:
// 预计2032年全市生产总值…, 2032年预计…; not a target (预计到2035年).
var estimateRe = mustLitRe(`预计\s*((?:19|20)[0-9]{2})\s*年|((?:19|20)[0-9]{2})\s*年[^。，,；]{0,6}预计`)

// estimatedYear returns the year a report's estimates are most often for,
// 0 when it gives none.
func estimatedYear(body string) int {
	count := map[int]int{}
	best := 0
	for _, m := range estimateRe.FindAllStringSubmatch(body, -1) {
		y := atoi(m[1] + m[2])
		count[y]++
		if count[y] > count[best] || count[y] == count[best] && y > best {
			best = y
		}
	}
	return best
}

// addressRe finds the deputies addressed (各位代表，…; 各位代表、同志们),
// as a work report does, not named in a sentence of news (代表们… 号召各位
// 代表在…, 各位代表纷纷围绕…建言献策).
var addressRe = mustLitRe(`各位代表\s*[，,：:！!、。]`)

// pageHeadline returns the headline a page prints above a report whose
// own title names neither place nor year (a copy site's
// 某县2031年政府工作报告【优秀范文】 over 政府工作报告 / 各位代表): the
// headline, its copy tag, full-text note and the province a site files it
// under cut off, when it names a work report and a year; "" when no line
// above the greeting does.
func pageHeadline(head []string) string {
	for _, l := range head[:min(len(head), 8)] {
		l = strings.TrimSpace(normLine(l))
		if greetRe.MatchString(l) {
			break
		}
		l = strings.TrimSpace(fullTextRe.ReplaceAllString(copyTagRe.ReplaceAllString(l, ""), ""))
		l = columnLabelRe.ReplaceAllString(l, "")
		if m := placeTagLeadRe.FindStringSubmatch(l); m != nil && len(lookupPlace(m[1])) > 0 {
			// the site's note of the province it files the headline
			// under ((贵州省)2031年某州人民政府工作报告(全文)), as the
			// title drops it
			l = strings.TrimSpace(l[len(m[0]):])
		}
		if utf8.RuneCountInString(l) <= 30 && titleYear(l) != 0 && kindOf(l, "") == "政府工作报告" && !reportsOnReport(l) && headlinePlaceName(l) != "" {
			return l
		}
	}
	return ""
}

// headlinePlaceName returns the place a work report's headline names
// (namedPlace), or, as the title's, the name before 政府工作报告 without
// its unit or by a short form namedPlace does not read (黔西南州 of
// 2031年黔西南州人民政府工作报告, 湖南 of 湖南2031年政府工作报告), left
// for placeName to resolve at the report's unit; "" when it names none.
func headlinePlaceName(h string) string {
	if p := namedPlace(h); p != "" {
		return p
	}
	if m := titleStemRe.FindStringSubmatch(leadYearRe.ReplaceAllString(h, "")); m != nil && !strings.ContainsRune(notPlaceStart, firstRune(m[1])) {
		return m[1]
	}
	return ""
}

// quotedReportRe matches a headline that names the place, then the report
// in title marks, maybe with a note that it is printed whole (某市《政府工作
// 报告》（全文）), after a column's tag and a bar (权威发布丨) or the year
// (2031年某县两会《政府工作报告》, the session's common name between), the
// place in group 1.
var quotedReportRe = mustLitRe(`^(?:\p{Han}{2,6}\s*[丨|｜]\s*)?(?:(?:19|20)[0-9]{2}\s*年\s*)?(\p{Han}{2,12}?)《(?:人民)?政府工作报告》\s*(?:[（(]\s*全文\s*[）)])?$`)

// headlinePlace returns the place a page's headline names among the first
// lines of body, above the greeting, when it quotes the report's name
// after the place (quotedReportRe); else "".
func headlinePlace(body string) string {
	for i, l := range strings.SplitN(headText(body, 600), "\n", 8) {
		l = strings.TrimSpace(l)
		if i >= 6 || greetRe.MatchString(l) {
			break
		}
		if m := quotedReportRe.FindStringSubmatch(l); m != nil {
			return namedPlace(m[1] + "政府工作报告") // (a place alone is read as none)
		}
	}
	return ""
}

// columnLabelRe matches the label of a portal's column before a headline
// it files there: 资料：某省2031年政府工作报告.
var columnLabelRe = mustLitRe(`^(?:资料|文献|全文|原文)\s*[：:]\s*`)

// bareTitle reports whether a work report's title names neither a place
// nor a year (政府工作报告, 政 府 工 作 报 告).
func bareTitle(t string) bool {
	return bareTitleRe.MatchString(strings.Join(strings.Fields(t), ""))
}

var bareTitleRe = mustLitRe(`^(?:人民)?政府工作报告(?:[（(](?:摘要|草案|全文|讨论稿|征求意见稿)[)）])?$`)

// fullTextRe matches a page's note after a headline that it prints the
// whole report: 政府工作报告（全文）, …报告全文, and in the language or the
// form it prints it (（双语全文）, （中英文全文）, （图文全文）), the note's
// brackets and all.
var fullTextRe = mustLitRe(`\s*(?:[（(【\[]\s*(?:双语|中英文?|中英对照|图文)?\s*)?全文\s*[）)】\]]?\s*$`)

// shortTitleTag splits a title that opens with a tag in square brackets
// whose words all come again, in order, in the title after it (the tag
// gives the headline in short: [2031年工作总结]2031年某局工作总结), into
// the tag and the rest; ok is false for any other title, or when the rest
// is too short to be a title or does not end as one.
func shortTitleTag(t string) (tag, rest string, ok bool) {
	var open, close string
	switch {
	case strings.HasPrefix(t, "["):
		open, close = "[", "]"
	case strings.HasPrefix(t, "【"):
		open, close = "【", "】"
	default:
		return "", "", false
	}
	i := strings.Index(t, close)
	if i < 0 {
		return "", "", false
	}
	tag, rest = t[len(open):i], strings.TrimSpace(t[i+len(close):])
	if n := utf8.RuneCountInString(tag); n < 4 || n > 40 || utf8.RuneCountInString(rest) < 6 || !titleEndRe.MatchString(rest) {
		return "", "", false
	}
	// every rune of the tag, in order, in the rest
	j := 0
	for _, r := range tag {
		k := strings.IndexRune(rest[j:], r)
		if k < 0 {
			return "", "", false
		}
		j += k + utf8.RuneLen(r)
	}
	return tag, rest, true
}

// untaggedBody returns body without the site's keyword tag in square
// brackets that opens its first line before the headline, title ([某区教育
// 局局长]某区教育局局长述职报告, siteTagLeadRe's): the site's words, whose
// place is no place of the paper's. Body as it is otherwise.
func untaggedBody(title, body string) string {
	t := strings.TrimLeft(body, " \t\r\n\u3000")
	m := siteTagLeadRe.FindString(t)
	if m == "" || !strings.HasPrefix(m, "[") || title == "" || !strings.HasPrefix(t[len(m):], title) {
		return body
	}
	return t[len(m):]
}

// siteTagLeadRe matches a site's keyword or board tag in square brackets
// before a title: [某区教育局局长], [明湖], and its column in black
// brackets (【林业总结】某局2031年工作总结).
var siteTagLeadRe = mustLitRe(`^(?:\[[^\[\]]{1,12}\]|【\p{Han}{2,8}】)\s*`)

// placeTagLeadRe matches a name in brackets before a title, the name in
// group 1: （甘肃）, (江苏省), 【某市】.
var placeTagLeadRe = mustLitRe(`^[（(【\[]\s*(\p{Han}{2,12})\s*[）)】\]]\s*`)

// sampleTailRe matches a library's word for its sample glued after a
// paper's name (范本, 范例, 范文稿, 范文范例); 范文 alone is copyTagRe's.
var sampleTailRe = mustLitRe(`(?:范文范例|范文稿|范本|范例)$`)

// copyTagRe matches the tag a copy site puts after a title: 【精选推荐】,
// 【优秀范文】, two or three of its words in any order (【范文精选】,
// 【热门推荐】, 【精选范文推荐】), （全文完整）, （完整）, （精选4篇）,
// (通用5篇), （汇总17篇）, （多篇）, 范文, what it offers the reader for
// (供借鉴, 供参考), and the count of its words (3790字范文, 2000字); a
// composition site files the page as a 作文 after the tag (…（精选4篇）作文).
var copyTagRe = mustLitRe(`\s*(?:[（(【\[]\s*(?:(?:范文|精选|推荐|优秀|最新|热门|通用|精品|经典|优质)(?:范文|精选|推荐|优秀|最新|热门|通用|精品|经典|优质|大全){1,2}|范文|精品|完整版|完整文档|完整|精品文档|可编辑|最新版|最新|全文完整|完整全文|(?:精选|通用|最新|合集|汇总|优秀)?\s*(?:[0-9一二三四五六七八九十]+|多)\s*篇|[0-9]{3,5}\s*字)\s*[）)】\]]|(?:[0-9]{3,5}\s*字)?\s*范文|[0-9]{3,5}\s*字|供借鉴|供参考)\s*(?:作文)?\s*$`)

// libraryColumnRe matches the column a document library files a work
// report under, glued after its title (…政府工作报告工作总结): group 1 is
// the column.
var libraryColumnRe = mustLitRe(`政府工作报告(工作总结|工作计划|总结汇报|工作汇报|心得体会|党团工作)$`)

// tocRe finds the start of a table of contents run into a collection's
// title: 目录1., 目录：一、., or 目录 alone at its end (the entries below).
var tocRe = mustLitRe(`\s*目\s*录\s*[:：]?\s*(?:(?:1|一|第一)[.、．篇]|$)`)

// titleNoteRe matches a news site's note before a headline: 【全文】,
// （受权发布）, 受权发布：.
var titleNoteRe = mustLitRe(`^\s*(?:[（(【\[]\s*(?:全文|受权发布|权威发布)\s*[）)】\]]|(?:受权|权威)发布[：:])\s*`)

// titlePageRe matches a paginated copy's page after its headline:
// （第2/4页）, (第2页), 第2页.
var titlePageRe = mustLitRe(`\s*[（(]?\s*第\s*[0-9]{1,3}\s*(?:/\s*[0-9]{1,3}\s*)?页\s*[）)]?$`)

// fullTextLabelRe matches a page's label over the text it prints whole, on
// a line of its own: an encyclopedia entry's section 报告全文, a news
// page's 全文如下：, 附：讲话全文.
var fullTextLabelRe = mustLitRe(`^(?:附\s*[：:]\s*)?(?:报告|報告|讲话|講話|文件|公报|公報)?全文(?:如下)?\s*[：:]?$`)

// titlePartRe matches the number of a page of a paginated copy after its
// headline: (3), （2）.
var titlePartRe = mustLitRe(`\s*[（(]\s*[0-9]{1,2}\s*[）)]$`)

// chapterLeadRe matches a book site's chapter number before the chapter's
// name: 第44章, 第十二章.
var chapterLeadRe = mustLitRe(`^第\s*[0-9一二三四五六七八九十百]{1,4}\s*章\s*`)

// isFullTextNote reports whether l is only a page's note that it prints the
// whole report (（全文）on a line of its own, under the title, or a label
// over it: 报告全文, 全文如下：).
func isFullTextNote(l string) bool {
	return l != "" && (fullTextRe.ReplaceAllString(l, "") == "" || fullTextLabelRe.MatchString(l))
}

// headLines returns the first n non-blank lines of text, each without a
// copy site's provenance tag at its end (cutSourceTags).
func headLines(text string, n int) []string {
	var out []string
	for len(text) > 0 && len(out) < n {
		l, rest, _ := strings.Cut(text, "\n")
		text = rest
		// (a copy site's provenance tag is no part of a line, as Clean
		// reads it)
		if l = cutSourceTags(l); strings.TrimSpace(strings.ReplaceAll(l, "<U+00A0>", "")) != "" {
			out = append(out, l)
		}
	}
	return out
}

// collectionCountRe matches a copy site's count of the pieces a page
// collects, two at least (5篇, 十篇, 精选3篇), or its word for many of them
// in brackets ((多篇)).
var collectionCountRe = mustLitRe(`(?:^|[^第0-9一二三四五六七八九十])(?:[2-9]|[1-9][0-9]|[二三四五六七八九十]|十[一二三四五六七八九])\s*篇|[（(]\s*多\s*篇\s*[）)]`)

// pieceNumberRe matches a piece's number after its title in a collection:
// 1, (1), （2）.
var pieceNumberRe = mustLitRe(`\s*(?:[（(]\s*[0-9]{1,2}\s*[）)]|[0-9]{1,2})$`)

// docNumberRe matches a title led by its document's number (某教发〔2031〕
// 1号关于…, 某政办函[2031]12号关于…), the rest from 关于 on in group 1; or
// from the place on, in a list's title that dropped 关于印发 (某政办发
// [2031]35号某市推进…实施细则的通知).
var docNumberRe = mustLitRe(`^\p{Han}{1,10}\s*[〔\[【(（]\s*(?:19|20)[0-9]{2}\s*[〕\]】)）]\s*[0-9]{1,4}\s*号\s*(关于.+|\p{Han}.+(?:通知|意见|决定|办法|规定|细则|方案|规划|要点|计划|报告|批复))$`)

// scopeEducationRe matches a paper's name that sets the education work of
// a whole place by its level (2031年全省教育工作要点, 全县教育工作总结,
// 全市教育体育工作计划), the level in group 1.
var scopeEducationRe = mustLitRe(`全(省|自治区|市|州|盟|县|区|旗)教育(?:体育)?工作(?:要点|计划|总结)`)

// placeEducationRe matches the same name after the place named in full.
var placeEducationRe = mustLitRe(`^教育(?:体育)?工作(?:要点|计划|总结)`)

// scopeEducationOffice returns the office that writes the year's paper for
// a whole place's education when its title names no office (scopeEducationRe):
// a province's education department (教育厅), a lower place's bureau
// (教育局), with its level when the paper names no place (县教育局). A
// municipality's is a commission, which the title does not tell from a
// city's bureau: "" then, and "" for any other paper.
func scopeEducationOffice(d *Document) string {
	if d.Kind != "要点" && d.Kind != "计划" && d.Kind != "总结" && d.Kind != "半年总结" {
		return ""
	}
	m := scopeEducationRe.FindStringSubmatch(d.Title)
	if t := leadYearRe.ReplaceAllString(d.Title, ""); m == nil && d.Region != "" && strings.HasPrefix(t, d.Region) && placeEducationRe.MatchString(t[len(d.Region):]) {
		// the place named in full (2031年某省教育工作要点), its level
		// the end of its name
		level := "自治区"
		if !strings.HasSuffix(d.Region, level) {
			_, n := utf8.DecodeLastRuneInString(d.Region)
			level = d.Region[len(d.Region)-n:]
		}
		m = []string{"", level}
	}
	if m == nil {
		return ""
	}
	office := "教育局"
	if m[1] == "省" || m[1] == "自治区" {
		office = "教育厅"
	} else if municipalities[d.Region] {
		return ""
	}
	if d.Region == "" {
		return m[1] + office
	}
	return office
}

// educationAuthorityRe matches a title's name for an education office by
// what it does (教育主管部门, 教育行政部门), as copy sites retitle a bureau's
// paper.
var educationAuthorityRe = mustLitRe(`教育(?:主管|行政)部门`)

// leadershipLevelRe matches the leadership a county's or a city's office
// works under, its level in group 1 (在县委县政府坚强领导下, 在区委、区政府).
var leadershipLevelRe = mustLitRe(`在(县|区|市|旗)委[、，]?(?:县|区|市|旗)?(?:人民)?政府`)

// educationAuthorityOffice returns the office of a summary, plan or points
// whose title calls it by what it does (教育主管部门2031年工作总结…) and whose
// text calls itself 我局: an education bureau, 县教育局 when the text works
// under 县委县政府 and names no place (教育局 when it does, the place being
// the region). "" otherwise.
func educationAuthorityOffice(d *Document) string {
	if d.Kind != "要点" && d.Kind != "计划" && d.Kind != "总结" && d.Kind != "半年总结" || !educationAuthorityRe.MatchString(d.Title) {
		return ""
	}
	head := headText(d.Body, 1500)
	if !strings.Contains(head, "我局") {
		return ""
	}
	if d.Region != "" {
		return "教育局"
	}
	level := ""
	if m := leadershipLevelRe.FindStringSubmatch(head); m != nil {
		level = m[1]
	}
	return level + "教育局"
}

// municipalities are the four cities at a province's level, whose
// education office is a commission (教育委员会).
var municipalities = map[string]bool{"北京市": true, "天津市": true, "上海市": true, "重庆市": true}

// docNumberYearRe matches a paper's own document number in its head, the
// year in group 1: alone on its line (（某政发〔2031〕5号）), labelled
// (发文字号：某教组〔2031〕4号, 文号 | …), glued after the title it numbers
// (…的实施意见某政发[2031]52号) or before it (某教发[2031]1号关于…,
// 某政办发[2031]35号某市推进…方案的通知). A
// number the text cites runs on into its sentence (…〔2031〕11号）精神).
var docNumberYearRe = mustLitRe(`(?:^|(?:发文字号|文号|文件编号)\s*(?:[：:]\s*[|｜]?|[|｜])|(?:意见|通知|决定|办法|规定|细则|方案|规划|要点|计划|报告|批复))\s*[（(]?\s*\p{Han}{1,10}\s*[〔\[【]\s*((?:19|20)[0-9]{2})\s*[〕\]】]\s*[0-9]{1,4}\s*号\s*[）)]?\s*(?:$|关于|[|｜]|\p{Han}.*(?:通知|意见|决定|办法|规定|细则|方案|规划|要点|计划|报告|批复)$)`)

// docNumberYear returns the year of the paper's own document number among
// the first lines of head (docNumberYearRe), 0 when there is none.
func docNumberYear(head []string) int {
	n := 0
	for _, l := range head {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if n++; n > 20 {
			break
		}
		if m := docNumberYearRe.FindStringSubmatch(l); m != nil {
			return atoi(m[1])
		}
	}
	return 0
}

// numberedNameRe matches a title led by its document's number with the
// document's name in title marks after it, the name in group 1.
var numberedNameRe = mustLitRe(`^` + docNumberPat + `\s*《([^《》]+)》$`)

// wrappedNameRe matches a title that is a document's name alone in title
// marks (《某市人民政府办公厅关于印发〈…〉的通知》), the name in group 1.
var wrappedNameRe = mustLitRe(`^《([^《》]+)》$`)

// pieceOrdinalRe matches a collection's ordinal for a piece before its
// title: 第1篇, 第一篇：.
var pieceOrdinalRe = mustLitRe(`^第[一二三四五六七八九十0-9]{1,2}篇\s*[:：]?\s*`)

// pieceTagRe matches a piece's number written with 篇 after its title in a
// collection (…工作总结范文篇1, 篇二): no paper's title ends so.
var pieceTagRe = mustLitRe(`\s*篇\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})$`)

// pieceSuffixRe matches a piece's number right after its title, bare or in
// brackets, in digits or a Chinese numeral: 1, (2), （一）, 一.
var pieceSuffixRe = mustLitRe(`\s*(?:[（(]\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*[）)]|[0-9]{1,2}|[一二三四五六七八九十])$`)

// fieldLabelRe matches a form's field label alone on a line (学校名称,
// 单位名称：), which a page's search box or table leaves in its text.
var fieldLabelRe = mustLitRe(`^\p{Han}{2,4}名称[：:]?$`)

// firstTitle returns the title of a document that is not a speech: its
// first line when that is short and not a heading, a greeting or a page's
// button. When Clean glued the title to the text after it, the file's own
// first line is taken.
func firstTitle(body string, head []string) string {
	if t := formerHeadline(head); t != "" {
		return t
	}
	if t := headlineUnder(body, head); t != "" {
		// The column, tag or poster a page files the story under, alone
		// above the headline (教育新闻 / 某县召开…会议): the headline.
		return t
	}
	first, rest, _ := strings.Cut(body, "\n")
	first = strings.TrimSpace(siteSuffix.ReplaceAllString(strings.TrimSpace(first), ""))
	if t := headlineTwice(first); t != "" {
		// The headline printed twice back to back, the text or the deck
		// glued after it (headtwice.go): the run before the repeat.
		return t
	}
	if t := headlineTwiceInHead(head, first); t != "" {
		// …where Clean already dropped the second copy from the body.
		return t
	}
	if calendarDateRe.MatchString(first) && strings.TrimSpace(rest) != "" {
		// A page's date over its headline (an e-paper's day, 2031年02月23日)
		// names no paper: the headline under it is the title.
		return firstTitle(strings.TrimLeft(rest, "\n"), head)
	}
	if fieldLabelRe.MatchString(first) && strings.TrimSpace(rest) != "" {
		// A site's field label left over its headline (学校名称, the
		// label of a search box) names no paper: the headline under it
		// is the title.
		return firstTitle(strings.TrimLeft(rest, "\n"), head)
	}
	if t := salutedTitle(first); t != "" {
		return t
	}
	if issuedNewsRe.MatchString(first) && strings.TrimSpace(rest) != "" {
		// A news headline that says the paper was issued (2031年某某
		// 教育工作要点印发) above the paper itself, its issuer and own
		// title: the paper's title is the title.
		if t := firstTitle(strings.TrimLeft(rest, "\n"), head); t != "" && kindOf(t, "") != "" && !issuedNewsRe.MatchString(t) {
			return t
		}
	}
	if t := untaggedTitleBelow(first, body); t != "" {
		return t
	}
	if t := redatedTitleBelow(first, body, head); t != "" {
		return t
	}
	if titleCandidate(first) && brokenAgainBelow(first, headLines(body, 3)) {
		// The headline printed again under it as the paper's own title,
		// broken in two (…执行情况和…草案的报告 / …执行情况 / …草案的
		// 报告): the headline is the whole title, not the first half that
		// opens it.
		return despace(first)
	}
	for i, l := range head {
		if i >= 3 {
			break
		}
		// Clean may have glued the title to what followed it in the file.
		l = normLine(l)
		if portalOwnerName([]string{l}) {
			// a portal's name over its pages (某区教育局), which Clean
			// dropped over the headline that opens with it: no title
			continue
		}
		if len(l) < len(first) && isTitleLine(l) && titleCandidate(l) && strings.HasPrefix(first, l) {
			if i+1 < len(head) && kindOf(l, "") == "" {
				// …or a kicker that names no paper glued to the start of
				// the headline below it, which does (某某到会祝贺 / 某某作
				// 某委员会常委会工作报告): the headline is the title.
				if n := strings.TrimSpace(normLine(head[i+1])); kindOf(n, "") != "" && isTitleLine(n) && titleCandidate(n) && strings.HasPrefix(despace(n), first[len(l):]) {
					return despace(n)
				}
			}
			if i+1 < len(head) && officeEndRe.MatchString(l) {
				// …and the line the file broke the title at, glued too
				// (2031年度某市审计局 / 部门决算公开).
				if r := normLine(head[i+1]); paperTailRe.MatchString(r) && utf8.RuneCountInString(r) <= 20 && strings.HasPrefix(first, l+r) {
					return despace(l + r)
				}
			}
			return despace(l)
		}
	}
	if titleCandidate(first) {
		if t := brokenBeforeDe(headLines(body, 3)); t != "" && titleCandidate(t) {
			return t
		}
		if lines := headLines(body, 2); len(lines) == 2 && kindOf(first, "") == "" && !officeEndRe.MatchString(first) {
			// A title broken before the paper's name, that name alone on
			// the line below (2031年第四季度某某宣传及信息 / 工作要点):
			// its two lines are one.
			if rest := strings.TrimSpace(lines[1]); paperTailRe.MatchString(rest) && utf8.RuneCountInString(rest) <= 8 && titleCandidate(first+rest) {
				return despace(first + rest)
			}
		}
		if lines := headLines(body, 3); len(lines) >= 2 && officeEndRe.MatchString(first) {
			// A title broken after the office's name (2031年度某市审计局 /
			// 部门决算公开): the line below names the paper, and its two
			// lines are one.
			// (the paper's dated name may be in title marks, its field
			// before the kind: 某省教育厅 / 《2031年教育工作要点》)
			if rest := strings.Trim(strings.TrimSpace(lines[1]), "《》"); (paperTailRe.MatchString(rest) || datedFieldPaperRe.MatchString(rest)) && utf8.RuneCountInString(rest) <= 20 && titleCandidate(first+rest) {
				return despace(joinedPaperTail(first+rest, lines[2:]))
			}
		}
		if lines := headLines(body, 3); len(lines) == 3 && occasionLineRe.MatchString(strings.TrimSpace(lines[2])) {
			// A speech's slogan broken over two lines above the subtitle
			// that names the occasion, no date in it (高举某某旗帜 / 为某某
			// 而团结奋斗 / ——在某某第十次代表大会上的报告): its two lines
			// are one title. A line that names a paper is a title of its
			// own.
			second := strings.TrimSpace(lines[1])
			if kindOf(first, "") == "" && kindOf(second, "") == "" && isTitleLine(second) && titleCandidate(second) &&
				!strings.ContainsAny(first+second, "，,。；;：:") && utf8.RuneCountInString(first+second) <= 50 {
				return despace(first) + despace(second)
			}
		}
		if lines := headLines(body, 2); len(lines) == 2 && brokenAfterRe.MatchString(first) {
			// A headline broken after the session's number (…人民代表大会
			// 第二次 / 会议关于政府工作报告的决议): its two lines are one.
			if t := first + strings.TrimSpace(lines[1]); sessionRestRe.MatchString(strings.TrimSpace(lines[1])) && titleCandidate(t) {
				return t
			}
		}
		if lines := headLines(body, 2); len(lines) == 2 && sessionEndRe.MatchString(first) {
			// A resolution's headline broken after the session that
			// adopted it (…人民代表大会第五次会议 / 关于…的决议): its two
			// lines are one.
			if t := first + strings.TrimSpace(lines[1]); resolutionTitleRe.MatchString(strings.TrimSpace(lines[1])) && titleCandidate(t) {
				return t
			}
		}
		if lines := headLines(body, 2); len(lines) == 2 && organNameRe.MatchString(first) {
			// A body's full name on a line of its own, the rest of the
			// title under it (中国人民政治协商会议 / 第七届某县委员会常务
			// 委员会工作报告): its two lines are one title.
			if rest := strings.TrimSpace(lines[1]); isTitleLine(rest) && titleEndRe.MatchString(rest) {
				return despace(first + rest)
			}
		}
		if collectionCountRe.MatchString(first) {
			// A copy site's headline that counts the pieces it collects
			// (5篇某某工作报告范文) above the first piece's own title: the
			// piece's, as under a collection's tagged title (（合集三篇）).
			if t := kindLine(body); t != "" {
				// the piece's number after its title (…工作要点1, …报告(1),
				// …总结范文篇1)
				t = pieceTagRe.ReplaceAllString(t, "")
				if u := pieceNumberRe.ReplaceAllString(t, ""); u != t && paperEndRe.MatchString(u) {
					t = u
				}
				return t
			}
		}
		if meetingOnly := meetingHeldRe.MatchString(first) && kindOf(first, "") == "新闻"; meetingOnly {
			// A headline that tells only that a meeting was held, over
			// the line that says what it was for (县政府召开座谈会 / 征求
			// 社会各界对政府工作报告的意见): that line is the title.
			if t := kindLine(body); t != "" && !meetingHeldRe.MatchString(t) {
				return t
			}
		}
		if kindOf(first, "") == "" || kindWordsOnly(first) {
			if t := sloganSubtitle(body); t != "" {
				return t
			}
			// A site's slogan above the headline says nothing of what the
			// paper is, nor does the column a portal filed the page under
			// (计划总结) say whose or which; a title line just below it
			// that names a paper is the title. A line below that only
			// tells a meeting was held replaces a column's word or a
			// chrome line (今日舞阳, 2031年1月5日| 联系热线：…), not a
			// headline of its own (某某主持会议 研究部署… over the story's
			// 某某召开会议).
			if t := kindLine(body); t != "" && (!meetingHeldRe.MatchString(t) || kindOf(t, "") != "新闻" || utf8.RuneCountInString(first) <= 6 || strings.ContainsAny(first, "|｜：:")) {
				return t
			}
			if lines := headLines(body, 2); len(lines) == 2 && utf8.RuneCountInString(first) <= 6 {
				// A column a congress's site filed the page under (决议决定)
				// above the title of a resolution or decision.
				if t := strings.TrimSpace(lines[1]); resolutionTitleRe.MatchString(t) && isTitleLine(t) {
					return despace(t)
				}
			}
			// A portal's name for the office that runs it, above the
			// title of the office's paper (某局 / 某局2031年…年度报告, 某局
			// 2031年…重点工作任务分解表).
			if lines := headLines(body, 2); len(lines) == 2 && issuerLineRe.MatchString(first) {
				if t := strings.TrimSpace(lines[1]); strings.HasPrefix(t, first) && t != first && isTitleLine(t) && titleCandidate(t) && (titleEndRe.MatchString(t) || taskTableEndRe.MatchString(t)) {
					return despace(t)
				}
			}
			// A unit's banner (its honours, one a line) above a dated
			// title of its paper: the banner is undated and names none.
			if !yearInRe.MatchString(arabicYears(first)) {
				if t := paperLine(body); t != "" {
					return t
				}
			}
		}
		// A title broken after the word joining its two papers (…2031年
		// 工作总结和 / 2032年工作计划): its two lines are one.
		if lines := headLines(body, 2); len(lines) == 2 {
			return joinedPaperTail(first, lines[1:])
		}
		return first
	}
	// A copy that opens with the paper's outline (一、… / （一）… / 1.…)
	// gives the title under it.
	if t := outlineTitle(head); t != "" {
		return t
	}
	// A notice a site puts above the paper (a sentence to its members):
	// a title line just below it that names a paper is the title.
	if t := kindLine(body); t != "" {
		return t
	}
	// A notice that issues a paper, copied from its addressees on (各市
	// 教育局： / 现将《某厅2031年工作要点》印发给你们… / 某厅 / 2031年2月6日
	// / 某厅2031年工作要点): the paper's title under it, the name the
	// notice quoted, is the title.
	if t := issuedPaperLine(body); t != "" {
		return t
	}
	// A page's furniture above the headline that Clean kept (its menu's
	// words, the banner of the unit that runs the site): a dated title
	// line below it naming an office's paper of another kind (某局2031年
	// 法治政府建设情况报告, 2031年度某医院单位决算) is the title.
	if t := paperLine(body); t != "" {
		return t
	}
	// A notice copied from its addressees on whose lines ran together,
	// the paper's own title lost with them (各乡镇人民政府：《某县某某
	// 规划》已经县政府常务会议审议通过，现印发给你们…): the paper it
	// issues is the title.
	if m := issuedInTextRe.FindStringSubmatch(headText(body, 600)); m != nil {
		if t := despace(m[1] + m[2]); isTitleLine(t) {
			return t
		}
	}
	return ""
}

// issuedNewsRe matches a news headline that reports a paper's issue: the
// paper's kind, then 印发 (or 出台, 公布), ending the line.
var issuedNewsRe = mustLitRe(`(?:要点|计划|总结|方案|规划)(?:正式)?(?:印发|出台|公布)$`)

// issuedInTextRe matches the sentence of a notice that issues a paper,
// in its two set forms: after the addressees' colon, 《…》已经…审议通过，
// 现印发给你们; or 现将《…》印发给你们, which a bureau may write without its
// 给 (现将《…》印发你们). The paper's name is in group 1 or 2.
var issuedInTextRe = mustLitRe(`[：:]\s*《([^《》]{4,60})》\s*(?:已经|已|经)[^。《》]{0,40}?(?:通过|同意)\s*[，,]\s*现(?:予)?印发|现将\s*《([^《》]{4,60})》\s*印发(?:给|你们)`)

// issuingRe finds the paper a notice's sentence issues: 现将《…》印发给你们,
// 《…》已经…审议通过，现予印发, and the paper named in a sentence of its
// own before the one that issues it (…研究制定了《…》。现印发给你们).
var issuingRe = mustLitRe(`《([^《》]{4,60})》(?:。\s*现予?)?[^。]{0,60}?(?:印发|下发|发布)`)

// brokenBeforeDe returns the title a hand broke over the first lines of
// lines before its 的 (某某在云溪市 / 十六届人大七次会议上 / 的政府工作报告,
// 关于云溪县2031年 / 的工作总结): 的 opens no title nor sentence, so the
// line that starts with it, the second or the third, goes on from the
// lines above, each of them short and no sentence. "" when no such line
// is there.
func brokenBeforeDe(lines []string) string {
	for k := 1; k < len(lines); k++ {
		l := strings.TrimSpace(lines[k])
		if utf8.RuneCountInString(l) > 30 || strings.ContainsAny(l, "。；：:！？") {
			return ""
		}
		if strings.HasPrefix(l, "的") {
			t := ""
			for _, p := range lines[:k+1] {
				t += strings.TrimSpace(p)
			}
			return despace(t)
		}
	}
	return ""
}

// issuedPaperLine returns the line, among the body's first ten, that is
// the name of a paper a notice's sentence in the first four issues (or
// names before it issues it), below that sentence; "" when there is none.
func issuedPaperLine(body string) string {
	lines := headLines(body, 10)
	for i, l := range lines {
		if i >= 4 {
			break
		}
		ms := issuingRe.FindAllStringSubmatch(l, -1)
		if ms == nil {
			continue
		}
		// The sentence may name the documents the paper follows before
		// the paper itself (为贯彻《…意见》《…的通知》…，制定了《…要点》。
		// 现印发给你们): the name printed again below is the paper's.
		for _, m := range ms {
			name := despace(m[1])
			for _, t := range lines[i+1:] {
				if t = despace(strings.TrimSpace(t)); t == name && isTitleLine(t) {
					return t
				}
			}
		}
		return ""
	}
	return ""
}

// paperLineRe matches a dated title that names an office's paper: a
// report, its final accounts or budget, a summary or a plan.
var paperLineRe = mustLitRe(`(?:19|20)[0-9]{2}\s*年.*(?:报告|决算|预算|说明|总结|计划|要点|思路|安排)(?:公开)?$`)

// paperLine returns the first of the body's second to eighth lines that is
// a dated title naming an office's paper, before the text has begun; ""
// when there is none.
func paperLine(body string) string {
	return headTitle(body, 8, func(l string) bool { return paperLineRe.MatchString(arabicYears(l)) })
}

// headTitle returns the first of the body's second to nth lines that is a
// title line ok accepts, before the text has begun (a line longer than 60
// characters), with its spaces taken out; "" when there is none.
func headTitle(body string, n int, ok func(string) bool) string {
	lines := headLines(body, n)
	for _, l := range lines[min(1, len(lines)):] {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) > 60 {
			break // the text has begun
		}
		if isTitleLine(l) && titleCandidate(l) && ok(l) {
			return despace(l)
		}
	}
	return ""
}

// firstOfTwoTitles returns the first of two titles of one paper a page ran
// together, the second starting over with the first's opening words (某局
// 2031年度工作总结范文及2032年度工作计划某局2031年工作总结及2032年工作思路):
// the headline the page gave; t itself when it is no such pair.
func firstOfTwoTitles(t string) string {
	rs := []rune(t)
	if len(rs) < 24 {
		return t
	}
	lead := string(rs[:4])
	for i := 8; i <= len(rs)-8; i++ {
		if !strings.HasPrefix(string(rs[i:]), lead) {
			continue
		}
		first, second := string(rs[:i]), string(rs[i:])
		if paperEndRe.MatchString(first) && paperEndRe.MatchString(second) && kindOf(first, "") != "" && kindOf(second, "") != "" {
			return first
		}
	}
	return t
}

// paperEndRe matches the end of a bureau paper's title: what the paper is.
var paperEndRe = mustLitRe(`(?:报告|总结|计划|要点|规划|方案|思路|安排|打算)$`)

// outlineTitle returns the title under an outline a copy opens with: five
// short numbered headings or more, then a title line naming a summary, a
// plan or a paper's main points; "" when head does not open so.
func outlineTitle(head []string) string {
	n := 0
	for i, l := range head {
		l = normLine(l)
		if i == 0 && outlineLabelRe.MatchString(l) || n > 0 && ellipsisRe.MatchString(l) {
			continue // the outline's label (目录/提纲：……), a cut in it (……)
		}
		if utf8.RuneCountInString(l) <= 30 && (headingMarker(l) != nil || n > 0 && pointItemRe.MatchString(l)) {
			n++
			continue
		}
		if n >= 5 && isTitleLine(l) && titleCandidate(l) {
			switch kindOf(l, "") {
			case "总结", "半年总结", "计划", "要点":
				return despace(l)
			}
		}
		return ""
	}
	return ""
}

// outlineLabelRe matches the label a copy site puts over a paper's outline
// (目录/提纲：……, 内容提要：), ellipsisRe a line that only marks a cut, and
// pointItemRe an outline's point numbered in words (一是查缺补漏, 二要严防).
var (
	outlineLabelRe = mustLitRe(`^(?:目录|提纲|目录/提纲|目录／提纲|内容提要|文章提纲)\s*[：:]?\s*(?:…+|\.{3,})?$`)
	ellipsisRe     = mustLitRe(`^(?:…+|\.{3,}|。{3,})$`)
	pointItemRe    = mustLitRe(`^[一二三四五六七八九十]{1,2}[是要][^。；]{2,}$`)
)

// selfNamedRe matches the first sentence of a paper that names it before
// shortening its name: 某局2031年政府信息公开工作年度报告（以下简称年报）….
var selfNamedRe = mustLitRe(`^\s*([^\s，。；：:、《》“”（）()]{6,60}?(?:报告|总结|计划|要点|说明|方案))\s*[（(]\s*以下简称`)

// officeEndRe matches a title line that ends with an office's name, and
// paperTailRe the line under it that names the office's paper alone
// (部门决算公开, 2031年工作总结).
var (
	officeEndRe = mustLitRe(`\p{Han}(?:局|委员会|委|厅|办公室|中心|办事处|街道|人民政府)$`)
	// datedFieldPaperRe matches a paper's dated name with its field
	// before the kind: 2031年教育工作要点, 2031年度卫生健康工作总结.
	datedFieldPaperRe = mustLitRe(`^(?:19|20)[0-9]{2}\s*年度?\p{Han}{1,6}工作(?:总结|计划|要点)$`)
	paperTailRe       = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年度?)?(?:部门(?:决算|预算)(?:公开|情况说明)?|(?:上半年|下半年|年度)?工作(?:总结|计划|要点|思路|安排|打算)|政府信息公开工作年度报告)[^，。；：:]*$`)
)

// levelOfficeRe matches an office named by its level alone, no place
// before it: 县卫生健康局, 区住房和城乡建设局, 市统计局.
var levelOfficeRe = mustLitRe(`^[省市县区镇乡]\p{Han}{1,14}(?:局|委员会|委|办公室|办事处)$`)

// conjoinedEndRe matches a title line that stops at the word joining
// its two papers (…2031年工作总结和, …工作总结及): the title goes on below.
var conjoinedEndRe = mustLitRe(`(?:工作总结|工作小结|总结)(?:和|及|暨|与|以及)$`)

// joinedPaperTail returns t with the line of next, if any, that finishes
// it: when t stops at the word joining two papers and that line names the
// second paper (2032年工作思路), a short line that is the title's end.
//
// So too when the page broke the title before that word (…2031年工作总结 /
// 及2032年工作打算): the line below opens with the joining word and names
// the second paper, nothing more.
func joinedPaperTail(t string, next []string) string {
	if len(next) == 0 {
		return t
	}
	rest := strings.TrimSpace(next[0])
	if conjoinedStartRe.MatchString(rest) && summaryEndRe.MatchString(t) {
		if r := conjoinedStartRe.ReplaceAllString(rest, ""); paperTailRe.MatchString(r) && utf8.RuneCountInString(rest) <= 20 && titleCandidate(t+rest) {
			return t + rest
		}
		return t
	}
	if !conjoinedEndRe.MatchString(t) {
		return t
	}
	if paperTailRe.MatchString(rest) && utf8.RuneCountInString(rest) <= 20 && titleCandidate(t+rest) {
		return t + rest
	}
	return t
}

// conjoinedStartRe matches the joining word that opens the line below a
// title broken before it (及2032年工作打算), and summaryEndRe the title
// line above it, which ends at the first paper (…工作总结).
var (
	conjoinedStartRe = mustLitRe(`^(?:以及|和|及|暨|与)`)
	summaryEndRe     = mustLitRe(`(?:工作总结|工作小结|总结)$`)
)

// brokenAfterRe matches a headline's first line that ends at a session's
// number, and sessionRestRe the line that goes on with the session: 第二次
// / 会议关于…的决议, 第十三届 / 人民代表大会….
var (
	brokenAfterRe = mustLitRe(`第[一二三四五六七八九十0-9]{1,3}[次届]$`)
	sessionRestRe = mustLitRe(`^(?:全体)?(?:会议|人民代表大会|人大)`)
	// sessionEndRe matches a headline's first line that ends at the
	// session itself: …人民代表大会第五次会议.
	sessionEndRe = mustLitRe(`第[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议$`)
)

// kindWordsRe matches a line made only of words for kinds of paper: a
// portal's column (计划总结, 工作总结, 规划计划, 工作总结/工作汇报), no place,
// year or subject; or an encyclopedia page's section label made of them
// (要点内容, 计划全文).
var kindWordsRe = mustLitRe(`^(?:工作|年度|计划|总结|规划|要点|汇报|[与和及、·/／])+(?:内容|正文|全文)?$`)

// kindWordsOnly reports whether l names kinds of paper and nothing else.
func kindWordsOnly(l string) bool {
	return kindWordsRe.MatchString(strings.TrimSpace(l))
}

// sloganSubtitle returns what the subtitle under a paper's slogan title
// names (凝心聚力谋新篇 砥砺奋进再出发 / ——某中学2031学年第二学期工作思路,
// the slogan on one line or two): whose paper it is and what, which the
// slogan does not say. It returns "" when no dashed line among the first
// three names a summary, a plan or its points, or when a line above it
// names a paper or reads as text; a subtitle that names a speech's
// occasion (——在某某大会上的报告) names no paper.
func sloganSubtitle(body string) string {
	lines := headLines(body, 3)
	for i := 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		rest := strings.TrimSpace(strings.TrimLeft(l, "—－-─"))
		if rest == l {
			if i == 1 && kindOf(l, "") == "" && isTitleLine(l) && titleCandidate(l) && !strings.ContainsAny(l, "，,、") {
				continue // the slogan's second line
			}
			return ""
		}
		if occasionLineRe.MatchString(l) || !isTitleLine(rest) || !titleCandidate(rest) || !paperEndRe.MatchString(rest) {
			return ""
		}
		switch kindOf(rest, "") {
		case "总结", "半年总结", "计划", "要点":
			return despace(rest)
		}
		return ""
	}
	return ""
}

// kindLine returns the first of the body's second to fifth lines that is
// a title naming a report kind (某某2031年工作要点), above the text's first
// paragraph; "" when there is none.
func kindLine(body string) string {
	return headTitle(body, 5, func(l string) bool {
		if kindWordsOnly(l) {
			return false // a site's column (工作总结/工作汇报), no paper's title
		}
		switch kindOf(l, "") {
		case "总结", "半年总结", "计划", "要点", "政府工作报告", "新闻":
			// (新闻: a headline that tells who delivered the report,
			// 某某作政府工作报告)
			return true
		case "":
			return briefingKind(l) != "" // 某局2031年工作汇报材料
		}
		return false
	})
}

// controlsRe matches a line made of a page's buttons (加大 还原 减小, 打印
// 关闭, 大 中 小), which a scraper may leave first.
var controlsRe = mustLitRe(`^(?:[【\[]?\s*(?:字体|字号)?[：:]?\s*(?:加大|减小|还原|默认|大|中|小|打印|关闭|收藏|分享|下载|全屏|返回|顶部|A\+|A-)\s*[】\]]?\s*)+$`)

// paperTitleRe matches a title that names a paper an office sends up or
// out, by the word that ends it: …的汇报, …情况报告, …自查报告, …的通报,
// …的请示, …汇报材料, or the rules a government or an office works by
// (某县人民政府工作规则, …议事规则), which a disclosure page posts under
// its day as it posts a notice. A headline that tells of such a paper names who
// heard or issued it (听取, 召开, 审议, 发布), so those words keep a page
// news (paperNewsVerbRe).
var paperTitleRe = mustLitRe(`(?:(?:汇报|报告|通报|请示)(?:材料)?|规则)$`)

var paperNewsVerbRe = mustLitRe(`听取|召开|审议|发布|举行`)

// postedPaperTitle reports whether title names a paper sent up or out
// (paperTitleRe) and no news verb tells of it (paperNewsVerbRe).
func postedPaperTitle(title string) bool {
	return paperTitleRe.MatchString(title) && !paperNewsVerbRe.MatchString(title)
}

// onlyPostedDay reports whether every mark of news newsRe finds in head is
// a label of the day a page was posted (发布时间, 发布日期), which a copy
// site or an office's page stamps on any paper it prints.
func onlyPostedDay(head string) bool {
	for _, m := range newsRe.FindAllString(head, -1) {
		if m != "发布时间" && m != "发布日期" {
			return false
		}
	}
	return true
}

// postedDayRe matches a portal's day of posting under a headline, its
// year and month in groups 1 and 2: 发布日期：2031-02-12, 发布时间：2031年
// 1月9日, 公开日期：2031/03/01.
var postedDayRe = mustLitRe(`(?:发布时间|发布日期|公开日期|发文日期|成文日期)[：:]\s*((?:19|20)[0-9]{2})\s*[-/年.]\s*([0-9]{1,2})\s*[-/月.]`)

// postedStampRe matches a government portal's stamp of the day it posted a
// page when the label is a bare 时间 or 日期 at the start of a line: a full
// day, then, on the same line, the office that posted it as 来源
// (时间:2031-12-19 00:00 来源:政府办, 日期：2031-03-03 16:10 来源：区政府办公室 打印页面);
// year and month in groups 1 and 2. A copy site's bare stamp names no such
// source (时间:2033-10-10 20:41:38 工作计划) and is not read: it dates the
// copy, not the session.
var postedStampRe = mustLitRe(`(?m)^[ \t\x{3000}]*(?:时间|日期)[：:]\s*((?:19|20)[0-9]{2})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*[0-9]{1,2}[^\n]{0,20}?来源[：:]\s*\p{Han}{0,12}?(?:政府办|办公室|人民政府|政府)(?:[ \t\x{3000}]|$)`)

// postedReportYear returns the year of the session whose work report a
// portal posted on the day postedDayRe (or postedStampRe) finds in raw's
// head: that year, or the next when it was posted in December (a session
// that sits in the December before the year it plans); 0 when no day is
// found.
func postedReportYear(raw string) int {
	head := headText(raw, 3000)
	m := postedDayRe.FindStringSubmatch(head)
	if m == nil {
		m = postedStampRe.FindStringSubmatch(head)
	}
	if m == nil {
		return 0
	}
	if atoi(m[2]) == 12 {
		return atoi(m[1]) + 1
	}
	return atoi(m[1])
}

var newsDateRe = mustLitRe(`(?:发布时间|发布日期|发表时间|时间|日期)[：:]\s*((?:19|20)[0-9]{2})\s*[-/年.]`)

// epaperDayRe finds the date on an e-paper's page line, after the page's
// number and maybe its column (A02版 2031年02月03日 要闻, 第A02版：要闻
// 2031年02月03日): the day the paper came out.
var epaperDayRe = mustLitRe(`(?m)^\s*(?:第\s*)?[A-Z]{0,2}[0-9]{1,3}\s*版\s*(?:[：:]\s*\p{Han}{1,8}\s*)?((?:19|20)[0-9]{2})\s*年\s*[0-9]{1,2}\s*月`)

// adoptedRe matches the line under a resolution's or a rule's title that
// dates its adoption: （2032年1月20日某市第九届人民代表大会第三次会议通过）.
// resolutionTitleRe matches the title of a congress's resolution or
// decision: 关于某县人民政府工作报告的决议.
var resolutionTitleRe = mustLitRe(`^关于\p{Han}.{1,48}的(?:决议|决定)(?:[（(]草案[)）])?$`)

// committeeOpeningRe finds an opening that speaks for an administrative
// committee: 我代表新区管委会, 我代表开发区管理委员会.
var committeeOpeningRe = mustLitRe(`我谨?代表\p{Han}{0,12}?(管委会|管理委员会)`)

// zoneOpeningRe finds an opening that speaks for a named zone's
// administrative committee (我代表望川新区管委会, 我代表某某经济开发区管理
// 委员会): the zone, group 1.
var zoneOpeningRe = mustLitRe(`我谨?代表(\p{Han}{2,12}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|新区))(?:管委会|管理委员会)`)

// committeeReportRe matches a zone's report titled as its administrative
// committee's work report (某新区2032年管委会工作报告), the committee in
// group 1.
var committeeReportRe = mustLitRe(`(管委会|管理委员会)工作报告`)

// streetReportRe matches a title that is a street office's work report,
// its year after the office's name or none (某某街道办事处2032年工作报告,
// 某某街道办事处工作报告), the title's end: not a resolution on it nor news
// of it.
var streetReportRe = mustLitRe(`街道办事处(?:(?:19|20)[0-9]{2}年度?)?工作报告$`)

// organNameRe matches a body's full name alone, which a title may give a
// line of its own above the rest.
var organNameRe = mustLitRe(`^(?:中国人民政治协商会议|中国共产党)$`)

// deliveredTailRe matches a bracket at the end of a headline that holds a
// day (in Arabic or Chinese numerals) and, after it, at most a name: the
// day the report was delivered and the speaker, as a portal notes them.
var deliveredTailRe = mustLitRe(`\s*[（(]\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日(?:\s*\p{Han}{2,4}(?:[·•]\p{Han}{1,6})?)?\s*[）)]$`)

// adoptedTailRe matches a resolution's or a decision's title with the
// note of its adoption glued after it, in digits or in Chinese numerals.
var adoptedTailRe = mustLitRe(`(的(?:决议|决定))\s*[（(][^（()）]{4,80}(?:通过|批准)\s*[）)]$`)

// noteYearRe matches the year that opens a note in brackets.
var noteYearRe = mustLitRe(`[（(]\s*((?:19|20)[0-9]{2})\s*年`)

// The note may lose its brackets (a journal's abstract prints it as the
// first line of the text: 2032年1月20日…会议通过) and give the month and
// the day in Chinese numerals, as the year (一九六三年五月十日…通过,
// read by adoptedYear after arabicYears).
var adoptedRe = mustLitRe(`^[（(]?\s*((?:19|20)[0-9]{2})\s*年\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日[^（()）]{0,60}(?:通过|批准)\s*[）)]?$`)

// sessionDateRe matches the date line of a paper delivered at a session:
// （2031年3月7日在政协第七届某县委员会第五次会议上）.
var sessionDateRe = mustLitRe(`^[（(]\s*((?:19|20)[0-9]{2})\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*在[^（()）]{2,60}会议上\s*[）)]$`)

// adoptedYear returns the year of an adoption line among the first three
// lines of head, 0 for none.
func adoptedYear(head []string) int {
	for i, l := range head {
		if i >= 3 {
			break
		}
		if m := adoptedRe.FindStringSubmatch(arabicYears(strings.TrimSpace(l))); m != nil {
			return atoi(m[1])
		}
		if m := adoptedTailRe.FindString(arabicYears(strings.TrimSpace(l))); m != "" {
			// a resolution's title with the note of its adoption glued
			// after it (…的决议（一九九三年三月十二日…会议通过）)
			if y := noteYearRe.FindStringSubmatch(m); y != nil {
				return atoi(y[1])
			}
		}
		if m := sessionDateRe.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			// a paper delivered at a session other than a people's
			// congress's (2031年3月7日在政协第七届某县委员会第五次会议上)
			return atoi(m[1])
		}
	}
	return 0
}

// nationalSessionRe matches a session of the National People's Congress or
// of the national CPPCC named by its numbers (十届全国人大一次会议,
// 第十届全国人民代表大会第一次会议, 全国政协十届一次会议, and in the
// order some papers give it, 全国人大十四届四次会议), or the CPPCC's by its
// full name (政协第九届全国委员会第五次会议, 中国人民政治协商会议第十二届全国
// 委员会第一次会议): groups 1 and 2 the congress's and the session's number,
// or 3 and 4, or 5 and 6.
var nationalSessionRe = mustLitRe(`第?([一二三四五六七八九十]{1,3})届全国(?:人民代表大会|人大)第?([一二三四五])次(?:全体)?会议|全国(?:政协|人大)第?([一二三四五六七八九十]{1,3})届第?([一二三四五])次(?:全体)?会议|(?:中国人民政治协商会议|政协)第([一二三四五六七八九十]{1,3})届全国委员会第([一二三四五])次(?:全体)?会议`)

// sessionEventRe matches what a story tells of a session right after its
// name, in the same sentence: that it opened, closed, sat or adopted a
// paper, where it sits (在北京, 在京, 在人民大会堂), or that the premier
// delivered his report to it (…向十四届全国人大二次会议作政府工作报告).
var sessionEventRe = mustLitRe(`^[^。；！？\n]{0,24}?(?:开幕|闭幕|通过|举行|在北京|在京|在人民大会堂|作了?《?(?:政府)?工作报告)`)

// sessionWatcherRe matches the words before a session's name that make it
// what a place's own story watches or studies (收看…开幕会, 学习贯彻…精神).
var sessionWatcherRe = mustLitRe(`收看|观看|学习|贯彻|传达|精神|热议|解读`)

// sessionWatchedRe matches a place's story telling that its people or
// officials watched a session on screen (…集中收听收看开幕会直播, 认真收看了
// 全国政协…会议的开幕盛况): such a story may first say in a sentence of its
// own that the session opened, but it is the place's, not the centre's.
var sessionWatchedRe = mustLitRe(`(?:收看|收听|观看)[^。；！？\n]{0,40}?(?:开幕|闭幕|盛况|直播)`)

// nationalSessionStory reports whether head, a story's headline and first
// lines, tells of a national session as its subject, of the National
// People's Congress or of the national committee of the CPPCC, which sits
// beside it in the same hall in the same weeks: a sentence that names the
// session, then says it opened, closed, sat or adopted a paper, and does
// not watch or study it. A story whose opening (its first two hundred
// characters or so, two sentences) tells that a place watched the session
// is none.
func nationalSessionStory(head string) bool {
	head = Simplify(head)
	if sessionWatchedRe.MatchString(headText(head, 600)) {
		return false
	}
	for _, m := range nationalSessionRe.FindAllStringSubmatchIndex(head, -1) {
		start := strings.LastIndexAny(head[:m[0]], "。；！？\n") + 1
		if sessionEventRe.MatchString(head[m[1]:]) && !sessionWatcherRe.MatchString(head[start:m[0]]) {
			return true
		}
	}
	return false
}

// sessionHallMasked returns text with the city's name of the hall where
// the national sessions sit (北京人民大会堂) blanked, spaces for its bytes,
// when text names a national session: a place's story that tells the
// session opened there, then how the place watched it (…会议在北京人民大会堂
// 开幕。我市…收看…), is not of the capital. A text that names no national
// session is returned as it is (a capital's own congress names its city in
// full, 北京市第…届人民代表大会, wherever it sits).
func sessionHallMasked(text string) string {
	st := Simplify(text) // (offset for offset)
	if !strings.Contains(st, "北京人民大会堂") || !nationalSessionRe.MatchString(st) {
		return text
	}
	b := []byte(text)
	for i := 0; ; {
		j := strings.Index(st[i:], "北京人民大会堂")
		if j < 0 {
			break
		}
		i += j
		copy(b[i:i+len("北京")], "      ")
		i += len("北京人民大会堂")
	}
	return string(b)
}

// nationalSessionYear returns the year of the national session that the
// first 300 characters of body name first, 0 for none or when that
// mention is the start of a span (第九届全国人民代表大会第一次会议以来) or of
// a sitting of the standing committee (十届全国人大常委会第五次会议:
// several a year, no calendar by number), or a session that never sat.
// From the fifth on (1978), each National People's Congress and each
// national committee of the CPPCC sits once a year for its five years, the
// n-th first in 1978+5(n-5); the first four congresses sat as
// earlyCongressYears lists. Both are public fixed knowledge, not any
// place's calendar. The CPPCC's committees before the fifth are left out.
func nationalSessionYear(body string) int {
	head := body
	if r := []rune(head); len(r) > 300 {
		head = string(r[:300])
	}
	m := nationalSessionRe.FindStringSubmatchIndex(head)
	if m == nil {
		return 0
	}
	if rest := head[m[1]:]; strings.HasPrefix(rest, "以来") || strings.HasPrefix(rest, "以後") || strings.HasPrefix(rest, "以后") {
		return 0
	}
	c, k := 2, 4
	switch {
	case m[2] < 0 && m[6] >= 0:
		c, k = 6, 8
	case m[2] < 0:
		c, k = 10, 12 // the CPPCC's by its full name (政协第十二届全国委员会第一次会议)
	}
	n, size := cnNumber(head[m[c]:m[c+1]])
	if size != m[c+1]-m[c] || n < 1 {
		return 0
	}
	session, _ := cnNumber(head[m[k]:m[k+1]])
	if session < 1 || session > 5 {
		return 0
	}
	if n < 5 {
		if c != 2 || session > len(earlyCongressYears[n-1]) {
			return 0
		}
		return earlyCongressYears[n-1][session-1]
	}
	return 1978 + 5*(n-5) + session - 1
}

// earlyCongressYears holds the years the sessions of the first four
// National People's Congresses opened in, by congress and session: they
// kept no yearly calendar (the second skipped 1961, the third sat once,
// from December 1964, and the fourth once, in 1975).
var earlyCongressYears = [4][]int{
	{1954, 1955, 1956, 1957, 1958},
	{1959, 1960, 1962, 1963},
	{1964},
	{1975},
}

// newsYear returns the year of a news page's publication date, 0 for none.
func newsYear(raw string) int {
	if len(raw) > 4000 {
		raw = raw[:4000]
	}
	if m := datedDatelineRe.FindStringSubmatch(raw); m != nil {
		// The story's own dateline (新华社北京2031年3月6日电) tells the day
		// it was filed; a page that reprints it years later stamps its
		// own day (发布时间：2040-07-29).
		return atoi(m[1])
	}
	if m := newsDateRe.FindStringSubmatch(raw); m != nil {
		return atoi(m[1])
	}
	if m := epaperDayRe.FindStringSubmatch(raw); m != nil {
		return atoi(m[1]) // an e-paper's page line: the paper's day
	}
	for i, l := range strings.SplitN(raw, "\n", 8) {
		// the paper's or the site's name with the day over the story
		// (某某网 2031年01月19日), among its first lines, or the day alone
		// on its line, as an e-paper heads its page
		// …or a stamp line of the page's day and its fields (2031-12-07
		// 作者：某某 来源：某某日报), which no sentence of a story writes.
		// …or a stamp whose fields marks part instead of labels (某某发布 /
		// / 2031-03-02 16:59, 某某发布 · 公众号 · 望川 · 2031-01-23 12:42).
		if l = strings.TrimSpace(l); i < 7 && (utf8.RuneCountInString(l) <= 30 && (paperDateRe.MatchString(l) || dayLineRe.MatchString(l)) || utf8.RuneCountInString(l) <= 60 && (stampLineRe.MatchString(l) || markedStampRe.MatchString(l))) {
			if m := fileYearRe.FindStringSubmatch(l); m != nil {
				return atoi(m[1])
			}
		}
	}
	if m := stampDayRe.FindStringSubmatch(raw); m != nil {
		return atoi(m[1]) // the page's stamp without its label: 2032-03-06 07:40:04
	}
	if m := dayFirstStampRe.FindStringSubmatch(raw); m != nil {
		return atoi(m[1]) // …or with the day first: 06.03.2032 07:40
	}
	return 0
}

// markedStampRe matches a page's stamp on a line of its own whose fields
// are parted by marks, not named by labels: the source, maybe its kind and
// place, a field the page left empty, then the date with its time of day
// (某某发布 / / 2031-03-02 16:59, 某某发布 · 公众号 · 望川 · 2031-01-23
// 12:42), as a regional portal or an aggregator of official accounts
// prints it under the headline. No sentence of a story is written so, and
// the time of day tells it from a signature's date.
var markedStampRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{1,16}(?:\s*[/／·•|｜]\s*[\p{Han}A-Za-z0-9]{0,12}){0,4}\s*[/／·•|｜]\s*(?:19|20)[0-9]{2}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$`)

// blankYearRe matches a year a template leaves blank in its text: 20__年,
// 20XX年, 20××年.
var blankYearRe = mustLitRe(`(?:19|20|２０)(?:[_＿]{1,4}|[XxＸｘ×*＊]{2})\s*年`)

// stampedPageYear returns the year of the stamp above the text of d, a
// page of no kind, when that stamp dates it (see the year switch): not a
// speech's or a duty report's page, nor a template with a blank year, and
// not a page whose text's own year is two or more years before the stamp;
// 0 otherwise. The stamp and the text's year are each read once.
func stampedPageYear(d *Document, raw string) int {
	if speechTitle(d.Title) || blankYearRe.MatchString(headText(d.Body, 3000)) {
		return 0
	}
	stamp := pageStampYear(raw)
	if stamp == 0 {
		return 0
	}
	if y := bodyYear(d.Body); y != 0 && y < stamp-1 {
		return 0
	}
	return stamp
}

// pageStampYear returns the year of the page's stamp (newsYear's reading)
// among the lines above its text, the first line of more than 40
// characters that ends a sentence (。), which no stamp, crumb or headline
// does; 0 for none. A date under the text (a listing's upload day,
// 2034-01-11 below the excerpt) or in it (会议时间：2031年…) is not the
// page's stamp.
func pageStampYear(raw string) int {
	raw = headText(raw, 4000)
	end := len(raw)
	for i := 0; i < len(raw); {
		j := strings.IndexByte(raw[i:], '\n')
		if j < 0 {
			j = len(raw) - i
		}
		if l := raw[i : i+j]; strings.Contains(l, "。") && utf8.RuneCountInString(l) > 40 {
			end = i
			break
		}
		i += j + 1
	}
	return newsYear(raw[:end])
}

// eventHeadlineRe matches a headline's word that tells of a meeting held
// (召开, 举行, 举办, 开幕, 闭幕), on its simplified reading. A year such a
// headline names is the year the meeting sums up or plans, not the day of
// the news; a headline with none of these names a paper (…统计公报, …的通知)
// whose own year its title gives, whenever a page stamped it. (A short
// list: these are the verbs of a meeting's news, as meetingHeldRe reads
// them.)
var eventHeadlineRe = mustLitRe(`召开|举行|举办|开幕|闭幕`)

// storyYear returns the year of a news page's day: the year of the day its
// lede opens with (2031年12月20日，…; 本报讯 2031年12月20日上午，…), the
// story's own, else newsYear's (the dateline, the page's stamp); 0 for
// none. head is the page's first lines, title its headline: a lede run
// into the headline on one line is read after it.
func storyYear(raw string, head []string, title string) int {
	if y := ledeYear(head, title); y != 0 {
		return y
	}
	return newsYear(raw)
}

// ledeYear returns the year of the full date a news lede opens with,
// among the first eight lines of head (after the headline when the lede
// runs into it), or 0.
func ledeYear(head []string, title string) int {
	for _, l := range head[:min(len(head), 8)] {
		l = strings.TrimSpace(l)
		if title != "" && strings.HasPrefix(l, title) {
			l = l[len(title):]
		}
		if !strings.Contains(l, "日") {
			continue // (a cheap test before the pattern)
		}
		if m := ledeFullDateRe.FindStringSubmatch(l); m != nil {
			return atoi(m[1])
		}
	}
	return 0
}

// ledeFullDateRe matches a lede that opens with the story's full day, a span of
// days or the time of day after it, then a comma (2031年12月20日，…,
// 2031年1月16日—17日，…, 本报讯（记者 某某）2031年12月20日上午，…): no
// stamp is written so, and no line of a paper opens so but a story's.
var ledeFullDateRe = mustLitRe(`^(?:\p{Han}{0,10}[讯訊]\s*(?:[（(][^（()）]{0,40}[）)])?\s*)?((?:19|20)[0-9]{2})\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?:\s*[—－-]\s*[0-9]{1,2}\s*日)?(?:上午|下午|晚上|晚间|晚|早上)?\s*[，,]`)

// dayLineRe matches a line that holds a date alone: 2031年03月06日.
var dayLineRe = mustLitRe(`^(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日$`)

// stampDayRe matches a page's stamp that opens a line without a label: a
// date with the time of day (2032-03-06 07:40:04, 2032年03月06日 07:40,
// 2032年03月06日17:11 with no space after 日, as a news portal stamps its
// stories), or with the label of a field after it (2032-03-06 来源：…,
// 2032年03月06日 作者：…), maybe after the site's address
// (http://www.example.cn  2032-03-06 17:50:07), which no sentence of a
// story writes.
var stampDayRe = mustLitRe(`(?m)^[ \t]*(?:(?:https?://|www\.)[!-~]+[ \t]+|(?:发表于|发布于)[ \t]*)?((?:19|20)[0-9]{2})\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*(?:(?:日[ \t]*|[ \t]+)[0-9]{1,2}:[0-9]{2}|日?[ \t]+(?:来源|來源|稿源|作者|编辑|責任編輯|责任编辑|撰稿|发布)\s*[：:])`)

// dayFirstStampRe matches a stamp that gives the day first, European
// fashion, with the time of day (19.04.2032  08:41), as some portals print
// it under a headline: the year in group 1.
var dayFirstStampRe = mustLitRe(`(?m)^[ \t]*[0-9]{1,2}\.[0-9]{1,2}\.((?:19|20)[0-9]{2})[ \t]+[0-9]{1,2}:[0-9]{2}`)

// subtitleReportRe matches a headline's subtitle that names a dated work
// report: ——2032年某县政府工作报告解读.
var subtitleReportRe = mustLitRe(`^\s*[—－―]{1,2}\s*((?:19|20)[0-9]{2})\s*年\s*\p{Han}{0,16}?政府工作报告`)

// subtitleReportYear returns the year of the work report the first line
// names when that line is a subtitle (——2032年某县政府工作报告解读), or 0.
func subtitleReportYear(head []string) int {
	if len(head) == 0 {
		return 0
	}
	if m := subtitleReportRe.FindStringSubmatch(Simplify(head[0])); m != nil {
		return atoi(m[1])
	}
	return 0
}

// govThanksRe matches a government's thanks to the deputies of its
// congress, in its own name alone (我代表市政府，向各位人大代表…), not
// with the Party committee's (我代表市委、市政府，…).
var govThanksRe = mustLitRe(`我(?:谨)?代表[^，,。、；]{0,12}?(?:省|市|县|区|州|旗|盟)?(?:人民)?政府[，,]?\s*向(?:各位|全体)?(?:人大)?代表`)

// yearsWorkRe matches the words of a review of the year's work.
var yearsWorkRe = mustLitRe(`一年来|过去一年|过去的一年|全年|五年来`)

// govThanksDeputies reports whether text, a page with no head, thanks the
// deputies in the government's name (govThanksRe) and reviews the year's
// work.
func govThanksDeputies(text string) bool {
	text = headText(text, 20000)
	return strings.Contains(text, "代表") && govThanksRe.MatchString(text) && yearsWorkRe.MatchString(text)
}

// interpretedReportRe matches a headline that interprets a dated work
// report: 2032“两会”解读政府工作报告…, 2032年某县政府工作报告解读.
var interpretedReportRe = mustLitRe(`^\s*((?:19|20)[0-9]{2})\s*年?(?:[^。，；：:]{0,12}?解读[^。，；：:]{0,16}?政府工作报告|\s*\p{Han}{0,16}?政府工作报告[^。，；：:]{0,6}?解读)`)

// interpretedReportYear returns the year of the work report that the
// first line among head interprets (interpretedReportRe), or 0.
func interpretedReportYear(head []string) int {
	for _, l := range head {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if m := interpretedReportRe.FindStringSubmatch(Simplify(normLine(l))); m != nil {
			return atoi(m[1])
		}
		return 0
	}
	return 0
}

// sessionNameRe matches a congress session's name alone, as a portal's
// headline: 某县第十八届人民代表大会第一次会议.
var sessionNameRe = mustLitRe(`^\p{Han}{2,16}第[一二三四五六七八九十]{1,3}届人民代表大会第[一二三四五六七八九十]{1,3}次会议$`)

// govVoiceRe matches the words a government's work report reviews its
// work in: under the congress's and the CPPCC's watch (在县人大、县政协的
// 监督支持下) or leading the place's people (县政府团结和带领全县人民).
var govVoiceRe = mustLitRe(`在\p{Han}{0,6}人大、\p{Han}{0,6}政协的监督支持下|[省市县区州旗盟]政府团结(?:和|并)?带领全[省市县区州旗盟]`)

// introSessionRe matches a sentence that opens with the date of a
// congress's session (2031年1月20日，在某市第十五届人民代表大会第三次会议上，…).
var introSessionRe = mustLitRe(`^\s*((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日\s*[，,]?\s*在.{0,30}?第?[一二三四五六七八九十0-9]{1,3}届(?:人民代表大会|人大)第?[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议上[，,]`)

// introSessionYear returns the year of the session a sentence above the
// greeting dates, among the first lines (a copy's introduction to the
// report's full text): the session's year, or the next when it sat in
// December; 0 when there is none.
func introSessionYear(head []string) int {
	for i, l := range head {
		if i >= 6 || greetRe.MatchString(strings.TrimSpace(l)) {
			break
		}
		if m := introSessionRe.FindStringSubmatch(Simplify(l)); m != nil {
			if atoi(m[2]) == 12 {
				return atoi(m[1]) + 1
			}
			return atoi(m[1])
		}
	}
	return 0
}

// runInSessionRe finds a session's report dated in brackets right after
// its name, as a title block run into one line gives it (某乡第十届人民代表
// 大会第二次会议政府工作报告（2031年2月20日）); the year and month in groups
// 1 and 2.
var runInSessionRe = mustLitRe(`(?:人民代表大会|人大)第?[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议(?:上的)?(?:政府)?工作报告\s*[（(]\s*((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日\s*[）)]`)

// runInSessionTitle returns the report's name that opens the line where
// runInSessionRe finds a session's report dated in brackets (某乡第十届人民
// 代表大会第二次会议政府工作报告), or "" when there is none or what opens
// the line is no title (a sentence, or longer than a title runs).
func runInSessionTitle(text string) string {
	loc := runInSessionRe.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	start := strings.LastIndex(text[:loc[0]], "\n") + 1
	end := loc[0] + strings.IndexAny(text[loc[0]:loc[1]], "（(")
	t := strings.TrimSpace(text[start:end])
	if utf8.RuneCountInString(t) > 60 || strings.ContainsAny(t, "。；！？，,：:") {
		return ""
	}
	return t
}

// runInSessionYear returns the year of the session runInSessionRe dates
// in text (the next year for a December session, as a date line's), or 0.
func runInSessionYear(text string) int {
	m := runInSessionRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	if atoi(m[2]) == 12 {
		return atoi(m[1]) + 1
	}
	return atoi(m[1])
}

// datedDatelineRe matches a news agency's dateline that gives the year:
// 新华社北京2031年3月6日电, 某某日报2031年1月5日讯.
var datedDatelineRe = mustLitRe(`\p{Han}{1,8}?(?:社|网|报|台)\s*\p{Han}{0,5}?\s*((?:19|20)[0-9]{2})\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:电|讯)`)

// sessionHeadline returns the headline of news about a congress session
// among the first lines (某县第十八届人民代表大会第四次会议开幕), or "".
func sessionHeadline(head []string) string {
	for i, l := range head {
		if i >= 8 {
			break
		}
		l = normLine(l)
		if isTitleLine(l) && sessionNewsRe.MatchString(l) {
			return despace(l)
		}
	}
	return ""
}

// reportReviewRe matches news quoting what a work report says of the year
// it reviews: 在报告中说，2031年是…, 报告指出，2031年…, 《报告》指出，2031年是…,
// 在回顾2031年工作时, 首先回顾了2031年县人民政府工作, the year with the
// five-year plan it closes (在回顾2030年和“十五五”工作时), what the report
// sums up of the place's year (总结了2031年全区经济社会发展取得的成就), and
// the report's words quoted: 刚刚过去的2031年，是….
var reportReviewRe = mustLitRe(`(?:报告》?中?(?:说|指出|称|表示)\s*[，,：:—]*\s*|回顾了?|总结了?|刚刚?过去的)((?:19|20)[0-9]{2})\s*年(?:和[“"]?十[一二三四五六七八九]五[”"]?(?:时期)?)?(?:[县市区旗州]?(?:人民)?政府)?(?:是|工作|的工作|，|,|[全我][县市区旗州盟])`)

// monthDayRe finds a day written with its month (1月21日).
var monthDayRe = mustLitRe(`([0-9]{1,2})月[0-9]{1,2}日`)

// sessionReviewYear returns the year of news that tells of a congress
// session opening (sessionNewsRe) and quotes the report on the year it
// reviews (reportReviewRe): the next year when the story's first day (in
// its first two hundred characters or so, after a feature's scene) is
// early in the year (January to March), that year when it is in November
// or December; 0 otherwise.
func sessionReviewYear(text string) int {
	if !sessionNewsRe.MatchString(text) && !deliberationNewsRe.MatchString(text) {
		return 0
	}
	y := 0
	if loc := reportReviewRe.FindStringSubmatchIndex(text); loc != nil {
		y = atoi(text[loc[2]:loc[3]])
		if m := text[loc[0]:loc[1]]; (strings.HasSuffix(m, "，") || strings.HasSuffix(m, ",")) && quotedPlanRe.MatchString(text[loc[1]:]) {
			// 报告指出，2031年，某州将…: the year the report plans, the one
			// after the year it reviews
			y--
		}
	} else if y = resultsYear(text); y == 0 {
		return 0
	}
	day := monthDayRe.FindStringSubmatch(headText(text, 600))
	if day == nil && storyYearRe.MatchString(text) {
		// No day, but the story calls the session's year 今年 and the
		// year of the results by its number: the year after them.
		return y + 1
	}
	if day == nil {
		return 0
	}
	switch month := atoi(day[1]); {
	case month >= 1 && month <= 3:
		return y + 1
	case month >= 11 && month <= 12:
		return y
	}
	return 0
}

// deliberationNewsRe matches news of a congress's deputies debating the
// work report in their groups (出席市五届人大二次会议的代表分团审议…,
// 参加县十四届人大四次会议的代表们分组审议政府工作报告), or the members of
// the CPPCC session beside it discussing it (出席区政协八届五次会议的委员们
// 分组讨论了…政府工作报告). The verb may stand far from the deputies when
// the sentence names the work report between them or after the verb: the
// deputies review it by a form of their own (出席县九届人大三次会议的代表
// 按代表团分组，对县长某某所作的政府工作报告…进行了审议), or a place's
// delegation meets to review it (市十届人大三次会议某县代表团在驻地召开全团
// 会议，审议政府工作报告).
var deliberationNewsRe = mustLitRe(`(?:人民代表大会|人大).{0,12}(?:会议|大会)的?(?:人大)?代表.{0,6}审议|(?:人民代表大会|人大).{0,12}会议的?\p{Han}{0,8}?代表团?[^。]{0,40}?(?:政府工作报告[^。]*?审议|审议[^。]{0,12}?政府工作报告)|政协.{0,12}会议的?(?:政协)?委员.{0,8}(?:审议|讨论)`)

// resultsYearRe matches a year the story names as the one of the place's
// results, at a clause's start with the place's own words after it
// (2031年，我市取得了…, 2031年，全市经济…).
var resultsYearRe = mustLitRe(`(?:^|[。；！，,\n])\s*((?:19|20)[0-9]{2})\s*年\s*[，,]\s*(?:我|全)[市县区州旗盟]`)

// pastResultRe finds the words of a result won (取得了, 完成, 实现, 去年).
var pastResultRe = mustLitRe(`取得|完成|实现|去年|过去一年`)

// plannedRe finds the words of a plan in a clause (将, 要, 力争; not the
// 要 of 主要, 重要, 需要).
var plannedRe = mustLitRe(`将|力争|(?:^|[^主重需])要`)

// storyYearRe finds 今年 said of the year a story is in, not 今年以来.
var storyYearRe = mustLitRe(`今年(?:[^以]|$)`)

// resultsYear returns the year the first sentence that opens on a year of
// the place's results (resultsYearRe) names, when the sentence tells of a
// result won (pastResultRe) and no plan (plannedRe); 0 otherwise.
func resultsYear(text string) int {
	for _, loc := range resultsYearRe.FindAllStringSubmatchIndex(text, -1) {
		rest := text[loc[1]:]
		if end := strings.IndexAny(rest, "。；！\n"); end >= 0 {
			rest = rest[:end]
		}
		if pastResultRe.MatchString(rest) && !plannedRe.MatchString(rest) {
			return atoi(text[loc[2]:loc[3]])
		}
	}
	return 0
}

// quotedPlanRe matches what follows a year the news quotes from a report
// when the report tells what it will do that year: its subject, then 将 or
// 要 (…2031年，某州将坚持…, 2031年，全市要…).
var quotedPlanRe = mustLitRe(`^\s*\p{Han}{0,8}?(?:将|要)`)

// ledeDayRe finds the day a news lede opens with (1月14日, 12月11日上午),
// also after the reporter's name in brackets (本报讯（记者 某某）12月6日).
var ledeDayRe = mustLitRe(`(?:^|\n|电|讯)\s*(?:[（(][^（()）\n]{1,24}[）)]\s*)?([0-9]{1,2})月[0-9]{1,2}日`)

// (the day and the place may come between: 某市十五届人大三次会议昨日在某市开幕)
var sessionNewsRe = mustLitRe(`(?:人民代表大会|人大).{0,12}(?:会议|大会)(?:.{0,4}|(?:昨日|今日|今天|昨天|上午|下午)?在\p{Han}{1,8})(?:开幕|闭幕|召开|举行)`)

// titleCandidate reports whether l, the first line of a document that is
// not a speech, can be its title: short, not a heading, a sentence or its
// first half (a line that ends in a comma), a greeting, a date or speaker
// line, a subtitle, a review part's heading or a label (文本内容：).
func titleCandidate(l string) bool {
	n := utf8.RuneCountInString(l)
	return n >= 4 && n <= 60 && headingMarker(l) == nil && !strings.ContainsAny(l, "。；") && !cutAtComma(l) && !greetRe.MatchString(l) && !controlsRe.MatchString(l) && !labelEndRe.MatchString(l) && !entryLabelRe.MatchString(l) &&
		!dateLineRe.MatchString(l) && !calendarDateRe.MatchString(l) && !strings.HasPrefix(l, "——") && !(reviewRe.MatchString(l) && !partPieceRe.MatchString(l)) && !isSpeaker(l) && !officeSpeakerLine(l) && !officerSpeaker(l) &&
		!datelineOnlyRe.MatchString(l) && !docNumberLineRe.MatchString(l) && !openDateLine(l) && !adoptedLineRe.MatchString(l)
}

// partPieceRe matches the headline of a piece on one part of a work
// report, one of a series that reads the report part by part (某县解读
// 政府工作报告要点之一：2031年工作回顾, 解读政府工作报告·过去一年工作回顾):
// the report named, then after a colon or a middle dot the part the piece
// covers. The report's own review part is headed by the part alone
// (一、2031年工作回顾), never after the report's name, so the review's
// words in it do not make the line a heading.
var partPieceRe = mustLitRe(`(?:政府)?工作报告[^：:·|｜。；]{0,12}\s*[：:·|｜]\s*(?:19|20)[0-9]{2}\s*年(?:的)?(?:(?:政府)?工作(?:的)?回顾|主要工作情况)`)

// datelineOnlyRe matches a wire's or a paper's dateline alone on its line
// (某某社某地1月18日电, 本报讯): it says who filed what follows, it names no
// paper.
var datelineOnlyRe = mustLitRe(`^` + datelinePat + `$`)

// datelinePat is a wire's or a paper's dateline: the agency or the paper,
// maybe the place and the day, then 电 or 讯 (某某社某地三月五日电, 本报讯),
// or a county's media centre by the short name its stories open with
// (某某融媒讯).
const datelinePat = `\p{Han}{1,10}?(?:社|网|报|台|融媒体中心|融媒体|融媒)(?:\p{Han}{2,5}\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?(?:电|讯)`

// entryLabelRe matches a yearbook's label of a sub-entry alone on its line
// (【概况】, 【领导名录】): it heads the lines under it, it names no paper.
var entryLabelRe = mustLitRe(`^【\p{Han}{2,6}】$`)

// overviewPlaceRe finds a yearbook's or a gazetteer's overview of a place
// opening with where it lies (【概况】某县位于某省东部…): group 1 is the place.
var overviewPlaceRe = mustLitRe(`【概[况況]】\s*(\p{Han}{2,8}?(?:自治县|自治旗|市|县|縣|区|區|旗|镇|鎮|乡|鄉))(?:位于|位於|地处|地處)`)

// calendarDateRe matches a line that is a day alone, maybe with its
// weekday (2031年02月23日, 2031-02-23 星期一): a page's date, never a title.
var calendarDateRe = mustLitRe(`^(?:(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:\s*(?:星期|周)[一二三四五六日天])?$`)

// officeSpeakerRe matches the speaker's line of an office's report to a
// congress or its standing committee: the office, its head's title and
// name (某区审计局局长 某某, 某县财政局副局长 某某, and the standing
// committee's own: 某市人大常委会副主任 某某; a congress's committee's
// chair: 计划预算审查委员会主任委员 某某), the office in group 1, the
// name in group 2.
var officeSpeakerRe = mustLitRe(`^(\p{Han}{1,24}?(?:局|委员会|人大常委会|委|厅|办公室|办事处))(?:常务)?副?(?:局长|主任委员|主任|厅长|委员长|秘书长)\s*(\p{Han}{2,4})$`)

// meetingSpeakerRe matches the speaker's line under the title of a report
// to a work meeting: the office, its head's posts in either order and his
// name (市某局局长、党委书记 某某, 市某局党组书记、局长 某某), maybe glued
// after the report's own name (2031年某某工作报告市某局局长 某某); the
// office in group 1. The line is read without its spaces.
var meetingSpeakerRe = mustLitRe(`(?:^|报告|讲话)(\p{Han}{2,24}?(?:局|委员会|委|厅|办公室|办事处))(?:(?:党组|党委|党工委)副?书记[、，,])?(?:常务)?副?(?:局长|主任|厅长)(?:[、，,](?:党组|党委|党工委)副?书记)?\p{Han}{2,4}$`)

// meetingSpeaker returns the office of the speaker's line among the first
// lines of body, below the title and the subtitle that names the meeting,
// or "".
func meetingSpeaker(body string) string {
	lines := 0
	for _, l := range strings.Split(headText(body, 600), "\n") {
		if l = despace(l); l == "" {
			continue
		}
		if m := meetingSpeakerRe.FindStringSubmatch(l); m != nil {
			return m[1]
		}
		if lines++; lines == 6 {
			break
		}
	}
	return ""
}

// labelEndRe matches a line that ends as a label does, with a colon and
// maybe an ellipsis (文本内容：, 目录/提纲：……): it introduces what follows
// and names no paper.
var labelEndRe = mustLitRe(`[：:]\s*(?:…+|\.{3,})?$`)

// otherReport reports whether title names a report that is not a work
// report although delivered to a congress: 关于…计划草案的报告, …规划纲要的报告,
// also without 关于 when it reports on a plan or a budget (某区2030年…计划
// 执行情况与2031年计划草案的报告).
//
// A note after the title on how the report reaches the congress
// (…草案的报告（书面）, …报告（审议稿）) is not part of its name.
//
// So does a title that names another body's work report: the standing
// committee's, the court's, the procuratorate's (某省人民代表大会常务委员会
// 工作报告), heard by the same congress.
func otherReport(title string) bool {
	title = reportNoteRe.ReplaceAllString(title, "")
	if !strings.HasSuffix(title, "报告") || strings.Contains(title, "政府工作") {
		return false
	}
	if summaryPlanReportRe.MatchString(title) && !planReportRe.MatchString(title) && !organReportRe.MatchString(title) {
		// An office's report to the government above it on its own
		// year's work, and the next year's (关于2031年工作总结、2032年
		// 工作计划的报告, addressed 县政府办：): its summary, sent as a
		// report, no congress's paper.
		return false
	}
	return strings.HasPrefix(title, "关于") || planReportRe.MatchString(title) || organReportRe.MatchString(title)
}

// summaryPlanReportRe matches a 关于…的报告 that names an office's summary
// of its work (关于2031年工作总结和2032年工作计划的报告, 关于2031年及过去4年
// 工作总结…的报告): what a plan's or a budget's report to a congress never
// calls its review.
var summaryPlanReportRe = mustLitRe(`^关于[^《》]{0,30}?工作总结`)

// organReport reports whether title is the work report of a body other
// than the government (organReportRe), a note after it (（摘要）) or not.
func organReport(title string) bool {
	return organReportRe.MatchString(reportNoteRe.ReplaceAllString(title, ""))
}

// organReportRe matches the title of a work report of a body other than
// the government (某省人民代表大会常务委员会工作报告, 某市中级人民法院工作报告,
// a township congress's presidium's 某镇人大主席团工作报告); group 1 is the
// body without its place.
// The year the report reviews may stand between the body and the words
// (某市人民检察院2031年工作报告).
var organReportRe = mustLitRe(`(人民代表大会常务委员会|人大常委会|常务委员会|人民代表大会主席团|人大主席团|(?:最高|高级|中级)?人民法院|(?:最高)?人民检察院)(?:\s*(?:19|20)[0-9]{2}\s*年度?)?工作报告$`)

// committeeOfficer sets the standing committee as the issuer of a paper
// that starts at its officer's line (某市人大常委会副主任 某某), its title
// lost, and the committee's place as the region; it reports whether it did.
func committeeOfficer(d *Document, set func(string, string)) bool {
	for _, l := range headLines(d.Body, 3) {
		m := officeSpeakerRe.FindStringSubmatch(despace(l))
		if m == nil || !strings.HasSuffix(m[1], "人大常委会") || headlineAfterOffice(m[1], m[2]) {
			continue
		}
		d.Issuer = "人大常委会"
		set("issuer", OriginSpeaker)
		p := namedPlace(m[1])
		if p == "" {
			// (an officer of the committee by its level alone,
			// 市人大常委会秘书长, who explains the committee's draft
			// report named with its place: 《某市人大常委会工作报告
			// （草案）》)
			p = draftOrganPlace(headText(d.Body, 600))
		}
		if d.Region == "" && p != "" {
			d.Region = p
			set("region", OriginSpeaker)
			dropRegionWarnings(d)
		}
		return true
	}
	return false
}

// dropRegionWarnings removes the warnings that the region is unknown, once
// a later reading found it.
func dropRegionWarnings(d *Document) {
	kept := d.Warnings[:0]
	for _, w := range d.Warnings {
		if !strings.HasPrefix(w.Message, "region unknown") {
			kept = append(kept, w)
		}
	}
	d.Warnings = kept
}

// draftOrganRe finds a body's draft report named in quotes with its place
// (《某市人大常委会工作报告（草案）》); group 1 is the run before the body.
var draftOrganRe = mustLitRe(`《(\p{Han}{2,16}?)(?:人民代表大会常务委员会|人大常委会)工作报告`)

// draftOrganPlace returns the place of the standing committee whose draft
// report text names in quotes, or "".
func draftOrganPlace(text string) string {
	if m := draftOrganRe.FindStringSubmatch(text); m != nil {
		return runPlace(m[1])
	}
	return ""
}

// organOpeningRe finds the opening of a body other than the government
// that reports to a congress, the body in group 1: 我代表最高人民检察院向
// 大会报告工作, 我受全国人大常委会委托.
var organOpeningRe = mustLitRe(`我谨?(?:受|代表)([^，。；,;]{0,40}?(?:人民代表大会常务委员会|人大常委会|常务委员会|人民法院|人民检察院))`)

// organBodyRe matches the body at the end of organOpeningRe's group 1,
// the place or level before it left out.
var organBodyRe = mustLitRe(`(?:最高|高级|中级)?人民法院$|(?:最高)?人民检察院$|人民代表大会常务委员会$|人大常委会$|常务委员会$`)

// organOpeningBody returns the body other than the government whose
// opening among head's lines reports to the congress (我代表市中级人民法院
// 向大会报告工作), without its place, and the place it names before it
// (某市人民检察院), "" for none.
func organOpeningBody(head []string) (body, place string) {
	for i, l := range head {
		if i >= 12 {
			break
		}
		l = Simplify(strings.TrimSpace(l))
		if !otherBodyOpeningRe.MatchString(l) {
			continue
		}
		if m := partyCommitteeOpeningRe.FindStringSubmatch(l); m != nil {
			// The party's committee reports to the party congress
			// (我代表中国共产党某市第六届委员会向大会作报告): 党委, the
			// place before its term (a template's xxx names none).
			p := strings.TrimPrefix(strings.TrimPrefix(m[1], "中国共产党"), "中共")
			if k := termOrdinalRe.FindStringIndex(p); k != nil {
				p = p[:k[0]]
			}
			return "党委", runPlace(strings.TrimSuffix(p, "委员会"))
		}
		m := organOpeningRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		loc := organBodyRe.FindStringIndex(m[1])
		if loc == nil {
			continue
		}
		body = m[1][loc[0]:]
		if strings.HasPrefix(body, "最高") {
			return body, ""
		}
		return body, runPlace(m[1][:loc[0]])
	}
	return "", ""
}

// termOrdinalRe finds a body's term in its name (第六届, 十二届).
var termOrdinalRe = mustLitRe(`第?[一二三四五六七八九十]{1,3}届`)

// organOpens reports whether head holds another body's opening to the
// congress (organOpeningBody).
func organOpens(head []string) bool {
	o, _ := organOpeningBody(head)
	return o != ""
}

// organSpeakerRe matches the speaker's line of a national court's or
// procuratorate's report: 最高人民检察院检察长 某某.
var organSpeakerRe = mustLitRe(`^(最高人民法院|最高人民检察院)(?:代理)?(?:院长|检察长)`)

// nationalOrgan returns the body other than the State Council that a report
// of the national session is by, by its full name, and where it was read:
// the title (最高人民法院工作报告, 全国人民代表大会常务委员会工作报告), else the
// speaker's line or the opening among the head's lines. "" when the head
// names none: the report is the State Council's.
func nationalOrgan(title string, head []string) (string, string) {
	name := func(s string) string {
		s = Simplify(s)
		switch {
		case strings.Contains(s, "最高人民法院"):
			return "最高人民法院"
		case strings.Contains(s, "最高人民检察院"):
			return "最高人民检察院"
		case strings.Contains(s, "政协") || strings.Contains(s, "政治协商会议"):
			if strings.Contains(s, "常务委员会") || strings.Contains(s, "常委会") {
				return "政协全国委员会常务委员会"
			}
		case strings.Contains(s, "全国人民代表大会常务委员会") || strings.Contains(s, "全国人大常委会"):
			return "全国人民代表大会常务委员会"
		}
		return ""
	}
	if t := strings.TrimRight(reportNoteRe.ReplaceAllString(Simplify(title), ""), "—－-━ "); organReportRe.MatchString(t) {
		if o := name(t); o != "" {
			return o, OriginTitle
		}
	}
	for _, l := range head {
		l = Simplify(strings.TrimSpace(l))
		if m := organSpeakerRe.FindStringSubmatch(l); m != nil {
			return m[1], OriginSpeaker
		}
		if m := organOpeningRe.FindStringSubmatch(l); m != nil {
			if o := name(m[1]); o != "" {
				return o, OriginOpening
			}
		}
	}
	return "", ""
}

// reportNoteRe matches a note after a report's title on the form it takes
// before the congress: （书面）, （审议稿）, (征求意见稿); or on a copy that
// gives it in part: （摘要）.
var reportNoteRe = mustLitRe(`\s*[（(]\s*(?:书面|书面报告|审议稿|送审稿|讨论稿|征求意见稿|代拟稿|摘要|摘登)\s*[）)]\s*$`)

// planReportRe matches what a report on a plan or a budget reports on.
var planReportRe = mustLitRe(`(?:计划|预算)(?:执行情况|草案)`)

// speechSubtitle reports whether one of the first three lines of body is
// a subtitle that names the occasion of a speech, a talk or an address
// (——在某市2031年教育工作会议上的讲话, maybe with a copy's note after it:
// （摘要）, (节选)); a report to a congress (…大会上的报告) is no speech.
func speechSubtitle(body string) bool {
	for _, l := range headLines(body, 3) {
		l = strings.TrimSpace(copyNoteEndRe.ReplaceAllString(strings.TrimSpace(l), ""))
		if occasionLineRe.MatchString(l) && (strings.HasSuffix(l, "讲话") || strings.HasSuffix(l, "发言") || strings.HasSuffix(l, "致辞")) {
			return true
		}
	}
	return false
}

// speechTitle reports whether title names a speech or a report on one's
// own work rather than a paper: …会上的讲话, …发言, …致辞, 述职报告.
func speechTitle(title string) bool {
	t := copyTagRe.ReplaceAllString(strings.TrimSpace(title), "")
	return speechTitleRe.MatchString(t)
}

// briefingKind returns the kind of a paper whose title calls it a briefing
// on the work done (工作汇报, 工作情况汇报, an office's 工作情况报告, or with 的:
// 关于2031年上半年工作情况的报告): 半年总结 for a half year's, else 总结; ""
// for any other title.
func briefingKind(title string) string {
	switch {
	case !strings.Contains(title, "工作汇报") && !strings.Contains(title, "工作情况汇报") && !strings.Contains(title, "工作情况报告") && !strings.Contains(title, "工作情况的报告"):
		return ""
	case halfYearTitle(title):
		return "半年总结"
	}
	return "总结"
}

// halfYearTitleRe matches a title's words for a half year: 上半年, 半年,
// 年中, and 上半 and 下半 without 年, as a document site's file name may
// shorten them (2031上半工作总结和下半工作打算).
var halfYearTitleRe = mustLitRe(`半年|年中|[上下]半`)

// halfYearOpeningRe matches the words a paragraph opens with when it
// reviews the first half of a year: 2031年上半年，, 今年上半年，, 上半年以来，,
// and with the year a copy site masked: 20**年上半年，, 20XX年上半年，.
var halfYearOpeningRe = mustLitRe(`^(?:(?:(?:19|20)[0-9]{2}|(?:19|20)?[XxＸｘ×*＊]{2,4})\s*年|今年)?上半年(?:以来)?[，,]`)

// halfYearOpening reports whether one of the first three lines of body
// that hold text (the title's line, then the first paragraph's) opens on
// the half year it reviews.
func halfYearOpening(body string) bool {
	return openingMatches(body, 800, halfYearOpeningRe)
}

// halfYearTitle reports whether title speaks of a half year.
func halfYearTitle(title string) bool {
	return halfYearTitleRe.MatchString(title)
}

// congressAdoptsRe matches the words that tell a people's congress, or its
// standing committee, adopted a paper: …人民代表大会第一次会议通过, …人民
// 代表大会第三次会议关于…, also where a page broke the resolution's title
// after the congress's name (…第十届全国人民代表大会 / 第一次会议关于…).
var congressAdoptsRe = mustLitRe(`人民代表大会(?:常务委员会)?[^。]{0,16}?会议(?:通过|关于)`)

// congressHeardRe matches the opening of a congress's resolution on a
// report: the congress by its place and term, its session, and the verb
// that it heard or examined the report (…第五次会议听取和审议了, …会议审查了).
var congressHeardRe = mustLitRe(`^\p{Han}{2,16}?第[一二三四五六七八九十]{1,3}届人民代表大会第[一二三四五六七八九十]{1,3}次(?:全体)?会议(?:听取|审议|审查)`)

// adoptedLineRe matches the line under a resolution's headline, or its
// first line when it was stored without one, that dates its adoption by a
// congress named by its level or its place ((2031年1月9日某市十六届人大
// 三次会议第三次全体会议通过)).
var adoptedLineRe = mustLitRe(`^[（(]\s*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\p{Han}{0,16}?(?:人民代表大会|人大)[^。（()）]{0,24}?会议[^。（()）]{0,12}?通过\s*[）)]$`)

// adoptionNoteRe finds a line that opens with the day a congress adopted a
// paper, the congress after it (（2031年3月11日第十五届全国人民代表大会第四次
// 会议通过）, in Chinese numerals too).
var adoptionNoteRe = mustLitRe(`(?m)^[（(]?\s*[0-9〇零○一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[^。\n]{0,40}?会议通过`)

// congressResolution reports whether title, or when it is empty the body's
// first lines, give a congress's resolution on a report: the title that
// ends with the resolution (…的决议), or an opening that dates its
// adoption or says the congress heard the report.
func congressResolution(title, body string) bool {
	if title != "" {
		return resolutionRe.MatchString(title) && congressAdoptsRe.MatchString(title+"\n"+headText(body, 300))
	}
	head := strings.TrimSpace(headText(body, 200))
	return congressHeardRe.MatchString(head) || adoptedLineRe.MatchString(firstLine(head))
}

// resolutionRe matches the title of a congress's resolution or decision on
// a report: …关于政府工作报告的决议, also as a draft (…的决议（草案）) and
// in a headline that tells it was adopted (…的决议通过).
var resolutionRe = mustLitRe(`的(?:决议|决定)(?:\s*[（(]?草案[）)]?)?(?:获?(?:得)?通过)?$`)

// spacedYearRe matches a year set apart by spaces between Chinese
// characters, or at a title's start (某市 2032 年…): groups 1 and 2 are
// the character before it and the year.
var spacedYearRe = mustLitRe(`(^|\p{Han}) *((?:19|20)[0-9]{2}) *年`)

// memberViewRe matches a headline that quotes a deputy or a committee
// member by name, a colon after the title (某某代表：…, 某某某委员：政府工作报告
// 体现…): what a deputy says of the report is news about it (a greeting,
// 各位代表：, is told apart by its 各位).
var memberViewRe = mustLitRe(`\p{Han}{2,4}(?:代表|委员|委員)\s*[：:]`)

// reportAdoptedRe matches a headline's words on a session's vote on a
// report: 某县检察院工作报告获全票通过, 法院工作报告高票通过.
var reportAdoptedRe = mustLitRe(`工作报告》?\s*(?:获|以)?(?:全票|高票|顺利)(?:表决)?通过[！!。]?$`)

// deliveredRe matches a headline's words on who delivered a report:
// 某某作政府工作报告.
// A headline on who reviewed, discussed or heard it is news about it too:
// So is one that tells who delivered another body's report to a session
// (某某作政协某市委员会常委会工作报告, 某某作市人民法院工作报告).
// 代表分组审议区政府工作报告, 某代表团审查政府工作报告 (a delegation
// examines it at a session), 某某主持审议修改2032年某市政府工作报告, also
// with a colon after the verb, the topic's way (代表委员审议：“完整版”政府工作报告);
// so is one on who published a paper (教育部发布
// 2032年工作要点: the paper itself bears no verb before its name).
var deliveredRe = mustLitRe(`\p{Han}{2,4}作了?《?(?:政府)?工作报告》?|\p{Han}{2,4}作了?《?[^，。：:《》\s]{0,14}?(?:常委会|常务委员会|人民法院|人民检察院)工作报告》?|(?:分组审议|审议|审查|讨论|热议|畅谈|听取|修改)\s*[：:]?[^，。：:]{0,14}?《?政府工作报告|\p{Han}(?:发布|公布)了?《?[^，。：:《》]{0,16}?(?:政府工作报告|工作要点|工作计划|工作总结)》?$`)

// copyNoteEndRe matches the note a headline ends with on which copy of a
// report the page prints: （提纲）, （摘要）, （全文）, （摘登）, （节选）.
var copyNoteEndRe = mustLitRe(`[（(]\s*(?:提纲|摘要|全文|摘登|节选)\s*[）)]$`)

// meetingHeldRe matches a headline that tells who held a meeting, the
// meeting's name last: 某集团召开2031年度工作总结会议, 全县卫生健康工作会议召开,
// …工作例会顺利召开. The meeting's page is news of it, not the summary or the
// plan it heard (a notice of one ends 的通知), whatever the meeting is (a
// 务虚会 that talks over the next year's work is a meeting too: 某区政协召开
// 2032年工作务虚会), and a meeting named for a paper's work (…总结会议,
// …计划部署会) is not that paper.
var (
	meetingHeldRe = mustLitRe(`(?:召开|举行|举办)[^，。：:《》]{0,40}?(?:会议|大会|会)$|(?:会议|会)(?:隆重|顺利|胜利)?(?:召开|举行|开幕|闭幕)$`)
)

var speechTitleRe = mustLitRe(`(?:讲话|发言|致辞|讲话稿|发言稿|述职报告|述职述廉报告)$`)

// govOpening reports whether an opening speaks for a government: 国务院,
// 某市人民政府, 县政府, 行署.
func govOpening(o string) bool {
	return o == "国务院" || strings.HasSuffix(o, "政府") || strings.HasSuffix(o, "行署") || strings.HasSuffix(o, "行政公署") || o == "政务院" || localCouncil(o) != ""
}

// localCouncil returns the name of the body that governed a province,
// city or county before its people's government was restored, when the
// opening o speaks for it: 人民委员会 (1954–1967: 我代表省人民委员会) or
// 革命委员会 (1967–1980: 我代表县革命委员会); "" otherwise.
func localCouncil(o string) string {
	for _, c := range []string{"人民委员会", "革命委员会"} {
		if strings.HasSuffix(o, c) {
			return c
		}
	}
	return ""
}

// transcriptOfReport reports whether head, a text's first lines, prints a
// report as it was read: a line that announces the transcript (以下为文字
// 实录：, 以下是报告全文：) among its first six, then the report's opening
// (现在，我代表…向大会报告政府工作) within two lines of it, the speaker's
// name between them.
func transcriptOfReport(head []string) bool {
	for i, l := range head[:min(len(head), 6)] {
		if !transcriptLineRe.MatchString(strings.TrimSpace(l)) {
			continue
		}
		for _, o := range head[i+1 : min(len(head), i+4)] {
			if reportOpening(o) {
				return true
			}
		}
	}
	return false
}

// spokenTranscriptOfReport reports whether head, a text's first lines,
// prints a work report as it was read, from any of its paragraphs: a line
// among its first six that announces the transcript (以下为文字实录：), the
// speaker's name alone on the next line (某某：), whom the lede above gives
// the report to (听取国务院总理某某关于政府工作的报告, 市长某某作政府工作
// 报告), then a paragraph of at least 40 characters.
func spokenTranscriptOfReport(head []string) bool {
	for i, l := range head[:min(len(head), 6)] {
		if !transcriptLineRe.MatchString(strings.TrimSpace(l)) {
			continue
		}
		var rest []string
		for _, o := range head[i+1:] {
			if o = strings.TrimSpace(o); o != "" {
				if rest = append(rest, o); len(rest) == 2 {
					break
				}
			}
		}
		if len(rest) < 2 || utf8.RuneCountInString(rest[1]) < 40 {
			return false
		}
		m := speakerLineRe.FindStringSubmatch(rest[0])
		if m == nil {
			return false
		}
		lede := strings.Join(head[:i], "\n")
		for at := strings.Index(lede, m[1]); at >= 0; at = nextIndex(lede, m[1], at) {
			if reportByRe.MatchString(lede[at+len(m[1]):]) {
				return true
			}
		}
		return false
	}
	return false
}

var (
	// centralPaperRe matches the start of a title that names the centre's
	// bodies as the paper's issuers: 中共中央 国务院关于…, 国务院关于…,
	// 中共中央办公厅 国务院办公厅印发….
	centralPaperRe = mustLitRe(`^(?:中共中央|国务院)(?:办公厅)?(?:(?:中共中央|国务院)(?:办公厅)?)?(?:关于|印发)`)
	// partyCongressLineRe matches the subtitle of a report to the party's
	// national congress: ——在中国共产党第二十一次全国代表大会上的报告.
	partyCongressLineRe = mustLitRe(`(?m)^\s*[—－-]{1,2}\s*在(?:中国共产党)?第[一二三四五六七八九十]{1,3}次全国代表大会上`)
)

// centralReportOpeningRe matches the opening of the report the party's
// central committee makes to the national congress that elects the next
// one: 现在，我代表第二十一届中央委员会向大会作报告. The committee's term,
// in group 1, is one less than the congress's number. A county's committee
// names its place (我代表中国共产党某县第十四届委员会…) and is none.
var centralReportOpeningRe = mustLitRe(`我代表(?:中国共产党)?第([一二三四五六七八九十]{1,3})届中央委员会向大会作报告`)

// centralReportYear returns the year of the national party congress that
// a report opening as centralReportOpeningRe says is made to, 0 when the
// head of body has no such opening. Since the twelfth (1982) the congress
// has sat every five years, the n-th in 1982+5(n-12): public fixed
// knowledge, as the national people's congress's calendar is
// (nationalSessionYear). The first eleven sat at irregular times and are
// left out.
func centralReportYear(body string) int {
	m := centralReportOpeningRe.FindStringSubmatch(headText(body, 600))
	if m == nil {
		return 0
	}
	n, size := cnNumber(m[1])
	if size != len(m[1]) || n+1 < 12 {
		return 0
	}
	return 1982 + 5*(n+1-12)
}

// occasionLineRe matches a speech's subtitle that names the occasion it was
// given at and no date: ——在某某第十次代表大会上的报告, ——在全市工作会议上的
// 讲话.
var occasionLineRe = mustLitRe(`^[—－-]{1,2}\s*在\p{Han}[^，。；]{1,40}(?:大会|会议|座谈会|典礼)上的?(?:报告|讲话|发言|致辞)?$`)

// ledeOverReview reports whether body opens with a news lede that says the
// congress heard the government's work report (听取某某关于政府工作的报告,
// 听取…作的政府工作报告), its next line the head of the report's first part,
// a year's review (一、2031年工作回顾, 一、2031年和今年以来工作回顾), and the
// paragraph under that head no bureau's (我局…): the report's text under
// the lede, not a story about it, which would go on telling of the report
// in its own words.
func ledeOverReview(body string) bool {
	lines := headLines(headText(body, 3000), 3)
	if len(lines) < 3 {
		return false
	}
	lede, head, para := strings.TrimSpace(lines[0]), strings.TrimSpace(lines[1]), strings.TrimSpace(lines[2])
	if utf8.RuneCountInString(lede) > 600 || !heardReportRe.MatchString(lede) {
		return false
	}
	return utf8.RuneCountInString(head) <= 24 && reviewPartHeadRe.MatchString(foldDigits(head)) &&
		utf8.RuneCountInString(para) >= 40 && !bureauVoiceRe.MatchString(para) && !toldReportRe.MatchString(para)
}

var (
	// heardReportRe matches a lede's words that the congress heard the
	// government's work report: 听取国务院总理某某关于政府工作的报告, 听取市长
	// 某某作的政府工作报告.
	heardReportRe = mustLitRe(`听取[^。；]{0,30}?(?:关于政府工作的报告|作的?政府工作报告)`)
	// reviewPartHeadRe matches the head of a work report's first part, the
	// review of a year, with what the year is joined to between them
	// (一、2031年工作回顾, 一、2031年和今年以来工作回顾).
	reviewPartHeadRe = mustLitRe(`^[一1][、.．]\s*(?:19|20)[0-9]{2}\s*年\p{Han}{0,8}?工作(?:的)?回顾$`)
	// toldReportRe matches a story's words for what the report says (报告
	// 指出, 报告显示): a paragraph in them tells of the report, not in it.
	toldReportRe = mustLitRe(`报告(?:指出|提出|显示|强调|称|说|回顾)`)
)

// nextIndex returns the index of the next s in text after the one at at,
// or -1.
func nextIndex(text, s string, at int) int {
	k := strings.Index(text[at+len(s):], s)
	if k < 0 {
		return -1
	}
	return at + len(s) + k
}

// speakerLineRe matches a transcript's speaker line: a name and a colon
// alone (某某：).
var speakerLineRe = mustLitRe(`^(\p{Han}{2,4})[：:]$`)

// reportByRe matches what follows a speaker's name in a lede that gives the
// work report to the speaker: 关于政府工作的报告, 作政府工作报告, 代表国务院向
// 大会作政府工作报告.
var reportByRe = mustLitRe(`^(?:关于政府工作的报告|[^。；]{0,16}?作了?政府工作报告)`)

// handsOverToReport reports whether head, a text's first lines, hands over
// to a work report's full text: a line among its first eight that announces
// the report by its name (以下是政府工作报告全文：, 政府工作报告全文如下：),
// or the full text alone (以下是报告全文：) under a lede that tells who
// delivered the report (某某代表某市人民政府向大会作政府工作报告), then a
// paragraph of at least 40 characters among the three lines below it (a
// heading may come first).
func handsOverToReport(head []string) bool {
	for i, l := range head[:min(len(head), 8)] {
		l = strings.TrimSpace(l)
		if !reportHandOverRe.MatchString(l) && !(fullTextLineRe.MatchString(l) && reportedRe.MatchString(strings.Join(head[:i], "\n"))) {
			continue
		}
		seen := 0
		for _, o := range head[i+1:] {
			if o = strings.TrimSpace(o); o == "" {
				continue
			}
			if utf8.RuneCountInString(o) >= 40 {
				return true
			}
			if seen++; seen == 3 {
				break
			}
		}
		return false
	}
	return false
}

// reportLede returns the news lede over a work report's words in head, a
// text's first lines, or "": the lines up to the one that hands over to a
// digest (at, from handsOverToDigest, when not -1), else the lines before
// a greeting to the deputies among the first eight (各位代表！…) when they
// tell in the third person who delivered the report (某某作政府工作报告).
func reportLede(head []string, at int) string {
	if at >= 0 {
		return strings.Join(head[:at+1], "\n")
	}
	for i, l := range head[:min(len(head), 8)] {
		if !strings.HasPrefix(strings.TrimSpace(l), "各位代表") {
			continue
		}
		if lede := strings.Join(head[:i], "\n"); newsOfReportRe.MatchString(lede) && !openingRe.MatchString(lede) {
			return lede
		}
		return ""
	}
	return ""
}

// contentsOnly reports whether text is a table of contents and no more:
// a line that labels the contents (目录, 目 录：), then at least five
// entries, each a title ended by its page number (1. 某省政府工作报告 5,
// 某市政府工作报告……38), and at most two other lines after the label (a
// page cut in the middle of an entry). A compilation that prints its
// papers after its contents has many more lines after the label.
func contentsOnly(text string) bool {
	text = headText(text, 6000)
	if !strings.Contains(text, "录") {
		return false // (a cheap test first: Read asks it of every file)
	}
	lines := headLines(text, 400)
	at := -1
	for i, l := range lines[:min(len(lines), 12)] {
		if contentsLabelRe.MatchString(strings.TrimSpace(l)) {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	entries, other := 0, 0
	for _, l := range lines[at+1:] {
		if pagedTitleEntryRe.MatchString(strings.TrimSpace(l)) {
			entries++
		} else if other++; other > 2 {
			return false
		}
	}
	return entries >= 5
}

var (
	// contentsLabelRe matches a table of contents' label alone on its line.
	contentsLabelRe = mustLitRe(`^目\s*录\s*[：:]?$`)
	// pagedTitleEntryRe matches an entry of a table of contents: a title,
	// numbered or not, that ends with its page number after a space or a
	// leader (1. 某省政府工作报告 5, 某市政府工作报告……38).
	pagedTitleEntryRe = mustLitRe(`^(?:[0-9]{1,3}\s*[.、．]\s*)?\p{Han}[^。；，]{1,40}?(?:\s+|[.…·]{2,}\s*)[0-9]{1,4}$`)
)

// handsOverToDigest returns the index of the line of head, a text's first
// lines, that ends a lede handing over to a digest of a work report, or -1:
// among its first eight
// lines, one that names the report (作政府工作报告, 《政府工作报告》, 工作
// 报告) and ends by announcing its points (要点如下：, 摘编如下：, 以下为…
// 极简版工作报告。), then at least three lines of points below it, the
// first of which tells of nothing (no 报告指出, 记者, 某某说: a story that
// announces what follows and then tells it is news).
//
// The line may be the lede's whole paragraph: the announcement is its end.
// A line that only announces the full text (以下是政府工作报告全文：) is
// handsOverToReport's.
func handsOverToDigest(head []string) int {
	for i, l := range head[:min(len(head), 8)] {
		l = strings.TrimSpace(l)
		if !digestHandOverRe.MatchString(l) || !strings.Contains(l, "工作报告") {
			continue
		}
		below := head[i+1:]
		if len(below) < 3 {
			return -1
		}
		if first := strings.TrimSpace(below[0]); storyVoiceRe.MatchString(first) || newsOfReportRe.MatchString(first) {
			return -1
		}
		return i
	}
	return -1
}

// digestHandOverRe matches the end of a line that announces a digest of a
// paper below it: 要点如下：, 要点摘编如下：, 主要内容如下：, or 以下为（转载
// 的）极简版工作报告。, 以下是报告摘要：.
var digestHandOverRe = mustLitRe(`(?:要点|摘要|摘编|要点摘编|主要内容|内容要点)(?:摘录)?如下[：:]?$|以下(?:为|是)[^。：:]{0,12}(?:极简版|精简版|摘要版|摘要|要点|摘编)[^。：:]{0,10}[。：:]?$`)

// fullTextLineRe matches a line that announces a full text below it without
// naming it: 以下是报告全文：, 全文如下：.
var fullTextLineRe = mustLitRe(`^(?:以下(?:为|是)(?:报告)?全文|(?:报告)?全文如下)[：:]?$`)

// reportHandOverRe matches a line that announces a work report's full text
// below it by the report's name: 以下是政府工作报告全文：, 以下为2031年《政府
// 工作报告》全文：, 政府工作报告全文如下：. A headline that names the full
// text (2031年政府工作报告全文) hands over to nothing.
var reportHandOverRe = mustLitRe(`^(?:以下(?:为|是)[\p{Han}0-9]{0,8}?《?政府工作报告》?(?:全文|原文|文字实录|实录)|[\p{Han}0-9]{0,8}?《?政府工作报告》?(?:全文|原文)如下)[：:]?$`)

// transcriptLineRe matches a line that announces a transcript or a full
// text below it: 以下为文字实录：, 以下是报告全文：, 全文如下：.
var transcriptLineRe = mustLitRe(`^(?:以下(?:为|是)\p{Han}{0,8}?(?:文字实录|实录|全文)|(?:报告)?全文如下)[：:]?$`)

// reportsOnReport reports whether text tells of a report in the third
// person, as news of a congress session does: 某某作政府工作报告, 报告指出,
// 会议隆重开幕, and the news agencies' lede with the day and the hour
// (…会议5日上午9时在人民大会堂开幕).
//
// A report's own opening says the same in the first person (现在，我代表
// 某市人民政府，向大会作政府工作报告): a sentence that holds 我代表 or 受…委托
// before the words tells of no other's report.
func reportsOnReport(text string) bool {
	if len(text) > 20000 {
		text = text[:20000]
	}
	for _, m := range newsOfReportRe.FindAllStringIndex(text, -1) {
		start := strings.LastIndexAny(text[:m[0]], "。！？\n") + 1
		if !openingRe.MatchString(text[start:m[0]]) {
			return true
		}
	}
	return false
}

// storyOfReport reports whether body is a story about a work report, not
// the report, however its headline names the report (一文看清政府工作报告三大
// 重点, 政府工作报告：某某记): more than one of its paragraphs tells of the
// report in the third person (报告指出, 某某作政府工作报告, 今年的报告), or
// as a reporter does (记者, 代表委员, a quote given to its speaker: “…”某某说),
// and no more of its sentences speak as the government (一年来，我们…, not in
// a quote nor in a sentence that tells of the report). None may open the
// report (我代表某市人民政府, 各位代表：) or head its review (2031年工作回顾).
//
// A digest of the report under a news lede (市长某某作政府工作报告时说，
// 过去一年，我们…) tells of it so in its lede, then speaks the report's own
// words; a report that cites another (党的二十大报告指出) does not tell of
// itself. When the headline is the report's own name (…政府工作报告（摘要）),
// strict asks that no sentence at all speak as the government.
//
// A headline that offers to explain the report (一图读懂…, 三张图看懂…,
// …要点速览, 县长解读…政府工作报告) asks only that no sentence speak as the
// government: an explainer quotes the report in its own captions, which
// may tell of it in no sentence at all (2031年成绩单 / 地区生产总值增长6%).
func storyOfReport(body string, strict, explainer bool) bool {
	body = headText(body, 20000)
	if openingRe.MatchString(body) || addressRe.MatchString(body) || reportVoiceRe.MatchString(body) {
		return false
	}
	told, spoken := 0, 0
	for _, l := range strings.Split(body, "\n") {
		if utf8.RuneCountInString(l) <= 24 && reviewHeadRe.MatchString(l) {
			return false // the report's own heading (一、2031年工作回顾), not a sentence that names it
		}
		if storyVoiceRe.MatchString(l) {
			told++
		}
		if !strings.Contains(l, "我们") {
			continue
		}
		for _, sent := range strings.FieldsFunc(l, isSentenceEnd) {
			if strings.Contains(quoteRe.ReplaceAllString(sent, ""), "我们") && !storyVoiceRe.MatchString(sent) {
				spoken++
			}
		}
	}
	if explainer && spoken == 0 {
		return true
	}
	if strict {
		return told >= 2 && spoken == 0
	}
	return told >= 2 && spoken < told
}

// explainerTitleRe matches a headline's words that offer to explain a
// paper rather than give it: 一图读懂, 看懂, 看清, 图解, 数读, 速览, 划重点,
// and someone's reading of it before its name (县长解读2031年政府工作报告;
// kindOf already reads a reading after the name, …政府工作报告解读, as none
// of the kinds).
var explainerTitleRe = mustLitRe(`读懂|看懂|看清|图解|数读|速览|划重点|解读`)

// isSentenceEnd reports whether r ends a sentence.
func isSentenceEnd(r rune) bool {
	return r == '。' || r == '！' || r == '？'
}

// quoteRe matches a quotation in Chinese quotation marks: “…”.
var quoteRe = mustLitRe(`“[^“”]*”`)

// reportNameEndRe matches a title that ends with the work report's own
// name, a note on its form after it or not: …政府工作报告, …政府工作报告
// （摘要）, 《政府工作报告》全文.
var reportNameEndRe = mustLitRe(`政府工作报告》?\s*(?:[（(][^（）()]{0,8}[）)]|全文|摘要|摘登|摘编|节选)?$`)

// storyVoiceRe matches a line that tells of a report as a story does: the
// report speaks in it (报告指出, 《报告》提出, 报告中提到; not 二十大报告), its
// delivery is told (某某作政府工作报告), this year's report is named (今年的
// 报告, 这份报告), a reporter or the deputies and members are in it, or a
// quote is given to its speaker (”某某说, 某某表示：“).
var storyVoiceRe = mustLitRe(`(?:^|[^大])报告》?[中里]?(?:指出|提出|强调|明确|显示|称|表示|提到|写道)|\p{Han}{2,4}作了?《?(?:政府)?工作报告|(?:今年|这份|本次|此次)的?(?:政府工作)?报告|记者|代表委员|[”"]\p{Han}{2,5}(?:说|表示|认为|介绍)|\p{Han}{2,4}(?:说|表示|认为|介绍)[：:]\s*[“"]`)

var (
	newsOfReportRe = mustLitRe(`\p{Han}{2,4}作(?:了)?(?:政府)?工作报告|(?:听取|审议|讨论)了?[^。]{0,24}所[作做]的《?(?:政府)?工作报告|报告指出|报告强调|报告提出|(?:隆重|胜利)?开幕[。！]?$|会议(?:[0-9]{1,2}日)?(?:(?:昨日|今日|今天|昨天|上午|下午)?(?:[0-9]{1,2}时)?在\p{Han}{1,8})?(?:隆重|胜利)?开幕|人民代表大会第[一二三四五六七八九十]{1,3}次会议[^。]{0,16}(?:隆重|胜利)开幕`)
	reviewHeadRe   = mustLitRe(`(?m)^.{0,8}(?:19|20)[0-9]{2}\s*年(?:的)?(?:政府)?工作(?:的)?回顾.*$`)
	subtitleRe     = mustLitRe(`^(.+?)\s*[—－-]{1,2}\s*(?:.{0,20}日)?在.{0,30}(?:人民代表大会|人大).{0,20}会议上`)
)

// taggedHeadline returns l when it is a copy site's headline: a paper's
// name (…工作报告) with the site's tag after it (范文, （精选3篇）), short
// and no sentence; else "".
func taggedHeadline(l string) string {
	l = strings.TrimSpace(l)
	t := copyTagRe.ReplaceAllString(l, "")
	if t == l || utf8.RuneCountInString(t) < 4 || utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "。；，：:") || !paperEndRe.MatchString(t) {
		return ""
	}
	return l
}

// nameTitle returns the title a file's name gives, when the name reads as a
// paper's title (某县2031年政府工作报告.txt, 关于…的报告.txt, 主标题——在某市
// …会议上的政府工作报告.txt): its stem, cut before a —— subtitle, its years
// kept. It returns "" for a name that is no title: an id or a year
// (content_12345.txt, 2031.txt), a name with Latin letters or a
// collector's underscores (某市_2031_report.txt), one that names no paper.
func nameTitle(name string) string {
	stem := filepath.Base(name)
	stem = strings.TrimSpace(strings.TrimSuffix(stem, filepath.Ext(stem)))
	for _, r := range stem {
		if !IsHan(r) && !('0' <= r && r <= '9') && !strings.ContainsRune("〇—（）《》、", r) {
			return ""
		}
	}
	main, _, sub := strings.Cut(stem, "——")
	main = strings.TrimSpace(main)
	if !titleEndRe.MatchString(main) && !(sub && titleEndRe.MatchString(stem)) {
		// the name ends at no paper's word, nor does the title block
		// the name holds whole (主标题——在…会议上的政府工作报告)
		return ""
	}
	if n := utf8.RuneCountInString(main); n < 4 || n > 40 {
		return ""
	}
	return main
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// cutSubtitle splits a collector's title that holds a whole title block,
// 主标题——在某市第十二届人民代表大会第五次会议上的政府工作报告, into its main
// title and reports whether it had such a subtitle.
func cutSubtitle(title string) (string, bool) {
	m := subtitleRe.FindStringSubmatch(title)
	if m == nil {
		return title, false
	}
	return strings.TrimSpace(m[1]), true
}

// reviewPlanYear returns the first year the text's review part reviews
// (一、2023年工作回顾) and the first year its plan part plans
// (二、2024年工作安排, 做好2024年政府工作), 0 for none.
func reviewPlanYear(text string) (review, plan int) {
	if len(text) > 60000 {
		text = text[:60000]
	}
	text = foldDigits(text)
	if review, plan = reviewPlanYearOf(text); review == 0 && plan == 0 && cnYearRe.MatchString(text) {
		// no year in digits tells the review or the plan: a year in
		// Chinese numerals may (二○一四年工作回顾)
		review, plan = reviewPlanYearOf(arabicYears(text))
	}
	return review, plan
}

// dateLineOutvoted reports whether a report's review part, reviewing the
// year review, and its plan part, planning the year plan, outvote the year
// of its date line. The two parts must agree (plan is the year after
// review); then a date line of neither year (two or more years off, or a
// year after the plan) was copied from another year's report, and so was
// one of the reviewed year itself when it names a month before October: a
// report cannot review a year whose spring it is read in. A date line of the
// reviewed year late in it (a summary read in November or December for the
// next year's plan) and one of the plan's year stand; so does every date
// line when the parts disagree, name only one year, or name none (a term's
// report that reviews five years, 2031年以来, plans no year after it).
//
// A report read at mid-year (上半年工作回顾, 下半年工作安排) reviews the year
// it is read in: text with a heading that names a half year outvotes
// nothing.
func dateLineOutvoted(dateYear, dateMonth, review, plan int, text string) bool {
	if review == 0 || plan != review+1 || halfYearHeading(text) || !partsName(text, review, plan) {
		return false
	}
	if dateYear == review {
		return dateMonth >= 1 && dateMonth <= 9
	}
	return dateYear != plan
}

// partsName reports whether text's part headings (or the lines that stand
// for them) name review as the year reviewed and plan, in digits or as 今年,
// as the year planned. Two sentences that merely open with consecutive years
// (2031年，…/2032年，…: lines of a hard-wrapped text may start so) are not
// enough to outvote a date line.
func partsName(text string, review, plan int) bool {
	t := foldDigits(headText(text, 60000))
	r := 0
	if m := reviewRe.FindStringSubmatch(t); m != nil {
		r = atoi(m[1])
	} else {
		r = reviewPartYear(t)
	}
	if r != review {
		return false
	}
	p := namedPlanYear(t)
	if p == 0 {
		p = planPartYear(t)
	}
	return p == plan || p == 0 && bodyPlan(t, review, 0, 0) == plan
}

// halfYearHeading reports whether a short line of text's head (a heading,
// not a sentence that mentions 下半年) names a half year.
func halfYearHeading(text string) bool {
	t := headText(text, 8000)
	if !strings.Contains(t, "半年") {
		return false
	}
	for _, l := range strings.Split(t, "\n") {
		if strings.Contains(l, "半年") && utf8.RuneCountInString(strings.TrimSpace(l)) <= 30 {
			return true
		}
	}
	return false
}

// thisYearPlanRe matches a plan part's heading that plans 今年 by that word
// (二、今年发展主要目标和工作部署, 对今年政府工作的建议).
var thisYearPlanRe = mustLitRe(`^(?:对|关于)?今年(?:的)?[^，,：:。]{0,20}?(?:工作|任务|要求|安排|建议|部署|目标|取向|打算)`)

// bodyPlan returns the year the plan part of a report that reviews review
// plans: plan when the parts name it in digits, else review+1 when a part's
// heading plans 今年 (a year whose review is done is never 今年 to the one
// who plans: the plan's 今年 is the year after it), else 0. Read only when
// the date line, dateYear, is not the year after review.
func bodyPlan(text string, review, plan, dateYear int) int {
	if plan != 0 || review == 0 || dateYear == review+1 {
		return plan
	}
	if !strings.Contains(text, "今年") {
		return 0
	}
	for _, l := range strings.Split(headText(text, 60000), "\n") {
		if !strings.Contains(l, "今年") {
			continue
		}
		m := partHeadRe.FindStringSubmatch(l)
		if m != nil && thisYearPlanRe.MatchString(m[1]) && !notPlanHead.MatchString(m[1]) && !strings.Contains(m[1], "明年") {
			return review + 1
		}
	}
	return 0
}

// reviewPartNames reports whether the first review part text heads names
// year as the one it reviews (2032年工作回顾), its opening looking back on
// that year from the next: a report read at the year's end calls it 今年
// (今年以来, 今年是…), and is that year's.
func reviewPartNames(text string, year int) bool {
	t := foldDigits(headText(text, 6000))
	loc := reviewRe.FindStringSubmatchIndex(t)
	if loc == nil || atoi(t[loc[2]:loc[3]]) != year {
		return false
	}
	r := []rune(t[loc[1]:])
	return !strings.Contains(string(r[:min(len(r), 200)]), "今年")
}

// namedPlanYear returns the year text's plan names in a heading or a line
// that stands for one (planRe, planLineYear, planIsRe, in that order), or
// 0; text's digits are folded.
func namedPlanYear(text string) int {
	if m := planRe.FindStringSubmatch(text); m != nil {
		return atoi(m[1] + m[2])
	}
	if y := planLineYear(text); y != 0 {
		return y
	}
	if m := planIsRe.FindStringSubmatch(text); m != nil {
		return atoi(m[1])
	}
	return 0
}

// reviewPlanYearOf does reviewPlanYear's work on text, its digits folded.
func reviewPlanYearOf(text string) (review, plan int) {
	if m := reviewRe.FindStringSubmatch(text); m != nil {
		review = atoi(m[1])
	} else if m := reviewLineRe.FindStringSubmatch(text); m != nil {
		review = atoi(m[1])
	}
	plan = namedPlanYear(text)
	if review == 0 || plan == 0 {
		// "2023年是…开局之年" opens the review, "2024年是…关键一年，做好今年
		// 工作…" the plan.
		var ys []int
		for _, m := range yearIsRe.FindAllStringSubmatch(text, -1) {
			ys = append(ys, atoi(m[1]))
		}
		for i := 1; i < len(ys); i++ {
			if ys[i] == ys[0]+1 && (review == 0 || review == ys[0]) && (plan == 0 || plan == ys[i]) {
				return ys[0], ys[i]
			}
		}
	}
	if review == 0 {
		review = reviewPartYear(text)
	}
	if plan == 0 {
		plan = planPartYear(text)
	}
	return review, plan
}

// Other ways a work report names the year it reviews or plans, read when
// the headings above name none: the heading of a review part that names
// its years otherwise (一、2019年和今年以来工作回顾, “十四五”时期和2025年工作
// 回顾, 过去五年（2019—2023年）工作回顾) or none, its first sentence then
// giving the year (过去一年和五年工作回顾 / 2022年是…); 刚刚过去的2012年; a
// plan part's heading (对2018年政府工作的建议, 三、2011年的工作, 2024年经济
// 社会发展总体要求和政策取向) or its goals (2031年发展主要预期目标是); a
// five-year plan's first or last year (今年是“十五五”开局之年, 二、“十四五”
// 时期主要目标任务, “十三五”时期发展回顾); the turn from the review to its
// problems (各位代表，回顾2018年工作，我们也清醒地认识到…).
var (
	partHeadRe  = mustLitRe(`(?m)^[ \t\x{3000}]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t\x{3000}]*|第[一二三四五六七八九十]{1,3}部分[ \t\x{3000}]*)?([^。；;\n]{2,40})$`)
	yearInRe    = mustLitRe(`((?:19|20)[0-9]{2})\s*年`)
	pastYearRe  = mustLitRe(`(?:刚刚过去的|过去的)((?:19|20)[0-9]{2})\s*年|回顾((?:19|20)[0-9]{2})\s*年(?:的)?(?:政府)?工作[，,]`)
	openYearRe  = mustLitRe(`^[ \t\x{3000}]*(?:刚刚过去的|过去的)?((?:19|20)[0-9]{2})\s*年(?:是|，)`)
	planHeadRe  = mustLitRe(`^(?:对|关于)?((?:19|20)[0-9]{2})\s*年(?:的)?[^，,：:]{0,20}?(?:工作|任务|要求|安排|建议|部署|目标|取向|打算)`)
	fivePlanRe  = mustLitRe(`(十[一二三四五六]?|[七八九])五”?(?:规划|计划)?(?:时期|期间)`)
	planGoalsRe = mustLitRe(`((?:19|20)[0-9]{2})\s*年(?:经济社会)?(?:发展)?(?:的)?主要预期目标`)
	thisYearRe  = mustLitRe(`今年是[^。]{0,40}?十([一二三四五六])五”?[^。]{0,12}?(开局之年|开局年|起步之年|第一年|收官之年|收官年|最后一年)`)
	planDoneRe  = mustLitRe(`(十[一二三四五六]?|[七八九])五”?(?:规划|计划)?(?:的)?(开局|起步|收官|发展成就|成就)`)
	planAheadRe = mustLitRe(`安排|部署|任务|目标|打算|思路|建议`)
	notPlanHead = mustLitRe(`回顾|以来|成就|成效|成绩|成果|完成|取得|实现|总结|远景|展望`)
	planGoalRe  = mustLitRe(`目标|任务`)
)

// fivePlanStart returns the first year of the five-year plan 十n五 (n 1 to
// 6: 2006 for 十一五, 2026 for 十五五).
func fivePlanStart(n string) int {
	return 2006 + 5*strings.Index("一二三四五六", n)/3
}

// planPeriodStart returns the first year of the five-year plan whose
// period fivePlanRe found, named by its number before 五: 七 (1986), 八,
// 九, 十 (the tenth, 2001-2005: “十五”时期), 十一 (2006) to 十六.
func planPeriodStart(n string) int {
	switch n {
	case "七":
		return 1986
	case "八":
		return 1991
	case "九":
		return 1996
	case "十":
		return 2001
	}
	return fivePlanStart(strings.TrimPrefix(n, "十"))
}

// reviewPartYear returns the year a review part reviews when its heading
// does not say it in the usual words, 0 for none.
func reviewPartYear(text string) int {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		m := partHeadRe.FindStringSubmatch(l)
		opened := false // the heading was run on after the opening in l
		if m == nil {
			if h := runInOpeningHead(l); h != "" {
				m, opened = partHeadRe.FindStringSubmatch(h), true
			}
		}
		if m == nil || !strings.Contains(m[1], "回顾") && !(planHeadRe.MatchString(m[1]) && (opened || recapsYear(lines, i) || openingAbove(lines[:i]))) && !(opened && planDoneRe.MatchString(m[1]) && !planAheadRe.MatchString(m[1])) && !planReviewHead(m[1], lines[:i]) && !planOpenedRe.MatchString(m[1]) {
			// (A heading that says a plan has opened well, a thing done,
			// heads a review whatever else it says: 一、二○○一年全市经济
			// 社会继续保持旺盛活力，实现了“十五”计划的良好开局.)
			continue
		}
		y := 0
		for _, ym := range yearInRe.FindAllStringSubmatch(m[1], -1) {
			y = max(y, atoi(ym[1]))
		}
		if f := fivePlanRe.FindStringSubmatch(m[1]); f != nil {
			y = max(y, planPeriodStart(f[1])+4)
		} else if f := planDoneRe.FindStringSubmatch(m[1]); f != nil && !planAheadRe.MatchString(m[1]) {
			// A review named by the plan whose years it covers, not by a
			// year (回顾“十三五”发展成就, 本届政府工作及“十四五”开局):
			// the plan's last year for its achievements or its close,
			// its first for its opening. A template that masks every
			// year (20xx) keeps these words.
			if f[2] == "开局" || f[2] == "起步" {
				y = max(y, planPeriodStart(f[1]))
			} else {
				y = max(y, planPeriodStart(f[1])+4)
			}
		}
		if f := planOpenedRe.FindStringSubmatch(m[1]); y == 0 && f != nil {
			y = planPeriodStart(f[1] + f[2]) // the plan's first year, the one reviewed
		}
		if f := planExecRe.FindStringSubmatch(m[1]); y == 0 && f != nil {
			y = planPeriodStart(f[1]) + 4 // the plan's last year
		}
		if y == 0 {
			// 过去一年和五年工作回顾: the part's first sentence names the year.
			for _, next := range lines[i+1 : min(len(lines), i+4)] {
				if strings.TrimSpace(next) == "" {
					continue
				}
				if o := openYearRe.FindStringSubmatch(next); o != nil {
					y = atoi(o[1])
				}
				break
			}
		}
		if y == 0 {
			y = planOpenedYear(lines[i+1:])
		}
		if y != 0 {
			return y
		}
	}
	if m := pastYearRe.FindStringSubmatch(text); m != nil {
		return atoi(m[1] + m[2])
	}
	return organOpeningYear(lines)
}

// runInOpeningHead returns the first part's heading that a copy which lost
// its line breaks ran on after the report's opening in the line l (…请予
// 审议，并请…提出意见。一、2031年主要工作过去的一年，…), cut off its text
// where a run-in heading ends (runInHeadingEnd), or "" when l holds none.
func runInOpeningHead(l string) string {
	loc := openingRe.FindStringIndex(l)
	if loc == nil {
		return ""
	}
	end := strings.Index(l[loc[1]:], "。")
	if end < 0 || !toCongressRe.MatchString(l[loc[0]:loc[1]+end]) {
		return ""
	}
	rest := strings.TrimLeft(l[loc[1]+end+len("。"):], " \t\u3000")
	hm := headingMarker(rest)
	if hm == nil || hm.n != 1 || !topStyle(hm.style) {
		return ""
	}
	if e := runInHeadingEnd(rest, hm); e > 0 {
		return rest[:e]
	}
	return ""
}

// planOpenedRe matches a review's statement that a five-year plan has
// opened well, a thing done (“十二五”规划开局良好, 实现了“十四五”良好开局),
// not an aim (为“十四五”开好局, 确保“十四五”良好开局 say no 了 or 良好 after
// 开局).
//
// The plan is named by its number before 五 (十一 for 2006-2010, 十 for the
// tenth, 2001-2005, whose “十五”计划 an old report calls a 计划), in
// curly or straight quotes or none (实现了"十五"计划的良好开局).
var planOpenedRe = mustLitRe(`(?:实现了|取得了)[“"]?(十[一二三四五六]?|[七八九])五[”"]?(?:规划|计划)?(?:的)?良好开局|(十[一二三四五六]?|[七八九])五[”"]?(?:规划|计划)?(?:开局良好|实现了良好开局|取得了良好开局)`)

// planExecRe matches a review heading's account of a five-year plan carried
// out (“十五”计划执行基本情况, “十一五”规划完成情况): the review of the
// plan's last year, the part that a report read as the next plan opens
// puts beside the year's review. Only a heading that names no year of its
// own is dated by it (a template that masks its years, ××年工作回顾和
// “十五”计划执行基本情况): a year's review may report how far a plan has
// come midway (2008年工作回顾和“十一五”规划执行情况), and its year stands.
var planExecRe = mustLitRe(`(十[一二三四五六]?|[七八九])五[”"]?(?:规划|计划)(?:的)?(?:执行|完成|实施)`)

// planOpenedYear returns the first year of the five-year plan that the
// review under a heading (its lines up to the next part) says has opened
// well: a review naming no year (五年政府工作回顾, a template's 20xx) ends
// with that year. 0 when it says none.
func planOpenedYear(lines []string) int {
	for j, l := range lines {
		if j >= 12 {
			break
		}
		if hm := headingMarker(strings.TrimSpace(l)); j > 0 && hm != nil && topStyle(hm.style) {
			break
		}
		if m := planOpenedRe.FindStringSubmatch(l); m != nil {
			return planPeriodStart(m[1] + m[2])
		}
	}
	return 0
}

// planReviewHead reports whether head, a part heading under lines, heads
// the review by the plan period it covers rather than by a year: it names
// a five-year plan's opening or achievements (“十四五”开局, “十三五”发展
// 成就), no plan's tasks, and stands right after the report's opening, where
// a work report's first part, its review, begins.
func planReviewHead(head string, lines []string) bool {
	return planDoneRe.MatchString(head) && !planAheadRe.MatchString(head) && openingAbove(lines)
}

// openingAbove reports whether the last line of lines that is not blank is
// a work report's opening to its congress, the government's or another
// body's (我代表某市中级人民法院向大会报告工作，请予审议): what follows it
// is the report's first part, the review of the year gone, whatever words
// its heading takes (2031年主要工作).
func openingAbove(lines []string) bool {
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		l = Simplify(l)
		return reportOpening(l) || otherBodyOpeningRe.MatchString(l)
	}
	return false
}

// organOpeningYear returns the year that the paragraph right after another
// body's opening starts with (我代表某市中级人民法院向大会报告工作… / 2031年，
// 市中级人民法院在市委的领导下…): the review of that year, a court's or a
// standing committee's report having no review heading; 0 for none.
func organOpeningYear(lines []string) int {
	for i, l := range lines {
		if i > 40 {
			break
		}
		if !otherBodyOpeningRe.MatchString(Simplify(l)) {
			continue
		}
		for _, next := range lines[i+1 : min(len(lines), i+4)] {
			if strings.TrimSpace(next) == "" {
				continue
			}
			// (a copy may fold the comma to ASCII: 2031年,)
			if o := openYearRe.FindStringSubmatch(strings.Replace(next, ",", "，", 1)); o != nil {
				return atoi(o[1])
			}
			return 0
		}
	}
	return 0
}

// planPartYear returns the year a plan part plans when its heading does
// not say it in the usual words, 0 for none.
func planPartYear(text string) int {
	if m := thisYearRe.FindStringSubmatch(text); m != nil {
		y := fivePlanStart(m[1])
		if !strings.HasPrefix(m[2], "开局") && m[2] != "起步之年" && m[2] != "第一年" {
			y += 4
		}
		return y
	}
	if m := planGoalsRe.FindStringSubmatch(text); m != nil {
		return atoi(m[1])
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		m := partHeadRe.FindStringSubmatch(l)
		if m == nil || notPlanHead.MatchString(m[1]) || recapsYear(lines, i) || openingAbove(lines[:i]) {
			continue
		}
		if p := planHeadRe.FindStringSubmatch(m[1]); p != nil && len(yearInRe.FindAllString(m[1], -1)) == 1 {
			return atoi(p[1])
		}
		if f := fivePlanRe.FindStringSubmatchIndex(m[1]); f != nil && f[0] <= len("“") && planGoalRe.MatchString(m[1]) {
			return planPeriodStart(m[1][f[2]:f[3]])
		}
	}
	return 0
}

// yearRecapRe matches the words a review sums up its year with (一年来,
// 过去的一年): a part headed by a year's work alone (2031年主要工作) whose
// first paragraph says them reviews that year, it does not plan it.
var yearRecapRe = mustLitRe(`一年来|一年以来|过去一年|过去的一年|这一年`)

// recapsYear reports whether the first paragraph under lines[i] opens by
// summing up a year gone (yearRecapRe in its first 120 characters).
func recapsYear(lines []string, i int) bool {
	return recapsBelow(strings.Join(lines[i+1:min(len(lines), i+4)], "\n"))
}

// recapsBelow is recapsYear for the text below a heading's line.
func recapsBelow(below string) bool {
	for _, next := range strings.SplitN(below, "\n", 4) {
		if strings.TrimSpace(next) == "" {
			continue
		}
		r := []rune(next)
		return yearRecapRe.MatchString(string(r[:min(len(r), 120)]))
	}
	return false
}

// foldDigits turns full-width digits (２０２３) into ASCII ones.
func foldDigits(s string) string {
	if !strings.ContainsAny(s, "０１２３４５６７８９") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

var (
	// Headings of a review or plan part that say so in other words:
	// 奋力完成2023年高质量发展的各项任务, 全力实现2024年高质量发展的奋斗目标.
	reviewLineRe = mustLitRe(`(?m)^[^。\n]{0,12}?((?:19|20)[0-9]{2})\s*年[^。\n]{0,14}?(?:各项任务|重点抓了|主要做了|做了以下)[^。\n]{0,6}$`)
	planLineRe   = mustLitRe(`(?m)^[^。\n到至]{0,12}?((?:19|20)[0-9]{2})\s*年[^。\n]{0,14}?(?:奋斗目标|目标任务|工作打算|主要工作)[^。\n]{0,4}$`)
	// "2003年是…的第一年，做好今年政府工作，意义重大": the year planned.
	planIsRe = mustLitRe(`(?:^|[。！\n])[ \t\x{3000}]*((?:19|20)[0-9]{2})\s*年是[^。！\n]{0,80}?今年`)
	yearIsRe = mustLitRe(`(?:^|[。！\n])[ \t\x{3000}]*(?:刚刚过去的|过去的)?((?:19|20)[0-9]{2})\s*年(?:是|，)`)
)

// planLineYear returns the year of the first line planLineRe finds that is
// not a review's heading: 一、2030年主要工作回顾 names 主要工作 as a plan's
// line may (2031年主要工作), but it reviews the year.
func planLineYear(text string) int {
	if !strings.Contains(text, "年") {
		return 0
	}
	for _, m := range planLineRe.FindAllStringSubmatchIndex(text, -1) {
		if !strings.Contains(text[m[0]:m[1]], "回顾") && !recapsBelow(strings.TrimPrefix(text[m[1]:], "\n")) &&
			!openingAbove(strings.Split(text[max(0, m[0]-600):m[0]], "\n")) {
			return atoi(text[m[2]:m[3]])
		}
	}
	return 0
}

var fileYearRe = mustLitRe(`(?:^|[^0-9A-Za-z])((?:19|20)[0-9]{2})(?:[^0-9A-Za-z]|$)`)

// townshipTemplateRe matches a title that names a township of either kind
// as its author, the government or the township itself before what the
// paper is (乡镇人民政府五年工作总结, 乡镇政府换届工作报告, 乡镇2031年
// 工作总结), not a body inside one (乡镇卫生院, 乡镇党委).
var townshipTemplateRe = mustLitRe(`^乡镇(?:人民政府|政府|(?:20[0-9Xx*]{2}|[Xx]{2,4})\s*年|年度|年终|上半年|下半年|半年|五年|近五年|换届|工作|“)`)

// townshipOf returns 乡 or 镇 when text speaks of one kind of township as
// its own (全乡, 我镇, 镇党委) and not of the other, else "".
func townshipOf(text string) string {
	text = strings.ReplaceAll(text, "乡镇", "") // the title's either kind
	count := func(u string) int {
		n := 0
		for _, w := range []string{"全", "我", "本"} {
			n += strings.Count(text, w+u)
		}
		return n + strings.Count(text, u+"党委") + strings.Count(text, u+"政府") + strings.Count(text, u+"人大")
	}
	town, village := count("镇"), count("乡")
	switch {
	case town > 0 && village == 0:
		return "镇"
	case village > 0 && town == 0:
		return "乡"
	}
	return ""
}

// fileNameYear returns the year a file name gives as a word of its own
// (2012.txt, anhui_2026.txt, 某市2024年政府工作报告.docx, 二〇二四年…), 0
// for none.
func fileNameYear(name string) int {
	name = strings.TrimSuffix(arabicYears(name), ".")
	if m := fileYearRe.FindStringSubmatch(strings.ReplaceAll(name, "年", " ")); m != nil {
		return atoi(m[1])
	}
	return 0
}

// otherPlace sets the issuer and region of a document that is not a
// speech to a congress: the office and the place its title names, else the
// place that starts the body, the publisher a page names, the collector's
// header, the city the body's places point to.
func otherPlace(d *Document, in metaInput, set func(string, string)) {
	first, rest := d.Body, ""
	if i := strings.IndexByte(d.Body, '\n'); i >= 0 {
		first, rest = d.Body[:i], d.Body[i+1:]
	}
	first = strings.TrimSpace(first)
	unquoted := d.Title
	if !issuesRe.MatchString(unquoted) {
		unquoted = quotedRe.ReplaceAllString(unquoted, "") // 关于《政府工作报告》的…: no issuer of its own
	}
	// 政府 of the report's name (…作政府工作报告, 关于政府工作报告的决议), or
	// of what a report is about (…政府信息公开工作年度报告, …法治政府建设
	// 情况报告), is not who wrote this paper.
	for _, w := range []string{"政府工作报告", "政府信息公开", "法治政府"} {
		unquoted = strings.ReplaceAll(unquoted, w, "")
	}
	if (d.Kind == "" || d.Kind == "新闻") && storyHeadline(unquoted) {
		// A news headline about a government's dealings (某市政府与某集团
		// 签署…, 拜访某县政府): the government is the story's subject, not
		// its issuer (publisher.go).
	} else if loc := issuerRe.FindStringIndex(unquoted); loc == nil {
		d.Issuer = bureauOf(unquoted)
	} else {
		d.Issuer = unquoted[loc[0]:loc[1]]
		if r, _ := utf8.DecodeLastRuneInString(unquoted[:loc[0]]); strings.ContainsRune("文科卫", r) {
			// A bureau that merges more portfolios with education
			// (文教体局, 科教体局, 文教卫体局) is named in full, not by the
			// education bureau's name inside its own.
			if b := bureauOf(unquoted); strings.HasSuffix(b, d.Issuer) {
				d.Issuer = b
			}
		}
	}
	if loc := issuerRe.FindStringIndex(unquoted); loc != nil && d.Issuer == unquoted[loc[0]:loc[1]] {
		// The bureau's own party group or committee, or an office inside
		// it, named after it (某市教育局党组2031年度…, 某县教育局办公室2031年
		// 上半年工作总结): that body wrote the paper, not the bureau.
		if m := innerBodyRe.FindStringSubmatch(unquoted[loc[1]:]); m != nil {
			d.Issuer += m[1]
		}
	}
	schoolLine := "" // a school's own title under a headline that names no school
	if d.Issuer == "" && (d.Kind == "计划" || d.Kind == "总结" || d.Kind == "半年总结" || d.Kind == "要点") {
		d.Issuer = schoolOf(unquoted)
		if full := schoolByline(rest, d.Issuer); d.Issuer != "" && full != "" {
			// A title that calls the school by its short name (某某二中)
			// over the byline that names it in full: the full name, one
			// issuer with the school's papers that give it (r78d tez).
			d.Issuer = full
		}
		if d.Issuer == "" {
			// A portal's headline that names the term alone (2031-2032学年度
			// 上学期工作计划) over the school's own title (某市某镇中学学校
			// 工作计划): that school wrote it.
			schoolLine = schoolTitleBelow(rest, d.Kind)
			d.Issuer = schoolOf(schoolLine)
		}
	}
	if m := organReportRe.FindStringSubmatch(reportNoteRe.ReplaceAllString(d.Title, "")); d.Issuer == "" && m != nil {
		// Another body's work report read to a session that is not the
		// congress's (a CPPCC standing committee's, 各位委员): that body
		// is its issuer, as at a congress.
		d.Issuer = m[1]
	}
	issuerOrigin := "" // where the issuer was read, when not the title
	if d.Issuer == "" && d.Kind != "政府工作报告" {
		if o, _ := organOpeningBody(headLines(in.raw, 12)); o != "" {
			// Another body's report under a headline that does not name
			// the body (某市政协工作报告 over 各位委员： / 我代表政协某市
			// 委员会常务委员会，向大会报告工作): the body its opening
			// speaks for.
			d.Issuer, issuerOrigin = o, OriginOpening
		}
	}
	if d.Issuer == "人民政府" {
		// An office of the government named under it in full (某市人民
		// 政府合作交流办公室2031年…, 某县人民政府研究室关于…): the office.
		if m := govOfficeRe.FindStringSubmatch(unquoted); m != nil {
			d.Issuer = "人民政府" + m[1]
		}
	}
	if d.Issuer == "" && strings.Contains(unquoted, "街道办事处") {
		// A street office's paper that does not name its street (a copy
		// site's 街道办事处年终总结): the office is its issuer.
		d.Issuer = "街道办事处"
	}
	nationalCongress := false // the paper is a resolution the national congress adopted
	if resolutionRe.MatchString(d.Title) {
		// A congress's resolution (关于某县人民政府工作报告的决议, adopted
		// 2031年1月9日县十六届人民代表大会第一次会议通过) is the
		// congress's, or its standing committee's, whatever report it
		// approves.
		head := d.Title + "\n" + headText(d.Body, 300)
		if loc := congressAdoptsRe.FindStringIndex(head); loc != nil {
			m := head[loc[0]:loc[1]]
			d.Issuer = "人民代表大会"
			if strings.Contains(m, "常务委员会") {
				d.Issuer = "人民代表大会常务委员会"
			}
			if strings.HasSuffix(head[:loc[0]], "全国") {
				nationalCongress = true
			}
		}
	}
	if d.Issuer == "政府" || d.Issuer == "政府办公室" || d.Issuer == "政府党组" {
		// 县政府 and 区政府办公室 are the people's government and its
		// office under their short names (2031年县政府重点工作任务): one
		// issuer, not two, for the facets to count.
		d.Issuer = "人民" + d.Issuer
	}
	if d.Issuer == "教委" {
		// 教委 is the education commission's short name (某市教委2031年
		// 工作要点): one issuer with the full name, for the facets to count.
		d.Issuer = "教育委员会"
	}
	if d.Issuer == "" && disclosureOwnerRe.MatchString(arabicYears(strings.TrimSpace(d.Title))) {
		// A report on the disclosure of government information, or on
		// building a government under the rule of law, titled by a place
		// alone (某镇2031年度政府信息公开工作年度报告, 某区2031年度法治
		// 政府建设情况报告) is that place's government's.
		d.Issuer = "人民政府"
	}
	subject, selfLevel := "", ""
	if m := subjectBureauRe.FindStringSubmatch(headText(d.Body, 600)); m != nil {
		subject = m[1]
	} else if m := presentedBureauRe.FindStringSubmatch(headText(d.Body, 600)); m != nil {
		// An opening that presents the report as an office's (现将某局
		// 2031年度政府信息公开工作报告如下), or as the writer's own, named
		// by the level of its place (现将我县教育局…汇报如下).
		subject, selfLevel = m[2], m[1]
	} else if m := publishedBureauRe.FindStringSubmatch(headText(d.Body, 600)); m != nil {
		// An annual report's opening that publishes it as an office's
		// (现公布区统计局2031年政府信息公开工作年度报告, 特向社会公布某市
		// 统计局2031年政府信息公开情况, 特公布2031年某局信息公开工作年度
		// 报告).
		subject = cmp.Or(m[1], m[2])
	} else if m := purposeBureauRe.FindStringSubmatch(headText(d.Body, 600)); m != nil && strings.HasSuffix(strings.TrimSuffix(m[1], "员会"), m[2]) {
		// An annual report's opening that names the office whose
		// disclosure it is doing, then speaks as that office (为认真做好
		// 某市卫生健康局政府信息公开工作，我局按照…).
		subject = m[1]
	} else if m := compilerBureauRe.FindStringSubmatch(headText(d.Body, 600)); m != nil {
		// An annual report's opening that says who compiled it (本年度
		// 报告由某局根据…编制, …要求，由某局结合有关统计数据编制, 由某局编制).
		subject = m[1]
	} else if m := practiceBureauRe.FindStringSubmatch(headText(d.Body, 600)); m != nil {
		// …or whose disclosure work it draws on (…要求，结合2031年某局
		// 政府信息公开工作实际，编制发布本报告).
		subject = m[1]
	}
	if d.Issuer != "" {
		set("issuer", cmp.Or(issuerOrigin, d.Origins["title"]))
	} else if subject != "" {
		// No title names it: the office that is the subject of the
		// opening sentence (2031年，市卫生健康委以…) wrote it.
		if d.Issuer = bureauOf(subject); d.Issuer != "" {
			if selfLevel != "" && !strings.HasPrefix(d.Issuer, selfLevel) {
				d.Issuer = selfLevel + d.Issuer
			}
			set("issuer", OriginBody)
		}
	}
	if (d.Issuer == "" || d.Issuer == "人民政府") && townshipTemplateRe.MatchString(leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(unquoted)), "")) {
		// A copy site's paper titled for a township of either kind
		// (乡镇2031年工作总结暨2032年工作计划, 乡镇人民政府五年工作总结):
		// its text says which it is (全乡, 我镇), and that government
		// wrote it.
		if u := townshipOf(headText(d.Body, 3000)); u != "" {
			d.Issuer = u + "人民政府"
			set("issuer", OriginBody)
		}
	}
	if d.Issuer == "" && congressResolution(d.Title, d.Body) && d.Title == "" {
		// A resolution stored without its headline opens with the
		// congress that heard the report (某省第十四届人民代表大会第五次
		// 会议听取和审议了…，决定批准这个报告) or with the line that dates
		// its adoption: the congress is its issuer.
		d.Issuer = "人民代表大会"
		set("issuer", OriginBody)
	}
	// No title, the speaker's line first (某区审计局局长 某某): the office
	// of the head who reports gives the issuer, and below its place.
	var speaker []string
	if d.Title == "" {
		speaker = officeSpeakerRe.FindStringSubmatch(despace(first))
		if speaker != nil && headlineAfterOffice(speaker[1], speaker[2]) {
			speaker = nil // a headline (某县财政局局长调研), no speaker
		}
	}
	if d.Issuer == "" && speaker != nil {
		if d.Issuer = bureauOf(speaker[1]); d.Issuer != "" {
			set("issuer", OriginBody)
		}
	}
	if d.Issuer == "" && d.Title != "" {
		// A report to a work meeting under its own title, the speaker's
		// line below (市某局局长、党委书记 某某): that office delivered it.
		if o := meetingSpeaker(d.Body); o != "" {
			if d.Issuer = bureauOf(o); d.Issuer != "" {
				set("issuer", OriginBody)
			}
		}
	}
	if l, more, _ := strings.Cut(strings.TrimLeft(rest, "\n"), "\n"); d.Issuer == "" && first == d.Title {
		// The office that signs under the title (…工作计划 / 市某某局),
		// or the first of two that sign it together. A page may print
		// the headline twice, the text's own with a note's mark
		// (…统计公报[1]): the byline is under that.
		if t := strings.TrimSpace(l); t != d.Title && strings.TrimSpace(strings.TrimSuffix(t, footMarkRe.FindString(t))) == d.Title {
			l, _, _ = strings.Cut(strings.TrimLeft(more, "\n"), "\n")
		}
		if u := bylineOffice(strings.TrimSpace(l)); u != "" {
			if d.Issuer = bureauOf(u); d.Issuer != "" {
				set("issuer", OriginBody)
			}
		}
	}
	if d.Issuer == "" && d.Title != "" {
		// The office's name alone on the line over a title that does not
		// name it (某市统计局 / 2031年政府信息公开工作年度报告), the title
		// block printed in two lines: that office wrote it.
		if u := officeOverTitle(d.Body, d.Title); u != "" {
			if d.Issuer = bureauOf(u); d.Issuer != "" {
				set("issuer", OriginBody)
			}
		}
	}
	d.Region = namedPlace(d.Title)
	if (d.Kind == "" || d.Kind == "新闻") && storyHeadline(d.Title) && strings.Contains(Simplify(d.Title), "与") {
		// A headline on a deal between parties (某集团与某市政府签署…):
		// the place of the government that is one of them, not a run of
		// the first party's name into it (某集团与某市).
		d.Region = dealPlace(d.Title)
	}
	visitTitle := false
	if (d.Kind == "" || d.Kind == "新闻") && !strings.Contains(Simplify(d.Title), "与") {
		if p, ok := visitHeadlinePlace(d.Title); ok {
			// A headline of a visit (某县考察团莅临某县, 某局来我县调研):
			// the place of the side whose story it is, the host's where
			// the guests arrive, not the guests' named first (visit.go);
			// none when that side is not named, for the text to say (the
			// headline's lead is the other side's, not a fallback).
			d.Region, visitTitle = p, true
		}
	}
	if c := branchCounty(d.Title, d.Region); c != "" {
		// A prefecture's office's branch for one of its counties (某市生态
		// 环境局某县分局2031年工作总结) works for that county: its place.
		d.Region = c
	}
	if m := issuedNameRe.FindStringSubmatch(d.Title); d.Region == "" && m != nil {
		// A notice that issues a paper (关于印发《某省教育厅2031年工作
		// 要点》的通知): the place the paper's name gives.
		d.Region = namedPlace(m[1])
	}
	if d.Region == "" && !visitTitle {
		d.Region = titleLeadPlace(d.Title)
	}
	if d.Region == "" && !visitTitle {
		d.Region = prefectureLead(d.Title)
	}
	if d.Region == "" && !visitTitle {
		d.Region = provinceLead(d.Title)
	}
	if d.Region == "" && d.Origins["title"] == OriginTitle {
		// A township's or a street's own paper titled by its name
		// (某某镇2031年度政府工作计划, 某某街道2031年工作总结和2032年工作
		// 计划): the town or the street is its place, below the gazetteer,
		// as a town's date line is; the street's paper is its office's,
		// the town's its government's.
		if t := titleTown(leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(d.Title)), "")); t != "" {
			d.Region = t
			if strings.HasSuffix(t, "街道") && (d.Issuer == t || d.Issuer == t+"办事处") {
				d.Issuer = "街道办事处"
			} else if d.Issuer == "" && !strings.HasSuffix(t, "街道") {
				// (the town's, titled by the town alone, is its government's)
				d.Issuer = "人民政府"
				set("issuer", OriginTitle)
			}
		}
	} else if d.Origins["title"] == OriginTitle {
		// The same paper titled with its county's or district's name, and
		// its city's, before the town's or the street's (某市某区某某街道
		// 办事处2031年工作总结及2032年工作计划, 某县某某镇2031年…): the
		// town or the street is its place, at its own level.
		s := leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(d.Title)), "")
		if i := strings.Index(s, d.Region); i >= 0 {
			rest := s[i+len(d.Region):]
			rest = rest[len(placeChainRe.FindString(rest)):] // the district after its city the gazetteer does not know
			if t := titleTown(rest); t != "" {
				d.Region = t
				if strings.HasSuffix(t, "街道") && (d.Issuer == "" || d.Issuer == t || d.Issuer == t+"办事处") {
					d.Issuer = "街道办事处"
				} else if d.Issuer == "" && !strings.HasSuffix(t, "街道") {
					// (the town's is its government's, as when the
					// title names the town alone)
					d.Issuer = "人民政府"
					set("issuer", OriginTitle)
				}
			}
		}
	}
	if o := maskedTownIssuer(d.Title); d.Region == "" && d.Issuer == "" && o != "" && d.Title != "" {
		// The same paper on a copy site that masked the town's or the
		// street's name or dropped it (XX镇2031年上半年工作总结, 〔…〕镇
		// 2031上半年…, 街道2031年工作总结暨…): no place, and the town's
		// government, or the street's office, by its level, is its
		// issuer.
		d.Issuer = o
		set("issuer", d.Origins["title"])
	}
	if d.Region == "" && speaker != nil {
		d.Region = namedPlace(speaker[1]) // the speaker's office's place: 某市某区审计局局长 某某
	}
	if i := strings.LastIndexAny(d.Title, "|｜"); d.Region == "" && i > 0 {
		// A news headline's kicker before a bar, then the main headline
		// that opens with the place (做好“新答卷”| 某区半年度商务工作会议
		// 召开): the main headline's place.
		main := strings.TrimSpace(strings.TrimLeft(d.Title[i:], "|｜"))
		if d.Region = namedPlace(main); d.Region == "" {
			if d.Region = titleLeadPlace(main); d.Region == "" {
				if m := ledeMeetingRe.FindStringSubmatch(main); m != nil {
					d.Region = namedPlace(m[1] + "工作")
				}
			}
		}
	}
	if d.Region == "" && strings.ContainsAny(d.Title, "！!") {
		d.Region = kickedPlace(d.Title)
	}
	origin := d.Origins["title"]
	if d.Region == "" && d.Title == "" {
		d.Region = namedPlace(first)
		if lead := ledeLeadRe.FindString(first); d.Region == "" && lead != "" {
			// A news lede after its day or its abstract's label names the
			// meeting or the office with its place (2月8日，2032年某县卫生
			// 健康工作会议召开; 摘要：某市某区某局…).
			// The place must open the lede or be one the gazetteer knows:
			// a sentence's words may run before a place (备受瞩目的某省…).
			rest := afterLeadYear(first[len(lead):])
			if p := namedPlace(rest); p != "" && (strings.HasPrefix(rest, p) || lookupPlace(p) != nil) {
				d.Region = p
			} else if m := ledeMeetingRe.FindStringSubmatch(rest); m != nil {
				d.Region = namedPlace(m[1] + "工作")
			}
		}
		origin = OriginBody
	}
	if d.Region == "" && subject != "" && d.Issuer != "" && bureauOf(subject) == d.Issuer {
		// The opening names the issuer with its place (上半年，某县卫生局
		// 在…) where the title gave its level alone (县卫生局半年工作总结).
		if d.Region = namedPlace(subject); d.Region != "" {
			origin = OriginBody
		}
	}
	if d.Region == "" && schoolLine != "" {
		// (the last place of a chain: 吴中区 of 苏州市吴中区某小学)
		if chain, _ := schoolParts(schoolLine); chain != "" {
			if places := placeRe.FindAllString(chain, -1); len(places) > 0 {
				d.Region, origin = places[len(places)-1], OriginBody
			}
		}
	}
	if d.Region == "" && d.Title != "" {
		// The body may open with the issuer: "明湖市教育局：".
		if l, _, _ := strings.Cut(rest, "\n"); utf8.RuneCountInString(l) <= 30 {
			d.Region = namedPlace(l)
			origin = OriginBody
		}
	}
	if d.Region == "" {
		// A township's or a street's paper whose title names no place
		// (or a page that lost its headline), its opening sentence with
		// the town or the street for its subject (一年来，某某街道深入贯彻…,
		// 2031年，某某镇坚持…): that is its place, below the gazetteer as a
		// town's title gives it, before the district its body names; the
		// street's paper is its office's, the town's its government's.
		if m := townSubjectRe.FindStringSubmatch(headText(d.Body, 600)); m != nil && !strings.ContainsRune(notTownStart, firstRune(m[1])) && shortStreetOwn(m[1], headText(d.Body, 600)) {
			if strings.HasSuffix(m[1], "街") {
				m[1] += "道" // the street's short name: 某某街 is 某某街道
			}
			d.Region, origin = m[1], OriginBody
			if d.Issuer == "" {
				d.Issuer = "人民政府"
				if strings.HasSuffix(m[1], "街道") {
					d.Issuer = "街道办事处"
				}
				set("issuer", OriginBody)
			}
		}
	}
	if d.Region == "" {
		// A story of a town's congress whose lede opens with the day and
		// the session (2031年3月8日，某某镇第五届人民代表大会第三次会议
		// 召开; 3月9日上午，某某乡召开第十届人民代表大会…): the town is
		// its place, below the gazetteer as a town's title gives it. Who
		// issued the story stays unsaid.
		if m := townSessionLedeRe.FindStringSubmatch(headText(d.Body, 300)); m != nil && !strings.ContainsRune(notTownStart, firstRune(m[1])) {
			d.Region, origin = m[1], OriginBody
		}
	}
	if d.Region == "" && strings.Contains(d.Title+headText(d.Body, 600), "场") {
		// A state farm's or forest farm's own paper or news, titled by
		// its name (某某农场七届一次职工代表大会召开, 某某林场2031年工作
		// 总结) or with it for the subject of its opening sentence
		// (2031年以来，某某农场在…): the farm is its place. Its issuer
		// (the farm's committee, its party committee, its company) stays
		// unsaid.
		if p := farmPlace(d.Title, headText(d.Body, 600)); p != "" {
			d.Region, origin = p, OriginBody
			if strings.HasPrefix(leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(d.Title)), ""), p) {
				origin = OriginTitle
			}
		}
	}
	if sig := footSignature(d.Body); sig != "" {
		// The office that signs the paper's end (某县教育局 / 2031年12月20日):
		// its place, when the title names none, and the office, when the
		// title names none either in the same place.
		p := namedPlace(sig)
		if d.Region == "" && p != "" {
			d.Region, origin = p, OriginBody
		}
		if d.Issuer == "" && (p == "" || p == d.Region) {
			if d.Issuer = bureauOf(sig); d.Issuer == "" {
				d.Issuer = issuerRe.FindString(sig)
			}
			if d.Issuer != "" {
				set("issuer", OriginBody)
			}
		}
	}
	if sig := noticeSignature(d.Body); sig != "" && d.Issuer != "" && d.Region == "" && bureauOf(sig) == d.Issuer {
		// The office the title names signs the notice too, with its
		// place (中共某省委教育工委、某省教育厅关于印发… / … / 某省教育厅 /
		// 2031年2月6日): its place is the region.
		if p := namedPlace(sig); p != "" {
			d.Region, origin = p, OriginBody
		}
	}
	if sig := noticeSignature(d.Body); sig != "" && d.Issuer == "" {
		// The office that signs a notice copied above the paper it issues
		// (各县（区）人民政府： / 《…》…现印发给你们… / 某市人民政府办公室 /
		// 2031年8月7日), when the paper's title names no office: its place,
		// when the title names none, and the office, in the same place.
		p := namedPlace(sig)
		if d.Region == "" && p != "" {
			d.Region, origin = p, OriginBody
		}
		if p == "" || p == d.Region {
			if d.Issuer = bureauOf(sig); d.Issuer == "" {
				d.Issuer = issuerRe.FindString(sig)
			}
			if d.Issuer != "" {
				set("issuer", OriginBody)
			}
		}
	}
	if d.Region == "" && (d.Kind == "新闻" || d.Kind == "") && !resolutionRe.MatchString(d.Title) && nationalSessionStory(d.Title+"\n"+headText(d.Body, 3000)) {
		// News of a session of the National People's Congress (十四届全国
		// 人大三次会议在北京开幕, …会议通过关于政府工作报告的决议): the
		// centre's, not the city where it sits, before a congress of a
		// place its lines may name.
		d.Region, origin = "全国", OriginBody
	}
	if d.Region == "" {
		// A session's news without a headline naming its place: the lede
		// names the congress (…，某县第十九届人民代表大会第三次会议开幕).
		if p := congressPlace(headText(d.Body, 600)); p != "" {
			d.Region, origin = p, OriginBody
		} else if p := shortCongressPlace(headText(d.Body, 600)); p != "" {
			d.Region, origin = p, OriginBody
		} else if p := cppccPlace(headText(d.Body, 600)); p != "" {
			d.Region, origin = p, OriginBody
		} else if p := congressPlace(headText(d.Body, 3000)); p != "" && shortCongressRe.MatchString(headText(d.Body, 600)) {
			// …or by its level alone (自治区九届人大三次会议), the story
			// naming it in full further down, where the session is
			// declared open (云岭壮族自治区第九届人民代表大会第三次会议开幕).
			d.Region, origin = p, OriginBody
		}
	}
	head := in.raw
	if len(head) > 6000 {
		head = head[:6000]
	}
	m := publisherRe.FindStringSubmatch(head)
	if m == nil {
		m = publisherCell(head)
	}
	if m != nil {
		if p := namedPlace(m[1]); p != "" && branchCounty(m[1], p) != "" && (d.Region == "" || d.Region == p) {
			// A publisher that is a city office's branch named after one
			// of the city's counties (发布机构：某市生态环境局某县分局):
			// the branch wrote the page and works for that county, as
			// when a title names it (branchCounty).
			d.Region, origin = branchCounty(m[1], p), OriginBody
			if d.Issuer == "" {
				d.Issuer = afterPlace(m[1], p)
				set("issuer", OriginBody)
			}
		} else if p != "" {
			if d.Region == "" {
				d.Region, origin = p, OriginBody
			}
			if (p == d.Region || shortCityBefore(p, d.Region)) && d.Issuer == "" {
				d.Issuer = afterPlace(m[1], p) // 某市某区水利局 -> 水利局
				set("issuer", OriginBody)
			} else if full := afterPlace(m[1], p); p == d.Region && d.Kind == "新闻" && d.Issuer != full && sourceDepartment(m[1]) != "" {
				// News on a portal whose publisher field names a
				// department of the page's place (发布机构 | 某区教育局):
				// the department published it, whatever body the story
				// tells of first (区委教育工委书记某某…, 上半年，区委教育
				// 工委坚持…: its subject, not its publisher).
				d.Issuer = full
				set("issuer", OriginBody)
			} else if p == d.Region && shortOffice(d.Issuer, full) {
				// The title's short name of the office (县卫健委…工作总结)
				// under the portal's publisher that names it in full
				// (发布机构：某县卫生健康委员会): the full name.
				d.Issuer = full
				set("issuer", OriginBody)
			}
		} else if d.Issuer == "" && levelOfficeRe.MatchString(m[1]) && bureauOf(m[1]) != "" {
			// A portal's publisher named by its level alone (发布机构：县
			// 卫生健康局) over a paper whose title names no office (2031年
			// 工作总结及2032年工作重点): that office wrote it, as a title
			// naming it so would say.
			d.Issuer = m[1]
			set("issuer", OriginBody)
		} else if pre, b := unknownPlaceOffice(m[1]); d.Issuer == "" && b != "" && shortPlaceOf(pre, d.Region) {
			// A portal's publisher named by its office alone (发布机构：
			// 统计局), or after a short name of its place the gazetteer
			// does not know (发布机构 | 云州教育局 under a page of 云岭某某
			// 自治州): that office wrote the page.
			d.Issuer = b
			set("issuer", OriginBody)
		} else if u := ownLevel(d.Title, d.Body, d.Kind); d.Region == "" && u != "" && utf8.RuneCountInString(m[1]) <= 4 {
			// A county's portal that names the publisher by its place's
			// short name alone (发布机构：某某) over a paper that speaks as
			// a county (全县, 县委县政府): the county of that name.
			if ds := resolvePlace(m[1], u); len(ds) == 1 && ds[0].level == 3 {
				d.Region, origin = ds[0].name, OriginBody
			}
		}
	}
	if d.Region == "" {
		// A page whose title names no place with its unit may say under
		// its headline which government's office wrote it (来源：某县人民
		// 政府办公室): that office is the issuer, its place the region,
		// before the places the text mentions (the county's city, a
		// partner).
		if m := sourceGovRe.FindStringSubmatch(head); m != nil {
			if p := namedPlace(m[1]); p != "" {
				d.Region, origin = p, OriginBody
				if d.Issuer == "" {
					d.Issuer = afterPlace(m[1], p)
					if strings.HasPrefix(d.Issuer, "政府") {
						d.Issuer = "人民" + d.Issuer // 某县政府 is the county's people's government
					}
					set("issuer", OriginBody)
				}
			}
		} else if m := sourceMediaRe.FindStringSubmatch(head); m != nil && (d.Kind == "" || d.Kind == "新闻") {
			// A story a county's or a city's own media centre sent out
			// (来源：某县融媒体中心 记者：…): news of that place, which
			// the story may name by its level alone (县九届人大三次会议).
			if p := namedPlace(m[1]); p != "" {
				d.Region, origin = p, OriginBody
			}
		} else if m := sourceOfficeRe.FindStringSubmatch(head); m != nil && d.Kind != "" && d.Kind != "新闻" {
			// A department's paper titled by what it is alone (2031年民政
			// 工作总结和2032年工作计划) under a portal's source line that
			// names the department (信息来源：某市民政局): its author.
			if p := namedPlace(m[1]); p != "" {
				d.Region, origin = p, OriginBody
				if d.Issuer == "" {
					d.Issuer = afterPlace(m[1], p)
					set("issuer", OriginBody)
				}
			}
		}
	}
	if m := stampSourceOfficeRe.FindStringSubmatch(headText(head, 600)); m != nil && d.Issuer == "" && d.Region != "" && namedPlace(m[1]) == d.Region {
		// A page titled by its place alone (某县2031年国民经济和社会发展
		// 统计公报) whose stamp under the headline says which of that
		// place's offices sent it (发布时间：2032-04-11 15:09信息来源：某县
		// 统计局): that office.
		d.Issuer = afterPlace(m[1], d.Region)
		set("issuer", OriginBody)
	}
	if d.Region == "" && (d.Kind == "" || d.Kind == "新闻") {
		// A page that names its place only as 我县 (news of the county's
		// deputies): the place of the site's host, named in its footer
		// (主办单位：某县人大常委会), or that its chrome says owns it
		// otherwise (某县传媒中心版权所有, 某县人民政府网站), when the owner
		// is of that level.
		if p := siteOwnerPlace(in.raw, d.Body); p != "" {
			d.Region, origin = p, OriginBody
		}
	}
	if d.Issuer == "" && d.Region != "" && (d.Kind == "" || d.Kind == "新闻") {
		// A page that is no report and no stamp names a publisher of: a
		// government site's footer names the office that hosts it
		// (主办：某县人民政府办公室), which put the page up. A report's author
		// is not its host's (a bureau's site posts the county's papers).
		tail := in.raw
		if len(tail) > 6000 {
			tail = tail[len(tail)-6000:]
		}
		if m := siteHostRe.FindStringSubmatch(tail); m != nil && namedPlace(m[1]) == d.Region {
			d.Issuer = afterPlace(m[1], d.Region)
			set("issuer", OriginBody)
		}
	}
	if d.Region == "" {
		// A portal's name alone on the page's first line, a government's
		// (某区人民政府 over 2031年区人力社保局…年度报告): its place, when
		// the paper names its office by its level alone.
		if m := mastheadGovRe.FindStringSubmatch(firstLine(strings.TrimLeft(in.raw, " \t\r\n"))); m != nil {
			if p := namedPlace(m[1]); p != "" {
				d.Region, origin = p, OriginBody
			}
		}
	}
	if p := portalStampPlace(in.raw); d.Region == "" && p != "" && levelOnlyOffice(d.Issuer, p, d.Body) {
		// A portal's stamp under the headline that names its site, then
		// the address or the day (某县人民政府门户网站 www.… 发布时间：…),
		// over a paper whose office is named by its level alone (2031年
		// 科技局工作总结 by 县科技局): the portal's government is the
		// office's, as reportPlace hears the same site for a work report.
		d.Region, origin = p, OriginBody
	}
	if d.Region == "" && in.header.Issuer != "" {
		d.Region, origin = namedPlace(in.header.Issuer), OriginCollector
	}
	if d.Region == "" && isNationalOffice(d.Issuer) && strings.HasPrefix(leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(d.Title)), ""), d.Issuer) {
		// A ministry's own paper, or one of its departments' (司), its
		// title opening with the ministry's name, no place nor level
		// before it (教育部关于印发…, 生态环境部部长某某在…, 教育部某某司
		// 2031年工作要点): the centre's.
		d.Region, origin = "全国", OriginTitle
	}
	if d.Region == "" && (nationalCongressRe.MatchString(arabicYears(strings.TrimSpace(d.Title))) || nationalCongress) {
		// The national congress's own paper, or its standing committee's,
		// titled by its name (第十届全国人民代表大会第一次会议关于…的决议,
		// 全国人民代表大会常务委员会工作报告), or a resolution that a
		// portal headlined short (关于政府工作报告的决议) over the words
		// that the national congress adopted it: the centre's.
		d.Region, origin = "全国", OriginTitle
	}
	if d.Region == "" && strings.HasPrefix(despace(strings.TrimSpace(Simplify(d.Title))), "中华人民共和国") {
		// A paper titled by the state's own name before the year or the
		// subject (中华人民共和国2031年国民经济和社会发展统计公报,
		// 中华人民共和国国民经济和社会发展第十九个五年规划纲要): the
		// centre's, whichever office issued it.
		d.Region, origin = "全国", OriginTitle
	}
	if from := nationalCPPCCPaper(d); d.Region == "" && from != "" {
		// The national committee of the CPPCC, in the title or the date
		// line (中国人民政治协商会议全国委员会常务委员会工作报告, ——在政协
		// 第十五届全国委员会第三次会议上): the centre's, as a city's
		// committee is the city's.
		d.Region, origin = "全国", from
	}
	if d.Region == "" && centralPaperRe.MatchString(despace(strings.TrimSpace(d.Title))) {
		// A paper of the party's centre or of the State Council, titled by
		// its issuers (中共中央 国务院关于…的意见, 国务院关于…的通知): the
		// centre's.
		d.Region, origin = "全国", OriginTitle
	}
	if d.Region == "" && (partyCongressLineRe.MatchString(headText(d.Body, 600)) || centralReportOpeningRe.MatchString(headText(d.Body, 600))) {
		// A report to the party's national congress, its subtitle naming
		// the congress (——在中国共产党第二十一次全国代表大会上的报告), or
		// its opening the central committee that makes it (我代表第二十一届
		// 中央委员会向大会作报告): the centre's.
		d.Region, origin = "全国", OriginBody
	}
	if d.Region == "" && nationalAddresseeRe.MatchString(headText(d.Body, 800)) {
		// A paper addressed to every province (各省、自治区、直辖市…厅)
		// comes from the centre: a ministry's notice or plan.
		d.Region, origin = "全国", OriginBody
	}
	ownUnit := "" // the level of a county's own paper that names none of its places
	if d.Region == "" {
		// A county's or a district's own paper that names its office by
		// the level alone (区科技局…, 县林业局…) or calls its place by it
		// (全区, 我县, 区属): the county-level place of that level its body
		// names most, before the city those places point to.
		if u := ownLevel(d.Title, d.Body, d.Kind); u != "" {
			if p := bodyCounty(d.Body, u); p != "" {
				d.Region, origin = p, OriginBody
			} else if p := sloganCounty(d.Body, u); p != "" {
				d.Region, origin = p, OriginBody
			} else if levelOfficeRe.MatchString(d.Issuer) && strings.HasPrefix(d.Issuer, u) || ownLevelRe.MatchString(strings.TrimSpace(d.Title)) || levelNamedIssuer(d.Issuer, u, d.Body) || levelOnlyVoice(d.Issuer, u, d.Body) {
				// (the office by its level in the publisher's line, 县水利局,
				// or in the title, 2031年区教育局工作总结, whose issuer
				// keeps the level only once the region is left empty; or
				// a title without it, 教育局2031年上半年工作总结, over a text
				// that names the office with it, 我区教育局, 区教育局获评)
				ownUnit = u
			}
		}
	}
	if d.Region == "" && !visitTitle {
		// A headline that opens with its place's short name (某城部署2031年
		// 公安工作) over a text that names it in full (某城市公安工作会): that
		// place, before the city above it the text mentions too. Not a
		// visit's headline (某某自治县领导一行来我区…): its lead is the
		// guests' place, which the text names by its short form beside
		// the unit (某某县).
		if p := headlineStemPlace(d.Title, d.Body); p != "" {
			d.Region, origin = p, OriginTitle
		}
	}
	if d.Region == "" && schoolNameRe.MatchString(d.Issuer) {
		// A school that goes by its county's short name (某某八中, 某某
		// 某某学校): that county, the school's name kept whole.
		if p := leadShortPlace(d.Issuer); p != "" && !speaksElsewhere(d.Body, d.Issuer, p) {
			d.Region, origin = p, OriginTitle
		}
	}
	if d.Region == "" {
		// A yearbook's entry for a place whose overview opens with where
		// it lies (【概况】某旗位于…，某市西南): that place, not the city
		// around it the text names too.
		if m := overviewPlaceRe.FindStringSubmatch(headText(d.Body, 1500)); m != nil && !strings.ContainsRune(notPlaceStart, firstRune(m[1])) {
			d.Region, origin = m[1], OriginBody
		}
	}
	if d.Region == "" && (strings.HasSuffix(d.Issuer, "厅") || d.Issuer == "" && deptSelfRe.MatchString(headText(d.Body, 3000))) {
		// A provincial department's paper (some 教育厅's points) whose
		// title names its province by the level alone (自治区党委教育工委、
		// 教育厅…, 省教育厅关于印发…) or not at all: the province to whose
		// work the leader's words it follows were given (视察某省重要讲话,
		// 对某区工作的重要指示), when it speaks as that province (全省).
		if p := visitedProvince(headText(d.Body, 3000)); p != "" {
			d.Region, origin = p, OriginBody
		}
	}
	if d.Region == "" {
		// A paper that speaks as a province (全省, 我省; 全区 under 自治区
		// for a region) more than as any city or county, and names one
		// province only, once may do, in full, by its short name or by a
		// name of its slogans (治蜀兴川, 龙江): that province, whatever
		// places of it the text names in passing.
		if p := voicedProvince(d.Title, d.Issuer, d.Body); p != "" {
			d.Region, origin = p, OriginBody
		}
	}
	if d.Region == "" {
		text := d.Title + "\n" + untaggedBody(d.Title, d.Body)
		if d.Kind == "" || d.Kind == "新闻" {
			// A story of a visit: the other party's places are not the
			// page's (visit.go). Nor is a place an official's given
			// name holds (县长某长春).
			text = sessionHallMasked(officerNamesMasked(visitMasked(text)))
		}
		d.Region, origin = inferRegion(text), OriginBody
		if c := ownCounty(text, d.Region); c != "" {
			d.Region = c // a district's paper that names its city beside it
		} else if c := partnerCityCounty(text, d.Region); c != "" {
			d.Region = c // a county's story that names its partner's city
		}
		if d.Region == "" {
			// A county's news or survey that names no city and no office
			// (宁蒗教育综述, 某某自治县教育事业发展纪实) but its county, by
			// its short name, over and over: that county.
			d.Region = namedCounty(text)
			if t := townOfShort(text, d.Region); t != "" {
				// (a township's paper whose slogans name its own town
				// by the short form a county has too: the town)
				d.Region = t
			}
		}
		if d.Region == "" && (d.Kind == "" || d.Kind == "新闻") {
			// A story whose dateline names its place by its short name
			// (本报某某讯, 某某讯（记者…）) and whose text calls it by its
			// level alone (县十届人大, 全区): that place.
			d.Region = datelinePlace(d.Title + "\n" + headText(d.Body, 800))
		}
		if d.Region == "" {
			// A page whose source or credit line names a place's own
			// paper or station by the place's short name (来源：某某日报,
			// 责编：某某手机报) and that calls its place by that level
			// alone (我市, 市长): that place.
			d.Region = mediaPlace(in.raw, d.Title+"\n"+headText(d.Body, 1500))
		}
		if d.Region == "" {
			// A place's own news site that names itself only in its
			// breadcrumb (您当前的位置: 某某新闻 > 时政要闻, 中国某某网 >
			// 新闻中心), over a story that calls its place by its level
			// alone (县十六届人大, 全县): that place.
			d.Region = crumbSitePlace(headText(in.raw, 3000), d.Title+"\n"+headText(d.Body, 1500))
		}
		if d.Region == "" {
			// A text that calls its place by its level alone (我市,
			// 县委常委) and names it once or twice, in a quote or a
			// slogan (书写某某新篇章), and no other of that level: that
			// place, where the chrome around the text is silent.
			d.Region = soleOwnPlace(text)
		}
		if d.Region == "" {
			// A city bureau's branch named after its district (生态环境
			// 某某分局, 某某公安分局 is 公安's too), the one county-level
			// place the text names: that district.
			d.Region = branchPlace(text)
		}
		if d.Region == "" && (d.Kind == "" || d.Kind == "新闻") {
			// A story whose reporter's credit or agency dateline says
			// where it was filed (记者某某／某某报导, 中央社／某某县1日电),
			// a place the text names in full: that place (visit.go).
			d.Region = creditPlace(headText(in.raw, 1500), text)
		}
		if d.Region == "" {
			// A street's paper or news that speaks as the street
			// (街道党工委, 街道办事处) and names it in full where a
			// sentence or a heading starts (，某某街道召开…, ——某某街道
			// 党史教育基地): that street, below the gazetteer.
			d.Region = ownStreet(headText(d.Body, 3000))
		}
		if m := levelCongressRe.FindStringSubmatch(d.Title + "\n" + headText(d.Body, 1500)); m != nil && d.Kind == "新闻" && d.Region != "" {
			// A county's news of its own congress, named by the level
			// alone (县第十六届人民代表大会), that names its county bare
			// (共商某某发展大计, the site's 某某新闻) and its city in full
			// only for a guest's office: the county, when the gazetteer
			// knows it under that city.
			if c := bareCountyOf(headText(in.raw, 3000), d.Region, m[1]); c != "" {
				d.Region = c
			}
		}
		if old := formerName(d.Title, d.Body, d.Region); old != "" && ownUnit != "" {
			// (a county's paper that names its county by a name it had
			// before it became a district, or by the everyday name of a
			// county still so called: the place of its own level)
			if ds := lookupPlace(old); len(ds) == 0 {
				d.Province, d.Prefecture = PlaceChain(d.Region)
			}
			d.Region = old
		}
		if d.Region != "" && schoolNameRe.MatchString(d.Issuer) && leadShortPlace(d.Issuer) == d.Region && speaksElsewhere(d.Body, d.Issuer, d.Region) {
			// (a school named after a county elsewhere, its name
			// repeated in the text: no place of the text's)
			d.Region = ""
		}
		if ownUnit != "" && !strings.HasSuffix(d.Region, ownUnit) {
			// A county office's paper (县卫生健康局, 全县…) that names no
			// county: the city or province it mentions (全市唯一, 某市第五)
			// is above it, not its place, which it does not say.
			d.Region = ""
		}
	}
	if d.Region == "" && (d.Kind == "" || d.Kind == "新闻") && centreReportPage(d.Title, d.Body) {
		// A page about the State Council's work report (an explainer, a
		// reader's notes, a drafter's briefing) that names no place of
		// its own: the centre's, as the report is.
		d.Region, origin = "全国", OriginBody
	}
	if schoolNameRe.MatchString(d.Issuer) || d.Issuer == "" && (strings.Contains(d.Title, "学期") || strings.Contains(d.Title, "学年")) {
		// A school's paper in a municipality: the one district it
		// names, whose bureau runs the school (schoolDistrict).
		if c := schoolDistrict(d.Body, d.Region); c != "" {
			d.Region, origin = c, OriginBody
		}
	}
	if d.Region != "" {
		if old := formerName(d.Title, d.Body, d.Region); old != "" {
			// (a paper from before its county became a district or a
			// city, which it names by the name it had then, in the
			// province and prefecture of the place it became)
			if ds := lookupPlace(old); len(ds) == 0 {
				d.Province, d.Prefecture = PlaceChain(d.Region)
			}
			d.Region = old
		}
		set("region", origin)
	}
	if rest, ok := strings.CutPrefix(d.Issuer, d.Region); ok && d.Region != "" && utf8.RuneCountInString(rest) >= 2 && !ordinalSchoolRe.MatchString(rest) {
		// an office the title names with a place the patterns above did
		// not cut (a county named by one character: 某县住房和城乡建设局);
		// a school named by its number keeps its place (schoolName)
		d.Issuer = rest
	}
	if strings.HasSuffix(d.Issuer, "委") && utf8.RuneCountInString(d.Issuer) >= 3 && strings.Contains(d.Body, d.Issuer+"员会") {
		// A commission the title names short (某市卫生健康委关于印发…) and
		// the text in full (its signature: 某市卫生健康委员会): the full
		// name, as the commission signs.
		d.Issuer += "员会"
	}
	if d.Issuer == "" {
		d.Issuer = zoneCommittee(d.Kind, d.Region, d.Title)
		if d.Issuer != "" {
			set("issuer", d.Origins["title"])
		}
	}
}

// govStampRe matches a portal's stamp on a page it hosts: the site's
// name, a government's (某县人民政府门户网站, 某市政府网), then its address
// or the day it posted the page (www.…, http…, 发布时间：…, 2031-02-11).
// Group 1 is the government.
var govStampRe = mustLitRe(`^(\p{Han}{2,20}?(?:人民政府|政府))(?:门户网站|门户网|网站|网)[\s\x{3000}]+(?:www\.|https?://|发布时间|发布日期|(?:19|20)\d{2}\s*[-年./])`)

// portalStampPlace returns the place of the government whose portal stamps
// the page in its first lines (govStampRe), or "".
func portalStampPlace(raw string) string {
	for _, l := range headLines(raw, 4) {
		if m := govStampRe.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return namedPlace(m[1])
		}
	}
	return ""
}

// levelOnlyOffice reports whether issuer is an office named by the level of
// its place alone, that level the one place has (县 of 某某县): named so in
// the title (县科技局), or bare in the title (科技局) and so in the text's
// opening (县科技局党组在县委、县政府的正确领导下…). It is then the office
// of that place, not of a place the text names.
func levelOnlyOffice(issuer, place, body string) bool {
	r, _ := utf8.DecodeLastRuneInString(place)
	if !strings.ContainsRune("县区市旗", r) || utf8.RuneCountInString(issuer) < 2 || namedPlace(issuer) != "" {
		return false
	}
	if firstRune(issuer) == r {
		return utf8.RuneCountInString(issuer) >= 3
	}
	return !strings.ContainsRune("省市县区州旗镇乡", firstRune(issuer)) && strings.Contains(headText(body, 1500), string(r)+issuer)
}

// formerName returns the name a paper (its title and body) gives region, a
// county-level district or city, when it never says region in full but says
// in full the name the place had before it became one (某某县 or 某某市 for 某某区, 某某县 for
// 某某市: successorCounty): the paper is from before the renaming, and its
// place went by that name then. When that old name is also the everyday name
// of a county still so called (东乡县 of 东乡族自治县, whose place name is its
// people's), the paper is that county's unless it names the renamed place's
// prefecture or province too. It returns "" when neither applies.
func formerName(title, body, region string) string {
	ds := lookupPlace(region)
	if len(ds) != 1 || ds[0].level != 3 || strings.Contains(title, region) || strings.Contains(body, region) {
		return ""
	}
	stem, olds := "", []string(nil)
	if s, ok := strings.CutSuffix(region, "区"); ok {
		stem, olds = s, []string{"县", "市"}
	} else if s, ok := strings.CutSuffix(region, "市"); ok {
		stem, olds = s, []string{"县"}
	}
	if utf8.RuneCountInString(stem) < 2 {
		return ""
	}
	text := title + "\n" + body // (only for a district or city the paper never names)
	for _, u := range olds {
		old := stem + u
		if !strings.Contains(text, old) {
			continue
		}
		if d, ok := successorCounty(old); !ok || d.province != ds[0].province || d.prefecture != ds[0].prefecture {
			continue
		}
		if live := lookupPlace(stem + "族自治县"); u == "县" && len(live) == 1 {
			// 某某县 is the live county's everyday name: the renamed
			// place's only when its prefecture or province is named.
			if !namesPlace(text, ds[0].prefecture) && !namesPlace(text, ds[0].province) {
				return live[0].name
			}
		}
		return old
	}
	return ""
}

// namesPlace reports whether text names the prefecture or province name in
// full or by its short form (抚州 for 抚州市, 江西 for 江西省).
func namesPlace(text, name string) bool {
	if name == "" {
		return false
	}
	if strings.Contains(text, name) {
		return true
	}
	short := provinceShort(name)
	if short == name {
		short = shortName(name)
	}
	return utf8.RuneCountInString(short) >= 2 && strings.Contains(text, short)
}

// sloganRe matches a slogan that names a place by its short form after a
// quality the place is to have (健康某某建设, 建设“平安某某”, 书香某某行动),
// the short form in group 1.
var sloganRe = mustLitRe(`(?:健康|平安|美丽|幸福|法治|文明|智慧|数字|书香|和谐|生态|活力|魅力|宜居|清廉|诚信|人文|绿色|品质)(\p{Han}{2,3}?)(?:建设|行动|创建|”)`)

// sloganCounty returns the county-level place of unit u whose short form
// body's slogans name (以健康某某建设为主线), the same one each time, else
// "". A short form that is an everyday word too (临川, 长安), never a
// mention elsewhere, is the place's in a slogan.
func sloganCounty(body, u string) string {
	found := ""
	for _, m := range sloganRe.FindAllStringSubmatch(body, -1) {
		ds := resolvePlace(m[1], u)
		if len(ds) != 1 || ds[0].level != 3 {
			continue
		}
		if found != "" && found != ds[0].name {
			return ""
		}
		found = ds[0].name
	}
	return found
}

// branchPlace returns the one county-level place text names, when it names
// it by its short form right before 分局 (生态环境某某分局召开…): a city
// bureau's branch for that district, whose paper or news is the
// district's. It returns "" when text names no county or several.
func branchPlace(text string) string {
	if !strings.Contains(text, "分局") {
		return ""
	}
	named := countiesNamed(text)
	if len(named) != 1 {
		return ""
	}
	for name := range named {
		for _, u := range []string{"区", "县", "市", "旗"} {
			if short, ok := strings.CutSuffix(name, u); ok && utf8.RuneCountInString(short) >= 2 && strings.Contains(text, short+"分局") {
				return name
			}
		}
	}
	return ""
}

// deptSelfRe matches a provincial department speaking of itself by its
// kind alone: 厅党组, 厅机关各处室, 我厅, 厅属单位.
var deptSelfRe = mustLitRe(`厅党组|厅机关|我厅|厅属|厅直属`)

// visitPlaceRe matches the leader's words a paper follows, given on a
// visit to a province or on its work (视察某省重要讲话, 考察某地时的重要
// 讲话, 对某区工作系列重要指示), the place's short name in group 1.
var visitPlaceRe = mustLitRe(`(?:视察|考察|对)(\p{Han}{2,3}?)(?:时|期间|工作)?的?(?:“[^”]{1,12}”)?(?:系列)?重要(?:讲话|指示)`)

// visitedProvince returns the province or autonomous region that text's
// visitPlaceRe formulas name, one and the same each time, when text speaks
// as that level (全省, 我省; 全区 and 自治区 for a region), else "".
func visitedProvince(text string) string {
	loadDivisions()
	found := ""
	for _, m := range visitPlaceRe.FindAllStringSubmatch(text, -1) {
		p := provShort[m[1]]
		if p == "" || strings.HasSuffix(p, "市") || found != "" && p != found {
			return "" // a municipality speaks as a city; two provinces, neither
		}
		found = p
	}
	switch {
	case strings.HasSuffix(found, "省") && strings.Count(text, "全省")+strings.Count(text, "我省") > 0:
		return found
	case strings.HasSuffix(found, "自治区") && strings.Count(text, "全区")+strings.Count(text, "我区") > 0 && strings.Contains(text, "自治区"):
		return found
	}
	return ""
}

// provinceNicknames maps the names provinces go by in their slogans and
// set phrases, which hold neither the province's name nor its short name
// (治蜀兴川 for 四川, 龙江 for 黑龙江, 八桂 for 广西), to the province. A list,
// because these names are conventions, not forms of the name any rule
// could derive; each names one province only (龙江 is also a county of
// that province).
var provinceNicknames = map[string]string{
	"治蜀兴川": "四川省", "巴蜀": "四川省", "龙江": "黑龙江省", "八桂": "广西壮族自治区",
	"齐鲁": "山东省", "三晋": "山西省", "三秦": "陕西省", "荆楚": "湖北省", "八闽": "福建省",
	"燕赵": "河北省", "陇原": "甘肃省", "富民兴陇": "甘肃省", "三湘": "湖南省", "潇湘": "湖南省",
	"赣鄱": "江西省", "南粤": "广东省", "琼州": "海南省", "天山南北": "新疆维吾尔自治区",
}

// voicedProvince returns the province a paper speaks for: one that calls
// its place by the province's level alone (全省, 我省, 本省) at least twice
// and more often than by a city's or a county's, and never as a city or a
// county in the first person (我市, 本县, 市委、市政府: a city's paper that
// names its province's prizes, 全省先进单位), that speaks as the province
// in the first person once at least (我省, 按照省委、省政府部署) where 全省
// alone may rank a county in it (位居全省前列), and that names one
// province-level unit, by its name, its short name (广西, in 视察广西) or a
// nickname (provinceNicknames), at least twice as often as any other. An
// autonomous region's department speaks as 全区, 我区 too, when its title
// says 自治区 or its text calls the office 厅 (厅党组); a district's paper in
// that region says so as well, and names no 自治区 office. Voices are
// counted in the simplified reading. "" otherwise, and for a municipality,
// which speaks as a city.
func voicedProvince(title, issuer, body string) string {
	loadDivisions()
	body = Simplify(body)
	prov := voiceCount(body, "省")
	// The counts first, the patterns only for a text they may still
	// decide: the superiors' pattern adds to first and own, never to the
	// voices.
	region := strings.Count(body, "全区") + strings.Count(body, "我区")
	if region > 0 && !strings.Contains(Simplify(title), "自治区") && !strings.HasSuffix(issuer, "厅") && !deptSelfRe.MatchString(body) {
		region = 0
	}
	below := voiceCount(body, "市") + voiceCount(body, "县")
	first := strings.Count(body, "我市") + strings.Count(body, "本市") + strings.Count(body, "我县") + strings.Count(body, "本县")
	if first > 0 || max(prov, region) < 2 || max(prov, region) <= below {
		return ""
	}
	own := strings.Count(body, "我省") + strings.Count(body, "本省") // the province in the first person
	for _, m := range superiorsRe.FindAllStringSubmatch(body, -1) {
		switch {
		case m[1] != m[2]:
		case m[1] == "省":
			own++ // (按照省委、省政府部署)
		default:
			first++
		}
	}
	if first > 0 {
		return "" // (在市委、市政府的领导下: a city's paper)
	}
	if region < 2 && own == 0 {
		return "" // (位居全省前列: a county ranking itself in its province)
	}
	text := Simplify(title) + "\n" + body
	score := map[string]int{}
	for short, full := range provShort {
		if n := strings.Count(text, short); n > 0 {
			score[full] += n
		}
	}
	for nick, full := range provinceNicknames {
		if n := strings.Count(text, nick); n > 0 {
			score[full] += n
		}
	}
	p := dominant(score, 1, 2)
	switch {
	case strings.HasSuffix(p, "省") && prov >= 2 && prov > below:
		return p
	case strings.HasSuffix(p, "自治区"):
		return p
	}
	return ""
}

// zoneCommittee returns the issuer of a zone's summary, plan or key points
// that names no body (某某新区2031年工作总结和2032年工作计划, 2031年，某某
// 经济开发区坚持…): a zone has no government, its administrative
// committee writes its papers, 管委会; that of a zone whose name a copy
// masks keeps the zone's kind (XX经济开发区 → 经济开发区管委会). A 新区 the
// gazetteer knows is a district with a government of its own. "" when
// region is no zone.
func zoneCommittee(kind, region, title string) string {
	switch kind {
	case "总结", "半年总结", "计划", "要点":
	default:
		return ""
	}
	if region == "" {
		if k := maskedZoneKind(leadYearRe.ReplaceAllString(strings.TrimSpace(title), "")); k != "" {
			return k + "管委会"
		}
		return ""
	}
	if !ungovernedZone(region) {
		return ""
	}
	return "管委会"
}

// ungovernedZone reports whether region is a zone with no government of its
// own (某某高新区, 某某经济开发区, a 新区 the gazetteer does not know): its
// administrative committee speaks for it. A 新区 the gazetteer knows is a
// district with a government.
func ungovernedZone(region string) bool {
	return namedZoneRe.MatchString(region) && !(strings.HasSuffix(region, "新区") && lookupPlace(region) != nil)
}

// renamedCountyNextRe matches what follows a county's name in a date line
// or a title: its congress (第十七届人民代表大会, 十七届人大), its government,
// or an office of it.
var renamedCountyNextRe = mustLitRe(`^(?:第?[一二三四五六七八九十]{1,3}届|人民政府|人民代表大会|政府|\p{Han}{1,6}局)`)

// renamedCounty reports whether c, a county named by one character and 县
// that the gazetteer does not know (郫县, 鄞县, 达县: renamed districts
// since), is a county's name, by what follows it (rest): its congress, its
// government or an office of it; 全县, 该县 and the like are not.
func renamedCounty(c, rest string) bool {
	return renamedCountyName(c) && renamedCountyNextRe.MatchString(rest)
}

// renamedCountyName reports whether c, one character and 县, may be a
// county's name: not 全县, 该县, 某县, 邻县, 一县 and the like.
func renamedCountyName(c string) bool {
	return !strings.ContainsRune(notPlaceStart+"此邻外原老大小某一", firstRune(c))
}

// levelCongressRe matches a congress named by its county's level alone
// (县第十六届人民代表大会, 区五届人大), the level in group 1.
var levelCongressRe = mustLitRe(`(?:^|[^\p{Han}]|[，。、])([县区旗])第?[一二三四五六七八九十]{1,3}届(?:人大|人民代表大会)`)

// bareCountyOf returns the one county of level (县, 区, 旗) under city that
// text names by its name without the level (某某 for 某某县), or "" when it
// names none or several. A name followed by its level is named in full,
// which the rules of full names read.
func bareCountyOf(text, city, level string) string {
	loadDivisions()
	lr, _ := utf8.DecodeRuneInString(level)
	runes := []rune(text)
	found := ""
	for i := range runes {
		for n := 2; n <= 3 && i+n <= len(runes); n++ {
			if i+n < len(runes) && runes[i+n] == lr {
				continue
			}
			name := string(runes[i:i+n]) + level
			for _, dv := range divByName[name] {
				if dv.level == 3 && dv.prefecture == city {
					if found != "" && found != name {
						return ""
					}
					found = name
				}
			}
		}
	}
	return found
}

// exclaimKickerRe matches a headline's kicker of a few words that ends
// with an exclamation mark, after a column tag maybe: 【头条】划重点！, 速看！.
var exclaimKickerRe = mustLitRe(`^(?:【[^【】]{1,6}】\s*)?[^！!，。：:【】\s]{1,8}[！!]\s*`)

// kickedPlace returns the place that opens the main headline after a
// kicker that ends with an exclamation mark, after a column tag maybe
// (【头条】划重点！某区2031年教育工作会议召开), or "".
func kickedPlace(title string) string {
	m := exclaimKickerRe.FindString(title)
	if m == "" || len(m) == len(title) {
		return ""
	}
	if p := namedPlace(title[len(m):]); p != "" {
		return p
	}
	return titleLeadPlace(title[len(m):])
}

// ownLevelRe matches a title that names its office by a county's or a
// district's level alone, after a year maybe (区科技局2031年工作计划, 县林业局…).
var ownLevelRe = mustLitRe(`^(?:(?:19|20)[0-9X]{2}\s*年度?)?([县区旗])\p{Han}{0,12}?(?:局|委员会|委|办公室|政府)`)

// levelNamedIssuer reports whether body names issuer, an office the title
// gave without its level (教育局), with the level u before it and no place
// before that (区教育局获评…, 我区教育局、某某中学…), as the office of a
// county or a district that calls its place by the level alone does.
func levelNamedIssuer(issuer, u, body string) bool {
	if issuer == "" || strings.HasPrefix(issuer, u) || !strings.HasSuffix(issuer, "局") {
		return false
	}
	w := u + issuer
	for at := 0; ; {
		k := strings.Index(body[at:], w)
		if k < 0 {
			return false
		}
		k += at
		r, _ := utf8.DecodeLastRuneInString(body[:k])
		if k == 0 || !IsHan(r) || r == '我' || r == '全' || r == '本' {
			return true
		}
		at = k + len(w)
	}
}

// levelOnlyVoice reports whether a bureau's paper (issuer 某某局, no place
// in it) speaks for its place by the county level u alone (全区, 我区) and
// never as a city (全市, 我市, 本市): a district's or a county's own paper,
// whose place is that level's, not a city its body happens to name (a
// school called after one, 某某学校; the city's prize it won).
func levelOnlyVoice(issuer, u, body string) bool {
	if !strings.HasSuffix(issuer, "局") || namedPlace(issuer) != "" {
		return false
	}
	if !strings.Contains(body, "全"+u) || !strings.Contains(body, "我"+u) {
		return false
	}
	return !strings.Contains(body, "全市") && !strings.Contains(body, "我市") && !strings.Contains(body, "本市")
}

// countySuperiorsRe matches a county's, a district's or a banner's party
// committee and government named together by the level alone (区委、区政府,
// 县委县政府), not as part of 各县区 (县区委): the two levels in groups 1
// and 2.
var countySuperiorsRe = mustLitRe(`(?:^|[^县市区])([县区旗])委[、，,和及]?\s*([县区旗])(?:人民)?政府`)

// cityVoiced reports whether a paper of kind k (a plan, points or a
// summary) speaks for its place as a city in the first person at least once
// (我市, 本市, 市直, 市属, 在市委、市政府…), and never as a county, a district
// or a banner (全县, 我区, 区属, 区委、区政府), nor more often as a province
// (全省). 全市 alone is not enough: a county ranks itself in its city so
// (率全市之先, 居全市第一).
func cityVoiced(body, k string) bool {
	if k != "计划" && k != "要点" && k != "总结" && k != "半年总结" {
		return false
	}
	for _, u := range []string{"县", "区", "旗"} {
		if voiceCount(body, u) > 0 || strings.Contains(body, u+"属") {
			return false
		}
	}
	if m := countySuperiorsRe.FindStringSubmatch(body); m != nil && m[1] == m[2] {
		return false // (沿着区委、区政府…: a district's office)
	}
	first := strings.Count(body, "我市") + strings.Count(body, "本市") + strings.Count(body, "市直") + strings.Count(body, "市属")
	if m := superiorsRe.FindStringSubmatch(body); m != nil && m[1] == "市" && m[2] == "市" {
		first++
	}
	return first > 0 && voiceCount(body, "省") < first+strings.Count(body, "全市")
}

// voiceCount returns how often body speaks for a place of level u by the
// level alone: 全u, 我u, 本u.
func voiceCount(body, u string) int {
	return strings.Count(body, "全"+u) + strings.Count(body, "我"+u) + strings.Count(body, "本"+u)
}

// ownLevel returns the county level (县, 区, 旗) a paper of kind k names
// itself by: its title's office's level, else, for a plan, points or a
// summary (not news, which may tell of several districts), the words its
// body calls its place by (全区, 我区, 本区, 区属, and so for 县 and 旗) when
// it uses one level's only; "" otherwise.
func ownLevel(title, body, k string) string {
	if m := ownLevelRe.FindStringSubmatch(strings.TrimSpace(title)); m != nil {
		return m[1]
	}
	if k != "计划" && k != "要点" && k != "总结" && k != "半年总结" {
		return ""
	}
	level := ""
	for _, u := range []string{"县", "区", "旗"} {
		if strings.Contains(body, "全"+u) || strings.Contains(body, "我"+u) || strings.Contains(body, "本"+u) || strings.Contains(body, u+"属") {
			if level != "" {
				return ""
			}
			level = u
		}
	}
	return level
}

// prefectureLeadRe matches the short name of an autonomous prefecture or a
// league a title may open with (甘孜州, 巴州, 锡盟), in group 1.
var prefectureLeadRe = mustLitRe(`^(\p{Han}{1,5}?[州盟])`)

// prefectureLead returns the autonomous prefecture or the league a title
// opens with by its short name (某某州教育局2031年工作要点, 锡盟教育局…),
// when an office or the paper's subject follows and the name is one
// place's; "" otherwise. placeRe knows no bare 州, which ends many cities'
// names (某州市), nor a league's one-character short name.
func prefectureLead(title string) string {
	s := leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(title)), "")
	m := prefectureLeadRe.FindStringSubmatch(s)
	if m == nil || !followsPlace(s[len(m[1]):]) && bureauOf(s[len(m[1]):]) == "" {
		return ""
	}
	unit, _ := utf8.DecodeLastRuneInString(m[1])
	if ds := resolvePlace(m[1], string(unit)); len(ds) == 1 {
		return ds[0].name
	}
	return ""
}

// provinceLead returns the province-level unit a title opens with by its
// short name, one of its offices right after it (宁夏教育厅2031年工作要点,
// 广西教育厅…), or "".
func provinceLead(title string) string {
	loadDivisions()
	r := []rune(leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(title)), ""))
	for _, n := range []int{2, 3} { // 宁夏, 内蒙古
		if len(r) <= n || provShort[string(r[:n])] == "" {
			continue
		}
		rest := string(r[n:])
		if b := bureauOf(rest); b != "" && strings.HasPrefix(rest, b) {
			return provShort[string(r[:n])]
		}
	}
	return ""
}

// corpsDivisionRe matches the division of the Xinjiang production and
// construction corps that a city it runs as one body is named after
// (第八师石河子市, 兵团第一师阿拉尔市, 农十师北屯市): the city is the place.
var corpsDivisionRe = mustLitRe(`^(?:新疆生产建设兵团|新疆兵团|兵团)?(?:第[一二三四五六七八九十]{1,3}师|农[一二三四五六七八九十]{1,3}师)(?:[·、]?)`)

// titleLeadPlace returns the place a title opens with (after a year) when
// the gazetteer knows it and a topic follows, not an office
// (某区人力资源和社会保障事业发展“十四五”规划): the paper is that place's.
// A street or a university named after a place is no place (某某路, 某某大学);
// a chain that runs into an area word (某市推进县域…) ends before the verb.
func titleLeadPlace(title string) string {
	s := leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(title)), "")
	chain := placeChainRe.FindString(s)
	rest := s[len(chain):]
	if chain == "" || isStreet(rest) || utf8.RuneCountInString(rest) < 4 {
		return ""
	}
	places := placeRe.FindAllString(chain, -1)
	if len(places) > 1 && strings.HasPrefix(rest, "域") {
		// The chain ran into the topic's area word (某市推进县域义务教育…,
		// 某区统筹市域…): 推进县 is no place, the topic follows the first.
		places = places[:len(places)-1]
	}
	for i := len(places) - 1; i >= 0; i-- {
		if lookupPlace(places[i]) != nil {
			if i == 0 && len(places) > 1 {
				return "" // a chain whose own place the gazetteer does not know
			}
			return places[i]
		}
	}
	return ""
}

// siteOwnerRe matches what a page's chrome says of the site's owner: its
// host in the footer (主办：某县人民政府办公室, 主办单位：…), its copyright
// holder (某县传媒中心版权所有, 版权所有：某县…, 版权属某县日报社所有) or
// the government's site by its name (关于某县人民政府网站改版的公告), or an
// old portal's greeting at its top (某县教育网欢迎您！, 欢迎访问某县教育信息网).
// The owner is in group 1, 2, 3, 4, 5 or 6.
var siteOwnerRe = mustLitRe(`(?m)^\s*主办(?:单位)?[：:]\s*(\p{Han}{2,30})|(\p{Han}{2,30}?)版权所有|版权(?:所有|归|属)\s*[：:©]?\s*(\p{Han}{2,30}?)(?:所有|[^\p{Han}]|$)|(\p{Han}{2,20}?(?:人民政府|政府))(?:门户网站|门户网|网站|官网)|^\s*(\p{Han}{2,20}?)(?:信息网|网站|网)欢迎(?:您|你)|^\s*欢迎(?:访问|光临|来到)\s*(\p{Han}{2,20}?)(?:信息网|网站|网)`)

// welcomeWordsRe matches the words a site's welcome opens with (欢迎访问,
// 欢迎光临, 欢迎来到, 欢迎浏览, 欢迎进入), before the site's name.
var welcomeWordsRe = mustLitRe(`^欢迎(?:访问|光临|来到|浏览|进入)`)

// siteOwnerPlace returns the place of the site's owner that raw's chrome
// names in its first or last 6,000 bytes (siteOwnerRe), or of the column a
// breadcrumb in its head files the page under (crumbPlaces), when body
// calls its own place at that level (我县 for a county's owner), ""
// otherwise.
func siteOwnerPlace(raw, body string) string {
	chrome := raw
	if len(raw) > 12000 {
		chrome = raw[:6000] + "\n" + raw[len(raw)-6000:]
	}
	var owners []string
	for _, m := range siteOwnerRe.FindAllStringSubmatch(chrome, -1) {
		// (a welcome to the government's site, 欢迎访问某县政府门户网站,
		// names its owner after the welcome's words)
		owners = append(owners, welcomeWordsRe.ReplaceAllString(m[1]+m[2]+m[3]+m[4]+m[5]+m[6], ""))
	}
	owners = append(owners, crumbPlaces(headText(raw, 6000))...)
	for _, owner := range owners {
		p := namedPlace(owner)
		if p == "" {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(p)
		if strings.Contains(body, "我"+p[len(p)-size:]) {
			return p
		}
	}
	return ""
}

// crumbPlaces returns the crumbs of head's breadcrumbs (首页 > 政务公开 >
// 某县 > 规划计划, 当前位置：首页 > 某县人民政府 > 工作报告) that are a place's
// name or its government's, the column a portal files its places' papers
// under.
func crumbPlaces(head string) []string {
	var places []string
	for _, l := range strings.Split(head, "\n") {
		l = strings.TrimSpace(l)
		if loc := crumbLabelRe.FindStringIndex(l); loc != nil {
			l = strings.TrimSpace(l[loc[1]:])
		}
		if !crumbHomeRe.MatchString(l) {
			continue
		}
		for _, c := range crumbSepRe.Split(l, -1) {
			c = strings.TrimSuffix(strings.TrimSuffix(c, "人民政府"), "政府")
			if c != "" && namedPlace(c+"人民政府") == c {
				places = append(places, c+"人民政府") // (as the owner's name reads)
			}
		}
	}
	return places
}

// congressRe finds a people's congress named with its place and term:
// the place is the run of characters before 第 (某县第十九届人民代表大会),
// not the day of a date line run into it (9月20日某县第八届…).
var congressRe = mustLitRe(`(?:[0-9０-９]日)?(\p{Han}{2,16})第[一二三四五六七八九十]{1,3}届人民代表大会`)

// congressPlace returns the place of the first congress text names, ""
// for none: the run before 第 as runPlace reads it, else the place after
// the run's last 在.
func congressPlace(text string) string {
	for _, m := range congressRe.FindAllStringSubmatch(text, -1) {
		run := m[1]
		if _, after, ok := cutLast(run, "的"); ok {
			// A sentence's modifier before the congress (备受期待的县第
			// 九届人民代表大会): no place has 的 in its name; the words
			// after it are the run.
			run = after
		}
		if n := runPlace(run); n != "" {
			return n
		}
		if _, after, ok := cutLast(run, "在"); ok {
			// 县长某某在某县: the place after the sentence's 在, one the
			// gazetteer does not know
			if n := namedPlace(after + "第"); n != "" {
				return n
			}
		}
	}
	return ""
}

// cppccRe finds a CPPCC committee named with its term and place (中国人民
// 政治协商会议第八届某县委员会, 政协第七届某县委员会): the place is the run
// between the term and 委员会.
var cppccRe = mustLitRe(`(?:政治协商会议|政协)第[一二三四五六七八九十]{1,3}届(\p{Han}{2,12}?)委员会`)

// cppccPlace returns the place of the first CPPCC committee text names
// by its term, "" for none: a session of the CPPCC sits beside the
// congress of the same place.
func cppccPlace(text string) string {
	for _, m := range cppccRe.FindAllStringSubmatch(text, -1) {
		if n := runPlace(m[1]); n != "" {
			return n
		}
	}
	return ""
}

// runPlace returns the place that a run of characters before a congress's
// term names (某县 of 某县第十九届…), "" for none. The run may begin with
// words of the sentence (在某县, 今天某县): the first place in it the
// gazetteer knows wins, else the run as namedPlace reads it.
func runPlace(run string) string {
	if m := levelAloneTailRe.FindStringSubmatch(run); m != nil {
		// The congress named by its level alone after the verb of a lede
		// whose subject is the head of the place's government (某省省长
		// 某某向省十四届人大…, 某自治区主席某某在自治区…): the place of
		// that level the run names first, the head's title and name no place.
		if p := firstKnownPlace(run[:len(run)-len(m[0])], m[1]); p != "" {
			return p
		}
	}
	for i := range run {
		if p := placeRe.FindString(run[i:]); p != "" && strings.HasPrefix(run[i:], p) && lookupPlace(p) != nil {
			if n := namedPlace(run[i:] + "第"); n != "" {
				return n
			}
		}
	}
	return namedPlace(run + "第")
}

// levelAloneTailRe matches the end of a run before a congress's term that
// names the congress by its level alone after a verb (…向省, …在自治区):
// the level in group 1.
var levelAloneTailRe = mustLitRe(`[向在](自治区|自治州|自治县|省|市|县|区|州|旗|盟)$`)

// firstKnownPlace returns the first place in run the gazetteer knows whose
// name ends with level, "" for none.
func firstKnownPlace(run, level string) string {
	for i := range run {
		if p := placeRe.FindString(run[i:]); p != "" && strings.HasPrefix(run[i:], p) && strings.HasSuffix(p, level) && lookupPlace(p) != nil {
			return p
		}
	}
	return ""
}

// sessionClauseRe finds the clause of a date line that names the session a
// report was delivered at: 在某市第四届人民代表大会第五次会议上.
var sessionClauseRe = mustLitRe(`在(\p{Han}{2,12}?)第[一二三四五六七八九十]{1,3}届人民代表大会第[一二三四五六七八九十]{1,3}次(?:全体)?会议上`)

// sessionClausePlace returns the place of the first session a date line's
// clause names in text (sessionClauseRe), "" for none.
func sessionClausePlace(text string) string {
	if !strings.Contains(text, "人民代表大会") {
		return ""
	}
	if m := sessionClauseRe.FindStringSubmatch(text); m != nil {
		return namedPlace(m[1] + "第")
	}
	return ""
}

// shortCongressRe finds a people's congress session named the short way,
// its place before the term (某省十四届人大二次会议, 某市十五届人大三次会议).
var shortCongressRe = mustLitRe(`(\p{Han}{2,16}?)[一二三四五六七八九十]{1,3}届人大[一二三四五六七八九十]{1,2}次(?:全体)?会议`)

// shortCongressPlace returns the place of the first congress session text
// names the short way (某省十四届人大二次会议在某市开幕), "" for none or for
// one named by its level alone (省十四届人大…): the run before the term is
// read as congressPlace reads it.
func shortCongressPlace(text string) string {
	for _, m := range shortCongressRe.FindAllStringSubmatch(text, -1) {
		run := m[1]
		if n := runPlace(run); n != "" && !levelAlone[n] {
			return n
		}
	}
	return ""
}

// levelAlone holds the names of levels that runPlace may read as places
// when a congress is named by its level alone (自治区九届人大三次会议).
var levelAlone = map[string]bool{"自治区": true, "自治州": true, "自治县": true, "自治旗": true, "特别行政区": true}

// cutLast slices s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// bareReportTitle is a work report's own title line, the name alone.
const bareReportTitle = "政府工作报告"

// manyPlacesRe matches the title of a compilation of the papers of many
// places or levels: 省市级…汇编, 省区市…合集, 各地…汇总.
var manyPlacesRe = mustLitRe(`(?:省市级|省区市|省市县|市县级|各省|各地|各市|全国各)\p{Han}{0,14}(?:汇编|合集|大全|汇总)`)

// cutKindRe matches a title that stops inside the word that names its kind
// (…政府工作报, …工作总, …工作计, …工作要): a preview's first line cut short.
var cutKindRe = mustLitRe(`工作(?:报|总|计|要)$`)

// completeCutTitle returns title whole when a preview cut it inside the word
// naming its kind (2031年某区政府工作报) and a line among head, the page's
// headline over the preview, goes on with that word (2031年某区政府工作报告
// (20310114)): the title up to the word's end. Else title as it is.
func completeCutTitle(title string, head []string) string {
	if !cutKindRe.MatchString(title) {
		return title
	}
	t := strings.Join(strings.Fields(title), "")
	for _, l := range head {
		l = strings.Join(strings.Fields(l), "")
		rest, ok := strings.CutPrefix(l, t)
		if !ok {
			continue
		}
		for _, w := range []string{"告", "结", "划", "点"} {
			if strings.HasPrefix(rest, w) && kindOf(t+w, "") != "" {
				return t + w
			}
		}
	}
	return title
}

// nationalAddresseeRe matches a paper's addressees when they are every
// province: 各省、自治区、直辖市…, 各省（区、市）….
var nationalAddresseeRe = mustLitRe(`(?m)^\s*各省\s*[、，,]\s*自治区\s*[、，,]\s*直辖市|^\s*各省\s*[（(]\s*区\s*[、，,]\s*市\s*[)）]`)

// nationalOffices are the names of the State Council's ministries,
// commissions and administrations as a title opens with them: an office
// of that name with no place before it is the centre's.
var nationalOffices = map[string]bool{}

// isNationalOffice reports whether name is one of nationalOffices or a
// department of one, the ministry's name then the department's, ending in
// 司 (教育部高等教育司, 国家发展改革委某某司).
func isNationalOffice(name string) bool {
	if nationalOffices[name] {
		return true
	}
	if !strings.HasSuffix(name, "司") {
		return false
	}
	for n := range nationalOffices {
		if strings.HasPrefix(name, n) && utf8.RuneCountInString(name) >= utf8.RuneCountInString(n)+3 {
			return true
		}
	}
	return false
}

func init() {
	for _, n := range strings.Fields(`外交部 国防部 教育部 科学技术部 科技部 工业和信息化部 工信部 公安部 国家安全部 民政部 司法部 财政部
		人力资源和社会保障部 人社部 自然资源部 生态环境部 住房和城乡建设部 住建部 交通运输部 水利部 农业农村部 商务部 文化和旅游部
		退役军人事务部 应急管理部 审计署 国家发展和改革委员会 国家发展改革委 国家卫生健康委员会 国家卫生健康委 国家民族事务委员会
		国家市场监督管理总局 市场监管总局 国家统计局 国家体育总局 体育总局 国家医疗保障局 国家林业和草原局 国家税务总局 海关总署
		国家广播电视总局 国家知识产权局 国家能源局 国家文物局 国家药品监督管理局 国家乡村振兴局 中国人民银行`) {
		nationalOffices[n] = true
	}
}

// stampSourceOfficeRe matches a source field naming an office after a
// page's time stamp on the same line: …2032-04-11 15:09信息来源：某县统计局.
var stampSourceOfficeRe = mustLitRe(`(?m)[0-9]\s*(?:信息来源|来源)\s*[：:]\s*(\p{Han}{2,20}?(?:局|委员会))(?:$|[^\p{Han}])`)

// sourceLabelPat matches a page's source label at the start of its line, or
// after the author's or the editor's field on an old portal's one-line
// byline (作者：局办公室 文章来源：某县教育局 点击数：…), or after the
// page's time stamp on its bar under the headline, its fields run together
// or spaced (发布时间：2031-02-16 09:30来源：某县人民政府办公室).
const sourceLabelPat = `(?m)^(?:.*?(?:作者|编辑|录入|发布人|发布者|撰稿)\s*[：:]\s*\S*\s+|\s*(?:发布时间|发布日期|发文日期)\s*[：:]\s*[0-9][-0-9/:.年月日时分 ]*\s*)?\s*(?:信息来源|文章来源|来源|稿源)\s*[：:]\s*`

// sourceOfficeRe matches a page's source line naming a department of a
// place's government: 信息来源：某市民政局, 来源：某县卫生健康委员会.
var sourceOfficeRe = mustLitRe(sourceLabelPat + `(\p{Han}{2,20}?(?:局|委员会))(?:$|[^\p{Han}])`)

// sourceMediaRe matches a story's source line naming a place's own media
// centre or broadcaster (来源：某县融媒体中心, 来源：某市广播电视台).
var sourceMediaRe = mustLitRe(sourceLabelPat + `(\p{Han}{2,16}?(?:融媒体中心|融媒中心|广播电视台))(?:$|[^\p{Han}])`)

// sourceGovRe matches a page's source line naming a government or its
// office: 来源：某县人民政府办公室, 信息来源：某市人民政府, also by its short
// name before the date (来源：某县政府 2031-03-23), not a site (某某政府网).
var sourceGovRe = mustLitRe(sourceLabelPat + `(\p{Han}{2,20}?(?:人民政府|政府)(?:办公室|办公厅)?)(?:$|[^\p{Han}])`)

// shortPlaceUnitRe matches a short place name the gazetteer may not know
// before an office (克州 in 克州教育局): one or two characters and a unit.
var shortPlaceUnitRe = mustLitRe(`^\p{Han}{1,2}[州市县区旗盟]`)

// unknownPlaceOffice splits name, a publisher's name whose place is none the
// gazetteer knows, into what stands before its office and the office:
// ("", 统计局), (克州, 教育局); the office is "" when name holds none.
func unknownPlaceOffice(name string) (string, string) {
	b := bureauOf(name)
	if b == "" || !strings.HasSuffix(name, b) {
		return "", ""
	}
	if b == name {
		if pre := shortPlaceUnitRe.FindString(name); pre != "" && bureauOf(name[len(pre):]) == name[len(pre):] {
			return pre, name[len(pre):]
		}
	}
	return strings.TrimSuffix(name, b), b
}

// shortPlaceOf reports whether prefix, what a publisher's name holds
// before its office, may be region's place: nothing, or a short name that
// opens as region does (云州 for 云岭某某自治州), or any name when region is
// unknown.
func shortPlaceOf(prefix, region string) bool {
	n := utf8.RuneCountInString(prefix)
	if n == 0 || region == "" && n <= 6 {
		return true
	}
	return n <= 3 && firstRune(prefix) == firstRune(region)
}

// publisherCell returns publisherRe's match for a page's publisher
// printed one cell a line (publisherCellRe), when the line under the label
// names an office or a government, not the table's next label (发布机构 /
// 生成日期, the labels' row first): nil otherwise.
func publisherCell(head string) []string {
	m := publisherCellRe.FindStringSubmatch(head)
	if m == nil || (bureauOf(m[1]) == "" && !strings.HasSuffix(m[1], "政府") && !strings.HasSuffix(m[1], "分局")) {
		return nil
	}
	return m
}

// branchOfficeRe finds the branch a prefecture's office keeps in one of
// its counties or districts, named after it: 嘉禾分局 in 某市生态环境局嘉禾
// 分局, 锦江区分局 in 某市公安局锦江区分局. The county's name, short or
// full, in group 1.
var branchOfficeRe = mustLitRe(`(?:局|委员会)(\p{Han}{1,6}?)分局`)

// branchCounty returns the county or district a title's office serves
// when the office is a branch of an office of region, a prefecture-level
// place, named after that county (郴州市生态环境局嘉禾分局 -> 嘉禾县): since
// the reforms that made the county offices of ecology, natural resources
// or market supervision branches of the city's, their papers name the
// city first, while the branch works for, and reports on, its county. The
// branch's name must be the short or full name of exactly one county-level
// place under region in the gazetteer; a branch named otherwise (高新分局,
// 交警分局) or a region the gazetteer does not know gives "".
func branchCounty(title, region string) string {
	if region == "" || !strings.Contains(title, "分局") {
		return ""
	}
	var pref []string
	for _, d := range resolvePlace(region, "") {
		if d.level == 2 {
			pref = append(pref, d.name)
		}
	}
	if len(pref) != 1 {
		return ""
	}
	m := branchOfficeRe.FindStringSubmatch(arabicYears(title))
	if m == nil {
		return ""
	}
	var found []string
	for _, d := range resolvePlace(m[1], "") {
		if d.level == 3 && d.prefecture == pref[0] {
			found = append(found, d.name)
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// yearOpens reports whether s opens with a year of this era and its 年
// (2031年, 2031 年).
func yearOpens(s string) bool {
	if len(s) < 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return false
	}
	for i := 2; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return strings.HasPrefix(strings.TrimLeft(s[4:], " \u3000"), "年")
}

// afterPlace returns name from after place on: the office without the
// place, nor the chain of places before it (某市某县人民政府办公室 ->
// 人民政府办公室 for 某县); name itself when place is not in it.
func afterPlace(name, place string) string {
	if i := strings.Index(name, place); i >= 0 && len(name) > i+len(place) {
		return name[i+len(place):]
	}
	return name
}

// disclosureOwnerRe matches the title of a report on the disclosure of
// government information, or on building a government under the rule of
// law, that a place alone opens (2031年某市政府信息公开…, 某镇2031年度政府
// 信息公开…, 某区2031年度法治政府建设情况报告).
var disclosureOwnerRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年度?)?\p{Han}{2,12}?(?:省|自治区|市|州|盟|地区|县|旗|区|镇|乡)(?:人民政府)?(?:(?:19|20)[0-9]{2}\s*年度?)?(?:政府信息公开|法治政府建设)`)

// folioLead returns the length of a page's number glued before a title's
// first character, a number no count or date word follows (2个, 3年, 5月
// are the title's own, as are a headline's counts of papers or points:
// 31份…报告, 3大重点, 10组数据); 0 when the title opens with no such number.
// The number may stand apart from a title that opens with its year (1
// 2031年某局上半年工作总结, a PDF's page number on the title's line): no
// title counts anything with a bare number before a year, so the number
// and the space after it go.
func folioLead(t string) int {
	k := 0
	for k < len(t) && k < 4 && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 {
		return 0
	}
	if rest := strings.TrimLeft(t[k:], " \u3000"); len(rest) < len(t[k:]) && yearOpens(rest) {
		return len(t) - len(rest)
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	if !IsHan(r) || strings.ContainsRune("年月日号个项届次期条点万亿家所名人元种支批场篇季度周级类座处位岁份大组件张句字倍套", r) {
		return 0
	}
	return k
}

// bureauRe matches the office a bureau's paper names before what it is:
// 交通局 in 交通局上半年工作总结, 卫生健康委 in 某市卫生健康委关于印发…的通知,
// 石桥街道办事处 in 某区石桥街道办事处2031年…年度报告, 石桥街道 in 石桥街道
// 2031年半年度工作总结, 农林局 in 农林局 2031年工作计划 (a space a PDF put),
// 教育文化卫生健康局 in …局20XX年上半年工作总结, 水利局 in 水利局XX年工作情况报告,
// 交通局 in 市交通局全年总结 and 某局年终总结, 林业局 in 林业局第一季度汇报,
// a ministry (教育部关于印发…) or one of its departments (教育部某某司2031年
// 工作要点), and the office whose head speaks at a
// meeting (某市统计局局长某某在全市统计工作会议上的讲话, 某某部部长某某在…).
//
// The office's party group (党组, 机关党委, 党总支) may follow its name, as
// the body that wrote the paper (某县卫生健康局党组2031年工作总结); the
// office's 党委 ends in 委 already.
//
// The office's second name may follow in brackets (区农业农村局（乡村振兴局）
// 2031年…), and the half year without its 上 (县卫生局半年工作总结). A
// development zone's 管委会 is its office (某开发区管委会2031年…).
//
// A copy site may mask the year's last digits (水利局203*年…) or take its
// digits out (统计局年工作总结和年工作计划), and a title that opens with
// 关于 and the year names the office after it with 的 (关于2031年统计局
// 的工作汇报材料).
//
// A people's organization beside the government names itself so too, by
// its short name after its level or none (县妇联2031年上半年工作总结, 科协
// 工作总结, 某市残联…) or its full one (某县科学技术协会2031年…).
var bureauRe = mustLitRe(`^((?:\p{Han}{0,16}?(?:管委会|管理委员会|` + massOrgNames + `)|\p{Han}{1,14}?(?:部|委|总局|署)\p{Han}{2,12}?司|\p{Han}{2,16}?(?:局|委员会|委|厅|办公室|中心|办事处|部|街道))(?:机关党委|党组|党总支)?)\s*(?:[（(]\p{Han}{2,12}[）)]\s*)?(?:关于|20[0-9Xx*＊]{2}|[XxＸｘ×]{2,4}\s*年|二〇|上半年|下半年|半年|第?[一二三四1-4]季度|前三季度|年度|全年|年终|年(?:工作|[上下]半年)|的(?:工作|[上下]半年)|工作|部门(?:决算|预算)|“|副?(?:部长|局长|厅长|主任)\p{Han}{0,4}?在|$)`)

// massOrgNames lists the people's organizations beside the government by
// their short and full names: the women's federation (妇联), the science
// association (科协), the disabled persons' federation (残联), the trade
// unions (总工会, 工会), the federations of letters and arts (文联), of the
// social sciences (社科联), of returned overseas Chinese (侨联), of industry
// and commerce (工商联), and the Red Cross (红十字会).
const massOrgNames = `妇女联合会|科学技术协会|残疾人联合会|总工会|工会|文学艺术界联合会|社会科学界联合会|归国华侨联合会|工商业联合会|红十字会|妇联|科协|残联|文联|社科联|侨联|工商联`

// copyColumnTagRe matches a copy site's column tag before a title
// (【林业总结】, 【工作总结】); bracketedBureauRe a title that names its office
// in brackets at its end (…工作总结和工作要点（林业局）), the office in group 1.
var (
	copyColumnTagRe   = mustLitRe(`^【\p{Han}{2,8}】\s*`)
	bracketedBureauRe = mustLitRe(`(?:总结|计划|要点|报告|汇报|思路|打算|安排)\s*[（(]\s*(\p{Han}{2,14}?(?:局|委员会|委|办公室|管委会))\s*[）)]$`)
)

// maskedYearRe matches a year a copy site's template leaves blank at a
// title's start: xx年, XX年度, 20**年.
var maskedYearRe = mustLitRe(`^(?:19|20|２０)?[XxＸｘ×*＊]{2}\s*年度?\s*`)

// blankPlaceRe matches the blank a template leaves for its place before
// the level: X区, XX县, ××市, ＊＊镇, and 某 of a copy that hides the
// place (某县).
var blankPlaceRe = mustLitRe(`^(?:[XxＸｘ×＊*]{1,4}|某)(?:省|市|县|区|州|旗|镇|乡|街道)`)

// bylineOffice returns the office a byline under the title names, alone
// (市某某局) or first of two signing together, the second glued on once
// the space between them is gone: the county's bureau and the national
// bureau's survey team in it (某县统计局　国家统计局某某调查队), two
// bureaus of one place (某县教育局　某县财政局). "" when l is no byline.
func bylineOffice(l string) string {
	n := utf8.RuneCountInString(l)
	if n > 32 || !unitRe.MatchString(l) {
		return ""
	}
	m := unitRe.FindString(l)
	if m == l {
		if n <= 20 {
			return l
		}
		return ""
	}
	rest := l[len(m):]
	if strings.HasPrefix(l, "中共") || !coOfficeRe.MatchString(rest) {
		return ""
	}
	// the second opens with the first's place, or is the nation's
	if p := namedPlace(m); strings.HasPrefix(rest, "国家") || p != "" && strings.HasPrefix(rest, p) {
		return m
	}
	return ""
}

// officeOverTitle returns the office named alone on the last line before
// title's in the head of body, else "".
func officeOverTitle(body, title string) string {
	prev := ""
	for _, l := range strings.Split(headText(body, 1500), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if l == title {
			if u := bylineOffice(prev); u == prev && u != "" && !strings.HasSuffix(u, "办公室") {
				return u
			}
			return ""
		}
		prev = l
	}
	return ""
}

// footMarkRe matches a note's mark at the end of a headline: [1], ［1］, ①.
var footMarkRe = mustLitRe(`(?:\[\d{1,2}\]|［\d{1,2}］|[①②③④⑤⑥⑦⑧⑨])$`)

// coOfficeRe matches the second office of a byline signed by two.
var coOfficeRe = mustLitRe(`^\p{Han}{2,20}?(?:委员会|办公室|人民政府|局|委|办|厅|中心|工会|调查队|调查总队|联合会)$`)

// bureauOf returns the office title names as its author, without the
// place before it (县交通局 -> 交通局, 某市卫生健康委 -> 卫生健康委, a
// template's XX县农业农村局 -> 农业农村局), or "".
func bureauOf(title string) string {
	t := strings.TrimSpace(arabicYears(title))
	if m := copyColumnTagRe.FindString(t); m != "" {
		t = t[len(m):] // a copy site's column tag: 【林业总结】林业局…
	}
	if m := bracketedBureauRe.FindStringSubmatch(t); m != nil {
		// a copy site's title that names the office in brackets after
		// what the paper is: …工作总结和工作要点（林业局）
		t = m[1]
	}
	if rest, ok := strings.CutPrefix(t, "关于"); ok && leadYearRe.MatchString(rest) {
		t = rest // 关于2031年统计局的工作汇报材料: the year, then the office
	}
	t = leadYearRe.ReplaceAllString(leadMonthRe.ReplaceAllString(t, ""), "")
	t = maskedYearRe.ReplaceAllString(t, "") // a template's year: xx年卫生局…
	if m := blankPlaceRe.FindString(t); m != "" {
		t = strings.TrimPrefix(strings.TrimLeft(t, "XxＸｘ×＊*"), "某")
	}
	// A template for the offices of several levels (市、县交通运输局…):
	// the office, whichever level reads it.
	t = levelListRe.ReplaceAllString(t, "")
	t = firstOfJoint(t)
	m := bureauRe.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	b := m[1]
	if strings.HasPrefix(b, "各") {
		// the offices of many places or levels (各地卫健委工作计划汇总,
		// 各级民政部门…): a compilation's subject, not one author
		return ""
	}
	if pre, ok := strings.CutSuffix(b, "部"); ok {
		// …部 is a ministry or a party department (教育部, 组织部), not
		// cadres (党员干部) nor a part (内部, 西部).
		if r, _ := utf8.DecodeLastRuneInString(pre); strings.ContainsRune("干内外全局东西南北中上下前后本各", r) {
			return ""
		}
	}
	if chain := placeChainRe.FindString(b); strings.HasSuffix(chain, "城市") && strings.HasPrefix(b[len(chain):], "管理") {
		// The city management bureau's name opens with 城市, which reads
		// as a place after a level (县城市管理局 is 县 + 城市管理局, not
		// 县城市 + 管理局): only the level goes.
		b = strings.TrimPrefix(b, strings.TrimSuffix(chain, "城市"))
	} else if chain != "" && utf8.RuneCountInString(b[len(chain):]) >= 2 && b[len(chain):] != "街道" && b[len(chain):] != "街道办事处" &&
		!(genericZoneRe.MatchString(chain) && isCommittee(b[len(chain):])) {
		// (a street office named after a place keeps it: 某市街道; so does
		// a committee its zone named by the kind alone, which is no
		// place: 开发区管委会, 高新区管委)
		b = b[len(chain):]
	}
	if strings.HasSuffix(b, "管委") {
		b += "会" // 管委 is the 管委会's short name: 开发区管委年度总结
	}
	// A bare level before the office: 县教育和科技局, 区工信局 (but 市场监督管理局,
	// and a party committee's office, 县委办公室, 市委组织部, keeps its level).
	if r, size := utf8.DecodeRuneInString(b); strings.ContainsRune("省市县区州旗镇乡", r) && utf8.RuneCountInString(b) > 3 &&
		!strings.HasPrefix(b[size:], "场") && !strings.HasPrefix(b[size:], "域") && !strings.HasPrefix(b[size:], "委") {
		b = b[size:]
	}
	return b
}

// jointOfficeEndRe matches the end of an office's name: 局, 厅, 委, 委员会, 部,
// 办公室, 署, 司.
var jointOfficeEndRe = mustLitRe(`(?:局|厅|委|委员会|部|办公室|署|司)$`)

// partyOrganRe matches a party committee or one of its organs: 中共…,
// …工委, …党委, …党组, and a place's committee by its level (某市委).
var partyOrganRe = mustLitRe(`^中共|工委|党委|党组|[省市县区州旗盟]委$`)

// firstOfJoint returns t, a title or a line that may open with the names
// of two offices run together, as a joint paper's title names them once
// the space between goes (某部办公厅 某委办公厅关于…, 某市某局 某市财政局
// 关于…), with the first office alone before 关于: the second opens with a
// ministry's or commission's name or with a place the gazetteer knows, and
// the office named first leads the paper and numbers it. A party
// committee's organ named first yields to the department after it
// (中共某区委教育工委 某区教育局), as its signature does. t is returned as
// it is when it opens with one office.
func firstOfJoint(t string) string {
	for i := range t {
		if i > 0 && strings.HasPrefix(t[i:], "关于") || i > 120 {
			break
		}
		if r, _ := utf8.DecodeLastRuneInString(t[:i]); i == 0 || !strings.ContainsRune("局厅委会部室署司", r) || !jointOfficeEndRe.MatchString(t[:i]) {
			continue
		}
		rest := t[i:]
		second := false
		if p := placeRe.FindString(rest); p != "" && strings.HasPrefix(rest, p) && lookupPlace(p) != nil {
			second = true
		} else {
			for n := range nationalOffices {
				if strings.HasPrefix(rest, n) {
					second = true
					break
				}
			}
		}
		if !second {
			continue
		}
		if partyOrganRe.MatchString(t[:i]) {
			return rest
		}
		if j := strings.Index(rest, "关于"); j >= 0 {
			return t[:i] + rest[j:]
		}
		return t[:i]
	}
	return t
}

// schoolRe matches the school a school's plan or summary names before
// what it is: 柳溪小学 in 柳溪小学2031-2032学年度第二学期工作计划, 明湖二中 in
// 明湖二中2031-2032学年度学校工作计划, 某某师范学校附属小学 in …2031年度工作计划,
// 城关镇中心幼儿园 in …春季学期工作总结.
var schoolRe = mustLitRe(`^(\p{Han}{2,20}?(?:小学|中学|学校|幼儿园|[一二三四五六七八九十]中|[一二三四五六七八九十]小|附小|附中|完小|中心校))\s*(?:(?:19|20)[0-9]{2}|[XxＸｘ×]{2,4}\s*年|二〇|[上下]半年|年度|学年|(?:春季|秋季|春|秋|上|下|第[一二])学期|[春秋]季期|新学期|(?:学校)?(?:工作|德育|教学|安全|党建|教研))`)

// datedTitleBelow returns the line among the first four of body that is
// title with a year before it (2031县某局年终工作总结报告 under a copy site's
// headline 县某局年终工作总结报告范本): the paper's own title, which dates
// it; "" when title has a year, is a work report's, or no such line
// follows.
func datedTitleBelow(title, body string) string {
	t := strings.Join(strings.Fields(title), "")
	if k := kindOf(t, ""); titleYear(t) != 0 || k == "" || k == "政府工作报告" {
		return "" // (a work report's title is 政府工作报告; 2031年政府工作报告 is a headline)
	}
	seen := 0
	for _, l := range strings.SplitN(headText(body, 600), "\n", 12) {
		if l = strings.Join(strings.Fields(l), ""); l == "" {
			continue
		}
		if seen++; seen > 4 {
			break
		}
		if y := leadYearRe.FindString(l); y != "" && l[len(y):] == t {
			return l
		}
	}
	return ""
}

// schoolTitleBelow returns the first of the first three lines of text
// that is a school's title for a paper of kind k (某镇中学学校工作计划), or "".
func schoolTitleBelow(text, k string) string {
	seen := 0
	for _, l := range strings.SplitN(headText(text, 600), "\n", 12) {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		if utf8.RuneCountInString(l) <= 40 && kindOf(l, "") == k && schoolOf(l) != "" {
			return l
		}
	}
	return ""
}

// speaksElsewhere reports whether body, the school's own name taken out,
// names in full a place of the gazetteer outside county's city, and
// neither county, its city nor its province: a school named after a county
// elsewhere (建平实验小学 of a Shanghai district, not 建平县) whose text
// speaks of its own city (《上海市…手册》) is not that county's. A place
// word inside an organisation's name is no region unless the text speaks
// for that place too. Names are taken in full only: a short form is what
// the school's name is, and a word may hold one (共建平安校园).
func speaksElsewhere(body, school, county string) bool {
	province, city := PlaceChain(county)
	text := strings.ReplaceAll(body, school, "")
	short := strings.TrimSuffix(province, "省") // 辽宁 of 辽宁省
	if strings.Contains(text, county) || city != "" && strings.Contains(text, city) || province != "" && strings.Contains(text, province) || short != "" && short != province && strings.Contains(text, short) {
		return false
	}
	other := false
	walkPlaces(text, func(q place) {
		if q.name != county && q.city != city && strings.Contains(text, q.name) {
			other = true
		}
	})
	return other
}

// schoolDistrict returns the district of a municipality (上海市, 北京市)
// that a school's paper names, when it names one only (按黄浦区教育局工作要求,
// 金山区A级小学): a school's place is the district whose bureau runs it,
// the level a reader filters schools by, not the municipality the text
// names as often. "" when region is no municipality or the text names
// none or several of its districts.
func schoolDistrict(body, region string) string {
	if ds := lookupPlace(region); len(ds) != 1 || ds[0].level != 1 || !strings.HasSuffix(region, "市") {
		return ""
	}
	_, counties := namedPlaces(body)
	if len(counties[region]) != 1 {
		return ""
	}
	for c := range counties[region] {
		return c
	}
	return ""
}

// schoolNameRe matches a school's name by how it ends (某某小学, 某某八中,
// 某某中心校).
var schoolNameRe = mustLitRe(`\p{Han}(?:小学|中学|学校|幼儿园|[一二三四五六七八九十]中|[一二三四五六七八九十]小|附小|附中|完小|中心校)$`)

// schoolTermRe matches the school year or term a title may open with
// before the school's name (2031年春季学期明湖小学工作计划), the term also
// by the short name schools in the south give it (2031年春季期…, 秋季期).
var schoolTermRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*(?:-|—|–|－|~|～|至|到)\s*(?:19|20)[0-9]{2}\s*(?:学年度?|年度?)|(?:19|20)[0-9]{2}\s*年度?)?\s*(?:(?:春季|秋季|春|秋|上|下|第[一二])学期|[春秋]季期)?\s*`)

// genericSchoolRe matches a school named by its kind alone: 小学学校,
// 中学学校, 农村小学, 全县中小学校, 民办幼儿园.
var genericSchoolRe = mustLitRe(`^(?:全[省市县区镇乡]|各|我|本|乡村|农村|城区|城镇|民办|公办|普通|义务教育|中心)?(?:中小学|小学|中学|初中|高中|初级中学|高级中学|幼儿园|中小)?(?:学校|小学|中学|初级中学|高级中学|幼儿园|中心校)$`)

// bareSchoolKindRe matches a title that opens with a school's kind alone
// before the year or the work (小学2031-2032年工作计划, 中学学校工作计划),
// which schoolRe, wanting a name before the kind, does not: the kind in
// group 1.
var bareSchoolKindRe = mustLitRe(`^(小学|中学|初中|高中|幼儿园)(?:学校)?\s*(?:(?:19|20)[0-9]{2}|学年|(?:学校)?工作)`)

// schoolKindRe matches a school named by its kind alone, one school's
// (小学, 初级中学, 中学学校), not several's (中小学, 全县中小学校, 各学校),
// a class of schools' (农村小学, 民办幼儿园) nor any school's (学校): the
// kind in group 1.
var schoolKindRe = mustLitRe(`^(小学|中学|初中|高中|初级中学|高级中学|幼儿园)(?:学校)?$`)

// schoolOf returns the school a school's plan or summary names as its
// author, without the place before it (某市某区白衣堂小学 -> 白衣堂小学), or
// "". A title of a school of no name (小学学校工作计划, 新学期学校工作计划)
// names none.
func schoolOf(title string) string {
	_, school := schoolParts(title)
	return school
}

// schoolParts returns the place a school's plan or summary names before
// the school, when the gazetteer knows it (某市 of 某市白衣堂小学), and the
// school as schoolOf gives it.
func schoolParts(title string) (place, school string) {
	t := strings.TrimSpace(arabicYears(title))
	if m := copyColumnTagRe.FindString(t); m != "" {
		t = t[len(m):]
	}
	t = t[len(schoolTermRe.FindString(t)):]
	m := schoolRe.FindStringSubmatch(t)
	if m == nil {
		if m = bareSchoolKindRe.FindStringSubmatch(t); m != nil {
			return "", m[1] // 小学2031-2032年工作计划: a school of no name
		}
		return "", ""
	}
	b := m[1]
	if strings.Contains(b, "学期") || strings.Contains(b, "学年") {
		return "", "" // no name: 新学期学校
	}
	if genericSchoolRe.MatchString(b) {
		// A school of no name (小学学校, 初级中学) is issued by
		// its kind, as a bureau of no place is (教育局): one form for the
		// school papers a copy site strips of their names, where 初级中学
		// was read as a name and 小学 gave none (r78d, r79b: 3 files).
		// Several schools, a class of them or any school (中小学, 农村
		// 小学, 学校) give none.
		if m := schoolKindRe.FindStringSubmatch(b); m != nil {
			return "", m[1]
		}
		return "", ""
	}
	return schoolName(b)
}

// ordinalSchoolRe matches a school named by its number alone after its
// place (第二中学 of 某市第二中学, 第一小学): the place is part of its name.
var ordinalSchoolRe = mustLitRe(`^第[一二三四五六七八九十]{1,3}(?:中学|小学|初级中学|高级中学|完全中学)$`)

// schoolName splits a school's name b into the place the gazetteer knows
// before it, which goes to the region (某区白衣堂小学), and the school: a
// place it does not know stays in the school's name, and so does one
// before a number alone (枣庄市第二中学 is that school's name, 第二中学
// every city's).
func schoolName(b string) (place, school string) {
	if chain := placeChainRe.FindString(b); chain != "" && utf8.RuneCountInString(b[len(chain):]) >= 4 && lookupPlace(chain) != nil {
		if ordinalSchoolRe.MatchString(b[len(chain):]) {
			return chain, b
		}
		return chain, b[len(chain):]
	}
	return "", b
}

// schoolNameLineRe matches a line that is a school's name alone, as the
// byline under a paper's title gives it (某市第二中学).
var schoolNameLineRe = mustLitRe(`^\p{Han}{2,18}(?:小学|中学|学校|幼儿园)$`)

// schoolByline returns the school's full name a line among the first of
// text gives alone (the byline 枣庄市第二中学 under a title that says
// 枣庄二中), when school is its short form: the same first character, and
// the short name's characters in its order; "" otherwise.
func schoolByline(text, school string) string {
	seen := 0
	for _, l := range strings.SplitN(headText(text, 600), "\n", 12) {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if seen++; seen > 4 {
			break
		}
		full, short := []rune(l), []rune(school)
		if schoolNameLineRe.MatchString(l) && len(full) > len(short) && full[0] == short[0] && inOrder(short, full) {
			_, name := schoolName(l)
			return name
		}
	}
	return ""
}

// isCommittee reports whether b is an administrative committee's name,
// full or short: 管委会, 管理委员会, 管委.
func isCommittee(b string) bool {
	return b == "管委会" || b == "管理委员会" || b == "管委"
}

// subjectBureauRe finds an office as the subject of a paragraph's opening
// sentence after its year: 2031年，市卫生健康委以…, 2031年以来，县交通运输局坚持…,
// or after the half year it reviews: 上半年，某县卫生局在…, 今年上半年，县水利局坚持….
// The office may act on a rule or a plan: 2031年，某区人社局根据《…条例》….
// The year may follow 在 (在2031年，某局在…), and a template may hold its
// place with letters (2031年，XX区民政局以…). A quarter's review opens so
// too (四季度以来，区农业农村局紧扣…). The office may first say it carries
// out its superiors' decisions (今年以来，某区民政局坚决落实…). The year may
// first be said to be one of note (2031年，是极不平凡的一年，某区卫生健康局
// 围绕…). The sentence
// may follow another in its paragraph (…的奋进之年。2032年，某区教育局将以…),
// tell what the office will do (将以, 将坚持), or have the office's
// disclosure work for its subject (2031年，市民政局政务公开工作在…). The
// office may come after the bodies that led and guided it (今年来，在区委、
// 区政府的坚强领导下，在市局的悉心指导下，区应急管理局以…). A template
// or a copy site may mask the year as it masks the place (xxxx年，xx县司法局
// 在…领导下…深入贯彻…, 20xx年，某局…), and the office may hold to its aim
// (今年来，区文旅局秉承…的宗旨).
var subjectBureauRe = mustLitRe(`(?m)(?:^|。)(?:在?(?:(?:(?:19|20)[0-9]{2}|(?:19|20|２０)?[XxＸｘ×*＊]{2}|[XxＸｘ×*＊]{4})\s*年|今年)(?:以来|来|上半年|下半年)?|上半年|下半年|第?[一二三四]季度(?:以来)?)[，,]\s*(?:是[^，,。；]{2,24}?的一年[，,]\s*)?(?:在[^，,。；]{2,30}?(?:领导|指导|支持|监督)下[，,]\s*){0,3}((?:[XxＸｘ×*＊]{1,3})?\p{Han}{2,14}?(?:局|委员会|委))(?:(?:政务公开|政府信息公开|信息公开)工作)?将?(?:以|坚持|坚决|在|紧紧|紧扣|深入|全面|认真|始终|根据|按照|围绕|聚焦|立足|秉承)`)

// shortStreetOwn reports whether subject, a town or a street townSubjectRe
// found, is the paper's own: a town, a street by its full name, or a
// street by its short name (某某街) whose text calls itself the whole
// street (全街干部群众), as a road's name never is.
func shortStreetOwn(subject, head string) bool {
	return !strings.HasSuffix(subject, "街") || strings.Contains(head, "全街")
}

// townSubjectRe finds a town or a street as the subject of a paragraph's
// opening sentence after the time it reviews: 一年来，某某街道深入贯彻…,
// 2031年，某某镇坚持…, 今年以来，某某乡人民政府围绕…, maybe after who
// led it (今年以来，在县委、县政府的坚强领导下，某某街道深入贯彻…). A
// street may call itself by its short name (2031年，某某街团结带领全街…).
var townSubjectRe = mustLitRe(`(?m)^(?:(?:19|20)[0-9]{2}\s*年(?:以来)?|一年来|今年以来|过去的一年)[，,]\s*(?:在[^，,。；]{2,40}?下[，,]\s*)?(\p{Han}{2,8}?(?:街道|镇|乡|苏木|街))(?:人民政府|政府|办事处|党委政府|党委、政府|党委和政府|党工委、办事处|党工委和办事处|党工委办事处)?(?:以|坚持|在|紧紧|深入|全面|认真|始终|根据|按照|围绕|聚焦|立足|上下|团结|带领)`)

// streetStartRe finds a street named in full where a sentence, a clause or
// a heading starts, or after 中共 (，某某街道召开…, ——某某街道…, 中共某某
// 街道委员会): the name in group 1. A verb may start a clause too (，确保
// 街道…), which ownStreet tells apart.
var streetStartRe = mustLitRe(`(?m)(?:^|[\s，。、；：！？“”《》（）—…,;:!?()]|中共)(\p{Han}{2,3})街道`)

// streetVoiceRe matches the words of a street's own paper: its party
// working committee or its office called by the level alone (。街道党工委,
// 在街道党工委的领导下), not after a street's name (某某街道办事处主任 of a
// county's list of guests), or the street as a whole (全街道, 本街道).
var streetVoiceRe = mustLitRe(`(?:^|[^\p{Han}]|在|由)街道(?:党工委|办事处)|[全本我]街道`)

// ownStreet returns the street (某某街道) a text speaks as: it speaks as a
// street (streetVoiceRe) and names one street, and no other, where a
// sentence or a heading starts, and names it twice at least, as a verb
// before the word (，确保街道全面完成) is not; the name's first character
// is not one that opens a word for the whole (全, 各, 本). A text that
// speaks to several streets or towns (各街道, 镇街, 各镇) is a county's or a
// district's, and names none of its own.
func ownStreet(text string) string {
	if !streetVoiceRe.MatchString(text) || strings.Contains(text, "各街道") || strings.Contains(text, "镇街") || strings.Contains(text, "各镇") || strings.Contains(text, "各乡") {
		return ""
	}
	found := ""
	for _, m := range streetStartRe.FindAllStringSubmatch(text, -1) {
		name := m[1] + "街道"
		if strings.ContainsRune(notTownStart, firstRune(m[1])) || strings.Contains(m[1], "社区") || strings.Count(text, name) < 2 {
			continue
		}
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// townSessionLedeRe finds a news lede that opens with the day (its year
// before it or not, the part of the day after it) and a town's congress in
// session: 2031年3月8日，某某镇第五届人民代表大会第三次会议…, 3月9日上午，
// 某某乡召开第十届人民代表大会…. The town in group 1.
var townSessionLedeRe = mustLitRe(`(?m)^(?:(?:19|20)[0-9]{2}\s*年)?\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?:上午|下午|晚上?)?\s*[，,]\s*(\p{Han}{2,8}?(?:镇|乡|苏木))(?:隆重|胜利)?(?:召开|举行)?第[一二三四五六七八九十]{1,3}届人民代表大会`)

// compilerBureauRe finds the office an annual report's opening says
// compiled it: 由某局根据…编制, 由某局结合有关统计数据编制, or with nothing
// between (…要求，由某县教育局编制).
var compilerBureauRe = mustLitRe(`由\s*(\p{Han}{2,20}?(?:局|委员会|委))\s*(?:(?:根据|依据|按照|结合)[^。]{0,150}?)?编制`)

// practiceBureauRe finds the office an annual report's opening names as
// the one whose disclosure it reports on, in the clause that says what the
// report draws on: 根据《条例》…要求，结合2031年某市教育和体育局政府信息公开
// 工作实际，编制发布本报告. The office in group 1; the writer's own word
// for itself (本局, 我局) names none.
var practiceBureauRe = mustLitRe(`结合\s*(?:(?:19|20)\d{2}\s*年度?)?([^\s本我，。；、\p{P}]\p{Han}{1,19}?(?:局|委员会|委))\s*(?:(?:19|20)\d{2}\s*年度?)?(?:政府信息公开|政务公开|信息公开)工作(?:的)?实际`)

// presentedBureauRe finds an opening that presents the report as an
// office's: 现将某市教育局2031年度政府信息公开工作报告如下, or a summary as
// the writer's own office's, named by its level after 我 (现将我县教育局2031年
// 度主要工作完成情况…汇报如下).
//
// The office in group 2; the level of the writer's own place in group 1
// (县 of 我县教育局), for an office named by it.
var presentedBureauRe = mustLitRe(`现将\s*(?:我([市县区州旗镇乡]))?(\p{Han}{2,20}?(?:局|委员会|委))\s*(?:19|20)\d{2}\s*年度?(?:[^。]{0,40}?报告(?:如下|向社会公布)|[^。]{0,60}?(?:汇报|总结)如下)`)

// publishedBureauRe finds the office an annual report's opening publishes
// the report as: 现公布区统计局2031年政府信息公开工作年度报告, 特向社会公布
// 某市统计局2031年政府信息公开情况, 特编制并向社会公布某区民政局2031年度…
// 报告如下, or the year first and the office after it, as the report's own
// name reads (特公布2031年某市人力资源和社会保障局信息公开工作年度报告):
// there the office must be followed by the disclosure it reports on, so
// that a committee's short name (区委) before other words is not taken.
// The office in group 1 or group 2.
var publishedBureauRe = mustLitRe(`(?:现|特)(?:编制并)?(?:向社会)?公布\s*(?:(\p{Han}{2,20}?(?:局|委员会|委))\s*(?:19|20)\d{2}\s*年度?[^。]{0,30}?(?:报告|情况)|(?:19|20)\d{2}\s*年度?\s*(\p{Han}{2,20}?(?:局|委员会|委))(?:政府信息公开|政务公开|信息公开)[^。]{0,20}?(?:报告|情况))`)

// purposeBureauRe finds an annual report's opening that names the office
// in the purpose of the work it reports on, then speaks as it: 为认真做好
// 某市卫生健康局政府信息公开工作，我局按照…. The office must be the one
// whose disclosure is meant, right before it, and the writer must call
// itself by the same kind of office (我局 after …局, 我委 after …委员会),
// so that a superior office the work follows (为落实市局部署…) is not
// taken. The office in group 1, the writer's word for itself in group 2.
var purposeBureauRe = mustLitRe(`(?:^|[。\n])\s*为了?(?:认真|进一步|切实|全面|更好地?)?(?:做好|推进|推动|落实|加强|规范)\s*(\p{Han}{2,20}?(?:局|委员会|委))(?:(?:19|20)\d{2}\s*年度?)?(?:政府信息公开|政务公开|信息公开)工作\s*[，,]\s*(?:我|本)(局|委)`)

// innerBodyRe matches, after a bureau's or a government's name in a title,
// a body inside it that wrote the paper: its party group or committee (党组,
// 党委, 机关党委, 党总支) or an office (办公室), then what the title goes on
// with (a year, 上半年, 工作, 关于…), the body in group 1. A head of it
// (党组书记) is a person, not a body.
var innerBodyRe = mustLitRe(`^(机关党委|党组|党委|党总支|办公室)\s*(?:(?:19|20)[0-9]{2}|[XxＸｘ×]{2,4}\s*年|二〇|上半年|下半年|半年|年度|全年|年终|工作|关于)`)

// levelListRe matches the levels but the last of a list before an office
// (市、县, 省、市、县): 市、县交通运输局 leaves 县交通运输局.
var levelListRe = mustLitRe(`^(?:[省市县区州旗镇乡]\s*[、，,/]\s*)+`)

// headText returns the first n bytes of s at most, cut at a character's
// start.
func headText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// cnYearRe matches a year written in Chinese digits (二〇二六年, 一九五八年).
var cnYearRe = mustLitRe(`[〇零○一二三四五六七八九]{4}年`)

// arabicYears returns s with its years in Chinese digits written in Arabic
// ones (二〇二六年政府工作报告 -> 2026年政府工作报告), so that a title or a
// file name gives its year in either writing.
func arabicYears(s string) string {
	if !strings.Contains(s, "年") {
		return s
	}
	return cnYearRe.ReplaceAllStringFunc(s, func(m string) string {
		if y := ParseYear(m); y != 0 {
			return itoa(y) + "年"
		}
		return m
	})
}

// titleYear returns the year a title (or a header's field) names, in
// Arabic or Chinese digits; 0 for none.
func titleYear(title string) int {
	title = splitSchoolYear(title)
	if schoolYearRe.MatchString(title) && kindOf(title, "") == "" {
		// A headline naming a school year (召开2031-2032学年度…工作会)
		// spans two: it dates the news by neither. (A school year's plan
		// or summary is of the year it starts.)
		return 0
	}
	t := arabicYears(title)
	if m := springTermRe.FindStringSubmatch(t); m != nil && atoi(m[2]) == atoi(m[1])+1 {
		// A school's plan or summary for the second term of a school
		// year (2031-2032学年度第二学期…) is of the spring that term
		// lies in, the school year's second.
		return atoi(m[2])
	}
	if m := oneYearSpringTermRe.FindStringSubmatch(t); m != nil {
		// …also when the school year is named by its first year alone,
		// as Shanghai's schools name it (2031学年第二学期 is the term
		// from February 2032): the second term is of the next year.
		return atoi(m[1]) + 1
	}
	if m := yearRe.FindStringSubmatch(t); m != nil {
		return atoi(m[1])
	}
	return 0
}

// gluedSchoolYearRe matches a school year whose two years lost the dash
// between them (20312032学年度), the years in groups 1 and 2.
var gluedSchoolYearRe = mustLitRe(`((?:19|20)[0-9]{2})((?:19|20)[0-9]{2})(\s*学年)`)

// splitSchoolYear returns title with a school year whose dash was lost
// (20312032学年度学校工作计划) written with it again (2031-2032学年度…),
// when the second year follows the first.
func splitSchoolYear(title string) string {
	return gluedSchoolYearRe.ReplaceAllStringFunc(title, func(m string) string {
		g := gluedSchoolYearRe.FindStringSubmatch(m)
		if atoi(g[2]) != atoi(g[1])+1 {
			return m
		}
		return g[1] + "-" + g[2] + g[3]
	})
}

// schoolYearRe matches a school year a title names (2031-2032学年度,
// 2031至2032学年).
var schoolYearRe = mustLitRe(`(?:19|20)[0-9]{2}\s*(?:-|—|–|－|~|～|至|到)\s*(?:19|20)[0-9]{2}\s*学年`)

// springTermRe matches a school year's second term a title names, the
// years of the school year in groups 1 and 2: 2031-2032学年度第二学期,
// 2031~2032学年下学期, 2031-2032年度第二学期 (a school year written as two
// years), 2031-2032学年春季学期.
var springTermRe = mustLitRe(`((?:19|20)[0-9]{2})\s*(?:-|—|–|－|~|～|至|到)\s*((?:19|20)[0-9]{2})\s*(?:学年度?|年度?)?\s*(?:第二学期|下学期|下半学期|春季学期|春学期)`)

// oneYearSpringTermRe matches the second term of a school year named by
// its first year alone (2031学年第二学期, 2031学年度下学期), not the end of
// a school year written with both (2030-2031学年第二学期, springTermRe's):
// the year in group 1.
var oneYearSpringTermRe = mustLitRe(`(?:^|[^0-9\-—–－~～/至到])((?:19|20)[0-9]{2})\s*学年度?\s*(?:第二学期|下学期|下半学期|春季学期|春学期)`)

// planDatedRe matches a title that dates only the plan after its summary
// (某局工作总结及2032年度工作计划), also when a template left the summary's
// year blank (某局关于20xx年某某工作总结及2032年某某工作计划); group 1 is the
// plan's year.
var planDatedRe = mustLitRe(`^[^0-9]*(?:(?:19|20|２０)?[XxＸｘ×*＊]{2}\s*年度?[^0-9]*)?总结\s*(?:及|和|与|暨|、)\s*((?:19|20)[0-9]{2})\s*年`)

// undatedPlanAfterSummaryRe matches a title that dates its summary and the
// plan after it by one year only, before both (2031年某局工作总结及工作计划,
// …工作总结和下一步工作打算).
var undatedPlanAfterSummaryRe = mustLitRe(`^[^0-9]*(?:19|20)[0-9]{2}\s*年[^0-9]*总结\s*(?:及|和|与|暨|、)\s*(?:下一步|下年度?|明年|来年)?\s*(?:工作)?(?:计划|安排|打算|思路)`)

// yearWorkPartRe matches a part's heading that names the year of the work it
// reviews: 一、2031年教育工作, 一、2031年工作回顾, 一、2031年度主要工作.
var yearWorkPartRe = mustLitRe(`(?m)^\s*[一二三四五六七八九十]{1,2}\s*[、．.]\s*((?:19|20)[0-9]{2})\s*年度?[^\n。，；]{0,12}?(?:工作|回顾|成效|情况)`)

// postedSummaryYear returns the year a summary and plan sums up when its
// title dates both by a later year only (2033年某局工作总结及工作计划) and the
// text says twice that it sums up an earlier one: its opening sentence's time
// (2031年，…) and its first part's heading (一、2031年某某工作), or says so
// once in that heading under an opening that names the year only as this
// one (今年以来，…). A copy site dates such a paper by the year it posted it.
// 0 otherwise.
func postedSummaryYear(title, body string) int {
	if !undatedPlanAfterSummaryRe.MatchString(title) || halfYearTitle(title) {
		return 0
	}
	y, opened := titleYear(title), openingYear(body)
	m := yearWorkPartRe.FindStringSubmatch(headText(body, 3000))
	if m == nil {
		return 0
	}
	if opened == 0 && thisYearOpening(body) {
		// An opening that names the year only as this one (今年以来，…)
		// leaves the first part's heading to say which (一、2031年完成的
		// 主要工作).
		opened = atoi(m[1])
	}
	if opened == 0 || opened >= y || atoi(m[1]) != opened {
		return 0
	}
	return opened
}

// thisYearOpeningRe matches an opening sentence that speaks of the year it
// sums up as this one, naming no year: 今年以来，…, 今年，…, 本年度，….
var thisYearOpeningRe = mustLitRe(`^\s*(?:今年|本年度?)(?:以来)?\s*[，,]`)

// thisYearOpening reports whether one of the first lines of body opens
// with a sentence that calls the year it sums up this year (今年以来，…).
func thisYearOpening(body string) bool {
	return openingMatches(body, 2000, thisYearOpeningRe)
}

// openingMatches reports whether one of the first three lines of body
// that hold text, within its first chars bytes (headText), matches re.
func openingMatches(body string, chars int, re litRe) bool {
	n := 0
	for _, l := range strings.Split(headText(body, chars), "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if re.MatchString(l) {
			return true
		}
		if n++; n == 3 {
			break
		}
	}
	return false
}

// titleYearsRe matches the years a title names, with 年 or 年度 after them.
var titleYearsRe = mustLitRe(`(?:19|20)[0-9]{2}\s*年度?`)

// restatedTitleYear returns the year of a line among the first of head that
// gives title again in the same words but dated earlier (a copy site's
// headline 2034年度某局上半年工作总结 over the paper's own title 2033年度某局
// 上半年工作总结, or its note 下面是小编为大家整理的2033年度…，供大家参考),
// its copy tags aside; 0 when no line does. A site moves a paper's year on
// to the year it posts it, never back.
func restatedTitleYear(title string, head []string) int {
	y := titleYear(title)
	if y == 0 {
		return 0
	}
	bare := func(t string) string {
		t = strings.TrimSpace(fullTextRe.ReplaceAllString(copyTagRe.ReplaceAllString(strings.TrimSpace(t), ""), ""))
		return strings.Join(strings.Fields(titleYearsRe.ReplaceAllString(t, "")), "")
	}
	key := bare(title)
	if utf8.RuneCountInString(key) < 4 {
		return 0
	}
	lines := append([]string(nil), head[:min(len(head), 12)]...)
	if t := copyNoteTitle(head); t != "" {
		lines = append(lines, t)
	}
	titled := false
	for _, l := range lines {
		l = arabicYears(normLine(l))
		if titled && strings.HasSuffix(l, "。") {
			// The text below the title has begun: a title after it is a
			// later piece's (a collection's 2030年工作总结 after the
			// 2031 one), no restatement of this one.
			break
		}
		if utf8.RuneCountInString(l) > 60 {
			continue
		}
		ly := titleYear(l)
		if ly == y && bare(l) == key {
			titled = true
		}
		if m := bareYearRe.FindStringSubmatchIndex(l); m != nil && !titleYearsRe.MatchString(l) {
			// A file name writes the year with no 年 after it
			// (2033教育体育局上半年工作总结): the same words as the title's.
			l = l[:m[3]] + "年" + l[m[3]:]
		}
		if ly != 0 && ly < y && y-ly <= 3 && bare(l) == key {
			return ly
		}
	}
	return 0
}

// bareYearRe matches a year written as a file name writes it, the digits
// then at once the name's words with no 年 (2033教育体育局…, 某局2033上半
// 工作总结): group 1 is the year.
var bareYearRe = mustLitRe(`(?:^|[^0-9])((?:19|20)[0-9]{2})\p{Han}`)

// unnamedTitleYear returns the year a summary's text opens with (2032年，…)
// when it is up to three years before the one its title names and no line
// of the text but a headline (a short line that names the paper's kind)
// names the title's year; 0 otherwise. A summary names the year it sums
// up; a copy site's headline may carry the year it posted the paper instead.
func unnamedTitleYear(title, body string) int {
	y, opened := titleYear(title), openingYear(body)
	if y == 0 || opened == 0 || opened >= y || y-opened > 3 {
		return 0
	}
	ys := itoa(y)
	for _, l := range strings.Split(arabicYears(foldDigits(body)), "\n") {
		if !strings.Contains(l, ys) {
			continue
		}
		if l = strings.TrimSpace(l); utf8.RuneCountInString(l) <= 60 && titleYear(l) == y && (kindOf(l, "") != "" || briefingKind(l) != "") {
			continue // the headline, once more or in the site's own words
		}
		return 0
	}
	return opened
}

// summaryPlanRe matches a title that dates its summary and the plan after
// it (2031年某局工作总结及2032年工作计划); groups 1 and 2 are their years.
var summaryPlanRe = mustLitRe(`^[^0-9]*((?:19|20)[0-9]{2})\s*年[^0-9]*总结\s*(?:及|和|与|暨|、)\s*((?:19|20)[0-9]{2})\s*年(?:度)?(?:工作)?(?:计划|安排|打算|思路|要点)`)

// samePlanYear returns the year of a title's annual summary and plan when
// both are dated the same year, 0 otherwise (or when it is a half year's).
func samePlanYear(title string) int {
	m := summaryPlanRe.FindStringSubmatch(title)
	if m == nil || m[1] != m[2] || halfYearTitle(title) || strings.Contains(title, "季度") {
		return 0
	}
	return atoi(m[1])
}

// maskedPlanYearRe matches a sentence that opens on a masked year (20xx年,
// xxxx年) and calls it a five-year plan's first or last (20xx年是…“十四五”
// 开局之年, xxxx年是…“十三五”规划的收官之年): the plan's number after 十
// in group 1, the word for first or last in group 2.
var maskedPlanYearRe = mustLitRe(`(?m)(?:^|。)\s*(?:(?:19|20|１９|２０)[XxＸｘ×*＊]{2}|[XxＸｘ×*＊]{4})\s*年(?:是|，|,)[^。\n]{0,40}?十([一二三四五六])五”?(?:规划|时期)?(?:的)?(开局之年|开局年|起步之年|第一年|收官之年|收官年|最后一年)`)

// maskedPlanYear returns the year text's masked year stands for by the
// five-year plan it opens or closes (maskedPlanYearRe), 0 for none.
func maskedPlanYear(text string) int {
	m := maskedPlanYearRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	y := fivePlanStart(m[1])
	if !strings.HasPrefix(m[2], "开局") && m[2] != "起步之年" && m[2] != "第一年" {
		y += 4
	}
	return y
}

// namesYear reports whether text names year y in digits, Arabic,
// full-width or Chinese (2031年, ２０３１, 二〇三一年, 2031-2033), not as a
// part of a longer number.
func namesYear(text string, y int) bool {
	t, ys := foldDigits(arabicYears(text)), itoa(y)
	for i := strings.Index(t, ys); i >= 0; {
		j := i + len(ys)
		if (i == 0 || !isDigit(rune(t[i-1]))) && (j == len(t) || !isDigit(rune(t[j]))) {
			return true
		}
		k := strings.Index(t[j:], ys)
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// bodyYear returns the year the body mentions most, ranges and targets
// aside; ties go to the later year.
// openingYearRe matches a paragraph that opens with its year as the
// sentence's time: 2031年，…, 2031年以来，…, 2031年上半年，…; or as its
// subject, as a year's summary opens on what the year was (2031年是本届
// 政府的开局之年，…).
var openingYearRe = mustLitRe(`^\s*((?:19|20)[0-9]{2})\s*年(?:以来|上半年|下半年|度)?\s*(?:[，,]|是)`)

// openingYear returns the year one of the first three lines of body opens
// with (after a salutation, 各位领导：), or 0.
func openingYear(body string) int {
	n := 0
	for _, l := range strings.SplitN(headText(body, 2000), "\n", 12) {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if m := openingYearRe.FindStringSubmatch(l); m != nil {
			return atoi(m[1])
		}
		if n++; n == 3 {
			break
		}
	}
	return 0
}

// termOpenedRe matches a closing report's account of when its term
// began: the year of the session that opened it (2031年县第十四届人民代表
// 大会第一次会议以来) or the year the government took office (本届政府自
// 2031年1月就职以来); the year in group 1 or 2.
var termOpenedRe = mustLitRe(`((?:19|20)[0-9]{2})\s*年\p{Han}{0,12}?第[一二三四五六七八九十]{1,3}届人民代表大会第一次会议以来|本届\p{Han}{0,2}政府(?:自|于|从)?((?:19|20)[0-9]{2})\s*年[0-9]{0,2}月?就职`)

// termReviewYear returns the year a closing report is of, when text says
// when the term began and reviews the five years since (过去五年, 五年来):
// five years after; 0 otherwise.
func termReviewYear(text string) int {
	m := termOpenedRe.FindStringSubmatch(text)
	if m == nil || !strings.Contains(text, "过去五年") && !strings.Contains(text, "五年来") {
		return 0
	}
	return atoi(m[1]+m[2]) + 5
}

// baselineLeadRe and baselineTailRe match the words around a year that is
// the baseline a figure is compared with, not a year the text is of: 是
// 1992年的4.7倍, 比1980年增长一倍, 由2025年的18.2%提高到…, 相当于2020年末的.
var (
	baselineLeadRe = mustLitRe(`(?:是|比|较|由|相当于)$`)
	baselineTailRe = mustLitRe(`^(?:末|底|同期)?(?:的|增|减|提高|下降|翻|多|少)`)
)

// dueLeadRe and dueTailRe match the words round a year that is a
// project's due date: expected or meant to be done (预计, 计划于, 力争) by a
// month of that year (预计2032年10月末竣工, 计划于2032年6月底前建成).
var (
	dueLeadRe = mustLitRe(`(?:预计|计划|将|力争|争取|确保)(?:于|在|到)?$`)
	dueTailRe = mustLitRe(`^[0-9]{1,2}\s*月[^，。；,;]{0,6}?(?:竣工|完工|建成|交付|投入使用|投用|开工)`)
)

func bodyYear(body string) int {
	counts := map[int]int{}
	for _, m := range bodyYearRe.FindAllStringSubmatchIndex(body, -1) {
		before := body[:m[0]]
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " "))
		if strings.ContainsRune("-—–~～至到", r) {
			continue
		}
		after := strings.TrimLeft(body[m[1]:], " ")
		if r2, _ := utf8.DecodeRuneInString(after); strings.ContainsRune("-—–~～至", r2) {
			continue
		}
		if strings.HasSuffix(before, "到") || strings.HasSuffix(before, "截至") {
			continue
		}
		if baselineLeadRe.MatchString(before) && baselineTailRe.MatchString(after) {
			continue // 是1992年的4.7倍, 比1980年增长: the baseline of a comparison
		}
		if dueLeadRe.MatchString(before) && dueTailRe.MatchString(after) {
			continue // 预计2032年10月竣工: a project's due date, after the text's year
		}
		if strings.HasPrefix(after, "度") && yearResultRe.MatchString(clauseAfter(after)) {
			// 在2031年度全市考核中…被评为优秀单位, 2031年度…排名第三: a
			// year's ranking is told once the year is over, in a paper of
			// a later year (the next one's first-quarter report)
			counts[atoi(body[m[2]:m[3]])+1]++
			continue
		}
		counts[atoi(body[m[2]:m[3]])]++
	}
	best, bestN := 0, 0
	for y, n := range counts {
		if n > bestN || n == bestN && y > best {
			best, bestN = y, n
		}
	}
	return best
}

// yearResultRe finds, in the clause after a year's 年度, the result of
// that year's assessment or ranking: 被某某评为, 获评, 荣获, 排名第三,
// 名列全市前列, 位列.
var yearResultRe = mustLitRe(`评为|获评|荣获|排名(?:第|全|前)|名列|位列`)

// clauseAfter returns the head of s up to the end of its clause (。；;！),
// at most 200 bytes.
func clauseAfter(s string) string {
	if len(s) > 200 {
		s = s[:200]
	}
	if i := strings.IndexAny(s, "。；;！"); i >= 0 {
		s = s[:i]
	}
	return s
}

// reviewsRe matches a title's word for a review of past work: 总结 (and
// its short form 工作小结), the 完成情况 of a year's targets or work, or
// how the work went (上半年工作开展情况和下半年工作打算, 重点工作推进情况,
// 2031年工作情况及2032年工作思路: the year's 工作情况 before the next
// one's plan).
var reviewsRe = mustLitRe(`总结|工作小结|完成情况|(?:开展|进展|推进)情况|工作情况\s*(?:及|和|与|暨|以及)`)

// requestedSummaryRe matches an opening that cites the notice asking for a
// summary and sends it: 根据…《关于报送2031年工作总结和2032年工作思路的
// 通知》要求，现将我局相关材料汇报如下.
var requestedSummaryRe = mustLitRe(`报送[^《》。]{0,24}?工作总结[^《》。]{0,30}?的通知》?\s*(?:精神|要求|安排)?\s*[，,]?\s*现将[^。；]{0,24}?(?:汇报|报告|报送|上报|呈报)如下`)

// dateStampLeadRe matches a copy site's date stamp before a headline, the
// day's eight digits and a colon: 20311218:.
var dateStampLeadRe = mustLitRe(`^(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]\s*[：:]\s*`)

// studiesReportRe matches a headline of a study or exam-training page on
// a work report, the report's name and what the page does with it: its
// reading (解读, 学习笔记, 心得体会), its analysis (写作框架分析, 逐段解析),
// its points for an exam (知识点, 考点, 看点, 金句, 试题).
var studiesReportRe = mustLitRe(`政府工作报告》?\s*[：:—｜|\-]*\s*(?:\p{Han}{0,6}?)(?:解读|写作框架|框架分析|结构分析|逐段解析|学习笔记|学习心得|心得体会|知识点|考点|看点|金句|要点梳理|试题|问答)`)

// reportExplainedRe matches a title that explains a work report rather
// than prints it: the report's name, a note on its draft, and the
// explanation (政府工作报告（征求意见稿）起草说明, 政府工作报告起草情况的说明).
var reportExplainedRe = mustLitRe(`政府工作报告》?\s*(?:[（(][^（）()]{1,10}[）)])?\s*的?\p{Han}{0,6}?说明$`)

// reportMakingRe matches a headline that tells how a work report was
// made: the report's name, then its backstage (…政府工作报告出炉幕后,
// …政府工作报告背后：…, …政府工作报告的起草过程是…, …政府工作报告诞生记).
// Such a story is news of the report; the report's own account of its
// drafting is titled as an explanation (reportExplainedRe).
var reportMakingRe = mustLitRe(`政府工作报告》?\s*的?\p{Han}{0,2}?(?:幕后|背后|诞生记|起草过程)`)

// budgetReportRe matches a title's words for a budget or a final-accounts
// report (…预算执行情况和…预算草案的报告, …决算（草案）的报告).
var budgetReportRe = mustLitRe(`(?:预算(?:执行情况|\s*[（(]?草案)|决算)[^，。；]{0,12}报告$`)

// commissionedRe finds an opening that presents a paper on the government's
// commission (受县人民政府委托，现将…报告如下).
var commissionedRe = mustLitRe(`受\p{Han}{0,8}?人民政府(?:的)?委托`)

// budgetOffice returns the finance office that delivers a budget or a
// final-accounts report on the government's commission, none of its lines
// naming it (受县人民政府委托，现将我县…预算草案报告如下, …我局坚持…): the
// finance office of the place (财政局; a province's 财政厅), or "".
func budgetOffice(d *Document, region string) string {
	if d.Kind == "政府工作报告" || !budgetReportRe.MatchString(d.Title) || bureauOf(d.Title) != "" {
		return ""
	}
	head := headLines(d.Body, 12)
	if officeUnderDateLine(head) != "" || !commissionedRe.MatchString(strings.Join(head, "\n")) {
		return ""
	}
	switch {
	case region == "全国":
		return "财政部"
	case strings.HasSuffix(region, "省") || strings.HasSuffix(region, "自治区"):
		return "财政厅"
	}
	return "财政局"
}

// commissionedOffice returns the office, and where it was read, that delivers a plan or a budget
// report on the government's commission (受区人民政府委托，现将…报告如下)
// when the title block names it, or "". The office is the one its head's
// line names (某区发展和改革局局长 某某) or the office's own line above the
// greeting (某市发展和改革委员会). Such a report is the office's paper: its
// head signs and delivers it, and a reader who follows an office's papers
// expects its plan or budget report; the government is the issuer of what
// it puts its own name on (某区人民政府关于…的报告, the work report). With no
// office named, the government stays the issuer (budgetOffice names a
// budget's finance office by its kind).
func commissionedOffice(d *Document, head []string) (string, string) {
	if d.Kind == "政府工作报告" || !planReportRe.MatchString(d.Title) && !budgetReportRe.MatchString(d.Title) {
		return "", ""
	}
	if strings.Contains(d.Title, "人民政府") || !commissionedRe.MatchString(strings.Join(head, "\n")) {
		return "", "" // the government's own report, or no commission
	}
	// (the commission opens the text under the greeting; the title block
	// above it may be a dozen lines: a page's field table, a session's
	// note, a title wrapped over three lines)
	if o := officeSpeaker(head); o != "" {
		return o, OriginSpeaker
	}
	for _, l := range head {
		l = strings.TrimSpace(normLine(l))
		if greetRe.MatchString(l) || committeeGreetingRe.MatchString(l) || commissionedRe.MatchString(l) {
			return "", ""
		}
		if officeLineRe.MatchString(l) && !strings.HasSuffix(l, "人大常委会") && !strings.HasSuffix(l, "常务委员会") {
			return bureauOf(l), OriginTitle
		}
	}
	return "", ""
}

// planReportNameRe matches the words by which a congress's papers name the
// economic plan a government reports on, not a work plan: the plan report
// (2032年计划报告), the plan's execution and its draft (计划执行情况,
// 计划草案); a work plan's execution (工作计划执行情况) is not one.
var planReportNameRe = mustLitRe(`(?:^|[^作])计划(?:报告|执行|[（(]?草案)`)

// halfYearReportRe matches a government's report named for a half year:
// the half year before the report's name (2031年上半年政府工作报告, 镇政府
// 年中政府工作报告) or inside it (区政府上半年工作报告).
var halfYearReportRe = mustLitRe(`(?:上半年|年中|半年)度?的?\s*政府工作报告|政府\s*(?:19|20)?[0-9]{0,2}年?(?:上半年|年中|半年)工作报告`)

// halfYearProgressRe matches the words that follow a report's name when a
// page tells how its tasks went (…政府工作报告落实情况, …重点任务完成情况).
var halfYearProgressRe = mustLitRe(`落实|完成|执行|进展|推进|督查|督办|解读|审议|通过|决议`)

// halfYearReportTitle reports whether title names a government's report on
// the first half of a year, which a town or district government gives its
// congress in the summer: it reviews the half year, as a half-year summary
// does. A page on how the year's report is carried out (2031年政府工作报告
// 上半年落实情况) is not one.
func halfYearReportTitle(title string) bool {
	loc := halfYearReportRe.FindStringIndex(title)
	return loc != nil && !halfYearProgressRe.MatchString(title[loc[1]:])
}

// reportProgressRe matches a government work report's name followed by
// how its tasks went: their carrying out, completion, execution, progress
// (落实情况, 完成情况, 执行情况, 进展情况, 推进情况, 办理情况), an account or
// a bulletin of it (情况汇报, 情况通报, 情况的报告), its inspection (督查,
// 督办), a few words of the tasks between (…政府工作报告》重点工作上半年
// 完成情况).
var reportProgressRe = mustLitRe(`政府工作报告》?[^，。；：:《》]{0,16}?(?:(?:落实|完成|执行|进展|推进|办理)情况|情况\s*(?:的)?(?:汇报|通报|报告)|督查|督办)`)

// reportProgressTitle reports whether title names a page on how a
// government work report's tasks went (reportProgressRe).
func reportProgressTitle(title string) bool {
	return strings.Contains(title, "政府工作报告") && reportProgressRe.MatchString(title)
}

// progressTitle reports whether title names a page on how a paper's tasks
// went that is none of the kinds: a government work report's
// (reportProgressTitle), or a work plan's over a quarter or a month
// (planProgressRe, shortPeriodRe), which kindOf reads as "".
func progressTitle(title string) bool {
	return reportProgressTitle(title) || planProgressRe.MatchString(title) && shortPeriodRe.MatchString(title)
}

// planProgressRe matches a work plan's or a year's points' name followed by
// how they went (…工作计划执行情况, …工作要点落实情况, …重点工作计划二季度
// 执行情况), a few words between; the economic plan a government reports
// on (国民经济和社会发展计划执行情况) is no work plan.
var planProgressRe = mustLitRe(`(?:工作计划|工作要点)[^，。；：:《》]{0,12}?(?:落实|完成|执行|进展|推进)情况`)

// shortPeriodRe matches a period shorter than a half year in a title: a
// quarter (一季度, 二季度, 第三季度) or a month (1-5月, 10月份).
var shortPeriodRe = mustLitRe(`季度|[0-9一二三四五六七八九十]\s*月(?:份)?`)

// taskTableEndRe matches the end of the title of a table or list that
// divides a year's tasks among offices (…重点工作任务分解表, …责任清单,
// …任务分工方案).
var taskTableEndRe = mustLitRe(`(?:分解|分工|任务|责任)(?:表|清单|方案)$`)

// studyMaterialRe matches a title of study material on a work report:
// its study guide or reader (辅导读本, 学习辅导, 学习读本), an outline for
// studying or preaching it (学习提纲, 宣讲提纲), a glossary of its terms
// (名词解释, 名词注解), questions and answers or a quiz on it (学习问答,
// 知识问答, 应知应会, 知识测试, 自测题), the report's name before them,
// quoted, bracketed or not.
var studyMaterialRe = mustLitRe(`政府工作报告》?\s*[（(〈<]?\s*[^，。；：:《》]{0,8}?(?:辅导读本|辅导读物|学习辅导|学习读本|学习提纲|宣讲提纲|名词解释|名词注解|学习问答|知识问答|应知应会|知识测试|自测题)`)

// workMeetingReportRe matches the title of a report given at a sector's
// work meeting (在全县教育工作会议上的工作报告, 局长在2032年全市交通运输
// 工作会议上的报告), not at a congress, a political consultative conference
// or a party or mass organization's congress (代表大会), which have their
// own reports.
var workMeetingReportRe = mustLitRe(`在[^，。；《》]{0,30}?工作(?:会议|大会)上的(?:工作)?报告$`)

// yearOfficeReportRe matches an office's report named for its year: the
// year, then 工作报告 (某局2031年工作报告, 某局二〇三一年度工作报告 on its
// Arabic reading).
var yearOfficeReportRe = mustLitRe(`(?:19|20)[0-9]{2}\s*年度?\s*工作报告$`)

// bodyWorkReport reports whether title names an office's report of its
// own year or a report at a sector's work meeting (workMeetingReportRe), a
// note after it (（讨论稿）) or not: never the government's work report, a
// congress's, a court's or a procuratorate's (organReport), a standing
// committee's or a zone's (管委会), and never one given to a congress of
// any kind (代表大会) or a party body (党委, 纪委) or a debriefing (述职).
func bodyWorkReport(title string) bool {
	if !strings.Contains(title, "工作报告") && !strings.Contains(title, "上的报告") {
		return false // (a cheap test before the patterns)
	}
	t := reportNoteRe.ReplaceAllString(strings.TrimSpace(title), "")
	if !strings.HasSuffix(t, "报告") || strings.Contains(t, "政府工作") || organReport(t) || otherBodyReportRe.MatchString(t) {
		return false
	}
	if workMeetingReportRe.MatchString(t) {
		return true
	}
	a := arabicYears(t)
	if !yearOfficeReportRe.MatchString(a) {
		return false
	}
	b := bureauOf(a)
	return b != "" && officeSuffixRe.MatchString(b)
}

// otherBodyReportRe matches the words of a report that is no office's
// account of its year: one to a congress or conference (代表大会, 人大,
// 政协, 委员会全体会议), a party body's (党委, 纪委, 党组织, 党代会), a
// standing committee's or a zone's (常委会, 管委会), a debriefing (述职).
var otherBodyReportRe = mustLitRe(`代表大会|人大|政协|全体会议|党委|纪委|纪律检查|党代会|常委会|常务委员会|管委会|管理委员会|述职|述廉`)

// officeSuffixRe matches the end of an office's name that bureauOf gives:
// a bureau, a department, a commission, an office or a centre.
var officeSuffixRe = mustLitRe(`(?:局|厅|委员会|委|办公室|中心)$`)

// workDividedRe matches a title's words for dividing a report's work among
// offices (重点工作任务分解表, 目标任务分工方案, 重点工作责任分解, 分解落实,
// 责任清单, 落实方案), the report named in title marks or not.
var workDividedRe = mustLitRe(`分工|分解|责任清单|任务清单|落实方案`)

func kindOf(title, raw string) string {
	if englishTitleLineRe.MatchString(title) {
		return "政府工作报告" // an English edition's title (englishEdition)
	}
	// A page on how a government's work report is carried out names the
	// report, quoted or not, and then how its tasks went (…政府工作报告落实
	// 情况, 关于《政府工作报告》重点工作上半年完成情况的通报, 2031年上半年政府
	// 工作报告任务情况汇报): an office's account of the report's tasks, neither
	// the report nor a body's summary of its own year.
	if reportProgressTitle(title) {
		return ""
	}
	// Study material on the report (2031年政府工作报告辅导读本, 《政府工作
	// 报告》学习提纲, …名词解释, …知识问答) explains or drills it: none of the
	// kinds, whether the report's name is quoted or not.
	if strings.Contains(title, "政府工作报告") && studyMaterialRe.MatchString(title) {
		return ""
	}
	// A notice that issues a paper it quotes is that paper, not a page
	// about it.
	issues := issuesRe.MatchString(title)
	// A title that quotes a document's name is about it (关于《政府工作报告》
	// 的解读): the quoted name is not its kind. A notice that issues the
	// paper it quotes (关于印发《某某2031年工作要点》的通知) is that paper.
	if m := nameOnlyRe.FindStringSubmatch(title); m != nil && !issues {
		// A page's headline that is the document's name alone in title
		// marks, its year before them and its print's note after them
		// (2031《政府工作报告》（实录）, 《2031年政府工作报告》（全文）):
		// the page prints that document, and is of its kind.
		title = m[1]
	} else if !issues {
		title = quotedRe.ReplaceAllString(title, "")
	}
	switch {
	case resolutionRe.MatchString(title):
		return "" // a congress's resolution on a report is not the report
	case deliveredRe.MatchString(title) && !issues && !copyNoteEndRe.MatchString(title):
		// (a notice that issues the report a speaker delivered, 关于印发
		// 某某市长在…上所作《政府工作报告》的通知, is the report; so is a
		// page whose headline notes which copy of it it prints, 市长某某作
		// 政府工作报告（提纲）)
		return "新闻" // a headline that tells who delivered the report
	case meetingHeldRe.MatchString(title):
		return "新闻" // a headline that tells who held a meeting (on a paper's work or not)
	case reportAdoptedRe.MatchString(title):
		return "新闻" // a headline that tells a report was adopted (…工作报告获全票通过)
	case memberViewRe.MatchString(title) && !strings.Contains(title, "各位"):
		return "新闻" // a headline that quotes a deputy or a member on the report
	case strings.Contains(title, "政府工作报告") && workDividedRe.MatchString(title):
		return "" // a paper that divides the report's work among offices is not the report
	case studiesReportRe.MatchString(title):
		return "" // a study page's piece on the report (…政府工作报告：写作框架分析, …解读) is not the report
	case partPieceRe.MatchString(title):
		return "" // a series' piece on one part of the report (…政府工作报告要点之一：2031年工作回顾) is not the report
	case strings.Contains(title, "征求") && consultedRe.MatchString(title):
		return "新闻" // a headline on the views sought on the report
	case reportExplainedRe.MatchString(title):
		return "" // an explanation of the report's draft (…（征求意见稿）起草说明) is not the report
	case reportMakingRe.MatchString(title):
		return "新闻" // a story of how the report was made (…政府工作报告出炉幕后)
	case halfYearReportTitle(title):
		return "半年总结" // a government's report on a half year (2031年上半年政府工作报告) reviews it
	case strings.Contains(title, "政府工作报告"):
		return "政府工作报告"
	case committeeReportRe.MatchString(title):
		return "政府工作报告" // a zone's 管委会工作报告 is its government work report
	case streetReportRe.MatchString(arabicYears(title)):
		// A street has no government: its office's work report, read to
		// the street's residents' council as a government's is read to a
		// congress (某某街道办事处2032年工作报告), is its government work
		// report, as one so titled (…街道办事处2032年政府工作报告) is.
		return "政府工作报告"
	case planProgressRe.MatchString(title):
		// How a work plan or a year's points went (…工作计划执行情况,
		// …工作要点落实情况) reviews the work against them, as a year's
		// 完成情况 does; a quarter's or a month's progress (…工作计划二季度
		// 执行情况) is a progress table, none of the kinds, which are
		// papers of a year or a half year.
		switch {
		case shortPeriodRe.MatchString(title):
			return ""
		case halfYearTitle(title):
			return "半年总结"
		}
		return "总结"
	case reviewsRe.MatchString(title) && halfYearTitle(title):
		return "半年总结"
	case reviewsRe.MatchString(title):
		return "总结" // 工作总结, and a year's 目标完成情况 (before its next year's plan)
	case strings.HasSuffix(title, "工作年报") && !strings.Contains(title, "信息公开"):
		// a body's yearly report of the year's work (某市2031年教育工作年报);
		// a disclosure report so called is its own kind
		return "总结"
	case bodyWorkReport(title):
		// An office's report of its year (某局2031年度工作报告), or the
		// report a bureau head gives a sector's work meeting (在全县教育工作
		// 会议上的工作报告): it reviews the year and sets the next one's
		// tasks. By the lead's convention for a summary with the next
		// year's plan, that is a 工作总结, of the year its title names (as
		// a government's work report is of its session's year).
		return "总结"
	case strings.Contains(title, "要点"):
		return "要点"
	case strings.Contains(planReportNameRe.ReplaceAllString(title, ""), "计划") || strings.Contains(title, "打算") || strings.Contains(title, "工作思路") || strings.Contains(title, "工作安排"):
		return "计划"
	case yearWorkPlanRe.MatchString(arabicYears(title)):
		return "计划" // one year's 工作规划 is its work plan
	case yearPlanNameRe.MatchString(arabicYears(title)):
		return "计划" // one year's 工作意见, or its 重点工作, is its work plan
	case placeYearReportRe.MatchString(arabicYears(title)):
		return "政府工作报告" // a place's report for a year, no body named: its government's
	case shortPlaceYearReport(arabicYears(title)):
		return "政府工作报告" // …the place by its short name, as a repost's headline gives it
	}
	return bodyKind(raw, true)
}

// bodyKind returns the kind raw's head tells when its title told none, as
// kindOf does. postedIsNews says whether the label of the day a page was
// posted (发布时间：…, 发布日期：…) marks it as news: not when its title
// names a paper (postedPaperTitle), which a copy site or an office's page
// stamps so as it stamps any story.
func bodyKind(raw string, postedIsNews bool) string {
	head := raw
	if len(head) > 4000 {
		head = head[:4000]
	}
	if newsRe.MatchString(head) && (postedIsNews || !onlyPostedDay(head)) || (newsLedeRe.MatchString(head) || closingDatelineRe.MatchString(head)) && !reportVoiceRe.MatchString(head) {
		return "新闻"
	}
	if meetingLedeRe.MatchString(firstLine(strings.TrimLeft(head, " \n"))) {
		// A lede that opens with the day a meeting was held (4月12日，市某局
		// 召开全市某某工作会议…): news of the meeting, whatever work it
		// summed up.
		return "新闻"
	}
	// A summary without a title says what it is in its opening:
	// 现将我局2031年上半年工作总结如下, 现将全年工作情况总结汇报如下.
	// So does a sentence that opens with the half year it reviews:
	// 2031年上半年，……，现将工作总结如下.
	opening := headText(head, 600)
	if loc := summaryOpeningRe.FindStringIndex(opening); loc == nil {
		// An opening paragraph may run long before it says what follows
		// (…，为全县发展提供有力支撑。现将2031年全年工作总结如下): the
		// first paragraph is the opening however long it is.
		if para := firstParagraph(head, 1500); len(para) > len(opening) {
			opening = para
		}
	}
	if loc := summaryOpeningRe.FindStringIndex(opening); loc != nil {
		start := 0
		if k := strings.LastIndexAny(opening[:loc[0]], "。！？\n"); k >= 0 {
			_, size := utf8.DecodeRuneInString(opening[k:])
			start = k + size
		}
		sentence := opening[start:loc[1]]
		if strings.Contains(sentence, "半年") || strings.Contains(sentence, "年中") {
			return "半年总结"
		}
		if m := summaryHeadingRe.FindString(headText(head, 3000)); strings.Contains(m, "上半年") {
			// An opening that says only 现将情况总结如下 (今年以来，…), its
			// first part headed the half year's summary (一、2031年上半年
			// 工作总结): the half year's.
			return "半年总结"
		}
		return "总结"
	}
	// A summary without a title sent because the office above asked for
	// it cites the request (根据县两办《关于报送2031年工作总结和2032年工作
	// 思路的通知》要求，现将我局相关材料汇报如下): what it sends is that
	// summary, though its own words say only 材料.
	if m := requestedSummaryRe.FindString(opening); m != "" {
		if strings.Contains(m, "半年") {
			return "半年总结"
		}
		return "总结"
	}
	// A summary with the next year's plan, without a title, says so where
	// its opening reports them (现将今年工作总结和明年的工作计划报告如下):
	// the summary's, as its title would make it.
	if m := summaryPlanOpeningRe.FindString(opening); m != "" {
		if strings.Contains(m, "半年") {
			return "半年总结"
		}
		return "总结"
	}
	// A plan without a title names itself where its opening says it is
	// reported (现向区委、区政府报告我镇2031年度工作计划, 现将2031年工作
	// 打算报告如下); an opening that reports the year's summary with it
	// (现将全年工作总结及2031年工作计划报告如下) is the summary's, and so
	// is one that reports how the plan went (现将2031年工作计划执行情况报告如下).
	if loc := planStatedRe.FindStringIndex(opening); loc != nil {
		sentence := opening[loc[0]:]
		if k := strings.IndexAny(sentence, "。；\n"); k >= 0 {
			sentence = sentence[:k]
		}
		if !strings.Contains(sentence, "总结") && !strings.Contains(sentence, "情况") && !strings.Contains(sentence, "执行") && !strings.Contains(sentence, "完成") {
			return "计划"
		}
	}
	// A year's points without a title open on the year's overall
	// requirement or approach for the work (2031年全省教育工作的总体要求是,
	// 全区某某工作的总体思路是, 2031年某某工作的基本要求是), as a
	// department's points do; a work report's 政府工作的总体要求 is in its
	// plan part, not its opening. An opening that first weighs the year's
	// stakes (做好全年工作意义重大) is a plan's.
	if m := pointsOpeningRe.FindString(opening); m != "" && !strings.Contains(m, "政府工作") && !planStakesRe.MatchString(opening) {
		return "要点"
	}
	// A plan without a title says what it is in its opening: 做好全年工作
	// 意义重大.
	if planOpeningRe.MatchString(opening) {
		return "计划"
	}
	// A year's points without a title: the text states the year's overall
	// goal or requirement (2031年全区某某工作的总体目标是) and closes its
	// numbered tasks with the offices responsible (（责任科室：…）), as a
	// bureau's points do.
	if yearGoalRe.MatchString(headText(head, 3000)) && dutyNoteRe.MatchString(headText(raw, 20000)) {
		return "要点"
	}
	// A bulletin without a title on how the tasks of the government's work
	// report went opens by saying so (督查室对2031年《政府工作报告》各项
	// 重点工作的上半年完成情况开展了督查，现将督查情况通报如下): its parts
	// (一、重点指标任务完成情况) review the report's tasks, not a body's
	// own year, and it is none of the kinds.
	if reportTasksOpeningRe.MatchString(opening) && reportedHowRe.MatchString(opening) {
		return ""
	}
	// …or in a part's heading that tells the work done and its results:
	// 二、主要做法和工作成效, 一、上半年工作完成情况.
	if m := summaryHeadingRe.FindString(headText(head, 3000)); m != "" {
		if strings.Contains(m, "半年") {
			return "半年总结"
		}
		return "总结"
	}
	// A government's report whose page lost its title block opens on its
	// review, which says it carried out the tasks its congress set (圆满完成
	// 了区五届人大二次会议确定的目标任务): only a government reports to its
	// congress on them.
	if congressTasksRe.MatchString(opening) {
		return "政府工作报告"
	}
	// A bureau's summary (and plan) whose page lost its title opens on its
	// review part as a headless work report does, but speaks as the bureau
	// (一、2031年工作回顾 / 2031年，我局…): the year's summary.
	if bureauVoiceRe.MatchString(reviewOpening(head)) {
		return "总结"
	}
	// A bureau's account whose page lost its title opens on the year it
	// reviews, the office for its subject, and tells the results it had
	// (2031年，是极不平凡的一年，某区卫生健康局围绕…，多项工作成绩明显), its
	// first part headed the work alone (一、主要工作): the year's summary.
	if yearOpeningRe.MatchString(opening) && subjectBureauRe.MatchString(opening) && pastResultsRe.MatchString(opening) && bareWorkPartRe.MatchString(headText(head, 3000)) {
		return "总结"
	}
	return ""
}

// reportTasksOpeningRe matches an opening that names the government's work
// report and how its tasks went, a few words between: 《政府工作报告》确定的
// 2031年各项重点工作的上半年完成情况, 政府工作报告各项任务落实情况.
var reportTasksOpeningRe = mustLitRe(`政府工作报告》?[^。；：:]{0,30}?(?:落实|完成|执行|进展|推进|办理)情况`)

// reportedHowRe matches the words by which an opening says it reports on
// or inspected that progress: 通报如下, 汇报如下, 报告如下, 督查, 督办.
var reportedHowRe = mustLitRe(`(?:通报|汇报|报告)如下|督查|督办`)

// yearOpeningRe matches an opening that starts with a year: 2031年，….
var yearOpeningRe = mustLitRe(`^\s*(?:19|20)[0-9]{2}\s*年[，,]`)

// pastResultsRe matches the words of an opening that tells the results
// the year had: 成绩明显, 获评, 顺利通过, 圆满完成.
var pastResultsRe = mustLitRe(`成绩明显|成效明显|成绩显著|成效显著|获评|顺利通过|圆满完成`)

// bareWorkPartRe matches a first part headed the work alone: 一、主要工作.
var bareWorkPartRe = mustLitRe(`(?m)^\s*一、\s*主要工作\s*$`)

// congressTasksRe matches a government's account of the tasks its people's
// congress set it: 完成了县十届人大三次会议确定的各项任务, 圆满完成区五届
// 人民代表大会第二次会议提出的目标任务.
var congressTasksRe = mustLitRe(`完成了?[^。；，]{0,8}(?:届人大|人民代表大会)[^。；，]{0,12}会议(?:确定|提出|通过)的[^。；，]{0,10}(?:任务|目标)`)

// meetingYearsRe matches a meeting's business of summing up one year's
// work and setting the next one's: 总结2031年工作，部署2032年工作, 总结回顾了
// 2031年…工作，安排部署了2032年工作任务; so is the drafting of a work report
// that does both (总结好2031年政府工作，科学谋划好2032年工作).
//
// A session's news says the same of its report in other words: what it
// sums up may be the year's results (总结了2031年经济社会发展成果，科学
// 谋划2032年…), the term's five years before the year (总结了过去五年和
// 2031年各项工作取得的成绩，…，安排部署了2032年…), and other business may
// come between the two (…，明确提出了今后五年的目标，…).
//
// A meeting named for both (2031年工作总结暨2032年工作部署会, 2031年工作
// 总结及2032年工作打算汇报会, …暨2032年工作谋划部署会) says the same.
var meetingYearsRe = mustLitRe(`总结(?:回顾)?[了好]?(?:过去(?:五|5)年(?:和|及|尤其是|特别是))?((?:19|20)[0-9]{2})\s*年[^。；]{0,24}?(?:工作|成果|成绩|成就)[^。；]{0,40}?(?:部署|谋划)[了好]?((?:19|20)[0-9]{2})\s*年|((?:19|20)[0-9]{2})\s*年度?[^。；，]{0,12}?工作总结(?:暨|及|和|与)((?:19|20)[0-9]{2})\s*年度?[^。；，]{0,12}?工作(?:部署|谋划|打算|安排)`)

// reportYearsRe matches news telling what a work report heard at a
// session does: it reviews one year and sets out the next (报告回顾了2031年
// 的工作成果，并为2032年发展描绘新蓝图, 回顾2031年工作，部署2032年任务,
// 回顾了2031年工作，提出了2032年工作的总体思路).
var reportYearsRe = mustLitRe(`回顾了?((?:19|20)[0-9]{2})\s*年[^。；]{0,24}?[，,、]\s*(?:并|同时|还)?(?:为|对|部署了?|谋划了?|擘画了?|描绘了?|明确了?|安排了?|提出了?)\s*((?:19|20)[0-9]{2})\s*年`)

// reportSummedRe matches news telling the same the older way: the report
// sums up one year's work and lays out the next (报告对2031年政府工作作了
// 总结，同时对2032年的工作作了布置).
var reportSummedRe = mustLitRe(`对((?:19|20)[0-9]{2})\s*年[^。；]{0,30}?作了?[^。；，]{0,4}?总结[^。；]{0,4}?[，,、]\s*(?:并|同时|还)?对((?:19|20)[0-9]{2})\s*年[^。；]{0,16}?作了?[^。；，]{0,4}?(?:布置|部署|安排)`)

// headlinePlanRe matches a headline that names a year's work and the next
// year's plan: 2031年工作及2032年部署, 2031年工作回顾和2032年工作安排. Groups
// 1 and 2 are the two years.
var headlinePlanRe = mustLitRe(`((?:19|20)[0-9]{2})\s*年度?(?:工作)?(?:回顾)?\s*(?:及|和|与|暨|、)\s*((?:19|20)[0-9]{2})\s*年度?(?:工作)?(?:部署|安排|计划|打算|思路|任务|展望)`)

// headlinePlanYear returns the year planned in a headline that names a
// year's work and the next one's plan (headlinePlanRe), or 0.
func headlinePlanYear(title string) int {
	m := headlinePlanRe.FindStringSubmatch(arabicYears(Simplify(title)))
	if m == nil || atoi(m[2]) != atoi(m[1])+1 {
		return 0
	}
	return atoi(m[2])
}

// ledeYearMeetingRe matches a news lede that opens with the day (and maybe
// the reporter's bracket after 讯) and tells of a meeting named by its year
// held: 2月27日，某县召开2032年全县教育工作会议; 1月18日上午，2032年全市
// 某某工作座谈会召开; 11月28日至30日，2033年全市工作务虚会召开. Group 1 is
// the month, 2 the year, 3 the meeting's name after the year.
var ledeYearMeetingRe = mustLitRe(`^(?:\p{Han}{0,10}讯\s*(?:[（(][^（()）]{1,24}[）)])?\s*)?([0-9]{1,2})月[0-9]{1,2}日(?:至[0-9]{1,2}日)?(?:上午|下午|晚上?)?\s*[，,]\s*(?:[^。；，,]{0,24}?(?:召开|举行|举办)了?\s*)?((?:19|20)[0-9]{2})\s*年度?([^。；，,]{0,30}?会(?:议)?)(?:(?:隆重|顺利)?(?:召开|举行|开幕)|[，,。])`)

// ledeMeetingYear returns the year of undated news whose lede tells of a
// meeting named by its year (ledeYearMeetingRe), or 0. A meeting named for a
// year's work is held early in that year or late in the year before (its
// 务虚会 or its work meeting in November or December plans it); one named
// for a year's summary (…年度工作总结会) is held at the end of that year
// or early in the next.
func ledeMeetingYear(text string) int {
	m := ledeYearMeetingRe.FindStringSubmatch(strings.TrimLeft(text, " \t\n\u3000"))
	if m == nil {
		return 0
	}
	month, y := atoi(m[1]), atoi(m[2])
	if month < 1 || month > 12 {
		return 0
	}
	if strings.Contains(m[3], "总结") || strings.Contains(m[3], "表彰") {
		if month <= 6 {
			return y + 1
		}
		return y
	}
	if month >= 11 {
		return y - 1
	}
	return y
}

// plannedYearRe matches the words that plan a year's work: 提前谋划2032年
// 工作, 超前布局2032年经济工作, 部署2032年重点任务.
var plannedYearRe = mustLitRe(`(?:谋划|布局|部署|筹划|安排)(?:好|了)?\s*((?:19|20)[0-9]{2})\s*年`)

// ledePlannedYear returns the year that ends as undated news of December
// plans the next (plannedYearRe, its lede opening with a December day), or
// 0.
func ledePlannedYear(text string) int {
	m := ledeDayRe.FindStringSubmatch(headText(strings.TrimLeft(text, " \t\n\u3000"), 200))
	if m == nil || m[1] != "12" {
		return 0
	}
	if p := plannedYearRe.FindStringSubmatch(text); p != nil {
		return atoi(p[1]) - 1
	}
	return 0
}

// meetingPlanYear returns the year a meeting that text tells of plans, when
// it sums up the year before, or the year a work report it tells of sets
// out, when it reviews the year before; 0 for neither.
func meetingPlanYear(text string) int {
	if m := meetingYearsRe.FindStringSubmatch(text); m != nil {
		from, to := atoi(m[1]), atoi(m[2])
		if m[1] == "" {
			from, to = atoi(m[3]), atoi(m[4])
		}
		if to == from+1 {
			return to
		}
	}
	for _, re := range []litRe{reportYearsRe, reportSummedRe} {
		if m := re.FindStringSubmatch(text); m != nil && atoi(m[2]) == atoi(m[1])+1 {
			return atoi(m[2])
		}
	}
	return 0
}

// reportPartsYear returns the year a work report that text tells of sets
// out, when text lists its parts from the review of the year before; 0
// when it does not.
func reportPartsYear(text string) int {
	for _, re := range []litRe{reportPartsYearsRe, reportPartsListedRe} {
		if m := re.FindStringSubmatch(text); m != nil && atoi(m[2]) == atoi(m[1])+1 {
			return atoi(m[2])
		}
	}
	return 0
}

// reportPartsYearsRe matches news listing the parts of a work report heard
// at a session, the first the review of one year, a later one the work of
// the next (报告共分三部分：2031年工作回顾；…；2032年任务和重点; 报告分为
// 四个部分：一、2031年工作回顾；二、…；三、2032年重点工作).
var reportPartsYearsRe = mustLitRe(`报告》?(?:共)?分(?:为)?[一二三四五六七八九两0-9]{1,2}(?:个)?部分(?:内容)?\s*[：:][^。]{0,24}?((?:19|20)[0-9]{2})\s*年[^。；;]{0,24}?回顾[^。]{0,80}?[；;、]\s*(?:[一二三四五六七八九]、)?[^。；;]{0,12}?((?:19|20)[0-9]{2})\s*年`)

// reportPartsListedRe matches news that lists a work report's parts before
// it counts them, the review of one year first, the work of the next after
// it (报告分为2031年工作回顾，2032年主要工作和全面加强政府自身建设三部分).
var reportPartsListedRe = mustLitRe(`报告》?(?:共)?分(?:为|成)\s*(?:[一二三四五六七八九][、.．]\s*)?((?:19|20)[0-9]{2})\s*年[^。；;，,、]{0,12}?回顾\s*[，,、；;]\s*(?:[一二三四五六七八九][、.．]\s*)?((?:19|20)[0-9]{2})\s*年[^。]{0,40}?[一二三四五六七八九两0-9]{1,2}(?:个)?部分`)

// meetingLedeRe matches a news lede, after its dateline (本报讯, 某某网讯
// and its credit), that opens with the day and tells in its first sentence
// that a meeting was held: 4月12日，市某局召开全市某某工作会议; 3月15日，全市
// 某某工作会议召开; 1月29日，市某局召开2031年工作总结暨2032年工作部署会.
var meetingLedeRe = mustLitRe(`^(?:\p{Han}{0,10}讯\s*(?:[（(][^（()）]{0,40}[）)])?\s*)?[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上?)?\s*[，,]?[^。！？]{0,60}?(?:(?:召开|举行|举办)[^。！？]{0,60}?(?:会议|大会|工作部署会|推进会|座谈会|调度会)|(?:会议|大会)(?:在\p{Han}{1,12})?(?:召开|举行|开幕))`)

// summaryPlanOpeningRe matches an opening that reports a year's (or a half
// year's) summary and the next one's plan together: 现将今年工作总结和明年的
// 工作计划报告如下, 现将上半年工作总结及下半年工作安排汇报如下.
var summaryPlanOpeningRe = mustLitRe(`现将[^。；]{0,24}?工作总结[^。；]{0,4}?(?:和|及|与|暨|以及)[^。；]{0,16}?工作(?:计划|打算|安排|思路)[^。；]{0,4}?(?:报告|汇报)如下`)

// planStatedRe matches an opening that reports a year's plan to those above
// (现向区委、区政府报告我镇2031年度工作计划, 现将2031年工作打算汇报如下).
var planStatedRe = mustLitRe(`现(?:将|向[^。；，]{0,16}?(?:报告|汇报))[^。；]{0,30}?(?:19|20)[0-9]{2}\s*年度?[^。；，]{0,12}?工作(?:计划|打算|安排|思路)`)

// planOpeningRe finds what a plan's opening says of the year ahead: doing
// its work well matters (做好今年工作意义重大), and the general requirement
// of the year's work (2031年全市某某工作的总要求是).
//
// Or the year's thinking (2031年度城市管理工作思路是：…).
var planOpeningRe = mustLitRe(planStakesPat + `|(?:19|20)[0-9]{2}\s*年[^。；\n]{0,20}?工作的?总(?:体)?要求是|^(?:19|20)[0-9]{2}\s*年度?[^。；，\n]{0,16}?工作(?:总体)?思路(?:是|为)\s*[：:]`)

// planStakesRe matches a plan's opening words on the year's stakes:
// 做好全年工作意义重大, 做好2031年的各项工作至关重要.
var planStakesRe = mustLitRe(planStakesPat)

const planStakesPat = `做好(?:今年|全年|明年|(?:19|20)[0-9]{2}\s*年)(?:的)?(?:各项)?工作(?:意义重大|至关重要)`

// pointsOpeningRe matches an opening that states the year's overall
// requirement or approach for the work, after the year or the whole place
// it speaks for: 2031年全市某某工作的总体要求是, 全区教育工作的总体思路是.
var pointsOpeningRe = mustLitRe(`(?:(?:19|20)[0-9]{2}\s*年|全省|全区|全市|全县)[^。；\n]{0,20}?工作的?(?:总体|基本|总)(?:要求|思路)(?:是|为)`)

// yearGoalRe matches a sentence that states one year's overall goal or
// requirement for the work: 2031年全区教育工作的总体目标是, 2031年全市某某工作
// 的总要求是.
var yearGoalRe = mustLitRe(`(?:19|20)[0-9]{2}\s*年[^。；\n]{0,20}?工作的?总(?:体)?(?:目标|要求)(?:是|为)`)

// dutyNoteRe matches the note that closes a task with the offices
// responsible for it: （责任科室：…）, （责任股室：…）, （牵头单位：…；配合单位：…）.
var dutyNoteRe = mustLitRe(`[（(](?:责任|牵头)(?:科室|股室|处室|单位|部门)\s*[：:][^（）()\n]{1,60}[）)]`)

// yearWorkPlanRe matches a title that calls one year's plan a 工作规划
// (某局2031年工作规划), not a plan of several years (2031—2035年…规划).
var yearWorkPlanRe = mustLitRe(`(?:^|[^0-9—–~至-])(?:19|20)[0-9]{2}\s*年度?工作规划`)

// yearPlanNameRe matches a title that names one year's plan, or a part of
// a year's, by the other names a plan goes by: the year's 工作意见 (某市
// 2031年教育工作意见, as the bureaus of some provinces call their plan) and
// its 重点工作 (区政府2031年第一季度重点工作, 2031年重点工作安排), and the
// year's 工作目标 (2031年新区管委会全年工作目标, 2031年度工作目标). The name
// ends the title: a notice that divides a report's key work among offices
// (关于分解落实2031年县政府重点工作任务的通知) is no plan.
// consultedRe matches a headline on a consultation about the work report
// (征求社会各界对政府工作报告的意见, 就政府工作报告征求意见建议): the
// views sought, not the report, nor its draft (政府工作报告（征求意见稿）).
var consultedRe = mustLitRe(`征求[^，。；：:,]{0,12}?对[^，。；：:,]{0,8}政府工作报告的?意见(?:建议)?$|就[^，。；：:,]{0,8}政府工作报告[^，。；：:,]{0,6}征求意见(?:建议)?$`)

// placeYearReportRe matches a headline that names only a place, a year and
// 工作报告 (某区2031工作报告, 某县2031年度工作报告, 2031年某市工作报告),
// or the place's government with the year after it (某区政府2031年工作报告,
// 某县人民政府2031年工作报告): a place's report for its year is its
// government's; a congress's, a court's or a party congress's report names
// its body.
var placeYearReportRe = mustLitRe(`^(?:\p{Han}{1,8}(?:市|县|区|旗)(?:(?:人民)?政府)?\s*(?:19|20)[0-9]{2}\s*年?度?|(?:19|20)[0-9]{2}\s*年度?\s*\p{Han}{1,8}(?:市|县|区|旗))\s*工作报告$`)

// shortPlaceYearReportRe matches a repost's headline that names a place
// by its short name, its level left out, then a year and 工作报告
// (临朐2031年工作报告); shortPlaceYearReport checks the name is a place's.
var shortPlaceYearReportRe = mustLitRe(`^(\p{Han}{2,4}?)\s*(?:19|20)[0-9]{2}\s*年?度?\s*工作报告$`)

// shortPlaceYearReport reports whether title names only a place by its
// short name, a year and 工作报告: the place's government's report, as
// placeYearReportRe reads it with the level written. A name that is also
// an everyday word (光明), or a body's name that opens with a place's
// (临朐公司), is not a place.
func shortPlaceYearReport(title string) bool {
	m := shortPlaceYearReportRe.FindStringSubmatch(title)
	if m == nil || commonWords[m[1]] {
		return false
	}
	p := leadShortPlace(title)
	return p != "" && strings.HasPrefix(p, m[1])
}

// openingPlaceReport reports whether title names a place by its short
// name, a year and 工作报告 (某某2031年工作报告) and the opening speaks
// for a government whose name starts with that name (某某县政府).
func openingPlaceReport(title, opening string) bool {
	m := shortPlaceYearReportRe.FindStringSubmatch(arabicYears(title))
	return m != nil && govOpening(opening) && strings.HasPrefix(opening, m[1])
}

var yearPlanNameRe = mustLitRe(`(?:19|20)[0-9]{2}\s*年度?[^，。,；;：:\s]{0,12}?(?:工作意见|重点工作(?:安排)?|工作目标)$`)

// summaryHeadingRe finds a part heading naming the work done and its
// results, a summary's: 二、主要做法和工作成效, 一、2031年工作完成情况.
// So does 一、上半年主要工作及成效, and a part that heads the half year's
// work alone (一、上半年主要工作): a plan heads the half year ahead (下半年).
// A part headed the year's summary (一、2031年工作总结) is one too, and so
// is one that heads a year's work as done (一、2031年主要工作情况, 一、2031年
// 工作开展情况, 一、2031年主要工作进展及成效, 一、主要工作成果; its key work
// too: 一、2031年上半年重点工作开展情况), or the work
// of the last years as done (二、近五年（2027-2031）期间工作开展情况).
var summaryHeadingRe = mustLitRe(`(?m)^\s*[一二三四五六七八九十]、\s*[^。；\n]{0,16}?(?:工作总结|近[一二三四五六七八九十两]年[^。；\n]{0,14}?工作(?:开展|进展)?情况|(?:19|20)[0-9]{2}\s*年度?(?:的)?(?:主要|重点)?工作(?:开展|进展)?情况|工作进展及成效|工作成效|工作成果|主要成效|取得的成效|工作成绩|主要成绩|取得的成绩|工作完成情况|任务完成情况|(?:工作|做法)[及和与](?:工作)?成效|上半年(?:的)?(?:主要|重点)?工作(?:开展情况|完成情况|情况)?)\s*$`)

// copyNoteNameRe finds the name of the paper in a copy site's note.
var copyNoteNameRe = mustLitRe(`(?:整理|准备|推荐|分享)(?:了|的)(?:多篇相关的|一篇|关于)?[《“]?([^《》“”，,。！!]{4,60}?)[》”]?(?:[，,。！!]|供大家|欢迎|$)`)

// copySampleNameRe matches a copy note's name for the paper that calls it
// the site's sample (某局半年总结范文, 某局工作计划范例) and ends in a
// summary's, a plan's or a 要点's word before it: the name without the
// sample word is the paper's.
var copySampleNameRe = mustLitRe(`^(.{2,40}?(?:总结|小结|汇报|计划|要点|打算|思路))(?:范文|范例|模板|样本|例文)$`)

// copyNoteTitle returns the name a copy site's note gives the paper among
// the first lines of head, or "". A name that calls the paper a sample
// (本站为你精心整理了某局半年总结范文) gives the name without 范文.
func copyNoteTitle(head []string) string {
	for i, l := range head {
		if i >= 10 {
			break
		}
		if copyNoteRe.MatchString(l) {
			m := copyNoteNameRe.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			name := strings.TrimSpace(m[1])
			if s := copySampleNameRe.FindStringSubmatch(name); s != nil {
				name = s[1]
			} else if !namesDocument(name) && briefingKind(name) == "" {
				// (a bureau's briefing on its year, 某局工作汇报材料,
				// names a paper as its summary does)
				continue
			}
			return name
		}
	}
	return ""
}

// isPictograph reports whether r is a pictograph or symbol that decorates
// a headline (🌟, 📜, ★), or the selector or joiner that goes with one; a
// box-drawing line (──, which a subtitle's dash may be) is not one.
func isPictograph(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F || r == 0x200D || r == 0x20E3 || unicode.Is(unicode.So, r) && (r < 0x2500 || r > 0x257F) // box-drawing lines (──) are dashes
}

// crumbTitle returns the last crumb of a breadcrumb among the first lines
// when it names a paper (当前位置：首页 > 办公文档 > 某局2031年工作总结), or "".
func crumbTitle(head []string) string {
	for i, l := range head {
		if i >= 6 {
			break
		}
		l = normLine(l)
		if !crumbLabelRe.MatchString(l) && !crumbHomeRe.MatchString(l) {
			continue
		}
		crumbs := strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune(">›»＞", r) })
		if len(crumbs) < 3 {
			continue
		}
		if last := strings.TrimSpace(crumbs[len(crumbs)-1]); namesDocument(last) && isTitleLine(last) {
			return despace(last)
		}
	}
	return ""
}

// issuesRe matches a notice's words that issue the paper it quotes, also
// when they name the speech the paper was first (关于印发某某市长在市第十届
// 人民代表大会第三次会议上所作《政府工作报告》的通知), and issuedNameRe a
// notice's title that issues an office's own paper (关于印发《…》的通知,
// 〈…〉 inside a name that is itself in 《》), the paper's name in group 1.
var (
	issuesRe     = mustLitRe(`(?:印发|转发|下发|发布)(?:[^《〈》〉。，；]{2,40}?所[作做])?[《〈]`)
	issuedNameRe = mustLitRe(`^关于(?:印发|下发|发布)[《〈]([^《》〈〉]{4,60})[》〉]的通知$`)
)

// issuingNoticeRe matches a notice's title that issues a paper, what it
// issues in group 1, quoted (关于印发《某局2031年工作要点》的通知, …所作
// 《政府工作报告》的通知) or not (关于印发2031年工作总结和2032年工作计划的
// 通知); the issuer or the document's number may stand before 关于.
var issuingNoticeRe = mustLitRe(`关于(?:印发|下发|发布)(.{2,90}?)的通知$`)

// issuedNextRe matches what may follow one paper's name in the list a
// notice issues: nothing, or the word or mark before the next.
var issuedNextRe = mustLitRe(`^(?:$|和|及|与|暨|、|，|,)`)

// issuedPaperTitle returns the paper's own title printed under the
// headline of the notice that issues it: a title line among the body's
// first lines, before any heading, naming a report kind, that is the name
// the notice issues or ends with a dated part of it (某市教育局2031年工作
// 总结 under …关于印发2031年工作总结和2032年工作计划的通知). "" when the
// page prints no such line (the notice alone, its paper attached).
func issuedPaperTitle(notice, body string) string {
	if !strings.HasSuffix(notice, "的通知") {
		return ""
	}
	m := issuingNoticeRe.FindStringSubmatch(despace(notice))
	if m == nil {
		return ""
	}
	issued := arabicYears(m[1])
	var names []string
	if strings.HasSuffix(issued, "》") {
		// the names it quotes, after the speech they were first
		// (…所作《政府工作报告》) or one after another (《…》和《…》)
		for _, q := range quotedRe.FindAllString(issued, -1) {
			names = append(names, strings.Trim(q, "《》〈〉"))
		}
	} else {
		// a name that quotes another inside it (2031年《政府工作报告》
		// 重点任务分工) is one name
		names = []string{strings.NewReplacer("《", "", "》", "", "〈", "", "〉", "").Replace(issued)}
	}
	for _, l := range headLines(body, 14) {
		l = strings.TrimSpace(l)
		if headingMarker(l) != nil {
			break // the paper's text, or the notice's own parts
		}
		if strings.Contains(l, "通知") || strings.Contains(l, "关于") || !isTitleLine(l) || !titleCandidate(l) {
			continue
		}
		switch kindOf(l, "") {
		case "总结", "半年总结", "计划", "要点", "政府工作报告":
		default:
			continue
		}
		t := despace(strings.Trim(l, "《》"))
		own := ""
		if loc := yearRe.FindStringSubmatchIndex(arabicYears(t)); loc != nil {
			own = arabicYears(t)[loc[2]:] // the dated part: 2031年工作总结 of 某局2031年工作总结
		}
		for _, n := range names {
			if n == arabicYears(t) {
				return t
			}
			if own == arabicYears(t) && strings.HasSuffix(n, own) {
				// the paper's title broken after its issuers, the dated
				// part alone on its line (中共某市委教育工委 某市教委 /
				// 2031年工作要点): the whole name the notice gives it
				return n
			}
			// the dated part is one whole paper the notice issues, alone
			// or before the next (…2031年工作总结和2032年工作计划), not
			// the start of another paper's name (…工作要点分解方案)
			if i := strings.Index(n, own); own != "" && i >= 0 && utf8.RuneCountInString(own) >= 6 && issuedNextRe.MatchString(n[i+len(own):]) {
				return t
			}
		}
	}
	return ""
}

// ownKindRe matches the title of an office's paper of a kind of its own:
// its report on building a law-based government, its annual report on
// open government information, its budget or final accounts.
var ownKindRe = mustLitRe(`法治政府建设[^，。；]{0,12}报告|政府信息公开[^，。；]{0,8}年度报告|(?:部门|单位)(?:预算|决算)(?:公开|情况说明|说明)?$`)

// quotedRe matches a name quoted in 《》, or in 〈〉 as a name inside a
// name is.
var quotedRe = mustLitRe(`《[^《》]*》|〈[^〈〉]*〉`)

// nameOnlyRe matches a headline that is a document's name in 《》 and no
// more (group 1): a year may stand before the marks (2031年, 2031), a
// print's notes in brackets after them (（全文）, （实录）, （摘要）).
var nameOnlyRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年?度?)?\s*《([^《》]{2,40})》\s*(?:[（(]\s*(?:全文|实录|文字实录|摘要|摘登|节选|双语版?|中英(?:文|对照)?|图文|定稿)\s*[）)]\s*)*$`)

// summaryOpeningRe matches a summary's opening that names it, also
// without saying what it sums up (…，社会和经济效益显著。现总结如下：).
// So does one that reports a period's work done (现将我镇2031年上半年工作
// 开展情况汇报如下); a report that only 报告如下 may be another paper's (an
// information-disclosure year report).
var summaryOpeningRe = mustLitRe(`现(?:将[^。；]{0,40}?)?总结(?:汇报)?如下|现将[^。；]{0,30}?(?:上半年|年度?|以来)[^。；]{0,10}?工作(?:开展|完成)?情况(?:总结)?汇报如下`)

// firstParagraph returns the first line of s that holds text, when it ends
// within n bytes, or "".
func firstParagraph(s string, n int) string {
	for _, l := range strings.SplitN(headText(s, n+1), "\n", 8) {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(l) > n {
			return ""
		}
		return l
	}
	return ""
}

// issueVerbLeadRe matches the verb a notice's title opens with after 关于
// when it issues or forwards a paper: 印发, 下发, 发布, 转发.
var issueVerbLeadRe = mustLitRe(`^(?:印发|下发|发布|转发)`)

// callVerbLeadRe matches the verb a notice's or an announcement's title
// opens with after 关于 when it calls for, holds or publishes something of
// a place (关于公开征集某区2036年度《政府工作报告》起草建议的公告, 关于召开
// 某县…会议的通知): the place comes after the verb, never with it.
var callVerbLeadRe = mustLitRe(`^(?:公开)?(?:征集|征求|召开|举办|开展|公示|公布)`)

// namedPlace returns the place s starts with (after a year), when an office
// or the report's subject follows it: 常州市 in 常州市教育工作总结, 望川县 in
// 2024年望川县政府工作报告. In a chain (江苏省常州市钟楼区) the last place
// the gazetteer knows after the first wins, the body at its own level
// (钟楼区); else a prefecture-level city, else the place after a province,
// else the first place.
func namedPlace(s string) string {
	s = strings.TrimSpace(arabicYears(s))
	if m := provinceTagLeadRe.FindString(s); m != "" && placeChainRe.MatchString(afterLeadYear(s[len(m):])) {
		s = s[len(m):] // (某省)2031年某县…: the title's own place after the site's tag
	}
	s = strings.TrimPrefix(s, "关于")
	// A notice that issues a paper whose name lost its marks (关于印发某县
	// 教育局2032年工作要点的通知): the paper's place, not the verb run into
	// it (印发某县); one that forwards another body's paper (关于转发某省…
	// 的通知) names no place of its own.
	verb := issueVerbLeadRe.FindString(s)
	if verb == "转发" {
		return ""
	}
	s = s[len(verb):]
	if verb == "" {
		s = s[len(callVerbLeadRe.FindString(s)):] // 关于公开征集某区…的公告: the place after the verb
	}
	if t := strings.TrimLeft(s, "（( "); len(t) < len(s) && leadMonthRe.MatchString(t) {
		s = t // an adoption note's or a date line's bracket before its day: （2031年1月20日某市…
	}
	s = afterLeadYear(leadMonthRe.ReplaceAllString(s, ""))
	s = termLeadRe.ReplaceAllString(s, "")
	s = copyTagLeadRe.ReplaceAllString(s, "")
	if m := barTagLeadRe.FindStringSubmatch(s); m != nil && placeRe.FindString(m[1]) != m[1] {
		s = s[len(m[0]):] // not a place before the bar (某市 | 2031年政府工作报告): a column's tag
	}
	// The party's committee of a place (中共某省委教育工委 某省教育厅…, 中共
	// 某市委 某市人民政府关于…): its place, and 委 after it closes the chain,
	// whatever body the title names next.
	s, party := strings.CutPrefix(s, "中共")
	if !party {
		// (the party's full name: 中国共产党某市第十三次代表大会)
		s, party = strings.CutPrefix(s, "中国共产党")
	}
	s = corpsDivisionRe.ReplaceAllString(s, "")
	chain := placeChainRe.FindString(s)
	if loc := chainOrdinalRe.FindStringIndex(chain); loc != nil {
		// A county of one character runs into the session after it
		// (某县第十六届某县…, a paper's doubling): the chain stops at the
		// ordinal, which no place's name holds.
		chain = placeChainRe.FindString(chain[:loc[0]])
	}
	places := placeRe.FindAllString(chain, -1)
	for i := len(places) - 1; i >= 0; i-- {
		m := speakerLeadRe.FindString(places[i])
		if m == "" || i > 0 && !strings.HasPrefix(m, "长") {
			continue
		}
		// A speaker's title and name before the place he spoke in
		// (某某市长在某市第九届人民代表大会…, 和区长某某在区第十届…): 某某市
		// is no place, and a bare level after 在 names none.
		rest := places[i][len(m):]
		if rest == "" || placeRe.FindString(rest) != rest && lookupPlace(rest) == nil {
			return "" // (a county of one character, 凤县, the gazetteer knows)
		}
		places = append([]string{rest}, places[i+1:]...)
		break
	}
	for i, p := range places {
		if i > 0 && strings.HasPrefix(p, "委") {
			places = places[:i]
			chain = strings.Join(places, "")
			break
		}
	}
	if c := oneCharCountyRe.FindString(s[len(chain):]); c != "" && (lookupPlace(c) != nil || renamedCounty(c, s[len(chain)+len(c):])) {
		// A county named by one character and 县 (泾县, 赵县), after its
		// city or alone: the gazetteer knows it, 全县 or 该县 it does not.
		chain += c
		places = append(places, c)
	} else if c := oneCharDistrictRe.FindString(s[len(chain):]); c != "" && len(places) > 0 && lookupPlace(places[len(places)-1]+c) != nil {
		// A district named by one character and 区 (城区, 郊区, 矿区),
		// after its city (某市郊区2031年…): several cities have one, the
		// city before it says whose.
		chain += c
		places = append(places, c)
	}
	// A chain may run on into the sentence after a place (云岫县政府向县
	// 政协…: 政府向县 reads as a second county): when nothing a place is
	// followed by comes after the chain, the places before its last may
	// be the whole chain.
	for len(places) > 1 && strings.Join(places, "") == chain && !followsPlace(s[len(chain):]) && bureauOf(s[len(chain):]) == "" {
		places = places[:len(places)-1]
		chain = strings.Join(places, "")
	}
	if chain == "" || !followsPlace(s[len(chain):]) && bureauOf(s[len(chain):]) == "" && !(party && strings.HasPrefix(s[len(chain):], "委")) {
		return ""
	}
	if len(places) == 0 {
		return ""
	}
	if strings.HasPrefix(places[0], "自治") && lookupPlace(places[0]) == nil {
		return "" // 自治区党委…: the level alone, its name left out
	}
	if r, _ := utf8.DecodeRuneInString(places[0]); strings.ContainsRune(notPlaceStart, r) && lookupPlace(places[0]) == nil {
		return "" // 全市, 我县; but 新疆维吾尔自治区, 三亚市 are places
	}
	if lookupPlace(places[0]) == nil && sentenceLeadRe.MatchString(places[0]) {
		return "" // 根据市政府办公厅《…》: a sentence's preposition before a level
	}
	for len(places) > 0 && lookupPlace(places[len(places)-1]) == nil && clauseLevelEndRe.MatchString(places[len(places)-1]) {
		// 某某宣布县第十六届人民代表大会…开幕: the session's news names the
		// congress by its level alone after the verb of its chair; the
		// person's name and the verb before 县 are no place.
		places = places[:len(places)-1]
	}
	if len(places) == 0 {
		return ""
	}
	if allGenericZones(places) {
		// 经济开发区2031年…, 工业园区开发区2031年…: a zone named by its
		// kind alone, or by two kinds, is no place
		return ""
	}
	if p := places[len(places)-1]; lookupPlace(p) == nil && wholeUnitEndRe.MatchString(p) {
		return "" // 某某在全省(教育工作会议): a phrase that ends with 全省, 我市
	}
	for i, p := range places {
		places[i] = afterShortProvince(p)
	}
	if last := places[len(places)-1]; len(places) > 1 && lookupPlace(last) == nil && chainCounty(last) {
		// The body is a county's or a district's of the city before it,
		// by a name the gazetteer does not hold (某市某县教育局: a county
		// since renamed or merged, 县 now 区; a misspelt or fictional
		// one): the body's place at its own level, not the city's.
		return last
	}
	// A chain names the body at its own level last: 钟楼区 of
	// 江苏省常州市钟楼区教育局, 海拉尔区 of 呼伦贝尔市海拉尔区.
	for i := len(places) - 1; i > 0; i-- {
		if ds := lookupPlace(places[i]); len(ds) > 1 && len(lookupPlace(places[i-1]+places[i])) == 1 {
			// a name several places share (城区, 朝阳区), settled by the
			// city before it: the two, which placeName resolves
			return places[i-1] + places[i]
		} else if ds != nil {
			return places[i]
		}
	}
	if z := cityZone(places); z != "" {
		return z
	}
	for _, p := range places {
		if isCity(p) {
			return p
		}
	}
	if len(places) > 1 && (strings.HasSuffix(places[0], "省") || strings.HasSuffix(places[0], "自治区")) {
		return places[1]
	}
	return places[0]
}

// chainOrdinalRe matches a congress's ordinal inside a chain of places
// (第十六届).
var chainOrdinalRe = mustLitRe(`第[一二三四五六七八九十0-9]{1,4}届`)

// speakerLeadRe finds a speaker's title and name up to the 在 before the
// place he spoke in, run into a place's chain: 长在 after 某某市, or
// 和区长某某在 before a bare level; or up to the 代表 before the body he
// spoke for (院长某某代表某县人民法院, 检察长某某代表…).
var speakerLeadRe = mustLitRe(`^(?:\p{Han}*?[省市县区州旗盟镇乡院察])?长\p{Han}{0,6}?(?:在|代表)`)

// afterShortProvince returns the place after a province's short name run
// into it (陕西某市, 湖南某县: news ledes and headlines name the province
// without 省), when the gazetteer knows that place in that province and not
// the whole; else p.
func afterShortProvince(p string) string {
	if lookupPlace(p) != nil {
		return p
	}
	loadDivisions()
	for _, n := range []int{2, 3} { // 江西, 内蒙古
		if len(p) <= 3*n {
			break
		}
		short, rest := p[:3*n], p[3*n:]
		prov := provShort[short]
		if prov == "" || !utf8.ValidString(short) {
			continue
		}
		for _, d := range lookupPlace(rest) {
			if d.province == prov {
				return rest
			}
		}
	}
	return p
}

// placedReportTitle returns t when it is a place's work report's name
// (某区人民政府工作报告, 2031年某县政府工作报告), or "".
func placedReportTitle(t string) string {
	if t == "" || kindOf(t, "") != "政府工作报告" || namedPlace(t) == "" || deliveredTailRe.MatchString(t) {
		// (a headline with the day it was read in brackets after it
		// gives the year by that day only as a bare title's page: kept
		// so)
		return ""
	}
	return t
}

// shortCityBefore reports whether p is place with its city's short name
// before it: a zone's committee names itself so (明湖石桥新区管理委员会)
// where the zone's own papers say 石桥新区.
func shortCityBefore(p, place string) bool {
	rest, ok := strings.CutSuffix(p, place)
	n := utf8.RuneCountInString(rest)
	return ok && place != "" && n >= 2 && n <= 3 && !strings.ContainsAny(rest, "省市县区")
}

// followsPlace reports whether rest, the text after a chain of places,
// goes on as a place's name is followed (placeFollow), or names one of
// the place's offices or a sector's system doing what a story reports
// (deptActsRe: 某市交通运输局召开…, 某县卫生健康系统举行…). A street or a
// town in brackets after a zone is the same body's other name, one office
// serving both (某某经济开发区（某某街道）2031年工作总结): the text goes on
// after it.
func followsPlace(rest string) bool {
	if m := bracketTwinRe.FindString(rest); m != "" {
		rest = rest[len(m):]
	}
	return placeFollow.MatchString(rest) || deptActsRe.MatchString(rest)
}

// deptActsRe matches an office of a place, or the place's system of a
// sector, named by its own words and followed by the act a news lede or
// headline reports (统计局召开…, 交通运输系统举行…, 生态环境局党组部署…).
// placeFollow lists the education bureau's words only; the other bureaus
// are too many to list, but their names end in a few words and the act
// after them tells the name from a sentence that runs on after a place.
var deptActsRe = mustLitRe(`^\p{Han}{2,12}?(?:局|委员会|委|厅|办|系统)(?:党组|党委)?(?:召开|举行|举办|组织|开展|部署|印发)`)

// bracketTwinRe matches a street's or a town's name in brackets.
var bracketTwinRe = mustLitRe(`^[（(]\p{Han}{2,10}?(?:街道|镇|乡)[）)]`)

// cityZone returns the zone a chain names last after its city, which the
// gazetteer knows (深圳市光明新区, 中山市翠亨新区, 重庆市两江新区): the
// zone's committee speaks for the zone, not for the city. A zone named by
// its kind alone (某市高新区, 某市国家级新区) is no place of its own.
func cityZone(places []string) string {
	n := len(places)
	if n < 2 || !strings.HasSuffix(places[n-2], "市") || lookupPlace(places[n-1]) != nil {
		return ""
	}
	z := places[n-1]
	m := namedZoneRe.FindStringSubmatch(z)
	if m == nil || genericZoneRe.MatchString(z) {
		return ""
	}
	switch m[1] {
	case "国家", "国家级", "省级", "市级", "经济", "技术", "高新", "工业":
		return ""
	}
	return z
}

// namedZoneRe matches a zone's name and kind (光明|新区, 石桥|经济开发区).
var namedZoneRe = mustLitRe(`^(\p{Han}+?)(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|新区|工业园区|园区|试验区|示范区|自贸区|保税区)$`)

// allGenericZones reports whether every place of places is a zone's kind
// without a name that the gazetteer does not know (开发区, 工业园区).
func allGenericZones(places []string) bool {
	for _, p := range places {
		if lookupPlace(p) != nil || !genericZoneRe.MatchString(p) {
			return false
		}
	}
	return len(places) > 0
}

// genericZoneRe matches a zone's kind without a name (经济开发区, 高新区,
// 新区, 城区), which a title may open with but is no place.
var genericZoneRe = mustLitRe(`^(?:经济技术开发区|经济开发区|高新技术产业开发区|技术开发区|开发区|高新区|新区|园区|工业园区|工业区|保税区|自贸区|示范区|试验区|实验区|景区|城区|辖区|片区|库区|山区|矿区|社区|街区|校区|全区|本区|我区|该区)$`)

// unitWords are the units a government names itself by in an opening
// (我代表市人民政府) or a date line (在市第十五届人民代表大会, 在林区十一届
// 人民代表大会: a forest district calls itself 林区).
var unitWords = map[string]string{
	"省": "省", "自治区": "自治区", "市": "市", "州": "州", "自治州": "州", "盟": "盟", "地区": "地区",
	"区": "区", "县": "县", "自治县": "县", "旗": "旗", "自治旗": "旗", "镇": "镇", "乡": "乡",
	"林区": "林区", "特区": "特区",
}

// roleUnits maps a speaker's office to the unit it heads.
var roleUnits = map[string]string{
	"省长": "省", "主席": "自治区", "市长": "市", "州长": "州", "盟长": "盟", "专员": "地区",
	"区长": "区", "县长": "县", "旗长": "旗", "镇长": "镇", "乡长": "乡",
}

// reportedRe finds a news lede that says who delivered a work report:
// 某某代表国务院在…会议上作《政府工作报告》.
var reportedRe = mustLitRe(`代表(国务院|\p{Han}{0,24}?人民政府)[^。]{0,40}?作[^。]{0,4}政府工作报告`)

// nationalLede reports whether head, a text's first lines, opens with a
// lede that gives the work report to the State Council or its premier
// (国务院总理某某代表国务院向大会作政府工作报告, 听取国务院总理某某关于政府
// 工作的报告).
func nationalLede(head []string) bool {
	lede := strings.Join(head[:min(len(head), 12)], "\n")
	if m := reportedRe.FindStringSubmatch(lede); m != nil {
		return m[1] == "国务院"
	}
	return premierCitedRe.MatchString(lede)
}

// centreReportPage reports whether a page of no place is about the State
// Council's work report: a sentence of its head gives the work report to
// the premier or to the State Council (听了总理的政府工作报告, 政府工作报告是
// 国务院向全国人民代表大会提交的, 国务院研究室…政府工作报告的起草), or its
// title names the work report over a text in the centre's words
// (nationalVoice: 我国, 全国, 国内生产总值); and it never speaks for a
// place (全省, 我市: localMentions). Only the premier delivers the State
// Council's report; a place's is delivered by its governor or mayor.
func centreReportPage(title, body string) bool {
	if localMentions(body) > 0 {
		return false
	}
	head := Simplify(title + "\n" + headText(body, 1500))
	if centreReportRe.MatchString(head) {
		return true
	}
	return strings.Contains(Simplify(title), "政府工作报告") && nationalVoice(Simplify(body))
}

// centreReportRe matches a sentence that gives the work report to the
// premier or to the State Council.
var centreReportRe = mustLitRe(`(?:总理|国务院)[^。！？；\n]{0,24}?政府工作报告|政府工作报告[^。！？；\n]{0,4}是国务院`)

// premierCitedRe finds a digest's lede that quotes the premier's work
// report (国务院总理某某5日在政府工作报告中指出), or a session's lede that
// hears it (听取国务院总理某某关于政府工作的报告).
var premierCitedRe = mustLitRe(`国务院总理\p{Han}{2,3}(?:[0-9一二三四五六七八九十日上午下]{0,6}在[^。，；]{0,12}?政府工作报告中(?:指出|提出|强调|说|表示)|关于政府工作的报告)`)

// bodyPrefecture returns the prefecture (地区) body names most by a stem
// and 地区, the stem one of a prefecture-level unit the gazetteer knows
// (某某市 or 某某地区), or "" for none or a tie. The stem is read back from
// each 地区 (某某地区生产总值), so that words before it (全地区, 实现地区
// 生产总值, 贫困地区) name none.
func bodyPrefecture(body string) string {
	counts := map[string]int{}
	for off := 0; ; {
		i := strings.Index(body[off:], "地区")
		if i < 0 {
			break
		}
		at := off + i
		off = at + len("地区")
		before := body[:at]
		for n, k := 0, len(before); n < 4; n++ {
			r, size := utf8.DecodeLastRuneInString(before[:k])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			k -= size
			if n == 0 {
				continue // a stem has two characters or more
			}
			stem := before[k:]
			if prefectureStem(stem) {
				counts[stem+"地区"]++
				break
			}
		}
	}
	best, n := "", 0
	for p, c := range counts {
		switch {
		case c > n:
			best, n = p, c
		case c == n:
			best = ""
		}
	}
	return best
}

// prefectureStem reports whether stem and 市 or 地区 name a prefecture-level
// unit the gazetteer knows.
func prefectureStem(stem string) bool {
	for _, u := range []string{"市", "地区"} {
		for _, d := range lookupPlace(stem + u) {
			if d.level == 2 {
				return true
			}
		}
	}
	return false
}

// streetOpeningRe finds a street office's opening, the street in group 1
// (我代表城东街道办事处向大会报告工作; 街道 alone when it names none), also
// after the district's government it is an agency of (我代表某区人民政府
// 某某街道办事处).
var streetOpeningRe = mustLitRe(`我谨?代表(?:\p{Han}{0,16}?人民政府)?(\p{Han}{0,12}?街道)办事处`)

// toCongressRe finds an opening that reports to the congress without saying
// for whom: 现在，向大会报告政府工作.
var toCongressRe = mustLitRe(`向(?:大会|本次会议)(?:作|报告)|报告政府工作|作政府工作报告`)

// reportOpening reports whether l is a work report's opening that speaks
// for a government to its congress (现在，我代表某市人民政府，向大会报告工作).
func reportOpening(l string) bool {
	return openingRe.MatchString(l) && toCongressRe.MatchString(l)
}

var nationalCPPCCRe = mustLitRe(`请予审议[^。]{0,8}全国政协`)

// titleStemRe finds a place named without its unit at the start of a
// work report's title, before its year or 政府工作报告 (湖南2025年政府工作报告).
var titleStemRe = mustLitRe(`^(\p{Han}{2,4}?)(?:[0-9]{4}\s*年?度?)?(?:人民)?政府工作报告`)

// A placeClaim is one piece of evidence for the region: a name as the
// text gives it and where it was found.
// chainedLast returns the second of the places a and b when s writes them
// one right after the other (某市某县, 某市某市: a chain, the second inside
// the first), or "" when it does not.
func chainedLast(s, a, b string) string {
	switch {
	case strings.Contains(s, a+b):
		return b
	case strings.Contains(s, b+a):
		return a
	}
	return ""
}

type placeClaim struct {
	name, origin string
}

// reportPlace sets the region, its chain and the issuer of a work report.
func reportPlace(d *Document, b titleBlock, in metaInput, set func(string, string), warn func(string, ...any)) {
	opening, openingOrigin := b.Opening, OriginOpening
	if opening == "" {
		if m := reportedRe.FindStringSubmatch(strings.Join(headLines(in.raw, 12), "\n")); m != nil {
			opening, openingOrigin = m[1], OriginBody
		}
	}
	if opening == "" && premierCitedRe.MatchString(strings.Join(headLines(in.raw, 12), "\n")) {
		// A digest's lede that quotes the premier's report (国务院总理某某
		// 5日在政府工作报告中指出，…): the State Council's report.
		opening, openingOrigin = "国务院", OriginBody
	}
	if opening == "" && nationalCPPCCRe.MatchString(strings.Join(headLines(in.raw, 12), "\n")) {
		// "请予审议，并请全国政协各位委员提出意见": only the State Council's
		// report asks the national CPPCC; a city's asks 市政协委员.
		opening, openingOrigin = "国务院", OriginOpening
	}
	if opening == "" && !b.National && b.DatePlace == "" && b.SpeakerRole == "" {
		// Nothing in the head speaks for a government: a title, a
		// collector's title or a file name that calls it the State
		// Council's report (2019年国务院政府工作报告) says whose it is.
		for _, c := range []placeClaim{{d.Title, OriginTitle}, {in.header.Title, OriginCollector}, {in.name, OriginFileName}} {
			if nationalTitle(c.name) {
				opening, openingOrigin = "国务院", c.origin
				break
			}
		}
		if opening == "" && nationalBody(d.Body) {
			opening, openingOrigin = "国务院", OriginBody
		}
		if opening == "" && englishReportTitleRe.MatchString(headText(in.raw, 3000)) && localMentions(d.Body) == 0 && !strings.Contains(d.Body, "人民政府") && !englishOnly(headText(in.raw, 3000)) {
			// A bilingual page of the report, its English title bare
			// (Report on the Work of the Government), whose Chinese never
			// speaks for a place (全市, 我省) nor names a government: the
			// State Council's report in its official translation, a place's
			// would name the place in both. (An English edition with no
			// Chinese says nothing in Chinese: it names its place in
			// English, Zizhou County, if at all.)
			opening, openingOrigin = "国务院", OriginBody
		}
	}
	switch {
	case b.National || opening == "国务院" || opening == "中央人民政府" || opening == "政务院":
		origin := openingOrigin
		switch {
		case b.DateLine != "" && b.National:
			origin = OriginDateLine
		case b.SpeakerRole == "总理":
			origin = OriginSpeaker
		}
		d.Region, d.Issuer = "全国", "国务院"
		if opening == "中央人民政府" || opening == "政务院" {
			d.Issuer = opening
		}
		if o, from := nationalOrgan(d.Title, headLines(in.raw, 12)); o != "" {
			// The other reports of the national session (最高人民检察院
			// 工作报告, the standing committee's) are dated and greeted
			// as the State Council's, and ask the national CPPCC too:
			// the body that reports is their issuer.
			d.Issuer, origin = o, from
		} else if o := nationalOfficeUnderDateLine(headLines(d.Body, 12)); o != "" {
			// A plan's or a budget's report to the national session,
			// dated and greeted as the State Council's and presented on
			// its commission, names the ministry that reports on a line
			// of its own under the date line (国家发展和改革委员会,
			// 财政部): that ministry is its issuer, as a province's
			// office is of the province's report.
			d.Issuer = o
			set("region", origin)
			set("issuer", OriginTitle)
			return
		}
		set("region", origin)
		set("issuer", origin)
		return
	}

	// The unit the government speaks for, and the places the head names.
	unit := ""
	var body, collector []placeClaim
	if p := b.DatePlace; p != "" {
		if u, ok := unitWords[p]; ok {
			unit = u
		} else {
			body = append(body, placeClaim{p, OriginDateLine})
		}
	}
	if opening != "" {
		p := opening
		for _, suf := range []string{"人民政府", "政府", "行政公署", "行署", "人民委员会", "革命委员会"} {
			if s, ok := strings.CutSuffix(p, suf); ok {
				p = s
				if suf == "行政公署" || suf == "行署" {
					unit = "行署"
				}
				break
			}
		}
		if u, ok := unitWords[p]; ok {
			if unit == "" {
				unit = u
			}
		} else if p != "" {
			body = append(body, placeClaim{p, openingOrigin})
		}
	}
	streetOffice := false
	if m := zoneOpeningRe.FindStringSubmatch(strings.Join(headLines(in.raw, 12), "\n")); opening == "" && m != nil {
		// A zone's committee reporting to the congress of the district
		// that hosts it (我代表望川新区管委会向大会作工作报告, under 在某区第
		// 五届人民代表大会…上): the zone is the report's place, not the
		// host the date line names.
		claims := []placeClaim{{m[1], OriginOpening}}
		for _, c := range body {
			if c.origin != OriginDateLine {
				claims = append(claims, c)
			}
		}
		body = claims
	}
	if opening == "" {
		if m := streetOpeningRe.FindStringSubmatch(strings.Join(headLines(in.raw, 12), "\n")); m != nil {
			// A street's report to its residents' council, read by its
			// office (我代表城东街道办事处向大会报告工作): a street has no
			// government; the street is its place.
			streetOffice = true
			if m[1] != "街道" {
				body = append(body, placeClaim{m[1], OriginOpening})
			}
		}
	}
	if b.SpeakerRole != "" {
		if unit == "" {
			unit = roleUnits[b.SpeakerRole]
		}
		p := b.SpeakerPlace
		for _, suf := range []string{"人民政府", "政府", "行政公署", "行署"} {
			p = strings.TrimSuffix(p, suf)
		}
		if _, ok := unitWords[p]; !ok && p != "" {
			body = append(body, placeClaim{p, OriginSpeaker})
		}
	}
	if unit == "" {
		unit = selfUnit(d.Body)
	}
	titleName := d.Title
	if m := nameOnlyRe.FindStringSubmatch(titleName); m != nil {
		// the headline is the report's name in title marks: 2031年《某市
		// 政府工作报告》（摘要） names the place inside them
		titleName = m[1]
	}
	if p := namedPlace(titleName); p != "" && d.Origins["title"] == OriginTitle {
		body = append(body, placeClaim{p, OriginTitle})
	} else if m := titleStemRe.FindStringSubmatch(leadYearRe.ReplaceAllString(titleName, "")); m != nil && d.Origins["title"] == OriginTitle {
		// 湖南2025年政府工作报告: a place without its unit, which
		// placeName resolves at the report's unit or drops.
		body = append(body, placeClaim{m[1], OriginTitle})
	} else if p := prefectureLead(titleName); p != "" && d.Origins["title"] == OriginTitle {
		// 某某州2031年政府工作报告 with a prefecture's name too long for
		// titleStemRe (a transliterated one of four characters and 州)
		body = append(body, placeClaim{p, OriginTitle})
	} else if p := congressPlace(d.Title); p != "" && d.Origins["title"] == OriginTitle {
		// A speech's title names the congress it was given to
		// (县长某某在某县第十三届人民代表大会第五次会议上的政府工作报告):
		// the congress's place is the government's, at the unit the
		// title gives it (a county renamed a city since is still the county).
		body = append(body, placeClaim{p, OriginTitle})
		if unit == "" {
			for _, u := range []string{"自治县", "县", "旗", "区", "市", "州", "盟"} {
				if strings.HasSuffix(p, u) {
					unit = unitWords[u]
					break
				}
			}
		}
	} else if h := pageHeadline(headLines(in.raw, 12)); h != "" && bareTitle(d.Title) && len(body) == 0 {
		// The page's headline above a bare title (某县2031年政府工作报告
		// 【优秀范文】 over 政府工作报告) names the place, when the title
		// block names none (a headline may name the city before the
		// district: the date line's district wins).
		body = append(body, placeClaim{headlinePlaceName(h), OriginTitle})
	} else if p := headlinePlace(d.Body); p != "" && bareTitle(d.Title) && len(body) == 0 {
		// …also a headline without a year that quotes the report's name
		// after the place (权威发布丨某市《政府工作报告》（全文）), left over
		// the greeting when the page's chrome went
		body = append(body, placeClaim{p, OriginTitle})
	}
	if in.header.Place != "" {
		collector = append(collector, placeClaim{in.header.Place, OriginCollector})
	}
	for _, s := range []string{in.header.Issuer, in.header.Title, in.header.Speaker} {
		if p := namedPlace(strings.TrimLeft(s, "0123456789年 ")); p != "" {
			collector = append(collector, placeClaim{p, OriginCollector})
		} else if p := congressPlace(s); p != "" && s == in.header.Title {
			// A collector's title made of the report's date line
			// (2031年1月12日在某市第十一届人民代表大会第六次会议上的
			// 政府工作报告) names the place only in its congress.
			collector = append(collector, placeClaim{p, OriginCollector})
		}
	}
	if m := govSiteRe.FindStringSubmatch(headText(in.raw, 300)); m != nil {
		// The government's own site named at the page's top (某自治区政府
		// 门户网站 第2期…, 欢迎访问某县政府门户网站！), heard only when the
		// report names no place.
		if p := namedPlace(welcomeWordsRe.ReplaceAllString(m[1], "")); p != "" {
			collector = append(collector, placeClaim{p, OriginBody})
		}
	}
	if m := pagePublisherRe.FindStringSubmatch(headText(in.raw, 3000)); m != nil {
		// The government a portal names as the page's publisher or source
		// (发布机构：某市人民政府), heard only when the report names no place.
		if p := namedPlace(m[1]); p != "" {
			collector = append(collector, placeClaim{p, OriginBody})
		} else if t := countyTown(strings.TrimSuffix(m[1], "人民政府")); townRe.MatchString(t) {
			// (a town's government, below the gazetteer: 信息来源：某某镇
			// 人民政府, 某县某某镇人民政府)
			collector = append(collector, placeClaim{t, OriginBody})
		}
	}

	region, origin, chain := "", "", division{}
	pick := func(claims []placeClaim) (string, string, division, bool) {
		name, from, ch := "", "", division{}
		for _, c := range claims {
			n, dv := placeName(c.name, unit)
			if n == "" {
				continue
			}
			if name == "" {
				name, from, ch = n, c.origin, dv
				continue
			}
			switch {
			case n == name:
			case abbreviates(n, name):
				// the signature's 东乌旗 and the date line's 东乌珠穆沁旗:
				// one place, the full name
			case abbreviates(name, n):
				name, from, ch = n, c.origin, dv
			case chainedLast(d.Title, name, n) != "":
				// the title names the prefecture, then the county-level
				// city or district inside it (2031年某市某市政府工作报告):
				// the second is the issuer's own, the one the date line
				// and the speaker name
				if chainedLast(d.Title, name, n) == n {
					name, from, ch = n, c.origin, dv
				}
			default:
				warn("region unknown: the %s names %s, the %s %s", from, name, c.origin, n)
				return "", "", division{}, false
			}
		}
		return name, from, ch, true
	}
	var ok bool
	if region, origin, chain, ok = pick(body); ok && region == "" {
		// The title block names no place: the office that signs the
		// report's end (某县人民政府 / 2032年1月5日) may.
		if p := namedPlace(footSignature(d.Body)); p != "" {
			region, origin, chain, _ = pick([]placeClaim{{p, OriginBody}})
		}
	}
	if ok && region == "" {
		region, origin, chain, _ = pick(collector)
	} else if region != "" {
		if c, _, _, _ := pick(collector); c != "" && c != region {
			warn("the collector's header names %s; the %s says %s", c, origin, region)
		}
	}
	if ok && region == "" {
		// A date line the title block did not find, run into the text
		// (a preview's chunk that glues the title, the date line and the
		// greeting together: …政府工作报告2031年1月8日在某市第四届人民代表
		// 大会第五次会议上市长某某各位代表：): the session's place, before
		// the places the review names (the city above it).
		if p := sessionClausePlace(headText(d.Body, 1500)); p != "" {
			region, origin, chain, _ = pick([]placeClaim{{p, OriginBody}})
		}
	}
	if region == "" && ok && unit == "行署" {
		// A commissioner's office's report whose head names no place (我代表
		// 行署, 在地区第二届人民代表大会): the prefecture its body names by
		// its stem and 地区, the stem a prefecture's the gazetteer knows
		// (某某地区生产总值 for a 地区 since made 某某市).
		if p := bodyPrefecture(d.Body); p != "" {
			region, origin = p, OriginBody
		}
	}
	if region == "" && ok && (unit == "镇" || unit == "乡") {
		// A township's report whose head names no place (我代表镇人民政府):
		// the town that is the subject of its review's opening sentence
		// (2031年，某某镇党委政府团结带领…), not the county its body
		// names around it.
		if m := townSubjectRe.FindStringSubmatch(headText(d.Body, 3000)); m != nil && strings.HasSuffix(m[1], unit) && !strings.ContainsRune(notTownStart, firstRune(m[1])) {
			region, origin = m[1], OriginBody
		}
	}
	if region == "" && ok {
		// The places the body names, and the file name: the body wins
		// when they disagree.
		body, bodyChain := bodyPlace(d.Body, unit)
		region, chain = fileNamePlace(in.name, unit, d.Body, warn)
		origin = OriginFileName
		if body != "" && region != body {
			if region != "" {
				warn("the file name says %s; the places the text names say %s", region, body)
			}
			region, origin, chain = body, OriginBody, bodyChain
		}
	}
	if region == "" && ok {
		// A report that names its place only where it names the party
		// committee that led its government (在中共某某市委的正确领导下),
		// a template having masked the place everywhere else (××年市人民
		// 政府工作报告, 全市): that committee's place, when it is of the
		// level the report speaks for and the only one of that level.
		if p := ownCommitteePlace(headText(d.Body, 3000), unit); p != "" {
			region, origin, chain, _ = pick([]placeClaim{{p, OriginBody}})
		}
	}
	if region == "" && ok {
		// A report that calls its place only 我县 or 全县, on a site whose
		// chrome names its owner (主办：某县人民政府办公室, 某县融媒体中心
		// 版权所有, 某县人民政府网站; a web page's SiteName or title: html.go):
		// the owner's place, a weak hint heard only when the report itself
		// names none.
		p := siteOwnerPlace(in.raw, d.Body)
		if p == "" {
			p = in.header.Site
		}
		if p != "" {
			region, origin, chain, _ = pick([]placeClaim{{p, OriginBody}})
		}
	}
	if region == "" && ok {
		// A report reprinted from its place's daily or station, which the
		// source line names by the place's short name (来源：某某日报)
		// while the report says 我市 and 市长 only: that place, when it is
		// of the level the report speaks for.
		if p := mediaPlace(in.raw, d.Title+"\n"+headText(d.Body, 1500)); p != "" && (unit == "" || strings.HasSuffix(p, unit)) {
			region, origin, chain, _ = pick([]placeClaim{{p, OriginBody}})
		}
	}
	if region == "" && ok && d.Origins["title"] == OriginTitle {
		// A township's or a street's own report titled by its name
		// (某某街道办事处2031年工作报告), read to a council whose subtitle
		// names no congress and no place: the town or the street is its
		// place, below the gazetteer, as for its summaries. titleTown
		// reads the name as for a summary's title: a town's name may
		// open with 新 (新塘街道, 新场镇), a word for the whole may not.
		if t := titleTown(leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(d.Title)), "")); t != "" {
			region, origin = t, OriginTitle
		}
	}
	if region == "" && ok && opening == "" && unit == "" && localMentions(d.Body) == 0 && nationalVoice(d.Body) {
		// A page of the report with no head and no place, that never
		// speaks for a place (全市, 我县) but of the whole country in the
		// centre's words (全国, 中央财政, 国内生产总值, 各省（区、市）):
		// the State Council's, whose excerpts need not say 我国 often.
		d.Region, d.Issuer = "全国", "国务院"
		set("region", OriginBody)
		set("issuer", OriginBody)
		return
	}
	if region == "" && ok && heardReportRe.MatchString(firstLine(d.Body)) {
		// A report kept under the news lede of its session (…某县第十届
		// 人民代表大会第三次会议在…开幕，听取县长某某关于政府工作的报告):
		// the place of the congress that heard it.
		if p := congressPlace(firstLine(d.Body)); p != "" && (unit == "" || strings.HasSuffix(p, unit)) {
			region, origin, chain, _ = pick([]placeClaim{{p, OriginBody}})
		}
	}
	if region == "" && ok {
		what := "no place in the title block"
		if unit != "" {
			what = fmt.Sprintf("the report speaks for a %s but does not name it", unit)
		}
		warn("region unknown: %s", what)
	}
	if region != "" {
		d.Region = region
		d.Province, d.Prefecture = chain.province, chain.prefecture
		set("region", origin)
	}

	if manyPlacesRe.MatchString(d.Title) && region == "" {
		// A compilation of many places' reports (2031年省市级政府工作报告
		// 汇编65篇, 各省区市…汇总): no one body issued it. (A page of it
		// that holds one place's report, its place found, is that
		// place's government's.)
		return
	}
	if o := massCongressBody(headLines(in.raw, 12)); o != "" {
		// A people's organization's committee reports to the
		// organization's own congress (我代表某县妇联第五届执行委员会，
		// 向大会作工作报告): the organization is its issuer, not the
		// government.
		d.Issuer = o
		set("issuer", OriginOpening)
		return
	}
	if m := organReportRe.FindStringSubmatch(reportNoteRe.ReplaceAllString(d.Title, "")); m != nil && d.Kind != "政府工作报告" {
		// Another body's work report (某省人民代表大会常务委员会工作报告):
		// that body is its issuer.
		d.Issuer = m[1]
		set("issuer", d.Origins["title"])
		return
	}
	if d.Kind != "政府工作报告" && committeeOfficer(d, set) {
		return
	}
	if o, p := organOpeningBody(headLines(in.raw, 12)); o != "" && d.Kind != "政府工作报告" {
		// Another body's work report under no title of its own (a page
		// that starts at 各位代表：, 我代表市中级人民法院向大会报告工作):
		// the body its opening speaks for is its issuer.
		d.Issuer = o
		set("issuer", OriginOpening)
		if d.Region == "" && p != "" {
			d.Region = p
			set("region", OriginOpening)
			dropRegionWarnings(d)
		}
		return
	}
	if o := budgetOffice(d, region); o != "" {
		d.Issuer = o
		set("issuer", OriginTitle)
		return
	}
	if o := officeSpeaker(headLines(d.Body, 12)); o != "" && d.Kind != "政府工作报告" && heardByCommittee(headLines(in.raw, 12)) {
		// A report an office delivered to the standing committee on
		// the government's commission, its head's line in the title
		// block (某市审计局局长 某某): the office is its issuer, not the
		// government. (A plan report to the congress in session, so
		// delivered, stays the government's: split_title.txt.)
		d.Issuer = o
		set("issuer", OriginSpeaker)
		return
	}
	if d.Kind != "政府工作报告" && !halfYearReportTitle(d.Title) && b.SpeakerRole == "" && opening == "" {
		// A plan or budget report that a department delivered: the
		// government is not its issuer. (A government's half-year report
		// is the government's, however masked its opening's place.)
		return
	}
	if d.Kind != "政府工作报告" {
		if o := bureauOf(d.Title); o != "" && planReportRe.MatchString(d.Title) && strings.Contains(d.Title, "关于") && d.Origins["title"] == OriginTitle {
			// A plan or budget report whose title names the office that
			// delivered it on the government's commission (某区财政局关于
			// 某区2031年预算执行情况和2032年预算草案的报告): the office is
			// its issuer, not the government that commissioned it.
			d.Issuer = o
			set("issuer", OriginTitle)
			return
		}
		if o := officeUnderDateLine(headLines(d.Body, 12)); o != "" {
			// A plan or budget report an office delivered on the
			// government's commission (受县人民政府委托), its name under
			// the date line: the office is its issuer.
			d.Issuer = o
			set("issuer", OriginDateLine)
			return
		}
		if o, origin := commissionedOffice(d, headLines(d.Body, 16)); o != "" {
			// A plan or budget report an office delivered on the
			// government's commission, its head's line or its own
			// line in the title block (某区发展和改革局局长 某某): the
			// office is its issuer, to the congress in session as to
			// its standing committee.
			d.Issuer = o
			set("issuer", origin)
			return
		}
	}
	d.Issuer = "人民政府"
	if unit == "行署" || strings.HasSuffix(region, "盟") || strings.HasSuffix(region, "地区") {
		d.Issuer = "行政公署"
	}
	if c := localCouncil(opening); c != "" {
		d.Issuer = c
	}
	if ungovernedZone(region) && !strings.Contains(opening, "政府") {
		// A zone's own report (某高新区2031年工作报告, its committee's name
		// under the date): a zone has no government, its administrative
		// committee reports, unless the opening speaks for a government.
		d.Issuer = "管委会"
	}
	if streetOffice || strings.HasSuffix(region, "街道") && b.Opening == "" && strings.Contains(headText(d.Body, 600), "街道办事处") {
		// A street has no government: its office reports (我代表街道办事处).
		d.Issuer = "街道办事处"
	}
	if m := committeeOpeningRe.FindStringSubmatch(strings.Join(headLines(in.raw, 12), "\n")); m != nil && b.Opening == "" {
		// A new area's or a development zone's report, delivered by its
		// administrative committee (我代表新区管委会向大会报告工作): the
		// committee is its issuer.
		d.Issuer = m[1]
		set("issuer", OriginOpening)
		return
	}
	if m := committeeReportRe.FindStringSubmatch(d.Title); m != nil {
		// A zone's report titled as its committee's (某新区2032年管委会
		// 工作报告): the committee is its issuer.
		d.Issuer = m[1]
		set("issuer", OriginTitle)
		return
	}
	switch {
	case b.Opening != "" || streetOffice:
		set("issuer", OriginOpening)
	case b.SpeakerRole != "":
		set("issuer", OriginSpeaker)
	case b.DateLine != "":
		set("issuer", OriginDateLine)
	default:
		set("issuer", OriginBody)
	}
}

// shortOffice reports whether short is an office's short name for full
// (卫健委 for 卫生健康委员会, 住建局 for 住房和城乡建设局, 发改委 for 发展和改革
// 委员会): shorter, the same first character, the same kind of office
// (委 for 委员会), its other characters those of full in their order.
func shortOffice(short, full string) bool {
	var s, f []rune
	switch {
	case strings.HasSuffix(short, "委") && strings.HasSuffix(full, "委员会"):
		s, f = []rune(strings.TrimSuffix(short, "委")), []rune(strings.TrimSuffix(full, "委员会"))
	case strings.HasSuffix(short, "局") && strings.HasSuffix(full, "局"):
		s, f = []rune(strings.TrimSuffix(short, "局")), []rune(strings.TrimSuffix(full, "局"))
	default:
		return false
	}
	return len(s) >= 1 && len(s) < len(f) && s[0] == f[0] && inOrder(s, f)
}

// abbreviates reports whether short is a short form of the place full
// that the gazetteer does not know (东乌旗 for 东乌珠穆沁旗): shorter, the
// same first character and the same unit, its characters those of full in
// their order.
func abbreviates(short, full string) bool {
	s, f := []rune(short), []rune(full)
	return len(s) >= 3 && len(s) < len(f) && s[0] == f[0] && s[len(s)-1] == f[len(f)-1] && inOrder(s, f)
}

// inOrder reports whether the characters of s are characters of f in
// their order, others between them or not.
func inOrder(s, f []rune) bool {
	j := 0
	for _, r := range f {
		if j < len(s) && r == s[j] {
			j++
		}
	}
	return j == len(s)
}

// bodyPlace returns the place a work report of unit u is about, judged
// from the places its body names, with its division; "" when the unit is
// not a city's, a prefecture's, a province's or a county's, or no place
// dominates.
func bodyPlace(body, u string) (string, division) {
	r := ""
	switch u {
	case "市", "州", "盟", "地区", "行署", "林区":
		// (神农架林区, under its province, counts as a city as 仙桃市 does)
		// A work report names its own city and counties far more than
		// any other: the bar is higher than for a bureau's plan, and the
		// city's own name counts up to 60 times (a city next to a capital
		// names it a dozen times, itself fifty). A chunk of a report (the
		// head of a file cut in pieces) names it as often for its length:
		// the bar falls with the text, to three mentions at the least.
		minScore := 8
		if n := utf8.RuneCountInString(body); n < 2400 {
			minScore = max(3, n/300)
		}
		r = inferRegionBy(body, minScore, 3, 60)
		if u == "市" {
			// A county-level city's report from before the city became a
			// district (撤市设区) names itself in full by its old name,
			// which the gazetteer no longer holds, and its prefecture in
			// passing (接轨某某): the old city when it names itself more
			// often than the prefecture is named.
			if name, d, n := renamedBodyCounty(body, '市'); name != "" && (r == "" || n > strings.Count(body, shortName(r))) {
				return name, d
			}
		}
		if r == "" && u == "市" {
			r = bodyCounty(body, u) // a county-level city's (义乌发展史上)
		}
	case "省", "自治区":
		r = inferProvince(body)
		if r == "" {
			r = partyCommitteePlace(Simplify(body))
		}
	case "县", "旗", "区", "特区":
		r = bodyCounty(body, u)
		if r == "" {
			r = pageCounty(body, u)
		}
		if r == "" {
			r = framedPageCounty(body, u)
		}
		if r == "" && u == "县" {
			// A county's report from before it became a district or a
			// city (撤县设区, 撤县设市) names itself by its old name,
			// which the gazetteer no longer holds.
			if name, d, _ := renamedBodyCounty(body, '县'); name != "" {
				return name, d
			}
			// …or by its short name alone (綦江已经站在…的新起点).
			if name, d := renamedShortCounty(body); name != "" {
				return name, d
			}
		}
	case "":
		r = namedCounty(body)
		if r == "" {
			// A chunk of a county's report (a later page of a copy cut in
			// pages) may call itself 全县 too seldom for selfUnit, and name
			// itself once in full as it opens (…是某某族自治县成立70周年):
			// that county, at the unit it speaks for, when its name opens
			// the chunk.
			if su := chunkSelfUnit(body); su != "" {
				head := string([]rune(body)[:min(utf8.RuneCountInString(body), 500)])
				if c := bodyCounty(body, su); c != "" && strings.Contains(head, c) {
					r, u = c, su
				} else if su == "县" {
					// …or a chunk of a county's report from before it
					// became a district or a city, which names itself by
					// its short name only (关心綦江、支持綦江建设).
					if name, d := renamedShortCounty(body); name != "" {
						return name, d
					}
				}
			}
		}
		if r == "" {
			// A page of a county's report whose head says nothing of its
			// level (a page cut mid-report) but whose voice does (区委,
			// 县人大, 全县): the county it names in its own words
			// (framedPageCounty), at that level.
			for _, pu := range []string{"县", "区", "旗"} {
				c := ""
				if datelineLevelRe.MatchString(strings.ReplaceAll(body, pu, "@")) {
					c = framedPageCounty(body, pu)
				}
				if c != "" && r != "" {
					r = ""
					break
				}
				if c != "" {
					r, u = c, pu
				}
			}
		}
		if n := utf8.RuneCountInString(body); r == "" && n < 2400 && provinceSelfRe.MatchString(body) {
			// A chunk of a province's or a region's report (a later page
			// of a compilation cut in pages) that calls itself 全省 or 全区
			// too seldom for selfUnit and names its province by the short
			// name a few times (新西藏, 某某篇章): that province, the bar
			// falling with the text as for a city's chunk.
			if p := inferProvinceBy(body, max(5, n/300)); p != "" {
				r, u = p, provinceUnit(p)
			}
		}
	}
	if r == "" {
		return "", division{}
	}
	if ds := resolvePlace(r, u); len(ds) == 1 {
		return r, ds[0]
	}
	return "", division{}
}

// provinceSelfRe matches the words a province's or a region's report calls
// itself by (全省, 我省, 全区, 我区); a city's says 全市, a county's 全县.
var provinceSelfRe = mustLitRe(`[全我][省区]`)

// provinceUnit returns the unit of province-level place p: 自治区 for an
// autonomous region, 市 for a municipality, else 省.
func provinceUnit(p string) string {
	switch {
	case strings.HasSuffix(p, "自治区"):
		return "自治区"
	case strings.HasSuffix(p, "市"):
		return "市"
	}
	return "省"
}

// partyCommitteeRe matches the province's party committee a report names
// as leading its government (在中共中央、国务院和中共某某省委的正确领导下);
// group 1 is the province's name with its level.
var partyCommitteeRe = mustLitRe(`中共(\p{Han}{2,8}?(?:省|自治区))(?:委员会|党委|委)`)

// partyCommitteePlace returns the province whose party committee text
// names, when it names one only: a province's report, too short to name
// its province often, still says whose committee led its government.
func partyCommitteePlace(text string) string {
	r := ""
	for _, m := range partyCommitteeRe.FindAllStringSubmatch(text, -1) {
		if r != "" && m[1] != r {
			return ""
		}
		r = m[1]
	}
	if r == "" || lookupPlace(r) == nil {
		return ""
	}
	return r
}

// ownCommitteeRe matches a city's, a county's, a district's or a banner's
// party committee named in full (中共某某市委, 中共某某县委员会); group 1
// is the place's name with its level.
var ownCommitteeRe = mustLitRe(`中共(\p{Han}{1,8}?(?:市|县|区|旗))(?:委员会|委)`)

// ownCommitteePlace returns the place whose party committee text names,
// of the level u a government's report speaks for (市 for 我代表市人民政府),
// when text names one such committee only and the gazetteer knows its
// place: a county's report that names its city's committee too (在中共某某
// 市委、中共某某县委的坚强领导下) still has one county's. "" otherwise.
func ownCommitteePlace(text, u string) string {
	if u != "市" && u != "县" && u != "区" && u != "旗" {
		return ""
	}
	r := ""
	for _, m := range ownCommitteeRe.FindAllStringSubmatch(Simplify(text), -1) {
		if !strings.HasSuffix(m[1], u) {
			continue
		}
		if r != "" && m[1] != r {
			return ""
		}
		r = m[1]
	}
	if r == "" || len(lookupPlace(r)) == 0 {
		return ""
	}
	return r
}

// mountainOnly reports whether the county name, one named after its
// mountain (泰山区, 黄山区), is named in text only by the mountain's name,
// never in full: the mountain's, or the brands named after it (泰山番茄,
// 泰山茶溪谷, 泰山农业发展集团), which the places around it use too.
func mountainOnly(text, name string) bool {
	short := strings.TrimRight(name, "区县市旗")
	return short != name && strings.HasSuffix(short, "山") && !strings.Contains(text, name)
}

// datelineStemRe matches a story's dateline that names a place by its
// short name: 本报某某讯, 本网某某讯, 某某讯（记者…）, and the county media
// centre's 某某融媒讯; group 1 is the name.
var datelineStemRe = mustLitRe(`(?:^|\n)\s*(?:本报|本网|本台|本刊)?(\p{Han}{2,5}?)(?:融媒体中心|融媒体|融媒)?讯\s*(?:[（(]|[0-9]{1,2}月|$)`)

// datelinePlace returns the place a story's dateline names by its short
// name (临沧 for 临沧市, 大化 for 大化瑶族自治县, 六枝 for 六枝特区), when the
// name is one place's and nothing else, not a medium's (新华网讯), and the
// story speaks of its place by that place's level (县十届人大, 全区).
func datelinePlace(text string) string {
	m := datelineStemRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return stemOwnPlace(m[1], text) // "" for a reporter away from home (本报北京讯 over national news)
}

// stemOwnPlace returns the place stem names by its short name, when stem
// is one place's and nothing else's and text speaks of its own place by
// that place's level (我市, 县十届人大, 区委); else "".
func stemOwnPlace(stem, text string) string {
	var found []place
	walkPlaces(stem, func(p place) { found = append(found, p) })
	if len(found) != 1 || !strings.HasPrefix(found[0].name, stem) {
		return ""
	}
	u, _ := utf8.DecodeLastRuneInString(found[0].name)
	if !datelineLevelRe.MatchString(strings.ReplaceAll(text, string(u), "@")) {
		return ""
	}
	return found[0].name
}

// mediaStemRe matches a local medium a page names as its source or its
// editor (来源：某某日报, 责编：某某手机报, 来源:某某广播电视台 after the
// day), or a paper's name alone on its line over an e-edition's story
// (某某晚报); group 1 or 2 is the place's short name before the medium.
var mediaStemRe = mustLitRe(`(?m)(?:(?:信息来源|文章来源|来源|稿源|责编|责任编辑)\s*[：:]\s*(\p{Han}{2,5}?)` + mediaPat + `(?:社)?(?:[^\p{Han}]|$)|^\s*(\p{Han}{2,5}?)(?:日报|晚报|都市报)\s*$)`)

// mediaPat matches the kinds of a place's own media: its papers, its
// paper's phone edition, its news site, its broadcaster, its media centre.
const mediaPat = `(?:日报|晚报|都市报|手机报|新闻网|广播电视台|电视台|融媒体中心|融媒中心)`

// mediaPlace returns the place whose own paper or station the page names
// in its source or credit line, or alone over the story (来源：某某日报),
// by the place's short name, when text speaks of its own place by that
// place's level: a city's report or news reprinted by its daily, which
// names the city nowhere else (我市, 市长).
func mediaPlace(raw, text string) string {
	for _, m := range mediaStemRe.FindAllStringSubmatch(raw, -1) {
		if p := stemOwnPlace(m[1]+m[2], text); p != "" {
			return p
		}
	}
	return ""
}

// crumbSiteRe matches a breadcrumb whose first crumb is a place's own news
// site by the place's short name (您当前的位置: 某某新闻 > 时政要闻, 当前位置：
// 某某新闻网 > 正文, 您当前的位置 : 中国某某网 > 新闻中心): group 1 or 2 is the
// short name. A site called by a name of its own that only holds 网
// (东方网, 华龙网) is left alone: such a name is no place's.
var crumbSiteRe = mustLitRe(`(?m)^\s*(?:您|你)?(?:当前的?|现在的?|所在的?)\s*(?:的\s*)?位置\s*[：:]\s*(?:中国(\p{Han}{2,4}?)网|(\p{Han}{2,5}?)新闻网?)\s*(?:[>›»]|-+>)`)

// crumbSitePlace returns the place whose own news site raw's breadcrumb
// names first (crumbSiteRe), when text speaks of its own place by that
// place's level (县十六届人大, 全县), as stemOwnPlace reads it; else "".
func crumbSitePlace(raw, text string) string {
	m := crumbSiteRe.FindStringSubmatch(raw)
	if m == nil {
		return ""
	}
	return stemOwnPlace(m[1]+m[2], text)
}

// datelineLevelRe matches a story's words for its own place by its level,
// the level's character replaced by @: 全@, 我@, @委, @人大, @政府, @长,
// @十届, @第十届.
var datelineLevelRe = mustLitRe(`全@|我@|@(?:委|人大|政府|长|第?[一二三四五六七八九十]+届)`)

// partnerCityCounty returns the county that text speaks as and names over
// and over in full, when city, the city inferRegion chose, is not that
// county's: a county's story of a visit or of a partnership (东西部协作,
// 对口帮扶) names its partner's city with a district of it once (某市某区与
// 某县结对), which outweighs the county's own city the story never names.
// The story speaks as a county by its officers' and offices' level
// (县委常委、副县长, 全县, 县政府) more than as a city; the county must be
// the one bodyCounty finds for that level. "" otherwise.
func partnerCityCounty(text, city string) string {
	if !isCity(city) {
		return ""
	}
	u := voicedUnit(text)
	if u != "县" && u != "旗" && u != "区" {
		return ""
	}
	c := bodyCounty(text, u)
	if c == "" {
		return ""
	}
	if _, pref := PlaceChain(c); pref == city {
		return "" // the city's own county: ownCounty's to judge
	}
	return c
}

// voicedUnit returns the unit text speaks as most, twice at least and more
// often than any other (全县, 县委, 县长, 县政府, 县某某局: datelineLevelRe
// and levelOfficeVoiceRe with the level written @), or "".
func voicedUnit(text string) string {
	text = strings.ReplaceAll(text, "自治区", "")
	best, most, tie := "", 1, false
	for _, u := range ownUnits {
		// Each match holds the level once (@), so a unit the text writes
		// fewer times than the count to beat or tie cannot change the answer.
		if strings.Count(text, u) < most {
			continue
		}
		at := strings.ReplaceAll(text, u, "@")
		n := len(datelineLevelRe.FindAllStringIndex(at, -1)) + len(levelOfficeVoiceRe.FindAllStringIndex(at, -1))
		switch {
		case n > most:
			best, most, tie = u, n, false
		case n == most && best != "":
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// officerNameRe matches an official's post and the person's name after it
// (县长李某某就…, 主任某某、, 县委书记某某代表…): two or three characters
// before a mark or a word of what was said or done; the name in group 1.
var officerNameRe = mustLitRe(`(?:县长|区长|市长|州长|旗长|盟长|镇长|乡长|省长|书记|主任|主席|局长|部长|厅长|处长|院长|校长|委员)(\p{Han}{2,3}?)(?:[^\p{Han}]|$|就|在|代表|表示|说|指出|强调|主持|出席|参加|陪同|作|向|对|带领|带队|率|等|一行|同志|和|与|及|为|到|来|赴|深入|调研|考察|讲话|要求)`)

// notNameStart are the characters that, right after an official's post,
// open what he did rather than his name (书记在…, 书记来…, 书记上党课) or the
// stand of a congress's chair (主席台, 主席团).
const notNameStart = "在对来到赴从为与和是要把将就也都上台团"

// officerNamesMasked returns text with every mention of an official's name
// that holds a place's name blanked (spaces for its bytes): a story names
// its officials after their posts (县长某某某, 院长某某某), and a given name
// may be a place's short name (某长春, 某兴国, 某玉龙), which would otherwise
// count as that place each time the story names the person. Only names
// read after a post are masked, then wherever the story repeats them.
func officerNamesMasked(text string) string {
	var names []string
	for _, m := range officerNameRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		if strings.ContainsRune(notNameStart, firstRune(name)) {
			continue // no name: 书记在某省考察, 书记对某省, 主席台前排
		}
		if _, n := utf8.DecodeLastRuneInString(text[:m[2]]); placeOpens(text[m[2]-n : m[3]]) {
			continue // a place's name across the post's end: 某省长沙市, 本市长春路
		}
		placeIn := false
		walkPlaces(name, func(place) { placeIn = true })
		if placeIn && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	for _, n := range names {
		text = strings.ReplaceAll(text, n, strings.Repeat(" ", len(n)))
	}
	return text
}

// placeOpens reports whether s opens with a place's name, full or short.
func placeOpens(s string) bool {
	opens := false
	walkPlaceSpans(s, func(_ place, i, _ int) {
		if i == 0 {
			opens = true
		}
	})
	return opens
}

// ownUnits are the units a text may call its own place by: a county's
// level, a district's, a banner's, a city's, a prefecture's, a league's.
var ownUnits = []string{"县", "区", "旗", "市", "州", "盟"}

// soleOwnPlace returns the place a text that calls its own place by its
// level (我市, 市委书记, 全县, 区长) names in full, or by its short form
// where the words after it make it the place's (符合某某实际, 书写某某新
// 篇章, 某某人民), as a story's quote or a slogan does: the level the text
// speaks as most, twice at least, and the one place of that level it names
// so, no other beside. An autonomous region's words (自治区党委, 全区 of
// the region) do not count for a district's. It returns "" when the text
// names none or several, speaks as a township (全镇, 乡政府: the places it
// names are above it) or blanks its own name (XX市), and when the one place
// is a prefecture the text speaks to the towns under it, as a county-level
// city does, and to no county.
func soleOwnPlace(text string) string {
	if blankedPlaceRe.MatchString(text) {
		return "" // a template or a copy that blanked its own name (XX市)
	}
	masked := strings.ReplaceAll(text, "自治区", "")
	towns := strings.NewReplacer("各镇", "", "各乡", "", "乡镇", "").Replace(masked) // (a county's words to its towns: 各镇政府)
	for _, u := range []string{"镇", "乡"} {
		if datelineLevelRe.MatchString(strings.ReplaceAll(towns, u, "@")) {
			return "" // a township's paper: the places it names are above it
		}
	}
	var units []string // the levels spoken as most, twice at least
	most := 1
	for _, u := range ownUnits {
		at := strings.ReplaceAll(masked, u, "@")
		n := len(datelineLevelRe.FindAllStringIndex(at, -1)) + len(levelOfficeVoiceRe.FindAllStringIndex(at, -1))
		if n > most {
			units, most = []string{u}, n
		} else if n == most && most > 1 {
			units = append(units, u)
		}
	}
	sole := func(unit string) string {
		found, ok := "", true
		walkPlaces(text, func(p place) {
			name := p.name
			if old := formerName("", text, name); strings.HasSuffix(old, unit) && !strings.HasSuffix(name, unit) {
				// a district or a city named by the county's name it had
				// (or that a live county goes by): that name, said in full
				name = old
			} else if !strings.HasSuffix(name, unit) || !placeAttested(text, name, unit) && !soleAutonomousShort(text, name, unit) {
				return
			}
			if found != "" && found != name {
				ok = false
			}
			found = name
		})
		if !ok {
			return ""
		}
		return found
	}
	// Two levels spoken as often (县政府 of the page's own, 市政府 of the
	// city's meeting it relays) are settled by the places: the one level
	// whose one place the text names is the text's own; with none, or
	// with one for each, no level is.
	unit, found := "", ""
	for _, u := range units {
		if f := sole(u); f != "" {
			if found != "" {
				return ""
			}
			unit, found = u, f
		}
	}
	if found == "" {
		return ""
	}
	if unit == "市" && isCity(found) && hasCounties(found) && townVoiceRe.MatchString(text) && !countyVoiceRe.MatchString(text) {
		// 市 is the voice of a county-level city too: one that speaks
		// to its towns (与各乡镇（街道）签订…, 各镇、各部门) and to no
		// county names the prefecture above it (创建某某市“青年文明号”,
		// 某某市…推进会在我市召开), not its own place.
		return ""
	}
	return found
}

// soleAutonomousShort reports whether name, an autonomous county or banner
// of unit u, is named by its place name (麻阳 for 麻阳苗族自治县) twice at
// least and is the only county-level place the text names: a county's
// news names its county so (5年来某某取得的成绩), and the full name, with
// its peoples, hardly ever. A text that names another county too may be
// naming a neighbour or a partner by its short form: none.
func soleAutonomousShort(text, name, u string) bool {
	if !strings.HasSuffix(name, "自治"+u) {
		return false
	}
	n, other := 0, false
	walkPlaces(text, func(p place) {
		if p.name == name {
			n++
		} else if p.county {
			other = true
		}
	})
	return n >= 2 && !other
}

// levelOfficeVoiceRe matches, in a text whose level u is written @, an
// office named by the level alone (区财政局召开…, 会议由县教育局主持): the
// text's own government's office, which a bureau's news and papers call
// themselves by as often as 全区. Offices of every place of a level (各区
// 财政局) are not its own.
var levelOfficeVoiceRe = mustLitRe(`(?:^|[^各])@\p{Han}{2,5}?局`)

// townVoiceRe matches a city's words to the towns under it (各镇, 各乡镇,
// 乡镇（街道）, 镇街), and countyVoiceRe its words to the counties and
// districts under it (各县, 县区, 县（市、区）), which only a prefecture has.
var (
	townVoiceRe   = mustLitRe(`各镇|各乡镇|乡镇[（(]街道[）)]|镇[（(]街道[）)]|镇街`)
	countyVoiceRe = mustLitRe(`各县|县区|区县|县市区|县[（(]市|各区|[市县]辖区`)
)

// hasCounties reports whether the gazetteer lists counties or districts
// under city (a prefecture-level city that governs towns directly, 东莞市,
// has none).
func hasCounties(city string) bool {
	loadGazetteer()
	for _, p := range gazPlaces {
		if p.county && p.city == city {
			return true
		}
	}
	return false
}

// blankedPlaceRe matches a place's name blanked before its level: XX市,
// ××县, __镇.
var blankedPlaceRe = mustLitRe(`[XxＸｘ×＊*_＿]{1,4}(?:市|县|区|州|旗|镇|乡)`)

// placeFrameRe matches the words after a place's short form that make it
// the place's own name in a story (某某实际, 某某发展, 某某新篇章, 某某人民,
// 某某教育高质量发展),
// where a short form in a common word (同心同行, a landmark's 某某岛) has
// none.
var placeFrameRe = mustLitRe(`^(?:实际|发展|教育|各领域|新篇章|篇章|人民|大地|高质量|经济社会|未来)`)

// placeAttested reports whether text names name in full, or by its short
// form (name without its unit u, two characters at least) before the
// words placeFrameRe matches or inside the slogan of its modernization's
// practice (中国式现代化某某实践).
func placeAttested(text, name, u string) bool {
	if strings.Contains(text, name) {
		return true
	}
	short := strings.TrimSuffix(name, u)
	if a := autonomousCountyShort(name); a != "" {
		// an autonomous county goes by its place name, not by its name
		// without 县 (长阳县 and 长阳 for 长阳土家族自治县)
		if strings.Contains(text, a) {
			return true
		}
		short = strings.TrimRight(a, "县旗")
	}
	if utf8.RuneCountInString(short) < 2 {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, short)
		if i < 0 {
			return false
		}
		before := text[:len(text)-len(rest)+i]
		rest = rest[i+len(short):]
		if placeFrameRe.MatchString(rest) || modernPracticeBeforeRe.MatchString(before) && practiceAfterRe.MatchString(rest) {
			return true
		}
	}
}

// modernPracticeBeforeRe and practiceAfterRe match the slogan around a
// place's short form that makes it the speaker's own place: the place's
// practice of Chinese modernization (奋力谱写中国式现代化某某实践, 中国式现代化
// 建设的某某新实践), which a place says of itself only.
var (
	modernPracticeBeforeRe = mustLitRe(`中国式现代化(?:建设)?的?$`)
	practiceAfterRe        = mustLitRe(`^新?实践`)
)

// bodyCounty returns the county-level place of unit u a work report is
// about, judged from the counties its body names: a county's report names
// itself by its short name (黎平发展史上, 全面建设现代化某县) and hardly any
// other county, a partner it works with (对口协作) a few times. It must be
// named three times at the least, more in a longer text (eight times in a
// whole report), and three times as often as any other; or be the only
// county its first lines name in full.
func bodyCounty(body, u string) string {
	count := map[string]int{}
	for name, n := range countiesNamed(body) {
		if ds := resolvePlace(name, u); len(ds) == 1 && ds[0].name == name && !mountainOnly(body, name) {
			count[name] = n
		}
	}
	minScore := min(8, max(3, utf8.RuneCountInString(body)/600))
	if r := dominant(count, minScore, 3); r != "" || u == "市" {
		// (a city's report may name a county-level city of its own in
		// full as it opens: the rule below is for a county's)
		return r
	}
	// A report that calls itself 全县 and 我县 throughout may name itself
	// once, in full, as it opens (2031年是某某县发展史上…): the only county
	// named so in its first lines is its own, unless the body names
	// another more often.
	head := []rune(body)
	head = head[:min(len(head), 500)]
	own := ""
	for name := range countiesNamed(string(head)) {
		if _, ok := count[name]; !ok || !strings.Contains(string(head), name) {
			continue // not of the unit, or named by its short form only
		}
		if own != "" {
			return ""
		}
		own = name
	}
	for name, n := range count {
		if own != "" && name != own && n > count[own] {
			return ""
		}
	}
	return own
}

// pageCounty returns the county-level place of unit u that a page of a
// county's work report (a site's second page, an excerpt: under
// shortPageRunes) names by its short name twice at least when it names no
// other county-level place at all (桦川振兴, 新桦川), else "". A whole
// report names itself far more often (bodyCounty's bar); a page of it,
// read as the county's own by its voice (我代表县政府, 县第十八届人民代表
// 大会), may name itself only twice. A page that names another county too
// may be naming partners only (与某某共建, 某某、某某两地协作): none.
func pageCounty(body, u string) string {
	if utf8.RuneCountInString(body) >= shortPageRunes {
		return ""
	}
	named := countiesNamed(body)
	if len(named) == 0 {
		// …or by the two characters an autonomous county goes by (前郭
		// for 前郭尔罗斯蒙古族自治县: abbreviatedCounty), which the
		// gazetteer's walk does not take for a place in running text.
		named = abbreviatedCountiesNamed(body)
	}
	if len(named) != 1 {
		return ""
	}
	for name, n := range named {
		if ds := resolvePlace(name, u); n >= 2 && len(ds) == 1 && ds[0].name == name && !mountainOnly(body, name) {
			return name
		}
	}
	return ""
}

// pageFrameRe matches the words after a county's short name that only the
// county's own report says of it: its history (某某发展史上, 某某历史上,
// and 某某开展史上 where a converter turned 發展 into 开展), its reform and
// development, its fight against poverty (某某改革发展, 加快某某脱贫攻坚).
// Words a county also says of the partner it helps (推动某某高质量发展,
// county_page_two_counties_named.txt) are left out. pageLandRe matches
// the words before it that make it the place a project comes to
// (大项目成功落户某某).
var (
	pageFrameRe = mustLitRe(`^(?:(?:发展|开展|历)?史上|改革发展|脱贫攻坚)`)
	pageLandRe  = mustLitRe(`落户$`)
)

// framedPageCounty returns the county-level place of unit u (县, 区, 旗)
// that a page of a county's report (under shortPageRunes) names by its
// short name in the words only its own report uses (pageFrameRe,
// pageLandRe): a page of seven hundred characters may name its county
// once only (为加快某某脱贫攻坚…做出积极贡献, 是某某历史上极不平凡的一年),
// under pageCounty's bar of two, or beside a word the gazetteer's walk
// takes for another county (an honorary title: 全省平安区称号), or by a
// mountain's name that is the county's too (mountainOnly). The stem is
// looked up with u, not walked: a stem that several places share (兴安)
// is one place at unit u. "" when the page frames two places so, or names
// another county of unit u twice.
func framedPageCounty(body, u string) string {
	if utf8.RuneCountInString(body) >= shortPageRunes || u != "县" && u != "区" && u != "旗" {
		return ""
	}
	rs := []rune(body)
	// county returns the place of unit u whose stem, of two characters or
	// else of three, ends at rune i (before a frame) or starts there
	// (after 落户); "" when no such stem names one place at unit u
	county := func(i int, before bool) string {
		for _, n := range []int{2, 3} {
			from, to := i-n, i
			if !before {
				from, to = i, i+n
			}
			if from < 0 || to > len(rs) || !allHan(rs[from:to]) {
				continue
			}
			name := string(rs[from:to]) + u
			if ds := resolvePlace(name, u); len(ds) == 1 && ds[0].name == name {
				return name
			}
		}
		return ""
	}
	own := ""
	for i := range rs {
		c := ""
		if pageFrameRe.MatchString(string(rs[i:min(len(rs), i+6)])) {
			c = county(i, true)
		}
		if c == "" && pageLandRe.MatchString(string(rs[max(0, i-2):i])) {
			c = county(i, false)
		}
		if c == "" {
			continue
		}
		if own != "" && c != own {
			return ""
		}
		own = c
	}
	if own == "" {
		return ""
	}
	for name, n := range countiesNamed(body) {
		if name != own && n >= 2 && len(resolvePlace(name, u)) == 1 {
			return ""
		}
	}
	return own
}

// abbreviatedCountiesNamed returns how often text names each autonomous
// county by the two characters of its abbreviation (前郭 for 前郭县,
// 前郭尔罗斯蒙古族自治县), for abbreviations that name one county alone.
func abbreviatedCountiesNamed(text string) map[string]int {
	loadDivisions()
	n := map[string]int{}
	for a, ds := range countyAbbr {
		if len(ds) != 1 || len(divByName[a]) > 0 {
			continue
		}
		if c := strings.Count(text, strings.TrimSuffix(a, "县")); c > 0 {
			n[ds[0].name] += c
		}
	}
	return n
}

// shortPageRunes is the length under which a text is one page of a
// report or an excerpt of it, not a whole report.
const shortPageRunes = 1200

// renamedBodyCounty returns the county (level '县') or the county-level
// city (level '市') a report is about when its body names it in full by a
// name the gazetteer no longer holds because the place has since become a
// district or a city (某某县 or 某某市, now 某某区: successorCounty), with
// the successor's province and prefecture and the times the name is said;
// "" when no such name is said at least as often as bodyCounty asks of a
// county's name, and three times as often as any other. Only full names
// count: a bare stem is too common a word (a river, a hill) to say which
// place a report speaks for; nor does a market (某某市场).
func renamedBodyCounty(body string, level rune) (string, division, int) {
	count := map[string]int{}
	divs := map[string]division{}
	miss := map[string]bool{} // names looked up and not renamed places
	rs := []rune(body)
	for i, c := range rs {
		if c != level || level == '市' && i+1 < len(rs) && rs[i+1] == '场' {
			continue
		}
		// the longest stem of two to four Han characters before the level
		// that names a renamed place (某某县, 某某某市)
		for n := min(4, i); n >= 2; n-- {
			stem := rs[i-n : i]
			if !allHan(stem) {
				continue
			}
			name := string(stem) + string(level)
			if miss[name] {
				continue
			}
			if _, ok := divs[name]; !ok {
				d, ok := successorCounty(name)
				if !ok {
					miss[name] = true
					continue
				}
				divs[name] = d
			}
			count[name]++
			break
		}
	}
	minScore := min(8, max(3, len(rs)/600))
	if r := dominant(count, minScore, 3); r != "" {
		return r, divs[r], count[r]
	}
	return "", division{}, 0
}

// renamedShortCounty returns the county a text that speaks as a county (全县,
// 县人民政府) is about when it names itself by its short name alone and that
// name is now a district's or a city's (綦江, 綦江区 since the county was
// made a district): the county's name then (綦江县), which is the issuing
// body's own place at the time (a name the gazetteer keeps as the
// successor's, successorCounty), and its division. The short name must be
// the only county-level place the text names, at least twice (pageCounty's
// bar for a page, bodyCounty's for a longer text), and the text must not
// name the district or city in full, which would make it the successor's
// own paper or a mention of it, nor the old county in full, which
// renamedBodyCounty weighs with its own bar (与江宁县签订合作协议 twice is a
// partner named in passing).
func renamedShortCounty(body string) (string, division) {
	named := countiesNamed(body)
	if len(named) != 1 {
		return "", division{}
	}
	for name, n := range named {
		stem := shortName(name)
		if stem == "" || strings.Contains(body, name) || strings.Contains(body, stem+"县") || mountainOnly(body, name) ||
			!(strings.HasSuffix(name, "区") || strings.HasSuffix(name, "市")) {
			return "", division{}
		}
		if n < max(2, min(8, utf8.RuneCountInString(body)/600)) {
			return "", division{}
		}
		d, ok := successorCounty(stem + "县")
		if !ok {
			return "", division{}
		}
		if now := lookupPlace(name); len(now) != 1 || now[0].province != d.province || now[0].prefecture != d.prefecture {
			return "", division{}
		}
		return d.name, d
	}
	return "", division{}
}

// townOfShort returns the township a text is about when county, the
// county-level place namedCounty found, is named by its short form alone
// (文化某某、开放某某、生态某某 in its slogans, never 某某县) and the text
// speaks as a township of one kind (全镇, 我镇, 镇党委: townshipOf) and
// never as a county, a district, a banner or a city (全县, 我区, 全市): the
// short form is the town's own name, which towns share with counties far
// away. It returns the short form and 镇 or 乡, else "".
func townOfShort(text, county string) string {
	short := shortName(county)
	if short == "" || strings.Contains(text, county) {
		return ""
	}
	u := townshipOf(text)
	if u == "" {
		return ""
	}
	for _, l := range []string{"县", "区", "旗", "市"} {
		if strings.Contains(text, "全"+l) || strings.Contains(text, "我"+l) || strings.Contains(text, "本"+l) {
			return ""
		}
	}
	return short + u
}

// namedCounty returns the county-level place a work report that never
// names its own level (no 全区, no 我县, no date line: a district's digest
// of headline-like lines) is about, when its body names that place, in
// full or by its short form (蔡甸发展备受关注, 到访蔡甸), five times at least
// and three times as often as any other county and more often than any
// prefecture-level city: "" otherwise.
func namedCounty(body string) string {
	count := map[string]int{}
	for name, n := range countiesNamed(body) {
		if ds := resolvePlace(name, ""); len(ds) == 1 && ds[0].name == name && !mountainOnly(body, name) {
			count[name] = n
		}
	}
	r := dominant(count, min(8, max(5, utf8.RuneCountInString(body)/600)), 3)
	if r == "" {
		return ""
	}
	cities, _ := namedPlaces(body)
	for _, n := range cities {
		if n >= count[r] {
			return ""
		}
	}
	return r
}

// nationalTitle reports whether title names the State Council's work
// report and no other place: 2019年国务院政府工作报告, 国务院政府工作报告（全文）.
func nationalTitle(title string) bool {
	return strings.Contains(title, "国务院") && strings.Contains(title, "政府工作报告") && namedPlace(strings.ReplaceAll(title, "国务院", "")) == ""
}

// nationalBody reports whether body, a work report's, is the State
// Council's by the way it speaks: 我国 eight times at least, and the words a
// local government calls its own place by (全省, 我市, 全县, 全区, 我州…) at
// most a quarter as often. The State Council's reports of 2003-2015 say 我国
// 8-22 times and 全市 or 全省 at most once; a city's or a province's says
// 我国 at most four times and its own place 15-70 times.
func nationalBody(body string) bool {
	n := strings.Count(body, "我国")
	if n < 8 {
		return false
	}
	return localMentions(body)*4 <= n
}

// nationalWords are the words only the centre's report speaks of the
// country by: its whole, its budget and its provinces.
var nationalWords = []string{"全国", "我国", "中央财政", "中央预算内投资", "各省（区、市）", "各省区市", "国务院", "全国人大", "国内生产总值"}

// nationalVoice reports whether body uses three of nationalWords at least.
func nationalVoice(body string) bool {
	n := 0
	for _, w := range nationalWords {
		if strings.Contains(body, w) {
			n++
		}
	}
	return n >= 3
}

// localMentions counts the words a place's text calls itself by: 全省, 我市,
// 全县, 我区 and the like.
func localMentions(body string) int {
	local := 0
	for _, w := range []string{"全省", "我省", "全市", "我市", "全县", "我县", "全区", "我区", "全州", "我州", "全盟", "我盟", "全旗", "我旗"} {
		local += strings.Count(body, w)
	}
	return local
}

// englishReportTitleRe matches a work report's English title alone on its
// line, naming no place: Report on the Work of the Government (or in
// capitals), as a bilingual page gives the State Council's.
var englishReportTitleRe = mustLitRe(`(?m)^\s*(?:[0-9]+\s*)?(?:Report\s+on\s+the\s+Work\s+of\s+the\s+Government|REPORT\s+ON\s+THE\s+WORK\s+OF\s+THE\s+GOVERNMENT)\s*(?:\p{Han}.*)?$`)

// englishTitleLineRe matches a work report's English title alone on its
// line as an English edition heads it: bare, with the year in brackets
// after it (Report on the Work of the Government (2031)) or with the day
// it was delivered after a dash (…——February 24, 2031). Group 1 is the
// bracketed year, group 2 the day's month and group 3 its year.
var englishTitleLineRe = mustLitRe(`^\s*Report\s+on\s+the\s+Work\s+of\s+the\s+Government\s*(?:[（(]\s*((?:19|20)[0-9]{2})\s*[）)]|(?:——|—|–|-)\s*([A-Z][a-z]+)\.?\s+[0-9]{1,2}\s*,?\s*((?:19|20)[0-9]{2}))?\s*$`)

// englishGreetingRe matches an English edition's greeting to the congress
// alone on its line (Fellow Deputies,).
var englishGreetingRe = mustLitRe(`(?m)^\s*Fellow\s+Deputies\s*[,:，：]?\s*$`)

// englishOnly reports whether text, a head, greets the congress in English
// only (Fellow Deputies, and no 各位代表): an English edition, not a
// bilingual page.
func englishOnly(text string) bool {
	return englishGreetingRe.MatchString(text) && !strings.Contains(text, "各位代表")
}

// englishEdition returns the title of an English edition of a work report
// (a portal's English pages, a forum's translation) and the year its title
// line gives, 0 when none: the English title line among the first eight
// lines, above the English greeting (Fellow Deputies), in a text with no
// Chinese greeting (各位代表), which a bilingual page has and is read by. A
// report delivered in December is the next year's. It returns "", 0 for
// any other text.
func englishEdition(head []string) (string, int) {
	text := strings.Join(head[:min(len(head), 40)], "\n")
	if !englishOnly(text) {
		return "", 0
	}
	title, year := "", 0
	for i, seen := 0, 0; i < len(head) && seen < 8; i++ {
		l := strings.TrimSpace(head[i])
		if l == "" {
			continue
		}
		seen++
		m := englishTitleLineRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		title = "Report on the Work of the Government"
		if y := atoi(m[1]); y != 0 && year == 0 {
			year = y
		} else if y := atoi(m[3]); y != 0 && year == 0 {
			year = y
			if strings.HasPrefix(m[2], "Dec") {
				year++
			}
		}
	}
	if title == "" || englishGreetingRe.FindStringIndex(text)[0] < strings.Index(text, title) {
		return "", 0 // (the greeting above the title: no title block)
	}
	return title, year
}

// selfUnit returns the unit a text speaks for when it calls itself so
// often that there is no doubt: 全州 and 我州 for an autonomous prefecture's
// report; "" when no unit has three times as many mentions as the next. 区
// is left out: a region (自治区) and a district both say 全区.
func selfUnit(body string) string {
	count := map[string]int{}
	for _, m := range selfUnitRe.FindAllStringSubmatch(body, -1) {
		count[m[1]+m[2]]++
	}
	best, second := "", 0
	for u, n := range count {
		switch {
		case best == "" || n > count[best]:
			second = max(second, count[best])
			best = u
		case n > second:
			second = n
		}
	}
	if best == "" || count[best] < 3 || count[best] < 3*second {
		return ""
	}
	return best
}

// chunkSelfUnit returns 县 or 旗 when body calls itself so (全县, 我旗) at
// least once and by no other unit as often: the weak evidence of a chunk,
// which bodyPlace takes only with the county's full name in its opening.
func chunkSelfUnit(body string) string {
	count := map[string]int{}
	for _, m := range selfUnitRe.FindAllStringSubmatch(body, -1) {
		count[m[1]+m[2]]++
	}
	best := ""
	for _, u := range []string{"县", "旗"} {
		if count[u] > 0 && (best == "" || count[u] > count[best]) {
			best = u
		} else if best != "" && count[u] == count[best] {
			return ""
		}
	}
	if best == "" {
		return ""
	}
	for u, n := range count {
		if u != best && n >= count[best] {
			return ""
		}
	}
	return best
}

// selfUnitRe finds a text calling itself by its unit. 全省 is left out: a
// city's report ranks itself in its province (居全省第1位).
var selfUnitRe = mustLitRe(`我(省)|[全我](市|州|盟|县|旗)`)

// prefectureVoiceRe finds a text speaking as an autonomous prefecture's:
// 全州, 我州, 州委, 州政府, 州长, 州人大.
var prefectureVoiceRe = mustLitRe(`[全我]州|州(?:委|人民政府|政府|长|人大|政协)`)

// prefectureByStem returns the autonomous prefecture a text that speaks as
// a prefecture's (prefectureVoiceRe, three times at least) names by its own
// name alone, twice at least (某某发展, 推进某某现代化), when one prefecture's
// own name is so named: the gazetteer gives a stem shared with the seat
// city (大理, 楚雄, 恩施) to the city, but a prefecture's paper or news
// speaks for the prefecture. "" otherwise.
func prefectureByStem(text string) string {
	if len(prefectureVoiceRe.FindAllStringIndex(text, 3)) < 3 {
		return ""
	}
	found := ""
	for _, d := range allDivisions() {
		m := prefectureRe.FindStringSubmatch(d.name)
		if d.level != 2 || m == nil || strings.Count(text, m[1]) < 2 {
			continue
		}
		if found != "" {
			return ""
		}
		found = d.name
	}
	return found
}

// fullPlaceName returns the full name of the banner, league, prefecture or
// autonomous county that name calls by its short form (科右前旗, 东乌旗,
// 锡盟, 巴州, 长阳县 for 长阳土家族自治县) or by its two-character
// abbreviation (前郭县, 喀左县, 杜蒙县: abbreviatedCounty), as a title or a
// date line may; else name.
func fullPlaceName(name string) string {
	loadDivisions()
	ds := divByName[name]
	if d, ok := abbreviatedCounty(name); ok {
		return d.name // 前郭县 for 前郭尔罗斯蒙古族自治县
	}
	if len(ds) != 1 || ds[0].name == name {
		return name
	}
	return ds[0].name
}

// placeName returns the full name of the place name stands for at unit u,
// with its division when the gazetteer knows it: 某某自治州 for 某某州, the
// district for 某市某区. A full name the gazetteer does not know (a
// fictional or renamed place) is taken as it is; a name that several places
// share keeps no chain.
func placeName(name, u string) (string, division) {
	ds := resolvePlace(name, u)
	switch {
	case len(ds) == 1:
		return ds[0].name, ds[0]
	case len(ds) > 1:
		if ds[0].name == name || lookupPlace(name) != nil {
			return name, division{}
		}
		return "", division{}
	}
	if m := countyTownRe.FindStringSubmatch(name); m != nil && !strings.ContainsRune(notPlaceStart, firstRune(name)) {
		// A town named with the city and the district or county above
		// it (某市某区某某镇, as a town's date line does): the town.
		return m[1], division{}
	}
	if placeRe.FindString(name) == name && !strings.ContainsRune(notPlaceStart, firstRune(name)) {
		return name, division{}
	}
	if oneCharCountyRe.FindString(name) == name && u == "县" && renamedCountyName(name) {
		return name, division{} // a renamed county of one character (郫县)
	}
	if townRe.MatchString(name) && !strings.ContainsRune(notTownStart, firstRune(name)) {
		return name, division{}
	}
	return "", division{}
}

// notTownStart lists the first characters of notPlaceStart that still open
// a town's or a street's name of three characters or more: 城关镇, 城东街道,
// 新集镇 (城镇, 新乡 are too short for townRe).
var notTownStart = strings.Map(func(r rune) rune {
	if r == '城' || r == '新' {
		return -1
	}
	return r
}, notPlaceStart)

// govOfficeRe matches an office named after the government it belongs to,
// then a year or what the paper is about: 合作交流办公室 in 某市人民政府
// 合作交流办公室2031年政府信息公开工作年度报告, 教育督导室 in 某县人民政府
// 教育督导室2031年工作总结 (any …室: 研究室, 督导室, 参事室).
var govOfficeRe = mustLitRe(`人民政府(\p{Han}{2,10}?(?:办公室|委员会|局|室))\s*(?:(?:19|20)[0-9]{2}|上半年|下半年|半年|年度|工作|关于|$)`)

// headlineStemPlace returns the place whose name without its unit opens
// title (宜城 of 宜城部署…, a county-level city), when body names it with
// the unit and the gazetteer knows it as one place; "" otherwise.
func headlineStemPlace(title, body string) string {
	t := []rune(leadYearRe.ReplaceAllString(strings.TrimSpace(title), ""))
	for n := 2; n <= 3 && n < len(t); n++ {
		stem := string(t[:n])
		if !IsHan(t[0]) || !IsHan(t[n-1]) || strings.ContainsRune(notPlaceStart, t[0]) || strings.ContainsRune("省市县区州旗盟镇乡", t[n]) {
			continue
		}
		for _, u := range []string{"市", "县", "区", "旗"} {
			if strings.Contains(body, stem+u) && len(lookupPlace(stem+u)) == 1 {
				return stem + u
			}
		}
	}
	return ""
}

// farmLeadRe matches a title that opens with a state farm's or a forest
// farm's name, then its year, its congress's term or what it holds or
// writes: 某某农场2031年…, 某某农场七届一次职代会…, 某某林场召开…; the
// farm in group 1. farmSubjectRe finds the farm as the subject of a
// paragraph's opening sentence after the time it reviews: 2031年以来，
// 某某农场在…, 一年来，某某林场坚持….
var (
	farmLeadRe    = mustLitRe(`^(\p{Han}{2,6}?(?:农场|林场))(?:(?:19|20)[0-9]{2}|第?[一二三四五六七八九十]{1,3}届|上半年|下半年|年度|工作|关于|召开|举行|隆重|党委)`)
	farmSubjectRe = mustLitRe(`(?m)^(?:(?:19|20)[0-9]{2}\s*年(?:以来)?|一年来|今年以来|过去的一年)[，,]\s*(\p{Han}{2,6}?(?:农场|林场))(?:以|坚持|在|紧紧|深入|全面|认真|始终|根据|按照|围绕|聚焦|立足|上下)`)
)

// farmPlace returns the state farm or forest farm that title opens with,
// or that is the subject of the opening sentence of body, or "". A farm's
// kind is no name (家庭农场, 国有林场).
func farmPlace(title, body string) string {
	p := ""
	if m := farmLeadRe.FindStringSubmatch(leadYearRe.ReplaceAllString(strings.TrimSpace(arabicYears(title)), "")); m != nil {
		p = m[1]
	} else if m := farmSubjectRe.FindStringSubmatch(body); m != nil {
		p = m[1]
	}
	if p == "" || strings.ContainsRune(notPlaceStart, firstRune(p)) || farmKindRe.MatchString(p) {
		return ""
	}
	return p
}

// farmKindRe matches a farm's kind without a name: 家庭农场, 国有林场.
var farmKindRe = mustLitRe(`^(?:家庭|生态|休闲|观光|开心|国有|国营|集体|示范|合作|现代|智慧)(?:农场|林场)$`)

// townLeadRe matches a title that opens with a township's or a street's
// name, its government or office maybe after it, then a year or what the
// paper is about (某某镇2031年…, 某某镇人民政府关于…, 某某街道上半年…), or
// the street's community congress its report is read to (某某街道社区代表
// 会议报告, 某某街道社代会报告).
var townLeadRe = mustLitRe(`^(\p{Han}{2,8}?(?:镇|乡|苏木|街道))(?:人民政府|政府|办事处)?\s*(?:(?:19|20)[0-9]{2}|上半年|下半年|半年|年度|工作|关于|社区代表(?:会议|大会)|社代会)`)

// titleTown returns the township or the street a title opens with, as
// townLeadRe reads it, or "". A word that opens no place's name (全镇, 我乡,
// 各街道) is none, and neither are the towns together (某某乡镇); 新 opens
// many a town's name (新安街道, 新集镇), but 新乡 is a city.
func titleTown(title string) string {
	m := townLeadRe.FindStringSubmatch(title)
	if m == nil || strings.Contains(m[1], "乡镇") {
		return ""
	}
	if r := firstRune(m[1]); strings.ContainsRune(notPlaceStart, r) && (r != '新' || strings.HasSuffix(m[1], "乡") || utf8.RuneCountInString(m[1]) < 3) {
		return ""
	}
	return countyTown(m[1])
}

// countyTown returns the township or the street that name ends with when
// name gives the county or district above it first, and maybe its city
// (望川县云岭镇, 某市某区某某街道, places the gazetteer need not know): the
// body at its own level; name itself otherwise.
func countyTown(name string) string {
	if m := countyTownRe.FindStringSubmatch(name); m != nil {
		return m[1]
	}
	return name
}

// countyTownRe matches a township's or a street's name after the names of the places
// above it: a county, district or county-level city, maybe after its
// province or city (某市某区某某镇, 某县城关镇).
var countyTownRe = mustLitRe(`^(?:\p{Han}{2,7}?(?:省|市|自治州|地区|盟))?\p{Han}{2,7}?(?:自治县|县|区|市|旗)(\p{Han}{2,6}?(?:镇|乡|苏木|街道))$`)

// placeStem returns a place's name without its unit (湖南 for 湖南省, 广西
// for 广西壮族自治区, 扬州 for 扬州市), as a text names it in passing; an
// autonomous prefecture's or county's full name stays.
func placeStem(name string) string {
	if s := provinceShort(name); s != name {
		return s
	}
	for _, suf := range []string{"地区", "县", "区", "旗", "盟"} {
		if s, ok := strings.CutSuffix(name, suf); ok && !strings.HasSuffix(s, "自治") {
			return s
		}
	}
	return name
}

// townRe matches a township's name (某某镇, 某某乡, 某某苏木: a pastoral
// banner's township) or a street's (某某街道), below the gazetteer's
// counties: a report that names its town is taken at its word.
var townRe = mustLitRe(`^\p{Han}{2,8}?(?:镇|乡|苏木|街道)$`)

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// fileNamePlace returns the place the file name names, when it fits unit u
// and the body names it at least twice, or once when the body is short (by
// the file name's word for it or by its name without its unit); "" when it
// names none, or several, or the body does not bear it out (with a warning
// then).
func fileNamePlace(name, u, body string, warn func(string, ...any)) (string, division) {
	found := map[string]division{}
	stems := map[string]string{}
	for _, ds := range fileNamePlaces(name, u) {
		for _, d := range ds {
			found[d.name] = d
		}
	}
	base := strings.TrimSuffix(name, filepath.Ext(name))
	for n := range found {
		for _, run := range fileNameHanRe.FindAllString(base, -1) {
			if strings.HasPrefix(n, run) || strings.HasPrefix(run, n) {
				stems[n] = run
			}
		}
		if stems[n] == "" {
			stems[n] = provinceShort(n)
		}
	}
	switch len(found) {
	case 0:
		return "", division{}
	case 1:
		for n, d := range found {
			seen := strings.Count(body, stems[n])
			if short := placeStem(n); short != stems[n] && utf8.RuneCountInString(short) >= 2 {
				// 湖南省2025年政府工作报告.txt: the text says 湖南
				seen = max(seen, strings.Count(body, short))
			}
			// Twice at least; once in a short text (the head of a page, an
			// abridged report), which has had little room to name it.
			if seen >= 2 || seen == 1 && utf8.RuneCountInString(body) < 2400 {
				return n, d
			}
			warn("region unknown: the file name suggests %s, which the text does not name", n)
		}
		return "", division{}
	}
	var names []string
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	warn("region unknown: the file name may mean %s", strings.Join(names, " or "))
	return "", division{}
}

// headlessReview reports whether body, which opens straight at a review
// part (一、2031年工作回顾: a copy site cut the headline, the date line and
// the greeting), is a work report: a plan part for the next year follows
// (planned), or the part's first paragraph has the government work under
// the party committee's lead and the congress's oversight (在地委的领导下，
// 在地区人大工委的监督下), as a government's report to its congress says
// when the copy is cut before its plan. Neither makes a work report of a
// paper whose first paragraph speaks as a bureau (我局…, 本局…): a
// bureau's summary and plan opens so too.
func headlessReview(body string, planned bool) bool {
	t := reviewOpening(body)
	if bureauVoiceRe.MatchString(t) {
		return false
	}
	return planned || congressOversightRe.MatchString(t)
}

// reviewOpening returns the first paragraph (400 characters at most) under
// a review part's heading (一、2031年工作回顾) on body's first line, "" when
// body opens otherwise.
func reviewOpening(body string) string {
	lines := strings.SplitN(headText(body, 4000), "\n", 40)
	top := textLines(lines, 2)
	if len(top) < 2 {
		return ""
	}
	if h := strings.TrimSpace(lines[top[0]]); utf8.RuneCountInString(h) > 24 || !reviewHeadRe.MatchString(h) {
		return ""
	}
	t := []rune(lines[top[1]])
	if len(t) > 400 {
		t = t[:400]
	}
	return string(t)
}

var (
	// congressOversightRe matches the party committee's lead (no
	// government among the leaders) beside the congress's oversight.
	congressOversightRe = mustLitRe(`在[^。，,；政]{1,8}委的[^。，,；]{0,6}领导下[，,、]?\s*在[^。，,；政]{0,10}人大[^。，,；政]{0,8}的[^。，,；]{0,4}监督`)
	// bureauVoiceRe matches a bureau or an office speaking of itself.
	bureauVoiceRe = mustLitRe(`[我本](?:局|委|办|中心|院|校|站|所|队)[^\p{Han}]|[我本](?:局|委|办|中心|院|校|站|所|队)(?:坚持|围绕|认真|紧紧|全面|积极|始终|立足|聚焦|按照|以|在|的|把|共|全年|扎实)`)
)

// formerHeadlineRe matches a reprint's line naming the headline the story
// ran under where it came from (原标题：…); group 1 is that headline.
var formerHeadlineRe = mustLitRe(`^(?:原标题|原文标题)\s*[：:]\s*(\S.{1,80})$`)

// formerHeadline returns the original headline of a reprint whose page
// lost its own: the 原标题 line is the first line of the file's head.
// Under a page's headline the line is an alias, and the headline stays
// the title.
func formerHeadline(head []string) string {
	for _, l := range head {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if m := formerHeadlineRe.FindStringSubmatch(normLine(l)); m != nil && utf8.RuneCountInString(m[1]) <= 60 {
			return despace(strings.TrimSpace(m[1]))
		}
		return ""
	}
	return ""
}

// observanceRe matches the ordinal of a yearly observance (第39个教师节,
// 第三十四个教师节, 第十二个全民国家安全教育日, 第31个“中小学生安全教育日”,
// 第三十二次全国助残日) on a simplified reading: the ordinal in group 1,
// the observance in group 2.
var observanceRe = mustLitRe(`第([0-9]{1,3}|[一二三四五六七八九十]{1,4})\s*(?:个|次|届)?\s*[“"「]?\s*(?:全国|我国)?(教师节|全民国家安全教育日|国家宪法日|中国农民丰收节|农民丰收节|中国人民警察节|人民警察节|警察节|中小学生安全教育日|助残日)`)

// observanceFirst holds the year each observance observanceRe names was
// first kept, as the act that set it up fixed it: the Nth falls in that
// year plus N-1. (A list, the only way: these are the observances whose
// ordinal the press counts in one way from a year an act fixed.
// International days — 国际劳动节, 国际护士节 — are counted from different
// years by different writers, and are left out.)
var observanceFirst = map[string]int{
	"教师节":       1985, // NPC Standing Committee, January 1985
	"全民国家安全教育日": 2016, // National Security Law, July 2015
	"国家宪法日":     2014, // NPC Standing Committee, November 2014
	"中国农民丰收节":   2018, // State Council, June 2018
	"农民丰收节":     2018,
	"中国人民警察节":   2021, // State Council, July 2020
	"人民警察节":     2021,
	"警察节":       2021,
	"中小学生安全教育日": 1996, // State Education Commission and others, 1996
	"助残日":       1991, // Law on the Protection of Disabled Persons, 1991
}

// observanceYear returns the year of the observance text counts by its
// ordinal (第39个教师节: 1985+38 = 2023), 0 when it names none, or when two
// ordinals disagree on the year.
func observanceYear(text string) int {
	if !strings.Contains(text, "第") || !strings.Contains(text, "节") && !strings.Contains(text, "日") {
		return 0 // (a cheap test before the pattern)
	}
	year := 0
	for _, m := range observanceRe.FindAllStringSubmatch(text, -1) {
		n := atoi(m[1])
		if n == 0 {
			k, size := cnNumber(m[1])
			if size != len(m[1]) {
				continue
			}
			n = k
		}
		if n < 1 {
			continue
		}
		y := observanceFirst[m[2]] + n - 1
		if year != 0 && y != year {
			return 0
		}
		year = y
	}
	return year
}

// chainCounty reports whether name, the last place of a chain after its
// city (某市某县), is a county-level place's full name the gazetteer does
// not hold: a county or district (某某县, 某某区, 某某旗) that unknownPlace
// takes as it is, or a county the gazetteer knows by its successor only
// (某某县, now 某某区: successorCounty); not a zone (高新区, 某某新区).
func chainCounty(name string) bool {
	if n := utf8.RuneCountInString(name); n < 3 || n > 5 || !allHan([]rune(name)) {
		return false // a stem of two to four characters (not 人民法院在某县, 财政局关于某区)
	}
	if namedZoneRe.MatchString(name) || genericZoneRe.MatchString(name) {
		return false // a zone (某市高新区, 某市某某新区): cityZone's
	}
	if d, ok := unknownPlace(name); ok && d.level == 3 {
		return true
	}
	_, ok := successorCounty(name)
	return ok
}
