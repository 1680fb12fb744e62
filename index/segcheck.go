package index

// Checking the segment files
//
// A segment file's checksum covers all of it, and opening reads only its
// header and its tables' bounds, so flipped bytes in its lists would
// answer searches wrong and confident; verifySegments reads every file
// once after open to check it (at a million sections about 950 MB,
// 0.14 s warm, more from disk). A file written through the file system
// changes its stamp: its size, its modification time, and its change
// time (ctime), which no program can set back, and a file copied or
// put in its place has another inode. So a file once checked (or
// written by govreport itself, its checksum computed as it was written)
// is remembered with its stamp in exact/CHECKED, and an open for a
// one-shot command (Options.TrustChecked) reads again only the files
// whose stamp differs from the record. What the stamp cannot see is a
// change under the file system (a disk's bit rot, a write to the block
// device): a server's open (Open) checks every file whatever the record
// says, as does govreport check, and they would find it there. Check
// replaces the record with what it found good (recordCheck), so that the
// commands after it read nothing again.
//
// The section records of store.db are checked the same way
// (verifyRecords: a gigabyte at a million sections, 0.25-0.45 s warm):
// the record holds store.db's stamp when all of them were last found
// good, and an open trusting it skips the check while store.db is
// unchanged (an open that writes nothing leaves it so; any write, a
// server's, changes it).
//
// While it serves, the index stats its files again at most every
// restatEvery, from the searches (restat): a file whose stamp changed
// (bytes written into it in place, which its mapping sees at once) makes
// searches refuse until it is checked again, and if damaged, it is
// dropped and rebuilt from the store as at open. On Linux the folder is
// watched too (inotify, watchFiles): a search that ends after a write
// into a file the restat has not yet taken in is refused
// (writtenUnder), where it was answered from the changed bytes until the
// next restat (restatEvery).

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// fileStamp identifies what the file system last wrote of a file
// (statStamp).
type fileStamp struct {
	Size  int64  `json:"size"`
	Mtime int64  `json:"mtime"`
	Ctime int64  `json:"ctime"`
	Ino   uint64 `json:"ino"`
	Dev   uint64 `json:"dev"`
}

// segStamps is what the index knows of a segment file's stamps: the one
// it last saw (seen), and the one of the content its checksum was last
// found good for (checked, zero when none).
type segStamps struct {
	seen, checked fileStamp
	ok            bool // seen was read
	// cut is set once the file was seen shorter than its mapping: its
	// tables fault where they are read past the new end, also once it
	// is removed (dropDamaged) and until its segment is out of the
	// snapshot (movedFiles).
	cut bool
}

const checkedName = "CHECKED"

type checkedRecord struct {
	Format int                  `json:"format"`
	Files  map[string]fileStamp `json:"files"`
	// Store is the stamp of store.db when every section record in it was
	// last found good (verifyRecords), nil when none was.
	Store *fileStamp `json:"store,omitempty"`
}

// Options are the choices of OpenWith.
type Options struct {
	// TrustChecked skips the check of a segment file whose stamp (size,
	// times, inode) is the one recorded when it was last checked or
	// written (segcheck.go): for a one-shot command, which waits for the
	// check. A server leaves it false: it checks every file in the
	// background, and so finds a change the stamp cannot show.
	TrustChecked bool
	// NoMerges starts no background merges: a one-shot command that
	// found merges due (a folder a server's rebuild or a crash left in
	// pieces) made one and waited for it in Close, ten seconds and more at
	// a million sections, for a search of a second. The next server or
	// ingest makes them.
	NoMerges bool
}

// readChecked returns the record of the files checked, an empty one when
// there is none or it does not decode.
func (ix *Index) readChecked() checkedRecord {
	b, err := os.ReadFile(filepath.Join(ix.exactDir(), checkedName))
	if err != nil {
		return checkedRecord{}
	}
	var r checkedRecord
	if json.Unmarshal(b, &r) != nil || r.Format != 1 {
		return checkedRecord{}
	}
	return r
}

// noteStamp records the stamp of segment file name as seen now (loaded:
// before its bytes are read), checked too when govreport wrote it.
func (ix *Index) noteStamp(name string, st fileStamp, ok, written bool) {
	ix.stampMu.Lock()
	defer ix.stampMu.Unlock()
	if ix.stamps == nil {
		ix.stamps = map[string]*segStamps{}
	}
	ss := &segStamps{seen: st, ok: ok}
	if ok && written {
		ss.checked = st
	}
	ix.stamps[name] = ss
}

