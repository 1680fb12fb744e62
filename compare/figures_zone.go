package compare

// A zone's figures
//
// A city's report gives some figures of the whole city and some of one
// zone in it, a development zone or a cooperation zone named after a
// place (云溪实际利用外资200亿元 beside the city's 实际利用外资600亿元):
// the zone's figure is a part of the place's, never the place's changed.
// The names alone cannot tell: they share every character pair but the
// zone's. What tells is the report itself, which names the zone in full
// somewhere (加快建设云溪科技合作区): a qualifier in one figure's name
// only, whose first two letters open a zone's name in that figure's
// document, marks a zone's figure. Qualifiers of another kind (货物进出口
// 总额, 规模以上工业增加值) are left to the weights: where both kinds are
// said they pair with their own, where one only is said it is the other's
// change.
//
// The report's own place is no zone of itself (海拉尔机场年旅客吞吐量 in
// 海拉尔区's report is the district's airport, and 海拉尔农业发展园区 does
// not make it a zone's): a qualifier that opens with the two first
// letters of either document's region is not read as a zone.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
)

// zoneWords end the name of a zone inside a place: development,
// cooperation, trial and bonded zones, industrial parks and the parts of
// a new district. A list, because these are the words the zones are
// named by; the name before them is the zone's own.
var zoneWords = []string{"合作区", "开发区", "新区", "园区", "试验区", "实验区", "示范区", "先行区", "自贸区", "保税区", "高新区", "片区"}

// paragraphZones sets the zones of each of figs, the figures of section
// text s: those its paragraph names (zoneKeys). The zone is read from the
// paragraph only: a report that gives a zone's figure says which zone
// around it (加快建设云溪科技合作区，…，云溪实际利用外资200亿元以上), and
// a zone word elsewhere (境外经贸合作园区) says nothing of the words that
// open a figure's name in another paragraph (新增境外旅客…商店50家).
func paragraphZones(s string, figs []fig, own []string) {
	para, keys := -1, []string(nil)
	for k := range figs {
		start := strings.LastIndexByte(s[:figs[k].start], '\n') + 1
		if start != para {
			para = start
			end := strings.IndexByte(s[start:], '\n')
			if end < 0 {
				end = len(s) - start
			}
			keys = zoneKeys(s[start:start+end], own)
		}
		figs[k].zones = keys
	}
}

// zoneKeys returns the first two letters of the names of the zones s
// names (云溪 for 加快建设云溪科技合作区): the letters before a zone
// word, back to the first that is not a Han character (at most 16),
// without the words up to and including the last verb, adverb,
// preposition, conjunction or level word among them, or the last word
// that says work was done (加快建设, 新建, 国家级), when two or more
// letters are left and they are not one common noun (产业园区 is a kind
// of zone). A region of own is never a key.
func zoneKeys(s string, own []string) []string {
	var keys []string
	for _, w := range zoneWords {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			j := i
			for n := 0; j > 0 && n < 16; n++ {
				r, size := utf8.DecodeLastRuneInString(s[:j])
				if !unicode.Is(unicode.Han, r) {
					break
				}
				j -= size
			}
			name := s[j:i]
			cut := 0
			for _, t := range analysis.AppendTokensNoHMM(nil, name) {
				w := name[t.Start:t.End]
				_, _, pos := analysis.DictFreq(w)
				if pos != "" && strings.ContainsRune("vdpcb", rune(pos[0])) || slices.Contains(doneWords, w) || slices.Contains(addedWords, w) {
					// 加快建设雁汀科技, 新建产业, 国家级经济: the zone's
					// name follows the last verb or level word
					cut = t.End
				}
			}
			name = name[cut:]
			if ts := analysis.AppendTokensNoHMM(nil, name); len(ts) == 1 {
				if _, _, pos := analysis.DictFreq(name); pos == "n" {
					continue // 产业园区, 物流园区: a kind of zone, no zone's name
				}
			}
			if rs := []rune(name); len(rs) >= 2 && !ownPlace(string(rs[:2]), own) && !slices.Contains(keys, string(rs[:2])) {
				keys = append(keys, string(rs[:2]))
			}
		}
	}
	return keys
}

// ownPlace reports whether key opens one of the regions in own.
func ownPlace(key string, own []string) bool {
	for _, o := range own {
		if o != "" && strings.HasPrefix(o, key) {
			return true
		}
	}
	return false
}

// qualifier returns the letters of name a before its first character
// pair that b's name has too: what a says of the thing that b does not
// (云溪 in 云溪实际利用外资 against 实际利用外资). It returns nil when a
// shares no pair with b or opens with a shared one.
func qualifier(a, b []rune) []rune {
	other := pairSet(b)
	for k := 1; k < len(a); k++ {
		if other[[2]rune{a[k-1], a[k]}] {
			return a[:k-1]
		}
	}
	return nil
}

// zonePart reports whether b is a zone's figure and a the place's (see
// the design note above): b's name opens with a qualifier a's lacks,
// whose first two letters open the name of a zone b's paragraph names,
// and a's sentence names that zone nowhere up to a's clause (雁汀实施…，
// 其“伙伴计划”累计引进85家企业 is the zone's too).
func zonePart(a, b fig) bool {
	q := qualifier(b.name, a.name)
	if len(q) < 2 || !slices.Contains(b.zones, string(q[:2])) {
		return false
	}
	if qa := qualifier(a.name, b.name); len(qa) >= 2 && string(qa[:2]) == string(q[:2]) {
		return false
	}
	return !alike(q[:2], a.said)
}
