package corpus

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPageRecord checks the shapes in which government sites print their
// record of a paper (pageRecord), and the tables and lines that hold a
// record's labels without being one (fictional pages).
func TestPageRecord(t *testing.T) {
	for _, c := range []struct {
		name, page, issuer, date string
	}{
		{"cells", `<table><tr><td><b>发文机关：</b></td><td>青溪县人民政府</td><td><b>成文日期：</b></td><td>2032年01月25日</td></tr></table>`, "青溪县人民政府", "2032年01月25日"},
		{"cells without colons", `<table><tr><td>索 引 号</td><td>001/2032-01</td><td>发布机构</td><td>青溪县人民政府办公室</td></tr><tr><td>成文日期</td><td>2032-01-16</td></tr></table>`, "青溪县人民政府办公室", "2032-01-16"},
		{"label elements", `<dl><dd><label><font>发 布 机 构：</font></label><div class="display-block">
		  青溪县教育局
		</div></dd></dl>`, "青溪县教育局", ""},
		{"span and bare text", `<ul><li><span>发布机构：</span>青溪县人民政府(办公室)</li><li><span>发文日期：</span>2032-02-03</li></ul>`, "青溪县人民政府(办公室)", "2032-02-03"},
		{"label and value in one text", `<div class="info"><span>发布机构：青溪县林业局</span></div>`, "青溪县林业局", ""},
		{"empty field", `<table><tr><td>发布机构：</td><td></td><td>成文日期：</td><td>2032-03-01</td></tr></table>`, "", "2032-03-01"},
		{"list page's header row", `<table><tr><th>标题</th><th>发布机构</th><th>成文日期</th></tr><tr><td>关于某事的通知</td><td>青溪县人民政府</td><td>2032-01-01</td></tr></table>`, "", ""},
		{"a sentence after the label", `<p><b>发布机构：</b>本页面由县政府办公室负责维护，请勿转载。</p>`, "", ""},
		{"a date where the body should be", `<p><span>发文机关：</span>2032-01-05</p>`, "", ""},
		{"report text", `<div class="TRS_Editor"><p>各位代表：</p><p>发文机关和成文日期的规范工作全面完成。</p></div>`, "", ""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + c.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if h := pageRecord(doc); h.Issuer != c.issuer || h.Date != c.date {
			t.Errorf("%s: pageRecord = issuer %q date %q, want %q %q", c.name, h.Issuer, h.Date, c.issuer, c.date)
		}
	}
}
