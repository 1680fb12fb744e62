package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestPieceStarts checks which lines open a piece of a page: a report's
// title over its colon greeting opens one only when another such title
// follows it or a greeting came before it, and a part's bare heading over
// the deputies addressed with a comma opens none, nor does a year's part
// hailing its hearers (2032年工作总结 / 同志们：).
func TestPieceStarts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []int
	}{
		{"one report", "云岭县政府工作报告\n各位代表：\n一、过去一年工作回顾\n全县经济稳中有进。", nil},
		{"two reports, subtitle over two lines",
			"云岭县2032年政府工作报告\n——在云岭县第九届人民代表大会\n第三次会议上\n各位代表：\n一、2031年工作回顾\n全县经济稳中有进。\n" +
				"云岭县2031年政府工作报告\n（2031年1月9日）\n县长　苏青禾\n各位代表、同志们：\n一、2030年工作回顾\n全县经济持续向好。",
			[]int{1, 7}},
		{"second report after a greeting, no title on the first",
			"各位代表：\n一、2031年工作回顾\n全县经济稳中有进。\n望川县2031年政府工作报告（全文）\n各位代表：\n一、2030年工作回顾\n全县经济持续向好。",
			[]int{4}},
		{"a bare part over a comma address",
			"政府工作报告\n各位代表：\n过去一年工作回顾\n全县经济稳中有进。\n2032年工作安排\n各位代表，今年是关键之年。\n办好十件民生实事。",
			nil},
		{"a speech hailing its hearers inside one report",
			"青禾县教育局2032年工作报告\n同志们：\n一、2031年工作回顾\n全县教育稳中有进。\n2032年工作总结\n同志们：\n今年要办好课后服务。",
			nil},
		{"a second report hailing its leaders",
			"青禾县教育局2032年工作报告\n同志们：\n一、工作回顾\n全县教育稳中有进。\n青禾县教育局2031年工作报告\n尊敬的各位领导、同志们：\n一、工作回顾",
			[]int{1, 5}},
		{"a second report whose greeting is lost",
			"望川县2032年政府工作报告\n各位代表：\n一、工作回顾\n望川县2031年政府工作报告\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、工作回顾",
			[]int{1, 4}},
		{"bare numbers over the pieces' titles",
			"云岭镇小学工作总结2篇\n1\n云岭镇小学2031年工作总结\n一、教学\n2\n云岭镇小学2030年工作总结\n一、教学",
			[]int{2, 5}},
		{"bare numbers over a report's part headings",
			"望川县政府工作报告\n1\n过去一年工作回顾\n全县经济稳中有进。\n2\n今年工作安排\n办好民生实事。",
			nil},
		{"labels: the first opens a piece when a later one is there",
			"镇长工作报告\n篇1\n各位代表：\n一、工作回顾\n篇2\n一、五年回顾", []int{2, 5}},
	} {
		var lines []outlineLine
		for i, l := range strings.Split(tc.in, "\n") {
			lines = append(lines, outlineLine{i + 1, l})
		}
		var got []int
		for no := range pieceStarts(lines) {
			got = append(got, no)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: pieceStarts = %v, want %v", tc.name, got, tc.want)
		}
	}
}
