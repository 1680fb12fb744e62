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
// lower-cased, whitespace skipped as the index's fold skips it, so that a
// hard-wrapped line does not cut a word) inside a run: punctuation and
// digits end a run, so numbers count for nothing (a changed target must
// not make a section look new) and no bigram spans two clauses. Bigrams
// rather than gse words, because they need no segmenter (alignment runs
// before any word is cut), because a reworded heading keeps its bigrams
// when gse cuts it otherwise (创新驱动 / 科技创新), and because the index
// keeps their section frequencies at no cost (index/grams.go).
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
// to the report's year (last year, this year), and so do 今年, 去年, 明年,
// and each year of a past span (过去五年, 一年来, a five-year plan that has
// ended). A span that reaches this year or later (今后五年, the plan that
// begins) gives none, or the plan would look like the year's work; it
// marks the part as looking ahead (aheadPeriod, pairing.go).
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
	"strings"
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
		if unicode.IsSpace(r) {
			continue // a line wrapped inside a word does not cut it
		}
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

// yearRe matches a year in a heading, in Arabic digits (full-width too) or
// in Chinese numerals as the reports of the last century write it
// (一九八九年, 一九九○年, 二〇〇一年), and the words for this year, last
// year and next year.
var yearRe = regexp.MustCompile(`(?:19|20|１９|２０)[0-9０-９]{2}(?:年|$)|(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}年|今年以来|今年|本年|去年|上年|明年`)

// yearOf returns the year a match of yearRe names, or 0 for the words
// (今年, 去年).
func yearOf(m string) int {
	return corpus.ParseYear(corpus.CleanChars(m)) // full-width digits folded
}

// reportYear returns the year of d, or else the latest year its headings
// name, or 0.
func reportYear(d *corpus.Document) int {
	if d.Year > 0 {
		return d.Year
	}
	latest := 0
	for _, s := range d.Sections {
		for _, m := range yearRe.FindAllString(corpus.CleanChars(s.Heading), -1) {
			latest = max(latest, yearOf(m))
		}
	}
	return latest
}

// yearTerms returns a term for each year heading names, by its distance to
// base (see above), and one for each year of a past span it names (过去五年,
// 一年来, a five-year plan that has ended: 十四五 is 2021 to 2025); none
// when base is 0.
func yearTerms(heading string, base int) []uint64 {
	if base == 0 {
		return nil
	}
	var out []uint64
	for _, m := range yearRe.FindAllString(heading, -1) {
		var d int
		switch m {
		case "今年", "本年":
		case "去年", "上年", "今年以来": // 今年以来: a review of the months past
			d = -1
		case "明年":
			d = 1
		default:
			d = yearOf(m) - base
			if d < -9 || d > 9 {
				continue // a distant year (2035年远景目标) is not the report's
			}
		}
		out = append(out, bigramKey(yearRune, rune(100+d)))
	}
	for _, sp := range yearSpans(heading, base) {
		if sp[1] >= 0 {
			// a span that reaches this year is a plan (aheadPeriod):
			// its years would make it look like the year's work
			continue
		}
		for d := max(sp[0], -9); d <= min(sp[1], 9); d++ {
			out = append(out, bigramKey(yearRune, rune(100+d)))
		}
	}
	return out
}

// spanRe matches a named five-year plan (十四五, “九五”, 第十一个五年规划)
// and a span of years before or after the report's (过去五年, 今后五年,
// 一年来).
var spanRe = regexp.MustCompile(`第([一二三四五六七八九十]+)个五年(?:规划|计划)|(十[一二三四五六七八九]?|[一二三四五六七八九])五(?:”|"|」|时期|期间|规划|计划)|(过去|近|今后|未来)([一二三四五六七八九十两]+|\d)年|([一二三四五六七八九十两]+|\d)年(?:来|以来)`)

// yearSpans returns the spans of years heading names, each as the
// distances of its first and last year to base: [-5, -1] for 过去五年,
// [0, 4] for 今后五年, and for a five-year plan its years (十四五: 2021 to
// 2025), which need base (without it they are left out).
func yearSpans(heading string, base int) [][2]int {
	var out [][2]int
	for _, m := range spanRe.FindAllStringSubmatch(heading, -1) {
		switch {
		case m[1] != "" || m[2] != "":
			k := chineseNumber(m[1] + m[2])
			if base == 0 || k == 0 {
				continue
			}
			// the first two plans ran 1953-1962; from the third (1966)
			// one every five years
			start := 1953 + 5*(k-1)
			if k >= 3 {
				start = 1966 + 5*(k-3)
			}
			out = append(out, [2]int{start - base, start + 4 - base})
		case m[4] != "":
			n := spanLength(m[4])
			if m[3] == "今后" || m[3] == "未来" {
				out = append(out, [2]int{0, n - 1})
			} else if n > 0 {
				out = append(out, [2]int{-n, -1})
			}
		case m[5] != "":
			if n := spanLength(m[5]); n > 0 {
				out = append(out, [2]int{-n, -1})
			}
		}
	}
	return out
}

