package index

// The document table on disk
//
// Open needs the metadata of every document before any search (the
// document table, doctable.go). Read from the store's info bucket
// (loadInfo), that is a walk of bbolt's pages through its mapping: at a
// million sections (33,334 documents) 85 ms of CPU, half of it the page
// faults of the walk (bbolt's Page.FastCheck is the first touch of each
// page), the rest each record's checksum, its decoding and the table's
// growth; at ten million, about a second of the open. So the table is
// also kept in a file of the exact folder (4.4 MB at a million sections),
// read in one sequential pass (15-30 ms of CPU there; at 333,000
// documents, a fresh process, 455-505 ms against loadInfo's 880-1,040,
// most of what is left being the first touch of the table's own 95 MB):
//
//	dir/exact/DOCS   the store's metadata records (info) and the
//	                 generation of each document's last write (wgen), in
//	                 the store's order, under a header naming the state of
//	                 the store they are a copy of, and one checksum
//
// The file is a cache of the store, as the segment files are. Its header
// holds the store's generation, its count of edits and the root pages of
// the info and wgen buckets when it was written: every write of a
// document moves the generation; a change that moves none (an undone
// write, which sets it back; a repair's deletions; a format upgrade)
// moves the count of edits (markEdited) in its own transaction; and any
// change to either bucket gives it a new root page, as bbolt copies what
// it changes (a bucket of a few documents, kept inline in its parent's
// page, has none: a checksum of its records stands for it). A root page
// alone would not do: bbolt reuses freed pages, so two changes in a row
// can give a bucket its old root back. Open uses the file only if all
// four are the store's as it finds them, the checksum matches and the records decode, and
// reads the info bucket otherwise (loadInfo), as before the file existed:
// a folder without it, one written to since it was saved (a kill -9 after
// a write), a torn or damaged file. The user's corrections are not in it:
// they are read from the store at every open (loadOverrides).
//
// It is written (saveDocFile), from one read transaction of the store, so
// that it is the store's state at one generation: by Close when the
// store has changed since the file was written, and after an open that
// had to read the info bucket, once the record check is done (it does not
// compete with the first searches; at a million sections 55 ms of CPU, at
// 333,000 documents 370 ms and 44 MB written). Not at every merge: a write moves the
// generation, so a file saved by a merge is out of date at the next write
// anyway. A metadata record found damaged while it is written leaves the
// file unwritten: the next open reads the bucket, and reports it.
//
// The records the file saves the open from reading are still checked, by
// the record check after open (verifyRecords): a record damaged on disk
// since the file was written is reported by name, as loadInfo would have
// reported it, and searches refuse from then on.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"

	bolt "go.etcd.io/bbolt"
)

const docFileName = "DOCS"

// docFileMagic begins a document table file; its last byte is the
// file's format.
var docFileMagic = [8]byte{'G', 'R', 'D', 'O', 'C', 'S', 0, 2}

// docFileHeader is the header of a document table file: the state of the
// store it is a copy of, and how many documents it holds.
type docFileHeader struct {
	gen, edits, infoRoot, wgenRoot, docs uint64
}

// docFileHeaderSize is the header's size: the magic, the five numbers,
// and a checksum of them (the header is written last, when the count is
// known; the records' checksum ends the file).
const docFileHeaderSize = 8 + 5*8 + 4

// storeState returns the state of the store in tx that a document table
// file is a copy of (docs is left 0).
func storeState(tx *bolt.Tx) docFileHeader {
	return docFileHeader{gen: getGen(tx), edits: getEdits(tx), infoRoot: bucketState(tx.Bucket(bucketInfo)),
		wgenRoot: bucketState(tx.Bucket(bucketWgen))}
}

