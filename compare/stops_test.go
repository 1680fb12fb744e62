package compare

import (
	"sync"
	"testing"

	"github.com/govreport/govreport/analysis"
)

// The parts of a comparison that run beside the alignment (the words of
// every section, the figures, the new and dropped terms) stop once the
// comparison is abandoned, as the alignment, the diffs and the figures'
// weighing do (TestPairSectionsStops, TestChangedFiguresStops): each is
// told through a stopped function, and the tests below count the work
// each does against the answers it had, never the time: a part asks
// before each section it takes up, so that it takes up no more sections
// than it was told to go on (false answers), and asks no more once told
// to stop.

// A stopCounter's ask, safe for several goroutines, answers false n
// times, then true, and counts the calls.
type stopCounter struct {
	mu      sync.Mutex
	n       int
	asked   int
	stopped bool
}

func (s *stopCounter) ask() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.asked++
	s.stopped = s.stopped || s.asked > s.n
	return s.stopped
}

// cutCount returns the number of sections of ps whose words are cut.
func cutCount(ps []*prepared) int {
	n := 0
	for _, p := range ps {
		if p.hwords != nil || p.twords != nil {
			n++
		}
	}
	return n
}

// TestTokenizeStops: the words of two reports of 1,000 sections a side
// (a second of CPU on both cores) are cut no further once the comparison
// is abandoned: a section being cut then is finished, no other begun.
func TestTokenizeStops(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	x, y := similarPair(t)
	for _, after := range []int{0, 10, 500} {
		ps := append(prepare(x), prepare(y)...)
		s := &stopCounter{n: after}
		tokenize(ps, s.ask)
		if !s.stopped {
			t.Fatalf("tokenize asked %d times whether it was stopped for %d sections, want one a section", s.asked, len(ps))
		}
		if cut := cutCount(ps); cut > after {
			t.Errorf("stopped after %d answers: tokenize cut the words of %d sections, want at most %d (one an answer)", after, cut, after)
		}
		if s.asked != after+1 {
			t.Errorf("stopped after %d answers: tokenize asked %d times, want %d (then it stops)", after, s.asked, after+1)
		}
	}
}

// TestReadFiguresStops: the figures of two reports of 1,000 sections a
// side are read no further once the comparison is abandoned.
func TestReadFiguresStops(t *testing.T) {
	x, y := similarPair(t)
	pa, pb := prepare(x), prepare(y)
	if all := readFigures(pa, pb, nil, [2]int{2024, 2025}, nil); len(all.of) != len(pa)+len(pb) {
		t.Fatalf("readFigures read %d sections of %d", len(all.of), len(pa)+len(pb))
	}
	for _, after := range []int{0, 10, 1500} {
		var sf *sectionFigures
		s := &stopCounter{n: after}
		sf = readFigures(pa, pb, nil, [2]int{2024, 2025}, s.ask)
		if len(sf.of) > after {
			t.Errorf("stopped after %d answers: readFigures read %d sections, want at most %d (one an answer)", after, len(sf.of), after)
		}
		if s.asked != after+1 {
			t.Errorf("stopped after %d answers: readFigures asked %d times, want %d (then it stops)", after, s.asked, after+1)
		}
	}
}

// TestTermsStops: the new and dropped terms of two reports of 1,000
// sections a side, whose words the finder cuts itself, are sought no
// further once the comparison is abandoned: no section's words are cut
// after it, no more candidates weighed, and nothing is returned.
func TestTermsStops(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	x, y := similarPair(t)
	for _, after := range []int{0, 5, 300, 3000} {
		pa, pb := prepare(x), prepare(y)
		s := &stopCounter{n: after}
		added, dropped := terms(pa, pb, nil, false, 0, s.ask)
		if !s.stopped {
			t.Fatalf("terms asked %d times whether it was stopped, want more than %d", s.asked, after)
		}
		if cut := cutCount(pa) + cutCount(pb); cut > after {
			t.Errorf("stopped after %d answers: terms cut the words of %d sections, want at most %d (one an answer)", after, cut, after)
		}
		if s.asked != after+1 {
			t.Errorf("stopped after %d answers: terms asked %d times, want %d (then it stops)", after, s.asked, after+1)
		}
		if len(added) > 0 || len(dropped) > 0 {
			t.Errorf("stopped after %d answers: terms returned %d new and %d dropped terms, want none", after, len(added), len(dropped))
		}
	}
}

// TestCompareAbandonedCutsNothing: a comparison whose context has ended
// before it begins (the client gone while it waited for its turn) cuts
// no section's words, reads no figure, and finds no term: on main the
// words of every section were cut beside the alignment (a second of CPU
// for two reports of 1,000 sections a side).
func TestCompareAbandonedCutsNothing(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	x, y := similarSections("old", 200, 2024), similarSections("new", 200, 2025)
	done := make(chan struct{})
	close(done)
	r := Compare(x, y, Options{done: done})
	cut := 0
	for _, p := range r.Pairs {
		for _, q := range []*prepared{p.from, p.to} {
			if q != nil && (q.hwords != nil || q.twords != nil) {
				cut++
			}
		}
	}
	if cut > 0 {
		t.Errorf("an abandoned comparison cut the words of %d sections", cut)
	}
	if len(r.Summary.ChangedNumbers) > 0 || len(r.NewTerms) > 0 || len(r.DroppedTerms) > 0 {
		t.Errorf("an abandoned comparison found %d changed figures, %d new and %d dropped terms", len(r.Summary.ChangedNumbers), len(r.NewTerms), len(r.DroppedTerms))
	}
}
