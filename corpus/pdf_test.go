package corpus

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestJoinPages checks what a PDF's pages become before Clean: running
// headers and footers, and a browser's print stamps, go; a sentence that a
// page break cut is one line again after Clean; and a report printed twice,
// its page breaks falling in different places, is kept once.
func TestJoinPages(t *testing.T) {
	para := []string{
		"过去一年，全县上下坚持稳中求进工作总基调，统筹推进稳增长、调结构、",
		"惠民生、防风险各项工作，地区生产总值增长5.8%，一般公共预算收入增",
		"长6.1%，完成了县十八届人大三次会议确定的主要目标任务。",
		"全年实施重点项目126个，完成投资218亿元，新开工亿元以上项目32个，",
		"竣工投产22个，新材料、装备制造两大主导产业产值分别增长12%和9%。",
		"城乡居民人均可支配收入分别增长4.9%和7.2%，城镇新增就业5800人，",
		"新建改扩建中小学5所，新增普惠性托位600个，改造老旧小区12个。",
	}
	// page lays out lines as pdftotext prints a page of a browser's
	// print: the date and the page's title at the top, its address and
	// the page number at the bottom.
	page := func(n, of int, lines ...string) string {
		return "3/5/31, 9:30 AM\n\n青岚县政府工作报告\n\n" + strings.Join(lines, "\n") +
			"\n\nfile:///home/u/qinglan.html\n\n" + itoa(n) + "/" + itoa(of) + "\n\n"
	}
	title := []string{"青岚县政府工作报告", "——2031年1月9日在青岚县第十八届人民代表大会第四次会议上", "各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。", "一、2030年工作回顾"}
	body := append(append([]string{}, title...), para...)
	// the same report twice, cut into pages of 5 and then 4 lines
	var pages []string
	for i := 0; i < len(body); i += 5 {
		pages = append(pages, page(0, 0, body[i:min(i+5, len(body))]...))
	}
	for i := 0; i < len(body); i += 4 {
		pages = append(pages, page(0, 0, body[i:min(i+4, len(body))]...))
	}
	for i := range pages {
		pages[i] = strings.Replace(pages[i], "0/0", itoa(i+1)+"/"+itoa(len(pages)), 1)
	}
	got := joinPages(strings.Join(pages, "\f"), "", nil)
	for _, furniture := range []string{"AM", "file://", "/" + itoa(len(pages))} {
		if strings.Contains(got, furniture) {
			t.Errorf("joinPages kept the page furniture %q:\n%s", furniture, got)
		}
	}
	if n := strings.Count(got, "青岚县政府工作报告"); n != 2 {
		t.Errorf("joinPages kept the title %d times, want 2 (once a copy, the running header gone):\n%s", n, got)
	}
	text, warns := Clean(got)
	if !strings.Contains(text, strings.Join(para[:3], "")) {
		t.Errorf("Clean(joinPages(…)) did not join the paragraph the page break cut:\n%s", text)
	}
	if n := strings.Count(text, "全年实施重点项目126个"); n != 1 {
		t.Errorf("Clean(joinPages(…)) holds the report %d times, want once; warnings %v:\n%s", n, warns, text)
	}

	// A short PDF keeps what recurs at its pages' edges: two pages prove
	// no running header.
	two := "青岚县政府工作报告\n" + para[0] + "\f" + "青岚县政府工作报告\n" + para[1]
	if got := joinPages(two, "", nil); strings.Count(got, "青岚县政府工作报告") != 2 || strings.Contains(got, "\n\n") {
		t.Errorf("joinPages(two pages) = %q; want both title lines kept and no blank line at the break", got)
	}
}

// TestJoinPagesSplitHeader checks a browser's running header whose title
// the text layer gives in two lines, its digits apart (年星渚县政府工作报告,
// then 2033), and, on the first page, after a line of the page itself (a
// wrapped heading's last character): the header's lines go, wherever the
// page's own line puts them, and that line stays.
func TestJoinPagesSplitHeader(t *testing.T) {
	body := []string{
		"城乡居民人均可支配收入分别增长5.1%和7.4%，新增城镇就业6200人。",
		"全年新建改扩建学校6所，新增普惠性托位450个，改造老旧小区15个。",
		"粮食总产量稳定在41万吨以上，农村人居环境整治三年行动全面完成。",
		"一般公共预算支出中民生支出占比达到80.2%，十件民生实事全部完成。",
	}
	header := "3/5/33, 9:30 AM\n\n年星渚县政府工作报告\n\n2033\n\n"
	var pages []string
	pages = append(pages, "3/5/33, 9:30 AM\n\n上\n\n年星渚县政府工作报告\n\n2033\n\n"+
		"2033年星渚县政府工作报告\n——2033年1月10日在星渚县第十九届人民代表大会第三次会议\n各位代表：\n")
	for _, l := range body {
		pages = append(pages, header+l+"\n")
	}
	for i := range pages {
		pages[i] += "\nfile:///home/u/xingzhu.html\n\n" + itoa(i+1) + "/" + itoa(len(body)+1) + "\n\n"
	}
	got := joinPages(strings.Join(pages, "\f"), "", nil)
	for _, l := range strings.Split(got, "\n") {
		if l == "2033" || l == "年星渚县政府工作报告" {
			t.Errorf("joinPages kept the running header's line %q:\n%s", l, got)
		}
	}
	for _, keep := range []string{"上", "2033年星渚县政府工作报告", body[0], body[3]} {
		if !slices.Contains(strings.Split(got, "\n"), keep) {
			t.Errorf("joinPages lost the page's line %q:\n%s", keep, got)
		}
	}
}

// TestJoinPagesNumbersSpacedApart checks the page numbers of a text layer
// that sets a number apart from its dashes once it has two digits (—9—,
// — 10 —): one footer all the same, dropped on every page, so that a
// heading cut at the foot of page 10 is not read with a page number
// between its lines.
func TestJoinPagesNumbersSpacedApart(t *testing.T) {
	var pages []string
	for n := 1; n <= 12; n++ {
		foot := "—" + itoa(n) + "—"
		if n >= 10 {
			foot = "— " + itoa(n) + " —"
		}
		// each page's own line, told apart by more than its numbers
		body := strings.Repeat("稳", n) + "步推进各项工作。"
		pages = append(pages, body+"\n"+foot+"\n")
	}
	got := joinPages(strings.Join(pages, "\f"), "", nil)
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "—") {
			t.Errorf("joinPages kept the page number %q:\n%s", l, got)
		}
	}
	if n := strings.Count(got, "步推进各项工作。"); n != 12 {
		t.Errorf("joinPages kept %d of the 12 pages' lines:\n%s", n, got)
	}
}

