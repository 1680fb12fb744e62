package compare

// Word-level differences
//
// go-diff works on runes. Run on the characters of Chinese text it splits
// numbers (1[-2-]{+5+} for 12 -> 15) and its semantic cleanup cannot find
// word boundaries: it takes every Han character for punctuation. So the two
// texts are first cut into words (words in tokens.go), every distinct word
// is encoded as one rune from the private use planes (the way
// DiffLinesToRunes encodes lines), go-diff and its semantic cleanup run on
// those runes, and the result is decoded back to the words' texts. Edits
// then land on word boundaries and numbers stay whole.
//
// Semantic cleanup is go-diff's, redone on weighted words (cleanupSemantic):
// go-diff's own counts runes, here words, and so folds a short unit into the
// numbers around it. gse may cut one text into different words in different
// contexts (名校长 here, 名校 长 there); text common to both sides of a run
// of changes is given back as equal (decodeRun), even when whole words on
// one side only (wordsApart: 严格 食品药品 against 强化食品 药品). A figure
// whose number and qualifier both changed is kept whole, its unit in the
// change (foldUnits: 增长[-6%左右-]{+5.5%以上+}).
//
// Exact rebuild. Every op's text is a piece of one of the inputs: the equal
// and delete texts, in order, join to a exactly; the equal and insert texts
// join to b exactly. This holds with the Ignore options too: a run of
// changes made only of punctuation marks (IgnorePunct) or whitespace
// (IgnoreSpace) on both sides, say "，" turned "；" or a line broken
// differently, is still reported as a delete of the old text and an insert
// of the new, but with Ignored set. Ignored ops do not make a section
// "changed", and renderers show their new text plainly. Reporting them as
// equal with the new text would have broken the rebuild of a. The words are
// diffed exactly either way, so the options never move where edits land.
//
// Determinism. What is diffed word by word depends on the inputs alone: a
// pair of texts whose word counts multiply to more than maxDiffCells is
// not diffed but shown rewritten (delete all of a, insert all of b), and
// Align marks the pair Rewritten. go-diff's own timeout (Options.Timeout,
// default DefaultTimeout) stays as a guard, far above what any pair under
// the bound takes, so that a loaded machine does not turn a long
// section's diff into a rewrite, as a timeout of two seconds did. Word-
// encoded texts are short (a 20,000-character report is about ten
// thousand words): the largest pair of sections in the dev reports is
// 10.8 million word pairs and diffs in about 0.1 s.

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// DefaultTimeout is the go-diff timeout used when Options.Timeout is 0.
const DefaultTimeout = 20 * time.Second

// maxDiffCells bounds the product of two texts' word counts that is
// diffed word by word (about a second of go-diff's work on this project's
// 2-core machine); past it the pair is shown rewritten.
const maxDiffCells = 40_000_000

