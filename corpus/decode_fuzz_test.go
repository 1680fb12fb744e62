package corpus

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecodeText checks that reading a file's bytes as text never panics,
// that an error names the file, that text read is never blank, and that
// UTF-8 whose characters are as common as a report's comes back as it was: the
// encoding guesses and the mojibake repair (mojibake.go) leave a readable
// file alone.
func FuzzDecodeText(f *testing.F) {
	plain := "云溪县2031年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、过去一年的工作\n全县地区生产总值增长6.5%左右。\n"
	for _, s := range []string{
		plain,
		"\xef\xbb\xbf" + plain,
		"标题：澜沧湾市教育局2032年工作要点\n\xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6\n",
		"é\u0094¿å\u009c\u00b0\u00e5\u009b\u00a2\u00e7\u00bb\u0093",
		"\xff\xfe\x91\x4e\x6a\x6e\x0a\x00",
		"锟斤拷锟斤拷" + plain + "\x00\x00\x00",
		"", "\x00", "\xe6\x94",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := decodeText("some/report.txt", data)
		if err != nil {
			if !strings.Contains(err.Error(), "some/report.txt") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if strings.TrimSpace(text) == "" {
			t.Fatalf("decodeText(%q) = blank text and no error", data)
		}
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}) && bytes.IndexByte(data, 0) < 0 && allCommon(string(data)) && text != string(data) {
			t.Fatalf("decodeText changed UTF-8 text of common characters:\n%q\n%q", data, text)
		}
	})
}

// allCommon reports whether s holds Han characters, at least a third of
// them common ones (commonHan), as a report's text does and no garble.
func allCommon(s string) bool {
	share, han := commonHanShare(s)
	return han > 0 && share >= 1.0/3
}
