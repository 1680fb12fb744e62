package embedded

// Similar passages
//
// Similar finds the sections of other documents that reuse a section's
// wording, which is how one city's plan turns out to copy another's.
//
//	candidates  shingles of three consecutive gse words of the section
//	            (at most maxShingles, spread evenly) are looked up as exact
//	            wording; sections of other documents that contain at least
//	            two of them (or one, for a section with few shingles) are
//	            candidates, the most shingles first
//	alignment   seed and extend over gse words between the section and each
//	            candidate (see align): runs of equal words, joined across a
//	            few changed, added or dropped words, are passages, taken best
//	            first while they match minPassage characters
//	budget      candidates are aligned in order until maxAlignRunes
//	            characters of their text have been, so that no request
//	            costs more than a fraction of a second of one core
//	score       the characters of the section's words covered by shared
//	            passages, over all of them: 1 means copied whole
//
// Passages are quoted from the section given, so a journalist reads what
// was reused; OtherStart/OtherEnd locate the same passage in the hit.

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

const (
	maxShingles   = 64
	maxCandidates = 50
	minPassage    = 12 // characters matched, for a passage to count
	maxGap        = 3  // words between two runs of one passage
	maxSeedHits   = 64 // places in the other text a word pair may seed from
	maxPassages   = 16
	// maxAlignRunes bounds the characters of candidate text segmented and
	// aligned for one request (segmentation is most of the cost): about
	// 0.1 s of one core.
	maxAlignRunes = 200_000
)

// Similar returns up to size sections of other documents that share
// passages with section sectionID, best first. size 0 means DefaultSize;
// above MaxSize is ErrBadQuery. An unknown section gives an error wrapping
// index.ErrNotFound.
func (s *Searcher) Similar(ctx context.Context, sectionID string, size int) ([]search.SimilarHit, error) {
	if size == 0 {
		size = search.DefaultSize
	}
	if size < 0 || size > search.MaxSize {
		return nil, fmt.Errorf("size %d is not between 1 and %d: %w", size, search.MaxSize, search.ErrBadQuery)
	}
	src, err := s.ix.Section(sectionID)
	if err != nil {
		return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
	}
	srcToks := contentTokens(src.Text)
	shingles := shinglesOf(src.Text, srcToks)
	type cand struct {
		slot  uint32
		count int
	}
	var cands []cand
	type other struct {
		sec *corpus.Section
		doc index.DocInfo
	}
	var others []other
	err = s.ix.View(func(v *index.View) error {
		counts := map[uint32]int{}
		for _, sh := range shingles {
			if err := ctx.Err(); err != nil {
				return err
			}
			for _, slot := range v.Containing(sh) {
				if v.Doc(slot).ID != src.DocID {
					counts[slot]++
				}
			}
		}
		need := 2
		if len(shingles) < 4 {
			need = 1
		}
		for slot, c := range counts {
			if c >= need {
				cands = append(cands, cand{slot, c})
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			if cands[i].count != cands[j].count {
				return cands[i].count > cands[j].count
			}
			return cands[i].slot < cands[j].slot
		})
		if len(cands) > maxCandidates {
			cands = cands[:maxCandidates]
		}
		for _, c := range cands {
			sec, err := v.Section(c.slot)
			if err != nil {
				return err
			}
			others = append(others, other{sec, *v.Doc(c.slot)})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
	}
	total := 0
	for _, t := range srcToks {
		total += t.runes
	}
	hits := []search.SimilarHit{}
	budget := maxAlignRunes
	for _, o := range others {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
		}
		if budget -= utf8.RuneCountInString(o.sec.Text); budget < 0 {
			break // the candidates sharing the most shingles came first
		}
		passages, covered := align(src.Text, srcToks, o.sec.Text, contentTokens(o.sec.Text))
		if len(passages) == 0 {
			continue
		}
		score := 0.0
		if total > 0 {
			score = float64(covered) / float64(total)
		}
		hits = append(hits, search.SimilarHit{SectionID: o.sec.ID, DocID: o.doc.ID, Title: o.doc.Title,
			Year: o.doc.Year, Region: o.doc.Region, Score: score, Passages: passages})
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if len(hits) > size {
		hits = hits[:size]
	}
	return hits, nil
}

// A tok is a gse word of a text, folded, with its byte range there.
type tok struct {
	word       string
	start, end int
	runes      int
}

// contentTokens returns the words of text, punctuation left out.
func contentTokens(text string) []tok {
	var out []tok
	for _, t := range analysis.TokensNoHMM(text) {
		f := analysis.Fold(t.Text)
		if f == "" || !hasWordRune(f) {
			continue
		}
		out = append(out, tok{word: f, start: t.Start, end: t.End, runes: utf8.RuneCountInString(f)})
	}
	return out
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if r > 0x2e7f || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') {
			return r != '，' && r != '。' && r != '、' && r != '；' && r != '：' && r != '（' && r != '）' || len(s) > 3
		}
	}
	return false
}