// TestRead_TextPages checks that pdftotext's output saved as a .txt file,
// its pages still apart by form feeds, loses its running header as a PDF
// does: the title printed at the top of every page is kept once.
func TestRead_TextPages(t *testing.T) {
	pages := []string{
		"云岫市政府工作报告\n政府工作报告\n——2032年1月16日在云岫市第八届人民代表大会第五次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2031年工作回顾\n过去一年，全市地区生产总值增长5.9%，",
		"云岫市政府工作报告\n城乡居民人均可支配收入增长6.3%。\n二、2032年工作安排\n今年的主要预期目标是：",
		"云岫市政府工作报告\n地区生产总值增长5.5%以上。\n三、加强政府自身建设\n坚持依法行政。",
	}
	d, err := Read("report.txt", []byte(strings.Join(pages, "\n\f")))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Body, "云岫市政府工作报告") {
		t.Errorf("Read kept the running header of a .txt with form feeds:\n%s", d.Body)
	}
	if !strings.Contains(d.Body, "全市地区生产总值增长5.9%，城乡居民人均可支配收入增长6.3%。") {
		t.Errorf("Read did not join the sentence a page break cut:\n%s", d.Body)
	}
	if d.Title != "政府工作报告" || d.Region != "云岫市" || d.Year != 2032 {
		t.Errorf("Read = title %q, region %q, year %d; want 政府工作报告, 云岫市, 2032", d.Title, d.Region, d.Year)
	}
}

// TestJoinPagesLaidOut checks the paragraphs rebuilt from a PDF's laid-out
// text (pdftotext -layout), where a paragraph's first line is indented: a
// wrap that falls right after a full stop does not end the paragraph, a
// new paragraph starts at each indented line even after a line that stops
// mid-sentence, a heading wrapped over two lines is one line again even
// when the plain reading took its last word first, and page furniture goes
// as before.
func TestJoinPagesLaidOut(t *testing.T) {
	plain := []string{
		"青岚县政府工作报告\n\n一、2030年工作回顾\n" +
			"过去一年，全县上下坚持稳中求进工作总基调，统筹推进稳\n" +
			"增长、调结构各项工作，地区生产总值增长5.8%。\n" +
			"全年实施重点项目126个，完成投资218亿元，新开工亿元以\n" +
			"上项目32个，竣工投产22个，主导产业产值增长12%。城乡居\n" +
			"民人均可支配收入分别增长4.9%和7.2%，城镇新增就业5800人\n" +
			"新建改扩建中小学5所\n\n— 1 —\n",
		"青岚县政府工作报告\n\n产业\n\n（二）坚持创新驱动，加快构建具有青岚特色的现代化\n\n" +
			"全县研发投入增长15%，新增高新技术企业18家，建成省级\n" +
			"以上创新平台6个，技术合同成交额突破20亿元。\n\n— 2 —\n",
		"青岚县政府工作报告\n\n（三）持续改善民生\n" +
			"新增普惠性托位600个，改造老旧小区12个，建成城乡公交\n" +
			"线路8条。\n\n— 3 —\n",
	}
	layout := []string{
		"              青岚县政府工作报告\n\n    一、2030年工作回顾\n" +
			"    过去一年，全县上下坚持稳中求进工作总基调，统筹推进稳\n" +
			"增长、调结构各项工作，地区生产总值增长5.8%。\n" +
			"    全年实施重点项目126个，完成投资218亿元，新开工亿元以\n" +
			"上项目32个，竣工投产22个，主导产业产值增长12%。城乡居\n" +
			"民人均可支配收入分别增长4.9%和7.2%，城镇新增就业5800人\n" +
			"    新建改扩建中小学5所\n\n                — 1 —\n",
		"              青岚县政府工作报告\n\n    （二）坚持创新驱动，加快构建具有青岚特色的现代化\n产业\n" +
			"    全县研发投入增长15%，新增高新技术企业18家，建成省级\n" +
			"以上创新平台6个，技术合同成交额突破20亿元。\n\n                — 2 —\n",
		"              青岚县政府工作报告\n\n    （三）持续改善民生\n" +
			"    新增普惠性托位600个，改造老旧小区12个，建成城乡公交\n" +
			"线路8条。\n\n                — 3 —\n",
	}
	got, _ := Clean(joinPages(strings.Join(plain, "\f"), strings.Join(layout, "\f"), nil))
	want := []string{
		"一、2030年工作回顾",
		"过去一年，全县上下坚持稳中求进工作总基调，统筹推进稳增长、调结构各项工作，地区生产总值增长5.8%。",
		"全年实施重点项目126个，完成投资218亿元，新开工亿元以上项目32个，竣工投产22个，主导产业产值增长12%。城乡居民人均可支配收入分别增长4.9%和7.2%，城镇新增就业5800人",
		"新建改扩建中小学5所",
		"（二）坚持创新驱动，加快构建具有青岚特色的现代化产业",
		"全县研发投入增长15%，新增高新技术企业18家，建成省级以上创新平台6个，技术合同成交额突破20亿元。",
		"（三）持续改善民生",
		"新增普惠性托位600个，改造老旧小区12个，建成城乡公交线路8条。",
	}
	// (a blank line may part two paragraphs)
	if w := strings.Join(want, "\n"); strings.ReplaceAll(got, "\n\n", "\n") != w {
		t.Errorf("Clean(joinPages(plain, layout)) =\n%s\nwant\n%s", got, w)
	}
	// Without the laid-out text the plain reading is all there is: the
	// wrap after 5.8%。 stays a paragraph break.
	if got, _ := Clean(joinPages(strings.Join(plain, "\f"), "", nil)); !strings.Contains(got, "5.8%。\n全年实施") {
		t.Errorf("Clean(joinPages(plain, \"\")) joined across a full stop without the layout:\n%s", got)
	}
}

