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
// 某县融媒体中心, 某县法院). govSiteNameRe matches a government's site (某县
// 政府网, 某市人民政府门户网站): its owner, the government, published it.
var (
	publisherMediaRe  = mustLitRe(`^\p{Han}{1,14}(?:社|报|网|在线|电视台|电台|广播电视台)$`)
	publisherOfficeRe = mustLitRe(`^\p{Han}{2,20}(?:新闻办公室|新闻办|宣传部|融媒体中心|传媒中心|新闻中心|政府办公室|法院|检察院)$`)
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

// Where a page names its publisher (see above). stampSourceRe is a
// labelled source, its name in group 1, maybe after a day (文章出处：3月6日
// 《某某报》) and in 《》; stampDateNameRe is a stamp line of a date and
// time then a name, stampNameDateRe one of a name then a date and time;
// datelineRe a paragraph opened by a medium's name, maybe a place and a
// day, then 电 or 讯; reporterBylineRe a reporter's byline in brackets naming his
// medium before 记者.
var (
	stampSourceRe    = mustLitRe(`(?:^|[\s（(【\[|｜])(?:新闻来源|信息来源|文章来源|稿件来源|本文来源|来源|文章出处)\s*[：:]\s*(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?《?(\p{Han}{2,20})`)
	stampDateNameRe  = mustLitRe(`^(?:(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,4}/?\s+)?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s+(\p{Han}{3,16})$`)
	stampNameDateRe  = mustLitRe(`^(\p{Han}{3,16})\s+(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?:\s|$)`)
	datelineRe       = mustLitRe(`^(\p{Han}{2,12}?(?:社|报|网|在线|电视台|台))\p{Han}{0,6}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:电|讯)(?:[\s（(【]|$)`)
	reporterBylineRe = mustLitRe(`[（(](\p{Han}{2,14}?(?:社|报|网|在线|电视台|台))记者([^）)]{0,40})[）)]`)
)

// newsPublisher returns the publisher a news page names (see above): raw
// is the page as read, its head and its tail are searched, title its
// headline (a first line that is the headline is no masthead); "" when
// the page names none.
func newsPublisher(raw, title string) string {
	head, tail := raw, ""
	if len(raw) > 3000 {
		head = headText(raw, 3000)
		tail = raw[len(raw)-1500:]
		for !utf8.RuneStart(tail[0]) {
			tail = tail[1:]
		}
	}
	find := func(text string) string {
		if m := stampSourceRe.FindStringSubmatch(text); m != nil {
			if p := publisherName(m[1]); p != "" {
				return p
			}
		}
		return ""
	}
	if p := find(head); p != "" {
		return p
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
	for _, l := range lines {
		l = strings.TrimLeft(l, " \t\u3000")
		if m := datelineRe.FindStringSubmatch(l); m != nil && publisherName(m[1]) != "" {
			return publisherName(m[1])
		}
	}
	for _, text := range []string{head, tail} {
		for _, m := range reporterBylineRe.FindAllStringSubmatch(text, -1) {
			if p := publisherName(m[1]); p != "" && !strings.Contains(m[2], "摄") {
				return p // (a photo's credit, 新华社记者某某摄, is the photo's)
			}
		}
	}
	return find(tail)
}
