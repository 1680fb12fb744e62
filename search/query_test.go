package search

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport"
)

func TestParse(t *testing.T) {
	tests := []struct{ in, want string }{
		{`双减`, `双减`},
		{`  双减   课后服务 `, `双减 课后服务`},
		{`"推进教育现"`, `"推进教育现"`},
		{`“育现代”`, `"育现代"`},
		{`"“双减”"`, `"“双减”"`},
		{`"提出“两重”建设"`, `"提出“两重”建设"`},
		{`推进教育现代化`, `推进教育现代化{推进 教育现代化}`},
		{`双减 -培训`, `双减 -"培训"`},
		{`双减 -"校外 培训"`, `双减 -"校外 培训"`},
		{`双减 OR 减负 教师`, `双减 OR 减负 教师`},
		{`a OR b OR "c d"`, `a OR b OR "c d"`},
		{`year:2023 region:常州 kind:计划 issuer:教育局 双减`, `双减 year:2023 region:常州 kind:计划 issuer:教育局`},
		{`year:2021..2023`, `year:2021..2023`},
		{`region:"江 城"`, `region:"江 城"`},
		// A filter typed with the colon of a Chinese input method, or in
		// another case or width, is the filter, not a word that matches
		// nothing (a zero that read as an answer about the year).
		{`"双减" year：2023`, `"双减" year:2023`},
		{`"双减" Year:2023 REGION：常州`, `"双减" year:2023 region:常州`},
		{`ｋｉｎｄ：计划 双减`, `双减 kind:计划`},
		{`region："江 城"`, `region:"江 城"`},
		// A colon after anything else is text: a Chinese word, a fullwidth
		// colon after letters (GDP：增长 pasted from a report), a bare field.
		{`目标：双减`, `目标：双减{目标 双减}`},
		{`GDP：增长`, `GDP：增长{gdp 增长}`},
		{`foo:`, `foo:`},
		// Corner brackets, the fullwidth quote and single quotes quote
		// wording too, each closed by its own mark.
		{`「县域普通高中」`, `"县域普通高中"`},
		{`『育现代』 year:2023`, `"育现代" year:2023`},
		{`＂育现代＂ ‘双减’`, `"育现代" "双减"`},
		{`-「校外培训」 「“双减”政策」`, `"“双减”政策" -"校外培训"`},
		{`「双减」 OR 「减负」`, `"双减" OR "减负"`},
		// Values apart by commas are several values of the filter, as the
		// API's parameters are (one value 江苏,浙江 matched no report).
		{`"双减" region:江苏,浙江`, `"双减" region:江苏 region:浙江`},
		{`"双减" region:江苏，浙江, kind:总结,计划 year:2021,2023..2024`, `"双减" year:2021 year:2023..2024 region:江苏 region:浙江 kind:总结 kind:计划`},
		{`issuer:市教育局、市财政局`, `issuer:市教育局、市财政局`},
		{`ＡＩ`, `ＡＩ`},
		{``, ``},
		{`"` + strings.Repeat("甲", MaxQuery-2) + `"`, `"` + strings.Repeat("甲", MaxQuery-2) + `"`},
	}
	for _, tt := range tests {
		q, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := q.String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`双减 "课后服务`, "column 4: quote not closed"},
		{`OR 双减`, "column 1: OR needs a term before it"},
		{`双减 OR`, "column 4: OR needs a term after it"},
		{`双减 OR OR 减负`, "column 7: OR follows OR"},
		{`双减 - 培训`, "column 4: - must be followed"},
		{`year:20x3`, "column 6: year \"20x3\" is not a year"},
		{`year:2023..2021`, "column 6: year range \"2023..2021\" runs backwards"},
		{`region:`, "column 1: region: needs a value"},
		{`双减 「课后服务`, "column 4: quote not closed"},
		{`『课后服务」`, "column 1: quote not closed"},
		{`「」`, "column 1: empty quoted wording"},
		{`region:,，`, "column 1: region: needs a value"},
		{`kind:计划,通知`, `column 6: kind "通知" matches no report`},
		{`""`, "column 1: empty quoted wording"},
		{"教育 \u200b", `column 4: "\u200b" has nothing to search for`},
		{"教育 -\u0600", `column 5: "\u0600" has nothing to search for`},
		{`双减 OR -培训`, "column 7: an excluded term cannot be part of OR"},
		{`ab"cd"`, "column 3: quote inside a word"},
		{"\xff", "not valid UTF-8"},
		{`双减 -year:2023`, "column 4: a filter cannot be excluded"},
		{`双减 -Year：2023`, "column 4: a filter cannot be excluded"},
		// a filter that is none (a typo, a field the language lacks):
		// refused, not a word that matches nothing
		{`"双减" regoin:常州`, "column 6: regoin: is no filter: the filters are year:, region:, kind: and issuer:"},
		{`province:江苏 双减`, "column 1: province: is no filter"},
		{`foo:bar`, "column 1: foo: is no filter"},
		{"双减\x00培训", "column 3: control character U+0000"},
		{strings.Repeat("教育 ", MaxQuery/3+1), "query of 1002 characters: at most 1000"},
		// a kind no report can have: refused, not a zero that reads as an answer
		{`双减 kind:工作通知`, `column 9: kind "工作通知" matches no report: a kind is 总结, 半年总结, 计划, 要点, 政府工作报告, 新闻 or 其他`},
		{`kind:"通知"`, `column 6: kind "通知" matches no report`},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(%q) succeeded, want error %q", tt.in, tt.want)
			continue
		}
		if !errors.Is(err, ErrBadQuery) {
			t.Errorf("Parse(%q) error %v does not wrap ErrBadQuery", tt.in, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %q, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

// FuzzParse checks that Parse never panics and that the String form of a
// query parses again to the same String form.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`双减 "育现代" -培训 year:2021..2023`, `a OR b`, `region:"江 城" kind:计划`, `“x”`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("Parse(%q) error %v does not wrap ErrBadQuery", s, err)
			}
			return
		}
		str := q.String()
		if strings.ContainsAny(s, "{}") || strings.Contains(str, "{") {
			return // the segmentation braces are a display form
		}
		q2, err := Parse(str)
		if err != nil {
			t.Fatalf("Parse(%q) = %q, which does not parse: %v", s, str, err)
		}
		if q2.String() != str {
			t.Fatalf("Parse(%q).String() = %q, reparsed %q", s, str, q2.String())
		}
	})
}

