package corpus

// Letters read for digits
//
// OCR takes a digit for the letter of its shape: 0 for O, o or 〇, 1 for
// l or I (2O31年1月3O日, 增长1O.5%). A year so misread is no year: the date
// line under a title reads as text and the title block falls apart.
// fixOCRDigits gives such a number its digits back.

import (
	"strings"
	"unicode/utf8"
)

// ocrDigit returns the digit the letter r stands for in a misread number,
// or 0 when r is no such letter.
func ocrDigit(r rune) byte {
	switch r {
	case 'O', 'o', '〇':
		return '0'
	case 'l', 'I':
		return '1'
	}
	return 0
}

// fixOCRDigits returns s with each run of digits and the letters OCR
// reads for them (ocrDigit) written in digits, when the run opens with a
// digit (O2O, a word, stays), holds no more than one letter beyond its
// digits' count (3O日, 2OO6年), each letter in it stands next to a digit, and no Latin
// letter stands right before or after it (CO2, Win10, PM2.5 and the like
// keep their letters; 二〇三一 has no digit).
func fixOCRDigits(s string) string {
	if !strings.ContainsAny(s, "OolI〇") {
		return s
	}
	var b strings.Builder
	last := 0 // s[:last] is written to b
	isRun := func(r rune) bool { return r >= '0' && r <= '9' || ocrDigit(r) != 0 }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isRun(r) {
			i += n
			continue
		}
		j := i
		digits, letters := 0, 0
		for j < len(s) {
			q, m := utf8.DecodeRuneInString(s[j:])
			if !isRun(q) {
				break
			}
			if q >= '0' && q <= '9' {
				digits++
			} else {
				letters++
			}
			j += m
		}
		if letters > 0 && digits >= 1 && letters <= digits+1 && s[i] >= '0' && s[i] <= '9' && !latinAt(s, i, j) && lettersByDigits(s[i:j]) {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			for _, q := range s[i:j] {
				if d := ocrDigit(q); d != 0 {
					b.WriteByte(d)
				} else {
					b.WriteRune(q)
				}
			}
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// latinAt reports whether an ASCII letter stands right before s[i:] or
// right at s[j:].
func latinAt(s string, i, j int) bool {
	isLetter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	return i > 0 && isLetter(s[i-1]) || j < len(s) && isLetter(s[j])
}

// lettersByDigits reports whether each letter of run stands next to a
// digit in it.
func lettersByDigits(run string) bool {
	rs := []rune(run)
	for k, r := range rs {
		if ocrDigit(r) == 0 {
			continue
		}
		if !(k > 0 && rs[k-1] >= '0' && rs[k-1] <= '9' || k+1 < len(rs) && rs[k+1] >= '0' && rs[k+1] <= '9') {
			return false
		}
	}
	return true
}
