package corpus

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// rtfOf writes text as RTF the way Word does: a paragraph a line, each
// character outside ASCII as \uN with a ? for readers that cannot.
func rtfOf(text string) []byte {
	var b strings.Builder
	b.WriteString(`{\rtf1\ansi\ansicpg936\uc1\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}` + "\n")
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		b.WriteString(`\pard\plain\f0 `)
		for _, r := range line {
			switch {
			case r == '\\' || r == '{' || r == '}':
				b.WriteString(`\` + string(r))
			case r < 0x80:
				b.WriteRune(r)
			default:
				fmt.Fprintf(&b, `\u%d?`, int16(r))
			}
		}
		b.WriteString("\\par\n")
	}
	b.WriteString("}")
	return []byte(b.String())
}

// TestReadRTF: what each part of RTF gives as text.
func TestReadRTF(t *testing.T) {
	for _, tc := range []struct {
		name, rtf, want string
	}{
		{"GBK bytes by the document's code page", `{\rtf1\ansi\ansicpg936 \'cd\'fb\'b4\'a8\'cf\'d8\par 2031\'c4\'ea}`, "望川县\n2031年"},
		{"GBK bytes by the font's charset over an English code page", `{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\f1 \'cd\'fb\'b4\'a8\f0  caf\'e9}`, "望川 café"},
		{"Big5 bytes by the font's charset", `{\rtf1\ansi{\fonttbl{\f2\fnil\fcharset136 x;}}\f2 \'bf\'ec\'a4\'bd\'ab\'c7}`, "辦公室"},
		{"Big5 bytes by the document's code page", `{\rtf1\ansi\ansicpg950 \'bf\'ec\'a4\'bd\'ab\'c7}`, "辦公室"},
		{"\\plain restores the default font's charset", `{\rtf1\ansi\ansicpg1252\deff1{\fonttbl{\f0 Times;}{\f1\fcharset134 Song;}}\f0 caf\'e9\par\plain \'cd\'fb\'b4\'a8}`, "café\n望川"},
		{"a symbol font's bullet is not read", `{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 Song;}{\f3\fcharset2 Symbol;}}{\listtext\f3 \'b7\tab}\f0 \'cd\'fb\'b4\'a8}`, "\t望川"},
		{"a GBK character cut by a group is one character", `{\rtf1\ansi\ansicpg936 {\b \'cd}\'fb{\'b4}\'a8}`, "望川"},
		{"\\uN drops its fallback", `{\rtf1\ansi\ansicpg936\uc2 \u26395\'cd\'fb\u24029\'b4\'a8 5\par}`, "望川 5"},
		{"\\uc1 and \\uc0", `{\rtf1\ansi \u26395?{\uc0\u24029}\u21439?}`, "望川县"},
		{"a negative \\uN", `{\rtf1\ansi \u-244?}`, "，"},
		{"a surrogate pair", `{\rtf1\ansi \u-10174?\u-8289?}`, "\U00020B9F"},
		{"skipped destinations", `{\rtf1\ansi{\fonttbl{\f0 Song;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s1 heading 1;}}{\info{\title x}}` +
			`{\header h}{\footer f}{\*\generator g}{\pict 0102}{\object{\*\objdata 01}{\result r}}甲\par}`, "甲"},
		{"a field's result, not its instruction", `{\rtf1\ansi {\field{\*\fldinst HYPERLINK "http://a"}{\fldrslt link}} text}`, "link text"},
		{"symbols", `{\rtf1\ansi a\~b\-c\_d\{e\}f\\g\tab h\line i\emdash j}`, "a bc-d{e}f\\g\th\ni—j"},
		{"table cells as lines", `{\rtf1\ansi \trowd\cellx100\cellx200\pard\intbl A\cell B\cell\row\pard C\par}`, "A\nB\nC"},
		{"TextEdit's paragraphs", "{\\rtf1\\ansi\\ansicpg936\\cocoartf2639\n\\f0 one\\\ntwo\\\n}", "one\ntwo"},
		{"binary data skipped", "{\\rtf1\\ansi a\\bin3 {}\\b\\par}", "ab"},
		{"nothing after the document's group", "{\\rtf1\\ansi 望川}\x00\x00}trailing", "望川"},
		{"hidden text and a tracked deletion", `{\rtf1\ansi 望{\v 隐藏}川{\deleted 删去}县\v 尾\v0 城\v 又\plain 区}`, "望川县城区"},
		{"raw code-page bytes", "{\\rtf1\\ansi\\ansicpg936 \xcd\xfb\xb4\xa8}", "望川"},
		{"raw UTF-8 in a file that is UTF-8 throughout", "{\\rtf1\\ansi\\ansicpg936 望川\\'cf\\'d8}", "望川县"},
	} {
		got, _, err := readRTF("t.rtf", []byte(tc.rtf))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got = strings.TrimRight(got, "\n"); got != tc.want {
			t.Errorf("%s: readRTF = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestReadRTF_Broken: a file that is no RTF, or whose RTF holds no text,
// fails naming the file; one cut short is read as far as it goes.
func TestReadRTF_Broken(t *testing.T) {
	for _, tc := range []struct {
		data string
		want error
	}{
		{`{\rtf1\ansi{\fonttbl{\f0 Song;}}\par}`, ErrEmpty},
		{"望川县", ErrMalformed},
		{`{\rtf1 ` + strings.Repeat("{", maxRTFDepth) + "x", ErrMalformed},
	} {
		if _, _, err := readRTF("bad.rtf", []byte(tc.data)); !errors.Is(err, tc.want) || !strings.HasPrefix(err.Error(), "bad.rtf: ") {
			t.Errorf("readRTF(%.30q) = %v; want %v naming the file", tc.data, err, tc.want)
		}
	}
	text, warns, err := readRTF("cut.rtf", []byte(`{\rtf1\ansi{\b 望川县`))
	if err != nil || text != "望川县" || len(warns) != 1 {
		t.Errorf("readRTF(cut short) = %q, %v, %v; want the text and a warning", text, warns, err)
	}
}
