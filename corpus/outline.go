package corpus

// Unnumbered headings and notes
//
// Older and odder reports do not number every heading:
//
//   - Part headings without a number ("2023年工作回顾", "2024年工作安排",
//     "全面加强政府自身建设") above numbered sections, whose numbering then
//     restarts inside each part.
//   - Reports whose headings are all unnumbered ("三年来的斗争和新时期的总任务"),
//     sometimes announced in the preamble ("报告分六个部分：一、…；二、…")
//     and then given bare.
//   - Topic headings of old reports ("关于劳动就业问题。").
//
// A bare heading is a short line (at most bareRunes characters) without a
// sentence's punctuation, standing alone: the line before it ends a
// sentence (or there is none) and the line after it is a paragraph or a
// numbered heading. A document needs two such lines (or one after which the
// top numbering starts again at 1) before any counts: one short line alone
// is more often a slogan than a heading. Bare headings are parts, above the
// numbered styles, when the first one comes before the first heading of the
// top numbered style or the top numbering restarts after one; otherwise
// they nest under the numbered heading open above them.
//
// Notes at the end of a report (a glossary under 注释 or 名词解释, or a run
// of [1] [2] … entries), and an annex saved with it (附件, 附表, 附录),
// become one section at level 1, after the report's last part instead of
// inside it; each later annex (附件2) opens another. Glossary entries [1] [2] … are its text;
// entries numbered like headings ("1、物联网：是指…") are its subsections,
// one per note, never sections of the report's last part.

import (
	"strings"
	"unicode/utf8"
)

const bareRunes = 30

var (
	// notesHeadRe matches the heading of an appendix of notes, or of an
	// annex (附件, 附件2：2032年民生实事项目, 附表, 附录) that follows the
	// report. The notes' heading may name the report and stand behind an
	// annex's label without a colon (《政府工作报告》名词解释, 附：有关名词解释,
	// 附件 名词解释, whose space cleaning drops). 词语解释 names a glossary
	// as 名词解释 does (有关词语解释, over entries 【术语】即…).
	notesHeadRe = mustLitRe(`^(?:(?:(?:附件|附表|附录)[0-9一二三四五六七八九十]{0,2}\s*[：:]?\s*|附\s*[：:]\s*)?(?:《?[^《》。；，：:]{0,16}政府工作报告》?\s*(?:中的?)?)?(?:有关|相关|部分)?(?:注释|注解|名词解释|名词注释|名词注解|词语解释|附注|术语解释|名词术语解释)[：:]?|(?:附件|附表|附录)[0-9一二三四五六七八九十]{0,2}(?:[：:]\s*[^。；]{0,40})?)$`)
	// noteRe matches the start of a numbered note: [1] ［2］ 〔3〕 【4】.
	noteRe = mustLitRe(`^[\[［〔【]([0-9]{1,3})[\]］〕】]`)
	// speechEndRe matches the end of a line that introduces what follows
	// ("报告指出", "今年的总体要求是").
	speechEndRe = mustLitRe(`(?:指出|表示|强调|认为|说|是)$`)
	// announceRe matches a preamble that announces the report's parts.
	announceRe = mustLitRe(`(?:分为?|包括|共)[一二三四五六七八九十两]{1,2}个部分[：:]([^。]+)`)
	// announcedItemRe matches an item's numbering in such a list.
	announcedItemRe = mustLitRe(`^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．])\s*`)
)

// IsNotesHeading reports whether h heads a report's notes or an annex
// saved with it (注释：, 名词解释, 附件2): the sections Split puts after the
// report's last part.
func IsNotesHeading(h string) bool {
	return notesHeadRe.MatchString(strings.TrimSpace(h))
}

// An outlineLine is a non-blank line of the body with its line number.
type outlineLine struct {
	no   int // 1-based
	text string
}

// bareOutline holds what the pre-scan of Split found.
type bareOutline struct {
	bare      map[int]bool // line numbers of bare headings
	announced map[int]bool // the subset announced in the preamble
	parts     bool         // bare headings rank above the numbered styles
	notes     int          // line number of the notes section's first line, 0 if none
}

