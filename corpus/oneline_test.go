package corpus

import (
	"strings"
	"testing"
)

func TestSplitRunTogether(t *testing.T) {
	// A fictional report run together with nothing between its
	// paragraphs, long enough to be taken for one.
	body := strings.Repeat("全县地区生产总值增长6%，一般公共预算收入增长5%。新建澜沧湾小学等学校3所，改造老旧小区12个。", 40)
	head := "标题：2032年云溪县政府工作报告发文单位：云溪县人民政府发文时间：未知来源URL：http://yunxi.example/a?id=7正文：" +
		"政府工作报告——2032年1月6日在云溪县五届人大二次会议上云溪县县长　苏青禾各位代表：现在，我代表县政府作工作报告，请予审议。"
	got := splitRunTogether(head + "一、2031年工作回顾" + body + "网站地图法律声明关于本站版权所有：云溪县人民政府主办：云溪县人民政府办公室网站标识码：9900000001\n")
	wantHead := "标题：2032年云溪县政府工作报告\n发文单位：云溪县人民政府\n发文时间：未知\n来源URL：http://yunxi.example/a?id=7\n正文：\n" +
		"政府工作报告\n——2032年1月6日在云溪县五届人大二次会议上\n云溪县县长　苏青禾\n各位代表：现在，我代表县政府作工作报告，请予审议。\n" +
		"一、2031年工作回顾全县地区生产总值增长6%，一般公共预算收入增长5%。\n新建澜沧湾小学等学校3所，改造老旧小区12个。\n"
	if !strings.HasPrefix(got, wantHead) {
		t.Errorf("head:\n got %q\nwant %q", got[:len(wantHead)], wantHead)
	}
	wantTail := "改造老旧小区12个。\n网站地图\n法律声明\n关于本站\n版权所有：云溪县人民政府\n主办：云溪县人民政府办公室\n网站标识码：9900000001\n"
	if !strings.HasSuffix(got, wantTail) {
		t.Errorf("tail:\n got %q\nwant %q", got[len(got)-len(wantTail):], wantTail)
	}

	// A copy of the page further on: its editor's note, breadcrumb, the
	// site's stamp glued to the title, and the title block.
	copyPage := "（《云溪日报》20320107）（责任编辑：林小舟）当前位置：首页>> 县情概况2032年云溪县政府工作报告云溪县人民政府网 www.yunxi.example 2032年01月08日来源：云溪日报2032年云溪县政府工作报告——2032年1月6日在云溪县五届人大二次会议上县长苏青禾各位代表：现在，我代表县人民政府报告工作。"
	got = splitRunTogether(head + body + copyPage + body + "\n")
	want := "（《云溪日报》20320107）\n（责任编辑：林小舟）\n当前位置：首页>> 县情概况2032年云溪县政府工作报告\n云溪县人民政府网 www.yunxi.example 2032年01月08日来源：云溪日报\n2032年云溪县政府工作报告\n——2032年1月6日在云溪县五届人大二次会议上\n县长苏青禾\n各位代表：现在，我代表县人民政府报告工作。\n"
	if !strings.Contains(got, want) {
		i := strings.Index(got, "（《云溪日报》")
		t.Errorf("copy:\n got %q\nwant %q", got[i:i+len(want)], want)
	}

	// A saved page with the report twice, each copy a line under half the
	// file: both are parted.
	page := "当前位置：首页>> 县情概况\n" + head + body + "\n"
	got = splitRunTogether(page + page)
	if n := strings.Count(got, "\n各位代表："); n != 2 {
		t.Errorf("two copies: %d greetings on their own lines, want 2", n)
	}

	// A title that names the meeting goes on after it.
	if got := splitRunTogether("标题：苏青禾在云溪县五届人大三次会议上的工作报告正文：" + body + "\n"); !strings.HasPrefix(got, "标题：苏青禾在云溪县五届人大三次会议上的工作报告\n正文：\n") {
		t.Errorf("title with its meeting: %.120q", got)
	}

	// A short page run together whole: a county's plan of a few hundred
	// characters under a collector's header.
	short := "标题：云溪县2032年政府工作要点发文单位：云溪县人民政府正文：" + strings.Repeat("全县新增城镇就业2500人，城镇登记失业率控制在3%以内。", 20) + "\n"
	if got := splitRunTogether(short); !strings.HasPrefix(got, "标题：云溪县2032年政府工作要点\n发文单位：云溪县人民政府\n正文：\n全县新增城镇就业2500人") {
		t.Errorf("short page: %.200q", got)
	}

	for _, in := range []string{
		// Ordinary lines stay.
		"政府工作报告\n各位代表：\n" + body[:600] + "\n",
		// A whole text that opens with the text itself is a flat text
		// Clean parts at its headings.
		"各位代表：现在，我代表县人民政府报告工作。一、2031年工作回顾" + body + "\n",
		// So does one with only its title block before the greeting.
		"云溪县2032年政府工作报告各位代表：现在，我代表县人民政府报告工作。一、2031年工作回顾" + body + "\n",
		// A short page's one paragraph under its title.
		"云溪县2032年工作要点\n" + strings.Repeat("全县新增城镇就业2500人，城镇登记失业率控制在3%以内。", 5) + "\n" + strings.Repeat("抓好安全生产。\n", 30),
		// A report's own long paragraph, under half of the file.
		"政府工作报告\n各位代表：\n" + body + "\n" + strings.Repeat("过去一年，全县上下团结奋斗。\n", 300),
		// A converter's spaces after its paragraphs.
		"政府工作报告 " + strings.ReplaceAll(body, "。", "。 ") + "\n",
	} {
		if got := splitRunTogether(in); got != in {
			t.Errorf("splitRunTogether(%.60q…) changed it:\n%.300q", in, got)
		}
	}
}
