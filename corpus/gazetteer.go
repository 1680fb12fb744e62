package corpus

// Region inference
//
// A report names its own place in its title ("常州市教育工作总结") more
// often than not; when it does not, the districts and counties it mentions
// say where it is from: a report that names 武进、溧阳 and 金坛 is about
// 常州市. gazetteer.tsv (generated, see internal/gengazetteer) lists every
// province, prefecture-level city and county of China with its code, and the
// codes carry the parent links.
//
// Names are matched in full (溧阳市) and, for counties and cities, without
// their suffix (溧阳) when the short form is at least two characters, names
// a single division, and is not an everyday word (平安, 解放, 新市 are
// districts too). Matching walks the text once and looks names up by their
// first character, so it costs about the same as reading the text.
//
// Two-character full names (城区, 郊区, 和县) are words as often as places
// (老城区, 提高县域, 市委和县委): they are matched only after their own
// city's name (晋城市城区) or, with no Han character before them, before
// an organ of their own (歙县人民政府, 歙县第十八届人民代表大会, 歙县县委). A name followed by 路, 街 or 大道 is a street.
// A short form is no mention inside a landmark's name (科尔沁草原, 图们江,
// 长白山) nor inside its province's (吉林省 is not 吉林市).
//
// A city scores 1 for each time it is named itself, up to 4, and 1 for
// each distinct county of it that is named. The region is the best city when it scores at least 2
// and at least twice the runner-up; otherwise it stays empty: a report that
// mentions one county in passing is not about that county's city.

