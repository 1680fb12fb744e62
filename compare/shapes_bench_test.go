package compare

// Hard shapes
//
// The comparisons a bureau's reports can make costly, one benchmark each,
// CPU of all threads per comparison (cpu-ms/op):
//
//   - similar: 1,000 short sections a side of much the same text
//     (similarSections);
//   - long: two reports of about 50,000 characters, four parts of twelve
//     items of varied sentences, the newer with a sentence in five
//     reworded and a figure in three changed;
//   - onesection: one section of about 50,000 characters a side, edited
//     the same way;
//   - tables: a report of tables of figures only (指标 | 单位 | 目标 rows);
//   - quoted: a report of thousands of quoted terms (“智慧校园123”).
//
// go test ./compare -run XXX -bench Shape -benchtime 3x

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/internal/cputime"
)

var (
	shapeSubjects = []string{"全县中小学", "青川市职业院校", "白塔县卫生院", "乡镇文化站", "城区养老服务中心", "农村公路", "县级公立医院", "学前教育机构", "智慧校园平台", "高标准农田"}
	shapeVerbs    = []string{"新建改扩建", "完成提质改造", "累计投入", "新增覆盖", "全面完成", "统筹推进"}
	shapeUnits    = []string{"所", "个", "万元", "公里", "亿元", "人次"}
	shapeTails    = []string{"群众满意度明显提升", "办学条件持续改善", "服务能力显著增强", "体制机制更加健全", "发展基础不断夯实", "短板弱项加快补齐"}
)

// shapeSentence writes one sentence of a report from rng.
func shapeSentence(rng *rand.Rand) string {
	return fmt.Sprintf("%s%s%d%s，%s，同比增长%d.%d%%。",
		shapeSubjects[rng.IntN(len(shapeSubjects))], shapeVerbs[rng.IntN(len(shapeVerbs))], 1+rng.IntN(900),
		shapeUnits[rng.IntN(len(shapeUnits))], shapeTails[rng.IntN(len(shapeTails))], rng.IntN(20), rng.IntN(10))
}

// shapeEdit returns text with a sentence in five reworded and a figure
// in three changed, seeded.
func shapeEdit(text string, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	sentences := strings.SplitAfter(text, "。")
	for i, s := range sentences {
		switch {
		case rng.IntN(5) == 0:
			sentences[i] = strings.Replace(s, "推进", "推动", 1) + "进一步深化改革。"
		case rng.IntN(3) == 0:
			sentences[i] = strings.Replace(s, "增长", "增长约", 1)
		}
	}
	return strings.Join(sentences, "")
}

// shapeRead reads a report's text as ingest does.
func shapeRead(tb testing.TB, name, text string) *corpus.Document {
	d, err := corpus.Read(name, []byte(text))
	if err != nil {
		tb.Fatalf("reading %s: %v", name, err)
	}
	return d
}

// longText writes a report of about 50,000 characters: four parts of
// twelve items of twenty-nine sentences, every sentence edited by edit.
func longText(year int, edit func(s string, k int) string) string {
	rng := rand.New(rand.NewPCG(3, 4))
	parts := []string{"一、过去一年工作回顾", "二、今年工作总体要求", "三、重点工作任务", "四、加强政府自身建设"}
	var text strings.Builder
	fmt.Fprintf(&text, "白塔县%d年政府工作报告\n\n", year)
	k := 0
	for p, head := range parts {
		text.WriteString(head + "\n")
		text.WriteString(edit(shapeSentence(rng)+shapeSentence(rng), k) + "\n")
		for i := 0; i < 12; i++ {
			fmt.Fprintf(&text, "（%s）%s工作\n", corpus.Numeral(i+1), shapeSubjects[(p+i)%len(shapeSubjects)])
			var para strings.Builder
			for range 29 {
				para.WriteString(shapeSentence(rng))
			}
			k++
			text.WriteString(edit(para.String(), k) + "\n")
		}
	}
	return text.String()
}

// longPair: two reports of about 50,000 characters.
func longPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	same := func(s string, _ int) string { return s }
	return shapeRead(tb, "old.txt", longText(2024, same)), shapeRead(tb, "new.txt", longText(2025, func(s string, k int) string { return shapeEdit(s, uint64(k)) }))
}

