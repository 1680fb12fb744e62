package search

import (
	"fmt"
	"sort"
)

// Facets counts the matching reports of a result set by year, region,
// province (the province-level unit a report belongs to), kind and issuer:
// their sections, or the reports themselves if perDoc. Values are ordered
// by count, then years newest first and other values by name. Every engine
// counts its facets here.
func Facets(matched []DocMatch, perDoc bool) map[string][]FacetValue {
	type key struct {
		field string
		value string
	}
	counts := map[key]int{}
	for _, m := range matched {
		d, n := m.Doc, m.Sections
		if n == 0 {
			continue
		}
		if perDoc {
			n = 1
		}
		if d.Year != 0 {
			counts[key{"year", fmt.Sprint(d.Year)}] += n
		}
		for _, kv := range [...][2]string{{"region", d.Region}, {"province", d.Province}, {"kind", d.Kind}, {"issuer", d.Issuer}} {
			if kv[1] != "" {
				counts[key{kv[0], kv[1]}] += n
			}
		}
	}
	out := map[string][]FacetValue{"year": {}, "region": {}, "province": {}, "kind": {}, "issuer": {}}
	for k, c := range counts {
		out[k.field] = append(out[k.field], FacetValue{Value: k.value, Count: c})
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
