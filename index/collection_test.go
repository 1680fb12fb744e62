package index

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/govreport/govreport/corpus"
)

func TestCollectionFreq(t *testing.T) {
	ix, _ := openTemp(t)
	err := ix.Add(
		doc("a", "明湖市", 2023, "一、专项债券", "争取专项债券额度12亿元，推进重点项目建设。", "二、教师队伍", "推进教师队伍建设。"),
		doc("b", "望川县", 2023, "一、乡村振兴", "推进乡村振兴，发展特色产业。", "二、低空经济", "培育低空经济新业态，推进通用机场建设。"),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		term       string
		sdf, ddf   int // want
		upperBound bool
	}{
		{"推进", 4, 2, false},
		{"债券", 1, 1, false},
		{"ＢＣ", 0, 0, false}, // folded first, found nowhere
		{"低空经济", 1, 1, true},
		{"专项经济", 0, 0, true}, // bigrams each somewhere, the wording nowhere
	} {
		df, n := ix.SectionFreq(c.term)
		if n != 4 {
			t.Errorf("SectionFreq(%q): %d sections in all, want 4", c.term, n)
		}
		if df != c.sdf && !(c.upperBound && df >= c.sdf) {
			t.Errorf("SectionFreq(%q) = %d, want %d", c.term, df, c.sdf)
		}
		df, n = ix.DocFreq(c.term, 0)
		if df != c.ddf || n != 2 {
			t.Errorf("DocFreq(%q) = %d, %d, want %d, 2", c.term, df, n, c.ddf)
		}
	}
}

// TestCollectionDocFreqBefore: DocFreq with a year counts the documents
// of the years before it, in both counts, a document without a year in
// neither; a correction of a year, a replacement and a deletion show in
// the next answer.
func TestCollectionDocFreqBefore(t *testing.T) {
	ix, _ := openTemp(t)
	err := ix.Add(
		doc("a", "明湖市", 2021, "一、乡村振兴", "推进乡村振兴，发展特色产业。"),
		doc("b", "望川县", 2022, "一、乡村振兴", "推进乡村振兴，培育低空经济。"),
		doc("c", "云岭县", 2023, "一、低空经济", "培育低空经济新业态，推进通用机场建设。"),
		doc("d", "石门市", 2024, "一、低空经济", "发展低空经济。"),
		doc("e", "白塔县", 0, "一、低空经济", "发展低空经济，推进乡村振兴。"),
	)
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string, cases ...any) {
		t.Helper()
		for i := 0; i < len(cases); i += 4 {
			term, before, wdf, wn := cases[i].(string), cases[i+1].(int), cases[i+2].(int), cases[i+3].(int)
			if df, n := ix.DocFreq(term, before); df != wdf || n != wn {
				t.Errorf("%s: DocFreq(%q, %d) = %d, %d, want %d, %d", when, term, before, df, n, wdf, wn)
			}
		}
	}
	check("added",
		"低空经济", 0, 4, 5,
		"低空经济", 2024, 2, 3,
		"低空经济", 2023, 1, 2,
		"低空经济", 2021, 0, 0,
		"乡村振兴", 2023, 2, 2,
		"乡村振兴", 2100, 2, 4,
		"", 2023, 0, 2,
	)
	if _, err := ix.Correct("b", corpus.Override{Year: 2024}, nil); err != nil {
		t.Fatal(err)
	}
	check("b corrected to 2024", "低空经济", 2024, 1, 2, "乡村振兴", 2023, 1, 1)
	if err := ix.Add(doc("a", "明湖市", 2021, "一、低空经济", "谋划低空经济。")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete("c"); err != nil {
		t.Fatal(err)
	}
	check("a replaced, c deleted", "低空经济", 2024, 1, 1, "低空经济", 2025, 3, 3, "乡村振兴", 2025, 1, 3)
}

