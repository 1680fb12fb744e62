package compare

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// Fixture texts of a fictional province, 云岫省: the year's tasks, written
// once as items of one part (2024) and once as parts of their own that
// each take up several items (2025).
const (
	yxReform   = "深化国资国企改革，推进省属企业战略性重组和专业化整合；深化财税体制改革，完善省以下财政体制；推进要素市场化配置改革，盘活存量建设用地1.2万亩。"
	yxOpening  = "推进自贸试验区云岫片区建设，新开通国际货运航线3条，实际使用外资增长8%，办好云岫国际茶博会，扩大对东盟农产品出口。"
	yxDemand   = "实施省级重大项目520个，完成投资3800亿元；开展汽车家电以旧换新，新建县域商业中心40个，促进文旅消费。"
	yxIndustry = "壮大新能源汽车、电子信息两大产业集群，新增规上工业企业600家，培育专精特新企业200家，推进制造业数字化改造。"
	yxRural    = "新建高标准农田120万亩，粮食产量稳定在300亿斤以上，创建和美乡村示范村300个，巩固拓展脱贫攻坚成果。"
	yxLivelihd = "城镇新增就业50万人，新建改建养老服务中心80个，新增公办幼儿园学位3万个，城乡居民医保财政补助标准提高30元。"
	yxEcology  = "细颗粒物平均浓度控制在30微克以内，完成长江岸线生态修复80公里，新增造林面积60万亩，推进废旧物资循环利用。"
	yxGoals    = "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内，居民消费价格涨幅3%左右，居民收入增长与经济增长同步。"
	yxGovern   = "坚持依法行政，全面推行政务公开，严格执行过紧日子要求，一般性支出压减5%，持续整治形式主义为基层减负，自觉接受人大监督和政协民主监督。"
)

// yunxiuItems is the 2024 report of 云岫省: the year's tasks as items of
// one part.
func yunxiuItems() *corpus.Document {
	d := build("items",
		"1|一、2023年工作回顾|过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人，新开通国际货运航线2条。",
		"1|二、2024年工作总体要求|"+yxGoals,
		"1|三、2024年重点工作|做好今年工作，要突出抓好以下几个方面。",
		"2|（一）深化重点领域改革|"+yxReform,
		"2|（二）扩大高水平对外开放|"+yxOpening,
		"2|（三）着力扩大有效需求|"+yxDemand,
		"2|（四）加快建设现代化产业体系|"+yxIndustry,
		"2|（五）全面推进乡村振兴|"+yxRural,
		"2|（六）办好民生实事|"+yxLivelihd,
		"2|（七）加强生态环境保护|"+yxEcology,
	)
	d.Year = 2024
	return d
}

// yunxiuParts is the 2025 report: the tasks as parts of their own, each
// taking up several of the 2024 items, and a part on the government that
// 2024 did not have.
func yunxiuParts() *corpus.Document {
	d := build("parts",
		"1|一、2024年工作回顾|过去一年，云岫省地区生产总值增长5.1%，粮食产量302亿斤，城镇新增就业50万人，新开通国际货运航线3条。",
		"1|二、2025年工作总体部署|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"1|三、把改革开放推向深入|"+strings.Replace(yxReform, "1.2万亩", "1.5万亩", 1)+"\n"+strings.Replace(yxOpening, "3条", "4条", 1),
		"1|四、推动经济稳定增长和结构优化|"+strings.Replace(yxDemand, "520个", "550个", 1)+"\n"+yxIndustry+"\n"+strings.Replace(yxRural, "300个", "350个", 1),
		"1|五、持续改善民生和生态环境|"+strings.Replace(yxLivelihd, "80个", "90个", 1)+"\n"+yxEcology,
		"1|六、切实加强政府自身建设|"+yxGovern,
	)
	d.Year = 2025
	return d
}

// One report lists the year's tasks as items of one part, the next as
// parts of their own (or the other way round): each item pairs with the
// part that took it up, a level up, the part that held the items pairs
// with those parts, and it is not paired with a part on something else
// (the government's own work), whichever report comes first.
func TestAlignTasksAsParts(t *testing.T) {
	items, parts := yunxiuItems(), yunxiuParts()
	want := [][2]string{
		{"一、2023年工作回顾", "一、2024年工作回顾"},
		{"二、2024年工作总体要求", "二、2025年工作总体部署"},
		{"（一）深化重点领域改革", "三、把改革开放推向深入"},
		{"（二）扩大高水平对外开放", "三、把改革开放推向深入"},
		{"（三）着力扩大有效需求", "四、推动经济稳定增长和结构优化"},
		{"（四）加快建设现代化产业体系", "四、推动经济稳定增长和结构优化"},
		{"（五）全面推进乡村振兴", "四、推动经济稳定增长和结构优化"},
		{"（六）办好民生实事", "五、持续改善民生和生态环境"},
		{"（七）加强生态环境保护", "五、持续改善民生和生态环境"},
		// the part that held the items, split among the parts that took
		// them up: not removed, though its counterparts are its items'
		{"三、2024年重点工作", "三、把改革开放推向深入"},
		{"三、2024年重点工作", "四、推动经济稳定增长和结构优化"},
		{"三、2024年重点工作", "五、持续改善民生和生态环境"},
	}
	for _, forward := range []bool{true, false} {
		a, b := items, parts
		if !forward {
			a, b = parts, items
		}
		pairs := Align(a, b, Options{})
		dump := alignDump(pairs)
		linked := map[[2]string]bool{}
		for _, p := range pairs {
			if p.From != nil && p.To != nil {
				k := [2]string{p.From.Heading, p.To.Heading}
				if !forward {
					k[0], k[1] = k[1], k[0]
				}
				linked[k] = true
			}
		}
		for _, w := range want {
			if !linked[w] {
				t.Errorf("Align(forward %v): want %s with %s; got:\n%s", forward, w[0], w[1], dump)
			}
		}
		for k := range linked {
			if k[1] == "六、切实加强政府自身建设" {
				t.Errorf("Align(forward %v): %s paired with %s, which the other report has no part on; got:\n%s", forward, k[0], k[1], dump)
			}
		}
		if err := checkCoverage(a, b, pairs); err != nil {
			t.Error(err)
		}
	}
}

