package index

// Integrity
//
// Check reads a data folder the way nothing else does: every record of the
// store, its checksum (store.go: seal) and its decoding, whether each
// document's sections are all there and each section's document too, and
// whether the search index holds as many sections as the store at the same
// write generation. It reports what is damaged by document, so that the
// user knows which files to ingest again. Repair removes the damaged
// documents (every record of theirs) and rebuilds the search index from
// what is intact; the files named are then to be ingested again.
//
// bbolt panics on pages it cannot make sense of (a truncated file, a
// flipped byte in a page header); Check, Open and the reads turn that panic
// into an error wrapping ErrCorrupt (catch), never a stack trace.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"
)

// A Report is what Check found.
type Report struct {
	Documents int // documents whose records are intact
	Sections  int // sections whose records are intact
	// Damaged maps the ID of each damaged document to what is wrong with
	// it; Sources gives the file it was read from, where that is known.
	Damaged map[string][]string
	Sources map[string]string
	// Index lists problems of the search index (rebuilt by reindex).
	Index []string
}

// OK reports whether nothing is damaged.
func (r *Report) OK() bool { return len(r.Damaged) == 0 && len(r.Index) == 0 }

func (r *Report) damage(doc, what string) {
	r.Damaged[doc] = append(r.Damaged[doc], what)
}

// catch turns a panic (bbolt's, over a damaged file) into an error
// wrapping ErrCorrupt. Use it deferred, with the function's named error.
func catch(what string, err *error) {
	if v := recover(); v != nil {
		*err = fmt.Errorf("%s: %w (%v); run `govreport check`", what, ErrCorrupt, v)
	}
}

