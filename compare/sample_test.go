package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/width"
	"golang.org/x/tools/txtar"

	"github.com/govreport/govreport/corpus"
)

// sampleDir holds the sample corpus, whose CHANGES.md lists what changed
// on purpose between consecutive years.
const sampleDir = "../corpus/sample"

// samplePairs are the consecutive years of each series of the sample
// corpus.
var samplePairs = [][2]string{
	{"minghu-edu-2022-plan.txt", "minghu-edu-2023-plan.txt"},
	{"minghu-edu-2023-plan.txt", "minghu-edu-2024-plan.txt"},
	{"minghu-edu-2022-summary.txt", "minghu-edu-2023-summary.txt"},
	{"minghu-edu-2023-summary.txt", "minghu-edu-2024-summary.txt"},
	{"wangchuan-gov-2022-report.txt", "wangchuan-gov-2023-report.txt"},
	{"wangchuan-gov-2023-report.txt", "wangchuan-gov-2024-report.txt"},
	{"wangchuan-jyj-2023-plan.txt", "wangchuan-jyj-2024-plan.txt"},
}

func readSample(t testing.TB, name string) *corpus.Document {
	t.Helper()
	d, err := corpus.ReadFile(filepath.Join(sampleDir, name))
	if err != nil {
		t.Fatalf("reading the sample corpus: %v", err)
	}
	return d
}

// TestAlignSample runs the alignment goldens: for each pair of
// consecutive years, the pairs, the changed numbers and the top terms, in
// testdata/align. Run with -update to rewrite them, then check the git
// diff against corpus/sample/CHANGES.md by eye.
func TestAlignSample(t *testing.T) {
	for _, sp := range samplePairs {
		name := strings.TrimSuffix(sp[0], ".txt") + "--" + strings.TrimSuffix(sp[1], ".txt") + ".txt"
		t.Run(name, func(t *testing.T) {
			a, b := readSample(t, sp[0]), readSample(t, sp[1])
			r := Compare(a, b, Options{})
			var pairs, numbers, terms strings.Builder
			for _, p := range r.Pairs {
				pairs.WriteString(alignLine(p) + "\n")
			}
			s := r.Summary
			fmt.Fprintf(&pairs, "summary: unchanged %d, changed %d, moved %d, added %d, removed %d, renamed %d, merged %d, split %d, similarity %.3f\n",
				s.Unchanged, s.Changed, s.Moved, s.Added, s.Removed, s.Renamed, s.Merged, s.Split, s.Similarity)
			for _, n := range s.ChangedNumbers {
				fmt.Fprintf(&numbers, "%s -> %s | %s | %s\n", n.From, n.To, n.Context, n.Section.Heading)
			}
			for _, list := range []struct {
				name string
				ts   []Term
			}{{"new", r.NewTerms}, {"dropped", r.DroppedTerms}} {
				var texts []string
				for _, t := range list.ts {
					texts = append(texts, fmt.Sprintf("%s×%d", t.Text, t.Count))
				}
				fmt.Fprintf(&terms, "%s: %s\n", list.name, strings.Join(texts, " "))
			}
			got := &txtar.Archive{
				Comment: []byte(fmt.Sprintf("Sample corpus, %s -> %s: pairs, changed numbers, terms.\nChecked by eye against corpus/sample/CHANGES.md; rewrite with -update.\n", sp[0], sp[1])),
				Files: []txtar.File{
					{Name: "pairs", Data: []byte(pairs.String())},
					{Name: "numbers", Data: []byte(numbers.String())},
					{Name: "terms", Data: []byte(terms.String())},
				},
			}
			file := filepath.Join("testdata", "align", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, txtar.Format(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			for _, part := range []string{"pairs", "numbers", "terms"} {
				g, _ := section(got, part)
				w, _ := section(want, part)
				if g != w {
					t.Errorf("Compare(%s, %s), part %s:\n%s", sp[0], sp[1], part, lineDiff(w, g))
				}
			}
		})
	}
}

// lineDiff shows the lines of want and got that differ.
func lineDiff(want, got string) string {
	ops := Diff(want, got, Options{})
	var sb strings.Builder
	for _, line := range strings.Split(markup(ops), "\n") {
		if strings.Contains(line, "[-") || strings.Contains(line, "{+") {
			sb.WriteString("  " + line + "\n")
		}
	}
	return sb.String()
}

// A changesSection is the part of CHANGES.md about one pair of files.
type changesSection struct {
	old, new string
	lines    []string
}

var (
	txtName    = regexp.MustCompile(`[a-z]+-[a-z]+-\d{4}-[a-z]+\.txt`)
	backticked = regexp.MustCompile("`([^`]+)`")
	arrowPair  = regexp.MustCompile("`([^`]+)`\\s*→\\s*`([^`]+)`")
	bullet     = regexp.MustCompile(`^- (Renamed|Moved|Added|Dropped|Merged|Split)(?: \(([^)]*)\))?:`)
	asciiParen = regexp.MustCompile(`\([^)]*(\)|$)`)
	digitsRe   = regexp.MustCompile(`\p{Nd}+(?:[.,]\p{Nd}+)*`)
)

// readChanges splits CHANGES.md into its sections about consecutive files.
func readChanges(t *testing.T) []changesSection {
	b, err := os.ReadFile(filepath.Join(sampleDir, "CHANGES.md"))
	if err != nil {
		t.Skipf("no CHANGES.md in the sample corpus: %v", err)
	}
	var out []changesSection
	var cur *changesSection
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			cur = nil
		}
		if strings.HasPrefix(line, "### ") {
			out = append(out, changesSection{})
			cur = &out[len(out)-1]
		}
		if cur == nil {
			continue
		}
		if cur.new == "" && !strings.HasPrefix(line, "- ") {
			for _, n := range txtName.FindAllString(line, -1) {
				if cur.old == "" {
					cur.old = n
				} else if cur.new == "" && n != cur.old {
					cur.new = n
				}
			}
		}
		cur.lines = append(cur.lines, line)
	}
	return out
}

