package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSampleCorpus reads the fictional sample reports shipped in
// corpus/sample, whose file names say what they are
// (minghu-edu-2023-plan.txt), and checks the metadata and heading tree
// Read gives them.
func TestSampleCorpus(t *testing.T) {
	files, _ := filepath.Glob("sample/*.txt")
	if len(files) == 0 {
		t.Skip("no sample reports in corpus/sample")
	}
	regions := map[string]string{"minghu": "明湖市", "wangchuan": "望川县"}
	issuers := map[string]string{"edu": "教育局", "jyj": "教育体育局", "gov": "人民政府"}
	kinds := map[string][]string{"plan": {"计划", "要点"}, "summary": {"总结", "半年总结"}, "report": {"政府工作报告"}}
	for _, f := range files {
		parts := strings.Split(strings.TrimSuffix(filepath.Base(f), ".txt"), "-")
		if len(parts) != 4 {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			d, err := ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			checkTiling(t, d)
			if d.Region != regions[parts[0]] {
				t.Errorf("%s: region %q, want %q", f, d.Region, regions[parts[0]])
			}
			if d.Issuer != issuers[parts[1]] {
				t.Errorf("%s: issuer %q, want %q", f, d.Issuer, issuers[parts[1]])
			}
			if y := atoi(parts[2]); d.Year != y {
				t.Errorf("%s: year %d, want %d", f, d.Year, y)
			}
			if !containsAny(kinds[parts[3]], d.Kind) || d.Kind == "" {
				t.Errorf("%s: kind %q, want one of %q", f, d.Kind, kinds[parts[3]])
			}
			if !strings.HasPrefix(d.Title, regions[parts[0]]) {
				t.Errorf("%s: title %q", f, d.Title)
			}
			tops := 0
			for _, s := range d.Sections {
				if s.Level == 1 {
					tops++
					if !strings.HasPrefix(s.Heading, "一、") && tops == 1 {
						t.Errorf("%s: first top-level heading %q, want 一、…", f, s.Heading)
					}
				}
			}
			if tops < 3 {
				t.Errorf("%s: %d top-level headings, want at least 3", f, tops)
			}
			for _, w := range d.Warnings {
				t.Logf("%s: warning: %d: %s", f, w.Line, w.Message)
			}
		})
	}
}
