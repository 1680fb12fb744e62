package compare

// New and dropped terms
//
// A journalist reading a new plan looks for 新提法: phrases the old one did
// not use (教育强市, 新质生产力, “千万工程”经验). Candidates are taken from
// the gse words of every heading and text:
//
//   - single words of two characters or more, stop words out;
//   - runs of two or three neighbouring words inside one clause (no mark,
//     space or number between them), not starting or ending with a
//     one-character word, since gse cuts new coinages into known words
//     (教育家 精神);
//   - whatever stands between quotation marks (“强国复兴有我”), up to 16
//     characters: reports quote exactly the slogans they introduce.
//
// A candidate is new when it does not occur anywhere in the other
// document's text, checked as a substring (a suffix array of the other
// text), not as a word sequence, because gse cuts one phrase differently in
// different contexts. Only minimal new phrases are kept: a run of words is
// dropped when one of its shorter parts is new already (提升 数字素养 says
// nothing more than 数字素养). A new word or run that occurs more than
// once, always in the same wider context, is widened to it while it stays
// under 12 characters (振兴行动计划 -> 县域普通高中振兴行动计划); one that
// occurs once is not, since every widening of it would occur once too, up
// to the whole clause. A single two-character word counts only if it
// occurs twice or more, and half: such words are rarely coinages.
//
// Salience is the number of occurrences times the square root of the
// length, less for runs of words than for dictionary words, more for
// quoted phrases; the 30 most salient are kept, and a term inside a kept
// term with no more occurrences is dropped. A text found whole in the
// other document is not searched at all. This is a heuristic: it finds the
// slogans and coinages of the sample corpus's CHANGES.md among its first
// terms, along with some ordinary words that happen to be new.

