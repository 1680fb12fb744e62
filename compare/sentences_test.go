package compare

import "testing"

// Two years of 青川市's review, each item written as one long paragraph (a
// site that joined every item's lines into one). The old livelihood item
// ends on the people's congress's supervision, clean government and civic
// virtue; the next year says those in a review item of their own (民主法治
// 和精神文明), beside the livelihood item that continues the jobs, pensions
// and housing. The old item's paragraph, the whole item, is most like the
// new livelihood item, so the paragraph flows see nothing leave it; its
// last sentences, each the other's best with a sentence of the new item,
// do (sentenceLinks): the old item is split between the two.
func TestAlignSentencesLeaveOneParagraphItem(t *testing.T) {
	a := build("a",
		"1|一、2030年工作回顾|过去一年，全市地区生产总值增长6.1%，一般公共预算收入增长5.2%，城乡居民人均可支配收入分别增长5.6%和7.3%。",
		"2|（一）工业经济稳中有进。|新增规模以上工业企业46家，规上工业增加值增长7.8%，青川经济开发区新材料产业园一期建成投产，纺织服装产业集群营业收入突破300亿元，技改投资增长15%，新增省级专精特新企业12家。",
		"2|（二）城乡建设加快推进。|滨河大道北延工程建成通车，改造老旧小区42个，新建城市公园6个，县乡公路提档升级180公里，农村生活垃圾收运处置体系实现全覆盖，青川高铁站综合枢纽开工建设。",
		"2|（三）社会事业全面进步。|新建改扩建中小学9所，新增学位8600个，市第一人民医院新院区投入使用，建成乡镇综合文化站14个，全民健身中心对外开放，城乡居民医保参保率稳定在96%以上。深入开展拥军优属和军民共建活动，退役军人服务保障体系不断健全，再次荣获省级双拥模范城称号。以创建全国文明城市为载体，深化文明村镇和文明家庭创建，城乡文明程度持续提升。新时代文明实践中心、所、站实现镇村全覆盖，志愿服务队伍发展到1200支。",
		"2|（四）民生保障持续改善。|向群众承诺的十件实事全部办结。城镇新增就业4.6万人，下岗失业人员再就业1.3万人，城镇登记失业率控制在3.4%。城乡居民基础养老金每人每月提高到180元，五大社会保险参保人数达到152万人，城乡低保做到应保尽保。开工建设保障性租赁住房3200套，发放住房租赁补贴1860万元，完成农村危房改造2100户。新建社区嵌入式养老服务中心16个，为8万名80岁以上老人发放高龄津贴，残疾人两项补贴标准提高10%。深化根治欠薪专项行动，为1.2万名农民工追回工资2.3亿元。开展职业技能培训3.5万人次，建成零工市场和家门口就业服务站28个。落实困难群众医疗救助政策，救助困难群众9.6万人次，临时救助做到及时应救尽救。自觉接受市人大及其常委会的法律监督和工作监督，主动接受市政协的民主监督，认真办理人大代表建议和政协委员提案共386件。深入推进政府系统党风廉政建设，严肃查处群众身边的不正之风和腐败问题，政风行风持续向好。",
	)
	b := build("b",
		"1|一、2031年工作回顾|过去一年，全市地区生产总值增长5.9%，一般公共预算收入增长4.8%，城乡居民人均可支配收入分别增长5.4%和7.1%。",
		"2|（一）工业经济提质增效。|新增规模以上工业企业51家，规上工业增加值增长7.5%，新材料产业园二期开工建设，纺织服装产业集群营业收入达到330亿元，技改投资增长13%，新增省级专精特新企业15家。",
		"2|（二）城乡面貌持续改善。|青川高铁站综合枢纽主体完工，改造老旧小区50个，新建口袋公园20个，县乡公路提档升级200公里，滨河大道南延工程开工，农村生活污水治理率达到45%。",
		"2|（三）社会事业协调发展。|新建改扩建中小学11所，新增学位9800个，市妇幼保健院迁建工程竣工，建成城市书房30个，举办全民健身赛事120场，城乡居民医保参保率保持在96%以上。",
		"2|（四）民生福祉不断增进。|十件民生实事全部兑现。城镇新增就业4.8万人，失业人员再就业1.4万人，城镇登记失业率控制在3.3%。城乡居民基础养老金每人每月提高到195元，五大社会保险参保人数达到158万人，城乡低保标准稳步提高。筹集保障性租赁住房4100套，发放住房租赁补贴2050万元，完成农村危房改造1800户。新建社区嵌入式养老服务中心20个，高龄津贴惠及8.4万名老人，残疾人两项补贴标准再提高8%。持续开展根治欠薪行动，为农民工追回工资2.1亿元。开展职业技能培训3.8万人次，零工市场和家门口就业服务站达到40个。落实困难群众医疗救助政策，救助困难群众10.2万人次，临时救助及时应救尽救。",
		"2|（五）民主法治和精神文明建设得到加强。|扎实开展主题教育，服务型政府建设迈出新步伐。依法接受市人大及其常委会的法律监督和工作监督，自觉接受市政协的民主监督，办理人大代表建议和政协委员提案共402件。持续推进政府系统党风廉政建设，严肃查处群众身边的不正之风和腐败问题。以创建全国文明城市为载体，深化文明家庭创建，新时代文明实践中心、所、站实现全覆盖，志愿服务队伍达到1350支。深入开展拥军优属和军民共建活动，再次荣获省级双拥模范城称号。",
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	if p := findPair(pairs, "（四）民生保障持续改善。", "（四）民生福祉不断增进。"); p == nil || p.Relation != "" {
		t.Errorf("Align: want the livelihood items primary partners; got:\n%s", dump)
	}
	if findPair(pairs, "（四）民生保障持续改善。", "（五）民主法治和精神文明建设得到加强。") == nil {
		t.Errorf("Align: want the old livelihood item split into the new item on democracy and civic virtue; got:\n%s", dump)
	}
	for _, w := range [][2]string{
		{"（一）工业经济稳中有进。", "（一）工业经济提质增效。"},
		{"（二）城乡建设加快推进。", "（二）城乡面貌持续改善。"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Relation != "" {
			t.Errorf("Align: want %s paired with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	// the old item on social undertakings goes on in the new one, and
	// gave the new item on civic virtue its army and civic-virtue
	// sentences (which of the two is its primary partner is the
	// sections' likeness, not the sentences'); no other item is split
	if findPair(pairs, "（三）社会事业全面进步。", "（三）社会事业协调发展。") == nil {
		t.Errorf("Align: want the items on social undertakings paired; got:\n%s", dump)
	}
	for _, p := range pairs {
		if p.Relation != "" && p.To.Heading != "（五）民主法治和精神文明建设得到加强。" && p.From.Heading != "（三）社会事业全面进步。" {
			t.Errorf("Align: unexpected %s %s -> %s; got:\n%s", p.Relation, p.From.Heading, p.To.Heading, dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}
