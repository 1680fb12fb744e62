package corpus

// Cleaning
//
// Reports reach us scraped from document-sharing and news sites, so the
// text of a report comes wrapped in the site's chrome and cut by its page
// machinery. Clean removes them by class, in this order:
//
//  1. Characters: invalid UTF-8, zero-width characters, control characters
//     and U+FFFD are dropped; CRLF and CR become LF; radicals that a PDF's
//     fonts put for whole characters (⼀ for 一, ⻓ for 长) become them; full-width letters,
//     digits and symbols become ASCII, while the punctuation Chinese text
//     is written with (，：；（）！？．) stays full-width, and ASCII , : ; !
//     and (…) next to Han characters become full-width, as does a ? ending
//     a Chinese sentence (a ? inside a line is often a lost 《 or 》); the
//     small and half-width enumeration commas (﹑ ､) become 、; a comma a
//     mirror site put before another mark, or after a comma (开局，。,
//     一年来，，), goes.
//  2. Site chrome, line by line: download, VIP and price notices, upload
//     metadata (上传人, 文档编号, 页数, 大小, 格式, 时间), navigation, comment
//     and reading counters, a government site's 主办/承办 footer, related-document lists, copyright, ICP and licence lines,
//     customer-service numbers, a table of contents (entries with dot leaders
//     and page numbers, and its 目录 line). A trailing block that starts with
//     such a line and holds only short lines goes whole. The title line a site
//     prints as a file name ("….docxVIP") keeps the title only.
//  3. Page markers (第1页 / 共7页, ….docx_第1页, - 3 -), a site's page
//     links (上一页 1 2 3 下一页) and a browser's print header and footer
//     (2031/3/5 14:11 某某_某某网, https://… 3/15) go, and the two halves
//     of a sentence they cut are joined. So do page numbers a conversion
//     from PDF ran into the text (…全年一 — 1 — 般公共预算…, …以上。—12—),
//     when three or more of them count up through the text.
//  4. Chunk markers: some sites cut the text into chunks and start each one
//     with "N、" on a new line, wherever the cut falls ("…重中" / "2、之重…").
//     A line-start "N、" is a chunk marker when the line before it stops in
//     the middle of a sentence; once two such cuts are found, the whole run
//     1、2、3… of line-start markers is the site's. Markers go and halves are
//     joined.
//  5. Line wraps inside a sentence are joined.
//  6. A title glued to the body ("…总结报告今年以来") is cut off the first
//     line of the body, and a title followed by a space on a long first line
//     gets a line of its own; so do a report's title, date line, speaker
//     and greeting run together (政府工作报告——…会议上某县县长某某各位代表：…,
//     with or without the dash, on the first line or below a headline), and
//     a headline glued to the bare title (2031年某县政府工作报告政府工作报告).
//     In a file that lost all its line breaks, the title is cut off at the
//     word that ends it (…政府信息公开工作年度报告本报告根据…), and so is
//     the name of the office written under it (…工作计划市某某局一、…).
//  7. Headings written inline ("…的工作。 一.注重整体发展,…") get a line of
//     their own, when their numbering continues the document's sequence and
//     they follow a space or the end of a sentence (in a file that lost all
//     its line breaks, also a colon that announces them: 以下工作：（一）…);
//     a heading followed by a space and its text is cut there too, and so
//     is a heading run into its text with no mark at all, where its text
//     begins (一、2030年工作回顾2030年是…; runin.go). An annex's bare label
//     over the title of the report's notes (附件 / 名词解释) is joined to it
//     on one line, the notes' heading.
//  8. Spaces between two Chinese characters or punctuation marks (a wrap
//     the site turned into a space) go, and in a sentence also those
//     between one of them and a digit, or a digit and a per cent sign (a
//     justified PDF's spacing: 13.65 万亿元, 7 %).
//
// What belongs to the report stays: its numbering, its punctuation, and
// anonymised figures such as XX, xxx or x202x.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"golang.org/x/text/unicode/norm"
)

// Clean returns text with site chrome, page and chunk markers, wraps and
// width variants removed, lines trimmed and runs of blank lines collapsed to
// one. The warnings say what was repaired where it might matter to a reader:
// invalid bytes dropped, markers joined.
func Clean(text string) (string, []Warning) {
	var warns []Warning
	text, warns = normalize(markCellSpaces(markCellTabs(text)), warns)
	text = splitBreakTokens(text)
	lines := strings.Split(text, "\n")
	starts := paragraphStarts(lines)
	for i := range lines {
		lines[i] = cutProvenanceLead(cutSourceTags(cutSpacedSiteTags(dropLostIndent(dropLostGlyph(strings.TrimSpace(strings.ReplaceAll(lines[i], cellTab, " | ")))))))
	}
	lines = dropDoubleSpacing(lines)
	lines = splitGluedPieceLabels(unwrapTableCells(rowCells(lines)))
	lines = joinSplitYears(lines, starts)
	lines = dropAbstractLabel(lines)
	lines = dropWatermarkTags(lines)
	lines = dropLiveClocks(lines)
	lines = cutHeadlineStamps(cutHeadlineDates(lines))
	lines = dropCellStamp(lines)
	lines = joinCutStamps(lines)
	lines = dropRepeatedTails(lines)
	lines = cutDatedStoryList(lines)
	lines = dropTeaserList(lines)
	lines = dropStoryNav(dropHeadStoryNav(lines))
	lines = dropLibraryTranslation(lines)
	lines = dropInterleavedTranslation(lines)
	lines = dropRunInTranslation(lines)
	lines = dropOtherScriptLines(lines)
	lines = joinNoticeTitle(lines)
	lines = joinSpeechTitle(lines)
	lines = splitTitleDateLine(lines)
	lines = splitDateSpeakerLine(lines)
	lines = joinTitleQualifier(lines)
	lines = dropKindColumn(dropColumnLabel(dropHeadSiteFields(lines)))
	lines = dropAdviserCard(lines)
	lines = cutCompilerVerbs(lines)
	lines = cutHijackBrand(lines)
	lines = dropFlipFolio(lines)
	lines = splitGluedNotes(lines)
	lines = dropIssueDates(lines)
	lines = dropBareStamps(dropRepeatedCells(lines))
	lines = dropHeadTabList(lines)
	lines, title := stripChrome(keepFirstPieceLabel(lines))
	lines = dropTitleFurniture(lines)
	lines = dropCutTeasers(lines)
	lines = dropTailEcho(lines)
	lines = collapseRepeatedHead(lines)
	lines = dropSiteBanner(lines)
	lines = dropSiteName(lines)
	lines = joinPageBreaks(moveFootnotes(lines))
	lines = splitTrailingPageNumbers(lines)
	lines = splitLeadingPageNumbers(lines)
	lines = cutInlinePageNumbers(lines)
	lines = joinPageMarkers(dropChunkOverlaps(lines), starts)
	lines, warns = removeChunkMarkers(lines, title, warns)
	lines = dropPageHeadTitles(lines)
	lines = joinFigureLines(lines, title, starts)
	lines = joinAnchors(lines, title)
	lines = joinWraps(lines, title, starts)
	lines = joinFigureBreaks(lines)
	lines, warns = collapseCopies(lines, warns)
	lines = cutRunOnContents(separateTitle(lines, title))
	lines = joinBrokenDateLine(lines)
	lines = joinBrokenSessionHeadline(lines)
	lines = splitSpacedParagraphs(lines)
	lines = undashHeadings(lines)
	// flat: the text is one line (its line breaks were all lost), or one
	// sentence a line (its paragraphs were): its lines say nothing of where
	// paragraphs and headings end.
	flat := sentencePerLine(lines)
	total := textBytes(lines)
	for _, l := range lines {
		if len(l) > dumpLine || holdsWhole(l, total) {
			flat = true
			break
		}
	}
	lines = splitInlineHeadings(lines, flat)
	lines = cutRunInHeadings(lines, flat)
	lines = dropHeadRepeats(lines)
	lines = joinAnnexTitle(lines)
	var b strings.Builder
	b.Grow(len(text))
	blank := false
	for _, l := range lines {
		l = squeezeHanSpaces(strings.TrimSpace(strings.ReplaceAll(l, hardEnd, "")))
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String(), warns
}

// joinBrokenDateLine joins the date line of a title block that the page
// broke in two, among the text's first lines (2031年1月9日在某县第十九届 /
// 人民代表大会第三次会议上, a blank line between them or not): the two
// pieces are one line, as the title block reads them. Only the first such
// line is looked for; a line that names a meeting already is whole.
func joinBrokenDateLine(lines []string) []string {
	for i, seen := 0, 0; i < len(lines) && seen < 12; i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		seen++
		if strings.Contains(l, "会议") || !dateStartRe.MatchString(l) {
			continue
		}
		j := i + 1
		if j < len(lines) && lines[j] == "" {
			j++
		}
		if j >= len(lines) || utf8.RuneCountInString(lines[j]) > 24 {
			return lines
		}
		joined := l + lines[j]
		if isDateLine(joined) && strings.HasSuffix(strings.TrimRight(joined, "）)"), "会议上") {
			lines[i] = joined
			return append(lines[:i+1], lines[j+1:]...)
		}
		if e := sessionEnd(joined); e > len(l) && strings.Contains(joined[:e], "代表大会") {
			// The session lost its 上 and the speaker runs on after it
			// (…第七届人 / 民代表大会第八次会议 某市市长 某某): the date
			// line, then the speaker on a line of its own.
			lines[i] = joined[:e]
			rest := strings.TrimSpace(joined[e:])
			if rest == "" {
				return append(lines[:i+1], lines[j+1:]...)
			}
			lines[j] = rest
			return append(lines[:i+1], lines[j:]...)
		}
		return lines
	}
	return lines
}

// sessionHeadRe and sessionTailRe match the two lines of a news story's
// headline that a page set over two lines where the session's name breaks
// (某县第十九届人民代表大会 / 第四次会议隆重开幕, 政协某县第十一届委员会 /
// 第三次会议闭幕): the body that meets, then the session and what it did.
var (
	sessionHeadRe = mustLitRe(`^\p{Han}{2,24}第[一二三四五六七八九十0-9]{1,4}届(?:人民代表大会|委员会)$`)
	sessionTailRe = mustLitRe(`^第[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议\p{Han}{0,8}$`)
)

// joinBrokenSessionHeadline joins a news story's headline that the page
// broke where the session's name breaks, among the text's first lines,
// one line right under the other (sessionHeadRe, sessionTailRe): the
// headline is one line, which the title is read from, and not its second
// half's neighbour in a stack of sub-headlines (某某出席 / 某某作政府工作报告).
// A report's date line broken the same way (…在某县第十九届人民代表大会 /
// 第三次会议上) opens with its date and is joinBrokenDateLine's.
func joinBrokenSessionHeadline(lines []string) []string {
	for i, seen := 0, 0; i+1 < len(lines) && seen < 6; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		if sessionHeadRe.MatchString(lines[i]) && sessionTailRe.MatchString(lines[i+1]) {
			lines[i] += lines[i+1]
			return append(lines[:i+1], lines[i+2:]...)
		}
	}
	return lines
}

// readerCrumbRe matches an e-book reader site's breadcrumb at the page's
// top, its marks lost: 书城, the shelf and the book's name run together
// (书城政治某县人大志).
var readerCrumbRe = mustLitRe(`^书城\s*(?:[>›»/]\s*)?\p{Han}{1,6}\s*(?:[>›»/]\s*)?\p{Han}{2,16}$`)

// excerptLabelRe matches a periodical library's label over the part of a
// paper it shows: 论文部分内容阅读.
var excerptLabelRe = mustLitRe(`^(?:论文|文章|期刊)?部分内容阅读$`)

// dropLibraryTranslation drops the machine translation a periodical
// library prints after the part of a Chinese paper it shows under its
// label 论文部分内容阅读 (one of the first five lines): a line with no Han
// character and eight English words at least (Distinguished Delegates: I
// am entrusted by …). A Chinese line with English words in it stays.
func dropLibraryTranslation(lines []string) []string {
	labelled := false
	for i, seen := 0, 0; i < len(lines) && seen < 5; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		if excerptLabelRe.MatchString(lines[i]) {
			labelled = true
			break
		}
	}
	if !labelled {
		return lines
	}
	out := lines[:0]
	for _, l := range lines {
		if len(l) >= 40 && !strings.ContainsFunc(l, IsHan) && englishWords(l) >= 8 {
			continue
		}
		out = append(out, l)
	}
	return out
}

// dropInterleavedTranslation drops the English of a bilingual page that
// sets each Chinese paragraph's translation on the lines after it (a
// city's report published with its English version: 各位代表： / Fellow
// Deputies, / 现在，我代表… / On behalf of…, headings included: 一、… / I
// Review of …). A line with no Han character and two English words at
// least is the translation when the text has three such lines right after
// a Chinese line and one for every three Chinese lines at least; then all
// such lines go, the English title block too, so that the Chinese text
// reads as one: its headings and paragraphs are not cut by the English
// ones, nor joined to them. A Chinese text that quotes an English line or
// two keeps them.
func dropInterleavedTranslation(lines []string) []string {
	english := func(l string) bool {
		return l != "" && !strings.ContainsFunc(l, IsHan) && englishWords(l) >= 2
	}
	han, after, prevHan := 0, 0, false
	for _, l := range lines {
		switch {
		case l == "":
			continue
		case english(l):
			if prevHan {
				after++
			}
			prevHan = false
		default:
			prevHan = strings.ContainsFunc(l, IsHan)
			if prevHan {
				han++
			}
		}
	}
	if after < 3 || after*3 < han {
		return lines
	}
	out := lines[:0]
	for _, l := range lines {
		if !english(l) {
			out = append(out, l)
		}
	}
	return out
}

// dropRunInTranslation drops the English of a bilingual text that runs each
// Chinese paragraph's translation on after it in the same line (a report's
// bilingual edition turned to text with its line breaks lost, by a PDF
// converter or a page that prints both languages in one block: 各位代表：
// Fellow Deputies, 现在，我代表… On behalf of …, 一、2030年工作回顾 I.
// Review of Our Work in 2030 过去一年…). dropInterleavedTranslation sees
// no English line there. A run is a stretch of a line with no Han
// character and no full-width mark; the text is such an edition when, on
// its lines that hold Chinese, three runs at least hold eight English words
// or more between spaces (a sentence, not an acronym or an address) and
// the runs of two English words or more hold one word for every four Han
// characters of the text at least (a translation, not a few quotations).
// English lines alone (a converter's notice, an English edition) make no
// such edition. Then each such run goes and the line
// breaks where it stood, as the translation stood between paragraphs; a
// line with Latin letters and no Han character goes whole. The mark that closes the
// Chinese before the run (各位代表: Fellow …) and the dash or bracket that
// opens the Chinese after it (… (CPPCC). ——三大攻坚战…) stay with their
// Chinese. A Chinese text that quotes English keeps it.
func dropRunInTranslation(lines []string) []string {
	sentences, words, han := 0, 0, 0
	for _, l := range lines {
		for _, r := range l {
			if IsHan(r) {
				han++
			}
		}
		if !strings.ContainsFunc(l, IsHan) {
			continue // an English line: a notice, an edition of its own
		}
		for _, run := range latinRuns(l) {
			n := englishWords(run)
			if n >= 2 {
				words += n
			}
			if n >= 8 && strings.Count(strings.TrimSpace(run), " ") >= 4 {
				sentences++
			}
		}
	}
	if sentences < 3 || words*4 < han {
		return lines
	}
	var out []string
	for _, l := range lines {
		if !strings.ContainsFunc(l, IsHan) && strings.ContainsFunc(l, isLatinLetter) {
			continue // the rest of a translation: I., a word cut off its line
		}
		if !slices.ContainsFunc(latinRuns(l), func(run string) bool { return englishWords(run) >= 2 }) {
			out = append(out, l)
			continue
		}
		var piece strings.Builder
		flush := func() {
			if t := strings.TrimSpace(piece.String()); t != "" && strings.ContainsFunc(t, IsHan) {
				out = append(out, t)
			}
			piece.Reset()
		}
		rest := l
		for _, run := range latinRuns(l) {
			at := strings.Index(rest, run)
			piece.WriteString(rest[:at])
			rest = rest[at+len(run):]
			if englishWords(run) < 2 {
				piece.WriteString(run)
				continue
			}
			if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(piece.String(), " ")); IsHan(last) || last >= '0' && last <= '9' {
				// the Chinese runs on into the run: its figure or mark
				t := strings.TrimLeft(run, " ")
				piece.WriteString(strings.TrimRight(t[:len(t)-len(strings.TrimLeft(t, "0123456789.%:;,!? "))], " "))
			}
			flush()
			piece.WriteString(chineseLead(run, rest))
		}
		piece.WriteString(rest)
		flush()
	}
	return out
}

// chineseLead returns the end of run, a run of a translation, that opens
// the Chinese after it (rest): a dash, quotation mark or bracket (——三大…),
// with a figure after it when the Chinese counts it (——2031 年, 12 万人); a
// figure the Chinese does not count (… in 2031 全市…) ends the English.
func chineseLead(run, rest string) string {
	t := strings.TrimRight(run, " ")
	figure := t[len(strings.TrimRight(t, "0123456789.% ")):]
	figure = figure[strings.IndexFunc(figure+"0", func(r rune) bool { return r >= '0' && r <= '9' }):] // not the English's full stop
	if next, _ := utf8.DecodeRuneInString(rest); figure != "" && !strings.ContainsRune(countUnits, next) {
		return strings.TrimLeft(t[len(strings.TrimRight(t, "―—–“‘(["+`"`)):], " ")
	}
	t = strings.TrimRight(t[:len(t)-len(figure)], " ")
	return strings.TrimLeft(t[len(strings.TrimRight(t, "―—–“‘(["+`"`)):]+figure, " ")
}

// countUnits are the characters that follow a figure in Chinese: dates,
// sums, counts and measures (2031年, 12万, 30亿元, 5个, 8所).
const countUnits = "年月日号时万亿千百元个家所项多余倍届次条位名人户座套台辆吨米亩公斤岁度"

// latinRuns returns the stretches of l, in order, that hold no Han
// character and no character of the CJK blocks (full-width marks, 。、，),
// each as long as it goes.
func latinRuns(l string) []string {
	var runs []string
	start := -1
	for i, r := range l {
		latin := r < 0x2e80 && !IsHan(r)
		switch {
		case latin && start < 0:
			start = i
		case !latin && start >= 0:
			runs = append(runs, l[start:i])
			start = -1
		}
	}
	if start >= 0 {
		runs = append(runs, l[start:])
	}
	return runs
}

// dropOtherScriptLines drops the lines of a bilingual page written in a
// minority people's script: Uyghur, Kazakh or Kyrgyz in Arabic letters,
// Mongolian, Tibetan, Yi. A regional government's page sets the report's
// title, or paragraph after paragraph, in both languages; the Chinese text
// reads as one without the other. A line goes when it holds no Han
// character and most of its letters are of those scripts; a Chinese line
// that names a place in them keeps it.
func dropOtherScriptLines(lines []string) []string {
	out := lines[:0]
	for _, l := range lines {
		if !otherScriptLine(l) {
			out = append(out, l)
		}
	}
	return out
}

// otherScriptLine reports whether l is a line in a minority script (see
// dropOtherScriptLines): no Han character, two letters of those scripts
// at least, and more of them than of any other.
func otherScriptLine(l string) bool {
	other, letters := 0, 0
	for _, r := range l {
		switch {
		case IsHan(r):
			return false
		case unicode.In(r, unicode.Arabic, unicode.Mongolian, unicode.Tibetan, unicode.Yi):
			other++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return other >= 2 && other*2 > letters
}

// englishWords returns the number of words of two Latin letters or more
// in l.
func englishWords(l string) int {
	n, run := 0, 0
	for i := 0; i <= len(l); i++ {
		if i < len(l) && (l[i] >= 'a' && l[i] <= 'z' || l[i] >= 'A' && l[i] <= 'Z') {
			run++
			continue
		}
		if run >= 2 {
			n++
		}
		run = 0
	}
	return n
}

// titleQualifierRe matches a title's note of what the printed text is (an
// abstract, a draft, an excerpt) alone on its line, and titleKindEndRe the
// end of the title line above it: the kind of paper.
var (
	titleQualifierRe = mustLitRe(`^[（(](?:全文|摘要|摘登|摘编|节选|草案|提纲|征求意见稿|讨论稿|送审稿|代拟稿)[）)]$`)
	titleKindEndRe   = mustLitRe(`(?:报告|总结|小结|计划|要点|规划|纲要|方案|意见|讲话)》?$`)
)

// joinTitleQualifier joins a title's note that a wrap or the page's layout
// put on a line of its own (…政府工作报告 / （摘登）, 政府工作报告 / （摘要）)
// to the title above it, a blank line between them or none: the note is
// part of the title and no line of the text.
func joinTitleQualifier(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if strings.ContainsAny(l, "（(") && titleQualifierRe.MatchString(strings.TrimSpace(l)) {
			j := len(out) - 1
			if j >= 0 && strings.TrimSpace(out[j]) == "" {
				j--
			}
			if j >= 0 {
				if t := strings.TrimSpace(out[j]); utf8.RuneCountInString(t) <= 60 && !strings.ContainsAny(t, "。，；：:,;！？") && titleKindEndRe.MatchString(t) {
					out = append(out[:j], t+strings.TrimSpace(l))
					continue
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// dropLostGlyph takes off the question mark that a PDF's converter printed,
// after a space, for a glyph it could not map at the end of a line of
// Chinese (…砥砺前行 ?, 政府工作报告 ?): no Chinese line ends in an ASCII
// question mark set off by a space. A Latin word before it keeps it.
func dropLostGlyph(l string) string {
	if !strings.HasSuffix(l, " ?") {
		return l
	}
	t := strings.TrimRight(strings.TrimSuffix(l, "?"), " \u3000")
	if r, _ := utf8.DecodeLastRuneInString(t); !unicode.Is(unicode.Han, r) && !strings.ContainsRune("）)”’。，；：、", r) {
		return l
	}
	return t
}

// speechTitleTailRe matches the end of a speech's title that a wrap put on
// a line of its own (…工作推进会 / 上的讲话, …会议上的 / 讲话).
var speechTitleTailRe = mustLitRe(`^(?:[会议]?上的?|的)?(?:讲话|发言|致辞)(?:稿|提纲)?$`)

// joinSpeechTitle joins a speech's title that a converted PDF wrapped
// before its end (在某区“十五五”规划工作推进会 / 上的讲话) into one line:
// the first two of the text's first three lines, a blank line between
// them or none, the first naming the meeting (在…会, no sentence's mark)
// and the second only what the speech is.
func joinSpeechTitle(lines []string) []string {
	top := textLines(lines, 3)
	for k := 0; k+1 < len(top); k++ {
		a, b := strings.TrimSpace(lines[top[k]]), strings.TrimSpace(lines[top[k+1]])
		if top[k+1] > top[k]+2 || len(b) > 24 || !speechTitleTailRe.MatchString(b) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(a)
		if n := utf8.RuneCountInString(a); n < 6 || n > 50 || !strings.Contains(a, "在") || !strings.ContainsRune("会议上的坛式", last) || strings.ContainsAny(a, "。，；：:,;！？!?") {
			continue
		}
		out := append([]string{}, lines[:top[k]]...)
		out = append(out, a+b)
		return append(out, lines[top[k+1]+1:]...)
	}
	return lines
}

// titleDateRe matches a report's title with its date line in brackets run
// onto it (政府工作报告（2031年1月6日在某县第十届人民代表大会第三次会议上）,
// a PDF's text layer or a copy that set the two on one line): group 1 the
// title, group 2 the date line.
var titleDateRe = mustLitRe(`^(\p{Han}{2,30}?(?:工作报告|报告))\s*([（(][^（()）]{4,80}会议上\s*[）)])$`)

// splitTitleDateLine sets on lines of their own a report's title and the
// date line in brackets run onto it, among the text's first twelve lines
// (a page's headline and a library's notes may come first),
// so that each is read as what it is.
func splitTitleDateLine(lines []string) []string {
	return splitFirstRunOn(lines, titleDateRe, func(m []string) bool { return isDateLine(m[2]) })
}

// dateSpeakerRe matches a report's date line with the speaker's line run
// onto it after a space (——2031年1月6日在某区第十届人民代表大会第三次会议上
// 某区人民政府区长 某某): group 1 the date line, group 2 the office and name.
var dateSpeakerRe = mustLitRe(`^((?:——|—|－－)?[^。，；\s]{4,60}?会议上)\s+(\p{Han}{2,30}?(?:长|主任|主席)\s*[\p{Han}·]{1,4}(?:\s?[\p{Han}·]{1,6})?)$`)

// splitDateSpeakerLine sets on lines of their own a report's date line and
// the speaker's line a page ran onto it, after a space or none, among the
// text's first twelve lines, so that squeezing the spaces between Han
// characters does not close them up into one line (…会议上某区人民政府区长
// 某某), and the speaker is read as the title block's.
func splitDateSpeakerLine(lines []string) []string {
	dated := func(m []string) bool { return isDateLine(m[1]) }
	return splitSemicolonBlock(splitFirstRunOn(splitFirstRunOn(lines, dateSpeakerRe, dated), dateGovSpeakerRe, dated))
}

// dateSemicolonRe matches a report's date line that a listing ran the
// rest of the title block onto with semicolons for its line breaks
// (…会议上；某市人民政府区长；某某；各位代表：…): group 1 the date line,
// group 2 the rest.
var dateSemicolonRe = mustLitRe(`^((?:——|—|－－)?[^。，；;\s]{4,60}?会议上)\s*[;；]\s*(\S.*)$`)

// splitSemicolonBlock sets on lines of their own the pieces of a title
// block a listing parted with semicolons (dateSemicolonRe), among the
// text's first twelve lines: the date line, then each short piece (the
// office, the name) up to the greeting, which keeps the text it opens.
func splitSemicolonBlock(lines []string) []string {
	for _, i := range textLines(lines, 12) {
		m := dateSemicolonRe.FindStringSubmatch(strings.TrimSpace(lines[i]))
		if m == nil || !isDateLine(m[1]) {
			continue
		}
		block := []string{m[1]}
		rest := m[2]
		for !greetRe.MatchString(rest) {
			k := strings.IndexAny(rest, ";；")
			if k < 0 || utf8.RuneCountInString(rest[:k]) > 30 || strings.ContainsAny(rest[:k], "。，,") {
				return lines
			}
			block = append(block, strings.TrimSpace(rest[:k]))
			_, size := utf8.DecodeRuneInString(rest[k:])
			rest = strings.TrimSpace(rest[k+size:])
		}
		out := append(append([]string{}, lines[:i]...), block...)
		out = append(out, rest)
		return append(out, lines[i+1:]...)
	}
	return lines
}

// dateGovSpeakerRe matches a report's date line with the speaker's line run
// onto it without a space, the speaker named by the government he heads
// (…会议上某市人民政府市长某某): group 1 the date line, group 2 the office
// and name.
var dateGovSpeakerRe = mustLitRe(`^((?:——|—|－－)?[^。，；\s]{4,60}?会议上)(\p{Han}{2,30}?人民政府\p{Han}{0,6}?(?:长|主席)\s?[\p{Han}·]{2,4})$`)

// splitFirstRunOn sets on two lines of their own the two groups of re in
// the first of the text's first twelve lines that re matches and ok takes.
func splitFirstRunOn(lines []string, re litRe, ok func([]string) bool) []string {
	for _, i := range textLines(lines, 12) {
		m := re.FindStringSubmatch(strings.TrimSpace(lines[i]))
		if m == nil || !ok(m) {
			continue
		}
		out := append([]string{}, lines[:i]...)
		out = append(out, m[1], m[2])
		return append(out, lines[i+1:]...)
	}
	return lines
}

// textLines returns the indexes of the first n lines of lines that hold
// text (fewer when the text has fewer).
func textLines(lines []string, n int) []int {
	var top []int
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			top = append(top, i)
			if len(top) == n {
				break
			}
		}
	}
	return top
}

// noticeAboutRe matches the first line of a notice's title as the paper
// prints it (关于印发2031年《政府工作报告》), noticeTitleEndRe its last
// (重点任务责任分工的通知), and noticeIssuerRe the issuer's line above it
// (某县人民政府办公室).
var (
	noticeAboutRe    = mustLitRe(`^关于[^。，,；;：:！？!?\s]{2,40}$`)
	noticeTitleEndRe = mustLitRe(`^[^。，,；;：:！？!?\s]{0,30}的(?:通知|决定|意见|批复|通报|函)$`)
	noticeIssuerRe   = mustLitRe(`^\p{Han}{2,30}(?:人民政府|办公室|办公厅|局|委员会|厅|委)$`)
	// issuerAboutRe matches a notice title's first line that holds its
	// issuer and stops after the verb, the paper's name in title marks on
	// the next line (某部关于印发 / 《…》的通知).
	issuerAboutRe = mustLitRe(`^\p{Han}{2,30}?(?:人民政府|办公室|办公厅|局|委员会|厅|委|部)关于(?:印发|转发|下发|公布)$`)
)

// joinNoticeTitle joins a notice's title that the paper wrapped at the top
// of the text: its issuer's line, the line that opens with 关于 and the
// lines after it up to the one that ends 的通知 (or 的决定, 的意见 …),
// two at most (某县人民政府办公室 / 关于印发2031年《政府工作报告》 /
// 重点任务责任分工的通知 -> one line), or the issuer and 关于印发 on one line
// over the paper's name (某部关于印发 / 《…》的通知). The title is the text's first lines;
// the pieces hold no sentence's mark. A blank line may stand between two
// pieces: a web page prints each of the paper's lines as a paragraph.
func joinNoticeTitle(lines []string) []string {
	top := textLines(lines, 4)
	piece := func(k int) string { return strings.TrimSpace(lines[top[k]]) }
	for k := range top {
		if !strings.HasPrefix(piece(k), "关于") || !noticeAboutRe.MatchString(piece(k)) {
			// (the issuer's name before 关于 on the same line, the rest
			// of the title on the next: 某部关于印发 / 《…》的通知)
			if !issuerAboutRe.MatchString(piece(k)) || k+1 >= len(top) || !strings.HasPrefix(piece(k+1), "《") {
				continue
			}
		}
		end := -1
		if noticeTitleEndRe.MatchString(piece(k)) {
			end = k
		} else {
			for j := k + 1; j < len(top) && j <= k+2 && top[j] <= top[j-1]+2; j++ {
				if noticeTitleEndRe.MatchString(piece(j)) {
					end = j
					break
				}
				if !noticeTitleEndRe.MatchString(piece(j) + "的通知") {
					break
				}
			}
		}
		if end < 0 {
			return lines
		}
		from := k
		if k > 0 && top[k-1] >= top[k]-2 && noticeIssuerRe.MatchString(piece(k-1)) {
			from = k - 1
		}
		if from == end {
			return lines
		}
		var b strings.Builder
		for j := from; j <= end; j++ {
			b.WriteString(piece(j))
		}
		out := append([]string{}, lines[:top[from]]...)
		out = append(out, b.String())
		return append(out, lines[top[end]+1:]...)
	}
	return lines
}

// joinSplitYears joins a year that stands alone on its line to the 年 that
// begins the next line (2031 / 年教育局工作要点 -> 2031年教育局工作要点): a
// PDF whose figures were set in another font than the text around them
// breaks the line at each change of font. A line of a year and nothing else
// (19xx, 20xx) is no page number, and no sentence of Chinese starts with
// the 年 of a figure it lost; the joined line starts a paragraph when the
// year's line did. A blank line between the two is no matter: a web page
// made of the PDF prints each piece as a paragraph.
func joinSplitYears(lines []string, starts map[string]bool) []string {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if len(l) == 4 && (strings.HasPrefix(l, "19") || strings.HasPrefix(l, "20")) && strings.Trim(l, "0123456789") == "" {
			next := i + 1
			if next+1 < len(lines) && strings.TrimSpace(lines[next]) == "" {
				next++ // a web page's paragraphs: a blank line between
			}
			if next < len(lines) && strings.HasPrefix(lines[next], "年") {
				joined := l + lines[next]
				if starts != nil && (starts[l] || starts[lines[next]]) {
					starts[joined] = true
				}
				out = append(out, joined)
				i = next
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// joinSpacedMarkers returns s with each list number set apart from its dot
// or comma by spaces (2 .全面落实…, 3 ．推进…, 4 、…: two runs of a Word
// file) joined to it where an item starts: one or two digits at a line's
// start or after a sentence's end (。；！？), spaces maybe before them, and
// a Chinese word after the mark. Inside a sentence the spaces stay (增长
// 2 .5个百分点, 第 6 、7 两项). Each " ." " ．" " 、" is found with a
// literal search; nothing is copied when none is joined.
func joinSpacedMarkers(s string) string {
	var b strings.Builder
	last := 0
	for off := 0; off < len(s); {
		k := strings.IndexByte(s[off:], ' ')
		if k < 0 {
			break
		}
		sp := off + k
		end := sp
		for end < len(s) && (s[end] == ' ' || s[end] == '\t') {
			end++
		}
		off = end
		mark, size := utf8.DecodeRuneInString(s[end:])
		if mark != '.' && mark != '．' && mark != '、' {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[end+size:]); !IsHan(next) {
			continue
		}
		d := sp
		for d > 0 && sp-d < 3 && s[d-1] >= '0' && s[d-1] <= '9' {
			d--
		}
		if d == sp || sp-d > 2 || d > 0 && s[d-1] >= '0' && s[d-1] <= '9' {
			continue
		}
		before := strings.TrimRight(s[:d], " \t")
		if r, _ := utf8.DecodeLastRuneInString(before); before != "" && r != '\n' && r != '。' && r != '；' && r != '！' && r != '？' {
			continue
		}
		b.WriteString(s[last:sp])
		last = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// dropDecorEmoji returns s without the emoji a self-media post (a blog's
// or an account's copy of a report) decorates its headline, headings and
// sentences with (🌟一、2031年工作回顾, …增长8%。📈, 谢谢大家！🙏🏻): they
// are never the report's words, and a line that ends in one would read as
// cut short and a heading that opens with one would not read as a heading.
// A keycap digit that numbers a list (1️⃣ 粮食生产…) keeps its digit as the
// number it is (1. 粮食生产…). The literal checks spare the scan the texts
// (nearly all) that hold no emoji: a pictograph takes four bytes in UTF-8,
// the selectors and the keycap mark have their own.
func dropDecorEmoji(s string) string {
	if strings.IndexByte(s, 0xF0) < 0 && !strings.Contains(s, "\uFE0F") && !strings.Contains(s, "\uFE0E") && !strings.Contains(s, "\u20E3") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		switch {
		case r == 0x20E3:
			// A keycap's enclosing mark after its digit (1️⃣): the digit
			// numbers an item.
			if prev >= '0' && prev <= '9' {
				b.WriteByte('.')
			}
		case isDecorEmoji(r, s[i+utf8.RuneLen(r):]):
		default:
			b.WriteRune(r)
			prev = r
		}
	}
	return b.String()
}

// isDecorEmoji reports whether r, followed by rest, is an emoji that
// decorates a self-media post: a pictograph of the supplementary planes
// (🌟 📈 🙏, their skin tones and flags), the selector that asks for an emoji
// (U+FE0F, U+FE0E), or a symbol of the basic plane that such a selector
// follows (❤️, ✨️). A symbol alone (★ before a line, ❶ numbering an item,
// ☆) is the text's own and stays.
func isDecorEmoji(r rune, rest string) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF:
		return true
	case r == 0xFE0F || r == 0xFE0E:
		return true
	case r >= 0x2190 && r <= 0x2BFF:
		return strings.HasPrefix(rest, "\uFE0F")
	}
	return false
}

// cellTab marks, from markCellTabs to the lines' trimming in Clean, the
// tab that parts two cells of a table's row.
const cellTab = "\x02"

// markCellTabs marks the tabs that part the cells of a table saved as
// tab-separated lines (指标 单位 2031年 2032年 / 某项收入增长 % 5.1 6左右,
// a tab between cells): a line of three cells or more, none of them
// long, next to another such line. Each row is a line of its own, which
// the wrap repair must not join to the next (a row does not end a
// sentence), its cells parted by bars as a table drawn with them is
// (isPipeRow). A tab that indents a paragraph is no cell's.
func markCellTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	lines := strings.Split(s, "\n")
	rows := make([]bool, len(lines))
	for i, l := range lines {
		rows[i] = isTabRow(l)
	}
	for i, l := range lines {
		if rows[i] && (i > 0 && rows[i-1] || i+1 < len(lines) && rows[i+1]) {
			lines[i] = tabRunRe.ReplaceAllString(strings.Trim(l, " \t\r"), cellTab)
		}
	}
	return strings.Join(lines, "\n")
}

// tabRunRe matches the tabs (and spaces about them) between two cells.
var tabRunRe = mustLitRe(`[ ]*\t[ \t]*`)

// isTabRow reports whether l reads as a table's row saved with tabs: three
// cells or more between tabs, each at most 30 characters and none ending
// a sentence.
func isTabRow(l string) bool {
	cells := tabRunRe.Split(strings.Trim(l, " \t\r"), -1)
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if c == "" || utf8.RuneCountInString(c) > 30 || strings.ContainsAny(c, "。！？") {
			return false
		}
	}
	return true
}

// keptFullWidth is the full-width punctuation Chinese text is written with.
const keptFullWidth = "！（），．：；？"

// isInvisible tells the characters that take no place on the page: the
// zero-width space and joiners, the word joiner, a byte order mark in the
// text, the soft hyphen.
func isInvisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// dropInvisibles removes the characters isInvisible tells.
func dropInvisibles(s string) string {
	if !strings.ContainsFunc(s, isInvisible) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

// normalize does step 1: characters and widths; a self-media post's
// decorating emoji go (dropDecorEmoji).
func normalize(s string, warns []Warning) (string, []Warning) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
		warns = append(warns, Warning{Message: "invalid UTF-8 bytes dropped"})
	}
	s = dropDecorEmoji(s)
	s = decodeEscapes(s)
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	var lastSeen rune // the last character written that is no space
	dropped := 0
	for i, r := range s {
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			r = '\n'
		case r == '\n', r == rune(cellTab[0]):
		case isWideSpace(r): // (a space itself stays one)
			r = ' '
		case isInvisible(r):
			continue
		case r >= 0x2E80 && r <= 0x2FDF:
			r = radicalChar(r)
		case r == utf8.RuneError:
			dropped++
			continue
		case r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0):
			continue
		case r >= '\uff01' && r <= '\uff5e' && !strings.ContainsRune(keptFullWidth, r):
			r = r - 0xff01 + '!'
		case r == '﹑' || r == '､':
			// The small and the half-width forms of the enumeration comma,
			// which a page converted between Chinese encodings writes
			// (一﹑五年工作的回顾, 金融﹑商贸), are the comma itself.
			r = '、'
		case r == '．':
			// A full-width point between digits is a decimal point.
			next, _ := utf8.DecodeRuneInString(s[i+len("．"):])
			if prev >= '0' && prev <= '9' && (next >= '0' && next <= '9' || next >= '０' && next <= '９') {
				r = '.'
			}
		case r == '?':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if IsHan(prev) && (i+1 == len(s) || next == '\n' || next == '\r' || next == ' ' || next == '”') {
				r = '？'
			}
		case r == ',' || r == ':' || r == ';' || r == '!':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if IsHan(prev) || IsHan(next) || spacedBetweenHan(s, i, lastSeen) || markAloneAfterHan(s, i) {
				r = r - '!' + '\uff01'
			}
		}
		b.WriteRune(r)
		prev = r
		if r != ' ' {
			lastSeen = r
		}
	}
	if dropped > 0 {
		warns = append(warns, Warning{Message: "replacement characters (U+FFFD) dropped"})
	}
	out := b.String()
	if strings.Contains(out, " ") {
		// Dates with their digits spaced out (1 9 9 8 年3 月5 日). A copy
		// that spaces every digit so spaces its short numbers too: two
		// digits (增长1 1 %) and a decimal point (0 .8 %).
		if spacedDigitsRe.MatchString(out) {
			out = spacedDigitsRe.ReplaceAllStringFunc(out, func(m string) string { return strings.ReplaceAll(m, " ", "") })
			out = spacedPairRe.ReplaceAllString(out, "$1$2$3")
		}
		out = digitUnitRe.ReplaceAllString(out, "$1$2")
		out = joinSpacedMarkers(out)
	}
	if strings.Contains(out, "(") {
		out = hanParens.ReplaceAllStringFunc(out, func(m string) string {
			if !strings.ContainsFunc(m, IsHan) {
				return m
			}
			return "（" + m[1:len(m)-1] + "）"
		})
	}
	if strings.Contains(out, "，") {
		out = dropStrayCommas(out)
	}
	return out, warns
}

// spacedBetweenHan reports whether the ASCII mark at s[i] stands apart by
// spaces between two Han characters on its line (部署 , 紧紧围绕): a justified
// PDF line spreads its leftover width over every gap, the marks' too, and
// a copy that writes the marks ASCII keeps them so. The mark is the
// sentence's, full-width as its neighbours' (last, the character before
// the spaces); step 8 then drops the spaces as around any Chinese mark.
func spacedBetweenHan(s string, i int, last rune) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	if before != ' ' && before != '\u3000' && after != ' ' && after != '\u3000' || !IsHan(last) {
		return false
	}
	rest := strings.TrimLeft(s[i+1:], " \u3000")
	next, _ := utf8.DecodeRuneInString(rest)
	return IsHan(next)
}

// strayCommaRe matches the commas a mirror site sprinkles into the text it
// copies, which double the punctuation a sentence already has (一年來，，我
// 們…, 增長8%,，地方…, 示範鄉鎮6個，、示範村…, 良好開局，。): a comma right
// before another full-width comma, a full stop, an enumeration comma or a
// semicolon, and an ASCII comma right after a full-width one. Chinese text
// never writes a comma there.
var strayCommaRe = mustLitRe(`[，,]+([，。、；])|(，),+`)

// dropStrayCommas returns s without the commas strayCommaRe matches, the
// mark they stood by kept. The literal checks spare the regexp the texts
// (nearly all) that hold no such pair.
func dropStrayCommas(s string) string {
	for _, pair := range []string{"，，", ",，", "，。", "，、", "，；", "，,"} {
		if strings.Contains(s, pair) {
			return strayCommaRe.ReplaceAllString(s, "$1$2")
		}
	}
	return s
}

// simplifiedRadicals maps the simplified radicals of the CJK Radicals
// Supplement that stand for a whole character (⻓ 长, ⻔ 门) to it; NFKC
// leaves them alone.
var simplifiedRadicals = map[rune]rune{
	'⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞',
	'⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
	'⻄': '西', '⻝': '食', '⻤': '鬼', '⻘': '青',
}

// radicalChar returns the character a radical stands for in text that a
// PDF's fonts mapped to the radical blocks (⼀ for 一, ⼯ for 工, ⽉ for 月,
// ⻓ for 长): Kangxi radicals (U+2F00-U+2FD5) by their compatibility
// mapping, the simplified radicals of the supplement by simplifiedRadicals;
// r itself when it stands for none.
func radicalChar(r rune) rune {
	if c, ok := simplifiedRadicals[r]; ok {
		return c
	}
	if r < 0x2F00 || r > 0x2FD5 {
		return r
	}
	c, size := utf8.DecodeRuneInString(norm.NFKC.String(string(r)))
	if size == 0 || c == utf8.RuneError {
		return r
	}
	return c
}

// pinyinNoteRe matches a character followed by a note of its reading in
// pinyin with a tone mark, as some converters print them: 執(zhí).
var pinyinNoteRe = mustLitRe(`(\p{Han})\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)`)

// stripPinyinNotes returns s without the notes of characters' readings a
// converter put after them (執(zhí)行 -> 執行); Latin letters in brackets
// without a tone mark (GDP) stay.
func stripPinyinNotes(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	s = pinyinNoteRe.ReplaceAllString(s, "$1")
	if !strings.Contains(s, "(") {
		return s
	}
	// A note after a character the page garbled into other signs
	// (春L(fēng), 區^(qū)) is still a note when it is a syllable of pinyin:
	// a word with an accent in brackets (café) is not one.
	return garbledNoteRe.ReplaceAllStringFunc(s, func(m string) string {
		if pinyinSyllableRe.MatchString(strings.Map(toneless, m[1:len(m)-1])) {
			return ""
		}
		return m
	})
}

// pinyinTagRe matches a run of characters followed by a tag of their
// reading in pinyin, one capitalised syllable a character and no tone
// mark, in square brackets, as some mirror sites print them after words:
// 自治区[ZiZhiQu], 会议[HuiYi].
var pinyinTagRe = mustLitRe(`(\p{Han}+)\[((?:[A-Z][a-z]{0,5}){1,8})\]`)

// stripPinyinTags returns s without the pinyin tags a mirror site put after
// words (会议[HuiYi] -> 会议), which would cut words apart for search and
// hide labels and places from the metadata. A tag is taken off only when
// each of its capitalised parts is a syllable of pinyin and the characters
// before it are at least as many as its syllables: letters in brackets
// that are not a reading ([GDP], [Java], [Beijing]) stay.
func stripPinyinTags(s string) string {
	if !strings.Contains(s, "]") {
		return s
	}
	return pinyinTagRe.ReplaceAllStringFunc(s, func(m string) string {
		open := strings.IndexByte(m, '[')
		han, tag := m[:open], m[open+1:len(m)-1]
		n := 0
		start := 0
		for i := 1; i <= len(tag); i++ {
			if i < len(tag) && (tag[i] < 'A' || tag[i] > 'Z') {
				continue
			}
			syl := strings.ToLower(tag[start:i])
			syl = strings.ReplaceAll(syl, "v", "ü")
			if !pinyinSyllableRe.MatchString(syl) {
				return m
			}
			n++
			start = i
		}
		if utf8.RuneCountInString(han) < n {
			return m
		}
		return han
	})
}

// garbledNoteRe matches a note of a reading in pinyin, whatever comes before
// it; pinyinSyllableRe tells a syllable of pinyin, its tone mark taken off.
var (
	garbledNoteRe    = mustLitRe(`\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)`)
	pinyinSyllableRe = mustLitRe(`^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|a|o|e|i|u|ü)$`)
)

// toneless returns a vowel of pinyin without its tone mark.
func toneless(r rune) rune {
	for _, v := range []string{"aāáǎà", "eēéěè", "iīíǐì", "oōóǒò", "uūúǔù", "üǖǘǚǜ"} {
		if strings.ContainsRune(v, r) {
			return []rune(v)[0]
		}
	}
	return r
}

// foldRadicals returns s with radicals that stand for characters replaced
// by them (radicalChar).
func foldRadicals(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x2E80 && r <= 0x2FDF }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0x2E80 && r <= 0x2FDF {
			return radicalChar(r)
		}
		return r
	}, s)
}

var (
	hanParens      = mustLitRe(`\([^()\n]{1,40}\)`)
	spacedDigitsRe = mustLitRe(`(?:^|[^0-9 ])[0-9](?: [0-9]){2,}(?:[^0-9]|$)`)
	digitUnitRe    = mustLitRe(`([0-9]) +([年月日])`)
	spacedPairRe   = mustLitRe(`(^|[^0-9 .])([0-9]) ((?:\.)?[0-9])\b`)
)

// IsHan reports whether r is a Chinese character (a CJK unified or
// compatibility ideograph, extensions included): the one definition of
// "Han" for every package.
func IsHan(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf || r >= 0x20000 && r <= 0x2ebef || r >= 0xf900 && r <= 0xfaff
}

// isWideSpace reports whether r is a space: ASCII (a space, a tab) or one
// of the wide ones (ideographic, no-break, the typographic spaces), which
// normalize makes ASCII and asciiIndents reads as ASCII.
func isWideSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r >= '\u2000' && r <= '\u200a' || r == '\u202f' || r == '\u205f'
}

// isCJKPunct reports whether r is Chinese punctuation (or a full-width form).
func isCJKPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef || r >= 0x2018 && r <= 0x201f || r == 0x2026 || r == 0x2014 || r == 0x00b7
}

func isASCIIAlnum(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// Site chrome patterns. chromeWords and chromeRe mark lines that are the
// site's, up to maxChrome characters long; labelRe matches metadata labels at the
// start of short lines; navWords are the words of navigation bars. A
// library goes by its whole name where a part of it is a report's word
// too (原创力文档: 提升文艺原创力 is a task, not the library).
var (
	chromeWords = strings.Split("本文档|文档交易|本站|VIP|文档下载|下载文档|放心下载|下载前|下载后|成为会员|会员分享|会员上传|@所有人|版权申诉|版权所有|网友上传|用户上传|上传文档|book118|金锄头|汇文网|原创力文档|道客巴巴|豆丁|百度文库|分享赚钱|网站客服|联系客服|ICP备|ICP证|公网安备|Copyright|COPYRIGHT|copyright|©|展开阅读全文|查看更多|点击查看|相关搜索|最新文档|你可能关注|正为您匹配|文档评论|IP属地|认证主体|评论(|评论（|人已下载|下载券|客服QQ|备案号|网站标识码|技术支持：|技术支持:|网络支持：|网络支持:|上传人|上传者|文档编号|上传时间|立即下载|免费下载|点击下载|下载本文|下载地址|转载请注明|仅部分预览|免费预览|该文档总共|请认真阅读下面|快捷搜索|到电脑桌面|保存到桌面|桌面快捷访问|我来说两句|手机看范文|桌面快捷方式|范文网", "|")
	// weakChromeWords are site words that a report may use too (侵权假冒,
	// 预付费, 政务服务热线, 扫码; 整合相关资源, 网站浏览次数, 开通在线客服,
	// 明确版权归属): they mark only lines without a sentence end.
	weakChromeWords = strings.Split("付费|侵权|文库|温馨提示|客服电话|客服热线|举报电话|官方认证|精品文档|在线阅读|更多相关|扫码|二维码|浏览器|推荐度|服务热线|来源于网络|整理发布|统一社会信用代码|投注|当前位置|收益归|珍藏版|经营许可证|资源描述|文本描述|服务提供商|旗下网站|旗下網站|相关文档|相关资源|阅读次数|下载次数|点击次数|浏览次数|在线客服|版权归属|不得转载|禁止转载|年度会员", "|")
	// counterRe matches short lines of counters: 评论(0) 阅读 123 收藏：5, also
	// one whose number the page never filled in (访问：次).
	counterRe = mustLitRe(`^(?:[\s|｜·]*(?:评论|阅读|浏览|点击|访问|下载|收藏|点赞|分享|赞|踩|举报|在看|喜欢|推荐|转发|留言)\s*[（(：:]?\s*(?:\d+(?:\.\d+)?\s*[万千]?\+?\s*[)）次]?|次))+[\s|｜·]*$`)
	chromeRe  = mustLitRe(`\+\s*关注`)
	// widgetRe matches a page's widget in its top bar: a weather forecast's
	// link (某某天气预报15天查询) or a date widget whose date a script wrote,
	// left empty after the site's name (某某报官方网站 | 首页 今天是).
	widgetRe = mustLitRe(`天气预报\s*\d{1,2}\s*天(?:查询)?|\S\s*今天是\s*[：:]?$`)
	// browserAdviceRe matches an old portal's advice on the browser or the
	// screen under its copyright line (建议使用IE5.0浏览, 推荐使用IE浏览器,
	// 最佳浏览效果：1024×768分辨率, 800*600分辨率浏览), or a portal's
	// banner over the page that asks for a newer browser (建议升级浏览器版本
	// 到最新版本!, 请更新您的浏览器): the browser's name or a resolution,
	// never a report's words on screens.
	// loadingLineRe matches the one line of a screen a site shows while a
	// page loads or while it checks the visitor is no robot, which a
	// scraper saved instead of (or above) the page: 稍等片刻..., 请稍候…,
	// 页面加载中, 正在进行安全检测..., Loading... . It is alone on its line,
	// dots at most after it; no report's line is only that.
	loadingLineRe   = mustLitRe(`^(?:页面)?(?:正在(?:进行)?(?:安全)?(?:检测|验证|加载|跳转)|(?:安全)?(?:检测|验证|加载|跳转)中|请?稍等(?:片刻)?|请稍[候后]|[Ll]oading|LOADING)[\s.。…·]*$`)
	browserAdviceRe = mustLitRe(`(?:建议|推荐|最佳)\S{0,6}?(?:使用|采用|浏览)\S{0,8}?(?:IE|Internet Explorer|浏览器|分辨率)|(?:建议|请|推荐)\S{0,3}?(?:升级|更新|更换)\S{0,3}?(?:浏览器|IE)|分辨率\s*[：:为]?\s*\d{3,4}\s*[×xX*＊]\s*\d{3,4}|\d{3,4}\s*[×xX*＊]\s*\d{3,4}\s*(?:像素)?\s*(?:的)?\s*分辨率`)
	// weatherReadoutRe matches a portal's weather widget printed as a
	// readout of labelled fields: the day's temperature range first, then
	// another field (温度：24-33℃ 天气现象：阵雨 风向风速：东南风3-4级,
	// 气温：-3~6℃ 晴 空气质量：良). A report's line on the weather gives no
	// bare range under the label, nor a second field.
	weatherReadoutRe = mustLitRe(`^(?:温度|气温)\s*[：:]\s*-?\d{1,2}(?:\s*[-~～至/]\s*-?\d{1,2})?\s*(?:℃|°C)?\s*\p{Han}{0,6}\s*(?:天气现象|天气|风向风速|风向|风力|湿度|空气质量|AQI)\s*[：:]`)
	// fileInfoRe matches a line of a document library's facts about the
	// file, one fact to a line with its bullet or bar: the upload date with
	// 发布 or 上传 (- 2031-04-15 发布 |), the size (37.5 KB), the page count
	// (11页, / 25 under the preview), a counter (999+).
	fileInfoRe = mustLitRe(`^[\s•·●\-–|｜]*(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*(?:发布|上传|更新)|\d+(?:\.\d+)?\s*[KMG]B|\d+\s*页|/\s*\d+|\d+\+)[\s|｜]*$`)
	// welcomeSiteRe matches a site's welcome line that names the site at
	// length, the body's names maybe in brackets and spaced apart
	// (欢迎访问【某市城市管理局 某市园林局】官方网站！, 欢迎浏览某区人民政府网站).
	welcomeSiteRe = mustLitRe(`^欢迎(?:来到|访问|光临|浏览|进入)\s?[【〖\[]?[^。；，,;]{2,48}?[】〗\]]?\s?(?:官方网站|门户网站|政府网站|网站|官网|门户网)\s*[！!。]?$`)
	// bylineBarRe matches a portal's byline whose bars stand for the
	// colons after its labels, its date first (发布时间 | 2031-02-10 责任编辑 |
	// 来源 | 某某日报).
	bylineBarRe = mustLitRe(`^(?:发布时间|发布日期|更新时间|时间|日期)\s*[|｜]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}`)
	// paginationRe matches a line of page links and numbers only.
	paginationRe = mustLitRe(`^(?:\s|[【】\[\]|｜<>«»]|共\s*[0-9]+\s*页|第\s*[0-9]+\s*页|首页|尾页|末页|上一页|下一页|最后一页|第一页|分页[：:]?|[0-9]{1,3})+$`)
	// labelRe matches a line that opens with a page's field label: an
	// upload's metadata, a source, or the table of a government site's
	// information disclosure (索引号, 主题分类, 发文机关, 成文日期, 生成日期,
	// 发文字号, 备注/文号, 公文生成日期, the request number 信息索取号 and the
	// catalogue's 信息类别 some provinces' portals print) or its empty
	// related-reading label (关联导读：), a library's facts about a file (文档格式, 文档大小),
	// or a law database's record (发布部门, 发布文号, 实施日期, 时效性), a
	// reprint's line that restates the source's headline (来源标题：…), or a
	// copy site's byline that names the site after the bare label 发布 (发布：
	// 某某公文 时间：… 字数：…).
	labelRe  = mustLitRe(`^[•·●\-–]?\s*(?:发布部门|发布文号|颁布日期|实施日期|时效性|效力级别|上传人|上传者|文档编号|上传时间|发布日期|发布时间|发表于|发布人|发布者|发布机构|发布|信息来源|来源|作者|编辑|责任编辑|审核|时间|日期|大小|页数|文档页数|格式|ID|编号|下载|浏览|点击|(?:当前)?访问量|访问次数|字号|分类|(?:推荐|热门|相关|热点)?标签|关键词|贡献者|索引号|信息索取号|信息类别|关联导读|备注\s*/\s*文号|公文生成日期|主题分类|体裁分类|组配分类|服务对象分类|发文机关|成文日期|生成日期|公开日期|填报时间|发文字号|文号|有效性|公开方式|公开范围|公开时限|文档格式|文档大小|文档类型|附件下载|相关附件|原标题|来源标题|本文来源|文章来源|转自|转载自|原文链接|原文地址|图片来源|视频|免责声明|声明|知识类型|内容出处|唯一号|颗粒名称|分类号|中图分类号)\s*[：:]`)
	navWords = map[string]bool{
		"返回": true, "返回列表": true, "下载": true, "相关": true, "举报": true, "打印": true, "全屏": true, "关闭": true,
		"字号变大": true, "字号变小": true, "字体变大": true, "字体变小": true,
		"收藏": true, "分享": true, "字号": true, "大": true, "中": true, "小": true, "首页": true, "主页": true,
		"上一篇": true, "下一篇": true, "打印本页": true, "关闭窗口": true, "打印此页": true, "打印此文": true, "分享到": true, "分享至": true,
		// the same buttons as other portals write them (打印该页 关闭窗口 返回页面顶部)
		"打印该页": true, "关闭本页": true, "返回页面顶部": true, "回到顶部": true, "返回页顶": true,
		"微信": true, "微博": true, "QQ": true, "QQ空间": true, "评论": true, "点赞": true, "收起": true,
		"展开": true, "登录": true, "注册": true, "默认": true, "纠错": true, "保存": true, "复制": true,
		"下载本页": true, "放大": true, "正常": true, "缩小": true, "顶部": true, "返回顶部": true, "扫一扫": true, "上传": true, "举报文档": true,
		"我要投稿": true, "投稿": true,
		"阅读": true, "加入收藏": true, "加入收藏夹": true, "查看原文": true, "字体": true, "加大": true, "还原": true, "减小": true, "全文": true, "设为首页": true, "网站地图": true, "联系我们": true, "English": true,
		// a portal's toolbar and its column names
		"无障碍": true, "无障碍浏览": true, "长者模式": true, "关怀版": true, "长辈版": true, "长者版": true, "关怀模式": true, "适老化": true, "繁体": true, "繁體": true, "简体": true,
		"无障碍版": true, "长者助手": true, "长者专区": true, "关怀专区": true, "适老版": true,
		// the same switch named for its mode (无障碍浏览 打开适老化模式 x 注册 登录)
		"适老化模式": true, "适老模式": true, "关怀版模式": true,
		// its badge for IPv6 and its language switch spelt out (网站支持IPv6 繁體中文)
		"网站支持IPv6": true, "支持IPv6": true, "IPv6": true, "网站支持IPV6": true, "支持IPV6": true, "IPV6": true, "繁體中文": true, "繁体中文": true, "简体中文": true,
		// the page's colour-theme switch (色彩风格 红 蓝 灰)
		"色彩风格": true, "网站配色": true, "换肤": true, "切换风格": true,
		// the accessibility toolbar's own link, and a date widget the page's
		// script never filled in beside it (今天是： 无障碍辅助浏览工具条)
		"无障碍辅助浏览工具条": true, "无障碍辅助浏览": true, "辅助浏览": true, "无障碍工具条": true, "今天是": true,
		// the accessibility toolbar's skip links, a page converted to
		// Markdown keeps them as text ([跳转到主要内容](#main))
		"跳转到主要内容": true, "跳转到主要内容区域": true, "跳转到网站导航": true, "跳转到网站导航区": true, "跳过导航": true, "无障碍操作说明": true,
		// a portal's top bar: its site search, its links to the central and
		// provincial portals, its site-group menu, and its foreign-language
		// versions each named in its own language (English Русский 한국어 日本語)
		"一网搜": true, "站群导航": true, "中国政府网": true, "省政府网": true,
		"Русский": true, "한국어": true, "日本語": true, "日本语": true, "Français": true, "Español": true, "Deutsch": true,
		// a disclosure platform's tabs beside 政府信息公开
		"规章库": true, "政策文件库": true, "政策库": true,
		"政务动态": true, "智能问答": true, "个人中心": true, "使用帮助": true, "政务公开": true, "政务服务": true, "互动交流": true, "政民互动": true,
		"信息公开": true, "政府信息公开": true, "政府信息公开指南": true, "政府信息公开制度": true, "政府信息公开年报": true, "政府信息公开目录": true, "新闻中心": true, "新闻动态": true, "办事服务": true, "公众参与": true, "数据开放": true,
		"专题专栏": true, "通知公告": true, "政策文件": true, "政策解读": true, "网站首页": true, "政府文件": true,
		"公务员邮箱": true, "移动应用": true, "APP下载": true, "新闻": true,
		"信息报送": true, "政务邮箱": true, "政务邮箱登陆": true, "政务邮箱登录": true, "繁体版": true, "简体版": true, "ENGLISH": true, "新闻资讯": true,
		// a site's account links
		"会员登录": true, "新用户注册": true, "用户登录": true, "用户注册": true, "立即注册": true, "退出": true, "退出登录": true, "浏览记录": true,
		"会员中心": true, "用户中心": true, "登入": true, "加入最爱": true, "加入最愛": true, "立即登录": true, "立即开通": true, "了解更多": true, "了解详情": true, "复制链接": true, "显示全部楼层": true, "版主": true, "超级版主": true, "管理员": true, "注册会员": true, "新手上路": true, "中级会员": true, "高级会员": true, "购物车": true, "我的足迹": true, "我的收藏": true, "还没有账号": true, "点击关闭": true,
		// a forum's guest bar and a thread's tools (找回密码 | 免费注册, 打印 上一主题 下一主题)
		"找回密码": true, "免费注册": true, "忘记密码": true, "微信登录": true, "QQ登录": true, "该用户从未签到": true, "只需一步，快速开始": true, "上一主题": true, "下一主题": true, "跳转到指定楼层": true, "楼主": true, "只看该作者": true, "回帖奖励": true, "正序浏览": true, "倒序浏览": true,
		"听新闻": true, "海报": true, "手机APP": true, "手机版": true, "语音播报": true, "阅读模式": true, "朗读": true, "超大": true,
		// a news portal's bar over its story: its customer-service link
		// run into its home-page button (客服设为首页), its rating box
		// (评分), its feedback link and its vote buttons (意见反馈 顶 踩
		// 收藏), which a scraper keeps on lines of their own
		"客服": true, "评分": true, "意见反馈": true, "顶": true, "踩": true,
		// a news site's links to its mobile site and help pages (its font-size switch written out is above),
		// and its button that opens the channel menu (全部频道)
		"手机网站": true, "帮助中心": true, "全部频道": true,
		"图片": true, "点击图片查看大图": true, "点击查看大图": true, "查看原图": true, "原图": true,
		// a copy site's label over the text, its column (范文) and its desktop widget
		"正文": true, "电脑桌面": true, "范文": true,
		// a document shop's tabs under the preview and its app links
		"文本预览": true, "下载提示": true, "常见问题": true, "合集下载": true, "安卓APP": true, "ios版本": true, "iOS版本": true, "安卓版": true,
		// a column's English name beside its Chinese one (新闻中心 /News)
		"News": true, "NEWS": true,
		// a news page's lists under the story
		"热门": true, "热点新闻": true, "热点推荐": true, "最新消息": true, "最新新闻": true, "最新资讯": true,
		// a news site's search label over the page, its search button left
		// alone on its line under the channel bar, and the labels of a
		// list that loads more under the story (显示更多..., 加载中……)
		"热门搜索": true, "热门搜寻": true, "搜索": true, "显示更多": true, "加载更多": true, "加载中": true, "正在加载": true,
		// an encyclopedia's share box and its lock mark over the entry
		"请复制以下链接发送给好友": true, "锁定": true,
		// a notice bar's close button
		"×": true, "✕": true, "✖": true,
		// a site's footer links (网站简介 | 版权声明 | 刊登广告 | 联系我们, 法律声明 | 关于本站 | 网站地图)
		"网站简介": true, "关于我们": true, "版权声明": true, "免责声明": true, "刊登广告": true, "广告服务": true, "隐私政策": true,
		"法律声明": true, "关于本站": true, "网站声明": true, "隐私声明": true, "本站声明": true,
	}
	// tailStarts mark the start of a site's footer block.
	tailStarts = []string{"文档评论", "展开阅读全文", "相关文档", "相关资源", "此文档下载收益", "你可能关注的文档", "打印】",
		"【打印", "【关闭", "版权所有", "点击查看更多", "上一篇", "下一篇", "上一条：", "下一条：", "相关新闻", "相关阅读", "相关链接", "责任编辑",
		"相关报道", "延伸阅读", "友情链接", "主办单位", "主办：", "承办单位", "网站标识码",
		// a portal's box of links to the paper's interpretations under its
		// text (相关解读：解读《…》), and the footer's line that names the
		// body that runs the site (主管主办：…, 主管单位：… | 技术支持：…)
		"相关解读", "主管主办", "主管单位",
		// the end of a copy site's preview, and the review credits under a news story
		"预览阅读已结束", "预览已结束", "试读已结束", "初审：", "复审：", "终审：",
		// a page's comments block: its heading or its form
		"网友评论", "发表评论", "我要评论", "网友留言", "我要留言", "评论区", "读者评论", "用户评论",
		// a story's link to the topic it belongs to (更多报道请看专题：…)
		"更多报道请", "更多精彩报道", "更多相关报道",
		// a news app's list of recommended stories under the story, with
		// its link to more on the same line (相关推荐 更多精彩内容), as
		// 相关新闻 and 相关阅读 head theirs
		"相关推荐"}
	// previewPagesRe matches a document library's page count glued before
	// the first line of its preview, under the file's name (4页政府工作报告),
	// a Han character after it.
	previewPagesRe = mustLitRe(`^[0-9]{1,4}\s*页\s*(\p{Han})`)
	// fileTitleRe matches a title printed as a file name.
	// vipTitleRe matches a headline with a library's price tag after it:
	// 某某工作总结VIP免费, 某某工作计划 VIP专享.
	vipTitleRe  = mustLitRe(`^(\S.{3,80}?)\s*(?:VIP|vip|Vip)\s*(?:免费|专享|专属)?$`)
	fileTitleRe = mustLitRe(`^(.{2,100}?)\.(?i:docx?|pdf|wps|pptx?|txt|html?|rtf)\s*(?:VIP|（\d+页珍藏版）|\(\d+页珍藏版\))?$`)
	siteSuffix  = mustLitRe(`\s*(?:[-_—|｜]\s*(?:道客巴巴|豆丁网|百度文库|原创力文档|金锄头文库|汇文网|人人文库|淘豆网|360文库|文库|第一范文网|免费下载)|VIP|` +
		// a page's title ends with its columns and its site's name:
		// …_滚动新闻_中国政府网, …｜某某省人民政府门户网站, … - 某县要闻 -
		// 某市某县人民政府网站 (a hyphen only with a space on each side:
		// 2021-2025 stays whole)
		`(?:(?:\s*[_|｜]\s*|\s+[-–]\s+)[\p{Han}A-Za-z0-9]{1,16})*(?:\s*[_|｜]\s*|\s+[-–]\s+)[\p{Han}A-Za-z0-9.]{1,20}?(?:网|网站|门户网站|官网))$`)
	maxChrome = 200
	// siteAddressRe matches a site's address that opens a line.
	siteAddressRe = mustLitRe(`^(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\S*\s+`)
)

// chromeByFirst and weakByFirst index chromeWords and weakChromeWords by
// their first character, so a line is scanned once whatever the number of
// words.
var chromeByFirst, weakByFirst = wordIndex(chromeWords), wordIndex(weakChromeWords)

func wordIndex(words []string) map[rune][]string {
	idx := map[rune][]string{}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		idx[r] = append(idx[r], w)
	}
	return idx
}

// hasChromeWord reports whether l contains one of chromeWords, or one of
// weakChromeWords when l holds no sentence end.
func hasChromeWord(l string) bool {
	return chromeWordIn(l, true)
}

// chromeWordIn is hasChromeWord, with weakChromeWords only when weak.
func chromeWordIn(l string, weak bool) bool {
	weak = weak && !strings.ContainsAny(l, "。；！？")
	for i, r := range l {
		for _, w := range chromeByFirst[r] {
			if strings.HasPrefix(l[i:], w) {
				return true
			}
		}
		if weak {
			for _, w := range weakByFirst[r] {
				if strings.HasPrefix(l[i:], w) {
					return true
				}
			}
		}
	}
	return false
}

// tocEntryRe matches an entry of a table of contents: a heading, dot
// leaders and a page number (一、2030年工作回顾……………1).
var tocEntryRe = mustLitRe(`^\S.{0,60}?(?:[.．·…・]\s*){3,}\s*[0-9]{1,3}$`)

// tocPageRe matches what an entry of a table of contents ends with after
// its heading: dot leaders, or a space, then a page number.
var tocPageRe = mustLitRe(`(?:(?:[.．·…・]\s*){3,}|\s+)[0-9]{1,3}$`)

// dropFieldBlocks removes a collector's fields that Read did not cut as a
// header because something stood above them (a page's menu and headline
// that a converter kept): among the first 60 lines, a run of two lines or
// more, blank lines between, each a field with a Chinese key of a
// collector's (发文单位：…, 发文时间：…, 来源URL：…, 正文：), two keys
// different at least. A title field among them stays, for the rules that
// read a page's title field (its value is the headline). Further down, a
// run of three keys or more is the header of another copy or record that
// the collector put in the same file: all of it goes, its title too.
func dropFieldBlocks(lines []string) []string {
	key := func(l string) string {
		m := collectorKeyRe.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil || !IsHan(firstRune(m[1])) {
			return "" // no field, or a web reader's English key
		}
		return m[1]
	}
	for i, seen := 0, 0; i < len(lines); i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		if key(lines[i]) == "" {
			continue
		}
		run, keys := []int{i}, map[string]bool{key(lines[i]): true}
		j := i + 1
		for ; j < len(lines); j++ {
			if lines[j] == "" {
				continue
			}
			k := key(lines[j])
			if k == "" {
				break
			}
			run, keys[k] = append(run, j), true
		}
		head := seen <= 60
		if head && len(keys) >= 2 || len(keys) >= 3 {
			for _, r := range run {
				if k := key(lines[r]); !head || k != "标题" && k != "题目" && k != "文件标题" {
					lines[r] = ""
				}
			}
		}
		i = j - 1
	}
	return lines
}

// dropSeriesLinks removes the links of an online library's page to the
// works before and after it in their series (the reports of other years),
// which a wiki-like page prints around the work's own title (seriesLinks).
func dropSeriesLinks(lines []string) []string {
	at, title, next := seriesLinks(lines)
	if at < 0 {
		return lines
	}
	lines[at] = title + hardEnd
	if next >= 0 {
		lines[next] = ""
	}
	return lines
}

// seriesLinks finds the links of a page to the works before and after it
// in their series: among the first eight lines, a line of two titles of
// the same kind of paper, the earlier year first (2030年某市政府工作报告
// 2031年某市人民政府工作报告), is the previous work's link beside the page's
// title; a line below it that is only a title of that kind of a later year
// still (2032年某市政府工作报告) is the next work's link. It returns the
// index of the line of two titles (-1 if none), the page's title on it, and
// the index of the next work's link (-1 if none).
func seriesLinks(lines []string) (at int, title string, next int) {
	for i, seen := 0, 0; i < len(lines) && seen < 8; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		seen++
		f := strings.Fields(strings.TrimSuffix(lines[i], hardEnd))
		if len(f) != 2 || !paperEndRe.MatchString(f[0]) || !paperEndRe.MatchString(f[1]) {
			continue
		}
		kind, prev, cur := kindOf(f[1], ""), titleYear(f[0]), titleYear(f[1])
		if kind == "" || kindOf(f[0], "") != kind || prev == 0 || cur <= prev || strings.ContainsAny(lines[i], "。；，") {
			continue
		}
		next = -1
		for j, k := i+1, 0; j < len(lines) && k < 3; j++ {
			l := strings.TrimSpace(lines[j])
			if l == "" {
				continue
			}
			k++
			if !strings.Contains(l, " ") && paperEndRe.MatchString(l) && kindOf(l, "") == kind && titleYear(l) > cur {
				next = j
				break
			}
		}
		return i, f[1], next
	}
	return -1, "", -1
}

// dropTeaser removes a copy site's teaser: among the first twelve lines, a
// line of twenty characters at least that is the start of the text below
// it run together (its lines joined, their spaces gone) up to a cut, where
// it ends with 。, … or ... although the text goes on. A teaser cut without
// such a mark (…在某县第十届人民代表大会第二次会议上 某) goes too when it runs
// three lines at least together: a line repeated alone is no teaser, unless
// it is a sentence's start (sentenceStart) that the paragraph below goes
// on with (…全力推进我县教育事业的协 / …全力推进我县教育事业的协调发展。).
// A line right above a photo's caption is no teaser either: a news story's
// sentence that the caption under it repeats with its credit (…会议开幕。 /
// …会议开幕（记者 某某 摄）), which stays while the caption goes.
// The text stays whole.
func dropTeaser(lines []string) []string {
	compact := func(l string) string {
		return strings.Join(strings.Fields(strings.ReplaceAll(l, hardEnd, "")), "")
	}
	for i, seen := 0, 0; i < len(lines) && seen < 12; i++ {
		if lines[i] == "" || strings.HasPrefix(lines[i], "\x00") {
			continue
		}
		seen++
		t := compact(lines[i])
		if utf8.RuneCountInString(t) < 20 {
			continue
		}
		cut := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, "..."), "…"), "。…")
		marked := cut != t || strings.HasSuffix(t, "。")
		cut = strings.TrimRight(cut, "。")
		var b strings.Builder
		k := 0
		caption := false // the line below is a photo's caption
		for j := i + 1; j < len(lines) && k < 40 && b.Len() <= len(cut); j++ {
			if lines[j] != "" {
				if k == 0 {
					caption = isCaption(lines[j], utf8.RuneCountInString(lines[j]))
				}
				b.WriteString(compact(lines[j]))
				k++
			}
		}
		if !marked && k < 3 && !sentenceStart(cut) || caption {
			// a photo's caption under the story's sentence repeats it
			// with the credit: the caption goes, the sentence stays
			continue
		}
		// The teaser may write a template's mask in other letters than
		// the text (xx书记 over XX书记): letters compare in either case.
		if rest, cut := strings.ToLower(b.String()), strings.ToLower(cut); len(rest) > len(cut) && strings.HasPrefix(rest, cut) && rest[len(cut):] != "。" {
			lines[i] = ""
			break
		}
	}
	return lines
}

// sentenceStart reports whether a teaser's words cut, unmarked, are a
// sentence's start (forty characters and more, a comma among them), which
// no title is: a teaser of the one paragraph below it, which it starts.
func sentenceStart(cut string) bool {
	return utf8.RuneCountInString(cut) >= 40 && strings.ContainsAny(cut, "，,")
}

// infoboxHeadRe matches the heading of an encyclopedia page's infobox.
var infoboxHeadRe = mustLitRe(`^(?:基本介[绍紹]|基本信息|基本資訊|基本资[料讯]|基本資料)$`)

// infoboxFieldRe matches a field of an infobox: a dash or bullet, a short
// key and a colon (- 中文名：…, • 汇报单位：…), or a short key and value
// run together where the page lost the colon (• 印发机关某市教育局).
var infoboxFieldRe = mustLitRe(`^[-•·●]\s*\p{Han}{1,8}\s*[：:]|^[-•·●]\s*\p{Han}{4,24}$`)

// dropInfobox removes an encyclopedia page's infobox: its heading
// (基本介绍, 基本信息) and the two fields at least under it, each a short key
// after a dash (- 中文名：…, - 汇报单位：…), whose values repeat the page's
// title and the text's start, cut off. The heading alone, without such
// fields under it, stays. So does the list of the page's sections under
// the fields, unless the page names its first section again right under it
// (dropSectionList).
//
// A copy of such a page that lost the heading and the dashes keeps the
// fields bare, one to a line, the entry's name first (中文名：2032年某县政府
// 工作报告 / 报告时间：… / 报告人：…): three such fields in a row, the
// first of them 中文名, go as well (dropBareInfobox).
func dropInfobox(lines []string) []string {
	for i := range lines {
		if strings.HasPrefix(strings.TrimSpace(lines[i]), "中文名") {
			dropBareInfobox(lines, i)
			continue
		}
		if !infoboxHeadRe.MatchString(strings.TrimSpace(lines[i])) {
			continue
		}
		var run []int
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			if !infoboxFieldRe.MatchString(strings.TrimSpace(lines[j])) {
				break
			}
			run = append(run, j)
		}
		if len(run) >= 2 {
			lines[i] = ""
			for _, r := range run {
				lines[r] = ""
			}
			dropSectionList(lines, run[len(run)-1]+1)
		}
	}
	return lines
}

// bareFieldRe matches a field of an infobox that lost its dash: a short
// key, a colon and a short value that is no sentence (报告时间：2032年1月5日).
var bareFieldRe = mustLitRe(`^\p{Han}{2,6}\s*[：:]\s*[^。；;！？!?]{1,60}$`)

// dropBareInfobox removes the bare fields of an infobox from line i on,
// when line i is its 中文名 field and two fields at least follow it.
func dropBareInfobox(lines []string, i int) {
	if !bareFieldRe.MatchString(strings.TrimSpace(lines[i])) {
		return
	}
	run := []int{i}
	for j := i + 1; j < len(lines) && len(run) < 12; j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" {
			continue
		}
		if !bareFieldRe.MatchString(l) {
			break
		}
		run = append(run, j)
	}
	if len(run) < 3 {
		return
	}
	for _, r := range run {
		lines[r] = ""
	}
}

// sectionListRe matches an encyclopedia page's list of its sections, each
// name followed by a comma, as the page prints it flat under the infobox
// (简介，2031年工作回顾，2032年工作安排，); group 1 is the first name.
var sectionListRe = mustLitRe(`^([^\s，,。；：:]{1,16})[，,](?:[^\s，,。；：:]{1,16}[，,])+$`)

// dropSectionList removes, from line from on, an encyclopedia page's list
// of its sections and the name of the first section, which the page prints
// again as a heading of its own (简介) right under the list; so go the
// names of the other sections that head the page's own above the report
// (报告全文 over the report's title block).
func dropSectionList(lines []string, from int) {
	for i := from; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		m := sectionListRe.FindStringSubmatch(l)
		if m == nil {
			return
		}
		for j := i + 1; j < len(lines); j++ {
			if t := strings.TrimSpace(lines[j]); t == m[1] {
				dropListedNames(lines[j+1:], l)
				lines[i], lines[j] = "", ""
				return
			} else if t != "" {
				return
			}
		}
		return
	}
}

// dropListedNames blanks the lines of lines above the report's greeting
// that are one of the names the section list list gives, each alone on
// its line: the page's sections around the report (报告全文), while the
// names under the greeting are the report's own headings.
func dropListedNames(lines []string, list string) {
	names := strings.FieldsFunc(list, func(r rune) bool { return r == '，' || r == ',' })
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if greetRe.MatchString(t) {
			return
		}
		if slices.Contains(names, t) {
			lines[i] = ""
		}
	}
}

// dropContents removes a table of contents (a Word file's, kept by a
// conversion to text or PDF; a Markdown file's list of links to its
// headings): the entries, which would stand as headings without text
// before the report's own, and the 目录 line above them. Two entries in a
// row at least make a table: entries with dot leaders and page numbers
// anywhere, or, under a 目录 line, entries (a page number optional) that
// each come again further down as the start of a line, the heading the
// entry points to.
func dropContents(lines []string) []string {
	drop := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		if !tocEntryRe.MatchString(lines[i]) {
			i++
			continue
		}
		j, n := i, 0
		for ; j < len(lines) && (lines[j] == "" || tocEntryRe.MatchString(lines[j])); j++ {
			if lines[j] != "" {
				n++
			}
		}
		if n >= 2 {
			for k := i; k < j; k++ {
				drop[k] = lines[k] != ""
			}
			k := i - 1
			for k >= 0 && lines[k] == "" {
				k--
			}
			if k >= 0 && isContentsHead(lines[k]) {
				drop[k] = true
			}
		}
		i = j
	}
	dropPagedContents(lines, drop)
	var compact []string // the lines without spaces, made when a 目录 line is seen
	for i, l := range lines {
		if drop[i] || !isContentsHead(l) {
			continue
		}
		if compact == nil {
			compact = make([]string, len(lines))
			for k, c := range lines {
				compact[k] = strings.Join(strings.Fields(normLine(c)), "")
			}
		}
		last, n := i, 0
		entry := func(j int) string {
			e := strings.Join(strings.Fields(tocPageRe.ReplaceAllString(normLine(lines[j]), "")), "")
			if utf8.RuneCountInString(e) > 60 || strings.ContainsAny(strings.TrimRight(e, "。"), "。；！？") {
				return ""
			}
			return e
		}
		for j := i + 1; j < len(lines) && j-i <= 80; j++ {
			if compact[j] == "" {
				continue
			}
			if e := entry(j); e == "" || !startsLineAfter(compact, j+1, e) {
				break
			}
			last, n = j, n+1
		}
		if end, m := contentsToRestart(lines, compact, i, entry, n == 0); end > last {
			last, n = end, m
		}
		if n >= 2 {
			for k := i; k <= last; k++ {
				drop[k] = lines[k] != ""
			}
		}
	}
	dropOutline(lines, drop)
	dropNumberedContents(lines, drop)
	dropBareContents(lines, drop, compact)
	return without(lines, drop)
}

// pagedEntryRe matches an entry of a table of contents that ends with its
// page number glued to its heading (一、部门职责4) or after the field code
// a Word export leaves (一、主要职责 PAGEREF _Toc1234 h 3); group 1 is the
// heading, group 2 the page.
var pagedEntryRe = mustLitRe(`^(\S.{1,60}?\D)\s*(?:PAGEREF\s+_Toc\d+\s+\\?h\s+)?([0-9]{1,3})$`)

// dropPagedContents marks in drop a table of contents whose entries carry
// their pages with no dot leaders: four entries at least in a row, each a
// numbered heading with no sentence that ends with its page, glued to it
// or after a Word field code, the pages never falling, one at least
// numbered in words (第一部分, 一、: a list numbered 1. 2. only is a
// collection's, whose entries name its papers and their years); and the
// 目录 line above them. Unmarked, the entries read as headings with the page kept.
func dropPagedContents(lines []string, drop []bool) {
	var run []int
	page, worded := 0, false
	flush := func() {
		if len(run) >= 4 && worded {
			for _, k := range run {
				drop[k] = true
			}
			k := run[0] - 1
			for k >= 0 && strings.TrimSpace(lines[k]) == "" {
				k--
			}
			if k >= 0 && isContentsHead(lines[k]) {
				drop[k] = true
			}
		}
		run, page, worded = nil, 0, false
	}
	for i, l := range lines {
		l = strings.TrimSpace(normLine(l))
		if l == "" || drop[i] {
			continue
		}
		var m []string
		if c := l[len(l)-1]; c >= '0' && c <= '9' {
			// the entry's page ends it; no other line is worth the pattern
			m = pagedEntryRe.FindStringSubmatch(l)
		}
		if m == nil || headingMarker(m[1]) == nil || strings.ContainsAny(m[1], "。；！？%％") || atoi(m[2]) < page {
			flush()
			if m == nil || headingMarker(m[1]) == nil || strings.ContainsAny(m[1], "。；！？%％") {
				continue
			}
		}
		hm := headingMarker(m[1])
		worded = worded || hm.style != "1." && hm.style != "1、"
		run, page = append(run, i), atoi(m[2])
	}
	flush()
}

// contentsToRestart reads the table of contents under the 目录 line at i
// down to where the text starts over: a line numbered as the table's
// first entry is (第一部分 again, 一、 again), one that starts the first
// entry's words (第一部分 / 部门概况 broken over two lines) or one that
// repeats an entry. Its entries are numbered headings with no sentence;
// between them may stand short unnumbered lines (an entry wrapped onto a
// second line, 附件…, a table's 1-1.… number), so long as the text does
// start over below them: the entries of a disclosure's tables, printed
// below the text or not at all, need not come again one by one. When
// cutOff is set a table that runs to the text's end (a text cut off inside
// it) counts too, if it holds numbered entries only, and so does one of
// numbered entries only that ends at the report's greeting. It returns the
// table's last line and its count of entries, or -1 and 0 for no table of
// three entries at least.
func contentsToRestart(lines, compact []string, i int, entry func(int) string, cutOff bool) (int, int) {
	var seen []string
	var first *marker
	end, loose, restart, greeted := i, 0, false, false
	for j := i + 1; j < len(lines); j++ {
		if compact[j] == "" {
			continue
		}
		if len(seen) > 0 && loose == 0 && greetRe.MatchString(strings.TrimSpace(normLine(lines[j]))) {
			// The report's greeting (各位代表：) under numbered entries:
			// the text starts there, a table of contents never holds
			// it. A text cut off before its parts come again keeps
			// their entries above its greeting all the same.
			greeted = true
			break
		}
		e := entry(j)
		if e == "" || strings.Contains(e, "。") {
			return -1, 0
		}
		hm := headingMarker(normLine(lines[j]))
		again := len(seen) > 0 && (utf8.RuneCountInString(e) >= 2 && strings.HasPrefix(seen[0], e) ||
			first != nil && hm != nil && hm.style == first.style && hm.n == first.n)
		for _, x := range seen {
			again = again || x == e
		}
		if again {
			restart = true
			break
		}
		if hm == nil {
			if len(seen) == 0 || utf8.RuneCountInString(e) > 40 {
				return -1, 0
			}
			loose++
		} else if first == nil {
			first = hm
		}
		seen, end = append(seen, e), j
	}
	if len(seen) < 3 || !restart && !greeted && (!cutOff || loose > 0) {
		return -1, 0
	}
	return end, len(seen)
}

// numberedEntryRe matches an entry of a collection's table of contents:
// the piece's number, its title, a space and its page (1.2031年某县政府工作
// 报告要点之一：工作回顾 2); groups 1 and 2 are the number and the page.
// The dot after the number may be lost, the title glued to it (10某企业
// 2031年安全生产工作总结 71).
var numberedEntryRe = mustLitRe(`^([0-9]{1,3})(?:\s*[.．、]\s*\S|\p{Han}).{1,80}?\s+([0-9]{1,4})$`)

// dropNumberedContents marks in drop a collection's table of contents
// under a 目录 line whose entries the pieces below do not repeat word for
// word (they print their titles without the entry's number, or the text
// is cut off before them): two entries at least, numbered 1, 2, 3… with
// their pages rising, each on a line of its own. Unmarked, the entries
// read as wrapped lines and run into the first piece. lines is joined with
// line breaks after: a piece's title that an entry names gets a blank line
// after it (a line break at its end), so that it is not joined with its
// text either.
func dropNumberedContents(lines []string, drop []bool) {
	for i, l := range lines {
		// (目 first: isContentsHead folds the line, which costs)
		if drop[i] || !strings.Contains(l, "目") || !isContentsHead(l) {
			continue
		}
		var entries []int
		page := -1
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			m := numberedEntryRe.FindStringSubmatch(strings.TrimSpace(normLine(lines[j])))
			if m == nil || atoi(m[1]) != len(entries)+1 || atoi(m[2]) <= page {
				break
			}
			entries, page = append(entries, j), atoi(m[2])
		}
		if len(entries) < 2 {
			continue
		}
		drop[i] = true
		titles := map[string]bool{} // the entries' titles, spaces out
		for _, j := range entries {
			drop[j] = true
			m := numberedEntryRe.FindStringSubmatch(strings.TrimSpace(normLine(lines[j])))
			t := strings.TrimSpace(strings.TrimSuffix(m[0], m[2]))
			t = strings.TrimLeft(strings.TrimPrefix(t, m[1]), " .．、")
			titles[strings.Join(strings.Fields(t), "")] = true
		}
		// A piece's title below, on a line of its own, ends there: a blank
		// line after it keeps it from being read as wrapped into its text.
		for k := entries[len(entries)-1] + 1; k+1 < len(lines); k++ {
			if titles[strings.Join(strings.Fields(normLine(lines[k])), "")] && strings.TrimSpace(lines[k+1]) != "" {
				lines[k] += "\n"
			}
		}
	}
}

// dropOutline marks in drop a copy site's outline of the paper above its
// title: a line 提纲 (or 提纲：, 目录/提纲：……) among the first lines, then
// short lines without a sentence (the headings, cut where the preview
// ends, and the ellipsis that marks the cut) down to a title that names a
// paper (某局2031年工作计划).
func dropOutline(lines []string, drop []bool) {
	dropBareOutline(lines, drop)
	for i, seen := 0, 0; i < len(lines) && seen < 8; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		if k := strings.Join(strings.Fields(normLine(lines[i])), ""); strings.TrimRight(k, "：:") != "提纲" && !copyOutlineLabelRe.MatchString(k) {
			continue
		}
		for j := i + 1; j < len(lines) && j-i <= 40; j++ {
			l := normLine(lines[j])
			if l == "" {
				continue
			}
			if utf8.RuneCountInString(l) > 60 || strings.ContainsAny(l, "。；！？") {
				return
			}
			if headingMarker(l) == nil && isTitleLine(l) && kindOf(l, "") != "" {
				for k := i; k < j; k++ {
					drop[k] = lines[k] != ""
				}
				return
			}
		}
		return
	}
}

// dropBareOutline marks in drop a copy's outline of the paper with no
// label over it: the text opens with five short numbered lines or more,
// none a sentence (一、2031年工作开展情况, （一）…, 1.…), right above a title
// line that names a summary, a plan, a paper's main points, a government
// work report or a speech (a document library prints a report's parts and tasks above
// its headline), with the text under it. The outline's lines go; the title
// and the text stay.
func dropBareOutline(lines []string, drop []bool) {
	var outline []int
	for i := 0; i < len(lines) && len(outline) <= 60; i++ {
		l := normLine(lines[i])
		if l == "" || drop[i] {
			continue
		}
		// An entry is a heading as the paper prints it, and an item's
		// heading runs long (1.某市人民医院与某大学附属医院建立心内科
		// 名医工作室): up to 60 characters, as under a 提纲 label.
		if utf8.RuneCountInString(l) <= 60 && !strings.ContainsAny(l, "。；！？") && headingMarker(l) != nil {
			outline = append(outline, i)
			continue
		}
		if len(outline) < 5 || !isTitleLine(l) || headingMarker(l) != nil || nonBlank(lines[i+1:]) == 0 {
			return
		}
		switch kindOf(l, "") {
		case "总结", "半年总结", "计划", "要点", "政府工作报告":
			for _, k := range outline {
				drop[k] = true
			}
		default:
			if speechTitleRe.MatchString(l) {
				// a speech's headline (在某县2031年教育工作会议上的讲话):
				// the libraries print its outline the same way
				for _, k := range outline {
					drop[k] = true
				}
			}
		}
		return
	}
}

// dropBareContents marks in drop a table of contents that has no 目录 line
// (a collector's list of the headings above the text): at the top of the
// text, above its first paragraph (a line of more than 100 characters), its
// greeting and its 81st line, headings in a row, each short and without a
// sentence inside, a page number optional, every one of which starts a line
// again further down, in the same order and with text between them (a
// second copy of the same lines holds them in a row). Three entries at
// least, or two numbered 一、 and 二、 in the same style, or two unnumbered
// that name a year's review and plan. Unnumbered entries (2023年工作回顾)
// must come again as whole lines, and one entry at least must be numbered
// or name a year's review or plan, so that the title block of the first of
// several copies of a report is not taken for a table. compact is the lines
// without spaces, or nil when not made yet.
func dropBareContents(lines []string, drop []bool, compact []string) {
	for i, seen := 0, 0; i < len(lines) && seen < 80; i++ {
		l := normLine(lines[i])
		if l == "" || drop[i] {
			continue
		}
		seen++
		if utf8.RuneCountInString(l) > 100 || greetRe.MatchString(l) {
			return
		}
		if e, _ := tocEntry(l); e == "" {
			continue
		}
		type entry struct {
			at       int
			text     string
			numbered *marker
		}
		var entries []entry
		j, part := i, false
		for ; j < len(lines); j++ {
			c := normLine(lines[j])
			if c == "" {
				continue
			}
			e, hm := tocEntry(c)
			if e == "" {
				break
			}
			entries = append(entries, entry{j, e, hm})
			part = part || hm != nil || namesYearPart(e)
		}
		two := false
		if len(entries) == 2 {
			a, b := entries[0], entries[1]
			two = a.numbered != nil && b.numbered != nil && a.numbered.style == b.numbered.style && a.numbered.n == 1 && b.numbered.n == 2 ||
				a.numbered == nil && b.numbered == nil && namesYearPart(a.text) && namesYearPart(b.text)
		}
		if part && (len(entries) >= 3 || two) {
			if compact == nil {
				compact = make([]string, len(lines))
				for k, c := range lines {
					compact[k] = strings.Join(strings.Fields(normLine(c)), "")
				}
			}
			// Where the entries come again, text stands between them (not
			// so in a second copy of the same lines).
			at, all, apart, prev := j, true, false, -1
			for _, e := range entries {
				for at < len(lines) && !(strings.HasPrefix(compact[at], e.text) && (e.numbered != nil || compact[at] == e.text)) {
					at++
				}
				if at == len(lines) {
					all = false
					break
				}
				if prev >= 0 && !apart {
					for k := prev + 1; k < at; k++ {
						if compact[k] != "" {
							apart = true
							break
						}
					}
				}
				prev = at
				at++
			}
			if all && apart {
				for _, e := range entries {
					drop[e.at] = true
				}
				return
			}
		}
		i = j - 1
	}
}

// namesYearPart reports whether heading e names a year's review or plan
// (2023年工作回顾, 2024年主要工作).
func namesYearPart(e string) bool {
	return reviewRe.MatchString(e) || planRe.MatchString(e) || reviewLineRe.MatchString(e) || planLineRe.MatchString(e)
}

// tocEntry returns l as a table of contents without its 目录 line would
// hold it, its page number and spaces taken out, and its numbering marker
// (nil for an unnumbered heading): a heading of at most 60 characters with
// no sentence inside, not a line of a title block; "" when l is not one.
func tocEntry(l string) (string, *marker) {
	e := strings.Join(strings.Fields(tocPageRe.ReplaceAllString(l, "")), "")
	if e == "" || utf8.RuneCountInString(e) > 60 || strings.ContainsAny(strings.TrimRight(e, "。"), "。；！？") {
		return "", nil
	}
	if hm := headingMarker(e); hm != nil {
		return e, hm
	}
	if !isTitleLine(e) || strings.ContainsAny(e, "，,") || strings.Contains(e, "报告") || strings.HasPrefix(e, "——") {
		return "", nil
	}
	return e, nil
}

// cutRunOnContents returns lines without a table of contents that a
// library's preview ran together with the text on one line among the first
// ones: 目录, maybe the title and its page, then three entries or more
// numbered 一、二、三、… in order, each after the page number of the one
// before, the last one's page number glued to the text (…七、某某保障持续
// 优化152031年，…). The text after it stays; the entries are the text's own
// headings, which follow.
func cutRunOnContents(lines []string) []string {
	seen := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		if seen++; seen > 8 {
			break
		}
		if !strings.HasPrefix(l, "目录") && !strings.HasPrefix(l, "目次") {
			continue
		}
		if rest, ok := runOnContentsRest(l); ok {
			lines[i] = rest
		}
		break
	}
	return lines
}

// runOnContentsRest returns the text after a run-on table of contents that
// l opens with (cutRunOnContents), and whether there was one.
func runOnContentsRest(l string) (string, bool) {
	at, page, n := 0, 0, 0
	for k := 1; k <= 10; k++ {
		mark := Numeral(k) + "、"
		j := strings.Index(l[at:], mark)
		if j < 0 {
			break
		}
		j += at
		digits := trailingDigits(l[:j])
		if digits == "" || j-len(digits) <= at && k > 1 {
			break // an entry ends with its page number
		}
		p := atoi(digits)
		if k > 1 && p < page {
			break
		}
		page, at, n = p, j+len(mark), k
	}
	if n < 3 {
		return "", false
	}
	// The last entry: a short heading, then its page number run into the
	// text, read as the fewest digits that keep the pages in order and
	// leave the text opening with a year or a character.
	rs := []rune(l[at:])
	for e := 2; e <= 30 && e < len(rs); e++ {
		if !unicode.IsDigit(rs[e]) {
			continue
		}
		if strings.ContainsRune("。，；！？", rs[e-1]) {
			return "", false
		}
		for d := e + 1; d <= e+3 && d < len(rs); d++ {
			if !unicode.IsDigit(rs[d-1]) {
				break
			}
			rest := string(rs[d:])
			if atoi(string(rs[e:d])) >= page && (leadYearRe.MatchString(rest) || startsHan(rest)) {
				return rest, true
			}
		}
		return "", false
	}
	return "", false
}

// trailingDigits returns the ASCII digits s ends with.
func trailingDigits(s string) string {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	return s[i:]
}

// isContentsHead reports whether l is the 目录 (目次) line above a table of
// contents.
func isContentsHead(l string) bool {
	switch strings.TrimRight(strings.Join(strings.Fields(normLine(l)), ""), "：:") {
	case "目录", "目次":
		return true
	}
	return false
}

// startsLineAfter reports whether one of compact[from:] starts with e.
func startsLineAfter(compact []string, from int, e string) bool {
	for _, c := range compact[from:] {
		if strings.HasPrefix(c, e) {
			return true
		}
	}
	return false
}

// stripChrome does step 2. It returns the remaining lines (blank lines kept
// as "") and the title line's text if the site printed one as a file name.
func stripChrome(lines []string) ([]string, string) {
	title := ""
	// The title printed as a file name, among the first lines.
	for i, seen := 0, 0; i < len(lines) && seen < 15; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		// (an address ending in .htm is a link, not a file's name)
		if m := vipTitleRe.FindStringSubmatch(lines[i]); m != nil && titleEndRe.MatchString(m[1]) {
			// a headline with the library's price tag glued to it
			title = strings.TrimSpace(m[1])
			lines[i] = "\x00" + title
			break
		}
		if m := fileTitleRe.FindStringSubmatch(lines[i]); m != nil && !strings.Contains(m[1], "《") && !strings.Contains(m[1], "://") {
			title = strings.TrimSpace(siteSuffix.ReplaceAllString(m[1], ""))
			lines[i] = "\x00" + title // protected from the chrome rules below
			for j := i + 1; j < len(lines) && j <= i+3; j++ {
				if lines[j] == "" {
					continue
				}
				if loc := previewPagesRe.FindStringSubmatchIndex(lines[j]); loc != nil {
					// the preview's page count glued before the
					// document's first line (4页政府工作报告…)
					lines[j] = lines[j][loc[2]:]
				}
				break
			}
			break
		}
	}
	lines = dropSeriesLinks(lines)
	lines = dropContents(lines)
	lines = dropFieldBlocks(lines)
	lines = dropInfobox(lines)
	lines = dropTeaser(lines)
	lines = dropBarMenus(lines)
	lines = dropBulletMenus(lines)
	lines = dropPageTitleLine(lines)
	lines = dropStoryList(lines)
	lines = dropContactBox(lines)
	lines = cutPlatformTrailer(lines)
	lines = dropSiteNotice(lines)
	// A footer block: from a tail line on, only short lines (at most 80
	// of them, so a hard-wrapped body is not scanned whole). A tail line
	// with no sentence above it and sentences under it is the bar at the
	// top of the page (【打印】 【字体】 above the headline of a short
	// text), not its footer.
	cut := len(lines)
	firstEnd, lastEnd := -2, -1 // the first and last lines that end a sentence, found at the first tail line
	for i, seen := len(lines)-1, 0; i >= 0 && seen < 80; i-- {
		l := lines[i]
		if l == "" {
			continue
		}
		seen++
		if utf8.RuneCountInString(l) > 80 && !barLinkRow(l) {
			break
		}
		// the print and close buttons, and a news app's prompt with its
		// slogan (a bare 下载客户端 is a top bar's link), end a page only
		// under a sentence of its own: at its top they are a bar
		if isTailLine(l) && !wrappedSentenceEnd(lines, i) {
			if firstEnd == -2 {
				firstEnd, lastEnd = sentenceEnds(lines)
			}
			if firstEnd < i || lastEnd <= i {
				cut = i
			}
		} else if (printCloseRe.MatchString(l) || appPromoRe.MatchString(l) && strings.ContainsAny(l, "，,")) && sentenceAbove(lines[:i]) {
			cut = i
		}
	}
	if cut < len(lines) {
		cut = cutFooterButtons(lines, cutTaggedHeadlines(lines, cut))
	}
	lines = lines[:cut]
	out := lines[:0]
	dropped := false         // the last non-blank line was chrome
	value := false           // the last non-blank line was a label without its value
	dateLabel := false       // …and that label was a date's
	panel := false           // the lines since a forum's panel on the author began were all the panel's
	seen := 0                // non-blank lines so far
	var menu map[string]bool // a menu's columns dropped above the breadcrumb
	crumbLast := ""          // the last crumb of the breadcrumb dropped at the page's top
	homeCrumb := false       // that breadcrumb stopped at the site's home (当前位置：网站首页)
	tagsLeft := 0            // keyword lines still to drop, set one a line under the page's chrome
	lastDrop := ""           // the last line dropped
	countTags := false       // the lines dropped since a count of the page's readers were all it and its tag words
	linked := false          // the lines dropped since a list of linked stories' label (关联稿件：) were all its items
	prose := false           // a line kept so far ended a sentence
	ownerAt := -1            // the page's owner's name alone over its chrome, at the top
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "\x00"):
			l = l[1:]
		case l == "":
			out = append(out, l)
			continue
		case dropped && pageMarkerRe.MatchString(l):
			// a page's marker between two lines of chrome (an editor's
			// credit cut over two lines, the page broken between them:
			// （责任编辑：某某 / — 5 — / ）) stays for the page-marker
			// step, and the line after it is still next to chrome
			out = append(out, l)
			continue
		default:
			if c := stripControls(l); c != l {
				l = c
			}
			l = cutBrandStamp(l)
			// the value a bare label (索引号：) left on the next line
			// (a date's label, 发布日期：, takes a value with a figure in it:
			// the headline an e-paper prints under its empty date field is none,
			// nor a paper's title under the table's last label, 有效性：)
			// (a list of stamps bullets its values as it does its labels)
			v := strings.TrimLeft(l, "•·● ")
			labelValue := value && utf8.RuneCountInString(v) <= 30 && !strings.ContainsAny(l, "。；，") && headingMarker(v) == nil &&
				(!dateLabel || strings.ContainsAny(l, "0123456789")) && !(utf8.RuneCountInString(l) >= 8 && titleEndRe.MatchString(l))
			value = bareLabelRe.MatchString(l) || forumLabelRe.MatchString(l) || isBracketedDisclosureLabel(l)
			dateLabel = value && (strings.Contains(l, "日期") || strings.Contains(l, "时间"))
			seen++
			if seen <= 8 {
				l = cutDocLabel(cutSiteName(cutBareCrumbs(l)))
				if m := fileNumberRe.FindString(l); m != "" && utf8.RuneCountInString(l[len(m):]) >= 6 && startsHan(l[len(m):]) {
					l = l[len(m):] // a library's number for the file before its text
					if m := templateDateRe.FindStringSubmatchIndex(l); m != nil && utf8.RuneCountInString(l[m[1]:]) >= 6 && startsHan(strings.TrimLeft(l[m[1]:], "xX")) {
						l = l[m[1]:] // …and the file's name and the template's date
					}
				}
			}
			// the short lines of a forum's panel on the post's author, under
			// its first (TA的每日心情): the mood, counters and their numbers
			panelLine := panel && utf8.RuneCountInString(l) <= 24 && !strings.ContainsAny(l, "。，；、") && !namesDocument(l) && !isDateLine(l)
			if !panelLine {
				panel = strings.Contains(l, "TA的每日心情")
			}
			if l == "" || labelValue || panelLine || seen <= 8 && (isHeadMenu(l) || linkAboveDateLine(l, lines[i+1:]) || guideLabelAbove(l, lines[i+1:]) || hotlineRe.MatchString(l) || tickerRe.MatchString(l)) || seen <= 2 && readerCrumbRe.MatchString(l) || seen == 1 && isCloseMark(l) || headCountersRe.MatchString(l) && nonBlank(out) == 0 || isChromeLine(l) && (chromeLine(l, false) || !wrappedPiece(lines, i)) || isChromeClass(l) || prose && utf8.RuneCountInString(l) <= 12 && actCaptionRe.MatchString(l) || isSpeakerPhotoCaption(l, out, lines[i+1:]) || isCreditedCaption(l, lines[i+1:]) || dropped && seen <= 10 && (isKeywordTags(l, out) || menu[l] || l == crumbLast && headlineBelow(l, lines[i+1:]) || homeCrumb && nonBlank(out) == 0 && columnHeader(l, lines[i+1:])) || dropped && nonBlank(out) == 1 && isKeywordTags(l, out) || tagsLeft > 0 || countTags && tagWord(l) || dropped && nonBlank(out) == 0 && seen <= 12 && keywordLinesRun(lines[i:], &tagsLeft) || dropped && (isCloser(l) || crumbTailRe.MatchString(l) || bareCount(l) || seen <= 12 && stampCounter(l, lastDrop) || isButtonCount(l, lastDrop) || isCloseMark(l) || seen <= 8 && posterNameRe.MatchString(l)) || linked && datedLinkRe.MatchString(l) {
				if seen <= 8 && (isCrumbLine(l) || crumbLabelRe.MatchString(l) || youAreHereRe.MatchString(l) || bareCrumbsRe.MatchString(l)) {
					// The site's masthead above its breadcrumb at the
					// page's top (某某经济网 / 某某促进会 / 现在的位置：首页
					// >> 专题, 当前位置：首页 > 党建思政): the site's names,
					// not the text's. The column the page is in, named
					// again under the crumb as its header (党建工作), goes
					// with them.
					kept := dropMastheadNames(out, l)
					if len(kept) == 0 {
						for _, m := range out {
							if m != "" {
								if menu == nil {
									menu = map[string]bool{}
								}
								menu[strings.TrimSuffix(m, hardEnd)] = true
							}
						}
					}
					out = kept
					// A column the crumb passes through, printed again under
					// it as the page's header (首页 > 重大事项 > 决议决定 /
					// 重大事项), goes too: not the crumb's last, which may be
					// the page's own headline, unless a headline of another
					// wording follows it (首页 > 专题材料 > 政府报告 / 政府报告 /
					// 2031年某县政府工作报告: headlineBelow).
					crumbs := crumbSepRe.Split(l, -1)
					homeCrumb = len(crumbs) == 1 && crumbLabelRe.MatchString(l) && strings.HasSuffix(strings.TrimSpace(l), "首页")
					if len(crumbs) >= 3 {
						crumbLast = strings.TrimSpace(crumbs[len(crumbs)-1])
						for _, c := range crumbs[1 : len(crumbs)-1] {
							if c = strings.TrimSpace(c); c != "" && !namesDocument(c) {
								if menu == nil {
									menu = map[string]bool{}
								}
								menu[c] = true
							}
						}
					}
				}
				if !dropped && seen <= 8 && nonBlank(out) == 1 && portalOwnerName(out) {
					// A place's government or office named alone on the
					// page's first line, right over the page's chrome (某县
					// 人民政府 / 政府信息公开 / 索引号：…, 某县教育局 / 当前位置：
					// 首页 > …): the portal's masthead, its publisher, not the
					// paper's. The region reader reads it from the raw text.
					ownerAt = len(out) - 1
					for out[ownerAt] == "" {
						ownerAt--
					}
				}
				// The lines around chrome are not one sentence: a blank
				// line keeps them apart.
				if !dropped && len(out) > 0 && out[len(out)-1] != "" {
					out = append(out, "")
				}
				dropped = true
				lastDrop = l
				countTags = seen <= 12 && (readerCountRe.MatchString(strings.TrimSuffix(l, hardEnd)) || countTags)
				// A portal's list of linked stories under its label
				// (关联稿件： / 图解：《…》2031-01-20 / …): each item is a
				// story's title with its date glued on.
				linked = linkedLabelRe.MatchString(l) || linked && datedLinkRe.MatchString(l)
				if tagsLeft > 0 {
					tagsLeft--
				}
				continue
			}
		}
		if dropped && (strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "· ")) {
			// the page's list of fields (• 阅读： • 时间：… • 来源：…) went
			// and the text's first paragraph was the list's last item: its
			// bullet is the list's, not the report's
			if rest := strings.TrimSpace(l[len(strings.Fields(l)[0]):]); utf8.RuneCountInString(rest) >= 40 && strings.Contains(rest, "。") {
				l = rest
			}
		}
		dropped = false
		linked = false
		countTags = false
		prose = prose || strings.HasSuffix(l, "。")
		out = append(out, l)
	}
	if ownerAt >= 0 {
		out = dropOwnerOverTitle(out, ownerAt)
	}
	return dropEmptyAnnexLabel(dropSuffixedTitle(dropRelated(dropMenus(out)))), title
}

// dropOwnerOverTitle drops out[at], the page's owner named alone over the
// chrome that went, when the next line kept is a paper's title: the
// portal's masthead over the headline. Over anything else (a label the
// chrome left, a menu's word) the line stays, for the title reader to
// step over as it did.
//
// The title may be broken over two lines (关于某市2031年度预算执行和 /
// 其他财政收支的审计工作报告): the two read together.
func dropOwnerOverTitle(out []string, at int) []string {
	var kept []string
	for _, l := range out[at+1:] {
		if l = strings.TrimSpace(strings.TrimSuffix(l, hardEnd)); l != "" {
			if kept = append(kept, l); len(kept) == 2 {
				break
			}
		}
	}
	paperTitle := func(l string) bool {
		return isTitleLine(l) && titleCandidate(l) && (docTitleRe.MatchString(l) || titleEndRe.MatchString(l) || taskTableEndRe.MatchString(l))
	}
	if len(kept) > 0 && (paperTitle(kept[0]) || len(kept) == 2 && isTitleLine(kept[0]) && isTitleLine(kept[1]) && paperTitle(kept[0]+kept[1])) {
		return append(append([]string{}, out[:at]...), out[at+1:]...)
	}
	return out
}

// dropEmptyAnnexLabel drops the label of an annex or of a page's box of
// attachments (附件：, 相关附件：) when it is the text's last line, with
// nothing under it: a portal's hidden, empty box prints it below the
// sign-off.
func dropEmptyAnnexLabel(lines []string) []string {
	i := len(lines) - 1
	for i >= 0 && strings.TrimSpace(lines[i]) == "" {
		i--
	}
	if i >= 0 {
		if l := strings.TrimSpace(lines[i]); annexLabelRe.MatchString(strings.TrimPrefix(l, "相关")) {
			return lines[:i]
		}
	}
	return lines
}

// keywordLinesRun reports whether lines open with a copy site's keywords
// for the page set one a line under its chrome (2031 / 全县 / 教育工作 /
// 报告 / 全县2031年教育工作报告): three short lines or more, no sentence's
// marks in them, each a piece of the longer line right under them, the
// document's title (its characters in their order: a site may shorten a
// word, 教育局 for 教育体育局), or a figure (the year the site files it under, which
// the title may spell otherwise). No report opens with such a column of
// its title's words. *left is set to the number of lines in the run, this
// one among them: the caller drops them, counting down as it goes.
func keywordLinesRun(lines []string, left *int) bool {
	run := 0
	for _, l := range lines {
		l = strings.TrimSpace(strings.TrimPrefix(l, "\x00"))
		if l == "" {
			break
		}
		if n := utf8.RuneCountInString(l); n > 8 || strings.ContainsAny(l, "，。；：:！？,、") {
			break
		}
		run++
	}
	if run < 3 || run >= len(lines) {
		return false
	}
	title := strings.TrimSpace(lines[run])
	if utf8.RuneCountInString(title) < 8 || strings.ContainsAny(title, "。；") {
		return false
	}
	pieces := 0
	for _, l := range lines[:run] {
		l = strings.TrimSpace(strings.TrimPrefix(l, "\x00"))
		switch {
		case utf8.RuneCountInString(l) >= 2 && (strings.Contains(title, l) || inOrder([]rune(l), []rune(title))):
			// (a word the site shortened counts: 教育局 for 教育体育局)
			pieces++
		case strings.Trim(l, "0123456789") == "":
		default:
			return false
		}
	}
	if pieces < 2 {
		return false
	}
	*left = run
	return true
}

// columnSuffixRe matches the name of a portal's column of news (教育新闻,
// 工作动态, 政务要闻, 通知公告): a few characters and the word for what it
// lists.
var columnSuffixRe = mustLitRe(`^\p{Han}{0,4}(?:新闻|动态|要闻|资讯|快讯|公告|简讯|信息)$`)

// columnHeader reports whether l is the header of the column a news page is
// filed under, printed alone under a breadcrumb that names only the home
// page (当前位置：网站首页 / 教育新闻 / 某旗教育局召开…会议): a column's name
// (columnSuffixRe) with a headline under it, a longer line with no
// sentence's marks that is no date line.
func columnHeader(l string, rest []string) bool {
	if !columnSuffixRe.MatchString(l) {
		return false
	}
	for _, n := range rest {
		if n = strings.TrimSpace(strings.TrimPrefix(n, "\x00")); n == "" {
			continue
		}
		k := utf8.RuneCountInString(n)
		return k >= 10 && k <= 60 && !strings.ContainsAny(n, "，。；！？,") && !isDateLine(n) && !isChromeLine(n)
	}
	return false
}

// headlineBelow reports whether the next non-blank line of rest names a
// paper (namesDocument) in other words than l, the breadcrumb's last crumb
// printed again under it: l is then the column the page files the paper
// under, the line below its headline. A crumb's last that is the paper's
// own name (首页 > 政府工作报告 / 政府工作报告 / ——2031年…会议上) has the
// report's date line under it, no headline, and stays; so does one with a
// year (…> 2031年政府工作报告), a headline, no column's name.
func headlineBelow(l string, rest []string) bool {
	if l == "" || utf8.RuneCountInString(l) > 12 || strings.ContainsAny(l, "0123456789") {
		return false
	}
	for _, n := range rest {
		if n = strings.TrimSpace(strings.TrimPrefix(n, "\x00")); n == "" {
			continue
		}
		return n != l && namesDocument(n) && !isDateLine(n)
	}
	return false
}

// posterNameRe matches a poster's user name alone on its line, which a
// copy site's byline block under the headline puts among its fields and
// buttons (时间： / Qinglanfan / 分享 / 下载本文): taken so only right after
// the block's chrome, at the page's top.
var posterNameRe = mustLitRe(`^[A-Za-z][A-Za-z0-9_.]{3,19}$`)

// spacedHomeRe matches a menu's home link spaced out at the start of a line
// (首  页).
var spacedHomeRe = mustLitRe(`^\s*首[ \x{3000}]+页`)

// isCrumbLine reports whether l is a breadcrumb: short, with two or more
// of its separators (首页 > 文库 > 教育, 现在的位置：首页 >> 专题).
func isCrumbLine(l string) bool {
	return utf8.RuneCountInString(l) <= 60 && strings.Count(l, ">")+strings.Count(l, "»")+strings.Count(l, "›")+strings.Count(l, "＞") >= 2
}

// mastheadNameRe matches a line that is only a site's or its owner's name
// as a masthead gives it: a few words ending in 网, 网站, 门户, 在线, 频道,
// 中心, 平台 or an association's 会 (某某经济网, 某某科学发展促进会), a
// paper's name (某某经济新闻, 某某日报, 某某時報), or
// its slogan of four-character phrases (荟萃美文、博采众长、学以致用).
var mastheadNameRe = mustLitRe(`^(?:[\p{Han}A-Za-z0-9]{2,14}(?:网|網|网站|網站|门户|在线|频道|中心|平台|协会|学会|促进会|研究会|新闻|新聞|日报|日報|晚报|晚報|时报|時報|商报|商報)|(?:\p{Han}{4}[、，,·\s]\s*){1,3}\p{Han}{4})$`)

// dropMastheadNames returns out without the site's names at its end, the
// masthead above a breadcrumb, when nothing but such names (and blank
// lines) came before them: the page's top, not the text. A government's
// name alone (某县人民政府 over 首页 >> 新闻动态 >> 正文) is its portal's. The name of the
// column the page is in, which the crumb names too, counts as one (山东
// 事业单位考试 over 您当前位置：山东人事考试 > 事业单位考试 > …: channelName).
//
// So do a menu's columns set one a line above the crumb (智慧校园 / 党建工作
// / 最新公告 / 当前位置：首页 > 党建思政): short words of two to six
// characters, none a paper's title nor an office's name.
func dropMastheadNames(out []string, crumb string) []string {
	for _, l := range out {
		l = strings.TrimSuffix(l, hardEnd)
		if l != "" && !mastheadNameRe.MatchString(l) && !mastheadGovRe.MatchString(l) && !channelName(l, crumb) && !menuColumn(l) && !mastheadSlogan(l) {
			return out
		}
	}
	return out[:0]
}

// portalOwnerName reports whether the one line with text in out is only a
// place's government's or office's name (某县人民政府, 某区教育局): how a
// government's portal, or a bureau's, prints its name over its pages.
func portalOwnerName(out []string) bool {
	for _, l := range out {
		if l = strings.TrimSpace(strings.TrimSuffix(l, hardEnd)); l != "" {
			n := utf8.RuneCountInString(l)
			return n >= 4 && n <= 20 && strings.IndexFunc(l, func(r rune) bool { return !IsHan(r) }) < 0 &&
				issuerLineRe.MatchString(l) && !docTitleRe.MatchString(l) && namedPlace(l) != ""
		}
	}
	return false
}

// tagWord reports whether l is a page's tag word on a line of its own, as
// a law or Q&A site lists them under its count of readers (256人看过 /
// 学校 / 教师 / 城乡): two to four Chinese characters and nothing else.
func tagWord(l string) bool {
	l = strings.TrimSuffix(l, hardEnd)
	n := utf8.RuneCountInString(l)
	return n >= 2 && n <= 4 && strings.IndexFunc(l, func(r rune) bool { return !IsHan(r) }) < 0
}

// mastheadSlogan reports whether l could be a site's motto set in its
// masthead, its four-character phrases run together with no stop between
// them (以学促建以学促改以学促强): eight, twelve or sixteen Chinese
// characters and nothing else, no paper's title and no office's name.
func mastheadSlogan(l string) bool {
	n := utf8.RuneCountInString(l)
	return (n == 8 || n == 12 || n == 16) && strings.IndexFunc(l, func(r rune) bool { return !IsHan(r) }) < 0 &&
		!docTitleRe.MatchString(l) && !issuerRe.MatchString(l) && bureauOf(l) == ""
}

// menuColumn reports whether l could be a menu's column on a line of its
// own: two to six Chinese characters, no paper's title (政府工作报告,
// 工作总结) and no office's name (某县教育局).
func menuColumn(l string) bool {
	n := utf8.RuneCountInString(l)
	return n >= 2 && n <= 6 && strings.IndexFunc(l, func(r rune) bool { return !IsHan(r) }) < 0 &&
		!docTitleRe.MatchString(l) && !issuerRe.MatchString(l) && bureauOf(l) == ""
}

// bareCount reports whether l is a bare number of one to three digits: under
// a page's chrome (its stamp, its page's name), the chrome's counter or
// page number (0 comments, page 01), not the report's.
// speakerPhotoRe matches a photo's caption of the speaker at the rostrum
// that names him alone, with no office and no full stop (某某作政府工作报告,
// 某某作《政府工作报告》): the words of a news headline too.
var speakerPhotoRe = mustLitRe(`^(\p{Han}{2,4})作《?政府工作报告》?$`)

// isSpeakerPhotoCaption reports whether l is a photo's caption of the
// speaker (speakerPhotoRe) set beside the report's speaker line that names
// the same person (某省代省长 某某 / 某某作《政府工作报告》, or the caption
// over it): in the report's head, under its title, the caption; a
// headline of the same words stands over a news story's lede, never next
// to a speaker line. above holds the lines kept so far, below the lines
// still to come.
func isSpeakerPhotoCaption(l string, above, below []string) bool {
	if len(l) > 48 || !strings.Contains(l, "政府工作报告") {
		return false
	}
	m := speakerPhotoRe.FindStringSubmatch(strings.TrimSuffix(l, hardEnd))
	if m == nil {
		return false
	}
	names := func(s string) bool {
		sp := speakerRe.FindStringSubmatch(strings.TrimSuffix(s, hardEnd))
		return sp != nil && compactSpace(sp[3]) == m[1]
	}
	for k := len(above) - 1; k >= 0; k-- {
		if above[k] != "" {
			if names(above[k]) {
				return true
			}
			break
		}
	}
	for _, s := range below {
		if s != "" {
			return names(s)
		}
	}
	return false
}

// creditedCaptionRe matches the opening that makes a line a photo's
// caption when its credit follows on a line of its own: 图为 ("pictured:"),
// 图：, 上图：.
var creditedCaptionRe = mustLitRe(`^[上下左右]?图\s*[为：:]`)

// isCreditedCaption reports whether l is a photo's caption split from its
// credit: a line of at most 120 characters and three sentences, opening
// with 图为 (creditedCaptionRe), whose next line (a blank line between
// them or not) is a photographer's credit alone (creditOnlyLine: 某某记者
// 某某 摄, （摄影：某某）). The credit goes as chrome by itself; the caption
// above it is the picture's too. A dated line above a credit (1月8日，…开幕。)
// stays: it is a caption or a story's lede over a photo credited alone,
// and its shape does not tell which (a page's markup may: photoCaption).
func isCreditedCaption(l string, below []string) bool {
	if i := strings.Index(l, "图"); i < 0 || i > len("上") {
		return false // the cheap test first: 图 opens the line or follows 上
	}
	l = strings.TrimSuffix(l, hardEnd)
	n := utf8.RuneCountInString(l)
	if n < 6 || n > 120 || strings.ContainsAny(l, "；;") || strings.Count(l, "。")+strings.Count(l, "！") > 3 || !creditedCaptionRe.MatchString(l) || headingMarker(l) != nil {
		return false
	}
	for k, blank := 0, 0; k < len(below); k++ {
		b := strings.TrimSpace(strings.TrimSuffix(below[k], hardEnd))
		if b == "" {
			if blank++; blank > 1 {
				return false
			}
			continue
		}
		return creditOnlyLine(b)
	}
	return false
}

// creditOnlyLine reports whether l is a photographer's credit alone on its
// line: thirty characters at most, no sentence's punctuation, and a
// credit by the caption rules (某某记者 某某 摄, （记者 某某 摄）) or a
// bracketed photo source (（摄影：某某）, （图片来源：某某）).
func creditOnlyLine(l string) bool {
	n := utf8.RuneCountInString(l)
	if n > 30 || strings.ContainsAny(l, "。！？，；") {
		return false
	}
	return isCaption(l, n) || strings.ContainsAny(l, "摄图") && newsFurnitureRe.MatchString(l)
}

// isButtonCount reports whether l is a count in brackets alone on its line
// ((12), （0）) right under a page's button that was dropped (分享至：,
// 点赞, 收藏) or under another such count: the share bar's tallies, each
// put on a line of its own. A numbered item (1) of the text follows a
// sentence, never a button.
func isButtonCount(l, lastDrop string) bool {
	if !isBracketCount(l) {
		return false
	}
	lastDrop = strings.TrimSuffix(lastDrop, hardEnd)
	return navWords[strings.TrimRight(lastDrop, ":：")] || isBracketCount(lastDrop)
}

// isBracketCount reports whether l is a number in brackets and nothing
// else: (12), （0）.
func isBracketCount(l string) bool {
	l = strings.TrimSuffix(l, hardEnd)
	if len(l) < 3 || len(l) > 12 {
		return false
	}
	open, n := utf8.DecodeRuneInString(l)
	shut, m := utf8.DecodeLastRuneInString(l)
	return (open == '(' && shut == ')' || open == '（' && shut == '）') && n+m < len(l) && strings.Trim(l[n:len(l)-m], "0123456789") == ""
}

// stampCounter reports whether l, a bare number of up to nine figures,
// is a page's view counter left alone on the line under its stamp line
// (发布时间：2031-04-08 10:12:45 字体大小：[大][中][小] over 3391027): a
// number that long is no page's button count, and none of a report's
// lines stands alone under a stamp.
func stampCounter(l, lastDrop string) bool {
	l = strings.TrimSuffix(l, hardEnd)
	return len(l) >= 4 && len(l) <= 9 && strings.Trim(l, "0123456789") == "" && stampLabelRe.MatchString(lastDrop)
}

// stampLabelRe matches the labels of a page's stamp line: when the page
// went up, and its type-size buttons.
var stampLabelRe = mustLitRe(`(?:发布|更新|发表)(?:时间|日期)|字体大小|字号`)

func bareCount(l string) bool {
	l = strings.TrimSuffix(l, hardEnd)
	return l != "" && len(l) <= 3 && strings.Trim(l, "0123456789") == ""
}

// hotlineRe matches a line of labelled telephone numbers and nothing else
// (全国咨询热线：0755-12345678, 24小时应诊电话：…预约挂号电话：…, with the
// hours in brackets after them): at a page's head, the site's or the
// firm's that runs it, not the paper's. A news site's bar gives its links
// after the numbers, between bars (新闻热线：… 广告热线：… | 关于我们 | 旧版),
// or its line for reporting misconduct or complaints beside its hotline
// (新闻热线：… 监督举报：…, 投诉：…), maybe with a bullet before it. A
// writing site names the person to ask for after each number (求稿热线：
// 13000000001 李老师).
var hotlineRe = mustLitRe(`^(?:[•·●]\s*)?(?:[\p{Han}0-9]{0,10}(?:电话|热线|举报|投诉)\s*[：:]?\s*(?:\d{3,4}[-－—\s]?\d{7,8}|\d{3}[-－]\d{3,4}[-－]\d{4}|\d{5,11})(?:\s*\p{Han}{1,2}(?:老师|先生|女士|小姐|经理))?\s*[，,;；、/]?\s*)+(?:[（(][^（）()]{0,40}[）)])?(?:\s*[|｜]\s*\p{Han}{2,6})*$`)

// headCountersRe matches a line of bare numbers only (1580 1580 112638):
// above all text, a page's counters whose labels were lost.
var headCountersRe = mustLitRe(`^[0-9]+(?:[ \t\x{3000}]+[0-9]+)+$`)

// tickerRe matches a site's notice ticker at the head of a page: the label
// 公告 and two or more of its notices' headlines between bars (公告：关于…的
// 通知 | 关于…的通知 |).
var tickerRe = mustLitRe(`^(?:网站|最新|滚动|通知)?公告\s*[：:][^|｜]+(?:[|｜][^|｜]*){2,}$`)

// isHeadMenu reports whether l, a line at the head of a page, is a site's
// slogan or name followed by its columns on the same line (某某网为您提供
// 优质范文！ 工作总结 工作计划 党课下载 策划方案): four or more short words
// of two to six characters after the first, nothing else.
//
// A menu that opens with its home link spaced out to fill the cell
// (首  页 宜居某某 信息公开 服务之窗 网络问政) is one too, and so is one
// that ends with links to its sister sites (… 专题 图片 某某省人民政府网
// 藏文网): two names of a site of up to twelve characters, after four
// short words at least.
func isHeadMenu(l string) bool {
	fields := strings.Fields(spacedHomeRe.ReplaceAllString(strings.TrimSuffix(l, hardEnd), "首页"))
	if len(fields) >= 3 && oneKindMenu(fields) {
		return true
	}
	if len(fields) < 5 || utf8.RuneCountInString(fields[0]) > 30 || isPagination(l) {
		return false
	}
	sites := 0
	for i, f := range fields[1:] {
		n := utf8.RuneCountInString(f)
		if n > 6 && n <= 12 && i >= 4 && sites < 2 && (strings.HasSuffix(f, "网") || strings.HasSuffix(f, "網") || strings.HasSuffix(f, "网站") || strings.HasSuffix(f, "網站")) {
			sites++
			n = 6
		}
		if n < 2 || n > 6 {
			return false
		}
		for _, r := range f {
			if !IsHan(r) {
				return false
			}
		}
	}
	return true
}

// oneKindMenu reports whether fields, three or more, are a site's columns of
// one kind of piece (小学作文 初中作文 高中作文, the site's name maybe glued
// before the first: 某某作文苑小学作文): Chinese words only, of three to
// eight characters (the first up to fourteen), that all end with the same
// two characters, none of them a body's name (明湖市教育局 望川县教育局 is
// a list of bodies, not a menu).
func oneKindMenu(fields []string) bool {
	var end string
	for i, f := range fields {
		rs := []rune(f)
		if len(rs) < 3 || len(rs) > 8 && (i > 0 || len(rs) > 14) {
			return false
		}
		for _, r := range rs {
			if !IsHan(r) {
				return false
			}
		}
		e := string(rs[len(rs)-2:])
		if i == 0 {
			end = e
		} else if e != end {
			return false
		}
		if issuerRe.MatchString(f) || bureauOf(f) != "" || docTitleRe.MatchString(f) {
			return false
		}
	}
	return true
}

// dropBarMenus blanks a site's menu drawn with bars at the head of the
// text: two rows of column names in a row at least (isBarMenu), among the
// first 12 lines with text. One such row alone may be a table's head,
// unless it opens with the link home and has five columns at least (首页 |
// 某某网 | 新闻 | 政务 | 视频): no table's head starts with 首页; or unless
// it has six columns at least and no row drawn with bars comes under it
// (要闻 | 城市远洋 | 老外在某省 | 直观中国 | 视界 | 原创 | 滚动 over the
// headline): a table's head has its rows.
func dropBarMenus(lines []string) []string {
	var run []int
	flush := func() {
		if len(run) >= 2 || len(run) == 1 && (homeBarRe.MatchString(strings.TrimSpace(lines[run[0]])) || loneBarMenu(lines, run[0])) {
			for _, i := range run {
				lines[i] = ""
			}
		}
		run = run[:0]
	}
	for i, seen := 0, 0; i < len(lines) && seen < 12; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		if isBarMenu(l) {
			run = append(run, i)
			continue
		}
		flush()
	}
	flush()
	return lines
}

// menuItemRe matches a site's menu item drawn as a list's bullet and a
// column's name (• 办公室, • 科研处).
var menuItemRe = mustLitRe(`^[•·●▪]\s*[\p{Han}A-Za-z0-9]{2,10}$`)

// dropBulletMenus blanks a site's menu drawn as a bulleted list at the head
// of the text: three items in a row at least (menuItemRe), among the first
// 12 lines with text and above any line that names a paper, the headline
// under them.
func dropBulletMenus(lines []string) []string {
	var run []int
	for i, seen := 0, 0; i < len(lines) && seen < 12; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		if menuItemRe.MatchString(l) && !namesDocument(bulletRe.ReplaceAllString(l, "")) {
			run = append(run, i)
			continue
		}
		if len(run) >= 3 {
			break
		}
		run = run[:0]
		if namesDocument(l) {
			return lines
		}
	}
	if len(run) >= 3 {
		for _, i := range run {
			lines[i] = ""
		}
	}
	return lines
}

// pageTitleRe matches a page's title as the browser shows it: the
// headline, then the column and the site after spaced dashes or bars
// (某局2031年工作要点 - 内容 - 某某中学), the headline in group 1.
var pageTitleRe = mustLitRe(`^(.{4,60}?)(?:\s+[-–—|｜_]\s+[\p{Han}A-Za-z0-9]{1,20}){1,3}$`)

// sitesTitleRe matches a page's title whose headline is followed by the
// site's names only, each after a dash, two dashes or a bar, spaced or
// not (某县召开教育工作会议-今日某县网-- 某县门户), the headline in group 1:
// the names end the way a site's do, so the headline need not name a paper.
var sitesTitleRe = mustLitRe(`^(.{4,60}?)(?:\s*[-_|｜]{1,2}\s*[\p{Han}A-Za-z0-9]{2,16}(?:网|網|网站|網站|门户|門戶|在线)){1,3}$`)

// joinedTitleRe matches a page's title whose headline, naming a paper,
// is followed by the site's column and name glued on with a dash, a bar
// or an underscore (某县2031年政府工作报告-某某网资讯, …报告|要闻|某某订阅),
// no sentence after it, the headline in group 1.
var joinedTitleRe = mustLitRe(`^(.{6,60}?)[-_|｜]([^。！？，；：:]{1,60})$`)

// farTitleLines bounds how far below a page's title (joinedTitleRe) its
// headline is looked for, in lines: a site's menu of one word a line (its
// products, its regions) may stand between them, hundreds of lines long.
const farTitleLines = 1500

// dropPageTitleLine blanks a page's title (pageTitleRe, sitesTitleRe) printed among the
// first 12 lines with text above the page's own headline: the headline
// again among the next four lines with text. A title glued to its site's
// names (joinedTitleRe) is the page's title too when its headline, which
// names a paper, stands alone on a line further down, under the site's
// menu (farTitleLines): only a page repeats a paper's name so, with the
// site's names after it the first time.
func dropPageTitleLine(lines []string) []string {
	for i, seen := 0, 0; i < len(lines) && seen < 12; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		m := pageTitleRe.FindStringSubmatch(l)
		if m != nil && !namesDocument(m[1]) {
			m = nil
		}
		if m == nil {
			m = sitesTitleRe.FindStringSubmatch(l)
		}
		if m == nil {
			if g := joinedTitleRe.FindStringSubmatch(l); g != nil && namesDocument(g[1]) {
				head := strings.Join(strings.Fields(g[1]), "")
				for j := i + 1; j < len(lines) && j <= i+farTitleLines; j++ {
					if strings.Join(strings.Fields(lines[j]), "") == head {
						lines[i] = ""
						dropFurnitureBetween(lines, i, j, menuFurnitureLines)
						return lines
					}
				}
			}
			continue
		}
		head := strings.Join(strings.Fields(m[1]), "")
		for j, n := i+1, 0; j < len(lines) && n < 4; j++ {
			if lines[j] == "" {
				continue
			}
			n++
			if strings.Join(strings.Fields(lines[j]), "") == head {
				lines[i] = ""
				dropFurnitureBetween(lines, i, j, menuFurnitureLines)
				return lines
			}
		}
	}
	return lines
}

// titleFurnitureLines bounds the lines a page's toolbar and menu may leave
// between its title as the browser shows it and its headline once the
// menus of six items or more are gone (dropTitleFurniture: a news portal's
// rows of channels drawn with bars stay, thirty of them maybe), and
// menuFurnitureLines before (dropPageTitleLine: a longer run is a whole
// menu, left to dropMenus, which keeps a title at its end).
const (
	titleFurnitureLines = 40
	menuFurnitureLines  = 16
)

// dropTitleFurniture blanks a page's title as the browser shows it (the
// headline, then the site's name after _, a dash, a bar or a space:
// siteTitleTailRe, pageTitleRe, sitesTitleRe), printed as the text's first
// line, together with what the page's toolbar and menu left between it and
// the headline it repeats (简 / 繁 / 邮箱, a menu's last four items, a quoted
// item, a label such as 搜索热词：): a menu cut short by the words already
// dropped, or by an item in quotes, is under the six items a menu needs,
// yet no line of it is the text's. Dropping the title alone would leave
// those remains as the text's first lines, read as its title. The lines
// between must all be short and without a sentence's marks; a document
// number, a date, a red head (…文件) or a body's name on its own line
// (the paper's title block, printed before its headline) keeps them all.
func dropTitleFurniture(lines []string) []string {
	first := firstNonBlank(lines)
	if first < 0 {
		return lines
	}
	t := strings.TrimSpace(strings.TrimSuffix(lines[first], hardEnd))
	if !siteTitleTailRe.MatchString(t) && !pageTitleRe.MatchString(t) && !sitesTitleRe.MatchString(t) {
		return lines
	}
	key := strings.Join(strings.Fields(t), "")
	between := 0
	for j := first + 1; j < len(lines); j++ {
		l := strings.TrimSpace(strings.TrimSuffix(lines[j], hardEnd))
		if l == "" {
			continue
		}
		h := strings.Join(strings.Fields(l), "")
		if utf8.RuneCountInString(h) >= 6 && len(h) < len(key) && strings.HasPrefix(key, h) && siteAfterHead(t, h) {
			lines[first] = ""
			dropFurnitureBetween(lines, first, j, titleFurnitureLines)
			return lines
		}
		if between == titleFurnitureLines || !isTitleFurniture(l) {
			return lines
		}
		between++
	}
	return lines
}

// siteAfterHead reports whether the page's title t goes on after its
// headline h (t's start, spaces aside) with a separator (_, a dash, a bar)
// or a space, then a name with no sentence's mark in it.
func siteAfterHead(t, h string) bool {
	n := utf8.RuneCountInString(h)
	for i, r := range t {
		if unicode.IsSpace(r) {
			if n == 0 {
				rest := strings.TrimSpace(t[i:])
				return !strings.ContainsAny(rest, "。，；！？")
			}
			continue
		}
		if n == 0 {
			rest := t[i:]
			return strings.ContainsRune("_＿-–—|｜", r) && !strings.ContainsAny(rest, "。，；！？")
		}
		n--
	}
	return false
}

// dropFurnitureBetween blanks the lines between a page's title, lines[i],
// and the headline it repeats, lines[j], when every one of them is what a
// toolbar or a menu leaves (isTitleFurniture): with the title gone they
// would stand first, read as the text's title. Any other line between
// keeps them all (the paper's own title block, printed before its
// headline), and so do more than most of them.
func dropFurnitureBetween(lines []string, i, j, most int) {
	for k, n := i+1, 0; k < j; k++ {
		l := strings.TrimSpace(strings.TrimSuffix(lines[k], hardEnd))
		if l == "" {
			continue
		}
		if n++; n > most || !isTitleFurniture(l) {
			return
		}
	}
	for k := i + 1; k < j; k++ {
		lines[k] = ""
	}
}

// titleBlockLineRe matches a line of a paper's title block that
// issuerLineRe leaves: the red head (某某人民政府文件, 中共某某县委), and a
// document number in any brackets (某政发（2031）3号).
var titleBlockLineRe = mustLitRe(`(?:文件|委|[0-9]号)$`)

// isTitleFurniture reports whether l may be what a page's toolbar or menu
// left between its title and its headline: a short line without a
// sentence's marks (quotes and a label's closing colon aside), or a row of
// links parted by bars (barLinkRow, 安徽|北京|重庆|…|), that is no
// line of a paper's title block (a document number, a date, a red head,
// a body's name: titleBlockLineRe, issuerLineRe).
func isTitleFurniture(l string) bool {
	if isDateLine(l) || issuerLineRe.MatchString(l) || titleBlockLineRe.MatchString(l) {
		return false
	}
	if barLinkRow(l) {
		return true // a menu's row of links drawn with bars, however long
	}
	if utf8.RuneCountInString(l) > 40 {
		return false
	}
	l = strings.TrimRight(l, "：:")
	l = strings.NewReplacer("“", "", "”", "", "\"", "").Replace(l)
	return l != "" && !strings.ContainsAny(l, menuPunct+"〔〕[]【】") && headingMarker(l) == nil
}

// loneBarMenu reports whether lines[i], a row of column names drawn with
// bars (isBarMenu), has six columns at least and the next line with text
// holds no bar: a menu over the page's headline, not a table's head.
func loneBarMenu(lines []string, i int) bool {
	if len(strings.FieldsFunc(lines[i], func(r rune) bool { return r == '|' || r == '｜' })) < 6 {
		return false
	}
	for _, l := range lines[i+1:] {
		if l = strings.TrimSpace(l); l != "" {
			return !strings.ContainsAny(l, "|｜")
		}
	}
	return false
}

// isCloseMark reports whether l is only the close mark of a page's popup
// (X, ×): under a share bar's buttons it closes the bar, not a word; as
// the page's first line, over its headline, it closes the reader's
// overlay (an article copied from a news app or its AMP page).
func isCloseMark(l string) bool {
	l = strings.TrimSuffix(l, hardEnd)
	return l == "X" || l == "x" || l == "×" || l == "✕" || l == "✖"
}

// homeBarRe matches a menu row drawn with bars that opens with the link
// home and has five columns at least; the link may name the site (某某网
// 首页 | 客户端 | 官方微博 | 报刊投稿 | 邮箱).
var homeBarRe = mustLitRe(`^(?:网站|\p{Han}{1,6}网)?首\s*页\s*(?:[|｜][^|｜]+){4,}[|｜]?$`)

// isBarMenu reports whether l is a row of a site's menu drawn with bars,
// three column names at least, each of two to ten characters with no
// punctuation and no number but a leading one (重要新闻 | 影像记录 | 60年图片),
// some spaced out to fill their cells (文 献), a column's name maybe with
// a Latin word in it (明湖Plus, 掌上明湖App).
// A table's row has a number or a sentence in some cell, or a blank one.
func isBarMenu(l string) bool {
	cells := strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '｜' })
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		c = strings.Join(strings.Fields(c), "") // a name spaced out to fill its cell: 文 献
		n := utf8.RuneCountInString(c)
		if n < 2 || n > 10 {
			return false
		}
		c = strings.TrimLeft(c, "0123456789")
		if utf8.RuneCountInString(c) < 2 {
			return false
		}
		han := 0
		for _, r := range c {
			switch {
			case IsHan(r):
				han++
			case r > unicode.MaxASCII || !unicode.IsLetter(r):
				return false
			}
		}
		if han < 2 {
			return false
		}
	}
	return true
}

// cutBareCrumbs returns l without a breadcrumb whose separators a scraper
// lost, before the page's headline on the same line (首页 政策解读 关于…的
// 解读): 首页 and up to three column names of two to six characters go
// when a headline of six characters at least follows them.
func cutBareCrumbs(l string) string {
	rest, ok := strings.CutPrefix(l, "首页 ")
	if !ok || crumbArticleRe.MatchString(l) {
		return l // (a breadcrumb down to the page's label, 首页 新闻 详细信息, is all chrome)
	}
	for k := 0; k < 3; k++ {
		rest = strings.TrimSpace(rest)
		f, after, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		n := utf8.RuneCountInString(f)
		if n < 2 || n > 6 || strings.IndexFunc(f, func(r rune) bool { return !IsHan(r) }) >= 0 {
			break
		}
		if utf8.RuneCountInString(strings.TrimSpace(after)) < 6 {
			break
		}
		rest = after
	}
	if rest = strings.TrimSpace(rest); rest == strings.TrimSpace(l[len("首页 "):]) || utf8.RuneCountInString(rest) < 6 {
		return l
	}
	return rest
}

// fileNumberRe matches a library's number for a file glued before the
// file's title: 编号：658229379某局2031年工作总结….
var fileNumberRe = mustLitRe(`^(?:文档编号|编号|ID)\s*[:：]\s*[0-9]{5,}\s*`)

// templateDateRe matches, after a library's number for a file, the file's
// name and the placeholder its template has for a date (某局2031年上半年
// 工作总结汇报203X/X/XX), glued before the paper's own title: no sentence
// punctuation in the name, letters X for the date's figures.
var templateDateRe = mustLitRe(`^[^\s。，；：:,;]{4,60}?(?:19|20)[0-9][0-9X][/.-][0-9X]{0,2}X[0-9X]?[/.-][0-9X]{0,2}X[0-9X]?`)

// viewCountLeadRe matches a document library's count of the page's views
// run before its headline on the same line: 8402+ 某局2031年工作总结.
var viewCountLeadRe = mustLitRe(`^\d{2,7}\+\s+`)

// siteNameLeadRe matches a site's name before the page's headline on the
// same line: 某某网官方网站 某局2031年工作总结.
var siteNameLeadRe = mustLitRe(`^[\p{Han}A-Za-z0-9（）()]{2,24}(?:官方网站|门户网站|官网|网站)\s+`)

// hijackBrandRe matches, in group 1, a gambling site's brand as a hijacked
// page's site name puts it before the headline: a number run into a few
// characters (99某某会(中国)官方网站 某局2031年工作总结). No portal is named
// with a number first.
var hijackBrandRe = mustLitRe(`^([0-9]{2,6}\p{Han}{2,4}?)\s*(?:[（(]中国[）)])?\s*(?:官方网站|官网|网站)\s+\S`)

// cutHijackBrand returns lines without the brand a hijacked page's site
// name gives before its headline where spam spliced it into the text in
// a place's stead too (“99某某会 莲藕”获央视推介): the brand's, not the
// paper's words. The headline's site name is cutSiteName's.
func cutHijackBrand(lines []string) []string {
	brand := ""
	for _, i := range textLines(lines, 3) {
		if m := hijackBrandRe.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
			brand = m[1]
			break
		}
	}
	if brand == "" {
		return lines
	}
	for i, l := range lines {
		if hijackBrandRe.MatchString(strings.TrimSpace(l)) {
			continue
		}
		lines[i] = strings.ReplaceAll(strings.ReplaceAll(l, brand+" ", ""), brand, "")
	}
	return lines
}

// cutSiteName returns l without a site's name before a headline that names
// a paper (某某官方网站 某局2031年工作总结和2032年工作安排), or without a
// library's count of views there (8402+ 某局2031年工作总结).
func cutSiteName(l string) string {
	m := siteNameLeadRe.FindString(l)
	if m == "" && l != "" && l[0] >= '0' && l[0] <= '9' {
		m = viewCountLeadRe.FindString(l)
	}
	if m == "" {
		return l
	}
	if rest := l[len(m):]; utf8.RuneCountInString(rest) >= 6 && utf8.RuneCountInString(rest) <= 60 && (titleEndRe.MatchString(rest) || kindOf(rest, "") != "") && !strings.ContainsAny(rest, "。；") {
		return rest
	}
	return l
}

// docLabelRe matches a document-sharing site's label for the file's blurb
// before the text it pulled from the file, on the same line (文档介绍：——
// 2031年1月5日在…, 资源描述：各位代表：, 文本描述：).
var docLabelRe = mustLitRe(`^(?:文档介绍|文档简介|文檔介紹|文檔簡介|资源描述|資源描述|资源简介|資源簡介|文本描述)\s*[：:]\s*`)

// cutDocLabel returns l without a document-sharing site's label before the
// text of the file (文档介绍：——2031年1月5日在…): the text stays.
func cutDocLabel(l string) string {
	if m := docLabelRe.FindString(l); m != "" && utf8.RuneCountInString(l[len(m):]) >= 6 {
		return l[len(m):]
	}
	return l
}

// dropStoryNav returns lines without the list of a newspaper page's stories
// that an e-paper prints at the page's foot under its label (标题导航 /
// 第01版：要闻 / 某会议举行第一次全体会议): from the label on, every line is a
// link, none a sentence. A line that ends a sentence after the label means
// the label was the text's, and the lines stay.
func dropStoryNav(lines []string) []string {
	for i := len(lines) - 1; i >= max(0, len(lines)-30); i-- {
		if strings.TrimSpace(lines[i]) != "标题导航" {
			continue
		}
		for _, l := range lines[i+1:] {
			if l = strings.TrimSpace(l); utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "。！？") {
				return lines
			}
		}
		return lines[:i]
	}
	return lines
}

// dropHeadStoryNav returns lines without the list of a newspaper page's
// stories that an e-paper prints over the story it shows, under its label
// (标题导航 / 某会议隆重开幕 / 某区召开某会议 / 政府工作报告), when the story's
// headline, one of the list's items, comes again under the list, maybe
// after the paper's lead to it: from the label to that headline or lead
// every line is a link or the page's furniture. A list whose items none
// comes again stays, its end unknown.
func dropHeadStoryNav(lines []string) []string {
	label := -1
	for i, seen := 0, 0; i < len(lines) && seen < 12 && label < 0; i++ {
		if l := strings.TrimSpace(lines[i]); l == "标题导航" {
			label = i
		} else if l != "" {
			seen++
		}
	}
	if label < 0 {
		return lines
	}
	items := map[string]bool{}
	for i := label + 1; i < len(lines) && i <= label+30; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "。！？；") {
			// the story's lead under the list, the headline printed again
			// after it (本报讯…本报今日刊发报告全文。 / 某某报告（全文）)
			for _, m := range lines[i+1 : min(len(lines), i+8)] {
				if items[strings.TrimSpace(m)] {
					return slices.Delete(slices.Clone(lines), label, i)
				}
			}
			return lines
		}
		if items[l] {
			return slices.Delete(slices.Clone(lines), label, i)
		}
		items[l] = true
	}
	return lines
}

// dropTeaserList returns lines without the list a news page ends with of
// other stories' openings, each cut short with dots (为进一步加强某某监管
// 工作，保障... / 近日，某县人民医院顺利完成...): at least three short lines
// that end so close the text, after a line that ends a sentence. A
// report's text ends one line so at most (a copy cut short: …每天对上...).
func dropTeaserList(lines []string) []string {
	end := len(lines)
	for end > 0 && lines[end-1] == "" {
		end--
	}
	i, n := end, 0
	for i > 0 {
		l := lines[i-1]
		if l == "" {
			i--
			continue
		}
		if !isTeaser(l) {
			break
		}
		n++
		i--
	}
	if n < 3 || i == 0 {
		return lines
	}
	last := lines[i-1]
	r, _ := utf8.DecodeLastRuneInString(last)
	if !strings.ContainsRune("。！？”）)", r) {
		return lines
	}
	return lines[:i]
}

// isTeaser reports whether l is a story's opening cut short with dots, as
// a list of other stories shows it: 6 to 40 characters ending in ... or ….
func isTeaser(l string) bool {
	if !strings.HasSuffix(l, "...") && !strings.HasSuffix(l, "…") {
		return false
	}
	n := utf8.RuneCountInString(strings.TrimRight(l, ".…"))
	return n >= 6 && n <= 40
}

// taggedHeadlineRe matches a site's link to another story with its column
// tag in brackets before the headline (【某某考点】某市召开…会议, 【面试热点】
// 如何…？): no sentence mark inside, at most a question or exclamation mark.
var taggedHeadlineRe = mustLitRe(`^【[^【】]{2,16}】[^。；【】]{4,60}$`)

// cutTaggedHeadlines returns where the footer that starts at cut really
// starts: the site's list of tagged headlines right above its footer (the
// stories it recommends before 上一篇) belongs to it, when a sentence ends
// above the list. Blank lines between them do not end the list.
func cutTaggedHeadlines(lines []string, cut int) int {
	i, n := cut, 0
	for i > 0 && (lines[i-1] == "" || taggedHeadlineRe.MatchString(lines[i-1])) {
		i--
		if lines[i] != "" {
			n++
		}
	}
	if n == 0 || !sentenceAbove(lines[:i]) {
		return cut
	}
	return i
}

// cutFooterButtons returns where the footer that starts at cut really
// starts: the lines right above it that are nothing but a page's buttons
// (发布, 分享 收藏) belong to it, the bar the page ends its text with, when
// a sentence ends above them. Blank lines between them do not end the run.
func cutFooterButtons(lines []string, cut int) int {
	i := cut
	for i > 0 && (lines[i-1] == "" || isButtonWords(lines[i-1])) {
		i--
	}
	if i == cut || !sentenceAbove(lines[:i]) {
		return cut
	}
	return i
}

// icpRe matches a site's ICP number, its filing (ICP备) or a news or trade
// portal's licence (京ICP证040089号), spaced out maybe (京 ICP 证 040089).
var icpRe = mustLitRe(`ICP\s*[备证]`)

// barLinkRow reports whether l is a row of four links or more parted by
// bars, with no mark that ends a sentence (中国互联网视听节目服务自律公约|
// 网络110报警服务|12321垃圾信息举报中心|总机：…): a footer's row, however
// long, is no line of a hard-wrapped body, where the footer scan stops.
func barLinkRow(l string) bool {
	cells := strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '｜' })
	return len(cells) >= 4 && !strings.ContainsAny(l, "。！？；")
}

// copyrightStartRe matches a footer's copyright line in its English form
// or with the sign first (Copyright © by www.example.cn All Rights
// Reserved., © 1997-2031 某某公司版权所有), which no line of a report opens
// with.
var copyrightStartRe = mustLitRe(`^(?:(?i:copyright)|©)`)

// footerBarRe matches a footer's row of links drawn with bars or dashes
// that opens with the site's own pages (关于我们|外宣服务|联系我们…, 关于我们 |):
// a page's foot, never a sentence of its text.
var footerBarRe = mustLitRe(`^(?:关于我们|关于本网|关于本站|网站地图|联系我们|网站声明|版权声明|隐私声明|使用帮助)\s*[|｜]`)

// readerPromptRe matches a line that asks the reader to act on the page,
// printed under a story's text: to like it or pass it on (文章不错，点个赞
// 再走呗！, 转载是一种动力 分享是一种美德), to keep it (快些收藏！), to scan
// the site's code for more (扫描下方二维码，获取更多精彩内容！) or to open
// the site's app and join the talk (打开某某新闻参与讨论). No report writes
// such a line, and a footer scan takes it only at the page's end, under a
// sentence, and only when it is short (maxReaderPrompt characters).
var readerPromptRe = mustLitRe(`^(?:文章不错|觉得不错|\p{Han}{0,4}点个?赞|转载是一种|分享是一种|快些?收藏|赶紧收藏|(?:扫描|长按|识别)(?:下方|上方|文末|图中)?的?二维码|打开[\p{Han}A-Za-z]{1,10}参与讨论)`)

// maxReaderPrompt is the length of the longest reader prompt the footer
// scan takes (readerPromptRe), in characters.
const maxReaderPrompt = 30

// isTailLine reports whether l starts a site's footer block.
// wrappedSentenceEnd reports whether line i, which reads as a reader's
// prompt (readerPromptRe: 群众点赞。), is the end of the sentence the line
// above stops in the middle of, which a hard wrap moved down (…用实实在在的
// 成效赢得 / 群众点赞。). A prompt stands under the story's last sentence or
// another line of the page's foot, never inside a sentence of prose (twenty
// Han characters at least above it). Taken for a prompt, the line cut the
// report from there on: a city's last part (七、加强政府自身建设), 30 terms.
func wrappedSentenceEnd(lines []string, i int) bool {
	return i > 0 && readerPromptRe.MatchString(lines[i]) && endsMidSentence(lines[i-1]) && countHan(lines[i-1], 20) >= 20
}

func isTailLine(l string) bool {
	for _, t := range tailStarts {
		if strings.HasPrefix(l, t) {
			return true
		}
	}
	if utf8.RuneCountInString(l) <= maxReaderPrompt && readerPromptRe.MatchString(l) {
		return true
	}
	return icpRe.MatchString(l) || footerBarRe.MatchString(l) || copyrightStartRe.MatchString(l) || strings.Contains(l, "版权所有") || strings.Contains(l, "公网安备") ||
		buttonsRe.MatchString(l) || footerOrgRe.MatchString(l) || pagerRe.MatchString(l) || imprintStartRe.MatchString(l) ||
		accountRe.MatchString(l) && !strings.HasPrefix(l, "以下文章来源于") // the foot of an account's page
}

// platformTrailerRe matches the notice a self-media platform prints under
// every post (platformNoticeRe's English one follows it): 特别声明：以上内容
// (如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布…, 声明：该文观点仅代表
// 作者本人，某某号系信息发布平台…; a finance community's under every post
// (郑重声明：用户在某某号/股吧/博客等社区发表的所有信息…仅代表个人观点，与本网站
// 立场无关…) and a trade site's under every article (免责声明：凡在本网站出现的
// 信息，均仅供参考…).
var platformTrailerRe = mustLitRe(`^(?:特别|郑重|免责)?声明\s*[：:]\s*(?:以上内容.{0,30}?自媒体平台|该文观点仅代表作者本人|用户在.{0,40}?(?:发表|发布)的.{0,60}?仅代表(?:个人|作者)|凡在?本网站?(?:出现|刊载|刊登|发布|转载)的|.{0,40}?仅供.{0,8}参考.{0,20}?(?:不作为|不构成|并不构成).{0,20}?建议)`)

// cutPlatformTrailer drops a self-media platform's trailer under the post
// from its notice on: the notice, the platform's links and its lists of
// recommended stories with their sources and comment counts, however many
// lines (the footer scan reads the last 80 only, and headlines with commas
// would pass for prose there), when a sentence ends above the notice and
// no paragraph of prose (100 Han characters) follows it.
func cutPlatformTrailer(lines []string) []string {
	for i, l := range lines {
		if !strings.Contains(l, "声明") || !platformTrailerRe.MatchString(l) {
			continue
		}
		if !sentenceAbove(lines[:i]) {
			return lines
		}
		for _, r := range lines[i+1:] {
			if countHan(r, 100) >= 100 {
				return lines
			}
		}
		return lines[:i]
	}
	return lines
}

// siteNoticeRe matches the first clause of the copyright notice a news
// site prints under every story (凡本网注明“来源：某某网”的所有作品，版权均属于…;
// 1、凡本站注明…; 注：凡本网注明来源非某某的作品…): the site speaks of
// itself, which no report does. noticeHeadRe matches the notice's heading
// alone on its line above it (某某网版权与免责声明, 版权声明, 免责声明：).
var (
	siteNoticeRe  = mustLitRe(`^(?:[0-9]{1,2}\s*[、.．]\s*|注\s*[：:]\s*)?凡本(?:网|站)注明`)
	noticeHeadRe  = mustLitRe(`^[\p{Han}A-Za-z0-9]{0,12}(?:版权与免责声明|版权及免责声明|版权声明|免责声明)\s*[：:]?$`)
	noticeTermsRe = mustLitRe(`^[0-9]{1,2}\s*[、.．]`)
)

// dropSiteNotice drops a news site's copyright notice under the text: its
// heading when there is one, the clause that opens 凡本网注明 and the
// clauses after it, numbered or speaking of the site (本网, 本站), when a
// sentence ends above it. A clause may run past the footer scan's line
// length, and the notice would stop the scan short of the footer.
func dropSiteNotice(lines []string) []string {
	for i, l := range lines {
		if !strings.Contains(l, "凡本") || !siteNoticeRe.MatchString(l) {
			continue
		}
		start := i
		for k := i - 1; k >= 0; k-- {
			if lines[k] == "" {
				continue
			}
			if noticeHeadRe.MatchString(lines[k]) {
				start = k
			}
			break
		}
		if !sentenceAbove(lines[:start]) {
			return lines
		}
		end := i + 1
		for ; end < len(lines); end++ {
			n := lines[end]
			if n != "" && !noticeTermsRe.MatchString(n) && !strings.Contains(n, "本网") && !strings.Contains(n, "本站") {
				break
			}
		}
		return append(lines[:start:start], lines[end:]...)
	}
	return lines
}

// pagerRe matches the pager under a forum archiver's post (页: [1] 2 3),
// the pages maybe on the next line: the foot of the page.
var pagerRe = mustLitRe(`^页\s*[：:]\s*(?:\[?[0-9]{1,3}\]?\s*)*$`)

// printCloseRe matches a page's print and close buttons on a line of their
// own without brackets (打印 关闭, 打印本页 | 关闭窗口): under the text (a
// sentence ends above them), the page's footer starts there, its sidebar's
// links after them included; above the text they are only buttons.
var printCloseRe = mustLitRe(`^(?:打印|打印本页|打印此页|打印该页|关闭|关闭窗口|关闭本页)(?:\s*[|｜]?\s*(?:打印|打印本页|打印此页|打印该页|关闭|关闭窗口|关闭本页|收藏|分享|返回顶部|返回页面顶部))+$`)

// sentenceEnds returns the indexes of the first and the last of lines that
// end a sentence (sentenceAbove's), len(lines) and -1 when none does.
func sentenceEnds(lines []string) (first, last int) {
	first, last = len(lines), -1
	for i, l := range lines {
		if strings.HasSuffix(strings.TrimSpace(l), "。") {
			if first == len(lines) {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// sentenceAbove reports whether one of lines ends a sentence.
func sentenceAbove(lines []string) bool {
	for _, l := range lines {
		if strings.HasSuffix(strings.TrimSpace(l), "。") {
			return true
		}
	}
	return false
}

// wrappedPiece reports whether lines[i] is a full line of a hard-wrapped
// paragraph (a PDF's text, a page copied at a fixed width): the line
// before it stops mid-sentence and both are as wide, give or take a few
// columns, or hold as many characters (a wrap at a fixed count of
// characters, whose lines the figures and Latin letters in them make
// narrower: 优化12319城市管理服务热线 is six columns short). Such a line holds no sentence end though it is prose, so the
// site words a report may use too (weakChromeWords: 《某某文库》编纂, 12345
// 便民服务热线) do not make it the site's: cut out, it would take the
// middle of a sentence with it.
func wrappedPiece(lines []string, i int) bool {
	const slack = 4 // columns
	j := i - 1
	for j >= 0 && lines[j] == "" {
		j--
	}
	if j < 0 || i >= len(lines) {
		return false
	}
	prev, l := lines[j], lines[i]
	if strings.ContainsRune("。！？；：…", lastRune(prev)) || strings.HasPrefix(prev, "\x00") {
		return false
	}
	if n := utf8.RuneCountInString(l); n >= 16 && n == utf8.RuneCountInString(prev) {
		return true
	}
	w, pw := runewidth.StringWidth(l), runewidth.StringWidth(prev)
	return w >= 32 && pw >= 32 && w-pw <= slack && pw-w <= slack
}

// promoRe matches an advertisement's line that ends with its button, after
// an exclamation or a space (某某写作神器！立即了解, 会员限时优惠 免费试用):
// a report's sentence never ends so.
var promoRe = mustLitRe(`(?:[！!]|\s)\s*(?:立即|马上|免费|点击)(?:了解|体验|使用|试用|咨询|开通|领取|注册)\s*$`)

// emptyCreditsRe matches a line of an article's credits whose names the
// page left empty, without colons (摄影 审稿, 责编, 编辑 审核): a school's
// or a news site's template prints the labels whether or not anyone is
// named.
var emptyCreditsRe = mustLitRe(`^(?:(?:摄影|审稿|审核|审校|责编|责任编辑|编辑|校对|初审|复审|终审|撰稿|供稿|通讯员)\s*)+$`)

// scriptValuesRe matches a line that is only a page script's variable,
// named in camel case, and the numbers it holds (channelId 1 1 1): a news
// page's code the scraper kept as text, never a report's words, which
// write no camel-case names.
var scriptValuesRe = mustLitRe(`^[a-z]{2,}(?:[A-Z][a-z]*)+(?:\s+[0-9]+)+$`)

// brokenNumberFieldRe matches a disclosure table's field of a document
// number whose value the page lost but its opening bracket and a digit or
// two (文号(4, 发文字号〔): a report's line never ends on a bracket opened.
var brokenNumberFieldRe = mustLitRe(`^(?:文号|发文字号)\s*[（(〔［\[]\s*[0-9]{0,4}$`)

// isChromeLine reports whether the line l is the site's, not the report's.
func isChromeLine(l string) bool {
	return chromeLine(l, true)
}

// chromeLine is isChromeLine, with weakChromeWords marking a line only
// when weak.
func chromeLine(l string, weak bool) bool {
	if isPagination(l) {
		return false // step 3's: the sentence it cut is joined there
	}
	if carriedMarks(l) {
		return false // the end of the sentence above: joinWraps puts it back
	}
	if strings.Count(l, "丨") >= 2 {
		// a menu whose items a site parts with the stroke 丨 for a bar
		// (首页丨新闻中心丨政务公开): the same menu as with bars; no
		// line of a report writes the stroke twice
		return chromeLine(strings.ReplaceAll(l, "丨", "|"), weak)
	}
	n := utf8.RuneCountInString(l)
	if n <= maxChrome {
		if chromeWordIn(l, weak) {
			return true
		}
		if strings.HasSuffix(l, "举报") || strings.Contains(l, "关注") && chromeRe.MatchString(l) {
			return true
		}
		if promoRe.MatchString(l) {
			return true
		}
	}
	if n <= 100 && (labelRe.MatchString(l) || labelRe.MatchString(siteAddressRe.ReplaceAllString(l, ""))) {
		return true // a field, or a page's stamp after the site's address (www.某某.com 填报时间：…)
	}
	if n <= 40 && counterRe.MatchString(l) {
		return true
	}
	if n <= 60 && welcomeSiteRe.MatchString(l) {
		return true // a site's welcome that names it in brackets: 欢迎访问【某市某局】官方网站！
	}
	if n <= 100 && bylineBarRe.MatchString(l) {
		return true // a byline whose bars stand for colons: 发布时间 | 2031-02-10 来源 | 某某日报
	}
	if n <= 40 && scriptValuesRe.MatchString(l) {
		return true // a page script's variable and its values the scraper kept as text: channelId 1 1 1
	}
	if n <= 12 && brokenNumberFieldRe.MatchString(l) {
		return true // a document number's field the page broke: 文号(4
	}
	if n <= 20 && emptyCreditsRe.MatchString(l) {
		return true // an article's credits left empty: 摄影 审稿, 责编
	}
	if n <= 80 && browserAdviceRe.MatchString(l) && !strings.ContainsAny(l, "。；") {
		return true // an old portal's footer: 建议使用IE6.0浏览器，1024×768分辨率浏览
	}
	if n <= 24 && loadingLineRe.MatchString(l) {
		return true // a loading or bot-check screen's line the scraper kept: 稍等片刻..., 正在进行安全检测...
	}
	if n <= 40 && widgetRe.MatchString(l) {
		return true // a weather widget's link, a date widget left empty after the site's name
	}
	if listHeaderLine(l) {
		return true // a sidebar list's header with its link to more: 更多 今日话题, 24小时排行榜
	}
	if n <= 80 && (strings.HasPrefix(l, "温度") || strings.HasPrefix(l, "气温")) && weatherReadoutRe.MatchString(l) {
		return true // a weather widget's readout: 温度：24-33℃ 天气现象：阵雨
	}
	if n <= 30 && siteNameRe.MatchString(l) {
		return true // the site's name on a line of its own: 某县人民政府门户网站
	}
	if n <= 50 && siteStampRe.MatchString(l) {
		return true // a copy site's stamp: its address and column in brackets
	}
	if n <= 12 && barTagRe.MatchString(l) {
		return true // a copy site's column tag between bars: | 报告 |
	}
	if n <= 30 && fileInfoRe.MatchString(l) {
		return true
	}
	if isCrumbLine(l) {
		return true // a breadcrumb: 首页 > 文库 > 教育
	}
	if strings.Count(l, "|")+strings.Count(l, "｜") >= 3 && strings.Trim(l, "|｜ ") == "" {
		return true // an empty table's rows run together: ||||||||
	}
	if n <= 60 {
		fields := strings.FieldsFunc(strings.TrimSuffix(l, hardEnd), func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("|｜【】〖〗[]>»/·•", r)
		})
		if len(fields) == 0 || strings.ContainsAny(l, "|｜") && strings.Trim(l, "-—:：|｜ ") == "" {
			return true // only separators, or a table's rule (---|, |:---|---|)
		}
		nav, words, govs := true, 0, 0
		for _, f := range joinSpacedChars(fields) {
			if (strings.HasSuffix(f, "：") || strings.HasSuffix(f, ":")) && labelRe.MatchString(f) {
				continue // a field the page left empty among its buttons: 分享 时间： 加入收藏
			}
			if f = strings.TrimLeftFunc(f, isIconRune); f == "" {
				continue // the icon a page draws before its button: ♥ 收藏, ☆ 点赞
			}
			if f == "x" || f == "×" || f == "X" {
				continue // the toolbar's close button, a letter x: 打开适老化模式 x 注册 登录 (not a word; a line of x alone stays)
			}
			words++
			f = strings.TrimRight(f, "：:？?")
			// a library's share button with its tip jar after it: 分享(赏)
			f = strings.TrimSuffix(strings.TrimSuffix(f, "（赏）"), "(赏)")
			if w := strings.TrimRight(f, ".…"); w != "" {
				f = w // a label that trails off: 显示更多..., 加载中……
			}
			if navRunTogether(f) {
				continue // two of a page's buttons run together: 正文复制
			}
			if w, ok := strings.CutPrefix(f, "A"); ok && (navWords[w] || navRunTogether(w)) {
				continue // a font-size switch with the letter before its sizes: A大中小, A大 A中 A小
			}
			if m := toggleNavRe.FindStringSubmatch(f); m != nil && navWords[m[1]] {
				continue // a toolbar's switch with its verb: 开启无障碍, 开启长者助手, 网站无障碍
			}
			if w, ok := strings.CutPrefix(f, "走进"); ok && utf8.RuneCountInString(w) <= 4 && w != "" {
				continue // a portal's column about its place: 走进某某
			}
			if fileFormatLinkRe.MatchString(f) {
				continue // a link to the story in a file format: 【CNML格式】【打印】, Word格式
			}
			if strings.Trim(f, "-—–") == "" {
				continue // a dash between links: 首页 - 加入收藏 - 网站地图
			}
			if siteHomeRe.MatchString(f) {
				continue // the link to a site's home named after it: 某某网首页
			}
			if siteNameRe.MatchString(f) {
				continue // the site's name beside its links: 某市政府门户网站 政务邮箱
			}
			if disclosureBannerRe.MatchString(f) {
				continue // a disclosure platform's banner with the body's name
			}
			if welcomeRe.MatchString(f) {
				continue // the site's welcome after its account links: 登录| 注册 欢迎访问某某
			}
			if strings.HasSuffix(f, "人民政府") && strings.ContainsAny(l, "|｜") && namedPlace(f) != "" {
				govs++ // a portal's links to the governments above it: 中国政府网 | 某省人民政府
				continue
			}
			if strings.ContainsAny(l, "|｜") && barSiteNameRe.MatchString(f) {
				govs++ // a news portal's names in its top bar, beside its links: 某某网|某某电视台|网站地图
				continue
			}
			if !navWords[f] && !navWords[arrowless(f)] {
				nav = false
				break
			}
		}
		if nav && words > govs {
			return true // (one link at least that is a portal's word, not a government's name)
		}
		// A long code (a licence or document number) on its own line.
		if len(fields) == 1 && n >= 10 && strings.IndexFunc(l, func(r rune) bool { return !isASCIIAlnum(r) && r != '-' }) < 0 && strings.IndexFunc(l, unicode.IsDigit) >= 0 && strings.IndexFunc(l, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

// listHeaderLine reports whether l is the header of a list a news page
// runs beside or under its story, alone on its line as a scraper leaves it:
// the list's link to more before or after its name (更多 今日话题, 今日话题
// 更多>>), or a ranking's name (24小时排行榜, 点击排行). Neither is ever a
// line of a report, and the last of them, right above the date line of the
// report the page carries, is no title (a page that read 更多 今日话题 /
// 更多 24小时排行榜 over the date line was titled by them).
func listHeaderLine(l string) bool {
	if utf8.RuneCountInString(l) > 24 || strings.ContainsAny(l, "。，；！？：:、") {
		return false
	}
	fields := strings.Fields(l)
	if len(fields) == 0 || len(fields) > 4 {
		return false
	}
	more, names := false, 0
	for _, f := range fields {
		f = strings.TrimRight(f, ">»›＞")
		switch {
		case f == "更多":
			more = true
		case rankingListRe.MatchString(f):
			more = true // a ranking is a list's header by its name alone
		case utf8.RuneCountInString(f) <= 8 && !strings.ContainsFunc(f, func(r rune) bool { return !IsHan(r) && !unicode.IsDigit(r) }):
			names++
		default:
			return false
		}
	}
	return more && names <= 2
}

// rankingListRe matches the name of a news page's ranking list: 排行榜,
// 24小时排行榜, 点击排行, 热文排行. A bare 排行 takes a ranking's own word
// before it, so that a table's cell (全省排行) is not read as one.
var rankingListRe = mustLitRe(`^(?:[\p{Han}0-9]{0,6}排行榜|(?:[0-9]{1,2}小时|今日|本周|一周|本月|月度|热门|热文|热点|点击|阅读|新闻|文章|评论)排行)$`)

// toggleNavRe matches a portal toolbar's switch written with the verb that
// turns it on or off, or with the site's name before it (开启无障碍,
// 关闭长者助手, 进入关怀版, 网站无障碍), the switch's own word in group 1.
var toggleNavRe = mustLitRe(`^(?:开启|打开|关闭|进入|退出|切换|切换到|网站)(\p{Han}{2,5})$`)

// fileFormatLinkRe matches a news page's button that gives the story in a
// file format, named by the format's Latin letters (CNML格式, Word格式,
// PDF版).
var fileFormatLinkRe = mustLitRe(`^[A-Za-z]{2,6}(?:格式|版)$`)

// isIconRune reports whether r is a symbol a page draws as an icon before
// a button's word (♥ 收藏, ★收藏, ☆ 点赞, 👍 点赞): Unicode's other symbols.
func isIconRune(r rune) bool {
	return unicode.Is(unicode.So, r)
}

// joinSpacedChars joins runs of one-character fields: a menu item spaced
// out to fill its cell (首   页) is one word.
func joinSpacedChars(fields []string) []string {
	var out []string
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		for utf8.RuneCountInString(f) == 1 && i+1 < len(fields) && utf8.RuneCountInString(fields[i+1]) == 1 {
			i++
			f += fields[i]
		}
		out = append(out, f)
	}
	return out
}

// navRunTogether reports whether f is two or three of a page's buttons or
// labels written without a space between them (正文复制, 打印关闭).
func navRunTogether(f string) bool {
	var split func(s string, k int) bool
	split = func(s string, k int) bool {
		if s == "" {
			return k >= 2
		}
		if k == 3 {
			return false
		}
		for i := range s {
			if i > 0 && navWords[s[:i]] && split(s[i:], k+1) {
				return true
			}
		}
		return navWords[s] && k >= 1
	}
	return utf8.RuneCountInString(f) <= 10 && split(f, 0)
}

// arrowless returns f without the arrow a page draws before its link to the
// previous story and after its link to the next one in a symbol font
// (Webdings), which a scraper reads as the digits 3 and 4: 3上一篇, 下一篇4.
func arrowless(f string) string {
	if w, ok := strings.CutPrefix(f, "3"); ok {
		return w
	}
	return strings.TrimSuffix(f, "4")
}

// brandStampRe matches a copy site's watermark, on a line of its own or
// after a space at a line's end (…等工作。 某某汇 www.example.com): the
// site's short name (某某汇, 某某网, 某某库), then its web address or its
// slogan on papers (办公文档之家, 范文学习文库).
var brandStampRe = mustLitRe(`(?:^|\s+)\p{Han}{1,4}[汇网库吧站][ 　,，]\s*(?:(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?|(?:范文|文档|公文|写作|办公|文秘)\p{Han}{0,4}(?:文库|之家|大全|网))\s*$`)

// cutBrandStamp returns l without a copy site's watermark (brandStampRe):
// "" when the line is only that.
func cutBrandStamp(l string) string {
	if m := brandStampRe.FindStringIndex(l); m != nil {
		return strings.TrimRight(l[:m[0]], " \t　")
	}
	return l
}

// siteStampRe matches a copy site's stamp on a line of its own: its address
// in square brackets, with the column after two dashes or not
// (【www.example.com--报告】, [m.example.cn]).
var siteStampRe = mustLitRe(`^[【\[]\s*(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\s*(?:(?:--|——|-|—)\s*\p{Han}{1,8})?\s*[】\]]$`)

// barTagRe matches a copy site's column tag alone between two bars under
// its headline (| 报告 |, ｜范文｜): one word, no table has a single cell.
var barTagRe = mustLitRe(`^[|｜]\s*\p{Han}{1,6}\s*[|｜]$`)

// siteHomeRe matches the link to a site's home page named after the site:
// 某某网首页, 某某网站首页.
var siteHomeRe = mustLitRe(`^\p{Han}{1,10}(?:网|网站)首页$`)

// barSiteNameRe matches a news portal's name as its top bar writes it
// between bars beside its links (某某网 | 某某网络电视台 | 网站地图): a line
// holds such names only with a link that is a page's word (navWords).
var barSiteNameRe = mustLitRe(`^\p{Han}{2,10}(?:网|电视台)$`)

// siteNameRe matches a line that is only a website's name: 某县人民政府门户网站,
// 某市教育信息网, 某某新闻网, 某某政务网, and a copy site's, in either script
// (某某学网, 某某學網, 某某范文网, 某某政務網).
// The alt text of the site's logo is the name and "logo" (某县人民政府网站logo).
var siteNameRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{2,24}(?:门户网站|门户网|网站|官网|政府网|信息网|新闻网|教育网|政[务務][网網]|[学學][网網]|[范範]文[网網])(?:\s*(?i:logo))?$`)

// disclosureBannerRe matches the banner of a body's pages on a government
// disclosure platform: the body's name, then the platform's
// (某新区管理委员会政府信息公开, 某县人民政府政府信息公开平台), the body's
// own 政府 standing for the platform's (某区人民政府信息公开). A report's
// sentence or heading never ends on the platform's name after a body's.
var disclosureBannerRe = mustLitRe(`^\p{Han}{2,30}?(?:人民政府|政府|管理委员会|管委会|局|委员会|委|办公室|办公厅|办事处|中心|厅)(?:政府)?信息公开(?:平台|专栏|网|目录)?$`)

// pageMarkerRe matches a printed page's marker alone on its line (第2页,
// - 3 -, – 3 –, ·3·, 4/12, Page 5 of 9, and a PDF converter's page separator: marker's
// {3}------ as Markdown's dashes come out of markdownInline). Pages count from 1: a counter at 0 (0/0) is a
// page widget's, not a page's (zeroCounterRe).
var pageMarkerRe = mustLitRe(`^(?:第\s*\d+\s*页\s*[/／,，]?\s*(?:共\s*\d+\s*页)?|.{1,100}\.(?i:docx?|pdf|wps|pptx?|txt)_第\d+页|[-—－–]\s*\d+\s*[-—－–]|[·•・‧∙]\s*\d+\s*[·•・‧∙]|0*[1-9]\d*\s*/\s*\d+|Page\s+\d+(?:\s+of\s+\d+)?|\{\d+\}[-—–]{3,})$`)

// chunkMarkerRe matches the line a retrieval project's chunk dump writes
// before or after each chunk of a text it cut up (--- chunk 3/25 ---,
// === Chunk 3 (source: 某县报告.txt) ===, [chunk 3], <chunk id=3>, 【片段3】):
// the chunker cuts where its count of characters ends, mid-sentence as
// often as not, so the marker is a page break to join the text across.
var chunkMarkerRe = mustLitRe(`^[-=#*~<\[【\s]*(?i:chunk|片段|分块|文本块)[\s_#＃:：=]*(?:(?i:id)\s*=\s*)?\d+(?:\s*[/／]\s*\d+)?\s*(?:[(（][^()（）]*[)）])?[-=*~>\]】:：\s]*$`)

// zeroCounterRe matches a page widget's empty counter (0/0, 0 / 12: a
// reader's note list, a carousel): chrome, and no page break to join the
// text across.
var zeroCounterRe = mustLitRe(`^0+\s*/\s*\d+$`)

// disclosureColumnRe matches the column of a disclosure portal that holds
// the paper, printed over it (法定主动公开内容, 其他主动公开内容), and the
// button beside it that folds the column's list, alone on its line (+).
var disclosureColumnRe = mustLitRe(`^(?:(?:法定|其他)?主动公开(?:内容|目录|信息)|[+＋])$`)

// inlinePageNumberRe matches a page number between dashes inside a line
// (一 — 1 — 般, 以上。—12—), with the spaces around it.
var inlinePageNumberRe = mustLitRe(`\s*[` + pageDashes + `]\s*([0-9]{1,3})\s*[` + pageDashes + `]\s*`)

// pageDashes are the dashes a page number is printed between.
const pageDashes = "-—－–"

// cutInlinePageNumbers takes out the page numbers that a conversion from
// PDF left inside lines, where a page break cut a sentence: a number
// between dashes with no digit, letter or dash right beside it, when three
// such numbers or more count up through the text, each one to three more
// than the one before (a page that broke between paragraphs leaves its
// number on a line of its own, for joinPageMarkers). A range written with
// dashes (2—3个) has digits beside its dash, and a 破折号 is two dashes.
func cutInlinePageNumbers(lines []string) []string {
	type mark struct{ line, start, end, n int }
	var marks []mark
	for i, l := range lines {
		if !strings.ContainsAny(l, pageDashes) {
			continue
		}
		for _, m := range inlinePageNumberRe.FindAllStringSubmatchIndex(l, -1) {
			if m[0] == 0 && m[1] == len(l) {
				continue // a line of its own: joinPageMarkers'
			}
			// A neighbour the dash touches must be no digit, letter or
			// dash; one a space keeps apart may be anything (—17— PM2.5).
			mk := l[m[0]:m[1]]
			before, _ := utf8.DecodeLastRuneInString(l[:m[0]])
			after, _ := utf8.DecodeRuneInString(l[m[1]:])
			if m[0] > 0 && mk[0] > ' ' && !inlinePageNeighbour(before) || m[1] < len(l) && mk[len(mk)-1] > ' ' && !inlinePageNeighbour(after) {
				continue
			}
			marks = append(marks, mark{i, m[0], m[1], atoi(l[m[2]:m[3]])})
		}
	}
	// The first page's number opening a line before any other mark
	// (— 1 —关于…) is the first page's, however few follow it: a short
	// copy holds too few to count up through the text.
	first := len(marks) > 0 && marks[0].n == 1 && marks[0].start == 0
	if len(marks) < 3 && !first {
		return lines
	}
	var cut []mark
	for s := 0; s < len(marks); {
		e := s + 1
		for e < len(marks) && marks[e].n > marks[e-1].n && marks[e].n <= marks[e-1].n+3 {
			e++
		}
		if e-s >= 3 || s == 0 && first {
			cut = append(cut, marks[s:e]...)
		}
		s = e
	}
	// Cut from the last mark of a line to its first, so that the offsets
	// of the others hold.
	for k := len(cut) - 1; k >= 0; k-- {
		m := cut[k]
		l := lines[m.line]
		lines[m.line] = l[:m.start] + l[m.end:]
	}
	return lines
}

// trailingPageNumberRe matches a page number a conversion ran onto the end
// of its page's last line, after a space (…社会消费品零售总额完成16.11 1).
var trailingPageNumberRe = mustLitRe(`^(.*\S)\s+([0-9]{1,3})$`)

// trailingPageRunes is the least text between two page numbers run onto
// their lines' ends: a page's worth, not a table's column of cells.
const trailingPageRunes = 100

// splitTrailingPageNumbers puts on a line of its own, as the page marker
// it is (— 1 —), a page number that a conversion from PDF or Word ran onto
// the end of its page's last line after a space, where the page break
// often cut a sentence (…完成16.11 1 / 亿元，增长…): joinPageMarkers then
// drops it and joins the sentence. The numbers must count up through the
// text, three at least, each one to three more than the one before (a page
// that ended a paragraph may print its number on a line of its own), with
// a page's worth of text between two of them; the line must be running
// text (20 characters or more), so that a table's row of figures (…12 15)
// is no page's.
func splitTrailingPageNumbers(lines []string) []string {
	type mark struct {
		line, n, before int    // before: characters since the last candidate
		text, number    string // the line without its number, and the number
	}
	var marks []mark
	since := 0
	for i, l := range lines {
		n := utf8.RuneCountInString(l)
		if n >= 22 && l[len(l)-1] >= '0' && l[len(l)-1] <= '9' {
			if m := trailingPageNumberRe.FindStringSubmatch(l); m != nil && utf8.RuneCountInString(m[1]) >= 20 {
				if r := lastRune(m[1]); r >= utf8.RuneSelf || !isASCIILetter(byte(r)) {
					marks = append(marks, mark{i, atoi(m[2]), since, m[1], m[2]})
					since = 0
					continue
				}
			}
		}
		since += n
	}
	if len(marks) < 3 {
		return lines
	}
	ns, before := make([]int, len(marks)), make([]int, len(marks))
	for k, m := range marks {
		ns[k], before[k] = m.n, m.before
	}
	cut := map[int]mark{}
	for _, k := range countUpRuns(ns, before, false) {
		cut[marks[k].line] = marks[k]
	}
	if len(cut) == 0 {
		return lines
	}
	out := make([]string, 0, len(lines)+len(cut))
	for i, l := range lines {
		if m, ok := cut[i]; ok {
			out = append(out, m.text, "— "+m.number+" —")
			continue
		}
		out = append(out, l)
	}
	return out
}

// countUpRuns returns the indexes of the page numbers ns (in text order,
// before[k] the characters of text since the one before) that lie in runs
// counting up page by page: each number one to three more than the one
// before it, with a page's worth of text (trailingPageRunes) between them.
// A run counts when it holds three numbers at least, or, when fromOne, two
// that start at the first page's (1).
func countUpRuns(ns, before []int, fromOne bool) []int {
	var keep []int
	for s := 0; s < len(ns); {
		e := s + 1
		for e < len(ns) && ns[e] > ns[e-1] && ns[e] <= ns[e-1]+3 && before[e] >= trailingPageRunes {
			e++
		}
		if e-s >= 3 || fromOne && e-s == 2 && ns[s] == 1 {
			for k := s; k < e; k++ {
				keep = append(keep, k)
			}
		}
		s = e
	}
	return keep
}

// leadingPageNumberRe matches a page number a conversion ran onto the start
// of its page's first line, before a space (2 发展提质扩面，…): the text
// after it opens with a Han character or a year.
var leadingPageNumberRe = mustLitRe(`^([0-9]{1,3})[ \x{3000}]+(\p{Han}|(?:19|20)[0-9]{2}\s*年)`)

// unitLeadRe matches a counting word or unit that a number before it
// counts (3 个, 12 月, 5 万元): a line that opens so opens with a figure of
// the text, no page number.
var unitLeadRe = mustLitRe(`^[年月日号个名项万亿千百元倍次人户家所座条吨亩届期批类]`)

// splitLeadingPageNumbers puts on a line of its own, as the page marker it
// is (— 2 —), a page number that a conversion from Word or PDF ran onto the
// start of its page's first line after a space, where the page break often
// cut a sentence (…形成产业 / 2 发展提质扩面，…): joinPageMarkers then drops
// it and joins the sentence. As for splitTrailingPageNumbers, the numbers
// must count up through the text, each one to three more than the one
// before, with a page's worth of text between two of them: three at least,
// or two when the first is the first page's (1).
func splitLeadingPageNumbers(lines []string) []string {
	type mark struct{ line, n, before int }
	var marks []mark
	since := 0
	for i, l := range lines {
		n := utf8.RuneCountInString(l)
		if m := leadingPageNumberRe.FindStringSubmatchIndex(l); m != nil && n >= 12 && !unitLeadRe.MatchString(l[m[4]:]) {
			marks = append(marks, mark{i, atoi(l[m[2]:m[3]]), since})
			since = n
			continue
		}
		since += n
	}
	ns, before := make([]int, len(marks)), make([]int, len(marks))
	for k, m := range marks {
		ns[k], before[k] = m.n, m.before
	}
	cut := map[int]bool{}
	for _, k := range countUpRuns(ns, before, true) {
		cut[marks[k].line] = true
	}
	if len(cut) == 0 {
		return lines
	}
	out := make([]string, 0, len(lines)+len(cut))
	for i, l := range lines {
		if cut[i] {
			m := leadingPageNumberRe.FindStringSubmatchIndex(l)
			out = append(out, "— "+l[m[2]:m[3]]+" —", strings.TrimSpace(l[m[3]:]))
			continue
		}
		out = append(out, l)
	}
	return out
}

// inlinePageNeighbour reports whether r may stand next to a page number
// run into the text: a Han character or a punctuation mark, not a digit,
// a letter or a dash.
func inlinePageNeighbour(r rune) bool {
	if unicode.Is(unicode.Han, r) {
		return true
	}
	return r != utf8.RuneError && !unicode.IsDigit(r) && !unicode.IsLetter(r) && !strings.ContainsRune(pageDashes, r)
}

// isPagination reports whether l is a long article's page links (上一页 1 2
// 3 下一页, 共4页 首页 上一页 下一页 尾页): the page of a site that splits
// the article goes on after them.
func isPagination(l string) bool {
	return strings.ContainsAny(l, "上下尾末分") && utf8.RuneCountInString(l) <= 80 && paginationRe.MatchString(l)
}

// joinPageMarkers does step 3: page-marker lines go; when the text before
// the marker stops mid-sentence, the text after it is joined to it.
func joinPageMarkers(lines []string, starts map[string]bool) []string {
	marker := pageFurniture(lines)
	width, hard := -1, false // the text's wrap width, worked out at the first page break that needs it
	wrap := func() int {
		if width < 0 {
			// (the markers are no lines of the text: a chunk dump's
			// markers of one length are no wrap width)
			var text []string
			for i, l := range lines {
				if !marker[i] {
					text = append(text, l)
				}
			}
			width = wrapWidth(text)
			hard = width > 0 && cutAtWidth(text, width)
		}
		return width
	}
	tail := func(p, l string) bool { return headingTail(p, l, wrap()) }
	opened := indentOpenings(starts)
	byCount := cutByCount(lines)
	out := make([]string, 0, len(lines))
	cont := make([]bool, 0, len(lines))
	pending := false // a marker was dropped since the last content line
	// The text's first line, when it is a title: a PDF's running head
	// prints it again at the top of each page, right under the page's
	// marker (— 2 — / 政府工作报告 / the page's text).
	first, at := "", -1
	for i, l := range lines {
		if l != "" {
			first, at = strings.Join(strings.Fields(l), ""), i
			break
		}
	}
	if n := utf8.RuneCountInString(first); n < 4 || n > 60 || !titleEndRe.MatchString(first) || strings.ContainsAny(first, "。；，") {
		first = ""
	}
	second := ""
	if first != "" {
		if k := nextFilled(lines, at+1); k >= 0 && !marker[k] {
			second = lines[k]
		}
	}
	body := false // a long line or a heading came: the body has begun
	for i, l := range lines {
		if marker[i] {
			if j := lastContent(out); body && j >= 0 && isRunningHead(out[j]) {
				// the running head over the folio at a page's foot
				// (某市人民政府工作报告 / — 9 —), printed once
				out, cont = out[:j], cont[:j]
			}
			pending = true
			continue
		}
		if pending && first != "" && i > at && strings.Join(strings.Fields(l), "") == first && (second == "" || (nextFilled(lines, i+1) < 0 || lines[nextFilled(lines, i+1)] != second)) {
			// the running head: the marker's, not the text's (unless the
			// title's next line follows it again: a second copy's title,
			// kept for collapseCopies)
			continue
		}
		if pending && body && isRunningHead(l) {
			continue // the same under the folio at a page's top
		}
		if l == "" {
			out = append(out, l)
			cont = append(cont, false)
			continue
		}
		body = body || utf8.RuneCountInString(l) > 60 || headingMarker(l) != nil
		if pending {
			j := lastContent(out) // the last content line before the marker
			if j >= 0 && anchorAtBreak(out, j, l, lines, i, marker) {
				// a link's words on their own line by the break: the
				// anchor repair joins the three lines, as it does where
				// no page broke them (joinAnchors)
				pending = false
				out = append(out, l)
				cont = append(cont, false)
				continue
			}
			// (a paper's title above the break is no cut sentence: a
			// library's headline above its preview counters)
			// (nor is a wrapped heading's end: …以改善民生为重点的 /
			// 社会建设 / — 4 —)
			// (a line that opens with a stop goes on the line above,
			// heading or not: a chunker's cut before a heading's 。)
			// (in a hard-wrapped text that indents its paragraphs, a
			// line the wrap filled goes on into an unindented line after
			// the break, even after a sentence's end: wrapGoesOn)
			// (nor does a page break cut a sentence before a line that
			// opens a report's title block or its speech, or around the
			// speaker's line: the page ended the line above: titleBlockBreak)
			// (a short line above the break is no heading standing
			// alone when the line after it ends its first sentence
			// within a few characters, the rest of the one above:
			// 着力扩大居民 / — 3 — / 消费。…: cutAbove)
			if j >= 0 && !titleBlockBreak(out[j], l) && (endsMidSentence(out[j]) && (cont[j] || opensWithClosing(l) || byCount || !isHeadingLike(out[j]) && (cutAbove(out, j, l) || !bareAbove(out, j, l) && !(titleEndRe.MatchString(out[j]) && isTitleLine(out[j])) && !(j > 0 && tail(out[j-1], out[j])))) && headingMarker(l) == nil ||
				opened != nil && wrap() > 0 && hard && wrapGoesOn(out[j], l, width, opened)) {
				out, cont = out[:j+1], cont[:j+1]
				out = append(out, l)
				cont = append(cont, true)
				pending = false
				continue
			}
		}
		pending = false
		out = append(out, l)
		cont = append(cont, false)
	}
	return glue(out, cont)
}

// anchorAtBreak reports whether a page break between out[j] and l,
// lines[i], fell beside a link's words on a line of their own inside a
// sentence, so that the anchor repair is to join the lines (joinAnchors),
// as it does where no page broke them: after the break (…加强对 / — 3 — /
// 权力 / 运行的监督…: out[j] reads as running text that stops
// mid-sentence, l is an anchor, and the line after l goes on with the
// sentence) or before it (…加强社会主义民主 / 法制 / — 3 — / 和精神文明…:
// out[j] is the anchor, the line above it running text, l goes on). Run
// into one another here, the pieces would be joined otherwise in a copy
// the page broke than in one it did not (a file that holds its report
// several times, each copy's pages breaking elsewhere).
func anchorAtBreak(out []string, j int, l string, lines []string, i int, marker []bool) bool {
	running := func(p string) bool {
		return endsMidSentence(p) && (strings.ContainsAny(p, "，、") || utf8.RuneCountInString(p) >= 20)
	}
	if isAnchor(l) {
		k := nextFilled(lines, i+1)
		return running(out[j]) && k >= 0 && !marker[k] && anchorGoesOn(lines[k], false)
	}
	k := lastContent(out[:j])
	return isAnchor(out[j]) && k >= 0 && running(out[k]) && anchorGoesOn(l, false)
}

// anchorGoesOn reports whether c, the line after a link's words, can go on
// with their sentence: it opens with a closing mark or a stop, or is no
// heading, menu item or subtitle (a title's ——2031年1月8日在…会议上 follows
// a title line as short as an anchor) and, unless the anchor opened a
// quote, six characters long at least.
func anchorGoesOn(c string, opening bool) bool {
	first, _ := utf8.DecodeRuneInString(c)
	if strings.ContainsRune("”’》）)」，、；。：", first) {
		return true
	}
	return headingMarker(c) == nil && !isMenuItem(c) && !isSubtitle(c) && (opening || utf8.RuneCountInString(c) >= 6)
}

// sentenceTailRe matches the start of a line that ends the sentence the
// line above it began, within four characters (消费。…): no paragraph under
// a heading opens with a sentence that short.
var sentenceTailRe = mustLitRe(`^\p{Han}{1,4}。`)

// cutAbove reports whether out[j], the line above a page break, is the
// start of a paragraph the break cut rather than a heading standing alone
// above it: it follows a sentence's end, and l, the first line after the
// break, ends the sentence it began within a few characters
// (sentenceTailRe). (After a line that stops mid-sentence, a bare
// numbering marker or a link's words, it is a piece that the link repair
// joins.)
func cutAbove(out []string, j int, l string) bool {
	k := lastContent(out[:j])
	return k >= 0 && sentenceEndRe.MatchString(out[k]) && sentenceTailRe.MatchString(l)
}

// titleBlockBreak reports whether a page break between p and l fell
// between two lines of a report's title block, which no sentence runs
// across: l opens the title block or the speech (a work report's title,
// 政府工作报告, 2031年政府工作报告; a date line or a subtitle, ——2031年1月9日
// 在…会议上; the greeting, 各位代表：), l is the speaker's line under a
// date line that ends at the meeting (…会议上 / 某某县县长 某某), or p is
// the speaker's line, short (国务院总理 某某).
func titleBlockBreak(p, l string) bool {
	return titleLineRe.MatchString(l) || isYearTitleLine(l) || opensTitleBlockLine(l) || greetingLineRe.MatchString(l) ||
		strings.HasSuffix(strings.TrimRight(p, "）)"), "会议上") && isSpeaker(despace(l)) ||
		utf8.RuneCountInString(p) <= 24 && isSpeaker(despace(p))
}

// lastContent returns the index of the last line of out that is not
// empty, or -1.
func lastContent(out []string) int {
	j := len(out) - 1
	for j >= 0 && out[j] == "" {
		j--
	}
	return j
}

// isRunningHead reports whether l, a line next to a page's folio once
// the body has begun, is the report's running head: the name of a work
// report alone (政府工作报告, 某市人民政府工作报告), which no paragraph or
// heading of the report is.
func isRunningHead(l string) bool {
	return titleLineRe.MatchString(strings.Join(strings.Fields(strings.TrimSuffix(l, hardEnd)), ""))
}

// minOverlap is the least length, in characters, of the text a chunk
// repeats from the end of the chunk before it (dropChunkOverlaps): shorter,
// a match may be chance.
const minOverlap = 10

// dropChunkOverlaps removes the text each chunk of a chunk dump repeats
// from the end of the chunk before it (a chunker's overlap, 50 characters
// or so, over a line's end or not): the text right after a chunk marker
// (chunkMarkerRe) that the text right before it ends with. Where the
// chunk before ended at a line's end, the marker goes too: there is no
// cut line for joinPageMarkers to join.
func dropChunkOverlaps(lines []string) []string {
	for i, l := range lines {
		if !chunkMarkerRe.MatchString(l) {
			continue
		}
		var before, after []string
		for k := i - 1; k >= 0 && len(before) < 8; k-- {
			if lines[k] != "" {
				before = append([]string{lines[k]}, before...)
			}
		}
		var at []int // the lines after the marker that after holds
		for k := i + 1; k < len(lines) && len(after) < 8 && !chunkMarkerRe.MatchString(lines[k]); k++ {
			if lines[k] != "" {
				after, at = append(after, lines[k]), append(at, k)
			}
		}
		head := []rune(strings.Join(after, "\n"))
		tail := strings.Join(before, "\n")
		n := 0
		for k := min(len(head), 600); k >= minOverlap; k-- {
			if strings.HasSuffix(tail, string(head[:k])) {
				n = k
				break
			}
		}
		if n > 0 && n < len(head) && head[n] == '\n' {
			// the chunk before ended at a line's end: no cut to join
			lines[i] = ""
		}
		// drop n characters (a line's end counts one) from the lines after
		for _, k := range at {
			if n <= 0 {
				break
			}
			r := []rune(lines[k])
			if n >= len(r) {
				lines[k], n = "", n-len(r)-1
				continue
			}
			lines[k], n = string(r[n:]), 0
		}
	}
	return lines
}

// cutByCount reports whether the chunk markers of lines (chunkMarkerRe)
// stand where a chunker's count of characters ran out, not at a line's
// end of the text's own: three in five of them or more come after a line
// that stops mid-sentence. A line without a stop before such a marker is
// then a piece of a paragraph or of a heading, not a heading that ends a
// page: the count ran out inside it.
func cutByCount(lines []string) bool {
	n, mid := 0, 0
	prev := ""
	for _, l := range lines {
		switch {
		case l == "":
		case chunkMarkerRe.MatchString(l):
			if prev != "" {
				n++
				if endsMidSentence(prev) {
					mid++
				}
			}
		default:
			prev = l
		}
	}
	return n > 0 && mid*5 >= n*3
}

// bareAbove reports whether out[j], the last line of a page, is a heading
// without a number standing alone above the page break (a part's name
// between a paragraph's end and the next page's paragraph), not the start
// of a sentence that next goes on.
func bareAbove(out []string, j int, next string) bool {
	k := lastContent(out[:j])
	prev := ""
	if k >= 0 {
		prev = out[k]
	}
	return isBareHeading(prev, out[j], next, k < 0)
}

// printEdgeRe matches a browser's print header or footer left in text
// copied from a printed page: the date and clock time, alone or before the
// page's title (2031/3/5 14:11 某某_某某网), and the page's address, alone
// or before the page counter (https://… 3/15).
var printEdgeRe = mustLitRe(`^(?:[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AaPp][Mm])?(?:\s+\S.*)?|(?:https?|file)://\S+(?:\s+[0-9]{1,3}\s*/\s*[0-9]{1,3})?)$`)

// bareNumberRe matches a page number printed alone (a PDF's footer copied
// with its text).
var bareNumberRe = mustLitRe(`^[0-9]{1,3}$`)

// sentenceEndRe matches a line that ends a sentence.
var sentenceEndRe = mustLitRe(`[。！？!?][”’」』）)]?$`)

// pageFurniture marks the lines a printed page adds to the text: page
// markers and a site's page links; page numbers printed alone, when they
// count up one by one (1 … 2 … 3, three at least) a page apart
// (pageApart; the last page may be shorter), so that a table's column of
// row numbers is no page's; and a
// running head, a short line (the title, a part's name) that stands next
// to two page markers or more, above or below them, and more often there
// than elsewhere in the text.
func pageFurniture(lines []string) []bool {
	marker := make([]bool, len(lines))
	var bare []int // the lines holding a number alone
	for i, l := range lines {
		switch {
		case l == "":
		case pageMarkerRe.MatchString(l) || isPagination(l) || utf8.RuneCountInString(l) <= 120 && (printEdgeRe.MatchString(l) || chunkMarkerRe.MatchString(l)):
			marker[i] = true
		case bareNumberRe.MatchString(l):
			bare = append(bare, i)
		}
	}
	// A page's counter of a one-page text: 1 alone as the last line, under
	// a sentence's end (a table's last cell stands under another cell).
	if n := len(bare); n > 0 && lines[bare[n-1]] == "1" && nonBlank(lines[bare[n-1]+1:]) == 0 {
		k := bare[n-1] - 1
		for k >= 0 && lines[k] == "" {
			k--
		}
		if k >= 0 && strings.HasSuffix(lines[k], hardEnd) {
			k = -1 // chrome was cut after it: not known to be the text's end
		}
		if k >= 0 && sentenceEndRe.MatchString(lines[k]) {
			marker[bare[n-1]] = true
			bare = bare[:n-1]
		}
	}
	// Runs of numbers one more than the one before, a page apart.
	for s := 0; s < len(bare); {
		e := s + 1
		for e < len(bare) && atoi(lines[bare[e]]) == atoi(lines[bare[e-1]])+1 &&
			(pageApart(lines[bare[e-1]+1:bare[e]]) || nonBlank(lines[bare[e]+1:]) == 0) {
			e++
		}
		if e-s >= 3 {
			for _, i := range bare[s:e] {
				marker[i] = true
			}
		}
		s = e
	}
	// A number alone between the two pieces of a figure that a page cut
	// (…收入4.6 / 1 / 亿元，…) is the page's, however few: no report
	// sets a number apart between a figure's digits and its unit, and
	// read into the figure it changes it (4.61亿元).
	for _, i := range bare {
		if !marker[i] && splitsFigure(lines, i) {
			marker[i] = true
		}
	}
	// Running heads: the nearest lines above and below each marker, once
	// the body has begun (the greeting, a sentence's stop, a line of
	// running text or a numbered heading came): the lines above it are
	// the title block, which a page's head repeats, not the head (a file
	// that holds its report twice, a marker by each copy's title).
	body := len(lines)
	for i, l := range lines {
		if !marker[i] && (strings.Contains(l, "。") || greetRe.MatchString(l) || utf8.RuneCountInString(l) > 60 || headingMarker(l) != nil) {
			body = i
			break
		}
	}
	next := map[string][]int{}
	sideOf := map[int]int{} // the side a line was last reached from
	for i := range lines {
		if !marker[i] || i > 0 && marker[i-1] {
			continue
		}
		for _, step := range []int{-1, 1} {
			j := i + step
			for j >= 0 && j < len(lines) && (lines[j] == "" || marker[j]) {
				j += step
			}
			if j >= body && j < len(lines) && utf8.RuneCountInString(lines[j]) <= 40 && !strings.ContainsAny(lines[j], "。；！？，") {
				// A line reached from the same side of a run of markers
				// (a headline above a library's 1/7, 2/7) stands next to
				// one page break, not two.
				if at := next[lines[j]]; len(at) > 0 && at[len(at)-1] == j && sideOf[j] == step {
					continue
				}
				sideOf[j] = step
				next[lines[j]] = append(next[lines[j]], j)
			}
		}
	}
	// A running head stands next to the page's marker more often than
	// anywhere else: a heading or a title that also stands away from the
	// markers more often (a report the file holds several times, a marker
	// happening to fall by some copies' heading) is the text's. And it
	// stands next to two markers or more in each copy of a text the file
	// holds several times, every page's head: a heading that each copy
	// holds once stands next to one marker a copy at most, however many
	// copies the markers happen to fall by.
	seen := map[string]int{}
	for _, l := range lines {
		if len(next[l]) >= 2 {
			seen[l]++
		}
	}
	copies := textCopies(lines)
	for l, at := range next {
		if len(at) >= 2*copies && len(at) > seen[l]-len(at) {
			for _, j := range at {
				marker[j] = true
			}
		}
	}
	return marker
}

// splitsFigure reports whether lines[i], a number alone, stands between
// the two pieces of a figure a page break cut: the line above is running
// text that stops on the figure's digit or decimal point (…收入4.6, 10
// characters or more, not a heading), and the line below goes on with
// the figure's digits, its unit or the mark after it (亿元，…, 2.4%，…).
func splitsFigure(lines []string, i int) bool {
	k := i - 1
	for k >= 0 && lines[k] == "" {
		k--
	}
	n := nextFilled(lines, i+1)
	if k < 0 || n < 0 {
		return false
	}
	p, l := lines[k], lines[n]
	return utf8.RuneCountInString(p) >= 10 && headingMarker(p) == nil && runsIntoFigure(p, "0") &&
		(unitOpenRe.MatchString(l) || isDigit(firstRune(l)) || strings.HasPrefix(l, "."))
}

// runsIntoFigure reports whether the line a, opening with a digit, would
// run into the figure that p stops in (…4.6 / 1, …增长3 / 2.4%): p ends on
// a digit or a decimal point after one. A page's number joined so makes
// another figure of it.
func runsIntoFigure(p, a string) bool {
	if !isDigit(firstRune(a)) {
		return false
	}
	r := lastRune(p)
	if r == '.' || r == '．' {
		r = lastRune(strings.TrimRight(p, ".．"))
	}
	return isDigit(r)
}

// pageApart reports whether ls, the lines between two page numbers, can be
// a page: four lines at least, or a page's worth of text in fewer (a
// copy that keeps each paragraph on one line: pageRunes), one of them of
// running text (30 characters or more), not a table's row of short cells.
func pageApart(ls []string) bool {
	if nonBlank(ls) < 4 && runeCount(ls) < pageRunes {
		return false
	}
	for _, l := range ls {
		if utf8.RuneCountInString(l) >= 30 {
			return true
		}
	}
	return false
}

// pageRunes is the least text of a page printed with few lines: its
// paragraphs each on one line, as a copy that unwrapped a PDF's text
// keeps them. A table's row between two row numbers holds far less.
const pageRunes = 300

// runeCount returns the characters of ls.
func runeCount(ls []string) int {
	n := 0
	for _, l := range ls {
		n += utf8.RuneCountInString(l)
	}
	return n
}

// nonBlank returns the number of lines of ls that are not blank.
func nonBlank(ls []string) int {
	n := 0
	for _, l := range ls {
		if l != "" {
			n++
		}
	}
	return n
}

// endsMidSentence reports whether a line stops inside a sentence: its last
// character is not a sentence-final or closing mark. A table's row that
// ends with its bar (行政许可 | 0 |) ends there: the next row, or the
// heading after the table, does not go on from it. So does a line that
// ends with a full stop after a word: an English sentence of a bilingual
// page (…for your deliberation.), or a Chinese one whose converter printed
// its 。 as a full stop (…提出意见., …增长6%.); after a digit the stop may
// be a number's (增长3. / 5%) or an item's (1.), and the line may go on.
func endsMidSentence(l string) bool {
	r, size := utf8.DecodeLastRuneInString(l)
	if r == utf8.RuneError || r == '\x01' {
		return false
	}
	if r == '.' {
		p, _ := utf8.DecodeLastRuneInString(l[:len(l)-size])
		return !(p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || IsHan(p) || p == ')' || p == '"' || p == '%' || p == '％')
	}
	return !strings.ContainsRune("。！？；：!?;:…”’」』》）)】〕]|｜", r)
}

// isHeadingLike reports whether l is a heading line on its own: it starts
// with a numbering marker, is short, and holds no sentence end.
func isHeadingLike(l string) bool {
	if headingMarker(l) == nil {
		return false
	}
	return utf8.RuneCountInString(l) <= 40 && !strings.ContainsAny(l, "。！？；")
}

// editorNoteRe matches the start of a paper's note on what it prints
// (编者按：…, 编者的话：…, 编前语：…).
var editorNoteRe = mustLitRe(`^[【\[（(]?\s*(?:编者按|编者的话|编前语|编后语)\s*[】\]）)]?\s*[：:]?`)

var chunkRe = mustLitRe(`^(\d{1,3})、`)

// listChunkRe is chunkRe for removeChunkMarkers: a library that lists its
// chunks as a page's list puts the list's bullet before the number
// (• 1、…), and the bullet goes with it.
var listChunkRe = mustLitRe(`^(?:[•·●▪◦]\s*)?(\d{1,3})、`)

// trimChunkDot returns the text of a library's chunk without the stray
// marks some libraries print after its number, a full stop or a junk
// separator (1、.某市政府工作报告…, 1、-_政府工作报告…): marks before a Han
// character open no sentence, while a dot before a digit is the decimal
// point of a number the chunk cut (…4406 / 2、.3亿元), and stays.
func trimChunkDot(t string) string {
	u := strings.TrimLeft(t, ".．-_")
	if r, _ := utf8.DecodeRuneInString(u); len(u) < len(t) && IsHan(r) {
		return u
	}
	return t
}

// leadsInList reports whether l ends with the words that announce a list
// (现将有关情况报告如下, 具体安排如下) without their colon, as a page that
// dropped it prints them: a 1、 on the next line opens the list (a
// heading, not a sentence's cut), not a library's chunk number or a
// figure's tail. 如下 only, the announcing word
// that rarely goes on; where the line below is no item, a hard-wrapped
// sentence may (提出如下 / 建议。), so this says nothing of other lines.
func leadsInList(l string) bool {
	return strings.HasSuffix(strings.TrimRight(l, " \t\u3000"), "如下")
}

// minChunkRunes is the least length of the line a library's first chunk
// number 1、 opens (removeChunkMarkers): a chunk is a page's worth.
const minChunkRunes = 80

// removeChunkMarkers does step 4.
func removeChunkMarkers(lines []string, title string, warns []Warning) ([]string, []Warning) {
	type cand struct {
		line, n int
		cut     bool
	}
	var cands []cand
	prev := -1  // index of the previous content line
	width := -1 // the text's hard wrap width (0: none), found at the first marker
	for i, l := range lines {
		if l == "" {
			continue
		}
		if m := listChunkRe.FindStringSubmatch(l); m != nil {
			if width < 0 {
				if width = wrapWidth(lines); width > 0 && !cutAtWidth(lines, width) {
					width = 0
				}
			}
			n := atoi(m[1])
			p := ""
			if prev >= 0 {
				p = lines[prev]
			}
			// The line before stops mid-sentence, and is no heading or title
			// of its own: long, or holding the end of an earlier sentence.
			// A line that ends with a digit was cut inside a number, and
			// the digits that open this line are the rest of it (…先后在
			// 20 / 29、2030年…): no marker. So is one that ends with a
			// Latin letter, cut inside a code of letters and digits (a
			// road's, a model's: …实施S / 401、S102、S426等…, as a PDF's
			// text wraps it).
			// A lead-in that lost its colon (…报告如下) announces the list
			// its 1、 opens (leadsInList).
			// In a hard-wrapped text, a full line that opens with figures
			// (…浓度降至 / 72、43微克/立方米…) is a wrap cut inside a run
			// of figures: its number is no marker, and joinWraps joins
			// it whole (numberRunOn).
			cut := p != "" && p != title && endsMidSentence(p) && !leadsInList(p) && !isHeadingLike(p) &&
				(utf8.RuneCountInString(p) >= 15 || strings.ContainsAny(p, "。；！？")) &&
				!unicode.IsDigit(lastRune(p)) && !(lastRune(p) < utf8.RuneSelf && isASCIILetter(byte(lastRune(p)))) && !numberRunOn(p, l, width)
			cands = append(cands, cand{i, n, cut})
		}
		prev = i
	}
	cuts := 0
	for _, c := range cands {
		if c.cut {
			cuts++
		}
	}
	if cuts == 0 {
		return lines, warns
	}
	chunk := map[int]bool{} // line index -> is a chunk marker
	if cuts >= 2 {
		// The site's run: line-start markers 1, 2, 3, … in order, each chunk
		// long, with the cuts among them.
		want := 1
		var run []cand
		for _, c := range cands {
			if c.n == want {
				run = append(run, c)
				want++
			}
		}
		runCuts := 0
		for _, c := range run {
			if c.cut {
				runCuts++
			}
		}
		if runCuts >= 2 && 2*runCuts >= len(run)-1 {
			for _, c := range run {
				chunk[c.line] = true
			}
		}
	}
	for _, c := range cands {
		if c.cut {
			chunk[c.line] = true
		}
	}
	if len(cands) >= 2 && cands[0].n == 1 && cands[1].n == 2 && chunk[cands[1].line] && utf8.RuneCountInString(lines[cands[0].line]) >= minChunkRunes {
		// The 1、 that opens the library's text, a chunk as long as
		// one, before the 2、 that cut a sentence, is the library's
		// first chunk number: it goes too.
		chunk[cands[0].line] = true
	}
	out := make([]string, 0, len(lines))
	cont := make([]bool, 0, len(lines)) // out[i] continues out[i-1]
	joined := 0
	for i, l := range lines {
		if !chunk[i] {
			out = append(out, l)
			cont = append(cont, false)
			continue
		}
		m := listChunkRe.FindStringIndex(l)
		rest := trimChunkDot(strings.TrimSpace(l[m[1]:]))
		j := lastContent(out)
		if j >= 0 && (cont[j] || out[j] != title && !isHeadingLike(out[j])) {
			out, cont = out[:j+1], cont[:j+1]
			out = append(out, rest)
			cont = append(cont, true)
			joined++
			continue
		}
		out = append(out, rest)
		cont = append(cont, false)
	}
	out = glue(out, cont)
	if joined > 0 {
		warns = append(warns, Warning{Message: "site chunk markers (N、) removed; sentences they cut joined: " + itoa(joined)})
	}
	return out, warns
}

// firstTitleRe matches the end of a paper's title: what the paper is, or
// for a news page's headline, what happened (…会议胜利召开, …隆重开幕) or
// the meeting it tells of, or who held it (某局召开2031年度工作总结暨表彰会议,
// 某县某局召开2031年上半年工作总结会, …工作推进会; not …社会, which a
// sentence ends with); a site's tag that it prints the full text may follow
// (…政府工作报告—全文, …（全文）). A paper may call itself material for
// what it is (关于2031年某局的工作汇报材料, …工作总结及2032年工作计划材料).
// A notice may be a bulletin or a reply (…落实情况的通报, …的批复). A
// table may divide a year's tasks among offices (…重点工作任务分解表, …责任
// 清单).
var firstTitleRe = mustLitRe(`(?:(?:报告|汇报|总结|计划|要点|讲话)(?:材料)?|(?:分解|分工|任务|责任)(?:表|清单)|规划|纲要|方案|意见|安排|打算|思路|谋划|通知|通报|批复|解读|说明|决定|决议|公报|召开|开幕|闭幕|举行|会议|[^社]会)(?:\s*[-—－]{1,2}\s*全文|\s*[（(【]全文[）)】])?$`)

// docMastheadRe matches an official document's masthead, the issuing
// office's name over its papers (某省教育厅文件, 中共某县委员会文件), and
// annexLabelRe the label of an annex on a line of its own (附件, 附件2：):
// neither goes on a line before it.
var (
	docMastheadRe = mustLitRe(`^\p{Han}{2,30}?(?:文\s*件)$`)
	annexLabelRe  = mustLitRe(`^(?:附件|附表|附录)[0-9一二三四五六七八九十]{0,2}\s*[：:]?$`)
)

// joinWraps does step 5: a line that stops mid-sentence is joined with the
// next one, unless either is a heading, the title, or a short line, or
// the next one opens with a field's label (发文单位：, 来源：: a collector's
// header or a page's stamp, one field a line), or either is a document's
// number alone (某市科发〔2031〕24号), or a notice's title is followed by its
// addressees, or the next is one of starts: it opened with a paragraph's
// indent.
func joinWraps(lines []string, title string, starts map[string]bool) []string {
	cont := make([]bool, len(lines))
	width := wrapWidth(lines)
	hard := width > 0 && cutAtWidth(lines, width)
	top := 0 // the first line that is not blank
	for top < len(lines) && lines[top] == "" {
		top++
	}
	if top+1 < len(lines) && docMastheadRe.MatchString(lines[top]) && lines[top+1] != "" {
		// An official document's masthead (某省教育厅文件) stands above
		// its title: the title is the text's first line all the same.
		top++
	}
	if top+1 < len(lines) && editorNoteRe.MatchString(lines[top]) && lines[top+1] != "" {
		// So does a paper's editor's note over the paper it prints
		// (编者按：本报今日刊发…，以飨读者。).
		top++
	}
	first, runes := "", 0 // the first piece of the open line, the line's length
	opened := indentOpenings(starts)
	// In a text that keeps each paragraph on a line of its own (not
	// wrapped; nearly every long line ends its sentence), a numbered line
	// that stops mid-sentence is a heading, however long: a province's
	// task headings run to sixty characters and more, with commas
	// (（一）做实某某全新定位，加快建设…).
	whole := width == 0 && wholeParagraphs(lines)
	var alone []int
	if width > 0 {
		alone = aloneStyles(lines, width)
	}
	stopWraps := hard && opened == nil && wrapsCrossStops(lines, width)
	for i, l := range lines {
		if l != "" && i > 0 && lines[i-1] != "" {
			if starts[l] {
				continue
			}
			p := lines[i-1]
			if !cont[i-1] {
				first, runes = p, utf8.RuneCountInString(p)
				if headingTail(p, l, width) || quoteLeftOpen(p, l) || headingBrokenShort(p, l, lineAfter(lines, i), width) {
					cont[i] = true
					runes += utf8.RuneCountInString(l)
					continue
				}
				// A lead heading that fills its line (eight tenths: a line
				// never starts with 。, so 展。 moves down whole) and ends
				// its sentence early in the next (（一）加快转变经济发展方式，
				// 促进经济持续健康发 / 展。我国…): the paragraph goes on from
				// there, and its next lines join it as any paragraph's do.
				// Where headings of its style stand alone, the next line
				// must open with its sentence's last three characters at
				// most: no paragraph opens with a sentence so short (础。).
				// A longer end of the sentence (four characters and more)
				// goes on only a line that the wrap filled: at most three
				// short (an indent lost, a character moved down), or
				// shorter where a half-width word or number moved down
				// whole. A line that stops earlier ended by itself, a
				// heading set alone (…“三个提升”齐头并进 / 城市品质明显提升。).
				if width > 0 && runes*10 >= width*8 && headingMarker(p) != nil && endsMidSentence(p) && headingMarker(l) == nil {
					if k := strings.IndexAny(l, "。！？"); k >= 0 && utf8.RuneCountInString(l[:k]) <= 12 && runes+utf8.RuneCountInString(l[:k]) <= 60 &&
						(utf8.RuneCountInString(l[:k]) <= 3 || !headingOfAloneStyle(p, l, alone[i-1]) && (runes >= width-3 || opensHalfWidth(l))) {
						cont[i] = true
						first, runes = l, runes+utf8.RuneCountInString(l)
						continue
					}
				}
				// A numbered line that fills a hard-wrapped line to its
				// last character (or to a comma or enumeration mark, nine
				// tenths of it at least) and stops mid-sentence is a
				// numbered paragraph, not a heading: no heading is cut at
				// the width in the middle of a clause ((4)…改为大学的工农
				// 预科或者正规的工农中学，一九五 / 八年秋季继续招生…). It
				// goes on as any paragraph does. A paragraph's first line
				// that lost its indent stops two characters short, three
				// when its last moved down: such a line goes on when the
				// next ends its sentence, or when it runs an item in
				// after its label's colon (３、某某网：是指… / …).
				if hard && headingMarker(p) != nil && headingMarker(l) == nil && !headingOfAloneStyle(p, l, alone[i-1]) &&
					((runes >= width-1 || runes >= width-3 && (strings.ContainsAny(l, "。！？") || runInLabel(p))) && endsMidSentence(p) || runes*10 >= width*9 && strings.ContainsRune("，、", lastRune(p))) {
					cont[i] = true
					first, runes = l, runes+utf8.RuneCountInString(l)
					continue
				}
			}
			// A line never starts with a comma or a closing mark: one that
			// does goes on the line before it, which a fixed width cut
			// (…“不想欠” / ，坚决杜绝…).
			if first != title && opensWithClosing(l) {
				cont[i] = true
				runes += utf8.RuneCountInString(l)
				continue
			}
			// Nor does a list's number open a line in the middle of a
			// run of figures: a hard wrap that fell inside one (…陆丰核电 /
			// 5、6号机组建设, …浓度降至 / 72、43微克/立方米) left the line
			// looking numbered. It goes on the line before it (numberRunOn).
			if hard && first != title && (numberRunOn(p, l, width) || hanNumberRunOn(p, l, width)) {
				cont[i] = true
				runes += utf8.RuneCountInString(l)
				continue
			}
			// A heading, title or place line stays one when it is the first
			// piece; once joined, a line is none of them. A part's heading
			// of a text not wrapped at a width stays one however long, when
			// the next line opens a sentence with a time (一、2030年--…，也有
			// 缺点和不足 / 2030年，是我市…). In a hard-wrapped
			// text, a line that fills the width and ends with a closing
			// quote or bracket (…关于“在筑牢…上持续发力” / 等重要指示，…)
			// goes on too: the cut fell after the mark. The text's first
			// line does not: a title ends so too (…的政府工作报告（摘登）). A paragraph's first
			// line counts as full two characters short, the indent it lost.
			pn := utf8.RuneCountInString(p)
			full := width > 0 && i-1 != top && pn >= width-2 && strings.ContainsRune("”’）)》」』", lastRune(p))
			// A line well short of the width (four fifths) ends its
			// paragraph, wherever its sentence stands: a heading without
			// a number, a title's date line cut in two, a speaker's line.
			short := hard && pn*20 < width*17
			// The text's first line that reads as a whole title (县教育局
			// 2031年工作总结及2032年工作安排) is not the start of the
			// paragraph under it.
			headTitle := i-1 == top && firstTitleRe.MatchString(p) && utf8.RuneCountInString(p) <= 60 && !strings.ContainsAny(p, "，。；：:,")
			// Nor is a line below the top that reads as a paper's title of
			// a year (县教育局2031年工作总结及2032年工作安排, under a copy
			// site's lines), unless a hard wrap filled it or the next line
			// ends a wrapped notice's title (…工作要点 / 的通知); and such
			// a line is not a piece of the line above.
			headTitle = headTitle || !(width > 0 && pn*10 >= width*9) && isYearTitleLine(p) && !strings.HasPrefix(l, "的")
			// Nor is the text's first line printed again further down (a
			// library's headline again over the text, below its notices):
			// a headline, not a paragraph's start.
			headTitle = headTitle || i-1 > top && first == p && pn <= 60 && copyKey(p) == copyKey(lines[top])
			// Nor is a headline under the column's name that opens the
			// page (教育新闻 / 某县…会议隆重召开 / 9月7日下午，…): the
			// name is the page's, the headline the text's first line.
			headTitle = headTitle || i-1 == top+1 && columnLine(lines[top]) && firstTitleRe.MatchString(p) && pn <= 60 && !strings.ContainsAny(p, "，。；：:,")
			// Nor is the page's title as the browser shows it, the headline
			// or the column with the site's name after it (某某会议召开_某县
			// 农业农村局): the menu's words under it are not its words.
			headTitle = headTitle || i-1 == top && first == p && siteTitleTailRe.MatchString(p)
			// In a hard-wrapped text that indents its paragraphs' first
			// lines, a line the wrap filled goes on into a next line that
			// is not indented, even after a sentence's end (wrapGoesOn).
			filled := hard && i-1 != top && wrapGoesOn(p, l, width, opened)
			// In a hard-wrapped text that does not indent its paragraphs,
			// a line the wrap filled that ends a sentence goes on all the
			// same where the text's wraps fall after a stop more often than
			// its paragraphs end at the width (stopWraps): the cut fell
			// after the 。 (…当前面临的最大问题。 / 经济增长基础…). A line
			// that opens with a dash does not: no sentence inside a
			// paragraph opens so, an item of a list of results does (…交出
			// 了一份满意答卷！ / ——踔厉奋发、勇毅前行，…).
			filled = filled || stopWraps && i-1 != top && pn >= width && strings.ContainsRune("。！？；", lastRune(p)) && !strings.ContainsRune("—―─-－", firstRune(l))
			// A paragraph a dash opens (——全年粮食产量稳定，…, a report's
			// list of the year's results) is no subtitle once a hard wrap
			// filled its first line with a clause (two or three short: the
			// indent it lost): a subtitle names a meeting or a speaker and
			// has no comma.
			dashLead := hard && utf8.RuneCountInString(first) >= width-3 && strings.ContainsAny(first, "，、") && !strings.Contains(first, "会议") && !strings.Contains(first, "代表大会")
			// Nor does a line whose last sentence is followed, past a
			// space, by the next part's heading (…均未到位。 二、积极发挥
			// 所长，全面履行岗位职责): the heading stops without a stop as
			// headings do, and the line under it is its text.
			tailHead := !hard && endsWithInlineHeading(p)
			if first != title && !headTitle && !short && !tailHead && (endsMidSentence(p) || trailingMarkerRe.MatchString(p) || full || filled) && runes >= 20 &&
				!isHeadingLike(first) && !(whole && isLongHeading(first)) && !(whole && first == p && aloneInWhole(lines, i)) && headingMarker(l) == nil && !isPlaceHeading(first) && (!isSubtitle(first) || dashLead) &&
				!(!hard && first == p && headingMarker(p) != nil && topStyle(headingMarker(p).style) && runInStrongOpenerRe.MatchString(l)) &&
				!collectorKeyRe.MatchString(l) && !labelRe.MatchString(l) && !titleLineRe.MatchString(l) && !opensTitleBlockLine(l) && !isYearTitleLine(l) && !isRuleLine(p) && !isRuleLine(l) && !annexLabelRe.MatchString(l) && !greetingLineRe.MatchString(l) &&
				!docNumberLineRe.MatchString(l) && !docNumberLineRe.MatchString(p) && !(noticeEndRe.MatchString(p) && addresseeLineRe.MatchString(l)) &&
				!(strings.HasSuffix(strings.TrimRight(p, "）)"), "会议上") && !isDateLine(p) && (isSpeaker(despace(l)) || looseSpeakerRe.MatchString(strings.TrimSpace(l)))) &&
				!opensStory(l) && !(first == p && newsHeadLineRe.MatchString(p)) && !newsHeadLineRe.MatchString(l) &&
				!listItemRe.MatchString(l) && !(width == 0 && listItemRe.MatchString(first)) && !isPipeRow(p) && !isPipeRow(l) {
				// (a title run onto its date line ends at 会议上: the
				// speaker's line under it is a line of its own; a date
				// line alone is split from its speaker later; a news
				// story's headline without a stop, or the sub-headline
				// of who attended and who spoke under it, is not the
				// start of the story under it, which opens with its
				// dateline)
				cont[i] = true
				runes += utf8.RuneCountInString(l)
			}
		}
	}
	return glue(lines, cont)
}

// endsWithInlineHeading reports whether p ends with a heading run onto it
// after a sentence's end and a space (…资金均未到位）。 二、积极发挥所长，
// 全面履行岗位职责): a marker, then at most 40 characters and no stop.
func endsWithInlineHeading(p string) bool {
	i := strings.LastIndexAny(p, "。！？")
	if i < 0 {
		return false
	}
	tail := p[i+len("。"):] // each stop is three bytes
	t := strings.TrimLeft(tail, " \u3000")
	if t == tail || t == "" || headingMarker(t) == nil {
		return false
	}
	return utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, "。！？；：")
}

// numberRunOnRe matches a line that opens with a number and an
// enumeration comma followed by another number (5、6号机组, 72、43微克,
// 6、1.2个百分点): a run of figures, which may read as a list's number.
var numberRunOnRe = mustLitRe(`^[0-9０-９]{1,3}、[0-9０-９]`)

// numberRunOn reports whether l, in a text hard-wrapped at width, is the
// rest of the paragraph p that the wrap cut inside a run of figures (…高于
// 全省4. / 6、1.2个百分点): p fills the line (one short at most) and stops
// mid-sentence, and l opens with a number, an enumeration comma and
// another number, and fills its line as well. A list's item opens after a
// line that ends its sentence, or a clause (a comma), or stops short: an
// item whose words open with a year (2、2031年…) stays one there.
//
// A line that ends with 第 was cut inside an ordinal (…入选数分别位列全省第 /
// 1、第2，…): the number that opens the next line is the ordinal's, however
// it reads, and it goes on there whatever the lines' lengths.
func numberRunOn(p, l string, width int) bool {
	if width > 0 && lastRune(p) == '第' && unicode.IsDigit(firstRune(l)) {
		return true
	}
	return width > 0 && utf8.RuneCountInString(p) >= width-1 && utf8.RuneCountInString(l) >= width-1 &&
		endsMidSentence(p) && !strings.ContainsRune("，、,", lastRune(p)) && numberRunOnRe.MatchString(l)
}

// hanNumberRunOn reports whether l, in a text hard-wrapped at width, is the
// rest of the paragraph p that the wrap cut inside a number written in Han
// numerals (…将增长百分之二 / 十六，即增加…): p fills the line (one short at
// most) and stops mid-sentence on a numeral, and l opens with numerals that
// read as a heading's number with the mark after it (十六，, 十、). No
// heading follows a line that stops in its sentence's middle; read as one,
// the paragraph lost its figure's end (百分之二十六 read as 百分之二).
func hanNumberRunOn(p, l string, width int) bool {
	if width <= 0 || utf8.RuneCountInString(p) < width-1 || !endsMidSentence(p) || !strings.ContainsRune(hanNumerals, lastRune(p)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune(hanNumerals, r) && headingMarker(l) != nil
}

// hanNumerals are the characters a number written in Han numerals is made of.
const hanNumerals = "〇零一二三四五六七八九十百千万两"

// wrapGoesOn reports whether line l goes on line p in a text hard-wrapped
// at width (a PDF's text copied out) that indents its paragraphs' first
// lines (opened, indentOpenings; nil when it does not): p filled its line
// and l is not indented. Only an indent opens a paragraph there, so l goes
// on even after a sentence's end (…路网框架基本形成。 / 东海写字楼…). A
// paragraph's first line counts as filled two characters short, the indent
// it lost. l is full too or ends its sentence, so that a short line without
// a stop (a heading set at the margin) under a paragraph whose last line
// happened to fill the width stays apart.
func wrapGoesOn(p, l string, width int, opened map[string]bool) bool {
	if opened == nil || width <= 0 || l == "" || opened[openingWords(l)] || headingMarker(l) != nil {
		return false
	}
	pn := utf8.RuneCountInString(p)
	return (pn >= width-1 || pn >= width-3 && opened[openingWords(p)]) &&
		(utf8.RuneCountInString(l) >= width-1 || !endsMidSentence(l))
}

// indentOpenings returns the opening words (openingWords) of the lines of
// starts, which opened with a paragraph's indent; nil when starts is. An
// indented line that a page break cut and the break's joining made whole
// again is still known by them.
func indentOpenings(starts map[string]bool) map[string]bool {
	if starts == nil {
		return nil
	}
	opened := make(map[string]bool, len(starts))
	for l := range starts {
		opened[openingWords(l)] = true
	}
	return opened
}

// openingWords returns the first ten characters of l, or l when shorter.
func openingWords(l string) string {
	n := 0
	for i := range l {
		if n == 10 {
			return l[:i]
		}
		n++
	}
	return l
}

// aloneInWhole reports whether lines[i-1], in a text that keeps each
// paragraph on a line of its own (wholeParagraphs), is a line standing
// alone above the paragraph lines[i]: a short line (under the forty
// characters wholeParagraphs weighs, or under sixty for a lead of two
// clauses) that holds no sentence end and stops without one, between a
// line that ends its sentence (or none) and a long line that is a whole
// paragraph. Such a line is an unnumbered sub-heading (新区建设迈出坚实步伐
// / 一年来，新区…。; 推进县城扩容提质，加快构建…新型城镇化格局 / 实施…。),
// not the first piece of the paragraph under it: where every paragraph is
// one line, a line that stops short is not wrapped.
func aloneInWhole(lines []string, i int) bool {
	p, l := lines[i-1], lines[i]
	pn := utf8.RuneCountInString(p)
	if pn < 6 || pn >= 40 && !clauseLead(p) || strings.ContainsAny(p, "。！？；") || utf8.RuneCountInString(l) < 40 || endsMidSentence(l) {
		return false
	}
	return i < 2 || lines[i-2] == "" || !endsMidSentence(lines[i-2])
}

// clauseLead reports whether l may be a lead of two clauses or more on a
// line of its own: at most longBareRunes characters, a comma in it, no
// sentence end and no colon anywhere.
func clauseLead(l string) bool {
	return utf8.RuneCountInString(l) <= longBareRunes && strings.Contains(l, "，") && !strings.ContainsAny(l, "。！？；：:")
}

// listItemRe matches the bullet that opens an item of a list (• 新增铁路
// 里程…, ● 经济增长6%左右, ■ 2031年成绩单): an item starts a line of its
// own, never a piece of the line above, and in a text not wrapped at a
// width it is a whole line, which the next line does not go on. A row of
// a table drawn with bars (isPipeRow) is a line of its own as well: the
// rows under a table's head are never pieces of a wrapped sentence. ○ is
// no bullet: it is the zero of years written in Chinese digits
// (二○三一年), before which a wrap may fall.
var listItemRe = mustLitRe(`^[•●■◆▲★▪◇□►➢]`)

// opensStory reports whether l opens a news story with its dateline
// (某某网某地1月21日电, 某某日报2月3日讯) or its lead (本报讯, 新快报讯):
// the line above it, the text's first, is the story's headline.
func opensStory(l string) bool {
	return ledeDatelineRe.MatchString(l) || storyLeadRe.MatchString(l)
}

// newsHeadLineRe matches a line of a session story's head that stops
// without a full stop and is no wrapped piece of a paragraph: its headline
// on the session's opening or close (某市八届人大四次会议隆重开幕), or its
// sub-headline of who attended, delivered the report and chaired, in
// spaced clauses (某某出席 某某作政府工作报告 某某主持), or of one who did
// two of these (某某主持并讲话, 某某出席并致辞). Neither goes on from the
// line above (an 引题 over the headline) nor into the line under it (the
// lead, which may open with a bare date).
var newsHeadLineRe = mustLitRe(`^\p{Han}{4,24}(?:会议|大会)(?:隆重|胜利)?(?:开幕|闭幕)$|^(?:\p{Han}{2,4}(?:出席|主持|讲话|致辞|作政府工作报告|作工作报告)\s+){1,4}\p{Han}{2,4}(?:出席|主持|讲话|致辞|作政府工作报告|作工作报告)$|^\p{Han}{2,4}(?:出席|主持)并(?:讲话|致辞)$`)

// storyLeadRe matches a paper's lead without a place or a date: 本报讯,
// 某某报讯 and the rest of the line, or a news site's (某某网讯（记者…）).
var storyLeadRe = mustLitRe(`^\p{Han}{0,6}(?:报讯|网讯\s*[（(])`)

// opensTitleBlockLine reports whether l is a line of a title block that
// never goes on from the line above, in a text without blank lines
// between its paragraphs (a .docx, a page copied into a plain file): a
// subtitle that opens with a dash (——在某县第十八届人民代表大会第四次
// 会议上的政府工作报告), a date line that opens with its date and no dash
// (2032年2月11日在某市第九届人民代表大会第五次会议上: whatever the
// headline above it holds, a page's mangled characters too) or a date
// alone ((2032年1月19日)). A line that opens with a dash and holds a
// sentence end is a list's item, which a wrap may cut all the same.
func opensTitleBlockLine(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune("—―─", r) && isSubtitle(l) || dateOnlyRe.MatchString(l) ||
		(unicode.IsDigit(r) || strings.ContainsRune("〇零一二三四五六七八九○", r)) && isSubtitle(l)
}

// isRuleLine reports whether l is a rule drawn with one mark repeated
// (-----, ======, ＿＿＿, ——————): a page's separator, no piece of a
// sentence.
func isRuleLine(l string) bool {
	l = strings.TrimSpace(l)
	r, size := utf8.DecodeRuneInString(l)
	if !strings.ContainsRune("-—=_＿＝－~～*＊·.。─━", r) || utf8.RuneCountInString(l) < 3 {
		return false
	}
	return strings.Trim(l[size:], string(r)) == ""
}

// yearTitleRe matches a paper's title of a year on a line of its own: at
// most a body's name before the year, a paper's kind at the end
// (县教育局2031年工作总结及2032年工作安排, 2031年教育体育局工作年度总结).
// A copy site's mask may stand for the place (〔…〕镇, **县), and the year
// may run into the half it tells of (2031上半年…).
var yearTitleRe = mustLitRe(`^(?:〔…〕|[*＊xX×]{1,4})?\p{Han}{0,16}?(?:19|20)[0-9]{2}\s*(?:年|上半年|下半年)\p{Han}{0,30}?(?:[0-9]{4}年\p{Han}{0,12}?)?(?:总结|计划|要点|安排|打算|思路|报告|汇报)$`)

// isYearTitleLine reports whether l reads as a paper's whole title of a
// year (yearTitleRe): short, with no punctuation, and not a notice's
// opening (关于印发…).
func isYearTitleLine(l string) bool {
	return utf8.RuneCountInString(l) <= 40 && !strings.HasPrefix(l, "关于") && yearTitleRe.MatchString(l)
}

// looseSpeakerRe matches a speaker's line typeset or copied loosely: the
// office spaced out to the width of the name (县 长  某某某), or the name
// masked by a copy site (旗长 **, 镇长 XX).
var looseSpeakerRe = mustLitRe(`^\p{Han}{0,24}?(?:代理|代)?[省市州盟区县旗镇乡]\s*长\s*(?:\p{Han}{2,4}|[*＊xX×]{2,4})$`)

// docNumberLineRe matches a document's number alone on its line
// (某市科发〔2031〕24号): it sits between a notice's title and its
// addressees, and is joined to neither.
var docNumberLineRe = mustLitRe(`^` + docNumberPat + `$`)

// docNumberPat matches a document's number: its issuer's short name, the
// year in brackets and the serial (某市科发〔2031〕24号).
const docNumberPat = `\p{Han}{1,10}\s*[〔\[【(（]\s*(?:19|20)[0-9]{2}\s*[〕\]】)）]\s*[0-9]{1,4}\s*号`

// noticeEndRe matches the end of a notice's title (…工作要点的通知, …的决定),
// and addresseeLineRe a line of addressees (各区人民政府，市政府各委、办、
// 局：): the title does not run into them.
var (
	noticeEndRe     = mustLitRe(`(?:通知|决定|意见|批复|通报)$`)
	addresseeLineRe = mustLitRe(`^[^。！？；]{2,100}[：:]$`)
)

// greetingLineRe matches a greeting on a line of its own, which opens a
// speech or a report to a meeting and never goes on from the line above
// (尊敬的各位领导、各位代表：, 各位代表：, 同志们：), also one that greets
// the place's people (尊敬的各位来宾，亲爱的某区居民朋友们：), and one
// that bids them good day after it, as a post's speech does (尊敬的各位
// 领导、各位代表，大家好！). A report to a standing committee greets its
// chair by name and the rest by post (尊敬的某主任、各位副主任、各位委员：).
var greetingLineRe = mustLitRe(`^` + greetPart + `(?:[、，,和]\s*` + greetPart + `){0,3}\s*(?:[：:！!]|[，,]\s*大家好[！!。]?)$`)

// greetPart is one of the greeted of greetingLineRe.
const greetPart = `(?:尊敬的|亲爱的)?(?:各位|全体)?(?:领导|代表|委员|同志|同志们|来宾|嘉宾|\p{Han}{0,2}?副?主任|\p{Han}{0,8}?(?:市民|居民|村民|乡亲|父老乡亲)(?:朋友)?们?|朋友们)`

// joinCutStamps does part of step 3: a page's stamp that a fixed width cut
// (a web page printed to PDF: 中央政府门户网站 www.gov.cn 2031年02月23日 1 /
// 4时43分 来源：某某网) is joined into one line, so that stripChrome knows
// it. In a hard-wrapped text, a line with a site's address (or its start)
// that is no stamp by itself goes on in the next line when the two together
// end in a stamp.
//
// A page's counter that a wrap cut after its number (发布时间 2031/2/12
// 15:20  浏览次数 1234 / 次) gets its unit back, so that the unit is not
// left alone in the text when the line goes as chrome.
func joinCutStamps(lines []string) []string {
	width := -1
	for i := 0; i+1 < len(lines); i++ {
		l, next := lines[i], lines[i+1]
		if counterUnitRe.MatchString(next) && unicode.IsDigit(lastRune(l)) && isChromeLine(l+" "+next) {
			lines[i] = l + " " + next
			lines = append(lines[:i+1], lines[i+2:]...)
			continue
		}
		if next == "" || !strings.Contains(l, "ww") || utf8.RuneCountInString(l)+utf8.RuneCountInString(next) > 120 {
			continue
		}
		if width < 0 {
			width = wrapWidth(lines)
		}
		if width == 0 {
			return lines
		}
		joined := l + next
		if portalStampRe.MatchString(l) && !(stampTailRe.MatchString(next) && portalStampRe.MatchString(joined)) {
			// a whole stamp, unless the cut fell after its date and the
			// next line holds its time or source (… 2031年02月23日 /
			// 14时43分 来源：某某网)
			continue
		}
		if loc := portalStampRe.FindStringIndex(joined); loc != nil && loc[0] < len(l) && strings.Contains(joined[loc[0]:], "www.") {
			lines[i] = joined
			lines = append(lines[:i+1], lines[i+2:]...)
		}
	}
	return lines
}

// Patterns of a news page's stamp laid out in cells, one cell a line.
var (
	cellYearRe  = mustLitRe(`^(?:19|20)[0-9]{2}$`)
	cellDayRe   = mustLitRe(`^[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}$`)
	cellClockRe = mustLitRe(`^[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$`)
	cellByRe    = mustLitRe(`^(?:报道|報導|报导|報道|讯|訊|摄|攝)$`)
)

// dropCellStamp blanks, among the first twelve lines that are not blank, a
// news page's stamp laid out in cells that a scraper wrote one cell a line
// under the headline: the year alone (2031), the month and day (09/15),
// maybe the time (13:23), and then maybe the byline's cells, the reporter
// and the place, closed by a cell that says it reports (报道, 讯). Left in,
// the cells are short lines that reading glues to the headline above them
// (…某县政府203113:23某某某某市报道). A paper's lines never hold a
// year or a day alone.
func dropCellStamp(lines []string) []string {
	var idx []int
	for i := 0; i < len(lines) && len(idx) < 12; i++ {
		if strings.TrimSpace(lines[i]) != "" {
			idx = append(idx, i)
		}
	}
	for k := 0; k+1 < len(idx); k++ {
		if !cellYearRe.MatchString(strings.TrimSpace(lines[idx[k]])) || !cellDayRe.MatchString(strings.TrimSpace(lines[idx[k+1]])) {
			continue
		}
		drop := []int{idx[k], idx[k+1]}
		j := k + 2
		if j < len(idx) && cellClockRe.MatchString(strings.TrimSpace(lines[idx[j]])) {
			drop = append(drop, idx[j])
			j++
		}
		// the byline's cells: up to three short ones, then 报道
		for e := j; e < len(idx) && e <= j+3; e++ {
			c := strings.TrimSpace(lines[idx[e]])
			if cellByRe.MatchString(c) {
				for _, x := range idx[j : e+1] {
					drop = append(drop, x)
				}
				break
			}
			if utf8.RuneCountInString(c) > 6 || strings.ContainsAny(c, "。，；：:,") {
				break
			}
		}
		for _, x := range drop {
			lines[x] = ""
		}
		break
	}
	return lines
}

// stampTailRe matches the start of a line that goes on a page's stamp cut
// after its date: the time (14时43分, 14:43) or the source (来源：).
var stampTailRe = mustLitRe(`^(?:\d{1,2}\s*[:时]\s*\d{1,2}|(?:来源|稿源|出处)[：:])`)

// counterUnitRe matches the unit of a page's view counter alone on a line.
var counterUnitRe = mustLitRe(`^(?:人?次|次(?:浏览|阅读|点击)|阅)$`)

// paragraphStarts returns the lines of a text (trimmed) that open with a
// paragraph's indent, two spaces at least (the two full-width spaces of a
// Chinese paragraph, which normalize made plain spaces), when the indent
// tells paragraphs: five such lines at least, and not a margin that sets in
// every line of a text hard-wrapped at a fixed width. Such a line starts a
// paragraph even when the line above it stops mid-sentence (a heading with
// no stop, written with no blank line under it); nil when the indent says
// nothing.
func paragraphStarts(lines []string) map[string]bool {
	var starts map[string]bool
	var trimmed []string
	long, setIn := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		trimmed = append(trimmed, t)
		indented := strings.HasPrefix(l, "  ")
		if utf8.RuneCountInString(t) >= 20 {
			long++
			if indented {
				setIn++
			}
		}
		if indented {
			if starts == nil {
				starts = map[string]bool{}
			}
			starts[t] = true
		}
	}
	if len(starts) < 5 || setIn*10 >= long*9 && wrapWidth(trimmed) > 0 {
		return nil
	}
	return starts
}

// titleLineRe matches a work report's title on a line of its own (政府工作报告,
// 2031年某省政府工作报告（全文）): it ends no sentence of the line above, even a
// headline's that has no stop (…报告全文来了).
var titleLineRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}\s*年)?\p{Han}{0,16}?政府工作报告(?:[（(](?:全文|摘要|摘登|草案|节选)[）)])?$`)

// markAloneAfterHan reports whether the ASCII mark at s[i] stands alone on
// its line under a line that ends with a Han character: the end of that
// line's sentence, carried over by a wrap at a fixed count of characters
// (…加油干 / !), which carriedMarks keeps and joinWraps puts back. It is the
// sentence's full-width mark, as it would be on the line above.
func markAloneAfterHan(s string, i int) bool {
	if i == 0 || s[i-1] != '\n' || i+1 < len(s) && s[i+1] != '\n' && s[i+1] != '\r' {
		return false
	}
	return IsHan(lastRune(strings.TrimSuffix(s[:i-1], "\r")))
}

// carriedMarks reports whether l holds nothing but the marks that end a
// clause or a sentence (：, 。, ”。, ASCII : and ; too): the end of the
// sentence above, carried onto a line of its own by a wrap at a fixed
// number of characters that knows no rule against a line opening with a
// stop (…今年要突出抓好七方面工作 / ：). A site writes no such line; taken
// for a separator, it would go, and the heading under the colon would
// follow a line that stops mid-sentence and stay text.
func carriedMarks(l string) bool {
	return l != "" && len(l) <= 12 && strings.Trim(l, "，、。；：！？”’）》」』,;:!?)") == ""
}

// opensWithClosing reports whether l starts with a mark that never opens a
// line of Chinese text: a comma, a stop, a closing quote or bracket.
func opensWithClosing(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune("，、。；：！？”’）》」』", r)
}

// lastRune returns the last character of l, or utf8.RuneError.
func lastRune(l string) rune {
	r, _ := utf8.DecodeLastRuneInString(l)
	return r
}

// wholeParagraphs reports whether lines keep each paragraph on a line of
// its own: of the unnumbered lines of 40 characters or more (at least
// ten), nine in ten end a sentence. A wrapped text stops most of its long
// lines mid-sentence; a text of whole paragraphs stops a few so, its leads
// of two sentences that print no stop after the second (…持续优化。…骨架
// 基本形成), one in ten or fewer. Weighing those as wraps ran every lead
// of the text into the paragraph under it when no blank line stood between
// them (a Word file, one paragraph a line). A short text (a page's excerpt,
// a township's brief report) of four such lines at least keeps them so
// when every one ends a sentence, but for the last, where a cut copy may
// stop mid-sentence. A lead of two clauses without a sentence end in it
// (aloneInWhole's) is no paragraph and is not weighed.
func wholeParagraphs(lines []string) bool {
	long, ended, lastEnded := 0, 0, false
	for _, l := range lines {
		if utf8.RuneCountInString(l) < 40 || headingMarker(l) != nil || clauseLead(l) {
			continue
		}
		long++
		lastEnded = !endsMidSentence(l)
		if lastEnded {
			ended++
		}
	}
	if long >= 4 && long < 10 {
		return ended == long || ended == long-1 && !lastEnded
	}
	return long >= 10 && ended*10 >= long*9
}

// headingTail reports whether l is the end of the heading p that a hard
// wrap at width cut: p fills the line (nine tenths of it at least), and l
// is shorter, with no marker and no colon, and its only sentence end, if
// any, is its last character, the heading's own full stop (（一）…加快构建
// 具有某某特色的现代 / 化产业体系。).
func headingTail(p, l string, width int) bool {
	return width > 0 && utf8.RuneCountInString(p)*10 >= width*9 && isHeadingLike(p) && headingMarker(l) == nil &&
		utf8.RuneCountInString(l)*10 < width*9 && !strings.ContainsAny(strings.TrimRight(l, "。！？；"), "。！？；：:")
}

// headingBrokenShort reports whether l is the end of the numbered heading
// p that a hard-wrapped text set over two short lines, as a PDF sets a
// heading in a larger font than its body, breaking it well before the
// body's width (（一）坚持项目引领，推动产业 / 结构持续优化): p opens with a
// marker and stops mid-phrase, with no sentence end, semicolon or colon in
// it; l, well short of the width (nine tenths), has no marker, no sentence
// end, semicolon or colon (a comma may part the heading's clauses: …调控水 /
// 平，保持…), and the two make a heading's length (40 characters at most).
// A paragraph under a heading either fills its line or ends its sentence,
// and a report sets no unnumbered heading right under a numbered one
// without a line of text between them, so l is neither. The line after l
// must open a part or a paragraph (a marker, a full line or a sentence's
// end): a text broken short by hand all through (…加快城镇化进程 / 城镇是 /
// 经济和社会发 / 展的…) breaks its headings no more than its sentences. A
// line opening with a dash is a part's motto under its heading, no tail.
func headingBrokenShort(p, l, next string, width int) bool {
	// the cheap tests first: most lines fail them, and headingMarker allocates
	nl := utf8.RuneCountInString(l)
	if width == 0 || nl*10 >= width*9 || nl < 2 || utf8.RuneCountInString(p)+nl > 40 || !endsMidSentence(p) ||
		strings.ContainsAny(p, "。！？；：:;!?") || strings.ContainsAny(l, "。！？；：:;!?") || opensWithClosing(l) {
		return false
	}
	if headingMarker(p) == nil || headingMarker(l) != nil {
		return false
	}
	if strings.HasPrefix(l, "—") || strings.HasPrefix(l, "-") || strings.HasPrefix(l, "－") {
		return false // a part's motto under its heading (一、2030年工作回顾 / ——稳中有进)
	}
	// short lines all through: a text broken by hand, not a heading's two lines
	return next != "" && (headingMarker(next) != nil || utf8.RuneCountInString(next)*10 >= width*9 || strings.ContainsAny(next, "。！？；"))
}

// lineAfter returns the line after lines[i], or "" at the end.
func lineAfter(lines []string, i int) string {
	if i+1 < len(lines) {
		return lines[i+1]
	}
	return ""
}

// quoteLeftOpen reports whether p stops inside a quotation or bracket
// that l closes (…是实施“十 / 四五”规划的关键一年, （一）全面落实《 / 某某条例》…):
// p opens a “, （ or 《 (or another opening mark) it does not close, and l
// closes it before it opens another. No heading or paragraph ends with a
// quotation or bracket left open, so l goes on p whatever else the lines
// look like.
func quoteLeftOpen(p, l string) bool {
	if headingMarker(l) != nil {
		return false
	}
	for _, m := range openMarks {
		o := strings.LastIndex(p, m[0])
		if o < 0 || strings.Contains(p[o:], m[1]) {
			continue
		}
		c := strings.Index(l, m[1])
		if c >= 0 && !strings.Contains(l[:c], m[0]) && utf8.RuneCountInString(l[:c]) <= 12 {
			return true
		}
	}
	return false
}

// openMarks are the quotation marks and brackets a line may leave open,
// each with its closing mark.
var openMarks = [][2]string{{"“", "”"}, {"（", "）"}, {"《", "》"}, {"〔", "〕"}, {"【", "】"}, {"「", "」"}, {"『", "』"}, {"〈", "〉"}}

// aloneStyles tallies, for each run of numbered lines of a hard-wrapped
// text (one style, its numbers going up; a number that does not go up
// opens another run), its lines that stand alone as headings (shorter than
// nine tenths of the width, no sentence end, no colon) less its lines that
// hold a sentence end (a numbered paragraph's first line), and gives each
// numbered line its run's tally. Siblings tell a heading's shape, not
// every line of its style: a report's review may lead its paragraphs with
// （一）… sentences while its tasks part sets its （一）… headings alone.
func aloneStyles(lines []string, width int) []int {
	runOf := map[int]int{} // each numbered line's run, by the run's first line
	tally := map[int]int{}
	first := map[string]int{} // the open run's first line, by style
	last := map[string]int{}  // the open run's last number, by style
	for i, l := range lines {
		hm := headingMarker(l)
		if hm == nil {
			continue
		}
		if n, ok := last[hm.style]; !ok || hm.n <= n {
			first[hm.style] = i
		}
		last[hm.style] = hm.n
		runOf[i] = first[hm.style]
		switch {
		case strings.ContainsAny(l, "。！？；"):
			tally[runOf[i]]--
		case utf8.RuneCountInString(l)*10 < width*9 && !strings.ContainsAny(l, "：:"):
			tally[runOf[i]]++
		case wrappedHeading(l, lineAfter(lines, i), width):
			tally[runOf[i]]++
		}
	}
	alone := make([]int, len(lines))
	for i, r := range runOf {
		alone[i] = tally[r]
	}
	return alone
}

// wrappedHeading reports whether l, a numbered line that fills a
// hard-wrapped line with no sentence end and no colon, is a heading the
// wrap cut: the next line, its tail, is short (under nine tenths of the
// width), has no marker, and stops with no sentence end, semicolon or colon
// anywhere (（二）坚持在某某上协同发力，推动城乡区域协 / 调发展). A
// paragraph's last line ends its sentence; a heading's tail does not. Such
// a line stands alone as a heading as much as a short one does, and tells
// its siblings' shape when one of them fills the width by chance.
func wrappedHeading(l, next string, width int) bool {
	nn := utf8.RuneCountInString(next)
	return nn > 0 && nn*10 < width*9 && utf8.RuneCountInString(l)*10 >= width*9 &&
		!strings.ContainsAny(l, "：:") && !strings.ContainsAny(next, "。！？；：:;!?") && !opensWithClosing(next) && headingMarker(next) == nil
}

// runInLabel reports whether p, a numbered line, holds a label and its
// colon with text after it (３、某某网：是指…, 8、某类病种：…): a numbered
// item run in after its label, whose text goes on; no heading set alone.
func runInLabel(p string) bool {
	k := strings.IndexAny(p, "：:")
	return k > 0 && utf8.RuneCountInString(p[k:]) > 3
}

// headingOfAloneStyle reports whether p, a numbered line that (nearly)
// fills a hard-wrapped line with no sentence end, is a heading all the
// same, not the first line of a paragraph going on in l: two lines of its
// run at least stand alone as headings, more than hold a sentence end.
// Such a heading fills the width by chance (（五）统筹扩大内需和深化供给侧
// 结构性改革，巩固和增强经济回升向好态势 is 34 characters), and its siblings
// tell it. A line that opens with a particle (的, 和, 等) goes on the line
// before it all the same: no paragraph opens so.
func headingOfAloneStyle(p, l string, alone int) bool {
	hm := headingMarker(p)
	r, _ := utf8.DecodeRuneInString(l)
	return hm != nil && alone >= 2 && !strings.ContainsAny(p, "。！？；：:") && !strings.ContainsRune("的地得了着和与及等之", r)
}

// isLongHeading reports whether l reads as a numbered heading of up to 100
// characters: a marker, and no sentence end.
func isLongHeading(l string) bool {
	return headingMarker(l) != nil && utf8.RuneCountInString(l) <= 100 && !strings.ContainsAny(l, "。！？；")
}

// wrapWidth returns the width, in characters, at which lines was
// hard-wrapped (a PDF's lines, a text file saved with fixed-width lines):
// the most common length of the lines of 20 characters or more, when a
// third of those have it; 0 when the text is not so wrapped.
func wrapWidth(lines []string) int {
	count := map[int]int{}
	long := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n >= 20 {
			count[n]++
			long++
		}
	}
	best, most := 0, 0
	for n, c := range count {
		if c > most || c == most && n > best {
			best, most = n, c
		}
	}
	// A justified page's lines hold one character more or less where
	// half-width digits and marks share them (…完成融资21.8): the lines a
	// character either side of the most common length count with it.
	if long < 10 || (count[best-1]+most+count[best+1])*3 < long {
		return 0
	}
	return best
}

// dropDoubleSpacing returns lines without the blank line a copy put after
// every line of a hard-wrapped text (a PDF's lines pasted with a blank line
// between each two, or more): left there, no wrap is joined (a blank line
// ends a paragraph), every line of the text stands alone and a title cut in
// two reads as its first half. The gap most lines have under them (one
// blank line) goes; a wider one, where the copy marked a paragraph's end,
// stays as one blank line. Only a text whose lines, blank ones left out,
// were cut at a width (wrapWidth, cutAtWidth) and that keeps nearly all of
// them apart (nineteen in twenty) is so spaced: a text of whole paragraphs
// with a blank line between them keeps its blank lines.
func dropDoubleSpacing(lines []string) []string {
	var text []string
	gaps := map[int]int{} // blank lines under a line that is not blank
	gap, seen := 0, false
	for _, l := range lines {
		if l == "" {
			gap++
			continue
		}
		if seen {
			gaps[gap]++
		}
		text = append(text, l)
		gap, seen = 0, true
	}
	if len(text) < 20 || gaps[0]*20 > len(text) {
		return lines
	}
	mode := 0
	for g, c := range gaps {
		if c > gaps[mode] || c == gaps[mode] && g < mode {
			mode = g
		}
	}
	width := wrapWidth(text)
	if mode == 0 || width == 0 || !cutAtWidth(text, width) {
		return lines
	}
	out := lines[:0:0]
	gap = 0
	for _, l := range lines {
		if l == "" {
			gap++
			continue
		}
		if len(out) > 0 && gap > mode {
			out = append(out, "")
		}
		out = append(out, l)
		gap = 0
	}
	return out
}

// wrapsCrossStops reports whether, in lines hard-wrapped at width with no
// indent to open a paragraph, a line the wrap filled that ends with a
// sentence's stop (。！？；) is more likely a wrap that fell after the stop
// than a paragraph that ended at the width. The text tells: its wraps (full
// lines that stop mid-sentence) fall after a stop as often as a character
// is one, and its paragraphs' last lines (shorter lines that end a
// sentence) are as long as the width once in width times. Wraps must be
// twice as likely. A text of long paragraphs (dev's reports wrapped at 40:
// 400 wraps and 60 short ends, 2% of characters stops: 8 wraps at a stop
// to 1.5 ends at the width) joins; one of short paragraphs, a line each,
// keeps its full lines' ends.
func wrapsCrossStops(lines []string, width int) bool {
	wraps, ends, stops, chars := 0, 0, 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(l)
		if n == 0 {
			continue
		}
		chars += n
		for _, r := range l {
			if strings.ContainsRune("。！？；", r) {
				stops++
			}
		}
		switch {
		case n >= width-1 && n <= width+1:
			if endsMidSentence(l) {
				wraps++
			}
		case n < width-1 && strings.ContainsRune("。！？；", lastRune(l)):
			ends++
		}
	}
	// wraps·stops/(chars-stops) ≥ 2·ends/width, in integers
	return chars > stops && wraps*stops*width >= 2*ends*(chars-stops)
}

// cutAtWidth reports whether the lines of width characters (or one short)
// were cut there by a fixed width, not ended by their writer: most of them
// (three in five) stop mid-sentence. Lines of one paragraph each may share
// a length by chance, but they end their sentences.
func cutAtWidth(lines []string, width int) bool {
	full, mid := 0, 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n >= width-1 && n <= width {
			full++
			if endsMidSentence(l) {
				mid++
			}
		}
	}
	return full > 0 && mid*5 >= full*3
}

// trailingMarkerRe matches a line that ends with an item's number
// ("…危桥5座。（7）"): the item goes on in the next line, whatever the
// closing bracket says.
var trailingMarkerRe = mustLitRe(`(?:[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、．])$`)

// isSubtitle reports whether l is a title's subtitle or date line
// ("——2031年1月8日在…会议上"): it starts with a dash (an em dash, or the
// horizontal bar or box line some sites type for it: ――, ──) and ends no
// sentence; or it is a date line without its dash.
func isSubtitle(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	if !strings.ContainsRune("—―─", r) {
		return dateLineRe.MatchString(l) && !strings.ContainsAny(l, "。；！？")
	}
	return utf8.RuneCountInString(l) <= 60 && !strings.ContainsAny(l, "。；！？")
}

// glue joins each line marked in cont to the line before it, building each
// joined line once (no quadratic concatenation), with a space only between
// ASCII letters or digits. Where two lines meet, the marks normalize could
// not fold because the line's end hid their neighbour are folded as it
// folds them (foldJunctions).
func glue(lines []string, cont []bool) []string {
	out := lines[:0]
	var b strings.Builder
	var joins []int // where each line glued on starts in b
	open := false
	var last rune
	flush := func() {
		out = append(out, foldJunctions(b.String(), joins))
		b.Reset()
		joins = joins[:0]
	}
	for i, l := range lines {
		if cont[i] && open {
			if f, _ := utf8.DecodeRuneInString(l); isASCIIAlnum(last) && isASCIIAlnum(f) && !(unicode.IsDigit(last) && unicode.IsDigit(f)) {
				b.WriteByte(' ')
			}
			joins = append(joins, b.Len())
		} else {
			if open {
				flush()
			}
			open = true
		}
		b.WriteString(l)
		if l != "" {
			last, _ = utf8.DecodeLastRuneInString(l)
		}
	}
	if open {
		flush()
	}
	return out
}

// foldJunctions folds, at each offset in joins where a wrapped line was
// glued on, the marks whose width normalize decides by their neighbours and
// that the line's end kept from seeing one: a full-width point between the
// digits of a decimal (1 / ．5, 1． / 5), an ASCII comma, colon, semicolon
// or exclamation mark next to a Han character (…万平方米 / ,…), and ASCII
// brackets around Chinese words ((试 / 行)). A wrap at a fixed width falls
// beside any character, so the same text must read the same however it
// was wrapped.
func foldJunctions(s string, joins []int) string {
	if len(joins) == 0 {
		return s
	}
	for k := len(joins) - 1; k >= 0; k-- {
		j := joins[k]
		if j <= 0 || j >= len(s) {
			continue
		}
		before, bn := utf8.DecodeLastRuneInString(s[:j])
		after, an := utf8.DecodeRuneInString(s[j:])
		digit := func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
		switch {
		case after == '．' && digit(before):
			if next, _ := utf8.DecodeRuneInString(s[j+an:]); digit(next) {
				s = s[:j] + "." + s[j+an:]
			}
		case before == '．' && digit(after):
			if prev, _ := utf8.DecodeLastRuneInString(s[:j-bn]); digit(prev) {
				s = s[:j-bn] + "." + s[j:]
			}
		case strings.ContainsRune(",:;!", after) && IsHan(before):
			s = s[:j] + string(after-'!'+'\uff01') + s[j+an:]
		case strings.ContainsRune(",:;!", before) && IsHan(after):
			s = s[:j-bn] + string(before-'!'+'\uff01') + s[j:]
		}
	}
	if !strings.Contains(s, "(") {
		return s
	}
	// Brackets around Chinese words that a junction cut: normalize has
	// folded every such pair within one line already, so the pairs left
	// to fold are those the junctions made.
	return hanParens.ReplaceAllStringFunc(s, func(m string) string {
		if !strings.ContainsFunc(m, IsHan) {
			return m
		}
		return "（" + m[1:len(m)-1] + "）"
	})
}

// leadCopyTagRe matches a copy site's tag for its samples (供借鉴, 范文)
// where a text would begin: it stood after the title, a space between.
var leadCopyTagRe = mustLitRe(`^(?:供借鉴|供参考|范文范例|范文稿|范文|范本)`)

var titleKindEnd = mustLitRe(`^(\S.{3,50}?(?:总结|计划|要点|报告|方案|意见|规划|通知|讲话|思路|安排|打算))\s+\S`)

// bracketTitleLeadRe matches a title in square brackets that opens a line
// (【某室2031年工作总结】…), the title in group 1.
var bracketTitleLeadRe = mustLitRe(`^【([^【】\s。，；：:]{6,50})】\s*`)

// titleGluedRe matches a title glued to the text after it without a space,
// as a library's preview runs them together: the title ends in what the
// paper is (工作要点, 工作总结…工作思路, a speech's 讲话, a 述职报告), maybe
// with a copy site's tag after it (文稿, 范文稿, 范文范例, 范本, 供借鉴), and the text
// starts with a heading's number, a year (or one the uploader blanked out:
// _年，…) or an opening (县教育局2031年工作
// 要点1.全面…, 交通局上半年工作总结和下半年工作安排2031年上半年，…, …会上的
// 讲话今天召开…, 镇长述职报告各位领导、同志们：, 某乡2031年上半年工作汇报
// 在县委、县政府的正确领导下，…). A note in brackets that names the paper
// again may end the title (…会议上的政府工作报告（2031年政府工作报告）各位
// 代表：…).
var titleGluedRe = mustLitRe(`^([^\s。，；,;：:]{4,50}?(?:工作总结|工作小结|工作要点|工作计划|工作思路|工作安排|工作打算|计划打算|工作谋划|工作汇报|情况汇报|总结报告|政府工作报告|述职报告|的讲话)(?:范文范例|范文稿|范文|文稿|范例|范本|供借鉴|供参考)?(?:[（(](?:(?:19|20)[0-9]{2}年?)?[^（）()\s。，；]{0,16}(?:报告|全文|摘要|摘登|草案|稿)[）)])?)(?:[0-9]{1,2}[.．、][^0-9]|[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|(?:19|20)[0-9]{2}|(?:20[0-9]?|)[xX×]{2,4}年|_{1,4}年|今年以来|一年来|半年来|今天|各位代表|各位领导|同志们|总体要求|在(?:县|市|区|州|旗|镇|乡)?(?:委|党委|党工委)[、，,和]\s*(?:县|市|区|州|旗|镇|乡)?(?:政府|人民政府|管委会))`)

// separateTitle does step 6.
func separateTitle(lines []string, title string) []string {
	lines = separateFirst(lines, title)
	lines = dropTitleRepeat(lines)
	lines = dropCutTitle(lines)
	lines = dropLonePieceLabel(lines)
	// A headline or a title on a line of its own may stand above the
	// title block run together on a line below (2031年某县政府工作报告 /
	// 政府工作报告——…会议上某县县长某某各位代表：…, or 政府工作报告 /
	// 2031年1月8日在…会议上某县县长某某各位代表：…).
	seen := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		if seen++; seen > 4 {
			break
		}
		if seen >= 2 && utf8.RuneCountInString(l) > 60 {
			// the first long line: the block, or the text (a library's
			// chunk number 1、 before the title is no heading's)
			if m := chunkRe.FindString(l); m == "1、" && namesDocument(headText(l[len(m):], 120)) {
				l = l[len(m):]
			}
			if block := splitTitleBlock(l); len(block) > 1 && headingMarker(l) == nil {
				lines = append(lines[:i], append(block, lines[i+1:]...)...)
			}
			break
		}
	}
	return lines
}

// dropPageHeadTitles returns lines without the headline a paginated copy
// prints again at the top of each of its pages: a line equal to the first
// line, when that names a paper, once the body has begun (a heading or a
// long line came), between two paragraphs or inside a sentence the page
// cut, which joinWraps then joins. A repeat that the first line's next
// line follows again opens a second copy of the text: it stays, for
// collapseCopies.
func dropPageHeadTitles(lines []string) []string {
	head, next := -1, ""
	for i, l := range lines {
		if l == "" {
			continue
		}
		if head < 0 {
			head = i
			continue
		}
		next = l
		break
	}
	if head < 0 || next == "" {
		return lines
	}
	t := strings.Join(strings.Fields(strings.TrimSuffix(lines[head], hardEnd)), "")
	if n := utf8.RuneCountInString(t); n < 8 || n > 60 || strings.ContainsAny(t, "。；，") || !titleEndRe.MatchString(t) {
		return lines
	}
	out := lines[: head+1 : head+1]
	body := false
	for i := head + 1; i < len(lines); i++ {
		l := lines[i]
		if l != "" && strings.HasPrefix(l, t[:len(t)/2]) {
			// a copy site's headline with its column's word after it (某镇上半年
			// 工作总结范文), printed over the text and between its parts: the
			// site's, wherever it stands
			if rest, ok := strings.CutPrefix(strings.Join(strings.Fields(strings.TrimSuffix(l, hardEnd)), ""), t); ok && copyTitleTagRe.MatchString(rest) {
				continue
			}
		}
		if m := columnTagLineRe.FindStringSubmatch(strings.Join(strings.Fields(strings.TrimSuffix(l, hardEnd)), "")); m != nil && !body && strings.HasSuffix(t, m[1]) {
			// the column alone with the site's word (工作总结范文。) under
			// a headline that ends with what the paper is (…工作总结)
			continue
		}
		if body && strings.Join(strings.Fields(strings.TrimSuffix(l, hardEnd)), "") == t {
			following := ""
			for _, m := range lines[i+1:] {
				if m != "" {
					following = m
					break
				}
			}
			if following != next {
				continue
			}
		}
		if !body && l != "" && (utf8.RuneCountInString(l) > 60 || headingMarker(l) != nil) {
			body = true
		}
		out = append(out, l)
	}
	return out
}

// copyTitleTagRe matches the word a copy site puts after a headline it
// prints again as a label of its column (…工作总结范文, …精选, …【完整版】),
// a full stop after it maybe (…工作总结范文。).
var copyTitleTagRe = mustLitRe(`^(?:范文|范文大全|范文精选|精选范文|精选|范例|【完整版】|（完整版）|完整版)[。.]?$`)

// columnTagLineRe matches a copy site's column, what a paper is and the
// site's word for its pieces, alone on a line (工作总结范文。, 工作计划范文):
// what the paper is in group 1.
var columnTagLineRe = mustLitRe(`^(\p{Han}{0,6}(?:总结|小结|计划|要点|规划|方案|报告))(?:范文大全|范文精选|精选范文|范文)[。.]?$`)

// cutTitleRepeat returns l without the title it opens with, or without
// the title less the year the headline put before it (2031年某局上半年工作
// 总结 / 某局上半年工作总结半年来，…), and whether it opened with either.
func cutTitleRepeat(l, title string) (string, bool) {
	if m := chunkRe.FindString(l); m == "1、" {
		l = l[len(m):] // a library's chunk number before it
	}
	if rest, ok := strings.CutPrefix(l, title); ok {
		return rest, true
	}
	short := leadBlankRe.ReplaceAllString(leadYearRe.ReplaceAllString(title, ""), "")
	if short != title && utf8.RuneCountInString(short) >= 8 {
		// (not a bare 政府工作报告 under 2031年政府工作报告: that is the
		// title block's own line)
		return strings.CutPrefix(l, short)
	}
	return l, false
}

// dropTitleRepeat cuts the title off the start of the line under it, when
// that line repeats it, whole (某局2031年工作总结 / 某局2031年工作总结2031
// 年，我局…) or without the year or the template's blank for the place
// the headline put before it (2031年某局上半年工作总结 / 某局上半年工作总结
// 半年来，…; XX区教育局2031年工作计划 / 区教育局2031年工作计划一、…).
func dropTitleRepeat(lines []string) []string {
	first, keywords := -1, false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		if first < 0 {
			first = i
			// (a headline with a comma, 乡镇人大会，政府工作报告, is a
			// copy site's string of keywords: only its piece label
			// repeating it goes)
			keywords = strings.Contains(l, "，") && !strings.ContainsAny(l, "。；")
			// (a repost's note that it holds the whole text, …报告全文,
			// is a tag too)
			// (a headline a site glued its promotion to keeps hardEnd)
			head := strings.TrimSpace(fullTextRe.ReplaceAllString(countTailRe.ReplaceAllString(copyTagRe.ReplaceAllString(strings.TrimSuffix(l, hardEnd), ""), ""), ""))
			if !keywords && (!titleEndRe.MatchString(head) && !nextYearEndRe.MatchString(head) || utf8.RuneCountInString(l) > 60 || strings.ContainsAny(l, "。；，")) {
				return lines
			}
			continue
		}
		if l == lines[first] {
			continue // the headline twice (a later step drops the repeat)
		}
		if rest, ok := strings.CutPrefix(l, lines[first]); ok && !keywords && utf8.RuneCountInString(rest) <= 10 && collectionCountRe.MatchString(rest) && !strings.ContainsAny(rest, "。；，") {
			// the headline again with the count of the pieces the page
			// collects (某某报告 / 某某报告4篇, …（精选3篇）): the site's
			// headline for its collection; its label for the first piece
			// may follow
			lines = append(lines[:i], lines[i+1:]...)
			i--
			continue
		}
		if t := pieceTagRe.ReplaceAllString(l, ""); t != l && !keywords && utf8.RuneCountInString(t) >= 4 {
			if rest, ok := strings.CutPrefix(lines[first], t); ok && rest != "" && utf8.RuneCountInString(rest) <= 10 && collectionCountRe.MatchString(rest) && !strings.ContainsAny(rest, "。；，") {
				// the headline with the count of the pieces over the
				// first piece's title with the site's number for it
				// (某某总结7篇 / 某某总结篇1): the count's line is the
				// site's, and so is the number
				lines[i] = t
				l = t
			}
		}
		if rest, ok := strings.CutPrefix(lines[first], l); ok && !keywords && rest != "" && utf8.RuneCountInString(rest) <= 10 && collectionCountRe.MatchString(rest) && !strings.ContainsAny(rest, "。；，") {
			// the headline with the count of the pieces the page collects,
			// once or twice, over the first piece's own title (某某计划（2篇）
			// / 某某计划（2篇） / 某某计划): the count's lines are the site's
			var kept []string
			for j, k := range lines[:i] {
				if j < first || k != lines[first] {
					kept = append(kept, k)
				}
			}
			if j := nextFilled(lines, i+1); j > 0 && pieceRepeats(lines[j], l) {
				// …and the label for the first piece under the piece's
				// title, the title again (某某报告（3篇） / 某某报告 / 篇一
				// 某某报告2850字)
				return append(append(kept, lines[i:j]...), lines[j+1:]...)
			}
			return append(kept, lines[i:]...)
		}
		if j := nextFilled(lines, i+1); j > 0 && reyearedTitle(lines[first], l, lines[j]) {
			// the site's headline over the piece's own title, the same
			// words but the year, the text below in the piece's year
			// (2032年度某局…打算 / 2031年度某局…打算 / 2031年是…): the
			// site's headline goes, the piece's title heads the body
			return append(lines[:first], lines[i:]...)
		}
		if pieceRepeats(l, lines[first]) {
			// a collection's label for its first piece before the title
			// again (某某报告 / 第一篇：某某报告), also when the
			// collection's title carries the site's tag (某某报告（合集五篇）)
			// or the label its piece's length (篇一 某某报告2850字)
			return append(lines[:i], lines[i+1:]...)
		}
		if keywords {
			break
		}
		if m := maskedPlaceRe.FindString(l); m != "" && l[len(m):] == lines[first] {
			// the title again with the site's mask for the place the
			// headline left out (镇2031年…打算 / 〔…〕镇2031年…打算)
			return append(lines[:i], lines[i+1:]...)
		}
		if m := maskedPlaceRe.FindString(l); m != "" && maskedPlaceRe.FindString(lines[first]) == "" {
			// the same, as a library's PDF text gives it, spaced (XX 区某局
			// 2031 年工作总结), the text maybe joined to it across the
			// PDF's wraps (…总结2031 年，区某局…): the title's line goes,
			// the text stays
			if rest, ok := cutPrefixSpaced(l[len(m):], lines[first]); ok {
				rest = strings.TrimSpace(rest)
				if rest == "" {
					return append(lines[:i], lines[i+1:]...)
				}
				if utf8.RuneCountInString(lines[first]) >= 8 && utf8.RuneCountInString(rest) > 20 && (startsHan(rest) || leadYearRe.MatchString(rest)) {
					lines[i] = rest
					break
				}
			}
		}
		if m := titleGluedRe.FindStringSubmatchIndex(l); m != nil && utf8.RuneCountInString(l) > 60 && headingMarker(l[m[3]:]) != nil && sameTitleWords(l[:m[3]], lines[first]) {
			// the headline again, its year written 2031年度 where the
			// headline has 2031年 (or the other way), glued to the text's
			// first heading (…2031年度工作总结…打算一、…): the title is a
			// line of its own, and the heading opens the text
			lines = append(lines[:i+1], lines[i:]...)
			lines[i], lines[i+1] = l[:m[3]], l[m[3]:]
			break
		}
		if m := titleGluedRe.FindStringSubmatchIndex(l); m != nil && utf8.RuneCountInString(l) > 40 && headingMarker(l[m[3]:]) != nil && titleWithExtra(l[:m[3]], lines[first]) {
			// the headline again with the body's level or place it left
			// out, glued to the text's first heading (2031年某局工作计划 /
			// 2031年县某局工作计划一、指导思想…): the title again goes, the
			// heading opens the text
			lines[i] = l[m[3]:]
			break
		}
		if rest, ok := cutMaskedYears(l, lines[first]); ok && utf8.RuneCountInString(lines[first]) >= 8 && utf8.RuneCountInString(rest) > 20 && (startsHan(rest) || maskedYearAtRe.MatchString(rest)) {
			// the title again glued to the text, its years masked by the
			// site (某局2031年工作总结… / 某局203x年工作总结…203x年以来，…)
			lines[i] = rest
			break
		}
		after, ok := cutPrefixSpaced(l, lines[first])
		glued := ok && utf8.RuneCountInString(lines[first]) >= 8 && utf8.RuneCountInString(after) > 20
		rest, label := strings.TrimSpace(after), ""
		if glued {
			label = firstPieceLabel(rest)
		}
		if label != "" {
			// the collection's headline again glued to its first piece's
			// label and text (某某总结3篇【篇一】2031年，…): both go
			lines[i] = strings.TrimSpace(rest[len(label):])
		} else if glued && (startsHan(rest) || leadYearRe.MatchString(rest)) {
			lines[i] = rest // the whole title again
		} else if short := leadBlankRe.ReplaceAllString(leadYearRe.ReplaceAllString(lines[first], ""), ""); short != lines[first] {
			if rest, ok := strings.CutPrefix(l, short); ok && utf8.RuneCountInString(short) >= 8 && utf8.RuneCountInString(rest) > 20 && startsHan(rest) {
				lines[i] = strings.TrimSpace(rest)
			}
		}
		break
	}
	return lines
}

// nextYearEndRe matches the end of a combined paper's title, the name of
// its part on the next year (…2031年工作总结及2032年工作思路, …和明年工作
// 打算, …工作安排, …工作谋划).
var nextYearEndRe = mustLitRe(`(?:思路|安排|打算|谋划)$`)

// pieceRepeats reports whether l is a copy site's label for a piece of its
// collection before title again, the site's tags (its count of pieces,
// the piece's length) aside on either.
func pieceRepeats(l, title string) bool {
	m := pieceLabelRe.FindString(l)
	if m == "" {
		return false
	}
	rest := strings.TrimSpace(l[len(m):])
	return rest == title || strings.TrimSpace(copyTagRe.ReplaceAllString(rest, "")) == strings.TrimSpace(copyTagRe.ReplaceAllString(title, ""))
}

// countTailRe matches the count of pieces a copy site's collection holds,
// bare after its headline: 某某总结7篇.
var countTailRe = mustLitRe(`\s*(?:[2-9]|[1-9][0-9]|[二三四五六七八九十]|十[一二三四五六七八九])\s*篇$`)

// reyearedTitle reports whether headline and title are the same words
// but for one year, each naming as many, and text, the line under title,
// opens with the title's year there (after a heading's number, maybe:
// 2032年某局工作总结与2032年工作计划 over 2031年某局工作总结与2032年工作计划
// and 一、2031年亮点工作): a copy site's headline that dated the paper by
// the year it posted it.
func reyearedTitle(headline, title, text string) bool {
	h, t := titleYearsRe.FindAllString(headline, -1), titleYearsRe.FindAllString(title, -1)
	if len(h) == 0 || len(h) != len(t) || titleYearsRe.ReplaceAllString(headline, "") != titleYearsRe.ReplaceAllString(title, "") {
		return false
	}
	differ := -1
	for k := range h {
		if h[k] != t[k] {
			if differ >= 0 {
				return false
			}
			differ = k
		}
	}
	if differ < 0 {
		return false
	}
	y := yearRe.FindStringSubmatch(t[differ])
	text = strings.TrimSpace(text)
	text = strings.TrimSpace(text[len(partNumberLeadRe.FindString(text)):])
	return y != nil && strings.HasPrefix(text, y[1]+"年")
}

// partNumberLeadRe matches the number of a part's heading at a line's
// start: 一、, （一）, (一).
var partNumberLeadRe = mustLitRe(`^(?:[一二三四五六七八九十]{1,2}\s*[、．.]|[（(][一二三四五六七八九十]{1,2}[）)])`)

// dropLonePieceLabel drops a collection's headline for its first piece,
// the label glued to the piece's title (第一篇：某区政府2031年工作报告), when
// the piece's title follows on the next line and no later piece is on the
// page: the label is the site's, not a part of the report.
func dropLonePieceLabel(lines []string) []string {
	first := nextFilled(lines, 0)
	if first < 0 || pieceNumber(lines[first]) != 1 {
		return lines
	}
	m := pieceLabelRe.FindString(lines[first])
	next := nextFilled(lines, first+1)
	// (the title below may be a portal's title field whose label went,
	// 文章标题：…, its line kept whole: hardEnd after it)
	if !strings.ContainsAny(m, ":：") || next < 0 || despace(strings.TrimSuffix(lines[next], hardEnd)) != despace(strings.TrimSuffix(lines[first][len(m):], hardEnd)) {
		return lines
	}
	for _, l := range lines[next:] {
		if pieceNumber(l) >= 2 || tagPieceNumber(l) >= 2 {
			return lines
		}
	}
	return append(lines[:first:first], lines[first+1:]...)
}

// dropCutTitle drops the title a portal printed again and cut short in its
// title block, a head of the headline's words alone on a line over the line
// that names the session (政府工作报告（2031年） / 政府 / ——2031年1月6日在…
// 会议上): two to four characters that are no title of their own.
func dropCutTitle(lines []string) []string {
	first := nextFilled(lines, 0)
	if first < 0 {
		return lines
	}
	head := despace(lines[first])
	for i, k := first+1, 0; i >= 0 && i < len(lines) && k < 3; i, k = nextFilled(lines, i+1), k+1 {
		l := strings.TrimSpace(lines[i])
		n := utf8.RuneCountInString(l)
		if n < 2 || n > 4 || len(l) >= len(head) || !strings.HasPrefix(head, l) || !allHan([]rune(l)) {
			continue
		}
		if j := nextFilled(lines, i+1); j > 0 && strings.Contains(lines[j], "会议上") {
			return append(lines[:i:i], lines[i+1:]...)
		}
	}
	return lines
}

// nextFilled returns the index of the first line from i on that is not
// empty, or -1.
func nextFilled(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// sameTitleWords reports whether titles a and b are the same words but for
// a year written 2031年度 in one and 2031年 in the other.
// (A line kept whole by an earlier step ends with hardEnd.)
func sameTitleWords(a, b string) bool {
	a, b = strings.TrimSuffix(a, hardEnd), strings.TrimSuffix(b, hardEnd)
	return a != b && strings.ReplaceAll(a, "年度", "年") == strings.ReplaceAll(b, "年度", "年")
}

// libraryStampRe matches a document library's stamp of a paper's title
// on a line of its own, the title in group 1: 最新-2031年某局工作计划 精品
// (a copy's number maybe after the title: 最新-某某报告1 精品).
var libraryStampRe = mustLitRe(`^最新[-－—]\s*(\S.*?)[0-9]?\s+精品$`)

// titleWithExtra reports whether a is the headline b again with a few Han
// characters more that the headline left out, the body's level or place
// (2031年县某局工作计划 under 2031年某局工作计划): every character of b in a,
// in order, and one to four more, none of them a figure (a year of its
// own makes another title).
func titleWithExtra(a, b string) bool {
	a, b = strings.TrimSuffix(a, hardEnd), strings.TrimSuffix(b, hardEnd)
	ra, rb := []rune(a), []rune(b)
	if len(rb) < 8 || len(ra) <= len(rb) || len(ra) > len(rb)+4 {
		return false
	}
	j := 0
	for _, r := range ra {
		if j < len(rb) && r == rb[j] {
			j++
		} else if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return j == len(rb)
}

// firstPieceLabel returns the label of a collection's first piece that s
// opens with, glued to the piece's text (【篇一】2031年，…, 篇1：一、…),
// else "".
func firstPieceLabel(s string) string {
	m := pieceLabelRe.FindString(s)
	if m == "" || pieceNumber(m) != 1 {
		return ""
	}
	return m
}

// pieceLabelRe matches a copy site's label for a piece of its collection
// of model texts before the piece's title: 第一篇：, 篇一：, 【篇1】.
var pieceLabelRe = mustLitRe(`^(?:第[一二三四五六七八九十0-9]{1,2}篇\s*[:：]|[【\[]?篇[一二三四五六七八九十0-9]{1,2}[】\]]?\s*[:：]?)\s*`)

// maskedPlaceRe matches a copy site's mask for a place before a title:
// 〔…〕镇…, XX县…, **县….
var maskedPlaceRe = mustLitRe(`^(?:〔…〕|[Xx×＊*]{1,4}|[Ｘｘ]{1,4})`)

// maskedYearAtRe matches a year, whole or with its last figure masked
// (2031, 203x).
var maskedYearAtRe = mustLitRe(`^(?:19|20)[0-9][0-9xX×*]`)

// cutMaskedYears returns l without the title t it opens with, reading a
// year of l whose last figures a site masked (203x) as any year of t; and
// whether l opened so with at least one year masked.
func cutMaskedYears(l, t string) (string, bool) {
	masked := false
	for t != "" {
		if y := maskedYearAtRe.FindString(t); y != "" {
			u := maskedYearAtRe.FindString(l)
			if u == "" {
				return l, false
			}
			if u != y {
				if !strings.ContainsAny(u, "xX×*") {
					return l, false
				}
				masked = true
			}
			t, l = t[len(y):], l[len(u):]
			continue
		}
		q, size := utf8.DecodeRuneInString(t)
		r, rsize := utf8.DecodeRuneInString(l)
		if q != r {
			return l, false
		}
		t, l = t[size:], l[rsize:]
	}
	return l, masked
}

// leadBlankRe matches the blank a template leaves for the place before a
// title's level (XX区教育局…, ××县…).
var leadBlankRe = mustLitRe(`^(?:[Xx×＊*]{1,4}|[Ｘｘ]{1,4})`)

// cutPrefixSpaced is strings.CutPrefix that ignores spaces in l and p (a
// PDF's text spaced between words and across its wraps).
func cutPrefixSpaced(l, p string) (string, bool) {
	p = strings.Join(strings.Fields(p), "")
	for i, r := range l {
		if p == "" {
			return l[i:], true
		}
		if unicode.IsSpace(r) {
			continue
		}
		q, size := utf8.DecodeRuneInString(p)
		if q != r {
			return l, false
		}
		p = p[size:]
	}
	return "", p == ""
}

// startsHan reports whether s opens with a Chinese character (a sentence,
// not a dash, a bracket or a date).
func startsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return IsHan(r)
}

// firstNonBlank is the index of the first line that is not empty, -1
// when there is none.
func firstNonBlank(lines []string) int {
	for i, l := range lines {
		if l != "" {
			return i
		}
	}
	return -1
}

// separateFirst does step 6 on the first line.
func separateFirst(lines []string, title string) []string {
	first := firstNonBlank(lines)
	if first < 0 {
		return lines
	}
	if a, ok := titleTwice(lines[first]); ok {
		// the headline twice on one line: two lines, the repeat dropped
		// below (dropTitleRepeat's headline twice)
		lines = append(lines[:first+1], lines[first:]...)
		lines[first], lines[first+1] = a, a
	}
	if title != "" && lines[first] == title {
		// The body's first line may repeat the title, glued or after a space.
		for i := first + 1; i < len(lines); i++ {
			if lines[i] == "" {
				continue
			}
			rest, ok := cutTitleRepeat(lines[i], title)
			if ok && rest != "" {
				lines[i] = strings.TrimSpace(rest)
			} else if ok {
				lines = append(lines[:i], lines[i+1:]...)
			}
			break
		}
		return lines
	}
	if l := lines[first]; utf8.RuneCountInString(l) <= 20 && kindOf(l, "") == "" {
		// A short line that names no paper above the title (a copy
		// site's tag, -范文推荐-): the title may be on the next line…
		for i := first + 1; i < len(lines); i++ {
			if lines[i] != "" {
				if utf8.RuneCountInString(lines[i]) > 60 && titleGluedRe.MatchString(lines[i]) {
					first = i
				}
				break
			}
		}
	}
	if m := bracketTitleLeadRe.FindStringSubmatch(lines[first]); m != nil && titleEndRe.MatchString(m[1]) && utf8.RuneCountInString(lines[first]) > 60 {
		// A library's converted file on one line, its title in brackets
		// first (【某室工作总结】某某文章：某室工作总结一、…): the title is
		// a line of its own; the column's label and the title again,
		// glued to the text, are the library's, and so is the abstract
		// that may come before the text (一、…认真履行……某室工作总结一、…).
		t, rest := m[1], lines[first][len(m[0]):]
		if i := strings.Index(rest, t); i >= 0 && utf8.RuneCountInString(rest[:i]) <= 16 && !strings.ContainsAny(rest[:i], "。；，") {
			rest = rest[i+len(t):]
		}
		if i := strings.Index(rest, "……"+t); i > 0 && strings.HasPrefix(rest[i+len("……"+t):], rest[:i]) {
			// the library's abstract, the text's opening cut off with
			// ……, before the title and the whole text again
			rest = rest[i+len("……"+t):]
		}
		lines = append(lines[:first+1], lines[first:]...)
		lines[first], lines[first+1] = t, strings.TrimSpace(rest)
		return lines
	}
	if l := lines[first]; !titleGluedRe.MatchString(l) {
		// …or after it on the same line, past a space (-精品推荐- 某某工作总结一年来，…).
		if i := strings.IndexAny(l, " \t\u3000"); i > 0 && utf8.RuneCountInString(l[:i]) <= 20 && kindOf(l[:i], "") == "" {
			if rest := strings.TrimLeft(l[i:], " \t\u3000"); utf8.RuneCountInString(rest) > 60 && titleGluedRe.MatchString(rest) {
				lines = append(lines[:first+1], lines[first:]...)
				lines[first], lines[first+1] = l[:i], rest
				first++
			}
		}
	}
	l := lines[first]
	if i := strings.IndexAny(l, " \u3000"); i > 0 && ledeDateRe.MatchString(strings.TrimLeft(l[i:], " \u3000")) {
		// A news headline and its lede on one line, a space between, the
		// lede opening with its day (某县召开某某会议 3月15日，…): the
		// headline is a line of its own. It ends with the meeting or what
		// happened, and holds no sentence's punctuation.
		if h := l[:i]; firstTitleRe.MatchString(h) && !strings.ContainsAny(h, "，。；：,;:") && utf8.RuneCountInString(h) >= 6 && utf8.RuneCountInString(h) <= 40 {
			lines = append(lines[:first+1], lines[first:]...)
			lines[first], lines[first+1] = h, strings.TrimLeft(l[i:], " \u3000")
			return lines
		}
	}
	if m := chunkRe.FindString(l); m == "1、" && titleGluedRe.MatchString(l[len(m):]) {
		// a library's chunk number before a title glued to the text
		l = l[len(m):]
		lines[first] = l
	}
	if m := titleGluedRe.FindStringSubmatchIndex(l); m != nil && utf8.RuneCountInString(l) <= 60 && headingMarker(l) == nil && headingMarker(l[m[3]:]) != nil {
		// A short first line that is the title and the first heading run
		// together (某局2031年工作计划（一）强化政治建设…).
		lines = append(lines[:first], append([]string{l[:m[3]], l[m[3]:]}, lines[first+1:]...)...)
		return lines
	}
	if utf8.RuneCountInString(l) > 60 && headingMarker(l) == nil {
		m := titleKindEnd.FindStringSubmatchIndex(l)
		if m == nil {
			m = titleGluedRe.FindStringSubmatchIndex(l)
		}
		if m != nil {
			k := ledeDateAfter(l, m[3])
			head, rest := l[:k], strings.TrimSpace(l[k:])
			if t := leadCopyTagRe.FindString(rest); t != "" && len(t) < len(rest) {
				// a copy site's tag past a space after the title (…工作
				// 总结 供借鉴), the text joined to it: the title's line
				// keeps it, for the title's reading to drop
				head, rest = head+" "+t, strings.TrimSpace(rest[len(t):])
			}
			block := append(splitHeadline(head), rest)
			lines = append(lines[:first], append(block, lines[first+1:]...)...)
		} else if block := splitTitleBlock(l); len(block) > 1 {
			lines = append(lines[:first], append(block, lines[first+1:]...)...)
		} else if k := gluedTitleEnd(l); k > 0 && wholeText(lines, first) {
			k = ledeDateAfter(l, k)
			block := []string{l[:k], l[k:]}
			if u := unitRe.FindString(l[k:]); u != "" && (headingMarker(l[k+len(u):]) != nil || runInOpenerRe.MatchString(l[k+len(u):])) {
				// the body's name under the title (…工作计划 / 市某某局 / 一、…
				// or 今年以来，…)
				block = []string{l[:k], u, l[k+len(u):]}
			} else if m := titleGluedRe.FindStringSubmatchIndex(l[k:]); m != nil && kindOf(l[k:k+m[3]], "") == kindOf(l[:k], "") {
				// a copy site's headline before the paper's own title,
				// both glued to the text (某局…总结范文及…计划范例某局关于…
				// 总结及…计划今年以来，…)
				block = []string{l[:k], l[k : k+m[3]], l[k+m[3]:]}
			}
			lines = append(lines[:first], append(block, lines[first+1:]...)...)
		}
	}
	return lines
}

// sessionDate is the date of a session as a title block's date line gives
// it (2031年1月8日), or as a template or a copy site blanked it out
// (20XX年X月X日, ____年__月__日, or 年月日 with its figures gone).
const sessionDate = `(?:(?:19|20)[0-9]{2}|20[xX×]{2}|[xX×]{2,4}|_{1,4}|)年(?:[0-9]{1,2}|[xX×]{1,2}|_{1,4}|)月(?:[0-9]{1,2}|[xX×]{1,2}|_{1,4}|)日`

var (
	// gluedDateLineRe matches a first line that holds a title and its date
	// line run together (a file that lost its line breaks):
	// 政府工作报告——2031年1月8日在某县第十届人民代表大会第三次会议上…, or
	// with no dash at all: 政府工作报告2031年1月8日在…会议上… (or its date
	// blanked out: 政府工作报告20XX年X月X日在…, 政府工作报告年月日在…).
	gluedDateLineRe = mustLitRe(`^(\S.{1,50}?)\s*([—－-]{1,2}\s*(?:\S{0,20}日)?在.{0,30}(?:人民代表大会|人大).{0,20}?会议上|[（(]\S{0,20}日在.{0,30}(?:人民代表大会|人大).{0,20}?会议上[）)]|\s?` + sessionDate + `在.{0,30}(?:人民代表大会|人大).{0,20}?会议上)\s*(.*)$`)
	// newsLeadRe matches the lead a news agency or a paper puts before a
	// story: 新华社北京3月12日电, 本报讯, 本报记者 某某.
	newsLeadRe = mustLitRe(`^(?:新华社|中新社|中新网|人民网|央视网|本报)\S{0,16}?(?:电|讯)[\s：:]*|^本报记者\s*\p{Han}{2,4}\s+`)
	// leadDateLineRe matches a line that opens with a title's date line
	// and runs on into the speaker and the speech (2031年1月8日在某县第十届
	// 人民代表大会第三次会议上某县县长某某各位代表：…).
	leadDateLineRe = mustLitRe(`^((?:[—－-]{1,2}\s*)?(?:` + sessionDate + `\s*)?在.{0,30}(?:人民代表大会|人大).{0,20}?会议上)\s*(.*)$`)
	// pageDateRe matches a page's date at the end of its headline: 2031-12-14.
	pageDateRe = mustLitRe(`\s(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}$`)
	// titleGreetingRe matches a work report's title run into the greeting.
	titleGreetingRe = mustLitRe(`^(\S.{1,40}?政府工作报告)\s*(各位代表[：:！!，,].*)$`)
	// gluedGreetingRe finds the greeting that opens the speech.
	gluedGreetingRe = mustLitRe(`各位代表[：:！!，,]`)
)

// splitTitleBlock returns the lines of a title block run together in
// line l, the title, its date line, the speaker and what follows
// (政府工作报告——…会议上某县人民政府县长某某各位代表：现在，…), or nil when l
// holds no date line after a title. A news lead before the title (本报讯,
// 新华社北京3月12日电) gets a line of its own.
func splitTitleBlock(l string) []string {
	var out []string
	var rest string
	if m := gluedDateLineRe.FindStringSubmatch(l); m != nil && strings.Contains(despace(m[1]), "报告") && !sentenceGoesOn(m[3]) {
		head := m[1]
		var stamp string
		if loc := pageDateRe.FindStringIndex(head); loc != nil && loc[0] > 0 {
			// the page's date after its headline (政 府 工 作 报 告 2031-12-14):
			// a line of its own
			head, stamp = strings.TrimSpace(head[:loc[0]]), strings.TrimSpace(head[loc[0]:])
		}
		out = splitHeadline(head)
		if stamp != "" {
			out = append(out, stamp)
		}
		out = append(out, m[2])
		if lead := newsLeadRe.FindString(m[1]); lead != "" && lead != m[1] {
			// a news agency's or paper's lead before the title: a line of its own
			out = []string{strings.TrimSpace(lead), strings.TrimSpace(m[1][len(lead):]), m[2]}
		}
		rest = m[3]
	} else if m := leadDateLineRe.FindStringSubmatch(l); m != nil && gluedGreetingRe.MatchString(m[2]) && !sentenceGoesOn(m[2]) {
		// the date line opens l, the title above it on a line of its own
		out, rest = []string{m[1]}, m[2]
	} else if m := titleGreetingRe.FindStringSubmatch(l); m != nil && !strings.ContainsAny(m[1], "。，；：,;:") {
		// no date line: the title runs straight into the greeting, as a
		// PDF's text layer without its line breaks gives it
		// (2031年某市政府工作报告各位代表：现在，…)
		out, rest = splitHeadline(m[1]), m[2]
	} else {
		return nil
	}
	if g := gluedGreetingRe.FindStringIndex(rest); g != nil && g[0] > 0 && utf8.RuneCountInString(rest[:g[0]]) <= 30 {
		out = append(out, strings.TrimSpace(rest[:g[0]])) // the speaker
		rest = rest[g[0]:]
	}
	if g := gluedGreetingRe.FindStringIndex(rest); g != nil && g[0] == 0 && g[1] < len(rest) {
		out = append(out, rest[:g[1]]) // the greeting, a line of its own
		rest = rest[g[1]:]
	}
	if rest = strings.TrimSpace(rest); rest != "" {
		out = append(out, rest)
	}
	return out
}

// sentencePerLine reports whether lines hold one sentence each, a text
// split at its sentence ends that lost its paragraphs: 30 lines at least,
// nine in ten of them ending a sentence and holding no other sentence end.
func sentencePerLine(lines []string) bool {
	n, one := 0, 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		n++
		t := strings.TrimRight(l, "”’」』）)")
		if r := lastRune(t); strings.ContainsRune("。！？", r) && !strings.ContainsAny(t[:len(t)-utf8.RuneLen(r)], "。！？") {
			one++
		}
	}
	return n >= 30 && one*10 >= n*9
}

// wholeText reports whether line i holds the whole text (holdsWhole): a
// file that lost all its line breaks.
func wholeText(lines []string, i int) bool {
	return holdsWhole(lines[i], textBytes(lines))
}

// holdsWhole reports whether line l holds nine tenths at least of a text
// of total bytes, and 300 characters, a short paper's length. (The total
// is the caller's to sum once: summed again for each line, a text of
// many short lines took time growing with their square.)
func holdsWhole(l string, total int) bool {
	return len(l)*10 >= total*9 && utf8.RuneCountInString(l) >= 300
}

// textBytes returns the bytes of lines together.
func textBytes(lines []string) int {
	total := 0
	for _, l := range lines {
		total += len(l)
	}
	return total
}

// titleWordRe matches the words a title ends with (firstTitleRe's), with
// the tag a copy site may put after it (（全文）, 【完整版】); a speech's draft
// (讲话稿) ends with 稿.
var titleWordRe = mustLitRe(`^(?:工作汇报|情况汇报|报告|总结|计划|要点|规划|纲要|方案|意见|安排|打算|思路|谋划|通知|解读|说明|讲话稿|讲话|决定|决议|公报|召开|开幕|闭幕|举行)(?:汇报)?(?:材料)?(?:[（(【][^）)】]{1,8}[）)】])?`)

// sampleTagRe matches the word a copy site puts after what a paper is
// in its headline (总结范文, 计划范例, 报告范本).
var sampleTagRe = mustLitRe(`^(?:范文范例|范文|范例|范本)`)

// ledeDateRe matches the day a news story's lede opens with, with the
// comma or the time of day after it (2031年1月13日，, 3月2日上午).
var ledeDateRe = mustLitRe(`^(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(?:[，,]|上午|下午|晚上|晚|早上|中午|凌晨)`)

// ledeDateAfter returns where a headline run into its story's lede on one
// line ends, given k, where it ends at the first word a title ends with:
// when the words after k, up to 12 characters of Han or figures with no
// punctuation, run into the lede's date (…年终总结大会2031年1月13日，…),
// the headline ends before that date, not at the word (年终总结 / 大会
// 2031年…); a meeting's name goes on past the paper it is about.
// Otherwise it returns k.
func ledeDateAfter(l string, k int) int {
	n := 0
	for i, r := range l[k:] {
		if ledeDateRe.MatchString(l[k+i:]) {
			if n == 0 {
				return k
			}
			return k + i
		}
		if n++; n > 12 || !IsHan(r) && !isDigit(r) {
			return k
		}
	}
	return k
}

// unitRe matches the name of an issuing body at the start of a text
// (市某某局, 某县人民政府办公室).
var unitRe = mustLitRe(`^\p{Han}{2,20}?(?:委员会|办公室|人民政府|局|委|办|厅|中心)`)

// gluedTitleEnd returns the byte offset at which a title ends that runs
// into the text after it on the same line (2031年某镇政府信息公开工作年度
// 报告本报告根据…, 某区人大会议隆重开幕2月27日上午…), or -1: the title is
// 6 to 60 characters with no sentence punctuation, ends with what the
// paper is or what happened, outside any 《》, and is not followed by a
// word that goes on with it (工作总结和工作计划, 报告的).
func gluedTitleEnd(l string) int {
	k, depth := 0, 0
	for i, r := range l {
		if k > 60 || strings.ContainsRune("，。；：！？,;:!?", r) {
			return -1
		}
		switch r {
		case '《':
			depth++
		case '》':
			depth--
		}
		if m := titleWordRe.FindString(l[i:]); m != "" && depth == 0 && k >= 4 {
			end := i + len(m)
			// a copy site's word for its samples after what the paper is
			// (…工作总结范文及下半年工作计划范例) belongs to the headline
			end += len(sampleTagRe.FindString(l[end:]))
			next, _ := utf8.DecodeRuneInString(l[end:])
			if end < len(l) && (IsHan(next) || isDigit(next) || next == '“') && !strings.ContainsRune("和及与暨的之或并", next) {
				return end
			}
		}
		k++
	}
	return -1
}

// titleTwice returns the title that l says twice and nothing else, run
// together or a space between (某县政府工作报告 某县政府工作报告: a
// library's page title before its document's), and whether l does: each
// copy four characters at least, ending in what a paper is (paperEndRe).
func titleTwice(l string) (string, bool) {
	if !strings.Contains(l, "报告") && !strings.ContainsAny(l, "结划点案排算路") {
		return "", false // (most lines: no paper named)
	}
	a, b, ok := strings.Cut(l, " ")
	if ok {
		b = strings.TrimLeft(b, " ")
	} else if n := len(l) / 2; len(l)%2 == 0 && utf8.ValidString(l[:n]) {
		a, b = l[:n], l[n:]
	}
	if a == "" || a != b || utf8.RuneCountInString(a) < 4 || !paperEndRe.MatchString(a) {
		return "", false
	}
	return a, true
}

// splitHeadline returns the title t of a title block as the lines it was
// written on when a headline runs into it: the same title twice, run
// together or a space between (某县政府工作报告某县政府工作报告), or a headline that names a report
// before a work report's title (2031年某县政府工作报告政府工作报告, 2031年
// 某县人民政府工作报告（全文）2031年政府工作报告). Otherwise it returns t
// alone.
func splitHeadline(t string) []string {
	if n := len(t) / 2; len(t)%2 == 0 && n > 0 && t[:n] == t[n:] && utf8.ValidString(t[:n]) {
		return []string{t[:n], t[n:]}
	}
	if a, ok := titleTwice(t); ok {
		return []string{a, a}
	}
	for k := 0; k < len(t); {
		i := strings.Index(t[k:], "报告")
		if i < 0 {
			break
		}
		k += i + len("报告")
		if strings.HasPrefix(t[k:], "（") {
			if j := strings.Index(t[k:], "）"); j > 0 && j <= 24 {
				k += j + len("）") // 2031年某县政府工作报告（全文）
			}
		} else if strings.HasPrefix(t[k:], "(") {
			if j := strings.Index(t[k:], ")"); j > 0 && j <= 24 {
				k += j + len(")") // the same with ASCII brackets, as a line not yet cleaned has them
			}
		}
		// (the bare title may stand after a space: 某镇政府工作报告 政府工作报告)
		if rest := strings.TrimLeft(t[k:], " "); rest != "" && utf8.RuneCountInString(t[:k]) >= 4 && titleLineRe.MatchString(rest) {
			return []string{t[:k], rest}
		}
	}
	return []string{t}
}

// enumerates reports whether s, which opens with the marker hm, is a list
// of points in one sentence: the item ends with a semicolon before any
// full stop, and the next item of the same numbering follows it
// (一、…；二、…).
func enumerates(s string, hm *marker) bool {
	item := s[hm.end:]
	k := strings.Index(item, "；")
	if k < 0 {
		return false
	}
	if e := strings.IndexAny(item, "。！？"); e >= 0 && e < k {
		return false
	}
	next := headingMarker(strings.TrimLeft(item[k+len("；"):], " "))
	return next != nil && next.style == hm.style && next.n == hm.n+1
}

// openAbove reports whether style numbers the points of a paragraph, （1）
// and below in the usual order, and a heading of a numbering that ranks
// above it was met before (last holds it). A paragraph runs on its points
// of that numbering; headings of a higher one run on only in a text whose
// line breaks were lost, whatever else it holds (…上下。第一，扩大投资。…).
func openAbove(last map[string]int, style string) bool {
	r, ok := styleRank(style)
	if p, _ := styleRank("（1"); !ok || r < p {
		return false
	}
	for s := range last {
		if o, known := styleRank(s); known && o < r {
			return true
		}
	}
	return false
}

// joinAnnexTitle joins an annex's bare label on a line of its own (附件,
// 附件2) to the title of the report's notes on the next line that holds
// words (《政府工作报告》注释, 名词解释), with a space between: the label
// alone names nothing, and the notes section Split opens at the label
// takes the line for its heading. A label over any other title (附件1 /
// 2031年民生实事项目) is left as it is.
func joinAnnexTitle(lines []string) []string {
	out := lines[:0:0]
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if !annexLabelRe.MatchString(l) {
			out = append(out, lines[i])
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j == len(lines) {
			out = append(out, lines[i])
			continue
		}
		t := strings.TrimSpace(lines[j])
		if !notesHeadRe.MatchString(t) || strings.HasPrefix(t, "附") {
			out = append(out, lines[i])
			continue
		}
		out = append(out, l+" "+t)
		i = j
	}
	return out
}

// listsInline reports whether s, which opens with the marker hm, goes on
// after one of its sentences or clauses with the next marker of the same
// numbering (（1）…。（2）…): the first of a list of points run on in one
// paragraph.
func listsInline(s string, hm *marker) bool {
	for k := hm.end; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		k += size
		if strings.ContainsRune("。；！？", r) {
			if next := headingMarker(s[k:]); next != nil && next.style == hm.style && next.n == hm.n+1 {
				return true
			}
		}
	}
	return false
}

// splitInlineHeadings does step 7.
func splitInlineHeadings(lines []string, flat bool) []string {
	last := map[string]int{}
	accept := func(hm *marker) { last[hm.style] = hm.n }
	// A heading run into its first point (一、现有机遇1.强镇筑基。…。2.联盟
	// 办学。…, a copy site's flattened Word list) opens that point's
	// numbering too: the point cut off the heading later (runin.go) is 1,
	// and the 2. after a sentence end continues it.
	acceptGlued := func(s string, hm *marker) {
		if k := runInHeadingEnd(s, hm); k > 0 {
			if sub := headingMarker(s[k:]); sub != nil && sub.n == 1 && ranksBelow(sub.style, hm.style) {
				accept(sub)
			}
		}
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if l == "" {
			out = append(out, l)
			continue
		}
		if isPipeRow(l) {
			// a table's row that a page flattened (一、本年新收申请数量 | 0 |
			// 0 |): its first cell is no heading, its cells no text under one
			out = append(out, l)
			continue
		}
		start := 0
		opener := headingMarker(l)
		if opener != nil && fitsSequence(last, opener) {
			accept(opener)
			acceptGlued(l, opener)
		}
		inline := "" // the style of the points the paragraph lists in its own sentences
		// A file that lost its line breaks holds the whole report on a
		// line far longer than any paragraph, or a short paper on a line
		// that is nearly all its text, or one sentence a line (flat): there a list of headings
		// announced by a colon (以下工作：（一）…, not 主要内容是：一、…)
		// starts after it too.
		dump := len(l) > dumpLine || flat
		ends := "。！？"
		if dump {
			ends = "。！？："
		}
		for i := 0; i < len(l); {
			r, size := utf8.DecodeRuneInString(l[i:])
			after := i + size
			if hm := lostStopPoint(l[:i], l[i:], last); r == '（' && dump && i > start && hm != nil {
				// A text layer lost the full stop before a point
				// (…达到100%（二）文物保护利用扎实推进。): it opens there.
				accept(hm)
				out = append(out, strings.TrimSpace(l[start:i]))
				start = i
				i += hm.end
				continue
			}
			if r == '（' && dump && i > start && underHeading(l[start:i], last) {
				// There a part's heading, which ends with no full stop,
				// runs into its first section's: 三、2012年主要任务（一）….
				if hm := headingMarker(l[i:]); hm != nil && hm.n == 1 && fitsSequence(last, hm) {
					accept(hm)
					out = append(out, strings.TrimSpace(l[start:i]))
					start = i
					i += hm.end
					continue
				}
			}
			if !(r == ' ' || strings.ContainsRune(ends, r)) || after >= len(l) || r == '：' && !announcesList(l[:i]) {
				i = after
				continue
			}
			// Skip closing quotes after a sentence end.
			for after < len(l) {
				q, qs := utf8.DecodeRuneInString(l[after:])
				if !strings.ContainsRune("”’」』", q) || r == ' ' {
					break
				}
				after += qs
			}
			j := after
			for j < len(l) && l[j] == ' ' {
				j++
			}
			hm := headingMarker(l[j:])
			if k := bareRunInEnd(l[j:]); hm == nil && dump && k >= 0 {
				// An unnumbered part heading runs on after the sentence
				// (…提出意见。2031年工作回顾2031年极不平凡，…): it opens a
				// line, which cutRunInHeadings parts from its text.
				if piece := strings.TrimSpace(l[start:after]); piece != "" {
					out = append(out, piece)
				}
				start = j
				i = j + k
				continue
			}
			if hm == nil || !fitsSequence(last, hm) || strings.HasSuffix(l[:i], "第") || enclosedNumber(l[j:]) && !dump {
				// ①②③ (or ⑴⑵, ⒈⒉) inside a paragraph enumerate its
				// points (…保障。①加强房地产管控。…②加强规划管控。…)
				// or mark its notes: they are cut out only of a file
				// that lost its line breaks
				i = after
				continue
			}
			if !dump && (hm.style == inline || hm.n == 1 && start == 0 && opener == nil && openAbove(last, hm.style) && listsInline(l[j:], hm)) {
				// A paragraph of its own, under a heading of a higher
				// numbering met before, that goes on to list its points
				// in its sentences (…办好十件实事。（1）新建学校…。（2）…)
				// holds them as its text: a section that a paragraph's
				// sentence announces does not open inside it. A text
				// that lost its line breaks runs its sections on in a
				// line too, but no heading came before that line.
				inline = hm.style
				i = after
				continue
			}
			if enumerates(l[j:], hm) {
				// 一、…；二、…；三、…。 in a sentence of its own lists a
				// paper's points, not the text's parts
				i = after
				continue
			}
			accept(hm)
			acceptGlued(l[j:], hm)
			if piece := strings.TrimSpace(l[start:after]); piece != "" {
				out = append(out, piece)
			}
			start = j
			i = j + hm.end
		}
		out = append(out, l[start:])
	}
	// A heading followed by a space and its text: cut at the space, not
	// at the spaces a justified PDF sets around a number (一、过去五年及
	// 2034 年工作回顾).
	res := make([]string, 0, len(out)+8)
	for _, l := range out {
		if hm := headingMarker(l); hm != nil && !isPipeRow(l) {
			if k := headingTextSpace(l[hm.end:]); k > 0 {
				head := l[:hm.end+k]
				if utf8.RuneCountInString(head) <= 50 && !strings.ContainsAny(head, "。！？；") {
					l = strings.TrimSpace(l[hm.end+k:])
					if m := gluedSubMarkerRe.FindStringSubmatchIndex(head[hm.end:]); m != nil && m[2] >= 0 {
						// A flattened page glued the first point's marker
						// to the part's heading (一、上半年工作总结1. 经济…):
						// the marker opens the point, the line under.
						at := hm.end + m[2]
						l = head[at:] + " " + l
						head = head[:at]
					}
					res = append(res, head)
				}
			}
		}
		res = append(res, l)
	}
	return res
}

// gluedSubMarkerRe matches the first point's numbering marker glued to
// the end of a part's heading before the space that parts it from the
// point's words (…工作总结1., …工作安排（一）): group 1 is the marker.
var gluedSubMarkerRe = mustLitRe(`\p{Han}{2}((?:1|１)[.．、]|[（(]一[）)])$`)

// closingMarks are the marks that close the words before them and open no
// text: a space a converter set before one parts nothing.
const closingMarks = "。，,；;！？：:、）)”’」』"

// headingTextSpace returns the byte offset in s, a heading line after its
// marker, of the first space that parts the heading from its text, or -1.
// A space that pads a number (a justified PDF's 过去五年及 2034 年工作回顾)
// parts no words: one after a digit, one before a number that a space
// follows, and one before a number that opens the heading's last words, a
// few with no sentence mark (及 2034年工作回顾, not 2035年是…，). Nor does
// a space between the characters of a word set letter-spaced (聚焦共 同 富 裕，…),
// nor one a justified PDF or a no-break space set inside the heading's last
// words (全面推进乡村 振兴。坚持…, headTail).
func headingTextSpace(s string) int {
	for k := 0; k < len(s); k++ {
		if s[k] != ' ' || spacedWordGap(s, k, k+1) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:k], " "))
		rest := strings.TrimLeft(s[k:], " ")
		n := 0
		for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == '.') {
			n++
		}
		words := n > 0 && utf8.RuneCountInString(rest) <= 24 && !strings.ContainsAny(rest, "，,。；;！？：:")
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(closingMarks, r) {
			// A converter's space before a mark that closes the words
			// before it (（一）疫情防控扎实有效 。坚持…, …有效 ，…): the
			// mark is the heading's, the text starts after it. Cut there,
			// the heading lost its full stop and the text opened with it.
			k += len(s[k:]) - len(rest) - 1
			continue
		}
		if isDigit(prev) || n > 0 && n < len(rest) && rest[n] == ' ' || words || headTail(s[:k], rest) {
			k += len(s[k:]) - len(rest) - 1
			continue
		}
		return k
	}
	return -1
}

// headTail reports whether rest, the words after a space in a heading
// line whose words before it are head, opens with the end of the heading
// rather than with its text, a short piece with no comma before its full
// stop: after a lead's first clauses (突出宜居宜业，全面推进乡村 振兴。) the
// last characters of a word (three at most: no text opens with a sentence
// so short, but one may open with a short one, 大力发展服务业。), after one
// character (改 革开放不断深化。) the rest of a short heading (twelve at most).
// A heading of words has its text after the space even when short (职业教育
// 深化产教融合。), and a text opens with a clause (过去一年，…) or a call
// (各位代表！).
func headTail(head, rest string) bool {
	most := 12
	if utf8.RuneCountInString(strings.TrimSpace(head)) > 1 {
		if !strings.ContainsAny(head, "，,") {
			return false
		}
		most = 3
	}
	i := strings.IndexAny(rest, "。；")
	return i > 0 && utf8.RuneCountInString(rest[:i]) <= most && !strings.ContainsAny(rest[:i], "，,、：: ")
}

// spacedWordGap reports whether the space s[at:end] (one space of any
// width) is one of those set between the single characters of a word (共 同
// 富 裕, 新　质　生　产　力): it stands between two Han characters, and the
// one after it is followed, or the one before it preceded, by a space too.
func spacedWordGap(s string, at, end int) bool {
	gap, n := utf8.DecodeRuneInString(s[at:])
	prev, p := utf8.DecodeLastRuneInString(s[:at])
	next, q := utf8.DecodeRuneInString(s[end:])
	if at+n != end || !isWideSpace(gap) || !IsHan(prev) || !IsHan(next) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(s[end+q:])
	before, _ := utf8.DecodeLastRuneInString(s[:at-p])
	return isWideSpace(after) || isWideSpace(before)
}

// isPipeRow reports whether l is a row of a table that a page or a
// converter flattened with bars between the cells (信息内容 | 本年制发件数 |
// 现行有效件数 |, 一、本年新收申请数量 | 0 | 0 | 0 |): two bars with spaces
// around them, or one and a bar closing the row. No sentence of a report
// sets a bar between spaces.
func isPipeRow(l string) bool {
	if strings.IndexByte(l, '|') < 0 {
		return false
	}
	n := strings.Count(l, " | ")
	return n >= 2 || n == 1 && strings.HasSuffix(l, " |")
}

// underHeading reports whether piece, the text since the last line start
// or heading cut, is only a heading so far: it starts with a marker that
// continues its sequence (last holds it already), has no sentence end and
// at most 40 characters. Its commas part the heading's clauses (一、以规划
// 为先导，以投入为保障，打牢基础), as a part's heading has them.
func underHeading(piece string, last map[string]int) bool {
	hm := headingMarker(piece)
	return hm != nil && last[hm.style] == hm.n && utf8.RuneCountInString(piece) <= 40 && !strings.ContainsAny(piece, "。！？；：")
}

// lostStopPoint returns the marker of the point that s opens, run on after
// before with no full stop (…覆盖率达到100%（二）文物保护利用扎实推进。),
// or nil: a bracketed number that goes on its siblings' numbering past the
// first, not after 第 nor inside a book title, whose heading is one short
// sentence with no comma. A number inside a sentence (第十二条（二）项的规定
// 公布…，…) is none.
func lostStopPoint(before, s string, last map[string]int) *marker {
	hm := headingMarker(s)
	if hm == nil || !strings.HasPrefix(hm.style, "（") || hm.n < 2 || last[hm.style] != hm.n-1 ||
		strings.HasSuffix(before, "第") || strings.Count(before, "《") > strings.Count(before, "》") {
		return nil
	}
	head := s[hm.end:]
	e := strings.IndexAny(head, "。！？")
	if e < 0 || strings.ContainsAny(head[:e], "，,；：（") {
		return nil
	}
	if n := utf8.RuneCountInString(head[:e]); n < 4 || n > 40 {
		return nil
	}
	return hm
}

// announcesList reports whether s, the text before a colon, announces the
// sections that follow (主要做了以下工作, 重点抓好八个方面工作, 现将全年工作
// 情况汇报如下, 一年来的主要工作是, 主要目标任务是, 重点推进“七个一体化”),
// not an inline list (主要内容是, 国务院已经决定).
func announcesList(s string) bool {
	for _, w := range []string{"工作", "方面", "任务", "如下"} {
		if strings.HasSuffix(s, w) || strings.HasSuffix(s, w+"是") {
			return true
		}
	}
	return countedLabelRe.MatchString(s)
}

// countedLabelRe matches a quoted label that counts what it names at the
// end of the text before a colon (重点推进“七个一体化”, 实施“三大工程”): the
// items it counts follow as sections.
var countedLabelRe = mustLitRe(`“[一二三四五六七八九十两]+(?:个|大|项|条)\p{Han}{1,10}”$`)

// spacedBreakRe matches a run of two or more spaces (ASCII, ideographic or
// no-break) between two marks that are not spaces.
var spacedBreakRe = mustLitRe(`[^ \t\x{3000}\x{a0}][ \t\x{3000}\x{a0}]{2,}[^ \t\x{3000}\x{a0}]`)

// minSpacedParagraphs is the least number of paragraph breaks a long line
// must hold, as runs of spaces, for splitSpacedParagraphs to part it.
const minSpacedParagraphs = 2

// splitSpacedParagraphs parts a library's page that lost its line breaks
// but kept each paragraph's indent as a run of spaces (…提出意见。  过去五年
// 的工作回顾  2031年以来，…): a run of two or more spaces after a sentence's
// end, or after a short piece with no sentence in it (a heading), is where a
// paragraph began. A line is parted only when it is long and holds at least
// minSpacedParagraphs such breaks: a justified PDF's spacing inside a
// sentence (增长 7 ．5%) or a table's cells (万人  3.2  3.5) part nothing.
func splitSpacedParagraphs(lines []string) []string {
	var out []string
	for _, l := range lines {
		if utf8.RuneCountInString(l) < minChunkRunes || !strings.Contains(l, "  ") && !strings.Contains(l, "\u3000\u3000") && !strings.Contains(l, " \u3000") {
			out = append(out, l)
			continue
		}
		var cuts []int // byte offsets where a paragraph starts
		from := 0
		for _, m := range spacedBreakRe.FindAllStringIndex(l, -1) {
			_, lastSize := utf8.DecodeRuneInString(l[m[0]:])
			end := m[0] + lastSize // the piece before the run ends here
			_, nextSize := utf8.DecodeLastRuneInString(l[:m[1]])
			next := m[1] - nextSize // the next paragraph starts here
			piece := strings.TrimSpace(l[from:end])
			r, _ := utf8.DecodeRuneInString(l[next:])
			if piece == "" || !IsHan(r) && !isDigit(r) && !strings.ContainsRune("（(一“—【", r) {
				continue
			}
			if !endsMidSentence(piece) || spacedHeadingPiece(piece) {
				cuts = append(cuts, next)
				from = next
			}
		}
		if len(cuts) < minSpacedParagraphs {
			out = append(out, l)
			continue
		}
		prev := 0
		for _, c := range cuts {
			out = append(out, strings.TrimSpace(l[prev:c]))
			prev = c
		}
		out = append(out, strings.TrimSpace(l[prev:]))
	}
	return out
}

// spacedHeadingPiece reports whether piece, a stretch of a line between two
// runs of spaces, is short enough and free enough of sentences to be a
// heading on its own (过去五年的工作回顾, 一、经济发展空前活跃).
func spacedHeadingPiece(piece string) bool {
	n := utf8.RuneCountInString(piece)
	return n >= 4 && n <= 30 && !strings.ContainsAny(piece, "，。；！？、") || isHeadingLike(piece)
}

// dumpLine is the length in bytes beyond which a line is taken for a whole
// text run together (about 5,000 characters; the longest paragraph of a
// real report is under 2,000).
const dumpLine = 15000

// fitsSequence reports whether a marker continues its style's numbering
// (or starts it).
func fitsSequence(last map[string]int, hm *marker) bool {
	return hm.n == 1 || hm.n == last[hm.style]+1
}

// chineseOrDigit reports whether r is a Chinese character, a Chinese
// punctuation mark or a digit: in prose a space between a digit and one of
// the others is no word break (13.65 万亿元, 2031 年, 增长 7 ．5%: a
// justified PDF's spacing), while one between two numbers keeps them apart.
func chineseOrDigit(r rune) bool {
	return IsHan(r) || isCJKPunct(r) || isDigit(r)
}

// maskEndsAt and maskStartsAt report whether a placeholder a copy site
// writes for a name or a figure it masked (XX区, 约X亩, ××县) ends at
// byte i of l or starts at byte j: one to four X, x or × with Chinese or
// a digit on its other side, past spaces, not a Latin word's letters or a
// formula's variable (Xbox, x + y). A justified PDF spaces it from the
// Chinese around it as it spaces a number (XX 区卫生健康局 2031 年, 健康
// XX 行动), and in prose that space is no word break either.
func maskEndsAt(l string, i int) bool {
	k := i
	for k > 0 && i-k < 8 {
		r, size := utf8.DecodeLastRuneInString(l[:k])
		if !isMaskRune(r) {
			break
		}
		k -= size
	}
	if k == i || utf8.RuneCountInString(l[k:i]) > 4 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l[:k], " "))
	return strings.TrimRight(l[:k], " ") == "" || chineseOrDigit(before)
}

func maskStartsAt(l string, j int) bool {
	k := j
	for k < len(l) && k-j < 8 {
		r, size := utf8.DecodeRuneInString(l[k:])
		if !isMaskRune(r) {
			break
		}
		k += size
	}
	if k == j || utf8.RuneCountInString(l[j:k]) > 4 {
		return false
	}
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(l[k:], " "))
	return strings.TrimLeft(l[k:], " ") == "" || chineseOrDigit(after)
}

func isMaskRune(r rune) bool { return r == 'X' || r == 'x' || r == '×' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// numbersApart reports whether l holds two numbers with only spaces
// between them (万人 3.2 3.5), the cells of a table's row.
func numbersApart(l string) bool {
	for i := 1; i < len(l)-1; i++ {
		if l[i] != ' ' || !isDigit(rune(l[i-1])) {
			continue
		}
		j := i
		for j < len(l) && l[j] == ' ' {
			j++
		}
		if j < len(l) && isDigit(rune(l[j])) {
			return true
		}
	}
	return false
}

// spacedDateRe matches a whole date, year, month and day, with or without
// the spaces a justified PDF sets between its numbers and characters
// (2031 年 1 月 6 日): squeezeHanSpaces writes it as one word.
var spacedDateRe = mustLitRe(`((?:19|20)[0-9]{2}) *年 *([0-9]{1,2}) *月 *([0-9]{1,2}) *日`)

// squeezeHanSpaces does step 8 on one line.
func squeezeHanSpaces(l string) string {
	if !strings.Contains(l, " ") {
		return l
	}
	if strings.Contains(l, "月") && strings.Contains(l, "日") {
		// a whole date is one word, in prose or not (a date line, a
		// resolution's note): ——2031 年 1 月 6 日在…会议上
		l = spacedDateRe.ReplaceAllString(l, "${1}年${2}月${3}日")
	}
	// Numbers lose their spaces in prose only: in a table's row (no
	// sentence punctuation) a space parts two cells (万人 3.2 3.5). A
	// heading's words are prose too (一、过去五年及 2034 年工作回顾) unless
	// two numbers stand apart in them, a row's cells.
	prose := strings.ContainsAny(l, "，。；") || headingMarker(l) != nil && !isPipeRow(l) && !numbersApart(l)
	var b strings.Builder
	b.Grow(len(l))
	var prev rune
	for i := 0; i < len(l); {
		r, size := utf8.DecodeRuneInString(l[i:])
		if r == ' ' {
			j := i
			for j < len(l) && l[j] == ' ' {
				j++
			}
			next, _ := utf8.DecodeRuneInString(l[j:])
			if j < len(l) && (IsHan(prev) || isCJKPunct(prev)) && (IsHan(next) || isCJKPunct(next)) ||
				prose && (chineseOrDigit(prev) && chineseOrDigit(next) && !(isDigit(prev) && isDigit(next)) ||
					isDigit(prev) && (next == '%' || next == '％') ||
					maskEndsAt(l, i) && (IsHan(next) || isCJKPunct(next)) ||
					(IsHan(prev) || isCJKPunct(prev)) && maskStartsAt(l, j)) {
				i = j
				continue
			}
			b.WriteByte(' ')
			i = j
			prev = ' '
			continue
		}
		b.WriteString(l[i : i+size])
		prev = r
		i += size
	}
	return b.String()
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return n
		}
		n = n*10 + int(c-'0')
		if n > 1e6 {
			return n
		}
	}
	return n
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

// dropFlipFolio drops the folio a flip-book page saved as text prints
// last (a number alone, the page's own number in the printed book) when
// its running head opens the text (Page 2 - 某某报告 / P. 2, among the
// first five lines): the page cut its last sentence anywhere, so the
// folio would be taken for the sentence's rest (…物价总体平稳，城 / 1).
func dropFlipFolio(lines []string) []string {
	head := false
	for i, seen := 0, 0; i < len(lines) && seen < 5; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		if utf8.RuneCountInString(lines[i]) <= 50 && flipPageRe.MatchString(lines[i]) {
			head = true
			break
		}
	}
	if !head {
		return lines
	}
	last := len(lines) - 1
	for last >= 0 && lines[last] == "" {
		last--
	}
	if last > 0 && bareNumberRe.MatchString(lines[last]) {
		return lines[:last]
	}
	return lines
}

// ledeDayOpensRe matches a news lede that opens with the story's day
// (9月7日下午，…; 本报讯 12月5日，…), as ledeDayRe finds it at a line's start.
var ledeDayOpensRe = mustLitRe(`^(?:\p{Han}{0,10}[讯訊]\s*(?:[（(][^（()）]{1,24}[）)])?\s*)?[0-9]{1,2}月[0-9]{1,2}日`)

// dateAloneRe matches a page's date alone on its line, with its time or
// not: 2031-03-13, 2031年3月13日 10:20.
var dateAloneRe = mustLitRe(`^` + dateTimePat + `$`)

// dropColumnLabel drops the column a content system prints first on an
// article's page, above the headline and the date under it (党建工作 /
// 某某2031年工作会议召开 / 2031-03-13): two to six Han characters that name
// no kind of paper, over a line that could be a headline (six characters
// at least, no sentence's end) and a date alone. The column says where the
// site filed the page, not what the paper is. A page with no date under the
// headline (教育新闻 / 某县全县教育工作会议隆重召开 / 9月7日下午，…) is the
// same when the headline tells of a meeting held (meetingHeldRe) and the
// line under it is the story's lede, opening with its day (ledeDayRe).
func dropColumnLabel(lines []string) []string {
	var at []int
	for i := 0; i < len(lines) && len(at) < 3; i++ {
		if lines[i] != "" {
			at = append(at, i)
		}
	}
	if len(at) < 3 {
		return lines
	}
	col, head, date := lines[at[0]], lines[at[1]], lines[at[2]]
	if n := utf8.RuneCountInString(col); !handleRe.MatchString(col) && (n < 2 || n > 6 || strings.IndexFunc(col, func(r rune) bool { return !IsHan(r) }) >= 0 || kindOf(col, "") != "") {
		return lines
	}
	if n := utf8.RuneCountInString(head); n < 6 || n > 60 || strings.ContainsAny(head, "。；！？") || dateAloneRe.MatchString(head) {
		return lines
	}
	if !dateAloneRe.MatchString(date) && !(meetingHeldRe.MatchString(Simplify(head)) && ledeDayOpensRe.MatchString(date)) {
		return lines
	}
	return append(append([]string{}, lines[:at[0]]...), lines[at[0]+1:]...)
}

// siteFieldRe matches a field of a site's owner or contact that a page
// prints over its story (主办单位：某市融媒体中心, 主辦單位：…, 承办：…,
// 投稿邮箱：…@…, 投稿郵箱：…, 新闻热线：…), with a short value, in
// simplified or traditional characters: Clean keeps the text as written.
// siteNavRe matches the site's name with its menu button after it (某某书屋
// 导航), the first line a copy site's page gives.
var (
	siteFieldRe = mustLitRe(`^(?:(?:主办|主辦|承办|承辦|协办|協辦|主管)(?:单位|單位)?|投稿(?:邮箱|郵箱|信箱|邮件|郵件|热线|熱線|电话|電話)|(?:新闻|新聞)?(?:热线|熱線)|(?:联系|聯繫|联络|聯絡)?(?:邮箱|郵箱|电话|電話))\s*[：:]\s*\S.{0,40}$`)
	siteNavRe   = mustLitRe(`^\p{Han}{2,10}\s*(?:导航|導航)$`)
)

// dropHeadSiteFields drops the lines of a site's own that open a page
// before its headline or its story: the owner's and contact fields
// (siteFieldRe), one field a line, and the site's name with its menu button
// (siteNavRe). They name who runs the site and how to reach it, never the
// paper, yet as the text's first lines they read as its title. Only the
// block at the top goes, and only when a line of the page follows it: a
// report's own 主办单位 (an event's host in a plan) comes under its title.
// The publisher reading looks at the file as it came (newsPublisher), so
// the owner named there is still read.
func dropHeadSiteFields(lines []string) []string {
	at := textLines(lines, 6)
	k := 0
	for k < len(at) && k < 4 {
		l := strings.TrimSpace(lines[at[k]])
		if n := utf8.RuneCountInString(l); n > 60 || !siteFieldRe.MatchString(l) && !(k == 0 && siteNavRe.MatchString(l) && strings.IndexFunc(l, unicode.IsSpace) > 0) {
			break
		}
		k++
	}
	if k == 0 || k == len(at) {
		return lines
	}
	return append(append([]string{}, lines[:at[0]]...), lines[at[k-1]+1:]...)
}

// adviserLabelRe matches the label of a writing site's card for the writer
// it offers as an adviser (写作顾问, 写作专家).
var adviserLabelRe = mustLitRe(`^(?:写作顾问|写作专家|专家顾问|特约顾问)$`)

// personNameRe matches a person's name alone on its line, two to four
// characters, spaced out or not (某  某).
var personNameRe = mustLitRe(`^\p{Han}(?:\s*\p{Han}){1,3}$`)

// cardMoreRe matches a card's link to more of its kind: 更多 >>, 更多»].
var cardMoreRe = mustLitRe(`^更多\s*[>»›]+$`)

// dropAdviserCard removes a writing site's adviser card: its label, the
// link to more advisers (更多 >>), the adviser's name on a line or two (a
// spaced copy for the picture, one for the link) and the teaser cut before
// its link (…公文写作专家...[详细]).
// Only the whole card goes: a label without the teaser under it stays.
func dropAdviserCard(lines []string) []string {
	for i, l := range lines {
		if !adviserLabelRe.MatchString(strings.TrimSpace(l)) {
			continue
		}
		names := 0
	card:
		for j := i + 1; j < len(lines) && j <= i+9; j++ {
			t := strings.TrimSpace(lines[j])
			switch {
			case t == "" || cardMoreRe.MatchString(t):
				continue // (the card's link to more advisers: 更多 >>)
			case personNameRe.MatchString(t) && names < 2:
				names++
				continue
			case names > 0 && teaserLinkRe.MatchString(t):
				return append(append([]string{}, lines[:i]...), lines[j+1:]...)
			}
			break card
		}
	}
	return lines
}

// compilerVerbRe matches the verb a copy site puts before the name of a
// paper it files (整理某局2031年度工作计划, 汇编某局2031年度工作计划): how
// the site got it, no word of its title.
var compilerVerbRe = mustLitRe(`^(?:整理|汇编|汇总整理|收集整理)(\p{Han}.{3,58})$`)

// cutCompilerVerbs cuts a copy site's compiling verb off the headlines at
// the text's top (the first three lines that hold text): 整理某局2031年度工作
// 计划 / 汇编某局2031年度工作计划 are the paper's name twice.
func cutCompilerVerbs(lines []string) []string {
	for _, i := range textLines(lines, 3) {
		l := strings.TrimSpace(lines[i])
		if m := compilerVerbRe.FindStringSubmatch(l); m != nil && titleEndRe.MatchString(m[1]) && !strings.ContainsAny(l, "。；，,：:") {
			lines[i] = m[1]
		}
	}
	return lines
}

// bannerSepRe matches the separator a page's title puts before its site's
// name (…要点范文-某某官网入口, …_某某网, …｜某某).
var bannerSepRe = mustLitRe(`\s*[-_—|｜]\s*`)

// dropSiteBanner drops a site's banner on the text's first line when the
// headline under it ends with the banner's first part after a separator
// (某某官网入口-某某登录入口 / 某局2031年工作要点-某某官网入口): the banner
// and the headline's suffix are the site's name, not the paper's; the
// headline keeps its own words.
func dropSiteBanner(lines []string) []string {
	i := 0
	for i < len(lines) && lines[i] == "" {
		i++
	}
	j := i + 1
	for j < len(lines) && lines[j] == "" {
		j++
	}
	if j >= len(lines) {
		return lines
	}
	banner, head := lines[i], lines[j]
	locs := bannerSepRe.FindAllStringIndex(head, -1)
	if len(locs) == 0 || utf8.RuneCountInString(banner) > 40 {
		return lines
	}
	last := locs[len(locs)-1]
	name, own := head[last[1]:], head[:last[0]]
	if utf8.RuneCountInString(name) < 4 || utf8.RuneCountInString(own) < 6 || strings.ContainsAny(name, "，。；：") {
		return lines
	}
	rest, ok := strings.CutPrefix(banner, name)
	if !ok || rest != "" && bannerSepRe.FindStringIndex(rest) == nil {
		return lines
	}
	out := append([]string{}, lines[:i]...)
	out = append(out, own)
	return append(out, lines[j+1:]...)
}

// bareSiteNameRe matches a site's bare name as a page's top line gives it:
// a few Chinese characters ending in 网 (某某网), or a name siteNameRe knows.
var bareSiteNameRe = mustLitRe(`^\p{Han}{2,8}(?:网|網)$`)

// dropSiteName drops a site's bare name on the text's first line (某某网)
// when the next line with text is a paper's headline (（现场实录）政府工作报告,
// 某局2031年工作要点): the page's masthead, with no breadcrumb under it for
// dropMastheadNames to know it by.
//
// So does the site's slogan under its name, one or two short lines of
// words alone (汇聚天下资讯 / 服务八方读者), over a headline: a line that
// names a paper, or a long one that is no sentence.
func dropSiteName(lines []string) []string {
	at := textLines(lines, 4)
	if len(at) < 2 || !(bareSiteNameRe.MatchString(strings.TrimSpace(lines[at[0]])) || siteNameRe.MatchString(strings.TrimSpace(lines[at[0]]))) {
		return lines
	}
	if docTitleRe.MatchString(strings.TrimSpace(lines[at[1]])) {
		return append(append([]string{}, lines[:at[0]]...), lines[at[0]+1:]...)
	}
	for k := 1; k < len(at)-1 && k <= 2 && sloganLine(strings.TrimSpace(lines[at[k]])); k++ {
		if h := strings.TrimSpace(lines[at[k+1]]); docTitleRe.MatchString(h) || utf8.RuneCountInString(h) >= 12 && !strings.ContainsAny(h, "。！？；") {
			return append(append([]string{}, lines[:at[0]]...), lines[at[k]+1:]...)
		}
	}
	return lines
}

// sloganLineRe matches a site's slogan line: four to ten Chinese
// characters, no mark, no number.
var sloganLineRe = mustLitRe(`^\p{Han}{4,10}$`)

// sloganLine reports whether l reads as a site's slogan (sloganLineRe)
// and names no paper, office or place, which a page's own lines may.
func sloganLine(l string) bool {
	return sloganLineRe.MatchString(l) && !docTitleRe.MatchString(l) && !issuerRe.MatchString(l) && bureauOf(l) == "" && placeRe.FindString(l) == ""
}

// crumbSepRe matches the marks between a breadcrumb's crumbs.
var crumbSepRe = mustLitRe(`\s*(?:>+|»|›|＞+|-->)\s*`)

// channelName reports whether l, a short line of Han characters (12 at
// most) above the breadcrumb crumb, ends with one of the crumb's words (a
// crumb of four characters or more, its label before a colon left out):
// the column's name printed over the page, maybe after its province's. A
// paper's title (docTitleRe) or an office's name is no column's name.
func channelName(l, crumb string) bool {
	if bareCrumbsRe.MatchString(crumb) {
		// a crumb whose arrows were lost (首页 规划计划): a column it
		// names, printed alone over it, is the page's header, even when
		// the column's name reads like a paper's (规划计划)
		for _, c := range strings.Fields(crumb)[1:] {
			if l == c {
				return true
			}
		}
		return false
	}
	if crumbs := crumbSepRe.Split(crumb, -1); len(crumbs) >= 2 && l == strings.TrimSpace(crumbs[len(crumbs)-1]) && !namesDocument(l) {
		// the crumb's last column printed alone over it (工作报告 over
		// 您所在的位置：政务公开 > 工作报告): the page's header, even when
		// its name reads like a kind of paper's, if no work report's
		return true
	}
	n := utf8.RuneCountInString(l)
	if n < 4 || n > 12 || strings.IndexFunc(l, func(r rune) bool { return !IsHan(r) }) >= 0 || docTitleRe.MatchString(l) ||
		issuerRe.MatchString(l) || bureauOf(l) != "" {
		// (a paper's title over the crumb, 政府工作报告, is the page's
		// headline; an office's name, 某县教育体育局, may be its author's)
		return false
	}
	for _, c := range crumbSepRe.Split(crumb, -1) {
		if i := strings.IndexAny(c, "：:"); i >= 0 {
			c = c[i+1:]
		}
		c = strings.TrimSpace(c)
		if utf8.RuneCountInString(c) >= 4 && strings.HasSuffix(l, c) {
			return true
		}
	}
	return false
}

// interpretationLinkRe matches a portal's link to the page that interprets
// a paper, on a line of its own: 2031年1月《政府工作报告》解读, 《某某》图解.
var interpretationLinkRe = mustLitRe(`^[^，。；：:！？《》\s]{0,12}《[^《》]{2,40}》\s*(?:政策)?(?:解读|图解)$`)

// linkAboveDateLine reports whether l is a link to a paper's
// interpretation (interpretationLinkRe) standing right above a report's
// date line, the next non-blank line of rest: the portal's link between
// its headline and the report, not the report's. A page whose headline is
// itself such an interpretation has no date line under it.
func linkAboveDateLine(l string, rest []string) bool {
	if !strings.HasSuffix(l, "读") && !strings.HasSuffix(l, "解") || utf8.RuneCountInString(l) > 60 || !interpretationLinkRe.MatchString(l) {
		return false
	}
	for _, n := range rest {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		return isDateLine(n) || dateStartRe.MatchString(n)
	}
	return false
}

// guideLabelRe matches the label a media app's shared page prints over
// its guide to leave the chat app (小贴士, 温馨提示), alone on its line.
var guideLabelRe = mustLitRe(`^(?:小贴士|小提示|温馨提示|提示)\s*[：:]?$`)

// guideLabelAbove reports whether l is such a label right above a step of
// the guide (appGuideRe) or the prompt to open the app (appPromptRe), the
// next non-blank line of rest: the label goes with the guide. Over any
// other line it may head a report's own tips, and stays.
func guideLabelAbove(l string, rest []string) bool {
	if utf8.RuneCountInString(l) > 6 || !guideLabelRe.MatchString(l) {
		return false
	}
	for _, n := range rest {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		return utf8.RuneCountInString(n) <= 40 && (appGuideRe.MatchString(strings.TrimLeft(n, "•·●-* ")) || appPromptRe.MatchString(n))
	}
	return false
}

// linkedLabelRe matches the label over a portal's list of stories linked
// to the page's (关联稿件：, 相关文章：), left alone on its line.
var linkedLabelRe = mustLitRe(`^(?:关联|相关)(?:稿件|文章|链接|阅读|新闻|报道|文件)\s*[：:]?$`)

// datedLinkRe matches an item of such a list: a story's title, no sentence,
// with its date glued on (图解：《某县2031年工作总结》2032-01-20).
var datedLinkRe = mustLitRe(`^[^。；！？]{4,80}?\s*[（(\[]?` + dateTimePat + `[）)\]]?$`)

// opensHalfWidth reports whether l opens with a half-width letter or digit:
// a word or number a wrap moved down whole, which leaves the line above
// it short by more than the characters of any other break.
func opensHalfWidth(l string) bool {
	return l != "" && (l[0] >= '0' && l[0] <= '9' || l[0] >= 'a' && l[0] <= 'z' || l[0] >= 'A' && l[0] <= 'Z')
}

// unwrapTableCells takes a page's layout table off the lines a news page
// kept of it: a row whose cells are all photos' captions (| ◤…会议开幕。
// 本报记者 某某 摄 | | ▼… 摄 |) goes, and a row with one cell that is not
// empty (| 市九届人大三次会议昨开幕 |, a headline, or its deck with an empty
// cell after it) is that cell's text. A row of two cells or more with text
// is a table of the report's and stays as it is.
func unwrapTableCells(lines []string) []string {
	for i, l := range lines {
		if len(l) < 2 || !strings.HasPrefix(l, "|") || !strings.HasSuffix(l, "|") {
			continue
		}
		var cells []string
		for _, c := range strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '｜' }) {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		captions := len(cells) > 0
		for _, c := range cells {
			captions = captions && isCaption(c, utf8.RuneCountInString(c))
		}
		switch {
		case captions:
			lines[i] = ""
		case len(cells) == 1 && !tableNeighbour(lines, i):
			lines[i] = cells[0]
		}
	}
	return lines
}

// tableNeighbour reports whether the line before or after lines[i] is a
// row of two cells or more with text: lines[i], a row of one cell, is then
// a row of the same table (a category's, | 一、经济发展 |  |  |), not a
// layout table's headline.
func tableNeighbour(lines []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(lines) {
			continue
		}
		n := 0
		for _, c := range strings.FieldsFunc(lines[j], func(r rune) bool { return r == '|' || r == '｜' }) {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		if n >= 2 && strings.HasPrefix(lines[j], "|") {
			return true
		}
	}
	return false
}

// figureGoesOnRe matches the start of a paragraph that is the rest of a
// sentence cut before a figure: the figure and its unit, then the
// sentence's next mark (2803.5亿元、增长3.8%, 12.6万人，).
var figureGoesOnRe = mustLitRe(`^[0-9][0-9.]*\s*(?:万亿|亿|万|千|百)?(?:元|美元|人次|人|户|个|家|项|件|吨|公里|平方米|亩|千瓦)?\s*[、，；%]`)

// joinFigureBreaks joins a paragraph that a page cut with a blank line
// before a figure (全年实现地区生产总值 / (blank) / 2803.5亿元、增长3.8%，…):
// a long paragraph with a comma in it that stops on a character, no mark
// after it and no heading's marker before it, and after one blank line a
// paragraph that opens with the figure and its unit and goes on with the
// sentence. A heading is short or marked, and a paragraph ends on a mark.
func joinFigureBreaks(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if i+2 < len(lines) && lines[i+1] == "" && figureGoesOnRe.MatchString(lines[i+2]) && cutMidSentence(l) {
			out = append(out, l+lines[i+2])
			i += 2
			continue
		}
		out = append(out, l)
	}
	return out
}

// cutMidSentence reports whether l is a paragraph's text that stops inside
// a sentence: forty characters or more, a comma in them, no heading's
// marker before them, and a Han character last, not the 如下 that
// announces a list (leadsInList: its 1、 below is no figure).
func cutMidSentence(l string) bool {
	if utf8.RuneCountInString(l) < 40 || !strings.Contains(l, "，") || headingMarker(l) != nil || leadsInList(l) {
		return false
	}
	return unicode.Is(unicode.Han, lastRune(l))
}

// tabItemRe matches an item of a page's tab strip saved as a list, one a
// line with a dash before it (- 征集公告, - 草案内容): a name of two to eight
// characters and no mark.
var tabItemRe = mustLitRe(`^[-–]\s*\p{Han}{2,8}$`)

// dropHeadTabList drops a page's tab strip saved as a dashed list under its
// headline (关于…的公告 / - 征集公告 / - 草案内容 / - 起草说明 / - 征集意见):
// three items or more in a row among the text's first lines. A report's
// own list holds sentences, not names of tabs, and never opens a page.
func dropHeadTabList(lines []string) []string {
	for _, i := range textLines(lines, 6) {
		j := i
		for j < len(lines) && tabItemRe.MatchString(strings.TrimSpace(lines[j])) {
			j++
		}
		if j-i >= 3 {
			return append(lines[:i:i], lines[j:]...)
		}
	}
	return lines
}
