package compare

// Section alignment
//
// Align pairs the sections of an old and a new document. Headings get
// renamed, renumbered and reworded from year to year, sections move, merge,
// split, appear and disappear, so neither headings nor positions alone can
// pair them. Every section is scored against every other on its heading
// and its text together, the best one-to-one assignment is solved, and
// order is checked afterwards:
//
//  1. Score. Both heading (numbering stripped: "（三）" and "3." say where,
//     not what) and text become multisets of character bigrams, with
//     punctuation and spaces out and every digit read as 0 (a changed
//     target must not make a section look new). The score is a weighted
//     mean of the two Dice coefficients: the text weighs up to 0.75 when
//     both sections have some (40 bigrams or more), less when they have
//     little, nothing when neither has any. Sections of different levels
//     lose a fifth of their score, so that levels are respected unless the
//     text says clearly that the structure changed. A tiny bonus for
//     similar relative positions breaks ties in favour of reading order.
//  2. Assign. The Hungarian method maximizes the total score over
//     one-to-one pairings; pairs under PairFloor stay unpaired (added,
//     removed). The assignment is then solved once more with what the
//     first round says about structure: a small bonus for pairs whose
//     parents were paired together, which settles sections with generic
//     headings ("主要措施") under renamed parents, and up to 0.4 for pairs
//     whose children were paired across, so that a heading-only section
//     renamed from end to end (坚持工业强县… -> 加快发展新质生产力…) still
//     pairs. Similarity stays the sections' own score.
//  3. Order. Sections are ordered among their siblings. A pair is moved
//     when it left the parent it had (its old parent is paired with some
//     other section than its new parent), or when, among the pairs that
//     kept their parent, it is not on the longest run that kept its
//     order. When two such runs are equally long, the sections that went
//     up are the moved ones: an author moves a section up on purpose and
//     the others go down as a consequence. A moved section's children go
//     with it and are not marked moved themselves. Renumbering alone is
//     not a change: a pair whose headings differ only in their numbers and
//     whose texts are equal is unchanged (its diff still shows the number).
//  4. Merges and splits. A removed section whose text lies for a large
//     part (Containment) inside one new section was merged into it; an
//     added section whose text comes largely from one old section was
//     split from it. Only structural neighbours count (the other section's
//     partner must be a sibling or the parent), or a plan item dropped one
//     year would turn up "merged" into next year's review of the work done
//     on it. A heading-only section merged or split when most of its
//     children went under one section of the other document. The status
//     stays removed or added, and Related names the other section.
//
// Then every pair gets its diff. The heading and the text are diffed
// apart and joined, so a renamed heading shows word by word even when the
// text was rewritten. A text whose similarity is under RewriteFloor is
// shown rewritten (one delete, one insert) without running the diff.
//
// Cost: the text bigrams of all pairs of sections are counted through an
// inverted index (only shared bigrams cost anything), headings are merged
// pair by pair, and the assignment is O(n³) on n sections: a few
// milliseconds for two 20,000-character reports of ~150 sections. The
// costly part is gse, which cuts the texts into words on all cores.

import (
	"math"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/govreport/govreport/corpus"
)

// Status names.
const (
	Unchanged = "unchanged"
	Changed   = "changed"
	Moved     = "moved"
	Added     = "added"
	Removed   = "removed"
)

// Relation names, for Pair.Relation.
const (
	MergedInto = "merged_into" // a removed section whose text went into Related
	SplitFrom  = "split_from"  // an added section whose text came from Related
)

// Thresholds of the alignment, set on the sample corpus, whose CHANGES.md
// lists what was changed on purpose: there, the sections CHANGES.md pairs
// score 0.3 and up on their own (most over 0.6; heading-only sections
// renamed from end to end pair through their children), unrelated
// sections stay under the floor, a dropped section's text lies at most 0.3
// inside a neighbour of the other document, a merged one's 0.4 and up.
const (
	// PairFloor is the least score for two sections to be paired.
	PairFloor = 0.3
	// RewriteFloor is the least similarity of two texts for them to be
	// diffed word by word; under it a pair's text is shown rewritten.
	RewriteFloor = 0.2
	// Containment is the share of a section's bigrams that must lie in one
	// section of the other document for a merge or split to be reported.
	Containment = 0.4
)

