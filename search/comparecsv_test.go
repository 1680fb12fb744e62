package search

import (
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/govreport/govreport/compare"
)

// readCompareCSV writes table of r and reads it back, header first.
func readCompareCSV(t *testing.T, r *compare.Report, table string) [][]string {
	t.Helper()
	var b strings.Builder
	if err := WriteCompareCSV(&b, r, "old1", "new1", table); err != nil {
		t.Fatalf("WriteCompareCSV(%q): %v", table, err)
	}
	if !strings.HasPrefix(b.String(), BOM) {
		t.Errorf("table %q: no byte-order mark: a spreadsheet would read it in the local code page", table)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), BOM))).ReadAll()
	if err != nil {
		t.Fatalf("table %q: %v", table, err)
	}
	return recs
}

// column returns the cell of row under the header's name.
func column(t *testing.T, recs [][]string, row int, name string) string {
	t.Helper()
	for k, h := range recs[0] {
		if h == name {
			return recs[row][k]
		}
	}
	t.Fatalf("no column %q in %v", name, recs[0])
	return ""
}

// TestCompareCSV takes a comparison to a spreadsheet (a fictional bureau's
// plans): a row a pair with its changes marked in context, the figures
// whole with their units and qualifiers, the new and dropped terms, every
// row naming the two documents.
func TestCompareCSV(t *testing.T) {
	long := strings.Repeat("巩固", 40) // unchanged text far from any change
	r := &compare.Report{
		Pairs: []compare.Pair{
			{Status: compare.Changed, Similarity: 0.8, Renamed: true,
				From: &compare.SectionRef{ID: "old1-003", Heading: "（二）深化教师管理改革", Path: []string{"二、建设教师队伍"}},
				To:   &compare.SectionRef{ID: "new1-004", Heading: "（二）深化“县管校聘”管理改革", Path: []string{"二、建设教师队伍"}},
				Diff: []compare.Op{{Op: "equal", Text: "交流轮岗比例不低于"}, {Op: "delete", Text: "15"}, {Op: "insert", Text: "20"},
					{Op: "equal", Text: "%，" + long + "。"}, {Op: "delete", Text: "，", Ignored: true}, {Op: "insert", Text: ",", Ignored: true}, {Op: "equal", Text: "白塔县"}}},
			{Status: compare.Unchanged, Similarity: 1,
				From: &compare.SectionRef{ID: "old1-004", Heading: "（三）提升教师能力"}, To: &compare.SectionRef{ID: "new1-005", Heading: "（三）提升教师能力"},
				Diff: []compare.Op{{Op: "equal", Text: "全员培训。"}}},
			{Status: compare.Removed, From: &compare.SectionRef{ID: "old1-005", Heading: "=（四）开展主题教育"},
				Diff: []compare.Op{{Op: "delete", Text: "=（四）开展主题教育\n深入开展主题教育。"}}},
		},
		Summary: compare.Summary{ChangedNumbers: []compare.NumberChange{{
			From: "3.9万亿元", To: "4.4万亿元左右", Unit: "元", Indicator: "教育经费总投入",
			OldSentence: "教育经费总投入3.9万亿元。", Sentence: "教育经费总投入4.4万亿元左右。",
			Section: compare.SectionRef{ID: "new1-002", Heading: "（一）保障经费"}, OldSection: &compare.SectionRef{ID: "old1-002", Heading: "（一）保障经费"},
		}}},
		NewTerms:     []compare.Term{{Text: "教育家精神", Count: 2, Headings: []string{"", "（一）加强师德师风建设"}, Sections: []string{"new1-000", "new1-009"}}},
		DroppedTerms: []compare.Term{{Text: "主题教育", Count: 1, Headings: []string{"（四）开展主题教育"}, Sections: []string{"old1-005"}}},
	}

	pairs := readCompareCSV(t, r, "")
	if len(pairs) != 4 {
		t.Fatalf("pairs: %d records, want a header and 3 pairs", len(pairs))
	}
	changes := column(t, pairs, 1, "changes")
	if !strings.Contains(changes, "[-15-]{+20+}%，") || !strings.Contains(changes, "…") || strings.Contains(changes, long) {
		t.Errorf("changes of a changed pair = %q, want the figure marked [-15-]{+20+} and the long unchanged text cut to its context", changes)
	}
	if strings.Contains(changes, "[-，-]") || !strings.HasSuffix(changes, ",白塔县") {
		t.Errorf("changes = %q: a difference of punctuation the options ignore reads as the new text, unmarked", changes)
	}
	if got := column(t, pairs, 1, "renamed") + "|" + column(t, pairs, 1, "old_heading") + "|" + column(t, pairs, 1, "new_path"); got != "yes|（二）深化教师管理改革|二、建设教师队伍" {
		t.Errorf("renamed|old_heading|new_path = %q", got)
	}
	if got := column(t, pairs, 2, "changes"); got != "" {
		t.Errorf("an unchanged pair's changes = %q, want none", got)
	}
	if got := column(t, pairs, 3, "old_heading"); got != "'=（四）开展主题教育" {
		t.Errorf("a heading a spreadsheet would run as a formula = %q, want it behind an apostrophe", got)
	}
	for k := 1; k < len(pairs); k++ {
		if column(t, pairs, k, "from_doc_id") != "old1" || column(t, pairs, k, "to_doc_id") != "new1" {
			t.Errorf("pair row %d does not name the two documents: %v", k, pairs[k])
		}
	}

	nums := readCompareCSV(t, r, "numbers")
	if len(nums) != 2 || column(t, nums, 1, "old") != "3.9万亿元" || column(t, nums, 1, "new") != "4.4万亿元左右" ||
		column(t, nums, 1, "sentence") != "教育经费总投入4.4万亿元左右。" || column(t, nums, 1, "old_section_id") != "old1-002" {
		t.Errorf("numbers = %q, want the figures whole, their qualifier and sentences, and both sections", nums)
	}

	terms := readCompareCSV(t, r, "terms")
	if len(terms) != 3 || column(t, terms, 1, "change") != "new" || column(t, terms, 2, "change") != "dropped" ||
		column(t, terms, 1, "headings") != "（开头）；（一）加强师德师风建设" {
		t.Errorf("terms = %q, want the new term then the dropped one, the opening named （开头）", terms)
	}

	if err := WriteCompareCSV(&strings.Builder{}, r, "old1", "new1", "figures"); !errors.Is(err, ErrBadQuery) {
		t.Errorf("table figures: %v, want ErrBadQuery", err)
	}
}

func TestCutCell(t *testing.T) {
	s := strings.Repeat("教", maxCellRunes+5)
	got := cutCell(s)
	if n := len([]rune(got)); n != maxCellRunes || !strings.HasSuffix(got, "…") {
		t.Errorf("cutCell of %d characters: %d characters, ends %q; want %d ending in …", maxCellRunes+5, n, string([]rune(got)[n-1:]), maxCellRunes)
	}
	if short := "教育"; cutCell(short) != short {
		t.Errorf("cutCell(%q) = %q", short, cutCell(short))
	}
}
