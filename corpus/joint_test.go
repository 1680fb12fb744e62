package corpus

import "testing"

// TestSplit_Joint checks what joins a heading to its text (Section.Joint)
// in a fictional report: the comma after a heading cut at the first clause
// of a long sentence, numbered or inferred from the paragraphs of a report
// that lost its headings; a space for a heading that is a whole sentence
// with its text after it on its line; nothing for a heading on a line of
// its own. Heading, joint and text read as the report does (tiles).
func TestSplit_Joint(t *testing.T) {
	const long = "推动青川制造向高端化、智能化、绿色化迈进，培育壮大新能源装备、生物医药和数字经济三大产业集群，全年新增规模以上工业企业45家，规模以上工业增加值增长8%左右。"
	for _, c := range []struct {
		name, text string
		want       map[string]string // heading -> joint
	}{
		{"numbered.txt", "青川市人民政府2031年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n" +
			"一、2030年工作回顾\n过去一年，全市生产总值增长6.2%。\n二、2031年重点工作\n" +
			"（一）加快发展新质生产力，" + long + "\n" +
			"（二）稳步扩大有效投资。全年实施重点项目210个，完成投资380亿元。\n" +
			"（三）繁荣文化事业\n建成白塔路图书馆新馆。\n",
			map[string]string{"一、2030年工作回顾": "", "（一）加快发展新质生产力": "，", "（二）稳步扩大有效投资。": " ", "（三）繁荣文化事业": ""}},
		{"inferred.txt", "白塔县人民政府2031年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n" +
			"各位代表！\n过去一年，我们顶住多重压力，全县生产总值增长6.5%，一般公共预算收入增长7.1%，城乡居民收入稳步增长，民生实事全部办结，社会大局和谐稳定，各项事业取得新的进展。\n" +
			"我们坚持项目为王，全年实施重点项目150个。\n城乡面貌持续改善，新建改建农村公路120公里。\n" +
			"各位代表！\n今年要加快发展新质生产力，" + long + "\n" +
			"我们将稳步扩大有效投资，全年实施重点项目160个。\n持续改善城乡面貌，新建改建农村公路130公里。\n",
			map[string]string{"今年要加快发展新质生产力": "，"}},
	} {
		d, err := Read(c.name, []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if e := tiles(d); e != "" {
			t.Errorf("%s: %s", c.name, e)
		}
		seen := 0
		for _, s := range d.Sections {
			want, ok := c.want[s.Heading]
			if !ok {
				continue
			}
			seen++
			if s.Joint != want {
				t.Errorf("%s: section %q (inferred %v) has joint %q, want %q", c.name, s.Heading, s.Inferred, s.Joint, want)
			}
		}
		if seen != len(c.want) {
			t.Errorf("%s: %d of the headings %q read", c.name, seen, c.want)
		}
	}
}
