package compare

// Section alignment
//
// Align pairs the sections of an old and a new document. Headings get
// renamed, renumbered and reworded from year to year, sections move, merge,
// split, appear and disappear, so neither headings nor positions alone can
// pair them. Which sections cover the same work is decided from what
// distinguishes them in the collection (weigh.go: IDF-weighted bigrams of
// heading and text, the years in headings read against the report's year)
// and from the structure of the two reports, by relative evidence rather
// than one absolute floor (pairing.go): parts pair with parts, children
// within paired parents, a section with the one it resembles most when
// that one resembles it more than the rest. Every link that is not a
// primary one-to-one pair is a merge or a split, and is a pair of its own.
// Then:
//
//  1. Order. Sections are ordered among their siblings. A pair is moved
//     when, among the pairs that kept their parent, it is not on the
//     longest run that kept its order; or when it left the parent it had
//     (its old parent is paired with some other section than its new
//     parent) and its place in the reading order too: it crosses a pair
//     that kept its place. A section promoted to a part of its own right
//     where it stood, or the items of a part whose counterpart is the
//     other report's opening, in their order, changed level or part only. When two such runs are equally long, the sections that went
//     up are the moved ones: an author moves a section up on purpose and
//     the others go down as a consequence. A moved section's children go
//     with it and are not marked moved themselves. Renumbering alone is
//     not a change: a pair whose headings differ only in their numbers and
//     whose texts are equal is unchanged (its diff still shows the number).
//  2. Similarity. Each pair shows the plain likeness of the two sections,
//     a weighted mean of the Dice coefficients of their headings
//     (numbering stripped) and texts as character bigrams (digits read as
//     0), less a fifth across levels: 1 for the same heading and text. Its
//     Confidence says how sure the pairing is.
//
// Then every pair gets its diff. The heading and the text are diffed
// apart and joined, so a renamed heading shows word by word even when the
// text was rewritten. A text whose similarity is under RewriteFloor is
// shown rewritten (one delete, one insert) without running the diff.
//
// Cost: the weighted similarities of all pairs of sections are summed
// through an inverted index of the terms (only shared terms cost
// anything), the assignments are solved group by group (a few sections
// each), and a pair's plain similarity is merged only for the pairs
// shown: a few milliseconds for two 20,000-character reports of ~150
// sections. The costly part is gse, which cuts the texts into words on
// all cores, for the diffs.

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// Status names.
const (
	Unchanged = "unchanged"
	Changed   = "changed"
	Moved     = "moved"
	Added     = "added"
	Removed   = "removed"
	// Merged is an old section whose work went into a new section that
	// also continues another old section (its primary pair); Split is a new
	// section that took over part of the work of an old section that has
	// a primary pair of its own. Both pairs name the two sections.
	Merged = "merged"
	Split  = "split"
)

// Relation names, for Pair.Relation.
const (
	MergedInto = "merged_into" // a removed section whose text went into Related
	SplitFrom  = "split_from"  // an added section whose text came from Related
)

// RewriteFloor is the least similarity of two texts for them to be diffed
// word by word; under it a pair's text is shown rewritten.
const RewriteFloor = 0.2

// A SectionRef names a section in a Pair.
type SectionRef struct {
	ID      string   `json:"id"`
	Heading string   `json:"heading"`
	Path    []string `json:"path"` // headings of the ancestors, outermost first
}

// A Pair is one section of the old document matched with one of the new.
type Pair struct {
	// Status is unchanged, changed, moved, added, removed, merged or
	// split. Unchanged means the same heading (numbering aside) and the
	// same text (ignored differences aside), in the same place. Moved wins
	// over changed: a moved section may also have changed, which its
	// Similarity and Diff show. Merged and split pairs are the links of a
	// merge or split beside the primary pair of the section they share.
	Status string `json:"status"`
	// Similarity is the alignment score in [0, 1]: 1 for the same heading
	// and text, 0 for added and removed sections.
	Similarity float64     `json:"similarity"`
	From       *SectionRef `json:"from_section"` // nil for added sections
	To         *SectionRef `json:"to_section"`   // nil for removed sections
	// Diff is the difference of the sections' heading and text, joined by
	// a line break: equal+delete rebuild the old section, equal+insert the
	// new one. An added section is one insert, a removed one one delete.
	Diff []Op `json:"diff"`
	// Renamed reports that the heading changed beyond its numbering.
	Renamed bool `json:"renamed,omitempty"`
	// Rewritten reports that the text was too different to diff word by
	// word (or the diff reached its timeout) and is shown as one delete
	// and one insert.
	Rewritten bool `json:"rewritten,omitempty"`
	// Relation and Related name, for a merged pair, the new section the old
	// one was merged into (merged_into) and, for a split pair, the old
	// section the new one was split from (split_from).
	Relation string      `json:"relation,omitempty"`
	Related  *SectionRef `json:"related_section,omitempty"`
	// Confidence says how sure the alignment is of this pair, in [0, 1]:
	// for two sections paired, how far their similarity stands above the
	// runner-ups of both (1: no other section comes close; 0: a tie); for
	// an added or removed section, how far its best match stands below
	// chance (1: nothing in the other document resembles it).
	Confidence float64 `json:"confidence"`

	// from, to and rel are the sections themselves, for Compare.
	from, to, rel *prepared
}

