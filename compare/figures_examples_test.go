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
		{"新培育等级民宿", "家", ""},
		{"引进培养教育、卫生、农技等领域硕士", "名", "引进培养领域硕士"}, // 教育 is the first example             // 等级 is a word, no list's end
	} {
		if got := exampleName(c.in, 0, len(c.in), c.unit); got != c.want {
			t.Errorf("exampleName(%q, %q) = %q, want %q", c.in, c.unit, got, c.want)
		}
	}
}

// TestExamplesOfAKind: a count that names its thing after it keeps the
// words before it; the words after 等 there say the examples' kind (领域),
// not what is counted (隐患).
func TestExamplesOfAKind(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"招商提速，新引进星河光伏组件、远帆精密轴承等产业项目88个。", "新引进产业项目"},
		{"安全生产，持续整治燃气管网、电动车充电等领域37个突出隐患。", "持续整治燃气管网、电动车充电等领域"},
	} {
		fs := sideFigures(c.in, 0)
		if len(fs) != 1 || fs[0].indicator != c.want {
			t.Errorf("%q: %d figures, want one named %q", c.in, len(fs), c.want)
			for _, f := range fs {
				t.Logf("named %q", f.indicator)
			}
		}
	}
}