// Options tune a comparison. The zero value compares exactly.
type Options struct {
	// IgnorePunct makes differences in punctuation marks and symbols alone
	// not count as changes (they are still reported, with Ignored set).
	IgnorePunct bool
	// IgnoreSpace does the same for whitespace, line breaks included.
	IgnoreSpace bool
	// Timeout bounds each go-diff run; 0 means DefaultTimeout. A diff that
	// reaches it is replaced by the rewritten form (see Diff).
	Timeout time.Duration
	// Collection, when set, weighs words by how common they are in the
	// indexed collection (see collection.go); nil counts only the two
	// documents compared.
	Collection Collection

	done <-chan struct{} // CompareContext's context; nil: never ends
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

// Op names.
const (
	OpEqual  = "equal"
	OpInsert = "insert"
	OpDelete = "delete"
)

// An Op is one piece of a difference: text present in both sides (equal),
// only in the new side (insert) or only in the old side (delete).
type Op struct {
	Op   string `json:"op"` // "equal", "insert" or "delete"
	Text string `json:"text"`
	// Ignored marks a delete or insert that differs from the other side only
	// in what Options said to ignore (punctuation, whitespace).
	Ignored bool `json:"ignored,omitempty"`
}

// Diff returns the word-level difference between a (old) and b (new).
//
// The equal and delete texts of the result, joined in order, give a exactly;
// the equal and insert texts give b exactly, whatever the options. Within a
// run of changes between two equal ops, deletes come before inserts, and no
// two neighbouring ops have the same Op and Ignored. Diff of two equal texts
// is one equal op (none if both are empty). The result depends only on a, b
// and opt's Ignore fields: texts whose word counts multiply to more than
// maxDiffCells (or, on a machine too loaded to finish within opt.Timeout)
// give the rewritten form, one delete of a and one insert of b.
func Diff(a, b string, opt Options) []Op {
	ops, _ := diffWords(a, b, words(a), words(b), opt)
	return ops
}

// rewritten returns the difference between a and b as one delete and one
// insert, without diffing.
func rewritten(a, b string) []Op {
	var ops []Op
	if a != "" {
		ops = append(ops, Op{Op: OpDelete, Text: a})
	}
	if b != "" {
		ops = append(ops, Op{Op: OpInsert, Text: b})
	}
	return ops
}

// privateRune returns the rune that encodes the n-th distinct word: code
// points of the private use area and the two private use planes, which are
// valid UTF-8, never letters, digits or spaces to go-diff's cleanup, and
// number 6,400 + 2 x 65,534: far more than the distinct words of any report.
func privateRune(n int) (rune, bool) {
	const bmp = 0xF8FF - 0xE000 + 1
	const plane = 0xFFFD - 0x0000 + 1
	switch {
	case n < bmp:
		return rune(0xE000 + n), true
	case n < bmp+plane:
		return rune(0xF0000 + n - bmp), true
	case n < bmp+2*plane:
		return rune(0x100000 + n - bmp - plane), true
	}
	return 0, false
}

// diffWords diffs a and b, already cut into wa and wb. It reports whether the
// pair was too long to diff (maxDiffCells) or go-diff reached its timeout
// (the result is then the rewritten form).
func diffWords(a, b string, wa, wb []word, opt Options) (ops []Op, truncated bool) {
	if a == b {
		if a == "" {
			return nil, false
		}
		return []Op{{Op: OpEqual, Text: a}}, false
	}
	if len(wa)*len(wb) > maxDiffCells {
		return rewritten(a, b), true
	}
	// Encode each distinct word as a rune.
	code := make(map[string]rune, len(wa)/2+len(wb)/2)
	weight := make(map[rune]int, len(wa)/2+len(wb)/2)   // in an equality
	chWeight := make(map[rune]int, len(wa)/2+len(wb)/2) // in a change
	marks := make(map[rune]islandMark)                  // see foldIslands
	encode := func(ws []word) ([]rune, bool) {
		rs := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := code[w.text]
			if !ok {
				r, ok = privateRune(len(code))
				if !ok {
					return nil, false
				}
				code[w.text] = r
			}
			weight[r] = max(weight[r], w.weight())
			chWeight[r] = max(chWeight[r], w.changeWeight())
			if m := w.islandMark(); m != 0 {
				marks[r] = m
			}
			rs[i] = r
		}
		return rs, true
	}
	ra, okA := encode(wa)
	rb, okB := encode(wb)
	if !okA || !okB {
		// more distinct words than private code points: cannot happen for
		// text under ~1 MB; fall back rather than diff wrongly
		return rewritten(a, b), true
	}

	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = opt.timeout()
	start := time.Now()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	if time.Since(start) >= dmp.DiffTimeout {
		return rewritten(a, b), true
	}
	diffs = cleanupSemantic(dmp, diffs, weight, chWeight)
	diffs = foldIslands(dmp, diffs, weight, chWeight, marks)
	diffs = foldUnits(dmp, diffs, marks, a, b, wa, wb)

	// Decode, one run of changes at a time (the words between two equal
	// words).
	var ob opBuilder
	ia, ib := 0, 0 // next word of wa, wb
	ra0, rb0 := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			// the equal words, one piece of a: added at once, not word by
			// word (which would copy the text joined so far each time)
			decodeRun(&ob, a, b, wa[ra0:ia], wb[rb0:ib], opt)
			ob.add(OpEqual, joinWords(a, wa, ia, ia+n), false)
			ia += n
			ib += n
			ra0, rb0 = ia, ib
		case diffmatchpatch.DiffDelete:
			ia += n
		case diffmatchpatch.DiffInsert:
			ib += n
		}
	}
	decodeRun(&ob, a, b, wa[ra0:], wb[rb0:], opt)
	return ob.ops(), false
}