// prepared is a section with what scoring and diffing need.
type prepared struct {
	s      *corpus.Section
	n      int      // position in its document
	parent int      // position of its parent in its document, -1 if none
	head   string   // heading without numbering
	years  []uint64 // terms for the years the heading names (weigh.go)
	ahead  bool     // it is, or is in, a part that looks ahead over several years (aheadPeriod)
	back   bool     // it is, or is in, a part whose heading names past years only (a review)
	plan   bool     // it is, or is in, a part of the report's year or after (partKinds)
	// wholePlan and wholeReview: of no part kind itself, it is in a
	// document that is all plan or all review (wholeKinds); figure roles
	// read them, pairing does not
	wholePlan, wholeReview bool
	// when is the year its part is about, in a bureau's plan or summary
	// (wholeKinds), 0 when unknown or in a report of another kind; year is
	// the document's, inPlan says the document is a plan
	when, year int
	inPlan     bool
	hgrams     []uint64
	tgrams     []uint64 // of the text
	topic      string   // the text that says what the section is about (closingAt, addressAt)
	heading    string   // heading as diffed: s.Heading plus a line break if text follows
	hwords     []word   // words of heading, computed on demand
	twords     []word   // words of s.Text, computed on demand
	// notes, entry and gloss: it is under a report's notes or annex
	// (inNotes), an entry of a glossary there (entry), a glossary kept as
	// one section (glossary); notesHead: its own heading names the notes.
	// markNotes sets them once: labelConflict reads them for every pair
	// of sections, and the heading's pattern took a third of an
	// alignment's time when read there.
	notes, entry, gloss, notesHead bool
}

func (p *prepared) ref() *SectionRef {
	if p == nil {
		return nil
	}
	path := p.s.Path
	if path == nil {
		path = []string{}
	}
	return &SectionRef{ID: p.s.ID, Heading: p.s.Heading, Path: path}
}

func (p *prepared) headWords() []word {
	if p.hwords == nil && p.heading != "" {
		p.hwords = words(p.heading)
	}
	return p.hwords
}

func (p *prepared) textWords() []word {
	if p.twords == nil && p.s.Text != "" {
		p.twords = words(p.s.Text)
	}
	return p.twords
}

// grams returns the sorted multiset of character bigrams of s, letters
// folded to lower case, digits read as '0', everything but letters and
// digits left out. A text of one such character gives that character alone.
func grams(s string) []uint64 {
	var buf [256]rune
	rs := buf[:0]
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			rs = append(rs, '0')
		case unicode.IsLetter(r):
			rs = append(rs, unicode.ToLower(r))
		}
	}
	if len(rs) == 1 {
		return []uint64{uint64(rs[0])}
	}
	if len(rs) == 0 {
		return nil
	}
	g := make([]uint64, 0, len(rs)-1)
	for i := 1; i < len(rs); i++ {
		g = append(g, uint64(rs[i-1])<<32|uint64(rs[i]))
	}
	slices.Sort(g)
	return g
}

// common returns the size of the intersection of two sorted multisets.
func common(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// dice returns the Dice coefficient of two multisets: 1 when both are
// empty.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(common(a, b)) / float64(len(a)+len(b))
}

