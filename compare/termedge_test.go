package compare

import (
	"strings"
	"testing"
)

// TestTermsNotCutWords: a bureau's summary of one year against the next
// (fictional): the new terms hold no word cut at its edge (时代… of
// 新时代, 改扩建 of 新改扩建, 站位 of 高站位, …谋新创 of 谋新创优, 新型公办 of
// 新型公办园, 廉政风险 of 廉政风险点), no letters of an index number (XE),
// no place's name (a county in a list, a province with its unit), no
// adjective alone (扎实), no name of a part of the report (进展情况); the
// year's own terms stay.
func TestTermsNotCutWords(t *testing.T) {
	a := build("a",
		"0||明湖市教育局2031年工作总结\n索引号：11330200MB1A2C3D4K/2032-0007",
		"1|一、强化党建引领|深化“清廉学校”建设，推进中小学校党组织领导的校长负责制。",
		"2|二、扩大优质资源|建成公办幼儿园8所，新增学位3000个。",
	)
	b := build("b",
		"0||明湖市教育局2032年工作总结\n索引号：11330200MB1A2C3D5XE/2033-0011",
		"1|一、高站位推进党的全面领导|用习近平新时代中国特色社会主义思想武装头脑，全市教师扎实开展“红烛先锋”行动。"+
			"全面排查廉政风险点，开展廉政风险点梳理。",
		"2|（二）党建统领谋新创优。|深化“清廉学校”建设，推进中小学校党组织领导的校长负责制，江西省表彰明湖红烛联盟。",
		"4|三、2032年工作进展情况|明湖红烛联盟吸纳教师300名。",
		"3|二、扩大优质资源|实施中小学新改扩建项目18个，设立新型公办园12所，遂川、湖口、黎川通过县域学前教育普及普惠省级评估。",
	)
	r := Compare(a, b, Options{})
	_, list := newTermSet(r)
	for _, term := range r.NewTerms {
		for _, bad := range []string{"时代中国特色社会主义思想", "改扩建", "站位", "谋新创", "新型公办", "XE", "遂川", "湖口", "黎川", "江西省", "扎实", "进展情况", "工作进展情况"} {
			if strings.HasPrefix(term.Text, bad) || term.Text == bad {
				t.Errorf("Compare: new term %q (of %q) in %v", term.Text, bad, list)
			}
		}
		if strings.HasSuffix(term.Text, "廉政风险") || strings.HasSuffix(term.Text, "谋新创") {
			t.Errorf("Compare: new term %q cut before a character of its word in %v", term.Text, list)
		}
	}
	wantNewTerms(t, r, nil, []string{"红烛先锋"})
}

// TestBoundEdges: which lone characters glued to a term belong to it
// (fictional sentences cut around a term).
func TestBoundEdges(t *testing.T) {
	for _, c := range []struct {
		before, term, after string
		want                bool
	}{
		{"用习近平新", "时代中国特色社会主义思想", "武装头脑", true}, // 新 | 时代
		{"一、高", "站位", "推进", true},               // 高 | 站位 at a heading's start
		{"（二）", "党建统领谋新创", "优。", true},          // …谋新创 | 优
		{"设立", "新型公办", "园12所", true},            // 新型公办 | 园 before a number
		{"全面排查", "廉政风险", "点梳理", true},           // 廉政风险 | 点
		{"索引号：113302005", "XE", "/2033", true},  // letters of a code
		{"推动", "人工智能", "发展", false},             // 动 is 推动's
		{"着力兜好", "民生底线", "，", false},            // 好 ends the verb 兜好
		{"加强", "重点流域", "水污染防治", false},          // 水 is 水污染's
		{"设立", "公办幼儿园", "园长工作室", false},         // 园长 is a word
		{"在", "数字校园", "中", false},               // a postposition
		{"达到", "PM", "2.5", true},               // letters before digits: a code
		{"推进", "5G", "网络", false},
	} {
		got := boundBefore(nil, c.term, c.before) || boundAfter(nil, c.term, c.after)
		if got != c.want {
			t.Errorf("bound(%s | %s | %s) = %v, want %v", c.before, c.term, c.after, got, c.want)
		}
	}
}

