package pgtest

import (
	"context"
	"errors"
	"sync"
	"testing"
)

var (
	sharedOnce sync.Once
	shared     *Cluster
	sharedErr  error
)

// Shared returns the test binary's cluster, starting it on first use. It
// skips t when PostgreSQL cannot be found, or fails it in CI (InCI) or
// when PostgreSQL is there but does not start. Call StopShared from
// TestMain after m.Run.
func Shared(t testing.TB) *Cluster {
	t.Helper()
	sharedOnce.Do(func() {
		shared, sharedErr = Start(context.Background())
	})
	switch {
	case errors.Is(sharedErr, ErrNotFound) && !InCI():
		t.Skipf("skipping the PostgreSQL tests: %v", sharedErr)
	case errors.Is(sharedErr, ErrNotFound):
		t.Fatalf("%v (CI: .ci/run installs Debian's postgresql package)", sharedErr)
	case sharedErr != nil:
		t.Fatalf("starting PostgreSQL: %v", sharedErr)
	}
	return shared
}

// StopShared stops the cluster Shared started, if any.
func StopShared() {
	if shared != nil {
		shared.Stop()
		shared = nil
	}
}
