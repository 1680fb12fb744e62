package index

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// mappedKB returns the resident kilobytes of this process's mappings of
// the exact index's segment files and the store in data folder dir.
func mappedKB(t *testing.T, dir string) int {
	t.Helper()
	return smapsRSSKB(t, func(path string) bool {
		return strings.HasPrefix(path, dir+"/exact/") || path == dir+"/store.db"
	})
}

// smapsRSSKB returns the resident kilobytes of this process's mappings of
// the files whose path mapped says (/proc/self/smaps).
func smapsRSSKB(t *testing.T, mapped func(path string) bool) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if fields := strings.Fields(line); len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			in = len(fields) >= 6 && mapped(fields[5])
			continue
		}
		if in && strings.HasPrefix(line, "Rss:") {
			n, _ := strconv.Atoi(strings.Fields(line)[1])
			kb += n
		}
	}
	return kb
}

// TestReserveHandsBackMappedPages searches an index whose segments
// are files, so that their pages are mapped in, then sets a reserve for
// mapped pages the process is over: the next search hands the pages of the segment
// files and of the store back, and the searches after it answer the same.
// Without a limit nothing is handed back.
func TestReserveHandsBackMappedPages(t *testing.T) {
	ix, dir := residentIndex(t)
	defer ix.Close()
	want := containing(t, ix, "课后服务覆盖率")
	if len(want) != 300 {
		t.Fatalf("课后服务覆盖率 in %d sections, want 300", len(want))
	}
	containing(t, ix, "深化教育评价改革")
	before := mappedKB(t, dir)
	if before == 0 {
		t.Fatalf("no page of the data folder is mapped in after searches: the test reads nothing")
	}
	if ix.resident.trims.Load() != 0 {
		t.Fatalf("pages handed back without a limit")
	}

	ix.limitMapped(0, 1) // the process is over it
	ix.resident.last.Store(0)
	containing(t, ix, "课后服务覆盖率")
	waitTrim(t, ix)
	if after := mappedKB(t, dir); after >= before/4 {
		t.Errorf("%d kB of the data folder mapped in after the hand-back, %d before", after, before)
	}
	ix.limitMapped(0, 0)
	if got := containing(t, ix, "课后服务覆盖率"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("after the hand-back 课后服务覆盖率 is in %d sections, want the same %d", len(got), len(want))
	}
	if err := ix.Add(doc("d999", "望川县", 2024, "一、总体情况", "课后服务覆盖率达到百分之百。")); err != nil {
		t.Fatal(err)
	}
	if got := containing(t, ix, "课后服务覆盖率"); len(got) != 301 {
		t.Errorf("after a write, 课后服务覆盖率 in %d sections, want 301", len(got))
	}
}

