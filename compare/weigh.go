package compare

// Weighing sections
//
// Two sections cover the same work when they share what distinguishes
// them from the other sections, not when they share many characters:
// every report is full of 坚持, 推进, 加快, 工作, 发展, and of numbers, and
// two sections about different work share plenty of those. So a section
// becomes a vector of its character bigrams, each weighted by how rare it
// is (its inverse section frequency) and by how often the section uses it
// (1 + ln tf), and sections are compared by the cosine of their vectors.
//
// Terms are bigrams of neighbouring letters (Han or Latin, width folded and
// lower-cased) inside a run: punctuation, spaces and digits end a run, so
// numbers count for nothing (a changed target must not make a section look
// new) and no bigram spans two clauses. Bigrams rather than gse words,
// because they need no segmenter (alignment runs before any word is cut),
// because a reworded heading keeps its bigrams when gse cuts it otherwise
// (创新驱动 / 科技创新), and because the index keeps their section
// frequencies at no cost (index/grams.go).
//
// Section frequencies come from Options.Collection when it is set (every
// indexed section) and always from the sections of the two documents
// compared: a term is weighed by the rarer evidence of the two, the smaller
// of its two inverse frequencies. The collection says that 保障 is common
// everywhere; the two documents say that the place's own name, rare in the
// collection, is in every section of this pair and tells none apart.
//
// Years in headings are read against the report's own year: the 2024
// report's 2023年工作回顾 and 2024年重点工作 are the 2025 report's 2024年工作
// 回顾 and 2025年重点工作, so a heading year becomes a term for its distance
// to the report's year (last year, this year), and so do 今年, 去年, 明年.
// The report's year is Document.Year, or else the latest year its headings
// name.
//
// Each section has three vectors:
//
//	head  its heading alone, numbering stripped
//	own   its heading (counted twice: a heading names the work) and its text
//	tree  own, plus the own terms of all its descendants
//
// tree is what a part of a report is about: 一、2011年工作回顾 with its
// text in five children compares with 一、过去五年工作回顾 written as one
// long section.

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/govreport/govreport/corpus"
)

// bigramKey packs two runes into one key.
func bigramKey(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// keyText returns the two-rune string of a key, for Collection lookups.
func keyText(k uint64) string {
	var buf [2 * utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], rune(k>>32))
	n += utf8.EncodeRune(buf[n:], rune(uint32(k)))
	return string(buf[:n])
}

// foldLetter returns r width folded and lower-cased, and whether it is a
// letter (Han or other script) that terms are made of.
func foldLetter(r rune) (rune, bool) {
	if 0x4E00 <= r && r <= 0x9FFF {
		return r, true
	}
	if r >= utf8.RuneSelf {
		if f := width.LookupRune(r).Folded(); f != 0 {
			r = f
		}
	}
	if !unicode.IsLetter(r) {
		return r, false
	}
	return unicode.ToLower(r), true
}

// appendTerms appends the bigram terms of s to out (unsorted). A run of one
// letter alone gives that letter as a term (key with second rune 0), so
// that a short heading such as 粮 is not empty.
func appendTerms(out []uint64, s string) []uint64 {
	prev := rune(-1)
	runLen := 0
	for _, r := range s {
		f, ok := foldLetter(r)
		if !ok {
			if runLen == 1 {
				out = append(out, bigramKey(prev, 0))
			}
			prev, runLen = -1, 0
			continue
		}
		if prev >= 0 {
			out = append(out, bigramKey(prev, f))
		}
		prev = f
		runLen++
	}
	if runLen == 1 {
		out = append(out, bigramKey(prev, 0))
	}
	return out
}

// yearRe matches a year in a heading, and the words for this year, last
// year and next year.
var yearRe = regexp.MustCompile(`(?:19|20)\d\d(?:年|$)|今年|本年|去年|上年|明年`)

// reportYear returns the year of d, or else the latest year its headings
// name, or 0.
func reportYear(d *corpus.Document) int {
	if d.Year > 0 {
		return d.Year
	}
	latest := 0
	for _, s := range d.Sections {
		for _, m := range yearRe.FindAllString(s.Heading, -1) {
			if y, err := strconv.Atoi(m[:min(4, len(m))]); err == nil {
				latest = max(latest, y)
			}
		}
	}
	return latest
}

// yearTerms returns a term for each year heading names, by its distance to
// base (see above); none when base is 0.
func yearTerms(heading string, base int) []uint64 {
	if base == 0 {
		return nil
	}
	var out []uint64
	for _, m := range yearRe.FindAllString(heading, -1) {
		var d int
		switch m {
		case "今年", "本年":
		case "去年", "上年":
			d = -1
		case "明年":
			d = 1
		default:
			y, _ := strconv.Atoi(m[:4])
			d = y - base
			if d < -9 || d > 9 {
				continue // a distant year (2035年远景目标) is not the report's
			}
		}
		out = append(out, bigramKey(yearRune, rune(100+d)))
	}
	return out
}

