package index

import "sync"

// FacetCounts are the counts of a set's documents by each facet field
// (View.FacetCounts): Years by year (0 for none), Fields by region,
// province, kind and issuer, in that order, "" for none.
type FacetCounts struct {
	Years  map[int]int
	Fields [4]map[string]int
}

// facetFields is the number of facet fields of a document: region,
// province, kind, issuer and year, in that order in facetCodes.doc.
const facetFields = 5

// facetCodes numbers the values of the facet fields of a segment's
// documents, so that a search counts its facets in arrays indexed by
// these numbers and turns them into strings only for the values it
// returns, instead of updating five maps keyed by strings per report (a
// sixth of the quoted class's CPU at 200k sections, BENCHMARKS.md, Issue
// 14). Made when a snapshot is published (snapshot.finish) for the
// segments whose metadata changed; 20 bytes a report, the values' strings
// shared with the DocInfos.
type facetCodes struct {
	doc    []uint32    // the codes of document d at d*facetFields
	values [4][]string // by code, per field; code 0 is ""
	years  []int       // by code; code 0 is 0
}

// numberFacets numbers the facet values of infos (a segment's documents;
// nil ones have code 0 everywhere and are never counted).
func numberFacets(infos []*DocInfo) *facetCodes {
	fc := &facetCodes{doc: make([]uint32, len(infos)*facetFields), years: []int{0}}
	var codes [4]map[string]uint32
	for f := range codes {
		codes[f] = map[string]uint32{"": 0}
		fc.values[f] = []string{""}
	}
	years := map[int]uint32{0: 0}
	for d, info := range infos {
		if info == nil {
			continue
		}
		out := fc.doc[d*facetFields : d*facetFields+facetFields]
		for f, v := range [...]string{info.Region, info.Province, info.Kind, info.Issuer} {
			c, ok := codes[f][v]
			if !ok {
				c = uint32(len(fc.values[f]))
				codes[f][v] = c
				fc.values[f] = append(fc.values[f], v)
			}
			out[f] = c
		}
		c, ok := years[info.Year]
		if !ok {
			c = uint32(len(fc.years))
			years[info.Year] = c
			fc.years = append(fc.years, info.Year)
		}
		out[4] = c
	}
	return fc
}

// facetsOf returns the facet codes of sv: made when its snapshot was
// published, or now for a view never published (tests).
func (sv *segView) facetsOf() *facetCodes {
	if sv.facets != nil {
		return sv.facets
	}
	return numberFacets(sv.infos)
}

// facetTally is the arrays a search counts a segment's facets in, by
// code, with the codes counted so far (touched), kept from search to
// search in facetTallies.
type facetTally struct {
	counts  [facetFields][]int
	touched [facetFields][]uint32
}

var facetTallies = sync.Pool{New: func() any { return new(facetTally) }}

// fit makes t's arrays hold every code of fc, all counts 0.
func (t *facetTally) fit(fc *facetCodes) {
	for f := range facetFields {
		n := len(fc.years)
		if f < 4 {
			n = len(fc.values[f])
		}
		if cap(t.counts[f]) < n {
			t.counts[f] = make([]int, n)
		}
		t.counts[f] = t.counts[f][:n]
	}
}

// flush adds t's counts of fc's codes to out by value and sets them to 0.
func (t *facetTally) flush(fc *facetCodes, out *FacetCounts) {
	for f := range facetFields {
		for _, c := range t.touched[f] {
			if f < 4 {
				out.Fields[f][fc.values[f][c]] += t.counts[f][c]
			} else {
				out.Years[fc.years[c]] += t.counts[f][c]
			}
			t.counts[f][c] = 0
		}
		t.touched[f] = t.touched[f][:0]
	}
}

// FacetCounts counts the documents of set (sorted slots) by year, region,
// province, kind and issuer: their sections in set, or the documents
// themselves if perDoc. Values none of set's documents has are left out;
// "" (year 0) counts the documents without one.
func (v *View) FacetCounts(set []uint32, perDoc bool) FacetCounts {
	out := FacetCounts{Years: map[int]int{}}
	for f := range out.Fields {
		out.Fields[f] = map[string]int{}
	}
	t := facetTallies.Get().(*facetTally)
	defer facetTallies.Put(t)
	var sv *segView
	var fc *facetCodes
	seg, doc := 0, int32(0)
	// the walk of View.Runs: a document's members are passed by their
	// slots alone
	for i := 0; i < len(set); {
		s := set[i]
		for seg < len(v.s.segs) && s >= v.s.segs[seg].base+uint32(v.s.segs[seg].seg.numSlots()) {
			seg, doc = seg+1, 0
		}
		if seg == len(v.s.segs) {
			break // past the end: not slots of the view
		}
		if sv != &v.s.segs[seg] {
			if fc != nil {
				t.flush(fc, &out)
			}
			sv = &v.s.segs[seg]
			fc = sv.facetsOf()
			t.fit(fc)
		}
		doc = sv.seg.docFrom(doc, s-sv.base)
		first, n := sv.seg.docRange(doc)
		end, start := sv.base+first+n, i
		for i++; i < len(set) && set[i] < end; i++ {
		}
		if sv.infos[doc] == nil {
			continue
		}
		k := i - start
		if perDoc {
			k = 1
		}
		codes := fc.doc[int(doc)*facetFields : int(doc)*facetFields+facetFields]
		for f, c := range codes {
			if t.counts[f][c] == 0 {
				t.touched[f] = append(t.touched[f], c)
			}
			t.counts[f][c] += k
		}
	}
	if fc != nil {
		t.flush(fc, &out)
	}
	return out
}
