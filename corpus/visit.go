package corpus

// The other party of a visit
//
// A story of a visit names two places: the host's and the visitor's. The
// page is one side's, and the words of the visit say which. The host
// writes that the others came (某县考察团一行来我市考察, 某市某局局长一行来
// 某县调研, 某县考察团莅临某县): coming and 莅临 look from where the guests
// arrive. The visitor writes that it went (县委书记某某率队赴某县考察,
// 某县县长率代表团前往某市): 赴 and 前往 look from where they set out. So
// the visitor's places in the host's story, and the host's in the
// visitor's, are the other party's: counting them makes a page the guest's
// (余杭区农业局来咸考察 read as 余杭区) or the place it toured (a county's
// delegation to two cities read as their prefecture).
//
// visitMasked blanks every mention of the other party's places, full or
// short, before the region of a news page is inferred from its text; the
// page's own place is then what is left, or what it calls itself (我市).
// visitHeadlinePlace reads a headline of a visit the same way. The verbs
// and the words of a party (一行, 考察团, 代表团) are listed: no shape tells
// a visit from other news, and they are the few words such stories use.

import (
	"strings"
	"unicode/utf8"
)

var (
	// hostViewRe matches a party arriving, as its host writes it: the
	// party's word (一行, 考察团, 工作组, a bureau) and 来/来到/莅临, or
	// 来/莅临 before 我县 (我市, 我区).
	hostViewRe = mustLitRe(`(?:一行|团|组|局)(?:[0-9一二三四五六七八九十]+人)?(?:专程|先后|近日)?(?:来到|莅临|来)|(?:来到|莅临|来)(?:我|本)(?:县|市|区|旗|州)`)
	// visitorViewRe matches a party setting out, as the visitor writes
	// it: led by someone (率, 带领) and then 赴, 前往 or 到, the host after.
	visitorViewRe = mustLitRe(`(?:率领|带领|率队|带队|率)[^，。；,;]{0,24}?[，,]?(?:赴|前往|到)`)
	// visitPurposeRe matches what a visit is for; a sentence without one
	// (对集团来说, 未来) tells of no visit.
	visitPurposeRe = mustLitRe(`考察|调研|观摩|参观|交流|检查|指导|督导|督查|慰问|采访|走访|对接|学习|协作|帮扶|对口`)
	// hostEndRe matches where the host's name ends after 赴 or 到: the
	// purpose of the visit or the end of the clause.
	hostEndRe = mustLitRe(`考察|调研|观摩|参观|交流|开展|学习|对接|指导|[，。；,;]`)
)

