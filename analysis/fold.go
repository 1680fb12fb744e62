package analysis

// Folding
//
// Exact wording is matched on folded text: every rune is width-folded
// (fullwidth Ａ１，to A1, halfwidth katakana to fullwidth), lower-cased, a
// traditional character becomes its simplified form (雙減 to 双减:
// corpus.SimplifiedRune), and whitespace and invisible format characters
// (zero-width space, BOM, soft hyphen) are dropped. The same fold is applied
// to the stored section text and to the quoted wording, so "推进 教育" finds
// 推进教育, ＡＩ finds ai, and "双减" finds a report written in traditional
// characters, which is stored and shown as written, as "雙減" finds one in
// simplified characters. Each rune folds to at most one rune, which keeps
// the way back from a match in folded text to the original bytes a simple
// table (FoldMap).
//
// More differences are not differences of wording, and fold away so
// that a quoted search finds every place a report says the words, however
// its file writes them:
//   - every quotation mark is one mark (“双减”, "双减", 「双减」, ‘双减’ and
//     ＂双减＂ fold alike): sites, word processors and converters swap them
//     freely, and a journalist types whichever the keyboard gives;
//   - every dash is one dash, the hyphen's (-): a report joins two places or
//     two years with —, ―, ─, – or － as its file happens to (海拉尔－赤塔,
//     胜利大街—阿里河路, 西大街―城隍庙; 2021—2025年), and a journalist types
//     - or the IME's ——. Each dash stays one mark, so —— is two;
//   - every middle dot is one dot (·): 相约十四冬·魅力海拉尔, 根治欠薪・桂在行动,
//     老泸州•大河街 and 绿博黔南･助商 write the same separator four ways
//     (measured on the dev set and the probes: 333 ·, 12 ・, 3 •, 2 ･
//     between two Chinese characters);
//   - 〇 is 零, and so is ○ (a white circle, the usual stand-in for 〇 in
//     typed text) next to a Chinese numeral: 二〇二三年, 二○二三年 and 二零二三年
//     fold alike; a ○ elsewhere is a bullet or a blank (○○县) and stays.
//     A typed year also stands in a digit 0 or a letter O for 〇
//     (二00九年, 二OO九年): a run of them is 零 between two Chinese
//     numerals, or after one and before 年 (二0一0年), and stays anywhere
//     else (0六, 第10, 2020年);
//   - a footnote reference, a number of at most three digits in square
//     brackets ([1], ［12］), goes: a report that annotates its terms
//     (“零关税”清单[1]的) says “零关税”清单的 all the same. A year in brackets
//     ([2023]) has four digits and stays; so does 〔2023〕.
//
// The fold of a text and of the wording searched for are the same function,
// so a wording typed with a footnote marker or any quotation mark finds
// the text written with another.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/govreport/govreport/corpus"
)

// foldRune returns the folded form of r and whether r is kept at all.
func foldRune(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			return 0, false
		case r == '\'':
			return '"', true // a quotation mark, as ‘ and ’ are
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A', true
		}
		return r, true
	}
	if 0x4E00 <= r && r <= 0x9FFF {
		return corpus.SimplifiedRune(r), true // CJK unified ideographs: 報 to 报
	}
	if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
		return 0, false
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
		if r < utf8.RuneSelf {
			return foldRune(r)
		}
	}
	switch r {
	case '“', '”', '„', '‟', '「', '」', '『', '』', '‘', '’', '〝', '〞', '﹁', '﹂', '﹃', '﹄':
		return '"', true
	case '〇':
		return '零', true
	case '‐', '‑', '‒', '–', '—', '―', '─', '━', '﹘', '﹣', '⁃', '−':
		return '-', true
	case '・', '•', '‧', '∙', '⋅':
		return '·', true
	}
	return corpus.SimplifiedRune(unicode.ToLower(r)), true
}

