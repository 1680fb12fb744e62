package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestRunInHeadingEnd(t *testing.T) {
	for _, c := range []struct{ in, head string }{
		{"一、2030年工作回顾2030年是明湖发展极不平凡的一年。", "一、2030年工作回顾"},
		{"二、2031年重点工作按照市委全会部署，重点抓好以下工作。", "二、2031年重点工作"},
		{"三、2031年主要任务（一）稳住经济大盘。全年增长5%。", "三、2031年主要任务"},
		{"四、全面加强政府自身建设各位代表！新的一年，我们将坚持依法行政。", "四、全面加强政府自身建设"},
		{"五、加快建设湖滨新城湖滨新城是全市发展的主战场。", "五、加快建设湖滨新城"},
		{"（一）加强宏观调控，保持经济平稳增长今年，要继续实施积极的财政政策。", "（一）加强宏观调控，保持经济平稳增长"},
		{"二、2031年重点工作安排今年是实施规划的关键一年。", "二、2031年重点工作安排"},
		{"三、2031年主要工作为实现上述目标，重点抓好以下工作。", "三、2031年主要工作"},
		// The text's first clause opens with a call to act or its subject,
		// right after the heading's last word, comma or not.
		{"（二）稳住工业大盘，推动制造业提质增效坚持把制造业作为立市之本，全年新建项目30个。", "（二）稳住工业大盘，推动制造业提质增效"},
		{"（三）湖滨新城建设取得新进展紧紧围绕“一城两带”布局，完成投资12亿元。", "（三）湖滨新城建设取得新进展"},
		{"（四）深化改革扩大开放，激发发展活力一是深化国企改革，完成改制企业8家。", "（四）深化改革扩大开放，激发发展活力"},
		{"六、办好民生实事，提高群众幸福指数我们将持续加大民生投入，让发展成果惠及全体市民。", "六、办好民生实事，提高群众幸福指数"},
		// A half-year's or a term's paper opens its text with the time it
		// is about as a year's does: the half-year, the progress so far,
		// the term (本学期, 新学期).
		{"一、取得的成绩2031年上半年，白塔县教育局获评全市读书活动组织奖；三所学校获创新奖。", "一、取得的成绩"},
		{"（一）校舍建设项目推进情况截至目前，完成了白塔小学教学楼加固工程。", "（一）校舍建设项目推进情况"},
		{"二、工作目标新学期我们将围绕立德树人根本任务，提升办学品质。", "二、工作目标"},
		{"一、教学常规管理本学期学校将落实集体备课制度，每周开展一次听评课。", "一、教学常规管理"},
		// or a year a copy site's template masked
		{"一、xx区教育局xxxx年工作基本情况xxxx年，xx区教育局深化人事制度改革，各项工作取得成效。", "一、xx区教育局xxxx年工作基本情况"},
		{"二、教育质量稳步提升20XX年，全县高考本科上线率提高3个百分点。", "二、教育质量稳步提升"},
		// Calls to act that open a bureau's or a school's first clause:
		// 建立健全, 严格履行, 进一步加强.
		{"一、坚决打赢校园疫情防控阻击战建立健全疫情防控指挥体系和工作机制，制定应急预案。", "一、坚决打赢校园疫情防控阻击战"},
		{"（一）抓细常态促规范严格履行管党治党主体责任，扎实推进党小组建设。", "（一）抓细常态促规范"},
		{"（二）抓实特色育品牌进一步加强党建品牌理论研究，深化特色活动。", "（二）抓实特色育品牌"},
		{"（二）大力推进产业转型在做强工业的同时，更加注重发展服务业，全年新增规上服务业企业20家。", "（二）大力推进产业转型"},
		{"二、教育质量稳步提升上半年，全区初中学业水平测试合格率提高两个百分点。", "二、教育质量稳步提升"},
		// …but a year's half goes with the year before it.
		{"1. 园区建设情况在2031年上半年，园区新建标准厂房四栋。", ""},
		// No end is told: a lead sentence, words a heading's clause goes
		// on with, a heading standing alone, an opener after a preposition.
		{"（一）产业转型步伐加快。新增规上工业企业42家。", ""},
		{"（1）促进重点群体就业增收，县、乡级就业公共服务机构覆盖率达100%，村级就业公共服务覆盖率达80%。", ""},
		{"（6）强化农村公路安全，实施农村公路安全生命防护工程100公里。", ""},
		{"一、第一个五年计划时期内和第二个五年计划的第一年", ""},
		{"3、某镇消防救援站在2030年4月全市开展的督查中排名第一。", ""},
		{"（一）重点工作推进有力全年实施重点项目86个。", ""},
		{"（五）坚定不移以更大力度推进改革开放，持续优化营商环境，全年新增市场主体1.2万户。", ""},
		{"（二）在建设湖滨新城上聚焦发力，提升中心城区首位度。全年完成投资40亿元。", ""},
		{"一、慎终如始，守好社区防疫关口认清防控新形势，做好坚持不懈打持久战的准备。", ""},
		{"（三）乡村振兴深入实施，农业农村基础不断夯实。粮食产量稳定在30万吨。", ""},
		{"（三）加强本学期教学常规管理，开展听评课活动。", ""},
		{"（二）教师队伍进一步加强，师德师风持续向好。", ""},
	} {
		hm := headingMarker(c.in)
		got := ""
		if k := runInHeadingEnd(c.in, hm); k >= 0 {
			got = c.in[:k]
		}
		if got != c.head {
			t.Errorf("runInHeadingEnd(%q) cuts %q, want %q", c.in, got, c.head)
		}
	}
}

