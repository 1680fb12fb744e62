package compare

// Figures as quantities
//
// A figure in a report is a value with a unit and often a qualifier:
// 3.9万亿元, 1200万人以上, 5%左右, 4.5%—5%, 不低于90%, 3个百分点. A reader
// compares quantities, not strings: 3.8万亿元 -> 3.9万亿元 is a change of
// one indicator, 5%左右 -> 4.5%—5% is a target turned into a range, and
// 200万吨 -> 100万亩 is no change at all but two different things. So a
// figure is parsed into a Quantity:
//
//   - the value, with its magnitude applied (万 1e4, 亿 1e8, 万亿 1e12,
//     千, 百; 1500多亿元 is 1500亿元 "more than"); a range (4.5%—5%,
//     3至5万人) has a high end too, and a magnitude or unit written only
//     after the second number applies to both;
//   - the unit without its magnitude (元, 人, 吨, %, 个百分点, 微克/立方米),
//     "" for a bare number: figures of different units are never paired;
//   - the qualifier: about (左右, 约, 近), at_least (以上, 不低于, 不少于,
//     至少), more_than (超过, 超, 突破, 逾, 高于, 多, 余), at_most (以下, 以内,
//     不超过, 不高于), less_than (不到, 不足, 低于); a strict bound and a
//     non-strict one count as the same quantity (低于4.6% is 4.6%以内).
//
// Digits may be ASCII or full-width, with inner "." or "," (3,000).
// Chinese numerals are read where a report writes a quantity with them:
// 百分之五 (5%), 三成 (30%), and numerals of two characters or more
// followed by a magnitude or a unit (一百二十万人, 三个百分点); a lone
// numeral (一批, 两个维护) and names (十四五, 三农, 两新) are not
// quantities. Years (2024, 2024年), dates (3月, 15日), ordinals (第3, and
// a body's sessions: 十三届五次全会, 14届), heading numbers (1、 2.),
// numbers inside Latin words (5G, PM2.5, M2) and bare numbers joined by a
// plus into a name (“2+26”城市, 1+N) are not figures either.

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Quantity is the value of a figure.
type Quantity struct {
	// Value is the value, or the low end of a range, with its magnitude
	// applied: 3.9万亿元 is 3.9e12.
	Value float64 `json:"value"`
	// High is the high end of a range (4.5%—5%), 0 otherwise.
	High float64 `json:"high,omitempty"`
	// Unit is the unit without magnitude: 元, 人, %, 个百分点; "" for a
	// bare number.
	Unit string `json:"unit"`
	// Qualifier is one of about, at_least, more_than, at_most, less_than,
	// or "" for an exact figure.
	Qualifier string `json:"qualifier,omitempty"`
}

// Qualifier values.
const (
	QualAbout    = "about"
	QualAtLeast  = "at_least"
	QualMoreThan = "more_than"
	QualAtMost   = "at_most"
	QualLessThan = "less_than"
)

// equal reports whether q and o are the same quantity. A bound is one
// whether it is strict or not: 4.6%以内 and 低于4.6%, 2%以上 and 超过2%
// state one target.
func (q Quantity) equal(o Quantity) bool {
	return q.Unit == o.Unit && bound(q.Qualifier) == bound(o.Qualifier) && sameValue(q.Value, o.Value) && sameValue(q.High, o.High)
}

// maxRatio is the most one measure's value grows or shrinks from one year
// to the next, but for rates.
const maxRatio = 100

// near reports whether q and o, of one unit, are of sizes one measure may
// take a year apart: within a factor of maxRatio, whatever the values of
// rates (%, 个百分点, ‰: 0.8% -> 6%). A budget of 12.5亿元 and an income of
// 21350元 are not.
func (q Quantity) near(o Quantity) bool {
	switch q.Unit {
	case "%", "个百分点", "‰":
		return true
	}
	a, b := math.Abs(q.Value), math.Abs(o.Value)
	if a == 0 || b == 0 {
		return true
	}
	return a <= b*maxRatio && b <= a*maxRatio
}

