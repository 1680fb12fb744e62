package corpus

import (
	"strings"
	"testing"
)

// hardWrapped returns text with each line longer than width characters
// broken every width characters, as a PDF's text copied out or a plain
// text site prints a report.
func hardWrapped(text string, width int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		rs := []rune(line)
		for len(rs) > width {
			out = append(out, string(rs[:width]))
			rs = rs[width:]
		}
		out = append(out, string(rs))
	}
	return strings.Join(out, "\n")
}

// qingchuanWrapped is a fictional city's report whose last part's last
// paragraph a hard wrap ends on a line of its own that reads as a reader's
// prompt (…用心用情的服务赢得 / 群众点赞。).
const qingchuanWrapped = `青川市人民政府工作报告
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。
一、2031年工作回顾
过去一年，全市地区生产总值增长5.6%，一般公共预算收入增长7.1%，城乡居民人均可支配收入分别增长5.2%、7.4%，主要指标好于预期。
二、2032年重点工作
持续增进民生福祉。实施一批群众需求强烈的普惠性民生项目，新建社区食堂四十个，改造老旧小区一百个，打通断头路十二条，让群众得到了实惠，以用心用情的服务赢得群众点赞。
三、加强政府自身建设
坚持依法行政，自觉接受人大法律监督和政协民主监督，办理人大建议和政协提案三百一十件，办复率达到百分之百。
各位代表，让我们紧密团结，埋头苦干，奋力谱写青川高质量发展新篇章！`

// TestWrappedPromptTail: a hard-wrapped report keeps the parts under a line
// that ends a wrapped sentence with words a page's prompt to like a story
// would open with (群众点赞。): the footer scan cut the report there, its
// last part and closing lost.
func TestWrappedPromptTail(t *testing.T) {
	raw := hardWrapped(qingchuanWrapped, 38)
	if !strings.Contains(raw, "\n群众点赞。\n") {
		t.Fatalf("the wrap does not leave 群众点赞。 on a line of its own:\n%s", raw)
	}
	d, err := Read("qingchuan-2032.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			heads = append(heads, s.Heading)
		}
	}
	if want := []string{"一、2031年工作回顾", "二、2032年重点工作", "三、加强政府自身建设"}; len(heads) < len(want) || strings.Join(heads[:len(want)], "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", heads, want)
	}
	if !strings.Contains(d.Body, "赢得群众点赞。") || !strings.Contains(d.Body, "高质量发展新篇章") {
		t.Errorf("the body lost the wrapped sentence's end or the report's close:\n%s", d.Body)
	}
}

// baitaWrapped is a fictional county's report whose hard wrap falls inside
// a figure written in Han numerals (…将增长百分之三 / 十二，即增加…).
const baitaWrapped = `白塔县人民政府工作报告
一、过去五年的工作
白塔县2031年的农业计划如果完成，全县粮食总产量比2026年将增长百分之三十二，即增加四万三千吨。以粮食和油料来说，五年间的产量合计都超过了以往任何时期。
五年来，全县新修水库十一座，整修塘坝和渠道一千二百多处，新增有效灌溉面积八万六千亩，旱涝保收的农田逐年扩大。县办工业从无到有，建成农具厂、砖瓦厂、粮油加工厂等企业二十三个，工业总产值比五年前增长一点八倍。
小学在校学生增加到四万一千人，每个乡都办起了中心小学和卫生院，城乡人民的生活有了显著的改善。
二、今后一年的任务
继续坚持农业和工业并举的方针，办好农田水利，力争粮食总产量再增长百分之五。抓紧冬春农田基本建设，完成整修渠道三百处、打井四百眼的任务，并且认真做好粮食的收购和供应工作。
勤俭办一切事业，节约每一个铜板，反对铺张浪费，把有限的资金用在生产建设最需要的地方，为全县人民办好几件看得见的实事。`

