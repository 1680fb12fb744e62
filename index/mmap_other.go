//go:build !unix

package index

import "os"

// mapFile returns the bytes of the file at path, read into memory.
func mapFile(path string) ([]byte, func(), error) {
	b, err := os.ReadFile(path)
	return b, func() {}, err
}
