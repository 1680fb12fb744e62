package compare

// Pairing sections
//
// Which sections of two reports cover the same work is decided in passes
// over the weighted similarities of weigh.go (the cosine of the sections'
// tree vectors, with a share for their headings):
//
//  1. Structure first. The top-level sections of the two documents form
//     one group; the children of two linked sections form another, and so
//     on down. Within a group only relative evidence counts: two sections
//     are linked when each is the other's best in the group (a mutual
//     best), when one is clearly the other's best (margin over the
//     runner-up) and not far from the best of its own (clearShare), or
//     when each is nearly the other's best (nearBest); among the children
//     of paired sections, a section split among several (or merged from
//     several) also takes one more that is near its best and clearly more
//     like it than one it was split to already (furtherParts), whatever
//     that one's own best. So the review part
//     pairs with the review part and the plan with the plan whatever their
//     headings, and a plan item is never paired with a review paragraph
//     that happens to share its words. The links of a group make its
//     primary pairs, chosen by the Hungarian method among the links (order
//     breaking ties), and its merges and splits: the other links whose
//     texts alone, without their headings' share, stand above chance
//     (review headings cast in one formula, 城市建设取得新进展 and
//     改革开放取得新进展, are alike however unrelated their texts), eight
//     at most a section, the most alike first (maxSeconds: readers list
//     five partners at most).
//     Hubs: one report lists the year's tasks as items of one part, the
//     next as parts of their own, or lets a part become one item of the
//     tasks part. A section with children linked to several sections each
//     linked to it alone (hubGroups) pairs its children with theirs in one
//     group, and a childless one stands among its children, its link to
//     the hub dropped, when a child is its counterpart rather than the
//     hub: so the item 深化重点领域改革 pairs with the part
//     三、把改革开放推向深入 a level up, not 2024年重点工作 with every part
//     by likeness. A hub left with no link of its own then pairs with
//     the sections its items went to (hubsUp): 2024年重点工作 is split
//     among the parts that took up its items, not removed; unless a
//     section of the other report says what the hub's opening says (the
//     year's goals in a part of their own, beside tasks that are parts of
//     their own), which is then its counterpart (hubsOwn). A part with
//     items of its own merged into a hub (or split from one) keeps that
//     link only when one of its items found a partner among the hub's
//     items (emptyHubLinks): a part whose items went nowhere was merely
//     a little like a large part. The other way
//     down: a part with items of its own that the next report makes one
//     item of its tasks part, the items its paragraphs, pairs with that
//     item, its items merged into it, not with the tasks part that holds
//     the item (partsDown).
//     Items at the top: a file that holds only the tasks part of a report
//     has the items at its top level, beside nothing but the part's
//     opening, where the next report has its review and tasks parts. An
//     item more like the review than like the tasks part (the review tells
//     of every task) yet most like one of the tasks part's children of all
//     sections, and the mutual best of that child, goes down among those
//     children (hubs.descend), and the opening pairs with the part.
//  2. Absorbed, not moved. A child whose text is far more like the opening
//     text of its parent's counterpart than like a child there (under
//     absorbed of it) has no counterpart of its own: the other report says
//     it in its introduction (the county's economy in the review's opening
//     paragraph). It stays unpaired.
//  3. Leftovers. A section left unlinked in both documents is paired with
//     the leftover of the other document it is the mutual best of, when
//     that one is also its best of all sections, clearly better than the
//     other leftovers (margin; a part and its own items are no rivals of
//     each other: a new part that holds one item is that item's twin),
//     at most one level away, and not in a part
//     paired with another part: a section moved under another parent, a
//     level-2 item promoted to a part of its own, but never last year's
//     plan item with this year's review of it, nor a dropped item with an
//     appended glossary that names its terms among all others. A childless
//     section linked only as a second partner (merged or split) took that
//     link for want of its counterpart in its group: a leftover that is
//     its best of all sections, clearly more like it than those links,
//     pairs with it as leftovers do, and the links go (a part on the
//     government's conduct that the next report makes its last task item,
//     which its group had split from a reform item by a few words).
//  4. Children of one side. When one section of a pair has children and
//     the other none, and either the two are of different levels or the
//     parent has no text of its own, a child whose own text is most like
//     the childless section of all sections goes with it (split or
//     merged). A parent with an opening text of its own keeps its children
//     apart: the other report said in one text what this one says under
//     headings, and no heading was taken over.
//  5. Paragraph flows (flows.go): merges and splits seen paragraph by
//     paragraph that the sections' overall likeness missed, between
//     siblings or an item and a part a level up (the policy paragraphs of
//     a tasks item that the next report moves into its policy part).
//  6. Items at the top. In a file that holds only the tasks part, or a
//     report that reviews in an opening without heading and gives each
//     task a part of its own, most items went down among the items of the
//     next report's tasks part, each the other's primary partner; an item
//     left at the top is an item of the tasks too, and loses any link
//     with the next report's review (unlinkTopItems). The opening part
//     numbered as one (一、), paired with the other report's opening part,
//     is left its pair: a report reviews first.
//
// Headings that name different periods relative to their reports' years
// (2024年重点工作 in the 2024 report, 2024年工作回顾 in the 2025 one;
// 过去五年工作回顾 and 2004年主要任务) are never linked, nor are a section
// of a part that reviews past years and one of a part that plans the
// report's year (partKinds: 八、加强政府自身建设 of the 2009 tasks is not
// （五）政府自身建设不断加强 of the 2010 review). A part on a
// five-year plan or the coming term (十五五, 今后五年), which a report has
// only at the start of one, links with a part on one year only when
// neither has a counterpart of its own span (sameSpan), and its sections
// never pair with the year's otherwise: the year's tasks pair with the
// year's tasks, the plan's goals with nothing. Nor are two entries of a
// glossary (label headings, “一网统管”： and “一网协同”：) linked when they
// define different terms, whatever words their definitions share
// (labelConflict). Every link must also stand above chance: its similarity
// at least one and a half times the median similarity of all pairs of
// sections of the two documents and at least MinSimilarity, unless it is
// high on its own (HighSimilarity). Two unrelated documents have no links
// at all.

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
)

// HighSimilarity is the weighted similarity above which two sections are
// alike whatever the rest of the documents look like; MinSimilarity the
// least for any link, which the median of a few sections cannot tell
// (two short unrelated sections that share 加强 score about 0.03, two
// review items of different fields that share the words of one, 农村 and
// 农民 in a 三农 review and a social-security one, up to 0.05, the
// reworded counterparts of real reports 0.06 and up).
const (
	HighSimilarity = 0.3
	MinSimilarity  = 0.05
)

// Relative thresholds of the pairing (see above).
const (
	nearBest   = 0.6   // a near-best link: at least this share of both bests
	margin     = 1.25  // a one-sided best: at least this much over the runner-up
	clearShare = 0.3   // ... and at least this share of the other side's best
	chance     = 1.5   // a link: at least this many times the median similarity
	absorbed   = 0.5   // a child absorbed: under this share of its likeness to the opening text
	weakFloor  = 0.035 // a clear mutual best among siblings: at least this similarity
)

// A link is a pair of sections (old i, new j) that cover the same work,
// with how sure the pairing is.
type link struct {
	i, j int
	conf float64
	// second: a near link that is neither section's best in its group,
	// which may make a merge or split but not a primary pair (groupLinks)
	second bool
}

// pairing is the outcome of pairSections.
type pairing struct {
	match   []int     // old -> new primary partner, -1 if none
	back    []int     // new -> old primary partner, -1 if none
	conf    []float64 // by old position: confidence of its primary pair
	extra   []link    // merges and splits: links that are not primary
	sim     [][]float64
	aloneA  []float64 // by old position: confidence that it has no counterpart
	aloneB  []float64
	floorAt float64
}

