package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDictFlag checks that search and reindex take --dict as serve does:
// with 两新 in the extra dictionary the term is one word, so search has no
// exact-wording note to make; without it gse cuts the term and the note
// appears. The dictionary loads once per process, so each command runs in a
// child process.
func TestDictFlag(t *testing.T) {
	if args := os.Getenv("GOVREPORT_DICT_CHILD"); args != "" {
		if err := run(context.Background(), &env{stdout: os.Stdout, stderr: os.Stderr}, strings.Split(args, "\n")); err != nil {
			os.Stdout.WriteString("error: " + err.Error() + "\n")
		}
		return
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	report := "云岭市人民政府2024年政府工作报告\n一、工作回顾\n两岸交流新局面，新发展理念。\n二、重点工作\n（一）扩大内需\n扎实推进两新工作。\n"
	file := filepath.Join(dir, "r.txt")
	dict := filepath.Join(dir, "words.txt")
	os.WriteFile(file, []byte(report), 0o644)
	os.WriteFile(dict, []byte("两新 1000 n\n"), 0o644)
	child := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(os.Args[0], "-test.run=^TestDictFlag$")
		cmd.Env = append(os.Environ(), "GOVREPORT_DICT_CHILD="+strings.Join(args, "\n"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("govreport %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	if out, err := runCmd(t, "ingest", "--data", data, file); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if out := child("search", "--data", data, "两新"); !strings.Contains(out, "精确匹配") {
		t.Fatalf("search 两新 without --dict gave no exact-wording note:\n%s", out)
	}
	if out := child("reindex", "--data", data, "--dict", dict); !strings.Contains(out, "reindex done") {
		t.Errorf("reindex --dict:\n%s", out)
	}
	if out := child("search", "--data", data, "--dict", dict, "两新"); strings.Contains(out, "精确匹配") || !strings.Contains(out, "1 sections for") {
		t.Errorf("search --dict with 两新 in the dictionary should take it as one word (1 section, no note):\n%s", out)
	}
}
