package compare

import (
	"strings"
	"testing"
)

// A panic in one of the goroutines a comparison starts must reach the
// goroutine that waits for it, where the server recovers it as a 500;
// unrecovered in its own goroutine it would end the process.
func TestBackgroundPanicReachesTheWaiter(t *testing.T) {
	caught := func(f func()) (v any) {
		defer func() { v = recover() }()
		f()
		return nil
	}
	v := caught(func() {
		wait := background(func() { panic("in the background") })
		wait()
	})
	if v != "in the background" {
		t.Errorf("background: recovered %v, want the goroutine's panic", v)
	}
	v = caught(func() {
		parallel(64, func(k int) {
			if k == 37 {
				panic("item 37")
			}
		})
	})
	if s, _ := v.(string); !strings.Contains(s, "37") {
		t.Errorf("parallel: recovered %v, want the worker's panic", v)
	}
	done := 0
	if v := caught(func() { background(func() { done++ })() }); v != nil || done != 1 {
		t.Errorf("background without a panic: recovered %v, ran %d times", v, done)
	}
}