func TestGluedTitleEnd(t *testing.T) {
	for _, c := range []struct{ in, title string }{
		{"2031年某镇政府信息公开工作年度报告本报告根据条例编制。", "2031年某镇政府信息公开工作年度报告"},
		{"某区水务局2031年上半年工作总结和下半年工作计划一、上半年工作", "某区水务局2031年上半年工作总结和下半年工作计划"},
		{"某区人大代表分组审议政府工作报告和“两院”工作报告1月18日，代表们…", "某区人大代表分组审议政府工作报告和“两院”工作报告"},
		{"某部关于落实《关于推进乡村振兴的意见》的实施意见各省、自治区：", "某部关于落实《关于推进乡村振兴的意见》的实施意见"},
		{"某县第十届人民代表大会第三次会议隆重开幕2月27日上午，会议开幕。", "某县第十届人民代表大会第三次会议隆重开幕"},
		{"今年以来，我局认真落实工作安排，取得了成效。", ""},
		{"某乡人民政府2031年上半年工作汇报在县委、县政府的正确领导下，", "某乡人民政府2031年上半年工作汇报"},
		{"关于某镇防汛工作的情况汇报根据会议安排，现汇报如下。", "关于某镇防汛工作的情况汇报"},
	} {
		got := ""
		if k := gluedTitleEnd(c.in); k > 0 {
			got = c.in[:k]
		}
		if got != c.title {
			t.Errorf("gluedTitleEnd(%q) cuts %q, want %q", c.in, got, c.title)
		}
	}
}

