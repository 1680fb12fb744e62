package main

import (
	"errors"
	"testing"
)

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
