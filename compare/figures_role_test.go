package compare

import (
	"strings"
	"testing"
)

// TestFigureRole checks the role of the figure marked 【】 in each text
// (fictional sentences), in a review part, a plan part or neither.
func TestFigureRole(t *testing.T) {
	const review, plan, none = 1, 2, 0
	cases := []struct {
		text string
		part int
		want string
	}{
		{"全县生产总值增长【5.3%】，一般公共预算收入完成8.6亿元。", review, RoleResult},
		{"全县生产总值增长【5.5%】，一般公共预算收入增长4.5%。", plan, RoleTarget},
		{"主要预期目标是：全县生产总值增长5.5%左右；城镇新增就业【4800人】以上。", none, RoleTarget},
		{"全县经济运行好于预期，生产总值增长【5.3%】。", none, RoleResult},
		{"农村居民收入增长6.8%，高于年初确定的【6.5%】的预期目标。", review, RoleTarget},
		{"力争实现新建改建农村公路【120公里】。", none, RoleTarget},
		{"圆满完成年度目标任务，生产总值增长【5.3%】。", none, RoleResult},
		{"居民消费价格涨幅控制在【2.1%】。", review, RoleResult},
		{"居民消费价格涨幅控制在【3%】以内。", plan, RoleTarget},
		{"争取上级专项债券【12亿元】。", review, RoleResult},
		{"过去一年，全县上下攻坚克难。新建高标准农田【3.4万亩】。", plan, RoleResult},
		{"今年，我们要聚焦主业。新建高标准农田【3万亩】。", review, RoleTarget},
		{"新建高标准农田【3万亩】，比上年增加5000亩。", none, ""},
		{"预计全年生产总值增长【5.6%】。", plan, RoleResult},
		{"生产总值增长【6%】左右。", none, RoleTarget},
		{"全县户籍人口近【52万】。", none, ""},
		{"全县主要预期目标是：\n地区生产总值增长7%；\n一般公共预算收入增长【6%】；", none, RoleTarget},
		{"全县主要预期目标是：\n地区生产总值增长7%。\n一般公共预算收入增长【6%】；", none, ""},
	}
	for _, c := range cases {
		i := strings.Index(c.text, "【")
		j := strings.Index(c.text, "】")
		s := c.text[:i] + c.text[i+len("【"):j] + c.text[j+len("】"):]
		start, end := i, j-len("【")
		if q := quantities(s, 0); len(q) > 0 {
			for _, f := range q {
				if f.start <= start && start < f.end {
					end = f.end
				}
			}
		}
		if got := figureRole(s, start, end, c.part == review, c.part == plan); got != c.want {
			t.Errorf("%s: role %q, want %q", c.text, got, c.want)
		}
	}
}
