package embedded

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/corpus/sample"
	"github.com/govreport/govreport/index"
	"github.com/govreport/govreport/internal/exacttest"
)

// Our own fixtures (testdata/corpus) carry their metadata in a small header
// and are cut by a splitter of the tests' own; the sample corpus and the
// seeds go through corpus.Read like any ingested file. What the tests check
// (exact sets, ranking, snippets, passages) does not depend on how a report
// is cut into sections, only on the sections given to the index.

var headingRE = regexp.MustCompile(`^(?:([一二三四五六七八九十]+、)|(（[一二三四五六七八九十]+）)|(\d+[.、．]))`)

// splitDoc makes a Document of text: "key: value" lines up to the first
// blank line set metadata when the first line has one, and lines that start
// with 一、, （一） or 1. open sections.
func splitDoc(id, text string) *corpus.Document {
	d := &corpus.Document{ID: id, Source: id + ".txt", Title: id}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if len(lines) > 0 && strings.HasPrefix(lines[0], "title: ") {
		for len(lines) > 0 && lines[0] != "" {
			k, v, _ := strings.Cut(lines[0], ": ")
			switch k {
			case "title":
				d.Title = v
			case "year":
				d.Year, _ = strconv.Atoi(v)
			case "region":
				d.Region = v
			case "kind":
				d.Kind = v
			case "issuer":
				d.Issuer = v
			}
			lines = lines[1:]
		}
	}
	var body strings.Builder
	var path []string
	var cur *corpus.Section
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(cur.Text)
			cur.End = body.Len()
			if cur.Heading != "" || cur.Text != "" {
				d.Sections = append(d.Sections, *cur)
			}
		}
	}
	for _, line := range lines {
		if m := headingRE.FindStringSubmatch(line); m != nil && len([]rune(line)) < 60 {
			flush()
			level := 1
			switch {
			case m[2] != "":
				level = 2
			case m[3] != "":
				level = 3
			}
			if len(path) >= level {
				path = path[:level-1]
			}
			n := len(d.Sections)
			cur = &corpus.Section{ID: corpus.SectionID(id, n), DocID: id, Heading: line, Level: level,
				Path: append([]string{}, path...), Ordinal: n, Start: body.Len()}
			for len(path) < level-1 {
				path = append(path, "")
			}
			path = append(path, line)
			body.WriteString(line + "\n")
			continue
		}
		if cur == nil {
			cur = &corpus.Section{ID: corpus.SectionID(id, 0), DocID: id, Path: []string{}, Start: body.Len()}
		}
		cur.Text += line + "\n"
		body.WriteString(line + "\n")
	}
	flush()
	for i := range d.Sections {
		d.Sections[i].Ordinal = i
		d.Sections[i].ID = corpus.SectionID(id, i)
	}
	d.Body = body.String()
	return d
}

// fixtureDocs returns the test corpus: our own fixtures, the sample corpus
// and, when present, the seeds (real reports, read from ../../shared/seeds).
func fixtureDocs(t testing.TB, withSeeds bool) []*corpus.Document {
	t.Helper()
	var docs []*corpus.Document
	files, _ := filepath.Glob("testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/corpus")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, splitDoc(strings.TrimSuffix(filepath.Base(f), ".txt"), string(b)))
	}
	if withSeeds {
		return append(docs, exacttest.SampleAndSeeds(t)...)
	}
	sampleDocs, err := corpus.ReadFS(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, sampleDocs...)
	return docs
}

var (
	sharedOnce sync.Once
	sharedIx   *index.Index
	sharedDocs []*corpus.Document
	sharedErr  error
	sharedDir  string
)

// sharedIndex returns one index of fixtureDocs(t, true) for all tests of the
// package that only read.
func sharedIndex(t testing.TB) (*index.Index, []*corpus.Document) {
	t.Helper()
	sharedOnce.Do(func() {
		sharedDir, sharedErr = os.MkdirTemp("", "govreport-search-test")
		if sharedErr != nil {
			return
		}
		sharedDocs = fixtureDocs(t, true)
		sharedIx, sharedErr = index.Open(sharedDir)
		if sharedErr != nil {
			return
		}
		sharedErr = sharedIx.Add(sharedDocs...)
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedIx, sharedDocs
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedIx != nil {
		sharedIx.Close()
	}
	if sharedDir != "" {
		os.RemoveAll(sharedDir)
	}
	os.Exit(code)
}
