package corpus

// Inferred outlines
//
// Some full reports reach us without their headings: a Word file whose
// headings were plain text, a page that dropped them, an old report
// that never numbered its parts. When a 政府工作报告 yields fewer than 2
// top-level or 6 headed sections from its headings, Split reads the outline
// from what such reports carry instead, and marks every section it found
// that way Inferred:
//
//   - Parts. After the preamble (up to the greeting and the opening "我代表…
//     政府…报告"), a part opens at the paragraph after a greeting standing
//     alone ("各位代表！", the dividers of old reports) or after a run of
//     paragraphs addressing the delegates ("各位代表，过去一年…", which close
//     the review), at a paragraph that opens with a year ("2031年是…开局之
//     年", "2032年是…关键一年…"), and at the last address in the closing fifth of the body
//     (the closing words). When other parts were found, the first paragraph
//     after the preamble opens the first part, unless it is a lead.
//   - Leads. A short paragraph of one sentence of several clauses (30 to 90
//     characters: "我们聚焦实体经济发展，…，…。") followed by at least two
//     paragraphs each clearly longer than it opens a section; a document
//     needs three such leads before any counts. The paragraph right after
//     the preamble or a part's opening whose first sentence is shaped like a
//     lead and opens like the leads ("我们…") is a lead written together
//     with its first paragraph.
//     In a Word file, paragraphs that open with a bold sentence are leads
//     whatever their shape, when three or more do.
//   - Points. Three or more consecutive short paragraphs that open with the
//     same four characters ("我们必须…") are the points of a list.
//   - Topics. When all this still gives a short outline, a long run of
//     paragraphs under one heading is cut where its vocabulary changes
//     (tile.go).
//
// Parts are at level 1; leads and points are under the part open above
// them, or at level 1 before the first part. A part's heading is the first
// sentence of its first paragraph (after the greeting), or its first clause
// when the sentence is long; a lead's heading is the lead paragraph, or the
// first sentence of a paragraph that holds a lead and its text. Headings
// are thus always the start of a line, and sections still tile the body.
//
// A report that has headings but too few of them keeps them all: it gets
// the leads and points found in the text of its headings that have no
// sections under them, one level below, and its closing words as a part of
// their own after the last heading, the latter only when its headings give
// two parts or more (a text that heads one part may have been cut short
// after it, and its address then closes that part). Reports whose headings
// give enough structure are never touched, and nothing is inferred in a
// report without headings when fewer than two would come of it.

import (
	"strings"
	"unicode/utf8"
)

var (
	// yearOpenRe matches a paragraph that opens the work of a year: the
	// year reviewed (2031年是…开局之年) or the year ahead (今年是…).
	yearOpenRe = mustLitRe(`^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4}|今|明)年是`)
	// reportRe matches the opening of a report in a paragraph of the
	// preamble, besides openingRe: 向大会报告工作, 作政府工作报告.
	reportRe = mustLitRe(`向.{0,30}(?:大会|会议).{0,4}报告|作.{0,12}工作报告`)
)

// A paragraph is a non-blank line of the body.
type paragraph struct {
	start int    // byte offset of the line in the body
	lead  int    // bytes of space before the text
	no    int    // 1-based line number
	text  string // the line without surrounding space
	runes int
}

// shortOutline reports whether heads give too little structure for a full
// report: fewer than 2 at the top level or fewer than 6 in all.
func shortOutline(heads []headLine) bool {
	top, tops := 0, 0
	for _, h := range heads {
		if top == 0 || h.level < top {
			top, tops = h.level, 0
		}
		if h.level == top {
			tops++
		}
	}
	return tops < 2 || len(heads) < 6
}

