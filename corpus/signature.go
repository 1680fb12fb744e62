package corpus

// Closing signature
//
// A bureau's or a government's paper may end as a letter does, with who
// issued it and when:
//
//	某县教育局                  the office, alone on its line
//	2031年12月20日              the date (its day may be left out)
//
// or with both on one line (某镇人民政府 2032年1月5日, 某县政府2032年1月),
// or, as a portal prints who sent the piece, in brackets (（某县教育局）).
// Some papers name their place only there. footSignature reads the office
// from the last lines of the text; a unit a paper sends copies to
// (抄送：某县人民政府) is labelled, and a quoted one sits in a sentence, so
// neither is a line that is an office and nothing else.

import (
	"strings"
	"unicode/utf8"
)

// footDateRe matches a date at the end of a line: 2031年12月20日,
// 二〇三一年十二月, in brackets or not.
var footDateRe = mustLitRe(`[（(]?\s*(?:(?:19|20)[0-9]{2}|[〇零一二三四五六七八九○]{4})\s*年\s*[0-9一二三四五六七八九十]{1,2}\s*月(?:\s*[0-9一二三四五六七八九十]{1,3}\s*日)?\s*[）)]?$`)

// signatureOfficeRe matches a line that is a place's office and nothing
// else: its place (a chain of places, a town, or a bare level) and the
// office.
var signatureOfficeRe = mustLitRe(`^\p{Han}{1,16}?(?:人民政府|政府|行政公署|办公室|办公厅|局|委员会|委|厅|办事处)$`)

// footSignature returns the office that signs the end of body (某县教育局),
// "" when its last lines are no signature. The signature is the last line,
// or the line above a date alone on the last line, and may carry the date
// itself; a signature of two offices (a joint paper) is not read.
func footSignature(body string) string {
	var lines []string
	rest := strings.TrimRight(body, " \n\t\u3000")
	for len(lines) < 5 && rest != "" {
		i := strings.LastIndexByte(rest, '\n')
		if l := strings.TrimSpace(rest[i+1:]); l != "" {
			lines = append(lines, l)
		}
		if i < 0 {
			break
		}
		rest = rest[:i]
	}
	i := 0
	for i < len(lines) && imprintLine(lines[i]) {
		i++ // the imprint under a signed paper: 抄送：…, …印发
	}
	if i < len(lines) {
		if m := footDateRe.FindStringIndex(lines[i]); m != nil && m[0] == 0 {
			i++ // the date alone on its line
		}
	}
	if i >= len(lines) {
		return ""
	}
	office := signatureOffice(lines[i])
	if office == "" {
		return ""
	}
	if i+1 < len(lines) && signatureOffice(lines[i+1]) != "" {
		return "" // two offices: a joint paper, or no signature at all
	}
	return office
}

// imprintLine reports whether l is a line of the imprint that closes an
// official paper below its signature: the units it is copied to (抄送：…,
// 抄报：…), who printed it when (某县教育局办公室 2031年12月21日印发),
// and how the paper is disclosed (（此件公开发布）, （此件主动公开）).
func imprintLine(l string) bool {
	return strings.HasPrefix(l, "抄送") || strings.HasPrefix(l, "抄报") || strings.HasSuffix(l, "印发") || disclosureNoteRe.MatchString(l)
}

// imprintStartRe matches the first line of the imprint under an official
// paper (its 版记), which Clean drops with what follows it: the units the
// paper is copied to (抄送：…, 抄报：…) or, when it names none, who printed
// it when (某县教育局办公室 2031年2月21日印发, the office on the line above
// when a PDF's line parted them).
var imprintStartRe = mustLitRe(`^(?:抄[送报]\s*[：:]|(?:\p{Han}{2,30}?(?:办公室|办公厅|秘书处|局|委员会|政府))?\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?\s*印发$)`)

// disclosureNoteRe matches an official paper's note under its date on how
// it is disclosed: （此件公开发布）, （此件主动公开）, （此件依申请公开）.
var disclosureNoteRe = mustLitRe(`^[（(]\s*此件\p{Han}{2,8}\s*[）)]$`)

