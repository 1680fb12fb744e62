package compare

// Summary
//
// Compare aligns two documents and adds what a reader asks first: how much
// changed (counts per status, an overall similarity), which targets changed
// (ChangedNumbers) and which phrases are new or gone (NewTerms,
// DroppedTerms).
//
// Changed figures are read as quantities and paired by the indicator
// they measure (figures.go); merged and split sections are read against
// the section that holds their text now.
//
// Terms are in terms.go.

import (
	"slices"
	"strings"
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
	// length of their sections; added and removed sections count as 0,
	// and a pair whose diff holds no counted change as 1.
	// 1 means the same document.
	Similarity     float64        `json:"similarity"`
	ChangedNumbers []NumberChange `json:"changed_numbers"`
}

// A NumberChange is a figure that changed between the two documents, with
// its unit: 12所 -> 15所, 5%左右 -> 4.5%—5%.
type NumberChange struct {
	From string `json:"from"` // the old figure as written, unit and qualifiers included
	To   string `json:"to"`   // the new figure as written
	// Context is the clause of the new text that holds To; OldContext the
	// clause of the old text that held From.
	Context    string `json:"context"`
	OldContext string `json:"old_context"`
	// Section is the new section the number is in; OldSection the old one.
	Section    SectionRef  `json:"section"`
	OldSection *SectionRef `json:"old_section,omitempty"`
	// Indicator is the text before the new figure that names what is
	// measured (城镇新增就业, 居民消费价格涨幅控制在).
	Indicator string `json:"indicator"`
	// Unit is the unit of both figures, without magnitude (元, 人, %).
	Unit string `json:"unit"`
	// Old and New are the two figures read as quantities.
	Old Quantity `json:"old"`
	New Quantity `json:"new"`
	// Sentence is the sentence of the new text that holds To, OldSentence
	// the sentence of the old text that held From.
	Sentence    string `json:"sentence"`
	OldSentence string `json:"old_sentence"`
	// OldRole and Role say what each figure is: RoleTarget (a target
	// set: 预期目标, 力争, a plan's 左右) or RoleResult (what a year
	// achieved: 实际增长, a review's figure); empty when its words and its
	// part do not say. A target against a result (目标 6%左右 -> 实际
	// 5.2%) is no change of target.
	OldRole string `json:"old_role,omitempty"`
	Role    string `json:"role,omitempty"`
}

// Compare aligns a (old) and b (new), diffs every pair and summarizes. It
// never fails; nil documents count as empty. The result depends only on
// the documents and opt (see Diff for the timeout).
func Compare(a, b *corpus.Document, opt Options) *Report {
	var pa, pb []*prepared
	waitA := background(func() {
		if a != nil {
			pa = prepare(a)
		}
	})
	if b != nil {
		pb = prepare(b)
	}
	waitA()
	// Three things need no pairs, and the pairs need none of them: the
	// words of every section whose text is not in the other document word
	// for word (for the diffs or the terms: a text found whole in the other
	// document has no new terms and, if paired, no diff to run), cut on all
	// cores; the headings' words; and the figures of every section. They
	// are done while the sections are aligned.
	waitCut := background(func() {
		tokenize(distinct(pa, pb), opt.stopped)
		for _, p := range slices.Concat(pa, pb) {
			if opt.stopped() {
				return
			}
			p.headWords()
		}
	})
	var figs *sectionFigures
	var own []string // the documents' regions: no zone of their own
	var years [2]int
	for k, d := range []*corpus.Document{a, b} {
		if d != nil {
			own = append(own, d.Region)
			years[k] = reportYear(d)
		}
	}
	waitFigs := background(func() { figs = readFigures(pa, pb, own, years, opt.stopped) })
	pairs := alignPairs(pa, pb, opt)
	waitCut()
	// The terms need only the words, not the pairs: find them on another
	// core while the pairs are diffed. From here on the terms read only
	// words already cut (headings, and the texts not found whole in the
	// other document), and the diffs cut only other texts.
	var added, dropped []Term
	planSum := a != nil && b != nil && planSummary(a.Kind, b.Kind, a.Year, b.Year)
	// the collection's reports of the years before the newer one's
	// (collection.go); all of them when a report has no year
	before := 0
	if a != nil && b != nil && a.Year > 0 && b.Year > 0 {
		before = max(a.Year, b.Year)
	}
	waitTerms := background(func() { added, dropped = terms(pa, pb, opt.Collection, planSum, before, opt.stopped) })
	diffPairs(pairs, opt)
	var withFigures []*Pair // the pairs whose figures are read, in order
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
		sim := p.Similarity
		if p.from != nil && p.to != nil && !changed(p.Diff) {
			sim = 1 // equal but for what the options ignore
		}
		num += sim * size
		den += size
		switch {
		case p.from != nil && p.to != nil:
			withFigures = append(withFigures, p)
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
			withFigures = append(withFigures, &tmp)
		default:
			// an added or removed section pairs no figure of its own, but
			// its figures may be the other year's said in another part
			// (the year's results in the part's opening one year, in a
			// heading of their own the next): acrossSections reads them
			withFigures = append(withFigures, p)
		}
	}
	waitFigs()
	s.ChangedNumbers = changedFigures(withFigures, figs, opt.stopped)
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
	waitTerms()
	r.NewTerms, r.DroppedTerms = added, dropped
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

// clause returns the clause of s around s[start:end]: from the mark that
// ends the clause before to the mark that ends this one, at most 30
// characters on each side.
func clause(s string, start, end int) string {
	const most = 30
	isStop := func(r rune) bool { return strings.ContainsRune("，。；：！？\n,;:!?", r) }
	i, _ := backTo(s, start, most, isStop)
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
