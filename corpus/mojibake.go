package corpus

// Damaged encodings
//
// Mojibake. A scraper that reads a page in the wrong encoding and saves
// what it read as UTF-8 writes each Chinese character as one to three
// others: 政府 in UTF-8 becomes 鏀垮簻 (the bytes read as GBK) or æ”¿åºœ
// (read as Windows-1252 or Latin-1), 政府 in GBK becomes Õþ¸® (read as
// Latin-1, an HTTP client's default when the page names no charset). The
// file is valid UTF-8, so the decoder takes it as it is, and without a
// repair the garble would be indexed as the report. repairMojibake tells
// such a text by the characters it is made of: Han characters almost none
// of which are common (commonHan), or letters of Latin-1's upper half and
// almost no Han. It writes the characters back as the bytes that were
// read, and keeps the result when those bytes read as Chinese (UTF-8, or
// else GBK or Big5) whose Han characters are common ones: the repair is
// then exact. When the wrong reading lost
// bytes (one the encoding has no character for became U+FFFD or ?), the
// characters that held them cannot be restored, and the file fails with
// an error that says so, rather than being read with holes or as garble.
//
// Two encodings in one file. A collector that writes its header in UTF-8
// above a page saved in GBK (or the reverse) makes a file that is neither:
// decodeMixed reads it line by line, each line in the encoding its bytes
// are valid in.
//
// Lost characters. Text that went through UTF-8 with characters already
// lost (U+FFFD) and was then read as GBK holds 锟斤拷 for each pair of
// them (the bytes of U+FFFD U+FFFD read as GBK); dropLostMarks drops such
// runs as normalize drops U+FFFD, with a warning.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// mojibakeSample bounds the text repairMojibake looks at before it
// decides to try a repair.
const mojibakeSample = 64 << 10

// repairMojibake returns text restored from the wrong reading named by
// how ("GB18030/GBK", "Windows-1252 or Latin-1 (the bytes were GB18030/GBK)"), or
// how "" when text does not read as mojibake. lost > 0 is the number of
// characters the wrong reading lost: fixed is then not exact and must not
// be used.
//
// Three wrong readings are undone: UTF-8 read as GBK, UTF-8 read as Big5,
// and UTF-8, GBK or Big5 read as Windows-1252 or Latin-1 (a GBK page that
// an HTTP client without the page's charset read as ISO-8859-1, its
// default). The bytes written back are then read as any file's are: UTF-8
// when they are valid, else the legacy encoding decodeLegacy picks.
//
// A text misread twice (UTF-8 read as Latin-1, saved, and read so again)
// is undone twice; depth bounds the chain.
func repairMojibake(text string) (fixed, how string, lost int) {
	return repairMojibakeDepth(text, 3)
}

func repairMojibakeDepth(text string, depth int) (fixed, how string, lost int) {
	if depth == 0 {
		return text, "", 0
	}
	sample := text
	if len(sample) > mojibakeSample {
		sample = strings.ToValidUTF8(sample[:mojibakeSample], "")
	}
	han, common, leads, highs := 0, 0, 0, 0
	for _, r := range sample {
		switch {
		case IsHan(r):
			han++
			if commonHan[r] {
				common++
			}
		case r >= 0xa0 && r < 0x100:
			highs++
			if r >= 'à' && r <= 'ï' {
				leads++
			}
		}
	}
	switch {
	case han*10 < highs && (leads >= 10 || highs >= 40):
		// UTF-8's lead bytes of Han (E3-E9) read as à-ï; GBK's and
		// Big5's lead bytes (81-FE) as any letter of Latin-1's upper half.
		raw := latinBytes(text)
		if raw == nil {
			return text, "", 0
		}
		how = "Windows-1252 or Latin-1"
		if chineseUTF8(raw) {
			return string(raw), how, invalidRuns(raw)
		}
		if utf8.Valid(raw) {
			if t, h, n := repairMojibakeDepth(string(raw), depth-1); h != "" {
				return t, how + ", then as " + h, n
			}
			return text, "", 0
		}
		t, enc := decodeLegacy(raw)
		if enc == "" || !chinese(t) {
			return text, "", 0
		}
		// A byte the reading lost (0xff for a U+FFFD) decodes to U+FFFD.
		return t, how + " (the bytes were " + enc + ")", strings.Count(t, "\uFFFD")
	case han >= 50:
		if float64(common)/float64(han) >= 0.08 { // commonHanShare, counted above
			return text, "", 0
		}
		for _, e := range legacyEncodings {
			if raw := legacyBytes(text, e.enc); chineseUTF8(raw) {
				return string(raw), e.name, invalidRuns(raw)
			}
		}
	}
	return text, "", 0
}

// chineseUTF8 reports whether b, read as UTF-8 (its invalid bytes
// dropped), is Chinese: 20 Han characters or more in its first
// mojibakeSample bytes, at least a fifth of them common ones, as in any
// report and in no garble.
func chineseUTF8(b []byte) bool {
	return chinese(strings.ToValidUTF8(string(b[:min(len(b), mojibakeSample)]), ""))
}

// chinese is chineseUTF8 of a text.
func chinese(t string) bool {
	if len(t) > mojibakeSample {
		t = strings.ToValidUTF8(t[:mojibakeSample], "")
	}
	share, n := commonHanShare(t)
	return n >= 20 && share >= 0.2
}

