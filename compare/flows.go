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
// paired, primarily or by a merge or split, or both at the top) of one
// kind (not a plan and a review: sameKind) that the sections' likeness
// left unlinked, or an item that
// went up a level (an item of a part paired at the top, and another
// part of the other report that has a counterpart of its own: the
// fiscal and monetary policy of the tasks' first item that the next
// report says in its part on the year's policy orientation, beside the
// tasks part), is linked when at least flowShare of either section's text flowed to the
// other, in flowVotes paragraphs or more, or in one long paragraph
// (flowLong characters: a topic of its own, such as the urbanisation
// paragraph that becomes a section the next year): one short paragraph
// alike is a shared sentence, not a merge. Two paragraphs that vote for
// each other, one long and the other at least half as long, are a topic
// that went whole from one section to the other, and link them however
// small a share of two long sections they are. A link that rests on one
// paragraph alone, or on one such pair, needs one of its votes to stand
// clear of the runner-up (flowClear): a long paragraph is a little like
// many others, and one barely ahead of the rest (a paragraph on
// decision-making that shares 科学民主决策 and 投资项目 with the next
// year's investment paragraph, and as many words with its own section's
// counterpart) did not go anywhere. When that one long paragraph's own
// vote is not clear and the clear vote is that of its best, a paragraph
// less than half as long, the short one must be on the topic throughout,
// not name it in one clause (passing: a poverty paragraph that ends on
// the resettlement of the shantytown works is clearly most like the next
// year's long shantytown paragraph, which went nowhere; a short income
// paragraph that the next year writes out at length did go). A topic
// that left a run-in paragraph (one of its 一是, 二是 … or bold-led
// topics) while the paragraph stayed is seen by pieceLinks (pieces.go),
// after the flows.

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

const (
	flowFloor  = 0.08 // least cosine of two paragraphs that vote
	flowChance = 3.0  // ... and this many times the median of all pairs
	flowMargin = 1.25 // over the best paragraph of any other section
	flowShare  = 0.3  // of a section's text, for a link
	flowVotes  = 2    // ... in this many paragraphs at least
	flowLong   = 250  // ... or one paragraph of this many characters
	flowShort  = 120  // a shorter topic that went whole: this many characters at least,
	flowSure   = 4.0  // ... this many times the best paragraph of any other section,
	flowSureAt = 0.2  // ... and a cosine of this much at least
	flowClear  = 1.5  // a flow of one paragraph (or one pair): a vote this many times its runner-up
)

// sure reports whether a paragraph's best match stands out beyond doubt:
// flowSureAt or more, and flowSure times the best of any other section.
func sure(b best2) bool {
	return b.sec >= 0 && b.best >= flowSureAt && b.best >= flowSure*b.second
}

// bestMatches takes the cosines of all pairs of units of a and b (their
// vectors va and vb, in sections secA and secB) one row at a time (a unit
// of a against all of b), never held together: each row gives its own
// best and runner-up, and adds to each column's best and runner-up so far.
// rowAt and colAt are the best unit itself (the first of equals), -1 for
// none. A pair that keep turns down counts as a cosine of 0; each row is
// handed to seen, when not nil, before that (flowLinks' histogram).
func bestMatches(va, vb []vector, secA, secB []int, w *weights, keep func(p, q int) bool, seen func(row []float64)) (rowBest []best2, rowAt []int, colBest []best2, colAt []int) {
	inv := invert(vb, len(w.idfs))
	row := make([]float64, len(vb))
	rowBest, colBest = make([]best2, len(va)), make([]best2, len(vb))
	for q := range colBest {
		colBest[q] = noBest
	}
	rowAt, colAt = fill(len(va), -1), fill(len(vb), -1)
	for p, v := range va {
		clear(row)
		inv.cosines(v, row)
		if seen != nil {
			seen(row)
		}
		rb := noBest
		for q, c := range row {
			if keep != nil && !keep(p, q) {
				c = 0
			}
			if c > rb.best {
				rowAt[p] = q
			}
			if c > colBest[q].best {
				colAt[q] = p
			}
			rb.add(c, secB[q])
			colBest[q].add(c, secA[p])
		}
		rowBest[p] = rb
	}
	return rowBest, rowAt, colBest, colAt
}