func prepare(d *corpus.Document) []*prepared {
	ps := make([]*prepared, len(d.Sections))
	var stack []int // open sections by level
	base := reportYear(d)
	for i := range d.Sections {
		s := &d.Sections[i]
		p := &prepared{s: s, n: i, parent: -1}
		// headings and text are weighed in simplified characters, so that a
		// report published in traditional ones is read with the same words
		// (and the same part headings: 過去五年工作回顧 is a review)
		p.head = corpus.StripNumbering(corpus.CleanChars(corpus.Simplify(s.Heading)))
		p.years = yearTerms(p.head, base)
		markNotes(p)
		p.hgrams = grams(p.head)
		p.tgrams = grams(corpus.Simplify(s.Text))
		p.heading = s.Heading
		if p.heading != "" && s.Text != "" {
			p.heading += "\n"
		}
		for len(stack) > 0 && d.Sections[stack[len(stack)-1]].Level >= s.Level {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && s.Level > 0 {
			p.parent = stack[len(stack)-1]
		}
		// a part looks ahead, and all in it; an item of the year's tasks
		// that names the coming plan (编制“十五五”规划) is the year's work
		if p.parent < 0 {
			p.ahead = aheadPeriod(p.head, base)
		} else {
			p.ahead = ps[p.parent].ahead
		}
		if s.Level > 0 {
			stack = append(stack, i)
		}
		p.topic = corpus.Simplify(s.Text)
		ps[i] = p
	}
	partKinds(ps)
	wholeKinds(ps, d.Kind, base)
	// the closing words of a report (the government's own work, the
	// nation's unity, the outlook), which the last section of its body
	// runs on into after an address to the audience (各位代表！), are not
	// that section's subject; notes appended after the body have no
	// address. (An address that opens a paragraph, 各位代表！让我们……, may
	// open the section's own last paragraphs: the government's work in a
	// last part on it.)
	closed := false
	for i := len(ps) - 1; i >= 0; i-- {
		if at := closingAt(ps[i].topic); at >= 0 && ps[i].s.Heading != "" {
			ps[i].topic = ps[i].topic[:at]
			closed = true
			break
		}
	}
	// An item of the plan does not address the audience: when the last
	// section of the body with an address in it is an item, not a part of
	// its own, its paragraphs from the first that opens with the address
	// (各位代表！新征程……政府自身建设) are the closing words, even when the
	// address opens a paragraph rather than standing alone.
	// Not every address opens the closing words, though: one that opens a
	// long paragraph of tasks that neither tells of the government nor
	// rallies (各位代表！守牢底线……一是……二是……) opens more of the
	// item's own text, which the next year may give an item of its own;
	// the closing words begin at the first address that closingTail reads
	// as theirs.
	if !closed {
		for i := len(ps) - 1; i >= 0; i-- {
			if at := addressAt(ps[i].topic); at >= 0 {
				if at > 0 && ps[i].parent >= 0 && ps[i].plan && ps[i].s.Heading != "" {
					if tail := closingTail(ps[i].topic, at); tail < len(ps[i].topic) {
						ps[i].topic = ps[i].topic[:tail]
						closed = true
					}
				}
				break
			}
		}
	}
	// Without an address of its own, the closing words still end in a
	// rally to the audience (……让我们……而不懈奋斗！), the last paragraph
	// of the last section: not that section's subject either.
	if n := len(ps) - 1; !closed && n >= 0 && ps[n].s.Heading != "" {
		if at := rallyAt(ps[n].topic); at > 0 {
			ps[n].topic = ps[n].topic[:at]
		}
	}
	// nor are a review's closing words, which its last item runs on into
	// after an address (各位代表，过去一年的成绩来之不易……: thanks, then the
	// problems that remain, said alike every year); a plan part's words
	// after its last item are its own (an old report's address that sums
	// up the part)
	last := map[int]int{} // parent -> its last child
	for i, p := range ps {
		if p.parent >= 0 {
			last[p.parent] = i
		}
	}
	// (or, with no address, from the paragraph that thanks the people on
	// the government's behalf: 过去一年的成绩来之不易……我代表国务院，向……表示
	// 诚挚的感谢！, which no item of the year's work says)
	for _, i := range last {
		if !ps[i].back {
			continue
		}
		at := addressAt(ps[i].topic)
		if th := thanksAt(ps[i].topic); th > 0 && (at <= 0 || th < at) {
			at = th
		}
		if at > 0 {
			ps[i].topic = ps[i].topic[:at]
		}
	}
	// nor is what the last item of a plan part runs on into after an
	// address, when another part follows: an item does not address the
	// audience, so the paragraphs from the first that opens with one and
	// begins closing words (closingTail: 各位代表，支持国防和军队建设……, a
	// short standing passage, or the part's rally) close the part, not the
	// item. They follow whatever item ends the tasks, a livelihood item
	// one year and a governance item the next, before the part on the
	// government's own work; read as the item's, they make the two items a
	// split.
	for i, p := range ps {
		if p.parent >= 0 || !p.plan {
			continue
		}
		k, ok := last[i]
		if !ok || ps[k].s.Heading == "" || !partAfter(ps, k) {
			continue
		}
		if at := addressAt(ps[k].topic); at > 0 {
			if tail := closingTail(ps[k].topic, at); tail < len(ps[k].topic) {
				ps[k].topic = ps[k].topic[:tail]
			}
		}
	}
	// nor is what an item of the plan runs on into after an address that
	// stands alone (各位代表！): an item does not address the audience, so
	// the paragraphs after it are the report's standing passages on
	// defence, Hong Kong and Macao, Taiwan and foreign affairs, said alike
	// every year, which follow whatever item happens to end the tasks
	for _, p := range ps {
		if p.parent >= 0 && p.plan && p.s.Heading != "" {
			if at := closingAt(p.topic); at > 0 {
				p.topic = p.topic[:at]
			}
		}
	}
	return ps
}

// partAfter reports whether a part (a section at the top) follows
// section k of ps.
func partAfter(ps []*prepared, k int) bool {
	for _, p := range ps[k+1:] {
		if p.parent < 0 && p.s.Heading != "" {
			return true
		}
	}
	return false
}

// prepareWords is prepare for a reader of the sections' words alone (the
// term finder, ReportTerms): each section with its position and heading as
// diffed, and no parent. It leaves out what pairing reads and prepare
// computes for every section (bigrams of the text sorted, part kinds,
// topics), about an eighth of the finder's time.
func prepareWords(d *corpus.Document) []*prepared {
	ps := make([]*prepared, len(d.Sections))
	for i := range d.Sections {
		s := &d.Sections[i]
		p := &prepared{s: s, n: i, parent: -1, heading: s.Heading}
		if p.heading != "" && s.Text != "" {
			p.heading += "\n"
		}
		ps[i] = p
	}
	return ps
}

// standingTails cuts from both reports the standing passage their last
// items of the plan end in alike before the closing words (defence and
// 国防动员, then the ethnic, religious and foreign affairs of the year): it
// follows whatever item happens to end the tasks, a
// livelihood item one year and a security item the next, and is neither's
// subject. The passage is a paragraph among the last tailParagraphs of
// each item that is alike (tailAlike) to one among the other's; the item's
// topic ends before it. One report's words alone cannot tell a standing
// passage from the item's own last paragraph; the two reports can.
func standingTails(pa, pb []*prepared) {
	a, b := lastPlanItem(pa), lastPlanItem(pb)
	if a == nil || b == nil {
		return
	}
	ta, tb := tailLines(a.topic), tailLines(b.topic)
	cutA, cutB := -1, -1
	for _, x := range ta {
		for _, y := range tb {
			if dice(grams(x.text), grams(y.text)) < tailAlike {
				continue
			}
			if cutA < 0 || x.at < cutA {
				cutA = x.at
			}
			if cutB < 0 || y.at < cutB {
				cutB = y.at
			}
		}
	}
	if cutA > 0 && cutB > 0 {
		a.topic, b.topic = a.topic[:cutA], b.topic[:cutB]
	}
}

const (
	tailParagraphs = 3   // the last paragraphs of an item read for a standing passage
	tailAlike      = 0.5 // least Dice likeness of two standing passages' bigrams
)

// lastPlanItem returns the last section of ps when it is an item of a
// part of the plan that runs on into the report's closing words (its
// topic ends before them: prepare), the item the tasks end with; or nil.
func lastPlanItem(ps []*prepared) *prepared {
	if len(ps) == 0 {
		return nil
	}
	p := ps[len(ps)-1]
	if p.parent < 0 || !p.plan || p.s.Heading == "" || len(p.topic) == len(corpus.Simplify(p.s.Text)) {
		return nil
	}
	return p
}

// tailLine is a paragraph of a topic and its offset in it.
type tailLine struct {
	text string
	at   int
}

// tailLines returns the last tailParagraphs paragraphs of text (lines of
// minParagraph characters or more), with their offsets.
func tailLines(text string) []tailLine {
	var out []tailLine
	at := 0
	for line := range strings.Lines(text) {
		if utf8.RuneCountInString(strings.TrimSpace(line)) >= minParagraph {
			out = append(out, tailLine{line, at})
		}
		at += len(line)
	}
	return out[max(0, len(out)-tailParagraphs):]
}

// addressAt returns the offset in text of its first line that opens with
// an address to the audience (各位代表，…, 各位代表！…, 同志们：…), or -1.
func addressAt(text string) int {
	at := 0
	for line := range strings.Lines(text) {
		l := strings.TrimLeft(line, " \t　")
		for _, a := range []string{"各位代表", "同志们"} {
			if rest, ok := strings.CutPrefix(l, a); ok {
				if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("！!，,：:；;\n", r) || rest == "" {
					return at
				}
			}
		}
		at += len(line)
	}
	return -1
}

// closingLong is the length, in characters, from which a paragraph that
// opens with an address may be more than closing words: the rallies that
// end reports run 90-280 characters, an item's paragraph of tasks 500 and
// more.
const closingLong = 300

// closingTail returns the offset in text of the first line from first on
// that opens with an address to the audience (addressAt) and begins the
// closing words: a short paragraph (under closingLong characters), or one
// that tells of the government itself (政府: 政府自身建设要再上台阶,
// 各级政府要……) or rallies the audience (让我们). A long paragraph
// after an address that does neither is more of the section's own tasks
// (各位代表！守牢底线……一是……二是……, 各位代表！……今年办好
// 十件民生实事：一是……), which the next year may give an item of its
// own. It returns len(text) when no line begins the closing words.
func closingTail(text string, first int) int {
	at := 0
	for line := range strings.Lines(text) {
		if at >= first && addressAt(line) == 0 {
			l := strings.TrimSpace(line)
			if utf8.RuneCountInString(l) < closingLong || strings.Contains(l, "政府") || strings.Contains(l, "让我们") {
				return at
			}
		}
		at += len(line)
	}
	return len(text)
}

// thanksAt returns the offset in text of its first line that thanks the
// audience on the government's behalf (我代表市人民政府，向全市人民……表示衷心的
// 感谢！, 我代表国务院，向……致以崇高的敬意), or -1: the words a review closes
// with, address or none.
func thanksAt(text string) int {
	at := 0
	for line := range strings.Lines(text) {
		if _, rest, ok := strings.Cut(line, "我代表"); ok {
			if _, rest, ok := strings.Cut(rest, "向"); ok && (strings.Contains(rest, "感谢") || strings.Contains(rest, "敬意")) {
				return at
			}
		}
		at += len(line)
	}
	return -1
}

// partKinds marks the parts that review past years (back) and those that
// plan the report's year or later (plan), and all sections in them. A part
// whose heading names past years only reviews them; one that names the
// report's year or a later one, or looks ahead over several years, plans.
// A part whose heading names no year goes on with the plan when the part
// before it plans (二、2009年工作总体安排 and then 三、加快推进城镇化进程,
// 八、加强政府自身建设), and begins it when the part before it reviews: a
// report reviews, then plans (一、1996年国内工作的回顾, then
// 二、保持国民经济发展的良好势头). It is of no known kind otherwise
// (一、政府工作回顾 names no year, yet reviews).
func partKinds(ps []*prepared) {
	planning, reviewed := false, false
	for _, p := range ps {
		switch {
		case p.parent >= 0:
			p.back, p.plan = ps[p.parent].back, ps[p.parent].plan
			continue
		case p.s.Heading == "":
			continue // an opening without heading says nothing of the parts
		case pastOnly(p.years):
			p.back = true
		case len(p.years) > 0 || p.ahead:
			p.plan = true
		default:
			p.plan = planning || reviewed
		}
		planning = p.plan
		reviewed = p.back
	}
}

// wholeKinds marks the sections that partKinds left of no kind by the
// kind of their document, and a summary's parts on its own year as its
// review. A bureau's plan (计划, 要点) plans all of it,
// in thematic parts that name no year (一、加强党的建设, 二、…), so its
// 普及率达到92% is a target; a summary (总结, 半年总结) reviews all of
// it, so its 新增学位1800个 is a result. A part whose heading says it
// looks the other way is of that way (backHead, aheadHead). The marks
// serve figure roles only: pairing a plan with the summary of its year
// must weigh their sections against each other, which marking one
// side plan and the other review would forbid (reviewAndPlan).
func wholeKinds(ps []*prepared, kind string, base int) {
	plans, reviews := contains(planKinds, kind), contains(summaryKinds, kind)
	if !plans && !reviews {
		return
	}
	// a summary opens with its review; a part that names no year and
	// does not say it looks ahead goes on as the part before it
	reviewing := true
	for _, p := range ps {
		p.year, p.inPlan = base, plans
		switch {
		case p.parent >= 0:
			q := ps[p.parent]
			p.wholePlan, p.wholeReview, p.when = q.wholePlan, q.wholeReview, q.when
			continue
		case p.ahead:
			continue // a span of years: of no one year
		case p.back:
			reviewing = true
		case plans:
			if !p.plan {
				p.wholePlan = !backHead(p.head)
				p.wholeReview = !p.wholePlan
			}
		case ownYearOnly(p.years) && !aheadHead(p.head):
			// a summary is of the year it reviews: its 一、2033年工作成效
			// names its own year, which partKinds, reading years as a
			// government's report of the next year does, takes for the
			// plan
			p.wholeReview, reviewing = true, true
		case len(p.years) > 0:
			reviewing = false // a later year: partKinds' plan
		case aheadHead(p.head):
			p.wholePlan, reviewing = true, false
		default:
			p.wholeReview, p.wholePlan = reviewing, !reviewing
		}
		p.when = partYear(p, base, reviews, kind == "半年总结")
	}
}

// otherYear reports whether a and b, sections of bureaus' plans or
// summaries, are about years that make them no counterparts. Two plans
// or two summaries move on by the years between them: the 2033 plan's
// items are the 2032 plan's, a summary's review the review of the
// summary before, its part on the next year that summary's part on the
// next year. A plan and a summary meet on one year: the 2033 plan's
// items are what the 2033 summary reviews, and what the 2032 summary
// sets out to do in 2033, never what the 2033 summary plans for 2034.
func otherYear(a, b *prepared) bool {
	if a.when == 0 || b.when == 0 {
		return false
	}
	if a.inPlan == b.inPlan {
		return b.when-a.when != b.year-a.year
	}
	return a.when != b.when
}

// partYear returns the year the part p of a bureau's plan or summary of
// the year base is about: the one year its heading names, else the
// document's year, but the year before for a plan's review part and the
// year after for a summary's part that looks ahead (the same year for a
// half-year summary's: 下半年工作打算); 0 when base is 0 or the heading
// names several years (2033年工作总结和2034年工作计划).
func partYear(p *prepared, base int, summary, half bool) int {
	if base == 0 {
		return 0
	}
	if len(p.years) > 0 {
		d := int(uint32(p.years[0])) - 100
		for _, y := range p.years[1:] {
			if int(uint32(y))-100 != d {
				return 0
			}
		}
		return base + d
	}
	switch {
	case summary && p.wholePlan && !half:
		return base + 1
	case !summary && p.wholeReview:
		return base - 1
	}
	return base
}

// ownYearOnly reports whether years (yearTerms) name the document's own
// year and no other.
func ownYearOnly(years []uint64) bool {
	for _, y := range years {
		if int(uint32(y)) != 100 {
			return false
		}
	}
	return len(years) > 0
}

// backHead reports whether a part's heading that names no year says it
// reviews (一、工作回顾, 一、上半年工作完成情况) in a plan. Heading words are
// the only sign: such a part is shaped as the plan's own parts are.
func backHead(head string) bool {
	return containsAnyOf(head, []string{"回顾", "总结", "完成情况"})
}

// aheadHead reports whether a part's heading that names no year says it
// looks ahead (三、下一步工作打算, 四、今后工作思路, 三、下半年工作安排) in a
// summary, whose last part commonly does. Heading words are the only
// sign: the part is shaped as the review parts before it are.
func aheadHead(head string) bool {
	head = strings.TrimRight(head, "。：:；; ")
	return containsAnyOf(head, []string{"下一步", "打算", "今后", "明年", "下半年", "展望"}) ||
		containsAnySuffix(head, []string{"计划", "安排", "思路", "设想", "要点"})
}

// addressMax is the longest line, in characters, read as an address to
// the audience.
const addressMax = 8

// closingAt returns the offset in text of its first line that is only an
// address to the audience (各位代表！, 同志们！: at most addressMax
// characters, letters only, ending in ！), or -1. A report's closing words
// follow one.
func closingAt(text string) int {
	at := 0
	for line := range strings.Lines(text) {
		l := strings.TrimSpace(line)
		if body, ok := strings.CutSuffix(l, "！"); ok && body != "" && utf8.RuneCountInString(l) <= addressMax &&
			strings.IndexFunc(body, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			return at
		}
		at += len(line)
	}
	return -1
}

// rallyAt returns the offset in text of its last paragraph when that
// paragraph rallies the audience (让我们…！, or a half-width !) and ends
// the text but for lines of a few characters (a signature, an editor's
// note), or -1.
func rallyAt(text string) int {
	at, found := 0, -1
	for line := range strings.Lines(text) {
		l := strings.TrimSpace(line)
		switch {
		case strings.Contains(l, "让我们") && (strings.HasSuffix(l, "！") || strings.HasSuffix(l, "!")):
			found = at
		case utf8.RuneCountInString(l) > 20:
			found = -1
		}
		at += len(line)
	}
	return found
}

// score returns the alignment score of a and b, in [0, 1].
func score(a, b *prepared) float64 {
	return scoreWith(a, b, dice(a.tgrams, b.tgrams))
}

// scoreWith is score with the Dice coefficient of the texts, td, already
// computed.
func scoreWith(a, b *prepared, td float64) float64 {
	var hs float64
	switch {
	case a.head == "" && b.head == "":
		hs = 1
	case a.head == "" || b.head == "":
		hs = 0
	default:
		hs = dice(a.hgrams, b.hgrams)
	}
	la, lb := len(a.tgrams), len(b.tgrams)
	var s float64
	switch {
	case la == 0 && lb == 0:
		s = hs
	case la == 0 || lb == 0:
		// one has text of its own, the other only a heading (its text in
		// its children): the heading decides, with less confidence
		s = 0.7 * hs
	default:
		wb := 0.75 * math.Min(1, float64(min(la, lb))/40)
		s = (1-wb)*hs + wb*td
	}
	if a.s.Level != b.s.Level {
		s *= 0.8
	}
	return s
}

// textSimilarity returns the similarity of the texts alone, which decides
// whether they are diffed word by word.
func textSimilarity(a, b *prepared) float64 {
	return dice(a.tgrams, b.tgrams)
}

// Align pairs the sections of a (old) with those of b (new) and diffs each
// pair. The pairs come in the reading order of b; a removed section is
// placed after the pair of the old section before it that kept its place
// (at the start if there is none); the merged and split pairs of a new
// section follow its primary pair. Every section of a and of b is in
// exactly one pair that is neither merged nor split (its primary pair, or
// added or removed), except an old section merged into a new one and a new
// section split from an old one, which are only in merged or split pairs;
// a section shared by a merge or split is in its primary pair and in the
// merged or split pairs. Align is deterministic: the same documents and
// options give the same pairs. A nil document counts as one without
// sections.
func Align(a, b *corpus.Document, opt Options) []Pair {
	var pa, pb []*prepared
	if a != nil {
		pa = prepare(a)
	}
	if b != nil {
		pb = prepare(b)
	}
	return alignPrepared(pa, pb, opt)
}

func alignPrepared(pa, pb []*prepared, opt Options) []Pair {
	pairs := alignPairs(pa, pb, opt)
	diffPairs(pairs, opt)
	return pairs
}

// alignPairs pairs the sections of pa and pb, in the order Align returns
// them, without their diffs. It needs no words: Compare cuts them
// meanwhile.
func alignPairs(pa, pb []*prepared, opt Options) []Pair {
	standingTails(pa, pb)
	pr := pairSections(pa, pb, opt, opt.stopped)
	match, back := pr.match, pr.back
	moved := movedPairs(pa, pb, match, back)

	// extras by new position; old sections with a link of any kind
	extrasTo := make(map[int][]link)
	linkedA := make([]bool, len(pa))
	for _, l := range pr.extra {
		extrasTo[l.j] = append(extrasTo[l.j], l)
		linkedA[l.i] = true
	}
	// Build the pairs in the reading order of b, with the removed sections
	// after the old section before them that kept its place.
	removedAfter := make(map[int][]int) // old position of the anchor (or -1) -> removed sections
	anchor := -1
	for i := range pa {
		if match[i] < 0 {
			if !linkedA[i] {
				removedAfter[anchor] = append(removedAfter[anchor], i)
			}
		} else if !moved[i] {
			anchor = i
		}
	}
	pairs := make([]Pair, 0, len(pa)+len(pb)+len(pr.extra))
	emitRemoved := func(anchor int) {
		for _, i := range removedAfter[anchor] {
			pairs = append(pairs, Pair{Status: Removed, From: pa[i].ref(), from: pa[i], Confidence: round(pr.aloneA[i])})
		}
	}
	emitRemoved(-1)
	for j := range pb {
		i := back[j]
		switch {
		case i >= 0:
			p := Pair{From: pa[i].ref(), To: pb[j].ref(), from: pa[i], to: pb[j], Similarity: round(score(pa[i], pb[j])),
				Confidence: round(pr.conf[i])}
			if moved[i] {
				p.Status = Moved
			}
			pairs = append(pairs, p)
		case len(extrasTo[j]) == 0:
			pairs = append(pairs, Pair{Status: Added, To: pb[j].ref(), to: pb[j], Confidence: round(pr.aloneB[j])})
		}
		for _, l := range extrasTo[j] {
			x, y := pa[l.i], pb[l.j]
			p := Pair{From: x.ref(), To: y.ref(), from: x, to: y, Similarity: round(score(x, y)), Confidence: round(l.conf)}
			if match[l.i] < 0 {
				p.Status, p.Relation, p.Related = Merged, MergedInto, y.ref()
			} else {
				p.Status, p.Relation, p.Related = Split, SplitFrom, x.ref()
			}
			pairs = append(pairs, p)
		}
		if i >= 0 && !moved[i] {
			emitRemoved(i)
		}
	}
	return pairs
}

// diffPairs fills the diffs of pairs, on all cores: the words of both
// sections of every pair are cut first, so that the diffs only read them.
func diffPairs(pairs []Pair, opt Options) {
	var need []*prepared
	for _, p := range pairs {
		if p.from != nil && p.to != nil {
			need = append(need, p.from, p.to)
		}
	}
	tokenize(need, opt.stopped)
	parallel(len(pairs), func(k int) { fillDiff(&pairs[k], opt) })
}

// parallel calls f(0) ... f(n-1) on all cores, each once, and returns when
// all have returned.
func parallel(n int, f func(k int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for k := range n {
			f(k)
		}
		return
	}
	var next atomic.Int64
	waits := make([]func(), workers)
	for w := range waits {
		waits[w] = background(func() {
			for {
				k := int(next.Add(1)) - 1
				if k >= n {
					return
				}
				f(k)
			}
		})
	}
	for _, wait := range waits {
		wait()
	}
}

// background runs f in a goroutine of its own and returns a function that
// waits for it. A panic of f is raised again by wait, in the caller's
// goroutine, where the caller's recovery (the server's, which answers 500)
// sees it: a panic in a goroutine nobody recovers ends the process.
func background(f func()) (wait func()) {
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		f()
	}()
	return func() {
		if v := <-done; v != nil {
			panic(v)
		}
	}
}