// TestJoinPagesLaidOutMergedEdges: a page printed by a browser has a
// header (the date and clock time left, the page's title right) and a
// footer (the address left, the page counter right) that the plain
// reading gives as separate lines and the laid-out one as one line each.
// The laid-out page still stands for the kept lines, so that its indents
// rebuild the paragraphs: a full line that ends with a stop goes on when
// the next line is not indented (fictional).
func TestJoinPagesLaidOutMergedEdges(t *testing.T) {
	body := [][2]string{ // a line's text, its indent in the laid-out page
		{"今年以来，全市教育系统坚持立德树人，新建改扩建中小学6所。", "        "},
		{"新增学位4200个，城区大班额全部消除，义务教育优质均衡", "    "},
		{"发展迈出新步伐。", "    "},
		{"全市普惠性幼儿园覆盖率达到92%，新建城乡公办幼儿园8所，", "        "},
		{"新增普惠性学位2600个，学前教育三年毛入园率稳定在98%以", "    "},
		{"上。", "    "},
		{"教师队伍建设持续加强，全年招聘新教师310人，组织校长和", "        "},
		{"骨干教师培训1.2万人次，评选市级名师工作室15个。", "    "},
		{"教育数字化转型稳步推进，建成智慧校园示范校20所，实现", "        "},
		{"中小学千兆光纤全覆盖，市级教育资源平台用户突破30万人。", "    "},
		{"平台全年访问量超过800万人次，优质课例资源达到1.6万节。", "    "},
		{"校园安全和学生健康工作扎实开展，学生体质健康达标率达到", "        "},
		{"93.5%，近视率较上年下降1.1个百分点。", "    "},
	}
	var plain, layout []string
	for p := 0; p < 3; p++ {
		var pb, lb strings.Builder
		pb.WriteString("3/5/31, 2:11 PM\n\n明湖市教育局工作总结\n\n")
		lb.WriteString("3/5/31, 2:11 PM                       明湖市教育局工作总结\n\n")
		for _, l := range body[p*5 : min(len(body), p*5+5)] {
			pb.WriteString(l[0] + "\n")
			lb.WriteString(l[1] + l[0] + "\n")
		}
		fmt.Fprintf(&pb, "\nfile:///home/user/report.html\n\n%d/3\n", p+1)
		fmt.Fprintf(&lb, "\nfile:///home/user/report.html                              %d/3\n", p+1)
		plain, layout = append(plain, pb.String()), append(layout, lb.String())
	}
	got, _ := Clean(joinPages(strings.Join(plain, "\f"), strings.Join(layout, "\f"), nil))
	for _, want := range []string{
		"今年以来，全市教育系统坚持立德树人，新建改扩建中小学6所。新增学位4200个",
		"\n教师队伍建设持续加强",
		"用户突破30万人。平台全年访问量",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Clean(joinPages(plain, layout)) does not hold %q: the indents did not rebuild the paragraphs:\n%s", want, got)
		}
	}
	if strings.Contains(got, "file:") || strings.Contains(got, "PM") || strings.Contains(got, "3/3") {
		t.Errorf("Clean(joinPages(plain, layout)) kept the print header or footer:\n%s", got)
	}
}

// TestJoinPagesLaidOutHyphen: the plain reading drops a hyphen that ends
// a line (it takes it for a word's hyphenation), the laid-out one keeps
// it; the laid-out page still stands for the plain one, and its indents
// rebuild the paragraphs (fictional).
func TestJoinPagesLaidOutHyphen(t *testing.T) {
	lines := [][2]string{
		{"        ", "今年以来，全市新建改扩建中小学6所，新增学位4200个。"},
		{"    ", "城区大班额全部消除，义务教育优质均衡发展迈出新步伐。"},
		{"        ", "全市普惠性幼儿园覆盖率达到92%，完成附表1-"},
		{"    ", "3所列项目，新建城乡公办幼儿园8所，新增学位2600个。"},
		{"        ", "教师队伍建设持续加强，全年招聘新教师310人，组织培训。"},
		{"    ", "评选市级名师工作室15个。"},
		{"        ", "教育数字化转型稳步推进，建成智慧校园示范校20所。"},
	}
	var plain, layout strings.Builder
	for _, l := range lines {
		plain.WriteString(strings.TrimSuffix(l[1], "-") + "\n")
		layout.WriteString(l[0] + l[1] + "\n")
	}
	got, _ := Clean(joinPages(plain.String(), layout.String(), nil))
	if !strings.Contains(got, "新增学位4200个。城区大班额") || !strings.Contains(got, "2600个。\n教师队伍") {
		t.Errorf("Clean(joinPages(plain, layout)) with a hyphen only the layout keeps did not rebuild the paragraphs from the indents:\n%s", got)
	}
}

// TestJoinPagesGaps checks a PDF whose paragraphs are set apart by space
// alone, neither indented nor blank-lined in the text: the space above
// each line (pdftotext -bbox-layout) tells a paragraph's first line from
// its wraps, even after a full line ending in a full stop.
func TestJoinPagesGaps(t *testing.T) {
	paras := [][]string{
		{"明湖市2031年政府工作报告"},
		{"过去一年，明湖市坚持稳中求进工作总基调，地区生产总值增长百分之六点二，",
			"一般公共预算收入增长百分之五点四，完成了市人大确定的各项主要目标任务。",
			"全年新增城镇就业三点二万人，城乡居民收入稳步提高。"},
		{"产业转型步伐加快。新材料产业园二期建成投产，装备制造产业产值突破五百",
			"亿元，规模以上工业增加值增长百分之八，数字经济核心产业增加值占比提高。",
			"湖滨港区新开通航线两条。"},
		{"一、2032年工作安排"},
		{"民生福祉持续增进。新建改扩建中小学七所，新增学位六千个，改造老旧小区",
			"二十三个，建成保障性租赁住房一千二百套，十件民生实事全部按期完成。",
			"市人民医院新院区投入使用。"},
	}
	var plain, box strings.Builder
	box.WriteString(`<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><doc>` +
		`<page width="595" height="842"><flow><block>`)
	y := 55.0
	for _, p := range paras {
		for k, l := range p {
			if k > 0 {
				y += 16.5 // the line pitch
			}
			plain.WriteString(l + "\n")
			fmt.Fprintf(&box, `<line xMin="63" yMin="%.3f" xMax="524" yMax="%.3f"><word xMin="63" yMin="%[1]f" xMax="524" yMax="%[2]f">%s</word></line>`,
				y, y+29.25, l)
		}
		y += 22 // the space between paragraphs
	}
	box.WriteString("</block></flow></page></doc></body></html>")
	got, _ := Clean(joinPages(plain.String()+"\f", "", func() string { return box.String() }))
	for _, p := range paras {
		if want := strings.Join(p, ""); !strings.Contains(got, want+"\n") && !strings.HasSuffix(got, want) {
			t.Errorf("Clean(joinPages(plain, \"\", boxes)) does not hold the paragraph %q on one line:\n%s", want, got)
		}
	}
}

