package corpus

import "testing"

// TestReadPageFramedCounty checks that a page of a county's or a
// district's report (a few hundred characters cut from the middle, no
// title block naming a place) is filed under the county it names once by
// its short name in the words only its own report uses: its history
// (是某某历史上极不平凡的一年), its development and its fight against poverty
// (为加快某某脱贫攻坚…做出积极贡献), the projects that come to it (落户某某).
// The level is the one the page speaks for (我代表县人民政府, or only 区委
// and 区人大 in its voice): a stem several places share (兴安) is the
// district at 区, the county at 县. A mountain's name that is the
// district's too (黄山) counts in such words, and an honorary title the
// gazetteer's walk takes for a district (全省平安区称号) does not stand in
// the way. A page that names a county once without such words, or frames
// two, is filed under none. Real places: the rule looks the stem up in the
// gazetteer.
func TestReadPageFramedCounty(t *testing.T) {
	const (
		review = "一年来，面对宏观经济下行和历史罕见旱情交织叠加，我们坚持稳字当头、稳中求进，统筹推进疫情防控与经济社会发展，" +
			"较好地完成了年初确定的目标任务。全年地区生产总值增长百分之六点二，规模工业增加值增长百分之八点五，" +
			"一般公共预算收入增长百分之七，城乡居民人均可支配收入分别增长百分之五点八和百分之七点九。\n" +
			"——坚持改进作风，自身建设不断加强。坚持依法行政，健全完善重大决策合法性审查机制，积极推行政府法律顾问制度，" +
			"深化政务公开，行政权力规范运行。认真履行全面从严治党主体责任，扎实推进政府系统党风廉政建设。\n"
		countyVoice   = "各位代表，客观审视一年来的工作，我们有成绩、有进步。在此，我谨代表县人民政府，向理解、信任和支持政府工作的广大干部群众表示崇高的敬意！\n"
		districtVoice = "这些成绩的取得，是区委总揽全局、正确领导的结果，是区人大、区政协有效监督的结果，是各级各部门团结拼搏的结果。\n"
	)
	for _, c := range []struct {
		name, text, region string
	}{
		{"poverty frame, county",
			"政府工作报告\n" + review + "为加快岳西脱贫攻坚和经济社会发展做出积极贡献的广大干部群众，表示衷心的感谢！\n" + countyVoice, "岳西县"},
		{"project lands, county",
			"政府工作报告\n" + review + "全年新签约项目二十个，五个投资上亿元的大项目成功落户岳西。园区建设稳步推进。\n" + countyVoice, "岳西县"},
		{"history frame, district by its voice, mountain's name, honorary title",
			"政府工作报告\n2022年是本届政府开局之年，也是黄山历史上极具挑战、极不平凡的一年。连续十年保持全省平安区称号。\n" + review + districtVoice, "黄山区"},
		{"shared stem, district",
			"政府工作报告\n过去的一年，是兴安改革发展取得重大进展的一年。\n" + review + districtVoice, "兴安区"},
		{"shared stem, county",
			"政府工作报告\n过去的一年，是兴安改革发展取得重大进展的一年。\n" + review + countyVoice, "兴安县"},
		{"named without the words, county",
			"政府工作报告\n" + review + "组织乡镇干部赴岳西考察学习产业发展经验，开阔了视野。\n" + countyVoice, ""},
		{"two counties framed",
			"政府工作报告\n" + review + "五个大项目成功落户岳西，三个大项目落户宿松。\n" + countyVoice, ""},
	} {
		d, err := Read("page.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Region != c.region {
			t.Errorf("%s: region %q, want %q", c.name, d.Region, c.region)
		}
	}
}
