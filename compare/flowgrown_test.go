package compare

import "testing"

// Fixture paragraphs of 汀岚区 (fictional): the livelihood item of the
// 2040 tasks holds a short paragraph on incomes, which the 2041 tasks
// make the long opening paragraph of their item on domestic demand,
// beside a paragraph on consumption that goes on from the 2040 item on
// consumption.
const (
	tlJobs        = "稳定和扩大就业。落实援企稳岗政策，开发公益性岗位800个，开展职业技能培训1.5万人次，帮扶零就业家庭成员就业，城镇新增就业6500人，城镇登记失业率控制在3.8%以内。"
	tlIncome      = "多渠道增加城乡居民收入。适时调整最低工资标准，健全农民工工资支付保障制度，严厉查处拖欠工资行为，拓宽农民经营性和财产性收入来源。"
	tlSchools     = "优先发展教育事业。新建汀岚第二实验小学和城南幼儿园，改扩建中小学校舍5所，推进义务教育均衡发展，落实乡村教师支持计划，办好特殊教育和职业教育，让汀岚的孩子们就近上好学。"
	tlSpend       = "激发消费潜力。建设汀江步行街和岚山夜市，扩大汽车、家电、家居消费，发展社区便民商业和农村电商，举办汀岚消费季，社会消费品零售总额增长7%。"
	tlInvest      = "扩大有效投资。全年安排区重点项目85个、完成投资160亿元，推进汀江大桥、城东物流园和岚山水厂二期建设，强化用地、用能、资金等要素保障，推动项目早开工、早投产、早见效。"
	tlInvestNext  = "持续扩大有效投资。全年安排区重点项目90个、完成投资175亿元，建成汀江大桥，推进城东物流园二期和岚山水厂三期建设，强化用地、用能、资金等要素保障，推动项目早开工、早投产、早见效。"
	tlIncomeNext  = "努力增加城乡居民收入，夯实消费基础。把增加居民收入作为扩大内需的根本，适时调整最低工资标准，全面落实农民工工资支付保障制度，根治欠薪问题，机关事业单位和企业退休人员基本养老金稳步提高，城乡低保、特困供养标准分别提高8%和10%；拓宽农民经营性、工资性和财产性收入来源，发展村集体经济，让农民更多分享产业增值收益；完善收入分配调节机制，提高劳动报酬在初次分配中的比重，推动居民收入增长与经济发展相协调，为扩大汽车、家电、家居消费和发展社区便民商业、农村电商打下坚实基础，提升汀江步行街消费环境，让社会消费品零售总额稳步增长。"
	tlSpendNext   = "着力扩大消费。提升汀江步行街和岚山夜市，扩大汽车、家电、家居消费，发展社区便民商业和农村电商，办好汀岚消费季，社会消费品零售总额增长7.5%。"
	tlJobsNext    = "千方百计稳就业。落实援企稳岗政策，开发公益性岗位900个，开展职业技能培训1.6万人次，城镇新增就业6800人，城镇登记失业率控制在3.8%以内。"
	tlSchoolsNext = "办好人民满意的教育。建成汀岚第二实验小学，新建城北幼儿园，改扩建中小学校舍4所，推进义务教育优质均衡发展，办好特殊教育和职业教育，让汀岚的孩子们就近上好学。"
)

// A short paragraph wholly on one topic (incomes, in a livelihood item)
// that the next report writes out at length in another item (its item
// on domestic demand) went there, though the long paragraph is barely
// more like it than like a paragraph of its own item's counterpart: the
// livelihood item is split into the demand item. A rule that asked the
// long paragraph's own vote, or that of one at least half as long, to
// stand clear (to drop a passing mention: TestAlignPassingMentionNoFlow)
// lost this split; the short paragraph is on the topic throughout.
func TestAlignShortTopicGrownFlows(t *testing.T) {
	a := build("a",
		"1|一、2040年工作安排|",
		"2|（一）扩大消费需求|"+tlSpend+"\n"+tlInvest,
		"2|（二）保障和改善民生|"+tlJobs+"\n"+tlIncome+"\n"+tlSchools,
	)
	b := build("b",
		"1|一、2041年工作安排|",
		"2|（一）着力扩大国内需求|"+tlIncomeNext+"\n"+tlSpendNext+"\n"+tlInvestNext,
		"2|（二）增进民生福祉|"+tlJobsNext+"\n"+tlSchoolsNext,
	)
	a.Year, b.Year = 2040, 2041
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）扩大消费需求", "（一）着力扩大国内需求"},
		{"（二）保障和改善民生", "（二）增进民生福祉"},
		{"（二）保障和改善民生", "（一）着力扩大国内需求"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}
