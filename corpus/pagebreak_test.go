package corpus

import (
	"strings"
	"testing"
)

// TestPageMarkersKeepReading checks that page markers set between the
// lines of a report (a PDF's text layer keeps them) change nothing of its
// cleaned text but the markers: the text with markers reads as the text
// without them (fictional reports).
func TestPageMarkersKeepReading(t *testing.T) {
	long := "过去一年，全县上下坚持稳中求进工作总基调，地区生产总值增长6.2%，一般公共预算收入增长4.8%，城乡居民人均可支配收入稳步提高，各项社会事业全面进步。"
	copyOf := func(after map[string]string) string {
		lines := []string{
			"望川县2033年政府工作报告",
			"——2033年1月9日在望川县第十届人民代表大会第三次会议上",
			"望川县县长 林某某",
			"各位代表：",
			"现在，我代表县人民政府，向大会报告工作，请予审议。",
			"一、2032年工作回顾",
			long,
			"二、2033年工作安排",
			"今年全县发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人以上。",
		}
		var b strings.Builder
		for _, l := range lines {
			b.WriteString(l + "\n")
			if m, ok := after[l]; ok {
				b.WriteString(m + "\n")
			}
		}
		return b.String()
	}
	for _, tc := range []struct {
		name          string
		plain, marked string
	}{
		{
			// A page broke a paragraph a few characters in: the line
			// after the break ends the sentence the short line above
			// began (推动县域经济 / — 2 — / 提质。…), no heading's.
			"page break a few characters into a paragraph",
			copyOf(nil) + "推动县域经济提质。全县规模以上工业增加值增长7.2%，新培育专精特新企业12家。\n",
			copyOf(nil) + "推动县域经济\n— 2 —\n提质。全县规模以上工业增加值增长7.2%，新培育专精特新企业12家。\n",
		},
		{
			// A page saved four times (a site's copies one under the
			// other): a heading with a page's number after it in two
			// copies stands away from the numbers in the other two. It
			// is the text's, not a running head.
			"heading of a report held four times",
			strings.Repeat(copyOf(nil), 4),
			copyOf(map[string]string{"二、2033年工作安排": "— 3 —"}) + copyOf(map[string]string{"二、2033年工作安排": "— 6 —"}) + copyOf(nil) + copyOf(nil),
		},
		{
			// A page saved six times: the markers fall by a heading in
			// four copies, above it in some and under it in others, more
			// often than away from them. Each copy holds the heading once:
			// a running head stands by two markers a copy.
			"heading of a report held six times, by markers in four",
			strings.Repeat(copyOf(nil), 6),
			copyOf(map[string]string{long: "— 3 —"}) + copyOf(nil) + copyOf(map[string]string{"二、2033年工作安排": "— 6 —"}) +
				copyOf(map[string]string{long: "— 9 —"}) + copyOf(map[string]string{"二、2033年工作安排": "— 12 —"}) + copyOf(nil),
		},
		{
			// A page saved three times, a paragraph of the source without
			// its stop (…建成一批乡村振兴示范) over the next one: the page
			// broke between them in the first copy only, which runs them
			// into one paragraph. The other copies hold them apart: the
			// copies are one text, kept once, its paragraphs apart.
			"paragraph run on across a break in one copy of three",
			strings.Repeat(heldThrice(""), 3),
			heldThrice("— 2 —\n") + heldThrice("") + heldThrice(""),
		},
		{
			// A page saved twice, its links' words on lines of their own
			// (…持续强化对 / 权力 / 运行的…); the page broke before a link's
			// words in the first copy, after them in the second: the
			// anchor repair joins the pieces in both as where no page
			// broke them.
			"link's words by a break in each of two copies",
			strings.Repeat(linkedTwice("", ""), 2),
			linkedTwice("— 4 —\n", "") + linkedTwice("", "— 9 —\n"),
		},
		{
			// A page saved three times, each copy with its editor's credit cut
			// over two lines ((责任编辑：某某 / ）), the page broken between
			// them under the second copy: the closing bracket goes with
			// the credit, as where no page broke it.
			"page break inside an editor's credit between copies",
			strings.Repeat(heldThrice("")+"（责任编辑： 林某某\n）\n", 3),
			heldThrice("") + "（责任编辑： 林某某\n）\n" + heldThrice("") + "（责任编辑： 林某某\n— 5 —\n）\n" + heldThrice("") + "（责任编辑： 林某某\n）\n",
		},
		{
			// A cover page: the title, the page's number, and the title
			// again over the date line. Both are the title block's,
			// before the body: no running head.
			"title on the cover and over the title block",
			"望川县2033年政府工作报告\n" + copyOf(nil),
			"望川县2033年政府工作报告\n— 1 —\n" + copyOf(map[string]string{long: "— 2 —"}),
		},
		{
			// A page broke between the date line and the speaker's line,
			// and between the speaker's line and the greeting: no
			// sentence runs on across either.
			"page break inside the title block",
			copyOf(nil),
			copyOf(map[string]string{"——2033年1月9日在望川县第十届人民代表大会第三次会议上": "— 1 —", "望川县县长 林某某": "— 2 —"}),
		},
		{
			// A report held twice, the first copy's last line without its
			// stop; the page broke between it and the second copy's
			// title: the title opens its line.
			"page break before a copy's title",
			strings.TrimSuffix(copyOf(nil), "。\n") + "\n\n" + copyOf(nil),
			strings.TrimSuffix(copyOf(nil), "。\n") + "\n— 4 —\n" + copyOf(nil),
		},
		{
			// A PDF's text hard-wrapped to short lines, the title printed
			// again under every page's number: the body began at the
			// greeting and the first sentence, though no line is long,
			// so the head under the first number is a running head too.
			"running head under the first marker of a hard-wrapped text",
			"各位代表：\n现在，我代表县人民政府向大会报告工作，请予\n审议。\n一年来，我们稳住经济大盘，全县地区生产总\n值增长6.1%，一般公共预算收入增长4.8%，城\n乡居民人均可支配收入稳步提高，重点项目完\n成投资132亿元，新增城镇就业3100人，各项\n社会事业全面进步。\n",
			"各位代表：\n现在，我代表县人民政府向大会报告工作，请予\n审议。\n一年来，我们稳住经济大盘，全县地区生产总\n- 1 -\n\n望川县政府工作报告\n值增长6.1%，一般公共预算收入增长4.8%，城\n- 2 -\n\n望川县政府工作报告\n乡居民人均可支配收入稳步提高，重点项目完\n- 3 -\n\n望川县政府工作报告\n成投资132亿元，新增城镇就业3100人，各项\n社会事业全面进步。\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// (blank lines aside: a marker stands for one)
			want, _ := Clean(tc.plain)
			got, _ := Clean(tc.marked)
			if want, got = strings.Join(paragraphs(want), "\n"), strings.Join(paragraphs(got), "\n"); got != want {
				t.Errorf("with page markers:\n%s\nwithout:\n%s", got, want)
			}
		})
	}
}

