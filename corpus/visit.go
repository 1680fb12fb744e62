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

// visitSentenceEnds are the runes that end a sentence of a story.
const visitSentenceEnds = "。！？!?\n"

// visitMasked returns text with every mention of the other party of a
// visit it tells blanked (spaces for its bytes): the places named before
// the arrival in a sentence of the host's (hostViewRe), and those named
// between the departure and the visit's purpose in a sentence of the
// visitor's (visitorViewRe). text is returned as it is when it tells of
// no visit, or names no place of the other party.
func visitMasked(text string) string {
	if !strings.Contains(text, "来") && !strings.Contains(text, "莅临") && !strings.Contains(text, "赴") &&
		!strings.Contains(text, "前往") && !strings.Contains(text, "到") {
		return text
	}
	st := Simplify(text) // (offset for offset)
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
		if loc := hostViewRe.FindStringIndex(s); loc != nil && !strings.HasPrefix(s[loc[1]:], "说") && !strings.HasPrefix(s[loc[1]:], "自") {
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
	if loc := hostViewRe.FindStringIndex(t); loc != nil && !strings.HasPrefix(t[loc[1]:], "说") && !strings.HasPrefix(t[loc[1]:], "自") {
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
