package index

// Document store
//
// The documents live in one bbolt file, dir/store.db, the source of truth
// from which the bleve index and the in-memory bigram lists can always be
// rebuilt (Rebuild). Buckets:
//
//	meta   format (store layout version), schema (index schema version),
//	       gen (write generation), pending (documents whose bleve update
//	       may not have landed: doc ID -> its section IDs before the write)
//	info   doc ID -> DocInfo in a binary form (infocodec.go): small, read
//	       whole when the index opens, unless the copy of it and of wgen
//	       in exact/DOCS is the store's as it is (docfile.go)
//	docs   doc ID -> the Document as JSON with the sections' texts left out,
//	       deflated (read only for Document; the body is the bulk of it)
//	secs   section ID -> the Section in a compact binary form (secCodec)
//	over   doc ID -> the user's corrections of its metadata (overrides.go)
//	wgen   doc ID -> the generation of its last write (segdisk.go)
//	terms  doc ID -> the report's terms, once a finder found them (terms.go)
//
// Each section's text is stored once (in secs), and the body once (in docs).
// Every record of info, docs, secs and over ends in a CRC-32C of the rest
// (seal, unseal), checked whenever it is read: a flipped byte on disk is an
// error wrapping ErrCorrupt that names the record, never a sentence that
// silently stops matching. Format 1 stores (without checksums) are sealed
// in place when opened.
// A write is one bbolt transaction, so a killed ingest leaves either the old
// or the new documents, never half of them; the generation number, also
// written into the bleve index with each batch, tells Open whether bleve
// missed the last write, and pending says which documents to redo.

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"os"
	"strings"
	"sync"
	"unsafe"

	"github.com/govreport/govreport/corpus"
	"github.com/klauspost/compress/flate"
	bolt "go.etcd.io/bbolt"
)

// storeFormat is the layout of the store. Format 4 writes the metadata
// records in a binary form (encodeInfo); a format 3 store has them in JSON
// and is rewritten when opened (reencodeInfos). Format 3 may deflate a
// section's text (encodeSection), which format 2 never does; format 1 has
// no checksums yet (sealAll).
const storeFormat = "4"

// fillPercent packs the store's pages fuller than bbolt's default half: keys
// mostly arrive in runs (a document's sections in order).
const fillPercent = 0.9

var (
	bucketMeta = []byte("meta")
	bucketInfo = []byte("info")
	bucketDocs = []byte("docs")
	bucketSecs = []byte("secs")
	// bucketWgen maps a document ID to the generation of its last write
	// (8 bytes), which the exact index's segment files are checked
	// against at open (segdisk.go).
	bucketWgen = []byte("wgen")

	keyFormat  = []byte("format")
	keySchema  = []byte("schema")
	keyGen     = []byte("gen")
	keyPending = []byte("pending")
	// keyEdits counts the changes to the documents' records that move no
	// generation (markEdited): an undone write, which sets the generation
	// back, a repair's deletions, a format upgrade's rewrite.
	keyEdits = []byte("edits")
)

// storeBuckets are the buckets of a store (createBuckets).
var storeBuckets = [][]byte{bucketMeta, bucketInfo, bucketDocs, bucketSecs, bucketOver, bucketWgen, bucketTerms}

func createBuckets(tx *bolt.Tx) error {
	for _, b := range storeBuckets {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return fmt.Errorf("creating bucket %s: %w", b, err)
		}
	}
	return nil
}

// hasBuckets reports whether tx's store has every bucket createBuckets
// makes.
func hasBuckets(tx *bolt.Tx) bool {
	for _, b := range storeBuckets {
		if tx.Bucket(b) == nil {
			return false
		}
	}
	return true
}

