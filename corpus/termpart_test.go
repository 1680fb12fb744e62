package corpus

import (
	"slices"
	"testing"
)

// TestReadTermReviewNamingItsLastYear checks that the review part of a
// report to a new congress's first session, headed by the term and the
// year that closes it on a line of its own (过去五年及2031年工作回顾), is
// read as a part though a copy cut the report off before its other parts,
// as the same heading without the year is.
func TestReadTermReviewNamingItsLastYear(t *testing.T) {
	for _, head := range []string{"过去五年及2031年工作回顾", "过去五年和2031年工作回顾", "过去五年工作回顾"} {
		in := "——2031年12月25日在青川市白塔区第十七届人民代表大会第一次会议上\n" +
			"区人民政府代区长 某某\n各位代表：\n" +
			"现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。\n" +
			head + "\n" +
			"过去的五年是极不平凡的五年。区政府团结带领全区人民，圆满完成了本届政府的各项工作任务。\n" +
			"经济综合实力显著增强。主要经济指标总量和增幅位居全市前列，竣工达产亿元以上重点项目37个。\n" +
			"区域经济结构日趋优化。金融业和服务业集聚发展，新经济产业增加值占比达到20%以上。\n"
		d, err := Read("白塔区政府工作报告.txt", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if got := headings(d); !slices.Contains(got, "1 "+head) {
			t.Errorf("%s: headings %q, want it among them", head, got)
		}
	}
}
