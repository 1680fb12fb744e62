package embedded

import (
	"context"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// TestSearch_WordingAsWritten checks the promise of a quoted search: every
// report that says the words is found, however its file writes them. Four
// fictional county reports say the same three things; each writes them its
// own way (quotation marks, the zero of a year, a footnote reference, a
// hard wrap, spaces between characters, fullwidth digits, traditional
// characters), and every way of typing each wording finds all four.
func TestSearch_WordingAsWritten(t *testing.T) {
	s := readFiles(t, map[string]string{
		"yunxi.txt": "云溪县人民政府2026年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、2025年工作回顾\n" +
			"全面落实“双减”政策，课后服务全覆盖。建成5G基站120个。\n二、2026年重点工作\n（一）面向二〇三五年远景目标。\n推动“零工驿站”[1]提质扩面。\n",
		"lancang.txt": "澜沧湾县人民政府2026年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、2025年工作回顾\n" +
			"全面落实「双减」政策，课后服务全覆盖。建成５Ｇ基站１２０个。\n二、2026年重点工作\n（一）面向二○三五年远景目标。\n推动「零工驿站」［2］提质扩面。\n",
		"shiqiao.txt": "石桥县人民政府2026年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、2025年工作回顾\n" +
			"全面落实'双减'政策，课后服务全覆盖。建成 5G 基站 1 2 0 个。\n二、2026年重点工作\n（一）面向二零三五年远景目标。\n推动\"零工\n驿站\"提质扩面。\n",
		"qinglan.txt": "青嵐縣人民政府2026年政府工作報告\n各位代表：\n現在，我代表縣人民政府，向大會報告工作。\n一、2025年工作回顧\n" +
			"全面落實‘雙減’政策，課後服務全覆蓋。建成5Ｇ基站120個。\n二、2026年重點工作\n（一）面向二〇三五年遠景目標。\n推動『零工驛站』[3]提質擴面。\n",
	})
	for _, q := range []string{
		`"“双减”政策"`, `"「雙減」政策"`, `"'双减'政策"`, `"双减"`,
		`"5G基站120个"`, `"５Ｇ基站１２０个"`,
		`"二〇三五年"`, `"二零三五年"`, `"二○三五年"`,
		`"“零工驿站”提质"`, `"『零工驛站』[1]提質"`, `"零工驿站"`,
	} {
		findsAll(t, s, q, 4)
	}
	// A zero that is a blank or a bullet is no zero.
	res, err := s.Search(context.Background(), search.Request{Query: `"零基础"`, Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 0 {
		t.Errorf(`Search("零基础") = %d hits, want none`, res.Total)
	}
}

// TestSearch_DashesDotsZeros checks that quoted wording finds a dash, a
// middle dot and a typed year's zero however the file writes them, and
// marks them in the snippet.
func TestSearch_DashesDotsZeros(t *testing.T) {
	s := readFiles(t, map[string]string{
		"qingchuan.txt": "青川市二〇〇九年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、二〇〇八年工作回顾\n" +
			"开通青川—白塔城际公交。举办“山水青川·茶香白塔”文化节。\n",
		"baita.txt": "白塔县二00九年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、二00八年工作回顾\n" +
			"开通青川－白塔城际公交。举办“山水青川・茶香白塔”文化节。\n",
		"liuxi.txt": "柳溪县二OO九年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、二OO八年工作回顾\n" +
			"开通青川―白塔城际公交。举办“山水青川•茶香白塔”文化节。\n",
	})
	for _, q := range []string{
		`"青川-白塔城际"`, `"青川—白塔城际"`, `"青川－白塔城际"`,
		`"山水青川·茶香白塔"`, `"山水青川・茶香白塔"`,
		`"二〇〇八年工作回顾"`, `"二零零八年"`, `"二00八年"`,
	} {
		findsAll(t, s, q, 3)
	}
}

// readFiles returns a searcher of a new index of the files (name and
// text), each read as ingest reads it.
func readFiles(t *testing.T, files map[string]string) *Searcher {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var docs []*corpus.Document
	for name, text := range files {
		d, err := corpus.Read(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := ix.Add(docs...); err != nil {
		t.Fatal(err)
	}
	return NewSearcher(ix)
}

// findsAll checks that quoted query q finds all n reports of s, each with
// a snippet that marks what it found.
func findsAll(t *testing.T, s *Searcher, q string, n int) {
	t.Helper()
	res, err := s.Search(context.Background(), search.Request{Query: q, Size: 10, Group: "document"})
	if err != nil {
		t.Fatalf("Search(%s): %v", q, err)
	}
	if res.Total != n {
		t.Errorf("Search(%s) finds %d reports, want all %d", q, res.Total, n)
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Snippet, "<mark>") {
			t.Errorf("Search(%s): snippet of %s marks nothing: %q", q, h.DocID, h.Snippet)
		}
	}
}
