package corpus

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

// ofdLineSpec is a line of text drawn at (x, y), y its baseline, in a font
// of size (millimetres).
type ofdLineSpec struct {
	x, y, size float64
	text       string
}

// The test pages' layout, as a 公文 system sets a report: 28 characters of
// 5 mm a line from a left margin of 28 mm, paragraphs indented two
// characters, a line every 9 mm.
const (
	tLeft  = 28.0
	tSize  = 5.0
	tChars = 28
	tPitch = 9.0
)

// ofdLayout lays paragraphs out from baseline y on, wrapping them at
// tChars characters (a narrow character is half a wide one) with the first
// line indented two characters, and returns the lines and the next
// baseline.
func ofdLayout(y float64, paras ...string) ([]ofdLineSpec, float64) {
	var out []ofdLineSpec
	for _, p := range paras {
		x, w := tLeft+2*tSize, 2*tSize
		var cur strings.Builder
		for _, r := range p {
			cw := tSize
			if runewidth.RuneWidth(r) < 2 {
				cw /= 2
			}
			if w+cw > tChars*tSize+1e-9 {
				out = append(out, ofdLineSpec{x, y, tSize, cur.String()})
				cur.Reset()
				x, w, y = tLeft, 0, y+tPitch
			}
			cur.WriteRune(r)
			w += cw
		}
		out = append(out, ofdLineSpec{x, y, tSize, cur.String()})
		y += tPitch
	}
	return out, y
}

