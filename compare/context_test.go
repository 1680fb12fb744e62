package compare

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

func TestCompareContext(t *testing.T) {
	a := readSample(t, "minghu-edu-2022-plan.txt")
	b := readSample(t, "minghu-edu-2023-plan.txt")
	t.Run("OK", func(t *testing.T) {
		r, err := CompareContext(context.Background(), a, b, Options{})
		if err != nil || r.Summary.Changed == 0 {
			t.Fatalf("CompareContext = %+v, %v; want a report with changed sections", r, err)
		}
	})
	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := CompareContext(ctx, a, b, Options{}); !errors.Is(err, context.Canceled) {
			t.Errorf("CompareContext(canceled) = %v, want context.Canceled", err)
		}
	})
	t.Run("TooLarge", func(t *testing.T) {
		big := &corpus.Document{ID: "big", Source: "big.txt", Body: strings.Repeat("字", MaxRunes+1)}
		_, err := CompareContext(context.Background(), a, big, Options{})
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.txt") {
			t.Errorf("CompareContext(%d characters) = %v, want ErrTooLarge naming the file", MaxRunes+1, err)
		}
	})
	t.Run("StopsDiffing", func(t *testing.T) {
		// Once the context has ended, pairs are no longer diffed.
		done := make(chan struct{})
		close(done)
		r := Compare(a, b, Options{done: done})
		for _, p := range r.Pairs {
			if len(p.Diff) > 0 {
				t.Fatalf("pair %v was diffed after the context ended", p.From)
			}
		}
	})
}

// TestChangedFiguresStops: a comparison abandoned while its figures are
// weighed (seconds of CPU for two long reports of many figures before
// statedAll, and still a while for the pairs of many figures) stops
// weighing them, so that its turn
// (api's compareTurn) goes back soon after its caller has gone.
func TestChangedFiguresStops(t *testing.T) {
	a := readSample(t, "wangchuan-gov-2022-report.txt")
	b := readSample(t, "wangchuan-gov-2023-report.txt")
	both, sf := figurePairs(t, a, b)
	if got := changedFigures(both, sf, func() bool { return false }); len(got) == 0 {
		t.Fatal("no changed figure between the sample's two reports: the test shows nothing")
	}
	asked := 0
	stopAfterOne := func() bool { asked++; return asked > 1 }
	if got := changedFigures(both, sf, stopAfterOne); got != nil {
		t.Errorf("changedFigures went on after it was stopped: %d changes", len(got))
	}
	if asked != 2 {
		t.Errorf("changedFigures asked whether it was stopped %d times, want 2 (then it stops)", asked)
	}
}