// decodeRun adds the ops of one run of changes: the words da of a deleted
// and the words db of b inserted. gse cuts one text differently in
// different contexts (名校长 here, 名校 长 there), so the two sides of a run
// can begin or end with the same text in different words; that common
// text, trimmed back to a boundary of words on both sides, is equal, not
// changed. The run is marked ignored when all that is left of it is
// ignorable under opt.
func decodeRun(ob *opBuilder, a, b string, da, db []word, opt Options) {
	if len(da) == 0 && len(db) == 0 {
		return
	}
	var ta, tb string
	var a0, b0 int
	if len(da) > 0 {
		a0 = da[0].start
		ta = a[a0:da[len(da)-1].end]
	}
	if len(db) > 0 {
		b0 = db[0].start
		tb = b[b0:db[len(db)-1].end]
	}
	// boundaries of words, as offsets in ta and tb
	bounds := func(ws []word, base int) map[int]bool {
		m := map[int]bool{0: true}
		for _, w := range ws {
			m[w.end-base] = true
		}
		return m
	}
	ba, bb := bounds(da, a0), bounds(db, b0)
	pre := 0
	for n := commonPrefix(ta, tb); n > 0; n-- {
		if ba[n] && bb[n] || (ba[n] || bb[n]) && wordsApart(ta[:n], ta[n:], tb[n:]) {
			pre = n
			break
		}
	}
	suf := 0
	for n := commonSuffix(ta[pre:], tb[pre:]); n > 0; n-- {
		if ba[len(ta)-n] && bb[len(tb)-n] || (ba[len(ta)-n] || bb[len(tb)-n]) && wordsApart(ta[len(ta)-n:], ta[pre:len(ta)-n], tb[pre:len(tb)-n]) {
			suf = n
			break
		}
	}
	ob.add(OpEqual, ta[:pre], false)
	midA, midB := ta[pre:len(ta)-suf], tb[pre:len(tb)-suf]
	// ignored when the two sides differ only in what opt ignores: a line
	// wrapped inside a word (中\n小学 against 中小学, which gse cuts
	// into different words) as much as a blank line more or less
	ignored := (opt.IgnoreSpace || opt.IgnorePunct) && stripIgnorable(midA, opt) == stripIgnorable(midB, opt)
	ob.add(OpDelete, midA, ignored)
	ob.add(OpInsert, midB, ignored)
	ob.add(OpEqual, ta[len(ta)-suf:], false)
}

// wordsApart reports whether the text common to both sides of a run of
// changes, whole words on one side only, may still be given back as
// equal: gse cut the other side across it (严格 食品药品 against 强化食品
// 药品, 毫不放松 against 毫不 松懈), and a reader sees 严格→强化 and
// 食品药品 kept. The common text is two Han characters or more, and what
// is left changed on each side (restA, restB) is nothing or two Han
// characters or more: a one-character remainder is most often the cut of
// a name or a term (李强 against 李明, 红十字会 against 红十字), which
// stays whole.
//
// Whitespace is the other case: a paragraph break of one line against
// one of two (\n against \n\n) is one whitespace word on each side, and
// the reader sees a blank line added, {+\n+}, not one break replaced by
// another.
func wordsApart(common, restA, restB string) bool {
	space := func(s string) bool {
		return strings.TrimFunc(s, unicode.IsSpace) == ""
	}
	if common != "" && space(common) && space(restA) && space(restB) {
		return true
	}
	han := func(s string, least int) bool {
		n := 0
		for _, r := range s {
			if !unicode.Is(unicode.Han, r) {
				return false
			}
			n++
		}
		return n >= least
	}
	return han(common, 2) && (restA == "" || han(restA, 2)) && (restB == "" || han(restB, 2))
}

// stripIgnorable returns s without the characters that opt ignores:
// whitespace with IgnoreSpace, punctuation marks and symbols with
// IgnorePunct.
func stripIgnorable(s string, opt Options) string {
	return strings.Map(func(r rune) rune {
		switch runeClass(r) {
		case classSpace:
			if opt.IgnoreSpace {
				return -1
			}
		case classPunct:
			if opt.IgnorePunct {
				return -1
			}
		}
		return r
	}, s)
}

