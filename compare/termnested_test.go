package compare

import "testing"

// TestTermsNotSloganHalves: a city's report (fictional) that coins a
// slogan of two halves and quotes each half alone once more, and a
// formula with and without its enumeration commas. The new terms hold the
// slogan once and the formula once, not its halves or its other writing;
// a name written mostly alone (青川湾) stays beside the slogan that holds
// it.
func TestTermsNotSloganHalves(t *testing.T) {
	a := build("a",
		"0||青川市2030年政府工作报告",
		"1|一、工作回顾|推进城市更新，建成口袋公园12个。",
	)
	b := build("b",
		"0||青川市2031年政府工作报告",
		"1|一、工作回顾|推动“擦亮新底色、跑出新速度”，坚持“二、一、三、四”发展思路。擦亮新底色、跑出新速度是年度总抓手。",
		"2|二、今年主要任务|围绕“擦亮新底色、跑出新速度”，按照“二一三四”发展思路，打造“青川湾”。"+
			"以“擦亮新底色”扮靓城区，以“跑出新速度”抓实项目。建设“青川湾、翠屏山”双核，青川湾片区开工，青川湾码头投用，青川湾绿道贯通。",
	)
	r := Compare(a, b, Options{})
	got, list := newTermSet(r)
	for _, bad := range []string{"擦亮新底色", "跑出新速度"} {
		if got[bad] {
			t.Errorf("Compare: new terms %v hold %s, a half of the slogan they hold", list, bad)
		}
	}
	if got["二、一、三、四"] && got["二一三四"] {
		t.Errorf("Compare: new terms %v hold 二、一、三、四 and 二一三四", list)
	}
	for _, want := range []string{"擦亮新底色、跑出新速度", "青川湾"} {
		if !got[want] {
			t.Errorf("Compare: new terms %v lack %s", list, want)
		}
	}
}
