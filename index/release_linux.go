package index

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaseStorePages takes the store's pages out of this process's memory
// with MADV_DONTNEED on bbolt's mapping, which is read-only and shared:
// later reads fault the pages in again from the page cache or the file.
// For a pass that reads every record once: without it the pages stay
// counted in the process's RSS, a gigabyte at a million sections. The page
// cache is left to the kernel, which reclaims pages read once before
// others. Call it inside a read transaction: bbolt does not move its
// mapping while one is open. An error is ignored: the pages only stay.
func releaseStorePages(tx *bolt.Tx) {
	if size := tx.Size(); size > 0 {
		syscall.Syscall(syscall.SYS_MADVISE, tx.DB().Info().Data, uintptr(size), syscall.MADV_DONTNEED)
	}
}
