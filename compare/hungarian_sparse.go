package compare

import (
	"container/heap"
	"math"
)

// denseRows is the most rows or columns of a part of an assignment
// (assign) that assignDense solves: its cost is cubic in the part, about
// 2 ms of CPU at 128 and 1.3 s at 1,000. A larger part is solved by
// assignSparse, whose cost grows with the part's positive cells, not its
// area. No part of dev's or the probes' pairs comes near it (their groups
// are of tens of sections); a report of hundreds of short sections of one
// formula that each link with their neighbours may make one part of them
// all.
const denseRows = 128

// A cell is a positive cell of a row of a sparse gain matrix.
type cell struct {
	col  int
	gain float64
}

// assignSparse solves the assignment problem of a gain matrix of rows
// rows and cols columns given by its positive cells, row by row, as
// assignDense does (the largest sum of gains; a row may take no column):
// successive shortest augmenting paths with potentials (Dijkstra), each
// row with a column of its own of zero gain, which stands for none. A
// row's path reaches only the columns of its cells and of the rows they
// lead to, so a part of n rows and e cells costs about n·e·log e, not n³.
// The best assignment is the same as assignDense's; of two that are
// equally good it may take the other (ties between sums of gains, which
// measured gains rarely make). stopped (nil: never), asked before each
// row is added, gives up: assignSparse then returns false.
func assignSparse(rows, cols int, cells [][]cell, stopped func() bool) ([]int, bool) {
	n := cols + rows // the real columns, then each row's column of none
	// costs are the gains negated; potentials keep the reduced cost
	// (cost - u[row] - v[col]) of every cell of the rows added at zero or
	// above, and at zero on the pairs taken; a column's potential is zero
	// until it is taken, so that a path to any free column is measured
	// from the same level
	u := make([]float64, rows)
	v := make([]float64, n)
	rowCol := make([]int, rows)
	colRow := make([]int, n)
	for j := range colRow {
		colRow[j] = -1
	}
	dist := make([]float64, n)
	pred := make([]int, n)
	done := make([]bool, n)
	for j := range dist {
		dist[j] = math.Inf(1)
	}
	var touched []int
	var queue colQueue
	for s := range rows {
		if stopped != nil && stopped() {
			return nil, false
		}
		touched, queue = touched[:0], queue[:0]
		reach := func(i int, base float64) {
			relax := func(j int, cost float64) {
				// a column already reached is at its least (a reduced
				// cost below zero by rounding would loop the path)
				if d := base + cost - u[i] - v[j]; !done[j] && d < dist[j] {
					if math.IsInf(dist[j], 1) {
						touched = append(touched, j)
					}
					dist[j], pred[j] = d, i
					heap.Push(&queue, colDist{j, d})
				}
			}
			for _, c := range cells[i] {
				relax(c.col, -c.gain)
			}
			relax(cols+i, 0)
		}
		u[s] = 0 // its column of none
		for _, c := range cells[s] {
			u[s] = math.Min(u[s], -c.gain-v[c.col])
		}
		reach(s, 0)
		free, far := -1, 0.0
		for queue.Len() > 0 {
			q := heap.Pop(&queue).(colDist)
			if done[q.col] || q.d > dist[q.col] {
				continue
			}
			done[q.col] = true
			if colRow[q.col] < 0 {
				free, far = q.col, q.d
				break
			}
			reach(colRow[q.col], q.d)
		}
		// potentials: every column reached nearer than the free one, and
		// the rows they hold, move by what they fall short of it
		u[s] += far
		for _, j := range touched {
			if done[j] && dist[j] < far {
				v[j] += dist[j] - far
				u[colRow[j]] += far - dist[j]
			}
		}
		// augment along the path
		for j := free; ; {
			i := pred[j]
			next := rowCol[i]
			rowCol[i], colRow[j] = j, i
			if i == s {
				break
			}
			j = next
		}
		for _, j := range touched {
			dist[j], done[j] = math.Inf(1), false
		}
	}
	match := fill(rows, -1)
	for i, j := range rowCol {
		if j < cols {
			match[i] = j
		}
	}
	return match, true
}

// colDist is a column and its distance in assignSparse's queue.
type colDist struct {
	col int
	d   float64
}

// colQueue is a heap of columns, nearest first, the lower column first at
// the same distance.
type colQueue []colDist

func (q colQueue) Len() int { return len(q) }
func (q colQueue) Less(a, b int) bool {
	return q[a].d < q[b].d || q[a].d == q[b].d && q[a].col < q[b].col
}
func (q colQueue) Swap(a, b int) { q[a], q[b] = q[b], q[a] }
func (q *colQueue) Push(x any)   { *q = append(*q, x.(colDist)) }
func (q *colQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}