// pairSections pairs the sections of pa with those of pb.
//
// It gives up when stopped reports true (the comparison is abandoned:
// Options.stopped), asked between the steps that can run long on two
// reports of many similar short sections: each group (and each row of its
// assignment), each round of leftovers, each section of the passes after
// them. A thousand such sections a side are about 3 s of CPU, a third in
// the Hungarian assignment of one group. The pairing it then returns is
// the part made so far: consistent, but not to be shown.
func pairSections(pa, pb []*prepared, opt Options, stopped func() bool) *pairing {
	stopped = latch(stopped)
	na, nb := len(pa), len(pb)
	w := weighSections(pa, pb, opt.Collection)
	pr := &pairing{match: fill(na, -1), back: fill(nb, -1), conf: make([]float64, na), sim: w.sim,
		aloneA: make([]float64, na), aloneB: make([]float64, nb)}
	if na == 0 || nb == 0 {
		return pr
	}
	S := w.sim
	// headings that name different periods (the report's year against the
	// year before) are never the same part: last year's plan is not this
	// year's review of it, however alike their words
	for i := range pa {
		for j := range pb {
			if periodConflict(pa[i], pb[j]) || otherYear(pa[i], pb[j]) {
				S[i][j] = 0
			}
		}
	}
	pr.floorAt = chance * median(S)
	// nor is a section of a review part the same as one of a plan part
	// (partKinds), which the floor does not count: the likeness of a plan
	// to the review of the year before is of the documents' kind
	for i := range pa {
		for j := range pb {
			if reviewAndPlan(pa[i], pb[j]) {
				S[i][j] = 0
			}
		}
	}
	// nor are two glossary entries that define different terms, whose
	// definitions may share many words (labelConflict)
	for i := range pa {
		for j := range pb {
			if labelConflict(pa[i], pb[j]) {
				S[i][j] = 0
			}
		}
	}
	above := func(s float64) bool { return s >= HighSimilarity || (s >= MinSimilarity && s >= pr.floorAt) }
	// nor is a part of the year's plan the other report's five-year part
	// when it has a counterpart of its own span there (spanApart)
	spanApart(pa, pb, S, above)
	// a link within a group, between the children of paired sections,
	// stands over chance measured on the cells that are not each other's
	// best (chanceMedian): in a short report the median of all cells is
	// the likeness of the true pairs themselves, over which half of them
	// cannot stand. A second partner (merge, split) and a section paired
	// across parents keep the floor of all cells.
	linkFloor := math.Min(pr.floorAt, chance*chanceMedian(S))
	aboveLink := func(s float64) bool { return s >= HighSimilarity || (s >= MinSimilarity && s >= linkFloor) }
	childrenA, childrenB := children(pa), children(pb)
	// weakLink: short items of two lists, under paired parents, that share
	// only a word or two of their own besides the words of every item
	// (提升, 服务, 水平) score under MinSimilarity; they link when their
	// headings alone stand above it, each the other's most alike among
	// the siblings xs and ys: the headings share the topic (医疗服务), not
	// a word of every report (工作, which a 三农 review item and a social
	// security one share)
	weakLink := func(i, j int, v float64, xs, ys []int) bool {
		h := w.head[i][j]
		if v < weakFloor || v < linkFloor || h < MinSimilarity {
			return false
		}
		for _, y := range ys {
			if w.head[i][y] > h {
				return false
			}
		}
		for _, x := range xs {
			if w.head[x][j] > h {
				return false
			}
		}
		return true
	}
	linked := map[[2]int]bool{}
	// addExtra adds a merge or split; however it was found (flows, a
	// child adopted, a hub gone up), none joins sections whose labels
	// conflict (labelConflict)
	addExtra := func(i, j int, c float64) {
		if labelConflict(pa[i], pb[j]) {
			return
		}
		if !linked[[2]int{i, j}] {
			linked[[2]int{i, j}] = true
			pr.extra = append(pr.extra, link{i: i, j: j, conf: c})
		}
	}

	// 1. groups, top down
	var tops [2][]int
	for i, p := range pa {
		if p.parent < 0 {
			tops[0] = append(tops[0], i)
		}
	}
	for j, p := range pb {
		if p.parent < 0 {
			tops[1] = append(tops[1], j)
		}
	}
	queue := []group{{xs: tops[0], ys: tops[1]}}
	// free keeps, of a group's members, those not paired yet: a group
	// opened by a merge or split may hold sections that another group
	// paired already
	free := func(ks, partner []int) []int {
		var out []int
		for _, k := range ks {
			if partner[k] < 0 {
				out = append(out, k)
			}
		}
		return out
	}
	// adopt handles a pair of which one section has children and the other
	// none: when the two are of different levels (a section promoted or
	// demoted) or the parent has no text of its own (all it says is in its
	// children), a child whose text is most like the childless section of
	// all sections of that document goes with it, split from it or merged
	// into it. A parent with an opening text of its own keeps its children
	// apart: the other document said in one text what this one says
	// under headings, and no heading was taken over.
	adopt := func(i, j int) {
		switch {
		case len(childrenA[i]) == 0 && len(childrenB[j]) > 0 && (pa[i].s.Level != pb[j].s.Level || len(w.textB[j].ids) == 0):
			for _, c := range childrenB[j] {
				if best, v, second := bestTwo(na, func(x int) float64 { return w.ownSim(x, c, false) }); best == i && above(v) {
					addExtra(i, c, round(1-second/v))
				}
			}
		case len(childrenB[j]) == 0 && len(childrenA[i]) > 0 && (pa[i].s.Level != pb[j].s.Level || len(w.textA[i].ids) == 0):
			for _, c := range childrenA[i] {
				if best, v, second := bestTwo(nb, func(y int) float64 { return w.ownSim(c, y, true) }); best == j && above(v) {
					addExtra(c, j, round(1-second/v))
				}
			}
		}
	}
	// hubs whose every link went to a leaf that stands among their
	// children: their counterparts are a level down, and they take no
	// leftover (pass 3), which their trees would all resemble
	dissolvedA, dissolvedB := map[int]bool{}, map[int]bool{}
	// hubExtras: merges into a hub, or splits from one, of a section
	// whose children joined the hub's children in one group
	var hubExtras [][2]int
	runGroups := func() {
		for len(queue) > 0 {
			if stopped() {
				queue = nil
				return
			}
			g := queue[0]
			queue = queue[1:]
			xs, ys := free(g.xs, pr.match), free(g.ys, pr.back)
			if len(xs) == 0 || len(ys) == 0 {
				continue
			}
			// the opening texts of the parents' partners, against which a
			// child must do better (pass 2)
			// among the children of paired sections, a clear mutual best
			// whose headings agree links under MinSimilarity too
			var weak func(i, j int, v float64) bool
			if len(g.openA) > 0 && len(g.openB) > 0 {
				weak = func(i, j int, v float64) bool { return weakLink(i, j, v, xs, ys) }
			}
			openX := func(i int) float64 {
				v := 0.0
				for _, q := range g.openB {
					v = math.Max(v, w.openSim(i, q, true))
				}
				return v
			}
			openY := func(j int) float64 {
				v := 0.0
				for _, q := range g.openA {
					v = math.Max(v, w.openSim(q, j, false))
				}
				return v
			}
			links := groupLinks(xs, ys, S, aboveLink, weak, openX, openY)
			if weak != nil {
				links = append(links, furtherParts(xs, ys, links, S, aboveLink, openX, openY)...)
			}
			links = sameSpan(xs, ys, links, pa, pb)
			links, hubs := hubGroups(w, xs, ys, links, S, above, pa, pb, childrenA, childrenB)
			links = hubs.descend(xs, ys, links, S, above, pa, pb, childrenA, childrenB)
			for _, i := range hubs.dissolvedA {
				dissolvedA[i] = true
			}
			for _, j := range hubs.dissolvedB {
				dissolvedB[j] = true
			}
			m := primaries(xs, ys, links, S, stopped)
			hubs.mergedOnly(xs, ys, links, m, pa, pb)
			var later []group
			seconds := boundSeconds(xs, ys, links, m, S, func(i, j int) bool {
				// a merge or split is of texts: headings alike in their
				// formula (城市建设取得新进展, 改革开放取得新进展) do
				// not make one
				return above(w.textShare(i, j, pa[i].head != "" && pb[j].head != "")) && !w.openingAndShell(i, j, pa, pb)
			})
			for k, l := range links {
				i, j := xs[l.i], ys[l.j]
				inHub := hubs.covers(i, j)
				if m[l.i] == l.j {
					pr.match[i], pr.back[j], pr.conf[i] = j, i, l.conf
					if !inHub {
						// the children of a primary pair, with what hubs
						// at either end add to them
						g := group{childrenA[i], childrenB[j], []int{i}, []int{j}}
						if h := hubs.byA[i]; h != nil {
							g.ys, g.openB, h.done = union(g.ys, h.ys), append(g.openB, h.openB...), true
						}
						if h := hubs.byB[j]; h != nil {
							g.xs, g.openA, h.done = union(g.xs, h.xs), append(g.openA, h.openA...), true
						}
						queue = append(queue, g)
					}
					if !hubs.wentDown(i, j) {
						adopt(i, j)
					}
					continue
				}
				if !seconds[k] {
					continue
				}
				addExtra(i, j, l.conf)
				if !inHub {
					later = append(later, group{childrenA[i], childrenB[j], []int{i}, []int{j}})
				} else {
					hubExtras = append(hubExtras, [2]int{i, j})
				}
			}
			for _, h := range hubs.all {
				if !h.done {
					queue = append(queue, h.group)
				}
			}
			// the children of a merge or split pair after those of the
			// primary pairs
			queue = append(queue, later...)
		}
	}
	runGroups()

	// 3. sections left over on both sides: moved to another parent, or
	// changed level; or children of paired parents whose likeness is under
	// MinSimilarity, short items of two lists that share few words, when
	// they are the clear mutual best of the leftovers (weakFloor)
	rootA, rootB := roots(pa), roots(pb)
	weakSiblings := func(i, j int) bool {
		ia, jb := pa[i].parent, pb[j].parent
		return ia >= 0 && jb >= 0 && pr.match[ia] == jb && weakLink(i, j, S[i][j], childrenA[ia], childrenB[jb])
	}
	// leftoverFits tells whether leftovers i and j, each the other's
	// best among the leftovers restA and restB, pair: the best of the
	// leftovers must be the best of all sections, on both sides, clearly
	// above the runner-up among the leftovers, and no more than one level
	// away; the runner-up is another section, not a part that holds the
	// best alone (a new part of one item is that item's twin) nor an item
	// of it (lineApart)
	leftoverFits := func(i, j int, restA, restB []int) bool {
		rowsApart, colsApart := lineApart(pa, i, restA), lineApart(pb, j, restB)
		if S[i][j] < maxOf(S[i]) || S[i][j] < colMax(S, j) || secondRatio(S, i, j, rowsApart, colsApart)*margin > 1 {
			return false
		}
		if d := pa[i].s.Level - pb[j].s.Level; d < -1 || d > 1 {
			return false
		}
		if !sameKind(pa[i], pb[j]) {
			return false
		}
		// never across paired parts: last year's plan item is not this
		// year's review paragraph, however alike their words; unless
		// the two are one item that changed parts (oneItem)
		if ra, rb := rootA[i], rootB[j]; pr.match[ra] >= 0 && pr.back[rb] >= 0 && pr.match[ra] != rb && !oneItem(pa[i], pb[j]) {
			return false
		}
		return true
	}
	takeLeftover := func(i, j int, restA, restB []int) {
		pr.match[i], pr.back[j] = j, i
		pr.conf[i] = round(1 - secondRatio(S, i, j, restA, restB))
		if len(childrenA[i]) > 0 && len(childrenB[j]) > 0 {
			queue = append(queue, group{childrenA[i], childrenB[j], []int{i}, []int{j}})
		}
		adopt(i, j)
	}
	// leftovers returns the sections of each report with no link of any
	// kind, hubs whose items went up aside
	leftovers := func() (restA, restB []int) {
		doneA, doneB := make([]bool, na), make([]bool, nb)
		for _, l := range pr.extra {
			doneA[l.i], doneB[l.j] = true, true
		}
		for i := range pa {
			if pr.match[i] < 0 && !doneA[i] && !dissolvedA[i] {
				restA = append(restA, i)
			}
		}
		for j := range pb {
			if pr.back[j] < 0 && !doneB[j] && !dissolvedB[j] {
				restB = append(restB, j)
			}
		}
		return restA, restB
	}
	for range 3 {
		if stopped() {
			return pr
		}
		restA, restB := leftovers()
		found := false
		for _, i := range restA {
			j := argmax(restB, func(j int) float64 { return S[i][j] })
			if j < 0 || pr.back[j] >= 0 || !(above(S[i][j]) || weakSiblings(i, j)) {
				continue
			}
			if argmax(restA, func(i2 int) float64 { return S[i2][j] }) != i {
				continue
			}
			if !leftoverFits(i, j, restA, restB) {
				continue
			}
			found = true
			takeLeftover(i, j, restA, restB)
		}
		if !found {
			break
		}
		runGroups()
	}
	// 3b. A childless section linked only as a second partner (merged
	// into or split from a section whose primary partner is another) took
	// that link for want of its counterpart in its group: a part that the
	// next report makes one item of its tasks part, its items no items of
	// the tasks part there (三、努力提高政府施政能力 of one year, then
	// （八）加强政府自身建设 among the next year's tasks, split from
	// （三）深化经济体制改革 by a few words of reform, 0.08 against 0.16
	// with the part). When a leftover of the other report is its best of
	// all sections, it the leftover's best among the leftovers, and
	// clearly (margin) more like it than every section it is a second
	// partner of, the two pair as leftovers do (leftoverFits), and its
	// second links go: they were the best of its group, not its
	// counterpart.
	secondOnly := func(k int, fromA bool) float64 {
		if fromA && (pr.match[k] >= 0 || len(childrenA[k]) > 0 || dissolvedA[k]) ||
			!fromA && (pr.back[k] >= 0 || len(childrenB[k]) > 0 || dissolvedB[k]) {
			return 0
		}
		v := 0.0
		for _, l := range pr.extra {
			if fromA && l.i == k || !fromA && l.j == k {
				v = math.Max(v, S[l.i][l.j])
			}
		}
		return v
	}
	for range 3 {
		found := false
		for _, fromA := range []bool{false, true} {
			n := nb
			if fromA {
				n = na
			}
			for k := range n {
				if stopped() {
					return pr
				}
				second := secondOnly(k, fromA)
				if second == 0 {
					continue
				}
				restA, restB := leftovers()
				var i, j int
				if fromA {
					i, restA = k, append(restA, k)
					j = argmax(restB, func(j int) float64 { return S[i][j] })
					if j < 0 || argmax(restA, func(i2 int) float64 { return S[i2][j] }) != i {
						continue
					}
				} else {
					j, restB = k, append(restB, k)
					i = argmax(restA, func(i int) float64 { return S[i][j] })
					if i < 0 || argmax(restB, func(j2 int) float64 { return S[i][j2] }) != j {
						continue
					}
				}
				if !above(S[i][j]) || S[i][j] < margin*second || !leftoverFits(i, j, restA, restB) {
					continue
				}
				pr.extra = slices.DeleteFunc(pr.extra, func(l link) bool { return fromA && l.i == i || !fromA && l.j == j })
				takeLeftover(i, j, restA, restB)
				found = true
			}
		}
		if !found {
			break
		}
		runGroups()
	}
	if stopped() {
		return pr
	}
	emptyHubLinks(hubExtras, childrenA, childrenB, pr)
	hubsOwn(pa, pb, w, childrenA, childrenB, dissolvedA, dissolvedB, pr, above)
	flowLinks(pa, pb, w, pr, addExtra)
	hubsUp(pa, pb, childrenA, childrenB, dissolvedA, dissolvedB, pr, addExtra)
	partsDown(pa, pb, childrenA, childrenB, S, pr)
	if stopped() {
		return pr
	}
	twinSources(pa, pb, S, pr, dissolvedA, dissolvedB, above, addExtra, stopped)
	if stopped() {
		return pr
	}
	unlinkTopItems(pa, pb, pr)

	// how sure an unpaired section is to have no counterpart: how far its
	// best similarity stands under the floor
	for i := range pa {
		if pr.match[i] < 0 {
			pr.aloneA[i] = 1 - math.Min(1, maxOf(S[i])/math.Max(pr.floorAt, 1e-9)/2)
		}
	}
	for j := range pb {
		if pr.back[j] < 0 {
			best := 0.0
			for i := range pa {
				best = math.Max(best, S[i][j])
			}
			pr.aloneB[j] = 1 - math.Min(1, best/math.Max(pr.floorAt, 1e-9)/2)
		}
	}
	slices.SortFunc(pr.extra, func(x, y link) int {
		if x.j != y.j {
			return x.j - y.j
		}
		return x.i - y.i
	})
	return pr
}