// A part without items of its own that the next report makes one item of
// its tasks part pairs with that item, not with the tasks part, while the
// items of the other parts pair with the items they continue.
func TestAlignPartBecomesItem(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人。",
		"1|二、2024年工作总体部署|"+yxGoals,
		"1|三、促进经济稳定增长|今年经济工作要着重抓好以下几个方面。",
		"2|（一）着力扩大有效需求|"+yxDemand,
		"2|（二）加快建设现代化产业体系|"+yxIndustry,
		"1|四、推进社会建设|",
		"2|（一）办好民生实事|"+yxLivelihd,
		"2|（二）加强生态环境保护|"+yxEcology,
		"1|五、深化改革和扩大开放|"+yxReform+"\n"+yxOpening,
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，云岫省地区生产总值增长5.1%，粮食产量302亿斤，城镇新增就业50万人。",
		"1|二、2025年主要任务|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（二）推动产业转型升级|"+yxIndustry,
		"2|（三）深化改革，扩大开放|"+strings.Replace(yxReform, "1.2万亩", "1.5万亩", 1)+"\n"+yxOpening,
		"2|（四）保障和改善民生|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
		"2|（五）建设美丽云岫|"+yxEcology,
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"二、2024年工作总体部署", "二、2025年主要任务"},
		{"（一）着力扩大有效需求", "（一）扩大国内需求"},
		{"（二）加快建设现代化产业体系", "（二）推动产业转型升级"},
		{"五、深化改革和扩大开放", "（三）深化改革，扩大开放"},
		{"（一）办好民生实事", "（四）保障和改善民生"},
		{"（二）加强生态环境保护", "（五）建设美丽云岫"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	// the goals part is the tasks part's counterpart, not a part whose
	// items went among its items (四、推进社会建设, similarity 0)
	if p := findPair(pairs, "二、2024年工作总体部署", "二、2025年主要任务"); p == nil || p.Relation != "" {
		t.Errorf("Align: want 二、2024年工作总体部署 with 二、2025年主要任务 as a pair of their own; got:\n%s", dump)
	}
	if p := findPair(pairs, "五、深化改革和扩大开放", "二、2025年主要任务"); p != nil {
		t.Errorf("Align: %s, want the part paired with the item it became alone; got:\n%s", alignLine(*p), dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// A part with items of its own that the next report makes one item of its
// tasks part, the items run together as its paragraphs, pairs with that
// item (a level down), its items merged into it; not with the tasks part
// that holds the item. And the other way round: an item that becomes a
// part with items of its own pairs with that part.
func TestAlignPartWithItemsBecomesItem(t *testing.T) {
	const (
		soe     = "深化国资国企改革，推进省属企业战略性重组和专业化整合，完成国企改革深化提升行动年度任务。"
		fiscal  = "深化财税体制改革，完善省以下财政体制，推进零基预算改革，盘活存量建设用地1.2万亩。"
		trade   = "推进自贸试验区云岫片区建设，新开通国际货运航线3条，扩大对东盟农产品出口。"
		foreign = "实际使用外资增长8%，办好云岫国际茶博会，支持企业到境外设立研发中心和营销网络。"
	)
	a := build("a",
		"1|一、2023年工作回顾|过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人。",
		"1|二、2024年工作总体部署|"+yxGoals,
		"1|三、促进经济稳定增长|今年经济工作要着重抓好以下几个方面。",
		"2|（一）着力扩大有效需求|"+yxDemand,
		"2|（二）加快建设现代化产业体系|"+yxIndustry,
		"1|四、推进社会建设|",
		"2|（一）办好民生实事|"+yxLivelihd,
		"2|（二）加强生态环境保护|"+yxEcology,
		"1|五、深化改革和扩大开放|要坚定不移推进改革开放，在重点领域取得新突破。",
		"2|（一）深化国有企业改革|"+soe,
		"2|（二）推进财税体制改革|"+fiscal,
		"2|（三）发展对外贸易|"+trade,
		"2|（四）提高利用外资水平|"+foreign,
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，云岫省地区生产总值增长5.1%，粮食产量302亿斤，城镇新增就业50万人。",
		"1|二、2025年主要任务|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（二）推动产业转型升级|"+yxIndustry,
		"2|（三）深化改革，扩大开放|"+strings.Replace(soe, "年度任务", "收官任务", 1)+"\n"+strings.Replace(fiscal, "1.2万亩", "1.5万亩", 1)+"\n"+trade+"\n"+strings.Replace(foreign, "8%", "6%", 1),
		"2|（四）保障和改善民生|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
		"2|（五）建设美丽云岫|"+yxEcology,
	)
	a.Year, b.Year = 2024, 2025
	wantPartWithItem(t, a, b, "五、深化改革和扩大开放", "（三）深化改革，扩大开放", "二、2025年主要任务")
}

// The same where the part's items go to the last item of a tasks part that
// pairs with the one tasks part of the year before: a report that gives
// the government's own conduct a part of its own with items, after its
// tasks part, and the next that makes it the last item of its tasks. The
// tasks part gathers items from no part but last year's tasks part, its
// counterpart; the conduct part pairs with the conduct item, its items
// merged into it, not with the tasks part. And the other way round.
func TestAlignConductPartBecomesLastItem(t *testing.T) {
	const (
		open    = "推进政务公开，重大行政决策事项全部向社会公开征求意见，政府信息主动公开率达到100%。"
		law     = "坚持依法行政，落实行政执法公示、全过程记录和重大执法决定法制审核制度，办理行政复议案件146件。"
		style   = "改进工作作风，精简会议文件，严格控制检查评比，机关事项限时办结率达到98%。"
		clean   = "加强廉政建设，严格执行中央八项规定精神，三公经费压减5%，审计监督实现全覆盖。"
		project = "青川市安排重点项目210个，年度投资380亿元，新开工滨江化工新材料产业园等项目58个。"
		farm    = "稳定粮食播种面积420万亩，新建高标准农田35万亩，培育省级农业产业化龙头企业12家。"
		town    = "实施城市更新，改造老旧小区64个，建成白塔县至青川市区快速通道，城镇化率达到52%。"
		people  = "城镇新增就业4.5万人，城乡低保标准提高8%，新建改扩建中小学15所、乡镇卫生院9所。"
	)
	a := build("a",
		"1|一、2031年工作回顾|过去一年，青川市生产总值增长6.8%，一般公共预算收入增长7.2%，城乡居民收入稳步增长。",
		"1|二、2032年目标任务|今年政府工作的总体要求是：坚持稳中求进工作总基调，统筹发展和安全，加快建设现代化滨江城市。主要预期目标是：全市生产总值增长7%左右，一般公共预算收入增长6%，城乡居民收入与经济增长同步，城镇新增就业4.5万人，单位生产总值能耗完成省下达任务。实现上述目标，要重点抓好以下工作。",
		"2|（一）抓好重点项目建设|"+project,
		"2|（二）推进乡村振兴|"+farm,
		"2|（三）提升城市品质|"+town,
		"2|（四）保障和改善民生|"+people,
		"1|三、加强政府自身建设|面对新的任务，必须切实加强政府自身建设。",
		"2|（一）坚持政务公开|"+open,
		"2|（二）坚持依法行政|"+law,
		"2|（三）坚持改进作风|"+style,
		"2|（四）坚持廉洁从政|"+clean,
	)
	b := build("b",
		"1|一、2032年工作回顾|过去一年，青川市生产总值增长7.1%，一般公共预算收入增长6.4%，城乡居民收入稳步增长。",
		"1|二、2033年主要工作任务|今年政府工作的总体要求是：坚持稳中求进工作总基调，统筹发展和安全，奋力建设现代化滨江城市。主要预期目标是：全市生产总值增长6.5%左右，一般公共预算收入增长6%，城乡居民收入与经济增长同步，城镇新增就业4.6万人，单位生产总值能耗完成省下达任务。实现上述目标，要重点抓好以下工作。",
		"2|（一）扩大有效投资|"+strings.Replace(project, "210个", "230个", 1),
		"2|（二）加快农业农村现代化|"+strings.Replace(farm, "35万亩", "38万亩", 1),
		"2|（三）推进新型城镇化|"+strings.Replace(town, "64个", "70个", 1),
		"2|（四）加强民生保障|"+strings.Replace(people, "15所", "18所", 1),
		"2|（五）切实加强政府自身建设|"+open+"\n"+strings.Replace(law, "146件", "152件", 1)+"\n"+style+"\n"+strings.Replace(clean, "5%", "3%", 1),
	)
	a.Year, b.Year = 2032, 2033
	wantPartWithItem(t, a, b, "三、加强政府自身建设", "（五）切实加强政府自身建设", "二、2033年主要工作任务")
}

// wantPartWithItem checks, aligning a with b and b with a, that part (of
// a) and item (of b) are a pair of their own, that the part is not paired
// with tasks, the part of b that holds the item, and that every section
// is accounted for.
func wantPartWithItem(t *testing.T, a, b *corpus.Document, part, item, tasks string) {
	t.Helper()
	for _, forward := range []bool{true, false} {
		x, y, from, to := a, b, part, item
		if !forward {
			x, y, from, to = b, a, item, part
		}
		pairs := Align(x, y, Options{})
		dump := alignDump(pairs)
		if p := findPair(pairs, from, to); p == nil || p.Status == Merged || p.Status == Split {
			t.Errorf("Align(forward %v): want %s with %s as a pair of their own; got:\n%s", forward, from, to, dump)
		}
		for _, p := range pairs {
			if p.From != nil && p.To != nil && (p.From.Heading == part && p.To.Heading == tasks || p.From.Heading == tasks && p.To.Heading == part) {
				t.Errorf("Align(forward %v): %s, want the part paired with the item; got:\n%s", forward, alignLine(p), dump)
			}
		}
		if err := checkCoverage(x, y, pairs); err != nil {
			t.Error(err)
		}
	}
}

// A part whose items went to several items of the other report's tasks
// part, no one item taking most of them, pairs with the item that bears
// its name, as a reader pairs them (三、促进经济稳定增长 of one year,
// （一）促进经济稳定增长 of the next), not with the tasks part.
func TestAlignPartBecomesItemOfItsName(t *testing.T) {
	const (
		fiscal = "实施更加积极的财政政策，赤字率按3%安排，新增专项债券额度480亿元，优先支持在建项目。"
		credit = "用好结构性货币政策工具，引导金融机构加大对科技创新、绿色发展和小微企业的信贷投放。"
	)
	a := build("a",
		"1|一、2023年工作回顾|过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人。",
		"1|二、2024年工作总体部署|"+yxGoals,
		"1|三、促进经济稳定增长|今年经济工作要着重抓好以下几个方面。",
		"2|（一）加大宏观政策调控力度|"+fiscal+credit,
		"2|（二）着力扩大有效需求|"+yxDemand,
		"1|四、推进社会建设|",
		"2|（一）办好民生实事|"+yxLivelihd,
		"2|（二）加强生态环境保护|"+yxEcology,
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，云岫省地区生产总值增长5.1%，粮食产量302亿斤，城镇新增就业50万人。",
		"1|二、2025年主要任务|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）促进经济稳定增长|"+strings.Replace(fiscal, "480亿元", "520亿元", 1)+credit,
		"2|（二）扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（三）保障和改善民生|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
		"2|（四）建设美丽云岫|"+yxEcology,
	)
	a.Year, b.Year = 2024, 2025
	wantPartWithItem(t, a, b, "三、促进经济稳定增长", "（一）促进经济稳定增长", "二、2025年主要任务")
}

// The items of a part that merged into the other report's tasks part,
// whose own partner is a later part, keep their place among the tasks:
// they come after the tasks part's heading wherever its partner came, and
// in their order, so they are not moved.
func TestAlignItemsOfMergedPartNotMoved(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人。",
		"1|二、促进经济稳定增长|今年经济工作要着重抓好以下几个方面。",
		"2|（一）着力扩大有效需求|"+yxDemand,
		"2|（二）加快建设现代化产业体系|"+yxIndustry,
		"1|三、2024年主要任务|"+yxGoals,
		"2|（一）办好民生实事|"+yxLivelihd,
		"2|（二）加强生态环境保护|"+yxEcology,
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，云岫省地区生产总值增长5.1%，粮食产量302亿斤，城镇新增就业50万人。",
		"1|二、2025年主要任务|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（二）推动产业转型升级|"+yxIndustry,
		"2|（三）保障和改善民生|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
		"2|（四）建设美丽云岫|"+yxEcology,
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）着力扩大有效需求", "（一）扩大国内需求"},
		{"（二）加快建设现代化产业体系", "（二）推动产业转型升级"},
		{"（一）办好民生实事", "（三）保障和改善民生"},
		{"（二）加强生态环境保护", "（四）建设美丽云岫"},
	} {
		p := findPair(pairs, w[0], w[1])
		switch {
		case p == nil:
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		case p.Status == Moved:
			t.Errorf("Align: %s, want it not moved (it kept its place among the tasks); got:\n%s", alignLine(*p), dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// Fixture texts of a fictional city, 明湖市: the tasks of a year, and the
// goals of a five-year plan that say much the same in their own words.
const (
	mhIndustry = "做强智能装备和生物医药两大主导产业，新增规上工业企业120家，建设明湖智造产业园二期，工业技改投资增长15%。"
	mhCity     = "实施城市更新行动，改造老旧小区60个、城中村5个，建成明湖大道快速路，新增城市公园绿地40公顷。"
	mhRural    = "新建高标准农田8万亩，发展特色果蔬种植，创建和美乡村示范村30个，农村居民人均可支配收入增长7%。"
	mhPeople   = "城镇新增就业4.5万人，新建公办幼儿园6所，新增养老床位1200张，市第一人民医院新院区投入使用。"
)

// mhPlanItems are the goals of a five-year plan, in the words of the
// year's tasks: a plan's items resemble the year's, and must not take
// their place.
var mhPlanItems = []string{
	"2|（一）产业体系现代化水平显著提升|智能装备和生物医药两大主导产业规模翻番，规上工业企业突破1500家，建成明湖智造产业园。",
	"2|（二）城市能级品质显著提升|城市更新全面推进，老旧小区改造基本完成，明湖大道等骨干路网全面建成，城市公园绿地成网。",
	"2|（三）乡村全面振兴取得实质进展|高标准农田全覆盖，特色果蔬产业链条完整，和美乡村建设全域推进，农村居民收入持续较快增长。",
	"2|（四）民生福祉达到新水平|就业更加充分，幼儿园和养老床位供给充足，市第一人民医院等优质医疗资源扩容均衡布局。",
}

// minghuYear is a report of 明湖市 of an ordinary year: a review of the
// year before (under review) and the year's tasks.
func minghuYear(year int, review string) *corpus.Document {
	y := strconv.Itoa(year)
	d := build("m"+y,
		"1|一、"+review+"|过去一年，明湖市地区生产总值增长5.6%，新增规上工业企业108家，改造老旧小区52个，城镇新增就业4.3万人。",
		"1|二、"+y+"年重点工作|今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长5%，城镇新增就业4.5万人，居民人均可支配收入与经济增长同步，单位地区生产总值能耗下降2.5%。",
		"2|（一）推动产业提质增效|"+mhIndustry,
		"2|（二）提升城市功能品质|"+mhCity,
		"2|（三）全面推进乡村振兴|"+mhRural,
		"2|（四）办好民生实事|"+mhPeople,
	)
	d.Year = year
	return d
}

// minghuPlanYear is the report of the first year of a five-year plan: a
// review of the year before and the plan that ended (past), the goals of
// the plan that begins (plan), and the year's tasks.
func minghuPlanYear(year int, past, plan string) *corpus.Document {
	y := strconv.Itoa(year)
	lines := []string{
		"1|一、" + strconv.Itoa(year-1) + "年和“" + past + "”时期工作回顾|过去五年，明湖市地区生产总值年均增长5.8%，新增规上工业企业520家，改造老旧小区260个，城镇新增就业21万人。",
		"1|二、“" + plan + "”时期主要目标任务|今后五年经济社会发展的主要目标是：地区生产总值年均增长5.5%左右，一般公共预算收入年均增长5%，城镇新增就业累计22万人，居民人均可支配收入与经济增长同步，单位地区生产总值能耗累计下降12%。",
	}
	lines = append(lines, mhPlanItems...)
	lines = append(lines,
		"1|三、"+y+"年重点工作|今年是“"+plan+"”开局之年，要突出抓好以下工作。",
		"2|（一）加快建设现代化产业体系|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）推进城市更新|"+strings.Replace(mhCity, "60个", "65个", 1),
		"2|（三）推进乡村全面振兴|"+strings.Replace(mhRural, "8万亩", "9万亩", 1),
		"2|（四）增进民生福祉|"+mhPeople,
	)
	d := build("m"+y, lines...)
	d.Year = year
	return d
}

// A part on a five-year plan, which a report has only at the start of a
// plan, pairs with nothing: the year's tasks pair with the year's tasks,
// the plan's goals with none of them however alike, and the review of the
// plan's five years with the review of one year, whichever report comes
// first.
func TestAlignFiveYearPlanPart(t *testing.T) {
	for _, c := range []struct{ a, b *corpus.Document }{
		{minghuYear(2025, "2024年工作回顾"), minghuPlanYear(2026, "十四五", "十五五")},
		{minghuPlanYear(2021, "十三五", "十四五"), minghuYear(2022, "2021年工作回顾")},
	} {
		a, b := c.a, c.b
		pairs := Align(a, b, Options{})
		dump := alignDump(pairs)
		inPlan := func(r *SectionRef) bool {
			const plan = "时期主要目标任务"
			return strings.Contains(r.Heading, plan) || (len(r.Path) > 0 && strings.Contains(r.Path[0], plan))
		}
		want := [][2]string{{"一、", "一、"}, {"二、", "三、"}, {"（一）", "（一）"}, {"（二）", "（二）"}, {"（三）", "（三）"}, {"（四）", "（四）"}}
		for _, p := range pairs {
			if p.From == nil || p.To == nil {
				continue
			}
			if inPlan(p.From) || inPlan(p.To) {
				t.Errorf("Align(%d, %d): %s, want the five-year plan and its goals unpaired; got:\n%s", a.Year, b.Year, alignLine(p), dump)
				continue
			}
			if p.Status == Merged || p.Status == Split {
				continue
			}
			f, to := p.From.Heading, p.To.Heading
			if a.Year == 2021 {
				f, to = to, f // the plan year comes first
			}
			want = slices.DeleteFunc(want, func(w [2]string) bool { return strings.HasPrefix(f, w[0]) && strings.HasPrefix(to, w[1]) })
		}
		if len(want) > 0 {
			t.Errorf("Align(%d, %d): want the reviews paired and the year's tasks with the year's tasks; missing %v; got:\n%s", a.Year, b.Year, want, dump)
		}
		if err := checkCoverage(a, b, pairs); err != nil {
			t.Error(err)
		}
	}
}

// A report at the start of a term that has no goals for the year, only
// goals for five years, pairs those with the next report's goals for the
// year: a five-year part keeps a counterpart that nothing else claims.
func TestAlignFiveYearGoalsAlone(t *testing.T) {
	a := build("a",
		"1|一、过去五年主要工作|五年来，青岚县地区生产总值年均增长6.8%，新建农村公路420公里，改造老旧小区110个。",
		"1|二、今后五年发展目标|今后五年经济社会发展的主要目标是：地区生产总值年均增长6%以上，一般公共预算收入年均增长6%，城乡居民人均可支配收入年均增长7%，单位地区生产总值能耗完成省下达任务。",
		"1|三、2017年重点工作任务|",
		"2|（一）推进产业转型升级|"+mhIndustry,
		"2|（二）保障和改善民生|"+mhPeople,
	)
	b := build("b",
		"1|一、2017年工作回顾|过去一年，青岚县地区生产总值增长6.5%，新建农村公路90公里，改造老旧小区24个。",
		"1|二、2018年发展目标|今年经济社会发展的主要预期目标是：地区生产总值增长6%以上，一般公共预算收入增长6%，城乡居民人均可支配收入增长7%，单位地区生产总值能耗完成省下达任务。",
		"1|三、2018年重点工作|",
		"2|（一）持续推进产业转型升级|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）倾心倾力保障改善民生|"+mhPeople,
	)
	a.Year, b.Year = 2017, 2018
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"一、过去五年主要工作", "一、2017年工作回顾"},
		{"二、今后五年发展目标", "二、2018年发展目标"},
		{"三、2017年重点工作任务", "三、2018年重点工作"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Status == Merged || p.Status == Split {
			t.Errorf("Align: want %s => %s as a primary pair; got:\n%s", w[0], w[1], dump)
		}
	}
}

// A report at the start of a term gives its five-year suggestions a part
// before the year's tasks, and makes the government's own work the last
// item of the tasks; the report of the year before gave that work a part
// of its own after its tasks. The part on the government, more like the
// five-year part that speaks of every field than like the one item it
// became, pairs with neither the five-year part nor its sections: its
// items go to the year's item on the government, and the five-year part
// stays unpaired, whichever report comes first.
func TestAlignOwnPartNotFiveYearPart(t *testing.T) {
	govDecide := "重大决策先听专家和公众意见，政务信息依法公开，审批事项再砍一批，办件全程限时并接受电子监察。"
	govClean := "压实廉政责任，严控一般性支出，公务接待经费只减不增，整治庸懒散，做勤政廉洁的表率。"
	a := build("a",
		"1|一、2016年工作回顾|过去一年，明湖市地区生产总值增长7.2%，新增规上工业企业96家，改造老旧小区40个，城镇新增就业4.1万人。",
		"1|二、2017年主要任务|今年要着力抓好以下几个方面的工作。",
		"2|（一）壮大实体经济|"+mhIndustry,
		"2|（二）提升城市品质|"+mhCity,
		"2|（三）办好民生实事|"+mhPeople,
		"1|三、建设人民满意的服务型政府|完成今年任务，政府自身要过硬。",
		"2|（一）推进决策科学化|"+govDecide,
		"2|（二）坚持从严治政|"+govClean,
	)
	b := build("b",
		"1|一、过去五年工作回顾|五年来，明湖市地区生产总值年均增长7.5%，新增规上工业企业450家，改造老旧小区200个，城镇新增就业20万人。",
		"1|二、今后五年的主要任务|今后五年，要在四个方面持续用力。",
		"2|（一）推动经济高质量发展|做强智能装备和生物医药主导产业，壮大规上工业企业群体，建成明湖智造产业园，推动工业技改提质。",
		"2|（二）建设宜居城市|全面推进城市更新，完成老旧小区和城中村改造，建成骨干快速路网，城市公园绿地成网。",
		"2|（三）增进社会福祉|实现更加充分的就业，扩大公办幼儿园和养老床位供给，建好市第一人民医院新院区。",
		"2|（四）建设人民满意政府|政府要服务好、效率高、办事透明："+govDecide+govClean+"完善绩效评估，全面推行行政问责。",
		"1|三、2018年重点工作|今年是本届政府履职的第一年，要抓好以下工作。",
		"2|（一）推进工业提质增效|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）提升城市管理水平|"+strings.Replace(mhCity, "60个", "65个", 1),
		"2|（三）持续改善民生|"+mhPeople,
		"2|（四）加强政府作风建设|"+strings.Replace(govDecide, "再砍一批", "再减三成", 1)+strings.Replace(govClean, "只减不增", "再压一成", 1),
	)
	a.Year, b.Year = 2017, 2018
	for _, c := range []struct {
		a, b     *corpus.Document
		fiveFrom bool // the five-year part is in the old report
	}{{a, b, false}, {b, a, true}} {
		pairs := Align(c.a, c.b, Options{})
		dump := alignDump(pairs)
		fiveYear := func(r *SectionRef) bool {
			const plan = "今后五年的主要任务"
			return r != nil && (strings.Contains(r.Heading, plan) || len(r.Path) > 0 && strings.Contains(r.Path[0], plan))
		}
		for _, p := range pairs {
			if p.From == nil || p.To == nil {
				continue
			}
			own := p.From
			if c.fiveFrom {
				own = p.To
			}
			if (fiveYear(p.From) || fiveYear(p.To)) && (own.Heading == "三、建设人民满意的服务型政府" || len(own.Path) > 0 && own.Path[0] == "三、建设人民满意的服务型政府") {
				t.Errorf("Align(%d, %d): %s, want the part on the government apart from the five-year part; got:\n%s", c.a.Year, c.b.Year, alignLine(p), dump)
			}
		}
		from, to := "（一）推进决策科学化", "（四）加强政府作风建设"
		if c.fiveFrom {
			from, to = to, from
		}
		if findPair(pairs, from, to) == nil {
			t.Errorf("Align(%d, %d): want %s => %s; got:\n%s", c.a.Year, c.b.Year, from, to, dump)
		}
	}
}

// mhClosing is a report's closing words after the last task, as a report
// runs on into them without a heading: the government's own work, unity,
// the call to the deputies.
const mhClosing = "各位代表！\n" +
	"做好今年工作，必须加强政府自身建设。各级政府要坚持依法行政，自觉接受人大及其常委会的监督和政协的民主监督，严格执行过紧日子要求，持续整治形式主义官僚主义，切实为基层减负。\n" +
	"各位代表！\n" +
	"我们要坚持全面深化改革，坚持以人民为中心，团结带领全市各族人民，锐意进取，真抓实干，凝心聚力，奋发有为，为奋力谱写明湖高质量发展新篇章而不懈奋斗！"

// mhRally is a report's closing words as a digest prints them: no address
// on a line of its own, only the rally that ends the report.
const mhRally = "路虽远，行则将至；事虽难，做则必成！让我们更加紧密地团结在党中央周围，坚持全面深化改革，坚持以人民为中心，团结带领全市各族人民，锐意进取，真抓实干，凝心聚力，奋发有为，为奋力谱写明湖高质量发展新篇章、建设湖光山色品质之城而不懈奋斗！"

// The closing words a report's last section runs on into are not that
// section's subject, whether after an address to the deputies (各位代表！)
// or, without one, the rally that ends the report (……让我们……而不懈奋斗！):
// two reports whose last sections differ but close alike pair those
// sections with their real counterparts.
func TestAlignClosingWords(t *testing.T) {
	for _, c := range []struct {
		name, oldEnd, newEnd string
	}{
		{"address", mhClosing, strings.Replace(mhClosing, "不懈奋斗", "努力奋斗", 1)},
		{"rally without an address", mhRally + "\n（责任编辑：王明）", mhRally},
	} {
		a := build("a",
			"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.6%，新增规上工业企业108家，改造老旧小区52个。",
			"1|二、2025年重点工作|",
			"2|（一）推动产业提质增效|"+mhIndustry,
			"2|（二）提升城市功能品质|"+mhCity,
			"2|（三）办好民生实事|"+mhPeople,
			"2|（四）全面推进乡村振兴|"+mhRural+"\n"+c.oldEnd,
		)
		b := build("b",
			"1|一、2025年工作回顾|过去一年，明湖市地区生产总值增长5.4%，新增规上工业企业115家，改造老旧小区60个。",
			"1|二、2026年重点工作|",
			"2|（一）推进乡村全面振兴|"+strings.Replace(mhRural, "8万亩", "9万亩", 1),
			"2|（二）加快建设现代化产业体系|"+strings.Replace(mhIndustry, "120家", "130家", 1),
			"2|（三）推进城市更新|"+strings.Replace(mhCity, "60个", "65个", 1),
			"2|（四）增进民生福祉|"+mhPeople+"\n"+c.newEnd,
		)
		a.Year, b.Year = 2025, 2026
		pairs := Align(a, b, Options{})
		dump := alignDump(pairs)
		for _, w := range [][2]string{
			{"（一）推动产业提质增效", "（二）加快建设现代化产业体系"},
			{"（二）提升城市功能品质", "（三）推进城市更新"},
			{"（三）办好民生实事", "（四）增进民生福祉"},
			{"（四）全面推进乡村振兴", "（一）推进乡村全面振兴"},
		} {
			if p := findPair(pairs, w[0], w[1]); p == nil || p.Status == Merged || p.Status == Split {
				t.Errorf("%s: Align: want %s => %s as a primary pair; got:\n%s", c.name, w[0], w[1], dump)
			}
		}
		if p := findPair(pairs, "（四）全面推进乡村振兴", "（四）增进民生福祉"); p != nil {
			t.Errorf("%s: Align: %s, paired by their closing words; got:\n%s", c.name, alignLine(*p), dump)
		}
	}
}

func TestRallyAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"推进乡村振兴。\n让我们团结奋斗，为建设明湖而努力奋斗！", len("推进乡村振兴。\n")},
		{"推进乡村振兴。\n各位代表！让我们团结奋斗！\n（责任编辑：王明）\n", len("推进乡村振兴。\n")},
		{"让我们团结奋斗！\n推进乡村振兴，新建高标准农田8万亩，发展特色产业。", -1}, // the section goes on
		{"推进乡村振兴。\n让我们团结奋斗，为建设明湖而努力奋斗!", len("推进乡村振兴。\n")},
		{"推进乡村振兴。\n我们一定要把这件事办好！", -1}, // no rally
		{"推进乡村振兴。", -1},
	} {
		if got := rallyAt(c.text); got != c.want {
			t.Errorf("rallyAt(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestClosingAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"推进乡村振兴。\n各位代表！\n我们要团结奋斗。", len("推进乡村振兴。\n")},
		{"推进乡村振兴。\n  同志们！\n", len("推进乡村振兴。\n")},
		{"推进乡村振兴。\n我们一定要把这件事办好！\n", -1}, // a sentence, not an address
		{"推进乡村振兴。\n2025年！\n", -1},
		{"推进乡村振兴。", -1},
	} {
		if got := closingAt(c.text); got != c.want {
			t.Errorf("closingAt(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// mhTransport is one long paragraph on transport (over flowLong
// characters) that a city section holds one year and a section of its own
// the next.
const mhTransport = "加快构建现代综合交通体系。推进明湖至望川城际铁路前期工作，开工建设明湖东站综合交通枢纽，建成环湖快速路北段和滨江大道延伸段，新增公交线路12条、更新新能源公交车300辆，打通城区断头路15条，新建公共停车位8000个，推进明湖港二期码头建设，开通至沿海港口的集装箱班列，完善城乡客运一体化网络，实现建制村通客车全覆盖，让群众出行更便捷、物流运输更高效，为全市高质量发展提供坚实的交通保障和有力支撑。同时，深化交通运输领域改革，完善交通基础设施投融资机制，推行公路养护市场化，加强交通运输安全监管和应急保障能力建设，推动智慧交通和绿色交通协调发展。"

// mhRenewal is a long paragraph on city renewal, the rest of the city
// section.
const mhRenewal = "深入实施城市更新行动。坚持留改拆并举，改造老旧小区60个、城中村5个，同步完善养老托育、停车充电等配套设施，推进明湖老街历史文化街区保护利用，建成明湖大道快速路，新增城市公园绿地40公顷、绿道30公里，开展城市体检，推进地下管网改造和海绵城市建设，提升城市精细化管理水平，深化城市管理执法体制改革，推进垃圾分类提质扩面，打造干净整洁有序的城市环境，让城市更宜居、更韧性、更智慧，不断增强市民的获得感、幸福感和安全感。"

// mhVillages is a long paragraph on the villages.
const mhVillages = "全面推进乡村振兴。新建高标准农田8万亩，粮食播种面积稳定在120万亩以上，发展特色果蔬、茶叶和花卉种植，培育农业产业化龙头企业20家，创建和美乡村示范村30个，深化农村人居环境整治，推进农村改厕和生活污水治理，巩固拓展脱贫攻坚成果，防止规模性返贫，深化农村集体产权制度改革，发展壮大新型农村集体经济，农村居民人均可支配收入增长7%。"

// mhHeritage and mhFarms are more long paragraphs of the city and the
// villages.
const mhHeritage = "加强历史文化保护传承。编制明湖历史文化名城保护规划，完成明湖老街、东门古渡等5片历史文化街区的保护修缮，挂牌保护历史建筑120处，推进明湖书院、钟楼等文物保护单位修缮开放，活化利用工业遗产，建设城市博物馆新馆，办好明湖文化旅游节和非遗展演季，推出夜游老街、古渡灯会等文旅消费新场景，让城市留下记忆、让人们记住乡愁，以文化的力量涵养城市的气质和品格。"

const mhFarms = "发展现代高效农业。建设国家现代农业产业园，推进果蔬、茶叶、花卉三大特色产业全链条发展，新增农产品加工企业15家，培育家庭农场和农民合作社示范社100家，建设冷链物流仓储设施10万吨，发展农村电商和直播带货，打造明湖茶、明湖花卉区域公用品牌，推广稻渔综合种养8万亩，推进农业机械化和数字农业应用，农业总产值增长4%，让农业成为有奔头的产业。"

// A section that gives one long paragraph, a topic of its own, to a
// sibling (the transport paragraph of the city section, which the next
// report puts in the section on the villages and towns) is split into it:
// the paragraph's flow links them although it is one paragraph alone.
func TestAlignLongParagraphSplit(t *testing.T) {
	wantTransportSplit(t, mhRenewal+"\n"+mhHeritage, mhVillages+"\n"+mhFarms,
		strings.Replace(mhRenewal, "60个", "65个", 1)+"\n"+mhHeritage,
		strings.Replace(mhVillages, "30个", "35个", 1)+"\n"+mhFarms)
}

// wantTransportSplit aligns two 明湖市 plans whose city section (city,
// then the transport paragraph) gives the transport paragraph to the
// section on the villages (villages) in the next year (cityNext,
// villagesNext, then the paragraph): each section pairs with its
// counterpart, and the city section with the villages' too.
func wantTransportSplit(t *testing.T, city, villages, cityNext, villagesNext string) {
	t.Helper()
	a := build("a",
		"1|一、2025年重点工作|",
		"2|（一）推动产业提质增效|"+mhIndustry,
		"2|（二）提升城市功能品质|"+city+"\n"+mhTransport,
		"2|（三）全面推进乡村振兴|"+villages,
		"2|（四）办好民生实事|"+mhPeople,
	)
	b := build("b",
		"1|一、2026年重点工作|",
		"2|（一）加快建设现代化产业体系|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）推进城市更新|"+cityNext,
		"2|（三）推进城乡融合发展|"+villagesNext+"\n"+strings.Replace(mhTransport, "12条", "15条", 1),
		"2|（四）增进民生福祉|"+mhPeople,
	)
	a.Year, b.Year = 2025, 2026
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（二）提升城市功能品质", "（二）推进城市更新"},
		{"（三）全面推进乡村振兴", "（三）推进城乡融合发展"},
		{"（二）提升城市功能品质", "（三）推进城乡融合发展"}, // the transport paragraph
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// Fixture paragraphs of 明湖市 on livelihood and on security, and a
// shorter block on the army (under flowLong characters) that one year
// closes the livelihood item and the next year the security item.
const (
	mhJobs     = "完善就业优先政策。实施高校毕业生就业创业促进计划，开发公益性岗位2000个，新建零工市场6个，开展补贴性职业技能培训3万人次，加强对大龄、残疾、较长时间失业等就业困难群体的帮扶，城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。"
	mhSchools  = "办好人民满意的教育。新建改扩建中小学幼儿园15所、新增学位1.2万个，推进义务教育优质均衡发展，深化集团化办学和教师县管校聘改革，支持明湖职业技术学院建设高水平专业群，办好特殊教育和专门教育，让孩子们在家门口上好学。"
	mhHealth   = "建设健康明湖。推进市第一人民医院新院区、市中医院门诊综合楼建设，组建紧密型城市医疗集团和县域医共体，推广一次挂号管三天，新增养老床位1200张，建成社区嵌入式养老服务中心20个，发展普惠托育，每千人口托位数达到4.5个。"
	mhRisk     = "防范化解重点领域风险。稳妥处置房地产项目交付风险，完成保交房任务，严厉打击非法集资，加强地方政府债务管理，坚决遏制新增隐性债务，守住不发生系统性风险的底线。"
	mhWorkSafe = "抓好安全生产和防灾减灾。深入开展安全生产治本攻坚行动，整治城镇燃气、自建房、电动自行车等重点领域隐患，建成市综合应急救援基地，完善城市排水防涝体系，提高应对暴雨台风等极端天气的能力。"
	mhArmy     = "加强军地协作和双拥工作。支持驻明湖部队建设，完善国防动员体系，加强民兵和预备役工作，推进明湖国防教育基地建设，深化全民国防教育，做好退役军人接收安置、就业创业和优抚褒扬工作，创建全国双拥模范城，让军人成为全社会尊崇的职业、让退役军人成为全社会尊重的人。"
	mhArmyNext = "支持国防和军队现代化。深化军地协作，密切军政军民关系，健全拥军支前体系，推进双拥共建和军地互办实事，加强国防动员和民兵预备役建设，建成明湖国防教育基地，深化全民国防教育，做好退役军人接收安置、就业创业和优抚褒扬工作，巩固全国双拥模范城创建成果，让军人成为全社会尊崇的职业。"
)

// A shorter block (under flowLong characters) that went whole from one
// item to a sibling, the livelihood item's paragraph on the army that the
// next year's security item holds, is a split when the two paragraphs are
// each other's best by far: a topic, not a shared sentence.
func TestAlignShortBlockSplit(t *testing.T) {
	a := build("a",
		"1|一、2031年重点工作|",
		"2|（一）推动产业提质增效|"+mhIndustry,
		"2|（二）保障和改善民生|"+mhJobs+"\n"+mhSchools+"\n"+mhHealth+"\n"+mhArmy,
		"2|（三）推进平安明湖建设|"+mhRisk+"\n"+mhWorkSafe,
	)
	b := build("b",
		"1|一、2032年重点工作|",
		"2|（一）加快建设现代化产业体系|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）增进民生福祉|"+strings.Replace(mhJobs, "4.5万人", "4.6万人", 1)+"\n"+mhSchools+"\n"+strings.Replace(mhHealth, "1200张", "1500张", 1),
		"2|（三）统筹发展和安全|"+mhRisk+"\n"+strings.Replace(mhWorkSafe, "极端天气", "极端天气和地质灾害", 1)+"\n"+mhArmyNext,
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（二）保障和改善民生", "（二）增进民生福祉"},
		{"（三）推进平安明湖建设", "（三）统筹发展和安全"},
		{"（二）保障和改善民生", "（三）统筹发展和安全"}, // the army block
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if p := findPair(pairs, "（一）推动产业提质增效", "（三）统筹发展和安全"); p != nil {
		t.Errorf("Align: industry paired with security; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// Fixture paragraphs of 明湖市 on investment and on green development:
// the energy paragraph of the green item names the power plants that the
// infrastructure paragraph of the investment item names too.
const (
	mhInfra     = "适度超前开展基础设施投资。推进明湖至望川城际铁路、环湖快速路北段、明湖港二期码头建设，开工建设明湖核电一期、望川抽水蓄能电站、滨海海上风电场和明湖LNG接收站，建成500千伏东环输变电工程，新建5G基站3000个，全年安排市重点项目300个、完成投资800亿元，做深做细项目前期工作，坚持资金要素跟着项目走，市直各部门主动服务、协同推进重大项目建设，确保早开工、早投产、早见效。"
	mhInfraNext = "加快现代化基础设施体系建设。建成明湖至望川城际铁路和环湖快速路北段，推进明湖港二期码头、明湖东站综合交通枢纽建设，建设明湖核电一期、望川抽水蓄能电站、滨海海上风电场和明湖LNG接收站，新建5G基站4000个，全年安排市重点项目320个、完成投资850亿元，强化用地用能保障，推动重大项目快落地、快建设、快投产、快见效。"
	mhSpend     = "更大力度激发消费潜力。建设明湖老街特色商圈和滨江夜经济街区，扩大汽车、家电、家居等大宗消费，发展首店经济和直播电商，举办明湖购物节，促进农村消费提质升级，社会消费品零售总额增长6%。"
	mhEnergy    = "加快完善能源供应保障体系。推进能源结构调整，大力发展清洁能源，加快滨海海上风电场建设，推进明湖核电一期建设，开工建设望川抽水蓄能电站，加快明湖LNG接收站和储气设施建设，建成500千伏东环输变电工程，推进天然气调峰电厂和热电联产项目，完善电力需求侧管理，保障全市电力、天然气稳定供应，基本实现天然气管网镇镇通，加强煤炭、成品油等重要物资储备。深化电力体制改革，完善电力市场交易机制，推动分布式光伏整县开发，建设虚拟电厂和新型储能示范项目，提升电网调峰能力和供电可靠性，确保迎峰度夏期间不拉闸、不限电，让企业用上稳定电、群众用上放心气。"
	mhPollute   = "深入打好污染防治攻坚战。推进明湖流域综合治理和城乡黑臭水体整治，新建污水管网120公里，强化臭氧和细颗粒物协同治理，加强土壤污染源头管控，推进垃圾分类和无废城市建设，空气质量优良天数比率保持在90%以上。"
	mhRestore   = "强化生态系统保护修复。实施明湖山水林田湖草一体化保护修复工程，新造林5万亩，建设湿地公园3个、碧道40公里，推进矿山复绿和水土流失治理，加强生物多样性保护。"
	mhLowCarbon = "加快发展方式绿色转型。制定碳达峰实施方案，推进重点行业节能降碳改造，创建绿色工厂20家，推广绿色建筑和新能源汽车，完善碳排放统计核算体系，倡导简约适度、绿色低碳的生活方式。"
)

// A paragraph whose best match in the other report is a paragraph that
// continues another paragraph of its own, far more alike (the energy
// paragraph of the green item, whose nearest new paragraph is the
// infrastructure paragraph that continues last year's infrastructure
// paragraph), is a shared list of names, not a topic that flowed: the
// green item is not split into the investment item, however long the
// paragraph.
func TestAlignShadowedParagraphNoSplit(t *testing.T) {
	a := build("a",
		"1|一、2031年重点工作|",
		"2|（一）扩大有效投资|"+mhInfra+"\n"+mhSpend,
		"2|（二）推进绿色低碳发展|"+mhEnergy+"\n"+mhPollute+"\n"+mhRestore,
		"2|（三）保障和改善民生|"+mhJobs+"\n"+mhSchools+"\n"+mhHealth,
	)
	b := build("b",
		"1|一、2032年重点工作|",
		"2|（一）着力扩大国内需求|"+mhInfraNext+"\n"+strings.Replace(mhSpend, "6%", "6.5%", 1),
		"2|（二）突出绿色发展引领|"+strings.Replace(mhPollute, "120公里", "150公里", 1)+"\n"+mhRestore+"\n"+mhLowCarbon,
		"2|（三）增进民生福祉|"+mhJobs+"\n"+mhSchools+"\n"+mhHealth,
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）扩大有效投资", "（一）着力扩大国内需求"},
		{"（二）推进绿色低碳发展", "（二）突出绿色发展引领"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if findPair(pairs, "（二）推进绿色低碳发展", "（一）着力扩大国内需求") != nil {
		t.Errorf("Align: green item split into the investment item by the shared plant names; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// Only a part looks ahead, and all in it: an item of the year's tasks
// that names the coming plan is the year's work.
func TestPrepareAhead(t *testing.T) {
	d := build("d",
		"1|二、“十五五”时期主要目标任务|",
		"2|（一）产业体系现代化水平显著提升|",
		"1|三、2025年重点工作|",
		"2|（五）高质量编制“十五五”规划|谋划一批打基础、利长远的重大项目。",
	)
	d.Year = 2025
	ps := prepare(d)
	for k, want := range []bool{true, true, false, false} {
		if ps[k].ahead != want {
			t.Errorf("prepare: %s ahead = %v, want %v", ps[k].s.Heading, ps[k].ahead, want)
		}
	}
}

// yunxiuTasksOnly is a file of the 2024 report of 云岫省 that holds only
// its tasks part: the goals without a heading, then the items, which the
// reader makes the top level of the file.
func yunxiuTasksOnly() *corpus.Document {
	d := build("tasks",
		"0||"+yxGoals,
		"1|（一）深化重点领域改革|"+yxReform,
		"1|（二）扩大高水平对外开放|"+yxOpening,
		"1|（三）着力扩大有效需求|"+yxDemand,
		"1|（四）加快建设现代化产业体系|"+yxIndustry,
		"1|（五）全面推进乡村振兴|"+yxRural,
	)
	d.Year = 2024
	return d
}

// yunxiuWhole is the 2025 report, whole: a long review that tells of all
// of 2024's tasks, and the tasks part with its items.
func yunxiuWhole() *corpus.Document {
	d := build("whole",
		"1|一、2024年工作回顾|过去一年，云岫省地区生产总值增长5.1%。国资国企改革和财税体制改革扎实推进，盘活存量建设用地1.3万亩。"+
			"自贸试验区云岫片区新开通国际货运航线3条，实际使用外资增长9%。省级重大项目完成投资3900亿元，以旧换新带动消费。"+
			"新能源汽车、电子信息产业集群加快壮大，新增规上工业企业640家。新建高标准农田125万亩，粮食产量302亿斤，创建和美乡村示范村310个。",
		"1|二、2025年主要任务|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）把改革推向深入|"+strings.Replace(yxReform, "1.2万亩", "1.5万亩", 1),
		"2|（二）稳外贸稳外资|"+strings.Replace(yxOpening, "3条", "4条", 1),
		"2|（三）全方位扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（四）推动产业转型升级|"+strings.Replace(yxIndustry, "600家", "650家", 1),
		"2|（五）推进乡村全面振兴|"+strings.Replace(yxRural, "300个", "350个", 1),
		"2|（六）办好民生实事|"+yxLivelihd,
	)
	d.Year = 2025
	return d
}

// A file that holds only the tasks part of a report has its items at the
// top, where the next report, whole, has its review and tasks parts: each
// item pairs with the item of the tasks part it continues, a level down,
// and none with the review, which tells of them all; so in the other
// direction.
func TestAlignItemsAtTopOfPart(t *testing.T) {
	tasks, whole := yunxiuTasksOnly(), yunxiuWhole()
	want := [][2]string{
		{"（一）深化重点领域改革", "（一）把改革推向深入"},
		{"（二）扩大高水平对外开放", "（二）稳外贸稳外资"},
		{"（三）着力扩大有效需求", "（三）全方位扩大国内需求"},
		{"（四）加快建设现代化产业体系", "（四）推动产业转型升级"},
		{"（五）全面推进乡村振兴", "（五）推进乡村全面振兴"},
	}
	alignBothWays(t, tasks, whole, want, func(h string) bool { return h == "一、2024年工作回顾" })
}

// A part of the year's tasks that the next report has no task on pairs
// with nothing, not with the paragraph of the next review that tells how
// it went, however alike their words: a review is not a plan. 云岫省 2024
// gives its tasks as parts of their own, the government's own work last;
// the 2025 report reviews it under a heading of its own and plans no such
// work.
func TestAlignPlanPartNotReviewItem(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人。",
		"1|二、2024年工作总体安排|"+yxGoals,
		"1|三、着力扩大有效需求|"+yxDemand,
		"1|四、加快建设现代化产业体系|"+yxIndustry,
		"1|五、办好民生实事|"+yxLivelihd,
		"1|六、加强政府自身建设|"+yxGovern,
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，云岫省地区生产总值增长5.1%。",
		"2|（一）经济运行回升向好|省级重大项目完成投资3900亿元，以旧换新带动消费，新增规上工业企业640家。",
		"2|（二）民生保障持续增强|城镇新增就业52万人，新建改建养老服务中心85个，新增公办幼儿园学位3.2万个。",
		"2|（三）政府自身建设不断加强|坚持依法行政，全面推行政务公开，严格执行过紧日子要求，一般性支出压减6%，持续整治形式主义为基层减负，自觉接受人大监督和政协民主监督。",
		"1|二、2025年主要任务|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）全方位扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（二）推动产业转型升级|"+strings.Replace(yxIndustry, "600家", "650家", 1),
		"2|（三）办好民生实事|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
	)
	a.Year, b.Year = 2024, 2025
	for _, forward := range []bool{true, false} {
		x, y := a, b
		if !forward {
			x, y = b, a
		}
		pairs := Align(x, y, Options{})
		dump := alignDump(pairs)
		for _, p := range pairs {
			if p.From == nil || p.To == nil {
				continue
			}
			plan, review := p.From.Heading, p.To.Heading
			if !forward {
				plan, review = review, plan
			}
			if plan == "六、加强政府自身建设" {
				t.Errorf("Align(forward %v): %s, want the part unpaired; got:\n%s", forward, alignLine(p), dump)
			}
		}
		if err := checkCoverage(x, y, pairs); err != nil {
			t.Error(err)
		}
	}
}

// mhReviewClosing closes a review part: an address to the deputies,
// thanks for the year's work and the problems that remain, said alike
// every year.
const mhReviewClosing = "各位代表，过去一年的成绩来之不易。这是全市人民团结奋斗的结果。在此，我代表市人民政府，向全市人民，向各位代表、各位委员，表示衷心的感谢！\n" +
	"同时，我们也清醒看到，全市发展仍面临不少困难和挑战：有效需求不足，部分企业经营困难，科技创新能力还不够强，民生领域还有短板。我们将直面问题，采取有力措施加以解决。"

// The closing words of a part, which its last item runs on into, are not
// that item's subject: when the last items of two reviews differ (one year
// ends on safety, the next on the people's livelihood), each pairs with its
// real counterpart, not the other last item. So after an address to the
// deputies (各位代表，过去一年的成绩来之不易……), and so without one, the
// thanks in a paragraph of their own (过去一年的成绩来之不易……我代表市人民
// 政府，向……表示衷心的感谢！) and then the problems that remain: those name
// every field, so the last item of one review would take the item of
// another field as its split.
func TestAlignPartClosingWords(t *testing.T) {
	for _, c := range []struct{ name, closing string }{
		{"after an address", mhReviewClosing},
		{"without an address", strings.TrimPrefix(mhReviewClosing, "各位代表，")},
	} {
		t.Run(c.name, func(t *testing.T) {
			safety := "稳妥化解地方债务风险，生产安全事故起数和死亡人数实现“双下降”，信访总量下降9%，平安明湖建设深入推进。"
			a := build("a",
				"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.6%。",
				"2|（一）产业提质增效|"+mhIndustry,
				"2|（二）城市品质提升|"+mhCity,
				"2|（三）民生福祉增进|"+mhPeople,
				"2|（四）社会大局稳定|"+safety+"\n"+c.closing,
				"1|二、2025年工作安排|今年是“十四五”规划收官之年。",
			)
			b := build("b",
				"1|一、2025年工作回顾|过去一年，明湖市地区生产总值增长5.4%。",
				"2|（一）产业体系加快升级|"+strings.Replace(mhIndustry, "120家", "130家", 1),
				"2|（二）城市面貌持续改善|"+strings.Replace(mhCity, "60个", "65个", 1),
				"2|（三）民生保障更加有力|"+strings.Replace(mhPeople, "4.5万人", "4.6万人", 1)+"\n"+strings.Replace(c.closing, "不少困难", "一些困难", 1),
				"1|二、2026年工作安排|今年是“十五五”开局之年。",
			)
			a.Year, b.Year = 2025, 2026
			pairs := Align(a, b, Options{})
			dump := alignDump(pairs)
			if p := findPair(pairs, "（三）民生福祉增进", "（三）民生保障更加有力"); p == nil || p.Status == Merged || p.Status == Split {
				t.Errorf("Align: want （三）民生福祉增进 => （三）民生保障更加有力 as a primary pair; got:\n%s", dump)
			}
			if p := findPair(pairs, "（四）社会大局稳定", "（三）民生保障更加有力"); p != nil {
				t.Errorf("Align: %s, paired by the review's closing words; got:\n%s", alignLine(*p), dump)
			}
		})
	}
}

// Last year's part on the government's own work, which the next report
// has no part for but tells of in its review (the same paragraphs on
// lawful administration and frugality, now done), has no counterpart:
// paragraph flows do not merge a plan into a review, as the pairing of
// sections does not.
func TestAlignPlanPartNotMergedIntoReview(t *testing.T) {
	gov1 := "坚持依法行政，严格落实重大行政决策程序，自觉接受人大法律监督和工作监督、政协民主监督，认真办理人大代表建议和政协委员提案，推进政务公开，让权力在阳光下运行。"
	gov2 := "坚持过紧日子，严控一般性支出和“三公”经费，把有限的财力用在发展紧要处和民生急需上，锲而不舍落实中央八项规定精神，持续整治形式主义为基层减负，营造风清气正的政务环境。"
	a := build("a",
		"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.6%，新增规上工业企业108家，改造老旧小区52个。",
		"1|二、2025年重点工作|",
		"2|（一）推动产业提质增效|"+mhIndustry,
		"2|（二）提升城市功能品质|"+mhCity,
		"1|三、加强政府自身建设|"+gov1+"\n"+gov2,
	)
	b := build("b",
		"1|一、2025年工作回顾|过去一年，明湖市地区生产总值增长5.4%，新增规上工业企业115家，改造老旧小区60个。\n"+
			strings.Replace(gov1, "坚持依法行政", "我们坚持依法行政", 1)+"\n"+strings.Replace(gov2, "坚持过紧日子", "我们坚持过紧日子", 1),
		"1|二、2026年重点工作|",
		"2|（一）加快建设现代化产业体系|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）推进城市更新|"+strings.Replace(mhCity, "60个", "65个", 1),
	)
	a.Year, b.Year = 2025, 2026
	pairs := Align(a, b, Options{})
	if p := findPair(pairs, "三、加强政府自身建设", "一、2025年工作回顾"); p != nil {
		t.Errorf("Align: %s, a plan merged into a review; got:\n%s", alignLine(*p), alignDump(pairs))
	}
}

// A report that gives the year's goals a part of their own and each task
// a part (the State Council's in 2020) and the next, which opens its
// tasks part with the year's goals before the items that continue those
// parts, a five-year part before it: the goals part pairs with the tasks
// part, whose opening says what it says, the task parts with the items,
// and the five-year part with nothing, whichever report comes first.
func TestAlignGoalsPartWithTasksOpening(t *testing.T) {
	a := build("a",
		"1|一、过去一年工作回顾|过去一年，云岫省地区生产总值增长2.5%，粮食产量301亿斤，城镇新增就业48万人，新开通国际货运航线2条。",
		"1|二、今年发展主要目标和工作总体部署|今年不设全省经济增速具体目标，主要考虑是疫情和外部环境不确定性很大。\n今年要优先稳就业保民生，城镇新增就业45万人以上，城镇调查失业率6%左右，居民消费价格涨幅3.5%左右。",
		"1|三、深化重点领域改革|"+yxReform,
		"1|四、着力扩大有效需求|"+yxDemand,
		"1|五、加强生态环境保护|"+yxEcology,
		"1|六、办好民生实事|"+yxLivelihd,
	)
	b := build("b",
		"1|一、2020年和“十三五”时期工作回顾|过去五年，云岫省地区生产总值年均增长6.1%，粮食产量稳定在300亿斤以上，城镇新增就业累计250万人。",
		"1|二、“十四五”时期主要目标任务|今后五年经济社会发展的主要目标是：地区生产总值年均增长6%左右，城镇新增就业累计250万人，城镇调查失业率控制在5.5%以内，居民收入增长和经济增长基本同步。",
		"1|三、2021年重点工作|今年是“十四五”开局之年。今年发展主要预期目标是：地区生产总值增长6%以上，城镇新增就业50万人以上，城镇调查失业率5.5%左右。",
		"2|（一）推进重点领域改革|"+strings.Replace(yxReform, "1.2万亩", "1.5万亩", 1),
		"2|（二）扩大有效需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（三）改善生态环境质量|"+yxEcology,
		"2|（四）增进民生福祉|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
	)
	a.Year, b.Year = 2020, 2021
	want := [][2]string{
		{"二、今年发展主要目标和工作总体部署", "三、2021年重点工作"},
		{"三、深化重点领域改革", "（一）推进重点领域改革"},
		{"四、着力扩大有效需求", "（二）扩大有效需求"},
		{"五、加强生态环境保护", "（三）改善生态环境质量"},
		{"六、办好民生实事", "（四）增进民生福祉"},
	}
	alignBothWays(t, a, b, want, func(h string) bool { return strings.Contains(h, "十四五") && strings.Contains(h, "目标") })
}

// alignBothWays aligns a with b and b with a, and checks each time that
// every pair of want (a heading of a, one of b) is a primary pair, that no
// section whose heading unpaired accepts is paired, and that every section
// is accounted for.
func alignBothWays(t *testing.T, a, b *corpus.Document, want [][2]string, unpaired func(heading string) bool) {
	t.Helper()
	for _, forward := range []bool{true, false} {
		x, y := a, b
		if !forward {
			x, y = b, a
		}
		pairs := Align(x, y, Options{})
		dump := alignDump(pairs)
		for _, w := range want {
			from, to := w[0], w[1]
			if !forward {
				from, to = to, from
			}
			if p := findPair(pairs, from, to); p == nil || p.Status == Merged || p.Status == Split {
				t.Errorf("Align(forward %v): want %s with %s as a primary pair; got:\n%s", forward, from, to, dump)
			}
		}
		for _, p := range pairs {
			if p.From != nil && p.To != nil && (unpaired(p.From.Heading) || unpaired(p.To.Heading)) {
				t.Errorf("Align(forward %v): %s, want it unpaired; got:\n%s", forward, alignLine(p), dump)
			}
		}
		if err := checkCoverage(x, y, pairs); err != nil {
			t.Error(err)
		}
	}
}

// yxFlood is a one-off task of 云岫省 2024, the repair after a flood, and
// yxFloodDone the paragraph of the 2025 review that tells how it went.
const (
	yxFlood     = "全力推进灾后恢复重建。加快水毁道路、桥梁和堤防修复，年底前完成受灾农房重建4200户，确保受灾群众温暖过冬；实施城市排涝设施改造，新建排涝泵站6座，构建抵御五十年一遇洪水的城市防洪体系。"
	yxFloodDone = "灾后恢复重建全面完成。受灾农房重建4200户全部完工，水毁道路、桥梁和堤防修复任务按时完成，新建排涝泵站6座投入运行，城市防洪体系加快构建。"
)

// A file that holds only the tasks part of a report may have an item at
// the top that the next report's tasks do not take up (a one-off, the
// repair after a flood), while its review tells how it went, in a
// paragraph of its own: the item's siblings went down among the items of
// the tasks part, so it is an item of the tasks too, and a plan item is
// not paired with the review of it, paragraph by paragraph no more than
// as a whole; so in the other direction.
func TestAlignTopItemNotReview(t *testing.T) {
	tasks, whole := yunxiuTasksOnly(), yunxiuWhole()
	tasks.Sections = slices.Insert(tasks.Sections, 1, corpus.Section{Heading: "（一）全力推进灾后恢复重建", Level: 1, Text: yxFlood})
	for k := range tasks.Sections {
		tasks.Sections[k].ID, tasks.Sections[k].Ordinal = corpus.SectionID(tasks.ID, k), k
	}
	whole.Sections[0].Text += "\n" + yxFloodDone
	for _, forward := range []bool{true, false} {
		a, b := tasks, whole
		if !forward {
			a, b = whole, tasks
		}
		pairs := Align(a, b, Options{})
		dump := alignDump(pairs)
		for _, p := range pairs {
			if p.From == nil || p.To == nil {
				continue
			}
			item, review := p.From.Heading, p.To.Heading
			if !forward {
				item, review = review, item
			}
			if item == "（一）全力推进灾后恢复重建" && review == "一、2024年工作回顾" {
				t.Errorf("Align(forward %v): %s, want the item apart from the review; got:\n%s", forward, alignLine(p), dump)
			}
		}
		if err := checkCoverage(a, b, pairs); err != nil {
			t.Error(err)
		}
	}
}

// More long paragraphs of 明湖市: housing and parks in the city, village
// governance, culture and county towns in the villages.
const (
	mhHousing = "完善住房保障体系。筹集保障性租赁住房3000套，新开工配售型保障性住房1200套，发放新市民、青年人租房补贴，推进城中村改造安置房建设和回迁，完善住房公积金缴存使用政策，支持刚性和改善性住房需求，稳妥处置问题楼盘，确保交房交证，加强物业服务监管，推进老旧小区加装电梯200部，让更多群众住有所居、住有宜居，共享城市发展成果。"
	mhParks   = "建设公园城市。新建改造口袋公园50个、城市绿道30公里，推进环湖生态廊道和滨江公园二期建设，实施道路林荫化工程，推进明湖水系连通和黑臭水体长效治理，开放共享公园绿地和体育设施，新建社区嵌入式体育场地40处，打造十分钟健身圈和十五分钟便民生活圈，让市民推窗见绿、出门见园、漫步有道，持续提升城市生态品质。"
	mhGovern  = "提升乡村治理水平。健全党组织领导的自治、法治、德治相结合的乡村治理体系，推广积分制和清单制，开展移风易俗专项行动，整治高额彩礼和大操大办，建设村级综合服务站100个，推进平安乡村建设，完善村级矛盾纠纷调处机制，培育新型职业农民和乡村工匠，吸引青年人才返乡创业，让乡村既充满活力又和谐有序。"
	mhCulture = "繁荣发展乡村文化。建设村级综合文化服务中心和农家书屋，每个行政村每年送戏下乡不少于2场，扶持乡村文艺团队100支，挖掘保护传统村落和农耕文化遗产，办好农民丰收节和乡村村晚，培育乡村网红和文化能人，推动乡村文化和旅游融合发展，让农民群众的精神生活更加丰富多彩。"
	mhTowns   = "推进以县城为重要载体的城镇化。实施县城补短板强弱项工程，完善县城市政管网、污水垃圾处理和公共服务设施，建设特色小镇5个，推进中心镇扩权强镇，促进农业转移人口市民化，完善进城落户农民的住房、教育和社保政策，引导县域特色产业向园区集聚，增强县城和中心镇对周边乡村的辐射带动能力。"
)

// A long paragraph, a topic of its own, that goes whole to a sibling is a
// split however long the rest of the section it left and the one it
// joined: the transport paragraph is a quarter of the city section and of
// the section on the villages and towns, each long, yet the two are
// linked by it.
func TestAlignLongParagraphMovedBetweenLongSections(t *testing.T) {
	wantTransportSplit(t, mhRenewal+"\n"+mhHeritage+"\n"+mhHousing+"\n"+mhParks,
		mhVillages+"\n"+mhFarms+"\n"+mhGovern+"\n"+mhCulture+"\n"+mhTowns,
		strings.Replace(mhRenewal, "60个", "65个", 1)+"\n"+mhHeritage+"\n"+mhHousing+"\n"+mhParks,
		strings.Replace(mhVillages, "30个", "35个", 1)+"\n"+mhFarms+"\n"+mhGovern+"\n"+mhCulture+"\n"+mhTowns)
}

// A report that reviews the past year in its first part and gives each of
// the year's tasks a part of its own, with no year in its heading (the
// State Council's reports of the 1990s: 一、1996年国内工作的回顾, then
// 二、保持国民经济发展的良好势头): the parts after the review plan.
func TestPartKindsYearlessAfterReview(t *testing.T) {
	d := build("d",
		"1|一、2023年工作的回顾|",
		"1|二、保持经济平稳增长|",
		"2|（一）扩大有效投资|",
		"1|三、关于外交工作|",
	)
	d.Year = 2024
	ps := prepare(d)
	partKinds(ps)
	for k, want := range []bool{false, true, true, true} {
		if ps[k].plan != want || ps[k].back == want {
			t.Errorf("partKinds: %s plan = %v back = %v, want plan %v", ps[k].s.Heading, ps[k].plan, ps[k].back, want)
		}
	}
}

// Last year's task parts, headed without a year after the review of the
// year before, are the year's work: the next report's review of the past
// five years, which tells of the same fields, is not their counterpart;
// the tasks part is.
func TestAlignYearlessTaskPartsNotFiveYearReview(t *testing.T) {
	a := build("a",
		"1|一、2023年工作的回顾|过去一年，云岫省地区生产总值增长5.3%。省级重大项目完成投资3600亿元，新建县域商业中心38个。"+
			"新建高标准农田118万亩，粮食产量301亿斤。城镇新增就业51万人，新建改建养老服务中心75个。细颗粒物平均浓度下降到31微克。",
		"1|二、着力扩大有效需求|"+yxDemand,
		"1|三、全面推进乡村振兴|"+yxRural,
		"1|四、办好民生实事|"+yxLivelihd,
		"1|五、加强生态环境保护|"+yxEcology,
		"1|六、关于外交工作|我们将继续奉行独立自主的和平外交政策，同周边国家睦邻友好，积极参与多边事务，维护世界和平、促进共同发展。",
	)
	b := build("b",
		"1|一、关于过去五年的政府工作|五年来，云岫省地区生产总值年均增长5.5%。"+
			"省级重大项目累计完成投资1.8万亿元，新建县域商业中心200个。新建高标准农田600万亩，粮食产量稳定在300亿斤以上，创建和美乡村示范村1500个。"+
			"五年来，城镇新增就业累计250万人，新建改建养老服务中心400个，新增公办幼儿园学位15万个，城乡居民医保财政补助标准累计提高150元。"+
			"细颗粒物平均浓度控制在30微克以内，累计完成长江岸线生态修复400公里，新增造林面积300万亩，推进废旧物资循环利用。",
		"1|二、关于2025年政府工作的建议|"+strings.Replace(yxGoals, "今年", "2025年", 1)+"\n"+
			strings.Replace(yxDemand, "520个", "550个", 1)+"\n"+strings.Replace(yxRural, "300个", "350个", 1)+"\n"+
			strings.Replace(yxLivelihd, "80个", "90个", 1)+"\n"+strings.Replace(yxEcology, "80公里", "90公里", 1),
		"1|三、关于国际形势和外交工作|当前国际形势深刻变化。我们将继续奉行独立自主的和平外交政策，同周边国家睦邻友好，积极参与多边事务，维护世界和平、促进共同发展。",
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, p := range pairs {
		if p.From != nil && p.To != nil && p.From.Heading != "一、2023年工作的回顾" && p.To.Heading == "一、关于过去五年的政府工作" {
			t.Errorf("Align: %s, a task paired with the five-year review; got:\n%s", alignLine(p), dump)
		}
	}
	if p := findPair(pairs, "四、办好民生实事", "二、关于2025年政府工作的建议"); p == nil {
		t.Errorf("Align: want 四、办好民生实事 => 二、关于2025年政府工作的建议; got:\n%s", dump)
	}
}

// A report that reviews the year past in its opening, without a heading,
// and gives each of the year's tasks a part of its own (一、…, 八、进一步
// 做好外交工作), against the next, which reviews five years in its part
// 一 and lists the tasks as items of part 二: the task parts went down
// among the items, and one of them left at the top (diplomacy, which the
// next report closes its last item with) is a task too, not a part of the
// five-year review, however much of diplomacy that review tells.
func TestAlignTaskPartsNotFiveYearReviewAfterOpening(t *testing.T) {
	diplomacy := "我们将继续奉行独立自主的和平外交政策，同周边国家睦邻友好，积极参与多边事务和全球治理，维护世界和平、促进共同发展。"
	a := build("a",
		"0||过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人。今年要着重做好以下几个方面工作。",
		"1|一、着力扩大有效需求|"+yxDemand,
		"1|二、加快建设现代化产业体系|"+yxIndustry,
		"1|三、全面推进乡村振兴|"+yxRural,
		"1|四、办好民生实事|"+yxLivelihd,
		"1|五、进一步做好外交工作|"+diplomacy,
	)
	b := build("b",
		"1|一、过去五年政府工作的回顾|五年来，云岫省地区生产总值年均增长5.5%，省级重大项目累计完成投资1.8万亿元，新增规上工业企业3000家。"+
			"五年来，我们坚持奉行独立自主的和平外交政策，同周边国家睦邻友好，积极参与多边事务和全球治理，为维护世界和平、促进共同发展作出贡献。",
		"1|二、对今年政府工作的建议|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）全方位扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（二）推动产业转型升级|"+strings.Replace(yxIndustry, "600家", "650家", 1),
		"2|（三）推进乡村全面振兴|"+strings.Replace(yxRural, "300个", "350个", 1),
		"2|（四）切实保障和改善民生|"+strings.Replace(yxLivelihd, "80个", "90个", 1)+"\n各位代表！\n"+diplomacy,
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, p := range pairs {
		if p.From != nil && p.To != nil && p.From.Heading != "" && p.To.Heading == "一、过去五年政府工作的回顾" {
			t.Errorf("Align: %s, a task part paired with the five-year review; got:\n%s", alignLine(p), dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// The opening part of a report, numbered as a part but naming no year,
// that reviews the year past (一、坚定不移稳增长, then the tasks as parts
// of their own) keeps its pair with the next report's review, which opens
// it too, though the task parts went down among the next report's items.
func TestAlignYearlessOpeningPartKeepsReview(t *testing.T) {
	review := "过去一年，云岫省地区生产总值增长5.3%，粮食产量301亿斤，城镇新增就业51万人，新开通国际货运航线2条，细颗粒物平均浓度下降到31微克。"
	a := build("a",
		"1|一、坚定不移稳增长|"+review,
		"1|二、着力扩大有效需求|"+yxDemand,
		"1|三、加快建设现代化产业体系|"+yxIndustry,
		"1|四、全面推进乡村振兴|"+yxRural,
		"1|五、办好民生实事|"+yxLivelihd,
	)
	b := build("b",
		"1|一、2024年的回顾|"+strings.NewReplacer("5.3%", "5.1%", "301亿斤", "302亿斤", "51万人", "50万人", "2条", "3条", "31微克", "30微克").Replace(review),
		"1|二、2025年的工作|"+strings.Replace(yxGoals, "今年", "2025年", 1),
		"2|（一）全方位扩大国内需求|"+strings.Replace(yxDemand, "520个", "550个", 1),
		"2|（二）推动产业转型升级|"+strings.Replace(yxIndustry, "600家", "650家", 1),
		"2|（三）推进乡村全面振兴|"+strings.Replace(yxRural, "300个", "350个", 1),
		"2|（四）切实保障和改善民生|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	if findPair(pairs, "一、坚定不移稳增长", "一、2024年的回顾") == nil {
		t.Errorf("Align: want 一、坚定不移稳增长 => 一、2024年的回顾; got:\n%s", alignDump(pairs))
	}
}

// An item of the plan does not address the deputies: the closing words
// that the last item runs on into, from a paragraph that opens with the
// address (各位代表！新征程对政府自身建设提出了新要求……), are not that item's
// subject, though the address opens the paragraph instead of standing on
// a line of its own. So last year's part on the government's own work
// does not take the last item for its counterpart because the closing
// words tell of the government too: the last items pair with each other.
func TestAlignItemClosingAddressParagraph(t *testing.T) {
	safety := "稳妥化解地方政府债务风险，严格实施政府债务限额管理；开展安全生产治本攻坚行动，加强城镇燃气、自建房、消防等隐患排查整治；推进常态化扫黑除恶，坚持和发展新时代“枫桥经验”。"
	govern := "坚持依法行政，严格执行重大行政决策程序，自觉接受人大监督和政协民主监督，认真办理人大代表建议和政协提案；坚持廉洁用权，锲而不舍落实中央八项规定精神，持续整治形式主义为基层减负；坚持过紧日子，严控一般性支出和“三公”经费，把有限的财力用在发展紧要处和民生急需上。"
	a := build("a",
		"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.6%，新增规上工业企业108家。",
		"1|二、2025年重点工作|",
		"2|（一）推动产业提质增效|"+mhIndustry,
		"2|（二）提升城市功能品质|"+mhCity,
		"2|（三）办好民生实事|"+mhPeople,
		"2|（四）防范化解重大风险|"+safety,
		"1|三、全面加强政府自身建设|"+govern+"\n各位代表！让我们团结一心、真抓实干，为建设湖光山色品质之城而不懈奋斗！",
	)
	b := build("b",
		"1|一、2025年工作回顾|过去一年，明湖市地区生产总值增长5.4%，新增规上工业企业115家。",
		"1|二、2026年重点工作|",
		"2|（一）加快建设现代化产业体系|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）推进城市更新|"+strings.Replace(mhCity, "60个", "65个", 1),
		"2|（三）增进民生福祉|"+mhPeople,
		"2|（四）统筹发展和安全|"+strings.Replace(safety, "治本攻坚行动", "治本攻坚三年行动", 1)+
			"\n各位代表！新征程对政府自身建设提出了新要求。"+govern+
			"\n各位代表！让我们团结一心、真抓实干，为建设湖光山色品质之城而努力奋斗！",
	)
	a.Year, b.Year = 2025, 2026
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	if p := findPair(pairs, "（四）防范化解重大风险", "（四）统筹发展和安全"); p == nil || p.Status == Merged || p.Status == Split {
		t.Errorf("Align: want （四）防范化解重大风险 => （四）统筹发展和安全 as a primary pair; got:\n%s", dump)
	}
	if p := findPair(pairs, "三、全面加强政府自身建设", "（四）统筹发展和安全"); p != nil && p.Status != Merged {
		t.Errorf("Align: %s, the part paired by the closing words; got:\n%s", alignLine(*p), dump)
	}
}

// mhStanding is what a report says after its tasks every year, alike from
// year to year, after an address to the deputies: defence, ethnic and
// religious affairs, foreign affairs, the other offices of the government.
const mhStanding = "加强国防动员和后备力量建设，深入开展双拥共建，做好退役军人服务保障工作，争创全国双拥模范城“九连冠”。" +
	"全面贯彻党的民族政策和宗教工作基本方针，促进各民族交往交流交融，依法管理宗教事务。" +
	"做好外事、侨务、对台工作，支持工会、共青团、妇联、工商联等人民团体发挥桥梁纽带作用。" +
	"统筹做好统计、审计、人防、档案、史志、气象、地震、老龄、残疾人等各项工作。"

// An item of the plan does not address the deputies either when the
// address stands on a line of its own in the middle of the report: what
// follows it (defence, ethnic affairs, foreign affairs, said alike every
// year) is not the subject of the item that happens to end the tasks. So
// the last items of two years, which differ, do not pair by it: each
// pairs with its real counterpart.
func TestAlignItemStandingPassage(t *testing.T) {
	govern := "坚持依法行政，自觉接受人大监督和政协民主监督，认真办理人大代表建议和政协提案；锲而不舍落实中央八项规定精神，持续整治形式主义为基层减负。"
	a := build("a",
		"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.6%，新增规上工业企业108家，改造老旧小区52个。",
		"1|二、2025年重点工作|",
		"2|（一）推动产业提质增效|"+mhIndustry,
		"2|（二）提升城市功能品质|"+mhCity,
		"2|（三）办好民生实事|"+mhPeople,
		"2|（四）全面推进乡村振兴|"+mhRural+"\n各位代表！\n"+mhStanding,
		"1|三、全面加强政府自身建设|"+govern+"\n"+mhClosing,
	)
	b := build("b",
		"1|一、2025年工作回顾|过去一年，明湖市地区生产总值增长5.4%，新增规上工业企业115家，改造老旧小区60个。",
		"1|二、2026年重点工作|",
		"2|（一）加快建设现代化产业体系|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）推进乡村全面振兴|"+strings.Replace(mhRural, "8万亩", "9万亩", 1),
		"2|（三）推进城市更新|"+strings.Replace(mhCity, "60个", "65个", 1),
		"2|（四）增进民生福祉|"+mhPeople+"\n各位代表！\n"+strings.Replace(mhStanding, "九连冠", "十连冠", 1),
		"1|三、全面加强政府自身建设|"+govern+"\n"+strings.Replace(mhClosing, "不懈奋斗", "努力奋斗", 1),
	)
	a.Year, b.Year = 2025, 2026
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（三）办好民生实事", "（四）增进民生福祉"},
		{"（四）全面推进乡村振兴", "（二）推进乡村全面振兴"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Status == Merged || p.Status == Split {
			t.Errorf("Align: want %s => %s as a primary pair; got:\n%s", w[0], w[1], dump)
		}
	}
	if p := findPair(pairs, "（四）全面推进乡村振兴", "（四）增进民生福祉"); p != nil {
		t.Errorf("Align: %s, paired by the standing passage; got:\n%s", alignLine(*p), dump)
	}
}

// A goals part without items that the next report makes the first item of
// its tasks part stands among the items of that part (hubGroups) when its
// counterpart item's heading is about as like its own as the part's
// heading: 工作 or 总体 shared by all three tell nothing. A hub whose heading
// is clearly more like the part's keeps it (a section split in two keeps
// its heading in one half). Old: 0 二、年度工作总体部署, 1 三、年度主要任务
// with items 2 and 3; new: 0 二、对今年政府工作的建议 with items 1
// （一）总体要求和主要预期目标, 2 and 3.
func TestHubGroupsGoalsPartStands(t *testing.T) {
	for _, c := range []struct {
		name             string
		headHub, headKid float64 // heading cosines of the goals part with the hub and with item 1
		stands           bool
	}{
		{"kid heading a little under the hub's", 0.120, 0.110, true},
		{"kid heading as like as the hub's", 0.110, 0.110, true},
		{"hub heading clearly more like", 0.300, 0.110, false},
	} {
		pa := []*prepared{{n: 0, parent: -1}, {n: 1, parent: -1}, {n: 2, parent: 1}, {n: 3, parent: 1}}
		pb := []*prepared{{n: 0, parent: -1}, {n: 1, parent: 0}, {n: 2, parent: 0}, {n: 3, parent: 0}}
		S := [][]float64{
			{0.249, 0.282, 0.010, 0.010},
			{0.251, 0.020, 0.040, 0.040},
			{0.120, 0.060, 0.300, 0.020},
			{0.120, 0.020, 0.020, 0.300},
		}
		head := [][]float64{
			{c.headHub, c.headKid, 0, 0},
			{0.05, 0, 0, 0},
			{0, 0, 0.5, 0},
			{0, 0, 0, 0.5},
		}
		w := &weights{sim: S, head: head, textA: make([]vector, 4), treeA: make([]vector, 4), textB: make([]vector, 4), treeB: make([]vector, 4)}
		links := []link{{i: 0, j: 0}, {i: 1, j: 0}}
		above := func(s float64) bool { return s >= MinSimilarity }
		kept, h := hubGroups(w, []int{0, 1}, []int{0}, links, S, above, pa, pb, children(pa), children(pb))
		g := h.byB[0]
		stood := g != nil && slices.Contains(g.xs, 0)
		if stood != c.stands {
			t.Errorf("%s: goals part stands among the hub's items = %v, want %v (kept links %v)", c.name, stood, c.stands, kept)
		}
		if stood && slices.ContainsFunc(kept, func(l link) bool { return l.i == 0 && l.j == 0 }) {
			t.Errorf("%s: the standing part keeps its link to the hub: %v", c.name, kept)
		}
	}
}

// An address that opens a long paragraph of tasks that neither tells of
// the government nor rallies the audience (各位代表！守牢底线……一是
// ……二是……) opens more of the last item's own text, not the closing words:
// the next year gives that paragraph an item of its own, and the last item
// splits into it. The closing words still begin at the address that tells
// of the government's own work.
func TestAlignItemTasksAfterAddressAreTheItems(t *testing.T) {
	safety := "守牢底线才能行稳致远。我们要守住不发生区域性风险的底线，一是稳妥处置地方债务，压降隐性债务余额12亿元，分类化解三家平台公司的到期债券；" +
		"二是抓好安全生产，开展危化品、燃气管线、高层建筑消防三类隐患排查，整改隐患点800处以上；三是做好防汛抗旱，加固病险水库7座，" +
		"疏浚明湖内河航道26公里，建成防洪排涝泵站4座，为沿湖低洼片区的老旧小区配齐移动抽水设备和应急照明；四是加强食品药品监管，抽检农贸市场和校园食堂样品5000批次，" +
		"对冷链仓储和网络订餐平台实行分级巡查；五是推进平安明湖建设，" +
		"完善网格化社会治理，化解信访积案和矛盾纠纷，严厉打击电信网络诈骗和非法集资，健全突发事件应急预案体系，让群众安心、企业放心。"
	people := mhPeople + "\n办好十件民生实事：改造农村公路120公里，新建社区食堂30家、托育园15所，为困难老人安装居家适老设施2000户；" +
		"完善就业服务，开发公益性岗位1500个，开展家政、电商和养老护理技能培训1万人次；提高城乡低保标准，落实残疾人两项补贴和孤儿基本生活费动态调整。"
	govern := "各部门要把依法办事刻在心上，重大事项先过合法性审查，代表建议和委员提案逐件答复；压减会议文件和督查考核，让基层腾出手来干事；一般性支出再压一成，省下的钱投向学校和医院。"
	a := build("a",
		"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.6%，新增规上工业企业108家。",
		"1|二、2025年重点工作|",
		"2|（一）推动产业提质增效|"+mhIndustry,
		"2|（二）提升城市功能品质|"+mhCity,
		"2|（三）增进民生福祉|"+people+
			"\n各位代表！"+safety+
			"\n各位代表！新的一年对政府自身建设要求更高。"+govern+
			"\n各位代表！让我们团结一心、真抓实干，为建设湖光山色品质之城而不懈奋斗！",
	)
	b := build("b",
		"1|一、2025年工作回顾|过去一年，明湖市地区生产总值增长5.4%，新增规上工业企业115家。",
		"1|二、2026年重点工作|",
		"2|（一）壮大先进制造业集群|"+strings.Replace(mhIndustry, "120家", "130家", 1),
		"2|（二）推进城市更新|"+strings.Replace(mhCity, "60个", "65个", 1),
		"2|（三）增进民生福祉|"+strings.Replace(people, "30家", "40家", 1),
		"2|（四）统筹发展和安全|"+strings.NewReplacer("12亿元", "10亿元", "800处", "900处", "7座", "9座").Replace(safety),
		"1|三、全面加强政府自身建设|"+govern+"\n各位代表！让我们团结一心、真抓实干，为建设湖光山色品质之城而努力奋斗！",
	)
	a.Year, b.Year = 2025, 2026
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	if p := findPair(pairs, "（三）增进民生福祉", "（三）增进民生福祉"); p == nil || p.Status == Merged || p.Status == Split {
		t.Errorf("Align: want （三）增进民生福祉 => （三）增进民生福祉 as a primary pair; got:\n%s", dump)
	}
	if findPair(pairs, "（三）增进民生福祉", "（四）统筹发展和安全") == nil {
		t.Errorf("Align: want （三）增进民生福祉 split into （四）统筹发展和安全 (its tasks after the address); got:\n%s", dump)
	}
	if p := findPair(pairs, "（三）增进民生福祉", "三、全面加强政府自身建设"); p != nil {
		t.Errorf("Align: %s, paired by the closing words; got:\n%s", alignLine(*p), dump)
	}
}

// closingTail: where the closing words begin among the paragraphs from
// the first address on.
func TestClosingTail(t *testing.T) {
	long := strings.Repeat("开展隐患排查整治，加固病险水库，疏浚内河航道。", 14) // over closingLong
	gov := "各位代表！新的一年对政府自身建设要求更高。" + long
	rally := "各位代表！让我们团结一心，为建设美丽云溪而不懈奋斗！"
	for _, c := range []struct {
		name  string
		lines []string
		want  int // index of the line the closing begins at; len(lines) for none
	}{
		{"short address", []string{"民生实事。", "各位代表，目标已定，重在落实，全市上下要奋发有为。", rally}, 1},
		{"long tasks, then the government", []string{"民生实事。", "各位代表！守牢底线才能行稳致远。" + long, gov, rally}, 2},
		{"long tasks, then a rally", []string{"民生实事。", "各位代表！守牢底线才能行稳致远。" + long, rally}, 2},
		{"the government first", []string{"民生实事。", gov, rally}, 1},
		{"long tasks alone", []string{"民生实事。", "各位代表！守牢底线才能行稳致远。" + long}, 2},
	} {
		text, offs := "", []int{}
		for _, l := range c.lines {
			offs = append(offs, len(text))
			text += l + "\n"
		}
		offs = append(offs, len(text))
		if got := closingTail(text, offs[1]); got != offs[c.want] {
			t.Errorf("%s: closingTail = %d, want %d (line %d)", c.name, got, offs[c.want], c.want)
		}
	}
}

// The next report's part for the year's tasks holds the two halves of one
// item of last year's tasks part and a new item, and a new part takes up
// the other tasks: the two parts that name their reports' own year's work
// (2024年工作安排, 2025年重点工作安排) stay linked, and the old item is
// split into the part's items, not paired with the part as an item grown
// into a part with items of its own (partsDown) would be.
func TestAlignYearTasksPartNotPromotedItem(t *testing.T) {
	const (
		city    = "加快老城区有机更新，改造老旧小区60个，打通断头路12条，新建城市公园8个，完成雨污分流管网改造150公里。"
		manage  = "推进城市管理精细化，实施背街小巷环境整治200条，推广垃圾分类智能回收站，建成城市运行管理服务平台。"
		invest  = "狠抓项目建设，全年实施重点项目180个，完成投资420亿元，设立产业引导基金20亿元，盘活闲置厂房50万平方米。"
		culture = "打造草原文化旅游名城，办好冰雪节和音乐节，新建星级旅游厕所30座，全年接待游客增长10%。"
	)
	a := build("a",
		"1|一、2023年工作回顾|过去一年，明湖市地区生产总值增长5.3%，城镇新增就业2.1万人，接待游客增长12%。",
		"1|二、2024年工作安排|做好今年工作，要突出抓好以下几个方面。",
		"2|（一）用心提高城市建管质量|"+city+"\n"+manage,
		"2|（二）全力打造文化旅游名城|"+culture,
		"2|（三）全面深化改革开放|"+yxReform,
		"2|（四）全力保障和改善民生|"+yxLivelihd,
		"2|（五）全力加强生态文明建设|"+yxEcology,
		"2|（六）全力加强自身建设|"+yxGovern,
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.1%，城镇新增就业2.2万人，接待游客增长10%。",
		"1|二、2025年重点工作安排|做好今年工作，要突出抓好以下几个方面。",
		"2|（一）全力提高城市建设水平|"+strings.Replace(city, "60个", "75个", 1),
		"2|（二）加快提升城市管理能力|"+strings.Replace(manage, "200条", "240条", 1),
		"2|（三）抓实投融资和重大项目|"+invest,
		"1|三、兼顾发展安全，不断增进民生福祉|今年要在以下几个方面持续用力。",
		"2|（一）全力打造文化旅游名城|"+strings.Replace(culture, "30座", "40座", 1),
		"2|（二）全面深化改革开放|"+strings.Replace(yxReform, "1.2万亩", "1.5万亩", 1),
		"2|（三）全力保障和改善民生|"+strings.Replace(yxLivelihd, "80个", "90个", 1),
		"2|（四）全力加强生态文明建设|"+yxEcology,
		"1|四、全力加强自身建设|"+yxGovern,
	)
	a.Year, b.Year = 2024, 2025
	for _, forward := range []bool{true, false} {
		x, y := a, b
		if !forward {
			x, y = b, a
		}
		pairs := Align(x, y, Options{})
		dump := alignDump(pairs)
		want := [2]string{"二、2024年工作安排", "二、2025年重点工作安排"}
		if !forward {
			want[0], want[1] = want[1], want[0]
		}
		if findPair(pairs, want[0], want[1]) == nil {
			t.Errorf("Align(forward %v): want %s with %s; got:\n%s", forward, want[0], want[1], dump)
		}
		for _, p := range pairs {
			if p.From != nil && p.To != nil && p.Status != Merged && p.Status != Split &&
				(p.From.Heading == "（一）用心提高城市建管质量" && p.To.Heading == "二、2025年重点工作安排" ||
					p.To.Heading == "（一）用心提高城市建管质量" && p.From.Heading == "二、2025年重点工作安排") {
				t.Errorf("Align(forward %v): %s, want the item split into the part's items, not paired with the part; got:\n%s", forward, alignLine(p), dump)
			}
		}
		if err := checkCoverage(x, y, pairs); err != nil {
			t.Error(err)
		}
	}
}

// TestPrepareStandingPassageAfterTasksPart: the last item of a plan part
// that another part follows ends its topic before the paragraph that opens
// with an address (各位代表，…) and begins closing words: the standing
// passage on defence that closes the tasks part, before the part on the
// government's own work, follows whatever item ends the tasks (a
// livelihood item one year, a governance item the next) and, read as the
// item's, made the two a split. A long paragraph of tasks after the
// address stays the item's (closingTail).
// Fixture: 明湖市, fictional.
func TestPrepareStandingPassageAfterTasksPart(t *testing.T) {
	const (
		govern  = "推进城市精细化管理，整治背街小巷150条，完善网格化社会治理，深化平安明湖建设，排查整治燃气和高层建筑安全隐患。"
		army    = "各位代表，支持国防和军队建设是全市上下义不容辞的责任。我们要深化军地协同，完善国防动员体系，做好退役军人就业安置和优抚褒扬工作，让军民鱼水情谊在明湖大地更加深厚。"
		closing = "各位代表，团结凝聚力量，实干创造未来。让我们在市委坚强领导下，真抓实干、奋勇争先，奋力谱写明湖发展新篇章！"
		long    = "各位代表！守牢民生底线是今年的重中之重。一是扩大就业，新建零工市场12个，开发公益性岗位3000个，确保零就业家庭动态清零；二是办好教育，新建改扩建中小学18所，新增学位1.5万个，推进县域高中振兴；三是强化医疗，建成紧密型医共体6个，村卫生室标准化率达到100%；四是完善养老，新建社区嵌入式养老服务站40个，家庭养老床位2000张；五是兜牢底线，提高低保和特困人员供养标准，做好困难群众冬季取暖保障，让改革发展成果更多更公平惠及全市人民，持续提升群众获得感幸福感安全感，这些都要逐项落实到位。六是保障住房，筹集保障性租赁住房2000套，改造城镇老旧小区45个，加装电梯120部；七是关爱一老一小，新增普惠托位1500个，建设儿童友好街区10个，完善残疾人康复服务体系。"
	)
	for _, c := range []struct {
		name  string
		lines []string
		item  string // heading of the item read
		keeps bool   // its topic keeps the address paragraph
	}{
		{"last item of the tasks part, a part after", []string{
			"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.3%。",
			"1|二、2025年主要任务|今年要重点做好以下工作。",
			"2|（一）着力提升城市治理效能|" + govern,
			"2|（二）聚力加强民生建设|" + yxLivelihd + "\n" + army,
			"1|三、全面加强政府自身建设|" + yxGovern + "\n" + closing,
		}, "（二）聚力加强民生建设", false},
		{"no part after: the report's closing words, as before", []string{
			"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.3%。",
			"1|二、2025年主要任务|今年要重点做好以下工作。",
			"2|（一）着力提升城市治理效能|" + govern,
			"2|（二）聚力加强民生建设|" + yxLivelihd + "\n" + army,
		}, "（二）聚力加强民生建设", false},
		{"a long paragraph of tasks after the address", []string{
			"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.3%。",
			"1|二、2025年主要任务|今年要重点做好以下工作。",
			"2|（一）着力提升城市治理效能|" + govern,
			"2|（二）聚力加强民生建设|" + yxLivelihd + "\n" + long,
			"1|三、全面加强政府自身建设|" + yxGovern + "\n" + closing,
		}, "（二）聚力加强民生建设", true},
	} {
		d := build("d", c.lines...)
		d.Year = 2025
		for _, p := range prepare(d) {
			if p.s.Heading != c.item {
				continue
			}
			if got := strings.Contains(p.topic, "各位代表"); got != c.keeps {
				t.Errorf("%s: topic keeps the address paragraph = %v, want %v (topic %q)", c.name, got, c.keeps, p.topic)
			}
		}
	}
}

// A part on the government's own conduct with items of its own, which the
// other report makes the last item of its tasks part and tells in words of
// its own, pairs with that item, its items merged into it (split from it),
// even when a task item of the part's report (深化经济体制改革, which
// speaks of transforming the government's functions too) is the item's
// best among the tasks: that weak link was the best the item found in its
// group, not its counterpart, and is no split or merge either. Whichever
// report comes first.
func TestAlignConductPartBeforeWeakTaskLink(t *testing.T) {
	const (
		part   = "三、努力提高政府施政能力"
		item   = "（五）加强政府自身建设"
		reform = "（三）深化经济体制改革"
	)
	items := []string{"（二）转变政府职能，提高行政效率", "（三）坚持依法行政，规范行政行为", "（四）改进工作作风，务求工作实效"}
	for _, partFirst := range []bool{true, false} {
		var a, b *corpus.Document
		from, to, kind := part, item, Merged
		if partFirst {
			a, b = baitaConduct(true, 2031), baitaConduct(false, 2032)
		} else {
			a, b = baitaConduct(false, 2031), baitaConduct(true, 2032)
			from, to, kind = item, part, Split
		}
		pairs := Align(a, b, Options{})
		dump := alignDump(pairs)
		if p := findPair(pairs, from, to); p == nil || p.Status == Merged || p.Status == Split {
			t.Errorf("part first %v: want %s paired with %s; got:\n%s", partFirst, from, to, dump)
		}
		for _, it := range items {
			x, y := it, to
			if !partFirst {
				x, y = from, it
			}
			if p := findPair(pairs, x, y); p == nil || p.Status != kind {
				t.Errorf("part first %v: want %s %s %s; got:\n%s", partFirst, x, kind, y, dump)
			}
		}
		for _, p := range pairs {
			if p.From != nil && p.To != nil && (p.From.Heading == reform && p.To.Heading == item || p.From.Heading == item && p.To.Heading == reform) {
				t.Errorf("part first %v: the reform item is no source or part of the conduct item: %s; got:\n%s", partFirst, alignLine(p), dump)
			}
		}
		if err := checkCoverage(a, b, pairs); err != nil {
			t.Error(err)
		}
	}
}

// baitaConduct returns a report of 白塔县 for year: with a part on the
// government's own conduct (parts), or with that part as the last item
// of its tasks part, told in words of its own. The reform item of the
// first speaks of the government's functions, that of the second of
// opening up.
func baitaConduct(parts bool, year int) *corpus.Document {
	const (
		project = "白塔县安排重点项目86个，年度投资65亿元，新开工纺织产业园二期、县城污水处理厂扩建等项目23个，确保重点项目完成投资计划。"
		farm    = "稳定粮食播种面积96万亩，新建高标准农田8万亩，发展茶叶、油茶等特色产业基地12个，培育市级农业产业化龙头企业5家。"
		people  = "城镇新增就业6800人，城乡低保标准提高6%，新建改扩建中小学7所，完成乡镇卫生院标准化建设4所，新建农村幸福院20个。"
		reform  = "深化国有企业改革，完成县属国有企业重组整合；深化行政审批制度改革，转变政府职能，精简审批事项，推行政务公开和限时办结，提高行政效率；推进农村信用社改制，开展集体林权制度配套改革。"
		opening = "深化国有企业改革，推进县属国有企业混合所有制改革；扩大对外开放，全年引进市外资金50亿元，新签约亿元以上项目30个，加快外贸出口基地建设。"
	)
	y := strconv.Itoa(year)
	last := strconv.Itoa(year - 1)
	var d *corpus.Document
	if parts {
		d = build("parts"+y,
			"1|一、"+last+"年政府工作回顾|过去一年，白塔县生产总值增长9.5%，财政总收入增长12%，城乡居民收入稳步增长，各项社会事业全面进步。",
			"1|二、"+y+"年政府工作的目标和主要任务|今年政府工作的主要目标是：全县生产总值增长10%，财政总收入增长11%，城镇新增就业6500人。要重点抓好以下工作。",
			"2|（一）加大重点项目建设力度|"+project,
			"2|（二）切实加强“三农”工作|"+farm,
			"2|（三）深化经济体制改革|"+reform,
			"2|（四）保障和改善民生|"+people,
			"1|三、努力提高政府施政能力|今年加快发展的任务非常艰巨，对政府工作提出了更高要求，必须努力提高政府施政能力。",
			"2|（一）牢固树立发展意识|牢固树立发展是第一要务的思想，一心一意谋发展，聚精会神抓项目，集中精力办好白塔的事情。",
			"2|（二）转变政府职能，提高行政效率|加快转变政府职能，把政府工作的重点转到经济调节、市场监管、社会管理和公共服务上来，进一步精简审批事项，规范审批程序，全面推行政务公开和限时办结制度，提高行政效率。",
			"2|（三）坚持依法行政，规范行政行为|严格依法行政，健全政府决策机制，重大决策实行专家论证、公开听证和合法性审查制度，自觉接受县人大的法律监督和县政协的民主监督，认真办理人大代表建议和政协提案。",
			"2|（四）改进工作作风，务求工作实效|大兴求真务实之风，深入基层调查研究，切实精简会议和文件，严格控制检查评比，坚持勤俭办事，坚决反对铺张浪费，加强廉政建设，做到令行禁止。",
		)
	} else {
		d = build("item"+y,
			"1|一、"+last+"年工作回顾|过去一年，白塔县生产总值增长10.2%，财政总收入增长11.5%，城乡居民收入稳步增长，各项社会事业全面进步。",
			"1|二、"+y+"年政府工作的主要目标和任务|今年政府工作的主要目标是：全县生产总值增长10%，财政总收入增长12%，城镇新增就业7000人。要重点抓好以下工作。",
			"2|（一）大力推进项目建设|"+strings.Replace(project, "86个", "92个", 1),
			"2|（二）扎实推进新农村建设|"+strings.Replace(farm, "8万亩", "9万亩", 1),
			"2|（三）加大改革开放力度|"+opening,
			"2|（四）统筹社会事业发展|"+strings.Replace(people, "7所", "9所", 1),
			"2|（五）加强政府自身建设|新的形势对政府工作提出了新的要求。要继续转变政府职能，提高行政效率，推行政务公开；坚持依法行政，完善重大决策专家论证和听证制度，自觉接受人大监督和政协民主监督；改进工作作风，精简会议和文件，加强廉政建设，建设人民满意的政府。",
		)
	}
	d.Year = year
	return d
}
