package corpus

// A first marker misread
//
// A scanned report's text, read by OCR, may get the first part's marker
// wrong while it reads the others right: 一、 is one stroke, which OCR
// takes for a dash (—、) or whose comma it takes for a point (一. 一．),
// so the report's parts run —、 二、 三、 or 一. 二、 三、. Split then finds no
// first part (—、 is no marker) or a first part in a style of its own (一.)
// under which 二、 breaks no sequence it knows, and the report reads as one
// part. When no line opens with 一、 while one opens with 二、 and none with
// 二. or 二．, the last line before it that opens with such a misreading
// is given its 一、 back.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// misreadFirstMarkers are OCR's readings of 一、 at a line's start.
var misreadFirstMarkers = []string{"—、", "－、", "-、", "一.", "一．"}

// restoreFirstMarker returns text with a misread first part marker made
// 一、 again (see the note at the top of this file): the last misreading
// before each line that opens with 二、, so each copy of a report saved
// several times gets its own back.
func restoreFirstMarker(text string) string {
	if !strings.Contains(text, "二、") {
		return text
	}
	lines := strings.Split(text, "\n")
	var fix []int
	pending := -1
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t\u3000\u00a0")
		switch {
		case strings.HasPrefix(t, "一、"), strings.HasPrefix(t, "二.") || strings.HasPrefix(t, "二．"):
			return text
		case strings.HasPrefix(t, "二、") && pending >= 0:
			fix = append(fix, pending)
			pending = -1
		case misreadFirst(t):
			pending = i
		}
	}
	if len(fix) == 0 {
		return text
	}
	for _, i := range fix {
		l := lines[i]
		t := strings.TrimLeft(l, " \t\u3000\u00a0")
		for _, m := range misreadFirstMarkers {
			if strings.HasPrefix(t, m) {
				lines[i] = l[:len(l)-len(t)] + "一、" + t[len(m):]
				break
			}
		}
	}
	return strings.Join(lines, "\n")
}

// misreadFirst reports whether t opens with a misreading of 一、 followed
// by a heading's text (Chinese, a number, an opening quote or bracket).
func misreadFirst(t string) bool {
	for _, m := range misreadFirstMarkers {
		if rest, ok := strings.CutPrefix(t, m); ok {
			r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
			return IsHan(r) || unicode.IsDigit(r) || strings.ContainsRune("“‘《（(", r)
		}
	}
	return false
}