// last returns the last part of a heading path "一、… > （二）…".
func last(h string) string {
	parts := strings.Split(h, " > ")
	return strings.TrimSpace(parts[len(parts)-1])
}

// TestSampleAgainstChanges checks Compare on consecutive years of the
// sample corpus against what CHANGES.md says was done on purpose: every
// renamed, moved, added, dropped, merged and split section, and (as a
// share, since CHANGES.md writes them in free form) the changed numbers.
func TestSampleAgainstChanges(t *testing.T) {
	consecutive := map[[2]string]bool{}
	for _, sp := range samplePairs {
		consecutive[sp] = true
	}
	checked := 0
	for _, cs := range readChanges(t) {
		if !consecutive[[2]string{cs.old, cs.new}] {
			continue
		}
		checked++
		t.Run(cs.old+"--"+cs.new, func(t *testing.T) {
			a, b := readSample(t, cs.old), readSample(t, cs.new)
			r := Compare(a, b, Options{})
			var dump strings.Builder
			for _, p := range r.Pairs {
				dump.WriteString(alignLine(p) + "\n")
			}
			fail := func(format string, args ...any) {
				t.Helper()
				t.Errorf(format+"\npairs:\n%s", append(args, dump.String())...)
			}
			has := func(from, to string, statuses ...string) *Pair {
				p := findPair(r.Pairs, from, to)
				if p == nil {
					return nil
				}
				for _, s := range statuses {
					if p.Status == s {
						return p
					}
				}
				return nil
			}
			for _, line := range cs.lines {
				m := bullet.FindStringSubmatch(line)
				if m == nil || strings.Contains(m[2], "text") {
					continue
				}
				body := asciiParen.ReplaceAllString(line[len(m[0]):], "")
				items := backticked.FindAllStringSubmatch(body, -1)
				switch m[1] {
				case "Renamed":
					for _, ap := range arrowPair.FindAllStringSubmatch(body, -1) {
						if has(last(ap[1]), last(ap[2]), Changed, Moved) == nil {
							fail("renamed %q -> %q: no such changed or moved pair", last(ap[1]), last(ap[2]))
						}
					}
				case "Moved":
					if ap := arrowPair.FindStringSubmatch(body); ap != nil && has(last(ap[1]), last(ap[2]), Moved) == nil {
						fail("moved %q -> %q: no such moved pair", last(ap[1]), last(ap[2]))
					}
				case "Added":
					for _, it := range items {
						if has("", last(it[1]), Added) == nil {
							fail("added %q: no such added pair", last(it[1]))
						}
					}
				case "Dropped":
					for _, it := range items {
						if has(last(it[1]), "", Removed) == nil {
							fail("dropped %q: no such removed pair", last(it[1]))
						}
					}
				case "Merged":
					lhs, rhs, ok := strings.Cut(body, "→")
					if !ok {
						continue
					}
					target := backticked.FindStringSubmatch(rhs)
					for _, src := range backticked.FindAllStringSubmatch(lhs, -1) {
						s, tg := last(src[1]), last(target[1])
						gone := has(s, "", Removed)
						if has(s, tg, Changed, Moved, Unchanged, Merged, Split) == nil && (gone == nil || gone.Related == nil || gone.Related.Heading != tg) {
							fail("merged %q into %q: neither paired with it nor removed as merged into it", s, tg)
						}
					}
				case "Split":
					lhs, rhs, ok := strings.Cut(body, "→")
					if !ok {
						continue
					}
					src := last(backticked.FindStringSubmatch(lhs)[1])
					related := 0
					for _, tg := range backticked.FindAllStringSubmatch(rhs, -1) {
						tgt := last(tg[1])
						if has(src, tgt, Changed, Moved, Unchanged, Merged, Split) != nil {
							related++
							continue
						}
						if p := has("", tgt, Added); p != nil && p.Related != nil && p.Related.Heading == src {
							related++
						}
					}
					if related == 0 {
						fail("split %q: none of its parts is paired with it or split from it", src)
					}
				}
			}
			checkNumbers(t, cs, r)
		})
	}
	if checked == 0 {
		t.Fatal("CHANGES.md has no section about the consecutive pairs of samplePairs")
	}
}