// TestTermsCommonWordOnce: a bureau's summary of one year against the
// next (fictional): a word general Chinese uses often (精准, 高质量, 专项,
// 暑期, 床位), written once or twice where last year's report did not
// happen to use it, is no new wording, nor is an idiom written once
// (扶危济困); a coinage (银龄驿站), a word general Chinese rarely uses
// (乡贤), a formula of a number (三农) and what the report quotes
// (“食堂”) stay, even written once.
func TestTermsCommonWordOnce(t *testing.T) {
	a := build("a",
		"0||青岚县民政局2031年工作总结",
		"1|一、兜牢民生底线|全年发放低保金1200万元，新建居家养老服务站6个。",
		"2|二、加强基层治理|完成村（社区）换届，培训社区工作者800人次。",
	)
	b := build("b",
		"0||青岚县民政局2032年工作总结",
		"1|一、兜牢民生底线|全年发放低保金1300万元，精准识别困难群众，开展专项救助行动，建成银龄驿站12个，银龄驿站服务老人3万人次。",
		"2|二、加强基层治理|推动社区治理高质量发展，组织暑期志愿服务，评选乡贤50名，围绕三农，开办老年“食堂”4家。",
		"3|三、发展慈善事业|弘扬扶危济困传统，新增养老床位300张，护理型床位占比达60%。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"精准", "高质量", "专项", "暑期", "老年", "床位", "扶危济困"}, []string{"银龄驿站", "乡贤", "三农", "食堂"})
}

// TestTermsNotPlaceLed: a phrase that begins or ends with a place's name
// and its unit names a body of that place (东湖市教育局, 江西省慈善总会)
// or is a piece of a clause about it (均居东湖市, 启动东湖镇): who or
// where, not new wording (fictional summaries). A rule named after its
// place (江西省银发服务条例) and a term whose place is a kind of place
// (城市社区治理) stay.
func TestTermsNotPlaceLed(t *testing.T) {
	a := build("a",
		"0||2031年工作总结",
		"1|一、兜牢民生底线|全年发放低保金1200万元，新建居家养老服务站6个。",
	)
	b := build("b",
		"0||2032年工作总结",
		"1|一、兜牢民生底线|东湖市教育局推出时间银行，时间银行注册志愿者5000人，江西省慈善总会设立爱心基金，江西省慈善总会捐赠物资，慈善捐赠金额均居东湖市前列，启动东湖镇敬老院改造。",
		"3|三、推进依法行政|贯彻江西省银发服务条例，开展江西省银发服务条例宣传月活动。",
		"2|二、完善城市社区治理|城市社区网格化管理全覆盖，城市社区网格化管理入选省级案例。",
	)
	r := Compare(a, b, Options{})
	_, list := newTermSet(r)
	for _, term := range list {
		if strings.HasPrefix(term, "东湖市") || strings.HasPrefix(term, "江西省") && !strings.HasSuffix(term, "条例") || strings.HasSuffix(term, "东湖市") || strings.Contains(term, "东湖镇") {
			t.Errorf("Compare: new term %q begins or ends with a place in %v", term, list)
		}
	}
	wantNewTerms(t, r, nil, []string{"时间银行", "城市社区治理", "江西省银发服务条例"})
}

// newTermSet returns r's new terms as a set and as a list, in order (for
// messages).
func newTermSet(r *Report) (map[string]bool, []string) {
	got := map[string]bool{}
	var list []string
	for _, term := range r.NewTerms {
		got[term.Text] = true
		list = append(list, term.Text)
	}
	return got, list
}

// wantNewTerms checks that r's new terms hold none of absent and every
// one of present.
func wantNewTerms(t *testing.T, r *Report, absent, present []string) {
	t.Helper()
	got, list := newTermSet(r)
	for _, bad := range absent {
		if got[bad] {
			t.Errorf("Compare: new terms %v hold %s", list, bad)
		}
	}
	for _, want := range present {
		if !got[want] {
			t.Errorf("Compare: new terms %v lack %s", list, want)
		}
	}
}

// TestTermsNotCountsNamesOrSplitWords: a bureau's summary of one year
// against the next (fictional), as the web UI compares two indexed
// reports, with a collection that has seen every long phrase: the new
// terms hold no rest of a count (余场 of 260余场), no school's name or
// the proper part of one (青枫 of 松岗区青枫学校, 桃源 of 石门区桃源中学,
// 柳溪市杏林小学), and no word gse took across a word of the text (类项 of
// 力量类项目, 边检 of 边检视); the year's own terms stay.
func TestTermsNotCountsNamesOrSplitWords(t *testing.T) {
	a := build("a",
		"0||青岚市教育局2031年工作总结",
		"1|一、家校共育|全年开展家长学校培训，覆盖家长2万人。",
		"2|二、学校建设|新增学位0.8万个，按期完成年度任务。",
	)
	b := build("b",
		"0||青岚市教育局2032年工作总结",
		"1|一、家校共育|全年开展家庭教育讲座和亲子辅导260余场，推广“书香家庭”共读计划，覆盖家长3万人。"+
			"坚持边学习、边对照、边检视、边整改，做到问题不过夜。",
		"2|二、学校建设|新增学位1.2万个，松岗区青枫学校、石门区桃源中学、柳溪市杏林小学按期投入使用，"+
			"初中学生耐力和力量类项目达标率偏低。",
	)
	r := Compare(a, b, Options{Collection: everyPhrase{}})
	wantNewTerms(t, r, []string{"余场", "青枫", "桃源", "杏林", "石门区桃源中学", "柳溪市杏林小学", "类项", "边检"}, []string{"书香家庭"})
}

// everyPhrase is a collection of 100 reports in which every phrase of
// three characters or more is in 40 of them, and shorter ones in 2: what
// a realistic index says of a report's long phrases and its short pieces.
type everyPhrase struct{}

func (everyPhrase) SectionFreq(term string) (df, n int) { return 2, 1000 }
func (everyPhrase) DocFreq(term string, before int) (df, n int) {
	if len([]rune(term)) > 2 {
		return 40, 100
	}
	return 2, 100
}

// TestSplitWord: a word gse took across a word of the text is no term
// (fictional sentences): 类项 of 力量类项目 (项目), 边检 of 边检视 (检视),
// 书目's 必读书 (必读书目); but 民生实事 of 民生实事项目, where 项 begins a word
// of its own (项目), and 书香家庭, whose neighbours make no word with it.
func TestSplitWord(t *testing.T) {
	d := newTermDoc(prepare(build("a",
		"1|一、体育|初中学生耐力和力量类项目达标率偏低。坚持边学习、边对照、边检视、边整改。",
		"2|二、阅读|征订必读书目80套，推广“书香家庭”共读计划。推进5项民生实事项目。",
	)))
	for term, want := range map[string]bool{"类项": true, "边检": true, "必读书": true, "民生实事": false, "书香家庭": false} {
		if got := splitWord(d, term, words(term)); got != want {
			t.Errorf("splitWord(%s) = %v, want %v", term, got, want)
		}
	}
}

// TestTermsNotJudgementsOrResultCuts: a bureau's summary of one year
// against the next (fictional): the new terms hold no judgement of how
// the work went with one everyday word (实质性进展, 重要步伐, 良好开局,
// 有力保障), and no phrase cut at a verb that says what a figure or a body
// reached before what it reached (公办比例达到 of 公办比例达到92%, 校长获评
// of 校长获评2032年…, 失业率控制 of 失业率控制在3%以内, 幼儿园增至 of
// 幼儿园增至40所); a class of things
// (重大传染病), a policy (总量控制) and the year's own terms stay.
func TestTermsNotJudgementsOrResultCuts(t *testing.T) {
	a := build("a",
		"0||青岚市教育局2031年工作总结",
		"1|一、深化教育改革|推进集团化办学，建成公办幼儿园8所。",
	)
	b := build("b",
		"0||青岚市教育局2032年工作总结",
		"1|一、深化教育改革|集团化办学取得实质性进展，改革迈出重要步伐，“十五五”教育规划实现良好开局，为建设教育强市提供有力保障。"+
			"随迁子女就读公办比例达到92%，两名校长获评2032年省级名校长，高校毕业生失业率控制在3%以内。"+
			"市级示范幼儿园增至40所，中小学大班额降至5个，市级示范幼儿园增至全市幼儿园总数的三成。",
		"2|二、守护师生健康|严防重大传染病，校园新建项目坚持总量控制，新建“青苗书院”3所。",
		"3|三、来年打算|严防重大传染病，坚持总量控制，“青苗书院”接待学生1万人次。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"实质性进展", "重要步伐", "良好开局", "有力保障", "公办比例达到", "校长获评", "失业率控制",
		"示范幼儿园增至", "市级示范幼儿园增至", "幼儿园增至", "大班额降至"},
		[]string{"青苗书院", "重大传染病", "总量控制"})
}

