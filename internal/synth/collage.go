package synth

import (
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
)

// Collages returns n texts of at least runes characters each, made of the
// sample corpus's section texts, one a line, in another order in each:
// every one shares long passages with every other, which makes every one
// a candidate of the costliest similar-passages requests.
func Collages(n, runes int) ([]string, error) {
	docs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, d := range docs {
		for _, s := range d.Sections {
			if t := strings.TrimSpace(s.Text); t != "" {
				texts = append(texts, t)
			}
		}
	}
	out := make([]string, n)
	for k := range out {
		var b strings.Builder
		for i := 0; utf8.RuneCountInString(b.String()) < runes; i++ {
			b.WriteString(texts[(i*(k+1)+k*7)%len(texts)] + "\n")
		}
		out[k] = b.String()
	}
	return out, nil
}
