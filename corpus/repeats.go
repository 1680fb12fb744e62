package corpus

// Repeated copies
//
// A scraper that saved a page several times, or a page that prints the
// report twice (once for the screen, once for printing), gives a file that
// holds the whole text more than once. collapseCopies keeps the first copy.
//
// A report may repeat a sentence or a short paragraph on purpose, so one
// repeated line proves nothing. A second copy is recognised by a long run:
// at least minCopyLines distinct long paragraphs (copyLineRunes characters
// or more), or long paragraphs of minCopyRunes characters in all, occur
// again, and from the first repetition on at least copyShare of the text in
// long paragraphs is text already seen. Then every line
// from the start of the second copy on that was already seen goes; a line
// the first copy lacks (a copy may be more complete than the first) stays,
// in its place. Short lines left between the end of the first copy and
// the start of the second are the page's furniture and go too.
//
// A page may also open with an excerpt of the report (a summary, the lead
// of a news item) and go on with the whole report, whose opening repeats
// the excerpt word for word. cutExcerpt keeps the whole report: when every
// long paragraph before the first long paragraph's second occurrence occurs
// again after it, in the same order, and the excerpt is short beside what
// follows (at most excerptShare of the long text: two copies of a short
// text are no excerpt and its text), the excerpt goes, and
// so do the lines of the title block the report repeats at its head and a
// short line between that announces the whole text (全文如下：).

import (
	"slices"
	"strings"
	"unicode/utf8"
)

const (
	// excerptShare is the largest share of the text's long paragraphs an
	// excerpt at its head may hold; excerptRunes the fewest characters.
	excerptShare  = 1.0 / 3
	excerptRunes  = 80
	copyLineRunes = 40
	minCopyLines  = 3
	minCopyRunes  = 1000
	copyShare     = 0.6
	// betweenRunes is the longest line dropped between two copies.
	betweenRunes = 30
	// furnitureRunes is the longest line between two copies that ends no
	// sentence and is dropped as furniture all the same.
	furnitureRunes = 120
)

// furnitureBetween reports whether l, a line between two copies, is the
// page's furniture: a short line, or a longer one that ends no sentence
// (a footer's 主办单位：…联系电话：…, the next copy's title with its
// subtitle, a collector's field), up to furnitureRunes characters.
func furnitureBetween(l string) bool {
	n := utf8.RuneCountInString(l)
	return n <= betweenRunes || n <= furnitureRunes && !strings.ContainsAny(l, "。！？；")
}

// twoWholeCopies reports whether the text of keys, a short one, is two
// copies of the same text: two long paragraphs or more, every long
// paragraph of the text occurring exactly twice, the first time before
// start (the earliest second occurrence) and the second time after it. A
// news item a collector saved twice (once with blank lines between its
// paragraphs, once without) has too few long paragraphs to pass the
// minCopyLines bar, but no report repeats every one of its paragraphs on
// purpose.
func twoWholeCopies(keys []string, first, count map[string]int, start, repeated int) bool {
	if repeated < 2 || start < 0 {
		return false
	}
	for k, n := range count {
		if utf8.RuneCountInString(k) < copyLineRunes {
			continue
		}
		if n != 2 || first[k] >= start {
			return false
		}
	}
	for i := start; i < len(keys); i++ {
		if utf8.RuneCountInString(keys[i]) >= copyLineRunes && first[keys[i]] == i {
			return false // a long paragraph first met in the second copy
		}
	}
	return true
}

// collapseRepeatedHead returns lines with a title a library repeats back to
// back at a line's start (某镇政府工作报告某镇政府工作报告某镇政府工作报告
// 政府工作报告——…) written once. The library's page may print that title
// above twice, as its headline and again as its heading (某镇政府工作报告 /
// 某镇政府工作报告 / 1、某镇政府工作报告某镇政府工作报告…): the lines above
// keep one of them, as a page with one headline has it, so that the second
// is not taken for the line the first chunk goes on from.
func collapseRepeatedHead(lines []string) []string {
	for i, l := range lines {
		if len(l) < 12*3 {
			continue
		}
		mark := chunkRe.FindString(l) // a library's chunk number before it
		body := l[len(mark):]
		rs := []rune(body)
		for n := 6; n <= 40 && 2*n <= len(rs); n++ {
			t := string(rs[:n])
			if !strings.HasPrefix(body[len(t):], t) || !titleEndRe.MatchString(t) {
				continue
			}
			rest := body[len(t):]
			for strings.HasPrefix(rest, t) {
				rest = rest[len(t):]
			}
			lines[i] = mark + t + rest
			dropHeadlineAgain(lines[:i], t)
			break
		}
	}
	return lines
}

