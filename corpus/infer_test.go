package corpus

import "testing"

func TestIsLeadShape(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"我们聚焦实体经济发展，落实稳增长系列政策，加强经济运行调度，经济发展质量效益持续改善。", true},
		{"立足新起点，奋进新征程。我们必须坚持依法行政，自觉接受人大监督和政协民主监督，全面提升政府治理能力。", true},
		// A fact of one clause, two full sentences, a point, a greeting,
		// a numbered line, a clause that does not end a sentence.
		{"全市规上工业增加值增长8.1%，三大产业产值突破900亿元。", false},
		{"全市规上工业增加值增长8.1%，三大产业产值突破900亿元。新增规上工业企业138家，集聚度达到68%。", false},
		{"一是坚持稳中求进，落实各项政策，加强经济运行调度，推动经济持续回升向好。", false},
		{"各位代表，过去一年取得的成绩来之不易，这是全市人民团结奋斗的结果。", false},
		{"一、聚焦实体经济发展，落实稳增长系列政策，加强经济运行调度，质量效益持续改善。", false},
		{"我们聚焦实体经济发展，落实稳增长系列政策，加强经济运行调度，经济发展质量效益持续改善", false},
	} {
		if got := isLeadShape(tc.in); got != tc.want {
			t.Errorf("isLeadShape(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestPartHeading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2032年是关键一年，做好今年工作至关重要。政府工作的总体要求是：坚持稳中求进。", "2032年是关键一年，做好今年工作至关重要。"},
		{"各位代表！我们的任务是光荣的，也是艰巨的。让我们团结一致。", "各位代表！我们的任务是光荣的，也是艰巨的。"},
		// A sentence end inside quotation marks ends no sentence.
		{"我们必须坚持“要团结，不要分裂；要实干，不要空谈”的原则。其次…", "我们必须坚持“要团结，不要分裂；要实干，不要空谈”的原则。"},
		// A first sentence over 90 characters gives its first clause.
		{"一九七九年全县人民在县委的领导下，认真贯彻调整改革整顿提高的方针，大力发展农业生产，积极发展社队企业和支农工业，努力办好文化教育卫生事业，逐步改善人民生活，加强社会治安，工农业生产和各项事业都取得了较好的成绩。", "一九七九年全县人民在县委的领导下"},
	} {
		if got := partHeading(tc.in); got != tc.want {
			t.Errorf("partHeading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