// twinSources gives a section that has no partner of its own but was
// merged from one section of the other report (split into one) the
// sibling of that section which is as like it: not clearly less like it
// (margin), above chance or no less like it than the one it took. A new
// item that gathers the opening half of one old item and the reform half
// of another (a city's （六）在关键领域发力 of one year, from （二）抓好
// 投资消费 and （五）深化改革 of the year before; a State Council task of
// 2014 on innovation and structure, from two parts of 2013) takes both, though
// each source has its own partner elsewhere: neither stands out as the
// one it came from, and a reader sets it beside both. The sibling must
// itself have a partner (it moved in part, it was not dropped) and stand
// at the level of the section taken. A hub whose items went up
// (dissolved) is no such section: its links are those of its items
// (hubsUp), not of its likeness, which is a large part's likeness to
// every part; the part beside them that took none of its items (the
// year's goals, beside the tasks parts that took the tasks) is not its
// source. A section takes maxSeconds second partners at most, the most
// alike first (strongestSeconds): in a report of one formula every sibling
// is a twin.
//
// It gives up, adding nothing, when stopped reports true between two
// sections.
func twinSources(pa, pb []*prepared, S [][]float64, pr *pairing, dissolvedA, dissolvedB map[int]bool, above func(float64) bool, addExtra func(i, j int, c float64), stopped func() bool) {
	type twin struct{ i, j int }
	var add []twin
	// one side: old sections into new section j (fromA) or old section
	// i split into new ones
	for _, fromA := range []bool{true, false} {
		n, own, other, hub := len(pb), pr.back, pa, dissolvedB
		if !fromA {
			n, own, other, hub = len(pa), pr.match, pb, dissolvedA
		}
		sim := func(k, x int) float64 { // k of the other side, x of this one
			if fromA {
				return S[k][x]
			}
			return S[x][k]
		}
		paired := func(k int) bool {
			if fromA {
				return pr.match[k] >= 0
			}
			return pr.back[k] >= 0
		}
		for x := range n {
			if own[x] >= 0 || hub[x] {
				continue
			}
			if stopped() {
				return
			}
			var took []int
			for _, l := range pr.extra {
				if fromA && l.j == x {
					took = append(took, l.i)
				}
				if !fromA && l.i == x {
					took = append(took, l.j)
				}
			}
			if len(took) == 0 {
				continue
			}
			src := took[0]
			for _, k := range took[1:] {
				if sim(k, x) > sim(src, x) {
					src = k
				}
			}
			best := sim(src, x)
			for k := range other {
				v := sim(k, x)
				if slices.Contains(took, k) || other[k].parent != other[src].parent || other[k].s.Level != other[src].s.Level ||
					!paired(k) || v*margin < best || !(above(v) || v >= best) {
					continue
				}
				if fromA {
					add = append(add, twin{k, x})
				} else {
					add = append(add, twin{x, k})
				}
			}
		}
	}
	// a section takes maxSeconds second partners at most, the most alike
	// first, counting those it has: in a report of one formula every
	// sibling of a source is its twin
	nA, nB := map[int]int{}, map[int]int{}
	for _, l := range pr.extra {
		nA[l.i]++
		nB[l.j]++
	}
	cands := make([][2]int, 0, len(add))
	for _, t := range add {
		if !labelConflict(pa[t.i], pb[t.j]) {
			cands = append(cands, [2]int{t.i, t.j})
		}
	}
	kept := strongestSeconds(cands, S, nA, nB)
	for _, t := range add {
		if kept[[2]int{t.i, t.j}] {
			addExtra(t.i, t.j, 0)
		}
	}
}

// emptyHubLinks drops the merges into a hub (and the splits from one)
// that none of the section's items took part in. A section with items of
// its own, linked to a hub of the other report (the one part that holds
// the year's tasks), has its items paired with the hub's items in one
// group; when not one of its items found a partner there, the likeness of
// the section to the hub was only that of a large part to everything: a
// 2005 part on the government's own conduct, whose six items went nowhere
// in the 2006 tasks, was not merged into them. Links made in groups
// only; primary pairs stay.
func emptyHubLinks(links [][2]int, childrenA, childrenB [][]int, pr *pairing) {
	if len(links) == 0 {
		return
	}
	linked := pr.links()
	below := func(kids [][]int, k int) []int {
		var out []int
		stack := slices.Clone(kids[k])
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			out = append(out, c)
			stack = append(stack, kids[c]...)
		}
		return out
	}
	drop := map[[2]int]bool{}
	for _, hl := range links {
		i, j := hl[0], hl[1]
		if pr.match[i] == j {
			continue
		}
		xs, ys := below(childrenA, i), below(childrenB, j)
		if len(xs) == 0 || len(ys) == 0 {
			continue // a childless section, or a hub of the other side: its link is not of items
		}
		took := false
		for _, x := range xs {
			for _, y := range ys {
				if linked[[2]int{x, y}] {
					took = true
				}
			}
		}
		if !took {
			drop[hl] = true
		}
	}
	if len(drop) > 0 {
		pr.extra = slices.DeleteFunc(pr.extra, func(l link) bool { return drop[[2]int{l.i, l.j}] })
	}
}

// hubsOwn pairs a hub whose items went to sections of the other report
// (dissolved) with the section there that says what its opening text
// says: one report gives the year's goals a part of their own and its
// tasks parts of their own (二、今年发展主要目标和下一步工作总体部署, then
// 三、…, 四、…), the next opens its tasks part with the year's goals
// (三、2021年重点工作：今年发展主要预期目标是……) before the items that
// continue those parts. The section must be a childless sibling of the
// hub's counterparts (at the top with it, or under paired parents), of
// its kind, left unpaired or paired only across spans (with a five-year
// part, which sameSpan leaves it when nothing else claims it) and less
// like that partner than like the hub's opening; and the two must be each
// other's best: the hub's opening more like it than like any other
// section of its report, and it more like the hub's opening than like the
// opening of any other section.
func hubsOwn(pa, pb []*prepared, w *weights, childrenA, childrenB [][]int, dissolvedA, dissolvedB map[int]bool, pr *pairing, above func(float64) bool) {
	siblings := func(i, j int) bool {
		pi, pj := pa[i].parent, pb[j].parent
		return (pi < 0 && pj < 0) || (pi >= 0 && pj >= 0 && pr.match[pi] == pj)
	}
	// own reports whether x of one side may take the hub h of the other:
	// x is childless, unpaired or paired across spans, and of h's kind
	own := func(i, j int, fromA bool) bool {
		if !siblings(i, j) || !sameKind(pa[i], pb[j]) || periodConflict(pa[i], pb[j]) || labelConflict(pa[i], pb[j]) {
			return false
		}
		if fromA { // the hub is i, the candidate j
			if len(childrenB[j]) > 0 || pr.back[j] >= 0 && pa[pr.back[j]].ahead == pb[j].ahead {
				return false
			}
			return pr.back[j] < 0 || w.openSim(i, j, false) > w.sim[pr.back[j]][j]
		}
		if len(childrenA[i]) > 0 || pr.match[i] >= 0 && pb[pr.match[i]].ahead == pa[i].ahead {
			return false
		}
		return pr.match[i] < 0 || w.openSim(i, j, true) > w.sim[i][pr.match[i]]
	}
	hasLink := func(k int, fromA bool) bool {
		if fromA && pr.match[k] >= 0 || !fromA && pr.back[k] >= 0 {
			return true
		}
		for _, l := range pr.extra {
			if fromA && l.i == k || !fromA && l.j == k {
				return true
			}
		}
		return false
	}
	pair := func(i, j int, conf float64) {
		if k := pr.match[i]; k >= 0 {
			pr.back[k] = -1
		}
		if k := pr.back[j]; k >= 0 {
			pr.match[k] = -1
		}
		pr.match[i], pr.back[j], pr.conf[i] = j, i, round(conf)
	}
	for _, j := range slices.Sorted(maps.Keys(dissolvedB)) {
		if hasLink(j, false) || len(w.textB[j].ids) == 0 {
			continue
		}
		i, v, second := bestTwo(len(pa), func(x int) float64 { return w.openSim(x, j, true) })
		if i < 0 || !above(v) || !own(i, j, false) {
			continue
		}
		if best, _, _ := bestTwo(len(pb), func(y int) float64 { return w.openSim(i, y, true) }); best != j {
			continue
		}
		pair(i, j, 1-second/v)
	}
	for _, i := range slices.Sorted(maps.Keys(dissolvedA)) {
		if hasLink(i, true) || len(w.textA[i].ids) == 0 {
			continue
		}
		j, v, second := bestTwo(len(pb), func(y int) float64 { return w.openSim(i, y, false) })
		if j < 0 || !above(v) || !own(i, j, true) {
			continue
		}
		if best, _, _ := bestTwo(len(pa), func(x int) float64 { return w.openSim(x, j, false) }); best != i {
			continue
		}
		pair(i, j, 1-second/v)
	}
}

