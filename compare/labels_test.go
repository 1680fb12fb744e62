package compare

import (
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

func TestLabel(t *testing.T) {
	for _, c := range []struct {
		head, term string
		ok         bool
	}{
		{"“一网通办”：", "“一网通办”", true},
		{"制造业高质量发展“六大工程”：", "制造业高质量发展“六大工程”", true},
		{"主要目标:", "主要目标", true},
		{"“一网通办”", "", false},                         // no colon: a heading, not a label
		{"深化改革，扩大开放：", "", false},                     // a clause, not a term
		{"全面推进乡村振兴，加快建设农业强市，持续推进农业农村现代化：", "", false}, // too long for a term
		{"：", "", false},
	} {
		term, ok := label(c.head)
		if term != c.term || ok != c.ok {
			t.Errorf("label(%q) = %q, %v; want %q, %v", c.head, term, ok, c.term, c.ok)
		}
	}
}

func TestLabelConflict(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"“一网统管”：", "“一网协同”：", true},
		{"人才强省建设“五大工程”：", "贸易强省建设“六大行动”：", true},
		{"“一网统管”：", "“一网统管”：", false},
		{"农产品“12221”市场体系：", "农产品“12221”市场营销体系：", false}, // reworded, same term
		{"“一网统管”：", "深化数字政府建设", false},                  // one is no label
	} {
		notes := &corpus.Section{Path: []string{"名词解释"}}
		a, b := marked(&prepared{head: c.a, s: notes}), marked(&prepared{head: c.b, s: notes})
		if got := labelConflict(a, b); got != c.want {
			t.Errorf("labelConflict(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// A bureau's summary heads its own items by labels: renamed, they
	// still pair as any item does.
	part := &corpus.Section{Path: []string{"一、上半年工作完成情况"}}
	a, b := marked(&prepared{head: "社会救助：", s: part}), marked(&prepared{head: "救助帮扶：", s: part})
	if labelConflict(a, b) {
		t.Errorf("labelConflict(%q, %q) = true for items of a report's part, want false", a.head, b.head)
	}
	// An entry of a glossary is never one with a part of the other
	// report's body.
	entry := marked(&prepared{head: "3.“三名工程”：", s: &corpus.Section{Path: []string{"名词解释"}}})
	body := marked(&prepared{head: "二、奋力建设品质名城", s: &corpus.Section{}})
	if !labelConflict(entry, body) || !labelConflict(body, entry) {
		t.Errorf("labelConflict(%q, %q) = false for a glossary entry and a part of the body, want true", entry.head, body.head)
	}
	// A glossary kept as one section, its entries lines of its text, is
	// one only with the other report's notes: its terms are the body's
	// (望川县's 安全 programmes, defined once each), and no item of the
	// other report came from it or went into it.
	glossaryText := "“平安望川”：指望川县以社区警务和群防群治为重点的平安建设工程。\n" +
		"“望川义警”：指志愿参加巡逻的居民组成的治安防范队伍。\n" +
		"“三小”场所：指小商店、小作坊、小餐饮。\n"
	gloss := marked(&prepared{head: "名词注解：", s: &corpus.Section{Heading: "名词注解：", Text: glossaryText}})
	safety := marked(&prepared{head: "坚守安全发展底线", s: &corpus.Section{Heading: "（七）坚守安全发展底线", Text: "深化“平安望川”建设，壮大“望川义警”队伍，整治“三小”场所消防隐患。"}})
	if !labelConflict(gloss, safety) || !labelConflict(safety, gloss) {
		t.Errorf("labelConflict(%q, %q) = false for a glossary section and an item of the body, want true", gloss.head, safety.head)
	}
	other := marked(&prepared{head: "名词解释", s: &corpus.Section{Heading: "名词解释", Text: glossaryText}})
	if labelConflict(gloss, other) {
		t.Errorf("labelConflict(%q, %q) = true for two glossaries, want false", gloss.head, other.head)
	}
	// Under a notes heading, a text of sentences is no glossary (an
	// annex on the year's practical projects).
	annex := marked(&prepared{head: "附件：", s: &corpus.Section{Heading: "附件：", Text: "今年继续办好十件民生实事。\n新建改建中小学幼儿园十二所。\n"}})
	if labelConflict(annex, safety) {
		t.Errorf("labelConflict(%q, %q) = true for an annex of sentences, want false", annex.head, safety.head)
	}
}

// A report's glossary (名词解释) defines the new terms of each year: an
// entry is last year's entry only when it defines the same term. Entries
// on different terms are not paired because their definitions share words
// (推动制造业高质量发展, 盘活存量建设用地); the same term, defined again,
// is paired wherever it stands in the list.
func TestAlignGlossaryEntriesByTerm(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，明湖市地区生产总值增长5.6%，新增城镇就业3.2万人。",
		"1|二、2024年重点工作|扎实推进“一网通办”，深化“三旧”改造，全面推行“链长制”，推动制造业高质量发展。",
		"1|名词解释|",
		"2|1.“一网通办”：|依托全市统一政务服务平台，推动政务服务事项网上办理、一次办结，企业群众办事少跑腿。",
		"2|2.“三旧”改造：|对旧城镇、旧厂房、旧村庄进行改造，盘活存量建设用地，推动城市更新和产业升级。",
		"2|3.“链长制”：|由市领导担任重点产业链链长，统筹推进产业链招商、补链强链和企业服务，推动制造业高质量发展。",
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，明湖市地区生产总值增长5.2%，新增城镇就业3.4万人。",
		"1|二、2025年重点工作|推行“亩均论英雄”改革，推动“城中村”改造，优化“一网通办”，推动制造业高质量发展。",
		"1|名词解释|",
		"2|1.“亩均论英雄”：|以亩均税收、亩均增加值等指标评价工业企业，引导土地等要素向优质企业集聚，推动制造业高质量发展。",
		"2|2.“城中村”改造：|对城市建成区内的旧村庄进行改造，盘活存量建设用地，完善配套设施，推动城市更新。",
		"2|3.“一网通办”：|依托全市统一政务服务平台，推动政务服务事项网上办理、跨区通办，企业群众办事少跑腿。",
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	if findPair(pairs, "1.“一网通办”：", "3.“一网通办”：") == nil {
		t.Errorf("Align: want the entries on “一网通办” paired; got:\n%s", dump)
	}
	for _, p := range pairs {
		if p.From == nil || p.To == nil {
			continue
		}
		ta, oka := label(corpus.StripNumbering(p.From.Heading))
		tb, okb := label(corpus.StripNumbering(p.To.Heading))
		if oka && okb && ta != tb {
			t.Errorf("Align: %s pairs entries on different terms; got:\n%s", alignLine(p), dump)
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// An entry of a glossary defines a term of its report's body; it is never
// the counterpart of a part of the other report's body, however many of
// the programmes it lists that part names (a district's new part on its
// positioning beside last year's entry on its three programmes).
func TestAlignGlossaryEntryNotBodySection(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，云溪区地区生产总值增长6.1%，新增城镇就业2.1万人，完成固定资产投资四百亿元。",
		"1|二、2024年重点工作|全面实施“三名工程”，推进老街片区更新，办好民生实事，建设平安云溪。",
		"1|名词解释|",
		"2|1.“三名工程”：|名校、名医、名馆建设工程。引进名校长和名师团队，建设区域医疗中心和名医工作室，新建城市书房和美术馆，打造名城文化地标。",
		"2|2.老街片区：|云溪区北部旧城片区，包括老街、河埠和渡口三个社区。",
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，云溪区地区生产总值增长5.8%，新增城镇就业2.3万人，完成固定资产投资四百二十亿元。",
		"1|二、奋力建设品质名城|引进名校长和名师团队，办好名校集团；建设区域医疗中心和名医工作室；新建城市书房和美术馆，打造名城文化地标，让名校名医名馆惠及全区群众。",
		"1|三、2025年重点工作|推进老街片区更新，办好民生实事，建设平安云溪。",
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	for _, p := range pairs {
		if p.From != nil && p.To != nil && strings.Contains(p.From.Heading, "三名工程") {
			t.Errorf("Align: %s pairs a glossary entry with a part of the body; got:\n%s", alignLine(p), alignDump(pairs))
		}
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}

// A glossary kept as one section (名词注解：, its entries lines of its
// text) defines the terms its report's items use; the next report's item
// that uses the same terms, in words close to the definitions, did not
// come from the glossary: the glossaries pair with each other, and
// neither with an item of the other report.
func TestAlignGlossarySectionNotBodyItem(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，望川县地区生产总值增长5.9%，城镇新增就业1.8万人，完成固定资产投资二百一十亿元。",
		"1|二、2024年重点工作|全年地区生产总值增长6%左右，城镇新增就业1.8万人以上。",
		"2|（一）壮大茶叶和竹木产业|新建高标准茶园一万亩，扶持茶叶龙头企业扩大精深加工，打响望川云雾茶品牌。\n建设竹木循环产业园，引进竹纤维和竹家具项目，竹木产业产值突破三十亿元。",
		"2|（二）建设平安望川|深化社会治安整体防控，严厉打击电信网络诈骗和盗窃犯罪，办好平安建设实事。\n开展道路交通和消防安全专项整治，整治“三小”场所消防隐患，坚决遏制较大事故。",
		"2|（三）办好民生实事|新建改扩建中小学三所，新增学位两千个；建成县医院新院区，提升乡镇卫生院服务能力。",
		"1|名词注解：|“望川义警”：指县公安局组织、由志愿参加巡逻的居民组成的治安防范队伍，在街巷和村组开展义务巡逻和矛盾劝解。\n“雪亮工程”：指把县城街巷、乡镇集镇和村组路口的公共安全视频监控接入联网，实现全县视频监控一张网。\n“三小”场所：指小商店、小作坊、小餐饮等规模小、人员密集的经营场所，是消防安全整治的重点对象。\n云雾茶：指望川县高山茶区出产的绿茶，是国家地理标志保护产品。",
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，望川县地区生产总值增长6.1%，城镇新增就业1.9万人，完成固定资产投资二百二十亿元。",
		"1|二、2025年重点工作|全年地区生产总值增长6%左右，城镇新增就业1.9万人以上。",
		"2|（一）做强茶叶和竹木产业|新建高标准茶园八千亩，支持茶叶企业开发茶饮料和茶食品，云雾茶品牌价值再提升。\n竹木循环产业园二期建成投产，竹木产业产值突破三十五亿元。",
		"2|（二）推进平安望川提质|壮大由志愿参加巡逻的居民组成的治安防范队伍，在街巷和村组开展义务巡逻和矛盾劝解，望川义警人数达到三千人。\n把乡镇集镇和村组路口的公共安全视频监控接入联网，建成全县视频监控一张网，雪亮工程覆盖全部行政村。\n对小商店、小作坊、小餐饮等人员密集的经营场所开展消防安全整治，“三小”场所隐患清零。",
		"2|（三）办好民生实事|新建改扩建中小学两所，新增学位一千五百个；县医院新院区投入使用，建设紧密型县域医共体。",
		"1|名词注解：|“望川义警”：指志愿参加巡逻的居民组成的治安防范队伍。\n紧密型县域医共体：指以县医院为龙头、乡镇卫生院为枢纽、村卫生室为基础的医疗服务共同体。\n茶饮料：指以茶叶为原料制成的饮料产品。",
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, p := range pairs {
		if p.From == nil || p.To == nil {
			continue
		}
		ga, gb := strings.HasPrefix(p.From.Heading, "名词注解"), strings.HasPrefix(p.To.Heading, "名词注解")
		if ga != gb {
			t.Errorf("Align: %s links a glossary with an item of the other report; got:\n%s", alignLine(p), dump)
		}
	}
	if findPair(pairs, "（二）建设平安望川", "（二）推进平安望川提质") == nil {
		t.Errorf("Align: want the safety items paired; got:\n%s", dump)
	}
}

// marked is p with what prepare marks of its place under the notes
// (markNotes), for sections a test builds by hand.
func marked(p *prepared) *prepared {
	markNotes(p)
	return p
}

// A glossary kept as one section one year (名词解释：, its entries lines of
// its text) and cut into its entries the next (名词解释 over 1.…： 2.…：,
// a heading with no text of its own) is one glossary: the notes heading of
// the other report is no section of its body, and the two are paired.
func TestAlignGlossaryWholeToEntries(t *testing.T) {
	a := build("a",
		"1|一、2023年工作回顾|过去一年，望川县地区生产总值增长5.8%，新增城镇就业1.6万人，建成“望川义警”服务站十二个。",
		"1|二、2024年重点工作|深化“平安望川”建设，壮大“望川义警”队伍，整治“三小”场所消防隐患，推行“一窗通办”。",
		"1|名词解释：|“平安望川”：指望川县以社区警务和群防群治为重点的平安建设工程。\n"+
			"“望川义警”：指志愿参加巡逻的居民组成的治安防范队伍。\n"+
			"“三小”场所：指小商店、小作坊、小餐饮。",
	)
	b := build("b",
		"1|一、2024年工作回顾|过去一年，望川县地区生产总值增长5.5%，新增城镇就业1.7万人，“望川义警”队伍扩大到三千人。",
		"1|二、2025年重点工作|推行“一窗通办”升级版，建设“数字望川”，办好“小饭桌”助餐点，深化“平安望川”建设。",
		"1|名词解释|",
		"2|1.“一窗通办”：|指群众办事只进一个窗口、只交一套材料，后台分办、限时办结。",
		"2|2.“数字望川”：|指望川县建设的政务、交通、医疗数据共享平台。",
		"2|3.“小饭桌”：|指社区为老年人和放学儿童提供的平价助餐服务。",
	)
	a.Year, b.Year = 2024, 2025
	pairs := Align(a, b, Options{})
	if findPair(pairs, "名词解释：", "名词解释") == nil {
		t.Errorf("Align: want the glossary kept whole paired with the other year's notes heading; got:\n%s", alignDump(pairs))
	}
	if err := checkCoverage(a, b, pairs); err != nil {
		t.Error(err)
	}
}