// bucketState returns what changes with any change to bucket b: its root
// page, which bbolt writes anew with every change; or, for a bucket small
// enough to be kept inline in its parent's page (a few documents), which
// has no root page of its own, a checksum of its records, the top bit
// set.
func bucketState(b *bolt.Bucket) uint64 {
	if root := b.Root(); root != 0 {
		return uint64(root)
	}
	var sum uint32
	b.ForEach(func(k, v []byte) error {
		sum = crc32.Update(sum, crcTable, binary.AppendUvarint(nil, uint64(len(k))))
		sum = crc32.Update(sum, crcTable, k)
		sum = crc32.Update(sum, crcTable, binary.AppendUvarint(nil, uint64(len(v))))
		sum = crc32.Update(sum, crcTable, v)
		return nil
	})
	return 1<<63 | uint64(sum)
}

func (h docFileHeader) sameState(o docFileHeader) bool {
	return h.gen == o.gen && h.edits == o.edits && h.infoRoot == o.infoRoot && h.wgenRoot == o.wgenRoot
}

func (h docFileHeader) append(b []byte) []byte {
	b = append(b, docFileMagic[:]...)
	for _, v := range [...]uint64{h.gen, h.edits, h.infoRoot, h.wgenRoot, h.docs} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b[len(b)-40:], crcTable))
}

func (ix *Index) docFilePath() string { return filepath.Join(ix.exactDir(), docFileName) }

// readDocFileHeader reads the header of a document table file.
func readDocFileHeader(r io.Reader) (docFileHeader, error) {
	var b [docFileHeaderSize]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return docFileHeader{}, err
	}
	le := binary.LittleEndian
	if !bytes.Equal(b[:8], docFileMagic[:]) {
		return docFileHeader{}, errors.New("not a document table of this format")
	}
	if crc32.Checksum(b[8:48], crcTable) != le.Uint32(b[48:]) {
		return docFileHeader{}, fmt.Errorf("header: %w (checksum mismatch)", ErrCorrupt)
	}
	return docFileHeader{gen: le.Uint64(b[8:]), edits: le.Uint64(b[16:]), infoRoot: le.Uint64(b[24:]),
		wgenRoot: le.Uint64(b[32:]), docs: le.Uint64(b[40:])}, nil
}

// docFileBuffer is the size of the reader's buffer, and
// docFileMaxRecord the largest record a file holds (a store with a larger
// one has no file: its open reads the store).
const (
	docFileBuffer    = 256 << 10
	docFileMaxRecord = docFileBuffer - 2*binary.MaxVarintLen64 - 8
)

// errDocFile is why a document table file was not used.
var errDocFile = errors.New("document table file")

// readDocFile fills the document table from the file, if it is a copy of
// the store as it is (storeState), and returns the store's generation;
// the error says why it was not used (the table is then empty).
//
// The file is mapped and its records cut into one run a core (docRuns),
// each decoded and copied into the table's memory on a goroutine of its
// own; the rows are then laid in the table in the file's order. At ten
// million sections (667,000 documents) the read was 0.5 s of CPU on one
// core before any search, a quarter of it the page faults of the table's
// new memory, half the copying of the records into it.
func (ix *Index) readDocFile() (gen uint64, err error) {
	ix.docs = docTable{}
	data, unmap, err := mapFile(ix.docFilePath())
	if err != nil {
		return 0, err
	}
	defer unmap()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverFault(&err, "the document table file is shorter than when it was mapped")
	h, err := readDocFileHeader(bytes.NewReader(data))
	if err != nil {
		return 0, fmt.Errorf("%w: %v", errDocFile, err)
	}
	var now docFileHeader
	if err := ix.storeView(func(tx *bolt.Tx) error {
		now = storeState(tx)
		return nil
	}); err != nil {
		return 0, err
	}
	if !h.sameState(now) {
		return 0, fmt.Errorf("%w: a copy of another state of the store (generation %d, %d edits; the store is at %d, %d)", errDocFile, h.gen, h.edits, now.gen, now.edits)
	}
	if h.docs > 1<<32 {
		return 0, fmt.Errorf("%w: %d documents", errDocFile, h.docs)
	}
	defer func() {
		if err != nil {
			ix.docs = docTable{}
		}
	}()
	body := data[docFileHeaderSize:]
	runs, end, err := docRuns(body, int(h.docs), runtime.GOMAXPROCS(0))
	if err != nil {
		return 0, err
	}
	if len(body)-end != 4 {
		return 0, fmt.Errorf("%w: cut short or too long", errDocFile)
	}
	if crc32.Checksum(body[:end], crcTable) != binary.LittleEndian.Uint32(body[end:]) {
		return 0, fmt.Errorf("%w: %w (checksum mismatch)", errDocFile, ErrCorrupt)
	}
	errs := make([]error, len(runs))
	var wg sync.WaitGroup
	for i := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
			defer recoverFault(&errs[i], "the document table file is shorter than when it was mapped")
			errs[i] = runs[i].decode(body)
		}()
	}
	wg.Wait()
	ix.docs.grow(int(h.docs))
	last := ""
	for i := range runs {
		if errs[i] != nil {
			return 0, errs[i]
		}
		r := &runs[i]
		if len(r.infos) > 0 && r.infos[0].ID <= last {
			return 0, fmt.Errorf("%w: %q out of order", errDocFile, r.infos[0].ID)
		}
		for j, p := range r.infos {
			ix.docs.addOwn(p, r.gens[j])
		}
		if len(r.infos) > 0 {
			last = r.infos[len(r.infos)-1].ID
		}
	}
	ix.damaged = make(map[string]string)
	ix.docsFromFile = true
	return h.gen, nil
}

