package corpus

// Title block
//
// A report delivered to a people's congress opens with a block of lines
// that say what it is, in this order, each of them optional:
//
//	政府工作报告                                   title (also 政 府 工 作 报 告, or split over lines)
//	——2024年1月20日在某市第五届人民代表大会第四次会议上   date line (also in brackets, without a date, with 二〇二四年)
//	某市人民政府市长  某某                         speaker line
//	各位代表：                                     greeting
//	现在，我代表市人民政府，向大会报告政府工作……     opening
//
// readTitleBlock finds these lines in the head of the text as the file gave
// it (Clean may glue the date line, the speaker and the greeting into one
// line, so the block is read before Clean, and glued lines are cut apart
// again). A web page's headline, menu and buttons may come before the
// block: the title is the title-like line nearest above the date line (or
// the speaker line, or the greeting), so "加大" or "1978年政府工作报告" above
// a report's own main title do not win over it.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A titleBlock is what the head of a report says about it. Empty fields
// were not found.
type titleBlock struct {
	Title     string // the title, its lines joined, spaces of a spaced-out title removed
	DateLine  string // the date line as printed
	DateYear  int    // the year of the date line (or of a date-only line in the block)
	DateMonth int    // the month of the date line, 0 when it gives none
	DatePlace string // the place of the congress in the date line: 某市, 某州, 市 (level only); "" when national or absent
	National  bool   // the date line names the 全国人民代表大会, or the speaker is the 国务院总理
	// SpeakerRole is the speaker's office: 总理, 省长, 主席, 市长, 州长,
	// 盟长, 区长, 县长, 旗长, 专员; SpeakerPlace the place named before it.
	SpeakerRole, SpeakerPlace string
	// Opening is the body the opening speaks for: 国务院, 某市人民政府,
	// 市人民政府, 区政府, 行署 (现在，我代表…, 我谨代表…, 受…委托).
	Opening  string
	Greeting bool // 各位代表 (or 各位主任、委员) opens the speech
}

var (
	// The date line: a dash or bracket, a date (its day may be left out:
	// 2026年1月), 在, the congress, 会议上; or 在 before the date
	// (——在2026年1月16日某市第五届人民代表大会第四次会议上). The speaker may come before
	// the date on the same line (某市人民政府市长某某2026年1月16日在…), and
	// a date a draft never filled in (20xx年 月 日, 年月日) or that lost a
	// digit (2026116日), or a copy that kept the month and day but
	// cut the year (1月16日在…), leaves the line a date line without a year. A date
	// that lost its 年 (20261月16日) keeps its year, and a session that lost
	// its number (第次会议上) or its 次 (第一会议上) is still a session, and a
	// line that ends at the session's 会议, its 上 lost (…第三次会议), is
	// still a date line. The line may name the sitting of the session too
	// (在州八届人大七次会议第一次全体会议上), or a sitting of the standing
	// committee, by its full name or the short one (在市五届人大常委会第十一次
	// 会议上).
	dateLineRe = mustLitRe(`^[-—–－―─~～\s（(]*(?:\p{Han}{2,24}?(?:代理|代)?(?:省长|市长|州长|盟长|区长|县长|旗长)\s*\p{Han}{2,4}?\s*)?(?:在\s*((?:[0-9]{4}年?|[〇零一二三四五六七八九○]{4}年)[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日(?:[和至、及][0-9一二三四五六七八九十月]{1,5}日)?)?)\s*|((?:[0-9]{4}年?|[〇零一二三四五六七八九○]{4}年)[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日(?:[和至、及][0-9一二三四五六七八九十月]{1,5}日)?)?)?(?:\s*(?:[0-9xX×*]{0,4}\s*年\s*[0-9xX×*]{0,2}\s*月\s*[0-9xX×*]{0,2}\s*日|[0-9]{5,8}\s*日|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日))?\s*在)(.{0,30}?)第?[一二三四五六七八九十0-9]{1,3}届(.{0,12}?)(?:人民代表大会|人大)(?:常务委员会|常委会)?(?:第?[一二三四五六七八九十0-9]{1,3}次|第次|第[一二三四五六七八九十0-9]{1,3})(?:全体)?会议(?:第[一二三四五六七八九十0-9]{1,3}次全体会议)?(?:上|[）)]?\s*$)`)
	// The date line of a report read to a CPPCC session (——2031年3月2日
	// 在政协某县第九届委员会第五次会议上, its year left out or not, 在 before
	// the day or after it): no date line of the government's report, but
	// a line of its own.
	cppccDateLineRe = mustLitRe(`^[-—–－―─~～\s（(]*(?:在\s*)?(?:(?:19|20)[0-9]{2}\s*年)?[0-9一二三四五六七八九十]{1,2}\s*月[0-9一二三四五六七八九十]{1,3}\s*日\s*在?(?:中国人民政治协商会议|政协)\p{Han}{0,30}?委员会第[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议上[）)]?$`)
	// The start of a date line, up to 在 (or up to the month after 在).
	// Also a date that lost its 年 and 月, as dateLineRe takes it
	// (2026116日在).
	dateStartRe = mustLitRe(`^[-—–－―─~～\s（(]*(?:(?:[0-9]{4}|[〇零一二三四五六七八九○]{4})年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?.{0,12}在|[0-9]{5,8}\s*日\s*在|在\s*(?:[0-9]{4}|[〇零一二三四五六七八九○]{4})年[0-9一二三四五六七八九十]{1,2}月)`)
	// A date line whose start the file lost: "人民代表大会第二次会议上".
	// Also with the session's number and the dash still before it, only
	// the date and 在 lost: "──第十六届人民代表大会第二次会议上".
	dateTailRe = mustLitRe(`^(?:[-—–－―─~～\s（(]*第?[一二三四五六七八九十0-9]{1,3}届)?(?:人民代表大会|人大)第?[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议(?:第[一二三四五六七八九十0-9]{1,3}次全体会议)?上[）)]?$`)
	// A date alone on its line: "（2007年1月30日）"; or in brackets with the
	// speaker's name after it, as an economic portal prints each report
	// it collects: "（2007年1月30日 某某某）".
	dateOnlyRe = mustLitRe(`^[（(]?\s*((?:[0-9]{4}|[〇零一二三四五六七八九○]{4})年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)\s*[）)]?$|^[（(]\s*((?:[0-9]{4}|[〇零一二三四五六七八九○]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)\s*[\p{Han}·]{2,5}\s*[）)]$`)
	// speakerDateRe matches a speaker line with the day of the session
	// after the name, in brackets: 县长某某（2032年1月8日）.
	speakerDateRe = mustLitRe(`^(.+?)\s*[（(]\s*((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日\s*[）)]$`)
	// headDateRe matches a head's line that ends in a full date, what
	// comes before it (a title, a speaker's name) a sentence of no clause:
	// 某某2032年1月8日, 某市政府工作报告某某2032年1月8日.
	headDateRe = mustLitRe(`^[^，,。；;：:！!？?]{0,40}?((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日$`)
	// The office may follow the speaker's posts in the Party, each closed
	// by a 、 (县委副书记、县长 某某; 市委常委、常务副市长 某某): they are
	// not the place. A nominee not yet appointed says so in brackets after
	// the office (副区长（提名人选） 某某, 县长（候选人） 某某). The space
	// between the office and the name may be a question mark: a
	// non-breaking space that a conversion to GBK could not write
	// (国务院总理?某某).
	speakerRe = mustLitRe(`^(?:\p{Han}{0,12}?(?:委|党组)\p{Han}{0,6}?(?:书记|常委|委员|成员)[、，,]\s*){0,3}(\p{Han}{0,24}?)(?:人民政府|政府|行政公署|行署|国务院)?(?:代理|代)?(总理|省长|市长|州长|盟长|区长|县长|旗长|镇长|乡长|主席|专员)(?:\s|\?)*(?:[（(](?:提名人选|候选人|人选)[）)]\s*)?([\p{Han}·•](?:\s*[\p{Han}·•]){1,9})$`)
	greetRe   = mustLitRe(`^(?:各位代表|各位主任、?委员)[：:！!，,]?`)
	openingRe = mustLitRe(`我谨?代表(国务院|中央人民政府|政务院|\p{Han}{0,24}?(?:人民政府|政府|行政公署|行署|人民委员会|革命委员会))|受(国务院|\p{Han}{0,24}?(?:人民政府|政府|行政公署|行署|人民委员会|革命委员会))委托`)

	// A line that ends in a date is an issuer's or a page's date line.
	dateTrailRe = mustLitRe(`(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日[）)]?$`)
	// Lines that are not a title though short: a news agency's dateline,
	// a photo caption, a date, a page's buttons and source lines, a
	// document-sharing site's label over the file's text (文本描述).
	notTitleRe = mustLitRe(`新华社|记者|摄$|电$|^来源|^发布|^作者|^时间|^日期|^编辑|^责任编辑|^浏览|^阅读|^点击|字体|字号|打印|关闭|分享|收藏|下载|全屏|扫一扫|二维码|当前位置|首页|网站|www\.|http|^(?:文本|资源)描述$|` +
		// A site's font-size controls: 加大 还原 减小, 大 中 小, A- A+.
		`加大|减小|还原|^[大中小\s]+$|^[A-Za-z0-9+\-\s]+$|^[0-9\-/:\s]+$|[>›»|｜]|^[（(]?[0-9一二三四五六七八九十〇]+年[0-9一二三四五六七八九十]+月`)
)