// TestTermsNotSharedModifierCut: a bureau's summary of one year against
// the next (fictional): a modifier with the first of two nouns that name
// a kind together (学生耐力 of 学生耐力和力量类项目) is no new term, the
// whole being the name; two nouns where the phrase ends (学生科学素养 和
// 创新能力) and a phrase before 和 and another phrase that goes on (数字校园
// 和 智慧课堂建设) stay.
func TestTermsNotSharedModifierCut(t *testing.T) {
	a := build("a",
		"0||青岚市教育局2031年工作总结",
		"1|一、提升学生体质|学生体质健康优良率达到52%。",
	)
	b := build("b",
		"0||青岚市教育局2032年工作总结",
		"1|一、提升学生体质|初中学生耐力和力量类项目达标率偏低，开展科技节活动，培养学生科学素养和创新能力。",
		"2|二、推进数字化|统筹数字校园和智慧课堂建设，数字校园覆盖全部中小学。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"学生耐力", "初中学生耐力"}, []string{"数字校园", "学生科学素养"})
}

// TestTermsNotWholePlaceOrManner: a bureau's summary of one year against
// the next (fictional): a phrase that begins with the whole of a place
// (全市公办中小学, 全县教育系统师生员工) says who or where, and a manner with
// one everyday word (全力打响, 全力攻坚) how the work was done: neither is a
// new term; the year's own terms stay.
func TestTermsNotWholePlaceOrManner(t *testing.T) {
	a := build("a",
		"0||青岚市教育局2031年工作总结",
		"1|一、深化教育改革|推进集团化办学，建成公办幼儿园8所。",
	)
	b := build("b",
		"0||青岚市教育局2032年工作总结",
		"1|一、深化教育改革|校长职级制实现全市公办中小学全覆盖，引导全县教育系统师生员工投身改革，全力攻坚“两县创建”，全力打响“青岚好学”品牌。",
		"2|二、来年打算|“青岚好学”品牌走向全国，推进集团化办学。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"全市公办中小学", "全县教育系统师生员工", "全县教育系统师生员工投身改革", "全力攻坚", "全力打响"}, []string{"青岚好学"})
}

// TestTermsNotGenericHeaded: a bureau's summary of one year against the
// next (fictional): an everyday word with a head that makes of any word
// a task or a topic (目标任务, 重点领域, 领导班子成员) is no new term; the
// year's own terms stay.
func TestTermsNotGenericHeaded(t *testing.T) {
	a := build("a",
		"0||青岚市教育局2031年工作总结",
		"1|一、深化教育改革|推进集团化办学，建成公办幼儿园8所。",
	)
	b := build("b",
		"0||青岚市教育局2032年工作总结",
		"1|一、深化教育改革|全面完成年度目标任务，重点领域改革取得突破，局领导班子成员每人联系1所学校。",
		"2|二、服务乡村振兴|落实“三农”任务，创建“青苗书院”3所，“青苗书院”接待学生1万人次。",
		"3|三、来年打算|紧盯目标任务，推进重点领域改革，局领导班子成员带头调研。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"目标任务", "重点领域", "领导班子成员"}, []string{"青苗书院"})
}

// TestCountPiece: the rest of a count is no term, whether the measure word
// follows the digits or 多, 余 or 几 after them (40多家 | 央企, 3家 | 央企);
// a word with a measure word's character that follows no count stays
// (fictional sentences).
func TestCountPiece(t *testing.T) {
	d := newTermDoc(prepare(build("a",
		"1|一、招商|引进40多家央企落户园区，推动3家央企设立区域总部，开展对接活动260余场。",
		"2|二、家校|推广家庭教育指导服务，家庭教育覆盖全部学校。",
	)))
	for term, want := range map[string]bool{"家央企": true, "余场": true, "家庭教育": false} {
		if got := countPiece(d, term); got != want {
			t.Errorf("countPiece(%s) = %v, want %v", term, got, want)
		}
	}
}

// TestCutStart: a phrase that begins inside a word of the text every time
// is no term (fictional sentences): 口镇 of 黎口镇 (gse leaves the noun's
// character before alone: 黎 | 口镇), 产力 of 生产力 (gse took 生 in 为生);
// but a place's unit (市 | 教育局), a count's noun (三孩 | 生育政策), a
// verb's character (抓 | 教师队伍建设), the last of lone characters (青 溪
// 河 | 龙舟赛, 厚 植 | 人才根基) and a pair no commoner than the word before
// (及其 | 实施) stand alone before a term.
func TestCutStart(t *testing.T) {
	d := newTermDoc(prepare(build("a",
		"1|一、城乡建设|重新启动黎口镇污水处理厂建设，黎口镇水渠截污工程完工。举办首届青溪河龙舟赛。",
		"2|二、科技创新|推动技术更好地转化为生产力，为乡村振兴厚植人才根基。",
		"3|三、民生保障|落实三孩生育政策。严格落实中央八项规定及其实施细则精神。市教育局抓教师队伍建设。",
	)))
	for term, want := range map[string]bool{"口镇": true, "产力": true, "龙舟赛": false, "人才根基": false,
		"教育局": false, "生育政策": false, "教师队伍建设": false, "实施细则精神": false} {
		if got := cutStart(d, term, words(term)); got != want {
			t.Errorf("cutStart(%s) = %v, want %v", term, got, want)
		}
	}
}

// TestTermsNotOwnKindOrParts: a county's report against last year's
// (fictional): the new terms hold neither the name of the document's kind
// (政府工作报告, which this year's text happens to say and last year's not)
// nor a part's name with its everyday modifier (主要目标任务); the year's
// own terms stay.
func TestTermsNotOwnKindOrParts(t *testing.T) {
	a := build("a",
		"0||望川县2031年工作回顾",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
		"2|二、今年重点工作|推进云岭镇污水管网建设。",
	)
	b := build("b",
		"0||望川县人民政府工作报告\n各位代表：现在，我代表县人民政府向大会作政府工作报告，请予审议。",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1500个。",
		"2|二、2032年主要目标任务|全区生产总值增长6%左右。推进“青禾驿站”建设，青禾驿站覆盖全部乡镇。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"政府工作报告", "工作报告", "主要目标任务", "目标任务"}, []string{"青禾驿站"})
}

// TestUnknownPlace: a county, a township or a village the dictionary
// does not know, with its unit, is a place's name (fictional: 龙栖乡,
// 禾坪村); a kind of village (空心村, 新农村), a zone (综保区) and a
// longer phrase are not.
func TestUnknownPlace(t *testing.T) {
	d := newTermDoc(prepare(build("a",
		"1|一、乡村振兴|做好龙栖乡托管移交工作，禾坪村建成党群服务中心。整治空心村12个，建设新农村。",
		"2|二、对外开放|申建综保区，建设美丽乡村。",
	)))
	for term, want := range map[string]bool{"龙栖乡": true, "禾坪村": true, "空心村": false, "新农村": false, "综保区": false, "美丽乡村": false} {
		if got := placeName(d, term); got != want {
			t.Errorf("placeName(%s) = %v, want %v", term, got, want)
		}
	}
}

// TestTermsNotVerbObjectOrGovernment: a county's report of one year
// against the next (fictional): a verb and its object (盘活存量资金,
// 大力发展庭院经济, 培育数字文旅产业: verbs the report writes after an
// adverb or a word of pace too, 加快培育), where the report names the
// object without the verb too or last year's named it, and the opening
// formula 代表区人民政府 are no new terms; the objects, a verbal noun
// before one common word (循环农业) and an attribute made with 化
// (现代化物流体系) stay.
func TestTermsNotVerbObjectOrGovernment(t *testing.T) {
	a := build("a",
		"0||望川区2031年政府工作报告",
		"1|一、过去一年工作回顾|各位代表：现在，我代表区政府，向大会报告工作。全区生产总值增长6%。",
		"2|二、今年工作安排|数字文旅产业增加值增长8%，完善道路网络。",
	)
	b := build("b",
		"0||望川区2032年政府工作报告",
		"1|一、过去一年工作回顾|各位代表：现在，我代表区人民政府，向大会报告工作。全区生产总值增长7%。存量资金清理收回1.2亿元，存量资金统筹用于民生。",
		"2|二、今年工作安排|",
		"3|（一）盘活存量资金|积极盘活闲置厂房，用好存量资金，建立存量资金定期清理机制。",
		"4|（二）大力发展庭院经济|庭院经济覆盖12个乡镇，庭院经济产值增长一成。推广循环农业，循环农业示范基地达到5个。",
		"5|（三）培育数字文旅产业|加快培育文旅企业，建设现代化物流体系，现代化物流体系覆盖全区。",
		"6|三、工作要求|代表区人民政府，恳请各位代表审议。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"盘活存量资金", "大力发展庭院经济", "培育数字文旅产业", "代表区人民政府", "区人民政府"},
		[]string{"存量资金", "庭院经济", "循环农业", "现代化物流体系"})
}

// TestTermsNotSubjectAndPredicate: a county's report of one year against
// the next (fictional): a subject and a verb that says how it went, which
// end the clause every time (通胀压力加大，, 改革任务全面完成。, 同口径增长
// 6.5%), are no new terms; a name ending with a verb the report puts
// after another verb (加强 | 校园欺凌防治) stays.
func TestTermsNotSubjectAndPredicate(t *testing.T) {
	a := build("a",
		"0||望川区2031年政府工作报告",
		"1|一、过去一年工作回顾|全区生产总值增长6%，财政收入增长5%。",
	)
	b := build("b",
		"0||望川区2032年政府工作报告",
		"1|一、过去一年工作回顾|原料价格上涨压力加大，输入性通胀压力加大。42项改革任务全面完成，旧村治理任务全面完成。"+
			"财政收入同口径增长6.5%，税收收入同口径增长4.1%。",
		"2|二、今年工作安排|加强校园欺凌防治，校园欺凌防治纳入学校考核，落实校园欺凌防治。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"压力加大", "任务全面完成", "口径增长", "同口径增长"},
		[]string{"校园欺凌防治"})
}

// TestTermsNotQuantified: a county's report of one year against the next
// (fictional): a phrase that opens with a quantifier (各项惠农政策措施,
// 部分村干部) says which of them, and is no new term; the name after it
// stays.
func TestTermsNotQuantified(t *testing.T) {
	a := build("a",
		"0||望川区2031年政府工作报告",
		"1|一、过去一年工作回顾|全区生产总值增长6%。",
	)
	b := build("b",
		"0||望川区2032年政府工作报告",
		"1|一、过去一年工作回顾|落实各项惠农政策措施，各项惠农政策措施兑现到户。惠农政策措施公开上墙。",
		"2|二、存在问题|部分村干部担当不足，部分村干部作风漂浮。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"各项惠农政策措施", "部分村干部"}, []string{"惠农政策措施"})
}

// TestTermsNotFormulaPieces: a county's report against last year's
// (fictional): a numbered formula the report quotes whole and then piece
// by piece (“两环三射”, “两环”, “三射”) is the term; its pieces are not
// new terms of their own.
func TestTermsNotFormulaPieces(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、交通建设|全县公路里程增长5%。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、交通建设|构建“两环三射”骨干路网，“两环三射”路网加快成形。其中“两环”为环城公路，“三射”为通往邻县的放射线。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"两环", "三射"}, []string{"两环三射"})
}

// TestTermsNotSiteHeadline: a county's report as a study site reposts it
// against last year's (fictional): the site's headline, which names the
// document's kind (…政府工作报告全文), and its label in 【】 are no new
// terms; the year's own terms stay.
func TestTermsNotSiteHeadline(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||【2032年遴选必背考点】2032年县政府工作报告全文",
		"1|一、过去一年工作|建成青禾大道，推进“青禾驿站”建设，青禾驿站覆盖全部乡镇。",
		"2|相关阅读|【2032年遴选必背考点】2032年县政府工作报告全文\n【2032年遴选必背考点】云岭镇调研纪实",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"考点", "必背考点", "遴选必背考点", "县政府工作报告全文", "政府工作报告全文"}, []string{"青禾驿站"})
}

// TestTermsModifierKept: a county's report against last year's
// (fictional): a name the report writes every time after the same noun
// (海洋 生态保护修复工程) is new with it, not cut at either end, and after
// a quantifier (各种 所有制企业) it is no new term at all.
func TestTermsModifierKept(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|实施海洋生态保护修复工程，海洋生态保护修复工程完工。",
		"2|二、今年重点工作|促进各种所有制企业协同发展，各种所有制企业活力增强。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"生态保护修复工程", "海洋生态保护修复", "所有制企业", "各种所有制企业"}, []string{"海洋生态保护修复工程"})
}

// TestTermsNotVerbAndCoinage: a county's report against last year's
// (fictional sentences): a verb and a coinage the dictionary knows only
// the last part of (发展 | 新质生产力: 生产力) is a verb and its object,
// where last year's report names the coinage; no new term.
func TestTermsNotVerbAndCoinage(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|新质生产力加快形成，建成青禾大道。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|大力发展新质生产力，打造发展新质生产力的青禾高地，发展新质生产力初见成效。",
		"2|二、今年重点工作|推进“青禾驿站”建设，青禾驿站覆盖全部乡镇。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"发展新质生产力", "大力发展新质生产力"}, []string{"青禾驿站"})
}

// TestTermsNotKnownPlaceAlone: a county's report against last year's
// (fictional sentences): a city the gazetteer knows, named without its
// unit (湖州 of 湖州市), is where the work went, no new term; the year's
// own terms stay.
func TestTermsNotKnownPlaceAlone(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|与湖州共建青禾飞地园区，湖州客商来县投资，湖州企业落户12家。",
		"2|二、今年重点工作|推进“青禾驿站”建设，青禾驿站覆盖全部乡镇。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"湖州"}, []string{"青禾驿站"})
}

// TestTermsNotNameFront: a county's report against last year's
// (fictional sentences): a phrase that ends with a verb the report writes
// every time before the same word (云岭康养融合 | 发展示范县, 巡查督导 |
// 研判) is the front of a longer name, no term; the name is.
func TestTermsNotNameFront(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|启动云岭康养融合发展示范县建设，争创云岭康养融合发展示范县。",
		"2|二、今年重点工作|推行巡查督导研判，巡查督导研判每月一次。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"云岭康养融合", "巡查督导"}, []string{"融合发展示范县", "巡查督导研判"})
}

// TestTermsBoundModifier: a county's report against last year's
// (fictional sentences): a term the report writes every time after the
// same verb before a verbal noun (激励 | 约束办法) is the tail of a name
// with that verb, no term alone. (青禾大道, a street, is no term either:
// roadName.)
func TestTermsBoundModifier(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成云岭大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|新建青禾大道，青禾大道二期开工。",
		"2|二、今年重点工作|出台乡镇考核激励约束办法，落实考核激励约束办法。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"约束办法", "青禾大道"}, []string{"激励约束办法"})
}

// TestShapeBoundModifier: a name ofModifier took a verb into that modifies
// it (激励 | 约束机制: boundModifier) weighs as a policy's name, as the
// tail did; a phrase that begins with a verb otherwise is a predicate
// (健全 约束机制) and does not.
func TestShapeBoundModifier(t *testing.T) {
	none := func(string) bool { return false }
	if w := shapeWeight(cand{text: "激励约束机制", kind: kindRun, modified: true}, none); w != policyWeight {
		t.Errorf("shapeWeight(激励约束机制, modified) = %v, want %v", w, policyWeight)
	}
	if w := shapeWeight(cand{text: "健全约束机制", kind: kindRun}, none); w != 1 {
		t.Errorf("shapeWeight(健全约束机制) = %v, want 1", w)
	}
}

// TestTermsNotCutAtSuffix: a county's report against last year's
// (fictional sentences): a phrase that opens with a suffix alone (普惠 |
// 型小微) is cut inside a word, and no term; a verb's front before a
// suffix (重点扶持 | 县) or an adjective (融资难融资 | 贵) that makes one
// word with it, written so every time, is the front of a name, and no
// term either.
func TestTermsNotCutAtSuffix(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|新增普惠型小微商户贷款，普惠型小微商户贷款余额增长。",
		"2|二、今年重点工作|认定3个云岭山区重点扶持县，云岭山区重点扶持县每年考评一次。"+
			"缓解农户融资难融资贵问题，农户融资难融资贵问题有所缓解。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"型小微", "云岭山区重点扶持", "农户融资难融资"}, []string{"商户贷款"})
}

// TestSharedHead: an everyday word and a policy's head (服务 体系) that
// the report writes every time after words naming which one (寄递 |
// 服务体系, 冷链 | 服务体系, or 和 joining it to one) is the head those
// names share, no term (fictional sentences); one written after a verb
// (完善 | 服务体系) or after one name only stays, and so does a head after
// a word that is not everyday (冷链 | 物流体系).
func TestSharedHead(t *testing.T) {
	d := newTermDoc(prepare(build("a",
		"1|一、城乡建设|健全农村医疗服务体系和城乡法律服务体系，打造乡村医疗服务体系。完善监测预警机制，健全监测预警机制。",
		"2|二、民生保障|完善托育评价机制，托育评价机制覆盖全县。建立冷链物流体系，推进城乡冷链物流体系延伸。",
	)))
	for term, want := range map[string]bool{"服务体系": true, "评价机制": false, "预警机制": false, "物流体系": false} {
		if got := sharedHead(d, term, wordTexts(term)); got != want {
			t.Errorf("sharedHead(%s) = %v, want %v", term, got, want)
		}
	}
}

// TestTermsSetPhraseModifier: a county's report against last year's
// (fictional sentences): a set phrase the report writes before a noun
// every time (可再生 | 能源供热) names its kind, and the term is the whole.
func TestTermsSetPhraseModifier(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|推广可再生能源供热，可再生能源供热面积达到80万平方米。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"能源供热"}, []string{"可再生能源供热"})
}

