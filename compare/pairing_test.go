package compare

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

func TestYearTerms(t *testing.T) {
	for _, c := range []struct {
		heading string
		base    int
		want    []int // distances to base
	}{
		{"一、2023年工作回顾", 2024, []int{-1}},
		{"三、2024年重点工作", 2024, []int{0}},
		{"对今年政府工作的建议", 2013, []int{0}},
		{"二、去年工作和明年打算", 2013, []int{-1, 1}},
		{"展望2035年远景目标", 2021, nil}, // a distant year is not the report's
		{"一、2023年工作回顾", 0, nil},    // no year known
		{"加强师德师风建设", 2024, nil},
		{"一、过去五年工作回顾", 2023, []int{-5, -4, -3, -2, -1}},
		{"一、2029年和今年以来工作回顾", 2030, []int{-1, -1}},
		{"一、一年来工作回顾", 2004, []int{-1}},
		{"一、2025年和“十四五”时期工作回顾", 2026, []int{-1, -5, -4, -3, -2, -1}},
		{"二、今后五年政府工作总体安排", 2023, nil}, // a plan: its years would look like the year's
		{"二、“十五五”时期主要目标任务", 2026, nil},
		// reports of the last century write years in Chinese numerals
		{"一、一九八八年的回顾", 1989, []int{-1}},
		{"二、一九九○年的国内工作", 1990, []int{0}},
		{"二、一九九〇年的国内工作", 1990, []int{0}},
		{"（二）争取二〇〇一年国民经济的新发展", 2001, []int{0}},
		{"一、１９９６年国内工作的回顾", 1997, []int{-1}},
		{"三、第二个五年计划的第一年", 1959, nil}, // 第一年 is not a year
	} {
		var got []int
		for _, k := range yearTerms(c.heading, c.base) {
			got = append(got, int(uint32(k))-100)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("yearTerms(%q, %d) = %v, want %v", c.heading, c.base, got, c.want)
		}
	}
}

func TestAheadPeriod(t *testing.T) {
	for _, c := range []struct {
		heading string
		base    int
		want    bool
	}{
		{"二、“十五五”时期主要目标任务", 2026, true},
		{"二、“十四五”时期发展的总体思路和重点任务", 2021, true},
		{"三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明", 2006, true},
		{"二、今后五年政府工作总体安排", 2023, true},
		{"二、今后五年发展目标", 0, true},            // no year needed
		{"一、“十四五”时期经济社会发展回顾", 2026, false}, // the plan has ended
		{"一、2025年和“十四五”时期工作回顾", 2026, false},
		{"对今后五年和2003年政府工作的建议", 2003, false}, // names the year itself
		{"二、“十四五”时期主要目标和今年重点工作", 2021, false},
		{"一、过去五年工作回顾", 2023, false},
		{"三、2024年重点工作", 2024, false},
		{"二、“十五五”时期主要目标任务", 0, false}, // which plan is coming is unknown
		// a part named after a year gone by reviews it, whatever plan that
		// year began
		{"一、第一个五年计划的成就和第二个五年计划的第一年——一九五八年的成就", 1959, false},
		{"二、第二个五年计划的第二年——一九五九年的任务", 1959, false},
		{"二、关于第二个五年计划的建议", 1956, true},
	} {
		if got := aheadPeriod(c.heading, c.base); got != c.want {
			t.Errorf("aheadPeriod(%q, %d) = %v, want %v", c.heading, c.base, got, c.want)
		}
	}
}

