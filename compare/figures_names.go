package compare

import "slices"

// One measure named two ways
//
// Indicators are weighed on their character pairs, and two ways of
// writing one name may share few of them:
//
//   - the same words in another order (代地方发债 and 代发地方债: the
//     central government issuing bonds for the localities), which share
//     one pair of four;
//   - a name and its abbreviation, one character kept of each word
//     (能源消耗强度 and 能耗强度), which share the pairs of the words
//     kept whole only, and whose differing words (能源消耗, 能耗) make
//     them look like two kinds of one thing (siblings).
//
// Both are told by the characters: the same characters, the first and
// the last in place, the rest reordered (reordered); or the shorter name's
// characters in order inside the longer's, first and last in place, the
// longer adding one or two (abbreviates). A name contained whole
// in the other (工业增加值 in 规模以上工业增加值) is neither: what the
// longer adds is a qualifier, left to the weights. Names that share the
// meaning and not the characters (单位国内生产总值能耗 and 能耗强度) are not
// reached: that would take a list.

// oneName reports whether the names of a and b, the words before them
// (called), are one name written two ways (see the note above):
// reordered or abbreviated, in whole or without at most two letters that
// open or close the longer (继续代地方发债, 能源消耗强度要). Names shorter
// than four letters are not read so.
func oneName(a, b fig) bool {
	x, y := a.called, b.called
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 4 {
		return false
	}
	for lead := 0; lead <= 2; lead++ {
		for tail := 0; tail <= 2 && len(y)-lead-tail >= len(x); tail++ {
			if z := y[lead : len(y)-tail]; reordered(x, z) || abbreviates(x, z) {
				return true
			}
		}
	}
	return false
}

// reordered reports whether a and b hold the same characters, the same
// first and the same last, in another order in between.
func reordered(a, b []rune) bool {
	if len(a) != len(b) || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] || slices.Equal(a, b) {
		return false
	}
	n := map[rune]int{}
	for k := range a {
		n[a[k]]++
		n[b[k]]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}

// abbreviates reports whether short is long with characters left out
// inside (能耗强度, 能源消耗强度): the same first and last character, the
// rest of short in order in long, long adding one or two (a word cut to
// one character; 年初确定单位…能耗 adds a clause to 年单位…能耗, no word
// cut short), and at most half as many as short has.
func abbreviates(short, long []rune) bool {
	extra := len(long) - len(short)
	if extra < 1 || extra > 2 || 2*extra > len(short) || short[0] != long[0] || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	k := 0
	for _, r := range long {
		if k < len(short) && r == short[k] {
			k++
		}
	}
	return k == len(short)
}