import (
	"index/suffixarray"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Term is a word or phrase found in one document and not in the other.
type Term struct {
	Text string `json:"text"`
	// Score is the salience used for ranking (higher first).
	Score float64 `json:"score"`
	// Count is the number of occurrences in the document that has it.
	Count int `json:"count"`
	// Sections are the IDs of the sections it occurs in, in order.
	Sections []string `json:"sections"`
}

// MaxTerms is the most terms Compare returns on each side.
const MaxTerms = 30

// stopWords are frequent words of reports that say nothing on their own.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		工作 推进 推动 加强 加快 进一步 全面 深入 持续 积极 不断 切实 着力 努力 坚持 实施 开展 完善 提升 提高
		建设 发展 我们 全市 全县 全区 全省 各类 各级 以及 进行 相关 有关 主要 重点 一批 一是 二是 三是 四是
		年度 今年 去年 明年 年内 全年 以上 以下 左右 其中 同时 通过 按照 围绕 结合 落实 做好 抓好 强化 健全
		深化 扎实 稳步 有序 有效 大力 不断 充分 继续 力争 确保 实现 达到 形成 促进 支持 保障 服务 管理 机制
		体系 水平 能力 质量 工作者 方面 领域 措施 任务 目标 要求 情况 问题 成效 成果 基础 作用 重要 各项 一系列
		主动 科学 规范 统筹 协调 全力 组织 部门 单位 地区 城市 县城 乡镇 学校 学生 教师 教育 经济 社会 政府
		人民 群众 一些 这些 那些 什么 已经 正在 将要 不少 较为 更加 更好 新的 一个 一项 两个 三个 的 了 和 与 及 等
		化解 发生 创新 科技 运行 统一 学习 巩固 成员 调研 开放 作为 配套 整改 移交 深入开展 全面落实 不断完善`) {
		stopWords[w] = true
	}
}

// termDoc is one side's text for term finding.
type termDoc struct {
	text   string
	sa     *suffixarray.Index
	starts []int    // start of each section's text in text
	ids    []string // section IDs
	secs   []*prepared
	texts  map[string]bool // the sections' texts
}

func newTermDoc(ps []*prepared) *termDoc {
	var sb strings.Builder
	d := &termDoc{secs: ps, texts: make(map[string]bool, len(ps))}
	for _, p := range ps {
		d.texts[p.s.Text] = true
		d.starts = append(d.starts, sb.Len())
		d.ids = append(d.ids, p.s.ID)
		// without whitespace: a line wrapped or indented differently
		// makes no phrase new (terms never hold whitespace)
		writeNoSpace(&sb, p.heading)
		writeNoSpace(&sb, p.s.Text)
		sb.WriteString("\n")
	}
	d.text = sb.String()
	d.sa = suffixarray.New([]byte(d.text))
	return d
}

// writeNoSpace writes s to sb without its whitespace.
func writeNoSpace(sb *strings.Builder, s string) {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			sb.WriteRune(r)
		}
	}
}

func (d *termDoc) has(t string) bool {
	return len(d.sa.Lookup([]byte(t), 1)) > 0
}

// occurrences returns the count of t in d and the IDs of the sections it
// occurs in.
func (d *termDoc) occurrences(t string) (int, []string) {
	offs := d.sa.Lookup([]byte(t), -1)
	sort.Ints(offs)
	var ids []string
	for _, off := range offs {
		k := sort.SearchInts(d.starts, off+1) - 1
		if k >= 0 && (len(ids) == 0 || ids[len(ids)-1] != d.ids[k]) {
			ids = append(ids, d.ids[k])
		}
	}
	return len(offs), ids
}

// terms returns the new terms (in b, not in a) and the dropped ones.
func terms(pa, pb []*prepared) (added, dropped []Term) {
	var da *termDoc
	done := make(chan struct{})
	go func() {
		da = newTermDoc(pa)
		close(done)
	}()
	db := newTermDoc(pb)
	<-done
	return novel(db, da), novel(da, db)
}

// isTermWord reports whether w can be part of a term: Han characters or
// letters only.
func isTermWord(w word) bool {
	if w.class != classWord {
		return false
	}
	for _, r := range w.text {
		if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// novel returns the most salient terms of d absent from other.
func novel(d, other *termDoc) []Term {
	type cand struct {
		text   string
		weight float64
	}
	seen := make(map[string]bool)
	var cands []cand
	newMemo := make(map[string]bool)
	isNew := func(t string) bool {
		v, ok := newMemo[t]
		if !ok {
			v = !other.has(t)
			newMemo[t] = v
		}
		return v
	}
	add := func(t string, weight float64) {
		if seen[t] {
			return
		}
		seen[t] = true
		cands = append(cands, cand{t, weight})
	}
	countMemo := make(map[string]int)
	count := func(t string) int {
		v, ok := countMemo[t]
		if !ok {
			v = len(d.sa.Lookup([]byte(t), -1))
			countMemo[t] = v
		}
		return v
	}
	// extend widens the words ws[i:j] while the wider phrase occurs as
	// often as the narrow one: the narrow one always stands in that
	// context, and the wider one says more (振兴行动计划 ->
	// 县域普通高中振兴行动计划).
	extend := func(ws []word, i, j int) string {
		t := joinTexts(ws[i:j])
		c := count(t)
		if c < 2 {
			return t // once: every widening occurs once, up to the whole clause
		}
		ok := func(w word) bool {
			return isTermWord(w) && utf8.RuneCountInString(w.text) >= 2 && !stopWords[w.text]
		}
		for utf8.RuneCountInString(t) < 12 {
			switch {
			case i > 0 && ws[i-1].end == ws[i].start && ok(ws[i-1]) && count(joinTexts(ws[i-1:j])) == c:
				i--
			case j < len(ws) && ws[j-1].end == ws[j].start && ok(ws[j]) && count(joinTexts(ws[i:j+1])) == c:
				j++
			default:
				return t
			}
			t = joinTexts(ws[i:j])
		}
		return t
	}
	for _, p := range d.secs {
		lists := [][]word{p.headWords()}
		if !other.texts[p.s.Text] {
			// a text found whole in the other document has nothing new
			lists = append(lists, p.textWords())
		}
		for _, ws := range lists {
			for i, w := range ws {
				if !isTermWord(w) {
					continue
				}
				n1 := utf8.RuneCountInString(w.text)
				if n1 >= 2 && !stopWords[w.text] && isNew(w.text) {
					t := extend(ws, i, i+1)
					weight := 1.0
					if t == w.text && n1 == 2 {
						// a two-character word is rarely a coinage: it
						// counts half, and not at all when it occurs once
						if count(t) < 2 {
							continue
						}
						weight = 0.5
					}
					add(t, weight)
				}
				// runs of 2 and 3 words within a clause
				if n1 < 2 {
					continue
				}
				for n := 2; n <= 3 && i+n <= len(ws); n++ {
					last := ws[i+n-1]
					if !isTermWord(last) || utf8.RuneCountInString(last.text) < 2 || !contiguous(ws[i:i+n]) {
						break
					}
					if stopWords[w.text] || stopWords[last.text] {
						continue
					}
					t := joinTexts(ws[i : i+n])
					if !isNew(t) {
						continue
					}
					// minimal: the shorter parts must be old
					if isNew(joinTexts(ws[i:i+n-1])) || isNew(joinTexts(ws[i+1:i+n])) {
						continue
					}
					if utf8.RuneCountInString(t) > 10 {
						continue // a clause, not a phrase
					}
					add(extend(ws, i, i+n), math.Pow(0.85, float64(n-1)))
				}
			}
		}
		// quoted phrases
		for _, src := range []string{p.heading, p.s.Text} {
			for _, q := range quoted(src) {
				if isNew(q) {
					add(q, 1.5)
				}
			}
		}
	}
	terms := make([]Term, 0, len(cands))
	for _, c := range cands {
		count, ids := d.occurrences(c.text)
		if count == 0 {
			continue
		}
		score := float64(count) * math.Sqrt(float64(utf8.RuneCountInString(c.text))) * c.weight
		terms = append(terms, Term{Text: c.text, Score: math.Round(score*100) / 100, Count: count, Sections: ids})
	}
	slices.SortFunc(terms, func(x, y Term) int {
		switch {
		case x.Score != y.Score:
			if x.Score > y.Score {
				return -1
			}
			return 1
		case x.Count != y.Count:
			return y.Count - x.Count
		}
		return strings.Compare(x.Text, y.Text)
	})
	kept := make([]Term, 0, MaxTerms)
	for _, t := range terms {
		if len(kept) == MaxTerms {
			break
		}
		redundant := false
		for _, k := range kept {
			if (strings.Contains(k.Text, t.Text) && t.Count <= k.Count) || (strings.Contains(t.Text, k.Text) && t.Count == k.Count) {
				redundant = true
				break
			}
		}
		if !redundant {
			kept = append(kept, t)
		}
	}
	return kept
}

// contiguous reports whether ws follow each other with nothing between.
func contiguous(ws []word) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i].start != ws[i-1].end {
			return false
		}
	}
	return true
}

func joinTexts(ws []word) string {
	var sb strings.Builder
	for _, w := range ws {
		sb.WriteString(w.text)
	}
	return sb.String()
}

// quoted returns the phrases of s between “” or 「」, 2 to 16 characters,
// without line breaks.
func quoted(s string) []string {
	var out []string
	for _, q := range [][2]string{{"“", "”"}, {"「", "」"}} {
		rest := s
		for {
			i := strings.Index(rest, q[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(q[0]):]
			j := strings.Index(rest, q[1])
			if j < 0 {
				break
			}
			t := rest[:j]
			if n := utf8.RuneCountInString(t); n >= 2 && n <= 16 && !strings.ContainsAny(t, "\n“「") {
				out = append(out, t)
			}
			rest = rest[j+len(q[1]):]
		}
	}
	return out
}
