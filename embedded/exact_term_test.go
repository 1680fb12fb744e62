package embedded

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// exactTermIndex indexes fictional reports in which the policy term 两新
// occurs whole in some sections, while others hold 两 and 新 apart, often,
// so that BM25 over the cut words alone would rank them first.
func exactTermIndex(t *testing.T) (*index.Index, []*corpus.Document) {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var docs []*corpus.Document
	for i, place := range []string{"青岚县", "云岫市", "望川县"} {
		year := 2023 + i%2
		text := fmt.Sprintf("%s人民政府%d年政府工作报告\n一、工作回顾\n", place, year) +
			"两岸交流新局面，新时代新征程新气象，两个维护，新发展理念，新质生产力，两手抓两不误。\n" +
			"二、重点工作\n（一）扩大内需\n" + strings.Repeat("坚持稳中求进工作总基调，完整准确全面贯彻发展理念，着力扩大有效需求。", 4) +
			"扎实推进两新工作。\n" +
			"（二）民生\n新建两所。\n（三）交通\n新开两条，新增两处。\n"
		if i == 2 {
			text += "（四）产业\n" + strings.Repeat("支持企业技术改造，提升产业链供应链韧性和安全水平。", 4) + "用好两新政策。\n"
		}
		d, err := corpus.Read(fmt.Sprintf("r%d.txt", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	return ix, docs
}

// TestSearch_ExactTerm checks that an unquoted term gse cuts (两新) ranks
// the sections holding its whole wording first and says how many there are,
// with the quoted query that finds exactly them.
func TestSearch_ExactTerm(t *testing.T) {
	ix, docs := exactTermIndex(t)
	s := NewSearcher(ix)
	ctx := context.Background()
	q, err := search.Parse("两新")
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Must) != 1 || len(q.Must[0][0].Words) < 2 {
		t.Fatalf("Parse(两新) = %s; the test needs gse to cut the term", q)
	}
	whole := 0
	for _, d := range docs {
		for _, sec := range d.Sections {
			if strings.Contains(sec.Heading+sec.Text, "两新") {
				whole++
			}
		}
	}

	t.Run("OK", func(t *testing.T) { exactFirst(t, ix, s, whole) })
	t.Run("Pages", func(t *testing.T) {
		// The exact sections come first across pages too.
		all, _ := s.Search(ctx, search.Request{Query: "两新", Size: 50})
		var ids []string
		for from := 0; from < all.Total; from += 1 {
			page, err := s.Search(ctx, search.Request{Query: "两新", From: from, Size: 1})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, page.Hits[0].SectionID)
		}
		for i, h := range all.Hits {
			if ids[i] != h.SectionID {
				t.Fatalf("page %d holds %s, the full list %s", i+1, ids[i], h.SectionID)
			}
		}
	})

	t.Run("KeepsTheRest", func(t *testing.T) {
		res, err := s.Search(ctx, search.Request{Query: "两新 扩大内需 -托管 year:2023", Filters: search.Filters{Kinds: []string{"政府工作报告"}}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Exact) != 1 || res.Exact[0].Query != `"两新" 扩大内需 -"托管" year:2023` {
			t.Errorf("Exact = %+v, want the query as typed with 两新 quoted and the request's filters left out", res.Exact)
		}
	})

	t.Run("NotForOrQuotedOrUnknown", func(t *testing.T) {
		for _, query := range []string{`"两新"`, "两新 OR 托管", "两旧"} {
			res, err := s.Search(ctx, search.Request{Query: query})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Exact) != 0 {
				t.Errorf("Search(%s).Exact = %+v, want none", query, res.Exact)
			}
		}
	})
}

// exactFirst checks the answer to 两新 over exactTermIndex, whose sections
// hold the whole wording in whole of them: the note counts them, they come
// first, and the quoted query finds exactly them.
func exactFirst(t *testing.T, ix *index.Index, s *Searcher, whole int) {
	t.Helper()
	ctx := context.Background()
	res, err := s.Search(ctx, search.Request{Query: "两新", Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Exact) != 1 {
		t.Fatalf("Search(两新).Exact = %+v, want one entry", res.Exact)
	}
	e := res.Exact[0]
	if e.Term != "两新" || e.Sections != whole || e.Query != `"两新"` {
		t.Errorf("Search(两新).Exact = %+v, want {两新 %d \"两新\"}", e, whole)
	}
	if res.Total <= whole {
		t.Fatalf("Search(两新) found %d sections; the fixture has more holding 两 and 新 apart than the %d holding 两新", res.Total, whole)
	}
	for i, h := range res.Hits {
		sec, err := ix.Section(h.SectionID)
		if err != nil {
			t.Fatal(err)
		}
		has := strings.Contains(sec.Heading+sec.Text, "两新")
		if has != (i < whole) {
			t.Errorf("hit %d (%s) holds 两新: %v; the %d sections holding it should come first", i+1, h.SectionID, has, whole)
		}
	}
	quoted, err := s.Search(ctx, search.Request{Query: e.Query})
	if err != nil {
		t.Fatal(err)
	}
	if quoted.Total != e.Sections || len(quoted.Exact) != 0 {
		t.Errorf("Search(%s) found %d sections (exact %+v), want %d and no exact note", e.Query, quoted.Total, quoted.Exact, e.Sections)
	}
}
