package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeExamples runs the examples of the README as a newcomer does,
// in its order, on a data folder of its own: serve indexes the sample
// corpus there, and every "$ govreport ..." and "$ curl -s URL" line of a
// fenced block runs beside it exactly as written (curl's 127.0.0.1:8080
// is the test server's address). What the README prints under a command
// must be what it prints: each line shown, in order, but for the times
// taken and the lines "..." stands for (a line that starts or ends with
// … is a piece of the line printed). An example that names a file
// that is not there (plan-2025.txt, or ../shared/seeds outside the
// project) is skipped with a log line, and so is what a watch's random ID
// makes differ.
func TestReadmeExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the sample corpus")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	examples := readmeExamples(string(readme))
	if len(examples) < 8 {
		t.Fatalf("found %d examples in README.md, want the 8 or more it shows", len(examples))
	}
	scratch := t.TempDir()
	data := filepath.Join(scratch, "govreport-data")
	base, _ := serveData(t, data)
	t.Setenv("GOVREPORT_DATA", data)
	t.Setenv("GOVREPORT_TOKEN", "sekret")
	t.Chdir(root) // the README's relative paths start there
	for _, ex := range examples {
		args := shellWords(ex.command)
		var out string
		switch {
		case len(args) >= 3 && args[0] == "curl" && args[1] == "-s":
			out = curlGet(t, strings.Replace(args[2], "127.0.0.1:8080", strings.TrimPrefix(base, "http://"), 1))
		case len(args) >= 2 && args[0] == "govreport":
			if missing := missingPath(args[1:]); missing != "" {
				t.Logf("README.md:%d: %s: skipped, %s is not here", ex.line, ex.command, missing)
				continue
			}
			// a folder of its own (--data seeds-data) is made in the
			// test's, not in the project
			for i := 1; i+1 < len(args); i++ {
				if args[i] == "--data" && !filepath.IsAbs(args[i+1]) {
					args[i+1] = filepath.Join(scratch, args[i+1])
				}
			}
			var err error
			out, err = runCmd(t, args[1:]...)
			if err != nil {
				t.Errorf("README.md:%d: %s: %v\n%s", ex.line, ex.command, err, out)
				continue
			}
		default:
			continue // go run ./cmd/govreport serve: what this test runs
		}
		if missed := unshown(ex.output, out); missed != "" {
			t.Errorf("README.md:%d: %s prints no line\n\t%s\nin order; it printed\n%s", ex.line, ex.command, missed, out)
		}
	}
}

// A readmeExample is a command of the README, its line and the output it
// shows.
type readmeExample struct {
	line    int
	command string
	output  []string
}

// readmeExamples returns the "$ " lines of the README's fenced blocks, each
// with the lines under it up to the next "$ " line or the block's end.
func readmeExamples(text string) []readmeExample {
	var out []readmeExample
	in, open := false, false // in a block; under an example of it
	for n, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			in, open = !in, false
		case in && strings.HasPrefix(line, "$ "):
			out = append(out, readmeExample{line: n + 1, command: strings.TrimPrefix(line, "$ ")})
			open = true
		case open:
			out[len(out)-1].output = append(out[len(out)-1].output, line)
		}
	}
	return out
}

// shellWords splits a command line as sh does for the README's examples:
// words apart at spaces, quoted in single or double quotes.
func shellWords(s string) []string {
	var words []string
	var w strings.Builder
	inWord := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words
}

// missingPath returns the first argument of an ingest that names no file
// or folder here, "" when all are here.
func missingPath(args []string) string {
	if len(args) == 0 || args[0] != "ingest" {
		return ""
	}
	for i := 1; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			if valueFlags[strings.TrimLeft(a, "-")] {
				i++
			}
			continue
		}
		if _, err := os.Stat(a); err != nil {
			return a
		}
	}
	return ""
}

// valueFlags are the flags of ingest that take a value.
var valueFlags = map[string]bool{"data": true, "dict": true, "manifest": true, "title": true, "year": true, "kind": true, "region": true, "issuer": true, "store": true, "replica": true}

// curlGet is curl -s of url: the body, whatever the status.
func curlGet(t *testing.T, url string) string {
	t.Helper()
	if !strings.Contains(url, "://") {
		url = "http://" + url
	}
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	io.Copy(&b, res.Body)
	return b.String()
}

// varying matches what differs from run to run: the time taken, a
// watch's ID.
var varying = regexp.MustCompile(`\([0-9.]+ ?m?s\)| in [0-9.]+m?s|"took_ms":[0-9.e-]+|watch [0-9a-f]{16}`)

// unshown returns the first line of shown (but "...") that is not among
// the lines of printed in order, "" when every one is. A shown line that
// starts or ends with … is a piece of a printed line.
func unshown(shown []string, printed string) string {
	norm := func(s string) string {
		s = varying.ReplaceAllStringFunc(s, func(m string) string {
			if strings.HasPrefix(m, "watch ") {
				return "watch ID"
			}
			return "T"
		})
		return strings.TrimRight(s, " ")
	}
	lines := strings.Split(printed, "\n")
	for i := range lines {
		lines[i] = norm(lines[i])
	}
	at := 0
	for _, want := range shown {
		want = norm(want)
		if strings.TrimSpace(want) == "..." {
			continue
		}
		// …创建…学校[-8-]{+10+}所。… is a piece of a longer line
		core := strings.TrimSpace(want)
		piece := strings.HasPrefix(core, "…") || strings.HasSuffix(core, "…")
		core = strings.Trim(core, "…")
		for at < len(lines) && lines[at] != want && !(piece && strings.Contains(lines[at], core)) {
			at++
		}
		if at == len(lines) {
			return want
		}
		at++
	}
	return ""
}