// hubsUp pairs a hub that was left without a counterpart of its own,
// because its items went a level up (三、2014年重点工作, whose items are
// parts of their own in 2015), with the parts that took them up: the
// tasks part of one report is split among the tasks parts of the next
// (or they merge into it), as a reader sets them side by side. It takes
// only a hub with no link of its own and at least one child paired, all
// of whose paired children went to sections of the hub's level.
func hubsUp(pa, pb []*prepared, childrenA, childrenB [][]int, dissolvedA, dissolvedB map[int]bool, pr *pairing, addExtra func(i, j int, c float64)) {
	up := func(h int, fromA bool) []int {
		var kids []int
		var level int
		other := pb
		if fromA {
			kids, level = childrenA[h], pa[h].s.Level
		} else {
			kids, level, other = childrenB[h], pb[h].s.Level, pa
		}
		var out []int
		for _, c := range kids {
			for _, q := range pr.partners(c, fromA) {
				if other[q].s.Level != level {
					return nil
				}
				if !slices.Contains(out, q) {
					out = append(out, q)
				}
			}
		}
		slices.Sort(out)
		return out
	}
	for _, i := range slices.Sorted(maps.Keys(dissolvedA)) {
		if len(pr.partners(i, true)) == 0 {
			for _, j := range up(i, true) {
				addExtra(i, j, 0)
			}
		}
	}
	for _, j := range slices.Sorted(maps.Keys(dissolvedB)) {
		if len(pr.partners(j, false)) == 0 {
			for _, i := range up(j, false) {
				addExtra(i, j, 0)
			}
		}
	}
}

// partsDown pairs a part with items of its own that the other report
// makes one item, its items run together as that item's paragraphs (五、
// 深化改革和扩大开放 with （一）深化国有企业改革 … （四）提高利用外资水平,
// then （三）深化改革，扩大开放 of the next year's tasks part), with that
// item: a reader sets the part beside the item it became, not beside the
// tasks part that holds the item, which its tree resembles as every task
// does. The item must be childless, a level deeper than the part, and
// have taken two thirds at least of the part's items that have a
// counterpart, two at least (each item counts where its primary pair
// went, or the one section it was merged into); its own primary partner,
// if any, is one of them, and is then merged into it like the others. The
// part must be linked with nothing but the item's parent, and that parent
// must hold the items of two other parts at least: a tasks part, not the
// merge of the part with one peer (学前教育 and 义务教育 become
// 基础教育, each a section merged into it, their items the items of
// 基础教育). The parent, if it loses its partner, takes the section merged
// into it (split from it) that is most like it. A part whose items went
// to several items, none taking most of them, pairs so with the item that
// bears its name (namesake): the name is the evidence the votes would
// give (三、继续保持经济平稳较快发展, then （一）继续保持经济平稳较快发展).
// The other way round alike: an item that becomes a part with items of
// its own.
func partsDown(pa, pb []*prepared, childrenA, childrenB [][]int, S [][]float64, pr *pairing) {
	// where returns where section k of a (fromA) or b went: its primary
	// partner, or the one section it was merged into (split from); -1 if
	// none or several
	where := func(k int, fromA bool) int {
		ps := pr.partners(k, fromA)
		if len(ps) == 0 {
			return -1
		}
		if (fromA && pr.match[k] == ps[0]) || (!fromA && pr.back[k] == ps[0]) || len(ps) == 1 {
			return ps[0]
		}
		return -1
	}
	// gathers reports whether the children of p (of the other side than
	// x) continue the items of two siblings of x at least besides x
	gathers := func(p, x int, fromA bool) bool {
		var kids []int
		us := pa
		if fromA {
			kids = childrenB[p]
		} else {
			kids, us = childrenA[p], pb
		}
		others := map[int]bool{}
		for _, c := range kids {
			for _, q := range pr.partners(c, !fromA) {
				k := q
				for k >= 0 && us[k].parent != us[x].parent {
					k = us[k].parent
				}
				if k >= 0 && k != x {
					others[k] = true
				}
			}
		}
		return len(others) >= 2
	}
	// taken reports whether x is a part of its report (at the top) and p,
	// of the other report, the primary partner of another part: then p is
	// that part's counterpart, not x's, however few of its items it
	// gathers from parts beside x (the year's tasks part, paired with last
	// year's, that takes as one of its items the part on the government's
	// own conduct). An item's items that went to one item of another item
	// are a merge into that other item (the preschool item of a summary
	// that the next year tells as the first point of its basic-education
	// item), which gathers decides.
	taken := func(p, x int, fromA bool) bool {
		q, us := pr.back[p], pa
		if !fromA {
			q, us = pr.match[p], pb
		}
		return us[x].parent < 0 && q >= 0 && q != x && us[q].parent < 0
	}
	// adopt gives section k of a (fromA) or b, left without a primary
	// partner, the section merged into it (split from it) most like it
	adopt := func(k int, fromA bool) {
		best, bestS := -1, 0.0
		for n, l := range pr.extra {
			switch {
			case fromA && l.i == k && pr.back[l.j] < 0 && S[k][l.j] > bestS:
				best, bestS = n, S[k][l.j]
			case !fromA && l.j == k && pr.match[l.i] < 0 && S[l.i][k] > bestS:
				best, bestS = n, S[l.i][k]
			}
		}
		if best < 0 {
			return
		}
		l := pr.extra[best]
		pr.extra = slices.Delete(pr.extra, best, best+1)
		pr.match[l.i], pr.back[l.j], pr.conf[l.i] = l.j, l.i, l.conf
	}
	for _, fromA := range []bool{true, false} {
		us, them, kids, itsKids := pa, pb, childrenA, childrenB
		if !fromA {
			us, them, kids, itsKids = pb, pa, childrenB, childrenA
		}
		for x := range us {
			if len(kids[x]) < 2 {
				continue
			}
			votes := map[int]int{}
			linked := 0
			for _, c := range kids[x] {
				if len(pr.partners(c, fromA)) > 0 {
					linked++
				}
				if q := where(c, fromA); q >= 0 {
					votes[q]++
				}
			}
			y, most := -1, 0
			for q, v := range votes {
				if v > most || v == most && q < y {
					y, most = q, v
				}
			}
			conf, named := 0.0, false
			if y >= 0 && most >= 2 && 3*most >= 2*linked {
				conf = float64(most) / float64(linked)
			} else if y = namesake(us, them, x); y >= 0 {
				conf, named = 1, true
			}
			if conf == 0 || them[y].s.Level <= us[x].s.Level || len(itsKids[y]) > 0 {
				continue
			}
			i, j := x, y // old, new
			if !fromA {
				i, j = y, x
			}
			// the item's primary partner, if any, is one of the part's items
			own := pr.back[j]
			if !fromA {
				own = pr.match[i]
			}
			if own >= 0 && us[own].parent != x {
				continue
			}
			parent := them[y].parent
			if parent < 0 || !named && !gathers(parent, x, fromA) && !taken(parent, x, fromA) || slices.ContainsFunc(pr.partners(x, fromA), func(q int) bool { return q != parent }) {
				continue
			}
			// a part whose heading names the same year of its report as
			// the item's parent does of its own (2017年工作安排 and
			// 2018年重点工作安排: each the year's tasks) is that parent's
			// counterpart, however many of its items one old item's
			// halves make: the tasks part, not an item grown into a part
			if shareYear(us[x], them[parent]) {
				continue
			}
			lost := (fromA && pr.match[x] == parent) || (!fromA && pr.back[x] == parent)
			// the item's primary partner is merged into it (split from it)
			if own >= 0 {
				if fromA {
					pr.match[own] = -1
					pr.extra = append(pr.extra, link{i: own, j: j, conf: pr.conf[own]})
					pr.conf[own] = 0
				} else {
					pr.back[own] = -1
					pr.extra = append(pr.extra, link{i: i, j: own, conf: pr.conf[i]})
				}
			}
			// the part leaves the item's parent
			if lost && fromA {
				pr.back[parent] = -1
			}
			if lost && !fromA {
				pr.match[parent], pr.conf[parent] = -1, 0
			}
			pr.extra = slices.DeleteFunc(pr.extra, func(l link) bool {
				return (fromA && l.i == x && l.j == parent) || (!fromA && l.j == x && l.i == parent)
			})
			pr.match[i], pr.back[j], pr.conf[i] = j, i, round(conf)
			if lost {
				adopt(parent, !fromA)
			}
		}
	}
}

// namesake returns the section of them that bears the name of section x
// of us, numbering and a closing full stop aside, when it is the only
// one in either report that does and the name is a phrase (four
// characters at least), or -1.
func namesake(us, them []*prepared, x int) int {
	name := func(p *prepared) string { return strings.TrimRight(p.head, "。；;.") }
	nx := name(us[x])
	if utf8.RuneCountInString(nx) < 4 {
		return -1
	}
	for k, p := range us {
		if k != x && name(p) == nx {
			return -1
		}
	}
	y := -1
	for k, p := range them {
		if name(p) == nx {
			if y >= 0 {
				return -1
			}
			y = k
		}
	}
	return y
}

