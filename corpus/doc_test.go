package corpus

// The .doc fixtures in testdata/doc are real Word 97-2003 files, written
// from the flat OpenDocument sources beside them (fictional text) by
// LibreOffice 7.4 (Debian 12's libreoffice-writer-nogui):
//
//	soffice --headless --convert-to doc wangchuan-jyj-2025-summary.fodt
//
// The tests read the committed .doc files and need no LibreOffice.
// LibreOffice writes all text as UTF-16 (an English-only document too), so
// the 8-bit (cp1252) pieces that Word writes are tested on streams built
// here (wordFile).

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/txtar"
)

// TestReadDOCGolden runs Read over the .doc files of testdata/doc: each
// .golden archive's first file, empty, names the .doc beside it (binary,
// so not in the archive); "document" is the expected metadata, outline
// and body.
func TestReadDOCGolden(t *testing.T) {
	runGolden(t, "testdata/doc/*.golden", "document", func(t *testing.T, ar *txtar.Archive) string {
		if len(ar.Files) == 0 {
			t.Fatal("no input file")
		}
		d := mustRead(t, ar.Files[0].Name, readFixture(t, ar.Files[0].Name))
		return describe(d) + "body:\n" + d.Body + "\n"
	})
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata/doc", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withFIB returns a copy of a .doc fixture with its FIB changed by edit.
// The FIB opens the WordDocument stream, which starts a sector of the
// file (a small stream's 64-byte sector): the first one that opens with
// Word's signature.
func withFIB(t *testing.T, data []byte, edit func(fib []byte)) []byte {
	t.Helper()
	b := bytes.Clone(data)
	for i := 512; i+64 <= len(b); i += 64 {
		if binary.LittleEndian.Uint16(b[i:]) == wIdentWord {
			edit(b[i : i+64])
			return b
		}
	}
	t.Fatal("no FIB found")
	return nil
}

// utf16Name returns s as the UTF-16LE of a compound file's stream name.
func utf16Name(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// TestRead_WordRenamed: a Word file is read as what its bytes are, not as
// its extension says, with a warning: a .doc named .docx, a .docx named
// .doc, a web page saved as .doc.
func TestRead_WordRenamed(t *testing.T) {
	doc := readFixture(t, "wangchuan-jyj-2025-summary.doc")
	page := []byte("<html><head><title>望川县教育局2025年工作总结</title></head><body><h1>望川县教育局2025年工作总结</h1><p>一、主要工作成效</p><p>新建改扩建中小学和幼儿园4所，新增学位2160个。</p><p>二、存在的问题</p><p>农村学校教师结构性缺编问题仍然存在。</p></body></html>")
	for _, tc := range []struct {
		name string
		data []byte
		warn string
	}{
		{"summary.docx", doc, "a Word 97-2003 (.doc) file named .docx; read as .doc"},
		{"summary.doc", docx(t, false), "a Word (.docx) file named .doc; read as .docx"},
		{"summary.doc", page, "a web page named .doc; read as .html"},
		{"summary.wps", doc, ""}, // WPS Office's, in Word's format
	} {
		d := mustRead(t, tc.name, tc.data)
		found := tc.warn == ""
		for _, w := range d.Warnings {
			found = found || w.Message == tc.warn
		}
		if !found {
			t.Errorf("Read(%q) warnings %v, want %q", tc.name, d.Warnings, tc.warn)
		}
		if len(d.Sections) < 3 || d.Kind != "总结" {
			t.Errorf("Read(%q) = kind %q, %d sections; want a 总结 read whole", tc.name, d.Kind, len(d.Sections))
		}
	}
}

// wordFile builds a WordDocument stream and a table stream holding text in
// the given pieces, each cp1252 (compressed) or UTF-16LE, after a
// property modifier the reader skips.
func wordFile(pieces ...struct {
	text       string
	compressed bool
}) (word, table []byte) {
	le := binary.LittleEndian
	fib := make([]byte, 32)
	le.PutUint16(fib, wIdentWord)
	le.PutUint16(fib[2:], 0xc1)
	fib = le.AppendUint16(fib, 14) // csw
	fib = append(fib, make([]byte, 28)...)
	fib = le.AppendUint16(fib, 22) // cslw
	lw := len(fib)
	fib = append(fib, make([]byte, 88)...)
	fib = le.AppendUint16(fib, 93) // cbRgFcLcb
	fcLcb := len(fib)
	fib = append(fib, make([]byte, 93*8)...)
	word = append(fib, make([]byte, 1024-len(fib))...)

	var cps []uint32
	var pcds []byte
	cp := uint32(0)
	for _, p := range pieces {
		cps = append(cps, cp)
		fc := uint32(len(word))
		var n int
		if p.compressed {
			b, _ := charmapEncode(p.text)
			word = append(word, b...)
			n = len(b)
			fc = fc*2 | fcCompressedFlag
		} else {
			u := utf16.Encode([]rune(p.text))
			for _, c := range u {
				word = le.AppendUint16(word, c)
			}
			n = len(u)
		}
		pcds = le.AppendUint16(pcds, 0)
		pcds = le.AppendUint32(pcds, fc)
		pcds = le.AppendUint16(pcds, 0)
		cp += uint32(n)
	}
	cps = append(cps, cp)
	le.PutUint32(word[lw+4*lwCcpText:], cp)

	table = []byte("reserved")
	clx := []byte{0x01, 3, 0, 0xaa, 0xbb, 0xcc, 0x02}
	plc := []byte{}
	for _, c := range cps {
		plc = le.AppendUint32(plc, c)
	}
	plc = append(plc, pcds...)
	clx = le.AppendUint32(clx, uint32(len(plc)))
	clx = append(clx, plc...)
	le.PutUint32(word[fcLcb+8*fcLcbClx:], uint32(len(table)))
	le.PutUint32(word[fcLcb+8*fcLcbClx+4:], uint32(len(clx)))
	table = append(table, clx...)
	return word, table
}

// charmapEncode writes s in cp1252.
func charmapEncode(s string) ([]byte, error) {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80 || r >= 0xa0 && r <= 0xff:
			b = append(b, byte(r))
		case r == '€':
			b = append(b, 0x80)
		case r == '’':
			b = append(b, 0x92)
		default:
			return nil, errors.New("not in cp1252")
		}
	}
	return b, nil
}

