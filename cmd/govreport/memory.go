package main

// Memory limit
//
// serve is given one memory budget for the process's resident memory
// (RSS). Over the embedded index it is split in two
// (index.Index.SetMemoryBudget): most of it is Go's soft limit
// (runtime/debug.SetMemoryLimit: below it the garbage collector runs at its
// usual pace, a collection when the heap has doubled since the last; near
// it the collector works harder so that the heap stays under it), and the
// rest, an eighth and at least 64 MiB, is a reserve for the pages of the
// files the process maps (its binary, bleve's index, the store and the
// exact index's segments): the pages searches read are handed back to the
// page cache to stay within it. Over PostgreSQL, which maps no file, Go's
// soft limit is the whole budget. A fixed budget fits no machine: too low
// for a large archive and the collector runs without pause; too high for
// a small machine and the heap doubles into swap. The budget comes from,
// in order:
//
//	--memory-limit SIZE     1GiB, 800MiB, 2G, 512M, 0 or off for none
//	GOMEMLIMIT              Go's own variable, which the runtime has read:
//	                        the budget of the whole process, as the flag
//	half the memory of the machine, or of its cgroup if that is less,
//	at least minMemoryLimit
//
// Half leaves the other half to the page cache, which serves the store and
// the bleve index from disk, and to other processes; the heap of a server
// over 100k sections is about 220 MB live (BENCHMARKS.md).

import (
	"bufio"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/govreport/govreport/internal/bytesize"
)

// minMemoryLimit is the least default limit: below it the gse dictionary
// (49 MB held, analysis/dict.go) and a server's heap of a few hundred
// thousand sections would keep the collector busy.
const minMemoryLimit = 300 << 20

// setMemoryLimit applies flag (the value of --memory-limit, "" if not
// given) as Go's soft limit, until serve splits it (SetMemoryBudget), and
// returns the budget in force, math.MaxInt64 for none, and where it came
// from.
func setMemoryLimit(flag string) (limit int64, from string, err error) {
	switch {
	case flag != "":
		limit, err = bytesize.Parse(flag)
		if err != nil {
			return 0, "", usageErrorf("--memory-limit %q: %v", flag, err)
		}
		from = "--memory-limit"
	case os.Getenv("GOMEMLIMIT") != "":
		// The runtime has read it already (and refused to start if bad).
		return debug.SetMemoryLimit(-1), "GOMEMLIMIT", nil
	default:
		limit, from = defaultMemoryLimit()
	}
	debug.SetMemoryLimit(limit)
	return limit, from, nil
}

// defaultMemoryLimit returns half the memory of the machine or of its
// cgroup, whichever is less, and at least minMemoryLimit; when neither can
// be read, minMemoryLimit.
func defaultMemoryLimit() (int64, string) {
	mem := physicalMemory()
	if cg := cgroupMemory(); cg > 0 && (mem == 0 || cg < mem) {
		mem = cg
	}
	if mem == 0 {
		return minMemoryLimit, "default (machine memory unknown)"
	}
	return max(mem/2, minMemoryLimit), "default: half of " + bytesize.Format(mem)
}

// physicalMemory returns MemTotal of /proc/meminfo in bytes, or 0.
func physicalMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || k != "MemTotal" {
			continue
		}
		fields := strings.Fields(v)
		if len(fields) == 0 {
			return 0
		}
		kb, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil || kb <= 0 || kb > math.MaxInt64>>10 {
			return 0
		}
		return kb << 10
	}
	return 0
}

// cgroupMemory returns the memory limit of the process's cgroup (v2, then
// v1) in bytes, or 0 when there is none.
func cgroupMemory() int64 {
	for _, p := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		if err != nil || n <= 0 || n >= 1<<62 { // "max", or v1's "unlimited" page-rounded MaxInt64
			return 0
		}
		return n
	}
	return 0
}
