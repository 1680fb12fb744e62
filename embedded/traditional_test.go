package embedded

import (
	"context"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// traditionalIndex indexes two fictional county reports that say the same
// things, one in simplified characters and one in traditional characters.
func traditionalIndex(t *testing.T) (*index.Index, *corpus.Document, *corpus.Document) {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	simp, err := corpus.Read("wangchuan.txt", []byte("望川县人民政府2025年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n"+
		"一、2024年工作回顾\n全面落实“双减”政策，课后服务覆盖全部学校。\n二、2025年重点工作\n（一）发展新质生产力。\n培育数字经济，建设产业园区两个。\n"))
	if err != nil {
		t.Fatal(err)
	}
	trad, err := corpus.Read("qinglan.txt", []byte("青嵐縣人民政府2025年政府工作報告\n各位代表：\n現在，我代表縣人民政府，向大會報告工作。\n"+
		"一、2024年工作回顧\n全面落實“雙減”政策，課後服務覆蓋全部學校。\n二、2025年重點工作\n（一）發展新質生產力。\n培育數字經濟，建設產業園區三個。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(simp, trad); err != nil {
		t.Fatal(err)
	}
	return ix, simp, trad
}

// TestSearch_Traditional checks that wording in simplified characters finds
// a report written in traditional characters and the other way round,
// quoted and as words, and that the traditional report's hit shows its own
// characters, marked, under its region's simplified name.
func TestSearch_Traditional(t *testing.T) {
	ix, simp, trad := traditionalIndex(t)
	if trad.Title != "青嵐縣人民政府2025年政府工作報告" || trad.Region != "青岚县" || trad.Kind != "政府工作报告" {
		t.Fatalf("traditional report read as title %q, region %q, kind %q", trad.Title, trad.Region, trad.Kind)
	}
	s := NewSearcher(ix)
	for _, q := range []string{`"双减"`, `"雙減"`, `"新质生产力"`, `"新質生產力"`, `"课后服务覆盖"`, `双减 课后服务`, `新質生產力`} {
		res, err := s.Search(context.Background(), search.Request{Query: q, Size: 10})
		if err != nil {
			t.Fatalf("Search(%s): %v", q, err)
		}
		docs := map[string]search.Hit{}
		for _, h := range res.Hits {
			docs[h.DocID] = h
		}
		if len(docs) != 2 {
			t.Errorf("Search(%s) finds %d reports, want both", q, len(docs))
			continue
		}
		h := docs[trad.ID]
		if h.Title != trad.Title || h.Region != "青岚县" {
			t.Errorf("Search(%s): traditional hit titled %q in %q, want %q in 青岚县", q, h.Title, h.Region, trad.Title)
		}
		if strings.Contains(q, "双减") && !strings.Contains(h.Snippet, "<mark>雙減</mark>") {
			t.Errorf("Search(%s): traditional snippet %q, want 雙減 marked as written", q, h.Snippet)
		}
		if strings.Contains(q, "雙減") && !strings.Contains(docs[simp.ID].Snippet, "<mark>双减</mark>") {
			t.Errorf("Search(%s): simplified snippet %q, want 双减 marked", q, docs[simp.ID].Snippet)
		}
	}
	// A wording the reports do not share finds one report only, and so
	// does a region written either way.
	for q, want := range map[string]string{`"园区两个"`: simp.ID, `"園區三個"`: trad.ID, `"园区三个"`: trad.ID, `"双减" region:青嵐`: trad.ID, `"雙減" region:青岚`: trad.ID} {
		res, err := s.Search(context.Background(), search.Request{Query: q, Size: 10})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 || res.Hits[0].DocID != want {
			t.Errorf("Search(%s) = %d hits, want the one of %s", q, res.Total, want)
		}
	}
}
