package search

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
//	alignment   Smith-Waterman over gse words between the section and each
//	            candidate: a shared word scores its length in characters, a
//	            gap or a differing word costs gapCost; the best local
//	            alignment is one passage, its words are masked, and the next
//	            best is sought, while passages reach minPassage characters
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

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
)

const (
	maxShingles   = 64
	maxCandidates = 50
	minPassage    = 12 // characters matched, for a passage to count
	gapCost       = 2
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

// Similar returns up to size sections of other documents that share
// passages with section sectionID, best first. size 0 means DefaultSize;
// above MaxSize is ErrBadQuery. An unknown section gives an error wrapping
// index.ErrNotFound.
func (s *Searcher) Similar(ctx context.Context, sectionID string, size int) ([]SimilarHit, error) {
	if size == 0 {
		size = DefaultSize
	}
	if size < 0 || size > MaxSize {
		return nil, fmt.Errorf("size %d is not between 1 and %d: %w", size, MaxSize, ErrBadQuery)
	}
	src, err := s.ix.Section(sectionID)
	if err != nil {
		return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
	}
	if err := index.LoadSegmenter(); err != nil {
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
	hits := []SimilarHit{}
	for _, o := range others {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("similar to %s: %w", sectionID, err)
		}
		passages, covered := align(src.Text, srcToks, o.sec.Text, contentTokens(o.sec.Text))
		if len(passages) == 0 {
			continue
		}
		score := 0.0
		if total > 0 {
			score = float64(covered) / float64(total)
		}
		hits = append(hits, SimilarHit{SectionID: o.sec.ID, DocID: o.doc.ID, Title: o.doc.Title,
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
	for _, t := range index.Tokens(text) {
		f := index.Fold(t.Text)
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
		sh := index.Fold(text[toks[i].start:toks[i+2].end])
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

// align finds the shared passages of a and b (texts with their words) by
// repeated Smith-Waterman, and the number of characters of a they cover.
func align(a string, at []tok, b string, bt []tok) ([]Passage, int) {
	n, m := len(at), len(bt)
	if n == 0 || m == 0 {
		return nil, 0
	}
	usedA := make([]bool, n)
	usedB := make([]bool, m)
	h := make([]int32, (n+1)*(m+1))
	var passages []Passage
	covered := 0
	for round := 0; round < 16; round++ {
		for i := range h {
			h[i] = 0
		}
		best, bi, bj := int32(0), 0, 0
		for i := 1; i <= n; i++ {
			for j := 1; j <= m; j++ {
				var diag int32
				if !usedA[i-1] && !usedB[j-1] && at[i-1].word == bt[j-1].word {
					diag = h[(i-1)*(m+1)+j-1] + int32(at[i-1].runes)
				} else {
					diag = h[(i-1)*(m+1)+j-1] - gapCost
				}
				v := max(0, diag, h[(i-1)*(m+1)+j]-gapCost, h[i*(m+1)+j-1]-gapCost)
				h[i*(m+1)+j] = v
				if v > best {
					best, bi, bj = v, i, j
				}
			}
		}
		if best < minPassage {
			break
		}
		// Trace back to where the score started from zero.
		i, j := bi, bj
		matched := 0
		for i > 0 && j > 0 && h[i*(m+1)+j] > 0 {
			v := h[i*(m+1)+j]
			switch {
			case !usedA[i-1] && !usedB[j-1] && at[i-1].word == bt[j-1].word && v == h[(i-1)*(m+1)+j-1]+int32(at[i-1].runes):
				matched += at[i-1].runes
				i, j = i-1, j-1
			case v == h[(i-1)*(m+1)+j-1]-gapCost:
				i, j = i-1, j-1
			case v == h[(i-1)*(m+1)+j]-gapCost:
				i--
			default:
				j--
			}
		}
		for k := i; k < bi; k++ {
			usedA[k] = true
		}
		for k := j; k < bj; k++ {
			usedB[k] = true
		}
		if matched < minPassage {
			continue
		}
		covered += matched
		passages = append(passages, Passage{Text: a[at[i].start:at[bi-1].end], Start: at[i].start, End: at[bi-1].end,
			OtherStart: bt[j].start, OtherEnd: bt[bj-1].end})
	}
	sort.Slice(passages, func(i, j int) bool { return passages[i].Start < passages[j].Start })
	return passages, covered
}
