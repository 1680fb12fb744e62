package corpus

import (
	"strings"
	"unicode/utf8"
)

// Publisher of a news page
//
// A page read as news (kind 新闻) is issued by whoever published it, not
// by the body its story is about: the agency, paper, site or office a
// reader would name as its source. The page says so in one of a few set
// places, which newsPublisher reads in this order:
//
//	来源：某某日报  2031-03-06           a stamp's labelled source
//	http://www.example.cn 2031年03月06日07:43 某某晨报
//	2031年03月06日 10:40  某某新闻网     a stamp's unlabelled source
//	2031-03-06 10:40:12 - 某某网
//	某某手机报 03-06 22:50 责编：…       (its name before or after the date)
//	某某通讯社                           the page's masthead, alone on line 1
//	某某社北京3月5日电 …                 a dateline opening a paragraph
//	某某网讯（记者 …）, 某某晚报云州讯
//	（某某法制报记者 某某 通讯员 …）      a reporter's byline naming his paper
//	（本文来源：某某网）, 文章出处：3月6日《某某报》
//
// 本报讯 and 本报记者 name no paper (the page's own, unnamed): a page
// that names none has no publisher, and none is made up for it. A paper
// the story quotes (据某某晚报报道) or lists (某某网将作实时报道) is not
// where the page says it came from, and is not read; nor is a photo's
// credit (某某社记者 某某 摄), which is the photo's.

// publisherMediaRe matches the name of a news medium: an agency, a paper,
// a news site, a station (某某社, 某某日报, 某某网, 某某在线, 某某电视台).
// publisherOfficeRe matches an office that publishes its own news: a
// government's news or general office, a party committee's publicity
// department, a media centre, a court or procuratorate (某县新闻办公室,
// 某县融媒体中心, 某某融媒 as its stories sign, 某县法院). govSiteNameRe matches a government's site (某县
// 政府网, 某市人民政府门户网站): its owner, the government, published it.
var (
	publisherMediaRe  = mustLitRe(`^\p{Han}{1,14}(?:社|报|网|在线|信息港|电视台|电台|广播电视台)$`)
	publisherOfficeRe = mustLitRe(`^\p{Han}{2,20}(?:新闻办公室|新闻办|宣传部|融媒体中心|融媒体|融媒|传媒中心|新闻中心|政府办公室|法院|检察院)$`)
	govSiteNameRe     = mustLitRe(`^(\p{Han}{2,16}?)(?:人民政府|政府)(?:门户网站|门户网|网站|网)$`)
)

// notPublisherRe matches names shaped like a medium's that are not one:
// the kinds of paper that end in 报 (会议简报, 工作汇报, 情况通报, 统计公报,
// a year's 年报), and the network itself as a source (来源：互联网, a
// repost that does not know where it came from). The shape cannot tell
// these from a paper's name, so they are listed.
var notPublisherRe = mustLitRe(`(?:简报|汇报|通报|公报|年报|月报|情报)$|^(?:互联网|因特网|万维网)$`)

// publisherName returns name as a news page's publisher: a medium or
// publishing office as named, a government's site as its government
// (某县政府网 is 某县人民政府's), a court by its everyday name as the
// people's court it is (某县法院 is 某县人民法院), "" for anything else
// (本报, 本网, a person, a column). A medium is at least three
// characters: 晨报, 本报 and 本网 are short forms that name no paper alone.
func publisherName(name string) string {
	if utf8.RuneCountInString(name) < 3 || strings.ContainsRune("本该我据转", firstRune(name)) || notPublisherRe.MatchString(name) {
		return ""
	}
	if m := govSiteNameRe.FindStringSubmatch(name); m != nil {
		if namedPlace(m[1]+"人民政府") == m[1] {
			return m[1] + "人民政府"
		}
		return name // a site named otherwise (中国政府网) is its own name
	}
	if publisherOfficeRe.MatchString(name) {
		for _, court := range []string{"法院", "检察院"} {
			// a court or procuratorate by its everyday name after its
			// place (某县法院; not 高级法院): the people's court of that
			// place, as its reports call it
			if s := strings.TrimSuffix(name, court); s != name && !strings.HasSuffix(s, "人民") && strings.ContainsRune(placeLevels, lastRune(s)) {
				return s + "人民" + court
			}
		}
		return name
	}
	if publisherMediaRe.MatchString(name) {
		return name
	}
	return ""
}