// unlinkTopItems drops the links of an item at the top of no known kind
// (a childless section, no year in its heading, no part before it) with a
// section of the other kind than the one its siblings show (pass 6). A
// file that holds only the tasks part of a report has the items at the
// top, and so has a report that gives each task a part of its own after
// an opening that reviews without a heading (the State Council's of
// 2002): those the next report takes up pair with the items of its tasks
// part, a level down, each the other's primary partner. When most
// sections at the top went down so, two at least, into parts of one kind
// and few (a quarter as many) into a part of the other, an item left at
// the top (a one-off task, the repair after a flood, diplomacy) is an
// item of that kind too, and the next report's review, which tells how
// it went, is not its counterpart, paragraph by paragraph no more than
// as a whole. The first part, numbered as a part and paired with the
// other report's first, keeps its pair: a report reviews first
// (一、一心一意进行治理整顿 of 1989 is its review of 1988).
func unlinkTopItems(pa, pb []*prepared, pr *pairing) {
	// partners of each section of a (or of b), primary and extra
	partners := func(fromA bool) [][]int {
		n, own := len(pb), pr.back
		if fromA {
			n, own = len(pa), pr.match
		}
		out := make([][]int, n)
		for k, q := range own {
			if q >= 0 {
				out[k] = append(out[k], q)
			}
		}
		for _, l := range pr.extra {
			if fromA {
				out[l.i] = append(out[l.i], l.j)
			} else {
				out[l.j] = append(out[l.j], l.i)
			}
		}
		return out
	}
	linksA, linksB := partners(true), partners(false)
	// kinds returns, by section of us, the kind its siblings at the top
	// show (1 review, 2 plan, 0 none) when it is an item of none
	kinds := func(us, them []*prepared, links, back [][]int, own []int) []int {
		out := make([]int, len(us))
		kids, rootThem := children(us), roots(them)
		var top, back1, plan int
		for k, p := range us {
			if p.parent >= 0 || p.s.Heading == "" {
				continue
			}
			top++
			if len(kids[k]) > 0 || len(links[k]) == 0 {
				continue
			}
			q := links[k][0]
			if own[k] != q || them[q].parent < 0 || len(back[q]) == 0 || back[q][0] != k {
				continue // not gone down as each other's primary partner
			}
			switch r := them[rootThem[q]]; {
			case r.back:
				back1++
			case r.plan:
				plan++
			}
		}
		kind := 0
		switch {
		case 2*(back1+plan) <= top:
		case plan >= 2 && 4*back1 <= plan:
			kind = 2
		case back1 >= 2 && 4*plan <= back1:
			kind = 1
		}
		first, firstThem := firstPart(us), firstPart(them)
		for k, p := range us {
			if kind > 0 && p.parent < 0 && p.s.Heading != "" && len(kids[k]) == 0 && !p.back && !p.plan {
				if k == first && firstThem >= 0 && len(links[k]) > 0 && links[k][0] == firstThem && partNumbered(p.s.Heading) {
					continue // the opening part, paired with the other's: a report reviews first
				}
				out[k] = kind
			}
		}
		return out
	}
	kindA, kindB := kinds(pa, pb, linksA, linksB, pr.match), kinds(pb, pa, linksB, linksA, pr.back)
	clash := func(i, j int) bool {
		return (kindA[i] == 2 && pb[j].back) || (kindA[i] == 1 && pb[j].plan) ||
			(kindB[j] == 2 && pa[i].back) || (kindB[j] == 1 && pa[i].plan)
	}
	for i, j := range pr.match {
		if j >= 0 && clash(i, j) {
			pr.match[i], pr.back[j], pr.conf[i] = -1, -1, 0
		}
	}
	pr.extra = slices.DeleteFunc(pr.extra, func(l link) bool { return clash(l.i, l.j) })
}

// firstPart returns the position of the first headed section at the top
// of ps, or -1.
func firstPart(ps []*prepared) int {
	for k, p := range ps {
		if p.parent < 0 && p.s.Heading != "" {
			return k
		}
	}
	return -1
}

// partNumbered reports whether heading is numbered as a part of a report
// (一、), not as an item of one (（一）) that a file of one part lifts to
// its top.
func partNumbered(heading string) bool {
	r, size := utf8.DecodeRuneInString(heading)
	if !strings.ContainsRune("一二三四五六七八九十", r) {
		return false
	}
	rest := strings.TrimLeft(heading[size:], "一二三四五六七八九十")
	return strings.HasPrefix(rest, "、")
}

// groupLinks returns the links within one group, xs of the old document
// against ys of the new (positions in the result are indexes into xs and
// ys). openX(i) and openY(j) give the similarity of a section with the
// opening text of its parent's counterpart.
func groupLinks(xs, ys []int, S [][]float64, above func(float64) bool, weak func(i, j int, v float64) bool, openX, openY func(int) float64) []link {
	nx, ny := len(xs), len(ys)
	s := func(a, b int) float64 { return S[xs[a]][ys[b]] }
	rowBest, rowSecond := make([]float64, nx), make([]float64, nx)
	colBest, colSecond := make([]float64, ny), make([]float64, ny)
	rowArg, colArg := fill(nx, -1), fill(ny, -1)
	for a := range nx {
		for b := range ny {
			v := s(a, b)
			if v > rowBest[a] {
				rowSecond[a], rowBest[a], rowArg[a] = rowBest[a], v, b
			} else if v > rowSecond[a] {
				rowSecond[a] = v
			}
			if v > colBest[b] {
				colSecond[b], colBest[b], colArg[b] = colBest[b], v, a
			} else if v > colSecond[b] {
				colSecond[b] = v
			}
		}
	}
	// clearMutual: each is the other's best, clear of the runner-ups of
	// both its row and its column
	clearMutual := func(a, b int, v float64) bool {
		return rowArg[a] == b && colArg[b] == a && v >= margin*rowSecond[a] && v >= margin*colSecond[b]
	}
	var out []link
	for a := range nx {
		for b := range ny {
			v := s(a, b)
			if !above(v) && !(weak != nil && clearMutual(a, b, v) && weak(xs[a], ys[b], v)) {
				continue
			}
			// absorbed: the section is more like the opening text of the
			// other parent than like this one
			if v < absorbed*openX(xs[a]) || v < absorbed*openY(ys[b]) {
				continue
			}
			mutual := rowArg[a] == b && colArg[b] == a
			rowClear := rowArg[a] == b && v >= margin*rowSecond[a] && v >= clearShare*colBest[b]
			colClear := colArg[b] == a && v >= margin*colSecond[b] && v >= clearShare*rowBest[a]
			near := v >= nearBest*rowBest[a] && v >= nearBest*colBest[b]
			if !(mutual || rowClear || colClear || near) {
				continue
			}
			// confidence: how far the link stands above the runner-ups of
			// its row and column
			second := math.Max(rowSecond[a], colSecond[b])
			if rowArg[a] != b {
				second = math.Max(second, rowBest[a])
			}
			if colArg[b] != a {
				second = math.Max(second, colBest[b])
			}
			c := 0.0
			if v > 0 {
				c = math.Max(0, 1-second/v)
			}
			out = append(out, link{i: a, j: b, conf: round(c), second: rowArg[a] != b && colArg[b] != a && !rowClear && !colClear})
		}
	}
	return out
}

// furtherParts returns more links of a section split among several
// sections of its group (or merged from several): one that has two
// links at least takes one more section whose likeness to it is above
// chance, near its best (nearBest) and clearly (margin) above that of
// the weakest of its links, as a second link (a merge or split, never a
// primary pair). A livelihood item whose education, culture and
// employment paragraphs went to three items of the next report, the
// third of which continues the risk-prevention item too (its best),
// pairs with all three. Only among the children of paired sections:
// at the top, a plan part alike to every task part is no split of them.
func furtherParts(xs, ys []int, links []link, S [][]float64, above func(float64) bool, openX, openY func(int) float64) []link {
	nx, ny := len(xs), len(ys)
	has := map[[2]int]bool{}
	nA, nB := make([]int, nx), make([]int, ny)
	weakA, weakB := make([]float64, nx), make([]float64, ny)
	for _, l := range links {
		has[[2]int{l.i, l.j}] = true
		v := S[xs[l.i]][ys[l.j]]
		if nA[l.i] == 0 || v < weakA[l.i] {
			weakA[l.i] = v
		}
		if nB[l.j] == 0 || v < weakB[l.j] {
			weakB[l.j] = v
		}
		nA[l.i]++
		nB[l.j]++
	}
	rowBest, colBest := make([]float64, nx), make([]float64, ny)
	for a := range nx {
		for b := range ny {
			rowBest[a], colBest[b] = math.Max(rowBest[a], S[xs[a]][ys[b]]), math.Max(colBest[b], S[xs[a]][ys[b]])
		}
	}
	var out []link
	for a := range nx {
		for b := range ny {
			v := S[xs[a]][ys[b]]
			if has[[2]int{a, b}] || !above(v) || v < absorbed*openX(xs[a]) || v < absorbed*openY(ys[b]) {
				continue
			}
			rowMore := nA[a] >= 2 && v >= margin*weakA[a] && v >= nearBest*rowBest[a]
			colMore := nB[b] >= 2 && v >= margin*weakB[b] && v >= nearBest*colBest[b]
			if rowMore || colMore {
				out = append(out, link{i: a, j: b, second: true})
			}
		}
	}
	return out
}

// primaries returns the primary partner (a position in ys, or -1) of each
// of xs: the best one-to-one choice among the links of their group, order
// breaking ties. A second link (groupLinks: near both bests, the best of
// neither) is left out: the Hungarian choice would take it to pair one
// section more, a plan item with its second choice because its best went
// to a rival that is ahead by a hair, when its best is the one the two
// reports share words with (an annex item on screening and childcare with
// the next year's item on maternity and childcare, not with the item on
// primary care that names the mothers among its groups); it may still make
// a merge or split.
func primaries(xs, ys []int, links []link, S [][]float64, stopped func() bool) []int {
	gain := make([][]float64, len(xs))
	for a := range xs {
		gain[a] = make([]float64, len(ys))
	}
	for _, l := range links {
		if !l.second {
			gain[l.i][l.j] = S[xs[l.i]][ys[l.j]] + 0.01*(1-math.Abs(rel(l.i, len(xs))-rel(l.j, len(ys))))
		}
	}
	m := assign(gain, stopped)
	for a, b := range m {
		if b >= 0 && gain[a][b] == 0 {
			m[a] = -1 // a cell of no link, or of a second one
		}
	}
	return m
}

// maxSeconds is the most second partners (merged or split) a section
// takes, from the links of one group and as a twin source (twinSources):
// readers list a section with five partners at most (one primary, four
// merged or split: dev's gold alignments and probes r80e, r81e, where the
// engine makes four at most too); on dev's other pairs of consecutive
// years the engine gives one section six (河北省 2009 and 2010), and
// eight leave a margin over that. A report of many sections of one
// formula (推进第N批学校建设，新建改扩建…) links each with every other:
// unbounded, 1,000 short sections a side made 164,978 merged and split
// pairs, each then diffed and its figures weighed.
const maxSeconds = 8

// boundSeconds returns which of a group's links (xs, ys its members, m
// its primary pairs, by group position) stand as merges or splits: the
// links that are not primary and that fits accepts, bounded by
// strongestSeconds. A link beyond the bound is no merge or split: its
// sections keep their primary pairs, or are leftovers that pass 3 may
// pair, or stay unpaired.
func boundSeconds(xs, ys []int, links []link, m []int, S [][]float64, fits func(i, j int) bool) []bool {
	var cands [][2]int
	for _, l := range links {
		if i, j := xs[l.i], ys[l.j]; m[l.i] != l.j && fits(i, j) {
			cands = append(cands, [2]int{i, j})
		}
	}
	kept := strongestSeconds(cands, S, map[int]int{}, map[int]int{})
	out := make([]bool, len(links))
	for k, l := range links {
		out[k] = m[l.i] != l.j && kept[[2]int{xs[l.i], ys[l.j]}]
	}
	return out
}