// TestJoinPagesColumns checks a page set in two columns, as an office
// suite prints it: laid out, the two columns' lines share the page's rows,
// and the reading may take two lines side by side for one; the page's boxes
// (pdftotext -bbox-layout) give the left column and then the right one,
// each paragraph whole, under the running header that spans both.
func TestJoinPagesColumns(t *testing.T) {
	plain, layout, box, want := columnsPage(columnsHead{})
	got, _ := Clean(joinPages(plain+"\f", layout+"\f", func() string { return box }))
	if w := "明湖市工作总结\n" + strings.Join(want, "\n"); got != w {
		t.Errorf("Clean(joinPages(plain, layout, boxes)) =\n%s\nwant\n%s", got, w)
	}
}

// TestJoinPagesColumnsSpeakerAbove checks a page of two columns under a
// title block whose speaker line sets the name apart by a wide space, the
// name where the right column starts (县长　林某某): the line is above the
// columns and stays whole, not cut in two at the right column's margin.
func TestJoinPagesColumnsSpeakerAbove(t *testing.T) {
	plain, layout, box, want := columnsPage(columnsHead{"县长 林某某\n", "                  县长        林某某\n",
		`<line xMin="230" yMin="72" xMax="359" yMax="84"><word xMin="230" yMin="72" xMax="262" yMax="84">县长</word><word xMin="311" yMin="72" xMax="359" yMax="84">林某某</word></line>`})
	got, _ := Clean(joinPages(plain+"\f", layout+"\f", func() string { return box }))
	if w := "明湖市工作总结\n县长林某某\n" + strings.Join(want, "\n"); got != w {
		t.Errorf("Clean(joinPages(plain, layout, boxes)) =\n%s\nwant\n%s", got, w)
	}
}

// columnsHead is what a two-column page of columnsPage prints under its
// title and above its columns, in each of pdftotext's readings.
type columnsHead struct{ plain, layout, box string }

// columnsPage returns a page set in two columns under the title 明湖市工作总结
// and head, in pdftotext's plain, laid-out and boxed readings, and its
// paragraphs in the order they are read.
func columnsPage(head columnsHead) (plain, layout, box string, want []string) {
	const cw = 16.0 // a character's width
	left := [][]string{
		{"明湖市2031年工作总结"},
		{"过去一年，全市上下坚持稳", "中求进工作总基调，地区生产总", "值增长百分之六点二，完成了主", "要目标任务。"},
		{"产业转型步伐加快。新材料", "产业园二期建成投产，装备制造", "产业产值突破五百亿元。"},
	}
	right := [][]string{
		{"民生福祉持续增进。新建改", "扩建中小学七所，新增学位六千", "个，改造老旧小区二十三个。"},
		{"城乡面貌明显改善。湖滨绿", "道全线贯通，新建城市公园四", "个，完成农村改厕一万一千户。"},
	}
	type line struct {
		text string
		x, y float64
	}
	var lines []line
	place := func(col [][]string, x0 float64) {
		y := 100.0
		for _, p := range col {
			for k, l := range p {
				x := x0
				if k == 0 && len(p) > 1 {
					x += 2 * cw // a paragraph's first line is indented
				}
				lines = append(lines, line{l, x, y})
				y += 28
			}
		}
	}
	place(left, 80)
	place(right, 311)
	slices.SortStableFunc(lines, func(a, b line) int { return cmp.Compare(a.y, b.y) })
	var plainB, layoutB, boxB strings.Builder
	plainB.WriteString("明湖市工作总结\n" + head.plain)
	layoutB.WriteString("                    明湖市工作总结\n" + head.layout)
	boxB.WriteString(`<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><doc>` +
		`<page width="595" height="842"><flow><block>` +
		`<line xMin="250" yMin="50" xMax="362" yMax="62"><word xMin="250" yMin="50" xMax="362" yMax="62">明湖市工作总结</word></line>` + head.box)
	word := func(l line) string {
		w := float64(utf8.RuneCountInString(l.text)) * cw
		return fmt.Sprintf(`<word xMin="%.1f" yMin="%.1f" xMax="%.1f" yMax="%.1f">%s</word>`, l.x, l.y, l.x+w, l.y+16, l.text)
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if i+1 < len(lines) && lines[i+1].y == l.y && l.y == 156 {
			// one row the reading took for one line
			r := lines[i+1]
			i++
			plainB.WriteString(l.text + " " + r.text + "\n")
			layoutB.WriteString(l.text + " " + r.text + "\n")
			fmt.Fprintf(&boxB, `<line xMin="%.1f" yMin="%.1f" xMax="%.1f" yMax="%.1f">%s%s</line>`,
				l.x, l.y, r.x+float64(utf8.RuneCountInString(r.text))*cw, l.y+16, word(l), word(r))
			continue
		}
		plainB.WriteString(l.text + "\n")
		if l.x > 300 {
			layoutB.WriteString(strings.Repeat(" ", 26))
		}
		layoutB.WriteString(l.text + "\n")
		fmt.Fprintf(&boxB, `<line xMin="%.1f" yMin="%.1f" xMax="%.1f" yMax="%.1f">%s</line>`,
			l.x, l.y, l.x+float64(utf8.RuneCountInString(l.text))*cw, l.y+16, word(l))
	}
	boxB.WriteString("</block></flow></page></doc></body></html>")
	for _, col := range [][][]string{left, right} {
		for _, p := range col {
			want = append(want, strings.Join(p, ""))
		}
	}
	return plainB.String(), layoutB.String(), boxB.String(), want
}