// A SectionRef names a section in a Pair.
type SectionRef struct {
	ID      string   `json:"id"`
	Heading string   `json:"heading"`
	Path    []string `json:"path"` // headings of the ancestors, outermost first
}

// A Pair is one section of the old document matched with one of the new.
type Pair struct {
	// Status is unchanged, changed, moved, added or removed. Unchanged
	// means the same heading (numbering aside) and the same text (ignored
	// differences aside), in the same place. Moved wins over changed: a
	// moved section may also have changed, which its Similarity and Diff
	// show.
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
	// Relation and Related name, for a removed section, the new section it
	// was merged into (merged_into) and, for an added one, the old section
	// it was split from (split_from).
	Relation string      `json:"relation,omitempty"`
	Related  *SectionRef `json:"related_section,omitempty"`

	// from, to and rel are the sections themselves, for Compare.
	from, to, rel *prepared
}

// prepared is a section with what scoring and diffing need.
type prepared struct {
	s       *corpus.Section
	n       int    // position in its document
	parent  int    // position of its parent in its document, -1 if none
	head    string // heading without numbering
	hgrams  []uint64
	tgrams  []uint64 // of the text
	heading string   // heading as diffed: s.Heading plus a line break if text follows
	hwords  []word   // words of heading, computed on demand
	twords  []word   // words of s.Text, computed on demand
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

// numbering matches the numbering at the start of a heading: 一、 （一）
// 〔一〕 1. 1、 （1） ① 第一章 and their full-width forms.
var numbering = regexp.MustCompile(`^\s*(?:第[一二三四五六七八九十百零〇两\d０-９]+(?:章|节|部分|篇|条)|[（(〔\[][一二三四五六七八九十百零〇\d０-９]+[）)〕\]]|[一二三四五六七八九十百零〇]+[、.．，,]|[\d０-９]+[、.．，,)）]|[\d０-９]+\s|[①-⑳])\s*`)

// stripNumbering returns heading without its leading number.
func stripNumbering(heading string) string {
	return strings.TrimSpace(numbering.ReplaceAllString(heading, ""))
}

// grams returns the sorted multiset of character bigrams of s, letters
// folded to lower case, digits read as '0', everything but letters and
// digits left out. A text of one such character gives that character alone.
func grams(s string) []uint64 {
	var rs []rune
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
	var g []uint64
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
	for i := range d.Sections {
		s := &d.Sections[i]
		p := &prepared{s: s, n: i, parent: -1}
		p.head = stripNumbering(s.Heading)
		p.hgrams = grams(p.head)
		p.tgrams = grams(s.Text)
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
		if s.Level > 0 {
			stack = append(stack, i)
		}
		ps[i] = p
	}
	return ps
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
// (at the start if there is none). Every section of a and of b is in
// exactly one pair. Align is deterministic: the same documents and options
// give the same pairs. A nil document counts as one without sections.
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
	na, nb := len(pa), len(pb)
	td := textDice(pa, pb)
	base := make([][]float64, na)
	for i := range pa {
		base[i] = make([]float64, nb)
		for j := range pb {
			base[i][j] = scoreWith(pa[i], pb[j], td[i][j])
		}
	}
	// tie-breaker: closeness of relative positions, worth at most 0.01
	pos := func(i, j int) float64 {
		ri := float64(i+1) / float64(na+1)
		rj := float64(j+1) / float64(nb+1)
		return 0.01 * (1 - math.Abs(ri-rj))
	}
	gain := make([][]float64, na)
	for i := range gain {
		gain[i] = make([]float64, nb)
		for j := range gain[i] {
			if base[i][j] >= PairFloor {
				gain[i][j] = base[i][j] + pos(i, j)
			}
		}
	}
	match := assign(gain)
	// Second round, with what the first says about structure: pairs whose
	// parents were paired together get a small bonus, and pairs whose
	// children were get up to 0.4 (the share of the smaller family that
	// was paired across), so that a heading-only section renamed from end
	// to end still pairs when its children did.
	childrenA, childrenB := children(pa), children(pb)
	eff := make([][]float64, na) // base score plus the children bonus
	for i := range gain {
		eff[i] = make([]float64, nb)
		for j := range gain[i] {
			eff[i][j] = base[i][j]
			if ca, cb := childrenA[i], childrenB[j]; len(ca) > 0 && len(cb) > 0 {
				n := 0
				for _, c := range ca {
					if match[c] >= 0 && pb[match[c]].parent == j {
						n++
					}
				}
				eff[i][j] += 0.4 * float64(n) / float64(min(len(ca), len(cb)))
			}
			gain[i][j] = 0
			if eff[i][j] < PairFloor {
				continue
			}
			g := eff[i][j] + pos(i, j)
			if pi, pj := pa[i].parent, pb[j].parent; pi >= 0 && pj >= 0 && match[pi] == pj {
				g += 0.05
			}
			gain[i][j] = g
		}
	}
	match = assign(gain)
	for i, j := range match {
		if j >= 0 && eff[i][j] < PairFloor {
			match[i] = -1
		}
	}
	back := make([]int, nb) // new section -> old, -1 if none
	for j := range back {
		back[j] = -1
	}
	for i, j := range match {
		if j >= 0 {
			back[j] = i
		}
	}

	moved := movedPairs(pa, pb, match, back)

	// Build the pairs in the reading order of b, with the removed sections
	// after the old section before them that kept its place.
	removedAfter := make(map[int][]int) // old position of the anchor (or -1) -> removed sections
	anchor := -1
	for i := range pa {
		if match[i] < 0 {
			removedAfter[anchor] = append(removedAfter[anchor], i)
		} else if !moved[i] {
			anchor = i
		}
	}
	pairs := make([]Pair, 0, na+nb)
	emitRemoved := func(anchor int) {
		for _, i := range removedAfter[anchor] {
			pairs = append(pairs, Pair{Status: Removed, From: pa[i].ref(), from: pa[i]})
		}
	}
	emitRemoved(-1)
	for j := range pb {
		i := back[j]
		if i < 0 {
			pairs = append(pairs, Pair{Status: Added, To: pb[j].ref(), to: pb[j]})
			continue
		}
		p := Pair{From: pa[i].ref(), To: pb[j].ref(), from: pa[i], to: pb[j], Similarity: round(base[i][j])}
		if moved[i] {
			p.Status = Moved
		}
		pairs = append(pairs, p)
		if !moved[i] {
			emitRemoved(i)
		}
	}

	relate(pairs, pa, pb, match, back)
	var need []*prepared
	for _, p := range pairs {
		if p.from != nil && p.to != nil {
			need = append(need, p.from, p.to)
		}
	}
	tokenize(need)
	for k := range pairs {
		fillDiff(&pairs[k], opt)
	}
	return pairs
}

// textDice returns the Dice coefficients of the texts of every section of
// pa with every section of pb. Rather than merging every pair of bigram
// lists, it walks the bigrams of each old section through an inverted
// index of the new ones, so that only bigrams the two have in common cost
// anything: about ten times faster on two 20,000-character reports.
func textDice(pa, pb []*prepared) [][]float64 {
	type posting struct{ j, n int }
	inv := make(map[uint64][]posting)
	for j, p := range pb {
		g := p.tgrams
		for k := 0; k < len(g); {
			e := k + 1
			for e < len(g) && g[e] == g[k] {
				e++
			}
			inv[g[k]] = append(inv[g[k]], posting{j, e - k})
			k = e
		}
	}
	out := make([][]float64, len(pa))
	common := make([]int, len(pb))
	for i, p := range pa {
		clear(common)
		g := p.tgrams
		for k := 0; k < len(g); {
			e := k + 1
			for e < len(g) && g[e] == g[k] {
				e++
			}
			for _, ps := range inv[g[k]] {
				common[ps.j] += min(e-k, ps.n)
			}
			k = e
		}
		out[i] = make([]float64, len(pb))
		for j, q := range pb {
			if n := len(p.tgrams) + len(q.tgrams); n == 0 {
				out[i][j] = 1
			} else {
				out[i][j] = 2 * float64(common[j]) / float64(n)
			}
		}
	}
	return out
}

// tokenize cuts the headings and texts of ps into words on all cores, for
// the diffs and the terms. gse is the costliest step of a comparison, and
// one segmenter may be read from many goroutines.
func tokenize(ps []*prepared) {
	var todo []*prepared
	for _, p := range ps {
		if (p.hwords == nil && p.heading != "") || (p.twords == nil && p.s.Text != "") {
			todo = append(todo, p)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	if workers <= 1 {
		for _, p := range todo {
			p.headWords()
			p.textWords()
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				k := int(next.Add(1)) - 1
				if k >= len(todo) {
					return
				}
				todo[k].headWords()
				todo[k].textWords()
			}
		})
	}
	wg.Wait()
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
	for j, p := range pb {
		if _, ok := groups[p.parent]; !ok {
			order = append(order, p.parent)
		}
		groups[p.parent] = append(groups[p.parent], j)
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
				moved[i] = true
			}
		}
		inOrder := longestInOrder(kept, back)
		for _, j := range kept {
			if !inOrder[j] {
				moved[back[j]] = true
			}
		}
	}
	return moved
}

