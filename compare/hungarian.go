package compare

import "math"

// assign solves the assignment problem: it returns, for every row of gain,
// the column assigned to it (-1 for none) so that the sum of the gains of
// the assigned cells is as large as possible. gain is a rows x cols
// matrix; a zero gain is as good as no pairing, and the caller drops such
// pairs.
//
// A cell of zero gain adds nothing to any assignment, so the rows and
// columns its cells of positive gain connect (the connected parts of that
// bipartite graph) are independent problems: the best assignment of the
// whole is the best of each part side by side, and a row or column of no
// positive cell takes none. assign solves a part of one row and one
// column by taking its cell, a part of up to denseRows rows and columns
// with assignDense, its rows and columns in their order (so that ties
// still go to the lower column), and a larger one with assignSparse. A
// group of a thousand similar short sections (similarSections), one
// dense problem of a thousand rows of about 1.3 s of CPU, links in parts
// of 334 rows and columns at most.
//
// stopped (nil: never) is asked before each row of a part is added, as
// assignDense asks it; once it says so assign returns no column for any
// row.
func assign(gain [][]float64, stopped func() bool) []int {
	rows := len(gain)
	if rows == 0 {
		return nil
	}
	cols := len(gain[0])
	match := fill(rows, -1)
	// rows 0..rows-1 and columns rows..rows+cols-1
	parts := newDisjoint(rows + cols)
	find := parts.find
	linked := make([]bool, rows+cols)
	for i, row := range gain {
		for j, g := range row {
			if g > 0 {
				linked[i], linked[rows+j] = true, true
				parts.join(i, rows+j)
			}
		}
	}
	// the parts in the order of their first row, each row and column in
	// order
	partRows, partCols := map[int][]int{}, map[int][]int{}
	var order []int
	for i := range rows {
		if linked[i] {
			r := find(i)
			if partRows[r] == nil {
				order = append(order, r)
			}
			partRows[r] = append(partRows[r], i)
		}
	}
	for j := range cols {
		if linked[rows+j] {
			r := find(rows + j)
			partCols[r] = append(partCols[r], j)
		}
	}
	for _, r := range order {
		rs, cs := partRows[r], partCols[r]
		if len(rs) == 1 && len(cs) == 1 {
			if stopped != nil && stopped() {
				return fill(rows, -1)
			}
			match[rs[0]] = cs[0]
			continue
		}
		var m []int
		ok := true
		if len(rs) <= denseRows && len(cs) <= denseRows {
			sub := make([][]float64, len(rs))
			for a, i := range rs {
				sub[a] = make([]float64, len(cs))
				for b, j := range cs {
					sub[a][b] = gain[i][j]
				}
			}
			m, ok = assignDense(sub, stopped)
		} else {
			cells := make([][]cell, len(rs))
			for a, i := range rs {
				for b, j := range cs {
					if g := gain[i][j]; g > 0 {
						cells[a] = append(cells[a], cell{b, g})
					}
				}
			}
			m, ok = assignSparse(len(rs), len(cs), cells, stopped)
		}
		if !ok {
			return fill(rows, -1)
		}
		for a, b := range m {
			if b >= 0 {
				match[rs[a]] = cs[b]
			}
		}
	}
	return match
}

// assignDense solves the assignment problem of gain as assign does, on the
// whole matrix: the Hungarian method with potentials (Kuhn-Munkres in the
// Jonker-Volgenant form), O(n²m) for n <= m after padding to a square.
// It is deterministic: ties go to the lower column. stopped (nil: never),
// asked before each row is added, gives up: assignDense then returns false.
func assignDense(gain [][]float64, stopped func() bool) ([]int, bool) {
	rows := len(gain)
	if rows == 0 {
		return nil, true
	}
	cols := len(gain[0])
	n := max(rows, cols)
	cost := func(i, j int) float64 { // 1-based; padded cells cost 0
		if i > rows || j > cols {
			return 0
		}
		return -gain[i-1][j-1]
	}
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1) // p[j]: row assigned to column j
	way := make([]int, n+1)
	minv := make([]float64, n+1)
	used := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		if stopped != nil && stopped() {
			return nil, false
		}
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0 := p[j0]
			delta := math.Inf(1)
			j1 := 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				cur := cost(i0, j) - u[i0] - v[j]
				if cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	match := fill(rows, -1)
	for j := 1; j <= cols; j++ {
		if i := p[j]; i >= 1 && i <= rows && gain[i-1][j-1] > 0 {
			match[i-1] = j - 1
		}
	}
	return match, true
}

// disjoint holds disjoint sets of 0..n-1 (union-find): each element's
// parent, a set's root its own parent.
type disjoint []int

// newDisjoint returns n sets of one element each.
func newDisjoint(n int) disjoint {
	d := make(disjoint, n)
	for k := range d {
		d[k] = k
	}
	return d
}

// find returns the root of k's set, halving the path on the way.
func (d disjoint) find(k int) int {
	for d[k] != k {
		d[k] = d[d[k]]
		k = d[k]
	}
	return k
}

// join merges the sets of a and b; the smaller root stays the root.
func (d disjoint) join(a, b int) {
	if a, b = d.find(a), d.find(b); a != b {
		d[max(a, b)] = min(a, b)
	}
}