// tokenize cuts the headings and texts of ps into words on all cores, for
// the diffs and the terms. gse is the costliest step of a comparison, and
// one segmenter may be read from many goroutines. A section may come more
// than once in ps (the old side of a split is in each of its pairs): each
// is cut by one goroutine only, since cutting writes its words. It cuts
// no more sections once stopped reports true (asked before each; nil:
// never): the comparison is abandoned, and the words of two long reports
// are a second of CPU.
func tokenize(ps []*prepared, stopped func() bool) {
	stopped = stopLatch(stopped)
	var todo []*prepared
	seen := make(map[*prepared]bool, len(ps))
	for _, p := range ps {
		if !seen[p] && ((p.hwords == nil && p.heading != "") || (p.twords == nil && p.s.Text != "")) {
			seen[p] = true
			todo = append(todo, p)
		}
	}
	parallel(len(todo), func(k int) {
		if stopped() {
			return
		}
		todo[k].headWords()
		todo[k].textWords()
	})
}

// children returns, for each section, the positions of its children.
func children(ps []*prepared) [][]int {
	ch := make([][]int, len(ps))
	for i, p := range ps {
		if p.parent >= 0 {
			ch[p.parent] = append(ch[p.parent], i)
		}
	}
	return ch
}

// round keeps 3 decimals, for readable JSON and stable goldens.
func round(f float64) float64 {
	return math.Round(f*1000) / 1000
}

