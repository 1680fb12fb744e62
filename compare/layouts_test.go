package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/govreport/govreport/corpus"
)

// layoutsDir holds fictional imitations of the layouts of the State
// Council's reports of 2016-2026 and of provincial and municipal reports
// of 2025 and 2026 (corpus.TestReadLayouts reads each of them).
const layoutsDir = "../corpus/testdata/layouts"

// layoutPairs are consecutive reports of one place in those layouts, and
// what a reader pairs in them.
var layoutPairs = []struct{ old, new, note string }{
	{"state-council-2020.txt", "state-council-2021.txt",
		"The short report of 2020 (the year's goals and each task a part of its own) and a plan year's (a 十四五 part, then the\nyear's tasks part, which opens with the goals, and its items): the goals part pairs with the tasks part, the task\nparts with its items, the 十四五 part and its items are added."},
	{"state-council-2024.txt", "state-council-2025.txt",
		"Two years of the State Council's three parts (review, 总体要求和政策取向, 政府工作任务), items renamed and reordered,\ntwo added: review items pair with review items, tasks with tasks."},
	{"state-council-2025.txt", "state-council-2026.txt",
		"A plan year's report puts a 十五五 part between the review and the year's two parts: it is added with its items,\nwhich resemble the year's tasks; the tasks still pair with the tasks."},
	{"minghu-province-2025.txt", "minghu-province-2026.txt",
		"A province's 2025 report (review, 2025年工作安排, 政府自身建设, a glossary) and its plan year's (十四五 achievements,\n十五五 goals, 2026年重点工作, 政府自身建设): review with achievements, tasks with tasks, government with government."},
	{"minghu-province-2025.txt", "minghu-province-2026-account.md",
		"The same province's plan year as a news account copied it (Markdown, bold item headings, a table, a list of the\nyear's 民生实事): the review's last items differ (safety, then livelihood) but both close with thanks after an\naddress, which pairs neither with the other. Known wrong: the glossary (附件：名词解释) and the list (附件) pair by\ntheir headings alone; a reader would call one removed and the other added."},
	{"wangchuan-city-2025.md", "wangchuan-city-2026.html",
		"A municipality's two years, Markdown from a news app and the portal's HTML: items with numbered sub-items on both\nsides; the 十五五 part is added."},
}

// TestAlignLayouts compares each pair of layoutPairs and checks the pairs
// against testdata/layouts/<old>--<new>.txt. Run with -update to rewrite
// them, then read the git diff: the note at the top of each file says what
// a reader pairs.
func TestAlignLayouts(t *testing.T) {
	for _, lp := range layoutPairs {
		stem := func(s string) string { return strings.TrimSuffix(s, filepath.Ext(s)) }
		name := stem(lp.old) + "--" + stem(lp.new) + ".txt"
		t.Run(name, func(t *testing.T) {
			a, err := corpus.ReadFile(filepath.Join(layoutsDir, lp.old))
			if err != nil {
				t.Fatal(err)
			}
			b, err := corpus.ReadFile(filepath.Join(layoutsDir, lp.new))
			if err != nil {
				t.Fatal(err)
			}
			pairs := Align(a, b, Options{})
			var got strings.Builder
			for _, p := range pairs {
				got.WriteString(alignLine(p) + "\n")
			}
			file := filepath.Join("testdata", "layouts", name)
			if *update {
				ar := &txtar.Archive{
					Comment: []byte(fmt.Sprintf("%s -> %s.\n%s\n", lp.old, lp.new, lp.note)),
					Files:   []txtar.File{{Name: "pairs", Data: []byte(got.String())}},
				}
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			w, _ := section(want, "pairs")
			if g := got.String(); g != w {
				t.Errorf("Align(%s, %s):\n%s", lp.old, lp.new, lineDiff(w, g))
			}
			if err := checkCoverage(a, b, pairs); err != nil {
				t.Error(err)
			}
		})
	}
}
