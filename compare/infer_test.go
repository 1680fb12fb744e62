package compare

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// numberedHeading matches the heading lines of the fixture: 一、… and （一）….
var numberedHeading = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)`)

// TestAlignInferredOutline reads a report of our own twice, as written and
// with its heading lines removed (a Word file whose headings were lost),
// and aligns the two: every section the reader inferred from the headless
// text pairs with the headed section that holds the same text.
func TestAlignInferredOutline(t *testing.T) {
	const name = "testdata/infer/yunxiu-2032.txt"
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, l := range strings.Split(string(data), "\n") {
		if !numberedHeading.MatchString(l) {
			kept = append(kept, l)
		}
	}
	headed, err := corpus.Read("yunxiu-2032.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	headless, err := corpus.Read("yunxiu-2032.txt", []byte(strings.Join(kept, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	// The headed section that holds each inferred section's first line of
	// text, when exactly one does and no other inferred section claims it.
	want := map[string]string{}
	claimed := map[string]int{}
	inferred := 0
	for _, s := range headless.Sections {
		if !s.Inferred {
			continue
		}
		inferred++
		line, _, _ := strings.Cut(s.Text, "\n")
		if line == "" {
			continue
		}
		var holders []string
		for _, h := range headed.Sections {
			if strings.Contains(h.Text, line) {
				holders = append(holders, h.ID)
			}
		}
		if len(holders) == 1 {
			want[s.ID] = holders[0]
			claimed[holders[0]]++
		}
	}
	if inferred < 10 {
		t.Fatalf("headless report: %d inferred sections, want the 2 parts, the closing and the 9 leads of its text:\n%s", inferred, headings(headless))
	}
	pairs := Align(headed, headless, Options{})
	dump := alignDump(pairs)
	checked := 0
	for to, from := range want {
		if claimed[from] > 1 {
			continue
		}
		checked++
		found := false
		for _, p := range pairs {
			if p.To != nil && p.To.ID == to && p.From != nil && p.From.ID == from && p.Status != Merged && p.Status != Split {
				found = true
			}
		}
		if !found {
			t.Errorf("inferred section %s (%s) is not paired with %s (%s); got:\n%s", to, heading(headless, to), from, heading(headed, from), dump)
		}
	}
	if checked < 10 {
		t.Errorf("only %d inferred sections hold the text of one headed section, want 10 or more:\n%s", checked, headings(headless))
	}
}

func heading(d *corpus.Document, id string) string {
	for _, s := range d.Sections {
		if s.ID == id {
			return s.Heading
		}
	}
	return ""
}

func headings(d *corpus.Document) string {
	var b strings.Builder
	for _, s := range d.Sections {
		b.WriteString(strings.Repeat("  ", s.Level) + s.Heading + "\n")
	}
	return b.String()
}