// movedPairs returns, by old position, whether a paired section moved.
func movedPairs(pa, pb []*prepared, match, back []int) []bool {
	moved := make([]bool, len(pa))
	// siblings in b, grouped by their parent (-1: top level)
	groups := make(map[int][]int)
	var order []int
	var rehomed []int // old positions of pairs that left their parent
	for j, p := range pb {
		if _, ok := groups[p.parent]; !ok {
			order = append(order, p.parent)
		}
		groups[p.parent] = append(groups[p.parent], j)
	}
	// place[j]: how far a paired section of b stands from where its
	// partner stood, in places among their siblings (the numbers a reader
	// sees, （二） and （三）), counting the siblings that have no partner
	// too
	place := make(map[int]int, len(pb))
	rankA := siblingRanks(pa)
	for _, js := range groups {
		for r, j := range js {
			if i := back[j]; i >= 0 {
				place[j] = max(r-rankA[i], rankA[i]-r)
			}
		}
	}
	for _, parent := range order {
		var kept []int // new positions of pairs that kept their parent
		for _, j := range groups[parent] {
			i := back[j]
			if i < 0 {
				continue
			}
			oldParent := pa[i].parent
			switch {
			case parent < 0 && oldParent < 0:
				kept = append(kept, j)
			case parent >= 0 && oldParent >= 0 && match[oldParent] == parent:
				kept = append(kept, j)
			case parent >= 0 && oldParent >= 0 && match[oldParent] < 0 && back[parent] < 0:
				// both parents unpaired (the section was re-homed under a
				// new heading that replaced the old one): not a move
				kept = append(kept, j)
			default:
				rehomed = append(rehomed, i)
			}
		}
		inOrder := longestInOrder(kept, back, place)
		for _, j := range kept {
			if !inOrder[j] {
				moved[back[j]] = true
			}
		}
	}
	// a pair that left its parent moved when it left its place in the
	// reading order too: when it crosses a pair that kept its place. A
	// section promoted to a part of its own, or an item of a part whose
	// counterpart is the other report's opening, that comes where it came
	// only changed level or part. The pair of its new parent (or of an
	// ancestor) is no pair it crosses: a parent comes before its items
	// wherever its partner came (the items of 二、促进经济稳定增长, merged
	// into the tasks part 二、2025年主要任务 whose partner is the later
	// 三、2024年主要任务, kept their place among the tasks).
	pending := make([]bool, len(pa))
	for _, i := range rehomed {
		pending[i] = true
	}
	slices.Sort(rehomed)
	for _, i := range rehomed {
		pending[i] = false
		for k, j := range match {
			if j >= 0 && k != i && !moved[k] && !pending[k] && (k < i) != (j < match[i]) &&
				!ancestorOf(pb, j, match[i]) && !ancestorOf(pa, k, i) {
				moved[i] = true
				break
			}
		}
	}
	return moved
}