// arrival reports whether rest, the text after a match of hostViewRe,
// leaves it an arrival: 来 of 来说, 来看, 来讲 (对集团来说, 从全局来看),
// 来自, 来源 and 来往 is not one.
func arrival(rest string) bool {
	for _, w := range []string{"说", "看", "讲", "自", "源", "往"} {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	return true
}

// visitSentenceEnds are the runes that end a sentence of a story.
const visitSentenceEnds = "。！？!?\n"

// visitMasked returns text with every mention of the other party of a
// visit it tells blanked (spaces for its bytes): the places named before
// the arrival in a sentence of the host's (hostViewRe), and those named
// between the departure and the visit's purpose in a sentence of the
// visitor's (visitorViewRe). text is returned as it is when it tells of
// no visit, or names no place of the other party.
func visitMasked(text string) string {
	st := Simplify(text) // (offset for offset)
	if !strings.Contains(st, "来") && !strings.Contains(st, "莅临") && !strings.Contains(st, "赴") &&
		!strings.Contains(st, "前往") && !strings.Contains(st, "到") {
		return text
	}
	other := map[string]bool{}
	collect := func(part string) {
		walkPlaces(part, func(p place) { other[p.name] = true })
	}
	for rest := st; rest != ""; {
		end := strings.IndexAny(rest, visitSentenceEnds)
		s := rest
		if end >= 0 {
			s, rest = rest[:end], rest[end:]
			_, n := utf8.DecodeRuneInString(rest)
			rest = rest[n:]
		} else {
			rest = ""
		}
		if !visitPurposeRe.MatchString(s) {
			continue
		}
		if loc := hostViewRe.FindStringIndex(s); loc != nil && arrival(s[loc[1]:]) {
			collect(s[:loc[0]])
			continue
		}
		if loc := visitorViewRe.FindStringIndex(s); loc != nil {
			host := s[loc[1]:]
			if e := hostEndRe.FindStringIndex(host); e != nil {
				host = host[:e[0]]
			}
			collect(host)
		}
	}
	if len(other) == 0 {
		return text
	}
	b := []byte(text)
	walkPlaceSpans(st, func(p place, i, j int) {
		if other[p.name] {
			for k := i; k < j; k++ {
				b[k] = ' '
			}
		}
	})
	return string(b)
}

// visitHeadlinePlace reports whether title (in either script) tells of a
// visit (see above), and the place of the side whose page it is: the
// host named after the arrival (某县考察团莅临某县: the second), or the
// visitor named before its departure (某县县长率团赴某市: the first), ""
// when that side is not named in full (某局来我县, 某局来咸).
func visitHeadlinePlace(title string) (string, bool) {
	t := Simplify(strings.TrimSpace(title))
	if !visitPurposeRe.MatchString(t) && !strings.Contains(t, "莅临") {
		return "", false
	}
	if loc := hostViewRe.FindStringIndex(t); loc != nil && arrival(t[loc[1]:]) {
		return partyPlace(t[loc[1]:]), true
	}
	if loc := visitorViewRe.FindStringIndex(t); loc != nil {
		return partyPlace(t[:loc[0]]), true
	}
	return "", false
}

// partyPlace returns the place a party's words open with, named in full,
// the last of a chain (加查县 of 西藏山南市加查县考察团): one the gazetteer
// knows, or a full name it does not (a fictional place, taken as it is);
// "" for none (我县, 市农业局).
func partyPlace(s string) string {
	if p := namedPlace(s); p != "" {
		return p
	}
	places := placeRe.FindAllString(placeChainRe.FindString(s), -1)
	if len(places) == 0 {
		return ""
	}
	last := places[len(places)-1]
	if lookupPlace(last) != nil {
		return last
	}
	if _, ok := unknownPlace(last); ok {
		return last
	}
	return ""
}

// Where a story was filed
//
// A reporter's credit (记者某某／某县报导, 【记者某某/某某报导】, 记者:某某 /
// 某某县 报导) and an agency's dateline (中央社／某某县1日电) say where the
// story was filed, by the place's full name or its short one. A local
// story is of that place; the credit alone does not make it so (a
// reporter in the capital files national news), so the text must name the
// place in full too. The full name is the region even when the gazetteer
// does not know it: Taiwan's counties (苗栗县, 屏东县) are not in it, and a
// page of one gets the county as it is named, simplified, with no province
// or prefecture, as a fictional or renamed place does (PlaceChain gives
// none): the facets count it under its own name and under no province.

// creditPlaceRe matches a reporter's credit or an agency's dateline that
// names a place, in simplified characters: group 1 is the place after the
// credit's slash, full or short; group 2 the run before the dateline's day,
// the reporter's name (中央社记者某某) and the place run together.
var creditPlaceRe = mustLitRe(`记者[：:\s]*\p{Han}{2,4}\s*[／/]\s*(\p{Han}{2,6}?)\s*报[导道]|(?:中央社|新华社|中新社)\s*[／/]?\s*(\p{Han}{2,12}?)\s*\d{1,2}日电`)

// creditPlace returns the place a story's credit or dateline in head names
// (creditPlaceRe) when text names it in full (某某县, 某某市) outside the
// credit: the full name the text uses most with that stem, a place of the
// gazetteer or one it does not know; "" when there is no such credit or
// text does not name the place in full. A dateline's run holds the
// reporter's name before the place (中央社记者某某某某县): of its tails, the
// longest the gazetteer knows, else the shortest it does not.
func creditPlace(head, text string) string {
	m := creditPlaceRe.FindStringSubmatch(Simplify(head))
	if m == nil {
		return ""
	}
	text = Simplify(text)
	if m[1] != "" {
		return fullNameOf(m[1], text, m[0])
	}
	runes := []rune(m[2])
	unknown := ""
	for i := 0; i+2 <= len(runes); i++ {
		p := fullNameOf(string(runes[i:]), text, m[0])
		if p == "" || strings.Contains(p, "记者") {
			continue
		}
		if lookupPlace(p) != nil {
			return p
		}
		unknown = p
	}
	return unknown
}

// fullNameOf returns the full name text uses most, beyond its times in
// credit, for the place whose name or short name is name (屏东, 屏东县);
// "" when text holds none, or the one it holds is shared by several places
// of the gazetteer.
func fullNameOf(name, text, credit string) string {
	stem := name
	for _, u := range []string{"自治县", "自治州", "县", "市", "区", "旗"} {
		stem = strings.TrimSuffix(stem, u)
	}
	if utf8.RuneCountInString(stem) < 2 {
		return ""
	}
	best, most := "", 0
	for _, u := range []string{"县", "市", "区", "旗"} {
		full := stem + u
		n := strings.Count(text, full) - strings.Count(credit, full)
		if n <= 0 {
			continue
		}
		if _, ok := unknownPlace(full); !ok && lookupPlace(full) == nil {
			continue
		}
		if n > most {
			best, most = full, n
		}
	}
	if ds := lookupPlace(best); len(ds) > 1 {
		return "" // a name several places share (朝阳区)
	}
	return best
}