// foldAt returns the folded form of the rune r that starts s[i:], and
// whether it is kept; skip is the number of bytes from i on that fold away
// with it (a whole footnote reference, [12], is skipped at its opening
// bracket). It is foldRune plus the two rules that look at a rune's
// neighbours: a ○ next to a Chinese numeral is 零, and a footnote reference
// goes.
func foldAt(s string, i int, r rune) (f rune, ok bool, skip int) {
	switch r {
	case '[', '［':
		if n := footnoteLen(s[i:]); n > 0 {
			return 0, false, n
		}
	case '○':
		if circleIsZero(s, i) {
			return '零', true, len("○")
		}
	case '0', 'O', '０', 'Ｏ':
		if typedZero(s, i) {
			return '零', true, utf8.RuneLen(r)
		}
	}
	f, ok = foldRune(r)
	if r == utf8.RuneError {
		_, skip = utf8.DecodeRuneInString(s[i:])
		return f, ok, skip
	}
	return f, ok, utf8.RuneLen(r)
}

// footnoteLen returns the length in bytes of the footnote reference that s
// opens with, a number of one to three digits in square brackets (ASCII or
// fullwidth, digits too), or 0.
func footnoteLen(s string) int {
	_, n := utf8.DecodeRuneInString(s) // [ or ［
	digits := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case '0' <= r && r <= '9', '０' <= r && r <= '９':
			digits++
			if digits > 3 {
				return 0
			}
		case (r == ']' || r == '］') && digits > 0:
			return n + size
		default:
			return 0
		}
		n += size
	}
	return 0
}

// circleIsZero reports whether the ○ at s[i:] is a zero: the run of ○ it
// stands in (at most 8 long) has a Chinese numeral on either side
// (一九○○年, 二○二三年), where a blank (○○县) or a bullet (○基础设施) has none.
func circleIsZero(s string, i int) bool {
	j := i
	for n := 0; n < 8; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r != '○' {
			if isChineseNumeral(r) {
				return true
			}
			break
		}
		j -= size
	}
	k := i + len("○")
	for n := 0; n < 8; n++ {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r != '○' {
			return isChineseNumeral(r)
		}
		k += size
	}
	return false
}

// isTypedZero reports whether r is a digit 0 or a letter O, the stand-ins
// of 〇 in a typed year.
func isTypedZero(r rune) bool { return r == '0' || r == 'O' || r == '０' || r == 'Ｏ' }

// typedZero reports whether the 0 or O at s[i:] stands for 〇: the run of
// them it stands in (at most 3 long) follows a Chinese numeral and is
// followed by one or by 年 (二00九年, 二O一O年), where a digit of a number
// (2020年, 第10) or a letter of a word has none before it.
func typedZero(s string, i int) bool {
	j, n := i, 0
	for {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isTypedZero(r) {
			if !isChineseNumeral(r) || r == '十' {
				return false
			}
			break
		}
		if n++; n > 2 {
			return false
		}
		j -= size
	}
	k := i
	for {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isTypedZero(r) {
			return (isChineseNumeral(r) && r != '十') || r == '年'
		}
		if n++; n > 3 {
			return false
		}
		k += size
	}
}

// isChineseNumeral reports whether r is a Chinese digit or 十, the
// neighbours that make a ○ a zero.
func isChineseNumeral(r rune) bool {
	return strings.ContainsRune("〇零一二三四五六七八九十", r)
}

// Fold returns s folded for exact-wording matches: width folded, lower-cased,
// without whitespace. Invalid UTF-8 bytes become U+FFFD.
func Fold(s string) string {
	// Most text folds to itself (simplified Han, lower-case ASCII, digits): check
	// before building a copy.
	same := true
	for i, r := range s {
		f, ok := foldRune(r)
		if r == '[' || r == '○' || r == '0' || r == 'O' {
			f, ok, _ = foldAt(s, i, r)
		}
		if !ok || f != r || (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) {
			same = false
			break
		}
	}
	if same {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, _ := utf8.DecodeRuneInString(s[i:])
		f, ok, skip := foldAt(s, i, r)
		if ok {
			b.WriteRune(f)
		}
		i += skip
	}
	return b.String()
}

