package corpus

import (
	"strings"
	"testing"
)

// TestCopySiteTagsAroundHeadline: a copy site files a bureau's points
// under its column in black brackets and tags the headline after it with
// its own words in its own order (【教育总结】…【范文精选】). The title is
// the paper's, and the column's 总结 is not the paper's kind: a 要点.
func TestCopySiteTagsAroundHeadline(t *testing.T) {
	text := strings.Join([]string{
		"【教育总结】县教育局2031年工作要点【范文精选】",
		"时间：2033-05-11 17:45:03 教育整顿 浏览次数：",
		"白塔县教育局2031年工作要点",
		"2031年全县教育工作的总体要求是：以办人民满意的教育为目标，深入推进教育均衡发展，全面提高教育质量。",
		"一、推进学前教育普及普惠",
		"1.扩大公办学前教育资源。新建公办幼儿园3所，新增学位900个。",
		"二、推进义务教育优质均衡",
		"2.加快学校建设。完成白塔县第二实验小学主体工程。",
	}, "\n")
	d, err := Read("points.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "县教育局2031年工作要点" && d.Title != "白塔县教育局2031年工作要点" {
		t.Errorf("title %q, want the headline without the site's tags", d.Title)
	}
	if d.Kind != "要点" {
		t.Errorf("kind %q, want 要点 (the column 教育总结 is the site's)", d.Kind)
	}
	// The other orders and pairs of the site's words are its tags too.
	for _, tag := range []string{"【热门推荐】", "【精选范文推荐】", "（优质范文）"} {
		if got := copyTagRe.ReplaceAllString("白塔县教育局2031年工作要点"+tag, ""); got != "白塔县教育局2031年工作要点" {
			t.Errorf("%s: %q left", tag, got)
		}
	}
	// A title's own last words in brackets are not a tag.
	if got := copyTagRe.ReplaceAllString("白塔县教育局2031年工作要点（征求意见稿）", ""); !strings.HasSuffix(got, "（征求意见稿）") {
		t.Errorf("（征求意见稿） taken as a tag: %q", got)
	}
}

// TestCopySiteOfferBlurb: a copy site opens the page with its offer of the
// paper to the curious (这里给大家带来的是…，有兴趣的小伙伴可以进来看看，参考
// 参考！). The offer is the site's, not the paper's: no section holds it,
// and the summary's kind comes from its own opening, which the offer no
// longer pushes out of reach.
func TestCopySiteOfferBlurb(t *testing.T) {
	text := strings.Join([]string{
		"教育局的工作是做好教育工作，督查各个学校的教学工作。这里给大家带来的是教育局2031年上半年教育工作总结，有兴趣的小伙伴可以进来看看，参考参考！",
		"2031年上半年，在县委、县人民政府的正确领导下，在上级教育主管部门的关心指导下，县教育局认真学习宣传贯彻党的教育方针，全面落实国家中长期教育改革和发展规划，紧扣县域教育改革发展阶段性的“六个一”目标，以立德树人为根本任务，以提高质量为核心，统筹推进学校建设、队伍建设和安全稳定各项工作，努力完成各项工作任务。现将2031年上半年的工作情况总结如下：",
		"一、工作开展情况",
		"（一）开展丰富多彩的活动，强化德育工作",
		"1.培养学生课外兴趣爱好。组织开展了艺术、体育、科技等6个类别18个兴趣培训班，寒假培训青少年学生267人次。",
		"2.积极开展校外活动。组织开展了全县中小学生汉字听写大赛，280名学生参加。",
	}, "\n")
	d, err := Read("half.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != "半年总结" {
		t.Errorf("kind %q, want 半年总结", d.Kind)
	}
	for _, s := range d.Sections {
		if strings.Contains(s.Text, "有兴趣的小伙伴") || strings.Contains(s.Heading, "有兴趣的小伙伴") {
			t.Errorf("section %q keeps the site's offer", s.Heading)
		}
	}
	if !strings.Contains(d.Body, "现将2031年上半年的工作情况总结如下") {
		t.Errorf("the summary's opening is gone from the body")
	}
}

// TestListTemplateStamp: a copy site's list template stamps the page under
// its headline with the time without the year in square brackets, its own
// address as the source, its column's name and the count of reads
// ([05-13 14:52:51] 来源：http://… 个人工作计划 阅读：8616次). The stamp is
// the site's: no section holds it, and the plan's first part under it is a
// heading, not a sentence the stamp ran into.
func TestListTemplateStamp(t *testing.T) {
	text := strings.Join([]string{
		"区教文体局2031年工作思路",
		"-",
		"[05-13 14:52:51] 来源:http://www.example.com 个人工作计划 阅读:8616次",
		"一、指导思想:",
		"以办人民满意的教育为目标，全面落实白塔区委全体（扩大）会议的工作部署，实现教育、文化、体育各项事业的持续、健康、协调发展。",
		"二、目标任务:",
		"(一)教育工作总体目标:努力构建“和谐发展、均衡优质”的现代教育体系，加大农村学前教育发展力度。",
		"八项事业目标:",
		"1、学前教育:学前三年入园率达98%以上。",
		"2、义务教育:小学入学率、巩固率为100%。",
	}, "\n")
	d, err := Read("plan.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	first := ""
	for _, s := range d.Sections {
		if strings.Contains(s.Text, "8616") || strings.Contains(s.Text, "example.com") {
			t.Errorf("section %q keeps the site's stamp", s.Heading)
		}
		if first == "" && s.Heading != "" {
			first = s.Heading
		}
	}
	if !strings.HasPrefix(first, "一、指导思想") {
		t.Errorf("first heading %q, want 一、指导思想", first)
	}
	// A line of a paper's own with a count and a colon is no stamp.
	for _, l := range []string{"全县中小学生阅读量：人均12本", "活动安排：3月5日 地点：县体育馆 参加人数：600人次"} {
		if isFieldsLine(l) {
			t.Errorf("%q taken for a stamp", l)
		}
	}
}
