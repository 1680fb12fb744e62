package index

import (
	"bytes"
	stdflate "compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// doc builds a document from headings and texts, alternating.
func doc(id, region string, year int, ht ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Title: region + "教育局工作总结", Year: year, Region: region, Kind: "总结", Issuer: "教育局", Source: id + ".txt"}
	var body strings.Builder
	for i := 0; i+1 < len(ht); i += 2 {
		start := body.Len()
		body.WriteString(ht[i] + "\n" + ht[i+1] + "\n")
		d.Sections = append(d.Sections, corpus.Section{
			ID: corpus.SectionID(id, i/2), DocID: id, Heading: ht[i], Level: 1, Path: []string{}, Ordinal: i / 2,
			Text: ht[i+1], Start: start, End: body.Len(),
		})
	}
	d.Body = body.String()
	return d
}

func openTemp(t *testing.T) (*Index, string) {
	t.Helper()
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, dir
}

// oneDocFolder returns a closed index's folder holding one document, a,
// of one section: what a test then damages, rewinds or opens anew.
func oneDocFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Add(doc("a", "江城市", 2023, "一、双减", "落实双减。")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// openLoadHeld opens a folder holding one document with its load of the
// sections held (loadHook) until let is called: what answers, waits or
// gives way while an open is still loading. The index is closed, and the
// load let go first, when the test ends.
func openLoadHeld(t *testing.T) (ix *Index, let func()) {
	t.Helper()
	dir := oneDocFolder(t)
	release := make(chan struct{})
	loadHook = func() { <-release }
	ix, err := Open(dir)
	if err != nil {
		loadHook = nil
		t.Fatal(err)
	}
	var once sync.Once
	let = func() { once.Do(func() { close(release) }) }
	t.Cleanup(func() { ix.Close(); loadHook = nil })
	t.Cleanup(let)
	return ix, let
}

// containing returns the section IDs whose text contains wording.
func containing(t *testing.T, ix *Index, wording string) []string {
	t.Helper()
	var ids []string
	err := ix.View(func(v *View) error {
		for _, s := range v.Containing(wording) {
			ids = append(ids, v.SectionID(s))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestAddReplaceDelete(t *testing.T) {
	ix, _ := openTemp(t)
	a := doc("a", "江城市", 2023, "一、双减", "全面落实双减政策，课后服务全覆盖。", "二、教师", "招聘教师300人。")
	b := doc("b", "河口县", 2022, "一、学前教育", "新增普惠性学位1200个。")
	if err := ix.Add(a, b); err != nil {
		t.Fatal(err)
	}
	if d, s := ix.Stats(); d != 2 || s != 3 {
		t.Fatalf("Stats() = %d, %d, want 2, 3", d, s)
	}
	if got := containing(t, ix, "双减"); !reflect.DeepEqual(got, []string{"a-000"}) {
		t.Errorf("Containing(双减) = %v, want [a-000]", got)
	}
	// Replace a: one section only, different wording. The old second section goes.
	a2 := doc("a", "江城市", 2024, "一、集团化办学", "深化集团化办学。")
	if err := ix.Add(a2); err != nil {
		t.Fatal(err)
	}
	if got := containing(t, ix, "双减"); len(got) != 0 {
		t.Errorf("after replace, Containing(双减) = %v, want none", got)
	}
	if _, err := ix.Section("a-001"); !errors.Is(err, ErrNotFound) {
		t.Errorf("after replace, Section(a-001) error = %v, want ErrNotFound", err)
	}
	got, err := ix.Document("a")
	if err != nil {
		t.Fatal(err)
	}
	if got.Year != 2024 || len(got.Sections) != 1 || got.Sections[0].Text != "深化集团化办学。" {
		t.Errorf("Document(a) = year %d, %d sections %+v; want the replacement", got.Year, len(got.Sections), got.Sections)
	}
	if d, s := ix.Stats(); d != 2 || s != 2 {
		t.Fatalf("after replace, Stats() = %d, %d, want 2, 2", d, s)
	}
	if err := ix.Delete("b"); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete("b"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete(b) twice: error = %v, want ErrNotFound", err)
	}
	if _, err := ix.Document("b"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document(b) after delete: error = %v, want ErrNotFound", err)
	}
	if got := containing(t, ix, "学位"); len(got) != 0 {
		t.Errorf("after delete, Containing(学位) = %v, want none", got)
	}
	infos := ix.Documents()
	if len(infos) != 1 || infos[0].ID != "a" || infos[0].Sections != 1 {
		t.Errorf("Documents() = %+v, want only a with 1 section", infos)
	}
}

func TestAddRejectsBadDocumentsWhole(t *testing.T) {
	ix, _ := openTemp(t)
	good := doc("g", "江城市", 2023, "一、双减", "落实双减。")
	bad := doc("x", "江城市", 2023, "一、甲", "甲。", "二、乙", "乙。")
	bad.Sections[1].ID = bad.Sections[0].ID
	if err := ix.Add(good, bad); err == nil {
		t.Fatal("Add with duplicate section IDs succeeded")
	}
	if d, s := ix.Stats(); d != 0 || s != 0 {
		t.Errorf("after a failed Add, Stats() = %d, %d, want 0, 0", d, s)
	}
	if err := ix.Add(&corpus.Document{Title: "no id"}); err == nil {
		t.Error("Add of a document without ID succeeded")
	}
}

func TestReopen(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(doc("a", "江城市", 2023, "一、教育现代化", "推进教育现代化，ＡＩ赋能课堂。")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"育现代", "ai赋能", "Ａｉ 赋能", "现"} {
		if got := containing(t, ix, q); !reflect.DeepEqual(got, []string{"a-000"}) {
			t.Errorf("after reopen, Containing(%q) = %v, want [a-000]", q, got)
		}
	}
	var ranked []Ranked
	err = ix.View(func(v *View) error {
		var err error
		ranked, _, err = v.Rank(t.Context(), analysis.RankTerms("教育现代化"), nil, 10)
		return err
	})
	if err != nil || len(ranked) != 1 {
		t.Errorf("after reopen, Rank(教育现代化) = %v, %v; want one hit", ranked, err)
	}
}

func TestSchemaVersion(t *testing.T) {
	dir := oneDocFolder(t)
	// Pretend an older govreport wrote it.
	db, err := bolt.Open(filepath.Join(dir, "store.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("0")) })
	db.Close()
	_, err = Open(dir)
	if !errors.Is(err, ErrSchemaVersion) || !strings.Contains(err.Error(), "govreport reindex") {
		t.Fatalf("Open of an old index: error = %v, want ErrSchemaVersion telling to reindex", err)
	}
	var calls int
	if err := Rebuild(dir, func(done, total int) { calls++ }); err != nil {
		t.Fatal(err)
	}
	if calls == 0 {
		t.Error("Rebuild never reported progress")
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after Rebuild: %v", err)
	}
	defer ix.Close()
	if got := containing(t, ix, "双减"); len(got) != 1 {
		t.Errorf("after Rebuild, Containing(双减) = %v, want one", got)
	}
	err = ix.View(func(v *View) error {
		r, _, err := v.Rank(t.Context(), analysis.RankTerms("双减"), nil, 10)
		if err == nil && len(r) != 1 {
			t.Errorf("after Rebuild, Rank(双减) = %v, want one hit", r)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestUnfinishedRebuild leaves the search index as a reindex killed after
// its start does (r73h: kill -9 two and five seconds in): a new bleve index
// without the schema, which Rebuild writes last. Open says the rebuild was
// interrupted (it said the index had schema version "", written by
// another version) and asks for a reindex, which serve does itself.
func TestUnfinishedRebuild(t *testing.T) {
	dir := oneDocFolder(t)
	blPath := filepath.Join(dir, "bleve")
	os.RemoveAll(blPath)
	bl, err := bleve.New(blPath, newMapping())
	if err != nil {
		t.Fatal(err)
	}
	bl.Close()
	_, err = Open(dir)
	if !errors.Is(err, ErrUnfinished) || !errors.Is(err, ErrReindex) || strings.Contains(err.Error(), "version") || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("Open of an unfinished rebuild = %v, want ErrUnfinished saying it was interrupted, and ErrReindex", err)
	}
	if err := Rebuild(dir, nil); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after Rebuild: %v", err)
	}
	ix.Close()
}

func TestMissingBleveAsksForReindex(t *testing.T) {
	dir := oneDocFolder(t)
	os.RemoveAll(filepath.Join(dir, "bleve"))
	_, err := Open(dir)
	if !errors.Is(err, ErrReindex) || errors.Is(err, ErrSchemaVersion) {
		t.Fatalf("Open without bleve: error = %v, want ErrReindex and not a schema mismatch", err)
	}
}

// TestRecoverMissedBatch simulates a process killed after the store commit
// and before the bleve batch: Open must redo the pending write.
func TestRecoverMissedBatch(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(doc("a", "江城市", 2023, "一、双减", "落实双减。")); err != nil {
		t.Fatal(err)
	}
	// Commit to the store only, as write does before the batch.
	a2 := doc("a", "江城市", 2023, "一、新质生产力", "培育新质生产力。")
	err = ix.db.Update(func(tx *bolt.Tx) error {
		gen := getGen(tx)
		if err := deleteDoc(tx, "a", []string{"a-000"}); err != nil {
			return err
		}
		if err := putDoc(tx, a2); err != nil {
			return err
		}
		tx.Bucket(bucketMeta).Put(keyPending, []byte(`{"a":["a-000"]}`))
		return putGen(tx, gen+1)
	})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.View(func(v *View) error {
		r, _, err := v.Rank(t.Context(), analysis.RankTerms("双减"), nil, 10)
		if err != nil || len(r) != 0 {
			t.Errorf("after recovery, Rank(双减) = %v, %v; want none", r, err)
		}
		r, _, err = v.Rank(t.Context(), analysis.RankTerms("新质生产力"), nil, 10)
		if err != nil || len(r) != 1 {
			t.Errorf("after recovery, Rank(新质生产力) = %v, %v; want one", r, err)
		}
		return nil
	})
}

func TestConcurrentReadsAndWrites(t *testing.T) {
	ix, _ := openTemp(t)
	if err := ix.Add(doc("base", "江城市", 2023, "一、双减", "落实双减。")); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				id := string(rune('p'+w)) + string(rune('0'+i))
				if err := ix.Add(doc(id, "河口县", 2022, "一、双减", "双减工作。")); err != nil {
					t.Error(err)
				}
				if i%2 == 0 {
					if err := ix.Delete(id); err != nil {
						t.Error(err)
					}
				}
			}
		}(w)
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				ix.View(func(v *View) error {
					for _, s := range v.Containing("双减") {
						if !strings.Contains(v.Folded(s), "双减") {
							t.Errorf("slot %d (%s) does not contain 双减", s, v.SectionID(s))
						}
					}
					_, _, err := v.Rank(t.Context(), []string{"双减"}, nil, 5)
					return err
				})
				ix.Documents()
			}
		}()
	}
	wg.Wait()
	if d, _ := ix.Stats(); d != 11 {
		t.Errorf("Stats() documents = %d, want 11", d)
	}
}

func TestBM25(t *testing.T) {
	ix, _ := openTemp(t)
	err := ix.Add(
		doc("a", "江城市", 2023, "一、甲", "双减。双减。双减工作。"),
		doc("b", "江城市", 2023, "一、乙", "双减工作要求。其他。"),
		doc("c", "江城市", 2023, "一、丙", "没有这个词的一节文字。"),
		doc("d", "江城市", 2023, "一、丁", "双减"+strings.Repeat("很长的其他内容，", 30)),
	)
	if err != nil {
		t.Fatal(err)
	}
	ix.View(func(v *View) error {
		got := v.BM25([]string{"双减"}, v.Live(), 4)
		var ids []string
		for _, r := range got {
			ids = append(ids, v.SectionID(r.Slot))
		}
		// More occurrences first; a long section below a short one with the
		// same count; no occurrence scores 0, last.
		want := []string{"a-000", "b-000", "d-000", "c-000"}
		if !reflect.DeepEqual(ids, want) {
			t.Errorf("BM25(双减) order = %v, want %v", ids, want)
		}
		if got[3].Score != 0 || got[2].Score <= 0 {
			t.Errorf("BM25(双减) scores = %v, want the last 0 and the others positive", got)
		}
		if got := v.BM25([]string{"双减"}, v.Live(), 2); len(got) != 2 {
			t.Errorf("BM25 n=2 returned %d", len(got))
		}
		return nil
	})
}

func TestAnalyzerOffsets(t *testing.T) {
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	text := "推进ＡＩ＋教育，新增学位1.5万个。\xff双减。全面落實“雙減”政策"
	toks := gseAnalyzer{}.Analyze([]byte(text))
	if len(toks) == 0 {
		t.Fatal("no tokens")
	}
	shuangjian := 0 // 双减, and 雙減 cut as its simplified reading
	for i, tk := range toks {
		if string(tk.Term) == "双减" {
			shuangjian++
		}
		if tk.Position != i+1 {
			t.Errorf("token %d %q: position %d, want %d", i, tk.Term, tk.Position, i+1)
		}
		if analysis.Fold(text[tk.Start:tk.End]) != string(tk.Term) {
			t.Errorf("token %d: text[%d:%d] = %q folds to %q, term %q", i, tk.Start, tk.End, text[tk.Start:tk.End], analysis.Fold(text[tk.Start:tk.End]), tk.Term)
		}
	}
	if shuangjian != 2 {
		t.Errorf("%d tokens 双减, want 2 (双减 and 雙減)", shuangjian)
	}
}

func TestFoldMap(t *testing.T) {
	for _, tt := range []struct{ text, wording, want string }{
		{"推进 教育现代化", "推进教育", "推进 教育"},
		{"加强ＡＩ＋教育", "ai+", "ＡＩ＋"},
		{"a\u200bb c", "ab", "a\u200bb"},
		{"x\xffy", "\uFFFDy", "\xffy"},
		{"全面落實“雙減”政策", "双减", "雙減"},
		{"全面落实“双减”政策", "雙減", "双减"},
		// Quotation marks of any kind are one mark; the match maps back to
		// the marks as written.
		{"落实「双减」要求", "“双减”", "「双减」"},
		{"推进'双减'落地", "“双减”", "'双减'"},
		{"落实＂双减＂要求", "‘双减’", "＂双减＂"},
		// 〇, and ○ beside a Chinese numeral, are 零.
		{"到二〇三五年基本实现", "二零三五年", "二〇三五年"},
		{"一九八○年的计划", "一九八〇年", "一九八○年"},
		// A footnote reference goes, and the match spans it.
		{"三张“免税券”清单[1]扩容增效", "“免税券”清单扩容", "“免税券”清单[1]扩容"},
		{"托管共建［12］由10平方公里", "共建由10", "共建［12］由10"},
		{"托管共建［１２］由10平方公里", "共建由", "共建［１２］由"},
		// Every dash is one dash, every middle dot one dot.
		{"开通青川－白塔城际公交", "青川—白塔", "青川－白塔"},
		{"打通滨江大道―望湖路断头路", "滨江大道-望湖路", "滨江大道―望湖路"},
		{"办好“山水青川・茶香白塔”文化节", "山水青川·茶香白塔", "山水青川・茶香白塔"},
		{"打造老城区•河街片区", "老城区·河街", "老城区•河街"},
		// A digit 0 or a letter O standing for 〇 in a typed year.
		{"白塔县二00九年政府工作报告", "二〇〇九年", "二00九年"},
		{"二O一O年主要任务", "二〇一〇年", "二O一O年"},
	} {
		m := analysis.NewFoldMap(tt.text)
		fw := analysis.Fold(tt.wording)
		i := strings.Index(m.Folded, fw)
		if i < 0 {
			t.Errorf("analysis.Fold(%q) = %q does not contain %q", tt.text, m.Folded, fw)
			continue
		}
		a, b := m.Orig(i, i+len(fw))
		if got := tt.text[a:b]; got != tt.want {
			t.Errorf("analysis.NewFoldMap(%q).Orig of %q = %q, want %q", tt.text, tt.wording, got, tt.want)
		}
	}
}

// TestFoldKeeps checks what the fold must not take for a quotation mark,
// a zero or a footnote reference: a ○ that is a bullet or a blank, a
// bracketed year, a longer bracketed number, brackets without a number.
func TestFoldKeeps(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"○○县教育局", "○○县教育局"},
		{"○基础设施建设", "○基础设施建设"},
		{"见[2023]5号文", "见[2023]5号文"},
		{"编号[12345]", "编号[12345]"},
		{"数组a[i]与[]", "数组a[i]与[]"},
		{"第[3条", "第[3条"},
		{"二〇二三年", "二零二三年"},
		{"一九○○年", "一九零零年"},
		{"资料[1][2]显示", "资料显示"},
		{"建成10所学校", "建成10所学校"},
		{"2020年是第一0个", "2020年是第一0个"},
		{"0六号文件", "0六号文件"},
		{"十0", "十0"},
		{"OA系统二O", "oa系统二o"},
		{"——", "--"},
	} {
		if got := analysis.Fold(tt.text); got != tt.want {
			t.Errorf("analysis.Fold(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if got := analysis.NewFoldMap(tt.text).Folded; got != tt.want {
			t.Errorf("analysis.NewFoldMap(%q).Folded = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestOpen_InUse checks that a data folder held open is refused with a
// message that says why, not a bare timeout.
func TestOpen_InUse(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := Open(dir); !errors.Is(err, ErrInUse) {
		t.Errorf("second Open of %s: %v, want ErrInUse", dir, err)
	}
}

// TestConcurrentDocumentsAfterAdd checks that Documents, called right after
// Add returned, lists the document added, while other goroutines list the
// documents all the time (a list built before the write must not be cached
// after it).
func TestConcurrentDocumentsAfterAdd(t *testing.T) {
	ix, _ := openTemp(t)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
					ix.Documents()
				}
			}
		}()
	}
	defer func() { close(stop); wg.Wait() }()
	for i := 0; i < 50; i++ {
		id := fmt.Sprintf("d%03d", i)
		if err := ix.Add(doc(id, "江城市", 2023, "一、双减", fmt.Sprintf("第%d次落实双减。", i))); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range ix.Documents() {
			found = found || d.ID == id
		}
		if !found {
			t.Fatalf("Documents() right after Add(%s) does not list it", id)
		}
	}
}

// TestConcurrentStatsWhileLoading checks that Stats, Documents and
// Document answer while the sections are still loading, instead of
// waiting for the load (which takes seconds on a large index).
func TestConcurrentStatsWhileLoading(t *testing.T) {
	ix, let := openLoadHeld(t)
	defer let()
	answered := make(chan int, 1)
	go func() {
		n, _ := ix.Stats()
		ix.Documents()
		if _, err := ix.Document("a"); err != nil {
			t.Error(err)
		}
		answered <- n
	}()
	select {
	case n := <-answered:
		if n != 1 || ix.Ready() {
			t.Errorf("Stats while loading = %d documents, ready %v; want 1, not ready", n, ix.Ready())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Stats, Documents and Document wait for the sections to load")
	}
}

// TestSectionRecordInferred checks that a section record keeps the
// Inferred mark, and that a record without it (as written before the mark
// existed) reads as not inferred.
func TestSectionRecordInferred(t *testing.T) {
	for _, inferred := range []bool{false, true} {
		s := &corpus.Section{ID: "d-001", DocID: "d", Heading: "我们聚焦实体经济发展，稳中求进。", Level: 2, Path: []string{"2032年是关键一年。"}, Ordinal: 1, Start: 10, End: 90, Text: "正文。", Inferred: inferred}
		got, err := decodeSection(encodeSection(s))
		if err != nil {
			t.Fatalf("decodeSection(encodeSection(inferred=%v)): %v", inferred, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Errorf("section record round trip = %+v, want %+v", got, s)
		}
	}
}

// TestSectionRecordJoint checks that a section record keeps the Joint of
// a heading run on into its text, deflated text or not, inferred or not.
func TestSectionRecordJoint(t *testing.T) {
	for _, text := range []string{"推动青川制造向高端化迈进。", strings.Repeat("推动白塔产业向高端化、智能化、绿色化迈进，", 20)} {
		for _, joint := range []string{"，", " "} {
			s := &corpus.Section{ID: "d-004", DocID: "d", Heading: "（一）加快发展新质生产力", Level: 2, Path: []string{"二、重点工作"}, Ordinal: 4, Start: 90, End: 900, Text: text, Joint: joint, Inferred: joint == " "}
			got, err := decodeSection(encodeSection(s))
			if err != nil || !reflect.DeepEqual(got, s) {
				t.Errorf("section record round trip = %+v, %v; want %+v", got, err, s)
			}
		}
	}
}

// TestSectionRecordDeflated checks that a long section text is stored
// deflated and reads back the same, with the Inferred mark or without.
func TestSectionRecordDeflated(t *testing.T) {
	text := strings.Repeat("明湖市深入推进集团化办学，新增学位1200个，努力办好人民满意的教育。", 12)
	for _, inferred := range []bool{false, true} {
		s := &corpus.Section{ID: "d-002", DocID: "d", Heading: "（二）集团化办学", Level: 2, Path: []string{"一、基础教育"}, Ordinal: 2, Start: 90, End: 900, Text: text, Inferred: inferred}
		rec := encodeSection(s)
		if len(rec) >= len(text) {
			t.Errorf("a record of %d bytes for %d bytes of repetitive text: not deflated", len(rec), len(text))
		}
		got, err := decodeSection(rec)
		if err != nil {
			t.Fatalf("decodeSection(encodeSection(inferred=%v)): %v", inferred, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Errorf("section record round trip = %+v, want %+v", got, s)
		}
	}
}

// TestDeflateStandard checks that the store's deflate (klauspost's) and
// the standard library's read each other's records: stores written before
// the switch read here, and stores written here read in an older govreport.
func TestDeflateStandard(t *testing.T) {
	text := strings.Repeat("望川县推进义务教育优质均衡，新建校舍3.6万平方米，教师培训覆盖率达到百分之百。", 9)
	var z bytes.Buffer
	zw, _ := stdflate.NewWriter(&z, stdflate.BestSpeed) // as govreport wrote before
	io.WriteString(zw, text)
	zw.Close()
	if got, err := inflate(z.String()); err != nil || got != text {
		t.Errorf("inflate of the standard library's deflate = %q, %v; want the text", got, err)
	}
	s := &corpus.Section{ID: "d-003", DocID: "d", Heading: "（三）均衡发展", Level: 2, Path: []string{"一、基础教育"}, Ordinal: 3, Text: text}
	old := &corpus.Section{ID: s.ID, DocID: s.DocID, Heading: s.Heading, Level: s.Level, Path: s.Path, Ordinal: s.Ordinal, Text: z.String()}
	rec := append(encodeSection(old), secDeflated) // an old record: its text deflated, the flag set
	if got, err := decodeSection(rec); err != nil || !reflect.DeepEqual(got, s) {
		t.Errorf("an old record decodes to %+v, %v; want %+v", got, err, s)
	}
	ours := deflate(text)
	back, err := io.ReadAll(stdflate.NewReader(strings.NewReader(ours)))
	if err != nil || string(back) != text {
		t.Errorf("the standard library's inflate of the store's deflate = %q, %v; want the text", back, err)
	}
}

// TestStartWork checks Add's pool of tasks: every needed task has run when
// wait returns, the others go on after it, and none starts after stop.
func TestStartWork(t *testing.T) {
	var need, more atomic.Int64
	release := make(chan struct{})
	wait, stop := startWork(50, func(int) { need.Add(1) }, 1000, func(k int) {
		if k == 0 {
			<-release // held until wait has returned
		}
		more.Add(1)
	})
	wait()
	if n := need.Load(); n != 50 {
		t.Fatalf("wait returned after %d of 50 needed tasks", n)
	}
	close(release)
	stop()
	done := more.Load()
	if done == 0 {
		t.Error("no further task ran once the needed ones were done")
	}
	if more.Load() != done {
		t.Error("a task ran after stop returned")
	}
	// Without stop's early end every task runs.
	more.Store(0)
	wait, stop = startWork(0, nil, 300, func(int) { more.Add(1) })
	wait()
	for more.Load() < 300 {
		runtime.Gosched()
	}
	stop()
}

// TestRecordCheckGivesWay: a View counts as a search running while its
// function runs, and the record check's pause (giveWay) lasts while one
// runs, at most giveWayMax, and not at all when none does.
func TestRecordCheckGivesWay(t *testing.T) {
	ix, _ := openTemp(t)
	if err := ix.View(func(*View) error {
		if n := ix.searching.Load(); n != 1 {
			t.Errorf("searches running inside View: %d, want 1", n)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n := ix.searching.Load(); n != 0 {
		t.Fatalf("searches running after View: %d, want 0", n)
	}
	t0 := time.Now()
	ix.giveWay()
	if d := time.Since(t0); d >= giveWayMax {
		t.Errorf("giveWay with no search running took %v", d)
	}
	ix.searching.Add(1)
	go func() {
		time.Sleep(giveWayMax / 5)
		ix.searching.Add(-1)
	}()
	t0 = time.Now()
	ix.giveWay()
	if d := time.Since(t0); d < giveWayMax/5 {
		t.Errorf("giveWay returned after %v while a search ran for %v", d, giveWayMax/5)
	}
	ix.searching.Add(1)
	defer ix.searching.Add(-1)
	t0 = time.Now()
	ix.giveWay()
	if d := time.Since(t0); d < giveWayMax || d > 20*giveWayMax {
		t.Errorf("giveWay under a search that does not end took %v, want about %v", d, giveWayMax)
	}
}

// TestOpenWritesNothing: opening a store of the current format leaves
// store.db as it is (no commit of an empty update: a write and a sync at
// every open), and closing it, with nothing changed, the exact index's
// manifest.
func TestOpenWritesNothing(t *testing.T) {
	dir := closedIndex(t)
	path := filepath.Join(dir, "store.db")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	<-ix.Verified()
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("store.db changed by an open")
	}
	// and the store is as usable as before
	if _, err := ix.Document("intact"); err != nil {
		t.Errorf("Document(intact) after the open: %v", err)
	}
	// Close writes no manifest the same as the one there (no segment
	// changed)
	mpath := filepath.Join(dir, "exact", manifestName)
	fi, err := os.Stat(mpath)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond) // a write would show in the time
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if fi2, err := os.Stat(mpath); err != nil || !fi2.ModTime().Equal(fi.ModTime()) {
		t.Errorf("the manifest was written again by a Close that changed nothing: %v", err)
	}
}

// unsealKey reads what unseal reads, and names the record only when it is
// damaged.
func TestUnsealKey(t *testing.T) {
	rec := seal([]byte("明湖市的一节"))
	if body, err := unsealKey("section ", []byte("m1-0"), rec); err != nil || string(body) != "明湖市的一节" {
		t.Errorf("intact record: %q, %v", body, err)
	}
	bad := append([]byte(nil), rec...)
	bad[1] ^= 1
	for _, v := range [][]byte{bad, rec[:3], nil} {
		_, err := unsealKey("section ", []byte("m1-0"), v)
		_, want := unseal("section m1-0", v)
		if !errors.Is(err, ErrCorrupt) || err.Error() != want.Error() {
			t.Errorf("damaged record %x: %v, want %v", v, err, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { unsealKey("section ", []byte("m1-0"), rec) }); n != 0 {
		t.Errorf("an intact record costs %v allocations, want 0", n)
	}
}

// TestLoadInfoGenerations checks that the generation of each document's
// last write is read in step with its metadata (loadInfo), across writes
// at several generations, a deleted document (its generation gone), a
// generation whose document has no metadata and a document without one.
func TestLoadInfoGenerations(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range []string{"b", "d", "f", "a", "c"} {
		if err := ix.Add(doc(id, "江城市", 2020+i, "一、总体", "推进教育现代化。")); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Add(doc("d", "江城市", 2030, "一、总体", "办好人民满意的教育。")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete("c"); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(filepath.Join(dir, "store.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint64{}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketWgen)
		if err := b.Put([]byte("bb"), genBytes(99)); err != nil { // no document
			return err
		}
		if err := b.Delete([]byte("f")); err != nil { // a document without one
			return err
		}
		return tx.Bucket(bucketInfo).ForEach(func(k, _ []byte) error {
			want[string(k)] = 0
			if v := b.Get(k); len(v) == 8 {
				want[string(k)] = bytesGen(v)
			}
			return nil
		})
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.waitReady(); err != nil {
		t.Fatal(err)
	}
	got := map[string]uint64{}
	for r, d := range ix.docs.infos {
		if d != nil {
			got[d.ID] = ix.docs.gen(r)
		}
	}
	if len(want) != 4 || want["f"] != 0 || want["d"] == want["b"] || !reflect.DeepEqual(got, want) {
		t.Errorf("generations after open %v, want %v (4 documents, f without one)", got, want)
	}
	if got := containing(t, ix, "人民满意"); !reflect.DeepEqual(got, []string{"d-000"}) {
		t.Errorf("Containing(人民满意) = %v, want [d-000]", got)
	}
}

// TestViewWaitingForLoadCounts checks that a search waiting for the
// sections to load counts as running (searching), so that the checks that
// begin as the load ends give way to it from their first piece.
func TestViewWaitingForLoadCounts(t *testing.T) {
	ix, let := openLoadHeld(t)
	done := make(chan error, 1)
	go func() { done <- ix.View(func(v *View) error { return nil }) }()
	for start := time.Now(); ix.searching.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			let()
			t.Fatal("a View waiting for the load is not counted as a search running")
		}
	}
	if ix.Ready() {
		t.Error("ready before the load was let go")
	}
	let()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := ix.searching.Load(); n != 0 {
		t.Errorf("searching = %d after the View, want 0", n)
	}
}

// TestHoldGC checks the collector's GOGC while indexes load (holdGC):
// raised while any holds it, given back when the last lets go, a GOGC
// already higher or off left alone, and one set meanwhile kept.
func TestHoldGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	gc := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	r1 := holdGC()
	r2 := holdGC()
	if p := gc(); p != loadGCPercent {
		t.Errorf("GOGC while two hold it = %d, want %d", p, loadGCPercent)
	}
	r1()
	r1() // a second call does nothing
	if p := gc(); p != loadGCPercent {
		t.Errorf("GOGC while one holds it = %d, want %d", p, loadGCPercent)
	}
	r2()
	if p := gc(); p != 100 {
		t.Errorf("GOGC after = %d, want 100", p)
	}
	for _, high := range []int{-1, 800} {
		debug.SetGCPercent(high)
		r := holdGC()
		if p := gc(); p != high {
			t.Errorf("GOGC %d while held = %d, want it left alone", high, p)
		}
		r()
		if p := gc(); p != high {
			t.Errorf("GOGC %d after = %d, want it left alone", high, p)
		}
	}
	debug.SetGCPercent(100)
	r := holdGC()
	debug.SetGCPercent(150)
	r()
	if p := gc(); p != 150 {
		t.Errorf("GOGC set to 150 while held = %d after, want 150 kept", p)
	}
}

// TestWhenIdle checks when WhenIdle's work begins: not before the load
// ends, not while a request that waited for the load (WaitReady, then
// View) is answered, and under searches that never stop, at the latest
// idleMax after the load.
func TestWhenIdle(t *testing.T) {
	ix, let := openLoadHeld(t)
	began := make(chan time.Time, 1)
	ix.WhenIdle(func() { began <- time.Now() })
	// the first request waits for the load, then holds a View for a while
	answered := make(chan time.Time, 1)
	go func() {
		if err := ix.WaitReady(context.Background()); err != nil {
			t.Error(err)
		}
		ix.View(func(v *View) error { time.Sleep(50 * time.Millisecond); return nil })
		answered <- time.Now()
	}()
	for start := time.Now(); ix.searching.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatal("a request waiting in WaitReady is not counted as a search running")
		}
	}
	select {
	case <-began:
		t.Fatal("WhenIdle's work began before the load ended")
	case <-time.After(20 * time.Millisecond):
	}
	let()
	end := <-answered
	if at := <-began; at.Before(end) {
		t.Errorf("WhenIdle's work began %v before the first answer", end.Sub(at))
	}

	// searches without a pause: it begins anyway, after about idleMax
	old := idleMax
	idleMax = 100 * time.Millisecond
	defer func() { idleMax = old }()
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			ix.View(func(v *View) error { time.Sleep(time.Millisecond); return nil })
		}
	}()
	t0 := time.Now()
	ix.WhenIdle(func() { began <- time.Now() })
	select {
	case at := <-began:
		if d := at.Sub(t0); d < idleMax/2 {
			t.Errorf("WhenIdle's work began after %v under searches without a pause, want about %v", d, idleMax)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("WhenIdle's work did not begin under searches without a pause")
	}
}