// commonPrefix returns the length in bytes of the longest common prefix
// of a and b that ends on a rune boundary.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) {
		r, size := utf8.DecodeRuneInString(a[n:])
		r2, size2 := utf8.DecodeRuneInString(b[n:])
		if r != r2 || size != size2 || a[n:n+size] != b[n:n+size] {
			break
		}
		n += size
	}
	return n
}

// commonSuffix is commonPrefix from the end.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) {
		r, size := utf8.DecodeLastRuneInString(a[:len(a)-n])
		r2, size2 := utf8.DecodeLastRuneInString(b[:len(b)-n])
		if r != r2 || size != size2 || a[len(a)-n-size:len(a)-n] != b[len(b)-n-size:len(b)-n] {
			break
		}
		n += size
	}
	return n
}

// cleanupSemantic is go-diff's DiffCleanupSemantic (its first pass) with
// each encoded word weighted: an equality between two changes is folded
// into them when it weighs less than the change on each side of it. Words
// weigh their length in characters, but a number or a mark weighs 1 (a
// reader takes 1.5 as one thing) and a line break weighs so much that
// changes never run across paragraphs. go-diff's own pass counts runes,
// that is words here, and folded the unit in [-1.5万个-]{+2万个+}.
// A line break weighs little in a change (chWeight): a text whose lines
// were joined or wrapped differently has a line break deleted or inserted
// between every two paragraphs, and those must not outweigh the
// paragraphs that stayed equal between them.
func cleanupSemantic(dmp *diffmatchpatch.DiffMatchPatch, diffs []diffmatchpatch.Diff, weight, chWeight map[rune]int) []diffmatchpatch.Diff {
	weighIn := func(s string, w map[rune]int) int {
		n := 0
		for _, r := range s {
			n += w[r]
		}
		return n
	}
	weigh := func(s string) int { return weighIn(s, weight) }
	weighCh := func(s string) int { return weighIn(s, chWeight) }
	changes := false
	var equalities []int // indexes of equalities not yet folded
	lastEq := -1         // weight of the last equality, -1 if none
	var ins1, del1, ins2, del2 int
	for p := 0; p < len(diffs); p++ {
		if diffs[p].Type == diffmatchpatch.DiffEqual {
			equalities = append(equalities, p)
			ins1, del1 = ins2, del2
			ins2, del2 = 0, 0
			lastEq = weigh(diffs[p].Text)
			continue
		}
		if diffs[p].Type == diffmatchpatch.DiffInsert {
			ins2 += weighCh(diffs[p].Text)
		} else {
			del2 += weighCh(diffs[p].Text)
		}
		if lastEq > 0 && lastEq < max(ins1, del1) && lastEq < max(ins2, del2) {
			at := equalities[len(equalities)-1]
			eq := diffs[at].Text
			diffs = append(diffs[:at+1], diffs[at:]...)
			diffs[at] = diffmatchpatch.Diff{Type: diffmatchpatch.DiffDelete, Text: eq}
			diffs[at+1].Type = diffmatchpatch.DiffInsert
			equalities = equalities[:len(equalities)-1]
			if len(equalities) > 0 {
				equalities = equalities[:len(equalities)-1]
			}
			p = -1
			if len(equalities) > 0 {
				p = equalities[len(equalities)-1]
			}
			ins1, del1, ins2, del2 = 0, 0, 0, 0
			lastEq = -1
			changes = true
		}
	}
	if changes {
		diffs = dmp.DiffCleanupMerge(diffs)
	}
	return diffs
}

// islandReach bounds how many diffs foldIslands looks at on each side of an
// equality: enough for a clause, and linear time on a long section.
const islandReach = 64

// maxIsland is the heaviest equality foldIslands folds: a mark, a function
// word, one two-character word and a mark. Four characters and more (协同发展,
// 经济技术开发区, 落实中央) are a phrase the two versions share, an anchor a
// reader uses to line them up, and are left to cleanupSemantic's own rule.
const maxIsland = 3

