package corpus

import (
	"strings"
	"testing"
)

// TestBannerShortNames checks that a banner is found by its short form and
// that the short form does not list the banner twice among all divisions.
func TestBannerShortNames(t *testing.T) {
	checkShortForms(t, map[string]string{"科右前旗": "科尔沁右翼前旗", "土左旗": "土默特左旗", "乌前旗": "乌拉特前旗"}, "科尔沁右翼前旗")
}

// checkShortForms checks that lookupPlace finds each short form of forms
// as the one division of its full name, and that allDivisions lists the
// division named once only once.
func checkShortForms(t *testing.T, forms map[string]string, once string) {
	t.Helper()
	for short, full := range forms {
		ds := lookupPlace(short)
		if len(ds) != 1 || ds[0].name != full {
			t.Errorf("lookupPlace(%q) = %v, want %s", short, ds, full)
		}
	}
	n := 0
	for _, d := range allDivisions() {
		if d.name == once {
			n++
		}
	}
	if n != 1 {
		t.Errorf("allDivisions lists %s %d times, want 1", once, n)
	}
}

// TestAutonomousCountyShortNames checks that an autonomous county is found
// by its name with 县 after its place name alone, however many peoples its
// full name lists, and that the short form does not list it twice.
func TestAutonomousCountyShortNames(t *testing.T) {
	checkShortForms(t, map[string]string{"长阳县": "长阳土家族自治县", "积石山县": "积石山保安族东乡族撒拉族自治县", "双江县": "双江拉祜族佤族布朗族傣族自治县", "北川县": "北川羌族自治县"}, "长阳土家族自治县")
	if got := namedPlace("北川县教育局2031年工作总结"); got != "北川县" {
		t.Errorf("namedPlace = %q, want 北川县", got)
	}
}

// TestLandmarksNameNoPlace checks that a landmark whose name holds a
// place's short form (长白山, 图们江, 科尔沁草原, 嫩江流域, 太平湖) and a
// province whose name holds a city's (吉林省) name no place, while the
// places themselves, chains of places and a place's own hills still do.
func TestLandmarksNameNoPlace(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"登长白山", ""},
		{"长白山下", ""},
		{"图们江沿岸", ""},
		{"科尔沁草原上", ""},
		{"嫩江流域治理", ""},
		{"贺兰山东麓", ""},
		{"太平湖景区", ""},
		{"安宁河谷", ""},
		{"吉林省", ""},
		{"吉林省委", ""},
		// a university named by its place's short form and its own
		// short word (师大 for 师范大学, 农大, 医大) is no mention of the
		// place, as one named in full (吉林大学) is not
		{"吉林师大附属中学", ""},
		{"吉林农大毕业生", ""},
		{"吉林大学", ""},
		{"吉林师范大学", ""},
		{"白山市", "白山市"},
		{"赴白山调研", "白山市"},
		{"吉林白山", "吉林市 白山市"},
		{"吉林市人民政府", "吉林市"},
		{"吉林", "吉林市"},
		{"嫩江市", "黑河市:嫩江市"},
		{"图们市", "延边朝鲜族自治州:图们市"},
		{"科尔沁区", "通辽市:科尔沁区"},
		{"宁波江北区", "宁波市 宁波市:江北区"},
		{"郴州山乡巨变", "郴州市"},
		{"长江芜湖河段", "芜湖市"},
		// a district whose full name is an everyday word (老城区, 新城区)
		// counts only after its city or before an organ of its own
		{"完成老城区两所学校的改造", ""},
		{"新城区建设提速", ""},
		{"洛阳市老城区", "洛阳市 洛阳市:老城区"},
		{"老城区教育局", "洛阳市:老城区"},
		{"老城区委", "洛阳市:老城区"},
		// a short form whose last character opens 政府 (党委和政府) is
		// no mention; before another word it is (和政发展)
		{"在党委和政府的领导下", ""},
		{"和政发展", "临夏回族自治州:和政县"},
		// everyday words that are short forms too count only in full
		{"市公安局交警支队", ""},
		{"港口码头建设", ""},
		{"大运河文化带", ""},
		{"坚持创新和改革", ""},
		{"公安县公安局", "荆州市:公安县"},
		// a county or district whose full name is two characters counts
		// after its own city, or with no Han character before it and an
		// organ of its own after it, when no other city has one so named
		{"着力提高县域经济实力", ""},
		{"在市委和县委的领导下", ""},
		{"城区学校大班额全部消除", ""},
		{"安庆矿区办事处", "安庆市"}, // 安庆 is named, its 矿区 is no district
		{"晋城市城区", "晋城市 晋城市:城区"},
		{"阳泉市郊区人民政府", "阳泉市 阳泉市:郊区"},
		{"黄山市歙县", "黄山市 黄山市:歙县"},
		{"歙县第十八届人民代表大会", "黄山市:歙县"},
		{"上午，歙县人民政府召开", "黄山市:歙县"},
		{"代表歙县人民政府", ""},
		{"歙县发展史", ""},
		{"城区人民政府", ""},    // three cities have a 城区
		{"晋城市城区路", "晋城市"}, // a street
		{"太原市城区", "太原市"},  // not a district of 太原
	} {
		var got []string
		walkPlaces(c.text, func(p place) {
			if p.county {
				got = append(got, p.city+":"+p.name)
			} else {
				got = append(got, p.name)
			}
		})
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("walkPlaces(%q) = %q, want %q", c.text, s, c.want)
		}
	}
}

func TestLeadShortPlace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"临朐五中", "临朐县"},
		{"莱州云岭学校", "莱州市"},
		{"光明小学", ""},    // a word, not 光明区
		{"临朐县第五中学", ""}, // the full name: placeChainRe's
		{"临朐", ""},      // nothing after it
		{"青禾实验学校", ""},  // no such place
	} {
		if got := leadShortPlace(c.in); got != c.want {
			t.Errorf("leadShortPlace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTwoCharCountyOwnOrgans checks that a county whose full name is two
// characters is a place before its organs named by its level again (县委,
// 县长), as before 人民政府, and still no place inside a phrase.
func TestTwoCharCountyOwnOrgans(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"3月9日，歙县县委副书记、县长到乡镇调研。", "歙县"},
		{"和县县长主持召开常务会议。", "和县"},
		{"市委和县委联合召开会议。", ""},
		{"全县县委工作会议召开。", ""},
	} {
		got := ""
		walkPlaces(tc.text, func(p place) { got += p.name })
		if got != tc.want {
			t.Errorf("walkPlaces(%q) named %q, want %q", tc.text, got, tc.want)
		}
	}
}