// fold returns s with full-width digits and marks folded to ASCII.
func fold(s string) string { return width.Fold.String(s) }

// checkNumbers finds the "X → Y" figures of the "Changed numbers" part of
// a CHANGES.md section and requires Compare to have found most of them:
// the last figure before each arrow and the first after it, digits only.
// Some entries are rewordings around figures rather than changed figures
// (1小时 -> 不低于2小时 in a rewritten clause), hence a share, not all.
func checkNumbers(t *testing.T, cs changesSection, r *Report) {
	t.Helper()
	var block []string
	in, indented := false, false
	for _, line := range cs.lines {
		switch {
		case strings.HasPrefix(line, "- Changed numbers"):
			in, indented = true, true
			continue
		case strings.HasPrefix(line, "Changed numbers"):
			in, indented = true, false
			continue
		}
		if !in {
			continue
		}
		if (indented && !strings.HasPrefix(line, "  ")) || (!indented && strings.TrimSpace(line) == "") {
			break
		}
		block = append(block, line)
	}
	found := map[[2]string]bool{}
	for _, n := range r.Summary.ChangedNumbers {
		f, g := digitsRe.FindString(fold(n.From)), digitsRe.FindString(fold(n.To))
		found[[2]string{f, g}] = true
	}
	total, hit := 0, 0
	var missed []string
	for _, line := range block {
		line = asciiParen.ReplaceAllString(fold(strings.ReplaceAll(line, "`", "")), "")
		for _, seg := range regexp.MustCompile(`[;；]`).Split(line, -1) {
			lhs, rhs, ok := strings.Cut(seg, "→")
			if !ok {
				continue
			}
			// a segment may hold several figures on each side, in order
			ls, rs := digitsRe.FindAllString(lhs, -1), digitsRe.FindAllString(rhs, -1)
			if len(ls) == 0 || len(rs) == 0 {
				continue
			}
			var want [][2]string
			if len(ls) == len(rs) {
				for k := range ls {
					want = append(want, [2]string{ls[k], rs[k]})
				}
			} else {
				want = append(want, [2]string{ls[len(ls)-1], rs[0]})
			}
			for _, w := range want {
				if w[0] == w[1] {
					continue
				}
				total++
				if found[w] {
					hit++
				} else {
					missed = append(missed, w[0]+" -> "+w[1]+" ("+strings.TrimSpace(seg)+")")
				}
			}
		}
	}
	if total == 0 {
		t.Errorf("no changed numbers read from CHANGES.md for %s -> %s", cs.old, cs.new)
		return
	}
	share := float64(hit) / float64(total)
	t.Logf("changed numbers: %d of %d found (%.0f%%)", hit, total, 100*share)
	for _, m := range missed {
		t.Logf("  missed %s", m)
	}
	if share < 0.85 {
		t.Errorf("Compare(%s, %s) found %d of the %d changed numbers CHANGES.md lists (%.0f%%), want at least 85%%", cs.old, cs.new, hit, total, 100*share)
	}
}