// scanOutline finds bare headings and notes in the lines of a body. rows
// are the lines that are rows of the file's tables, which are no headings.
func scanOutline(lines []outlineLine, rows map[string]bool) bareOutline {
	o := bareOutline{bare: map[int]bool{}, announced: map[int]bool{}}
	o.notes = notesStart(lines)
	items := map[string]bool{}
	firsts := map[string]bool{} // the first part of each announcement
	for i, l := range lines {
		if o.notes > 0 && l.no >= o.notes {
			break
		}
		if i < 40 {
			for k, it := range announcedItems(l.text) {
				items[it] = true
				firsts[it] = firsts[it] || k == 0
			}
		}
	}
	first := false
	for _, l := range lines {
		if o.notes > 0 && l.no >= o.notes {
			break
		}
		t := strings.TrimRight(l.text, "。")
		if items[t] && headingMarker(l.text) == nil && utf8.RuneCountInString(t) <= 40 {
			o.announced[l.no] = true
			first = first || firsts[t]
		}
	}
	if len(o.announced) >= 2 || len(o.announced) == 1 && first {
		// The preamble said what the parts are: they are the bare
		// headings. The first of them alone is one too: a text cut off
		// inside its first part (the preamble named the others).
		o.bare, o.parts = o.announced, true
		return o
	}
	o.announced = map[int]bool{}
	// A text of one sentence a line (a corpus split into sentences) has
	// no paragraphs to stand under a heading: a short sentence follows
	// one as well as a long one.
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	flat := sentencePerLine(texts)
	for i, l := range lines {
		if o.notes > 0 && l.no >= o.notes {
			break
		}
		prev, next := "", ""
		if i > 0 {
			prev = lines[i-1].text
		}
		if i+1 < len(lines) {
			next = lines[i+1].text
		}
		if bareHeading(prev, l.text, next, i == 0, flat) && !rows[l.text] {
			// (a table's header row of words alone is no heading)
			o.bare[l.no] = true
		}
	}
	if len(o.bare) >= 2 && !flat && !cutLines(lines) {
		addLongBare(lines, o.bare, rows)
	}
	if len(o.bare) == 0 {
		return o
	}
	// The top numbered style and where its numbering starts.
	top, topRank := "", 99
	for _, l := range lines {
		if hm := headingMarker(l.text); hm != nil {
			if r, ok := styleRank(hm.style); ok && r < topRank {
				top, topRank = hm.style, r
			}
		}
	}
	firstTop := 0
	for _, l := range lines {
		if hm := headingMarker(l.text); hm != nil && hm.style == top && !o.bare[l.no] {
			firstTop = l.no
			break
		}
	}
	restart := top != "" && restartsAfterBare(lines, o.bare, top)
	firstBare := 0
	for _, l := range lines {
		if o.bare[l.no] {
			firstBare = l.no
			break
		}
	}
	if top == "" || firstTop == 0 || firstBare < firstTop || restart {
		o.parts = len(o.bare) >= 2 || restart
		if len(o.bare) == 1 {
			// One line alone is more often a slogan than a heading, but
			// not one that names a year's part (二○三一年工作回顾,
			// 2032年工作安排), a half year's (上半年工作完成情况) or the
			// review of the government's term (过去五年工作回顾): a text
			// cut off before its other parts.
			for _, l := range lines {
				if t := arabicYears(afterSlogan(strings.TrimSpace(l.text))); o.bare[l.no] && (isYearPart(t) || fivePlanPartRe.MatchString(t) || termPartRe.MatchString(t) || halfPartRe.MatchString(t)) {
					o.parts = true
				}
			}
		}
	}
	if len(o.bare) == 1 && !o.parts && top != "" && selfBuildingLast(lines, o.bare, top) {
		// A report may leave its last part, the government's own
		// building, unnumbered after its numbered parts (一、 二、 then
		// 加强政府自身建设 on a line of its own): that line is a part
		// beside them, not a slogan, nor a point of the part before.
		o.parts = true
	}
	if len(o.bare) < 2 && !o.parts {
		o.bare = map[int]bool{}
	}
	return o
}

// selfBuildingPartRe matches the heading of a work report's part on the
// government's own building (加强政府自身建设, 全面加强政府自身建设),
// traditional characters too.
var selfBuildingPartRe = mustLitRe(`^\p{Han}{0,10}政府自身(?:建设|建設)$`)

// selfBuildingLast reports whether the bare heading of lines names the
// government's own building and no heading of the top numbered style
// follows it: the report's last part, which it did not number.
func selfBuildingLast(lines []outlineLine, bare map[int]bool, top string) bool {
	at := -1
	for i, l := range lines {
		if bare[l.no] {
			if !selfBuildingPartRe.MatchString(strings.TrimSpace(l.text)) {
				return false
			}
			at = i
		}
	}
	if at < 0 {
		return false
	}
	for _, l := range lines[at+1:] {
		if hm := headingMarker(l.text); hm != nil && hm.style == top {
			return false
		}
	}
	return true
}

