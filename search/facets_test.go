package search

import (
	"fmt"
	"math/rand"
	"reflect"
	"runtime"
	"testing"

	"github.com/govreport/govreport"
)

// TestFacetsInParts: a set's reports counted in parts on several cores
// give the facets counted in one pass, by sections and by reports,
// whatever values repeat across the parts.
func TestFacetsInParts(t *testing.T) {
	defer func(n, p int) { facetPart = n; runtime.GOMAXPROCS(p) }(facetPart, runtime.GOMAXPROCS(4))
	rng := rand.New(rand.NewSource(72))
	regions := []string{"明湖市", "望川县", "青溪区", "白石县", ""}
	var matched []DocMatch
	for i := range 5000 {
		d := &govreport.DocInfo{ID: fmt.Sprint("d", i), Region: regions[rng.Intn(len(regions))],
			Kind: []string{"总结", "计划", ""}[rng.Intn(3)], Issuer: []string{"教育局", "人民政府"}[rng.Intn(2)]}
		if rng.Intn(4) > 0 {
			d.Year = 2015 + rng.Intn(10)
		}
		if d.Region != "" && rng.Intn(2) == 0 {
			d.Province = "江南省"
		}
		matched = append(matched, DocMatch{Doc: d, Sections: rng.Intn(30)})
	}
	for _, perDoc := range []bool{false, true} {
		facetPart = 1 << 30
		want := Facets(matched, perDoc)
		for _, part := range []int{1, 7, 1000, 2499} {
			facetPart = part
			if got := Facets(matched, perDoc); !reflect.DeepEqual(got, want) {
				t.Errorf("perDoc %v, parts of %d or more: %v, want %v", perDoc, part, got, want)
			}
		}
	}
}

// TestFacetsKindsAddUp: the kind facet counts every report, those no kind
// fits under 其他, so that a spreadsheet of the counts adds up to the
// total; the other fields leave an empty value out (no filter finds it).
func TestFacetsKindsAddUp(t *testing.T) {
	matched := []DocMatch{
		{Doc: &govreport.DocInfo{ID: "a", Kind: "总结", Region: "明湖市"}, Sections: 3},
		{Doc: &govreport.DocInfo{ID: "b", Kind: ""}, Sections: 2},
		{Doc: &govreport.DocInfo{ID: "c", Kind: "其他"}, Sections: 1},
	}
	for _, tc := range []struct {
		perDoc bool
		want   []FacetValue
	}{
		{false, []FacetValue{{"其他", 3}, {"总结", 3}}},
		{true, []FacetValue{{"其他", 2}, {"总结", 1}}},
	} {
		f := Facets(matched, tc.perDoc)
		if !reflect.DeepEqual(f["kind"], tc.want) {
			t.Errorf("perDoc %v: kind facet %v, want %v", tc.perDoc, f["kind"], tc.want)
		}
		if want := []FacetValue{{"明湖市", 3}}; !tc.perDoc && !reflect.DeepEqual(f["region"], want) {
			t.Errorf("region facet %v, want %v", f["region"], want)
		}
	}
}
