package analysis

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// TestRankCutIsWholeCut checks EachRankTermCut against the cut of the text
// whole (AppendTokensNoHMM, the term finder's) on the fixtures' and the
// sample corpus's paragraphs, each the text of a section after a heading,
// and on random text of Han characters, digits, letters and sentence
// ends: every cut it gives is the whole cut, word for word, and it gives
// one for every text in simplified characters; its terms are
// EachRankTerm's. A third of the paragraphs have a tie between two routes
// (留 得住, 留得 住), which a cut of the sentences alone may break the
// other way.
func TestRankCutIsWholeCut(t *testing.T) {
	if err := LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	if !cutsJoin(seg.Dict) {
		t.Fatal("cutsJoin: a dictionary word holds a sentence's end: no cut is shared")
	}
	var files []string
	for _, pat := range []string{"../embedded/testdata/corpus/*.txt", "../corpus/testdata/*/*.txt", "../corpus/sample/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	r := rand.New(rand.NewSource(1))
	runes := []rune("发展经济新质生产力低空教育强市数字化转型乡村振兴建设。！？；，、1234abcAB \n")
	for range 300 {
		var sb strings.Builder
		for range r.Intn(200) {
			sb.WriteRune(runes[r.Intn(len(runes))])
		}
		texts = append(texts, sb.String())
	}
	shared, all, trad := 0, 0, 0
	for _, text := range texts {
		heading := "一、明湖市的工作"
		full := heading + "\n" + text
		var got, want []string
		lens := EachRankTermCut(full, len(heading)+1, func(term string, _, _ int) { got = append(got, term) })
		EachRankTerm(full, func(term string, _, _ int) { want = append(want, term) })
		if !slices.Equal(got, want) {
			t.Fatalf("%q: EachRankTermCut's terms %q, EachRankTerm's %q", full, got, want)
		}
		if text == "" {
			continue
		}
		all++
		if corpus.Simplify(text) != text {
			trad++
		}
		if lens == nil {
			continue
		}
		shared++
		cut, whole := AppendCutTokens(nil, text, lens), AppendTokensNoHMM(nil, text)
		if !slices.Equal(cut, whole) {
			t.Fatalf("%q: the sentences' cut %v, the whole cut %v", text, cut, whole)
		}
	}
	t.Logf("%d of %d texts' cuts shared, %d in traditional characters", shared, all, trad)
	if shared+trad != all {
		t.Errorf("%d of %d texts' cuts shared, %d in traditional characters: all others should be", shared, all, trad)
	}
}

// TestRankCutNotShared checks the texts whose cut is not given: one
// written in traditional characters (the ranking cuts its simplified
// form), a start that is no sentence's, an empty text.
func TestRankCutNotShared(t *testing.T) {
	if err := LoadSegmenter(); err != nil {
		t.Fatal(err)
	}
	none := func(string, int, int) {}
	for _, c := range []struct {
		text string
		from int
	}{
		{"標題\n雙減政策落實", len("標題\n")},
		{"明湖市推进教育强市建设", len("明湖市")},
		{"明湖市\n", len("明湖市\n")},
	} {
		if lens := EachRankTermCut(c.text, c.from, none); lens != nil {
			t.Errorf("EachRankTermCut(%q, %d) = %v, want none", c.text, c.from, lens)
		}
	}
}
