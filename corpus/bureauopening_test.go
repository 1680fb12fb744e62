package corpus

import (
	"strings"
	"testing"
)

// TestMaskedYearBureauOpening: a summary kept without its title names its
// office as the subject of its opening sentence. A template or a copy site
// masks the year there as it masks the place (xxxx年，xx县司法局在…领导下，
// 深入贯彻…), and an office may open by holding to its aim (今年来，区文旅局
// 秉承…的宗旨): the office is still the issuer.
func TestMaskedYearBureauOpening(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"masked year", strings.Join([]string{
			"xxxx年,xx县司法局在县委、县政府的坚强领导下,在青川市司法局的精心指导下,深入贯彻落实上级关于政法工作的决策部署,全面履行“一个统筹、四大职能”,为推进县域治理现代化提供坚强的法治保障,现将xxxx年工作总结如下:",
			"一、主要工作成效",
			"xxxx年,xx县公证处被评为“全国公共法律服务工作先进集体”。",
			"（一）依法治县工作多点发力",
			"一是依法治县工作格局全面升级。选任xx名法治监督员，扩大人民群众参与度。二是规范性文件管理全面到位，今年至今共审查发布县政府行政规范性文件xx件。",
		}, "\n"), "县司法局"},
		{"masked century", strings.Join([]string{
			"20xx年，白塔县统计局在县委、县政府的正确领导下，紧紧围绕全县经济社会发展大局，扎实做好各项统计调查工作，现将全年工作总结如下：",
			"一、主要工作完成情况",
			"（一）圆满完成年度统计报表任务。全年共组织各类统计报表xx套，联网直报率达100%。",
		}, "\n"), "统计局"},
		{"holds to its aim", strings.Join([]string{
			"2030年上半年文化惠民工作情况总结",
			"2030年我局牵头的民生工程合并为一大项，今年主要任务有4项。",
			"今年来，区文旅局秉承“文化惠民直通最后一公里”的工作宗旨，组织开展了一系列群众喜闻乐见的惠民活动。",
			"一是公共文化场馆免费开放扎实推进。截止5月中旬，已开展文化活动86场次。",
		}, "\n"), "文化和旅游局"},
	} {
		d, err := Read("page.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(d.Issuer, c.want) {
			t.Errorf("%s: issuer %q, want …%s", c.name, d.Issuer, c.want)
		}
	}
}