func getGen(tx *bolt.Tx) uint64 {
	v := tx.Bucket(bucketMeta).Get(keyGen)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// getEdits returns the count of changes that moved no generation
// (keyEdits).
func getEdits(tx *bolt.Tx) uint64 {
	v := tx.Bucket(bucketMeta).Get(keyEdits)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// markEdited counts a change to the documents' records that moves no
// generation forward, in the transaction that makes it: a copy of the
// store's state (the document table's file, docfile.go) then no longer
// names the store as it is, whichever pages bbolt reuses.
func markEdited(tx *bolt.Tx) error {
	return tx.Bucket(bucketMeta).Put(keyEdits, genBytes(getEdits(tx)+1))
}

// checkStoreSize refuses a bbolt file shorter than the pages its newest
// meta page says are in use (a truncated copy): bbolt would read past the
// end, and may panic doing so in a goroutine of its own, where nothing can
// recover. A file too short for its meta pages is left to bbolt.
func checkStoreSize(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // a new store, or bbolt says what is wrong
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil
	}
	head := make([]byte, 2*4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	le := binary.LittleEndian
	var pgid, txid, psize uint64
	for page := 0; page < 2; page++ {
		// The first meta page is at 0; the second one page size later
		// (the system's, as bbolt assumes, when the first is damaged).
		off := 0
		if page == 1 {
			off = int(psize)
			if psize == 0 {
				off = os.Getpagesize()
			}
		}
		if off+72 > len(head) {
			break
		}
		m := head[off+16:]
		// A meta page that fails its checksum is one bbolt passes over
		// for the other: its page size and page count, damaged, would
		// make a whole store look truncated.
		sum := fnv.New64a()
		sum.Write(m[:56])
		if le.Uint32(m) != 0xED0CDAED || sum.Sum64() != le.Uint64(m[56:]) {
			continue
		}
		ps := uint64(le.Uint32(m[8:]))
		if page == 0 {
			psize = ps
		}
		if t := le.Uint64(m[48:]); t >= txid {
			txid, pgid, psize = t, le.Uint64(m[40:]), ps
		}
	}
	if psize == 0 || pgid == 0 {
		return nil
	}
	if need := pgid * psize; uint64(fi.Size()) < need {
		return fmt.Errorf("%w: store.db is truncated: %d bytes, its pages need %d; restore store.db from a backup, or move the folder away and ingest the files again",
			ErrCorrupt, fi.Size(), need)
	}
	return nil
}

// putWgen records that generation gen wrote docs and deleted the others
// of ids.
func putWgen(tx *bolt.Tx, ids []string, docs []*corpus.Document, gen uint64) error {
	b := tx.Bucket(bucketWgen)
	for _, id := range ids {
		if err := b.Delete([]byte(id)); err != nil {
			return fmt.Errorf("recording the generation of %s: %w", id, err)
		}
	}
	for _, d := range docs {
		if err := b.Put([]byte(d.ID), genBytes(gen)); err != nil {
			return fmt.Errorf("recording the generation of %s: %w", d.ID, err)
		}
	}
	return nil
}

func putGen(tx *bolt.Tx, gen uint64) error {
	return tx.Bucket(bucketMeta).Put(keyGen, genBytes(gen))
}

func genBytes(gen uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], gen)
	return b[:]
}

// deflateLevel is the level of the store's deflate (klauspost/compress's
// flate, not the standard library's: the same format, so records of either
// read with either, written 3-4x faster at level 1 or 2 on report text
// (the sections' deflate was about a tenth of an ingest's CPU), 1-4% larger
// than the standard library's level 1 on real reports at level 2; level 1
// is larger still and no faster).
const deflateLevel = 2

// deflaters holds flate writers for putDoc: a new one allocates and clears
// its tables, more than deflating a document's shell costs.
var deflaters = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(nil, deflateLevel) // fails only on a bad level
	return zw
}}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// seal returns v followed by its CRC-32C (v's array may be reused).
func seal(v []byte) []byte {
	return binary.LittleEndian.AppendUint32(v, crc32.Checksum(v, crcTable))
}

// unseal returns record v without its checksum, or an error wrapping
// ErrCorrupt, naming what, when they disagree.
func unseal(what string, v []byte) ([]byte, error) {
	if len(v) < 4 {
		return nil, fmt.Errorf("%s: %w (a record of %d bytes)", what, ErrCorrupt, len(v))
	}
	body := v[:len(v)-4]
	if crc32.Checksum(body, crcTable) != binary.LittleEndian.Uint32(v[len(v)-4:]) {
		return nil, fmt.Errorf("%s: %w (checksum mismatch)", what, ErrCorrupt)
	}
	return body, nil
}