// flowLinks adds to pr the links that paragraph flows show.
func flowLinks(pa, pb []*prepared, w *weights, pr *pairing, addExtra func(i, j int, c float64)) {
	va, secA, sizeA := w.paragraphs(pa)
	vb, secB, sizeB := w.paragraphs(pb)
	if len(va) == 0 || len(vb) == 0 {
		return
	}
	textA, textB := paragraphTexts(pa), paragraphTexts(pb)
	var hist histogram
	rowBest, rowAt, colBest, colAt := bestMatches(va, vb, secA, secB, w, nil, hist.add)
	floor := math.Max(flowFloor, flowChance*hist.median())
	flowA := map[[2]int]int{} // text of old section i that went to new j
	flowB := map[[2]int]int{} // text of new section j that came from old i
	votesA, votesB := map[[2]int]int{}, map[[2]int]int{}
	// clearVote: the pairs of sections for which some paragraph's vote
	// stands flowClear times over its runner-up
	clearVote := map[[2]int]bool{}
	isClear := func(b best2) bool { return b.best >= flowClear*b.second }
	// shadowA and shadowB count the votes whose paragraph has a far better
	// match of its own in another section (shadowed)
	shadowA, shadowB := map[[2]int]int{}, map[[2]int]int{}
	// vote returns the section of the best paragraph, and whether it
	// votes: alike enough, and clearly better than the best paragraph of
	// any other section
	vote := func(b best2) (int, bool) {
		if b.sec < 0 || b.best < floor {
			return -1, false
		}
		return b.sec, b.best >= flowMargin*b.second
	}
	// a vote is shadowed when the paragraph it goes to has a match of its
	// own, flowMargin times as alike, in a section already paired with the
	// vote's: the energy paragraph of an ecology item that lists the
	// nuclear plants which the next year's infrastructure paragraph lists
	// too, beside the old infrastructure paragraph that the new one
	// continues, in the investment item paired with the new one
	// voteA and voteB: a paragraph that voted for the pair (the last)
	voteA, voteB := map[[2]int]int{}, map[[2]int]int{}
	for p := range va {
		if j, ok := vote(rowBest[p]); ok {
			k := [2]int{secA[p], j}
			voteA[k] = p
			flowA[k] += sizeA[p]
			votesA[k]++
			if isClear(rowBest[p]) {
				clearVote[k] = true
			}
			if q := rowAt[p]; colAt[q] >= 0 && secA[colAt[q]] != secA[p] && pr.match[secA[colAt[q]]] == j && colBest[q].best >= flowMargin*rowBest[p].best {
				shadowA[k]++
			}
		}
	}
	for q := range vb {
		if i, ok := vote(colBest[q]); ok {
			k := [2]int{i, secB[q]}
			voteB[k] = q
			flowB[k] += sizeB[q]
			votesB[k]++
			if isClear(colBest[q]) {
				clearVote[k] = true
			}
			if p := colAt[q]; rowAt[p] >= 0 && secB[rowAt[p]] != secB[q] && pr.back[secB[rowAt[p]]] == i && rowBest[p].best >= flowMargin*colBest[q].best {
				shadowB[k]++
			}
		}
	}
	// two paragraphs that vote for each other, one of them long and the
	// other at least half as long, are one topic that went whole from a
	// section to another, however long the rest of either section (moved);
	// so are two shorter ones (flowShort characters or more) that no
	// other section's paragraph comes near (sure: a block on the army and
	// its veterans that went from a livelihood item to the next year's
	// security item, both about 200 characters)
	//
	// A topic one report writes in two or three paragraphs and the other in
	// one is still whole: the paragraphs of one section that vote for the
	// same paragraph, their best, count as one (joinA, joinB: the social
	// management of a government item, a paragraph on the system and one on
	// petitions, that the next year's livelihood item says in one).
	joinA, joinB := make([]int, len(vb)), make([]int, len(va))
	for p, q := range rowAt {
		if _, ok := vote(rowBest[p]); ok && q >= 0 && colAt[q] >= 0 && secA[colAt[q]] == secA[p] {
			joinA[q] += sizeA[p]
		}
	}
	for q, p := range colAt {
		if _, ok := vote(colBest[q]); ok && p >= 0 && rowAt[p] >= 0 && secB[rowAt[p]] == secB[q] {
			joinB[p] += sizeB[q]
		}
	}
	moved := map[[2]int]bool{}
	for p, q := range rowAt {
		if q < 0 || colAt[q] != p {
			continue
		}
		na, nb := max(sizeA[p], joinA[q]), max(sizeB[q], joinB[p])
		if 2*min(na, nb) < max(na, nb) {
			continue
		}
		if long := max(na, nb) >= flowLong; !long && (min(na, nb) < flowShort || !sure(rowBest[p]) || !sure(colBest[q])) {
			continue
		}
		if _, ok := vote(rowBest[p]); !ok {
			continue
		}
		if _, ok := vote(colBest[q]); ok {
			moved[[2]int{secA[p], secB[q]}] = true
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
	linked := pr.links()
	// parents: the links of the pairing so far, primary or not (merged and
	// split parts pair their items too)
	parents := maps.Clone(linked)
	// pairedA and pairedB: the sections with a partner, primary or not
	pairedA, pairedB := make([]bool, len(pa)), make([]bool, len(pb))
	for k := range linked {
		pairedA[k[0]], pairedB[k[1]] = true, true
	}
	siblings := func(i, j int) bool {
		pi, pj := pa[i].parent, pb[j].parent
		if (pi < 0 && pj < 0) || (pi >= 0 && pj >= 0 && (pr.match[pi] == pj || parents[[2]int{pi, pj}])) {
			return true
		}
		// an item that went up: an item of a part paired at the top, and
		// another part of the other report that has a partner itself (not
		// the part's counterpart: an item said in its opening is absorbed)
		if pi >= 0 && pj < 0 && pa[pi].parent < 0 && pr.match[pi] >= 0 && pb[pr.match[pi]].parent < 0 && pr.match[pi] != j && pairedB[j] {
			return true
		}
		if pj >= 0 && pi < 0 && pb[pj].parent < 0 && pr.back[pj] >= 0 && pa[pr.back[pj]].parent < 0 && pr.back[pj] != i && pairedA[i] {
			return true
		}
		return false
	}
	consider := func(k [2]int) {
		i, j := k[0], k[1]
		if linked[k] || !siblings(i, j) || periodConflict(pa[i], pb[j]) || labelConflict(pa[i], pb[j]) || !sameKind(pa[i], pb[j]) {
			return
		}
		shareA := float64(flowA[k]) / float64(max(1, totA[i]))
		shareB := float64(flowB[k]) / float64(max(1, totB[j]))
		// one paragraph alone is a topic that flowed only when it is long
		// and not shadowed
		if votesA[k] < flowVotes && (flowA[k] < flowLong || shadowA[k] > 0) {
			shareA = 0
		}
		if votesB[k] < flowVotes && (flowB[k] < flowLong || shadowB[k] > 0) {
			shareB = 0
		}
		// one paragraph (or one pair of them) is a topic only when one of
		// the votes stands clear
		if votesA[k] < flowVotes && votesB[k] < flowVotes {
			if !clearVote[k] {
				return
			}
			// a share that rests on one long paragraph whose own vote is
			// not clear, with the clear vote of its best paragraph less
			// than half as long, needs that short one to be on the
			// topic throughout: a short paragraph that names the topic
			// in one clause (a poverty paragraph that ends on the
			// shantytown works) is clearly most like the long one, and
			// says nothing of where the long one went (passing)
			if shareB > 0 {
				if q := voteB[k]; !isClear(colBest[q]) && 2*sizeA[colAt[q]] < sizeB[q] && w.passing(textA[colAt[q]], va[colAt[q]], vb[q]) {
					shareB = 0
				}
			}
			if shareA > 0 {
				if p := voteA[k]; !isClear(rowBest[p]) && 2*sizeB[rowAt[p]] < sizeA[p] && w.passing(textB[rowAt[p]], vb[rowAt[p]], va[p]) {
					shareA = 0
				}
			}
		}
		if s := math.Max(shareA, shareB); s >= flowShare || moved[k] {
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
	// fits: two sections a piece link may join, as the flows above
	fits := func(i, j int) bool {
		return siblings(i, j) && !periodConflict(pa[i], pb[j]) && !labelConflict(pa[i], pb[j]) && sameKind(pa[i], pb[j])
	}
	pieceLinks(pa, pb, va, vb, w, linked, fits, floor, addExtra)
	gather(pa, pb, pr, linked, siblings, flowA, flowB, votesA, votesB, totA, totB, addExtra)
	pieceGather(pa, pb, va, vb, w, linked, fits, addExtra)
	loneSources(pa, pb, w, pr, flowChance*hist.median(), va, secA, sizeA, totA, rowBest, vb, secB, sizeB, totB, colBest, fits, addExtra)
	// a topic that left an item written as one long paragraph, sentence
	// by sentence (sentences.go)
	sentenceLinks(pa, pb, w, linked, fits, addExtra)
}

// loneShare is the least share of a lone item's paragraph text whose
// votes must go to the one sibling it is linked with (loneSources).
const loneShare = 2.0 / 3

// loneSources links an item that nothing links yet, under a part paired
// with a part of the other report, to the item of that part it grew from:
// a topic that one paragraph of an item says the next year writes as an
// item of its own (the risk paragraph of a stabilisation item that becomes
// the risk item, the culture paragraph of a livelihood item that becomes
// the culture item), and the other way round (an item whose topic shrank
// into a paragraph of a sibling). A topic rewritten so shares few words
// with the paragraph it grew from: its votes pass the flows' margin
// seldom, their floor (flowFloor) not always, and a single paragraph's
// vote stands alone. What links it is that it is an item with no partner
// at all, that its text and its heading point at one paragraph's section
// and that paragraph left it:
//   - loneShare of its paragraph text votes (at chance times the median,
//     floor) for one section, an item of its parent's partner, of the same
//     kind (fits), linked itself (it is not removed);
//   - of all paragraphs of the other report, the one most like its heading
//     is that section's, flowMargin over any other section's best;
//   - that paragraph is not said again where it was: its own best match
//     on our side is the lone item, or a section not linked with its own.
//
// A new item on an event of the year whose text is barely more like one
// sibling than the rest, its heading most like another, stays added; so
// does an item on a topic the other report names in a paragraph that its
// next version keeps (another report's item on market order, beside the
// reform item whose market-order paragraph stayed in its partner), an
// item whose votes part ways (three paragraphs, three sections), and a
// part with items of its own.
func loneSources(pa, pb []*prepared, w *weights, pr *pairing, floor float64, va []vector, secA, sizeA, totA []int, rowBest []best2,
	vb []vector, secB, sizeB, totB []int, colBest []best2, fits func(i, j int) bool, addExtra func(i, j int, c float64)) {
	// the paragraphs' inverted indexes, built for the first candidate
	var invs [2]*inverted
	invOf := func(fromA bool) inverted {
		k, vs := 0, va
		if fromA {
			k, vs = 1, vb
		}
		if invs[k] == nil {
			v := invert(vs, len(w.idfs))
			invs[k] = &v
		}
		return *invs[k]
	}
	var tv textVectors
	// headAt returns the paragraph of the other report (inv, their
	// sections sec) most like the heading of section x (of us), when its
	// section stands flowMargin over any other section's best paragraph;
	// -1 when none does
	headAt := func(x *prepared, inv inverted, sec []int) int {
		row := make([]float64, len(sec))
		inv.cosines(tv.of(w, x.s.Heading), row)
		b, at := noBest, -1
		for q, c := range row {
			if c > b.best {
				at = q
			}
			b.add(c, sec[q])
		}
		if b.sec < 0 || b.best < flowMargin*b.second {
			return -1
		}
		return at
	}
	childrenA, childrenB := children(pa), children(pb)
	linked := pr.links()
	type source struct {
		i, j  int
		share float64
	}
	var add []source
	for _, fromA := range []bool{true, false} {
		us, them, sec, size, total, best, kids := pb, pa, secB, sizeB, totB, colBest, childrenB
		partner, secThem, bestThem := pr.back, secA, rowBest
		if fromA {
			us, them, sec, size, total, best, kids = pa, pb, secA, sizeA, totA, rowBest, childrenA
			partner, secThem, bestThem = pr.match, secB, colBest
		}
		partnered, linkedThem := linkedOn(linked, fromA), linkedOn(linked, !fromA)
		votes := make([]map[int]int, len(us))
		for q, x := range sec {
			if b := best[q]; b.sec >= 0 && b.best >= floor {
				if votes[x] == nil {
					votes[x] = map[int]int{}
				}
				votes[x][b.sec] += size[q]
			}
		}
		for x, p := range us {
			if partnered[x] || len(kids[x]) > 0 || p.parent < 0 || partner[p.parent] < 0 || total[x] == 0 {
				continue
			}
			y, most := -1, 0
			for s, v := range votes[x] {
				if v > most || v == most && s < y {
					y, most = s, v
				}
			}
			if y < 0 || float64(most) < loneShare*float64(total[x]) || them[y].parent != partner[p.parent] || !linkedThem[y] {
				continue
			}
			q := headAt(p, invOf(fromA), secThem)
			if q < 0 || secThem[q] != y {
				continue
			}
			k := source{x, y, round(float64(most) / float64(total[x]))}
			if !fromA {
				k.i, k.j = y, x
			}
			// the paragraph the heading names left its section: its best
			// match on our side is not in a section linked with y (the
			// topic is not said again where it was)
			if o := bestThem[q].sec; o >= 0 && o != x {
				l := [2]int{y, o}
				if fromA {
					l = [2]int{o, y}
				}
				if linked[l] {
					continue
				}
			}
			if fits(k.i, k.j) {
				add = append(add, k)
			}
		}
	}
	for _, k := range add {
		addExtra(k.i, k.j, k.share)
	}
}

// pieceGather links a section that the flows left with no partner at all
// to the siblings of the other report its topics came from (or went to),
// read piece by piece. An item that holds its topics as run-in lead
// phrases of one paragraph (深化重点领域改革。……。建好用好开放平台。……)
// gives the paragraph flows one vote, and an item that the next year made
// of topics from two older items (the reform topics of one, the opening-up
// topic of another) is no paragraph's best: its pieces (topicPieces) are.
// Each piece of the lone section votes as a paragraph does in the flows
// (alike at the floor, flowMargin over the best piece of any other
// section), and the siblings it votes for are linked with it as gather
// links sources: flowVotes pieces or one of flowLong characters each,
// gatherShare of the section each and flowShare together, one source
// being enough. Only a section with no partner, and with a paragraph cut
// in pieces, is read so: one that has a partner leaves its topics' moves
// to the flows and to pieceLinks, whose guards keep a list that the next
// report spreads over its items from being taken for splits.
func pieceGather(pa, pb []*prepared, va, vb []vector, w *weights, linked map[[2]int]bool, fits func(i, j int) bool, addExtra func(i, j int, c float64)) {
	if len(linkedOn(linked, true)) == len(pa) && len(linkedOn(linked, false)) == len(pb) {
		return // every section has a partner: no units to cut
	}
	ua, ub := w.units(pa, va), w.units(pb, vb)
	loneA, loneB := lonePieced(len(pa), ua, linked, true), lonePieced(len(pb), ub, linked, false)
	if len(loneA) == 0 && len(loneB) == 0 {
		return
	}
	C := cosines(unitVectors(ua), unitVectors(ub), len(w.idfs))
	var hist histogram
	for _, row := range C {
		hist.add(row)
	}
	floor := math.Max(flowFloor, flowChance*hist.median())
	// gatherFrom links lone section x of one side (its units own, the
	// other side's units other) with the sources its pieces vote for;
	// cos(k, l) is the cosine of own unit k and other unit l
	gatherFrom := func(x int, own, other []unit, cos func(k, l int) float64, link func(x, src int) [2]int) {
		flow, votes := map[int]int{}, map[int]int{}
		tot := 0
		for k, u := range own {
			if u.sec != x {
				continue
			}
			tot += u.size
			b := noBest
			for l, o := range other {
				b.add(cos(k, l), o.sec)
			}
			if b.sec < 0 || b.best < floor || b.best < flowMargin*b.second {
				continue
			}
			flow[b.sec] += u.size
			votes[b.sec]++
		}
		var srcs []int
		sum := 0
		for src, v := range flow {
			l := link(x, src)
			if linked[l] || !fits(l[0], l[1]) || votes[src] < flowVotes && v < flowLong || float64(v) < gatherShare*float64(tot) {
				continue
			}
			srcs = append(srcs, src)
			sum += v
		}
		if len(srcs) == 0 || float64(sum) < flowShare*float64(tot) {
			return
		}
		slices.Sort(srcs)
		for _, src := range srcs {
			l := link(x, src)
			linked[l] = true
			addExtra(l[0], l[1], round(float64(flow[src])/float64(tot)))
		}
	}
	for _, x := range loneA {
		gatherFrom(x, ua, ub, func(k, l int) float64 { return C[k][l] }, func(x, src int) [2]int { return [2]int{x, src} })
	}
	for _, x := range loneB {
		gatherFrom(x, ub, ua, func(k, l int) float64 { return C[l][k] }, func(x, src int) [2]int { return [2]int{src, x} })
	}
}

// linkedOn returns the sections of one side (A when fromA) that have a
// link in linked.
func linkedOn(linked map[[2]int]bool, fromA bool) map[int]bool {
	out := map[int]bool{}
	for l := range linked {
		if fromA {
			out[l[0]] = true
		} else {
			out[l[1]] = true
		}
	}
	return out
}

// lonePieced returns the sections (of n, on side A when fromA) that have no
// link in linked and hold a paragraph cut in pieces among us.
func lonePieced(n int, us []unit, linked map[[2]int]bool, fromA bool) []int {
	partnered := linkedOn(linked, fromA)
	pieced := make([]bool, n)
	for _, u := range us {
		if u.piece {
			pieced[u.sec] = true
		}
	}
	var out []int
	for x := range n {
		if !partnered[x] && pieced[x] {
			out = append(out, x)
		}
	}
	return out
}

// gather links a section left with no partner at all whose text came from
// several siblings of the other report, none of which holds flowShare of
// it alone, with each of them: an item of the year's tasks gathered from
// paragraphs of three older items (用改革的办法推进结构调整: the capacity
// paragraph of one item, the housing paragraph of another, the debt
// paragraph of a third) is their merge, not a new section. Together the sources must hold flowShare of the section's
// text, each in flowVotes paragraphs at least (or one of flowLong
// characters) and gatherShare of it; the other way round alike (an old
// item whose paragraphs went to several new ones).
func gather(pa, pb []*prepared, pr *pairing, linked map[[2]int]bool, siblings func(i, j int) bool,
	flowA, flowB, votesA, votesB map[[2]int]int, totA, totB []int, addExtra func(i, j int, c float64)) {
	partnered := func(k int, fromA bool) bool {
		for l := range linked {
			if fromA && l[0] == k || !fromA && l[1] == k {
				return true
			}
		}
		return false
	}
	// fits: two sections a piece link may join, as the flows above
	fits := func(i, j int) bool {
		return siblings(i, j) && !periodConflict(pa[i], pb[j]) && !labelConflict(pa[i], pb[j]) && sameKind(pa[i], pb[j])
	}
	for _, fromA := range []bool{true, false} {
		flow, votes, tot, n := flowB, votesB, totB, len(pb)
		if fromA {
			flow, votes, tot, n = flowA, votesA, totA, len(pa)
		}
		for x := 0; x < n; x++ {
			if tot[x] == 0 || partnered(x, fromA) {
				continue
			}
			var srcs [][2]int
			sum := 0
			for k, v := range flow {
				own := k[1]
				if fromA {
					own = k[0]
				}
				if own != x || votes[k] < flowVotes && v < flowLong || float64(v) < gatherShare*float64(tot[x]) || !fits(k[0], k[1]) {
					continue
				}
				srcs = append(srcs, k)
				sum += v
			}
			if len(srcs) < 2 || float64(sum) < flowShare*float64(tot[x]) {
				continue
			}
			slices.SortFunc(srcs, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
			for _, k := range srcs {
				linked[k] = true
				addExtra(k[0], k[1], round(float64(flow[k])/float64(tot[x])))
			}
		}
	}
}

// paragraphTexts returns the texts of the paragraphs that
// weights.paragraphs weighs, in its order.
func paragraphTexts(ps []*prepared) []string {
	var out []string
	for _, p := range ps {
		for _, line := range strings.Split(p.topic, "\n") {
			if utf8.RuneCountInString(line) >= minParagraph {
				out = append(out, line)
			}
		}
	}
	return out
}

// passing reports whether a paragraph (text, its vector v) names the
// topic of another (o) only in passing: its clauses (cut at 。 and ；)
// that are at least half as like o as the whole paragraph is hold less
// than half of its text.
func (w *weights) passing(text string, v, o vector) bool {
	whole := dot(v, o)
	var tv textVectors
	covered, n := 0, utf8.RuneCountInString(text)
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' }) {
		if 2*dot(tv.of(w, c), o) >= whole {
			covered += utf8.RuneCountInString(c)
		}
	}
	return 2*covered < n
}

// gatherShare is the least share of a gathered section's text (gather)
// that one of its sources must hold.
const gatherShare = 0.05

// best2 follows a list of cosines (each in a section) as they come: the
// greatest (the first of equals), its section, and the greatest of the
// other sections'. Cosines are never negative; a list of zeros has no
// best (sec -1). Start from noBest.
type best2 struct {
	best, second float64
	sec          int
}

var noBest = best2{sec: -1}

func (b *best2) add(c float64, sec int) {
	switch {
	case c > b.best:
		if sec != b.sec {
			// every cosine so far is at most the old best, which is of
			// another section (or there was none, and all were 0)
			b.second = b.best
		}
		b.best, b.sec = c, sec
	case sec != b.sec:
		b.second = math.Max(b.second, c)
	}
}
