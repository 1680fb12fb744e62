package corpus

import "testing"

// TestReadProvinceTaggedTitle checks that a copy site's title that files
// the report under its province in brackets ((某省)2031年某县人民政府工作报告
// (全文)) gives the report the place the title names after the tag, the
// county, when the body never names it (a page that says 全县 and 我县
// only); a tagged title that names no place of its own gives none, not the
// site's province.
func TestReadProvinceTaggedTitle(t *testing.T) {
	body := "\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n" +
		"一、2030年工作回顾\n一年来，我们在县委的坚强领导下，在县人大、县政协的监督支持下，全县地区生产总值增长百分之六，" +
		"一般公共预算收入增长百分之五，城乡居民人均可支配收入分别增长百分之五点五和百分之七。\n" +
		"二、2031年工作安排\n我们将坚持稳中求进，全力抓好项目建设，持续改善民生，推动我县经济社会高质量发展。\n"
	for _, c := range []struct{ title, region string }{
		{"(青川省)2031年白塔县人民政府工作报告(全文)", "白塔县"},
		{"（青川省）白塔县2031年政府工作报告", "白塔县"},
		{"(青川省)2031年政府工作报告(全文)", ""},
	} {
		d, err := Read("report.txt", []byte(c.title+body))
		if err != nil {
			t.Fatal(err)
		}
		if d.Region != c.region {
			t.Errorf("%s: region %q, want %q", c.title, d.Region, c.region)
		}
	}
}
