package corpus

import (
	"strings"
	"testing"
)

// TestRead_DOCXHeadingNumberingOff: a paragraph in a numbered heading
// style with its numbering switched off (w:numId 0: a closing part the
// writer left unnumbered) is a heading of its style's level all the same,
// a part beside the numbered parts, not a point under the last of them.
func TestRead_DOCXHeadingNumberingOff(t *testing.T) {
	body := reportParas(func(_ int, l string) string {
		switch {
		case strings.HasPrefix(l, "一、") || strings.HasPrefix(l, "二、"):
			return wordPara("1", l[len("一、"):])
		case strings.HasPrefix(l, "（"):
			return wordPara("2", l[strings.Index(l, "）")+len("）"):])
		}
		return wordPara("", l)
	}) + `<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>加强政府自身建设</w:t></w:r></w:p>` +
		wordPara("", "全县政府系统要坚持依法行政，持续改进作风，提高办事效率。")
	d := mustRead(t, "report.docx", zipOf(t, "word/document.xml", wordDoc(body), "word/numbering.xml", chineseOutline, "word/styles.xml", numberedHeadingStyles))
	hs := strings.Join(headings(d), "|")
	if !strings.HasSuffix(hs, "|1 加强政府自身建设") || !strings.Contains(hs, "2 （二）办好民生实事|") {
		t.Errorf("Read(report.docx) headings\n%s\nwant 加强政府自身建设 a part (level 1) after （二）办好民生实事", hs)
	}
}

// labels returns the labels numbering.xml gives the paragraphs numbered
// by instance numID at the levels ilvls, in order, a space between them.
func labels(numbering, numID string, ilvls ...int) string {
	n := parseNumbering([]byte(numbering))
	var got []string
	for _, l := range ilvls {
		got = append(got, n.label(numID, l))
	}
	return strings.Join(got, " ")
}

// TestDOCXNumberingRestart: a level with w:lvlRestart 0 never starts
// again (points numbered straight through the parts, as a plan numbers
// its tasks); with w:lvlRestart N it starts again only under a heading of
// level N or above, not under the levels between.
func TestDOCXNumberingRestart(t *testing.T) {
	numbering := `<?xml version="1.0"?><w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0">` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	got := labels(numbering, "1", 0, 1, 2, 2, 1, 2, 0, 1, 2)
	if want := "一、 （一） 1. 2. （二） 3. 二、 （三） 1."; got != want {
		t.Errorf("labels %s, want %s", got, want)
	}
}

// TestDOCXNumberingLevelOverride: an instance of a numbering that gives a
// level a definition of its own (w:lvl inside w:lvlOverride: the format
// changed for this one list) numbers that level its own way; the other
// instances keep the abstract numbering's.
func TestDOCXNumberingLevelOverride(t *testing.T) {
	numbering := `<?xml version="1.0"?><w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0">` + outlineLevels +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
		`<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1">` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:lvlOverride></w:num></w:numbering>`
	if got, want := labels(numbering, "2", 0, 1, 1), "一、 1. 2."; got != want {
		t.Errorf("instance 2 labels %s, want %s", got, want)
	}
	if got, want := labels(numbering, "1", 0, 1, 1), "一、 （一） （二）"; got != want {
		t.Errorf("instance 1 labels %s, want %s", got, want)
	}
}

// TestRead_DOCXEnclosedIdeographs: a level in Word's ideographEnclosedCircle
// format shows ㈠ ㈡ ㈢, and a heading numbered so is a point of the
// （一） kind under its part, as typed ㈠ is.
func TestRead_DOCXEnclosedIdeographs(t *testing.T) {
	numbering := `<?xml version="1.0"?><w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0">` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="ideographEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	if got, want := labels(numbering, "1", 0, 1, 1, 1), "一、 ㈠ ㈡ ㈢"; got != want {
		t.Errorf("labels %s, want %s", got, want)
	}
	d := mustRead(t, "report.docx", zipOf(t, "word/document.xml", wordDoc(autoNumbered("1")), "word/numbering.xml", numbering))
	hs := strings.Join(headings(d), "|")
	if !strings.Contains(hs, "1 二、2037年主要任务|2 ㈠做强县域产业|2 ㈡办好民生实事") {
		t.Errorf("Read(report.docx) headings\n%s\nwant ㈠做强县域产业 and ㈡办好民生实事 under 二、", hs)
	}
}