// TestTermsNotMannerOrTargetCut: a county's report against last year's
// (fictional sentences): a clause cut before its verb after a word of
// manner (山乡体育事业全面 of …全面繁荣, 人均存款年均 of …年均增长, 线缆全部 of
// …全部入地), a subject with its adverb and verb
// (均衡性明显增强, one word to gse), a target cut before the figure it is
// set at (增长目标定为 | 6%), and the front of a long name the report
// writes every time before the same words (习近平新时代中国 | 特色社会主义…,
// stock wording) are no new terms; the year's own terms stay.
func TestTermsNotMannerOrTargetCut(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|推动山乡体育事业全面繁荣，山乡体育事业全面发展。城乡发展的均衡性明显增强，区域发展的均衡性明显增强。"+
			"坚持以习近平新时代中国特色社会主义思想为指导，学习习近平新时代中国特色社会主义经济思想。"+
			"老城区6条主要街道通信线缆全部入地，城区主要街道路灯地下线缆全部由铝线更换为铜线。",
		"2|二、今年重点工作|今年生产总值增长目标定为6%左右，综合权衡，增长目标定为6%左右是适宜的。建设“青禾驿站”3个，“青禾驿站”覆盖全县。",
		"3|三、五年回顾|五年来，山乡居民人均存款年均增长7.5%，比上个五年加快，山乡居民人均存款年均增长居全市首位。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"山乡体育事业全面", "体育事业全面", "均衡性明显增强", "增长目标定为", "目标定为", "习近平新时代中国", "习近平新时代",
		"居民人均存款年均", "人均存款年均", "线缆全部", "主要街道通信线缆全部", "地下线缆全部"}, []string{"青禾驿站"})
}