func TestChineseNumber(t *testing.T) {
	for in, want := range map[string]int{"五": 5, "十": 10, "十一": 11, "十五": 15, "二十": 20, "二十三": 23, "两": 2, "一二": 0, "年": 0, "": 0} {
		if got := chineseNumber(in); got != want {
			t.Errorf("chineseNumber(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestAppendTerms(t *testing.T) {
	show := func(ks []uint64) string {
		var out []string
		for _, k := range ks {
			out = append(out, strings.TrimRight(keyText(k), "\x00"))
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct{ in, want string }{
		{"新建学校12所", "新建 建学 学校 所"},          // digits end a run; a run of one letter is a term
		{"推进教\n育数字化", "推进 进教 教育 育数 数字 字化"}, // a wrapped line does not cut a word
		{"ＡＩ教育，加快", "ai i教 教育 加快"},         // width folded, lower-cased; the comma ends the run
	} {
		if got := show(appendTerms(nil, c.in)); got != c.want {
			t.Errorf("appendTerms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A report's review pairs with the review and its plan with the plan,
// whatever the headings, and each part's items pair inside it: the 2024
// plan's items are reworded from end to end, and the 2025 review speaks of
// the same work in the past tense.
func TestAlignReviewWithReview(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，青岚县地区生产总值增长5.2%，一般公共预算收入完成8.6亿元。",
		"2|（一）产业发展稳中有进|新材料产业园新落地项目12个，茶叶种植面积扩大到6万亩，农产品加工产值增长9%。",
		"2|（二）城乡面貌持续改善|改造老旧小区24个，新建农村公路86公里，县城污水处理厂完成提标改造。",
		"2|（三）教育事业优质发展|新建公办幼儿园3所，县一中新校区投入使用，义务教育学校全部建成标准化学校。",
		"2|（四）医疗服务能力提升|县人民医院通过二级甲等复审，乡镇卫生院全部设立中医馆，家庭医生签约覆盖率达到65%。",
		"1|二、2024年重点工作|",
		"2|（一）坚持工业强县，推动产业提质增效|推动新材料产业园扩区，引进项目15个以上；扩大茶叶种植面积到7万亩，建设农产品加工园。",
		"2|（二）坚持城乡融合，建设宜居县城|改造老旧小区30个，新建农村公路100公里，启动县城第二污水处理厂建设。",
		"2|（三）办好人民满意的教育|新建公办幼儿园4所，扩建城区小学2所，推进县域普通高中振兴。",
		"2|（四）推进健康青岚建设|推进紧密型县域医共体建设，县中医院新院区开工，家庭医生签约覆盖率提高到70%。",
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，青岚县地区生产总值增长5.5%，一般公共预算收入完成9.1亿元。",
		"2|（一）产业基础更加厚实|新材料产业园扩区完成，新落地项目16个；茶叶种植面积达到7万亩，农产品加工园投入运营。",
		"2|（二）宜居县城加快建设|改造老旧小区31个，新建农村公路104公里，县城第二污水处理厂开工建设。",
		"2|（三）教育质量稳步提高|新建公办幼儿园4所，城区小学扩建完成，县一中高考本科上线率提高3个百分点。",
		"2|（四）健康青岚扎实推进|紧密型县域医共体实现全覆盖，县中医院新院区主体完工，家庭医生签约覆盖率达到70%。",
		"1|二、2025年重点工作|",
		"2|（一）做强新材料和茶产业|新材料产业园新引进项目18个，茶叶精深加工产值增长12%，培育茶叶区域公用品牌。",
		"2|（二）提升县城品质|改造老旧小区28个，新建农村公路90公里，县城第二污水处理厂建成投用。",
		"2|（三）建设教育强县|新建公办幼儿园2所，实施县域普通高中振兴计划，建设智慧校园20所。",
		"2|（四）提高医疗卫生服务水平|县人民医院创建三级医院，乡镇卫生院中医馆提档升级，家庭医生签约覆盖率提高到75%。",
	)
	pairs := Align(a, b, Options{})
	var dump strings.Builder
	for _, p := range pairs {
		dump.WriteString(alignLine(p) + "\n")
	}
	for _, w := range [][2]string{
		{"一、2023年工作回顾", "一、2024年工作回顾"},
		{"（一）产业发展稳中有进", "（一）产业基础更加厚实"},
		{"（二）城乡面貌持续改善", "（二）宜居县城加快建设"},
		{"二、2024年重点工作", "二、2025年重点工作"},
		{"（一）坚持工业强县，推动产业提质增效", "（一）做强新材料和茶产业"},
		{"（二）坚持城乡融合，建设宜居县城", "（二）提升县城品质"},
		{"（三）教育事业优质发展", "（三）教育质量稳步提高"},
		{"（四）医疗服务能力提升", "（四）健康青岚扎实推进"},
		{"（三）办好人民满意的教育", "（三）建设教育强县"},
		{"（四）推进健康青岚建设", "（四）提高医疗卫生服务水平"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Status == Merged || p.Status == Split {
			t.Errorf("Align: want %s => %s as a primary pair; got:\n%s", w[0], w[1], dump.String())
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
	for _, p := range pairs {
		if p.Confidence < 0 || p.Confidence > 1 {
			t.Errorf("Align: %s has confidence %v, want it in [0, 1]", alignLine(p), p.Confidence)
		}
	}
}

// TestBest2 checks the running best and runner-up of flows.go against
// their definition over whole lists: the first greatest cosine, and the
// greatest of the other sections' (ties and zeros included).
func TestBest2(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 2000 {
		cs := make([]float64, rng.IntN(8))
		secs := make([]int, len(cs))
		for k := range cs {
			cs[k] = float64(rng.IntN(4)) / 4 // zeros and ties
			secs[k] = rng.IntN(3)
		}
		b := noBest
		for k, c := range cs {
			b.add(c, secs[k])
		}
		best, bi := 0.0, -1
		for k, c := range cs {
			if c > best {
				best, bi = c, k
			}
		}
		if bi < 0 {
			if b.sec != -1 {
				t.Fatalf("list %d %v: best2 found section %d, want none", n, cs, b.sec)
			}
			continue
		}
		second := 0.0
		for k, c := range cs {
			if secs[k] != secs[bi] {
				second = max(second, c)
			}
		}
		if b.best != best || b.sec != secs[bi] || b.second != second {
			t.Fatalf("cosines %v in sections %v: best2 = %+v, want best %v in section %d, second %v", cs, secs, b, best, secs[bi], second)
		}
	}
}

// TestPartKinds checks which parts review and which plan: the heading's
// years against the report's, and a part without a year going on with
// the plan before it; an opening without heading is neither.
func TestPartKinds(t *testing.T) {
	d := build("k",
		"0||各位代表：",
		"1|一、2023年工作回顾|",
		"2|（一）产业发展稳中有进|",
		"1|二、2024年工作总体安排|",
		"1|三、着力扩大有效需求|",
		"2|（一）扩大有效投资|",
		"1|四、加强政府自身建设|",
	)
	d.Year = 2024
	want := map[string]string{
		"": "", "一、2023年工作回顾": "back", "（一）产业发展稳中有进": "back", "二、2024年工作总体安排": "plan",
		"三、着力扩大有效需求": "plan", "（一）扩大有效投资": "plan", "四、加强政府自身建设": "plan",
	}
	for _, p := range prepare(d) {
		got := ""
		switch {
		case p.back && p.plan:
			got = "both"
		case p.back:
			got = "back"
		case p.plan:
			got = "plan"
		}
		if got != want[p.s.Heading] {
			t.Errorf("%q: %q, want %q", p.s.Heading, got, want[p.s.Heading])
		}
	}
	// a review that names no year is of no known kind, and so is a part
	// after it that names none
	d = build("n", "1|一、政府工作回顾|", "1|二、主要任务|")
	d.Year = 2024
	for _, p := range prepare(d) {
		if p.back || p.plan {
			t.Errorf("%q: back %v plan %v, want neither", p.s.Heading, p.back, p.plan)
		}
	}
}

// A review item that no item of the other review continues stays
// unpaired, even when one of them shares its words of the countryside
// (农村, 农民, 粮食): five years of 三农 work is not a year of jobs and social
// security. Their likeness (about 0.048 weighted) is above the chance
// level of two long reports, under MinSimilarity.
func TestAlignSharedWordsNotCounterparts(t *testing.T) {
	a := build("a",
		"1|一、过去五年工作回顾|五年来，全省经济保持平稳较快增长，地区生产总值年均增长8.5%。",
		"2|（一）坚持扩大内需，保持经济平稳较快增长|五年累计完成固定资产投资2.1万亿元，社会消费品零售总额年均增长12%，发行地方政府债券支持重点项目建设。",
		"2|（二）坚持把三农工作放在突出位置|粮食产量连续五年稳定在300亿斤以上，新建高标准农田150万亩，农民人均纯收入年均增长10%，农村税费改革全面完成。",
		"2|（三）坚持全面提高对外开放水平|五年进出口总额累计达到3200亿美元，实际利用外资年均增长9%，新设境外投资企业240家。",
		"1|二、2024年主要任务|",
		"2|（一）扩大有效需求|"+yxDemand,
		"2|（二）全面推进乡村振兴|"+yxRural,
		"2|（三）深化重点领域改革|"+yxReform,
		"2|（四）扩大高水平对外开放|"+yxOpening,
		"2|（五）加快建设现代化产业体系|"+yxIndustry,
		"2|（六）办好民生实事|"+yxLivelihd,
		"2|（七）加强生态环境保护|"+yxEcology,
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，全省地区生产总值增长5.1%。",
		"2|（一）适时适度调控，促进经济平稳发展|完成固定资产投资4800亿元，社会消费品零售总额增长7%，发行地方政府债券支持重点项目建设。",
		"2|（二）关心群众生活，做好就业和社会保障工作|城镇新增就业52万人，农村转移劳动力就业稳定，农村居民最低生活保障标准提高8%，农民工工资按时足额发放，受灾农户粮食救助及时到位，困难群众生活得到保障。",
		"2|（三）推进体制创新，改革开放迈出重要步伐|进出口总额达到780亿美元，实际利用外资增长6%，省属国有企业完成公司制改革。",
		"1|二、2025年主要任务|",
		"2|（一）全方位扩大国内需求|"+yxDemand,
		"2|（二）推进乡村全面振兴|"+yxRural,
		"2|（三）把改革推向深入|"+yxReform,
		"2|（四）稳外贸稳外资|"+yxOpening,
		"2|（五）推动产业转型升级|"+yxIndustry,
		"2|（六）持续改善民生|"+yxLivelihd,
		"2|（七）建设美丽云岫|"+yxEcology,
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）坚持扩大内需，保持经济平稳较快增长", "（一）适时适度调控，促进经济平稳发展"},
		{"（三）坚持全面提高对外开放水平", "（三）推进体制创新，改革开放迈出重要步伐"},
		{"（二）全面推进乡村振兴", "（二）推进乡村全面振兴"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	for _, p := range pairs {
		if p.From != nil && p.To != nil && p.From.Heading == "（二）坚持把三农工作放在突出位置" {
			t.Errorf("Align: %s, want the item unpaired; got:\n%s", alignLine(p), dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// Review headings cast in one formula (城市建设取得新进展, 改革开放取得新进展)
// are alike in their words however unrelated their texts: a merge or a
// split is of texts, and the city's review item, paired with the next
// city item, is not split into the next review's item on reform and
// opening, which is new.
func TestAlignFormulaHeadingsNoSplit(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，青岚县地区生产总值增长5.2%。",
		"2|（一）经济发展取得新成就|新材料产业园新落地项目12个，茶叶种植面积扩大到6万亩，规上工业增加值增长8%。",
		"2|（二）城市建设取得新进展|改造老旧小区24个，新建城市道路12公里，县城污水处理厂完成提标改造，新增公园绿地15公顷。",
		"2|（三）民生事业取得新进步|新建公办幼儿园3所，城镇新增就业4200人，家庭医生签约覆盖率达到65%。",
		"1|二、2024年重点工作|",
		"2|（一）推动产业提质增效|推动新材料产业园扩区，引进项目15个以上；扩大茶叶种植面积到7万亩。",
		"2|（二）建设宜居县城|改造老旧小区30个，新建城市道路15公里，启动县城第二污水处理厂建设。",
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，青岚县地区生产总值增长5.5%。",
		"2|（一）产业培育实现新突破|新材料产业园扩区完成，新落地项目16个；茶叶种植面积达到7万亩。",
		"2|（二）城乡建设呈现新面貌|改造老旧小区31个，新建城市道路15公里，县城第二污水处理厂开工建设，新增公园绿地18公顷。",
		"2|（三）民生事业达到新水平|新建公办幼儿园4所，城镇新增就业4500人，家庭医生签约覆盖率达到70%。",
		"2|（四）改革开放取得新进展|开通至东盟的跨境货运班列，实际利用外资增长12%，引进外资企业8家，企业开办时间压缩至1个工作日。",
		"1|二、2025年重点工作|",
		"2|（一）做强新材料和茶产业|新材料产业园新引进项目18个，茶叶精深加工产值增长12%。",
		"2|（二）提升县城品质|改造老旧小区28个，新建城市道路10公里，县城第二污水处理厂建成投用。",
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	if findPair(pairs, "（二）城市建设取得新进展", "（二）城乡建设呈现新面貌") == nil {
		t.Errorf("Align: want the city items paired; got:\n%s", dump)
	}
	for _, p := range pairs {
		if p.To != nil && p.To.Heading == "（四）改革开放取得新进展" && p.Status != Added {
			t.Errorf("Align: %s, want the item added; got:\n%s", alignLine(p), dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

func TestPartNumbered(t *testing.T) {
	for in, want := range map[string]bool{"一、坚定不移稳增长": true, "十二、加强政府自身建设": true, "（一）深化改革": false, "第一，稳增长": false, "一九八九年的回顾": false, "": false} {
		if got := partNumbered(in); got != want {
			t.Errorf("partNumbered(%q) = %v, want %v", in, got, want)
		}
	}
}

// Two short summaries of a bureau (an excerpt, a two-page 民政局 summary)
// have a few sections each, and half of the cells of their likeness are
// true pairs: the chance floor is measured on the cells that are not
// each other's best, or the reworded 养老 item of one year stands under a
// floor its own pair set, and the item shows as removed and added.
func TestAlignFewSectionsChanceFloor(t *testing.T) {
	a := build("a",
		"0||明湖市民政局2023年工作总结。2023年，市民政局坚持稳中求进，着力兜牢基本民生底线，持续推进基层治理，民政事业取得新进展。",
		"1|一、2023年工作进展情况|",
		"2|（一）养老服务提质扩容，满足老年人多样需求|一是规划先行。编制养老服务设施布局规划，出台基本养老服务清单。二是项目落地。完成湖滨街道、北岸镇两家公办敬老院改造，新建嵌入式养老机构2家，新增养老床位320张。三是服务升级。推进老年助餐服务，改建老年食堂12家，日均助餐4500人次；发放养老服务补贴3200万元，新增持证养老护理员180人。",
	)
	b := build("b",
		"0||明湖市民政局2024年度工作总结及2025年工作计划。2024年，市民政局坚持民生为本，持续强化兜底性民生建设，获评全省养老服务体系建设成效明显县市。",
		"1|一、2024年工作总结|",
		"2|（一）争先进位，绘就颐养明湖幸福新图景|一是制度先行。印发明湖市基本养老服务体系建设实施方案和基本养老服务清单，出台大力发展老年助餐服务的意见。二是项目推进。完成西岭镇公办敬老院改造提升，推进嵌入式养老机构建设，养老服务爱心卡惠及老人1.2万人。三是活动丰富。开展敬老月系列活动，举办康养产业展示活动。",
	)
	a.Year, b.Year = 2023, 2024
	pairs := Align(a, b, Options{})
	for _, w := range [][2]string{
		{"一、2023年工作进展情况", "一、2024年工作总结"},
		{"（一）养老服务提质扩容，满足老年人多样需求", "（一）争先进位，绘就颐养明湖幸福新图景"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], alignDump(pairs))
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// chanceMedian leaves out the cells that are the best of their row and
// column, and falls back on all cells when nothing else is left.
func TestChanceMedian(t *testing.T) {
	m := [][]float64{
		{0.14, 0.03, 0.02},
		{0.04, 0.18, 0.11},
		{0.04, 0.11, 0.12},
	}
	if got := chanceMedian(m); got < 0.03 || got > 0.045 {
		t.Errorf("chanceMedian = %.3f, want about 0.04 (the mutual bests 0.14, 0.18, 0.12 left out)", got)
	}
	if got, want := chanceMedian([][]float64{{0.2}}), median([][]float64{{0.2}}); got != want {
		t.Errorf("chanceMedian of one cell = %.3f, want the median %.3f", got, want)
	}
}

func TestAlignTaskItemUpIntoPolicyPart(t *testing.T) {
	// 明湖市: the 2034 report sets out its fiscal and financial policy
	// as the first item of the tasks part (with the grain and risk work);
	// the 2035 report moves that policy up into the part on the year's
	// requirements and policy orientation, beside the tasks part, and
	// the risk work into an item of its own. The item is split: its
	// policy paragraphs went to part 二, its risk paragraphs to （三）.
	const (
		review   = "过去一年，全市地区生产总值增长5.8%，一般公共预算收入增长6.1%，城镇新增就业4.2万人，居民人均可支配收入增长6.3%，各项事业取得新进展。"
		targets  = "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业4万人以上，居民收入增长和经济增长同步。"
		fiscal   = "积极的财政政策要加力提效。市级财政安排产业发展专项资金12亿元，争取地方政府专项债券额度85亿元，优先支持在建项目后续融资，严控一般性支出，市级部门非刚性支出再压减10%，各级政府要坚持过紧日子。"
		finance  = "金融支持实体经济要精准有力。引导驻市银行机构扩大普惠小微贷款投放，全年新增制造业中长期贷款60亿元以上，推广政银担风险分担机制，市融资担保公司担保费率降至1%以下，企业综合融资成本稳中有降。"
		risk     = "防范化解重点领域风险。稳妥处置房地产项目逾期交付问题，落实保交楼专项借款，分类推进融资平台公司市场化转型，严控新增隐性债务，严厉打击非法集资，守住不发生区域性风险的底线。"
		grain    = "保障粮食和能源安全。稳定粮食播种面积120万亩以上，完成高标准农田建设8万亩，落实煤炭电力保供责任，建设应急储备库2座，确保迎峰度夏度冬电力供应平稳。"
		industry = "推动制造业高质量发展。实施新材料、高端装备、生物医药三大产业链链长制，新培育专精特新中小企业40家，完成规上工业企业技术改造项目150个，新建智能工厂和数字化车间30个。"
		people   = "办好民生实事。新建改扩建中小学8所，新增学位6000个，建设社区嵌入式养老服务中心20个，改造城镇老旧小区90个，城乡居民基础养老金月最低标准再提高15元。"
	)
	a := build("a",
		"1|一、2033年工作回顾|"+review,
		"1|二、2034年经济社会发展总体要求和主要目标|"+targets,
		"1|三、2034年重点工作|",
		"2|（一）稳定经济运行，守住安全底线|"+fiscal+"\n"+finance+"\n"+grain+"\n"+risk,
		"2|（二）坚持产业强市，壮大实体经济|"+industry,
		"2|（三）办好民生实事，增进群众福祉|"+people,
	)
	b := build("b",
		"1|一、2034年工作回顾|"+review,
		"1|二、2035年经济社会发展总体要求和政策取向|"+targets+"\n"+fiscal+"\n"+finance,
		"1|三、2035年重点工作|",
		"2|（一）坚持产业强市，壮大实体经济|"+industry,
		"2|（二）办好民生实事，增进群众福祉|"+people,
		"2|（三）统筹发展和安全，防范化解风险|"+grain+"\n"+risk,
	)
	pairs := Align(a, b, Options{})
	if findPair(pairs, "（一）稳定经济运行，守住安全底线", "二、2035年经济社会发展总体要求和政策取向") == nil {
		t.Errorf("Align: want （一）稳定经济运行 => 二、2035年…政策取向 (its policy paragraphs went up into part 二)\n%s", alignDump(pairs))
	}
	for _, w := range [][2]string{
		{"二、2034年经济社会发展总体要求和主要目标", "二、2035年经济社会发展总体要求和政策取向"},
		{"（一）稳定经济运行，守住安全底线", "（三）统筹发展和安全，防范化解风险"},
		{"（二）坚持产业强市，壮大实体经济", "（一）坚持产业强市，壮大实体经济"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s => %s\n%s", w[0], w[1], alignDump(pairs))
		}
	}
	// the same when the first report has no policy part: its tasks part
	// opens with the year's targets, and the next report's policy part is
	// split from it (the goals) beside the tasks part, its counterpart
	a = build("a",
		"1|一、2033年工作回顾|"+review,
		"1|二、2034年重点工作|"+targets,
		"2|（一）稳定经济运行，守住安全底线|"+fiscal+"\n"+finance+"\n"+grain+"\n"+risk,
		"2|（二）坚持产业强市，壮大实体经济|"+industry,
		"2|（三）办好民生实事，增进群众福祉|"+people,
	)
	pairs = Align(a, b, Options{})
	if findPair(pairs, "（一）稳定经济运行，守住安全底线", "二、2035年经济社会发展总体要求和政策取向") == nil {
		t.Errorf("Align (tasks part with the targets): want （一）稳定经济运行 => 二、2035年…政策取向\n%s", alignDump(pairs))
	}
	// and the other way: the policy part's paragraphs that went down into
	// the first item of the next report's tasks
	down := Align(b, a, Options{})
	if findPair(down, "二、2035年经济社会发展总体要求和政策取向", "（一）稳定经济运行，守住安全底线") == nil {
		t.Errorf("Align (policy part down into an item): want 二、2035年…政策取向 => （一）稳定经济运行\n%s", alignDump(down))
	}
	// an item that went up into the review part is no such pair: a plan
	// item's text is never last year's review of it
	for _, p := range pairs {
		if p.From != nil && p.To != nil && strings.HasPrefix(p.To.Heading, "一、") && strings.HasPrefix(p.From.Heading, "（") {
			t.Errorf("Align: a tasks item paired with the review part: %s", alignLine(p))
		}
	}
}

func TestAlignGatheredItem(t *testing.T) {
	// 明湖市: the 2036 report opens its tasks with an item of its own on
	// cutting overcapacity, housing stock and weak spots, gathered from
	// two paragraphs each of three items of the 2035 tasks (a quarter of
	// each, a quarter of it each) (the steel and
	// coal paragraphs of the industry item, the housing paragraphs of the
	// demand item, the poverty paragraphs of the rural item) and two new
	// paragraphs on debt. None of the three holds a third of it, nor
	// gave a third of its own text: the item is their merge, not new.
	const (
		ind3   = "壮大数字经济核心产业。建设明湖软件园二期，引进电子信息企业30家，数字经济核心产业增加值占地区生产总值比重达到9%。"
		con3   = "促进文旅消费。创建国家级旅游休闲街区1个，推出湖滨夜游、古镇民宿等文旅产品，接待游客人次增长12%。"
		inv3   = "加强水利和能源基础设施建设。开工明湖水库扩容工程，建成220千伏变电站3座，新建充电桩2000个。"
		agr3   = "提升农业科技和装备水平。建设农业科技示范基地10个，主要农作物耕种收综合机械化率达到78%。"
		ref3   = "壮大村级集体经济。每个行政村培育一个集体经济项目，集体经营性收入10万元以上的村占比达到80%。"
		ind1   = "做强先进制造业集群。围绕新材料、高端装备、生物医药三条产业链，新引进亿元以上制造业项目40个，规上工业增加值增长7%以上。"
		ind2   = "推进工业技术改造。实施千项技改工程，完成技改投资180亿元，新建智能工厂12个、数字化车间45个，工业投资占固定资产投资比重提高到38%。"
		inn1   = "提升企业创新能力。新增高新技术企业120家，全社会研发经费投入强度达到2.6%，建设市级以上企业技术中心25家。"
		inn2   = "建设科技创新平台。推进明湖实验室二期建设，新建新型研发机构6家，技术合同成交额突破90亿元，引进高层次人才团队30个。"
		qual1  = "开展质量品牌提升行动。新培育省级名牌产品20个，主导制定国家和行业标准15项，推动湖畔纺织、明湖陶瓷等传统产品增品种提品质创品牌。"
		cap1   = "坚决压减钢铁过剩产能。关停明湖钢铁公司两座450立方米高炉，退出炼钢产能120万吨，严禁新增钢铁产能，对违规项目一律停建。"
		cap2   = "有序退出煤炭落后产能。关闭石桥煤矿等小煤矿5处，退出煤炭产能90万吨，安置分流职工2300人，市级奖补资金及时拨付到位。"
		con1   = "培育消费新增长点。举办明湖消费季和夜间经济节，发展首店经济和智能家居、新能源汽车消费，社会消费品零售总额增长8%。"
		con2   = "完善城乡商贸流通体系。建设县域商业中心8个、乡镇快递物流站点60个，推动电商进村，农村网络零售额增长15%。"
		inv1   = "扩大有效投资。实施市重点项目260个，完成年度投资820亿元，其中交通、水利等基础设施投资310亿元。"
		inv2   = "加快重大交通工程建设。开工望川至石桥城际铁路，建成明湖绕城高速北段，新建改建农村公路400公里。"
		hou1   = "因城施策消化商品住房库存。支持农业转移人口和新市民购买首套住房，给予契税补贴，商品住房去化周期控制在14个月以内。"
		hou2   = "持续推进棚户区改造。新开工棚户区住房改造8000套，提高货币化安置比例到70%以上，完善安置小区配套学校和医院。"
		agr1   = "稳定粮食生产。粮食播种面积稳定在150万亩以上，新建高标准农田6万亩，推广优质稻和再生稻种植。"
		agr2   = "发展特色农业。壮大茶叶、柑橘、生猪三大特色产业，新培育市级农业产业化龙头企业15家，农产品加工产值增长10%。"
		ref1   = "深化农村改革。完成农村集体产权制度改革整市试点，推进宅基地制度改革，培育家庭农场和农民合作社300家。"
		ref2   = "建设美丽宜居乡村。完成农村人居环境整治村庄120个，农村卫生厕所普及率达到92%，生活垃圾收运处置体系覆盖所有行政村。"
		pov1   = "打赢脱贫攻坚战。实现1.2万名农村贫困人口脱贫、18个贫困村出列，完成易地扶贫搬迁3500人，市级财政专项扶贫资金增长30%。"
		pov2   = "推进产业扶贫和就业扶贫。每个贫困村培育一项特色扶贫产业，建设扶贫车间40个，帮助贫困劳动力转移就业5000人。"
		debt1  = "积极稳妥降低企业杠杆率。推动国有企业兼并重组和债转股，国有企业资产负债率控制在65%以内，拓宽企业股权融资渠道。"
		debt2  = "规范政府举债融资行为。将政府债务纳入预算管理，严禁违规担保，推动融资平台公司市场化转型，守住不发生系统性风险的底线。"
		edu    = "办好人民满意的教育。新建改扩建中小学12所，新增学位9000个，普惠性幼儿园覆盖率达到90%，落实乡村教师生活补助。"
		hea    = "推进健康明湖建设。建成市第二人民医院新院区，家庭医生签约服务覆盖率达到45%，城乡居民医保财政补助提高到每人每年450元。"
		soc    = "织密社会保障网。城乡低保标准分别提高6%和9%，新增城镇就业5.5万人，建设社区养老服务中心25个。"
		review = "过去一年，全市地区生产总值增长6.8%，一般公共预算收入增长7.5%，城镇新增就业5.2万人，居民人均可支配收入增长8.1%，圆满完成年度目标任务。"
	)
	p := func(xs ...string) string { return strings.Join(xs, "\n") }
	a := build("a",
		"1|一、2034年工作回顾|"+review,
		"1|二、2035年重点工作|",
		"2|（一）推动产业转型升级，壮大实体经济|"+p(ind1, ind2, ind3, inn1, inn2, qual1, cap1, cap2),
		"2|（二）扩大有效需求，增强发展动力|"+p(con1, con2, con3, inv1, inv2, inv3, hou1, hou2),
		"2|（三）推进乡村振兴，促进农民增收|"+p(agr1, agr2, agr3, ref1, ref2, ref3, pov1, pov2),
		"2|（四）保障改善民生，加强社会建设|"+p(edu, hea, soc),
	)
	b := build("b",
		"1|一、2035年工作回顾|"+review,
		"1|二、2036年重点工作|",
		"2|（一）用改革的办法推进去产能、去库存、去杠杆、补短板|"+p(cap1, cap2, hou1, hou2, debt1, debt2, pov1, pov2),
		"2|（二）推动产业转型升级，壮大实体经济|"+p(ind1, ind2, ind3, inn1, inn2, qual1),
		"2|（三）扩大有效需求，增强发展动力|"+p(con1, con2, con3, inv1, inv2, inv3),
		"2|（四）推进乡村振兴，促进农民增收|"+p(agr1, agr2, agr3, ref1, ref2, ref3),
		"2|（五）保障改善民生，加强社会建设|"+p(edu, hea, soc),
	)
	for _, dir := range []struct {
		name      string
		from, to  *corpus.Document
		gathered  string
		sources   []string
		unrelated string
		fromIsNew bool
	}{
		{"forward", a, b, "（一）用改革的办法推进去产能", []string{"（一）推动产业转型升级", "（二）扩大有效需求", "（三）推进乡村振兴"}, "（四）保障改善民生", false},
		{"backward", b, a, "（一）用改革的办法推进去产能", []string{"（一）推动产业转型升级", "（二）扩大有效需求", "（三）推进乡村振兴"}, "（四）保障改善民生", true},
	} {
		pairs := Align(dir.from, dir.to, Options{})
		for _, s := range dir.sources {
			from, to := s, dir.gathered
			if dir.fromIsNew {
				from, to = dir.gathered, s
			}
			if findPairPrefix(pairs, from, to) == nil {
				t.Errorf("Align %s: want %s => %s (its paragraphs were gathered into the item)\n%s", dir.name, from, to, alignDump(pairs))
			}
		}
		for _, q := range pairs {
			if q.From != nil && q.To != nil && (strings.HasPrefix(q.From.Heading, dir.unrelated) && strings.HasPrefix(q.To.Heading, dir.gathered) ||
				strings.HasPrefix(q.From.Heading, dir.gathered) && strings.HasPrefix(q.To.Heading, dir.unrelated)) {
				t.Errorf("Align %s: the livelihood item gave nothing to the gathered item: %s", dir.name, alignLine(q))
			}
		}
	}
}

// findPairPrefix returns the first pair whose headings start with from and to.
func findPairPrefix(pairs []Pair, from, to string) *Pair {
	for i, p := range pairs {
		if p.From != nil && p.To != nil && strings.HasPrefix(p.From.Heading, from) && strings.HasPrefix(p.To.Heading, to) {
			return &pairs[i]
		}
	}
	return nil
}

// Three annex items of each year (明湖市 十件民生实事): the old item on
// screening and childcare (X) shares most words with the new item on
// maternity care and childcare (P), but the old item on county hospitals
// and insurance (Y) is ahead of it there by a hair; the new item on primary
// care (Q), cut short, names the mothers among its groups and is most like
// the old item on the elderly (Z), which pairs with the new item on long-term
// care (R) by far. X and Q are near both their bests and the best of
// neither: the Hungarian choice took that second link to pair one more item
// (X with Q, Y with P), though X's best is P and Q's best is Z. A primary
// pair is one side's best: X pairs with P, and X with Q may only make a
// split.
func TestPrimariesSkipSecondLinks(t *testing.T) {
	const Z, X, Y = 0, 1, 2 // old: elderly care, screening and childcare, county hospitals
	const R, P, Q = 0, 1, 2 // new: long-term care, maternity and childcare, primary care
	S := [][]float64{
		Z: {R: 0.244, P: 0.010, Q: 0.079},
		X: {R: 0.021, P: 0.055, Q: 0.051},
		Y: {R: 0.023, P: 0.056, Q: 0.021},
	}
	xs, ys := []int{Z, X, Y}, []int{R, P, Q}
	none := func(int) float64 { return 0 }
	links := groupLinks(xs, ys, S, func(s float64) bool { return s >= MinSimilarity }, nil, none, none)
	var second bool
	for _, l := range links {
		if l.i == X && l.j == Q {
			second = l.second
		}
	}
	if !second {
		t.Fatalf("groupLinks: want a second link X-Q; got %+v", links)
	}
	m := primaries(xs, ys, links, S, nil)
	if want := []int{R, P, -1}; !slices.Equal(m, want) {
		t.Errorf("primaries = %v, want %v (Z-R, X-P, Y left to merge)", m, want)
	}
}

// Two lists of short items under paired appendix headings (a county's ten
// livelihood projects, two years): items that share the words of every
// item (提升, 服务, 提供, 水平) and only a word or two of their own score
// under MinSimilarity however plainly they are counterparts, and one
// shares an incidental word (医保) with another item. An item that is the
// clear mutual best of its counterpart, their headings alike on their
// own (医疗服务), pairs with it; were it held to MinSimilarity the medical
// items would be called removed and added. The screening item and the
// maternity one share no heading word and stay apart (a known limit).
func TestAlignShortListItems(t *testing.T) {
	a := build("a",
		"2|一、2030年工作回顾|过去一年，全县地区生产总值增长6%。",
		"2|二、2031年工作安排|今年要办好十件民生实事。",
		"1|附件：2031年县十件民生实事|",
		"2|一、提升居家养老服务水平|新增社区养老服务站12个，为80岁以上独居老人提供每月两次上门探访服务，养老护理员全部持证上岗。",
		"2|二、提升困难群众救助保障水平|农村低保标准提高到每人每月620元，特困人员基本生活标准不低于低保标准的1.3倍，临时救助及时到位。",
		"2|三、提升县域医疗服务水平和完善医保激励|聘请30名退休主任医师到县医院坐诊，对连续参加居民医保满三年的群众提高大病保险支付限额2000元。",
		"2|四、提升义务教育办学水平|改扩建乡村学校8所，新增学位1600个，县城学校对口帮扶乡村学校实现全覆盖。",
		"2|五、为孕产妇和婴幼儿提供免费筛查服务|为3000名孕妇免费开展产前筛查，为新生儿免费开展听力筛查，新建公办托育机构2所。",
		"2|六、提升就业公共服务水平|建设家门口就业服务站20个，开发公益性岗位400个，帮助高校毕业生就业见习600人。",
	)
	b := build("b",
		"2|一、2031年工作回顾|过去一年，全县地区生产总值增长6.2%。",
		"2|二、2032年工作安排|今年要办好十件民生实事。",
		"1|附件：2032年县十件民生实事|",
		"2|一、提高低保和特困人员保障标准|农村低保标准从每人每月620元提高到650元，特困人员基本生活标准不低于低保标准的1.3倍。",
		"2|二、发展普惠养老和长期照护服务|建设乡镇综合养老服务中心4个，为失能老人提供助餐助浴服务，培训养老护理员500人次。",
		"2|三、改善义务教育和普通高中办学条件|新建县城第三中学，改扩建乡村学校6所，新增学位2000个。",
		"2|四、减轻家庭生育养育负担|发放育儿补贴惠及婴幼儿5000名，生育医疗费用由职工医保统筹基金全额支付，新建托育服务点10个。",
		"2|五、推动就业服务进社区|新建社区就业驿站15个，开发公益性岗位450个，吸引高校毕业生到乡村就业300人。",
		"2|六、提升基层医疗健康服务供给|为高血压、糖尿病患者提供连续健康管理服务，乡镇卫生院全部配备远程会诊设备，培养订单定向医学生40名。",
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"三、提升县域医疗服务水平和完善医保激励", "六、提升基层医疗健康服务供给"},
		{"二、提升困难群众救助保障水平", "一、提高低保和特困人员保障标准"},
		{"六、提升就业公共服务水平", "五、推动就业服务进社区"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Relation != "" {
			t.Errorf("Align: want %s paired with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// A plan item of 明湖市 on schools, culture and jobs whose three
// paragraphs went to three items of the next year's plan: schools (its
// best), culture (a split) and 安居乐业, which also continues the old
// item on public safety (its best by far). The jobs paragraph makes the
// old item near its best there, and clearly more like it than like the
// culture item it was already split to; were it held to the near-both
// rule, the jobs work would be called new.
func TestAlignSplitOneMorePart(t *testing.T) {
	a := build("a",
		"1|一、2030年工作回顾|过去一年，全市地区生产总值增长6%，城乡居民收入稳步增长。",
		"1|二、2031年重点工作|今年要突出抓好五个方面工作。",
		"2|（一）聚焦科技创新，打造区域创新高地。|建设明湖科学城，新增高新技术企业120家，研发投入强度达到2.6%，引进创新团队15个，建成中试基地3个。",
		"2|（二）聚焦农业农村，建设宜居和美乡村。|新建高标准农田8万亩，粮食产量稳定在60万吨，培育农产品加工龙头企业10家，整治村庄人居环境200个。",
		"2|（三）聚焦教育文化和就业，增进民生福祉。|新建中小学9所，新增学位1.2万个，招聘教师800名，推进集团化办学，扩大优质教育资源覆盖。\n建设市图书馆新馆，开放非遗展示馆。\n实施就业优先政策，城镇新增就业4万人，发放创业担保贷款5亿元，开发公益性岗位900个，提高城乡居民养老保险基础养老金。",
		"2|（四）聚焦平安建设，守牢安全发展底线。|深化平安明湖建设，开展安全生产专项整治三年行动，完成防汛抗旱应急物资储备，化解信访积案，严厉打击电信网络诈骗。健全食品药品安全监管体系，排查城镇燃气管道隐患，加强消防救援队伍建设，推进应急指挥平台建设。",
		"2|（五）聚焦绿色低碳，擦亮明湖生态底色。|完成明湖流域综合治理，空气优良天数比例达到85%，新增造林绿化3万亩，推进工业园区循环化改造。",
	)
	b := build("b",
		"1|一、2031年工作回顾|过去一年，全市地区生产总值增长6.3%，城乡居民收入稳步增长。",
		"1|二、2032年主要任务|今年要实施六大行动。",
		"2|（一）实施科创强市行动。|加快明湖科学城建设，高新技术企业达到900家，研发投入强度达到2.8%，建成中试基地5个，引进创新团队20个。",
		"2|（二）实施和美乡村行动。|新建高标准农田9万亩，粮食产量稳定在61万吨，培育农产品加工龙头企业12家，整治村庄人居环境220个。",
		"2|（三）实施优质教育行动。|新建中小学10所，新增学位1.4万个，招聘教师900名，深化集团化办学，扩大优质教育资源覆盖面。",
		"2|（四）实施文化惠民行动。|市图书馆新馆建成开放，非遗展示馆举办展览40场，组织文艺演出下乡500场，创作舞台剧目3部。",
		"2|（五）实施安居乐业行动。|实施就业优先政策，城镇新增就业4.2万人，发放创业担保贷款6亿元，开发公益性岗位1000个，提高城乡居民基础养老金。\n深化平安明湖建设，开展安全生产治本攻坚行动，完成防汛抗旱应急物资储备，化解信访积案，严厉打击电信网络诈骗。健全食品药品安全监管体系，排查城镇燃气管道隐患，加强消防救援队伍建设，建成应急指挥平台。",
		"2|（六）实施绿色转型行动。|完成明湖流域综合治理二期，空气优良天数比例达到86%，新增造林绿化3.5万亩，推进工业园区循环化改造。",
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	const old = "（三）聚焦教育文化和就业，增进民生福祉。"
	for _, to := range []string{"（三）实施优质教育行动。", "（四）实施文化惠民行动。", "（五）实施安居乐业行动。"} {
		if findPair(pairs, old, to) == nil {
			t.Errorf("Align: want %s paired with %s; got:\n%s", old, to, dump)
		}
	}
	if p := findPair(pairs, "（四）聚焦平安建设，守牢安全发展底线。", "（五）实施安居乐业行动。"); p == nil || p.Relation != "" {
		t.Errorf("Align: want the safety item the primary partner of 安居乐业; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// Two years of a county education bureau's plan (望川县教育局工作要点):
// an opening without a heading (总体要求) that states the formulas of the
// year, then a first part whose text is all in its numbered items. The
// part's heading repeats the opening's formulas (党对教育工作的全面领导,
// 新时代思想), so the part's tree is like the other year's opening by its
// heading alone. No text went from the opening to the part: the openings
// pair, the parts pair, and no split or merge links an opening with the
// other year's part.
func TestAlignOpeningNotSplitIntoShellPart(t *testing.T) {
	a := build("a",
		"0||2031年全县教育工作的总体要求是：坚持以新时代中国特色社会主义思想为指导，坚持和加强党对教育工作的全面领导，全面贯彻党的教育方针，落实立德树人根本任务，深化教育综合改革，加快建设高质量教育体系，办好人民满意的教育，为望川高质量发展贡献教育力量。",
		"1|一、强根铸魂，让党建引领更有力|",
		"2|加强理论学习，筑牢思想根基|问题清单：部分学校党支部学习形式单一，教师政治学习流于形式。目标要求：健全局党委理论学习中心组学习制度，每季度开展一次专题研讨，全县教师政治学习每月不少于两次。",
		"2|建强学校党组织，落实校长负责制|全面推行中小学校党组织领导的校长负责制，年内完成12所学校党支部标准化建设，选派30名党员骨干教师担任支部委员。",
	)
	b := build("b",
		"0||2032年全县教育工作的总体要求是：以新时代中国特色社会主义思想为指导，深入贯彻党的教育方针，落实立德树人根本任务，稳步推进教育现代化，加快建设教育强县，努力办好人民满意的教育，为建设幸福望川提供人才支撑。",
		"1|一、深入学习贯彻新时代中国特色社会主义思想，坚持和加强党对教育工作的全面领导|",
		"2|学习宣传党的创新理论|把学习宣传党的创新理论作为首要政治任务，开展“思政名师进校园”宣讲50场，组织全县中小学校长轮训两期，推动教育系统学习常态化。",
		"2|加强学校党组织建设|开展学校党组织星级评定，新建示范党支部8个，实施党员教师“双培养”工程。",
	)
	a.Year, b.Year = 2031, 2032
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, p := range pairs {
		if p.From == nil || p.To == nil || p.Relation == "" {
			continue
		}
		if (p.From.Heading == "") != (p.To.Heading == "") {
			t.Errorf("Align: an opening linked with a part by %s; got:\n%s", p.Relation, dump)
		}
	}
	if p := findPair(pairs, "", ""); p == nil || p.Relation != "" {
		t.Errorf("Align: want the openings paired; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// A bureau's plan that numbers its items straight through its thematic
// parts, as 工作要点 often do, moved one item (on after-school services)
// from its fourth part to its second, keeping the item's name and nearly
// all its words while the numbers of every item after the insertion
// changed. The item is one item that changed parts (oneItem), not a
// removed one and an added one; a review paragraph that answers a plan
// item under another part still never pairs across the paired parts
// (TestAlignTaskItemUpIntoPolicyPart and the gold pairs).
func TestAlignItemMovedAcrossThematicParts(t *testing.T) {
	a := build("a",
		"1|一、加强党的建设|",
		"2|1.强化理论学习。|局党组理论学习中心组全年集中学习10次，组织系统党员干部专题轮训600人次。",
		"2|2.建强基层组织。|推行中小学校党组织领导的校长负责制，培育党建示范校5所，评选党建品牌项目8个。",
		"1|二、推动各类教育协调发展|",
		"2|3.扩大普惠学前资源。|新建公办幼儿园4所，新增学位1200个，普惠性幼儿园覆盖率提高到87%。",
		"2|4.推进义务教育均衡。|改造乡村薄弱学校9所，新建城西学校一所，新增学位1600个，大班额全部清零。",
		"2|5.办好特色高中。|支持市第二中学创建省级科技特色高中，普通高中录取率提高到62%。",
		"1|三、建设高素质教师队伍|",
		"2|6.加强师德养成。|开展新教师入职宣誓和师德承诺活动，建立师德档案和师德问题线索快查机制。",
		"2|7.推进校长教师交流。|全年交流校长和教师140名，其中骨干教师不少于35名，向乡村学校倾斜。",
		"1|四、强化教育保障|",
		"2|8.规范课后服务。|课后服务实现义务教育学校全覆盖，开设体育、艺术、科普等兴趣课程，学生自愿参加率达到92%。",
		"2|9.守牢校园安全。|开展校园周边环境综合治理，专职保安配备率和一键报警装置安装率均达到100%。",
	)
	b := build("b",
		"1|一、加强党的建设|",
		"2|1.强化理论学习。|局党组理论学习中心组全年集中学习12次，组织系统党员干部专题轮训700人次。",
		"2|2.深化作风建设。|开展教育系统作风建设提升年活动，整治形式主义官僚主义突出问题。",
		"2|3.建强基层组织。|推行中小学校党组织领导的校长负责制，培育党建示范校8所，评选党建品牌项目8个。",
		"1|二、推动各类教育协调发展|",
		"2|4.扩大普惠学前资源。|新建公办幼儿园3所，新增学位900个，普惠性幼儿园覆盖率提高到89%。",
		"2|5.推进义务教育均衡。|改造乡村薄弱学校7所，建成城西学校并招生，新增学位1800个，大班额全部清零。",
		"2|6.规范课后服务。|课后服务实现义务教育学校全覆盖，开设体育、艺术、科普等兴趣课程，学生自愿参加率保持在92%以上。",
		"2|7.办好特色高中。|支持市第二中学创建省级科技特色高中，普通高中录取率提高到64%。",
		"1|三、建设高素质教师队伍|",
		"2|8.加强师德养成。|开展新教师入职宣誓和师德承诺活动，建立师德档案和师德问题线索快查机制，评选师德标兵20名。",
		"2|9.推进校长教师交流。|全年交流校长和教师160名，其中骨干教师不少于40名，向乡村学校倾斜。",
		"1|四、强化教育保障|",
		"2|10.守牢校园安全。|开展校园周边环境综合治理，专职保安配备率和一键报警装置安装率均达到100%。",
	)
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	p := findPair(pairs, "8.规范课后服务。", "6.规范课后服务。")
	if p == nil || p.Status != Moved {
		t.Errorf("Align: want 8.规范课后服务 moved to 6.规范课后服务; got:\n%s", dump)
	}
	for _, w := range [][2]string{
		{"四、强化教育保障", "四、强化教育保障"},
		{"9.守牢校园安全。", "10.守牢校园安全。"},
		{"5.办好特色高中。", "7.办好特色高中。"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Status == Moved {
			t.Errorf("Align: want %s paired in place with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// A bureau's plan against the summary of its year (PlanFor): the plan's
// items are what the summary's review reports on, never what its last
// part sets out for the year after, however alike the words (扩充学位
// in both). Without the years of their parts, the plan item on
// kindergartens went to the summary's next-year item, and the review's
// kindergarten item was called new. Two summaries move on by a year:
// the part on the year after pairs with the next one's part on the year
// after that.
func TestAlignPlanItemNotSummaryNextYear(t *testing.T) {
	plan := build("p",
		"1|一、办好学前教育|",
		"2|1.扩充幼儿园学位。|新建公办幼儿园6所，新增学位1800个，公办园在园幼儿占比达到53%。",
		"1|二、建强教师队伍|",
		"2|2.培养名优教师。|新认定学科带头人40名，培训乡村教师2500人次。",
	)
	plan.Year, plan.Kind = 2031, "要点"
	sum := build("s",
		"1|一、2031年主要工作成效|",
		"2|（一）学前教育扩容提质。|建成公办幼儿园6所，新增学位1750个，公办园在园幼儿占比达到54%。",
		"2|（二）名优教师队伍壮大。|新认定学科带头人42名，培训乡村教师2600人次。",
		"1|二、存在的问题|城区幼儿园学位依然紧张，乡村学校音体美教师短缺。",
		"1|三、下一步工作打算|",
		"2|（一）继续扩充幼儿园学位。|新建公办幼儿园4所，新增学位1200个。",
		"2|（二）培养更多名优教师。|新认定学科带头人50名。",
	)
	sum.Year, sum.Kind = 2031, "总结"
	pairs := Align(plan, sum, Options{})
	dump := alignDump(pairs)
	for _, w := range [][2]string{
		{"1.扩充幼儿园学位。", "（一）学前教育扩容提质。"},
		{"2.培养名优教师。", "（二）名优教师队伍壮大。"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil {
			t.Errorf("Align plan/summary: want %s paired with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	for _, p := range pairs {
		if p.From != nil && p.To != nil && strings.HasPrefix(p.To.Heading, "（") && len(p.To.Path) > 0 && p.To.Path[0] == "三、下一步工作打算" {
			t.Errorf("Align plan/summary: the summary's next-year item %s paired with %s; got:\n%s", p.To.Heading, p.From.Heading, dump)
		}
	}

	next := build("t",
		"1|一、2032年主要工作成效|",
		"2|（一）学前教育扩容提质。|建成公办幼儿园4所，新增学位1260个，公办园在园幼儿占比达到57%。",
		"2|（二）名优教师队伍壮大。|新认定学科带头人51名，培训乡村教师2800人次。",
		"1|二、存在的问题|乡村学校音体美教师依然短缺。",
		"1|三、下一步工作打算|",
		"2|（一）继续扩充幼儿园学位。|新建公办幼儿园3所，新增学位900个。",
		"2|（二）培养更多名优教师。|新认定学科带头人55名。",
	)
	next.Year, next.Kind = 2032, "总结"
	pairs = Align(sum, next, Options{})
	dump = alignDump(pairs)
	for _, w := range [][2]string{
		{"（一）学前教育扩容提质。", "（一）学前教育扩容提质。"},
		{"（一）继续扩充幼儿园学位。", "（一）继续扩充幼儿园学位。"},
		{"（二）培养更多名优教师。", "（二）培养更多名优教师。"},
	} {
		if p := findPair(pairs, w[0], w[1]); p == nil || p.Status == Moved {
			t.Errorf("Align summaries: want %s paired in place with %s; got:\n%s", w[0], w[1], dump)
		}
	}
	if err := checkCoverage(sum, next, pairs); err != nil {
		t.Error(err)
	}
}

// 云溪县 (fictional), two years of its government work report. The 2030
// report gives its tasks three parts, the last on the government's own
// conduct with two items; the 2031 report gathers the tasks in one part
// and says nothing of the government's conduct. The economy and reform
// parts merge into the one tasks part, their items paired with its items;
// the conduct part, whose items found no partner among those items, is
// removed, not merged into the tasks part because a large part is a
// little like everything.
func TestAlignPartWhoseItemsWentNowhereIsNotMergedIntoTheHub(t *testing.T) {
	const (
		review   = "过去一年，云溪全县生产总值比上年多了6.5%，县级财政收入多了7%，城镇和农村居民的收入分别提高5.8%和7.2%，茶乡各业都有起色。"
		goals    = "今年全县预期：生产总值比上年多6%上下，县级财政收入多6%，城镇和农村居民收入跟着经济一起涨。"
		invest   = "扩大有效投资，全年实施县级重点项目120个，完成投资150亿元，加快云溪大桥、滨江快速路和城南污水处理厂建设，积极争取专项债券资金。"
		industry = "壮大茶叶、竹木和文旅三大特色产业，新建标准化茶园2万亩，培育竹木加工规模以上企业10家，打造澜山古镇旅游景区，接待游客突破300万人次。"
		stateOwn = "县属国有企业整合重组，组建云溪城投和云溪文旅两大集团，董事会和经理层各管各的事，闲置的厂房和门面年内全部盘活。"
		opening  = "扩大对外开放，办好茶叶博览会，加强与沿海发达地区产业协作，新引进亿元以上项目30个，实际利用外资增长10%，外贸进出口总额突破20亿元。"
		conduct  = "县政府要把自己的事管好，干部要让云溪百姓信得过。"
		law      = "按法律办事，县里的大决定先论证、听意见、过审查，县人大常委会和县政协的意见按时办结回复，代表委员提的建议件件有着落。"
		thrift   = "过紧日子，办公经费再压一成，公车和接待开支不增，省下的钱用在云溪最要紧的地方，少开会少发文，干部多下村多跑企业。"
	)
	a := build("a",
		"1|一、2029年工作回顾|"+review,
		"1|二、2030年工作总体部署|"+goals,
		"1|三、推动经济稳步增长|今年要着力稳增长、调结构，重点抓好以下工作。",
		"2|（一）扩大有效投资|"+invest,
		"2|（二）壮大特色产业|"+industry,
		"1|四、深化改革扩大开放|坚持以改革激发活力、以开放拓展空间。",
		"2|（一）深化国资国企改革|"+stateOwn,
		"2|（二）扩大对外开放|"+opening,
		"1|五、加强政府自身建设|"+conduct,
		"2|（一）坚持依法行政|"+law,
		"2|（二）厉行勤俭节约|"+thrift)
	b := build("b",
		"1|一、2030年工作回顾|"+review,
		"1|二、2031年主要任务|"+goals+"今年要着力抓好以下工作。",
		"2|（一）扩大有效投资|"+invest+"大项目先论证再上马，县里的钱花在云溪最要紧的地方，干部多下村多跑企业。",
		"2|（二）壮大特色产业|"+industry+"产业扶持资金先论证、听意见，省下的办公经费用在茶农身上。",
		"2|（三）深化国资国企改革|"+stateOwn+"改革方案报县人大常委会审议，办公经费再压一成。",
		"2|（四）扩大对外开放|"+opening+"招商干部少开会多跑企业，代表委员提的开放建议件件回复。")
	pairs := Align(a, b, Options{})
	defer func() {
		if t.Failed() {
			t.Log("\n" + alignDump(pairs))
		}
	}()
	if p := findPair(pairs, "五、加强政府自身建设", "二、2031年主要任务"); p != nil {
		t.Errorf("Align: 五、加强政府自身建设 => 二、2031年主要任务 %s, want no pair (none of its items went there)", p.Status)
	}
	if p := findPair(pairs, "四、深化改革扩大开放", "二、2031年主要任务"); p == nil {
		t.Errorf("Align: want 四、深化改革扩大开放 => 二、2031年主要任务 (its items went there)")
	}
}

// An outgoing government reviews five years in items, each a lesson under
// its own heading; the next report reviews one year in an opening text,
// its topics in unnumbered paragraphs (一是…, 二是…) that take up the
// same work. The review parts pair; the five-year items have no
// counterpart of their own and stay unpaired, since the review that has
// an opening text of its own says in one text what the other says under
// headings (pass 4). So the other way round, where the items are new.
func TestAlignReviewItemsAgainstUnnumberedReview(t *testing.T) {
	a := build("a",
		"1|一、过去五年工作回顾|五年来，澜沧湾市生产总值从1860亿元增至2540亿元，年均增长6.4%；地方财政收入从142亿元增至205亿元。\n"+
			"五年来，全市上下顶住经济下行压力，港城建设全面提速，城乡面貌发生深刻变化，人民生活水平显著提高。\n"+
			"五年来主要抓了四个方面。",
		"2|（一）坚持扩大有效投资，经济运行稳中向好|五年累计完成固定资产投资4200亿元，港区第一、第二作业区主体完工，疏港铁路和沿湾高速公路建成通车，民间投资占比提高到61%，投资结构持续优化。",
		"2|（二）坚持创新驱动，新兴产业加快成长|海洋装备和新型储能产业产值年均增长16%，高新技术企业从210家增加到680家，研发投入强度提高到2.9%，创新型城市建设成效明显。",
		"2|（三）坚持城乡统筹，城市品质持续提升|累计改造老旧小区412个，建成城市绿道260公里，城市更新试点有序开展，改造提升农村公路1500公里，城镇化率达到68%。",
		"2|（四）坚持民生优先，群众获得感不断增强|民生投入占全市财政支出八成左右，新建改扩建中小学46所，市人民医院新院区投入使用，民生保障更加有力。",
		"1|二、2028年工作建议|今年主要目标：全市生产总值增长6%上下，地方财政收入增长5%，城镇新增就业5.5万人。",
		"2|（一）扩大有效投资|完成固定资产投资950亿元，开工建设沿湾城际铁路，推进港区第三作业区建设，新开工亿元以上项目120个。",
		"2|（二）壮大新兴产业|培育海洋装备和新型储能两个千亿级产业集群，新增高新技术企业120家，建设海洋装备中试基地。",
		"2|（三）提升城市品质|改造老旧小区90个，新建城市绿道50公里，启动滨湾片区城市更新，改造提升农村公路300公里。",
		"2|（四）办好民生实事|新建改扩建中小学10所，新增普惠性托位1200个，市妇幼保健院新院区开工，城镇新增就业5.5万人。",
	)
	b := build("b",
		"1|一、2028年工作回顾|过去一年，澜沧湾市生产总值增长6.1%，地方财政收入增长5.3%，城镇新增就业5.8万人。\n"+
			"一是有效投资持续扩大。完成固定资产投资968亿元，沿湾城际铁路开工建设，港区第三作业区主体完工，新开工亿元以上项目126个。\n"+
			"二是新兴产业加快成长。海洋装备和新型储能产业产值增长18%，新增高新技术企业131家，海洋装备中试基地投入运营。\n"+
			"三是城市品质持续提升。改造老旧小区93个，新建城市绿道52公里，滨湾片区城市更新全面启动，改造提升农村公路320公里。\n"+
			"四是民生保障更加有力。新建改扩建中小学11所，新增普惠性托位1300个，市妇幼保健院新院区开工建设。",
		"1|二、2029年重点工作|今年主要目标：全市生产总值增长6%上下，地方财政收入增长5%，城镇新增就业5.6万人。",
		"2|（一）扩大有效投资|力争固定资产投资突破千亿元，加快沿湾城际铁路建设，谋划储备一批重大基础设施和产业项目。",
		"2|（二）壮大新兴产业|推动海洋装备和新型储能两个产业集群扩量提质，建设新型储能检测中心，引育一批链主企业。",
		"2|（三）提升城市品质|推进滨湾片区城市更新一期，实施背街小巷整治行动，提升城市精细化管理水平。",
		"2|（四）办好民生实事|新增普惠性托位1000个，推动市妇幼保健院新院区主体完工，扩大优质教育资源供给。",
	)
	want := [][2]string{
		{"一、过去五年工作回顾", "一、2028年工作回顾"},
		{"二、2028年工作建议", "二、2029年重点工作"},
		{"（一）扩大有效投资", "（一）扩大有效投资"},
		{"（二）壮大新兴产业", "（二）壮大新兴产业"},
		{"（三）提升城市品质", "（三）提升城市品质"},
		{"（四）办好民生实事", "（四）办好民生实事"},
	}
	alignBothWays(t, a, b, want, func(h string) bool { return strings.Contains(h, "坚持") })
}

// A report that splits its tasks part in two, the last item of last
// year's tasks standing alone under a new part named after it: the new
// part's text is the item's, so for the old item the item and the part
// are twins, and the item's counterpart stood no clearer than its
// runner-up, its own parent; both were called new. A part and its items
// are not rivals for a partner: the old item pairs with the item, the
// new part is new.
func TestAlignItemAloneUnderNewPart(t *testing.T) {
	a := build("a",
		"1|一、2025年工作回顾|",
		"2|（一）产业升级迈出新步伐|明湖市规上工业增加值增长7.2%，新落地亿元以上项目46个，智能装备产业园一期投产。",
		"2|（二）城乡面貌持续改善|改造老旧小区58个，新建口袋公园24处，望川河综合整治工程全线完工。",
		"2|（三）民生保障更加有力|城镇新增就业4.1万人，新建普惠托育园所12家，城乡居民医保财政补助标准再提高。",
		"1|二、2026年重点工作|",
		"2|（一）壮大先进制造业集群|围绕智能装备和新材料两条主链，引进链主企业5家，技改投资增长10%以上，建成省级智能工厂3家。",
		"2|（二）扩大有效需求|办好汽车家电以旧换新和夜间消费季，续建和新开工市重点项目120个，年度完成投资400亿元。",
		"2|（三）推进乡村全面振兴|新建高标准农田6万亩，发展稻虾共作和林下种植，村级集体经济收入全部超过30万元。",
		"2|（四）守护碧水蓝天|实施望川河流域生态补偿，完成燃煤锅炉清洁改造36台，细颗粒物平均浓度下降到30微克以下。",
		"2|（五）深化重点领域改革|推进国有企业分类改革，开展营商环境对标提升行动，企业开办和不动产登记全程网办，政务服务事项全部可网上申请。",
		"2|（六）扩大高水平开放|办好明湖国际陶瓷博览会，新设境外经贸联络处3个，外贸进出口增长6%，实际使用外资增长8%。",
		"2|（七）提升城市功能品质|完成城西片区有机更新，建成轨道交通一号线西延段，新建停车泊位8000个，启动望川新城地下综合管廊建设。",
		"2|（八）办好民生实事|新增义务教育学位6000个，建成区域医疗中心和十家社区卫生服务中心，发放养老服务消费券，新建长者食堂40家。",
		"2|（九）统筹发展和安全|开展燃气管网、自建房和电动自行车充电三个专项整治，建设城市生命线安全监测平台，推进应急避难场所达标建设，完善基层网格员队伍，常态化开展矛盾纠纷排查化解。",
	)
	b := build("b",
		"1|一、2026年工作回顾|",
		"2|（一）产业升级迈出新步伐|明湖市规上工业增加值增长7.5%，新落地亿元以上项目52个，智能装备产业园二期开工。",
		"2|（二）城乡面貌持续改善|改造老旧小区61个，新建口袋公园30处，望川河两岸绿道全线贯通。",
		"2|（三）民生保障更加有力|城镇新增就业4.3万人，新建普惠托育园所15家，城乡居民医保财政补助标准再提高。",
		"1|二、2027年重点工作|",
		"2|（一）壮大先进制造业集群|围绕智能装备和新材料两条主链，引进链主企业6家，技改投资增长10%以上，建成省级智能工厂4家。",
		"2|（二）扩大有效需求|办好以旧换新和夜间消费季，续建和新开工市重点项目130个，年度完成投资420亿元。",
		"2|（三）推进乡村全面振兴|新建高标准农田5万亩，发展稻虾共作和林下种植，村级集体经济收入全部超过35万元。",
		"2|（四）守护碧水蓝天|深化望川河流域生态补偿，完成工业窑炉深度治理20台，细颗粒物平均浓度保持在30微克以下。",
		"2|（五）深化重点领域改革|推进国有企业分类改革，开展营商环境对标提升行动，企业开办和不动产登记全程网办，政务服务事项全部可网上申请。",
		"2|（六）扩大高水平开放|办好明湖国际陶瓷博览会，新设境外经贸联络处4个，外贸进出口增长6%，实际使用外资增长8%。",
		"2|（七）提升城市功能品质|完成城西片区有机更新，建成轨道交通一号线西延段，新建停车泊位9000个，启动望川新城地下综合管廊建设。",
		"2|（八）办好民生实事|新增义务教育学位5000个，建成区域医疗中心和十家社区卫生服务中心，发放养老服务消费券，新建长者食堂45家。",
		"1|三、统筹发展和安全，维护社会大局稳定|",
		"2|（一）通盘统筹发展和安全|开展燃气管网、自建房和电动自行车充电三个专项整治，建成城市生命线安全监测平台，推进应急避难场所达标建设，健全基层网格员队伍，常态化开展矛盾纠纷排查化解。",
	)
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	if p := findPair(pairs, "（九）统筹发展和安全", "（一）通盘统筹发展和安全"); p == nil || p.Status == Merged || p.Status == Split {
		t.Errorf("Align: want （九）统筹发展和安全 paired with （一）通盘统筹发展和安全; got:\n%s", dump)
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// A section with no partner of its own, merged from one section, is also
// merged from that section's sibling when the sibling is as like it (not
// under the first by the margin) and above chance, or no less like it than
// the first; and split the other way round (twinSources). Old: 0 the tasks
// part, items 1, 2, 3; new: the same; item 1 paired with new 2, item 2
// with new 1, old 3 with new 3 where it is kept, and new 3 merged from
// old 1. New 3 a hub whose items went up (dissolved), linked by its
// items, takes no twin.
func TestTwinSources(t *testing.T) {
	for _, c := range []struct {
		name      string
		first     float64 // old 1 with new 3, the merge already made
		twin      float64 // old 2 with new 3
		twinOwner bool    // old 2 has a partner of its own
		hub       bool    // new 3 is a hub whose items went up
		want      bool
	}{
		{"as like, above chance", 0.094, 0.081, true, false, true},
		{"clearly less like", 0.059, 0.043, true, false, false},
		{"under chance, as like as the first", 0.047, 0.047, true, false, true},
		{"under chance, less like than the first", 0.047, 0.045, true, false, false},
		{"twin without a partner of its own", 0.094, 0.081, false, false, false},
		{"a hub whose items went up", 0.094, 0.081, true, true, false},
	} {
		for _, forward := range []bool{true, false} {
			sec := func(level int) *corpus.Section { return &corpus.Section{Level: level} }
			pa := []*prepared{{n: 0, parent: -1, s: sec(1)}, {n: 1, parent: 0, s: sec(2)}, {n: 2, parent: 0, s: sec(2)}, {n: 3, parent: 0, s: sec(2)}}
			pb := []*prepared{{n: 0, parent: -1, s: sec(1)}, {n: 1, parent: 0, s: sec(2)}, {n: 2, parent: 0, s: sec(2)}, {n: 3, parent: 0, s: sec(2)}}
			S := [][]float64{
				{0.3, 0.02, 0.02, 0.02},
				{0.02, 0.04, 0.3, c.first},
				{0.02, 0.3, 0.04, c.twin},
				{0.02, 0.02, 0.02, 0.02},
			}
			pr := &pairing{match: []int{0, 2, 1, -1}, back: []int{0, 2, 1, -1}, extra: []link{{i: 1, j: 3}}}
			if !c.twinOwner {
				pr.match[2], pr.back[1] = -1, -1
			}
			x, y := pa, pb
			if !forward {
				// the other way round: old 3 split into new 1 and its sibling
				x, y = pb, pa
				S = transpose(S)
				pr.match, pr.back = pr.back, pr.match
				pr.extra = []link{{i: 3, j: 1}}
			}
			var dissolvedA, dissolvedB map[int]bool
			if c.hub {
				if forward {
					dissolvedB = map[int]bool{3: true}
				} else {
					dissolvedA = map[int]bool{3: true}
				}
			}
			twinSources(x, y, S, pr, dissolvedA, dissolvedB, func(s float64) bool { return s >= 0.05 }, func(i, j int, _ float64) {
				pr.extra = append(pr.extra, link{i: i, j: j})
			}, func() bool { return false })
			want := link{i: 2, j: 3}
			if !forward {
				want = link{i: 3, j: 2}
			}
			got := slices.ContainsFunc(pr.extra, func(l link) bool { return l.i == want.i && l.j == want.j })
			if got != c.want {
				t.Errorf("%s (forward %v): twin merged = %v, want %v (extras %v)", c.name, forward, got, c.want, pr.extra)
			}
		}
	}
}

func transpose(m [][]float64) [][]float64 {
	out := make([][]float64, len(m[0]))
	for j := range out {
		out[j] = make([]float64, len(m))
		for i := range m {
			out[j][i] = m[i][j]
		}
	}
	return out
}
