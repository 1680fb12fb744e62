package compare

// Figures stated unchanged, without reading every pair of figures
//
// statedAll tells whether a figure of one side is stated for a
// like indicator on the other side: a figure of equal quantity whose
// indicator is at least FigureFloor alike and no less alike than the
// best-matching indicator of its unit there (unless that best is under
// SameIndicator). Read naively, that is every figure of one side against
// every figure of the other, twice: 0.5 s of CPU for a pair of sections
// of 900 rates a side (BenchmarkChangedFiguresMany), minutes for the
// longest reports compared. statedAll gives the same answers reading far
// fewer pairs:
//
//   - The figures of equal quantity come from an index by unit and
//     qualifier, sorted by value (equal values are equal within 1e-9 of
//     the larger: sameValue), not from the whole side.
//   - The best only matters when it is SameIndicator or more, and only
//     when a figure of equal quantity is FigureFloor alike: the best of
//     those that are SameIndicator alike is what the answer needs, and
//     is computed only then. An indicator SameIndicator (t) alike shares
//     weight t/(2-t) of the figure's own at least (weighted Dice), so it
//     shares one of the figure's character pairs that remain once its
//     commonest pairs, of less weight than that together, are set aside
//     (prefix filtering): only the indicators that hold one of those,
//     read from an index of pairs, are weighed.
//   - Figures of one indicator, unit, scope and role are weighed once:
//     a list of figures with one indicator is one candidate, not many.

import (
	"cmp"
	"encoding/binary"
	"slices"
)

// statedAll reports, for each figure f of own, whether f's quantity is
// stated for a like indicator in figs: the figure did not change. A
// figure a change starts from (从650元提高到700元) is no such statement: it says where the change began. Nor
// is one whose indicator is less like f's than another figure's of its
// unit in figs that names f's own indicator again (SameIndicator): of a
// list of like indicators (城镇调查失业率6%左右，城镇登记失业率5.5%左右),
// the one f's own indicator names is its figure, and the other's 5.5%
// does not say f's 5.5% stayed. Nor does what another thing grew by
// (changesOfOthers). own are the figures of f's side,
// figs those of the other.
func (fw *figWeights) statedAll(own, figs []fig) []bool {
	out := make([]bool, len(own))
	if len(own) == 0 || len(figs) == 0 {
		return out
	}
	if len(own)*len(figs) <= naiveCells {
		for k, f := range own {
			out[k] = fw.stated(f, own, figs)
		}
		return out
	}
	return fw.statedIndexed(own, figs)
}

// statedIndexed is statedAll read from indexes of figs (see the design
// note above).
func (fw *figWeights) statedIndexed(own, figs []fig) []bool {
	out := make([]bool, len(own))
	if len(own) == 0 || len(figs) == 0 {
		return out
	}
	ix := fw.statedIndex(figs)
	best := map[string]float64{} // by likeKey: the best of figs SameIndicator alike
	for k, f := range own {
		fg := f.ownGrams()
		for _, x := range ix.equal(f.Quantity) {
			o := figs[x]
			if f.scope.apart(o.scope) || changesOfOthers(fw, f, o, own, figs) {
				continue
			}
			s := fw.similarity(fg, o.ownGrams())
			if s < FigureFloor {
				continue
			}
			key := likeKey(f)
			b, ok := best[key]
			if !ok {
				b = ix.bestAlike(f)
				best[key] = b
			}
			if s >= b {
				out[k] = true
				break
			}
		}
	}
	return out
}

// naiveCells is the most figures of one side times those of the other
// that statedAll reads naively (stated): a comparison of two reports of
// 1000 short sections of three figures each (similarSections), whose
// pairs, merges and splits are 165,000 pairs of 3 figures a side, spent
// 5.6 s of CPU indexing them one by one: 20 s for the whole comparison,
// 14 s reading them naively.
const naiveCells = 400

// stated is statedAll for one figure, read naively: f against every
// figure of figs, twice. statedAll reads so the pairs of few figures (most
// pairs), for which its indexes cost more than they save, and must
// answer as it does for the others (TestStatedAll).
func (fw *figWeights) stated(f fig, own, figs []fig) bool {
	best := 0.0
	for _, o := range figs {
		// a figure of another role names another thing: last year's
		// result (涨幅控制在3.3%) does not make this year's target, said
		// in other words (涨幅控制在4%左右 against 总水平涨幅控制在4%左右),
		// another measure
		if !o.base && o.Unit == f.Unit && !f.scope.apart(o.scope) && (o.role == f.role || o.role == "" || f.role == "") {
			best = max(best, fw.similarity(f.ownGrams(), o.ownGrams()))
		}
	}
	for _, o := range figs {
		if o.base || !o.Quantity.equal(f.Quantity) || f.scope.apart(o.scope) || changesOfOthers(fw, f, o, own, figs) {
			continue
		}
		if s := fw.similarity(f.ownGrams(), o.ownGrams()); s >= FigureFloor && (s >= best || best < SameIndicator) {
			return true
		}
	}
	return false
}

