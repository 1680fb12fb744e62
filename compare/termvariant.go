package compare

// Terms the other report writes with a word put inside
//
// A term is new when the other report never writes it. But reports
// reword a name from one year to the next without leaving it: last year's
// 新型农业经营主体 is this year's 新型经营主体, 京津冀协同 was written
// 京津冀地区协同, 国家高新技术企业 becomes 国家级高新技术企业, and a report
// that now writes 乡村全面振兴 has not dropped 乡村振兴. A journalist reads
// none of these as a 新提法 or as a phrase given up: the other report holds
// the term, with a word or a mark put between two of its words. So a term
// is not listed when the other report writes it so (variantIn): a few
// characters inside, at a boundary between its gse words or between the
// parts of a compound gse keeps whole (乡村 | 振兴), each side of two
// characters or more, no mark that ends a clause among them, and words that
// modify or join the term's words, not a verb that makes a clause of them
// (问题实行清单 holds no 问题清单) nor an alternative (专职或兼职心理健康教师
// asks less than 专职心理健康教师: modifierInside). The rule runs one way
// only: 乡村全面振兴 is new against a report that wrote
// 乡村振兴 (the wording the new report took up), while 乡村振兴 is not
// dropped against one that writes 乡村全面振兴. A term written with an
// enumeration comma or quotation marks that the other report writes
// without them (双随机、一公开 and 双随机一公开), or a couplet whose halves
// the other report joins with the other comma (，or 、), is the same term.

import (
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// maxInserted is the most characters variantIn lets the other report put
// inside a term: a word of one or two characters (级, 等, 地区, 全面,
// 农业) and a conjunction or a mark beside it (体系和, ”).
const maxInserted = 3

// clauseMarks end a clause: a term's words on both sides of one are not
// the term.
const clauseMarks = "，。；：！？,.;:!?\n（）()"

// listMarks removes the enumeration commas and quotation marks a term may
// be written with or without.
var listMarks = strings.NewReplacer("、", "", "“", "", "”", "", "‘", "", "’", "")

// variantIn reports whether other writes the term t, whose gse words are
// ws, with up to maxInserted characters put between two of its words
// or between the parts of a word of four characters or more (each side
// two characters or more, no clause mark among them), or
// without the enumeration commas and quotation marks t holds.
func variantIn(other *termDoc, t string, ws []word) bool {
	if bare := listMarks.Replace(t); bare != t && bare != "" && other.has(bare) {
		return true
	}
	// a couplet's halves joined by a comma or an enumeration comma
	// (房子是用来住的，不是用来炒的 and 房子是用来住的、不是用来炒的)
	if strings.Contains(t, "，") && other.has(strings.ReplaceAll(t, "，", "、")) ||
		strings.Contains(t, "、") && other.has(strings.ReplaceAll(t, "、", "，")) {
		return true
	}
	if utf8.RuneCountInString(t) < 4 {
		return false
	}
	for k, w := range ws {
		if k > 0 && cutInserted(other, t, w.start) {
			return true
		}
		// a compound gse keeps whole (乡村振兴): between its parts too
		if n := utf8.RuneCountInString(w.text); n >= 4 {
			at := w.start
			for i := range w.text {
				if i > 0 && utf8.RuneCountInString(w.text[:i]) >= 2 && n-utf8.RuneCountInString(w.text[:i]) >= 2 &&
					cutInserted(other, t, at+i) {
					return true
				}
			}
		}
	}
	return false
}

// cutInserted reports whether other writes t cut at byte cut with
// characters put there (inserted), each side two characters or more.
func cutInserted(other *termDoc, t string, cut int) bool {
	if cut <= 0 || cut >= len(t) {
		return false
	}
	front, back := t[:cut], t[cut:]
	if !severalRunes(front) || !severalRunes(back) {
		return false
	}
	return inserted(other, front, back)
}

// inserted reports whether other writes front, then 1 to maxInserted
// characters that hold no clause mark, then back.
func inserted(other *termDoc, front, back string) bool {
	for _, off := range other.sa.Lookup(front, -1) {
		rest := other.text[off+len(front):]
		for n, i := 0, 0; n < maxInserted && i < len(rest); n++ {
			r, size := utf8.DecodeRuneInString(rest[i:])
			if strings.ContainsRune(clauseMarks, r) {
				break
			}
			i += size
			if strings.HasPrefix(rest[i:], back) && modifierInside(rest[:i]) {
				return true
			}
		}
	}
	return false
}

// modifierInside reports whether the characters s, put inside a term,
// modify or join its words (全面, 农业, 级, 的, 体系和) rather than make a
// clause of them or offer another choice: no verb (问题 | 实行 | 清单,
// 发展 | 更具 | 动能), and no 或 (专职 | 或兼职 | 心理健康教师, which asks
// less than 专职心理健康教师).
func modifierInside(s string) bool {
	for _, tok := range analysis.TokensNoHMM(s) {
		if tok.Text == "或" || tok.Text == "或者" {
			return false
		}
		if _, _, pos := analysis.DictFreq(tok.Text); strings.HasPrefix(pos, "v") && pos != "vn" {
			return false
		}
	}
	return true
}
