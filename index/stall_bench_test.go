package index

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkReadDuringWrite adds one document of about 8 MB of text (the
// most an upload may hold, corpus.MaxText) to an index of 200 documents
// while another goroutine looks up exact wording every millisecond, and
// reports the longest lookup (max-read-ms) against the write's time
// (write-ms): how long a large upload makes searches wait. For scale, it
// reports the longest lookup over as long a time with no write
// (idle-max-read-ms), on a machine as busy.
//
//	go test ./index -run XXX -bench ReadDuringWrite -benchtime 3x
func BenchmarkReadDuringWrite(b *testing.B) {
	ix, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for i := 0; i < 200; i++ {
		if err := ix.Add(doc(fmt.Sprintf("base%03d", i), "江城市", 2020+i%5, "一、双减", noisyText(i, 2000))); err != nil {
			b.Fatal(err)
		}
	}
	// worstRead looks up wording every millisecond until stop is closed
	// and returns the longest lookup.
	worstRead := func(stop chan struct{}) (worst time.Duration) {
		for {
			select {
			case <-stop:
				return worst
			case <-time.After(time.Millisecond):
			}
			start := time.Now()
			ix.View(func(v *View) error { v.Containing("课后服务"); return nil })
			worst = max(worst, time.Since(start))
		}
	}
	var maxRead, maxIdle, maxWrite time.Duration
	for n := 0; n < b.N; n++ {
		big := doc(fmt.Sprintf("big%d", n), "青岚县", 2024)
		var body strings.Builder
		for s := 0; s < 400; s++ {
			h, t := fmt.Sprintf("第%d部分", s), noisyText(10000+n*1000+s, 7000)
			big.Sections = append(big.Sections, doc("x", "", 0, h, t).Sections[0])
			big.Sections[s].ID = fmt.Sprintf("big%d-%03d", n, s)
			big.Sections[s].DocID = big.ID
			big.Sections[s].Ordinal = s
			body.WriteString(h + "\n" + t + "\n")
		}
		big.Body = body.String()
		stop := make(chan struct{})
		var wg sync.WaitGroup
		var worst time.Duration
		wg.Add(1)
		go func() {
			defer wg.Done()
			worst = worstRead(stop)
		}()
		start := time.Now()
		if err := ix.Add(big); err != nil {
			b.Fatal(err)
		}
		took := time.Since(start)
		maxWrite = max(maxWrite, took)
		close(stop)
		wg.Wait()
		maxRead = max(maxRead, worst)

		stop = make(chan struct{})
		time.AfterFunc(took, func() { close(stop) })
		maxIdle = max(maxIdle, worstRead(stop))
	}
	b.ReportMetric(float64(maxRead.Milliseconds()), "max-read-ms")
	b.ReportMetric(float64(maxIdle.Milliseconds()), "idle-max-read-ms")
	b.ReportMetric(float64(maxWrite.Milliseconds()), "write-ms")
}