// A FoldMap leads from byte offsets in Fold(s) back to byte offsets in s.
type FoldMap struct {
	Folded string
	start  []int32 // start[i]: offset in s of the rune folded to the one at Folded[i:]
	end    []int32 // end[i]: offset in s just after the rune folded to the one ending at Folded[:i]
}

// NewFoldMap folds s and records where each folded rune came from.
func NewFoldMap(s string) *FoldMap {
	var b strings.Builder
	b.Grow(len(s))
	m := &FoldMap{start: make([]int32, 0, len(s)+1), end: make([]int32, 1, len(s)+1)}
	for i := 0; i < len(s); {
		r, _ := utf8.DecodeRuneInString(s[i:])
		f, ok, size := foldAt(s, i, r)
		if !ok {
			i += size
			continue
		}
		n := b.Len()
		b.WriteRune(f)
		for j := n; j < b.Len(); j++ {
			m.start = append(m.start, int32(i))
			m.end = append(m.end, int32(i))
		}
		m.end[len(m.end)-1] = int32(i + size)
		i += size
	}
	m.start = append(m.start, int32(len(s)))
	m.Folded = b.String()
	return m
}

// Orig returns the byte range of s that the folded range [from, to) covers.
// from and to must be rune boundaries of Folded.
func (m *FoldMap) Orig(from, to int) (int, int) {
	if from >= to {
		o := int(m.start[from])
		return o, o
	}
	return int(m.start[from]), int(m.end[to])
}

// FoldSection returns the folded searchable text of a section: its heading
// and its text, folded, joined as the report joins them (joint:
// corpus.Section.Joint). A heading on a line of its own is joined to its
// text by a line break, which no folded wording contains, so no match spans
// the two. A heading that runs on into its text on one line is joined to
// it by what stands between them, folded (the comma after a heading cut at
// its sentence's first clause; nothing for a space), so wording is found
// across the two as the report writes it: "发展新质生产力，推动" in
// （一）加快发展新质生产力，推动…, and not "力推动".
func FoldSection(heading, joint, text string) string {
	if joint == "" {
		return Fold(heading) + "\n" + Fold(text)
	}
	return Fold(heading) + Fold(joint) + Fold(text)
}

// SentenceEnds are the marks that end a sentence for Sentence.
const SentenceEnds = "。！？；!?;\n"

// SectionLength returns the length BM25 weighs a section by, from its
// FoldSection folded and its joint: the characters of its folded heading
// and text, and one for the line break between them, whatever joins them
// in FoldSection. A heading that runs on into its text makes no shorter a
// section (and ranking did not change when run-on headings came to be
// searched across). It counts folded, not the heading and text folded
// again, which at a million sections of 900 bytes took about 5 s more of
// an ingest's CPU (BenchmarkFold, index/: 173 MB/s).
func SectionLength(folded, joint string) int {
	n := utf8.RuneCountInString(folded)
	if joint != "" {
		n += 1 - utf8.RuneCountInString(Fold(joint))
	}
	return n
}

// Sentence returns the sentence of folded (FoldSection) where folded
// wording fw first occurs, and whether it occurs. A sentence ends at
// SentenceEnds. The string is a part of folded.
func Sentence(folded, fw string) (string, bool) {
	if fw == "" {
		return "", false
	}
	i := strings.Index(folded, fw)
	if i < 0 {
		return "", false
	}
	start := strings.LastIndexAny(folded[:i], SentenceEnds) + 1
	if start > 0 {
		_, n := utf8.DecodeRuneInString(folded[start-1:])
		start += n - 1
	}
	end := strings.IndexAny(folded[i+len(fw):], SentenceEnds)
	if end < 0 {
		return folded[start:], true
	}
	return folded[start : i+len(fw)+end], true
}