// dropHeadlineAgain blanks the second and later lines of above that are
// title t alone (spaces aside), when the first one is one too.
func dropHeadlineAgain(above []string, t string) {
	seen := false
	for k, a := range above {
		if a == "" || copyKey(a) != t {
			continue
		}
		if seen {
			above[k] = ""
		}
		seen = true
	}
}

// cutTeaser drops a teaser at the head of lines: the headline and the
// start of its first paragraph cut short (…，认真贯彻落实党的二十大、二十届。),
// above the headline again and the whole paragraph. The headline may have
// gone already as a repeat of the first: then the teaser is one when the
// paragraph goes on where its full stop stands (…二十届三中全会…), a stop
// the site put at its cut, not the text's. It reports whether there was
// one.
func cutTeaser(lines []string) ([]string, bool) {
	var at []int // the first four lines that are not blank
	for i, l := range lines {
		if l != "" {
			if at = append(at, i); len(at) == 4 {
				break
			}
		}
	}
	if len(at) < 3 {
		return lines, false
	}
	head, teaser, again := copyKey(lines[at[0]]), copyKey(lines[at[1]]), copyKey(lines[at[2]])
	cut := strings.TrimRight(teaser, "。.…")
	if head != again && utf8.RuneCountInString(head) <= 60 && utf8.RuneCountInString(cut) >= 20 && len(again) > len(cut) &&
		strings.HasPrefix(again, cut) && strings.HasSuffix(teaser, "。") && !strings.ContainsRune("。！？!?；;，,、：:…", firstRune(again[len(cut):])) {
		return append(lines[:at[1]], lines[at[2]:]...), true
	}
	if len(at) < 4 {
		return lines, false
	}
	full := copyKey(lines[at[3]])
	if head != again || utf8.RuneCountInString(head) > 60 || utf8.RuneCountInString(cut) < 20 || len(full) <= len(cut) || !strings.HasPrefix(full, cut) {
		return lines, false
	}
	return append(lines[:at[0]], lines[at[2]:]...), true
}

// copyKey is the form in which two lines are compared: spaces and marks out.
func copyKey(l string) string {
	l = strings.TrimSuffix(l, hardEnd)
	if !strings.ContainsAny(l, " \t") {
		return l
	}
	return strings.Join(strings.Fields(l), "")
}

// collapseCopies does the repeated-copies step on cleaned lines. A
// paragraph that one copy ran into the next across a page's marker, and
// another copy holds apart, is taken apart first (splitJoinedCopies), so
// that the copies differ in no line the page broke.
func collapseCopies(lines []string, warns []Warning) ([]string, []Warning) {
	if split, ok := splitJoinedCopies(lines); ok {
		if out, w, ok := collapseCopiesOf(split, warns); ok {
			return out, w
		}
	}
	out, warns, _ := collapseCopiesOf(lines, warns)
	return out, warns
}

// splitJoinedCopies returns lines with each line that is two lines of the
// text elsewhere, one after the other (blank lines between them), written
// as those two lines. A file that holds its report several times, copied
// from a PDF's text, has its page markers in other places in each copy: a
// paragraph that ends without its stop (the source's own) is run into the
// next one across a marker in the copy the marker falls in, and stands
// apart in the copies it does not. The copies that stand apart show the
// text's own break. It reports whether a line was split.
func splitJoinedCopies(lines []string) ([]string, bool) {
	type pair struct{ a, b int }
	pairs := map[string]pair{} // the keys of two lines one after the other, run together
	prev := -1
	for i, l := range lines {
		if l == "" {
			continue
		}
		if prev >= 0 {
			k := copyKey(lines[prev]) + copyKey(l)
			if _, ok := pairs[k]; !ok && utf8.RuneCountInString(k) >= copyLineRunes {
				pairs[k] = pair{prev, i}
			}
		}
		prev = i
	}
	var out []string
	for i, l := range lines {
		p, ok := pairs[copyKey(l)]
		if !ok || l == "" || p.a == i || p.b == i {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+8), lines[:i]...)
		}
		out = append(out, lines[p.a], "", lines[p.b])
	}
	if out == nil {
		return lines, false
	}
	return out, true
}

