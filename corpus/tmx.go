package corpus

// Translation memories
//
// A TMX file (Translation Memory eXchange, TMX 1.4) keeps a text with its
// translation sentence by sentence: a translation unit (<tu>) a sentence,
// holding one variant (<tuv xml:lang="…">) a language, whose <seg> is the
// sentence. Bilingual collections of the government work report are kept
// this way, written by an aligner that paired the Chinese report with its
// English translation. readTMX reads the Chinese side, one unit a line in
// the units' order, so that the title, the subtitle, the greeting and the
// headings, each a unit of its own, are lines of their own:
//
//   - The Chinese variant is the one whose language code is Chinese (zh,
//     zh-CN, zh-Hans, ZH-TW, cmn; the attribute is xml:lang, or lang in
//     TMX 1.1); a unit without one gives the variant with the most Han
//     characters, so that a memory whose codes are missing or wrong is
//     still read for its Chinese.
//   - A segment's inline codes (<bpt>, <ept>, <it>, <ph>, <ut>) stand for
//     the formatting of the file the memory was made from and are not
//     read; a <sub> inside one is text (a footnote's, a link's) and is;
//     <hi> is text. A line break inside a segment is kept.
//   - A file whose units hold no Chinese is refused; one that ends inside
//     an element (cut off) gives the units it holds whole, with a warning.

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// maxTMXDepth bounds the nesting of a TMX file's elements (inline codes
// hold <sub>, which holds inline codes again).
const maxTMXDepth = 64

// readTMX returns the Chinese side of a translation memory, one unit a line.
func readTMX(name string, data []byte) (string, []Warning, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	// decodeText takes the encoding from a BOM or the bytes, as for a
	// text; the XML declaration's encoding is then already applied.
	src, warns, err := decodeText(name, data)
	if err != nil {
		return "", nil, err
	}
	dec := xml.NewDecoder(strings.NewReader(src))
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	type variant struct {
		lang string
		b    strings.Builder
	}
	var (
		lines []string
		unit  []*variant // the open unit's variants
		cur   *variant   // the open variant, nil outside one
		inTU  bool
		inSeg bool
		code  int // depth of an inline code whose text is not read, 0 for none
		sub   int // depth of a <sub> inside a code, 0 for none
		depth int
		size  int
		han   int
	)
	endUnit := func() {
		var best *variant
		for _, v := range unit {
			if isChineseLang(v.lang) {
				best = v
				break
			}
		}
		if best == nil {
			most := 0
			for _, v := range unit {
				if n := countHan(v.b.String(), len(v.b.String())); n > most {
					best, most = v, n
				}
			}
		}
		if best == nil {
			return
		}
		l := strings.TrimSpace(best.b.String())
		if l == "" {
			return
		}
		lines = append(lines, l)
		han += countHan(l, 1)
		size += len(l) + 1
	}
	for {
		if size > MaxText {
			return "", nil, tooLarge(name)
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if len(lines) > 0 && (err == io.ErrUnexpectedEOF || strings.Contains(err.Error(), "unexpected EOF")) {
				warns = append(warns, Warning{Message: fmt.Sprintf("the translation memory ends inside an element (cut off): %d units read", len(lines))})
				break
			}
			return "", nil, xmlPartError(name, "the translation memory", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxTMXDepth {
				return "", nil, fmt.Errorf("%s: %w: elements nested more than %d deep", name, ErrMalformed, maxTMXDepth)
			}
			switch local := strings.ToLower(t.Name.Local); {
			case local == "tu":
				inTU, unit, cur = true, nil, nil
			case local == "tuv" && inTU:
				cur = &variant{lang: tmxLang(t)}
				unit = append(unit, cur)
			case local == "seg" && cur != nil:
				inSeg = true
			case inSeg && code > 0 && local == "sub":
				sub++
			case inSeg && code > 0 && sub == 0:
				code++
			case inSeg && (local == "bpt" || local == "ept" || local == "it" || local == "ph" || local == "ut"):
				code = 1
			}
		case xml.EndElement:
			depth--
			switch local := strings.ToLower(t.Name.Local); {
			case inSeg && sub > 0 && local == "sub":
				sub--
			case inSeg && code > 0 && sub == 0:
				code--
			case local == "seg":
				inSeg = false
			case local == "tuv":
				cur = nil
			case local == "tu" && inTU:
				endUnit()
				inTU, unit, cur = false, nil, nil
			}
		case xml.CharData:
			if inSeg && cur != nil && (code == 0 || sub > 0) {
				cur.b.Write(t)
			}
		}
	}
	if han == 0 {
		return "", nil, fmt.Errorf("%s: %w: a translation memory without Chinese text", name, ErrUnsupported)
	}
	return strings.Join(lines, "\n") + "\n", warns, nil
}

// tmxLang returns a variant's language code: xml:lang, or lang in TMX 1.1.
func tmxLang(e xml.StartElement) string {
	for _, a := range e.Attr {
		if a.Name.Local == "lang" {
			return a.Value
		}
	}
	return ""
}

// isChineseLang reports whether a language code (BCP 47 or ISO 639) is
// Chinese: zh with or without a region or script, or cmn.
func isChineseLang(code string) bool {
	c := strings.ToLower(strings.TrimSpace(code))
	for _, p := range []string{"zh", "cmn", "chi", "zho"} {
		if c == p || strings.HasPrefix(c, p+"-") || strings.HasPrefix(c, p+"_") {
			return true
		}
	}
	return false
}
