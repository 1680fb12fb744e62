package corpus

// Segmented text
//
// Collections made for word clouds and retrieval often keep a report as a
// word segmenter left it: its words joined by one space (jieba's
// " ".join(jieba.cut(text))), by a slash ("/".join, "/ ".join), or tagged
// with their part of speech ("政府/n 工作/vn"). Read as it is, such a text
// has no date line, no title and no headings a reader would know
// (2031 年 1 月 5 日, 一 、 工作 回顾). joinSegmented gives it its words
// back joined as they were written.
//
// A segmenter cuts every run of Chinese into words, so the separator sits
// between two Chinese characters all through the text: in a fifth or more
// of its Chinese characters, where a report written normally has it almost
// nowhere (a letter-spaced title 政 府 工 作 报 告, a name padded to three
// characters, a space a wrap left). Pangu spacing (2031 年, 7 %) and English
// put spaces next to digits and Latin letters only and are never taken for
// it. A segmenter keeps the text's own spaces, slashes and line breaks as
// words of their own, so they come back: 2031   年 (a space between two
// separators) is 2031 年, 2031///3 is 2031/3.

import (
	"strings"
	"unicode/utf8"
)

// segMinJoins is the fewest separators between Chinese characters that make
// a text segmented, and segShare the share of its Chinese characters they
// must reach: a word of segmented Chinese is two characters long on
// average, so a separator follows about every other character.
const (
	segMinJoins = 12
	segShare    = 0.2
)

// A segForm is one way a segmenter's words are written out.
type segForm int

const (
	segNone       segForm = iota
	segSpace              // 政府 工作 报告
	segSlash              // 政府/工作/报告
	segSlashSpace         // 政府/ 工作/ 报告
	segTagged             // 政府/n 工作/vn 报告/n
)

// joinSegmented returns text with the separators of a word segmenter
// removed, when text is a segmenter's output (see above); any other text is
// returned as it is.
func joinSegmented(text string) string {
	switch segmentedForm(text) {
	case segSpace:
		return joinRuns(text, ' ')
	case segSlash:
		return joinRuns(text, '/')
	case segSlashSpace:
		return strings.ReplaceAll(text, "/ ", "")
	case segTagged:
		lines := strings.Split(text, "\n")
		for i, l := range lines {
			lines[i] = untag(l)
		}
		return strings.Join(lines, "\n")
	}
	return text
}

// segmentedForm tells how text's words are separated when it is a
// segmenter's output: it counts, for each form, the separators that stand
// between two Chinese characters (a mark of Chinese punctuation counts as
// one: 代表 ：) and takes the form that has the most, if they are enough.
func segmentedForm(text string) segForm {
	if !strings.ContainsAny(text, " /") {
		return segNone
	}
	var counts [segTagged + 1]int
	han := 0
	hanLike := func(r rune) bool { return IsHan(r) || isCJKPunct(r) && r != '\u3000' }
	for i, r := range text {
		if IsHan(r) {
			han++
		}
		if r != ' ' && r != '/' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		rest := text[i+1:]
		next, _ := utf8.DecodeRuneInString(rest)
		switch {
		case r == ' ' && hanLike(prev) && hanLike(next):
			counts[segSpace]++
		case r == '/' && hanLike(prev) && hanLike(next):
			counts[segSlash]++
		case r == '/' && hanLike(prev) && next == ' ':
			if n, _ := utf8.DecodeRuneInString(rest[1:]); hanLike(n) {
				counts[segSlashSpace]++
			}
		case r == '/' && hanLike(prev) && next >= 'a' && next <= 'z':
			j := 0
			for j < len(rest) && j <= 5 && rest[j] >= 'a' && rest[j] <= 'z' {
				j++
			}
			if j <= 5 && j < len(rest) && rest[j] == ' ' {
				if n, _ := utf8.DecodeRuneInString(rest[j+1:]); hanLike(n) {
					counts[segTagged]++
				}
			}
		}
	}
	best := segNone
	for f := segSpace; f <= segTagged; f++ {
		if counts[f] > counts[best] {
			best = f
		}
	}
	if counts[best] < segMinJoins || float64(counts[best]) < segShare*float64(han) {
		return segNone
	}
	return best
}

