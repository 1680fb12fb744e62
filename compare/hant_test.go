package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// traditional returns s written in traditional characters: each
// simplified character that some traditional one folds to (corpus.
// SimplifiedRune) is replaced by the first such character, as a site that
// publishes in traditional characters would print it.
func traditional(s string) string {
	back := map[rune]rune{}
	for r := rune(0x3400); r < 0xa000; r++ {
		if f := corpus.SimplifiedRune(r); f != r {
			if _, ok := back[f]; !ok {
				back[f] = r
			}
		}
	}
	return strings.Map(func(r rune) rune {
		if t, ok := back[r]; ok {
			return t
		}
		return r
	}, s)
}

// TestTraditionalAlignsAsSimplified compares two years of a sample report
// with the same two years published in traditional characters: the
// sections pair alike, with the same statuses (a reader folds the
// characters for its rules, and so must the weighing of sections).
func TestTraditionalAlignsAsSimplified(t *testing.T) {
	for _, sp := range samplePairs {
		traditionalPair(t, sp)
	}
}

func traditionalPair(t *testing.T, sp [2]string) {
	a, b := readSample(t, sp[0]), readSample(t, sp[1])
	want := pairsOf(Compare(a, b, Options{}))
	ha, err := corpus.Read(sp[0], []byte(traditional(a.Body)))
	if err != nil {
		t.Fatal(err)
	}
	hb, err := corpus.Read(sp[1], []byte(traditional(b.Body)))
	if err != nil {
		t.Fatal(err)
	}
	got := pairsOf(Compare(ha, hb, Options{}))
	if got != want {
		t.Errorf("%s -> %s, traditional pairs:\n%s\nwant (as simplified):\n%s", sp[0], sp[1], got, want)
	}
}

// pairsOf lists a comparison's pairs by section ordinals and status.
func pairsOf(r *Report) string {
	var b strings.Builder
	for _, p := range r.Pairs {
		fmt.Fprintf(&b, "%s %s => %s\n", p.Status, ordinalOf(p.From), ordinalOf(p.To))
	}
	return b.String()
}

func ordinalOf(s *SectionRef) string {
	if s == nil {
		return "-"
	}
	return s.ID[strings.LastIndex(s.ID, "-")+1:]
}

// TestTraditionalPartsReadAsSimplified prepares a report whose parts name
// their years in words (过去五年, 今后五年) and in digits, in simplified and
// in traditional characters: the years each heading stands for and the
// review and plan parts come out alike.
func TestTraditionalPartsReadAsSimplified(t *testing.T) {
	lines := []string{
		"0||各位代表：现在，我代表县人民政府向大会报告工作。",
		"1|一、过去五年工作回顾|过去五年，青禾县经济总量跨上新台阶，城乡面貌发生深刻变化。",
		"2|（一）产业结构持续优化|新建工业园区两个，引进项目六十个。",
		"1|二、今后五年的奋斗目标|今后五年，我们将建设现代化县城，发展壮大特色产业。",
		"1|三、2034年重点工作|做好今年工作，要坚持稳中求进。",
		"2|（一）扩大有效投资|实施重点项目一百个，完成投资八十亿元。",
	}
	simp := build("qh", lines...)
	simp.Year = 2034
	trad := build("qh", strings.Split(traditional(strings.Join(lines, "\n")), "\n")...)
	trad.Year = 2034
	ps, pt := prepare(simp), prepare(trad)
	for i := range ps {
		s, h := ps[i], pt[i]
		if fmt.Sprint(s.years, s.back, s.plan, s.ahead) != fmt.Sprint(h.years, h.back, h.plan, h.ahead) {
			t.Errorf("%s: years %v back %v plan %v ahead %v, want as %s: %v %v %v %v", h.s.Heading, h.years, h.back, h.plan, h.ahead,
				s.s.Heading, s.years, s.back, s.plan, s.ahead)
		}
	}
}
