package embedded

import (
	"context"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/synth"
	"github.com/govreport/govreport/search"
)

func TestZZProf(t *testing.T) {
	dir := os.Getenv("PROF_DIR")
	if dir == "" {
		t.Skip()
	}
	if err := analysis.LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	<-ix.Verified()
	var sample []*corpus.Document
	synth.Generate(1, 1000000, func(d *corpus.Document) bool { sample = append(sample, d); return len(sample) < 3000 })
	classes := synth.Queries(sample)
	s := NewSearcher(ix)
	for _, class := range strings.Split(os.Getenv("PROF_CLASSES"), ",") {
		var cpu []time.Duration
		var m1, m2 runtime.MemStats
		runtime.ReadMemStats(&m1)
		per := map[string][]time.Duration{}
		defer func() {
			if len(per) < 10 {
				for q, d := range per {
					t.Logf("%s p50 %v max %v", q, synth.Percentile(d, 50), synth.Percentile(d, 100))
				}
			}
		}()
		for range 2 {
			for _, q := range classes[class] {
				c := cpuTime()
				if _, err := s.Search(context.Background(), search.Request{Query: q}); err != nil {
					t.Fatal(err)
				}
				cpu = append(cpu, cpuTime()-c)
				per[q] = append(per[q], cpuTime()-c)
			}
		}
		runtime.ReadMemStats(&m2)
		t.Logf("%s: %d MB allocated a query, %d GCs", class, (m2.TotalAlloc-m1.TotalAlloc)/uint64(2*len(classes[class]))>>20, m2.NumGC-m1.NumGC)
		t.Logf("%s CPU p50 %v p99 %v", class, synth.Percentile(cpu, 50), synth.Percentile(cpu, 99))
	}
}
