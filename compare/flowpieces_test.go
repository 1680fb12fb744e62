package compare

import (
	"maps"
	"testing"
)

// Fixture items of 明湖市 (fictional), two years' tasks in the shape of a
// page whose collector joined each item's paragraphs into one: every item
// is one paragraph, its topics run-in lead phrases (扩大有效投资。……). The
// 2050 demand item holds investment, consumption and opening-up; the 2050
// reform item holds the business environment, the reform of key fields,
// science and talent. The 2051 report gives science and talent an item of
// their own, keeps investment and consumption together, and makes a new
// item of reform and opening-up: the reform topics of the old reform item,
// the opening-up topic of the old demand item.
const (
	pgIndustry = "做强先进制造业。实施制造业集群培育行动，推动湖畔装备、明湖食品、精细化工三大产业链延链补链，新增规模以上工业企业120家，完成工业投资四百亿元以上。" +
		"推动产业数字化转型。建设工业互联网平台，支持龙头企业打造智能工厂和数字化车间，带动中小企业上云用数，新建5G基站一千五百个。"
	pgDemand = "扩大有效投资。滚动实施省市重点项目六百个，加快明湖至川口高速公路、北湖水库和城北污水处理厂建设，争取中央预算内投资和专项债券额度，确保项目早开工早投产。" +
		"促进消费扩容提质。开展汽车家电以旧换新，发放电子消费券，举办美食节和夜市购物季，建设湖滨商业街和城南商圈，发展直播电商和社区便民商业。" +
		"发展现代物流。建设城北铁路物流园和城南冷链物流中心，引进大型物流集成商，完善县乡村三级寄递配送体系，降低全社会物流成本，争创国家物流枢纽承载城市。" +
		"做热文化旅游。推进湖心岛旅游度假区和古城历史街区建设，打造湖光山色精品线路，举办湖畔音乐节和民俗文化周，新增国家四A级旅游景区两家，旅游综合收入增长一成。" +
		"推动高水平对外开放。申建综合保税区和跨境电商综合试验区，开通明湖至沿海港口的海铁联运班列，支持外贸企业建设海外仓，围绕三大产业链开展驻点招商和以商招商，力争引进投资十亿元以上项目二十个，实际到位市外资金增长百分之八。"
	pgReform = "优化营商环境。深化放管服改革，推行企业开办一日办结，涉企事项全程网办，建立政企沟通恳谈会制度，落实首违不罚清单，开展营商环境评价，让企业办事少跑腿。" +
		"深化重点领域改革。推进开发区管理体制改革，实行管委会加公司运营模式，深化市属国有企业整合重组，推进财政预算绩效管理和农村集体产权制度改革，激发市场主体活力。" +
		"支持民营经济发展。落实支持民营企业发展的政策措施，开展企业家恳谈日活动，推动个体户转企业、小微企业升规模、规模企业改股份，新增市场主体三万户，依法保护企业家合法权益。" +
		"强化科技创新支撑。建设湖畔实验室和中试基地，支持企业与高校共建研发中心，推动规上工业企业研发活动全覆盖，新认定高新技术企业五十家，技术合同成交额突破三十亿元。" +
		"加大人才引育力度。实施明湖英才计划，引进博士一百名、硕士一千名，建设人才公寓，完善子女入学和医疗保障服务，让各类人才安心扎根明湖。" +
		"促进科技成果转化。建设技术转移中心和科技大市场，落实科研人员成果转化收益分配政策，设立科技成果转化基金，推动高校院所专利在明湖落地产业化，培育科技型中小企业三百家。"
	pgRural = "稳定粮食生产。落实耕地保护责任，新建高标准农田二十万亩，推广良种良法，确保粮食产量稳定在一百五十万吨以上，发展生猪、肉牛和奶牛养殖。" +
		"建设和美乡村。推进农村人居环境整治，新改建农村公路三百公里，改造农村户厕一万户，完善农村供水和垃圾污水处理设施，培育乡村富民产业。"

	pgIndustryNext = "做大先进制造业集群。围绕湖畔装备、明湖食品、精细化工三条产业链开展强链行动，实施重点工业项目二百个，新增规模以上工业企业一百三十家。" +
		"加快数字化智能化改造。推广工业互联网应用，新建智能工厂十家、数字化车间三十个，推动中小企业上云，实现重点行业规上企业智能应用全覆盖。"
	pgScienceNext = "建设高能级创新平台。加快湖畔实验室建设，新建中试基地三个，支持企业牵头组建创新联合体，推动规上工业企业研发活动全覆盖，新认定高新技术企业六十家。" +
		"引育高层次人才。深入实施明湖英才计划，引进博士一百二十名、硕士一千二百名，建成人才公寓两千套，为人才提供子女入学、医疗和住房保障。" +
		"加快科技成果转化。办好科技大市场和技术转移中心，用好科技成果转化基金，完善成果转化收益分配，推动高校院所专利落地产业化，新增科技型中小企业三百五十家。"
	pgDemandNext = "推进重大项目建设。实施省市重点项目六百五十个，建成明湖至川口高速公路，加快北湖水库、城东热电和城北污水处理厂二期建设，积极争取专项债券和中央预算内投资。" +
		"提振消费需求。扩围实施以旧换新，发放电子消费券，办好美食节、夜市购物季和汽车展，建成湖滨商业街，培育城南商圈，发展直播电商、银发消费和社区商业。" +
		"挖掘文旅消费潜力。建成湖心岛旅游度假区一期，提升古城历史街区，串联湖光山色精品线路，办好湖畔音乐节和民俗文化周，旅游综合收入增长一成以上。" +
		"降低物流成本。建成城北铁路物流园，加快城南冷链物流中心建设，完善县乡村三级寄递配送体系，申建国家物流枢纽承载城市。"
	pgOpenNext = "深化重点领域改革。推进开发区管理体制改革，推广管委会加公司运营模式，推动市属国有企业整合重组，深化财政预算绩效管理和集体产权制度改革。" +
		"建好用好开放平台。加快综合保税区和跨境电商综合试验区申建，加密明湖至沿海港口的海铁联运班列，支持外贸企业建设海外仓、拓展出口市场，实现进出口总值增长百分之六。" +
		"提升招商引资成效。聚焦三大产业链开展驻点招商、以商招商和基金招商，力争引进投资十亿元以上项目二十五个，实际到位市外资金增长百分之九。" +
		"打造一流营商环境。企业开办压缩到半日，高频事项掌上可办，健全政企恳谈会，推行首违不罚和轻微免罚。"
	pgRuralNext = "确保粮食稳产增产。严守耕地红线，新建高标准农田二十二万亩，实施单产提升行动，确保粮食产量一百五十万吨以上，稳定生猪、肉牛和奶牛生产。" +
		"建设宜居宜业和美乡村。整治农村人居环境，新改建农村公路三百二十公里，改造户厕一万二千户，完善农村供水和垃圾污水处理，发展乡村富民产业。"
)