// strongestSeconds returns which of cands (old and new section) stand as
// merges or splits: the strongest first (S, then old position, then new),
// each kept while both its sections have fewer than maxSeconds, counting
// the second partners they have already (nA by old section, nB by new,
// which it updates).
func strongestSeconds(cands [][2]int, S [][]float64, nA, nB map[int]int) map[[2]int]bool {
	order := slices.Clone(cands)
	slices.SortFunc(order, func(a, b [2]int) int {
		if c := cmp.Compare(S[b[0]][b[1]], S[a[0]][a[1]]); c != 0 {
			return c
		}
		if c := cmp.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return cmp.Compare(a[1], b[1])
	})
	kept := map[[2]int]bool{}
	for _, c := range order {
		if !kept[c] && nA[c[0]] < maxSeconds && nB[c[1]] < maxSeconds {
			kept[c] = true
			nA[c[0]]++
			nB[c[1]]++
		}
	}
	return kept
}

// lineApart returns the sections of ks that are neither an ancestor nor
// a descendant of section k of ps: a part and its items share their
// words (the part's tree holds its items' texts), so they are not rivals
// for a partner of k. A report that opens a part for a single item makes
// the two twins, and the item's counterpart would otherwise be no
// clearer than its runner-up.
func lineApart(ps []*prepared, k int, ks []int) []int {
	out := make([]int, 0, len(ks))
	for _, x := range ks {
		if !ancestorOf(ps, x, k) && !ancestorOf(ps, k, x) {
			out = append(out, x)
		}
	}
	return out
}

// secondRatio returns the runner-up similarity of i's row and j's column
// (among rows and cols) over S[i][j].
func secondRatio(S [][]float64, i, j int, rows, cols []int) float64 {
	v := S[i][j]
	if v <= 0 {
		return 1
	}
	second := 0.0
	for _, y := range cols {
		if y != j {
			second = math.Max(second, S[i][y])
		}
	}
	for _, x := range rows {
		if x != i {
			second = math.Max(second, S[x][j])
		}
	}
	return math.Min(1, second/v)
}

func rel(k, n int) float64 { return float64(k+1) / float64(n+1) }

func fill(n, v int) []int {
	out := make([]int, n)
	for k := range out {
		out[k] = v
	}
	return out
}

// periodConflict reports whether the headings of a and b both name years
// (weigh.go's year terms, relative to each report's year) and no year in
// common, or one looks ahead over several years (aheadPeriod) and the
// other names past years only: a review is not a plan. Two sections of
// parts that both look ahead are weighed by their years alone: the review
// of the five years gone by (“十五”时期…主要情况) inside a plan's part
// (关于…第十一个五年规划纲要的说明) held apart from itself, its copy
// with （一） written (一) removed and added.
func periodConflict(a, b *prepared) bool {
	if (a.ahead && !b.ahead && pastOnly(b.years)) || (b.ahead && !a.ahead && pastOnly(a.years)) {
		return true
	}
	if len(a.years) == 0 || len(b.years) == 0 {
		return false
	}
	for _, y := range a.years {
		if slices.Contains(b.years, y) {
			return false
		}
	}
	return true
}

// labelConflict reports whether the headings of a and b are both labels
// (label) that name different things: a glossary's entries (“一网统管”：
// and “一网协同”：, 人才强省建设“五大工程”： and 贸易强省建设“六大行动”：)
// are the same entry only when they define the same term, however many
// words their definitions share. A label reworded keeps most of its
// characters (农产品“12221”市场体系 and 农产品“12221”市场营销体系) and still
// pairs; two terms that share under half their character pairs do not.
// Only entries of a glossary or an annex are held apart so: in a report's
// own parts, an item headed by a label (（一）社会救助：, 1、低保工作：, a
// bureau's summary writes its items so) is renamed as any heading is.
// Nor is an entry of a glossary ever one with a section of the other
// report's body, whose terms it defines (3.三名工程： with a part on the
// district's new positioning that names some of the same programmes),
// nor a glossary kept as one section (glossary) with a section of the
// other report's body. The other report's own notes heading is no body
// section: a glossary kept whole one year is one with the glossary the
// next year cut into its entries (名词解释 over 1.“三区三线”： 2.…), whose
// heading stands over no text of its own (notesHead).
func labelConflict(a, b *prepared) bool {
	if a.entry && !b.notes || b.entry && !a.notes {
		return true
	}
	if a.gloss != b.gloss && !a.notes && !b.notes &&
		!(a.gloss && b.notesHead) && !(b.gloss && a.notesHead) {
		return true
	}
	if !a.notes || !b.notes {
		return false
	}
	ta, oka := label(a.head)
	tb, okb := label(b.head)
	return oka && okb && dice(grams(ta), grams(tb)) < 0.5
}

// markNotes sets what labelConflict reads of p: whether it is under the
// notes, an entry of a glossary, a glossary kept as one section, headed
// by the notes' own heading.
func markNotes(p *prepared) {
	p.notes = inNotes(p)
	p.entry = entry(p)
	p.gloss = glossary(p)
	p.notesHead = p.s != nil && corpus.IsNotesHeading(p.s.Heading)
}

// entry reports whether p is an entry of a glossary: a section headed by
// a label under a report's notes.
func entry(p *prepared) bool {
	if !inNotes(p) {
		return false
	}
	_, ok := label(p.head)
	return ok
}

// glossary reports whether p is a report's glossary kept as one section:
// its own heading names the notes (名词注解：, corpus.IsNotesHeading) and
// most of its lines are entries, a term before a colon and what the term
// means (“望川义警”：指…). Its terms are the body's, defined once each, so
// it shares words with every part of the other report and moved into
// none of them; it is one only with the other report's notes
// (labelConflict).
func glossary(p *prepared) bool {
	if p.s == nil || !corpus.IsNotesHeading(p.s.Heading) {
		return false
	}
	lines, entries := 0, 0
	for _, l := range strings.Split(p.s.Text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		lines++
		if i := strings.IndexAny(l, "：:"); i > 0 {
			if _, ok := label(l[:i] + "："); ok {
				entries++
			}
		}
	}
	return lines >= 2 && 2*entries > lines
}

// inNotes reports whether p is a section under a report's notes or annex,
// the part a glossary's entries stand under (corpus.IsNotesHeading).
func inNotes(p *prepared) bool {
	return p.s != nil && len(p.s.Path) > 0 && corpus.IsNotesHeading(p.s.Path[0])
}

// labelMax is the longest term, in characters, that a label names.
const labelMax = 24

// label returns the term a heading names when the heading is a label: a
// term of at most labelMax characters and no sentence's punctuation,
// ended by a colon, the section's text being what the term means
// (“三区三线”：, 主要目标：).
func label(head string) (string, bool) {
	h := strings.TrimSpace(head)
	term, ok := strings.CutSuffix(h, "：")
	if !ok {
		term, ok = strings.CutSuffix(h, ":")
	}
	n := utf8.RuneCountInString(term)
	if !ok || n == 0 || n > labelMax || strings.ContainsAny(term, "。；;！!？?，,：:") {
		return "", false
	}
	return term, true
}

// oneItemText is the likeness of their texts over which two sections of
// one name are one item (oneItem).
const oneItemText = 0.75

// oneItem reports whether a and b are one item that changed parts: a
// bureau's plan numbers its items straight through its thematic parts
// (一、…  1. 2. 3.  二、…  4. 5.) and moves one from a part to another
// (12.落实“双减”政策 under 四、 becomes 9. under 二、), keeping its name and
// nearly all its words. Both must be of no part kind or of the same one
// (a review is not a plan, however alike), carry the same heading
// beyond its numbering, and have texts alike over oneItemText: a review
// that reports on last year's plan item under that item's name says
// what was done, not what will be, and shares far fewer of its words.
func oneItem(a, b *prepared) bool {
	return a.head != "" && a.head == b.head && a.back == b.back && a.plan == b.plan && a.ahead == b.ahead &&
		textSimilarity(a, b) >= oneItemText
}

// sameKind reports whether a and b are sections of parts of one kind: a
// plan for five years is not the year's work, and a review is not a plan
// (partKinds).
func sameKind(a, b *prepared) bool {
	return a.ahead == b.ahead && !reviewAndPlan(a, b)
}

// reviewAndPlan reports whether one of a and b is in a part that reviews
// past years and the other in one that plans (partKinds).
func reviewAndPlan(a, b *prepared) bool {
	return (a.back && b.plan) || (a.plan && b.back)
}

// shareYear reports whether the headings of a and b both name years and
// one of them is the same year relative to its report (the report's own
// year in 2024年工作安排 of the 2024 report and 2025年重点工作 of the 2025
// one).
func shareYear(a, b *prepared) bool {
	for _, y := range a.years {
		if slices.Contains(b.years, y) {
			return true
		}
	}
	return false
}

// pastOnly reports whether years (year terms of a heading, weigh.go) are
// there and all before the report's year.
func pastOnly(years []uint64) bool {
	for _, y := range years {
		if int(uint32(y)) >= 100 {
			return false
		}
	}
	return len(years) > 0
}

// roots returns, for each section, its top-level ancestor (itself at the
// top).
func roots(ps []*prepared) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = i
		if p.parent >= 0 {
			out[i] = out[p.parent]
		}
	}
	return out
}

// bestTwo returns the k in [0, n) with the largest f(k), that value and
// the runner-up's.
func bestTwo(n int, f func(int) float64) (best int, v, second float64) {
	best = -1
	for k := range n {
		x := f(k)
		switch {
		case best < 0 || x > v:
			best, v, second = k, x, v
		case x > second:
			second = x
		}
	}
	return best, v, second
}

// argmax returns the member of ks with the largest f, the first on ties,
// or -1 when ks is empty.
func argmax(ks []int, f func(int) float64) int {
	best, bv := -1, math.Inf(-1)
	for _, k := range ks {
		if v := f(k); v > bv {
			best, bv = k, v
		}
	}
	return best
}

func colMax(m [][]float64, j int) float64 {
	v := 0.0
	for _, row := range m {
		v = math.Max(v, row[j])
	}
	return v
}

func maxOf(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = math.Max(m, x)
	}
	return m
}

// median returns the median of all cells of m, values in [0, 1], to
// 1/histBins: counted in bins rather than sorted, since m has tens of
// thousands of cells.
func median(m [][]float64) float64 {
	var h histogram
	for _, row := range m {
		h.add(row)
	}
	return h.median()
}

