package index

// The metadata record (bucket info)
//
// Open reads every document's metadata record to know what the index holds
// before any search, so their decoding is open time: at 104,000 documents
// encoding/json took 0.4 s of the open, 95% of reading the bucket. Format 4
// stores them in a compact binary form, read in about a tenth of that.
// Records written as JSON by format 3 still read (a JSON record starts with
// '{', a binary one with infoBinary), and a format 3 store is rewritten in
// the binary form when opened (reencodeInfos), in one transaction.

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// infoBinary is the first byte of a binary metadata record.
const infoBinary = 1

var errInfoCorrupt = fmt.Errorf("metadata record does not decode: %w", ErrCorrupt)

// encodeInfo returns the binary record of info (before its seal).
func encodeInfo(info *DocInfo) []byte {
	strs := [...]string{info.ID, info.Title, info.Region, info.Kind, info.Issuer,
		info.Province, info.Prefecture, info.Source}
	n := 1 + 5*binary.MaxVarintLen64
	for _, s := range strs {
		n += len(s) + binary.MaxVarintLen64
	}
	b := make([]byte, 1, n)
	b[0] = infoBinary
	for _, s := range strs {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendVarint(b, int64(info.Year))
	b = binary.AppendVarint(b, int64(info.Sections))
	if info.Added.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, info.Added.Unix())
	return binary.AppendUvarint(b, uint64(info.Added.Nanosecond()))
}

// decodeInfo decodes a metadata record, binary or JSON (format 3).
func decodeInfo(b []byte, info *DocInfo) error {
	return decodeInfoShared(b, info, nil)
}

// decodeInfoShared is decodeInfo with the fields that many documents
// share (region, kind, issuer, province, prefecture) taken from shared
// when it holds them already, and added to it when not: Open reads every
// document's record, and at 333,000 documents (ten million sections) these
// five strings, a copy each per document, were 27 MB of the heap that
// the same few hundred strings hold once. Nil shares nothing.
func decodeInfoShared(b []byte, info *DocInfo, shared map[string]string) error {
	return decodeInfoWith(b, info, shared, false)
}

// decodeInfoWith is decodeInfoShared whose document's own strings (ID,
// title, source) share b's memory if alias (recordReader.alias): Open
// copies them into the document table (docTable.put) at once, where a
// string each was made and dropped.
func decodeInfoWith(b []byte, info *DocInfo, shared map[string]string, alias bool) error {
	if len(b) > 0 && b[0] == '{' {
		*info = DocInfo{}
		return json.Unmarshal(b, info)
	}
	if len(b) == 0 || b[0] != infoBinary {
		return errInfoCorrupt
	}
	r := &recordReader{b: b[1:], alias: alias}
	str := r.str
	if shared != nil {
		str = func() string { return r.sharedStr(shared) }
	}
	*info = DocInfo{ID: r.str(), Title: r.str(), Region: str(), Kind: str(), Issuer: str(),
		Province: str(), Prefecture: str(), Source: r.str()}
	info.Year = int(r.num())
	info.Sections = int(r.num())
	switch {
	case r.bad || len(r.b) == 0:
		return errInfoCorrupt
	case r.b[0] == 1:
		r.b = r.b[1:]
		sec := r.num()
		ns := r.unum()
		if r.bad || ns >= 1e9 {
			return errInfoCorrupt
		}
		info.Added = time.Unix(sec, int64(ns)).UTC()
	case r.b[0] == 0:
		r.b = r.b[1:]
	default:
		return errInfoCorrupt
	}
	if len(r.b) != 0 {
		return errInfoCorrupt
	}
	return nil
}

// reencodeInfos rewrites every JSON metadata record of a format 3 store in
// the binary form. A record that does not decode is left as it is, for
// Open and Check to report.
func reencodeInfos(tx *bolt.Tx) error {
	b := tx.Bucket(bucketInfo)
	var keys, vals [][]byte
	err := b.ForEach(func(k, v []byte) error {
		body, err := unseal("metadata of "+string(k), v)
		if err != nil || len(body) == 0 || body[0] != '{' {
			return nil
		}
		var info DocInfo
		if json.Unmarshal(body, &info) != nil {
			return nil
		}
		keys = append(keys, append([]byte(nil), k...))
		vals = append(vals, seal(encodeInfo(&info)))
		return nil
	})
	if err != nil {
		return err
	}
	b.FillPercent = fillPercent
	for i := range keys {
		if err := b.Put(keys[i], vals[i]); err != nil {
			return err
		}
	}
	return nil
}