// inferHeads returns heads with the headings inferred from the paragraphs
// of body (see above), or heads unchanged when there is nothing to infer.
// notes is the line number where the notes start, 0 if none; marks are the
// file's lead marks (bold openings of paragraphs); rows are the lines that
// are rows of its tables (rowHint), which are no paragraphs of it.
func inferHeads(body string, heads []headLine, notes int, marks []string, rows map[string]bool) []headLine {
	var ps []paragraph
	for off, no := 0, 1; off < len(body); no++ {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		line := body[off:end]
		if t := strings.TrimSpace(line); t != "" {
			if notes > 0 && no >= notes {
				break
			}
			if rows[t] {
				// A table's row is no paragraph: it neither opens a
				// part nor holds a lead.
				off = end + 1
				continue
			}
			ps = append(ps, paragraph{start: off, lead: strings.Index(line, t), no: no, text: t, runes: utf8.RuneCountInString(t)})
		}
		off = end + 1
	}
	if len(heads) > 0 {
		return tileLong(ps, closingHead(body, ps, leadsUnderHeads(ps, heads, marks)))
	}
	pre := preambleEnd(ps)
	if pre < 0 {
		return heads
	}
	ps = ps[pre+1:]
	// Parts.
	part := make([]bool, len(ps))
	closing := closingAddress(body, ps)
	for i := 0; i < len(ps); i++ {
		switch {
		case i == closing:
			part[i] = true
		case isAddressLine(ps[i].text):
			if i+1 < len(ps) {
				part[i+1] = true
			}
		case isAddress(ps[i].text):
			j := i
			for j+1 < len(ps) && isAddress(ps[j+1].text) && !isAddressLine(ps[j+1].text) && j+1 != closing {
				j++
			}
			next := j + 1
			for k := next; k < len(ps) && k <= j+3; k++ {
				if yearOpenRe.MatchString(ps[k].text) {
					next = k
					break
				}
			}
			if next < len(ps) && next != closing {
				part[next] = true
			}
			i = j
		case yearOpenRe.MatchString(ps[i].text):
			part[i] = true
		}
	}
	for i := range ps {
		if isAddressLine(ps[i].text) {
			part[i] = false
		}
	}
	lead, merged := findLeads(ps, part, func(i int) bool { return i == 0 || part[i-1] }, marks)
	// The first paragraph opens the first part when others were found.
	parts := 0
	for i := range ps {
		if part[i] {
			parts++
		}
	}
	if parts > 0 && !part[0] && !lead[0] && merged[0] == "" {
		part[0] = true
	}
	point := findPoints(ps, part, lead)
	var out []headLine
	open := -1 // the part open above, in out
	for i, p := range ps {
		var heading string
		switch {
		case part[i]:
			heading = partHeading(p.text)
		case lead[i]:
			heading = p.text
		case merged[i] != "":
			heading = merged[i]
		case point[i]:
			heading = partHeading(p.text)
		}
		if heading == "" {
			continue
		}
		h := headLine{style: "inferred", start: p.start, headEnd: p.start + p.lead + len(heading), level: 1, heading: heading, inferred: true}
		switch {
		case part[i]:
			open = len(out)
		case open >= 0:
			h.level, h.path = 2, []string{out[open].heading}
		}
		out = append(out, h)
	}
	if len(out) < 2 {
		out = nil // too little to stand alone; topics may give more
	}
	if out = tileLong(ps, out); len(out) < 2 {
		return heads
	}
	return out
}