// chanceMedian returns the median similarity of sections that are not
// each other's counterparts: of all cells of m but those that are the
// best of both their row and their column. Two reports of a few sections
// each (an excerpt, a short summary) have as many counterpart cells as
// unrelated ones, and the median of all cells is then that of the true
// pairs, over which half of them cannot stand; in a long report the
// mutual bests are a small share of the cells and the median barely
// moves. When every cell is a mutual best (one section a side), the
// median of all cells.
func chanceMedian(m [][]float64) float64 {
	if len(m) == 0 {
		return 0
	}
	nb := len(m[0])
	colArg := fill(nb, -1)
	for j := range nb {
		for i := range m {
			if colArg[j] < 0 || m[i][j] > m[colArg[j]][j] {
				colArg[j] = i
			}
		}
	}
	var h histogram
	for i, row := range m {
		rowArg := -1
		for j, v := range row {
			if rowArg < 0 || v > row[rowArg] {
				rowArg = j
			}
		}
		for j, v := range row {
			if j == rowArg && colArg[j] == i && v > 0 {
				continue
			}
			h.add([]float64{v})
		}
	}
	if h.total == 0 {
		return median(m)
	}
	return h.median()
}

// histBins is the resolution of a histogram.
const histBins = 4096

// A histogram counts values in [0, 1] (clamped) in histBins bins, for
// their median.
type histogram struct {
	count [histBins + 1]int
	total int
}

func (h *histogram) add(vs []float64) {
	for _, v := range vs {
		h.count[int(math.Max(0, math.Min(1, v))*histBins)]++
	}
	h.total += len(vs)
}

// median returns the median of the values added, to 1/histBins; 0 if
// none.
func (h *histogram) median() float64 {
	if h.total == 0 {
		return 0
	}
	seen := 0
	for b, c := range h.count {
		seen += c
		if 2*seen > h.total {
			return float64(b) / histBins
		}
	}
	return 1
}

// A group is a set of sections of each document paired among themselves
// (pass 1), with the sections whose opening texts its members are checked
// against (pass 2): the partners of their parents.
type group struct {
	xs, ys       []int
	openA, openB []int
}

// hubs is what hubGroups found: groups of children to pair, by hub, and
// the links whose children those groups cover.
type hubs struct {
	all      []*hubGroup
	byA, byB map[int]*hubGroup // by the hub, a section of a or of b
	cover    map[[2]int]bool
	// hubs left without links, all their leaves standing
	dissolvedA, dissolvedB []int
}

// A hubGroup is the group of a hub's children; done once it has joined
// the group of the hub's primary pair. down: sections of the other
// document went down among the children (hubs.descend).
type hubGroup struct {
	group
	done, down bool
}

// wentDown reports whether sections went down among the children of i or
// of j (hubs.descend), a pair of which one has children and the other
// none: those sections are the children the other lacked, and pair with
// them in their group rather than the childless one with a child.
func (h hubs) wentDown(i, j int) bool {
	return (h.byA[i] != nil && h.byA[i].down) || (h.byB[j] != nil && h.byB[j].down)
}