// spanLength returns the number of years of a span (五, 两, 3), at most 9.
func spanLength(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		n = chineseNumber(s)
	}
	return min(n, 9)
}

// yearRune marks year terms: a private-use rune no text contains.
const yearRune = 0xF0000

// A bag is a multiset of terms: term ids in increasing order, each once,
// with its count.
type bag struct {
	ids []int32
	tf  []int32
}

// A vector is a weighted bag of terms: term ids in increasing order and
// their weights, of Euclidean norm 1 (or empty).
type vector struct {
	ids []int32
	w   []float32
}

// termIDs numbers the terms of one comparison.
type termIDs struct {
	id   map[uint64]int32
	keys []uint64 // by id
}

// bagOf returns the bag of keys ks, numbering the keys not seen before.
func (t *termIDs) bagOf(ks []uint64) bag {
	ids := make([]int32, len(ks))
	for k, key := range ks {
		id, ok := t.id[key]
		if !ok {
			id = int32(len(t.keys))
			t.id[key] = id
			t.keys = append(t.keys, key)
		}
		ids[k] = id
	}
	return countIDs(ids)
}

// countIDs returns the bag of the term ids in ids, which it sorts.
func countIDs(ids []int32) bag {
	slices.Sort(ids)
	n := 0
	for k := range ids {
		if k == 0 || ids[k] != ids[k-1] {
			n++
		}
	}
	b := bag{ids: make([]int32, 0, n), tf: make([]int32, 0, n)}
	for k := 0; k < len(ids); {
		e := k + 1
		for e < len(ids) && ids[e] == ids[k] {
			e++
		}
		b.ids = append(b.ids, ids[k])
		b.tf = append(b.tf, int32(e-k))
		k = e
	}
	return b
}

// sumBags returns the sum of bags x (times fx) and y.
func sumBags(x bag, fx int32, y bag) bag {
	out := bag{ids: make([]int32, 0, len(x.ids)+len(y.ids)), tf: make([]int32, 0, len(x.ids)+len(y.ids))}
	a, b := 0, 0
	for a < len(x.ids) || b < len(y.ids) {
		switch {
		case b == len(y.ids) || (a < len(x.ids) && x.ids[a] < y.ids[b]):
			out.ids, out.tf = append(out.ids, x.ids[a]), append(out.tf, fx*x.tf[a])
			a++
		case a == len(x.ids) || y.ids[b] < x.ids[a]:
			out.ids, out.tf = append(out.ids, y.ids[b]), append(out.tf, y.tf[b])
			b++
		default:
			out.ids, out.tf = append(out.ids, x.ids[a]), append(out.tf, fx*x.tf[a]+y.tf[b])
			a++
			b++
		}
	}
	return out
}

// idf is the inverse frequency of a term in df of n units, smoothed so
// that a term in every unit weighs a little and one in none weighs most.
func idf(df, n float64) float64 {
	return math.Log((n + 1) / (df + 0.5))
}

// vec returns the unit vector of bag b: weight (1 + ln tf) × idf.
func vec(b bag, idfs []float32) vector {
	out := vector{ids: make([]int32, 0, len(b.ids)), w: make([]float32, 0, len(b.ids))}
	var norm float64
	for k, id := range b.ids {
		w := (1 + math.Log(float64(b.tf[k]))) * float64(idfs[id])
		if w <= 0 {
			continue
		}
		out.ids = append(out.ids, id)
		out.w = append(out.w, float32(w))
		norm += w * w
	}
	if norm > 0 {
		inv := 1 / math.Sqrt(norm)
		for k := range out.w {
			out.w[k] = float32(float64(out.w[k]) * inv)
		}
	}
	return out
}

// cosines returns the cosine of every vector of xs with every vector of
// ys. It walks the terms of each x through an inverted index of the ys, so
// that only terms the two share cost anything.
func cosines(xs, ys []vector, nTerms int) [][]float64 {
	inv := invert(ys, nTerms)
	out := make([][]float64, len(xs))
	all := make([]float64, len(xs)*len(ys))
	for i, x := range xs {
		out[i] = all[i*len(ys) : (i+1)*len(ys) : (i+1)*len(ys)]
		inv.cosines(x, out[i])
	}
	return out
}