// oneSectionPair: one section of about 50,000 characters a side.
func oneSectionPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	rng := rand.New(rand.NewPCG(5, 6))
	var text strings.Builder
	for text.Len() < 150_000 {
		text.WriteString(shapeSentence(rng))
		if rng.IntN(6) == 0 {
			text.WriteString("\n")
		}
	}
	return shapeRead(tb, "old.txt", "白塔县2024年工作总结\n\n一、主要工作\n"+text.String()),
		shapeRead(tb, "new.txt", "白塔县2025年工作总结\n\n一、主要工作\n"+shapeEdit(text.String(), 9))
}

// tablesPair: reports of tables of figures only, 40 tables of 25 rows.
func tablesPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	doc := func(name string, year int, seed uint64) *corpus.Document {
		rng := rand.New(rand.NewPCG(seed, 1))
		var text strings.Builder
		fmt.Fprintf(&text, "白塔县%d年国民经济和社会发展计划主要指标\n\n", year)
		for t := 0; t < 40; t++ {
			fmt.Fprintf(&text, "（%s）主要指标表%s\n", corpus.Numeral(t+1), shapeSubjects[t%len(shapeSubjects)])
			fmt.Fprintf(&text, "指标 | 单位 | %d年完成 | %d年目标\n", year-1, year)
			for r := 0; r < 25; r++ {
				fmt.Fprintf(&text, "%s%s | %s | %d.%d | %d左右\n", shapeSubjects[(t+r)%len(shapeSubjects)], shapeVerbs[r%len(shapeVerbs)],
					shapeUnits[r%len(shapeUnits)], 10+rng.IntN(900), rng.IntN(10), 10+rng.IntN(900))
			}
		}
		return shapeRead(tb, name, text.String())
	}
	return doc("old.txt", 2024, 1), doc("new.txt", 2025, 2)
}

// quotedPair: reports of thousands of quoted terms, 60 sections of 50.
func quotedPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	doc := func(name string, year int, seed uint64) *corpus.Document {
		rng := rand.New(rand.NewPCG(seed, 2))
		var text strings.Builder
		fmt.Fprintf(&text, "青川市教育局%d年工作要点\n\n", year)
		for s := 0; s < 60; s++ {
			fmt.Fprintf(&text, "%s、专项行动%s\n", corpus.Numeral(s+1), shapeSubjects[s%len(shapeSubjects)])
			for q := 0; q < 50; q++ {
				tail := []rune(shapeTails[rng.IntN(len(shapeTails))])
				fmt.Fprintf(&text, "深入实施“%s%s%d”行动，", shapeSubjects[rng.IntN(len(shapeSubjects))], string(tail[:2]), rng.IntN(400))
				if q%5 == 4 {
					text.WriteString("打造“青川品牌”。\n")
				}
			}
		}
		return shapeRead(tb, name, text.String())
	}
	return doc("old.txt", 2024, 1), doc("new.txt", 2025, 2)
}

func similarPair(tb testing.TB) (*corpus.Document, *corpus.Document) {
	return similarSections("old", 1000, 2024), similarSections("new", 1000, 2025)
}

var shapes = []struct {
	name string
	pair func(testing.TB) (*corpus.Document, *corpus.Document)
}{{"similar", similarPair}, {"long", longPair}, {"onesection", oneSectionPair}, {"tables", tablesPair}, {"quoted", quotedPair}}

func BenchmarkShape(b *testing.B) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	for _, c := range shapes {
		x, y := c.pair(b)
		b.Run(c.name, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cpu0 := cputime.Self()
				Compare(x, y, Options{})
				cpu += cputime.Self() - cpu0
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(chars(x)), "chars-old")
		})
	}
}

// TestShapesRead shows the shapes' sizes (go test -run ShapesRead -v).
func TestShapesRead(t *testing.T) {
	for _, c := range shapes {
		x, y := c.pair(t)
		t.Logf("%s: %d and %d sections, %d and %d characters", c.name, len(x.Sections), len(y.Sections), chars(x), chars(y))
	}
}

// BenchmarkShapeAbandoned measures the CPU a comparison of each shape
// still spends when it is abandoned before it begins (its client gone
// while it waited for its turn): what does not stop when told.
// go test ./compare -run XXX -bench ShapeAbandoned -benchtime 3x
func BenchmarkShapeAbandoned(b *testing.B) {
	if err := analysis.LoadSegmenter(); err != nil {
		b.Fatal(err)
	}
	done := make(chan struct{})
	close(done)
	for _, c := range shapes {
		x, y := c.pair(b)
		b.Run(c.name, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cpu0 := cputime.Self()
				Compare(x, y, Options{done: done})
				cpu += cputime.Self() - cpu0
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
