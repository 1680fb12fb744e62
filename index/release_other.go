//go:build !linux

package index

import bolt "go.etcd.io/bbolt"

// releaseStorePages does nothing where the store's pages cannot be handed
// back (see release_linux.go).
func releaseStorePages(*bolt.Tx) {}

// releasePages does nothing where pages cannot be handed back.
func releasePages([]byte) {}

// residentBytes reports that the resident memory cannot be read here.
func residentBytes() (rss, mapped int64, ok bool) { return 0, 0, false }
