package cputime

import (
	"runtime"
	"testing"
	"time"
)

// TestSelfGrows: a loop that spins for 50 ms of wall time on one thread
// shows as CPU time where the system reports it.
func TestSelfGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("CPU time not read on", runtime.GOOS)
	}
	c0 := Self()
	x := 0
	for t0 := time.Now(); time.Since(t0) < 50*time.Millisecond; {
		x++
	}
	if d := Self() - c0; d <= 0 {
		t.Errorf("CPU time grew by %v over a 50 ms spin (%d turns)", d, x)
	}
}