// ofdTextObjects draws the lines as OFD text objects: one object a line
// with its advances in DeltaX, or (perChar) one object a character with a
// scaling CTM, the shape of a common converter's output.
func ofdTextObjects(lines []ofdLineSpec, perChar bool) string {
	var b strings.Builder
	id := 100
	for _, l := range lines {
		var adv []string
		var xs []float64
		x := l.x
		for _, r := range l.text {
			cw := l.size
			if runewidth.RuneWidth(r) < 2 {
				cw /= 2
			}
			xs = append(xs, x)
			adv = append(adv, fmt.Sprintf("%g", cw))
			x += cw
		}
		if !perChar {
			id++
			fmt.Fprintf(&b, `<ofd:TextObject ID="%d" Boundary="%g %g %g %g" Font="1" Size="%g"><ofd:TextCode X="0" Y="%g" DeltaX="%s">%s</ofd:TextCode></ofd:TextObject>`,
				id, l.x, l.y-l.size, x-l.x, l.size*1.2, l.size, l.size, strings.Join(adv[:max(0, len(adv)-1)], " "), xmlEscape(l.text))
			continue
		}
		i := 0
		for _, r := range l.text {
			id++
			fmt.Fprintf(&b, `<ofd:TextObject ID="%d" Boundary="%g %g %g %g" Size="%g" CTM="0.05 0 0 0.05 0 0" Font="1"><ofd:TextCode X="0" Y="%g">%s</ofd:TextCode></ofd:TextObject>`,
				id, xs[i], l.y-l.size, l.size, l.size, l.size/0.05, l.size/0.05, xmlEscape(string(r)))
			i++
		}
	}
	return b.String()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

const ofdNS = `xmlns:ofd="http://www.ofdspec.org/2016"`

// ofdFile returns an OFD file of the pages (each the XML of its objects),
// with a page template drawing tpl on every page when tpl is not empty.
func ofdFile(t *testing.T, tpl string, pages ...string) []byte {
	t.Helper()
	var list strings.Builder
	parts := []string{"OFD.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ` + ofdNS + ` Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`}
	tref, tdecl := "", ""
	if tpl != "" {
		tdecl = `<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>`
		tref = `<ofd:Template TemplateID="2" ZOrder="Background"/>`
		parts = append(parts, "Doc_0/Tpls/Tpl_0/Content.xml", `<ofd:Page `+ofdNS+`><ofd:Content><ofd:Layer ID="3">`+tpl+`</ofd:Layer></ofd:Content></ofd:Page>`)
	}
	for i, p := range pages {
		fmt.Fprintf(&list, `<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>`, 10+i, i)
		parts = append(parts, fmt.Sprintf("Doc_0/Pages/Page_%d/Content.xml", i),
			`<ofd:Page `+ofdNS+`>`+tref+`<ofd:Content><ofd:Layer ID="4">`+p+`</ofd:Layer></ofd:Content></ofd:Page>`)
	}
	parts = append(parts, "Doc_0/Document.xml", `<ofd:Document `+ofdNS+`><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>`+tdecl+`</ofd:CommonData><ofd:Pages>`+list.String()+`</ofd:Pages></ofd:Document>`)
	return zipOf(t, parts...)
}

// Fictional paragraphs of a county's work plan, long enough to wrap.
var (
	tParaA = "2031年，望川县上下围绕“产城融合、绿色崛起”的目标，稳住工业增长，县域经济总量首次突破三百亿元，城乡居民收入分别增长6.2%和7.5%，各项工作取得新的进展。"
	tParaB = "新建改扩建中小学12所，新增学位1.5万个，实现课后服务全覆盖；望川河生态廊道一期完工，沿河绿道贯通二十公里，群众出行更加便利。"
)

// TestReadOFD checks that an OFD's text is rebuilt into lines and
// paragraphs from the characters' places: a line that starts at the left
// margin after a full line goes on its paragraph, across a page break too;
// an indented line, a centred one and a line after a short one open one;
// the pages' template, running header and page numbers are not read.
func TestReadOFD(t *testing.T) {
	body, _ := ofdLayout(60, tParaA, tParaB)
	heading, y := ofdLayout(50, "一、2031年工作回顾")
	title := ofdLineSpec{62, 35, 7, "望川县2032年工作要点"}
	page1, _ := ofdLayout(y, tParaA)
	page2, _ := ofdLayout(40, tParaB)
	page3, _ := ofdLayout(40, tParaA)
	header := ofdLineSpec{90, 20, 3.5, "望川县人民政府"}
	number := func(n int) ofdLineSpec { return ofdLineSpec{150, 280, 4, fmt.Sprintf("— %d —", n)} }
	// a paragraph broken by the page: its first lines at the foot of one
	// page, the rest at the top of the next
	broken, _ := ofdLayout(240, tParaA+tParaB)
	split := 0
	for split < len(broken) && broken[split].y < 260 {
		split++
	}
	rest := broken[split:]
	for i := range rest {
		rest[i].y -= 200
	}
	objs := func(perChar bool, ls ...[]ofdLineSpec) string {
		var all []ofdLineSpec
		for _, l := range ls {
			all = append(all, l...)
		}
		return ofdTextObjects(all, perChar)
	}
	one := func(l ofdLineSpec) []ofdLineSpec { return []ofdLineSpec{l} }
	// a heading in 黑体 that fills its line, set at the margin, over the
	// text in 仿宋 going on at the margin
	fullHead := ofdLineSpec{tLeft, 50, tSize, "一、坚持稳中求进，推动产业转型升级，全力打造区域先进制造业基地"}
	under := ofdLineSpec{tLeft, 59, tSize, "全县上下稳住工业增长。"}
	heiti := strings.ReplaceAll(ofdTextObjects(one(fullHead), false), `Font="1"`, `Font="2"`)
	// letters of a proportional font, one object each, as wide as their boxes
	letters := `<ofd:TextObject ID="1" Boundary="28 40 4.7 5" Size="5" Font="1"><ofd:TextCode X="0" Y="5">W</ofd:TextCode></ofd:TextObject>` +
		`<ofd:TextObject ID="2" Boundary="32.7 40 2.5 5" Size="5" Font="1"><ofd:TextCode X="0" Y="5">o</ofd:TextCode></ofd:TextObject>` +
		`<ofd:TextObject ID="3" Boundary="35.2 40 1.7 5" Size="5" Font="1"><ofd:TextCode X="0" Y="5">r</ofd:TextCode></ofd:TextObject>` +
		`<ofd:TextObject ID="4" Boundary="36.9 40 2.5 5" Size="5" Font="1"><ofd:TextCode X="0" Y="5">d</ofd:TextCode></ofd:TextObject>` +
		`<ofd:TextObject ID="5" Boundary="41.9 40 5 5" Size="5" Font="1"><ofd:TextCode X="0" Y="5">望</ofd:TextCode></ofd:TextObject>`
	// a title over two centred lines, in a larger font than the text
	title2 := []ofdLineSpec{{56, 30, 7, "望川县人民政府关于印发"}, {60.5, 40, 7, "2032年工作要点的通知"}}
	// a watermark set across the page
	turned := `<ofd:TextObject ID="9" Boundary="60 150 80 80" CTM="0.7071 0.7071 -0.7071 0.7071 0 0" Size="12"><ofd:TextCode X="0" Y="12" DeltaX="g 3 12">内部资料</ofd:TextCode></ofd:TextObject>`
	// long paragraphs, and an address running past the right margin
	long, y2 := ofdLayout(40, tParaA+tParaB+tParaA, tParaB+tParaA+tParaB)
	address := ofdLineSpec{tLeft, y2, tSize, "网址：https://www.wangchuan.gov.cn/zwgk/ghjh/2032/gzyd/index_2032_wangchuan.html"}
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"wrapped paragraphs, one object a line", ofdFile(t, "", objs(false, body)), tParaA + "\n" + tParaB},
		{"one object a character, scaled by CTM", ofdFile(t, "", objs(true, body)), tParaA + "\n" + tParaB},
		{"objects in any order", ofdFile(t, "", objs(false, body[3:], body[:3])), tParaA + "\n" + tParaB},
		{"title and heading open paragraphs", ofdFile(t, "", objs(false, one(title), heading, page1)),
			"望川县2032年工作要点\n一、2031年工作回顾\n" + tParaA},
		{"page template not read", ofdFile(t, ofdTextObjects(one(header), false), objs(false, heading, page1), objs(true, page2)),
			"一、2031年工作回顾\n" + tParaA + "\n" + tParaB},
		{"running header and page numbers dropped", ofdFile(t, "",
			objs(false, one(header), heading, page1, one(number(1))), objs(false, one(header), page2, one(number(2))),
			objs(false, one(header), page3, one(number(3)))),
			"一、2031年工作回顾\n" + tParaA + "\n" + tParaB + "\n" + tParaA},
		{"page numbers of a short paper dropped", ofdFile(t, "", objs(false, page1, one(number(1))), objs(false, page2, one(number(2)))),
			tParaA + "\n" + tParaB},
		{"paragraph across a page break", ofdFile(t, "", objs(false, broken[:split], one(number(1))), objs(true, rest, one(number(2)))),
			tParaA + tParaB},
		{"gap between words is a space", ofdFile(t, "", `<ofd:TextObject ID="1" Boundary="28 40 150 6" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="5 15 5 5">联系电话1234</ofd:TextCode></ofd:TextObject>`),
			"联系 电话1234"},
		{"advances run-length coded", ofdFile(t, "", `<ofd:TextObject ID="1" Boundary="28 40 150 6" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5 15">一二三四五</ofd:TextCode></ofd:TextObject>`),
			"一二三四 五"},
		{"a heading in another font ends with its line", ofdFile(t, "", heiti+ofdTextObjects(one(under), false)),
			fullHead.text + "\n" + under.text},
		{"the same font goes on", ofdFile(t, "", ofdTextObjects([]ofdLineSpec{fullHead, under}, false)),
			fullHead.text + under.text},
		{"one object a letter, as wide as its box", ofdFile(t, "", letters), "Word 望"},
		{"a title over centred lines", ofdFile(t, "", objs(false, title2, page1)), "望川县人民政府关于印发2032年工作要点的通知\n" + tParaA},
		{"turned text not read", ofdFile(t, "", turned+objs(false, body)), tParaA + "\n" + tParaB},
		{"a line past the right margin", ofdFile(t, "", objs(false, long, one(address))),
			tParaA + tParaB + tParaA + "\n" + tParaB + tParaA + tParaB + "\n" + address.text},
		{"page blocks nested", ofdFile(t, "", `<ofd:PageBlock ID="7"><ofd:PageBlock ID="8">`+objs(false, body)+`</ofd:PageBlock></ofd:PageBlock>`),
			tParaA + "\n" + tParaB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readOFD(context.Background(), "要点.ofd", tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestReadOFDErrors checks that a broken OFD fails with an error naming
// the file and telling the case apart.
func TestReadOFDErrors(t *testing.T) {
	good := ofdFile(t, "", ofdTextObjects([]ofdLineSpec{{tLeft, 40, tSize, "望川县人民政府"}}, false))
	deep := strings.Repeat(`<ofd:PageBlock>`, maxOFDDepth+1) + strings.Repeat(`</ofd:PageBlock>`, maxOFDDepth+1)
	tests := []struct {
		name string
		data []byte
		want error
		says string
	}{
		{"not a zip", []byte("OFD? no"), ErrBinary, "not a zip"},
		{"cut short", good[:len(good)/2], ErrTruncated, ""},
		{"no OFD.xml", zipOf(t, "Doc_0/Document.xml", "<x/>"), ErrMalformed, "without OFD.xml"},
		{"no document", zipOf(t, "OFD.xml", `<ofd:OFD `+ofdNS+`><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`), ErrMalformed, "no Doc_0/Document.xml"},
		{"page missing", zipOf(t, "OFD.xml", `<ofd:OFD `+ofdNS+`><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
			"Doc_0/Document.xml", `<ofd:Document `+ofdNS+`><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`), ErrMalformed, "no Doc_0/Pages/Page_0/Content.xml"},
		{"page XML broken", ofdFile(t, "", `<ofd:TextObject><ofd:TextCode>望川</ofd:TextObject>`), ErrMalformed, "Doc_0/Pages/Page_0/Content.xml"},
		{"page blocks too deep", ofdFile(t, "", deep), ErrMalformed, "too deep"},
		{"no text", ofdFile(t, "", `<ofd:PathObject ID="5" Boundary="0 0 10 10"/>`), ErrEmpty, "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("通知.ofd", tt.data)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "通知.ofd") || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("got %v, want %v naming the file and saying %q", err, tt.want, tt.says)
			}
		})
	}
}

// TestReadOFDSniffed checks that an OFD without an extension, or under a
// Word file's, is read as one: its members say what it is.
func TestReadOFDSniffed(t *testing.T) {
	lines, y := ofdLayout(40, "望川县2032年工作要点")
	more, _ := ofdLayout(y, tParaA, "一、2031年工作回顾", tParaB, "二、2032年工作安排", tParaA)
	data := ofdFile(t, "", ofdTextObjects(append(lines, more...), false))
	for _, name := range []string{"望川县2032年工作要点", "望川县2032年工作要点.docx", "望川县2032年工作要点.ofd"} {
		d, err := Read(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Year != 2032 || !strings.Contains(d.Body, tParaB) {
			t.Errorf("%s: year %d, body %q", name, d.Year, d.Body)
		}
		if warned := len(d.Warnings) > 0 && strings.Contains(d.Warnings[0].Message, "OFD"); warned == strings.HasSuffix(name, ".ofd") {
			t.Errorf("%s: warnings %v", name, d.Warnings)
		}
	}
}

// TestReadOFDTooLarge checks that an OFD whose text passes MaxText, or
// one page of which holds more characters than any page can, is refused,
// however small the file.
func TestReadOFDTooLarge(t *testing.T) {
	// one TextCode repeated: the zip packs it into a few kilobytes
	code := `<ofd:TextObject ID="1" Boundary="28 40 150 6" Size="5"><ofd:TextCode X="0" Y="5">` + strings.Repeat("望", 4000) + `</ofd:TextCode></ofd:TextObject>`
	page := strings.Repeat(code, maxOFDPageGlyphs/4000-1)
	pages := make([]string, MaxText/3/maxOFDPageGlyphs+2)
	for i := range pages {
		pages[i] = page
	}
	for name, file := range map[string][]byte{
		"text past MaxText": ofdFile(t, "", pages...),
		"a page too full":   ofdFile(t, "", page+code+code),
	} {
		_, err := Read("大.ofd", file)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "大.ofd") {
			t.Errorf("%s: got %v, want ErrTooLarge", name, err)
		}
	}
}

// TestReadOFDSharedPart checks that pages naming one part over and over are
// read within the package's budget of unpacked bytes: the part's own bound
// times the pages' would be hours of parsing for a file of a few kilobytes.
func TestReadOFDSharedPart(t *testing.T) {
	defer func(n int64) { maxPackageRead = n }(maxPackageRead)
	maxPackageRead = 1 << 20
	page := `<ofd:Page ` + ofdNS + `><ofd:Content><ofd:Layer ID="4"><!--` + strings.Repeat(" ", 100<<10) + `--></ofd:Layer></ofd:Content></ofd:Page>`
	list := strings.Repeat(`<ofd:Page ID="10" BaseLoc="Pages/Page_0/Content.xml"/>`, 50)
	file := zipOf(t, "OFD.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD `+ofdNS+` Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
		"Doc_0/Pages/Page_0/Content.xml", page,
		"Doc_0/Document.xml", `<ofd:Document `+ofdNS+`><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>`+list+`</ofd:Pages></ofd:Document>`)
	_, err := Read("同页.ofd", file)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "同页.ofd") || !strings.Contains(err.Error(), "in all") {
		t.Errorf("got %v, want ErrTooLarge naming the file and the budget", err)
	}
}

// TestReadOFDComposite checks that the text of a composite object's unit
// is read where the object draws it, and that a unit drawing itself over
// and over is read within bounds.
func TestReadOFDComposite(t *testing.T) {
	lines, _ := ofdLayout(40, tParaA)
	// the unit's own units are the page's moved 10 mm up and left: the
	// object's box puts them back
	for i := range lines {
		lines[i].x -= 10
		lines[i].y -= 10
	}
	self := `<ofd:CompositeGraphicUnit ID="21" Width="10" Height="10"><ofd:Content><ofd:Layer>` +
		strings.Repeat(`<ofd:CompositeObject ID="5" ResourceID="21" Boundary="0 0 10 10"/>`, 100) + `</ofd:Layer></ofd:Content></ofd:CompositeGraphicUnit>`
	res := `<ofd:Res ` + ofdNS + ` BaseLoc="Res"><ofd:CompositeGraphicUnits>` +
		`<ofd:CompositeGraphicUnit ID="20" Width="190" Height="287"><ofd:Content><ofd:Layer ID="1">` + ofdTextObjects(lines, false) + `</ofd:Layer></ofd:Content></ofd:CompositeGraphicUnit>` +
		self + `</ofd:CompositeGraphicUnits></ofd:Res>`
	page := `<ofd:Page ` + ofdNS + `><ofd:Content><ofd:Layer ID="4"><ofd:CompositeObject ID="30" ResourceID="20" Boundary="10 10 190 287"/>` +
		`<ofd:CompositeObject ID="31" ResourceID="21" Boundary="0 0 10 10"/></ofd:Layer></ofd:Content></ofd:Page>`
	data := zipOf(t, "OFD.xml", `<ofd:OFD `+ofdNS+`><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
		"Doc_0/Document.xml", `<ofd:Document `+ofdNS+`><ofd:CommonData><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>`+
			`<ofd:Pages><ofd:Page ID="3" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
		"Doc_0/DocumentRes.xml", res, "Doc_0/Pages/Page_0/Content.xml", page)
	got, err := readOFD(context.Background(), "要点.ofd", data)
	if err != nil {
		t.Fatal(err)
	}
	if got != tParaA {
		t.Errorf("got\n%s\nwant\n%s", got, tParaA)
	}
}
