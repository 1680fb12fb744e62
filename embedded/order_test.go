package embedded

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// TestSameAnswersWhateverIngestOrder checks that the same reports give the
// same answers, byte for byte but for the time taken, however they came
// into the index: all at once, one by one in the reverse order, or with
// some replaced by themselves and some deleted and added again. Two of
// them are reprinted under another ID (a report copied by another site),
// so that ties, in scores and in passages, are everywhere: they must not
// be broken by the order the sections were written in.
func TestSameAnswersWhateverIngestOrder(t *testing.T) {
	docs := fixtureDocs(t, false)
	for _, d := range docs[:2] {
		c := *d
		c.ID, c.Source = d.ID+"copy", "copy-"+d.Source
		c.Sections = slices.Clone(d.Sections)
		for i := range c.Sections {
			c.Sections[i].DocID = c.ID
			c.Sections[i].ID = corpus.SectionID(c.ID, i)
		}
		docs = append(docs, &c)
	}
	open := func(fill func(ix *index.Index) error) *Searcher {
		ix, err := index.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		s := NewSearcher(ix)
		if err := fill(ix); err != nil {
			t.Fatal(err)
		}
		return s
	}
	inOrder := open(func(ix *index.Index) error { return ix.Add(docs...) })
	reversed := open(func(ix *index.Index) error {
		for _, d := range slices.Backward(docs) {
			if err := ix.Add(d); err != nil {
				return err
			}
		}
		return nil
	})
	rewritten := open(func(ix *index.Index) error {
		if err := ix.Add(docs...); err != nil {
			return err
		}
		for i, d := range docs {
			switch i % 3 {
			case 0:
				if err := ix.Add(d); err != nil { // replaced by itself
					return err
				}
			case 1:
				if err := ix.Delete(d.ID); err != nil {
					return err
				}
			}
		}
		for i, d := range docs {
			if i%3 == 1 {
				if err := ix.Add(d); err != nil {
					return err
				}
			}
		}
		return nil
	})

	ctx := context.Background()
	answers := func(s *Searcher) map[string]string {
		out := map[string]string{}
		put := func(key string, v any, err error) {
			if err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			b, _ := json.Marshal(v)
			out[key] = string(b)
		}
		for _, q := range []string{"教育", `"课后服务"`, "推进 建设", "学校 OR 教师", "发展 -教育"} {
			for _, r := range []search.Request{
				{Query: q, Size: 100},
				{Query: q, Size: 100, Sort: "year"},
				{Query: q, Size: 100, Sort: "-year"},
				{Query: q, Size: 100, Group: "document"},
				{Query: q, Size: 100, Group: "document", Sort: "year"},
			} {
				res, err := s.Search(ctx, r)
				if res != nil {
					res.TookMS = 0
				}
				put("search "+r.Query+" "+r.Sort+" "+r.Group, res, err)
			}
			tl, err := s.Timeline(ctx, search.Request{Query: q})
			if tl != nil {
				tl.TookMS = 0
			}
			put("timeline "+q, tl, err)
		}
		for _, d := range docs {
			for _, sec := range d.Sections {
				hits, err := s.Similar(ctx, sec.ID, search.MaxSize)
				put("similar "+sec.ID, hits, err)
			}
		}
		for _, y := range []int{2022, 2023, 2024} {
			for _, dropped := range []bool{false, true} {
				ts, err := s.Terms(ctx, search.TermsRequest{Year: y, Dropped: dropped, Limit: search.MaxTerms})
				if ts != nil {
					ts.TookMS = 0
				}
				put("terms", ts, err)
			}
		}
		return out
	}
	want := answers(inOrder)
	for name, s := range map[string]*Searcher{"one by one, reversed": reversed, "some replaced, some deleted and added again": rewritten} {
		got := answers(s)
		for _, k := range slices.Sorted(func(yield func(string) bool) {
			for k := range want {
				if !yield(k) {
					return
				}
			}
		}) {
			if g, w := got[k], want[k]; g != w {
				i := 0
				for i < min(len(g), len(w)) && g[i] == w[i] {
					i++
				}
				from := max(0, i-120)
				t.Errorf("%s: %s: from byte %d:\n%s\nwant (all at once, in order)\n%s", name, k, i, g[from:min(len(g), i+200)], w[from:min(len(w), i+200)])
			}
		}
	}
}