// A docRun is a run of consecutive records of a document table file,
// from byte from to to of its records, decoded on a goroutine of its own
// into memory of its own (mem), which the table then holds.
type docRun struct {
	from, to int
	n        int // records
	mem      docTable
	infos    []*DocInfo
	gens     []uint64
}

// docRuns returns the n records of a document table file's body (after
// its header) cut into k runs of about as many records, and where the
// records end (its checksum follows). It reads only each record's length.
func docRuns(body []byte, n, k int) ([]docRun, int, error) {
	k = max(1, min(k, n/docRunMin))
	runs := make([]docRun, 0, k)
	at := 0
	for j := range k {
		r := docRun{from: at, n: n*(j+1)/k - n*j/k}
		for range r.n {
			l, w := binary.Uvarint(body[at:])
			if w <= 0 || l > docFileMaxRecord || uint64(len(body)-at-w) < l+8 {
				return nil, 0, fmt.Errorf("%w: cut short or damaged", errDocFile)
			}
			at += w + int(l) + 8
		}
		r.to = at
		runs = append(runs, r)
	}
	return runs, at, nil
}

// docRunMin is the fewest records of a run of its own: a run's goroutine
// and memory blocks cost more than a few records' decoding. Tests set
// it low.
var docRunMin = 4096

// decode reads the run's records of body into its own memory, each
// checked to come after the one before.
func (r *docRun) decode(body []byte) error {
	r.infos, r.gens = make([]*DocInfo, 0, r.n), make([]uint64, 0, r.n)
	shared := map[string]string{} // decodeInfoShared
	var info DocInfo
	last := ""
	for at := r.from; at < r.to; {
		l, w := binary.Uvarint(body[at:])
		rec := body[at+w : at+w+int(l)]
		if err := decodeInfoWith(rec, &info, shared, true); err != nil {
			return fmt.Errorf("%w: %v", errDocFile, err)
		}
		// in the store's order, each ID once: the table need not look
		// for it
		if info.ID <= last {
			return fmt.Errorf("%w: %q out of order", errDocFile, info.ID)
		}
		p := r.mem.copyInfo(&info)
		last = p.ID
		r.infos = append(r.infos, p)
		r.gens = append(r.gens, binary.LittleEndian.Uint64(body[at+w+int(l):]))
		at += w + int(l) + 8
	}
	return nil
}

