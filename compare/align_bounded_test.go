package compare

import (
	"fmt"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// similarSections returns a report of n short sections of much the same
// text (a county's works, one a paragraph, a heading every ten), about 50
// characters each: the worst case for the alignment, whose one group of
// top-level sections holds them all, assigned by the Hungarian method
// (cubic in the group), and whose later passes read every section against
// every other.
func similarSections(id string, n, year int) *corpus.Document {
	d := &corpus.Document{ID: id, Title: fmt.Sprintf("白塔县%d年政府工作报告", year)}
	works := []string{"学校", "道路", "公园", "养老院", "卫生院", "文化站"}
	for i := 0; i < n; i++ {
		var head string
		if i%10 == 0 {
			head = fmt.Sprintf("（%d）%s建设", i/10+1, works[i/10%len(works)])
		}
		text := fmt.Sprintf("推进第%d批%s建设，新建改扩建%s%d所，完成投资%d万元，惠及群众%d人。\n",
			i%37+1, works[i%len(works)], works[(i+1)%len(works)], i%23+year%7, 100+i*3+year, 500+i%91)
		d.Sections = append(d.Sections, corpus.Section{ID: corpus.SectionID(id, i), DocID: id, Ordinal: i, Heading: head, Text: text})
	}
	return d
}

// TestPairSectionsStops: an abandoned comparison of two long reports of
// many similar short sections (1000 of about 50 characters a side are 3 s of CPU
// to pair; the test takes 300) stops pairing them at the next step, so that its turn (api's
// compareTurn) goes back soon after its caller has gone: pairSections
// asks whether it is stopped between its steps, often enough that no
// step is long (at least once per row of a group's assignment), and asks
// no more once told so.
func TestPairSectionsStops(t *testing.T) {
	x, y := similarSections("old", 300, 2024), similarSections("new", 300, 2025)
	pa, pb := prepare(x), prepare(y)
	asked := 0
	full := pairSections(pa, pb, Options{}, func() bool { asked++; return false })
	all := asked
	if all < len(pa) {
		t.Fatalf("pairSections asked whether it was stopped %d times for %d sections a side, want at least one a section", all, len(pa))
	}
	paired := func(pr *pairing) int {
		n := 0
		for _, j := range pr.match {
			if j >= 0 {
				n++
			}
		}
		return n
	}
	if paired(full) == 0 {
		t.Fatal("no section paired: the test shows nothing")
	}
	for _, after := range []int{0, 1, all / 2} {
		pa, pb := prepare(x), prepare(y)
		asked = 0
		pr := pairSections(pa, pb, Options{}, func() bool { asked++; return asked > after })
		if asked != after+1 {
			t.Errorf("stopped after %d answers: pairSections asked %d times, want %d (then it stops)", after, asked, after+1)
		}
		if after == 0 && paired(pr) != 0 {
			t.Errorf("stopped at once: pairSections paired %d sections", paired(pr))
		}
	}
}

// BenchmarkAlignSimilar measures the pairing of two reports of 1000
// similar short sections each (similarSections), the case
// TestPairSectionsStops stops:
// go test ./compare -run XXX -bench AlignSimilar -benchtime 3x
func BenchmarkAlignSimilar(b *testing.B) {
	x, y := similarSections("old", 1000, 2024), similarSections("new", 1000, 2025)
	for b.Loop() {
		alignPairs(prepare(x), prepare(y), Options{})
	}
	b.ReportMetric(float64(chars(x)), "chars-old")
}

// TestSecondsBounded: a section is merged from, or split into, a few
// sections, as readers list them (five partners at most in dev's gold
// alignments and probes r80e, r81e), never hundreds: in two reports of
// many short sections of one formula (similarSections), each alike to
// every other, no section is in more than maxSeconds merged or split
// pairs. Unbounded, 200 sections a side made 6,578 such pairs, a section
// in 34, each pair then diffed and its figures weighed.
func TestSecondsBounded(t *testing.T) {
	const n = 200
	pairs := Align(similarSections("old", n, 2024), similarSections("new", n, 2025), Options{})
	from, to := map[string]int{}, map[string]int{}
	seconds := 0
	for _, p := range pairs {
		if p.Status == Merged || p.Status == Split {
			seconds++
			from[p.From.ID]++
			to[p.To.ID]++
		}
	}
	most := 0
	for _, c := range from {
		most = max(most, c)
	}
	for _, c := range to {
		most = max(most, c)
	}
	t.Logf("%d pairs, %d merged or split, a section in %d at most", len(pairs), seconds, most)
	if most > maxSeconds {
		t.Errorf("a section is in %d merged or split pairs, want at most %d", most, maxSeconds)
	}
	if seconds > maxSeconds*n {
		t.Errorf("%d merged or split pairs for %d sections a side, want at most %d", seconds, n, maxSeconds*n)
	}
}