// bound folds strict and non-strict bounds.
func bound(qual string) string {
	switch qual {
	case QualMoreThan:
		return QualAtLeast
	case QualLessThan:
		return QualAtMost
	}
	return qual
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// A quantity is one figure found in a text.
type quantity struct {
	Quantity
	text       string // as written, qualifiers included: 不低于90%, 5%左右
	start, end int    // byte offsets of text
}

// units are the units a figure may carry, longer ones first where one is
// the start of another.
var units = []string{
	"个百分点", "百分点", "%", "％", "‰",
	"微克/立方米", "平方公里", "平方米", "立方米", "公顷", "千瓦时", "千瓦", "兆瓦", "标准煤",
	"个工作日", "工作日", "人次", "户次", "场次", "车次", "架次", "公里", "千米", "千克", "公斤", "美元", "港元",
	"批次", "小时", "分钟", "标准箱", "标箱", "个月", "个", "所", "名", "人", "户", "家", "项", "支", "条", "座", "间", "台", "套", "次",
	"场", "倍", "天", "岁", "张", "辆", "床", "册", "件", "篇", "期", "批", "班", "园", "校", "村", "处", "栋",
	"米", "位", "类", "门", "节", "本", "部", "块", "起", "对", "分", "元", "吨", "亩", "斤", "艘", "架", "株",
	"头", "只", "轮", "片", "宗", "例", "份", "种", "款", "周",
	"眼", "盏", "棵",
}

// foldUnit folds the ways to write percent, and a container's two
// names (标准箱, 标箱: one twenty-foot unit).
func foldUnit(u string) string {
	switch u {
	case "％":
		return "%"
	case "百分点":
		return "个百分点"
	case "标准箱":
		return "标箱"
	}
	return u
}

// magnitudes in the order they are tried.
var magnitudes = []struct {
	s string
	v float64
}{{"万亿", 1e12}, {"亿", 1e8}, {"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5}, {"万", 1e4}, {"千", 1e3}, {"百", 1e2}}

var prefixQuals = []struct{ s, q string }{
	{"不低于", QualAtLeast}, {"不少于", QualAtLeast}, {"至少", QualAtLeast},
	{"不超过", QualAtMost}, {"不高于", QualAtMost}, {"不多于", QualAtMost},
	{"不到", QualLessThan}, {"不足", QualLessThan}, {"低于", QualLessThan}, {"少于", QualLessThan},
	{"高于", QualMoreThan}, {"多于", QualMoreThan},
	{"超过", QualMoreThan}, {"超", QualMoreThan}, {"突破", QualMoreThan}, {"逾", QualMoreThan},
	{"大约", QualAbout}, {"约", QualAbout}, {"近", QualAbout},
}

var suffixQuals = []struct{ s, q string }{
	{"左右", QualAbout}, {"以上", QualAtLeast}, {"以下", QualAtMost}, {"以内", QualAtMost}, {"之内", QualAtMost},
}

// rangeMarks join the two ends of a range.
var rangeMarks = []string{"——", "—", "–", "-", "－", "～", "~", "〜", "至", "到"}

// digitValue returns the value of an ASCII or full-width digit.
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	return 0, false
}

// cnDigits are the Chinese numerals of one digit.
var cnDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnUnits are the Chinese numerals that multiply.
var cnUnits = map[rune]float64{'十': 10, '百': 100, '千': 1000, '万': 1e4, '亿': 1e8}

func isCnNumeral(r rune) bool {
	_, d := cnDigits[r]
	_, u := cnUnits[r]
	return d || u || r == '点'
}

// arabic reads an Arabic number at s[i:]: digits with inner "." or ",".
// It returns the value and the end, or ok false.
func arabic(s string, i int) (v float64, end int, ok bool) {
	var sb strings.Builder
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if d, isD := digitValue(r); isD {
			sb.WriteByte(byte('0' + d))
			j += n
			continue
		}
		if sb.Len() == 0 {
			break
		}
		if r == '.' || r == '．' {
			// a decimal point only before a digit
			if d, isD := digitValue(firstRune(s[j+n:])); isD {
				sb.WriteByte('.')
				sb.WriteByte(byte('0' + d))
				j += n + utf8.RuneLen(firstRune(s[j+n:]))
				continue
			}
			// or before one space and one or two digits, as a text
			// converted from a printed page may split a figure (2. 11亿元,
			// 52. 1%); not a heading's number before a year or a date
			// (1. 2024年)
			if frac, ok := splitDecimals(s[j+n:]); r == '.' && ok && !strings.Contains(sb.String(), ".") {
				sb.WriteByte('.')
				sb.WriteString(frac)
				j += n + 1 + len(frac)
				continue
			}
		}
		if r == ',' && thousands(s[j+1:]) {
			j++ // 3,000: a thousands separator before three digits
			continue
		}
		break
	}
	if sb.Len() == 0 {
		return 0, i, false
	}
	f, err := strconv.ParseFloat(sb.String(), 64)
	if err != nil {
		return 0, i, false // two dots: a version or a date, not a figure
	}
	return f, j, true
}

// splitDecimals returns the digits of a decimal part written after one
// space (" 11亿元" after "2."): one or two ASCII digits, then neither a
// digit nor a word of the calendar.
func splitDecimals(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, " ")
	if !ok {
		return "", false
	}
	k := 0
	for k < len(rest) && k < 3 && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return "", false
	}
	if _, ok := hasPrefixAt(rest, k, []string{"年", "月", "日", "号", "、", ".", "．"}); ok {
		return "", false
	}
	return rest[:k], true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// thousands reports whether s starts with exactly three ASCII digits.
