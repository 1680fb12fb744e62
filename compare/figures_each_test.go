package compare

import (
	"slices"
	"testing"
)

// TestEachSaid checks which clauses say one figure of several things at
// once, and which things (fictional wording).
func TestEachSaid(t *testing.T) {
	for _, c := range []struct {
		clause string
		items  []string
	}{
		{"全年接待游客、旅游综合收入均增长", []string{"全年接待游客", "旅游综合收入"}},
		{"城镇和农村居民人均可支配收入均增长", []string{"城镇居民人均可支配收入", "农村居民人均可支配收入"}},
		{"问题解决率、群众满意率和回访率都达到", []string{"问题解决率", "群众满意率", "回访率"}},
		{"规上工业亩均税收、亩均增加值均比上年增长", []string{"规上工业亩均税收", "亩均增加值"}},
		{"城镇居民人均可支配收入", nil},      // an average of each, not each
		{"地区生产总值年均增长", nil},       // a yearly average
		{"义务教育均衡发展率", nil},        // 均衡 is a word
		{"文旅、物流等项目投资都超过", nil},    // a list left open names no things one by one
		{"两项指标均达到", nil},          // the things are named elsewhere
		{"全市各类学校均已完成改造，共投入", nil}, // 均 far from the figure
	} {
		items, _, ok := eachSaid(c.clause)
		if ok != (c.items != nil) || !slices.Equal(items, c.items) {
			t.Errorf("eachSaid(%q) = %q, %v; want %q", c.clause, items, ok, c.items)
		}
	}
}