// TestCheckKind: a kind filter passes when it is a kind or a part of one,
// folded as the filter folds (計劃 is 计划), and is refused otherwise,
// wrapping both ErrBadQuery and ErrNoSuchKind (through Parse too).
func TestCheckKind(t *testing.T) {
	for _, k := range []string{"计划", "計劃", "半年总结", "总结", "报告", "政府工作报告", "新闻", "其他", "要点", "工作计划", "工作要点", "工作總結"} {
		if err := CheckKind(k); err != nil {
			t.Errorf("CheckKind(%q) = %v, want nil", k, err)
		}
	}
	for _, k := range []string{"工作通知", "通知", "report", "\u200b"} {
		err := CheckKind(k)
		if err == nil || !errors.Is(err, ErrBadQuery) || !errors.Is(err, ErrNoSuchKind) || !strings.Contains(err.Error(), "matches no report") {
			t.Errorf("CheckKind(%q) = %v, want an error wrapping ErrBadQuery and ErrNoSuchKind", k, err)
		}
	}
	if _, err := Parse("教育 kind:通知"); !errors.Is(err, ErrNoSuchKind) {
		t.Errorf("Parse(教育 kind:通知) = %v, want an error wrapping ErrNoSuchKind", err)
	}
}

// TestFiltersMatchKind: kind:其他 finds the documents no kind fits (their
// kind left empty) and those a user corrected to 其他, and only them; the
// other kinds match as written in the query, and a report's long name
// (工作计划) as the kind it names.
func TestFiltersMatchKind(t *testing.T) {
	docs := map[string]*govreport.DocInfo{
		"none": {Kind: ""}, "other": {Kind: "其他"}, "summary": {Kind: "总结"},
		"half": {Kind: "半年总结"}, "report": {Kind: "政府工作报告"}, "plan": {Kind: "计划"},
	}
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"教育 kind:其他", []string{"none", "other"}},
		{"教育 kind:政府工作报告", []string{"report"}},
		{"教育 kind:半年总结", []string{"half"}},
		// a report's long name is its kind: 工作总结 is 总结 (which
		// 半年总结 holds), 工作计划 is 计划
		{"教育 kind:工作总结", []string{"half", "summary"}},
		{"教育 kind:工作计划", []string{"plan"}},
		{"教育", []string{"half", "none", "other", "plan", "report", "summary"}},
	} {
		q, err := Parse(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for name, d := range docs {
			if q.Filters.Match(d) {
				got = append(got, name)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s matches %v, want %v", tc.query, got, tc.want)
		}
	}
}

// TestFiltersMatchPlacePath: a region filter that writes a place under the
// place above it (江苏省常州市, 江苏常州, 常州市武进区, as addresses and
// reports write them) matches the place, as its own name does; a pair that
// is not the report's chain, or parts of one character, match nothing.
func TestFiltersMatchPlacePath(t *testing.T) {
	docs := map[string]*govreport.DocInfo{
		"province": {Region: "江苏省", Province: "江苏省"},
		"city":     {Region: "常州市", Province: "江苏省"},
		"district": {Region: "武进区", Prefecture: "常州市", Province: "江苏省"},
		"other":    {Region: "湖州市", Province: "浙江省"},
		"autonomy": {Region: "黔南布依族苗族自治州", Province: "贵州省"},
	}
	for _, tc := range []struct {
		region string
		want   []string
	}{
		{"常州", []string{"city", "district"}},
		{"江苏省常州市", []string{"city", "district"}},
		{"江苏常州", []string{"city", "district"}},
		{"常州市武进区", []string{"district"}},
		{"江苏省武进区", []string{"district"}},
		{"贵州黔南州", nil}, // 黔南州 is no part of 黔南布依族苗族自治州's name
		{"贵州黔南", []string{"autonomy"}},
		{"浙江常州", nil},
		{"常州湖州", nil},
		{"江常", nil},
	} {
		f := Filters{Regions: []string{tc.region}}
		var got []string
		for name, d := range docs {
			if f.Match(d) {
				got = append(got, name)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("region:%s matches %v, want %v", tc.region, got, tc.want)
		}
	}
}