// foldIslands folds the tiny equalities left inside a rewritten clause,
// after cleanupSemantic: a piece like 加强 or 燃煤 that the two versions
// share by chance, between changes that together outweigh it on both
// sides, is shown as part of one replaced clause, not as an equal island
// the reader must skip ([-A-]{+B+}燃煤[-电厂-]脱硫[-C-]{+D+}). cleanupSemantic
// weighs an equality against the changes right beside it only, so two
// islands with a short change between them hold each other up; here the
// changes on each side are summed, deleted and inserted apart, across the
// equalities no heavier than the one weighed, up to a heavier one.
//
// Only the equality's sentence counts: a change that holds a mark ending a
// sentence or a clause of a list (。；！？) or a line break (on both sides)
// adds the part on this side of it and ends the sum, and an equality that
// holds one is neither folded nor crossed. A sentence both versions end
// alike keeps its end, and its small edits (推进[-卫生事业-]{+医药卫生事业+}改革[-和-]发展。)
// stay word by word when the sentences after it are rewritten.
//
// Some runs of changes end the sum without counting. Figures are read one
// by one, and the figures of the summary (changedFigures) read the diff: an
// equality that holds a number is never folded, and a run that holds one
// ends the sum, so that 增长[-7.2-]{+3.8+}% and the runs of changes around
// figures stay as cleanupSemantic left them. A run with a line break on one
// side only is two paragraphs joined into one, or one cut in two: a change
// of layout, and the text rewritten beyond it must not pull the small edits
// before it (流动人口[-计划生育-]服务{+和+}管理。) into one replaced clause.
// marks says which encoded words are numbers, line breaks or sentence ends.
func foldIslands(dmp *diffmatchpatch.DiffMatchPatch, diffs []diffmatchpatch.Diff, weight, chWeight map[rune]int, marks map[rune]islandMark) []diffmatchpatch.Diff {
	weigh := func(s string, w map[rune]int) int {
		n := 0
		for _, r := range s {
			n += w[r]
		}
		return n
	}
	hasNumber := func(s string) bool {
		for _, r := range s {
			if marks[r] == markNumber {
				return true
			}
		}
		return false
	}
	// stop reports whether r ends the text foldIslands weighs: a line
	// break, or a mark that ends a sentence or a clause of a list (。；！？)
	stop := func(r rune) bool { return marks[r] == markBreak || marks[r] == markSentence }
	hasStop := func(s string) bool { return strings.IndexFunc(s, stop) >= 0 }
	hasBreak := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return marks[r] == markBreak }) >= 0
	}
	// near returns the part of a change's text before its first stop
	// (step > 0) or after its last (step < 0), and whether it had one.
	near := func(s string, step int) (string, bool) {
		if step > 0 {
			if i := strings.IndexFunc(s, stop); i >= 0 {
				return s[:i], true
			}
			return s, false
		}
		if i := strings.LastIndexFunc(s, stop); i >= 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			return s[i+size:], true
		}
		return s, false
	}
	// side returns the larger of the deleted and inserted weights summed
	// from the run of changes that starts at diffs[i], in direction step
	// (see above for where the sum ends).
	side := func(i, step, limit int) int {
		del, ins := 0, 0
		for n := 0; i >= 0 && i < len(diffs) && n < islandReach; n++ {
			if diffs[i].Type == diffmatchpatch.DiffEqual {
				if hasStop(diffs[i].Text) || weigh(diffs[i].Text, weight) > limit {
					break
				}
				i += step
				continue
			}
			// one run of changes: its deleted and inserted text
			var dt, it string
			for ; i >= 0 && i < len(diffs) && diffs[i].Type != diffmatchpatch.DiffEqual; i += step {
				if diffs[i].Type == diffmatchpatch.DiffDelete {
					dt += diffs[i].Text
				} else {
					it += diffs[i].Text
				}
			}
			if hasNumber(dt) || hasNumber(it) || hasBreak(dt) != hasBreak(it) {
				break
			}
			dt, sd := near(dt, step)
			it, si := near(it, step)
			del += weigh(dt, chWeight)
			ins += weigh(it, chWeight)
			if sd || si {
				break
			}
		}
		return max(del, ins)
	}
	for {
		var fold []int
		for i := 1; i+1 < len(diffs); i++ {
			d := diffs[i]
			if d.Type != diffmatchpatch.DiffEqual || diffs[i-1].Type == diffmatchpatch.DiffEqual || diffs[i+1].Type == diffmatchpatch.DiffEqual {
				continue
			}
			w := weigh(d.Text, weight)
			if w > maxIsland || hasNumber(d.Text) || hasStop(d.Text) {
				continue
			}
			if w < side(i-1, -1, w) && w < side(i+1, 1, w) {
				fold = append(fold, i)
			}
		}
		if len(fold) == 0 {
			return diffs
		}
		out := unfold(diffs, fold)
		diffs = dmp.DiffCleanupMerge(out)
	}
}