// afterSlogan returns t without the slogan a part's heading may open with
// before a dash (实现新突破——“十五五”时期及2030年工作回顾): the words after
// the dash name the part. t itself when it has no such slogan.
func afterSlogan(t string) string {
	if head, rest, ok := strings.Cut(t, "——"); ok && rest != "" && utf8.RuneCountInString(head) <= 12 {
		return rest
	}
	return t
}

// yearPartRe matches the heading of a report's part that names its year:
// the review of a year or the work planned for it (2031年工作回顾, 2032年工作
// 安排, 2032年主要任务, 2032年主要工作), traditional characters too (2031年工作
// 回顧), and the parts of a bureau's paper that reviews a year and plans
// the next (2031年工作总结, 2032年工作计划, 2032年工作打算, 2032年工作思路).
// A line that names a second year (2031年工作总结和2032年工作思路) is the
// whole paper's title, not one part's.
var yearPartRe = mustLitRe(`^(?:19|20)[0-9]{2}\s*年度?(?:的)?[^。！？；：，,0-9]{0,10}?(?:` + partEndWords + `|回顧|工作安排|主要任務|主要工作|工作总结|工作總結|工作计划|工作計劃|工作打算|工作思路|目标和任务|目標和任務|目标任务|目標任務)$`)

// maskedYearLeadRe matches a year a copy site or a template masked at the
// start of a line, whole or in part: 20XX年, 200*年, xxxx年, 20__年,
// 二〇XX年. Its four places are there, at least one of them masked.
var maskedYearLeadRe = mustLitRe(`^(?:(?:19|20)[0-9xX×*＊ｘＸ_]{2}|[xX×*＊ｘＸ]{4}|二[〇○零][〇○零一二三四五六七八九xX×*＊ｘＸ]{2})年`)

// isYearPart reports whether t, a line standing alone, heads a report's
// part that names its year (yearPartRe), in Chinese figures (二○三一年) or
// with the year masked (20XX年工作安排, 200*年政府工作回顾, 二〇XX年工作
// 安排): a copy that hid its year still heads the part with it.
func isYearPart(t string) bool {
	t = arabicYears(t)
	if m := maskedYearLeadRe.FindString(t); m != "" && strings.ContainsAny(m, "xX×*＊ｘＸ_") {
		t = "2000年" + t[len(m):]
	}
	return yearPartRe.MatchString(t)
}

// halfPartRe matches the heading of a half-year paper's part that names
// its half: the review of the half past or the work planned for the next
// (上半年工作完成情况, 下半年工作打算, 2031年上半年主要工作), traditional
// characters too (上半年工作完成情況).
var halfPartRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年)?[上下]半年(?:的)?(?:主要|重点|重點)?工作(?:完成情况|完成情況|开展情况|開展情況|进展情况|進展情況|情况|情況|总结|總結|回顾|回顧|打算|安排|计划|計劃|思路|重点|重點|任务|任務)?$`)

// fivePlanPartRe matches the heading of a report's part that names a
// five-year plan's period, alone or with the year it closes: the review of
// the plan's five years or its aims, as a report that opens a new plan
// heads its parts (“十四五”时期和2025年工作简要回顾, 2025年工作回顾和“十四五”
// 时期发展成就, “十五五”时期主要目标任务), traditional characters too.
var fivePlanPartRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年[^。！？；：，,“"]{0,8}?和)?[“"]?十[一二三四五六七八九十]{1,2}五[”"]?(?:时期|時期|规划|規劃)?[^。！？；：，,]{0,12}?(?:回顾|回顧|成就|目标任务|目標任務|主要任务|主要任務|重大任务|重大任務)$`)

