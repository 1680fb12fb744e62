package compare

import (
	"fmt"
	"os"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestZZDump prints every figure of ZZ_FILE with its indicator (debug only, not committed).
func TestZZDump(t *testing.T) {
	name := os.Getenv("ZZ_FILE")
	if name == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(name)
	d, err := corpus.Read(name, data)
	if err != nil {
		t.Fatal(err)
	}
	ps := prepare(d)
	sf := readFigures(ps, nil)
	for _, p := range ps {
		st := sf.of[p]
		for _, f := range st.figs {
			fmt.Printf("%d %s | %s | [%s] after[%s] role=%s y5=%v of=%d add=%v cum=%v item=%q scope=%v named=%v\n", p.n, p.heading[:min(len(p.heading), 24)], f.text, f.indicator, f.after, f.role, f.years5, f.of, f.added, f.cumul, f.item, f.scope, f.named)
		}
	}
}
