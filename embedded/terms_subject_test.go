package embedded

import (
	"context"
	"slices"
	"testing"

	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/search"
)

// TestTermsSubjectElsewhere: a report that writes a phrase only after a
// verb or a preposition (推进 服务数字化升级, 以 服务数字化升级 为抓手)
// does not say whether its first word is a modifier or a verb, as 建设 is
// in 建设 智慧商圈; another report of the collection that writes it as a
// clause's subject (服务数字化升级 加快推进) does, and the list of the
// first report's series holds the whole, not its core. A phrase no report
// writes so keeps its core (智慧商圈). Fictional reports of 青禾市.
func TestTermsSubjectElsewhere(t *testing.T) {
	docs := []string{`title: 青禾市商务局2025年工作要点
year: 2025
region: 青禾市
kind: 要点

一、总体要求
坚持稳中求进，以扩大消费为抓手，推动全市商贸流通提质增效。
二、推进商贸流通现代化
培育特色商业街3条，改造农贸市场5个。`, `title: 青禾市商务局2026年工作要点
year: 2026
region: 青禾市
kind: 要点

一、总体要求
坚持稳中求进，以服务数字化升级为抓手，以建设智慧商圈为重点，推动全市商贸流通提质增效。
二、推进服务数字化升级
加快建设智慧商圈，培育特色商业街3条，改造农贸市场6个。`, `title: 青禾市商务局2025年工作总结
year: 2025
region: 青禾市
kind: 总结

一、工作成效
（一）商贸流通稳步发展
改造农贸市场4个。`, `title: 青禾市商务局2026年工作总结
year: 2026
region: 青禾市
kind: 总结

一、工作成效
（一）服务数字化升级加快推进
建成线上商城2个，改造农贸市场5个。`}
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for i, text := range docs {
		if err := ix.Add(splitDoc("subject"+string(rune('a'+i)), text)); err != nil {
			t.Fatal(err)
		}
	}
	res, err := NewSearcher(ix).Terms(context.Background(), search.TermsRequest{Year: 2026,
		Filters: search.Filters{Regions: []string{"青禾市"}, Kinds: []string{"要点"}}})
	if err != nil {
		t.Fatal(err)
	}
	got := termTexts(res.Terms)
	for _, want := range []string{"服务数字化升级", "智慧商圈"} {
		if !slices.Contains(got, want) {
			t.Errorf("terms of the 2026 plan = %v, want %s among them", got, want)
		}
	}
	for _, not := range []string{"数字化升级", "建设智慧商圈"} {
		if slices.Contains(got, not) {
			t.Errorf("terms of the 2026 plan = %v, want no %s", got, not)
		}
	}
}