// TestWrappedHanNumber: a figure in Han numerals that a hard wrap cut in two
// (百分之三 / 十二，) is read whole: the line the wrap left opening with 十二，
// is the paragraph's rest, not a heading numbered 12 that cuts the
// paragraph (its figure then read as 百分之三).
func TestWrappedHanNumber(t *testing.T) {
	raw := hardWrapped(baitaWrapped, 38)
	if !strings.Contains(raw, "百分之三\n十二，") {
		t.Fatalf("the wrap does not cut 百分之三十二:\n%s", raw)
	}
	d, err := Read("baita-2031.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Body, "将增长百分之三十二，即增加四万三千吨") {
		t.Errorf("the wrapped figure is not read whole:\n%s", d.Body)
	}
	var heads []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			heads = append(heads, s.Heading)
		}
	}
	if want := []string{"一、过去五年的工作", "二、今后一年的任务"}; strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", heads, want)
	}
}

// baitaLongParagraphs is a fictional county's report of long paragraphs,
// two of which hold a sentence's end thirty characters into a line: wrapped
// at 30 with no indent, two lines end with 。 where the wrap fell. One
// paragraph of sixty characters ends the line with ！ above a list's item
// that opens with a dash (——稳中有进，…).
const baitaLongParagraphs = `白塔县2031年政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2030年工作回顾
过去一年，全县上下克难奋进，经济运行稳中有进。全县地区生产总值完成一百八十六亿元，增长百分之六点二，一般公共预算收入完成十二亿八千万元，增长百分之七点一，主要经济指标增速保持全市前列，县域经济综合实力在全省县域经济发展监测评价中前移四位。面对市场需求收缩和企业经营困难，我们出台稳经济一揽子措施二十条，为市场主体减税降费三亿二千万元。
一年来，面对多重困难挑战，我们经受住了严峻考验，各项事业都取得了新的重要进展，经济社会发展稳中有进，交出了一份满意答卷！
——稳中有进，经济运行质效双增。全年地区生产总值、规模以上工业增加值、一般公共预算收入分别增长百分之六点二、八点三和七点一。
项目建设扎实推进。全年实施重点项目一百五十六个，完成投资九十八亿元，青川新材料产业园二期、白塔县绿色食品园一期建成投产。我们坚持把招商引资作为一号工程，组建六个产业招商专班，新引进亿元以上项目二十三个，其中十亿元以上项目四个，实际到位资金六十八亿元。重点项目审批实行容缺受理，开工前审批时间压缩到四十个工作日以内。
城乡面貌持续改善。完成老旧小区改造四十二个，惠及居民六千八百户，新建改建农村公路一百八十六公里，改造提升背街小巷三十条。县城污水处理率达到百分之九十六点五，空气质量优良天数比例达到百分之九十一点二，白塔河出境断面水质稳定保持在二类以上。新增造林绿化一万二千亩，创建省级美丽乡村示范村十五个，农村生活垃圾收运处置体系实现行政村全覆盖。
民生福祉不断增进。城镇新增就业八千六百人，城乡居民人均可支配收入分别增长百分之五点六和百分之七点四，新建改扩建幼儿园八所、中小学校六所，新增学位五千二百个。县人民医院新院区投入使用，紧密型县域医共体实现乡镇全覆盖，群众看病就医更加方便。城乡低保标准分别提高到每月八百二十元和六百六十元，特困人员集中供养能力进一步增强。
二、2031年主要工作
今年政府工作的主要预期目标是：地区生产总值增长百分之六左右，一般公共预算收入增长百分之六点五，城乡居民人均可支配收入增长与经济增长同步，城镇调查失业率控制在百分之五点五以内，节能减排完成市下达的目标任务。实现这些目标，必须牢牢把握高质量发展这个首要任务，坚持稳中求进，统筹发展和安全，重点抓好以下工作。
坚定不移抓项目扩投资。全年计划实施重点项目一百六十个，年度计划投资一百亿元，力争新开工亿元以上项目三十个以上。我们要盯紧国家政策投向，谋划储备一批打基础、利长远的重大项目，全年争取中央预算内投资和专项债券资金十五亿元以上。健全重大项目领导包联和要素保障机制，确保项目早落地、早开工、早见效。
坚定不移强产业促转型。加快新材料、装备制造、绿色食品三大主导产业集群发展，力争规模以上工业企业达到二百一十家，战略性新兴产业产值占比提高到百分之三十二以上，新增国家级专精特新小巨人企业三家，高新技术企业总数突破一百二十家。实施企业技术改造三年行动，全年完成技改投资二十亿元以上，推动传统产业向高端化、智能化、绿色化迈进。
坚定不移惠民生增福祉。持续办好十件民生实事，新建城市社区嵌入式服务设施十二处，改造农村户厕三千户，新增城镇就业八千人以上，确保零就业家庭动态清零。加快县第二人民医院建设，推进城乡学校共同体建设，让发展成果更多更公平惠及全县人民。健全社会救助体系，织密兜牢民生底线，切实守护好群众的幸福安康。
各位代表，新的征程已经开启，奋斗正当其时。让我们紧密团结，埋头苦干，奋力谱写白塔高质量发展新篇章！`

