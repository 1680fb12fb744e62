//go:build !linux

package index

// watchFiles watches nothing where inotify is not: the restat alone sees
// a write into a segment file (segcheck.go).
func (ix *Index) watchFiles() {}
