package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
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
		{"今年拟安排专项债券9亿元，债务率从去年的【41%】提高到43%。", plan, RoleResult},
		{"今年拟安排专项债券9亿元，债务率从去年的41%提高到【43%】。", plan, RoleTarget},
		{"今年拟安排专项债券9亿元，债务率从去年的41%提高到【43%】。", none, RoleTarget},
		{"村级集体经济收入超过10万元的村占比由上年的31%提高到【36%】。", review, RoleResult},
		{"预计全年生产总值增长【5.6%】。", plan, RoleResult},
		{"预计今年全县高校毕业生超过【2300人】。", none, RoleTarget},
		{"预计今年全县高校毕业生超过【2300人】。", review, RoleTarget},
		{"生产总值增长【6%】左右。", none, RoleTarget},
		{"全县户籍人口近【52万】。", none, ""},
		{"全县主要预期目标是：\n地区生产总值增长7%；\n一般公共预算收入增长【6%】；", none, RoleTarget},
		{"全县主要预期目标是：\n地区生产总值增长7%。\n一般公共预算收入增长【6%】；", none, ""},
		{"全县主要预期目标是：地区生产总值增长6.6%，实际利用外资增长5.8%，农民人均纯收入增长【7.2%】。", none, RoleTarget},
		{"全县主要预期目标是：地区生产总值增长6.6%，实际利用外资增长【5.8%】。", none, RoleTarget},
		{"全县实际利用外资【1.2亿美元】。", none, ""},
		{"生产总值实际增长【5.3%】。", none, RoleResult},
		{"全县主要预期目标是：地区生产总值增长6.6%，实际完成投资【90亿元】。", none, RoleResult},
		{"生产总值实际增长5.3%，一般公共预算收入增长【4%】。", none, ""},
		{"三年里实际产量合计，稻谷为【3200万斤】。", none, RoleResult},
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

// rolesOf compares a and b and lists the changed figures with the role of
// each side: from -> to | old role -> new role.
func rolesOf(a, b *corpus.Document) string {
	var sb strings.Builder
	role := func(s string) string {
		if s == "" {
			return "?"
		}
		return s
	}
	for _, n := range Compare(a, b, Options{}).Summary.ChangedNumbers {
		fmt.Fprintf(&sb, "%s -> %s | %s -> %s\n", n.From, n.To, role(n.OldRole), role(n.Role))
	}
	return sb.String()
}

// A bureau's plans (要点) name no year in their thematic parts: all of a
// plan is the year's targets, 达到 included, which in a part of no kind
// would read as a result. A summary (总结) reviews its own year, under a
// part that names that year (一、2031年主要工作成效) or none, and looks
// ahead only in a part that says so (三、下一步工作打算): its figures
// are results, the ahead part's targets.
func TestFigureRoleWholeDocumentKind(t *testing.T) {
	plan := func(id string, year int, lines ...string) *corpus.Document {
		d := build(id, lines...)
		d.Year, d.Kind = year, "要点"
		return d
	}
	a := plan("a", 2031,
		"1|一、办好学前教育|",
		"2|1.扩充公办园学位。|新建公办幼儿园5所，公办园在园幼儿占比达到55%。",
		"1|二、建强教师队伍|",
		"2|2.培养骨干教师。|新认定市级骨干教师80名，教师培训学时达标率达到95%。",
	)
	b := plan("b", 2032,
		"1|一、办好学前教育|",
		"2|1.扩充公办园学位。|新建公办幼儿园4所，公办园在园幼儿占比达到58%。",
		"1|二、建强教师队伍|",
		"2|2.培养骨干教师。|新认定市级骨干教师90名，教师培训学时达标率达到97%。",
	)
	want := "5所 -> 4所 | target -> target\n55% -> 58% | target -> target\n" +
		"80名 -> 90名 | target -> target\n95% -> 97% | target -> target\n"
	if got := rolesOf(a, b); got != want {
		t.Errorf("plan against plan:\n got %s\nwant %s", got, want)
	}

	s := build("s",
		"1|一、2031年主要工作成效|",
		"2|（一）学前教育扩容提质。|建成公办幼儿园5所，公办园在园幼儿占比达到56%。",
		"2|（二）教师队伍持续壮大。|新认定市级骨干教师83名，教师培训学时达标率达到96%。",
		"1|二、存在的问题|乡村学校专任教师缺口仍有120名左右。",
		"1|三、下一步工作打算|",
		"2|（一）继续扩充学位。|新增公办学位1800个。",
	)
	s.Year, s.Kind = 2031, "总结"
	want = "55% -> 56% | target -> result\n80名 -> 83名 | target -> result\n95% -> 96% | target -> result\n"
	if got := rolesOf(a, s); got != want {
		t.Errorf("plan against its summary:\n got %s\nwant %s", got, want)
	}

	s2 := build("s2",
		"1|一、主要工作成效|",
		"2|（一）学前教育扩容提质。|建成公办幼儿园4所，公办园在园幼儿占比达到59%。",
		"2|（二）教师队伍持续壮大。|新认定市级骨干教师91名，教师培训学时达标率达到96%。",
		"1|二、存在的问题|乡村学校专任教师缺口仍有90名左右。",
		"1|三、下一步工作打算|",
		"2|（一）继续扩充学位。|新增公办学位2400个。",
	)
	s2.Year, s2.Kind = 2032, "总结"
	want = "5所 -> 4所 | result -> result\n56% -> 59% | result -> result\n83名 -> 91名 | result -> result\n120名左右 -> 90名左右 | result -> result\n1800个 -> 2400个 | target -> target\n"
	if got := rolesOf(s, s2); got != want {
		t.Errorf("summary against summary:\n got %s\nwant %s", got, want)
	}
}
