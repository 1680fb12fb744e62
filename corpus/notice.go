package corpus

// Notice of issue
//
// An office issues its year's points, plan or rules with a notice, and a
// portal prints the paper under it:
//
//	某县教育局文件                          the red head, its number
//	青教发〔2031〕5号
//	关于印发《2031年教育工作要点》的通知    the notice's title
//	各乡镇中心学校、局属各学校：            its addressees
//	现将《2031年教育工作要点》印发给你们，请结合实际认真贯彻落实。
//	某县教育局                              its signature and date
//	2031年2月20日
//	（此件主动公开）                        how it is disclosed
//	附件                                    the annex's label
//	2031年教育工作要点                      the paper's own title
//	2031年全县教育工作的总体要求是：…       the paper's text
//
// The notice is the paper's wrapper: metadata may read it (the issuer, the
// place, the date), but the paper's text starts at its own title, and the
// notice's lines are in none of its sections.

import (
	"strings"
	"unicode/utf8"
)

// issuingSentenceRe matches a notice's sentence that issues a paper, its
// name in group 1: 现将《…》印发给你们, 现将《…》（见附件）印发给你们,
// 《…》已经县政府同意，现印发给你们, 现将《…》印发你们.
var issuingSentenceRe = mustLitRe(`《([^《》]{4,80})》[^。；《》]{0,40}?(?:现予?印发|印发给?你们)`)

// noticeHeadLines is how many lines that are not blank may come before the
// sentence that issues the paper: a page's lines, the red head and number,
// the notice's title (in three lines at most) and its addressees.
const noticeHeadLines = 12

// noticeFootLines is how many lines that are not blank the notice's foot
// may take between its issuing sentence and the paper's title.
const noticeFootLines = 10

// issuedPaperStart returns the byte offset in body of the title of the
// paper a notice at the head of body issues and prints under it, with the
// paper's title as printed (its lines joined); 0 and "" when body's head
// holds no such notice. Between the issuing sentence and the paper's title
// there may be only the notice's foot (noticeFootLine): anything else is
// the notice's own text, and the paper is not printed there.
func issuedPaperStart(body string) (int, string) {
	lines := strings.SplitAfter(body, "\n")
	off, seen, name, foot := 0, 0, "", 0
	for i, raw := range lines {
		l := squeezeHanSpaces(strings.TrimSpace(raw))
		if l == "" {
			off += len(raw)
			continue
		}
		seen++
		if name == "" {
			if seen > noticeHeadLines {
				return 0, ""
			}
			if m := issuingSentenceRe.FindStringSubmatch(l); m != nil {
				name = compactSpace(m[1])
			}
			off += len(raw)
			continue
		}
		if t := printedPaperTitle(lines[i:], name); t != "" {
			return off, t
		}
		if foot++; foot > noticeFootLines || !noticeFootLine(l) {
			return 0, ""
		}
		off += len(raw)
	}
	return 0, ""
}

// printedPaperTitle returns the paper's title when lines open with it,
// name being the paper's name as the notice gives it: the name alone, in
// up to three lines, or after a motto and a dash (为…奠基——某区…规划).
// It returns "" otherwise.
func printedPaperTitle(lines []string, name string) string {
	joined, n := "", 0
	for _, raw := range lines {
		l := squeezeHanSpaces(strings.TrimSpace(raw))
		if l == "" {
			continue
		}
		if n++; n > 3 || strings.ContainsAny(l, "。；：:") || strings.HasPrefix(l, "附件") {
			return ""
		}
		joined += l
		t := compactSpace(strings.Trim(joined, "《》"))
		if t == name {
			return joined
		}
		if head, ok := strings.CutSuffix(t, name); ok && strings.HasSuffix(head, "——") && utf8.RuneCountInString(head) <= 40 {
			return joined
		}
		if strings.HasSuffix(t, name) && placedReportTitle(t) != "" {
			// the notice issues 《政府工作报告》, the report is printed
			// under its place's name (某区人民政府工作报告)
			return joined
		}
		if utf8.RuneCountInString(t) >= utf8.RuneCountInString(name) {
			return ""
		}
	}
	return ""
}

// noticeFootLine reports whether l belongs to the foot of a notice, below
// its text: its signature (one office or two side by side), its date (also
// with the marks of 年, 月 and 日 lost, 2031220), its note on disclosure,
// its annex's label or list (附件, 附件：…), its 特此通知, the contact for
// it, and the lines of its imprint.
func noticeFootLine(l string) bool {
	switch {
	case signatureOffice(l) != "", jointSignature(l), imprintLine(l), disclosureNoteRe.MatchString(l):
		return true
	case strings.HasPrefix(l, "附件"), l == "特此通知", l == "此通知":
		return true
	case footDateRe.MatchString(l) && (footDateRe.FindStringIndex(l)[0] == 0 || signatureOffice(strings.TrimSpace(l[:footDateRe.FindStringIndex(l)[0]])) != ""):
		return true
	case lostMarksDateRe.MatchString(l), noticeContactRe.MatchString(l):
		return true
	}
	return false
}

// jointSignature reports whether l is two or three offices signing side by
// side (中共某区教育工作委员会 某区教育局), spaced or run together.
func jointSignature(l string) bool {
	l = compactSpace(l)
	return utf8.RuneCountInString(l) <= 48 && jointSignatureRe.MatchString(l)
}

var (
	jointSignatureRe = mustLitRe(`^(?:\p{Han}{2,20}?(?:人民政府|办公室|办公厅|局|委员会|厅)){2,3}$`)
	// officeRunRe finds each office of a joint signature.
	officeRunRe = mustLitRe(`\p{Han}{2,20}?(?:人民政府|办公室|办公厅|局|委员会|厅)`)
	// lostMarksDateRe matches a date whose 年, 月 and 日 a page lost, all
	// of them or some: 2031220, 20310305, 20311月26 (the 月 kept).
	lostMarksDateRe = mustLitRe(`^(?:19|20)[0-9]{2}年?[01]?[0-9]月?[0-3]?[0-9]日?$`)
	// noticeContactRe matches the contact a notice names under its date:
	// （联系人：某某，联系电话：…）.
	noticeContactRe = mustLitRe(`^[（(]\s*联系人[：:][^（）()]{2,80}[）)]$`)
)

// noticeFootYear returns the year of the date in the foot of a notice at
// the head of body that issues a paper (issuingSentenceRe): the first date
// alone on its line among the few lines after the issuing sentence, its
// 年, 月 and 日 written (2031年1月15日, arabicYears reads 二〇三一年一月十五日)
// or lost with its digits run together (2031115, 20310115). The notice is of
// the day it was signed, not of the day a portal posted it. 0 for none.
func noticeFootYear(body string) int {
	seen, after := 0, -1
	for _, raw := range strings.Split(headText(body, 6000), "\n") {
		l := squeezeHanSpaces(strings.TrimSpace(raw))
		if l == "" {
			continue
		}
		seen++
		if after < 0 {
			if seen > noticeHeadLines {
				return 0
			}
			if issuingSentenceRe.MatchString(l) {
				after = 0
			}
			continue
		}
		if after++; after > 6 {
			return 0
		}
		if lostMarksDateRe.MatchString(l) {
			if len(l) == 8 && (atoi(l[4:6]) < 1 || atoi(l[4:6]) > 12) {
				return 0 // eight digits whose month is none: not a date
			}
			return atoi(l[:4])
		}
		if a := arabicYears(l); footDateRe.FindStringIndex(a) != nil && footDateRe.FindStringIndex(a)[0] == 0 {
			return atoi(a[:4])
		}
	}
	return 0
}