type testPiece = struct {
	text       string
	compressed bool
}

// TestDocText: the pieces' text, 8-bit and UTF-16, with Word's special
// characters mapped: paragraph marks, line, page and section breaks and a
// table's cell and row ends end lines; a field keeps its result (nested
// fields too); anchors and other controls go.
func TestDocText(t *testing.T) {
	word, table := wordFile(
		testPiece{"Caf\u00e9 \u2019Lakeside\u2019 \u20ac5\tfee\r", true},
		testPiece{"望川县教育局\x0b2025年\x0c一、\x13 HYPERLINK \"http://x.example/\" \x14主要\x15工作\x01\x08成效\x02\r", false},
		testPiece{"指标\x07完成\x07\x07学校\x074所\x07\x07", false},
		testPiece{"\x13 IF \x13 PAGE \x14 3\x15 = 3 \x14页\x13 NUMPAGES \x14五\x15\x15码\x1e1\x1f\r", false},
	)
	got, _, err := docText(word, table)
	if err != nil {
		t.Fatalf("docText: %v", err)
	}
	want := "Café ’Lakeside’ €5 fee\n望川县教育局\n2025年\n一、主要工作成效\n指标\n完成\n\n学校\n4所\n\n页五码-1\n"
	if got != want {
		t.Errorf("docText = %q, want %q", got, want)
	}
}

// TestDocText_Damaged: offsets that point outside their stream are errors,
// whichever offset lies.
func TestDocText_Damaged(t *testing.T) {
	le := binary.LittleEndian
	word, table := wordFile(testPiece{"望川县教育局2025年工作总结\r", false})
	fc := 32 + 2 + 28 + 2 + 88 + 2
	for _, tc := range []struct {
		name  string
		edit  func(w, tb []byte) ([]byte, []byte)
		error string
	}{
		{"short FIB", func(w, tb []byte) ([]byte, []byte) { return w[:40], tb }, "FIB cut short"},
		{"no signature", func(w, tb []byte) ([]byte, []byte) { w[0] = 0; return w, tb }, "signature"},
		{"clx past table", func(w, tb []byte) ([]byte, []byte) {
			le.PutUint32(w[fc+8*fcLcbClx:], 1<<31)
			return w, tb
		}, "not in the table stream"},
		{"piece past stream", func(w, tb []byte) ([]byte, []byte) { return w[:1030], tb }, "past the WordDocument stream's end"},
		{"pcdt size", func(w, tb []byte) ([]byte, []byte) { le.PutUint32(tb[len("reserved")+7:], 1<<30); return w, tb }, "a piece table of"},
		{"prc size", func(w, tb []byte) ([]byte, []byte) { le.PutUint16(tb[len("reserved")+1:], 0x7fff); return w, tb }, "property modifier"},
		{"pieces backwards", func(w, tb []byte) ([]byte, []byte) {
			le.PutUint32(tb[len("reserved")+11:], 0xffffffff)
			return w, tb
		}, "piece 0 runs"},
	} {
		w, tb := tc.edit(bytes.Clone(word), bytes.Clone(table))
		_, _, err := docText(w, tb)
		if err == nil || !strings.Contains(err.Error(), tc.error) {
			t.Errorf("docText with %s: %v, want an error saying %q", tc.name, err, tc.error)
		}
	}
}

