package compare

import "testing"

// TestExampleName: the verb and the thing after 等 name a count whose
// clause lists examples of it first; other shapes name nothing so.
func TestExampleName(t *testing.T) {
	for _, c := range []struct {
		in, unit, want string
	}{
		{"新引进落地星河光伏组件智能制造基地、远帆精密轴承生产线等产业项目", "个", "新引进产业项目"},
		{"推进实施望川大道、滨湖路等道路工程", "项", "推进实施道路工程"},
		{"冰箱、空调、家具等以旧换新带动消费", "个", ""},   // the examples are the subject: no verb opens the clause
		{"抓好明湖医学中心、环湖绿道二期等总投资", "元", ""}, // a sum, no count of the examples
		{"做强光伏组件、精密轴承等", "个", ""},        // the thing is named after the figure
		{"新培育等级民宿", "家", ""},             // 等级 is a word, no list's end
	} {
		if got := exampleName(c.in, 0, len(c.in), c.unit); got != c.want {
			t.Errorf("exampleName(%q, %q) = %q, want %q", c.in, c.unit, got, c.want)
		}
	}
}