// union returns the members of two sorted lists of positions, sorted,
// each once.
func union(a, b []int) []int {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

func (h hubs) covers(i, j int) bool { return h.cover[[2]int{i, j}] }

// mergedOnly unsets the primary pair (m, by group position, as primaries
// returns it) of a hub with two or more leaves that have children of
// their own, when that pair's own texts and headings (score, the
// similarity a reader is shown) are no more alike than chance
// (MinSimilarity) or not clearly (margin) more alike than the hub and
// another of its links: the hub is then several sections merged into
// one (a plan's parts 一、 to 四、, each with its items, that the year's
// summary reviews as the items of its one part 一、主要工作及成效), and each
// leaf is merged into it (or split from it) alike. Picking one by the
// likeness of the trees showed a pair that shares nothing but the
// heading's number (三、推进基础教育优质均衡发展 -> 一、主要工作及成效, 0%)
// as 修改. When another link of the hub is clearly (margin) the most
// alike of all and above chance, and neither of its sections has a
// primary pair, it takes the pair: the goals part 二、2024年工作总体部署
// with the tasks part 二、2025年主要任务 (0.83), not 四、推进社会建设 (0.00)
// whose items went among the task's items. A leaf that is the hub's own
// counterpart by that measure keeps its pair. The children still pair in
// the hub's group; the other links stand as merges or splits where the
// texts allow (boundSeconds).
func (h hubs) mergedOnly(xs, ys []int, links []link, m []int, pa, pb []*prepared) {
	back := fill(len(ys), -1)
	for a, b := range m {
		if b >= 0 {
			back[b] = a
		}
	}
	for _, l := range links {
		i, j := xs[l.i], ys[l.j]
		if m[l.i] != l.j || !h.covers(i, j) {
			continue
		}
		// the hub's other links: its leaves (with children or not) on the
		// other side, unless the hub is of a and its leaves of b or back
		hubA, hubB := 0, 0
		for _, o := range links {
			if h.covers(xs[o.i], ys[o.j]) {
				if o.i == l.i {
					hubA++
				}
				if o.j == l.j {
					hubB++
				}
			}
		}
		if hubA < 2 && hubB < 2 {
			continue
		}
		v := score(pa[i], pb[j])
		best, bv, other := -1, 0.0, 0.0
		for k, o := range links {
			if (hubA >= 2 && o.i == l.i || hubB >= 2 && o.j == l.j) && o != l {
				u := score(pa[xs[o.i]], pb[ys[o.j]])
				if u > bv {
					other, best, bv = bv, k, u
				} else {
					other = math.Max(other, u)
				}
			}
		}
		if v >= MinSimilarity && v >= margin*bv {
			continue // the hub's own counterpart
		}
		m[l.i] = -1
		if best < 0 || bv < MinSimilarity || bv < margin*math.Max(v, other) {
			continue
		}
		// another leaf is: it takes the primary pair when it has none
		if o := links[best]; m[o.i] < 0 && back[o.j] < 0 || o.i == l.i && back[o.j] < 0 || o.j == l.j && m[o.i] < 0 {
			m[o.i], back[o.j] = o.j, o.i // taken: a later hub's leaf cannot take it too
		}
	}
}

// standShare is how like a childless section a child of the hub must be,
// as a share of the hub's likeness to it as a whole, for the section to
// stand among the hub's children.
const standShare = 0.7

// hubGroups looks, among the links of one group (indexes into xs and ys),
// for hubs: a section with children linked to several sections of the
// other document, each linked to it alone (its leaves). One report lists
// the year's tasks as children of one part, the other as parts of their
// own, or merges several parts into one: the hub's children then pair
// with the children of its leaves, all at once, and a leaf without
// children of its own stands among them when one of the hub's children is
// nearly as like it as the hub as a whole (standShare), more than the
// hub's opening text is, has a heading not clearly (margin) less like its
// own than the hub's heading, is of its kind (sameKind) and is clearly more like it
// than like the children of the hub's other leaves (margin), which it
// would otherwise pair with: it is that child's counterpart, a level up or down,
// not the hub's (a section split in two keeps its heading in one half,
// and that half stays the hub's; but headings that share with the leaf's
// only a word of every report, 工作 or 总体, tell nothing either way: a goals
// part 二、年度工作总体部署 stands among the items of the next report's
// 二、对今年政府工作的建议 by its counterpart （一）总体要求和主要预期目标,
// whose heading is about as like its own as the hub's). So does a section of the group left without links
// and without children (a part that resembled no part). The links of
// standing leaves to their hub are dropped; the rest are returned.
func hubGroups(w *weights, xs, ys []int, links []link, S [][]float64, above func(float64) bool, pa, pb []*prepared, childrenA, childrenB [][]int) ([]link, hubs) {
	h := hubs{cover: map[[2]int]bool{}, byA: map[int]*hubGroup{}, byB: map[int]*hubGroup{}}
	degX, degY := make([]int, len(xs)), make([]int, len(ys))
	for _, l := range links {
		degX[l.i]++
		degY[l.j]++
	}
	leavesX, leavesY := make([][]int, len(xs)), make([][]int, len(ys))
	for _, l := range links {
		switch {
		case degX[l.i] >= 2 && degY[l.j] == 1:
			leavesX[l.i] = append(leavesX[l.i], l.j)
		case degY[l.j] >= 2 && degX[l.i] == 1:
			leavesY[l.j] = append(leavesY[l.j], l.i)
		}
	}
	drop := map[[2]int]bool{} // by indexes into xs and ys
	// side finds the hubs of one document (us, positions in it, with
	// their children kidsUs) among leaves and lone sections of the other
	// (them, kidsThem); sim(u, t) is the similarity of a section of each,
	// opening(hub, t) how much of t the hub's opening text says. It
	// returns, by hub, the other side of its group (items) and the leaves
	// whose opening texts count (open), and calls drop(k, kt) for the link
	// of a standing leaf.
	type hubItems struct{ items, open []int }
	side := func(us, them []int, leaves [][]int, degThem []int, kidsUs, kidsThem [][]int, sim, head func(u, t int) float64, kin func(u, t int) bool, opening func(hub, t int) float64, drop func(k, kt int)) map[int]*hubItems {
		out := map[int]*hubItems{}
		bestKid := func(hub, t int) (int, float64) {
			best, bv := -1, 0.0
			for _, c := range kidsUs[hub] {
				if v := sim(c, t); best < 0 || v > bv {
					best, bv = c, v
				}
			}
			return best, bv
		}
		// rivals are the children of a hub's leaves, which its children
		// pair with unless a standing leaf takes one of them
		rivals := func(hub int, ls []int) []int {
			var out []int
			for _, kt := range ls {
				out = append(out, kidsThem[them[kt]]...)
			}
			return out
		}
		stands := func(hub, t int, rivals []int) bool {
			c, best := bestKid(hub, t)
			if !above(best) || best < standShare*sim(hub, t) || best < opening(hub, t) || margin*head(c, t) < head(hub, t) || !kin(c, t) {
				return false
			}
			for _, r := range rivals {
				if best < margin*sim(c, r) {
					return false // the child is about as like a rival
				}
			}
			return true
		}
		rivalsOf := map[int][]int{}
		for k, ls := range leaves {
			hub := us[k]
			if len(ls) == 0 || len(kidsUs[hub]) == 0 {
				continue
			}
			rivalsOf[hub] = rivals(hub, ls)
			hi := &hubItems{}
			for _, kt := range ls {
				t := them[kt]
				switch {
				case len(kidsThem[t]) > 0:
					hi.items = append(hi.items, kidsThem[t]...)
					hi.open = append(hi.open, t)
				case stands(hub, t, rivalsOf[hub]):
					hi.items = append(hi.items, t)
					drop(k, kt)
				}
			}
			out[hub] = hi
		}
		// a lone section joins the hub whose child is most like it
		for kt, t := range them {
			if degThem[kt] > 0 || len(kidsThem[t]) > 0 {
				continue
			}
			best, bv := -1, 0.0
			for hub := range out {
				if _, v := bestKid(hub, t); stands(hub, t, rivalsOf[hub]) && (best < 0 || v > bv || (v == bv && hub < best)) {
					best, bv = hub, v
				}
			}
			if best >= 0 {
				out[best].items = append(out[best].items, t)
			}
		}
		return out
	}
	forA := side(xs, ys, leavesX, degY, childrenA, childrenB, func(u, t int) float64 { return S[u][t] },
		func(u, t int) float64 { return w.head[u][t] }, func(u, t int) bool { return sameKind(pa[u], pb[t]) },
		func(hub, t int) float64 { return w.openSim(hub, t, false) }, func(k, kt int) { drop[[2]int{k, kt}] = true })
	forB := side(ys, xs, leavesY, degX, childrenB, childrenA, func(u, t int) float64 { return S[t][u] },
		func(u, t int) float64 { return w.head[t][u] }, func(u, t int) bool { return sameKind(pa[t], pb[u]) },
		func(hub, t int) float64 { return w.openSim(t, hub, true) }, func(k, kt int) { drop[[2]int{kt, k}] = true })
	for _, hub := range slices.Sorted(maps.Keys(forA)) {
		hi := forA[hub]
		for _, q := range hi.open {
			h.cover[[2]int{hub, q}] = true
		}
		if len(hi.items) > 0 {
			slices.Sort(hi.items)
			g := &hubGroup{group: group{xs: childrenA[hub], ys: hi.items, openA: []int{hub}, openB: hi.open}}
			h.all, h.byA[hub] = append(h.all, g), g
		}
	}
	for _, hub := range slices.Sorted(maps.Keys(forB)) {
		hi := forB[hub]
		for _, p := range hi.open {
			h.cover[[2]int{p, hub}] = true
		}
		if len(hi.items) > 0 {
			slices.Sort(hi.items)
			g := &hubGroup{group: group{xs: hi.items, ys: childrenB[hub], openA: hi.open, openB: []int{hub}}}
			h.all, h.byB[hub] = append(h.all, g), g
		}
	}
	kept := links[:0:0]
	keptX, keptY := make([]bool, len(xs)), make([]bool, len(ys))
	for _, l := range links {
		if !drop[[2]int{l.i, l.j}] {
			kept = append(kept, l)
			keptX[l.i], keptY[l.j] = true, true
		}
	}
	for k, x := range xs {
		if forA[x] != nil && !keptX[k] {
			h.dissolvedA = append(h.dissolvedA, x)
		}
	}
	for k, y := range ys {
		if forB[y] != nil && !keptY[k] {
			h.dissolvedB = append(h.dissolvedB, y)
		}
	}
	return kept, h
}

// sameSpan returns the links of one group (indexes into xs and ys) less
// those between a section that looks ahead over several years (a
// five-year plan, 今后五年) and one that does not, when either has a link
// to a section of its own span: the year's tasks pair with the year's
// tasks, and the plan for five years, which a report has only at the start
// of a plan or a term, with nothing. A five-year part that is the only
// counterpart of a one-year part keeps its link (今后五年发展目标 and the
// next report's 2018年发展目标).
func sameSpan(xs, ys []int, links []link, pa, pb []*prepared) []link {
	ownX, ownY := make([]bool, len(xs)), make([]bool, len(ys))
	for _, l := range links {
		if pa[xs[l.i]].ahead == pb[ys[l.j]].ahead {
			ownX[l.i], ownY[l.j] = true, true
		}
	}
	kept := links[:0:0]
	for _, l := range links {
		if pa[xs[l.i]].ahead == pb[ys[l.j]].ahead || (!ownX[l.i] && !ownY[l.j]) {
			kept = append(kept, l)
		}
	}
	return kept
}

// spanApart keeps a part of the year's plan (a plan part at the top that
// does not look ahead) and all in it apart from the other report's parts
// that look ahead over several years, and all in them, when it is nearly
// as like (nearBest of its likeness to the closest of those) a section of
// the year's plan there, at any level: it has a counterpart of its own
// span, and the five-year part is not its only one. A report at the start
// of a term gives its five-year suggestions a part (三、对未来五年政府
// 工作的建议, its sections on the economy, the city, the countryside,
// society and the government) before the year's tasks, whose last item is
// the government's own work; the report of the year before gave that work
// a part of its own after its tasks. That part and its sections are more
// like the five-year part, which speaks of every field, than like the one
// item they became, and would pair with it and its sections by likeness,
// sameSpan seeing no link of their own span in the group of parts: the
// year's tasks pair with the year's tasks. A one-year part whose only
// counterpart is the five-year part (the year's goals beside the next
// report's five-year goals) keeps it. The cells are zeroed in S both ways.
func spanApart(pa, pb []*prepared, S [][]float64, above func(float64) bool) {
	apart := func(us, them []*prepared, sim func(u, t int) float64, cut func(u, t int)) {
		for x, p := range us {
			if p.parent >= 0 || !p.plan || p.ahead || p.s.Heading == "" {
				continue
			}
			ahead, own := 0.0, 0.0
			for t, q := range them {
				switch {
				case q.ahead:
					ahead = math.Max(ahead, sim(x, t))
				case q.plan && !q.back && sameKind(p, q):
					own = math.Max(own, sim(x, t))
				}
			}
			if ahead == 0 || !above(own) || own < nearBest*ahead {
				continue
			}
			for u := range us {
				if u != x && !ancestorOf(us, x, u) {
					continue
				}
				for t, q := range them {
					if q.ahead {
						cut(u, t)
					}
				}
			}
		}
	}
	apart(pa, pb, func(u, t int) float64 { return S[u][t] }, func(u, t int) { S[u][t] = 0 })
	apart(pb, pa, func(u, t int) float64 { return S[t][u] }, func(u, t int) { S[t][u] = 0 })
}

// descend finds, among the childless sections of one group (xs of the old
// document against ys of the new, links by indexes into them) that no hub
// took, those whose counterpart is a level down: the section that is
// most like one of them of all sections of the other document is a child
// of a member of the group, each is clearly the other's best of all
// (margin over the runner-ups), and the child is clearly more like it
// than any member of the group is. One report gives the year's tasks as
// sections of their own at the top (a file that holds only that part of
// the report, or whose parts have no heading), the other as the children
// of its tasks part, beside its review: each task is then more like the
// review as a whole, which tells of all of them, than like the tasks
// part, yet most like one of its children. Such a section loses its links
// in the group and joins the group of that member's children, as the
// item of a hub. The links left are returned.
func (h *hubs) descend(xs, ys []int, links []link, S [][]float64, above func(float64) bool, pa, pb []*prepared, childrenA, childrenB [][]int) []link {
	takenA, takenB := map[int]bool{}, map[int]bool{}
	for _, g := range h.all {
		for _, x := range slices.Concat(g.xs, g.openA) {
			takenA[x] = true
		}
		for _, y := range slices.Concat(g.ys, g.openB) {
			takenB[y] = true
		}
	}
	na, nb := len(pa), len(pb)
	// down returns the member of the other side of the group under which
	// u, a childless section of this side, belongs, or -1: sim(u, t) is
	// the similarity of u with t of the other document, back(t, u2) that
	// of t with u2 of this document, members the other side of the group
	down := func(u, nThem, nUs int, members []int, parentOf func(t int) int, sim, back func(a, b int) float64, kin func(u, t int) bool) int {
		best, v, _ := bestTwo(nThem, func(t int) float64 { return sim(u, t) })
		if best < 0 || !above(v) || !kin(u, best) {
			return -1
		}
		p := parentOf(best)
		if p < 0 || !slices.Contains(members, p) {
			return -1
		}
		for _, m := range members {
			if v < margin*sim(u, m) {
				return -1
			}
		}
		if b, _, second := bestTwo(nUs, func(u2 int) float64 { return back(best, u2) }); b != u || v < margin*second {
			return -1
		}
		return p
	}
	byA, byB := map[int][]int{}, map[int][]int{}
	dropX, dropY := map[int]bool{}, map[int]bool{}
	for k, x := range xs {
		if len(childrenA[x]) > 0 || takenA[x] {
			continue
		}
		if y := down(x, nb, na, ys, func(t int) int { return pb[t].parent },
			func(a, b int) float64 { return S[a][b] }, func(b, a int) float64 { return S[a][b] },
			func(a, b int) bool { return sameKind(pa[a], pb[b]) }); y >= 0 {
			byB[y] = append(byB[y], x)
			dropX[k] = true
		}
	}
	for k, y := range ys {
		if len(childrenB[y]) > 0 || takenB[y] {
			continue
		}
		if x := down(y, na, nb, xs, func(t int) int { return pa[t].parent },
			func(b, a int) float64 { return S[a][b] }, func(a, b int) float64 { return S[a][b] },
			func(b, a int) bool { return sameKind(pa[a], pb[b]) }); x >= 0 {
			byA[x] = append(byA[x], y)
			dropY[k] = true
		}
	}
	if len(dropX)+len(dropY) == 0 {
		return links
	}
	// a member that is a hub already takes them into its group
	for _, x := range slices.Sorted(maps.Keys(byA)) {
		if g := h.byA[x]; g != nil {
			g.ys, g.down = union(g.ys, byA[x]), true
			continue
		}
		g := &hubGroup{group: group{xs: childrenA[x], ys: byA[x], openA: []int{x}}, down: true}
		h.all, h.byA[x] = append(h.all, g), g
	}
	for _, y := range slices.Sorted(maps.Keys(byB)) {
		if g := h.byB[y]; g != nil {
			g.xs, g.down = union(g.xs, byB[y]), true
			continue
		}
		g := &hubGroup{group: group{xs: byB[y], ys: childrenB[y], openB: []int{y}}, down: true}
		h.all, h.byB[y] = append(h.all, g), g
	}
	kept := links[:0:0]
	for _, l := range links {
		if !dropX[l.i] && !dropY[l.j] {
			kept = append(kept, l)
		}
	}
	return kept
}

// partners returns the partners of section k of a (fromA) or of b: its
// primary partner first, then the sections linked to it as merged or split.
func (pr *pairing) partners(k int, fromA bool) []int {
	var out []int
	if fromA && pr.match[k] >= 0 {
		out = append(out, pr.match[k])
	}
	if !fromA && pr.back[k] >= 0 {
		out = append(out, pr.back[k])
	}
	for _, l := range pr.extra {
		if fromA && l.i == k {
			out = append(out, l.j)
		}
		if !fromA && l.j == k {
			out = append(out, l.i)
		}
	}
	return out
}

// links returns the pairs of pr, primary and extra, as old and new
// positions.
func (pr *pairing) links() map[[2]int]bool {
	linked := map[[2]int]bool{}
	for i, j := range pr.match {
		if j >= 0 {
			linked[[2]int{i, j}] = true
		}
	}
	for _, l := range pr.extra {
		linked[[2]int{l.i, l.j}] = true
	}
	return linked
}

// latch returns stopped asked until it first reports true, and true from
// then on without asking it again.
func latch(stopped func() bool) func() bool {
	gone := false
	return func() bool {
		gone = gone || stopped()
		return gone
	}
}