// termPartRe matches the heading of a report's part that reviews the
// government's term or the past years without naming a year, as a report
// to a new congress's first session heads it (过去五年工作回顾, 本届政府
// 工作回顾, 五年来工作回顾), traditional characters too. Old reports word
// it more freely: 过去五年的回顾, 过去五年国内工作的基本总结 (the State
// Council's domestic work, apart from its foreign policy), 全省 or 全市
// for a province's or a city's. The term's review may name the year that
// closes it too (过去五年及2021年工作回顾, 过去五年和2021年工作回顾), as a
// report to a new congress's first session heads the part that reviews
// both.
var termPartRe = mustLitRe(`^(?:(?:过去|過去|近)[一二两兩三四五十]年(?:来|來)?|[三五]年(?:来|來)|本届政府(?:任期内)?|本屆政府(?:任期內)?)(?:(?:及|和|与|與)(?:19|20)[0-9]{2}\s*年(?:度)?)?(?:的)?(?:主要)?(?:\p{Han}{0,2}?工作(?:的)?)?(?:简要|簡要|基本)?(?:回顾|回顧|总结|總結)$`)

// restartsAfterBare reports whether the top style's numbering goes back to
// 1 right after a bare heading, having gone above 1 before it.
func restartsAfterBare(lines []outlineLine, bare map[int]bool, top string) bool {
	high, afterBare := false, false
	for _, l := range lines {
		if bare[l.no] {
			afterBare = high
			continue
		}
		hm := headingMarker(l.text)
		if hm == nil || hm.style != top {
			continue
		}
		if afterBare && hm.n == 1 {
			return true
		}
		afterBare = false
		if hm.n > 1 {
			high = true
		}
	}
	return false
}

// sampleWordRe matches the word a copy site puts after a paper's kind at
// the end of its headline, calling the paper its sample (某局工作总结范文,
// 某局工作计划范例).
var sampleWordRe = mustLitRe(`(?:范文|范例|范本|模板|例文)$`)

// isBareHeading reports whether t, between the lines prev and next, is an
// unnumbered heading by its shape. first says t is the body's first line;
// a first line that ends like a document's title (…报告, …总结) is none.
func isBareHeading(prev, t, next string, first bool) bool {
	return bareHeading(prev, t, next, first, false)
}

// bareHeading is isBareHeading in a text that may hold one sentence a line
// (flat): there a whole sentence of eight characters or more under t stands
// for the paragraph a heading needs below it.
func bareHeading(prev, t, next string, first, flat bool) bool {
	return bareHeadingUpTo(prev, t, next, first, flat, bareRunes)
}

// longBareRunes is the length a bare heading may run to in a text that has
// two short ones already: a lead of two clauses (坚持稳中求进、以进促稳，
// 全力以赴稳增长促发展，经济运行持续回升向好) on a line of its own.
const longBareRunes = 60

// addLongBare adds to bare, the bare headings of a text that has two or
// more, the lines longer than bareRunes that stand as they do: a lead of two
// clauses or more (a comma in it), without a sentence's stop, between the
// end of a sentence and a paragraph. Without it such a lead runs into the
// text of the heading above it. A line that stops after a closing quote,
// or above a line that opens with a comma or a closing mark, is a piece of
// a sentence a wrap cut (…发表“七一” / 重要讲话，…; …国际形势 / ，克服困难…).
func addLongBare(lines []outlineLine, bare map[int]bool, rows map[string]bool) {
	for i := 1; i+1 < len(lines); i++ {
		l := lines[i]
		if bare[l.no] || rows[l.text] || utf8.RuneCountInString(l.text) <= bareRunes || !strings.Contains(l.text, "，") ||
			strings.ContainsRune("”’）)》」』", lastRune(l.text)) {
			continue
		}
		if next := lines[i+1].text; headingMarker(next) == nil && !opensWithClosing(next) && bareHeadingUpTo(lines[i-1].text, l.text, next, false, false, longBareRunes) {
			bare[l.no] = true
		}
	}
}

// cutLines reports whether many long lines of a body stop mid-sentence
// (one in five of those longer than bareRunes): a wrap cut its paragraphs
// and the reader could not join them all again, so a long line without a
// stop is more often a paragraph's piece than a lead.
func cutLines(lines []outlineLine) bool {
	long, mid := 0, 0
	for _, l := range lines {
		if utf8.RuneCountInString(l.text) > bareRunes && headingMarker(l.text) == nil {
			long++
			if endsMidSentence(l.text) {
				mid++
			}
		}
	}
	return mid*5 > long
}

