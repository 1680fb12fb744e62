package corpus

// Headings run into their text
//
// A report whose line breaks were lost and put back at sentence ends, or
// whose paragraphs were kept as lines but each heading glued to the
// paragraph under it, holds its headings at the start of a paragraph with
// no mark where they end: 一、2030年工作回顾2030年是…, 三、2031年重点工作
// 按照…, 二、今年主要任务（一）稳住经济大盘…. A reader tells where such a
// heading ends from what the next words are: a new sentence opens there
// with a time (2030年是, 2030年，, 今年是, 过去一年), a subject (我们, 各位
// 代表) or a listing (一是), or the heading's first sub-heading opens there
// (（一）, 1.), or the heading ends with the words that end a part's heading
// (工作回顾, 重点工作) and a sentence goes on without any mark after them,
// or the text takes up the heading's words (四、把改革开放推向纵深改革开放
// 是…).
//
// An unnumbered part heading (2030年工作回顾) is cut off its text only when
// the next words open a sentence.
//
// The cut is made only for a numbering style at least two of whose lines
// show such an end, more than twice as many as stand alone as a heading
// (seven parts of a 2004 report, one alone, the others run in: the one
// alone no longer keeps the others whole as paragraphs): in
// a report whose headings have lines of their own (the usual shape), a
// paragraph that opens with a number and a lead sentence is left as it is.
// In a text that was one line (all its line breaks lost), the lines are
// only what the cuts made of it and tell nothing: there every heading is
// cut where its end is told. Where both signs meet, the words that end a
// part's heading and a sentence's opener right after them (一、2030年工作
// 回顾过去一年，…), the heading is cut off whatever the other lines look
// like; so where the text opens by taking up the heading's year
// (一、2030年政府工作情况2030年，…).
//
// A report whose sub-headings were set apart by their line and by bold
// leads of their paragraphs, both lost, runs each heading into its
// paragraph's lead sentence: （一）稳住工业大盘，壮大实体经济加快培育主导
// 产业。全年…. No mark tells the end, but the lead opens with a call to act
// (加快, 持续, 切实) right after a word of the heading, and all the
// heading's siblings show the same: one sibling alone could be a heading
// whose words go on with a verb, a run of them is the lost layout
// (leadCuts). Siblings with commas end at their shared shape.
//
// A summary's headings that name fields (工业经济, 学前教育, 校园安全) run
// into a text whose first sentence opens with its subject, the place or
// body it reports for: 二、学前教育我市新增公办幼儿园14所，…. A heading of
// verb and object takes the place as its object (加强全县…), a field's
// name does not; siblings that share the shape are cut (subjectCuts).

import (
	"strings"
	"unicode/utf8"
)

// runInOpenerRe matches the words that open a sentence after a heading
// that lost its line break: the year or the time the text is about (a
// half-year, 2030年上半年， or 上半年， alone, the day its figures run to,
// 截至目前, a school's term, a year a copy site's template masked:
// xxxx年，, 20XX年，), its subject, a listing, the greeting.
var runInOpenerRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}年(?:[上下]半年)?[，,是以]|[上下]半年[，,]|(?:(?:19|20)(?:[Xx×*＊]{2}|_{1,2})|[Xx×*＊]{4})年[，,是以]|截[至止](?:目前|今年|(?:19|20)[0-9]{2}年)|(?:本|新)学[期年][，,我学全各要将]|(?:一九|二〇|二○|二零)\p{Han}{2}年[，,是以]|今年[，,是以要我全]|去年[，,以我全]|过去(?:的)?(?:一|五|两|三|十)年|刚刚过去的|(?:一|五|两|三)年来|近(?:年|几年|五年)来|这(?:一|五)年[，,]|当前[，,我]|我们|各位代表|一是)`)

// runInStrongOpenerRe matches the openers of runInOpenerRe that no clause
// of a heading goes on with (2030年是, 今年，, 过去五年, 各位代表): only they
// end a heading that holds a comma, whose words are a sentence's so far.
var runInStrongOpenerRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}年(?:[上下]半年)?[，,是]|截[至止]目前[，,]|(?:一九|二〇|二○|二零)\p{Han}{2}年[，,是]|今年[，,是]|去年[，,]|过去(?:的)?(?:一|五|两|三|十)年|刚刚过去的|(?:一|五|两|三)年来[，,]|各位代表)`)

