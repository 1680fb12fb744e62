package compare

// Summary
//
// Compare aligns two documents and adds what a reader asks first: how much
// changed (counts per status, an overall similarity), which targets changed
// (ChangedNumbers) and which phrases are new or gone (NewTerms,
// DroppedTerms).
//
// Changed numbers are read off the pairs' diffs: in each run of changes, the
// numbers deleted and the numbers inserted are paired in order (by unit when
// the counts differ), each with its unit (所, 万个, %, 个百分点, ...) and the
// clause around it; figures left over are paired by unit within one
// sentence, for targets reworded around their figure. A pair counts only
// if the clauses around the two figures are alike (ClauseFloor), so that
// two different figures side by side in a rewritten paragraph are not
// taken for one that changed. Years, dates and the numbers of headings are
// left out: they change every year and say nothing. Merged and split
// sections are read against the section that holds their text now.
//
// Terms are in terms.go.

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// A Report is the full comparison of two documents, as the API and the UI
// receive it.
type Report struct {
	Summary      Summary `json:"summary"`
	Pairs        []Pair  `json:"pairs"`
	NewTerms     []Term  `json:"new_terms"`     // in the new document only
	DroppedTerms []Term  `json:"dropped_terms"` // in the old document only
}

// Summary counts what Align found and lists the changed numbers.
type Summary struct {
	Unchanged int `json:"unchanged"`
	Changed   int `json:"changed"`
	Moved     int `json:"moved"`
	Added     int `json:"added"`
	Removed   int `json:"removed"`
	// Renamed counts the paired sections whose heading changed beyond its
	// numbering, whatever their status.
	Renamed int `json:"renamed"`
	// Merged and Split count the removed sections merged into a new one
	// and the added sections split from an old one.
	Merged int `json:"merged"`
	Split  int `json:"split"`
	// Similarity is the mean similarity of the pairs weighted by the
	// length of their sections; added and removed sections count as 0.
	// 1 means the same document.
	Similarity     float64        `json:"similarity"`
	ChangedNumbers []NumberChange `json:"changed_numbers"`
}

// A NumberChange is a figure that changed between the two documents, with
// its unit: 12所 -> 15所.
type NumberChange struct {
	From string `json:"from"` // the old figure with its unit
	To   string `json:"to"`   // the new figure with its unit
	// Context is the clause of the new text that holds To; OldContext the
	// clause of the old text that held From.
	Context    string `json:"context"`
	OldContext string `json:"old_context"`
	// Section is the new section the number is in.
	Section SectionRef `json:"section"`
}

// Compare aligns a (old) and b (new), diffs every pair and summarizes. It
// never fails; nil documents count as empty. The result depends only on
// the documents and opt (see Diff for the timeout).
func Compare(a, b *corpus.Document, opt Options) *Report {
	var pa, pb []*prepared
	if a != nil {
		pa = prepare(a)
	}
	if b != nil {
		pb = prepare(b)
	}
	// The words of every section whose text is not in the other document
	// word for word are needed, for the diffs or the terms: cut them all
	// at once, in parallel. A text found whole in the other document has
	// no new terms and, if paired, no diff to run.
	tokenize(distinct(pa, pb))
	for _, p := range pa {
		p.headWords()
	}
	for _, p := range pb {
		p.headWords()
	}
	// The terms need only the words, not the pairs: find them on another
	// core while the sections are aligned and diffed. From here on the
	// terms read only words already cut (headings, and the texts not found
	// whole in the other document), and alignment cuts only other texts.
	type termsResult struct{ added, dropped []Term }
	termsDone := make(chan termsResult, 1)
	go func() {
		added, dropped := terms(pa, pb)
		termsDone <- termsResult{added, dropped}
	}()
	pairs := alignPrepared(pa, pb, opt)
	r := &Report{Pairs: pairs}
	s := &r.Summary
	var num, den float64
	for k := range pairs {
		p := &pairs[k]
		switch p.Status {
		case Unchanged:
			s.Unchanged++
		case Changed:
			s.Changed++
		case Moved:
			s.Moved++
		case Added:
			s.Added++
		case Removed:
			s.Removed++
		}
		switch p.Relation {
		case MergedInto:
			s.Merged++
		case SplitFrom:
			s.Split++
		}
		if p.Renamed {
			s.Renamed++
		}
		var size float64
		if p.from != nil {
			size += float64(utf8.RuneCountInString(p.from.heading) + utf8.RuneCountInString(p.from.s.Text))
		}
		if p.to != nil {
			size += float64(utf8.RuneCountInString(p.to.heading) + utf8.RuneCountInString(p.to.s.Text))
		}
		num += p.Similarity * size
		den += size
		switch {
		case p.from != nil && p.to != nil:
			s.ChangedNumbers = append(s.ChangedNumbers, numberChanges(p)...)
		case p.rel != nil:
			// a merge or split: the figures of the section against the one
			// that holds its text now, or held it before
			tmp := Pair{Status: p.Status, from: p.from, to: p.to, From: p.From, To: p.To}
			if tmp.from == nil {
				tmp.from, tmp.From = p.rel, p.Related
			} else {
				tmp.to, tmp.To = p.rel, p.Related
			}
			fillDiff(&tmp, opt)
			s.ChangedNumbers = append(s.ChangedNumbers, numberChanges(&tmp)...)
		}
	}
	s.Similarity = 1
	if den > 0 {
		s.Similarity = round(num / den)
	}
	if s.ChangedNumbers == nil {
		s.ChangedNumbers = []NumberChange{}
	}
	if pairs == nil {
		r.Pairs = []Pair{}
	}
	tr := <-termsDone
	r.NewTerms, r.DroppedTerms = tr.added, tr.dropped
	return r
}