// signatureOffice returns l as an office when it is one, with the date
// after it taken off (某镇人民政府 2032年1月5日), else "".
func signatureOffice(l string) string {
	if m := footDateRe.FindStringIndex(l); m != nil {
		l = strings.TrimSpace(l[:m[0]])
	}
	if inner, ok := strings.CutPrefix(l, "（"); ok {
		// a portal's sign-off in brackets, as it prints who sent the
		// piece: （某县农业农村局）
		if inner, ok = strings.CutSuffix(inner, "）"); ok {
			l = strings.TrimSpace(inner)
		}
	}
	if n := utf8.RuneCountInString(l); n < 3 || n > 24 || !signatureOfficeRe.MatchString(l) {
		return ""
	}
	// It opens with its place (某县, 某市某区, 某镇) or a bare level (县教育局):
	// a closing wish (开创新局) or a subject (我局, 全县) is no signature.
	if namedPlace(l) != "" || signatureTownRe.MatchString(l) || strings.ContainsRune("省市县区州旗镇乡", firstRune(l)) {
		return l
	}
	return ""
}

// signatureTownRe matches a town's or a street's name before its office.
var signatureTownRe = mustLitRe(`^\p{Han}{2,6}?(?:镇|乡|街道)(?:人民政府|政府|办事处|办公室)`)

// noticeSignature returns the office that signs a notice copied above the
// paper it issues, from the notice's addressees on (各县（区）人民政府： /
// 《某市2031年某某工作要点》已经市政府同意，现印发给你们… / 某市人民政府办公室 /
// 2031年8月7日 / 某市2031年某某工作要点): the line between the issuing
// sentence, among the body's first four lines, and a date alone on its
// line, or the line that carries both the office and the date; of a party
// committee's body and a department signing together, the department. It
// returns "" when the body's head holds no such notice.
func noticeSignature(body string) string {
	lines := headLines(body, 8)
	for i, l := range lines {
		if i >= 4 || i+1 >= len(lines) {
			break
		}
		if !issuingRe.MatchString(l) {
			continue
		}
		for i+2 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "附件") {
			i++ // the annex the notice sends, listed above its signature
		}
		sig := strings.TrimSpace(lines[i+1])
		if jointSignature(sig) {
			// two offices signing side by side on one line (中共某区教育
			// 工作委员会 某区教育局): the department, last, signs for the
			// government.
			offices := officeRunRe.FindAllString(compactSpace(sig), -1)
			sig = offices[len(offices)-1]
		}
		if strings.HasPrefix(sig, "中共") && i+2 < len(lines) && signatureOffice(strings.TrimPrefix(sig, "中共")) != "" {
			// A party committee's body signs first with the government's
			// department under it (中共某省委教育工委 / 某省教育厅 /
			// 2031年2月6日): the department signs for the government.
			if next := strings.TrimSpace(lines[i+2]); !strings.HasPrefix(next, "中共") && signatureOffice(next) != "" {
				i++
				sig = next
			}
		}
		office := signatureOffice(sig)
		if office == "" {
			return ""
		}
		if footDateRe.MatchString(sig) {
			return office // 某市人民政府办公室 2031年8月7日
		}
		if i+2 < len(lines) {
			next := strings.TrimSpace(lines[i+2])
			if m := footDateRe.FindStringIndex(next); m != nil && m[0] == 0 || bareDigitsDateRe.MatchString(next) {
				return office
			}
		}
		return ""
	}
	return ""
}

// bareDigitsDateRe matches a signature's date whose 年, 月 and 日 a page
// lost, its digits run together: 2031226 for 2031年2月26日, 20311105.
var bareDigitsDateRe = mustLitRe(`^(?:19|20)[0-9]{2}(?:1[0-2]|0?[1-9])(?:[12][0-9]|3[01]|0?[1-9])$`)
