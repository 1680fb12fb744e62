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
	if len(b) > 0 && b[0] == '{' {
		*info = DocInfo{}
		return json.Unmarshal(b, info)
	}
	if len(b) == 0 || b[0] != infoBinary {
		return errInfoCorrupt
	}
	b = b[1:]
	bad := false
	str := func() string {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			bad, b = true, nil
			return ""
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s
	}
	num := func() int64 {
		v, k := binary.Varint(b)
		if k <= 0 {
			bad, b = true, nil
			return 0
		}
		b = b[k:]
		return v
	}
	*info = DocInfo{ID: str(), Title: str(), Region: str(), Kind: str(), Issuer: str(),
		Province: str(), Prefecture: str(), Source: str()}
	info.Year = int(num())
	info.Sections = int(num())
	switch {
	case bad || len(b) == 0:
		return errInfoCorrupt
	case b[0] == 1:
		b = b[1:]
		sec := num()
		ns, k := binary.Uvarint(b)
		if k <= 0 || ns >= 1e9 {
			return errInfoCorrupt
		}
		b = b[k:]
		info.Added = time.Unix(sec, int64(ns)).UTC()
	case b[0] == 0:
		b = b[1:]
	default:
		return errInfoCorrupt
	}
	if bad || len(b) != 0 {
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
