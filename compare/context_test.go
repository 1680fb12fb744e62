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