// An item that the next year made of topics from two older items, each
// of them a run-in piece of one paragraph, is no paragraph's best, and a
// report whose items are long and hold many topics leaves it with no
// partner (the likeness of the sections as wholes is low). Read piece by
// piece (pieceGather), the lone item gathers the reform topics of the old
// reform item and the opening-up topic of the old demand item; an item
// that has a partner is left to the flows.
func TestPieceGatherLoneItem(t *testing.T) {
	a := build("a",
		"1|一、2050年重点工作|",
		"2|（一）推动产业转型升级|"+pgIndustry,
		"2|（二）全力扩大内需|"+pgDemand,
		"2|（三）深化改革创新|"+pgReform,
		"2|（四）推进乡村振兴|"+pgRural,
	)
	b := build("b",
		"1|一、2051年重点工作|",
		"2|（一）建设现代化产业体系|"+pgIndustryNext,
		"2|（二）增强创新驱动能力|"+pgScienceNext,
		"2|（三）拓展投资消费空间|"+pgDemandNext,
		"2|（四）全面推进乡村振兴|"+pgRuralNext,
		"2|（五）深化改革扩大开放|"+pgOpenNext,
	)
	pa, pb := prepare(a), prepare(b)
	w := weighSections(pa, pb, nil)
	for _, lone := range []bool{true, false} {
		// the pairing so far: every item with its counterpart, and the
		// new reform item either alone or paired with the old reform item
		linked := map[[2]int]bool{{0, 0}: true, {1, 1}: true, {2, 3}: true, {3, 2}: true, {4, 4}: true}
		if !lone {
			linked[[2]int{3, 5}] = true
		}
		got := map[[2]int]bool{}
		va, _, _ := w.paragraphs(pa)
		vb, _, _ := w.paragraphs(pb)
		pieceGather(pa, pb, va, vb, w, linked, func(i, j int) bool { return pa[i].parent >= 0 && pb[j].parent >= 0 },
			func(i, j int, c float64) { got[[2]int{i, j}] = true })
		want := map[[2]int]bool{{2, 5}: true, {3, 5}: true}
		if !lone {
			want = map[[2]int]bool{}
		}
		if !maps.Equal(got, want) {
			t.Errorf("pieceGather (reform item alone: %v): got links %v, want %v", lone, got, want)
		}
	}
}
