package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestReadLayouts reads the work reports of testdata/layouts, fictional
// imitations of the layouts the State Council's reports of 2016-2026 and
// the provincial and municipal reports of 2025 and 2026 come in (a
// collector's headline, a portal's or a news account's chrome, Markdown
// and HTML copies, the five-year review, the short report of 2020, the
// plan years' 十四五 and 十五五 parts, a glossary after the report). Each
// report's .golden archive has an empty first file that names it, and a
// "document" part: the metadata with where each field came from, the
// outline, the opening section in full and the body's last line (no chrome
// at either end). Run with -update to rewrite them, then read the diff.
func TestReadLayouts(t *testing.T) {
	runGolden(t, "testdata/layouts/*.golden", "document", func(t *testing.T, ar *txtar.Archive) string {
		if len(ar.Files) == 0 {
			t.Fatal("no input file")
		}
		name := ar.Files[0].Name
		data, err := os.ReadFile(filepath.Join("testdata/layouts", name))
		if err != nil {
			t.Fatal(err)
		}
		d := mustRead(t, name, data)
		var b strings.Builder
		b.WriteString(describe(d))
		fields := make([]string, 0, len(d.Origins))
		for f := range d.Origins {
			fields = append(fields, f)
		}
		slices.Sort(fields)
		for _, f := range fields {
			fmt.Fprintf(&b, "origin %s: %s\n", f, d.Origins[f])
		}
		if len(d.Sections) > 0 && d.Sections[0].Heading == "" {
			fmt.Fprintf(&b, "opening:\n%s\n", strings.TrimRight(d.Sections[0].Text, "\n"))
		}
		body := strings.TrimRight(d.Body, "\n")
		fmt.Fprintf(&b, "end:\n%s\n", body[strings.LastIndex(body, "\n")+1:])
		return b.String()
	})
}

// provincialUnits are the country's provinces, autonomous regions and
// municipalities, whose reports of 2025 and 2026 are read by their head.
var provincialUnits = []struct{ full, short, role, body string }{
	{"北京市", "北京", "市长", "市"}, {"天津市", "天津", "市长", "市"}, {"上海市", "上海", "市长", "市"}, {"重庆市", "重庆", "市长", "市"},
	{"河北省", "河北", "省长", "省"}, {"山西省", "山西", "省长", "省"}, {"辽宁省", "辽宁", "省长", "省"}, {"吉林省", "吉林", "省长", "省"},
	{"黑龙江省", "黑龙江", "省长", "省"}, {"江苏省", "江苏", "省长", "省"}, {"浙江省", "浙江", "省长", "省"}, {"安徽省", "安徽", "省长", "省"},
	{"福建省", "福建", "省长", "省"}, {"江西省", "江西", "省长", "省"}, {"山东省", "山东", "省长", "省"}, {"河南省", "河南", "省长", "省"},
	{"湖北省", "湖北", "省长", "省"}, {"湖南省", "湖南", "省长", "省"}, {"广东省", "广东", "省长", "省"}, {"海南省", "海南", "省长", "省"},
	{"四川省", "四川", "省长", "省"}, {"贵州省", "贵州", "省长", "省"}, {"云南省", "云南", "省长", "省"}, {"陕西省", "陕西", "省长", "省"},
	{"甘肃省", "甘肃", "省长", "省"}, {"青海省", "青海", "省长", "省"},
	{"内蒙古自治区", "内蒙古", "主席", "自治区"}, {"广西壮族自治区", "广西", "主席", "自治区"}, {"西藏自治区", "西藏", "主席", "自治区"},
	{"宁夏回族自治区", "宁夏", "主席", "自治区"}, {"新疆维吾尔自治区", "新疆", "主席", "自治区"},
}

// TestReadProvincialHeads reads the head of a provincial-level report in
// the forms collectors and portals give it (a headline with the full or
// the short name, the date line, the speaker line), over a body of
// invented text that names no place: each gives the full name as region,
// 人民政府 as issuer and the year the head or the body says. The names are
// real, since the gazetteer knows only real places; the text is not.
func TestReadProvincialHeads(t *testing.T) {
	for _, u := range provincialUnits {
		forms := []struct{ name, head string }{
			{"full title", "2026年" + u.full + "政府工作报告\n"},
			{"short headline", u.short + "2026年政府工作报告全文\n"},
			{"short title", "2026年" + u.short + "政府工作报告（全文）\n"},
			{"date line", "政府工作报告\n——2026年1月20日在" + u.full + "第十四届人民代表大会第四次会议上\n" + u.body + u.role + "　某某\n"},
			{"speaker line", "政府工作报告\n——2026年1月20日在" + u.body + "十四届人大四次会议上\n" + u.full + u.role + "　某某\n"},
		}
		for _, f := range forms {
			text := f.head + "各位代表：\n现在，我代表" + u.body + "人民政府，向大会报告工作，请予审议。\n" +
				"一、2025年工作回顾\n过去一年，经济运行稳中有进，地区生产总值增长5.2%。\n" +
				"二、2026年工作安排\n（一）扩大有效需求。实施重大项目1000个。\n三、全面加强政府自身建设\n坚持依法行政。\n"
			d := mustRead(t, "report.txt", []byte(text))
			if d.Region != u.full || d.Issuer != "人民政府" || d.Kind != "政府工作报告" || d.Year != 2026 {
				t.Errorf("%s, %s: region %q issuer %q kind %q year %d, want %s 人民政府 政府工作报告 2026",
					u.full, f.name, d.Region, d.Issuer, d.Kind, d.Year, u.full)
			}
		}
	}
}