// TestJoinIndentedMarkerWrapped: in a text that indents its headings like
// its paragraphs, a wrap that brings a numbering marker's look-alike to
// the margin (统 / 一、效能的原则, 以下观点： / （一）…) goes on the full
// line before it; where headings stand at the margin, a marker at the
// margin still opens a heading (fictional).
func TestJoinIndentedMarkerWrapped(t *testing.T) {
	ind := func(text string) pdfLine { return pdfLine{text: text, indent: 4} }
	mar := func(text string) pdfLine { return pdfLine{text: text, indent: 0} }
	indented := []pdfLine{
		ind("一、2030年工作回顾"),
		ind("全县上下坚持稳中求进工作总基调，按照精简、统"),
		mar("一、效能的原则，深化机构改革，地区生产总值增长"),
		mar("5.8%，新增就业5800人，城乡居民收入稳步提高。"),
		ind("二、2031年主要任务"),
		ind("今年要重点把握好以下原则，现在阐明以下观点："),
		mar("（一）坚持稳中求进，保持政策的连续性和稳定性，"),
		mar("防范化解重大风险，确保经济运行在合理区间内。"),
		ind("新建改扩建中小学5所，新增学位3000个，改造老"),
		mar("旧小区12个，建成城乡公交线路8条，惠及群众。"),
		ind("三、加强政府自身建设"),
		ind("坚持依法行政，自觉接受人大监督和政协民主监"),
		mar("督，办理人大代表建议和政协提案二百余件整。"),
	}
	got := joinIndented(indented, nil)
	for _, want := range []string{
		"全县上下坚持稳中求进工作总基调，按照精简、统一、效能的原则，",
		"现在阐明以下观点：（一）坚持稳中求进，",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("joinIndented with indented headings: no %q in\n%s", want, got)
		}
	}
	atMargin := []pdfLine{
		mar("一、2030年工作回顾"),
		ind("全县上下坚持稳中求进工作总基调，统筹推进稳增长"),
		mar("调结构各项工作，地区生产总值增长5.8%，新增就业"),
		mar("5800人，城乡居民人均可支配收入稳步提高了许多。"),
		mar("二、2031年主要任务"),
		ind("今年要重点把握好以下原则，现在阐明以下观点如下"),
		mar("（一）坚持稳中求进，保持政策的连续性和稳定性。"),
		ind("新建改扩建中小学5所，新增学位3000个，改造老旧"),
		mar("小区12个，建成城乡公交线路8条，惠及群众万余人。"),
		mar("三、加强政府自身建设"),
		ind("坚持依法行政，自觉接受人大监督和政协民主监督，"),
		mar("办理人大代表建议和政协提案二百余件，满意率高。"),
	}
	got = joinIndented(atMargin, nil)
	if !strings.Contains(got, "\n（一）坚持稳中求进") {
		t.Errorf("joinIndented with headings at the margin: （一） no longer opens its line:\n%s", got)
	}
}

// TestJoinIndentedTitleTail checks a title that the page wrapped and
// centred, its last words alone on a short line set in from the margin:
// they go on the title, and the paragraph under them stays apart from it
// (not …工作安排根据局党组的部署).
func TestJoinIndentedTitleTail(t *testing.T) {
	ind := func(text string) pdfLine { return pdfLine{text: text, indent: 4} }
	mar := func(text string) pdfLine { return pdfLine{text: text, indent: 0} }
	lines := []pdfLine{
		mar("望川县教育局2031年上半年工作总结和下半年工作"),
		{text: "安排", indent: 18},
		ind("根据局党组的部署，现将上半年的工作情况和下半"),
		mar("年的打算报告如下，请各股室和学校对照抓好落实。"),
		ind("上半年全县新建改扩建校舍两万平方米，新增学位"),
		mar("一千二百个，招聘教师八十名，开展教研六十场次。"),
		ind("下半年重点抓好秋季招生和教师轮岗交流，完成三"),
		mar("所乡村学校的食堂改造，开展校园安全隐患排查。"),
		ind("全年力争义务教育巩固率达到百分之九十九以上，"),
		mar("学前三年毛入园率达到百分之九十五，稳中有进。"),
	}
	text, _ := Clean(joinIndented(lines, nil))
	if !strings.Contains(text, "望川县教育局2031年上半年工作总结和下半年工作安排\n") {
		t.Errorf("Clean(joinIndented(…)) did not give the wrapped title as one line:\n%s", text)
	}
	if strings.Contains(text, "安排根据") {
		t.Errorf("Clean(joinIndented(…)) joined the paragraph under the title to it:\n%s", text)
	}
}

// TestJoinPagesOwnNumbers checks the bare page numbers of a PDF too short
// for its footers to prove themselves by recurrence (one or two pages):
// each page prints its own number alone at its foot, and the numbers go,
// also the one that a sentence cut by the page break would take in
// (…完成投资1 / 2 十八亿元).
func TestJoinPagesOwnNumbers(t *testing.T) {
	two := "明湖区2032年上半年工作总结\n一、主要工作\n上半年全区实施重点项目四十个，完成投资\n\n1\f" +
		"十八亿元，新开工项目十二个。\n二、下半年打算\n抓好秋季开学和防汛工作。\n\n2\n"
	for _, l := range strings.Split(joinPages(two, "", nil), "\n") {
		if l == "1" || l == "2" {
			t.Errorf("joinPages(two pages with their numbers) kept the page number %q", l)
		}
	}
	one := "明湖区2032年上半年工作总结\n上半年全区实施重点项目四十个，完成投资十八亿元。\n\n1\n"
	if got := joinPages(one, "", nil); strings.HasSuffix(strings.TrimSpace(got), "\n1") {
		t.Errorf("joinPages(one page ending in its number) kept it:\n%s", got)
	}
	// a page that ends in another number than its own keeps it
	count := "明湖区2032年上半年工作总结\n全区新增学校数量\n\n7\n"
	if got := joinPages(count, "", nil); !strings.HasSuffix(strings.TrimSpace(got), "7") {
		t.Errorf("joinPages(a page ending in a figure) dropped it:\n%s", got)
	}
}

