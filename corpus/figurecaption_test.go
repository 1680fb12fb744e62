package corpus

import (
	"strings"
	"testing"
)

// A caption numbered 图 N, over the paragraph its photo or chart
// illustrates, is no unnumbered heading: the page keeps one section, and a
// report's own unnumbered parts still head theirs.
func TestFigureCaptionNoHeading(t *testing.T) {
	page := "望川镇第五届人民代表大会第三次会议召开\n" +
		"图 1会场全景\n" +
		"会前，镇人大主席组织代表集中学习了有关文件精神，专题部署了走访选民周活动。\n" +
		"图 2镇人大主席组织会前集中学习\n" +
		"会议听取和审议了镇人民政府工作报告、镇人大主席团工作报告和财政预算报告，表决了民生实事项目。\n" +
		"图 4闭幕式\n" +
		"会后，镇党委书记通报安排了近期重点工作，动员全体代表积极参与支持村（社区）工作。\n"
	bulletin := "明湖市2031年国民经济和社会发展统计公报\n" +
		"全年全市地区生产总值比上年增长百分之六，三次产业结构继续优化，经济运行总体平稳。\n" +
		"图1 “十四五”时期地区生产总值及其增长速度\n" +
		"年末全市常住人口比上年末增加一万二千人，其中城镇常住人口占比继续提高。\n"
	for name, in := range map[string]string{"photos": page, "chart": bulletin} {
		d, err := Read(name+".txt", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Sections {
			if strings.HasPrefix(s.Heading, "图") {
				t.Errorf("%s: caption %q made a heading", name, s.Heading)
			}
		}
	}

	report := "各位代表：\n" +
		"现在，我代表镇人民政府向大会报告工作，请予审议。\n" +
		"过去一年工作回顾\n" +
		"一年来，我们坚持稳中求进，全镇经济社会发展主要目标任务顺利完成，民生福祉持续改善。\n" +
		"今年工作安排\n" +
		"今年是全面完成各项目标任务的关键之年，我们要抓项目、强产业、惠民生，推动高质量发展。\n"
	d, err := Read("report.txt", []byte(report))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			heads = append(heads, s.Heading)
		}
	}
	if strings.Join(heads, "|") != "过去一年工作回顾|今年工作安排" {
		t.Errorf("a report's unnumbered parts: headings %q", heads)
	}
}
