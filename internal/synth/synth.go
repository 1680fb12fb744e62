// Package synth generates synthetic reports and query sets for the
// benchmarks at scale, so that every engine is measured on the same corpus.
package synth

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/corpus"
)

// Synthetic reports for benchmarks at scale: fictional places, the
// vocabulary and sentence shapes of education bureau plans and summaries,
// random numbers, about 300 characters a section (the length of real
// report sections; about 900 bytes of UTF-8), 30 sections a document.

var (
	synthPre    = []rune("江河湖山云石东南北西金玉清白青明望安平长")
	synthSuf    = []rune("城口山河溪门林浦塘岭川阳州宁")
	synthLevel  = []string{"市", "县", "区"}
	synthKinds  = []string{"总结", "计划", "要点", "政府工作报告", "半年总结"}
	synthIssuer = []string{"教育局", "教育体育局", "人民政府"}
	synthVerbs  = []string{"深入推进", "全面落实", "持续深化", "加快推进", "大力实施", "着力构建", "不断完善", "稳步推进", "统筹抓好", "扎实开展"}
	synthPolicy = []string{"“双减”工作", "教育现代化", "集团化办学", "课后服务提质", "立德树人根本任务", "五育并举", "县域高中振兴",
		"产教融合", "校企合作", "家校社协同育人", "教师队伍建设", "智慧教育", "学前教育普及普惠", "义务教育优质均衡",
		"新质生产力培育", "教育强市建设", "心理健康教育", "劳动教育", "体育美育浸润", "职业教育改革", "教育数字化转型",
		"教育评价改革", "校园安全治理", "特殊教育融合发展", "清廉学校建设"}
	synthClause = []string{"新建改扩建中小学%d所", "新增学位%d个", "覆盖率达到%d%%", "组建教育集团%d个", "培训教师%d人次",
		"投入资金%d亿元", "学生参与率达到%d%%", "建成示范校%d所", "交流轮岗教师%d人", "查处违规培训行为%d起",
		"开设兴趣课程%d门", "招聘新教师%d人", "完成项目%d个", "创建特色学校%d所"}
	synthTail = []string{"努力办好人民满意的教育", "推动全市教育高质量发展", "确保各项任务落到实处", "切实减轻学生负担",
		"持续巩固工作成果", "不断提升群众满意度", "形成可复制可推广的经验"}
	synthCN = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
)

// sectionRunes is the length a section's text grows to before its last
// sentence: with the heading, sections come to about 300 characters.
const sectionRunes = 270

func synthRegion(rng *rand.Rand, n int) string {
	return string(synthPre[n%len(synthPre)]) + string(synthSuf[(n/len(synthPre))%len(synthSuf)]) + synthLevel[n%3]
}

// Docs returns documents holding about n sections in all, the same for
// the same seed.
func Docs(seed int64, n int) []*corpus.Document {
	var docs []*corpus.Document
	Generate(seed, n, func(d *corpus.Document) bool { docs = append(docs, d); return true })
	return docs
}

// Generate calls fn with the documents Docs(seed, n) returns, one at a
// time, so that a corpus larger than memory can be generated: fn may keep
// or drop each, and stops the generation by returning false.
func Generate(seed int64, n int, fn func(*corpus.Document) bool) {
	rng := rand.New(rand.NewSource(seed))
	for k := 0; n > 0; k++ {
		region := synthRegion(rng, rng.Intn(len(synthPre)*len(synthSuf)))
		year := 2015 + rng.Intn(11)
		kind := synthKinds[rng.Intn(len(synthKinds))]
		issuer := synthIssuer[rng.Intn(len(synthIssuer))]
		id := fmt.Sprintf("synth%06d", k)
		d := &corpus.Document{ID: id, Title: fmt.Sprintf("%s%s%d年工作%s", region, issuer, year, kind),
			Year: year, Region: region, Kind: kind, Issuer: issuer, Source: id + ".txt"}
		var body strings.Builder
		m := min(n, 30)
		n -= m
		var top string
		for i := 0; i < m; i++ {
			var heading string
			var path []string
			if i%6 == 0 {
				top = synthCN[(i/6)%10] + "、" + synthVerbs[rng.Intn(len(synthVerbs))] + synthPolicy[rng.Intn(len(synthPolicy))]
				heading = top
			} else {
				heading = "（" + synthCN[i%6-1] + "）" + synthPolicy[rng.Intn(len(synthPolicy))]
				path = []string{top}
			}
			var text strings.Builder
			for utf8.RuneCountInString(text.String()) < sectionRunes {
				fmt.Fprintf(&text, "%s%s，", synthVerbs[rng.Intn(len(synthVerbs))], synthPolicy[rng.Intn(len(synthPolicy))])
				fmt.Fprintf(&text, synthClause[rng.Intn(len(synthClause))]+"，", 1+rng.Intn(500))
				if rng.Intn(3) == 0 {
					fmt.Fprintf(&text, "%s第%d实验学校%s，", region[:len(region)-3], 1+rng.Intn(40), synthVerbs[rng.Intn(len(synthVerbs))])
				}
				text.WriteString(synthTail[rng.Intn(len(synthTail))] + "。")
			}
			start := body.Len()
			body.WriteString(heading + "\n" + text.String() + "\n")
			d.Sections = append(d.Sections, corpus.Section{ID: corpus.SectionID(id, i), DocID: id, Heading: heading,
				Level: len(path) + 1, Path: path, Ordinal: i, Text: text.String(), Start: start, End: body.Len()})
		}
		d.Body = body.String()
		if !fn(d) {
			return
		}
	}
}

// Queries draws 200 queries of each class from the corpus:
//
//	word      one or two policy words
//	quoted    substrings of 2 to 8 characters of section texts
//	filtered  a policy word with a region and a year range
//	faceted   a broad word (facets over a large part of the index)
func Queries(docs []*corpus.Document) map[string][]string {
	rng := rand.New(rand.NewSource(7))
	qs := map[string][]string{}
	words := []string{"双减", "课后服务", "集团化办学", "教育现代化", "立德树人", "五育并举", "县域高中", "产教融合", "智慧教育", "学前教育", "心理健康", "劳动教育", "教师队伍", "新质生产力"}
	for i := 0; i < 200; i++ {
		w := words[rng.Intn(len(words))]
		if i%2 == 1 {
			w += " " + words[rng.Intn(len(words))]
		}
		qs["word"] = append(qs["word"], w)
		d := docs[rng.Intn(len(docs))]
		s := d.Sections[rng.Intn(len(d.Sections))]
		r := []rune(s.Text)
		k := 2 + rng.Intn(7)
		j := rng.Intn(len(r) - k)
		qs["quoted"] = append(qs["quoted"], strings.NewReplacer(`"`, "", "“", "", "”", "").Replace(string(r[j:j+k])))
		y := 2015 + rng.Intn(8)
		qs["filtered"] = append(qs["filtered"], fmt.Sprintf("%s region:%s year:%d..%d", words[rng.Intn(len(words))], d.Region, y, y+3))
		qs["faceted"] = append(qs["faceted"], []string{"教育", "推进", "学校", "工作"}[i%4])
	}
	for i, q := range qs["quoted"] {
		if analysis.Fold(q) == "" {
			qs["quoted"][i] = "教育"
		}
	}
	return qs
}

// Percentile returns the p-th percentile of d (nearest rank).
func Percentile(d []time.Duration, p int) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	return s[max(0, min(len(s)-1, i-1))]
}