// bareHeadingUpTo is bareHeading for a line of at most max characters.
func bareHeadingUpTo(prev, t, next string, first, flat bool, max int) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > max || next == "" {
		return false
	}
	body := t
	if strings.HasPrefix(t, "关于") && strings.HasSuffix(t, "。") && n <= 20 {
		body = strings.TrimSuffix(t, "。") // a topic heading of old reports
	}
	if strings.ContainsAny(body, "。；！？：:;!?…") || strings.ContainsAny(body[len(body)-1:], ",.") {
		// (a sentence typed with an English full stop ends with "."
		// after its last character: 2031年,未收到依申请公开事项.)
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(body); strings.ContainsRune("，、", r) {
		return false
	}
	if headingMarker(t) != nil || isMarkerOnly(t) || noteRe.MatchString(t) {
		return false
	}
	if isPipeRow(t) || isPipeRow(next) {
		return false // a table's row, or its caption over its first row
	}
	f, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune("—-（(〔【[《<", f) || strings.HasPrefix(t, "各位代表") {
		return false
	}
	if r, k := utf8.DecodeRuneInString(t); isCNDigit(r) && strings.HasPrefix(t[k:], "是") {
		return false // 一是…: a sentence
	}
	if speechEndRe.MatchString(t) {
		return false // 报告指出: the start of what follows
	}
	if figureLabelRe.MatchString(t) {
		return false // 图 2某某…: a photo's or a chart's caption, over the text it illustrates
	}
	if isSpeaker(t) {
		return false // 某省人民政府省长某某 over the title block's last lines
	}
	if strings.IndexFunc(t, IsHan) < 0 {
		return false
	}
	if first && titleEndRe.MatchString(sampleWordRe.ReplaceAllString(fullTextRe.ReplaceAllString(t, ""), "")) {
		return false // the headline: 某某报告, 某某报告全文, a copy site's 某某总结范例
	}
	if strings.Contains(t, "政府工作报告") || strings.Contains(t, "政府工作報告") {
		return false // a title line (again, or in a bilingual page's title block), no part of the report
	}
	if prev != "" {
		r, _ := utf8.DecodeLastRuneInString(prev)
		if !strings.ContainsRune("。！？；：”…）)》", r) && !isHeadingLike(prev) &&
			!isSpeaker(prev) && !dateLineRe.MatchString(prev) && !officeLineRe.MatchString(prev) &&
			!(titleEndRe.MatchString(prev) && isYearPart(t)) {
			// but a title block's speaker or date line ends without a
			// stop, as does the name of the office that reports
			// (某某高新区管委会 under the date), and so does the title
			// itself above a year's part
			// (政府工作报告 / 2031年工作回顾: a page that dropped the rest
			// of the title block and the greeting)
			return false
		}
	}
	if strings.HasPrefix(next, "—") && !dashParagraph(next) {
		return false // a title above its subtitle
	}
	return utf8.RuneCountInString(next) >= 30 || headingMarker(next) != nil || isTableRow(next) || flat && wholeSentence(next)
}

// figureLabelRe matches the number a caption opens with, a picture's or a
// chart's (图 2镇人大主席组织代表学习, 图1 “十五”时期生产总值, 圖3-1 某某):
// a page of photos sets it over the paragraph the photo illustrates, a
// statistical bulletin over its chart's notes, and no report heads a part
// with it.
var figureLabelRe = mustLitRe(`^[图圖]\s*[0-9０-９]{1,2}(?:\s*[-－.．]\s*[0-9０-９]{1,2})?(?:\s|\p{Han}|[“"《（(])`)

// dashParagraph reports whether l, a line that starts with a dash, is a
// paragraph rather than a subtitle: a subtitle (——2031年1月5日在某县…会议上)
// has no full stop, while a review's paragraph led by a dash (——2031年是
// 承压奋进的一年。全县…) is long and has one.
func dashParagraph(l string) bool {
	return utf8.RuneCountInString(l) >= 30 && strings.Contains(l, "。")
}

// wholeSentence reports whether l is one sentence of eight characters or
// more, ended by its stop (closing quotes or brackets after it aside).
func wholeSentence(l string) bool {
	t := strings.TrimRight(l, "”’」』）)")
	return utf8.RuneCountInString(t) >= 8 && strings.ContainsRune("。！？", lastRune(t))
}

// isTableRow reports whether l reads as a row of a table as the readers
// write one (cells separated by spaces: 指标 2029年 2030年): three cells or
// more, at least one of them a figure. A part's heading may stand right
// above a table of its figures.
func isTableRow(l string) bool {
	cells := strings.Fields(l)
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if strings.ContainsAny(c, "0123456789") {
			return true
		}
	}
	return false
}

