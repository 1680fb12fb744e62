package corpus

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected parts in testdata")

// TestCleanGolden runs Clean over testdata/clean/*.txt: each archive holds
// an "input" and the expected "output".
func TestCleanGolden(t *testing.T) {
	runGolden(t, "testdata/clean/*.txt", "output", func(t *testing.T, ar *txtar.Archive) string {
		in := part(t, ar, "input")
		out, warns := Clean(in)
		var b strings.Builder
		b.WriteString(out)
		b.WriteString("\n")
		for _, w := range warns {
			fmt.Fprintf(&b, "# warning: %s\n", w.Message)
		}
		return b.String()
	})
}

// TestReadGolden runs Read over testdata/read/*.txt: the first file of each
// archive is the input (its name gives the format), "document" the
// expected metadata and outline.
func TestReadGolden(t *testing.T) {
	runGolden(t, "testdata/read/*.txt", "document", func(t *testing.T, ar *txtar.Archive) string {
		if len(ar.Files) == 0 {
			t.Fatal("no input file")
		}
		in := ar.Files[0]
		d, err := Read(in.Name, in.Data)
		if err != nil {
			return fmt.Sprintf("error: %v\n", err)
		}
		checkTiling(t, d)
		return describe(d)
	})
}

// describe prints a document's metadata and outline for goldens.
func describe(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nyear: %d\nkind: %s\nissuer: %s\nregion: %s\nsource: %s\n", d.Title, d.Year, d.Kind, d.Issuer, d.Region, d.Source)
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning: %d: %s\n", w.Line, w.Message)
	}
	b.WriteString("sections:\n")
	b.WriteString(outline(d))
	return b.String()
}

// outline prints sections as "1.2  heading | text", numbered by position in
// the tree, the number of an inferred heading marked "~"; text is cut to 40
// characters.
func outline(d *Document) string {
	var b strings.Builder
	var counters []int
	for _, s := range d.Sections {
		num := "0"
		if s.Level > 0 {
			for len(counters) < s.Level {
				counters = append(counters, 0)
			}
			counters = counters[:s.Level]
			counters[s.Level-1]++
			parts := make([]string, len(counters))
			for i, c := range counters {
				parts[i] = fmt.Sprint(c)
			}
			num = strings.Join(parts, ".")
		}
		if s.Inferred {
			num += "~"
		}
		text := strings.ReplaceAll(s.Text, "\n", "⏎")
		if r := []rune(text); len(r) > 40 {
			text = string(r[:40]) + "…"
		}
		fmt.Fprintf(&b, "%-6s %s | %s\n", num, s.Heading, text)
	}
	return b.String()
}

func runGolden(t *testing.T, pattern, want string, run func(*testing.T, *txtar.Archive) string) {
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata matching %s", pattern)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := run(t, ar)
			if *update {
				found := false
				for i := range ar.Files {
					if ar.Files[i].Name == want {
						ar.Files[i].Data = []byte(got)
						found = true
					}
				}
				if !found {
					ar.Files = append(ar.Files, txtar.File{Name: want, Data: []byte(got)})
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp := part(t, ar, want)
			if got != exp {
				t.Errorf("%s: %s differs\n--- got\n%s--- want\n%s--- diff\n%s", file, want, got, exp, lineDiff(exp, got))
			}
		})
	}
}

func part(t *testing.T, ar *txtar.Archive, name string) string {
	t.Helper()
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	t.Fatalf("no %q part", name)
	return ""
}

// lineDiff lists the lines that differ, for a readable failure.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b bytes.Buffer
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n-%s\n+%s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

// checkTiling fails t unless d's sections tile its body, each starting
// with its heading.
func checkTiling(t *testing.T, d *Document) {
	t.Helper()
	if err := tiles(d); err != "" {
		t.Error(err)
	}
}

func tiles(d *Document) string {
	pos := 0
	for i, s := range d.Sections {
		if s.Start != pos || s.End < s.Start || s.End > len(d.Body) {
			return fmt.Sprintf("section %d spans [%d,%d), want start %d (body %d bytes)", i, s.Start, s.End, pos, len(d.Body))
		}
		if s.Ordinal != i {
			return fmt.Sprintf("section %d has ordinal %d", i, s.Ordinal)
		}
		if !strings.HasPrefix(strings.TrimLeftFunc(d.Body[s.Start:s.End], unicode.IsSpace), s.Heading) {
			return fmt.Sprintf("section %d: heading %q is not at its start %q", i, s.Heading, d.Body[s.Start:min(s.End, s.Start+40)])
		}
		if e := joins(d.Body[s.Start:s.End], &s); e != "" {
			return fmt.Sprintf("section %d: %s", i, e)
		}
		if s.Heading == "" && s.Level != 0 || s.Heading != "" && s.Level == 0 {
			return fmt.Sprintf("section %d: heading %q at level %d", i, s.Heading, s.Level)
		}
		if len(s.Path) != max(s.Level-1, 0) {
			return fmt.Sprintf("section %d: level %d with path %q", i, s.Level, s.Path)
		}
		pos = s.End
	}
	if pos != len(d.Body) {
		return fmt.Sprintf("sections end at %d, body has %d bytes", pos, len(d.Body))
	}
	return ""
}

// joins returns what is wrong with the Joint of section s whose span is
// span, or "": its heading, joint and text, white space aside, must read
// as the span does (the comma after a heading cut at its first clause is
// the joint's, in neither), and the joint must be empty exactly when the
// text starts on a line of its own.
func joins(span string, s *Section) string {
	noSpace := func(t string) string { return strings.Join(strings.FieldsFunc(t, unicode.IsSpace), "") }
	got, want := noSpace(s.Heading+s.Joint+s.Text), noSpace(span)
	// A heading with nothing after it but commas (2.加强建设！,) has no
	// text for them to join it to: they are dropped (sectionText).
	dropped := s.Heading != "" && s.Text == "" && strings.HasPrefix(want, got) && strings.Trim(want[len(got):], "，,") == ""
	if got != want && !dropped {
		return fmt.Sprintf("heading %q, joint %q and text read %q, not as the span %q", s.Heading, s.Joint, clip(got), clip(want))
	}
	if s.Heading == "" || s.Text == "" {
		if s.Joint != "" {
			return fmt.Sprintf("joint %q without a heading and a text", s.Joint)
		}
		return ""
	}
	rest := strings.TrimLeftFunc(span, unicode.IsSpace)[len(s.Heading):]
	gap := rest[:len(rest)-len(strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == '，' || r == ',' }))]
	ownLine := strings.ContainsAny(gap, "\n\r") && noSpace(gap) == ""
	if ownLine != (s.Joint == "") {
		return fmt.Sprintf("heading %q with joint %q before its text %q", s.Heading, s.Joint, clip(rest))
	}
	return ""
}