// distinct returns the sections of pa and pb whose text does not occur as
// the text of a section of the other document.
func distinct(pa, pb []*prepared) []*prepared {
	texts := func(ps []*prepared) map[string]bool {
		m := make(map[string]bool, len(ps))
		for _, p := range ps {
			m[p.s.Text] = true
		}
		return m
	}
	ta, tb := texts(pa), texts(pb)
	var out []*prepared
	for _, p := range pa {
		if !tb[p.s.Text] {
			out = append(out, p)
		}
	}
	for _, p := range pb {
		if !ta[p.s.Text] {
			out = append(out, p)
		}
	}
	return out
}

// number matches a figure: digits with inner separators, then its unit.
// Alternatives are tried in order, so longer units come first.
var number = regexp.MustCompile(`\p{Nd}+(?:[.,]\p{Nd}+)*(%|％|‰|个百分点|百分点|[万亿千百]?(?:微克/立方米|平方米|立方米|平方公里|个工作日|工作日|人次|场次|公里|千米|小时|分钟|千瓦|兆瓦|亩|吨|元|个|所|名|人|户|家|项|支|条|座|间|台|套|次|场|倍|天|岁|张|辆|床|册|件|篇|期|批|班|园|校|村|处|栋|米|位|类|门|节|本|部|块|起|对|分)|[万亿千百])?`)

// dateUnit matches what makes a figure a date or a heading number.
var dateUnit = regexp.MustCompile(`^(?:年|月|日|号|届|、|\.[^\p{Nd}]|．|）|\))`)

// A figure is one number found in a side of a diff.
type figure struct {
	text       string // number and unit
	unit       string
	start, end int // in the side's text
}

// figures returns the figures of side text s, leaving out those that
// start before skip (the heading), years, dates and heading-like numbers
// (1、 3.).
func figures(s string, skip int) []figure {
	var out []figure
	for _, m := range number.FindAllStringSubmatchIndex(s, -1) {
		start, end := m[0], m[1]
		if start < skip {
			continue
		}
		digits := s[start:end]
		unit := ""
		if m[2] >= 0 {
			digits, unit = s[start:m[2]], s[m[2]:m[3]]
		}
		if unit == "" && (isYear(digits) || dateUnit.MatchString(s[start+len(digits):])) {
			continue
		}
		out = append(out, figure{text: s[start:end], unit: unit, start: start, end: end})
	}
	return out
}

// overlapping returns the figures of fs that overlap [from, to), a run of
// changes (so a changed unit after an equal number counts too).
func overlapping(fs []figure, from, to int) []figure {
	var out []figure
	for _, f := range fs {
		if f.start < to && f.end > from {
			out = append(out, f)
		}
	}
	return out
}

func isYear(digits string) bool {
	if len(digits) != 4 {
		return false
	}
	return strings.HasPrefix(digits, "19") || strings.HasPrefix(digits, "20")
}