// announcedItems returns the parts a preamble line announces
// ("报告分六个部分：一、…；二、…"), without their numbering.
func announcedItems(l string) []string {
	m := announceRe.FindStringSubmatch(l)
	if m == nil {
		return nil
	}
	var items []string
	for _, it := range strings.FieldsFunc(m[1], func(r rune) bool { return r == '；' || r == ';' }) {
		it = strings.TrimSpace(announcedItemRe.ReplaceAllString(it, ""))
		it = strings.TrimRight(it, "。")
		if it != "" {
			items = append(items, it)
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// notesStart returns the line number where the notes at the end of a body
// start: a notes heading in the last half of the body, or earlier when only
// a glossary follows it (a long one, under a report of few long lines), or
// the first of a trailing run of numbered notes [1] [2] …; 0 if there are
// none.
func notesStart(lines []outlineLine) int {
	for i := 0; i+1 < len(lines); i++ {
		if !notesHeadRe.MatchString(lines[i].text) || i < len(lines)/2 && !glossaryRest(lines[i+1:]) {
			continue
		}
		if !listsAnnexes(lines[i:]) {
			return lines[i].no
		}
	}
	// A trailing run of numbered notes, starting at [1].
	start, want := 0, 0
	for i := len(lines) - 1; i >= len(lines)/2 && i >= 0; i-- {
		m := noteRe.FindStringSubmatch(lines[i].text)
		if m == nil {
			if start == 0 {
				return 0 // the body does not end with a note
			}
			continue // a note's second paragraph
		}
		n := atoi(m[1])
		if want != 0 && n != want-1 {
			return 0
		}
		want = n
		if n == 1 {
			start = lines[i].no
			break
		}
		if start == 0 {
			start = -1 // in a run
		}
	}
	if start <= 0 || want != 1 {
		return 0
	}
	return start
}

// glossaryRest reports whether lines, all of them to the body's end, are a
// glossary: mostly entries that give a short term before a colon
// (1.新质生产力：…, ①“两园一廊”：…, 三链融合：…), the rest a later annex's
// heading or an entry's second paragraph, and never a part of the report.
func glossaryRest(lines []outlineLine) bool {
	entries := 0
	for _, l := range lines {
		switch {
		case glossaryEntry(l.text):
			entries++
		case notesHeadRe.MatchString(l.text):
		case headingMarker(l.text) != nil:
			return false
		}
	}
	return entries >= 3 && entries*3 >= len(lines)*2
}

// glossaryEntry reports whether l is an entry of a glossary: an optional
// number, then a term of at most 30 characters without a sentence's
// punctuation, then a colon.
func glossaryEntry(l string) bool {
	if m := headingMarker(l); m != nil {
		l = l[m.end:]
	} else if m := noteRe.FindStringIndex(l); m != nil {
		l = l[m[1]:]
	}
	i := strings.IndexAny(l, "：:")
	return i > 0 && utf8.RuneCountInString(l[:i]) <= 30 && !strings.ContainsAny(l[:i], "。；，")
}

// listsAnnexes reports whether lines, from an annex's label on, are the
// foot of a notice that lists what it sends with it rather than an annex
// printed in full (附件：某县2031年重点任务分解表 / 某县人民政府办公室 /
// 2031年3月2日 / （此件公开发布）): under the label only its list's items
// (1.某某表) and the notice's foot (noticeFootLine), the foot last.
func listsAnnexes(lines []outlineLine) bool {
	for _, l := range lines[1:] {
		if !noticeFootLine(l.text) && !annexListItem(l.text) {
			return false
		}
	}
	return noticeFootLine(lines[len(lines)-1].text) && !annexListItem(lines[len(lines)-1].text)
}

// annexListItem reports whether l is an item of a notice's list of annexes:
// numbered, short, no sentence (2.2031年民生实事项目表).
func annexListItem(l string) bool {
	return headingMarker(l) != nil && utf8.RuneCountInString(l) <= 50 && !strings.ContainsAny(l, "。；")
}

// noteHeading returns the heading of a numbered note: its marker and term,
// up to the colon that starts the explanation ("[3]三链融合："), or the
// marker alone (end is its length) when there is no short term.
func noteHeading(t string, end int) string {
	i := strings.IndexAny(t[end:], "：:")
	if i < 0 || utf8.RuneCountInString(t[end:end+i]) > 30 {
		return t[:end]
	}
	_, size := utf8.DecodeRuneInString(t[end+i:])
	return t[:end+i+size]
}