// runInClauseOpenerRe matches the words that open a paragraph's first
// clause, a call to act (坚持, 围绕, 着力, 深入实施, 千方百计, 一是, and a
// bureau's or a school's 建立健全, 严格履行, 进一步加强) or its subject
// (我们), with the modal or adverb before them (要坚持, 继续坚持, 更大力度),
// or what goes along with it (在做强工业的同时，).
// A heading's clause opens with them too, but after its marker
// or a comma: met right after a word of the heading with no mark between
// (（一）稳住经济大盘，推动质效提升坚持稳中求进…), they open its text, whether
// the heading holds a comma or not.
var runInClauseOpenerRe = mustLitRe(`^(?:(?:要|更|继续|紧紧|始终|必须)?(?:坚持|坚决|坚定不移|围绕|聚焦|立足|按照|面对|牢固树立|牢牢|深入(?:实施|推进|开展|贯彻|落实)|大力|着力|全力|千方百计|建立健全|严格(?:落实|执行|履行|遵守)|进一步(?:加强|完善|健全|强化|规范|落实))|一是|我们|在[^，,。！？；：:]{2,14}的同时[，,])`)

// runInHeadingEnd returns the byte offset in l at which the heading that
// opens l (after its marker hm) ends and its text begins, or -1 when no
// end is told: see the note at the top of this file. The heading holds 4
// to 40 characters after its marker and no sentence end; the text after
// the cut is a sentence of 6 characters at least, or a sub-heading.
func runInHeadingEnd(l string, hm *marker) int {
	if p := restatedHead(l[hm.end:]); p > 0 {
		return hm.end + p
	}
	k := 0 // characters of the heading so far
	prev := rune(0)
	for i := hm.end; i < len(l) && k <= 40; {
		r, size := utf8.DecodeRuneInString(l[i:])
		if strings.ContainsRune("。！？；：:", r) {
			return -1
		}
		// A heading ends with a word, never with a preposition or a
		// particle that wants more (在, 对, 的).
		if k >= 4 && (IsHan(prev) && !strings.ContainsRune(runInNoEnd, prev) || isDigit(prev) || strings.ContainsRune("”’）)》」』", prev)) && paragraphAfter(l[i:]) {
			rest := l[i:]
			if prev == '年' && (strings.HasPrefix(rest, "上半年") || strings.HasPrefix(rest, "下半年")) {
				// the half of the year named before it (在2031年上半年，…):
				// one time, no end between
				prev = r
				k++
				i += size
				continue
			}
			if sub := headingMarker(rest); sub != nil && sub.n == 1 && ranksBelow(sub.style, hm.style) && utf8.RuneCountInString(rest) > 6 {
				return i
			}
			// A heading that holds a comma reads as a sentence so far:
			// only a strong opener ends it.
			clause := strings.ContainsAny(l[hm.end:i], "，,、")
			opens := runInStrongOpenerRe.MatchString(rest) || !clause && (runInOpenerRe.MatchString(rest) || takesUp(l[hm.end:i], rest)) ||
				clauseOpens(l[hm.end:i], rest, hm.style)
			if opens && (sentenceLength(rest) >= 6 || strings.HasPrefix(rest, "各位代表")) {
				return i
			}
			// The words that end a part's heading end it alone only in a
			// part's heading, of the top numbering (二、2031年重点工作按照…,
			// not （一）重点工作推进有力).
			if !clause && partEndAt(l[hm.end:i]) && !partEndSoon(l[hm.end:], i-hm.end) && topStyle(hm.style) && (IsHan(r) || isDigit(r) || r == '“') && !strings.ContainsRune("和与及的是之中等", r) && sentenceLength(rest) >= 8 {
				return i
			}
		}
		prev = r
		k++
		i += size
	}
	return -1
}

// runInNoEnd holds the characters no heading ends with: prepositions,
// conjunctions and particles that want a word after them.
const runInNoEnd = "在于到至从自对向为将把被让使和与及的地得是了着"

// runInNoClauseEndRe matches the words after which a clause's opener
// belongs to the same clause (以更大力度, 必须继续坚持, 在…上聚焦发力, 高水平
// 打造): a clause does not end with them.
var runInNoClauseEndRe = mustLitRe(`(?:[以更要将再也都还就须应加上中下]|继续|紧紧|始终|高水平|高质量|高标准|全方位)$`)

// clauseOpens reports whether rest, the text after head (a heading of
// style so far), opens with the opener of a paragraph's first clause
// (runInClauseOpenerRe) that does not go on head's clause, and whose
// clause is longer than a bare predicate (乡村振兴深入实施，… is one
// heading). A heading of two clauses at most is told so: after a second
// comma the words are a sentence's. The ordinals of prose (第一，) number
// points, not headings.
func clauseOpens(head, rest, style string) bool {
	if style == "第一，" || style == "第一、" || !runInClauseOpenerRe.MatchString(rest) || runInNoClauseEndRe.MatchString(head) ||
		strings.Count(head, "，")+strings.Count(head, ",") > 1 || strings.Contains(rest, "坚持不懈") && strings.Index(rest, "坚持不懈") <= len("必须继续") {
		return false
	}
	if i := strings.IndexAny(rest, "，,、。！？；："); i >= 0 {
		rest = rest[:i]
	}
	return utf8.RuneCountInString(rest) >= 6
}