// TestInColumnsShortRightColumn checks the laid-out page of two columns
// whose right column ends high on the page: its lines share their rows with
// the left column's (no line starts far from the margin), and the page is
// still one to read by its columns; a page of one column with a signature
// set apart at its foot is not.
func TestInColumnsShortRightColumn(t *testing.T) {
	var rows []string
	for i := range 12 {
		l := fmt.Sprintf("  全镇新建改扩建校舍%02d处，新增学位一百个", i)
		if i < 4 {
			l += fmt.Sprintf("       云岭镇农村公路新改建%02d公里，惠及群众", i)
		}
		rows = append(rows, l)
	}
	if !inColumns(strings.Join(rows, "\n")) {
		t.Errorf("inColumns(a right column of 4 rows beside a left one of 12) = false, want true")
	}
	one := []string{}
	for i := range 11 {
		one = append(one, fmt.Sprintf("  全镇新建改扩建校舍%02d处，新增学位一百个，改造操场两块。", i))
	}
	one = append(one, "云岭镇人民政府          2031年2月3日")
	if inColumns(strings.Join(one, "\n")) {
		t.Errorf("inColumns(one column, a signature at its foot) = true, want false")
	}
}

// TestJoinPagesHeadOnOnePage checks a running head that a PDF of two pages
// prints on its second page only, too few times to recur: inside a
// sentence the page break cut (…新增学位 / 望川县第十届人大三次会议文件 /
// 一千二百个…) it goes and the sentence is one again; an office's name over
// the page's running text goes too, and the office that signs a paper at the
// top of its last page, its date under it, stays.
func TestJoinPagesHeadOnOnePage(t *testing.T) {
	body := "望川县政府工作报告\n各位代表：\n过去一年，全县新建改扩建校舍两万平方米，新增学位\n"
	cut := body + "\f望川县第十届人大三次会议文件\n\n一千二百个，招聘教师八十名，开展教研六十场次。\n今年要抓好秋季招生，完成三所乡村学校的食堂改造。\n"
	text, _ := Clean(joinPages(cut, "", nil))
	if strings.Contains(text, "会议文件") || !strings.Contains(text, "新增学位一千二百个") {
		t.Errorf("Clean(joinPages(a head inside a cut sentence)) kept the head:\n%s", text)
	}
	ended := "望川县政府工作报告\n过去一年，全县新建改扩建校舍两万平方米，新增学位一千二百个。\n" +
		"\f望川县人民政府\n今年要抓好秋季招生和教师轮岗交流，完成三所乡村学校食堂改造。\n"
	if got := joinPages(ended, "", nil); strings.Contains(got, "望川县人民政府\n") {
		t.Errorf("joinPages(an office's name over the second page's text) kept it:\n%s", got)
	}
	signed := "望川县教育局2031年工作要点\n今年要抓好秋季招生和教师轮岗交流，完成三所乡村学校食堂改造。\n" +
		"\f望川县教育局\n2031年2月3日\n"
	if got := joinPages(signed, "", nil); !strings.Contains(got, "望川县教育局\n2031年2月3日") {
		t.Errorf("joinPages(a signature at the top of the last page) dropped it:\n%s", got)
	}
}

// TestJoinPagesFirstPageTitle checks a word processor's "different first
// page": the pages after the first carry the title as their running header,
// small at the top, and the first page has it once, lower, as its title.
// The headers go and the title stays. The same line at the header's height
// on the first page too is a header on every page and goes; so does a
// header that is no title (a bulletin's name and issue), wherever it is.
func TestJoinPagesFirstPageTitle(t *testing.T) {
	body := []string{
		"一、促进义务教育优质均衡",
		"1.扩大优质资源。新建改扩建中小学校舍两万平方米，新增学位一千二百个。",
		"2.推进集团办学。组建城乡教育共同体六个，实现乡村学校全覆盖。",
		"二、加强教师队伍建设",
		"3.实施素质提升工程。组织全员培训两千人次，选派骨干教师跟岗研修。",
	}
	for _, tc := range []struct {
		name, head string
		y0         float64 // the first line's height on page 1; the header's is 40
		keep       bool
	}{
		{"title", "苍梧县教育局2032年工作要点", 72, true},
		{"header_on_every_page", "苍梧县教育局2032年工作要点", 40, false},
		{"bulletin", "苍梧教育简报 2032年第4期", 72, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var box strings.Builder
			box.WriteString(`<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><doc>`)
			line := func(y float64, text string) {
				fmt.Fprintf(&box, `<line xMin="63" yMin="%.1f" xMax="524" yMax="%.1f"><word xMin="63" yMin="%[1]f" xMax="524" yMax="%[2]f">%s</word></line>`, y, y+16, text)
			}
			page := func(head string, y float64, text string, n int) string {
				box.WriteString(`<page width="595" height="842"><flow><block>`)
				line(y, head)
				line(100, text)
				line(800, "- "+itoa(n)+" -")
				box.WriteString("</block></flow></page>")
				return head + "\n" + text + "\n- " + itoa(n) + " -\n"
			}
			pages := []string{page(tc.head, tc.y0, "2032年全县教育工作的总体要求是：深化改革，提升质量。", 1)}
			for i, l := range body {
				pages = append(pages, page(tc.head, 40, l, i+2))
			}
			box.WriteString("</doc></body></html>")
			got := joinPages(strings.Join(pages, "\f"), "", func() string { return box.String() })
			want := 0
			if tc.keep {
				want = 1
			}
			if n := strings.Count(got, tc.head); n != want || tc.keep && !strings.HasPrefix(got, tc.head+"\n") {
				t.Errorf("joinPages kept %q %d times, want %d (as the first line: %v):\n%s", tc.head, n, want, tc.keep, got)
			}
			if strings.Contains(got, "- ") {
				t.Errorf("joinPages kept a page number:\n%s", got)
			}
		})
	}
}

