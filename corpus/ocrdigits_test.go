package corpus

import "testing"

// TestFixOCRDigits: letters OCR read for digits inside numbers become the
// digits; letters of words, codes and Chinese numerals stay.
func TestFixOCRDigits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"——2O31年1月3O日在澄岚县第五届人民代表大会第九次会议上", "——2031年1月30日在澄岚县第五届人民代表大会第九次会议上"},
		{"增长1O.5%，完成投资2〇6亿元，l2个", "增长10.5%，完成投资206亿元，l2个"},
		{"跨境商品展示（O2O）体验店", "跨境商品展示（O2O）体验店"},
		{"2OO6年", "2006年"},
		{"二〇三一年", "二〇三一年"},
		{"CO2排放下降，PM2.5浓度下降，Win10系统", "CO2排放下降，PM2.5浓度下降，Win10系统"},
		{"O型血，l号线，Model 2031", "O型血，l号线，Model 2031"},
		{"开展All in 2031行动", "开展All in 2031行动"},
	} {
		if got := fixOCRDigits(c.in); got != c.want {
			t.Errorf("fixOCRDigits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
