package corpus

import (
	"slices"
	"strings"
	"testing"
)

// A copy site that runs a report's title block into one line drops the dash
// before the date line too: the title is still the title, and the date line
// what follows it.
func TestSplitGluedDashlessDateLine(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"政府工作报告2031年12月16日在白塔县第十六届人民代表大会第一次会议上县长某某各位代表：现在，我代表县人民政府向大会报告工作，请予审议。"},
			[]string{"政府工作报告", "2031年12月16日在白塔县第十六届人民代表大会第一次会议上", "县长某某", "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。"}},
		// spaced out, a year in the title itself
		{[]string{"白塔县2032年政 府 工 作 报 告 2032年2月20日在白塔县第十七届人民代表大会第二次会议上"},
			[]string{"白塔县2032年政府工作报告", "2032年2月20日在白塔县第十七届人民代表大会第二次会议上"}},
		// a page's headline glued before the title, brackets ASCII or not
		{[]string{"1、2032年白塔县政府工作报告(全文) 政 府 工 作 报 告 2032年6月10日在白塔县第十六届 人民代表大会第五次会议上 白塔县县长 某某 各位代表:"},
			[]string{"1、2032年白塔县政府工作报告(全文)", "政府工作报告", "2032年6月10日在白塔县第十六届人民代表大会第五次会议上", "白塔县县长某某", "各位代表:"}},
		{[]string{"（山南省）2032年白塔县人民政府工作报告（全文）政府工作报告2032年2月5日在白塔县第十八届人民代表大会第二次会议上"},
			[]string{"（山南省）2032年白塔县人民政府工作报告（全文）", "政府工作报告", "2032年2月5日在白塔县第十八届人民代表大会第二次会议上"}},
		// a sentence that names a report before a date is no title block
		{[]string{"会议听取了县长所作的政府工作报告2031年1月5日在白塔县第十届人民代表大会第三次会议上通过"},
			[]string{"会议听取了县长所作的政府工作报告2031年1月5日在白塔县第十届人民代表大会第三次会议上通过"}},
	} {
		if got := splitGlued(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitGlued(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestReadDashlessTitleBlock(t *testing.T) {
	page := strings.Join([]string{
		"（山南省）2032年白塔县人民政府工作报告（全文）",
		"公文站 2033-07-23 10:38:42 政府报告",
		"（山南省）2032年白塔县人民政府工作报告（全文） 政 府 工 作 报 告 2031年12月16日在白塔县第十六届人民代表大会第一次会议上 县长 某某某 各位代表： 现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。 一、过去五年工作回顾 五年来，县政府团结带领全县人民，较好完成了县第十五届人大一次会议确定的目标任务。",
		"一、过去五年工作回顾",
		"五年来，县政府团结带领全县人民，较好完成了县第十五届人大一次会议确定的目标任务。2031年，全县地区生产总值189亿元。",
		"二、2032年工作安排",
		"2032年，全县经济社会发展的主要预期目标是：地区生产总值增长7%。",
	}, "\n")
	d, err := Read("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "政府工作报告" {
		t.Errorf("title = %q, want 政府工作报告", d.Title)
	}
	if d.Year != 2032 {
		t.Errorf("year = %d, want 2032 (a December session's report is the next year's)", d.Year)
	}
	if d.Region != "白塔县" {
		t.Errorf("region = %q, want 白塔县", d.Region)
	}
}