// TestJoinPagesFirstPageTitleIndented is TestJoinPagesFirstPageTitle for a
// PDF's text saved with its layout (pdftotext -layout, form feeds kept):
// the indents stand for the places. The header moves by a column or two
// from page to page with the layout's grid; the title sits clearly
// elsewhere and stays. At the header's indent on the first page too, the
// line is a header on every page and goes.
func TestJoinPagesFirstPageTitleIndented(t *testing.T) {
	const head = "苍梧县教育局2032年工作要点"
	body := []string{
		"  1.扩大优质资源。新建改扩建中小学校舍两万平方米，新增学位一千二百个。",
		"  2.推进集团办学。组建城乡教育共同体六个，实现乡村学校全覆盖。",
		"  3.实施素质提升工程。组织全员培训两千人次，选派骨干教师跟岗研修。",
	}
	for _, tc := range []struct {
		name   string
		indent int // the first line's on page 1; the header's are 17 and 15
		keep   bool
	}{
		{"title", 9, true},
		{"header_on_every_page", 16, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := []string{strings.Repeat(" ", tc.indent) + head + "\n\n  2032年全县教育工作的总体要求是：深化改革，提升质量。\n\n                    - 1 -\n"}
			for i, l := range body {
				pages = append(pages, strings.Repeat(" ", 17-2*(i%2))+head+"\n\n"+l+"\n\n                    - "+itoa(i+2)+" -\n")
			}
			got := joinPages(strings.Join(pages, "\f"), "", nil)
			want := 0
			if tc.keep {
				want = 1
			}
			if n := strings.Count(got, head); n != want || tc.keep && !strings.HasPrefix(strings.TrimSpace(got), head+"\n") {
				t.Errorf("joinPages kept %q %d times, want %d (as the first line: %v):\n%s", head, n, want, tc.keep, got)
			}
		})
	}
}

// TestJoinIndentedChromeLeftOfText checks the first page of a printed web
// page: the site's banner, menu and breadcrumb stand at the page's edge
// above the article, whose text is set in from them. The text's own
// margin, where its wrapped lines start, is the page's margin: a line
// there goes on the full line before it, even after a full stop, and does
// not open a paragraph of its own (fictional).
func TestJoinIndentedChromeLeftOfText(t *testing.T) {
	at := func(indent int, text string) pdfLine { return pdfLine{text: text, indent: indent} }
	lines := []pdfLine{
		at(0, "明湖市人民政府门户网站"),
		at(0, "首页   政务公开    政务服务   互动交流   走进明湖"),
		at(0, "当前位置：首页 > 政务公开 > 政府工作报告"),
		at(24, "2031年明湖市政府工作报告"),
		at(7, "各位代表："),
		at(7, "现在，我代表市人民政府向大会报告工作，请予审议，并请"),
		at(5, "市政协委员和列席人员提出意见。"),
		at(7, "过去一年，全市上下坚持稳中求进工作总基调，地区生产总"),
		at(5, "值增长百分之六。湖滨新区建设提速，新开工项目四十二个"),
		at(5, "，城乡居民收入稳步增长。新建改扩建中小学七所，新增学"),
		at(5, "位六千个，改造老旧小区二十三个，惠及群众一万余户。"),
		at(7, "一年来，我们坚持把民生实事办好办实，城镇新增就业五千"),
		at(5, "八百人，农村改厕一万一千户，群众获得感持续增强。"),
		at(7, "今年是实施十五五规划的开局之年，我们将坚持稳中求进，"),
		at(5, "扎实推进湖滨新区建设和城市更新，确保完成全年目标任务。"),
	}
	got := joinIndented(lines, nil)
	for _, want := range []string{
		"并请市政协委员和列席人员提出意见。",
		"地区生产总值增长百分之六。湖滨新区建设提速，",
		"新增学位六千个，",
		"城镇新增就业五千八百人，",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("joinIndented under the site's banner: no %q in\n%s", want, got)
		}
	}
	if !strings.Contains(got, "\n一年来，") {
		t.Errorf("joinIndented under the site's banner: the indented line no longer opens its paragraph:\n%s", got)
	}
}

// TestJoinIndentedBlankBetweenParagraphs checks a text that parts its
// paragraphs by a little space as well as by a first-line indent, so that
// the laid-out reading has a blank line over each paragraph and heading:
// the indents still tell the wrapped lines, and a wrap that brings a note
// number or an ordinal word to the margin (（7）, 第一，) goes on the line
// before it as in a text without the blank lines (fictional).
func TestJoinIndentedBlankBetweenParagraphs(t *testing.T) {
	ind := func(text string) pdfLine { return pdfLine{text: text, indent: 2} }
	mar := func(text string) pdfLine { return pdfLine{text: text, indent: 0} }
	blank := pdfLine{text: "", indent: 0}
	lines := []pdfLine{
		ind("一、2030年工作回顾"),
		blank,
		ind("过去一年，全县坚持稳中求进，深入实施“湖岸振兴”"),
		mar("（7）行动，地区生产总值增长百分之五点八，城乡居民"),
		mar("收入稳步提高，新增城镇就业五千八百人。"),
		blank,
		ind("二、2031年主要任务"),
		blank,
		ind("推进科技创新，研发投入强度连续三年位居全市"),
		mar("第一，新增高新技术企业十八家，建成省级以上创新"),
		mar("平台六个，技术合同成交额突破二十亿元。"),
		blank,
		ind("加快城市更新，改造老旧小区十二个，新建口袋公园"),
		mar("八个，建成城乡公交线路八条，惠及群众一万余户。"),
		blank,
		ind("三、加强政府自身建设"),
		blank,
		ind("坚持依法行政，自觉接受人大监督和政协民主监督，"),
		mar("办理人大代表建议和政协提案二百余件，满意率高。"),
	}
	got := joinIndented(lines, nil)
	for _, want := range []string{
		"深入实施“湖岸振兴”（7）行动，",
		"研发投入强度连续三年位居全市第一，新增",
		"自觉接受人大监督和政协民主监督，办理",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("joinIndented with blank lines between paragraphs: no %q in\n%s", want, got)
		}
	}
}

