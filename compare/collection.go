package compare

// Collection statistics
//
// Words that occur in most reports of a collection (坚持, 推进, 加快, 工作)
// say little about which sections belong together and nothing about what is
// new; words that few reports use (专项债券, 低空经济) say much. A Collection
// tells how common a term is across everything indexed, so that alignment
// and the new-terms list can weigh words by what distinguishes them.
// Options.Collection nil means that only the two documents being compared
// are counted.

// A Collection gives document frequencies over an indexed collection of
// reports. Implementations must be safe for concurrent use.
type Collection interface {
	// SectionFreq returns the number of sections of the collection whose
	// text contains term, and the number of sections in all.
	SectionFreq(term string) (df, n int)
	// DocFreq returns the number of documents of the collection that
	// contain term, and the number of documents in all.
	DocFreq(term string) (df, n int)
}