// toldCommissionRe matches news telling that an official delivered a report
// on the government's commission (受市政府委托，常务副市长某某向大会作政府
// 工作报告): the commission in the third person, a post and a name where
// the report's own opening says 我. Such a line is no opening.
var toldCommissionRe = mustLitRe(`受[^，。；]{0,24}?委托[，,]\s*\p{Han}{0,16}?(?:长|主任|书记)\p{Han}{1,3}(?:同志)?(?:向|作|代表)`)

// readTitleBlock reads the block from lines, the first lines of a text.
// openingLine returns line i of ls, run on into the next line when a
// hard wrap cut the opening in two there (我代表望川地区行 / 政公署向大会报告
// 工作): the line stops mid-sentence and the opening is found only across
// the break.
func openingLine(ls []string, i int) string {
	l := ls[i]
	if i >= 60 || i+1 >= len(ls) || ls[i+1] == "" || !endsMidSentence(l) || openingRe.MatchString(l) {
		return l
	}
	joined := l + strings.TrimLeft(ls[i+1], " \t\u3000")
	if m := openingRe.FindStringIndex(joined); m != nil && m[0] < len(l) && m[1] > len(l) {
		return joined
	}
	return l
}

func readTitleBlock(lines []string) titleBlock {
	var b titleBlock
	ls, own := splitGluedOwn(lines)
	anchor := -1 // the line the title sits above
	openAt := -1 // the line of the opening
	for i, l := range ls {
		if r := strings.TrimLeft(l, "□■ "); r != l && len(r) > 0 && isSpeaker(r) {
			// a newspaper's box before the byline of the report it
			// prints, as before its reporter's (□某市人民政府市长 某某)
			l = r
		}
		// (a short line that ends in a bracket first: the pattern's lazy
		// start would try every character of a paragraph)
		if len(l) <= 120 && (strings.HasSuffix(l, "）") || strings.HasSuffix(l, ")")) {
			if m := speakerDateRe.FindStringSubmatch(l); m != nil && isSpeaker(m[1]) {
				// The day of the session printed after the speaker's name
				// (县长某某（2032年1月8日）) when the date line gives none.
				if b.DateYear == 0 {
					b.DateYear, b.DateMonth = atoi(m[2]), atoi(m[3])
				}
				l = m[1]
			}
		}
		switch {
		case b.DateLine == "" && isDateLine(l):
			b.readDateLine(l)
			if anchor < 0 || anchorWeak(ls[anchor]) {
				anchor = i
			}
		case b.DateLine == "" && dateTailRe.MatchString(l) && !sessionTitlePiece(ls, i):
			b.DateLine = l
			if anchor < 0 {
				anchor = i
			}
		case b.DateLine == "" && sessionBylineRe.MatchString(l) && opensSpeech(ls, i+1):
			b.readSessionByline(l)
			if anchor < 0 || anchorWeak(ls[anchor]) {
				anchor = i
			}
		case b.DateYear == 0 && maskedSessionRe.MatchString(l):
			// A copy site's date line with the session's name masked
			// (——2031年4月26日在*_**第五次会议上): the day is the copy's
			// only date, and the report's.
			m := maskedSessionRe.FindStringSubmatch(l)
			b.DateYear, b.DateMonth = atoi(m[1]), atoi(m[2])
		case b.DateYear == 0 && dateOnlyRe.MatchString(l):
			m := dateOnlyRe.FindStringSubmatch(l)
			b.DateYear = ParseYear(m[1] + m[2])
			b.DateMonth = parseMonth(m[1] + m[2])
		case b.DateYear == 0 && i+1 < len(ls) && greetRe.MatchString(ls[i+1]) && len(l) <= 150 && headDateRe.MatchString(l):
			// The day the report was given, without brackets, closing the
			// head just above the greeting: the speaker's name and the day
			// (and the title, in a preview that lost its line breaks:
			// …工作报告某某2031年1月6日各位代表：…).
			m := headDateRe.FindStringSubmatch(l)
			b.DateYear, b.DateMonth = atoi(m[1]), atoi(m[2])
		case b.SpeakerRole == "" && speakerRe.MatchString(unmaskPlace(l)) && isSpeaker(unmaskPlace(l)):
			m := speakerRe.FindStringSubmatch(unmaskPlace(l))
			// a deputy's rank is not part of the place: 某县常务副县长
			b.SpeakerRole, b.SpeakerPlace = m[2], deputyRe.ReplaceAllString(m[1], "")
			if unmaskPlace(l) != l {
				b.SpeakerPlace = "" // the copy hid the place: no place to read
			}
			if b.SpeakerRole == "总理" {
				b.National = true
				b.SpeakerPlace = ""
			}
			if anchor < 0 {
				anchor = i
			}
		case !b.Greeting && greetRe.MatchString(l) && !addressesInSentence(l):
			b.Greeting = true
			if anchor < 0 {
				anchor = i
			}
		}
		if b.Opening == "" {
			l := openingLine(ls, i)
			if m := openingRe.FindStringSubmatchIndex(l); m != nil && i < 60 && streetOfficeAfterRe.MatchString(l[m[1]:]) {
				// The street office by its full name, the district's
				// government before it (我代表某区人民政府某某街道办事处):
				// the office reports, not the government it belongs to.
			} else if m := openingRe.FindStringSubmatch(l); m != nil && i < 60 && !toldCommissionRe.MatchString(l) {
				openAt = i
				// the government's term is no part of its name: 我代表
				// 第五届市人民政府, 我代表旗第十五届人民政府
				b.Opening = termRe.ReplaceAllString(m[1]+m[2], "")
				if anchor < 0 {
					anchor = i
				}
			}
		}
		if b.Opening != "" && (b.Greeting || b.DateLine != "") {
			break
		}
	}
	if b.DateLine == "" && b.Greeting && openAt >= 0 {
		// A library's snippet that prints the opening first and the
		// title block after it (各位代表：…我代表省人民政府… / 政府工作报告 /
		// ——2031年1月25日在某省…会议上): the date line just under a title
		// line that names the report, one of the two lines after the
		// opening, is the report's.
		for k := openAt + 1; k < len(ls) && k <= openAt+3; k++ {
			if isDateLine(ls[k]) && kindOf(ls[k-1], "") == "政府工作报告" && utf8.RuneCountInString(ls[k-1]) <= 40 {
				b.readDateLine(ls[k])
				break
			}
		}
	}
	if anchor >= 0 {
		b.Title = titleAbove(ls, own, anchor)
	}
	if b.Title == "" && anchor >= 0 && anchor+2 < len(ls) && b.DateLine != "" && ls[anchor] == b.DateLine && isDateLine(ls[anchor]) {
		// A page that prints the date line above the title (——在某市…
		// 会议上的政府工作报告 / 主标题 / 某市市长 某某 / 各位代表：):
		// the title line right under it is the block's title when the
		// block goes on under that line, the day of the session on a
		// line of its own or not.
		k := anchor + 1
		next := k + 1
		if dateOnlyRe.MatchString(ls[next]) {
			next++
		}
		// (a line that starts with 的 is the date line's tail, cut from
		// it: 在某县…会议上 / 的政府工作报告)
		if isTitleLine(ls[k]) && !strings.HasPrefix(ls[k], "的") && !isDateLine(ls[k]) && !isSpeaker(ls[k]) && !isSpeaker(despace(ls[k])) && !namedSpeakerLine(ls[k]) && !postOnlyRe.MatchString(despace(ls[k])) && opensSpeech(ls, next) {
			b.Title = lastPieceTitle(despace(own[k]))
		}
	}
	return b
}

// maskedSpeakerPlaceRe matches a copy site's mask over the place at a line's
// start, the place's level kept after it (XX市, ××县, xx区, **旗).
var maskedSpeakerPlaceRe = mustLitRe(`^[XxＸｘ×*＊]{2,4}([省市县区旗州盟镇乡])`)