// ancestorOf reports whether section anc of ps is an ancestor of section k.
func ancestorOf(ps []*prepared, anc, k int) bool {
	for p := ps[k].parent; p >= 0; p = ps[p].parent {
		if p == anc {
			return true
		}
	}
	return false
}

// siblingRanks returns, for each section of ps, its place among the
// sections that share its parent (0 for the first).
func siblingRanks(ps []*prepared) []int {
	ranks := make([]int, len(ps))
	next := make(map[int]int)
	for k, p := range ps {
		ranks[k] = next[p.parent]
		next[p.parent]++
	}
	return ranks
}

// longestInOrder returns the members of the longest subsequence of js (new
// positions, increasing) whose old positions back[j] increase too. Among
// equally long ones it keeps the sections that stayed nearest their places
// (place[j]: how many places among its siblings section j is from where
// its partner was), so that the one left out, the moved one, is the one
// that left its number: when a report puts a new section first and moves
// its old first section down past the second, the second, still （二）,
// did not move. Among those it keeps the sections that went down, so that
// the ones left out are those that went up (two neighbours swapped).
func longestInOrder(js []int, back []int, place map[int]int) map[int]bool {
	n := len(js)
	length := make([]int, n)
	away := make([]int, n)  // sum of place[j] over the chain
	drift := make([]int, n) // sum of (new rank - old rank) over the chain
	prev := make([]int, n)
	// ranks among the group, so drift compares like with like
	oldRank := make(map[int]int, n)
	olds := make([]int, n)
	for k, j := range js {
		olds[k] = back[j]
	}
	sorted := slices.Clone(olds)
	slices.Sort(sorted)
	for r, o := range sorted {
		oldRank[o] = r
	}
	// better reports whether a chain of length l, places away a and drift
	// d beats one of length l2, a2, d2
	better := func(l, a, d, l2, a2, d2 int) bool {
		if l != l2 {
			return l > l2
		}
		if a != a2 {
			return a < a2
		}
		return d > d2
	}
	for k := range js {
		length[k], away[k], drift[k], prev[k] = 1, place[js[k]], k-oldRank[olds[k]], -1
		for q := 0; q < k; q++ {
			if olds[q] >= olds[k] {
				continue
			}
			l, a, d := length[q]+1, away[q]+place[js[k]], drift[q]+k-oldRank[olds[k]]
			if better(l, a, d, length[k], away[k], drift[k]) {
				length[k], away[k], drift[k], prev[k] = l, a, d, q
			}
		}
	}
	best := -1
	for k := range js {
		if best < 0 || better(length[k], away[k], drift[k], length[best], away[best], drift[best]) {
			best = k
		}
	}
	in := make(map[int]bool, n)
	for k := best; k >= 0; k = prev[k] {
		in[js[k]] = true
	}
	return in
}