// numberChanges reads the changed figures off a pair's diff. Figures
// deleted and inserted in one run of changes are paired first. A target
// reworded around its figure ([-校内外各1小时-]{+综合+}体育活动时间{+不低于2小时+})
// puts the two figures in different runs of one sentence: the figures left
// over are then paired in order, by unit, when no sentence ends between
// them.
func numberChanges(p *Pair) []NumberChange {
	oldText, newText := opsText(p.Diff, true), opsText(p.Diff, false)
	figsA, figsB := figures(oldText, len(p.from.heading)), figures(newText, len(p.to.heading))
	var out []NumberChange
	var at []int // position in newText of each change, to sort by
	emit := func(d, n figure) bool {
		if d.text == n.text {
			return true // the same figure, reworded around: not a change, but settled
		}
		oldClause, newClause := clause(oldText, d.start, d.end), clause(newText, n.start, n.end)
		if dice(grams(withoutDigits(oldClause)), grams(withoutDigits(newClause))) < ClauseFloor {
			return false // two different things that happen to sit in one change
		}
		out = append(out, NumberChange{
			From:       d.text,
			To:         n.text,
			Context:    newClause,
			OldContext: oldClause,
			Section:    *p.To,
		})
		at = append(at, n.start)
		return true
	}
	// figures left over, with the number of sentence ends in the equal
	// text before their run
	type left struct {
		f      figure
		breaks int
	}
	var leftA, leftB []left
	breaks := 0
	ia, ib := 0, 0 // positions in oldText, newText
	runA, runB := -1, -1
	flush := func() {
		if runA < 0 {
			return
		}
		dels := overlapping(figsA, runA, ia)
		inss := overlapping(figsB, runB, ib)
		usedA, usedB := make([]bool, len(dels)), make([]bool, len(inss))
		for _, pr := range pairFigures(dels, inss) {
			if emit(dels[pr[0]], inss[pr[1]]) {
				usedA[pr[0]], usedB[pr[1]] = true, true
			}
		}
		for k, d := range dels {
			if !usedA[k] {
				leftA = append(leftA, left{d, breaks})
			}
		}
		for k, n := range inss {
			if !usedB[k] {
				leftB = append(leftB, left{n, breaks})
			}
		}
		runA, runB = -1, -1
	}
	for _, o := range p.Diff {
		if o.Op == OpEqual || o.Ignored {
			flush()
			if o.Op == OpEqual {
				breaks += strings.Count(o.Text, "。") + strings.Count(o.Text, "；") + strings.Count(o.Text, "\n")
			}
			if o.Op != OpInsert {
				ia += len(o.Text)
			}
			if o.Op != OpDelete {
				ib += len(o.Text)
			}
			continue
		}
		if runA < 0 {
			runA, runB = ia, ib
		}
		if o.Op == OpDelete {
			ia += len(o.Text)
		} else {
			ib += len(o.Text)
		}
	}
	flush()
	// leftovers: same unit, same sentence (no sentence end in the equal
	// text between their runs)
	usedB := make([]bool, len(leftB))
	for _, d := range leftA {
		for k, n := range leftB {
			if usedB[k] || n.f.unit != d.f.unit || n.breaks != d.breaks {
				continue
			}
			if emit(d.f, n.f) {
				usedB[k] = true
				break
			}
		}
	}
	// in the order of the new text
	idx := make([]int, len(out))
	for k := range idx {
		idx[k] = k
	}
	sort.SliceStable(idx, func(x, y int) bool { return at[idx[x]] < at[idx[y]] })
	sorted := make([]NumberChange, len(out))
	for k, i := range idx {
		sorted[k] = out[i]
	}
	return sorted
}

// ClauseFloor is the least similarity of the clauses around an old and a
// new figure, numbers left out, for them to count as one figure changed.
// "学生参与率达到93%" and "普惠性幼儿园覆盖率达到90.5%", side by side in
// a rewritten review, score 0.25; the same target reworded scores over 0.5.
const ClauseFloor = 0.4

// withoutDigits returns s without its digits.
func withoutDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, s)
}

// pairFigures pairs deleted and inserted figures: in order when there are
// as many of each, else in order among those of one unit.
func pairFigures(dels, inss []figure) [][2]int {
	var out [][2]int
	if len(dels) == len(inss) {
		for k := range dels {
			out = append(out, [2]int{k, k})
		}
		return out
	}
	used := make([]bool, len(inss))
	next := 0
	for k, d := range dels {
		for q := next; q < len(inss); q++ {
			if !used[q] && inss[q].unit == d.unit {
				used[q] = true
				next = q + 1
				out = append(out, [2]int{k, q})
				break
			}
		}
	}
	return out
}

// clause returns the clause of s around s[start:end]: from the mark that
// ends the clause before to the mark that ends this one, at most 30
// characters on each side.
func clause(s string, start, end int) string {
	const most = 30
	isStop := func(r rune) bool { return strings.ContainsRune("，。；：！？\n,;:!?", r) }
	i := start
	for n := 0; i > 0 && n < most; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if isStop(r) {
			break
		}
		i -= size
	}
	j := end
	for n := 0; j < len(s) && n < most; n++ {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isStop(r) {
			break
		}
		j += size
	}
	return strings.TrimSpace(s[i:j])
}