// maskedSessionRe matches a subtitle's date line whose session a copy site
// masked, the place and the congress's term hidden under stars, crosses or
// Xs and only the meeting's number kept (——2031年4月26日在*_**第五次会议上);
// groups 1 and 2 are the year and the month.
var maskedSessionRe = mustLitRe(`^[-—–－―─~～\s]*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日\s*在\s*[*＊_XxＸｘ×\s]{2,}(?:第[一二三四五六七八九十0-9]{1,3}届)?\S{0,12}?第?[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议上?$`)

// unmaskPlace returns l with a masked place at its start written as 某
// (XX市人民政府代市长 某某 reads 某市人民政府代市长 某某), so that a speaker's
// line whose place a copy site hid reads as the speaker's line it is, not
// as the title above the greeting; l unchanged when nothing is masked.
func unmaskPlace(l string) string {
	if m := maskedSpeakerPlaceRe.FindStringSubmatchIndex(l); m != nil {
		return "某" + l[m[2]:]
	}
	return l
}

// sessionTitlePiece reports whether line i of ls, which reads as a date
// line that lost its start (…十六届人大七次会议上), is rather the middle of
// a title that names the session, broken by hand before its 的
// (某某在云溪市 / 十六届人大七次会议上 / 的政府工作报告): the next line
// goes on with 的, and the block's own date line comes within two lines
// under that, or the line above is the title's start, its 在 and the
// place, no date line's start.
func sessionTitlePiece(ls []string, i int) bool {
	if i+1 >= len(ls) || !strings.HasPrefix(ls[i+1], "的") {
		return false
	}
	for k := i + 2; k < len(ls) && k <= i+3; k++ {
		if isDateLine(ls[k]) {
			return true
		}
	}
	if i == 0 {
		return false
	}
	above := ls[i-1]
	first, _ := utf8.DecodeRuneInString(above)
	return strings.Contains(above, "在") && utf8.RuneCountInString(above) <= 20 && !strings.ContainsAny(above, "。；：:，") &&
		!isDateLine(above) && !dateStartRe.MatchString(above) && !strings.ContainsRune("-—–－―─~～（(", first)
}

// postOnlyRe matches a speaker line whose name the copy lost, the post
// alone ending the line (某市人民政府市长, 某市代市长): the speaker's line of
// the block, never its title, which names a paper or a slogan.
var postOnlyRe = mustLitRe(`^\p{Han}{0,24}?(?:人民政府|政府|行政公署|行署)?(?:代理|代)?(?:常务)?副?(?:省长|市长|州长|盟长|区长|县长|旗长|镇长|乡长|专员)$`)

// congressSubtitle reports whether l opens with a subtitle's dash and names
// a people's congress's term (第十一届): where the report was read, never
// its title, also when the date line's pattern does not read it whole (a
// session that lost its 在 and 上, ——某市第十一届人民代表大会第三次会议; the
// first half of a date line broken after the term, ——在某市第十二届).
func congressSubtitle(l string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, "（( "))
	return strings.ContainsRune("—─―", r) && congressTermRe.MatchString(l)
}

// congressTermRe matches a people's congress's term: 第十一届, 第12届.
var congressTermRe = mustLitRe(`第[一二三四五六七八九十0-9]{1,3}届`)

// namedSpeakerLine reports whether l reads as a speaker's post and name
// rather than a title: shorter than a slogan (under eight characters, the
// spaces aside) and naming no paper, or a last word of two or three Han
// characters set apart by spaces of any width (委员长 某某某, 县长 某某),
// where a slogan's halves have four characters at least.
func namedSpeakerLine(l string) bool {
	if utf8.RuneCountInString(despace(l)) < 8 {
		return !namesDocument(l) && !titleEndRe.MatchString(l) && !headlineActRe.MatchString(l)
	}
	f := strings.Fields(l)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	n := utf8.RuneCountInString(last)
	return n >= 2 && n <= 3 && speakerNameRe.MatchString(last)
}

// readDateLine sets the date line l (isDateLine) and what it says: the
// date, the congress's place or that it is the national one.
func (b *titleBlock) readDateLine(l string) {
	m := dateLineRe.FindStringSubmatch(l)
	date := m[1] + m[2] // after 在, or before it
	if mm := blankDayRe.FindStringSubmatch(l); date == "" && mm != nil {
		date = mm[1] + "年" // a draft's date without its month and day
	}
	b.DateLine = l
	if y := ParseYear(date); y != 0 || b.DateYear == 0 {
		// A session line without its day keeps the day printed alone
		// on the line above it (2031年12月9日 / 在某县第九届人民代表大会
		// 第一次会议上).
		b.DateYear = y
		b.DateMonth = parseMonth(date)
	}
	place := strings.TrimSpace(m[3])
	if strings.Contains(m[4], "全国") || place == "中华人民共和国" {
		b.National = true
		place = ""
	}
	b.DatePlace = place
}

// blankDayRe matches the year of a date line whose month and day a draft
// left blank or masked (2031年×月×日在…, 2031 年 xx 月 xx 日在…, 2031年
// 月 日在…): the year of the session, group 1.
var blankDayRe = mustLitRe(`((?:19|20)[0-9]{2})\s*年\s*[xX×*]{0,2}\s*月\s*[xX×*]{0,2}\s*日\s*在`)

// sessionBylineRe matches a date line without its 在 and 上, the date
// and the session only, the speaker's name before them on the line or not,
// as a converted PDF's running head prints it (某某 2031年1月8日 某县第十届
// 人民代表大会第三次会议): group 1 the date, 2 the place, 3 what stands
// between 届 and 人民代表大会 (全国). Also the note of the report's adoption
// that a newspaper prints under its title, its brackets lost (2031年1月9日
// 某市第十届人民代表大会第三次会议通过, or …会议第四次大会通过 naming the
// plenary that voted): the same session, which approved the report it heard. Read only above a greeting or a speaker line
// (opensSpeech), where a news headline of the same words could not be.
// A portal that prints the note in the date line's place under the title
// writes it as a date line begins, with the subtitle's dash or the date
// line's 在, and a term without its 第 (——2032年2月18日某市十三届人民代表大会
// 第四次会议通过, 2032年1月23日在某市第十二届…会议通过): the same note, the
// place after the 在.
var sessionBylineRe = mustLitRe(`^[（(]?(?:[—－―─-]{1,2}\s*)?[\p{Han}·]{0,24}?((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)在?(\p{Han}{0,30}?)第?[一二三四五六七八九十0-9]{1,3}届(\p{Han}{0,12}?)(?:人民代表大会|人大)第[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议(?:第[一二三四五六七八九十0-9]{1,3}次(?:全体会议|大会))?(?:通过|批准)?[）)]?$`)

// speakerNameRe matches the speaker's name alone on its line, as a
// newspaper prints it between the title block and the greeting (某某某).
var speakerNameRe = mustLitRe(`^\p{Han}{2,4}$`)

// opensSpeech reports whether ls[i] opens the speech: a greeting (各位代表：)
// or a speaker line, or the speaker's name alone with the greeting under
// it. A photo's caption or another line of chrome (isChromeClass) before
// it, two at most, is passed over: the page's, not the block's.
func opensSpeech(ls []string, i int) bool {
	for k := 0; k < 2 && i < len(ls) && isChromeClass(strings.TrimSpace(ls[i])); k++ {
		i++
	}
	if i >= len(ls) {
		return false
	}
	if greetRe.MatchString(ls[i]) || isSpeaker(ls[i]) {
		return true
	}
	return i+1 < len(ls) && speakerNameRe.MatchString(ls[i]) && greetRe.MatchString(ls[i+1])
}

// readSessionByline sets the date line l (sessionBylineRe) and what it
// says, as readDateLine does.
func (b *titleBlock) readSessionByline(l string) {
	m := sessionBylineRe.FindStringSubmatch(l)
	b.DateLine = l
	b.DateYear = ParseYear(m[1])
	b.DateMonth = parseMonth(m[1])
	place := strings.TrimSpace(m[2])
	if strings.Contains(m[3], "全国") || place == "中华人民共和国" {
		b.National = true
		place = ""
	}
	b.DatePlace = place
}

// streetOfficeAfterRe matches a street office's name right after a
// government's in an opening (某区人民政府|某某街道办事处): the office's
// full name, the district's government its first part.
var streetOfficeAfterRe = mustLitRe(`^\p{Han}{1,12}?街道办事处`)

// termRe matches a government's term in an opening's name (第五届, 本届,
// 新一届), also written without its 第 (我代表十八届县人民政府).
var termRe = mustLitRe(`(?:第?[一二三四五六七八九十0-9]{1,3}|本|上|新一|新)届`)

