//go:build !linux

package index

import bolt "go.etcd.io/bbolt"

// releaseStorePages does nothing where the store's pages cannot be handed
// back (see release_linux.go).
func releaseStorePages(*bolt.Tx) {}