import (
	_ "embed"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// A place is one division of the gazetteer.
type place struct {
	name string // full name, e.g. 溧阳市
	city string // the prefecture-level unit it counts for, e.g. 常州市
	// county reports whether the place is a county or district (not the
	// city itself).
	county bool
}

type gazetteer struct {
	byFirst map[rune][]gazName // names by their first rune, longest first
	// twoChar holds the counties and districts whose full name is two
	// characters (城区, 歙县), by their first rune: walkPlaces takes them
	// only in the shapes that make them places (twoCharPlace).
	twoChar map[rune][]gazName
	// twoFirst has a bit set for each first rune of twoChar (all below
	// U+10000), so that walkPlaces looks twoChar up only at those.
	twoFirst [1 << 16 / 64]uint64
	cities   map[string]bool // prefecture-level (or province-level municipality) names
}

type gazName struct {
	text  string
	place int // index into places
}

var (
	gazOnce   sync.Once
	gaz       *gazetteer
	gazPlaces []place
)

// commonWords are short forms of division names that are also everyday
// words in reports; they are matched only in full.
var commonWords = map[string]bool{
	"平安": true, "解放": true, "新市": true, "和平": true, "长安": true, "胜利": true,
	"红旗": true, "东风": true, "向阳": true, "前进": true, "友谊": true, "光明": true,
	"新华": true, "中山": true, "朝阳": true, "南山": true, "城关": true, "新城": true,
	"白云": true, "青山": true, "永定": true, "安定": true, "永安": true, "长寿": true,
	"太平": true, "建设": true, "城中": true, "市中": true, "新区": true, "城区": true,
	"郊区": true, "矿区": true, "龙华": true, "普陀": true, "西湖": true, "东方": true,
	"大同": true, "开放": true, "和田": true, "新兴": true, "城东": true, "城西": true,
	"城北": true, "城南": true, "江南": true, "江北": true, "河东": true, "河西": true,
	"山东": true, "山西": true, "海南": true, "高新": true, "开发": true, "永和": true,
	"石门": true, "双桥": true, "金山": true, "宝山": true, "桥东": true, "桥西": true,
	"铁东": true, "铁西": true, "站前": true, "新建": true, "宁安": true, "长乐": true,
	"安宁": true, "文山": true,
	"东区": true, "西区": true, "南区": true, "北区": true, "中区": true, "上城": true,
	"下城": true, "合作": true, "共和": true, "民和": true, "团结": true, "兴安": true,
	"清河": true, "资源": true, "振兴": true, "复兴": true, "惠水": true, "利通": true, "天全": true,
	"杂多": true, "宏伟": true, "大新": true, "惠民": true, "会同": true, "大城": true, "市北": true,
	"双塔": true, "平和": true, "长清": true, "平桥": true, "永平": true, "凤凰": true, "南城": true,
	"台山": true, "延长": true, "通城": true, "白塔": true, "金沙": true, "富民": true, "大兴": true,
	"增城": true, "中原": true, "平房": true, "安居": true, "友好": true, "南岸": true, "路南": true,
	"路北": true, "元宝": true, "海城": true, "红星": true, "东胜": true, "新民": true, "城厢": true,
	"大安": true, "建华": true, "西市": true, "东昌": true, "新罗": true, "海港": true, "开平": true,
	"江城": true, "龙湖": true, "金水": true, "文峰": true, "红山": true, "新荣": true, "迎泽": true,
	"大观": true, "临川": true, "安源": true, "泉港": true, "城阳": true, "崇文": true, "惠山": true,
	"海州": true, "清浦": true, "宝安": true, "中江": true, "五华": true, "安州": true, "东港": true,
	// a goal every report sets since 2021 (共同富裕), and the name a
	// province's slogans call it by (“六个龙江”, 龙江振兴)
	"富裕": true, "龙江": true,
	// words of every report that are short forms too: a port (港口), an
	// old town (古城), the police (公安局, 公安机关), a lake and a canal
	// (太湖, 大运河), and 创新和改革 read across its words (新和)
	"港口": true, "古城": true, "公安": true, "太湖": true, "运河": true, "新和": true,
	// autonomous counties' place names that are words or other places'
	// names too (通道侗族自治县, 河南蒙古族自治县)
	"三江": true, "通道": true, "互助": true, "河口": true, "白沙": true, "石林": true,
	"大通": true, "河南": true, "青龙": true, "大厂": true, "沿河": true,
}

// wordNames are full names of districts that are everyday words too (老城区
// for a city's old town, 新城区 for its new one: 3所老城区学校, 新城区建设).
// walkPlaces takes them for the district only where the text names it as
// one: right after its city's name (某某市老城区), or before an organ of its
// own (老城区委, 新城区人民政府, 老城区教育局). Two-character names of the
// kind (城区, 郊区, 矿区) are never matched in full.
var wordNames = map[string]bool{"老城区": true, "新城区": true}

// ownOrganNext reports whether rest, the text after a district's name,
// opens with an organ of the district: its party committee, government,
// congress or conference, or one of its bureaus (某某局 within five
// characters).
func ownOrganNext(rest string) bool {
	for _, w := range []string{"委", "人民政府", "政府", "人大", "政协", "党"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	n := 0
	for _, r := range rest {
		if r == '局' {
			return true
		}
		if n++; n > 5 || !IsHan(r) {
			return false
		}
	}
	return false
}

// gazetteerRows reads gazetteer.tsv: the name of each division code, and
// the codes in the file's order.
func gazetteerRows() (names map[string]string, codes []string) {
	names = map[string]string{}
	for _, line := range strings.Split(gazetteerTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		code, name, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		names[code] = name
		codes = append(codes, code)
	}
	return names, codes
}

func loadGazetteer() *gazetteer {
	gazOnce.Do(func() {
		loadDivisions() // (provShort)
		names, codes := gazetteerRows()
		g := &gazetteer{byFirst: map[rune][]gazName{}, twoChar: map[rune][]gazName{}, cities: map[string]bool{}}
		shortCount := map[string]int{}
		type entry struct {
			full, short string
			p           place
		}
		var entries []entry
		for _, code := range codes {
			name := names[code]
			switch len(code) {
			case 4:
				if name == "市辖区" || name == "县" || strings.HasPrefix(name, "省直辖") || strings.HasPrefix(name, "自治区直辖") {
					// Municipalities count as one city, named by the province.
					if name == "市辖区" {
						g.cities[names[code[:2]]] = true
						entries = append(entries, entry{full: names[code[:2]], short: shortName(names[code[:2]]), p: place{name: names[code[:2]], city: names[code[:2]]}})
					}
					continue
				}
				g.cities[name] = true
				entries = append(entries, entry{full: name, short: shortName(name), p: place{name: name, city: name}})
				if a := prefectureShort(name); a != "" {
					// 甘南州 for 甘南藏族自治州: a second name of the city
					// itself, not a short form (it keeps its 州).
					entries = append(entries, entry{full: a, p: place{name: name, city: name}})
				}
			case 6:
				if name == "市辖区" {
					continue
				}
				parent := names[code[:4]]
				city := parent
				switch {
				case parent == "市辖区" || parent == "县":
					city = names[code[:2]]
				case strings.HasPrefix(parent, "省直辖") || strings.HasPrefix(parent, "自治区直辖"):
					city = name // a county-level city directly under the province
					g.cities[name] = true
				}
				entries = append(entries, entry{full: name, short: shortName(name), p: place{name: name, city: city, county: city != name}})
			}
		}
		cityShort := map[string]bool{}
		for _, e := range entries {
			if e.short != "" {
				shortCount[e.short]++
				if !e.p.county {
					cityShort[e.short] = true
				}
			}
		}
		seen := map[string]bool{}
		for _, e := range entries {
			gazPlaces = append(gazPlaces, e.p)
			i := len(gazPlaces) - 1
			add := func(s string) {
				key := s + "\x00" + e.p.city
				if seen[key] {
					return
				}
				seen[key] = true
				r, _ := utf8.DecodeRuneInString(s)
				g.byFirst[r] = append(g.byFirst[r], gazName{text: s, place: i})
			}
			if utf8.RuneCountInString(e.full) > 2 {
				add(e.full) // 城区, 郊区, 和县 are words too
			} else if e.p.county {
				r, _ := utf8.DecodeRuneInString(e.full)
				g.twoChar[r] = append(g.twoChar[r], gazName{text: e.full, place: i})
				if r < 1<<16 {
					g.twoFirst[r/64] |= 1 << (r % 64)
				}
			}
			// A city's short form wins over a county's (西安 is 西安市, not
			// 辽源's 西安区); a county's must name one county only.
			unique := shortCount[e.short] == 1 || (!e.p.county && cityShort[e.short])
			if e.p.county && cityShort[e.short] {
				unique = false
			}
			if e.short != "" && e.short != e.full && unique && !commonWords[e.short] {
				add(e.short)
			}
			if m := prefectureRe.FindStringSubmatch(e.full); m != nil && !e.p.county && shortCount[m[1]] == 0 && provShort[m[1]] == "" && !commonWords[m[1]] {
				// An autonomous prefecture's own name without its peoples
				// and 州 (海西, 延边), as its reports call it (海西经济,
				// 建设新延边), when no county nor province goes by it: 恩施
				// stays 恩施市's, 大理 大理市's, 海南 the province's.
				add(m[1])
			}
		}
		for r, list := range g.byFirst {
			// Longest first, so 连云港市 wins over 连云港 and 连云区 over 连云.
			for i := 1; i < len(list); i++ {
				for j := i; j > 0 && len(list[j].text) > len(list[j-1].text); j-- {
					list[j], list[j-1] = list[j-1], list[j]
				}
			}
			g.byFirst[r] = list
		}
		gaz = g
	})
	return gaz
}

// shortName returns name without its administrative suffix, an autonomous
// county or banner without its peoples too, or "" when what remains is
// shorter than two characters.
func shortName(name string) string {
	for _, suf := range []string{"自治县", "自治旗", "特区", "林区", "地区", "市", "县", "区", "旗", "盟"} {
		if strings.HasSuffix(name, suf) {
			if suf == "自治县" || suf == "自治旗" {
				// an autonomous county's place name (恭城 for 恭城瑶族自治县)
				a := autonomousCountyShort(name)
				return strings.TrimRight(a, "县旗")
			}
			s := strings.TrimSuffix(name, suf)
			if utf8.RuneCountInString(s) < 2 {
				return ""
			}
			return s
		}
	}
	return ""
}

// prefectureRe matches an autonomous prefecture's name: its own name, then
// the peoples it is named for (藏族, 布依族苗族, 蒙古, 哈萨克).
var prefectureRe = mustLitRe(`^(\p{Han}{2,4}?)(?:(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克|维吾尔|纳西|瑶|黎|畲|仡佬|水|拉祜|佤|满|锡伯|达斡尔|鄂温克|鄂伦春|土|撒拉|东乡|裕固|怒|独龙|普米|塔吉克)族?)+自治州$`)

// prefectureShort returns the name an autonomous prefecture goes by in
// its own reports, its own name and 州 (甘南州 for 甘南藏族自治州, 黔东南州
// for 黔东南苗族侗族自治州), or "" for any other name.
func prefectureShort(name string) string {
	if m := prefectureRe.FindStringSubmatch(name); m != nil {
		return m[1] + "州"
	}
	return ""
}

// prefectureInitial returns the name an autonomous prefecture with a
// transliterated name of four characters goes by, its first character and
// 州 (巴州 for 巴音郭楞蒙古自治州, 博州 for 博尔塔拉蒙古自治州), or a league
// with a name of three characters or more, its first character and 盟 (锡盟
// for 锡林郭勒盟); else "". A shorter name is called whole (甘南州, 黔东南州,
// 兴安盟), see prefectureShort.
func prefectureInitial(name string) string {
	if stem, ok := strings.CutSuffix(name, "盟"); ok && utf8.RuneCountInString(stem) >= 3 {
		first, _ := utf8.DecodeRuneInString(stem)
		return string(first) + "盟"
	}
	m := prefectureRe.FindStringSubmatch(name)
	if m == nil || utf8.RuneCountInString(m[1]) != 4 {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(m[1])
	return string(first) + "州"
}

// isCity reports whether name is a prefecture-level city (or a
// province-level municipality) of the gazetteer.
func isCity(name string) bool {
	return loadGazetteer().cities[name]
}

// isStreet reports whether rest, the text after a place name, makes it a
// street's name (北京路, 南京东路, 中山大道), which every city has, a
// university's (北京师范大学, 某某师大, 某某农大), which every report may cite, a
// metropolitan area's (郑州都市圈, 西安经济圈), which every city around the
// core names when it tells how it joins in, or an international body's named
// after the city it was founded in (上海合作组织), which news of a meeting
// with its officers names over and over.
func isStreet(rest string) bool {
	for _, s := range []string{"路", "街", "大道", "大街", "巷", "东路", "西路", "南路", "北路", "中路", "大学", "师范", "师大", "农大", "工大", "医大", "财大", "理工", "医科", "外国语", "冬奥", "都市圈", "城市圈", "经济圈", "合作组织"} {
		if strings.HasPrefix(rest, s) {
			return true
		}
	}
	return false
}

// inferRegion returns the prefecture-level city that text is about, judged
// from the cities and counties it names, or "" when no city dominates.
func inferRegion(text string) string {
	return inferRegionBy(text, 2, 2, 4)
}

// inferRegionBy is inferRegion with its bar: a city scores the times it is
// named, counted up to maxNamed, plus the number of its counties named; the
// best must score at least minScore and ratio times the runner-up. A short
// plan names its city a few times, so a low maxNamed keeps a city it
// mentions often (a trip, a partner) from outweighing its own counties; a
// work report names its own city dozens of times, and a cap of 4 would
// make it tie with a neighbour named twice beside two of its counties.
func inferRegionBy(text string, minScore, ratio, maxNamed int) string {
	cityNamed, counties := namedPlaces(text)
	score := map[string]int{}
	for c, n := range cityNamed {
		score[c] += min(n, maxNamed) // named once may be a trip (赴北京学习)
	}
	for c, set := range counties {
		score[c] += len(set)
	}
	return dominant(score, minScore, ratio)
}

// dominant returns the key of score with the highest score when it is at
// least minScore and ratio times the runner-up's, else "".
func dominant(score map[string]int, minScore, ratio int) string {
	best, bestScore, second := "", 0, 0
	for c, s := range score {
		switch {
		case s > bestScore || (s == bestScore && c < best):
			if s > bestScore {
				second = bestScore
			} else {
				second = s
			}
			best, bestScore = c, s
		case s > second:
			second = s
		}
	}
	if bestScore < minScore || bestScore < ratio*second {
		return ""
	}
	return best
}

// inferProvince returns the province (or autonomous region) a provincial
// report that does not name itself in its head is about: each
// province-level unit scores the times its short name occurs (江苏, 广西),
// up to 10, plus the number of its cities and counties named, up to 20;
// the best must score at least 8 and twice the runner-up. A province's
// report names its own cities dozens of times and a neighbour's or the
// capital only in passing.
func inferProvince(text string) string {
	return inferProvinceBy(text, 8)
}

// inferProvinceBy is inferProvince with the best's least score minScore.
func inferProvinceBy(text string, minScore int) string {
	loadDivisions()
	cityNamed, counties := namedPlaces(text)
	places := map[string]map[string]bool{}
	add := func(prov, name string) {
		if places[prov] == nil {
			places[prov] = map[string]bool{}
		}
		places[prov][name] = true
	}
	for c := range cityNamed {
		if prov, _ := PlaceChain(c); prov != "" {
			add(prov, c)
		}
	}
	for c, set := range counties {
		prov, _ := PlaceChain(c)
		if prov == "" {
			prov = c // a municipality's districts
		}
		for n := range set {
			add(prov, n)
		}
	}
	score := map[string]int{}
	for short, full := range provShort {
		if n := strings.Count(text, short); n > 0 {
			score[full] += min(n, 10)
		}
	}
	for prov, set := range places {
		score[prov] += min(len(set), 20)
	}
	return dominant(score, minScore, 2)
}

// namedPlaces walks text once and returns how often each prefecture-level
// city (or municipality) is named itself, and which of its counties are
// named.
func namedPlaces(text string) (cityNamed map[string]int, counties map[string]map[string]bool) {
	cityNamed = map[string]int{}
	counties = map[string]map[string]bool{}
	walkPlaces(text, func(p place) {
		if p.county {
			if counties[p.city] == nil {
				counties[p.city] = map[string]bool{}
			}
			counties[p.city][p.name] = true
		} else {
			cityNamed[p.city]++
		}
	})
	return cityNamed, counties
}

// ownCounty returns the one county or district of city that text names,
// when text calls its own government by that level twice at least (区委、
// 区政府, 我区, 全区 for a district; 县委, 我县, 全县 for a county): a
// county's paper that names its city once beside it (《某市某区…办法》) is
// the county's. A district that names itself by the name it had as a
// county (某某县) may speak as the county it was (全县). It returns "" when
// text names none or several of city's counties, or does not speak as one.
func ownCounty(text, city string) string {
	_, counties := namedPlaces(text)
	if len(counties[city]) != 1 {
		return ""
	}
	for c := range counties[city] {
		level, _ := utf8.DecodeLastRuneInString(c)
		if level == '市' && countiesNamed(text)[c] >= 2 && strings.Count(text, "我市")+strings.Count(text, "全市") > 0 && onlyRanked(text, city) {
			// A county-level city's paper (我市) that names its
			// prefecture only where it ranks itself among the
			// prefecture's counties (列某市各县市区第一).
			return c
		}
		if !strings.ContainsRune("区县旗", level) {
			return ""
		}
		voice := func(l string) int {
			return strings.Count(text, l+"委、"+l+"政府") + strings.Count(text, "我"+l) + strings.Count(text, "全"+l)
		}
		n := voice(string(level))
		if s := shortName(c); level != '县' && s != "" && strings.Contains(text, s+"县") {
			// a district's paper from before it was one, that names
			// itself by its old name (某某县) and speaks as a county
			n += voice("县")
		}
		if n >= 2 &&
			strings.Count(text, "我市")+strings.Count(text, "全市")+strings.Count(text, "市委、市政府") == 0 {
			return c
		}
	}
	return ""
}

// rankFrames are the words after a prefecture's name that make it the
// field its counties are ranked in (某市各县市区, 某市各县（市、区）).
var rankFrames = []string{"各县", "各区县", "各市县", "县市区", "县（市、区）", "县(市、区)", "所辖"}

// onlyRanked reports whether text names city (in full or by its short
// name) at least once and every time as the field its counties are ranked
// in (rankFrames).
func onlyRanked(text, city string) bool {
	short := strings.TrimSuffix(city, "市")
	if utf8.RuneCountInString(short) < 2 {
		return false
	}
	n := 0
	for rest := text; ; {
		i := strings.Index(rest, short)
		if i < 0 {
			break
		}
		rest = strings.TrimPrefix(rest[i+len(short):], "市")
		framed := false
		for _, f := range rankFrames {
			if strings.HasPrefix(rest, f) {
				framed = true
				break
			}
		}
		if !framed {
			return false
		}
		n++
	}
	return n > 0
}

// countiesNamed returns how often text names each county-level place (in
// full or by its short form, 黎平 for 黎平县).
func countiesNamed(text string) map[string]int {
	n := map[string]int{}
	walkPlaces(text, func(p place) {
		if p.county {
			n[p.name]++
		}
	})
	return n
}

// landforms are the words after a place's short form that make it a
// landmark's name (科尔沁草原, 嫩江流域, 密云水库), which every report
// around the landmark names.
var landforms = []string{"草原", "流域", "水库", "湿地", "盆地", "平原", "峡谷", "沙漠", "沙地"}

// landformGenerics are a landform character and the next one when they
// make an everyday word (山乡, 河段, 江淮): after a place's name they are
// its own hills or its stretch of a river (郴州山乡, 长江芜湖河段), not a
// landmark's name.
var landformGenerics = []string{"山乡", "山区", "山水", "山川", "山村", "山林", "山更", "河段", "江段", "江淮", "江河", "河湖", "湖泊"}

// isLandmark reports whether rest, the text after a place's short form,
// makes the two a landmark's name: a landform word (科尔沁草原, 嫩江流域)
// or a mountain, river or lake (贺兰山, 图们江, 赤水河, 衡水湖) whose
// character does not start an everyday word (郴州山乡巨变 names 郴州) nor
// another place's name (宁波江北区).
func isLandmark(g *gazetteer, rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	switch r {
	case '山', '江', '河', '湖':
		for _, w := range landformGenerics {
			if strings.HasPrefix(rest, w) {
				return false
			}
		}
		for _, n := range g.byFirst[r] {
			if strings.HasPrefix(rest, n.text) {
				return false // a chain of places: 宁波江北区
			}
		}
		return size > 0
	}
	for _, w := range landforms {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// leadShortPlace returns the place whose short name opens s with two
// characters at least after it (莱州市 for 莱州某某学校, 蒙城县 for 蒙城八中),
// as a school goes by its county's name; "" when s opens with no such
// name, with a full one, or with a landmark's (某山某某学校).
func leadShortPlace(s string) string {
	g := loadGazetteer()
	for _, n := range g.byFirst[firstRune(s)] {
		if !strings.HasPrefix(s, n.text) {
			continue
		}
		p, rest := gazPlaces[n.place], s[len(n.text):]
		if n.text == p.name || isLandmark(g, rest) || utf8.RuneCountInString(rest) < 2 {
			return ""
		}
		return p.name
	}
	return ""
}

// landformTail reports whether a place's short form name, found at text[i:]
// right after a character no name took, is the tail of a landmark's name
// that holds another place's name too: 长白山 holds 长白 (长白朝鲜族自治县)
// and 白山 (白山市), 太平湖 holds 太平 and 平湖, 安宁河 安宁 and 宁河. A name
// that ends in a mountain, river or lake and overlaps another place's by
// the character before it is the landmark's; a place named after a
// place's (吉林白山, 支持乐山) overlaps none.
func landformTail(g *gazetteer, text string, i int, name string) bool {
	last, _ := utf8.DecodeLastRuneInString(name)
	if !strings.ContainsRune("山江河湖", last) {
		return false
	}
	prev, size := utf8.DecodeLastRuneInString(text[:i])
	if size == 0 || !unicode.Is(unicode.Han, prev) {
		return false
	}
	_, first := utf8.DecodeRuneInString(name)
	two := text[i-size : i+first]
	for _, n := range g.byFirst[prev] {
		if strings.HasPrefix(n.text, two) {
			return true
		}
	}
	return false
}

// walkPlaces walks text once and calls named for each place of the
// gazetteer it names, longest name first; a street's name is no place,
// nor is a landmark's that holds a place's short form (科尔沁草原, 图们江,
// 长白山), nor a province's that holds a city's (吉林省 is no 吉林市), nor a
// short form whose last character opens 政府 (党委和政府 names no 和政县);
// a two-character full name counts only where twoCharPlace says.
func walkPlaces(text string, named func(place)) {
	walkPlaceSpans(text, func(p place, _, _ int) { named(p) })
}

// walkPlaceSpans is walkPlaces that also gives where each name is found:
// text[i:j] is the name (full or short) that named p.
func walkPlaceSpans(text string, named func(p place, i, j int)) {
	g := loadGazetteer()
	taken := -1    // where the last name ended
	lastCity := "" // the city whose own name ended there
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		list := g.byFirst[r]
		matched, lastPlace := 0, -1
		for _, n := range list {
			if strings.HasPrefix(text[i:], n.text) {
				matched = len(n.text)
				rest := text[i+len(n.text):]
				if isStreet(rest) {
					break
				}
				p := gazPlaces[n.place]
				if wordNames[n.text] && taken != i && !ownOrganNext(rest) {
					break
				}
				if n.text != p.name {
					if isLandmark(g, rest) || (taken != i && landformTail(g, text, i, n.text)) {
						break
					}
					if strings.HasSuffix(n.text, "政") && strings.HasPrefix(rest, "府") {
						break // 党委和政府: 和政 is no county there
					}
					if prov := provShort[n.text]; prov != "" && prov != p.name && strings.HasPrefix(rest, prov[len(n.text):]) {
						matched = len(prov) // 吉林省, the province
						break
					}
				}
				named(p, i, i+len(n.text))
				lastPlace = n.place
				break
			}
		}
		if matched == 0 && r < 1<<16 && g.twoFirst[r/64]&(1<<(r%64)) != 0 {
			for _, n := range g.twoChar[r] {
				if strings.HasPrefix(text[i:], n.text) && twoCharPlace(text, i, n.text, gazPlaces[n.place], taken == i && lastCity == gazPlaces[n.place].city) {
					matched = len(n.text)
					named(gazPlaces[n.place], i, i+len(n.text))
					lastPlace = n.place
					break
				}
			}
		}
		lastCity = ""
		if matched > 0 {
			if lastPlace >= 0 && !gazPlaces[lastPlace].county {
				lastCity = gazPlaces[lastPlace].city
			}
			i += matched
			taken = i
		} else {
			i += size
		}
	}
}

// twoCharPlace reports whether name, a county's or a district's full name
// of two characters found at text[i:], names that place there rather than
// being part of a word (提高县域, 市委和县委, 老城区, 矿区办事处): when it
// follows its own city's name (afterCity: 晋城市城区, 黄山市歙县), or when
// it opens the text, a line or a clause (no Han character before it), an
// organ of its own follows (歙县人民政府, 歙县第十八届人民代表大会) and no
// other city has a place of that name (城区, 郊区). Anything after the name
// that makes it a street's is no place.
func twoCharPlace(text string, i int, name string, p place, afterCity bool) bool {
	rest := text[i+len(name):]
	if isStreet(rest) {
		return false
	}
	if afterCity {
		return true
	}
	if len(loadGazetteer().twoChar[firstRune(name)]) > 1 {
		for _, n := range loadGazetteer().twoChar[firstRune(name)] {
			if n.text == name && gazPlaces[n.place] != p {
				return false // 城区, 郊区: several cities have one; only its city says whose
			}
		}
	}
	if prev, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && unicode.Is(unicode.Han, prev) {
		return false
	}
	for _, w := range []string{"人民政府", "政府", "人大", "政协", "人民代表大会", "委员会"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	// Its organs named by its level again (荣县县委副书记, 歙县县长): a
	// county's story names its leaders so.
	u, _ := utf8.DecodeLastRuneInString(name)
	for _, w := range []string{"委", "政府", "人民政府", "长"} {
		if strings.HasPrefix(rest, string(u)+w) {
			return true
		}
	}
	return sessionOrdinalRe.MatchString(rest)
}

// sessionOrdinalRe matches a congress's ordinal and the congress after a
// place's name (第十八届人民代表大会, 第十八届人大).
var sessionOrdinalRe = mustLitRe(`^第[一二三四五六七八九十0-9]{1,4}届(?:人民代表大会|人大|政协)`)

// Administrative chain
//
// The same table gives every division its chain: a county's prefecture and
// province, a prefecture's province. Counties under a municipality
// (北京市's districts) and county-level cities directly under a province
// (湖北省's 省直辖 cities) have a province and no prefecture.

// A division is one named unit of the gazetteer with its chain.
type division struct {
	name       string
	level      int    // 1 province-level, 2 prefecture-level, 3 county-level
	province   string // full name of the province; "" for level 1
	prefecture string // full name of the prefecture; "" for levels 1 and 2 and for counties without one
}

var (
	divOnce    sync.Once
	divByName  map[string][]division // full name -> divisions (a name can recur: 朝阳区)
	countyAbbr map[string][]division // 前郭县 -> 前郭尔罗斯蒙古族自治县 (autonomousCountyAbbrs)
	provShort  map[string]string     // 江苏 -> 江苏省, 广西 -> 广西壮族自治区, 内蒙古 -> 内蒙古自治区
)

func loadDivisions() {
	divOnce.Do(func() {
		names, codes := gazetteerRows()
		placeholder := func(name string) bool {
			return name == "市辖区" || name == "县" || strings.HasPrefix(name, "省直辖") || strings.HasPrefix(name, "自治区直辖")
		}
		divByName = map[string][]division{}
		provShort = map[string]string{}
		for _, code := range codes {
			name := names[code]
			var d division
			switch len(code) {
			case 2:
				d = division{name: name, level: 1}
				provShort[provinceShort(name)] = name
			case 4:
				if placeholder(name) {
					continue
				}
				d = division{name: name, level: 2, province: names[code[:2]]}
			case 6:
				if placeholder(name) {
					continue
				}
				if name == names[code[:4]] {
					continue // a city without counties lists itself again
				}
				d = division{name: name, level: 3, province: names[code[:2]]}
				if p := names[code[:4]]; !placeholder(p) {
					d.prefecture = p
				}
			default:
				continue
			}
			divByName[name] = append(divByName[name], d)
		}
		// So is an autonomous county by its place name and 县: 长阳县 for
		// 长阳土家族自治县, and a prefecture or a league with a long name
		// by its first character and 州 or 盟: 巴州, 锡盟.
		// A banner is called by its short form as often as by its name:
		// 科右前旗 for 科尔沁右翼前旗, 土左旗 for 土默特左旗, 乌前旗 for
		// 乌拉特前旗; one with a long name and no side, by its first
		// character (伊旗 for 伊金霍洛旗). A short form that is a name
		// itself, or that two banners share, is not added.
		short := map[string][]division{}
		for _, ds := range divByName {
			for _, d := range ds {
				if a := bannerShort(d.name); a != "" && d.level == 3 {
					short[a] = append(short[a], d)
				}
				if a := autonomousCountyShort(d.name); a != "" && d.level == 3 {
					short[a] = append(short[a], d)
					if stem, ok := strings.CutSuffix(a, "县"); ok {
						// and by its place name and 自治县 (威宁自治县)
						short[stem+"自治县"] = append(short[stem+"自治县"], d)
					}
				}
				if a := bannerInitial(d.name); a != "" && d.level == 3 {
					short[a] = append(short[a], d)
				}
				if a := prefectureInitial(d.name); a != "" && d.level == 2 {
					short[a] = append(short[a], d)
				}
			}
		}
		for a, ds := range short {
			if len(ds) == 1 && len(divByName[a]) == 0 {
				divByName[a] = ds
			}
		}
		countyAbbr = map[string][]division{}
		for name, ds := range divByName {
			for _, d := range ds {
				if d.level != 3 || d.name != name || !strings.HasSuffix(name, "自治县") {
					continue // each county once, under its full name
				}
				for _, a := range autonomousCountyAbbrs(d.name) {
					if !namedStem(strings.TrimSuffix(a, "县")) {
						countyAbbr[a] = append(countyAbbr[a], d)
					}
				}
			}
		}
	})
}

// bannerSideRe matches the sides that end a banner's name: 右翼前旗,
// 左旗, 前旗, 左翼中旗.
var bannerSideRe = mustLitRe(`^(\p{Han}{2,4}?)((?:左翼|右翼|左|右)?(?:前|中|后)?)旗$`)

// bannerShort returns the short form of a banner's name, its first
// character and its sides (科尔沁右翼前旗 -> 科右前旗), or "".
func bannerShort(name string) string {
	m := bannerSideRe.FindStringSubmatch(name)
	if m == nil || m[2] == "" {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(m[1])
	return string(first) + strings.ReplaceAll(m[2], "翼", "") + "旗"
}

// bannerInitial returns the short form of a banner with no side whose
// transliterated name runs four characters or more: its first character
// and 旗 (伊旗 for 伊金霍洛旗, 克旗 for 克什克腾旗), or its first two when
// the first is a direction (东乌旗 for 东乌珠穆沁旗); "" for any other name.
func bannerInitial(name string) string {
	stem, ok := strings.CutSuffix(name, "旗")
	r := []rune(stem)
	if !ok || len(r) < 4 || strings.HasSuffix(stem, "自治") || strings.HasSuffix(stem, "联合") || bannerShort(name) != "" {
		return ""
	}
	if strings.ContainsRune("东西南北", r[0]) {
		return string(r[:2]) + "旗"
	}
	return string(r[0]) + "旗"
}

// autonomousCountyRe matches an autonomous county's name: its place name,
// the peoples it is of, with or without 族 (巴里坤哈萨克自治县) or as 各族
// (龙胜各族自治县), and 自治县 (积石山保安族东乡族撒拉族自治县).
var autonomousCountyRe = mustLitRe(`^(\p{Han}{2,5}?)(?:(?:` + peoples + `)族?|各族)+自治县$`)

// peoples are the names of China's peoples, without 族.
const peoples = "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"

// autonomousCountyShort returns the name an autonomous county or banner
// goes by in everyday use, its place name and 县 or 旗 (长阳土家族自治县 ->
// 长阳县, 莫力达瓦达斡尔族自治旗 -> 莫力达瓦旗), or the people it is named for
// and 旗 (鄂温克族自治旗 -> 鄂温克旗); else "".
func autonomousCountyShort(name string) string {
	if m := autonomousCountyRe.FindStringSubmatch(name); m != nil {
		return m[1] + "县"
	}
	stem, ok := strings.CutSuffix(name, "自治旗")
	if !ok {
		return ""
	}
	if m := autonomousCountyRe.FindStringSubmatch(stem + "自治县"); m != nil {
		return m[1] + "旗"
	}
	return strings.TrimSuffix(stem, "族") + "旗"
}

// autonomousCountyAbbrs returns the two-character names and 县 an
// autonomous county may go by besides its place name (autonomousCountyShort):
// its first character and the first of its first people (阜蒙县 for 阜新蒙古族
// 自治县, 杜蒙县 for 杜尔伯特蒙古族自治县), and, when its place name is a
// transliteration of four characters or more, its first character and any
// later one of that name (前郭县 for 前郭尔罗斯蒙古族自治县, 喀左县 for 喀喇沁
// 左翼蒙古族自治县). Several counties may share one; the caller keeps those
// that name one county alone.
func autonomousCountyAbbrs(name string) []string {
	m := autonomousCountyRe.FindStringSubmatch(name)
	if m == nil {
		return nil
	}
	stem := []rune(m[1])
	people, _ := utf8.DecodeRuneInString(name[len(m[1]):])
	out := []string{string(stem[0]) + string(people) + "县"}
	if len(stem) >= 4 {
		for _, r := range stem[1:] {
			out = append(out, string(stem[0])+string(r)+"县")
		}
	}
	return out
}

// namedStem reports whether the gazetteer knows a county-level place or a
// city named stem and its unit (三水区: 三水县 is its name of old, not an
// abbreviation).
func namedStem(stem string) bool {
	for _, u := range []string{"县", "区", "市", "旗"} {
		if len(divByName[stem+u]) > 0 {
			return true
		}
	}
	return false
}

// abbreviatedCounty returns the one autonomous county that name, two
// characters and 县 the gazetteer does not know, abbreviates
// (autonomousCountyAbbrs), or false.
func abbreviatedCounty(name string) (division, bool) {
	loadDivisions()
	if ds := countyAbbr[name]; len(ds) == 1 && len(divByName[name]) == 0 {
		return ds[0], true
	}
	return division{}, false
}

// provinceShort returns the short form of a province-level name: 江苏 for
// 江苏省, 广西 for 广西壮族自治区, 内蒙古 for 内蒙古自治区, 北京 for 北京市.
func provinceShort(name string) string {
	for _, suf := range []string{"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"} {
		if s, ok := strings.CutSuffix(name, suf); ok && s != "" {
			return s
		}
	}
	return name
}

// lookupPlace returns the divisions named name: a full name (扬州市,
// 延边朝鲜族自治州), a province's short form (江苏, 广西) or a chain of
// names (江苏省扬州市, 浙江省湖州市吴兴区, 晋城市城区), whose last name is looked up under
// the ones before it.
func lookupPlace(name string) []division {
	loadDivisions()
	name = strings.TrimSpace(name)
	if ds := divByName[name]; len(ds) > 0 {
		return ds
	}
	if full, ok := provShort[name]; ok {
		return divByName[full]
	}
	if utf8.RuneCountInString(name) < 5 {
		return nil // a chain is a name of three characters or more and another of two or more
	}
	if !placeSuffix(name) {
		// the last name of a chain is a division's: without one the
		// chain is none, and placeRe, the costly part (the term finder
		// asks of every short candidate), need not run
		return nil
	}
	parts := placeRe.FindAllString(name, -1)
	if joined := strings.Join(parts, ""); len(parts) > 0 && strings.HasPrefix(name, joined) && len(name)-len(joined) == 6 && len(divByName[name[len(joined):]]) > 0 {
		// A county or district whose full name is two characters (城区,
		// 郊区, 歙县), after its city: placeRe takes none of them alone.
		parts = append(parts, name[len(joined):])
	}
	if len(parts) < 2 || strings.Join(parts, "") != name {
		return nil
	}
	var out []division
	for _, d := range divByName[parts[len(parts)-1]] {
		ok := true
		for _, up := range parts[:len(parts)-1] {
			if up != d.province && up != d.prefecture {
				ok = false
			}
		}
		if ok {
			out = append(out, d)
		}
	}
	return out
}

// placeSuffix reports whether name ends with a division's name that is not
// all of it: the last name of a chain (lookupPlace).
func placeSuffix(name string) bool {
	for i := range name {
		if i > 0 && len(divByName[name[i:]]) > 0 {
			return true
		}
	}
	return false
}

// PlaceChain returns the province and the prefecture above region, a place
// at any level: 江苏省 and 扬州市 for 高邮市, 江苏省 and "" for 扬州市, "" and
// "" for 江苏省 itself. A county-level city directly under its province
// (仙桃市) or a district of a municipality (海淀区) has a province and no
// prefecture. region may name its chain (浙江省湖州市) to settle a name that
// several places share; an ambiguous name that no chain settles (朝阳区),
// 全国, and places the gazetteer does not know give "" and "".
func PlaceChain(region string) (province, prefecture string) {
	ds := lookupPlace(region)
	if len(ds) == 0 {
		return "", ""
	}
	d := ds[0]
	for _, o := range ds[1:] {
		if o.province != d.province {
			return "", ""
		}
		if o.prefecture != d.prefecture {
			// Same province, different prefectures: the province is still known.
			return d.province, ""
		}
	}
	return d.province, d.prefecture
}

// allDivisions lists every division, for prefix look-ups.
func allDivisions() []division {
	loadDivisions()
	divListOnce.Do(func() {
		for name, ds := range divByName {
			for _, d := range ds {
				if d.name == name { // not again under a banner's short form
					divList = append(divList, d)
				}
			}
		}
	})
	return divList
}

var (
	divListOnce sync.Once
	divList     []division
)

// A unit is the kind of place a government speaks for, as a report names
// it: 省, 自治区, 市, 州, 盟, 地区 or 行署, 区, 县, 旗, 林区 (神农架林区),
// 特区 (六枝特区).
//
// unitFits reports whether division d is of unit u ("" fits all).
func unitFits(d division, u string) bool {
	switch u {
	case "":
		return true
	case "省":
		return d.level == 1 && strings.HasSuffix(d.name, "省")
	case "自治区":
		return d.level == 1 && strings.HasSuffix(d.name, "自治区")
	case "市":
		return strings.HasSuffix(d.name, "市")
	case "州":
		return d.level == 2 && strings.HasSuffix(d.name, "州") && !strings.HasSuffix(d.name, "市")
	case "盟":
		return strings.HasSuffix(d.name, "盟")
	case "地区":
		return strings.HasSuffix(d.name, "地区")
	case "行署":
		return strings.HasSuffix(d.name, "盟") || strings.HasSuffix(d.name, "地区")
	case "区":
		return d.level == 3 && strings.HasSuffix(d.name, "区")
	case "县":
		return strings.HasSuffix(d.name, "县")
	case "旗":
		return strings.HasSuffix(d.name, "旗")
	case "林区", "特区":
		return d.level == 3 && strings.HasSuffix(d.name, u)
	}
	return false
}

// resolvePlace returns the divisions that name, as a report or a file name
// gives it, can mean when the place is of unit u ("" for any): a full name
// (黔南布依族苗族自治州), a chain (某省某市某区), an abbreviated autonomous
// prefecture (黔南州 for 黔南布依族苗族自治州), or a name without its suffix
// (a file named after its place).
func resolvePlace(name, u string) []division {
	name = strings.TrimSpace(name)
	if utf8.RuneCountInString(name) < 2 {
		return nil
	}
	keep := func(ds []division) []division {
		var out []division
		for _, d := range ds {
			if unitFits(d, u) {
				out = append(out, d)
			}
		}
		return out
	}
	if ds := keep(lookupPlace(name)); len(ds) > 0 {
		return ds
	}
	stem := name
	for _, suf := range []string{"自治州", "州", "盟", "地区", "市", "县", "区", "旗", "省"} {
		if s, ok := strings.CutSuffix(name, suf); ok && utf8.RuneCountInString(s) >= 2 {
			if placeRe.MatchString(name) && suf != "州" && lookupPlace(name) == nil && u != "" {
				// A full name the gazetteer does not know (a fictional place,
				// a renamed one): do not guess from its stem.
				return nil
			}
			stem = s
			break
		}
	}
	var out []division
	for _, d := range allDivisions() {
		if !unitFits(d, u) || !strings.HasPrefix(d.name, stem) {
			continue
		}
		rest := strings.TrimPrefix(d.name, stem)
		switch {
		case rest == "市" || rest == "县" || rest == "区" || rest == "盟" || rest == "旗" || rest == "地区" || rest == "省" || rest == "自治区" || rest == "特别行政区":
		case strings.HasSuffix(rest, "自治州") || strings.HasSuffix(rest, "自治县") || strings.HasSuffix(rest, "自治旗") || d.level == 1 && strings.HasSuffix(rest, "自治区"):
		default:
			continue
		}
		out = append(out, d)
	}
	return out
}

// provincePinyin maps the pinyin of province-level names, as file names
// spell them (anhui_2026.txt), to the full names.
var provincePinyin = map[string]string{
	"beijing": "北京市", "tianjin": "天津市", "hebei": "河北省", "shanxi": "山西省", "neimenggu": "内蒙古自治区",
	"innermongolia": "内蒙古自治区", "liaoning": "辽宁省", "jilin": "吉林省", "heilongjiang": "黑龙江省",
	"shanghai": "上海市", "jiangsu": "江苏省", "zhejiang": "浙江省", "anhui": "安徽省", "fujian": "福建省",
	"jiangxi": "江西省", "shandong": "山东省", "henan": "河南省", "hubei": "湖北省", "hunan": "湖南省",
	"guangdong": "广东省", "guangxi": "广西壮族自治区", "hainan": "海南省", "chongqing": "重庆市",
	"sichuan": "四川省", "guizhou": "贵州省", "yunnan": "云南省", "xizang": "西藏自治区", "tibet": "西藏自治区",
	"shaanxi": "陕西省", "gansu": "甘肃省", "qinghai": "青海省", "ningxia": "宁夏回族自治区",
	"xinjiang": "新疆维吾尔自治区",
}

var fileNameHanRe = mustLitRe(`\p{Han}{2,}`)

// unknownPlace returns name as a division when it is a full place name
// (某某市, 某某县, 某某自治州) that the gazetteer does not know, a fictional
// or renamed place, taken as it is; its level comes from its suffix.
func unknownPlace(name string) (division, bool) {
	if placeRe.FindString(name) != name || lookupPlace(name) != nil || strings.ContainsRune(notPlaceStart, firstRune(name)) {
		return division{}, false
	}
	level := 2
	switch {
	case strings.HasSuffix(name, "省") || strings.HasSuffix(name, "自治区"):
		level = 1
	case strings.HasSuffix(name, "县") || strings.HasSuffix(name, "旗") || strings.HasSuffix(name, "区"):
		level = 3
	}
	return division{name: name, level: level}, true
}

// successorCounty returns name, the full name of a county (某某县) or of a
// county-level city (某某市) that the gazetteer does not know, as the
// division it names: the place that has since become a district (or, for
// a county, a city) of the same stem at the county level (某某区, 某某市),
// whose province and prefecture it keeps. ok is false when the gazetteer
// knows name, or when no such district or city, or more than one, has its
// stem.
func successorCounty(name string) (division, bool) {
	stem, suffixes := "", []string(nil)
	if s, ok := strings.CutSuffix(name, "县"); ok {
		stem, suffixes = s, []string{"区", "市"}
	} else if s, ok := strings.CutSuffix(name, "市"); ok {
		stem, suffixes = s, []string{"区"}
	}
	if utf8.RuneCountInString(stem) < 2 || lookupPlace(name) != nil {
		return division{}, false
	}
	var found []division
	for _, suf := range suffixes {
		for _, d := range lookupPlace(stem + suf) {
			if d.level == 3 {
				found = append(found, d)
			}
		}
	}
	if len(found) != 1 {
		return division{}, false
	}
	d := found[0]
	d.name = name
	return d, true
}

// latinWordRe matches a run of Latin letters (a province's name in pinyin).
var latinWordRe = mustLitRe(`[A-Za-z]+`)

// fileNamePlaces returns the places a file name may name: its runs of Han
// characters (深圳, 扬州市_2021_report) and the pinyin of a province
// (anhui_2026), each with the divisions it can mean at unit u (a full name
// the gazetteer does not know as it is). Words of a report's name
// (政府工作报告, 国务院, 年) are taken off first.
func fileNamePlaces(base, u string) [][]division {
	name := strings.TrimSuffix(base, filepath.Ext(base))
	for _, w := range []string{"人民政府", "政府工作报告", "政府", "工作报告", "报告", "国务院", "全文", "摘要", "摘登"} {
		name = strings.ReplaceAll(name, w, " ")
	}
	var out [][]division
	for _, run := range fileNameHanRe.FindAllString(name, -1) {
		run = strings.TrimLeft(run, "年")
		if ds := resolvePlace(run, u); len(ds) > 0 {
			out = append(out, ds)
		} else if d, ok := unknownPlace(run); ok && unitFits(d, u) {
			out = append(out, []division{d})
		}
	}
	for _, tok := range latinWordRe.FindAllString(name, -1) {
		if full, ok := provincePinyin[strings.ToLower(tok)]; ok {
			if ds := resolvePlace(full, u); len(ds) > 0 {
				out = append(out, ds)
			}
		}
	}
	return out
}

// ProvinceOf returns the province-level unit a document with this region
// and chain belongs to: province when set, else region itself when it is
// a province-level unit (河北省, 广西壮族自治区, 北京市), else "" (全国, or a
// place the gazetteer does not know).
func ProvinceOf(region, province string) string {
	if province != "" {
		return province
	}
	for _, d := range lookupPlace(region) {
		if d.level == 1 && d.name == region {
			return region
		}
	}
	return ""
}
