package index

// Report terms
//
// A collection-wide list of new terms (package embedded's Terms) starts
// from the terms of each report, which a term finder (compare.ReportTerms)
// takes from the whole report with gse: about 50 ms a report, seconds for
// a year of a few hundred. So they are found once, when the report is
// written, by the finder the index was given (SetTermFinder), and kept in
// the store's bucket terms:
//
//	terms  doc ID -> the finder's version, then each term's text and
//	       score (termsCodec), sealed like every record
//
// The record is put and deleted in the transaction that writes or deletes
// the document (docRecords.put, deleteDoc), so a View reads the terms of
// exactly the text it shows. A report written without a finder or by
// another version of it (an older data folder; a govreport whose finder
// changed) has no terms a View gives: its reader finds them on demand, and
// FindTerms (govreport reindex) stores them. A damaged record counts as
// missing: the terms can always be found again from the text.

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/govreport/govreport/corpus"
	bolt "go.etcd.io/bbolt"
)

var bucketTerms = []byte("terms")

// A ReportTerm is one term of a report as the finder gave it.
type ReportTerm struct {
	Text  string
	Score float64
}

// A TermFinder finds the terms of a report from its sections (as stored:
// cleaned). Version names what it finds: records of another version are
// not given out.
type TermFinder struct {
	Version string
	Find    func(d *corpus.Document) []ReportTerm
}

// SetTermFinder sets the finder of the terms stored with each report
// written from now on (package embedded sets compare's). Without one, no
// terms are stored and ReportTerms finds none.
func (ix *Index) SetTermFinder(f TermFinder) {
	if f.Find == nil || f.Version == "" {
		ix.finder.Store(nil)
		return
	}
	ix.finder.Store(&f)
}

// reportTerms returns the record of the terms of d (cleaned) as the
// finder finds them, or nil without a finder.
func (ix *Index) reportTerms(d *corpus.Document) []byte {
	f := ix.finder.Load()
	if f == nil {
		return nil
	}
	return encodeTerms(f.Version, f.Find(termsDoc(d)))
}

// safeReportTerms is reportTerms with a panic of the finder as an error
// naming the document, not a crash of the process. Add calls it for the
// reports of a write on all cores (startWork): the finder takes tens of
// milliseconds of CPU a report, the largest share of an ingest of real
// reports.
func (ix *Index) safeReportTerms(d *corpus.Document) (rec []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("finding the terms of %s: panic: %v", d.ID, v)
		}
	}()
	return ix.reportTerms(d), nil
}

// termsDoc is what a finder is given of d: its ID, year and sections, as a
// reader of the store has them.
func termsDoc(d *corpus.Document) *corpus.Document {
	return &corpus.Document{ID: d.ID, Year: d.Year, Sections: d.Sections}
}

// ReportTerms returns the stored terms of document id, found by the
// index's finder (its version), and whether there were any.
func (v *View) ReportTerms(id string) ([]ReportTerm, bool) {
	f := v.ix.finder.Load()
	if f == nil {
		return nil, false
	}
	return storedTerms(v.tx, id, f.Version)
}

// storedTerms reads the terms of id in tx if they are of version.
func storedTerms(tx *bolt.Tx, id, version string) ([]ReportTerm, bool) {
	b := tx.Bucket(bucketTerms)
	if b == nil {
		return nil, false
	}
	rec := b.Get([]byte(id))
	if rec == nil {
		return nil, false
	}
	body, err := unseal("terms of "+id, rec)
	if err != nil {
		return nil, false
	}
	ver, terms, err := decodeTerms(body)
	if err != nil || ver != version {
		return nil, false
	}
	return terms, true
}

// FindTerms finds and stores the terms of every report that has none of
// the finder's version, or of every report with redo (govreport reindex:
// the dictionary may have changed), calling progress after each with the
// reports done and the total. Each report is read, its terms found and
// stored under the write lock, so that no write replaces it meanwhile;
// other writes go on between reports.
func (ix *Index) FindTerms(ctx context.Context, redo bool, progress func(done, total int)) error {
	f := ix.finder.Load()
	if f == nil {
		return errors.New("find terms: no term finder set")
	}
	if err := ix.waitReady(); err != nil {
		return err
	}
	docs := ix.Documents()
	for i, info := range docs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("find terms: %w", err)
		}
		if err := ix.findTerms(info.ID, f, redo); err != nil {
			return fmt.Errorf("find terms: %w", err)
		}
		if progress != nil {
			progress(i+1, len(docs))
		}
	}
	return nil
}

// findTerms finds and stores the terms of document id (gone: nothing).
func (ix *Index) findTerms(id string, f *TermFinder, redo bool) error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	if ix.isClosed() {
		return errors.New("index closed")
	}
	var d *corpus.Document
	err := ix.db.View(func(tx *bolt.Tx) error {
		if _, ok := storedTerms(tx, id, f.Version); ok && !redo {
			return nil
		}
		var err error
		d, err = getDoc(tx, id)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		return err
	})
	if err != nil || d == nil {
		return err
	}
	rec := encodeTerms(f.Version, f.Find(termsDoc(d)))
	return ix.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketTerms).Put([]byte(id), rec); err != nil {
			return fmt.Errorf("storing the terms of %s: %w", id, err)
		}
		return nil
	})
}

// encodeTerms writes the sealed record of terms: the uvarint-prefixed
// version, the number of terms, then each term's uvarint-prefixed text
// and its score's IEEE 754 bits (8 bytes, big-endian).
func encodeTerms(version string, terms []ReportTerm) []byte {
	n := len(version) + 2*binary.MaxVarintLen64
	for _, t := range terms {
		n += len(t.Text) + binary.MaxVarintLen64 + 8
	}
	b := make([]byte, 0, n+4)
	b = binary.AppendUvarint(b, uint64(len(version)))
	b = append(b, version...)
	b = binary.AppendUvarint(b, uint64(len(terms)))
	for _, t := range terms {
		b = binary.AppendUvarint(b, uint64(len(t.Text)))
		b = append(b, t.Text...)
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(t.Score))
	}
	return seal(b)
}

var errTermsCorrupt = fmt.Errorf("terms record does not decode: %w", ErrCorrupt)

// decodeTerms reads a record of encodeTerms, without its checksum.
func decodeTerms(b []byte) (version string, terms []ReportTerm, err error) {
	str := func() (string, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return "", false
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s, true
	}
	version, ok := str()
	if !ok {
		return "", nil, errTermsCorrupt
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return "", nil, errTermsCorrupt
	}
	b = b[k:]
	terms = make([]ReportTerm, 0, n)
	for range n {
		text, ok := str()
		if !ok || len(b) < 8 {
			return "", nil, errTermsCorrupt
		}
		terms = append(terms, ReportTerm{Text: text, Score: math.Float64frombits(binary.BigEndian.Uint64(b))})
		b = b[8:]
	}
	if len(b) != 0 {
		return "", nil, errTermsCorrupt
	}
	return version, terms, nil
}
