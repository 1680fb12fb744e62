package embedded

import (
	"context"
	"testing"

	"github.com/govreport/govreport/search"
)

// longClause is a sentence too long to be a heading whole: a heading that
// opens it is cut at its first comma.
const longClause = "推动青川制造向高端化、智能化、绿色化迈进，培育壮大新能源装备、生物医药和数字经济三大产业集群，全年新增规模以上工业企业45家，规模以上工业增加值增长8%左右。"

// TestSearch_WordingAcrossRunInHeading checks that quoted wording is
// found where a reader sees it when a heading runs on into its text on one
// line, and only there: the first clause of a long sentence read as the
// heading, after its numbering (（一）加快发展新质生产力，推动…) or inferred
// from the paragraphs of a report that lost its headings; a heading that is
// a whole sentence with its text after it (（二）稳步扩大有效投资。全年…).
// The comma between the clause and the rest is the report's: wording
// across it is found with it, and not without it (力推动 is in neither
// report).
func TestSearch_WordingAcrossRunInHeading(t *testing.T) {
	s := readFiles(t, map[string]string{
		// numbered headings
		"qingchuan.txt": "青川市人民政府2031年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n" +
			"一、2030年工作回顾\n过去一年，全市生产总值增长6.2%。\n二、2031年重点工作\n" +
			"（一）加快发展新质生产力，" + longClause + "\n" +
			"（二）稳步扩大有效投资。全年实施重点项目210个，完成投资380亿元。\n" +
			"（三）繁荣文化事业\n建成白塔路图书馆新馆。\n",
		// no headings: parts read from the greetings, each headed by the
		// first clause of its long first sentence
		"baita.txt": "白塔县人民政府2031年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n" +
			"各位代表！\n过去一年，我们顶住多重压力，全县生产总值增长6.5%，一般公共预算收入增长7.1%，城乡居民收入稳步增长，民生实事全部办结，社会大局和谐稳定，各项事业取得新的进展。\n" +
			"我们坚持项目为王，全年实施重点项目150个。\n城乡面貌持续改善，新建改建农村公路120公里。\n" +
			"各位代表！\n今年要加快发展新质生产力，" + longClause + "\n" +
			"我们将稳步扩大有效投资，全年实施重点项目160个。\n持续改善城乡面貌，新建改建农村公路130公里。\n",
	})
	for q, n := range map[string]int{
		`"加快发展新质生产力，推动青川制造"`:  2, // both reports: after a numbered and an inferred heading
		`"新质生产力,推动"`:          2, // the comma typed halfwidth
		`"有效投资。全年实施重点项目210个"`: 1,
	} {
		findsAll(t, s, q, n)
	}
	for _, q := range []string{`"力推动"`, `"新质生产力推动"`} {
		res, err := s.Search(context.Background(), search.Request{Query: q, Size: 10})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 0 {
			t.Errorf("Search(%s) = %d hits, want none: the reports write a comma there", q, res.Total)
		}
	}
}