// ranksBelow reports whether style is a sub-heading's under a heading of
// style top by the usual order (（一） under 一、, 1. under （一）); the
// ordinals of prose (第一，) are none.
func ranksBelow(style, top string) bool {
	r, ok := styleRank(style)
	t, tok := styleRank(top)
	return ok && tok && r > t && style != "第一，" && style != "第一、"
}

// topStyle reports whether style numbers a report's parts (一、 and the
// styles ranked above it).
func topStyle(style string) bool {
	r, ok := styleRank(style)
	return ok && r <= 3
}

// takesUp reports whether text opens by taking up four characters of
// head, the heading so far (三、把改革开放推向纵深 / 改革开放是…): the
// text restates what its heading names.
func takesUp(head, text string) bool {
	n := 0
	for i, r := range text {
		if !IsHan(r) {
			return false
		}
		if n++; n == 4 {
			return strings.Contains(head, text[:i+utf8.RuneLen(r)])
		}
	}
	return false
}

// runInPartEndRe matches the words that end a part's heading (partEndRe's,
// and a few a run-in heading ends with too, a summary's parts among them:
// 工作成效, 存在的问题, 工作打算) at the end of the text so far.
var runInPartEndRe = mustLitRe(`(?:` + partEndWords + `|目标任务|安排建议|主要工作|工作打算|工作计划|工作思路|工作成效|主要成效|存在的问题|存在问题)$`)

// restatedHead returns the byte length of the heading that opens s (a
// heading's line after its marker) when its text, right after it, names a
// subject and then restates the heading's words from their start (加强党的
// 建设 / 局党组高度重视 / 加强党的建设，…): the words s opens with and takes
// up again, four characters at least and ending on a word, and between them
// two to twelve characters with no punctuation. It returns 0 otherwise.
func restatedHead(s string) int {
	rs := []rune(s)
	if len(rs) < 12 {
		return 0
	}
	for j := 6; j+4 <= len(rs) && j <= 40; j++ {
		if !IsHan(rs[j]) {
			return 0
		}
		p := 0
		for p < j && j+p < len(rs) && rs[p] == rs[j+p] && IsHan(rs[p]) {
			p++
		}
		if p < 4 || j-p < 2 || j-p > 12 || strings.ContainsRune(runInNoEnd, rs[p-1]) || !allHan(rs[p:j]) ||
			partEndNear(string(rs[:j])) || runInOpenerRe.MatchString(string(rs[j:])) {
			// (过去一年工作回顾 / 过去一年，…: the heading ends with its
			// part's words, and the text opens with a time)
			continue
		}
		return len(string(rs[:p]))
	}
	return 0
}

// allHan reports whether rs are all Chinese characters.
func allHan(rs []rune) bool {
	for _, r := range rs {
		if !IsHan(r) {
			return false
		}
	}
	return true
}

// partEndAt reports whether head, the text of a heading so far, ends with
// the words that end a part's heading.
func partEndAt(head string) bool {
	return runInPartEndRe.MatchString(head)
}

// partEndNear reports whether head ends with the words that end a part's
// heading, or with them and one or two characters more that go on their
// word (主要工作情况).
func partEndNear(head string) bool {
	for k := 0; k <= 2; k++ {
		if partEndAt(head) {
			return true
		}
		r, size := utf8.DecodeLastRuneInString(head)
		if !IsHan(r) {
			return false
		}
		head = head[:len(head)-size]
	}
	return false
}

// paragraphAfter reports whether rest, the text after a heading's end,
// is a paragraph: it ends a sentence somewhere, or is longer than any
// heading. A line without either is a heading standing alone.
func paragraphAfter(rest string) bool {
	return strings.ContainsAny(rest, "。！？；：") || utf8.RuneCountInString(rest) > 60
}

// partEndSoon reports whether the words that end a part's heading end
// again within four characters after offset i of s (2031年重点工作 / 安排),
// or a sentence opens with a time within four characters after i, the
// heading's words going on to it (一九八五年的主要工作 / 情况 / 一九八五年，):
// the heading goes on.
func partEndSoon(s string, i int) bool {
	k := 0
	for j, r := range s[i:] {
		if k++; k > 4 {
			break
		}
		if partEndAt(s[:i+j+utf8.RuneLen(r)]) {
			return true
		}
		if k > 1 && IsHan(r) && runInStrongOpenerRe.MatchString(s[i+j:]) {
			return true
		}
	}
	return false
}

