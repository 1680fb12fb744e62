package index

import "testing"

func TestCollectionFreq(t *testing.T) {
	ix, _ := openTemp(t)
	err := ix.Add(
		doc("a", "明湖市", 2023, "一、专项债券", "争取专项债券额度12亿元，推进重点项目建设。", "二、教师队伍", "推进教师队伍建设。"),
		doc("b", "望川县", 2023, "一、乡村振兴", "推进乡村振兴，发展特色产业。", "二、低空经济", "培育低空经济新业态，推进通用机场建设。"),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		term       string
		sdf, ddf   int // want
		upperBound bool
	}{
		{"推进", 4, 2, false},
		{"债券", 1, 1, false},
		{"ＢＣ", 0, 0, false}, // folded first, found nowhere
		{"低空经济", 1, 1, true},
		{"专项经济", 0, 0, true}, // bigrams each somewhere, the wording nowhere
	} {
		df, n := ix.SectionFreq(c.term)
		if n != 4 {
			t.Errorf("SectionFreq(%q): %d sections in all, want 4", c.term, n)
		}
		if df != c.sdf && !(c.upperBound && df >= c.sdf) {
			t.Errorf("SectionFreq(%q) = %d, want %d", c.term, df, c.sdf)
		}
		df, n = ix.DocFreq(c.term)
		if df != c.ddf || n != 2 {
			t.Errorf("DocFreq(%q) = %d, %d, want %d, 2", c.term, df, n, c.ddf)
		}
	}
}
