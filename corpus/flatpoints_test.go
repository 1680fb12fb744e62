package corpus

import (
	"strings"
	"testing"
)

// TestFlatTextKeepsBracketedNumbersWithHeadings: a collector that lost
// every line break of a page writes the report as one line, each
// （一） heading right after the full stop before it. Parted into its
// sentences, the line gives each such heading a line that opens with its
// number: the number is the heading's, not a note of the page's to be set
// apart (as （责任编辑：某某） is), and the sections are （一） and （二）
// with their words.
func TestFlatTextKeepsBracketedNumbersWithHeadings(t *testing.T) {
	text := "标题：白塔县2031年政府工作报告发布时间：2031-01-12来源：白塔县人民政府网正文：" +
		"各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。" +
		"一、2030年工作回顾过去一年，面对复杂多变的外部环境，我们坚持稳中求进工作总基调，较好完成了县十八届人大二次会议确定的目标任务。" +
		"（一）经济运行稳中有进，综合实力持续增强。全县地区生产总值增长百分之五点八，一般公共预算收入增长百分之六。" +
		"新引进亿元以上项目十二个，茶叶、竹木两大产业链产值突破六十亿元。规模以上工业增加值增长百分之七。" +
		"（二）城乡面貌持续改善，发展基础更加坚实。完成老旧小区改造二十三个，新建改建农村公路一百二十公里。" +
		"白塔河综合治理一期工程竣工，县城污水处理率达到百分之九十六。城乡供水一体化工程覆盖全县十四个乡镇。" +
		"二、2031年工作安排今年是实施“十六五”规划的关键一年，全县经济社会发展的主要预期目标是地区生产总值增长百分之六左右。" +
		"（一）着力扩大有效投资。全年安排重点项目一百个，完成投资一百五十亿元。加快白塔工业园扩区和县城东部新区建设。" +
		"（二）着力培育特色产业。推动茶叶、竹木产业向精深加工延伸，新增规模以上企业十五家。"
	d := mustRead(t, "page.txt", []byte(text))
	var got []string
	for _, h := range headings(d) {
		if strings.Contains(h, "（") {
			got = append(got, h)
		}
	}
	want := []string{
		"2 （一）经济运行稳中有进，综合实力持续增强。",
		"2 （二）城乡面貌持续改善，发展基础更加坚实。",
		"2 （一）着力扩大有效投资。",
		"2 （二）着力培育特色产业。",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("bracketed headings of the flat page:\n got %q\nwant %q\n(all: %q)", got, want, headings(d))
	}
}
