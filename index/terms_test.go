package index

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	bolt "go.etcd.io/bbolt"
)

// headingFinder is a term finder for tests: a report's terms are its
// headings, each scored by its length in bytes.
func headingFinder(version string) TermFinder {
	return TermFinder{Version: version, Find: func(d *corpus.Document) []ReportTerm {
		var out []ReportTerm
		for _, s := range d.Sections {
			out = append(out, ReportTerm{Text: s.Heading, Score: float64(len(s.Heading)) / 3})
		}
		return out
	}}
}

// storedTermsOf returns the terms of id a View gives, as "text score".
func storedTermsOf(t *testing.T, ix *Index, id string) ([]string, bool) {
	t.Helper()
	var out []string
	var found bool
	if err := ix.View(func(v *View) error {
		ts, ok := v.ReportTerms(id)
		found = ok
		for _, tm := range ts {
			out = append(out, tm.Text)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out, found
}

// TestReportTerms checks that the terms stored with a report are those of
// the text a View shows: written with it, replaced with it, deleted with
// it, and not given out for another finder's version; and that FindTerms
// fills in the reports written without them.
func TestReportTerms(t *testing.T) {
	ix, dir := openTemp(t)
	early := doc("d0", "云岫市", 2023, "一、旧的标题", "正文一。")
	if err := ix.Add(early); err != nil { // no finder yet: an older folder
		t.Fatal(err)
	}
	if _, ok := storedTermsOf(t, ix, "d0"); ok {
		t.Error("terms stored for a report written without a finder")
	}
	ix.SetTermFinder(headingFinder("v1"))
	if err := ix.Add(doc("d1", "明湖市", 2024, "一、智造走廊", "正文二。", "二、数字乡村", "正文三。")); err != nil {
		t.Fatal(err)
	}
	waitTerms(t, ix)
	if got, ok := storedTermsOf(t, ix, "d1"); !ok || !slices.Equal(got, []string{"一、智造走廊", "二、数字乡村"}) {
		t.Errorf("terms of d1 = %q, %v; want its two headings", got, ok)
	}
	// Written again with another text: the new text's terms.
	if err := ix.Add(doc("d1", "明湖市", 2024, "一、低空航线", "正文四。")); err != nil {
		t.Fatal(err)
	}
	waitTerms(t, ix)
	if got, ok := storedTermsOf(t, ix, "d1"); !ok || !slices.Equal(got, []string{"一、低空航线"}) {
		t.Errorf("terms of d1 written again = %q, %v; want [一、低空航线]", got, ok)
	}
	// FindTerms fills in d0 and leaves d1 as it is.
	if err := ix.FindTerms(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	if got, ok := storedTermsOf(t, ix, "d0"); !ok || !slices.Equal(got, []string{"一、旧的标题"}) {
		t.Errorf("terms of d0 after FindTerms = %q, %v; want [一、旧的标题]", got, ok)
	}
	// Scores come back exactly.
	if err := ix.View(func(v *View) error {
		ts, _ := v.ReportTerms("d1")
		if len(ts) != 1 || ts[0].Score != float64(len("一、低空航线"))/3 {
			t.Errorf("terms of d1 = %+v; want one scored %v", ts, float64(len("一、低空航线"))/3)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// Another version of the finder does not read them; FindTerms finds
	// them again.
	ix.SetTermFinder(headingFinder("v2"))
	if _, ok := storedTermsOf(t, ix, "d1"); ok {
		t.Error("terms of version v1 given out to finder v2")
	}
	var calls, total int
	if err := ix.FindTerms(context.Background(), false, func(done, n int) { calls, total = done, n }); err != nil {
		t.Fatal(err)
	}
	if calls != 2 || total != 2 {
		t.Errorf("FindTerms progress ended at %d/%d, want 2/2", calls, total)
	}
	if _, ok := storedTermsOf(t, ix, "d1"); !ok {
		t.Error("FindTerms did not store the terms of d1 for finder v2")
	}
	// Deleted with the report.
	if err := ix.Delete("d1"); err != nil {
		t.Fatal(err)
	}
	if err := ix.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketTerms).Get([]byte("d1")) != nil {
			t.Error("the terms record of d1 outlives its report")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// They survive a reopen, and a damaged record counts as missing.
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.SetTermFinder(headingFinder("v2"))
	if got, ok := storedTermsOf(t, ix, "d0"); !ok || !slices.Equal(got, []string{"一、旧的标题"}) {
		t.Errorf("terms of d0 after a reopen = %q, %v", got, ok)
	}
	if err := ix.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTerms)
		rec := slices.Clone(b.Get([]byte("d0")))
		rec[len(rec)/2] ^= 0x55
		return b.Put([]byte("d0"), rec)
	}); err != nil {
		t.Fatal(err)
	}
	if _, ok := storedTermsOf(t, ix, "d0"); ok {
		t.Error("a damaged terms record was given out")
	}
}

// waitTerms waits for ix's worker to store the terms of every report
// written.
func waitTerms(t *testing.T, ix *Index) {
	t.Helper()
	if err := ix.WaitTerms(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := ix.TermsPending(); n != 0 {
		t.Fatalf("WaitTerms returned with %d reports pending", n)
	}
}

// TestReportTermsOfSeveral checks that the terms of the reports of one
// write are each stored with its own report, and that a finder's panic
// does not fail the write: WaitTerms names the report and the panic, and
// the report has no terms stored (its reader finds them on demand), not
// those of the text it replaced.
func TestReportTermsOfSeveral(t *testing.T) {
	ix, _ := openTemp(t)
	ix.SetTermFinder(headingFinder("v1"))
	var docs []*corpus.Document
	for i := range 9 {
		id := "d" + strconv.Itoa(i)
		docs = append(docs, doc(id, "明湖市", 2024, "一、第"+strconv.Itoa(i)+"项", "正文。"))
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	waitTerms(t, ix)
	for i := range 9 {
		id := "d" + strconv.Itoa(i)
		if got, ok := storedTermsOf(t, ix, id); !ok || !slices.Equal(got, []string{"一、第" + strconv.Itoa(i) + "项"}) {
			t.Errorf("terms of %s = %q, %v; want its own heading", id, got, ok)
		}
	}
	ix.SetTermFinder(TermFinder{Version: "v1", Find: func(d *corpus.Document) []ReportTerm {
		if d.ID == "d7" {
			panic("a finder's bug")
		}
		return nil
	}})
	if err := ix.Add(doc("d0", "明湖市", 2025, "一、换掉", "新正文。"), doc("d7", "明湖市", 2025, "一、换掉", "新正文。")); err != nil {
		t.Fatalf("Add with a panicking finder: %v", err)
	}
	err := ix.WaitTerms(t.Context())
	if err == nil || !strings.Contains(err.Error(), "d7") || !strings.Contains(err.Error(), "a finder's bug") {
		t.Fatalf("WaitTerms after a finder's panic: %v; want an error naming d7 and the panic", err)
	}
	if err := ix.WaitTerms(t.Context()); err != nil {
		t.Errorf("WaitTerms again: %v; want the failure told once", err)
	}
	if got, ok := storedTermsOf(t, ix, "d0"); !ok || len(got) != 0 {
		t.Errorf("terms of d0 written again = %q, %v; want the new text's (none)", got, ok)
	}
	if got, ok := storedTermsOf(t, ix, "d7"); ok {
		t.Errorf("terms of d7, whose finder failed, = %q; want none stored", got)
	}
	if d, err := ix.Document("d7"); err != nil || d.Year != 2025 {
		t.Errorf("d7 after its finder failed: %v, %v; want the 2025 text written", d, err)
	}
}

func TestTermsCodec(t *testing.T) {
	terms := []ReportTerm{{"新质生产力", 3.25}, {"", 0}, {strings.Repeat("长", 300), -1.5}}
	rec := encodeTerms("v9", terms)
	body, err := unseal("terms", rec)
	if err != nil {
		t.Fatal(err)
	}
	ver, got, err := decodeTerms(body)
	if err != nil || ver != "v9" || !slices.Equal(got, terms) {
		t.Fatalf("decodeTerms(encodeTerms) = %q, %v, %v; want v9, %v", ver, got, err, terms)
	}
	for n := range len(body) {
		if _, _, err := decodeTerms(body[:n]); err == nil {
			t.Errorf("decodeTerms of the first %d of %d bytes: no error", n, len(body))
		}
	}
}

func TestViewSentence(t *testing.T) {
	ix, _ := openTemp(t)
	if err := ix.Add(doc("s1", "青岚县", 2024, "一、低空经济", "培育低空经济；开通航线。建设通用机场！低空经济产值增长", "二、其他", "无关。")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		section, fw, want string
		ok                bool
	}{
		{"s1-000", "低空经济", "一、低空经济", true}, // the heading, first
		{"s1-000", "航线", "开通航线", true},
		{"s1-000", "通用机场", "建设通用机场", true},
		{"s1-000", "产值增长", "低空经济产值增长", true}, // to the end of the text
		{"s1-000", "培育", "培育低空经济", true},     // from the start of the text
		{"s1-000", "无关", "", false},
		{"s1-001", "无关", "无关", true},
	} {
		if err := ix.View(func(v *View) error {
			slot, _ := v.Slot(c.section)
			got, ok := v.Sentence(slot, c.fw)
			if got != c.want || ok != c.ok {
				t.Errorf("Sentence(%s, %q) = %q, %v; want %q, %v", c.section, c.fw, got, ok, c.want, c.ok)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFindCutGivenCuts checks that a finder with FindCut is given the cut
// of each section's text the ranking analysis made, word for word the cut
// AppendTokensNoHMM makes of the text (the finder's own), and none for a
// section written in traditional characters (cut as simplified by the
// ranking); a finder without FindCut is called as before.
func TestFindCutGivenCuts(t *testing.T) {
	ix, _ := openTemp(t)
	var mu sync.Mutex
	calls := 0
	var bad []string
	ix.SetTermFinder(TermFinder{Version: "v1", Find: func(d *corpus.Document) []ReportTerm {
		t.Errorf("Find called for %s with FindCut set and the text held", d.ID)
		return nil
	}, FindCut: func(d *corpus.Document, cuts [][]int32) []ReportTerm {
		mu.Lock()
		defer mu.Unlock()
		calls++
		for i, s := range d.Sections {
			c := cuts[i]
			if corpus.Simplify(s.Text) != s.Text {
				if c != nil {
					bad = append(bad, s.ID+": a cut of a text in traditional characters")
				}
				continue
			}
			if c == nil {
				bad = append(bad, s.ID+": no cut")
				continue
			}
			if got, want := analysis.AppendCutTokens(nil, s.Text, c), analysis.AppendTokensNoHMM(nil, s.Text); !slices.Equal(got, want) {
				bad = append(bad, s.ID+": the cut given is not the finder's")
			}
		}
		return nil
	}})
	if err := ix.Add(doc("a", "明湖市", 2024, "一、发展新质生产力", "今年是决胜之年。让乡村教师留得住、教得好；加快建设制造强市！ABC2024年"),
		doc("b", "望川县", 2024, "一、雙減", "落實雙減政策。")); err != nil {
		t.Fatal(err)
	}
	waitTerms(t, ix)
	if calls != 2 || len(bad) > 0 {
		t.Errorf("FindCut called %d times (want 2): %q", calls, bad)
	}
}
