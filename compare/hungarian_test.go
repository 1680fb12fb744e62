package compare

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestAssignParts: assign, which solves each connected part of the
// positive cells apart, gives the assignment the Hungarian method gives
// on the whole matrix (assignDense), on matrices of a few rows to a few
// dozen whose positive cells are sparse, in parts, and on matrices of
// one part and of none. Their gains are random, so that one assignment
// is the best.
func TestAssignParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(87, 5))
	for c := 0; c < 400; c++ {
		rows, cols := 1+rng.IntN(40), 1+rng.IntN(40)
		density := []float64{0, 0.02, 0.05, 0.1, 0.3, 1}[c%6]
		gain := randomGain(rng, rows, cols, density)
		want, _ := assignDense(gain, nil)
		if got := assign(gain, nil); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("case %d, %dx%d at %.2f: assign = %v, assignDense = %v", c, rows, cols, density, got, want)
		}
	}
}

// TestAssignStops: assign asks whether it is stopped before each row
// of a part, and once told so returns no column for any row.
func TestAssignStops(t *testing.T) {
	gain := [][]float64{{0.9, 0, 0}, {0.2, 0.8, 0}, {0, 0, 0.5}}
	asked := 0
	if got := assign(gain, func() bool { asked++; return false }); fmt.Sprint(got) != "[0 1 2]" {
		t.Fatalf("assign = %v, want [0 1 2]", got)
	}
	if asked < len(gain) {
		t.Errorf("assign asked %d times for %d rows, want one a row at least", asked, len(gain))
	}
	asked = 0
	if got := assign(gain, func() bool { asked++; return asked > 1 }); fmt.Sprint(got) != "[-1 -1 -1]" {
		t.Errorf("stopped at the second question: assign = %v, want no column for any row", got)
	}
	if asked != 2 {
		t.Errorf("stopped at the second question: assign asked %d times, want 2", asked)
	}
}

// sparseCells returns the positive cells of gain, row by row.
func sparseCells(gain [][]float64) [][]cell {
	cells := make([][]cell, len(gain))
	for i, row := range gain {
		for j, g := range row {
			if g > 0 {
				cells[i] = append(cells[i], cell{j, g})
			}
		}
	}
	return cells
}

// TestAssignSparse: assignSparse gives the assignment assignDense gives,
// on random matrices of up to 150 rows and columns, sparse to full, whose
// gains are random (so that one assignment is the best), and on a chain
// of 400 rows each alike to its column and the next (one part of them
// all, which assign gives assignSparse).
func TestAssignSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(87, 6))
	for c := 0; c < 300; c++ {
		rows, cols := 1+rng.IntN(150), 1+rng.IntN(150)
		density := []float64{0, 0.01, 0.03, 0.1, 0.5, 1}[c%6]
		gain := randomGain(rng, rows, cols, density)
		want, _ := assignDense(gain, nil)
		got, _ := assignSparse(rows, cols, sparseCells(gain), nil)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("case %d, %dx%d at %.2f: assignSparse = %v, assignDense = %v", c, rows, cols, density, got, want)
		}
	}
	const n = 400
	gain := make([][]float64, n)
	for i := range gain {
		gain[i] = make([]float64, n)
		gain[i][i] = 0.5 + 0.4*rng.Float64()
		if i+1 < n {
			gain[i][i+1] = 0.5 + 0.4*rng.Float64()
		}
	}
	want, _ := assignDense(gain, nil)
	if got := assign(gain, nil); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("a chain of %d: assign = %v, assignDense = %v", n, got, want)
	}
}

// BenchmarkAssignSparse measures assign on a matrix of 1,000 rows and
// columns with four positive cells a row at random columns, which link
// in one part of nearly all of them: go test ./compare -run XXX -bench
// AssignSparse (assignDense on it: about 400 ms a solution).
func BenchmarkAssignSparse(b *testing.B) {
	rng := rand.New(rand.NewPCG(87, 8))
	const n = 1000
	gain := make([][]float64, n)
	for i := range gain {
		gain[i] = make([]float64, n)
		for range 4 {
			gain[i][rng.IntN(n)] = 0.3 + 0.01*rng.Float64()
		}
	}
	for b.Loop() {
		assign(gain, nil)
	}
}

// randomGain returns a rows x cols gain matrix whose cells are positive,
// with random gains, at the rate density and zero elsewhere.
func randomGain(rng *rand.Rand, rows, cols int, density float64) [][]float64 {
	gain := make([][]float64, rows)
	for i := range gain {
		gain[i] = make([]float64, cols)
		for j := range gain[i] {
			if rng.Float64() < density {
				gain[i][j] = rng.Float64()
			}
		}
	}
	return gain
}
