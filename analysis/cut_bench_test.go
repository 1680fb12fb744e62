package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	files, _ := filepath.Glob("../corpus/sample/*.txt")
	if len(files) == 0 {
		b.Fatal("no sample files")
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, strings.ToValidUTF8(string(t), ""))
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
