package corpus

import (
	"strings"
	"testing"
)

// TestHeadsDebriefTitle: a bureau head's own report titled by the office,
// the post and the paper's words (某区教育局局长述职报告, …局长述职述廉报告)
// has the shape of a speaker's line, the four characters after 局长 where
// a name stands; they are a paper's words, and the line is the title. A
// speaker's line under a report's title, the office, the post and a name,
// still names the office that delivered it.
func TestHeadsDebriefTitle(t *testing.T) {
	body := "2031年以来，白塔教育紧紧围绕区委、区政府的战略部署，始终坚持依法治教，全区教育事业发展取得了显著成绩。现就一年来的主要工作述职如下：\n一、依法治教，贯彻执行教育法律法规\n作为一名教育管理者，我十分注重教育法律法规的学习和宣传落实。\n"
	for _, title := range []string{"白塔区教育局局长述职报告", "區教育局局長述職報告", "县财政局局长述职述廉报告"} {
		d, err := Read("page.txt", []byte(title+"\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != title {
			t.Errorf("title %q, want %q", d.Title, title)
		}
	}
	d, err := Read("page.txt", []byte("在全县教育工作会议上的报告\n县教育局局长 王青山\n同志们：\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(d.Issuer, "教育局") {
		t.Errorf("speaker's line under the title: issuer %q, want …教育局", d.Issuer)
	}
}
