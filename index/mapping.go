package index

// Document layout
//
// One bleve document per section, keyed by the section ID, with a single
// field:
//
//	w   heading and text, analyzed by gse (analyzer.go); indexed for
//	    bleve's BM25 (View.Rank, which no search calls: search ranks with
//	    bm25.go) only: no stored value, no term vectors, no doc values.
//
// Everything else a search needs is kept elsewhere, because bleve would
// store it at a high price and answer slower than a slice lookup:
//
//	exact wording   the positional bigram lists (grams.go)
//	metadata        title, year, kind, issuer, region, source: DocInfo in
//	                memory, for filters, facets and sorting by year
//	texts           the document store (store.go), for snippets and passages
//
// The schema version changes whenever anything derived from the stored
// documents changes meaning: this mapping, the analyzer, the fold. An index
// written under another version is refused with ErrSchemaVersion, and
// Rebuild (govreport reindex) makes it again from the stored documents.

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
)

// SchemaVersion is the version of the index layout this package writes.
// 3: the fold and the ranking terms read a traditional character as its
// simplified form (雙減 as 双减).
// 4: the fold reads every quotation mark as one, 〇 (and ○ beside a Chinese
// numeral) as 零, and drops footnote references ([1]).
// 5: the fold reads every dash as -, every middle dot as ·, and a 0 or O
// standing for 〇 in a typed year (二00九年) as 零.
const SchemaVersion = "5"

// rankField is the name of the gse field.
const rankField = "w"

var internalSchema = []byte("govreport_schema")
var internalGen = []byte("govreport_gen")

func newMapping() mapping.IndexMapping {
	fm := bleve.NewTextFieldMapping()
	fm.Analyzer = AnalyzerName
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false

	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(rankField, fm)

	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = AnalyzerName
	im.ScoringModel = bindex.BM25Scoring
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}

// rankDoc is what bleve indexes for a section.
func rankDoc(heading, text string) map[string]interface{} {
	return map[string]interface{}{rankField: heading + "\n" + text}
}