// maxUnit is the longest unit foldUnits moves into a change, in
// characters: 万平方米, 万亿元.
const maxUnit = 4

// foldUnits keeps a figure whole when its number and its qualifier both
// changed and only the unit between them stayed: 增长[-6-]{+5.5+}%[-左右-]{+以上+}
// becomes 增长[-6%左右-]{+5.5%以上+}, 粮食产量[-1.3-]{+1.4+}万亿斤[-以上-]{+左右+} one
// figure replaced. A reader takes 6%左右 as one thing, a target, and the
// unit left equal between two changes is an island to skip. foldIslands
// leaves equalities beside numbers alone (the figures of the summary read
// the runs of changes); here the number, its unit and its qualifier end up
// in one run, where both figures already were.
//
// The unit is at most maxUnit characters of Han words or percent signs,
// after a change whose deleted and inserted texts both end with a number;
// the change after it is a qualifier of figures (左右, 以上, 以内, ...) on
// each side, or nothing on one. A change that goes on into a clause
// (%[-，治理效能持续提升-]), changes a mark (%[-。-]{+，+}) or is any other
// word ([-21-]{+5+}家企业{+完成+}) is not the figure's, and the unit stays
// equal: the noun after 家 is what the two versions share.
func foldUnits(dmp *diffmatchpatch.DiffMatchPatch, diffs []diffmatchpatch.Diff, marks map[rune]islandMark, a, b string, wa, wb []word) []diffmatchpatch.Diff {
	han := func(s string) bool {
		for _, r := range s {
			if !(0x4E00 <= r && r <= 0x9FFF) {
				return false
			}
		}
		return s != ""
	}
	// unit reports whether ws, the words of an equality, are unit words.
	unit := func(ws []word) bool {
		n := 0
		for _, w := range ws {
			switch {
			case w.text == "%" || w.text == "％" || w.text == "‰":
				n++
			case han(w.text):
				n += utf8.RuneCountInString(w.text)
			default:
				return false
			}
		}
		return n > 0 && n <= maxUnit
	}
	// qualifier reports whether ws, words of s, are nothing or one of the
	// qualifiers that follow a figure (quantity.go's suffixQuals).
	qualifier := func(s string, ws []word) bool {
		if len(ws) == 0 {
			return true
		}
		w := s[ws[0].start:ws[len(ws)-1].end]
		for _, q := range suffixQuals {
			if w == q.s {
				return true
			}
		}
		return false
	}
	endsNumber := func(s string) bool {
		r, _ := utf8.DecodeLastRuneInString(s)
		return s != "" && marks[r] == markNumber
	}
	// numbersBefore reports whether the deleted and the inserted text of
	// the run of changes that ends at diffs[i-1] both end with a number.
	numbersBefore := func(i int) bool {
		var del, ins, seenDel, seenIns bool
		for j := i - 1; j >= 0 && diffs[j].Type != diffmatchpatch.DiffEqual; j-- {
			if diffs[j].Type == diffmatchpatch.DiffDelete && !seenDel {
				seenDel, del = true, endsNumber(diffs[j].Text)
			} else if diffs[j].Type == diffmatchpatch.DiffInsert && !seenIns {
				seenIns, ins = true, endsNumber(diffs[j].Text)
			}
		}
		return del && ins
	}
	// runAfter returns how many words of a and of b the run of changes
	// that starts at diffs[i] deletes and inserts.
	runAfter := func(i int) (del, ins int) {
		for ; i < len(diffs) && diffs[i].Type != diffmatchpatch.DiffEqual; i++ {
			if diffs[i].Type == diffmatchpatch.DiffDelete {
				del += utf8.RuneCountInString(diffs[i].Text)
			} else {
				ins += utf8.RuneCountInString(diffs[i].Text)
			}
		}
		return del, ins
	}
	var fold []int
	ia, ib := 0, 0 // the words of a and b before diffs[i]
	for i, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			ia += n
			continue
		case diffmatchpatch.DiffInsert:
			ib += n
			continue
		}
		ia, ib = ia+n, ib+n
		if i == 0 || i+1 == len(diffs) || diffs[i-1].Type == diffmatchpatch.DiffEqual || diffs[i+1].Type == diffmatchpatch.DiffEqual {
			continue
		}
		// the number first: the cheapest test
		if !numbersBefore(i) || !unit(wa[ia-n:ia]) {
			continue
		}
		del, ins := runAfter(i + 1)
		if qualifier(a, wa[ia:ia+del]) && qualifier(b, wb[ib:ib+ins]) {
			fold = append(fold, i)
		}
	}
	if len(fold) == 0 {
		return diffs
	}
	return dmp.DiffCleanupMerge(unfold(diffs, fold))
}

