package main

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestFailLines checks that a file that fails is named once on its
// FAIL line, with the reader's line number after the path when it gives
// one: the line said the name three times (FAIL a.txt: read a.txt: a.txt:
// no text).
func TestIngestFailLines(t *testing.T) {
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	os.MkdirAll(filepath.Join(files, "sub"), 0o755)
	os.WriteFile(filepath.Join(files, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(files, "sub", "nul.txt"), []byte("白塔县教育局2024年工作计划\n一、总体要求\n坚持\x00立德树人。\n"), 0o644)
	missing := filepath.Join(dir, "no-such-file.txt")
	out, err := runCmd(t, "ingest", "--data", filepath.Join(dir, "data"), files, missing)
	if err == nil {
		t.Fatalf("ingest of three bad files succeeded:\n%s", out)
	}
	for _, want := range []string{
		"FAIL " + filepath.Join(files, "empty.txt") + ": no text\n",
		"FAIL " + filepath.Join(files, "sub", "nul.txt") + ":3: binary or garbled data",
		"FAIL " + missing + ": no such file or directory\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("ingest output lacks %q:\n%s", want, out)
		}
	}
}

// TestIngestUsageFormats checks that ingest -h names every format ingest
// reads, as the README and the API's upload do: it left out .wps, .fodt,
// .jsonl and .csv.
func TestIngestUsageFormats(t *testing.T) {
	out, err := runCmd(t, "ingest", "-h")
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		t.Fatal(err)
	}
	for _, ext := range []string{".txt", ".md", ".html", ".htm", ".doc", ".docx", ".wps", ".odt", ".fodt", ".rtf", ".pdf", ".ofd", ".tmx", ".json", ".jsonl", ".csv"} {
		if !strings.Contains(out, ext+" ") && !strings.Contains(out, ext+",") && !strings.Contains(out, ext+"\n") {
			t.Errorf("ingest -h does not name %s:\n%s", ext, out)
		}
	}
}