// longestInOrder returns the members of the longest subsequence of js (new
// positions, increasing) whose old positions back[j] increase too. Among
// equally long ones it keeps the sections that went down, so that the ones
// left out, the moved ones, are those that went up.
func longestInOrder(js []int, back []int) map[int]bool {
	n := len(js)
	length := make([]int, n)
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
	for k := range js {
		length[k], drift[k], prev[k] = 1, k-oldRank[olds[k]], -1
		for q := 0; q < k; q++ {
			if olds[q] >= olds[k] {
				continue
			}
			l, d := length[q]+1, drift[q]+k-oldRank[olds[k]]
			if l > length[k] || (l == length[k] && d > drift[k]) {
				length[k], drift[k], prev[k] = l, d, q
			}
		}
	}
	best := -1
	for k := range js {
		if best < 0 || length[k] > length[best] || (length[k] == length[best] && drift[k] > drift[best]) {
			best = k
		}
	}
	in := make(map[int]bool, n)
	for k := best; k >= 0; k = prev[k] {
		in[js[k]] = true
	}
	return in
}

// relate finds merges (removed sections contained in a new one) and splits
// (added sections contained in an old one). Only structural neighbours are
// candidates: a removed section can have been merged only into a new
// section whose old partner was its sibling or its parent, and an added
// section split only from an old section whose new partner is its sibling
// or its parent. Without that rule, a plan item dropped one year turns up
// "merged" into the next year's review of what was done about it.
func relate(pairs []Pair, pa, pb []*prepared, match, back []int) {
	// near reports whether partner, a position in x's own document, is
	// x's parent or sibling.
	near := func(x *prepared, own []*prepared, partner int) bool {
		return partner >= 0 && (partner == x.parent || own[partner].parent == x.parent)
	}
	// where each section's text went: its partner, or what it was merged
	// into or split from
	went := func(partner []int, rel map[int]int, i int) int {
		if partner[i] >= 0 {
			return partner[i]
		}
		if r, ok := rel[i]; ok {
			return r
		}
		return -1
	}
	mergedTo, splitFrom := map[int]int{}, map[int]int{}
	defer func() {
		// A heading-only section (its text is in its children) merged or
		// split when most of its children went under one section of the
		// other document whose own partner is not it.
		childrenA, childrenB := children(pa), children(pb)
		for k := range pairs {
			p := &pairs[k]
			switch {
			case p.Status == Removed && p.Related == nil && len(p.from.tgrams) < 10:
				if j := family(childrenA[p.from.n], func(c int) int { return went(match, mergedTo, c) }, pb); j >= 0 {
					p.Relation, p.Related, p.rel = MergedInto, pb[j].ref(), pb[j]
				}
			case p.Status == Added && p.Related == nil && len(p.to.tgrams) < 10:
				if i := family(childrenB[p.to.n], func(c int) int { return went(back, splitFrom, c) }, pa); i >= 0 {
					p.Relation, p.Related, p.rel = SplitFrom, pa[i].ref(), pa[i]
				}
			}
		}
	}()
	for k := range pairs {
		p := &pairs[k]
		switch p.Status {
		case Removed:
			x := p.from
			if j := container(x, pb, func(j int) bool { return near(x, pa, back[j]) }); j >= 0 {
				p.Relation, p.Related, p.rel = MergedInto, pb[j].ref(), pb[j]
				mergedTo[x.n] = j
			}
		case Added:
			y := p.to
			if i := container(y, pa, func(i int) bool { return near(y, pb, match[i]) }); i >= 0 {
				p.Relation, p.Related, p.rel = SplitFrom, pa[i].ref(), pa[i]
				splitFrom[y.n] = i
			}
		}
	}
}

