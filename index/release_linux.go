package index

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

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

// releasePages takes the pages of b, a read-only shared mapping of a
// file, out of this process's memory (see releaseStorePages); b stays
// readable. An error is ignored: the pages only stay.
func releasePages(b []byte) {
	if len(b) > 0 {
		syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), syscall.MADV_DONTNEED)
	}
}

// residentBytes returns the process's resident memory (RSS) and the part
// of it shared with files (its mapped files' pages: the binary's, bleve's,
// the store's and the segments'), read from /proc/self/statm, and whether
// they could be read.
func residentBytes() (rss, mapped int64, ok bool) {
	f, err := os.Open("/proc/self/statm")
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	var buf [128]byte
	n, _ := f.Read(buf[:])
	// size resident shared text lib data dt, in pages
	fields := strings.Fields(string(buf[:n]))
	if len(fields) < 3 {
		return 0, 0, false
	}
	res, err1 := strconv.ParseInt(fields[1], 10, 64)
	shared, err2 := strconv.ParseInt(fields[2], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	page := int64(os.Getpagesize())
	return res * page, shared * page, true
}
