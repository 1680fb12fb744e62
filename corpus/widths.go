package corpus

// Headings as written
//
// Cleaning reads a report with one width for each character (normalize:
// full-width digits and letters become ASCII, an ASCII comma, colon or
// semicolon next to Han characters becomes full-width), and the rules of
// metadata, chrome and headings are written for that reading. A section's
// heading is then given back the widths the report writes it with
// (２００９年工作回顾, not 2009年工作回顾; (一)坚持稳中求进,推动 as typed): a
// reader who copies a heading from the file finds it, and the report is
// shown as published. Only those characters change, in the heading and at
// the start of its span of the body; the text keeps the cleaned reading,
// which search folds anyway. Code that reads headings for their words (compare) takes
// CleanChars of them, the reading the rules were written for.
//
// A heading is found in the text it was read from by its characters with
// every width folded (WidthKey), from where the heading before it was
// found, so that headings in order find their own lines; one not found
// (cleaning joined or respaced it) keeps its cleaned form.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanChars returns s with the characters and widths Clean reads a report
// with: for a heading, the form the rules of metadata and headings saw.
func CleanChars(s string) string {
	out, _ := normalize(s, nil)
	return out
}

// WidthKey returns r with its width folded: the full-width forms of ASCII
// are ASCII (５％ is 5%, （一） is (一)). One rune for one, so that offsets
// in runes agree.
func WidthKey(r rune) rune {
	if r >= '\uff01' && r <= '\uff5e' {
		return r - 0xff01 + '!'
	}
	return r
}

// written reports whether y, the character a report writes where its
// cleaned reading has x, is shown as written: a full-width digit or letter,
// or an ASCII comma, colon, semicolon, bracket or exclamation mark that
// cleaning made full-width.
func written(x, y rune) bool {
	switch {
	case x == y || WidthKey(x) != WidthKey(y):
		return false
	case y >= '０' && y <= '９' || y >= 'Ａ' && y <= 'Ｚ' || y >= 'ａ' && y <= 'ｚ':
		return true
	case y == ',' || y == ':' || y == ';' || y == '(' || y == ')' || y == '!':
		return true
	}
	return false
}

// restoreWidths gives the title and the headings of d (and the paths that
// name them) the widths raw, the text d was cleaned from, writes them with.
// The title is given them too because the rules of metadata read it folded
// (fillMeta: …会议开幕! as …会议开幕！), while a reader who copies it from
// the page, as a headline typed with ASCII marks (工作计划(2023年), 一图读懂!),
// copies it as typed. A title raw does not hold in one run (one made from
// a file name, or the usual title of a report that prints none) keeps its
// cleaned form.
func restoreWidths(d *Document, raw string) {
	var key string
	var at []int // at[i]: the offset in raw of the byte at offset i of key
	// find returns the offset in key of s with its widths folded, looked
	// for from offset from and then from the start, or -1; and the length
	// of that folded s.
	find := func(s string, from int) (int, int) {
		if !strings.ContainsFunc(s, func(r rune) bool {
			return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') || strings.ContainsRune("，：；（）！", r)
		}) {
			return -1, 0
		}
		if at == nil {
			key, at = widthKeys(raw)
		}
		k := strings.Map(func(r rune) rune {
			if keySpace(r) {
				return -1
			}
			return WidthKey(r)
		}, s)
		j := strings.Index(key[from:], k)
		if j >= 0 {
			return j + from, len(k)
		}
		return strings.Index(key, k), len(k)
	}
	if j, n := find(d.Title, 0); j >= 0 {
		d.Title = asWritten(d.Title, raw[at[j]:at[j+n]])
	}
	changed := map[string]string{}
	spans := map[int]string{} // the new span of a section whose heading changed
	from := 0
	for i := range d.Sections {
		s := &d.Sections[i]
		heading := s.Heading
		j, n := find(heading, from)
		if j < 0 {
			continue
		}
		from = j + n
		// The heading starts its span of the body (document.go): the
		// span is given the heading as written too.
		span := d.Body[s.Start:s.End]
		lead := len(span) - len(strings.TrimLeftFunc(span, unicode.IsSpace))
		if h := asWritten(heading, raw[at[j]:at[j+n]]); h != heading && strings.HasPrefix(span[lead:], heading) {
			changed[heading] = h
			s.Heading = h
			spans[i] = span[:lead] + h + span[lead+len(heading):]
		}
	}
	if len(changed) == 0 {
		return
	}
	var body strings.Builder
	for i := range d.Sections {
		s := &d.Sections[i]
		span := d.Body[s.Start:s.End]
		if t, ok := spans[i]; ok {
			span = t
		}
		s.Start = body.Len()
		body.WriteString(span)
		s.End = body.Len()
		for j, p := range s.Path {
			if h, ok := changed[p]; ok {
				s.Path[j] = h
			}
		}
	}
	d.Body = body.String()
}

// printedIn reports whether raw holds s in one run, its widths and its
// spaces aside (WidthKey, keySpace): whether a page prints a title.
func printedIn(raw, s string) bool {
	fold := func(r rune) rune {
		if keySpace(r) {
			return -1
		}
		return WidthKey(r)
	}
	k := strings.Map(fold, s)
	return k != "" && strings.Contains(strings.Map(fold, raw), k)
}

// asWritten returns s, a cleaned reading, with each character that piece,
// the run of the raw text s was found at (widthKeys), writes in another
// width shown as written there.
func asWritten(s, piece string) string {
	var b strings.Builder
	for _, x := range s {
		if keySpace(x) {
			b.WriteRune(x) // no part of the key: the cleaned spacing stays
			continue
		}
		piece = strings.TrimLeftFunc(piece, keySpace)
		y, size := utf8.DecodeRuneInString(piece)
		piece = piece[size:]
		if written(x, y) {
			x = y
		}
		b.WriteRune(x)
	}
	return b.String()
}

// keySpace reports whether r is a space that widthKeys leaves out: a
// report may set its number apart from its heading's words ((一)　全力…,
// 一、  回顾) where cleaning reads them together.
func keySpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0'
}

// widthKeys returns the characters of raw with their widths folded
// (WidthKey) and its spaces left out (keySpace), and for each byte offset
// of that key (and its end) the offset in raw it comes from.
func widthKeys(raw string) (string, []int) {
	var b strings.Builder
	at := make([]int, 0, len(raw)+1)
	for i, r := range raw {
		if keySpace(r) {
			continue
		}
		k := WidthKey(r)
		if r == utf8.RuneError {
			k = r
		}
		n := utf8.RuneLen(k)
		if n < 0 {
			n, k = 3, utf8.RuneError
		}
		b.WriteRune(k)
		for range n {
			at = append(at, i)
		}
	}
	at = append(at, len(raw))
	return b.String(), at
}
