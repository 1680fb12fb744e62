package index

// Segments on disk
//
// Segments of flushMin sections or more live in files of the data folder,
// memory-mapped, so that the exact index costs no heap and a new process
// is ready as soon as it has read their headers:
//
//	dir/exact/MANIFEST        the segment files in order, as JSON; replaced
//	                          atomically (a new file renamed over it)
//	dir/exact/seg-N.grs       one segment (segfile.go), never changed
//	dir/exact/CHECKED         the stamps of the files last found good, and
//	                          store.db's (segcheck.go), as JSON
//	dir/exact/DOCS            the document table, a copy of the store's
//	                          metadata records for the open (docfile.go)
//
// Smaller segments, the recent writes, stay in memory until a merge makes
// them large enough, or Close saves them. Nothing else is saved: which
// sections of a segment are deleted is worked out at open. The store is
// the source of truth, and the segments a cache of it: each document in a
// segment carries the store generation that wrote it, the store keeps the
// generation of each document's last write (bucket wgen), and at open a
// document of a segment counts only if the store has it at that
// generation. Every document the segments lack (written after the last
// save, or in a segment file that is missing or does not open) is read
// from the store into new segments, saved as they are made (saveLoaded).
// So a crash at any point loses nothing: a merge's file that is not yet
// in the manifest is removed at open, an old file is removed only once a
// manifest without it is in place, and a damaged file, or one of an
// earlier format, is left out and its documents read again
// (govreport check verifies every file's checksum; check --repair and
// reindex remove the folder, which the next open rebuilds).

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// flushMin is the size from which a segment is saved to a file.
var flushMin = 4096

const manifestName = "MANIFEST"

type manifest struct {
	Format   int      `json:"format"`
	Segments []string `json:"segments"`
}

func (ix *Index) exactDir() string { return filepath.Join(ix.dir, "exact") }

// readManifest returns the segment files of the exact folder of data
// folder dir, none when there is no manifest.
func readManifest(dir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "exact", manifestName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the exact index's manifest: %w", err)
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decoding the exact index's manifest: %w", err)
	}
	if m.Format != 1 {
		return nil, fmt.Errorf("the exact index's manifest has format %d, this govreport reads 1", m.Format)
	}
	return m.Segments, nil
}