// TestCollectionFreqLive checks that the statistics count live sections
// only, whenever the background merge runs: an index where a document was
// replaced and another deleted answers the same before its merge, after
// it, and as an index built from the live documents alone, in another
// order.
func TestCollectionFreqLive(t *testing.T) {
	a := doc("a", "明湖市", 2023, "一、专项债券", "争取专项债券额度，推进重点项目建设。", "二、教师队伍", "推进教师队伍建设。")
	b := doc("b", "望川县", 2023, "一、乡村振兴", "推进乡村振兴，发展特色产业。", "二、低空经济", "培育低空经济新业态。")
	b2 := doc("b", "望川县", 2023, "一、乡村振兴", "发展特色产业，建设和美乡村。")
	c := doc("c", "云岭县", 2024, "一、专项债券", "用好专项债券，推进城市更新。")
	d := doc("d", "石门市", 2024, "一、推进改革", "推进国企改革，推进要素市场化配置。")
	terms := []string{"推进", "专项债券", "乡村", "低空经济", "推", "乡", "建设", "改革"}
	stats := func(ix *Index) []string {
		var out []string
		for _, term := range terms {
			df, n := ix.SectionFreq(term)
			out = append(out, fmt.Sprintf("%s %d/%d", term, df, n))
		}
		return out
	}

	// Merges wait until the statistics before them are read.
	release := holdMerges(t)
	ix, _ := openTemp(t)
	t.Cleanup(release) // before the index closes: Close waits for the merge
	for _, dd := range []*corpus.Document{a, b, c, d} {
		if err := ix.Add(dd); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Add(b2); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete("d"); err != nil {
		t.Fatal(err)
	}
	before := stats(ix)
	release()
	ix.compact()
	after := stats(ix)

	fresh, _ := openTemp(t)
	if err := fresh.Add(c, b2, a); err != nil {
		t.Fatal(err)
	}
	want := stats(fresh)
	if !slices.Equal(before, want) {
		t.Errorf("before the merge:\n%v\nwant (an index of the live documents)\n%v", before, want)
	}
	if !slices.Equal(after, want) {
		t.Errorf("after the merge:\n%v\nwant (an index of the live documents)\n%v", after, want)
	}
}

// TestCollectionFreqDeletedRuns checks SectionFreq against an index of the
// live documents alone when many documents of one segment, in runs long
// and short, are deleted and not merged yet: the deleted entries are
// counted by jumping from run to run along lists long enough to have
// skips.
func TestCollectionFreqDeletedRuns(t *testing.T) {
	release := holdMerges(t)
	ix, _ := openTemp(t)
	t.Cleanup(release)
	var all, live []*corpus.Document
	for i := range 400 {
		all = append(all, randomDoc(fmt.Sprintf("d%03d", i), i))
	}
	if err := ix.Add(all...); err != nil {
		t.Fatal(err)
	}
	for i, d := range all {
		if i%7 == 3 || i > 100 && i < 140 || i == 399 {
			if err := ix.Delete(d.ID); err != nil {
				t.Fatal(err)
			}
			continue
		}
		live = append(live, d)
	}
	fresh, _ := openTemp(t)
	if err := fresh.Add(live...); err != nil {
		t.Fatal(err)
	}
	for _, term := range []string{"（", "条", "第", "（1）", "双减", "课后服务", "教"} {
		df, n := ix.SectionFreq(term)
		wdf, wn := fresh.SectionFreq(term)
		if df != wdf || n != wn {
			t.Errorf("SectionFreq(%q) = %d, %d with deletions not merged, want %d, %d", term, df, n, wdf, wn)
		}
	}
}

// holdMerges makes the index's background merges wait until the function
// it returns is called (once or more); the caller registers that function
// as a cleanup after opening its index, so that it runs before the index
// closes (Close waits for the merge).
func holdMerges(t *testing.T) (release func()) {
	hold := make(chan struct{})
	var once sync.Once
	mergeHook = func() { <-hold }
	t.Cleanup(func() { mergeHook = nil })
	return func() { once.Do(func() { close(hold) }) }
}

// TestWaitMergesLeavesNone is what govreport ingest relies on before it
// says done: once WaitMerges returns, the merge policy asks for no merge,
// so a server opening the folder has none to make while it answers, and
// the documents read as before.
func TestWaitMergesLeavesNone(t *testing.T) {
	release := holdMerges(t)
	ix, _ := openTemp(t)
	t.Cleanup(release)
	var docs []*corpus.Document
	for i := range 12 {
		d := randomDoc(fmt.Sprintf("d%02d", i), i)
		docs = append(docs, d)
		if err := ix.Add(d); err != nil { // one segment each, held unmerged
			t.Fatal(err)
		}
	}
	if _, hi := pickMerge(ix.snap.Load()); hi == 0 {
		t.Fatal("twelve adds with merges held left no merge to make: the test sees nothing")
	}
	release()
	if err := ix.WaitMerges(context.Background()); err != nil {
		t.Fatal(err)
	}
	if lo, hi := pickMerge(ix.snap.Load()); hi != 0 {
		t.Errorf("after WaitMerges the policy still asks to merge segments %d to %d of %d", lo, hi, len(ix.snap.Load().segs))
	}
	for _, d := range docs {
		if _, err := ix.Document(d.ID); err != nil {
			t.Errorf("document %s after the merges: %v", d.ID, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.WaitMerges(ctx); err == nil {
		t.Error("WaitMerges with its context cancelled returned no error")
	}
}
