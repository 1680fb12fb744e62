package corpus

import "testing"

// readIssuer reads a fictional paper and returns its issuer and region.
func readIssuer(t *testing.T, name, text string) (issuer, region string) {
	t.Helper()
	d, err := Read(name, []byte(text))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d.Issuer, d.Region
}

// TestIssuerLevelBeforeMarketOffice checks that an office whose own name
// opens with a level's character (市场监督管理局) keeps the level its paper
// names it by (区市场监督管理局), as any other office does (区统计局): the
// district's and the county's market regulators are two issuers.
func TestIssuerLevelBeforeMarketOffice(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"a.txt", "首页 > 工作总结 > 正文\n区市场监督管理局2031年工作总结\n发布时间：2032-01-08 来源：网友投稿\n今年以来，区市场监管局深入贯彻区委、区政府工作部署，全区市场监管工作取得新进展。\n一、主要工作\n（一）优化营商环境。全区新增市场主体3200户。\n", "区市场监督管理局"},
		{"b.txt", "XX县市场监督管理局2031年上半年工作总结\n上半年，我局在县委、县政府的坚强领导下，扎实推进食品安全监管。\n一、工作开展情况\n全县完成食品抽检800批次。\n", "县市场监督管理局"},
		{"c.txt", "区统计局2031年工作总结\n今年以来，区统计局深入贯彻区委、区政府工作部署，全区统计工作取得新进展。\n一、主要工作\n（一）抓好普查。全区完成普查任务。\n", "区统计局"},
	} {
		if got, _ := readIssuer(t, c.name, c.text); got != c.want {
			t.Errorf("%s: issuer %q, want %q", c.name, got, c.want)
		}
	}
	for name, want := range map[string]bool{"区市场监督管理局": true, "县教育局": true, "市场监督管理局": false, "市场监管局": false, "教育局": false} {
		if got := leveledName(name); got != want {
			t.Errorf("leveledName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestIssuerShortOfficeName checks that an office a paper names by its
// short name (县卫健委, 区人社局, 市场监管局) is one issuer with the office
// that names itself in full: the full name, spelt as the paper's own text
// spells it where two spellings are in use (教育和体育局).
func TestIssuerShortOfficeName(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"a.txt", "X县卫健委2031年上半年工作总结\n上半年，县卫健委在县委、县政府的坚强领导下，统筹做好卫生健康工作。\n一、疫情防控成效显著\n全县完成接种12万剂次。\n", "县卫生健康委员会"},
		{"b.txt", "市卫健委2031年度工作总结与2032年度工作计划\n2031年，XX市卫健委围绕市委、市政府决策部署，全面提升医疗卫生服务能力。\n一、工作完成情况\n（一）加强党建引领。\n", "市卫生健康委员会"},
		{"c.txt", "XX区人社局2031年工作总结\n今年以来，区人社局在区委、区政府的领导下，全力稳就业保民生。\n一、主要成效\n全区城镇新增就业5200人。\n", "区人力资源和社会保障局"},
		{"d.txt", "白塔县教体局2031年工作要点\n2031年，白塔县教育和体育局将坚持立德树人，推动全县教育体育事业高质量发展。\n一、加强党的建设\n二、提升教育质量\n", "教育和体育局"},
		{"e.txt", "区教体局2031年工作总结\n今年以来，区教体局在区委、区政府的坚强领导下，推进教育体育事业发展。\n一、主要工作\n全区新建学校3所。\n", "区教育体育局"},
	} {
		if got, _ := readIssuer(t, c.name, c.text); got != c.want {
			t.Errorf("%s: issuer %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range []struct{ issuer, text, want string }{
		{"卫健委", "", "卫生健康委员会"},
		{"市场监管局", "", "市场监督管理局"},
		{"县教体局", "县教育和体育局", "县教育和体育局"},
		{"县教体局", "教育体育局……教育和体育局", "县教育体育局"},
		{"县文旅局", "", "县文化和旅游局"},
		// a name that only ends as a short name does, and full names, stay
		{"某某卫健委", "", "某某卫健委"},
		{"卫生健康委员会", "", "卫生健康委员会"},
		{"统计局", "", "统计局"},
	} {
		if got := fullOfficeName(c.issuer, c.text); got != c.want {
			t.Errorf("fullOfficeName(%q, %q) = %q, want %q", c.issuer, c.text, got, c.want)
		}
	}
}

// TestIssuerLevelInText checks that a bureau's paper whose title names the
// office alone (教育局工作计划) gets its level from its text: its
// superiors by level after its superior office's guidance (在市教委的统一部署
// 和区委、区政府的领导下), after a copy's notes and in traditional
// characters, or its own place named with the name masked (围绕xx区…部署).
func TestIssuerLevelInText(t *testing.T) {
	notes := "时间：2032-03-27 06:47:00\n\n导语：本文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。本站所有文章均为网友投稿，仅供学习参考，请勿用于商业用途，如有侵权请联系删除。\n\n"
	for _, c := range []struct{ name, text, want string }{
		{"a.txt", "教育局教育工作计划\n\n" + notes + "教育局教育工作计划\n\n一、促进教育的科学发展\n1、组织好主题教育活动。上半年组织好机关的学习活动，下半年在教育系统全面推开，进一步解放思想，积极推进改革。\n2、启动中长期教育规划的编撰。在市教委的统一部署和区委、区政府的领导下，认真总结三十年来教育改革和发展的经验。\n", "区教育局"},
		{"b.txt", "教育局教育工作計劃\n\n時間：2032-03-27 06:47:00\n\n導語：本文來源於網友上傳，不代表本站觀點，若需要原創文章可諮詢客服老師，歡迎參考。本站所有文章均為網友投稿，僅供學習參考，請勿用於商業用途。\n\n教育局教育工作計劃\n\n一、促進教育的科學發展\n1、組織好主題教育活動。上半年組織好機關的學習活動，下半年在教育系統全面推開，進一步解放思想。\n2、啟動中長期教育規劃的編撰。在市教委的統一部署和區委、區政府的領導下，認真總結三十年來教育改革和發展的經驗。\n", "区教育局"},
		{"c.txt", "教育局2031年工作总结和2032年工作思路\n今年以来，我局以党的二十大精神为指导，紧紧围绕xx区“滨海花园建设”决策部署，深入推进教育改革，教育事业整体发展水平得到有效提升。现将工作总结如下：\n一、2031年工作回顾\n（一）持续改善办学条件。\n", "区教育局"},
		// a city's bureau whose county is named masked less often than
		// its own city stays the city's
		{"d.txt", "教育局2031年工作总结\n今年以来，我局紧紧围绕XX市“教育强市”决策部署，推动XX市教育优质均衡发展，XX县实验学校建成投用。\n一、2031年工作回顾\n（一）持续改善办学条件。\n", "市教育局"},
	} {
		if got, _ := readIssuer(t, c.name, c.text); got != c.want {
			t.Errorf("%s: issuer %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range []struct{ s, want string }{
		{"紧紧围绕xx区“海上花园建设”决策部署", "区"},
		{"XX县教育局在XX市教育局指导下，XX县各校", "县"},
		{"XX县、XX区", ""},
		{"XX市场主体，XX区域", ""},
		{"某种程度上", ""},
	} {
		if got := maskedPlaceLevel(c.s); got != c.want {
			t.Errorf("maskedPlaceLevel(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestIssuerSchool checks a school's paper's issuer: the full name its
// byline gives under a title that shortens it (岚川二中 over 岚川市第二中学),
// the place kept in a name that is a number alone after it, and the
// school's kind for a school of no name (小学, 初级中学), never the kind of
// several schools or of any.
func TestIssuerSchool(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"a.txt", "【统计规划】岚川二中2031-2032学年度学校工作计划\n\n作者: 来自: 时间:2032-07-13\n\n岚川市第二中学\n\n2031—2032学年度学校工作计划\n\n一、指导思想\n\n以立德树人为根本任务，按照上级教育部门的工作部署，努力提高教育教学质量，办好人民满意学校。\n\n二、主要目标\n\n1.全面加强党的建设。\n", "岚川市第二中学"},
		{"b.txt", "小学2031-2032年工作计划\n随着新学年的到来，我校制定了详尽的工作计划，旨在为师生创造一个更加和谐、高效的学习环境。\n一、教学工作\n继续深化课程改革，加强教师队伍建设。\n", "小学"},
		{"c.txt", "初级中学2031-2032学年度第一学期学校工作计划\n一、指导思想\n本学期，我校以立德树人为根本任务，全面推进素质教育。\n二、工作目标\n", "初级中学"},
		{"d.txt", "中小学2031年工作计划\n一、指导思想\n全县中小学校以立德树人为根本任务。\n二、工作目标\n", ""},
	} {
		if got, region := readIssuer(t, c.name, c.text); got != c.want {
			t.Errorf("%s: issuer %q (region %q), want %q", c.name, got, region, c.want)
		}
	}
	if got := schoolByline("岚川市第二中学\n\n2031—2032学年度学校工作计划\n", "岚川二中"); got != "岚川市第二中学" {
		t.Errorf("schoolByline = %q, want the byline's school", got)
	}
}
