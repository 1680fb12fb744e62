package embedded

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected parts in testdata")

var (
	goldenOnce sync.Once
	goldenIx   *index.Index
	goldenErr  error
)

// goldenIndex indexes our fixtures and the sample corpus, not the seeds,
// so that goldens do not depend on files outside the repository.
func goldenIndex(t *testing.T) *index.Index {
	t.Helper()
	goldenOnce.Do(func() {
		dir, err := os.MkdirTemp("", "govreport-golden")
		if err != nil {
			goldenErr = err
			return
		}
		goldenIx, goldenErr = index.Open(dir)
		if goldenErr == nil {
			goldenErr = goldenIx.Add(fixtureDocs(t, false)...)
		}
	})
	if goldenErr != nil {
		t.Fatal(goldenErr)
	}
	return goldenIx
}

// TestRankingGoldens runs the queries of testdata/rank/*.txt over the
// fixtures and the sample corpus and compares the parsed query, total,
// facets and top hits with snippets to the "want" part.
//
// A file holds a comment, a "request" part (the query on its first line,
// then optional "sort:", "size:", "from:", "region:" lines) and "want".
func TestRankingGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/rank/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/rank")
	}
	s := NewSearcher(goldenIndex(t))
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var req search.Request
			var wantIdx = -1
			for i, f := range ar.Files {
				switch f.Name {
				case "request":
					req = parseRequest(t, string(f.Data))
				case "want":
					wantIdx = i
				}
			}
			got := describe(t, s, req)
			if *update {
				if wantIdx < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					wantIdx = len(ar.Files) - 1
				}
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wantIdx < 0 {
				t.Fatal("no want part; run with -update")
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("Search(%+v):\n%s\nwant:\n%s", req, got, want)
			}
		})
	}
}

func parseRequest(t *testing.T, s string) search.Request {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	req := search.Request{Query: lines[0], Size: 5}
	for _, l := range lines[1:] {
		k, v, _ := strings.Cut(l, ": ")
		switch k {
		case "sort":
			req.Sort = v
		case "size":
			req.Size, _ = strconv.Atoi(v)
		case "from":
			req.From, _ = strconv.Atoi(v)
		case "region":
			req.Filters.Regions = append(req.Filters.Regions, v)
		default:
			t.Fatalf("unknown request line %q", l)
		}
	}
	return req
}

// describe prints a search result the way goldens hold it. Scores are left
// out (they move with any change of corpus statistics); the order shows
// the ranking.
func describe(t *testing.T, s *Searcher, req search.Request) string {
	res, err := s.Search(context.Background(), req)
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "query: %s\ntotal: %d\n", res.Query, res.Total)
	for _, f := range []string{"year", "region", "kind", "issuer"} {
		fmt.Fprintf(&b, "%s:", f)
		for _, v := range res.Facets[f] {
			fmt.Fprintf(&b, " %s=%d", v.Value, v.Count)
		}
		b.WriteString("\n")
	}
	for i, h := range res.Hits {
		fmt.Fprintf(&b, "%d. %s %d %s | %s\n   %s\n", req.From+i+1, h.Region, h.Year, h.Kind, h.Heading, strings.ReplaceAll(h.Snippet, "\n", "⏎"))
	}
	return b.String()
}