// findLeads returns the leads among ps, and for the paragraphs that hold a
// lead written together with its text, that lead ("" for the others). part
// marks the paragraphs that open a part or a section otherwise (no lead,
// and a lead's section stops there); due says where a lead is due (after a
// part's opening). A candidate counts when the paragraphs of its section,
// up to the next candidate or part or address, are at least two and all
// clearly longer than it; a document needs three leads, else it has none.
// A paragraph that opens with one of marks (bold in the file) is a lead
// whatever its shape, when three paragraphs or more do.
func findLeads(ps []paragraph, part []bool, due func(int) bool, marks []string) (lead []bool, merged []string) {
	cand := make([]bool, len(ps))
	for i, p := range ps {
		cand[i] = !part[i] && isLeadShape(p.text)
	}
	lead = make([]bool, len(ps))
	merged = make([]string, len(ps))
	leads := 0
	for i := range ps {
		if !cand[i] {
			continue
		}
		n := 0
		ok := true
		for j := i + 1; j < len(ps) && !cand[j] && !part[j] && !isAddress(ps[j].text); j++ {
			if ps[j].runes*10 < ps[i].runes*14 || ps[j].runes < 60 {
				ok = false
				break
			}
			n++
		}
		if ok && n >= 2 {
			lead[i] = true
			leads++
		}
	}
	if leads < 3 {
		lead = make([]bool, len(ps))
		leads = 0
	}
	for i := range ps {
		if leads == 0 || !due(i) || lead[i] || part[i] {
			continue
		}
		first := firstSentence(ps[i].text)
		if first == ps[i].text || !isLeadShape(first) {
			continue
		}
		same := 0
		for j := range ps {
			if lead[j] && sameOpening(ps[j].text, first, 2) {
				same++
			}
		}
		if same >= 2 {
			merged[i] = first
		}
	}
	// Leads the file marks.
	marked := make([]string, len(ps))
	n := 0
	for i, p := range ps {
		if part[i] || isAddress(p.text) {
			continue
		}
		for _, m := range marks {
			if strings.HasPrefix(p.text, m) && len(m) > len(marked[i]) {
				marked[i] = m
			}
		}
		if marked[i] != "" {
			n++
		}
	}
	if n >= 3 {
		for i, m := range marked {
			switch {
			case m == "":
			case m == ps[i].text:
				lead[i], merged[i] = true, ""
			case !lead[i]:
				merged[i] = m
			}
		}
	}
	return lead, merged
}

// findPoints returns the paragraphs of ps that are points of a list: runs
// of three or more short paragraphs that open with the same four
// characters, or of paragraphs of any length that open with the same time
// and the government's voice (一年来，我们…; 这五年，我们…: a review told
// field by field), none of them a part (part) or a lead.
func findPoints(ps []paragraph, part, lead []bool) []bool {
	point := make([]bool, len(ps))
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && (isPointShape(ps[i].text) && isPointShape(ps[j].text) && sameOpening(ps[i].text, ps[j].text, 4) || sameVoice(ps[i].text, ps[j].text)) && !part[j] {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				if !part[k] && !lead[k] {
					point[k] = true
				}
			}
			if sameVoice(ps[i].text, ps[i+1].text) {
				j = voiceTail(ps, part, lead, point, j)
			}
		}
		i = j
	}
	if flatParagraphs(ps) {
		recurringVoice(ps, part, lead, point)
	}
	return point
}

// flatParagraphs reports whether ps, a body's paragraphs, hold one
// sentence each (sentencePerLine): a text that lost its line breaks and was
// parted at its sentence ends (oneline.go), whose paragraphs are gone.
func flatParagraphs(ps []paragraph) bool {
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = p.text
	}
	return sentencePerLine(texts)
}

// recurringVoice marks as points, in a text of one sentence a line, the
// sentences that open with the same time and the government's voice
// (sameVoice: 五年来，我们坚持以…；一年来，我们…) three times or more
// between two parts, other sentences between them: a review told field
// by field, each field's paragraph opened by its lead, whose paragraph
// breaks the text lost. The time names years (一年来, 这五年, 过去一年):
// a speaker's words reported (周总理说，我们…) are no lead. Where the
// paragraphs are kept, the leads stand together (findPoints) or open
// their paragraphs; run together, the sentences of each field's text come
// between them. The sentences that turn to the delegates or to another
// time after the last lead close the review as in voiceTail.
func recurringVoice(ps []paragraph, part, lead, point []bool) {
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && !part[j] {
			j++
		}
		// ps[i:j] lies between two parts (or the body's ends)
		byVoice := map[string][]int{}
		for k := i; k < j; k++ {
			if m := voiceRe.FindStringSubmatch(ps[k].text); m != nil && strings.Contains(m[1], "年") && !part[k] && !lead[k] && !point[k] {
				byVoice[m[1]] = append(byVoice[m[1]], k)
			}
		}
		for _, ks := range byVoice {
			if len(ks) < 3 {
				continue
			}
			for _, k := range ks {
				point[k] = true
			}
			voiceTail(ps, part, lead, point, ks[len(ks)-1]+1)
		}
		i = j
	}
}

