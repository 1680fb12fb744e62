package compare

import "testing"

// TestTermsNotRoads: a county's report (fictional) that names the streets
// it rebuilt, two years running with other streets. No street is a new or
// dropped term; the year's programme (“四好农村路”) and a new name of a
// way (丝路经济带) are new.
func TestTermsNotRoads(t *testing.T) {
	a := build("a",
		"0||白塔县2030年政府工作报告",
		"1|一、工作回顾|完成溪桥路、柳湾大街改造，溪桥路县城段拓宽，柳湾大街亮化完工。",
	)
	b := build("b",
		"0||白塔县2031年政府工作报告",
		"1|一、工作回顾|完成桐川路西段、晏河大街改造，桐川路西段通车，晏河大街绿化完工，保沧路县城段铺装，保沧路县城段亮化。"+
			"创建“四好农村路”示范县，融入丝路经济带，丝路经济带节点建设加快。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"桐川路西段", "桐川路", "晏河大街", "保沧路"}, []string{"四好农村路", "丝路经济带"})
	for _, term := range r.DroppedTerms {
		if term.Text == "溪桥路" || term.Text == "柳湾大街" {
			t.Errorf("Compare: dropped terms hold %s", term.Text)
		}
	}
}

// TestRoadName: which words are a street's name.
func TestRoadName(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		want bool
	}{
		{[]string{"商", "桐", "路"}, true},
		{[]string{"交通", "路", "西段"}, true},
		{[]string{"贝尔", "大街"}, true},
		{[]string{"四", "好", "农村", "路"}, false}, // a numbered programme
		{[]string{"丝绸之路"}, false},
		{[]string{"一带", "一路"}, false},
		{[]string{"新", "丝绸", "之", "路"}, false},
		{[]string{"高速", "公路"}, false},
	} {
		if got := roadName(c.ws); got != c.want {
			t.Errorf("roadName(%q) = %v, want %v", c.ws, got, c.want)
		}
	}
}
