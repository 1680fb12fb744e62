package index

import (
	"runtime"

	"github.com/govreport/govreport/analysis"
)

// Collection statistics
//
// Comparison weighs a term by how common it is across everything indexed
// (compare.Collection): 推进 is in most sections, 专项债券 in few. The
// in-memory bigram lists (grams.go) already hold the answer for a term of
// two characters, the one alignment asks for thousands of times per
// comparison: the length of the term's list, read under the read lock, no
// copy, no store access. Longer terms get the length of their rarest
// bigram's list, an upper bound, and one character the longest list of
// the bigrams that start with it, a lower bound: both cost no more than a
// few map lookups per segment (segments.go). Deleted sections stay in the
// lists (masked) until their segment is merged, so they count, in the
// term's frequency and in the number of sections alike, until then.
//
// DocFreq is exact: it looks the term up (grams.go) and counts distinct
// documents, so it costs in proportion to the lists of the term's
// bigrams; it is meant for the few
// terms a new-terms list ranks, not for every bigram of a report.

// SectionFreq returns the number of sections whose folded heading or text
// contains analysis.Fold(term) (see above for terms longer or shorter than two
// characters), and the number of sections. It waits for the initial load;
// on a closed index or a failed load it returns 0, 0, which callers take
// as "no statistics".
func (ix *Index) SectionFreq(term string) (df, n int) {
	if ix.waitReady() != nil {
		return 0, 0
	}
	fw := []rune(analysis.Fold(term))
	ix.mu.RLock()
	closed, s := ix.closed, ix.snap.Load()
	ix.mu.RUnlock()
	defer runtime.KeepAlive(s) // its mapped segments (segdisk.go)
	if closed {
		return 0, 0
	}
	n = int(s.n)
	switch len(fw) {
	case 0:
		return 0, n
	case 1:
		sum := make(map[uint64]int)
		for _, sv := range s.segs {
			lo, hi := sv.seg.keysFrom(fw[0])
			for i := lo; i < hi; i++ {
				sum[sv.seg.keys[i]] += int(sv.seg.postLen[i])
			}
		}
		for _, c := range sum {
			df = max(df, c)
		}
		return df, n
	}
	df = n
	for i := 1; i < len(fw); i++ {
		k, c := bigram(fw[i-1], fw[i]), 0
		for _, sv := range s.segs {
			c += sv.seg.listLen(k)
		}
		df = min(df, c)
	}
	return df, n
}

// DocFreq returns the number of documents with a section whose folded
// heading or text contains analysis.Fold(term), and the number of documents. Like
// SectionFreq it waits for the initial load and returns 0, 0 when the
// index cannot answer.
func (ix *Index) DocFreq(term string) (df, n int) {
	if ix.waitReady() != nil {
		return 0, 0
	}
	fw := analysis.Fold(term)
	ix.mu.RLock()
	closed, s, n := ix.closed, ix.snap.Load(), len(ix.docs)
	ix.mu.RUnlock()
	defer runtime.KeepAlive(s) // its mapped segments (segdisk.go)
	if closed {
		return 0, 0
	}
	if fw == "" {
		return 0, n
	}
	// A document is in one segment, its sections in consecutive slots.
	for i := range s.segs {
		sv := &s.segs[i]
		slots, _ := sv.seg.lookup(fw, sv.del)
		last := uint32(1<<32 - 1)
		for _, l := range slots {
			if d := sv.seg.slotDoc[l]; d != last {
				last = d
				df++
			}
		}
	}
	return df, n
}
