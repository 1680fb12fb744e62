package corpus

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestIsLeadShape(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"我们聚焦实体经济发展，落实稳增长系列政策，加强经济运行调度，经济发展质量效益持续改善。", true},
		{"立足新起点，奋进新征程。我们必须坚持依法行政，自觉接受人大监督和政协民主监督，全面提升政府治理能力。", true},
		// A fact of one clause, two full sentences, a point, a greeting,
		// a numbered line, a clause that does not end a sentence.
		{"全市规上工业增加值增长8.1%，三大产业产值突破900亿元。", false},
		{"全市规上工业增加值增长8.1%，三大产业产值突破900亿元。新增规上工业企业138家，集聚度达到68%。", false},
		{"一是坚持稳中求进，落实各项政策，加强经济运行调度，推动经济持续回升向好。", false},
		{"各位代表，过去一年取得的成绩来之不易，这是全市人民团结奋斗的结果。", false},
		{"一、聚焦实体经济发展，落实稳增长系列政策，加强经济运行调度，质量效益持续改善。", false},
		{"我们聚焦实体经济发展，落实稳增长系列政策，加强经济运行调度，经济发展质量效益持续改善", false},
	} {
		if got := isLeadShape(tc.in); got != tc.want {
			t.Errorf("isLeadShape(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestPartHeading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2032年是关键一年，做好今年工作至关重要。政府工作的总体要求是：坚持稳中求进。", "2032年是关键一年，做好今年工作至关重要。"},
		{"各位代表！我们的任务是光荣的，也是艰巨的。让我们团结一致。", "各位代表！我们的任务是光荣的，也是艰巨的。"},
		// A sentence end inside quotation marks ends no sentence.
		{"我们必须坚持“要团结，不要分裂；要实干，不要空谈”的原则。其次…", "我们必须坚持“要团结，不要分裂；要实干，不要空谈”的原则。"},
		// A first sentence over 90 characters gives its first clause.
		{"一九七九年全县人民在县委的领导下，认真贯彻调整改革整顿提高的方针，大力发展农业生产，积极发展社队企业和支农工业，努力办好文化教育卫生事业，逐步改善人民生活，加强社会治安，工农业生产和各项事业都取得了较好的成绩。", "一九七九年全县人民在县委的领导下"},
	} {
		if got := partHeading(tc.in); got != tc.want {
			t.Errorf("partHeading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestInferBoldLeadsDOCX: a Word report without heading lines whose
// sections open with a bold sentence (short, of one clause: no lead by its
// shape) gets those sentences as inferred headings; the same file without
// the bold gets none of them.
func TestInferBoldLeadsDOCX(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	leads := []string{"科技创新实现新突破。", "产业发展迈上新台阶。", "民生福祉得到新改善。"}
	texts := [][]string{
		{"全市研发经费投入强度达到3.1%，新增高新技术企业120家，湖畔实验室建成投用，引进高端研发机构6家，技术合同成交额增长31%，科技型中小企业评价入库数量居全省第3位。",
			"深入实施科技特派员制度，推动86项科技成果在本地转化落地。设立规模20亿元的科创母基金，带动社会资本投向早期项目，新增上市企业2家，创新生态不断完善。"},
		{"规上工业增加值增长7.2%，电子信息、装备制造、绿色食品三大产业营业收入突破1500亿元。实施园区提质行动，建成标准厂房120万平方米，新增规上工业企业138家。",
			"服务业增加值增长6.9%，新增限上商贸企业210家。建成湖滨商圈和临港物流园一期，举办各类促消费活动400余场次，社会消费品零售总额增长7.8%，文旅消费加快恢复。"},
		{"城镇新增就业4.2万人，城镇调查失业率控制在5%以内。新建改扩建中小学15所、公办幼儿园10所，新增学位1.6万个，市中心医院新院区建成开诊。",
			"新建养老服务中心20个、社区食堂50个，城乡低保标准分别提高6%和9%。深入开展安全生产隐患大排查大整治，生产安全事故起数和死亡人数实现“双下降”，社会大局保持和谐稳定。"},
	}
	build := func(bold bool) []byte {
		p := func(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }
		var b strings.Builder
		b.WriteString(p("云岫市政府工作报告") + p("各位代表：") + p("现在，我代表市人民政府，向大会报告工作，请予审议。") +
			p("过去一年，面对复杂多变的外部环境，全市上下砥砺前行，地区生产总值增长5.8%，一般公共预算收入增长6.5%，主要做了以下工作。"))
		for i, l := range leads {
			rpr := ""
			if bold {
				rpr = `<w:rPr><w:b/></w:rPr>`
			}
			b.WriteString(`<w:p><w:r>` + rpr + `<w:t>` + l + `</w:t></w:r><w:r><w:t>` + texts[i][0] + `</w:t></w:r></w:p>`)
			b.WriteString(p(texts[i][1]))
		}
		return zipOf(t, "[Content_Types].xml", `<?xml version="1.0"?><Types/>`,
			"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document `+ns+`><w:body>`+b.String()+`</w:body></w:document>`)
	}
	for _, bold := range []bool{true, false} {
		d, err := Read("云岫市.docx", build(bold))
		if err != nil {
			t.Fatal(err)
		}
		checkTiling(t, d)
		var got []string
		for _, s := range d.Sections {
			if s.Inferred {
				got = append(got, s.Heading)
			}
		}
		want := leads
		if !bold {
			want = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("bold %v: inferred headings %q, want %q (kind %q)", bold, got, want, d.Kind)
		}
	}
}

// BenchmarkTileLong measures the topic cuts of a long speech without
// headings at the bound on paragraphs: 2,000 short paragraphs in one run.
func BenchmarkTileLong(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("各位代表：\n我代表县人民政府向大会报告工作。\n")
	topics := []string{"工业生产稳步增长，工厂整顿取得成效。", "农业生产责任制普遍建立，粮食增产。", "财政收入增加，商业购销两旺。", "学校教育和医疗卫生事业有了进步。"}
	for i := 0; i < tileParagraphs-2; i++ {
		sb.WriteString(topics[i*len(topics)/tileParagraphs])
		sb.WriteString("\n")
	}
	body := sb.String()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := &Document{ID: "x", Kind: "政府工作报告", Body: body}
		Split(d)
		if len(d.Sections) < 6 {
			b.Fatalf("Split of a long speech gave %d sections", len(d.Sections))
		}
	}
}

// TestTopicCutsKeepPointRun: a long run of paragraphs whose vocabulary
// changes in the middle of a list of points (一是 … 四是, the second point
// with a paragraph of its own under it) is not cut inside the list: the
// points are text under the sentence that announces them, never headings,
// and the cut falls outside the run.
func TestTopicCutsKeepPointRun(t *testing.T) {
	farm := "望川县推广稻田综合种养，新建高标准农田，粮食播种面积保持稳定，农机合作社为农户代耕代收，茶园和果园提质改造，农产品冷链仓储加快建设。"
	school := "明湖市新建中小学校舍，扩充公办幼儿园学位，教师交流轮岗覆盖城乡学校，职业院校开设新专业，课后服务实现全覆盖，学生体质健康水平提高。"
	para := func(open, words string, n int) paragraph {
		text := open + strings.Repeat(words, n)
		return paragraph{text: text, runes: len([]rune(text))}
	}
	span := []paragraph{
		para("", farm, 7),
		para("", farm, 7),
		para("", farm, 3),
		{text: "一年来，我们主要做了以下工作：", runes: 15},
		para("一是", farm, 4),
		para("二是", farm, 3),
		para("", school, 3),
		para("三是", school, 4),
		para("四是", school, 4),
		para("", school, 7),
		para("", school, 7),
	}
	held := pointRunGaps(span)
	for g := 4; g <= 8; g++ {
		if !held[g] {
			t.Errorf("gap before paragraph %d not held", g)
		}
	}
	if held[3] || held[9] {
		t.Errorf("gaps outside the run held: %v", held)
	}
	cuts := topicCuts(span)
	if len(cuts) == 0 {
		t.Fatal("no cut in a long span that changes topic")
	}
	for _, c := range cuts {
		if c >= 4 && c <= 8 {
			t.Errorf("cut before paragraph %d, inside the run of points (%q)", c, span[c].text[:12])
		}
	}
}

// A report a scraper saved on one line behind its header fields loses the
// paragraphs its review's leads opened (五年来，我们坚持以…，…。 then the field's sentences):
// parted into sentences, the leads that open with the same years and the
// government's voice three times or more under one part still head their
// fields, the sentences between them their text. A speaker's words
// reported the same way (某某说，我们…) are no leads.
func TestReadFlatRecurringVoiceLeads(t *testing.T) {
	var b strings.Builder
	b.WriteString("标题：政府工作报告——2031年1月10日在青川市第九届人民代表大会第一次会议上发文单位：青川市人民政府正文：各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。")
	b.WriteString("一、过去五年工作回顾本届政府任期的五年，是青川发展进程中极不平凡的五年。")
	fields := []string{"加强农业基础为重点，加快发展现代农业，粮食生产能力稳步提高",
		"调整产业结构为主线，推动工业转型升级，新兴产业比重持续上升",
		"完善基础设施为支撑，构建综合交通网络，城乡联系更加便捷",
		"改善人民生活为根本，办好民生实事，社会大局和谐稳定"}
	for i, f := range fields {
		fmt.Fprintf(&b, "五年来，我们坚持以%s。", f)
		for k := range 4 {
			fmt.Fprintf(&b, "第%d方面的第%d项成效是全市相关指标比五年前增长了百分之%d以上。", i+1, k+1, 10+k)
		}
	}
	b.WriteString("二、2031年主要工作今年是新一届政府开局之年，做好今年工作意义重大。")
	for _, w := range []string{"稳定工业增长", "扩大有效投资", "促进消费回升", "推进乡村振兴", "建设美丽城乡", "深化重点改革"} {
		fmt.Fprintf(&b, "全力%s，抓好年度计划确定的各项任务。围绕%s完善配套政策，确保按期见到实效。", w, w)
	}
	d, err := Read("report.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 一、过去五年工作回顾"}
	for _, f := range fields {
		want = append(want, "2 五年来，我们坚持以"+f+"。")
	}
	want = append(want, "1 二、2031年主要工作")
	if got := headings(d); !slices.Equal(got, want) {
		t.Errorf("headings =\n%q\nwant\n%q", got, want)
	}
	speech := strings.ReplaceAll(b.String(), "五年来，我们坚持以", "市长说，我们坚持以")
	if d, err = Read("report.txt", []byte(speech)); err != nil {
		t.Fatal(err)
	}
	for _, h := range headings(d) {
		if strings.Contains(h, "市长说") {
			t.Errorf("a speaker's words reported took for a lead: %q", h)
		}
	}
}
