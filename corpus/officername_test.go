package corpus

import "testing"

// TestOfficerNamesMasked checks which officials' names are blanked before a
// story's region is read: those that hold a place's name, wherever the
// story repeats them, and never a place's own name that a post's last
// character opens, nor what an official did (fictional names, real places).
func TestOfficerNamesMasked(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"县长吴长春就报告征求意见。吴长春表示感谢", "县长         就报告征求意见。         表示感谢"},
		{"院长郑卫东作报告，郑卫东说", "院长         作报告，         说"},
		{"县长吴某某就报告征求意见", "县长吴某某就报告征求意见"},   // no place in the name
		{"湖南省长沙市，市长某某出席", "湖南省长沙市，市长某某出席"}, // 省长 + 沙市: 长沙市
		{"市委书记在河北考察", "市委书记在河北考察"},         // what he did, no name
		{"大会主席台前排就座", "大会主席台前排就座"},         // the chair's stand
	} {
		if got := officerNamesMasked(tc.in); got != tc.want {
			t.Errorf("officerNamesMasked(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