// fillDiff sets p.Diff, p.Rewritten and, for a pair left unmarked by
// alignment, the status: unchanged or changed.
func fillDiff(p *Pair, opt Options) {
	if opt.stopped() { // the comparison is abandoned: its caller has gone
		p.Diff = []Op{}
		return
	}
	switch {
	case p.from == nil && p.to == nil:
		p.Diff = []Op{}
		return
	case p.from == nil:
		p.Diff = append([]Op{}, rewritten("", p.to.heading+p.to.s.Text)...)
		return
	case p.to == nil:
		p.Diff = append([]Op{}, rewritten(p.from.heading+p.from.s.Text, "")...)
		return
	}
	a, b := p.from, p.to
	p.Renamed = a.head != b.head
	var headOps, textOps []Op
	runIn := p.Renamed && opt.IgnoreSpace && headingRunIn(a, b, opt)
	if !runIn {
		headOps, _ = diffWords(a.heading, b.heading, a.headWords(), b.headWords(), opt)
	}
	switch {
	case runIn:
		// Where the heading ends is formatting here: one copy ran the
		// heading into its first sentence (一、工作回顾过去一年，…), which
		// Split then reads as the heading. Heading and text are compared
		// as one.
		p.Renamed = false
		wa, wb := a.heading+a.s.Text, b.heading+b.s.Text
		textOps, p.Rewritten = diffWords(wa, wb, words(wa), words(wb), opt)
	case a.s.Text == b.s.Text:
		textOps = rewritten(a.s.Text, b.s.Text)
		if a.s.Text != "" {
			textOps = []Op{{Op: OpEqual, Text: a.s.Text}}
		}
	case a.s.Text == "" || b.s.Text == "" || textSimilarity(a, b) < RewriteFloor:
		textOps = rewritten(a.s.Text, b.s.Text)
		p.Rewritten = a.s.Text != "" && b.s.Text != ""
	default:
		textOps, p.Rewritten = diffWords(a.s.Text, b.s.Text, a.textWords(), b.textWords(), opt)
	}
	var ob opBuilder
	for _, ops := range [2][]Op{headOps, textOps} {
		for _, o := range ops {
			ob.add(o.Op, o.Text, o.Ignored)
		}
	}
	p.Diff = ob.ops()
	if p.Diff == nil {
		p.Diff = []Op{}
	}
	if p.Status != "" {
		return // moved, merged or split
	}
	p.Status = Unchanged
	if p.Renamed || changed(textOps) {
		p.Status = Changed
	}
}

