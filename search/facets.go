package search

import (
	"sort"
	"strconv"
)

// Facets counts the matching reports of a result set by year, region,
// province (the province-level unit a report belongs to), kind and issuer:
// their sections, or the reports themselves if perDoc. Values are ordered
// by count, then years newest first and other values by name. Every engine
// counts its facets here.
func Facets(matched []DocMatch, perDoc bool) map[string][]FacetValue {
	// one map per field, years by number: a broad set has tens of
	// thousands of reports, and a key of two strings or a formatted year
	// for each was most of the cost
	years := map[int]int{}
	fields := [...]string{"region", "province", "kind", "issuer"}
	var counts [len(fields)]map[string]int
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
		for i, v := range [...]string{d.Region, d.Province, d.Kind, d.Issuer} {
			if v != "" {
				counts[i][v] += n
			}
		}
	}
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
