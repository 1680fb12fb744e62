package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// devChrome are lines of site chrome, or of a collector's header, that must
// not survive in any section: the same rules as the dev-corpus check
// (../shared/checks/dev-corpus).
var (
	devChrome = regexp.MustCompile(`【字[体号]|^[大中小]$|中央政府门户网站|www\.gov\.cn|责任编辑|E-mail推荐|<U\+00A0>|<!--|ICP备|打印本页|关闭窗口|当前位置[：:]|^首页\s*[>›]|^【打印】|^【关闭】|^分享到|^扫一扫|^来源URL|^发文单位[：:]|^发文时间[：:]|^报告人[：:]|^正文[：:]$|^标题[：:]`)
	// devAbridged marks, in a label's notes, a report that is not whole.
	devAbridged = regexp.MustCompile(`(?i)摘登|摘要|excerpt|abridg|digest|truncat|news|新闻`)
	// devNumbered matches a line that starts with a part's or a section's
	// numbering by the dev set's convention (its README: 一、 and （一）,
	// never 一是 or a paragraph opening with 第一，), and old reports' 第一、.
	devNumbered = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+、)`)
)

// TestDevCorpus reads every file of ../shared/dev through ReadFile and
// applies the reading rules of the dev-corpus check that belong to Clean
// and Split: sections tile the body, no section line is site chrome, no
// section text of 80 characters or more occurs twice (a file holding the
// report several times yields it once), and a full 政府工作报告 has at least
// 2 top-level sections and 6 headed ones. It prints every problem, then
// fails. A report whose cleaned text holds fewer than 6 numbered lines and
// comes out with fewer than 6 headings is logged, not failed: its file has
// lost its headings (or never had six), and a reader that invented them
// would be wrong.
func TestDevCorpus(t *testing.T) {
	f, err := os.Open(filepath.Join(devDir, "manifest.jsonl"))
	if err != nil {
		t.Skipf("no dev corpus in %s (it lives beside the repository, in shared/dev): %v", devDir, err)
	}
	defer f.Close()
	type label struct {
		Path, Kind, Notes string
	}
	var labels []label
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("manifest: %v", err)
		}
		labels = append(labels, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	var problems []string
	chrome, repeats, structure, full := 0, 0, 0, 0
	for _, l := range labels {
		d, err := ReadFile(filepath.Join(devDir, l.Path))
		if err != nil {
			problems = append(problems, fmt.Sprintf("read      %s: %v", l.Path, err))
			continue
		}
		if e := tiles(d); e != "" {
			problems = append(problems, fmt.Sprintf("tiling    %s: %s", l.Path, e))
		}
	chrome:
		for _, s := range d.Sections {
			for _, line := range strings.Split(s.Heading+"\n"+s.Text, "\n") {
				line = strings.TrimSpace(line)
				if devChrome.MatchString(line) {
					problems = append(problems, fmt.Sprintf("chrome    %s: section %q has line %q", l.Path, clip(s.Heading), clip(line)))
					chrome++
					break chrome
				}
			}
		}
		seen := map[string]string{}
		for _, s := range d.Sections {
			t := strings.Join(strings.Fields(s.Text), "")
			if utf8.RuneCountInString(t) < 80 {
				continue
			}
			if h, ok := seen[t]; ok {
				problems = append(problems, fmt.Sprintf("repeats   %s: the text of %q appears again under %q", l.Path, clip(h), clip(s.Heading)))
				repeats++
				break
			}
			seen[t] = s.Heading
		}
		if l.Kind == "政府工作报告" && !devAbridged.MatchString(l.Notes) {
			full++
			top, headed, tops := 0, 0, 0
			for _, s := range d.Sections {
				if s.Heading != "" && (top == 0 || s.Level < top) {
					top = s.Level
				}
			}
			for _, s := range d.Sections {
				if s.Heading != "" {
					headed++
					if s.Level == top {
						tops++
					}
				}
			}
			if tops < 2 || headed < 6 {
				numbered := 0
				for _, line := range strings.Split(d.Body, "\n") {
					if devNumbered.MatchString(line) {
						numbered++
					}
				}
				if numbered < 6 && headed < 6 {
					t.Logf("structure %s: %d top-level sections, %d headed in all; the text has %d numbered lines (not failed)", l.Path, tops, headed, numbered)
				} else {
					problems = append(problems, fmt.Sprintf("structure %s: %d top-level sections, %d headed in all", l.Path, tops, headed))
				}
				structure++
			}
		}
	}
	for _, p := range problems {
		t.Log(p)
	}
	summary := fmt.Sprintf("%d files: chrome in %d, repeats in %d, structure short in %d of %d full reports", len(labels), chrome, repeats, structure, full)
	if len(problems) > 0 {
		t.Errorf("%s (%d problems)", summary, len(problems))
	} else {
		t.Log(summary)
	}
}
