package compare

import "math"

// assign solves the assignment problem: it returns, for every row of gain,
// the column assigned to it (-1 for none) so that the sum of the gains of
// the assigned cells is as large as possible. gain is a rows x cols
// matrix; a zero gain is as good as no pairing, and the caller drops such
// pairs. This is the Hungarian method with potentials (Kuhn-Munkres in
// the Jonker-Volgenant form), O(n²m) for n <= m after padding to a square.
// It is deterministic: ties go to the lower column.
//
// stopped, asked before each row is added (nil: never), gives up: assign
// then returns no column for any row. A group of a thousand sections is
// about a second of CPU.
func assign(gain [][]float64, stopped func() bool) []int {
	rows := len(gain)
	if rows == 0 {
		return nil
	}
	none := func() []int {
		m := make([]int, rows)
		for i := range m {
			m[i] = -1
		}
		return m
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
			return none()
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
	match := none()
	for j := 1; j <= cols; j++ {
		if i := p[j]; i >= 1 && i <= rows && gain[i-1][j-1] > 0 {
			match[i-1] = j - 1
		}
	}
	return match
}
