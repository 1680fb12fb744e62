package embedded

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// memTrace samples the serving process's memory while BenchmarkOpenLarge
// runs, for finding what makes its peak (GOVREPORT_BENCH_TRACE=prefix):
// every 10 ms the resident memory (anonymous and mapped files) and the Go
// heap as runtime/metrics gives it, written to prefix.tsv with the phase
// of the benchmark (open, first answer, record check, each query class)
// whenever the resident memory moved by 8 MB or 100 ms passed. At each new
// peak (16 MB over the last, at most every 250 ms) it writes a heap
// profile (prefix.heap) and the resident memory of each mapped file and
// of the anonymous memory from /proc/self/smaps (prefix.smaps), both of
// the highest peak so far; stop writes the same from /proc/self/smaps at
// the end (prefix.smaps-end). The peak's phase and figures are given to
// the benchmark's rows by stop.
//
// Each line also names the query running (its number in its class, from
// 0; -1 between queries) and splits the Go runtime's memory: heap objects,
// heap spans in use but not holding objects (unused), heap free but not
// handed back (free), heap handed back (released), stacks, and the rest
// (metadata, buffers); Go's soft limit counts total less released. The
// process's high-water mark (VmHWM) is read too: the sample at which it
// last rose names the class and query the true peak was reached in, which
// the 10 ms samples of RSS may miss by a few megabytes.
type memTrace struct {
	prefix string
	phase  atomic.Value // string
	query  atomic.Int64 // the query running in the phase, -1 for none
	quit   chan struct{}
	done   sync.WaitGroup

	peak      int64 // kB, the highest resident memory sampled
	peakPhase string
	peakLine  string
	hwm       int64  // kB, VmHWM at the last sample
	hwmLine   string // the sample at which VmHWM last rose
}

func startMemTrace(prefix string) *memTrace {
	t := &memTrace{prefix: prefix, quit: make(chan struct{})}
	t.phase.Store("open")
	t.query.Store(-1)
	f, err := os.Create(prefix + ".tsv")
	if err != nil {
		return nil
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, traceHeader)
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/goal:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/stacks:bytes"},
		{Name: "/memory/classes/os-stacks:bytes"},
		{Name: "/gc/cycles/total:gc-cycles"},
	}
	t0 := time.Now()
	t.done.Add(1)
	go func() {
		defer t.done.Done()
		defer f.Close()
		defer w.Flush()
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		var lastRSS int64
		var lastLine, lastDump time.Time
		dumped := int64(0)
		for {
			select {
			case <-t.quit:
				return
			case <-tick.C:
			}
			st, _ := os.ReadFile("/proc/self/status")
			rss, anon, file := statusKB(st, "VmRSS"), statusKB(st, "RssAnon"), statusKB(st, "RssFile")+statusKB(st, "RssShmem")
			hwm := statusKB(st, "VmHWM")
			now := time.Now()
			rose := hwm > t.hwm
			if d := rss - lastRSS; !rose && d > -8<<10 && d < 8<<10 && now.Sub(lastLine) < 100*time.Millisecond {
				continue
			}
			metrics.Read(samples)
			phase := t.phase.Load().(string)
			v := func(i int) uint64 { return samples[i].Value.Uint64() }
			line := traceLine(now.Sub(t0).Milliseconds(), phase, t.query.Load(), rss, anon, file, hwm,
				v(0), v(4), v(5), v(3), v(6)+v(7), v(2), v(1), v(8))
			fmt.Fprintln(w, line)
			lastRSS, lastLine = rss, now
			if rose {
				t.hwm, t.hwmLine = hwm, line
			}
			if rss > t.peak {
				t.peak, t.peakPhase, t.peakLine = rss, phase, line
			}
			if rss > dumped+16<<10 && now.Sub(lastDump) > 250*time.Millisecond {
				dumped, lastDump = rss, now
				if hf, err := os.Create(prefix + ".heap"); err == nil {
					pprof.Lookup("heap").WriteTo(hf, 0)
					hf.Close()
				}
				os.WriteFile(prefix+".smaps", []byte(fmt.Sprintf("at %s (%s): RSS %d MB\n%s", now.Sub(t0).Round(time.Millisecond), phase, rss>>10, smapsByFile())), 0o644)
			}
		}
	}()
	return t
}