// family returns the position of the section of others into which all
// kids went, or else under which more than half of them went, or -1. went gives, for a child, its position in
// others (its partner, or what it was merged into or split from) or -1.
func family(kids []int, went func(int) int, others []*prepared) int {
	if len(kids) == 0 {
		return -1
	}
	// children that all went into one section: that section holds x's
	// text now; else the section under which most of them went
	into := went(kids[0])
	for _, c := range kids[1:] {
		if went(c) != into {
			into = -1
			break
		}
	}
	if into >= 0 {
		return into
	}
	votes := map[int]int{}
	for _, c := range kids {
		if j := went(c); j >= 0 && others[j].parent >= 0 {
			votes[others[j].parent]++
		}
	}
	best, bestVotes := -1, 0
	for j, v := range votes {
		if v > bestVotes || (v == bestVotes && j < best) {
			best, bestVotes = j, v
		}
	}
	if 2*bestVotes <= len(kids) {
		return -1
	}
	return best
}

// container returns the position of the section of others, among those
// for which ok is true, that holds the largest share of x's text bigrams,
// if that share is at least Containment and x has enough text to tell (10
// bigrams); otherwise -1.
func container(x *prepared, others []*prepared, ok func(int) bool) int {
	if len(x.tgrams) < 10 {
		return -1
	}
	best, bestShare := -1, 0.0
	for j, o := range others {
		if !ok(j) {
			continue
		}
		share := float64(common(x.tgrams, o.tgrams)) / float64(len(x.tgrams))
		if share > bestShare {
			best, bestShare = j, share
		}
	}
	if bestShare < Containment {
		return -1
	}
	return best
}

