// Package bytesize reads and writes sizes of memory as people type them
// (800MiB, 2GiB, off): the server's --memory-limit and the benchmarks'
// memory settings.
package bytesize

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Parse reads a size: a number of bytes with an optional unit, binary
// (KiB MiB GiB TiB, as GOMEMLIMIT writes them; K M G T mean the same) or
// decimal (KB MB GB TB); B is bytes. 0 and "off" mean no limit
// (math.MaxInt64).
func Parse(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "off" || s == "0" {
		return math.MaxInt64, nil
	}
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	num, unit := s[:i], strings.TrimSpace(s[i:])
	n, err := strconv.ParseFloat(num, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("not a size (like 800MiB, 2GiB or off)")
	}
	mult := map[string]float64{
		"": 1, "B": 1,
		"K": 1 << 10, "KiB": 1 << 10, "KB": 1e3,
		"M": 1 << 20, "MiB": 1 << 20, "MB": 1e6,
		"G": 1 << 30, "GiB": 1 << 30, "GB": 1e9,
		"T": 1 << 40, "TiB": 1 << 40, "TB": 1e12,
	}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("unknown unit %q (want B, KiB, MiB, GiB, TiB, KB, MB, GB or TB)", unit)
	}
	v := n * mult
	if v >= math.MaxInt64 {
		return math.MaxInt64, nil
	}
	if v < 1<<20 {
		return 0, fmt.Errorf("%s is less than 1MiB: the server would do nothing but collect garbage", s)
	}
	return int64(v), nil
}

// Format writes n in MiB or GiB, for messages.
func Format(n int64) string {
	if n == math.MaxInt64 {
		return "no limit"
	}
	if n >= 10<<30 {
		return fmt.Sprintf("%.0fGiB", float64(n)/(1<<30))
	}
	if n >= 1<<30 {
		return fmt.Sprintf("%.1fGiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%dMiB", n>>20)
}