// likeKey names what the best alike indicator of a figure depends on: its
// indicator's character pairs, unit, scopes and role.
func likeKey(f fig) string {
	gs := f.ownGrams()
	b := make([]byte, 0, len(f.Unit)+len(f.role)+len(f.scope)+2+8*len(gs))
	b = append(b, f.Unit...)
	b = append(b, 0)
	b = append(b, f.role...)
	b = append(b, 0)
	b = append(b, f.scope[:]...)
	for _, g := range gs {
		b = binary.LittleEndian.AppendUint64(b, g)
	}
	return string(b)
}

// statedFigs indexes the figures of one side for statedAll.
type statedFigs struct {
	fw    *figWeights
	figs  []fig
	byQty map[[2]string][]int // unit and bound qualifier -> figures (not base), by value
	likes []statedLike        // the distinct indicators (likeKey) of the figures not base
	post  map[uint64][]int    // character pair -> likes that hold it
	seen  []int               // by like: the last query that read it
	query int
}

// statedLike is one indicator, unit, scope and role of a side, and one
// figure that has them.
type statedLike struct{ f fig }

func (fw *figWeights) statedIndex(figs []fig) *statedFigs {
	ix := &statedFigs{fw: fw, figs: figs, byQty: map[[2]string][]int{}, post: map[uint64][]int{}}
	at := map[string]int{}
	for x, o := range figs {
		if o.base {
			continue
		}
		q := [2]string{o.Unit, bound(o.Qualifier)}
		ix.byQty[q] = append(ix.byQty[q], x)
		key := likeKey(o)
		if _, ok := at[key]; ok {
			continue
		}
		at[key] = len(ix.likes)
		for _, g := range o.ownGrams() {
			ix.post[g] = append(ix.post[g], len(ix.likes))
		}
		ix.likes = append(ix.likes, statedLike{o})
	}
	for _, xs := range ix.byQty {
		slices.SortStableFunc(xs, func(a, b int) int { return cmp.Compare(figs[a].Value, figs[b].Value) })
	}
	ix.seen = make([]int, len(ix.likes))
	return ix
}

// equal returns the figures (not base) whose quantity equals q.
func (ix *statedFigs) equal(q Quantity) []int {
	xs := ix.byQty[[2]string{q.Unit, bound(q.Qualifier)}]
	// sameValue(a, b) holds only within 1e-9 of the larger: within 2e-9
	// of a
	tol := 2e-9 * max(q.Value, -q.Value)
	lo, _ := slices.BinarySearchFunc(xs, q.Value-tol, func(x int, v float64) int { return cmp.Compare(ix.figs[x].Value, v) })
	var out []int
	for _, x := range xs[lo:] {
		if ix.figs[x].Value > q.Value+tol {
			break
		}
		if ix.figs[x].Quantity.equal(q) {
			out = append(out, x)
		}
	}
	return out
}

// bestAlike returns the greatest likeness of f's indicator to that of a
// figure of the side (not base) of f's unit, not of another scope or
// role, when it is SameIndicator or more, else 0.
func (ix *statedFigs) bestAlike(f fig) float64 {
	fw, fg := ix.fw, f.ownGrams()
	if len(fg) == 0 {
		return 0
	}
	// set aside the commonest pairs while their weight stays under what
	// an indicator SameIndicator alike shares at least (with a margin for
	// the order of the sums)
	byWeight := slices.Clone(fg)
	slices.SortStableFunc(byWeight, func(a, b uint64) int { return cmp.Compare(fw.weight(a), fw.weight(b)) })
	wf := 0.0
	for _, g := range fg {
		wf += fw.weight(g)
	}
	least := SameIndicator * wf / (2 - SameIndicator) * (1 - 1e-6)
	aside, k := 0.0, 0
	for k < len(byWeight) && aside+fw.weight(byWeight[k]) < least {
		aside += fw.weight(byWeight[k])
		k++
	}
	ix.query++
	best := 0.0
	for _, g := range byWeight[k:] {
		for _, l := range ix.post[g] {
			if ix.seen[l] == ix.query {
				continue
			}
			ix.seen[l] = ix.query
			o := ix.likes[l].f
			if o.Unit != f.Unit || f.scope.apart(o.scope) || !(o.role == f.role || o.role == "" || f.role == "") {
				continue
			}
			if v := fw.similarity(fg, o.ownGrams()); v >= SameIndicator {
				best = max(best, v)
			}
		}
	}
	return best
}