// FuzzReadDOC checks that reading a .doc never panics, and that what it
// reads is valid UTF-8 without control characters other than newlines,
// within MaxText.
func FuzzReadDOC(f *testing.F) {
	files, _ := filepath.Glob("testdata/doc/*.doc")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add(cfbMagic)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDocText(t, "fuzz.doc", func() (string, error) {
			text, _, err := readDOC("fuzz.doc", data)
			return text, err
		})
	})
}

// FuzzDocText checks the same of docText on streams, where random bytes
// reach the FIB and the piece table (they seldom get through a compound
// file's checks).
func FuzzDocText(f *testing.F) {
	w, tb := wordFile(testPiece{"Café\r", true}, testPiece{"望川县\x13 PAGE \x142\x15\x07\r", false})
	f.Add(w, tb)
	f.Add(w[:200], tb)
	// a real file's streams, with paragraph properties
	if w, tb, err := wordStreams(readFixture(f, "wangchuan-jyj-2025-summary.doc")); err == nil {
		f.Add(w, tb)
	}
	f.Fuzz(func(t *testing.T, word, table []byte) {
		checkDocText(t, "streams", func() (string, error) {
			text, _, err := docText(word, table)
			return text, err
		})
	})
}

func checkDocText(t *testing.T, name string, read func() (string, error)) {
	text, err := read()
	if err != nil {
		return
	}
	if !utf8.ValidString(text) || len(text) > MaxText {
		t.Fatalf("%s: text of %d bytes, valid UTF-8 %v", name, len(text), utf8.ValidString(text))
	}
	for _, r := range text {
		if r < ' ' && r != '\n' {
			t.Fatalf("%s: text %q holds control character %U", name, text, r)
		}
	}
}