// sentenceLength returns the number of characters of s before its first
// sentence end (all of s when it has none).
func sentenceLength(s string) int {
	if i := strings.IndexAny(s, "。！？；"); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// cutRunInHeadings gives each heading run into its text a line of its own
// (see the note at the top of this file), and so the sub-heading run into
// it, and the sub-heading's own text. flat says the text was one line.
func cutRunInHeadings(lines []string, flat bool) []string {
	for range 3 {
		out := cutRunInOnce(lines, flat)
		if len(out) == len(lines) {
			break
		}
		lines = out
	}
	return lines
}

// cutRunInOnce does one pass of cutRunInHeadings.
func cutRunInOnce(lines []string, flat bool) []string {
	type tally struct{ alone, cuts int }
	styles := map[string]*tally{}
	cut := make([]int, len(lines))
	sure := make([]bool, len(lines))
	for i, l := range lines {
		cut[i] = -1
		hm := headingMarker(l)
		if hm == nil {
			continue
		}
		t := styles[hm.style]
		if t == nil {
			t = &tally{}
			styles[hm.style] = t
		}
		if cut[i] = runInHeadingEnd(l, hm); cut[i] >= 0 {
			t.cuts++
			sure[i] = partEndNear(l[hm.end:cut[i]]) && runInOpenerRe.MatchString(l[cut[i]:]) || yearTakenUp(l[hm.end:cut[i]], l[cut[i]:])
		} else if aloneHeading(l) {
			t.alone++
		}
	}
	siblingCuts(lines, cut)
	for _, i := range leadCuts(lines, cut) {
		styles[headingMarker(lines[i]).style].cuts++
	}
	for _, i := range subjectCuts(lines, cut) {
		styles[headingMarker(lines[i]).style].cuts++
	}
	bare := 0
	for i, l := range lines {
		if cut[i] < 0 && headingMarker(l) == nil {
			if cut[i] = bareRunInEnd(l); cut[i] >= 0 {
				bare++
			}
		}
	}
	var out []string
	for i, l := range lines {
		if cut[i] >= 0 {
			hm := headingMarker(l)
			if t := styles[hm.styleOr("")]; hm == nil && bare >= 1 || hm != nil && (sure[i] || flat || t.cuts >= 2 && 2*t.alone < t.cuts) {
				if out == nil {
					out = append(make([]string, 0, len(lines)+16), lines[:i]...)
				}
				out = append(out, l[:cut[i]], l[cut[i]:])
				continue
			}
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// styleOr returns the style of m, or def when m is nil.
func (m *marker) styleOr(def string) string {
	if m == nil {
		return def
	}
	return m.style
}

// bareRunInEnd returns the byte offset in l at which an unnumbered part
// heading run into its text ends (2030年工作回顾2030年，全县…): the line
// opens with at most 24 characters and no punctuation that end with the
// words that end a part's heading, and a sentence opens right after them
// with a time, a subject, the greeting or a newspaper's lede
// (ledeOpenerRe). The words before must not hold a sentence's 是 (这次会议
// 的任务是回顾去年…: 回顾 is the verb, 去年 its object). It returns -1 for
// any other line.
func bareRunInEnd(l string) int {
	k := 0
	for i, r := range l {
		if r == '是' {
			return -1
		}
		if k >= 4 && partEndAt(l[:i]) && (runInOpenerRe.MatchString(strings.TrimLeft(l[i:], " ")) || ledeOpenerRe.MatchString(l[i:]) || sameYearAgain(l[:i], l[i:])) {
			return i
		}
		if k++; k > 24 || !(IsHan(r) || isDigit(r) || strings.ContainsRune("“”", r)) {
			return -1
		}
	}
	return -1
}

// ledeOpenerRe matches the opening of a newspaper's lede: the paper's
// dateline (本报讯, 某某日报讯, 某某网讯) or the day of the news (1月30日，).
// A paper printing a report in parts (摘登) opens each part's text with it
// under the part's heading: 2031年工作回顾本报讯1月30日，市长…说，….
var ledeOpenerRe = mustLitRe(`^(?:本报讯|\p{Han}{2,8}?(?:日报|晚报|新闻网|网)讯|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[，,])`)

// yearTakenUp reports whether text, the words after head (a numbered
// heading so far), opens a sentence with the year head opens with and a
// comma or 是 right after it (2031年工作回顾 / 2031年，全县…): the text takes
// up its heading's year, which no heading's words do.
func yearTakenUp(head, text string) bool {
	y := yearLeadRe.FindString(head)
	return y != "" && strings.HasPrefix(text, y) && strings.ContainsRune("，,是", firstRune(text[len(y):])) && sentenceLength(text) >= 6
}

// sameYearAgain reports whether text, the words after head (an unnumbered
// part heading so far), opens a sentence with the year head opens with
// (2031年工作回顾 / 2031年极不平凡，…): the text takes up the heading's year.
func sameYearAgain(head, text string) bool {
	y := yearLeadRe.FindString(head)
	return y != "" && strings.HasPrefix(text, y) && sentenceLength(text) >= 6
}

// yearLeadRe matches the year a heading opens with (2031年).
var yearLeadRe = mustLitRe(`^(?:19|20)[0-9]{2}年`)

// siblingCuts sets cut[i] for the headings of a run of siblings (（一）…
// （五）, numbered on from 1 in one style) whose end no word tells, when
// two of their siblings' ends at least are told and those headings have one
// shape: as many commas and a last clause as long (（一）稳增长，经济运行
// 承压向好 / （二）强产业，发展动能更加强劲). Parallel headings are the
// rule of a report's lists: the heading ends where its last clause reaches
// its siblings' length, when a word ends there and a paragraph follows.
// Headings of one clause (2030年工作回顾, 2031年工作安排) are parallel in
// their words, not their length: they are left alone.
func siblingCuts(lines []string, cut []int) {
	for _, run := range siblingRuns(lines) {
		var known *headShape
		n, commas := 0, -1
		tails := map[string]int{}
		for _, i := range run {
			if cut[i] < 0 {
				continue
			}
			hm := headingMarker(lines[i])
			head := lines[i][hm.end:cut[i]]
			s := shapeOf(head)
			if commas = s.commas; n > 0 && (known == nil || s != *known) {
				known = nil
			} else {
				known = &s
			}
			n++
			tails[tailWord(head)]++
		}
		if n < 2 || n == len(run) {
			continue
		}
		if known != nil && known.commas > 0 {
			for _, i := range run {
				if cut[i] < 0 {
					cut[i] = shapedEnd(lines[i], known.commas, known.last)
				}
			}
			continue
		}
		// Siblings of one shape but for their last clause's length end
		// with one word (加快工业化进程 / 加快城镇化进程): a sibling whose
		// last clause ends with it too ends there.
		if !sameCommas(lines, run, cut, commas) || commas == 0 {
			continue
		}
		for w, k := range tails {
			if k < 2 || k*2 < n || w == "" {
				continue
			}
			for _, i := range run {
				if cut[i] < 0 {
					cut[i] = tailEnd(lines[i], commas, w)
				}
			}
		}
	}
}

// tailWord returns the last two characters of head when both are Chinese
// characters, or "".
func tailWord(head string) string {
	rs := []rune(head)
	if len(rs) < 2 || !IsHan(rs[len(rs)-1]) || !IsHan(rs[len(rs)-2]) {
		return ""
	}
	return string(rs[len(rs)-2:])
}

// sameCommas reports whether the headings cut of run all hold commas
// commas.
func sameCommas(lines []string, run, cut []int, commas int) bool {
	for _, i := range run {
		if cut[i] >= 0 && shapeOf(lines[i][headingMarker(lines[i]).end:cut[i]]).commas != commas {
			return false
		}
	}
	return true
}

// tailEnd returns the byte offset in l (a heading run into its text) right
// after the first w in its clause after commas commas, when that clause
// holds 4 to 16 characters there and a paragraph follows with a sentence
// of 4 characters at least, or -1.
func tailEnd(l string, commas int, w string) int {
	return lastClause(l, commas, func(at, k int) (int, bool) {
		if k > 16 {
			return -1, true
		}
		if k++; k >= 2 && strings.HasPrefix(l[at:], w) {
			end := at + len(w)
			if k+1 >= 4 && paragraphAfter(l[end:]) && sentenceLength(l[end:]) >= 4 {
				return end, true
			}
			return -1, true
		}
		return 0, false
	})
}

// lastClause walks the clause of l (a heading run into its text) after
// commas commas, calling at with each character's byte offset in l and
// the characters of the clause before it, until at is done, and returns
// what at returned then; -1 when a sentence or the clause ends first.
func lastClause(l string, commas int, at func(off, k int) (end int, done bool)) int {
	hm := headingMarker(l)
	c, k := 0, 0
	for i, r := range l[hm.end:] {
		if strings.ContainsRune("。！？；：:", r) {
			return -1
		}
		if c < commas {
			if r == '，' || r == ',' {
				c++
			}
			continue
		}
		if r == '，' || r == ',' {
			return -1
		}
		if end, done := at(hm.end+i, k); done {
			return end
		}
		k++
	}
	return -1
}

// A headShape is the shape of a heading: its commas and the length of its
// last clause in characters.
type headShape struct{ commas, last int }

// shapeOf returns the shape of head, a heading's words after its marker.
func shapeOf(head string) headShape {
	head = strings.ReplaceAll(head, ",", "，")
	parts := strings.Split(head, "，")
	return headShape{len(parts) - 1, utf8.RuneCountInString(parts[len(parts)-1])}
}

// siblingRuns returns the runs of sibling headings of lines: the lines that
// open with a marker of one style numbered on from 1 (（一） （二） （三）), a
// run ending where its style's numbering breaks. The ordinals of prose
// (第一，) number points, not headings: they make no run.
func siblingRuns(lines []string) [][]int {
	var out [][]int
	runs := map[string][]int{} // style -> the lines of its current run
	for i, l := range lines {
		hm := headingMarker(l)
		if hm == nil || hm.style == "第一，" || hm.style == "第一、" {
			continue
		}
		run := runs[hm.style]
		if len(run) > 0 && hm.n != len(run)+1 {
			out = append(out, run)
			run = nil
		}
		if hm.n == len(run)+1 {
			runs[hm.style] = append(run, i)
		} else {
			runs[hm.style] = nil
		}
	}
	for _, run := range runs {
		if len(run) > 0 {
			out = append(out, run)
		}
	}
	return out
}

// shapedEnd returns the byte offset in l (a heading run into its text) at
// which its heading ends when it has the given number of commas and a last
// clause of last characters, or -1 when no heading of that shape ends there:
// a sentence ends before, the heading's last character wants more
// (runInNoEnd), or no paragraph follows.
func shapedEnd(l string, commas, last int) int {
	return lastClause(l, commas, func(at, k int) (int, bool) {
		if k != last {
			return 0, false
		}
		prev, _ := utf8.DecodeLastRuneInString(l[:at])
		if !IsHan(prev) && !strings.ContainsRune("”’）)》", prev) || strings.ContainsRune(runInNoEnd, prev) || !paragraphAfter(l[at:]) || sentenceLength(l[at:]) < 4 {
			return -1, true
		}
		return at, true
	})
}

// leadOpenerRe matches the words a paragraph's lead sentence opens with, a
// call to act (推动, 加快, 持续, 切实…): in a report whose sub-headings lost
// their line break and their bold, each heading runs into the lead of its
// first paragraph ((一)稳住工业大盘，壮大实体经济加快培育主导产业。…).
var leadOpenerRe = mustLitRe(`^(?:推动|推进|加快|加强|加大|持续|积极|全力|着力|深入|大力|提升|提高|强化|深化|实施|打造|抓好|抓实|严守|守牢|筑牢|融入|继续|努力|切实|有效|千方百计|不断|扎实|稳步|健全|完善|优化|构建|培育)`)

// leadMeansRe matches the words that open a clause of means (以科技创新推动…,
// 通过…, 依托…): the clause's own verb comes after its object, glued to it.
var leadMeansRe = mustLitRe(`以|通过|依托|借助|凭借`)

// leadEnd returns the byte offset in l, a heading run into its text, at
// which the heading ends and the lead sentence of its text begins, or -1.
// The lead is the rest of l's first sentence: it opens with a call to act
// (leadOpenerRe) right after a word of the heading, no mark between, is 6
// to 24 characters long without a comma, and ends with a full stop after
// which the paragraph goes on. Of several places the last is taken: a
// heading's clause holds a verb or two, the lead comes after them all
// (着力做强湖滨港口物流 / 深化口岸通关改革。). A place right after another
// opener is none (持续推动, 深入打好), nor one after the object of a clause
// of means, whose verb it is (以科技创新 / 推动…; 以“三链融合”牵引为抓手 /
// 推动…), nor after the words a clause's opener belongs to (runInNoClauseEndRe).
func leadEnd(l string, hm *marker) int {
	s := l[hm.end:]
	stop := strings.IndexAny(s, "。！？；：:")
	if stop < 0 || !strings.HasPrefix(s[stop:], "。") || !paragraphAfter(s[stop+len("。"):]) {
		return -1
	}
	first := s[:stop]
	best, chain, clause, k := -1, -1, 0, 0
	for i, r := range first {
		if strings.ContainsRune("，,、", r) {
			clause, k, chain = i+utf8.RuneLen(r), 0, -1
			continue
		}
		if m := leadOpenerRe.FindString(first[i:]); m != "" {
			after := i == chain
			chain = i + len(m)
			if !after && k >= 6 && leadCut(first[clause:i], first[i:]) {
				best = i
			}
		}
		k++
	}
	if best < 0 {
		return -1
	}
	return hm.end + best
}

// leadCut reports whether a lead sentence can open with lead right after
// head, the words of the heading's last clause before it.
func leadCut(head, lead string) bool {
	prev, _ := utf8.DecodeLastRuneInString(head)
	n := utf8.RuneCountInString(lead)
	if !IsHan(prev) || strings.ContainsRune(runInNoEnd, prev) || runInNoClauseEndRe.MatchString(head) || n < 6 || n > 24 || strings.ContainsAny(lead, "，,、") {
		return false
	}
	// A clause of means (以X为Y) ends its object with the verb: a cut
	// there leaves the clause without it.
	if loc := leadMeansRe.FindStringIndex(head); loc != nil {
		w := strings.LastIndex(head[loc[1]:], "为")
		if w < 0 || utf8.RuneCountInString(head[loc[1]+w:]) <= 5 {
			return false
		}
	}
	return true
}

// aloneHeading reports whether l, a numbered line, stands alone as a
// heading: short, with no sentence end. Its end is told by the line.
func aloneHeading(l string) bool {
	return utf8.RuneCountInString(l) <= 50 && !strings.ContainsAny(l, "。！？；：:")
}

// markedHeading reports whether l, a numbered line, opens with a short
// sentence, 30 characters at most after its marker: a heading its full
// stop ends, its text after it.
func markedHeading(l string) bool {
	hm := headingMarker(l)
	s := l[hm.end:]
	i := strings.IndexAny(s, "。！？；")
	return i > 0 && utf8.RuneCountInString(s[:i]) <= 30
}

// leadCuts sets cut[i] for the headings of a run of siblings (（一）…（五）)
// each run into the lead sentence of its text (leadEnd), and returns the
// lines it cut. One heading is seldom told this way, its words going on
// with a verb; a run is: all siblings but one at most show the lead, three
// at least and two of them newly, ends told before counting, and so do the
// siblings that stand alone on their line (三、大力实施项目带动战略，加快
// “三化”进程 among parts run into their leads: its end is its line's) and,
// where one sibling's end at least was told by runInHeadingEnd, those whose
// heading a full stop ends (（三）深化经济体制改革。 among siblings run into
// their leads). Where the
// headings have commas and all the cut siblings but one at most have one
// shape (headShape), the others are cut to that shape (shapedEnd), or left:
// a sibling whose lead opens with no word of leadOpenerRe, or whose verb
// opened a false lead.
func leadCuts(lines []string, cut []int) []int {
	var out []int
	for _, run := range siblingRuns(lines) {
		if len(run) < 3 {
			continue
		}
		ends := make([]int, len(run))
		told, fresh, marked, runIn := 0, 0, 0, false
		for j, i := range run {
			ends[j] = -1
			if cut[i] >= 0 || aloneHeading(lines[i]) {
				told++
				runIn = runIn || cut[i] >= 0
			} else if e := leadEnd(lines[i], headingMarker(lines[i])); e >= 0 {
				ends[j] = e
				fresh++
			} else if markedHeading(lines[i]) {
				marked++
			}
		}
		if !runIn {
			// the siblings whose heading a full stop ends count only
			// where one sibling at least shows a run-in end of its own
			marked = 0
		}
		if fresh < 2 || told+fresh+marked < len(run)-1 || told+fresh < 3 {
			continue
		}
		shapes := map[headShape]int{}
		for j, i := range run {
			if e := max(ends[j], cut[i]); e >= 0 {
				shapes[shapeOf(lines[i][headingMarker(lines[i]).end:e])]++
			}
		}
		var known *headShape
		for sh, n := range shapes {
			if sh.commas > 0 && n >= 2 && n >= told+fresh-1 {
				known = &sh
			}
		}
		for j, i := range run {
			if cut[i] >= 0 {
				continue
			}
			if known != nil && (ends[j] < 0 || shapeOf(lines[i][headingMarker(lines[i]).end:ends[j]]) != *known) {
				ends[j] = shapedEnd(lines[i], known.commas, known.last)
			}
			if ends[j] >= 0 {
				cut[i] = ends[j]
				out = append(out, i)
			}
		}
	}
	return out
}

// subjectOpenerRe matches the subject a summary's paragraph opens with: the
// place or the body it reports for (全县, 我市, 本镇, 全系统, 县政府, 市教育局)
// or the year's whole (全年).
var subjectOpenerRe = mustLitRe(`^(?:全(?:省|市|州|盟|县|区|旗|镇|乡|年|系统)|我(?:省|市|州|县|区|旗|镇|乡|局|委|校|院)|本(?:市|县|区|镇|乡|局)|(?:省|市|州|县|区|旗|镇|乡)(?:委|政府|人民政府|\p{Han}{1,4}局)|(?:县城|城区|市区|镇区|各乡镇|各村|我们))`)

// fieldDeedRe matches the verb of a deed done that a summary's paragraph
// under a field's name opens with, its subject left unsaid: 学前教育新建
// 公办幼儿园14所，…; 校园安全开展隐患排查3轮，…. A heading of verb and
// object opens with a call to act (leadOpenerRe), not with these.
var fieldDeedRe = mustLitRe(`^(?:新建|新增|新开工|新改建|改扩建|完成|建成|开展|举办|组织开展|实施了|累计|共计|投入|争取|招聘|培训|引进|发放|办理|受理|查处|整改|排查|今年以来|年内|截至)`)

// subjectEnd returns the byte offset in l, a numbered line, at which a
// heading that names a field (工业经济, 学前教育, 校园安全) ends and its
// text begins with the subject of its first sentence (subjectOpenerRe):
// 二、学前教育我市新增公办幼儿园14所，…. The heading holds 4 to 12
// characters, all Chinese, and opens with no call to act (a heading of
// verb and object, 加强全市…, takes the place as its object); the text's
// first sentence holds 8 characters at least. It returns -1 otherwise.
func subjectEnd(l string, hm *marker) int {
	s := l[hm.end:]
	if leadOpenerRe.MatchString(s) || runInClauseOpenerRe.MatchString(s) {
		return -1
	}
	k := 0
	for i, r := range s {
		if k >= 4 && (subjectOpenerRe.MatchString(s[i:]) || fieldDeedRe.MatchString(s[i:])) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if strings.ContainsRune(runInNoEnd, prev) || !paragraphAfter(s[i:]) || sentenceLength(s[i:]) < 8 {
				return -1
			}
			return hm.end + i
		}
		if k++; k > 12 || !IsHan(r) {
			return -1
		}
	}
	return -1
}

// subjectCuts sets cut[i] for the headings of a run of siblings that name
// fields and run into a text opening with its subject (subjectEnd), and
// returns the lines it cut. One such heading alone could be a field's
// name going on into a sentence's words; siblings that share the shape
// are the lost layout: a sibling at least is cut so, two at least are cut
// as short headings without a comma (by subjectEnd or another rule), and
// all siblings but one at most are cut or stand alone. A run whose cut
// headings hold a comma is no list of fields: it is left.
func subjectCuts(lines []string, cut []int) []int {
	var out []int
	for _, run := range siblingRuns(lines) {
		if len(run) < 2 {
			continue
		}
		ends := make([]int, len(run))
		told, fresh, alone, clause := 0, 0, 0, false
		for j, i := range run {
			ends[j] = -1
			switch {
			case cut[i] >= 0:
				head := lines[i][headingMarker(lines[i]).end:cut[i]]
				if strings.ContainsAny(head, "，,、") || utf8.RuneCountInString(head) > 12 {
					clause = true
				}
				told++
			case aloneHeading(lines[i]):
				alone++
			default:
				if e := subjectEnd(lines[i], headingMarker(lines[i])); e >= 0 {
					ends[j] = e
					fresh++
				}
			}
		}
		if clause || fresh < 1 {
			continue
		}
		fresh += sameLengthEnds(lines, run, cut, ends)
		if told+fresh < 2 || told+fresh+alone < len(run)-1 {
			continue
		}
		for j, i := range run {
			if ends[j] >= 0 {
				cut[i] = ends[j]
				out = append(out, i)
			}
		}
	}
	return out
}

// sameLengthEnds sets ends[j] for the siblings of run that subjectEnd
// found no end for, when every heading of the run cut so far, by a rule
// before or by subjectEnd (ends), names its field in the same number of
// characters, three headings at least: the field's name of that many
// characters ends the sibling too (（三）高中教育普通高中录取率提高到68%，…
// beside 学前教育, 义务教育, 职业教育), its words all Chinese, its text a
// sentence of 8 characters at least that opens with no word a phrase
// goes on with. It returns how many it set.
func sameLengthEnds(lines []string, run, cut, ends []int) int {
	size, n := -1, 0
	for j, i := range run {
		e := ends[j]
		if e < 0 {
			e = cut[i]
		}
		if e < 0 {
			continue
		}
		k := utf8.RuneCountInString(lines[i][headingMarker(lines[i]).end:e])
		if size >= 0 && k != size {
			return 0
		}
		size = k
		n++
	}
	if n < 3 {
		return 0
	}
	set := 0
	for j, i := range run {
		if ends[j] >= 0 || cut[i] >= 0 || aloneHeading(lines[i]) {
			continue
		}
		hm := headingMarker(lines[i])
		s, k, end := lines[i][hm.end:], 0, -1
		for off, r := range s {
			if k == size {
				end = off
				break
			}
			if !IsHan(r) {
				break
			}
			k++
		}
		if end < 0 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(s[end:])
		if strings.ContainsRune(runInNoEnd, first) || !paragraphAfter(s[end:]) || sentenceLength(s[end:]) < 8 {
			continue
		}
		ends[j] = hm.end + end
		set++
	}
	return set
}
