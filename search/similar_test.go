package search

import (
	"fmt"
	"strings"
	"testing"
)

func TestAlign(t *testing.T) {
	a := "今年新建学校12所。坚持立德树人根本任务，深入推进教育现代化。其他内容完全不同。"
	b := "开头不一样的话。坚持立德树人根本任务，深入推进教育现代化。结尾也不一样。"
	passages, covered := align(a, contentTokens(a), b, contentTokens(b))
	if len(passages) != 1 {
		t.Fatalf("align: passages %+v, want one", passages)
	}
	p := passages[0]
	if p.Text != "坚持立德树人根本任务，深入推进教育现代化" || a[p.Start:p.End] != p.Text || b[p.OtherStart:p.OtherEnd] != p.Text {
		t.Errorf("align: passage %+v, want the shared sentence at matching offsets", p)
	}
	if covered < 15 {
		t.Errorf("align: covered %d characters, want at least 15", covered)
	}
}

// TestAlignAcrossChangedWord checks that a passage reused with one word
// changed is found as one passage, not two pieces or none.
func TestAlignAcrossChangedWord(t *testing.T) {
	a := "开头的话。坚持立德树人根本任务，深入推进县域教育现代化建设，办好人民满意教育。结尾。"
	b := "另一段话。坚持立德树人根本任务，全面推进县域教育现代化建设，办好人民满意教育。收尾。"
	passages, covered := align(a, contentTokens(a), b, contentTokens(b))
	if len(passages) != 1 {
		t.Fatalf("align: passages %+v, want one across the changed word", passages)
	}
	p := passages[0]
	if !strings.HasPrefix(p.Text, "坚持立德树人") || !strings.HasSuffix(p.Text, "满意教育") {
		t.Errorf("align: passage %q, want 坚持立德树人…满意教育", p.Text)
	}
	if got := b[p.OtherStart:p.OtherEnd]; !strings.Contains(got, "全面推进") {
		t.Errorf("align: other side %q, want it to hold 全面推进", got)
	}
	if covered < 25 {
		t.Errorf("align: covered %d characters, want at least 25", covered)
	}
}

func TestTopCandidates(t *testing.T) {
	counts := map[uint32]int{7: 2, 3: 5, 9: 1, 4: 2, 1: 2, 8: 5}
	for _, c := range []struct {
		need, limit int
		want        string
	}{
		{2, 10, "[3 8 1 4 7]"}, // the most wordings first, ties in slot order
		{2, 3, "[3 8 1]"},
		{1, 10, "[3 8 1 4 7 9]"},
		{6, 10, "[]"},
	} {
		if got := fmt.Sprint(TopCandidates(counts, c.need, c.limit)); got != c.want {
			t.Errorf("TopCandidates(%v, %d, %d) = %s, want %s", counts, c.need, c.limit, got, c.want)
		}
	}
}