// TestLookupHandsBackPages looks wordings up in an index whose segments
// are files while the process is over its reserve: a lookup hands the
// pages of every segment back once it has read it (doneWith), so that
// none stays mapped after it, for a wording of one character, of two and
// of more (a segment read whole, and in ranges of slots), and answers the
// same as a lookup without a limit, which leaves its pages mapped.
func TestLookupHandsBackPages(t *testing.T) {
	defer func(p uint32, s, h int) { parallelSlots, splitSlots, handBackSlots = p, s, h }(parallelSlots, splitSlots, handBackSlots)
	ix, dir := residentIndex(t)
	defer ix.Close()
	exact := func() int {
		return smapsRSSKB(t, func(path string) bool { return strings.HasPrefix(path, dir+"/exact/") })
	}
	s := ix.snap.Load()
	for _, split := range []bool{false, true} {
		parallelSlots, splitSlots, handBackSlots = 1<<15, 1<<17, 1<<18
		if split {
			parallelSlots, splitSlots, handBackSlots = 0, 64, 128
		}
		for _, fw := range []string{"改", "深化", "课后服务覆盖率"} {
			ix.limitMapped(0, 0)
			ix.releaseMapped()
			wantSlots, wantTfs := s.lookup(fw)
			if len(wantSlots) == 0 || exact() == 0 {
				t.Fatalf("%s: %d sections, %d kB of the segment files mapped in: the test reads nothing", fw, len(wantSlots), exact())
			}
			ix.limitMapped(0, 1)
			ix.resident.over.Store(true)
			ix.releaseMapped()
			slots, tfs := s.lookup(fw)
			if !slices.Equal(slots, wantSlots) || !slices.Equal(tfs, wantTfs) {
				t.Errorf("%s (split %v): %d sections handing pages back, %d without", fw, split, len(slots), len(wantSlots))
			}
			if kb := exact(); kb != 0 {
				t.Errorf("%s (split %v): %d kB of the segment files still mapped in after the lookup", fw, split, kb)
			}
		}
	}
	// Through a view: a bit-set AND of two words and their BM25 counts
	// (eachPart, eachSegment) hand back what they read too. The check
	// after the view is put off, so that only those hand-backs count. What
	// is mapped is read once the counts are done: BM25's scoring then reads
	// each member's length from its segment's table of lengths
	// (slotRunes), whose pages, and those the kernel maps around them,
	// stay until the check after the search (they had been measured with
	// the rest, and in these small files could be all of them: one run in
	// ten, 192 kB against 192 without a limit).
	parallelSlots, splitSlots = 0, 64
	words := []string{"深化", "评价改革", "改"}
	search := func() (int, []Ranked) {
		ix.releaseMapped()
		ix.resident.last.Store(time.Now().Add(time.Hour).UnixNano())
		var ranked []Ranked
		var kb int
		err := ix.View(func(v *View) error {
			set := v.ContainingAll(words[:2])
			tfs := make([]uint8, len(set))
			for _, w := range words {
				v.wordFreqs(w, set, tfs, true)
			}
			kb = exact()
			ranked = v.BM25(words, set, 10)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return kb, ranked
	}
	ix.limitMapped(0, 0)
	without, want := search()
	ix.limitMapped(0, 1)
	ix.resident.over.Store(true)
	with, got := search()
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("BM25 handing pages back: %v; without: %v", got, want)
	}
	if without == 0 || with >= without {
		t.Errorf("a view over the limit left %d kB of the segment files mapped in, %d without a limit", with, without)
	}
	runtime.KeepAlive(s)
}

// TestLookupKeepsSmallScratch looks a wording of 300 sections up over
// the reserve with lookupKeep set below that: the part's scratch
// does not go back to the pool (lookupKeep); without a limit it does. On
// one P, so that the pool gives back what was put in it.
func TestLookupKeepsSmallScratch(t *testing.T) {
	defer func(k int) { lookupKeep = k }(lookupKeep)
	lookupKeep = 4
	ix, _ := residentIndex(t)
	defer ix.Close()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	s := ix.snap.Load()
	pooled := func() int {
		most := -1
		for {
			sc, _ := lookupPool.Get().(*lookupScratch)
			if sc == nil {
				return most
			}
			most = max(most, cap(sc.slots))
		}
	}
	for _, limit := range []int64{1, 0} {
		ix.limitMapped(0, limit)
		ix.resident.over.Store(true)
		pooled()
		if slots, _ := s.lookup("课后服务覆盖率"); len(slots) != 300 {
			t.Fatalf("课后服务覆盖率 in %d sections, want 300", len(slots))
		}
		most := pooled()
		if limit > 0 && most > lookupKeep {
			t.Errorf("over the limit a scratch of %d entries went back to the pool, lookupKeep %d", most, lookupKeep)
		}
		if limit == 0 && most <= lookupKeep {
			t.Errorf("without a limit the largest scratch back in the pool holds %d entries, want more than %d", most, lookupKeep)
		}
	}
	runtime.KeepAlive(s)
}

// TestTightReadsResident: whether the process is over the limit is read
// again once residentEvery has passed since the last read, not only
// after a search (checkResident), and not read again before.
func TestTightReadsResident(t *testing.T) {
	var r residentLimit
	if r.tight() {
		t.Fatal("tight without a limit")
	}
	r.limit.Store(1) // the process is over it
	if !r.tight() {
		t.Fatal("not tight over a limit never read before")
	}
	r.limit.Store(1 << 50) // far under it, but read just now
	r.overAt.Store(time.Now().Add(time.Hour).UnixNano())
	if !r.tight() {
		t.Fatal("the resident memory read again within residentEvery")
	}
	r.overAt.Store(time.Now().Add(-residentEvery).UnixNano())
	if r.tight() {
		t.Fatal("still tight under the limit after residentEvery")
	}
}

// TestReserveKeepsHeadroom sets a reserve for mapped pages half as much
// again as the process has mapped: over half the reserve, and over Go's
// part of the budget, the next search hands the mapped pages back before
// the reserve is reached, so that a server's peak stays within its
// budget; under Go's part it does not.
func TestReserveKeepsHeadroom(t *testing.T) {
	ix, dir := residentIndex(t)
	defer ix.Close()
	containing(t, ix, "课后服务覆盖率")
	containing(t, ix, "深化教育评价改革")
	if mappedKB(t, dir) == 0 {
		t.Fatalf("no page of the data folder is mapped in after searches: the test reads nothing")
	}
	rss, mapped, ok := residentBytes()
	if !ok {
		t.Skip("no mapped memory to read")
	}
	// under Go's part of the budget, the mapped pages may use what the
	// heap leaves: none is handed back
	ix.limitMapped(4*rss, mapped+mapped/2)
	ix.resident.last.Store(0)
	containing(t, ix, "课后服务覆盖率")
	time.Sleep(50 * time.Millisecond)
	if n := ix.resident.trims.Load(); n != 0 {
		t.Errorf("%d hand-backs with the process under Go's part of its budget", n)
	}
	ix.limitMapped(rss-rss/16, mapped+mapped/2)
	ix.resident.last.Store(0)
	containing(t, ix, "课后服务覆盖率")
	waitTrim(t, ix)
}

// TestSplitBudget: a memory budget is split into Go's soft limit and a
// reserve for mapped pages that add up to it, the reserve an eighth, at
// least 64 MiB where the budget allows, never more than half; no budget
// is no limit.
func TestSplitBudget(t *testing.T) {
	for _, c := range []struct{ budget, goLimit, mapped int64 }{
		{600 << 20, 525 << 20, 75 << 20},
		{4 << 30, 3584 << 20, 512 << 20},
		{300 << 20, 236 << 20, 64 << 20},
		{100 << 20, 50 << 20, 50 << 20},
		{0, math.MaxInt64, 0},
		{math.MaxInt64, math.MaxInt64, 0},
	} {
		goLimit, mapped := SplitBudget(c.budget)
		if goLimit != c.goLimit || mapped != c.mapped {
			t.Errorf("SplitBudget(%d) = %d, %d; want %d, %d", c.budget, goLimit, mapped, c.goLimit, c.mapped)
		}
	}
}

// TestSetMemoryBudget: the budget's Go part is the process's soft limit
// and its reserve the index's; none lifts both.
func TestSetMemoryBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	ix, _ := residentIndex(t)
	defer ix.Close()
	goLimit, mapped := ix.SetMemoryBudget(600 << 20)
	if got := debug.SetMemoryLimit(-1); got != goLimit || goLimit+mapped != 600<<20 {
		t.Errorf("budget 600MiB: Go's soft limit %d, parts %d + %d", got, goLimit, mapped)
	}
	if got := ix.resident.limit.Load(); got != mapped {
		t.Errorf("budget 600MiB: the index's reserve %d, want %d", got, mapped)
	}
	ix.SetMemoryBudget(0)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 || ix.resident.limit.Load() != 0 {
		t.Errorf("no budget: Go's soft limit %d, the index's reserve %d", got, ix.resident.limit.Load())
	}
}

// waitTrim waits for a hand-back of ix's mapped pages to be done, failing
// t after 10 s.
func waitTrim(t *testing.T, ix *Index) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for ix.resident.trims.Load() == 0 || ix.resident.trimming.Load() {
		if time.Now().After(deadline) {
			t.Fatal("no hand-back within 10 s of a search near the limit")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// residentIndex returns an index of 300 documents whose segments are
// files, searches not yet run, and its data folder.
func residentIndex(t *testing.T) (*Index, string) {
	t.Helper()
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		d := doc(fmt.Sprintf("d%03d", i), "明湖市", 2020+i%5,
			"一、总体情况", fmt.Sprintf("第%d份报告推进集团化办学，课后服务覆盖率%d%%，新建学校%d所。", i, 60+i%40, i%9),
			"二、下一步", strings.Repeat(fmt.Sprintf("深化教育评价改革第%d项，", i), 20))
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Close(); err != nil { // segments are saved to files
		t.Fatal(err)
	}
	if ix, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	<-ix.Verified()
	runtime.GC() // the first Index's segments are unmapped by finalizers
	runtime.GC()
	return ix, dir
}