// sourceDepartment returns name, a page's labelled source, when it is a
// department of a government that posts its own news: an office of a
// named place (来源：某县教育局, 来源 : 某市教育局) or of a level alone
// (来源：区教育局), "" for anything else. A bureau's site and a county's
// portal say so under the stories the bureau sent: the bureau published
// them, as a paper publishes its own. Only the labelled source is read
// so: a department a story names in its text (区教育局局长某某) is its
// subject.
func sourceDepartment(name string) string {
	b := bureauOf(name)
	if b == "" || !strings.HasSuffix(name, b) || !strings.HasSuffix(b, "局") && !strings.HasSuffix(b, "委员会") {
		return ""
	}
	if levelOfficeRe.MatchString(name) {
		return name // by its level: 区教育局
	}
	if b == name || namedPlace(name) == "" {
		return "" // an office named by its kind alone (教育局), or after no place
	}
	return name
}

// Where a page names its publisher (see above). stampSourceRe is a
// labelled source, its name in group 1, maybe after a day (文章出处：3月6日
// 《某某报》) and in 《》; stampDateNameRe is a stamp line of a date and
// time then a name (an aggregator puts a dash between: 2031-03-06 10:40 -
// 某某网), stampNameDateRe one of a name then a date and time;
// datelineRe a paragraph opened by a medium's name, maybe a place and a
// day, then 电 or 讯; reporterBylineRe a reporter's byline in brackets naming his
// medium before 记者.
var (
	stampSourceRe    = mustLitRe(`(?:^|[\s（(【\[|｜])(?:新闻来源|信息来源|文章来源|稿件来源|本文来源|来源|文章出处)\s*[：:]\s*(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?《?(\p{Han}{2,20})`)
	stampDateNameRe  = mustLitRe(`^(?:(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,4}/?\s+)?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:[-–—]\s*)?(\p{Han}{3,16}?)(?:阅读|浏览)?(?:\s+\S.*)?$`)
	stampNameDateRe  = mustLitRe(`^(\p{Han}{3,16})\s+(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?:\s|$)`)
	datelineRe       = mustLitRe(`^(\p{Han}{2,12}?(?:社|报|网|在线|信息港|融媒体中心|融媒体|融媒|电视台|台))\p{Han}{0,6}?\s?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:电|讯)(?:[\s（(【,，]|$)`)
	reporterBylineRe = mustLitRe(`[（(](\p{Han}{2,14}?(?:社|报|网|在线|电视台|台))记者([^）)]{0,40})[）)]`)
)

// editorCreditRe matches a site's editor's credit in brackets at a
// story's end, naming the site (（某某在线编辑：某某）, （某某网编辑：某某）),
// the site in group 1. hostedByRe matches a site's owner in its footer or
// header (主办：某省某某管理局, 主办单位：某县融媒体中心), the owner in
// group 1; siteOwnerNameRe an owner that publishes its own news: a
// government, one of its offices, a medium.
var (
	editorCreditRe  = mustLitRe(`[（(](\p{Han}{2,14}?(?:网|在线|信息港))编辑[：:]`)
	hostedByRe      = mustLitRe(`(?:^|[\s|｜])主办(?:单位)?\s*[：:]\s*(\p{Han}{4,30})`)
	siteOwnerNameRe = mustLitRe(`^\p{Han}{2,24}(?:人民政府|政府办公室|办公厅|局|厅|委员会)$`)
)

// newsPublisher returns the publisher a news page names (see above): raw
// is the page as read, its head and its tail are searched, in the
// simplified reading, title its headline (a first line that is the
// headline is no masthead); "" when the page names none. lede reports
// whether the name came from a mark only news carries (a dateline, a
// reporter's byline, a site editor's credit), which tells a page that no
// other reading called news to be one; a labelled source, a stamp, a
// masthead or a site's owner do not.
func newsPublisher(raw, title string) (name string, lede bool) {
	head, tail := raw, ""
	if len(raw) > 3000 {
		head = headText(raw, 3000)
		tail = raw[len(raw)-1500:]
		for !utf8.RuneStart(tail[0]) {
			tail = tail[1:]
		}
	}
	head, tail, title = Simplify(head), Simplify(tail), Simplify(title)
	name = stampedSource(head, title)
	byLede := "" // the medium the first mark of news names
	for _, l := range strings.Split(head, "\n") {
		if m := datelineRe.FindStringSubmatch(strings.TrimLeft(l, " \t\u3000")); m != nil && publisherName(m[1]) != "" {
			byLede = publisherName(m[1])
			break
		}
	}
	for _, text := range []string{head, tail} {
		for _, m := range reporterBylineRe.FindAllStringSubmatch(text, -1) {
			if p := publisherName(m[1]); byLede == "" && p != "" && !strings.Contains(m[2], "摄") {
				byLede = p // (a photo's credit, 新华社记者某某摄, is the photo's)
			}
		}
	}
	for _, text := range []string{head, tail} {
		if m := editorCreditRe.FindStringSubmatch(text); byLede == "" && m != nil && publisherName(m[1]) != "" {
			byLede = publisherName(m[1])
		}
	}
	if name == "" {
		name = byLede
	}
	if m := stampSourceRe.FindStringSubmatch(tail); name == "" && m != nil {
		name = publisherName(m[1])
	}
	for _, text := range []string{tail, head} {
		// The site's owner, when the page names no other source (主办：
		// 某省某某管理局 under a bureau's own news): it published it.
		if m := hostedByRe.FindStringSubmatch(text); name == "" && m != nil {
			if name = publisherName(m[1]); name == "" && siteOwnerNameRe.MatchString(m[1]) {
				name = m[1]
			}
		}
	}
	return name, byLede != ""
}

