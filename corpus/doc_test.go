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

// TestReadDOCGolden reads testdata/doc/*.doc and compares the document
// (metadata and outline) and its body with the parts of the .golden file of
// the same name.
func TestReadDOCGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/doc/*.doc")
	if len(files) == 0 {
		t.Fatal("no testdata/doc/*.doc")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			d := mustRead(t, file, data)
			got := map[string]string{"document": describe(d), "body": d.Body + "\n"}
			golden := strings.TrimSuffix(file, ".doc") + ".golden"
			if *update {
				ar := &txtar.Archive{Comment: []byte("Read(" + filepath.Base(file) + "): go test ./corpus -run ReadDOCGolden -update\n")}
				if old, err := txtar.ParseFile(golden); err == nil {
					ar.Comment = old.Comment
				}
				ar.Files = []txtar.File{{Name: "document", Data: []byte(got["document"])}, {Name: "body", Data: []byte(got["body"])}}
				if err := os.WriteFile(golden, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			ar, err := txtar.ParseFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"document", "body"} {
				if want := part(t, ar, name); got[name] != want {
					t.Errorf("%s: %s differs\n--- got\n%s--- want\n%s--- diff\n%s", golden, name, got[name], want, lineDiff(want, got[name]))
				}
			}
		})
	}
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

func TestRead_DOCErrors(t *testing.T) {
	doc := readFixture(t, "wangchuan-jyj-2025-summary.doc")
	encrypted := withFIB(t, doc, func(fib []byte) { fib[0x0b] |= fEncrypted >> 8 })
	word95 := withFIB(t, doc, func(fib []byte) { binary.LittleEndian.PutUint16(fib[2:], 104) })
	noWord := bytes.Replace(doc, utf16Name("WordDocument"), utf16Name("WordDocumenX"), 1)
	if bytes.Equal(noWord, doc) {
		t.Fatal("no WordDocument name in the fixture")
	}
	junk := append(bytes.Clone(cfbMagic), bytes.Repeat(allBytes(), 16)[len(cfbMagic):]...)
	for _, tc := range []struct {
		name string
		data []byte
		want error
		msg  string // also in the message
	}{
		{"cut.doc", doc[:len(doc)*2/3], ErrTruncated, "cut.doc"},
		{"header.doc", cfbMagic[:4], ErrTruncated, "header.doc"},
		{"random.doc", bytes.Repeat(allBytes(), 16), ErrBinary, "random.doc"},
		{"text.doc", []byte("望川县教育局2025年工作总结"), ErrBinary, "text.doc"},
		{"empty.doc", nil, ErrEmpty, "empty.doc"},
		{"junk.doc", junk, ErrMalformed, "junk.doc"},
		{"encrypted.doc", encrypted, ErrUnsupported, "encrypted.doc: unsupported format: the document is encrypted"},
		{"word95.doc", word95, ErrUnsupported, "Word 95"},
		{"noword.doc", noWord, ErrUnsupported, "noword.doc: unsupported format: a compound file without a WordDocument stream"},
		{"rtf.doc", []byte(`{\rtf1\ansi 望川县教育局}`), ErrUnsupported, "rtf.doc: unsupported format: an RTF file"},
		{"page.doc", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n"), ErrUnsupported, "(MHT)"},
	} {
		d, err := Read(tc.name, tc.data)
		if !errors.Is(err, tc.want) {
			t.Errorf("Read(%q) = %v, %v; want error %v", tc.name, d, err, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Read(%q) error %q does not say %q", tc.name, err, tc.msg)
		}
	}
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
	} {
		d := mustRead(t, tc.name, tc.data)
		found := false
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
	got, err := docText(word, table)
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
		_, err := docText(w, tb)
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
		checkDocText(t, "fuzz.doc", func() (string, error) { return readDOC("fuzz.doc", data) })
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
		checkDocText(t, "streams", func() (string, error) { return docText(word, table) })
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
	want := []paraRun{{1024, 1040, false}, {1040, 1042, true}, {1042, 1060, true}}
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