// docOfSection returns the document ID of a section ID (SectionID's form).
func docOfSection(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// Check verifies the data folder dir (see the design note above). It fails
// only when dir cannot be read at all; damage is in the Report. The folder
// must not be in use by another process.
func Check(dir string) (rep *Report, err error) {
	defer catch("check "+dir, &err)
	// An empty store.db would be made a new store: the check would then
	// find an empty store and a full search index, and advise a reindex
	// that empties it too.
	if err := storeLost(dir); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, "store.db")); err != nil {
		return nil, fmt.Errorf("check %s: no document store: %w", dir, err)
	}
	db, err := openStore(dir)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	// Taken before the records are read, and compared after: what is
	// recorded as found good is what was read (recordCheck).
	storeStamp, storeOK := statStamp(filepath.Join(dir, "store.db"))
	rep = &Report{Damaged: map[string][]string{}, Sources: map[string]string{}}
	var gen uint64
	sections := map[string][]string{} // doc -> section IDs found
	listed := map[string][]string{}   // doc -> section IDs its record lists
	infos := map[string]bool{}
	err = db.View(func(tx *bolt.Tx) error {
		gen = getGen(tx)
		if err := tx.Bucket(bucketInfo).ForEach(func(k, v []byte) error {
			id := string(k)
			body, err := unseal("metadata of "+id, v)
			var info DocInfo
			if err == nil {
				if err = decodeInfo(body, &info); err != nil {
					err = fmt.Errorf("metadata of %s: %w", id, err)
				}
			}
			if err != nil {
				rep.damage(id, err.Error())
				return nil
			}
			infos[id] = true
			rep.Sources[id] = info.Source
			return nil
		}); err != nil {
			return err
		}
		if err := tx.Bucket(bucketDocs).ForEach(func(k, v []byte) error {
			id := string(k)
			d, err := decodeShell(id, v)
			if err != nil {
				rep.damage(id, err.Error())
				listed[id] = nil
				return nil
			}
			listed[id] = []string{}
			for _, s := range d.Sections {
				listed[id] = append(listed[id], s.ID)
			}
			if !infos[id] && rep.Damaged[id] == nil {
				rep.damage(id, "document without its metadata record")
			}
			return nil
		}); err != nil {
			return err
		}
		return tx.Bucket(bucketSecs).ForEach(func(k, v []byte) error {
			id := string(k)
			body, err := unseal("section "+id, v)
			if err == nil {
				_, err = decodeSection(body)
			}
			doc := docOfSection(id)
			if err != nil {
				rep.damage(doc, err.Error())
				return nil
			}
			sections[doc] = append(sections[doc], id)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", dir, err)
	}
	for id, want := range listed {
		have := map[string]bool{}
		for _, s := range sections[id] {
			have[s] = true
		}
		for _, s := range want {
			if !have[s] && !strings.Contains(strings.Join(rep.Damaged[id], "\n"), s) {
				rep.damage(id, "section "+s+" is missing")
			}
		}
	}
	for id := range infos {
		if _, ok := listed[id]; !ok && rep.Damaged[id] == nil {
			rep.damage(id, "metadata without its document record")
		}
	}
	for _, ws := range rep.Damaged {
		sort.Strings(ws)
	}
	for id, secs := range sections {
		if rep.Damaged[id] == nil {
			rep.Documents++
			rep.Sections += len(secs)
		}
	}
	// The search index is compared with the store's sections only when
	// nothing is damaged: a damaged record may hold any number of them.
	counted := rep.Sections
	if len(rep.Damaged) > 0 {
		counted = -1
	}
	rep.Index = checkBleve(dir, gen, counted)
	segProblems, good := checkSegments(dir)
	rep.Index = append(rep.Index, segProblems...)
	var store *fileStamp
	if st, ok := statStamp(filepath.Join(dir, "store.db")); storeOK && ok && st == storeStamp && len(rep.Damaged) == 0 {
		store = &st
	}
	recordCheck(dir, good, store)
	return rep, nil
}

// recordCheck writes what Check found good to exact/CHECKED (segcheck.go):
// the stamps of the segment files whose checksum held, and store.db's
// when every record in it was whole (nil when not), so that the one-shot
// commands after a check do not read all of it again. It replaces the
// record: a file the check found damaged, or did not read, is checked at
// the next open. A failure (a read-only folder) costs only checks then.
func recordCheck(dir string, good map[string]fileStamp, store *fileStamp) {
	if _, err := os.Stat(filepath.Join(dir, "exact")); err != nil {
		return // no exact index: an earlier format, rebuilt at the next open
	}
	b, err := json.Marshal(checkedRecord{Format: 1, Files: good, Store: store})
	if err != nil {
		return
	}
	writeFileSync(filepath.Join(dir, "exact", checkedName), b)
}

// checkSegments verifies the checksum of every segment file of the exact
// index (segdisk.go), and returns the stamps of those found good (taken
// before each is read and unchanged after).
func checkSegments(dir string) (problems []string, good map[string]fileStamp) {
	good = map[string]fileStamp{}
	names, err := readManifest(dir)
	if err != nil {
		return []string{fmt.Sprintf("%v: run `govreport reindex`", err)}, good
	}
	for _, name := range names {
		path := filepath.Join(dir, "exact", name)
		before, stOK := statStamp(path)
		b, err := os.ReadFile(path)
		if err == nil {
			_, err = openSegment(b)
		}
		if errors.Is(err, errOldSegment) {
			continue // the next open reads its documents from the store again
		}
		if err == nil {
			err = verifySegment(b)
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("exact index segment %s: %v: run `govreport reindex` (the exact index is rebuilt from the store)", path, err))
			continue
		}
		if after, ok := statStamp(path); stOK && ok && after == before {
			good[name] = before
		}
	}
	return problems, good
}

// checkBleve compares the search index with the store: its generation and,
// unless sections is -1, its number of sections.
func checkBleve(dir string, gen uint64, sections int) (problems []string) {
	defer func() {
		if v := recover(); v != nil {
			problems = append(problems, fmt.Sprintf("the search index panics when read (%v): run `govreport reindex`", v))
		}
	}()
	bl, err := bleve.Open(filepath.Join(dir, "bleve"))
	if err != nil {
		return []string{fmt.Sprintf("the search index does not open (%v): run `govreport reindex`", err)}
	}
	defer bl.Close()
	v, err := bl.GetInternal(internalGen)
	if err != nil || len(v) != 8 {
		return []string{"the search index has no write generation: run `govreport reindex`"}
	}
	if g := bytesGen(v); g != gen {
		problems = append(problems, fmt.Sprintf("the search index is at write %d, the store at %d (the next open redoes the last write; if not, run `govreport reindex`)", g, gen))
	}
	if sections >= 0 {
		n, err := bl.DocCount()
		if err != nil {
			problems = append(problems, fmt.Sprintf("the search index cannot count its sections (%v): run `govreport reindex`", err))
		} else if int(n) != sections {
			problems = append(problems, fmt.Sprintf("the search index holds %d sections, the store %d: run `govreport reindex`", n, sections))
		}
	}
	return problems
}

// Repair removes every record of the damaged documents of rep from the
// store of dir, then rebuilds the search index from the intact rest. The
// user's corrections of those documents are kept (they apply again when the
// files are ingested again).
func Repair(dir string, rep *Report, progress func(done, total int)) (err error) {
	defer catch("repair "+dir, &err)
	if len(rep.Damaged) > 0 {
		db, err := openStore(dir)
		if err != nil {
			return err
		}
		err = db.Update(func(tx *bolt.Tx) error {
			if err := markEdited(tx); err != nil {
				return err
			}
			for id := range rep.Damaged {
				for _, b := range [][]byte{bucketInfo, bucketDocs} {
					if err := tx.Bucket(b).Delete([]byte(id)); err != nil {
						return err
					}
				}
				if err := deleteSectionsOf(tx, id); err != nil {
					return err
				}
			}
			return nil
		})
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("repair %s: %w", dir, err)
		}
	}
	return Rebuild(dir, progress)
}

// deleteSectionsOf deletes every section record whose ID is of document id.
func deleteSectionsOf(tx *bolt.Tx, id string) error {
	c := tx.Bucket(bucketSecs).Cursor()
	prefix := []byte(id + "-")
	var keys [][]byte
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := tx.Bucket(bucketSecs).Delete(k); err != nil {
			return err
		}
	}
	return nil
}
