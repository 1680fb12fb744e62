//go:build unix

package index

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
)

// mapFile returns the bytes of the file at path, memory-mapped read-only,
// and a function that unmaps them.
func mapFile(path string) ([]byte, func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if fi.Size() == 0 || int64(int(fi.Size())) != fi.Size() {
		return nil, nil, fmt.Errorf("%s: size %d", path, fi.Size())
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(fi.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, fmt.Errorf("mapping %s: %w", path, err)
	}
	runtime.KeepAlive(f)
	return b, func() { syscall.Munmap(b) }, nil
}
