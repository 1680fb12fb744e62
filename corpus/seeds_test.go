package corpus

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// seedsDir holds real scraped reports, kept outside the repository.
const seedsDir = "../../shared/seeds"

// TestSeeds reads the real seed reports and checks what users rely on: the
// metadata, the top-level headings, headings deeper down, sentences a site
// cut in two joined again, and no site chrome, page marker or space between
// Chinese characters left in any section.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*"))
	if len(files) == 0 {
		t.Skipf("no seed reports in %s (they live beside the repository, in shared/seeds)", seedsDir)
	}
	type want struct {
		year                int
		kind, region, title string
		top, any, joined    []string
	}
	expect := map[string]want{
		"000": {2021, "总结", "常州", "常州市教育工作总结", []string{"注重整体发展", "注重协调发展"}, []string{"继续推进教育信息化"}, nil},
		"001": {2021, "总结", "", "创强创优", []string{"抓资源整合", "抓机制保障", "抓课程改革", "行动计划", "两年"}, []string{"制定全市学校布局专项规划"},
			[]string{"经市政府常务会议审议通过", "工程的最后一年", "义务教育阶段教师原由学校"}},
		"002": {2022, "", "常州", "小目标", nil, []string{"钟楼区", "溧阳市"}, nil},
		"003": {2023, "计划", "连云港", "2023年市教育工作计划", []string{"工作主题", "工作目标及举措"}, []string{"进一步统筹推动全市教育事业改革进展"}, nil},
		"004": {2023, "总结", "常州", "抓课改促进展半年工作总结", []string{"突出工作重点", "推动课程改革", "学习型系统", "依法治教"}, []string{"加快教育信息化建设"},
			[]string{"重中之重的战略地位"}},
	}
	noise := []string{"VIP", "ICP备", "本文档", "上传人", "上传时间", "版权所有", "温馨提示", "分享赚钱", "网站客服", "展开阅读全文",
		"相关文档", "相关资源", "查看更多", "官方认证", "IP属地", "【关闭", "文档编号", "第1页", "book118", "金锄头",
		"汇文网", "足球投注", "文档评论", "下载文档", "此文档下载收益", "你可能关注的文档", "当前位置", "发布人"}
	innerSpace := regexp.MustCompile(`\p{Han}[ \t\x{3000}\x{a0}]+\p{Han}`)
	seen := 0
	for _, f := range files {
		key := filepath.Base(f)
		if len(key) < 3 {
			continue
		}
		w, ok := expect[key[:3]]
		if !ok {
			continue
		}
		seen++
		t.Run(key[:3], func(t *testing.T) {
			d, err := ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			checkTiling(t, d)
			if d.Year != w.year {
				t.Errorf("%s: year %d, want %d", key, d.Year, w.year)
			}
			if !strings.Contains(d.Title, w.title) {
				t.Errorf("%s: title %q, want it to contain %q", key, d.Title, w.title)
			}
			if !strings.Contains(d.Kind, w.kind) {
				t.Errorf("%s: kind %q, want %q", key, d.Kind, w.kind)
			}
			if w.region == "" && d.Region != "" || !strings.Contains(d.Region, w.region) {
				t.Errorf("%s: region %q, want %q", key, d.Region, w.region)
			}
			top := 0
			for _, s := range d.Sections {
				if s.Heading != "" && (top == 0 || s.Level < top) {
					top = s.Level
				}
			}
			var tops, all []string
			var body strings.Builder
			for _, s := range d.Sections {
				if s.Level == top && s.Heading != "" {
					tops = append(tops, s.Heading)
				}
				all = append(all, s.Heading)
				body.WriteString(s.Heading + "\n" + s.Text + "\n")
			}
			for _, h := range w.top {
				if !containsAny(tops, h) {
					t.Errorf("%s: no top-level heading with %q among %q", key, h, tops)
				}
			}
			for _, h := range w.any {
				if !containsAny(all, h) {
					t.Errorf("%s: no heading with %q", key, h)
				}
			}
			text := body.String()
			for _, j := range w.joined {
				if !strings.Contains(text, j) {
					t.Errorf("%s: page-split wording not joined: %q", key, j)
				}
			}
			for _, n := range noise {
				if i := strings.Index(text, n); i >= 0 {
					t.Errorf("%s: site noise %q survives: …%s…", key, n, text[max(0, i-30):min(len(text), i+30)])
				}
			}
			if m := innerSpace.FindString(text); m != "" {
				t.Errorf("%s: space between Chinese characters: %q", key, m)
			}
		})
	}
	if seen != len(expect) {
		t.Errorf("found %d of the %d expected seeds in %s", seen, len(expect), seedsDir)
	}
}

func containsAny(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
