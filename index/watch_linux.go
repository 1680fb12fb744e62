//go:build linux

package index

import (
	"encoding/binary"
	"os"
	"syscall"
)

// watchFiles starts watching the exact folder for writes into its files
// (inotify, IN_MODIFY: a write(2) or a truncate, by any process), each
// write into a segment file the index knows counting one in
// ix.fsWrites. It runs once the check after open is done, and stops when
// the index closes. Where the folder cannot be watched (no inotify, a
// folder not made yet and not makeable, the watches used up) the restat
// alone sees such writes, as before (segcheck.go).
func (ix *Index) watchFiles() {
	dir := ix.exactDir()
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	fd, err := syscall.InotifyInit1(syscall.IN_NONBLOCK | syscall.IN_CLOEXEC)
	if err != nil {
		return
	}
	if _, err := syscall.InotifyAddWatch(fd, dir, syscall.IN_MODIFY); err != nil {
		syscall.Close(fd)
		return
	}
	// non-blocking: the runtime's poller waits for it, and Close wakes
	// the read
	// store.db too (storeOK): the first storeOK after this asks the file.
	if wd, err := syscall.InotifyAddWatch(fd, ix.storePath(), syscall.IN_MODIFY); err == nil {
		ix.store.wd.Store(int32(wd))
		ix.store.changed.Add(1)
	}
	f := os.NewFile(uintptr(fd), "inotify "+dir)
	ix.watching.Store(true)
	go func() {
		<-ix.stop
		f.Close()
	}()
	go func() {
		defer ix.watching.Store(false)
		buf := make([]byte, 64<<10)
		for {
			n, err := f.Read(buf)
			if err != nil {
				return // closed
			}
			ix.noteWrites(buf[:n])
		}
	}()
}

// noteWrites counts the events of b, inotify's, that are writes into a
// segment file the index knows (ix.stamps): govreport never writes into
// one after it is renamed into place, so such a write is someone else's.
// An overflow of the queue counts as one too.
// A write into store.db (its own watch) counts in ix.store.changed
// (storeOK), as does an overflow.
func (ix *Index) noteWrites(b []byte) {
	for len(b) >= syscall.SizeofInotifyEvent {
		wd := int32(binary.NativeEndian.Uint32(b[0:4]))
		mask := binary.NativeEndian.Uint32(b[4:8])
		n := int(binary.NativeEndian.Uint32(b[12:16]))
		end := min(len(b), syscall.SizeofInotifyEvent+n)
		name := string(trimNUL(b[syscall.SizeofInotifyEvent:end]))
		b = b[end:]
		if mask&syscall.IN_Q_OVERFLOW != 0 {
			ix.fsWrites.Add(1)
			ix.store.changed.Add(1)
			continue
		}
		if wd == ix.store.wd.Load() {
			ix.store.changed.Add(1) // store.db (storeOK)
			continue
		}
		ix.stampMu.Lock()
		_, known := ix.stamps[name]
		ix.stampMu.Unlock()
		if known {
			ix.fsWrites.Add(1)
		}
	}
}

func trimNUL(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == 0 {
		b = b[:len(b)-1]
	}
	return b
}