func thousands(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

// chinese reads a Chinese numeral at s[i:] (一百二十万, 三点五). It
// returns the value, the end, the number of characters and whether it
// is well formed.
func chinese(s string, i int) (v float64, end, chars int, ok bool) {
	j := i
	var total, section, digit float64
	hasDigit, pending := false, false
	frac, fracScale := false, 0.1
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isCnNumeral(r) {
			break
		}
		if d, isD := cnDigits[r]; isD {
			if frac {
				v := float64(d) * fracScale
				section += v
				fracScale /= 10
			} else {
				if pending {
					return 0, i, 0, false // 十四五: two digits in a row
				}
				digit = float64(d)
				pending = true
			}
			hasDigit = true
		} else if r == '点' {
			if frac || !pending {
				break
			}
			section += digit
			digit, pending, frac = 0, false, true
		} else {
			if frac {
				break
			}
			u := cnUnits[r]
			switch {
			case u >= 1e4:
				if pending {
					section += digit
				}
				if section == 0 && total == 0 {
					return 0, i, 0, false
				}
				total = (total + section) * u
				section, digit, pending = 0, 0, false
			default:
				if !pending {
					if u == 10 && section == 0 {
						digit = 1 // 十五
					} else {
						return 0, i, 0, false
					}
				}
				section += digit * u
				digit, pending = 0, false
			}
		}
		j += n
		chars++
	}
	if chars == 0 || !hasDigit && chars < 2 {
		return 0, i, 0, false
	}
	if pending {
		section += digit
	}
	return total + section, j, chars, true
}

// quantities returns the figures of s in order, leaving out those that
// start before skip.
func quantities(s string, skip int) []quantity {
	var out []quantity
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !mayStart(r) {
			i += n
			continue
		}
		q, ok := quantityAt(s, i)
		if !ok {
			i += n
			continue
		}
		q = ratioToOne(s, q)
		if q.start >= skip {
			out = append(out, q)
		}
		i = q.end
	}
	return out
}

// ratioToOne returns q with the ":1" after it when it is the first term
// of a ratio to one (城乡居民收入比2.5∶1): the ratio is one figure, not
// two, and 从2.5∶1缩小至2.3∶1 is from and to.
func ratioToOne(s string, q quantity) quantity {
	if q.Unit != "" {
		return q
	}
	for _, colon := range []string{"∶1", ":1", "：1"} {
		rest, ok := strings.CutPrefix(s[q.end:], colon)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); (r >= '0' && r <= '9') || r == '.' {
			return q
		}
		q.end += len(colon)
		q.text = s[q.start:q.end]
		return q
	}
	return q
}

// startTable marks the characters of the Basic Multilingual Plane a figure
// can start with: digits (ASCII and full-width), Chinese numerals and the
// first characters of prefix qualifiers and of 百分之. Looking a rune up
// in it is what quantities does for every character of a text.
var startTable = func() *[0x10000]bool {
	var t [0x10000]bool
	for r := '0'; r <= '9'; r++ {
		t[r] = true
	}
	for r := '０'; r <= '９'; r++ {
		t[r] = true
	}
	for r := range cnDigits {
		t[r] = true
	}
	for r := range cnUnits {
		t[r] = true
	}
	t['百'] = true
	for _, p := range prefixQuals {
		r, _ := utf8.DecodeRuneInString(p.s)
		t[r] = true
	}
	return &t
}()

