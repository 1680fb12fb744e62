package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// enumMarks are the marks of a paragraph's inline list of topics, in order
// (一是……。二是……。三是……).
var enumMarks = []string{"一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"}

// topicPieces cuts a paragraph that holds several topics into one piece a
// topic: at its inline marks 一是, 二是, … (in order, each after a
// sentence's or clause's end), else at its lead phrases (a short sentence
// without figures or commas that opens a run of longer ones: 办好山乡学校。
// ……。守好群众健康。……). A paragraph of one topic is one piece.
func topicPieces(para string) []string {
	if cuts := enumCuts(para); len(cuts) >= 2 {
		return cutAt(para, cuts)
	}
	if cuts := leadCuts(para); len(cuts) >= 2 {
		return cutAt(para, cuts)
	}
	return []string{para}
}

// cutAt cuts para at the byte offsets cuts (ascending): the text before
// the first, if any, then one piece a cut.
func cutAt(para string, cuts []int) []string {
	out := make([]string, 0, len(cuts)+1)
	if cuts[0] > 0 {
		out = append(out, para[:cuts[0]])
	}
	for k, at := range cuts {
		end := len(para)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		out = append(out, para[at:end])
	}
	return out
}

// enumCuts returns the offsets of a paragraph's inline marks 一是, 二是, …
// while they run in order, each at the paragraph's start or after a
// sentence's or clause's end.
func enumCuts(para string) []int {
	if !strings.Contains(para, "一是") || !strings.Contains(para, "二是") {
		return nil
	}
	var cuts []int
	from := 0
	for _, m := range enumMarks {
		at := strings.Index(para[from:], m)
		if at < 0 {
			break
		}
		at += from
		r, _ := utf8.DecodeLastRuneInString(para[:at])
		if at > 0 && !strings.ContainsRune("。；;：:，,！!", r) {
			break
		}
		cuts = append(cuts, at)
		from = at + len(m)
	}
	return cuts
}

// leadCuts returns the offsets of the lead phrases of a paragraph:
// sentences of leadMin to leadMax characters, without figures, commas,
// brackets or quotation marks, at the paragraph's start or after a full
// stop, followed by a sentence longer than themselves (a report whose
// print set each topic's lead in bold, the bold lost: 守好群众健康。区医院
// 新楼开诊……). A short sentence that closes a paragraph, or that is
// followed by one as short, leads nothing.
func leadCuts(para string) []int {
	var cuts []int
	start := 0
	for start < len(para) {
		end := strings.Index(para[start:], "。")
		if end < 0 {
			break
		}
		end += start
		s := para[start:end]
		n := utf8.RuneCountInString(s)
		next := strings.Index(para[end+len("。"):], "。")
		if next < 0 {
			next = len(para) - end - len("。")
		}
		if n >= leadMin && n <= leadMax && next > len(s) && !strings.ContainsAny(s, "，,；;：:、（）()“”") && !strings.ContainsFunc(s, unicode.IsDigit) {
			cuts = append(cuts, start)
		}
		start = end + len("。")
	}
	return cuts
}

const (
	leadMin = 4
	leadMax = 14
)

// A unit is a paragraph, or a piece of one that holds several topics.
type unit struct {
	v     vector
	sec   int
	size  int
	para  int  // the paragraph's index in paragraphs' order
	piece bool // a piece of a paragraph cut in several
}

// units returns the finest units of the texts of ps: each paragraph that
// holds one topic, each piece of one that holds several. paras are the
// paragraphs' vectors in paragraphs' order (w.paragraphs(ps)), reused for
// the paragraphs that stay whole.
func (w *weights) units(ps []*prepared, paras []vector) []unit {
	var out []unit
	var tv textVectors
	para := 0
	for i, p := range ps {
		for _, line := range strings.Split(p.topic, "\n") {
			n := utf8.RuneCountInString(line)
			if n < minParagraph {
				continue
			}
			pieces := topicPieces(line)
			if len(pieces) == 1 {
				out = append(out, unit{paras[para], i, n, para, false})
			} else {
				for _, s := range pieces {
					if m := utf8.RuneCountInString(s); m >= minParagraph {
						out = append(out, unit{tv.of(w, s), i, m, para, true})
					}
				}
			}
			para++
		}
	}
	return out
}

// unitVectors lists the units' vectors in their order.
func unitVectors(us []unit) []vector {
	out := make([]vector, len(us))
	for k, u := range us {
		out[k] = u.v
	}
	return out
}

