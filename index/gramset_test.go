package index

import (
	"reflect"
	"strings"
	"testing"

	"github.com/govreport/govreport/analysis"
)

// TestAddSetSameAsAdd checks that collecting a text's bigrams before the
// lock and adding them after (collectGrams, addSet) builds the same lists
// as adding the text itself, repeated bigrams and the 255 cap included.
func TestAddSetSameAsAdd(t *testing.T) {
	texts := []string{
		"", "a", "双减", "双减双减双减", strings.Repeat("课后服务", 300), noisyText(1, 5000), noisyText(2, 20),
		"推进教育现代化\n坚持立德树人", "ＡＢ ab 12%", strings.Repeat("啊", 600),
	}
	a, b := newGrams(), newGrams()
	for i, s := range texts {
		f := analysis.FoldSection("", s)
		a.add(uint32(i), f)
		b.addSet(uint32(i), collectGrams(f))
	}
	if !reflect.DeepEqual(a.post, b.post) {
		t.Errorf("posting lists differ")
	}
	if !reflect.DeepEqual(a.chars, b.chars) || len(a.chars) == 0 {
		t.Errorf("character lists differ")
	}
}