// yearRune marks year terms: a private-use rune no text contains.
const yearRune = 0xF0000

// A termBag is a multiset of terms: sorted keys, each once, with counts.
type termBag struct {
	keys []uint64
	tf   []int32
}

// bagOf returns the multiset of the keys ks, which it sorts.
func bagOf(ks []uint64) termBag {
	slices.Sort(ks)
	var b termBag
	for k := 0; k < len(ks); {
		e := k + 1
		for e < len(ks) && ks[e] == ks[k] {
			e++
		}
		b.keys = append(b.keys, ks[k])
		b.tf = append(b.tf, int32(e-k))
		k = e
	}
	return b
}

// size returns the number of terms counted with their repetitions.
func (b termBag) size() int {
	n := 0
	for _, t := range b.tf {
		n += int(t)
	}
	return n
}

// merge returns the sum of bags, each multiplied by its factor.
func mergeBags(bags []termBag, factors []int32) termBag {
	total := 0
	for _, b := range bags {
		total += len(b.keys)
	}
	type kt struct {
		k uint64
		t int32
	}
	all := make([]kt, 0, total)
	for i, b := range bags {
		for k, key := range b.keys {
			all = append(all, kt{key, b.tf[k] * factors[i]})
		}
	}
	slices.SortFunc(all, func(x, y kt) int {
		switch {
		case x.k < y.k:
			return -1
		case x.k > y.k:
			return 1
		}
		return 0
	})
	var out termBag
	for _, e := range all {
		if n := len(out.keys); n > 0 && out.keys[n-1] == e.k {
			out.tf[n-1] += e.t
			continue
		}
		out.keys = append(out.keys, e.k)
		out.tf = append(out.tf, e.t)
	}
	return out
}

// A vector is a weighted bag of terms over a vocabulary: term ids in
// increasing order and their weights, of Euclidean norm 1 (or empty).
type vector struct {
	ids []int32
	w   []float32
}

// A vocab numbers the terms of one comparison and keeps their weights.
type vocab struct {
	id  map[uint64]int32
	idf []float32
}

// newVocab numbers the terms of the bags and weighs each by its inverse
// section frequency: the smaller of the one among the units (each bag is
// one unit) and, when coll is set, the one over the collection.
func newVocab(units []termBag, coll Collection) *vocab {
	v := &vocab{id: make(map[uint64]int32)}
	var df []int32
	var keys []uint64
	for _, u := range units {
		for _, k := range u.keys {
			id, ok := v.id[k]
			if !ok {
				id = int32(len(df))
				v.id[k] = id
				df = append(df, 0)
				keys = append(keys, k)
			}
			df[id]++
		}
	}
	n := float64(len(units))
	v.idf = make([]float32, len(df))
	for id, d := range df {
		w := idf(float64(d), n)
		if coll != nil {
			if cd, cn := coll.SectionFreq(keyText(keys[id])); cn > 0 {
				w = math.Min(w, idf(float64(cd), float64(cn)))
			}
		}
		v.idf[id] = float32(w)
	}
	return v
}

// idf is the inverse frequency of a term in df of n units, smoothed so
// that a term in every unit weighs a little and one in none weighs most.
func idf(df, n float64) float64 {
	return math.Log((n + 1) / (df + 0.5))
}

// vec returns the unit vector of bag b: weight (1 + ln tf) × idf.
func (v *vocab) vec(b termBag) vector {
	out := vector{ids: make([]int32, 0, len(b.keys)), w: make([]float32, 0, len(b.keys))}
	var norm float64
	for k, key := range b.keys {
		id, ok := v.id[key]
		if !ok {
			continue
		}
		w := (1 + math.Log(float64(b.tf[k]))) * float64(v.idf[id])
		if w <= 0 {
			continue
		}
		out.ids = append(out.ids, id)
		out.w = append(out.w, float32(w))
		norm += w * w
	}
	// ids follow the keys' order, not the ids' order: sort them together
	idx := make([]int, len(out.ids))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return int(out.ids[a] - out.ids[b]) })
	ids := make([]int32, len(idx))
	ws := make([]float32, len(idx))
	inv := 1 / math.Sqrt(norm)
	for i, k := range idx {
		ids[i] = out.ids[k]
		ws[i] = float32(float64(out.w[k]) * inv)
	}
	return vector{ids: ids, w: ws}
}