// A posting is one vector's weight of a term.
type posting struct {
	j int32 // the vector
	w float32
}

// An inverted index lists, for each term, the vectors that have it.
type inverted [][]posting

// invert returns the inverted index of ys, whose terms are under nTerms.
func invert(ys []vector, nTerms int) inverted {
	// count, then fill one backing array: no list grows
	count := make([]int32, nTerms)
	total := 0
	for _, y := range ys {
		for _, id := range y.ids {
			count[id]++
		}
		total += len(y.ids)
	}
	all := make([]posting, total)
	inv := make(inverted, nTerms)
	at := 0
	for id, c := range count {
		inv[id] = all[at : at : at+int(c)]
		at += int(c)
	}
	for j, y := range ys {
		for k, id := range y.ids {
			inv[id] = append(inv[id], posting{int32(j), y.w[k]})
		}
	}
	return inv
}

// cosines sets row[j] to the cosine of x with the j-th indexed vector;
// row is as long as the vectors indexed and all zero.
func (inv inverted) cosines(x vector, row []float64) {
	for k, id := range x.ids {
		wx := float64(x.w[k])
		for _, p := range inv[id] {
			row[p.j] += wx * float64(p.w)
		}
	}
	for j := range row {
		row[j] = math.Min(1, row[j])
	}
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
	head         [][]float64 // old × new: the cosines of the headings alone
	ids          *termIDs
	idfs         []float32
}

// weighSections builds the vectors of pa and pb (see the top of this file)
// and the similarity of every pair: the cosine of their tree vectors,
// with a headShare for the cosine of their headings when both have one.
func weighSections(pa, pb []*prepared, coll Collection) *weights {
	// the terms of every heading and text, in bags (the heading counted
	// twice in a section's own bag), and their section frequencies
	nu := len(pa) + len(pb)
	t := &termIDs{id: make(map[uint64]int32)}
	heads, texts, owns := make([]bag, 0, nu), make([]bag, 0, nu), make([]bag, 0, nu)
	var buf []uint64
	for _, ps := range [][]*prepared{pa, pb} {
		for _, p := range ps {
			buf = append(appendTerms(buf[:0], p.head), p.years...)
			h := t.bagOf(buf)
			x := t.bagOf(appendTerms(buf[:0], p.topic))
			heads, texts, owns = append(heads, h), append(texts, x), append(owns, sumBags(h, 2, x))
		}
	}
	n := len(t.keys)
	all := t.keys
	df := make([]int32, n)
	for _, o := range owns {
		for _, id := range o.ids {
			df[id]++
		}
	}
	units := float64(nu)
	idfs := make([]float32, n)
	for id, d := range df {
		w := idf(float64(d), units)
		if k := all[id]; coll != nil && rune(k>>32) != yearRune && uint32(k) != 0 {
			if cd, cn := coll.SectionFreq(keyText(k)); cn > 0 {
				w = math.Min(w, idf(float64(cd), float64(cn)))
			}
		}
		idfs[id] = float32(w)
	}
	w := &weights{ids: t, idfs: idfs}
	vecs := func(ps []*prepared, off int) (text, own, tree, head []vector) {
		k := len(ps)
		text, own, tree, head = make([]vector, k), make([]vector, k), make([]vector, k), make([]vector, k)
		for i := range ps {
			own[i] = vec(owns[off+i], idfs)
			head[i] = vec(heads[off+i], idfs)
			text[i] = vec(texts[off+i], idfs)
		}
		// tree bags bottom up: a section's own bag plus its children's
		// trees (children come after their parent)
		kids := children(ps)
		trees := make([]bag, k)
		for i := k - 1; i >= 0; i-- {
			trees[i] = owns[off+i]
			if len(kids[i]) == 0 {
				tree[i] = own[i]
				continue
			}
			for _, c := range kids[i] {
				trees[i] = sumBags(trees[c], 1, trees[i])
			}
			tree[i] = vec(trees[i], idfs)
		}
		return text, own, tree, head
	}
	var headA, headB []vector
	w.textA, w.ownA, w.treeA, headA = vecs(pa, 0)
	w.textB, w.ownB, w.treeB, headB = vecs(pb, len(pa))
	w.sim = cosines(w.treeA, w.treeB, n)
	hs := cosines(headA, headB, n)
	w.head = hs
	for i := range pa {
		for j := range pb {
			if pa[i].head != "" && pb[j].head != "" {
				w.sim[i][j] = (1-headShare)*w.sim[i][j] + headShare*hs[i][j]
			}
		}
	}
	return w
}

