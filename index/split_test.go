package index

import (
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestLookupInRanges checks a lookup that reads a segment in ranges of
// slots on several goroutines (split.go) against the same lookup read
// whole on one: the same sections and counts for random wordings of 2 to
// 8 characters of the texts, whole and within random parts of the live
// sections (the latter against the lookup of all of them, within's part
// taken), over one merged segment of dense and sparse lists with
// deleted sections, and over it with newer segments after it. BM25's
// counts of a word in a set (View.wordFreqs), read in the same ranges,
// are checked against the word's lookup.
func TestLookupInRanges(t *testing.T) {
	defer func(n uint32, z, p int) { parallelSlots, splitSlots = n, z; runtime.GOMAXPROCS(p) }(parallelSlots, splitSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
	ix, _ := openTemp(t)
	rng := rand.New(rand.NewSource(71))
	const few, many = "明湖望川县", "教育现代化推进落实双减政策课后服务覆盖率学校教师学生"
	text := func() string {
		var b strings.Builder
		for range 10 + rng.Intn(60) {
			if rng.Intn(5) == 0 {
				b.WriteRune([]rune(many)[rng.Intn(len([]rune(many)))])
			} else {
				b.WriteRune([]rune(few)[rng.Intn(len([]rune(few)))])
			}
		}
		return b.String()
	}
	var texts, ids []string
	add := func(docs int) {
		var batch []*corpus.Document
		for i := range docs {
			var ht []string
			for range 1 + rng.Intn(6) {
				s := text()
				texts = append(texts, s)
				ht = append(ht, "（一）", s)
			}
			ids = append(ids, fmt.Sprintf("d%03d-%d", i, len(texts)))
			batch = append(batch, doc(ids[len(ids)-1], "望川县", 2020, ht...))
		}
		if err := ix.Add(batch...); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string, segs int) {
		t.Helper()
		err := ix.View(func(v *View) error {
			if len(v.s.segs) < segs {
				t.Fatalf("%s: %d segments, want %d or more", when, len(v.s.segs), segs)
			}
			split := 0
			for q := range 300 {
				r := []rune(texts[rng.Intn(len(texts))])
				k := min(len(r), 2+rng.Intn(7))
				i := rng.Intn(len(r) - k + 1)
				runes := r[i : i+k]
				var within []uint32
				if q%2 == 1 {
					// a quarter of the sections, or a few (fewer than
					// a segment's words of bits: denseCandidates tests
					// them one by one)
					few := q%4 == 3
					for _, s := range v.Live() {
						if few && rng.Intn(200) == 0 || !few && rng.Intn(4) == 0 {
							within = append(within, s)
						}
					}
				}
				if len(runes) == 2 && within == nil {
					continue // a bigram's whole list: gather, not lookupLong
				}
				splitSlots = 1 << 30
				wantS, wantT := v.s.lookupLong(runes, within, answerArrays{}, true)
				splitSlots, parallelSlots = 0, 0
				if len(v.s.lookupParts()) > len(v.s.segs) {
					split++
				}
				gotS, gotT := v.s.lookupLong(runes, within, answerArrays{}, true)
				parallelSlots = 1 << 15
				if !slices.Equal(gotS, wantS) || !slices.Equal(gotT, wantT) {
					t.Errorf("%s: lookup of %q (within %d) in ranges = %v %v, whole %v %v", when, string(runes), len(within), gotS, gotT, wantS, wantT)
				}
				if within != nil {
					// within's part of the lookup of every section
					allS, allT := v.s.lookupLong(runes, nil, answerArrays{}, true)
					var inS []uint32
					var inT []uint8
					for j, s := range allS {
						if _, ok := slices.BinarySearch(within, s); ok {
							inS, inT = append(inS, s), append(inT, allT[j])
						}
					}
					if !slices.Equal(gotS, inS) || !slices.Equal(gotT, inT) {
						t.Errorf("%s: lookup of %q within %d sections = %v %v, the whole lookup's %v %v", when, string(runes), len(within), gotS, gotT, inS, inT)
					}
				}
			}
			if split == 0 {
				t.Errorf("%s: no lookup read a segment in ranges", when)
			}
			// BM25's counts of words of one and two characters, counted
			// in ranges (View.wordFreqs), against their lookups
			splitSlots, parallelSlots = 0, 0
			ranged := 0
			for _, r := range v.s.lookupParts() {
				if r.lo > 0 && v.s.segs[r.seg].ndel == 0 {
					ranged++
				}
			}
			if segs > 1 && ranged == 0 {
				t.Errorf("%s: no segment without deletions read in ranges", when)
			}
			for range 60 {
				r := []rune(texts[rng.Intn(len(texts))])
				k := 1 + rng.Intn(2)
				i := rng.Intn(len(r) - k + 1)
				checkWordFreqs(t, v, string(r[i:i+k]), rng, when)
			}
			parallelSlots = 1 << 15
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for range 6 {
		add(60)
	}
	ix.compact()
	for _, i := range rng.Perm(len(ids))[:30] {
		if err := ix.Delete(ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	check("one merged segment with deletions", 1)
	add(5)
	add(40)
	check("with newer segments", 2)
}

// TestLookupPartsCover: the parts of a lookup cover each segment's slots
// once, none empty, whatever splitSlots is. With splitSlots low (as tests
// set it), a segment of fewer slots than GOMAXPROCS had an empty part and
// then the whole, and wordFreqs counted its document frequencies twice
// (TestTruncatedUnderSearch's workers case failed one run in four).
func TestLookupPartsCover(t *testing.T) {
	defer func(n, p uint32, procs int) {
		splitSlots, parallelSlots = int(n), p
		runtime.GOMAXPROCS(procs)
	}(uint32(splitSlots), parallelSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
	ix, _, _, _ := openRestatting(t)
	splitSlots, parallelSlots = 0, 0
	ix.View(func(v *View) error {
		small := false
		covered := make([]uint32, len(v.s.segs))
		for _, p := range v.s.lookupParts() {
			n := uint32(v.s.segs[p.seg].seg.numSlots())
			small = small || n < uint32(runtime.GOMAXPROCS(0))
			if p.lo != covered[p.seg] || p.hi <= p.lo && n > 0 || p.hi > n {
				t.Errorf("segment %d of %d slots: part %d-%d after %d covered", p.seg, n, p.lo, p.hi, covered[p.seg])
			}
			covered[p.seg] = p.hi
		}
		for i, c := range covered {
			if n := uint32(v.s.segs[i].seg.numSlots()); c != n {
				t.Errorf("segment %d of %d slots: parts cover %d", i, n, c)
			}
		}
		if !small {
			t.Fatalf("no segment of fewer slots than GOMAXPROCS (%d): the case is not tried", runtime.GOMAXPROCS(0))
		}
		return nil
	})
}