// deputyRe matches a deputy's rank before the office: 常务副, 副.
var deputyRe = mustLitRe(`(?:常务)?副$`)

// isSpeaker reports whether l is a speaker line (某市人民政府市长 某某): what
// follows the office is a name, not the paper's kind (乡镇镇长述职报告 is a
// title).
func isSpeaker(l string) bool {
	m := speakerRe.FindStringSubmatch(l)
	// (a congress's presidium, 主席团, is a body, not the post 主席 and a
	// name: …人大一次会议主席团举行第四次会议 is a headline)
	return m != nil && !paperWordRe.MatchString(m[3]) && !headlineAfterOffice(m[1], m[3]) && !(m[2] == "主席" && strings.HasPrefix(despace(m[3]), "团")) || bodySpeakerRe.MatchString(l)
}

// headlineAfterOffice reports whether a line of a speaker's shape (the
// office, then what should be a name) is a news headline instead: what
// follows the office holds an act (县长会见港务客商, 县长某某调研春耕生产,
// 区长主持召开常务会议), or what precedes the post is a host's act with
// the guest the post and name close (某某会见某集团董事长某某). A name
// holds no act; a body's name holds no meeting with a guest. The acts are
// listed because no shape tells a name of four characters from a verb and
// its object of four; where an act may stand is a shape (actAfterPost).
//
// What follows the post may also be a paper's word, the line a title, not
// a speaker's (某区教育局局长述职报告, 某局局长述职述廉报告): the head's
// own report, whose four characters after 局长 read as a name by their
// count alone.
func headlineAfterOffice(before, after string) bool {
	after = despace(after)
	if strings.ContainsAny(after, "·•") {
		return false // a name of a minority's form (某某·某某): a name
	}
	return actAfterPost(after) || hostActRe.MatchString(before) || paperWordRe.MatchString(after)
}

// actAfterPost reports whether after, what follows an official's post on
// a line (spaces removed), holds an act of headlineActRe where a headline
// puts one: right after the post (县长调研…, 局长带队…) or after a full
// name of two characters or more (县长韦晓澄调研…). Some acts are given
// names too (一行, 深入): an act at the second character follows a
// surname alone, so it is the given name (县长韦一行, 市长许深入), and 一行
// (a party of visitors) that ends the line has nothing said of it, so it
// is the name's end (市长欧阳一行, 县长韦晓一行): a post and a name with
// nothing after them are a speaker line, never a headline.
func actAfterPost(after string) bool {
	for _, m := range headlineActRe.FindAllStringIndex(after, -1) {
		if utf8.RuneCountInString(after[:m[0]]) == 1 {
			continue // inside the given name: 韦一行
		}
		if m[1] == len(after) && after[m[0]:] == "一行" && m[0] > 0 {
			continue // a name that ends in 一行, nothing after it
		}
		return true
	}
	return false
}

// headlineActRe matches an official's act a news headline reports after
// his post (and name): meeting, inspecting, chairing, visiting.
var headlineActRe = mustLitRe(`会见|会晤|接见|调研|视察|考察|检查|督查|督导|督办|主持|出席|参加|看望|慰问|走访|接待|接访|召开|带队|率队|率团|深入|部署|宣讲|调度|拜会|拜访|陪同|约见|察看|一行`)

// hostActRe matches a host's act toward a guest, whose post and name then
// end the headline (某某会见某集团董事长某某).
var hostActRe = mustLitRe(`会见|会晤|接见|看望|慰问|拜会|拜访|陪同|约见`)

// officeSpeakerLine reports whether l is an office's speaker line
// (officeSpeakerRe, read without its spaces) and no headline
// (headlineAfterOffice): 某县财政局局长 某某, not 某县财政局局长调研.
func officeSpeakerLine(l string) bool {
	m := officeSpeakerRe.FindStringSubmatch(despace(l))
	return m != nil && !headlineAfterOffice(m[1], m[2])
}

// officerSpeaker reports whether l is the speaker's line of a report that
// no government head reads: a zone's, a farm's, a forest bureau's or a
// company's, its head's post (管委会主任, 场长, 局长, 董事长, 执行董事,
// 总经理) after the body and any posts in the Party, then a name.
func officerSpeaker(l string) bool {
	m := officerLineRe.FindStringSubmatch(l)
	if m == nil || paperWordRe.MatchString(m[1]) || headlineAfterOffice(l[:len(l)-len(m[1])], m[1]) {
		return false
	}
	name := despace(m[1])
	return utf8.RuneCountInString(name) <= 4 || strings.ContainsAny(name, "·•")
}

// officerLineRe matches what officerSpeaker reads, the name in group 1.
var officerLineRe = mustLitRe(`^(?:\p{Han}{0,12}?(?:委|党组)\p{Han}{0,6}?(?:书记|常委|委员|成员)[、，,]\s*){0,3}\p{Han}{0,24}?(?:代理|代)?(?:常务)?副?(?:主任|场长|局长|董事长|执行董事|总经理|总裁)\s*([\p{Han}·•](?:\s*[\p{Han}·•]){1,9})$`)

// bodySpeakerRe matches an author line that names the government and then,
// after a space, the speaker, without the office between them (自治区政府
// 某某·某某, 某县人民政府 某某某), as an archive of texts credits its author.
var bodySpeakerRe = mustLitRe(`^\p{Han}{0,12}(?:人民政府|政府)\s+(?:\p{Han}{2,4}|\p{Han}{1,8}(?:[·•]\p{Han}{1,8}){1,2})$`)

// paperWordRe matches the end of a title that a speaker line's name cannot
// have: a paper's word, or a meeting's (a headline on the meeting of a
// post's holders, 某市召开全市农业农村局长工作会议, ends where a speaker
// line puts the name after the post).
var paperWordRe = mustLitRe(`(?:报告|总结|小结|讲话|发言|汇报|致辞|计划|要点|会议|座谈会|联席会|推进会|工作会)$`)

// isDateLine reports whether l is a date line: it matches dateLineRe and
// ends there (or with the subtitle's 的政府工作报告, or a bracket). A news
// sentence that starts the same way goes on: "…会议上，代县长某某作政府工作报告".
func isDateLine(l string) bool {
	m := dateLineRe.FindStringIndex(l)
	return m != nil && !sentenceGoesOn(l[m[1]:])
}

// sentenceGoesOn reports whether rest, the text after a date line's 会议上,
// continues a sentence.
func sentenceGoesOn(rest string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return strings.ContainsRune("，,；;。、", r) || strings.HasPrefix(strings.TrimSpace(rest), "作") || strings.HasPrefix(strings.TrimSpace(rest), "听取")
}

// anchorWeak reports whether l, taken as the anchor before a date line was
// seen, is only a greeting or an opening (a date line further down is then
// the better anchor).
func anchorWeak(l string) bool {
	return greetRe.MatchString(l) || openingRe.MatchString(l)
}

// splitGlued cuts lines where a file glued the parts of a title block
// together: after a date line's 会议上, before 各位代表, after a date in
// brackets. It also drops blank lines and trims each line.
func splitGlued(lines []string) []string {
	out, _ := splitGluedOwn(lines)
	return out
}

