// Package cputime reads the CPU time the process has used, which the
// benchmarks report beside wall time: on a machine shared with other work
// it is the steadier figure of the two.
package cputime

import "time"

// Self returns the user and system CPU time the process has used so far,
// all threads together, or 0 where the system does not say.
func Self() time.Duration { return self() }
