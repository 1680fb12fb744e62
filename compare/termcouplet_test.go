package compare

import "testing"

// TestTermsCouplets: a county's report (fictional) that quotes its
// couplets, slogans of two clauses joined by a comma. A new couplet is a
// new term; one the other report wrote with an enumeration comma between
// its halves is neither new nor dropped; a quoted sentence is no term.
func TestTermsCouplets(t *testing.T) {
	a := build("a",
		"0||白塔县2030年政府工作报告",
		"1|一、工作回顾|坚持“项目为王、服务至上”，落实“房子是用来住的、不是用来炒的”定位。",
	)
	b := build("b",
		"0||白塔县2031年政府工作报告",
		"1|一、工作回顾|坚持“有呼必应，无事不扰”，落实“房子是用来住的，不是用来炒的”定位，"+
			"秋收季节做到“不着一把火，不冒一股烟”。县长强调“要把全县的项目建设作为重中之重，每个月都要调度一次”。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"房子是用来住的，不是用来炒的", "要把全县的项目建设作为重中之重，每个月都要调度一次"},
		[]string{"有呼必应，无事不扰", "不着一把火，不冒一股烟"})
	for _, term := range r.DroppedTerms {
		if term.Text == "房子是用来住的、不是用来炒的" {
			t.Errorf("Compare: dropped terms hold %s", term.Text)
		}
	}
}

// TestCommaSlogan: which quoted phrases with a comma are couplets.
func TestCommaSlogan(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"有呼必应，无事不扰", true},
		{"这么近、那么美，周末到河北", true},
		{"江山就是人民，人民就是江山", true},
		{"好，很好", false},                      // a half of one character
		{"要把全县的项目建设作为重中之重，每个月都要调度一次", false}, // a sentence
		{"一是抓项目，二是抓招商，三是抓服务", false},         // three clauses
		{"5G，物联网", false},
	} {
		if got := commaSlogan(c.t); got != c.want {
			t.Errorf("commaSlogan(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}