// shinglesOf returns the folded wording of three consecutive words, at
// least four characters long and with no punctuation between them, at most
// maxShingles of them spread over the text.
func shinglesOf(text string, toks []tok) []string {
	var all []string
	seen := map[string]bool{}
	for i := 0; i+3 <= len(toks); i++ {
		sh := analysis.Fold(text[toks[i].start:toks[i+2].end])
		if utf8.RuneCountInString(sh) < 4 || seen[sh] || strings.ContainsAny(sh, "，。、；：！？,.;:!?") {
			continue
		}
		seen[sh] = true
		all = append(all, sh)
	}
	if len(all) <= maxShingles {
		return all
	}
	out := make([]string, maxShingles)
	for i := range out {
		out[i] = all[i*len(all)/maxShingles]
	}
	return out
}

// align finds the shared passages of a and b (texts with their words) and
// the number of characters of a they cover.
//
// Seed and extend: each place where two consecutive words of a occur in b is
// a seed, and a seed extends along its diagonal into a run of equal words.
// Runs follow one another into a passage when at most maxGap words of a and
// of b lie between them (a word changed, added or dropped); a passage's
// worth is the characters its runs match. Passages are taken best first,
// none overlapping one taken before in a or in b, while they match at least
// minPassage characters, at most maxPassages of them. Word pairs found at
// more than maxSeedHits places of b seed nothing (the runs through them are
// reached from their other words), so the cost grows with the words and the
// seeds, not with their product: a section of 11,000 characters against
// fifty like it takes milliseconds. A passage of one long word alone is not
// found; minPassage characters are hardly ever one word.
func align(a string, at []tok, b string, bt []tok) ([]search.Passage, int) {
	n, m := len(at), len(bt)
	if n < 2 || m < 2 {
		return nil, 0
	}
	ids := map[string]int32{}
	idsOf := func(ts []tok) []int32 {
		out := make([]int32, len(ts))
		for k, t := range ts {
			v, ok := ids[t.word]
			if !ok {
				v = int32(len(ids))
				ids[t.word] = v
			}
			out[k] = v
		}
		return out
	}
	ai, bi := idsOf(at), idsOf(bt)
	type pair struct{ x, y int32 }
	where := map[pair][]int32{}
	for j := 0; j+1 < m; j++ {
		k := pair{bi[j], bi[j+1]}
		if l := where[k]; len(l) <= maxSeedHits {
			where[k] = append(l, int32(j))
		}
	}

	// Runs of equal words, in the order of their start in a.
	type run struct {
		i, j, n int // a's words i..i+n equal b's words j..j+n
		chars   int // characters of a's words matched
	}
	var runs []run
	reached := map[int]int{} // diagonal j-i: end in a of the last run on it
	for i := 0; i+1 < n; i++ {
		l := where[pair{ai[i], ai[i+1]}]
		if len(l) > maxSeedHits {
			continue
		}
		for _, j32 := range l {
			j := int(j32)
			if e, ok := reached[j-i]; ok && e > i {
				continue
			}
			k, chars := 0, 0
			for i+k < n && j+k < m && ai[i+k] == bi[j+k] {
				chars += at[i+k].runes
				k++
			}
			reached[j-i] = i + k
			runs = append(runs, run{i, j, k, chars})
		}
	}

	// best[r]: the characters matched by the best chain of runs ending with
	// run r; from[r] the run before it in that chain, or -1.
	endAt := map[int][]int{} // end in a -> runs ending there
	best := make([]int, len(runs))
	from := make([]int, len(runs))
	for r, x := range runs {
		best[r], from[r] = x.chars, -1
		for e := max(0, x.i-maxGap); e <= x.i; e++ {
			for _, p := range endAt[e] {
				y := runs[p]
				if gap := x.j - (y.j + y.n); gap >= 0 && gap <= maxGap && best[p]+x.chars > best[r] {
					best[r], from[r] = best[p]+x.chars, p
				}
			}
		}
		endAt[x.i+x.n] = append(endAt[x.i+x.n], r)
	}
	order := make([]int, len(runs))
	for r := range order {
		order[r] = r
	}
	sort.SliceStable(order, func(x, y int) bool { return best[order[x]] > best[order[y]] })

	type span struct{ lo, hi int }
	var takenA, takenB []span
	overlaps := func(ss []span, lo, hi int) bool {
		for _, s := range ss {
			if lo < s.hi && s.lo < hi {
				return true
			}
		}
		return false
	}
	var passages []search.Passage
	covered := 0
	for _, r := range order {
		if best[r] < minPassage || len(passages) == maxPassages {
			break
		}
		first := r
		for from[first] >= 0 {
			first = from[first]
		}
		x, y := runs[first], runs[r]
		aLo, aHi, bLo, bHi := x.i, y.i+y.n, x.j, y.j+y.n
		if overlaps(takenA, aLo, aHi) || overlaps(takenB, bLo, bHi) {
			continue
		}
		takenA = append(takenA, span{aLo, aHi})
		takenB = append(takenB, span{bLo, bHi})
		covered += best[r]
		passages = append(passages, search.Passage{Text: a[at[aLo].start:at[aHi-1].end], Start: at[aLo].start, End: at[aHi-1].end,
			OtherStart: bt[bLo].start, OtherEnd: bt[bHi-1].end})
	}
	sort.Slice(passages, func(i, j int) bool { return passages[i].Start < passages[j].Start })
	return passages, covered
}