// mayStart reports whether a figure can start with r.
func mayStart(r rune) bool {
	return r < 0x10000 && startTable[r]
}

// hasPrefixAt reports whether s[i:] starts with one of the strings of ps,
// and which.
func hasPrefixAt(s string, i int, ps []string) (string, bool) {
	for _, p := range ps {
		if strings.HasPrefix(s[i:], p) {
			return p, true
		}
	}
	return "", false
}

func isLatin(r rune) bool {
	return r < 0x80 && unicode.IsLetter(r) || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

// A numberRead is one number read by readNumber.
type numberRead struct {
	v       float64 // with its magnitude
	mag     float64 // the magnitude written after it, 1 if none
	end     int
	percent bool // 百分之五, 三成
	more    bool // 多 or 余 between the number and its magnitude
	weak    bool // a Chinese numeral: a figure only with a unit or magnitude
}

// readNumber reads one number at s[i:] (Arabic or Chinese, 百分之…, …成)
// with the magnitude after it.
func readNumber(s string, i int) (numberRead, bool) {
	nr := numberRead{mag: 1}
	if strings.HasPrefix(s[i:], "百分之") {
		j := i + len("百分之")
		if v, end, ok := arabic(s, j); ok {
			return numberRead{v: v, mag: 1, end: end, percent: true}, true
		}
		if v, end, _, ok := chinese(s, j); ok {
			return numberRead{v: v, mag: 1, end: end, percent: true}, true
		}
		return nr, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	switch _, isD := digitValue(r); {
	case isD:
		v, end, ok := arabic(s, i)
		if !ok {
			return nr, false
		}
		nr.v, nr.end = v, end
	case isCnNumeral(r) && r != '点':
		v, end, chars, ok := chinese(s, i)
		if !ok {
			return nr, false
		}
		if chars == 1 && strings.HasPrefix(s[end:], "成") {
			// 三成: thirty percent; not 一成不变, 九成熟
			rest := s[end+len("成"):]
			after, _ := utf8.DecodeRuneInString(rest)
			if _, isD := cnDigits[r]; (isD || r == '十') && (rest == "" || !unicode.Is(unicode.Han, after) || strings.HasPrefix(rest, "以") || strings.HasPrefix(rest, "左右")) {
				return numberRead{v: v * 10, mag: 1, end: end + len("成"), percent: true}, true
			}
			return nr, false
		}
		if chars < 2 {
			return nr, false // 一批, 两个维护
		}
		nr.v, nr.end, nr.weak = v, end, true
		if last, _ := utf8.DecodeLastRuneInString(s[i:end]); last == '万' || last == '亿' {
			nr.mag = 1e4 // only marks that it has a magnitude; v has it already
		}
		return nr, true
	default:
		return nr, false
	}
	// 多/余 before the magnitude: 1500多亿元, 600余万人
	j := nr.end
	if m, ok := hasPrefixAt(s, j, []string{"多", "余"}); ok {
		for _, mg := range magnitudes {
			if strings.HasPrefix(s[j+len(m):], mg.s) {
				nr.more = true
				j += len(m)
				break
			}
		}
	}
	for _, mg := range magnitudes {
		if strings.HasPrefix(s[j:], mg.s) {
			nr.v *= mg.v
			nr.mag = mg.v
			j += len(mg.s)
			break
		}
	}
	if nr.mag == 1 {
		j, nr.more = nr.end, false
	}
	nr.end = j
	return nr, true
}

// readUnit reads the unit at s[j:], if any.
func readUnit(s string, j int) (string, int) {
	if u, ok := hasPrefixAt(s, j, units); ok {
		return foldUnit(u), j + len(u)
	}
	return "", j
}

// quantityAt reads the figure starting at s[i:] (its prefix qualifier
// included), if there is one.
func quantityAt(s string, i int) (quantity, bool) {
	var q quantity
	start := i
	qual := ""
	for _, p := range prefixQuals {
		if strings.HasPrefix(s[i:], p.s) {
			r, _ := utf8.DecodeRuneInString(s[i+len(p.s):])
			if _, isD := digitValue(r); isD || isCnNumeral(r) && r != '点' || strings.HasPrefix(s[i+len(p.s):], "百分之") {
				qual = p.q
				i += len(p.s)
			}
			break
		}
	}
	// the character before: not part of a Latin word (5G, PM2.5), not an
	// ordinal (第3) nor a session of a body's term (八届十二次全委会), not
	// inside a longer number
	if qual == "" && start > 0 {
		prev, _ := utf8.DecodeLastRuneInString(s[:start])
		if _, isD := digitValue(prev); isD || isLatin(prev) || prev == '第' || prev == '届' || isCnNumeral(prev) || strings.ContainsRune(".．/_=&#@%", prev) {
			return q, false
		}
	}
	n1, ok := readNumber(s, i)
	if !ok {
		return q, false
	}
	j := n1.end
	// 100多所, 30余个: more than, before the unit
	if !n1.percent && n1.mag == 1 {
		if m, ok := hasPrefixAt(s, j, []string{"多", "余"}); ok {
			if u, _ := readUnit(s, j+len(m)); u != "" {
				n1.more = true
				j += len(m)
			}
		}
	}
	unit := "%"
	if !n1.percent {
		unit, j = readUnit(s, j)
	}
	value, high := n1.v, 0.0
	// a range: 4.5%—5%, 3至5万人, 4.5—5%, 百分之三到百分之五
	if m, ok := hasPrefixAt(s, j, rangeMarks); ok && !n1.more {
		if n2, ok := readNumber(s, j+len(m)); ok && n2.weak == n1.weak && !n2.more {
			unit2, j2 := "%", n2.end
			if !n2.percent {
				unit2, j2 = readUnit(s, n2.end)
			}
			switch {
			case unit == "" && n1.mag == 1 && n2.mag != 1 && !n2.weak:
				value *= n2.mag // 3至5万人: the magnitude written once
				unit = unit2
			case unit == "":
				unit = unit2
			}
			if (unit2 == unit || unit2 == "" && n2.mag == 1) && n2.v > value {
				high, j = n2.v, j2
			}
		}
	}
	if n1.weak && unit == "" && n1.mag == 1 {
		return q, false // 十四五, 二〇二四: a name or a year, not a figure
	}
	if high == 0 && unit == "" && n1.mag == 1 && !n1.more {
		// a year, a date or a heading number
		if isYearValue(s[i:n1.end]) {
			return q, false
		}
		rest := s[j:]
		if _, ok := hasPrefixAt(s, j, []string{"年", "月", "日", "号", "、", "）", ")", "．", "季度", "周年", "届", "版", "代"}); ok {
			return q, false
		}
		if strings.HasPrefix(rest, ".") {
			if r2, _ := utf8.DecodeRuneInString(rest[1:]); !unicode.IsDigit(r2) {
				return q, false
			}
		}
	}
	if unit == "" && high == 0 {
		// not a name or a reference: 5G, 3D, a path (202202/10), a
		// footnote ([6], ^6), a quoted name (“1530”工程), numbers joined
		// by a plus into a name (“2+26”城市, 1+N)
		next := firstRune(s[j:])
		prev, _ := utf8.DecodeLastRuneInString(s[:start])
		if isLatin(next) || strings.ContainsRune("/_=&#@+＋", next) || prev == '^' || prev == '+' || prev == '＋' ||
			(prev == '[' || prev == '［') && (next == ']' || next == '］') ||
			prev == '“' && next == '”' || prev == '"' && next == '"' {
			return q, false
		}
	}
	if n1.more && qual == "" {
		qual = QualMoreThan
	}
	if sq, ok := hasPrefixAt(s, j, []string{"左右", "以上", "以下", "以内", "之内"}); ok && qual == "" {
		for _, x := range suffixQuals {
			if x.s == sq {
				qual = x.q
			}
		}
		j += len(sq)
	}
	q = quantity{
		Quantity: Quantity{Value: value, High: high, Unit: unit, Qualifier: qual},
		text:     s[start:j],
		start:    start,
		end:      j,
	}
	return q, true
}

// isYearValue reports whether digits read as a year (1900-2099).
func isYearValue(digits string) bool {
	if utf8.RuneCountInString(digits) != 4 {
		return false
	}
	v, _, ok := arabic(digits, 0)
	return ok && v >= 1900 && v < 2100 && v == math.Trunc(v)
}