// cosines returns the cosine of every vector of xs with every vector of
// ys. It walks the terms of each x through an inverted index of the ys, so
// that only terms the two share cost anything.
func cosines(xs, ys []vector, nTerms int) [][]float64 {
	type posting struct {
		j int32
		w float32
	}
	inv := make([][]posting, nTerms)
	for j, y := range ys {
		for k, id := range y.ids {
			inv[id] = append(inv[id], posting{int32(j), y.w[k]})
		}
	}
	out := make([][]float64, len(xs))
	acc := make([]float64, len(ys))
	for i, x := range xs {
		clear(acc)
		for k, id := range x.ids {
			wx := float64(x.w[k])
			for _, p := range inv[id] {
				acc[p.j] += wx * float64(p.w)
			}
		}
		out[i] = make([]float64, len(ys))
		for j := range acc {
			out[i][j] = math.Min(1, acc[j])
		}
	}
	return out
}

// headShare is the share of the heading similarity in the similarity of
// two sections that both have a heading.
const headShare = 0.2

// weights holds the vectors of the sections of two documents and their
// similarities.
type weights struct {
	textA, textB []vector // text alone, without the heading
	ownA, ownB   []vector
	treeA, treeB []vector
	sim          [][]float64 // old × new
}

// weighSections builds the vectors of pa and pb (see the top of this file)
// and the similarity of every pair: the cosine of their tree vectors,
// with a headShare for the cosine of their headings when both have one.
func weighSections(pa, pb []*prepared, coll Collection) *weights {
	own := func(p *prepared) termBag {
		ks := appendTerms(nil, p.head)
		ks = appendTerms(ks, p.head)
		ks = append(ks, p.years...)
		ks = append(ks, p.years...)
		return bagOf(appendTerms(ks, p.s.Text))
	}
	ownBags := func(ps []*prepared) []termBag {
		out := make([]termBag, len(ps))
		for i, p := range ps {
			out[i] = own(p)
		}
		return out
	}
	bagsA, bagsB := ownBags(pa), ownBags(pb)
	voc := newVocab(append(slices.Clone(bagsA), bagsB...), coll)
	w := &weights{}
	vecs := func(ps []*prepared, bags []termBag) (text, own, tree, head []vector) {
		own, tree, head = make([]vector, len(ps)), make([]vector, len(ps)), make([]vector, len(ps))
		text = make([]vector, len(ps))
		kids := children(ps)
		for i, p := range ps {
			own[i] = voc.vec(bags[i])
			head[i] = voc.vec(bagOf(append(appendTerms(nil, p.head), p.years...)))
			text[i] = voc.vec(bagOf(appendTerms(nil, p.s.Text)))
		}
		// tree bags bottom up: a section's bag plus its children's trees
		trees := make([]termBag, len(ps))
		for i := len(ps) - 1; i >= 0; i-- {
			if len(kids[i]) == 0 {
				trees[i] = bags[i]
				tree[i] = own[i]
				continue
			}
			parts := []termBag{bags[i]}
			for _, c := range kids[i] {
				parts = append(parts, trees[c])
			}
			ones := make([]int32, len(parts))
			for k := range ones {
				ones[k] = 1
			}
			trees[i] = mergeBags(parts, ones)
			tree[i] = voc.vec(trees[i])
		}
		return text, own, tree, head
	}
	var headA, headB []vector
	w.textA, w.ownA, w.treeA, headA = vecs(pa, bagsA)
	w.textB, w.ownB, w.treeB, headB = vecs(pb, bagsB)
	n := len(voc.idf)
	w.sim = cosines(w.treeA, w.treeB, n)
	hs := cosines(headA, headB, n)
	for i := range pa {
		for j := range pb {
			if pa[i].head != "" && pb[j].head != "" {
				w.sim[i][j] = (1-headShare)*w.sim[i][j] + headShare*hs[i][j]
			}
		}
	}
	return w
}

// ownSim returns the cosine of old section i and new section j, the tree
// of i against the own text of j when aTree, else the own text of i
// against the tree of j.
func (w *weights) ownSim(i, j int, aTree bool) float64 {
	if aTree {
		return dot(w.treeA[i], w.ownB[j])
	}
	return dot(w.ownA[i], w.treeB[j])
}

// openSim is ownSim with the text of the other section alone, without its
// heading: how much of i (aTree) or j is said in the other's opening text.
func (w *weights) openSim(i, j int, aTree bool) float64 {
	if aTree {
		return dot(w.treeA[i], w.textB[j])
	}
	return dot(w.textA[i], w.treeB[j])
}

// dot returns the dot product of two vectors.
func dot(x, y vector) float64 {
	var s float64
	for a, b := 0, 0; a < len(x.ids) && b < len(y.ids); {
		switch {
		case x.ids[a] < y.ids[b]:
			a++
		case x.ids[a] > y.ids[b]:
			b++
		default:
			s += float64(x.w[a]) * float64(y.w[b])
			a++
			b++
		}
	}
	return math.Min(1, s)
}
