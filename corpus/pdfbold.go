package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF's bold drawn twice (pdfbold.go)
//
// A Word file saved as PDF without a bold face draws bold text twice, the
// second copy a hair to the right; a converter that reads the text layer
// then writes each run of it twice, the runs apart by spaces as it found
// them (教育局教育局 20212021 工作总结及工作总结及 20212021 年工作计划年工作
// 计划下面由…). The title so written names no paper and no year a reader
// would search for. undoubleBold writes each run once.

// minDoubledRuns is how many runs written twice in a row make a line's
// bold drawn twice: one doubled word (哈哈, 20212021 alone) may be the
// text's own.
const minDoubledRuns = 3

// undoubleBold returns text with the runs of each line that a PDF's bold
// drawn twice wrote twice written once: three runs or more in a row, each
// its first half twice (the last of them maybe followed by the plain text
// that comes after the bold, glued to it).
func undoubleBold(text string) string {
	if !strings.Contains(text, " ") {
		return text
	}
	lines := strings.Split(text, "\n")
	changed := false
	for i, l := range lines {
		if u, ok := undoubleLine(l); ok {
			lines[i], changed = u, true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// undoubleLine returns l with its doubled runs written once, and whether
// it had any.
func undoubleLine(l string) (string, bool) {
	if strings.Count(l, " ") < minDoubledRuns-1 {
		return l, false
	}
	words := strings.Split(l, " ")
	changed := false
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && doubledRun(words[j]) != "" {
			j++
		}
		run := j - i
		tail := ""
		if j < len(words) && run >= minDoubledRuns-1 {
			tail = doubledHead(words[j]) // the last bold run glued to the plain text
		}
		if tail != "" {
			run++
		}
		lead := ""
		if i > 0 && run >= minDoubledRuns-1 {
			lead = doubledEnd(words[i-1]) // the first bold run glued to the text before it
		}
		if lead != "" {
			run++
		}
		if run >= minDoubledRuns && hasHan(words[max(0, i-1):min(len(words), j+1)]) {
			if lead != "" {
				words[i-1] = strings.TrimSuffix(words[i-1], lead)
			}
			for k := i; k < j; k++ {
				words[k] = doubledRun(words[k])
			}
			if tail != "" {
				words[j] = words[j][len(tail):]
				j++
			}
			changed = true
		}
		i = max(j, i+1)
	}
	if !changed {
		return l, false
	}
	return strings.Join(words, " "), true
}

// doubledRun returns the first half of w when w is that half written
// twice (教育局教育局, 20212021), two characters a half at least, or "".
func doubledRun(w string) string {
	n := len(w) / 2
	if len(w)%2 != 0 || utf8.RuneCountInString(w) < 4 || !utf8.ValidString(w[:n]) || w[:n] != w[n:] {
		return ""
	}
	return w[:n]
}

// doubledHead returns the first of the two copies that open w, followed
// by more (年工作计划年工作计划下面由…: 年工作计划), the longest of two to
// twenty characters, or "".
func doubledHead(w string) string {
	best := ""
	n := 0
	for i := range w {
		if n >= 2 && 2*i <= len(w) && w[:i] == w[i:2*i] {
			best = w[:i]
		}
		if n++; n > 20 {
			break
		}
	}
	return best
}

// doubledEnd returns the second of the two copies that end w, after
// more (…共 4 页教育局教育局: 教育局), the longest of two to twenty
// characters, or "".
func doubledEnd(w string) string {
	best := ""
	n := 0
	for i := len(w); i > 0; {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		n++
		if n > 20 {
			break
		}
		if k := len(w) - i; n >= 2 && i >= k && w[i-k:i] == w[i:] {
			best = w[i:]
		}
	}
	return best
}

// hasHan reports whether any of words holds a Chinese character.
func hasHan(words []string) bool {
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			return true
		}
	}
	return false
}