// textShare returns the similarity of old section i and new section j
// without the share of their headings (headed: both have one): the cosine
// of their tree vectors.
func (w *weights) textShare(i, j int, headed bool) float64 {
	if !headed {
		return w.sim[i][j]
	}
	return math.Max(0, (w.sim[i][j]-headShare*w.head[i][j])/(1-headShare))
}

// openingAndShell reports whether one of old section i and new section j
// is an opening without a heading and the other a headed part with no
// text of its own, all it says being in its items. Their likeness is the
// part's heading against the opening: a plan's opening (总体要求) states
// the formula that heads its first part (坚持和加强党对教育工作的全面领导),
// which is no text gone from one to the other; text that went there went
// to an item, which the items' own group links.
func (w *weights) openingAndShell(i, j int, pa, pb []*prepared) bool {
	shell := func(p *prepared, text vector) bool { return p.head != "" && len(text.ids) == 0 }
	return pa[i].head == "" && shell(pb[j], w.textB[j]) || pb[j].head == "" && shell(pa[i], w.textA[i])
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

// paragraphs returns the vectors of the paragraphs of the texts of ps
// (lines of minParagraph characters or more), the section each is in, and
// its length in characters. Terms not seen in the sections' bags are
// left out.
func (w *weights) paragraphs(ps []*prepared) (vs []vector, sec []int, size []int) {
	var tv textVectors
	for i, p := range ps {
		for _, line := range strings.Split(p.topic, "\n") {
			n := utf8.RuneCountInString(line)
			if n < minParagraph {
				continue
			}
			vs, sec, size = append(vs, tv.of(w, line)), append(sec, i), append(size, n)
		}
	}
	return vs, sec, size
}

// textVectors weighs texts against the weights' terms, reusing its buffers
// from one text to the next.
type textVectors struct {
	buf []uint64
	ids []int32
}

// of returns the weighted term vector of s.
func (tv *textVectors) of(w *weights, s string) vector {
	tv.buf = appendTerms(tv.buf[:0], s)
	tv.ids = tv.ids[:0]
	for _, k := range tv.buf {
		if id, ok := w.ids.id[k]; ok {
			tv.ids = append(tv.ids, id)
		}
	}
	return vec(countIDs(tv.ids), w.idfs)
}

// minParagraph is the least length of a paragraph that votes on where a
// section's text went (paragraphs.go).
const minParagraph = 20

// aheadPeriod reports whether heading looks ahead over several years (a
// span that ends in the report's year base or later: a five-year plan
// that includes base, 今后五年) without naming the year of the report
// alone: a part that a report has only in the first year of a plan or of
// a government's term. A plan that ended before base is a review
// (2025年和“十四五”工作回顾 in 2026), and so is a part named after a
// recent year gone by, whatever plan that year began (第二个五年计划的
// 第一年——一九五八年的成就 in 1959). Without base, only a span of coming
// years counts.
func aheadPeriod(heading string, base int) bool {
	for _, m := range yearRe.FindAllString(heading, -1) {
		if m == "今年" || m == "本年" || m == "去年" || m == "上年" {
			return false // names this year too: 十四五目标和今年重点工作
		}
		if y := yearOf(m); base > 0 && y <= base && y >= base-9 {
			return false // names this year (十四五目标和2021年工作) or a recent one past
		}
	}
	for _, sp := range yearSpans(heading, base) {
		if sp[1] >= 0 && sp[1] > sp[0] {
			return true
		}
	}
	return false
}

// severalYears reports whether s names a span of several years, gone by
// or to come (五年来, 过去五年, 今后五年), and no one year (近五年特别是2022年
// names both).
func severalYears(s string) bool {
	if yearRe.MatchString(s) {
		return false
	}
	for _, sp := range yearSpans(s, 0) {
		if sp[1] > sp[0] {
			return true
		}
	}
	return false
}

// chineseNumber returns the value of a Chinese numeral from 1 to 99
// (十一, 二十, 九), or 0.
func chineseNumber(s string) int {
	digit := func(r rune) int {
		if r == '两' {
			return 2
		}
		return slices.Index([]rune("一二三四五六七八九"), r) + 1
	}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return max(0, digit(rs[0]))
	}
	n, tens := 0, false
	for _, r := range rs {
		if r == '十' {
			if n == 0 {
				n = 1
			}
			n, tens = n*10, true
			continue
		}
		d := digit(r)
		if d <= 0 {
			return 0
		}
		n += d
	}
	if !tens && len(rs) > 1 {
		return 0
	}
	return n
}