// TestPapxFkp: the paragraphs of a PAPX page, with their row ends found
// behind a modifier of variable length (sprmTDefTable) and in both forms of
// a PapxInFkp's length.
func TestPapxFkp(t *testing.T) {
	le := binary.LittleEndian
	fkp := make([]byte, fkpSize)
	fkp[fkpSize-1] = 3 // crun
	for i, fc := range []uint32{1024, 1040, 1042, 1060} {
		le.PutUint32(fkp[4*i:], fc)
	}
	bx := 4 * 4
	put := func(j, at int, papx []byte) {
		fkp[bx+13*j] = byte(at / 2)
		copy(fkp[at:], papx)
	}
	istd := []byte{0, 0}
	cell := append([]byte{2}, istd...) // cb 2: 3 bytes, the style's
	// cb 6: 11 bytes: the style, a row's cells (2-byte length 3: 2 bytes
	// follow), then the row end
	row := append([]byte{6}, istd...)
	row = le.AppendUint16(row, sprmTDefTable)
	row = append(le.AppendUint16(row, 3), 0xaa, 0xbb)
	row = append(le.AppendUint16(row, sprmPFTtp), 1)
	// cb 0, cb' 3: 6 bytes: the style, a nested table's row end, 1 spare
	inner := append([]byte{0, 3}, istd...)
	inner = append(le.AppendUint16(inner, sprmPFInnerTtp), 1, 0)
	put(0, 300, cell)
	put(1, 320, row)
	put(2, 360, inner)
	got := papxFkp(fkp)
	want := []paraRun{{start: 1024, end: 1040}, {start: 1040, end: 1042, rowEnd: true}, {start: 1042, end: 1060, rowEnd: true}}
	if len(got) != len(want) {
		t.Fatalf("papxFkp = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("papxFkp paragraph %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	w := docWriter{paras: got}
	for fc, want := range map[uint32]bool{1030: false, 1040: true, 1059: true, 1060: false, 10: false} {
		if w.rowEnd(fc) != want {
			t.Errorf("rowEnd(%d) = %v, want %v", fc, !want, want)
		}
	}
}

// stsh builds a style sheet (STSH) of paragraph styles: each with its
// built-in identifier, base, name and paragraph modifiers.
func stsh(styles ...struct {
	sti, base int
	name      string
	grpprl    []byte
}) []byte {
	le := binary.LittleEndian
	b := le.AppendUint16(nil, 18)               // cbStshi
	b = le.AppendUint16(b, uint16(len(styles))) // cstd
	b = le.AppendUint16(b, 10)                  // cbSTDBaseInFile
	b = append(b, make([]byte, 14)...)
	for _, s := range styles {
		std := le.AppendUint16(nil, uint16(s.sti))
		std = le.AppendUint16(std, uint16(s.base<<4|1)) // a paragraph style
		std = append(std, make([]byte, 6)...)
		name := utf16.Encode([]rune(s.name))
		std = le.AppendUint16(std, uint16(len(name)))
		for _, u := range name {
			std = le.AppendUint16(std, u)
		}
		std = le.AppendUint16(std, 0)
		std = le.AppendUint16(std, uint16(2+len(s.grpprl)))
		std = append(le.AppendUint16(std, 0), s.grpprl...)
		b = append(le.AppendUint16(b, uint16(len(std))), std...)
	}
	return b
}

type testStyle = struct {
	sti, base int
	name      string
	grpprl    []byte
}

// TestDocStyles: heading levels and numbering come from a style's
// built-in identifier, its names or its outline level, and a style takes
// what it lacks from its base; a paragraph's numbering is its own or its
// style's, a table of contents' entry is dropped.
func TestDocStyles(t *testing.T) {
	le := binary.LittleEndian
	num := func(ilfo, ilvl int) []byte {
		g := le.AppendUint16(nil, sprmPIlfo)
		g = le.AppendUint16(g, uint16(ilfo))
		return append(le.AppendUint16(g, sprmPIlvl), byte(ilvl))
	}
	table := stsh(
		testStyle{0, istdNil, "Normal", nil},
		testStyle{1, 0, "heading 1,标题 1", num(1, 0)},
		testStyle{0xffe, 0, "二级标题", num(1, 1)},
		testStyle{0xffe, 1, "My Heading", nil},
		testStyle{19, 0, "toc 1", nil},
		testStyle{0xffe, 0, "Outline", append(le.AppendUint16(nil, sprmPOutLvl), 2)},
	)
	f := fib{fcLcb: make([]byte, 8*(fcLcbStshf+1))}
	le.PutUint32(f.fcLcb[8*fcLcbStshf+4:], uint32(len(table)))
	styles := parseSTSH(table, f)
	for istd, want := range map[int]docStyle{
		1: {level: 1, num: listRef{ilfo: 1, hasIlfo: true, hasIlvl: true}, base: 0},
		2: {level: 2, num: listRef{ilfo: 1, ilvl: 1, hasIlfo: true, hasIlvl: true}, base: 0},
		3: {level: 1, num: listRef{ilfo: 1, hasIlfo: true, hasIlvl: true}, base: 1},
		4: {level: tocStyle, base: 0},
		5: {level: 3, num: listRef{outline: 2, hasOutLvl: true}, base: 0},
	} {
		if got := styles[istd]; got != want {
			t.Errorf("parseSTSH style %d = %+v, want %+v", istd, got, want)
		}
	}

	w := docWriter{
		styles: styles,
		lists: &docLists{
			lists:    map[uint32][]docLevel{7: {{1, 0x27, []uint16{0, '、'}}, {1, 0x25, []uint16{'（', 1, '）'}}}},
			lfos:     []uint32{7},
			counters: map[int][]int{},
		},
		hints: map[string]int{},
	}
	for _, p := range []struct {
		text string
		run  paraRun
	}{
		{"总体要求", paraRun{istd: 1}},
		{"正文。", paraRun{istd: 0}},
		{"重点任务", paraRun{istd: 3}},
		{"扩大资源", paraRun{istd: 2}},
		{"目录项 3", paraRun{istd: 4}},
		{"不编号的标题", paraRun{istd: 1, num: listRef{hasIlfo: true}}},
		{"大纲级别", paraRun{istd: 5}},
		{"保障措施", paraRun{istd: 0, num: listRef{ilfo: 1, hasIlfo: true, hasIlvl: true}}},
	} {
		w.para.WriteString(p.text)
		w.endPara(&p.run)
		w.b.WriteByte('\n')
	}
	want := "一、总体要求\n正文。\n二、重点任务\n（一）扩大资源\n\n不编号的标题\n大纲级别\n三、保障措施\n"
	if got := w.b.String(); got != want {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	wantHints := map[string]int{"一、总体要求": 1, "二、重点任务": 1, "（一）扩大资源": 2, "不编号的标题": 1, "大纲级别": 3}
	if len(w.hints) != len(wantHints) {
		t.Errorf("hints = %v, want %v", w.hints, wantHints)
	}
	for h, l := range wantHints {
		if w.hints[h] != l {
			t.Errorf("hint %q = %d, want %d (hints %v)", h, w.hints[h], l, w.hints)
		}
	}
}

func TestStyleLevel(t *testing.T) {
	for _, c := range []struct {
		sti  int
		name string
		want int
	}{
		{2, "", 2},
		{0xffe, "heading 3,标题 3", 3},
		{0xffe, "二级标题", 2},
		{0xffe, "標題 1", 1},
		{0xffe, "三級標題", 3},
		{0xffe, "目錄 1", tocStyle},
		{0xffe, "正文", 0},
	} {
		if got := styleLevel(c.sti, c.name); got != c.want {
			t.Errorf("styleLevel(%d, %q) = %d, want %d", c.sti, c.name, got, c.want)
		}
	}
}
