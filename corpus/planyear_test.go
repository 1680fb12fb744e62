package corpus

import "testing"

// TestReadYearFromFivePlanReview checks that a work report whose review
// part names no year in digits is dated by the five-year plan its review
// heading accounts for: a plan carried out (“十五”计划执行基本情况, a
// template that masks its years as ××年) reviews the plan's last year, a
// plan opened well (实现了“十五”计划的良好开局, an old digest whose year is
// in Chinese numerals) its first; the report is the next year's. A heading
// that names its year keeps it though it reports on a plan midway.
func TestReadYearFromFivePlanReview(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"masked template, plan carried out", "××年市人民政府工作报告\n\n各位代表：\n\n" +
			"现在，我代表市人民政府向大会作工作报告，请予审议，并请各位政协委员提出意见。\n\n" +
			"一、××年工作回顾和“十五”计划执行基本情况\n\n" +
			"××年是攻坚克难、锐意进取的一年。全市实现地区生产总值××亿元，增长××%。\n\n" +
			"二、××年工作的总体要求\n\n今年全市工作的总体要求是：坚持科学发展，推进白塔新区建设。\n", 2006},
		{"eleventh plan carried out", "政府工作报告\n\n各位代表：\n\n" +
			"现在，我代表县人民政府向大会报告工作，请予审议。\n\n" +
			"一、“十一五”规划完成情况回顾\n\n五年来，全县生产总值年均增长12%，财政收入翻了一番。\n", 2011},
		{"a year's review with the plan midway", "政府工作报告\n\n各位代表：\n\n" +
			"现在，我代表县人民政府向大会报告工作，请予审议。\n\n" +
			"一、2008年工作回顾和“十一五”规划执行情况\n\n2008年，全县生产总值增长11%。\n", 2009},
		{"digest, plan opened well, year in Chinese numerals", "市第十四届人民代表大会第五次会议上的政府工作报告（摘要）\n\n" +
			"一、二○○一年全市经济社会继续保持旺盛活力，实现了\"十五\"计划的良好开局\n" +
			"全市国内生产总值完成138.8亿元，比上年增长14%；地方财政收入完成5.93亿元，增长22%。\n" +
			"（一）全力提升发展质量，经济建设进入快速高效增长新时期。\n", 2002},
		{"plan opened well, no year at all", "政府工作报告（摘要）\n\n" +
			"一、全市经济平稳较快发展，实现了“十一五”规划的良好开局\n" +
			"全市生产总值完成98亿元，比上年增长13%。\n", 2007},
	} {
		d, err := Read("青川市政府工作报告.txt", []byte(tc.text))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d.Year != tc.want {
			t.Errorf("%s: year %d, want %d", tc.name, d.Year, tc.want)
		}
	}
}
