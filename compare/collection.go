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
//
// The new-terms list counts the documents of years before the newer
// report's (DocFreq's before): new wording spreads across a year's reports
// at once (新质生产力, 高效办成一件事 in the reports of 2024 and after), and
// counting the newer report's year and the years after it weighed exactly
// that wording down as what every report says. The dropped terms count the
// same years: weighed against the years before the older report's
// instead, they ranked alike (89 against 90 and 37 against 37 in the
// first 30 below). On dev's consecutive-year pairs with dev as the
// collection, hand-judged phrases in the first 30 went from 73 to 90 of
// 277 (the set the rule was chosen on) and from 22 to 37 of 108 (held
// out), in the first 10 from 34 to 49 and from 7 to 16, against all
// years; without a collection 93 and 35, 53 and 14.

// A Collection gives document frequencies over an indexed collection of
// reports. Implementations must be safe for concurrent use.
type Collection interface {
	// SectionFreq returns the number of sections of the collection whose
	// text contains term, and the number of sections in all.
	SectionFreq(term string) (df, n int)
	// DocFreq returns the number of documents of the collection that
	// contain term, and the number of documents in all. With before > 0
	// both count only the documents of years before it: a document without
	// a year (0) is in neither count. before 0 counts every document.
	DocFreq(term string, before int) (df, n int)
}
