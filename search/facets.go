package search

import (
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/govreport/govreport/corpus"
)

// facetPart is the fewest reports Facets counts on a core of its own.
var facetPart = 4096

// Facets counts the matching reports of a result set by year, region,
// province (the province-level unit a report belongs to), kind and issuer:
// their sections, or the reports themselves if perDoc. A report no kind
// fits is counted under 其他 (corpus.KindOther), the value kind:其他
// finds, so that the kinds add up to the total. Values are ordered
// by count, then years newest first and other values by name. Every engine
// counts its facets here.
func Facets(matched []DocMatch, perDoc bool) map[string][]FacetValue {
	var years map[int]int
	var counts [4]map[string]int
	if parts := min(runtime.GOMAXPROCS(0), len(matched)/facetPart); parts <= 1 {
		years, counts = countFacets(matched, perDoc)
	} else {
		// A broad set's reports counted on all cores, a part each, and
		// the parts' counts added: the counts are the same, and at a
		// million sections (tens of thousands of reports) counting was
		// a search's longest stretch on one core.
		type tally struct {
			years  map[int]int
			counts [4]map[string]int
		}
		tallies := make([]tally, parts)
		var wg sync.WaitGroup
		for k := range parts {
			wg.Go(func() {
				lo, hi := len(matched)*k/parts, len(matched)*(k+1)/parts
				tallies[k].years, tallies[k].counts = countFacets(matched[lo:hi], perDoc)
			})
		}
		wg.Wait()
		years, counts = tallies[0].years, tallies[0].counts
		for _, t := range tallies[1:] {
			for y, c := range t.years {
				years[y] += c
			}
			for i := range counts {
				for v, c := range t.counts[i] {
					counts[i][v] += c
				}
			}
		}
	}
	return facetValues(years, counts)
}

// FacetsOf returns the facets of counts made elsewhere, by year and by
// region, province, kind and issuer, in that order (index.FacetCounts):
// as Facets orders them, year 0 and "" left out but for kind, where ""
// is counted under 其他 (corpus.KindOther) as Facets counts it. Counts
// are changed.
func FacetsOf(years map[int]int, counts [4]map[string]int) map[string][]FacetValue {
	delete(years, 0)
	if c := counts[2][""]; c > 0 {
		counts[2][corpus.KindOther] += c
	}
	for i := range counts {
		delete(counts[i], "")
	}
	return facetValues(years, counts)
}

// facetValues orders the counts of Facets and FacetsOf.
func facetValues(years map[int]int, counts [4]map[string]int) map[string][]FacetValue {
	fields := [...]string{"region", "province", "kind", "issuer"}
	out := map[string][]FacetValue{"year": make([]FacetValue, 0, len(years))}
	for y, c := range years {
		out["year"] = append(out["year"], FacetValue{Value: strconv.Itoa(y), Count: c})
	}
	for i, f := range fields {
		vals := make([]FacetValue, 0, len(counts[i]))
		for v, c := range counts[i] {
			vals = append(vals, FacetValue{Value: v, Count: c})
		}
		out[f] = vals
	}
	for f, vals := range out {
		sort.Slice(vals, func(i, j int) bool {
			if vals[i].Count != vals[j].Count {
				return vals[i].Count > vals[j].Count
			}
			if f == "year" {
				return vals[i].Value > vals[j].Value
			}
			return vals[i].Value < vals[j].Value
		})
	}
	return out
}

// countFacets counts matched by year and by the fields region, province,
// kind and issuer, in that order: their sections, or the reports
// themselves if perDoc. One map per field, years by number: a broad set
// has tens of thousands of reports, and a key of two strings or a
// formatted year for each was most of the cost.
func countFacets(matched []DocMatch, perDoc bool) (map[int]int, [4]map[string]int) {
	years := map[int]int{}
	var counts [4]map[string]int
	for i := range counts {
		counts[i] = map[string]int{}
	}
	for _, m := range matched {
		d, n := m.Doc, m.Sections
		if n == 0 {
			continue
		}
		if perDoc {
			n = 1
		}
		if d.Year != 0 {
			years[d.Year] += n
		}
		kind := d.Kind
		if kind == "" {
			// counted where kind:其他 finds it, so that the kinds add
			// up to the total
			kind = corpus.KindOther
		}
		for i, v := range [...]string{d.Region, d.Province, kind, d.Issuer} {
			if v != "" {
				counts[i][v] += n
			}
		}
	}
	return years, counts
}
