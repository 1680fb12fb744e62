package compare

import (
	"github.com/govreport/govreport/corpus"
	"testing"
)

// 白塔县教育局 (fictional): the 2031 plan in three parts, each with its
// items, and the 2031 summary that reviews them all as the items of its
// one part 一、主要工作及成效, beside its problems and next year's plan.
func btPlan2031() *corpus.Document {
	return build("a",
		"0||白塔县教育局2031年工作要点\n2031年，全县教育系统坚持立德树人，推进教育优质均衡发展，办好人民满意的教育。",
		"1|一、加强党的建设|",
		"2|（一）落实校长负责制|全面推行中小学校党组织领导的校长负责制，年内实现全县公办中小学全覆盖，制定党组织会议和校长办公会议议事规则。",
		"2|（二）推进清廉学校建设|开展清廉学校创建活动，建成县级清廉学校示范校8所，开展警示教育，整治群众身边的不正之风。",
		"1|二、建设教师队伍|",
		"2|（一）加强师德师风|完善师德考核负面清单，开展最美教师评选和师德宣讲，严禁中小学教师有偿补课，严肃查处违反师德行为。",
		"2|（二）推进交流轮岗|深化县管校聘改革，义务教育教师交流轮岗比例不低于15%，骨干教师不低于20%，补充新教师120名，向乡村学校倾斜。",
		"1|三、推进基础教育均衡发展|",
		"2|（一）扩大学前普惠资源|新建改扩建公办幼儿园4所，新增学位900个，公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率达到90%。",
		"2|（二）落实双减工作|提升课后服务质量，课后服务覆盖全部义务教育学校，规范作业管理，严格校外培训机构审批和监管。",
	)
}

func btSummary2031() *corpus.Document {
	return build("b",
		"0||白塔县教育局2031年工作总结\n2031年，全县教育系统在县委、县政府的领导下，扎实推进各项工作，年初确定的目标任务总体完成。",
		"1|一、主要工作及成效|",
		"2|（一）党的建设全面加强|中小学校党组织领导的校长负责制实现全县公办中小学全覆盖，各校均完成议事规则制定。建成县级清廉学校示范校8所，开展警示教育12场次。",
		"2|（二）教师队伍持续优化|开展最美教师评选和师德宣讲40场，查处违反师德行为2起。义务教育教师交流轮岗比例达到16%，骨干教师占比21%，补充新教师126名，其中乡村学校90名。",
		"2|（三）学前教育普惠发展|新建改扩建公办幼儿园4所，新增学位960个，公办园在园幼儿占比达到56%，普惠性幼儿园覆盖率达到91%。",
		"2|（四）双减成效巩固|课后服务覆盖全部义务教育学校，学生参与率达到95%，作业管理更加规范，校外培训机构压减至12家。",
		"1|二、存在的问题|城乡教育资源配置仍不均衡，乡村学校骨干教师流失较多，部分学校大班额问题尚未完全解决。",
		"1|三、2032年工作打算|2032年，我们将继续推进教育优质均衡发展，加强教师队伍建设，持续巩固双减成果，办好人民满意的教育。",
	)
}

// A part that the next report reviews among the items of one part with
// other parts is merged into it, like every other part gathered there:
// none is that part's changed counterpart, which showed the plan's
// 三、推进基础教育均衡发展 as changed into 一、主要工作及成效, two
// headings and no text in common. The items still pair with the items
// (and a part whose items all went into one item pairs with that item).
func TestAlignPartsGatheredIntoOnePart(t *testing.T) {
	a, b := btPlan2031(), btSummary2031()
	a.Year, b.Year = 2031, 2031
	pairs := Align(a, b, Options{})
	dump := alignDump(pairs)
	for _, p := range pairs {
		if p.To != nil && p.To.Heading == "一、主要工作及成效" && p.From != nil && p.Relation == "" {
			t.Errorf("Align: %s is paired as the counterpart of %s; want merged into it like the other parts; got:\n%s", p.From.Heading, p.To.Heading, dump)
		}
	}
	if p := findPair(pairs, "三、推进基础教育均衡发展", "一、主要工作及成效"); p == nil || p.Status != Merged {
		t.Errorf("Align: want 三、推进基础教育均衡发展 merged into 一、主要工作及成效; got:\n%s", dump)
	}
	for _, w := range [][2]string{
		{"（一）扩大学前普惠资源", "（三）学前教育普惠发展"},
		{"（二）落实双减工作", "（四）双减成效巩固"},
	} {
		if findPair(pairs, w[0], w[1]) == nil {
			t.Errorf("Align: want %s with %s; got:\n%s", w[0], w[1], dump)
		}
	}
}