func TestSplitHeadline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"明湖县政府工作报告明湖县政府工作报告", []string{"明湖县政府工作报告", "明湖县政府工作报告"}},
		{"2031年明湖市政府工作报告政府工作报告", []string{"2031年明湖市政府工作报告", "政府工作报告"}},
		{"2031年明湖市人民政府工作报告（全文）2031年政府工作报告", []string{"2031年明湖市人民政府工作报告（全文）", "2031年政府工作报告"}},
		{"政府工作报告", []string{"政府工作报告"}},
		{"关于明湖市政府工作报告的决议", []string{"关于明湖市政府工作报告的决议"}},
	} {
		if got := splitHeadline(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitHeadline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSentencePerLine(t *testing.T) {
	sentences := strings.Split(strings.Repeat("全县新建学校3所。\n新增学位2000个。\n", 20), "\n")
	paragraphs := strings.Split(strings.Repeat("全县新建学校3所。新增学位2000个。\n", 40), "\n")
	if !sentencePerLine(sentences) {
		t.Errorf("sentencePerLine(one sentence a line) = false, want true")
	}
	if sentencePerLine(paragraphs) {
		t.Errorf("sentencePerLine(paragraphs of two sentences) = true, want false")
	}
	if sentencePerLine(sentences[:20]) {
		t.Errorf("sentencePerLine(20 lines) = true, want false: too few lines to tell")
	}
}

func TestSiblingCuts(t *testing.T) {
	lines := []string{
		"二、2031年重点工作",
		"（一）聚力稳增长，经济运行持续向好坚持项目为王，全年实施重点项目120个。",
		"（二）聚力强产业，发展动能更加强劲围绕主导产业延链补链，新增规上企业40家。",
		"（三）聚力抓统筹，城乡融合协同共进湖滨新城框架全面拉开。老城更新完成投资8亿元。",
		"（四）聚力促改革，开放优势更加凸显营商环境持续优化，新增市场主体1.2万户。",
		"三、加强政府自身建设",
		"（一）依法行政水平提升政府规章清理全面完成。",
		"（二）政务服务效能提高一网通办事项达到98%。",
	}
	got := cutRunInHeadings(lines, false)
	want := []string{
		"二、2031年重点工作",
		"（一）聚力稳增长，经济运行持续向好", "坚持项目为王，全年实施重点项目120个。",
		"（二）聚力强产业，发展动能更加强劲", "围绕主导产业延链补链，新增规上企业40家。",
		"（三）聚力抓统筹，城乡融合协同共进", "湖滨新城框架全面拉开。老城更新完成投资8亿元。",
		"（四）聚力促改革，开放优势更加凸显", "营商环境持续优化，新增市场主体1.2万户。",
		"三、加强政府自身建设",
		// headings of one clause are alike in words, not in length
		"（一）依法行政水平提升政府规章清理全面完成。",
		"（二）政务服务效能提高一网通办事项达到98%。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("cutRunInHeadings(siblings of one shape) =\n%q\nwant\n%q", got, want)
	}
}

func TestSplitGluedWrappedDateLine(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"2031年政府工作报告——2031年1月5日在明湖市第十二届人民代", "表大会第二次会议上", "市长某某"},
			[]string{"2031年政府工作报告", "——2031年1月5日在明湖市第十二届人民代表大会第二次会议上", "市长某某"}},
		{[]string{"——2031年1月5日在明湖市第十二届人民代表大会", "第二次会议上"},
			[]string{"——2031年1月5日在明湖市第十二届人民代表大会第二次会议上"}},
		// the date after 在, and a library's chunk number where its preview cut the line
		{[]string{"——在2031年1月5日明湖市第十二届人民代表大会第二次", "2、会议上", "市长某某"},
			[]string{"——在2031年1月5日明湖市第十二届人民代表大会第二次会议上", "市长某某"}},
		// a page's headline parted from the title by a gap, both glued to the date line
		{[]string{"2031年明湖市人民政府工作报告（全文）  政府工作报告  ——2031年1月5日在明湖市第十二届人民代表大会第二次会议上"},
			[]string{"2031年明湖市人民政府工作报告（全文）", "政府工作报告", "——2031年1月5日在明湖市第十二届人民代表大会第二次会议上"}},
		{[]string{"政 府 工 作 报 告  ——2031年1月5日在明湖市第十二届人民代表大会第二次会议上"},
			[]string{"政府工作报告", "——2031年1月5日在明湖市第十二届人民代表大会第二次会议上"}},
	} {
		if got := splitGlued(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitGlued(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReadTitleBlockTraditional(t *testing.T) {
	for _, c := range []struct {
		in    []string
		title string
	}{
		{[]string{"政府工作报告", "——2031年1月5日在明湖市第十二屆人民代表大會第二次會議上", "明湖市市長 某某", "各位代表："}, "政府工作报告"},
		// the title keeps the characters it was written in
		{[]string{"政府工作報告", "——2031年1月5日在明湖市第十二屆人民代表大會第二次會議上", "明湖市市長 某某", "各位代表："}, "政府工作報告"},
		{[]string{"2031年政府工作報告——2031年1月5日在明湖市第十二屆人民代表大會第二次會議上", "各位代表："}, "2031年政府工作報告"},
	} {
		b := readTitleBlock(c.in)
		if b.Title != c.title || b.DateYear != 2031 || b.DatePlace != "明湖市" {
			t.Errorf("readTitleBlock(%q) = title %q, date line's year %d and place %q; want %q, 2031, 明湖市", c.in, b.Title, b.DateYear, b.DatePlace, c.title)
		}
	}
}

func TestReadTitleBlockDateAfterAt(t *testing.T) {
	// The date after 在: ——在2031年1月5日明湖市第十二届人民代表大会第二次会议上.
	for _, c := range []struct {
		in    []string
		title string
	}{
		{[]string{"政府工作报告", "——在2031年1月5日明湖市第十二届人民代表大会第二次会议上", "明湖市市长 某某", "各位代表："}, "政府工作报告"},
		{[]string{"政府工作报告", "（在2031年1月5日明湖市第十二届人民代表大会第二次会议上）", "各位代表："}, "政府工作报告"},
		{[]string{"2031年政府工作报告——在2031年1月5日明湖市第十二届人民代表大会第二次会议上", "各位代表："}, "2031年政府工作报告"},
		// broken in two, as a page wraps it
		{[]string{"政府工作报告", "——在2031年1月5日明湖市第十二届人民代表大会", "第二次会议上", "各位代表："}, "政府工作报告"},
	} {
		b := readTitleBlock(c.in)
		if b.Title != c.title || b.DateYear != 2031 || b.DateMonth != 1 || b.DatePlace != "明湖市" {
			t.Errorf("readTitleBlock(%q) = title %q, date line's year %d, month %d and place %q; want %q, 2031, 1, 明湖市", c.in, b.Title, b.DateYear, b.DateMonth, b.DatePlace, c.title)
		}
	}
}

// TestReadTitleBlockDateLineFirst checks a block printed with the date line
// above the title: the title line under it is the title when the block
// goes on under that line; a speaker line under the date line (its spaces
// of any width) or a date line's wrapped tail is no title.
func TestReadTitleBlockDateLineFirst(t *testing.T) {
	for _, c := range []struct {
		in    []string
		title string
	}{
		{[]string{"——在岚溪县第九届人民代表大会第三次会议上的政府工作报告", "守住绿水青山 建设生态岚溪", "岚溪县人民政府县长 程立秋", "（2031年1月16日）", "各位代表："}, "守住绿水青山 建设生态岚溪"},
		{[]string{"——2031年1月16日在岚溪县第九届人民代表大会第三次会议上", "守住绿水青山建设生态岚溪", "（2031年1月16日）", "各位代表："}, "守住绿水青山建设生态岚溪"},
		{[]string{"——2031年1月16日在岚溪县第九届人民代表大会第三次会议上", "岚溪县人民政府县长\u2002\u2002程立秋", "各位代表："}, ""},
		{[]string{"——2031年1月16日在岚溪县第九届", "人民代表大会第三次会议上", "岚溪县人民政府县长\u2002\u2002程立秋", "各位代表："}, ""},
		// the title line must be followed by the rest of the block
		{[]string{"——2031年1月16日在岚溪县第九届人民代表大会第三次会议上", "守住绿水青山建设生态岚溪", "茶园面积扩大到六万亩"}, ""},
		{[]string{"在岚溪县第九届人民代表大会第三次会议上", "的政府工作报告", "各位代表："}, ""},
		// a speaker line whose name the copy lost, the post alone
		{[]string{"——2031年1月16日在岚溪县第九届人民代表大会第三次会议上", "岚溪县人民政府县长", "各位代表："}, ""},
		{[]string{"——2031年1月16日在岚溪县第九届人民代表大会第三次会议上", "岚溪县代县长", "各位代表："}, ""},
	} {
		if b := readTitleBlock(c.in); b.Title != c.title {
			t.Errorf("readTitleBlock(%q) = title %q, want %q", c.in, b.Title, c.title)
		}
	}
}

func TestNamedSpeakerLine(t *testing.T) {
	for _, c := range []struct {
		l    string
		want bool
	}{
		{"委员长 何某某", true},
		{"岚溪县县长\u2002\u2002程立秋", true},
		{"守住绿水青山 建设生态岚溪", false},
		{"团结奋进 再创辉煌 共建美好家园", false},
		{"政府工作报告", false},
	} {
		if got := namedSpeakerLine(c.l); got != c.want {
			t.Errorf("namedSpeakerLine(%q) = %v, want %v", c.l, got, c.want)
		}
	}
}

// TestReadTitleBlockBrokenByHand checks titles a hand broke over lines in
// a word processor: after the year (its digits make the year's line no
// title line by itself), and before the 的 of a title that names the
// session (the session's line is then no date line that lost its start).
// A date line wrapped before its 的 stays a date line.
func TestReadTitleBlockBrokenByHand(t *testing.T) {
	const date = "——2033年1月16日在岚溪县第九届人民代表大会第三次会议上"
	for _, c := range []struct {
		in    []string
		title string
	}{
		{[]string{"2033年", "岚溪县人民政府工作报告", date, "各位代表："}, "2033年岚溪县人民政府工作报告"},
		{[]string{"2033年县", "政府全年工作的目标和重点任务", date, "各位代表："}, "2033年县政府全年工作的目标和重点任务"},
		// a page's dated headline over the title is no piece of it
		{[]string{"2033年政府工作报告", "关于第九个五年规划的报告", date, "各位代表："}, "关于第九个五年规划的报告"},
		{[]string{"程立秋在岚溪县", "九届人大三次会议上", "的政府工作报告", date, "各位代表："}, "程立秋在岚溪县九届人大三次会议上的政府工作报告"},
		{[]string{"——2033年1月16日在岚溪县第九届", "人民代表大会第三次会议上", "的政府工作报告", "各位代表："}, ""},
	} {
		if b := readTitleBlock(c.in); b.Title != c.title {
			t.Errorf("readTitleBlock(%q) = title %q, want %q", c.in, b.Title, c.title)
		}
	}
}

func TestLeadEnd(t *testing.T) {
	for _, c := range []struct{ in, head string }{
		{"（一）突出创新驱动，壮大湖滨科技园区加快培育数字产业。全年引进项目30个，新增高新技术企业50家。", "（一）突出创新驱动，壮大湖滨科技园区"},
		{"（二）着力推进望川新城建设持续完善城市功能配套。新建道路12公里，改造管网30公里。", "（二）着力推进望川新城建设"},
		// the last place of several, and none right after another opener
		{"（三）着力深入推进融入湖区一体化发展深化重点领域协作。签约项目18个。", "（三）着力深入推进融入湖区一体化发展"},
		// no lead: a heading of one sentence, a clause of means, an
		// adverbial the verb belongs to, a lead with a comma, no text after
		{"（一）坚定不移推进湖区产业升级。全年新增企业40家。", ""},
		{"（二）以数字经济为引领构建现代产业体系。全年新增企业40家。", ""},
		{"（三）聚焦民生实事，用心办好群众身边小事高水平打造健康城市。新建医院2所。", ""},
		{"（四）稳住湖滨经济大盘推动工业提质，扩大有效投资。完成投资80亿元。", ""},
		{"（五）守住安全发展底线切实加强安全生产管理。", ""},
	} {
		hm := headingMarker(c.in)
		got := ""
		if k := leadEnd(c.in, hm); k >= 0 {
			got = c.in[:k]
		}
		if got != c.head {
			t.Errorf("leadEnd(%q) cuts %q, want %q", c.in, got, c.head)
		}
	}
}

func TestLeadCuts(t *testing.T) {
	lines := []string{
		"三、2031年重点工作",
		"（一）突出创新驱动，壮大湖滨科技园区加快培育数字产业。全年引进项目30个，新增高新技术企业50家。",
		"（二）突出项目拉动，稳住有效投资规模持续扩大社会投资。完成投资120亿元，开工项目80个。",
		"（三）突出城乡统筹，建设望川生态新城积极推进老旧小区改造。改造小区40个，惠及居民1.2万户。",
		"（四）突出民生保障，提高公共服务水平扎实办好十件民生实事。新增学位3000个，建成养老中心5个。",
		"四、2032年工作安排",
		// two commas each: the sibling whose verb opens a false lead
		// (扩围|实施) and the one whose lead no word tells (突出) are cut
		// to their siblings' shape
		"（一）立足工业强县，优化园区服务，奋力开创产业振兴新局面全力打造食品产业园区。新增企业20家。",
		"（二）立足项目为王，夯实投资支撑，奋力开创投资增长新局面提升招商引资实效。签约项目40个。",
		"（三）立足人才强县，增强科技赋能，奋力开创动力转换新局面突出企业研发主体作用。新增研发机构8家。",
		"（四）立足扩大内需，激发市场活力，奋力开创消费回暖新局面扩围实施以旧换新政策。发放消费券2000万元。",
		"（五）立足城乡融合，提升承载能力，奋力开创城市治理新局面持续推进城市更新行动。改造街区6个。",
		"五、加强政府自身建设",
		// headings of one sentence each, verbs in them: no lead
		"（一）坚定不移推进依法行政工作。全年清理规章10件。",
		"（二）坚定不移提升政务服务效能。一网通办事项达到98%。",
		"（三）坚定不移加强廉洁政府建设。审计项目30个。",
	}
	got := cutRunInHeadings(lines, false)
	want := []string{
		"三、2031年重点工作",
		"（一）突出创新驱动，壮大湖滨科技园区", "加快培育数字产业。全年引进项目30个，新增高新技术企业50家。",
		"（二）突出项目拉动，稳住有效投资规模", "持续扩大社会投资。完成投资120亿元，开工项目80个。",
		"（三）突出城乡统筹，建设望川生态新城", "积极推进老旧小区改造。改造小区40个，惠及居民1.2万户。",
		"（四）突出民生保障，提高公共服务水平", "扎实办好十件民生实事。新增学位3000个，建成养老中心5个。",
		"四、2032年工作安排",
		"（一）立足工业强县，优化园区服务，奋力开创产业振兴新局面", "全力打造食品产业园区。新增企业20家。",
		"（二）立足项目为王，夯实投资支撑，奋力开创投资增长新局面", "提升招商引资实效。签约项目40个。",
		"（三）立足人才强县，增强科技赋能，奋力开创动力转换新局面", "突出企业研发主体作用。新增研发机构8家。",
		"（四）立足扩大内需，激发市场活力，奋力开创消费回暖新局面", "扩围实施以旧换新政策。发放消费券2000万元。",
		"（五）立足城乡融合，提升承载能力，奋力开创城市治理新局面", "持续推进城市更新行动。改造街区6个。",
		"五、加强政府自身建设",
		"（一）坚定不移推进依法行政工作。全年清理规章10件。",
		"（二）坚定不移提升政务服务效能。一网通办事项达到98%。",
		"（三）坚定不移加强廉洁政府建设。审计项目30个。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("cutRunInHeadings(headings run into their leads) =\n%q\nwant\n%q", got, want)
	}
}

// TestReadTitleBlockCongressSubtitle checks that a line opening with a
// subtitle's dash and naming the congress's term is never the title, also
// when the date line's pattern does not read it: a session without its 在
// and 上 over the day alone, or the first half of a dateless date line
// broken after the term.
func TestReadTitleBlockCongressSubtitle(t *testing.T) {
	for _, c := range []struct {
		in    []string
		title string
	}{
		{[]string{"——岚溪县第九届人民代表大会第三次会议", "（2031年1月16日）", "岚溪县县长 程立秋", "各位代表："}, ""},
		{[]string{"政府工作报告", "──在岚溪县第九届", "人民代表大会第三次会议上", "岚溪县县长 程立秋", "各位代表："}, "政府工作报告"},
		{[]string{"守住绿水青山", "——岚溪县第九届人民代表大会第三次会议", "岚溪县县长 程立秋", "各位代表："}, "守住绿水青山"},
	} {
		if b := readTitleBlock(c.in); b.Title != c.title {
			t.Errorf("readTitleBlock(%q) = title %q, want %q", c.in, b.Title, c.title)
		}
	}
}

// TestReadGluedTermPlan reads a school's term plan as a document library's
// preview gives it, every paragraph run into one line after the library's
// chunk number: each heading gets its own section, the text the term's
// time or a call to act opens staying in it, not in the heading.
func TestReadGluedTermPlan(t *testing.T) {
	in := "1、白塔县第二中学2031—2032学年度第一学期学校工作计划一、指导思想本学期学校将深入贯彻全县教育工作会议精神，" +
		"落实立德树人根本任务，以“五育并举、内涵发展”为主题，努力提升办学水平。二、工作目标新学期我们将紧紧围绕立德树人" +
		"根本任务，健全德智体美劳全面培养的教育体系，扩大学校品牌影响力。三、主要工作(一)抓细常态促规范严格履行管党治党" +
		"主体责任，坚持常态抓好“三会一课”、主题党日和理论学习中心组学习。从严落实意识形态工作责任制，加强校园网站、" +
		"微信公众号和班级群的管理，及时回应师生和家长关切，稳妥处理各类舆情。(二)抓实特色育品牌进一步加强党建品牌理论研究，" +
		"深化“青川红”系列活动，创建全县党建示范校。(三)校舍建设项目推进情况截至目前，完成了教学楼加固工程和运动场改造" +
		"的招标工作，食堂扩建已完成规划。\n"
	d, err := Read("白塔二中工作计划.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 一、指导思想", "1 二、工作目标", "1 三、主要工作", "2 (一)抓细常态促规范", "2 (二)抓实特色育品牌", "2 (三)校舍建设项目推进情况"}
	if got := headings(d); !slices.Equal(got, want) {
		t.Errorf("headings =\n%q\nwant\n%q", got, want)
	}
}

// TestReadRunInPartsOneAlone checks that a report whose part headings run
// into their text, but for one that stands alone, still opens a section at
// each part, its heading cut where a reader cuts it: where the text takes
// up the heading's year (2030年政府工作情况 / 2030年，…), where a clause's
// call to act opens (坚持), where the lead of the first paragraph opens
// (推进国有企业改革。): the one heading alone does not make its runs-in
// paragraphs, the shape of all the others.
func TestReadRunInPartsOneAlone(t *testing.T) {
	in := "青川市人民政府工作报告\n\n" +
		"一、2030年政府工作情况2030年，市人民政府在市委的领导下，团结带领全市人民，较好地完成了各项任务。\n\n" +
		"(一)经济保持平稳增长。全年完成生产总值320亿元，增长8%。\n\n" +
		"(二)项目建设成效显著。年初确定的50个重点项目完成投资36亿元。\n\n" +
		"二、2031年政府工作的总体要求和预期目标2031年是全面落实规划的关键一年，做好今年的工作意义重大。\n\n" +
		"三、大力实施项目带动战略，加快白塔新区建设\n\n" +
		"今年计划安排重点项目60个，完成投资40亿元以上，新区建设全面提速。\n\n" +
		"四、推进体制改革，扩大对外开放，增强发展动力推进国有企业改革。继续采取产权转让、兼并重组等形式，完成改制企业12户。\n\n" +
		"五、统筹兼顾，促进城乡协调发展坚持以人为本，统筹城乡发展，全年新建农村公路300公里。\n\n" +
		"六、推进民主法制建设，保持社会大局稳定加强社会治安综合治理。深入开展平安创建活动，刑事案件下降9%。\n\n" +
		"七、加强政府自身建设，提高行政效能深化政务公开。全年办结人大代表建议98件，满意率99%。\n"
	d, err := Read("青川市政府工作报告.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 一、2030年政府工作情况", "2 (一)经济保持平稳增长。", "2 (二)项目建设成效显著。",
		"1 二、2031年政府工作的总体要求和预期目标", "1 三、大力实施项目带动战略，加快白塔新区建设",
		"1 四、推进体制改革，扩大对外开放，增强发展动力", "1 五、统筹兼顾，促进城乡协调发展",
		"1 六、推进民主法制建设，保持社会大局稳定", "1 七、加强政府自身建设，提高行政效能"}
	if got := headings(d); !slices.Equal(got, want) {
		t.Errorf("headings =\n%q\nwant\n%q", got, want)
	}
}

// TestSiblingCutsTailWord checks that a sibling whose end no word tells
// is cut where its last clause ends with the word its cut siblings' end
// with (进程), though their last clauses differ in length.
func TestSiblingCutsTailWord(t *testing.T) {
	lines := []string{
		"三、大力实施项目带动战略，加快白塔新区建设",
		"（一）坚持项目带动，努力增强发展后劲全力以赴抓好重点项目建设。今年计划安排项目60个。",
		"（二）走新型工业化道路，加快工业化进程按照盘活存量、扩大增量的思路，壮大支柱产业。",
		"（三）开展城乡创建活动，加快城镇化进程继续深入开展“双创”活动，突出白塔新区建设。",
		"（四）围绕增加农民收入，加快农业现代化进程解决农业、农村和农民问题，是我们工作的重中之重。",
	}
	got := cutRunInHeadings(lines, false)
	want := []string{
		"三、大力实施项目带动战略，加快白塔新区建设",
		"（一）坚持项目带动，努力增强发展后劲", "全力以赴抓好重点项目建设。今年计划安排项目60个。",
		"（二）走新型工业化道路，加快工业化进程", "按照盘活存量、扩大增量的思路，壮大支柱产业。",
		"（三）开展城乡创建活动，加快城镇化进程", "继续深入开展“双创”活动，突出白塔新区建设。",
		"（四）围绕增加农民收入，加快农业现代化进程", "解决农业、农村和农民问题，是我们工作的重中之重。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("cutRunInHeadings(siblings ending with one word) =\n%q\nwant\n%q", got, want)
	}
}

// TestLeadCutsMarkedSiblings checks that siblings whose heading a full
// stop ends count with those run into their leads, where one sibling shows
// a run-in end of its own (坚持 after its last word): the leads are cut off
// though two siblings of six show none.
func TestLeadCutsMarkedSiblings(t *testing.T) {
	lines := []string{
		"二、2031年政府工作的目标和主要任务",
		"（一）加大项目建设力度，大力发展工业经济继续开展“项目攻坚年”活动。今年计划安排重点项目90个。",
		"（二）切实加强“三农”工作，推进县域经济发展坚持把“三农”工作作为重中之重，全年粮食产量稳定在60万吨。",
		"（三）深化经济体制改革。提高对外开放水平继续搞好国有企业改革，完成改制企业10户。",
		"（四）统筹社会事业发展，推进各项事业全面进步加强科技教育工作。新建中小学校舍5万平方米。",
		"（五）推进民主法制建设，构建和谐青川加强社会治安综合治理。刑事案件下降8%。",
		"（六）坚持以人为本。切实改善群众生活，新增城镇就业1.2万人。",
	}
	got := cutRunInHeadings(lines, false)
	want := []string{
		"二、2031年政府工作的目标和主要任务",
		"（一）加大项目建设力度，大力发展工业经济", "继续开展“项目攻坚年”活动。今年计划安排重点项目90个。",
		"（二）切实加强“三农”工作，推进县域经济发展", "坚持把“三农”工作作为重中之重，全年粮食产量稳定在60万吨。",
		"（三）深化经济体制改革。提高对外开放水平继续搞好国有企业改革，完成改制企业10户。",
		"（四）统筹社会事业发展，推进各项事业全面进步", "加强科技教育工作。新建中小学校舍5万平方米。",
		"（五）推进民主法制建设，构建和谐青川", "加强社会治安综合治理。刑事案件下降8%。",
		"（六）坚持以人为本。切实改善群众生活，新增城镇就业1.2万人。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("cutRunInHeadings(siblings run into leads among marked ones) =\n%q\nwant\n%q", got, want)
	}
}

// TestSubjectCuts checks that siblings naming fields (学前教育, 教师队伍),
// each run into a text that opens with its subject (我市, 全市, 市教育局,
// 全年), are cut there, and that a heading of verb and object (加强全县…)
// or a lone field's name is left whole.
func TestSubjectCuts(t *testing.T) {
	lines := []string{
		"青川市教育局2031年工作总结",
		"一、教育投入全市教育经费总投入18.6亿元，比上年增长7.2%。新建校舍12万平方米。",
		"二、学前教育我市新增公办幼儿园14所，普惠性幼儿园覆盖率达到88%。",
		"三、教师队伍市教育局全年招聘教师520名，组织全员培训1.2万人次。",
		"四、校园安全全年未发生重大安全责任事故，校园周边环境持续净化。",
		// a call to act takes the place as its object: no field's name
		"（一）加强全县义务教育学校标准化建设，新建改扩建校舍3万平方米。",
		"（二）推进全县中小学校长职级制改革，完成首批评聘工作。",
		// one field's name alone among siblings that are sentences
		"（一）农村公路全县新改建农村公路120公里，实现组组通硬化路。",
		"（二）新建城乡客运站3个，开通公交线路6条。",
		"（三）完成危桥改造15座，安全隐患全部整治。",
	}
	got := cutRunInHeadings(lines, false)
	want := []string{
		"青川市教育局2031年工作总结",
		"一、教育投入", "全市教育经费总投入18.6亿元，比上年增长7.2%。新建校舍12万平方米。",
		"二、学前教育", "我市新增公办幼儿园14所，普惠性幼儿园覆盖率达到88%。",
		"三、教师队伍", "市教育局全年招聘教师520名，组织全员培训1.2万人次。",
		"四、校园安全", "全年未发生重大安全责任事故，校园周边环境持续净化。",
		"（一）加强全县义务教育学校标准化建设，新建改扩建校舍3万平方米。",
		"（二）推进全县中小学校长职级制改革，完成首批评聘工作。",
		"（一）农村公路全县新改建农村公路120公里，实现组组通硬化路。",
		"（二）新建城乡客运站3个，开通公交线路6条。",
		"（三）完成危桥改造15座，安全隐患全部整治。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("cutRunInHeadings(fields run into their subjects) =\n%q\nwant\n%q", got, want)
	}
}

// TestReadFlatFieldHeadings checks a county's report flattened to one line
// whose review names its fields, each run into a text that opens with its
// subject (我们, 全县): every field is a heading of its own.
func TestReadFlatFieldHeadings(t *testing.T) {
	in := "白塔县2031年政府工作报告——2031年1月8日在白塔县第九届人民代表大会第三次会议上县长 林青各位代表：现在，我代表县人民政府向大会报告工作，请予审议。" +
		"一、2030年工作回顾过去一年，全县上下团结奋进，经济社会保持平稳健康发展。全县地区生产总值增长6.5%，一般公共预算收入增长8%。" +
		"（一）工业经济我们坚持工业强县不动摇，新增规模以上工业企业12家，规上工业增加值增长9.1%。园区基础设施持续完善，标准厂房建成8万平方米。" +
		"（二）农业农村全县粮食总产量稳定在30万吨以上，新建高标准农田5万亩。特色产业提质增效，茶叶综合产值突破10亿元。" +
		"（三）社会事业我们把教育摆在优先位置，新建改扩建学校9所。医共体建设扎实推进，群众看病更加方便。" +
		"二、2031年工作安排今年是实施规划的关键之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
	d, err := Read("白塔县2031年政府工作报告.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 一、2030年工作回顾", "2 （一）工业经济", "2 （二）农业农村", "2 （三）社会事业", "1 二、2031年工作安排"}
	if got := headings(d); !slices.Equal(got, want) {
		t.Errorf("headings =\n%q\nwant\n%q", got, want)
	}
}

// TestReadFlatAnnouncedSections checks a report flattened to one line
// whose sections follow a colon that announces them with 是 (主要工作是：)
// or with a quoted count (重点推进“五个一体化”：): the first section opens
// there, and so its siblings after it; an inline list (主要内容是：) stays
// in its paragraph.
func TestReadFlatAnnouncedSections(t *testing.T) {
	in := "青川市2031年政府工作报告——2031年1月6日在青川市第八届人民代表大会第四次会议上市长 周明各位代表：现在，我代表市人民政府向大会报告工作，请予审议。" +
		"一、2030年工作回顾过去一年，全市上下砥砺奋进，较好完成了全年目标任务。回顾过去一年，成绩来之不易。主要工作是：" +
		"（一）稳住经济基本盘。地区生产总值增长6.2%，规上工业增加值增长8%。新开工重点项目60个，完成投资150亿元。" +
		"（二）加快产业转型。数字经济核心产业增加值增长15%，新增高新技术企业40家。传统产业技术改造全面推进。" +
		"（三）办好民生实事。新增城镇就业2.1万人，新建改扩建学校12所。城乡居民医保参保率稳定在95%以上。" +
		"二、2031年工作安排今年是规划实施的关键之年。我们将重点推进“三个一体化”：" +
		"（一）推进交通一体化。建成环湖快速路，开通城际公交线路6条。加快湖滨港区二期建设。" +
		"（二）推进产业一体化。共建湖滨产业协作园，引进配套企业20家。推动园区数据互通。" +
		"（三）推进服务一体化。实现医保异地结算全覆盖，社保卡一卡通用。推动政务服务跨市通办。" +
		"今年要把群众的事办好。政策的主要内容是：（1）提高补贴标准；（2）扩大补贴范围。各位代表，让我们团结一心，奋力开创青川发展新局面！"
	d, err := Read("青川市2031年政府工作报告.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range headings(d) {
		if strings.Contains(h, "（1）") || strings.Contains(h, "（一）") || strings.Contains(h, "一、") || strings.Contains(h, "二、") || strings.Contains(h, "（二）") || strings.Contains(h, "（三）") {
			got = append(got, h)
		}
	}
	want := []string{"1 一、2030年工作回顾", "2 （一）稳住经济基本盘。", "2 （二）加快产业转型。", "2 （三）办好民生实事。",
		"1 二、2031年工作安排", "2 （一）推进交通一体化。", "2 （二）推进产业一体化。", "2 （三）推进服务一体化。"}
	if !slices.Equal(got, want) {
		t.Errorf("headings =\n%q\nwant\n%q\n(all: %q)", got, want, headings(d))
	}
}

// A summary's field names run into a text that opens with the deed done,
// its subject unsaid (新建, 完成, 开展), or with a place the text reports
// for (县城): the field's name is the heading. A sibling whose text opens
// with no such word is cut where its siblings' names end when all of them
// are as long (高中教育 beside 学前教育, 义务教育, 职业教育).
func TestReadFlatFieldHeadingsDeeds(t *testing.T) {
	in := "青川市教育局2031年工作总结2031年，市教育局坚持以立德树人为根本任务，推动教育事业高质量发展，各项工作取得明显成效。现将有关情况总结如下：" +
		"一、主要工作成效（一）学前教育新建公办幼儿园14所，新增学位4200个，普惠性幼儿园覆盖率达到92%。" +
		"（二）义务教育完成薄弱学校改造31所，城区大班额全面消除。实施课后服务全覆盖，参与学生占比达到96%。" +
		"（三）高中教育普通高中录取率提高到68%，新建高中1所。" +
		"（四）职业教育我们坚持产教融合，与企业共建实训基地9个，毕业生就业率达到97%。" +
		"（五）教师队伍全年招聘教师620名，培训教师1.2万人次。" +
		"（六）校园安全开展安全隐患排查3轮，整改隐患126处。" +
		"二、存在的问题优质资源总量不足，城乡差距依然存在。三、2032年工作打算围绕办好人民满意的教育，重点抓好以下工作。"
	d, err := Read("青川市教育局2031年工作总结.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 一、主要工作成效", "2 （一）学前教育", "2 （二）义务教育", "2 （三）高中教育", "2 （四）职业教育",
		"2 （五）教师队伍", "2 （六）校园安全", "1 二、存在的问题", "1 三、2032年工作打算"}
	if got := headings(d); !slices.Equal(got, want) {
		t.Errorf("headings =\n%q\nwant\n%q", got, want)
	}
	in = "白塔县2031年工作总结2031年，全县经济社会保持平稳健康发展，各项工作取得新成效。现将全年工作总结如下：" +
		"一、工业经济全年新增规模以上工业企业12家，规上工业增加值增长9.1%。园区建设提速，完成基础设施投资4.2亿元。" +
		"二、城乡建设县城新建道路7条，完成老旧小区改造23个。乡村公路新改建86公里。" +
		"三、生态环保完成植树造林3.1万亩，空气优良天数比例达到91%。城乡污水处理设施持续完善，新建污水管网46公里。" +
		"四、社会事业新建改扩建学校9所，新增学位4800个。县医院新院区投入使用，群众看病更加方便。" +
		"五、安全生产开展隐患排查整治行动4轮，整改隐患1260处，全年未发生较大以上安全事故。" +
		"六、存在的问题经济总量偏小，产业结构不优，民生保障仍有短板。"
	if d, err = Read("白塔县2031年工作总结.txt", []byte(in)); err != nil {
		t.Fatal(err)
	}
	want = []string{"1 一、工业经济", "1 二、城乡建设", "1 三、生态环保", "1 四、社会事业", "1 五、安全生产", "1 六、存在的问题"}
	if got := headings(d); !slices.Equal(got, want) {
		t.Errorf("headings =\n%q\nwant\n%q", got, want)
	}
}

// A newspaper printing a report in parts (摘登) opens each part's text with
// its lede (本报讯, 某某日报讯, the day of the news) under the part's
// heading; run together on one line, the heading ends where the lede
// opens.
func TestReadFlatPartsBeforeLede(t *testing.T) {
	var b strings.Builder
	b.WriteString("标题：青川市政府工作报告（摘登）发布时间：2032-02-03正文：")
	b.WriteString("2031年工作回顾本报讯1月30日，市长林青在市九届人大三次会议上作政府工作报告时说，刚刚过去的一年，全市经济运行稳中向好。")
	for _, w := range []string{"工业经济", "现代农业", "城市建设", "社会事业", "生态环境"} {
		fmt.Fprintf(&b, "%s发展取得新进展，相关指标好于年初预期。全市%s领域重点项目全部按期推进。", w, w)
	}
	b.WriteString("2032年主要工作青川日报讯林青说，今年是实施规划的关键之年，要突出抓好以下工作。")
	for _, w := range []string{"扩大有效投资", "壮大实体经济", "推进乡村振兴", "增进民生福祉", "深化改革开放"} {
		fmt.Fprintf(&b, "着力%s，确保取得新成效。围绕%s出台配套措施，推动各项任务落地见效。", w, w)
	}
	d, err := Read("report.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, h := range headings(d) {
		if strings.HasPrefix(h, "1 ") {
			parts = append(parts, h)
		}
	}
	if want := []string{"1 2031年工作回顾", "1 2032年主要工作"}; !slices.Equal(parts, want) {
		t.Errorf("top headings = %q, want %q (all: %q)", parts, want, headings(d))
	}
}
