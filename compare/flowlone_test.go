package compare

import (
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// Fixture paragraphs of 望川县 (fictional): the first item of the year's
// tasks, whose third paragraph is on the county's debt and lending risks;
// the next year writes that topic as an item of its own, in other words,
// and the rest of the item as its demand item.
const (
	wcInvest     = "抓好项目投资。全年实施县重点项目120个、完成投资210亿元，推进望川高铁站前片区、川江大桥和县城南环路建设，开工建设工业园区标准厂房20万平方米，强化用地、用能和资金保障，做好项目储备和前期工作。"
	wcSpend      = "促进消费回升。建设川江滨河夜市和老城步行街，开展家电、汽车以旧换新，发展农村电商和快递进村，举办望川美食节和年货节，社会消费品零售总额增长6%。"
	wcRisk       = "守住风险底线。严格政府债务限额管理，坚决遏制隐性债务增量，稳妥化解存量，压减融资平台数量，防范县农商银行不良贷款反弹，常态化开展打击非法集资宣传，确保不发生区域性金融风险。"
	wcInvestNext = "扩大有效投资。全年实施县重点项目135个、完成投资230亿元，加快望川高铁站前片区、川江大桥二期和县城北环路建设，新建标准厂房25万平方米，强化用地、用能和资金保障，滚动做好项目储备。"
	wcSpendNext  = "提振消费信心。办好川江滨河夜市和老城步行街，开展家电、汽车、家居以旧换新，发展农村电商和县域商业体系，举办望川美食节，社会消费品零售总额增长6.5%。"
	wcRiskNext   = "落实地方政府债务管理，化解隐性债务存量，整合压减融资平台，加强对县农商银行的监管，依法打击非法集资，牢牢守住不发生系统性风险的底线。"
	wcFarm       = "稳住粮食生产。落实粮食播种面积42万亩，新建高标准农田3万亩，发展茶叶、油茶和中药材特色产业，培育市级以上农业产业化龙头企业8家，农村居民人均可支配收入增长7%。"
	wcFarmNext   = "抓好粮食和特色农业。稳定粮食播种面积42万亩，新建高标准农田3.5万亩，壮大茶叶、油茶和中药材产业，新培育市级以上农业产业化龙头企业6家，农村居民人均可支配收入增长7%。"
)

// wcTasks2031 is 望川县's tasks part of 2031: a first item of three
// paragraphs whose last is on debt risk, beside two items without it.
func wcTasks2031() *corpus.Document {
	return build("a",
		"1|一、2031年重点工作|",
		"2|（一）稳住经济运行|"+wcInvest+"\n"+wcSpend+"\n"+wcRisk,
		"2|（二）推进乡村振兴|"+wcFarm,
		"2|（三）保障和改善民生|"+mhJobs+"\n"+mhSchools+"\n"+mhHealth,
	)
}

// A paragraph of a tasks item that the next year writes as an item of its
// own (the risk paragraph of 望川县's first item of 2031, the risk item of
// 2032) is split from that item, though the new item, one short paragraph
// in other words, is no paragraph flow.
func TestAlignParagraphGrownIntoItem(t *testing.T) {
	a := wcTasks2031()
	b := build("b",
		"1|一、2032年重点工作|",
		"2|（一）扩大国内需求|"+wcInvestNext+"\n"+wcSpendNext,
		"2|（二）防范化解债务和金融风险|"+wcRiskNext,
		"2|（三）推进乡村全面振兴|"+wcFarmNext,
		"2|（四）增进民生福祉|"+strings.Replace(mhJobs, "2000个", "2200个", 1)+"\n"+mhSchools+"\n"+mhHealth,
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）稳住经济运行", "（一）扩大国内需求"},
		{"（二）推进乡村振兴", "（三）推进乡村全面振兴"},
		{"（三）保障和改善民生", "（四）增进民生福祉"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if p := findPair(pairs, "（一）稳住经济运行", "（二）防范化解债务和金融风险"); p == nil || p.Status != Split {
		t.Errorf("Align: want the risk paragraph of （一）稳住经济运行 split into the new risk item; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// A new item on a topic that a paragraph of an old item names, when that
// paragraph stays in the old item's partner, did not grow from it: the
// risk paragraph of 望川县's first item is said again in the next year's
// demand item, and the new risk item beside it stays added.
func TestAlignNewItemBesideKeptParagraph(t *testing.T) {
	a := wcTasks2031()
	b := build("b",
		"1|一、2032年重点工作|",
		"2|（一）扩大国内需求|"+wcInvestNext+"\n"+wcSpendNext+"\n"+strings.Replace(wcRisk, "确保", "坚决", 1),
		"2|（二）防范化解债务和金融风险|"+wcRiskNext,
		"2|（三）推进乡村全面振兴|"+wcFarmNext,
		"2|（四）增进民生福祉|"+strings.Replace(mhJobs, "2000个", "2200个", 1)+"\n"+mhSchools+"\n"+mhHealth,
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	if findPair(pairs, "（一）稳住经济运行", "（一）扩大国内需求") == nil {
		t.Errorf("Align: want （一）稳住经济运行 with （一）扩大国内需求; got:\n%s", dump)
	}
	if findPair(pairs, "（一）稳住经济运行", "（二）防范化解债务和金融风险") != nil {
		t.Errorf("Align: the risk paragraph stayed in （一）扩大国内需求, the new risk item did not grow from it; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}