// collapseCopiesOf does the repeated-copies step on lines; ok reports
// whether lines held their text more than once.
func collapseCopiesOf(lines []string, warns []Warning) ([]string, []Warning, bool) {
	keys := make([]string, len(lines))
	first := map[string]int{} // key -> index of its first occurrence
	count := map[string]int{}
	start := -1 // index of the earliest second occurrence of a long line
	repeated, repeatedRunes := 0, 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		k := copyKey(l)
		keys[i] = k
		count[k]++
		if _, ok := first[k]; !ok {
			first[k] = i
			continue
		}
		if n := utf8.RuneCountInString(k); n >= copyLineRunes && count[k] == 2 {
			repeated++
			repeatedRunes += n
			if start < 0 {
				start = i
			}
		}
	}
	if repeated < minCopyLines && repeatedRunes < minCopyRunes && !twoWholeCopies(keys, first, count, start, repeated) {
		if out, ok := cutTeaser(lines); ok {
			return out, append(warns, Warning{Message: "the page opens with its headline and the start of its text, cut short; dropped"}), false
		}
		out, warns := cutExcerpt(lines, keys, first, warns)
		return out, warns, false
	}
	seenBefore := func(i, before int) bool { return keys[i] != "" && first[keys[i]] < before }
	long, seen := 0, 0 // characters in long lines from start on, and in those seen before
	for i := start; i < len(lines); i++ {
		if n := utf8.RuneCountInString(keys[i]); n >= copyLineRunes {
			long += n
			if seenBefore(i, start) {
				seen += n
			}
		}
	}
	if float64(seen) < copyShare*float64(long) {
		out, warns := cutExcerpt(lines, keys, first, warns)
		return out, warns, false
	}
	// The second copy starts with the lines before its first long
	// paragraph that the first copy has too (title, date line, greeting).
	body := start
	for start > 0 && (lines[start-1] == "" || seenBefore(start-1, start-1)) {
		start--
	}
	// The first copy ends with its last line that the later copies' text
	// repeats, from their first long paragraph on: a line the furniture
	// between the copies holds twice (a footer printed for the screen and
	// for printing) ends nothing.
	later := map[string]bool{}
	for i := body; i < len(lines); i++ {
		later[keys[i]] = true
	}
	end := start
	for end > 0 && !(lines[end-1] != "" && later[keys[end-1]]) {
		end--
	}
	// A file of three copies or more holds the furniture between them
	// again after the second copy, so the later text holds it too; but
	// the file ends where its last copy's text ends (the trailer after it
	// is cut), and the first copy ends with that same paragraph, longer
	// than any line of furniture.
	if last := lastNonBlank(lines); last > body && utf8.RuneCountInString(keys[last]) > betweenRunes {
		if f := first[keys[last]]; f < end {
			end = f + 1
		}
	}
	between := true
	for i := end; i < start; i++ {
		if !furnitureBetween(lines[i]) {
			between = false
			break
		}
	}
	copies := 1
	for k, n := range count {
		if utf8.RuneCountInString(k) >= copyLineRunes {
			copies = max(copies, n)
		}
	}
	out := make([]string, 0, start)
	if between {
		out = append(out, lines[:end]...)
	} else {
		out = append(out, lines[:start]...)
	}
	for i := start; i < len(lines); i++ {
		if lines[i] == "" {
			out = append(out, "")
			continue
		}
		if first[keys[i]] < start {
			continue
		}
		out = append(out, lines[i])
	}
	warns = append(warns, Warning{Message: "the text occurs " + itoa(copies) + " times in the file; kept once"})
	return out, warns, true
}

// cutExcerpt drops an excerpt at the head of lines that the whole text
// after it repeats (see above). keys are the lines' copyKeys, first the
// index of each key's first occurrence.
func cutExcerpt(lines, keys []string, first map[string]int, warns []Warning) ([]string, []Warning) {
	long := func(i int) bool { return utf8.RuneCountInString(keys[i]) >= copyLineRunes }
	a := -1 // the first long line
	for i := range lines {
		if keys[i] != "" && long(i) {
			a = i
			break
		}
	}
	if a < 0 {
		return lines, warns
	}
	b := -1 // its second occurrence
	for i := a + 1; i < len(lines); i++ {
		if keys[i] == keys[a] {
			b = i
			break
		}
	}
	if b < 0 {
		return lines, warns
	}
	// Every long line of [a, b) again after b, in order.
	j, excerpt, rest := b, 0, 0
	for i := a; i < b; i++ {
		if keys[i] == "" || !long(i) {
			continue
		}
		for j < len(lines) && keys[j] != keys[i] {
			j++
		}
		if j == len(lines) {
			return lines, warns
		}
		excerpt += utf8.RuneCountInString(keys[i])
		j++
	}
	for i := b; i < len(lines); i++ {
		if keys[i] != "" && long(i) {
			rest += utf8.RuneCountInString(keys[i])
		}
	}
	if excerpt < excerptRunes || float64(excerpt) > excerptShare*float64(excerpt+rest) {
		return lines, warns
	}
	// The excerpt ends with its last long line. The lines after it that
	// were seen above it (the title block the report repeats) go, and so
	// does a short line announcing the whole text (全文如下：); the others
	// (a date line or speaker the head lacked) stay.
	last := b - 1
	for !long(last) || keys[last] == "" {
		last--
	}
	out := append([]string(nil), lines[:a]...)
	for i := last + 1; i < b; i++ {
		if lines[i] == "" || first[keys[i]] >= a && !(strings.Contains(keys[i], "全文") && utf8.RuneCountInString(keys[i]) <= betweenRunes) {
			out = append(out, lines[i])
		}
	}
	out = append(out, lines[b:]...)
	warns = append(warns, Warning{Message: "the text opens with an excerpt of itself; the excerpt dropped"})
	return out, warns
}

