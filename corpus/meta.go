package corpus

// Metadata
//
// Each field comes from the strongest evidence available, and stays empty
// when there is none:
//
//   - Title: the body's first line, when it is short and not a heading
//     (Clean has already taken a site's ".docx", "VIP" and suffixes off it).
//   - Year: the first year in the title; else the year the body talks about
//     most (ranges such as 2020-2035 and targets such as 到2035年 do not
//     count; ties go to the later year). Upload and publication dates are
//     chrome and gone by then.
//   - Kind: from the title's words (总结, 半年总结, 计划, 要点, 政府工作报告);
//     新闻 for a text that a news site published (发布日期, 当前位置 … 新闻).
//   - Issuer: the office named in the title (教育局, 教育体育局, 人民政府, …);
//     a 政府工作报告 is the 人民政府's.
//   - Region: the place the title starts with (常州市, 望川县: fictional
//     places count, for they name themselves), else the place that starts the
//     body, else the city inferred from the gazetteer (see gazetteer.go).

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	yearRe       = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)
	bodyYearRe   = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*年`)
	issuerRe     = regexp.MustCompile(`教育和体育局|教育体育局|教体局|教育局|教育委员会|教委|教育厅|人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府`)
	placeChainRe = regexp.MustCompile(`^(?:\p{Han}{2,7}?(?:自治区|自治州|自治县|省|市|地区|盟|县|旗|区))+`)
	placeRe      = regexp.MustCompile(`\p{Han}{2,7}?(?:自治区|自治州|自治县|省|市|地区|盟|县|旗|区)`)
	leadYearRe   = regexp.MustCompile(`^(?:(?:19|20)[0-9]{2}\s*年?度?\s*)`)
	placeFollow  = regexp.MustCompile(`^(?:教育|人民政府|政府|教体|教委|党委|委员会|关于|[0-9]|“|年|上半年|下半年|工作|第)`)
	newsRe       = regexp.MustCompile(`发布日期|发布时间|当前位置.{0,40}(?:新闻|动态|资讯)|新闻中心|来源[：:].{0,20}(?:报|网|台|新闻)`)
)

// notPlaceStart lists first characters of words that end like a place
// name but are not one: 全市, 我县, 辖市区, 各区.
const notPlaceStart = "全我本各该市县区省辖城新两三每"

// fillMeta sets the metadata of d from its cleaned body; raw is the text
// before cleaning, read for the signs of a news site.
func fillMeta(d *Document, raw string) {
	first, rest := d.Body, ""
	if i := strings.IndexByte(d.Body, '\n'); i >= 0 {
		first, rest = d.Body[:i], d.Body[i+1:]
	}
	first = strings.TrimSpace(first)
	if n := utf8.RuneCountInString(first); n > 0 && n <= 60 && headingMarker(first) == nil && !strings.ContainsAny(first, "。；") {
		d.Title = strings.TrimSpace(siteSuffix.ReplaceAllString(first, ""))
	}
	d.Year = titleYear(d.Title)
	if d.Year == 0 {
		d.Year = bodyYear(d.Body)
	}
	d.Kind = kindOf(d.Title, raw)
	d.Issuer = issuerRe.FindString(d.Title)
	if d.Kind == "政府工作报告" && (d.Issuer == "" || d.Issuer == "政府") {
		d.Issuer = "人民政府"
	}
	d.Region = namedPlace(d.Title)
	if d.Region == "" && d.Title == "" {
		d.Region = namedPlace(first)
	}
	if d.Region == "" && d.Title != "" {
		// The body may open with the issuer: "明湖市教育局：".
		if l, _, _ := strings.Cut(rest, "\n"); utf8.RuneCountInString(l) <= 30 {
			d.Region = namedPlace(l)
		}
	}
	if d.Region == "" {
		d.Region = inferRegion(d.Title + "\n" + d.Body)
	}
}

func titleYear(title string) int {
	if m := yearRe.FindStringSubmatch(title); m != nil {
		return atoi(m[1])
	}
	return 0
}

// bodyYear returns the year the body mentions most, ranges and targets
// aside; ties go to the later year.
func bodyYear(body string) int {
	counts := map[int]int{}
	for _, m := range bodyYearRe.FindAllStringSubmatchIndex(body, -1) {
		before := body[:m[0]]
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " "))
		if strings.ContainsRune("-—–~～至到", r) {
			continue
		}
		after := strings.TrimLeft(body[m[1]:], " ")
		if r2, _ := utf8.DecodeRuneInString(after); strings.ContainsRune("-—–~～至", r2) {
			continue
		}
		if strings.HasSuffix(before, "到") || strings.HasSuffix(before, "截至") {
			continue
		}
		counts[atoi(body[m[2]:m[3]])]++
	}
	best, bestN := 0, 0
	for y, n := range counts {
		if n > bestN || n == bestN && y > best {
			best, bestN = y, n
		}
	}
	return best
}

func kindOf(title, raw string) string {
	switch {
	case strings.Contains(title, "政府工作报告"):
		return "政府工作报告"
	case strings.Contains(title, "总结") && (strings.Contains(title, "半年") || strings.Contains(title, "年中")):
		return "半年总结"
	case strings.Contains(title, "总结"):
		return "总结"
	case strings.Contains(title, "要点"):
		return "要点"
	case strings.Contains(title, "计划") || strings.Contains(title, "打算") || strings.Contains(title, "工作思路") || strings.Contains(title, "工作安排"):
		return "计划"
	}
	head := raw
	if len(head) > 4000 {
		head = head[:4000]
	}
	if newsRe.MatchString(head) {
		return "新闻"
	}
	return ""
}

// namedPlace returns the place s starts with (after a year), when an office
// or the report's subject follows it: 常州市 in 常州市教育工作总结, 望川县 in
// 2024年望川县政府工作报告. In a chain (江苏省常州市钟楼区) the
// prefecture-level city wins when the gazetteer knows one, else the place
// after a province, else the first place.
func namedPlace(s string) string {
	s = leadYearRe.ReplaceAllString(strings.TrimSpace(s), "")
	chain := placeChainRe.FindString(s)
	if chain == "" || !placeFollow.MatchString(s[len(chain):]) {
		return ""
	}
	places := placeRe.FindAllString(chain, -1)
	if len(places) == 0 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(places[0]); strings.ContainsRune(notPlaceStart, r) {
		return ""
	}
	for _, p := range places {
		if isCity(p) {
			return p
		}
	}
	if len(places) > 1 && (strings.HasSuffix(places[0], "省") || strings.HasSuffix(places[0], "自治区")) {
		return places[1]
	}
	return places[0]
}