// splitGluedOwn is splitGlued, read in simplified characters: a title
// block in traditional ones (…人民代表大會第二次會議上, 市長) is cut and read as
// any other. It returns the lines cut in simplified characters and the same
// lines in the file's own (a character and its simplified form take the
// same bytes, so both are cut at the same offsets).
func splitGluedOwn(lines []string) (out, own []string) {
	for i := 0; i < len(lines); i++ {
		o := normLine(lines[i])
		l := Simplify(o)
		if rest := strings.TrimSpace(strings.TrimLeft(o, "•●")); rest != o && dateStartRe.MatchString(Simplify(rest)) {
			// a page's list bullet before its date line, whole or the
			// first half of one it broke in two (• 2031年4月19日在某市 /
			// 第十五届人民代表大会第一次会议上): the page's markup, as Clean
			// reads it
			o = rest
			l = Simplify(o)
		}
		if strings.Contains(l, "人民代表") || strings.Contains(l, "人大") {
			// "——1 9 9 8 年3 月5 日在…": spaces inside the date line. A
			// title glued before its dash keeps the gaps that part a
			// page's headline from it.
			k := strings.Index(o, "——")
			if k <= 0 || len(gapParts(strings.TrimSpace(o[:k]))) < 2 {
				k = 0
			}
			o = o[:k] + strings.Join(strings.Fields(o[k:]), "")
			l = Simplify(o)
		}
		start := l
		if j := strings.Index(l, "——"); j > 0 {
			start = l[j:] // the date line of a title glued to it
		}
		if dateStartRe.MatchString(start) && !strings.Contains(l, "会议上") && i+1 < len(lines) {
			// A date line broken in two: "——…在某市第六届人民代表大会" / "第六次会议上".
			// Also cut inside 会议上 (…第三次会议 / 上), as a PDF's line may be,
			// and with the title glued before it (2031年政府工作报告——2031
			// 年1月5日在某市第十二届人民代 / 表大会第二次会议上, a text wrapped
			// at a fixed width). A page as narrow as a PDF's breaks it in
			// three (…第十六届人民代表 / 大会 / 第七次会议上), and may lose the
			// session's 上 with the speaker run on after it (…人民代 / 表大会
			// 第八次会议 某市市长 某某).
			jl, jo := l, o
			for k := i + 1; k < len(lines) && k <= i+2; k++ {
				nextOwn := strings.Join(strings.Fields(normLine(lines[k])), "")
				next := Simplify(nextOwn)
				if m := chunkRe.FindString(next); m != "" && m != "1、" {
					// A library's preview numbers the chunks it cuts its text
					// into (…人民代表大会第一次 / 2、会议上): the number is not
					// part of the date line.
					next, nextOwn = next[len(m):], nextOwn[len(m):]
				}
				jl, jo = jl+next, jo+nextOwn
				if j := strings.Index(jl, "会议上"); j >= 0 && j+len("会议上") > len(l) && utf8.RuneCountInString(jl[len(l):j+len("会议上")]) <= 24 ||
					sessionSpeakerTail(jl[len(l):]) {
					l, o, i = jl, jo, k
					break
				}
				if utf8.RuneCountInString(jl[len(l):]) > 24 {
					break // a line of text, not the rest of a date line
				}
			}
		}
		// A title glued to its date line: "某年政府工作报告——某年某月某日在…会议上".
		if j := strings.Index(l, "——"); j > 0 && dateLineRe.MatchString(l[j:]) {
			head, headOwn := strings.TrimSpace(l[:j]), strings.TrimSpace(o[:j])
			for _, r := range gapParts(head) { // a headline a gap parts from the title
				part, partOwn := head[r[0]:r[1]], headOwn[r[0]:r[1]]
				for _, p := range splitHeadline(part) { // and a headline glued to it
					out, own = append(out, p), append(own, partOwn[:len(p)])
					partOwn = partOwn[len(p):]
				}
			}
			l, o = l[j:], o[j:]
		}
		if j := strings.Index(l, "——"); j > 0 && isSpeaker(l[j+len("——"):]) && isTitleLine(strings.TrimSpace(l[:j])) {
			// A title glued to its speaker, as a forum's post names what
			// it quotes: 2031年政府工作报告——国务院总理某某.
			out, own = append(out, strings.TrimSpace(l[:j])), append(own, strings.TrimSpace(o[:j]))
			l, o = l[j+len("——"):], o[j+len("——"):]
		}
		if j := dashlessDateLine(l); j > 0 {
			// A title glued to its date line with no dash between them, as
			// a copy site writes a title block it ran into one line
			// (政府工作报告2031年12月16日在某县第十六届人民代表大会第一次
			// 会议上县长某某各位代表：…): the title, then the date line; a
			// page's headline glued before the title is a line of its own
			// (2031年某县人民政府工作报告(全文)政府工作报告2031年…).
			head, headOwn := strings.TrimSpace(l[:j]), strings.TrimSpace(o[:j])
			for _, p := range splitHeadline(head) {
				out, own = append(out, p), append(own, headOwn[:len(p)])
				headOwn = headOwn[len(p):]
			}
			l, o = l[j:], o[j:]
		}
		for l != "" {
			cut := len(l)
			if m := dateLineRe.FindStringIndex(l); m != nil && m[1] < len(l) {
				rest := l[m[1]:]
				if !strings.HasPrefix(rest, "的") && !sentenceGoesOn(rest) { // "…会议上的政府工作报告" is one subtitle
					cut = m[1]
					if r, size := utf8.DecodeRuneInString(rest); r == '）' || r == ')' {
						cut += size
					}
				}
			}
			if m := dateLineRe.FindStringIndex(l); m == nil && dateStartRe.MatchString(l) {
				if e := sessionEnd(l); e > 0 {
					cut = e // the date line that lost its 上, the speaker run on
				}
			}
			if loc := gluedGreetRe.FindStringIndex(l); loc != nil && loc[0] > 0 && loc[0] < cut && utf8.RuneCountInString(l[:loc[0]]) <= 60 && !greetingLineRe.MatchString(l) {
				// a greeting, not a sentence's 各位代表纷纷…, nor the
				// last of a greeting's addressees (尊敬的各位领导、各位代表：)
				cut = loc[0]
			}
			out, own = append(out, strings.TrimSpace(l[:cut])), append(own, strings.TrimSpace(o[:cut]))
			l, o = strings.TrimSpace(l[cut:]), strings.TrimSpace(o[cut:])
		}
	}
	return out, own
}

// speakerStartRe matches the speaker that opens what follows a date line
// run into one line with it (县长某某, 某县人民政府代县长 某某).
var speakerStartRe = mustLitRe(`^[\p{Han}Xx×*]{0,24}?(?:人民政府|政府)?(?:代理|代)?(?:省长|市长|州长|盟长|区长|县长|旗长)\s*[\p{Han}·]`)

// gluedYearRe finds where a date line's year may start inside a line.
var gluedYearRe = mustLitRe(`(?:19|20)[0-9]{2}\s*年`)

// dashlessDateLine returns where a date line starts in l when a report's
// title runs straight into it, no dash between them (政府工作报告2031年
// 1月5日在某市第十二届人民代表大会第二次会议上…), or 0: what comes before
// is a title line that ends with 报告, what starts there a date line.
func dashlessDateLine(l string) int {
	for _, m := range gluedYearRe.FindAllStringIndex(l, 3) {
		if m[0] == 0 {
			continue
		}
		title := strings.TrimSpace(l[:m[0]])
		if !strings.HasSuffix(title, "报告") || !isTitleLine(title) {
			continue
		}
		loc := dateLineRe.FindStringIndex(l[m[0]:])
		if loc == nil {
			continue
		}
		// the block goes on as a title block does, with the speaker or the
		// greeting, or ends; a sentence goes on otherwise (…会议上通过)
		if rest := strings.TrimSpace(l[m[0]+loc[1]:]); rest == "" || speakerStartRe.MatchString(rest) || strings.HasPrefix(rest, "各位代表") {
			return m[0]
		}
	}
	return 0
}

// speakerTailRe matches the speaker run on after a session that lost its
// 上 (…第八次会议 某市市长 某某, the place masked or not: X市X市长 某某).
var speakerTailRe = mustLitRe(`^\s*[\p{Han}Xx×*]{0,24}?(?:人民政府|政府)?(?:代理|代)?(?:省长|市长|州长|盟长|区长|县长|旗长|镇长|乡长|专员)\s*[\p{Han}·](?:\s*[\p{Han}·]){1,4}$`)

// sessionEnd returns the end of the session (会议) in l when what follows
// it is nothing or a speaker (speakerTailRe); 0 when there is no such end.
func sessionEnd(l string) int {
	k := strings.LastIndex(l, "会议")
	if k < 0 {
		return 0
	}
	e := k + len("会议")
	if rest := l[e:]; strings.TrimSpace(rest) == "" || speakerTailRe.MatchString(rest) {
		return e
	}
	return 0
}

// sessionSpeakerTail reports whether tail, the lines joined to a date
// line's start, ends the date line at its session: 会议, alone or with the
// speaker after it.
func sessionSpeakerTail(tail string) bool {
	k := strings.LastIndex(tail, "会议")
	return k >= 0 && sessionEnd(tail) == k+len("会议") && strings.Contains(tail[:k], "代表大会")
}

// gluedGreetRe finds a greeting glued to the line before it: 各位代表
// with the mark of an address after it, or ending the line.
var gluedGreetRe = mustLitRe(`各位代表(?:\s*[，,：:！!、。]|\s*$)`)

// gapParts returns the byte ranges of the parts of s that gaps (gapRe: two
// spaces or more) part (a page's headline, a gap, the title), or s whole
// when a part would be shorter than four characters (政  府  工  作  报  告
// is one title, spaced out).
func gapParts(s string) [][2]int {
	var parts [][2]int
	start := 0
	for _, g := range append(gapRe.FindAllStringIndex(s, -1), []int{len(s), len(s)}) {
		if utf8.RuneCountInString(s[start:g[0]]) < 4 {
			return [][2]int{{0, len(s)}}
		}
		parts = append(parts, [2]int{start, g[0]})
		start = g[1]
	}
	return parts
}

