package corpus

import (
	"strings"
	"testing"
)

// TestHeadingsAsWritten reads a report whose headings are typed with
// full-width digits, ASCII commas and half-width brackets (the body too):
// each heading and the paths that name it come back as the file writes
// them, the sections still tile the body with each heading at the start of
// its span, and the metadata is read as from the cleaned text.
func TestHeadingsAsWritten(t *testing.T) {
	src := strings.Join([]string{
		"明湖县人民政府工作报告",
		"——２０３１年１月９日在明湖县第五届人民代表大会第四次会议上",
		"县长 李某",
		"各位代表：",
		"现在，我代表县人民政府，向大会报告工作，请予审议。",
		"一、２０３０年工作回顾",
		"过去一年，全县地区生产总值增长６.５%，一般公共预算收入完成１２.３亿元。",
		"(一)坚持项目为王,经济运行稳中有进",
		"新开工亿元以上项目４２个，完成固定资产投资８６亿元。",
		"(二)聚焦民生所盼,社会事业全面进步",
		"新建改扩建学校９所，新增学位３６００个。",
		"二、２０３１年主要任务",
		"今年经济社会发展的主要预期目标是：地区生产总值增长６%左右。",
		"(一)扩大有效投资,增强发展后劲",
		"全年计划实施重点项目１２０个，完成投资９５亿元。",
		"(二)办好民生实事,增进民生福祉",
		"新增城镇就业３２００人。",
	}, "\n")
	d, err := Read("明湖县2031年政府工作报告.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Year != 2031 || d.Region != "明湖县" {
		t.Errorf("year %d, region %q; want 2031, 明湖县", d.Year, d.Region)
	}
	want := []string{
		"一、２０３０年工作回顾", "(一)坚持项目为王,经济运行稳中有进", "(二)聚焦民生所盼,社会事业全面进步",
		"二、２０３１年主要任务", "(一)扩大有效投资,增强发展后劲", "(二)办好民生实事,增进民生福祉",
	}
	var got []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			got = append(got, s.Heading)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("headings:\n%s\nwant, as written:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, s := range d.Sections {
		if s.Heading == "(一)扩大有效投资,增强发展后劲" && (len(s.Path) == 0 || s.Path[len(s.Path)-1] != "二、２０３１年主要任务") {
			t.Errorf("path of %s = %q, want it under 二、２０３１年主要任务 as written", s.Heading, s.Path)
		}
	}
	if e := tiles(d); e != "" {
		t.Error(e)
	}
}

// TestHeadingsAsWrittenSpacedNumber reads a report that sets its numbers
// apart from its headings' words with spaces (ASCII or ideographic) and
// types its commas ASCII: the headings, read without the spaces, still
// come back with the commas and brackets as written.
func TestHeadingsAsWrittenSpacedNumber(t *testing.T) {
	src := strings.Join([]string{
		"溪禾县人民政府工作报告",
		"各位代表：",
		"现在，我代表县人民政府，向大会报告工作，请予审议。",
		"一、  2030年工作回顾",
		"过去一年，全县地区生产总值增长6.5%，一般公共预算收入完成12.3亿元。",
		"(一)\u3000坚持项目为王,经济运行稳中有进",
		"新开工亿元以上项目42个，完成固定资产投资86亿元。",
		"(二) 聚焦民生所盼,社会事业全面进步",
		"新建改扩建学校9所，新增学位3600个。",
	}, "\n")
	d, err := Read("report.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			got = append(got, s.Heading)
		}
	}
	want := []string{"一、2030年工作回顾", "(一)坚持项目为王,经济运行稳中有进", "(二)聚焦民生所盼,社会事业全面进步"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("headings:\n%s\nwant, as written:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if e := tiles(d); e != "" {
		t.Error(e)
	}
}

// FuzzHeadingsAsWritten reads any text with widths mixed in its headings
// and checks that the sections still tile the body, each heading at the
// start of its span, and that each heading reads as the cleaned one would
// (CleanChars gives the form the rules saw).
func FuzzHeadingsAsWritten(f *testing.F) {
	f.Add("政府工作报告\n各位代表：\n一、２０３０年工作回顾\n过去一年。\n(一)坚持项目为王,经济稳中有进\n投资８６亿元。\n二、2031年任务\n（一）扩大投资,增强后劲\n新增就业。")
	f.Add("(一)Ａｂ,(二)\n(一)(一)\n一、１,２：３；\n一、１,２：３；")
	f.Add("政府工作报告\n一、  2030年 回顾\n过去一年。\n(一)\u3000坚持 项目,稳中有进\n投资。\n（二） 扩大投资,增强后劲\n新增。")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Read("report.txt", []byte(text))
		if err != nil {
			return
		}
		if e := tiles(d); e != "" {
			t.Fatal(e)
		}
		for _, s := range d.Sections {
			if CleanChars(s.Heading) != CleanChars(CleanChars(s.Heading)) {
				t.Errorf("heading %q: CleanChars is not settled", s.Heading)
			}
		}
	})
}
