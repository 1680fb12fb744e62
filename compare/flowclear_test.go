package compare

import (
	"strings"
	"testing"
)

// Fixture paragraphs of 雁汀市 (fictional): the investment item of two
// years, whose 2032 paragraph on the structure of investment ends in the
// discipline of public projects (论证, 科学民主决策), and the government's
// own work, whose long paragraph on decision-making names public
// investment projects too.
const (
	ytInvest     = "扩大有效投资。全年安排市重点项目260个、完成投资720亿元，推进雁汀东站综合枢纽、沿江快速路南段和雁汀港三期码头建设，开工建设城北水厂扩建和汀溪水库除险加固工程，新建5G基站2500个，加快数据中心和工业互联网平台建设，强化用地、用能、资金等要素保障，推动项目早开工、早投产、早见效。"
	ytSpend      = "激发消费活力。建设汀江夜经济街区和雁汀老城特色商圈，扩大汽车、家电、家居等大宗消费，发展首店经济和直播电商，举办雁汀购物节，促进县乡消费提质升级，社会消费品零售总额增长6%。"
	ytInvestNext = "着力优化投资结构。政府投资重点投向交通、水利、城市更新和公共服务短板领域，严格控制新开工项目，没有落实资金来源的一律不得开工，防止盲目铺摊子，坚决不搞劳民伤财的形象工程。加快雁汀东站综合枢纽和沿江快速路南段建设，强化用地、用能等要素保障，确保公共投资用在发展急需的地方。"
	ytSpendNext  = "全面促进消费。建设汀江夜经济街区二期和雁汀老城特色商圈，扩大汽车、家电、家居等大宗消费，发展首店经济和直播电商，办好雁汀购物节，促进县乡消费提质升级，社会消费品零售总额增长6.5%。"
	ytLaw        = "坚持依法行政。严格执行重大行政决策程序规定，规范行政执法行为，全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度，自觉接受市人大及其常委会的法律监督和工作监督，主动接受市政协的民主监督，认真办理人大代表建议和政协提案。"
	ytDecide     = "实行科学民主决策。严格执行重大行政决策程序规定，凡涉及经济社会发展全局的重大事项和政府投资项目，都要经过公众参与、专家论证、风险评估和集体讨论决定，做到过程民主公开、结果科学公正；严格控制新开工项目，没有落实资金来源的一律不得开工，坚决不搞劳民伤财的形象工程和政绩工程，把有限的财力用在发展急需和群众期盼的地方；建立决策后评估和纠错机制，对决策失误造成重大损失的严肃追究责任，坚决防止拍脑袋决策和朝令夕改，保持政策的连续性和稳定性，让每一项决策都经得起实践和历史的检验，经得起群众的评判和时间的考验。"
	ytClean      = "加强廉政建设。严格落实中央八项规定精神，持之以恒纠治四风，加强对工程建设、政府采购、国有资产管理等重点领域的监督，坚决查处侵害群众利益的不正之风和腐败问题，政府机关带头过紧日子，一般性支出压减5%。"
	ytLawNext    = "全面推进依法行政。严格执行重大行政决策程序规定，深化行政执法体制改革，全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，依法接受市人大及其常委会的法律监督和工作监督，自觉接受市政协的民主监督，办好人大代表建议和政协提案。"
	ytCleanNext  = "持之以恒推进廉洁政府建设。严格落实中央八项规定及其实施细则精神，驰而不息纠治四风，强化对工程建设、政府采购、国有资产管理等重点领域的监督，坚决查处群众身边的不正之风和腐败问题，政府机关坚持过紧日子，一般性支出再压减3%。"
)

// A paragraph that is only a little more like a paragraph of another
// section than like the rest (the 2031 paragraph on decision-making, which
// shares 政府投资项目, 论证 and 形象工程 with the 2032 investment
// paragraph, and as many words with the government's own work) did not go
// anywhere: the government's own work is not split into the investment
// item, though the two paragraphs are each other's best and long.
func TestAlignBarelyAlikeParagraphNoFlow(t *testing.T) {
	a := build("a",
		"1|一、2031年重点工作|",
		"2|（一）扩大有效投资|"+ytInvest+"\n"+ytSpend,
		"2|（二）保障和改善民生|"+mhJobs+"\n"+mhSchools+"\n"+mhHealth,
		"2|（三）加强政府自身建设|"+ytLaw+"\n"+ytDecide+"\n"+ytClean,
	)
	b := build("b",
		"1|一、2032年重点工作|",
		"2|（一）着力扩大国内需求|"+ytInvestNext+"\n"+ytSpendNext,
		"2|（二）增进民生福祉|"+strings.Replace(mhJobs, "4.5万人", "4.6万人", 1)+"\n"+mhSchools+"\n"+mhHealth,
		"2|（三）建设人民满意的政府|"+ytLawNext+"\n"+ytCleanNext,
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）扩大有效投资", "（一）着力扩大国内需求"},
		{"（二）保障和改善民生", "（二）增进民生福祉"},
		{"（三）加强政府自身建设", "（三）建设人民满意的政府"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if findPair(pairs, "（三）加强政府自身建设", "（一）着力扩大国内需求") != nil {
		t.Errorf("Align: the government's own work split into the investment item by one barely alike paragraph; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}
