package compare

import "testing"

// Fixture paragraphs of 汀岚区 (fictional; its jobs and schools
// paragraphs are those of flowgrown_test.go): the city item and the
// livelihood item of two years' tasks. The 2040 poverty paragraph closes
// with a passing mention of the shantytown works and their resettled
// households; the 2041 city item opens with a long paragraph on those
// works, which the 2040 city item says in other words (funds, fair
// compensation), beside its paragraphs on roads and on city management.
const (
	tlRoads      = "完善城市基础设施。新建改造岚山路、汀江大道、滨河南路等城市道路18条，打通断头路6条，改造背街小巷40条，新建城市供热管网26公里、供水管网31公里，完成城东污水处理厂提标改造，加快实现城区供热、供水、排水管网全覆盖。"
	tlShanty     = "推进棚户区改造。用足用好国家政策，多渠道筹措改造资金，坚持让利于民、阳光征收，科学安排征地拆迁进度，严格落实街道主体责任，做细做实群众工作，确保改造工作平稳有序。"
	tlManage     = "提升城市管理水平。深化城市管理执法体制改革，构建权责明晰、服务为先、执法规范的城市管理体制，推进环卫作业市场化，启动智慧城管平台建设，整治乱停乱放、占道经营等问题，实现城市管理全覆盖、精细化。"
	tlPoverty    = "打好精准脱贫攻坚战。精准识别贫困对象，因户因人施策，落实产业扶持、教育资助、医疗救助和低保兜底措施，年底前实现农村贫困人口全部稳定脱贫；结合棚户区改造和安居工程，完成城东片区困难家庭征拆安置和危旧房屋改造，改善困难群众居住条件。"
	tlShantyNext = "全力推进棚户区改造和城市更新。继续举全区之力推进总投资86亿元的棚户区改造工程，全面完成城东片区、汀江街道1.4万户的征拆安置任务，对困难家庭实行优先安置，同步完成危旧房屋改造600户，加快建设安居工程回迁楼，新建配套道路12条，完善供水、排水管网，推动回迁居民早日入住，切实改善困难群众居住条件，做到征收一片、建设一片、美化一片；实施老旧小区改造32个，完善养老、托育、停车、快递等社区服务设施，推进完整社区建设试点，让老城区旧貌换新颜，让改造的经济、社会和环境效益充分显现，不断增强群众的获得感、幸福感和安全感。"
	tlManageNext = "加快提升城市治理能力。建成智慧城管平台，推进城市管理执法体制改革，推行环卫作业市场化，开展占道经营、乱停乱放等专项整治，完善城区停车、公交港湾规划，实现城市管理精细化、全覆盖。"
)

// A short paragraph that names a topic in passing (the resettlement of
// the shantytown works, at the end of a poverty paragraph) is clearly
// most like the next year's long paragraph on that topic; but the long
// paragraph is barely more like it than like the rest, and went nowhere:
// the livelihood item is not split into the next year's city item. A
// link that rests on one long paragraph whose own vote is not clear, and
// on the clear vote of a paragraph less than half as long, needs that
// short one to be on the topic throughout (passing); the income paragraph
// of TestAlignShortTopicGrownFlows is.
func TestAlignPassingMentionNoFlow(t *testing.T) {
	a := build("a",
		"1|一、2040年工作安排|",
		"2|（一）提升城市建设管理水平|"+tlRoads+"\n"+tlShanty+"\n"+tlManage,
		"2|（二）保障和改善民生|"+tlJobs+"\n"+tlPoverty+"\n"+tlSchools,
	)
	b := build("b",
		"1|一、2041年工作安排|",
		"2|（一）全力提升城市建设管理水平|"+tlShantyNext+"\n"+tlManageNext,
		"2|（二）增进民生福祉|"+tlJobsNext+"\n"+tlSchoolsNext,
	)
	a.Year, b.Year = 2040, 2041
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）提升城市建设管理水平", "（一）全力提升城市建设管理水平"},
		{"（二）保障和改善民生", "（二）增进民生福祉"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if findPair(pairs, "（二）保障和改善民生", "（一）全力提升城市建设管理水平") != nil {
		t.Errorf("Align: the livelihood item split into the city item by a passing mention; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}
