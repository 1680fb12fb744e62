package corpus

import (
	"strings"
	"testing"
)

// TestLoneYearPartHeadings: a report's part heading that names its year
// stands alone on its line and is the only bare heading of the text: a
// page of a report cut after its review (…目标和任务), or a template copy
// whose years were masked (200*年政府工作回顾, 20XX年工作安排, 二〇XX年工作
// 安排). It heads its part; the paragraphs before it are not parts of their
// own, and the numbered sections under it nest in it.
func TestLoneYearPartHeadings(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"middle page, aims and tasks", `2032年白塔区政府工作报告

各位代表，过去的一年，我们面临的困难前所未有，付出的努力非同寻常，全区经济社会发展取得的成绩来之不易。白塔区先后获得省级文明城区、全省双拥模范区等八项荣誉称号，顺利通过国家卫生区复审。

在肯定成绩的同时，我们也清醒地看到，发展中还面临不少困难和问题：经济总量不大，产业结构不优；城市配套和公共服务水平与群众期待尚有差距；财政收支矛盾较为突出。我们将采取有力措施，认真加以解决。

2032年政府工作目标和任务

2032年是实施“十六五”规划的关键一年，也是白塔区转型发展的攻坚之年。综合研判形势，虽然外部环境不确定因素较多，但发展的基本面持续向好，我们既要看到困难，更要坚定信心。
`, "1 2032年政府工作目标和任务"},
		{"masked year, numbered points under it", `乡政府工作报告

——在青川乡第十届人民代表大会第*次会议上

各位代表：

现在我代表青川乡人民政府向大会作工作报告，请予审议，并请各位列席人员提出意见和建议。

200*年政府工作回顾

过去的一年，在县委、县政府的正确领导下，全乡干部群众真抓实干，经济健康稳步增长，人民生活得到明显改善，圆满完成了乡人大会议提出的各项目标任务。

一、狠抓特色产业，推动农业提质增效

（一）加快茶叶产业发展

200*年，我们新建标准化茶园**亩，组织茶农外出参观学习，推广新型种植和管理方式，茶叶总产量达到***万公斤，茶农收入明显增加。
`, "1 200*年政府工作回顾|2 一、狠抓特色产业，推动农业提质增效|3 （一）加快茶叶产业发展"},
		{"masked year in Chinese figures", `青川县教育局工作总结

一年来，县教育局在县委、县政府的坚强领导下，坚持立德树人，办学条件持续改善，教育质量稳步提升，较好完成了年初确定的各项目标任务。

二〇XX年工作安排

新的一年，县教育局将以办好人民满意的教育为目标，深化教育教学改革，加强教师队伍建设，推进城乡教育优质均衡发展，确保各项工作落到实处。
`, "1 二〇XX年工作安排"},
	}
	for _, c := range cases {
		d := mustRead(t, "report.txt", []byte(c.text))
		if got := strings.Join(headings(d), "|"); got != c.want {
			t.Errorf("%s: headings\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}
