package embedded

import (
	"context"
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/synth"
)

// BenchmarkSimilarLong asks for the passages reused by one section of
// 11,000 characters made of the texts of the sample corpus's sections, in
// an index that holds the sample corpus and seven more sections like it: up
// to 50 candidates, the longest 11,000 characters, all sharing long passages
// with it. It is the costliest similar-passages request an anonymous client
// can make.
//
//	go test ./embedded -run XXX -bench SimilarLong -benchtime 10x
func BenchmarkSimilarLong(b *testing.B) {
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		b.Fatal(err)
	}
	// Eight documents of one long section each, the texts in a different
	// order in each: every one is a candidate of 11,000 characters.
	collages, err := synth.Collages(8, 11000)
	if err != nil {
		b.Fatal(err)
	}
	var longs []*corpus.Document
	for k, c := range collages {
		ld, err := corpus.Read(fmt.Sprintf("yunxiu-long-%d.txt", k), []byte(fmt.Sprintf("云岫市综合材料汇编之%d\n一、汇编\n", k+1)+c))
		if err != nil {
			b.Fatal(err)
		}
		longs = append(longs, ld)
	}
	var src string
	for _, s := range longs[0].Sections {
		if n := utf8.RuneCountInString(s.Text); n >= 10000 {
			src = s.ID
		}
	}
	if src == "" {
		b.Fatalf("no section of 10,000+ characters in the long document (%d sections)", len(longs[0].Sections))
	}
	ix, err := index.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Add(append(docs, longs...)...); err != nil {
		b.Fatal(err)
	}
	s := NewSearcher(ix)
	if _, err := s.Similar(context.Background(), src, 10); err != nil { // loads the dictionary
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		hits, err := s.Similar(context.Background(), src, 10)
		if err != nil {
			b.Fatal(err)
		}
		if len(hits) == 0 {
			b.Fatal("no similar passages for a section made of the corpus's own texts")
		}
	}
}