// An islandMark is what foldIslands needs to know of a word.
type islandMark uint8

const (
	markNumber   islandMark = iota + 1 // 12, 1.5
	markBreak                          // whitespace holding a line break
	markSentence                       // 。；！？ and their ASCII forms
)

func (w word) islandMark() islandMark {
	switch w.class {
	case classNumber:
		return markNumber
	case classSpace:
		if strings.Contains(w.text, "\n") {
			return markBreak
		}
	case classPunct:
		switch w.text {
		case "。", "；", "！", "？", ";", "!", "?":
			return markSentence
		}
	}
	return 0
}

// joinWords returns the text of ws[i:j], a piece of s.
func joinWords(s string, ws []word, i, j int) string {
	if i >= j {
		return ""
	}
	return s[ws[i].start:ws[j-1].end]
}

// opBuilder collects ops, merging neighbours of one kind and putting the
// deletes of each run of changes before its inserts.
type opBuilder struct {
	done    []Op
	pending []Op // the current run of deletes and inserts
}

func (ob *opBuilder) add(op, text string, ignored bool) {
	if text == "" {
		return
	}
	if op == OpEqual {
		ob.flush()
		if n := len(ob.done); n > 0 && ob.done[n-1].Op == OpEqual {
			ob.done[n-1].Text += text
			return
		}
		ob.done = append(ob.done, Op{Op: op, Text: text})
		return
	}
	ob.pending = append(ob.pending, Op{Op: op, Text: text, Ignored: ignored})
}

// flush moves the pending run to done: deletes first, then inserts, each
// keeping its order, neighbours of one kind merged. A run is ignored only if
// all of it is ignorable; when it also holds a real change, the ignorable
// pieces join that change, so the reader sees one change, not three.
func (ob *opBuilder) flush() {
	if len(ob.pending) == 0 {
		return
	}
	real := false
	for _, o := range ob.pending {
		real = real || !o.Ignored
	}
	var dels, inss []Op
	for _, o := range ob.pending {
		o.Ignored = o.Ignored && !real
		if o.Op == OpDelete {
			dels = appendMerged(dels, o)
		} else {
			inss = appendMerged(inss, o)
		}
	}
	ob.done = append(ob.done, dels...)
	ob.done = append(ob.done, inss...)
	ob.pending = ob.pending[:0]
}

func appendMerged(ops []Op, o Op) []Op {
	if n := len(ops); n > 0 && ops[n-1].Op == o.Op && ops[n-1].Ignored == o.Ignored {
		ops[n-1].Text += o.Text
		return ops
	}
	return append(ops, o)
}

func (ob *opBuilder) ops() []Op {
	ob.flush()
	return ob.done
}

// changed reports whether ops hold a difference that counts: a delete or
// insert not marked Ignored.
func changed(ops []Op) bool {
	for _, o := range ops {
		if o.Op != OpEqual && !o.Ignored {
			return true
		}
	}
	return false
}

// unfold returns diffs with each equality whose index fold lists (in
// increasing order) made a delete and an insert of its text: a change
// around it swallows it.
func unfold(diffs []diffmatchpatch.Diff, fold []int) []diffmatchpatch.Diff {
	out := make([]diffmatchpatch.Diff, 0, len(diffs)+len(fold))
	k := 0
	for i, d := range diffs {
		if k < len(fold) && fold[k] == i {
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffDelete, Text: d.Text}, diffmatchpatch.Diff{Type: diffmatchpatch.DiffInsert, Text: d.Text})
			k++
			continue
		}
		out = append(out, d)
	}
	return out
}
