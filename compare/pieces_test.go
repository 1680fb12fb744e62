package compare

import (
	"slices"
	"testing"
)

func TestTopicPieces(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		// inline marks, after a sentence's or a clause's end
		{"今年办好三桩实事。一是铺路。二是盖校舍。三是清河道。", []string{"今年办好三桩实事。", "一是铺路。", "二是盖校舍。", "三是清河道。"}},
		{"一是铺路；二是盖校舍", []string{"一是铺路；", "二是盖校舍"}},
		// one mark, marks out of order, a mark inside a word: one piece
		{"今年的重点一是铺路。", []string{"今年的重点一是铺路。"}},
		{"二是盖校舍。一是铺路。", []string{"二是盖校舍。一是铺路。"}},
		{"口径统一是基础，二是要快。", []string{"口径统一是基础，二是要快。"}},
		// the list stops at the first mark out of place
		{"安排如下：一是铺路，二是盖校舍，其三是清河道。", []string{"安排如下：", "一是铺路，", "二是盖校舍，其三是清河道。"}},
		// lead phrases: short sentences without figures or commas that open
		// a longer one
		{"办好山乡学校。新盖寄宿制校舍3栋，补招乡村教师80名。守好群众健康。区医院新楼开诊，乡镇卫生院全部配上巡诊车。",
			[]string{"办好山乡学校。新盖寄宿制校舍3栋，补招乡村教师80名。", "守好群众健康。区医院新楼开诊，乡镇卫生院全部配上巡诊车。"}},
		// one lead phrase is no list; nor are short sentences with figures,
		// commas, or nothing longer after them
		{"办好山乡学校。新盖寄宿制校舍3栋，补招乡村教师80名。", []string{"办好山乡学校。新盖寄宿制校舍3栋，补招乡村教师80名。"}},
		{"盖校舍3栋。招教师80名。修操场，添器材。", []string{"盖校舍3栋。招教师80名。修操场，添器材。"}},
		{"办好山乡学校。铺好乡间道路。", []string{"办好山乡学校。铺好乡间道路。"}},
	} {
		if got := topicPieces(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("topicPieces(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Fixture items of 云溪区 (fictional), each one run-in paragraph that
// lists its topics inline (一是……二是……三是……). The next report moves the
// tax-service topic of the business-climate item into its economy item.
const (
	rtEconomy = "做大特色产业。一是延长茶叶链条，云溪茶园二号加工区投产，招来冻干茶粉、瓶装冷泡茶和茶籽油加工厂6家，扶起区级茶企骨干12家，全链条产值冲上80亿元，茶农每户多挣5000元上下，叫响云溪云雾茶这块牌子。" +
		"二是壮大竹制品加工，竹业循环园开园，竹板材、竹纤维布和成套竹家具三条线投产，规上竹企新添8家，竹业产值涨15%，做成沪杭竹家具配套的后方车间。" +
		"三是发展林下经济，在海拔八百米以上山场推广林下种菌、林下养蜂和中药材套种，建成万亩黄精基地和千箱蜂场各一处，组建村级合作社42家，林下经济产值达到18亿元，让山林既长树又长钱。四是做活农村电商，村村通快递，建起区级直播基地和冷链分拣中心，培训带货农民800人，山货网上卖出去12亿元。"
	rtTown = "把老城区收拾得更好住。一是老街区翻新，青石巷、北门街等5片完成拆迁，安置房开工3800套，旧小区改造46个、装电梯150部，顺带补上社区食堂、托儿所和便民小店。" +
		"二是管网道路补短板，雨水污水管铺设改造75公里，滨河路往西接通，凤鸣公园开园，添停车位4500个，城区主干道换新沥青、路灯换成节能灯。"
	rtClimate = "改善营商环境。一是打通部门数据，区里建起一个数据仓，户籍、企业、房产、电子证件四本底账汇进2.6亿条记录，各部门要用随时调取，数据返还街道村社。" +
		"二是审批提速，工程项目从拿地到开工压到60天以内，推行容缺受理和告知承诺，中介服务超市入驻机构120家，收费一律公开明码。" +
		"三是办税缴费一站办，区税务局和社保、医保窗口合成一个大厅，增值税留抵退税当月到账，发票申领全程网上走，在村社和银行网点摆放自助办税机260台，小微企业减免税费不用申请自动享受，纳税人有事打一个电话找一个专员，当天答复，三天办结，办税大厅周末也开一个窗口。" +
		"四是信用监管，建成企业信用档案库，守信企业在招投标、贷款和评优中加分，失信企业列入重点检查名单，全年开展双随机抽查1200次，查处违规涉企收费案件30起，清理拖欠民营企业账款2.3亿元。五是法治护企，设立涉企纠纷调解中心和知识产权快保中心，涉企案件平均审理期限压缩到45天。"

	rtEconomyNext = "推动特色产业上台阶。一是延长茶叶链条，云溪茶园三号加工区投产，再招冻干茶粉、瓶装冷泡茶和茶籽油加工厂5家，新扶区级茶企骨干10家，全链条产值冲上90亿元，茶农每户多挣6000元上下，把云溪云雾茶牌子擦得更亮。" +
		"二是壮大竹制品加工，竹业循环园扩区，竹纤维布和成套竹家具二期投产，规上竹企新添6家，竹业产值涨12%，稳住沪杭竹家具配套的后方车间。" +
		"三是办税缴费一站办，区税务局和社保、医保窗口合署的大厅延伸到园区，增值税留抵退税当月到账，发票申领全程网上走，在村社和银行网点再摆自助办税机180台，小微企业减免税费不用申请自动享受，纳税人有事打一个电话找一个专员，当天答复，两天办结，办税大厅周末也开两个窗口。" +
		"四是发展林下经济，在海拔八百米以上山场扩大林下种菌、林下养蜂和中药材套种，黄精基地扩到一万五千亩，蜂场增至两千箱，村级合作社增到50家，林下经济产值达到21亿元，让山林既长树又长钱。五是做活农村电商，快递进村再提速，直播基地和冷链分拣中心扩容，再培训带货农民600人，山货网上卖出去15亿元。"
	rtTownNext = "把城区建得宜居宜业。一是老街区接着翻新，北门街、青石巷余下的房屋拆迁扫尾，交付安置房2600套，旧小区改造50个、装电梯180部，社区食堂、托儿所和便民小店配齐。" +
		"二是管网道路补短板，雨水污水管铺设改造70公里，滨河路往东开工，凤鸣公园二期开园，添停车位4000个，城区次干道换新沥青、路灯换成节能灯。"
	rtClimateNext = "营商环境再优化。一是打通部门数据，区数据仓扩容，户籍、企业、房产、电子证件四本底账再汇进1.8亿条记录，各部门要用随时调取，数据返还街道村社。" +
		"二是审批再提速，工程项目从拿地到开工压到45天以内，容缺受理和告知承诺扩大到全部投资项目，中介服务超市入驻机构增至160家，收费一律公开明码。" +
		"三是信用监管，企业信用档案库覆盖全部市场主体，守信企业在招投标、贷款和评优中继续加分，失信企业列入重点检查名单，全年开展双随机抽查1500次，查处违规涉企收费案件，清理拖欠民营企业账款动态清零。四是法治护企，涉企纠纷调解中心延伸到园区，知识产权快保中心开通专利预审，涉企案件平均审理期限压缩到40天。"
)

// A topic of a run-in item (三是 on tax services, in the business-climate
// item) that the next report says in another item (the economy item,
// beside its industries) is a split of the old item into that one, though
// the old item's paragraph as a whole stays with its own counterpart: the
// piece, its match, and the rest of either paragraph at home say so.
func TestAlignRunInTopicMovedToAnotherItem(t *testing.T) {
	a := build("a",
		"1|一、2031年工作回顾|过去一年，云溪区经济总量跨上新台阶，区级财政收入稳中有增，城乡居民钱袋子更鼓了。",
		"1|二、2032年主要工作|今年着重办好下面几件事。",
		"2|（一）做大特色产业|"+rtEconomy,
		"2|（二）提升老城区品质|"+rtTown,
		"2|（三）改善营商环境|"+rtClimate)
	b := build("b",
		"1|一、2032年工作回顾|过去一年，云溪区经济总量稳步增长，区级财政收入保持增长，城乡居民收入继续提高。",
		"1|二、2033年主要工作|今年着重办好下面几件事。",
		"2|（一）推动特色产业上台阶|"+rtEconomyNext,
		"2|（二）建设宜居宜业城区|"+rtTownNext,
		"2|（三）营商环境再优化|"+rtClimateNext)
	pairs := Align(a, b, Options{})
	defer func() {
		if t.Failed() {
			t.Log("\n" + alignDump(pairs))
		}
	}()
	for _, want := range [][2]string{
		{"（一）做大特色产业", "（一）推动特色产业上台阶"},
		{"（二）提升老城区品质", "（二）建设宜居宜业城区"},
		{"（三）改善营商环境", "（三）营商环境再优化"},
		{"（三）改善营商环境", "（一）推动特色产业上台阶"},
	} {
		if findPair(pairs, want[0], want[1]) == nil {
			t.Errorf("Align: want %s => %s", want[0], want[1])
		}
	}
	// the town item's topics all stayed
	for _, no := range []string{"（一）推动特色产业上台阶", "（三）营商环境再优化"} {
		if p := findPair(pairs, "（二）提升老城区品质", no); p != nil {
			t.Errorf("Align: （二）提升老城区品质 => %s %s, want no pair", no, p.Status)
		}
	}
}