// normLine trims l and takes out what a scraper left in it: literal
// <U+00A0>, no-break and ideographic spaces at the ends, question marks
// standing for characters it could not map, full-width digits; a heavy or
// double box-drawing rule (━, ═) is the dash it stands for.
func normLine(l string) string {
	l = strings.ReplaceAll(l, "<U+00A0>", " ")
	l = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '\u00a0' || r == '\u3000' || r == '\t' || r == '\r' || r == '\ufeff':
			return ' '
		case r == '━' || r == '═':
			return '—' // a heavy or double rule set for the dash of a date line (━━2031年…)
		}
		return r
	}, l)
	return dropLostIndent(dropLostGlyph(strings.TrimSpace(l)))
}

// dropLostIndent returns l without the question marks that an encoding
// left for the full-width spaces indenting a paragraph (??2031年1月5日在…,
// ？？经济综合实力…), also where the page set the spaces apart and the
// marks kept the gap (? ? ——经济总量持续攀升…): up to four at the start,
// with nothing but spaces between them, before a Chinese character, a
// digit, or the dash, quote or bracket a paragraph opens with. No Chinese
// paragraph opens with a question mark.
func dropLostIndent(l string) string {
	if !strings.HasPrefix(l, "?") && !strings.HasPrefix(l, "？") {
		return l
	}
	rest := strings.TrimLeft(l, "?？ \u3000\u00a0")
	lead := l[:len(l)-len(rest)]
	marks := strings.Count(lead, "?") + strings.Count(lead, "？")
	if r, _ := utf8.DecodeRuneInString(rest); marks <= 4 && (IsHan(r) || r >= '0' && r <= '9' || strings.ContainsRune("—“‘（《【", r)) {
		return rest
	}
	return l
}

// titleAbove returns the title that ends just above line anchor: the
// nearest title-like line, joined with the title-like lines right above it
// when it continues them. ls are the lines read (in simplified characters),
// own the same lines in the file's own characters, which the title keeps.
func titleAbove(ls, own []string, anchor int) string {
	// A collection's label for its piece before the piece's title
	// (第一篇：某某政府工作报告), or set apart by a space with the piece's
	// length after the title (篇一 某某政府工作报告2850字), is not part of
	// it.
	for k := max(0, anchor-6); k < anchor; k++ {
		if m := pieceLabelRe.FindString(ls[k]); m != "" && len(m) < len(ls[k]) {
			if o := pieceLabelRe.FindString(own[k]); o != "" && strings.ContainsAny(o, ":：") {
				ls = append(append([]string(nil), ls[:k]...), append([]string{ls[k][len(m):]}, ls[k+1:]...)...)
				own = append(append([]string(nil), own[:k]...), append([]string{own[k][len(o):]}, own[k+1:]...)...)
			} else if o != "" && strings.ContainsAny(o, " \u3000") && pieceLengthRe.MatchString(own[k]) {
				ls = append(append([]string(nil), ls[:k]...), append([]string{pieceLengthRe.ReplaceAllString(ls[k][len(m):], "")}, ls[k+1:]...)...)
				own = append(append([]string(nil), own[:k]...), append([]string{pieceLengthRe.ReplaceAllString(own[k][len(o):], "")}, own[k+1:]...)...)
			}
		}
	}
	i := anchor - 1
	for ; i >= 0 && anchor-i <= 6; i-- {
		if i == anchor-1 && officeLineRe.MatchString(ls[i]) {
			// The office that reports, on its own line above the
			// greeting (…草案的报告 / 某市财政局 / 各位代表), signs the
			// paper: the title is above it.
			continue
		}
		if rest := speakerTitle(ls[i]); rest != "" {
			// A news page's headline that names the speaker before the
			// title of the speech (某某：团结起来，为…而奋斗): the title is
			// after the name.
			if k := strings.IndexAny(own[i], ":："); k >= 0 {
				ls = append(append([]string(nil), ls[:i]...), append([]string{rest}, ls[i+1:]...)...)
				_, size := utf8.DecodeRuneInString(own[i][k:])
				ownRest := strings.TrimSpace(own[i][k+size:])
				own = append(append([]string(nil), own[:i]...), append([]string{ownRest}, own[i+1:]...)...)
				break
			}
		}
		if i == anchor-1 && greetingLineRe.MatchString(ls[i]) {
			// The greeting between the title and the opening that
			// anchors it (某县2031年工作报告 / 尊敬的各位领导、各位代表，
			// 大家好！ / …我代表某县政府…): the title is above it.
			continue
		}
		if isTitleLine(ls[i]) {
			break
		}
		if i > 0 && utf8.RuneCountInString(ls[i]) <= 30 && siteNameRe.MatchString(ls[i]) && bareDateRe.MatchString(ls[i-1]) {
			// The site the page took the text from, under the page's day
			// (2031-03-07 / 中国政府网): the page's source line, which
			// isTitleLine refuses as a title; the headline is above.
			continue
		}
		if !skippableAboveAnchor(ls[i]) && !pageChrome(ls[i]) {
			return ""
		}
	}
	if i < 0 || anchor-i > 6 {
		return ""
	}
	title, ownTitle := ls[i], own[i]
	if i > 0 && congressSubtitle(ls[i-1]) && strings.HasSuffix(strings.TrimRight(title, "）)"), "会议上") {
		// The tail of a date line broken after its congress, the first
		// half above it (——在…人民代表大会 / 常务委员会第九次会议上):
		// where the paper was read, never what it is.
		return ""
	}
	for j := i - 1; j >= 0 && i-j <= 2; j-- {
		if yearHeadLineRe.MatchString(ls[j]) && !completeTitle(ls[j]) && !namesDocument(ls[j]) && titleYear(title) == 0 && utf8.RuneCountInString(ls[j]+title) <= 60 {
			// A title broken by hand after its year (2031年 /
			// 某县人民政府工作报告, 2031年县 / 政府工作要点): the year,
			// with the start of the place if any, is its first line,
			// which isTitleLine refuses for its digits. Nothing above a
			// year is the title's. (A page's headline above the title,
			// 2031年政府工作报告, is a title of its own.)
			title, ownTitle = ls[j]+title, own[j]+ownTitle
			break
		}
		if !isTitleLine(ls[j]) || completeTitle(ls[j]) || issuerLineRe.MatchString(ls[j]) || utf8.RuneCountInString(ls[j]+title) > 60 {
			break
		}
		if hasChromeWord(ls[j]) {
			// A document library's button above the text (侵权投诉, VIP
			// 专免) is the page's, not the title's first half.
			break
		}
		if completeTitle(despace(title)) && namesDocument(ls[j]) {
			// A page's headline above the report's own title
			// (2031年某区政府工作报告—全文 / 政 府 工 作 报 告) is a
			// title of its own, not the title's first half.
			break
		}
		if strings.Contains(despace(ls[j]), despace(title)) {
			// A line above that holds the whole title already (the page's
			// headline 某镇政府报告范文 over 某镇政府报告) is a headline of
			// its own, not the title's first half.
			break
		}
		if strings.ContainsAny(ls[j], "，,") || isKeywordTags(ls[j], []string{title}) {
			// A copy site's keywords for the page, parted by commas
			// (镇政府,工作报告,2031), or by spaces or 、 and each cut from
			// the title: a title's first half holds no list.
			break
		}
		if completeTitle(despace(title)) && titleYear(title) != 0 && !titleHeadPartRe.MatchString(ls[j]) && namedPlace(ls[j]+"政府工作报告") == "" {
			// A title that holds its year and its kind (2031年政府工作报告)
			// lacks at most its place: a line above that names none is
			// the page's menu (在线答疑), however short.
			break
		}
		if despace(title) == "政府工作报告" && !titleHeadPart(ls[j]) {
			// A bare 政府工作报告 is whole: the line above can only be its
			// place, its year or its session (某某县 / 政府工作报告), not
			// a poster's note on the text (备考的同学可以拿来做练习材料).
			break
		}
		title, ownTitle = ls[j]+title, own[j]+ownTitle
	}
	// A PDF's text layer may break a title into fragments, one a line
	// (某某 / 镇 / 2031 / 年政府工作报告): a title that starts with 年 takes
	// the year above it and the short fragments above that.
	if strings.HasPrefix(title, "年") && i > 0 && len(ls[i-1]) == 4 && ParseYear(ls[i-1]) != 0 {
		ownTitle = own[i-1] + ownTitle
		for j, k := i-2, 0; j >= 0 && k < 3 && fragmentLine(ls[j]); j, k = j-1, k+1 {
			ownTitle = own[j] + ownTitle
		}
	}
	// Or into fragments that leave the kind of paper alone on the last line
	// (某市政府 / 五年 / 工作报告): that line takes the short fragments
	// above it.
	if bareKindRe.MatchString(despace(title)) && i > 0 {
		for j, k := i-1, 0; j >= 0 && k < 3 && fragmentLine(ls[j]) && !notTitleRe.MatchString(ls[j]) && !navWords[ls[j]] && !hasChromeWord(ls[j]); j, k = j-1, k+1 {
			ownTitle = own[j] + ownTitle
		}
	}
	// Or at every change of font, the year's digits, the place (or a
	// template's XX) and its level each a line over a bare 政府工作报告
	// (2031 / 年 / 某某 / 区 / 政府工作报告): the fragments above it are
	// the title's head when, joined, they end in a level or are a year.
	if despace(title) == "政府工作报告" && i > 0 {
		head, ownHead := "", ""
		for j, k := i-1, 0; j >= 0 && k < 4 && (yearOnlyLineRe.MatchString(ls[j]) || placeholderLineRe.MatchString(ls[j]) || fragmentLine(ls[j]) && !notTitleRe.MatchString(ls[j]) && !navWords[ls[j]] && !hasChromeWord(ls[j])); j, k = j-1, k+1 {
			head, ownHead = ls[j]+head, own[j]+ownHead
		}
		if head != "" && fragmentHeadRe.MatchString(head) {
			ownTitle = ownHead + ownTitle
		}
	}
	if t := despace(ownTitle); strings.HasPrefix(strings.TrimLeft(t, "（("), "—") && strings.HasSuffix(strings.TrimRight(t, "）)"), "会议上") {
		// A date line broken in two whose start the date line's pattern
		// does not read (——在20311223日某区…人民代表大会 / 常务委员会
		// 第三次会议上), its halves joined above the speaker: it says
		// where the paper was read, never what it is.
		return ""
	}
	return lastPieceTitle(despace(ownTitle))
}