// joinRuns removes the single separators sep of text. A longer run is a
// separator on each side of the text's own sep characters (jieba writes a
// space of the text as a word of its own: 2031   年), which come back, one
// at least; a single sep between two Latin letters or digits stays (a
// letter-spaced text's space between two English words).
func joinRuns(text string, sep byte) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		if text[i] != sep {
			j := strings.IndexByte(text[i:], sep)
			if j < 0 {
				b.WriteString(text[i:])
				break
			}
			b.WriteString(text[i : i+j])
			i += j
			continue
		}
		j := i
		for j < len(text) && text[j] == sep {
			j++
		}
		switch n := j - i; {
		case n == 1:
			if i > 0 && j < len(text) && isASCIIAlnum(rune(text[i-1])) && isASCIIAlnum(rune(text[j])) {
				b.WriteByte(sep)
			}
		default:
			b.WriteString(strings.Repeat(string(sep), max(1, (n-1)/2)))
		}
		i = j
	}
	return b.String()
}

// untag returns a line of words tagged with their part of speech
// (政府/n 工作/vn ，/x) as the words alone. A word is everything up to the
// slash that is followed by a tag of Latin small letters and a space or the
// line's end; a space of the text is a word of its own (" /x").
func untag(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	i := 0
	if strings.HasPrefix(line, "/") {
		// The tag of the line break that ends the line above (上/f \n/x 海/ns).
		j := 1
		for j < len(line) && line[j] >= 'a' && line[j] <= 'z' {
			j++
		}
		if j > 1 && (j == len(line) || line[j] == ' ') {
			i = min(j+1, len(line))
		}
	}
	for i < len(line) {
		// The word is at least one character long: the slash that ends it
		// is after its first character (a slash of the text is "//x").
		_, w := utf8.DecodeRuneInString(line[i:])
		end := -1
		for k := i + w; k < len(line); k++ {
			if line[k] != '/' {
				continue
			}
			j := k + 1
			for j < len(line) && j-k <= 6 && line[j] >= 'a' && line[j] <= 'z' {
				j++
			}
			if j > k+1 && j-k <= 6 && (j == len(line) || line[j] == ' ') {
				b.WriteString(line[i:k])
				end = j
				break
			}
		}
		if end < 0 {
			b.WriteString(line[i:])
			break
		}
		i = end
		if i < len(line) && line[i] == ' ' {
			i++
		}
	}
	return b.String()
}

// letterSpacedMin is the fewest characters a letter-spaced line has: fewer
// are a name padded to its column (张  明) or a page number (— 3 —).
const letterSpacedMin = 4

// closeLetterSpacing closes up the lines whose characters a PDF's text
// layer set one space apart, as it does a title or heading set in a big
// font (政 府 工 作 报 告, 一 、 2 0 3 1 年 工 作 回 顾) or, from some
// converters, every line: otherwise the year such a line names is read as
// four numbers. A wider gap in such a line is a space of its own and stays
// one space. The spaces may be ASCII or ideographic (一　、　2　0　3　1　年,
// a layer that spaces with U+3000): either way the year is four digits
// apart, which the cleaning that drops a space between two Chinese
// characters would leave so.
func closeLetterSpacing(text string) string {
	if !strings.Contains(text, " ") && !strings.Contains(text, "\u3000") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if letterSpaced(l) {
			lines[i] = closeUpSpaces(l)
		}
	}
	return strings.Join(lines, "\n")
}

// letterSpaced reports whether each of l's words is one character, at
// least letterSpacedMin of them and at least half Chinese.
func letterSpaced(l string) bool {
	words := strings.Fields(l)
	if len(words) < letterSpacedMin {
		return false
	}
	han := 0
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if n != len(w) {
			return false
		}
		if IsHan(r) || isCJKPunct(r) {
			han++
		}
	}
	return 2*han >= len(words)
}

// closeUpSpaces drops the single spaces of l after its indent and makes a
// run of several one space; a space is any of isWideSpace's.
func closeUpSpaces(l string) string {
	body := strings.TrimLeft(l, " \t\u3000\u00a0")
	var b strings.Builder
	b.WriteString(l[:len(l)-len(body)])
	run := 0
	for _, r := range body {
		if isWideSpace(r) {
			run++
			continue
		}
		if run > 1 {
			b.WriteByte(' ')
		}
		run = 0
		b.WriteRune(r)
	}
	return b.String()
}
