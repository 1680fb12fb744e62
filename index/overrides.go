package index

// Corrections
//
// A user's corrections of a document's metadata (corpus.Override) are kept
// apart from the document as it was read, in the bucket
//
//	over   doc ID -> overrideRecord as JSON: the corrected fields, and the
//	       File (hash of the file's bytes) and Source of the document
//
// and applied whenever the document is read: into DocInfo when the index
// opens and when a document is added (so filters, facets, counterparts and
// compare see them), and by Document. The stored document keeps what
// inference found, so clearing a correction brings it back.
//
// A record is found by the document's ID (the hash of its cleaned body), so
// ingesting the same file again finds it. When a later version of govreport
// cleans the file differently, the ID changes but the file's hash does not:
// Add then finds the record by File and copies it to the new ID. The source
// name alone is not a key: different files share names like 2012.txt.
//
// Rebuild (govreport reindex) remakes only the bleve index, which holds no
// metadata; the records are untouched by it. Delete removes a document's
// record with it.
//
// Every change is one bbolt transaction, committed before the call returns.

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/govreport/govreport/corpus"
	bolt "go.etcd.io/bbolt"
)

var bucketOver = []byte("over")

// overrideRecord is a stored correction.
type overrideRecord struct {
	corpus.Override
	File   string `json:"file,omitempty"`
	Source string `json:"source,omitempty"`
}

// loadOverrides reads every correction into memory and applies them to the
// documents' metadata. Called by loadInfo, before the index is shared.
func (ix *Index) loadOverrides() error {
	ix.over = make(map[string]overrideRecord)
	ix.overFile = make(map[string]string)
	return ix.storeView(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOver).ForEach(func(k, v []byte) error {
			v, err := unseal("corrections of "+string(k), v)
			if err != nil {
				return err
			}
			var r overrideRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decoding corrections of %s: %w", k, err)
			}
			id := string(k)
			ix.remember(id, r)
			if ix.docs.info(id) == nil {
				return nil
			}
			d, err := getDoc(tx, id)
			if err != nil {
				return fmt.Errorf("applying corrections to %s: %w", id, err)
			}
			r.Apply(d)
			info := infoOf(d)
			ix.docs.correct(id, &info)
			return nil
		})
	})
}

// remember records r as the corrections of id in memory (forgets them when
// r is zero). ix.mu must be held, or the index not yet shared.
func (ix *Index) remember(id string, r overrideRecord) {
	if r.IsZero() {
		if old, ok := ix.over[id]; ok && ix.overFile[old.File] == id {
			delete(ix.overFile, old.File)
		}
		delete(ix.over, id)
		return
	}
	ix.over[id] = r
	if r.File != "" {
		ix.overFile[r.File] = id
	}
}

// corrected returns d with its corrections applied: d itself when it has
// none, else a shallow copy. ix.mu must be held (read or write).
func (ix *Index) corrected(d *corpus.Document) *corpus.Document {
	r, ok := ix.over[d.ID]
	if !ok {
		return d
	}
	c := *d
	r.Apply(&c)
	return &c
}

// correctionsFor returns the record that should hold for document d once
// it is added with the extra corrections add (zero for none), and whether
// it differs from what is stored under d.ID. The record is d.ID's own, or
// else one found by d.File (the same file, read differently). ix.mu must
// be held.
func (ix *Index) correctionsFor(d *corpus.Document, add corpus.Override) (overrideRecord, bool) {
	r, ok := ix.over[d.ID]
	if !ok && d.File != "" {
		if other, found := ix.overFile[d.File]; found {
			r = ix.over[other]
		}
	}
	nr := overrideRecord{Override: r.Override.Merge(add)}
	if nr.IsZero() {
		return overrideRecord{}, false
	}
	nr.File, nr.Source = d.File, d.Source
	if nr.File == "" {
		nr.File = r.File
	}
	return nr, !ok || nr != r
}

func putOverride(tx *bolt.Tx, id string, r overrideRecord) error {
	b := tx.Bucket(bucketOver)
	if r.IsZero() {
		if err := b.Delete([]byte(id)); err != nil {
			return fmt.Errorf("deleting corrections of %s: %w", id, err)
		}
		return nil
	}
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encoding corrections of %s: %w", id, err)
	}
	if err := b.Put([]byte(id), seal(v)); err != nil {
		return fmt.Errorf("storing corrections of %s: %w", id, err)
	}
	return nil
}

// Corrections returns the corrections of document id (zero when it has
// none), or ErrNotFound for a document not in the index.
func (ix *Index) Corrections(id string) (corpus.Override, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.docs.info(id) == nil {
		return corpus.Override{}, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	return ix.over[id].Override, nil
}

// CorrectionsOf returns the corrections Add would apply to d: those stored
// under its ID, or else those of a document read from the same file.
func (ix *Index) CorrectionsOf(d *corpus.Document) corpus.Override {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	r, _ := ix.correctionsFor(d, corpus.Override{})
	return r.Override
}

// Correct changes the corrections of document id: the fields set corrects
// take its values, the fields named in clear go back to what inference
// found (clearing wins when a field is in both). It returns the document
// as corrected, or ErrNotFound. The change is committed to the store before
// Correct returns, and searches, facets and counterparts see it at once.
func (ix *Index) Correct(id string, set corpus.Override, clear []string) (*corpus.Document, error) {
	if err := ix.waitReady(); err != nil {
		return nil, err
	}
	for _, f := range clear {
		var probe corpus.Override
		if err := probe.Set(f, ""); err != nil {
			return nil, fmt.Errorf("correct document %s: %w", id, err)
		}
	}
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	if ix.isClosed() {
		return nil, errors.New("correct: index closed")
	}
	if err := ix.writeRefused("correct document " + id); err != nil {
		return nil, err
	}
	var d *corpus.Document // as inferred; writers are held off
	if err := ix.storeView(func(tx *bolt.Tx) error {
		var err error
		d, err = getDoc(tx, id)
		return err
	}); err != nil {
		return nil, fmt.Errorf("correct: %w", err)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	r := ix.over[id]
	r.Override = r.Override.Merge(set)
	for _, f := range clear {
		r.Override.Set(f, "") // checked above
	}
	if r.File == "" {
		r.File = d.File
	}
	r.Source = d.Source
	if r.IsZero() {
		r = overrideRecord{}
	}
	if err := ix.storeUpdate(func(tx *bolt.Tx) error { return putOverride(tx, id, r) }); err != nil {
		return nil, fmt.Errorf("correct document %s: %w", id, err)
	}
	ix.remember(id, r)
	c := ix.corrected(d)
	info := infoOf(c)
	// a new DocInfo: the published views point at the old one
	if p := ix.docs.correct(id, &info); p != nil {
		ix.sorted = nil
		ix.docGen++
		next := ix.snap.Load().clone()
		next.setInfo(id, p)
		ix.publish(next)
	}
	return c, nil
}
