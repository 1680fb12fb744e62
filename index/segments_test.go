package index

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// randomDoc builds a document of 1 to 4 sections of noisy text; seed picks
// the text.
func randomDoc(id string, seed int) *corpus.Document {
	var ht []string
	for s := 0; s < 1+seed%4; s++ {
		ht = append(ht, fmt.Sprintf("（%d）第%d条", s+1, seed%7), noisyText(seed*10+s, 40+seed%90))
	}
	return doc(id, "望川县", 2020+seed%5, ht...)
}

// bruteContaining returns the sorted IDs of the sections of docs whose
// folded heading and text contain analysis.Fold(wording).
func bruteContaining(docs map[string]*corpus.Document, wording string) []string {
	fw := analysis.Fold(wording)
	var ids []string
	for _, d := range docs {
		for _, s := range d.Sections {
			if strings.Contains(analysis.FoldSection(s.Heading, s.Joint, s.Text), fw) {
				ids = append(ids, s.ID)
			}
		}
	}
	sort.Strings(ids)
	return ids
}

// checkExact compares Containing with a brute-force scan of docs for n
// random substrings of their sections, and checks that every live slot
// is a section of docs.
func checkExact(t *testing.T, ix *Index, docs map[string]*corpus.Document, rng *rand.Rand, n int, when string) {
	t.Helper()
	var texts []string
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range docs {
			if !yield(id) {
				return
			}
		}
	}) {
		for _, s := range docs[id].Sections {
			texts = append(texts, s.Heading, s.Text)
		}
	}
	queries := []string{"双减", "课后服务", "教", "（", "第3条"}
	for len(queries) < n {
		r := []rune(texts[rng.Intn(len(texts))])
		k := min(len(r), 1+rng.Intn(8))
		i := rng.Intn(len(r) - k + 1)
		queries = append(queries, string(r[i:i+k]))
	}
	err := ix.View(func(v *View) error {
		live := 0
		for _, d := range docs {
			live += len(d.Sections)
		}
		if got := len(v.Live()); got != live {
			t.Errorf("%s: %d live slots, want %d", when, got, live)
		}
		for _, q := range queries {
			var got []string
			for _, s := range v.Containing(q) {
				got = append(got, v.SectionID(s))
			}
			sort.Strings(got)
			if want := bruteContaining(docs, q); !slices.Equal(got, want) {
				t.Errorf("%s: Containing(%q) = %v, brute force %v", when, q, got, want)
			}
			checkWordFreqs(t, v, q, rng, when)
			checkWithin(t, v, q, rng, when)
			checkRuns(t, v, v.Containing(q), when)
		}
		checkRuns(t, v, v.Live(), when)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkRuns checks View.Runs of set against the document of each slot:
// the runs cover set in order, each is one document's, two runs next to
// each other are of different documents, and there are no more of them
// than MaxDocs says.
func checkRuns(t *testing.T, v *View, set []uint32, when string) {
	t.Helper()
	next, runs := 0, 0
	var last *DocInfo
	v.Runs(set, func(d *DocInfo, i, n int) {
		runs++
		if i != next || n <= 0 || d == last {
			t.Errorf("%s: run %d is set[%d:%d] of %s after set[:%d] of %v", when, runs, i, i+n, d.ID, next, last)
			return
		}
		for _, s := range set[i : i+n] {
			if v.Doc(s) != d {
				t.Errorf("%s: slot %d of document %s is in a run of %s", when, s, v.Doc(s).ID, d.ID)
			}
		}
		next, last = i+n, d
	})
	if next != len(set) {
		t.Errorf("%s: runs cover set[:%d] of %d slots", when, next, len(set))
	}
	if runs > v.MaxDocs() {
		t.Errorf("%s: %d runs, but MaxDocs is %d", when, runs, v.MaxDocs())
	}
}

// checkWithin checks ContainingWithin(q, within), which looks for q in
// within's sections only, against Containing(q) intersected with within,
// for within every live slot, a dense and a sparse random part of them,
// the slots of one segment and those of two, and none.
func checkWithin(t *testing.T, v *View, q string, rng *rand.Rand, when string) {
	t.Helper()
	live := v.Live()
	var dense, sparse []uint32
	for _, s := range live {
		if rng.Intn(2) == 0 {
			dense = append(dense, s)
		}
		if rng.Intn(30) == 0 {
			sparse = append(sparse, s)
		}
	}
	sets := [][]uint32{live, dense, sparse, nil}
	if len(v.s.segs) > 0 {
		sv := &v.s.segs[rng.Intn(len(v.s.segs))]
		var one []uint32
		for _, s := range live {
			if s >= sv.base && s < sv.base+uint32(sv.seg.numSlots())+uint32(rng.Intn(2))*8 {
				one = append(one, s)
			}
		}
		sets = append(sets, one)
	}
	all := v.Containing(q)
	for _, within := range sets {
		fresh := &View{ix: v.ix, s: v.s, tx: v.tx} // q not looked up yet
		got := fresh.ContainingWithin(q, within)
		var want []uint32
		for _, s := range within {
			if _, ok := slices.BinarySearch(all, s); ok {
				want = append(want, s)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: ContainingWithin(%q) over %d slots = %v, want %v", when, q, len(within), got, want)
		}
	}
}

// checkWordFreqs checks that BM25's frequencies of wording q, counted
// without a lookup (View.wordFreqs on a view that has not looked q up),
// are those of its lookup, for every live slot and for a random part of
// them.
func checkWordFreqs(t *testing.T, v *View, q string, rng *rand.Rand, when string) {
	t.Helper()
	fw := analysis.Fold(q)
	if fw == "" {
		return
	}
	live := v.Live()
	var part []uint32
	for _, s := range live {
		if rng.Intn(20) == 0 {
			part = append(part, s)
		}
	}
	l := v.find(fw)
	for _, set := range [][]uint32{live, part} {
		fresh := &View{ix: v.ix, s: v.s, tx: v.tx}
		got := make([]uint8, len(set))
		df := fresh.wordFreqs(fw, set, got, true)
		want := make([]uint8, len(set))
		for i, s := range set {
			if j, ok := slices.BinarySearch(l.slots, s); ok {
				want[i] = l.tfs[j]
			}
		}
		if df != len(l.slots) || !slices.Equal(got, want) {
			t.Errorf("%s: wordFreqs(%q) over %d slots = %d, %v; lookup gives %d, %v", when, q, len(set), df, got, len(l.slots), want)
		}
	}
}

// TestExactAfterDeletesAndMerges checks quoted wording against a brute-force
// scan while documents are added in small writes (many segments), replaced,
// deleted, and the segments merged: nothing deleted is found, nothing live
// is missed, and merging changes no answer and no BM25 score. It runs with
// the segments read one after the other and read on several goroutines
// (snapshot.eachSegment), whatever the size of the index.
func TestExactAfterDeletesAndMerges(t *testing.T) {
	t.Run("in turn", testExactAfterDeletesAndMerges)
	t.Run("in parallel", func(t *testing.T) {
		defer func(n uint32, p int) { parallelSlots = n; runtime.GOMAXPROCS(p) }(parallelSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
		parallelSlots = 0
		testExactAfterDeletesAndMerges(t)
	})
}

func testExactAfterDeletesAndMerges(t *testing.T) {
	ix, _ := openTemp(t)
	rng := rand.New(rand.NewSource(12))
	docs := map[string]*corpus.Document{}
	seed := 0
	add := func(n int) {
		var batch []*corpus.Document
		for i := 0; i < n; i++ {
			id := fmt.Sprintf("d%02d", rng.Intn(60))
			seed++
			d := randomDoc(id, seed)
			batch = append(batch, d)
		}
		if err := ix.Add(batch...); err != nil {
			t.Fatal(err)
		}
		for _, d := range batch {
			docs[d.ID] = d // the last of a repeated ID wins, as in Add
		}
	}
	del := func(n int) {
		for id := range docs {
			if n == 0 {
				return
			}
			if err := ix.Delete(id); err != nil {
				t.Fatal(err)
			}
			delete(docs, id)
			n--
		}
	}
	for i := 0; i < 30; i++ {
		add(1 + rng.Intn(3))
	}
	checkExact(t, ix, docs, rng, 200, "after adds and replacements")
	del(10)
	checkExact(t, ix, docs, rng, 200, "after deletes")

	words := []string{"教育", "双减", "课后服务", "县域"}
	before := bm25ByID(t, ix, words)
	ix.compact()
	if n := len(ix.snap.Load().segs); n != 1 {
		t.Errorf("after compact, %d segments, want 1", n)
	}
	if s := ix.snap.Load(); s.n != uint32(s.live) {
		t.Errorf("after compact, %d slots for %d live sections: deleted ones kept", s.n, s.live)
	}
	checkExact(t, ix, docs, rng, 200, "after merging")
	if after := bm25ByID(t, ix, words); !equalScores(before, after) {
		t.Errorf("BM25 changed by merging:\nbefore %v\nafter  %v", before, after)
	}
	for i := 0; i < 10; i++ {
		add(2)
	}
	del(5)
	checkExact(t, ix, docs, rng, 200, "after more writes on the merged segment")
}

// bm25ByID returns the BM25 score of every live section for words, by ID.
func bm25ByID(t *testing.T, ix *Index, words []string) map[string]float64 {
	out := map[string]float64{}
	err := ix.View(func(v *View) error {
		live := v.Live()
		for _, r := range v.BM25(words, live, len(live)) {
			out[v.SectionID(r.Slot)] = r.Score
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func equalScores(a, b map[string]float64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		if y, ok := b[k]; !ok || float32(x) != float32(y) {
			return false
		}
	}
	return true
}

// TestConcurrentSnapshots runs searches while documents are written,
// replaced and deleted and segments merged, and checks that every view is
// consistent: a document is wholly visible or not at all (all its
// sections, found by their own wording, or none), the store agrees with it
// (every section found reads), and deleted sections are never found.
func TestConcurrentSnapshots(t *testing.T) {
	ix, _ := openTemp(t)
	// Each document's sections all carry its own marker, so a view that
	// shows part of a document finds part of its marker's sections.
	marked := func(id string, gen, n int) *corpus.Document {
		var ht []string
		for s := 0; s < n; s++ {
			ht = append(ht, fmt.Sprintf("第%d节", s), fmt.Sprintf("标记%s代%d。", id, gen)+noisyText(gen*7+s, 30))
		}
		return doc(id, "云岫市", 2024, ht...)
	}
	const ndocs = 6
	for i := 0; i < ndocs; i++ {
		if err := ix.Add(marked(fmt.Sprintf("m%d", i), 0, 3)); err != nil {
			t.Fatal(err)
		}
	}
	stop := make(chan struct{})
	var wg, writer sync.WaitGroup
	writer.Add(1)
	go func() { // writer: replace with another generation, or delete
		defer writer.Done()
		for g := 1; g <= 60; g++ {
			id := fmt.Sprintf("m%d", g%ndocs)
			var err error
			if g%5 == 0 {
				err = ix.Delete(id)
			} else {
				err = ix.Add(marked(id, g, 1+g%4))
			}
			if err != nil {
				t.Error(err)
			}
		}
	}()
	wg.Add(1)
	go func() { // merges beside the background ones
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				ix.compact()
			}
		}
	}()
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				err := ix.View(func(v *View) error {
					for _, s := range v.Containing("标记") {
						d := v.Doc(s)
						sec, err := v.Section(s)
						if err != nil {
							t.Errorf("slot %d found but not in the store: %v", s, err)
							continue
						}
						// The marker names the generation: all the
						// document's sections carry the same one.
						mark := sec.Text[:strings.Index(sec.Text, "。")+len("。")]
						if got, want := len(v.Containing(mark)), d.Sections; got != want {
							t.Errorf("%s: %d sections visible, the document has %d", mark, got, want)
						}
						if got := len(v.DocSlots(d.ID)); got != d.Sections {
							t.Errorf("DocSlots(%s) = %d slots, want %d", d.ID, got, d.Sections)
						}
					}
					return nil
				})
				if err != nil {
					t.Error(err)
				}
			}
		}()
	}
	writer.Wait()
	close(stop)
	wg.Wait()
}

// compactedFolder writes n random documents (prefix00, prefix01, …)
// into a new index, merges its segments (compact) and closes it, and
// returns the folder with the documents: what a test then damages or
// opens anew. Set flushMin low first for segment files of a few
// documents.
func compactedFolder(t *testing.T, prefix string, n int) (string, map[string]*corpus.Document) {
	t.Helper()
	ix, dir := openTemp(t)
	docs := map[string]*corpus.Document{}
	for i := 0; i < n; i++ {
		d := randomDoc(fmt.Sprintf("%s%02d", prefix, i), i)
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
		docs[d.ID] = d
	}
	ix.compact()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, docs
}

// TestSegmentFiles closes an index (its segments go to files), damages the
// exact folder in the ways a crash or a disk can, and checks that each
// reopen answers quoted wording exactly as a brute-force scan of the
// documents does: a missing or damaged segment file is rebuilt from the
// store, a stray file is removed, and a document changed in the store
// behind the segments' back is read again.
func TestSegmentFiles(t *testing.T) {
	defer func(n int) { flushMin = n }(flushMin)
	flushMin = 8
	dir, docs := compactedFolder(t, "f", 40)
	rng := rand.New(rand.NewSource(14))
	exact := filepath.Join(dir, "exact")
	reopen := func(when string) *Index {
		t.Helper()
		ix, err := Open(dir)
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		checkExact(t, ix, docs, rng, 100, when)
		return ix
	}
	files := func() []string {
		names, err := readManifest(dir)
		if err != nil || len(names) == 0 {
			t.Fatalf("manifest: %v, %d segments", err, len(names))
		}
		return names
	}

	ix := reopen("reopened")
	if got := ix.snap.Load(); got.segs[0].seg.file == "" {
		t.Errorf("after reopen the first segment is not from a file")
	}
	// A change the segments do not know: the store is the truth.
	d := randomDoc("f03", 999)
	if err := ix.Add(d); err != nil {
		t.Fatal(err)
	}
	docs[d.ID] = d
	if err := ix.Delete("f05"); err != nil {
		t.Fatal(err)
	}
	delete(docs, "f05")
	ix.Close()
	ix = reopen("after a replace and a delete")
	ix.Close()

	names := files()
	os.Remove(filepath.Join(exact, names[0]))
	os.WriteFile(filepath.Join(exact, "seg-99999999.grs"), []byte("left by a crash"), 0o644)
	ix = reopen("a segment file missing, a stray file")
	if len(ix.SegmentProblems()) == 0 {
		t.Errorf("a missing segment file is not reported")
	}
	ix.Close()
	if _, err := os.Stat(filepath.Join(exact, "seg-99999999.grs")); err == nil {
		t.Errorf("a file the manifest does not list was kept")
	}

	names = files()
	path := filepath.Join(exact, names[0])
	b, _ := os.ReadFile(path)
	os.WriteFile(path, b[:len(b)/2], 0o644)
	ix = reopen("a segment file cut in two")
	ix.Close()
	rep, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Errorf("Check after the exact folder was rebuilt: %v", rep.Index)
	}

	// A segment an earlier govreport wrote (format 2, with texts and no
	// places; format 5, without character lists; format 6, without
	// dense lists; format 7, without dense character lists) is no
	// problem: its documents are read from the store again, and the next
	// manifest drops it.
	for _, magic := range []string{"GRSEG002", "GRSEG005", "GRSEG006", "GRSEG007"} {
		names = files()
		path = filepath.Join(exact, names[0])
		b, _ = os.ReadFile(path)
		copy(b, magic)
		binary.LittleEndian.PutUint32(b[len(b)-segTrailer:], crc32.Checksum(b[:len(b)-segTrailer], crcTable))
		os.WriteFile(path, b, 0o644)
		if rep, err := Check(dir); err != nil || !rep.OK() {
			t.Errorf("Check of a folder with a segment of %s = %v, %v; want no problem (the next open reads it again)", magic, rep.Index, err)
		}
		ix = reopen("a segment file of " + magic)
		if p := ix.SegmentProblems(); len(p) != 0 {
			t.Errorf("a segment of %s is reported as a problem: %v", magic, p)
		}
		ix.Close()
		if slices.Contains(files(), names[0]) {
			t.Errorf("the manifest still lists the segment of %s after a close", magic)
		}
	}

	names = files()
	path = filepath.Join(exact, names[len(names)-1])
	b, _ = os.ReadFile(path)
	b[len(b)/2] ^= 0x40
	os.WriteFile(path, b, 0o644)
	if rep, err := Check(dir); err != nil || rep.OK() {
		t.Errorf("Check of a segment file with a flipped byte = %v, %v; want it reported", rep, err)
	}
	if err := Repair(dir, rep, nil); err != nil {
		t.Fatal(err)
	}
	reopen("after check --repair").Close()
}

// TestMergeSizeCap checks that no merge makes a segment larger than
// maxMergeSize, and that segments under it still merge.
func TestMergeSizeCap(t *testing.T) {
	seg := func(sections int, runes int64) segView {
		return segView{seg: &segment{runes: runes, slotDoc: make([]uint32, sections)}}
	}
	big := maxMergeSize * 3 / 5
	s := &snapshot{segs: []segView{seg(1000, big), seg(1000, big)}}
	if lo, hi := pickMerge(s); hi != 0 {
		t.Errorf("pickMerge of two segments of %d = [%d:%d], want none: together they pass the cap %d", big, lo, hi, maxMergeSize)
	}
	s = &snapshot{segs: []segView{seg(1000, big), seg(10, 500), seg(10, 400)}}
	if lo, hi := pickMerge(s); lo != 1 || hi != 3 {
		t.Errorf("pickMerge behind a capped segment = [%d:%d], want the two small ones [1:3]", lo, hi)
	}
	// Two equal neighbours behind a fresh small write merge: the newest
	// pair the ratio allows, not only the two newest.
	s = &snapshot{segs: []segView{seg(1000, 80000), seg(1000, 90000), seg(10, 500)}}
	if lo, hi := pickMerge(s); lo != 0 || hi != 2 {
		t.Errorf("pickMerge of two equal segments behind a small one = [%d:%d], want [0:2]", lo, hi)
	}
	var many []segView
	for range maxSegments + 4 {
		many = append(many, seg(1000, big))
	}
	if lo, hi := pickMerge(&snapshot{segs: many}); hi != 0 {
		t.Errorf("pickMerge of %d capped segments = [%d:%d], want none", len(many), lo, hi)
	}
}

// TestExactWithMergeCap writes and deletes under a small merge cap, so
// that many segments stay side by side, and checks exact wording against
// a brute-force scan and the cap on every merged segment.
func TestExactWithMergeCap(t *testing.T) {
	defer func(m int64) { maxMergeSize = m }(maxMergeSize)
	maxMergeSize = 3000
	ix, _ := openTemp(t)
	rng := rand.New(rand.NewSource(14))
	docs := map[string]*corpus.Document{}
	for i := 0; i < 80; i++ {
		d := randomDoc(fmt.Sprintf("c%02d", rng.Intn(70)), i)
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
		docs[d.ID] = d
		if i%9 == 8 {
			for id := range docs {
				if err := ix.Delete(id); err != nil {
					t.Fatal(err)
				}
				delete(docs, id)
				break
			}
		}
	}
	for ix.mergeOnce(false) {
	}
	s := ix.snap.Load()
	if len(s.segs) < 3 {
		t.Errorf("%d segments under a cap of %d: want several", len(s.segs), maxMergeSize)
	}
	for i, sv := range s.segs {
		if sv.size() > maxMergeSize && sv.seg.numDocs() > 1 {
			t.Errorf("segment %d of %d documents has size %d, past the cap %d", i, sv.seg.numDocs(), sv.size(), maxMergeSize)
		}
	}
	checkExact(t, ix, docs, rng, 300, "with a merge cap")
}

// TestLookupPlaces compares a segment's lookup with a scan of its texts
// on random mixes of a few Han characters, ASCII and full-width forms, where
// near misses are common: wordings whose bigrams are all in a section but
// not in a row, repeated bigrams (教教教, 教育教育), overlapping
// occurrences. The count of each found section is that of the places the
// wording starts at, overlapping ones included, and deleted sections are
// left out.
func TestLookupPlaces(t *testing.T) {
	alphabet := []string{"教", "育", "推", "进", "数", "a", "1", "，", "湖", "明", "\u00e9"}
	rng := rand.New(rand.NewSource(3))
	str := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	for trial := 0; trial < 40; trial++ {
		b := newSegBuilder()
		b.addDoc("d", 1)
		var texts []string
		for i := range 50 + rng.Intn(100) {
			text := str(rng.Intn(60))
			if i%7 == 0 {
				text += strings.Repeat("教育", rng.Intn(5)) + strings.Repeat("教", rng.Intn(5))
			}
			texts = append(texts, text)
			b.addSection(fmt.Sprintf("s%03d", i), text, int32(len([]rune(text))), nil)
		}
		sg := b.build()
		var del bitset
		if trial%2 == 1 {
			del = del.withRange(3, 9, len(texts))
		}
		for range 300 {
			w := str(1 + rng.Intn(5))
			if r := []rune(texts[rng.Intn(len(texts))]); rng.Intn(2) == 0 && len(r) > 0 { // a wording that is there
				a := rng.Intn(len(r))
				w = string(r[a:min(len(r), a+1+rng.Intn(6))])
			}
			want, wantTF := scanLookup(texts, w, del)
			got, tf := sg.lookup(w, del)
			if !slices.Equal(got, want) || !slices.Equal(tf, wantTF) {
				t.Fatalf("trial %d: lookup(%q) = %v %v, want %v %v", trial, w, got, tf, want, wantTF)
			}
		}
	}
}

// TestLookupJumps checks lookups of rare wording made of common bigrams,
// where the long lists are not decoded but jumped through (seek): the
// sections found and the counts are those of a scan, wherever the rare
// sections fall among the spans of the skips, deleted ones left out. The
// long lists are dense (dense.go) in a segment of these sections alone,
// and lists with skips behind as many sections that hold none of them.
func TestLookupJumps(t *testing.T) {
	for _, filler := range []int{0, 60000} {
		rng := rand.New(rand.NewSource(5))
		common := []string{"教育", "发展", "推进", "工作", "学校"}
		b := newSegBuilder()
		b.addDoc("d", 1)
		var texts []string
		for i := range 6000 {
			var sb strings.Builder
			for range 3 + rng.Intn(6) {
				sb.WriteString(common[rng.Intn(len(common))])
			}
			if rng.Intn(150) == 0 || i == 0 || i == 5999 || i%skipEvery == 0 && rng.Intn(3) == 0 {
				sb.WriteString([]string{"双减教育发展推进", "推进教育发展工作减负", "双减学校教育学校教育"}[rng.Intn(3)])
			}
			texts = append(texts, sb.String())
			b.addSection(fmt.Sprintf("s%05d", i), sb.String(), int32(len([]rune(sb.String()))), nil)
		}
		for i := range filler {
			texts = append(texts, "其他")
			b.addSection(fmt.Sprintf("t%05d", i), "其他", 2, nil)
		}
		sg := b.build()
		n, m := sg.listLen(bigram('双', '减')), sg.listLen(bigram('教', '育'))
		i, _ := slices.BinarySearch(sg.keys, bigram('教', '育'))
		_, dense := sg.dense(i)
		if n*8 >= m || dense != (filler == 0) || !dense && len(sg.skips) == 0 {
			t.Fatalf("lists of %d and %d entries, %d skips, dense %v: the rare one is not rare enough to jump through the other", n, m, len(sg.skips), dense)
		}
		var del bitset
		del = del.withRange(0, 1, len(texts)).withRange(100, 900, len(texts))
		for _, w := range []string{"双减教育发展推进", "双减教育", "教育发展工作减负", "作减负", "双减学校教育学校教育", "减学校教育学", "发展推进", "教育教育教育"} {
			for _, d := range []bitset{nil, del} {
				want, wantTF := scanLookup(texts, w, d)
				got, tf := sg.lookup(w, d)
				if !slices.Equal(got, want) || !slices.Equal(tf, wantTF) {
					t.Errorf("filler %d: lookup(%q), %d deleted: %d sections %v, want %d %v", filler, w, len(d), len(got), got, len(want), want)
				}
			}
		}
	}
}

// TestLocate checks snapshot.locate against a search of the segments for
// every slot, over segments of every size around the runs its table
// indexes: empty ones, small ones several to a run, and ones that span
// runs.
func TestLocate(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for trial := 0; trial < 50; trial++ {
		s := &snapshot{}
		for range 1 + rng.Intn(12) {
			n := []int{0, 1, 7, 4095, 4096, 4097, 9000, rng.Intn(20000)}[rng.Intn(8)]
			s.segs = append(s.segs, segView{seg: &segment{slotDoc: make([]uint32, n)}})
		}
		s.finish()
		want := func(slot uint32) (int, uint32) {
			for i := range s.segs {
				if n := uint32(s.segs[i].seg.numSlots()); slot < s.segs[i].base+n {
					return i, slot - s.segs[i].base
				}
			}
			return -1, 0
		}
		for slot := uint32(0); slot < s.n+5000; slot++ {
			sv, l := s.locate(slot)
			wi, wl := want(slot)
			gi := -1
			for i := range s.segs {
				if sv == &s.segs[i] {
					gi = i
				}
			}
			if gi != wi || l != wl {
				t.Fatalf("trial %d, slot %d of %d: segment %d local %d, want %d local %d", trial, slot, s.n, gi, l, wi, wl)
			}
		}
	}
}

// FuzzLookup checks a segment's lookup of any wording in any texts (one
// section a line) against a scan: the sections that contain it and the
// places it starts at in each.
func FuzzLookup(f *testing.F) {
	f.Add("推进教育现代化\n教育教育教\n双减双减", "教育")
	f.Add("aaaa\nabab\n", "aba")
	f.Add("啊啊啊啊\n啊", "啊啊啊")
	f.Fuzz(func(t *testing.T, text, w string) {
		if w == "" || !utf8.ValidString(text) || !utf8.ValidString(w) || strings.ContainsRune(w, 0) || strings.ContainsRune(text, 0) {
			return
		}
		texts := strings.Split(text, "\n")
		b := newSegBuilder()
		b.addDoc("d", 1)
		for i, s := range texts {
			b.addSection(fmt.Sprintf("s%05d", i), s, int32(utf8.RuneCountInString(s)), nil)
		}
		sg := b.build()
		want, wantTF := scanLookup(texts, w, nil)
		got, tf := sg.lookup(w, nil)
		if !slices.Equal(got, want) || !slices.Equal(tf, wantTF) {
			t.Fatalf("lookup(%q) = %v %v, want %v %v", w, got, tf, want, wantTF)
		}
	})
}

// scanLookup is what a segment of texts (slot i holding texts[i]) should
// answer to lookup(w, del): the slots not in del whose text contains w, and
// the places it starts at in each (at most 255).
func scanLookup(texts []string, w string, del bitset) ([]uint32, []uint8) {
	var slots []uint32
	var tfs []uint8
	for l, text := range texts {
		n := 0
		for i := range text {
			if strings.HasPrefix(text[i:], w) {
				n++
			}
		}
		if n > 0 && !del.has(uint32(l)) {
			slots = append(slots, uint32(l))
			tfs = append(tfs, uint8(min(n, 255)))
		}
	}
	return slots, tfs
}

// TestEachSegmentPanic checks that a panic while segments are read on
// several goroutines reaches the searching goroutine, where the server's
// recovery answers it, instead of ending the process.
func TestEachSegmentPanic(t *testing.T) {
	defer func(n uint32, p int) { parallelSlots = n; runtime.GOMAXPROCS(p) }(parallelSlots, runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0))))
	parallelSlots = 0
	s := &snapshot{segs: make([]segView, 8)}
	for i := range s.segs {
		s.segs[i].seg = &segment{}
	}
	got := func() (v any) {
		defer func() { v = recover() }()
		s.eachSegment(func(i int) {
			if i == 5 {
				panic("damaged list")
			}
		})
		return nil
	}()
	if got != "damaged list" {
		t.Errorf("eachSegment raised %v, want the worker's panic", got)
	}
}

