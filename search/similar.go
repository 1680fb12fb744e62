package search

// Similar passages
//
// FindSimilar finds the sections of other documents that reuse a section's
// wording, which is how one city's plan turns out to copy another's. Every
// engine finds them here, the same way; an engine gives only what it alone
// can (SimilarIndex): the section, and the sections of other documents
// holding the most of its wordings, with their texts and documents. So the
// answers of two engines over the same documents are the same by
// construction.
//
//	candidates  shingles of three consecutive gse words of the section
//	            (at most MaxShingles, spread evenly) are looked up as exact
//	            wording; sections of other documents that contain at least
//	            two of them (or one, for a section with few shingles) are
//	            candidates, the most shingles first, ties by section ID
//	            (byte order: not the order the sections were written in,
//	            which differs between two archives of the same reports), at
//	            most MaxCandidates (SimilarIndex.Candidates)
//	alignment   seed and extend over gse words between the section and each
//	            candidate (see align): runs of equal words, joined across a
//	            few changed, added or dropped words, are passages, taken best
//	            first while they match minPassage characters
//	budget      candidates are aligned in order until MaxAlignRunes
//	            characters of their text have been, so that no request
//	            costs more than a fraction of a second of one core; an
//	            engine need not read the texts past it
//	score       the characters of the section's words covered by shared
//	            passages, over all of them: 1 means copied whole
//
// Passages are quoted from the section given, so a journalist reads what
// was reused; OtherStart/OtherEnd locate the same passage in the hit.

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// A SimilarHit is a section of another document that shares passages with
// the section asked about.
type SimilarHit struct {
	SectionID string    `json:"section_id"`
	DocID     string    `json:"doc_id"`
	Title     string    `json:"title"`
	Year      int       `json:"year"`
	Region    string    `json:"region"`
	Score     float64   `json:"score"`
	Passages  []Passage `json:"passages"`
}

// A Passage is wording the two sections share: Text is quoted from the
// section asked about, at byte offsets Start..End of its text; OtherStart
// and OtherEnd are the byte offsets of the aligned wording in the hit's text.
type Passage struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	OtherStart int    `json:"other_start"`
	OtherEnd   int    `json:"other_end"`
}

const (
	// MaxShingles bounds the wordings of one request (CandidateQuery).
	MaxShingles = 64
	// MaxCandidates bounds the candidates of one request.
	MaxCandidates = 50
	// MaxAlignRunes bounds the characters of candidate text segmented and
	// aligned for one request (segmentation is most of the cost): about
	// 0.1 s of one core.
	MaxAlignRunes = 200_000

	minPassage  = 12 // characters matched, for a passage to count
	maxGap      = 3  // words between two runs of one passage
	maxSeedHits = 64 // places in the other text a word pair may seed from
	maxPassages = 16
)

// A SimilarIndex is one snapshot of an engine's collection, as FindSimilar
// reads it. Its methods are called from one goroutine.
type SimilarIndex interface {
	// Section returns section id. An unknown section gives an error
	// wrapping govreport.ErrNotFound.
	Section(ctx context.Context, id string) (*corpus.Section, error)
	// Candidates returns the candidates q asks for, best first (see
	// CandidateQuery). It stops with ctx's error when ctx ends.
	Candidates(ctx context.Context, q CandidateQuery) ([]Candidate, error)
}

// A CandidateQuery asks for the sections of other documents that share the
// most wordings with a section: those of documents other than Doc whose
// folded heading or text contains at least Need of Wordings (as exact
// wording does), the most wordings first, ties by section ID (byte
// order), at most Limit of them; and of those, the first ones while their texts add
// up to at most Runes characters (utf8.RuneCountInString): the first
// candidate whose text would bring them past Runes and every one after it
// are left out.
type CandidateQuery struct {
	Wordings []string // folded, distinct, not empty
	Doc      string
	Need     int
	Limit    int
	Runes    int
}

// A Candidate is a section of another document, with its document.
type Candidate struct {
	ID, Text string
	Doc      govreport.DocInfo
}

// TopCandidates returns the keys of counts (a section's ID -> the
// wordings it holds) that hold at least need, the most first, ties in key
// order, at most limit of them: the order of CandidateQuery for an engine
// that counts in memory.
func TopCandidates[K cmp.Ordered](counts map[K]int, need, limit int) []K {
	var keys []K
	for k, c := range counts {
		if c >= need {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b K) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return keys[:min(limit, len(keys))]
}

// FindSimilar returns up to size sections of other documents that share
// passages with section sectionID of ix, best first (see above). size 0
// means DefaultSize; above MaxSize is ErrBadQuery. An unknown section gives
// an error wrapping govreport.ErrNotFound. It stops with ctx's error when
// ctx ends.
func FindSimilar(ctx context.Context, ix SimilarIndex, sectionID string, size int) ([]SimilarHit, error) {
	if size == 0 {
		size = DefaultSize
	}
	if size < 0 || size > MaxSize {
		return nil, fmt.Errorf("size %d is not between 1 and %d: %w", size, MaxSize, ErrBadQuery)
	}
	src, err := ix.Section(ctx, sectionID)
	if err != nil {
		return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
	}
	if err := analysis.LoadSegmenter(); err != nil {
		return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
	}
	srcToks := contentTokens(src.Text)
	shingles := shinglesOf(src.Text, srcToks)
	hits := []SimilarHit{}
	if len(shingles) == 0 {
		return hits, nil
	}
	need := 2
	if len(shingles) < 4 {
		need = 1
	}
	cands, err := ix.Candidates(ctx, CandidateQuery{Wordings: shingles, Doc: src.DocID, Need: need,
		Limit: MaxCandidates, Runes: MaxAlignRunes})
	if err != nil {
		return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
	}
	total := 0
	for _, t := range srcToks {
		total += t.runes
	}
	budget := MaxAlignRunes
	for _, c := range cands[:min(MaxCandidates, len(cands))] {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
		}
		if budget -= utf8.RuneCountInString(c.Text); budget < 0 {
			break // the candidates sharing the most shingles came first
		}
		passages, covered := align(src.Text, srcToks, c.Text, contentTokens(c.Text))
		if len(passages) == 0 {
			continue
		}
		score := 0.0
		if total > 0 {
			score = float64(covered) / float64(total)
		}
		hits = append(hits, SimilarHit{SectionID: c.ID, DocID: c.Doc.ID, Title: c.Doc.Title,
			Year: c.Doc.Year, Region: c.Doc.Region, Score: score, Passages: passages})
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
// MaxShingles of them spread over the text.
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
	if len(all) <= MaxShingles {
		return all
	}
	out := make([]string, MaxShingles)
	for i := range out {
		out[i] = all[i*len(all)/MaxShingles]
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
func align(a string, at []tok, b string, bt []tok) ([]Passage, int) {
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
	var passages []Passage
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
		passages = append(passages, Passage{Text: a[at[aLo].start:at[aHi-1].end], Start: at[aLo].start, End: at[aHi-1].end,
			OtherStart: bt[bLo].start, OtherEnd: bt[bHi-1].end})
	}
	sort.Slice(passages, func(i, j int) bool { return passages[i].Start < passages[j].Start })
	return passages, covered
}
