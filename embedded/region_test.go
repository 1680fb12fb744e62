package embedded

import (
	"context"
	"sort"
	"testing"

	"github.com/govreport/govreport/search"
)

// TestSearchRegionChain checks that the region filter works at every level
// of the administrative chain: region:<province> finds the reports of the
// province and of every place under it, region:<prefecture> the city and
// its counties; and that the province facet counts them. The reports are
// invented; the places are real so that the gazetteer gives their chain.
func TestSearchRegionChain(t *testing.T) {
	s := readFiles(t, map[string]string{
		"province.txt": "政府工作报告\n——2024年1月20日在浙江省第十四届人民代表大会第二次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2023年工作回顾\n全省新增数字工厂一批。\n",
		"city.txt":     "政府工作报告\n——2024年1月10日在金华市第九届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2023年工作回顾\n全市新增数字工厂一批。\n",
		"county.txt":   "政府工作报告\n——2024年1月8日在义乌市第十七届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2023年工作回顾\n全市新增数字工厂一批。\n",
		"other.txt":    "政府工作报告\n——2024年1月12日在延边州第十六届人民代表大会第三次会议上\n各位代表：\n现在，我代表州人民政府，向大会报告工作。\n一、2023年工作回顾\n全州新增数字工厂一批。\n",
	})
	regions := func(filter string) []string {
		t.Helper()
		res, err := s.Search(context.Background(), search.Request{Query: "数字工厂", Filters: search.Filters{Regions: []string{filter}}, Size: search.MaxSize})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.Region)
		}
		sort.Strings(out)
		return out
	}
	for _, tc := range []struct {
		filter string
		want   []string
	}{
		{"浙江", []string{"义乌市", "浙江省", "金华市"}},
		{"金华", []string{"义乌市", "金华市"}},
		{"义乌", []string{"义乌市"}},
		{"吉林", []string{"延边朝鲜族自治州"}},
	} {
		if got := regions(tc.filter); !equalStrings(got, tc.want) {
			t.Errorf("region:%s finds %q, want %q", tc.filter, got, tc.want)
		}
	}
	res, err := s.Search(context.Background(), search.Request{Query: "数字工厂", Size: search.MaxSize})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, f := range res.Facets["province"] {
		counts[f.Value] = f.Count
	}
	if counts["浙江省"] != 3 || counts["吉林省"] != 1 || len(counts) != 2 {
		t.Errorf("province facet = %v, want 浙江省 3, 吉林省 1", res.Facets["province"])
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