// stampedSource returns the publisher a news page's head names in a
// labelled source, a stamp or its masthead (see newsPublisher), "" for
// none.
func stampedSource(head, title string) string {
	if m := stampSourceRe.FindStringSubmatch(head); m != nil {
		if p := publisherName(m[1]); p != "" {
			return p
		}
		if p := sourceDepartment(m[1]); p != "" {
			return p
		}
	}
	lines := strings.Split(head, "\n")
	for i, l := range lines[:min(len(lines), 15)] {
		l = strings.TrimRight(strings.TrimSpace(l), " |｜")
		if m := stampDateNameRe.FindStringSubmatch(l); m != nil && publisherName(m[1]) != "" {
			return publisherName(m[1])
		}
		if m := stampNameDateRe.FindStringSubmatch(l); m != nil && publisherName(m[1]) != "" {
			return publisherName(m[1])
		}
		if i == 0 && l != title && publisherMediaRe.MatchString(l) && publisherName(l) != "" {
			return l // the page's masthead (not its headline)
		}
	}
	return ""
}

// The bodies a news headline names
//
// A news headline names the bodies its story is about, not who wrote it:
// a government that signs a deal (某市政府与某集团签署合作协议, 某公司与某县
// 人民政府签订框架协议), holds a meeting (某区政府召开常务会议) or is
// visited (某考察团拜访某县政府) is the story's subject. A reader filtering
// by a government wants what it issued, not every story about it; such a
// page is its publisher's (newsPublisher), or no one's.
//
// agreementHeadlineRe matches two parties joined by 与, 和 or 同 and then
// the deal or the talks between them; govActHeadlineRe a government
// followed by what it did; govVisitedRe a visit to a government. The
// verbs are listed because no shape tells a headline's act from a paper's
// subject; they are the acts of news of a government's dealings.
var (
	agreementHeadlineRe = mustLitRe(`\p{Han}(?:与|和|同)[^，。：:；;]{1,24}?(?:签订|签署|签约|协议|会谈|洽谈|座谈|对接)`)
	govActHeadlineRe    = mustLitRe(`政府(?:召开|举行|举办|签订|签署|签约|会见|会晤|拜会|拜访|考察|调研|走访|慰问|看望|到访|一行|代表团|考察团)`)
	govVisitedRe        = mustLitRe(`(?:拜访|拜会|走访|访问|考察|参观|到访|莅临|来到)\p{Han}{0,12}?政府`)
	// paperHeadEndRe matches the end of a paper's own title: the kinds of
	// paper a body issues under a title that may name a deal (某县人民政府
	// 与某某公司合作协议的报告, …的通知).
	paperHeadEndRe = mustLitRe(`(?:报告|通知|通报|决定|意见|办法|方案|规定|规划|公告|通告|批复|函|纪要)$`)
)

// storyHeadline reports whether title (a page's headline, in either
// script) tells of what a government did or had done with others, as
// news does (see above): the government it names is the story's subject.
// A paper's own title (…的通知, 关于…, a title with a report's kind) is
// never one; a headline that kindOf calls news only for its meeting verb
// (某县政府召开…会议) may be.
func storyHeadline(title string) bool {
	t := Simplify(strings.TrimSpace(title))
	if t == "" || strings.Contains(t, "关于") || paperHeadEndRe.MatchString(t) {
		return false
	}
	if k := kindOf(t, ""); k != "" && k != "新闻" {
		return false
	}
	return agreementHeadlineRe.MatchString(t) || govActHeadlineRe.MatchString(t) || govVisitedRe.MatchString(t)
}

// dealPlace returns the place of the government a headline on a deal names
// as one of its parties (上海建工与某市政府签署…, 某集团与某县人民政府签订…),
// the parties parted at 与; "" when no party is a government of a place
// named in full.
func dealPlace(title string) string {
	for _, party := range strings.Split(Simplify(title), "与") {
		if strings.Contains(party, "政府") {
			if p := namedPlace(party); p != "" {
				return p
			}
		}
	}
	return ""
}
