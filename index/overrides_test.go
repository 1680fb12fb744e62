package index

import (
	"errors"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// info returns the in-memory metadata of document id, as filters, facets
// and counterparts see it.
func info(t *testing.T, ix *Index, id string) DocInfo {
	t.Helper()
	for _, d := range ix.Documents() {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("document %s not listed", id)
	return DocInfo{}
}

// viewInfo returns the metadata a search sees for the first section of id.
func viewInfo(t *testing.T, ix *Index, id string) DocInfo {
	t.Helper()
	var out DocInfo
	err := ix.View(func(v *View) error {
		slots := v.DocSlots(id)
		if len(slots) == 0 {
			return errors.New("no sections")
		}
		out = *v.Doc(slots[0])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCorrect(t *testing.T) {
	ix, dir := openTemp(t)
	read := func() *corpus.Document { // file f-a as read
		a := doc("a", "江城市", 2023, "一、双减", "全面落实双减政策。")
		a.File = "f-a"
		a.Origins = map[string]string{"year": corpus.OriginBody, "region": corpus.OriginBody}
		return a
	}
	a := read()
	if err := ix.Add(a); err != nil {
		t.Fatal(err)
	}
	d, err := ix.Correct("a", corpus.Override{Year: 2024, Region: "云岫市"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Year != 2024 || d.Region != "云岫市" || d.Origins["year"] != corpus.OriginUser || d.Origins["region"] != corpus.OriginUser {
		t.Errorf("Correct returned year %d region %s origins %v, want 2024 云岫市 both user", d.Year, d.Region, d.Origins)
	}
	if a.Origins["year"] != corpus.OriginBody {
		t.Errorf("Correct changed the caller's document: origins %v", a.Origins)
	}
	check := func(when string, ix *Index, year int, region string) {
		t.Helper()
		for _, got := range []DocInfo{info(t, ix, "a"), viewInfo(t, ix, "a")} {
			if got.Year != year || got.Region != region {
				t.Errorf("%s: metadata year %d region %s, want %d %s", when, got.Year, got.Region, year, region)
			}
		}
		d, err := ix.Document("a")
		if err != nil {
			t.Fatal(err)
		}
		if d.Year != year || d.Region != region {
			t.Errorf("%s: Document year %d region %s, want %d %s", when, d.Year, d.Region, year, region)
		}
	}
	check("after Correct", ix, 2024, "云岫市")

	// Ingesting the same file again keeps the correction.
	if err := ix.Add(read()); err != nil {
		t.Fatal(err)
	}
	check("after re-adding", ix, 2024, "云岫市")

	// So does reopening, and Rebuild (govreport reindex).
	ix.Close()
	if err := Rebuild(dir, nil); err != nil {
		t.Fatal(err)
	}
	ix2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix2.Close()
	check("after Rebuild and Open", ix2, 2024, "云岫市")

	// The same file read differently by a later version: a new ID, the same
	// File. The correction follows it.
	b := doc("b", "江城市", 2023, "一、双减", "全面落实“双减”政策。")
	b.File = "f-a"
	if err := ix2.Add(b); err != nil {
		t.Fatal(err)
	}
	if got := info(t, ix2, "b"); got.Year != 2024 || got.Region != "云岫市" {
		t.Errorf("same file, new ID: year %d region %s, want the correction 2024 云岫市", got.Year, got.Region)
	}

	// Clearing brings the inferred value back, one field at a time.
	if _, err := ix2.Correct("a", corpus.Override{}, []string{"year"}); err != nil {
		t.Fatal(err)
	}
	check("after clearing year", ix2, 2023, "云岫市")
	if c, _ := ix2.Corrections("a"); c != (corpus.Override{Region: "云岫市"}) {
		t.Errorf("Corrections(a) = %+v, want region only", c)
	}
	d, _ = ix2.Document("a")
	if d.Origins["year"] != corpus.OriginBody {
		t.Errorf("after clearing, origin of year = %q, want %q", d.Origins["year"], corpus.OriginBody)
	}

	if _, err := ix2.Correct("nope", corpus.Override{Year: 2024}, nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("Correct(unknown) = %v, want ErrNotFound", err)
	}
	if _, err := ix2.Correct("a", corpus.Override{}, []string{"colour"}); err == nil {
		t.Error("Correct clearing an unknown field: no error")
	}

	// Delete forgets the document's corrections.
	if err := ix2.Delete("a"); err != nil {
		t.Fatal(err)
	}
	if err := ix2.Add(doc("a", "江城市", 2023, "一、双减", "全面落实双减政策。")); err != nil {
		t.Fatal(err)
	}
	check("after delete and add", ix2, 2023, "江城市")
}

func TestAddCorrected(t *testing.T) {
	ix, dir := openTemp(t)
	a := doc("a", "江城市", 2023, "一、双减", "全面落实双减政策。")
	b := doc("b", "河口县", 2022, "一、学前教育", "新增普惠性学位1200个。")
	err := ix.AddCorrected(map[string]corpus.Override{"a": {Kind: "计划", Issuer: "教育体育局"}}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if got := info(t, ix, "a"); got.Kind != "计划" || got.Issuer != "教育体育局" {
		t.Errorf("kind %s issuer %s, want 计划 教育体育局", got.Kind, got.Issuer)
	}
	if got := info(t, ix, "b"); got.Kind != "总结" {
		t.Errorf("uncorrected b: kind %s, want 总结", got.Kind)
	}
	// A later call adds to the corrections, it does not replace them.
	if err := ix.AddCorrected(map[string]corpus.Override{"a": {Title: "江城市教育体育局2023年工作计划"}}, a); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix2.Close()
	got := info(t, ix2, "a")
	if got.Kind != "计划" || got.Issuer != "教育体育局" || got.Title != "江城市教育体育局2023年工作计划" {
		t.Errorf("after reopen: %+v, want the three corrections", got)
	}
}
