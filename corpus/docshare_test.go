package corpus

import (
	"strings"
	"testing"
)

// sharedReportBody is a fictional county's report after its title block:
// the greeting, the opening and two numbered parts.
var sharedReportBody = []string{
	"各位代表：",
	"现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。",
	"一、2030年工作回顾",
	"过去一年，全县地区生产总值增长6.5%，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长6%和8%，较好完成了县五届人大二次会议确定的目标任务。",
	"（一）产业发展稳中有进。新增规模以上工业企业12家，白塔工业园区产值突破百亿元。",
	"（二）民生保障持续加强。新增城镇就业3200人，新建改建农村公路86公里。",
	"二、2031年工作安排",
	"今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。",
	"（一）扎实推进产业升级。",
	"（二）持续改善民生福祉。",
}

// TestDocShareNotes: a document-sharing site prints who uploaded the file
// and that a plain-text preview follows (本文由用户“…”分享发布 … 举报文档 /
// 以下为《…》的无排版文字预览，完整格式请下载) between its headline and the
// report. The notes are the site's: no section holds them.
func TestDocShareNotes(t *testing.T) {
	text := strings.Join(append([]string{
		"白塔县2031年政府工作报告",
		"",
		"本文由用户“qingchuan2031”分享发布 更新时间：2032-03-17 05:05:26 举报文档",
		"",
		"以下为《白塔县2031年政府工作报告》的无排版文字预览，完整格式请下载",
		"",
		"政府工作报告",
		"——2031年1月12日在白塔县第五届人民代表大会第三次会议上",
		"县长 林某某",
	}, sharedReportBody...), "\n")
	d, err := Read("shared.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Sections {
		for _, note := range []string{"分享发布", "举报文档", "文字预览"} {
			if strings.Contains(s.Heading+s.Text, note) {
				t.Errorf("section %q keeps the site's note %s: %.80q", s.Heading, note, s.Text)
			}
		}
	}
	if d.Year != 2031 || d.Region != "白塔县" {
		t.Errorf("year %d region %q, want 2031 白塔县", d.Year, d.Region)
	}
}

// TestCopySiteLabelledRows: a 范文 page sets three labelled rows, each after
// its headline again, above the text: the page's keywords, its blurb (the
// opening run together down into the first part and cut off) and the label
// of the text (… 本文内容：). The rows are the page's: the keywords and the
// blurb's copy of the opening are in no section, and the first part's
// heading is the report's own, not the blurb's cut run-on.
func TestCopySiteLabelledRows(t *testing.T) {
	text := strings.Join(append([]string{
		"白塔县政府工作报告 本文关键词：白塔县，政府工作报告",
		"白塔县政府工作报告 本文简介：【2031白塔县政府工作报告】——2031年1月12日在白塔县第五届人民代表大会第三次会议上县长林某某各位代表：现在，我代表县人民政府向大会报告工作，请予审议。一、2030年工作回顾过去一年，全县地区生产总值增长6.5%，一般公共",
		"白塔县政府工作报告 本文内容：",
		"【2031白塔县政府工作报告】",
		"——2031年1月12日在白塔县第五届人民代表大会第三次会议上",
		"县长",
		"林某某",
	}, sharedReportBody...), "\n")
	d, err := Read("rows.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var tops []string
	for _, s := range d.Sections {
		if strings.Contains(s.Heading+s.Text, "本文") {
			t.Errorf("section %q keeps the page's labelled rows: %.80q", s.Heading, s.Text)
		}
		if s.Level == 1 {
			tops = append(tops, s.Heading)
		}
	}
	if want := []string{"一、2030年工作回顾", "二、2031年工作安排"}; strings.Join(tops, "|") != strings.Join(want, "|") {
		t.Errorf("top-level headings %q, want %q", tops, want)
	}
	if d.Year != 2031 || d.Region != "白塔县" {
		t.Errorf("year %d region %q, want 2031 白塔县", d.Year, d.Region)
	}
}

// TestServerDirectiveLine: a newspaper's site printed its page's ASP
// directive as text above the headline of a digest of the report
// (%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>). The directive is the site's
// code: no section holds it, and the headline under it is the title.
func TestServerDirectiveLine(t *testing.T) {
	for _, directive := range []string{`%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>`, `<%@ Page Language="C#" AutoEventWireup="true" %>`} {
		text := strings.Join([]string{
			directive,
			"凝心聚力建设幸福青川——政府工作报告摘登",
			"",
			"2030年经济社会呈现新气象",
			"2030年，在市委的坚强领导下，市人民政府团结带领全市人民，圆满完成了市五届人大三次会议确定的主要目标任务。",
			"经济运行保持健康平稳。全市地区生产总值同比增长7%，一般公共预算收入增长9%。",
		}, "\n")
		d, err := Read("digest.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Sections {
			if strings.Contains(s.Heading+s.Text, "%>") || strings.Contains(s.Heading+s.Text, "LANGUAGE") {
				t.Errorf("%s: section %q keeps the directive: %.80q", directive, s.Heading, s.Text)
			}
		}
		if d.Title != "凝心聚力建设幸福青川——政府工作报告摘登" {
			t.Errorf("%s: title %q, want the digest's headline", directive, d.Title)
		}
	}
	// A share and a sign in a sentence are no directive.
	if got := stripControls("增长5%，高于全省1个百分点，比重提高到30%>20%的目标"); !strings.Contains(got, "%>") {
		t.Errorf("a sentence's figures taken as a directive: %q", got)
	}
}