// TestTermsEverydayPairWeighsLess: a county's report against last year's
// (fictional sentences): a noun phrase of two words general Chinese uses
// all the time (资本 市场, 国际 地位), which the dictionary lacks as one,
// weighs less than a coinage used as often (银龄 驿站), and stays in a
// short list.
func TestTermsEverydayPairWeighsLess(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|对接资本市场，提升国际地位。建成银龄驿站12个。",
		"2|二、今年重点工作|用好资本市场，巩固国际地位，银龄驿站覆盖全县。",
	)
	r := Compare(a, b, Options{})
	score := map[string]float64{}
	for _, tm := range r.NewTerms {
		score[tm.Text] = tm.Score
	}
	coin := score["银龄驿站"]
	for _, w := range []string{"资本市场", "国际地位"} {
		if s, ok := score[w]; !ok || s <= 0 || s > coin*0.6 {
			t.Errorf("Compare: %s weighs %v (listed %v), want under 0.6 of 银龄驿站's %v", w, s, ok, coin)
		}
	}
}

// TestTermsSlogans: a county's report against last year's (fictional
// sentences): the items of a list of one-character verbs and their
// objects the report repeats (稳投资、扩就业 of 稳投资、扩就业、强园区, the
// pair it always writes together one term) are terms, which no run of
// words finds (a run starts with a word of two characters); an item used
// once (强园区), a list of what may be (有能力、有担当) or of adjectives and
// nouns (新设备、新工艺) is none.
func TestTermsSlogans(t *testing.T) {
	a := build("a",
		"0||望川县2031年政府工作报告",
		"1|一、过去一年工作|建成青禾大道，新增就业岗位1200个。",
	)
	b := build("b",
		"0||望川县2032年政府工作报告",
		"1|一、过去一年工作|全县坚持稳投资、扩就业、强园区，干部队伍有能力、有担当，企业引进新设备、新工艺。",
		"2|二、今年重点工作|继续稳投资、扩就业，干部有能力、有担当，推广新设备、新工艺。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"有能力", "有担当", "新设备", "新工艺", "强园区"}, []string{"稳投资、扩就业"})
}

// TestTermsNotTitleHalf: a city's report (fictional) that names the
// draft of its five-year plan twice, each time whole, a title of two nouns
// joined by 和: neither half (青岚市国民经济, 社会发展第九个五年规划纲要) is a
// new term; two names joined in a phrase without a title's head
// (新能源与低空飞行器产业链, twice) stay.
func TestTermsNotTitleHalf(t *testing.T) {
	a := build("a",
		"0||青岚市2030年政府工作报告",
		"1|一、工作回顾|全市生产总值增长5%。",
	)
	b := build("b",
		"0||青岚市2031年政府工作报告",
		"1|一、工作回顾|全市生产总值增长5.2%，低空飞行器产量翻番。",
		"2|二、关于《青岚市国民经济和社会发展第九个五年规划纲要（草案）》的说明|市政府编制了《青岚市国民经济和社会发展第九个五年规划纲要（草案）》，提请大会审查。",
		"3|三、今年任务|壮大新能源与低空飞行器产业链，建设新能源与低空飞行器产业链配套园区。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"青岚市国民经济", "社会发展第九个五年规划纲要"}, []string{"低空飞行器"})
}

// TestTermsNotQuotedTail: a county's report (fictional) that quotes the
// first part of a name and writes the rest after it, twice (“码上通”重点
// 帮办清单): the rest alone (重点帮办清单) is no new term; the quoted part
// stays.
func TestTermsNotQuotedTail(t *testing.T) {
	a := build("a",
		"0||云溪县2030年政府工作报告",
		"1|一、工作回顾|全县生产总值增长5%。",
	)
	b := build("b",
		"0||云溪县2031年政府工作报告",
		"1|一、工作回顾|全县生产总值增长5.5%，发布“码上通”重点帮办清单。",
		"2|二、今年任务|动态更新“码上通”重点帮办清单。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"重点帮办清单"}, []string{"码上通"})
}

// TestTermsNotMeasuredOrTitled: a county's report of one year against the
// next (fictional): a thing with a measure of the work on it (招商引资力度,
// 产业转型升级步伐, 城市管理水平, 城乡融合发展机遇), the people a report
// speaks of whole (广大干部群众) and a person with an honorific (李青山同志)
// are no new terms; the year's own terms stay, and so does a quoted
// phrase with such a head (“三大机遇”).
func TestTermsNotMeasuredOrTitled(t *testing.T) {
	a := build("a",
		"0||白塔县人民政府2031年政府工作报告",
		"1|一、过去一年工作回顾|全县生产总值增长6%，建成“青禾驿站”12个。",
		"2|二、今年工作安排|推进集团化办学，新建公办幼儿园3所。",
	)
	b := build("b",
		"0||白塔县人民政府2032年政府工作报告",
		"1|一、过去一年工作回顾|加大招商引资力度，招商引资力度持续加大。加快产业转型升级步伐，产业转型升级步伐明显加快。"+
			"城市管理水平稳步提升，城市管理水平位居全市前列。抢抓城乡融合发展机遇，用好城乡融合发展机遇。",
		"2|二、今年工作安排|广大干部群众团结奋斗，广大干部群众踊跃参与。学习李青山同志先进事迹，李青山同志扎根基层四十年。"+
			"推进“白塔书房”建设，“白塔书房”覆盖全部乡镇。把握“三大机遇”，推进集团化办学。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"招商引资力度", "产业转型升级步伐", "城市管理水平", "城乡融合发展机遇", "广大干部群众", "李青山同志", "李青山", "李青山同志先进事迹", "同志扎根基层"},
		[]string{"白塔书房", "三大机遇"})
}

// TestTermsNotEffortLed: a district's report of one year against the
// next (fictional): a clause that opens with a word of effort and a verb
// (大力发展临空经济, 着力建设国际化, 充分利用国家, 主要运用经济) or with a
// verb of intent (力争污泥处置工程) is no new term; the year's own terms
// stay, and so does the name of a goal that opens with 全面
// (全面建成小康社会).
func TestTermsNotEffortLed(t *testing.T) {
	a := build("a",
		"0||青川区人民政府2031年政府工作报告",
		"1|一、过去一年工作回顾|全区生产总值增长6%，建成“青禾驿站”12个。",
	)
	b := build("b",
		"0||青川区人民政府2032年政府工作报告",
		"1|一、过去一年工作回顾|大力发展临空经济，临空物流园开工建设。充分利用国家和自治区优先支持政策，着力建设国际化陆港。"+
			"力争污泥处置工程年内完工，主要运用经济、法律手段化解过剩产能。",
		"2|二、今年工作安排|大力发展临空经济，着力建设国际化陆港，力争污泥处置工程投入运行，主要运用经济、法律手段调节市场。"+
			"如期全面建成小康社会，全面建成小康社会目标顺利实现。推进“白塔书房”建设，“白塔书房”覆盖全部乡镇。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"大力发展临空经济", "充分利用国家", "着力建设国际化", "着力建设国际化陆港", "力争污泥处置工程", "主要运用经济"},
		[]string{"白塔书房", "全面建成小康社会"})
}
