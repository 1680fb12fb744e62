package index

import (
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
)

var benchParagraph = strings.Repeat("2023年，全市教育系统坚持立德树人根本任务，深入推进教育现代化，统筹抓好“双减”落地和课后服务提质，"+
	"新建改扩建中小学12所，新增学位1.5万个，集团化办学覆盖率提高到68%，加强ＡＩ＋教育应用。", 8)

// BenchmarkTokenize measures the ranking analyzer (gse without HMM, sentence
// by sentence, folded terms) in MB/s of text:
//
//	go test ./index -run XXX -bench Tokenize -benchtime 2s
func BenchmarkTokenize(b *testing.B) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	a := gseAnalyzer{}
	b.SetBytes(int64(len(benchParagraph)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Analyze([]byte(benchParagraph))
	}
}

// BenchmarkTokensHMM is the same text through analysis.Tokens (gse with HMM), for
// comparison.
func BenchmarkTokensHMM(b *testing.B) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchParagraph)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		analysis.Tokens(benchParagraph)
	}
}

// BenchmarkFold measures the exact-wording fold in MB/s.
func BenchmarkFold(b *testing.B) {
	b.SetBytes(int64(len(benchParagraph)))
	for i := 0; i < b.N; i++ {
		analysis.Fold(benchParagraph)
	}
}