// saveRelease is how many metadata records saveDocFile reads between two
// hand-backs of the store's pages and two pauses for the searches
// running. It runs after the record check, beside a server's first
// searches, so more often than a pass over the sections (releaseRecords),
// whose 16,384 records are a section's size each: at ten million sections
// (BenchmarkOpenLarge, quoted class, 572MiB, the first open of the folder
// without the file) the serving peak was 611 and 614 MB with the save
// handing back every 16,384 records, 591 every 1,024 (one run each); an
// open that read the file, with no save, peaked at 589.
const saveRelease = 1 << 10

// saveDocFile writes the document table file from one read transaction
// of the store, unless the file's header says it is a copy of the store
// as it is already and force is false (an open found it unusable). It
// stops, writing nothing, when stop is closed (nil: never), and when a
// metadata record is damaged (the next open reads the bucket and reports
// it). The file is written under a temporary name, synced and renamed,
// as the segment files are. It pauses while searches run, as the record
// check does (giveWay). ix.diskMu must be held (the exact folder's
// files not in the manifest are removed under it).
func (ix *Index) saveDocFile(stop <-chan struct{}, force bool) error {
	return ix.storeView(func(tx *bolt.Tx) error {
		defer releaseStorePages(tx)
		h := storeState(tx)
		if f, err := os.Open(ix.docFilePath()); err == nil {
			old, err := readDocFileHeader(f)
			f.Close()
			if err == nil && old.sameState(h) && !force {
				return nil
			}
		}
		if err := os.MkdirAll(ix.exactDir(), 0o755); err != nil {
			return err
		}
		path := ix.docFilePath()
		f, err := os.OpenFile(path+".tmp", os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 256<<10)
		_, err = w.Write(make([]byte, docFileHeaderSize)) // written last
		var sum uint32
		var info DocInfo
		shared := map[string]string{} // decodeInfoShared: the checks allocate little
		var num [binary.MaxVarintLen64 + 8]byte
		wc := tx.Bucket(bucketWgen).Cursor()
		wk, wv := wc.First()
		errStop := errors.New("closing")
		if err == nil {
			err = tx.Bucket(bucketInfo).ForEach(func(k, v []byte) error {
				if h.docs++; h.docs%saveRelease == 0 {
					releaseStorePages(tx)
					select {
					case <-stop:
						return errStop
					default:
					}
					ix.giveWay() // as the record check, for the searches
				}
				for wk != nil && bytes.Compare(wk, k) < 0 {
					wk, wv = wc.Next()
				}
				body, err := unsealKey("metadata of ", k, v)
				if err == nil {
					err = decodeInfoWith(body, &info, shared, true)
				}
				if err != nil {
					return fmt.Errorf("metadata of %s: %w", k, err)
				}
				if len(body) > docFileMaxRecord {
					return fmt.Errorf("metadata of %s: %d bytes, the document table's file holds %d at most", k, len(body), docFileMaxRecord)
				}
				var gen uint64
				if len(wv) == 8 && bytes.Equal(wk, k) {
					gen = bytesGen(wv)
				}
				b := binary.AppendUvarint(num[:0], uint64(len(body)))
				sum = crc32.Update(sum, crcTable, b)
				if _, err := w.Write(b); err != nil {
					return err
				}
				sum = crc32.Update(sum, crcTable, body)
				if _, err := w.Write(body); err != nil {
					return err
				}
				b = binary.LittleEndian.AppendUint64(num[:0], gen)
				sum = crc32.Update(sum, crcTable, b)
				_, err = w.Write(b)
				return err
			})
		}
		if err == nil {
			_, err = w.Write(binary.LittleEndian.AppendUint32(nil, sum))
		}
		if err == nil {
			err = w.Flush()
		}
		if err == nil {
			_, err = f.WriteAt(h.append(nil), 0)
		}
		if err := syncRename(f, path, err); err != nil {
			return fmt.Errorf("saving the document table %s: %w", path, err)
		}
		ix.docFileSaved = true
		return nil
	})
}
