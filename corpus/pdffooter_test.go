package corpus

import "testing"

// TestLibraryFooterInLine checks that a document library's PDF text reads
// as the text without its page furniture where the furniture runs into
// the text on one line: Word's footer with its spaces (第 2 页 共 5 页)
// between the last words of a page and the first of the next, and the
// library's note that its files are uploads (本资料来源…联系删除。) with the
// first page's footer before the text's first words (fictional reports).
func TestLibraryFooterInLine(t *testing.T) {
	head := "白塔县教育局2033年工作总结\n"
	para := "今年以来，全县教育系统坚持立德树人根本任务，新建改扩建中小学校舍四万平方米，城区学校大班额全部消除，"
	next := "二是教师队伍建设持续加强，新招聘教师一百二十名，组织骨干教师送教下乡四十场次。\n"
	for _, tc := range []struct{ name, plain, marked string }{
		{"Word's footer between two pages' words",
			head + para + next,
			head + para + "第 2 页 共 5 页" + next},
		{"the footer without spaces",
			head + para + next,
			head + para + "第2页共5页" + next},
		{"an upload note and the first page's footer before the text",
			head + para + next,
			head + "本资料来源搜集于网络和投稿，如有侵权，请告知上传人联系删除。第 1 页 共 5 页" + para + next},
		{"the same after the library's number of its first chunk",
			head + "1、" + para + "\n2、" + next,
			head + "1、本资料来源搜集于网络和投稿，如有侵权，请告知上传人联系删除。第 1 页 共 5 页" + para + "\n2、" + next},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := Read("plain.txt", []byte(tc.plain))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Read("marked.txt", []byte(tc.marked))
			if err != nil {
				t.Fatal(err)
			}
			if got.Body != want.Body {
				t.Errorf("body\n%s\nwant\n%s", got.Body, want.Body)
			}
		})
	}
}
