package index

import "github.com/govreport/govreport/analysis"

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
// few map lookups. Deleted sections stay in the lists (masked) until the
// index is reopened, so they count, in the term's frequency and in the
// number of sections alike, until then.
//
// DocFreq is exact: it confirms each candidate section against its folded
// text and counts distinct documents, so it costs in proportion to the
// sections that hold the term's rarest bigram; it is meant for the few
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
	defer ix.mu.RUnlock()
	if ix.closed {
		return 0, 0
	}
	n = len(ix.slots)
	switch len(fw) {
	case 0:
		return 0, n
	case 1:
		for _, k := range ix.g.byFirst[fw[0]] {
			df = max(df, len(ix.g.post[k]))
		}
		return df, n
	}
	df = n
	for i := 1; i < len(fw); i++ {
		df = min(df, len(ix.g.post[bigram(fw[i-1], fw[i])]))
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
	defer ix.mu.RUnlock()
	if ix.closed {
		return 0, 0
	}
	n = len(ix.docs)
	if fw == "" {
		return 0, n
	}
	slots, _ := ix.g.lookup(fw, len(ix.slots), func(s uint32) string { return ix.slots[s].folded })
	var last *docEntry
	seen := map[*docEntry]bool{}
	for _, s := range slots {
		d := ix.slots[s].doc
		if d == last || seen[d] {
			continue
		}
		seen[d], last = true, d
		df++
	}
	return df, n
}
