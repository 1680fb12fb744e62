package compare

import (
	"slices"
	"testing"
)

// TestTermsPartOfWhole: a county report (fictional) names a programme,
// 农机服务站联盟, in five sections and writes its core, 农机服务站, once more
// alone; it coins 数字农管员 in two sections and quotes “稻鸭共生” once. The
// core is a part of the name: it ranks below the name and the coinages, not
// above them on the count it shares with the name (on main it ranked fourth,
// above 数字农管员). A core the report writes alone twice or more (冷链云仓
// beside 冷链云仓配送中心) is a term of its own and keeps its count.
func TestTermsPartOfWhole(t *testing.T) {
	old := build("o",
		"1|一、2031年工作回顾|粮食总产稳定在12万吨以上，新建高标准农田3万亩。",
		"1|二、2032年主要任务|巩固脱贫成果，抓好春耕备耕。",
	)
	cur := build("n",
		"1|一、2032年工作回顾|建成农机服务站联盟12个，粮食总产稳定在12万吨以上。",
		"1|二、发展现代农业|推广“稻鸭共生”模式，每个乡镇建设农机服务站联盟。培育数字农管员队伍200人。",
		"1|三、扩大农村消费|依托农机服务站联盟开展农资配送。建成冷链云仓配送中心，冷链云仓覆盖全部乡镇。",
		"1|四、保障改善民生|农机服务站联盟延伸养老助餐服务，冷链云仓代收快递。",
		"1|五、深化农村改革|数字农管员承接土地托管，农机服务站联盟代办社保业务。",
		"1|六、加强政府建设|农机服务站运营纳入乡镇考核。",
	)
	var got []string
	for _, term := range Compare(old, cur, Options{}).NewTerms {
		got = append(got, term.Text)
	}
	at := func(s string) int {
		if i := slices.Index(got, s); i >= 0 {
			return i
		}
		return len(got) // not listed: below every listed term
	}
	for _, above := range []string{"农机服务站联盟", "数字农管员", "稻鸭共生"} {
		if at(above) == len(got) {
			t.Errorf("new terms %v lack %s", got, above)
		} else if at(above) > at("农机服务站") {
			t.Errorf("new terms %v: 农机服务站, a part of 农机服务站联盟 written alone once, ranks above %s", got, above)
		}
	}
	if at("冷链云仓") == len(got) || at("冷链云仓") > at("数字农管员") {
		t.Errorf("new terms %v: 冷链云仓, written alone twice, ranks below 数字农管员 (used twice) or is not listed", got)
	}
}

// TestOwnCounts: which counts of terms weigh only their own uses.
func TestOwnCounts(t *testing.T) {
	texts := []string{"农机服务站联盟", "农机服务站", "冷链云仓配送中心", "冷链云仓", "农机", "服务站联盟"}
	counts := []int{5, 6, 1, 3, 9, 5}
	want := []int{5, 1, 1, 3, 9, 5}
	// 农机服务站: five of six inside the 联盟 -> one of its own; 冷链云仓:
	// one of three inside -> its count; 农机: six of nine inside (as
	// 农机服务站) -> its count, three alone; 服务站联盟: always inside the
	// 联盟, as often as it -> DropNested's case, counted whole here
	if got := ownCounts(texts, counts); !slices.Equal(got, want) {
		t.Errorf("ownCounts(%q, %v) = %v, want %v", texts, counts, got, want)
	}
}