// latinBytes returns the bytes that Windows-1252 (as browsers read it: the
// five bytes it leaves undefined are the C1 controls) or Latin-1 reads as
// text, with 0xff for each U+FFFD (a byte the reading lost), or nil when
// text holds a character neither reading gives.
func latinBytes(text string) []byte {
	enc := charmap.Windows1252.NewEncoder()
	out := make([]byte, 0, len(text))
	var one [4]byte
	for _, r := range text {
		switch {
		case r < 0x100:
			out = append(out, byte(r))
		case r == utf8.RuneError:
			out = append(out, 0xff)
		default:
			n := utf8.EncodeRune(one[:], r)
			b, err := enc.Bytes(one[:n])
			if err != nil || len(b) != 1 {
				return nil
			}
			out = append(out, b[0])
		}
	}
	return out
}

// legacyBytes returns text in enc, with 0xff (a byte UTF-8 never holds)
// for each U+FFFD and each character enc cannot write: a byte the wrong
// reading lost, or a character another decoder of the same encoding gave
// (Big5's tables differ from one decoder to the next), which no exact
// repair can undo either.
func legacyBytes(text string, enc encoding.Encoding) []byte {
	e := enc.NewEncoder()
	out := make([]byte, 0, len(text))
	var one [utf8.UTFMax]byte
	for _, r := range text {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			continue
		}
		b, err := e.Bytes(one[:utf8.EncodeRune(one[:], r)])
		if r == utf8.RuneError || err != nil {
			out = append(out, 0xff)
			continue
		}
		out = append(out, b...)
	}
	return out
}

// invalidRuns counts the runs of bytes of b that are not UTF-8: about one
// for each character a wrong reading damaged.
func invalidRuns(b []byte) int {
	n, in := 0, false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		bad := r == utf8.RuneError && size == 1
		if bad && !in {
			n++
		}
		in = bad
		b = b[size:]
	}
	return n
}

// mojibakeError is the error of a file whose wrong reading lost bytes.
func mojibakeError(name, how string, lost int) error {
	return fmt.Errorf("%s: %w: text that was read as %s and saved again as UTF-8 (mojibake); %d characters lost in that reading cannot be restored (find a copy saved from the page's own bytes)", name, ErrBinary, how, lost)
}

// decodeMixed reads data, which is not valid UTF-8, as lines of UTF-8
// and lines of a legacy encoding (decodeLegacy's choice for the latter
// lines together), and returns the text and the legacy encoding's name,
// or "" when data is not such a mix: no line reads as Chinese in UTF-8,
// or none needs the legacy encoding. A line is UTF-8 when it has more
// valid multi-byte characters than stray bytes and its reading is
// plausible text, its multi-byte characters on their own too (a UTF-8
// line with a stray byte stays UTF-8; GBK bytes rarely make a valid UTF-8
// character, and never plausible text: a short line of two or three
// characters in GBK, 组建省 or 省省 cut from a paragraph, may read as
// UTF-8 characters, 齨ʡ, that the markup or the ASCII around them would
// outweigh); the other lines with bytes past ASCII are the legacy ones.
func decodeMixed(data []byte) (string, string) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	legacy := make([]bool, len(lines))
	var legacyText []byte
	utf8Chars := 0
	for i, l := range lines {
		multi, bad := 0, 0
		for b := l; len(b) > 0; {
			r, size := utf8.DecodeRune(b)
			switch {
			case r == utf8.RuneError && size == 1:
				bad++
			case size > 1:
				multi++
			}
			b = b[size:]
		}
		switch {
		case multi == 0 && bad == 0:
		case multi > bad && plausible(strings.ToValidUTF8(string(l), "")) >= 0.9 && plausible(nonASCII(l)) >= 0.9:
			utf8Chars += multi
		default:
			legacy[i] = true
			legacyText = append(legacyText, l...)
		}
	}
	if utf8Chars < 4 || len(legacyText) == 0 {
		return "", ""
	}
	_, enc := decodeLegacy(legacyText)
	if enc == "" {
		return "", ""
	}
	var e = legacyEncodings[0].enc
	for _, le := range legacyEncodings {
		if le.name == enc {
			e = le.enc
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if !legacy[i] {
			b.Write(l)
			continue
		}
		t, err := e.NewDecoder().Bytes(l)
		if err != nil {
			return "", ""
		}
		b.Write(t)
	}
	return b.String(), enc
}

// nonASCII returns the valid multi-byte UTF-8 characters of l, stray
// bytes and ASCII left out.
func nonASCII(l []byte) string {
	var b strings.Builder
	for len(l) > 0 {
		r, size := utf8.DecodeRune(l)
		if size > 1 {
			b.WriteRune(r)
		}
		l = l[size:]
	}
	return b.String()
}

// lostMark is U+FFFD U+FFFD in UTF-8 read as GBK: the mark of two
// characters an earlier conversion had lost. No word is written with it.
const lostMark = "锟斤拷"

// dropLostMarks drops the runs of lostMark from text and returns how many
// it dropped.
func dropLostMarks(text string) (string, int) {
	n := strings.Count(text, lostMark)
	if n == 0 {
		return text, 0
	}
	return strings.ReplaceAll(text, lostMark, ""), n
}