// pieceLinks links a section to a sibling of the other report that took
// one topic of its run-in item: a paragraph that lists several topics
// (topicPieces), one of which the other report says in another item, as
// a piece of that item's own run-in paragraph. The paragraph as a whole
// stays with its own counterpart, so the paragraph flows (flowLinks) do
// not see the piece go; the piece alone does. Pieces are short and a
// little like many others (cut at every 一是 of every list they made
// wrong splits), so a piece links only when all of these hold:
//   - it and its match are each other's best unit, both pieces, both
//     flowShort characters or more, alike at the flows' floor or more and
//     pieceMargin times the best unit of any other section, both ways;
//   - the rest of one of the two paragraphs stays at home: pieceHome of
//     its other pieces (by length) find their best in a section linked
//     with their own (the topic moved out of an item that stayed);
//   - it is the only piece of either section that goes somewhere new
//     (counting every mutual pair of pieces, strong or not): a
//     list whose topics (five industries) the next report spreads over
//     several of its items is a list read differently, not a topic
//     that moved (per section, not per paragraph: a file that breaks the
//     list's lines differently must not change the answer).
//
// va and vb are the paragraphs' vectors (w.paragraphs); fits says whether
// the two sections may be linked at all (siblings of one kind, no period
// or label conflict).
func pieceLinks(pa, pb []*prepared, va, vb []vector, w *weights, linked map[[2]int]bool, fits func(i, j int) bool,
	floor float64, addExtra func(i, j int, c float64)) {
	ua, ub := w.units(pa, va), w.units(pb, vb)
	if len(ua) == 0 || len(ub) == 0 {
		return
	}
	C := cosines(unitVectors(ua), unitVectors(ub), len(w.idfs))
	// each unit's best unit of the other side (at) and how it stands
	// against the best of any other section (best2)
	bestA, atA := make([]best2, len(ua)), fill(len(ua), -1)
	bestB, atB := make([]best2, len(ub)), fill(len(ub), -1)
	for y := range bestB {
		bestB[y] = noBest
	}
	for x := range ua {
		b := noBest
		for y, c := range C[x] {
			if c > b.best {
				atA[x] = y
			}
			b.add(c, ub[y].sec)
			if c > bestB[y].best {
				atB[y] = x
			}
			bestB[y].add(c, ua[x].sec)
		}
		bestA[x] = b
	}
	// home returns the share of the other pieces of us[x]'s paragraph (by
	// length) whose best unit is in a section linked with their own
	home := func(us, other []unit, at []int, x int, fromA bool) float64 {
		tot, in := 0, 0
		for k, v := range us {
			if k == x || v.para != us[x].para || !v.piece {
				continue
			}
			tot += v.size
			if at[k] < 0 {
				continue
			}
			l := [2]int{v.sec, other[at[k]].sec}
			if !fromA {
				l = [2]int{other[at[k]].sec, v.sec}
			}
			if linked[l] {
				in += v.size
			}
		}
		return float64(in) / float64(max(1, tot))
	}
	type cand struct{ x, y int }
	var cands []cand
	// goes: for each section of either side (0: a, 1: b), the sections of
	// the other report its pieces go to
	goes := map[[2]int]map[int]bool{}
	for x, u := range ua {
		y := atA[x]
		if !u.piece || y < 0 || atB[y] != x || !ub[y].piece {
			continue
		}
		t := ub[y]
		if linked[[2]int{u.sec, t.sec}] || !fits(u.sec, t.sec) {
			continue
		}
		// every mutual pair of pieces counts here, strong or not
		for _, k := range [][3]int{{0, u.sec, t.sec}, {1, t.sec, u.sec}} {
			key := [2]int{k[0], k[1]}
			if goes[key] == nil {
				goes[key] = map[int]bool{}
			}
			goes[key][k[2]] = true
		}
		if min(u.size, t.size) < flowShort {
			continue
		}
		ba, bb := bestA[x], bestB[y]
		if ba.best < floor || ba.best < pieceMargin*ba.second || bb.best < pieceMargin*bb.second {
			continue
		}
		if max(home(ua, ub, atA, x, true), home(ub, ua, atB, y, false)) < pieceHome {
			continue
		}
		cands = append(cands, cand{x, y})
	}
	for _, c := range cands {
		u, t := ua[c.x], ub[c.y]
		if len(goes[[2]int{0, u.sec}]) > 1 || len(goes[[2]int{1, t.sec}]) > 1 {
			continue
		}
		k := [2]int{u.sec, t.sec}
		if !linked[k] {
			linked[k] = true
			addExtra(u.sec, t.sec, round(bestA[c.x].best))
		}
	}
}

const (
	pieceMargin = 1.35 // a piece's best unit, this many times the best of any other section
	pieceHome   = 0.5  // of the rest of one of the two paragraphs, at home
)