// contentsEntryRe matches a report's name in a table of contents followed
// by the next entry's number (…政府工作报告35.).
var contentsEntryRe = mustLitRe(`政府工作报告\s*[0-9]{1,3}\s*[.．、]`)

// lastPieceTitle returns title without the table of contents a copy
// site's compilation ran in before its first piece's title, on one line
// with it (…34.某镇2031年政府工作报告35.某某镇2031年政府工作报告2031年
// 某镇政府工作报告): three report names at least, two of them followed by
// the next entry's number, the last name the piece's. Any other title is
// returned as it is (a wiki's links to the years before and after).
func lastPieceTitle(title string) string {
	const name = "政府工作报告"
	if strings.Count(title, name) < 3 || len(contentsEntryRe.FindAllString(title, 2)) < 2 {
		return title
	}
	k := strings.LastIndex(title, name)
	j := strings.LastIndex(title[:k], name)
	return title[j+len(name):]
}

// pieceLengthRe matches the length a copy site gives a piece of its
// collection after the piece's title: …报告2850字.
var pieceLengthRe = mustLitRe(`\s*[0-9]{3,5}\s*字$`)

// bareKindRe matches a title line that names only the kind of paper, the
// rest of the title on the lines above it.
var bareKindRe = mustLitRe(`^(?:工作)?(?:报告|总结|计划|要点)$`)

// yearHeadLineRe matches the first line of a title broken by hand after
// its year: the year, and at most the start of the place (2031年,
// 2031年云溪县, 2031年县).
var yearHeadLineRe = mustLitRe(`^(?:19|20)[0-9]{2}\s*年\p{Han}{0,6}$`)

// yearOnlyLineRe matches a year alone on its line (2031, 2031年), a piece
// of a title broken at a font change around its digits.
var yearOnlyLineRe = mustLitRe(`^[0-9]{4}年?$`)

// placeholderLineRe matches a template's stand-in for a place alone on its
// line (XX, ××, 某某), a fragment of a title whose font changes around it.
var placeholderLineRe = mustLitRe(`^(?:[Xx×]{2,3}|某某)$`)

// fragmentHeadRe matches the head that fragments over a bare 政府工作报告
// make when joined: a place ending in its level, or a year.
var fragmentHeadRe = mustLitRe(`[省市县区镇乡旗州盟]$|^[0-9]{4}年$`)

// speakerLabelRe matches a person's name and a colon at the start of a
// line: 某某：.
var speakerLabelRe = mustLitRe(`^\p{Han}{2,4}\s*[：:]\s*`)

// speakerTitle returns the title in a news page's headline that names the
// speaker before a speech's own title (某某：团结起来，为…而奋斗), or ""
// when l is no such headline: a page's field (来源：…, 标题：…) is not a
// name, and what follows the name must read as a whole title of its own
// words, not a paper's name (资料：某州2031年政府工作报告 is a column's
// label over a headline, and 政府工作报告 is read from the date line).
func speakerTitle(l string) string {
	m := speakerLabelRe.FindString(l)
	if m == "" || labelRe.MatchString(l) || notTitleRe.MatchString(l) {
		return ""
	}
	rest := strings.TrimSpace(l[len(m):])
	if !isTitleLine(rest) || !completeTitle(rest) || strings.HasSuffix(rest, "报告") || namesDocument(rest) {
		return ""
	}
	return rest
}

// titleHeadPart reports whether l can be the first half of a title whose
// second half is 政府工作报告: it names a place, a year or a session, or
// is short enough to be a name (某某镇).
func titleHeadPart(l string) bool {
	if utf8.RuneCountInString(l) <= 8 || ParseYear(l) != 0 || titleHeadPartRe.MatchString(l) {
		return true
	}
	return namedPlace(l+"政府工作报告") != ""
}

// titleHeadPartRe matches what the first half of a work report's title
// holds: a year, a congress or a session, a government, a level.
var titleHeadPartRe = mustLitRe(`[0-9]{4}|[〇零一二三四五六七八九○]{4}|人民代表大会|人大|届|会议|人民政府|政府|[省市县区镇乡旗州盟]$`)

