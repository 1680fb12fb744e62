package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A page of photo captions and nothing else
//
// A news site's picture page about a people's congress session prints one
// caption a photo, each closed by the photographer's credit:
//
//	1月24日，某省第九届人民代表大会第三次会议开幕，省长作政府工作报告。 新华社记者 某某 摄
//	1月24日，代表认真阅读政府工作报告。 新华社记者 某某 摄
//
// Beside a report's text such a line is chrome, and Clean drops it
// (isCaption). On a page that holds nothing else, dropping them left no text
// at all, and the page was refused as empty although its captions tell what
// happened at the session. captionsOnly gives those captions back without
// their credits; Read uses it only when Clean has left nothing, so that a
// page with any text of its own keeps dropping its captions as before.

// captionsOnlyWarning is the warning of a page read from its photo captions.
const captionsOnlyWarning = "a page of photo captions only: the captions are kept as its text, without the photographers' credits"

// creditAgencyRe matches a news agency's or paper's name left at the end of
// a caption once the credit after it is cut (……报告。 新华社 | 记者 某某 摄).
var creditAgencyRe = regexp.MustCompile(`\s*\p{Han}{1,6}(?:社|报|報|网|網|台)\s*$`)

// captionsOnly returns text with the photographer's credit cut off the end
// of each photo caption (isCaption), and whether it found any caption. Lines
// that are no caption are kept as they are; a caption that is only a credit
// ((某某摄)) goes. The credit is cut at its 记者 or 通讯员, or after the
// caption's own full stop (……开幕。某某 摄); an agency's or paper's name
// before 记者 goes with it when the caption's sentence ends before the name.
func captionsOnly(text string) (string, bool) {
	lines := strings.Split(text, "\n")
	found := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || !isCaption(t, utf8.RuneCountInString(t)) {
			continue
		}
		loc := creditRe.FindStringIndex(t)
		if loc == nil {
			loc = captionRe.FindStringIndex(t)
		}
		if loc == nil {
			continue
		}
		found = true
		cut := t[:loc[0]]
		rest := t[loc[0]:]
		for _, stop := range []string{"。", "！"} {
			if strings.HasPrefix(rest, stop) {
				cut += stop
			}
		}
		if m := creditAgencyRe.FindStringIndex(cut); m != nil {
			if before := strings.TrimSpace(cut[:m[0]]); strings.HasSuffix(before, "。") || strings.HasSuffix(before, "！") || strings.HasSuffix(before, "？") {
				cut = before
			}
		}
		lines[i] = strings.TrimSpace(cut)
	}
	return strings.Join(lines, "\n"), found
}
