package corpus

import "testing"

// TestUndoubleBold checks that the runs a PDF's bold drawn twice wrote
// twice are written once, three in a row at least, the first glued to
// the page's counter before it and the last to the plain text after it,
// and that a word the text says twice, or two, stay.
func TestUndoubleBold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"白塔县教育局白塔县教育局 20332033 年工作总结年工作总结",
			"白塔县教育局 2033 年工作总结"},
		{"第 1 页 共 3 页白塔县教育局白塔县教育局 20332033 工作总结及工作总结及 20342034 年工作计划年工作计划今年以来，全县教育系统…",
			"第 1 页 共 3 页白塔县教育局 2033 工作总结及 2034 年工作计划今年以来，全县教育系统…"},
		{"同学们笑着说 哈哈哈哈 真好", "同学们笑着说 哈哈哈哈 真好"},
		{"谢谢谢谢 再见再见 今年全县完成投资", "谢谢谢谢 再见再见 今年全县完成投资"},
		{"20312031 20322032 20332033", "20312031 20322032 20332033"},
	} {
		if got, _ := undoubleLine(tc.in); got != tc.want {
			t.Errorf("undoubleLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBoldDrawnTwiceTitle checks that a converted PDF whose bold title was
// drawn twice reads as the same file without the second copies: its
// title, year and kind are the paper's (fictional report).
func TestBoldDrawnTwiceTitle(t *testing.T) {
	body := "\n一、主要工作\n今年以来，全县教育系统坚持立德树人根本任务，新建改扩建中小学校舍四万平方米，城区学校大班额全部消除。\n二、存在的问题\n农村学校师资结构性短缺的问题仍然存在。\n"
	plain, err := Read("plain.txt", []byte("白塔县教育局 2033 年工作总结"+body))
	if err != nil {
		t.Fatal(err)
	}
	doubled, err := Read("doubled.txt", []byte("白塔县教育局白塔县教育局 20332033 年工作总结年工作总结"+body))
	if err != nil {
		t.Fatal(err)
	}
	if doubled.Title != plain.Title || doubled.Year != plain.Year || doubled.Kind != plain.Kind || doubled.Body != plain.Body {
		t.Errorf("read as %q %d %q, want %q %d %q\n%s", doubled.Title, doubled.Year, doubled.Kind, plain.Title, plain.Year, plain.Kind, doubled.Body)
	}
	if plain.Year != 2033 {
		t.Errorf("plain file read as of %d, want 2033", plain.Year)
	}
}