// unsealKey is unseal of record k, named what followed by k, the name
// made only when the record is damaged: Open and the record check read
// every record of a bucket (ten million at ten million sections), and a
// name made for each was as many strings of garbage.
func unsealKey(what string, k, v []byte) ([]byte, error) {
	if n := len(v) - 4; n >= 0 && crc32.Checksum(v[:n], crcTable) == binary.LittleEndian.Uint32(v[n:]) {
		return v[:n], nil
	}
	return unseal(what+string(k), v)
}

// sealedBuckets hold records that end in a checksum.
var sealedBuckets = [][]byte{bucketInfo, bucketDocs, bucketSecs, bucketOver}

// sealAll adds checksums to every record of a format 1 store.
func sealAll(tx *bolt.Tx) error {
	for _, name := range sealedBuckets {
		b := tx.Bucket(name)
		var keys, vals [][]byte
		if err := b.ForEach(func(k, v []byte) error {
			keys = append(keys, append([]byte(nil), k...))
			vals = append(vals, seal(append([]byte(nil), v...)))
			return nil
		}); err != nil {
			return err
		}
		for i := range keys {
			if err := b.Put(keys[i], vals[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// putDoc stores d (its sections in secs, the rest in docs and info).
func putDoc(tx *bolt.Tx, d *corpus.Document) error {
	r, err := encodeDoc(d)
	if err != nil {
		return err
	}
	return r.put(tx)
}

// docRecords are the store's records of one document, encoded (and the
// shell deflated) before a write transaction, so that the transaction,
// during which searches wait, only puts them.
type docRecords struct {
	id          string
	info, shell []byte
	secIDs      []string
	secs        [][]byte
}

func encodeDoc(d *corpus.Document) (*docRecords, error) {
	secs := make([][]byte, len(d.Sections))
	for i := range d.Sections {
		secs[i] = seal(encodeSection(&d.Sections[i]))
	}
	return encodeDocWith(d, secs)
}

// encodeDocWith is encodeDoc with the sections' records, seal(encodeSection)
// of each, already made (Add makes them on all cores).
func encodeDocWith(d *corpus.Document, secs [][]byte) (*docRecords, error) {
	info := infoOf(d)
	r := &docRecords{id: d.ID, info: seal(encodeInfo(&info)), secs: secs}
	shell := *d
	shell.Sections = make([]corpus.Section, len(d.Sections))
	for i := range d.Sections {
		s := d.Sections[i]
		r.secIDs = append(r.secIDs, s.ID)
		s.Text = ""
		shell.Sections[i] = s
	}
	js, err := json.Marshal(&shell)
	if err != nil {
		return nil, fmt.Errorf("encoding document %s: %w", d.ID, err)
	}
	var z bytes.Buffer
	zw := deflaters.Get().(*flate.Writer)
	zw.Reset(&z)
	zw.Write(js)
	zw.Close()
	deflaters.Put(zw)
	r.shell = seal(z.Bytes())
	return r, nil
}

// put writes the records in tx.
func (r *docRecords) put(tx *bolt.Tx) error {
	secs := tx.Bucket(bucketSecs)
	docs := tx.Bucket(bucketDocs)
	docs.FillPercent = fillPercent
	secs.FillPercent = fillPercent
	tx.Bucket(bucketInfo).FillPercent = fillPercent
	for i, id := range r.secIDs {
		if err := secs.Put([]byte(id), r.secs[i]); err != nil {
			return fmt.Errorf("storing section %s: %w", id, err)
		}
	}
	if err := docs.Put([]byte(r.id), r.shell); err != nil {
		return fmt.Errorf("storing document %s: %w", r.id, err)
	}
	if err := tx.Bucket(bucketInfo).Put([]byte(r.id), r.info); err != nil {
		return fmt.Errorf("storing document %s: %w", r.id, err)
	}
	return nil
}

// deleteDoc removes document id and its sections: those listed and any
// other record of a section of id (one left from a damaged record, which
// the index did not load).
func deleteDoc(tx *bolt.Tx, id string, sections []string) error {
	for _, s := range sections {
		if err := tx.Bucket(bucketSecs).Delete([]byte(s)); err != nil {
			return fmt.Errorf("deleting section %s: %w", s, err)
		}
	}
	if err := deleteSectionsOf(tx, id); err != nil {
		return fmt.Errorf("deleting sections of %s: %w", id, err)
	}
	if err := tx.Bucket(bucketDocs).Delete([]byte(id)); err != nil {
		return fmt.Errorf("deleting document %s: %w", id, err)
	}
	if err := tx.Bucket(bucketInfo).Delete([]byte(id)); err != nil {
		return fmt.Errorf("deleting document %s: %w", id, err)
	}
	if err := tx.Bucket(bucketTerms).Delete([]byte(id)); err != nil {
		return fmt.Errorf("deleting the terms of %s: %w", id, err)
	}
	return nil
}

// getDoc reads document id with its sections' texts, or ErrNotFound.
func getDoc(tx *bolt.Tx, id string) (*corpus.Document, error) {
	v := tx.Bucket(bucketDocs).Get([]byte(id))
	if v == nil {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	d, err := decodeShell(id, v)
	if err != nil {
		return nil, err
	}
	for i := range d.Sections {
		s, err := getSection(tx, d.Sections[i].ID)
		if errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("reading document %s: %w: its section %s is missing", id, ErrCorrupt, d.Sections[i].ID)
		}
		if err != nil {
			return nil, fmt.Errorf("reading document %s: %w", id, err)
		}
		d.Sections[i] = *s
	}
	return d, nil
}

// decodeShell decodes the record v of document id: the document with its
// sections' texts left out.
func decodeShell(id string, v []byte) (*corpus.Document, error) {
	v, err := unseal("document "+id, v)
	if err != nil {
		return nil, err
	}
	js, err := io.ReadAll(flate.NewReader(bytes.NewReader(v)))
	if err != nil {
		return nil, fmt.Errorf("decompressing document %s: %w: %v", id, ErrCorrupt, err)
	}
	d := new(corpus.Document)
	if err := json.Unmarshal(js, d); err != nil {
		return nil, fmt.Errorf("decoding document %s: %w: %v", id, ErrCorrupt, err)
	}
	return d, nil
}

func getSection(tx *bolt.Tx, id string) (*corpus.Section, error) {
	v := tx.Bucket(bucketSecs).Get([]byte(id))
	if v == nil {
		return nil, fmt.Errorf("section %q: %w", id, ErrNotFound)
	}
	v, err := unseal("section "+id, v)
	if err != nil {
		return nil, err
	}
	s, err := decodeSection(v)
	if err != nil {
		return nil, fmt.Errorf("decoding section %s: %w", id, err)
	}
	return s, nil
}

// encodeSection writes s as uvarint-prefixed strings and varints:
// ID, DocID, Heading, Level, len(Path), Path..., Ordinal, Start, End, Text,
// then a flags byte, absent when no flag is set (so records written
// before the flags read the same):
//
//	1   the heading is Inferred
//	2   Text is deflated (store format 3): the text of a section is most
//	    of the store, and bbolt packs the smaller records into fewer
//	    pages; kept raw when deflating saves less than a tenth
//	4   the heading runs on into the text: its Joint follows the flags,
//	    uvarint-prefixed (a record without it, written before, has none,
//	    as a govreport written before reads none of one with it)
func encodeSection(s *corpus.Section) []byte {
	text, flags := s.Text, byte(0)
	if s.Inferred {
		flags |= secInferred
	}
	if z := deflate(s.Text); len(z) < len(s.Text)-len(s.Text)/10 {
		text, flags = z, flags|secDeflated
	}
	if s.Joint != "" {
		flags |= secJoint
	}
	n := len(s.ID) + len(s.DocID) + len(s.Heading) + len(text) + len(s.Joint) + 10*binary.MaxVarintLen64
	for _, p := range s.Path {
		n += len(p) + binary.MaxVarintLen64
	}
	b := make([]byte, 0, n)
	str := func(x string) {
		b = binary.AppendUvarint(b, uint64(len(x)))
		b = append(b, x...)
	}
	str(s.ID)
	str(s.DocID)
	str(s.Heading)
	b = binary.AppendVarint(b, int64(s.Level))
	b = binary.AppendUvarint(b, uint64(len(s.Path)))
	for _, p := range s.Path {
		str(p)
	}
	b = binary.AppendVarint(b, int64(s.Ordinal))
	b = binary.AppendVarint(b, int64(s.Start))
	b = binary.AppendVarint(b, int64(s.End))
	str(text)
	if flags != 0 {
		b = append(b, flags)
	}
	if flags&secJoint != 0 {
		str(s.Joint)
	}
	return b
}

// The flags of a section record.
const (
	secInferred = 1 << iota
	secDeflated
	secJoint
)

// deflate returns s deflated at deflateLevel ("" for "").
func deflate(s string) string {
	if s == "" {
		return ""
	}
	var z bytes.Buffer
	zw := deflaters.Get().(*flate.Writer)
	zw.Reset(&z)
	io.WriteString(zw, s)
	zw.Close()
	deflaters.Put(zw)
	return z.String()
}

// inflaters holds flate readers for inflate, which would otherwise
// allocate their tables for every section read.
var inflaters sync.Pool

// inflate returns z inflated.
func inflate(z string) (string, error) {
	zr, _ := inflaters.Get().(io.ReadCloser)
	if zr == nil {
		zr = flate.NewReader(strings.NewReader(z))
	} else if err := zr.(flate.Resetter).Reset(strings.NewReader(z), nil); err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(2 * len(z))
	_, err := io.Copy(&b, zr)
	inflaters.Put(zr)
	if err != nil {
		return "", err
	}
	return b.String(), nil
}

var errCorrupt = fmt.Errorf("section record does not decode: %w", ErrCorrupt)

// A recordReader reads the fields of a binary record in turn; a field
// that does not decode sets bad and empties what is left.
type recordReader struct {
	b   []byte
	bad bool
	// alias makes str return strings that share the record's memory, not
	// copies: for a reader that copies them itself before the record goes
	// (loadInfo, into the document table), within the transaction.
	alias bool
}

func (r *recordReader) str() string {
	n, k := binary.Uvarint(r.b)
	if k <= 0 || uint64(len(r.b)-k) < n {
		r.b, r.bad = nil, true
		return ""
	}
	var x string
	if r.alias {
		x = unsafe.String(unsafe.SliceData(r.b[k:]), int(n))
	} else {
		x = string(r.b[k : k+int(n)])
	}
	r.b = r.b[k+int(n):]
	return x
}

// sharedStr is str with the string taken from shared when an equal one is
// there, and added to it when not.
func (r *recordReader) sharedStr(shared map[string]string) string {
	n, k := binary.Uvarint(r.b)
	if k <= 0 || uint64(len(r.b)-k) < n {
		r.b, r.bad = nil, true
		return ""
	}
	b := r.b[k : k+int(n)]
	r.b = r.b[k+int(n):]
	if x, ok := shared[string(b)]; ok {
		return x
	}
	x := string(b)
	shared[x] = x
	return x
}

func (r *recordReader) num() int64 {
	v, k := binary.Varint(r.b)
	if k <= 0 {
		r.b, r.bad = nil, true
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *recordReader) unum() uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.b, r.bad = nil, true
		return 0
	}
	r.b = r.b[k:]
	return v
}

func decodeSection(b []byte) (*corpus.Section, error) {
	r := &recordReader{b: b}
	s := new(corpus.Section)
	s.ID = r.str()
	s.DocID = r.str()
	s.Heading = r.str()
	s.Level = int(r.num())
	np := r.unum()
	if r.bad || np > uint64(len(r.b)) {
		return nil, errCorrupt
	}
	s.Path = make([]string, np)
	for i := range s.Path {
		s.Path[i] = r.str()
	}
	s.Ordinal = int(r.num())
	s.Start = int(r.num())
	s.End = int(r.num())
	s.Text = r.str()
	if r.bad {
		return nil, errCorrupt
	}
	var flags byte
	if len(r.b) > 0 {
		flags = r.b[0]
	}
	s.Inferred = flags&secInferred != 0
	if flags&secJoint != 0 {
		r.b = r.b[1:]
		if s.Joint = r.str(); r.bad {
			return nil, errCorrupt
		}
	}
	if flags&secDeflated != 0 {
		var err error
		if s.Text, err = inflate(s.Text); err != nil {
			return nil, fmt.Errorf("%w: %v", errCorrupt, err)
		}
	}
	return s, nil
}
