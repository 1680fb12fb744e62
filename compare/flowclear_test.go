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

// Fixture paragraphs of 雁汀市 on reform and on market order: the 2031
// reform item closes with a short paragraph on market order, which the
// 2032 report puts in an item of its part on people's lives.
const (
	ytGoals       = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业4万人，居民消费价格涨幅3%左右，居民收入增长和经济增长同步，单位地区生产总值能耗下降完成省下达任务。"
	ytStateFirms  = "深化国资国企改革。推进市属国有企业战略性重组和专业化整合，组建雁汀城市发展集团和雁汀产业投资集团，完善中国特色现代企业制度，健全市场化经营机制，全面推行经理层成员任期制和契约化管理，国有资本更多投向基础设施、公共服务和战略性新兴产业。"
	ytFinance     = "深化财税金融改革。推进市与区财政事权和支出责任划分改革，全面实施预算绩效管理，盘活国有存量资产，稳妥化解地方政府隐性债务；支持雁汀农商银行深化改革，发展普惠金融和科技金融，扩大企业直接融资规模，推动2家企业上市。"
	ytMarket      = "整顿和规范市场秩序。健全以信用为基础的新型监管机制，完善守信联合激励和失信联合惩戒制度，严厉打击制售假冒伪劣商品、商业欺诈、传销和侵犯知识产权行为，加强食品药品、农资和特种设备安全监管，推行双随机一公开和跨部门综合监管，维护公平竞争、诚信守法的市场环境。"
	ytMarketNext  = "规范市场秩序和加强质量安全监管。健全以信用为基础的新型监管机制，落实守信联合激励和失信联合惩戒制度，依法打击制售假冒伪劣商品、商业欺诈、传销和侵犯知识产权行为，强化食品药品、农资和特种设备安全监管，深化双随机一公开和跨部门综合监管，营造公平竞争、诚信守法的市场环境。"
	ytStateNext   = "深化国资国企改革。推进雁汀城市发展集团和雁汀产业投资集团市场化转型，完善中国特色现代企业制度，深化三项制度改革，全面推行经理层成员任期制和契约化管理，推动国有资本向基础设施、公共服务和战略性新兴产业集中。"
	ytPrices      = "推进要素市场化配置和价格改革。深化土地管理制度改革，推行工业用地长期租赁、先租后让和弹性年期供应，完善城乡建设用地增减挂钩节余指标交易，稳妥推进居民阶梯水价、气价改革和非居民用水超定额累进加价，完善污水处理收费标准动态调整机制。"
	ytOpening     = "推动更高水平对外开放。用好雁汀港口岸和综合保税区，开通雁汀至东盟、中亚国际班列，培育跨境电商、市场采购贸易等外贸新业态，建设海外仓4个，全年进出口总额增长5%；加大招商引资力度，实际使用外资增长8%，办好雁汀国际投资贸易洽谈会。"
	ytConsumer    = "加强消费者权益保护。畅通12315投诉举报渠道，推行线下无理由退货承诺，开展预付式消费、直播带货、医疗美容等领域专项整治，建立放心消费示范单位300家，让群众消费更放心、维权更省心。"
	ytFinanceNext = "深化财税金融改革。深化市与区财政事权和支出责任划分改革，全面推进预算绩效管理，加快盘活国有存量资产，稳妥化解地方政府隐性债务；支持雁汀农商银行完善治理，大力发展普惠金融和科技金融，推动3家企业上市。"
)