// TestJoinPagesColumnsFootUnder checks a page whose two columns end short
// over a block that spans them, as on the last page of a printed article
// (the site's footer, a signature and date): the block stands under the
// columns, the columns are read as such, left then right, and the block
// after them (fictional).
func TestJoinPagesColumnsFootUnder(t *testing.T) {
	plain, layout, box, want := columnsPage(columnsHead{})
	foot := []string{"主办：明湖市人民政府办公室 承办：明湖市信息中心", "网站标识码：9900000001 ICP备20310001号"}
	end := "</block></flow></page></doc></body></html>"
	var fb strings.Builder
	for k, l := range foot {
		y := 340 + 20*k
		fmt.Fprintf(&fb, `<line xMin="150" yMin="%d" xMax="470" yMax="%d"><word xMin="150" yMin="%d" xMax="470" yMax="%d">%s</word></line>`,
			y, y+12, y, y+12, strings.ReplaceAll(l, " ", ""))
		plain += l + "\n"
		layout += "          " + l + "\n"
	}
	box = strings.TrimSuffix(box, end) + fb.String() + end
	got, _ := Clean(joinPages(plain+"\f", layout+"\f", func() string { return box }))
	if w := strings.Join(want, "\n"); !strings.Contains(got, w) {
		t.Errorf("Clean(joinPages(plain, layout, boxes)) =\n%s\nwant the columns read in order:\n%s", got, w)
	}
}

// TestJoinPagesStampAwayFromEdge checks a browser's print footer (the
// page's address) that the plain reading of most pages took between the
// page's lines, as it may on pages set in columns: the address stands at
// the edge of two pages only, and goes from every page (fictional).
func TestJoinPagesStampAwayFromEdge(t *testing.T) {
	const url = "https://www.minghu.example.cn/art/2031/1/9/art_42.html"
	body := []string{
		"全年新建改扩建学校6所，新增普惠性托位450个，改造老旧小区15个。",
		"粮食总产量稳定在41万吨以上，农村人居环境整治三年行动全面完成。",
		"一般公共预算支出中民生支出占比达到80.2%，十件民生实事全部完成。",
		"城乡居民人均可支配收入分别增长5.1%和7.4%，新增城镇就业6200人。",
		"湖滨新区建设提速，新开工项目四十二个，完成投资二百一十八亿元。",
	}
	more := [][5]string{
		{"产业转型步伐加快，新材料产业园二期建成投产。", "装备制造产业产值突破五百亿元。", "湖滨数字港引进企业六十家。", "数字经济核心产业增加值增长百分之十一。", "软件和信息服务业营业收入翻一番。"},
		{"民生福祉持续增进，新建改扩建中小学七所。", "新增学位六千个，改造老旧小区二十三个。", "新建城乡养老服务中心十四个。", "新增普惠性托位一千二百个。", "城镇新增就业五千八百人。"},
		{"望川河流域综合治理工程完工。", "水质稳定达到三类标准。", "新建城市公园四个、口袋公园十个。", "完成农村改厕一万一千户。", "群众获得感持续增强。"},
	}
	var pages []string
	for i, l := range body {
		page := "1/9/31, 9:30 AM\n\n明湖市政府工作报告\n\n" + l + "\n"
		if i < 2 {
			page += "\n" + url + "\n"
		} else {
			// the address among the lines of the text
			m := more[i-2]
			page += m[0] + "\n" + m[1] + "\n" + url + "\n" + m[2] + "\n" + m[3] + "\n" + m[4] + "\n"
		}
		pages = append(pages, page+"\n"+itoa(i+1)+"/"+itoa(len(body))+"\n")
	}
	got := joinPages(strings.Join(pages, "\f"), "", nil)
	if strings.Contains(got, url) {
		t.Errorf("joinPages kept the print footer's address:\n%s", got)
	}
	if !strings.Contains(got, more[2][2]) {
		t.Errorf("joinPages lost the page's text:\n%s", got)
	}
}

// TestJoinIndentedDoubleSpaced checks a text set with double line
// spacing, which the laid-out reading gives with a blank line (or two)
// between any two lines: the blank lines part no paragraphs, the indents
// do (fictional).
func TestJoinIndentedDoubleSpaced(t *testing.T) {
	paras := [][]string{
		{"过去一年，明湖市坚持稳中求进工作总基调，统筹推进", "稳增长、调结构、惠民生各项工作，地区生产总值增长", "百分之六点二，完成了年初确定的主要目标任务。"},
		{"产业转型步伐加快。新材料产业园二期建成投产，装备", "制造产值突破五百亿元，规上工业企业达到九十家。湖", "滨数字港引进企业六十家，数字经济加快发展。"},
		{"民生福祉持续增进。新建改扩建中小学七所，新增学位", "六千个，改造老旧小区二十三个，新增城镇就业五千八", "百人，新建城乡养老服务中心十四个。"},
		{"城乡面貌明显改善。湖滨绿道全线贯通，新建城市公园", "四个、口袋公园十个，望川河流域治理工程完工，水质", "稳定达到三类标准，完成农村改厕一万一千户。"},
		{"改革开放不断深化。营商环境持续优化，新登记经营主", "体一万二千户，外贸进出口总额增长百分之八，实际使", "用外资增长百分之十二，开放平台建设提速。"},
		{"今年要着力扩大有效投资，全力稳住经济基本盘。重大", "项目完成投资三百亿元，新开工亿元以上项目四十个，", "推动湖滨新区和望川河片区建设提速提质增效。"},
		{"持续增进民生福祉。新增城镇就业五千五百人以上，新", "增普惠性托位八百个，改造老旧小区二十个，城乡居民", "收入增长与经济增长基本同步。"},
	}
	for _, blanks := range []int{1, 2} {
		var lines []pdfLine
		for _, p := range paras {
			for k, l := range p {
				indent := 0
				if k == 0 {
					indent = 2
				}
				lines = append(lines, pdfLine{text: l, indent: indent})
				for range blanks {
					lines = append(lines, pdfLine{text: ""})
				}
			}
		}
		got, _ := Clean(joinIndented(lines, nil))
		for _, p := range paras {
			if want := strings.Join(p, ""); !strings.Contains(got, want) {
				t.Errorf("joinIndented with %d blank lines between lines: no paragraph %q in\n%s", blanks, want, got)
			}
		}
	}
}