// writeChecked records the checked stamps of the segment files of s in
// exact/CHECKED when they differ from the record there. A failure (a
// read-only folder) costs only checks at the next open. ix.diskMu must be
// held.
func (ix *Index) writeChecked(s *snapshot) {
	r := checkedRecord{Format: 1, Files: map[string]fileStamp{}, Store: ix.storeChecked.Load()}
	ix.stampMu.Lock()
	defer ix.stampMu.Unlock()
	for _, sv := range s.segs {
		if ss := ix.stamps[sv.seg.file]; sv.seg.file != "" && ss != nil && ss.checked != (fileStamp{}) && ix.badSegs[sv.seg.file] == "" {
			r.Files[sv.seg.file] = ss.checked
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		return
	}
	path := filepath.Join(ix.exactDir(), checkedName)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b) {
		return
	}
	if len(r.Files) == 0 && r.Store == nil {
		if _, err := os.Stat(path); err != nil {
			return
		}
	}
	writeFileSync(path, b)
}

// restatEvery is the least time between two restats of the segment files
// (restat).
var restatEvery = time.Second

// maybeRestat starts a restat of the segment files when the last one is
// restatEvery old: called by View, so that an idle server stats nothing.
func (ix *Index) maybeRestat() {
	last := ix.lastRestat.Load()
	now := time.Now().UnixNano()
	if now-last < int64(restatEvery) || !ix.lastRestat.CompareAndSwap(last, now) {
		return
	}
	select {
	case <-ix.segsChecked:
	default:
		return // the check after open is still going
	}
	go ix.restat()
}

// restat stats the segment files of the current snapshot and checks again
// those whose stamp changed since it was last seen. It needs no diskMu
// for that, so a merge under way (a minute at a million sections) does
// not hold it up: searches refuse (ErrRebuilding) from the moment a
// changed file is seen until it is found good, and a damaged one is
// dropped and its documents read again from the store (dropDamaged),
// once the merge is done. A merge that read a file changed meanwhile
// keeps nothing of it (mergeOnce: inputsChanged).
func (ix *Index) restat() {
	if !ix.restatMu.TryLock() {
		return // one at a time
	}
	defer ix.restatMu.Unlock()
	select {
	case <-ix.stop: // closed, or closing: the folder is no longer this index's to write
		return
	default:
	}
	// The writes the watch saw until now are in the stamps read below
	// (a write changes the file's times before its bytes, and is told
	// after them): once the files they changed are suspect, searches
	// need not refuse for them (writtenUnder).
	writes := ix.fsWrites.Load()
	s := ix.snap.Load()
	type changedFile struct {
		sv *segView
		ss *segStamps
		st fileStamp
	}
	var changed []changedFile
	ix.stampMu.Lock()
	for i := range s.segs {
		sv := &s.segs[i]
		ss := ix.stamps[sv.seg.file]
		if sv.seg.file == "" || ss == nil || !ss.ok {
			continue
		}
		st, ok := statStamp(filepath.Join(ix.exactDir(), sv.seg.file))
		if ok && st != ss.seen { // not ok: gone (a merge's, since)
			changed = append(changed, changedFile{sv, ss, st})
			ss.cut = ss.cut || st.Size < int64(len(sv.seg.data))
		}
	}
	ix.stampMu.Unlock()
	if len(changed) == 0 {
		ix.fsHandled.Store(writes)
		return
	}
	ix.mu.Lock()
	if ix.suspect == nil {
		ix.suspect = map[string]bool{}
	}
	for _, c := range changed {
		ix.suspect[c.sv.seg.file] = true
	}
	ix.mu.Unlock()
	ix.fsHandled.Store(writes)
	defer func() {
		ix.mu.Lock()
		for _, c := range changed {
			delete(ix.suspect, c.sv.seg.file)
		}
		ix.mu.Unlock()
	}()
	bad := map[string]string{}
	for _, c := range changed {
		err := ix.checkSegment(c.sv.seg.data)
		if errors.Is(err, errStopped) {
			return
		}
		if err != nil {
			// seen stays as it was: a merge that read the file
			// keeps nothing (inputsChanged).
			bad[c.sv.seg.file] = err.Error()
			continue
		}
		ix.stampMu.Lock()
		c.ss.seen = c.st
		// The mapping's bytes are good; they are the file's only if it
		// is the same file (not one put in its place).
		if c.st.Ino == c.ss.checked.Ino && c.st.Dev == c.ss.checked.Dev {
			c.ss.checked = c.st
		}
		ix.stampMu.Unlock()
	}
	ix.diskMu.Lock() // after the merge under way, if any
	defer ix.diskMu.Unlock()
	select {
	case <-ix.stop:
		return
	default:
	}
	cur := ix.snap.Load()
	for name := range bad {
		if !slices.ContainsFunc(cur.segs, func(sv segView) bool { return sv.seg.file == name }) {
			delete(bad, name) // merged meanwhile, from what it read before the change
		}
	}
	if len(bad) > 0 {
		ix.dropDamaged(cur, bad)
		return
	}
	ix.writeChecked(cur)
}

