package embedded

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// Our fixtures share paragraphs on purpose: 白河县's 2023 要点 copies the
// “双减” paragraph of 青山市's 2023 总结 word for word, and three documents
// open with the same sentence.
func TestSimilar(t *testing.T) {
	ix := goldenIndex(t)
	s := NewSearcher(ix)
	src := findSection(t, ix, "qingshan-2023-summary", "（二）“双减”工作走深走实")
	hits, err := s.Similar(context.Background(), src, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatalf("Similar(%s) found nothing", src)
	}
	top := hits[0]
	if top.DocID != "baihe-2023-plan" {
		t.Fatalf("Similar(%s)[0] = %s (%s), want the copied paragraph in baihe-2023-plan", src, top.SectionID, top.Title)
	}
	if top.Score < 0.95 {
		t.Errorf("Similar(%s)[0].Score = %.2f, want about 1 for a copied section", src, top.Score)
	}
	if len(top.Passages) != 1 || !strings.Contains(top.Passages[0].Text, "压减学科类培训机构42家") {
		t.Errorf("Similar(%s)[0].Passages = %+v, want the copied paragraph", src, top.Passages)
	}
	for _, h := range hits {
		if h.DocID == "qingshan-2023-summary" {
			t.Errorf("Similar(%s) returned %s of the same document", src, h.SectionID)
		}
	}

	// A section that shares one sentence with others, and has wording of its
	// own: the shared sentence is the passage, the score partial.
	src = findSection(t, ix, "baihe-2024-report", "（二）办好人民满意教育")
	hits, err = s.Similar(context.Background(), src, 10)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]search.Passage{}
	for _, h := range hits {
		if len(h.Passages) > 0 {
			docs[h.DocID] = h.Passages[0]
		}
		if h.Score <= 0 || h.Score >= 0.9 {
			t.Errorf("Similar(%s): %s score %.2f, want partial", src, h.SectionID, h.Score)
		}
	}
	for _, want := range []string{"qingshan-2023-summary", "baihe-2023-plan"} {
		p, ok := docs[want]
		if !ok {
			t.Errorf("Similar(%s) misses %s, which shares its first sentence", src, want)
			continue
		}
		if !strings.Contains(p.Text, "深入推进教育现代化，统筹抓好“双减”落地和课后服务提质") {
			t.Errorf("Similar(%s): passage with %s = %q, want the shared sentence", src, want, p.Text)
		}
	}
}

func TestSimilarNotFound(t *testing.T) {
	s := NewSearcher(goldenIndex(t))
	_, err := s.Similar(context.Background(), "no-such-section", 5)
	if !errors.Is(err, index.ErrNotFound) {
		t.Errorf("Similar(no-such-section) error = %v, want index.ErrNotFound", err)
	}
	if _, err := s.Similar(context.Background(), "x", search.MaxSize+1); !errors.Is(err, search.ErrBadQuery) {
		t.Errorf("Similar(size %d) error = %v, want search.ErrBadQuery", search.MaxSize+1, err)
	}
}

// findSection returns the ID of the section of document docID with heading.
func findSection(t *testing.T, ix *index.Index, docID, heading string) string {
	t.Helper()
	d, err := ix.Document(docID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Sections {
		if s.Heading == heading {
			return s.ID
		}
	}
	t.Fatalf("%s has no section %q", docID, heading)
	return ""
}

// TestSimilarSampleCopies checks the copies the sample corpus documents in
// corpus/sample/CHANGES.md: 望川县's 2023 plan copies a paragraph of
// 明湖市's 2023 plan word for word.
func TestSimilarSampleCopies(t *testing.T) {
	ix := goldenIndex(t)
	var src, want string
	for _, d := range ix.Documents() {
		switch d.Source {
		case "wangchuan-jyj-2023-plan.txt":
			doc, err := ix.Document(d.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range doc.Sections {
				if strings.Contains(s.Heading, "推进集团化办学") {
					src = s.ID
				}
			}
		case "minghu-edu-2023-plan.txt":
			want = d.ID
		}
	}
	if src == "" || want == "" {
		t.Fatal("sample corpus: section （2）推进集团化办学 of wangchuan-jyj-2023-plan or minghu-edu-2023-plan not found")
	}
	hits, err := NewSearcher(ix).Similar(context.Background(), src, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.DocID != want {
			continue
		}
		for _, p := range h.Passages {
			if strings.Contains(p.Text, "坚持“强校带弱校、城区带乡村”的思路，推进紧密型教育集团建设") {
				return
			}
		}
		t.Fatalf("Similar(%s): hit in minghu-edu-2023-plan without the copied paragraph: %+v", src, h.Passages)
	}
	t.Fatalf("Similar(%s) = %+v, want a hit in minghu-edu-2023-plan", src, hits)
}
