package corpus

import (
	"errors"
	"testing"
)

// FuzzReadRTF reads any RTF (seeded with the shapes of the tests: GBK and
// Big5 bytes by code page and by font, \uN with fallbacks, skipped
// destinations, tables, TextEdit's paragraphs): a file reads to a
// document or to an error, and never trips a bug of the reading
// (ErrInternal, a panic recovered).
func FuzzReadRTF(f *testing.F) {
	f.Add([]byte(`{\rtf1\ansi\ansicpg936{\fonttbl{\f1\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\f1 \'cd\'fb\'b4\'a8\'cf\'d8\par}`))
	f.Add([]byte(`{\rtf1\ansi\ansicpg950\uc2 \u26395\'b1\'e6{\uc0\u24029}\u-10174?\u-8289?\par}`))
	f.Add([]byte(`{\rtf1\ansi{\header h}{\*\generator g}{\pict 01}{\field{\*\fldinst X}{\fldrslt y}}\trowd\cellx1\pard\intbl A\cell\row\bin2 {}}`))
	f.Add([]byte("{\\rtf1\\ansi\\cocoartf2639\n\\f0 one\\\ntwo\\~\\-\\_\\'c}"))
	f.Add(rtfOf("政府工作报告\n一、2031年工作回顾\n全县地区生产总值增长6%。"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"fuzz.rtf", "fuzz.doc"} {
			d, err := Read(name, data)
			if errors.Is(err, ErrInternal) || (d == nil) == (err == nil) {
				t.Fatalf("Read(%s) gave %v, %v", name, d, err)
			}
		}
	})
}
