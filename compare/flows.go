package compare

// Paragraph flows
//
// A section split in two, or two merged into one, resembles each of its
// counterparts only in part, and often less than it resembles a sibling as
// a whole: the merge is seen better paragraph by paragraph. Every
// paragraph (a line of minParagraph characters or more) of one document
// looks for its most alike paragraph in the other; when that one is
// clearly the best (flowMargin over the best paragraph of any other
// section) and alike enough (flowChance times the median of all pairs of
// paragraphs, and flowFloor), the paragraph's length counts as text that
// flowed between the two sections. A pair of siblings (their parents
// paired, or both at the top) that the sections' likeness left unlinked
// is linked when at least flowShare of either section's text flowed to the
// other, in flowVotes paragraphs or more: one paragraph alike is a shared
// sentence, not a merge.

import "math"

const (
	flowFloor  = 0.08 // least cosine of two paragraphs that vote
	flowChance = 3.0  // ... and this many times the median of all pairs
	flowMargin = 1.25 // over the best paragraph of any other section
	flowShare  = 0.3  // of a section's text, for a link
	flowVotes  = 2    // ... in this many paragraphs at least
)

// flowLinks adds to pr the links that paragraph flows show.
func flowLinks(pa, pb []*prepared, w *weights, pr *pairing, addExtra func(i, j int, c float64)) {
	va, secA, sizeA := w.paragraphs(pa)
	vb, secB, sizeB := w.paragraphs(pb)
	if len(va) == 0 || len(vb) == 0 {
		return
	}
	cs := cosines(va, vb, len(w.idfs))
	floor := math.Max(flowFloor, flowChance*median(cs))
	flowA := map[[2]int]int{} // text of old section i that went to new j
	flowB := map[[2]int]int{} // text of new section j that came from old i
	votesA, votesB := map[[2]int]int{}, map[[2]int]int{}
	vote := func(row []float64, sec []int) (int, bool) {
		best, bi := 0.0, -1
		for k, c := range row {
			if c > best {
				best, bi = c, k
			}
		}
		if bi < 0 || best < floor {
			return -1, false
		}
		second := 0.0
		for k, c := range row {
			if sec[k] != sec[bi] {
				second = math.Max(second, c)
			}
		}
		return sec[bi], best >= flowMargin*second
	}
	for p := range va {
		if j, ok := vote(cs[p], secB); ok {
			flowA[[2]int{secA[p], j}] += sizeA[p]
			votesA[[2]int{secA[p], j}]++
		}
	}
	col := make([]float64, len(va))
	for q := range vb {
		for p := range va {
			col[p] = cs[p][q]
		}
		if i, ok := vote(col, secA); ok {
			flowB[[2]int{i, secB[q]}] += sizeB[q]
			votesB[[2]int{i, secB[q]}]++
		}
	}
	textSize := func(ps []*prepared, sec []int, size []int) []int {
		out := make([]int, len(ps))
		for k, s := range sec {
			out[s] += size[k]
		}
		return out
	}
	totA, totB := textSize(pa, secA, sizeA), textSize(pb, secB, sizeB)
	linked := map[[2]int]bool{}
	for i, j := range pr.match {
		if j >= 0 {
			linked[[2]int{i, j}] = true
		}
	}
	for _, l := range pr.extra {
		linked[[2]int{l.i, l.j}] = true
	}
	siblings := func(i, j int) bool {
		pi, pj := pa[i].parent, pb[j].parent
		return (pi < 0 && pj < 0) || (pi >= 0 && pj >= 0 && pr.match[pi] == pj)
	}
	consider := func(k [2]int) {
		i, j := k[0], k[1]
		if linked[k] || !siblings(i, j) || periodConflict(pa[i], pb[j]) {
			return
		}
		shareA := float64(flowA[k]) / float64(max(1, totA[i]))
		shareB := float64(flowB[k]) / float64(max(1, totB[j]))
		if votesA[k] < flowVotes {
			shareA = 0
		}
		if votesB[k] < flowVotes {
			shareB = 0
		}
		if s := math.Max(shareA, shareB); s >= flowShare {
			linked[k] = true
			addExtra(i, j, round(s))
		}
	}
	for k := range flowA {
		consider(k)
	}
	for k := range flowB {
		consider(k)
	}
}
