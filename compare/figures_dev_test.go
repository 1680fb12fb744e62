package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// devFiles holds the files of the development set (devDir, outside the
// repository: they are not ours to copy in).
var devFiles = filepath.Join(devDir, "files")

// A wantFigure is a changed figure checked by hand in the two texts: the
// old and the new figure as written, and words of what they measure
// (found in the indicator or the new sentence).
type wantFigure struct{ from, to, what string }

// devFigurePairs are consecutive reports of one series with the changes a
// reader finds in them, each checked by hand in both texts. The dev set's
// consecutive pairs hold no changed 个百分点 figure (every one of them was
// looked at); that unit is covered by testdata/figures.
var devFigurePairs = []struct {
	old, new string
	want     []wantFigure
}{
	{"dxcarl/2011年国务院政府工作报告).txt", "dxcarl/2012年国务院政府工作报告.txt", []wantFigure{
		{"5到7元", "7.4元", "小麦"}, // a range: 每50公斤提高5到7元 -> 小麦、稻谷…分别提高7.4元和…
		{"9884.5亿元", "12287亿元", "三农"},
		{"1304.8亿元", "1868亿元", "比上年增加"},
		{"200元", "240元", "补助标准"},
	}},
	{"dxcarl/2013年国务院政府工作报告.txt", "dxcarl/2014年国务院政府工作报告.txt", []wantFigure{
		{"51.9万亿元", "56.9万亿元", "国内生产总值"},
		{"1266万人", "1310万人", "城镇新增就业"},
		{"900万人以上", "1000万人以上", "城镇新增就业"},
		{"1.2万亿元", "13500亿元", "财政赤字"}, // 万亿元 against 亿元
		{"8500亿元", "9500亿元", "中央财政赤字"},
		{"3500亿元", "4000亿元", "代地方发债"},
	}},
	{"dxcarl/2014年国务院政府工作报告.txt", "dxcarl/2015年国务院政府工作报告.txt", []wantFigure{
		{"56.9万亿元", "63.6万亿元", "国内生产总值"},
		{"7.7%", "7.4%", "比上年增长"},
		{"1310万人", "1322万人", "城镇新增就业"},
		{"1650万人", "1232万人", "农村贫困人口减少"},
		{"1.1万公里", "1.6万公里", "高速铁路"},
		{"666万套", "740万套", "新开工保障性安居工程"},
		{"544万套", "511万套", "基本建成"},
		{"13.1%", "9.97%", "城乡低保标准"},
		{"17.7%", "14.1%", "城乡低保标准"},
		{"7.5%左右", "7%左右", "国内生产总值增长"},
		{"3.5%左右", "3%左右", "居民消费价格涨幅"},
		{"4.6%以内", "4.5%以内", "城镇登记失业率"},
		{"13500亿元", "1.62万亿元", "财政赤字"},
		{"9500亿元", "1.12万亿元", "中央财政赤字"},
		{"13%左右", "12%左右", "预期增长"},
	}},
	// incomes given as two levels, each named in its own clause, then
	// their growths together (…12312元、农民人均纯收入4331元，分别增长12.7%
	// 和9%): each growth is its level's
	{"yver-sun/保定市_2009_report.txt", "yver-sun/保定市_2010_report.txt", []wantFigure{
		{"12.7%", "10.1%", "居民人均可支配收入"},
		{"9%", "8%", "农民人均纯收入"},
	}},
	{"yver-sun/河北省_2009_report.txt", "yver-sun/河北省_2010_report.txt", []wantFigure{
		{"15%", "10%", "城镇居民人均可支配收入"},
		{"10%以上", "7%左右", "农民人均纯收入"},
	}},
	{"yver-sun/河北省_2021_report.txt", "yver-sun/河北省_2022_report.txt", []wantFigure{
		{"5.5%左右", "5.5%以内", "城镇调查失业率"},
		{"3%以上", "5%以上", "PM2.5"},
		{"3%", "3.5%", "能耗"},
		{"390万亩", "360万亩", "高标准农田"},
		{"16亿立方米", "23亿立方米以上", "生态补水"},
		{"7.46亿立方米", "7.4亿立方米", "地下水超采"},
	}},
}

func readDev(t *testing.T, name string) *corpus.Document {
	t.Helper()
	d, err := corpus.ReadFile(filepath.Join(devFiles, name))
	if err != nil {
		t.Fatalf("reading dev file %s: %v", name, err)
	}
	return d
}

