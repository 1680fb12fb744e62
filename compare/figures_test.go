package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestFiguresGolden runs testdata/figures: parse.txt lists the figures
// read from each line of its input; every other file compares an old and
// a new section text and lists the changed figures with what they
// measure. Run with -update to rewrite the expected parts, then read the
// git diff.
func TestFiguresGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/figures/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			parts := map[string]string{}
			for _, f := range ar.Files {
				parts[f.Name] = string(f.Data)
			}
			var want, got string
			if in, ok := parts["input"]; ok {
				want = "quantities"
				got = showQuantities(in)
			} else {
				want = "changes"
				got = showChanges(parts["old"], parts["new"])
			}
			if *update {
				for i := range ar.Files {
					if ar.Files[i].Name == want {
						ar.Files[i].Data = []byte(got)
					}
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != parts[want] {
				t.Errorf("%s: %s differ\n--- got\n%s--- want\n%s", file, want, got, parts[want])
			}
		})
	}
}

func showQuantities(in string) string {
	var sb strings.Builder
	for _, line := range strings.Split(strings.TrimRight(in, "\n"), "\n") {
		qs := quantities(line, 0)
		if len(qs) == 0 {
			fmt.Fprintf(&sb, "(none) %s\n", line)
			continue
		}
		for _, q := range qs {
			v := strconv.FormatFloat(q.Value, 'g', 10, 64)
			if q.High != 0 {
				v += " — " + strconv.FormatFloat(q.High, 'g', 10, 64)
			}
			fmt.Fprintf(&sb, "%s | %s | %s | %s\n", q.text, v, q.Unit, q.Qualifier)
		}
	}
	return sb.String()
}

func showChanges(old, new string) string {
	a := build("a", sections(old)...)
	b := build("b", sections(new)...)
	r := Compare(a, b, Options{})
	var sb strings.Builder
	for _, n := range r.Summary.ChangedNumbers {
		fmt.Fprintf(&sb, "%s -> %s | %s | %s\n", n.From, n.To, n.Indicator, n.Unit)
	}
	if sb.Len() == 0 {
		return "(none)\n"
	}
	return sb.String()
}

// sections returns the sections of a golden's side for build: one
// section headed 一、主要目标, or one for each line "# heading" and the
// lines under it.
func sections(text string) []string {
	text = strings.TrimRight(text, "\n")
	if !strings.HasPrefix(text, "# ") {
		return []string{"1|一、主要目标|" + text}
	}
	var out []string
	for _, part := range strings.Split(text[2:], "\n# ") {
		heading, body, _ := strings.Cut(part, "\n")
		out = append(out, "1|"+heading+"|"+body)
	}
	return out
}

func TestQuantityEqual(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"3.8万亿元", "38000亿元", true},
		{"4.6%以内", "低于4.6%", true},
		{"2%以上", "超过2%", true},
		{"5%左右", "5%", false},
		{"200万吨", "200万亩", false},
		{"百分之五", "5%", true},
		{"三成", "30%", true},
		{"１２所", "12所", true},
	}
	for _, c := range cases {
		qa, qb := quantities(c.a, 0), quantities(c.b, 0)
		if len(qa) != 1 || len(qb) != 1 {
			t.Errorf("quantities(%q), quantities(%q): %d and %d figures, want 1 each", c.a, c.b, len(qa), len(qb))
			continue
		}
		if got := qa[0].equal(qb[0].Quantity); got != c.want {
			t.Errorf("%q.equal(%q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestQuantityNear(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"12.5亿元", "21350元", false},
		{"3.8万亿元", "3.9万亿元", true},
		{"5到7元", "7.4元", true},
		{"100个", "20个", true},
		{"2个", "300个", false},
		{"0.1%", "15%", true}, // rates move freely
	}
	for _, c := range cases {
		qa, qb := quantities(c.a, 0), quantities(c.b, 0)
		if len(qa) != 1 || len(qb) != 1 {
			t.Errorf("quantities(%q), quantities(%q): %d and %d figures, want 1 each", c.a, c.b, len(qa), len(qb))
			continue
		}
		if got := qa[0].near(qb[0].Quantity); got != c.want {
			t.Errorf("%q.near(%q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
