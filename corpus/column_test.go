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

func TestChannelPath(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"望川新闻网 新闻中心 望川动态", 5},
		{"明湖电视台 本地新闻", 5},
		{"新闻中心 乡镇动态 图片新闻", 4}, // three channels, no site
		{"新闻中心 乡镇动态", 0},      // two channels alone: a title's words, maybe
		{"望川县教育局 2032年工作要点", 0},
		{"望川县人民政府 望川县教育局", 0}, // offices, not channels
		{"望川新闻网 2032年望川县农业工作会议召开", 0},
		{"明湖新闻网 工作总结", 0}, // names a paper
		{"望川新闻网", 0},
	} {
		if got := channelPath(c.in); got != c.want {
			t.Errorf("channelPath(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestHeadlineTwice(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"2033年某镇教育发展工作规划2033年某镇教育发展工作规划全镇现有学校九所。", "2033年某镇教育发展工作规划"},
		{"明湖代表团审议报告：跑出高质量发展加速度跑出高质量发展加速度明湖代表团审议报告，某某出席", "明湖代表团审议报告：跑出高质量发展加速度"},
		{"2月6日，望川县代表团在住地召开全团会议2月6日，望川县代表团在住地召开全团会议，审议报告。", "2月6日，望川县代表团在住地召开全团会议"},
		{"全镇现有学校九所。全镇现有学校九所，其中小学七所。", ""},  // a sentence first: no headline
		{"一、加强教师队伍建设加强教师队伍建设，开展跟岗培训。", ""}, // a heading
		{"研究研究再研究，把工作落到实处。", ""},           // a short repeat
		{"望川县2032年工作要点", ""},
	} {
		if got := headlineTwice(c.in); got != c.want {
			t.Errorf("headlineTwice(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