// headingRunIn reports whether a's and b's headings differ only by where
// they end: the longer is the shorter followed by the first words of the
// shorter's own text, what opt ignores aside.
func headingRunIn(a, b *prepared, opt Options) bool {
	ha, hb := stripIgnorable(a.head, opt), stripIgnorable(b.head, opt)
	if len(ha) > len(hb) {
		a, b, ha, hb = b, a, hb, ha
	}
	rest, ok := strings.CutPrefix(hb, ha)
	return ok && rest != "" && strings.HasPrefix(stripIgnorable(a.s.Text, opt), rest)
}

// ComparePair compares two sections on their own, for example the same
// topic in two different series. The status is unchanged or changed (added
// or removed when one of them is nil); sections compared alone are never
// moved. Levels are not compared.
func ComparePair(a, b *corpus.Section, opt Options) Pair {
	prep := func(s *corpus.Section) *prepared {
		if s == nil {
			return nil
		}
		d := corpus.Document{Sections: []corpus.Section{*s}}
		p := prepare(&d)[0]
		p.parent = -1
		return p
	}
	pa, pb := prep(a), prep(b)
	p := Pair{from: pa, to: pb, From: pa.ref(), To: pb.ref()}
	switch {
	case pa == nil && pb == nil:
		return Pair{Status: Unchanged, Similarity: 1, Diff: []Op{}}
	case pa == nil:
		p.Status = Added
	case pb == nil:
		p.Status = Removed
	default:
		levelA, levelB := pa.s.Level, pb.s.Level
		pa.s.Level, pb.s.Level = 0, 0
		p.Similarity = round(score(pa, pb))
		pa.s.Level, pb.s.Level = levelA, levelB
	}
	fillDiff(&p, opt)
	return p
}