// loadSegment maps segment file name of the exact folder; written says
// govreport has just written it (its checksum computed as it was).
func (ix *Index) loadSegment(name string, written bool) (*segment, error) {
	if strings.ContainsAny(name, `/\`) || !strings.HasSuffix(name, ".grs") {
		return nil, fmt.Errorf("segment file %q: not a segment name", name)
	}
	path := filepath.Join(ix.exactDir(), name)
	// Before its bytes are read: a write after it changes the stamp.
	st, stOK := statStamp(path)
	b, unmap, err := mapFile(path)
	if err != nil {
		return nil, fmt.Errorf("segment file %s: %w", path, err)
	}
	sg, err := openSegment(b)
	if err != nil {
		unmap()
		return nil, fmt.Errorf("segment file %s: %w", path, err)
	}
	sg.file = name
	ix.noteStamp(name, st, stOK, written)
	// Unmapped once no snapshot holds it; strings handed out of the
	// package are copies.
	runtime.SetFinalizer(sg, func(*segment) { unmap() })
	return sg, nil
}

// saveSegment writes sg to a new file and returns the segment mapped from
// it.
func (ix *Index) saveSegment(sg *segment) (*segment, error) {
	dir := ix.exactDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("saving a segment: %w", err)
	}
	ix.nextFile++
	name := fmt.Sprintf("seg-%08d.grs", ix.nextFile)
	if err := writeFileSync(filepath.Join(dir, name), sg.data); err != nil {
		return nil, fmt.Errorf("saving segment %s: %w", name, err)
	}
	return ix.loadSegment(name, true)
}

// loadSegSize bounds the size (segView.size: characters and sections) of
// the segments an open builds of the sections the segment files lack (a
// folder written by an earlier format, files lost), and maxMergeSize too.
// Each is saved to a file as soon as it is built (saveLoaded), its memory
// released before the next is begun, so that the open holds one segment
// being built, not the archive: a folder of 2.62M sections of an earlier
// format, built in segments of up to maxSegSlots sections in memory,
// peaked at 19 GB of resident memory. 2^25, a quarter of the merge cap,
// is about 110,000 sections of 300 characters, some 300 MB of heap while
// it is built; the merges join them in the background afterwards.
var loadSegSize int64 = 1 << 25

// saveLoaded saves sg, a segment loadSections built of sections read
// from the store, to a file and writes a manifest of the files of s (the
// segments opened and saved so far) and sg's, so that the open need not
// keep it in memory, and an open cut short by a crash leaves these saved:
// the next one reads only the rest from the store. It returns the segment
// mapped from its file, or sg as it is when it is smaller than flushMin
// or cannot be saved (a full disk, a read-only folder: as before, the
// segments stay in memory, and the next open reads them again).
func (ix *Index) saveLoaded(s *snapshot, sg *segment) *segment {
	if sg.numSlots() < flushMin {
		return sg
	}
	ix.diskMu.Lock()
	defer ix.diskMu.Unlock()
	saved, err := ix.saveSegment(sg)
	if err != nil {
		return sg
	}
	// The manifest's file names only: no view of s is changed.
	m := &snapshot{segs: append(s.segs[:len(s.segs):len(s.segs)], segView{seg: saved})}
	ix.writeManifest(m)
	return saved
}

// releaseEvery is how many bytes of a merge's new file are written
// between two hand-backs of its inputs' mapped pages (streamSegment): a
// quarter of the least reserve for mapped pages of a memory budget
// (minMappedReserve, resident.go); a segment file's check hands its pages
// back more often (checkStep). At 64 MB, the checks after open alone
// filled that reserve: a million sections served within 240MiB peaked at
// 242-244 MB in the record check, 82 MB of it mapped.
const releaseEvery = 16 << 20

// releaseRecords is how many section records a pass over the store reads
// between two hand-backs of its pages (the sections' load, verifyRecords):
// about releaseEvery bytes, records of 300 characters taking about 1 kB.
const releaseRecords = 1 << 14

// streamHook, when set (by tests), runs each time a merge writes a chunk
// of its file.
var streamHook func()

// streamSegment writes the segment of src, a merge of the segments from,
// to a new file as it is made (writeSegment) and returns the segment
// mapped from it. The merge reads every list of its inputs once, through
// their mappings: the pages read are handed back (releasePages) every
// releaseEvery bytes written, so that they do not stay counted in the
// process's resident memory, the most a merge would add to it (a server
// with --memory-limit merges while it answers). The file is written
// under a temporary name, synced, and renamed, as writeFileSync does: a
// crash leaves no file the manifest lists half written.
func (ix *Index) streamSegment(src *segSource, from []segView) (*segment, error) {
	dir := ix.exactDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("saving a merged segment: %w", err)
	}
	ix.nextFile++
	name := fmt.Sprintf("seg-%08d.grs", ix.nextFile)
	path := filepath.Join(dir, name)
	f, err := os.OpenFile(path+".tmp", os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("saving segment %s: %w", name, err)
	}
	defer func() {
		if v := recover(); v != nil { // a damaged input: no file is left
			f.Close()
			os.Remove(path + ".tmp")
			panic(v)
		}
	}()
	sk := &segSink{f: f, buf: make([]byte, 0, 2*writeChunk)}
	var released uint64
	sk.wrote = func(off uint64) {
		if off-released >= releaseEvery {
			released = off
			for _, sv := range from {
				if sv.seg.file != "" {
					releasePages(sv.seg.data)
				}
			}
		}
		if streamHook != nil {
			streamHook()
		}
	}
	writeSegment(src, sk)
	for _, sv := range from {
		if sv.seg.file != "" {
			releasePages(sv.seg.data)
		}
	}
	if err := syncRename(f, path, sk.err); err != nil {
		return nil, fmt.Errorf("saving segment %s: %w", name, err)
	}
	return ix.loadSegment(name, true)
}

// writeChunk is the most writeFileSync hands the kernel in one write.
//
// A segment file is read through a mapping, and every page of it a search
// touches counts in the process's resident memory (resident.go). The page
// cache keeps a file written in one call in folios as large as the write
// allows (2 MB on Linux 6.x with ext4 or XFS), and a fault maps the whole
// folio the touched byte is in: a search reading a list of a few hundred
// bytes in each of sixteen segments mapped 32 MB or more, and the
// resident memory of a server with --memory-limit 600MiB rose past 1.1 GB
// between two of its checks. Written in pieces of the kernel's fault-around
// size (64 kB), the file is cached in folios no larger than that, as a
// file read back from disk is: a touch maps 64 kB, as it does there.
const writeChunk = 64 << 10

// writeFileSync writes b to path through a temporary file, synced and
// renamed over it, and syncs the folder. It writes writeChunk bytes at a
// time.
func writeFileSync(path string, b []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	for rest := b; err == nil && len(rest) > 0; {
		n := min(len(rest), writeChunk)
		_, err = f.Write(rest[:n])
		rest = rest[n:]
	}
	return syncRename(f, path, err)
}

// syncRename finishes f, written to path+".tmp" (err: the writes' error):
// syncs and closes it, renames it to path, and syncs the folder; on an
// error it removes the temporary file.
func syncRename(f *os.File, path string, err error) error {
	tmp := path + ".tmp"
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// writeManifest records the segment files of s in order and removes every
// other file of the exact folder. ix.diskMu must be held.
func (ix *Index) writeManifest(s *snapshot) error {
	m := manifest{Format: 1, Segments: []string{}}
	keep := map[string]bool{manifestName: true}
	for _, sv := range s.segs {
		// A damaged file is not listed (written under diskMu, badSegs
		// is read without ix.mu): the next open reads its documents.
		if sv.seg.file != "" && ix.badSegs[sv.seg.file] == "" {
			m.Segments = append(m.Segments, sv.seg.file)
			keep[sv.seg.file] = true
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(ix.exactDir(), 0o755); err != nil {
		return fmt.Errorf("writing the exact index's manifest: %w", err)
	}
	// The same manifest is not written again: Close writes one, and a
	// server or a command that changed nothing would change the folder.
	path := filepath.Join(ix.exactDir(), manifestName)
	if old, err := os.ReadFile(path); err != nil || !bytes.Equal(old, b) {
		if err := writeFileSync(path, b); err != nil {
			return fmt.Errorf("writing the exact index's manifest: %w", err)
		}
	}
	ix.removeUnlisted(keep)
	ix.stampMu.Lock()
	for name, ss := range ix.stamps {
		// A file cut shorter is kept while its segment is in s (a
		// damaged file, removed before its rebuild is in): writes
		// refuse until then (writeRefused).
		if !keep[name] && !(ss.cut && slices.ContainsFunc(s.segs, func(sv segView) bool { return sv.seg.file == name })) {
			delete(ix.stamps, name)
		}
	}
	ix.stampMu.Unlock()
	ix.writeChecked(s)
	return nil
}

// removeUnlisted removes the files of the exact folder not in keep: those
// of merged segments, and a merge's file or a temporary file left by a
// crash.
func (ix *Index) removeUnlisted(keep map[string]bool) {
	entries, _ := os.ReadDir(ix.exactDir())
	for _, e := range entries {
		if !keep[e.Name()] && e.Name() != checkedName && e.Name() != docFileName {
			os.Remove(filepath.Join(ix.exactDir(), e.Name()))
		}
	}
}

// openSegments maps the segment files of the manifest and returns them as
// a snapshot (without gen) in which every document that is not the
// store's (docTable.gen: the generation of each document's last write) is
// deleted, and which of the table's rows it holds (held, by row). A file
// that does not open is left out, with the reason in ix.segProblems: its
// documents are read from the store instead.
func (ix *Index) openSegments() (*snapshot, []bool) {
	s := &snapshot{}
	held := make([]bool, len(ix.docs.infos))
	names, err := readManifest(ix.dir)
	if err != nil {
		ix.segProblems = append(ix.segProblems, err.Error())
	}
	keep := map[string]bool{manifestName: true}
	type loaded struct {
		name string
		sg   *segment
		rows []int
		err  error // finding its rows
	}
	var segs []loaded
	for _, name := range names {
		var n uint64
		fmt.Sscanf(name, "seg-%d.grs", &n)
		ix.nextFile = max(ix.nextFile, n)
		sg, err := ix.loadSegment(name, false)
		if errors.Is(err, errOldSegment) {
			// Its documents are read from the store, as an upgrade;
			// the file goes with the next manifest.
			keep[name] = true
			continue
		}
		if err != nil {
			ix.segProblems = append(ix.segProblems, err.Error())
			continue
		}
		segs = append(segs, loaded{name: name, sg: sg})
	}
	// the table's rows of each segment's documents, found on all cores
	runEach(min(runtime.GOMAXPROCS(0), len(segs)), len(segs), func(i int) {
		segs[i].rows, segs[i].err = ix.segRows(segs[i].sg)
	})
	for _, l := range segs {
		var sv segView
		err := l.err
		if err == nil {
			sv, err = ix.viewOf(l.sg, l.rows, held)
		}
		if err != nil {
			// cut shorter since it was mapped: as a file that does not
			// open, its documents read from the store
			for _, e := range sv.infos {
				if e == nil {
					break // not reached
				}
				if r := ix.docs.row(e.ID); r >= 0 && ix.docs.infos[r] == e {
					held[r] = false
				}
			}
			ix.segProblems = append(ix.segProblems, fmt.Sprintf("segment file %s: %v", l.name, err))
			continue
		}
		keep[l.name] = true
		s.segs = append(s.segs, sv)
	}
	if len(names) > 0 || err == nil {
		ix.removeUnlisted(keep)
	}
	return s, held
}

// segRows returns the table's row of each document of segment sg, or -1
// where the table has none or has it at another generation or with
// another count of sections. The IDs it reads are the file's, mapped: a
// file cut shorter since it was mapped faults there (SIGBUS), which is an
// error (errFault). It only reads the table: the segments of an open are
// read side by side. At ten million sections (667,000 documents) finding
// the rows was most of the open's reading of its segments, on one core, on
// the way to the first answer.
func (ix *Index) segRows(sg *segment) (rows []int, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverFault(&err, "the file is shorter than when it was mapped (cut while in use)")
	rows = make([]int, sg.numDocs())
	for d := range rows {
		r := ix.docs.row(sg.docID(int32(d)))
		if _, n := sg.docRange(int32(d)); r >= 0 && (ix.docs.gen(r) != sg.docGen[d] || int(n) != ix.docs.infos[r].Sections) {
			r = -1
		}
		rows[d] = r
	}
	return rows, nil
}

// viewOf returns the view of segment sg an open makes (openSegments), from
// the table's rows of its documents (segRows): a document the store has
// at another generation, or that an earlier segment holds (held), is
// deleted; the rows of those it holds are marked in held, each with the
// table's own DocInfo in the view. The tables it reads are the file's,
// mapped: a file cut shorter since it was mapped faults there (SIGBUS),
// which ended the open's load and the process; the fault is an error
// (errFault), and the caller takes those of the view (as far as it was
// made) out of held again.
//
// Held is marked by row, not kept by ID in a map: at ten million sections
// (667,000 documents) the map's look-up and insert for every document were
// about a third of the open's reading of its segments, on the way to the
// first answer (BENCHMARKS.md); verifyRecords, which needs the IDs, makes
// its map in the background (heldEntries).
func (ix *Index) viewOf(sg *segment, rows []int, held []bool) (sv segView, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverFault(&err, "the file is shorter than when it was mapped (cut while in use)")
	sv = segView{seg: sg, infos: make([]*DocInfo, sg.numDocs())}
	for d := range sv.infos {
		if r := rows[d]; r >= 0 && !held[r] {
			held[r] = true
			sv.infos[d] = ix.docs.infos[r]
			continue
		}
		sv.infos[d] = &DocInfo{ID: strings.Clone(sg.docID(int32(d)))}
		if first, n := sg.docRange(int32(d)); n > 0 {
			sv.deleteSlots(first, n)
		}
	}
	return sv, nil
}

// verifySegments checks the checksum of every segment file the open
// mapped, after the index is ready, as verifyRecords checks the records:
// opening reads only a file's header and that its tables lie inside it, so
// flipped bytes in its lists would give wrong answers, confident zeros
// among them. A damaged file is marked (badSegs) and removed, the manifest
// written without it, and its documents are read again from the store
// into new segments (rebuildDamaged), as an open does for a file that is
// missing; meanwhile searches answer ErrRebuilding, and once the new
// segments are in they answer as before. No merge begins before it is
// done (segsChecked), and diskMu is held throughout: none takes a file not
// yet checked, which would copy its lists into a new file with a good
// checksum. The pages read are handed back as it goes. It stops early
// when the index closes.
func (ix *Index) verifySegments() {
	defer close(ix.segsChecked)
	if ix.loadErr != nil {
		return
	}
	ix.diskMu.Lock()
	defer ix.diskMu.Unlock()
	var record map[string]fileStamp
	if ix.trustChecked {
		ix.record = ix.readChecked()
		record = ix.record.Files
	}
	s := ix.snap.Load()
	bad := map[string]string{}
	for _, sv := range s.segs {
		if sv.seg.file == "" {
			continue
		}
		ix.stampMu.Lock()
		ss := ix.stamps[sv.seg.file]
		trusted := false
		if ss != nil && ss.ok {
			if ss.checked == ss.seen {
				trusted = true // written by this process
			} else if r, ok := record[sv.seg.file]; ok && r == ss.seen {
				ss.checked, trusted = r, true
			}
		}
		ix.stampMu.Unlock()
		if trusted {
			continue
		}
		if checkHook != nil {
			checkHook(sv.seg.file)
		}
		err := ix.checkSegment(sv.seg.data)
		if errors.Is(err, errStopped) {
			return
		}
		if err != nil {
			bad[sv.seg.file] = err.Error()
		} else if ss != nil && ss.ok {
			ix.stampMu.Lock()
			ss.checked = ss.seen
			ix.stampMu.Unlock()
		}
	}
	if len(bad) == 0 {
		ix.writeChecked(s)
		return
	}
	ix.dropDamaged(s, bad)
}

// checkHook, when set (by tests), runs before a segment file is checked.
var checkHook func(name string)

// dropDamaged removes the damaged segment files bad (their names, with
// what is wrong) of snapshot s, writing the manifest without them, and
// reads their documents again from the store (rebuildDamaged), searches
// answering ErrRebuilding meanwhile. ix.diskMu must be held.
func (ix *Index) dropDamaged(s *snapshot, bad map[string]string) {
	ix.mu.Lock()
	// Files found damaged before whose rebuild failed (the store failed)
	// are still in s: they are read again with these, not taken as whole.
	for name, why := range ix.badSegs {
		if _, ok := bad[name]; !ok && slices.ContainsFunc(s.segs, func(sv segView) bool { return sv.seg.file == name }) {
			bad[name] = why
		}
	}
	ix.badSegs = bad
	ix.rebuilding = true
	ix.mu.Unlock()
	ix.writeManifest(s) // without the damaged files, which it removes
	err := ix.rebuildDamaged()
	for try := 0; errors.Is(err, errFault) && try < 3; try++ {
		// Another file was cut shorter while the rebuild read its
		// tables (it faulted there): it is dropped and read again
		// with the others, searches refusing with ErrRebuilding
		// meanwhile as before.
		cur := ix.snap.Load()
		moved := ix.movedFiles(cur.segs)
		ix.mu.Lock()
		for _, name := range moved {
			if ix.badSegs[name] == "" {
				ix.badSegs[name] = "cut shorter or written while in use, found as the rebuild of another read it"
			}
		}
		ix.mu.Unlock()
		ix.writeManifest(cur)
		err = ix.rebuildDamaged()
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.rebuilding = false
	if err == nil {
		ix.badSegs = nil
		return
	}
	if !errors.Is(err, errStopped) {
		// Searches refuse naming the file (segmentDamage); the next open
		// reads its documents.
		for name := range ix.badSegs {
			ix.badSegs[name] += "; reading its documents again from the store failed: " + err.Error()
		}
	}
}

// rebuildHook, when set (by tests), runs in rebuildDamaged once the
// documents are read from the store, before the new segments are swapped
// in.
var rebuildHook func()

// rebuildDamaged reads again from the store the documents that no segment
// but the damaged ones (badSegs) holds, as loadSections reads those of a
// file that does not open: each document at the generation the store has
// now (bucket wgen), into segments of at most loadSegSize saved to files
// as they are made; then it swaps them in for the damaged segments. Writes
// go on meanwhile, as they do during a merge: at the swap, a document that
// a write deleted or replaced since is left deleted in the new segments
// (the write's own segment holds its new version), and a write that has
// committed and not yet published deletes the new copy as it publishes,
// which finds it where the damaged one was. The store is read a few
// hundred documents to a transaction, so that a write that grows the
// store does not wait for the whole rebuild. ix.diskMu must be held.
func (ix *Index) rebuildDamaged() (err error) {
	// It reads the other segment files' tables of documents: one cut
	// shorter meanwhile faults there, which ended the process. Each lock
	// below is let go by a defer, so that the fault, made an error, leaves
	// none held.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverFault(&err, faultWhat)
	missing := func() []string {
		ix.mu.RLock()
		defer ix.mu.RUnlock()
		s := ix.snap.Load()
		held := map[string]bool{}
		for i := range s.segs {
			sv := &s.segs[i]
			if ix.badSegs[sv.seg.file] != "" {
				continue
			}
			for d := range int32(sv.seg.numDocs()) {
				if sv.live(d) {
					held[sv.seg.docID(d)] = true
				}
			}
		}
		var missing []string
		ix.docs.each(func(d *DocInfo) {
			if !held[d.ID] {
				missing = append(missing, d.ID)
			}
		})
		return missing
	}()
	sort.Strings(missing)

	var built []*segment
	sg := newSegBuilder()
	var size int64
	limit := min(loadSegSize, maxMergeSize)
	flush := func() {
		if sg.numSlots() == 0 {
			return
		}
		seg := sg.build()
		if seg.numSlots() >= flushMin {
			// A full disk, a read-only folder: it stays in memory, and
			// the next open reads its documents again.
			if saved, err := ix.saveSegment(seg); err == nil {
				seg = saved
			}
		}
		built = append(built, seg)
		sg, size = newSegBuilder(), 0
	}
	var damaged [][2]string
	for from := 0; from < len(missing); from += 256 {
		select {
		case <-ix.stop:
			return errStopped
		default:
		}
		err := ix.storeView(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketSecs).Cursor()
			wgen := tx.Bucket(bucketWgen)
			for _, doc := range missing[from:min(len(missing), from+256)] {
				g := wgen.Get([]byte(doc))
				if len(g) != 8 {
					continue // deleted since
				}
				if sg.numSlots() >= maxSegSlots-1<<16 || size >= limit {
					flush()
				}
				sg.addDoc(doc, bytesGen(g))
				for k, v := c.Seek([]byte(doc + "-")); k != nil && docOfSection(string(k)) == doc; k, v = c.Next() {
					v, err := unseal("section "+string(k), v)
					var sec *corpus.Section
					if err == nil {
						sec, err = decodeSection(v)
					}
					if err != nil {
						damaged = append(damaged, [2]string{doc, err.Error()})
						continue
					}
					folded := analysis.FoldSection(sec.Heading, sec.Joint, sec.Text)
					runes := int32(analysis.SectionLength(folded, sec.Joint))
					sg.addSection(sec.ID, folded, runes, nil)
					size += int64(runes) + 1
				}
			}
			releaseStorePages(tx)
			return nil
		})
		if err != nil {
			return fmt.Errorf("reading sections: %w", err)
		}
	}
	flush()
	if rebuildHook != nil {
		rebuildHook()
	}

	next := func() *snapshot {
		ix.mu.Lock()
		defer ix.mu.Unlock()
		if ix.closed {
			return nil
		}
		for _, d := range damaged {
			ix.damaged[d[0]] = d[1] // searches refuse naming them, as at open
		}
		next := ix.snap.Load().clone()
		kept := next.segs[:0]
		for _, sv := range next.segs {
			if ix.badSegs[sv.seg.file] == "" {
				kept = append(kept, sv)
			}
		}
		next.segs = kept
		var views []segView
		for _, seg := range built {
			nv := segView{seg: seg, infos: make([]*DocInfo, seg.numDocs())}
			for d := range int32(seg.numDocs()) {
				id := seg.docID(d)
				e := ix.docs.info(id)
				first, n := seg.docRange(d)
				if e != nil && int(n) == e.Sections {
					if i, _ := next.findDoc(id); i < 0 {
						nv.infos[d] = e
						continue
					}
				}
				// Deleted or written again since it was read: the write's
				// segment holds what the store has.
				nv.infos[d] = &DocInfo{ID: strings.Clone(id)}
				if n == 0 {
					continue
				}
				nv.deleteSlots(first, n)
			}
			views = append(views, nv)
		}
		next.segs = append(next.segs, views...)
		ix.publish(next)
		return next
	}()
	if next == nil {
		return errStopped
	}
	// The manifest lists the new files; the damaged ones are not in next.
	ix.writeManifest(next)
	return nil
}

var errStopped = errors.New("index closed")

// checkSegment is verifySegment in pieces of releaseEvery bytes, handing
// their pages back and giving way to searches between them.
func (ix *Index) checkSegment(b []byte) (err error) {
	// A file truncated under its mapping faults where it is read past
	// its new end (SIGBUS): the file is damaged, the process lives on.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverFault(&err, "the file is shorter than when it was mapped (cut while in use)")
	body, want, err := segBody(b)
	if err != nil {
		return err
	}
	var crc uint32
	for off := 0; off < len(body); off += checkStep {
		select {
		case <-ix.stop:
			return errStopped
		default:
		}
		ix.giveWay()
		part := body[off:min(len(body), off+checkStep)]
		crc = crc32.Update(crc, crcTable, part)
		releasePages(part)
	}
	return checksumMatches(crc, want)
}

// checkStep is how many bytes of a segment file its check reads between
// two looks at the searches running (giveWay), and hands back after. The
// check runs unpaused between two looks: at 16 MB a step (releaseEvery,
// 4,096 page faults) it held 14% of the CPU samples of the first answer
// after open at ten million sections, whose parts need both cores.
const checkStep = 4 << 20

// segmentsDamaged reports whether verifySegments found a damaged file.
func (ix *Index) segmentsDamaged() bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.badSegs) > 0
}

// saveAll saves the segments of the current snapshot still in memory and
// writes the manifest (Close). ix.diskMu must be held.
func (ix *Index) saveAll() error {
	s := ix.snap.Load()
	if s == nil {
		return nil
	}
	saved := &snapshot{segs: append([]segView(nil), s.segs...)}
	for i := range saved.segs {
		sv := &saved.segs[i]
		if sv.seg.file != "" {
			continue
		}
		sg, err := ix.saveSegment(sv.seg)
		if err != nil {
			return err
		}
		sv.seg = sg
	}
	return ix.writeManifest(saved)
}
