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
		gain := make([][]float64, rows)
		for i := range gain {
			gain[i] = make([]float64, cols)
			for j := range gain[i] {
				if rng.Float64() < density {
					gain[i][j] = rng.Float64()
				}
			}
		}
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
