package main

import (
	"errors"
	"math"
	"testing"
)

func TestParseBytes(t *testing.T) {
	for in, want := range map[string]int64{
		"800MiB": 800 << 20, "2GiB": 2 << 30, "2G": 2 << 30, "512M": 512 << 20, "1.5GiB": 3 << 29,
		"500MB": 500e6, "1GB": 1e9, "1TiB": 1 << 40, "2097152": 2 << 20, "4194304B": 4 << 20,
		"off": math.MaxInt64, "0": math.MaxInt64, " 1GiB ": 1 << 30,
	} {
		got, err := parseBytes(in)
		if err != nil || got != want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "12 parsecs", "-1GiB", "1KiB", "GiB", "1e3MiB"} {
		if got, err := parseBytes(in); err == nil {
			t.Errorf("parseBytes(%q) = %d, want an error", in, got)
		}
	}
}

func TestMemoryLimitFlag(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "") // the flag wins anyway; keep the default path testable
	limit, from, err := setMemoryLimit("700MiB")
	if err != nil || limit != 700<<20 || from != "--memory-limit" {
		t.Errorf("setMemoryLimit(700MiB) = %d, %q, %v", limit, from, err)
	}
	if _, _, err := setMemoryLimit("much"); !errors.Is(err, errUsage) {
		t.Errorf("setMemoryLimit(much): %v, want a usage error", err)
	}
	limit, from, err = setMemoryLimit("")
	if err != nil || limit < minMemoryLimit {
		t.Errorf("setMemoryLimit(\"\") = %d, %q, %v; want a default of at least %d", limit, from, err, minMemoryLimit)
	}
	if mem := physicalMemory(); mem > 2*minMemoryLimit && cgroupMemory() == 0 && limit != mem/2 {
		t.Errorf("default limit %d on a machine of %d bytes, want half", limit, mem)
	}
	setMemoryLimit("off")
}
