package corpus

import (
	"fmt"
	"testing"
)

// TestReadRegionFromOwnCommittee checks that a work report that names its
// place only in the party committee that led its government (a template
// that masks the place as X everywhere else) is filed under that place, of
// the level the report speaks for, and that a report naming two committees
// of its own level is filed under neither.
func TestReadRegionFromOwnCommittee(t *testing.T) {
	open := "各位代表：\n\n现在，我代表%s人民政府向大会作工作报告，请予审议，并请各位政协委员提出意见。\n\n" +
		"一、××年工作回顾\n\n××年是攻坚克难、锐意进取的一年。一年来，在%s的正确领导下，全%s上下开拓创新，" +
		"较好地完成了年度目标任务。全%s实现地区生产总值××亿元，增长××%%。\n\n" +
		"二、××年工作安排\n\n今年全%s工作的总体要求是：坚持稳中求进，推进新区建设。\n"
	for _, tc := range []struct {
		name, unit, led, want string
	}{
		{"city", "市", "中共衢州市委", "衢州市"},
		{"county under its city's committee too", "县", "中共衢州市委、衢州市人民政府和中共开化县委", "开化县"},
		{"two committees of the city's level", "市", "中共衢州市委和中共丽水市委", ""},
		{"the city's committee over a county's report", "县", "中共衢州市委", ""},
	} {
		text := "××年" + tc.unit + "人民政府工作报告\n\n" +
			fmt.Sprintf(open, tc.unit, tc.led, tc.unit, tc.unit, tc.unit)
		d, err := Read("政府工作报告.txt", []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d.Region != tc.want {
			t.Errorf("%s: region %q, want %q", tc.name, d.Region, tc.want)
		}
	}
}