// teaserHeadLines is how many lines that are not blank the head of a text holds
// for dropCutTeasers and dropHeadRepeats: a page's headline, its notes and
// the report's title block.
const teaserHeadLines = 12

// dropCutTeasers drops a teaser among the first lines: a page's summary of
// the text, its first words cut short with no end mark (…请予审议，并请县),
// just above the line that prints the text in full and starts with those
// very words. Cut short, the teaser would be read for a wrapped line and
// joined to the text it repeats. A line that ends a sentence is no teaser:
// the next line may go on with it on purpose; nor is a line of a title's
// length (under 40 characters), a headline over the text that opens with
// it.
func dropCutTeasers(lines []string) []string {
	seen := 0
	for i := 0; i < len(lines) && seen < teaserHeadLines; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		j := i + 1
		for j < len(lines) && lines[j] == "" {
			j++
		}
		if j == len(lines) {
			break
		}
		cut, full := copyKey(lines[i]), copyKey(lines[j])
		if utf8.RuneCountInString(cut) < 40 || strings.ContainsRune("。！？!?；;…", lastRune(cut)) {
			continue
		}
		if (len(full) > len(cut) && strings.HasPrefix(full, cut)) || hanRepeated(lines, i, j) {
			lines[i] = ""
		}
	}
	return lines
}

// dropTailEcho drops the last line when it is the page's headline again,
// cut short with an ellipsis (政府工作报告——2031年1月8日在某县第九届人民代表...):
// a share card's or a link's text under the report, whose Han characters
// run on in the head's lines (teaserHeadLines). Cut short, it would be
// read for the last words of the last section.
func dropTailEcho(lines []string) []string {
	last := len(lines) - 1
	for last >= 0 && lines[last] == "" {
		last--
	}
	if last < teaserHeadLines {
		return lines
	}
	l := strings.TrimSpace(lines[last])
	if !strings.HasSuffix(l, "...") && !strings.HasSuffix(l, "…") {
		return lines
	}
	cut := hanOnly(l)
	if utf8.RuneCountInString(cut) < 12 {
		return lines
	}
	var head strings.Builder
	for i, n := 0, 0; i < last && n < teaserHeadLines; i++ {
		if lines[i] != "" {
			head.WriteString(hanOnly(lines[i]))
			n++
		}
	}
	if strings.Contains(head.String(), cut) {
		lines[last] = ""
	}
	return lines
}

// hanRepeated reports whether the Han characters of lines[i] open those
// of the lines from j on (read up to three lines): the text in full below
// a teaser as a PDF's text layer gives it, respaced, its marks changed and
// its numbers moved out of place (年某市政府工作报告 2031 各位代表: …).
func hanRepeated(lines []string, i, j int) bool {
	cut := hanOnly(lines[i])
	if utf8.RuneCountInString(cut) < 40 {
		return false
	}
	var full strings.Builder
	for n := 0; j < len(lines) && n < 3 && full.Len() <= len(cut); j++ {
		if lines[j] != "" {
			full.WriteString(hanOnly(lines[j]))
			n++
		}
	}
	return full.Len() > len(cut) && strings.HasPrefix(full.String(), cut)
}

// hanOnly returns the Han characters of s.
func hanOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if IsHan(r) {
			return r
		}
		return -1
	}, s)
}