// set names the phase the samples from now on belong to.
func (t *memTrace) set(phase string) {
	if t != nil {
		t.phase.Store(phase)
		t.query.Store(-1)
	}
}

// setQuery numbers the query the samples from now on belong to (-1: none).
func (t *memTrace) setQuery(i int) {
	if t != nil {
		t.query.Store(int64(i))
	}
}

// traceHeader names traceLine's columns.
const traceHeader = "ms\tphase\tquery\trss_mb\tanon_mb\tfile_mb\thwm_mb\theap_objects_mb\theap_unused_mb\theap_free_mb\theap_released_mb\tstacks_mb\tgo_other_mb\tgo_held_mb\theap_goal_mb\tgcs"

// traceLine is one sample of memTrace: the process's figures in kB (from
// /proc/self/status), the Go runtime's in bytes (runtime/metrics), all
// written in MB. go_other is what total holds beside the heap and the
// stacks (the runtime's metadata and buffers); go_held is total less
// released, what Go's soft limit bounds.
func traceLine(ms int64, phase string, query int64, rss, anon, file, hwm int64, objects, unused, free, released, stacks, total, goal, gcs uint64) string {
	other := total - min(total, objects+unused+free+released+stacks)
	return fmt.Sprintf("%d\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d", ms, phase, query,
		rss>>10, anon>>10, file>>10, hwm>>10,
		objects>>20, unused>>20, free>>20, released>>20, stacks>>20, other>>20, (total-released)>>20, goal>>20, gcs)
}

// stop ends the sampling and returns rows for the benchmark's table.
func (t *memTrace) stop() [][]string {
	if t == nil {
		return nil
	}
	close(t.quit)
	t.done.Wait()
	os.WriteFile(t.prefix+".smaps-end", []byte(smapsByFile()), 0o644)
	return [][]string{
		{"sampled peak RSS (MB) and its phase", fmt.Sprintf("%d, %s", t.peak>>10, t.peakPhase)},
		{"at the sampled peak: " + strings.ReplaceAll(traceHeader, "\t", ", "), strings.ReplaceAll(t.peakLine, "\t", ", ")},
		{"where VmHWM last rose: " + strings.ReplaceAll(traceHeader, "\t", ", "), strings.ReplaceAll(t.hwmLine, "\t", ", ")},
	}
}

// statusKB returns field key of /proc/self/status, in kB.
func statusKB(st []byte, key string) int64 {
	i := bytes.Index(st, []byte(key+":"))
	if i < 0 {
		return 0
	}
	rest := st[i+len(key)+1:]
	if j := bytes.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(string(rest)), " kB"), 10, 64)
	return n
}

// smapsByFile sums the resident memory of /proc/self/smaps by what is
// mapped: the exact index's segment files, the store, bleve's files, any
// other file, and anonymous memory (the Go heap and stacks among it).
func smapsByFile() string {
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return err.Error()
	}
	sums := map[string]int64{}
	var order []string
	cur := ""
	for _, line := range strings.Split(string(b), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if !strings.HasSuffix(fields[0], ":") { // a mapping's header line
			cur = "anonymous"
			if len(fields) >= 6 {
				p := fields[5]
				switch {
				case strings.HasSuffix(p, ".grs"):
					cur = "exact " + filepath.Base(p)
				case filepath.Base(p) == "store.db":
					cur = "store.db"
				case strings.Contains(p, "/bleve/"):
					cur = "bleve"
				case strings.HasPrefix(p, "["):
					cur = "anonymous " + p
				default:
					cur = "other files"
				}
			}
			continue
		}
		if fields[0] == "Rss:" && len(fields) >= 2 {
			n, _ := strconv.ParseInt(fields[1], 10, 64)
			if _, ok := sums[cur]; !ok {
				order = append(order, cur)
			}
			sums[cur] += n
		}
	}
	var out strings.Builder
	exact := int64(0)
	for _, k := range order {
		if strings.HasPrefix(k, "exact ") {
			exact += sums[k]
		}
	}
	fmt.Fprintf(&out, "exact segments, all\t%d MB\n", exact>>10)
	for _, k := range order {
		fmt.Fprintf(&out, "%s\t%d MB\n", k, sums[k]>>10)
	}
	return out.String()
}