// TestFiguresDev compares consecutive reports of the dev set and looks
// for the changed figures checked by hand, each with both sentences.
func TestFiguresDev(t *testing.T) {
	if _, err := os.Stat(devFiles); err != nil {
		t.Skipf("no dev set in %s (it lives outside the repository)", devFiles)
	}
	total := 0
	for _, dp := range devFigurePairs {
		t.Run(filepath.Base(dp.old)+"--"+filepath.Base(dp.new), func(t *testing.T) {
			r := Compare(readDev(t, dp.old), readDev(t, dp.new), Options{})
			checkUnits(t, r.Summary.ChangedNumbers)
			for _, w := range dp.want {
				found := false
				for _, n := range r.Summary.ChangedNumbers {
					if n.From != w.from || n.To != w.to || !strings.Contains(n.Indicator+n.Sentence, w.what) {
						continue
					}
					found = true
					if !strings.Contains(n.OldSentence, n.From) || !strings.Contains(n.Sentence, n.To) {
						t.Errorf("%s -> %s: sentences do not hold the figures: old %q, new %q", w.from, w.to, n.OldSentence, n.Sentence)
					}
				}
				if !found {
					t.Errorf("changed figure %s -> %s (%s) not listed", w.from, w.to, w.what)
				}
			}
			total += len(dp.want)
		})
	}
	if total < 20 {
		t.Errorf("only %d hand-checked changes", total)
	}
}

// checkUnits fails when a listed change joins figures of different units,
// or lists a figure that did not change.
func checkUnits(t *testing.T, ns []NumberChange) {
	t.Helper()
	for _, n := range ns {
		qa, qb := quantities(n.From, 0), quantities(n.To, 0)
		if len(qa) != 1 || len(qb) != 1 || qa[0].text != n.From || qb[0].text != n.To {
			t.Errorf("%s -> %s: not read back as one figure each (%d, %d)", n.From, n.To, len(qa), len(qb))
			continue
		}
		// a count of firms in 户 is one in 家 (firmUnit); visits are
		// counted in 人（次） or 人次; one thing may be counted by two
		// measure words (countsOneThing)
		measure := func(unit, context, text string) string {
			unit = firmUnit(unit, context)
			if unit == "人" && (strings.Contains(context, text+"（次）") || strings.Contains(context, text+"(次)")) {
				return "人次"
			}
			return unit
		}
		same := func(a, b string) bool { return a == b || countUnit(a) && countUnit(b) }
		ua, ub := measure(qa[0].Unit, n.OldContext, n.From), measure(qb[0].Unit, n.Context, n.To)
		if !same(ua, ub) || !same(measure(n.Old.Unit, n.OldContext, n.From), measure(n.New.Unit, n.Context, n.To)) || n.Unit != n.New.Unit || qb[0].Unit != n.Unit {
			t.Errorf("%s -> %s joins units %q and %q (listed as %q)", n.From, n.To, qa[0].Unit, qb[0].Unit, n.Unit)
		}
		if n.Old.equal(n.New) {
			t.Errorf("%s -> %s: the same quantity listed as a change", n.From, n.To)
		}
	}
}

// TestNoPairAcrossUnits checks on every sample pair, and every
// consecutive pair of the dev set when it is there, that no listed change
// joins two units and none lists a figure that did not change.
func TestNoPairAcrossUnits(t *testing.T) {
	for _, sp := range samplePairs {
		r := Compare(readSample(t, sp[0]), readSample(t, sp[1]), Options{})
		checkUnits(t, r.Summary.ChangedNumbers)
	}
	if _, err := os.Stat(devFiles); err != nil {
		t.Skipf("no dev set in %s (it lives outside the repository)", devFiles)
	}
	for _, series := range []string{"dxcarl/20*.txt", "yver-sun/河北省_*.txt", "yver-sun/保定市_*.txt", "derek-s/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(devFiles, series))
		for k := 0; k+1 < len(files); k++ {
			a, errA := corpus.ReadFile(files[k])
			b, errB := corpus.ReadFile(files[k+1])
			if errA != nil || errB != nil {
				continue
			}
			r := Compare(a, b, Options{})
			checkUnits(t, r.Summary.ChangedNumbers)
		}
	}
}