// voiceTail marks, after a run of points told in the government's voice
// ending before ps[j], the paragraphs up to the next part that turn to
// another time (刚刚过去的2032年，…) as points too, each opening a section
// of its own, and the first that turns to the delegates (各位代表，过去的
// 五年…), which opens the review's closing words: the review's last field
// does not take in the year's summary and the closing. It returns the
// index after the last paragraph it looked at.
func voiceTail(ps []paragraph, part, lead, point []bool, j int) int {
	addressed := false
	for ; j < len(ps) && !part[j] && !lead[j]; j++ {
		t := ps[j].text
		switch {
		case isAddress(t):
			point[j] = !addressed
			addressed = true
		case runInStrongOpenerRe.MatchString(t):
			point[j] = true
		}
	}
	return j
}

// leadsUnderHeads adds to heads, which are too few, the leads and points
// found in the text of the headings that have no sections under them, one
// level below the heading.
func leadsUnderHeads(ps []paragraph, heads []headLine, marks []string) []headLine {
	owner := make([]int, len(ps)) // the heading whose text holds paragraph i, -1 before the first
	part := make([]bool, len(ps))
	k := -1
	for i, p := range ps {
		for k+1 < len(heads) && heads[k+1].start <= p.start {
			k++
		}
		owner[i] = k
		part[i] = k < 0 || heads[k].start == p.start || heads[k].style == "注"
	}
	lead, merged := findLeads(ps, part, func(i int) bool { return i > 0 && owner[i] >= 0 && heads[owner[i]].start == ps[i-1].start }, marks)
	point := findPoints(ps, part, lead)
	var out []headLine
	k = 0
	for i, p := range ps {
		var heading string
		switch {
		case lead[i]:
			heading = p.text
		case merged[i] != "":
			heading = merged[i]
		case point[i]:
			heading = partHeading(p.text)
		}
		o := owner[i]
		if heading == "" || o < 0 || o+1 < len(heads) && heads[o+1].level > heads[o].level {
			continue // no lead here, or one under a heading that has sections
		}
		for k < len(heads) && heads[k].start < p.start {
			out = append(out, heads[k])
			k++
		}
		path := append(append([]string{}, heads[o].path...), heads[o].heading)
		out = append(out, headLine{style: "inferred", start: p.start, headEnd: p.start + p.lead + len(heading), level: heads[o].level + 1, heading: heading, path: path, inferred: true})
	}
	return append(out, heads[k:]...)
}

// closingHead adds to heads, which are too few, the closing words of the
// report as a part at their top level: the last address to the delegates
// in the closing fifth of the body, after the last heading.
func closingHead(body string, ps []paragraph, heads []headLine) []headLine {
	c := closingAddress(body, ps)
	if c < 0 {
		return heads
	}
	top := heads[0].level
	last := heads[0].start
	for _, h := range heads {
		top = min(top, h.level)
		last = max(last, h.start)
	}
	tops := 0
	for _, h := range heads {
		if h.level == top {
			tops++
		}
	}
	if tops < 2 {
		// One part headed: the address after it may close that part
		// (过去一年…) in a text cut short, not the report.
		return heads
	}
	p := ps[c]
	if p.start <= last {
		return heads
	}
	heading := partHeading(p.text)
	h := headLine{style: "inferred", start: p.start, headEnd: p.start + p.lead + len(heading), level: top, heading: heading, inferred: true}
	if top > 1 {
		// The path of a head at level top > 1 is the first heads' path.
		h.path = heads[0].path[:top-1]
	}
	out := append([]headLine(nil), heads...)
	return append(out, h)
}

// preambleEnd returns the index of the last paragraph of the preamble
// among the first ones: the opening (我代表…政府, 向大会报告), or the
// greeting when there is no opening; -1 if there is neither. An opening
// after the greeting is the report's own: a page's lead above the title
// block that tells of the report (某某向大会作《2031年政府工作报告》) is
// no part of it.
func preambleEnd(ps []paragraph) int {
	open, greeting := -1, -1
	for i := 0; i < len(ps) && i < 12; i++ {
		t := ps[i].text
		if greeting < 0 && greetRe.MatchString(t) {
			greeting = i
		}
		if openingRe.MatchString(t) || reportRe.MatchString(t) {
			if greeting >= 0 {
				return i
			}
			if open < 0 {
				open = i
			}
		}
	}
	if open >= 0 {
		return open
	}
	return greeting
}