// fragmentLine reports whether l is a piece of a word a PDF's text layer put
// on a line of its own: one to four characters, letters or digits only.
func fragmentLine(l string) bool {
	n := utf8.RuneCountInString(l)
	if n == 0 || n > 4 {
		return false
	}
	for _, r := range l {
		if !IsHan(r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// namesDocument reports whether l names a document by itself: it holds a
// work report's name or a bureau's kind of paper (工作总结, 工作要点, 工作计划).
func namesDocument(l string) bool {
	for _, s := range []string{"政府工作报告", "工作总结", "工作小结", "工作要点", "工作计划"} {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// issuerLineRe matches a line that names a body by itself (某省人民政府 above
// the title): a heading of the document, not the first half of its title.
var issuerLineRe = mustLitRe(`(?:人民政府|政府|行政公署|办公室|办公厅|局|委员会)$`)

// pageChrome reports whether l is a line a web page puts between its
// headline and the text: buttons, a source or date line, a breadcrumb.
//
// A line Clean reads as the page's own (a listen button 人工智能朗读：, a
// labelled source address however long, a row of a disclosure table) is
// furniture here too: the report's title above it is still its title.
func pageChrome(l string) bool {
	if dateLineRe.MatchString(l) || strings.ContainsAny(l, "。；") {
		return false
	}
	return (notTitleRe.MatchString(l) || isBareDisclosure(l)) && utf8.RuneCountInString(l) <= 60 || isChromeClass(l) || isDisclosureRow(l) || listHeaderLine(l)
}

// skippableAboveAnchor reports whether l may sit between a title and the
// line below it without ending the block: a subtitle, a date, a speaker, a
// news agency's dateline, a photo caption, a note that the text is whole
// (（全文）), a note of the paper's adoption (（2032年1月20日…会议通过）).
func skippableAboveAnchor(l string) bool {
	return dateOnlyRe.MatchString(l) || blankDateRe.MatchString(l) || maskedSpeakerRe.MatchString(l) || dateTrailRe.MatchString(l) || isSpeaker(l) || officeSpeakerLine(l) || officerSpeaker(l) || dateLineRe.MatchString(l) || adoptedRe.MatchString(l) ||
		strings.HasPrefix(l, "——") && strings.Contains(l, "会议上") || congressSubtitle(l) || strings.Contains(l, "新华社") || strings.HasSuffix(l, "摄") || isFullTextNote(l)
}

// blankDateRe matches a template's date line with the month or the day
// left blank or masked (2031年 月 日, 2031年X月X日, 年 月 日): the date
// line of a title block whose copy site kept the form, not the day.
var blankDateRe = mustLitRe(`^[（(]?\s*(?:(?:19|20)[0-9]{2}|[XxＸｘ×*＊_＿]{2,4})?\s*年\s*(?:[XxＸｘ×*＊_＿]{1,2}\s*)?月\s*(?:[XxＸｘ×*＊_＿]{1,2}\s*)?日\s*[）)]?$`)

// maskedSpeakerRe matches a speaker's line whose name a copy site masked
// (镇长 XX, 县长 ***, 代县长 ××): the speaker's line of its title block.
var maskedSpeakerRe = mustLitRe(`^\p{Han}{0,24}?(?:代理|代)?(?:省长|市长|州长|盟长|区长|县长|旗长|镇长|乡长|主任|专员)\s*[XxＸｘ×*＊]{2,4}$`)

// isTitleLine reports whether l can be (part of) a title: short, not a
// sentence, not a heading, not a page's button, date or source.
func isTitleLine(l string) bool {
	n := utf8.RuneCountInString(l)
	if n < 4 || n > 60 || strings.ContainsAny(l, "。；：:") || headingMarker(l) != nil || isFullTextNote(l) || sessionStampRe.MatchString(l) {
		return false
	}
	if leadsInList(l) {
		return false // a lead-in that lost its colon (…现将有关情况报告如下): the text's, no title
	}
	if cutAtComma(l) {
		return false // a sentence's first half, broken at its comma (现在，我代表…，): no title ends so
	}
	if strings.HasPrefix(l, "——") && strings.Contains(l, "会议上") {
		// The subtitle that names the meeting the report was read to
		// (——在某新区2031年工作会议上的报告) is the headline's, not a title.
		return false
	}
	if congressSubtitle(l) {
		return false // the subtitle naming the congress, broken or cut short
	}
	if dateLineRe.MatchString(l) || dateOnlyRe.MatchString(l) || isSpeaker(l) || officeSpeakerLine(l) || officerSpeaker(l) || greetRe.MatchString(l) || notTitleRe.MatchString(l) || dateTrailRe.MatchString(l) || isBareDisclosure(l) || adoptedRe.MatchString(l) {
		return false
	}
	if openDateLine(l) {
		return false
	}
	if strings.HasPrefix(l, "——") && strings.HasSuffix(l, "会议上") {
		return false // where the paper was read, at a meeting that is no congress's (——在某街道居民议事会上)
	}
	if m := paddedLabelRe.FindStringSubmatch(l); m != nil && portalLabelRe.MatchString(strings.Join(strings.Fields(m[1]), "")) {
		return false // a portal table's row, its label padded (来        源 某县人民政府办公室)
	}
	if isChromeClass(l) || listHeaderLine(l) {
		return false // a line Clean drops as the page's (论文部分内容阅读, 文档简介, 更多 今日话题)
	}
	if n <= 8 && hasChromeWord(l) && !namesDocument(l) {
		// A document library's button on its own line (侵权投诉, VIP专免),
		// right above the date line when the file has no title line of
		// its own: the page's, never the report's title.
		return false
	}
	if siteNameRe.MatchString(l) {
		return false // the site's name on a line of its own (某某学网)
	}
	han := 0
	for _, r := range l {
		if IsHan(r) {
			han++
		}
	}
	return han*2 >= n
}

// cutAtComma reports whether l ends in a comma or an enumeration comma
// (、): the first half of a sentence the file broke at the line's end, a
// slogan's first half (凝心聚力谋发展，), a lyric's line. A title ends in
// the name of its paper or its slogan's last word, never in a comma; a
// title a hand broke over two lines after its comma is the line below.
func cutAtComma(l string) bool {
	l = strings.TrimRight(l, " \t\u3000\u00a0")
	return strings.HasSuffix(l, "，") || strings.HasSuffix(l, ",") || strings.HasSuffix(l, "、")
}

// openDateRe matches a line that opens a bracket with a day
// (（2031年1月20日, (2031年1月20日): a date line's or an adoption note's
// start, never a title's.
var openDateRe = mustLitRe(`^[（(]\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?`)

// openDateLine reports whether l opens a bracket with a day and never
// closes it: a date line or an adoption note the file wrapped
// (（2031年1月20日某市第九届人民代表大会 / 第六次会议通过）), no title.
func openDateLine(l string) bool {
	return openDateRe.MatchString(l) && !strings.ContainsAny(l, "）)")
}

// paddedLabelRe matches a label whose characters a portal's table pads
// apart with spaces at the start of a row (名        称, 索  引  号).
var paddedLabelRe = mustLitRe(`^((?:\p{Han}\s+){1,3}\p{Han})(?:\s|$)`)

// portalLabelRe matches the labels of a portal's table of a paper's
// particulars.
var portalLabelRe = mustLitRe(`^(?:名称|文号|索引号|主题分类|主题词|发布机构|发文机关|有效性|公开方式|公开范围|成文日期|发布日期|公开日期|来源|分类)$`)

// sessionStampRe matches the stamp every paper of a congress's session
// carries above its title (某市第十五届人民代表大会第四次会议文件（1）),
// whole or cut off after its first digits by a page (…会议文件(20), or its
// last line of a cover set over lines: 某林区十一届人大 / (40) / 一次会议
// 材料): a mark of the paper, not its title nor the title's first half.
var sessionStampRe = mustLitRe(`会议(?:文件|材料)\s*(?:[（(〔【]\s*[0-9０-９一二三四五六七八九十之]*\s*[）)〕】]?)?\s*$`)

// completeTitle reports whether l reads as a whole title by itself, so that
// the line below it is not its continuation. A line that opens with 关于
// and ends at a quoted name (关于检查《某市预算审查监督条例》, over 实施情况
// 的报告) has named what the paper is about, not yet the paper.
func completeTitle(l string) bool {
	if strings.HasPrefix(l, "关于") && (strings.HasSuffix(l, "》") || strings.HasSuffix(l, "”")) {
		return false
	}
	for _, s := range []string{"报告", "纲要", "奋斗", "方针", "总结", "计划", "要点", "）", ")", "》", "”"} {
		if strings.HasSuffix(l, s) {
			return true
		}
	}
	return false
}

// despace removes the spaces of a spaced-out title (政 府 工 作 报 告) and
// squeezes runs of spaces elsewhere; spaces between phrases (夯实基础
// 提速发展) stay.
func despace(s string) string {
	fields := strings.Fields(s)
	if len(fields) > 2 {
		single := 0
		for _, f := range fields {
			if utf8.RuneCountInString(f) == 1 {
				single++
			}
		}
		if single*4 >= len(fields)*3 {
			return strings.Join(fields, "")
		}
	}
	return strings.Join(fields, " ")
}

// parseMonth reads the month of a date (2022年12月27日, 二〇二二年十二月),
// 0 when it has none.
func parseMonth(s string) int {
	_, after, ok := strings.Cut(s, "年")
	if !ok {
		return 0
	}
	m, _, ok := strings.Cut(after, "月")
	if !ok {
		return 0
	}
	if n := atoi(m); n >= 1 && n <= 12 {
		return n
	}
	for i, c := range []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"} {
		if m == c {
			return i + 1
		}
	}
	return 0
}

// ParseYear reads the year of a date in Arabic or Chinese digits
// (2024年, 二〇二四年, 一九五八年); 0 when it has none.
func ParseYear(s string) int {
	y := 0
	n := 0
	for _, r := range s {
		d := -1
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r == '〇' || r == '零' || r == '○' || r == 'O':
			d = 0
		default:
			d = strings.IndexRune("一二三四五六七八九", r)
			if d >= 0 {
				d = 1 + d/3 // IndexRune gives a byte offset; each rune is 3 bytes
			}
		}
		if d < 0 {
			break
		}
		y = y*10 + d
		n++
		if n == 4 {
			break
		}
	}
	if n != 4 || y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// addressesInSentence reports whether l, which opens with the delegates'
// address, makes them the subject of a sentence rather than greets them:
// a caption or a story's line (各位代表进行表决, 各位代表认真审议报告), the
// address run into a verb with no mark after it. A greeting goes on to
// more of the audience (各位代表、同志们, 各位代表和列席同志, 各位代表并
// 列席人员, 各位代表委员).
func addressesInSentence(l string) bool {
	m := greetRe.FindString(l)
	r, _ := utf8.DecodeLastRuneInString(m)
	if !unicode.Is(unicode.Han, r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(l[len(m):])
	return unicode.Is(unicode.Han, next) && !strings.ContainsRune("同们各和及暨与并以委", next)
}
