package index

import (
	"reflect"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestFacetCounts counts a set by the numbered values of its segments, in
// sections and in reports, and again after a correction changed a
// report's region and year (its province, which came with the region, goes
// with it): the numbers are made again for the segment,
// not kept from before.
func TestFacetCounts(t *testing.T) {
	ix, _ := openTemp(t)
	a := doc("a", "青川市", 2023, "一、双减", "全面落实双减政策。", "二、课后服务", "课后服务全覆盖。")
	b := doc("b", "白塔县", 2023, "一、双减", "双减工作有序推进。")
	a.Province, b.Province = "江南省", "岭北省"
	if err := ix.Add(a, b); err != nil {
		t.Fatal(err)
	}
	c := doc("c", "青川市", 2022, "一、课后服务", "课后服务全覆盖。")
	c.Kind, c.Issuer = "", ""
	if err := ix.Add(c); err != nil { // a segment of its own
		t.Fatal(err)
	}
	counts := func(perDoc bool) FacetCounts {
		var out FacetCounts
		if err := ix.View(func(v *View) error {
			out = v.FacetCounts(v.Live(), perDoc)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	want := FacetCounts{
		Years: map[int]int{2023: 3, 2022: 1},
		Fields: [4]map[string]int{
			{"青川市": 3, "白塔县": 1},
			{"江南省": 2, "岭北省": 1, "": 1},
			{"总结": 3, "": 1},
			{"教育局": 3, "": 1},
		},
	}
	if got := counts(false); !reflect.DeepEqual(got, want) {
		t.Errorf("sections: %v, want %v", got, want)
	}
	want = FacetCounts{
		Years: map[int]int{2023: 2, 2022: 1},
		Fields: [4]map[string]int{
			{"青川市": 2, "白塔县": 1},
			{"江南省": 1, "岭北省": 1, "": 1},
			{"总结": 2, "": 1},
			{"教育局": 2, "": 1},
		},
	}
	if got := counts(true); !reflect.DeepEqual(got, want) {
		t.Errorf("reports: %v, want %v", got, want)
	}

	if _, err := ix.Correct("b", corpus.Override{Year: 2024, Region: "云岫市"}, nil); err != nil {
		t.Fatal(err)
	}
	want = FacetCounts{
		Years: map[int]int{2023: 1, 2024: 1, 2022: 1},
		Fields: [4]map[string]int{
			{"青川市": 2, "云岫市": 1},
			{"江南省": 1, "": 2},
			{"总结": 2, "": 1},
			{"教育局": 2, "": 1},
		},
	}
	if got := counts(true); !reflect.DeepEqual(got, want) {
		t.Errorf("reports after the correction: %v, want %v", got, want)
	}
}
