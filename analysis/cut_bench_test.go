package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govreport/govreport/internal/cputime"
)

// BenchmarkTokensNoHMM cuts the sample corpus (gse's dictionary without HMM,
// the cutter of cut.go), in MB/s of text, one report at a time as compare
// cuts them:
//
//	go test ./analysis -run XXX -bench TokensNoHMM -benchtime 20x
func BenchmarkTokensNoHMM(b *testing.B) {
	if err := LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	texts := sampleTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	var buf []Token
	for b.Loop() {
		for _, t := range texts {
			buf = AppendTokensNoHMM(buf[:0], t)
		}
	}
}

// BenchmarkRankCut compares, on the sample corpus's paragraphs as
// sections' texts, in CPU time, the ranking analysis alone
// (EachRankTerm), the same giving the whole cut (EachRankTermCut), the
// term finder's own cut of the text (AppendTokensNoHMM), and its tokens
// of the cut given (AppendCutTokens), which is what the second leaves it:
//
//	go test ./analysis -run XXX -bench RankCut -benchtime 20x
func BenchmarkRankCut(b *testing.B) {
	if err := LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for _, t := range sampleTexts(b) {
		for _, p := range strings.Split(t, "\n\n") {
			texts = append(texts, p)
			size += len(p)
		}
	}
	const heading = "一、明湖市的工作\n"
	cutsJoin(seg.Dict)
	none := func(string, int, int) {}
	// CPU time, not wall: the machine may be shared
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			cpu0 := cputime.Self()
			for b.Loop() {
				f()
			}
			b.ReportMetric(float64(cputime.Self()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
	run("rank", func() {
		for _, t := range texts {
			EachRankTerm(heading+t, none)
		}
	})
	run("rank+cut", func() {
		for _, t := range texts {
			EachRankTermCut(heading+t, len(heading), none)
		}
	})
	var buf []Token
	run("finder", func() {
		for _, t := range texts {
			buf = AppendTokensNoHMM(buf[:0], t)
		}
	})
	cuts := make([][]int32, len(texts))
	for i, t := range texts {
		cuts[i] = EachRankTermCut(heading+t, len(heading), none)
	}
	run("finder-given", func() {
		for i, t := range texts {
			if cuts[i] != nil {
				buf = AppendCutTokens(buf[:0], t, cuts[i])
			} else {
				buf = AppendTokensNoHMM(buf[:0], t)
			}
		}
	})
}

// sampleTexts returns the texts of the sample corpus's files, each made
// valid UTF-8.
func sampleTexts(b *testing.B) []string {
	files, _ := filepath.Glob("../corpus/sample/*.txt")
	if len(files) == 0 {
		b.Fatal("no sample files")
	}
	var texts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, strings.ToValidUTF8(string(t), ""))
	}
	return texts
}