// The items of a part that the next report splits into two parts (the
// year's tasks, then a part on the economy and one on people's lives) go
// on with the items of both: a paragraph that went whole from an item of
// the old tasks (market order, in the reform item) to an item of the new
// part on people's lives splits it there, though the old tasks' primary
// counterpart is another part.
func TestAlignParagraphFlowUnderSplitPart(t *testing.T) {
	a := build("a",
		"1|一、2031年工作回顾|过去一年，雁汀市地区生产总值增长6.4%，城镇新增就业4.3万人。",
		"1|二、2032年主要任务|"+ytGoals,
		"2|（一）扩大有效投资|"+ytInvest+"\n"+ytSpend,
		"2|（二）保障和改善民生|"+mhJobs+"\n"+mhSchools+"\n"+mhHealth,
		"2|（三）深化重点领域改革|"+ytStateFirms+"\n"+ytFinance+"\n"+ytPrices+"\n"+ytOpening+"\n"+ytMarket,
	)
	b := build("b",
		"1|一、2032年工作回顾|过去一年，雁汀市地区生产总值增长6.1%，城镇新增就业4.1万人。",
		"1|二、2033年工作总体部署|"+strings.Replace(ytGoals, "4万人", "4.2万人", 1),
		"1|三、推动经济高质量发展|",
		"2|（一）着力扩大国内需求|"+strings.Replace(ytInvest, "260个", "280个", 1)+"\n"+ytSpendNext,
		"2|（二）深化重点领域改革|"+ytStateNext+"\n"+ytFinanceNext+"\n"+ytPrices+"\n"+strings.Replace(ytOpening, "海外仓4个", "海外仓6个", 1),
		"1|四、增进民生福祉|",
		"2|（一）促进高质量充分就业|"+strings.Replace(mhJobs, "4.5万人", "4.6万人", 1),
		"2|（二）办好教育和健康事业|"+mhSchools+"\n"+mhHealth,
		"2|（三）守护群众消费安全|"+ytConsumer+"\n"+ytMarketNext,
	)
	a.Year, b.Year = 2032, 2033
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（三）深化重点领域改革", "（二）深化重点领域改革"},
		{"（三）深化重点领域改革", "（三）守护群众消费安全"}, // market order
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// Fixture paragraphs of 雁汀市 on social governance: two paragraphs of the
// 2031 government item (the grid system, then petitions and disputes)
// that the 2032 livelihood item says in one.
const (
	ytGrid       = "创新基层社会治理。推行网格化服务管理，全市划分城乡网格2600个，配齐专职网格员，健全社区工作者职业体系，推进社区服务站点标准化建设，发挥社会组织和志愿者作用。"
	ytPetition   = "畅通群众诉求表达渠道。落实领导干部接访下访和包案化解制度，依法分类处理信访事项，健全人民调解、行政调解、司法调解联动的矛盾纠纷多元化解机制，把矛盾纠纷化解在基层、消除在萌芽状态。"
	ytSocialNext = "加强和创新社会治理。深化网格化服务管理，优化城乡网格2600个，配强专职网格员队伍，完善社区工作者职业体系和社区服务站点标准化建设，支持社会组织和志愿者参与基层治理；落实领导干部接访下访和包案化解制度，依法分类处理信访事项，完善人民调解、行政调解、司法调解联动的矛盾纠纷多元化解机制，推动矛盾纠纷就地化解，把问题解决在基层、消除在萌芽状态，让群众的合理诉求件件有回音。"
	ytService    = "深化政务服务改革。推进政务服务一网通办、一窗综办、一次办好，企业开办全程网办压缩至1个工作日，工程建设项目审批全流程控制在60个工作日以内，推行惠企政策免申即享，打造雁汀办事不求人的营商环境品牌。"
)

// A topic that one report writes in two paragraphs and the next in one
// went whole from a section to another: the two paragraphs that each vote
// for the one, together at least half as long as it, link their sections
// as one long paragraph would (social governance, from the government's
// own work to the livelihood item), though neither section gives the
// other flowShare of its text.
func TestAlignTwoParagraphsJoinedMoved(t *testing.T) {
	people := mhJobs + "\n" + mhSchools + "\n" + mhHealth + "\n" + mhHeritage + "\n" + mhRenewal + "\n" + mhVillages + "\n" + mhFarms
	a := build("a",
		"1|一、2031年重点工作|",
		"2|（一）扩大有效投资|"+ytInvest+"\n"+ytSpend,
		"2|（二）保障和改善民生|"+people,
		"2|（三）加强政府自身建设|"+ytLaw+"\n"+ytDecide+"\n"+ytService+"\n"+ytGrid+"\n"+ytPetition+"\n"+ytClean,
	)
	b := build("b",
		"1|一、2032年重点工作|",
		"2|（一）着力扩大国内需求|"+strings.Replace(ytInvest, "260个", "280个", 1)+"\n"+ytSpendNext,
		"2|（二）增进民生福祉|"+people+"\n"+ytSocialNext,
		"2|（三）建设人民满意的政府|"+ytLawNext+"\n"+strings.Replace(ytService, "60个", "50个", 1)+"\n"+ytCleanNext,
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（二）保障和改善民生", "（二）增进民生福祉"},
		{"（三）加强政府自身建设", "（三）建设人民满意的政府"},
		{"（三）加强政府自身建设", "（二）增进民生福祉"}, // social governance
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}
