// Package analysis is govreport's text analysis: the fold that exact
// wording is matched on, the gse segmenter with the policy terms, and the
// ranking terms a section is indexed and a query word looked up as.
//
//	Fold        width folded, lower-cased, whitespace dropped    fold.go
//	Tokens      gse words with their byte offsets                segment.go
//	RankTerms   gse words cut without HMM, folded, for BM25       terms.go
//
// It links gse but not bleve, so that comparison (package compare) and query
// parsing (package search) do not carry a search engine with them. The
// segmenter is loaded once per process, on first use (LoadSegmenter).
package analysis
