package corpus

import "testing"

func TestColumnLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"教育动态", true},
		{"行业观察", true},
		{"青石坪", true},      // a tag: a place's nickname, no level
		{"editor01", true}, // a poster's user name
		{"云溪县", false},     // a place: a title's first half, maybe
		{"云溪县教育局", false},  // an office over its paper
		{"工作要点", false},    // names a paper
		{"许安调研", false},    // holds an act
		{"全县大会召开", false},
		{"【政协季度协商会议】", false},
		{"2032", false},
	} {
		if got := columnLine(c.in); got != c.want {
			t.Errorf("columnLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestLoadingLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"稍等片刻...", true},
		{"正在进行安全检测...", true},
		{"页面加载中", true},
		{"请稍候……", true},
		{"Loading...", true},
		{"正在加载中，请稍候", false}, // (two phrases: not matched; kept conservative)
		{"加强安全检测工作", false},
		{"检测中心", false},
	} {
		if got := loadingLineRe.MatchString(c.in); got != c.want {
			t.Errorf("loadingLineRe.MatchString(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestBrokenAgainBelow(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"云溪区2032年预算执行情况和2033年预算草案的报告", "云溪区2032年预算执行情况", "2033年预算草案的报告"}, true},
		{[]string{"云溪区2032年预算执行情况与2033年预算草案的报告", "云溪区2032年预算执行情况", "2033年预算草案的报告"}, true},
		{[]string{"云溪区2032年预算执行情况和2033年预算草案的报告", "云溪区2032年预算执行情况", "主任、各位副主任："}, false},
		{[]string{"云溪区2032年工作总结", "云溪区", "2032年工作总结"}, false}, // (the first piece is too short to be a title's half)
	} {
		if got := brokenAgainBelow(c.lines[0], c.lines); got != c.want {
			t.Errorf("brokenAgainBelow(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}
