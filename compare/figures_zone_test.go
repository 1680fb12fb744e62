package compare

import (
	"slices"
	"testing"
)

func TestZoneKeys(t *testing.T) {
	cases := []struct {
		para string
		own  []string
		want []string
	}{
		{"加快建设雁汀科技合作区，雁汀实际利用外资180亿元以上。", nil, []string{"雁汀"}},
		{"推动澜汀高新区和雁汀新区协同发展。", nil, []string{"澜汀", "雁汀"}},
		{"新建产业园区3个，物流园区2个。", nil, nil},
		// the report's own place is no zone of itself
		{"澜汀农业科技园区晋升为省级园区，澜汀机场年旅客吞吐量120万人次。", []string{"澜汀区"}, nil},
		// a verb before the zone word leaves no name
		{"支持企业建设境外经贸合作园区。", nil, []string{"境外"}},
		{"新建产业园区3个。", nil, nil},
	}
	for _, c := range cases {
		if got := zoneKeys(c.para, c.own); !slices.Equal(got, c.want) {
			t.Errorf("zoneKeys(%q, %q) = %q, want %q", c.para, c.own, got, c.want)
		}
	}
}

func TestQualifier(t *testing.T) {
	cases := []struct{ a, b, want string }{
		{"雁汀实际利用外资", "实际利用外资", "雁汀"},
		{"实际利用外资", "雁汀实际利用外资", ""},
		{"货物进出口总额", "进出口总额", "货物"},
		{"社会消费品零售总额", "固定资产投资", ""},
	}
	for _, c := range cases {
		if got := string(qualifier([]rune(c.a), []rune(c.b))); got != c.want {
			t.Errorf("qualifier(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}
