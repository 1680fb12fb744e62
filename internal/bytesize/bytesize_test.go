package bytesize

import (
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]int64{
		"800MiB": 800 << 20, "2GiB": 2 << 30, "2G": 2 << 30, "512M": 512 << 20, "1.5GiB": 3 << 29,
		"500MB": 500e6, "1GB": 1e9, "1TiB": 1 << 40, "2097152": 2 << 20, "4194304B": 4 << 20,
		"off": math.MaxInt64, "0": math.MaxInt64, " 1GiB ": 1 << 30,
	} {
		got, err := Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "12 parsecs", "-1GiB", "1KiB", "GiB", "1e3MiB"} {
		if got, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %d, want an error", in, got)
		}
	}
}