// TestCover checks the bigrams a lookup of longer wording reads (cover):
// they cover every character (the first and last offsets are read, and no
// two read offsets are more than 2 apart), the rarest is among them when
// asked for, and no other such choice has fewer entries; and that lookups reading only
// them find what a scan finds, over texts of three characters where the
// bigrams of a wording occur everywhere at the wrong distances.
func TestCover(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	for trial := 0; trial < 2000; trial++ {
		m := 1 + rng.Intn(10)
		lens := make([]uint32, m)
		for i := range lens {
			lens[i] = uint32(1 + rng.Intn([]int{3, 50, 1000}[rng.Intn(3)]))
		}
		withRarest := trial%2 == 0
		keep := cover(m, func(i int) uint32 { return lens[i] }, withRarest)
		if m <= 2 {
			if keep != nil {
				t.Fatalf("cover of %d bigrams = %v, want all", m, keep)
			}
			continue
		}
		covers := func(k []bool) bool {
			last := -1
			for i, in := range k {
				if in {
					if i-last > 2 || last < 0 && i != 0 {
						return false
					}
					last = i
				}
			}
			return last == m-1
		}
		cost := func(k []bool) (n int64) {
			for i, in := range k {
				if in {
					n += int64(lens[i])
				}
			}
			return n
		}
		rarest := slices.Index(lens, slices.Min(lens))
		if !covers(keep) || withRarest && !keep[rarest] {
			t.Fatalf("cover of %v = %v (with the rarest: %v): not a cover", lens, keep, withRarest)
		}
		best := int64(-1)
		for mask := 0; mask < 1<<m; mask++ {
			k := make([]bool, m)
			for i := range k {
				k[i] = mask>>i&1 != 0
			}
			if covers(k) {
				k[rarest] = k[rarest] || withRarest
				if c := cost(k); best < 0 || c < best {
					best = c
				}
			}
		}
		if cost(keep) != best {
			t.Fatalf("cover of %v = %v (with the rarest: %v), %d entries; a cover of %d entries exists", lens, keep, withRarest, cost(keep), best)
		}
	}

	abc := []rune("甲乙丙")
	str := func(n int) string {
		r := make([]rune, n)
		for i := range r {
			r[i] = abc[rng.Intn(len(abc))]
		}
		return string(r)
	}
	for trial := 0; trial < 40; trial++ {
		b := newSegBuilder()
		b.addDoc("d", 1)
		var texts []string
		for i := range 200 {
			text := str(rng.Intn(40))
			texts = append(texts, text)
			b.addSection(fmt.Sprintf("s%03d", i), text, int32(len([]rune(text))), nil)
		}
		sg := b.build()
		for range 200 {
			w := str(3 + rng.Intn(7))
			want, wantTF := scanLookup(texts, w, nil)
			got, tf := sg.lookup(w, nil)
			if !slices.Equal(got, want) || !slices.Equal(tf, wantTF) {
				t.Fatalf("lookup(%q) = %v %v, want %v %v", w, got, tf, want, wantTF)
			}
		}
	}
}