// writtenUnder returns an error wrapping ErrRebuilding when the folder's
// watch (watchFiles) saw a write into a segment file that no restat has
// taken in yet, nil otherwise: View asks it after a search, so that an
// answer read from bytes written into a file in place is refused rather
// than given. Between such a write and the restat that noticed it (up to
// restatEvery, a second) searches were answered from the changed bytes:
// at a million sections, 250 MB zeroed in place under serve gave a quoted
// wording's count as 660,903 where it was 999,749 (r75h). A stat of each
// file after each search closed that window for 9-17% on a zero-hit
// search (r75h, not landed); this is two atomic loads, the kernel telling
// of the write. What is left is the moment between a write's bytes and
// its event reaching the watch's goroutine. It asks for the restat at
// once, which makes the written files suspect (searches refuse until
// they are checked) and lets searches through again.
func (ix *Index) writtenUnder() error {
	if ix.fsWrites.Load() == ix.fsHandled.Load() {
		return nil
	}
	ix.lastRestat.Store(0)
	ix.maybeRestat()
	return fmt.Errorf("%w: a file of the exact index was written to while in use and is being checked; ask again in a few seconds", ErrRebuilding)
}

// inputsChanged reports whether a file of the segments from changed on
// disk since it was last seen (restat): a merge that read it may have
// copied the changed bytes into a file with a good checksum, so it keeps
// nothing (mergeOnce), and the restat is asked for at once.
func (ix *Index) inputsChanged(from []segView) bool {
	ix.stampMu.Lock()
	defer ix.stampMu.Unlock()
	for _, sv := range from {
		ss := ix.stamps[sv.seg.file]
		if sv.seg.file == "" || ss == nil || !ss.ok {
			continue
		}
		if st, ok := statStamp(filepath.Join(ix.exactDir(), sv.seg.file)); ok && st != ss.seen {
			ix.lastRestat.Store(0)
			return true
		}
	}
	return false
}

// writeRefused returns an error wrapping ErrRebuilding when a write must
// not go on: a segment file of the snapshot changed on disk since it was
// last seen (restat; a file found damaged keeps the stamp seen before, so
// until it is rebuilt and out of the snapshot). A write reads
// every segment's table of documents to find the ones it replaces
// (oldSections before its commit, swap after it, under ix.mu): a file cut
// shorter under its mapping faulted there and ended the process (r76h: an
// Add after a truncate, fatal error: fault in findDoc), and after the
// commit nothing can refuse the write cleanly. A stat of each file, a
// few microseconds a file, is nothing beside a write's sync; the fault
// is left possible only for a cut in the moments between this and the
// swap. It also asks for the restat at once.
func (ix *Index) writeRefused(what string) error {
	if !ix.contentMoved(ix.snap.Load().segs) {
		return nil
	}
	ix.lastRestat.Store(0)
	ix.maybeRestat()
	return fmt.Errorf("%s: %w: a file of the exact index changed on disk and is being checked or read again from the store; write again in a few seconds", what, ErrRebuilding)
}

// contentMoved reports whether the size, modification time or inode of a
// file of the segments from differs from the stamp last seen (movedFiles).
func (ix *Index) contentMoved(from []segView) bool {
	return len(ix.movedFiles(from)) > 0
}

// movedFiles returns the files of the segments from whose size,
// modification time or inode differs from the stamp last seen, or that
// were seen cut shorter than their mapping (segStamps.cut). Not the
// change time, which was seen to move alone half a second after a file
// was written and mapped (r75h): a write must not be refused for that.
// The restat, which checks the bytes again, compares all.
func (ix *Index) movedFiles(from []segView) []string {
	ix.stampMu.Lock()
	defer ix.stampMu.Unlock()
	var moved []string
	for _, sv := range from {
		ss := ix.stamps[sv.seg.file]
		if sv.seg.file == "" || ss == nil || !ss.ok {
			continue
		}
		st, ok := statStamp(filepath.Join(ix.exactDir(), sv.seg.file))
		if ok && st.Size < int64(len(sv.seg.data)) {
			ss.cut = true
		}
		// A file seen cut shorter counts after it is removed too (the
		// rebuild removes it before its segment is out of the
		// snapshot): not ok here is then not "gone since a merge".
		if ss.cut || ok && (st.Size != ss.seen.Size || st.Mtime != ss.seen.Mtime || st.Ino != ss.seen.Ino || st.Dev != ss.seen.Dev) {
			moved = append(moved, sv.seg.file)
		}
	}
	return moved
}

// recoverFault, deferred with debug.SetPanicOnFault(true), turns the
// fault of a read from a mapped segment file cut shorter while in use (a
// SIGBUS, which killed the server: every client then met a refused
// connection, r75h) into an error saying what, and asks for the restat,
// which finds the file changed, checks it, and rebuilds it from the
// store. Any other panic goes on.
func recoverFault(err *error, what string) {
	v := recover()
	if v == nil {
		return
	}
	if !isFault(v) {
		panic(v)
	}
	*err = fmt.Errorf("%s: %w (%v)", what, errFault, v)
}

// isFault reports whether v, a recovered panic, is a memory fault made a
// panic by debug.SetPanicOnFault (a runtime.Error with the address).
func isFault(v any) bool {
	_, ok := v.(interface{ Addr() uintptr })
	return ok
}

// errFault marks the error of recoverFault.
var errFault = errors.New("a read past the end of a mapped file")