// dropHeadRepeats drops a short line of the head that repeats one above it
// with only the page's notes between (a copy site's headline printed again
// over the text, a breadcrumb's last crumb and the headline under it, the
// headline of a page that prints it again where the text starts): the
// first copy stays, the page's headline, which the title is read from (in
// the words of a copy without a wrap's spaces, if it has them). The notes
// between go too when they are no more than a page's (pageNotes: its
// buttons, its brand and slogan, its menu run together). The head ends at
// the greeting, at the first heading, or at the first long line.
func dropHeadRepeats(lines []string) []string {
	var seen []string
	var at []int // the line of each of seen
	for i := 0; i < len(lines); i++ {
		if lines[i] == "" {
			continue
		}
		k := copyKey(lines[i])
		n := utf8.RuneCountInString(k)
		if n > 60 || greetRe.MatchString(k) || headingMarker(k) != nil || len(seen) >= teaserHeadLines {
			break
		}
		if j := slices.Index(seen, k); n >= 4 && j >= 0 {
			if strings.Contains(lines[at[j]], " ") && !strings.Contains(lines[i], " ") {
				lines[at[j]] = lines[i] // the copy without a wrap's spaces
			}
			if lo := at[j] + 1; j < len(seen)-1 && pageNotes(lines[lo:i]) {
				// the page's notes between its headline and the headline
				// again over the text go with the copy
				lines = slices.Delete(lines, lo, i+1)
				seen, at = seen[:j+1], at[:j+1]
				i = lo - 1
				continue
			}
			lines = slices.Delete(lines, i, i+1)
			i--
			continue
		}
		if j := headlineOfBlock(lines, i, k, seen); j >= 0 && (blankLines(lines[at[j]+1:i]) || pageNotes(lines[at[j]+1:i])) {
			// the page's headline ran the title and its subtitle together
			// on one line (政府工作报告 ——2031年…会议上) above the title
			// block: the headline goes, the block stays as the report
			// prints it
			lines = slices.Delete(lines, at[j], i)
			return lines
		}
		seen, at = append(seen, k), append(at, i)
	}
	return lines
}

// blankLines reports whether every line of ls is blank.
func blankLines(ls []string) bool {
	for _, l := range ls {
		if l != "" {
			return false
		}
	}
	return true
}

// headlineOfBlock returns the index in seen of the page's headline that is
// the title at lines[i] (key k) and the subtitle on the next line written
// on one line (政府工作报告——2031年1月9日在某县…会议上), or -1.
func headlineOfBlock(lines []string, i int, k string, seen []string) int {
	if len(seen) == 0 || !titleEndRe.MatchString(k) {
		return -1
	}
	n := i + 1
	for n < len(lines) && lines[n] == "" {
		n++
	}
	if n >= len(lines) {
		return -1
	}
	sub := copyKey(lines[n])
	if !strings.HasPrefix(sub, "—") && !strings.HasPrefix(sub, "－－") {
		return -1
	}
	return slices.Index(seen, k+sub)
}

// pageNotes reports whether ls, the lines between a page's headline and
// the headline again, are only the page's notes: short lines (30
// characters at most) that end no sentence and are none of a title
// block's (a date line, a speaker, the greeting, a paper's title) nor a
// heading. One line at least is not blank.
func pageNotes(ls []string) bool {
	notes := 0
	for _, l := range ls {
		if l == "" {
			continue
		}
		k := strings.TrimSuffix(l, hardEnd)
		if utf8.RuneCountInString(k) > 30 || strings.ContainsAny(k, "。；！？") || headingMarker(k) != nil ||
			greetRe.MatchString(k) || isDateLine(k) || dateStartRe.MatchString(k) || isSpeaker(k) || docTitleRe.MatchString(k) {
			return false
		}
		notes++
	}
	return notes > 0
}

// lastNonBlank returns the index of the last line of lines that is not
// blank, -1 for none.
func lastNonBlank(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

// textCopies returns how many times lines hold their text: the number of
// times most of its long paragraphs (copyLineRunes characters or more)
// occur, 1 for a text that holds none twice. A page saved with its copies
// holds every paragraph as many times as it holds the report.
func textCopies(lines []string) int {
	count := map[string]int{}
	for _, l := range lines {
		if k := copyKey(l); utf8.RuneCountInString(k) >= copyLineRunes {
			count[k]++
		}
	}
	times := map[int]int{} // occurrences -> long paragraphs occurring so often
	for _, n := range count {
		times[n]++
	}
	copies := 1
	for n, m := range times {
		if m > times[copies] || m == times[copies] && n < copies {
			copies = n
		}
	}
	return copies
}