// fillDiff sets p.Diff, p.Rewritten and, for a pair left unmarked by
// alignment, the status: unchanged or changed.
func fillDiff(p *Pair, opt Options) {
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
	var ob opBuilder
	headOps, _ := diffWords(a.heading, b.heading, a.headWords(), b.headWords(), opt)
	for _, o := range headOps {
		ob.add(o.Op, o.Text, o.Ignored)
	}
	var textOps []Op
	switch {
	case a.s.Text == b.s.Text:
		textOps = rewritten(a.s.Text, b.s.Text)
		if a.s.Text != "" {
			textOps = []Op{{Op: OpEqual, Text: a.s.Text}}
		}
	case a.s.Text == "" || b.s.Text == "" || textSimilarity(a, b) < RewriteFloor:
		textOps = rewritten(a.s.Text, b.s.Text)
		p.Rewritten = a.s.Text != "" && b.s.Text != ""
	default:
		var truncated bool
		textOps, truncated = diffWords(a.s.Text, b.s.Text, a.textWords(), b.textWords(), opt)
		p.Rewritten = truncated
	}
	for _, o := range textOps {
		ob.add(o.Op, o.Text, o.Ignored)
	}
	p.Diff = ob.ops()
	if p.Diff == nil {
		p.Diff = []Op{}
	}
	if p.Status != "" {
		return // moved
	}
	p.Status = Unchanged
	if a.head != b.head || changed(textOps) {
		p.Status = Changed
	}
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
