package corpus

import (
	"strings"
	"testing"
)

func TestInferRegion(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"武进、溧阳、金坛三地学校结对。", "常州市"},
		{"连云区、赣榆区和灌云县新建学校。", "连云港市"},
		{"市教育局在海淀区、朝阳区召开现场会，北京市教委参加。", "北京市"},
		{"常州教育，常州学校，常州老师。", "常州市"},
		// 阳泉市 has districts named 城区, 郊区 and 矿区: words, not places.
		{"城区学校和郊区学校结对，矿区学校同步推进。", ""},
		// A city named once, streets and universities named after it.
		{"赴北京学习，在北京师范大学培训，北京路小学获奖。", ""},
		// An international body named after the city it was founded in,
		// named again and again in news of a meeting with its officers.
		{"会见上海合作组织秘书长。上海合作组织成员国代表团参加。上海合作组织秘书处通报情况。", ""},
		{"全市新增城区学位2000个。", ""},
		// One county in passing is not enough.
		{"选派教师赴云龙县支教。", ""},
		// Two cities with equal weight: no region.
		{"武进、溧阳与江阴、宜兴结对。", ""},
		{"", ""},
	} {
		if got := inferRegion(tc.text); got != tc.want {
			t.Errorf("inferRegion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNamedPlace(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"常州市教育工作总结", "常州市"},
		{"明湖市教育局2023年工作要点", "明湖市"},
		{"2024年望川县政府工作报告", "望川县"},
		{"2031年07月青川区教育局工作安排", "青川区"}, // a month's paper
		{"2031年3月份望川县水利局工作安排", "望川县"},
		{"2031年暑期鹭汀区教育系统干部会议召开", "鹭汀区"}, // the part of the year before the place
		{"2031年春季学期溪岚县教育工作会议", "溪岚县"},
		{"2031学年县教育工作会议于实验中学召开", ""}, // 学年县 is no county
		{"2031年上半年县教育局工作总结", ""},
		{"望川县人民政府2022年政府工作报告", "望川县"},
		{"江苏省常州市钟楼区教育局2022年工作计划", "钟楼区"}, // the body at its own level
		{"云岭省明湖市教育局工作总结", "明湖市"},
		{"市教育局2021年推进“创强创优”工作年度总结报告", ""},
		{"2023年市教育工作计划", ""},
		{"辖市区年度教育“小目标”", ""},
		{"全市教育工作会议讲话", ""},
		{"新区教育局工作总结", ""},
		// Real places whose first character starts words that are not
		// (新区, 三年): the gazetteer knows them.
		{"新疆维吾尔自治区2032年政府工作报告", "新疆维吾尔自治区"},
		{"三亚市人民政府工作报告", "三亚市"},
		// A county named by one character and 县, alone or under its
		// city; 全县, 该县 are no places.
		{"沛县教育局2031年重点工作计划", "沛县"},
		{"黄山市歙县教育局2031年工作总结", "歙县"},
		{"全县教育工作要点", ""},
		{"该县教育局工作总结", ""},
		// A copy site's tag before the place (最新, 精选) is no part of
		// it; a phrase ending in 全省, 我市 is no place.
		{"最新市教育局工作总结", ""},
		{"最新明湖市教育局工作总结", "明湖市"},
		{"精選明湖市教育局工作總結", "明湖市"},
		{"李明远在全省教育工作会议上的讲话", ""},
		{"王某在我市教育工作会议上的讲话", ""},
		// The party's full name before the place (中国共产党某市…) is no
		// part of it, as 中共 is not; nor is a court's or a
		// procuratorate's head who speaks for it (院长某某代表某县…), the
		// county of one character the gazetteer knows.
		{"中国共产党徐州市第九次代表大会开幕", "徐州市"},
		{"中共徐州市委关于召开全委会的通知", "徐州市"},
		{"院长李某代表沛县人民法院在沛县第十八届人民代表大会第三次会议上作工作报告", "沛县"},
		{"院长李某代表丰县人民法院在丰县第九届人民代表大会上作报告", "丰县"},
		// A session's news names the congress by its level alone after
		// the verb of its chair (某某宣布县第十届…): the name and the verb
		// are no place; a known place before them still is.
		{"程立安宣布县第十八届人民代表大会第三次会议正式开幕", ""},
		{"韦长青主持区第九届人民代表大会第二次会议", ""},
		{"泰顺县程立安宣布县第十八届人民代表大会第三次会议正式开幕", "泰顺县"},
		{"", ""},
	} {
		if got := namedPlace(tc.title); got != tc.want {
			t.Errorf("namedPlace(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestReportsOnReport(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"代表们认真审议了县长所作的政府工作报告。", true},
		// the members of the CPPCC discuss it, and 所做 is written for 所作
		{"出席区政协九届四次会议的委员们分组讨论了区长柯明远所做的《政府工作报告》。", true},
		{"现在，我代表县人民政府，向大会作政府工作报告，请予审议。", false},
		{"会议讨论了下一步工作安排。", false},
	} {
		if got := reportsOnReport(tc.text); got != tc.want {
			t.Errorf("reportsOnReport(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestBodyYear(t *testing.T) {
	for _, tc := range []struct {
		body string
		want int
	}{
		{"2021年，我们着重抓了以下工作。2021年新建学校3所。", 2021},
		{"2021年成绩单。2022年，将从五个方面出发。2022年新建学校。", 2022},
		{"2022年工作。2023年工作。", 2023}, // tie: the later year
		{"编制《规划（2020-2035年）》，到2035年建成教育强市。2023年新建学校。", 2023},
		{"x202x年，XX市新建学校XX所。", 0},
		{"2031年产值是2026年的2.1倍，比2026年增长一倍，占比由2026年的三成提高到四成。", 2031}, // baselines
		{"2031年，产值是2020年末的3倍，2020年以来增长最快。", 2031},
		{"", 0},
	} {
		if got := bodyYear(tc.body); got != tc.want {
			t.Errorf("bodyYear(%q) = %d, want %d", tc.body, got, tc.want)
		}
	}
}

func TestKindOf(t *testing.T) {
	for _, tc := range []struct{ title, raw, want string }{
		{"常州市教育工作总结", "", "总结"},
		{"2023年教育体育局抓课改促进展半年工作总结", "", "半年总结"},
		{"明湖市教育局2023年工作要点", "", "要点"},
		{"2023年市教育工作计划", "", "计划"},
		{"2024年望川县政府工作报告", "", "政府工作报告"},
		// A repost's headline that gives the place its short name only:
		// the place's government's report; not a body that opens with a
		// place's name, nor a word that is also a place's short name.
		{"临朐2031年工作报告", "", "政府工作报告"},
		{"临朐公司2031年工作报告", "", ""},
		{"光明2031年工作报告", "", ""},
		{"辖市区年度教育“小目标”", "当前位置：主页 > 乐学新闻 >\n发布日期：2022年01月06日", "新闻"},
		{"关于开展教育调研的通知", "", ""},
		// A year's 完成情况 reviews it: with the next year's plan, it is
		// a summary, as 工作总结及工作计划 is.
		{"县教育局2031年目标完成情况及2032年工作计划", "", "总结"},
		{"青川县农林局2031年工作情况及2032年工作思路", "", "总结"},
		{"农林局2031年上半年工作情况和下半年工作打算", "", "半年总结"},
		{"市卫健委2031年上半年重点工作完成情况", "", "半年总结"},
		// A government's report on a half year to its congress reviews it.
		{"2031年上半年政府工作报告", "", "半年总结"},
		{"石桥镇人民政府2031年上半年政府工作报告（摘要）", "", "半年总结"},
		{"区政府2031年上半年工作报告", "", "半年总结"},
		{"2031年政府工作报告", "", "政府工作报告"},
		// A street office's work report, read to the street's residents'
		// council, is the street's government work report; a resolution on
		// it or a story of it is not.
		{"青石街道办事处工作报告", "", "政府工作报告"},
		{"青石街道办事处2032年工作报告", "", "政府工作报告"},
		{"青石街道办事处2032年度工作报告", "", "政府工作报告"},
		{"关于青石街道办事处工作报告的决议", "", ""},
		// Study material on the report is none of the kinds.
		{"2032年政府工作报告辅导读本", "", ""},
		{"《政府工作报告》学习提纲", "", ""},
		{"政府工作报告（学习问答）", "", ""},
		{"云溪县2032年政府工作报告名词解释", "", ""},
		{"2032年两会政府工作报告应知应会知识问答", "", ""},
		// An office's report of its year, and a report at a sector's work
		// meeting, review the year and set the next one's tasks: a summary
		// (the lead's convention for a summary with the next year's plan).
		// A speech, a debriefing, a court's or a congress's report is not.
		{"澜沧湾市园艺局二〇三一年工作报告", "", "总结"},
		{"云溪县统计局2031年度工作报告", "", "总结"},
		{"在2032年岚溪县教体工作会议上的工作报告", "", "总结"},
		{"县教育局局长在全县教体系统工作会议上的工作报告", "", "总结"},
		{"岚溪县教育局局长在教体系统工作会议上的讲话", "", ""},
		{"云溪县教育局局长2031年度述职报告", "", ""},
		{"云溪县人民法院2031年工作报告", "", ""},
		{"在县妇女第十次代表大会上的工作报告", "", ""},
		{"云溪县纪委2031年工作报告", "", ""},
		// A headline that tells a meeting was held is news, whatever the
		// meeting (a 务虚会, a 例会).
		{"云溪区政协召开2032年工作务虚会", "", "新闻"},
		{"岚溪县文化馆年终总结暨新春工作例会顺利召开", "", "新闻"},
		// A page on how the report's tasks went, its name quoted or not,
		// a half year's or the year's: none of the kinds.
		{"2031年上半年政府工作报告任务情况汇报", "", ""},
		{"关于2031年上半年政府工作报告落实情况的汇报", "", ""},
		{"鹤汀县2031年政府工作报告落实情况", "", ""},
		{"关于《政府工作报告》重点工作上半年完成情况的通报", "", ""},
		{"2031年政府工作报告重点任务督查情况", "", ""},
		{"2031年鹤汀县政府工作报告（摘要）", "", "政府工作报告"},
		// How a work plan or the year's points went reviews the work, as
		// 完成情况 does; a quarter's progress is none of the kinds; the
		// economic plan's execution is no work plan's.
		{"鹤汀县教育局2031年工作计划执行情况", "", "总结"},
		{"鹤汀县教育局2031年工作要点上半年落实情况", "", "半年总结"},
		{"枫渚镇2031年度重点工作计划三季度执行情况", "", ""},
		{"枫渚镇2031年重点工作计划1-5月推进情况", "", ""},
		{"关于鹤汀县2031年经济和社会发展计划执行情况的报告", "", ""},
		{"鹤汀县教育局2032年工作计划", "", "计划"},
	} {
		if got := kindOf(tc.title, tc.raw); got != tc.want {
			t.Errorf("kindOf(%q, %q) = %q, want %q", tc.title, tc.raw, got, tc.want)
		}
	}
}

func TestHalfYearReportTitle(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"2031年上半年政府工作报告", true},
		{"望川县政府2031年上半年工作报告", true},
		{"2031年政府工作报告", false},
		// How the year's report went, not a report on the half year.
		{"关于2031年上半年政府工作报告重点任务落实情况的通报", false},
		{"2031年政府工作报告上半年落实情况", false},
	} {
		if got := halfYearReportTitle(tc.title); got != tc.want {
			t.Errorf("halfYearReportTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestHeadingMarker(t *testing.T) {
	for _, tc := range []struct {
		line  string
		style string
		n     int
	}{
		{"一、工作主题", "一、", 1},
		{"十二、其他", "一、", 12},
		{"二十一、其他", "一、", 21},
		{"一.注重整体发展", "一.", 1},
		{"三，加强管理", "一，", 3},
		{"（一）基础教育", "（一", 1},
		{"(二)职业教育", "（一", 2},
		{"〔三〕师资队伍", "〔一", 3},
		{"第二章 总则", "第一章", 2},
		{"第三部分 保障", "第一部分", 3},
		{"1、新建学校", "1、", 1},
		{"12.推进均衡", "1.", 12},
		{"3．深化改革", "1.", 3},
		{"2 .联盟办学。", "1.", 2}, // a Word list's number, its tab a space
		{"（1）新建幼儿园", "（1", 1},
		{"二）职业教育", "（一", 2}, // （二） that lost its opener
		{"②乡镇900个", "①", 2},
		// Not headings.
		{"1.5万个学位", "", 0},
		{"1 . 5万个学位", "", 0},
		{"3 年来", "", 0},
		{"2、3年级学生", "", 0},
		{"一、二年级学生", "", 0},
		{"十二五规划", "", 0},
		{"〔2023〕5号", "", 0},
		{"100、", "", 0},
		{"一、", "", 0},
		{"2023年工作", "", 0},
		{"统一、规范", "", 0},
	} {
		m := headingMarker(tc.line)
		switch {
		case m == nil && tc.style != "":
			t.Errorf("headingMarker(%q) = nil, want %s %d", tc.line, tc.style, tc.n)
		case m != nil && (m.style != tc.style || m.n != tc.n):
			t.Errorf("headingMarker(%q) = %s %d, want %q %d", tc.line, m.style, m.n, tc.style, tc.n)
		}
	}
}

func TestShortName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"溧阳市", "溧阳"}, {"武进区", "武进"}, {"灌云县", "灌云"}, {"常州市", "常州"},
		{"城区", ""}, {"长阳土家族自治县", "长阳"}, {"龙胜各族自治县", "龙胜"},
		{"巴里坤哈萨克自治县", "巴里坤"}, {"鄂温克族自治旗", "鄂温克"}, {"大兴安岭地区", "大兴安岭"},
	} {
		if got := shortName(tc.name); got != tc.want {
			t.Errorf("shortName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestAbbreviatedCounty(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"前郭县", "前郭尔罗斯蒙古族自治县"}, // first two characters of a long place name
		{"喀左县", "喀喇沁左翼蒙古族自治县"}, // first character and the side
		{"阜蒙县", "阜新蒙古族自治县"},    // first character and the people's
		{"三水县", ""}, // 三水区's name of old, not 三都水族自治县
		{"东乡县", ""}, // 东乡族自治县 has no place name apart from its people's
		{"长安县", ""}, // no autonomous county abbreviates so
	} {
		got := ""
		if d, ok := abbreviatedCounty(tc.name); ok {
			got = d.name
		}
		if got != tc.want {
			t.Errorf("abbreviatedCounty(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestPlaceChain(t *testing.T) {
	for _, tc := range []struct{ region, province, prefecture string }{
		{"义乌市", "浙江省", "金华市"},      // county-level city under a prefecture
		{"金华市", "浙江省", ""},         // prefecture
		{"浙江省", "", ""},            // province
		{"浙江", "", ""},             // province, short form
		{"全国", "", ""},             // national
		{"仙桃市", "湖北省", ""},         // county-level city directly under the province
		{"浦东新区", "上海市", ""},        // district of a municipality
		{"延边朝鲜族自治州", "吉林省", ""},    // autonomous prefecture
		{"延吉市", "吉林省", "延边朝鲜族自治州"}, // city of an autonomous prefecture
		{"朝阳区", "", ""},            // two provinces have one
		{"长春市朝阳区", "吉林省", "长春市"},   // settled by its chain
		{"明湖市", "", ""},            // not in the gazetteer
	} {
		p, f := PlaceChain(tc.region)
		if p != tc.province || f != tc.prefecture {
			t.Errorf("PlaceChain(%q) = %q, %q, want %q, %q", tc.region, p, f, tc.province, tc.prefecture)
		}
	}
}

func TestFoldRadicals(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"⼀、2031年⼯作回顾", "一、2031年工作回顾"},
		{"市⻓ 林远舟，⻔户⽹站", "市长 林远舟，门户网站"},
		// A radical that stands for no character of its own stays.
		{"⺀⺁", "⺀⺁"},
		{"政府工作报告", "政府工作报告"},
	} {
		if got := foldRadicals(tc.in); got != tc.want {
			t.Errorf("foldRadicals(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitGaps(t *testing.T) {
	long := strings.Repeat("全县地区生产总值增长6%，一般公共预算收入增长5%。", 20)
	for _, tc := range []struct{ in, want string }{
		// A paragraph break after a title, a speaker's name, a sentence
		// and a heading; none between the office and the name.
		{"政府工作报告　　望川县县长　　苏青禾　　各位代表：　　一、2031年工作回顾　　" + long,
			"政府工作报告\n望川县县长 苏青禾\n各位代表：\n一、2031年工作回顾\n" + long},
		// A gap inside a sentence stays a space.
		{long + "全县新增  就业岗位3500个，  城镇调查失业率控制在5%以内，  居民收入同步增长。",
			long + "全县新增 就业岗位3500个， 城镇调查失业率控制在5%以内， 居民收入同步增长。"},
		// Short lines are left alone.
		{"政府工作报告　　各位代表：　　现在，我代表县人民政府报告工作。", "政府工作报告　　各位代表：　　现在，我代表县人民政府报告工作。"},
		// Unless the file runs its paragraphs together in a long line
		// elsewhere: a page that kept a break only now and then runs its
		// head together in a short line, a collector's header too.
		{"　　标题：云溪县政府工作报告　　来源URL：http://yunxi.example/a?id=7　　正文：　　政府工作报告　　各位代表：\n　　一、2031年工作回顾　　" + long + "　　" + long,
			"标题：云溪县政府工作报告\n来源URL：http://yunxi.example/a?id=7\n正文：\n政府工作报告\n各位代表：\n一、2031年工作回顾\n" + long + "\n" + long},
		// A short line with fewer gaps stays, beside a long one.
		{"政府工作报告　　（2032年1月6日）\n　　一、2031年工作回顾　　" + long + "　　" + long,
			"政府工作报告　　（2032年1月6日）\n一、2031年工作回顾\n" + long + "\n" + long},
	} {
		if got := splitGaps(tc.in); got != tc.want {
			t.Errorf("splitGaps(%q)\n = %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestSplitInlineHeadingsDump checks a whole report run together on one
// line: a part's heading with no full stop runs into its first section's
// (二、2032年主要任务（一）…), whose sections are numbered from （一） again.
func TestSplitInlineHeadingsDump(t *testing.T) {
	filler := strings.Repeat("全县地区生产总值增长6%，一般公共预算收入增长5%，城乡居民收入同步增长。", 60)
	line := "一、2031年工作回顾过去一年，全县上下稳中求进。" + filler +
		"（一）产业发展提质增效。" + filler + "（二）城乡面貌持续改善。" + filler +
		"二、2032年主要任务（一）全力壮大实体经济。" + filler + "（二）持续增进民生福祉。" + filler
	got := splitInlineHeadings([]string{line}, false)
	var heads []string
	for _, l := range got {
		if hm := headingMarker(l); hm != nil {
			heads = append(heads, clip(l))
		}
	}
	want := []string{"一、2031", "（一）产业", "（二）城乡", "二、2032年主要任务", "（一）全力", "（二）持续"}
	ok := len(heads) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.HasPrefix(heads[i], want[i])
	}
	if !ok {
		t.Errorf("splitInlineHeadings(dump) heading lines = %q, want lines starting %q", heads, want)
	}
}

func TestDecodeReferences(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"&ldquo;十五五&rdquo;规划&nbsp;开局", "“十五五”规划\u00a0开局"},
		{"一&#12289;产业&#x3001;项目&#12289;", "一、产业、项目、"},
		// Fewer than three references: text that mentions one in passing.
		{"R&amp;D投入增长，&copy;", "R&amp;D投入增长，&copy;"},
		{"研发(R&D)投入", "研发(R&D)投入"},
		// Fewer than three, inside Chinese words: a search must find 乡村振兴.
		{"全面推进乡村&nbsp;振兴。", "全面推进乡村\u00a0振兴。"},
		{"“青禾&middot;行动”，R&amp;D增长", "“青禾·行动”，R&amp;D增长"},
	} {
		if got := decodeReferences(tc.in); got != tc.want {
			t.Errorf("decodeReferences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDropBareReferenceRuns(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"政府工作报告\n;;;;2031年3月20日在望川县第十六届人民代表大会第三次会议上\n", "政府工作报告\n2031年3月20日在望川县第十六届人民代表大会第三次会议上\n"},
		{"  ;;各位代表：", "  各位代表："},
		{"(全文) 政府工作报告 ;;;;2031年3月20日在望川县", "(全文) 政府工作报告 2031年3月20日在望川县"},
		// One semicolon opening a wrapped line, and runs inside a line, stay.
		{"全年\n;增长5%", "全年\n;增长5%"},
		{"安排到;;八大工程;;上", "安排到;;八大工程;;上"},
	} {
		if got := dropBareReferenceRuns(tc.in); got != tc.want {
			t.Errorf("dropBareReferenceRuns(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitSiteTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"明湖市2031年政府工作报告_明湖市人民政府", "明湖市2031年政府工作报告"},
		{"明湖市2031年政府工作报告-明湖市人民政府网", "明湖市2031年政府工作报告"},
		{"望川县教育局工作总结－望川县人民政府门户网站", "望川县教育局工作总结"},
		{"明湖市2031-2035年教育发展规划", "明湖市2031-2035年教育发展规划"},
		{"明湖市国民经济和社会发展第十六个五年规划纲要-全文", "明湖市国民经济和社会发展第十六个五年规划纲要-全文"},
		// An old portal's name first, or parted by two hyphens.
		{"明湖市人民政府--明湖市2031年政府工作报告", "明湖市2031年政府工作报告"},
		{"明湖市人民政府门户网站 - 教育局2031年工作总结", "教育局2031年工作总结"},
		{"中国·明湖 | 明湖市2031年政府工作报告", "明湖市2031年政府工作报告"},
		{"明湖市2031年政府工作报告--明湖市人民政府门户网站", "明湖市2031年政府工作报告"},
		{"明湖市教育局2031年工作总结-明湖网站欢迎您!", "明湖市教育局2031年工作总结"},
		// A title shaped as a site's name beside a site's name: the first.
		{"加快建设服务型政府_明湖新闻网", "加快建设服务型政府"},
		{"明湖市人民政府", "明湖市人民政府"},
	} {
		if got := splitSiteTitle(c.in); got != c.want {
			t.Errorf("splitSiteTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  明湖市\r\n  经济  ", "明湖市经济"},
		{"（一）经\r\n济实力迈上新台阶", "（一）经济实力迈上新台阶"},
		{"１\r\n、应对", "１、应对"},
		{"增长\r\n6.8%", "增长 6.8%"},
		{"Gross\ndomestic  product", "Gross domestic product"},
		{"明湖 望川", "明湖 望川"}, // a space the page wrote stays
		// Half-width punctuation in Chinese text, the break before or
		// after it (Word's source wrapped there).
		{"（四）深化改革开放\r\n,激发发展活力", "（四）深化改革开放,激发发展活力"},
		{"(四)\r\n深化改革开放", "(四)深化改革开放"},
		{"Gross,\ndomestic", "Gross, domestic"},
	} {
		if got := collapseSpace(c.in); got != c.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBureauOf(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"县交通局上半年工作总结", "交通局"},
		{"明湖市卫生健康委关于印发2031年工作要点的通知", "卫生健康委"},
		// A template's blank place before the office: X区, XX县, ××市.
		{"X区卫生健康委员会2031年上半年工作总结及下半年工作计划", "卫生健康委员会"},
		{"XX县农业农村局2031年工作总结和2032年工作计划", "农业农村局"},
		{"××市民政局2031年工作总结", "民政局"},
		{"xx区统计局2031年工作要点", "统计局"},
		{"2031年全市教育工作要点", ""},
		// A ministry names no place; a party committee's office keeps
		// its level (县委, 市委), which is not a place's.
		{"教育部关于印发2031年工作要点的通知", "教育部"},
		{"农业农村部2031年工作要点", "农业农村部"},
		{"县委办公室2031年工作总结", "县委办公室"},
		{"市委组织部2031年工作要点", "市委组织部"},
		{"2031年党员干部工作总结", ""}, // cadres, not an office
		{"单位内部工作要点", ""},
		// A street office by its common name, and a space a PDF put
		// between the office and the year.
		{"青石街道2031年半年度工作总结", "青石街道"},
		{"农林局 2031年工作计划", "农林局"},
		// A year's summary named by the whole year or the year's end.
		{"市交通局全年总结", "交通局"},
		{"县水利局年终总结", "水利局"},
		{"街道工作总结", ""},
		{"石桥市街道2031年工作总结", "石桥市街道"}, // a street office named after an old town (某某市)
		// A template for the offices of several levels.
		{"市、县交通运输局2031年工作总结", "交通运输局"},
		{"省、市、县农业农村局2031年工作要点", "农业农村局"},
		// The city management bureau's 城市 is not a place after a
		// level; a place that ends in 城市 before another office is.
		{"县城市管理局2031年工作计划", "城市管理局"},
		{"市区城市管理局工作报告", "城市管理局"},
		{"望城市住建局2031年工作要点", "住建局"},
		// The office whose head speaks at a meeting.
		{"县水利局局长张三在全县水利工作会议上的讲话", "水利局"},
		{"某某部部长在2031年全国某某工作会议上的工作报告", "某某部"},
		{"市统计局副局长在全市统计工作会议上的总结讲话", "统计局"},
		// A copy site's column tag before the office, and its title that
		// names the office in brackets after what the paper is.
		{"【林业总结】林业局2031年工作总结和计划（完整文档）", "林业局"},
		{"2031年建市五年来林业工作总结和工作要点（林业局）", "林业局"},
		{"2031年工作总结（县水利局）", "水利局"},
		{"2031年工作总结（完整版）", ""},
		// A development zone's administrative committee.
		{"管委会2031年工作总结和2032年工作思路", "管委会"},
		{"望川经济开发区管委会2031年工作总结", "管委会"},
	} {
		if got := bureauOf(tc.title); got != tc.want {
			t.Errorf("bureauOf(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestSeparateTitle(t *testing.T) {
	for _, tc := range []struct{ line, title string }{
		{"教育局2031上半年工作总结范文稿2031年上半年，全区教育系统围绕办好家门口的好学校，把均衡和质量两件事抓在手上，半年目标大体完成。", "教育局2031上半年工作总结范文稿"},
		{"县教育局2031年工作总结范文范例1.加快重点项目建设。统筹实施12所公办学校和幼儿园新建和续建项目，新增学位3000个，按期投入使用。", "县教育局2031年工作总结范文范例"},
		{"县林业局局长在县林业局全年工作总结会上的讲话今天请大家来开这个会，一是把今年的账算清楚，二是把明年的路子想明白。我先讲三点。", "县林业局局长在县林业局全年工作总结会上的讲话"},
		{"乡镇镇长述职报告各位领导、同志们：我是今年二月调入青石镇，在镇人代会上当选为镇长，负责政府全面工作。一年来，我团结带领政府一班人真抓实干。", "乡镇镇长述职报告"},
		// A speech's opening without a title before it stays whole.
		{"同志们：今天召开全县教育工作会议，主要任务是总结去年工作，安排部署今年工作。刚才，县长作了工作报告，我完全同意。下面我讲几点意见。", ""},
	} {
		got := separateTitle([]string{tc.line}, "")
		title := ""
		if len(got) == 2 {
			title = got[0]
		}
		if title != tc.title {
			t.Errorf("separateTitle(%q) title = %q, want %q", tc.line, title, tc.title)
		}
	}
}

func TestStripPinyinNotes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// A converter's notes of a character's reading (執(zhí)行, 發(fā)布).
		{"大會由執(zhí)行主席主持，現(xiàn)在開始。", "大會由執行主席主持，現在開始。"},
		{"發(fā)布機構： | 青石區(qū)農業(yè)農村局 |", "發布機構： | 青石區農業農村局 |"},
		// A note whose character the page garbled into other signs or a
		// Latin letter (倍感溫暖L(fēng), ㄉ讨^(qū)電視臺): a reading all the same.
		{"讓我們如沐春L(fēng)，倍感溫暖。", "讓我們如沐春L，倍感溫暖。"},
		{"ㄉ讨^(qū)廣播電視臺", "ㄉ讨^廣播電視臺"},
		// A word with an accent in brackets that is no reading of a
		// character stays (café is no pinyin syllable).
		{"开设咖啡馆 (café) 和书店。", "开设咖啡馆 (café) 和书店。"},
		// Latin letters in brackets that are not a reading stay.
		{"选派教师(ABC)赴外地学习，开展(a)类活动。", "选派教师(ABC)赴外地学习，开展(a)类活动。"},
		{"国内生产总值(GDP)增长5%。", "国内生产总值(GDP)增长5%。"},
	} {
		if got := stripPinyinNotes(tc.in); got != tc.want {
			t.Errorf("stripPinyinNotes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStripPinyinTags(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// A mirror site's tags of a word's reading after the word.
		{"澜沧湾市九届人大二次会议[HuiYi]开幕，自治区[ZiZhiQu]代表出席。",
			"澜沧湾市九届人大二次会议开幕，自治区代表出席。"},
		{"云溪县[YunXiXian]政府工作报告", "云溪县政府工作报告"},
		// ü written as v, as keyboards type it.
		{"绿色[LvSe]发展", "绿色发展"},
		// Letters in brackets that are not a reading stay: an acronym, a
		// word, a name spelt as one word, more syllables than characters.
		{"地区生产总值[GDP]增长5%", "地区生产总值[GDP]增长5%"},
		{"开发语言[Java]培训", "开发语言[Java]培训"},
		{"赴京[Beijing]学习", "赴京[Beijing]学习"},
		{"会[HuiYi]", "会[HuiYi]"},
		{"见附件[1]", "见附件[1]"},
	} {
		if got := stripPinyinTags(tc.in); got != tc.want {
			t.Errorf("stripPinyinTags(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNationalSessionYear(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"某某在十届全国人大一次会议上作政府工作报告。", 2003},
		{"第六届全国人民代表大会第四次会议在北京开幕。", 1986},
		{"十三届全国人大二次会议听取了政府工作报告。", 2019},
		{"全国政协十届一次会议闭幕。", 2003},
		// the CPPCC's national committee by its full name
		{"中国人民政治协商会议第十二届全国委员会第一次会议闭幕时，雁汀日报记者", 2013},
		{"在政协第九届全国委员会第五次会议上", 2002},
		{"第五届全国人民代表大会第一次会议开幕。", 1978},
		// before the fifth congress the sittings kept no yearly
		// calendar: their years are listed
		{"第四届全国人民代表大会第一次会议开幕。", 1975},
		{"第一届全国人民代表大会第五次会议上", 1958},
		{"在第二届全国人民代表大会第三次会议上的报告", 1962},
		{"第三届全国人民代表大会第一次会议", 1964},
		// a session that never sat names no year
		{"第三届全国人民代表大会第二次会议", 0},
		// nor does the CPPCC's before its fifth committee
		{"全国政协第三届第一次会议", 0},
		// a span from a session is no session of the news
		{"第九届全国人民代表大会第一次会议以来的五年。", 0},
		// the standing committee sits several times a year: its
		// sittings' numbers give no year
		{"十届全国人大常委会第五次会议审议了该法。", 0},
		{"第十三届全国人民代表大会常务委员会第三次会议通过。", 0},
		// a local congress's session is not the nation's
		{"明湖市第十届人民代表大会第一次会议开幕。", 0},
	} {
		if got := nationalSessionYear(tc.in); got != tc.want {
			t.Errorf("nationalSessionYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestTitleLeadPlace(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		// A district the gazetteer knows opens a plan's title before its
		// topic: the plan is the district's.
		{"海淀区文化和旅游事业发展“十五五”规划", "海淀区"},
		{"2031年海淀区文化和旅游事业发展规划", "海淀区"},
		// A street or a fictional place is not heard here.
		{"北京路街道2031年工作总结", ""},
		{"明湖市文化事业发展规划", ""},
		{"全县卫生工作", ""},
	} {
		if got := titleLeadPlace(tc.title); got != tc.want {
			t.Errorf("titleLeadPlace(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestEndTag(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"政府工作报告pbY", "pbY"},
		{"各位代表：F9f", "F9f"},
		{"pbY pbY", "pbY"},
		{"数字经济占GDP", ""},     // capitals only
		{"新建5G", "5G"},       // a candidate; frequency decides
		{"发电量达到1.2亿kWh", ""}, // a unit
		{"乡人民政府乡长xx", ""},    // a template's blank
		{"型号为ABC-Q7k", ""},   // inside an ASCII word
	} {
		if got := endTag(c.in); got != c.want {
			t.Errorf("endTag(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOwnLevel(t *testing.T) {
	for _, tc := range []struct{ title, body, kind, want string }{
		{"区科技局2031年工作计划", "", "计划", "区"},
		{"2031年县林业局工作要点", "", "要点", "县"},
		{"旗政府2031年工作要点", "", "要点", "旗"},
		{"二〇三一年政府工作计划", "全区经济社会发展，区属规模以上工业总产值增长。", "计划", "区"},
		{"辖市区年度目标", "全区中小学……", "新闻", ""},    // news may tell of several districts
		{"2031年工作计划", "全县上下……我区", "计划", ""}, // two levels: neither
		{"市水利局2031年工作计划", "全市水利工作", "计划", ""},
	} {
		if got := ownLevel(tc.title, tc.body, tc.kind); got != tc.want {
			t.Errorf("ownLevel(%q, %q, %q) = %q, want %q", tc.title, tc.body, tc.kind, got, tc.want)
		}
	}
}

func TestGovThanksDeputies(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"一年来，全市经济平稳增长。在此，我代表市政府，向各位人大代表致以崇高的敬意！", true},
		{"一年来，全县经济平稳增长。我谨代表县人民政府向全体代表表示衷心的感谢！", true},
		// The Party committee and the government together: a speech at
		// another meeting, not the work report.
		{"一年来，全市经济平稳增长。我代表市委、市政府，向各位人大代表致以崇高的敬意！", false},
		// Thanks without a review of the year's work.
		{"我代表市政府，向各位人大代表表示感谢，并请提出意见。", false},
	} {
		if got := govThanksDeputies(tc.text); got != tc.want {
			t.Errorf("govThanksDeputies(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestJoinSpacedMarkers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"促进发展。2 .全面落实", "促进发展。2.全面落实"},
		{"工作。\n  12 、推进发展", "工作。\n  12、推进发展"},
		{"3 ．推进发展", "3．推进发展"},
		// inside a sentence, a decimal, three digits: the spaces stay
		{"增长 2 .5个百分点", "增长 2 .5个百分点"},
		{"第 6 、7 两项", "第 6 、7 两项"},
		{"完成。123 .全面落实", "完成。123 .全面落实"},
		{"完成。2 .5", "完成。2 .5"},
	} {
		if got := joinSpacedMarkers(c.in); got != c.want {
			t.Errorf("joinSpacedMarkers(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSourceDepartment(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"溪岚县教育局", "溪岚县教育局"}, // a department of a named place
		{"澜沧湾市教育局", "澜沧湾市教育局"},
		{"区教育局", "区教育局"}, // of a level alone
		{"鹭汀区卫生健康委员会", "鹭汀区卫生健康委员会"},
		{"教育局", ""},       // its kind alone: which one is not said
		{"溪岚县人民政府", ""},   // a government: sourceGovRe's, not a department
		{"溪岚日报", ""},      // a paper: publisherName's
		{"溪岚县教育局办公室", ""}, // not ending in its office
	} {
		if got := sourceDepartment(tc.name); got != tc.want {
			t.Errorf("sourceDepartment(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCrumbSitePlace(t *testing.T) {
	for _, tc := range []struct {
		raw, text, want string
	}{
		// the first crumb names the county's news site by its short name
		{"您当前的位置: 泰顺新闻 > 时政要闻\n县十届人大三次会议开幕", "县十届人大三次会议开幕", "泰顺县"},
		{"您当前的位置 : 中国松阳网 > 新闻中心 > 综合新闻   正文", "报告把全县一年的大事讲清楚了", "松阳县"},
		{"当前位置：泰顺新闻网 > 正文", "全县上下", "泰顺县"},
		// the story speaks for no county: the crumb alone is no reason
		{"您当前的位置: 泰顺新闻 > 时政要闻", "全市上下", ""},
		// a portal's own name that holds only 网 is no place's
		{"当前位置：东方网 > 新闻", "我市", ""},
		// crumbs that open with the home page or a column name no site
		{"当前位置：首页 > 新闻中心 > 本地新闻", "全县", ""},
		{"当前位置:新闻 > 2031全国两会 > 更多新闻 > 正文", "全县", ""},
		// the crumb must open its line: a site's name in a sentence is none
		{"他说，您当前的位置：泰顺新闻 > 时政", "全县", ""},
	} {
		if got := crumbSitePlace(tc.raw, tc.text); got != tc.want {
			t.Errorf("crumbSitePlace(%q, %q) = %q, want %q", tc.raw, tc.text, got, tc.want)
		}
	}
}

// TestOpenedReport: the paper an opening names after 向大会作, with 关于…的报告
// or in title marks; none for the work report or for 报告工作 (fictional).
func TestOpenedReport(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"现在，我代表望川市人民政府，向大会作关于望川市国民经济和社会发展第十七个五年规划纲要的报告，请予审议。", "关于望川市国民经济和社会发展第十七个五年规划纲要的报告"},
		{"现在，我代表明湖市人民政府向大会作《明湖市国民经济和社会发展第十七个五年规划纲要的报告》，请各位代表连同《纲要（草案）》一并审议。", "明湖市国民经济和社会发展第十七个五年规划纲要的报告"},
		{"现在，我代表市人民政府，向大会作政府工作报告，请连同《明湖市国民经济和社会发展第十七个五年规划纲要（草案）》一并审议。", ""},
		{"现在，我代表市人民政府，向大会报告工作，请予审议。", ""},
		{"现在，我代表省人民政府，向大会作关于我省国民经济和社会发展“十八五”计划及2050年远景目标纲要的报告。", ""},
	} {
		if got := openedReport([]string{"各位代表：", c.line}); got != c.want {
			t.Errorf("openedReport(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
