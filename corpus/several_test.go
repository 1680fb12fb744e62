package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// qingchuanReport returns a fictional year's work report of 青川市. Its
// title block, greeting, opening sentence and closing are the same every
// year, as real reports' are; its review and tasks are the year's own.
func qingchuanReport(year int, session string) string {
	done := map[int]string{
		2031: "青川港二期码头建成投用，沿江十二个村的渡口改成了桥。\n老城区二十六个小区完成管网改造，雨季不再积水。",
		2032: "白鹭湖湿地公园开园，城区新增绿地四十公顷。\n市第一人民医院新院区启用，群众看病不再排长队。",
		2033: "青川至云岭的城际铁路通车，两地往来只要半小时。\n职业技术学院新校区招生，新增学位三千个。",
	}
	plan := map[int]string{
		2031: "（一）扩大有效投资。全年安排市级重点项目一百个，完成投资两百亿元以上。\n（二）办好民生实事。新建公办幼儿园九所，新增托位八百个。",
		2032: "（一）壮大实体经济。新培育规模以上工业企业六十家，技改投资增长一成。\n（二）改善城乡环境。完成农村改厕一万户，治理黑臭水体五处。",
		2033: "（一）深化改革开放。推进开发区整合，外贸进出口增长百分之八。\n（二）兜牢民生底线。提高城乡低保标准，新建养老服务中心十个。",
	}
	return fmt.Sprintf(`青川市政府工作报告
——%d年1月15日在青川市第八届人民代表大会第%s次会议上
市长　白远舟
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、%d年工作回顾
%s
二、%d年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%%左右，城镇新增就业两万人。
%s
各位代表，新的一年，我们将在市委的坚强领导下，凝心聚力，埋头苦干，为建设更加美好的青川而努力奋斗！
`, year, session, year-1, done[year], year, plan[year])
}

// TestSeveralPapers checks what a file of several papers reads as: its
// first paper alone, the same document as that paper's own file, with a
// warning naming the next paper and its line; a copy site's labelled
// pieces, copies of one report and a report's own greetings are not cut.
func TestSeveralPapers(t *testing.T) {
	first := qingchuanReport(2031, "三")
	explanation := `关于《政府工作报告》的说明
主席、副主席、各位委员：
下面，我就提请本次会议协商的《政府工作报告》起草情况作简要说明。
一、起草过程
去年十月，市政府成立起草组，先后到各县区和市直部门调研，收集意见建议一百四十条。
二、主要考虑
报告对今年目标的设定，既考虑了需要，也考虑了可能，留有余地。
`
	alone, err := Read("report.txt", []byte(first))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, next string
		papers           int
	}{
		{"two years' reports", first + "\n" + qingchuanReport(2032, "四"), "青川市政府工作报告", 2},
		{"three years' reports", first + qingchuanReport(2032, "四") + qingchuanReport(2033, "五"), "青川市政府工作报告", 3},
		{"a report and its explanation", first + "\n" + explanation, "关于《政府工作报告》的说明", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("collection.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if d.ID != alone.ID || d.Body != alone.Body || d.Title != alone.Title || d.Year != alone.Year || len(d.Sections) != len(alone.Sections) {
				t.Errorf("read as %s %q %d (%d sections), want the first report alone: %s %q %d (%d sections)\n%s",
					d.ID, d.Title, d.Year, len(d.Sections), alone.ID, alone.Title, alone.Year, len(alone.Sections), d.Body)
			}
			for _, later := range []string{"2032年工作安排", "起草过程"} {
				if strings.Contains(d.Body, later) {
					t.Errorf("the body holds %q of a later paper", later)
				}
			}
			w := severalWarning(d)
			if w == nil {
				t.Fatalf("no warning of several papers: %v", d.Warnings)
			}
			if !strings.Contains(w.Message, fmt.Sprintf("holds %d papers", tc.papers)) || !strings.Contains(w.Message, tc.next) {
				t.Errorf("warning %q: want %d papers and the next one's title %s", w.Message, tc.papers, tc.next)
			}
			if lines := strings.Split(tc.text, "\n"); w.Line < 1 || w.Line > len(lines) || strings.TrimSpace(lines[w.Line-1]) != tc.next {
				t.Errorf("warning on line %d, want the line of %s", w.Line, tc.next)
			}
		})
	}

	for _, tc := range []struct {
		name, text string
		keep       []string
	}{
		{"one report", first, []string{"2031年工作安排"}},
		{"a report twice", first + "\n" + first, []string{"2031年工作安排"}},
		{"a copy site's labelled pieces",
			"青川市政府工作报告范文（2篇）\n【篇一】\n" + first + "【篇二】\n" + qingchuanReport(2032, "四"),
			[]string{"2031年工作安排", "2032年工作安排"}},
		{"a report addressing the deputies again",
			strings.Replace(first, "二、2031年工作安排\n", "二、2031年工作安排\n各位代表：\n今年是“十六五”规划的开局之年，做好今年工作意义重大。\n", 1),
			[]string{"开局之年", "办好民生实事"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("one.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if w := severalWarning(d); w != nil {
				t.Errorf("warning %q on a file of one paper", w.Message)
			}
			for _, s := range tc.keep {
				if !strings.Contains(d.Body, s) {
					t.Errorf("the body lost %q", s)
				}
			}
		})
	}
}

// severalWarning returns d's warning that its file holds several papers,
// or nil.
func severalWarning(d *Document) *Warning {
	for i, w := range d.Warnings {
		if strings.Contains(w.Message, "papers, each with its own title") {
			return &d.Warnings[i]
		}
	}
	return nil
}
