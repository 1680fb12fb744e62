package compare

import "testing"

func TestCountedThing(t *testing.T) {
	cases := []struct{ unit, before, after, want string }{
		{"个", "加快建设", "高端装备产业园", "高端装备产业园"},
		{"个", "高端装备产业园新开工亿元以上项目超", "", "项目"},
		{"个", "建成", "5G基站", "5G基站"},
		{"家", "入园企业达到", "", ""}, // 家 says 企业
		{"家", "累计引进全球头部服务商", "", "全球头部服务商"},
		{"条", "其中", "实现通车", ""},
		{"%", "地区生产总值增长", "", ""}, // no count
		{"万元", "投资", "", ""},
	}
	for _, c := range cases {
		if got, _ := countedThing(c.unit, c.before, c.after); got != c.want {
			t.Errorf("countedThing(%q, %q, %q) = %q, want %q", c.unit, c.before, c.after, got, c.want)
		}
	}
}

func TestFirmUnit(t *testing.T) {
	cases := []struct{ unit, words, want string }{
		{"户", "新设外资企业", "家"},
		{"户", "市场主体总量达到", "家"},
		{"户", "帮扶脱贫户", "户"}, // households
		{"家", "规模以上工业企业", "家"},
		{"个", "企业技术中心", "个"},
	}
	for _, c := range cases {
		if got := firmUnit(c.unit, c.words); got != c.want {
			t.Errorf("firmUnit(%q, %q) = %q, want %q", c.unit, c.words, got, c.want)
		}
	}
}
