package corpus

import (
	"strings"
	"testing"
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
	got := joinPages(strings.Join(pages, "\f"))
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
	if got := joinPages(two); strings.Count(got, "青岚县政府工作报告") != 2 || strings.Contains(got, "\n\n") {
		t.Errorf("joinPages(two pages) = %q; want both title lines kept and no blank line at the break", got)
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
