package corpus

// Topics of long unheaded text
//
// Some reports speak for pages without a heading, a greeting or a lead:
// the old ones, read from start to end as one speech, move from industry
// to farming, trade, finance and schools with nothing but the words to
// mark it. When an outline is still short after the headings and the
// inferred parts, leads and points (infer.go), every run of paragraphs
// under one heading (or, with none, after the preamble) longer than
// tileSpan characters is cut where its vocabulary changes, as TextTiling
// does (Hearst 1997): each gap between two paragraphs is scored by the
// cosine of the Han character bigrams of the text on its two sides (up to
// tileWindow characters each), a gap's depth is how far that score falls
// below the nearest peaks on its left and its right, and the deepest gaps
// are cut, about one per tileSize characters, never leaving a piece
// shorter than tileMin. Each piece is a section one level below the
// heading above it (level 1 with none), headed by its first sentence as a
// part is (partHeading), and marked Inferred.
//
// A run of paragraphs that open with the points of one list (一是…, 二是…,
// 三是…) is never cut: the points are one list under the sentence that
// announces them (我们主要做了以下工作：), not headings, and a cut before
// one of them would head a section with it and leave the points before it
// in another.

import (
	"math"
	"slices"
	"strings"
)

const (
	tileSpan   = 3000 // characters: a longer run of paragraphs under one heading is cut
	tileSize   = 1500 // characters: the size of a piece aimed at
	tileMin    = 600  // characters: the smallest piece
	tileWindow = 1000 // characters of text compared on each side of a gap
	// tileParagraphs bounds the work: a run of more paragraphs than this
	// without a heading is no report to outline (a list, a dump), and is
	// left whole.
	tileParagraphs = 2000
)

// tileLong returns heads with the long runs of paragraphs under each of
// them (and, with none, all of ps) cut by topic (see above), when heads
// give a short outline; heads unchanged otherwise. ps are the paragraphs
// of the body after the preamble, or all of them when heads hold it.
func tileLong(ps []paragraph, heads []headLine) []headLine {
	if !shortOutline(heads) || len(ps) < 2 {
		return heads
	}
	var out []headLine
	k := 0 // the next head to copy
	for i := 0; i < len(ps); {
		owner := -1 // the head whose text holds ps[i] (heads start at paragraphs); -1 with none
		for k < len(heads) && heads[k].start <= ps[i].start {
			out = append(out, heads[k])
			owner = len(out) - 1
			k++
		}
		end := len(ps)
		if k < len(heads) {
			end = i
			for end < len(ps) && ps[end].start < heads[k].start {
				end++
			}
		}
		if owner < 0 && len(heads) > 0 {
			i = max(end, i+1) // the preamble, before the first heading
			continue
		}
		for _, c := range topicCuts(ps[i:end]) {
			p := ps[i+c]
			heading := partHeading(p.text)
			h := headLine{style: "inferred", start: p.start, headEnd: p.start + p.lead + len(heading), level: 1, heading: heading, inferred: true}
			if owner >= 0 {
				o := out[owner]
				h.level = o.level + 1
				h.path = append(append([]string{}, o.path...), o.heading)
			}
			out = append(out, h)
		}
		i = max(end, i+1)
	}
	out = append(out, heads[k:]...)
	if len(out) < 2 {
		return heads
	}
	return out
}

// topicCuts returns the indexes of the paragraphs of span that open a
// piece, in order: none when span is no longer than tileSpan.
func topicCuts(span []paragraph) []int {
	total := 0
	for _, p := range span {
		total += p.runes
	}
	if total <= tileSpan || len(span) < 3 || len(span) > tileParagraphs {
		return nil
	}
	vecs := make([]map[uint64]int, len(span))
	for i, p := range span {
		vecs[i] = hanBigrams(p.text)
	}
	// sims[g] scores the gap before paragraph g (1 <= g < len(span))
	sims := make([]float64, len(span))
	for g := 1; g < len(span); g++ {
		left, right := map[uint64]int{}, map[uint64]int{}
		for j, n := g-1, 0; j >= 0 && n < tileWindow; j-- {
			addCounts(left, vecs[j])
			n += span[j].runes
		}
		for j, n := g, 0; j < len(span) && n < tileWindow; j++ {
			addCounts(right, vecs[j])
			n += span[j].runes
		}
		sims[g] = cosine(left, right)
	}
	type gap struct {
		at    int
		depth float64
	}
	var gaps []gap
	for g := 1; g < len(span); g++ {
		l := sims[g]
		for j := g - 1; j >= 1 && sims[j] >= l; j-- {
			l = sims[j]
		}
		r := sims[g]
		for j := g + 1; j < len(span) && sims[j] >= r; j++ {
			r = sims[j]
		}
		gaps = append(gaps, gap{g, l + r - 2*sims[g]})
	}
	// deepest first; the earlier gap first among equals
	slices.SortStableFunc(gaps, func(a, b gap) int {
		switch {
		case a.depth > b.depth:
			return -1
		case a.depth < b.depth:
			return 1
		}
		return 0
	})
	// before[i] is the number of characters of span before paragraph i
	before := make([]int, len(span)+1)
	for i, p := range span {
		before[i+1] = before[i] + p.runes
	}
	want := int(math.Round(float64(total)/tileSize)) - 1
	cuts := []int{0, len(span)}
	held := pointRunGaps(span)
	for _, g := range gaps {
		if len(cuts)-2 >= want {
			break
		}
		if held[g.at] {
			continue
		}
		at, _ := slices.BinarySearch(cuts, g.at)
		if before[g.at]-before[cuts[at-1]] < tileMin || before[cuts[at]]-before[g.at] < tileMin {
			continue
		}
		cuts = slices.Insert(cuts, at, g.at)
	}
	return cuts[1 : len(cuts)-1]
}

// pointRunGaps marks the gaps of span (gap g is before paragraph g) that
// fall in a run of paragraphs opening with the points of one list, 一是 then
// 二是 and on: from the gap before the first point to the gap before the
// last. A run needs two points at least; the paragraphs between two points
// (the text of the one before) are in it.
func pointRunGaps(span []paragraph) []bool {
	held := make([]bool, len(span)+1)
	first, last, next := -1, -1, 0
	flush := func() {
		for g := first; first >= 0 && g <= last && last > first; g++ {
			held[g] = true
		}
	}
	for i, p := range span {
		switch n := ordinalPoint(p.text); {
		case n == 1:
			flush()
			first, last, next = i, i, 2
		case n > 1 && n == next:
			last, next = i, next+1
		}
	}
	flush()
	return held
}

// ordinalPoint returns the number of the point of a list that opens t
// (一是, 二是, 十一是), or 0.
func ordinalPoint(t string) int {
	n, k := cnNumber(t)
	if n == 0 || !strings.HasPrefix(t[k:], "是") {
		return 0
	}
	return n
}

// hanBigrams counts the pairs of neighbouring Han characters of t.
func hanBigrams(t string) map[uint64]int {
	m := make(map[uint64]int)
	var prev rune
	for _, r := range t {
		if !IsHan(r) {
			prev = 0
			continue
		}
		if prev != 0 {
			m[uint64(prev)<<32|uint64(r)]++
		}
		prev = r
	}
	return m
}

func addCounts(dst, src map[uint64]int) {
	for k, v := range src {
		dst[k] += v
	}
}

// cosine returns the cosine of the angle between count vectors a and b, 0
// when either is empty.
func cosine(a, b map[uint64]int) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	var dot, na, nb float64
	for k, v := range a {
		dot += float64(v * b[k])
		na += float64(v * v)
	}
	for _, v := range b {
		nb += float64(v * v)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