// closingAddress returns the index of the paragraph that opens the closing
// words: the last paragraph addressing the delegates with more than the
// greeting, in the closing fifth of the body; -1 if there is none.
func closingAddress(body string, ps []paragraph) int {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].start*5 < len(body)*4 {
			return -1
		}
		if isAddress(ps[i].text) && !isAddressLine(ps[i].text) {
			return i
		}
	}
	return -1
}

// isAddress reports whether t addresses the delegates: 各位代表 opens it.
func isAddress(t string) bool {
	return greetRe.MatchString(t)
}

// isAddressLine reports whether t is a greeting and nothing else.
func isAddressLine(t string) bool {
	return isAddress(t) && utf8.RuneCountInString(greetRe.ReplaceAllString(t, "")) == 0
}

// isLeadShape reports whether t is shaped like a lead: 30 to 90
// characters, one sentence of three clauses or more (a short motto of one
// clause may come first: "立足新起点，奋进新征程。我们…"), not a greeting,
// a numbered line or a point of a list (一是…).
func isLeadShape(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 30 || n > 90 || isAddress(t) || headingMarker(t) != nil {
		return false
	}
	if r, k := utf8.DecodeRuneInString(t); isCNDigit(r) && strings.HasPrefix(t[k:], "是") || strings.ContainsRune("（(〔【[《“\"", r) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t); !strings.ContainsRune("。！", r) {
		return false
	}
	inner := strings.TrimRight(t, "。！")
	if i := strings.IndexAny(inner, "。！？"); i >= 0 {
		if utf8.RuneCountInString(inner[:i]) > 12 || strings.ContainsAny(inner[i+3:], "。！？") {
			return false // two sentences, the first no motto
		}
	}
	return strings.Count(t, "，") >= 2
}

// isPointShape reports whether t may be a point of a list of paragraphs:
// 20 to 150 characters, not a greeting.
func isPointShape(t string) bool {
	n := utf8.RuneCountInString(t)
	return n >= 20 && n <= 150 && !isAddress(t)
}

// voiceRe matches a paragraph that opens with a time and the government
// speaking (一年来，我们; 这五年，我们; 过去一年，我们).
var voiceRe = mustLitRe(`^(\p{Han}{2,6})[，,]我们`)

// sameVoice reports whether a and b open with the same time and the
// government's voice (voiceRe).
func sameVoice(a, b string) bool {
	ma, mb := voiceRe.FindStringSubmatch(a), voiceRe.FindStringSubmatch(b)
	return ma != nil && mb != nil && ma[1] == mb[1]
}

// sameOpening reports whether a and b open with the same n Han characters.
func sameOpening(a, b string, n int) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < n || len(rb) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if ra[i] != rb[i] || !IsHan(ra[i]) {
			return false
		}
	}
	return true
}

// firstSentence returns t up to and with its first sentence end (。！？；)
// outside quotation marks, or t when it has none.
func firstSentence(t string) string {
	depth := 0
	for i, r := range t {
		switch {
		case r == '“' || r == '「' || r == '『':
			depth++
		case (r == '”' || r == '」' || r == '』') && depth > 0:
			depth--
		case depth == 0 && strings.ContainsRune("。！？；", r):
			return t[:i+utf8.RuneLen(r)]
		}
	}
	return t
}

// partHeading returns the heading of a section that a paragraph opens:
// its first sentence (after the greeting) when it has at most 90
// characters, else its first clause when that has at most 40, else the
// whole first sentence.
func partHeading(t string) string {
	skip := len(greetRe.FindString(t))
	first := t[:skip] + firstSentence(t[skip:])
	if utf8.RuneCountInString(first) <= 90 {
		return first
	}
	if i := strings.IndexAny(t[skip:], "，；"); i >= 0 && utf8.RuneCountInString(t[:skip+i]) <= 40 {
		return t[:skip+i]
	}
	return first
}
