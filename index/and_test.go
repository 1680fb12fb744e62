package index

import (
	"fmt"
	"maps"
	"math/rand"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// TestContainingAll checks the words of a term intersected as bit sets
// (ContainingAll) against a brute-force scan, and a two-character word's
// counts in a set read from its dense list (denseList.wordFreqs) against
// its lookup, while documents are added in small writes (many segments),
// replaced and deleted, and after the segments are merged into one. The
// texts are mostly of a few characters, so that their bigrams' lists are
// dense (over an eighth of a segment's sections), and partly of many, so
// that others are not. It runs with the segments read one after the other,
// on several goroutines, and each in ranges of slots (split.go).
func TestContainingAll(t *testing.T) {
	t.Run("in turn", testContainingAll)
	t.Run("in parallel", func(t *testing.T) {
		defer func(n uint32, p int) { parallelSlots = n; runtime.GOMAXPROCS(p) }(parallelSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
		parallelSlots = 0
		testContainingAll(t)
	})
	// every segment read in ranges of slots (split.go), as a large one
	// is: each range ANDs its own words and lays out its own stretch
	t.Run("in ranges", func(t *testing.T) {
		defer func(n uint32, z, p int) { parallelSlots, splitSlots = n, z; runtime.GOMAXPROCS(p) }(parallelSlots, splitSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
		parallelSlots, splitSlots = 0, 0
		testContainingAll(t)
	})
}

func testContainingAll(t *testing.T) {
	ix, _ := openTemp(t)
	rng := rand.New(rand.NewSource(14))
	const few, many = "明湖望川县", "教育现代化推进落实双减政策课后服务覆盖率学校教师学生"
	text := func() string {
		var b strings.Builder
		for range 10 + rng.Intn(40) {
			if rng.Intn(6) == 0 {
				b.WriteRune([]rune(many)[rng.Intn(len([]rune(many)))])
			} else {
				b.WriteRune([]rune(few)[rng.Intn(len([]rune(few)))])
			}
		}
		return b.String()
	}
	docs := map[string]*corpus.Document{}
	add := func(n int) {
		var batch []*corpus.Document
		for range n {
			var ht []string
			for range 1 + rng.Intn(5) {
				ht = append(ht, "（一）", text())
			}
			d := doc(fmt.Sprintf("d%02d", rng.Intn(80)), "望川县", 2020+rng.Intn(5), ht...)
			batch = append(batch, d)
		}
		if err := ix.Add(batch...); err != nil {
			t.Fatal(err)
		}
		for _, d := range batch {
			docs[d.ID] = d
		}
	}
	del := func(n int) {
		for _, id := range slices.Sorted(func(yield func(string) bool) {
			for id := range docs {
				if !yield(id) {
					return
				}
			}
		})[:n] {
			if err := ix.Delete(id); err != nil {
				t.Fatal(err)
			}
			delete(docs, id)
		}
	}
	check := func(when string) {
		t.Helper()
		var texts []string
		for _, d := range docs {
			for _, s := range d.Sections {
				texts = append(texts, s.Text)
			}
		}
		sort.Strings(texts)
		dense := 0
		err := ix.View(func(v *View) error {
			for q := range 150 {
				var words []string
				for range 1 + rng.Intn(4) {
					r := []rune(texts[rng.Intn(len(texts))])
					k := min(len(r), []int{1, 2, 2, 2, 3, 4}[rng.Intn(6)])
					i := rng.Intn(len(r) - k + 1)
					words = append(words, string(r[i:i+k]))
				}
				if q%10 == 0 {
					words = append(words, "城乡") // in no section
				}
				var want []string
				for i, w := range words {
					if i == 0 {
						want = bruteContaining(docs, w)
					} else {
						ids := bruteContaining(docs, w)
						want = slices.DeleteFunc(want, func(id string) bool { _, ok := slices.BinarySearch(ids, id); return !ok })
					}
				}
				fresh := &View{ix: v.ix, s: v.s, tx: v.tx}
				var got []string
				for _, s := range fresh.ContainingAll(words) {
					got = append(got, v.SectionID(s))
				}
				sort.Strings(got)
				if !slices.Equal(got, want) {
					t.Errorf("%s: ContainingAll(%q) = %v, brute force %v", when, words, got, want)
				}
				// the wording of a longer quote, its sections narrowed by
				// the dense lists of its bigrams (denseCandidates)
				checkLookup(t, fresh, docs, []rune(texts[rng.Intn(len(texts))]), rng, when)
				for _, w := range words {
					if len([]rune(w)) == 2 {
						checkWordFreqs(t, fresh, w, rng, when)
						for i := range v.s.segs {
							sg := v.s.segs[i].seg
							if j, ok := slices.BinarySearch(sg.keys, bigram([]rune(w)[0], []rune(w)[1])); ok {
								if _, ok := sg.dense(j); ok {
									dense++
								}
							}
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if dense == 0 {
			t.Fatalf("%s: no two-character word had a dense list", when)
		}
	}
	for range 25 {
		add(1 + rng.Intn(3))
	}
	check("after adds and replacements")
	del(8)
	check("after deletes")
	ix.compact()
	check("after merging")
	add(3)
	del(4)
	check("after more writes on the merged segment")
	if got := (&View{}).ContainingAll(nil); got != nil {
		t.Errorf("ContainingAll of no words = %v", got)
	}
}

// checkLookup checks the lookup of a random wording of 3 to 8 characters
// of r (a section's text): its sections against a brute-force scan of
// docs and its counts against the places it starts at in their folded
// texts (overlapping ones included), and its lookup within a random part
// of the live sections.
func checkLookup(t *testing.T, v *View, docs map[string]*corpus.Document, r []rune, rng *rand.Rand, when string) {
	t.Helper()
	k := min(len(r), 3+rng.Intn(6))
	i := rng.Intn(len(r) - k + 1)
	fw := analysis.Fold(string(r[i : i+k]))
	if len([]rune(fw)) < 3 {
		return
	}
	want := scanCounts(docs, fw)
	l := v.find(fw)
	got := map[string]uint8{}
	for j, s := range l.slots {
		got[v.SectionID(s)] = l.tfs[j]
	}
	if !maps.Equal(got, want) {
		t.Errorf("%s: lookup of %q = %v, brute force %v", when, fw, got, want)
	}
	var part []uint32
	for _, s := range v.Live() {
		if rng.Intn(3) == 0 {
			part = append(part, s)
		}
	}
	slots, tfs := v.s.lookupWithin(fw, part)
	for j, s := range slots {
		if !slices.Contains(part, s) || want[v.SectionID(s)] != tfs[j] {
			t.Errorf("%s: lookup of %q within a part: slot %d count %d, want %d", when, fw, s, tfs[j], want[v.SectionID(s)])
		}
	}
	n := 0
	for _, s := range part {
		if want[v.SectionID(s)] > 0 {
			n++
		}
	}
	if len(slots) != n {
		t.Errorf("%s: lookup of %q within a part: %d sections, want %d", when, fw, len(slots), n)
	}
}

// scanCounts is the brute-force answer of a lookup of the folded wording
// fw: each section of docs that holds it, with the number of its places
// (counted to 255).
func scanCounts(docs map[string]*corpus.Document, fw string) map[string]uint8 {
	want := map[string]uint8{}
	for _, d := range docs {
		for _, s := range d.Sections {
			f := analysis.FoldSection(s.Heading, s.Joint, s.Text)
			n := 0
			for j := 0; j < len(f); j++ {
				if strings.HasPrefix(f[j:], fw) {
					n++
				}
			}
			if n > 0 {
				want[s.ID] = uint8(min(n, 255))
			}
		}
	}
	return want
}
