package corpus

// Ordinals of prose in a text that lost its paragraphs
//
// Split takes a line that is one sentence opening with 第一， for a heading
// (第一，深化政府机构改革。 standing alone), and a paragraph that opens
// with one for a point of a list. A text that lost its paragraph breaks
// and was parted into sentences (oneline.go) has only one-sentence lines:
// every point's first sentence (第一，农业生产连续增产，…的水平。) stands
// as a heading would. Counted over the dev corpus and every probe folder
// as written, 第N， opens a heading standing alone 172 times, the
// paragraph of a point 288 times and is inside a paragraph 176 times.
// What still tells them apart once the breaks are gone is how far apart
// the siblings are: from a heading to the next one of its list there are
// 25 sentences (the median; 143 of 150 at 10 or more), from a point to
// the next 7 (the median, 4 inside a paragraph). A list of 第N， in such a
// text is headings only when each of its members is flatPartGap lines or
// more from the next (on dev's own sentences: precision 0.70, recall
// 0.90 of the headings, against 0.34 and 1.00 taking them all).

// flatPartGap is the fewest lines between two 第N， headings of a list in a
// text of one sentence a line.
const flatPartGap = 12

// flatPoints returns the lines of a text of one sentence a line that open
// with 第N， and are points of a list, not headings (see above); none for
// another text.
func flatPoints(lines []outlineLine) map[int]bool {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	if !sentencePerLine(texts) {
		return nil
	}
	points := map[int]bool{}
	var run []int // indexes into lines of the list's members so far
	close := func() {
		spaced := len(run) >= 2
		for k := 1; k < len(run); k++ {
			if run[k]-run[k-1] < flatPartGap {
				spaced = false
			}
		}
		if !spaced {
			for _, i := range run {
				points[lines[i].no] = true
			}
		}
		run = run[:0]
	}
	for i, l := range lines {
		hm := headingMarker(l.text)
		if hm == nil || hm.style != "第一，" || !isOneSentence(l.text) {
			continue
		}
		if len(run) > 0 && hm.n != headingMarker(lines[run[len(run)-1]].text).n+1 {
			close()
		}
		if len(run) == 0 && hm.n != 1 {
			points[l.no] = true // a list's member without its first
			continue
		}
		run = append(run, i)
	}
	close()
	return points
}