// sectionsOf returns d's sections as heading and text, one string each.
func sectionsOf(d *Document) []string {
	var out []string
	for _, s := range d.Sections {
		out = append(out, s.Heading+" | "+s.Text)
	}
	return out
}

// TestWrapAfterStop: a hard wrap that falls right after a sentence's 。 in a
// text that does not indent its paragraphs (…白塔县绿色食品园一期建成投产。 /
// 我们坚持把招商引资…) does not end the paragraph there, where the text's
// wraps fall after a stop more often than its paragraphs end at the width:
// the report reads as its unwrapped copy does, paragraph for paragraph.
func TestWrapAfterStop(t *testing.T) {
	raw := hardWrapped(baitaLongParagraphs, 30)
	if !strings.Contains(raw, "建成投产。\n我们坚持") || !strings.Contains(raw, "背街小巷三十条。\n县城污水") || !strings.Contains(raw, "满意答卷！\n——稳中有进") {
		t.Fatalf("the wrap does not fall after the two sentences' ends:\n%s", raw)
	}
	want, err := Read("baita-2031.txt", []byte(baitaLongParagraphs))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read("baita-2031-wrapped.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if w, g := strings.Join(sectionsOf(want), "\n"), strings.Join(sectionsOf(got), "\n"); w != g {
		t.Errorf("wrapped at 30, the report reads\n%s\nwant (as unwrapped)\n%s", g, w)
	}
}

// TestWrappedDoubleSpaced: a hard-wrapped report copied with a blank line
// after every line (a PDF's lines pasted double-spaced) reads as its copy
// without the blank lines: its title cut by the wrap is whole, not its
// first half, and its paragraphs are joined across their wraps, not one
// paragraph a line.
func TestWrappedDoubleSpaced(t *testing.T) {
	text := "青川市白塔县人民政府关于2031年全县国民经济和社会发展计划执行情况的报告\n" + baitaLongParagraphs[strings.Index(baitaLongParagraphs, "\n")+1:]
	wrapped := hardWrapped(text, 30)
	want, err := Read("baita-2031.txt", []byte(wrapped))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read("baita-2031-spaced.txt", []byte(strings.ReplaceAll(wrapped, "\n", "\n\n")))
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != want.Title || !strings.HasSuffix(got.Title, "执行情况的报告") {
		t.Errorf("title %q, want %q", got.Title, want.Title)
	}
	if w, g := strings.Join(sectionsOf(want), "\n"), strings.Join(sectionsOf(got), "\n"); w != g {
		t.Errorf("double-spaced, the report reads\n%s\nwant (as single-spaced)\n%s", g, w)
	}
}

// TestWrappedOrdinal: a hard wrap that falls inside an ordinal (…分别位列
// 全市第 / 1、第3，…) leaves a line that opens with what reads as a list's
// number: it is the ordinal's, and the paragraph reads whole, its 1 kept.
func TestWrappedOrdinal(t *testing.T) {
	text := strings.Replace(baitaLongParagraphs, "实际到位资金六十八亿元。", "实际到位资金六十八亿元，全年引进的招商项目个数和实际到位资金分别位列全市第1、第3，创历年最好成绩。", 1)
	raw := hardWrapped(text, 30)
	if !strings.Contains(raw, "全市第\n1、第3") {
		t.Fatalf("the wrap does not fall inside the ordinal:\n%s", raw)
	}
	d, err := Read("baita-2031-wrapped.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.ReplaceAll(d.Body, "\n", ""), "分别位列全市第1、第3，创历年最好成绩。") {
		t.Errorf("the ordinal the wrap cut is not read whole:\n%s", d.Body)
	}
}
