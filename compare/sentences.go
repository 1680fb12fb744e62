package compare

import (
	"strings"
	"unicode/utf8"
)

// Sentence flows
//
// A report that writes each item as one long paragraph (a city's review
// items of 600 characters, one line each) gives the paragraph flows
// nothing to see when a topic of an item goes elsewhere: the paragraph
// is the whole item, and it votes for its own counterpart. The item's
// sentences still go where their topics go: the sentences on the people's
// congress's supervision and on clean government at the end of a review
// item on social harmony, that the next year gathers with others in an
// item of their own on democracy, law and civic virtue. sentenceLinks
// links two sections (siblings of one kind, as the flows: fits) that no
// link joins yet when sentVotes sentences or more of one and as many of
// the other are each other's best sentence, clearly (flowMargin over the
// best sentence of any other section) and closely (sentFloor: sentences
// said again in other words, not two that share a formula), and these
// sentences hold sentShare of either section's text. A sentence looks for
// its best among the sections of its own kind only (sameKind): the review
// sentence on the congress's supervision is said again in last year's
// plan item on the government's conduct, which is not where it went.
// Sentences are cut at 。！？ and are sentMin characters or more: shorter
// ones are formulas (政风行风明显好转) that every year repeats.
//
// Measured on the 驻马店 reports of 2004-2010 (/work/probes/r80e, scored
// without a collection): recall 0.947 -> 0.965 (two splits of one-paragraph
// review items found), no wrong pair added; the shares of the true links
// there were 0.30 and 0.35, of the candidates the gold rejects 0.14 and
// under. The dev alignments gain no candidate at all.
const (
	sentMin   = 15
	sentVotes = 2
	sentFloor = 0.3
	sentShare = 0.25
)

// sentenceUnits cuts the texts of ps into sentences: their vectors, their
// sections and their lengths.
func (w *weights) sentenceUnits(ps []*prepared) (vs []vector, sec []int, size []int, tot []int) {
	var tv textVectors
	tot = make([]int, len(ps))
	for i, p := range ps {
		for _, s := range strings.FieldsFunc(p.topic, func(r rune) bool { return r == '。' || r == '！' || r == '？' || r == '\n' }) {
			n := utf8.RuneCountInString(s)
			tot[i] += n
			if n < sentMin {
				continue
			}
			vs, sec, size = append(vs, tv.of(w, s)), append(sec, i), append(size, n)
		}
	}
	return vs, sec, size, tot
}

// sentenceLinks adds the links that sentence flows show (see above).
func sentenceLinks(pa, pb []*prepared, w *weights, linked map[[2]int]bool, fits func(i, j int) bool, addExtra func(i, j int, c float64)) {
	va, secA, sizeA, totA := w.sentenceUnits(pa)
	vb, secB, sizeB, totB := w.sentenceUnits(pb)
	if len(va) == 0 || len(vb) == 0 {
		return
	}
	// a sentence's best among the sections of its own kind only
	sameKinds := func(p, q int) bool { return sameKind(pa[secA[p]], pb[secB[q]]) }
	rowBest, rowAt, colBest, colAt := bestMatches(va, vb, secA, secB, w, sameKinds, nil)
	clearBest := func(b best2) bool { return b.sec >= 0 && b.best >= sentFloor && b.best >= flowMargin*b.second }
	n := map[[2]int]int{}
	inA, inB := map[[2]int]int{}, map[[2]int]int{}
	var order [][2]int
	for p, q := range rowAt {
		if q < 0 || colAt[q] != p || !clearBest(rowBest[p]) || !clearBest(colBest[q]) {
			continue
		}
		k := [2]int{secA[p], secB[q]}
		if n[k] == 0 {
			order = append(order, k)
		}
		n[k]++
		inA[k] += sizeA[p]
		inB[k] += sizeB[q]
	}
	for _, k := range order {
		i, j := k[0], k[1]
		if linked[k] || n[k] < sentVotes || !fits(i, j) {
			continue
		}
		share := max(float64(inA[k])/float64(max(1, totA[i])), float64(inB[k])/float64(max(1, totB[j])))
		if share < sentShare {
			continue
		}
		linked[k] = true
		addExtra(i, j, round(share))
	}
}