// TestPageNumberInsideFigure checks that a page's number a PDF's text
// keeps where the page cut a figure (…收入4.6 / 1 / 亿元，…) is dropped
// and the figure read whole, never with the number run into it (4.61亿元:
// a changed figure). Fictional text.
func TestPageNumberInsideFigure(t *testing.T) {
	head := "明湖市2033年政府工作报告\n\n各位代表：\n\n"
	para := func(a, b string) string {
		return "过去一年，全市经济运行稳中有进，实现地区生产总值289亿元，同比增长6.1%；完成固定资产投资" + a + b + "，同比增长7.5%；一般公共预算收入增长4.2%，城乡居民收入稳步提高。\n"
	}
	for _, tc := range []struct {
		name, a, mark, b string
	}{
		// a page's number alone between blank lines, a figure's unit
		// after it: once, on the first page of a paged copy
		{"bare number before the unit", "64.6", "\n\n1\n\n", "亿元"},
		{"bare number between the digits", "64", "\n\n2\n\n", ".6亿元"},
		{"bare number after the decimal point", "64.", "\n\n3\n\n", "6亿元"},
		// a printed page's marker on its line
		{"dash marker before the unit", "64.6", "\n— 2 —\n", "亿元"},
		{"dash marker between the digits", "6", "\n— 2 —\n", "4.6亿元"},
		{"page of pages inside the unit", "64.6亿", "\n第2页 共9页\n", "元"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, _ := Clean(head + para(tc.a, tc.b))
			got, _ := Clean(head + para(tc.a, tc.mark+tc.b))
			if want, got = strings.Join(paragraphs(want), "\n"), strings.Join(paragraphs(got), "\n"); got != want {
				t.Errorf("with the page's number:\n%s\nwithout:\n%s", got, want)
			}
		})
	}
	// A number alone after a figure's digits is no link's text either,
	// when what follows is no unit: joined, it would change the figure.
	got, _ := Clean(head + "过去一年，全市经济运行稳中有进，城乡居民收入稳步提高，全年接待游客达到4.6\n\n1\n\n以上的水平。\n")
	if strings.Contains(got, "4.61") {
		t.Errorf("a page's number run into the figure:\n%s", got)
	}
}

// heldThrice is a fictional report whose second paragraph lost its stop
// at its end (a source's own), with at a page's marker between it and the
// next paragraph.
func heldThrice(at string) string {
	return "明湖区2034年政府工作报告\n各位代表：\n" +
		"过去一年，全区上下坚持稳中求进，地区生产总值增长5.8%，一般公共预算收入增长4.1%，城乡居民收入稳步提高。\n" +
		"农村人居环境整治三年行动全面完成，新改建农村公路210公里，建成一批乡村振兴示范\n" + at +
		"社会事业全面进步，新建改扩建中小学9所，新增学位6400个，区人民医院新院区投入使用。\n" +
		"今年全区发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业4200人以上，居民收入增长与经济增长同步。\n"
}

// linkedTwice is a fictional report whose links' words stand on lines of
// their own, with before and after a page's marker before and after the
// words 权力.
func linkedTwice(before, after string) string {
	return "望川县2034年政府工作报告\n各位代表：\n" +
		"过去一年，全县上下坚持稳中求进，地区生产总值增长5.8%，一般公共预算收入增长4.1%，城乡居民收入稳步提高。\n" +
		"产业转型步伐加快，新签约亿元以上项目46个，规模以上工业增加值增长7.3%，高新技术企业达到182家，数字经济核心产业增加值占比提高1.2个百分点，县域营商环境评价位居全市前列。\n" +
		"五是从严治政，全面加强廉政建设，持续强化对\n" + before + "权力\n" + after + "运行的监督和制约，深化政务公开，规范工程招投标和政府采购，推进审计全覆盖，坚决纠治形式主义、官僚主义，让干部清清白白做事、干干净净做人。\n" +
		"民生保障更加有力，城镇新增就业5100人，新建改扩建幼儿园和中小学7所，县人民医院胸痛中心通过国家认证，城乡低保标准分别提高到每人每月820元和640元。\n" +
		"今年全县发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业4200人以上，居民收入增长与经济增长同步。\n"
}
