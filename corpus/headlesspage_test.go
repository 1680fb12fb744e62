package corpus

import (
	"strings"
	"testing"
)

// TestHeadlessReportPage: a work report kept from its review on, with no
// title line and no greeting (a portal's page that starts at 一、2030年工作回顾,
// a PDF's text that starts at the review's first sentence), is read as a work
// report by its body and bears the official title, as one that opens at
// 各位代表 does, not an empty one.
func TestHeadlessReportPage(t *testing.T) {
	for name, text := range map[string]string{
		"review heading": strings.Join([]string{
			"一、2030年工作回顾",
			"2030年，我们深入贯彻落实上级决策部署，在市委、市政府和区委的正确领导下，团结带领全区人民迎难而上、主动作为，圆满完成了区五届人大二次会议确定的年度工作任务。",
			"（一）经济平稳健康发展",
			"1.经济实力不断增强。预计全年实现地区生产总值412亿元，同比增长7%左右；规模以上工业增加值186亿元，增长8%；固定资产投资95亿元，增长9%。",
			"2.质量效益持续提升。工业经济效益综合指数上升12个百分点，万元生产总值能耗下降5%，空气质量优良天数达318天。",
			"（二）产业转型扎实推进",
			"3.高端项目加快布局。出台构建现代产业体系配套文件，新引进亿元以上项目23个，白塔智能制造产业园一期建成投产。",
		}, "\n"),
		"review sentence": strings.Join([]string{
			"2030 年是本届政府开局之年，也是白塔历史上极不平凡的一年。一年来，面对宏观经济下行和历史罕见旱情交织叠加，我们在区委的坚强领导和",
			"区人大、区政协的监督支持下，坚持稳中求进总基调，较好地完成了区六届人大一次会议确定的目标任务。",
			"——踔厉奋发、勇毅前行，经济发展质效双增。全年地区生产总值、规模工业增加值、全社会固定资产投资，预计分别增长",
			"5.6% 、6% 、4%；新注册市场主体 2210 户，增长11.5%。",
			"——众志成城、科学应对，民生保障有力有效。全年民生支出占一般公共预算支出的78%，新增城镇就业4120人。",
		}, "\n"),
	} {
		d, err := Read("page.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Kind != "政府工作报告" {
			t.Errorf("%s: kind %q, want 政府工作报告", name, d.Kind)
		}
		if d.Title != "政府工作报告" {
			t.Errorf("%s: title %q, want 政府工作报告", name, d.Title)
		}
	}
}
